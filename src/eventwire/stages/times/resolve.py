"""From a grammar candidate to a TIMEX3 type and value, given the reference date and the clause's tense.

`resolve(candidate, ref, direction, focus)`:
- ref: the reference date (document creation time) or None; relative expressions then get value None.
- direction: "past" | "future" | None for the clause the expression sits in (see tense.py).
- focus: the last explicit year the text mentioned before this expression (for "that year", "later that year").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.stages.times import normalise as N
from eventwire.stages.times.grammar import Candidate
from eventwire.stages.times.lexicon import lexicon


def _low(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").strip().lower())


def parse_number(s: str) -> float | None:
    """"two" -> 2, "twenty-five" -> 25, "1 1/2" -> 1.5, "a" -> 1, "several" -> None (vague)."""
    s = _low(s).replace(",", "")
    words = lexicon()["number_words"]
    if s in ("a half", "half a", "half an"):
        return 0.5
    half = 0.0
    m = re.match(r"^(.*?)\s+and\s+(?:a\s+)?half$", s)
    if m:
        s, half = m.group(1), 0.5
    m = re.match(r"^(\d+)\s+(\d)/(\d)$", s)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    try:
        return float(s) + half
    except ValueError:
        pass
    parts = re.split(r"[- ]", s)
    if all(p in words for p in parts) and parts:
        total = 0.0
        for p in parts:
            v = words[p]
            total = total * v if v == 100 else total + v
        if s in ("a", "an"):
            total = 1
        return total + half
    return None


def unit_name(raw: str) -> str:
    u = _low(raw)
    u = re.sub(r"^(?:trading|business|working|calendar|school)\s+", "", u)
    if u.startswith("centur"):
        return "century"
    if u.startswith("millenni"):
        return "millennium"
    if u.startswith("fortnight"):
        return "fortnight"
    u = u.rstrip("s") if u not in ("days",) else "day"
    if u == "night":
        return "day"
    return u


def _month(word: str) -> int:
    return lexicon()["months"][_low(word).rstrip(".")]


def _weekday(word: str) -> int:
    return lexicon()["weekdays"][_low(word).rstrip(".")]


def _day(word: str) -> int:
    """The number of a day written in digits ("15th") or as an ordinal word ("first")."""
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else lexicon()["ordinals"][_low(word)]


def _year2(y: str, ref: date | None) -> int:
    if len(y) == 4:
        return int(y)
    n = int(y)
    return 2000 + n if n <= 30 else 1900 + n


def _edge_mod(edge: str | None) -> str | None:
    e = _low(edge)
    if not e:
        return None
    if e.startswith(("early", "the beginning", "the start", "the first half", "earlier")):
        return "START"
    if e.startswith(("late", "the end", "the close", "the second half", "later", "the rest", "the remainder")):
        return "END"
    if e.startswith(("mid", "the middle", "middle")):
        return "MID"
    return None


def _pod_code(word: str) -> str:
    return lexicon()["parts_of_day"][_low(word)]


def _with_pod(day_value: str | None, pod: str | None) -> tuple[str, str | None]:
    if day_value is None:
        return ("TIME", None)
    if not pod:
        return ("DATE", day_value)
    code = _pod_code(pod)
    if ":" in code:
        return ("TIME", f"{day_value}T{code}")
    return ("TIME", f"{day_value}T{code}")


def _quarter_focus(ctx: dict | None, pos: int, window: int | None = 400) -> tuple[int, int] | None:
    """(year, quarter) of the quarter the text last spoke of, when within `window` characters before pos."""
    if not ctx or not ctx.get("quarter"):
        return None
    value, at = ctx["quarter"]
    if window is not None and pos - at > window:
        return None
    return int(value[:4]), int(value[-1])


# a part of day named from the day the story is at, and the days it lies after it
_STORY_POD_SHIFT = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}


def resolve(c: Candidate, ref: date | None, direction: str | None, ctx: dict | int | None = None) -> tuple[str, str | None]:
    """TIMEX3 (type, value) of a candidate. `ctx`: {"year": last explicit year, "quarter": (value, offset)}."""
    if isinstance(ctx, int) or ctx is None:
        ctx = {"year": ctx}
    focus = ctx.get("year")
    s = c.sem
    r = c.rule
    lx = lexicon()
    if direction == "booked" and r not in ("date_md", "date_dm"):
        direction = "future"  # only a month-day has a year to move; the rest read a booking as any future
    if direction == "present":
        # present tense of a non-reporting verb ("the trial begins Oct. 1"): a far month-day is the coming one;
        # weekdays and the rest keep the no-cue reading (present-tense parses of weekdays are too unreliable).
        direction = "future" if r in ("date_md", "date_dm", "day_ordinal", "holiday") else None

    if r in ("date_md", "date_dm"):
        month, day = _month(s["mon"]), _day(s["day"])
        if "year" in s:
            y = int(s["year"])
            return ("DATE", N.iso_date(date(y, month, day)) if N.valid_day(y, month, day) else None)
        if ref is None:
            return ("DATE", None)
        if "wd" in s:
            # The weekday disambiguates the year when it can.
            wd = _weekday(s["wd"])
            for y in (ref.year, ref.year - 1, ref.year + 1):
                if N.valid_day(y, month, day) and date(y, month, day).weekday() == wd:
                    return ("DATE", N.iso_date(date(y, month, day)))
        d = N.resolve_month_day(ref, month, day, direction)
        return ("DATE", N.iso_date(d) if d else None)

    if r == "day_ordinal":
        if ref is None:
            return ("DATE", None)
        rel = _low(s.get("rel"))
        d = N.resolve_day_of_month(ref, _day(s["day"]), direction,
                                   month_offset={"this": 0, "the": 0, "next": 1, "last": -1}.get(rel))
        return ("DATE", N.iso_date(d) if d else None)

    if r in ("date_iso", "date_us"):
        y, mth, d = _year2(s["year"], ref), int(s["month"]), int(s["day"])
        return ("DATE", N.iso_date(date(y, mth, d)) if N.valid_day(y, mth, d) else None)

    if r == "month_year":
        return ("DATE", N.month_value(int(s["year"]), _month(s["mon"])))

    if r == "month":
        if ref is None:
            return ("DATE", None)
        rel = _low(s.get("rel"))
        relation = {"last": "last", "past": "last", "this past": "last", "previous": "last", "next": "next",
                    "coming": "next", "this coming": "next", "following": "next", "this": "this"}.get(rel)
        y, m = N.resolve_month(ref, _month(s["mon"]), direction, relation=relation)
        return ("DATE", N.month_value(y, m))

    if r == "year":
        return ("DATE", s["year"])

    if r == "year_noun":
        noun = _low(s["noun"])
        qf = _quarter_focus(ctx, c.start, None)
        if noun == "quarter" and qf:
            return ("DATE", f"{s['year']}-Q{qf[1]}")
        return ("DATE", s["year"])

    if r == "year_range":
        return ("DATE", s["year"])

    if r == "decade":
        if "dec" in s:
            return ("DATE", s["dec"][:3])
        if "dec2" in s:
            d = int(s["dec2"])
            century = 19 if d >= 30 or ref is None or ref.year < 2000 + d else 20
            return ("DATE", f"{century}{d // 10}")
        dw = lx["decade_words"][_low(s["decw"])]
        return ("DATE", f"19{dw}")

    if r == "century":
        o = _low(s["ord"])
        n = lx["ordinals"].get(o)
        if n is None:
            n = int(re.match(r"\d+", o).group(0))
        return ("DATE", f"{n - 1:02d}")

    if r == "season":
        season = lx["seasons"][_low(s["season"])]
        if "year" in s:
            return ("DATE", f"{s['year']}-{season}")
        if ref is None:
            return ("DATE", None)
        det = _low(s.get("det"))
        if det == "that" and focus:
            return ("DATE", f"{focus}-{season}")
        relation = {"last": "last", "past": "last", "this past": "last", "next": "next", "coming": "next",
                    "this coming": "next", "this": "this"}.get(det)
        return ("DATE", N.resolve_season(ref, season, direction, relation=relation))

    if r == "quarter":
        unit = _low(s["unit"])
        o = _low(s["ord"])
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4 if unit == "quarter" else 2, "last": 4 if unit == "quarter" else 2}[o]
        year = s.get("year1") or s.get("year2")
        det = _low(s.get("det"))
        letter = "Q" if unit == "quarter" else "H"
        if year:
            return ("DATE", f"{year}-{letter}{q}")
        if ref is None:
            return ("DATE", None)
        if o == "last" and letter == "Q":
            # "the last quarter": the one before the current quarter
            return ("DATE", N.shift_quarter(ref, -1))
        if det in ("the year-ago", "the year-earlier", "the comparable"):
            return ("DATE", f"{ref.year - 1:04d}-{letter}{q}")
        if letter == "H":
            cur = (ref.month - 1) // 6 + 1
            y = ref.year
            if direction == "past" and q > cur:
                y -= 1
            return ("DATE", f"{y:04d}-H{q}")
        return ("DATE", N.resolve_quarter(ref, q, direction))

    if r == "quarter_det":
        if ref is None:
            return ("DATE", None)
        det = _low(s["det"])
        latest = N.shift_quarter(ref, -1)
        qf = _quarter_focus(ctx, c.start, None)
        if "year-ago" in det or "year-earlier" in det:
            if qf:
                return ("DATE", N.quarter_value(qf[0] - 1, qf[1]))
            return ("DATE", N.quarter_value(ref.year - 1, N.quarter_of(ref) - 1))
        if det in ("this", "the current") or "current" in det:
            return ("DATE", N.shift_quarter(ref, 0))
        if det == "next":
            return ("DATE", N.shift_quarter(ref, 1))
        if det == "last" or "previous" in det or "latest" in det or "most recent" in det:
            return ("DATE", latest)
        if qf:
            return ("DATE", N.quarter_value(*qf))
        return ("DATE", latest)

    if r == "weekday":
        if ref is None:
            return ("DATE", None)
        rel = _low(s.get("rel"))
        relation = {"last": "last", "past": "last", "this past": "last", "previous": "last", "next": "next",
                    "coming": "next", "this coming": "next", "following": "next", "this": "this"}.get(rel)
        # "a week ago Tuesday": the Tuesday before the last one; "a week from Friday": the one after the next
        shift = _low(s.get("shift"))
        ago = shift.endswith("ago")
        way = ("past" if ago else "future") if shift else direction
        d = N.resolve_weekday(ref, _weekday(s["wd"]), way, relation=relation)
        if shift and d is not None:
            d += timedelta(days=-7 if ago else 7)
        return _with_pod(N.iso_date(d), s.get("pod"))

    if r in ("weekdays", "weekday_pods"):
        wd = _weekday(_low(s["wd"])[:-1] if r == "weekdays" else s["wd"]) + 1
        if r == "weekday_pods":
            return ("SET", f"XXXX-WXX-{wd}T" + _pod_code(_low(s["pod"]).rstrip("s")))
        v = f"XXXX-WXX-{wd}"
        if s.get("pod"):
            v += "T" + _pod_code(s["pod"])
        return ("SET", v)

    if r in ("relday", "pod_relday"):
        if ref is None:
            return ("DATE", None)
        w = _low(s["word"])
        off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
        v = N.iso_date(ref + timedelta(days=off))
        if w == "tonight":
            return ("TIME", v + "TNI")
        return _with_pod(v, s.get("pod"))

    if r == "relday2":
        if ref is None:
            return ("DATE", None)
        off = -2 if "before" in _low(s["which"]) else 2
        return ("DATE", N.iso_date(ref + timedelta(days=off)))

    if r == "pod_rel":
        if ref is None:
            return ("TIME", None)
        rel = " ".join(_low(s["rel"]).split())
        pod = _low(s["pod"])
        story_day = ctx.get("day")
        if rel in _STORY_POD_SHIFT and (story_day or rel != "that"):
            # "that night", "the following morning": the night or morning of the day the story is at ("attacked
            # the camp on Friday ... That night, gunmen looted shops"), else of the report's day
            day = date.fromisoformat(story_day) if story_day else ref
            return ("TIME", N.iso_date(day + timedelta(days=_STORY_POD_SHIFT[rel])) + "T" + _pod_code(pod))
        off = -1 if rel in ("last", "yesterday") else 1 if rel == "tomorrow" else 0
        if rel == "last" and pod != "night":
            off = -1
        return ("TIME", N.iso_date(ref + timedelta(days=off)) + "T" + _pod_code(pod))

    if r == "pod_edge":
        if ref is None:
            return ("TIME", None)
        return ("TIME", N.iso_date(ref) + "T" + _pod_code(s["pod"]))

    if r in ("clock", "clock24", "oclock"):
        h = s["h"]
        h = int(h) if h.isdigit() else int(parse_number(h) or 0)
        mnt = int(s.get("m") or 0)
        ampm = _low(s.get("ampm")).replace(".", "")
        if ampm == "pm" and h < 12:
            h += 12
        if ampm == "am" and h == 12:
            h = 0
        day = c.extra.get("date_value") or (N.iso_date(ref) if ref else None)
        if day is None:
            return ("TIME", None)
        return ("TIME", f"{day}T{h:02d}:{mnt:02d}")

    if r == "clock_word":
        day = c.extra.get("date_value") or (N.iso_date(ref) if ref else None)
        if day is None:
            return ("TIME", None)
        return ("TIME", f"{day}T{_pod_code(s['word'])}")

    if r in ("duration", "duration_range"):
        return _duration(s, r, ref, direction, _quarter_focus(ctx, c.start))

    if r == "duration_long":
        u = _low(s["unit"])
        unit = unit_name(u)
        n = None if u.endswith("s") else 1
        return ("DURATION", N.duration_value(n, unit))

    if r == "bare_units":
        unit = unit_name(s["unit"])
        d = _low(s.get("dir"))
        if "post" in s:
            return ("DATE", "PAST_REF")
        if d in ("recent", "coming", "future"):
            return ("DATE", "PAST_REF" if d == "recent" else "FUTURE_REF")
        return ("DURATION", N.duration_value(None, unit))

    if r == "rel_unit":
        return _rel_unit(s, ref, direction, focus, ctx.get("day"))

    if r == "edge_unit":
        if ref is None:
            return ("DATE", None)
        e, which = _low(s["edge"]), _low(s["which"])
        if which == "long":
            return ("DURATION", N.duration_value(1, e))
        if which == "end":
            return ("DATE", N.relative_value(ref, e, 0))
        qf = _quarter_focus(ctx, c.start)
        if qf and e == "year":
            return ("DATE", N.quarter_value(qf[0] - 1, qf[1]))
        return ("DATE", N.relative_value(ref, e, -1))

    if r == "midyear":
        if ref is None:
            return ("DATE", None)
        return ("DATE", N.relative_value(ref, _low(s["unit"]), 0))

    if r == "holiday":
        name = _low(s["hol"])
        rel = _low(s.get("rel"))
        if "year" in s:
            y = int(s["year"])
            if name in lx["holidays_fixed"]:
                mth, d = lx["holidays_fixed"][name]
                return ("DATE", N.iso_date(date(y, mth, d)))
            d2 = N.movable_holiday(name, y)
            return ("DATE", N.iso_date(d2) if d2 else None)
        if ref is None:
            return ("DATE", None)
        direction2 = "past" if rel == "last" else "future" if rel == "next" else direction
        d = N.resolve_holiday(ref, name, direction2, lx["holidays_fixed"])
        return ("DATE", N.iso_date(d) if d else None)

    if r == "set":
        return ("SET", _set_value(s))

    if r == "set_adv":
        return ("SET", lx["set_adverbs"].get(_low(s["_text"])))

    if r == "ref":
        return ("DATE", lx["references"].get(_low(s["_text"]), "PRESENT_REF"))

    return ("DATE", None)


_SMALL_UNITS = ("second", "minute", "hour", "day", "week", "weekend")


def _duration(s: dict, rule: str, ref: date | None, direction: str | None,
              quarter_focus: tuple[int, int] | None = None) -> tuple[str, str | None]:
    unit = unit_name(s["unit"])
    n = parse_number(s["num"])
    if unit == "fortnight":
        unit, n = "week", (n * 2 if n is not None else None)
    post = _low(s.get("post"))
    if rule == "duration_range":
        n1 = parse_number(s["num"])
        n = n1 if n1 is not None else parse_number(s["num2"])
    if post in ("earlier", "before") and unit in _SMALL_UNITS:
        # "a day earlier": counted from the story's time, not from the document date
        return ("DURATION", N.duration_value(n, unit))
    if post in ("ago", "earlier", "before", "back"):
        if ref is None:
            return ("DATE", None)
        if n is None:
            return ("DATE", "PAST_REF")
        if quarter_focus and unit == "year" and n == 1 and post in ("ago", "earlier"):
            return ("DATE", N.quarter_value(quarter_focus[0] - 1, quarter_focus[1]))
        return ("DATE", N.ago_value(ref, n, unit, -1))
    if post in ("from now", "hence", "after"):
        if ref is None:
            return ("DATE", None)
        if n is None:
            return ("DATE", "FUTURE_REF")
        return ("DATE", N.ago_value(ref, n, unit, +1))
    return ("DURATION", N.duration_value(n, unit))


def _story_offset(words: list[str], core: list[str], post: str, unit: str, edge: str | None) -> int | None:
    """Offset of "the next day", "the previous week", "the same month", "the day before" from the story's day, or
    None when the phrase does not count from it."""
    if edge or unit not in ("day", "week", "month") or words[:1] != ["the"]:
        return None
    lx = lexicon()
    if post:
        return lx["story_relative_posts"].get(post) if not core else None
    if len(core) == 1:
        return lx["story_relative_determiners"].get(core[0])
    return None


def _rel_unit(s: dict, ref: date | None, direction: str | None, focus: int | None,
              day_focus: str | None = None) -> tuple[str, str | None]:
    det = _low(s["det"])
    unit = _low(s["unit"])
    unit = {"fiscal year": "year", "calendar year": "year"}.get(unit, unit)
    edge = s.get("edge")
    words = det.split()
    core = [w for w in words if w not in ("the", "full", "entire", "whole", "fiscal", "calendar")]
    offset = _story_offset(words, core, _low(s.get("post")), unit, edge)
    if offset is not None:
        # the story's last named day anchors it; without one, the publication date does ("the day before")
        anchor = date.fromisoformat(day_focus) if day_focus else ref
        if day_focus or _low(s.get("post")):
            return ("DATE", N.relative_value(anchor, unit, offset) if anchor else None)
    # "the past year", "the last decade", "the next month": a period counted back/forward from now.
    if words[:1] == ["the"] and core and core[0] in ("past", "last", "next", "coming", "preceding") and not edge:
        if unit == "weekend":
            if ref is None:
                return ("DATE", None)
            return ("DATE", N.weekend_value(ref, -1 if core[0] in ("past", "last") else 1))
        return ("DURATION", N.duration_value(1, unit))
    if words[:1] == ["the"] and any(w in ("full", "entire", "whole") for w in words) and not core:
        if ref is not None and unit == "year" and "full" in words:
            return ("DATE", N.relative_value(ref, "year", 0))
        return ("DURATION", N.duration_value(1, unit))
    if ref is None:
        return ("DATE", None)
    if core and core[0] in ("that", "same") and focus is not None and unit == "year":
        return ("DATE", f"{focus:04d}")
    if core and core[0] in ("following", "next") and words[0] == "the" and focus is not None and unit == "year":
        return ("DATE", f"{focus + 1:04d}")
    if core and core[0] in ("previous", "prior", "preceding") and words[0] == "the" and focus is not None and unit == "year":
        return ("DATE", f"{focus - 1:04d}")
    key = core[0] if core else det
    offset = {"this": 0, "this past": -1, "this coming": 1, "current": 0, "last": -1, "past": -1, "previous": -1,
              "prior": -1, "preceding": -1, "next": 1, "coming": 1, "following": 1, "that": 0, "same": 0,
              "latest": -1, "the": 0}.get(" ".join(core[:2]) if core[:1] == ["this"] and len(core) > 1 else key, 0)
    if unit == "weekend":
        if key in ("this", "the", "that"):
            return ("DATE", N.weekend_value(ref, 0, direction))
        return ("DATE", N.weekend_value(ref, offset))
    if unit == "day":
        return ("DATE", N.relative_value(ref, "day", offset))
    if unit == "quarter" and key in ("the", "latest"):
        offset = -1
    value = N.relative_value(ref, unit, offset)
    half = re.match(r"the\s+(first|second)\s+half\s+of$", _low(edge))
    if half and unit == "year" and value:
        # "the first half of next year" names that year's half (2027-H1), not the whole year
        return ("DATE", f"{value}-H{1 if half.group(1) == 'first' else 2}")
    return ("DATE", value)


def _set_value(s: dict) -> str | None:
    lx = lexicon()
    what = _low(s["what"]).rstrip(".")
    n_raw = s.get("n")
    n = 2 if _low(n_raw) == "other" else (parse_number(n_raw) if n_raw else 1)
    if what in lx["weekdays"]:
        return f"XXXX-WXX-{lx['weekdays'][what] + 1}"
    if what in lx["months"]:
        return f"XXXX-{lx['months'][what]:02d}"
    if what in lx["seasons"]:
        return f"XXXX-{lx['seasons'][what]}"
    if what in lx["parts_of_day"]:
        code = lx["parts_of_day"][what]
        return f"XXXX-XX-XXT{code}"
    unit = unit_name(what)
    if unit == "fortnight":
        return "P2W"
    return N.duration_value(n if n is not None else 1, unit)
