"""framing.v1: voices, propaganda techniques (PTC's 14), opinion and stance toward actors.

- voices: `analysis.shared["voices"]` from the quotes stage; without it, quotes' spans are the quoted voice, and
  without quotes the whole text is the author's.
- techniques: a hashed linear token tagger (SI) and span classifier (TC) trained on ptc_semeval2020 dev only
  (scripts/train_framing.py; artifact in stages/data/framing/ with its score and command).
- opinion and stance: documented formulas in docs/FRAMING.md (eventwire.stages.framing.opinion / .stance).

Public helpers for evaluation: `label_spans(analysis_or_text, spans)` (TC given spans) and
`predict_spans(analysis)` (SI).
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.document import Analysis
from eventwire.models import Framing, Stance, TechniqueSpan, VoiceSpan
from eventwire.stages.base import Stage
from eventwire.stages.framing.features import DocFeatures
from eventwire.stages.framing.model import TechniqueModel, load_model
from eventwire.stages.framing.techniques import (
    SpanGuess,
    assign_labels,
    decode_spans,
    span_proba,
    token_proba,
)

__all__ = ["FramingStage", "label_spans", "predict_spans", "voices_of"]


def voices_of(analysis: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, "author"|"quoted") covering the text: shared["voices"], else quotes, else all author."""
    n = len(analysis.text)
    given = analysis.shared.get("voices")
    if given:
        return [(int(s), int(e), str(v)) for s, e, v in given]
    quoted = sorted((q.start, q.end) for q in (analysis.quotes or []) if q.end > q.start)
    if not quoted:
        return [(0, n, "author")]
    out: list[tuple[int, int, str]] = []
    pos = 0
    for s, e in quoted:
        s = max(s, pos)
        if e <= s:
            continue
        if s > pos:
            out.append((pos, s, "author"))
        out.append((s, e, "quoted"))
        pos = e
    if pos < n:
        out.append((pos, n, "author"))
    return out


def _features(analysis: Analysis) -> DocFeatures:
    # Computed afresh (a few ms) rather than cached on the analysis: predict() must not change it.
    return DocFeatures(analysis.doc)


def _model() -> TechniqueModel:
    model = load_model()
    if model is None:
        from eventwire.errors import PipelineError

        raise PipelineError("the framing technique model is missing; run scripts/train_framing.py")
    return model


def predict_spans(analysis: Analysis) -> list[SpanGuess]:
    """SI: technique spans (unlabelled) with a confidence."""
    model = _model()
    df = _features(analysis)
    return decode_spans(df, token_proba(model, df), model.params)


def _as_analysis(analysis_or_text: Analysis | str) -> Analysis:
    """An analysis with a parse: plain text (or an unparsed analysis) goes through the default spaCy pipeline."""
    from eventwire.document import Article
    from eventwire.settings import Settings
    from eventwire.stages.nlp import load_spacy

    analysis = analysis_or_text
    if not isinstance(analysis, Analysis):
        analysis = Analysis(article=Article(text=analysis_or_text))
    if analysis.doc is None:
        analysis.doc = load_spacy(Settings().spacy_model)(analysis.text)
    return analysis


def label_spans(analysis_or_text: Analysis | str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """TC: one PTC technique per given (start, end). A span listed k times gets its k most likely labels."""
    analysis = _as_analysis(analysis_or_text)
    model = _model()
    df = _features(analysis)
    spans = [(int(s), int(e)) for s, e in spans]
    return assign_labels(model, spans, span_proba(model, df, spans))


class FramingStage(Stage):
    name = "framing.v1"
    needs = ("nlp",)
    uses = ("actors", "quotes")
    adds = ("framing",)

    def setup(self) -> None:
        from eventwire.stages.framing.features import vader_lexicon

        self.model = _model()
        vader_lexicon()

    def predict(self, analysis: Analysis) -> Framing:
        from eventwire.stages.framing.opinion import opinion_score
        from eventwire.stages.framing.stance import actor_stances

        text = analysis.text
        voices = voices_of(analysis)
        df = _features(analysis)
        guesses = decode_spans(df, token_proba(self.model, df), self.model.params)
        spans = [(g.start, g.end) for g in guesses]
        proba = span_proba(self.model, df, spans)
        techniques = []
        for n, g in enumerate(guesses):
            k = int(proba[n].argmax())
            techniques.append(TechniqueSpan(start=g.start, end=g.end, text=text[g.start:g.end],
                                            technique=self.model.labels[k],
                                            score=round(float(min(1.0, max(0.0, g.score))), 3)))
        opinion = opinion_score(df, voices, techniques)
        stance = [Stance(actor=a, score=s) for a, s in actor_stances(analysis, df, voices)]
        return Framing(
            opinion=opinion.score,
            voices=[VoiceSpan(start=s, end=e, voice=v) for s, e, v in voices],
            techniques=techniques,
            stance=stance,
        )

    def label_spans(self, analysis: Analysis, spans: Sequence[tuple[int, int]]) -> list[str]:
        """TC through this stage's model (what `eventwire evaluate` calls, so a swapped stage is what is scored)."""
        self.ensure_ready()
        spans = [(int(s), int(e)) for s, e in spans]
        return assign_labels(self.model, spans, span_proba(self.model, _features(analysis), spans))

    def write(self, analysis: Analysis, result: Framing) -> None:
        analysis.framing = result
