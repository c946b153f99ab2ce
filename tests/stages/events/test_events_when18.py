"""times and events stages, evwhen18 round (invented mini-articles): each event's own date in a story filed on its
dateline's day and published a few days later; "starting Monday" told of a measure declared from now."""

from __future__ import annotations

import pytest

from .. import stage_helpers


@pytest.mark.parametrize("text,trigger,published,value", [
    # filed on Friday Nov 20, published on Tuesday Nov 24: the days count from the dateline's Friday
    ("MOROTO, Nov 20 (Wire) - Gunmen ambushed a bus near Kotido late on Saturday, killing three traders, "
     "police said.", "ambushed", "2026-11-24", "2026-11-14"),
    ("PELDA, Nov 20 (Wire) - Troops stormed a rebel camp outside Varnow on Tuesday, the army said.",
     "stormed", "2026-11-24", "2026-11-17"),
    # guard: the dateline on the publication day changes nothing
    ("PELDA, Nov 24 (Wire) - Troops stormed a rebel camp outside Varnow on Tuesday, the army said.",
     "stormed", "2026-11-24", "2026-11-24"),
])
def test_days_count_from_a_dateline_a_few_days_before_publication(full_pipeline, text, trigger, published, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, published) == [value]


@pytest.mark.parametrize("text,expr,published,value", [
    ("TORVA, Nov 19 (Wire) - Militiamen torched a market on Monday, residents said.", "Monday", "2026-11-23",
     "2026-11-16"),
])
def test_a_weekday_counts_from_a_recent_dateline(times_pipeline, text, expr, published, value):
    assert stage_helpers.time_values(times_pipeline, text, published)[expr] == value


@pytest.mark.parametrize("text,expr,value", [
    # published on Sunday 2026-11-22: a period declared from now, or told in a clause that looks ahead, starts on
    # the coming weekday
    ("The cabinet declared three days of mourning starting Monday.", "Monday", "2026-11-23"),
    ("The governor ordered markets shut starting Tuesday.", "Tuesday", "2026-11-24"),
    ("The opposition will hold a two-day rally beginning Wednesday in Ostrel.", "Wednesday", "2026-11-25"),
    # guard: a past act with no declaring verb may have begun already
    ("Dockers walked off the job starting Monday, their union said.", "Monday", "2026-11-16"),
])
def test_a_period_declared_from_now_starts_on_the_coming_weekday(times_pipeline, text, expr, value):
    assert stage_helpers.time_values(times_pipeline, text, "2026-11-22")[expr] == value


@pytest.mark.parametrize("text,trigger,value", [
    # published on Tuesday 2026-11-24: a night or morning named from the day the story is at
    ("Militiamen stormed a police post in Doruna on Friday. That night, looters raided shops in the town.",
     "raided", "2026-11-20TNI"),
    ("Pirates seized a trawler off Kelmar on Nov. 12. The crew were freed the following morning.",
     "freed", "2026-11-13TMO"),
])
def test_a_night_or_morning_of_the_story_day(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-24") == [value]


@pytest.mark.parametrize("text,trigger,value", [
    # a "when" clause on a day, its conjunct with no subject of its own and its bare participle all happened then
    ("The uprising began on Oct. 3, when gunmen crossed the river near Telsa and overran a police post, "
     "wounding six officers.", "overran", "2026-10-03"),
    # guard: the participle already had it
    ("The uprising began on Oct. 3, when gunmen crossed the river near Telsa and overran a police post, "
     "wounding six officers.", "wounding", "2026-10-03"),
])
def test_conjuncts_of_a_when_clause_share_its_day(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-24") == [value]


def _place_name(analysis, event) -> str | None:
    return next((p.name for p in analysis.places if p.id == event.place), None)


@pytest.mark.parametrize("text,trigger,place,value", [
    # a clause set in an event the sentence before told ("during the clashes", "in the blast") is there and then
    ("ZOMBA, Nov 21 (Wire) - Traders fought with municipal guards in Kasungu on Friday. A vendor was stabbed "
     "during the clashes, his brother said.", "stabbed", "Kasungu", "2026-11-20"),
    ("ZOMBA, Nov 21 (Wire) - A grenade exploded at a bus stop in Kasungu on Thursday. Three porters were "
     "wounded in the explosion.", "wounded", "Kasungu", "2026-11-19"),
])
def test_a_clause_set_in_the_event_told_before_is_there_and_then(full_pipeline, text, trigger, place, value):
    from eventwire.document import Article
    analysis = full_pipeline.analyse(Article(text=text, published="2026-11-23"))
    found = [e for e in analysis.events if any(trigger in s.text for s in e.triggers)]
    assert [(_place_name(analysis, e), e.date) for e in found] == [(place, value)]


@pytest.mark.parametrize("text,trigger,value", [
    # a year naming the noun ("the 2017 mayoral election") is not the act's time when the clause tells its own
    ("The 2017 mayoral election was annulled by the supreme court the following year.",
     "annulled", "2018"),
])
def test_a_year_naming_a_noun_gives_way_to_the_clause_time(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-23") == [value]


@pytest.mark.parametrize("text,trigger,value", [
    # a measure from an act told before, opening a sentence with no day of its own, counts from the last day named
    ("Militiamen shelled the port of Marisco on Nov. 3. Three days after the shelling, they stormed its customs "
     "house.", "stormed", "2026-11-06"),
    ("Guards beat striking dockers on Oct. 14. The day after the beating, police detained four union leaders.",
     "detained", "2026-10-15"),
    # months count from the last month named, however fine the day named before it
    ("Police arrested the banker on June 2, 2024. He was held in Varna in August 2024 and was extradited two "
     "months later.", "extradited", "2024-10"),
    # guard: a sentence with a day of its own keeps it
    ("Police detained the courier on Tuesday, two days after the raid.", "detained", "2026-11-24"),
])
def test_a_measure_from_an_act_told_before(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-26") == [value]


@pytest.mark.parametrize("text,trigger,value", [
    # "Two days later" moves the story's day, and "that afternoon" is on the day it moved to
    ("The envoy flew to Lome on Sunday. Three days later, she reached Cotonou. Dock workers marched on the port "
     "that afternoon.", "marched", "2026-11-25TAF"),
])
def test_a_measure_later_moves_the_story_day(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-27") == [value]


def _places_and_dates(pipeline, text: str, trigger: str, published: str):
    from eventwire.document import Article
    analysis = pipeline.analyse(Article(text=text, published=published))
    found = [e for e in analysis.events if any(trigger in s.text for s in e.triggers)]
    assert found, f"no event triggered by {trigger!r}"
    return [(_place_name(analysis, e), e.date) for e in found]


@pytest.mark.parametrize("text,trigger,place,value", [
    # the story moved from the dateline to a place the sentence before set an event of the same day in
    ("MAPUTO, Nov 27 (Wire) - Fishermen blockaded the harbour in Inhambane on Thursday morning. Police fired "
     "rubber bullets to scatter the crowd, witnesses said.", "fired", "Inhambane", "2026-11-26TMO"),
    ("MAPUTO, Nov 27 (Wire) - Fishermen blockaded the harbour in Inhambane on Wednesday. Police fired rubber "
     "bullets at them that evening.", "fired", "Inhambane", "2026-11-25TEV"),
    # guards: a new paragraph, and a day of its own, go back to the dateline
    ("MAPUTO, Nov 27 (Wire) - Fishermen blockaded the harbour in Inhambane on Thursday morning.\n\nPolice fired "
     "rubber bullets to scatter the crowd, witnesses said.", "fired", "Maputo", None),
    ("MAPUTO, Nov 27 (Wire) - Fishermen blockaded the harbour in Inhambane on Thursday morning. Police fired "
     "rubber bullets at striking dockers on Friday.", "fired", "Maputo", "2026-11-27"),
])
def test_the_place_the_story_moved_to(full_pipeline, text, trigger, place, value):
    assert _places_and_dates(full_pipeline, text, trigger, "2026-11-28") == [(place, value)]


@pytest.mark.parametrize("text,trigger,value", [
    # "Two days after the raid" opening a sentence moves the story's day, and "the following morning" counts from it
    ("Commandos raided a smugglers' camp on Nov. 10. Two days after the raid, the smugglers ambushed a patrol. "
     "The patrol's driver was freed the following morning.", "freed", "2026-11-13TMO"),
])
def test_a_measure_from_an_act_told_before_moves_the_story_day(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-28") == [value]


@pytest.mark.parametrize("text,trigger,value", [
    # the time of a planned act looking ahead does not date the past act that agreed or promised it
    ("The two premiers agreed to open talks on a fisheries pact next month.", "agreed", None),
    ("The governor promised to reopen the clinic by next June.", "promised", None),
    # guard: the agreeing's own time
    ("The two premiers agreed on Tuesday to open talks on a fisheries pact next month.", "agreed", "2026-11-24"),
])
def test_a_planned_act_time_does_not_date_the_past_agreement(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-27") == [value]


@pytest.mark.parametrize("text,trigger,value", [
    # the day a declared period starts dates the period, not the act declaring it
    ("The junta imposed a curfew starting Monday in the river districts.", "imposed", None),
    ("The governor imposed a ban on rallies effective Friday.", "imposed", None),
    ("On Saturday the junta imposed a curfew starting Monday in the river districts.", "imposed", "2026-11-21"),
    # the period itself, named by a noun, is dated by the day it starts
    ("The dockers' union has called a general strike starting Monday.", "strike", "2026-11-23"),
])
def test_the_start_of_a_declared_period_does_not_date_the_declaring(full_pipeline, text, trigger, value):
    assert stage_helpers.event_dates(full_pipeline, text, trigger, "2026-11-22") == [value]
