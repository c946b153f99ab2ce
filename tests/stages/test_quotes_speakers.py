"""quotes.v1 speakers that name an actor the actors stage already has: no second actor for a bare surname."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def run(pipeline_factory):
    pipeline = pipeline_factory("actors", "quotes")

    def analyse(text: str):
        return pipeline.analyse(Article(text=text))

    return analyse


@pytest.mark.parametrize("text", [
    # The tagger leaves the bare surname at the start of the second paragraph untagged.
    "Labour Minister Anna Okafor met provincial delegates over dinner on Sunday.\n"
    "Okafor has said she's \"quietly confident\" that a pact could be signed.",
    "Labour Minister Anna Tremblay met provincial delegates over dinner on Sunday. Talks went on late.\n"
    "Tremblay told reporters the offer was fair.",
])
def test_bare_surname_speaker_is_the_person_named_in_full(run, text):
    analysis = run(text)
    surname = text.split("Anna ")[1].split()[0]
    named = [a for a in analysis.actors if surname in a.name]
    assert len(named) == 1, [a.name for a in analysis.actors]
    person = named[0]
    assert person.kind == "person"
    start = text.rindex(surname)
    assert any(m.start == start and m.text == surname for m in person.mentions)
    assert [q.speaker for q in analysis.quotes] == [person.id]


def test_lone_surname_of_two_people_stays_unjoined(run):
    text = ("Anna Okafor and Daniel Okafor met provincial delegates over dinner on Sunday.\n"
            "Okafor has said she's \"quietly confident\" that a pact could be signed.")
    analysis = run(text)
    start = text.rindex("Okafor")
    joined = [a for a in analysis.actors if a.name in ("Anna Okafor", "Daniel Okafor")
              and any(m.start == start for m in a.mentions)]
    assert joined == []


def test_gendered_title_inside_a_mention_rules_out_the_other_pronoun(run):
    text = ('Board member Tom Eckert said he had warned the commissioners for years. Vice Chairwoman Laura Penn '
            'disagreed. "They never listened to the staff," he said.')
    analysis = run(text)
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(direct) == 1
    speaker = next(a for a in analysis.actors if a.id == direct[0].speaker)
    assert speaker.name == "Tom Eckert"

