# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 61's owners written by a possessive (``grounding_af61.jsonl``,
fresh-miss writer af61; :mod:`summarizer.verification.people.possessed_bodies`): a person
the page writes as a body's own by a possessive beside the name, given another body of the
story as their affiliation:

- ``before``: the owner's possessive before the name, with or without a title between
  ("Vanuatu's envoy Ralph Regenvanu", "Kyoto University's Susumu Kitagawa", "Iran's envoy to
  the agency, Reza Najafi"): the owner (or its government, a part written with its words)
  passes, another body the story names apart from them is refused;
- ``after``: the owner's possessive opening the apposition after the name ("Jennifer Morgan,
  Germany's former climate envoy", "Rob Keiser, Orsted's head of asset management",
  "X, the M23's permanent secretary"): the same;
- ``guard``: what the reading must leave alone: an owner that is a person ("President Tomas
  Varga's envoy", "Mirelli's spokesman" beside "Paolo Mirelli"), a relation that is no post
  ("Calder United's owner X", "the firm's lawyer X"), a party beside a place's person
  ("Wexford's Niamh Doyle" of the Greens), a value written in the person's own sentence or
  own clause after the name (", who also chairs B"), a body of the owner's own words, and a
  former office's new body written in a sentence of theirs pass; another person's, another
  clause's and another time's body are still refused.

Run ``python tests/data/make_af61_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af61.jsonl")

built = SupportCases(
    "af61",
    leads=[
        "By Odile Marchetti | The Saltcombe Herald",
        "KORVALE, May 14 (Northwind Wire) -",
        "World | The Brightwater Ledger",
        "From our Brussels desk, The Pell Street Journal.",
        "LIVE | Harlow Vale Evening Post",
        "By Tomasz Wieczorek, Amberley Business Daily",
    ],
)
BEFORE, AFTER, GUARD = "before", "after", "guard"


# --- before: "Y's [title] NAME" ---------------------------------------------------------------
built.held_affiliation(
    BEFORE,
    "envoy",
    "Talia Moengangongo",
    ["Tonga", "Tongan government"],
    ["International Tribunal for the Law of the Sea"],
    "The International Tribunal for the Law of the Sea opened three days of hearings in Hamburg on Monday on whether states must cut emissions to protect the oceans.",
    "Tonga's envoy Talia Moengangongo told the judges that her islands were already losing beaches every year.",
)
built.held_affiliation(
    BEFORE,
    "professor of chemistry",
    "Hideo Tanabe",
    ["Sapporo University"],
    ["University of Adelaide", "Caltech"],
    "This year's prize goes to three chemists: Sapporo University's Hideo Tanabe, Margaret Olsson from the University of Adelaide, and Victor Ruiz, who works at Caltech.",
    "Tanabe began the work on porous crystals in the early 1990s.",
)
built.held_affiliation(
    BEFORE,
    "referee",
    "Bogdan Ilescu",
    ["Moldova"],
    ["Sporting Lisbon", "Feyenoord"],
    "Sporting Lisbon beat Feyenoord 2-1 in Rotterdam to reach the quarter-finals.",
    "Moldova's Bogdan Ilescu sent off two players in the second half and booked nine more.",
)
built.held_affiliation(
    BEFORE,
    "vice-president for government affairs",
    "Saskia Verbruggen",
    ["Halvard Systems"],
    ["Competition and Markets Authority"],
    "The Competition and Markets Authority on Tuesday accepted Halvard Systems' offer to unbundle its chat app from its office suite, closing a two-year inquiry.",
    '"We welcome the outcome and will start work at once," Halvard Systems\' Saskia Verbruggen, vice-president for government affairs, said.',
)
built.held_affiliation(
    BEFORE,
    "ambassador",
    "Kofi Ansah-Mensah",
    ["Ghana"],
    ["World Health Organization", "Switzerland"],
    "Delegates at the World Health Organization in Geneva failed on Friday to agree a text on sharing pathogen samples; Switzerland, the host, offered a further week of talks.",
    "Ghana's ambassador to the organisation, Kofi Ansah-Mensah, said poorer states had given enough ground.",
)
built.held_affiliation(
    BEFORE,
    "chief economist",
    "Linnea Sjöberg",
    ["Nordvik Bank"],
    ["Riksbank", "Statistics Sweden"],
    "Statistics Sweden said on Wednesday that prices rose 2.4% in the year to April, leaving the Riksbank little room to cut again.",
    "Nordvik Bank's chief economist Linnea Sjöberg expects one more cut before the summer.",
)
built.held_affiliation(
    BEFORE,
    "foreign minister",
    "Aurelio Batista",
    ["Cape Verde"],
    ["African Union", "Portugal"],
    "The African Union named a panel of mediators on Thursday, and Portugal offered to host the first round.",
    "Cape Verde's foreign minister Aurelio Batista will chair it.",
)

built.held_affiliation(
    BEFORE,
    "energy minister",
    "Jonas Sorensen",
    ["Denmark", "Danish government"],
    ["Nordic Council"],
    "The Nordic Council met in Reykjavik on Tuesday to discuss a shared grid.",
    "Denmark's energy minister, Jonas Sorensen, said the cable could be laid by 2031.",
)
built.held_affiliation(
    BEFORE,
    "head of trading",
    "Priscilla Oduya",
    ["Harrowgate Securities"],
    ["Lagos Stock Exchange"],
    "The Lagos Stock Exchange closed 3% higher on Friday, its best day in a year.",
    "Harrowgate Securities' head of trading Priscilla Oduya put the rise down to foreign buyers.",
)

# --- after: "NAME, Y's title" -----------------------------------------------------------------
built.held_affiliation(
    AFTER,
    "former climate envoy",
    "Ingrid Haldorsen",
    ["Norway"],
    ["Brazil", "Indonesia"],
    "Brazil and Indonesia pressed for a faster timetable on forest finance at the talks in Bonn.",
    "Rich countries had sent smaller teams this year, according to Ingrid Haldorsen, Norway's former climate envoy.",
)
built.held_affiliation(
    AFTER,
    "head of offshore projects",
    "Declan Ferris",
    ["Maelstrom Wind"],
    ["Marine Licensing Office"],
    "The Marine Licensing Office ordered work on the Kestrel Bank wind farm to stop on Friday, citing a review of shipping lanes.",
    "The order was sent to Declan Ferris, Maelstrom Wind's head of offshore projects, who said the company would appeal.",
)
built.held_affiliation(
    AFTER,
    "permanent secretary",
    "Jean-Baptiste Karangwa",
    ["Ruzizi Liberation Front"],
    ["Burundian government"],
    "A ceasefire between the Burundian government and the Ruzizi Liberation Front was signed in Nairobi on Sunday.",
    "The rebels' copy was signed by Jean-Baptiste Karangwa, the Front's permanent secretary.",
)
built.held_affiliation(
    AFTER,
    "chief executive",
    "Marguerite Olin",
    ["Carrow Logistics"],
    ["Stennett Freight", "Port of Havenmouth"],
    "Stennett Freight agreed on Monday to sell its warehouses to Carrow Logistics for £310m, and the Port of Havenmouth said it would take over the dock leases.",
    'Marguerite Olin, Carrow Logistics\' chief executive, said the deal "doubles our reach in the north."',
)
built.held_affiliation(
    AFTER,
    "senior analyst",
    "Ravi Chandrasekar",
    ["Pellmore Research"],
    ["Bureau of Energy Statistics"],
    "The Bureau of Energy Statistics cut its estimate of last year's gas demand by 4% on Tuesday.",
    "Ravi Chandrasekar, Pellmore Research's senior analyst, said the revision had been expected for months.",
)
built.held_affiliation(
    AFTER,
    "deputy prime minister",
    "Elif Kaya",
    ["Turkey", "Turkish government"],
    ["Greece", "European Commission"],
    "Talks on the disputed gas fields resumed in Brussels, with the European Commission as host and Greece's delegation arriving a day late.",
    "Elif Kaya, Turkey's deputy prime minister, led the other side.",
)
built.held_affiliation(
    AFTER,
    "spokesperson",
    "Orla Brennan",
    ["Dunmore Housing Trust"],
    ["Kilbride County Council"],
    "Kilbride County Council voted on Monday to sell 40 acres at Rathmoy for homes.",
    "Orla Brennan, the Dunmore Housing Trust's spokesperson, said half should be for social rent.",
)

built.held_affiliation(
    AFTER,
    "chief scientist",
    "Mateo Iribarren",
    ["Basque Ocean Institute"],
    ["Spanish Navy"],
    "The Spanish Navy lent a survey ship for the six-week mission.",
    "Mateo Iribarren, the Basque Ocean Institute's chief scientist, said the samples would take a year to read.",
)
built.held_affiliation(
    AFTER,
    "trade minister",
    "Hana Dvorakova",
    ["Czech Republic", "Czech government"],
    ["World Trade Organization"],
    "The World Trade Organization ruled on Monday that the steel quotas broke its rules.",
    "Hana Dvorakova, the Czech Republic's trade minister, said the ruling came too late to help.",
)

# --- guard: what the reading leaves alone, and what stays refused -------------------------------
built.held_affiliation(
    GUARD,
    "special envoy",
    "Marcus Hale",
    ["United States"],
    [],
    "President Tomas Varga said on Monday the United States would send a team to the talks.",
    "The team will be led by Marcus Hale, President Tomas Varga's special envoy.",
)
built.held_affiliation(
    GUARD,
    "spokesman",
    "Dario Conti",
    ["Italy"],
    [],
    "Paolo Mirelli, Italy's prime minister, is expected in Rome on Friday.",
    "Mirelli's spokesman Dario Conti confirmed the visit.",
)
built.held_affiliation(
    GUARD,
    "businessman",
    "Arkady Belov",
    ["Russia"],
    [],
    "The government froze the British assets of five Russian businessmen on Tuesday, among them Calder United's owner Arkady Belov.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Niamh Doyle",
    ["Greens"],
    [],
    "Only two members broke ranks: Wexford's Niamh Doyle and Sligo's Padraig Nolan, both Greens.",
)
built.held_affiliation(
    GUARD,
    "striker",
    "Lukas Brandt",
    ["Westmoor Rovers"],
    [],
    "Westmoor Rovers' record signing only went through once the club had a replacement in the building: Freiburg's Lukas Brandt, who cost £41m.",
)
built.held_affiliation(
    GUARD,
    "managing director",
    "Hannah Solberg",
    ["Fjordline Ferries", "Coastal Routes Foundation"],
    ["Harbour Users Group"],
    "Hannah Solberg, Fjordline Ferries' managing director, who also chairs the Coastal Routes Foundation, welcomed the timetable.",
    "The Harbour Users Group said the new timetable left the island without an evening crossing.",
)
built.held_affiliation(
    GUARD,
    "former trade envoy",
    "Peter Lindqvist",
    ["Greenway Alliance"],
    ["Denmark"],
    "Peter Lindqvist, Sweden's former trade envoy, now runs the Greenway Alliance, a lobby for electric freight.",
    "Denmark said on Monday it would match Sweden's subsidy.",
)
built.held_affiliation(
    GUARD,
    "head of research",
    "Amira Haddad",
    ["Solenne Bank", "Solenne Bank Lebanon"],
    ["Levant Capital", "Central Bank"],
    "Solenne Bank Lebanon's head of research Amira Haddad said deposits had stabilised.",
    "Levant Capital disagreed, and the Central Bank gave no figures.",
)
built.held_affiliation(
    GUARD,
    "chief executive",
    "Conrad Pike",
    ["Tallis Airways"],
    ["Brennock Air"],
    "Tallis Airways' chief executive Conrad Pike said bookings were up 6%.",
    "Brennock Air's chief executive, Ola Strand, said its own were flat.",
)
built.held_affiliation(
    GUARD,
    "finance minister",
    "Sanna Koskinen",
    ["Finland"],
    ["Estonia", "Latvia"],
    "Finland's finance minister Sanna Koskinen said the bridge would be paid for by tolls.",
    "Estonia and Latvia have not yet said how they will pay their share.",
)

built.held_affiliation(
    GUARD,
    "lawyer",
    "Selma Okafor",
    ["Brightwell Chambers"],
    ["Ministry of Mines"],
    "The Ministry of Mines cancelled the licence in March.",
    "Selma Okafor, of Brightwell Chambers, is Corvane Mining's lawyer; she said the firm would sue.",
)
built.held_affiliation(
    GUARD,
    "coach",
    "Ruud Vermeer",
    ["Almere City"],
    ["Groningen", "Utrecht"],
    "Groningen drew 1-1 with Utrecht on Saturday.",
    "Almere City's coach Ruud Vermeer watched from the stand and said he had seen nothing to fear.",
)

built.held_affiliation(
    GUARD,
    "fundraiser",
    "Greta Lindholm",
    ["Harbour Relief Fund"],
    [],
    "When the government closed most of the Overseas Aid Office's programmes, Greta Lindholm lost the contract work she had done for it since 2012.",
    "Within weeks she was raising money for the Harbour Relief Fund, a charity she helped set up.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
