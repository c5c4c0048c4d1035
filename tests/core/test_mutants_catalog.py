"""The catalog's message templates (catalog.py): a parameter a finding lacks shows as '?',
never as an error or an empty gap. Written against a mutant that no core test reached
(tools/mutation.sh)."""

from __future__ import annotations

from offline_gui.catalog import CATALOG, render


def test_a_missing_parameter_renders_as_a_question_mark() -> None:
    assert render("Events run from {first} to {last}.", {"first": "2024-05-25"}) == "Events run from 2024-05-25 to ?."


def test_every_message_renders_without_its_parameters() -> None:
    for code, info in CATALOG.items():
        text = render(info.message, {})
        assert "{" not in text and "}" not in text, code
