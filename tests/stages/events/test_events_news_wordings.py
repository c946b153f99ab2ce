"""events stage: common news wordings of acts the lexicon names otherwise (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event

from ..stage_helpers import show


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


@pytest.mark.parametrize("text,etype,mode,trigger", [
    ("The man was groped on a crowded train.", "ASSAULT", "sexual", "groped"),
    ("Police busted an arms cache hidden under a house.", "COERCE", "seize", "busted"),
    ("Troops unearthed a haul of weapons buried in a farm.", "COERCE", "seize", "unearthed"),
    ("Gunmen snatched a journalist from his car and demanded a ransom.", "ASSAULT", "abduct", "snatched"),
    ("Kidnappers demanded a ransom for the release of the engineer.", "ASSAULT", "abduct", "demanded"),
    ("The bomb disposal unit safely detonated an explosive device found by the roadside.", "COERCE", "seize",
     "detonated"),
    ("Army engineers carried out a controlled explosion of the device.", "COERCE", "seize", "explosion"),
    ("Security forces neutralized an improvised explosive device planted on the road.", "COERCE", "seize",
     "neutralized"),
    ("Workers staged a go-slow.", "PROTEST", "strike", "staged"),
    # "form" is a light verb: the noun it governs names the event
    ("Hundreds of people formed a human chain along the highway.", "PROTEST", "demo", "chain"),
    # the "in protest" idiom says what the act is, wherever the parser hangs it
    ("Farmers dumped milk on the road in protest at low prices.", "PROTEST", "demo", "protest"),
    ("A rocket landed near the embassy.", "ASSAULT", "heavy-weapons", "landed"),
    ("Police cracked down on a student protest, injuring dozens.", "ASSAULT", "crowd-control", "cracked"),
    ("Talks between the two sides ended with an agreement to exchange prisoners.", "AGREE", None, "ended"),
    ("An exchange of fire between the two sides left three dead.", "ASSAULT", "firearms", "exchange"),
    # captives released in exchange for others: a prisoner exchange, an agreement carried out
    ("The government released 30 rebels in exchange for 16 soldiers.", "AGREE", None, "released"),
    ("Ten soldiers were freed in exchange for the release of 20 rebels.", "AGREE", None, "freed"),
    ("The army cleared the area of militants.", "COERCE", "seize", "cleared"),
    ("Rebels established a new command centre in the province.", "MOBILIZE", "troops", "established"),
    ("Militants chopped off the hands of two men accused of theft.", "ASSAULT", "primitive", "chopped"),
    # two coordinated premodifiers: the parser hangs "gas" on "spray"
    ("Police fired tear gas and pepper spray at the crowd.", "ASSAULT", "crowd-control", "fired"),
    # sending an envoy or a delegation is a visit by the sender's side
    ("Norway sent two negotiators to Havana.", "CONSULT", "visit", "sent"),
    ("The president dispatched an envoy to Nairobi.", "CONSULT", "visit", "dispatched"),
])
def test_news_wording_is_coded(pipeline, text, etype, mode, trigger):
    events = pipeline.analyse(Article(text=text)).events
    top = top_event(events)
    assert top is not None, show(events)
    assert (top.type, top.mode) == (etype, mode) and any(trigger in t.text for t in top.triggers), show(events)


@pytest.mark.parametrize("text", [
    "The thief snatched a handbag from the counter.",
    "The rebels detonated a car bomb outside the ministry.",
    "The union submitted a memorandum of demands to the governor.",
    "The company released a new phone in return for nothing.",
    "Workers cleared the road after the storm.",
    "The gardener chopped off the dead branches.",
])
def test_neighbouring_wordings_keep_their_reading(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    top = top_event(events)
    assert top is None or (top.type, top.mode) not in (("ASSAULT", "abduct"), ("COERCE", "seize"), ("AGREE", None),
                                                       ("ASSAULT", "primitive")), show(events)


# "go off" is a blast only with a subject that can be or carry a bomb.
@pytest.mark.parametrize("text", [
    "A bomb went off near a police station.",
    "An improvised explosive device went off near a market, killing two people.",
])
def test_bomb_going_off_is_an_explosives_assault(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert any(e.type == "ASSAULT" and e.mode == "explosives" and "went off" in e.trigger.text for e in events), \
        show(events)


@pytest.mark.parametrize("text", ["The fire alarm went off twice during the night.", "It went off without a hitch.",
                                  "The plane landed in Paris on Monday.", "He landed a job at the bank."])
def test_other_things_going_off_are_no_events(pipeline, text):
    assert pipeline.analyse(Article(text=text)).events == [], text


def test_event_noun_of_the_harm_it_did_is_reported(pipeline):
    # an event noun in an "in" phrase of the harm it did ("casualties in air strikes") is reported, not a bare mention
    text = "The insurgents sustained heavy losses in raids by the navy's gunboats."
    events = pipeline.analyse(Article(text=text)).events
    assert any(e.type == "ASSAULT" and e.trigger.text == "raids" for e in events), show(events)
