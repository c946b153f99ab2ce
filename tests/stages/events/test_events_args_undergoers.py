"""events stage: who undergoes an act in constructions the argument reader used to miss (hand-built, invented
sentences; countries are general knowledge, every other name is invented)."""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def _event_at(pipeline, text: str, trigger: str, etype: str):
    """The most confident event of `etype` one of whose triggers contains the word `trigger` (a participle telling
    an attack's toll is one of the attack's), and each actor id's names."""
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.type == etype and any(trigger in t.text for t in e.triggers)]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    return max(events, key=lambda e: e.confidence), names


def _named(names: dict[str, str], ids, word: str) -> bool:
    return any(word in names[i] for i in ids)


# "others" counted as people ("injured 40 others") is a party like "40 people"
OTHERS = [
    ("The blast killed nine soldiers and injured 40 others near Tarsk.", "injured"),
    ("Gunmen stormed the market in Velka, killing four traders and wounding at least 15 others.", "wounding"),
    ("Two journalists and three others were detained by police in Kalvo on Monday.", "detained"),
]


@pytest.mark.parametrize("text,trigger", OTHERS)
def test_counted_others_are_recipients(pipeline, text, trigger):
    event, names = _event_at(pipeline, text, trigger, "ASSAULT" if trigger != "detained" else "COERCE")
    assert _named(names, event.recipients, "others"), (event.recipients, names)


# "the killing by police of X": the doer's "by" phrase comes first and the parser hangs the noun's "of" object on
# the doer; a person or counted people there underwent the act, an organisation or place is whose the doers are
BY_THEN_OF = [
    ("The killing by police of an unarmed farmer sparked a week of protests in Tarsk.", "killing", "ASSAULT",
     "police", "farmer"),
    ("The shooting by soldiers of two fishermen angered the villagers of Velka.", "shooting", "ASSAULT", "soldiers",
     "fishermen"),
    ("The 1998 massacre by Saffron Front rebels of up to 300 villagers is still remembered.", "massacre",
     "ASSAULT", "Saffron", "villagers"),
]


@pytest.mark.parametrize("text,trigger,etype,doer,undergoer", BY_THEN_OF)
def test_of_object_after_the_by_agent_undergoes_the_act(pipeline, text, trigger, etype, doer, undergoer):
    event, names = _event_at(pipeline, text, trigger, etype)
    assert _named(names, event.actors, doer), (event.actors, names)
    assert _named(names, event.recipients, undergoer), (event.recipients, names)


@pytest.mark.parametrize("text,owner", [
    ("The raid by fighters of the Red Dawn militia lasted two hours.", "Dawn"),
    ("The raid by soldiers of a Laotian border unit lasted two hours.", "unit"),
])
def test_whose_the_doers_are_is_no_undergoer(pipeline, text, owner):
    event, names = _event_at(pipeline, text, "raid", "ASSAULT")
    assert not _named(names, event.recipients, owner), (event.recipients, names)


# "Four guards were killed and nine others wounded": the second participle shares the first one's "were", so its
# subject underwent it (the parser reads that subject as the doer)
GAPPED_PASSIVES = [
    ("Four guards were killed and nine others wounded when gunmen stormed the prison in Velka.", "wounded",
     "ASSAULT", "others"),
    ("Two reporters were beaten and three students detained in Tarsk on Sunday.", "detained", "COERCE", "students"),
    ("Two soldiers were killed and four civilians injured by the blast in Velka.", "injured", "ASSAULT",
     "civilians"),
]


@pytest.mark.parametrize("text,trigger,etype,undergoer", GAPPED_PASSIVES)
def test_participle_sharing_a_passive_auxiliary_is_passive(pipeline, text, trigger, etype, undergoer):
    event, names = _event_at(pipeline, text, trigger, etype)
    assert _named(names, event.recipients, undergoer), (event.recipients, names)
    assert not _named(names, event.actors, undergoer), (event.actors, names)


def test_gapped_passive_in_an_industrial_accident_is_no_attack(pipeline):
    analysis = pipeline.analyse(Article(
        text="Five workers were killed and twelve people injured when a fertiliser plant exploded near Tarsk."))
    assert not [e for e in analysis.events if e.type == "ASSAULT" and e.status == "asserted"], analysis.events


# a reflexive object stands for its own clause's subject, never for the reporting speaker
def test_reflexive_object_is_not_the_reporting_speaker(pipeline):
    event, names = _event_at(pipeline, "The prisoner poisoned himself in his cell in Velka, guards said.",
                             "poisoned", "ASSAULT")
    assert _named(names, event.actors, "prisoner"), (event.actors, names)
    assert not _named(names, event.recipients, "guards"), (event.recipients, names)


# an agent noun that is an attack word itself ("bomber") is the doer of the verb it is the subject of
@pytest.mark.parametrize("text,trigger", [
    ("A suicide bomber blew up a police checkpoint in Velka on Friday.", "blew"),
    ("A suicide bomber blew himself up outside the governor's office in Tarsk, officials said.", "blew"),
])
def test_bomber_subject_is_the_actor(pipeline, text, trigger):
    event, names = _event_at(pipeline, text, trigger, "ASSAULT")
    assert _named(names, event.actors, "bomber"), (event.actors, names)
    assert not _named(names, event.recipients, "officials"), (event.recipients, names)


# a retreat, withdrawal, surrender or resignation is done by the party its "of" phrase names
@pytest.mark.parametrize("text,trigger,doer", [
    ("Old soldiers gathered in Tarsk to mark the anniversary of the surrender of Laos in 1953.", "surrender", "Laos"),
    ("The withdrawal of Estonian troops from Velka began on Monday.", "withdrawal", "troops"),
    ("Farmers cheered the retreat of the Saffron Front rebels from the valley.", "retreat", "rebels"),
])
def test_of_phrase_of_a_retreat_noun_names_its_doer(pipeline, text, trigger, doer):
    event, names = _event_at(pipeline, text, trigger, "RETREAT")
    assert _named(names, event.actors, doer), (event.actors, names)
    assert not _named(names, event.recipients, doer), (event.recipients, names)


def test_of_phrase_of_a_release_is_who_is_released(pipeline):
    event, names = _event_at(pipeline, "The release of 40 prisoners by the army was announced in Velka.", "release",
                             "RETREAT")
    assert _named(names, event.recipients, "prisoners"), (event.recipients, names)


# a casualty passive with no doer of its own takes the attacker of the attack its "when/as" clause tells, and the
# attack stays the more salient event
@pytest.mark.parametrize("text,trigger,attack", [
    ("Three policemen were wounded as gunmen opened fire on their patrol in Velka.", "wounded", "opened"),
    ("Nine villagers were killed when Red Dawn fighters stormed Kalvo on Sunday.", "killed", "stormed"),
])
def test_casualty_passive_takes_the_attacker_of_its_when_clause(pipeline, text, trigger, attack):
    event, names = _event_at(pipeline, text, trigger, "ASSAULT")
    assert event.actors and not set(event.actors) & set(event.recipients), (event.actors, names)
    attack_event, _ = _event_at(pipeline, text, attack, "ASSAULT")
    assert set(attack_event.actors) <= set(event.actors), (attack_event.actors, event.actors)
    assert attack_event.confidence > event.confidence


# "warned that police would not tolerate X": the security forces enforce the warning; the party warned is the one
# the enforcing clause's object names (itself, or as the doer of the act it names)
@pytest.mark.parametrize("text,warned", [
    ("The governor of Velka warned that troops would not tolerate marches by the Blue Lantern union.", "Lantern"),
    ("The interior minister warned that security forces would not allow any rally by the dockers' union.", "union"),
])
def test_warning_enforced_by_security_forces_is_aimed_at_their_object(pipeline, text, warned):
    event, names = _event_at(pipeline, text, "warned", "THREATEN")
    assert _named(names, event.recipients, warned), (event.recipients, names)
    assert not _named(names, event.recipients, "troops") and not _named(names, event.recipients, "police")


# with no one named as doing it, the named territory an attack came from stands for its attacker
@pytest.mark.parametrize("text,ground", [
    ("Three rockets were fired from Laos into northern Thailand on Sunday.", "Laos"),
    ("Uruguay said a mortar shell was fired at it from Argentina on Monday.", "Argentina"),
])
def test_territory_an_agentless_attack_came_from_is_its_actor(pipeline, text, ground):
    event, names = _event_at(pipeline, text, "fired", "ASSAULT")
    assert _named(names, event.actors, ground), (event.actors, names)
    assert not _named(names, event.recipients, ground), (event.recipients, names)


def test_named_attacker_keeps_the_launch_ground_out(pipeline):
    event, names = _event_at(pipeline, "Saffron Front rebels fired rockets from Laos into Thailand.", "fired",
                             "ASSAULT")
    assert _named(names, event.actors, "Saffron") and not _named(names, event.actors, "Laos"), (event.actors, names)


# a pronoun in an adverbial clause put before the main clause points ahead to the main clause's named subject
@pytest.mark.parametrize("text,trigger,etype,party", [
    ("Moments before a judge sentenced him to life, Omar Hadley thanked his lawyers.", "sentenced",
     "COERCE", "Hadley"),
    ("Before police could detain them, the smugglers fled across the river.", "detain", "COERCE", "smugglers"),
])
def test_pronoun_in_a_fronted_clause_points_to_the_main_subject(pipeline, text, trigger, etype, party):
    event, names = _event_at(pipeline, text, trigger, etype)
    assert _named(names, event.recipients, party), (event.recipients, names)


# a casualty told in a relative clause on an attack's target ("the bombing of a market that killed 12") was dealt
# by the attack's doer; the place hit did not kill anyone
@pytest.mark.parametrize("text,trigger,doer,scene", [
    ("Malawi blamed the Red Dawn militia for the bombing of a police station in Tarsk that killed 14 people.",
     "killed", "Dawn", "station"),
    ("Saffron Front rebels claimed the attack on a school in Velka that wounded nine children.", "wounded",
     "Saffron", "school"),
])
def test_casualty_relative_on_an_attack_target_takes_the_attacker(pipeline, text, trigger, doer, scene):
    event, names = _event_at(pipeline, text, trigger, "ASSAULT")
    assert _named(names, event.actors, doer), (event.actors, names)
    assert not _named(names, event.actors, scene), (event.actors, names)


# "came under Laotian bombardment": the people or state named on the attack noun of a swapped frame attacked
@pytest.mark.parametrize("text,doer", [
    ("The border town of Kalvo has come under frequent Laotian bombardment since May.", "Laotian"),
    ("A Malawian patrol came under Estonian fire near Tarsk on Monday.", "Estonian"),
])
def test_nationality_on_the_noun_of_came_under_is_the_attacker(pipeline, text, doer):
    event, names = _event_at(pipeline, text, "came" if "came" in text else "come", "ASSAULT")
    assert _named(names, event.actors, doer), (event.actors, names)


# "the attack, which targeted X, ...": a relative clause of targeting on an attack noun names what it was aimed at
def test_relative_clause_of_targeting_names_the_attack_target(pipeline):
    event, names = _event_at(pipeline, "The raid, which targeted a Malawian border post, was claimed by the Red Dawn "
                             "militia.", "raid", "ASSAULT")
    assert _named(names, event.recipients, "Malawian"), (event.recipients, names)
    assert _named(names, event.actors, "Dawn"), (event.actors, names)


# "diplomats it accused of spying": a relative clause with its own subject accuses the noun it describes (not the
# headline "Woman accused of ...", where the subject is the accused)
def test_relative_clause_of_accusing_is_active(pipeline):
    event, names = _event_at(pipeline, "Estonia expelled two Malawian diplomats it accused of spying.", "accused",
                             "ACCUSE")
    assert _named(names, event.actors, "Estonia"), (event.actors, names)
    assert _named(names, event.recipients, "diplomats"), (event.recipients, names)
    assert not _named(names, event.recipients, "Estonia"), (event.recipients, names)


# "the journalist they had accused of inciting violence": a preposition followed by a gerund is not stranded, so
# the relative clause's object is still the noun it describes
def test_relative_clause_with_a_gerund_phrase_takes_its_noun_as_object(pipeline):
    event, names = _event_at(pipeline, "Police in Tarsk freed the journalist they had accused of inciting riots.",
                             "accused", "ACCUSE")
    assert _named(names, event.recipients, "journalist"), (event.recipients, names)


# "X were among those killed": the ones counted among the people an act was done to are its recipients
@pytest.mark.parametrize("text,trigger,etype,party", [
    ("Three Malawian soldiers were among those killed in the ambush near Tarsk.", "killed", "ASSAULT", "soldiers"),
    ("Two reporters were among the people detained by police in Velka.", "detained", "COERCE", "reporters"),
])
def test_people_counted_among_the_undergoers_are_recipients(pipeline, text, trigger, etype, party):
    event, names = _event_at(pipeline, text, trigger, etype)
    assert _named(names, event.recipients, party), (event.recipients, names)


# "the mayor of the northern Malawian city of Kalvo": the country named on the town a generic party belongs to
# joins it, as "a peacekeeping force in Liberia" gives Liberia
def test_country_named_on_the_town_of_a_generic_party_joins_it(pipeline):
    event, names = _event_at(pipeline, "Estonia on Wednesday freed the mayor of the northern Malawian city of Kalvo.",
                             "freed", "COERCE")
    assert _named(names, event.recipients, "mayor"), (event.recipients, names)
    assert _named(names, event.recipients, "Malawian"), (event.recipients, names)
