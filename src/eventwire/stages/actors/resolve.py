"""From mentions to actors: one actor per real-world entity, with kind, country, sector and description.

Mentions get a key; mentions sharing a key are one actor. Keys come from the KB (aliases), person names (a surname
joins the one full name that ends with it), acronyms ("Syrian Democratic Forces (SDF)", or initials), nominal
codes ("Iraqi forces" and "Iraqi soldiers" are Iraq's military), and antecedents for pronouns and bare nominal
anaphors ("the group"). Keys never cross kinds of things: a person never joins a state or an organisation, and two
organisations sharing a word stay two.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from eventwire.datelines import DATELINE
from eventwire.knowledge.actors import ActorKB, load_state_types
from eventwire.knowledge.cues import load_quote_cues
from eventwire.models import Actor, Span
from eventwire.stages.actors.mentions import DETERMINERS, Mention, _acronym, weapon_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

GROUP_KINDS = {"government", "military", "police", "armed_group", "political_party", "igo", "ngo", "media",
               "business", "religious", "population", "country", "other"}
COLLECTIVE_KINDS = {"government", "military", "police"}
FORCE_KINDS = {"military", "police", "armed_group"}  # their members are the force ("its soldiers")
CIVIL_OWNER_KINDS = {"ngo", "business", "media", "igo"}  # their ships and planes are no force's
POSSESSIVES = frozenset({"its", "their", "our", "my", "your", "his", "her"})
# A dateline's town that names no state and is no capital ("GOMA (AP) —") places the report in the state of the
# most populous namesake only when that is a real town and dwarfs every namesake elsewhere ("Springfield" does not)
DATELINE_TOWN_MIN_POPULATION = 50_000
DATELINE_TOWN_MARGIN = 10
# Words before a bare "party" that make it one known party: a person's ("his party") or the definite one
_BARE_PARTY_DETERMINERS = frozenset({"the", "his", "her", "their"})


def _norm(text: str) -> str:
    words = text.replace("’", "'").split()
    while words and words[0].lower() in ("the",):
        words = words[1:]
    return " ".join(words).lower()


def _initials(text: str) -> str:
    words = [w for w in text.replace("-", " ").split() if w[:1].isupper() and w.lower() not in ("of", "the", "and")]
    return "".join(w[0] for w in words)


def _without_titles(core: str, kb: ActorKB) -> str:
    """The name without the titles opening it ("Sgt Tonroe" -> "Tonroe"); the name itself when only titles."""
    words = core.split()
    titles = kb.lexicon.titles
    k = 0
    while k < len(words) - 1 and (words[k].lower() in titles or words[k].lower().rstrip(".") in titles
                                  or words[k].lower() + "." in titles):
        k += 1
    return " ".join(words[k:])


def _without_legal_form(name: str, kb: ActorKB) -> str:
    """A firm's name without the legal form closing it ("Kestrel Mining Ltd" -> "Kestrel Mining")."""
    words = name.split()
    if len(words) > 1 and words[-1] in kb.lexicon.legal_forms:
        return " ".join(words[:-1]).rstrip(",")
    return name


def _particle_surname(core: str, kb: ActorKB) -> bool:
    """A lower-cased name made of particles and one last word ("van dalen", "de la cruz"): a surname alone."""
    words = core.split()
    return len(words) > 1 and all(w in kb.lexicon.name_particles for w in words[:-1])


def _surname(core: str) -> str:
    return core.split()[-1].lower() if core.split() else core.lower()


def assign_keys(doc: Doc, mentions: list[Mention], kb: ActorKB) -> list[Mention]:
    """Give every mention its actor key; drops pronouns and anaphors that have no antecedent."""
    mentions = _absorb_counted_members(doc, mentions, kb)
    text_of = {id(m): doc[m.core[0]:m.core[1]].text if m.core else doc[m.start:m.end].text for m in mentions}

    # 1. KB entries and metonymy.
    for m in mentions:
        agency = _state_news_agency(doc, m, kb)
        if agency is not None:
            entry = kb.entries[agency]
            m.entry, m.kind, m.sector, m.country, m.anaphor = agency, entry.kind, entry.sector, entry.country, False
        if m.entry and _shared_body_of_another_state(doc, m, kb):
            # "marching on Congress" in a report from Lima: the congress of the dateline's state, not the KB's
            home = _dateline_state(doc, kb)
            m.entry, m.country = None, home
        if m.entry:
            m.key = ("kb", m.entry)
        elif m.source == "metonymy":
            m.key = ("gov", m.country)

    # 2. Person names: full names first, then surnames / short forms join the one full name they end.
    persons = [m for m in mentions if m.key is None and m.kind == "person" and m.source in ("ner", "kb")]
    full: dict[str, tuple] = {}
    for m in sorted(persons, key=lambda x: -len(text_of[id(x)].split())):
        core = text_of[id(m)]
        if len(_without_titles(core, kb).split()) == 1:
            text_of[id(m)] = _without_titles(core, kb)  # "Sgt Tonroe": a title and a surname, no full name
        elif len(core.split()) >= 2 and not _particle_surname(core.lower(), kb):
            # "Uribe Velez" after "Alvaro Uribe Velez": the two surnames ending one longer full name are that person
            longer = {k for name, k in full.items() if name.endswith(" " + core.lower())}
            m.key = longer.pop() if len(longer) == 1 else ("person", core.lower())
            full.setdefault(core.lower(), m.key)
    kb_people = {}
    for m in mentions:
        if m.key and m.key[0] == "kb" and m.kind == "person":
            for alias in kb.entries[m.entry].all_aliases():
                kb_people.setdefault(_surname(alias), set()).add(m.key)
                if len(alias.replace("-", " ").split()) > 2:
                    # the family name opens a name in East Asian order ("Kim" of "Kim Jong Un"); a name that two
                    # people of the text share this way joins neither
                    kb_people.setdefault(alias.split()[0].lower(), set()).add(m.key)
    for m in persons:
        if m.key is not None:
            continue
        core = text_of[id(m)].lower()
        # a surname that opens with a particle ("van Dalen", "de la Cruz") ends the full name as a whole
        particle = _particle_surname(core, kb)
        # "Sheinbaum" of "Claudia Sheinbaum Pardo": the first of the two surnames of a Spanish or Portuguese name
        # (the word before the last of a name of three or more words)
        matches = {k for name, k in full.items() if _surname(name) == core or _surname(name).endswith("-" + core)
                   or name.split()[0] == core or particle and name.endswith(" " + core)
                   or len(name.split()) >= 3 and " " not in core and name.split()[-2] == core}
        matches |= kb_people.get(core, set())
        m.key = matches.pop() if len(matches) == 1 else ("person", core)
    _given_name_of_state_as_person(doc, mentions, persons)

    # 3. Organisations: acronym definitions "X (ABC)" and initials; otherwise the normalised name.
    orgs = [m for m in mentions if m.key is None and m.source in ("ner", "kb") and m.kind != "person"]
    for m in orgs:
        m.key = ("org", _norm(_without_legal_form(text_of[id(m)], kb)))
    by_norm = {m.key[1]: m for m in orgs}
    for m in orgs:
        e = m.core[1] if m.core else m.end
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and doc[e + 1].is_upper:
            acro = doc[e + 1].text.lower()
            other = next((x for x in mentions if x.start == e + 1), None)
            if other is None or other.key and other.key[0] == "org":
                # every later use of the acronym is the body defined here, not only the one in brackets
                # ("the Disaster Relief Authority (DIRA) said ... DIRA added"), even when the tagger left the
                # bracketed one out: its initials need not match
                acronym_key = other.key if other is not None else ("org", acro)
                for x in orgs:
                    if x.key == acronym_key and x is not m:
                        x.key = m.key
            if acro not in by_norm or by_norm[acro].key == m.key:
                by_norm[acro] = m
    for m in orgs:
        name = text_of[id(m)]
        if name.isupper() and 2 <= len(name) <= 6:
            target = by_norm.get(name.lower())
            if target is not None and target.key == m.key:
                target = None  # the acronym's own entry in the index is no definition of it
            if target is None:
                cands = {x.key for x in mentions if x.key and x is not m and x.kind != "person"
                         and _initials(text_of[id(x)]) == name and len(text_of[id(x)].split()) >= 2}
                target_key = cands.pop() if len(cands) == 1 else None
            else:
                target_key = target.key
            if target_key:
                m.key = target_key
                for x in mentions:
                    if x.key == ("org", name.lower()):
                        x.key = target_key

    # 3a'. "The Government of Bangladesh", "the Chilean Government": a name that is only a state and a word for its
    # government is that state's government as "Bangladesh's government" or "Prime Minister X's government" name it
    for m in orgs:
        if m.kind == "government" and m.country and m.key and m.key[0] == "org" and \
                _names_only_a_states_government(text_of[id(m)], m.country, kb):
            m.key = ("nom", "government", m.country, "GOV")

    # 3b. "The National Bank" after "the National Bank of Greece": a body named with "of" and a country or town
    # is the same body as its name without that place, when only one such full name shortens to it.
    by_short: dict[str, set[tuple]] = {}
    for m in orgs:
        if m.key and m.key[0] == "org":
            short, sep, place = m.key[1].rpartition(" of ")
            if sep and short and (kb.state_name_index.get(place) or place in _town_names()):
                by_short.setdefault(short, set()).add(m.key)
    for m in orgs:
        if m.key and m.key[0] == "org" and len(by_short.get(m.key[1], ())) == 1:
            m.key = next(iter(by_short[m.key[1]]))

    # 3b'. "Hualong said" after "Hualong Semiconductor": a one-word name of a firm or an untyped body is the one
    # firm or body named before whose name of two or more words opens with it.
    for m in orgs:
        if m.entry is not None or m.kind not in ("business", "other") or not m.key or m.key[0] != "org" \
                or " " in text_of[id(m)] or text_of[id(m)].isupper():
            continue
        longer = {x.key for x in orgs if x.start < m.start and x.key != m.key and x.kind in ("business", "other")
                  and x.entry is None and len(text_of[id(x)].split()) > 1
                  and text_of[id(x)].split()[0] == text_of[id(m)]}
        if len(longer) == 1:
            m.key = next(iter(longer))

    # 3c. "The Party" after "the Labour Party of Norway": a body named by the head word of its name alone is
    # the one body named in full with that head earlier in the article.
    _join_head_names(doc, mentions, text_of)

    # 3d. The tagger may read one name as a person in one sentence and as a body in another ("Rombot said" and
    # "Rombot, who fled"): an untyped body name (no cue made it a ministry, a paper, ...) written exactly like a
    # person's name in the article is that person.
    person_keys: dict[str, set[tuple]] = {}
    for m in persons:
        person_keys.setdefault(_norm(text_of[id(m)]), set()).add(m.key)
    for m in orgs:
        same = person_keys.get(_norm(text_of[id(m)]), set())
        if m.source == "ner" and m.kind == "other" and len(same) == 1:
            m.key = next(iter(same))

    # 3e. "Vale Norte SA ... Vale Norte's board": the tagger may read a firm's short name as a person; a person
    # name that is a business's name without its legal form ("SA", "Ltd") is that business.
    firms = {m.key[1]: m.key for m in orgs if m.kind == "business" and m.key and m.key[0] == "org"
             and text_of[id(m)] != _without_legal_form(text_of[id(m)], kb)}
    for m in persons:
        if m.entry is None and m.key == ("person", _norm(text_of[id(m)])) and m.key[1] in firms:
            m.key, m.kind, m.sector = firms[m.key[1]], "business", "BUS"

    # 3e'. "Torvane Shipping ... Torvane said": the tagger may read the first word of a firm's name, alone, as a
    # person; a one-word person name that joined no person's full name and opens exactly one firm's or untyped
    # body's name of two or more words earlier is that body.
    for m in persons:
        word = text_of[id(m)]
        if m.entry is not None or " " in word or m.key != ("person", _norm(word)):
            continue
        longer = {(x.key, x.kind, x.sector) for x in orgs if x.start < m.start and x.kind in ("business", "other")
                  and x.entry is None and x.key and len(text_of[id(x)].split()) > 1
                  and text_of[id(x)].split()[0] == word}
        if len(longer) == 1:
            m.key, m.kind, m.sector = next(iter(longer))

    # 4a. A bare definite title ("the secretary", "the prime minister") is the person introduced with it.
    _join_bare_titles(doc, mentions, kb)
    _join_owned_roles_named_later(doc, mentions)

    # 4a'. "The kingdom agreed": a description of a kind of state is the government of the one state of that kind
    # the article names; with none or several, a phrase made for it alone is no actor.
    named_states = _named_states(doc, kb)
    for m in mentions:
        if m.key is None and m.extra.get("state_type"):
            fitting = [iso for iso in named_states if iso in load_state_types().get(m.extra["state_type"], ())]
            if len(fitting) > 1:
                # two kingdoms named ("Morocco signed a deal with Spain. The kingdom ..."): the last of them that
                # acted as a subject before the description
                acting = [x.key[1] for x in mentions if x.start < m.start and x.key and x.key[0] == "gov"
                          and x.key[1] in fitting and x.head is not None and _in_subject(doc[x.head])]
                fitting = acting[-1:]
            if len(fitting) == 1:
                m.key, m.country, m.kind, m.sector = ("gov", fitting[0]), fitting[0], "government", "GOV"
            elif m.extra.get("state_type_only"):
                m.key = ("dropped",)
    mentions = [m for m in mentions if m.key != ("dropped",)]

    # 4'. "Tens of thousands marched through the capital": a crowd in an unnamed capital is of the one state the
    # article names most, when that state clearly leads (a tie says nothing of whose capital it is).
    for m in mentions:
        if m.extra.get("in_capital") and not m.country:
            m.country = _dominant_state(named_states)

    # 4. Nominals: coded by country and sector ("Iraqi forces" ~ "Iraqi soldiers"), or by their words.
    genders = _person_genders(doc, mentions, kb)
    for m in mentions:
        if m.extra.get("partitive_of") is not None:
            m.key = ("partitive", m.start)  # one person of their own, coded from their group below (step 6)
            continue
        if m.key is not None or m.source not in ("nominal", "ner") or m.anaphor:
            continue
        body = _body_of_its_force(doc, m, mentions, kb)
        if body is not None:
            # "KDB fighters", "KDB drones" after "the Kordofan Defence Brigades (KDB)": that body acting
            m.key, m.kind, m.sector, m.country = body.key, body.kind, body.sector, body.country or m.country
            continue
        homeland = _persons_homeland(doc, m, mentions, kb, genders)
        if homeland is not None:
            # "Lukashenko said the West was strangling his country": the state of the person "his" refers to,
            # coded as that state's government is by a nominal ("the Belarusian government"; the state's bare
            # name stays the events stage's to join); with no such person known, no actor at all
            m.key = ("nom", "government", homeland, "GOV") if homeland else ("dropped",)
            m.country, m.kind, m.sector = homeland or None, "government", "GOV"
            # ("China warned the Philippines. Marcos said his country ...": the state the text named acting is
            # that same actor, not a second one of the same name)
            if homeland and any(x.key == ("gov", homeland) for x in mentions):
                m.key = ("gov", homeland)
                continue
            if homeland and (state := kb.state(homeland)) is not None:
                # named as the state's government is, not by a pronoun's phrase (a nominal that names it wins)
                m.extra["name"] = f"Government of {state.name}"
            continue
        if not m.country:
            m.country = _leaders_state_body(doc, m, mentions, kb, genders)
        commanded = _commanded_force(doc, m, mentions, kb)
        if commanded is not None:
            m.kind, m.sector, m.country = commanded
        owner = _possessor(doc, m, mentions, kb)
        if owner is not None and owner.key is not None and (owner.kind == m.kind or owner.kind == "other" and any(
                x.key == owner.key and x.kind == m.kind for x in mentions)):
            # "the army said its soldiers ...": the army's soldiers are the army; so are the fighters of a group
            # whose bracketed acronym ("the Kordofan Defence Brigades (KDB) said its fighters") got no kind
            m.key = owner.key
            continue
        if owner is not None and owner.country and not m.country:
            m.country = owner.country  # "Israel said its troops ...": Israel's military
        if owner is None and not m.country and m.source == "nominal" and m.kind in FORCE_KINDS - {"armed_group"}:
            m.country = _sending_state(doc, m, mentions, kb)
        if owner is None and not m.country and m.source == "nominal" and m.kind == "police":
            m.country = _police_state(doc, m, mentions, kb)
        if not m.country and _leaders_government(doc, m, kb):
            # "Prime Minister Ana Brito's government" in a datelined report: the government the report's state's
            # leader heads, one actor with that state's "government" however else it is named
            m.country = _dateline_home_state(doc, m, kb)
        if m.source == "ner":  # NORP groups: "Syrians", "the Turks"
            m.key = ("people", m.country or _norm(doc[m.start:m.end].text))
        elif m.kind in COLLECTIVE_KINDS and m.country and not _counted(doc, m):
            # the sector keeps a state's branches apart: "a Venezuelan court" (JUD) is not "Venezuelan officials"
            # (GOV), though both are the same country's government
            m.key = ("nom", m.kind, m.country, m.sector)
            branch = _state_branch(doc, m, kb)
            if branch is not None:
                m.key += (branch,)
            elif m.kind == "military" and m.sector == "MIL":
                # "Myanmar's military" in a story that names the Tatmadaw: the one armed force the KB knows for
                # that state, however the text names it
                known = {x.key for x in mentions if x.source == "kb" and x.kind == "military" and x.sector == "MIL"
                         and x.country == m.country and x.key}
                if len(known) == 1:
                    m.key = next(iter(known))
        elif m.affiliation:
            m.key = ("affiliated", m.affiliation, m.kind)
        else:
            # "the military junta", "the federal government" with no state named in the phrase: the government of
            # the state that last acted as its own, else of the state in focus, as a bare "the government" is
            earlier = [x for x in mentions if x.start < m.start and x.key]
            state = _state_of_bare_government(doc, m, earlier, kb) or _dateline_force(doc, m, kb, earlier)
            if state is not None:
                m.key, m.country = state, _key_state(state, kb)
                continue
            m.key = ("nom", _norm(" ".join(t.text for t in doc[m.start:m.end] if t.lower_ not in DETERMINERS)))
            owner_key = _pronoun_owner_key(doc, m, mentions, genders)
            if owner_key is not None:
                # "Stil said his ministry ... Kos said ... Her ministry warned": each person's own body
                m.key += (owner_key,)
            related = _related_party(doc, m, mentions, kb)
            if related is not None:
                # "supporters of Ortun clashed with supporters of Velis": the supporters of each are a group of
                # their own, named with whom they back
                m.key += (related[0],)
                m.extra["role_name"] = doc[m.start + (doc[m.start].lower_ in DETERMINERS):related[1]].text

    mentions = [m for m in mentions if m.key != ("dropped",)]
    _join_definite_nominals(doc, mentions)
    _join_opposition_party(doc, mentions, kb)
    _join_bare_party(doc, mentions, kb)
    _join_bare_union(doc, mentions)
    _join_name_head_nouns(doc, mentions, kb)

    # A bare count of people ("killing three") is a group of its own: two counts are never one actor.
    for m in mentions:
        if m.key is None and m.source == "count":
            m.key = ("count", m.start)
        elif m.key is None and m.source == "target":  # "the village" twice is one place's people
            # (without its article: a headline's "town" is the body's "a town")
            m.key = ("target", m.extra.get("name") or _norm(doc[m.core[0]:m.core[1]].text if m.core
                                                            else doc[m.start:m.end].text))

    _join_headline_counts(doc, mentions, kb)
    _join_headline_plurals(doc, mentions)
    _join_headline_bodies(doc, mentions)

    # 5. Appositions and title-only nominals ("the Foreign Secretary") join the person they describe.
    for m in mentions:
        if m.source == "apposition" and m.extra.get("of") is not None:
            m.key = m.extra["of"].key

    # 6. Anaphors and pronouns, in text order, to the nearest fitting antecedent.
    genders = _person_genders(doc, mentions, kb)
    kept: list[Mention] = []
    seen: list[Mention] = []
    # "the government said ... the government would not withdraw": a bare anaphor that names no earlier actor is
    # one actor with every later use of the same words that finds no antecedent either
    unresolved: dict[str, tuple] = {}
    for m in mentions:
        if m.extra.get("partitive_of") is not None:
            _code_partitive(doc, m, seen, mentions, kb, genders)
        elif m.key is None:
            antecedent = _antecedent(doc, m, seen, mentions, kb=kb, genders=genders)
            if antecedent is None:
                if m.source == "pronoun":
                    continue
                state = _state_of_bare_government(doc, m, seen, kb) or _dateline_force(doc, m, kb, seen)
                # a modified noun ("the health ministry") that names no earlier actor is a nominal like any other
                if state is not None:
                    m.key, m.country = state, _key_state(state, kb)
                elif m.extra.get("anaphor_mods"):
                    m.key = ("nom", _norm(" ".join(t.text for t in doc[m.start:m.end] if t.lower_ not in DETERMINERS)))
                else:
                    words = _norm(doc[m.start:m.end].text)
                    introduced = _introduced_nominal(doc, m, seen)
                    if m.plural and any(x.key == ("nom", words) for x in seen):
                        # "Rebels shelled the town ... the government accused the rebels": a plural anaphor no
                        # named body answers is the party the same bare noun named before
                        m.key = ("nom", words)
                    elif introduced is not None:
                        m.key = introduced.key
                    else:
                        m.key = unresolved.setdefault(words, ("nom", words, m.start))
            else:
                m.key = antecedent.key
                m.extra["antecedent"] = antecedent
        kept.append(m)
        if m.source != "pronoun":
            seen.append(m)
    _owned_after_anaphors(doc, kept, kb)
    _roles_of_its_body(doc, kept)
    _roles_of_bodies_referred_back(doc, kept)
    _join_names_without_kind_noun(doc, kept, kb)
    return kept


def _join_names_without_kind_noun(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """"the ruling Georgian Dream party ... Georgian Dream won 54%": a name that is a named body's name without the
    noun for its kind (actors lexicon `kind_heads`: "party") is that body, whatever the tagger took it for (often a
    person)."""
    short: dict[str, Mention] = {}
    for x in mentions:
        if x.source not in ("kb", "ner") or x.kind in ("person", "population", "country") or x.key is None:
            continue
        words = doc[(x.core or (x.start, x.end))[0]:(x.core or (x.start, x.end))[1]]
        if len(words) >= 3 and words[-1].lower_ in kb.lexicon.kind_heads:
            short.setdefault(_norm(words[:-1].text), x)
    if not short:
        return
    for m in mentions:
        body = short.get(_norm(doc[(m.core or (m.start, m.end))[0]:(m.core or (m.start, m.end))[1]].text)) \
            if m.source in ("kb", "ner") and m.entry is None else None
        if body is not None and m.key != body.key:
            m.key, m.kind, m.sector, m.country = body.key, body.kind, body.sector, body.country


def _given_name_of_state_as_person(doc: Doc, mentions: list[Mention], persons: list[Mention]) -> None:
    """"Police arrested Georgia Wenham ... Georgia was freed": a lone state name that is the given name opening the
    full name of one person named before is that person when it is a clause's subject (as a place, "flew to
    Georgia", it stays the state)."""
    openers: dict[str, set[tuple]] = {}
    first_at: dict[str, int] = {}
    # (their tokens name no state to `_state_name_hits`: "Georgia Wenham" is no story about Georgia)
    given_names = doc.user_data.setdefault("eventwire_given_name_tokens", set())
    for p in persons:
        words = doc[p.core[0]:p.core[1]] if p.core else doc[p.start:p.end]
        if len(words) >= 2 and p.key is not None and words[0].is_title:
            given_names.add(words[0].i)
            openers.setdefault(words[0].text, set()).add(p.key)
            first_at[words[0].text] = min(first_at.get(words[0].text, p.start), p.start)
    if not openers:
        return
    for m in mentions:
        if m.kind == "person" or m.end - m.start != 1 or m.source not in ("kb", "metonymy", "ner"):
            continue
        keys = openers.get(doc[m.start].text)
        if not keys or len(keys) != 1 or first_at[doc[m.start].text] >= m.start \
                or doc[m.start].dep_ not in ("nsubj", "nsubjpass"):
            continue
        m.key, m.kind, m.entry, m.country, m.sector = next(iter(keys)), "person", None, None, None
        m.source = "ner"
        given_names.add(m.start)


def _roles_of_its_body(doc: Doc, mentions: list[Mention]) -> None:
    """"The Civic Union said ... Its chairman, Milan Hroz, said": a role owned through "its" or "their" in
    apposition to a name is a post of the body named last before it, whose sector and state the person takes
    when nothing more telling coded them (a title alone says GOV: "chairman" of a party is the party's, PTY)."""
    for m in mentions:
        owner = m.extra.get("of")
        if m.source != "apposition" or owner is None or doc[m.start].lower_ not in ("its", "their") \
                or owner.kind != "person" or owner.entry is not None:
            continue
        # (or a phrase for a named body's people: "the RSF delegation")
        body = next((x for x in reversed(mentions) if x.start < m.start and (x.source in ("kb", "ner") or
                     x.source == "nominal" and x.entry) and x.kind not in ("person", "population", "country")
                     and x.key is not None), None)
        sent = doc[m.start].sent
        if body is None or body.start < sent.start and (sent.start == 0 or doc[sent.start - 1].sent.start
                                                         > body.start):
            continue  # only a body of the same or the sentence before
        # (a commander of a rebel force is the rebels', not an army's)
        if body.sector and (owner.sector in (None, "GOV", "CVL") or owner.sector == "MIL" and body.sector == "REB"):
            owner.sector = m.sector = body.sector
        if body.country:
            owner.country = m.country = body.country


def _roles_of_bodies_referred_back(doc: Doc, mentions: list[Mention]) -> None:
    """"The Rapid Support Forces denied it. A spokesman for the group said ...": a role whose "for" or "of" phrase
    is an anaphor for a body named before speaks for that body, so it takes the body's sector and state when its
    title alone coded it (a spokesman is GOV by default)."""
    bodies_at = {x.head: x.extra["antecedent"] for x in mentions
                 if x.head is not None and x.extra.get("antecedent") is not None}
    for m in mentions:
        if m.kind != "person" or m.head is None or m.entry is not None or m.sector not in (None, "GOV"):
            continue
        objects = [g for c in doc[m.head].children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                   for g in c.children if g.dep_ == "pobj"]
        body = next((bodies_at[g.i] for g in objects if g.i in bodies_at), None)
        if body is None or body.kind in ("person", "population", "country") or not body.sector:
            continue
        m.sector = body.sector
        if body.country:
            m.country = body.country


def _code_partitive(doc: Doc, m: Mention, seen: list[Mention], mentions: list[Mention], kb: ActorKB,
                    genders: dict[tuple, str]) -> None:
    """"One of them said", "one of the soldiers": one person of their own, of the sector and state of the group
    they are picked out of (for "them" or "the soldiers" referring back, the group named before), described as one
    of that group."""
    group = m.extra["partitive_of"]
    source = group
    if group.anaphor or group.source == "pronoun":
        source = _antecedent(doc, group, seen, mentions, kb=kb, genders=genders) or group
    m.sector = source.sector or group.sector or m.sector
    m.country = source.country or group.country or m.country
    if source is not group:
        words = doc[source.core[0]:source.core[1]] if source.core else doc[source.start:source.end]
        # (a common noun opening a sentence loses its capital: "Rebels attacked ..." -> "one of rebels")
        text = " ".join(t.lower_ if i == 0 and t.is_title and source.source == "nominal" and t.is_sent_start
                        or i == 0 and not t.ent_type_ and t.pos_ != "PROPN" or t.lower_ in DETERMINERS
                        else t.text for i, t in enumerate(words))
        m.extra["name"] = f"{doc[m.start].lower_} of {_strip_det(text)}"


def _state_branch(doc: Doc, m: Mention, kb: ActorKB) -> str | None:
    """The words naming a state's branch (lexicon state_branch_nouns) a nominal names, without its state and
    article ("foreign ministry" of "Sudan's foreign ministry"), else None."""
    toks = list(doc[m.start:m.end])
    owner_end = max((i + 1 for i, t in enumerate(toks) if t.tag_ == "POS"), default=0)  # "South Sudan's"
    words = [t.lower_ for t in toks[owner_end:] if t.lower_ not in DETERMINERS and not kb.country_of_word(t.text)]
    phrase = " ".join(words)
    if any(phrase == noun or phrase.endswith(" " + noun) for noun in kb.lexicon.state_branch_nouns):
        return phrase
    return None


def _leaders_government(doc: Doc, m: Mention, kb: ActorKB) -> bool:
    """Whether a nominal is a person's government ("Prime Minister X's government", "President X's administration"):
    a word for a sitting government (lexicon own_government_nouns) owned through "'s" by a person's name."""
    if m.source != "nominal" or m.kind != "government" or m.head is None or \
            doc[m.head].lower_ not in kb.lexicon.own_government_nouns:
        return False
    marks = [t.i for t in doc[m.start:m.head] if t.tag_ == "POS"]
    return bool(marks) and marks[-1] > m.start and doc[marks[-1] - 1].ent_type_ == "PERSON"


def _names_only_a_states_government(name: str, iso: str, kb: ActorKB) -> bool:
    """Whether a body's name is a word for a sitting government (lexicon own_government_nouns and
    own_government_modifiers) and the name or demonym of the state `iso`, nothing else ("Government of Bangladesh",
    "the Federal Government of Nigeria"); "Government Accountability Office" or "Ministry of Finance" are not."""
    lex = kb.lexicon
    words = [w for w in name.replace("'s", " ").replace("’s", " ").split() if w.lower() not in DETERMINERS]
    rest = [w for w in words if w.lower() not in lex.own_government_modifiers and w.lower() != "of"]
    government = [w for w in rest if w.lower() in lex.own_government_nouns]
    state = " ".join(w for w in rest if w.lower() not in lex.own_government_nouns)
    return len(government) == 1 and bool(state) and kb.country_of_word(state) == iso


def _absorb_counted_members(doc: Doc, mentions: list[Mention], kb: ActorKB) -> list[Mention]:
    """"A force of 300 soldiers", "a coalition of farmers": a collective noun (lexicon counted_collective_nouns)
    whose "of" names a counted group of people (or, for membership_collective_nouns, a bare plural one) is that one
    group, not a body of its own beside it: the counted group's mention takes in the collective's words and the
    collective's is dropped (two "a force" phrases are no longer one actor by their shared noun)."""
    nouns = kb.lexicon.counted_collective_nouns
    by_head = {m.head: m for m in mentions if m.source == "nominal" and m.head is not None}
    dropped: set[int] = set()
    for outer in mentions:
        if outer.source != "nominal" or outer.head is None or outer.end != outer.head + 1:
            continue
        head = doc[outer.head]
        if head.lower_ not in nouns and head.lemma_.lower() not in nouns:
            continue
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == outer.end), None)
        members = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        inner = by_head.get(members.i) if members is not None else None
        # a bare plural names the members as well as a count does ("a coalition of farmers")
        plural_members = members is not None and members.tag_ == "NNS" and (
            head.lower_ in kb.lexicon.membership_collective_nouns)
        if inner is None or inner.start != prep.i + 1 or not (plural_members or any(
                c.dep_ == "nummod" or c.lower_ in kb.lexicon.count_words for c in members.children)):
            continue
        inner.core = inner.core or (inner.start, inner.end)  # (named for the people counted: "300 soldiers")
        inner.start = outer.start
        dropped.add(id(outer))
    return [m for m in mentions if id(m) not in dropped]


def _owned_after_anaphors(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """"The government was weighing whether to withdraw its troops": the owner of "its" may be an anaphor linked to
    its state only in step 6, after step 4 keyed the force by its words alone; now that the owner has a state, the
    force is that state's force (or the owner itself when of the same kind), as step 4 would have coded it."""
    renamed: dict[tuple, tuple] = {}
    civil: dict[tuple, Mention] = {}
    for m in mentions:
        if m.source != "nominal" or m.country or m.anaphor or m.key is None or m.key[0] != "nom" or len(m.key) != 2:
            continue
        owner = _possessor(doc, m, mentions, kb)
        if owner is not None and owner.key is not None and owner.kind in CIVIL_OWNER_KINDS and m.head is not None \
                and doc[m.head].lemma_.lower() in kb.lexicon.platform_nouns:
            # "the charity said its ship picked up 80 people": a civilian body's vessel or aircraft is that body
            # acting, no military (its owner is keyed only after step 4 when it is a nominal itself)
            renamed[m.key], civil[m.key] = owner.key, owner
            continue
        if owner is None or owner.key is None or not owner.anaphor:
            continue
        # "A spokesman for the group said its fighters ...": a bare "the group" is of no kind itself; the body it
        # refers back to is, and fighters of an armed group are that group
        referent = owner.extra.get("antecedent") or owner
        if m.kind in (owner.kind, referent.kind):
            new_key = owner.key
        elif (owner.country or referent.country) and m.kind in COLLECTIVE_KINDS and not _counted(doc, m):
            m.country = owner.country or referent.country
            new_key = ("nom", m.kind, m.country, m.sector)
        else:
            continue
        renamed[m.key] = new_key
    for m in mentions:
        if m.key in civil:
            owner = civil[m.key]
            m.kind, m.sector, m.country = owner.kind, owner.sector, owner.country
        if m.key in renamed:
            m.key = renamed[m.key]


def _sending_state(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB) -> str | None:
    """"France had kept soldiers there", "Ruritania sent 300 police officers": troops or police with no owner
    written, the object of a verb of moving or keeping one's own forces (lexicon force_moving_verbs) whose subject
    is a state or its government or forces, are that state's. A verb done to forces ("captured soldiers") is not."""
    if m.head is None or doc[m.start].lower_ in DETERMINERS - {"a", "an"}:
        return None  # "the soldiers" are ones named before, not the subject's
    head = doc[m.head]
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in kb.lexicon.force_moving_verbs:
        return None
    verb = head.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("conj", "xcomp"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        if subj.dep_ == "conj" or any(c.dep_ == "conj" for c in subj.children):
            return None  # "France and Chad sent troops": whose is not one state's
        owner = next((x for x in mentions if x.start <= subj.i < x.end and x.country
                      and x.kind in ("government", "country", "military")), None)
        if owner is not None:
            return owner.country
    return None


def _commanded_force(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB) -> tuple | None:
    """"General Ahmed Bako, the Ruritanian army chief, said his men held the bridge": people owned through "his" /
    "her" (lexicon commanded_nouns) when the nearest person named before, in that sentence or the one before, is a
    military commander, are the military of the commander's state, if known: (kind, sector, country); a rebel commander's,
    a rebel force with no state. None for anyone else's ("the farmer said his men")."""
    if m.head is None or doc[m.start].lower_ not in ("his", "her") or m.start + 1 != m.head \
            or doc[m.head].lower_ not in kb.lexicon.commanded_nouns:
        return None
    sent = doc[m.start].sent
    begin = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people = [x for x in mentions if begin <= x.start and x.end <= m.start and x.kind == "person"
              and x.source != "pronoun" and x.key is not None]
    if not people:
        return None
    person = people[-1]
    # (a role in apposition, "X, the Ruritanian army commander,", joins the person only in step 5)
    group = [x for x in mentions if x.key == person.key or x.source == "apposition" and x.extra.get("of") is not None
             and x.extra["of"].key == person.key]
    entry = kb.entries.get(person.entry) if person.entry else None
    sector = next((x.sector for x in group if x.sector), None) or (entry.sector if entry else None)
    country = next((x.country for x in group if x.country), None) or (entry.country if entry else None)
    if sector == "MIL":
        return "military", "MIL", country  # a general of no known state still leads soldiers, not civilians
    if sector == "REB":
        return "armed_group", "REB", None
    return None


def _police_state(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB) -> str | None:
    """"Ruritania's interior ministry said police detained 12": a bare "police" (no state, owner or modifier
    written) is the police of the state whose government body speaks in the same sentence, else of the dateline's
    state, else of the state the article is about: police act at home, unlike troops, which may be anywhere."""
    if m.head is None or any(t.lower_ not in DETERMINERS for t in doc[m.start:m.head]):
        return None  # "riot police", "border police", "UN police": a modifier may name another force
    sent = doc[m.start].sent
    bodies = [x for x in mentions if sent.start <= x.start < sent.end and x is not m and x.country
              and x.kind in ("government", "country")]
    if len({x.country for x in bodies}) == 1:
        return bodies[0].country
    if bodies:
        return None  # two states' bodies in the sentence: whose police is not clear
    # the dateline's state before the state named most: a report from Niamey on a rally against France
    # names France more often, yet the police there are Niger's; a report filed from a town of no known state
    # is filed where its police act, so the state named most (maybe one that only reacts) is no better guess
    home = _home_dateline_state(doc, kb)
    if home is not None or _opening_dateline(doc) is not None:
        return home
    return _focus_state(doc, kb)


def _possessor(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB) -> Mention | None:
    """The group that "its" / "their" points to in a security force's nominal ("its forces", "their fighters"):
    the subject of the sentence's clause that holds the nominal, when that subject is one named or coded group
    (not a person, not a coordination of two)."""
    det = doc[m.start]
    if det.lower_ not in ("its", "their") or det.dep_ != "poss" or m.kind not in FORCE_KINDS \
            or m.head is None or doc[m.head].lower_ in kb.lexicon.relational_nouns:
        return None  # "its allies", "their rivals" are other groups
    sent = det.sent
    before = [x for x in mentions if sent.start <= x.start and x.end <= m.start and x.kind != "person"
              and x.source != "pronoun" and x.head is not None
              and (_in_subject(doc[x.head]) or _spoken_for_by_subject(doc[x.head]))]
    if not before:
        return None
    owner = before[-1]
    head = doc[owner.head]
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return None  # "Turkey and Syria said their troops": whose troops is not one group's
    return owner


def _related_party(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB) -> tuple[tuple, int] | None:
    """(key, end token) of the party named right after "of" in a plural relational noun ("supporters of Ortun",
    "rivals of the Civic Front"; lexicon relational_nouns): the group is defined by that party, so two such groups
    are two actors. The party's actor key when it is a mention, else its proper-noun run's words."""
    if m.head is None or m.end != m.head + 1 or not m.plural or m.head + 2 >= len(doc) \
            or doc[m.head].lower_ not in kb.lexicon.relational_nouns or doc[m.head + 1].lower_ != "of":
        return None
    named = m.head + 3 if doc[m.head + 2].lower_ == "the" and m.head + 3 < len(doc) else m.head + 2
    # (the party's mention may open with its article or a title: "the opposition leader Petra Valk")
    party = next((x for x in mentions if x.source in ("kb", "ner") and x.key is not None
                  and named in ((x.core[0] if x.core else x.start), x.start, x.start + 1)
                  and x.start in (m.head + 2, named)), None)
    if party is not None:
        return party.key, party.end
    end = named
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return (("name", _norm(doc[named:end].text)), end) if end > named else None


def head_word(name: str) -> str:
    """The head word of a body's name: the last word before "of", "for", "on" or "in", else the last word ("Party"
    of "Communist Party of Vietnam", "Ministry" of "Ministry of Defence", "Council" of "Council for National
    Renewal", "Commission" of "National Commission on Human Rights", "Mission" of "UN Mission in South Sudan")."""
    words = _norm(name).split()
    cut = next((i for i, w in enumerate(words) if i >= 1 and w in ("of", "for", "on", "in")), None)
    if cut is not None:
        words = words[:cut]
    return words[-1] if words else ""


def _join_head_names(doc: Doc, mentions: list[Mention], text_of: dict[int, str]) -> None:
    for m in mentions:
        if m.key is None or m.key[0] != "org" or m.kind == "person" or " " in m.key[1]:
            continue
        core = text_of[id(m)]
        if not core[:1].isupper() or core.isupper():
            continue  # a lower-case noun, or an acronym, is no shortened name
        owners = {x.key for x in mentions if x.key not in (None, m.key) and x.kind != "person" and x.start < m.start
                  and x.source in ("ner", "kb") and len(_norm(text_of[id(x)]).split()) >= 2
                  and head_word(text_of[id(x)]) == m.key[1]}
        if len(owners) == 1:
            owner = next(iter(owners))
            for x in mentions:
                if x.key == m.key:
                    x.key = owner


def _join_bare_titles(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """"Defense Secretary Ash Carter met ... The secretary said": a definite title with no other words refers back
    to the one person named earlier whose title ends with it, so it joins that person as an apposition does. A rank
    word before the title in the description ("Vice President", "former Premier") names another office, and two
    people holding the title leave the phrase alone."""
    lexicon = kb.lexicon
    for m in mentions:
        # "Serbia's president" (a headline's, before "Serbian President X" in the body): a state's possessive
        # opens a title of that state's person as "the Serbian president" does
        owner_state = kb.state_name_index.get(doc[m.start].lower_) if m.end - m.start > 2 \
            and doc[m.start + 1].lower_ in ("'s", "’s") else None
        # (the parser may leave "the" out of a hyphenated title's chunk: "the ex-president"; a headline drops
        # articles: "Iranian president meets ...")
        if m.key is not None or m.source != "nominal" or m.plural or doc[m.start].lower_ not in ("the", "this") \
                and not (m.start > 0 and doc[m.start - 1].lower_ in ("the", "this") and m.end - m.start > 2
                        and doc[m.start + 1].text == "-") and owner_state is None and not _in_headline(doc, m):
            continue
        # ("the ex-president": the hyphen of a rank word is no word of the title; "ex" is the rank "former")
        words = [lexicon.title_rank_synonyms.get(t.lower_, t.lower_) for t in doc[m.start + 2 * bool(owner_state):m.end]
                 if t.lower_ not in DETERMINERS and t.text not in ("-", "–")]
        # "the French president", "the Russian foreign minister": a country's adjective before the title narrows
        # the owner to a person of that country; "the Ukrainian leader" is that country's head of state or
        # government, whatever the title it was introduced with.
        country = owner_state
        if owner_state is None and len(words) > 2 and kb.demonym_index.get(" ".join(words[:2])):
            country, words = kb.demonym_index.get(" ".join(words[:2])), words[2:]  # "South African president"
        elif owner_state is None and len(words) > 1 and " ".join(words) not in lexicon.titles and \
                kb.demonym_index.get(words[0]):
            country, words = kb.demonym_index.get(words[0]), words[1:]
        # "the former president" after "Former President X": the same rank word before the same title
        rank = words[0] if len(words) > 1 and " ".join(words) not in lexicon.titles \
            and words[0] in lexicon.title_rank_words else None
        if rank is not None:
            words = words[1:]
            if country is None and len(words) > 1 and " ".join(words) not in lexicon.titles and \
                    kb.demonym_index.get(words[0]):
                country, words = kb.demonym_index.get(words[0]), words[1:]  # "former Peruvian president"
        phrase = " ".join(words)
        leader = country is not None and phrase in lexicon.leader_nouns
        if phrase not in lexicon.titles and not leader:
            if rank is None:
                _join_same_sector_person(doc, m, mentions, words, kb)
            continue
        owners: dict[tuple, Mention] = {}
        # a headline's title names a person the report introduces below it ("Serbia's president accuses ...")
        headline = _in_headline(doc, m)
        for x in mentions:
            # (a headline's nationality may be the only place the person's state is written: "Former Peruvian
            # president sentenced" over "former President X")
            if x.start >= m.start and not headline or x is m or x.kind != "person" or x.key is None \
                    or x.source not in ("kb", "ner") \
                    or (country is not None and x.country != country and not (headline and x.country is None)):
                continue
            if x.description:
                title = [lexicon.title_rank_synonyms.get(w, w) for w in re.findall(r"[\w.]+", x.description.lower())]
            else:
                # a known name's mention may open with its title as written ("King Abdullah"): the longest title
                # the mention's first words make
                opening = [t.lower_ for t in doc[x.start:x.end]]
                title = next((opening[:n] for n in range(len(opening) - 1, 0, -1)
                              if " ".join(opening[:n]) in lexicon.titles), [])
                if not title:
                    continue
            # "prime minister of Ruritania", "envoy for the talks": the title is the words before its complement
            complement = next((i for i, w in enumerate(title) if w in lexicon.title_complement_words), None)
            if complement:
                title = title[:complement]
            held = _held_title(title, lexicon.leader_titles) if leader else (
                words if title[-len(words):] == words else None)
            if held is None:
                continue
            before = title[-len(held) - 1] if len(title) > len(held) else None
            if before is None and x.start > 0 and doc[x.start - 1].lower_ in lexicon.title_rank_words:
                # "met former president X": the rank word left outside the name
                before = lexicon.title_rank_synonyms.get(doc[x.start - 1].lower_, doc[x.start - 1].lower_)
            if before != rank and (before in lexicon.title_rank_words or rank is not None):
                continue
            owners.setdefault(x.key, x)
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            m.source, m.kind = "apposition", "person"
            m.extra["of"] = owner
        elif not owners and country is None and rank is None:
            # "Gen. X ... the general": no description ends with the title as written; the sector may still tell
            _join_same_sector_person(doc, m, mentions, words, kb)


def _join_owned_roles_named_later(doc: Doc, mentions: list[Mention]) -> None:
    """"X was charged, his lawyer said. ... His lawyer, Ann Roe, said the case was political": a role one person
    holds for someone, owned through a pronoun ("his lawyer", "her spokesman"), is the person a later apposition of
    the same words names, when only one person is named so."""
    def words(m: Mention) -> tuple[str, ...]:
        return tuple(t.lower_ for t in doc[m.start:m.end] if not t.is_punct)

    for m in mentions:
        if m.key is not None or m.source != "nominal" or m.plural or m.kind != "person" \
                or doc[m.start].lower_ not in ("his", "her"):
            continue
        owners = {id(x.extra["of"]): x.extra["of"] for x in mentions
                  if x.start > m.start and x.source == "apposition" and x.extra.get("of") is not None
                  and x.extra["of"].kind == "person" and words(x) == words(m)}
        if len(owners) == 1:
            m.source = "apposition"
            m.extra["of"] = next(iter(owners.values()))


def _victim_count(doc: Doc, m: Mention, kb: ActorKB) -> tuple[str, str | None] | None:
    """(number, head noun lemma or None for a bare count) of a counted group of people harmed: "kill five" ->
    ("five", None), "killing five people" -> ("five", "people"); None for anything else."""
    if m.head is None or m.source not in ("count", "nominal") or m.kind != "population":
        return None
    head = doc[m.head]
    if not _harmed(head, kb, attacks=False):
        return None
    if m.source == "count":
        return head.lower_, None
    number = next((c for c in head.children if c.dep_ == "nummod"), None)
    return (number.lower_, head.lemma_.lower()) if number is not None else None


def _join_headline_counts(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """"Strikes kill five in Kharkiv" over "... killing five people": a count of people harmed in the headline is
    the group the report's first count of people harmed with the same number names (a bare count fits any noun;
    with nouns, the same noun)."""
    report = [(m, c) for m in mentions if not _in_headline(doc, m) and (c := _victim_count(doc, m, kb))]
    for m in mentions:
        if not _in_headline(doc, m):
            continue
        counted = _victim_count(doc, m, kb)
        if counted is None:
            continue
        for x, (number, noun) in report:
            if number == counted[0]:
                if None in (noun, counted[1]) or noun == counted[1]:
                    m.key = x.key
                break  # (only the first count of the same number in the report)


def _join_headline_plurals(doc: Doc, mentions: list[Mention]) -> None:
    """"Drones hit city" over "Russian drones struck ...": a bare noun in the headline (no word before it) is the
    party the report's first sentence names with the same noun, when it names one such (with more words, or alone
    but keyed apart by the state the lead places it in). A bare singular joins a singular ("Journalist detained"
    over "... detained a freelance journalist"): a headline drops the article of the one party its report then
    introduces, and the two mentions tell one event. A headline phrase of a few words with no determiner joins
    the lead's phrase that ends with the same words ("Security forces open fire" over "Sudanese security forces
    opened fire")."""
    lead = next((doc[m.start].sent for m in mentions if not _in_headline(doc, m)), None)
    if lead is None:
        return

    def words(x: Mention) -> list[str]:
        return [t.lower_ for t in doc[x.start:x.end] if t.lower_ not in DETERMINERS]

    for m in mentions:
        # (a common noun opening the headline may be tagged a name for its capital: "Navy seizes tanker")
        opening_name = m.source == "ner" and m.end - m.start == 1 and doc[m.start].is_sent_start \
            and m.head == m.start
        if not _in_headline(doc, m) or (m.source != "nominal" and not opening_name) or m.anaphor or m.head is None \
                or _counted(doc, m) or doc[m.start].lower_ in DETERMINERS:
            continue
        own = words(m)
        lemma = doc[m.head].lemma_.lower()
        fuller = {x.key for x in mentions if x.source == "nominal" and x.key is not None and x.head is not None
                  and lead.start <= x.start < lead.end and x.head >= x.start and x.plural == m.plural
                  and x.kind == m.kind and (
                      doc[x.head].lemma_.lower() == lemma if m.start == m.head
                      else len(words(x)) > len(own) and words(x)[-len(own):] == own)}
        if not fuller and m.plural and m.start == m.head and m.sector not in (None, "CVL"):
            # "Jihadists kill 12" over "Islamist militants attacked ...": a bare plural of a side (not plain
            # civilians) is the one party of its kind and sector the lead describes, whatever noun it uses there
            fuller = {x.key for x in mentions if x.source == "nominal" and x.key is not None and x.plural
                      and lead.start <= x.start < lead.end and x.kind == m.kind and x.sector == m.sector
                      and not _counted(doc, x)}
        if len(fuller) == 1:
            m.key = next(iter(fuller))


def _join_headline_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """"Carmaker cuts 3,000 jobs" over "German carmaker Veltmann AG said ...", "Court jails ex-minister" over
    "Valdoria's Supreme Court sentenced ...": a headline's bare singular noun for a body (one word, no article) is
    the one named body the report's first sentence introduces with that noun, right before its name or as the
    last word of it."""
    lead = next((doc[m.start].sent for m in mentions if not _in_headline(doc, m)), None)
    if lead is None:
        return
    for m in mentions:
        if not _in_headline(doc, m) or m.end - m.start != 1 or m.plural or m.kind in ("person", "population") \
                or m.source not in ("nominal", "ner") or m.entry is not None or doc[m.start].tag_ in ("NNS", "NNPS"):
            continue
        word = doc[m.start].lower_
        if not doc[m.start].is_alpha or doc[m.start].is_upper:
            continue  # letters are a name, no common noun
        named = {x.key for x in mentions if x.source in ("ner", "kb") and x.key is not None and x.key != m.key
                 and x.kind not in ("person", "population", "country") and lead.start <= x.start < lead.end
                 and (x.start > 0 and doc[x.start - 1].lower_ == word and doc[x.start - 1].is_lower
                      or doc[x.end - 1].lower_ == word and x.end - x.start > 1)}
        # (or one the lead describes with it in apposition: "the Black River Brigades, a militia ...")
        # (an apposition is keyed as what it describes only later: its key is that one's)
        named |= {x.extra["of"].key for x in mentions if x.source == "apposition" and x.extra.get("of") is not None
                  and x.extra["of"].key is not None and x.head is not None and lead.start <= x.start < lead.end
                  and doc[x.head].lemma_.lower() == doc[m.start].lemma_.lower()
                  and x.kind not in ("person", "population") and x.extra["of"].key != m.key}
        if len(named) == 1:
            old_key, new_key = m.key, next(iter(named))
            for x in mentions:
                if x.key == old_key:
                    x.key = new_key


def _in_headline(doc: Doc, m: Mention) -> bool:
    """Whether the mention is in a headline: the text's first line, with no full stop at its end, and a report
    after it."""
    line_end = _headline_end(doc)
    return line_end > 0 and doc[m.end - 1].idx < line_end


def _headline_end(doc: Doc) -> int:
    """The offset where the text's headline line ends, or 0 when it has none (see `_in_headline`); computed once
    per document: `doc.text` joins every token anew on each call."""
    cached = doc.user_data.get("eventwire_headline_end")
    if cached is None:
        text = doc.text
        line_end = text.find("\n")
        headline = line_end > 0 and not text[:line_end].rstrip().endswith(".") and bool(text[line_end:].strip())
        cached = doc.user_data["eventwire_headline_end"] = line_end if headline else 0
    return cached


def _join_same_sector_person(doc: Doc, m: Mention, mentions: list[Mention], words: list[str], kb: ActorKB) -> None:
    """"Imam Ali Tahir urged calm ... The cleric said": a bare definite noun of a calling ("the cleric", "the
    commander") joins the one person named before it whose title or description put them in that noun's sector,
    unless an earlier phrase has the same noun ("a cleric ... the cleric" is that one)."""
    if len(words) != 1 or m.sector not in kb.lexicon.calling_sectors or m.head is None or not (
            m.kind == "person" or m.extra.get("one_person")):
        return  # "the army" is no one person, though "Army" opens ranks ("Army Sgt.")
    lemma = doc[m.head].lemma_.lower()
    if any(x.source == "nominal" and x.head is not None and x.start < m.start
           and doc[x.head].lemma_.lower() == lemma for x in mentions):
        return
    owners = {x.key: x for x in mentions if x.start < m.start and x.kind == "person" and x.key is not None
              and x.source in ("kb", "ner") and x.sector == m.sector}
    if len(owners) == 1:
        m.source, m.kind = "apposition", "person"
        m.extra["of"] = next(iter(owners.values()))


def _join_definite_nominals(doc: Doc, mentions: list[Mention]) -> None:
    """"An Arvenian official who asked not to be named said ... 'They lied,' the official said": a definite
    singular noun with no other words ("the official", "the witness") is the one earlier singular phrase with
    that head noun ("an official", "a senior official"); two such earlier phrases leave it alone. A definite
    plural ("the officials") joins the one earlier plural of its noun coded with a state ("Libyan officials")."""
    for m in mentions:
        # ("Polish border guards said ... Guards used tear gas": a bare plural with no article at all joins the one
        # such group of its own or the sentence before; not one a phrase after it sets apart: "Soldiers from both
        # sides")
        bare = m.plural and m.end - m.start == 1 and m.head == m.start and not any(
            c.dep_ in ("prep", "acl", "relcl", "appos") for c in doc[m.head].children)
        if m.source != "nominal" or m.head is None or m.key is None or m.anaphor or not bare and (
                doc[m.start].lower_ != "the" or m.end - m.start != 2 or m.head != m.start + 1):
            continue
        lemma = doc[m.head].lemma_.lower()
        sent = doc[m.start].sent
        since = doc[sent.start - 1].sent.start if bare and sent.start > 0 else sent.start if bare else 0
        earlier = {x.key for x in mentions if x.source == "nominal" and x.plural == m.plural and x.head is not None
                   and since <= x.start < m.start and x.key is not None
                   and doc[x.head].lemma_.lower() == lemma and not _counted(doc, x)}
        if m.plural:
            # "Libyan officials said ... The officials blamed": a bare plural is the one earlier group of that
            # noun a state's name placed ("Libyan officials"), not any plural of it ("officials" twice may be
            # two sides' people)
            earlier = {key for key in earlier if len(key) == 4 and key[0] == "nom" and key[2]}
        if len(earlier) == 1:
            m.key = next(iter(earlier))


def _join_name_head_nouns(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """"The Black River Brigades seized Tesh ... the brigades had used drones": "the" and the last word of one
    named body's name, lower-case, refer back to that body when no other body named before ends with that word
    (nouns with a reference rule of their own, lexicon anaphor_nouns, keep it)."""
    for m in mentions:
        if m.source != "nominal" or m.anaphor or m.head is None or m.end - m.start != 2 \
                or doc[m.start].lower_ != "the" or m.head != m.start + 1 or not doc[m.head].is_lower \
                or doc[m.head].lower_ in kb.lexicon.anaphor_nouns:
            continue
        word = doc[m.head].lower_
        owners = {x.key for x in mentions if x.start < m.start and x.source in ("kb", "ner") and x.key is not None
                  and x.kind not in ("person", "population", "country")
                  and doc[(x.core or (x.start, x.end))[1] - 1].lower_ == word
                  and (x.core or (x.start, x.end))[1] - (x.core or (x.start, x.end))[0] > 1
                  # (the last word heads the name: "the teachers" are no "Union of Teachers", whose members they
                  # may only be)
                  and x.head in (None, (x.core or (x.start, x.end))[1] - 1)}
        if len(owners) == 1:
            m.key = next(iter(owners))


def _join_opposition_party(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """"The main opposition party called a strike. The Harbour Party said ...": an unnamed singular opposition party
    is the one named party the article calls the opposition ("the opposition Harbour Party"), else the one named
    party of the article; two or more leave it alone (one of them may be the ruling party). A party called the
    ruling one ("the ruling Harbour Party") is never the opposition, and an unnamed "ruling party" is it."""
    marks = kb.lexicon.opposition_modifiers
    named = [x for x in mentions if x.kind == "political_party" and x.source in ("ner", "kb") and x.key is not None]
    # a party the article calls the ruling one ("the ruling Georgian Dream party") is never the opposition
    ruling = {x.key for x in named if _called_ruling(doc, x, kb)}
    if len(ruling) == 1:
        # "the ruling party" is the one party the article calls so
        for m in mentions:
            if m.source == "nominal" and m.kind == "political_party" and not m.plural and m.head is not None \
                    and m.key is not None and m.key[0] == "nom" \
                    and any(t.lower_ in kb.lexicon.ruling_modifiers for t in doc[m.start:m.head]):
                m.key = next(iter(ruling))
    named = [x for x in named if x.key not in ruling]
    if not named:
        return
    marked = {x.key for x in named if x.start > 0 and doc[x.start - 1].lower_ in marks
              or any(t.lower_ in marks for t in doc[x.start:x.end])}
    candidates = marked or {x.key for x in named}
    if len(candidates) != 1:
        return
    for m in mentions:
        if m.source == "nominal" and m.kind == "political_party" and not m.plural and m.head is not None \
                and m.key is not None and m.key[0] == "nom" \
                and any(t.lower_ in marks for t in doc[m.start:m.head]):
            m.key = next(iter(candidates))


def _called_ruling(doc: Doc, x: Mention, kb: ActorKB) -> bool:
    """Whether the text calls the body in power ("the ruling Georgian Dream party", "the governing coalition")."""
    words = kb.lexicon.ruling_modifiers
    return x.start > 0 and doc[x.start - 1].lower_ in words or any(t.lower_ in words for t in doc[x.start:x.end])


def _join_bare_party(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """"X, a leader of the Harbour Party (HP), was arrested. His party said ...": a party named only by its noun
    and a possessive or "the" ("his party", "the party") is the one party the article names; two or more named
    parties leave it alone (whose party it is needs more than the words). A bare "the opposition" is never the
    party the article calls the ruling one."""
    parties = [x for x in mentions if x.kind == "political_party" and x.source in ("ner", "kb")
               and x.key is not None and not x.plural]
    named = {x.key for x in parties}
    if len(named) != 1:
        return
    ruling = any(_called_ruling(doc, x, kb) for x in parties)
    # (with the named party the ruling one, "the opposition" is the opposition a phrase named: "Georgia's
    # pro-Western opposition")
    described = {x.key for x in mentions if x.source == "nominal" and x.head is not None and x.key is not None
                 and doc[x.head].lower_ in kb.lexicon.opposition_modifiers and x.head > x.start + 1}
    for m in mentions:
        if ruling and len(described) == 1 and m.source == "nominal" and m.head == m.start + 1 \
                and m.head is not None and doc[m.head].lower_ in kb.lexicon.opposition_modifiers \
                and doc[m.start].lower_ in _BARE_PARTY_DETERMINERS:
            m.key = next(iter(described))
            continue
        if m.source == "nominal" and m.kind == "political_party" and not m.plural and m.head is not None \
                and m.head == m.start + 1 and doc[m.start].lower_ in _BARE_PARTY_DETERMINERS \
                and m.key is not None and m.key[0] == "nom" \
                and not (ruling and doc[m.head].lower_ in kb.lexicon.opposition_modifiers):
            m.key = next(iter(named))


def _join_bare_union(doc: Doc, mentions: list[Mention]) -> None:
    """"Teachers went on strike, their union said. The Harbour Teachers' Union (HTU) said ...": a trade union named
    only by its noun and a possessive ("their union") is the one union the article names, as a bare party is."""
    named = {x.key for x in mentions if x.sector == "LAB" and x.kind == "other" and x.source in ("ner", "kb")
             and x.key is not None and not x.plural}
    if len(named) != 1:
        return
    for m in mentions:
        if m.source == "nominal" and m.sector == "LAB" and m.kind == "other" and not m.plural and m.head is not None \
                and m.head == m.start + 1 and doc[m.start].lower_ in _BARE_PARTY_DETERMINERS \
                and m.key is not None and m.key[0] == "nom":
            m.key = next(iter(named))


def _state_news_agency(doc: Doc, m: Mention, kb: ActorKB) -> str | None:
    """The KB entry of the state news agency a phrase "the state news agency" / "Iran's official news agency"
    (lexicon state_agency_modifiers) stands for: the agency of the state the phrase names, else of the state of the
    wire dateline the report was filed under (lexicon state_news_agencies), when the KB knows one; else None."""
    # (the tagger may read the phrase as a body's name: "the state news agency" tagged ORG)
    if m.source not in ("nominal", "ner") or m.entry or doc[m.end - 1].lower_ != "agency":
        return None
    words = [t.lower_ for t in doc[m.start:m.end - 1]]
    if not any(w in kb.lexicon.state_agency_modifiers for w in words) or words[-1:] != ["news"]:
        return None
    ident = kb.lexicon.state_news_agencies.get(m.country or _dateline_state(doc, kb) or "")
    return ident if ident in kb.entries else None


def _body_of_its_force(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB) -> Mention | None:
    """For a force's nominal opened by a name the tagger left untagged ("KDB fighters", "KDB drones"; a plural, a
    platform or a gun noun, not one person: "a KDB commander"): the armed group or untyped body of that exact name
    (or acronym) the article names elsewhere; None otherwise."""
    if m.source != "nominal" or m.head is None or m.kind not in ("armed_group", "military") or m.country:
        return None
    root = doc[m.head]
    if not (m.plural or root.lemma_.lower() in kb.lexicon.platform_nouns
            or root.lower_ in kb.lexicon.mass_sense_nouns):
        return None
    words = [t for t in doc[m.start:m.head] if t.lower_ not in DETERMINERS]
    if not words or not all(t.pos_ == "PROPN" or t.is_upper for t in words):
        return None
    name = " ".join(t.text for t in words)
    bodies = {x.key: x for x in mentions if x.key and x.key[0] in ("org", "kb") and x.source in ("ner", "kb")
              and x.kind in ("armed_group", "other") and x is not m
              and doc[x.core[0] if x.core else x.start:x.core[1] if x.core else x.end].text == name}
    if len(bodies) != 1:
        return None
    body = next(iter(bodies.values()))
    if body.kind == "other":
        # the body's own kind may come from another of its names ("the Kordofan Defence Brigades (KDB)")
        body = next((x for x in mentions if x.key == body.key and x.kind == "armed_group"), body)
    return body


def _persons_homeland(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB,
                      genders: dict[tuple, str]) -> str | None:
    """For "his country" / "her nation" (a homeland noun, lexicon homeland_nouns, owned by "his" or "her"): the
    state of the nearest person before it in its sentence that "his"/"her" may stand for (no other gender shown),
    else of the people of the sentence before when they are all of one state; "" when that state is not known or
    there is no such person; None for any other phrase."""
    det = doc[m.start]
    if m.source != "nominal" or m.head is None or m.end - m.start != 2 or det.lower_ not in ("his", "her") \
            or doc[m.head].lemma_.lower() not in kb.lexicon.homeland_nouns:
        return None
    return _owners_state(doc, m, mentions, kb, genders)


def _owners_state(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB, genders: dict[tuple, str]) -> str:
    """The state of the person "his" / "her" opening the mention stands for: the nearest person before it in its
    sentence (no other gender shown), else the people of the sentence before when they are all of one state; ""
    when that state is not known or there is no such person."""
    own, people = _owner_candidates(doc, m, mentions, genders)
    if own:
        return own[-1].country or ""
    # from the sentence before only when one person there fits ("Lukashenko met Putin. He said his country ..."
    # does not say whose)
    states = {x.country for x in people}
    return states.pop() or "" if len({x.key or id(x) for x in people}) == 1 or len(states) == 1 else ""


def _owner_candidates(doc: Doc, m: Mention, mentions: list[Mention],
                      genders: dict[tuple, str]) -> tuple[list[Mention], list[Mention]]:
    """The people "his" / "her" opening the mention may stand for (no other gender shown): those named before it in
    its own sentence, and those of its sentence and the one before."""
    det = doc[m.start]
    gender = _pronoun_gender("he" if det.lower_ == "his" else "she")
    sent = det.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people = [x for x in mentions if first <= x.start and x.end <= m.start and x.kind == "person"
              and x.source != "pronoun" and (gender is None or genders.get(x.key, gender) == gender)]
    return [x for x in people if x.start >= sent.start], people


def _pronoun_owner_key(doc: Doc, m: Mention, mentions: list[Mention], genders: dict[tuple, str]) -> tuple | None:
    """The key of the one person "his" / "her" opening the mention stands for: the nearest fitting one before it in
    its sentence, else the only one of the sentence before; None otherwise."""
    if doc[m.start].lower_ not in ("his", "her"):
        return None
    own, people = _owner_candidates(doc, m, mentions, genders)
    if own:
        return own[-1].key
    keys = {x.key for x in people if x.key is not None}
    return keys.pop() if len(keys) == 1 else None


def _leaders_state_body(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB,
                        genders: dict[tuple, str]) -> str | None:
    """"President X of Ruritania said his national security council would meet", "her defence ministry": a state
    body owned through "his" / "her" is the body of the state of the officer the pronoun stands for (a person of
    the government's sector with a state known); None otherwise ("the farmer said his union")."""
    if m.source != "nominal" or m.head is None or m.country or m.kind != "government" or m.sector != "GOV" \
            or doc[m.start].lower_ not in ("his", "her") or m.plural:
        return None
    iso = _owners_state(doc, m, mentions, kb, genders)
    if not iso:
        return None
    sent = doc[m.start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    officers = [x for x in mentions if first <= x.start and x.end <= m.start and x.kind == "person"
                and x.source != "pronoun" and x.country == iso]
    return iso if officers and officers[-1].sector == "GOV" else None


def _shared_body_of_another_state(doc: Doc, m: Mention, kb: ActorKB) -> bool:
    """Whether a KB hit is a state body's name many states share ("Congress", "the Senate"; lexicon
    shared_body_names) in a report filed from another state that nowhere names the entry's state, its people or
    its capital ("US lawmakers", "Washington" keep the US one)."""
    entry = kb.entries[m.entry]
    if entry.country is None or entry.kind not in ("government", "military", "police"):
        return False
    s, e = m.core if m.core else (m.start, m.end)
    words = [t.lower_ for t in doc[s:e]]
    if words[:1] == ["the"]:
        words = words[1:]
    if " ".join(words) not in kb.lexicon.shared_body_names:
        return False
    home = _dateline_state(doc, kb)
    if home is None or home == entry.country:
        return False
    # (a report from London on "Congress" that names the United States or Washington anywhere is on the US one)
    return not any(iso == entry.country for _, _, iso, _ in _state_name_hits(doc, kb))


def _key_state(key: tuple, kb: ActorKB) -> str | None:
    """The state of a government or force key: ("gov", ISO3), ("nom", kind, ISO3, sector) or a KB entry's."""
    if key[0] == "gov":
        return key[1]
    if key[0] == "kb":
        return kb.entries[key[1]].country
    return key[2]


def _dateline_force(doc: Doc, m: Mention, kb: ActorKB, seen: list[Mention]) -> tuple | None:
    """The key of the forces a bare "the army" / "the military" (lexicon own_military_nouns) that answers no force
    named before stands for: those of the state of the wire dateline the report was filed under ("BAMAKO, Mali
    (AP) — The army said ..."), as a bare "the government" there is that state's; the state's armed forces the KB
    knows when the text named them before ("the Arvenian Armed Forces"); None without such a dateline."""
    if m.source != "nominal" or m.kind != "military" or m.country or m.plural and doc[m.head].lower_ != "forces":
        return None
    if doc[m.start].lower_ != "the" or " ".join(t.lower_ for t in doc[m.start + 1:m.end]) \
            not in kb.lexicon.own_military_nouns:
        return None
    iso = _home_dateline_state(doc, kb)
    if iso is None:
        return None
    known = [x.key for x in seen if x.key and x.key[0] == "kb" and x.kind == "military" and x.country == iso]
    return known[-1] if known else ("nom", "military", iso, "MIL")


def _held_title(title: list[str], candidates: set[str]) -> list[str] | None:
    """The words of the one candidate title that ends a person's description, longest first, else None."""
    for cand in sorted(candidates, key=lambda c: -len(c.split())):
        words = cand.split()
        if title[-len(words):] == words:
            return words
    return None


def _town_names() -> frozenset[str]:
    from eventwire.stages.actors.mentions import _place_names

    return _place_names()


def _counted(doc: Doc, m: Mention) -> bool:
    """A counted group ("four Saudi men", "120 Iraqi soldiers") is its own actor."""
    return any(t.like_num for t in doc[m.start:m.head])


def _nearest(doc: Doc, m: Mention, candidates: list[Mention]) -> Mention | None:
    """The antecedent of a pronoun among earlier fitting mentions: the latest, except that a subject pronoun
    takes the latest subject of its own or the previous sentence when there is one ("Putin met Merkel. He told
    her ...", "The rebels captured two soldiers and they later released them" -> Putin, the rebels): a subject
    pronoun continues the topic, which English keeps in subject position."""
    if not candidates:
        return None
    tok = doc[m.start]
    reporter = _reporting_subject(tok, candidates)
    if reporter is not None:
        return reporter
    # not in an adverbial clause, whose subject often picks up an object ("starving people until they agree")
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ != "advcl":
        sent = tok.sent
        window = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        subjects = [x for x in candidates if x.start >= window and x.head is not None and _in_subject(doc[x.head])]
        # The topic is the main clause's subject, not that of a clause reported inside it: "Vincent told the
        # agency Suarez had copied his work. He said ..." -> Vincent.
        main = [x for x in subjects if _in_main_clause(doc[x.head])]
        pool = main or subjects
        if tok.lower_ == "they" and not any(_plural_head(doc, x) for x in pool):
            # "The army said rebels had attacked a post. It said they killed ...": "they" agrees in number with a
            # plural subject before a singular body's, which it stands for only when no plural subject is near
            plural = [x for x in subjects if _plural_head(doc, x)]
            if plural:
                return plural[-1]
        if pool:
            return pool[-1]
    return candidates[-1]


# Entity types of nouns that never stand for what "it" or "them" refers to ("on Monday", "two years").
_NO_ANTECEDENT_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
# Sentences back (besides the pronoun's own) where "it" and "them" look for what they stand for.
PRONOUN_REACH = 2


def _spans_of(mentions: list[Mention], keys: set[tuple]) -> set[int]:
    """Token indices of the mentions of these actors."""
    return {i for x in mentions if x.key is not None and x.key in keys for i in range(x.start, x.end)}


def _competing_antecedent(doc: Doc, m: Mention, candidates: list[Mention], *, plural: bool,
                          barred: set[int] = frozenset()) -> Mention | None:
    """What "it" or "them" stands for, when that is an actor. Unlike "he" or "they", these pronouns mostly stand
    for things ("the plan ... it", "seized rifles and destroyed them"), so every noun phrase that agrees in
    number competes, actor or not: the noun chosen is the latest subject of the main clauses near a subject
    pronoun (the topic, as for "he"), else the latest agreeing noun; the pronoun is a mention only when that noun is
    one of the fitting actors' mentions, never looks further back than PRONOUN_REACH sentences, nor out of the
    quotation it stands in. Mentions of
    the actors the pronoun cannot be (`barred`: its verb's own subject, the quote's speaker) do not compete."""
    tok = doc[m.start]
    reporter = _reporting_subject(tok, candidates)
    if reporter is not None:
        return reporter
    sent = tok.sent
    first = sent.start
    for _ in range(PRONOUN_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    # an object pronoun never stands for its own verb's subject ("the rebels ... burned it"), nor for the subject
    # that controls its infinitive ("refugees are glad to keep them")
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("xcomp", "acomp") \
            and verb.head.i != verb.i:
        verb = verb.head
    own_subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and tok.dep_ not in (
        "nsubj", "nsubjpass")]
    if tok.lower_.endswith("self"):
        # a reflexive object is its own verb's subject ("the company sued itself"), when that subject fits
        fitting = [x for x in candidates if any(x.start <= c.i < x.end for c in own_subjects)]
        return fitting[-1] if fitting else None
    own_subject = {t.i for c in own_subjects for t in c.subtree}
    quote = _enclosing_quotation(doc, tok.i)
    if quote is not None:
        # inside a quotation the speaker's words are their own discourse: what they call "it" is named in them
        first = max(first, quote[0] + 1)
    # ("stopped 300 migrants": the tagger may take a counted party for a quantity; an actor's head still competes)
    heads = {x.head for x in candidates}
    nouns = [t for t in doc[first:tok.i] if t.pos_ in ("NOUN", "PROPN") and t.i not in own_subject | barred
             and t.dep_ not in ("compound", "poss") and (t.ent_type_ not in _NO_ANTECEDENT_ENTS or t.i in heads)
             and _agrees_in_number(t, plural)]
    if not plural:
        # "it" is no person: a person's name or a person's mention does not compete for it
        persons = {i for x in candidates if x.kind == "person" for i in range(x.start, x.end)}
        nouns = [t for t in nouns if t.ent_type_ != "PERSON" and t.i not in persons]
    if not nouns:
        return None
    chosen = nouns[-1]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ != "advcl":
        subjects = [t for t in nouns if _in_subject(t) and _in_main_clause(t)]
        if subjects:
            chosen = subjects[-1]
    fitting = [x for x in candidates if x.start <= chosen.i < x.end]
    return fitting[-1] if fitting else None


def _agrees_in_number(tok, plural: bool) -> bool:
    """A noun agrees with "them" when plural or coordinated ("A and B"), with "it" when neither."""
    many = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
    return many if plural else not many and tok.tag_ in ("NN", "NNP")


def _plural_head(doc: Doc, m: Mention) -> bool:
    """The mention's head is a plural noun ("rebels", "the Taliban fighters") or a coordination of parties. A
    body's initials ending in S ("ECOWAS", the tagger's NNPS) are one body."""
    head = doc[m.head]
    return (head.tag_ in ("NNS", "NNPS") and not _acronym(head)) or any(c.dep_ == "conj" for c in head.children)


def _reporting_subject(tok, candidates: list[Mention]) -> Mention | None:
    """The subject of the speech verb that reports a subject pronoun's clause, when it is a fitting antecedent:
    "her lawyers said they would appeal", "the ministry said it had ...": whoever reports what "they" will do
    speaks of themself, whichever subject the sentence opened with."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i > tok.i or verb.lemma_.lower() not in load_quote_cues().speech_verbs:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ == "conj" and verb.head.i < verb.i:
        # "the bloc said it would send envoys and warned that it could impose sanctions": the second speech verb
        # shares the first one's subject
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    # "a group of tribal elders said they ...": the members named in the subject's "of" phrase as well
    heads = {subjects[0].i} | {g.i for c in subjects[0].children if c.dep_ == "prep" and c.lower_ == "of"
                               for g in c.children if g.dep_ == "pobj"}
    fitting = [x for x in candidates if x.head is not None and x.head in heads]
    return fitting[-1] if fitting else None


def _in_main_clause(tok) -> bool:
    """The subject token belongs to its sentence's main verb, or to a verb coordinated with it."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        tok = tok.head.head
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _in_subject(tok) -> bool:
    """The token heads a subject, the "of" phrase of one ("a group of Yoruba leaders announced"), or the name in
    apposition to one ("the historian Bernard Vance told")."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _spoken_for_by_subject(tok) -> bool:
    """The token is the body a subject speaks or acts for ("A spokesman for the group said its fighters ...")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.dep_ == "prep" \
        and tok.head.head.dep_ in ("nsubj", "nsubjpass")


def _coargument_keys(doc: Doc, m: Mention, mentions: list[Mention]) -> set[tuple]:
    """Keys of the subject of the clause whose object a (non-reflexive) pronoun is: "He urged him to resign",
    "they told them": an object pronoun never refers to its own verb's subject (it would be "himself"), so that
    subject's actor is no antecedent for it."""
    tok = doc[m.start]
    if tok.lower_.endswith(("self", "selves")):
        return set()
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
        verb = verb.head
    elif tok.dep_ not in ("dobj", "dative"):
        return set()
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {x.key for s in subjects for x in mentions
            if x.key is not None and x.start <= s.i < x.end and x is not m}


_QUOTE_MARKS = frozenset('"“”')


def _enclosing_quotation(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token indices of the quotation marks around token i within its paragraph (a quotation may run over several
    sentences: '"We ran. They came at night," she said'), or None when i is outside quotes."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    marks = [t.i for t in doc[start:i] if t.text in _QUOTE_MARKS]
    if len(marks) % 2 == 0:
        return None
    end = i
    while end + 1 < len(doc) and doc[end].text not in _QUOTE_MARKS and "\n" not in doc[end].whitespace_:
        end += 1
    return marks[-1], end


def _quoted_speaker_keys(doc: Doc, m: Mention, mentions: list[Mention]) -> set[tuple]:
    """Keys of the speaker of the quotation a third-person pronoun stands in ('"He came in through the back,"
    Ross said'): a speaker speaks of others as "he" or "she" and of themself as "I" or "we", so the speaker is no
    antecedent for it. When the speaker says "we" in the quotation ('"We hid. They burned the market," a villager
    said'), "they" are others than the speaker's own group too: no group named by the speaker's own noun
    ("villagers")."""
    if m.extra.get("person") or m.extra.get("first"):
        return set()
    tok = doc[m.start]
    quote = _enclosing_quotation(doc, tok.i)
    if quote is None:
        return set()
    opening, closing = quote
    speech = load_quote_cues().speech_verbs
    sents = {doc[opening].sent.start: doc[opening].sent, doc[closing].sent.start: doc[closing].sent}
    speakers = [t for sent in sents.values() for t in sent if not opening <= t.i <= closing
                and t.dep_ == "nsubj" and t.head.lemma_.lower() in speech and not opening <= t.head.i <= closing]
    speaking = [x for x in mentions if x.key is not None and x.source != "pronoun"
                and any(x.start <= t.i < x.end for t in speakers)]
    barred = {x.key for x in speaking if x.kind == "person" or m.kind != "person"}
    first = [x for x in mentions if x.source == "pronoun" and x.extra.get("first") and opening < x.start < closing]
    if first and m.kind != "person":
        # (not the key the actors stage gave that "we": it has not yet met the speaker named after the quote)
        lemmas = {doc[x.head].lemma_.lower() for x in speaking if x.head is not None}
        barred |= {x.key for x in mentions if x.key is not None and x.head is not None and x.source != "pronoun"
                   and doc[x.head].lemma_.lower() in lemmas}
    return barred


def _closing_reporter_keys(doc: Doc, m: Mention, mentions: list[Mention]) -> set[tuple]:
    """Keys of the reporters of the sentence before when it ends in a reporting clause ("Gunmen stormed the post,
    witnesses said. They exchanged fire with ..."): a group pronoun opening the next act goes on with the doers of
    what was reported, not with those who told it ("..., the ministry said. It added" still speaks of the reporter:
    a speech verb's own subject is left alone)."""
    tok = doc[m.start]
    if m.kind == "person" or m.extra.get("first") or tok.dep_ not in ("nsubj", "nsubjpass") \
            or tok.sent.start == 0 or _enclosing_quotation(doc, tok.i) is not None:
        return set()
    speech = load_quote_cues().speech_verbs
    if tok.head.lemma_.lower() in speech:
        return set()
    root = doc[tok.sent.start - 1].sent.root
    if root.lemma_.lower() not in speech or not any(c.dep_ == "ccomp" and c.i < root.i for c in root.children):
        return set()
    reporters = [c for c in root.children if c.dep_ == "nsubj"]
    return {x.key for x in mentions if x.key is not None and x.source != "pronoun"
            and any(x.start <= t.i < x.end for t in reporters)}


def _victim_keys_outside_quote(doc: Doc, m: Mention, mentions: list[Mention], kb: ActorKB) -> set[tuple]:
    """Keys of the people harmed before a quotation that a plural pronoun in it ("they", "we") is no antecedent for:
    'Shelling hit a market, killing five. "They are targeting homes," the governor said' speaks of attackers, and
    the dead or wounded (the object of a victim verb, lexicon victim_verbs) do not speak as "we". Unresolved is
    better than wrong here."""
    if m.kind == "person" or not m.plural:
        return set()
    quote = _enclosing_quotation(doc, m.start)
    if quote is None:
        return set()
    opening = quote[0]
    return {x.key for x in mentions if x.key is not None and x.source != "pronoun" and x.end <= opening
            and x.head is not None and _harmed(doc[x.head], kb)}


def _harmed(tok, kb: ActorKB, *, attacks: bool = True) -> bool:
    """Whether the token is the object (or passive subject) of a verb of harm: "killing five", "injuring 12 others",
    "three were wounded", "hit a clinic"."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        tok = tok.head  # "killing five soldiers and two civilians"
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = tok.head
    harm = kb.lexicon.victim_verbs | (kb.lexicon.attack_verbs if attacks else set())
    # (a place struck stands for its people: "hit a clinic"; `attacks` False keeps to harm done to people)
    return verb.lemma_.lower() in harm or verb.lower_ in harm


def _person_genders(doc: Doc, mentions: list[Mention], kb: ActorKB) -> dict[tuple, str]:
    """Person actor key -> "male" or "female" where the text shows it: an honorific or gendered title before or in
    a mention ("Mrs. Dale", "Chairwoman Ann Lee"), else a common given name opening the name ("Maria Mendes"; the
    quotes stage's given_names data). A person shown as both has no gender here."""
    cues = load_quote_cues()
    found: dict[tuple, set[str]] = {}
    for x in mentions:
        if x.kind != "person" or x.key is None or x.source == "pronoun":
            continue
        words = [t.text for t in doc[max(x.start - 1, 0):x.end]]
        gender = next((g for w in words if (g := cues.gender_of_honorific(w))), None)
        generic = gender is not None and all(w.lower() in cues.generic_titles for w in words
                                             if cues.gender_of_honorific(w))
        if (gender is None or generic) and x.core and x.core[1] - x.core[0] >= 2:
            gender = cues.given_names.get(doc[x.core[0]].lower_) or gender
        if gender is None and x.entry in kb.entries and len(kb.entries[x.entry].name.split()) >= 2:
            gender = cues.given_names.get(kb.entries[x.entry].name.split()[0].lower())  # a known person's full name
        if gender:
            found.setdefault(x.key, set()).add(gender)
    return {key: next(iter(gs)) for key, gs in found.items() if len(gs) == 1}


def _pronoun_gender(word: str) -> str | None:
    """The gender a third-person singular pronoun marks ("himself" as "him"), from the quote cues' pronouns."""
    info = load_quote_cues().pronouns.get(word.removesuffix("self")) or {}
    return info.get("gender")


def _antecedent(doc: Doc, m: Mention, seen: list[Mention], mentions: list[Mention], *, kb: ActorKB,
                genders: dict[tuple, str] | None = None) -> Mention | None:
    if m.source == "pronoun":
        barred = _coargument_keys(doc, m, mentions) | _quoted_speaker_keys(doc, m, mentions) \
            | _victim_keys_outside_quote(doc, m, mentions, kb) | _closing_reporter_keys(doc, m, mentions)
        seen = [x for x in seen if x.key not in barred] if barred else seen
        if m.kind == "person":
            sent = doc[m.start].sent
            if m.extra.get("person"):
                # "I" in a quotation is its speaker, often named in the same sentence after the quote.
                in_sent = [x for x in mentions if x.kind == "person" and x.source != "pronoun"
                           and sent.start <= x.start < sent.end]
                if in_sent:
                    return min(in_sent, key=lambda x: abs(x.start - m.start))
            # (or one holder of a force's post: "The general said ... He warned")
            people = [x for x in seen if x.kind == "person" or x.extra.get("one_person")]
            gender = _pronoun_gender(doc[m.start].lower_)
            if gender and genders:
                # "he" is no one the text shows to be a woman, "she" no one shown to be a man
                people = [x for x in people if genders.get(x.key, gender) == gender]
            nearest = _nearest(doc, m, people)
            if nearest is not None and gender and genders and genders.get(nearest.key) != gender:
                # "Chairman Anna Kowal met the envoy. ... She said": the person shown to be of the pronoun's
                # gender before one of unknown gender named in the same sentence
                shown = _nearest(doc, m, [x for x in people if genders.get(x.key) == gender])
                # (not over a subject for one the sentence only acts on: 'Raila Odinga called on William Ruto to
                # quit. "...," he said': the subject keeps the topic, whatever gender the object's name shows)
                topic_kept = _in_subject(doc[nearest.head]) and not _in_subject(doc[shown.head]) \
                    if shown is not None and nearest.head is not None and shown.head is not None else False
                if shown is not None and doc[shown.start].sent.start >= doc[nearest.start].sent.start \
                        and not topic_kept:
                    return shown
            return nearest
        if m.extra.get("first"):
            groups = [x for x in seen if x.kind in GROUP_KINDS - {"population", "country"}]
            groups = groups or [x for x in seen if x.kind != "person"]
            return groups[-1] if groups else None
        if m.extra.get("body"):
            bodies = [x for x in seen if x.kind != "person" and not x.plural and x.head is not None
                      and not _plural_head(doc, x)]
            return _competing_antecedent(doc, m, bodies, plural=False, barred=_spans_of(mentions, barred))
        groups = [x for x in seen if x.kind != "person" and (x.plural or x.kind in GROUP_KINDS)]
        if doc[m.start].lower_ == "them":
            return _competing_antecedent(doc, m, groups, plural=True, barred=_spans_of(mentions, barred))
        return _nearest(doc, m, groups)
    if m.plural and m.head is not None and doc[m.head].lower_ not in kb.lexicon.anaphor_nouns \
            and doc[m.head].lemma_.lower() in kb.lexicon.anaphor_nouns:
        return None  # "the firms", "the groups": the plural of a word for one body is several, never one named
    kinds = m.extra.get("anaphor_kinds") or set()
    typed = m.extra.get("anaphor_typed")
    if typed:
        kinds = kinds | {typed}
    titled = _titled_antecedent(doc, m, seen)
    if titled is not None:
        return titled
    if m.head is not None:
        # "The Farmers Party quit the ruling alliance": a body is not the object of its own verb
        subjects = _subject_keys_of_verb(doc, doc[m.head], seen)
        seen = [x for x in seen if x.key not in subjects] if subjects else seen
    # a named antecedent: a name, or a group's members named by it ("Hamas fighters ... the group")
    # (or a state's force coded by its country: "Sudanese troops ... the army")
    named = [x for x in seen if x.kind in kinds and x.key and (
        x.source in ("kb", "ner") or x.source == "nominal" and x.entry
        or x.source == "nominal" and x.key[0] == "nom" and len(x.key) == 4 and x.key[2] and x.kind in FORCE_KINDS)
        and not _other_institution(doc, m, x, kb)]
    if m.head is not None and doc[m.head].lower_ in kb.lexicon.opposition_modifiers:
        # "the opposition" is never the party the article calls the ruling one ("the ruling Georgian Dream
        # party"); it is the opposition the article named before by a phrase ("Georgia's pro-Western opposition")
        earlier = [x for x in seen if x.source == "nominal" and x.head is not None and x.key is not None
                   and doc[x.head].lower_ == doc[m.head].lower_]
        if earlier:
            return earlier[-1]
        named = [x for x in named if not _called_ruling(doc, x, kb)]
    if not named and m.extra.get("anaphor_sectors"):
        # no body of the noun's kinds named: the named bodies of its sectors ("the union" -> a trade union)
        named = [x for x in seen if x.kind != "person" and x.sector in m.extra["anaphor_sectors"] and x.key
                 and x.source in ("kb", "ner") and not _other_institution(doc, m, x, kb)]
    keys = {x.key for x in named}
    # Among several, the one whose name holds the noun ("the court" -> "the Court of Criminal Appeals"); noun
    # modifiers ("the appeals court") must be words of the name.
    words = m.extra.get("anaphor_words") or set()
    naming = {x.key for x in named if words and words <= _name_words(doc, x)}
    if naming and (len(keys) > 1 or m.extra.get("anaphor_mods")):
        keys = naming
    elif typed:
        # "Amnesty International ... the rights group": the one named body of the kind the words give
        keys = {x.key for x in named if x.kind == typed}
    elif m.extra.get("anaphor_mods"):
        return None
    if not keys and "armed_group" in kinds:
        # "Rebels attacked a base. The group said ...": with no armed body named, the group is the one party of
        # armed men the text described with a common noun before (not a counted band: "12 gunmen" is its own)
        keys = {x.key for x in seen if x.source == "nominal" and x.kind == "armed_group" and x.key
                and x.key[0] == "nom" and not x.anaphor and x.head is not None and not _counted(doc, x)}
    if len(keys) > 1:
        keys = _recent_key(doc, m, [x for x in named if x.key in keys])
    if len(keys) == 1:
        key = next(iter(keys))
        return next(x for x in reversed(seen) if x.key == key)
    return None


def _introduced_nominal(doc: Doc, m: Mention, seen: list[Mention]) -> Mention | None:
    """"... would head a new interim council. The council said": a bare singular "the" + noun that no named body
    answers refers back to the phrase with an indefinite article that introduced a body of that noun in its
    sentence or the one before."""
    if m.plural or m.head is None or m.end - m.start != 2:
        return None
    sent = doc[m.start].sent
    since = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lemma = doc[m.head].lemma_.lower()
    return next((x for x in reversed(seen) if x.source == "nominal" and not x.anaphor and not x.plural and x.key
                 and x.head is not None and x.start >= since and doc[x.start].lower_ in ("a", "an")
                 and doc[x.head].lemma_.lower() == lemma), None)


def _recent_key(doc: Doc, m: Mention, candidates: list[Mention]) -> set[tuple]:
    """"Fighters of the Dulmo Front shelled the camp. Medical charity Lifeline Relief said its clinic was hit. The
    group said ...": of several fitting bodies, the one named by its name last when that is in the sentence before
    the anaphor's and no other is named there or since; else none (which of them is meant is not clear, and one
    in the anaphor's own sentence is mostly another party: "they asked the Coalition for help")."""
    if not candidates:
        return set()
    last = max(candidates, key=lambda x: x.start)
    sent = doc[m.start].sent
    if sent.start == 0 or last.source not in ("kb", "ner"):
        return set()
    previous = doc[sent.start - 1].sent
    if doc[last.start].sent.start != previous.start:
        return set()
    if any(x.key != last.key and x.start >= previous.start for x in candidates):
        return set()
    return {last.key}


def _state_of_bare_government(doc: Doc, m: Mention, seen: list[Mention], kb: ActorKB) -> tuple | None:
    """The key of the state a bare "the government" / "the junta" that names no earlier body stands for: the
    last state that acted as its own government before it ("Portugal said ... the government was weighing"),
    else the state the article is about (the one its place names point to most, the first named on a tie).
    Where the article named that government with a noun of this kind before ("Chad's junta"), that actor.
    Words between "the" and the noun must all be ones that leave it the state's sitting government ("the military
    junta", "the federal government"; lexicon `own_government_modifiers`)."""
    if m.source == "pronoun" or m.head is None or m.country or m.extra.get("anaphor_mods"):
        return None
    lex = kb.lexicon
    noun = doc[m.head].lower_
    if noun in lex.homeland_nouns and doc[m.head].tag_ == "NN" and m.head == m.start + 1 \
            and doc[m.start].lower_ == "the":
        iso = _one_state_named_before(doc, m, seen, kb)
        return ("gov", iso) if iso else None
    if noun not in lex.own_government_nouns and doc[m.head].lemma_.lower() not in lex.own_government_nouns:
        return None
    if m.start >= m.head or doc[m.start].lower_ != "the" or any(
            t.lower_ not in lex.own_government_modifiers for t in doc[m.start + 1:m.head]):
        return None
    if _of_unknown_state(doc, m, kb):
        return None  # "the government of Dorvania": its state is written, though no list knows it
    # "The EU and the United States urged the authorities to release him": the subject of the verb the
    # government is the object of addresses it from outside, and is no government that acted as its own
    addressing = _subject_keys_of_verb(doc, doc[m.head], seen)
    # a state addressed by blame or pressure ("accusing Paris of meddling") is a government, but not one that
    # acted as the story's own: "Niger's rulers ordered ..., accusing Paris ... ; the junta" stays Niger's
    acting = [x for x in seen if x.key is not None and x.key[0] == "gov" and x.key not in addressing
              and not _addressed_state(doc, x, kb)]
    outside = {key[1] for key in addressing if key[0] == "gov"}
    # one state named in the mention's own sentence as its seat or in a subject before it ("Critics in Yerevan
    # accused the government", "Ugandan officials said the government ...") outranks the last state that acted
    # in the sentences before
    own: set[str] = set()
    _named_states(doc, kb, m, own)
    own -= outside
    # "The government said ... Sweden pledged aid. The government also said": a state acting in the sentence
    # before does not take over the government the story already spoke of with the same words
    earlier = next((x for x in reversed(seen) if x.source == "nominal" and x.head is not None and x.key is not None
                    and doc[x.head].lemma_.lower() == doc[m.head].lemma_.lower() and doc[x.start].lower_ == "the"
                    and x.head == x.start + 1 and not x.extra.get("anaphor_mods")), None)
    if len(own) == 1:
        iso = next(iter(own))
    elif earlier is not None and acting and earlier.key != acting[-1].key and earlier.start < acting[-1].start:
        return earlier.key if earlier.key[0] == "gov" else None
    elif acting and _recent_or_home(doc, acting[-1], m, kb):
        iso = acting[-1].key[1]
    else:
        iso = _home_state(doc, kb, m, outside)
    if iso is None:
        return None
    named = [x for x in seen if x.key is not None and x.key[0] == "nom" and len(x.key) == 4
             and x.key[1] == "government" and x.key[2] == iso and x.key[3] == "GOV" and x.head is not None
             and doc[x.head].lower_ in kb.lexicon.government_nouns]
    return named[-1].key if named else ("gov", iso)


def _one_state_named_before(doc: Doc, m: Mention, seen: list[Mention], kb: ActorKB) -> str | None:
    """"Floods killed 40 people in Malawi. France congratulated the country": the one state the text named before
    a bare "the country", leaving out the subject that addresses it; None when it named none or several."""
    outside = {key[1] for key in _subject_keys_of_verb(doc, doc[m.head], seen) if key[0] == "gov"}
    named = {iso for i, _size, iso, _by_name in _state_name_hits(doc, kb) if i < m.start} - outside
    return next(iter(named)) if len(named) == 1 else None


def _recent_or_home(doc: Doc, acted: Mention, m: Mention, kb: ActorKB) -> bool:
    """Whether the last state that acted as its own government is the one a later bare "the government" stands
    for: when it acted in the mention's sentence or the one before ("Portugal said ... The government was
    weighing"), or is the state of the wire dateline; a foreign state that acted further back ("The United States
    urged ... Human Rights Watch accused the authorities", filed from Dhaka) yields to the dateline's state."""
    home = _home_dateline_state(doc, kb)
    if home is None or acted.key[1] == home:
        return True
    sentence = doc[m.start].sent
    before = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return before.start <= acted.start


def _addressed_state(doc: Doc, m: Mention, kb: ActorKB) -> bool:
    """Whether a mention is the object of a blame or pressure verb ("accused Kigali of", "urged Moscow to")."""
    if m.head is None:
        return False
    tok = doc[m.head]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in kb.lexicon.addressee_verbs


def _subject_keys_of_verb(doc: Doc, tok, seen: list[Mention]) -> set[tuple]:
    """Keys of the subjects (with their conjuncts: "the EU and the United States") of the verb whose object (or
    "to"/"on" object) the token is; empty when the token is no object."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "between" and verb.head.pos_ == "NOUN" and verb.head.dep_ == "dobj":
        # "Norway brokered a truce between the government and the rebels": the broker is a third party
        verb = verb.head.head
    elif tok.dep_ == "pobj" and verb.dep_ in ("prep", "dative"):
        verb = verb.head
    elif tok.dep_ not in ("dobj", "dative"):
        return set()
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in subjects for c in s.conjuncts]
    return {x.key for s in subjects for x in seen if x.key is not None and x.start <= s.i < x.end}


def _home_state(doc: Doc, kb: ActorKB, m: Mention, outside: set[str] = frozenset()) -> str | None:
    """The state a bare "the government" that no earlier government acted for stands for: one named in its own
    sentence as the mention's seat or in a subject (see `_focus_state`), else the state of the dateline the report
    was filed under (the article's home: "ACCRA, Ghana (AP) — ... the government"), else the state the article is
    about. A state reached only through a city other sentences name as a venue ("talks in Doha") is not its own.
    (A state named only after it may still be its own: "the federal government" opening a story that names the
    United States later.)"""
    own: set[str] = set()
    named = _named_states(doc, kb, m, own)
    own -= outside  # (states that address the government from outside: see `_state_of_bare_government`)
    if own:
        return max(own, key=lambda iso: (named[iso][0], -named[iso][1]))
    home = _home_dateline_state(doc, kb)
    named = {iso: seen for iso, seen in named.items() if iso not in outside}
    if home is not None and not (set(named) - {home} and _filed_at_seat_of_bodies(doc, kb)):
        # (a report filed from Geneva or New York about another state that it names is about that state)
        return home
    if _names_unknown_state(doc, kb):
        return None  # a story about a state no list knows: a known state it names is another party
    # a state named only after the government, each time acting in its own name ("Sweden pledged aid"), is
    # another party the story brings in, not the government's own
    named = {iso: seen for iso, seen in named.items() if not _only_acting_later(doc, kb, iso, m)}
    return max(named, key=lambda iso: (named[iso][0], -named[iso][1])) if named else None


def _only_acting_later(doc: Doc, kb: ActorKB, iso: str, m: Mention) -> bool:
    """Whether every naming of the state comes after the mention and is the subject of a verb (it acts in its
    own name: "Sweden pledged aid")."""
    hits = [(i, size) for i, size, hit_iso, _ in _state_name_hits(doc, kb) if hit_iso == iso]
    return bool(hits) and all(i >= m.end and doc[i + size - 1].dep_ == "nsubj" for i, size in hits)


def _of_unknown_state(doc: Doc, m: Mention, kb: ActorKB) -> bool:
    """Whether the mention's head is followed by "of" and a capitalised name no list knows as a state, a capital
    or a people ("the government of Dorvania")."""
    i = m.head + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    i += 1 + (doc[i + 1].lower_ == "the")
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and not kb.country_of_word(doc[i].text) \
        and not kb.capital_index.get(doc[i].lower_)


def _filed_at_seat_of_bodies(doc: Doc, kb: ActorKB) -> bool:
    """Whether the report's dateline is a city where international bodies sit (lexicon `seat_of_bodies_cities`:
    "GENEVA (Reuters) -" over a U.N. council's session on another state)."""
    hit = _opening_dateline(doc)
    if hit is None:
        return False
    town = re.match(r"[A-Z][A-Z .'-]*[A-Z]", doc.text[hit.start():hit.end()])
    return town is not None and town.group(0).strip().lower() in kb.lexicon.seat_of_bodies_cities


def _dateline_state(doc: Doc, kb: ActorKB) -> str | None:
    """The state of the wire dateline opening the report ("GOMA, Congo (AP) —", "KABUL (Reuters) -"): the state
    it names, else the state whose capital it is; None without a dateline or a state known for it. Computed once
    per document (the rules ask for it per mention)."""
    cache = doc.user_data.setdefault("eventwire_dateline_state", {})
    if id(kb) not in cache:
        cache[id(kb)] = _find_dateline_state(doc, kb)
    return cache[id(kb)]


def _home_dateline_state(doc: Doc, kb: ActorKB) -> str | None:
    """The dateline's state as the home of the story's unnamed officers and forces: a dateline is where the
    reporter is, so only when nothing else in the article gives their state. Not when the article names a state no
    list knows ("Forces of the Republic of Varnesia", "the government of Dorvania") and never names the dateline's
    state below it; nor from a city where international bodies sit ("GENEVA (Reuters) -") when the article names
    other states and never the dateline's below it."""
    home = _dateline_state(doc, kb)
    if home is None:
        return None
    hit = _opening_dateline(doc)
    below = hit.end() if hit is not None else 0
    named = {iso for i, _size, iso, _by_name in _state_name_hits(doc, kb) if doc[i].idx >= below}
    if home in named:
        return home
    if _names_unknown_state(doc, kb) or named and _filed_at_seat_of_bodies(doc, kb):
        return None
    return home


def _names_unknown_state(doc: Doc, kb: ActorKB) -> bool:
    """Whether the article names a state no list knows: a capitalised name after "of" that a noun for a kind of state
    or for a state's government or army governs ("the Republic of Varnesia", "the government of Dorvania"), or after
    "in" that a noun for a government governs (its seat: "the government in Marenna"), computed once per document."""
    cache = doc.user_data.setdefault("eventwire_unknown_state", {})
    if id(kb) not in cache:
        lex = kb.lexicon
        seats = lex.government_nouns | lex.own_government_nouns
        nouns = set(load_state_types()) | seats | lex.own_military_nouns
        cache[id(kb)] = any(
            tok.head.i == tok.i - 1 and (
                tok.lower_ == "of" and (tok.head.lower_ in nouns or tok.head.lemma_.lower() in nouns)
                or tok.lower_ == "in" and (tok.head.lower_ in seats or tok.head.lemma_.lower() in seats))
            and any(_unknown_state_name(c, kb) for c in tok.children if c.dep_ == "pobj") for tok in doc) \
            or _dateline_names_unknown_state(doc, kb)
    return cache[id(kb)]


def _dateline_names_unknown_state(doc: Doc, kb: ActorKB) -> bool:
    """Whether the opening dateline names, after its town and a comma, one word no list knows ("VELMAR, Delvara
    (AP) -"): wire style writes the town's state there."""
    hit = _opening_dateline(doc)
    if hit is None or "," not in doc.text[hit.start():hit.end()] or _dateline_state(doc, kb) is not None:
        return False  # ("SPRINGFIELD, Illinois": a province or a US state names the state)
    span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
    if span is None:
        return False
    comma = next(t.i for t in span if t.text == ",")
    after = []
    for tok in doc[comma + 1:span.end]:
        if not tok.is_alpha:
            break  # (the agency in brackets, the dash)
        after.append(tok)
    return len(after) == 1 and after[0].is_title and _unknown_state_name(after[0], kb)


def _unknown_state_name(tok, kb: ActorKB) -> bool:
    """Whether a token is a one-word capitalised name no list knows as a state, a capital or a people."""
    return tok.pos_ == "PROPN" and tok.is_title and not any(c.dep_ == "compound" for c in tok.children) \
        and not kb.country_of_word(tok.text) and not kb.capital_index.get(tok.lower_) \
        and not kb.demonym_index.get(tok.lower_) and tok.lower_ not in _town_names()


def _opening_dateline(doc: Doc) -> re.Match | None:
    """The wire dateline opening the report, if any (one further down opens another report, not this article's)."""
    hit = DATELINE.search(doc.text)
    return hit if hit is not None and doc.text[:hit.start()].count("\n\n") <= 2 else None


def _find_dateline_state(doc: Doc, kb: ActorKB) -> str | None:
    hit = _opening_dateline(doc)
    if hit is None:
        return None
    span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
    if span is None:
        return None
    words = [t.text for t in span if t.is_alpha]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            text = " ".join(words[i:i + size])
            iso = kb.country_of_word(text) or kb.country_of_word(text.title())
            if iso:
                return iso
    # the town's words in capitals, longest first ("GAZA CITY (AP)": not "gaza city ap", the agency's letters)
    towns = [" ".join(words[:k]).lower() for k in (3, 2, 1) if len(words) >= k and all(w.isupper() for w in words[:k])]
    towns += [words[0].lower()] if words else []
    return next((kb.capital_index[t] for t in towns if t in kb.capital_index), None) \
        or next((iso for t in dict.fromkeys(towns) if (iso := _dateline_town_state(t))), None)


def _dateline_town_state(town: str) -> str | None:
    """The state of a dateline's town that is no capital ("GOMA (AP) —"): the state of the most populous city of
    that name in the gazetteer, when it is a city of some size (DATELINE_TOWN_MIN_POPULATION) and every namesake
    in another state is far smaller (DATELINE_TOWN_MARGIN times); None otherwise or without a gazetteer."""
    if not town:
        return None
    try:
        from eventwire.knowledge.gazetteer import load_gazetteer

        candidates = load_gazetteer().candidates(town, fuzzy=False)
    except Exception:  # pragma: no cover - an unreadable gazetteer only weakens this rule
        return None
    places = sorted((c.entry for c in candidates if c.entry.feature in ("city", "admin2", "admin1")
                     and c.entry.country3), key=lambda e: -e.population)
    if not places or places[0].population < DATELINE_TOWN_MIN_POPULATION:
        return None
    top = places[0]
    rival = max((e.population for e in places if e.country3 != top.country3), default=0)
    return top.country3 if rival * DATELINE_TOWN_MARGIN <= top.population else None


def _focus_state(doc: Doc, kb: ActorKB, own_sentence_of: Mention | None = None) -> str | None:
    """The state an article is about: the one its state names and their adjectives ("Malian", "Mali's") name most
    often, the first named of those on a tie; None when it names none.
    With `own_sentence_of` (a bare "the government"), a state named in that mention's own sentence counts only
    in a subject before the mention ("Polish officials said the government ..."), in the subject of the main
    clause ("The government expelled them, Polish officials said") or as the mention's own seat ("the junta in
    Niamey"): the nationality
    of what the government acts on ("The government expelled two Dutch journalists"), a venue ("agreed a ceasefire
    in Doha") or a later party are other states, never the government's own."""
    named = _named_states(doc, kb, own_sentence_of)
    if not named:
        return None
    return max(named, key=lambda iso: (named[iso][0], -named[iso][1]))


def _dominant_state(named: dict[str, tuple[int, int]]) -> str | None:
    """The state named more often than any other (None with none named, or a tie for most)."""
    counts = sorted((n for n, _ in named.values()), reverse=True)
    if not counts or len(counts) > 1 and counts[0] == counts[1]:
        return None
    return max(named, key=lambda iso: named[iso][0])


def _named_states(doc: Doc, kb: ActorKB, own_sentence_of: Mention | None = None,
                  in_own_sentence: set[str] | None = None) -> dict[str, tuple[int, int]]:
    """ISO3 of every state the article names (by name, adjective or people noun) -> (how often, first token).
    With `own_sentence_of`, names in that mention's sentence that are in no subject before it nor in the main
    clause's subject are left out (see `_focus_state`), and capitals other sentences name as a venue count only for
    a state named otherwise (see `_home_state`); the states counted in its own sentence are added to
    `in_own_sentence`."""
    sentence = doc[own_sentence_of.start].sent if own_sentence_of is not None else None
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    venues: dict[str, int] = {}
    venue_first: dict[str, int] = {}
    for i, size, iso, by_name in _state_name_hits(doc, kb):
        words = doc[i:i + size]
        if sentence is not None and not sentence.start <= i < sentence.end and not by_name and _venue(words, kb):
            # for a bare "the government": a capital another sentence names only as where something happens
            # ("talks in Doha stalled") counts only for a state the article names otherwise; a state reached
            # through venues alone is a meeting place, no state of its own
            venues[iso] = venues.get(iso, 0) + 1
            venue_first.setdefault(iso, i)
            continue
        if sentence is not None and sentence.start <= i < sentence.end:
            subject = _subject_of(words[-1])
            if not (subject is not None and (i < own_sentence_of.start or subject.head.dep_ == "ROOT"
                                             or subject.i == own_sentence_of.head)):
                continue
        counts[iso] = counts.get(iso, 0) + 1
        first.setdefault(iso, i)
        if in_own_sentence is not None and sentence is not None and sentence.start <= i < sentence.end:
            in_own_sentence.add(iso)
    return {iso: (counts[iso] + venues.get(iso, 0), min(first[iso], venue_first.get(iso, first[iso])))
            for iso in counts}


def _state_name_hits(doc: Doc, kb: ActorKB) -> list[tuple[int, int, str, bool]]:
    """(first token, length, ISO3, named as a state rather than by its capital) of every state name in the article,
    longest name first ("South Sudan" before "Sudan"), computed once per document (`_named_states` runs for every
    bare "the government"/"police")."""
    hits = doc.user_data.get("eventwire_state_name_hits")
    if hits is not None:
        return hits
    hits = []
    i = 0
    n = len(doc)
    given_names = doc.user_data.get("eventwire_given_name_tokens") or set()
    while i < n:
        if not doc[i].text[:1].isupper() or i in given_names:
            i += 1
            continue
        # the tagger's entity labels are unreliable on state names ("Mali's" as a person): the words themselves
        # are read; a capital counts for its state ("the junta in Niamey")
        for size in (3, 2, 1):
            if i + size <= n:
                words = doc[i:i + size]
                named = kb.country_of_word(words.text)
                iso = named or kb.capital_index.get(words.text.lower())
                if iso and not named and (words[0].ent_type_ == "PERSON" or i + size < n
                                          and doc[i + size].ent_type_ == "PERSON" and doc[i + size].is_title):
                    iso = None  # "Sofia Brandt", "Victoria Adams": a given name a capital shares
                if iso:
                    hits.append((i, size, iso, bool(named)))
                    i += size - 1
                    break
        i += 1
    doc.user_data["eventwire_state_name_hits"] = hits
    return hits


def _venue(words, kb: ActorKB) -> bool:
    """Whether a place name is the object of a locative preposition ("in Doha", "near Kigali")."""
    last = words[-1]
    return last.dep_ == "pobj" and last.head.lower_ in kb.lexicon.locative_prepositions


def _subject_of(tok):
    """The head of the subject a word lies in ("Dutch officials said", "Mali's junta agreed", "the junta in Niamey
    expelled"): its chain of heads reaches a subject link before any object, clause link or preposition other than
    the "in"/"of" of a seat; None when it does not."""
    while tok.head is not tok:
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return tok
        if tok.dep_ not in ("amod", "compound", "poss", "case", "nmod", "det", "appos", "conj", "cc", "pobj") and \
                not (tok.dep_ == "prep" and tok.lower_ in ("in", "of")):
            return None
        tok = tok.head
    return None


def _titled_antecedent(doc: Doc, m: Mention, seen: list[Mention]) -> Mention | None:
    """"The Central Election Commission said ... The commission added", "the health ministry said ... The ministry":
    a bare definite noun ("the commission", no other words) refers back to the one earlier body whose name or
    description has that noun for its head, whatever kind the tagger or the lexicon gave either phrase; two such
    bodies leave it to the kind-based choice."""
    if m.plural or m.head is None or m.extra.get("anaphor_mods"):
        return None
    noun = doc[m.head].lower_
    keys = {x.key for x in seen if x.key is not None and x.kind != "person" and x.start < m.start
            and _head_noun(doc, x) == noun}
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    return next(x for x in reversed(seen) if x.key == key)


def _other_institution(doc: Doc, m: Mention, x: Mention, kb: ActorKB) -> bool:
    """Whether x's name is headed by a state body's anaphor noun other than m's ("the government" and "the
    Anti-Graft Commission", "the court" and "the Ministry of Justice"): such a body is not what the anaphor names,
    whatever kind both share. Nouns for a whole government stand for each other ("the regime" and "the ...
    Government"); a force named by its members ("Chadian troops") is still "the army". A one-word name is headed
    by its description's noun ("the prison agency SNAI")."""
    if m.head is None:
        return False
    noun, head = doc[m.head].lower_, _head_noun(doc, x)
    if head is None and x.description:
        # "the prison agency SNAI": a one-word name is the body its description's noun says
        head = x.description.split()[-1].lower()
    lexicon = kb.lexicon
    if head is None or head == noun or "government" not in lexicon.anaphor_nouns.get(head, ()):
        return False  # only a state body's own noun ("commission", "court", "ministry") sets it apart
    return not (noun in lexicon.government_nouns and head in lexicon.government_nouns)


def _head_noun(doc: Doc, x: Mention) -> str | None:
    """The lower-cased head noun of a body's name of two words or more ("commission" of "the Central Election
    Commission"), or of a nominal with words before its noun ("ministry" of "Belarus's foreign ministry"); None
    for a one-word name or a bare noun, which say no more than the anaphor itself."""
    if x.source in ("kb", "ner"):
        name = doc[x.core[0]:x.core[1]].text if x.core else doc[x.start:x.end].text
        return head_word(name) if len(_norm(name).split()) >= 2 else None
    if x.source == "nominal" and x.head is not None:
        words = [t for t in doc[x.start:x.head] if t.lower_ not in DETERMINERS and not t.is_punct]
        return doc[x.head].lower_ if words else None
    return None


def _name_words(doc: Doc, m: Mention) -> set[str]:
    """Lower-cased words of a mention's name, singular and plural alike ("Appeals" gives "appeals", "appeal")."""
    words = {t.lower_ for t in doc[m.start:m.end]} | {t.lemma_.lower() for t in doc[m.start:m.end]}
    return words


def build_actors(doc: Doc, mentions: list[Mention], kb: ActorKB, published: str | None = None) -> list[Actor]:
    """Group keyed mentions into Actor records, ordered by first mention."""
    day = None
    if published:
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            day = None
    groups: dict[tuple, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.key, []).append(m)
    actors: list[Actor] = []
    for n, (key, group) in enumerate(sorted(groups.items(), key=lambda kv: kv[1][0].start)):
        named = [m for m in group if m.source != "pronoun"]
        first = named[0] if named else group[0]
        entry = kb.entries.get(key[1]) if key[0] == "kb" else None
        kind = entry.kind if entry else _vote([m.kind for m in named]) or first.kind
        country = (entry.country if entry and entry.country else None) or next(
            (m.country for m in named if m.country), None)
        # A name's own coding comes before that of a role phrase in apposition to it.
        ordered = sorted(named, key=lambda m: m.source == "apposition")
        sector = (entry.sector if entry and entry.sector else None) or next(
            (m.sector for m in ordered if m.sector), None)
        description = next((m.description for m in named if m.description), None)
        if entry is not None:
            name = entry.name
            if description is None and entry.kind == "person":
                role = entry.role_on(day)
                description = role.title if role else entry.description
        elif key[0] == "gov":
            state = kb.state(key[1])
            name = f"Government of {state.name}" if state else "government"
            kind = "government"
        else:
            # The name is the actor's name; a role phrase in apposition to it is its description.
            naming = [m for m in named if m.source != "apposition"] or named
            # "their fighters" after "Rebels", "our farmers" in a quote: a phrase owned through a pronoun does not
            # name the group
            naming = [m for m in naming if doc[m.start].lower_ not in POSSESSIVES] or naming
            # "FWU ... the union": a phrase that refers back to a name does not name the body ("union" is no name)
            naming = [m for m in naming if not m.anaphor] or naming
            cores = [doc[m.core[0]:m.core[1]].text if m.core else _strip_det(doc[m.start:m.end].text) for m in naming]
            name = max(cores, key=len) if cores else doc[first.start:first.end].text
            # a bare count is named for the people it counts ("264" -> "264 people")
            name = next((m.extra["name"] for m in naming if m.extra.get("name")), name)
            # "the leader of the party": a role with the body it is of names the person better than its noun
            if all(m.source == "nominal" for m in naming):
                name = next((m.extra["role_name"] for m in naming if m.extra.get("role_name")), name)
            name = " ".join(name.split())  # a name wrapped over two lines is still one name
        if sector is None and entry is None and named and all(m.source == "nominal" and m.head is not None
                                                              for m in named):
            # "the union said" with no union named before: the phrase that found no name to refer back to still
            # says what kind of body it is (lexicon body_sectors: a union is labour's)
            sector = next((kb.lexicon.body_sectors[doc[m.head].lower_] for m in named
                           if doc[m.head].lower_ in kb.lexicon.body_sectors), None)
        if country is None and entry is None and named and sector in kb.lexicon.home_state_sectors \
                and (kind in ("person", "government", "military", "police", "political_party")
                     or kind == "other" and sector == "LAB"):  # (a trade union has no kind of its own)
            # ("Police said a state had sponsored it": an indefinite government, "a state", is no one state; "a
            # court" still sits at home)
            report = [m for m in named if not _in_headline(doc, m) and not (
                kind == "government" and sector == "GOV" and m.source == "nominal" and m.head == m.start + 1
                and doc[m.start].lower_ in ("a", "an"))]
            country = _dateline_home_state(doc, report[0], kb) if report else None
        if country is None and entry is None and named and kind in ("business", "media") \
                and any(m.extra.get("state_owned") for m in named):
            # "state miner Codelco": a firm the state owns is the report's state's (its dateline's, else the state
            # the article is about)
            report = [m for m in named if not _in_headline(doc, m)] or named
            country = _dateline_home_state(doc, report[0], kb) or _focus_state(doc, kb)
        if country is None and entry is None and named and kind == "government" and sector == "JUD" and all(
                m.source == "nominal" and m.head is not None and not m.plural
                and all(t.lower_ in DETERMINERS for t in doc[m.start:m.head]) for m in named):
            # "would appear in court" in a story about one state: a bare court, no state, seat or kind written, is
            # that state's judiciary (courts sit at home); with no dateline the state the article is about
            report = [m for m in named if not _in_headline(doc, m)] or named
            country = _focus_state(doc, kb, own_sentence_of=report[0])
        if country is None and entry is None and kind == "person" and sector == "COP":
            # "Kenyan police detained X ... Police spokesman Y said": an officer of the police is of the state whose
            # police the story named before, when all the police it named are one state's (police act at home)
            states = {a.country for a in actors if a.kind == "police" and a.sector == "COP"}
            if len(states) == 1:
                country = next(iter(states))
        if kind == "country":  # a state named as an actor acts through its government
            kind, sector = "government", sector or "GOV"
        if kind == "person" and sector is None and description:
            sector = _sector_of_description(description, kb)
        aliases = list(dict.fromkeys(_strip_det(doc[m.start:m.end].text) for m in named))
        actors.append(Actor(
            id=f"A{n + 1}", name=name, kind=kind, country=country, sector=sector, aliases=aliases,
            wikidata=entry.wikidata if entry else None, description=description,
            mentions=[Span(start=doc[m.start].idx, end=doc[m.end - 1].idx + len(doc[m.end - 1].text),
                           text=doc[m.start:m.end].text) for m in group],
        ))
    return actors


def _dateline_home_state(doc: Doc, m: Mention, kb: ActorKB) -> str | None:
    """The state of the wire dateline the report was filed under, for a state's officer or body that no state is
    named for ("BELGRADE, Serbia (AP) — Interior Minister Ivica Dacic said", "health officials", "government
    troops"): officials in a datelined report act at home unless the sentence introducing them names another state
    ("Foreign Minister Ahmed Ali of Egypt", "troops in Chad"), or the sentence before names other states where
    neither names the home state; None without a dateline or in those cases."""
    home = _home_dateline_state(doc, kb)
    if home is None or _in_headline(doc, m):
        return None  # a headline's "Drones hit city" comes before the dateline says where the report was filed
    if m.head is not None and (doc[m.head].lower_ in kb.lexicon.platform_nouns
                               or doc[m.head].lemma_.lower() in kb.lexicon.platform_nouns):
        return None  # drones and warplanes are often the other side's, flying in
    if any(t.lower_ in kb.lexicon.envoy_words for t in doc[m.start:m.end]):
        return None  # "MANILA - The Philippines summoned Ambassador Lin Bo": an envoy serves abroad
    sent = doc[m.start].sent
    hits = _state_name_hits(doc, kb)
    # (a state named only as whose weapons came, "destroyed 30 Ukrainian drones", is no other home of the officials)
    own = {iso for i, _size, iso, _by_name in hits if sent.start <= i < sent.end
           and not (doc[i].dep_ in ("amod", "compound") and weapon_word(doc[i].head, kb.lexicon))}
    if own - {home}:
        return None
    if sent.start > 0 and not own:
        # 'CAIRO (AP) — Israeli and Hamas negotiators resumed talks. Officials said ...': officials after a
        # sentence about other states' parties, with the home state named neither there nor in their own, may be
        # theirs
        # ('KYIV, Ukraine (AP) — Russian drones struck homes. The governor said ...': a state named only for the
        # side attacking is no other party the officials could belong to)
        before = doc[sent.start - 1].sent
        named = {iso for i, _size, iso, _by_name in hits if before.start <= i < before.end
                 and not _in_attacking_subject(doc[i], kb)}
        if named and home not in named:
            return None
    return home


def _in_attacking_subject(tok, kb: ActorKB) -> bool:
    """Whether the token is in the subject of a verb of attack or harm ("Russian drones struck", "Chad's army
    killed")."""
    harm = kb.lexicon.attack_verbs | kb.lexicon.victim_verbs
    while tok.dep_ not in ("nsubj", "ROOT") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in harm


def _vote(values: list[str]) -> str | None:
    # "other" is no kind, only the lack of a cue: "the Flood Relief Authority (FRA) ... FRA said ... FRA added" is
    # the government body its full name says, however often the bare acronym recurs
    counts: dict[str, int] = {}
    typed = [v for v in values if v != "other"]
    for v in typed or values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: (counts[v], v == "person")) if counts else None


def _strip_det(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _sector_of_description(description: str, kb: ActorKB) -> str | None:
    low = description.lower()
    best = None
    for title, sector in kb.lexicon.titles.items():
        if f" {title} " in f" {low} " and (best is None or len(title) > len(best[0])):
            best = (title, sector)
    return best[1] if best else None
