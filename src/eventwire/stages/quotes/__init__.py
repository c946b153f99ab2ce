"""quotes.v1: direct, indirect and mixed quotes with their speakers and cues; author vs quoted voices.

`QuotesStage` finds quoted passages in every typographic form (`marks`), ties them and every reporting verb to a
content, cue and speaker phrase with the dependency parse (`extract`), and resolves speaker phrases to actor ids
(`speakers`), adding an actor when a speaker has none yet. What it leaves for other stages in `analysis.shared`:

- `voices`: (start, end, "author" | "quoted") stretches covering the whole text, in order;
- `quote_fragments`: quote id -> the (start, end) pieces of its content (a quote broken by its cue, or one running
  over several paragraphs, has several; the quote's own start/end cover them all);
- `quote_speakers`: quote id -> (start, end) of the speaker phrase as written ("he", "a spokesman", "who");
- `quote_regions`: (start, end, actor id | None, quote id) for every content piece, read by `source_for`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.document import Analysis
from eventwire.knowledge.cues import QuoteCues, load_quote_cues
from eventwire.linewraps import wraps_as_spaces
from eventwire.models import Actor, Quote, Span
from eventwire.stages.base import Stage
from eventwire.stages.quotes.extract import Attribution, Extractor
from eventwire.stages.quotes.marks import blockquote_quotations, find_quotations
from eventwire.stages.quotes.speakers import SpeakerResolver

__all__ = ["QuotesResult", "QuotesStage", "find_attributions", "source_for"]


# A quoted passage of at least this many words is someone's speech (not a scare quote or a title)
QUOTED_MIN_WORDS = 3


@dataclass
class QuotesResult:
    quotes: list[Quote]
    fragments: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    speakers: dict[str, tuple[int, int]] = field(default_factory=dict)
    voices: list[tuple[int, int, str]] = field(default_factory=list)
    new_actors: list[Actor] = field(default_factory=list)
    new_spans: list[tuple[int, int, str]] = field(default_factory=list)
    # pronoun mentions moved to the speaker they are (start, end, speaker id); see SpeakerResolver
    relinked: list[tuple[int, int, str | None]] = field(default_factory=list)
    regions: list[tuple[int, int, str | None, str]] = field(default_factory=list)


def find_attributions(analysis: Analysis, cues: QuoteCues | None = None) -> list[Attribution]:
    """The attributions of a parsed analysis (speaker phrases not yet resolved to actors)."""
    cues = cues or load_quote_cues()
    # a quotation or a paragraph goes on over a hard line wrap (same offsets: each wrap's break reads as a space)
    text = wraps_as_spaces(analysis.text)
    quotations = find_quotations(text)
    blocks = blockquote_quotations(text, list(analysis.article.blockquotes or []))
    # A blockquote that carries its own marks and a reporting cue outside them ("'...,' the envoy said.") is an
    # ordinary passage of marked speech: its marked quotations stay and the cue and speaker inside apply.
    blocks = [b for b in blocks if not _marked_speech_inside(analysis.doc, text, b, quotations, cues)]
    if blocks:
        # a blockquote replaces the marked quotations inside it (its own marks, if any, are part of it)
        quotations = [q for q in quotations if not any(b.start <= q.start and q.end <= b.end + 1 for b in blocks)]
        quotations = sorted(quotations + blocks, key=lambda q: q.start)
    return Extractor(analysis.doc, text, quotations, cues).run()


def _without_dateline(text: str, fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A reported content that opens its paragraph leaves out the dateline ("MARIB, Yemen - Rebels said ...");
    so does one that opens right after a headline run into the text ("... Talks Stall. GENEVA - Envoys said ...");
    a piece the parser cut out of the dateline gives way to the content right after it."""
    from eventwire.datelines import BARE_DATELINE, DATELINE

    out: list[tuple[int, int]] = []
    pending = None  # where the content resumes after a dropped dateline piece
    datelines = _dateline_spans(text)
    for start, end in sorted(fragments):
        if pending is not None and "\n" not in text[pending:start]:
            start = pending
        pending = None
        hit = DATELINE.match(text, start) if start == 0 or text[start - 1] == "\n" else None
        if hit is None:
            # an upper-case place and a dash after a sentence's end (a headline's full stop): only with the dash,
            # since a capitalised word alone may open the report itself
            bare = BARE_DATELINE.match(text, start)
            hit = bare if bare is not None and bare.group("dash") else None
        if hit:
            if hit.end() >= end:
                pending = hit.end()
                continue
            start = hit.end()
        # a content the parser started inside the dateline ("KAMPALA, Sept 20 (AP) - Uganda declared ..., the
        # ministry said": the content ran from the comma) starts after it
        inside = next((d_end for d_start, d_end in datelines if d_start <= start < d_end < end), None)
        if inside is not None:
            start = inside
        out.append((start, end))
    return out or fragments


def _dateline_spans(text: str) -> list[tuple[int, int]]:
    from eventwire.datelines import DATELINE

    return [m.span() for m in DATELINE.finditer(text)]


def _without_dateline_words(span: tuple[int, int] | None, datelines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A speaker phrase the parser ran into the dateline before it ("BEIRUT (AP) - A militia spokesman says")
    starts after the dateline: the agency that filed the report is not its speaker."""
    if span is None:
        return None
    start, end = span
    for d_start, d_end in datelines:
        if d_start <= start < d_end < end:
            start = d_end
    return start, end


def _marked_speech_inside(doc, text: str, block, quotations, cues: QuoteCues) -> bool:
    """Whether a blockquote holds marked quotations plus, outside them, a reporting verb (its attribution)."""
    inner = [q for q in quotations if block.start <= q.start and q.end <= block.end + 1]
    if not inner or doc is None:
        return False
    outside = [t for t in doc if block.start <= t.idx < block.end
               and not any(q.start <= t.idx < q.end for q in inner)]
    if not any(t.is_alpha for t in outside):
        return False  # the marks wrap the whole passage: it is the block's own quotation
    return any(t.pos_ in ("VERB", "AUX") and cues.is_cue_verb(t.lemma_.lower()) for t in outside) or any(
        t.lower_ == "according" for t in outside)


def voices(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Author vs quoted stretches covering [0, len(text)) in order."""
    merged: list[list[int]] = []
    for s, e in sorted(regions):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[tuple[int, int, str]] = []
    pos = 0
    for s, e in merged:
        if s > pos:
            out.append((pos, s, "author"))
        out.append((s, e, "quoted"))
        pos = e
    if pos < len(text):
        out.append((pos, len(text), "author"))
    return out


class QuotesStage(Stage):
    name = "quotes.v1"
    needs = ("nlp",)
    uses = ("actors",)
    adds = ("quotes",)

    def setup(self) -> None:
        self.cues = load_quote_cues()

    def predict(self, analysis: Analysis) -> QuotesResult:
        if analysis.doc is None:
            return QuotesResult(quotes=[], voices=voices(analysis.text, []))
        attributions = find_attributions(analysis, self.cues)
        flat = wraps_as_spaces(analysis.text)
        quoted = [(q.start, q.end) for q in find_quotations(flat)
                  if q.closed and len(q.inner(flat).split()) >= QUOTED_MIN_WORDS]
        resolver = SpeakerResolver(analysis, analysis.doc, self.cues, quoted=quoted)
        text = analysis.text
        result = QuotesResult(quotes=[])
        datelines = _dateline_spans(text)
        for n, att in enumerate(attributions, start=1):
            qid = f"Q{n}"
            att.speaker = _without_dateline_words(att.speaker, datelines)
            speaker = resolver.resolve(att)
            if att.kind != "direct":
                att.fragments = _without_dateline(text, att.fragments)
            start, end = att.start, att.end
            cue = Span(start=att.cue[0], end=att.cue[1], text=text[att.cue[0]:att.cue[1]]) if att.cue else None
            result.quotes.append(Quote(id=qid, kind=att.kind, start=start, end=end, text=text[start:end],
                                       speaker=speaker, cue=cue))
            result.fragments[qid] = list(att.fragments)
            if att.speaker is not None:
                result.speakers[qid] = att.speaker
            result.regions += [(s, e, speaker, qid) for s, e in att.fragments]
        self._own_words_speak_as_speaker(analysis, result.quotes, quoted, resolver)
        result.voices = voices(text, [(s, e) for s, e, _, _ in result.regions])
        result.new_actors = resolver.state.new_actors
        result.new_spans = resolver.state.new_spans
        result.relinked = resolver.state.relinked
        return result

    def _own_words_speak_as_speaker(self, analysis: Analysis, quotes: list[Quote], quoted: list[tuple[int, int]],
                                    resolver: SpeakerResolver) -> None:
        """"I" in a speaker's quoted words is the speaker ("'I was about ten,' Johnson said"): each first-person
        singular pronoun inside the marks of a quote with a speaker becomes a mention of that speaker, whatever
        actor the actors stage had linked it to (a name nearby in the same sentence); so does "we" when the speaker
        is a group, while a person's "we" is no mention of any actor."""
        first = {word for word, info in self.cues.pronouns.items() if info.get("kind") == "first_person"}
        plural = {word for word in first if self.cues.pronouns[word].get("plural")}
        for quote in quotes:
            documents = {a.id for a in resolver.state.actors if a.description == "document"}
            if quote.speaker is None or quote.kind == "indirect" or quote.speaker in documents:
                continue  # a document's "we" is its unnamed author's: the actors stage's link stands
            group = resolver.state.kind(quote.speaker) not in ("person", None)
            marks = [(s, e) for s, e in quoted if quote.start <= s and e <= quote.end]
            # someone else's words quoted inside the quote ("... not say 'he raped me'") are not the speaker's
            nested = [(s + 1 + q.start, s + 1 + q.end) for s, e in marks
                      for q in find_quotations(analysis.text[s + 1:e - 1])]
            span = analysis.doc.char_span(quote.start, quote.end, alignment_mode="expand")
            for tok in span if span is not None else ():
                if tok.lower_ not in first or tok.tag_ != "PRP" or not any(s < tok.idx < e for s, e in marks):
                    continue
                if any(s < tok.idx < e for s, e in nested):
                    resolver.drop_mention(tok.idx, tok.idx + len(tok))  # an unnamed third party's "me"
                    continue
                if tok.lower_ not in plural or group:
                    resolver.add_mention(tok.idx, tok.idx + len(tok), quote.speaker)
                else:
                    # a person's "we" is a group of theirs the text seldom names: no actor rather than the
                    # last group named before it (often the very enemy the speaker talks about)
                    resolver.drop_mention(tok.idx, tok.idx + len(tok))

    def write(self, analysis: Analysis, result: QuotesResult) -> None:
        analysis.quotes = result.quotes
        if (result.new_actors or result.new_spans or result.relinked) and analysis.actors is not None:
            # Speaker phrases that name an actor already known (a bare surname the tagger missed) become mentions
            # of that actor; the others are mentions of the actors this stage created.
            # A pronoun moved to its speaker leaves the actor the actors stage had linked it to.
            moved: dict[tuple[int, int], str | None] = {(s, e): actor_id for s, e, actor_id in result.relinked}
            created = {a.id for a in result.new_actors}
            actors = []
            for actor in analysis.actors:
                extra = [Span(start=s, end=e, text=analysis.text[s:e]) for s, e, actor_id in result.new_spans
                         if actor_id == actor.id and actor_id not in created
                         and not any(m.start == s and m.end == e for m in actor.mentions)]
                kept = [m for m in actor.mentions if moved.get((m.start, m.end), actor.id) == actor.id]
                if extra or len(kept) < len(actor.mentions):
                    actor = actor.model_copy(update={"mentions": sorted(kept + extra, key=lambda m: (m.start, m.end))})
                actors.append(actor)
            for actor in result.new_actors:
                actor.mentions.sort(key=lambda m: (m.start, m.end))
            analysis.actors = [a for a in actors if a.mentions] + result.new_actors
            spans = [(s, e, a) for s, e, a in analysis.shared.get("actor_spans", []) if moved.get((s, e), a) == a]
            analysis.shared["actor_spans"] = spans + result.new_spans
        analysis.shared["voices"] = result.voices
        analysis.shared["quote_fragments"] = result.fragments
        analysis.shared["quote_speakers"] = result.speakers
        analysis.shared["quote_regions"] = result.regions


def source_for(analysis: Analysis, start: int, end: int) -> str | None:
    """The actor id the text attributes [start, end) to (inside a quote or under a reporting cue), else None.

    The innermost quote content (or reporting-cue complement) that contains the whole span decides; a span
    inside no attributed content, or any span when the quotes stage did not run, gives None.
    """
    containing = sorted((e - s, actor_id) for s, e, actor_id, _qid in analysis.shared.get("quote_regions", [])
                        if s <= start and end <= e)
    return next((actor_id for _, actor_id in containing if actor_id is not None), None)
