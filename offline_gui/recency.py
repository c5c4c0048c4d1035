"""Events too old or in the future, relative to today.

The second platform counts offline conversions only within 90 days, so older
events are worth a warning; an event after today means a till clock is wrong.
Judged on the file's oldest and newest event (one finding each, not one per row).
"""

from __future__ import annotations

import datetime as dt
import os

OLD_DAYS = 90
TODAY_OVERRIDE = "OFFLINE_GUI_TODAY"   # YYYY-MM-DD: re-check an archived export as of its own day


def today() -> dt.date:
    override = os.environ.get(TODAY_OVERRIDE, "")
    try:
        return dt.date.fromisoformat(override) if override else dt.date.today()
    except ValueError:
        return dt.date.today()


def findings_params(first: str | None, last: str | None,
                    now: dt.date | None = None) -> list[tuple[str, str, dict[str, object]]]:
    """(code, value, params) for `event-old` and `event-future`."""
    now = now or today()
    out: list[tuple[str, str, dict[str, object]]] = []
    try:
        oldest = dt.date.fromisoformat(first[:10]) if first else None
        newest = dt.date.fromisoformat(last[:10]) if last else None
    except ValueError:
        return out
    if oldest is not None and (now - oldest).days > OLD_DAYS:
        out.append(("event-old", first, {"first": first, "days": (now - oldest).days, "today": now.isoformat(),
                                         "limit": OLD_DAYS}))
    if newest is not None and newest > now:
        out.append(("event-future", last, {"last": last, "today": now.isoformat()}))
    return out
