"""Speaker phrases -> actor ids.

A named phrase takes the actor whose mention covers it (`eventwire.stages.actors.actor_at`), else a new actor
(person when the phrase names one — a PERSON entity, an honorific, a noun such as "spokesman" — else other).
A pronoun ("she said") goes to the most recent compatible actor before it: same gender when known (honorifics,
earlier pronouns), preferring actors that were the subject of a recent sentence or a recent speaker. Speech has its
own discourse (a quote's speaker goes on speaking over the names inside the quotes), so for a speaking pronoun this
decision is the record's one resolution: the pronoun becomes a mention of the speaker and of no other actor, even
when the actors stage had linked it elsewhere. A relative
pronoun ("Mr. Scott, who has called ...") takes the noun its clause hangs on. First and second person pronouns
have no actor (the author or the reader).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.knowledge.actors import load_kb
from eventwire.knowledge.cues import QuoteCues
from eventwire.models import Actor, Span
from eventwire.stages.actors import actor_at
from eventwire.stages.actors.resolve import head_word

WINDOW = 2500  # characters back to look for a pronoun's referent
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@dataclass
class SpeakerState:
    actors: list[Actor]
    spans: list[tuple[int, int, str]]
    new_actors: list[Actor] = field(default_factory=list)
    new_spans: list[tuple[int, int, str]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    recent_speakers: list[tuple[int, str]] = field(default_factory=list)  # (position, actor id)
    # pronoun mentions the actors stage gave to another actor than the one they are: (start, end, actor id), the
    # id None when they are a mention of no actor
    relinked: list[tuple[int, int, str | None]] = field(default_factory=list)

    def kind(self, actor_id: str) -> str | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor.kind
        return None


class SpeakerResolver:
    def __init__(self, analysis, doc, cues: QuoteCues, *, quoted: list[tuple[int, int]] | None = None) -> None:
        self.analysis, self.doc, self.cues, self.text = analysis, doc, cues, analysis.text
        # quoted passages (start, end): a name inside someone's quoted words is no antecedent of a pronoun
        # outside them ("'... Weinstein is bad,' he says": "he" is the speaker, not Weinstein)
        self.quoted = sorted(quoted or [])
        actors = [a.model_copy(deep=True) for a in analysis.actors] if analysis.actors is not None else None
        self.enabled = actors is not None
        self.state = SpeakerState(actors=actors or [], spans=sorted(analysis.shared.get("actor_spans", [])))
        self._subject_positions = None
        self._learn_gender()

    # ------------------------------------------------------------------ gender and salience
    def _learn_gender(self) -> None:
        for s, e, actor_id in self.state.spans:
            before = self.text[max(0, s - 6):s].strip().split()
            # the honorific before the mention, or a gendered title inside it ("Vice Chairwoman Ann Lee")
            inside = self.text[s:e].split()
            words = before[-1:] + inside[:-1]
            # a lower-case gendered role noun heading a description ("a ministry spokesman", "the chairwoman")
            # marks it too; a capitalised last word is a name ("John King"), not a title
            if inside and inside[-1].islower():
                words.append(inside[-1])
            gender = next((g for w in words if (g := self.cues.gender_of_honorific(w))), None)
            if gender:
                self.state.gender.setdefault(actor_id, gender)
        for actor in self.state.actors:
            # else a person named with a common given name ("Carly Fiorina" is a likely "she")
            first = actor.name.split()[0].lower() if actor.kind == "person" and len(actor.name.split()) >= 2 else ""
            gender = self.cues.given_names.get(first)
            if gender:
                self.state.gender.setdefault(actor.id, gender)

    def _subjects(self) -> set[int]:
        """Character offsets of tokens that are clause subjects (salient antecedents)."""
        if self._subject_positions is None:
            # a name in apposition to a subject is that subject too ("Her neighbour, Ana Ruiz, agreed.")
            self._subject_positions = {t.idx for t in self.doc if t.dep_ in ("nsubj", "nsubjpass") or
                                       t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass")}
        return self._subject_positions

    def _is_subject(self, start: int, end: int) -> bool:
        subjects = self._subjects()
        return any(p in subjects for p in range(start, end))

    # ------------------------------------------------------------------ lookups
    def _actor_at(self, start: int, end: int) -> str | None:
        found = actor_at(self.analysis, start, end)
        if found is not None:
            return found
        best, best_len = None, 0
        for s, e, actor_id in self.state.new_spans:
            shared = min(e, end) - max(s, start)
            if shared > best_len:
                best, best_len = actor_id, shared
        return best

    def _next_id(self) -> str:
        used = {a.id for a in self.state.actors}
        n = len(used) + 1
        while f"A{n}" in used:
            n += 1
        return f"A{n}"

    # ------------------------------------------------------------------ documents as speakers
    def _is_document(self, head) -> bool:
        """A common noun naming a document ("the statement", "a communique"); a title such as "The Post" is a
        medium, not a document."""
        if head.pos_ != "NOUN":
            return False
        lemma = head.lemma_.lower()
        if lemma in self.cues.document_nouns:
            return True
        # "figures from the ministry", "numbers released by the agency": a count with its source named is that
        # source's document; "senior figures in the party" are people
        return lemma in self.cues.sourced_count_nouns and bool(self._source_tokens(head))

    def _document_author(self, head) -> str | None:
        """The actor a document speaks for: named inside its phrase ("the ministry's statement", "a Pentagon
        statement", "a report by the agency", "a statement issued by the army", "a letter from the mayor"), else
        the subject of an earlier clause that put out a document of the same noun ("The army issued a statement on
        Monday. ... The statement said ...")."""
        authors = self._author_tokens(head)
        for tok in authors:
            found = self._actor_at(tok.idx, tok.idx + len(tok))
            if found is not None:
                return found
        lemma = head.lemma_.lower()
        for tok in reversed(self.doc[:head.i]):
            if head.idx - tok.idx > WINDOW:
                break
            if tok.lemma_.lower() != lemma or tok.dep_ not in ("dobj", "nsubjpass"):
                continue
            for author in self._author_tokens(tok):
                found = self._actor_at(author.idx, author.idx + len(author))
                if found is not None:
                    return found
            verb = tok.head
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.cues.document_issuing_verbs:
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
                subjects = [next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
                            for c in subjects]
                for subj in subjects:
                    found = self._actor_at(subj.idx, subj.idx + len(subj))
                    if found is not None:
                        return found
            break  # the nearest earlier document of that name has no author the text names
        for tok in authors:
            # "a police report", "the army's statement": a noun for a body of agents the actors stage left
            # inside the document's phrase is the author, an actor of the kind that noun names
            found = self._create_agent(tok)
            if found is not None:
                return found
        return None

    def _create_agent(self, tok) -> str | None:
        from eventwire.knowledge.actors import load_kb

        agent = load_kb().lexicon.agent_nouns.get(tok.lower_) or load_kb().lexicon.agent_nouns.get(tok.lemma_.lower())
        if agent is None or agent[0] == "person" or tok.pos_ != "NOUN" or tok.i > 0 and self.doc[tok.i - 1].text == "-":
            return None  # no agent noun, or a piece of a compound ("a 50-state poll")
        start, end = tok.idx, tok.idx + len(tok)
        name = tok.lemma_.lower() if tok.tag_ != "NNS" else tok.lower_
        for actor in self.state.new_actors:
            if actor.name == name and actor.kind == agent[0]:
                actor.mentions.append(Span(start=start, end=end, text=self.text[start:end]))
                self.state.new_spans.append((start, end, actor.id))
                return actor.id
        actor = Actor(id=self._next_id(), name=name, kind=agent[0], sector=agent[1], aliases=[name],
                      mentions=[Span(start=start, end=end, text=self.text[start:end])])
        self.state.actors.append(actor)
        self.state.new_actors.append(actor)
        self.state.new_spans.append((start, end, actor.id))
        return actor.id

    def _objects_after(self, head, preps: tuple[str, ...]) -> list:
        """The objects of the prepositions `preps` after a noun, and of "by"/"from" or the agent of a participle
        after it ("released by", "published by"; not one of handling it: "seen by", "cited by")."""
        found = []
        for c in head.rights:
            if c.dep_ == "prep" and c.lower_ in preps:
                found += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl" and c.lemma_.lower() not in self.cues.document_handling_verbs:
                for g in c.children:
                    if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ in ("by", "from"):
                        found += [x for x in g.children if x.dep_ == "pobj"]
        return found

    def _source_tokens(self, head) -> list:
        """The objects of "from"/"by" after a noun or of a participle after it ("released by", "published by")."""
        return self._objects_after(head, ("by", "from"))

    def _author_tokens(self, head) -> list:
        """Tokens that may name a document's author inside its phrase: possessor, noun modifier, the object of
        "by"/"from" after it, the agent of a participle issuing it."""
        found = [c for c in head.lefts if c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("PROPN", "NOUN")]
        return found + self._objects_after(head, ("by", "from", "of"))

    def _create(self, start: int, end: int, head, document: bool = False) -> str:
        text = self.text[start:end]
        words = text.split()
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        name = " ".join(words) or text
        for actor in self.state.new_actors:
            if actor.name.lower() == name.lower():
                actor.mentions.append(Span(start=start, end=end, text=text))
                self.state.new_spans.append((start, end, actor.id))
                return actor.id
        known = self._known_actor(name, before=start)
        if known is not None:
            self.state.new_spans.append((start, end, known.id))
            return known.id
        lowered = [w.lower().rstrip(".") for w in words]
        person = (head.ent_type_ == "PERSON" or head.lower_ in self.cues.person_nouns
                  or any(self.cues.gender_of_honorific(w) or w in self.cues.honorifics for w in lowered[:1]))
        if head.lower_ in self.cues.media_nouns or head.ent_type_ in ("ORG", "NORP", "GPE"):
            person = person and head.ent_type_ == "PERSON"
        # a document with no named author is a source of its own kind, never a person
        actor = Actor(id=self._next_id(), name=name, kind="person" if person and not document else "other",
                      aliases=[name], description="document" if document else None,
                      mentions=[Span(start=start, end=end, text=text)])
        self.state.actors.append(actor)
        self.state.new_actors.append(actor)
        self.state.new_spans.append((start, end, actor.id))
        if words:
            # an honorific before the name ("Mrs Lee") or a gendered role noun heading the phrase ("a police
            # spokeswoman")
            gender = self.cues.gender_of_honorific(words[0]) or (
                self.cues.gender_of_honorific(words[-1]) if words[-1].islower() else None)
            if gender:
                self.state.gender[actor.id] = gender
        return actor.id

    def _known_actor(self, name: str, *, before: int) -> Actor | None:
        """The one actor a speaker phrase the actors stage did not mark already names: the same name or alias,
        or, for a lone capitalised word, the surname of exactly one person named in full ("Morneau said" after
        "Bill Morneau"); the tagger often misses a bare surname, which would otherwise become a second actor.
        A bare lower-case noun ("the commission said") refers back to a body named before the phrase."""
        low = name.lower()
        same = [a for a in self.state.actors if low == a.name.lower() or low in (x.lower() for x in a.aliases)]
        if len(same) == 1:
            return same[0]
        if len(name.split()) == 1 and name.islower():
            from eventwire.knowledge.actors import load_kb

            earlier = [a for a in self.state.actors if a.kind != "person" and a not in self.state.new_actors
                       and any(m.start < before for m in a.mentions)]
            # "the commission said" after "the Central Election Commission": a bare noun heading the name of
            # exactly one body of the article is that body
            by_head = [a for a in earlier if len(a.name.split()) >= 2 and head_word(a.name) == low]
            if len(by_head) == 1:
                return by_head[0]
            # "the bloc said" after "the European Union": a noun that refers back to one kind of body ("bloc":
            # an intergovernmental body) is the one body of that kind named before
            kinds = load_kb().lexicon.anaphor_nouns.get(low, set())
            by_kind = [a for a in earlier if a.kind in kinds]
            if not by_head and len(by_kind) == 1:
                return by_kind[0]
        if len(name.split()) == 1 and name[:1].isupper():
            by_surname = [a for a in self.state.actors if a.kind == "person" and len(a.name.split()) >= 2
                          and a.name.split()[-1].lower() == low]
            if len(by_surname) == 1:
                return by_surname[0]
            # "Liang said" after "Spokesman Liang Wenhao": a name given family name first is taken up by its first
            # word, when no person's last word is this one and this person's last word never stands alone
            by_first = [a for a in self.state.actors if a.kind == "person" and len(a.name.split()) >= 2
                        and a.name.split()[0].lower() == low
                        and not any(m.text.lower() == a.name.split()[-1].lower() for m in a.mentions)]
            if not by_surname and len(by_first) == 1:
                return by_first[0]
        return None

    def drop_mention(self, start: int, end: int) -> None:
        """[start, end) is a mention of no actor: the actors stage's link of it is undone."""
        if any(s == start and e == end for s, e, _ in self.state.spans):
            self.state.relinked.append((start, end, None))

    def add_mention(self, start: int, end: int, actor_id: str) -> None:
        """Make [start, end) a mention of `actor_id` only: a pronoun the actors stage linked to another actor moves."""
        if any(s == start and e == end and a == actor_id for s, e, a in self.state.spans):
            return
        if any(s == start and e == end for s, e, _ in self.state.spans):
            self.state.relinked.append((start, end, actor_id))
        created = next((a for a in self.state.new_actors if a.id == actor_id), None)
        if created is not None:
            created.mentions.append(Span(start=start, end=end, text=self.text[start:end]))
        self.state.new_spans.append((start, end, actor_id))

    def _inside_quote(self, start: int, end: int) -> bool:
        return any(s < start and end < e for s, e in self.quoted)

    def _pronoun(self, pos: int, info: dict) -> str | None:
        kind = info.get("kind")
        if kind in ("first_person", "second_person"):
            return None
        gender = info.get("gender")
        spans = [x for x in self.state.spans + self.state.new_spans if x[1] <= pos and pos - x[0] <= WINDOW]
        if not self._inside_quote(pos, pos + 1):
            spans = [x for x in spans if not self._inside_quote(x[0], x[1])]
        spans.sort(key=lambda x: x[0], reverse=True)
        candidates = []
        for s, e, actor_id in spans:
            actor_kind = self.state.kind(actor_id)
            if kind == "person":
                if actor_kind != "person":
                    continue
                known = self.state.gender.get(actor_id)
                if gender and known and known != gender:
                    continue
            elif kind == "organisation":
                if actor_kind in ("person", "population", None):
                    continue
            if info.get("singular") and self._plural_noun(s, e):
                continue
            if kind != "person" and self._craft(s, e):
                continue  # "... when a drone hit a base. It said": a craft or a weapon says nothing
            elif kind == "group" and actor_kind == "person":
                continue
            candidates.append((s, e, actor_id))
        if not candidates:
            return None
        # a recent speaker or a recent clause subject beats a more recent object
        recent_speakers = {a for p, a in self.state.recent_speakers if pos - p <= WINDOW // 2}
        for s, e, actor_id in candidates[:6]:
            if self._is_subject(s, e):
                return actor_id
            if actor_id in recent_speakers:
                # 'Ruto said ... Odinga called on Ruto to quit. "...," he said': an earlier speaker named in the
                # sentence before only as the one its subject acts on yields to that subject
                acting = self._subject_acting_on(s, e, candidates[:6], actor_id)
                return acting or actor_id
        return candidates[0][2]

    def _subject_acting_on(self, start: int, end: int, candidates: list, actor_id: str) -> str | None:
        """The other candidate that is the subject of the verb whose object (or whose preposition's object) the
        mention [start, end) is, in the same sentence; else None."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        tok = span.root
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head
        if tok.dep_ not in ("dobj", "prep") or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        return next((a for s, e, a in candidates if a != actor_id and s <= subject.idx < e
                     and self._is_subject(s, e)), None)

    def _craft(self, start: int, end: int) -> bool:
        """Whether the mention [start, end) ends in a word for a craft or a weapon platform (actors lexicon
        `platform_nouns`: "a drone", "the warship")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[-1].lemma_.lower() in load_kb().lexicon.platform_nouns

    def _plural_noun(self, start: int, end: int) -> bool:
        """Whether the mention [start, end) ends in a plural common noun ("troops", "the rebels")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[-1].tag_ == "NNS"

    # ------------------------------------------------------------------ main
    def resolve(self, att) -> str | None:
        if not self.enabled or att.speaker is None or att.speaker_head is None:
            return None
        head = self.doc[att.speaker_head]
        actor_id = None
        if att.referent is not None:
            ref = self.doc[att.referent]
            actor_id = self._noun(ref, *self._np(ref))
        elif head.lower_ in self.cues.pronouns and not _acronym(head):
            info = self.cues.pronouns[head.lower_]
            actor_id = self._pronoun(head.idx, info)
            if actor_id is None and info.get("kind") == "organisation":
                actor_id = self._body_subject_before(head)
            if actor_id is not None:
                # the record shows the pronoun as a mention of the speaker it was resolved to, and of no other actor
                self.add_mention(head.idx, head.idx + len(head), actor_id)
            if actor_id and info.get("gender"):
                self.state.gender.setdefault(actor_id, info["gender"])
        else:
            actor_id = self._noun(head, *att.speaker)
        if actor_id is not None:
            self.state.recent_speakers.append((att.start, actor_id))
        return actor_id

    def _body_subject_before(self, head) -> str | None:
        """"The commission published its findings. It said ...": "it" with no actor before it to stand for is the
        body (cues `body_nouns`) that is the singular subject of the sentence before, in the same paragraph, which
        the actors stage did not keep as an actor: that body speaks, as an actor of its own."""
        sent = head.sent
        if sent.start == 0 or "\n" in self.doc[sent.start - 1:sent.start + 1].text:
            return None
        before = self.doc[sent.start - 1].sent
        if "\n" in before.text.strip():
            return None
        subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" \
                or subj.lemma_.lower() not in self.cues.body_nouns:
            return None
        return self._noun(subj, *self._np(subj))

    def _past_possessor(self, head, start: int, end: int) -> tuple[int, int]:
        """The part of a speaker phrase an actor found in it may name. A possessor speaks through its office or
        spokesman ("the governor's office said"), but the possessed head of any other phrase is someone else
        ("the mayor's lawyer said", "his rivals said"): the possessor is left out of that phrase."""
        if head.pos_ != "NOUN" or head.lemma_.lower() in self.cues.possessor_voices or head.lower_ in self.cues.possessor_voices:
            return start, end
        owners = [c for c in head.lefts if c.dep_ == "poss"]
        if not owners:
            return start, end
        last = max(t.i for o in owners for t in o.subtree)
        tail = self.doc[last]
        cut = tail.idx + len(tail)
        return (max(start, cut), end) if cut < end else (end, end)

    def _np(self, tok) -> tuple[int, int]:
        left = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("compound", "amod", "det", "poss")])
        return self.doc[left].idx, tok.idx + len(tok)

    def _noun(self, head, start: int, end: int) -> str | None:
        if not _acronym(head) and (head.pos_ == "PRON" or head.lower_ in self.cues.relative_pronouns):
            return None
        document = self._is_document(head)
        found = self._document_author(head) if document else None
        found = found or self._voice_for(head, start, end) or self._office_owner(head, start, end)
        found = found or self._actor_at(head.idx, head.idx + len(head)) or self._actor_at(*self._past_possessor(head, start, end))
        if found is not None:
            return found
        if document:
            return self._create(start, end, head, document=True)
        # "the envoy for Libya, Anna Koster, said": a role phrase speaks as the named actor in apposition to it
        for tok in head.subtree:
            if tok.dep_ != "appos" or tok.i <= head.i:
                continue
            up = tok.head  # the name may hang on the role's complement ("the envoy for Libya, X")
            while up.i != head.i and up.dep_ in ("pobj", "prep") and up.head.i < up.i:
                up = up.head
            if up.i == head.i:
                found = self._actor_at(tok.idx, tok.idx + len(tok))
                if found is not None:
                    return found
        return self._create(start, self._role_of_phrase_end(head, end), head)

    def _role_of_phrase_end(self, head, end: int) -> int:
        """"The head of the armed forces said": a role noun of office over a body (cues `of_complement_roles`) is
        named with the "of" phrase after it, up to a comma or a clause; else the phrase ends at `end`."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.cues.of_complement_roles:
            return end
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if prep is None or prep.i != head.i + 1 or head.idx + len(head) != end:
            return end
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is None:
            return end
        last = obj.i
        for t in self.doc[obj.i + 1:obj.right_edge.i + 1]:
            if t.is_punct or t.dep_ in ("relcl", "acl", "appos", "cc", "conj") or t.head.dep_ in ("relcl", "acl"):
                break
            last = t.i
        return self.doc[last].idx + len(self.doc[last])

    def _office_owner(self, head, start: int, end: int) -> str | None:
        """"The president's office said" / "the parliament's press service said": an office (cues `owner_offices`)
        speaks for its owner. When another actor of the text is that owner — named by it (the parliament), or
        described by its role (the one actor described as "President") — the owner speaks and the phrase
        becomes its mention; else the office speaks as written."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.cues.owner_offices:
            return None
        owners = [c for c in head.lefts if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        if len(owners) != 1:
            return None
        owner = owners[0]
        words = " ".join(t.lower_ for t in owner.subtree if t.dep_ not in ("case", "det") and not t.is_punct)
        office = self._actor_at(head.idx, head.idx + len(head))
        named = [a.id for a in self.analysis.actors or [] if a.id != office
                 and words in {a.name.lower(), *(x.lower() for x in a.aliases)}]
        described = [a.id for a in self.analysis.actors or [] if a.id != office
                     and (a.description or "").lower() == words]
        found = named if named else described
        if len(set(found)) != 1:
            return None
        self.add_mention(start, end, found[0])
        return found[0]

    def _voice_for(self, head, start: int, end: int) -> str | None:
        """"A spokesman for the foreign ministry said": an unnamed person whose very role is to speak for a body
        (a person noun that is also a possessor's voice, as in "the ministry's spokesman") speaks as the body
        named after "for", when the text knows it as an actor."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in self.cues.possessor_voices or lemma not in self.cues.person_nouns:
            return None
        if any(t.dep_ == "appos" for t in head.subtree):
            return None  # "a spokesman for the group, Ann Lee, said": the named person speaks
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "for":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = self._actor_at(obj.idx, obj.idx + len(obj))
                        if found is not None:
                            return found
        return None


def _acronym(tok) -> bool:
    """An upper-case word of two letters or more is an acronym ("WHO", "US"), not the pronoun it spells."""
    return len(tok.text) >= 2 and tok.text.isupper()
