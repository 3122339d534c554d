# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 55's reading of a body written bare before a person's title run
(``grounding_af55.jsonl``, fresh-miss writer af55;
:mod:`summarizer.verification.people.run_bodies`), at the edges of

- ``runbody``: "TD Cowen analyst Ritu Baral", "Roscosmos cosmonaut Aleksandr Gorbunov": the
  page names the person's own body bare before their title, so another body of their story (the
  company an analyst writes about, the other agency on a crew, the firm a union leader strikes
  against, another named person's firm) is refused as their affiliation; against the body
  itself, its full name for initials, its initials for a full name, a parent or a second body
  the page ties to them ("who also chairs", "of", an apposition), a past body they left, a
  common noun opening a sentence ("Union president"), a title word left of the title ("Chief
  Financial Officer");
- ``firmhead``: a president of a firm or an institute ("president and chief executive",
  "president of the X Institute") is no public office, so another body never written beside
  them is refused, as for any other post; against a president of a country or a province, whose
  body is the polity written anywhere, and the person's own body by its short form.

Run ``python tests/data/make_af55_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af55.jsonl")

built = SupportCases(
    "af55",
    leads=[
        "By Hester Quayle | The Solent Ledger",
        "CALGARY (Prairie Line Wire) -",
        "Markets | The Tamar Courier",
        "From our Leeds desk, The Aire Bulletin.",
        "LIVE | The Derwent Post",
    ],
)
RUN, FIRM = "runbody", "firmhead"


firm = partial(built.held_affiliation, FIRM)


# --- runbody: the body written bare before the title ------------------------------------------
built.affiliation(
    RUN,
    "Priya Halloran",
    ["Kestrel Securities"],
    ["Norvane Biologics"],
    "Norvane Biologics said on Tuesday it would pause trials of its kidney drug after a patient fell ill.",
    "Kestrel Securities analyst Priya Halloran wrote that the pause could push approval back by a year.",
)
built.affiliation(
    RUN,
    "Oleg Varnitsky",
    ["Roscosmos", "Russian space agency"],
    ["NASA"],
    "The capsule brought home Dana Whitcombe of NASA and Roscosmos cosmonaut Oleg Varnitsky after five months in orbit.",
    "Both were said to be in good health.",
)
built.affiliation(
    RUN,
    "Mele Fonoti",
    ["Harbourline Ferries"],
    ["Port Authority of Kelso"],
    "The Port Authority of Kelso said the berth would reopen on Friday.",
    "Harbourline Ferries spokeswoman Mele Fonoti said sailings would resume the same evening.",
)
built.affiliation(
    RUN,
    "Dariusz Wolan",
    ["Amberfield Union of Bakers", "AUB"],
    ["Crustline Foods"],
    "Around 900 workers at Crustline Foods walked out on Monday over a pay offer they called an insult.",
    "AUB general secretary Dariusz Wolan said the strike would last until a better offer was tabled.",
    "The Amberfield Union of Bakers (AUB) represents most of the company's night shift.",
)
built.affiliation(
    RUN,
    "Joanne Petrakis",
    ["Corrib Energy", "Corrib"],
    ["Tellin Grid"],
    "The connection was approved by Tellin Grid after two years of talks.",
    "Corrib Energy chief executive Joanne Petrakis called it a turning point for her wind farm.",
)
built.affiliation(
    RUN,
    "Samir Haddou",
    ["Ostrava Capital"],
    ["Belmont Partners"],
    "Rhea Lindqvist of Belmont Partners said the bid undervalued the chain.",
    "Ostrava Capital strategist Samir Haddou disagreed, calling the price fair for a business that had lost money for three years.",
)
built.affiliation(
    RUN,
    "Keiko Arashiro",
    ["Miyabi Motors"],
    ["Halvorsen Steel"],
    "Halvorsen Steel will supply the panels from its plant in Gdansk under the five-year deal.",
    "Miyabi Motors purchasing director Keiko Arashiro said prices were fixed for the first two years.",
)
built.affiliation(
    RUN,
    "Tomasz Rudnik",
    ["Baltic Rail Workers Federation", "BRWF"],
    ["Northway Trains"],
    "Northway Trains cancelled 400 services on Thursday as drivers walked out.",
    "BRWF organiser Tomasz Rudnik said members would picket every depot.",
    "The Baltic Rail Workers Federation (BRWF) has called three more days of action.",
)
built.affiliation(
    RUN,
    "Lucia Ferrante",
    ["Glenmore Hospital Trust"],
    ["Care Quality Board"],
    "The Care Quality Board rated the maternity unit inadequate in a report published on Wednesday.",
    "Glenmore Hospital Trust medical director Lucia Ferrante said new midwives had been hired since the inspection.",
)
built.affiliation(
    RUN,
    "Brendan Achterberg",
    ["Veltro Analytics"],
    ["Statistics Office"],
    "Prices rose 3.1% in the year to May, the Statistics Office said on Wednesday.",
    "Veltro Analytics economist Brendan Achterberg said the rise was driven by food and rents.",
)
built.affiliation(
    RUN,
    "Ines Okafor",
    ["Northmere Water"],
    ["Harlow Environment Agency"],
    "Three sewage spills into the river last spring drew a fine from the Harlow Environment Agency.",
    "Northmere Water spokeswoman Ines Okafor said 40 million pounds had been spent on new storm tanks.",
)
built.affiliation(
    RUN,
    "Rafael Contreras",
    ["Solenne Pharma", "Solenne"],
    [],
    "Solenne Pharma chief scientist Rafael Contreras said the trial would enrol 2,000 patients.",
    "He added that results were due next year.",
)
built.affiliation(
    RUN,
    "Greta Holm",
    ["Norrvik Bank", "Nordhav Group"],
    [],
    "Norrvik Bank economist Greta Holm, who also sits on the board of its parent, the Nordhav Group, said rates would fall in autumn.",
)
built.affiliation(
    RUN,
    "Felix Amadi",
    ["Tarrow Institute"],
    [],
    "Union president Mara Delle said the vote would go ahead.",
    "Tarrow Institute researcher Felix Amadi, who studies union ballots, said turnout would decide it.",
)
built.affiliation(
    RUN,
    "Ruth Pennant",
    ["Dovecote Foods"],
    [],
    "Chief Financial Officer Ruth Pennant said margins had held up.",
    "Dovecote Foods, where she has worked since 2015, also raised its dividend.",
)
built.affiliation(
    RUN,
    "Harold Vance",
    ["Ashby Mining"],
    [],
    "Former Crestline Metals engineer Harold Vance now leads safety at Ashby Mining, where he started in March.",
)
built.affiliation(
    RUN,
    "Selin Kaya",
    ["Bosphor Air"],
    [],
    "Tenant member Orhan Demir said the lease was unfair.",
    "Bosphor Air pilot Selin Kaya, who rents a flat in the block, agreed.",
)
built.affiliation(
    RUN,
    "Amara Nwosu",
    ["Lagos Port Workers Union", "LPWU"],
    [],
    "LPWU chair Amara Nwosu said members would return to work on Monday.",
    "The Lagos Port Workers Union had been on strike for a week.",
)
built.affiliation(
    RUN,
    "Noor Rahimi",
    ["Kabul Medical Relief"],
    [],
    "Opposition leader Farid Kohi praised the clinic.",
    "Kabul Medical Relief nurse Noor Rahimi said it treats 300 children a day.",
)

built.affiliation(
    RUN,
    "Mia Sorensen",
    ["Halden Reinsurance"],
    ["Meridian Re"],
    "Tobias Grell of Meridian Re said storm losses would top 2 billion dollars.",
    "Halden Reinsurance analyst Mia Sorensen put the figure nearer 3 billion dollars.",
)
built.affiliation(
    RUN,
    "Colm Hanrahan",
    ["Vega Aerospace"],
    ["Orbital Agency"],
    "Vega Aerospace test pilot Colm Hanrahan flew the glider with Ada Mertens of the Orbital Agency on Sunday.",
)
built.affiliation(
    RUN,
    "Sean Tully",
    ["Ridgeback Rovers"],
    ["Fenwick Albion"],
    "The cup tie was hosted by Fenwick Albion in front of 9,000 fans.",
    "Ridgeback Rovers captain Sean Tully scored twice in the second half.",
)
built.affiliation(
    RUN,
    "Paula Minchin",
    ["Greystone Homes"],
    ["Larkfield Council"],
    "Larkfield Council refused the plan for 240 homes on Tuesday.",
    "Greystone Homes director Paula Minchin said an appeal would follow within weeks.",
)
built.affiliation(
    RUN,
    "Aidan Roe",
    ["Telmar Broadband"],
    ["Communications Board"],
    "The Communications Board will rule on the merger in May.",
    "Telmar Broadband chief executive Aidan Roe said he was confident of approval.",
)
built.affiliation(
    RUN,
    "Hanne Solberg",
    ["Statoil Retail", "Statoil"],
    [],
    "Statoil Retail spokeswoman Hanne Solberg said prices at the pump would rise on Monday.",
    "Statoil owns 300 stations.",
)

built.affiliation(
    RUN,
    "Declan Furey",
    ["Skyway Air"],
    [],
    "Group chief executive Declan Furey said Skyway Air would add 30 planes.",
)

# --- firmhead: a firm's or an institute's president --------------------------------------------
firm(
    "president",
    "Wendell Oyelaran",
    ["Brightwater Institute"],
    ["Bloomberg"],
    "Wendell Oyelaran, president of the Brightwater Institute, said voters were tired of the long campaign.",
    "Turnout was expected to fall, Bloomberg reported, citing three polls.",
)
firm(
    "president and chief executive",
    "Marta Oyelowo",
    ["Halcyon Foods"],
    ["Grainmark"],
    "Grainmark's rival cereal bar is still awaiting approval in Canada.",
    "Marta Oyelowo, Halcyon's president and chief executive, said the bar would reach shelves in June.",
)
firm(
    "president",
    "Lars Brenden",
    ["Fjordline Shipping"],
    ["Maersk"],
    "Rates on the Asia route rose again this week, Maersk said.",
    "Lars Brenden, president of Fjordline Shipping, said smaller carriers would follow.",
)
firm(
    "president",
    "Odile Marchetti",
    ["Rivoli Foundation"],
    ["Louvre"],
    "The Louvre will lend the painting for a year.",
    "Odile Marchetti, president of the Rivoli Foundation, called the loan a gift to the city.",
)
firm(
    "president",
    "Caspar Nyberg",
    ["Nordstrand University"],
    ["Ministry of Education"],
    "The Ministry of Education cut research grants by 8% this year.",
    "Caspar Nyberg, president of Nordstrand University, said two labs would close.",
)
firm(
    "president",
    "Anan Chaiyasit",
    ["Siam Harvest Company"],
    ["Commerce Department"],
    "The Commerce Department set the new tariff at 19%.",
    "Anan Chaiyasit, president of the Siam Harvest Company, said exports of rice would fall.",
)
firm(
    "president and chief executive",
    "Beatrix Lowe",
    ["Cinder Bank"],
    ["Financial Conduct Authority"],
    "The Financial Conduct Authority opened an inquiry into the sale of the savings product.",
    "Beatrix Lowe, president and chief executive of Cinder Bank, said staff would cooperate fully.",
)
firm(
    "president",
    "Hamid Tavakoli",
    ["Zagros Holdings"],
    ["Caspian Oil"],
    "Caspian Oil reported a loss for the quarter.",
    "Hamid Tavakoli, president of Zagros Holdings, credited new fields for a rise in profit.",
)
firm(
    "President",
    "Ana Ribeiro",
    ["Portugal"],
    [],
    "Portugal and Spain signed the water treaty on Friday.",
    "President Ana Ribeiro said the deal would guard the rivers in dry years.",
)
firm(
    "president",
    "Kwame Asante",
    ["Ashanti Cocoa Board", "Cocoa Board"],
    [],
    "Kwame Asante, president of the Ashanti Cocoa Board, said the harvest was late.",
    "The Cocoa Board buys most of the country's beans.",
)
firm(
    "president",
    "Emilia Strand",
    ["Vasa Pension Fund"],
    [],
    "Emilia Strand, president of the Vasa Pension Fund, said returns were 6%.",
    "The fund, which manages money for teachers, holds shares in Volvo and Ericsson.",
)
firm(
    "president",
    "Rhys Morgan",
    ["Cambria Institute"],
    [],
    "Rhys Morgan, president of the Cambria Institute, told the BBC the findings were clear.",
)
firm(
    "president",
    "Lena Vogt",
    ["Rhein Chemie Group"],
    [],
    "Lena Vogt, president of Rhein Chemie Group, said the plant in Ludwigshafen would close.",
    "She said 300 staff would be offered jobs at the company's other sites.",
)

firm(
    "president and chief executive",
    "Tomas Lindahl",
    ["Aurum Mining"],
    ["Kiruna Metals"],
    "Kiruna Metals cut its forecast for the year on Thursday.",
    "Tomas Lindahl, president and chief executive of Aurum Mining, said output would rise by a tenth.",
)
firm(
    "president",
    "Yusuf Demir",
    ["Anatolia Airlines"],
    ["Pegas Travel"],
    "Pegas Travel cancelled 40 package holidays after the strike.",
    "Yusuf Demir, president of Anatolia Airlines, said flights would resume on Friday.",
)
firm(
    "president",
    "Celia Dunmore",
    ["Harwick Medical Association"],
    ["Department of Health"],
    "The Department of Health said talks would resume next week.",
    "Celia Dunmore, president of the Harwick Medical Association, said doctors were ready to strike.",
)
firm(
    "president",
    "Sofia Marin",
    ["Andes Mining Society"],
    ["Codesa"],
    "Codesa, the state copper firm, reported a fall in output.",
    "Sofia Marin, president of the Andes Mining Society, blamed the drought.",
)
firm(
    "president",
    "Isabel Quinn",
    ["Marlow Insurance"],
    ["Harbor Re"],
    "Harbor Re raised its prices for storm cover by 12%.",
    "Isabel Quinn, president of Marlow Insurance, said households would pay more.",
)
firm(
    "president and CEO",
    "Daniel Okoro",
    ["Lekki Foods"],
    ["Unilever"],
    "Unilever sold its spreads business last year.",
    "Daniel Okoro, president and chief executive of Lekki Foods, said farmers would be paid more for milk.",
)
firm(
    "president",
    "Hugo Lemaire",
    ["Alpine Ski Federation"],
    ["Olympic Committee"],
    "The Olympic Committee will choose the host in June.",
    "Hugo Lemaire, president of the Alpine Ski Federation, said the slopes were ready.",
)
firm(
    "president",
    "Aitor Urrutia",
    ["Basque regional government", "Basque Country"],
    [],
    "The Basque Country will host the summit in October.",
    "Regional president Aitor Urrutia said the hotels were booked.",
)
firm(
    "president",
    "Grace Ndlovu",
    ["Zambezi Teachers Union", "ZTU"],
    [],
    "Grace Ndlovu, president of the ZTU, said schools would stay shut.",
    "The Zambezi Teachers Union has 40,000 members.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
