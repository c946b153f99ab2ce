"""Calendar arithmetic behind TIMEX3 values: pure functions of a reference date and a direction.

`direction` is "past" (the clause is in the past: the most recent matching time on or before the reference),
"future" (the next one on or after it), or None (no tense cue: the nearest sensible choice, usually the
reference's own year). Values follow TimeML/TIMEX3: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn, YYYY-SU,
YYY (decade), YY (century), PnX durations.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Direction = str | None

NEAR_DAYS = 120  # a month-day this close to the reference is read as the nearest one, whatever the tense
# A booked act still standing ("is scheduled for") may be told a few weeks late, not a season late.
BOOKED_LAG_DAYS = 31

_REF = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def parse_reference(published: str | None) -> date | None:
    """The calendar date of a `published` value ("1998-01-08", "1998-12-05T09:42"), else None."""
    if not published:
        return None
    m = _REF.match(published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def iso_date(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def shift_date(d: date, *, years: int = 0, months: int = 0, days: int = 0) -> date:
    """d moved by whole years/months (day clamped to the month's length, so Feb 29 -> Feb 28) and days."""
    if years or months:
        y, m = add_months(d.year, d.month, years * 12 + months)
        d = date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    return d + timedelta(days=days)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


# --- absolute-but-incomplete expressions -------------------------------------------------------------------


def resolve_weekday(ref: date, weekday: int, direction: Direction, *, relation: str | None = None) -> date:
    """The date of `weekday` (0=Monday) near `ref`.

    relation "last": the most recent one strictly before ref; "next": strictly after; "this": in ref's ISO week.
    Otherwise by direction: past -> on or before, future -> on or after; no direction -> on or before
    (news reports mostly look back), unless the day is within the coming two days and the clause is present.
    """
    delta = weekday - ref.weekday()
    if relation == "this":
        return ref + timedelta(days=delta)
    if relation == "last":
        back = (ref.weekday() - weekday) % 7 or 7
        return ref - timedelta(days=back)
    if relation == "next":
        fwd = (weekday - ref.weekday()) % 7 or 7
        return ref + timedelta(days=fwd)
    if direction == "future":
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def resolve_month(ref: date, month: int, direction: Direction, *, relation: str | None = None) -> tuple[int, int]:
    """(year, month) of a month named without a year."""
    if relation == "this":
        return ref.year, month
    if relation == "last":
        # "last November" in June 2019 is 2018-11; the month just ended is last year's too ("last February"
        # on March 1 is not four weeks ago - that would be "last month").
        return (ref.year if month < ref.month - 1 else ref.year - 1), month
    if relation == "next":
        return (ref.year if month > ref.month else ref.year + 1), month
    if direction == "past":
        return (ref.year if month <= ref.month else ref.year - 1), month
    if direction == "future":
        return (ref.year if month >= ref.month else ref.year + 1), month
    return ref.year, month


def resolve_month_day(ref: date, month: int, day: int, direction: Direction) -> date | None:
    """A month and day without a year: past -> on or before ref, future -> on or after, else the nearest."""
    candidates = [date(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1) if valid_day(y, month, day)]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    if direction == "booked":
        if (ref - nearest).days > BOOKED_LAG_DAYS:
            later = [c for c in candidates if c > nearest]
            return min(later) if later else nearest
        return nearest
    # Within four months either way the nearest reading wins whatever the tense: deadlines ("extended to
    # Nov. 20") and recent dates ("since Jan. 13") are spoken of in any tense.
    if abs((nearest - ref).days) <= NEAR_DAYS:
        return nearest
    if direction == "past":
        before = [c for c in candidates if c <= ref]
        return max(before) if before else nearest
    if direction == "future":
        after = [c for c in candidates if c >= ref]
        return min(after) if after else min(candidates, key=lambda c: abs((c - ref).days))
    return min(candidates, key=lambda c: abs((c - ref).days))


def resolve_day_of_month(ref: date, day: int, direction: Direction, *, month_offset: int | None = None) -> date | None:
    """A day named by its ordinal alone ("the 15th"): in the month `month_offset` months from ref's when given ("the
    15th of next month"), else past -> the latest on or before ref, future -> the first on or after, else the
    nearest of the last, this and the next month's."""
    if month_offset is not None:
        y, m = add_months(ref.year, ref.month, month_offset)
        return date(y, m, day) if valid_day(y, m, day) else None
    return _nearest_in_direction([date(y, m, day) for y, m in (add_months(ref.year, ref.month, k) for k in (-1, 0, 1))
                                  if valid_day(y, m, day)], ref, direction)


def _nearest_in_direction(candidates: list[date], ref: date, direction: Direction) -> date | None:
    """Of the candidate days, past -> the latest on or before ref, future -> the first on or after, else the
    nearest; None when none qualifies."""
    if direction == "past":
        candidates = [c for c in candidates if c <= ref]
        return max(candidates) if candidates else None
    if direction == "future":
        candidates = [c for c in candidates if c >= ref]
        return min(candidates) if candidates else None
    return min(candidates, key=lambda c: abs((c - ref).days)) if candidates else None


def resolve_season(ref: date, season: str, direction: Direction, *, relation: str | None = None) -> str:
    """YYYY-SS for a season without a year (winter belongs to the year it starts in)."""
    start, _ = SEASON_MONTHS[season]
    # The season the reference date is in, expressed by its starting year.
    cur_year = ref.year - 1 if (season == "WI" and ref.month <= 2) else ref.year
    in_season = _in_season(ref, season)
    starts_after = (ref.month < start) and not (season == "WI" and ref.month <= 2)
    if relation == "last":
        y = cur_year - 1 if (in_season or starts_after) else cur_year
    elif relation == "next":
        y = cur_year + 1 if (in_season or not starts_after) else cur_year
    elif relation == "this":
        y = cur_year
    elif direction == "past":
        y = cur_year - 1 if starts_after else cur_year
    elif direction == "future":
        y = cur_year if (in_season or starts_after) else cur_year + 1
    else:
        y = cur_year
    return f"{y:04d}-{season}"


def _in_season(ref: date, season: str) -> bool:
    start, end = SEASON_MONTHS[season]
    if start <= end:
        return start <= ref.month <= end
    return ref.month >= start or ref.month <= end


def resolve_quarter(ref: date, quarter: int, direction: Direction) -> str:
    """YYYY-Qn for a quarter named without a year: the reference's year unless the tense says otherwise.

    The quarter that has just ended stays itself in a future clause too, in the first two months after it (the
    reporting season): its results are reported and forecast then ("will report third-quarter results" in October).
    """
    cur = quarter_of(ref)
    year = ref.year
    reporting_season = (ref.month - 1) % 3 < 2
    if direction == "future" and reporting_season and quarter == (cur - 2) % 4 + 1:
        return f"{year if cur > 1 else year - 1:04d}-Q{quarter}"
    if direction == "past" and quarter > cur:
        year -= 1
    elif direction == "future" and quarter < cur:
        year += 1
    return f"{year:04d}-Q{quarter}"


def quarter_value(year: int, quarter: int) -> str:
    y, q = year + (quarter - 1) // 4, (quarter - 1) % 4 + 1
    return f"{y:04d}-Q{q}"


def shift_quarter(ref: date, k: int) -> str:
    return quarter_value(ref.year, quarter_of(ref) + k)


def resolve_holiday(ref: date, name: str, direction: Direction, fixed: dict[str, tuple[int, int]]) -> date | None:
    """Fixed holidays by month/day; a few movable US ones computed per year."""
    if name in fixed:
        month, day = fixed[name]
        return resolve_month_day(ref, month, day, direction)
    return _nearest_in_direction([d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := movable_holiday(name, y))],
                                 ref, direction)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def movable_holiday(name: str, year: int) -> date | None:
    if name in ("thanksgiving", "thanksgiving day"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "easter":
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    return None


# --- relative expressions ("last week", "two years ago") ----------------------------------------------------


def relative_value(ref: date, unit: str, offset: int) -> str | None:
    """The calendar unit containing ref shifted by `offset` units, at that unit's granularity.

    unit: day, week, weekend, month, quarter, year, decade, century.
    """
    if unit == "day":
        return iso_date(ref + timedelta(days=offset))
    if unit == "week":
        return week_value(ref + timedelta(weeks=offset))
    if unit == "weekend":
        return weekend_value(ref, offset)
    if unit == "month":
        y, m = add_months(ref.year, ref.month, offset)
        return month_value(y, m)
    if unit == "quarter":
        return shift_quarter(ref, offset)
    if unit == "half":
        half = (ref.month - 1) // 6 + offset
        return f"{ref.year + half // 2:04d}-H{half % 2 + 1}"
    if unit == "year":
        return f"{ref.year + offset:04d}"
    if unit == "decade":
        return f"{ref.year // 10 + offset:03d}"
    if unit == "century":
        return f"{ref.year // 100 + offset:02d}"
    return None


def weekend_value(ref: date, offset: int = 0, direction: Direction = None) -> str:
    """YYYY-Www-WE. offset 0: the weekend just past (past / no direction) or coming (future); -1 the one before
    the current week, +1 the coming one (the next week's when ref is itself on a weekend)."""
    on_weekend = ref.weekday() >= 5
    if offset == 0:
        base = ref if (on_weekend or direction == "future") else ref - timedelta(weeks=1)
    elif offset < 0:
        base = ref + timedelta(weeks=offset)
    else:
        base = ref + timedelta(weeks=offset) if on_weekend else ref + timedelta(weeks=offset - 1)
    return week_value(base) + "-WE"


def ago_value(ref: date, n: float, unit: str, sign: int = -1) -> str | None:
    """`n unit ago` (sign -1) or `n unit from now` (sign +1), at the unit's granularity."""
    k = int(n) if float(n).is_integer() else None
    if unit in ("second", "minute", "hour"):
        return iso_date(ref)
    if unit == "day":
        return iso_date(ref + timedelta(days=sign * k)) if k is not None else None
    if unit == "week":
        return week_value(ref + timedelta(weeks=sign * k)) if k is not None else None
    if unit == "month":
        if k is None:
            return None
        y, m = add_months(ref.year, ref.month, sign * k)
        return month_value(y, m)
    if unit == "quarter":
        return shift_quarter(ref, sign * k) if k is not None else None
    if unit == "year":
        if k is None:
            return None
        return f"{ref.year + sign * k:04d}"
    if unit == "decade":
        if k is None:
            return None
        return f"{ref.year + sign * 10 * k:04d}"[:3]
    if unit == "century":
        if k is None:
            return None
        return f"{ref.year + sign * 100 * k:04d}"[:2]
    return None


# --- durations ---------------------------------------------------------------------------------------------

_UNIT_CODE = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "millennium": ("ML", False),
}


def _fmt_number(n: float) -> str:
    if float(n).is_integer():
        return str(int(n))
    return f"{n:.2f}".rstrip("0").rstrip(".")


def duration_value(n: float | None, unit: str) -> str:
    """P2Y, PT5H, P1.5Y; n None -> PXY. Decades and centuries become years (P20Y), quarters months (P9M)."""
    if unit == "decade":
        return f"P{_fmt_number(n * 10)}Y" if n is not None else "PXDE"
    if unit == "century":
        return f"P{_fmt_number(n * 100)}Y" if n is not None else "PXCE"
    if unit == "millennium":
        return f"P{_fmt_number(n * 1000)}Y" if n is not None else "PXML"
    if unit == "quarter":
        return f"P{_fmt_number(n * 3)}M" if n is not None else "PXM"
    if unit == "weekend":
        return f"P{_fmt_number(2 * n)}D" if n is not None else "PXD"
    code, is_time = _UNIT_CODE[unit]
    if n is not None and not float(n).is_integer():
        # Half units: a year and a half -> P18M; half an hour -> PT30M; 1.5 days -> P36H? keep decimals.
        # Fractions become the next smaller unit: 2 1/2 years -> P2Y6M, half an hour -> PT30M, 1.5 days -> P1DT12H.
        smaller = {"year": (12, "M", ""), "hour": (60, "M", ""), "minute": (60, "S", ""), "day": (24, "H", "T")}
        if unit in smaller:
            factor, code2, sep = smaller[unit]
            whole, rest = int(n), (n - int(n)) * factor
            if float(rest).is_integer():
                head = f"{whole}{code}" if whole else ""
                if is_time:
                    return f"PT{head}{int(rest)}{code2}"
                if unit == "day" and not whole:
                    return f"PT{int(rest)}H"
                return f"P{head}{sep}{int(rest)}{code2}"
    num = _fmt_number(n) if n is not None else "X"
    return f"P{'T' if is_time else ''}{num}{code}"
