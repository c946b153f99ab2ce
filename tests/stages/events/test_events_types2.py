"""events stage: which event of a short report is its news (hand-built cases; issue #8, event type on short
reports)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text):
    return pipeline.analyse(Article(text=text)).events


def described(events):
    return [(e.type, e.mode, e.trigger.text, e.confidence) for e in events]


# regression: the arrest of suspects (or protesters), or a denial of responsibility, told after the violence (or
# protest) it answers outranked it when that was told in a weaker form (a passive casualty clause)
FOLLOW_UPS = [
    ("Three villagers were killed and two others wounded when gunmen raided the hamlet of Orvik in Telmar district "
     "on Friday, local officials said. Soldiers later arrested four suspects.", "COERCE", "ASSAULT"),
    ("Two farmers were found shot dead in their fields near Oltra on Tuesday, police said. The Kestrel Front "
     "rejected any role in the killings.", "REJECT", "ASSAULT"),
    ("Two guards were wounded when a parcel bomb went off at the gate of the Selvan customs post, officials said. "
     "The Drava Liberation Army denied any involvement in the blast.", "REJECT", "ASSAULT"),
    ("Hundreds of farmers marched through Velden on Monday. Police later detained twenty protesters.", "COERCE",
     "PROTEST"),
]


@pytest.mark.parametrize("text,follow_up,news", FOLLOW_UPS)
def test_follow_up_ranks_below_the_violence_it_answers(pipeline, text, follow_up, news):
    events = events_of(pipeline, text)
    assert any(e.type == follow_up for e in events), described(events)
    top = top_event(events)
    assert top is not None and top.type == news, described(events)


@pytest.mark.parametrize("text,expected", [
    ("Police arrested four suspected smugglers at the port of Dravik on Thursday.", "COERCE"),
    # an arrest first, then what the arrested man is said to have done: the arrest is the news
    ("Police arrested a local councillor in Dravik on Thursday. He is suspected of having ordered the killing of a "
     "journalist last year.", "COERCE"),
    ("The Ostrian government rejected any responsibility for the border incident on Monday.", "REJECT"),
    # violence or protest told as background before an arrest of someone not named as a suspect or protester
    ("Violence has plagued the Telmar region for years. On Monday police arrested the alleged leader of a local "
     "militia.", "COERCE"),
    ("Protests have rocked Velden for months. On Monday police arrested the opposition leader.", "COERCE"),
])
def test_arrest_or_denial_alone_stays_the_news(pipeline, text, expected):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == expected, described(events)


# regression: a security operation told with what it found and no violence ("conducted a search operation ... and
# recovered arms") was reported as an attack; a hideout or arms store found was no event at all
WEAPON_FINDS = [
    "Security forces conducted a search operation in Velm village and recovered a large cache of arms.",
    "Police carried out a raid on a warehouse in Tessin and confiscated dozens of hunting rifles.",
    "Soldiers found a Kestrel Front bunker on the wooded slopes above Corvin on Saturday.",
    "Gendarmes uncovered a hideout of the Drava Liberation Army near the village of Arvel.",
]


@pytest.mark.parametrize("text", WEAPON_FINDS)
def test_operation_told_by_what_it_found(pipeline, text):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None and (top.type, top.mode) == ("COERCE", "seize"), described(events)


@pytest.mark.parametrize("text", [
    "Troops launched an operation in the Dessa hills, killing five militants and seizing two rifles.",
    "Rebels raided the army depot in Kirova and killed three guards.",
])
def test_operation_with_violence_stays_an_assault(pipeline, text):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == "ASSAULT", described(events)


# regression: violence by a crowd was read as an armed assault: an attack on a protest by local people (mob
# violence, a riot in PLOVER and ACLED terms), and fireworks or flares thrown at the police
CROWD_VIOLENCE = [
    "Villagers armed with sticks attacked an opposition march in Dorn on Saturday.",
    "Local men attacked a candlelight vigil outside the town hall of Merrow.",
    "Football fans threw fireworks and flares at officers outside the stadium in Velden.",
]


@pytest.mark.parametrize("text", CROWD_VIOLENCE)
def test_crowd_violence_is_a_riot(pipeline, text):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None and (top.type, top.mode) == ("PROTEST", "riot"), described(events)


@pytest.mark.parametrize("text", [
    "Militants attacked a rally of the ruling party in Sarn, killing four.",
    "Soldiers attacked a march by the opposition in Dorn.",
    "Gunmen opened fire on a vigil in Kessin, wounding six mourners.",
])
def test_armed_attack_on_a_protest_stays_an_assault(pipeline, text):
    events = events_of(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == "ASSAULT", described(events)
