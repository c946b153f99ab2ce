"""events stage: a checklist of invented news sentences that report no event (a hypothetical, a denial, a question,
an opinion, a game, a figure of speech, history, an anniversary, a statistic, a date set, an obituary...) and of
sentences that report one, for issue #8. A no-event sentence must leave no asserted event; an event sentence must
assert one of the expected type."""

from __future__ import annotations

import pytest

from eventwire.document import Article

from tests.stages.stage_helpers import show

# the publication date the sentences are read against (history is dated before it)
PUBLISHED = "2024-05-10"

NO_EVENT = [
    # hypotheticals and conditionals
    "If the talks fail, the army could launch an offensive on the northern province.",
    "Analysts say the government might impose sanctions on the neighbouring country next year.",
    "Had the convoy left an hour earlier, it would have been ambushed on the mountain road.",
    "Should the ceasefire collapse, the rebels may attack the capital.",
    "The army is considering whether to withdraw its troops from the border.",
    "It remains unclear whether the two sides will sign the agreement.",
    # denials and negations
    "The defence ministry denied that its aircraft had bombed the village.",
    "The opposition leader denied meeting the foreign envoy in secret.",
    "The two presidents have not met since the election.",
    "No shots were fired at the border crossing on Sunday.",
    "The government has not yet sent troops to the region.",
    "The rebels have never attacked a hospital, their spokesman said.",
    "Reports that the minister had been arrested proved false.",
    "Rumours that troops had crossed the border turned out to be untrue.",
    # questions
    "Will the union call a strike before the holidays?",
    "Could the two leaders meet again before the election?",
    # wishes and acts of anyone at all
    "The mayor hopes to meet the protesters next week.",
    "Anyone who attacks our soldiers will be punished.",
    "Any group that seizes farmland will face prosecution.",
    # opinions
    "The minister believes that dialogue is the best way to end the conflict.",
    "Many economists think the currency is overvalued.",
    "The editorial argued that the country needs a stronger navy.",
    "It is unacceptable to attack civilians.",
    "It would be a mistake to send troops.",
    # declining to comment
    "The spokesman declined to comment on the report.",
    "The ministry refused to confirm the number of casualties.",
    # sport
    "The striker scored twice as City beat United 3-1 in the derby.",
    "Their defence crumbled under a relentless attack in the second half of the match.",
    "The veteran boxer knocked out his rival in the fifth round of the title fight.",
    "The home side stormed back in the final quarter to win the championship game.",
    "The young tennis star stormed into the semi-finals.",
    "The sprinter shot out of the blocks and won gold.",
    # figures of speech
    "The carmaker declared war on rising costs.",
    "The opposition is gunning for the finance minister.",
    "Smartphone makers are locked in a bitter price war.",
    "The new tax bill came under fire from business groups.",
    "The central bank kept interest rates unchanged.",
    "The dollar retreated against the yen on Friday.",
    "Oil prices surrendered early gains.",
    "Stocks rallied after the central bank cut rates.",
    "The index advanced 2 percent.",
    "The match was a real battle between two fierce rivals.",
    # history and background
    "The city was founded in 1821 by merchants from the coast.",
    "The 1991 invasion left the oil fields burning for months.",
    "He rose to fame during the protests of 1989.",
    "The monument honours soldiers killed in the First World War.",
    "The general, who led the 2003 offensive, died of cancer on Friday.",
    "Memories of the 1982 massacre still haunt the town.",
    # states, possessions and offices
    "The army has about 30,000 soldiers in the region.",
    "He served as foreign minister from 1998 to 2004.",
    # anniversaries
    "Saturday marks the tenth anniversary of the bombing of the central station.",
    "Veterans gathered on the beach to commemorate the 1944 landings.",
    # reports of statistics
    "Unemployment rose to 7 percent in March, the statistics office said.",
    "Exports of grain fell by a third last year.",
    "Crime figures show that burglaries declined in most regions.",
    # dates appointed
    "The election will be held on June 12.",
    "The summit is scheduled for next March in Geneva.",
    "Parliament set October 3 as the date for the referendum.",
    "The minister is expected to visit Japan next month.",
    # obituaries
    "The former prime minister died peacefully at home on Tuesday at the age of 91.",
    "She is survived by her husband and three children.",
    "The author of more than twenty novels, he was born in a small fishing village.",
    # weather, culture and plans
    "The museum will reopen to the public after a two-year renovation.",
    "Rain is expected across the north on Friday.",
    "The film tells the story of a soldier who deserts his unit during the war.",
    "The storm left thousands of families homeless.",
    "Fans are hoping the team can defend its title next season.",
]

ONE_EVENT = [
    ("Police arrested three protesters outside the parliament on Monday.", "COERCE"),
    ("Rebels attacked an army post near the border, killing four soldiers.", "ASSAULT"),
    ("The foreign minister met his Chinese counterpart in Beijing on Tuesday.", "CONSULT"),
    ("The two countries signed a trade agreement on Friday.", "AGREE"),
    ("Thousands of workers marched through the capital to protest against pension cuts.", "PROTEST"),
    ("The European Union imposed sanctions on three oil companies.", "COERCE"),
    ("The government deployed troops to the restive province.", "MOBILIZE"),
    ("Japan sent emergency aid to the flood-hit region.", "AID"),
    ("The president accused the opposition of plotting a coup.", "ACCUSE"),
    ("The prime minister rejected the union's demand for higher wages.", "REJECT"),
    ("Militants threatened to kill the hostages unless a ransom was paid.", "THREATEN"),
    ("The army withdrew its forces from the disputed town.", "RETREAT"),
    ("The opposition called on the president to resign.", "REQUEST"),
    ("The United States pledged support for the new government.", "SUPPORT"),
    ("A suicide bomber blew himself up at a checkpoint, killing six people.", "ASSAULT"),
    ("Troops seized control of the airport.", "COERCE"),
    ("Gunmen kidnapped two aid workers in the north.", "ASSAULT"),
    ("Riot police fired tear gas at demonstrators in the city centre.", "ASSAULT"),
    ("The German chancellor visited Kyiv on Wednesday.", "CONSULT"),
    ("The two leaders spoke by telephone on Thursday.", "CONSULT"),
    ("The World Bank approved a loan of 500 million dollars to Kenya.", "AID"),
    ("The court sentenced the former minister to ten years in prison.", "COERCE"),
    ("Students occupied the university building for three days.", "PROTEST"),
    ("Fighter jets bombed rebel positions near the city.", "ASSAULT"),
    ("Both sides agreed to a ceasefire on Saturday.", "AGREE"),
    ("The two armies clashed along the border overnight.", "ASSAULT"),
    ("Protesters blocked the main highway with burning tyres.", "PROTEST"),
    ("Police raided the offices of the opposition newspaper.", "COERCE"),
    ("The United Nations condemned the attack on the convoy.", "ACCUSE"),
    ("Soldiers opened fire on a crowd of mourners.", "ASSAULT"),
    ("Farmers blockaded the port with tractors.", "PROTEST"),
    ("Lawmakers imposed an embargo on arms sales to the regime.", "COERCE"),
    ("The navy intercepted a ship carrying weapons.", "COERCE"),
    ("The striker was arrested after a brawl outside a nightclub.", "COERCE"),
    ("The government released 200 political prisoners on Sunday.", "RETREAT"),
    ("The president pardoned the jailed journalist.", "CONCEDE"),
    ("France and Germany agreed to cooperate on defence research.", "AGREE"),
    ("The government expelled two Russian diplomats.", "SANCTION"),
    ("The rebels freed the kidnapped engineers after negotiations.", "RETREAT"),
    ("Gunmen set fire to a police station in the north.", "ASSAULT"),
    ("Egypt hosted the Israeli prime minister in Cairo on Monday.", "CONSULT"),
    ("Hundreds of nurses went on strike over unpaid wages.", "PROTEST"),
    ("The army shelled the town, destroying dozens of homes.", "ASSAULT"),
    ("In a speech on Monday, the president threatened to expel foreign journalists.", "THREATEN"),
    # the near misses of the no-event rules: a refusal of what was asked, a protest on an anniversary, a threat of
    # the warner's own act, a departure
    ("Border guards denied the reporters entry to the country.", "REJECT"),
    ("The minister declined the invitation to the summit.", "REJECT"),
    ("Protesters gathered outside the embassy to mark the anniversary of the crackdown.", "PROTEST"),
    ("The rebels warned that they would attack the city within days.", "THREATEN"),
    ("The troops left the town at dawn.", "RETREAT"),
    ("The government refused to withdraw its troops from the border.", "REJECT"),
    ("It was a mistake to invade the country.", "ASSAULT"),
    ("Vandals attacked the war memorial overnight.", "ASSAULT"),
    ("Rebel fighters retreated from the town after heavy shelling.", "RETREAT"),
    ("Reports that the minister had been arrested proved accurate.", "COERCE"),
    ("Police and fans fought a pitched battle outside the stadium after the match.", "ASSAULT"),
]


@pytest.fixture(scope="module")
def pipeline(pipeline_factory):
    return pipeline_factory("actors", "events")


def events_of(pipeline, text: str):
    return pipeline.analyse(Article(text=text, published=PUBLISHED)).events


@pytest.mark.parametrize("text", NO_EVENT)
def test_sentence_that_reports_no_event_asserts_none(pipeline, text):
    asserted = [e for e in events_of(pipeline, text) if e.status == "asserted"]
    assert not asserted, show(asserted)


@pytest.mark.parametrize("text,etype", ONE_EVENT)
def test_sentence_that_reports_an_event_asserts_it(pipeline, text, etype):
    events = events_of(pipeline, text)
    assert any(e.type == etype and e.status == "asserted" for e in events), show(events)
