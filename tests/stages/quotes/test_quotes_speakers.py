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



def test_speaking_pronoun_is_one_actor_in_the_whole_record(run):
    # The speaker goes on speaking over the name inside his own quote: "he continued" is Sills, and the record
    # lists that "he" under Sills only (whatever actor the actors stage had first linked it to).
    text = ('Senator Bernard Sills wrote to the party on Monday. "The mayor, Tom Ruiz, could still win the vote," '
            'Sills wrote.\n"Voters are angry about the factories," he continued.')
    analysis = run(text)
    start = text.index("he continued")
    holders = [a for a in analysis.actors if any(m.start == start for m in a.mentions)]
    assert [a.name for a in holders] == ["Bernard Sills"]
    last = max(analysis.quotes, key=lambda q: q.start)
    assert last.speaker == holders[0].id
    assert [s for s in analysis.shared["actor_spans"] if s[0] == start] == [(start, start + 2, holders[0].id)]


def test_pronoun_speaker_left_unlinked_by_actors_becomes_a_mention_of_its_speaker(run):
    # "a spokesman" is an actor only the quotes stage creates; "he" then speaks as that spokesman, and the record
    # lists "he" among the spokesman's mentions.
    text = ('"The plant is safe," a spokesman said on Friday. "No one was hurt," he added.')
    analysis = run(text)
    start = text.index("he added")
    speakers = [q.speaker for q in analysis.quotes]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and speakers[0] is not None
    spokesman = next(a for a in analysis.actors if a.id == speakers[0])
    assert any(m.start == start and m.text == "he" for m in spokesman.mentions)


@pytest.mark.parametrize("text, author", [
    # the author put the document out in an earlier sentence
    ("The ministry released a statement on Tuesday. The statement said the talks had failed.", "ministry"),
    # the author is named inside the document's phrase
    ("A report by Human Rights Watch says prisoners were tortured.", "Human Rights Watch"),
    ("A letter from Mayor Dana Price said the bridge would stay shut.", "Dana Price"),
])
def test_document_speaker_is_its_author(run, text, author):
    analysis = run(text)
    assert len(analysis.quotes) == 1
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert author in speaker.name
    assert speaker.description != "document"


def test_document_speaker_without_author_is_a_document_not_a_person(run):
    analysis = run("The statement said the talks had failed. Officials later denied it.")
    quote = next(q for q in analysis.quotes if q.text.startswith("the talks"))
    speaker = next(a for a in analysis.actors if a.id == quote.speaker)
    assert speaker.kind == "other" and speaker.description == "document"
    assert speaker.name == "statement"


def test_a_name_inside_quoted_words_is_no_antecedent_of_a_speaking_pronoun_outside_them(run):
    text = ('The spokesman Dmitry Peskov spoke on a talk show. Peskov says "after ten years the actresses say that '
            'Harvey Weinstein is bad." He says "none of them went to the police at the time."')
    analysis = run(text)
    last = max(analysis.quotes, key=lambda q: q.start)
    assert next(a for a in analysis.actors if a.id == last.speaker).name == "Dmitry Peskov"


def test_the_agency_of_a_dateline_is_not_the_speaker_of_the_report(run):
    # the dash after the agency was lost to a bad encoding, and the parser runs the dateline into the subject
    text = "CAIRO (AP) \ufffd A tribal council spokesman says the militia raided a village in southern Libya."
    analysis = run(text)
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert "spokesman" in speaker.name
    assert all(m.start >= text.index("A tribal") for m in speaker.mentions)


def test_first_person_in_quoted_words_is_the_speaker(run):
    # the actors stage alone links each "I" to the nearest name of the sentence (Eisenhower)
    text = ('County Clerk Dean Johnson was honoured on Saturday. "When I was ten, I voted in a school poll for '
            'Dwight Eisenhower," Johnson said.')
    analysis = run(text)
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert "Dean Johnson" in speaker.name
    firsts = [m.start for m in speaker.mentions if m.text == "I"]
    assert firsts == [text.index("I was"), text.index("I voted")]
    eisenhower = next(a for a in analysis.actors if a.name == "Dwight Eisenhower")
    assert [m.text for m in eisenhower.mentions] == ["Dwight Eisenhower"]


def test_an_acronym_spelling_a_pronoun_speaks_as_its_organisation(run):
    text = "Officials met in Geneva. Later, WHO said the outbreak was over. The US said it would send aid."
    analysis = run(text)
    names = {a.id: a.name for a in analysis.actors}
    speakers = [names.get(q.speaker) for q in analysis.quotes]
    assert speakers[0] is not None and "WHO" in speakers[0]
    assert speakers[1] is not None and "United States" in speakers[1]


def test_we_in_quoted_words_is_a_group_speaker_and_no_actor_for_a_person_speaker(run):
    # the actors stage alone links each "we" to the last group named: the very enemy the general speaks of
    text = ('Rebels of the Northern Front seized the town on Monday. Gen. Joseph Votel said, "We have been clear '
            'that to defeat the Northern Front we need to work with many partners."')
    analysis = run(text)
    for word in ("We have", "we need"):
        start = text.index(word)
        assert not any(m.start == start for a in analysis.actors for m in a.mentions)
        assert not any(s == start for s, _, _ in analysis.shared["actor_spans"])
    text = 'The Northern Front seized the town on Monday. "We will hold it until the army leaves," the group said.'
    analysis = run(text)
    group = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert group.name == "Northern Front" and text.index("We") in [m.start for m in group.mentions]


def test_a_common_given_name_rules_out_the_other_pronoun(run):
    text = ('Carol Brown met Donald Smith on Monday. Smith praised the plan in a long speech. '
            '"It is a good start," she said.')
    analysis = run(text)
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[-1].speaker)
    assert speaker.name == "Carol Brown"


def test_a_document_before_a_colon_speaks_its_quote(run):
    text = 'The rebels met on Sunday. A communique read: "We will not yield to pressure from anyone."'
    analysis = run(text)
    assert len(analysis.quotes) == 1
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert speaker.name == "communique" and speaker.description == "document" and speaker.kind == "other"


@pytest.mark.parametrize("text, name, kind", [
    ("Vandals desecrated three graves, a police report said on Monday.", "police", "police"),
    ("The army's statement said the raid was lawful.", "army", "military"),
])
def test_a_document_of_a_body_named_by_a_common_noun_speaks_for_that_body(run, text, name, kind):
    analysis = run(text)
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert (speaker.name, speaker.kind) == (name, kind)


def test_first_person_in_words_quoted_inside_a_quote_is_not_the_speaker(run):
    text = ('County Clerk Dean Johnson spoke on Saturday. "None of them went to the police or said \'he '
            'robbed me\' at the time," Johnson said.')
    analysis = run(text)
    speaker = next(a for a in analysis.actors if a.id == analysis.quotes[0].speaker)
    assert "Dean Johnson" in speaker.name
    assert not any(m.text == "me" for m in speaker.mentions)
