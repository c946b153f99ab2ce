"""events stage: triggers, PLOVER type/mode, arguments, status, derived commitments, merging (hand-built cases)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.knowledge.plover import cameo_to_plover, load_lexicon, parse_spec, unique_cameo
from eventwire.stages.events import code_sentence, top_event


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def run(pipeline, text, title=None):
    analysis = pipeline.analyse(Article(text=text, title=title))
    names = {a.id: [m.text for m in a.mentions] + [a.name] for a in analysis.actors or []}
    return analysis, names


def named(names, ids, word):
    return any(word in n for i in ids for n in names.get(i, []))


def events_of(pipeline, text, etype=None):
    analysis, names = run(pipeline, text)
    return [e for e in analysis.events if etype is None or e.type == etype], names


# ------------------------------------------------------------------------------------------ status
NEGATED = [
    ("The government has not signed the peace agreement.", "AGREE"),
    ("Rebels did not attack the convoy on Monday.", "ASSAULT"),
    ("Police never arrested the suspects.", "COERCE"),
    ("The army failed to recapture the town.", "COERCE"),
    ("Israel did not withdraw its troops from the area.", "RETREAT"),
    ("The ministry has not imposed a curfew in the capital.", "COERCE"),
    ("The two leaders did not meet in Geneva.", "CONSULT"),
    ("Syria did not condemn the bombing.", "ACCUSE"),
    ("Soldiers did not fire at the protesters.", "ASSAULT"),
    ("The United States did not send troops to the region.", "MOBILIZE"),
    ("The court has not released the journalist.", "RETREAT"),
    ("The opposition never demanded new elections.", "REQUEST"),
    ("The rebels failed to seize the airport.", "COERCE"),
    ("Militants failed to capture the base.", "COERCE"),
    ("The president did not visit Moscow.", "CONSULT"),
    ("Protesters did not block the highway.", "PROTEST"),
    ("The government did not deploy the army.", "MOBILIZE"),
    ("Iran has not threatened Saudi Arabia.", "THREATEN"),
    ("The militia did not abduct the aid workers.", "ASSAULT"),
    ("Kenya did not expel the diplomats.", "SANCTION"),
    ("The regime never bombed the hospital.", "ASSAULT"),
    ("Workers did not strike on Friday.", "ASSAULT"),
    ("France has not recognised the new government.", "SUPPORT"),
    ("The donors did not provide aid to the refugees.", "AID"),
    ("The army failed to retake the village.", "COERCE"),
    ("Police did not detain the activists.", "COERCE"),
]

HYPOTHETICAL = [
    # regression: "reserved the right to retaliate" was coded as an asserted assault
    ("The minister said the country reserved the right to retaliate against the rebels.", "ASSAULT"),
    ("Russian forces could try to encircle Kyiv.", "COERCE"),
    ("The troops would have to withdraw from the border.", "RETREAT"),
    ("Had they crossed the river, the army would have attacked the town.", "ASSAULT"),
    ("If the talks fail, the rebels might attack the capital.", "ASSAULT"),
    ("The government could arrest the opposition leaders.", "COERCE"),
    ("The rebels may attack the convoy.", "ASSAULT"),
    ("Analysts said the army might shell the city.", "ASSAULT"),
    ("The United States should impose sanctions on the regime.", "COERCE"),
    ("If Iran enriches uranium, Israel would strike its facilities.", "ASSAULT"),
    ("The opposition wants to hold talks with the government.", "CONSULT"),
    ("The minister hoped the two sides would sign a ceasefire.", "AGREE"),
    ("The rebels could seize the airport within days.", "COERCE"),
    ("Had the police arrived earlier, they would have arrested the gunmen.", "COERCE"),
    ("The army might withdraw from the city.", "RETREAT"),
    ("Protesters could block the main roads.", "PROTEST"),
    ("The UN demanded that Israel withdraw its troops.", "RETREAT"),
    ("Lawmakers urged the government to expel the ambassador.", "SANCTION"),
    ("Washington threatened to impose sanctions on Tehran.", "COERCE"),
    ("The militants would kidnap foreigners if they could.", "ASSAULT"),
    ("The army could launch an offensive on the town.", "ASSAULT"),
    ("If the deal collapses, Turkey may deploy troops.", "MOBILIZE"),
    ("The government considered deporting the migrants.", "COERCE"),
    ("Officials warned that the rebels could attack the dam.", "ASSAULT"),
    ("The coalition would have bombed the bridge had the weather allowed.", "ASSAULT"),
    ("The union might strike next month.", "ASSAULT"),
    ("Critics called for the release of the detainees.", "RETREAT"),
]

FUTURE = [
    ("The two sides are expected to resume talks next week.", "CONSULT"),
    ("Germany will send troops to Lithuania.", "MOBILIZE"),
    ("The government plans to deport the migrants.", "COERCE"),
    ("The army is going to attack the town.", "ASSAULT"),
    ("Police will arrest the organisers.", "COERCE"),
    ("The foreign minister will visit Beijing on Monday.", "CONSULT"),
    ("The rebels are set to withdraw from the city.", "RETREAT"),
    ("Japan will provide aid to the flood victims.", "AID"),
    ("The EU is expected to impose new sanctions on Russia.", "COERCE"),
    ("The president is scheduled to meet the prime minister.", "CONSULT"),
    ("Turkey plans to launch an offensive against the militants.", "ASSAULT"),
    # deploying peacekeepers provides military protection or peacekeeping (CAMEO 074, PLOVER AID)
    ("The UN will deploy peacekeepers in the region.", "AID"),
    ("Workers intend to protest outside parliament.", "PROTEST"),
    ("The army is preparing to retake the city.", "COERCE"),
    ("The government will release the prisoners next week.", "RETREAT"),
    ("The two leaders will sign a trade agreement.", "AGREE"),
    ("The opposition will hold a rally on Sunday.", "PROTEST"),
    ("France is expected to expel the diplomats.", "SANCTION"),
    ("Police are expected to detain more suspects.", "COERCE"),
    ("The coalition will strike the militants again.", "ASSAULT"),
    ("The delegation will travel to Moscow for talks.", "CONSULT"),
    ("Israel is due to release the detainees.", "RETREAT"),
    ("The ministry plans to impose a curfew.", "COERCE"),
    ("Iran will test a new missile.", "MOBILIZE"),
    ("The rebels are poised to capture the capital.", "COERCE"),
    ("The king will host the Chinese president.", "CONSULT"),
]

UNCERTAIN = [
    ("Rebels reportedly attacked the convoy near the border.", "ASSAULT"),
    ("The militants may have kidnapped the engineers.", "ASSAULT"),
    ("Government forces allegedly shelled the village.", "ASSAULT"),
    ("The army apparently withdrew from the town.", "RETREAT"),
    ("Police reportedly arrested dozens of students.", "COERCE"),
    ("The drone may have struck a school.", "ASSAULT"),
    ("Soldiers allegedly tortured the prisoners.", "ASSAULT"),
    ("The regime might have used chemical weapons.", "ASSAULT"),
    ("The group reportedly seized the oil field.", "COERCE"),
    ("Protesters reportedly blocked the main road.", "PROTEST"),
    ("The rebels are believed to have captured the base.", "COERCE"),
    ("The militia is suspected of abducting the journalists.", "ASSAULT"),
    ("The army was accused of bombing the market.", "ASSAULT"),
    ("Security forces allegedly raped women in the camp.", "ASSAULT"),
    ("The ministers reportedly met in secret.", "CONSULT"),
    ("Insurgents may have planted the bomb.", "ASSAULT"),
    ("The government reportedly expelled the ambassador.", "SANCTION"),
    ("Police allegedly beat the detainees.", "ASSAULT"),
    ("Iran reportedly deployed troops to the border.", "MOBILIZE"),
    ("Gunmen apparently killed the village chief.", "ASSAULT"),
    ("The rebels reportedly released the hostages.", "RETREAT"),
    ("The army may have destroyed the bridge.", "ASSAULT"),
    ("Officials claimed that the rebels had attacked the town.", "ASSAULT"),
    ("The jets reportedly bombed the hospital.", "ASSAULT"),
    ("The court allegedly jailed the blogger.", "COERCE"),
    ("Militants possibly ambushed the patrol.", "ASSAULT"),
]


def _status_case(pipeline, text, etype, status):
    events, _ = events_of(pipeline, text)
    matching = [e for e in events if e.type == etype or etype == "ANY"]
    assert matching, f"no {etype} event in {text!r}: {[(e.type, e.status) for e in events]}"
    assert any(e.status == status for e in matching), (text, [(e.type, e.status, e.trigger.text) for e in events])
    assert not any(e.status == "asserted" and e.type == etype and e.trigger.text == m.trigger.text
                   for m in matching if m.status == status for e in events if e is not m)


@pytest.mark.parametrize("text,etype", NEGATED)
def test_negated(pipeline, text, etype):
    _status_case(pipeline, text, etype if etype != "ASSAULT" or "strike" not in text else "ANY", "negated")


@pytest.mark.parametrize("text,etype", HYPOTHETICAL)
def test_hypothetical(pipeline, text, etype):
    _status_case(pipeline, text, etype if "strike next" not in text else "ANY", "hypothetical")


@pytest.mark.parametrize("text,etype", FUTURE)
def test_future(pipeline, text, etype):
    _status_case(pipeline, text, etype, "future")


@pytest.mark.parametrize("text,etype", UNCERTAIN)
def test_uncertain(pipeline, text, etype):
    _status_case(pipeline, text, etype, "uncertain")


def test_counts_of_hand_built_cases():
    assert min(len(NEGATED), len(HYPOTHETICAL), len(FUTURE), len(UNCERTAIN)) >= 25
    assert min(len(COMPOUND), len(SUPPORTED_BY), len(PASSIVES)) >= 25


def test_non_asserted_events_are_kept_not_dropped(pipeline):
    events, _ = events_of(pipeline, "If the talks fail, the rebels might attack the capital.")
    assert any(e.type == "ASSAULT" and e.status == "hypothetical" for e in events)


def test_plain_past_is_asserted(pipeline):
    events, _ = events_of(pipeline, "Rebels attacked the convoy on Monday.", "ASSAULT")
    assert events and events[0].status == "asserted"


# ------------------------------------------------------------------------------------------ arguments
COMPOUND = [
    ("Peru and Chile renewed negotiations on Friday.", "CONSULT", ["Peru", "Chile"]),
    ("Jordan and Britain signed a trade agreement.", "AGREE", ["Jordan", "Britain"]),
    ("Russia and China held talks in Beijing.", "CONSULT", ["Russia", "China"]),
    ("France and Germany condemned the attack.", "ACCUSE", ["France", "Germany"]),
    ("Hamas and Islamic Jihad fired rockets at Israel.", "ASSAULT", ["Hamas", "Islamic Jihad"]),
    ("Armenia and Azerbaijan agreed to a ceasefire.", "AGREE", ["Armenia", "Azerbaijan"]),
    ("The United States and Britain launched airstrikes against the militants.", "ASSAULT",
     ["United States", "Britain"]),
    ("Kenya and Uganda deployed troops to the border.", "MOBILIZE", ["Kenya", "Uganda"]),
    ("Egypt and Qatar mediated between the two factions.", "CONSULT", ["Egypt", "Qatar"]),
    ("India and Pakistan exchanged prisoners on Friday.", "AGREE", ["India", "Pakistan"]),
    ("Brazil and Argentina criticized the decision.", "ACCUSE", ["Brazil", "Argentina"]),
    ("Japan and South Korea held a summit in Tokyo.", "CONSULT", ["Japan", "South Korea"]),
    ("Sweden and Norway expelled Russian diplomats.", "SANCTION", ["Sweden", "Norway"]),
    ("Ethiopia and Eritrea signed a peace deal.", "AGREE", ["Ethiopia", "Eritrea"]),
    ("Canada and Mexico imposed sanctions on Venezuela.", "COERCE", ["Canada", "Mexico"]),
    ("Spain and Portugal sent aid to Morocco.", "AID", ["Spain", "Portugal"]),
    ("Italy and Greece rejected the proposal.", "REJECT", ["Italy", "Greece"]),
    ("Serbia and Kosovo resumed talks in Brussels.", "CONSULT", ["Serbia", "Kosovo"]),
    ("Iran and Iraq agreed to cooperate on security.", "AGREE", ["Iran", "Iraq"]),
    ("Sudan and Chad closed the border.", "COERCE", ["Sudan", "Chad"]),
    ("Poland and Hungary blocked the budget.", "REJECT", ["Poland", "Hungary"]),  # a veto (CAMEO 129)
    ("Germany and France demanded an investigation.", "REQUEST", ["Germany", "France"]),
    ("The Taliban and Pakistan held negotiations in Doha.", "CONSULT", ["Taliban", "Pakistan"]),
    ("Colombia and Ecuador arrested dozens of smugglers.", "COERCE", ["Colombia", "Ecuador"]),
    ("Turkey and Russia shelled the rebel positions.", "ASSAULT", ["Turkey", "Russia"]),
    ("Nigeria and Niger released the hostages.", "RETREAT", ["Nigeria", "Niger"]),
]


@pytest.mark.parametrize("text,etype,parties", COMPOUND)
def test_compound_actors_are_one_event(pipeline, text, etype, parties):
    events, names = events_of(pipeline, text, etype)
    assert len(events) == 1, (text, events)
    event = events[0]
    assert len(event.actors) >= 2
    for party in parties:
        assert named(names, event.actors, party), (party, event.actors, names)


SUPPORTED_BY = [
    ("The rebels, supported by Turkish artillery, recaptured the town.", "COERCE", "Turkish"),
    ("Government troops, backed by Russian jets, attacked the village.", "ASSAULT", "Russian"),
    ("Kurdish fighters, supported by American aircraft, captured the dam.", "COERCE", "American"),
    ("Militias, supported by Iran, shelled the city.", "ASSAULT", "Iran"),
    ("The army, backed by French troops, retook the airport.", "COERCE", "French"),
    ("Police, supported by soldiers, arrested the suspects.", "COERCE", "soldiers"),
    ("The Houthis, backed by Iran, attacked the port.", "ASSAULT", "Iran"),
    ("Iraqi forces, supported by coalition aircraft, liberated the district.", "COERCE", "coalition"),
    ("The insurgents, supported by foreign fighters, stormed the prison.", "ASSAULT", "foreign fighters"),
    ("Syrian troops, backed by Hezbollah, seized the town.", "COERCE", "Hezbollah"),
    ("The militants, supported by local gangs, kidnapped the workers.", "ASSAULT", "gangs"),
    ("Ukrainian forces, supported by Western artillery, pushed back the Russians.", "COERCE", "Western"),
    ("The separatists, backed by Moscow, shelled the villages.", "ASSAULT", "Moscow"),
    ("Somali troops, supported by African Union forces, recaptured the town.", "COERCE", "African Union"),
    ("Afghan commandos, backed by American drones, raided the compound.", "ASSAULT", "American"),
    ("The rebels, backed by Rwanda, overran the city.", "COERCE", "Rwanda"),
    ("Libyan forces, supported by Turkish drones, attacked the base.", "ASSAULT", "Turkish"),
    ("The protesters, supported by students, blocked the bridge.", "PROTEST", "students"),
    ("Nigerian soldiers, backed by Chadian troops, retook the village.", "COERCE", "Chadian"),
    ("The coalition, supported by local militias, bombed the depot.", "ASSAULT", "militias"),
    ("The police, backed by the army, dispersed the crowd.", "ASSAULT", "army"),
    ("Kurdish militias, backed by Washington, seized the oil field.", "COERCE", "Washington"),
    ("The government forces, supported by Wagner mercenaries, attacked the town.", "ASSAULT", "Wagner"),
    ("The militia, backed by Eritrea, captured the hill.", "COERCE", "Eritrea"),
    ("Yemeni troops, supported by Saudi jets, retook the district.", "COERCE", "Saudi"),
    ("Security forces, backed by helicopters, arrested the gang leaders.", "COERCE", "helicopters"),
]


@pytest.mark.parametrize("text,etype,supporter", SUPPORTED_BY)
def test_supported_by_adds_an_actor(pipeline, text, etype, supporter):
    events, names = events_of(pipeline, text, etype)
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    assert named(names, event.actors, supporter), (supporter, event.actors, names)
    assert len(event.actors) >= 2
    assert not any(e.type == "SUPPORT" and e.trigger.text in ("supported", "backed") for e in events)


PASSIVES = [
    ("The aid workers were attacked by rebels.", "ASSAULT", "rebels", "workers"),
    ("The journalists were arrested by police.", "COERCE", "police", "journalists"),
    ("The ambassador was expelled by Kenya.", "SANCTION", "Kenya", "ambassador"),
    ("The villagers were shelled by government forces.", "ASSAULT", "government forces", "villagers"),
    ("The protesters were dispersed by police.", "ASSAULT", "police", "protesters"),
    ("Two soldiers were kidnapped by militants.", "ASSAULT", "militants", "soldiers"),
    ("The town was recaptured by the army.", "COERCE", "army", None),
    ("The minister was criticized by the opposition.", "ACCUSE", "opposition", "minister"),
    ("The prisoners were released by the rebels.", "RETREAT", "rebels", "prisoners"),
    ("The activists were detained by security forces.", "COERCE", "security forces", "activists"),
    ("The French embassy was damaged by an Algerian protester.", "PROTEST", "protester", "French"),
    ("Evidence against Iran was presented by France at the hearing.", "ACCUSE", "France", "Iran"),
    ("The president was accused by the opposition of fraud.", "ACCUSE", "opposition", "president"),
    ("The refugees were deported by the government.", "COERCE", "government", "refugees"),
    ("The offer was rejected by Hamas.", "REJECT", "Hamas", None),
    ("The students were beaten by police.", "ASSAULT", "police", "students"),
    ("The leader was assassinated by gunmen.", "ASSAULT", "gunmen", "leader"),
    ("The hostages were freed by commandos.", "RETREAT", "commandos", "hostages"),
    ("The soldiers were ambushed by insurgents.", "ASSAULT", "insurgents", "soldiers"),
    ("The diplomats were welcomed by the president.", "SUPPORT", "president", "diplomats"),
    ("The protest was banned by the authorities.", "COERCE", "authorities", None),
    ("The plan was endorsed by the European Union.", "SUPPORT", "European Union", None),
    ("The civilians were killed by militants.", "ASSAULT", "militants", "civilians"),
    ("The opposition leader was jailed by the court.", "COERCE", "court", "leader"),
    ("The rebels were attacked by government troops.", "ASSAULT", "government troops", "rebels"),
    ("Iraqi soldiers were captured by Kurdish fighters.", "COERCE", "Kurdish fighters", "soldiers"),
]


@pytest.mark.parametrize("text,etype,agent,patient", PASSIVES)
def test_passive_agent_is_actor_subject_is_recipient(pipeline, text, etype, agent, patient):
    events, names = events_of(pipeline, text, etype)
    assert events, (text, events_of(pipeline, text)[0])
    event = max(events, key=lambda e: e.confidence)
    assert named(names, event.actors, agent), (agent, event.actors, names)
    if patient:
        assert named(names, event.recipients, patient), (patient, event.recipients, names)


# ------------------------------------------------------------------------------------------ triggers, types
TRIGGERS = [
    ("Government forces pushed back the rebels from the town.", "COERCE", "pushed back"),
    ("The army recaptured the village on Sunday.", "COERCE", "recaptured"),
    ("Heavy shelling hit the city overnight.", "ASSAULT", "shelling"),
    ("The truce between the two militias held.", "RETREAT", "truce"),
    ("The talks between Iran and the United States resumed in Vienna.", "CONSULT", "talks"),
    ("Police arrested 40 people after looting in the city centre.", "COERCE", "arrested"),
    ("The abduction of the engineers by gunmen shocked the town.", "ASSAULT", "abduction"),
    ("Thousands joined a protest against the government in Minsk.", "PROTEST", "protest"),
    ("The arrest of the opposition leader by police sparked anger.", "COERCE", "arrest"),
]


@pytest.mark.parametrize("text,etype,trigger", TRIGGERS)
def test_triggers_verbs_and_nouns(pipeline, text, etype, trigger):
    events, _ = events_of(pipeline, text, etype)
    assert any(trigger in e.trigger.text or any(trigger in s.text for s in e.triggers) for e in events), \
        (text, events_of(pipeline, text)[0])


def test_headline_line_in_txt_text_is_coded(pipeline):
    text = "Russia expels US diplomats\n\nMoscow said the move was a response to sanctions."
    events, _ = events_of(pipeline, text, "SANCTION")
    assert events and events[0].trigger.start < 26 and events[0].status == "asserted"


def test_headline_infinitive_is_future(pipeline):
    events, _ = events_of(pipeline, "Biden to visit Japan next week\n\nThe trip was announced on Monday.", "CONSULT")
    assert events and events[0].status == "future"


def test_title_outside_text_boosts_matching_type(pipeline):
    with_title, _ = run(pipeline, "Rebels attacked the town and the army arrested them.", title="Rebels attack town")
    plain, _ = run(pipeline, "Rebels attacked the town and the army arrested them.")
    a = [e for e in with_title.events if e.type == "ASSAULT"][0]
    b = [e for e in plain.events if e.type == "ASSAULT"][0]
    assert a.confidence > b.confidence
    assert with_title.shared["events_title"] == ["ASSAULT"]


def test_mode_cameo_and_context(pipeline):
    events, _ = events_of(pipeline, "Israeli warplanes bombed a Hamas training camp in Gaza.", "ASSAULT")
    assert events[0].mode == "aerial"
    assert events[0].cameo == "195"
    assert "military" in events[0].context
    events, _ = events_of(pipeline, "Police arrested the opposition leader in Minsk.", "COERCE")
    assert events[0].mode == "arrest" and events[0].cameo == "173" and "legal" in events[0].context


def test_protesters_make_violence_a_riot_and_police_violence_crowd_control(pipeline):
    riot, _ = events_of(pipeline, "Protesters attacked a police station in the capital.")
    assert top_event(riot).type == "PROTEST" and top_event(riot).mode == "riot"
    crowd, _ = events_of(pipeline, "Police fired tear gas at the protesters.", "ASSAULT")
    assert crowd and crowd[0].mode == "crowd-control"


# ------------------------------------------------------------------------------------------ derived events
def test_will_provide_is_an_asserted_agree_and_a_future_aid(pipeline):
    events, _ = events_of(pipeline, "The United Nations will provide food aid to the refugees.")
    assert top_event(events).type == "AGREE"
    assert any(e.type == "AID" and e.status == "future" for e in events)


def test_will_not_provide_is_reject(pipeline):
    events, _ = events_of(pipeline, "Merkel said she would not provide support to Greece.")
    assert top_event(events).type == "REJECT"


def test_conditional_threat(pipeline):
    events, _ = events_of(pipeline, "Nigeria said it will withdraw its peacekeepers from Chad unless a ceasefire "
                                    "is arranged.")
    assert top_event(events).type == "THREATEN"


def test_state_claim_of_attack_is_an_accusation(pipeline):
    events, names = events_of(pipeline, "Turkey claimed that the PKK had attacked a border post.")
    top = top_event(events)
    assert top.type == "ACCUSE" and named(names, top.recipients, "PKK")
    assert any(e.type == "ASSAULT" and e.status == "uncertain" for e in events)


def test_claim_against_a_group_the_parser_calls_a_person_is_an_accusation(pipeline):
    # the small spaCy model tags "Boko Haram" PERSON; the actors KB knows it is an armed group
    events, names = events_of(pipeline, "Nigeria claimed that Boko Haram had attacked a border post.")
    top = top_event(events)
    assert top.type == "ACCUSE" and named(names, top.recipients, "Boko Haram")
    # a private person in the same frame is no party to accuse
    events, _ = events_of(pipeline, "Nigeria claimed that John Smith had attacked a border post.")
    assert not any(e.type == "ACCUSE" for e in events)


def test_must_under_speech_is_request(pipeline):
    events, names = events_of(pipeline, "Russia said that Sudan must return the helicopter.")
    assert top_event(events).type == "REQUEST" and named(names, top_event(events).recipients, "Sudan")


# ------------------------------------------------------------------------------------------ actors, merge, ids
def test_unknown_argument_becomes_an_actor_with_mentions_and_spans(pipeline):
    analysis, names = run(pipeline, "Unidentified gunmen attacked a checkpoint near the border.")
    event = [e for e in analysis.events if e.type == "ASSAULT"][0]
    assert named(names, event.actors, "gunmen")
    actor = [a for a in analysis.actors if a.id == event.actors[0]][0]
    assert actor.kind == "armed_group" and actor.sector == "REB"
    assert any(s[2] == actor.id for s in analysis.shared["actor_spans"])
    for m in actor.mentions:
        assert analysis.text[m.start:m.end] == m.text


def test_repeated_mentions_merge_with_all_triggers(pipeline):
    text = ("Hamas attacked Sderot on Monday. Witnesses said Hamas attacked Sderot with rockets.")
    analysis, _ = run(pipeline, text)
    assaults = [e for e in analysis.events if e.type == "ASSAULT" and e.status == "asserted"]
    assert len(assaults) == 1
    assert len(assaults[0].triggers) >= 2
    for span in assaults[0].triggers:
        assert text[span.start:span.end] == span.text


def test_event_fields_are_valid(pipeline):
    analysis, _ = run(pipeline, "Turkish police detained 40 protesters in Istanbul on Sunday, reports said.")
    for n, e in enumerate(analysis.events, 1):
        assert e.id == f"E{n}"
        assert 0.0 <= e.confidence <= 1.0
        assert analysis.text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert e.sentence.start <= e.trigger.start < e.sentence.end


def test_source_from_reporting_verb(pipeline):
    analysis, names = run(pipeline, "Reuters reported that the army shelled the village.")
    event = [e for e in analysis.events if e.type == "ASSAULT"][0]
    assert event.source is not None and named(names, [event.source], "Reuters")


def test_code_sentence_api(pipeline):
    events = code_sentence("Police arrested the mayor.", pipeline=pipeline)
    assert [e.type for e in events] == ["COERCE"]


def test_no_event_in_neutral_sentence(pipeline):
    events, _ = events_of(pipeline, "The weather was sunny in Paris on Tuesday.")
    assert events == []


# ------------------------------------------------------------------------------------------ knowledge
def test_lexicon_spec_parsing():
    groups = {"x": frozenset({"town"})}
    entry = parse_spec("take ~control|@x", "COERCE:seize c=192 x=military w=0.7", groups)
    assert (entry.type, entry.mode, entry.cameo, entry.context, entry.weight) == (
        "COERCE", "seize", "192", ("military",), 0.7)
    assert entry.constraint == frozenset({"control", "town"})
    assert parse_spec("release ~statement", "X", groups).type is None
    with pytest.raises(ValueError):
        parse_spec("foo", "NOTATYPE", groups)


def test_lexicon_loads_and_cameo_table():
    lex = load_lexicon()
    assert any(e.type == "ASSAULT" for e in lex.verb_entries("shell"))
    assert cameo_to_plover("1124").type == "ACCUSE"
    assert cameo_to_plover("0331").mode is None
    assert unique_cameo("COERCE", "arrest") == "173"
    assert unique_cameo("ASSAULT", "abduct") is None  # 181 and 184


# ------------------------------------------------------------------------------------------ generalisation fixes
def test_month_name_is_not_a_trigger(pipeline):
    events, _ = events_of(pipeline, "KYIV, March 3, 2022 (Reuters) - Ukraine's foreign ministry rejected a "
                                    "Russian proposal for a temporary truce on Thursday.")
    assert not [e for e in events if e.trigger.text == "March"], events
    assert any(e.type == "REJECT" for e in events)


@pytest.mark.parametrize("text", [
    "Protesters marched in March against the government.",
    "The Strike Force Command said the city was calm.",
])
def test_names_and_dates_never_trigger(pipeline, text):
    events, _ = events_of(pipeline, text)
    assert all(e.trigger.text[0].islower() or e.trigger.start == 0 for e in events), events


def test_rejected_proposal_for_a_truce_is_one_reject(pipeline):
    events, names = events_of(pipeline, "Kyiv rejected a Russian proposal for a temporary truce.")
    assert [e.type for e in events] == ["REJECT"], events
    assert named(names, events[0].recipients, "Russia")
    assert not any(named(names, events[0].recipients, w) for w in ("Kyiv",))


def test_denied_reports_of_an_attack_are_not_an_attack(pipeline):
    events, _ = events_of(pipeline, "The government denied reports of an attack on the village.")
    assert not [e for e in events if e.type == "ASSAULT" and e.status == "asserted"], events


@pytest.mark.parametrize("text, etype, patient", [
    ("France sent 4,000 troops to Liberia.", "MOBILIZE", "Liberia"),
    ("The United States withdrew its forces from Panama.", "RETREAT", "Panama"),
    ("Archbishop Desmond Tutu called for sanctions against Nigeria.", "REQUEST", "Nigeria"),
    ("Pakistan refused to deploy peacekeepers in Iraq.", "REJECT", "Iraq"),
    ("Iran threatened to launch a new military offensive against Iraq.", "THREATEN", "Iraq"),
    ("Russian forces shelled Kharkiv on Tuesday.", "ASSAULT", "Kharkiv"),
    ("The IAEA dispatched inspectors to Iran.", "ACCUSE", "Iran"),
])
def test_recipient_of_theme_objects_and_complements(pipeline, text, etype, patient):
    events, names = events_of(pipeline, text, etype)
    assert events, events_of(pipeline, text)
    event = max(events, key=lambda e: e.confidence)
    assert named(names, event.recipients, patient), (patient, event.recipients, names)


def test_adjective_is_not_a_recipient(pipeline):
    events, names = events_of(pipeline, "Iran threatened to launch a new military offensive.", "THREATEN")
    assert events and not any(named(names, e.recipients, "military") for e in events), (events, names)


@pytest.mark.parametrize("text, etype", [
    ("The minister castigated the opposition for the delay.", "ACCUSE"),
    ("Both sides agreed to demilitarize the border zone.", "RETREAT"),
    ("The government recalled its ambassador from Moscow.", "SANCTION"),
    ("Dock workers began a work stoppage at the port.", "PROTEST"),
    ("Japan will provide humanitarian aid to the flood victims.", "AID"),
    ("The opposition repudiated the election results.", "REJECT"),
])
def test_broader_lexicon_by_category(pipeline, text, etype):
    events, _ = events_of(pipeline, text, etype)
    assert events, events_of(pipeline, text)


@pytest.mark.parametrize("text, etype, patient", [
    # the subject of the condition a threat or demand sets
    ("Rebels threatened to attack the town unless the army withdrew.", "THREATEN", "army"),
    ("The union threatened to call a nationwide strike unless France withdrew the reform.", "THREATEN", "France"),
    # "allowed X to ...": the party allowed
    ("The court allowed the opposition leader to run in the election.", "CONCEDE", "opposition leader"),
    # the agent of a participle inside a non-actor object
    ("Police launched an investigation into killings carried out by militia fighters.", "ACCUSE", "militia"),
    # "of" phrases whose own "with" names the party
    ("Poland announced a suspension of rail links with Belarus.", "SANCTION", "Belarus"),
    # a purpose phrase after a theme object
    ("Greece mobilized its reservists for a potential war against Turkey.", "MOBILIZE", "Turkey"),
])
def test_recipients_of_conditions_complements_and_nominal_partners(pipeline, text, etype, patient):
    events, names = events_of(pipeline, text, etype)
    assert events, events_of(pipeline, text)
    event = max(events, key=lambda e: e.confidence)
    assert named(names, event.recipients, patient), (patient, event.recipients, names)


def test_described_setting_is_not_a_recipient(pipeline):
    text = "Ministers held a meeting with Iranian envoys at a dinner hosted by the French president."
    events, names = events_of(pipeline, text, "CONSULT")
    event = max(events, key=lambda e: e.confidence)
    assert named(names, event.recipients, "Iranian"), (event, names)
    assert not named(names, event.recipients, "French"), (event, names)


def test_committing_a_crime_is_not_an_agreement(pipeline):
    events, _ = events_of(pipeline, "Investigators said the soldiers committed crimes against civilians.", "AGREE")
    assert not events, events


@pytest.mark.parametrize("text, etype", [
    ("Government troops repelled a rebel attack on the garrison.", "ASSAULT"),
    ("The two armies exchanged fire across the border.", "ASSAULT"),
    ("Police used force to break up the demonstration.", "ASSAULT"),
    ("Security forces quelled the riot in the capital.", "ASSAULT"),
    ("The rebels downed a government helicopter.", "ASSAULT"),
    ("The army amassed troops along the frontier.", "MOBILIZE"),
    ("Authorities tightened security around the parliament.", "MOBILIZE"),
    ("The junta dissolved the main opposition party.", "COERCE"),
    ("The regime exiled the dissident writer.", "COERCE"),
    ("Insurgents took the town after a week of fighting.", "COERCE"),
    ("Both sides agreed to halt the offensive.", "RETREAT"),
    ("The government dropped the charges against the journalists.", "CONCEDE"),
    ("The president heeded the demands of the protesters.", "CONCEDE"),
    ("The European Union withheld aid from the government.", "SANCTION"),
    ("Thousands poured into the streets of the capital.", "PROTEST"),
    ("The opposition disavowed the agreement.", "REJECT"),
    ("The minister lashed out at the United Nations.", "ACCUSE"),
    ("The two countries exchanged intelligence on the militants.", "COOPERATE"),
    ("Aid agencies distributed food to the displaced families.", "AID"),
])
def test_codebook_coverage_pass(pipeline, text, etype):
    events, _ = events_of(pipeline, text, etype)
    assert events, events_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "The bank will charge customers a new fee.",
    "The government approved the budget on Monday.",
    "The new law aims to protect consumers.",
    "The firm recruited 200 engineers.",
    "He kicked off the campaign in Ohio.",
])
def test_ordinary_uses_of_codebook_verbs_are_not_events(pipeline, text):
    events, _ = events_of(pipeline, text)
    assert not events, events


def test_dateline_place_is_not_an_event_party_regression(pipeline):
    # regression: "MARIB, Yemen - Houthi fighters attacked ..." made the dateline city an attacker
    from eventwire.document import Article

    analysis = pipeline.analyse(Article(text="ADEN, Yemen - Rebel fighters attacked army positions on Tuesday."))
    names = {a.id: a.name for a in analysis.actors}
    attackers = [names[i] for e in analysis.events if e.type == "ASSAULT" for i in e.actors]
    assert attackers and not any("ADEN" in n for n in attackers)
