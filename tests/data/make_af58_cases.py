# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's portfolio ties (``grounding_af58.jsonl``, fresh-miss writer
af58; :mod:`summarizer.verification.people.portfolio_ties`): a person the page writes as a
country's office holder with the portfolio between the country and the office, given another
party of the table as their affiliation:

- ``portfolio``: "Ivo Marek, Slovakia's economy minister," / "Peruvian Energy Secretary Rosa
  Quispe" / "Lena Dahl, who is Norway's Minister of Trade and Industry," / "Tom Hale, the
  Foreign Minister of Barbados," / "his Slovak colleague Ivo Marek": the country (or its
  government) passes; another country the story names apart from them is refused;
- ``nationality``: a people's word before one occupation noun ("the Belgian novelist Caroline
  Aubry", "Romanian referee Ion Pop"): the country passes, another is refused;
- ``guard``: the readings' edges: the value named as another person's country in the same
  sentence ("French President X and his German counterpart, Y") is still refused; the value
  named in the person's own sentence otherwise ("Slovakia's economy minister ... told the
  European Commission"), a posted office ("Chile's envoy to the United Nations"), a hyphen
  ("Russian-backed"), a former or opposition office, and a body of the portfolio ("Hungary's
  EU commissioner") leave the older verdict.

Run ``python tests/data/make_af58_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af58.jsonl")

built = SupportCases(
    "af58",
    leads=[
        "By Mirela Ostojic | The Adriatic Ledger",
        "LIMA (Andes Wire) -",
        "World | The Tamar Courier",
        "From our Oslo desk, The Northern Gazette.",
        "UPDATED | The Lakeside Post",
    ],
)
PORT, NAT, GUARD = "portfolio", "nationality", "guard"


# --- portfolio: a country's office with its portfolio between --------------------------------
built.held_affiliation(
    PORT,
    "economy minister",
    "Ivo Marek",
    ["Slovakia", "Slovak government"],
    ["Austria", "European Union"],
    "Austria and Slovakia reopened the border crossing at Berg on Tuesday after a week of repairs.",
    "Ivo Marek, Slovakia's economy minister, said freight lorries had been queuing for 20 kilometres.",
    "The European Union paid for half of the new bridge.",
)
built.held_affiliation(
    PORT,
    "energy secretary",
    "Rosa Quispe",
    ["Peru"],
    ["Bolivia", "Chile"],
    "Bolivia agreed to sell more gas across the border from next winter, and Chile is expected to join the pipeline talks in May.",
    "Peruvian Energy Secretary Rosa Quispe called the deal a relief for the southern cities.",
)
built.held_affiliation(
    PORT,
    "Minister of Trade and Industry",
    "Lena Dahl",
    ["Norway"],
    ["Sweden", "Finland"],
    "Sweden and Finland have each raised tariffs on farmed salmon feed this year.",
    "The new rules were welcomed by Lena Dahl, who is Norway's Minister of Trade and Industry, at a fish fair in Tromsø.",
)
built.held_affiliation(
    PORT,
    "Foreign Minister",
    "Tom Hale",
    ["Barbados"],
    ["Jamaica", "United States"],
    "Jamaica hosted the Caribbean ministers in Kingston, and the United States sent an observer.",
    "Tom Hale, the Foreign Minister of Barbados, said the islands would buy vaccines together.",
)
built.held_affiliation(
    PORT,
    "economy minister",
    "Juraj Pelc",
    ["Slovakia"],
    ["Hungary"],
    "Hungary says gas deliveries stopped again on Monday.",
    "The minister and his Slovak colleague Juraj Pelc wrote a joint letter to the pipeline operator.",
)
built.held_affiliation(
    PORT,
    "agriculture minister",
    "Karol Benes",
    ["Czech Republic"],
    ["Poland", "European Commission"],
    "The European Commission proposed on Friday to lift the ban on Ukrainian grain, which Poland opposes.",
    "Czech agriculture minister Karol Benes said farmers needed a longer notice.",
)
built.held_affiliation(
    PORT,
    "international trade representative",
    "Wu Jian",
    ["China"],
    ["United States", "Japan"],
    "The United States and Japan signed a chip agreement last month.",
    "Wu Jian, China's international trade representative, described the Geneva talks as frank and useful.",
)
built.held_affiliation(
    PORT,
    "fisheries minister",
    "Aino Salo",
    ["Finland"],
    ["European Union", "Estonia"],
    "The European Union set a lower herring quota for the Baltic on Monday, and Estonia said it would appeal.",
    "Finland's fisheries minister, Aino Salo, called the cut painful but necessary.",
)
built.held_affiliation(
    PORT,
    "deputy health minister",
    "Pedro Alves",
    ["Brazil"],
    ["Argentina"],
    "Argentina reported 40 new cases of dengue in the north on Sunday.",
    "Pedro Alves, Brazil's deputy health minister, said the vaccine would reach border towns within a month.",
)
built.held_affiliation(
    PORT,
    "transport secretary",
    "Julia Ortega",
    ["Mexico", "Mexican government"],
    ["United States", "Canada"],
    "Lorries crossing into the United States waited up to nine hours at Laredo, and Canada warned of delays to car parts.",
    "Mexico's transport secretary, Julia Ortega, blamed the new inspections.",
)
built.held_affiliation(
    PORT,
    "climate envoy",
    "Sofia Lind",
    ["Sweden"],
    ["Brazil"],
    "Brazil will host the summit in Belém.",
    "Swedish climate envoy Sofia Lind said the forest fund needed more donors.",
)
built.held_affiliation(
    PORT,
    "Secretary of Foreign Affairs",
    "Nando Reyes",
    ["Philippines"],
    ["Vietnam", "China"],
    "Vietnam and China held a separate round of talks in Hanoi on Wednesday.",
    "Nando Reyes, the Philippines' Secretary of Foreign Affairs, said the code of conduct was close.",
)

# --- nationality: a people's word before one occupation noun ----------------------------------
built.held_affiliation(
    NAT,
    "novelist",
    "Claire Aubry",
    ["Belgium"],
    ["France"],
    "France's oldest literary prize went to a first-time winner on Tuesday.",
    "Four writers reached the last round, among them the Belgian novelist Claire Aubry with her third book.",
)
built.held_affiliation(
    NAT,
    "referee",
    "Ion Pop",
    ["Romania"],
    ["Italy", "Spain"],
    "Spain beat Italy 2-1 in the final in Munich.",
    "Romanian referee Ion Pop sent off two players in the second half.",
)
built.held_affiliation(
    NAT,
    "cyclist",
    "Jonas Berg",
    ["Denmark"],
    ["Belgium", "Netherlands"],
    "The stage started in Belgium and finished over the border in the Netherlands.",
    "The Danish cyclist Jonas Berg won the sprint by half a wheel.",
)
built.held_affiliation(
    NAT,
    "architect",
    "Kenji Mori",
    ["Japan"],
    ["United Kingdom"],
    "The United Kingdom will open the pavilion in April.",
    "It was drawn by the Japanese architect Kenji Mori, who used timber from Hokkaido.",
)
built.held_affiliation(
    NAT,
    "golfer",
    "Liam Doyle",
    ["Ireland"],
    ["United States", "South Africa"],
    "A golfer from South Africa led after two rounds, and the United States had four players in the top ten.",
    "Irish golfer Liam Doyle finished third after a closing 66.",
)
built.held_affiliation(
    NAT,
    "economist",
    "Ana Ferreira",
    ["Portugal"],
    ["Spain"],
    "Spain's jobless rate fell to its lowest since 2008.",
    "The Portuguese economist Ana Ferreira said the figure hid a rise in short contracts.",
)
built.held_affiliation(
    NAT,
    "singer",
    "Mira Novak",
    ["Croatia"],
    ["Serbia", "Slovenia"],
    "The festival in Serbia drew crowds from Slovenia and beyond.",
    "Croatian singer Mira Novak closed the first night.",
)
built.held_affiliation(
    NAT,
    "chess grandmaster",
    "Arjun Rao",
    ["India"],
    ["Norway"],
    "The tournament in Norway ended on Sunday.",
    "The Indian grandmaster Arjun Rao drew his last game to take the title.",
)
built.held_affiliation(
    NAT,
    "judge",
    "Mark Ellis",
    ["Canada"],
    ["Netherlands"],
    "The court sits in the Netherlands.",
    "Two of the bench are new: the Canadian judge Mark Ellis and a French colleague.",
)
built.held_affiliation(
    NAT,
    "sprinter",
    "Kofi Mensah",
    ["Ghana"],
    ["Nigeria", "Kenya"],
    "Nigeria won the relay and Kenya took three medals in the distance races.",
    "Ghanaian sprinter Kofi Mensah set a national record in the 100 metres.",
)

# --- guard: the readings' edges ----------------------------------------------------------------
built.held_affiliation(
    GUARD,
    "President",
    "Hans Roth",
    ["Germany"],
    ["France"],
    "French President Paul Girard and his German counterpart, Hans Roth, opened the exhibition together.",
)
built.held_affiliation(
    GUARD,
    "foreign minister",
    "Ana Ruiz",
    ["Chile"],
    ["Argentina"],
    "Argentina's foreign minister, Diego Paz, and Chile's foreign minister, Ana Ruiz, signed the water accord.",
)
built.held_affiliation(
    GUARD,
    "economy minister",
    "Ivo Marek",
    ["Slovakia"],
    ["European Commission"],
    "Ivo Marek, Slovakia's economy minister, told the European Commission that the subsidy rules were too strict.",
)
built.held_affiliation(
    GUARD,
    "envoy",
    "Carla Vidal",
    ["Chile", "United Nations"],
    [],
    "Chile's envoy to the United Nations, Carla Vidal, asked for a vote next week.",
)
built.held_affiliation(
    GUARD,
    "commissioner",
    "Gabor Kiss",
    ["Hungary", "European Commission"],
    [],
    "Gabor Kiss, Hungary's EU commissioner, defended the budget plan.",
    "The European Commission will publish it on Monday.",
)
built.held_affiliation(
    GUARD,
    "separatist leader",
    "Denis Pavlov",
    ["Russia"],
    [],
    "Russian-backed separatist leader Denis Pavlov said the shelling had stopped.",
)
built.held_affiliation(
    GUARD,
    "adviser",
    "Olga Renn",
    ["Estonia", "Latvia"],
    [],
    "Olga Renn, Estonia's former defence minister, now advises Latvia on cyber security.",
)
built.held_affiliation(
    GUARD,
    "opposition leader",
    "Petra Lang",
    ["Austria"],
    [],
    "Petra Lang, Austria's opposition leader, said Germany had been right to delay the vote.",
)
built.held_affiliation(
    GUARD,
    "spokesman",
    "Oleg Marin",
    ["Russia", "Kremlin"],
    [],
    "Kremlin spokesman Oleg Marin said the call with Washington had been useful.",
)
built.held_affiliation(
    GUARD,
    "trade minister",
    "Lars Holm",
    ["Denmark"],
    ["Norway", "Sweden"],
    "Norway's trade minister, Eva Strand, and Sweden's, Karl Nyberg, stayed away.",
    "Denmark's trade minister, Lars Holm, said the door remained open.",
)
built.held_affiliation(
    GUARD,
    "health minister",
    "Maria Costa",
    ["Portugal"],
    ["Spain"],
    "Maria Costa, Portugal's health minister, said the clinics would open in May; Spanish Health Minister Luis Vega said his would follow.",
)
built.held_affiliation(
    GUARD,
    "prime minister",
    "Arvid Lund",
    ["Sweden"],
    ["Finland", "Norway"],
    "Finnish Prime Minister Eero Laine and Norwegian Prime Minister Siri Moen met Swedish Prime Minister Arvid Lund in Stockholm.",
)
built.held_affiliation(
    GUARD,
    "President",
    "Rasa Vaitkus",
    ["Lithuania"],
    ["Poland"],
    "Polish President Adam Wrona greeted his Lithuanian counterpart, Rasa Vaitkus, at the airport in Warsaw.",
)
built.held_affiliation(
    GUARD,
    "security minister",
    "Peter Okello",
    ["Uganda"],
    ["Kenya"],
    "Kenyan Interior Minister Joseph Mwangi met Ugandan security minister Peter Okello at the Busia crossing.",
)
built.held_affiliation(
    GUARD,
    "Foreign Minister",
    "Eleni Vasou",
    ["Greece"],
    ["Italy"],
    "Italy's ambassador, Marco Conti, handed the note to Greek Foreign Minister Eleni Vasou on Thursday.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
