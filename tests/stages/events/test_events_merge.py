"""events stage: repeated mentions of one event merge into one event (hand-built cases)."""

from __future__ import annotations

from eventwire.document import Article
from eventwire.models import Event, Offsets, Place, Span
from eventwire.stages.events import _merge

INCIDENTS = frozenset({"assault", "coerce"})


def ev(etype: str, start: int, *, actors=(), recipients=(), place=None, date=None, status="asserted",
       confidence=0.8) -> Event:
    return Event(id="E0", type=etype, actors=list(actors), recipients=list(recipients), place=place, date=date,
                 status=status, trigger=Span(start=start, end=start + 4, text="xxxx"),
                 triggers=[Span(start=start, end=start + 4, text="xxxx")],
                 sentence=Offsets(start=start, end=start + 10), confidence=confidence)


PLACES = [Place(id="P1", name="Mali", feature="country", country="MLI", resolution=1),
          Place(id="P2", name="Gao", feature="city", country="MLI", resolution=4),
          Place(id="P3", name="Niamey", feature="city", country="NER", resolution=4)]


def test_victim_named_twice_with_doer_once_is_one_incident():
    merged = _merge([ev("ASSAULT", 0, recipients=["A1"], place="P1", date="2021-03"),
                     ev("ASSAULT", 50, actors=["A2"], recipients=["A1"], place="P2", date="2021-03-02")],
                    PLACES, incident_types=INCIDENTS)
    assert len(merged) == 1
    one = merged[0]
    assert one.actors == ["A2"] and one.recipients == ["A1"]
    assert one.place == "P2"  # the city, not the country it lies in
    assert one.date == "2021-03-02"  # the day, not its month
    assert [s.start for s in one.triggers] == [0, 50]


def test_conflicting_place_date_or_doer_keeps_events_apart():
    apart = [
        [ev("ASSAULT", 0, recipients=["A1"], place="P2"), ev("ASSAULT", 50, actors=["A2"], recipients=["A1"],
                                                               place="P3")],
        [ev("ASSAULT", 0, recipients=["A1"], date="2021-03-01"),
         ev("ASSAULT", 50, actors=["A2"], recipients=["A1"], date="2021-03-05")],
        [ev("ASSAULT", 0, actors=["A3"], recipients=["A1"]), ev("ASSAULT", 50, actors=["A2"], recipients=["A1"])],
        [ev("ASSAULT", 0, actors=["A2"], recipients=["A1"]),
         ev("ASSAULT", 50, actors=["A2"], recipients=["A1"], status="hypothetical")],
    ]
    for events in apart:
        assert len(_merge(events, PLACES, incident_types=INCIDENTS)) == 2


def test_reactions_to_one_target_are_not_one_event():
    # "The bishops condemned the governor. The governor was also condemned in the press."
    events = [ev("ACCUSE", 0, actors=["A2"], recipients=["A1"]), ev("ACCUSE", 50, recipients=["A1"])]
    assert len(_merge(events, PLACES, incident_types=INCIDENTS)) == 2


def test_same_parties_in_a_country_and_a_city_in_it_merge():
    events = [ev("COERCE", 0, actors=["A2"], recipients=["A1"], place="P1"),
              ev("COERCE", 50, actors=["A2"], recipients=["A1"], place="P2")]
    merged = _merge(events, PLACES, incident_types=INCIDENTS)
    assert len(merged) == 1 and merged[0].place == "P2"


def test_passive_report_and_active_report_of_one_killing_merge(full_pipeline):
    text = ("A soldier was killed in an ambush in northern Mali on Tuesday. "
            "Jihadist fighters killed the soldier near Gao, the army said.")
    analysis = full_pipeline.analyse(Article(text=text, published="2021-03-04"))
    killings = [e for e in analysis.events if e.type == "ASSAULT" and e.recipients]
    assert len(killings) == 1
    names = {a.id: a.name for a in analysis.actors}
    assert any("Jihadist" in names[a] for a in killings[0].actors)
    assert sum(s.text == "killed" for s in killings[0].triggers) == 2


def test_same_doers_same_place_target_named_once_merge():
    # headline "Troops shell Kharkiv" (the city read as the place) + body "Troops shelled Kharkiv on Tuesday"
    headline = ev("ASSAULT", 0, actors=["A2"], place="P2", confidence=0.9)
    headline.mode = "heavy-weapons"
    body = ev("ASSAULT", 50, actors=["A2"], recipients=["A5"], place="P2", date="2021-03-02")
    body.mode = "heavy-weapons"
    merged = _merge([headline, body], PLACES, incident_types=INCIDENTS)
    assert len(merged) == 1 and merged[0].recipients == ["A5"] and merged[0].date == "2021-03-02"
    # another way of harm (a killing after the shelling) or another place stays a separate event
    killing = ev("ASSAULT", 90, actors=["A2"], recipients=["A6"], place="P2")
    elsewhere = ev("ASSAULT", 120, actors=["A2"], place="P3")
    elsewhere.mode = "heavy-weapons"
    assert len(_merge([headline, killing], PLACES, incident_types=INCIDENTS)) == 2
    assert len(_merge([elsewhere, body], PLACES, incident_types=INCIDENTS)) == 2


# ------------------------------------------------------------------------------------------ back references
def test_definite_event_noun_joins_the_event_it_refers_back_to(full_pipeline):
    text = ("A bomb exploded in a market in Kabul on Monday, killing five people. The explosion shattered "
            "windows. Police said the deadly blast was heard across the city. A second blast hit the airport.")
    analysis = full_pipeline.analyse(Article(text=text, published="2021-03-04"))
    assaults = [e for e in analysis.events if e.type == "ASSAULT"]
    spans = {s.text: e.id for e in assaults for s in e.triggers if s.start < text.index("A second")}
    assert "explosion" in spans and "blast" in spans
    earlier = {e.id for e in assaults if e.trigger.start < text.index("The explosion")}
    assert spans["explosion"] in earlier and spans["blast"] in earlier
    # "a second blast" is another explosion: still an event of its own
    second = text.index("blast hit")
    assert any(e.trigger.start >= second or any(s.start == second for s in e.triggers) for e in assaults
               if e.id not in earlier)


def test_back_reference_needs_a_definite_determiner_and_an_agreeing_place():
    from eventwire.knowledge.plover import load_lexicon
    from eventwire.stages.events import _fold_back_references

    lex = load_lexicon()
    text = "Gunmen attacked Gao. The attack shocked people. An attack hit Niamey. The latest attack hit Gao."
    first = ev("ASSAULT", text.index("attacked"), actors=["A2"], recipients=["A1"], place="P2")
    the_attack = ev("ASSAULT", text.index("attack shocked"), place="P2")
    an_attack = ev("ASSAULT", text.index("attack hit Niamey"), place="P3")
    latest = ev("ASSAULT", text.index("attack hit Gao"), place="P2")
    out = _fold_back_references([first, the_attack, an_attack, latest], text, PLACES,
                                determiners=lex.back_reference_determiners, distinct=lex.distinct_mention_words)
    assert len(out) == 3
    assert [s.start for s in out[0].triggers] == [first.trigger.start, the_attack.trigger.start]


# ------------------------------------------------------------------------------------------ recipient-less mentions
def test_mentions_without_recipients_merge_only_when_they_tell_the_same_act():
    # "The mayor promised to cut taxes. ... The mayor promised to build a bridge.": the same doer, no recipient,
    # place or date, yet two promises
    cut, build = ev("AGREE", 0, actors=["A1"]), ev("AGREE", 50, actors=["A1"])
    acts = {(0, 4): "promise cut", (50, 54): "promise build"}
    assert len(_merge([cut, build], PLACES, incident_types=INCIDENTS, acts=acts)) == 2
    # "Students marched through the capital. ... The students marched again.": one act told twice
    first, again = ev("PROTEST", 0, actors=["A1"]), ev("PROTEST", 50, actors=["A1"])
    acts = {(0, 4): "march", (50, 54): "march"}
    assert len(_merge([first, again], PLACES, incident_types=INCIDENTS, acts=acts)) == 1


def test_back_reference_or_a_link_in_one_clause_ties_recipient_less_mentions():
    acts = {(0, 4): "hold talk", (50, 54): "talk"}
    held, talks = ev("CONSULT", 0, actors=["A1"]), ev("CONSULT", 50, actors=["A1"])
    assert len(_merge([held, talks], PLACES, incident_types=INCIDENTS, acts=acts)) == 2
    held, talks = ev("CONSULT", 0, actors=["A1"]), ev("CONSULT", 50, actors=["A1"])
    # "... held talks. The talks ended.": the definite noun refers back
    assert len(_merge([held, talks], PLACES, incident_types=INCIDENTS, acts=acts,
                      back_references={(50, 54)})) == 1
    # "held a march to protest": one trigger inside the other's clause
    rally, protest = ev("PROTEST", 0, actors=["A1"]), ev("PROTEST", 50, actors=["A1"])
    assert len(_merge([rally, protest], PLACES, incident_types=INCIDENTS, acts={(0, 4): "rally", (50, 54): "protest"},
                      linked={((0, 4), (50, 54)), ((50, 54), (0, 4))})) == 1


def test_repeated_promises_of_one_speaker_stay_apart(full_pipeline):
    text = ("The mayor promised to cut taxes. The mayor promised to build a bridge. "
            "Later the mayor promised to hire more teachers.")
    analysis = full_pipeline.analyse(Article(text=text, published="2021-03-04"))
    promises = [e for e in analysis.events if any(s.text == "promised" for s in e.triggers)]
    assert len(promises) == 3
    assert all(len([s for s in e.triggers if s.text == "promised"]) == 1 for e in promises)


def test_same_act_repeated_and_a_definite_back_reference_still_merge(full_pipeline):
    text = "Students marched through the capital. The students marched again near the parliament."
    marches = [e for e in full_pipeline.analyse(Article(text=text, published="2021-03-04")).events
               if e.type == "PROTEST"]
    assert len(marches) == 1 and len(marches[0].triggers) == 2
    text = "The two delegations held talks in Oslo on Monday. The talks ended early."
    talks = [e for e in full_pipeline.analyse(Article(text=text, published="2021-03-04")).events
             if e.type == "CONSULT"]
    assert len(talks) == 1 and {s.text for s in talks[0].triggers} >= {"talks"} and len(talks[0].triggers) == 2


def test_a_verb_after_its_definite_subject_is_no_back_reference(full_pipeline):
    # "the mayor promised": the words before the verb are its subject, not a determiner of an event noun
    text = "The governor pledged to repair the roads. The governor pledged to open a clinic."
    pledges = [e for e in full_pipeline.analyse(Article(text=text, published="2021-03-04")).events
               if any(s.text == "pledged" for s in e.triggers)]
    assert len(pledges) == 2


def test_participant_less_mentions_of_one_sentence_still_merge_whatever_their_words():
    # "... were killed and wounded in the shelling": the rule for recipient-less mentions is about mentions that
    # name a doer; those naming nobody merge only when identical within one sentence, as before
    killed, wounded = ev("ASSAULT", 0, place="P2"), ev("ASSAULT", 20, place="P2")
    wounded.sentence = killed.sentence.model_copy()
    acts = {(0, 4): "kill", (20, 24): "wound"}
    assert len(_merge([killed, wounded], PLACES, incident_types=INCIDENTS, acts=acts)) == 1
