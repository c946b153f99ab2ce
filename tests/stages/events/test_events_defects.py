"""events stage: known defects of real-article coding, each fixed by a general rule (hand-built sentences).

- summoning and removal verbs: the one summoned, expelled or deported is the recipient also in the passive, the
  "to"/"from" phrase names the summoner's or remover's seat (never a party acted on), and a date is no party;
- "strike" without an object by a workforce or over a labour grievance is a labour strike, not an attack;
- what an accusation states ("accused of looting shops") is alleged: uncertain, done by the accused, sourced to
  the accuser, while the accusation itself is asserted.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "quotes", "events")


def coded(pipeline, text: str, trigger_word: str):
    """(the event whose trigger contains `trigger_word`, its actor names, its recipient names, all names)."""
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    found = [e for e in analysis.events if trigger_word in e.trigger.text.split()]
    assert found, f"no event triggered by {trigger_word!r} in {text!r}: {[(e.type, e.trigger.text) for e in analysis.events]}"
    event = found[0]
    return event, [names.get(a, a) for a in event.actors], [names.get(r, r) for r in event.recipients], names


def has(names: list[str], word: str) -> bool:
    return any(word.lower() in n.lower() for n in names)


# --- summon / expel / deport ----------------------------------------------------------------------------------
# (sentence, trigger, word in an actor, word in a recipient)
SUMMONS_AND_REMOVALS = [
    ("The Chilean ambassador was summoned by the Foreign Ministry on Monday.", "summoned", "Ministry", "ambassador"),
    ("Peru's envoy was summoned by the government on Thursday.", "summoned", "government", "envoy"),
    ("The Danish envoy was summoned to the foreign ministry in Oslo.", "summoned", "ministry", "envoy"),
    ("Three Kenyan diplomats were expelled by Uganda on Friday.", "expelled", "Uganda", "diplomats"),
    ("Argentina expelled four Chilean diplomats from Buenos Aires.", "expelled", "Argentina", "diplomats"),
    ("Canada's ambassador was expelled from Riyadh.", "expelled", "Riyadh", "ambassador"),
    ("The reporter was expelled from the country by the authorities.", "expelled", "authorities", "reporter"),
    ("Dozens of migrants were deported from Norway last month.", "deported", "Norway", "migrants"),
]


@pytest.mark.parametrize("text,trigger,actor,recipient", SUMMONS_AND_REMOVALS)
def test_the_one_summoned_or_removed_is_the_recipient(pipeline, text, trigger, actor, recipient):
    event, actors, recipients, _ = coded(pipeline, text, trigger)
    assert has(actors, actor), (actors, recipients)
    assert has(recipients, recipient), (actors, recipients)
    assert not has(recipients, actor), (actors, recipients)


def test_seat_of_the_remover_is_not_a_recipient(pipeline):
    # "from Buenos Aires" is where the diplomats are sent away from: the expelling state's own ground
    _, _, recipients, _ = coded(pipeline, "Argentina expelled four Chilean diplomats from Buenos Aires.", "expelled")
    assert not has(recipients, "Buenos Aires")


def test_a_state_after_the_removed_people_with_the_remover_named_is_their_country(pipeline):
    # "expelled four diplomats from Chile", with the expelling state named: the diplomats are Chile's
    _, _, recipients, _ = coded(pipeline, "Argentina expelled four diplomats from Chile.", "expelled")
    assert has(recipients, "Chile")


def test_a_date_is_no_recipient_and_does_not_displace_the_one_summoned(pipeline):
    event, _, recipients, names = coded(pipeline, "The Chilean ambassador was summoned by the Foreign Ministry on Monday.",
                                        "summoned")
    assert has(recipients, "ambassador") and not has(recipients, "Monday")


def test_recall_from_a_country_keeps_the_country_as_recipient(pipeline):
    # "from" names the seat only for verbs of removal: an ambassador recalled from a country leaves that country
    _, _, recipients, _ = coded(pipeline, "Chile recalled its ambassador from Peru.", "recalled")
    assert has(recipients, "Peru")


# --- labour strike vs military strike -------------------------------------------------------------------------
LABOUR_STRIKES = [
    ("The union urged its members to strike on Friday.", "strike"),
    ("Teachers will strike next week over pay.", "strike"),
    ("Nurses struck for two days in March.", "struck"),
    ("Doctors have threatened to strike over unpaid salaries.", "strike"),
    ("Bus drivers plan to strike against the pension reform.", "strike"),
]


@pytest.mark.parametrize("text,trigger", LABOUR_STRIKES)
def test_strike_by_a_workforce_or_over_a_grievance_is_a_labour_strike(pipeline, text, trigger):
    analysis = pipeline.analyse(Article(text=text))
    on_trigger = [(e.type, e.mode) for e in analysis.events if trigger in e.trigger.text.split()]
    assert ("PROTEST", "strike") in on_trigger and not any(t == "ASSAULT" for t, _ in on_trigger), on_trigger


MILITARY_STRIKES = [
    ("Fighter jets struck targets near the border.", "struck"),
    ("The militants struck at dawn.", "struck"),
    ("Rebels struck at army positions in the north.", "struck"),
    ("A car bomb struck the market.", "struck"),
]


@pytest.mark.parametrize("text,trigger", MILITARY_STRIKES)
def test_strike_with_a_target_or_by_fighters_stays_an_attack(pipeline, text, trigger):
    event, *_ = coded(pipeline, text, trigger)
    assert event.type == "ASSAULT"


# --- accused acts ---------------------------------------------------------------------------------------------
# (sentence, trigger of the alleged act, word in its actor, accuser word or None)
ALLEGED_ACTS = [
    ("The rebels were accused of looting shops.", "looting", "rebels", None),
    ("The mayor accused the militia of looting stores in the market.", "looting", "militia", "mayor"),
    ("The army was accused by rights groups of killing civilians.", "killing", "army", "rights groups"),
    ("The guards were accused of torture.", "torture", "guards", None),
]


@pytest.mark.parametrize("text,trigger,doer,accuser", ALLEGED_ACTS)
def test_accused_act_is_alleged_done_by_the_accused_and_sourced_to_the_accuser(pipeline, text, trigger, doer, accuser):
    event, actors, _, names = coded(pipeline, text, trigger)
    assert event.status == "uncertain"
    assert has(actors, doer), actors
    if accuser is not None:
        assert event.source is not None and accuser in names.get(event.source, event.source).lower()


@pytest.mark.parametrize("text", [t for t, *_ in ALLEGED_ACTS])
def test_the_accusation_itself_is_asserted(pipeline, text):
    event, *_ = coded(pipeline, text, "accused")
    assert event.type == "ACCUSE" and event.status == "asserted"


def test_a_named_act_blamed_on_someone_still_happened(pipeline):
    # "the bombing" refers to an act that took place: only who did it is the accuser's claim
    event, *_ = coded(pipeline, "Police blamed the rebels for the bombing of the market.", "bombing")
    assert event.status == "asserted"


# --- status and arguments in real-article layouts and constructions -------------------------------------------
def test_a_heading_line_run_into_the_next_sentence_does_not_negate_it(pipeline):
    # a subheading without a full stop ("No arrests so far") is parsed as the next sentence's subject
    event, *_ = coded(pipeline, "No claim of responsibility\nThe blast targeted one of the oldest churches.", "targeted")
    assert event.status == "asserted"


def test_calling_for_a_resignation_is_a_request_not_a_phone_call(pipeline):
    event, _, recipients, _ = coded(pipeline, "Farmers called for the resignation of the agriculture minister.",
                                    "called")
    assert event.type == "REQUEST"


HEARSAY = [
    ("Two warplanes were reported to have fired rockets at the village.", "fired", "warplanes"),
    ("The rebels are said to have ambushed the convoy.", "ambushed", "rebels"),
]


@pytest.mark.parametrize("text,trigger,doer", HEARSAY)
def test_passive_report_with_an_infinitive_is_hearsay_done_by_its_subject(pipeline, text, trigger, doer):
    event, actors, recipients, _ = coded(pipeline, text, trigger)
    assert event.status == "uncertain"
    assert has(actors, doer) and not has(recipients, doer), (actors, recipients)


def test_the_passive_subject_of_an_object_control_verb_does_the_infinitive(pipeline):
    event, actors, _, _ = coded(pipeline, "The minister was asked to resign.", "resign")
    assert has(actors, "minister")


def test_an_accusing_title_still_counts_as_the_articles_subject(pipeline):
    # the title alleges the act; the body's report of it ranks as the article's event all the same
    analysis = pipeline.analyse(Article(text="Warplanes bombed a market in the north on Friday, killing six people.",
                                        title="Opposition accuses army of bombing market"))
    bombing = [e for e in analysis.events if e.type == "ASSAULT"]
    stage = next(s for s in pipeline.stages if s.name.startswith("events"))
    assert bombing and "ASSAULT" in stage._title_types(analysis.article)


# --- denied denials, time clauses, anonymity, private travel, everyday verbs ----------------------------------
@pytest.mark.parametrize("text,trigger", [
    ("The government has neither confirmed nor denied that its jets bombed the depot.", "bombed"),
    ("The army did not deny that it had shelled the village.", "shelled"),
])
def test_a_denial_that_is_itself_negated_leaves_the_act_uncertain(pipeline, text, trigger):
    event, *_ = coded(pipeline, text, trigger)
    assert event.status == "uncertain"


def test_a_plain_denial_still_negates(pipeline):
    event, *_ = coded(pipeline, "The army denied that it had shelled the village.", "shelled")
    assert event.status == "negated"


@pytest.mark.parametrize("text,trigger,status", [
    ("The agency asks that it be notified before the prisoner is released.", "released", "hypothetical"),
    ("The army will withdraw once the rebels stop shelling the town.", "shelling", "future"),
    ("Police arrested the man after he attacked a guard.", "attacked", "asserted"),
])
def test_a_time_clause_shares_the_status_of_a_planned_or_wished_for_act(pipeline, text, trigger, status):
    event, *_ = coded(pipeline, text, trigger)
    assert event.status == status


def test_a_source_asking_not_to_be_named_makes_no_request(pipeline):
    analysis = pipeline.analyse(Article(text="An official who asked not to be named said two men were detained."))
    assert not [e for e in analysis.events if e.type == "REQUEST"]
    assert [e for e in analysis.events if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "Her parents and brothers are visiting other cities in France.",
    "Hundreds of pilgrims visited the shrine on Sunday.",
])
def test_private_travel_is_no_visit(pipeline, text):
    analysis = pipeline.analyse(Article(text=text))
    assert not [e for e in analysis.events if e.type == "CONSULT"]


def test_a_leaders_visit_stays_a_visit(pipeline):
    event, *_ = coded(pipeline, "The president visited troops in Iraq.", "visited")
    assert (event.type, event.mode) == ("CONSULT", "visit")


@pytest.mark.parametrize("text", [
    "A man who re-enters the country commits a felony.",
    "Officers were called to the home on Tuesday.",
    "The plan aims to advance a political solution.",
    "She pulled a box cutter out of her purse.",
])
def test_everyday_readings_name_no_event(pipeline, text):
    assert not pipeline.analyse(Article(text=text)).events


def test_open_to_arrest_is_not_arrested(pipeline):
    event, *_ = coded(pipeline, "All of them were amenable to arrest.", "arrest")
    assert event.status == "hypothetical"


def test_fighting_for_a_cause_is_advocacy(pipeline):
    event, *_ = coded(pipeline, "The senator vowed to fight for the rights of workers.", "fight")
    assert event.type == "SUPPORT"


# --- onlookers, military strikes, accused headlines, small clauses, people named by status --------------------
def test_people_who_witnessed_an_attack_are_not_its_targets(pipeline):
    _, _, recipients, _ = coded(pipeline, "Shoppers witnessed the attack on the convoy.", "attack")
    assert has(recipients, "convoy") and not has(recipients, "Shoppers")


def test_a_place_that_suffered_an_attack_is_its_target(pipeline):
    _, _, recipients, _ = coded(pipeline, "The garrison suffered a deadly ambush.", "ambush")
    assert has(recipients, "garrison")


@pytest.mark.parametrize("text,trigger", [
    ("Near the river, three strikes engaged two rebel units.", "strikes"),
    ("The strikes against the militants continued overnight.", "strikes"),
])
def test_strikes_hitting_a_party_are_attacks(pipeline, text, trigger):
    event, *_ = coded(pipeline, text, trigger)
    assert event.type == "ASSAULT"


@pytest.mark.parametrize("text,trigger", [
    ("The strike against the government entered its third day.", "strike"),
    ("Workers began a general strike on Monday.", "strike"),
])
def test_strikes_with_no_target_or_by_workers_stay_labour_strikes(pipeline, text, trigger):
    event, *_ = coded(pipeline, text, trigger)
    assert (event.type, event.mode) == ("PROTEST", "strike")


def test_headline_someone_accused_of_an_act_is_the_accused(pipeline):
    analysis = pipeline.analyse(Article(text="Teacher accused of attacking pupils with a stick"))
    names = {a.id: a.name for a in analysis.actors or []}
    accuse = next(e for e in analysis.events if e.type == "ACCUSE")
    assert not accuse.actors and has([names.get(r, r) for r in accuse.recipients], "Teacher")


def test_people_in_a_with_small_clause_undergo_its_participle(pipeline):
    _, actors, recipients, _ = coded(pipeline, "It was a brutal raid, with at least nine villagers killed.", "killed")
    assert has(recipients, "villagers") and not has(actors, "villagers")


@pytest.mark.parametrize("text,word", [
    ("Police arrested a 17-year-old female on Friday.", "female"),
    ("Deputies arrested nine aliens and visa violators at the port.", "aliens"),
])
def test_people_named_by_sex_or_legal_status_are_parties(pipeline, text, word):
    _, _, recipients, _ = coded(pipeline, text, "arrested")
    assert has(recipients, word), recipients


# --- status nouns as heads, dated participles, wanted men, more everyday readings -----------------------------
@pytest.mark.parametrize("text,status", [
    ("She repeated the rape allegation to reporters.", "uncertain"),
    ("The union renewed the strike threat on Monday.", "hypothetical"),
])
def test_an_event_noun_modifying_a_status_noun_takes_its_status(pipeline, text, status):
    analysis = pipeline.analyse(Article(text=text))
    heads = [e for e in analysis.events if e.type in ("ASSAULT", "PROTEST")]
    assert all(e.status == status for e in heads), [(e.type, e.status) for e in heads]


def test_a_past_participle_dated_in_the_past_happened(pipeline):
    # the commitment was signed years ago, whatever the union now asks of the government
    event, *_ = coded(pipeline, "The union urged the government to honour an accord signed three years ago.",
                      "signed")
    assert event.status == "asserted"


def test_a_prevented_demonstration_stays_prevented(pipeline):
    event, *_ = coded(pipeline, "Police prevented the demonstration staged by students.", "demonstration")
    assert event.status == "negated"


def test_an_act_someone_is_wanted_for_is_alleged(pipeline):
    event, actors, *_ = coded(pipeline, "A man wanted by police for killing a shopkeeper was deported on Thursday.",
                              "killing")
    assert event.status == "uncertain" and has(actors, "man")


@pytest.mark.parametrize("text", [
    "He spoke on a talk show hosted by the university.",
    "Sochi is slated to host the Winter Olympics.",
    "Cooperation contributes to safeguarding peace and stability.",
    "The treaty will reinforce the friendship between the two nations.",
    "He submitted his registration papers to the elections commission.",
    "Migrants pushed their way into the capital.",
    "He beat the network at its own game.",
])
def test_more_everyday_readings_name_no_event(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type in ("CONSULT", "AID", "MOBILIZE", "CONCEDE", "COERCE", "ASSAULT")], \
        [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text,etype", [
    ("The King hosted the French president.", "CONSULT"),
    ("Germany contributed troops to the mission.", "AID"),
    ("The army reinforced its positions near the border.", "MOBILIZE"),
    ("The rebels submitted to the government.", "CONCEDE"),
    ("Officers removed 40 fugitives from the country.", "COERCE"),
])
def test_the_event_readings_of_those_verbs_stay(pipeline, text, etype):
    assert etype in {e.type for e in pipeline.analyse(Article(text=text)).events}


def test_conjoined_participles_of_a_with_small_clause_are_passive(pipeline):
    analysis = pipeline.analyse(Article(text="Villagers fled the raid, with men shot and women beaten."))
    names = {a.id: a.name for a in analysis.actors or []}
    for word in ("shot", "beaten"):
        event = next(e for e in analysis.events if word in e.trigger.text.split())
        assert not event.actors and event.recipients, (word, event)


def test_an_event_in_reports_of_is_hearsay(pipeline):
    event, *_ = coded(pipeline, "The envoy said there were reports of atrocities against civilians.", "atrocities")
    assert event.status == "uncertain"


def test_a_finding_in_a_report_that_keeps_its_status(pipeline):
    event, *_ = coded(pipeline, "The watchdog said in a report that soldiers beat the prisoners.", "beat")
    assert event.status == "asserted"


def test_a_back_reference_joins_the_event_named_by_the_same_word(pipeline):
    text = ("A gunman opened fire on police on the boulevard on Thursday. The attack left one officer dead before "
            "police shot and killed the attacker. A doctor was on the boulevard and witnessed the attack.")
    analysis = pipeline.analyse(Article(text=text))
    last = text.rindex("attack")
    holder = next(e for e in analysis.events if any(t.start == last for t in e.triggers))
    assert holder.trigger.text == "attack" and not any(t.text in ("shot", "killed") for t in holder.triggers)


def test_an_act_named_as_a_priority_is_an_aim(pipeline):
    event, *_ = coded(pipeline, "Arresting the smugglers is a top priority for the police.", "Arresting")
    assert event.status == "hypothetical"


# --- more readings from real articles --------------------------------------------------------------------------
@pytest.mark.parametrize("text,etype", [
    ("Government forces pressed into the rebel enclave on Sunday.", "COERCE"),
    ("The ministry paid tribute to the soldier's bravery.", "SUPPORT"),
    ("The deal that the two leaders struck last year granted them immunity.", "AGREE"),
])
def test_phrasal_and_relative_readings(pipeline, text, etype):
    types = {e.type for e in pipeline.analyse(Article(text=text)).events}
    assert etype in types and "ASSAULT" not in types and "CONSULT" not in types, types


@pytest.mark.parametrize("text", [
    "The move will help defuse the political crisis.",
    "The authorities released a white paper on religion.",
    "He talks about his childhood during the war.",
    "A man died after his brother accidentally struck him while reversing out of the garage.",
])
def test_readings_without_an_event_between_parties(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type in ("COERCE", "RETREAT", "CONSULT", "ASSAULT", "PROTEST", "SUPPORT")], \
        [(e.type, e.trigger.text) for e in events]


def test_an_anonymous_source_makes_no_request(pipeline):
    events = pipeline.analyse(Article(text="Officials who requested anonymity said the convoy was attacked.")).events
    assert not [e for e in events if e.type == "REQUEST"]


def test_armed_men_acting_by_accident_still_act(pipeline):
    events = pipeline.analyse(Article(text="Two suicide bombers accidentally blew themselves up at a hospital.")).events
    assert [e for e in events if e.type == "ASSAULT"]


def test_an_obligation_is_not_a_deed(pipeline):
    event, *_ = coded(pipeline, "The treaty requires signatories to restrict the use of landmines.", "restrict")
    assert event.status == "hypothetical"


def test_later_bare_strikes_after_airstrikes_are_attacks(pipeline):
    text = "Coalition airstrikes hit rebel positions on Monday. Officials said the strikes had weakened the rebels."
    analysis = pipeline.analyse(Article(text=text))
    assert not [e for e in analysis.events if e.type == "PROTEST"], [(e.type, e.trigger.text) for e in analysis.events]


def test_a_refused_act_is_negated_and_a_negation_does_not_reach_a_concession(pipeline):
    text = "Their seat is not endangered by fines, despite Lisbon's continued refusal to ratify the accord."
    analysis = pipeline.analyse(Article(text=text))
    by_trigger = {e.trigger.text: e for e in analysis.events}
    assert by_trigger["refusal"].status == "asserted"
    assert by_trigger["ratify"].status == "negated"


# --- readings that recur across real crime and political articles ------------------------------------------------
@pytest.mark.parametrize("text", [
    "He pleaded guilty to fraud on Monday.",
    "\"We will win,\" the premier said to loud applause.",
    "She was struck by a car while crossing the street.",
    "They had committed arson on federal land.",
])
def test_recurring_readings_without_an_event_between_parties(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type in ("REQUEST", "REJECT", "ASSAULT", "AGREE")
                and e.trigger.text.split()[0].lower() in ("pleaded", "said", "struck", "committed")], \
        [(e.type, e.trigger.text) for e in events]


def test_saying_no_to_a_plan_is_a_rejection(pipeline):
    event, *_ = coded(pipeline, "The minister said no to the proposal.", "said")
    assert event.type == "REJECT"


def test_a_vehicle_hitting_a_mine_was_attacked(pipeline):
    event, *_ = coded(pipeline, "Ten soldiers were killed after their vehicle hit a mine laid by the rebels.", "killed")
    assert event.type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The controversy surrounding the pope's remarks grew last month.",
    "You have to whip them up into a frenzy before the vote.",
    "Sign up for our free email newsletter.",
    "Filling in this form grants you access to offers free of charge.",
    "Answering this survey gives you access to Daily Patriot Wire updates. You also agree to this site's Terms of Use.",
])
def test_boilerplate_and_figures_of_speech_name_no_event(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type in ("COERCE", "ASSAULT", "AGREE", "CONCEDE")], \
        [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text,etype", [
    ("Government troops surrounded the town on Monday.", "COERCE"),
    ("The government granted the UN access to the camps.", "CONCEDE"),
])
def test_the_event_readings_beside_that_boilerplate_stay(pipeline, text, etype):
    assert etype in {e.type for e in pipeline.analyse(Article(text=text)).events}


def test_hosting_a_festival_receives_no_visit(pipeline):
    events = pipeline.analyse(Article(text="Town officials decided to host the annual music festival.")).events
    assert not [e for e in events if e.type == "CONSULT"]


def test_a_conditional_would_is_no_commitment_but_a_reported_one_is(pipeline):
    events = pipeline.analyse(Article(text="I would support legislation like that resolution.")).events
    assert not [e for e in events if e.type == "AGREE"], [(e.type, e.trigger.text) for e in events]
    events = pipeline.analyse(Article(text="Israel said it would withdraw its troops.")).events
    assert [e for e in events if e.type == "AGREE" and e.status == "asserted"]


def test_a_past_tense_time_clause_under_an_expectation_happened(pipeline):
    event, *_ = coded(pipeline, "The ministers were expected to press him when they met the premier on Sunday.", "met")
    assert event.status == "asserted"


def test_you_in_a_quotation_is_someone(pipeline):
    events = pipeline.analyse(Article(text='"He beat you in the street," the officer told the victim.')).events
    assert [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "This plan will help make the county a cleaner place.",
    "Strong winds won't help.",
    "The city saved money to help balance the budget.",
])
def test_helping_an_outcome_is_no_aid(pipeline, text):
    assert not [e for e in pipeline.analyse(Article(text=text)).events if e.type == "AID"]


@pytest.mark.parametrize("text", [
    "The United States helped the rebels with weapons.",
    "Russia helped Syria retake the city.",
])
def test_helping_a_party_is_aid(pipeline, text):
    assert [e for e in pipeline.analyse(Article(text=text)).events if e.type == "AID"]


def test_what_a_standing_rule_allows_is_no_concession(pipeline):
    events = pipeline.analyse(Article(text="The rules allow the opposition to choose five bills each spring.")).events
    assert not [e for e in events if e.type == "CONCEDE"]
    events = pipeline.analyse(Article(text="The government allowed aid convoys into the city.")).events
    assert [e for e in events if e.type == "CONCEDE"]


def test_law_enforcement_agents_are_parties(pipeline):
    _, actors, recipients, _ = coded(pipeline, "The man was arrested at his home by immigration agents.", "arrested")
    assert has(actors, "agents") and has(recipients, "man")


@pytest.mark.parametrize("text", [
    "The trade surplus hit $375 billion last year.",
    "The unemployment rate has hit 8.8 percent.",
    "His remark struck a sensitive nerve.",
])
def test_figures_and_idioms_that_hit_are_no_attack(pipeline, text):
    assert not [e for e in pipeline.analyse(Article(text=text)).events if e.type == "ASSAULT"]


def test_rebels_hitting_trucks_is_an_attack(pipeline):
    assert [e for e in pipeline.analyse(Article(text="Rebels hit two army trucks.")).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Thousands lost their jobs after the recession hit in December.",
    "The financial crisis struck the region hard.",
])
def test_calamities_that_hit_are_no_attack(pipeline, text):
    assert not [e for e in pipeline.analyse(Article(text=text)).events if e.type == "ASSAULT"]


def test_a_road_wreck_is_no_attack(pipeline):
    text = "A motorcycle wreck on the avenue killed a passenger on Sunday."
    assert not [e for e in pipeline.analyse(Article(text=text)).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Near the river, two strikes disabled two bridges.",
    "Over the past day the alliance carried out eight airstrikes, including strikes against three militia posts.",
])
def test_strikes_that_disable_things_or_follow_airstrikes_are_attacks(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert not [e for e in events if e.type == "PROTEST"], [(e.type, e.trigger.text) for e in events]


def test_a_dateline_is_no_source(pipeline):
    text = ("KANDAHAR -- Fighting between troops and gunmen in a hilly district ended Sunday with four "
            "soldiers dead, officials said.")
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: a.name for a in analysis.actors or []}
    event = next(e for e in analysis.events if e.trigger.text == "Fighting")
    assert event.source is None or "KANDAHAR" not in names.get(event.source, event.source).upper()


def test_what_a_body_habitually_offers_is_no_offer(pipeline):
    events = pipeline.analyse(Article(text="The scheme offers loans of up to 5,000 pounds to small firms.")).events
    assert not [e for e in events if e.type == "AGREE"]
    events = pipeline.analyse(Article(text="The government offered talks to the rebels on Monday.")).events
    assert [e for e in events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "To find out more, visit the council's website.",
    "For more information about the program, visit the library.",
])
def test_an_imperative_after_a_fronted_adverbial_has_not_happened(pipeline, text):
    events = pipeline.analyse(Article(text=text)).events
    assert events and all(e.status == "hypothetical" for e in events)
