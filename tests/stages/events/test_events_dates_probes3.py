"""times and events stages, fourth date probe round: a future weekday under a noun the tagger reads as a verb, a
possessive day an upcoming event is awaited by, and the date of a headline's event (invented mini-articles)."""

from __future__ import annotations

from eventwire.document import Article

from .. import stage_helpers


def time_values(pipeline, text: str, published: str = "2026-11-25") -> dict[str, str | None]:
    return stage_helpers.time_values(pipeline, text, published)


def dates_of(pipeline, text: str, trigger: str, published: str = "2026-11-25") -> list[str | None]:
    return stage_helpers.event_dates(pipeline, text, trigger, published)


def test_a_weekday_after_a_noun_read_as_a_bare_verb_shares_the_future_of_its_clause(times_pipeline):
    # 'deal' is tagged as a verb with no auxiliary of its own; the clause's 'will vote' looks ahead
    text = "Lawmakers will vote on the ceasefire deal on Thursday, the speaker's office said."
    assert time_values(times_pipeline, text)["Thursday"] == "2026-11-26"


def test_a_second_verb_sharing_will_looks_ahead(times_pipeline):
    text = "The two ministers will meet in Lisbon and sign the fisheries accord on Friday, an aide said."
    assert time_values(times_pipeline, text)["Friday"] == "2026-11-27"


def test_a_possessive_day_after_ahead_of_in_a_future_clause_is_ahead(times_pipeline):
    text = "Police will close the main bridge ahead of Saturday's mayoral runoff, a spokeswoman said on Monday."
    assert time_values(times_pipeline, text)["Saturday"] == "2026-11-28"


def test_a_possessive_day_an_act_looks_back_on_stays_behind(times_pipeline):
    # guards the rule above: a future clause about an event already reported keeps it in the past
    text = "Detectives will question two men over Saturday's shooting at the depot, police said."
    assert time_values(times_pipeline, text)["Saturday"] == "2026-11-21"
    text = "Police arrested six men ahead of Saturday's mayoral runoff, a spokeswoman said."
    assert time_values(times_pipeline, text)["Saturday"] == "2026-11-21"


def test_a_headline_event_is_dated_by_the_lead_sentence(full_pipeline):
    text = ("Rebels seize army post near river crossing\n\n"
            "MOPTI, Mali (AP) — Rebel fighters stormed an army post near a river crossing on Monday, killing at "
            "least six soldiers, a military spokesman said.\n\nThe army sent reinforcements to the area.")
    assert dates_of(full_pipeline, text, "seize") == ["2026-11-23"]


def test_a_headline_event_does_not_take_the_start_date_of_a_later_back_reference(full_pipeline):
    text = ("Students clash with police in Vilnius\n\n"
            "VILNIUS, Lithuania (Reuters) - Students clashed with riot police outside the ministry late on Monday, "
            "the police said.\n\nThe protests started on Oct. 14, after tuition fees were doubled.")
    assert dates_of(full_pipeline, text, "clash")[0] == "2026-11-23"


def test_a_headline_event_stays_undated_when_the_lead_names_two_days(full_pipeline):
    # guards the rule above: a lead telling acts on two days does not say which one the headline is
    text = ("Rebels seize army post near river crossing\n\n"
            "MOPTI, Mali (AP) — Rebel fighters stormed an army post near a river crossing on Monday, a day after "
            "they shelled a market on Sunday, a military spokesman said.")
    assert dates_of(full_pipeline, text, "seize") == [None]


def place_of(pipeline, text: str, trigger: str) -> tuple[str | None, str | None]:
    analysis = pipeline.analyse(Article(text=text, published="2026-11-25"))
    names = {p.id: p.name for p in analysis.places}
    found = [(names.get(e.place), e.place_rule) for e in analysis.events
             if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}"
    return found[0]


def test_fighting_that_resumes_is_where_the_sentence_before_put_it(full_pipeline):
    text = ("BENGHAZI, Libya (AP) — Rival brigades clashed in the coastal town of Sirte on Friday, leaving three "
            "dead. Fighting resumed on Sunday, a resident said.")
    assert place_of(full_pipeline, text, "Fighting") == ("Sirte", "story")


def test_fighting_that_spreads_is_not_placed_where_the_story_was(full_pipeline):
    # guards the rule above: 'spread' takes the act somewhere else
    text = ("BENGHAZI, Libya (AP) — Rival brigades clashed in the coastal town of Sirte on Friday, leaving three "
            "dead. Fighting spread on Sunday, a resident said.")
    assert place_of(full_pipeline, text, "Fighting")[1] != "story"


def test_the_attack_a_reaction_names_is_the_one_told_before_not_a_new_one_on_the_reaction_day(full_pipeline):
    text = ("MOPTI, Mali (AP) — Gunmen attacked a cattle market near Djenne on Monday, killing at least 12 "
            "traders, officials said. The African Union condemned the attack on Tuesday.")
    analysis = full_pipeline.analyse(Article(text=text, published="2026-11-25"))
    attacks = [e for e in analysis.events if any(s.text == "attack" for s in e.triggers)]
    assert len(attacks) == 1 and attacks[0].date == "2026-11-23"
    assert any(s.text == "attacked" for s in attacks[0].triggers)


def test_the_attack_dated_in_its_own_phrase_on_another_day_stays_apart(full_pipeline):
    # guards the rule above: a day inside the noun's phrase that no verb event shares is the noun's own
    text = ("MOPTI, Mali (AP) — Gunmen attacked a cattle market near Djenne on Monday. The regional governor "
            "said the attack on Sunday night had been repelled by villagers.")
    analysis = full_pipeline.analyse(Article(text=text, published="2026-11-25"))
    attacked = [e for e in analysis.events if any(s.text == "attacked" for s in e.triggers)]
    assert attacked and not any(s.text == "attack" for s in attacked[0].triggers)


def test_a_clause_a_day_after_is_dated_a_day_before_its_main_clause(full_pipeline):
    text = ("MOPTI, Mali (AP) — Soldiers raided a militant camp near the river on Tuesday, a day after gunmen "
            "ambushed a supply convoy.")
    assert dates_of(full_pipeline, text, "ambushed") == ["2026-11-23"]


def test_a_measured_after_clause_counts_from_the_day_the_main_clause_goes_on_from(full_pipeline):
    text = ("MOPTI, Mali (AP) — Soldiers raided a militant camp near the river on Tuesday. The raid came two days "
            "after gunmen ambushed a supply convoy.")
    assert dates_of(full_pipeline, text, "ambushed") == ["2026-11-22"]


def test_a_measured_after_clause_with_its_own_day_keeps_it(full_pipeline):
    # guards the rule above: the clause's own calendar day wins over the count
    text = ("MOPTI, Mali (AP) — Soldiers raided a militant camp near the river on Tuesday, two days after gunmen "
            "ambushed a supply convoy on Saturday.")
    assert dates_of(full_pipeline, text, "ambushed") == ["2026-11-21"]


def test_an_act_with_no_subject_of_its_own_is_where_the_act_it_hangs_on_was(full_pipeline):
    text = ("NIAMEY, Niger (AP) — Jihadists on Monday overran an army base in the town of Tillaberi. There, soldiers "
            "battled the attackers for several hours before retreating, the army said.")
    assert place_of(full_pipeline, text, "retreating") == ("Tillabéri", "sentence")


def test_an_act_with_its_own_subject_does_not_take_the_place_of_the_act_it_hangs_on(full_pipeline):
    # guards the rule above: 'until reinforcements withdrew' is told of other doers, placed by nothing of its own
    text = ("NIAMEY, Niger (AP) — Jihadists on Monday overran an army base in the town of Tillaberi. There, soldiers "
            "battled the attackers for several hours until reinforcements withdrew, the army said.")
    assert place_of(full_pipeline, text, "withdrew")[1] == "dateline"


def test_a_present_perfect_does_not_take_the_day_of_the_sentence_before(full_pipeline):
    text = ("LUSAKA, Zambia (AP) — Police detained 9 union leaders in Lusaka on Monday. The government has long "
            "accused the union of inciting violence.")
    assert dates_of(full_pipeline, text, "accused") == [None]


def test_a_simple_past_still_goes_on_with_the_day_of_the_sentence_before(full_pipeline):
    # guards the rule above
    text = ("LUSAKA, Zambia (AP) — Police detained 9 union leaders in Lusaka on Monday. The officers also accused "
            "the union of inciting violence.")
    assert dates_of(full_pipeline, text, "accused") == ["2026-11-23"]


def test_an_after_clause_without_a_day_of_its_own_takes_no_day_from_the_sentence_before(full_pipeline):
    text = ("QUITO, Ecuador (AP) — Truckers blocked highways across the country on Tuesday. The blockades began on "
            "Saturday after a court barred the union leader from office.")
    assert dates_of(full_pipeline, text, "barred") == [None]


def test_a_lead_that_names_no_day_tells_what_its_headline_dated(full_pipeline):
    text = ("Gunmen kill four at market in Mali's Segou region on Sunday\n\n"
            "SEGOU, Mali (AP) — Gunmen opened fire on traders at a cattle market, killing four, officials said.")
    assert dates_of(full_pipeline, text, "opened fire") == ["2026-11-22"]


def test_an_ordinal_second_before_a_noun_is_no_duration(times_pipeline):
    text = "Dockers picketed the port on Monday as the strike entered a second week."
    assert "a second" not in time_values(times_pipeline, text)


def test_an_event_noun_with_a_time_of_its_own_is_dated_by_it(full_pipeline):
    text = ("MANILA (Reuters) - The Philippines protested on Monday against Beijing's deployment of a research vessel "
            "in disputed waters last week.")
    assert dates_of(full_pipeline, text, "deployment") == ["2026-W47"]


def test_an_event_noun_without_a_time_of_its_own_keeps_its_clauses(full_pipeline):
    # guards the rule above
    text = ("MANILA (Reuters) - The Philippines protested on Monday against Beijing's deployment of a research vessel "
            "in disputed waters.")
    assert dates_of(full_pipeline, text, "deployment") == ["2026-11-23"]


def test_a_back_reference_lends_no_date_its_own_phrase_does_not_name(full_pipeline):
    # 'the crackdown' is dated only by the sentence it sits in; the detentions it refers back to stay undated
    text = ("LUSAKA, Zambia (AP) — Authorities have detained dozens of union organisers in Lusaka, activists say. "
            "Union leaders met with the labour minister on Friday. Analysts say the crackdown shows the limits of "
            "reform.")
    assert dates_of(full_pipeline, text, "detained") == [None]


def test_in_the_same_district_is_where_the_story_last_placed_an_act(full_pipeline):
    text = ("PESHAWAR, Pakistan (AP) — A roadside bomb hit a police van in Bannu on Monday. On Tuesday, gunmen "
            "ambushed a checkpoint in the same district.")
    assert place_of(full_pipeline, text, "ambushed") == ("Bannu", "anaphor")


def test_in_the_same_district_with_no_place_told_before_stays_unplaced(full_pipeline):
    # guards the rule above: nothing earlier was placed by its own words
    text = ("PESHAWAR, Pakistan (AP) — A roadside bomb hit a police van on Monday. On Tuesday, gunmen ambushed a "
            "checkpoint in the same district.")
    assert place_of(full_pipeline, text, "ambushed")[1] != "anaphor"
