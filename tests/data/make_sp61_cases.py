# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 61's pronoun walks (``grounding_sp61.jsonl``, false-alarm writer
sp61; :mod:`summarizer.verification.sentences.pronoun_walks`), at the edges of

- ``walked``: a quote credited by "he" or "she" after one or more sentences that name no
  person at all (a sentence opening with a capitalised common word, "Afterwards", a weekday,
  a place, figures): the one person the nearest sentence that names anyone names passes;
  another person of the page (named further back, after the quote, inside the quote, the
  hearer), stays refused;
- ``stopped``: pages where the walk must stop: a person told by a common noun between ("the
  minister promised"), a chain's object ("He thanked X"), two people in the nearest naming
  sentence, a spokesman for a boss, the value named in the quote or spoken to, the other
  gender, a name too many paragraphs back: the value stays refused, and the plainly credited
  speaker of the page's other quote passes.

Run ``python tests/data/make_sp61_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp61.jsonl")

built = SupportCases(
    "sp61",
    leads=[
        "By Petra Holloway | The Marnside Gazette | April 2, 2026",
        "KELDRUM (Northgate Wire) -",
        "City desk, The Orrin Valley Post",
        "Weekend analysis | The Salterby Review | 14 June 2026",
        "Sports desk, Brackwater Evening News",
    ],
)
WALK, STOP = "walked", "stopped"


# --- walked: past sentences that name no one, to the one person named ----------------------
built.story(
    WALK,
    "Harbour levy goes ahead despite shipping lines' anger",
    [
        "Port director Annika Solberg defended the new harbour levy on Tuesday. The charge, which starts in May, adds four pounds a tonne to cargo fees. Shipping lines have complained for weeks.",
        '"We cannot dredge the channel for free," she said.',
        "Transport secretary Rhys Calloway is expected to rule on an appeal next month.",
    ],
    ("We cannot dredge the channel for free", ["Annika Solberg"], ["Rhys Calloway"]),
)
built.story(
    WALK,
    "Cracked bridge shut for a month",
    [
        "Tomas Varga, the mayor of Delsen, ordered the river bridge closed on Friday. Engineers found cracks in two of its piers last week. Traffic will be sent round the ring road until repairs end.",
        '"I would rather close it a month too early than a day too late," he told local radio. "Ask Ilse Brandt how the old crossing felt in the floods."',
    ],
    (
        "I would rather close it a month too early than a day too late",
        ["Tomas Varga"],
        ["Ilse Brandt"],
    ),
    ("Ask Ilse Brandt how the old crossing felt in the floods", ["Tomas Varga"], ["Ilse Brandt"]),
)
built.story(
    WALK,
    "Orchestra bids farewell to its old hall",
    [
        'Conductor Felix Arnaud led the Varrow Symphony\'s last concert in the Kingsgate Hall on Sunday. Demolition starts in the autumn. Afterwards he said the building had given the orchestra "forty good years and one bad roof".',
        "The new hall, designed by Noor Haddad, opens in 2028.",
    ],
    ("forty good years and one bad roof", ["Felix Arnaud"], ["Noor Haddad", "Varrow Symphony"]),
)
built.story(
    WALK,
    "Senator votes against farm bill",
    [
        "Senator Maribel Ochoa voted against the farm bill on Thursday, one of only four members to do so. The bill passed by 71 votes to 4. Subsidies for large growers rise by a third.",
        'Back in Tucson, she told supporters the bill "punishes the wrong people".',
        "Her colleague Dean Whitcombe, who wrote much of the bill, called the vote a triumph.",
    ],
    ("punishes the wrong people", ["Maribel Ochoa"], ["Dean Whitcombe"]),
)
built.story(
    WALK,
    "New coach keeps title talk at arm's length",
    [
        "Lidia Moreno took over as head coach of Brackwater Rovers in June. She has since won nine of eleven league games. Second place is theirs for now, two points off the top.",
        '"Nobody here is thinking about the title yet," she said.',
        "Rovers visit Alder Park on Saturday, where Gareth Penrose's side have not lost since March.",
    ],
    ("Nobody here is thinking about the title yet", ["Lidia Moreno"], ["Gareth Penrose"]),
)
built.story(
    WALK,
    "Budget raises hospital spending, freezes fuel duty",
    [
        "Finance Minister Oren Talbot presented his budget to parliament on Wednesday. Spending on hospitals rises by 6%. Pensions go up in line with prices. Fuel duty stays frozen for another year.",
        '"It is a budget for people who get up early," he said.',
        "Opposition leader Vera Lind called it a budget for the next election.",
    ],
    ("It is a budget for people who get up early", ["Oren Talbot"], ["Vera Lind"]),
)
built.story(
    WALK,
    "Judge steps down after 30 years",
    [
        "Justice Ravi Menon announced his retirement from the High Court at the end of term. Thursday was his last day on the bench. Tributes came from both sides of the bar.",
        '"I leave with more questions than answers," he said in a short speech.',
        "He was appointed in 1996 by Lord Chancellor Edmund Hale.",
    ],
    ("I leave with more questions than answers", ["Ravi Menon"], ["Edmund Hale"]),
)
built.story(
    WALK,
    "Late novel finally gets a date",
    [
        "The novelist Carys Lindqvist posted a long note to her readers on Sunday. The book, five years late, will now come out in March. Its first chapter appears online next week.",
        '"I threw away two drafts, and I would do it again," she wrote.',
        "Her publisher, Anselm Roth, declined to comment on the delay.",
    ],
    ("I threw away two drafts, and I would do it again", ["Carys Lindqvist"], ["Anselm Roth"]),
)
built.story(
    WALK,
    "Food maker to close three plants",
    [
        "Chief executive Hugo Rasmussen laid out the cost-cutting plan to investors on Monday. Three plants will close by 2027. Savings should reach $400 million a year. Shares rose 4%.",
        '"These are hard choices, but they are the right ones," he told analysts.',
        "The company's chair, Selene Park, backed the plan in a letter to staff.",
    ],
    ("These are hard choices, but they are the right ones", ["Hugo Rasmussen"], ["Selene Park"]),
)
built.story(
    WALK,
    "Earlier warning, later quote",
    [
        "Ward councillor Joan Petrie first raised the flooding last winter.",
        "On Monday the cabinet member for roads, Idris Vaughan, visited the estate. Drains on three streets were blocked with silt. Repairs will cost about 80,000 pounds.",
        '"Nobody should have to bail out their kitchen twice in a year," he said.',
    ],
    (
        "Nobody should have to bail out their kitchen twice in a year",
        ["Idris Vaughan"],
        ["Joan Petrie"],
    ),
)
built.story(
    WALK,
    "Hospital wait times fall",
    [
        "Dr Amara Osei, medical director of Fenwick General, released the quarter's figures on Tuesday. Median waits in the emergency department fell to 3 hours 10 minutes. Ambulance handovers were quicker too.",
        'Whenever the winter peak comes, she said, the hospital "will not go back to corridor care".',
        "Health board chair Colm Reardon praised the staff.",
    ],
    ("will not go back to corridor care", ["Amara Osei"], ["Colm Reardon", "Fenwick General"]),
)
built.story(
    WALK,
    "Climber back from the summit",
    [
        "Mountaineer Sione Tavake reached the top of Mount Kerrel on Saturday, the first person from his island to do so. Storms had turned him back twice. Frostbite cost him a fingertip.",
        '"The mountain let me up on the third try, and I am grateful," he said. "Tell Mele Fifita I kept my promise."',
    ],
    ("The mountain let me up on the third try", ["Sione Tavake"], ["Mele Fifita"]),
    ("Tell Mele Fifita I kept my promise", ["Sione Tavake"], ["Mele Fifita"]),
)

built.story(
    WALK,
    "Ferry firm apologises for cancellations",
    [
        "Operations chief Nadia Elmqvist wrote to island residents on Friday. Forty sailings were cancelled in August. Two ships were in dry dock at once.",
        '"That should never have happened, and it will not happen again," she told Councillor Brendan Hoyle at a meeting on Saturday.',
    ],
    (
        "That should never have happened, and it will not happen again",
        ["Nadia Elmqvist"],
        ["Brendan Hoyle"],
    ),
)
built.story(
    WALK,
    "Veteran keeper retires",
    [
        "Goalkeeper Rui Castanho played his 600th and last game on Saturday. Twenty-one seasons, four clubs, one league title. Never once was he sent off.",
        '"I leave the gloves to Duarte Lobo, and he is ready," he said.',
    ],
    ("I leave the gloves to Duarte Lobo, and he is ready", ["Rui Castanho"], ["Duarte Lobo"]),
)

# --- stopped: the walk must not reach the value -------------------------------------------
built.story(
    STOP,
    "Bridge money promised",
    [
        'Mayor Tomas Greer met the transport minister in the town hall on Monday. "We have waited long enough," Greer said before the meeting.',
        "The minister promised money for the bridge. Work could start next spring.",
        '"We will pay our share, and not a penny less," he said.',
    ],
    ("We have waited long enough", ["Tomas Greer"], []),
    ("We will pay our share, and not a penny less", [], ["Tomas Greer"]),
)
built.story(
    STOP,
    "New ward opens",
    [
        'Premier Dale Huxley opened the new children\'s ward at Marsh Hospital on Friday. "Every bed here was paid for by this town," Huxley said.',
        "He thanked Lorna Pike, whose appeal raised the money. The ward has 24 beds.",
        '"This ward exists because of one stubborn woman," he said.',
    ],
    ("Every bed here was paid for by this town", ["Dale Huxley"], ["Lorna Pike"]),
    ("This ward exists because of one stubborn woman", [], ["Lorna Pike"]),
)
built.story(
    STOP,
    "Accord signed after two years",
    [
        'Kai Morten and Jonas Lund signed the fisheries accord in Tromvik on Tuesday. "The fish do not read maps," Morten said at the ceremony.',
        "The text runs to 40 pages. Quotas take effect in January.",
        '"It took us two years to agree on one line," he said.',
    ],
    ("The fish do not read maps", ["Kai Morten"], ["Jonas Lund"]),
    ("It took us two years to agree on one line", [], ["Kai Morten", "Jonas Lund"]),
)
built.story(
    STOP,
    "Road to reopen, says mayor's office",
    [
        'Mayor Hattie Crowne has been away at a conference. "I want it open before the school term," she said last week.',
        "A spokesman for Mayor Hattie Crowne said on Monday the road would reopen in days. The resurfacing cost 1.2 million pounds.",
        '"Crews are working through the night," he said.',
    ],
    ("I want it open before the school term", ["Hattie Crowne"], []),
    ("Crews are working through the night", [], ["Hattie Crowne"]),
)
built.story(
    STOP,
    "Coach defends under-fire striker",
    [
        'Coach Bruno Salgado faced questions about his striker Tiago Reis on Thursday. "I pick the team, not the newspapers," Salgado said.',
        "Reis has not scored in nine games. The club is 14th.",
        '"Tiago Reis will start on Saturday," he said.',
    ],
    ("I pick the team, not the newspapers", ["Bruno Salgado"], ["Tiago Reis"]),
    ("Tiago Reis will start on Saturday", [], ["Tiago Reis"]),
)
built.story(
    STOP,
    "Chair steps in as finance talks drag",
    [
        'Councillor Ana Cruz chaired the finance committee on Wednesday in place of her colleague. "We owe the town a decision," Cruz said.',
        "The budget gap is 3 million pounds. No vote was held.",
        '"Next month we will have to cut something," he said.',
    ],
    ("We owe the town a decision", ["Ana Cruz"], []),
    ("Next month we will have to cut something", [], ["Ana Cruz"]),
)
built.story(
    STOP,
    "Mine reopens under new owner",
    [
        'Anton Krauss bought the Heller mine in 2024. "It was cheap for a reason," Krauss said at the time.',
        "The shafts were flooded. Pumps ran for a year.",
        "The new manager took the first crew down on Monday. Output should reach 400 tonnes a day by summer.",
        '"The rock is better than we hoped," he said.',
    ],
    ("It was cheap for a reason", ["Anton Krauss"], []),
    ("The rock is better than we hoped", [], ["Anton Krauss"]),
)
built.story(
    STOP,
    "Police appeal after crash",
    [
        'Detective Inspector Maeve Tolan is leading the inquiry. "Someone saw this happen," Tolan said.',
        "Police named the driver as Lewis Crane, 34. Crane was taken to hospital with a broken leg.",
        '"We are appealing for anyone with a dashcam to come forward," she said.',
    ],
    ("Someone saw this happen", ["Maeve Tolan"], []),
    ("We are appealing for anyone with a dashcam to come forward", [], ["Lewis Crane"]),
)
built.story(
    STOP,
    "Trade envoy speaks for minister",
    [
        'Trade Minister Lucas Ferrand stayed in the capital. "Our door is open," Ferrand said on Sunday.',
        "His envoy flew to Marsella instead. Talks lasted six hours.",
        '"We made progress on steel, none on cars," he said afterwards.',
    ],
    ("Our door is open", ["Lucas Ferrand"], []),
    ("We made progress on steel, none on cars", [], ["Lucas Ferrand"]),
)
built.story(
    STOP,
    "Far-back name",
    [
        'Surveyor Petr Halas inspected the dam in March. "The concrete is sound," Halas said then.',
        "The reservoir is at 60% of capacity.",
        "Rain has been scarce. Farmers are worried.",
        "Irrigation quotas will be cut by a fifth.",
        '"We will all have to use less," he said.',
    ],
    ("The concrete is sound", ["Petr Halas"], []),
    ("We will all have to use less", [], ["Petr Halas"]),
)
built.story(
    STOP,
    "Interview ends in a row",
    [
        'Presenter Rosa Delane interviewed the party leader, Marcus Fell, on Sunday. "You promised lower rents," Delane said.',
        "Rents rose 9% last year. The answer did not satisfy her.",
        '"I have kept every promise I could," he said.',
    ],
    ("You promised lower rents", ["Rosa Delane"], ["Marcus Fell"]),
    ("I have kept every promise I could", [], ["Rosa Delane"]),
)
built.story(
    STOP,
    "Heir named at brewery",
    [
        'Brewery owner Otto Lindahl named his daughter, Freja Lindahl, as his successor on Monday. "She knows the business better than I do," Otto Lindahl said.',
        "The brewery is 140 years old. It employs 300 people.",
        '"I start on the first of the month," she said.',
    ],
    ("She knows the business better than I do", ["Otto Lindahl"], ["Freja Lindahl"]),
    ("I start on the first of the month", [], ["Otto Lindahl"]),
)

built.story(
    STOP,
    "Congressman and the ports bill",
    [
        'Senator Ruth Abernathy introduced the ports bill in March. "It is overdue," Abernathy said.',
        "Its House sponsor is Rep. Cal Jordan of Ohio. Jordan criticised the Senate's changes on Tuesday. Dredging money was cut by half.",
        '"They gutted the one part that mattered," he said.',
    ],
    ("It is overdue", ["Ruth Abernathy"], ["Cal Jordan"]),
    ("They gutted the one part that mattered", [], ["Ruth Abernathy"]),
)
built.story(
    WALK,
    "Envoy heads home after talks",
    [
        "Special envoy Teodor Vasko left Lisbon on Sunday after four days of talks. Moscow's delegation had walked out on Friday. American mediators stayed on.",
        '"We have a text, and that is more than we had," he said.',
        "The other side's negotiator, Yuri Danilov, has not spoken publicly.",
    ],
    ("We have a text, and that is more than we had", ["Teodor Vasko"], ["Yuri Danilov"]),
)

built.story(
    STOP,
    "Flood funds promised on tour",
    [
        'Governor Ines Pardo toured the flooded streets of Marrow on Sunday. "I have seen worse, but not often," Pardo said.',
        "With Mayor Colin Reddish at her side, she promised emergency money within a week. Sandbags ran out on Saturday.",
        '"Nobody in this town will be left to bail alone," she said.',
    ],
    ("I have seen worse, but not often", ["Ines Pardo"], ["Colin Reddish"]),
    ("Nobody in this town will be left to bail alone", [], ["Colin Reddish"]),
)
built.story(
    STOP,
    "Captain ruled out for the season",
    [
        'Coach Mirela Danescu spoke after training on Thursday. "We will manage," Danescu said.',
        "Scans showed Petru Albu had torn a knee ligament. Surgery is set for next week.",
        '"He is heartbroken, and so are we," she said.',
    ],
    ("We will manage", ["Mirela Danescu"], ["Petru Albu"]),
    ("He is heartbroken, and so are we", [], ["Petru Albu"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
