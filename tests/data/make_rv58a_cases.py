# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's review rv58a of af58 (``grounding_rv58a.jsonl``;
:mod:`summarizer.verification.people.portfolio_ties`): a person the page writes as one
country's office holder or national, whose right affiliation is another body of the table:

- ``abroad``: a national of one country working for another country's body or for an
  international one ("NATO ... Its new spokeswoman, the Danish diplomat X", "the Slovak trade
  commissioner X" of the European Commission, "Chile lost ... Its Argentine coach X"): that
  body, named apart from the person, passes; a party the page never ties to them is refused;
- ``posts``: an ambassador of X to Y, a second post told in a sentence of its own ("She also
  chairs the African Union's ..."), a minister's ministry, a regional government, a country's
  adjective naming a team or company: the right body passes, another party is refused.

Run ``python tests/data/make_rv58a_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv58a.jsonl")

built = SupportCases(
    "rv58a",
    leads=[
        "BRUSSELS (Continental Wire) -",
        "By Hanne Lund | The Baltic Review",
        "Sport | The Pampas Herald",
        "ANALYSIS - The Meridian Journal",
        "From our correspondent in Geneva, The Lakeshore Times.",
    ],
)
ABROAD, POSTS = "abroad", "posts"


# --- abroad: a national working for another country's or an international body ------------
built.held_affiliation(
    ABROAD,
    "spokeswoman",
    "Mette Kjaer",
    ["NATO"],
    ["Russia"],
    "NATO said on Monday that its jets had intercepted two Russian bombers over the Baltic Sea.",
    "Its new spokeswoman, the Danish diplomat Mette Kjaer, told reporters the planes had flown with their transponders off.",
)
built.held_affiliation(
    ABROAD,
    "trade commissioner",
    "Maros Vrba",
    ["European Commission"],
    ["China"],
    "The European Commission proposed tariffs of up to 30 percent on Wednesday, after a year-long inquiry into Chinese electric cars.",
    "Slovak trade commissioner Maros Vrba said the duties would be lifted if prices rose.",
)
built.held_affiliation(
    ABROAD,
    "special envoy for Yemen",
    "Hans Lindqvist",
    ["United Nations"],
    ["Saudi Arabia"],
    "The United Nations named a new special envoy for Yemen on Friday, weeks after Saudi Arabia reopened talks with the Houthis.",
    "The Swedish diplomat Hans Lindqvist will take up the post in March.",
)
built.held_affiliation(
    ABROAD,
    "head of inspections",
    "Lucia Ferraro",
    ["IAEA"],
    ["Iran"],
    "The IAEA sent a team of inspectors to the Fordow site last week, Iran confirmed on Sunday.",
    "The team is led by the Argentine physicist Lucia Ferraro, who has run inspections since 2019.",
)
built.held_affiliation(
    ABROAD,
    "head coach",
    "Eduardo Pagani",
    ["Chile"],
    ["Peru"],
    "Chile lost 3-0 to Peru in Lima on Tuesday, its third defeat in a row in qualifying.",
    "Its Argentine coach Eduardo Pagani said the players had run out of ideas after the first goal.",
)
built.held_affiliation(
    ABROAD,
    "adviser to the finance ministry",
    "Aiste Rimkute",
    ["Ukraine"],
    ["Poland"],
    "Ukraine's finance ministry hired three foreign advisers last month to help with its talks with lenders, and Poland offered to host them.",
    "Among them is the Lithuanian economist Aiste Rimkute, who said the budget gap could close by 2027.",
)
built.held_affiliation(
    ABROAD,
    "EU ambassador",
    "Carla Mendes",
    ["European Union"],
    ["Brazil"],
    "The European Union opened a new office in Luanda this year, a move Brazil watched closely.",
    "Its ambassador, the Portuguese diplomat Carla Mendes, hosted the opening on Thursday.",
)
built.held_affiliation(
    ABROAD,
    "commissioner for energy",
    "Kadri Tamm",
    ["European Commission"],
    ["Russia", "Qatar"],
    "The European Commission wants to ban Russian gas imports by the end of next year and buy more from Qatar.",
    "Estonian energy commissioner Kadri Tamm will present the plan to ministers on Friday.",
)
built.held_affiliation(
    ABROAD,
    "goalkeeping coach",
    "Piet de Wit",
    ["Japan"],
    ["Australia"],
    "Japan beat Australia 2-1 in Saitama to top their group.",
    "The Dutch coach Piet de Wit, who has worked with the Japanese squad since the spring, praised the back line.",
)
built.held_affiliation(
    ABROAD,
    "representative",
    "Omar Haddad",
    ["United Nations"],
    ["Israel"],
    "The United Nations refugee agency said the aid convoy had been held at the crossing for two days, and Israel said it was checking the lorries.",
    "Omar Haddad, a Jordanian diplomat who heads the agency's Gaza office, said children were going hungry.",
)
built.held_affiliation(
    ABROAD,
    "chief negotiator",
    "Ingrid Solberg",
    ["European Union"],
    ["Switzerland"],
    "The European Union and Switzerland ended a fourth round of talks on Friday.",
    "For Brussels, the Norwegian-born negotiator Ingrid Solberg said the gap on wages had narrowed.",
)
built.held_affiliation(
    ABROAD,
    "secretary-general",
    "Anders Rask",
    ["NATO"],
    ["Turkey"],
    "NATO leaders gathered in Vilnius on Tuesday, with Turkey still holding up a new member's entry.",
    "The alliance's chief, former Danish prime minister Anders Rask, said he expected a deal within days.",
)

# --- posts: ambassadors, second posts, ministries, regions, teams and companies ------------
built.held_affiliation(
    POSTS,
    "ambassador to Argentina",
    "Pablo Reyes",
    ["Chile"],
    ["Uruguay"],
    "Uruguay has offered to host the river talks.",
    "Chile's ambassador to Argentina, Pablo Reyes, said the two countries were close to a deal on the glacier.",
)
built.held_affiliation(
    POSTS,
    "trade minister",
    "Rose Wanjiru",
    ["Kenya", "African Union"],
    ["Ethiopia"],
    "Ethiopia did not send a delegation to the Nairobi meeting.",
    "Rose Wanjiru, Kenya's trade minister, opened the meeting with a call for lower tariffs.",
    "She also chairs the trade council of the African Union, which meets again in May.",
)
built.held_affiliation(
    POSTS,
    "foreign minister",
    "Tomas Varga",
    ["Hungary", "Hungarian foreign ministry"],
    ["Ukraine"],
    "Ukraine says the pipeline was damaged on Saturday.",
    "Hungary's foreign minister, Tomas Varga, said Budapest would ask for compensation.",
    "The Hungarian foreign ministry later summoned the envoy.",
)
built.held_affiliation(
    POSTS,
    "health secretary",
    "Neil Fraser",
    ["United Kingdom"],
    ["Ireland"],
    "Ireland and the United Kingdom will share data on hospital waiting lists from next year.",
    "Scotland's health secretary, Neil Fraser, said the deal would help patients near the border.",
)
built.held_affiliation(
    POSTS,
    "striker",
    "Victor Okafor",
    ["Nigeria"],
    ["Ghana"],
    "Ghana were beaten on penalties in the semi-final on Wednesday night.",
    "The Nigerian striker Victor Okafor scored twice in the other semi-final in Abidjan.",
)
built.held_affiliation(
    POSTS,
    "ambassador",
    "Lars Holm",
    ["Sweden"],
    ["Turkey"],
    "Turkey hosted the talks in Ankara.",
    "Sweden's ambassador to NATO, Lars Holm, said the alliance's new members would pay their way.",
)
built.held_affiliation(
    POSTS,
    "defence minister and deputy prime minister",
    "Petra Novak",
    ["Czech Republic"],
    ["Germany"],
    "Germany will send two air defence batteries next year.",
    "Petra Novak, the Czech defence minister and deputy prime minister, welcomed the offer.",
)
built.held_affiliation(
    POSTS,
    "spokesman",
    "Ivan Sokol",
    ["Serbia"],
    ["Kosovo"],
    "Kosovo said the border post had been closed since dawn.",
    "Ivan Sokol, the Serbian government spokesman, said the crossing would reopen once the barricades were gone.",
)
built.held_affiliation(
    POSTS,
    "deputy foreign minister",
    "Jae-won Park",
    ["South Korea"],
    ["North Korea"],
    "North Korea fired two missiles into the sea on Saturday morning.",
    "South Korea's deputy foreign minister, Jae-won Park, called his Japanese counterpart within the hour.",
)
built.held_affiliation(
    POSTS,
    "economy minister",
    "Greta Baumann",
    ["Austria"],
    ["Italy"],
    "Italy says the tunnel tolls will rise in June.",
    "Greta Baumann, Austria's economy minister, said lorry drivers would pay twice.",
    "Baumann, a Tyrolean, grew up near the pass.",
)
built.held_affiliation(
    POSTS,
    "finance minister",
    "Ruth Adeyemi",
    ["Nigeria"],
    ["IMF", "World Bank"],
    "Lenders in Washington met on Monday.",
    "Nigeria's finance minister, Ruth Adeyemi, said the naira had steadied.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
