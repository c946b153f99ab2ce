"""events stage: recipients found beyond the verb's own argument positions (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from ..stage_helpers import coded


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


# The party an action bears on, buried in a modifier of the object or a clause-level phrase.
CLAUSE_RECIPIENTS = [
    ("Denmark accepted a formula for ending its dispute with its European partners.", "AGREE", "partners"),
    ("Guerrillas blew up power lines leading into Kabul.", "ASSAULT", "Kabul"),
    ("The minister declined to resign despite pressure from the anti-corruption commission.", "REJECT",
     "commission"),
    ("The senator denounced the suppression of the protests by Belarus.", "ACCUSE", "Belarus"),
    ("The president vetoed a Senate bill on energy.", "REJECT", "Senate"),
]


@pytest.mark.parametrize("text,etype,party", CLAUSE_RECIPIENTS)
def test_recipient_named_inside_the_clause(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_coordinated_clause_parties_are_not_recipients(pipeline):
    event, names = coded(pipeline, "Rebels attacked the town and the army arrested them.", "ASSAULT")
    assert not any("army" in names[r] for r in event.recipients), (event.recipients, names)


def test_reporting_clause_speaker_is_not_a_recipient(pipeline):
    event, names = coded(pipeline, "Guerrillas blew up a bridge near the border, police officials said.", "ASSAULT")
    assert not any("officials" in names[r] or "police" in names[r] for r in event.recipients), (event.recipients,
                                                                                                 names)


def test_plain_adjective_is_not_a_clause_recipient(pipeline):
    event, names = coded(pipeline, "Iran threatened to launch a new military offensive.", "THREATEN")
    assert not any("military" in names[r] for r in event.recipients), (event.recipients, names)


# The polity a generic party belongs to joins the recipients ("a peace-keeping force in Liberia" -> Liberia).
POLITIES = [
    ("Nigeria criticised the international peacekeeping force in Liberia.", "ACCUSE", "Liberia"),
    ("Rebels ambushed government troops in Chad on Friday.", "ASSAULT", "Chad"),
]


@pytest.mark.parametrize("text,etype,party", POLITIES)
def test_polity_of_a_generic_recipient(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# regression: "a state of emergency" was taken for a party (the state) and made the recipient
def test_state_of_emergency_is_not_a_party(pipeline):
    event, names = coded(pipeline, "The government lifted a state of emergency in the eastern province of Kivu.",
                         "CONCEDE")
    assert not any(names[r].lower().startswith("a state") or names[r] == "state" for r in event.recipients), (
        event.recipients, names)
    assert any("Kivu" in names[r] for r in event.recipients), (event.recipients, names)
    event, names = coded(pipeline, "The governor visited the state of Texas on Monday.", "CONSULT")
    assert any("Texas" in names[r] for r in event.recipients)


# A name after a locative preposition is a place: the recipient fallback must not make it a party (or an actor).
@pytest.mark.parametrize("text", [
    "Coalition jets struck rebel positions near Tarkaya overnight.",
    "The militia shelled the hills west of Tarkaya overnight.",
])
def test_locative_name_is_not_a_fallback_recipient(pipeline, text):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    assert not any("Tarkaya" in names[r] for e in analysis.events for r in e.recipients), (
        [(e.type, e.recipients) for e in analysis.events], names)


# A coordinated verb sharing the subject continues the same action: its party counts for the first verb.
def test_shared_subject_coordination_lends_its_party(pipeline):
    event, names = coded(pipeline, "Chile restored diplomatic relations with and reopened its embassy in Caracas.",
                         "SUPPORT")
    assert any("Caracas" in names[r] for r in event.recipients), (event.recipients, names)


# regression: the city where a meeting takes place was coded as the other party of the meeting
def test_place_of_a_meeting_is_not_its_recipient(pipeline):
    event, names = coded(pipeline, "The two presidents will meet in Geneva next month.", "CONSULT")
    assert not any("Geneva" in names[r] for r in event.recipients), (event.recipients, names)


# regression: the deployed troops themselves were the recipient when the party is named in the destination
@pytest.mark.parametrize("text,party", [
    ("Russia deployed troops along the Ukrainian border.", "Ukrainian"),
    ("China massed tanks near the Indian frontier.", "Indian"),
    ("Turkey has deployed thousands of troops along its border with Syria.", "Syria"),
])
def test_mobilization_recipient_is_the_party_at_the_destination(pipeline, text, party):
    event, names = coded(pipeline, text, "MOBILIZE")
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# A bare count of people harmed, held or rescued is the recipient (the actors stage makes it an actor).
COUNT_RECIPIENTS = [
    ("The two men set off a bomb at the fair, killing one woman and injuring 57.", "ASSAULT", "57"),
    ("By the end of the year, 312 had been killed by the militia.", "ASSAULT", "312"),
    ("The attack left four guards dead and more than 40 injured.", "ASSAULT", "40"),
    ("A roadside bomb left two soldiers dead and another 9 wounded.", "ASSAULT", "9"),
    ("Soldiers stormed the camp and arrested 23.", "COERCE", "23"),
]


@pytest.mark.parametrize("text,etype,count", COUNT_RECIPIENTS)
def test_bare_count_is_the_recipient(pipeline, text, etype, count):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    assert any(e.type == etype and any(names[r].startswith(count) or f" {count} " in f" {names[r]} "
                                       for r in e.recipients) for e in analysis.events), [
        (e.type, e.trigger.text, [names.get(r) for r in e.recipients]) for e in analysis.events]


def test_reduced_passive_count_is_no_actor(pipeline):
    analysis = pipeline.analyse(Article(text="The blast left 20 people dead and more than 120 injured."))
    names = {a.id: a.name for a in analysis.actors or []}
    assert not any("120" in names[a] for e in analysis.events for a in e.actors), [
        (e.trigger.text, [names.get(a) for a in e.actors]) for e in analysis.events]


# A place or building an attack is aimed at is the recipient, as its people or institution.
TARGET_RECIPIENTS = [
    ("Rebel fighters shelled the village for a second day.", "ASSAULT", "village"),
    ("Masked men attacked a police station near the border.", "ASSAULT", "police"),
    ("The militants launched an attack on a crowded market.", "ASSAULT", "market"),
]


@pytest.mark.parametrize("text,etype,party", TARGET_RECIPIENTS)
def test_attacked_place_is_the_recipient(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_count_with_an_of_phrase_leaves_the_people_named_there(pipeline):
    event, names = coded(pipeline, "The regime tortured and executed hundred of thousands of Kurds.", "ASSAULT")
    assert any("Kurds" in names[r] for r in event.recipients), (event.recipients, names)


# A date or amount written as a proper noun modifying the object is when, not whom.
@pytest.mark.parametrize("text,etype", [
    ("Allied jets carried out the Friday airstrike after a warning.", "ASSAULT"),
    ("The militia claimed the Monday bombing in a statement.", "ASSAULT"),
])
def test_a_date_modifying_the_object_is_no_recipient(pipeline, text, etype):
    analysis = pipeline.analyse(Article(text=text))
    days = {a.id for a in analysis.actors or [] if a.name in ("Friday", "Monday")}
    events = [e for e in analysis.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert not any(days & set(e.recipients) for e in events), (events, days)


def test_a_name_in_apposition_to_a_kinship_noun_is_the_recipient(pipeline):
    event, names = coded(pipeline, "His younger brother Dzhokhar was captured by police a day later.", "COERCE")
    assert any("Dzhokhar" in names[r] for r in event.recipients), (event.recipients, names)


# People named by their role in a case or an office are parties when arrested, tried or attacked.
@pytest.mark.parametrize("text,etype,party", [
    ("Two suspects were arrested in the port city.", "COERCE", "suspects"),
    ("The court sentenced the defendant to ten years in prison.", "COERCE", "defendant"),
    ("Gunmen shot a local councillor outside his home.", "ASSAULT", "councillor"),
    ("Militants abducted a pilot near the airfield.", "ASSAULT", "pilot"),
    ("Security agents detained his wife at the border.", "COERCE", "wife"),
    ("Gunmen shot two brothers outside a mosque.", "ASSAULT", "brothers"),
    ("The miners demanded unpaid wages from the management.", "REQUEST", "management"),
    ("Germany urged both sides to return to the negotiating table.", "REQUEST", "sides"),
    ("Militants attacked a group of veterans near the memorial.", "ASSAULT", "veterans"),
])
def test_role_nouns_for_people_are_recipients(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# "its"/"their" on what an action is done to points past the doer to the party owning the target.
@pytest.mark.parametrize("text,etype,party", [
    ("Israel said Hezbollah had attacked its soldiers near the border.", "ASSAULT", "Israel"),
    ("Ukraine said Russian forces shelled its towns overnight.", "ASSAULT", "Ukraine"),
    ("Turkey accused the Kurdish militia of attacking its troops.", "ASSAULT", "Turkey"),
])
def test_possessive_recipient_brings_its_owner(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)
    assert not any(party in names[a] for a in event.actors), (event.actors, names)


def test_possessive_of_the_doer_alone_adds_no_recipient(pipeline):
    event, names = coded(pipeline, "The United States withdrew its ambassador.", "SANCTION")
    assert not any("United States" in names[r] for r in event.recipients), (event.recipients, names)


# An attack noun's casualties named around it: "died in the ambush", "victims of the bombing".
@pytest.mark.parametrize("text,party", [
    ("Four soldiers died in the ambush near the border.", "soldiers"),
    ("The victims of the bombing were buried on Friday.", "victims"),
])
def test_casualties_around_an_attack_noun_are_its_recipients(pipeline, text, party):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    events = [e for e in analysis.events if e.type == "ASSAULT" and e.trigger.text in ("ambush", "bombing")]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(party in names[r] for e in events for r in e.recipients), (events, names)


# A clause-level "in defiance of X" / "in protest against X" / "in retaliation for X's raid" names the party aimed at.
@pytest.mark.parametrize("text,etype,party", [
    ("Farmers blocked roads near the port in defiance of the provincial government.", "PROTEST",
     "provincial government"),
    ("Thousands marched in Lyon in protest against the labour reform of the prime minister.", "PROTEST",
     "prime minister"),
    ("The army shelled the town in retaliation for the rebels' raid on a checkpoint.", "ASSAULT", "rebels"),
])
def test_stance_phrase_names_the_recipient(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_stance_nouns_load_from_data():
    from eventwire.knowledge.plover import load_lexicon

    assert {"defiance", "protest", "retaliation"} <= load_lexicon().stance_nouns


# "those" with a participle or relative clause describes people: a party of its own.
@pytest.mark.parametrize("text,etype,side,party", [
    ("The families of those killed in the airstrike demanded an inquiry.", "ASSAULT", "recipients",
     "those killed"),
    ("Several of those injured were taken to hospital.", "ASSAULT", "recipients", "those injured"),
    ("Prosecutors will charge those who attacked the convoy.", "ASSAULT", "actors", "those"),
])
def test_those_described_by_a_clause_are_a_party(pipeline, text, etype, side, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[i] for i in getattr(event, side)), (event, names)


# A passive verb sharing its subject with a coordinated active verb: the subject undergoes it.
@pytest.mark.parametrize("text,etype,party", [
    ("The rebel commander fled across the border but was captured on Monday.", "COERCE", "commander"),
    ("The leader of the militia, named last week, was assassinated on Monday.", "ASSAULT", "leader"),
])
def test_coordinated_passive_subject_is_the_recipient(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)
    assert not any(party in names[a] for a in event.actors), (event.actors, names)


# A state named as the party acted upon is coded with its country, as the actors stage codes a state that acts.
@pytest.mark.parametrize("text,etype,code", [
    ("The Navy fired missiles at Russia this week.", "ASSAULT", "RUS"),
    ("Canada imposed new sanctions on Venezuela.", "SANCTION", "VEN"),
    ("The protester damaged the Turkish consulate.", "ASSAULT", "TUR"),
])
def test_state_recipient_gets_its_country_code(pipeline, text, etype, code):
    analysis = pipeline.analyse(Article(text=text))
    countries = {a.id: a.country for a in analysis.actors or []}
    events = [e for e in analysis.events if e.type == etype] or list(analysis.events)
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(countries.get(r) == code for e in events for r in e.recipients), (events, countries)


# "X received Y from Z": Z gives, X receives.
@pytest.mark.parametrize("text,giver,receiver", [
    ("The rebels received money from Iran.", "Iran", "rebels"),
    ("Kenya received a loan from the World Bank.", "World Bank", "Kenya"),
])
def test_receiver_is_the_recipient_of_a_from_giver(pipeline, text, giver, receiver):
    event, names = coded(pipeline, text, "AID")
    assert any(giver in names[a] for a in event.actors), (event.actors, names)
    assert any(receiver in names[r] for r in event.recipients), (event.recipients, names)


def test_pronoun_in_a_phrase_of_the_reported_clause_is_the_speaker(pipeline):
    event, names = coded(pipeline, "Jordan said a rocket was fired at it from across the frontier on Sunday.",
                         "ASSAULT")
    assert any("Jordan" in names[r] for r in event.recipients), (event.recipients, names)


def test_condition_subject_joins_a_threat_with_its_own_object(pipeline):
    event, names = coded(pipeline, "Tehran threatened to close the Strait of Hormuz if Washington imposed new sanctions.",
                         "THREATEN")
    assert any("Washington" in names[r] for r in event.recipients), (event.recipients, names)


def test_state_named_as_recipient_joins_the_actor_for_that_state(pipeline):
    analysis = pipeline.analyse(Article(text="Damascus rejected the plan, and Israel later struck Syria."))
    events = [e for e in analysis.events if e.type == "ASSAULT"]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    by_id = {a.id: a for a in analysis.actors}
    (recipient,) = events[0].recipients
    texts = {m.text for m in by_id[recipient].mentions}
    assert {"Damascus", "Syria"} <= texts, texts
    spans = analysis.shared["actor_spans"]
    start = analysis.text.index("Syria")
    assert (start, start + 5, recipient) in spans


def test_pronoun_subject_of_a_denial_is_the_denier(pipeline):
    analysis = pipeline.analyse(Article(text="Cuba denied that it had shot down a civilian aircraft."))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.type == "ASSAULT"]
    assert events and any("Cuba" in names[a] for a in events[0].actors), (events, names)


def test_position_verbs_load_from_data():
    from eventwire.knowledge.plover import load_lexicon

    assert {"deny", "vow", "warn"} <= load_lexicon().position_verbs


def test_threat_about_the_speakers_own_act_targets_its_object(pipeline):
    analysis = pipeline.analyse(Article(text="The group warned that it would attack foreign troops."))
    names = {a.id: a.name for a in analysis.actors}
    threats = [e for e in analysis.events if e.type == "THREATEN"]
    assert threats and all(any("troops" in names[r] for r in e.recipients) for e in threats), (threats, names)


# A vehicle or building attacked stands for the people its own phrase names.
@pytest.mark.parametrize("text,party", [
    ("A convoy carrying aid workers was attacked near the border.", "aid workers"),
    ("Rebels shot down a helicopter carrying government troops.", "government troops"),
    ("Gunmen opened fire on a bus full of pilgrims.", "pilgrims"),
    ("Jets bombed a house belonging to a militia commander.", "commander"),
])
def test_occupants_of_an_attacked_vehicle_or_building_are_recipients(pipeline, text, party):
    event, names = coded(pipeline, text, "ASSAULT")
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_occupant_verbs_load_from_data():
    from eventwire.knowledge.plover import load_lexicon

    assert {"carry", "belong", "use"} <= load_lexicon().occupant_verbs


def test_partner_of_an_event_noun_comes_before_its_place(pipeline):
    event, names = coded(pipeline, "The Indian foreign minister held talks with his Pakistani counterpart in Islamabad.",
                         "CONSULT")
    assert any("counterpart" in names[r] for r in event.recipients), (event.recipients, names)


# A town an attack is named after is where it hit, not who did it; a state's name stays the doer.
def test_town_naming_an_attack_is_hit_not_hitter(pipeline):
    event, names = coded(pipeline, "The Springfield bombing injured 29 people.", "ASSAULT")
    assert not any("Springfield" in names[a] for a in event.actors), (event.actors, names)


@pytest.mark.parametrize("text,state", [
    ("US strikes hit the rebel base.", "US"),
    ("The United Kingdom raids hit three towns.", "United Kingdom"),
])
def test_state_naming_strikes_stays_the_doer(pipeline, text, state):
    event, names = coded(pipeline, text, "ASSAULT")
    assert any(state in names[a] for a in event.actors), (event.actors, names)


def test_attack_noun_merged_into_its_verb_brings_its_target(pipeline):
    event, names = coded(pipeline, "Two guards were killed in an attack on the embassy.", "ASSAULT")
    assert any("embassy" in names[r] for r in event.recipients), (event.recipients, names)
    assert any("guards" in names[r] for r in event.recipients), (event.recipients, names)


def test_possessive_pointing_at_a_thing_adds_no_party(pipeline):
    analysis = pipeline.analyse(Article(text="The ministry condemned the airstrike and said its organizers must be punished."))
    names = {a.id: a.name for a in analysis.actors}
    assert not any("ministry" in names[r].lower() for e in analysis.events for r in e.recipients), (
        analysis.events, names)


def test_active_doer_around_an_attack_noun_is_no_casualty(pipeline):
    analysis = pipeline.analyse(Article(text="The army seized power in a coup last May."))
    names = {a.id: a.name for a in analysis.actors}
    coups = [e for e in analysis.events if e.trigger.text == "coup"]
    assert not any("army" in names[r] for e in coups for r in e.recipients), (coups, names)


def test_threat_about_a_non_hostile_act_takes_no_object_as_target(pipeline):
    analysis = pipeline.analyse(Article(text="The president warned that he would order a review of the budget."))
    names = {a.id: a.name for a in analysis.actors}
    threats = [e for e in analysis.events if e.type == "THREATEN"]
    assert not any("review" in names.get(r, "") for e in threats for r in e.recipients), (threats, names)


# A participle sharing its lemma with an actor noun ("suspected", "accused") is no party.
def test_participle_modifier_is_no_party(pipeline):
    analysis = pipeline.analyse(Article(text="The company hired investigators to examine the suspected hack."))
    names = {a.id: a.name for a in analysis.actors}
    assert not any(names.get(r) == "suspected" for e in analysis.events for r in e.recipients), (
        analysis.events, names)


# A verb about an event ("complained about X's visits", "apologized for the killing of Y") bears on its party.
@pytest.mark.parametrize("text,etype,party", [
    ("Beijing complained about Tokyo's visits to the shrine.", "ACCUSE", "Tokyo"),
    ("Britain apologized for the killing of civilians in Basra.", "SUPPORT", "civilians"),
])
def test_party_of_the_event_a_verb_is_about(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


# "X suffered/saw/faced an attack": X undergoes it; "bombings targeted at X": X is what they hit.
@pytest.mark.parametrize("text,party", [
    ("The army suffered a deadly ambush near the border.", "army"),
    ("The province has seen numerous bombings targeted at the police.", "police"),
])
def test_experiencer_and_target_of_an_attack_noun_are_recipients(pipeline, text, party):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.type == "ASSAULT" and e.trigger.text in ("ambush", "bombings")]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(party in names[r].lower() for r in events[0].recipients), (events, names)
    assert not any(party in names[a].lower() for a in events[0].actors), (events, names)


def test_experiencer_verbs_load_from_data():
    from eventwire.knowledge.plover import load_lexicon

    assert {"suffer", "see", "face"} <= load_lexicon().experiencer_verbs


def test_who_answers_a_request_is_its_recipient(pipeline):
    analysis = pipeline.analyse(Article(text="The government quietly sidestepped the opposition's request for new "
                                             "elections."))
    names = {a.id: a.name for a in analysis.actors}
    requests = [e for e in analysis.events if e.type == "REQUEST"]
    assert requests, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("opposition" in names[a] for a in requests[0].actors), (requests, names)
    assert any("government" in names[r] for r in requests[0].recipients), (requests, names)


# "X did A but only B and C have been detained": the parser coordinates B and C with a noun of the first clause
# and leaves the second verb without a subject; B and C are who was detained, not X (and not objects of A).
@pytest.mark.parametrize("text,trigger,parties,first_party", [
    ("Prosecutors issued nine warrants after the riot but only Bilal Ahmed and Karim Mansour have been "
     "detained.", "detained", ("Bilal Ahmed", "Karim Mansour"), "Prosecutors"),
    ("Officers questioned dozens of residents but only Ahmed Saleh and Karim Nasser have been arrested.",
     "arrested", ("Ahmed Saleh", "Karim Nasser"), "Officers"),
])
def test_subject_stranded_after_a_contrasting_conjunction(pipeline, text, trigger, parties, first_party):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.trigger.text == trigger]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    got = [names[r] for r in events[0].recipients]
    assert all(any(p in g for g in got) for p in parties), (events, names)
    assert not any(first_party in g for g in got), (events, names)
    others = [e for e in analysis.events if e.trigger.text != trigger and e.type == "ACCUSE"]
    for e in others:  # "questioned dozens of residents": the stranded subject is not questioned
        assert not any(parties[0] in names[r] for r in e.recipients), (e, names)


# The "of" phrase of a protest noun names who protests when it names people, and what is boycotted when it names
# a thing: then the thing's owner is the recipient and no actor ("a boycott of Danish products").
@pytest.mark.parametrize("text,actor,recipient", [
    ("Unions called for a boycott of Danish products.", None, "Danish"),
    ("A demonstration of nurses blocked the main road.", "nurses", None),
])
def test_protest_noun_of_phrase_names_protesters_or_the_boycotted(pipeline, text, actor, recipient):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.type == "PROTEST"]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    acts = [names[a] for a in events[0].actors]
    recs = [names[r] for r in events[0].recipients]
    if recipient is not None:
        assert any(recipient in r for r in recs), (events, names)
        assert not any(recipient in a for a in acts), (events, names)
    if actor is not None:
        assert any(actor in a for a in acts), (events, names)


# Who forces a party to give in or pull back is the party the concession or retreat is made to; "compel" makes
# its object (not its subject) the one who withdraws.
@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("Foreign troops entered the capital, forcing the junta to capitulate.", "CONCEDE", "junta", "Foreign troops"),
    ("The rebels compelled the army to withdraw from the town.", "RETREAT", "army", "rebels"),
    ("The army was forced to withdraw by the rebels.", "RETREAT", "army", "rebels"),
])
def test_coercer_is_the_recipient_of_a_forced_yield(pipeline, text, etype, actor, recipient):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.type == etype]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(actor in names[a] for a in events[0].actors), (events, names)
    assert any(recipient in names[r] for r in events[0].recipients), (events, names)


def test_coercive_control_verbs_load_from_data():
    from eventwire.knowledge.plover import load_lexicon

    assert {"force", "compel"} <= load_lexicon().coercive_control_verbs


# "X, who police say the gunman shot": the verb reported inside the relative clause has its own subject, so the
# noun the clause modifies is its object; with no subject of its own ("who officials say fled") nothing changes.
def test_object_of_a_verb_reported_in_a_relative_clause(pipeline):
    analysis = pipeline.analyse(Article(text="Mourners gathered for Officer Dan Reyes, who police say the gunman shot "
                                             "on Sunday."))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.trigger.text == "shot"]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("gunman" in names[a] for a in events[0].actors), (events, names)
    assert any("Reyes" in names[r] for r in events[0].recipients), (events, names)
    assert not any("police" in names[r].lower() for r in events[0].recipients), (events, names)


# "a man who officials say attacked two officers": the relative pronoun is the reported verb's subject and stands
# for the noun the clause modifies, not for the officials who say it.
def test_relative_subject_of_a_reported_verb_is_the_modified_noun(pipeline):
    analysis = pipeline.analyse(Article(text="Police arrested a man who officials say attacked two officers."))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.trigger.text == "attacked"]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("man" in names[a] for a in events[0].actors), (events, names)
    assert not any("officials" in names[a] for a in events[0].actors), (events, names)


# A people named as the modifier of a genocide-type noun is its victim, not its perpetrator (cues.yaml
# victim_people_nouns); other attack nouns keep the people as the doer ("Israeli raids").
def test_people_modifier_of_a_genocide_noun_is_the_recipient(pipeline):
    analysis = pipeline.analyse(Article(text="Scholars gathered to discuss the Cambodian genocide."))
    names = {a.id: a.name for a in analysis.actors}
    events = [e for e in analysis.events if e.trigger.text == "genocide"]
    assert events, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("Cambodia" in names[r] for r in events[0].recipients), (events, names)
    assert not any("Cambodia" in names[a] for a in events[0].actors), (events, names)


def test_victim_people_nouns_load_from_data():
    from eventwire.knowledge.plover import load_lexicon

    assert "genocide" in load_lexicon().victim_people_nouns


# What an attack is carried out with is no party, nor is the word for its kind: the party hit is the one named
# where the weapon is aimed ("at/on/into/near ...").
INSTRUMENT_OBJECTS = [
    ("Border troops fired artillery shells near a Pakistani patrol boat.", "artillery", "Pakistani"),
    ("The militia fired tank shells into the Kurdish enclave on Monday.", "tank", "Kurdish"),
    ("Government aircraft dropped bombs on rebel camps in the hills.", "aircraft", "rebel"),
]


@pytest.mark.parametrize("text,weapon_word,party", INSTRUMENT_OBJECTS)
def test_weapon_object_is_not_the_recipient(pipeline, text, weapon_word, party):
    event, names = coded(pipeline, text, "ASSAULT")
    assert not any(weapon_word in names[r] for r in event.recipients), (event.recipients, names)
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)


def test_light_verb_event_noun_takes_a_clause_recipient(pipeline):
    # "launched a crackdown across the Kurdish region": the event noun after a light verb has no phrase of its
    # own naming whom it bears on; the party named in the rest of its clause is the recipient
    event, names = coded(pipeline, "The army launched a crackdown across the Kurdish region.", "COERCE")
    assert any("Kurdish" in names[r] for r in event.recipients), (event.recipients, names)


# Two coordinated verbs sharing a subject share the object the parser hangs on the last one only.
SHARED_OBJECTS = [
    ("Rebels attacked and looted the town.", "ASSAULT", "town"),
    ("Militants ambushed and then burned a police convoy.", "ASSAULT", "police"),
]


@pytest.mark.parametrize("text,etype,party", SHARED_OBJECTS)
def test_coordinated_verbs_share_their_object(pipeline, text, etype, party):
    event, names = coded(pipeline, text, etype)
    assert event.trigger.text.split()[0] in ("attacked", "ambushed"), event.trigger.text
    assert any(party in names[r] for r in event.recipients), (event.recipients, names)



def test_yielding_verb_does_not_take_the_next_verbs_object(pipeline):
    # the one forcing the surrender is the party given in to, not the object of the verb coordinated with it
    event, names = coded(pipeline, "The army forced the rebels to surrender and release the hostages.", "RETREAT")
    assert not any("hostages" in names[r] for r in event.recipients), (event.recipients, names)
    assert any("army" in names[r] for r in event.recipients), (event.recipients, names)



def test_reduced_relative_read_as_past_tense_is_passive(pipeline):
    # "the four soldiers killed and ...": a past form on a noun with no subject of its own is a reduced passive
    # relative even when the tagger reads it as a past tense (it does here); the noun undergoes the killing
    analysis = pipeline.analyse(Article(text="We express our condolences to the families of the four Italian "
                                             "soldiers killed and to those injured in the bombing."))
    names = {a.id: " ".join(m.text for m in a.mentions) for a in analysis.actors}
    killed = [e for e in analysis.events if e.trigger.text == "killed"]
    assert killed, [(e.type, e.trigger.text) for e in analysis.events]
    assert any("soldiers" in names[r] for r in killed[0].recipients), (killed[0].recipients, names)
    assert not any("soldiers" in names[a] for a in killed[0].actors), (killed[0].actors, names)


# The place a visit is paid in is its host; a meeting held in a city is not a visit to it.
def test_place_of_a_visit_is_the_recipient(pipeline):
    event, names = coded(pipeline, "The Egyptian foreign minister arrived in Tel Aviv on Sunday for talks.", "CONSULT")
    assert any("Tel Aviv" in names[r] for r in event.recipients), (event.recipients, names)


def test_venue_of_a_meeting_is_not_the_recipient(pipeline):
    event, names = coded(pipeline, "The two foreign ministers met in Geneva on Sunday.", "CONSULT")
    assert not any("Geneva" in names[r] for r in event.recipients), (event.recipients, names)


def test_named_place_attacked_is_the_recipient(pipeline):
    # the tagger reads the town as a common noun with a location label: it still stands for those attacked
    event, names = coded(pipeline, "Government troops shelled Homs overnight.", "ASSAULT")
    assert any("Homs" in names[r] for r in event.recipients), (event.recipients, names)


def test_both_parties_of_a_welcomed_event_are_recipients(pipeline):
    # "welcomed the resumption of talks between A and B": the event the object noun's "of" phrase names has two
    # parties, and both are what the welcoming bears on
    event, names = coded(pipeline, "Germany welcomed the resumption of talks between Serbia and Kosovo.", "SUPPORT")
    assert any("Serbia" in names[r] for r in event.recipients), (event.recipients, names)
    assert any("Kosovo" in names[r] for r in event.recipients), (event.recipients, names)


def test_who_dies_is_the_recipient(pipeline):
    # "died at the hands of X": the one who dies undergoes the violence; "at the hands of" names who dealt it
    event, names = coded(pipeline, "Three civilians died at the hands of government forces.", "ASSAULT")
    assert any("civilians" in names[r] for r in event.recipients), (event.recipients, names)
    assert any("forces" in names[a] for a in event.actors), (event.actors, names)
    assert not any("civilians" in names[a] for a in event.actors), (event.actors, names)


# A place named as the scene of an event-noun subject did not act; an attack's scene is what it hit.
SCENES = [
    ("A bomb blast in Quetta killed 15 people.", "Quetta"),
    ("Fighting in Mogadishu has killed at least 30 people.", "Mogadishu"),
]


@pytest.mark.parametrize("text,place", SCENES)
def test_scene_of_an_event_noun_subject_is_not_the_actor(pipeline, text, place):
    event, names = coded(pipeline, text, "ASSAULT")
    assert event.trigger.text == "killed", event.trigger.text
    assert not any(place in names[a] for a in event.actors), (event.actors, names)
    assert any(place in names[r] for r in event.recipients), (event.recipients, names)


def test_attack_on_things_in_a_place_hits_the_place(pipeline):
    # the object names no party, so the place the things hit are in stands for those attacked
    event, names = coded(pipeline, "NATO aircraft bombed targets in Tripoli overnight.", "ASSAULT")
    assert any("Tripoli" in names[r] for r in event.recipients), (event.recipients, names)


def test_venue_of_a_meeting_with_an_object_is_not_the_recipient(pipeline):
    event, names = coded(pipeline, "The ministers discussed trade in Geneva on Monday.", "CONSULT")
    assert not any("Geneva" in names[r] for r in event.recipients), (event.recipients, names)


def test_clause_recipient_keeps_its_coordinated_parties(pipeline):
    event, names = coded(pipeline, "Russia offered to mediate between Israel and the Palestinians.", "AGREE")
    assert any("Israel" in names[r] for r in event.recipients), (event.recipients, names)
    assert any("Palestinians" in names[r] for r in event.recipients), (event.recipients, names)


def test_reciprocal_object_makes_the_actors_recipients(pipeline):
    # "A and B blamed each other": each side is done to by the other
    event, names = coded(pipeline, "Israel and Hamas blamed each other for the collapse of the truce.", "ACCUSE")
    for party in ("Israel", "Hamas"):
        assert any(party in names[r] for r in event.recipients), (event.recipients, names)
        assert any(party in names[a] for a in event.actors), (event.actors, names)


# An event noun that is the subject of an occurrence verb ("fighting broke out") is reported by that verb: the
# verb's "between" phrase names the event's sides.
def test_occurrence_verb_between_phrase_gives_the_sides(pipeline):
    event, names = coded(pipeline, "Fighting broke out between rival militias in Tripoli.", "ASSAULT")
    assert any("militias" in names[a] for a in event.actors), (event.actors, names)


# "the detention of X by Y": the parser hangs the doer's "by" phrase on the act's "of" object.
def test_condemned_acts_doer_is_the_accused(pipeline):
    event, names = coded(pipeline, "Amnesty condemned the detention of three journalists by Egyptian authorities.",
                         "ACCUSE")
    assert any("authorities" in names[r] for r in event.recipients), (event.recipients, names)
    assert not any("journalists" in names[r] for r in event.recipients), (event.recipients, names)


def test_by_phrase_on_the_of_object_is_the_event_nouns_actor(pipeline):
    event, names = coded(pipeline, "The arrest of the opposition leader by security forces triggered protests.",
                         "COERCE")
    assert any("security forces" in names[a] for a in event.actors), (event.actors, names)
    assert any("opposition leader" in names[r] for r in event.recipients), (event.recipients, names)


def test_name_before_an_amount_is_the_payee(pipeline):
    # "gave Egypt 2 billion dollars": the parser hangs the name on the amount and the tagger sweeps it into the
    # amount's entity; it is still who receives the money, named by itself
    event, names = coded(pipeline, "Saudi Arabia gave Egypt 2 billion dollars.", "AID")
    assert any(names[r].split()[0] == "Egypt" and "dollars" not in names[r] for r in event.recipients), (
        event.recipients, names)


# The way a withdrawing side goes is a place, not a party given way to; the party left ("from X") and the party a
# thing is handed over to stay recipients.
@pytest.mark.parametrize("text", [
    "The Tarvel militia withdrew towards the capital Osrana after a week of fighting.",
    "Government troops pulled back toward the border town of Velka on Friday.",
    "The insurgents retreated into the Morrow hills overnight.",
])
def test_direction_of_a_withdrawal_is_no_recipient(pipeline, text):
    event, names = coded(pipeline, text, "RETREAT")
    assert not event.recipients, ({r: names[r] for r in event.recipients}, text)


def test_party_a_town_is_handed_over_to_stays_the_recipient(pipeline):
    event, names = coded(pipeline, "The Tarvel militia handed over the town to government troops.", "RETREAT")
    assert any("troops" in names[r] for r in event.recipients), (event.recipients, names)


# "came under shelling by X": the parser hangs the "by" phrase on "came"; X is the attacker, the subject is hit.
@pytest.mark.parametrize("text,attacker,hit", [
    ("The border garrison came under heavy shelling by rebel groups.", "rebel", "garrison"),
    ("Police officers in the town came under attack by armed men, the ministry said.", "armed men", "Police"),
])
def test_by_phrase_after_came_under_names_the_attacker(pipeline, text, attacker, hit):
    event, names = coded(pipeline, text, "ASSAULT")
    assert any(attacker in names[a] for a in event.actors), (event.actors, names)
    assert any(hit in names[r] for r in event.recipients), (event.recipients, names)


# A relative clause on an event noun saying whom the act was aimed at, also through a raising verb.
@pytest.mark.parametrize("text,party", [
    ("The Tarvel militia claimed the bombings, which appeared to be aimed at local officials.", "officials"),
    ("Officials described the raids, which seemed to be directed against aid workers.", "workers"),
])
def test_relative_clause_names_whom_an_event_noun_was_aimed_at(pipeline, text, party):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    nouns = [e for e in analysis.events if e.type == "ASSAULT" and any(w in e.trigger.text for w in ("bombings", "raids"))]
    assert nouns, [(e.type, e.trigger.text) for e in analysis.events]
    assert any(party in names[r] for r in nouns[0].recipients), (nouns[0].recipients, names)


# An act drawn or sparked by an event noun is a reaction: its parties are not the first act's recipients.
def test_parties_of_a_reaction_are_not_recipients_of_the_act_that_drew_it(pipeline):
    analysis = pipeline.analyse(Article(text="Russia's invasion of Georgia drew sanctions from the European Union."))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    invasion = [e for e in analysis.events if e.trigger.text == "invasion"]
    assert invasion, [(e.type, e.trigger.text) for e in analysis.events]
    assert not any("European" in names[r] for r in invasion[0].recipients), (invasion[0].recipients, names)
