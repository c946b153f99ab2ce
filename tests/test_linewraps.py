"""Hard line wraps: which line breaks only wrap a sentence (hand-built texts)."""

from __future__ import annotations

from eventwire.linewraps import unwrap, wrap_breaks

INDENT = "\n            "
WRAPPED = (
    "The council met on Tuesday evening to debate the new transit plan that the mayor of New" + INDENT
    + "York, John Smith, put forward last month after a long review of bus routes and fares" + INDENT
    + "across the region. Several members said the plan was too costly for the smaller towns" + INDENT
    + "and asked for a vote to be delayed.\n"
    + "A second paragraph starts here."
)


def test_breaks_inside_sentences_are_wraps_and_sentence_ends_are_not():
    breaks = wrap_breaks(WRAPPED)
    assert [WRAPPED[s:e] for s, e in breaks] == [INDENT] * 3
    assert WRAPPED.index(INDENT) == breaks[0][0]
    assert all(WRAPPED[e:e + 1] != "A" for _, e in breaks)  # the paragraph break after "delayed." stays


def test_unwrap_reads_each_wrap_as_one_space_and_maps_back_to_the_original():
    text, offsets = unwrap(WRAPPED, wrap_breaks(WRAPPED))
    assert "New York, John Smith" in text
    at = text.index("York")
    assert WRAPPED[offsets[at]:offsets[at] + 4] == "York"
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(WRAPPED)


def test_headlines_short_lines_and_capitalised_paragraph_lines_are_no_wraps():
    headlines = "\n".join(["Senator Says He Will Vote Against The New Budget Plan This Week"] * 4) + "\nBody."
    assert wrap_breaks(headlines) == []
    short = "Tuesday\nthe rain\ncame down\nhard"
    assert wrap_breaks(short) == []
    # posts and captions that lack a final stop but always go on with a new capitalised paragraph
    posts = "\n".join(["a long embedded post about the storm and the flooding in town — Ann Lee, June 3, 2017"
                       + "\nThe water rose again"] * 3)
    assert wrap_breaks(posts) == []
    assert wrap_breaks("One line with no break at all.") == []


def test_wraps_as_spaces_keeps_length_and_paragraph_breaks():
    from eventwire.linewraps import wraps_as_spaces

    flat = wraps_as_spaces(WRAPPED)
    assert len(flat) == len(WRAPPED)
    assert flat.count("\n") == 1 and flat.endswith("\nA second paragraph starts here.")
    assert wraps_as_spaces("No wraps here.\nNone at all.") == "No wraps here.\nNone at all."


def test_a_no_break_space_around_the_break_belongs_to_the_wrap():
    text = WRAPPED.replace("New" + INDENT, "New\u00a0" + INDENT)
    breaks = wrap_breaks(text)
    assert text[breaks[0][0]:breaks[0][1]] == "\u00a0" + INDENT
    assert "New York" in unwrap(text, breaks)[0]
