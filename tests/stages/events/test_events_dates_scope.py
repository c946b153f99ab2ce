"""events stage: each event's place and date come from its own clause scope (issue #8), checklist of invented
sentences.

An event takes the place and date of its own clause first, then of the clauses it is part of in its sentence, then
the article's fallback (here the dateline, LONDON; a date falls back to the paragraph, else none). A conjunct with a
subject of its own, a relative clause and a past-participle clause on a noun neither lend nor borrow, except:
a place or time fronted before the first conjunct's subject is said of the whole coordination; coordinated
passives ("two were killed and three others were wounded") share one setting; the noun a relative clause describes
lends it its place and time ("a car bomb in X on Friday that killed ..."), and a place it is on says where it
happened ("Kidal, where militants attacked ..."); a relative clause on a setting ("injured at a rally that was held
in X") places the event there.
"""

from __future__ import annotations

import pytest

from eventwire.document import Article

PUBLISHED = "2021-03-04"  # a Thursday
DATELINE = "LONDON (Reuters) - "
FALLBACK = "<dateline>"  # the event has no place of its own in the sentence: the dateline's
ANY = object()  # not checked

# (sentence, [(trigger word, expected place name part or FALLBACK, expected date)])
CASES = [
    ("Talks in Nairobi between the two parties collapsed last year, and Washington has threatened new sanctions "
     "on generals blamed for attacks on villagers.",
     [("threatened", FALLBACK, None), ("attacks", FALLBACK, None)]),
    ("In Mombasa, dockworkers went on strike on Monday and police arrested their leaders.",
     [("went", "Mombasa", "2021-03-01"), ("arrested", "Mombasa", None)]),
    ("On Tuesday, police arrested six students in Kampala, and soldiers raided their campus.",
     [("arrested", "Kampala", "2021-03-02"), ("raided", FALLBACK, "2021-03-02")]),
    # (Goma, which spaCy tags a person, is a place as the object of an assault verb: where the seizure was)
    ("Rebels who seized Goma in 2012 attacked an army post near Bunia on Sunday.",
     [("seized", "Goma", "2012"), ("attacked", "Bunia", "2021-02-28")]),
    ("Police in Lagos on Friday arrested a man who had attacked a pastor.",
     [("arrested", "Lagos", "2021-02-26"), ("attacked", FALLBACK, None)]),
    ("Four guards were killed and two more were injured when a buried mine went off near Kandahar on "
     "Wednesday.",
     [("killed", "Kandah", "2021-03-03"), ("injured", "Kandah", "2021-03-03")]),
    ("Troops withdrew from Kidal, where militants had attacked a convoy in January.",
     [("withdrew", "Kidal", None), ("attacked", "Kidal", "2021-01")]),
    ("Protesters marched through Minsk on Saturday, and riot police detained dozens of them.",
     [("marched", "Minsk", "2021-02-27"), ("detained", FALLBACK, None)]),
    ("A car bomb in Mogadishu on Friday that killed nine people was claimed by al Shabaab.",
     [("killed", "Mogadishu", "2021-02-26")]),
    ("Three people were injured at a rally that was held in Yangon on Sunday.",
     [("injured", "Yangon", ANY), ("held", "Yangon", "2021-02-28")]),
    ("The ministry said on Monday that soldiers had shelled rebel positions near Idlib.",
     [("shelled", "Idlib", None)]),
    ("Militants attacked a checkpoint in Benghazi on Monday and killed four policemen.",
     [("attacked", "Benghazi", "2021-03-01"), ("killed", "Benghazi", "2021-03-01")]),
    ("Turkey shelled Kurdish positions in Afrin last week, and Kurdish officials accused Turkish forces of "
     "aggression.",
     [("shelled", "Afr", "2021-W08"), ("accused", FALLBACK, None)]),
    ("Police arrested 30 people blocking a highway in Santiago on Sunday.",
     [("arrested", "Santiago", "2021-02-28"), ("blocking", "Santiago", "2021-02-28")]),
    ("The envoy held talks in Juba in May, and rebel leaders signed the accord in Addis Ababa in June.",
     [("signed", "Addis Ababa", "2020-06")]),
    ("Investigators examined a truck seized in Calais last month.",
     [("seized", "Calais", "2021-02")]),
    ("Hundreds of workers rallied in Dhaka on Thursday, demanding higher wages.",
     [("rallied", "Dhaka", "2021-03-04"), ("demanding", "Dhaka", "2021-03-04")]),
    ("Israeli jets struck targets in Rafah on Sunday, after militants fired rockets at Ashkelon on Saturday.",
     [("fired", "Ashkelon", "2021-02-27")]),
    ("A court in Ankara jailed two journalists on Wednesday, and their newspaper said it would appeal.",
     [("jailed", "Ankara", "2021-03-03"), ("appeal", FALLBACK, None)]),
    ("Last month in Tripoli, militias clashed near the airport and the government declared a curfew.",
     [("clashed", "Tripoli", "2021-02"), ("declared", "Tripoli", "2021-02")]),
    ("Ukraine accused Russia of massing troops near its border, and NATO held talks in Brussels on Tuesday.",
     [("accused", FALLBACK, None), ("held talks", "Brussels", "2021-03-02")]),
    ("Gunmen killed a teacher in Maiduguri in January, and the army arrested two suspects.",
     [("killed", "Maiduguri", "2021-01"), ("arrested", FALLBACK, None)]),
    ("Officials in Herat said militants attacked a police station on Monday.",
     [("attacked", FALLBACK, "2021-03-01")]),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_each_event_takes_its_own_clauses_place_and_date(full_pipeline, sentence, expected):
    analysis = full_pipeline.analyse(Article(text=DATELINE + sentence, published=PUBLISHED))
    names = {p.id: p.name for p in analysis.places or []}
    found = {e.trigger.text: (names.get(e.place), e.place_rule, e.date) for e in analysis.events}
    for word, place, date in expected:
        event = next((e for e in analysis.events if any(word in s.text for s in e.triggers)), None)
        assert event is not None, (word, found)
        if place is FALLBACK:
            assert event.place_rule == "dateline", (word, found)
        else:
            assert event.place_rule != "dateline" and place in (names.get(event.place) or ""), (word, found)
        if date is not ANY:
            assert event.date == date, (word, found)


def test_the_issue_sentence_keeps_the_other_conjuncts_place_and_date_to_itself(full_pipeline):
    text = ("A truce in Doha between the two sides broke down last year, and Washington has threatened further "
            "sanctions on commanders blamed for attacks on civilians.")
    analysis = full_pipeline.analyse(Article(text=text, published=PUBLISHED))
    for word in ("threatened", "attacks"):
        event = next(e for e in analysis.events if any(word in s.text for s in e.triggers))
        assert event.place_rule not in ("clause", "sentence") and event.date is None, (word, event)
