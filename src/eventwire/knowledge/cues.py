"""Reporting-cue lexicon for the quotes stage: speech verbs, prepositional cues, pronouns, speaker nouns.

The data lives in `data/quotes_cues.yaml` (documented in the file itself). `load_quote_cues()` reads it once per
process; extra files with the same keys may be layered on top (their lists are merged, their mappings updated).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge import load_yaml
from eventwire.knowledge import lower_set as _lower_set

DATA = Path(__file__).parent / "data" / "quotes_cues.yaml"


@dataclass(frozen=True)
class QuoteCues:
    speech_verbs: frozenset[str]
    object_verbs: frozenset[str]
    manner_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    predicative_verbs: frozenset[str]
    infinitive_verbs: frozenset[str]
    non_cue_verbs: frozenset[str]
    quote_only_verbs: frozenset[str]
    prepositional_cues: tuple[tuple[str, ...], ...]
    pronouns: dict[str, dict]
    relative_pronouns: frozenset[str]
    honorifics: dict[str, str | None]
    person_nouns: frozenset[str]
    media_nouns: frozenset[str]
    non_speakers: frozenset[str]
    adverbial_marks: frozenset[str]
    scare_quote_max_words: int
    # Words that may open the sentence of a quote continuing the one before ("But '...'").
    continuation_connectives: frozenset[str] = frozenset()
    # Nouns (lemmas) naming a work whose quoted title is not speech ("the memoir 'X'").
    work_nouns: frozenset[str] = frozenset()
    # Words that introduce a name or title ("a show called 'X'").
    naming_words: frozenset[str] = frozenset()
    # Cue verbs (lemmas) that never report a clause placed before them ("..., she asked" is a question).
    no_preposed_content_verbs: frozenset[str] = frozenset()
    # Reporting idioms: verb lemma -> the object words that make it report ("as she put it, '...'").
    reporting_idioms: dict[str, frozenset[str]] = field(default_factory=dict)
    # Verbs (lemmas) by which a source relays someone's words: "State TV quoted him as saying ...".
    relaying_verbs: frozenset[str] = frozenset()
    # Words that, after a comma, open a second speaker's own report inside a reported clause ("X said A, while Y
    # insists B"): that report is not part of X's content.
    contrast_connectives: frozenset[str] = frozenset()
    # Connectives that, after a comma, open an author's clause closed by "according to X" after a report with its
    # own speaker ("X said A, while B, according to Y"): Y sources B only.
    sourced_clause_links: frozenset[str] = frozenset()
    # Head nouns of bodies that a headline names as its source after a colon ("...: army"), besides person, media
    # and document nouns.
    body_nouns: frozenset[str] = frozenset()
    # Verbs of crying out whose object quotation is the words uttered, however short ("chanted 'Lock her up!'").
    outcry_verbs: frozenset[str] = frozenset()
    # A quotation of at most this many words run into its clause (no comma or colon before it) is a phrase of the
    # clause, not a quote led by the verb before it.
    embedded_quote_max_words: int = 4
    # Verbs of asking whose sentence-opening participle ("Asked whether ...") quotes an unnamed asker's question.
    question_verbs: frozenset[str] = frozenset()
    # Nouns (lemmas) naming a document that speaks for its author ("the statement said").
    document_nouns: frozenset[str] = frozenset()
    # Verbs (lemmas) of establishing a fact whose that-less clause is a finding, not speech, unless a person finds.
    finding_verbs: frozenset[str] = frozenset()
    # Finding verbs (lemmas) by which a document states its conclusion even without "that" ("the audit found ...").
    document_finding_verbs: frozenset[str] = frozenset()
    # Nouns (lemmas) of counts: as a finding verb's subject they do not speak, even when listed as documents.
    finding_count_nouns: frozenset[str] = frozenset()
    # Verbs (lemmas) that, with a relative pronoun subject, describe the noun instead of reporting ("who ruled that").
    relative_description_verbs: frozenset[str] = frozenset()
    # Modals and governing verbs (lemmas) under which an object verb's noun-phrase object is not yet announced
    # ("will announce new measures", "urged him not to announce the curfew").
    unrealised_report_modals: frozenset[str] = frozenset()
    unrealised_report_governors: frozenset[str] = frozenset()
    # Verbs (lemmas) of failing: a finding verb under one reports nothing ("failed to show ...").
    failure_verbs: frozenset[str] = frozenset()
    # Role nouns whose "of" phrase belongs to the role's name ("the head of the army"): a speaker created from
    # the phrase keeps it.
    of_complement_roles: frozenset[str] = frozenset()
    # Verbs (lemmas) by which an actor puts out a document ("the ministry issued a statement").
    document_issuing_verbs: frozenset[str] = frozenset()
    # Verbs (lemmas) by which others get hold of or pass on a document ("a letter seen by the agency"): their
    # agent is no author of it.
    document_handling_verbs: frozenset[str] = frozenset()
    # Count nouns (lemmas) that are a document only with their source named after them ("figures from the ministry").
    sourced_count_nouns: frozenset[str] = frozenset()
    # Verb lemma -> prepositions whose quoted object is the subject's words ("warned of '...'").
    quoted_object_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    # Verb lemma of requesting -> prepositions of what is requested ("called for"): a quoted fragment inside the
    # addressee and infinitive ("urged leaders to 'show restraint'") or that object is the requester's words.
    quoted_request_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    # Quantity words heading a partitive speaker ("one of the experts"): the group after "of" speaks.
    partitive_quantifiers: frozenset[str] = frozenset()
    # Head nouns (lemmas) of a possessed speaker phrase through which the possessor speaks ("the mayor's office").
    possessor_voices: frozenset[str] = frozenset()
    # Preposition -> the words (a gerund's or object's lemma) by which a closing phrase tells how the report was
    # made, not what it said ("..., without providing evidence"): no part of the content.
    saying_manner_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    # Nouns (lemmas) by which the author sums up a reported claim in a closing phrase with a clause of its own
    # ("..., a charge the commission denied"): that phrase is no part of the content.
    claim_nouns: frozenset[str] = frozenset()
    # Nouns (lemmas) of the occasion or medium of a report ("said in a statement", "told reporters at a briefing"):
    # a phrase of one between the cue and the reported clause is the cue's, not the content's.
    speech_setting_nouns: frozenset[str] = frozenset()
    # Head nouns (lemmas) of an office that speaks for its owner ("the president's office said"): the owner
    # speaks when the text knows it as an actor.
    owner_offices: frozenset[str] = frozenset()
    # Nouns (lemmas) of recordings that show what was said ("'...,' the footage showed"): never a speaker.
    recording_nouns: frozenset[str] = frozenset()
    # Participles (lemmas) giving a speaker's name or alias ("the commander, known as X"): X names the speaker.
    alias_participles: frozenset[str] = frozenset()
    # Hedging adverbs between an alias participle and its "as" ("identified only as X"): no part of the name.
    alias_hedges: frozenset[str] = frozenset()
    # Verbs (lemmas) of a relative clause giving a speaker's name ("a woman who gave her name as X"): X speaks.
    alias_giving_verbs: frozenset[str] = frozenset()
    # Verbs (lemmas) by which a described speaker goes under a name ("who uses the nom de guerre X", "going by X").
    alias_using_verbs: frozenset[str] = frozenset()
    # Nouns of naming, as tuples of lower-cased words ("nom de guerre"), that introduce a speaker's alias.
    alias_nouns: tuple[tuple[str, ...], ...] = ()
    # Verbs (lemmas) whose participle closing a reported clause names the grounds or sources of the report
    # ("..., citing two officials"): no part of the content.
    sourcing_verbs: frozenset[str] = frozenset()
    # Verbs (lemmas) of a speaker's own act conjoined to the reported clause ("said X and blamed Y"): not content.
    speaker_act_verbs: frozenset[str] = frozenset()
    # Paragraph labels of an interview transcript: "question" / "answer" -> the labels as written ("Q", "A").
    transcript_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # lower-cased common given name -> "male" | "female"
    given_names: dict[str, str] = field(default_factory=dict)
    generic_titles: frozenset[str] = frozenset()

    def is_cue_verb(self, lemma: str) -> bool:
        return lemma in self.speech_verbs or lemma in self.manner_verbs

    def gender_of_honorific(self, word: str) -> str | None:
        return self.honorifics.get(word.lower().rstrip("."))


def _merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _given_names(raw: dict) -> dict[str, str]:
    """Given name -> gender; a name listed under both genders marks neither."""
    found: dict[str, str] = {}
    both: set[str] = set()
    for gender, names in raw.items():
        for name in names or []:
            low = str(name).lower()
            if found.get(low, gender) != gender:
                both.add(low)
            found[low] = str(gender)
    return {name: gender for name, gender in found.items() if name not in both}


@lru_cache(maxsize=8)
def load_quote_cues(extra: Sequence[Path] | tuple[Path, ...] = ()) -> QuoteCues:
    """The packaged cue lexicon, with any `extra` YAML files layered over it."""
    raw = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    for path in extra:
        raw = _merge(raw, load_yaml(Path(path).read_text(encoding="utf-8")) or {})
    return QuoteCues(
        speech_verbs=_lower_set(raw.get("speech_verbs")),
        object_verbs=_lower_set(raw.get("object_verbs")),
        manner_verbs=_lower_set(raw.get("manner_verbs")),
        addressee_verbs=_lower_set(raw.get("addressee_verbs")),
        predicative_verbs=_lower_set(raw.get("predicative_verbs")),
        infinitive_verbs=_lower_set(raw.get("infinitive_verbs")),
        non_cue_verbs=_lower_set(raw.get("non_cue_verbs")),
        quote_only_verbs=_lower_set(raw.get("quote_only_verbs")),
        prepositional_cues=tuple(tuple(w.lower() for w in cue) for cue in raw.get("prepositional_cues", [])),
        pronouns={k.lower(): dict(v or {}) for k, v in (raw.get("pronouns") or {}).items()},
        relative_pronouns=_lower_set(raw.get("relative_pronouns")),
        honorifics={str(k).lower(): v for k, v in (raw.get("honorifics") or {}).items()},
        person_nouns=_lower_set(raw.get("person_nouns")),
        media_nouns=_lower_set(raw.get("media_nouns")),
        non_speakers=_lower_set(raw.get("non_speakers")),
        adverbial_marks=_lower_set(raw.get("adverbial_marks")),
        scare_quote_max_words=int(raw.get("scare_quote_max_words", 2)),
        continuation_connectives=_lower_set(raw.get("continuation_connectives")),
        work_nouns=_lower_set(raw.get("work_nouns")),
        naming_words=_lower_set(raw.get("naming_words")),
        no_preposed_content_verbs=_lower_set(raw.get("no_preposed_content_verbs")),
        outcry_verbs=_lower_set(raw.get("outcry_verbs")),
        embedded_quote_max_words=int(raw.get("embedded_quote_max_words", 4)),
        question_verbs=_lower_set(raw.get("question_verbs")),
        document_nouns=_lower_set(raw.get("document_nouns")),
        document_issuing_verbs=_lower_set(raw.get("document_issuing_verbs")),
        document_handling_verbs=_lower_set(raw.get("document_handling_verbs")),
        sourced_count_nouns=_lower_set(raw.get("sourced_count_nouns")),
        quoted_object_preps={str(k).lower(): _lower_set(v) for k, v in (raw.get("quoted_object_preps") or {}).items()},
        quoted_request_verbs={str(k).lower(): _lower_set(v)
                              for k, v in (raw.get("quoted_request_verbs") or {}).items()},
        partitive_quantifiers=_lower_set(raw.get("partitive_quantifiers")),
        possessor_voices=_lower_set(raw.get("possessor_voices")),
        given_names=_given_names(raw.get("given_names") or {}),
        generic_titles=_lower_set(raw.get("generic_titles")),
        reporting_idioms={str(k).lower(): _lower_set(v) for k, v in (raw.get("reporting_idioms") or {}).items()},
        relaying_verbs=_lower_set(raw.get("relaying_verbs")),
        contrast_connectives=_lower_set(raw.get("contrast_connectives")),
        sourced_clause_links=_lower_set(raw.get("sourced_clause_links")),
        body_nouns=_lower_set(raw.get("body_nouns")),
        finding_verbs=_lower_set(raw.get("finding_verbs")),
        failure_verbs=_lower_set(raw.get("failure_verbs")),
        unrealised_report_modals=_lower_set(raw.get("unrealised_report_modals")),
        unrealised_report_governors=_lower_set(raw.get("unrealised_report_governors")),
        finding_count_nouns=_lower_set(raw.get("finding_count_nouns")),
        document_finding_verbs=_lower_set(raw.get("document_finding_verbs")),
        relative_description_verbs=_lower_set(raw.get("relative_description_verbs")),
        of_complement_roles=_lower_set(raw.get("of_complement_roles")),
        claim_nouns=_lower_set(raw.get("claim_nouns")),
        sourcing_verbs=_lower_set(raw.get("sourcing_verbs")),
        speech_setting_nouns=_lower_set(raw.get("speech_setting_nouns")),
        owner_offices=_lower_set(raw.get("owner_offices")),
        recording_nouns=_lower_set(raw.get("recording_nouns")),
        alias_participles=_lower_set(raw.get("alias_participles")),
        alias_hedges=_lower_set(raw.get("alias_hedges")),
        alias_giving_verbs=_lower_set(raw.get("alias_giving_verbs")),
        alias_using_verbs=_lower_set(raw.get("alias_using_verbs")),
        speaker_act_verbs=_lower_set(raw.get("speaker_act_verbs")),
        transcript_labels={str(k): tuple(str(w) for w in v or [])
                           for k, v in (raw.get("transcript_labels") or {}).items()},
        alias_nouns=tuple(tuple(str(w).lower().split()) for w in raw.get("alias_nouns") or []),
        saying_manner_preps={str(k).lower(): _lower_set(v) for k, v in (raw.get("saying_manner_preps") or {}).items()},
    )
