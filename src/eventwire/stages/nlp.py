"""nlp.v1: sentences, tokens, parse and entity spans from one spaCy pipeline per process.

The nlp stage runs only the spaCy components that the pipeline's other stages need. A stage declares the
annotations it reads in `spacy_needs`, in spaCy's own `assigns` names ("token.tag", "token.dep", "doc.ents",
...); a stage that declares nothing gets the whole spaCy pipeline. The model is loaded once, whole, and the
components not needed are disabled per call, so pipelines with different needs share one model in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
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


def spacy_needs(stages: Iterable[object]) -> frozenset[str] | None:
    """The union of the spaCy annotations the stages declare in `spacy_needs`; None when any stage reading the
    parse declares nothing (it gets everything), and when nlp runs alone (its user wants the whole parse)."""
    needs: set[str] = set()
    readers = 0
    for stage in stages:
        if "nlp" in getattr(stage, "adds", ()):
            continue
        declared = getattr(stage, "spacy_needs", None)
        if declared is None:
            return None
        needs.update(declared)
        readers += 1
    return frozenset(needs) if readers else None


def components_for(nlp: Language, needs: Iterable[str] | None) -> list[str]:
    """The enabled components of `nlp` that produce `needs`, plus the shared embedding layers they listen to.

    Every component runs when `needs` is None, or when some annotation is not declared by any component (spaCy's
    attribute ruler sets coarse POS and morphology without declaring it, and the lemmatizer reads them), so a
    pruned pipeline never silently lacks what a stage reads.
    """
    names = list(nlp.pipe_names)
    if needs is None:
        return names
    chosen: set[str] = set()
    for attr in needs:
        assigners = [n for n in names if attr in nlp.get_pipe_meta(n).assigns]
        if not assigners:
            return names
        chosen.update(assigners)
    for name in names:
        listeners = getattr(nlp.get_pipe(name), "listening_components", None) or ()
        if chosen & set(listeners):
            chosen.add(name)
    return [n for n in names if n in chosen]


class NlpStage(Stage):
    name = "nlp.v1"
    adds = ("nlp",)

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.needs_of_stages: frozenset[str] | None = None  # None: every component
        self.components: list[str] = []
        self._disable: list[str] = []

    def serve_stages(self, stages: Iterable[object]) -> None:
        """Run only what `stages` need (called by the Pipeline with its stages, before the first document)."""
        self.needs_of_stages = spacy_needs(stages)
        self._ready = False

    def setup(self) -> None:
        self.nlp = load_spacy(self.settings.spacy_model)
        self.components = components_for(self.nlp, self.needs_of_stages)
        self._disable = [n for n in self.nlp.pipe_names if n not in self.components]

    def predict(self, analysis: Analysis) -> Doc:
        return self.nlp(analysis.text, disable=self._disable)

    def predict_batch(self, batch: list[Analysis]) -> list[Doc]:
        return list(self.nlp.pipe((a.text for a in batch), batch_size=16, disable=self._disable))

    def write(self, analysis: Analysis, result: Doc) -> None:
        analysis.doc = result
        analysis.shared["spacy_components"] = list(self.components)
