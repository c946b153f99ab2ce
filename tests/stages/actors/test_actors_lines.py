"""actors: defects seen in real articles' records — names and noun phrases run across a headline or paragraph
break, and one name read as a person in one sentence and as an untyped body in another. Hand-built inputs."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.knowledge.actors import load_kb
from eventwire.linewraps import break_tokens, within_line
from eventwire.stages.actors.mentions import Mention
from eventwire.stages.actors.resolve import assign_keys, build_actors


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")
    return lambda text: pipeline.analyse(Article(text=text))


@pytest.fixture(scope="module")
def nlp(pipeline_factory):
    return lambda text: pipeline_factory("nlp").analyse(Article(text=text)).doc


def mention_texts(analysis) -> list[str]:
    return [m.text for a in analysis.actors for m in a.mentions]


@pytest.mark.parametrize("text, headline_tail", [
    ("Court frees farmer held over land order\n\nA district judge on Monday ordered the release of a farmer.",
     "order"),
    ("Valley News Posted Sunday, June 2, 2019 9:40AM EST\n\nA 35-year-old driver was arrested after the chase.",
     "EST"),
])
def test_no_mention_runs_across_a_blank_line(run, text, headline_tail):
    analysis = run(text)
    assert not [t for t in mention_texts(analysis) if "\n" in t]
    # the noun phrase of the body is still found, on its own line
    body = text.split("\n\n")[1]
    subject = " ".join(body.split()[1:3])  # "district judge", "35-year-old driver"
    assert any(subject in t and headline_tail not in t for t in mention_texts(analysis))


def test_blank_line_is_a_break_and_a_hard_wrap_is_not(nlp):
    wrapped = ("The regional council voted on Tuesday to extend the curfew for another\n"
               "week after the governor asked for more time to restore order in the\n"
               "north, where clashes between rival herders have displaced thousands\n"
               "of families and closed dozens of markets along the main trade road.\n"
               "\n"
               "Aid groups said food prices had doubled.")
    doc = nlp(wrapped)
    breaks = break_tokens(doc)
    blank = [t.i for t in doc if t.is_space and t.text.count("\n") > 1]
    single = [t.i for t in doc if t.is_space and t.text.count("\n") == 1]
    assert blank and set(blank) <= breaks
    assert single and not set(single) & breaks  # the lines of a hard-wrapped text go on over their wraps


def test_single_line_break_in_an_unwrapped_text_is_a_break(nlp):
    doc = nlp("Rebels seize border post\nGovernment troops withdrew from the crossing on Sunday.")
    assert {t.i for t in doc if t.is_space and "\n" in t.text} <= break_tokens(doc)


def test_within_line_keeps_the_line_of_the_kept_token():
    breaks = {3, 7}
    assert within_line(breaks, 0, 10, 5) == (4, 7)
    assert within_line(breaks, 0, 3, 1) == (0, 3)
    assert within_line(set(), 2, 6, 4) == (2, 6)


def _mention(doc, word: str, nth: int, kind: str) -> Mention:
    hits = [t.i for t in doc if t.text == word]
    i = hits[nth]
    return Mention(i, i + 1, "ner", kind, core=(i, i + 1), head=i)


def test_untyped_body_name_written_like_a_persons_name_is_that_person(nlp):
    # the tagger's two readings of one name, built by hand: a person once, an untyped body once
    doc = nlp("Okonkwo left the court on Friday. Okonkwo, a teacher from the coast, thanked his lawyers.")
    kb = load_kb()
    mentions = assign_keys(doc, [_mention(doc, "Okonkwo", 0, "person"), _mention(doc, "Okonkwo", 1, "other")], kb)
    actors = build_actors(doc, mentions, kb)
    assert len(actors) == 1 and actors[0].kind == "person" and len(actors[0].mentions) == 2


def test_a_typed_body_keeps_its_own_actor_beside_a_person_of_the_same_name(nlp):
    doc = nlp("Ford spoke in Detroit on Friday. Ford raised its prices again.")
    kb = load_kb()
    mentions = assign_keys(doc, [_mention(doc, "Ford", 0, "person"), _mention(doc, "Ford", 1, "business")], kb)
    assert len(build_actors(doc, mentions, kb)) == 2


def _tokens(doc, phrase: str) -> tuple[int, int]:
    start = doc.text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    return span.start, span.end


@pytest.mark.parametrize("text, tagged, name", [
    ("Members of the Independent Union of journalists marched to the square.", "Independent Union of",
     "Independent Union"),
    ("Regional Assembly Doesn't Back Curfew. Delegates voted on Monday.", "Regional Assembly Does",
     "Regional Assembly"),
    ("Police stopped him on the avenue near the harbour The driver ran.", "harbour The", "harbour"),
])
def test_a_tagged_name_never_ends_on_a_function_word(nlp, text, tagged, name):
    from eventwire.stages.actors.mentions import _strip_span

    doc = nlp(text)
    s, e = _strip_span(doc, *_tokens(doc, tagged))
    assert doc[s:e].text == name


def test_a_name_keeps_its_last_word_when_it_is_a_noun(nlp):
    from eventwire.stages.actors.mentions import _strip_span

    doc = nlp("The Bank of England raised rates.")
    s, e = _strip_span(doc, *_tokens(doc, "Bank of England"))
    assert doc[s:e].text == "Bank of England"
