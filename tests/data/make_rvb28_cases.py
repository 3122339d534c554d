# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of gmB28's article-wide rules (rvB28, ``grounding_rvb28.jsonl``):
new texts written to break ``bylines/lowercase_names.py``, ``bylines/headline_lines.py`` and
``quotes/quote_words.py`` from both sides, by category:

- ``rv-lowercase-name``: refused, a label the page writes in lower case inside brackets or
  after "a"/"our" ("(partner content)", "from our correspondent"); kept, brands and bylines
  that the page writes in lower case as its credit ("heise online", "il manifesto",
  "by ana ortiz"), one-word marks ("dpa", "taz");
- ``rv-headline-line``: refused, the lede's first sentence followed on its line by the next
  sentence, a photo caption, a related story's link ("Read more: ..."); kept, headlines in
  many layouts (kicker, section label, all capitals, after a menu or a date line, with a
  colon or a quotation, a deck below);
- ``rv-quote-words``: refused, narrative beside a quotation on the same line (outside its
  marks); kept, quotes in transcripts ("Q." / "A."), block quotes with an attribution line
  below, an embedded post, guillemets, German and French marks, an indented block.

Run ``python tests/data/make_rvb28_cases.py`` to rebuild it. Every article below was
written for this set in its own words, with invented outlets and writers; each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvb28.jsonl")

built = SupportCases("rvb28")
NAME, HEAD, QUOTE = "rv-lowercase-name", "rv-headline-line", "rv-quote-words"


def outlet(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(NAME, "outlet", text, passes, fails)


def byline(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(NAME, "byline", text, passes, fails)


def headline(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(HEAD, "headline", text, passes, fails)


quotes = partial(built.quote_texts, QUOTE)


# --- rv-lowercase-name ---------------------------------------------------------------------

outlet(
    "Bundestag approves heat pump subsidy cut\n\nheise online | Von Kathrin Vogel\n\nBERLIN - The Bundestag voted on Thursday to trim the subsidy for household heat pumps from 2026, the economy ministry said.\n",
    ["heise online"],
    [],
)
byline(
    "Bundestag approves heat pump subsidy cut\n\nheise online | Von Kathrin Vogel\n\nBERLIN - The Bundestag voted on Thursday to trim the subsidy for household heat pumps from 2026, the economy ministry said.\n",
    ["Kathrin Vogel"],
    ["Heise Online"],
)
outlet(
    "Rome transit workers strike for 24 hours\nil manifesto, 12 maggio 2025\n\nBuses and metro lines in Rome stopped on Monday as unions walked out over night-shift pay, the city's transport company said.\n",
    ["il manifesto"],
    [],
)
outlet(
    "taz. die tageszeitung\nBerlin senate freezes school building plan\n\nVon Jana Roth\n\nBERLIN - Berlin's senate froze plans for 20 new schools on Tuesday, citing a budget gap of three billion euros.\n",
    ["die tageszeitung", "taz"],
    [],
)
outlet(
    "Hamburg port traffic falls for a third year\n\nn-tv.de / dpa\n\nContainer volumes at Hamburg fell by four percent in 2024, the port's marketing company said on Tuesday.\n",
    ["dpa"],
    [],
)
byline(
    "the quiet end of the coal towns\n\nby ana ortiz | the northern review\n\nThe last pit in the valley closed on Friday after 140 years, leaving some 600 miners to look for work.\n",
    ["ana ortiz", "Ana Ortiz"],
    [],
)
outlet(
    "Kenya floats first green bond\n\nBy Wanjiru Kamau (partner content)\nThe Rift Valley Ledger\n\nNAIROBI - Kenya raised $500 million from its first green bond on Wednesday, the treasury said.\n",
    ["The Rift Valley Ledger"],
    ["partner content", "Partner Content"],
)
byline(
    "Kenya floats first green bond\n\nBy Wanjiru Kamau (partner content)\nThe Rift Valley Ledger\n\nNAIROBI - Kenya raised $500 million from its first green bond on Wednesday, the treasury said.\n",
    ["Wanjiru Kamau"],
    ["Partner Content"],
)
byline(
    "Quito declares water emergency\n\nFrom our correspondent in Quito, The Equator Post\n\nEcuador's capital declared a state of emergency on Sunday after a landslide cut its main water pipeline.\n",
    [],
    ["Our Correspondent", "Correspondent in Quito"],
)
outlet(
    "Dhaka garment wages to rise 9 percent\n\nstaff correspondent | Bay of Bengal Herald (updated)\n\nBangladesh's wage board agreed on Monday to raise the minimum wage for garment workers by nine percent from January.\n",
    ["Bay of Bengal Herald"],
    ["staff correspondent", "Staff Correspondent"],
)
byline(
    "Dhaka garment wages to rise 9 percent\n\nstaff correspondent | Bay of Bengal Herald (updated)\n\nBangladesh's wage board agreed on Monday to raise the minimum wage for garment workers by nine percent from January.\n",
    [],
    ["Staff Correspondent"],
)
outlet(
    "Austria tightens rent cap\n\nDer Alpenbote (with agency material)\n\nVIENNA - Austria's parliament capped rent increases at one percent for 2026, the government said on Wednesday.\n",
    ["Der Alpenbote"],
    ["agency material", "Agency Material"],
)
byline(
    "Austria tightens rent cap\n\nDer Alpenbote (with agency material)\nBy Lukas Gruber\n\nVIENNA - Austria's parliament capped rent increases at one percent for 2026, the government said on Wednesday.\n",
    ["Lukas Gruber"],
    ["Agency Material"],
)
outlet(
    "Peru's congress ousts minister\n\nAndean Times (opinion piece, free to read)\n\nLIMA - Peru's congress voted on Thursday to censure the interior minister over a wave of extortion killings.\n",
    ["Andean Times"],
    ["opinion piece", "Opinion Piece", "free to read"],
)

# --- rv-headline-line ----------------------------------------------------------------------

headline(
    "Greek firefighters contain blaze near Athens\n\nAthens Harbour Daily\n\nFirefighters contained a wildfire north of Athens on Tuesday. More than 200 homes were evacuated overnight as winds of up to 70 km an hour fanned the flames across three villages.\n",
    ["Greek firefighters contain blaze near Athens"],
    ["Firefighters contained a wildfire north of Athens on Tuesday"],
)
headline(
    "Kenya lifts curfew in coastal county\n\nMOMBASA (Coast Wire) - Kenya lifted a dusk-to-dawn curfew in Lamu county on Friday. The curfew had been imposed in June after attacks blamed on al-Shabaab militants killed nine people.\n",
    ["Kenya lifts curfew in coastal county"],
    ["Kenya lifted a dusk-to-dawn curfew in Lamu county on Friday"],
)
headline(
    "Floods close Vienna's main station\n\nPhoto: Rescue workers wade through a flooded underpass in Vienna's Floridsdorf district\n\nVIENNA - Heavy rain shut Vienna's main railway station on Sunday, the national rail operator said.\n",
    ["Floods close Vienna's main station"],
    ["Rescue workers wade through a flooded underpass in Vienna's Floridsdorf district"],
)
headline(
    "Tesla cuts prices in China again\n\nImage caption: Shoppers look at a Model Y at a showroom in Shanghai\n\nSHANGHAI - Tesla cut the price of its Model Y in China on Friday for the second time this year.\n",
    ["Tesla cuts prices in China again"],
    ["Shoppers look at a Model Y at a showroom in Shanghai"],
)
headline(
    "Malawi declares cholera outbreak over\n\nLILONGWE - Malawi declared its cholera outbreak over on Thursday, the health ministry said.\n\nRead more: Zambia reports new cholera cases in Lusaka\n\nThe outbreak killed more than 1,700 people.\n",
    ["Malawi declares cholera outbreak over"],
    ["Zambia reports new cholera cases in Lusaka"],
)
headline(
    "Slovak parliament passes media law\n\nBRATISLAVA - Slovakia's parliament passed a law on Tuesday that replaces the public broadcaster.\n\nRELATED: Thousands protest in Bratislava against broadcaster overhaul\n\nThe opposition said it would challenge the law in court.\n",
    ["Slovak parliament passes media law"],
    ["Thousands protest in Bratislava against broadcaster overhaul"],
)
headline(
    "- News\n- Europe\n- Sport\n\n15 March 2025\n\nEurope's farmers block Brussels again over trade deal\nTractors returned to the EU quarter as ministers met to discuss the Mercosur agreement\n\nBy Pieter de Vries\n\nBRUSSELS - Hundreds of tractors blocked streets around the European Parliament on Monday.\n",
    ["Europe's farmers block Brussels again over trade deal"],
    [],
)
headline(
    "Live updates: Storm Boris floods southern Poland\nLast updated 09:40 CET\n\nNYSA - Residents of Nysa were told to leave their homes on Sunday as the river Nysa Klodzka burst its banks. Rescuers used boats to reach people trapped on roofs.\n",
    ["Storm Boris floods southern Poland", "Live updates: Storm Boris floods southern Poland"],
    ["Residents of Nysa were told to leave their homes on Sunday"],
)
headline(
    "Can Europe rearm before 2030?\n4 March 2025 | Opinion\n\nThe continent spends more on defence than at any time since the Cold War. Yet it still buys too little ammunition.\n",
    ["Can Europe rearm before 2030?"],
    ["The continent spends more on defence than at any time since the Cold War"],
)
headline(
    "WORLD | ASIA\nJAPAN'S RULING PARTY LOSES UPPER HOUSE MAJORITY\n\nTOKYO - Japan's governing coalition lost its majority in the upper house in Sunday's election, public broadcaster NHK projected.\n",
    [
        "JAPAN'S RULING PARTY LOSES UPPER HOUSE MAJORITY",
        "Japan's ruling party loses upper house majority",
    ],
    ["Japan's governing coalition lost its majority in the upper house in Sunday's election"],
)
headline(
    "Gaza war: Hospitals run out of fuel, WHO says\n\nGENEVA - Two of the last working hospitals in northern Gaza ran out of fuel on Wednesday, the World Health Organization said. Staff were treating patients by torchlight.\n",
    ["Gaza war: Hospitals run out of fuel, WHO says", "Hospitals run out of fuel, WHO says"],
    ["Two of the last working hospitals in northern Gaza ran out of fuel on Wednesday"],
)
headline(
    "\"We will not leave\": Kharkiv doctors stay as shelling intensifies\n\nKHARKIV - Doctors at the city's main children's hospital said on Friday they would not evacuate. The hospital was hit twice last week.\n",
    ['"We will not leave": Kharkiv doctors stay as shelling intensifies'],
    ["Doctors at the city's main children's hospital said on Friday they would not evacuate"],
)
headline(
    "Updated 14:02 GMT\nExclusive — Airbus weighs second US assembly line\n\nTOULOUSE - Airbus is studying a second final assembly line in Alabama, three people familiar with the plans said. A decision is due by the end of the year.\n",
    ["Airbus weighs second US assembly line", "Exclusive — Airbus weighs second US assembly line"],
    ["Airbus is studying a second final assembly line in Alabama"],
)
headline(
    "Indonesia bans nickel ore exports\n\nPhotograph: A worker at a nickel smelter in Morowali, Central Sulawesi. (Antara)\n\nJAKARTA - Indonesia will ban exports of raw nickel ore from June, the mining minister said on Monday.\n",
    ["Indonesia bans nickel ore exports"],
    ["A worker at a nickel smelter in Morowali, Central Sulawesi"],
)

headline(
    "COMMENT: Brussels finally froze the oligarchs' yachts. Now it has to sell them.\nBy Hanna Virtanen\n\nFor two years the frozen assets have cost more to guard than they are worth, and the bill falls on the ports that hold them.\n",
    [
        "Brussels finally froze the oligarchs' yachts. Now it has to sell them.",
        "Brussels finally froze the oligarchs' yachts",
    ],
    ["the bill falls on the ports that hold them"],
)

# --- rv-quote-words ------------------------------------------------------------------------

quotes(
    'The governor called the storm "the worst in a generation". Crews worked through the night to restore power to 90,000 homes.\n\nSchools will stay closed on Monday.\n',
    ["the worst in a generation"],
    ["Crews worked through the night to restore power to 90,000 homes"],
)
quotes(
    "Protesters gathered outside parliament on Friday, chanting \u201cno more cuts\u201d, while police closed three roads around the building.\n",
    ["no more cuts"],
    [
        "Protesters gathered outside parliament on Friday",
        "police closed three roads around the building",
    ],
)
quotes(
    "Le ministre a d\u00e9nonc\u00e9 \u00ab une provocation inacceptable \u00bb. La r\u00e9union des ambassadeurs a dur\u00e9 deux heures mardi soir.\n",
    ["une provocation inacceptable"],
    ["La r\u00e9union des ambassadeurs a dur\u00e9 deux heures mardi soir"],
)
quotes(
    "Die Kanzlerin sprach von einem \u201eschwierigen Kompromiss\u201c. Der Bundestag stimmt am Donnerstag \u00fcber das Paket ab.\n",
    ["schwierigen Kompromiss"],
    ["Der Bundestag stimmt am Donnerstag \u00fcber das Paket ab"],
)
quotes(
    "INTERVIEW\n\nQ. Will the government raise taxes next year?\nA. We have no plans to raise income tax, and we have said so many times.\n\nThe minister left for Brussels on Tuesday evening.\n",
    ["We have no plans to raise income tax, and we have said so many times."],
    ["The minister left for Brussels on Tuesday evening."],
)
quotes(
    "Estonia's prime minister posted on X shortly after the vote\n\nToday Estonia chose freedom over fear. Thank you to every voter.\n\u2014 Kristen Michal (@KristenMichal) March 26, 2025\n\nTurnout was 61 percent, the election commission said.\n",
    ["Today Estonia chose freedom over fear. Thank you to every voter."],
    ["Turnout was 61 percent, the election commission said."],
)
quotes(
    "He closed his speech with a line from an earlier campaign.\n\nWe did not come this far to stop at the river.\n\u2014 Senator Jonas Berg, 2019\n\nThe crowd of about 3,000 cheered for several minutes.\n",
    ["We did not come this far to stop at the river."],
    ["The crowd of about 3,000 cheered for several minutes."],
)
quotes(
    "The full text of the statement, released on Sunday night, is below.\n\n    We condemn the attack on the convoy in the strongest terms and call for an independent inquiry.\n\nThe convoy was carrying flour to Khan Younis.\n",
    [
        "We condemn the attack on the convoy in the strongest terms and call for an independent inquiry."
    ],
    ["The convoy was carrying flour to Khan Younis."],
)
quotes(
    "\u2018We are running out of time,\u2019 the envoy told reporters. The talks in Doha broke up without a date for the next round.\n",
    ["We are running out of time"],
    ["The talks in Doha broke up without a date for the next round"],
)
quotes(
    '"Nobody wins a trade war," the commissioner said. Exports of steel to the United States fell by a fifth last year.\n',
    ["Nobody wins a trade war"],
    ["Exports of steel to the United States fell by a fifth last year"],
)
quotes(
    "Rain delayed the start by two hours. Then the captain spoke: \u201cWe owe the fans a result.\u201d\n",
    ["We owe the fans a result."],
    ["Rain delayed the start by two hours."],
)
quotes(
    "Der Minister nannte den Beschluss \u00bbeinen Fehler\u00ab. Die Opposition k\u00fcndigte eine Klage in Karlsruhe an.\n",
    ["einen Fehler"],
    ["Die Opposition k\u00fcndigte eine Klage in Karlsruhe an"],
)
quotes(
    "Interviewer: How long can the city hold out?\nMayor Terekhov: As long as we have power and water, we stay.\n\nThe mayor spoke by video link from Kharkiv.\n",
    ["As long as we have power and water, we stay."],
    ["The mayor spoke by video link from Kharkiv."],
)

quotes(
    'The airline said it had scrapped the Lisbon route because bookings were too low, and that other routes were safe.\n\nUnions had warned for weeks that the route would be "scrapped" and that jobs were "at risk".\n',
    ["scrapped", "at risk"],
    ["bookings were too low"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
