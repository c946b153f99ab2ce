"""events stage: a headline's own event, its parties and its tie to the lead paragraph telling the same event.
Wire headlines of several shapes above a dateline lead; all invented for this file."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "places", "times", "events")


def _analyse(pipeline, headline, lead):
    return pipeline.analyse(Article(text=headline + "\n\n" + lead, published="2026-11-25"))


def _headline_events(analysis, headline, etype):
    return [e for e in analysis.events if e.type == etype and any(s.start < len(headline) for s in e.triggers)]


def _names(analysis, ids):
    by_id = {a.id: a for a in analysis.actors}
    return [by_id[i].name for i in ids]


# Two parties joined by "and" are a plural subject: the headline's base-form verb is its verb, not a noun
# modifying the object, and no actor is named with the verb inside.
@pytest.mark.parametrize("headline,lead,etype,party", [
    ("Chile and Peru swap prisoners at desert crossing",
     "ARICA, Nov 24 - Chile and Peru exchanged eight prisoners at a desert border post on Tuesday, officials said.",
     "AGREE", "Chile"),
    ("Ghana and Togo trade fire over disputed river island",
     "ACCRA, Nov 24 - Ghanaian and Togolese border guards exchanged fire on Tuesday, a Ghanaian official said.",
     "ASSAULT", "Ghana"),
])
def test_coordinated_subject_takes_the_headline_verb(pipeline, headline, lead, etype, party):
    analysis = _analyse(pipeline, headline, lead)
    verb = headline.split()[3]
    assert not any(verb in a.name.split() for a in analysis.actors), [a.name for a in analysis.actors]
    events = _headline_events(analysis, headline, etype)
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(party in name for e in events for name in _names(analysis, e.actors))


def test_headline_verb_after_coordinated_nouns_and_past_an_attributive_participle():
    from eventwire.headlines import headline_verb

    verbs = frozenset({"swap", "trade"})
    assert headline_verb([("Chile", "NNP"), ("and", "CC"), ("Peru", "NNP"), ("swap", "NN"), ("envoys", "NNS")],
                         verbs) == (3, "swap")
    assert headline_verb([("Ghana", "NNP"), (",", ","), ("Togo", "NNP"), ("trade", "NN"), ("fire", "NN"),
                          ("over", "IN"), ("disputed", "VBN"), ("island", "NN")], verbs) == (3, "trade")
    # a participle with no determiner or preposition before it is the headline's own verb
    assert headline_verb([("Envoys", "NNS"), ("expelled", "VBN"), ("over", "IN"), ("swap", "NN"),
                          ("plan", "NN")], verbs) is None


# A headline's reduced passive of a harm verb: the bare plural before it is who was harmed, not the doer.
@pytest.mark.parametrize("headline,lead,victim", [
    ("Soldiers killed in ambush near northern outpost",
     "NIAMEY, Nov 24 - Gunmen killed seven soldiers in an ambush near a northern outpost on Tuesday, the army said.",
     "Soldiers"),
    ("Villagers wounded in overnight raid on farms",
     "KADUNA, Nov 24 - Armed men wounded nine villagers in an overnight raid on farms in northern Nigeria, police "
     "said on Tuesday.", "Villagers"),
])
def test_bare_plural_before_a_harm_verb_in_a_headline_is_its_victim(pipeline, headline, lead, victim):
    analysis = _analyse(pipeline, headline, lead)
    events = _headline_events(analysis, headline, "ASSAULT")
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    by_id = {a.id: a for a in analysis.actors}
    mentioned = lambda ids: [m.text for i in ids for m in by_id[i].mentions]  # noqa: E731
    assert all(victim not in mentioned(e.actors) for e in events)
    assert any(victim in mentioned(e.recipients) for e in events)


def test_bare_singular_in_the_headline_is_the_party_the_lead_introduces(pipeline):
    headline = "Reporter detained at border crossing"
    lead = ("TALLINN, Nov 24 - Border guards detained a Latvian reporter at a crossing on Tuesday, her editor "
            "said.")
    analysis = _analyse(pipeline, headline, lead)
    reporter = [a for a in analysis.actors if any(m.text == "Reporter" for m in a.mentions)]
    assert len(reporter) == 1 and any("Latvian reporter" in m.text for m in reporter[0].mentions)
    # the headline's arrest and the lead's are then one event, dated like the lead
    arrests = [e for e in analysis.events if e.type == "COERCE"]
    assert len(arrests) == 1 and len(arrests[0].triggers) == 2 and arrests[0].date == "2026-11-24"


def test_headline_event_placed_only_by_the_dateline_merges_with_the_leads(pipeline):
    headline = "Hamas frees three hostages"
    lead = ("GAZA, Nov 24 - Hamas freed three hostages in the southern town of Rafah on Tuesday, a Palestinian "
            "official said.")
    analysis = _analyse(pipeline, headline, lead)
    releases = [e for e in analysis.events if e.type == "RETREAT"]
    assert len(releases) == 1, [(e.trigger.text, e.place) for e in releases]
    event = releases[0]
    assert [s.text for s in event.triggers] == ["frees", "freed"] and event.date == "2026-11-24"
    # the merged event keeps the place the lead states, not the dateline's
    place = next(p for p in analysis.places if p.id == event.place)
    assert any(m.text == "Rafah" for m in place.mentions)


def test_headline_in_capitals_is_recased_as_a_sentence_by_the_body():
    from eventwire.headlines import capitals_cased_text

    text = ("UN ENVOY MEETS JUNTA LEADERS IN NIGER\n\nNIAMEY, Nov 24 - The UN envoy met the junta's leaders in "
            "Niamey on Tuesday, officials said.")
    recased = capitals_cased_text(text)
    assert len(recased) == len(text)
    assert recased.split("\n")[0] == "UN envoy meets junta leaders in Niger"
    # a Title-Case or sentence-case first line is not this function's
    assert capitals_cased_text("Envoy meets junta leaders\n\nMore text.") == "Envoy meets junta leaders\n\nMore text."


def test_headline_in_capitals_codes_its_event_with_its_subject(pipeline):
    headline = "MILITANTS STORM ARMY POST NEAR BORDER"
    lead = ("BAMAKO, Nov 24 - Militants stormed an army post near the border with Niger on Tuesday, a military "
            "source said.")
    analysis = _analyse(pipeline, headline, lead)
    assert not any("STORM" in a.name for a in analysis.actors), [a.name for a in analysis.actors]
    events = _headline_events(analysis, headline, "ASSAULT")
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("MILITANTS" in m.text for e in events for i in e.actors
               for a in analysis.actors if a.id == i for m in a.mentions)


def test_headline_recipient_that_is_its_place_does_not_keep_it_apart_from_the_lead(pipeline):
    headline = "Riot police clash with dockers in Antwerp"
    lead = ("ANTWERP, Nov 24 - Riot police clashed with dockers at the port gates on Tuesday, a union "
            "spokesman said.")
    analysis = _analyse(pipeline, headline, lead)
    clashes = [e for e in analysis.events if any(s.text.startswith("clash") for s in e.triggers)]
    assert len(clashes) == 1, [(e.trigger.text, _names(analysis, e.recipients)) for e in clashes]
    assert clashes[0].date == "2026-11-24" and len(clashes[0].triggers) == 2
    # the town is where the clash happened, not a party to it
    assert "Antwerp" not in _names(analysis, clashes[0].recipients)


def test_headline_phrase_joins_the_leads_fuller_phrase_ending_with_its_words(pipeline):
    headline = "Security forces open fire on marchers in Conakry"
    lead = ("CONAKRY, Nov 24 - Guinean security forces opened fire on marchers in Conakry on Tuesday, a rights "
            "group said.")
    analysis = _analyse(pipeline, headline, lead)
    forces = [a for a in analysis.actors if any(m.text == "Security forces" for m in a.mentions)]
    assert len(forces) == 1 and any(m.text == "Guinean security forces" for m in forces[0].mentions)
    shootings = [e for e in analysis.events if e.type == "ASSAULT"]
    assert len(shootings) == 1 and len(shootings[0].triggers) == 2


def test_base_form_tag_on_a_modifier_does_not_stop_reading_the_headline_verb(pipeline):
    # the tagger reads "rebel" as a verb and "shells" as the head noun; "rebel" only modifies the object
    headline = "Army shells rebel positions near Idlib"
    analysis = _analyse(pipeline, headline, "No further details were given by the authorities.")
    events = [e for e in analysis.events if any(s.start < len(headline) for s in e.triggers)]
    assert [e.type for e in events] == ["ASSAULT"], [(e.type, e.trigger.text) for e in events]
    assert events[0].trigger.text == "shells" and _names(analysis, events[0].actors) == ["Army"]


def test_headline_event_kept_apart_is_dated_like_the_leads_event_of_its_type(pipeline):
    # "ex-mayor" and "a former mayor of the port city" are not joined as one party, so the two arrests stay two
    headline = "Court jails ex-mayor for bribery"
    lead = ("VILNIUS, Nov 24 - A Lithuanian court jailed a former mayor of the port city for six years on Tuesday "
            "for taking bribes.")
    analysis = _analyse(pipeline, headline, lead)
    events = _headline_events(analysis, headline, "COERCE")
    assert events and all(e.date == "2026-11-24" for e in events), [(e.trigger.text, e.date) for e in events]


def test_second_name_the_parser_reads_as_an_apposition_is_a_second_subject(pipeline):
    headline = "Mexico, Chile sign gas deal"
    lead = "MEXICO CITY, Nov 24 - Mexico and Chile signed a gas supply agreement on Tuesday, officials said."
    analysis = _analyse(pipeline, headline, lead)
    events = _headline_events(analysis, headline, "AGREE")
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    names = _names(analysis, events[0].actors)
    assert any("Mexico" in n for n in names) and any("Chile" in n for n in names), names


@pytest.mark.parametrize("base,past", [("expel", "expelled"), ("patrol", "patrolled"), ("flog", "flogged")])
def test_past_tense_doubles_the_last_consonant_of_listed_verbs(base, past):
    from eventwire.headlines import past_tense

    assert past_tense(base) == past


def test_headline_verb_parsed_as_a_modifier_is_read_as_the_verb(pipeline):
    # the tagger makes "expels" a modifier of "French"; the headline is re-parsed with "expelled"
    headline = "Mali junta expels French ambassador"
    lead = "BAMAKO, Nov 24 - Mali's military junta expelled the French ambassador on Tuesday, state radio said."
    analysis = _analyse(pipeline, headline, lead)
    events = _headline_events(analysis, headline, "SANCTION")
    assert events, [(e.type, e.trigger.text, e.recipients) for e in analysis.events]
    assert any("ambassador" in n for n in _names(analysis, events[0].recipients))
    assert any("junta" in n for n in _names(analysis, events[0].actors))


def test_common_noun_opening_the_headline_tagged_as_a_name_joins_the_leads_phrase(pipeline):
    headline = "Navy seizes smuggling boat off coast"
    lead = "DAKAR, Nov 24 - Senegal's navy seized a smuggling boat off the coast on Tuesday, officials said."
    analysis = _analyse(pipeline, headline, lead)
    navy = [a for a in analysis.actors if any(m.text == "Navy" for m in a.mentions)]
    assert len(navy) == 1 and any(m.text == "Senegal's navy" for m in navy[0].mentions)
    seizures = [e for e in analysis.events if e.type == "COERCE"]
    assert len(seizures) == 1 and len(seizures[0].triggers) == 2


def test_line_in_capitals_sharing_no_word_with_the_body_is_left_alone():
    from eventwire.headlines import capitals_cased_text

    text = "BY MARTA OLENSKA\n\nThe alliance warned its neighbours on Tuesday."
    assert capitals_cased_text(text) == text
