"""framing.v1 probes: invented wire copy that must read as neutral, and invented commentary that must not."""

from __future__ import annotations

import pytest

from eventwire.document import Analysis, Article
from eventwire.stages.framing import voices_of
from eventwire.stages.framing.features import DocFeatures
from eventwire.stages.framing.opinion import opinion_score


@pytest.fixture(scope="module")
def nlp_pipeline(pipeline_factory):
    return pipeline_factory("nlp")


@pytest.fixture(scope="module")
def analyse(nlp_pipeline):
    def run(text: str, **shared) -> Analysis:
        analysis = nlp_pipeline.analyse(Article(text=text))
        analysis.shared.update(shared)
        return analysis

    return run


def _opinion(analyse, text: str) -> float:
    a = analyse(text)
    return opinion_score(DocFeatures(a.doc), voices_of(a), []).score


# Wire reports of violent or damaging events: the valenced nouns and verbs name what happened, not a view.
EVENT_REPORTS = [
    "Gunmen killed nine villagers and wounded 14 in a raid on a cattle market on Sunday, the governor's office "
    "said. Survivors were flown to a hospital in the provincial capital.",
    "A landslide struck a mining camp before dawn on Friday, the regional authority said. Rescuers pulled out "
    "three survivors; the damage to the access road delayed the search.",
    "Gunmen attacked a police post near the northern border, killing four officers, the interior ministry said.",
    # several valenced nouns and verbs in a short report ("won", "promised", "party"; "torture", "denied")
    "The centrist party won 31 percent of the vote, its best result in a decade, according to official results. "
    "Its leader promised to form a government within weeks.",
    "Rights groups accused the guards of torture and of beating detainees. The prison service denied the "
    "accusations and said it respected the law.",
]


@pytest.mark.parametrize("text", EVENT_REPORTS, ids=[f"report{n}" for n in range(len(EVENT_REPORTS))])
def test_event_words_in_a_wire_report_do_not_make_it_opinion(analyse, text):
    assert _opinion(analyse, text) < 0.1


def test_evaluative_modifiers_still_make_commentary(analyse):
    text = ("The council's shameful, cowardly decision is a disaster for every family in this town. "
            "We deserve so much better than these clowns.")
    assert _opinion(analyse, text) > 0.6


# ----- span edges --------------------------------------------------------------------------------------------

def test_decoded_span_drops_edge_quotes_and_function_words(analyse):
    import numpy as np

    from eventwire.stages.framing.techniques import decode_spans

    text = 'Critics said the "vile sham" of the plan was clear, and the reckless folly at the end too.'
    df = DocFeatures(analyse(text).doc)
    high = {'"', "vile", "sham", "of", "the", "and", "reckless", "folly", "at"}
    proba = np.array([0.6 if (w in high and i > 2) else 0.0 for i, w in enumerate(df.text)])
    spans = [text[g.start:g.end] for g in decode_spans(df, proba, {"hi": 0.5, "lo": 0.2, "min_chars": 3})]
    # The run '"vile sham" of the' keeps its evaluative words; the run 'and the reckless folly at the' too.
    assert spans == ["vile sham", "the reckless folly"]
