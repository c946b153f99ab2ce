"""Hard line wraps in plain-text articles: where a line break (and the indentation around it) only wraps a
sentence, it is a space to the parser ("New\\n            York" is one name).

The text itself never changes (offsets stay offsets into the original). `wrap_breaks` finds the wrap stretches;
the nlp stage parses the text with each of them read as one space and maps the parse back onto the original text
(`eventwire.stages.nlp.rewrap`).

A break is a wrap when the line before it is of a wrapping width (`MIN_WIDTH` to `MAX_WIDTH` characters) and breaks
off mid-sentence (no final stop, not a title-case headline), and a non-blank line follows. A text with fewer than
`MIN_WRAPPED_LINES` such breaks, or whose next lines seldom go on in lower case (`LOWER_SHARE`), is not
hard-wrapped: a headline or two, embedded posts or captions without a final stop are no wraps. A blank line, a short
line (a headline, a signature), a paragraph written on one long line or a sentence end keeps the break a break. A
text may mix wrapped paragraphs with paragraphs on one line.
"""

from __future__ import annotations

import re

MAX_WIDTH = 160  # longer lines are paragraphs written on one line, not wrapped ones
MIN_WIDTH = 60  # shorter lines are headlines, signatures or list items, not wrapped ones
MIN_WRAPPED_LINES = 3  # lines breaking off mid-sentence before a text counts as hard-wrapped
LOWER_SHARE = 0.3  # of those, at least this share go on in lower case on the next line
_SENTENCE_END = ".!?:;\"”’)]»'…"
_BREAK = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*(?=\S)")


def wrap_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every whitespace stretch around a line break that only wraps a line, in order."""
    if "\n" not in text:
        return []
    found = []
    lower_after = 0
    for m in _BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()].strip()
        if MIN_WIDTH <= len(before) <= MAX_WIDTH and before[-1] not in _SENTENCE_END and not _title_case(before):
            found.append((m.start(), m.end()))
            lower_after += text[m.end()].islower()
    # wrapping cuts sentences anywhere, so many wrapped lines go on in lower case; lines that all go on with a
    # capital are paragraphs without a final stop (embedded posts, captions), not wraps
    if len(found) < MIN_WRAPPED_LINES or lower_after < LOWER_SHARE * len(found):
        return []
    return found


def _title_case(line: str) -> bool:
    """A headline: most of its longer words capitalised."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", line)]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def unwrap(text: str, breaks: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """The text with each break read as one space, and for each of its characters the offset in `text`
    (one more entry at the end: the length of `text`)."""
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for start, end in breaks:
        parts.append(text[pos:start])
        offsets.extend(range(pos, start))
        parts.append(" ")
        offsets.append(start)
        pos = end
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    offsets.append(len(text))
    return "".join(parts), offsets


def wraps_as_spaces(text: str) -> str:
    """The text with the line break of every wrap turned into a space: the same length and offsets, for readers
    of the raw text that take a line break for a paragraph break."""
    breaks = wrap_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for start, end in breaks:
        for k in range(start, end):
            if chars[k] == "\n":
                chars[k] = " "
    return "".join(chars)


def break_tokens(doc) -> set[int]:  # doc: spacy.tokens.Doc over the original text
    """Indices of the whitespace tokens of `doc` that are real line breaks (paragraph ends, a headline's end), not
    wraps of a hard-wrapped line: no name, noun phrase or reported clause runs across one of them."""
    # In a hard-wrapped text the wrap finder may miss a wrap, so only a blank line is surely a break there.
    hard_wrapped = bool(wrap_breaks(doc.text))
    found: set[int] = set()
    for tok in doc:
        if tok.is_space and "\n" in tok.text and (tok.text.count("\n") > 1 or not hard_wrapped):
            found.add(tok.i)
    return found


def within_line(breaks: set[int], start: int, end: int, keep: int) -> tuple[int, int]:
    """The token range [start, end) cut to the line that holds token `keep`: tokens across a real line break
    (`break_tokens`) belong to another paragraph or to the headline above it."""
    for i in range(keep - 1, start - 1, -1):
        if i in breaks:
            start = i + 1
            break
    for i in range(keep + 1, end):
        if i in breaks:
            end = i
            break
    return start, end
