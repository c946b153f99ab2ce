"""Hand-written framing cases (not benchmark text): opinion pairs and stance-sign sentences."""

# (neutral wire report, commentary on the same facts)
OPINION_PAIRS = [
    (
        "The city council voted 7-2 on Tuesday to raise bus fares by 10 percent from March, officials said. "
        "The transport department said the increase would cover rising fuel costs.",
        "Once again our city council has decided that we, the people who actually ride the buses, should pay for "
        "its own incompetence. A shameless 10 percent fare hike! Who exactly do these so-called leaders think they "
        "are serving?",
    ),
    (
        "Police arrested 12 people after a protest outside parliament turned violent on Saturday, according to a "
        "police statement. Two officers were treated for minor injuries.",
        "We watched in horror as thugs posing as 'peaceful' protesters attacked our brave officers outside "
        "parliament. How much longer will we tolerate this lawless mob?",
    ),
    (
        "The central bank kept its benchmark interest rate unchanged at 4.5 percent on Thursday, the bank said in "
        "a statement. Analysts had expected the decision.",
        "The central bank has yet again failed us. Its cowardly refusal to act is a disgrace, and ordinary "
        "families will pay the terrible price for this utterly reckless complacency.",
    ),
    (
        "The government announced a plan to build 200,000 homes over five years, the housing minister told "
        "reporters on Monday. The opposition said the target was too low.",
        "Another empty promise from a government that has never built anything! We have heard it all before, "
        "and we are simply sick of these absurd, fake targets.",
    ),
    (
        "Heavy rain caused flooding in three northern districts on Wednesday, the weather service reported. "
        "Authorities said 300 residents were evacuated.",
        "Why, we must ask, were our northern districts once again left utterly defenceless against floods that "
        "everyone saw coming? This shameful neglect is a scandal.",
    ),
    (
        "The company reported a quarterly profit of 2.1 billion dollars, up 8 percent from a year earlier, in a "
        "filing on Friday. It said it would cut 1,500 jobs.",
        "Obscene profits for the greedy bosses, the sack for 1,500 loyal workers. Is this really the economy we "
        "want? We should be furious at this disgusting greed.",
    ),
    (
        "The health ministry said 45 new cases of measles were recorded last week, mostly among children. "
        "It urged parents to vaccinate.",
        "Measles is back, and we all know who to blame: the ignorant anti-vaccine cranks and the spineless "
        "ministry that let their dangerous lies spread. What a tragedy!",
    ),
    (
        "The two leaders met in Geneva on Monday and agreed to resume talks on trade, a joint statement said. "
        "No date was set for the next round.",
        "Our president went to Geneva and shamefully caved in to a hostile regime. Make no mistake: this "
        "so-called agreement is a humiliating betrayal of everything we stand for.",
    ),
    (
        "The school board approved a new history curriculum by a vote of 5 to 4, the district said in a "
        "statement on Tuesday.",
        "We are witnessing the brainwashing of our children. The radical school board has rammed through a "
        "disgraceful curriculum, and who will stop them?",
    ),
    (
        "Prosecutors charged the former mayor with fraud on Wednesday, according to court documents. "
        "His lawyer said he would plead not guilty.",
        "Finally! The crooked former mayor, a shameless liar who robbed us for years, is facing justice. "
        "Did anyone seriously believe his pathetic excuses?",
    ),
    (
        "Wildfires burned about 5,000 hectares in the south over the weekend, the fire service said. "
        "Firefighters contained most of the blazes by Sunday evening.",
        "Our heroic firefighters saved the south this weekend while the incompetent bureaucrats did absolutely "
        "nothing. We owe these brave men and women everything.",
    ),
]

# (text, actor name as written, expected sign: +1 favourable, -1 hostile)
STANCE_CASES = [
    ("The brutal regime of Ivanov massacred hundreds of innocent villagers.", "Ivanov", -1),
    ("Dr Amina Yusuf, a brilliant and generous surgeon, saved dozens of lives.", "Amina Yusuf", +1),
    ("Greenpeace heroically rescued the stranded whales.", "Greenpeace", +1),
    ("The corrupt senator Blake lied to voters again.", "Blake", -1),
    ("Smith is a disgraceful liar and a coward.", "Smith", -1),
    ("Maria Lopez is a wonderful, inspiring leader.", "Maria Lopez", +1),
    ("The Red Cross delivered desperately needed aid and comfort to the survivors.", "Red Cross", +1),
    ("Acme Corp shamelessly cheated thousands of loyal customers.", "Acme Corp", -1),
    ("The hateful extremists of the Northern Front murdered two teachers.", "Northern Front", -1),
    ("Nurse Kim bravely cared for the sick during the outbreak.", "Kim", +1),
    ("The reckless and incompetent Governor Hale destroyed the state economy.", "Hale", -1),
    ("Volunteers from Hope Shelter kindly welcomed the refugees.", "Hope Shelter", +1),
    ("Thugs loyal to Karimov brutally beat peaceful protesters.", "Karimov", -1),
    ("Peaceful protesters were brutally beaten by police loyal to Karimov.", "protesters", +1),
    ("Brave Kurdish fighters repelled the barbaric ISIS terrorists.", "ISIS", -1),
    ("Brave Kurdish fighters repelled the barbaric ISIS terrorists.", "Kurdish", +1),
    ("Mayor Chen has not failed the city; she has delivered excellent results.", "Chen", +1),
    ("Professor Osei won a well-deserved award for her excellent research.", "Osei", +1),
    ("Senator Ward viciously attacked the grieving families.", "Ward", -1),
    ("The grieving families were viciously attacked by Senator Ward.", "Ward", -1),
    ("UNICEF generously funded clean water for 50 villages.", "UNICEF", +1),
    ("The greedy bankers at Sterling Bank ruined thousands of families.", "Sterling Bank", -1),
    ("Captain Rossi heroically saved the crew from the sinking ship.", "Rossi", +1),
    ("The dishonest propaganda of Zorin's government poisoned the debate.", "Zorin", -1),
    # The actors stage may keep evaluative modifiers inside the mention itself.
    ("The reckless, corrupt regime threatened its neighbours.", "reckless, corrupt regime", -1),
]
