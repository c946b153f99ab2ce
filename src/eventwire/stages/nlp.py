"""nlp.v1: sentences, tokens, parse and entity spans from one spaCy pipeline per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.document import Analysis
from eventwire.errors import PipelineError
from eventwire.stages.base import Stage

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@lru_cache(maxsize=4)
def load_spacy(name: str) -> Language:
    """Load a spaCy pipeline once per process; a missing one is a PipelineError naming how to install it."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise PipelineError(
            f"spaCy pipeline {name!r} is not installed ({err.__class__.__name__}); "
            "install it from PyPI or name another with --spacy-model"
        ) from None
    # Long articles are fine for the small parser; spaCy's default guard is for transformer memory.
    nlp.max_length = 2_000_000
    return nlp


class NlpStage(Stage):
    name = "nlp.v1"
    adds = ("nlp",)

    def setup(self) -> None:
        self.nlp = load_spacy(self.settings.spacy_model)

    def predict(self, analysis: Analysis) -> Doc:
        return self.nlp(analysis.text)

    def predict_batch(self, batch: list[Analysis]) -> list[Doc]:
        return list(self.nlp.pipe((a.text for a in batch), batch_size=16))

    def write(self, analysis: Analysis, result: Doc) -> None:
        analysis.doc = result
