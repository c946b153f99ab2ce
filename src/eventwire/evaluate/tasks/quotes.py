"""Evaluation task `quotes` on polnear_attribution (definitions: ../shared/benchmarks/METRICS.md, "quotes").

Gold: PolNeAR attributions that carry a speaker span. Two subsets:

- direct: the content begins with a quotation mark (the set's `direct_heuristic` flag);
- speech: the cue's head word is a speech word (SPEECH_HEADS). The head word is the first word of the cue,
  lower-cased, that is one of those words ("has said", "also said", "said in a statement" -> said), so
  auxiliaries and adverbs in front of the verb do not hide it.

A system quote is one or more fragments (character intervals; eventwire's quotes broken by their cue give their
pieces in `shared["quote_fragments"]`, otherwise the quote's own span) and speaker evidence: the mention spans of
its speaker actor plus its speaker span when the system gives one (`shared["quote_speakers"]`).

- content: one-to-one greedy matching (most shared characters first) of system quotes to the subset's gold
  contents, a pair needing overlap and token-Jaccard >= 0.5. Gold contents with `fragments` are scored on the
  fragments. Tokens are the word tokens (`\\w+`) of the text, identified by position, that a span overlaps.
- speaker accuracy: over the matched pairs, the share whose speaker evidence overlaps the gold speaker span.
- attributed P/R/F1: true positives are matched pairs with a correct speaker. Precision leaves out system quotes
  that did not match the subset but do match (same test, one-to-one) a gold attribution outside it: those are
  real attributions, not errors. Recall is over the subset's gold.

Peer: textacy's `extract.triples.direct_quotations`, run on the same spaCy parse, both on the whole document and
paragraph by paragraph (a document with an odd number of quotation marks makes textacy give up on the whole
document; paragraphs then fail one at a time). Both uses are reported. When textacy is not installed the
figures measured by the issue author are given as a published row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate.benchmarks import read_split
from eventwire.evaluate.metrics import PRF

DATASETS: tuple[str, ...] = ("polnear_attribution",)
SUBSETS: tuple[str, ...] = ("direct", "speech")
HEADLINE = {"subset": "direct", "metric": "attributed_f1"}
# the figures the README summary shows (the acceptance figures)
HEADLINES = tuple({"subset": subset, "metric": metric}
                  for subset in ("direct", "speech") for metric in ("attributed_f1", "content_f1", "speaker_accuracy"))
MIN_JACCARD = 0.5

SPEECH_HEADS = frozenset(
    "said says say told tells tell added adds stated states according reported reports announced announces "
    "claimed claims declared insisted explained wrote writes asked noted argued warned suggested acknowledged "
    "admitted replied described called".split()
)

# Issue 7's figures for textacy (best of whole-document and per-paragraph use), used when textacy is absent.
TEXTACY_PUBLISHED = {
    "direct": {"attributed_f1": 0.61, "content_f1": 0.64, "speaker_accuracy": 0.96},
    "speech": {"attributed_f1": 0.47, "content_f1": 0.49, "speaker_accuracy": 0.96},
}

Interval = tuple[int, int]
_WORD = re.compile(r"\w+")


@dataclass
class GoldQuote:
    fragments: list[Interval]
    speaker: Interval
    direct: bool
    speech: bool

    def in_subset(self, subset: str) -> bool:
        return self.direct if subset == "direct" else self.speech


@dataclass
class SystemQuote:
    fragments: list[Interval]
    speaker_spans: list[Interval] = field(default_factory=list)


def cue_head(cue_text: str | None) -> str | None:
    """The cue's head word for the speech subset: its first word (lower-cased) that is a speech word."""
    if not cue_text:
        return None
    for word in _WORD.findall(cue_text.lower()):
        if word in SPEECH_HEADS:
            return word
    return None


def gold_quotes(record: dict) -> list[GoldQuote]:
    """The record's attributions with a speaker span, with their fragments and subset flags."""
    found = []
    for q in record.get("quotes", []):
        speaker = q.get("speaker")
        if not speaker:
            continue
        content = q["content"]
        pieces = content.get("fragments") or [content]
        cue = q.get("cue")
        found.append(GoldQuote(
            fragments=[(p["start"], p["end"]) for p in pieces],
            speaker=(speaker["start"], speaker["end"]),
            direct=bool(q.get("direct_heuristic")),
            speech=cue_head(cue["text"] if cue else None) is not None,
        ))
    return found


class TokenIndex:
    """Word tokens of one text by position, to turn a set of intervals into a set of token ids."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def tokens(self, fragments: Iterable[Interval]) -> frozenset[int]:
        from bisect import bisect_left

        found: set[int] = set()
        for start, end in fragments:
            i = max(0, bisect_left(self.starts, start) - 1)
            while i < len(self.spans) and self.spans[i][0] < end:
                if self.spans[i][1] > start:
                    found.add(i)
                i += 1
        return frozenset(found)


def shared_chars(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match(system: Sequence[Sequence[Interval]], gold: Sequence[Sequence[Interval]], index: TokenIndex,
          *, min_jaccard: float = MIN_JACCARD) -> list[tuple[int, int]]:
    """One-to-one greedy matching of fragment lists: overlap and token-Jaccard >= min_jaccard, most shared first."""
    sys_tokens = [index.tokens(s) for s in system]
    gold_tokens = [index.tokens(g) for g in gold]
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            common = shared_chars(s, g)
            if common > 0 and jaccard(sys_tokens[i], gold_tokens[j]) >= min_jaccard:
                pairs.append((-common, i, j))
    pairs.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i not in used_s and j not in used_g:
            used_s.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


@dataclass
class Counts:
    """Pooled counts of one system on one subset."""

    n_system: int = 0  # system quotes counted for precision (those matching gold outside the subset left out)
    n_gold: int = 0
    matched: int = 0
    speaker_ok: int = 0

    def add(self, other: Counts) -> None:
        self.n_system += other.n_system
        self.n_gold += other.n_gold
        self.matched += other.matched
        self.speaker_ok += other.speaker_ok

    def metrics(self) -> dict[str, float]:
        content = PRF(tp=self.matched, n_system=self.n_system, n_gold=self.n_gold)
        attributed = PRF(tp=self.speaker_ok, n_system=self.n_system, n_gold=self.n_gold)
        return {
            **attributed.as_dict("attributed_"),
            **content.as_dict("content_"),
            "speaker_accuracy": round(self.speaker_ok / self.matched, 4) if self.matched else 0.0,
            "n_system": self.n_system,
            "n_gold": self.n_gold,
        }


def speaker_correct(system: SystemQuote, gold: GoldQuote) -> bool:
    return shared_chars(system.speaker_spans, [gold.speaker]) > 0


def score_document(system: Sequence[SystemQuote], gold: Sequence[GoldQuote], text: str, subset: str,
                   index: TokenIndex | None = None) -> Counts:
    """Counts for one document and subset (see the module docstring)."""
    index = index or TokenIndex(text)
    inside = [g for g in gold if g.in_subset(subset)]
    outside = [g for g in gold if not g.in_subset(subset)]
    pairs = match([s.fragments for s in system], [g.fragments for g in inside], index)
    matched_sys = {i for i, _ in pairs}
    rest = [i for i in range(len(system)) if i not in matched_sys]
    left_out = match([system[i].fragments for i in rest], [g.fragments for g in outside], index)
    return Counts(
        n_system=len(system) - len(left_out),
        n_gold=len(inside),
        matched=len(pairs),
        speaker_ok=sum(1 for i, j in pairs if speaker_correct(system[i], inside[j])),
    )


def system_quotes(analysis) -> list[SystemQuote]:
    """eventwire's quotes of one analysis as scored quotes (fragments and speaker evidence)."""
    fragments = analysis.shared.get("quote_fragments", {})
    speaker_spans = analysis.shared.get("quote_speakers", {})
    mentions: dict[str, list[Interval]] = {}
    for actor in analysis.actors or []:
        mentions[actor.id] = [(m.start, m.end) for m in actor.mentions]
    for start, end, actor_id in analysis.shared.get("actor_spans", []):
        mentions.setdefault(actor_id, []).append((start, end))
    found = []
    for quote in analysis.quotes or []:
        evidence = list(mentions.get(quote.speaker, [])) if quote.speaker else []
        if quote.id in speaker_spans:
            evidence.append(tuple(speaker_spans[quote.id]))
        pieces = [tuple(p) for p in fragments.get(quote.id, [(quote.start, quote.end)])]
        found.append(SystemQuote(fragments=pieces, speaker_spans=evidence))
    return found


def textacy_quotes(doc, *, per_paragraph: bool) -> list[SystemQuote]:
    """textacy's direct quotations of a parsed document (whole, or paragraph slices of the same parse)."""
    from textacy.extract.triples import direct_quotations

    if per_paragraph:
        parts = []
        start = 0
        for i, token in enumerate(doc):
            if "\n" in token.text or (token.whitespace_ == "" and "\n" in token.text_with_ws):
                if i > start:
                    parts.append((start, i))
                start = i + 1
        if start < len(doc):
            parts.append((start, len(doc)))
        units = [(doc[a:b].as_doc(), doc[a].idx) for a, b in parts]
    else:
        units = [(doc, 0)]
    found = []
    for unit, offset in units:
        try:
            triples = list(direct_quotations(unit))
        except ValueError:  # an odd number of quotation marks: textacy refuses the unit
            continue
        for triple in triples:
            content = (triple.content[0].idx + offset, triple.content[-1].idx + len(triple.content[-1]) + offset)
            speaker = [(t.idx + offset, t.idx + len(t) + offset) for t in triple.speaker]
            found.append(SystemQuote(fragments=[content], speaker_spans=speaker))
    return found


def textacy_available() -> bool:
    try:
        import textacy.extract.triples  # noqa: F401
    except Exception:  # pragma: no cover - depends on the environment
        return False
    return True


def evaluate(data: Path, split: str, *, limit: int | None = None, peers: bool = True) -> dict:
    from eventwire.document import Article
    from eventwire.pipeline import Pipeline

    records = list(read_split(data, split, limit=limit))
    pipeline = Pipeline(stages=["nlp", "actors", "quotes"])
    use_textacy = peers and textacy_available()
    systems = ["eventwire"] + (["textacy (whole document)", "textacy (per paragraph)"] if use_textacy else [])
    counts = {(name, subset): Counts() for name in systems for subset in SUBSETS}
    for record in records:
        analysis = pipeline.analyse(Article(text=record["text"], title=record.get("title"),
                                            published=record.get("published")))
        gold = gold_quotes(record)
        index = TokenIndex(record["text"])
        outputs = {"eventwire": system_quotes(analysis)}
        if use_textacy:
            outputs["textacy (whole document)"] = textacy_quotes(analysis.doc, per_paragraph=False)
            outputs["textacy (per paragraph)"] = textacy_quotes(analysis.doc, per_paragraph=True)
        for name, quotes in outputs.items():
            for subset in SUBSETS:
                counts[(name, subset)].add(score_document(quotes, gold, record["text"], subset, index))

    results = []
    for subset in SUBSETS:
        for name in systems:
            results.append({"system": name, "subset": subset, "source": "measured",
                            "metrics": counts[(name, subset)].metrics()})
        if peers and not use_textacy:
            results.append({"system": "textacy", "subset": subset, "source": "published",
                            "note": "measured by the issue author", "metrics": dict(TEXTACY_PUBLISHED[subset])})
    return {"task": "quotes", "dataset": "polnear_attribution", "split": split, "n_docs": len(records),
            "headline": dict(HEADLINE), "headlines": [dict(h) for h in HEADLINES], "results": results}


if __name__ == "__main__":  # pragma: no cover - a convenience for `python -m`
    import json
    import sys

    from eventwire.evaluate.benchmarks import default_benchmarks_dir

    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    print(json.dumps(evaluate(default_benchmarks_dir() / "polnear_attribution", split, limit=limit), indent=1))
