"""events stage: trigger coverage written from the PLOVER/CAMEO categories, and parse slips around particles,
hyphenated verbs and mis-tagged roots (hand-built cases; regression tests for coder fixes)."""

from __future__ import annotations

import pytest

from eventwire.document import Article
from eventwire.stages.events import top_event


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    """The stage with the lexicon alone: these cases test what the lexicon and the coder find, whatever the
    sentence classifier (tested in test_events_classifier.py) later re-weights or drops."""
    pipe = pipeline_factory("actors", "events")
    stage = next(s for s in pipe.stages if s.name.startswith("events"))
    stage.ensure_ready()
    saved, stage.classifier = stage.classifier, None
    yield pipe
    stage.classifier = saved


def coded(pipeline, text):
    analysis = pipeline.analyse(Article(text=text))
    names = {a.id: " ".join([a.name] + [m.text for m in a.mentions]) for a in analysis.actors or []}
    return analysis.events, names


def brief(events):
    return [(e.type, e.mode, e.status, e.trigger.text, e.confidence) for e in events]


# One asserted top event of the expected type for general wordings of each category.
COVERAGE = [
    ("The two countries came to terms on a new border treaty on Monday.", "AGREE"),
    ("The rebels assented to a United Nations plan for elections.", "AGREE"),
    ("Japan expressed its willingness to resume talks with North Korea.", "AGREE"),
    ("The government signalled its readiness to negotiate with the strikers.", "AGREE"),
    ("The parties worked out a compromise on the budget.", "AGREE"),
    # signing a formal agreement other than a truce or deal is CAMEO 057, which the CAMEO->PLOVER table maps
    # to SUPPORT
    ("Ministers signed a memorandum of understanding on trade.", "SUPPORT"),
    ("Blair spoke by telephone with Clinton about the crisis.", "CONSULT"),
    ("France voiced support for the Lebanese government.", "SUPPORT"),
    ("Washington reaffirmed its backing for the peace process.", "SUPPORT"),
    ("The bishops came out in favour of the reform.", "SUPPORT"),
    ("The World Bank approved a loan to Ghana.", "AID"),
    ("Saudi Arabia bankrolled the rebel movement.", "AID"),
    ("Cuba sent doctors to Haiti after the hurricane.", "AID"),
    ("The donors gave the ministry 750 million dollars.", "AID"),
    ("Syrian troops pulled out of the valley.", "RETREAT"),
    ("The parliament voted down the budget.", "REJECT"),
    ("Opposition supporters boycotted the election.", "PROTEST"),
    ("The rebels pulled out of the peace talks.", "SANCTION"),
    ("Iran test-fired a long-range missile.", "MOBILIZE"),
    ("Security forces raided the headquarters of the party.", "COERCE"),
    ("The journalist was placed under house arrest.", "COERCE"),
    ("The convoy came under attack near the border.", "ASSAULT"),
    ("The ministry lodged a formal complaint with the ambassador.", "ACCUSE"),
]


@pytest.mark.parametrize("text,etype", COVERAGE)
def test_general_wordings_are_coded(pipeline, text, etype):
    events, _ = coded(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == etype, brief(events)


# regression: "out" of "pulled out of" parsed as a preposition hid the phrasal verb and its "of" phrase
def test_particle_parsed_as_preposition_keeps_the_phrasal_verb_and_its_party(pipeline):
    events, names = coded(pipeline, "Syrian troops pulled out of Lebanon.")
    top = top_event(events)
    assert top.type == "RETREAT" and top.trigger.text == "pulled out", brief(events)
    assert any("Lebanon" in names[r] for r in top.recipients), (top.recipients, names)


# regression: "sat in the car" must not read as the phrasal "sit in" (protest) through the same repair
def test_in_stays_a_preposition(pipeline):
    events, _ = coded(pipeline, "The minister sat in the car for an hour.")
    assert not any(e.type == "PROTEST" for e in events), brief(events)


# regression: "called on X to resign" was coded as a visit (CONSULT) by the "call on <leader>" line
def test_call_on_someone_to_act_is_a_request_and_they_act(pipeline):
    events, names = coded(pipeline, "The opposition called on the president to resign.")
    top = top_event(events)
    assert top.type == "REQUEST", brief(events)
    resign = [e for e in events if e.type == "RETREAT"]
    assert resign and resign[0].status != "asserted"
    assert any("president" in names[a] for a in resign[0].actors), (resign[0].actors, names)
    events, _ = coded(pipeline, "The envoy called on the president in his palace.")
    assert top_event(events).type == "CONSULT", brief(events)


# regression: "called a meeting" took the phone mode from the cue word "call"
def test_calling_a_meeting_is_no_phone_call(pipeline):
    events, _ = coded(pipeline, "The chancellor called a meeting with union leaders.")
    top = top_event(events)
    assert top.type == "CONSULT" and top.mode != "phone", brief(events)
    events, _ = coded(pipeline, "The president telephoned his French counterpart on Monday.")
    assert top_event(events).mode == "phone", brief(events)


# regression: "The rebels handed over ..." parsed with the noun "rebels" as root was coded as the verb "rebel"
def test_noun_root_with_determiner_is_not_a_verb_trigger(pipeline):
    events, _ = coded(pipeline, "The rebels handed over their weapons to UN peacekeepers.")
    assert not any(e.trigger.text.lower() == "rebels" for e in events), brief(events)


# regression: "voiced support" was coded as disapproval (ACCUSE)
def test_voicing_support_is_support(pipeline):
    events, _ = coded(pipeline, "Germany voiced support for the new government.")
    assert top_event(events).type == "SUPPORT", brief(events)
    events, _ = coded(pipeline, "Germany voiced concern over the arrests.")
    assert top_event(events).type == "ACCUSE", brief(events)


# regression: "came under attack from X": X is the attacker, the subject the target
def test_came_under_attack_from(pipeline):
    events, names = coded(pipeline, "The patrol came under attack from Taliban fighters near the border.")
    top = top_event(events)
    assert top.type == "ASSAULT", brief(events)
    assert any("Taliban" in names[a] for a in top.actors), (top.actors, names)


# regression: headline verbs tagged as nouns ("Attack" inside a title-case compound, "lifts" read as a plural)
@pytest.mark.parametrize("text,etype", [
    ("Rebels Attack Army Base in North", "ASSAULT"),
    ("Police Detain Dozens After Clashes", "COERCE"),
    ("Government lifts curfew in capital", "CONCEDE"),
])
def test_headline_verbs_tagged_as_nouns(pipeline, text, etype):
    events, _ = coded(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == etype, brief(events)


# regression: the plural-noun reading stays for real compounds ("the arms deal", "the peace talks")
def test_plural_modifier_in_running_text_is_no_verb(pipeline):
    events, _ = coded(pipeline, "The arms deal was announced on Monday.")
    assert not any(e.trigger.text == "arms" for e in events), brief(events)


@pytest.mark.parametrize("text,etype,mode", [
    # the condition named in an "of" phrase under the preposition ("under a state of emergency")
    ("Authorities have placed the region under a state of emergency.", "COERCE", "martial-law"),
    ("Security forces used live ammunition against the gunmen.", "ASSAULT", "firearms"),
    # expelling individuals is deportation (CAMEO 174), not the expulsion of a mission (166)
    ("Two journalists have been expelled from the country.", "COERCE", "deport"),
    ("Volunteers rushed blankets and medicine to the survivors.", "AID", None),
])
def test_frames_of_general_verbs(pipeline, text, etype, mode):
    events, _ = coded(pipeline, text)
    top = top_event(events)
    assert top is not None and (top.type, top.mode) == (etype, mode), brief(events)


def test_money_approved_in_aid_is_aid(pipeline):
    events, _ = coded(pipeline, "The commission approved 15 million euros in emergency aid for the flood victims.")
    assert top_event(events).type == "AID", brief(events)


@pytest.mark.parametrize("text,etype", [
    ("The envoy shuttled between the two capitals to revive the talks.", "CONSULT"),
    ("Heads of government gathered in Vienna for a summit on energy.", "CONSULT"),
    ("Japan extended a low-interest credit line to Indonesia.", "AID"),
    ("The navy dispatched two frigates to the strait.", "MOBILIZE"),
    # "slammed into" is a strike, not "slammed" (criticised)
    ("Rockets slammed into a residential district, killing five.", "ASSAULT"),
    # the intent of a movement named by a possessive ("his movement was ready to ...") is an AGREE commitment
    ("The rebel leader said his movement was ready to enter negotiations with the government.", "AGREE"),
])
def test_more_general_frames(pipeline, text, etype):
    events, _ = coded(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == etype, brief(events)


@pytest.mark.parametrize("text,etype", [
    # acceding to demands is a concession (CAMEO 083), not an agreement of one's own
    ("The employers agreed to the union's demands after a long strike.", "CONCEDE"),
    # charging persons is legal action (CAMEO 173); a bank charging a fee is no event (test_events.py)
    ("Police charged three youths over the riot.", "COERCE"),
    # handing suspects to another state's police is judicial cooperation
    ("Belgium handed over four suspected militants to Dutch police.", "COOPERATE"),
])
def test_frames_with_persons(pipeline, text, etype):
    events, _ = coded(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == etype, brief(events)


# regression: attributive participles of a party ("striking miners", "occupying forces") were coded as events
@pytest.mark.parametrize("text,word", [
    ("The bishops issued a statement in support of the striking miners.", "striking"),
    ("The occupying forces handed control of the city to local police.", "occupying"),
])
def test_participle_describing_a_party_is_no_event(pipeline, text, word):
    events, _ = coded(pipeline, text)
    assert not any(e.trigger.text.lower() == word for e in events), brief(events)


# regression: roadblocks set up by security forces were coded as a protest
def test_security_forces_obstructing_restrict(pipeline):
    events, _ = coded(pipeline, "Soldiers set up roadblocks around the town.")
    top = top_event(events)
    assert (top.type, top.mode) == ("COERCE", "restrict"), brief(events)
    events, _ = coded(pipeline, "Farmers set up roadblocks around the town.")
    assert top_event(events).type == "PROTEST", brief(events)


@pytest.mark.parametrize("text,etype", [
    # (condolences extended are an empathetic comment, no event: test_events_nonevents_evH.py)
    ("The minister extended his congratulations to the new president.", "SUPPORT"),
    # "drew criticism from X": X criticises the subject's owner
    ("The governor's decision drew sharp criticism from opposition lawmakers.", "ACCUSE"),
    ("The bank froze loans to the government.", "SANCTION"),
    ("The army ended its cooperation with the militia.", "SANCTION"),
    ("A gunman went on a shooting spree at a shopping mall.", "ASSAULT"),
    ("Two bombs ripped through a crowded bus station.", "ASSAULT"),
])
def test_still_more_general_frames(pipeline, text, etype):
    events, _ = coded(pipeline, text)
    top = top_event(events)
    assert top is not None and top.type == etype, brief(events)


# "ordered a carrier to X" deploys forces; "ordered his troops to withdraw" is an order to retreat, no mobilization
def test_ordering_forces_somewhere_is_mobilization_but_not_an_order_to_act(pipeline):
    events, _ = coded(pipeline, "The defence ministry ordered two warships to the gulf.")
    assert top_event(events).type == "MOBILIZE", brief(events)
    events, _ = coded(pipeline, "The general ordered his troops to withdraw.")
    assert not any(e.type == "MOBILIZE" for e in events), brief(events)


def test_aid_dropped_from_the_air(pipeline):
    from eventwire.knowledge.plover import load_lexicon
    from eventwire.stages.events.coder import SentenceCoder

    doc = pipeline.analyse(Article(text="Helicopters dropped food and blankets to stranded villagers.")).doc
    found = SentenceCoder(load_lexicon()).code(next(doc.sents))
    assert any(c.etype == "AID" for c in found), [(c.etype, c.trigger) for c in found]


# protesters blockading obstruct (PROTEST); a navy blockading restricts (COERCE); "kept up" carries the event noun
def test_blockade_by_protesters_is_a_protest(pipeline):
    events, _ = coded(pipeline, "Protesters kept up their blockade of the port for a fifth day.")
    top = top_event(events)
    assert (top.type, top.mode) == ("PROTEST", "obstruct"), brief(events)
    events, _ = coded(pipeline, "The navy maintained its blockade of the port.")
    assert top_event(events).type == "COERCE", brief(events)
