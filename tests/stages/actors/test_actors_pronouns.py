"""actors stage: "it" and "them" (resolved against every agreeing noun phrase, actor or not; offered to the events
stage in shared["pronoun_spans"] rather than made actor mentions), and impersonal "it". Invented sentences."""

from __future__ import annotations

import re

import pytest

from eventwire.document import Article

from ..stage_helpers import actor_of


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors")

    def analyse(text: str):
        return pipeline.analyse(Article(text=text))

    return analyse


def pronoun_actor(analysis, pronoun: str, nth: int = 0):
    """The actor the nth `pronoun` (a whole word) stands for in shared["pronoun_spans"], or None."""
    start = [m.start() for m in re.finditer(rf"\b{pronoun}\b", analysis.text)][nth]
    found = {actor_id for s, e, actor_id in analysis.shared.get("pronoun_spans", []) if s == start}
    return next((a for a in analysis.actors if a.id in found), None)


@pytest.mark.parametrize("text,pronoun,antecedent", [
    # a subject "it" continues the subject of the sentence before
    ("The Veltra Mining Company fired its chief engineer on Monday. On Tuesday it hired three consultants.", "it",
     "Veltra Mining Company"),
    # an object "them" never stands for its own verb's subject: the protesters, not the court
    ("Police detained six protesters on Friday. A court later released them.", "them", "protesters"),
])
def test_it_and_them_resolve_to_the_actor_they_stand_for(run, text, pronoun, antecedent):
    analysis = run(text)
    actor = pronoun_actor(analysis, pronoun)
    assert actor is not None and actor.id == actor_of(analysis, antecedent).id, (
        analysis.shared.get("pronoun_spans"), [(a.id, a.name) for a in analysis.actors])


def test_it_and_them_are_no_actor_mentions_of_their_own(run):
    analysis = run("Police detained six protesters on Friday. A court later released them.")
    assert actor_of(analysis, "them") is None


@pytest.mark.parametrize("text,pronoun", [
    # the nearest agreeing noun is a thing, not an actor: "them" stands for the rifles
    ("Soldiers seized rifles from the depot and destroyed them.", "them"),
    # impersonal "it": weather, a raising verb, an adjective's clause, a passive's clause
    ("The Ostrava Water Board met on Monday. Later it rained across the valley.", "it"),
    ("The Ostrava Water Board met on Monday. Now it seems that prices will rise.", "it"),
    ("The Ostrava Water Board met on Monday. The board made it clear that prices would rise.", "it"),
    ("The Ostrava Water Board met on Monday. Then it was decided to raise prices.", "it"),
    ("The Ostrava Water Board met on Monday. When it comes to prices, farmers are angry.", "it"),
    ("The Ostrava Water Board met on Monday. The board said it’s likely that prices will rise.", "it"),
    # an object "it" is a thing: the plan, not the board
    ("The Ostrava Water Board met on Monday. Farmers rejected it at once.", "it"),
    # inside a quotation, "it" stands for nothing named outside it
    ("The Ostrava Water Board met on Monday. \"We will never accept it,\" a farmer said. \"It failed us,\" "
     "another said.", "It"),
    # no further back than two sentences before the pronoun's own
    ("The Ostrava Water Board raised prices. Farmers protested. Traders complained. Villagers marched. "
     "On Friday it cut supplies.", "it"),
])
def test_it_and_them_without_an_actor_antecedent_stand_for_nobody(run, text, pronoun):
    analysis = run(text)
    assert pronoun_actor(analysis, pronoun) is None, analysis.shared.get("pronoun_spans")


# "he" and "she" agree in gender with a person the text shows to be a man or a woman (an honorific, a gendered
# title, a common given name), even against the subject preference.
@pytest.mark.parametrize("text,pronoun,antecedent", [
    ("Peter Hall met Maria Mendes in the capital on Monday. She said the talks had gone well.", "She",
     "Maria Mendes"),
    ("Governor Tom Hale thanked Mrs. Oyelaran for the report. She said the clinic would reopen.", "She",
     "Oyelaran"),
    ("Maria Mendes met Peter Hall in the capital on Monday. He said the talks had gone well.", "He", "Peter Hall"),
])
def test_he_and_she_agree_in_gender(run, text, pronoun, antecedent):
    analysis = run(text)
    actor = actor_of(analysis, pronoun)
    assert actor is not None and actor.id == actor_of(analysis, antecedent).id, [
        (a.name, [m.text for m in a.mentions]) for a in analysis.actors]


def test_he_with_only_a_woman_before_it_stands_for_nobody(run):
    analysis = run("Maria Mendes opened the clinic on Monday. He said it would stay open.")
    assert actor_of(analysis, "He") is None


def test_itself_stands_for_its_own_verbs_subject(run):
    analysis = run("Rebels accused the port's managers of fraud. The Harbour Authority defended itself on Monday.")
    actor = pronoun_actor(analysis, "itself")
    assert actor is not None and actor.id == actor_of(analysis, "Harbour Authority").id, (
        analysis.shared.get("pronoun_spans"), [(a.id, a.name) for a in analysis.actors])
