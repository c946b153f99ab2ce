"""Building and running a pipeline of stages, one article or a stream of them."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence

from eventwire import __version__
from eventwire.document import Analysis, Article
from eventwire.errors import EventwireError, InputError, PipelineError
from eventwire.ingest import unpaired_surrogate
from eventwire.models import Document, Meta, Record, StageTiming
from eventwire import registry
from eventwire.settings import DEFAULT_STAGES, Settings
from eventwire.stages.base import Stage
from eventwire.validation import check_date

BATCH_SIZE = 32


def _order(stage_classes: Sequence[type[Stage]]) -> list[type[Stage]]:
    """Order stages so that each comes after every stage adding what it needs or uses; fail on unmet needs."""
    provided = {part for cls in stage_classes for part in cls.adds}
    for cls in stage_classes:
        missing = [need for need in cls.needs if need not in provided]
        if missing:
            raise PipelineError(
                f"stage {cls.name} needs {', '.join(missing)}, which no selected stage adds; "
                f"add the stage(s) {', '.join(missing)} to --stages"
            )
    ordered: list[type[Stage]] = []
    pending = list(stage_classes)
    while pending:
        done = {part for cls in ordered for part in cls.adds}
        for cls in pending:
            wanted = set(cls.needs) | (set(getattr(cls, "uses", ())) & provided)
            if wanted <= done:
                ordered.append(cls)
                pending.remove(cls)
                break
        else:
            raise PipelineError("stage needs form a cycle: " + ", ".join(c.name for c in pending))
    return ordered


def parse_stage_list(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """`"actors,places"` or a list -> stage names; `nlp` is always included because every stage reads the parse."""
    if value is None:
        return DEFAULT_STAGES
    names = [n.strip() for n in (value.split(",") if isinstance(value, str) else value) if n.strip()]
    if not any(n.split(".")[0] == "nlp" for n in names):
        names.insert(0, "nlp")
    return tuple(dict.fromkeys(names))


class Pipeline:
    """A built pipeline. Stages load their models lazily, once, on the first article.

    >>> pipeline = Pipeline(stages=["actors", "places"])      # doctest: +SKIP
    >>> for record in pipeline.pipe(["Beijing protested on Tuesday."]): ...  # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        stages: str | Sequence[str] | None = None,
        spacy_model: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        base = settings or Settings()
        overrides: dict = {}
        if stages is not None:
            overrides["stages"] = parse_stage_list(stages)
        if spacy_model is not None:
            overrides["spacy_model"] = spacy_model
        if overrides:
            from dataclasses import replace

            base = replace(base, **overrides)
        self.settings = base
        classes = [registry.resolve(name) for name in parse_stage_list(base.stages)]
        self.stages: list[Stage] = [cls(base) for cls in _order(classes)]
        for stage in self.stages:
            # the nlp stage runs only the spaCy components the other stages declare they need
            if callable(getattr(stage, "serve_stages", None)):
                stage.serve_stages(self.stages)

    @property
    def stage_names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def analyse(self, article: Article) -> Analysis:
        """Run every stage on one article and return the working analysis (for stages' own tests and evaluation)."""
        return self._run_batch([self._prepare(article)])[0]

    def run(self, article: Article | str) -> Record:
        """One article -> its record. Raises InputError for bad input."""
        return self.to_record(self.analyse(_as_article(article)))

    def pipe(
        self, articles: Iterable[Article | str], *, return_errors: bool = False, batch_size: int = BATCH_SIZE
    ) -> Iterator[Record | EventwireError]:
        """Records in input order. With `return_errors`, a bad article yields its error and the batch goes on."""
        batch: list[Analysis] = []
        pending: list[Analysis | EventwireError] = []
        for item in articles:
            try:
                analysis = self._prepare(_as_article(item))
            except EventwireError as err:
                if not return_errors:
                    raise
                pending.append(err)
                continue
            batch.append(analysis)
            pending.append(analysis)
            if len(batch) >= batch_size:
                yield from self._flush(batch, pending)
                batch, pending = [], []
        yield from self._flush(batch, pending)

    def _flush(self, batch: list[Analysis], pending: list[Analysis | EventwireError]) -> Iterator[Record | EventwireError]:
        if batch:
            self._run_batch(batch)
        for item in pending:
            yield item if isinstance(item, EventwireError) else self.to_record(item)

    def _prepare(self, article: Article) -> Analysis:
        where = article.origin or article.source_id
        if not article.text.strip():
            raise InputError("empty", "the text is empty", where=where)
        if len(article.text) > self.settings.max_chars:
            raise InputError(
                "too_large", f"{len(article.text)} characters, over the limit of {self.settings.max_chars}", where=where
            )
        for field in ("text", "title", "url", "outlet", "source_id"):
            # A Python str may hold an unpaired surrogate (UTF-8 cannot); hashing the id, the parser and the store
            # would each fail on it mid-batch, so it is refused here as the reader refuses it in JSON.
            position = unpaired_surrogate(getattr(article, field))
            if position is not None:
                raise InputError("encoding", f"the {field} has an unpaired surrogate at character {position}",
                                 where=where if unpaired_surrogate(where) is None else ascii(where))
        if article.published is not None:
            article.published = check_date(article.published, where=where)
        return Analysis(article=article)

    def _run_batch(self, batch: list[Analysis]) -> list[Analysis]:
        for stage in self.stages:
            stage.ensure_ready()
            started = time.perf_counter()
            results = stage.predict_batch(batch) if hasattr(stage, "predict_batch") else [stage.predict(a) for a in batch]
            for analysis, result in zip(batch, results):
                stage.write(analysis, result)
                analysis.stages_run.append(stage.name)
            share = (time.perf_counter() - started) * 1000 / len(batch)
            for analysis in batch:
                analysis.timings[stage.name] = analysis.timings.get(stage.name, 0.0) + share
        return batch

    def to_record(self, analysis: Analysis) -> Record:
        article = analysis.article
        framing = analysis.framing
        return Record(
            meta=Meta(
                version=__version__,
                stages=list(analysis.stages_run),
                elapsed_ms=round(sum(analysis.timings.values()), 3),
                timings=[StageTiming(name=n, elapsed_ms=round(ms, 3)) for n, ms in analysis.timings.items()],
                spacy_model=self.settings.spacy_model,
            ),
            document=Document(
                id=article.id,
                source_id=article.source_id,
                title=article.title,
                published=article.published,
                url=article.url,
                outlet=article.outlet,
                text=article.text,
            ),
            actors=analysis.actors,
            places=analysis.places,
            times=analysis.times,
            events=analysis.events,
            quotes=analysis.quotes,
            framing=framing,
        )


def _as_article(item: Article | str) -> Article:
    return item if isinstance(item, Article) else Article(text=item)


_default: dict[tuple, Pipeline] = {}


def extract(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    stages: str | Sequence[str] | None = None,
    spacy_model: str | None = None,
) -> Record:
    """Analyse one article's text and return its eventwire/1 record.

    Pipelines are cached per (stages, model) so repeated calls load models once.
    """
    key = (parse_stage_list(stages), spacy_model)
    if key not in _default:
        _default[key] = Pipeline(stages=key[0], spacy_model=spacy_model)
    return _default[key].run(Article(text=text, title=title, published=published))
