"""Title-Case headlines: a copy in sentence case for the tagger, with the same length and offsets.

News headlines are often written in Title Case ("Rebels Storm Border Post Near Town"). spaCy's small English
models read such a line as one long proper name, so the headline loses its verb, its actors and its recipients.
The nlp stage therefore parses a copy of the text whose Title-Case headline is re-cased the way a sentence would
be written, and maps the parse back onto the original text (`eventwire.stages.nlp.rewrap`): the text given and
every offset into it stay as they are.

A word of the headline keeps its capital when it is the first word, when it has capitals past its first letter
("UN", "McCain"), or when the article body writes it capitalised inside a sentence at least as often as in lower
case (a name). It is lower-cased when the body uses it (or a word of the same stem) in lower case, or when it is a
closed-class word (`eventwire.knowledge.headlines.function_words`). A word the body does not use keeps its capital
only when the actor KB knows it as a name (a one-word alias, a state or its demonym); a headline's other words are
mostly verbs and common nouns ("Meets" where the body says "met"). A line that shares no common word with the body
(a byline, a line of names) is left as it is.

A headline in telegraphic present ("Nurses down tools over pay", "Riot police fire tear gas at marchers") is often
tagged as one long noun phrase with no verb at all, whatever its casing. `headline_verb` then names the word that
is the verb, judged by form and position: a word the event lexicon knows as a verb, in its base form or its
third-person -s form, right after a noun (the subject's head), with more of the headline after it. The nlp stage
re-parses the headline alone with that word in the past tense (`past_tense`), a form the tagger reads as a verb,
and copies that parse onto the headline's tokens (`eventwire.stages.nlp.reparse_verbless_headline`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING
from collections.abc import Collection

from eventwire.knowledge.headlines import function_words, irregular_pasts, plural_nouns

if TYPE_CHECKING:
    from eventwire.knowledge.actors import ActorKB

MAX_HEADLINE_CHARS = 200  # a longer first line is a paragraph, not a headline
MIN_CAPITALISED_WORDS = 2  # longer words capitalised after the first word before a line reads as Title Case
TITLE_SHARE = 0.8  # share of those longer words that must be capitalised
LONG_WORD = 4  # letters; Title-Case styles leave shorter function words in lower case
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# characters after which a capitalised word is not sentence-initial, so its capital says it is a name
_MID_SENTENCE_BEFORE = re.compile(r"[\w,;\-–(&/]")
_SENTENCE_END = (".", "!", '"', "”", "'", "’", ":")


def headline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the text's first line when it is a Title-Case headline followed by more text, else None."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end == -1 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    if not line or len(line) > MAX_HEADLINE_CHARS or line.endswith(_SENTENCE_END):
        return None
    words = _WORD.findall(line)
    longer = [w for w in words[1:] if len(w) >= LONG_WORD]
    capitalised = sum(w[0].isupper() for w in longer)
    if capitalised < MIN_CAPITALISED_WORDS or capitalised < TITLE_SHARE * len(longer):
        return None
    if all(w.isupper() for w in words):
        return None  # an all-capitals line is another style, left alone
    return start, start + len(line)


def _stem_match(word: str, other: str) -> bool:
    """Two lower-case words of one stem: the shorter (less a final letter when long) begins the longer."""
    short, long_ = (word, other) if len(word) <= len(other) else (other, word)
    if len(short) < LONG_WORD:
        return short == long_
    return long_.startswith(short if len(short) == LONG_WORD else short[:-1])


def _body_evidence(body: str) -> tuple[Counter[str], Counter[str], set[str]]:
    """Counts of the body's words written capitalised inside a sentence, and in lower case; lower-case words."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for m in _WORD.finditer(body):
        word = m.group()
        if word[0].islower():
            lower[word] += 1
            continue
        k = m.start() - 1  # the character before the word, over spaces but not over a line break
        while k >= 0 and body[k] in " \t\u00a0":
            k -= 1
        if k >= 0 and _MID_SENTENCE_BEFORE.match(body[k]):
            capital[word] += 1
    return capital, lower, set(lower)


@lru_cache(maxsize=1)
def _kb_names() -> tuple[frozenset[str], ActorKB]:
    from eventwire.knowledge.actors import load_kb

    kb = load_kb()
    single = frozenset(a for e in kb.entries.values() for a in e.all_aliases() if " " not in a and a[:1].isupper())
    return single, kb


def known_name(word: str) -> bool:
    """Whether the actor KB knows the capitalised `word` as a name: a one-word alias, a state or its demonym."""
    single, kb = _kb_names()
    return word in single or kb.country_of_word(word) is not None


def _lowercase_same_length(word: str) -> str:
    # a character whose lower case is longer ("İ") keeps its case, so the copy keeps every offset
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _recased(line: str, case_word) -> str:
    """`line` with each word replaced by `case_word(word, first)` -> (cased word, whether the body shares it in lower
    case); same length. A line sharing no common word with the body is no headline of it (a byline, a slug, a
    names-only line): it is returned as it is."""
    out = []
    pos = 0
    first = True
    shared = 0
    for m in _WORD.finditer(line):
        out.append(line[pos:m.start()])
        pos = m.end()
        cased, in_body = case_word(m.group(), first)
        first = False
        shared += in_body
        out.append(cased)
    out.append(line[pos:])
    return "".join(out) if shared else line


def sentence_case(line: str, *, body: str) -> str:
    """`line` (a Title-Case headline) re-cased as a sentence, judged by how `body` writes its words; same length."""
    capital, lower, lower_words = _body_evidence(body)
    closed = function_words()

    def case_word(word: str, first: bool) -> tuple[str, bool]:
        if first or not word[0].isupper() or any(c.isupper() for c in word[1:]) or word == "I":
            return word, False
        low = _lowercase_same_length(word)
        if capital[word] and capital[word] >= lower[low]:
            return word, False  # the body writes it as a name
        if lower[low] or any(_stem_match(low, w) for w in lower_words):
            return low, True  # lower-cased because the body writes it so
        if low not in closed and known_name(word):
            return word, False  # no use in the body: a name only when the actor KB knows it
        return low, False

    return _recased(line, case_word)


def sentence_cased_text(text: str) -> str:
    """`text` with its Title-Case headline (if any) re-cased as a sentence; `text` itself when it has none."""
    span = headline_span(text)
    if span is None:
        return text
    start, end = span
    recased = sentence_case(text[start:end], body=text[end:])
    return text if recased == text[start:end] else text[:start] + recased + text[end:]


def sentence_cased_title(title: str, *, body: str) -> str:
    """A title given apart from the text, re-cased as a sentence when it is in Title Case."""
    span = headline_span(title + "\n" + body)
    return title if span is None else sentence_case(title, body=body)


def capitals_case(line: str, *, body: str) -> str:
    """`line` (a headline in capitals) re-cased as a sentence, judged by how `body` writes its words; same length.
    A word the body writes in capitals (an acronym, "UN") stays so; one it writes capitalised inside a sentence
    more often than in lower case, or that the actor KB knows as a name, keeps only its first capital ("CONGO" ->
    "Congo"); every other word is lower-cased, the first word keeping its first capital."""
    capital, lower, lower_words = _body_evidence(body)
    upper_in_body = {w for w in _WORD.findall(body) if w.isupper() and len(w) > 1}
    closed = function_words()

    def case_word(word: str, first: bool) -> tuple[str, bool]:
        low = _lowercase_same_length(word)
        titled = word[:1] + low[1:]
        if word in upper_in_body or (len(word) > 1 and low not in closed and not lower[low]
                                     and not capital[titled] and word in _kb_names()[0]):
            return word, False  # an acronym the body (or the actor KB) writes in capitals
        if first or (capital[titled] and capital[titled] >= lower[low]) or (
                low not in closed and not lower[low] and not any(_stem_match(low, w) for w in lower_words)
                and known_name(titled)):
            return titled, False
        return low, low not in closed and (lower[low] > 0 or any(_stem_match(low, w) for w in lower_words))

    return _recased(line, case_word)


def capitals_cased_text(text: str) -> str:
    """`text` with its headline in capitals ("REBELS SEIZE KEY TOWN") re-cased as a sentence (`capitals_case`):
    the tagger reads a line of capitals as one long name, losing its verb and its parties. `text` itself when its
    first line is no headline or not in capitals (Title Case is `sentence_cased_text`'s)."""
    span = headline_line(text)
    if span is None:
        return text
    start, end = span
    words = _WORD.findall(text[start:end])
    if len([w for w in words if len(w) > 1]) < MIN_CAPITALISED_WORDS or not all(w.isupper() for w in words):
        return text
    return text[:start] + capitals_case(text[start:end], body=text[end:]) + text[end:]


def headline_line(text: str) -> tuple[int, int] | None:
    """(start, end) of the text's first line when it reads as a headline in any casing: short, no sentence-ending
    punctuation, and followed by more text; else None."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end == -1 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    if not line or len(line) > MAX_HEADLINE_CHARS or line.endswith(_SENTENCE_END):
        return None
    return start, start + len(line)


_FINITE_OR_PARTICIPLE_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# tags of a word after which a participle before a noun modifies that noun ("over disputed land", "the jailed men")
_ATTRIBUTE_OPENER_TAGS = frozenset({"IN", "DT", "PDT", "PRP$", "POS"})
# words joining two nouns into one plural subject; a headline writes "and" as a comma ("Laos, Estonia hold talks")
_COORDINATORS = frozenset({"and", "&", ","})
# tags of closed-class words that are never a headline's verb, whatever their spelling
_NEVER_VERB_TAGS = frozenset({"DT", "PRP", "PRP$", "CC", "TO", "CD", "POS", "WDT", "WP", "WP$", "EX", "PDT"})
# tags that may begin a direct object: a third-person -s verb needs one next ("Army shells rebel positions"), for
# an -s word before a preposition is mostly a plural noun heading a noun phrase ("Border attacks on the rise")
_OBJECT_START_TAGS = frozenset({"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP"})


def _verb_bases(word: str) -> list[str]:
    """The base forms `word` may be a third-person -s form of ("jails" -> jail, "pushes" -> push, "carries" ->
    carry), or itself as a base form."""
    bases = [word]
    if word.endswith("ies") and len(word) > 4:
        bases.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        bases.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        bases.append(word[:-1])
    return bases


def headline_verb(tokens: list[tuple[str, str]], verbs: Collection[str]) -> tuple[int, str] | None:
    """For a headline's tokens as (text, tag) that hold no verb, (index, base form) of the word that is its verb:
    the first word `verbs` knows right after a noun, with more words after it, that agrees with that noun: a base
    form (or the last part of a hyphenated verb, "test-fire") after a plural, a third-person -s form before an
    object after a singular. None when the headline has a verb (other than a gerund) or no such word."""
    if any(tag in _FINITE_OR_PARTICIPLE_TAGS and not _attributive_participle(tokens, k)
           for k, (_, tag) in enumerate(tokens)):
        return None  # (a gerund alone is no verb of the headline: "Guards fire warning shots" tags "warning")
    for k in range(1, len(tokens) - 1):
        text, tag = tokens[k]
        if not text.isalpha() or not text.islower() or tag in _NEVER_VERB_TAGS:
            continue
        if tokens[k + 1][0] == "-":
            continue  # the first part of a hyphenated word ("test" of "test-fire"): its last part is the verb
        subject = k - 1
        prefix = ""
        if subject >= 2 and tokens[subject][0] == "-" and tokens[subject - 1][0].isalpha():
            prefix = tokens[subject - 1][0].lower() + "-"  # "test - fire": the verb is "test-fire"
            subject -= 2
        if subject < 0 or tokens[subject][1] not in _NOUN_TAGS:
            continue
        # a base form agrees with a plural subject; an -s form with a singular one and takes an object
        # (the tagger reads a capitalised plural opening a headline, "Regimes", as a proper name)
        noun = tokens[subject][0]
        plural = (tokens[subject][1] in ("NNS", "NNPS") or noun.lower() in plural_nouns()
                  or (tokens[subject][1] == "NNP" and noun.endswith("s") and not noun.endswith("ss"))
                  or _coordinated(tokens, subject))
        if prefix + text in verbs or (not prefix and text in verbs):
            if plural:
                return k, text
            continue
        if plural or tokens[k + 1][1] not in _OBJECT_START_TAGS:
            continue
        for base in _verb_bases(text)[1:]:
            if base in verbs:
                return k, base
    return None


def _attributive_participle(tokens: list[tuple[str, str]], k: int) -> bool:
    """Whether the word at `k` is a past participle used as an adjective: after a preposition, a determiner or a
    possessive and before a noun ("... over disputed river island", "... for the jailed reporters"); it is no
    verb of the headline."""
    return (tokens[k][1] == "VBN" and 0 < k < len(tokens) - 1 and tokens[k - 1][1] in _ATTRIBUTE_OPENER_TAGS
            and tokens[k + 1][1] in _NOUN_TAGS)


def _coordinated(tokens: list[tuple[str, str]], k: int) -> bool:
    """Whether the noun at `k` closes a coordination of nouns ("Armenia and Azerbaijan", "Laos, Estonia"): two
    parties together are a plural subject, which takes the base form of the verb ("... swap prisoners")."""
    return k >= 2 and tokens[k - 1][0].lower() in _COORDINATORS and tokens[k - 2][1] in _NOUN_TAGS


def past_tense(base: str) -> str:
    """The past tense of the verb `base`: the irregular one from the word list, else the regular -ed ending."""
    irregular = irregular_pasts().get(base)
    if irregular:
        return irregular
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"
