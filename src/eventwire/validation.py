"""Small input checks shared by ingest, the pipeline and the CLI."""

from __future__ import annotations

import datetime as dt

from eventwire.errors import InputError


def check_date(value: str, *, where: str | None = None) -> str:
    """A publication date as YYYY-MM-DD (a full ISO timestamp is cut to its date); anything else is bad_date."""
    text = str(value).strip()
    try:
        if len(text) > 10 and text[10] in "T ":
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        return dt.date.fromisoformat(text[:10] if len(text) >= 10 else text).isoformat()
    except ValueError:
        raise InputError("bad_date", f"{value!r} is not a date (expected YYYY-MM-DD)", where=where) from None
