"""events stage: more sentences of the kinds wire stories are full of that tell no event -- history recalled in a
relative clause, running totals and long-standing states told in the present perfect, forecasts that experts or a
report "warn" of -- and near misses that do tell one. A no-event sentence must leave no asserted event; an event
sentence must assert one of the expected type."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from tests.stages.stage_helpers import show

# the publication date the sentences are read against (history is dated before it)
PUBLISHED = "2024-05-10"

NO_EVENT = [
    # who someone is, by what they did years ago: a relative clause dated to an earlier year or decade, in a sentence
    # that tells nothing else
    "The judge, who was detained in 2017 on bribery charges, now sits on the appeals court.",
    "The poet, who was imprisoned in the 1970s for his verses, lives quietly in the hills.",
    "The fund, which lent the republic 3 billion euros in 2015, is now its largest creditor.",
    "The mediator, who chaired the border negotiations in 2020, is a retired diplomat.",
    "The movement's founder, who was exiled for treason in the 1960s, remains a national hero.",
    # running totals and long-standing states in the present perfect
    "The insurgency has killed more than 8,000 people since 2012.",
    "Police have detained hundreds of activists since the protests began in 2019.",
    "The drought has displaced half a million herders since 2021.",
    "The crossing has been closed since 2022.",
    "The valley has been fought over for centuries.",
    "Landmines have killed more than 200 children this year, a charity said.",
    # what a treaty or a law forbids is how things stand
    "The convention forbids the testing of chemical weapons.",
    "The charter bans the export of ancient manuscripts.",
    # what recurs, what a party is described as doing, the start of a span
    "Ties between the neighbours have been strained since the border war.",
    "The yearly pilgrimage attracts hundreds of thousands of worshippers.",
    "The valley is home to several militias that fight over grazing land.",
    "The referendum is the first since the junta took power.",
    "The governor is seeking a fourth term in the spring primary.",
    "The camp's families receive food rations from the agency every month.",
    # an act inside the phrase of a habitual verb
    "Coastguards usually fire warning shots at the smugglers' boats.",
    "Rangers sometimes fire warning shots to scare off poachers.",
    # what a work or a natural source supplies
    "The lake supplies drinking water to half a million people.",
    "The dam supplies most of the province's electricity.",
    # standing states in the passive: how things are, not a ban, deployment or claim made now
    "Hunting is banned in the national park.",
    "Gambling is prohibited across the emirate.",
    "Around 2,000 marines are stationed on the atoll.",
    "The reef has been disputed by three states since the treaty lapsed.",
    # forecasts: what experts or a report warn could happen
    "Experts warn that the floods could drive thousands from their homes.",
    "Economists warn that the new tariffs might hurt exporters.",
    "The study warns that the heatwave could kill hundreds of elderly people.",
]

ONE_EVENT = [
    # the same kinds of sentence telling the news of the day
    ("The judge, who was detained on Monday on bribery charges, appeared in court.", "COERCE"),
    ("Police detained hundreds of activists after the protests began.", "COERCE"),
    ("The insurgents killed eight soldiers on Tuesday.", "ASSAULT"),
    ("A court has jailed the smuggler for six years.", "COERCE"),
    ("The two clans accused each other of stealing cattle on Friday.", "ACCUSE"),
    # history recalled beside the news of the sentence is kept as its background
    ("The poet, who was imprisoned in the 1970s for his verses, joined the protest on Sunday.", "COERCE"),
    ("Police have arrested twelve people since Monday.", "COERCE"),
    ("The army warned that it would shell the rebel villages.", "THREATEN"),
    ("The rebels warned that they could attack the capital.", "THREATEN"),
    ("The council banned hunting in the national park on Wednesday.", "COERCE"),
    ("The junta bans all political rallies in the capital.", "COERCE"),
    ("The government supplied drinking water to the flooded valley on Monday.", "AID"),
    ("Coastguards fired warning shots at the smugglers' boats on Saturday.", "ASSAULT"),
    ("The camp's families received food rations from the agency on Monday.", "AID"),
    ("The opposition is seeking talks with the government.", "REQUEST"),
    ("Landmines killed two children near the village on Thursday.", "ASSAULT"),
    ("Gambling is banned from Monday under the new decree.", "COERCE"),
    ("The airport is closed after a drone was spotted over the runway.", "COERCE"),
    ("The navy has stationed 2,000 marines on the atoll.", "MOBILIZE"),
    ("The annual march went ahead on Sunday despite the ban.", "PROTEST"),
    ("Since the junta took power, soldiers have arrested dozens of journalists.", "COERCE"),
    ("The two presidents spoke by telephone on Monday.", "CONSULT"),
    ("Militiamen who fought over grazing land killed six herders on Sunday.", "ASSAULT"),
    ("The police chief, who has led the force since 2019, was arrested on Tuesday.", "COERCE"),
]


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text, published=PUBLISHED)).events


@pytest.mark.parametrize("text", NO_EVENT)
def test_sentence_that_reports_no_event_asserts_none(pipeline, text):
    asserted = [e for e in events_of(pipeline, text) if e.status == "asserted"]
    assert not asserted, show(asserted)


@pytest.mark.parametrize("text,etype", ONE_EVENT)
def test_sentence_that_reports_an_event_asserts_it(pipeline, text, etype):
    events = events_of(pipeline, text)
    if etype is None:  # the kind of event does not matter here, only that one is told
        assert any(e.status in ("asserted", "negated") for e in events), show(events)
        return
    assert any(e.type == etype and e.status == "asserted" for e in events), show(events)
