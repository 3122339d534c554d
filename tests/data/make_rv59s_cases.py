# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's review rv59s of sp59 (``grounding_rv59s.jsonl``;
:mod:`summarizer.verification.sentences.lone_antecedents`): '"...," he said' right after a
sentence that names one person, read at the rule's edges, in four categories:

- ``credit_tail``: the credit's own words after "he said" name the value as the one spoken
  to or of ("he told Wendel", "she said of Brandt's plan", "he said, turning to Okoro"): the
  value is no speaker there; against them the tails that leave the speaker alone ("he told
  reporters", "she said in a statement", "he told Mayor Ruth Penner") keep the lone name;
- ``described``: the sentence before opens with a person told by a description the page does
  not spell as a name ("The veteran midfielder", "The tycoon", "The 61-year-old", "The
  incoming treasurer"): that one may be the "he", so the lone name is refused; against them
  a subject that is no person ("The report", "The board", "The crowd", "The offer") leaves
  it to the one person named;
- ``name_opener``: the sentence before opens with another person's surname that looks like
  a plural or a common word ("Evans", "Price", "Young", "Banks"): refused; against them
  plural common nouns and acronyms ("Pensioners", "Regulators", "GPs") keep it;
- ``spoken_of``: the quote speaks of the value in the third person ("He is lucky to be
  alive", "She was the heart of this street") or the value is dead: refused; against them
  the value's own first-person words, even where they speak of another man or woman ("My
  father never saw me play here. He would have loved it").

Run ``python tests/data/make_rv59s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv59s.jsonl")

TAIL, DESC, OPEN, SPOKEN = "credit_tail", "described", "name_opener", "spoken_of"
LEADS = [
    "By Morwenna Tate, Local Democracy Reporter",
    "DUNMORE, May 12 (Valley Wire) -",
    "Sport | The Kelso Courier | Saturday 16 May 2026",
    "From our business desk",
    "THE HARBOUR HERALD - Evening edition",
]
built = SupportCases("rv59s", leads=LEADS)


# --- credit_tail: the credit's own tail names the value as the one spoken to or of --------
built.story(
    TAIL,
    "Wendel payout row reaches council chamber",
    [
        "The council's leader, Mairead Collins, opened the meeting at six.",
        "Councillors were scathing about the £90,000 payout Kurt Wendel accepted in March.",
        '"You should hand back every penny tonight," he told Wendel across the chamber.',
        '"I will do no such thing," said Kurt Wendel.',
    ],
    ("You should hand back every penny tonight", [], ["Kurt Wendel"]),
    ("I will do no such thing", ["Kurt Wendel"], ["Mairead Collins"]),
)
built.story(
    TAIL,
    "Dunmore depot plan faces fresh doubts",
    [
        "The transport board met on Tuesday to discuss the new bus depot.",
        "Engineers questioned the costings Piet Brandt submitted in January.",
        '"The numbers simply do not add up," he said of Brandt\'s plan.',
        'Piet Brandt said the figures had been "checked twice over".',
    ],
    ("The numbers simply do not add up", [], ["Piet Brandt"]),
    ("checked twice over", ["Piet Brandt"], []),
)
built.story(
    TAIL,
    "Hospital trust chair faces questions",
    [
        "Patients' groups have called for an inquiry into waiting times at Kelso General.",
        "Governors were unhappy with the answers Ruth Okoro gave at the last board meeting.",
        '"Those answers were not good enough," she said, turning to Okoro.',
        '"I answered every question put to me," Ruth Okoro replied.',
    ],
    ("Those answers were not good enough", [], ["Ruth Okoro"]),
    ("I answered every question put to me", ["Ruth Okoro"], []),
)
built.story(
    TAIL,
    "Tarbert harbour fees to rise",
    [
        "Harbour fees in Tarbert will rise by 12% from June.",
        "Fishermen were angry at the rise Colm Reddy announced last week.",
        '"We cannot pay this and stay afloat," he wrote to Reddy on Friday.',
        'Colm Reddy said the rise was "the first in nine years".',
    ],
    ("We cannot pay this and stay afloat", [], ["Colm Reddy"]),
    ("the first in nine years", ["Colm Reddy"], []),
)
built.story(
    TAIL,
    "Brenner under fire over academy closure",
    [
        "Parents gathered outside the academy gates on Monday morning.",
        "Coaches were told of the closure by Lukas Brenner, the club's owner, in a two-line email.",
        '"Why did you not tell us face to face?" he asked Brenner at the gates.',
        '"I regret the way it was done," Lukas Brenner said later.',
    ],
    ("Why did you not tell us face to face?", [], ["Lukas Brenner"]),
    ("I regret the way it was done", ["Lukas Brenner"], []),
)
built.story(
    TAIL,
    "Quarry extension approved",
    [
        "The Fellside quarry will grow by a third after a planning vote on Thursday.",
        "Objectors had spent months fighting the extension Noel Cullen's company applied for.",
        '"This will scar the valley for a generation," she said in a letter to Cullen.',
        '"We will restore every acre we work," said Noel Cullen.',
    ],
    ("This will scar the valley for a generation", [], ["Noel Cullen"]),
    ("We will restore every acre we work", ["Noel Cullen"], []),
)
built.story(
    TAIL,
    "Laine transfer saga takes new turn",
    [
        "Kelso Rovers have rejected a third bid for their captain.",
        "Supporters were delighted by the new contract Sami Laine signed on Friday.",
        '"Best news of the summer," he said of Laine\'s deal.',
        '"I never wanted to leave," Sami Laine said.',
    ],
    ("Best news of the summer", [], ["Sami Laine"]),
    ("I never wanted to leave", ["Sami Laine"], []),
)
built.story(
    TAIL,
    "Bakery closure shocks high street",
    [
        "Nowak's bakery on Mill Street will close at the end of the month.",
        "Customers queued on Saturday for the last loaves Tomasz Nowak will bake there.",
        '"Thank you for forty years of bread," she told Nowak as she left.',
        '"It has been the joy of my life," Tomasz Nowak said.',
    ],
    ("Thank you for forty years of bread", [], ["Tomasz Nowak"]),
    ("It has been the joy of my life", ["Tomasz Nowak"], []),
)
built.story(
    TAIL,
    "Menon bid for Orwell Mills rejected",
    [
        "Orwell Mills has turned down a takeover approach worth £40 million.",
        "Shareholders were cool on the offer Ravi Menon tabled last month.",
        '"It undervalues the business badly," he said, referring to Menon\'s offer.',
        '"The offer was fair and it still is," said Ravi Menon.',
    ],
    ("It undervalues the business badly", [], ["Ravi Menon"]),
    ("The offer was fair and it still is", ["Ravi Menon"], []),
)
built.story(
    TAIL,
    "Holm report divides planners",
    [
        "The county's planning report runs to 300 pages.",
        "Planners pored over the report Greta Holm wrote for the county last year.",
        '"It is the best thing written about this valley," he said of Greta Holm\'s report.',
        '"I only wrote down what people told me," said Greta Holm.',
    ],
    ("It is the best thing written about this valley", [], ["Greta Holm"]),
    ("I only wrote down what people told me", ["Greta Holm"], []),
)
built.story(
    TAIL,
    "Rhys honoured for roadside rescue",
    [
        "A driver trapped in his car on the A470 was freed within minutes.",
        "Firefighters praised the first aid Aled Rhys gave before they arrived.",
        '"You saved that man\'s life," he told Rhys at the ceremony.',
        '"Anyone would have done the same," Aled Rhys said.',
    ],
    ("You saved that man's life", [], ["Aled Rhys"]),
    ("Anyone would have done the same", ["Aled Rhys"], []),
)
built.story(
    TAIL,
    "Berg stands down as festival director",
    [
        "The Dunmore folk festival will have a new director next year.",
        "Volunteers were saddened by the news Jonas Berg gave them on Sunday.",
        '"We owe him everything," she said of Jonas Berg.',
        '"It is time for new blood," Jonas Berg said.',
    ],
    ("We owe him everything", [], ["Jonas Berg"]),
    ("It is time for new blood", ["Jonas Berg"], []),
)
# the tails that leave the speaker alone
built.story(
    TAIL,
    "Ferry operator defends fare rise",
    [
        "Ferry fares to the islands rise by 8% next month.",
        "Islanders were furious at the increase Magnus Rendall announced on Monday.",
        '"Fuel has doubled in a year and we have held off until now," he told reporters in Kirkwall.',
        'Islander Fiona Shearer called the rise "a tax on living here".',
    ],
    (
        "Fuel has doubled in a year and we have held off until now",
        ["Magnus Rendall"],
        ["Fiona Shearer"],
    ),
    ("a tax on living here", ["Fiona Shearer"], ["Magnus Rendall"]),
)
built.story(
    TAIL,
    "Library hours cut again",
    [
        "Dunmore's libraries will open on four days a week from July.",
        "Readers were dismayed by the cuts Helen Marsh set out at the cabinet meeting.",
        '"These are choices I never wanted to make," she said in a statement on Friday.',
    ],
    ("These are choices I never wanted to make", ["Helen Marsh"], ["Dunmore council"]),
)
built.story(
    TAIL,
    "Rovers boss backs young keeper",
    [
        "Kelso Rovers lost 3-2 at home on Saturday.",
        "Fans jeered the error Ewan Doyle made for the late winner.",
        '"I will learn from it and so will the lads," he told the Courier, smiling.',
        'Keeper Josh Keane said he had been "let down by the bounce".',
    ],
    ("I will learn from it and so will the lads", ["Ewan Doyle"], ["Josh Keane"]),
    ("let down by the bounce", ["Josh Keane"], ["Ewan Doyle"]),
)
built.story(
    TAIL,
    "Kestrel Foods warns on margins",
    [
        "Kestrel Foods shares slid 9% on Thursday.",
        "Investors sold after Ingrid Solberg warned that margins would shrink again this year.",
        '"We are paying more for every ingredient we buy," she told analysts on a call.',
    ],
    ("We are paying more for every ingredient we buy", ["Ingrid Solberg"], ["Kestrel Foods"]),
)
built.story(
    TAIL,
    "Swimming pool to stay open",
    [
        "The Fenby pool will stay open for at least two more years.",
        "Campaigners won the reprieve after Dorothy Achebe lobbied every councillor in person.",
        '"We never once thought of giving up," she told Mayor Ruth Penner at the pool on Saturday.',
    ],
    ("We never once thought of giving up", ["Dorothy Achebe"], ["Ruth Penner"]),
)
built.story(
    TAIL,
    "Mill Street rents to be frozen",
    [
        "Tenants on Mill Street will pay no more next year.",
        "Residents cheered the freeze Omar Haddad agreed with the housing trust.",
        '"No family on this street should fear the post," he said of the freeze.',
    ],
    ("No family on this street should fear the post", ["Omar Haddad"], ["Mill Street trust"]),
)
built.story(
    TAIL,
    "Tanner defends school merger",
    [
        "Two of Fenby's primary schools will merge in September.",
        "Parents were sent the merger plan by Clive Tanner, the council's head of education, on Friday.",
        '"Small schools cannot offer what children need," he said at a meeting in the school hall.',
        'Parent Abby Rowe said the plan had been "sprung on us".',
    ],
    ("Small schools cannot offer what children need", ["Clive Tanner"], ["Abby Rowe"]),
    ("sprung on us", ["Abby Rowe"], ["Clive Tanner"]),
)
built.story(
    TAIL,
    "Vane Motors recalls vans",
    [
        "Vane Motors is recalling 4,000 vans over a brake fault.",
        "Regulators were first told of the fault by Harald Vik in February.",
        '"We acted the day we knew," he wrote in a letter to customers.',
    ],
    ("We acted the day we knew", ["Harald Vik"], ["Vane Motors"]),
)
built.story(
    TAIL,
    "Museum wins lottery grant",
    [
        "The Tarbert museum has won £2 million of lottery money.",
        "Trustees were delighted with the bid Agnes Mwangi put together over the winter.",
        '"It was a team effort from start to finish," she told BBC Radio Tarbert.',
    ],
    ("It was a team effort from start to finish", ["Agnes Mwangi"], ["Tarbert museum"]),
)
built.story(
    TAIL,
    "Cycling lane scheme paused",
    [
        "Work on the Quay Road cycle lane has been paused.",
        "Shopkeepers welcomed the pause Declan Furey ordered on Wednesday.",
        '"We need to listen before we dig," he told the transport committee.',
    ],
    ("We need to listen before we dig", ["Declan Furey"], ["Quay Road traders"]),
)
built.story(
    TAIL,
    "Grain prices hit farms",
    [
        "Feed costs on upland farms have risen by a quarter.",
        "Farmers backed the emergency fund Bronwen Pugh proposed at the show.",
        '"Without it, some of these farms will not see the spring," she said on the showground.',
    ],
    (
        "Without it, some of these farms will not see the spring",
        ["Bronwen Pugh"],
        ["Welsh farmers"],
    ),
)


# --- described: the sentence before opens with a person told by a description --------------
built.story(
    DESC,
    "Rovers fume at red card",
    [
        "Kelso Rovers finished the match with ten men.",
        "The veteran midfielder criticised the tackle Kurt Wendel made in the first half.",
        '"It was reckless and the referee saw it," he said.',
        '"I went for the ball," said Kurt Wendel.',
    ],
    ("It was reckless and the referee saw it", [], ["Kurt Wendel"]),
    ("I went for the ball", ["Kurt Wendel"], []),
)
built.story(
    DESC,
    "Orwell Mills bid dismissed",
    [
        "The owner of Orwell Mills has no plans to sell.",
        "The tycoon mocked the bid Ravi Menon tabled on Monday.",
        '"It is not a serious offer," he said.',
        '"We are serious," Ravi Menon said.',
    ],
    ("It is not a serious offer", [], ["Ravi Menon"]),
    ("We are serious", ["Ravi Menon"], []),
)
built.story(
    DESC,
    "Farm sale falls through",
    [
        "The Reddy farm near Tarbert has been on the market since spring.",
        "The 61-year-old rejected the offer Colm Reddy made for the top fields.",
        '"My father would turn in his grave," he said.',
        '"I offered what the land is worth," said Colm Reddy.',
    ],
    ("My father would turn in his grave", [], ["Colm Reddy"]),
    ("I offered what the land is worth", ["Colm Reddy"], []),
)
built.story(
    DESC,
    "New treasurer finds gaps in club accounts",
    [
        "The Dunmore sailing club has a new treasurer.",
        "The incoming treasurer questioned the accounts Piet Brandt left behind.",
        '"The books are a mess from start to finish," he said.',
        '"Every entry can be explained," said Piet Brandt.',
    ],
    ("The books are a mess from start to finish", [], ["Piet Brandt"]),
    ("Every entry can be explained", ["Piet Brandt"], []),
)
built.story(
    DESC,
    "Surgeon praises roadside hero",
    [
        "A crash on the A470 left one driver badly hurt.",
        "The surgeon praised the first aid Aled Rhys gave at the roadside.",
        '"Without that, we would have lost the patient," she said.',
        '"I did what the course taught me," Aled Rhys said.',
    ],
    ("Without that, we would have lost the patient", [], ["Aled Rhys"]),
    ("I did what the course taught me", ["Aled Rhys"], []),
)
built.story(
    DESC,
    "Agent rejects Brenner's offer",
    [
        "Rovers' winger is out of contract in June.",
        "The agent rejected the offer Lukas Brenner made on Friday.",
        '"It is half what other clubs are paying," he said.',
        '"We made a fair offer," Lukas Brenner said.',
    ],
    ("It is half what other clubs are paying", [], ["Lukas Brenner"]),
    ("We made a fair offer", ["Lukas Brenner"], []),
)
built.story(
    DESC,
    "Racecourse going under fire",
    [
        "Three horses fell at Fenby on Saturday.",
        "The jockey blamed the ground Noel Cullen's staff had prepared.",
        '"It was like riding on concrete," he said.',
        '"The ground was watered to the inch," said Noel Cullen.',
    ],
    ("It was like riding on concrete", [], ["Noel Cullen"]),
    ("The ground was watered to the inch", ["Noel Cullen"], []),
)
built.story(
    DESC,
    "Laine pass wins the cup",
    [
        "Kelso Rovers won the county cup on Sunday.",
        "The winger hailed the pass Sami Laine played for the winning goal.",
        '"I only had to tap it in," he said.',
        '"It was the easy bit," Sami Laine said of the pass.',
    ],
    ("I only had to tap it in", [], ["Sami Laine"]),
    ("It was the easy bit", ["Sami Laine"], []),
)
built.story(
    DESC,
    "Valuation row over Okoro land",
    [
        "The bypass will cut across six farms.",
        "The farmer disputed the valuation Ruth Okoro gave his top field.",
        '"That figure is an insult," he said.',
        '"I valued it as the rules require," said Ruth Okoro.',
    ],
    ("That figure is an insult", [], ["Ruth Okoro"]),
    ("I valued it as the rules require", ["Ruth Okoro"], []),
)
built.story(
    DESC,
    "Pensioner blames crews for potholes",
    [
        "Potholes on Quarry Lane have damaged dozens of cars.",
        "The pensioner blamed the patching Tomasz Nowak's crews carried out in May.",
        '"They filled them with gravel and went home," he said.',
        '"Our crews used the right material," said Tomasz Nowak.',
    ],
    ("They filled them with gravel and went home", [], ["Tomasz Nowak"]),
    ("Our crews used the right material", ["Tomasz Nowak"], []),
)
built.story(
    DESC,
    "Billionaire scorns Holm report",
    [
        "The Fellside wind farm report was published on Monday.",
        "The billionaire dismissed the report Greta Holm wrote for the county.",
        '"It is fiction dressed up as science," he said.',
        '"Every figure in it is sourced," said Greta Holm.',
    ],
    ("It is fiction dressed up as science", [], ["Greta Holm"]),
    ("Every figure in it is sourced", ["Greta Holm"], []),
)
built.story(
    DESC,
    "Referee's call angers Fenby",
    [
        "Fenby lost to a penalty in the last minute.",
        "The goalkeeper disputed the decision Omar Haddad gave in stoppage time.",
        '"He never touched him," he said.',
        '"I saw a clear foul," said Omar Haddad.',
    ],
    ("He never touched him", [], ["Omar Haddad"]),
    ("I saw a clear foul", ["Omar Haddad"], []),
)
# a subject that is no person: the one person named is the "he"
built.story(
    DESC,
    "Wendel contract criticised",
    [
        "A review of the council's contracts was published on Monday.",
        "The report criticised the waste contract Kurt Wendel signed in 2023.",
        '"I signed it on the advice I was given," he said.',
    ],
    ("I signed it on the advice I was given", ["Kurt Wendel"], ["Mairead Collins"]),
)
built.story(
    DESC,
    "Menon plan rejected",
    [
        "Orwell Mills will not move its head office.",
        "The board rejected the plan Ravi Menon put forward on Monday.",
        '"We will try again next year," he said.',
    ],
    ("We will try again next year", ["Ravi Menon"], ["Orwell Mills"]),
)
built.story(
    DESC,
    "Harbour motion defeated",
    [
        "Tarbert's harbour will stay in council hands.",
        "The vote went against the motion Colm Reddy tabled for a sale.",
        '"The harbour will fall apart without investment," he said.',
    ],
    ("The harbour will fall apart without investment", ["Colm Reddy"], ["Tarbert council"]),
)
built.story(
    DESC,
    "Depot closure confirmed",
    [
        "Dunmore's bus depot will shut in September.",
        "The decision to shut it was taken by Aled Rhys, the operations director.",
        '"The site is too small for electric buses," he said.',
    ],
    ("The site is too small for electric buses", ["Aled Rhys"], ["Dunmore buses"]),
)
built.story(
    DESC,
    "Fund's bad bets revealed",
    [
        "The Brackwater fund lost 14% in the first quarter.",
        "The fund lost money on almost every bet Lukas Brenner placed in March.",
        '"I misread the market and I own that," he said.',
    ],
    ("I misread the market and I own that", ["Lukas Brenner"], ["Brackwater fund"]),
)
built.story(
    DESC,
    "Flood letter sent to homes",
    [
        "Every home in the Tarbert flood zone will get a letter this week.",
        "The letter was signed by Sami Laine and sent on Friday.",
        '"People need to know what to do before the water comes," he said.',
    ],
    ("People need to know what to do before the water comes", ["Sami Laine"], ["Tarbert council"]),
)
built.story(
    DESC,
    "Okoro wins appeal",
    [
        "The planning appeal was decided on Thursday.",
        "The ruling came after Ruth Okoro appealed twice.",
        '"I never once thought of giving up," she said.',
    ],
    ("I never once thought of giving up", ["Ruth Okoro"], ["Fenby council"]),
)
built.story(
    DESC,
    "Nowak wins the fell race",
    [
        "The Fellside fell race drew 400 runners.",
        "The crowd roared as Tomasz Nowak crossed the line first.",
        '"The last climb nearly finished me," he said.',
    ],
    ("The last climb nearly finished me", ["Tomasz Nowak"], ["Fellside runners"]),
)
built.story(
    DESC,
    "Holm offer turned down",
    [
        "The Fellside estate will stay in the family.",
        "The offer Greta Holm made for the estate was turned down flat.",
        '"I am disappointed but not surprised," she said.',
    ],
    ("I am disappointed but not surprised", ["Greta Holm"], ["Fellside estate"]),
)
built.story(
    DESC,
    "Cup final tickets sold out",
    [
        "All 20,000 tickets for the cup final have gone.",
        "The club sold the last of them hours after Omar Haddad appealed for calm at the gates.",
        '"Nobody needs to queue overnight," he said.',
    ],
    ("Nobody needs to queue overnight", ["Omar Haddad"], ["Kelso Rovers"]),
)
built.story(
    DESC,
    "Bridge shut on engineer's orders",
    [
        "The Quay Road bridge is shut to all traffic.",
        "The closure was ordered by Noel Cullen after a diver found cracks in a pier.",
        '"I will not take a chance with people\'s lives," he said.',
    ],
    ("I will not take a chance with people's lives", ["Noel Cullen"], ["Quay Road council"]),
)


# --- name_opener: another person's surname opens the sentence before -----------------------
built.story(
    OPEN,
    "Opposition attacks Wendel payout",
    [
        "The opposition leader, Dylan Evans, has called for an inquiry.",
        "Evans attacked the payout Kurt Wendel accepted in March.",
        '"It is an outrage to every taxpayer," he said.',
        '"I followed the rules," said Kurt Wendel.',
    ],
    ("It is an outrage to every taxpayer", [], ["Kurt Wendel"]),
    ("I followed the rules", ["Kurt Wendel"], []),
)
built.story(
    OPEN,
    "Fare rise splits ferry board",
    [
        "Board member Owain Price voted against the rise. Ticket prices will go up in June, and the price of a car crossing by more.",
        "Price condemned the rise Magnus Rendall pushed through.",
        '"Islanders will simply stop travelling," he said.',
        '"We had no choice," said Magnus Rendall.',
    ],
    ("Islanders will simply stop travelling", [], ["Magnus Rendall"]),
    ("We had no choice", ["Magnus Rendall"], []),
)
built.story(
    OPEN,
    "School merger row grows",
    [
        "Governor Callum Young has written to every parent. The merger will affect young children most, parents say.",
        "Young rejected the merger plan Clive Tanner drew up.",
        '"It was drawn up without a single visit to either school," he said.',
        '"I visited both schools twice," said Clive Tanner.',
    ],
    ("It was drawn up without a single visit to either school", [], ["Clive Tanner"]),
    ("I visited both schools twice", ["Clive Tanner"], []),
)
built.story(
    OPEN,
    "Banks questions festival accounts",
    [
        "Councillor Gareth Banks chairs the audit committee. Two banks lent the festival money last year.",
        "Banks questioned the accounts Jonas Berg presented in April.",
        '"There are gaps of thousands of pounds," he said.',
        '"Every pound is accounted for," said Jonas Berg.',
    ],
    ("There are gaps of thousands of pounds", [], ["Jonas Berg"]),
    ("Every pound is accounted for", ["Jonas Berg"], []),
)
built.story(
    OPEN,
    "Harris attacks library cuts",
    [
        "Labour's Rhodri Harris led the protest outside the town hall.",
        "Harris condemned the cuts Helen Marsh set out on Monday.",
        '"These cuts will close the doors for good," he said.',
        '"The doors will stay open," Helen Marsh said.',
    ],
    ("These cuts will close the doors for good", [], ["Helen Marsh"]),
    ("The doors will stay open", ["Helen Marsh"], []),
)
built.story(
    OPEN,
    "Hughes hits back over harbour fees",
    [
        "Fishermen's leader Emrys Hughes spoke at the harbour on Saturday.",
        "Hughes ridiculed the rise Colm Reddy announced last week.",
        '"It will empty this harbour within a year," he said.',
        '"The harbour needs the money," said Colm Reddy.',
    ],
    ("It will empty this harbour within a year", [], ["Colm Reddy"]),
    ("The harbour needs the money", ["Colm Reddy"], []),
)
built.story(
    OPEN,
    "Woods disputes pool figures",
    [
        "Leisure chief Martin Woods has seen the figures. Walkers in the woods above the town use the pool car park.",
        "Woods disputed the usage figures Dorothy Achebe sent to councillors.",
        '"Half those visits never happened," he said.',
        '"The figures come from the tills," said Dorothy Achebe.',
    ],
    ("Half those visits never happened", [], ["Dorothy Achebe"]),
    ("The figures come from the tills", ["Dorothy Achebe"], []),
)
built.story(
    OPEN,
    "Torres rejects Okoro valuation",
    [
        "Landowner Miguel Torres owns the field the bypass crosses.",
        "Torres rejected the valuation Ruth Okoro put on his top field.",
        '"It is a third of what it is worth," he said.',
        '"The valuation follows the rules," said Ruth Okoro.',
    ],
    ("It is a third of what it is worth", [], ["Ruth Okoro"]),
    ("The valuation follows the rules", ["Ruth Okoro"], []),
)
built.story(
    OPEN,
    "Rivers slams cycle lane pause",
    [
        "Cycling campaigner Tom Rivers has ridden Quay Road every day for ten years. Two rivers meet below the road.",
        "Rivers slammed the pause Declan Furey ordered on Wednesday.",
        '"Someone will be killed on this road," he said.',
        '"Safety comes first for me too," said Declan Furey.',
    ],
    ("Someone will be killed on this road", [], ["Declan Furey"]),
    ("Safety comes first for me too", ["Declan Furey"], []),
)
built.story(
    OPEN,
    "Mills attacks grain fund",
    [
        "The farmers' union's Alun Mills spoke at the Fenby show. Two mills in the valley have closed.",
        "Mills criticised the fund Bronwen Pugh proposed at the show.",
        '"It is too little and far too late," he said.',
        '"It is a start," said Bronwen Pugh.',
    ],
    ("It is too little and far too late", [], ["Bronwen Pugh"]),
    ("It is a start", ["Bronwen Pugh"], []),
)
built.story(
    OPEN,
    "Sims questions museum bid",
    [
        "Trustee Derek Sims voted against the bid.",
        "Sims questioned the bid Agnes Mwangi put together over the winter.",
        '"The running costs were never worked out," he said.',
        '"They were worked out to the penny," said Agnes Mwangi.',
    ],
    ("The running costs were never worked out", [], ["Agnes Mwangi"]),
    ("They were worked out to the penny", ["Agnes Mwangi"], []),
)
built.story(
    OPEN,
    "Brown slams depot closure",
    [
        "Union rep Steve Brown spoke outside the depot. The depot's brown doors were locked.",
        "Brown condemned the closure Aled Rhys ordered last week.",
        '"Ninety jobs gone with one signature," he said.',
        '"Every driver has been offered a job elsewhere," said Aled Rhys.',
    ],
    ("Ninety jobs gone with one signature", [], ["Aled Rhys"]),
    ("Every driver has been offered a job elsewhere", ["Aled Rhys"], []),
)
# plural common nouns and acronyms: no one, so the one person named is the "he"
built.story(
    OPEN,
    "Pension cuts anger retirees",
    [
        "Pension payments from the council fund will fall next year.",
        "Pensioners were angered by the cuts Kurt Wendel announced on Monday.",
        '"I know how hard this is for people," he said.',
    ],
    ("I know how hard this is for people", ["Kurt Wendel"], ["Dylan Evans"]),
)
built.story(
    OPEN,
    "Regulators clear Vane recall",
    [
        "Vane Motors' recall has been approved.",
        "Regulators signed off the recall plan Harald Vik sent them in March.",
        '"We wanted every van checked before the summer," he said.',
    ],
    ("We wanted every van checked before the summer", ["Harald Vik"], ["Vane Motors"]),
)
built.story(
    OPEN,
    "GPs back clinic plan",
    [
        "A new clinic will open in Fenby in the autumn.",
        "GPs backed the plan Bronwen Pugh drew up with the health board.",
        '"Patients should not have to drive an hour to see a doctor," she said.',
    ],
    (
        "Patients should not have to drive an hour to see a doctor",
        ["Bronwen Pugh"],
        ["Fenby health board"],
    ),
)
built.story(
    OPEN,
    "Farmers welcome feed fund",
    [
        "Upland farms will get help with feed this winter.",
        "Farmers applauded the fund Emrys Hughes fought for at the assembly.",
        '"This will keep families on the hills," he said.',
    ],
    ("This will keep families on the hills", ["Emrys Hughes"], ["Welsh farmers"]),
)
built.story(
    OPEN,
    "Teachers back merger",
    [
        "Staff at both schools have voted on the merger.",
        "Teachers backed the plan Clive Tanner drew up by two to one.",
        '"I am grateful for their trust," he said.',
    ],
    ("I am grateful for their trust", ["Clive Tanner"], ["Callum Young"]),
)
built.story(
    OPEN,
    "Fans fund statue",
    [
        "A statue will stand outside the Kelso ground by August.",
        "Fans raised £60,000 for the statue Sami Laine unveiled on Sunday.",
        '"I never thought I would see my own face in bronze," he said.',
    ],
    ("I never thought I would see my own face in bronze", ["Sami Laine"], ["Kelso Rovers"]),
)
built.story(
    OPEN,
    "Analysts cut Kestrel forecasts",
    [
        "Kestrel Foods shares fell again on Friday.",
        "Analysts cut their forecasts after Ingrid Solberg warned on margins.",
        '"We are being honest about a hard year," she said.',
    ],
    ("We are being honest about a hard year", ["Ingrid Solberg"], ["Kestrel Foods"]),
)
built.story(
    OPEN,
    "Shopkeepers win parking change",
    [
        "Parking on Quay Road will be free for the first hour.",
        "Shopkeepers won the change after Declan Furey visited every shop on the road.",
        '"They told me what they needed and I listened," he said.',
    ],
    ("They told me what they needed and I listened", ["Declan Furey"], ["Quay Road traders"]),
)
built.story(
    OPEN,
    "MSPs question ferry contract",
    [
        "The ferry contract will be debated at Holyrood.",
        "MSPs questioned the contract Magnus Rendall signed last spring.",
        '"It was the only bid on the table," he said.',
    ],
    ("It was the only bid on the table", ["Magnus Rendall"], ["Fiona Shearer"]),
)
built.story(
    OPEN,
    "Volunteers clear the towpath",
    [
        "The canal towpath is open again after a weekend of work.",
        "Volunteers cleared the path under the eye of Agnes Mwangi, who organised the weekend.",
        '"I could not believe how many people came," she said.',
    ],
    ("I could not believe how many people came", ["Agnes Mwangi"], ["canal trust"]),
)
built.story(
    OPEN,
    "Residents win bus route",
    [
        "The number 12 bus will run to the Fellside estate again.",
        "Residents won the route back after Omar Haddad gathered 2,000 signatures.",
        '"People here need that bus to get to work," he said.',
    ],
    ("People here need that bus to get to work", ["Omar Haddad"], ["Dunmore buses"]),
)
built.story(
    OPEN,
    "Walkers praise new bridge",
    [
        "The new footbridge at Fell End opened on Saturday.",
        "Walkers crowded onto the bridge Noel Cullen designed.",
        '"It took three winters to get it right," he said.',
    ],
    ("It took three winters to get it right", ["Noel Cullen"], ["Fell End council"]),
)


# --- spoken_of: the quote speaks of the value, or the value is dead -----------------------
built.story(
    SPOKEN,
    "Driver freed after A470 crash",
    [
        "A driver was trapped in his car for an hour on the A470.",
        "Doctors treated Aled Rhys for burns at Kelso General on Saturday.",
        '"He is lucky to be alive after a crash like that," he said.',
    ],
    ("He is lucky to be alive after a crash like that", [], ["Aled Rhys"]),
)
built.story(
    SPOKEN,
    "Town mourns Wendel",
    [
        "Flags flew at half mast over the Kelso ground on Friday.",
        "Mourners filled the chapel for the funeral of Kurt Wendel, who died last week aged 81.",
        '"He never missed a home game in sixty years," he said.',
    ],
    ("He never missed a home game in sixty years", [], ["Kurt Wendel"]),
)
built.story(
    SPOKEN,
    "Tributes to Tarbert sailor",
    [
        "The Tarbert lifeboat crew lowered its flag on Monday.",
        "Tributes were paid to Colm Reddy, who died at home on Sunday.",
        '"He taught half this town to sail," he said.',
    ],
    ("He taught half this town to sail", [], ["Colm Reddy"]),
)
built.story(
    SPOKEN,
    "Mill Street mourns shopkeeper",
    [
        "Shops on Mill Street closed for an hour on Tuesday.",
        "Neighbours laid flowers outside the shop Ruth Okoro ran for thirty years.",
        '"She was the heart of this street," she said.',
    ],
    ("She was the heart of this street", [], ["Ruth Okoro"]),
)
built.story(
    SPOKEN,
    "Retiring head teacher honoured",
    [
        "Fenby Primary held a party on Friday.",
        "Staff gathered to mark the retirement of Clive Tanner after 34 years.",
        '"We will miss his jokes more than anything," he said.',
    ],
    ("We will miss his jokes more than anything", [], ["Clive Tanner"]),
)
built.story(
    SPOKEN,
    "Police hunt escaped prisoner",
    [
        "Roadblocks were set up around Dunmore overnight.",
        "Officers are searching for Piet Brandt, who walked out of an open prison on Tuesday.",
        '"He should not be approached by the public," he said.',
    ],
    ("He should not be approached by the public", [], ["Piet Brandt"]),
)
built.story(
    SPOKEN,
    "Keeper out for season",
    [
        "Kelso Rovers will be without their keeper until next year.",
        "Scans showed Josh Keane had torn a knee ligament in training.",
        '"He is devastated, as you would expect," he said.',
    ],
    ("He is devastated, as you would expect", [], ["Josh Keane"]),
)
built.story(
    SPOKEN,
    "Missing walker found",
    [
        "Mountain rescue teams searched Fellside through the night.",
        "Rescuers found Greta Holm in a gully at first light, cold but unhurt.",
        '"She did everything right by staying put," he said.',
    ],
    ("She did everything right by staying put", [], ["Greta Holm"]),
)
built.story(
    SPOKEN,
    "Festival founder remembered",
    [
        "The Dunmore folk festival opened with a minute's silence.",
        "Musicians dedicated the weekend to Jonas Berg, the founder, who died in March.",
        '"His voice is in every song we play," she said.',
    ],
    ("His voice is in every song we play", [], ["Jonas Berg"]),
)
built.story(
    SPOKEN,
    "Award for lollipop lady",
    [
        "A Fenby lollipop lady has been honoured for forty years of service.",
        "Parents nominated Dorothy Achebe for the county award.",
        '"Every child on this road knows her name," he said.',
    ],
    ("Every child on this road knows her name", [], ["Dorothy Achebe"]),
)
built.story(
    SPOKEN,
    "Striker's injury worse than feared",
    [
        "Rovers' top scorer faces surgery.",
        "Scans on Monday confirmed Sami Laine had broken his ankle.",
        '"We will give him all the time he needs," he said.',
    ],
    ("We will give him all the time he needs", [], ["Sami Laine"]),
)
built.story(
    SPOKEN,
    "Veteran remembered at cenotaph",
    [
        "Crowds gathered at the Dunmore cenotaph on Sunday.",
        "Wreaths were laid for Harald Vik, the town's last wartime pilot, who died in January.",
        '"Men like him did not talk about what they had done," he said.',
    ],
    ("Men like him did not talk about what they had done", [], ["Harald Vik"]),
)
# the value's own words, even where they speak of another man or woman
built.story(
    SPOKEN,
    "Laine lifts the cup",
    [
        "Kelso Rovers won the county cup on Sunday.",
        "Fans cheered as Sami Laine lifted the cup.",
        '"My father never saw me play here. He would have loved today," he said.',
    ],
    (
        "My father never saw me play here. He would have loved today",
        ["Sami Laine"],
        ["Kelso Rovers"],
    ),
)
built.story(
    SPOKEN,
    "Okoro opens new shop",
    [
        "Mill Street has a new shop.",
        "Neighbours queued on Saturday for the shop Ruth Okoro opened in her late mother's name.",
        '"She ran a shop on this street for thirty years and I wanted to carry it on," she said.',
    ],
    (
        "She ran a shop on this street for thirty years and I wanted to carry it on",
        ["Ruth Okoro"],
        ["Mill Street traders"],
    ),
)
built.story(
    SPOKEN,
    "Rhys back at work after crash",
    [
        "The A470 crash victim is back at his desk.",
        "Colleagues welcomed Aled Rhys back on Monday, six weeks after the crash.",
        '"I owe my life to the man who stopped to help," he said.',
    ],
    ("I owe my life to the man who stopped to help", ["Aled Rhys"], ["Kelso General"]),
)
built.story(
    SPOKEN,
    "Wendel hands back payout",
    [
        "The council has its £90,000 back.",
        "Councillors were told on Monday that Kurt Wendel had returned the payout.",
        '"I should never have taken it," he said.',
    ],
    ("I should never have taken it", ["Kurt Wendel"], ["Mairead Collins"]),
)
built.story(
    SPOKEN,
    "Tanner retires from Fenby Primary",
    [
        "Fenby Primary held a party on Friday.",
        "Pupils sang for Clive Tanner at his last assembly after 34 years.",
        '"I will miss the children more than anything," he said.',
    ],
    ("I will miss the children more than anything", ["Clive Tanner"], ["Fenby Primary"]),
)
built.story(
    SPOKEN,
    "Brandt cleared by inquiry",
    [
        "The sailing club inquiry has reported.",
        "The inquiry cleared Piet Brandt of any wrongdoing on Tuesday.",
        '"I always knew the books were straight," he said.',
    ],
    ("I always knew the books were straight", ["Piet Brandt"], ["Dunmore sailing club"]),
)
built.story(
    SPOKEN,
    "Keane signs new deal",
    [
        "Kelso Rovers have kept their keeper.",
        "Supporters were delighted by the deal Josh Keane signed on Thursday.",
        '"My dad played here and he told me never to leave," he said.',
    ],
    ("My dad played here and he told me never to leave", ["Josh Keane"], ["Kelso Rovers"]),
)
built.story(
    SPOKEN,
    "Holm back on the hills",
    [
        "The Fellside walker found in a gully is walking again.",
        "Rescuers met Greta Holm again on Sunday, a month after they found her.",
        '"I owe those volunteers a very large drink," she said.',
    ],
    ("I owe those volunteers a very large drink", ["Greta Holm"], ["Fellside rescue"]),
)
built.story(
    SPOKEN,
    "Berg hands over festival",
    [
        "The Dunmore folk festival has a new director.",
        "Musicians paid tribute to Jonas Berg at his last festival as director.",
        '"My wife said it was time and she is always right," he said.',
    ],
    ("My wife said it was time and she is always right", ["Jonas Berg"], ["Dunmore festival"]),
)
built.story(
    SPOKEN,
    "Achebe takes the award",
    [
        "A Fenby lollipop lady has been honoured for forty years of service.",
        "Parents cheered as Dorothy Achebe collected the county award.",
        '"I have seen three generations of this town cross that road," she said.',
    ],
    (
        "I have seen three generations of this town cross that road",
        ["Dorothy Achebe"],
        ["Fenby council"],
    ),
)
built.story(
    SPOKEN,
    "Vik's last flight",
    [
        "The town's last wartime pilot flew once more on his 100th birthday.",
        "Crowds lined the airfield as Harald Vik climbed into the Tiger Moth.",
        '"My brother flew with me in 1944 and he would have laughed at this," he said.',
    ],
    (
        "My brother flew with me in 1944 and he would have laughed at this",
        ["Harald Vik"],
        ["Dunmore airfield"],
    ),
)


# --- later additions (kept after the rest so the ids above stay): a surname opener before a
# plural noun on a page that writes the name only after a title or a given name ("Coach
# Mark Hale" for "Hale's players", "Hale players"), and against it a place's name there
built.story(
    OPEN,
    "Wendel wonder goal",
    [
        "Coach Mark Hale met the press after the match.",
        "Hale's players praised the goal Kurt Wendel scored from forty yards.",
        '"It was the best goal I have seen at this ground," he said.',
        '"I just hit it and hoped," said Kurt Wendel.',
    ],
    ("It was the best goal I have seen at this ground", [], ["Kurt Wendel"]),
    ("I just hit it and hoped", ["Kurt Wendel"], []),
)
built.story(
    OPEN,
    "Penalty row at Fenby",
    [
        "Mark Hale watched from the stands as Fenby lost.",
        "Hale players surrounded the referee after the penalty Ravi Menon won.",
        '"It was never a foul in a month of Sundays," he said.',
        '"He caught my ankle," said Ravi Menon.',
    ],
    ("It was never a foul in a month of Sundays", [], ["Ravi Menon"]),
    ("He caught my ankle", ["Ravi Menon"], []),
)
built.story(
    OPEN,
    "Kelso fans hail Laine",
    [
        "Kelso Rovers beat Fenby 2-0 on Saturday.",
        "Kelso supporters sang the name of Sami Laine long after the whistle.",
        '"I have never heard noise like that in my life," he said.',
    ],
    ("I have never heard noise like that in my life", ["Sami Laine"], ["Kelso Rovers"]),
)
built.story(
    OPEN,
    "Dunmore traders back Furey",
    [
        "Dunmore's high street has lost six shops this year.",
        "Dunmore shopkeepers backed the rates cut Declan Furey proposed on Tuesday.",
        '"We have to keep the lights on in the town centre," he said.',
    ],
    ("We have to keep the lights on in the town centre", ["Declan Furey"], ["Dunmore council"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
