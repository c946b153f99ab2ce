"""events stage: actor arguments beyond the plain subject (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import coded


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# A partitive or representative head ("leaders of", "a group of", "members of") brings in the party it names.
PARTITIVES = [
    ("Leaders of the opposition coalition agreed to postpone the march.", "AGREE", "coalition"),
    ("A group of Kenyan doctors met the health minister on Monday.", "CONSULT", "doctors"),
    ("Members of the teachers' union blocked the main road on Friday.", "PROTEST", "union"),
]


@pytest.mark.parametrize("text,etype,party", PARTITIVES)
def test_party_named_by_a_partitive_head(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[a] for a in event.actors), (event.actors, names)


# "X said its/their forces ...": the possessor of the actor is the speaker, who joins the actors.
OWNERS = [
    ("The rebels said their fighters had withdrawn from the town.", "RETREAT", "rebels"),
    ("Turkey said its troops had shelled positions of the militia.", "ASSAULT", "Turkey"),
]


@pytest.mark.parametrize("text,etype,party", OWNERS)
def test_speaker_owns_the_possessed_actor(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[a] for a in event.actors), (event.actors, names)


def test_other_possessor_is_not_added(pipeline):
    event, names = coded(pipeline, "Police said the rebels had attacked the village.", "ASSAULT")
    assert not any("Police" in names[a] for a in event.actors), (event.actors, names)


def test_reporting_watchdog_does_not_own_the_possessed_actor(pipeline):
    event, names = coded(pipeline, "The watchdog said their soldiers had shelled the village.", "ASSAULT")
    assert not any("watchdog" in names[a] for a in event.actors), (event.actors, names)


# A gerund after a preposition ("guilty of killing", "accused X of violating", "arrested after attacking") is done
# by the object of the verb it hangs on, else by that verb's subject, active or passive.
@pytest.mark.parametrize("text,etype,party", [
    ("The gunman was found guilty of killing three people.", "ASSAULT", "gunman"),
    ("The man accused of stabbing a police officer was arrested on Monday.", "ASSAULT", "man"),
    ("Two men were arrested after attacking a synagogue.", "ASSAULT", "men"),
    ("The rebels were blamed for shelling the market.", "ASSAULT", "rebels"),
    ("Western officials suspect the militia of shelling the market.", "ASSAULT", "militia"),
])
def test_gerund_actor_is_the_controlling_party(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[a] for a in event.actors), (event.actors, names)
    assert not any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_a_bureau_is_a_party(pipeline):
    event, names = coded(pipeline, "The bureau arrested two suspects in the capital.", "COERCE")
    assert any("bureau" in names[a] for a in event.actors), (event.actors, names)


# "issued a statement demanding ...", "sent a letter urging ...": who issued the document says what it says.
@pytest.mark.parametrize("text,etype,party", [
    ("The rebel group issued a statement demanding that the government release its leader.", "REQUEST", "rebel group"),
    ("The council passed a resolution condemning the raid on the embassy.", "ACCUSE", "council"),
])
def test_issuer_of_a_document_is_the_actor_of_its_participle(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[a] for a in event.actors), (event.actors, names)


# "X is opposed to Y", "X is committed to Y": a stative participle without a "by" agent states X's own position.
@pytest.mark.parametrize("text,etype,party", [
    ("Turkey is opposed to Swedish membership of the alliance.", "REJECT", "Turkey"),
    ("The government is committed to the ceasefire with the rebels.", "AGREE", "government"),
])
def test_subject_of_a_stative_participle_is_the_actor(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[a] for a in event.actors), (event.actors, names)
    assert not any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_participle_with_a_by_agent_stays_passive(pipeline):
    event, names = coded(pipeline, "The plan was opposed by several ministers.", "REJECT")
    assert any("ministers" in names[a] for a in event.actors), (event.actors, names)


# "Fighting between X and Y killed ...": both sides of the fight are its actors.
@pytest.mark.parametrize("text", [
    "Fighting between government troops and Islamist militants killed 12 civilians.",
    "Clashes between the army and rebels killed 30 people.",
])
def test_both_sides_of_a_between_phrase_are_actors(pipeline, text):
    event, names = coded(pipeline, text, "ASSAULT")
    assert any("troops" in names[a] or "army" in names[a] for a in event.actors), (event.actors, names)
    assert any("militants" in names[a] or "rebels" in names[a] for a in event.actors), (event.actors, names)


# "it" as the subject of an adverbial clause after the main clause continues the main clause's named subject.
def test_it_in_a_trailing_adverbial_clause_is_the_main_subject(pipeline):
    event, names = coded(pipeline, "Farmers said the Tarvel militia looted their shops after it captured the town.",
                         "COERCE")
    assert any("militia" in names[a] for a in event.actors), (event.actors, names)


# A raid or strike an arrest or killing was done in is carried out by the subject of the active verb.
def test_operation_an_arrest_was_made_in_is_done_by_the_arrester(pipeline):
    text = "The ministry said border police had detained twelve smugglers in dawn raids."
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    # (the raids are how the arrests were made: one event, the raids among its trigger spans)
    raids = [e for e in analysis.events if any(t.text == "raids" for t in e.triggers)]
    assert raids, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("police" in names[a] for a in raids[0].actors), (raids[0].actors, names)


# Whoever is said to be behind an act is its doer.
@pytest.mark.parametrize("text,party", [
    ("The Tarvel militia said it was behind the attack on the border post.", "militia"),
    ("Police are searching for the gunmen behind the bombing of the bus station.", "gunmen"),
])
def test_party_behind_an_act_is_its_doer(pipeline, text, party):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    acts = [e for e in analysis.events if e.trigger.text in ("attack", "bombing")]
    assert acts, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(party in names[a] for a in acts[0].actors), (acts[0].actors, names)


# Whoever is charged, held or punished for an act named by a "with/for" phrase is its (alleged) doer.
@pytest.mark.parametrize("text,act,party", [
    ("Two farmers were charged with the murder of a tax inspector.", "murder", "farmers"),
    ("The officer was sentenced to ten years for the killing of a protester.", "killing", "officer"),
    ("The guard was found guilty in the beating of a prisoner.", "beating", "guard"),
])
def test_party_held_to_account_for_an_act_is_its_doer(pipeline, text, act, party):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    acts = [e for e in analysis.events if e.trigger.text == act]
    assert acts, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(party in names[a] for a in acts[0].actors), (acts[0].actors, names)


def test_operation_a_passive_release_was_done_in_is_done_by_the_agent(pipeline):
    analysis = pipeline.analyse(Article(text="The three hostages were freed by border guards in a night raid."))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    raids = [e for e in analysis.events if e.trigger.text == "raid"]
    assert raids, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("guards" in names[a] for a in raids[0].actors), (raids[0].actors, names)
