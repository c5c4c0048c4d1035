"""Where a contract column comes from (document.py): the inverse of `canonical`, past the
mapped columns too, with dropped and joined columns. Written against mutants that survived
the rest of the suite (tools/mutation.sh)."""

from __future__ import annotations

from offline_gui.document import canonical, source_column

MAPPING = (1, 0, 2)  # contract columns 0-2 come from source columns 1, 0, 2


def test_mapped_columns_come_from_their_mapping() -> None:
    assert [source_column(c, MAPPING) for c in range(3)] == [1, 0, 2]


def test_columns_past_the_mapping_are_the_unused_source_columns_in_order() -> None:
    assert [source_column(c, MAPPING) for c in range(3, 6)] == [3, 4, 5]
    assert [source_column(c, MAPPING, dropped=frozenset({3})) for c in range(3, 5)] == [4, 5]
    assert [source_column(c, MAPPING, frozenset({3}), time_source=4) for c in range(3, 5)] == [5, 6]


def test_source_column_is_where_canonical_took_each_value_from() -> None:
    fields = ["s0", "s1", "s2", "s3", "s4", "s5", "s6"]
    for dropped, time_source in ((frozenset(), None), (frozenset({3}), None), (frozenset({3}), 4)):
        out = canonical(fields, MAPPING, False, time_source, dropped)
        if time_source is not None:
            out[0] = out[0].split(" ")[0]  # the joined clock is added to the date
        for column, value in enumerate(out):
            assert fields[source_column(column, MAPPING, dropped, time_source)] == value
