"""events stage: plans, threats, instruments, headline modifiers and event dates on real-article patterns
(hand-built sentences).

- a planned protest is one PROTEST in the future, not a THREATEN ("plans to hold a rally", "said they would
  march"); a plan that is denied ("did not plan to meet") is no REJECT; a commitment to a recipient ("will
  provide Y with aid") stays AGREE, and "said it would not send" stays a refusal;
- a threat verb with its threatened act ("warned that the country would cut ties with X") is one THREATEN, whose
  PLOVER mode and recipients come from that act, or from the act's words when the act is no event of its own;
- a "with" phrase naming a weapon or tool is no recipient, and gives the attack its means;
- a word that modifies a headline verb's object ("Army will attack rebel town") is no trigger;
- an event takes its own clause's time, not the time of the verb reporting it or of another event; a
  commitment read off a reported "will" is dated when it is said;
- of the same kind: "has no plans to", a cancelled or banned plan, "armed with" descriptions, figurative "hang".
"""

from __future__ import annotations

import pytest

from eventwire.document import Article

PUBLISHED = "2024-03-06"  # a Wednesday: "Monday" is 2024-03-04, "Sunday" 2024-03-03, "Tuesday" 2024-03-05


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "times", "quotes", "events")


def analyse(pipeline, text: str, *, title: str | None = None):
    analysis = pipeline.analyse(Article(text=text, title=title, published=PUBLISHED))
    names = {a.id: a.name for a in analysis.actors or []}
    return analysis.events, names


def named(names: dict, ids: list[str]) -> list[str]:
    return [names.get(i, i).lower() for i in ids]


# --- planned protests ------------------------------------------------------------------------------------------
PLANNED_PROTESTS = [
    "The opposition group plans to hold a rally on Sunday.",
    "The farmers' union plans to stage a march through the city next month.",
    "Students intend to hold a sit-in outside the ministry.",
    "Protesters said they would march to parliament.",
    "The opposition plans a rally in the capital.",
]


@pytest.mark.parametrize("text", PLANNED_PROTESTS)
def test_a_planned_protest_is_a_future_protest_not_a_threat(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert [e.type for e in events] == ["PROTEST"], [(e.type, e.status, e.trigger.text) for e in events]
    assert events[0].status == "future"


def test_a_reported_march_is_sourced_to_the_protesters(pipeline):
    events, names = analyse(pipeline, "Protesters said they would march to parliament.")
    protest = next(e for e in events if e.type == "PROTEST")
    assert protest.source is not None and "protesters" in names[protest.source].lower()


@pytest.mark.parametrize("text,etype", [
    ("The rebels said they would attack the city if the talks failed.", "ASSAULT"),
    ("Protesters said they would have marched to parliament.", "PROTEST"),
])
def test_a_reported_would_with_a_condition_or_have_stays_hypothetical(pipeline, text, etype):
    events, _ = analyse(pipeline, text)
    acts = [e for e in events if e.type == etype]
    assert acts and acts[0].status == "hypothetical"


def test_a_reported_would_is_a_future_act(pipeline):
    events, _ = analyse(pipeline, "Officials said the minister would visit Kenya next week.")
    visits = [e for e in events if e.type == "CONSULT"]
    assert visits and visits[0].status == "future"


def test_a_planned_protest_with_an_ultimatum_is_still_a_threat(pipeline):
    # "will strike unless ...": the protest is the threatened act of an ultimatum (PLOVER THREATEN, mode restrict)
    events, _ = analyse(pipeline, "The union said it will hold a general strike unless wages are raised.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].mode == "restrict" and threats[0].status == "asserted"


def test_a_headline_plan_holds_its_event_to_the_future(pipeline):
    title = "Group Plans Rally On Sunday"
    events, _ = analyse(pipeline, title + "\n\nThe statement came after weeks of tension in the region.", title=title)
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and all(e.status == "future" for e in protests)


# --- denied plans, refusals and commitments ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The government did not plan to hold talks with the rebels.",
    "Officials do not intend to meet the delegation.",
])
def test_a_denied_plan_is_no_rejection(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert not any(e.type == "REJECT" for e in events), [(e.type, e.status) for e in events]
    assert any(e.type == "CONSULT" and e.status == "negated" for e in events)


def test_a_denied_plan_to_protest_is_a_negated_protest(pipeline):
    events, _ = analyse(pipeline, "The union did not plan to hold a strike.")
    assert [(e.type, e.status) for e in events] == [("PROTEST", "negated")]


def test_having_no_plans_negates_the_act(pipeline):
    events, _ = analyse(pipeline, "The minister has no plans to meet the protesters.")
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and meetings[0].status == "negated"
    assert not any(e.type == "REJECT" for e in events)


def test_having_no_intention_negates_the_act(pipeline):
    events, _ = analyse(pipeline, "The army has no intention of attacking the town.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and attacks[0].status == "negated"


def test_the_purpose_of_a_planned_offensive_is_planned_too(pipeline):
    events, names = analyse(pipeline, "The coalition is preparing an offensive to retake the city.")
    assert events and not any(e.status == "asserted" and e.type in ("ASSAULT", "COERCE") for e in events), [
        (e.type, e.status, e.trigger.text) for e in events]
    # "prepare" is a light verb: the offensive it prepares is the subject's, in the future
    offensive = [e for e in events if e.type == "ASSAULT"]
    assert offensive and offensive[0].status == "future" and named(names, offensive[0].actors) == ["coalition"]


@pytest.mark.parametrize("text", [
    "The ministry said it would not send aid to the region.",
    "Iran does not want to hold talks with the United States.",
])
def test_saying_one_will_not_act_is_still_a_refusal(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert any(e.type == "REJECT" and e.status == "asserted" for e in events)


@pytest.mark.parametrize("text,recipient", [
    ("Japan will provide Vietnam with financial aid.", "vietnam"),
    ("The United States will provide Ukraine with military aid.", "ukraine"),
])
def test_a_commitment_to_give_is_agree_with_a_future_act(pipeline, text, recipient):
    events, names = analyse(pipeline, text)
    agree = [e for e in events if e.type == "AGREE"]
    aid = [e for e in events if e.type == "AID"]
    assert agree and agree[0].status == "asserted" and recipient in named(names, agree[0].recipients)
    assert aid and aid[0].status == "future"


def test_giving_with_a_with_phrase_is_aid_to_the_object(pipeline):
    events, names = analyse(pipeline, "Germany supplied the rebels with weapons.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and named(names, aid[0].recipients) == ["rebels"]


# --- threats ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,mode,recipient", [
    ("The minister warned that the country would cut ties with Qatar.", "relations", "qatar"),
    ("The president warned that his government would sever diplomatic relations with Norway.", "relations",
     "norway"),
    ("Russia warned that it would attack Ukraine.", "violence", "ukraine"),
])
def test_a_warning_of_an_act_is_one_threat_with_the_acts_mode_and_recipient(pipeline, text, mode, recipient):
    events, names = analyse(pipeline, text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert len(threats) == 1, [(e.type, e.mode, e.trigger.text) for e in events]
    assert threats[0].mode == mode
    assert named(names, threats[0].recipients) == [recipient]


def test_who_the_threatener_says_will_act_is_not_threatened(pipeline):
    events, names = analyse(pipeline, "The minister warned that the military would respond forcefully to any attack.")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and "military" not in named(names, threats[0].recipients)


@pytest.mark.parametrize("text,mode", [
    ("The general threatened to impose a curfew on the capital.", "restrict"),
    ("Iran threatened to launch an offensive against the Kurdish militia.", "violence"),
    ("The donors threatened to cut off aid to the government.", "relations"),
    ("The opposition threatened to hold a nationwide strike.", "restrict"),
    ("The rebels threatened to kill the hostages.", "violence"),
    # the act's own words before its type: sanctions restrict (CAMEO 1312), cutting ties is about relations
    ("The EU threatened to impose sanctions on Belarus.", "restrict"),
    ("The bloc said it will impose sanctions on Belarus unless the prisoners are freed.", "restrict"),
    # the threatened act is no event of its own: its words tell the mode
    ("The governor warned of a curfew in the city.", "restrict"),
    ("The president threatened to recall the ambassador from Paris.", "relations"),
    ("The rebels vowed revenge for the killing of their commander.", "violence"),
    ("The president warned the rebels of a harsh response.", "violence"),
])
def test_a_threat_takes_its_mode_from_the_threatened_act(pipeline, text, mode):
    events, _ = analyse(pipeline, text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].mode == mode, [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    "The president threatened the governors.",
    # a danger no party brings about, and what the addressee is told to do, are no threatened act
    "The UN warned that the famine would kill thousands of people.",
    "Aid agencies warned that fighting could displace millions.",
    "The army warned residents to leave the area before the offensive.",
])
def test_a_threat_that_names_no_act_of_its_own_keeps_no_mode(pipeline, text):
    events, _ = analyse(pipeline, text)
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].mode is None, [(e.type, e.mode, e.trigger.text) for e in events]


# --- instruments -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,recipient", [
    ("Rebels shelled the town with artillery.", "town"),
    ("Police hit the protesters with sticks.", "protesters"),
    ("Militants attacked the convoy with rockets on Monday.", "convoy"),
    ("Gunmen attacked the bus with grenades and rifles.", "bus"),
    ("Police beat the demonstrators with batons.", "demonstrators"),
    ("Troops attacked the town with tanks and helicopters.", "town"),
])
def test_what_an_attack_is_done_with_is_no_recipient(pipeline, text, recipient):
    events, names = analyse(pipeline, text)
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault, [(e.type, e.trigger.text) for e in events]
    assert named(names, assault[0].recipients) == [recipient]


@pytest.mark.parametrize("text,party", [
    ("Government troops clashed with rebels near the border.", "rebels"),
    # a word that can name a weapon's user is a party when the act has no object of its own
    ("Government troops clashed with gunmen near the border.", "gunmen"),
    # a name that is also a weapon word is a party
    ("Nigeria held talks with Shell on Monday.", "shell"),
])
def test_a_party_in_a_with_phrase_is_still_a_recipient(pipeline, text, party):
    events, names = analyse(pipeline, text)
    assert events and party in named(names, events[0].recipients)


# --- headline modifiers ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("title", ["Army will attack rebel town", "Army Will Attack Rebel Town"])
def test_a_modifier_of_the_headline_verbs_object_is_no_trigger(pipeline, title):
    events, _ = analyse(pipeline, title + "\n\nThe statement came after weeks of tension in the region.",
                        title=title)
    assert not any(e.type == "PROTEST" for e in events), [(e.type, e.trigger.text) for e in events]
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults and all(e.status == "future" for e in assaults)


@pytest.mark.parametrize("title", ["Police Arrest Protest Leaders", "Police arrest protest leaders"])
def test_an_event_noun_modifying_the_headline_verbs_object_is_no_event(pipeline, title):
    events, _ = analyse(pipeline, title + "\n\nThe statement came after weeks of tension in the region.",
                        title=title)
    assert [e.type for e in events] == ["COERCE"], [(e.type, e.trigger.text) for e in events]


def test_a_modifier_in_a_headline_prepositions_object_is_no_trigger(pipeline):
    title = "UN Condemns Attack On Rebel Town"
    events, _ = analyse(pipeline, title + "\n\nThe statement came after weeks of tension in the region.",
                        title=title)
    assert not any(e.type == "PROTEST" for e in events), [(e.type, e.trigger.text) for e in events]


# --- dates -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,trigger", [
    ("The minister said on Tuesday that troops had attacked the town.", "attacked"),
    ("The ministry said on Friday that police arrested ten men.", "arrested"),
    ("Police arrested ten men, the ministry said on Friday.", "arrested"),
    ("The army attacked the village, officials said on Monday.", "attacked"),
])
def test_the_reporting_verbs_time_is_not_the_events(pipeline, text, trigger):
    events, _ = analyse(pipeline, text)
    event = next(e for e in events if e.trigger.text == trigger)
    assert event.date is None


def test_another_events_time_is_not_the_events(pipeline):
    events, _ = analyse(pipeline, "The army attacked the village after rebels shelled a base on Sunday.")
    attack = next(e for e in events if e.trigger.text == "attacked")
    shelling = next(e for e in events if e.trigger.text == "shelled")
    assert shelling.date == "2024-03-03"
    assert attack.date is None


@pytest.mark.parametrize("text,trigger,value", [
    ("The minister said troops attacked the town on Sunday.", "attacked", "2024-03-03"),
    ("Police arrested ten men on Friday, the ministry said.", "arrested", "2024-03-01"),
    # a clause the event's own belongs to lends its time
    ("Police on Monday began to arrest protesters.", "arrest", "2024-03-04"),
    ("On Sunday, rebels attacked the town and seized the bridge.", "seized", "2024-03-03"),
    # a "when" clause happens at the time of the clause it hangs on
    ("Two people were killed on Friday when police fired on protesters.", "fired", "2024-03-01"),
])
def test_the_events_own_clause_gives_its_time(pipeline, text, trigger, value):
    events, _ = analyse(pipeline, text)
    event = next(e for e in events if trigger in e.trigger.text.split())
    assert event.date == value


@pytest.mark.parametrize("text,mode", [
    # the means in the "with" phrase outranks the doer's name ("gunmen")
    ("The gunmen attacked the village with machetes.", "primitive"),
    ("Rebels shelled the town with artillery.", "heavy-weapons"),
    # several means: the ranking of modes decides, as it does for other cues
    ("Troops attacked the town with tanks and helicopters.", "aerial"),
])
def test_the_with_phrase_gives_the_attacks_means(pipeline, text, mode):
    events, _ = analyse(pipeline, text)
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and assault[0].mode == mode


@pytest.mark.parametrize("text,commitment,said,act", [
    ("The coalition said on Monday it would stage protests next week unless the law is withdrawn.", "THREATEN",
     "2024-03-04", "PROTEST"),
    ("Japan said on Tuesday it will provide Vietnam with aid next month.", "AGREE", "2024-03-05", "AID"),
])
def test_a_reported_commitment_is_dated_when_it_is_said(pipeline, text, commitment, said, act):
    events, _ = analyse(pipeline, text)
    made = [e for e in events if e.type == commitment]
    done = [e for e in events if e.type == act]
    assert made and made[0].date == said
    assert done and done[0].date not in (None, said)


def test_a_banned_protest_is_not_held(pipeline):
    events, _ = analyse(pipeline, "The governor prohibited a protest by teachers.")
    assert any(e.type == "COERCE" and e.status == "asserted" for e in events)
    assert not any(e.type == "PROTEST" and e.status == "asserted" for e in events), [
        (e.type, e.status, e.trigger.text) for e in events]


def test_armed_with_describes_the_attackers_and_is_no_aid(pipeline):
    events, _ = analyse(pipeline, "Assailants armed with knives stabbed two guards.")
    assert [e.type for e in events] == ["ASSAULT"], [(e.type, e.trigger.text) for e in events]


def test_arming_someone_is_still_aid(pipeline):
    events, names = analyse(pipeline, "Iran armed the rebels with rockets.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and named(names, aid[0].recipients) == ["rebels"]


def test_something_hanging_over_a_party_is_no_execution(pipeline):
    events, _ = analyse(pipeline, "The threat of sanctions hangs over Russia.")
    assert not any(e.type == "ASSAULT" for e in events), [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", ["Militants hanged two men in the square.", "The spy was hanged on Tuesday."])
def test_a_person_hanged_is_still_an_execution(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert any(e.type == "ASSAULT" and e.mode == "targeted" for e in events)


@pytest.mark.parametrize("text,etype", [
    ("The army scrapped plans to attack the town.", "ASSAULT"),
    ("The opposition abandoned plans for a march on parliament.", "PROTEST"),
])
def test_a_dropped_plan_leaves_its_act_negated(pipeline, text, etype):
    events, _ = analyse(pipeline, text)
    acts = [e for e in events if e.type == etype]
    assert acts and acts[0].status == "negated", [(e.type, e.status, e.trigger.text) for e in events]


def test_a_plan_that_stands_keeps_its_act_in_the_future(pipeline):
    events, _ = analyse(pipeline, "The opposition announced plans for a march on parliament.")
    marches = [e for e in events if e.type == "PROTEST"]
    assert marches and marches[0].status == "future"


def test_a_time_on_a_participle_phrase_dates_the_verb_it_modifies(pipeline):
    events, _ = analyse(pipeline, "For three days beginning on Monday, police detained and questioned dozens of activists.")
    questioned = next(e for e in events if e.trigger.text == "questioned")
    assert questioned.date == "2024-03-04"


@pytest.mark.parametrize("text,etype,value", [
    ("He was last in the news in April 2019, when he was arrested by police in Lagos.", "COERCE", "2019-04"),
    ("The town was quiet until March 2019, when rebels attacked the police station.", "ASSAULT", "2019-03"),
])
def test_a_clause_on_a_time_expression_happened_then(pipeline, text, etype, value):
    events, _ = analyse(pipeline, text)
    event = next(e for e in events if e.type == etype)
    assert event.date == value


# --- conditional "could/might" ---------------------------------------------------------------------------------
# A conditional "could" is a threat only when someone says it: the writer's own guess about what an army might do
# is no THREATEN by that army.
@pytest.mark.parametrize("text", [
    "If the truce breaks down, the militia could attack the northern villages.",
    "Should the talks fail, the navy might blockade the harbour if ordered to.",
])
def test_writers_conditional_guess_is_no_threat(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert not [e for e in events if e.type == "THREATEN" and e.status == "asserted"], \
        [(e.type, e.status, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", [
    '"We could bomb their depots if they cross the river," the colonel said.',
    "The colonel said his men could bomb the depots if the rebels crossed the river.",
])
def test_said_conditional_is_a_threat(pipeline, text):
    events, _ = analyse(pipeline, text)
    assert [e for e in events if e.type == "THREATEN" and e.status == "asserted"], \
        [(e.type, e.status, e.trigger.text) for e in events]


def test_a_sworn_fight_threatens_whom_its_goal_clause_names(pipeline):
    # the infinitive is parsed as an adverbial clause of "sworn"; the "until" clause names the villages at stake
    events, names = analyse(pipeline, "Clan militias have vowed to battle on until they take control of "
                                      "villages near Vardenia, police commanders said Tuesday.")
    threat = [e for e in events if e.type == "THREATEN"]
    assert threat and threat[0].mode == "violence" and threat[0].status == "asserted"
    assert any("vardenia" in n or "villages" in n for n in named(names, threat[0].recipients))
