"""Quotation marks -> quoted passages, on the text alone (no parse).

Handles straight and curly double and single marks, doubled apostrophes (''...''), ``...'', guillemets, nested
quotes (inner marks of the other family stay inside the outer passage), quotes running over several paragraphs
(each paragraph opens, only the last one closes) and unbalanced marks: a quote left open at the end of its
paragraph, when the next paragraph does not reopen it, ends with that paragraph instead of swallowing the article.
Apostrophes (don't, Democrats' plan, '90s) are told from single quotes by their neighbours and by pairing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

DOUBLE_OPEN = frozenset("“„‟«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚‛‹")
SINGLE_CLOSE = frozenset("’›")
_MARK = re.compile(r"''|``|[\"“”„‟«»'‘’‚‛‹›]")
_OPENING_CONTEXT = set("([{—–-/") | DOUBLE_OPEN | SINGLE_OPEN | {'"', "'"}
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass
class Mark:
    pos: int
    end: int
    family: str  # "double" | "single"
    can_open: bool
    can_close: bool
    char: str = ""

    @property
    def straight(self) -> bool:
        return self.char in ('"', "'", "''")


@dataclass
class Quotation:
    """A quoted passage: `start` at the opening mark, `end` after the closing mark (or the recovery point)."""

    start: int
    end: int
    family: str
    closed: bool = True
    # One (start, end) piece per paragraph for a quote over several paragraphs; else one piece.
    pieces: list[tuple[int, int]] = field(default_factory=list)
    source: str = "marks"  # or "blockquote"
    opener: str = ""  # the opening mark
    # For the earlier paragraphs of a split run (see `_split_runs`): where the run's last paragraph, the quote
    # whose cue names the speaker of the whole run, starts.
    run_tail: int | None = None

    def __post_init__(self) -> None:
        if not self.pieces:
            self.pieces = [(self.start, self.end)]

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def inner(self, text: str) -> str:
        """The words inside the marks."""
        return text[self.start:self.end].strip(" \n\t\"“”„‟«»'‘’‚‛‹›`")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def classify(text: str, match: re.Match) -> Mark | None:
    """A quotation mark with whether it may open and/or close a quote; None for an apostrophe."""
    s, e = match.span()
    ch = match.group()
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    left_flanking = not _is_space(after) and (_is_space(before) or before in _OPENING_CONTEXT)
    right_flanking = not _is_space(before) and (_is_space(after) or not after.isalnum())
    if ch in ("''", '"', "``"):
        if ch == "``":
            return Mark(s, e, "double", True, False)
        if ch == "''" and before.isalpha() and after.isalpha():
            return None  # a doubled apostrophe inside a word
        if left_flanking or right_flanking:
            return Mark(s, e, "double", left_flanking, right_flanking)
        return Mark(s, e, "double", True, True)
    if ch in DOUBLE_OPEN:
        # an opening curly mark used to close (bad typography: 'here,“ said Clyburn') closes after a word
        closes = right_flanking and not left_flanking and (_is_space(after) or after in ",.;:!?)")
        return Mark(s, e, "double", not closes, closes)
    if ch in DOUBLE_CLOSE:
        # a closing curly mark used to open (bad typography): opens when it starts a word after a space
        opens = _is_space(before) and after.isalnum()
        return Mark(s, e, "double", opens, not opens)
    # single family: tell apostrophes apart
    if before.isalnum() and after.isalnum():
        return None  # don't, Trump’s, rock’n’roll
    if ch in SINGLE_OPEN:
        if after.isdigit():
            return None  # ‘90s written with the wrong mark
        return Mark(s, e, "single", True, False)
    if ch in SINGLE_CLOSE or ch == "'":
        if left_flanking and ch == "'" and not after.isdigit():
            return Mark(s, e, "single", True, False)
        if left_flanking:
            return None  # ’90s, 'em
        if right_flanking:
            return Mark(s, e, "single", False, True)  # may still be a plural possessive: decided when pairing
    return None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end): non-blank lines, except that a line break followed by a lowercase word is a
    hard wrap inside a sentence ("she said: \"What a\n    shame!\""), not a new paragraph; a new paragraph
    does not begin in lowercase."""
    spans: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        if spans and text[spans[-1][1]:m.start()] == "\n" and line.lstrip()[:1].islower():
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append(m.span())
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return paragraph_spans(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotations(text: str) -> list[Quotation]:
    """Top-level quoted passages of `text` in order (nested quotes stay inside their outer passage)."""
    marks = []
    for x in _MARK.finditer(text):
        mark = classify(text, x)
        if mark is not None and not _in_tag(text, x.start()):
            mark.char = x.group()
            marks.append(mark)
    paragraphs = _paragraphs(text)
    doubles = _pair(text, [m for m in marks if m.family == "double"], paragraphs, "double")
    inside = [(q.start, q.end) for q in doubles]
    singles_marks = [m for m in marks if m.family == "single" and not any(s < m.pos < e - 1 for s, e in inside)]
    singles = _pair_single(text, singles_marks, paragraphs)
    # A single-quoted passage may hold double-quoted ones (British style); drop what is nested or crossing.
    found = []
    for q in sorted(_split_runs(text, doubles) + singles, key=lambda q: (q.start, -q.end)):
        if any(o.start <= q.start and q.end <= o.end for o in found):
            continue
        if any(o.start < q.start < o.end < q.end for o in found):
            continue
        found.append(q)
    return found


def _split_runs(text: str, quotes: list[Quotation]) -> list[Quotation]:
    """A quote over several paragraphs whose last paragraph ends with a comma inside the mark ("...,' he said")
    is a new quote in that paragraph: the earlier paragraphs make a quote of their own, spoken by the speaker
    the last paragraph's cue names (wire style: only the run's last paragraph carries "...,' said X.")."""
    out = []
    for q in quotes:
        if len(q.pieces) > 1 and q.closed and text[q.pieces[-1][0]:q.pieces[-1][1]].rstrip("\"”'’ ").endswith(",") \
                and text[q.pieces[-1][0]:q.pieces[-1][0] + 1] in _OPENERS:
            head = q.pieces[:-1]
            out.append(Quotation(q.start, head[-1][1], q.family, True, head, opener=q.opener,
                                 run_tail=q.pieces[-1][0]))
            last = q.pieces[-1]
            out.append(Quotation(last[0], last[1], q.family, True, [last], opener=text[last[0]]))
        else:
            out.append(q)
    return out


def _paragraph_of(paragraphs: list[tuple[int, int]], pos: int) -> int:
    i = bisect_right([s for s, _ in paragraphs], pos) - 1
    return i if i >= 0 and pos < paragraphs[i][1] else -1


def _pair(text: str, marks: list[Mark], paragraphs: list[tuple[int, int]], family: str) -> list[Quotation]:
    """Pair marks with a stack (nested quotes of the same family stay inside), paragraph by paragraph."""
    by_par: dict[int, list[Mark]] = {}
    for m in marks:
        by_par.setdefault(_paragraph_of(paragraphs, m.pos), []).append(m)
    found: list[Quotation] = []
    carry: Quotation | None = None  # a quote left open by the previous paragraph
    run_on = 0  # paragraphs without marks a quote left open has run over
    for pi, (ps, pe) in enumerate(paragraphs):
        pmarks = by_par.get(pi, [])
        stack: list[object] = []
        top_start = piece_start = ps
        opener = ""
        pieces: list[tuple[int, int]] = []
        if carry is not None:
            first = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            head = pmarks[0] if pmarks else None
            same = head is not None and (head.char in ('"', "''")) == (carry.opener in ('"', "''"))
            if head is not None and head.pos == first and head.can_open and same:
                # continuation: the paragraph reopens the quote left open by the previous one
                top_start, piece_start, pieces, opener = carry.start, first, list(carry.pieces), carry.opener
                stack = [head]
                pmarks = pmarks[1:]
            elif _runs_on(text, paragraphs, by_par, pi, carry, run_on):
                # one sentence per line: the quote runs on over the line break and closes in a later line
                top_start, piece_start, pieces, opener = carry.start, first, list(carry.pieces), carry.opener
                if head is None:
                    carry = Quotation(carry.start, _trim(text, first, pe)[1], family, False,
                                      pieces + [(first, _trim(text, first, pe)[1])], opener=opener)
                    run_on += 1
                    continue
                stack = [_OPEN]  # the quote's opening mark, in an earlier line: the close pops it
            else:
                found.append(carry)  # unbalanced: it ended with its paragraph
            carry = None
            run_on = 0
        for m in pmarks:
            if not stack:
                if m.can_open:
                    stack, top_start, piece_start, pieces, opener = [m], m.pos, m.pos, [], m.char
                continue
            if m.can_close:
                stack.pop()
                if not stack:
                    pieces.append((piece_start, m.end))
                    found.append(Quotation(top_start, m.end, family, True, pieces, opener=opener))
                    pieces = []
            elif m.can_open:
                stack.append(m)
        if stack:
            end = _trim(text, piece_start, pe)[1]
            pieces.append((piece_start, end))
            carry = Quotation(top_start, end, family, False, pieces, opener=opener)
    if carry is not None:
        found.append(carry)
    return found


# Characters that open a quote (a paragraph that reopens a quote starts with one)
_OPENERS = frozenset("\"“„‟«'‘‚‛‹`")
# A stand-in for the opening mark of a quote that runs on over line breaks (only its presence on the stack counts).
_OPEN = object()
# Lines a quote may run over before the line that closes it (a quote in text written one sentence per line).
RUN_ON_LINES = 3


def _runs_on(text: str, paragraphs: list[tuple[int, int]], by_par: dict[int, list[Mark]], pi: int,
             carry: Quotation, run_on: int) -> bool:
    """Whether a quote left open goes on into paragraph `pi`: the lines follow each other with no blank line
    between them, and the quote's next mark, at most `RUN_ON_LINES` lines on, only closes (no mark that could
    open a quote comes first), in the same family of marks, with its line going on after it."""
    for k in range(pi, min(len(paragraphs), pi + RUN_ON_LINES - run_on)):
        if k == 0 or text[paragraphs[k - 1][1]:paragraphs[k][0]].count("\n") != 1:
            return False  # a blank line ends a quote that no mark reopens
        marks = by_par.get(k, [])
        if not marks:
            continue
        head = marks[0]
        # the closing line goes on after the mark ("...bond," Trump said): an attribution, not a signature line
        # or a stray mark ending a paragraph
        return head.can_close and not head.can_open and bool(text[head.end:paragraphs[k][1]].strip()) and \
            (head.char in ('"', "''")) == (carry.opener in ('"', "''"))
    return False


def _in_tag(text: str, pos: int) -> bool:
    """Inside an HTML-like tag left in the text (<tweet author="...">): attribute quotes are not quotes."""
    lt = text.rfind("<", max(0, pos - 300), pos)
    if lt < 0:
        return False
    gt = text.find(">", lt)
    return gt > pos and "\n" not in text[lt:pos] and re.match(r"<[A-Za-z/]", text[lt:lt + 2]) is not None


def _pair_single(text: str, marks: list[Mark], paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """Single marks pair only inside a paragraph; an opener without a closer is an apostrophe after all."""
    found = []
    by_par: dict[int, list[Mark]] = {}
    for m in marks:
        by_par.setdefault(_paragraph_of(paragraphs, m.pos), []).append(m)
    for pmarks in by_par.values():
        i = 0
        while i < len(pmarks):
            m = pmarks[i]
            if not m.can_open:
                i += 1
                continue
            j = next((k for k in range(i + 1, len(pmarks)) if pmarks[k].can_close), None)
            if j is None:
                i += 1
                continue
            k = j
            found.append(Quotation(m.pos, pmarks[k].end, "single", True, opener=m.char))
            i = k + 1
    return found


def blockquote_quotations(text: str, blockquotes: list[tuple[int, int]]) -> list[Quotation]:
    """The reader's <blockquote> passages as quotations (marks around them are not needed)."""
    found = []
    for start, end in blockquotes:
        start, end = max(0, start), min(len(text), end)
        while start < end and text[start].isspace():
            start += 1
        start, end = _trim(text, start, end)
        if end > start:
            found.append(Quotation(start, end, "block", True, source="blockquote"))
    return found
