# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of readback38 (``grounding_rvreadback38.jsonl``): a reviewer's own
quote-speaker cases at the edges of session 38's salience read-back, what must pass and what
must fail:

- ``rv-pronoun``: a "he"/"she" after a fronted phrase whose own main clause names a subject
  ("In March, Tom Vickers quit, and within a week, he had joined"; "On Tuesday, X told
  colleagues that, if pushed, he would resign": the later "he" is that subject's, not a chain
  back past it), a person who opens a sentence with "its" after a verb ("Marta Selby has run
  its trading arm": still a person), a fronted participle before a capital ("Leaving
  Downing Street, X said", "Praising Y's courage, X said"), a verbless line opened by an
  ordinal or a determiner;
- ``rv-body``: an organisation's description read back, and what it must not reach: a person
  the page sets beside the kind's noun ("Marta Selby, the company's chair"; "X resigned, and
  the company named"), initials of a regulator for "the firm", another one of the kind the
  description's own words set apart ("the tax authority", "the rival airline", "the French
  carmaker", "the Trump administration"), a description that is not the speaker ("Critics of
  the company said", "A former pilot at the airline said"), a nearer subject of the kind
  written without a name ("The family-owned miller rejected it"), an investor written with
  "and the airline has" after it.

Run ``python tests/data/make_rvreadback38_cases.py`` to rebuild it. Every sentence is written
for this set (fictional people, firms and places); each verdict is what a careful
fact-checker reads, decided before the set was run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvreadback38.jsonl")

built = SupportCases(
    "rvrb38",
    leads=[
        "By Priya Ramanathan | The Northgate Ledger",
        "KESTON BAY (Harbour Wire) -",
        "BUSINESS | The Coldwater Tribune",
        "Filed by our political staff, The Marlow Review.",
    ],
)


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(category, words, passes, fails, *paragraphs)


P = "rv-pronoun"
# a fronted phrase, then a clause with a subject of its own, and a later "he" after a comma
quote(
    P,
    [
        "Governor Hugh Dalby thanked the outgoing treasurer at a dinner on Monday.",
        "In March, Tom Vickers quit the cabinet, and within a week, he had joined the opposition benches.",
        '"I had no choice in the end," he said.',
    ],
    "I had no choice in the end,",
    ["Tom Vickers"],
    ["Hugh Dalby"],
)
quote(
    P,
    [
        "Premier Alan Whitcombe defended his budget on the radio on Sunday.",
        "On Tuesday, Finance Minister Rory Blake told colleagues that, if pushed, he would resign over the cuts.",
        '"I will not be anybody\'s scapegoat," he said.',
    ],
    "I will not be anybody's scapegoat,",
    ["Rory Blake"],
    ["Alan Whitcombe"],
)
quote(
    P,
    [
        "Ines Varga won the 400 metres on Saturday evening.",
        "On Sunday, Maria Soto took the 800 metres, and at the medal ceremony, she wept openly.",
        '"I have waited ten years for this," she said.',
    ],
    "I have waited ten years for this,",
    ["Maria Soto"],
    ["Ines Varga"],
)
quote(
    P,
    [
        "Coach Graham Tully named an unchanged side for the derby.",
        "At training on Thursday, striker Danny Roe limped off, and by the evening, he had been ruled out.",
        '"It is the worst timing imaginable," he said.',
    ],
    "It is the worst timing imaginable,",
    ["Danny Roe"],
    ["Graham Tully"],
)
# a fronted phrase straight before the pronoun subject: the chain back is right
quote(
    P,
    [
        "Governor Hugh Dalby toured the flooded streets of Keston on Sunday.",
        "With Mayor Tom Vickers at his side, he promised emergency funds within a week.",
        '"Nobody will be left to cope alone," he said.',
    ],
    "Nobody will be left to cope alone,",
    ["Hugh Dalby"],
    ["Tom Vickers"],
)
quote(
    P,
    [
        "Chancellor Anna Hult opened the new rail link on Friday.",
        "Despite heckling from Councillor Rhys Penn, she praised the engineers.",
        '"This line was built on time and on budget," she said.',
    ],
    "This line was built on time and on budget,",
    ["Anna Hult"],
    ["Rhys Penn"],
)
quote(
    P,
    [
        "Mayor Colm Brady said the bridge would reopen in March.",
        "At the council meeting, she asked why the repair bill had doubled.",
        '"Someone has to answer for this," she said.',
    ],
    "Someone has to answer for this,",
    [],
    ["Colm Brady"],
)
# a person who opens a sentence and writes "its" after a verb is still a "he"/"she"
quote(
    P,
    [
        "Osgood Power has lost money for three years running.",
        "Marta Selby has run its trading arm since 2019.",
        '"We have finally turned the corner," she said.',
    ],
    "We have finally turned the corner,",
    ["Marta Selby"],
    ["Osgood Power"],
)
quote(
    P,
    [
        "Keston council met on Monday night to set next year's rates.",
        "Colm Brady chairs its finance committee.",
        '"Every household will pay a little more," he said.',
    ],
    "Every household will pay a little more,",
    ["Colm Brady"],
    [],
)
quote(
    P,
    [
        "The Halden film festival closed on Sunday with a gala screening.",
        "Karl Ostby took its top prize for a second year.",
        '"I did not expect to be back on this stage," he said.',
    ],
    "I did not expect to be back on this stage,",
    ["Karl Ostby"],
    [],
)
# a fronted participle before a capital is no name
quote(
    P,
    [
        "Prime Minister Hugh Dalby sacked two ministers on Friday.",
        "Leaving Downing Street an hour later, Tom Vickers said he had no regrets.",
        '"I would do it all again," he said.',
    ],
    "I would do it all again,",
    ["Tom Vickers"],
    ["Hugh Dalby"],
)
quote(
    P,
    [
        "Jonas Brekke captained the side for the last time on Saturday.",
        "Praising Karl Ostby's courage, Jonas Brekke said the team owed its title to the young keeper.",
        '"He carried us through the winter," he added.',
    ],
    "He carried us through the winter,",
    ["Jonas Brekke"],
    ["Karl Ostby"],
)
quote(
    P,
    [
        "Visiting Kyiv on Friday, Chancellor Anna Hult pledged two more air-defence batteries.",
        '"We will stay the course," she said.',
    ],
    "We will stay the course,",
    ["Anna Hult"],
    ["Kyiv"],
)
# a verbless line opened by an ordinal or a determiner
quote(
    P,
    [
        "Third title in a row for Karl Ostby, who beat Elias Moen in straight sets.",
        '"I never felt safe until the last point," he said.',
    ],
    "I never felt safe until the last point,",
    [],
    ["Karl Ostby", "Elias Moen"],
)
quote(
    P,
    [
        "Another record for Ines Varga, this time over 1,500 metres in Rome.",
        '"The track was fast and the crowd was loud," she said.',
    ],
    "The track was fast and the crowd was loud,",
    ["Ines Varga"],
    ["Rome"],
)
quote(
    P,
    [
        "Several blows in one week for Senator Ruth Beale, whose bill was shelved on Thursday.",
        '"I am not going anywhere," he said.',
    ],
    "I am not going anywhere,",
    [],
    ["Ruth Beale"],
)

quote(
    P,
    [
        "Coach Graham Tully made three changes at half-time on Saturday.",
        "Amid boos from the away end, he sent on two teenagers.",
        '"They earned their chance in training," he said.',
    ],
    "They earned their chance in training,",
    ["Graham Tully"],
    [],
)
quote(
    P,
    [
        "Transport chief Lena Ortiz published the audit of the tram project on Friday.",
        "Under pressure from Senator Ruth Beale, she released the full cost figures as well.",
        '"Taxpayers deserve to see every line," she said.',
    ],
    "Taxpayers deserve to see every line,",
    ["Lena Ortiz"],
    ["Ruth Beale"],
)
quote(
    P,
    [
        "Coach Dana Whitlock had warned that the heat would decide the race.",
        "In Seville on Monday, Ines Varga broke the world record, and at the finish, she collapsed.",
        '"I could not feel my legs for the last lap," she said.',
    ],
    "I could not feel my legs for the last lap,",
    ["Ines Varga"],
    [],
)
quote(
    P,
    [
        "Ned Corrie, the club's longest-serving manager, confirmed his retirement on Wednesday.",
        '"Eleven years is long enough for anyone," he said.',
    ],
    "Eleven years is long enough for anyone,",
    ["Ned Corrie"],
    [],
)

B = "rv-body"
# a person the page sets beside the kind's noun is not the organisation
quote(
    B,
    [
        "Brennan Textiles will close its last mill in Halton, ending 140 years of weaving in the town.",
        "Marta Selby, the company's chair, told staff at a meeting on Tuesday.",
        '"We kept it open as long as we could," the company said in a statement.',
    ],
    "We kept it open as long as we could,",
    ["Brennan Textiles"],
    ["Marta Selby"],
)
quote(
    B,
    [
        "Ruth Okafor resigned as chief executive of Dunmore Foods on Friday, and the company named its finance chief as interim head.",
        '"The search for a permanent successor has begun," the company said.',
    ],
    "The search for a permanent successor has begun,",
    ["Dunmore Foods"],
    ["Ruth Okafor"],
)
quote(
    B,
    [
        "Skyline Air cancelled 140 flights on Saturday after a fault in its booking system.",
        "Ted Marsh, head of the carrier, apologised to passengers at Keston airport.",
        '"Most flights will run normally on Monday," the airline said.',
    ],
    "Most flights will run normally on Monday,",
    ["Skyline Air"],
    ["Ted Marsh"],
)
# initials of a regulator are not "the firm"
quote(
    B,
    [
        "The SEC fined brokerage firm Calder Street Securities 4 million dollars over late filings.",
        '"We have fixed the reporting lapses," the firm said.',
    ],
    "We have fixed the reporting lapses,",
    ["Calder Street Securities"],
    ["SEC"],
)
quote(
    B,
    [
        "The CMA blocked the merger of two building-supplies chains on Wednesday.",
        'Harrow Timber, the larger of the two, said the ruling "ignores how the market works."',
        '"We are studying the decision and will decide on an appeal," the company said.',
    ],
    "We are studying the decision and will decide on an appeal,",
    ["Harrow Timber"],
    ["CMA"],
)
# a description that is not the speaker
quote(
    B,
    [
        "Halvorsen Steel posted record profits for the year on Thursday.",
        'Critics of the company said the profits "were built on cutting corners at every plant."',
    ],
    "were built on cutting corners at every plant.",
    [],
    ["Halvorsen Steel"],
)
quote(
    B,
    [
        "Pemberton Airways grounded four jets on Sunday over cracks in their landing gear.",
        'A former pilot at the airline said the checks had "been put off for years."',
    ],
    "been put off for years.",
    [],
    ["Pemberton Airways"],
)
# another one of the kind, set apart by the description's own words
quote(
    B,
    [
        "The Federal Aviation Administration ordered inspections of 300 jets on Friday.",
        'The Trump administration said the order "shows the system is working."',
    ],
    "shows the system is working.",
    [],
    ["Federal Aviation Administration"],
)
quote(
    B,
    [
        "The Maritime Safety Authority grounded two ferries run by Coastway Lines on Monday.",
        "Coastway is also under investigation over unpaid port duties.",
        '"We have opened a formal inquiry into the company\'s accounts," the tax authority said.',
    ],
    "We have opened a formal inquiry into the company's accounts,",
    [],
    ["Maritime Safety Authority"],
)
quote(
    B,
    [
        "The Meridian Dockers Union called a strike at three ports on Wednesday.",
        '"We will stand beside them on every picket line," the national teachers union said.',
    ],
    "We will stand beside them on every picket line,",
    [],
    ["Meridian Dockers Union"],
)
quote(
    B,
    [
        "Nordvik Airways cut its fares on the Oslo-Bergen route by a third on Monday.",
        '"We will match any fare they offer," the rival airline said.',
    ],
    "We will match any fare they offer,",
    [],
    ["Nordvik Airways"],
)
quote(
    B,
    [
        "Hallberg, the Swedish carmaker, reported a 30% fall in quarterly profit on Tuesday.",
        '"Tariffs are hurting every exporter in Europe," the French carmaker said.',
    ],
    "Tariffs are hurting every exporter in Europe,",
    [],
    ["Hallberg"],
)
# an investor written with "and the airline has" after it
quote(
    B,
    [
        "Larch Capital bought a 20% stake in Nordvik Airways last year, and the airline has since doubled its fleet.",
        '"We could not have grown this fast alone," the airline said.',
    ],
    "We could not have grown this fast alone,",
    ["Nordvik Airways"],
    ["Larch Capital"],
)
# a nearer subject of the kind written without its name
quote(
    B,
    [
        "Halvard Foods raised its offer for Tresco Mills to 9 pounds a share on Monday.",
        "The family-owned miller rejected it within hours.",
        '"The offer still undervalues the business," the company said.',
    ],
    "The offer still undervalues the business,",
    [],
    ["Halvard Foods"],
)
# what the rule must still give
quote(
    B,
    [
        "Pemberton Airlines grounded its whole fleet on Tuesday after a computer failure.",
        "Chief executive Ruth Okafor apologised to passengers in a video.",
        '"Every stranded passenger will be rebooked free of charge," the airline said.',
    ],
    "Every stranded passenger will be rebooked free of charge,",
    ["Pemberton Airlines"],
    ["Ruth Okafor"],
)
quote(
    B,
    [
        "The Civil Aviation Authority suspended the operating licence of Kestrel Air on Thursday.",
        "Inspectors found gaps in its maintenance records.",
        '"Safety is not negotiable," the regulator said.',
    ],
    "Safety is not negotiable,",
    ["Civil Aviation Authority"],
    ["Kestrel Air"],
)
quote(
    B,
    [
        "Dunmore Motors is recalling 80,000 cars sold in Japan and Korea over a faulty airbag.",
        '"No injuries have been reported," the carmaker said.',
    ],
    "No injuries have been reported,",
    ["Dunmore Motors"],
    ["Japan"],
)
quote(
    B,
    [
        "Calder Savings Bank raised its mortgage rates on Thursday, a week after the Bank of England held its own.",
        '"Our funding costs have risen sharply," the bank said.',
    ],
    "Our funding costs have risen sharply,",
    ["Calder Savings Bank"],
    ["Bank of England"],
)
quote(
    B,
    [
        "The Transport Workers Union called a strike ballot at Halton Buses on Monday.",
        "Halton Buses said it regretted the decision.",
        '"Our drivers have waited two years for a fair offer," the union said.',
    ],
    "Our drivers have waited two years for a fair offer,",
    ["Transport Workers Union"],
    ["Halton Buses"],
)
quote(
    B,
    [
        "Grainger Foods agreed on Wednesday to buy the Scottish bakery chain Murray's for 300 million pounds.",
        "Shares in the company rose 6% on the news.",
        '"Murray\'s gives us a foothold in the north," the company said.',
    ],
    "Murray's gives us a foothold in the north,",
    ["Grainger Foods"],
    [],
)
quote(
    B,
    [
        "Kestrel Air will add eight routes from Keston next summer.",
        "The airline flies to 40 cities from the airport.",
        '"Keston is our fastest-growing base," the carrier said.',
    ],
    "Keston is our fastest-growing base,",
    ["Kestrel Air"],
    ["Keston"],
)

quote(
    B,
    [
        "Grainger Foods will shut its bakery in Halton next spring, with the loss of 210 jobs.",
        'A spokeswoman for the company said staff "will be offered roles at other sites."',
    ],
    "will be offered roles at other sites.",
    ["Grainger Foods"],
    [],
)
quote(
    B,
    [
        "Kessler Werke, the Munich engineering group, cut its sales forecast for the year on Thursday.",
        'The German group said demand in China had "fallen off a cliff."',
    ],
    "fallen off a cliff.",
    ["Kessler Werke"],
    ["China"],
)
quote(
    B,
    [
        "Nordvik Airways carried 2.1 million passengers in July, a record for the month.",
        "Fuel costs fell by a tenth over the same period.",
        '"Summer demand has never been stronger," the airline said.',
    ],
    "Summer demand has never been stronger,",
    ["Nordvik Airways"],
    [],
)
quote(
    B,
    [
        "Halvorsen Steel, the Norwegian steelmaker, will build a furnace in Mo i Rana.",
        "The plant will employ 400 people from 2028, the company said on Tuesday.",
        '"This is the largest investment in our history," the group said.',
    ],
    "This is the largest investment in our history,",
    ["Halvorsen Steel"],
    ["Mo i Rana"],
)


# session 40 (gsp40b), new words for three forms closed then: a description of a body never
# reads back to a person the page gives a role ("X, head of the shipping group", "stepped
# down as chairman of", "Chief executive X"); a narrower description ("the airline", "the
# union") is none of a name the page never shows of its kind when another name's own words
# are; a body the description's own noun labels ("fined insurance firm X") is "the firm"
for paragraphs, words, passes, fails in (
    (
        [
            "Tarn Shipping Group cut its fleet by six vessels on Friday.",
            "Lena Voss, head of the shipping group, told staff in Rotterdam.",
            '"We will keep every route open," the group said.',
        ],
        "We will keep every route open,",
        ["Tarn Shipping Group"],
        ["Lena Voss"],
    ),
    (
        [
            "Orrin Bank raised its savings rate on Monday.",
            "Dev Malik, the bank's treasurer, briefed analysts.",
            '"Savers deserve a better return," the bank said.',
        ],
        "Savers deserve a better return,",
        ["Orrin Bank"],
        ["Dev Malik"],
    ),
    (
        [
            "Gideon Frayne stepped down as chairman of Pellow Airlines on Thursday.",
            '"The board thanks him for ten years of service," the airline said.',
        ],
        "The board thanks him for ten years of service,",
        ["Pellow Airlines"],
        ["Gideon Frayne"],
    ),
    (
        [
            "Chief executive Ilse Brandt presented the results of Kora Motors in Munich.",
            '"Orders are ahead of plan," the carmaker said.',
        ],
        "Orders are ahead of plan,",
        ["Kora Motors"],
        ["Ilse Brandt"],
    ),
    (
        [
            "Fenwick Partners sold its stake in Solway Air on Tuesday, and the airline's shares fell 4%.",
            '"Our fleet plans are unchanged," the airline said.',
        ],
        "Our fleet plans are unchanged,",
        ["Solway Air"],
        ["Fenwick Partners"],
    ),
    (
        [
            "The Rail Maintenance Union walked out at Brackley Depots on Friday.",
            "Brackley Depots said trains would run as normal.",
            '"Our members have been patient long enough," the union said.',
        ],
        "Our members have been patient long enough,",
        ["Rail Maintenance Union"],
        ["Brackley Depots"],
    ),
    (
        [
            "Ostrava Holdings lent 40 million euros to Danube Bank last spring.",
            '"The loan has been repaid in full," the bank said.',
        ],
        "The loan has been repaid in full,",
        ["Danube Bank"],
        ["Ostrava Holdings"],
    ),
    (
        [
            "Merrow Logistics signed a deal with the Federal Freight Authority on Monday.",
            '"The contract meets every safety rule," the authority said.',
        ],
        "The contract meets every safety rule,",
        ["Federal Freight Authority"],
        ["Merrow Logistics"],
    ),
    (
        [
            "The FCA fined insurance firm Holloway Mutual 2 million pounds on Tuesday.",
            '"We accept the findings in full," the firm said.',
        ],
        "We accept the findings in full,",
        ["Holloway Mutual"],
        ["FCA"],
    ),
    (
        [
            "The Civil Aviation Board ordered budget airline Skylark Jet to ground three planes.",
            '"Safety comes before the timetable," the airline said.',
        ],
        "Safety comes before the timetable,",
        ["Skylark Jet"],
        ["Civil Aviation Board"],
    ),
    (
        [
            "Marlow Council sued construction company Brant Build over the new library.",
            '"The claims have no merit," the company said.',
        ],
        "The claims have no merit,",
        ["Brant Build"],
        ["Marlow Council"],
    ),
    (
        [
            "The Markets Authority cleared the bank Tessel Savings to buy two branches.",
            '"This gives us a presence in every county," the bank said.',
        ],
        "This gives us a presence in every county,",
        ["Tessel Savings"],
        ["Markets Authority"],
    ),
):
    quote(B, paragraphs, words, passes, fails)


# session 40 (gsp40b): two bodies of one head noun in one sentence, the later one named
# "X of Y" in a clause after the subject's: "the bank" is the sentence's subject
for paragraphs, words, passes, fails in (
    (
        [
            "Tarrow Savings Bank froze its fees on Tuesday, a day after the Bank of Scotland raised them.",
            '"Our customers have had enough increases," the bank said.',
        ],
        "Our customers have had enough increases,",
        ["Tarrow Savings Bank"],
        ["Bank of Scotland"],
    ),
    (
        [
            "Penrose Mutual Bank held its savings rate on Thursday, a week after the Bank of Wales cut its own.",
            '"Savers should not pay for the slowdown," the bank said.',
        ],
        "Savers should not pay for the slowdown,",
        ["Penrose Mutual Bank"],
        ["Bank of Wales"],
    ),
    (
        [
            "Harlow Metropolitan University froze its fees on Monday, days after the University of Kentmere raised its own.",
            '"No student should be priced out," the university said.',
        ],
        "No student should be priced out,",
        ["Harlow Metropolitan University"],
        ["University of Kentmere"],
    ),
    (
        [
            "The Dunmore Art Museum reopened its east wing on Friday, while the Museum of the Fens stayed shut.",
            '"Visitors have waited long enough," the museum said.',
        ],
        "Visitors have waited long enough,",
        ["Dunmore Art Museum"],
        ["Museum of the Fens"],
    ),
    (
        [
            "The Bank of Scotland raised its fees on Tuesday, a day after Tarrow Savings Bank froze them.",
            '"Costs have risen across the industry," the bank said.',
        ],
        "Costs have risen across the industry,",
        ["Bank of Scotland"],
        [],
    ),
):
    quote(B, paragraphs, words, passes, fails)


# session 40 (gsp40b): a description that names its body's members ("the teachers union")
# is not a body whose own name names other members ("the Vale Bakers Union")
for paragraphs, words, passes, fails in (
    (
        [
            "The Vale Bakers Union balloted its members on Monday.",
            '"Every classroom will feel this," the national teachers union said.',
        ],
        "Every classroom will feel this,",
        [],
        ["Vale Bakers Union"],
    ),
    (
        [
            "The Vale Bakers Union balloted its members on Monday.",
            '"Our members will not accept a pay freeze," the bakers union said.',
        ],
        "Our members will not accept a pay freeze,",
        ["Vale Bakers Union"],
        [],
    ),
    (
        [
            "The Eastport Growers Group sold its packing plant on Friday.",
            '"We will keep every boat at sea," the trawler owners group said.',
        ],
        "We will keep every boat at sea,",
        [],
        ["Eastport Growers Group"],
    ),
    (
        [
            "The Eastport Growers Group sold its packing plant on Friday.",
            '"The plant no longer paid its way," the fruit growers group said.',
        ],
        "The plant no longer paid its way,",
        ["Eastport Growers Group"],
        [],
    ),
    (
        [
            "The Northern Drivers Union ended its dispute with Fenmoor Coaches on Thursday.",
            '"Every ward is short of staff," the healthcare workers union said.',
        ],
        "Every ward is short of staff,",
        [],
        ["Northern Drivers Union"],
    ),
    (
        [
            "The Northern Drivers Union ended its dispute with Fenmoor Coaches on Thursday.",
            '"The deal protects every route," the drivers union said.',
        ],
        "The deal protects every route,",
        ["Northern Drivers Union"],
        [],
    ),
    (
        [
            "The Kestrel Printers Union signed a pay deal on Wednesday.",
            '"Our studios are losing work abroad," the film editors union said.',
        ],
        "Our studios are losing work abroad,",
        [],
        ["Kestrel Printers Union"],
    ),
    (
        [
            "The Kestrel Printers Union signed a pay deal on Wednesday.",
            '"It is a fair settlement," the printers union said.',
        ],
        "It is a fair settlement,",
        ["Kestrel Printers Union"],
        [],
    ),
):
    quote(B, paragraphs, words, passes, fails)

# session 41 (gsp41b), appended so that earlier ids stay: "the company said" read back to the
# business that is a sentence's named subject, past sentences naming a titled person, a public
# body or a common noun; never past a sentence naming another name or a business described
for paragraphs, words, passes, fails in (
    (
        [
            "Tolland Brewing shut two of its breweries on Monday.",
            "Finance Minister Erik Dahl called the closures a blow to the region.",
            '"We had no other choice," the company said.',
        ],
        "We had no other choice,",
        ["Tolland Brewing"],
        ["Erik Dahl"],
    ),
    (
        [
            "Marrow Logistics cut 300 jobs at its Leeds depot.",
            "The Transport Workers Union said it would ballot members.",
            '"The depot has lost money for years," the firm said.',
        ],
        "The depot has lost money for years,",
        ["Marrow Logistics"],
        ["Transport Workers Union"],
    ),
    (
        [
            "Vesta Pharma won approval for its asthma inhaler.",
            "Sales of the inhaler are expected to pass 1 billion dollars.",
            '"This is a new start for patients," the drugmaker said.',
        ],
        "This is a new start for patients,",
        ["Vesta Pharma"],
        [],
    ),
    (
        [
            "Copperfield Mining reported a record profit for the year.",
            "Chief financial officer Lena Moss said the company would raise its dividend.",
            '"Shareholders deserve a bigger share," the miner said.',
        ],
        "Shareholders deserve a bigger share,",
        ["Copperfield Mining"],
        ["Lena Moss"],
    ),
    (
        [
            "Tolland Brewing shut two of its breweries on Monday.",
            "The city council sued Ostby Malt over the lost jobs.",
            '"We had no other choice," the company said.',
        ],
        "We had no other choice,",
        [],
        ["Tolland Brewing"],
    ),
    (
        [
            "Marrow Logistics bid for Fenwick Freight on Tuesday.",
            "The family-run haulier turned the offer down within an hour.",
            '"The bid undervalues our people," the company said.',
        ],
        "The bid undervalues our people,",
        [],
        ["Marrow Logistics"],
    ),
    (
        [
            "Vesta Pharma asked regulators to approve its inhaler.",
            "Rival drugmaker Hollin Labs filed a complaint with the agency.",
            '"Our data speak for themselves," the company said.',
        ],
        "Our data speak for themselves,",
        [],
        ["Vesta Pharma"],
    ),
    (
        [
            "Copperfield Mining reported a record profit for the year.",
            "Ostra Metals said it would build a smelter near the mine.",
            '"Demand for copper has never been higher," the miner said.',
        ],
        "Demand for copper has never been higher,",
        [],
        ["Copperfield Mining"],
    ),
    (
        [
            "Copperfield Mining reported a record profit for the year.",
            "Ostra Metals sued the regional council over a smelter permit.",
            '"Demand for copper has never been higher," the miner said.',
        ],
        "Demand for copper has never been higher,",
        [],
        ["Copperfield Mining"],
    ),
    (
        [
            "Founder Ada Holm opened a third bakery in Leeds.",
            '"We bake everything on site," the company said.',
        ],
        "We bake everything on site,",
        [],
        ["Ada Holm"],
    ),
):
    quote(B, paragraphs, words, passes, fails)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
