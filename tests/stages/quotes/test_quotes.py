"""quotes.v1 on hand-built articles: every typographic form, cues on both sides, speakers, indirect speech."""

from __future__ import annotations

import pytest

from eventwire.document import Analysis, Article
from eventwire.models import Actor, Span
from eventwire.settings import Settings
from eventwire.stages.quotes import QuotesStage, source_for
from eventwire.stages.quotes.marks import find_quotations, paragraph_spans


# ---------------------------------------------------------------------------------------------- helpers
@pytest.fixture(scope="module")
def parse(pipeline_factory):
    nlp_only = pipeline_factory()

    def run(text: str, *, actors: list[tuple[str, str, str]] | None = None, blockquotes=None) -> Analysis:
        """Parse `text`, give it the listed actors (id, name, kind; mentions are every occurrence of name)
        when asked, and run the quotes stage alone on it."""
        analysis = nlp_only.analyse(Article(text=text, blockquotes=list(blockquotes or [])))
        if actors is not None:
            analysis.actors = []
            for actor_id, name, kind in actors:
                mentions, pos = [], text.find(name)
                while pos >= 0:
                    mentions.append(Span(start=pos, end=pos + len(name), text=name))
                    pos = text.find(name, pos + 1)
                analysis.actors.append(Actor(id=actor_id, name=name, kind=kind, mentions=mentions))
            analysis.shared["actor_spans"] = [(m.start, m.end, a.id) for a in analysis.actors for m in a.mentions]
        QuotesStage(Settings())(analysis)
        return analysis

    return run


def only(analysis: Analysis):
    assert len(analysis.quotes) == 1, [q.text for q in analysis.quotes]
    return analysis.quotes[0]


def speaker_text(analysis: Analysis, quote) -> str | None:
    span = analysis.shared["quote_speakers"].get(quote.id)
    return analysis.text[span[0]:span[1]] if span else None


# ---------------------------------------------------------------------------------------------- marks
@pytest.mark.parametrize("text, quoted", [
    ('"We will hold the line," Smith said.', '"We will hold the line,"'),
    ("“We will hold the line,” Smith said.", "“We will hold the line,”"),
    ("'We will hold the line,' Smith said.", "'We will hold the line,'"),
    ("‘We will hold the line,’ Smith said.", "‘We will hold the line,’"),
    ("''We will hold the line,'' Mr. Smith said.", "''We will hold the line,''"),
    ("«We will hold the line,» Smith said.", "«We will hold the line,»"),
])
def test_every_typographic_form_with_a_trailing_cue(parse, text, quoted):
    analysis = parse(text)
    quote = only(analysis)
    assert (quote.kind, quote.text, quote.cue.text) == ("direct", quoted, "said")
    assert "Smith" in speaker_text(analysis, quote)


def test_apostrophes_are_not_quotes():
    text = "The Democrats' plan isn't new; it dates from the '90s and Trump’s team knows it."
    assert find_quotations(text) == []


def test_nested_quotes_stay_inside_the_outer_quote(parse):
    analysis = parse("“He told me ‘never again’ before the vote,” the senator said.")
    quote = only(analysis)
    assert quote.text == "“He told me ‘never again’ before the vote,”"
    assert speaker_text(analysis, quote) == "the senator"


def test_quote_over_several_paragraphs(parse):
    text = ("The governor said:\n\n“We will rebuild every bridge in the province.\n\n"
            "“We will reopen every school before winter.”\n\nThe council meets on Friday.")
    analysis = parse(text)
    quote = only(analysis)
    assert quote.text.startswith("“We will rebuild") and quote.text.endswith("before winter.”")
    assert "council" not in quote.text
    assert speaker_text(analysis, quote) == "The governor"


def test_quote_broken_by_its_cue(parse):
    text = "“We will win the vote,” she said, “and then we will rest for a week.”"
    analysis = parse(text)
    quote = only(analysis)
    assert quote.cue.text == "said" and speaker_text(analysis, quote) == "she"
    pieces = [text[s:e] for s, e in analysis.shared["quote_fragments"][quote.id]]
    assert pieces == ["“We will win the vote,”", "“and then we will rest for a week.”"]


def test_quote_continued_after_its_cue_sentence(parse):
    text = '"Mistakes were made," said a retired judge. "But were they deliberate mistakes?"'
    analysis = parse(text)
    quote = only(analysis)
    assert len(analysis.shared["quote_fragments"][quote.id]) == 2
    assert speaker_text(analysis, quote) == "a retired judge"


def test_unbalanced_mark_does_not_swallow_the_article(parse):
    text = ("The mayor said “we will rebuild the market by spring.\n\n"
            "The council meets on Friday. It has twelve members and a new budget.")
    found = find_quotations(text)
    assert len(found) == 1 and not found[0].closed
    assert text[found[0].start:found[0].end] == "“we will rebuild the market by spring."
    analysis = parse(text)
    assert all("council" not in q.text for q in analysis.quotes)
    last = analysis.shared["voices"][-1]
    assert last[2] == "author" and last[0] <= text.index("The council") and last[1] == len(text)


def test_blockquote_passage_is_a_direct_quote(parse):
    text = "The minister wrote:\n\nWe will defend every village and every road.\n\nThe army moved in on Monday."
    start = text.index("We will")
    end = text.index("road.") + len("road.")
    analysis = parse(text, blockquotes=[(start, end)])
    quote = only(analysis)
    assert (quote.start, quote.end, quote.kind) == (start, end, "direct")
    assert speaker_text(analysis, quote) == "The minister"


def test_scare_quotes_and_titles_are_not_speech(parse):
    analysis = parse("The so-called “peace plan” was rejected, and the “Morning Joe” host left the studio.")
    assert analysis.quotes == []


# ---------------------------------------------------------------------------------------------- speakers
def test_leading_cue_with_colon_and_addressee(parse):
    analysis = parse("Trump told the Washington Post in a written statement: "
                     "“I really don’t want his endorsement.”")
    quote = only(analysis)
    assert quote.kind == "direct" and quote.text.startswith("“I really")
    assert speaker_text(analysis, quote) == "Trump" and quote.cue.text == "told"


def test_speaker_in_the_previous_paragraph(parse):
    text = ("Haley answered them directly:\n\n“The numbers cited in this forum show why voters have stopped "
            "believing the pollsters.”")
    analysis = parse(text)
    quote = only(analysis)
    assert quote.text.startswith("“The numbers") and speaker_text(analysis, quote) == "Haley"


def test_speaker_in_the_next_sentence(parse):
    text = "“We will not retreat from the city.” So said the regional governor, two days after the vote."
    analysis = parse(text)
    quote = only(analysis)
    assert quote.text == "“We will not retreat from the city.”"
    assert "governor" in speaker_text(analysis, quote)


def test_pronoun_speaker_goes_to_the_right_person(parse):
    text = ("Ms. Maria Lopez met Mr. John Smith on Monday in the capital.\n\n"
            "“We will rebuild the market by spring,” she said.")
    analysis = parse(text, actors=[("A1", "Maria Lopez", "person"), ("A2", "John Smith", "person")])
    quote = only(analysis)
    assert speaker_text(analysis, quote) == "she"
    assert quote.speaker == "A1"


def test_pronoun_prefers_the_recent_speaker(parse):
    text = ("“The talks are over,” Smith said on Monday after meeting Lopez.\n\n"
            "“We will not return to the table,” he said.")
    analysis = parse(text, actors=[("A1", "Smith", "person"), ("A2", "Lopez", "person")])
    assert [q.speaker for q in analysis.quotes] == ["A1", "A1"]


def test_speaker_without_an_actor_becomes_a_new_actor(parse):
    text = "Reuters reported that the bridge over the river was destroyed on Tuesday."
    analysis = parse(text, actors=[("A1", "Tuesday", "other")])
    quote = only(analysis)
    assert quote.kind == "indirect" and quote.text == "that the bridge over the river was destroyed on Tuesday"
    new = next(a for a in analysis.actors if a.id == quote.speaker)
    assert (new.id, new.name, new.kind) == ("A2", "Reuters", "other")
    assert (0, 7, "A2") in analysis.shared["actor_spans"]


def test_broadcaster_and_person_nouns_are_typed(parse):
    analysis = parse("The broadcaster reported that 40 people died. A spokesman said the road was closed.", actors=[])
    kinds = {a.name: a.kind for a in analysis.actors}
    assert kinds == {"broadcaster": "other", "spokesman": "person"}
    assert all(q.speaker for q in analysis.quotes)


def test_existing_actor_is_reused(parse):
    text = "Smith said the road to the airport was closed."
    analysis = parse(text, actors=[("A1", "Smith", "person")])
    assert only(analysis).speaker == "A1"
    assert len(analysis.actors) == 1


# ---------------------------------------------------------------------------------------------- indirect
@pytest.mark.parametrize("text, content, cue, speaker", [
    ("The minister said that the army would withdraw by Friday.", "that the army would withdraw by Friday",
     "said", "The minister"),
    ("The minister said the army would withdraw by Friday.", "the army would withdraw by Friday", "said",
     "The minister"),
    ("The general told reporters the offensive had stalled near the river.",
     "the offensive had stalled near the river", "told", "The general"),
    ("According to the ministry, 40 people died in the attack.", "40 people died in the attack",
     "According to", "the ministry"),
    ("Forty people died in the attack, according to the ministry.", "Forty people died in the attack",
     "according to", "the ministry"),
    ("The army announced a ceasefire in the north.", "a ceasefire in the north", "announced", "The army"),
    ("The talks have failed, the envoy said.", "The talks have failed", "said", "the envoy"),
])
def test_indirect_speech(parse, text, content, cue, speaker):
    analysis = parse(text)
    quote = only(analysis)
    assert (quote.kind, quote.text, quote.cue.text) == ("indirect", content, cue)
    assert speaker_text(analysis, quote) == speaker


def test_described_as_with_a_quotation_is_mixed(parse):
    analysis = parse("The president described the attack as “a cowardly act of terror.”")
    quote = only(analysis)
    assert quote.kind == "mixed"
    assert quote.text == "the attack as “a cowardly act of terror.”"
    assert speaker_text(analysis, quote) == "The president"


def test_said_with_an_embedded_quotation_is_mixed(parse):
    analysis = parse('She said she is "willing to try whatever might bring the families some peace" after the ruling.')
    quote = only(analysis)
    assert quote.kind == "mixed" and quote.text.startswith("she is") and '"willing' in quote.text


# ---------------------------------------------------------------------------------------------- accessors
def test_source_for_and_voices(parse):
    text = "Shelling continued overnight. The governor said the bridge was destroyed by artillery."
    analysis = parse(text, actors=[("A1", "The governor", "person")])
    quote = only(analysis)
    bridge = text.index("bridge")
    assert source_for(analysis, bridge, bridge + 6) == "A1"
    assert source_for(analysis, 0, 8) is None  # the author's own voice
    assert analysis.shared["voices"] == [(0, quote.start, "author"), (quote.start, quote.end, "quoted"),
                                         (quote.end, len(text), "author")]


def test_source_for_without_the_quotes_stage():
    analysis = Analysis(article=Article(text="The bridge was destroyed."))
    assert source_for(analysis, 4, 10) is None


def test_stage_without_actors_leaves_speakers_empty(parse):
    analysis = parse('"We will hold the line," Smith said.')
    assert analysis.actors is None
    assert only(analysis).speaker is None
    assert speaker_text(analysis, analysis.quotes[0]) == "Smith"


def test_pipeline_runs_quotes_after_actors(pipeline_factory):
    record = pipeline_factory("actors", "quotes").run('"We will hold the line," General Smith said on Monday.')
    assert record.quotes and record.quotes[0].speaker is not None
    speaker = record.quotes[0].speaker
    assert any(a.id == speaker for a in record.actors)


def test_blockquote_with_its_own_marks_and_cue_is_marked_speech(parse):
    passage = ('"The siege has to end now. It leaves thousands of families without food," the European Union '
               'envoy for Libya, Anna Koster, said in a statement.')
    text = "Rebels shelled the port on Monday.\n\n" + passage + "\n\nThe talks resume on Friday."
    start = text.index(passage)
    for blockquotes in ([(start, start + len(passage))], []):  # as an HTML blockquote and as plain text
        analysis = parse(text, blockquotes=blockquotes, actors=[("A1", "Anna Koster", "person")])
        quote = only(analysis)
        assert quote.kind == "direct" and quote.text.startswith('"The siege') and quote.text.endswith('food,"')
        assert quote.cue.text == "said" and quote.speaker == "A1"
        assert "Anna Koster" in speaker_text(analysis, quote) or "envoy" in speaker_text(analysis, quote)


def test_indirect_content_leaves_out_the_dateline(parse):
    text = "SANAA, Yemen - Rebel fighters shelled the airport on Monday, officials said."
    quote = only(parse(text))
    assert quote.kind == "indirect" and quote.text.startswith("Rebel fighters shelled")


# ---------------------------------------------------------------------------------------------- extents (PolNeAR)
def test_report_nested_in_another_report_is_part_of_its_content(parse):
    # PolNeAR keeps the inner report inside the outer content and does not score it on its own
    text = "Officials said the director told them that the files had been recovered."
    analysis = parse(text)
    quote = only(analysis)
    assert speaker_text(analysis, quote) == "Officials"
    assert quote.text.startswith("the director told them") and quote.text.endswith("recovered")


def test_quoted_report_nested_in_a_report_is_kept(parse):
    # only reported (unquoted) claims give way to the outer content; a quotation keeps its attribution
    text = 'Officials said the director told them, "The files are safe and we have every one of them."'
    analysis = parse(text)
    assert any(q.kind == "direct" and q.text.startswith('"The files') for q in analysis.quotes)


def test_quotation_after_a_reported_claim_continues_it(parse):
    text = ("The mayor said the city would rebuild the bridge before winter. "
            '"We owe it to the thousands of people who cross it every single day."')
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "mixed" and speaker_text(analysis, quote) == "The mayor"
    pieces = [text[s:e] for s, e in analysis.shared["quote_fragments"][quote.id]]
    assert pieces == ["the city would rebuild the bridge before winter",
                      '"We owe it to the thousands of people who cross it every single day."']


def test_quotation_after_a_participle_claim_continues_the_direct_quote(parse):
    text = ("“We expected a close race,” she said, adding that the campaign would visit every county. "
            "“Nobody is taking a single vote for granted.”")
    analysis = parse(text)
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(direct) == 1 and speaker_text(analysis, direct[0]) == "she"
    pieces = [text[s:e] for s, e in analysis.shared["quote_fragments"][direct[0].id]]
    assert pieces == ["“We expected a close race,”", "“Nobody is taking a single vote for granted.”"]
    assert all("Nobody" not in q.text for q in analysis.quotes if q.kind != "direct")


def test_cue_followed_by_a_colon_introduces_the_next_quote(parse):
    text = ("''We are tired,'' Ms. Lane said. ''We are not afraid.'' Mr. Ortiz said: "
            "''The storm that hit us today was the worst in years.''")
    analysis = parse(text)
    by_text = {speaker_text(analysis, q): [text[s:e] for s, e in analysis.shared["quote_fragments"][q.id]]
               for q in analysis.quotes}
    assert by_text["Ms. Lane"] == ["''We are tired,''", "''We are not afraid.''"]
    assert by_text["Mr. Ortiz"] == ["''The storm that hit us today was the worst in years.''"]


def test_object_content_stops_at_its_sentence_end(parse):
    text = ("''It feels brand new,'' Mr. Hale said in a film that showed off the repairs. "
            "''The ship is very much a symbol of the whole company.''")
    analysis = parse(text)
    quote = only(analysis)
    assert speaker_text(analysis, quote) == "Mr. Hale" and len(analysis.shared["quote_fragments"][quote.id]) == 2


@pytest.mark.parametrize("text", [
    'As the senator went on about "our forgotten workers," Melanie nodded again and again.',
    'As the senator went on about "our forgotten workers," Melanie said yes again and again.',
])
def test_lower_case_phrase_beside_a_verb_is_not_a_direct_quote(parse, text):
    # a short quotation opening in lower case is a phrase of a longer clause, not the speaker's utterance
    analysis = parse(text)
    assert analysis.quotes == []


def test_phrase_quotation_is_not_claimed_by_a_verb_in_an_aside(parse):
    analysis = parse('He also argued the pipeline, which is widely supported by farmers, "would not get built" '
                     "without the state.")
    assert all(speaker_text(analysis, q) != "farmers" for q in analysis.quotes)


@pytest.mark.parametrize("text, speaker", [
    ('"He wants to play the hard man tonight," Trump shot back.', "Trump"),  # "Trump" tagged as a verb
    ("“Go back to your seat,” Trump barked and a guard escorted the reporter out.", "Trump"),  # not a subject
])
def test_trailing_cue_despite_a_misparsed_speaker(parse, text, speaker):
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker_text(analysis, quote) == speaker


def test_colon_sentence_whose_parse_runs_into_the_quote(parse):
    # the parser makes the quotation the root and the clause before the colon its complement
    text = ("In a radio interview later that day, Smith went even further: "
            "“If he runs and loses, it’s the end of him.”")
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker_text(analysis, quote) == "Smith"
    assert quote.text.startswith("“If he runs")


# ---------------------------------------------------------------------------------------------- more typographic forms
def test_double_quotes_nested_in_single_quotes(parse):
    analysis = parse("‘They called us “traitors” at the gate every single morning,’ the senator said.")
    quote = only(analysis)
    assert quote.text == "‘They called us “traitors” at the gate every single morning,’"
    assert speaker_text(analysis, quote) == "the senator"


def test_straight_quote_over_several_paragraphs(parse):
    text = ('The governor wrote:\n\n"We will rebuild every bridge in the province.\n\n'
            '"We will reopen every school before winter."\n\nThe council meets on Friday.')
    analysis = parse(text)
    quote = only(analysis)
    assert quote.text.startswith('"We will rebuild') and quote.text.endswith('before winter."')
    assert "council" not in quote.text and speaker_text(analysis, quote) == "The governor"


def test_quote_continued_in_the_next_paragraph(parse):
    text = ('"We have lost the bridge and the road," Smith said on Monday.\n\n'
            '"We will need every truck we can find to feed the town."')
    analysis = parse(text)
    quote = only(analysis)
    assert len(analysis.shared["quote_fragments"][quote.id]) == 2 and speaker_text(analysis, quote) == "Smith"


def test_quote_broken_by_a_cue_with_an_apposition(parse):
    text = "“We won the vote,” said Ana Ruiz, a party spokeswoman, “and we will win the next one too.”"
    analysis = parse(text)
    quote = only(analysis)
    assert "Ana Ruiz" in speaker_text(analysis, quote)
    assert len(analysis.shared["quote_fragments"][quote.id]) == 2


def test_single_mark_scare_quotes_are_not_speech(parse):
    analysis = parse("The so-called ‘peace plan’ was rejected by the 'new' council on Monday.")
    assert analysis.quotes == []


def test_unbalanced_single_mark_is_an_apostrophe(parse):
    text = "The ’90s ended and the Smiths’ shop closed. ‘We stayed anyway."
    analysis = parse(text)
    assert all("Smiths" not in q.text for q in analysis.quotes)


@pytest.mark.parametrize("text, speaker", [
    # a clause set off by a comma after the cue is not the cue's own content
    (("“You should resign and give the money back,” Warren told the chief executive, after he admitted "
      "under questioning he had not yet been held accountable."), "Warren"),
    # the parser reads the speaker phrase as a noun phrase with the cue verb as its modifier
    (('"Is the governor going to finally name the real culprits? If he does not he should immediately step down '
      'in shame!" the presumptive Democratic presidential nominee, Anna Ruiz, tweeted Monday after a deadly attack '
      "on a city market."), "nominee"),
    # a no-break space between the quote and its cue
    ("“He did what he felt he needed to do,”\u00a0assistant director Paul Marsh said.", "Paul Marsh"),
])
def test_trailing_cue_in_harder_parses(parse, text, speaker):
    analysis = parse(text)
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert len(direct) == 1 and speaker in speaker_text(analysis, direct[0])


def test_according_to_content_stays_in_its_paragraph_without_the_conjunction(parse):
    text = "Prices rose sharply in March\n\nand, according to the ministry, fell in April."
    quote = only(parse(text))
    assert quote.text == "fell in April"
    text = "The army held the ridge all week. But, according to local officials, the soldiers withdrew on Monday."
    quote = only(parse(text))
    assert quote.text == "the soldiers withdrew on Monday"


def test_quote_continued_after_a_connective(parse):
    text = ("“I don’t think it’s a must, any single vote in particular,” he said outside the hall. "
            "But “the plan is stronger with the support of the most powerful man in the party. It helps.”")
    analysis = parse(text)
    quote = only(analysis)
    pieces = [text[s:e] for s, e in analysis.shared["quote_fragments"][quote.id]]
    assert len(pieces) == 2 and pieces[1].startswith("But “the plan")
    assert speaker_text(analysis, quote) == "he"


def test_continuation_connectives_come_from_the_lexicon():
    from eventwire.knowledge.cues import load_quote_cues

    assert {"but", "and"} <= load_quote_cues().continuation_connectives


@pytest.mark.parametrize("text", [
    "In his 2002 book, ''Raise Your Kid a Saver,'' Mr. Hale suggested looking at small expenses first.",
    'She first told the story in her 2015 memoir, "Plenty Stubborn." The senator, Bob Lane, denied it.',
    'The play is an adaptation of a show called "Traders," written by a Spanish troupe.',
])
def test_titles_of_named_works_are_not_speech(parse, text):
    analysis = parse(text)
    assert all(q.kind != "direct" for q in analysis.quotes), [q.text for q in analysis.quotes]


def test_clause_before_a_question_or_object_verb_is_not_reported(parse):
    # "..., the mayor said" reports the clause before it; "..., the mayor asked" does not state it
    assert parse("Is the bridge safe for the children who cross it every day, the mayor asked.").quotes == []
    quote = only(parse("The bridge is safe for everyone, the mayor said."))
    assert quote.text == "The bridge is safe for everyone"


def test_naming_oneself_is_not_a_report(parse):
    assert parse('The senator calls himself "a lifelong moderate."').quotes == []


def test_object_content_stays_in_the_cue_clause(parse):
    text = "When the senator announced her candidacy in March 2019, she repeatedly referred to the banks as a menace."
    quote = only(parse(text))
    assert quote.text == "her candidacy in March 2019"


# ------------------------------------------------------------------------------------ misparses (built parses)
def _built_doc(words, heads, deps, pos, lemmas=None, spaces=None):
    """A parsed Doc with the given (mis)parse, so a rule is tested whatever the statistical parser does today."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


def _extract(doc):
    from eventwire.knowledge.cues import load_quote_cues
    from eventwire.stages.quotes.extract import Extractor

    return Extractor(doc, doc.text, find_quotations(doc.text), load_quote_cues()).run()


def test_quoted_word_parsed_as_the_cue_subject_does_not_hide_the_speaker():
    # “It failed, that was it,” the aide said.  -- the parser made the quoted "that" a subject of "said"
    words = ["“", "It", "failed", ",", "that", "was", "it", ",", "”", "the", "aide", "said", "."]
    spaces = [False, True, False, True, True, True, False, False, True, True, True, False, False]
    heads = [11, 2, 11, 11, 11, 4, 5, 11, 11, 10, 11, 11, 11]
    deps = ["punct", "nsubj", "ccomp", "punct", "nsubj", "relcl", "attr", "punct", "punct", "det", "nsubj",
            "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PRON", "AUX", "PRON", "PUNCT", "PUNCT", "DET", "NOUN", "VERB",
           "PUNCT"]
    lemmas = ["“", "it", "fail", ",", "that", "be", "it", ",", "”", "the", "aide", "say", "."]
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    found = _extract(doc)
    assert len(found) == 1 and found[0].kind == "direct"
    assert doc.text[found[0].speaker[0]:found[0].speaker[1]] == "the aide"


def test_inverted_speaker_parsed_as_another_verbs_subject():
    # “We lost,” says Ann Ortiz, who ran.  -- the parser made "Ortiz" the subject of "ran", not of "says"
    words = ["“", "We", "lost", ",", "”", "says", "Ann", "Ortiz", ",", "who", "ran", "."]
    spaces = [False, True, False, False, True, True, True, False, True, True, False, False]
    heads = [5, 2, 5, 5, 5, 10, 7, 10, 10, 10, 10, 10]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ccomp", "compound", "nsubj", "punct", "nsubj", "ROOT",
            "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]
    lemmas = ["“", "we", "lose", ",", "”", "say", "Ann", "Ortiz", ",", "who", "run", "."]
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    found = [a for a in _extract(doc) if a.kind == "direct"]
    assert len(found) == 1 and "Ortiz" in doc.text[found[0].speaker[0]:found[0].speaker[1]]


def test_quote_hung_on_the_speaker_phrase_by_the_parser():
    # “We won,” Mark Lane said.  -- the parser put the quotation inside the subject's subtree
    words = ["“", "We", "won", ",", "”", "Mark", "Lane", "said", "."]
    spaces = [False, True, False, False, True, True, True, False, False]
    heads = [2, 2, 6, 2, 2, 6, 7, 7, 7]
    deps = ["punct", "nsubj", "dep", "punct", "punct", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    lemmas = ["“", "we", "win", ",", "”", "Mark", "Lane", "say", "."]
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    found = [a for a in _extract(doc) if a.kind == "direct"]
    assert len(found) == 1 and doc.text[found[0].speaker[0]:found[0].speaker[1]] == "Mark Lane"


def test_clause_holding_the_speaker_is_not_the_cues_own_content():
    # ''We face problems,'' said Ann Reich, who backed Lane.  -- "who backed" parsed as the verb's complement
    words = ["''", "We", "face", "problems", ",", "''", "said", "Ann", "Reich", ",", "who", "backed", "Lane", "."]
    spaces = [False, True, True, False, False, True, True, True, False, True, True, True, False, False]
    heads = [2, 2, 6, 2, 2, 2, 6, 8, 11, 11, 11, 6, 11, 6]
    deps = ["punct", "nsubj", "ccomp", "dobj", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "nsubj",
            "ccomp", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB",
           "PROPN", "PUNCT"]
    lemmas = ["''", "we", "face", "problem", ",", "''", "say", "Ann", "Reich", ",", "who", "back", "Lane", "."]
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    found = [a for a in _extract(doc) if a.kind == "direct"]
    assert len(found) == 1 and "Reich" in doc.text[found[0].speaker[0]:found[0].speaker[1]]


def test_colon_after_a_longer_clause_does_not_block_the_trailing_cue():
    # “We won,” Ann said in a call, adding this: “It was close.”
    words = ["“", "We", "won", ",", "”", "Ann", "said", "in", "a", "call", ",", "adding", "this", ":", "“", "It",
             "was", "close", ".", "”"]
    spaces = [False, True, False, False, True, True, True, True, True, False, True, True, False, True, False, True,
              True, False, False, False]
    heads = [2, 2, 6, 2, 2, 6, 6, 6, 9, 7, 6, 6, 11, 16, 16, 16, 16, 16, 16, 16]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "prep", "det", "pobj", "punct", "advcl",
            "dobj", "punct", "punct", "nsubj", "ROOT", "acomp", "punct", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB",
           "PRON", "PUNCT", "PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT"]
    lemmas = ["“", "we", "win", ",", "”", "Ann", "say", "in", "a", "call", ",", "add", "this", ":", "“", "it", "be",
              "close", ".", "”"]
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    first = [a for a in _extract(doc) if a.start == 0]
    assert len(first) == 1 and doc.text[first[0].speaker[0]:first[0].speaker[1]] == "Ann"


def test_quotation_signed_by_a_dash_line(parse):
    text = ('The senator repeated the claim on Tuesday.\n\n"Big companies pay no taxes at all in this country."\n\n'
            "- Bernie Sanders.\n\nThat is not quite right.")
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and quote.text.startswith('"Big companies')
    assert speaker_text(analysis, quote) == "Bernie Sanders"


def test_cue_sentence_before_a_quote_is_not_its_leading_cue(parse):
    # the quote after "..., Brock said." continues Brock's claim; "said" does not lead it across the period
    text = 'There is a structure of the past that is blatantly sexist, Brock said. "There is no better foil for her."'
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "mixed" and speaker_text(analysis, quote) == "Brock"
    assert len(analysis.shared["quote_fragments"][quote.id]) == 2


@pytest.mark.parametrize("text, speaker", [
    ("“I am ready to start. Let us go!” she emailed her sister on Monday.", "she"),
    ("“Did you know it was a forgery?” Todd asked the candidate.", "Todd"),
])
def test_trailing_cue_with_an_object_after_a_closed_sentence(parse, text, speaker):
    # the sentence runs on after the quote, or the object is the person addressed: the verb is the quote's cue
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker_text(analysis, quote) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Mr. Lane was prompted to say, “I cannot believe how calm it has been up here.”", "Mr. Lane"),
    ("Mr. Ross deflected questions before saying, “It is time to stop attacking people and get on message.”",
     "Mr. Ross"),
])
def test_leading_cue_whose_speaker_is_up_the_verb_chain(parse, text, speaker):
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker_text(analysis, quote) == speaker


def test_inverted_name_tagged_as_an_adverb_still_speaks():
    # “It is valuable,” said Skelly, explaining it.  -- the tagger took the unknown name for an adverb
    words = ["“", "It", "is", "valuable", ",", "”", "said", "Skelly", ",", "explaining", "it", "."]
    spaces = [False, True, True, False, False, True, True, False, True, True, False, False]
    heads = [6, 2, 6, 2, 6, 6, 6, 6, 6, 6, 9, 6]
    deps = ["punct", "nsubj", "ccomp", "acomp", "punct", "punct", "ROOT", "advmod", "punct", "advcl", "dobj",
            "punct"]
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "ADV", "PUNCT", "VERB", "PRON", "PUNCT"]
    lemmas = ["“", "it", "be", "valuable", ",", "”", "say", "skelly", ",", "explain", "it", "."]
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    found = [a for a in _extract(doc) if a.kind == "direct"]
    assert len(found) == 1 and doc.text[found[0].speaker[0]:found[0].speaker[1]] == "Skelly"


def test_leading_cue_after_a_name_parsed_as_an_apposition():
    # In a statement, her aide, Jo Kent, said: “We will win.”  -- "Kent" hung on "statement"; "said" has no subject
    words = ["In", "a", "statement", ",", "her", "aide", ",", "Jo", "Kent", ",", "said", ":", "“", "We", "will",
             "win", ".", "”"]
    spaces = [True, True, False, True, True, False, True, True, False, True, False, True, False, True, True,
              False, False, False]
    heads = [10, 2, 0, 2, 5, 2, 5, 8, 5, 10, 10, 10, 15, 15, 15, 10, 15, 15]
    deps = ["prep", "det", "pobj", "punct", "poss", "appos", "punct", "compound", "appos", "punct", "ROOT",
            "punct", "punct", "nsubj", "aux", "ccomp", "punct", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT",
           "PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[10], lemmas[15] = "say", "win"
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    found = [a for a in _extract(doc) if a.kind == "direct"]
    assert len(found) == 1 and doc.text[found[0].speaker[0]:found[0].speaker[1]] == "Jo Kent"
    assert doc.text[found[0].start:found[0].end] == "“We will win.”"


@pytest.mark.parametrize("text", [
    "In an interview with “Fox and Friends,” Senator Lane pointed out that the plan had failed.",
    "The network has a similar plan for “Unplugged,” which returns in May.",
])
def test_name_in_quotes_inside_a_sentence_is_not_a_direct_quote(parse, text):
    # a title-cased quotation continuing a sentence begun before it names a show or a slogan; the cue after it
    # reports something else
    analysis = parse(text)
    assert all(q.kind != "direct" and not q.text.startswith("In an interview") for q in analysis.quotes)
    assert not any(q.text.startswith(("The network", "In an")) for q in analysis.quotes)


def test_reporting_idiom_introduces_a_quote(parse):
    # "as X put it": the object "it" belongs to the cue (reporting_idioms in quotes_cues.yaml)
    analysis = parse("As the senator put it, “We cannot wait for another storm to hit this coast.”")
    quote = only(analysis)
    assert quote.kind == "direct" and quote.text.startswith("“We cannot")
    assert speaker_text(analysis, quote) == "the senator"


@pytest.mark.parametrize("text, speaker", [
    ("Reid: ‘Never Underestimate Him.’\n\nHarry Reid has some advice for Democrats on Monday.", "Reid"),
    ("Governor Lane: ‘We Will Rebuild.’\n\nThe governor spoke in the capital on Monday.", "Lane"),
])
def test_headline_quoting_its_speaker(parse, text, speaker):
    # title case and few words are normal in a headline line "Name: '...'"; the quote is the speaker's
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker in speaker_text(analysis, quote)


def test_headline_colon_does_not_make_a_one_word_scare_quote_speech(parse):
    analysis = parse("Poll: ‘Undecided’\n\nMany voters have not chosen a candidate yet, the survey found.")
    assert all(q.kind != "direct" for q in analysis.quotes)


@pytest.mark.parametrize("text", [
    "It is safe to say that the governor is referring to the border.",
    "All this is to say that there is not a lot of movement in the race.",
])
def test_author_voice_infinitive_is_not_a_report(parse, text):
    # "it is safe to say", "this is to say": the infinitive's apparent subject does not speak
    assert parse(text).quotes == []


def test_mistagged_participle_question_has_no_speaker():
    # Asked whether it works, Lane said it does.  -- "Asked" tagged as a past tense; the asker is not named
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["Asked", "whether", "it", "works", ",", "Lane", "said", "it", "does", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, True, True, False, True, True, True, True, False, False],
              heads=[6, 3, 3, 0, 6, 6, 6, 8, 6, 6],
              deps=["advcl", "mark", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
              pos=["VERB", "SCONJ", "PRON", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "AUX", "PUNCT"],
              tags=["VBD", "IN", "PRP", "VBZ", ",", "NNP", "VBD", "PRP", "VBZ", "."],
              lemmas=["ask", "whether", "it", "work", ",", "Lane", "say", "it", "do", "."])
    found = _extract(doc)
    assert [doc.text[a.start:a.end] for a in found] == ["it does"]


@pytest.mark.parametrize("text, speaker", [
    ("Students gathering outside the ministry chanted “Free our teachers!” until dawn.", "Students"),
    ("The candidate walked onto the stage, chanting “We will win!”", "The candidate"),
])
def test_short_quotation_cried_out_is_speech(parse, text, speaker):
    # a quotation right after a verb of crying out (outcry_verbs) is the words uttered, however short
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and quote.text.startswith("“") and speaker_text(analysis, quote) == speaker


def test_outcry_verbs_come_from_the_lexicon():
    from eventwire.knowledge.cues import load_quote_cues

    assert {"chant", "yell", "shout"} <= load_quote_cues().outcry_verbs


@pytest.mark.parametrize("text, speaker", [
    ("What it means for the race - More from Jane Roe: “The partisanship of a state is only a starting point.”",
     "Roe"),
    ("Not all surveys agree. From the study: “On average, polls with larger samples miss by less.”",
     "study"),
])
def test_verbless_source_phrase_before_a_colon(parse, text, speaker):
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker in speaker_text(analysis, quote)


def test_colon_after_an_object_noun_with_a_participle_modifier(parse):
    # "issued the following statement:" -- the participle modifying the noun is not the clause's verb
    text = ("After the flood on Sunday, the governor issued the following statement:\n\n"
            "“Every family that lost a home will get help, and we will rebuild the town together.”")
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker_text(analysis, quote) == "the governor"


def test_two_word_quotation_after_the_cue_sentence_continues_the_quote(parse):
    # scare quotes are single words (scare_quote_max_words: 1); "Big time." goes on with the speaker's words
    text = "“It is taxing on our resources,” Lane said. “Big time.”"
    analysis = parse(text)
    quote = only(analysis)
    pieces = [text[s:e] for s, e in analysis.shared["quote_fragments"][quote.id]]
    assert pieces == ["“It is taxing on our resources,”", "“Big time.”"]


def test_quotation_run_into_its_clause_is_part_of_a_mixed_content(parse):
    # no comma or colon before the quotation: it is a phrase of the reported clause (embedded_quote_max_words)
    text = ("Lane said the party was engaged in misguided mischief that shows its “disconnect with what is going "
            "on with voters.”")
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "mixed" and quote.text.startswith("the party was engaged")


def test_quotation_inside_an_opening_asked_clause_is_not_the_answerers(parse):
    # "Asked whether ..." quotes an unnamed asker's question (question_verbs in quotes_cues.yaml)
    text = ("Asked whether the mayor “has the experience to run the city well,” 60 percent of "
            "voters said no.")
    analysis = parse(text)
    assert all(not q.text.startswith("“has the experience") for q in analysis.quotes)


def test_inverted_cue_before_a_colon(parse):
    # "Said Ellis:" -- the tagger tends to make the verb part of the name
    text = ("Tax cuts are hard to sell to the middle class. Said Ellis: “I don’t get the sense she is the least bit "
            "interested in tax reform.”")
    analysis = parse(text)
    quote = only(analysis)
    assert quote.kind == "direct" and speaker_text(analysis, quote) == "Ellis"


def test_inverted_speaker_parsed_as_the_cues_object():
    # “We won!” wrote a man.  -- the parser made the inverted subject the verb's object
    words = ["“", "We", "won", "!", "”", "wrote", "a", "man", "."]
    spaces = [False, True, False, False, True, True, True, False, False]
    heads = [2, 2, 5, 2, 5, 5, 7, 5, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "det", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["“", "we", "win", "!", "”", "write", "a", "man", "."]
    doc = _built_doc(words, heads, deps, pos, lemmas, spaces)
    found = [a for a in _extract(doc) if a.kind == "direct"]
    assert len(found) == 1 and doc.text[found[0].speaker[0]:found[0].speaker[1]] == "a man"


# ------------------------------------------------------------------------------------ hard-wrapped lines
def test_hard_wrapped_line_does_not_cut_a_direct_quote(parse):
    text = ('The mayor opened the fair on Monday and told the crowd: "What a splendid\n'
            '    afternoon for all of us!"\n'
            '    The fair runs until Sunday.')
    quote = only(parse(text))
    assert quote.text.endswith('for all of us!"')
    assert quote.cue.text == "told"


def test_hard_wrapped_line_does_not_cut_reported_speech(parse):
    text = ("The council says the repairs will cost more than the whole budget of the\n"
            "    library.\n"
            "    Work starts in May.")
    quote = only(parse(text))
    assert quote.kind == "indirect"
    assert quote.text.rstrip(".").endswith("budget of the\n    library")


def test_only_a_lowercase_line_continues_its_paragraph():
    text = "The vote was close\nSenators left early.\n  and the hall\n\nemptied."
    first, second = (0, 18), (19, len("The vote was close\nSenators left early.\n  and the hall"))
    spans = paragraph_spans(text)
    assert spans[:2] == [first, second]  # a capital starts a paragraph; a lowercase line continues one
    assert len(spans) == 3  # a blank line always ends a paragraph


def test_a_quotation_goes_on_over_a_hard_line_wrap(pipeline_factory):
    from eventwire.document import Article

    indent = "\n            "
    text = ("The single mother had feared for weeks that she would not be able to buy presents for her" + indent
            + "two children. On Wednesday, Ann Lavoie told reporters the decision was \"absolutely terrible. It was"
            + indent + "One of the worst things I had to do,\" and that she would appeal the ruling in the" + indent
            + "new year with the help of her union and of a lawyer.")
    analysis = pipeline_factory("actors", "quotes").analyse(Article(text=text))
    quote = next(q for q in analysis.quotes if "absolutely" in q.text)
    assert "I had to do" in quote.text
    assert next(a for a in analysis.actors if a.id == quote.speaker).name == "Ann Lavoie"


def test_a_reported_content_leaves_out_a_mixed_case_dateline(pipeline_factory):
    from eventwire.document import Article

    text = "Hanoi (VNA) – Vietnam always supports closer trade ties, said General Secretary Nguyen Phu Trong."
    analysis = pipeline_factory("actors", "quotes").analyse(Article(text=text))
    assert [q.text for q in analysis.quotes] == ["Vietnam always supports closer trade ties"]
    assert not any(m.start < text.index("Vietnam") for a in analysis.actors for m in a.mentions)


def test_a_quote_runs_on_over_lines_of_one_sentence_each(pipeline_factory):
    from eventwire.document import Article
    from eventwire.stages.quotes.marks import find_quotations

    text = ('The meeting ran long.\n"We both hope for calm.\nWe both will work hard for it.\n'
            'And we trust each other now," the minister said after the meeting.\n'
            '"Many will be surprised.\n\nThe next line is a new paragraph.')
    quotes = find_quotations(text)
    assert text[quotes[0].start:quotes[0].end].startswith('"We both hope') and quotes[0].closed
    assert text[quotes[0].start:quotes[0].end].endswith('each other now,"')
    # a blank line ends a quote no mark closes
    assert not any(q.start < text.index("The next line") < q.end for q in quotes)
    analysis = pipeline_factory("actors", "quotes").analyse(Article(text=text))
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    assert direct and direct[0].text.startswith('"We both hope')
