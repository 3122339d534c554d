# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's own bodies set against another's (``grounding_af60.jsonl``,
fresh-miss writer af60; :mod:`summarizer.verification.people.party_elsewhere` and
:mod:`summarizer.verification.people.other_items`): a person whose own organisation the page
writes beside them, given a body of the story that is not theirs as their affiliation:

- ``partied``: "X, head of research at Y," / "Y's X" / "Y analyst X" given a country or a
  group of the table (a country, the EU, OPEC) the story names apart from them: Y passes,
  the country is refused; the edges: a post in a state's organ ("a spokeswoman for the
  Foreign Ministry", "an officer of the Border Police") keeps the country, and a country the
  page ties to the person ("Canada's X") still passes;
- ``listed``: the value in the person's own sentence, but in another item of a list or
  another clause, held there by someone else ("X, chief executive of A, and a senior
  manager of B"; "A chief X spoke first, and B Group CEO Y signed"; "A's X, Y from B, and
  Z"): A passes, B is refused;
- ``guard``: the readings' edges: a body in the person's own item ("head of trading at A's
  B unit"), a body the next item gives them by a pronoun ("and her firm, B") or with no
  holder of its own ("and its parent, B Holdings") is not read as another's, so the older
  verdict stands; another person's, another clause's body is still refused;
- ``plural``: a body of one word ending in "s" ("Reuters", "Ashworths") named apart from a
  person with an organisation of their own is refused like any other body (it was let
  through as a party's people, "Democrats"); the person's own one-word body and a party's
  people they belong to still pass.

Run ``python tests/data/make_af60_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af60.jsonl")

built = SupportCases(
    "af60",
    leads=[
        "By Hedda Lindqvist | The Fenwick Courier",
        "PORT ALDER (Saltmarsh Wire) -",
        "Markets | The Greystone Herald",
        "From our Geneva desk, The Orrin Ledger.",
        "UPDATED 09:40 | Eastbrook Morning Post",
        "WELLSBY, Oct 2 (Coldharbour Press) -",
    ],
)
PARTIED, LISTED, GUARD, PLURAL = "partied", "listed", "guard", "plural"


# --- partied: an organisation of their own, given a country or group of the table ---------------
built.held_affiliation(
    PARTIED,
    "head of commodities research",
    "Tobias Fenn",
    ["Larchmont Energy Analytics"],
    ["OPEC"],
    "OPEC said on Sunday it would keep output flat through March, after a month of falling prices.",
    'Tobias Fenn, head of commodities research at Larchmont Energy Analytics, said the group "has run out of easy options."',
)
built.held_affiliation(
    PARTIED,
    "senior economist",
    "Maren Holt",
    ["Ashby Capital Partners"],
    ["Norway", "European Union"],
    "Norway's sovereign fund lost 2% in the quarter, its first fall in a year, as the European Union weighed new tariffs on steel.",
    "Maren Holt, a senior economist at Ashby Capital Partners, said the drop mostly reflected currency swings.",
)
built.held_affiliation(
    PARTIED,
    "chief executive",
    "Colm Rafferty",
    ["Westpoint Foods Group"],
    ["Ireland"],
    "Ireland's dairy exports to the United States fell by a quarter in the three months to June.",
    "Colm Rafferty, chief executive of Westpoint Foods Group, said orders from American buyers had dried up since the tariff took effect.",
)
built.held_affiliation(
    PARTIED,
    "analyst",
    "Priya Raman",
    ["Calloway Securities"],
    ["India"],
    "India's central bank held its main rate at 6% on Wednesday, as most economists had expected.",
    "Calloway Securities analyst Priya Raman said the bank was waiting for the monsoon's effect on food prices.",
)
built.held_affiliation(
    PARTIED,
    "vice-president for public policy",
    "Anouk Verhaegen",
    ["Tessaline Software"],
    ["European Union"],
    "The European Union fined three cloud providers a combined €1.2 billion on Thursday for tying their products together.",
    "Tessaline Software's Anouk Verhaegen, vice-president for public policy, said the company would study the decision.",
)
built.held_affiliation(
    PARTIED,
    "director",
    "Gustavo Peralta",
    ["Andean Water Institute"],
    ["Chile", "Peru"],
    "Chile and Peru signed a deal on Monday to share the waters of the Lauca basin for the next 30 years.",
    "Gustavo Peralta, director of the Andean Water Institute, said the deal was overdue but thin on detail.",
)
built.held_affiliation(
    PARTIED,
    "professor of economics",
    "Helen Achebe",
    ["University of Harrowgate"],
    ["Kenya"],
    "Kenya raised $1.5 billion in a bond sale on Tuesday, its first international borrowing in two years.",
    "Helen Achebe, a professor of economics at the University of Harrowgate, said investors had been reassured by the new budget.",
)
built.held_affiliation(
    PARTIED,
    "portfolio manager",
    "Ruben Lindgren",
    ["Northgate Asset Management"],
    ["Japan"],
    "Japan's long bond yields rose to their highest since 2008 on Monday as traders bet on another rate rise.",
    "Ruben Lindgren, a portfolio manager at Northgate Asset Management, said he had cut his holdings of yen debt.",
)
built.held_affiliation(
    PARTIED,
    "founder",
    "Ada Mwangi",
    ["Kijani Mobility"],
    ["African Union"],
    "The African Union launched a continental charging-standard plan for electric motorbikes at its Addis Ababa summit.",
    "Ada Mwangi, who founded Kijani Mobility, said a single plug would save makers like hers millions.",
)
built.held_affiliation(
    PARTIED,
    "research fellow",
    "Oskar Wendt",
    ["Baltic Security Foundation"],
    ["NATO", "Poland"],
    "Poland asked NATO on Friday to move more air defence units to its eastern border after a drone came down near Lublin.",
    "Oskar Wendt, a research fellow at the Baltic Security Foundation, said the request was mostly political.",
)
built.held_affiliation(
    PARTIED,
    "chief strategist",
    "Lena Marchetti",
    ["Brightwell Investments"],
    ["Brazil"],
    "Brazil's real weakened past 6 to the dollar on Thursday for the first time this year.",
    "Lena Marchetti, chief strategist at Brightwell Investments, said the slide had further to go.",
)
# a post in a state's organ keeps the country; a country tied to the person passes
built.held_affiliation(
    PARTIED,
    "spokeswoman",
    "Irina Volkova",
    ["Russia"],
    [],
    "Russia said on Tuesday it had expelled two diplomats over what it called unfriendly acts.",
    "Irina Volkova, a spokeswoman for the Foreign Ministry, said more steps would follow.",
)
built.held_affiliation(
    PARTIED,
    "officer",
    "Mehmet Arslan",
    ["Turkey"],
    [],
    "Turkey closed two crossings on its eastern border overnight after heavy snow.",
    "Mehmet Arslan, an officer of the Border Police, said the roads would reopen by the weekend.",
)
built.held_affiliation(
    PARTIED,
    "chief executive",
    "Claire Dubois",
    ["Canada", "Northern Rail Freight"],
    [],
    "Canada's Claire Dubois, chief executive of Northern Rail Freight, said the strike had cost shippers C$300 million.",
    "Canada's labour minister ordered binding arbitration on Saturday.",
)

# --- listed: the value in another item of the person's sentence, held there by another ----------
built.held_affiliation(
    LISTED,
    "chief executive",
    "Arjun Mehra",
    ["Solvane Construction"],
    ["Kettering Rail Systems"],
    "Prosecutors charged 14 people over the collapse, including Arjun Mehra, chief executive of Solvane Construction, and a senior manager of Kettering Rail Systems.",
)
built.held_affiliation(
    LISTED,
    "chief executive",
    "Greta Olsen",
    ["Aldwych Aerospace"],
    ["Meridian Airways"],
    "Aldwych Aerospace chief executive Greta Olsen stood beside the minister, and Meridian Airways Group CEO Farid Haddad signed for the carrier.",
)
built.held_affiliation(
    LISTED,
    "chemist",
    "Ingrid Solberg",
    ["Osterholm University"],
    ["Valemont Institute of Technology"],
    "The prize is shared three ways: Osterholm University's Ingrid Solberg, Marcus Hale from the Valemont Institute of Technology, and Yusuf Demir, who works at a private lab in Leiden.",
)
built.held_affiliation(
    LISTED,
    "head of investor relations",
    "Clara Rhys",
    ["Denholm Mining"],
    ["Castor Bank"],
    "Clara Rhys, head of investor relations at Denholm Mining, took the first questions, while Castor Bank's chief economist Peter Lam answered those on rates.",
)
built.held_affiliation(
    LISTED,
    "general secretary",
    "Tom Akers",
    ["Riverside Transport Union"],
    ["Harbour Bus Company"],
    "Tom Akers, general secretary of the Riverside Transport Union, walked out of the talks; Harbour Bus Company managing director Susan Vale stayed for another hour.",
)
built.held_affiliation(
    LISTED,
    "partner",
    "Hugo Brandt",
    ["Kellner & Roos"],
    ["Stellan Pharma"],
    "The deal was signed by Hugo Brandt, a partner at Kellner & Roos, and Anja Petri of Stellan Pharma.",
)
built.held_affiliation(
    LISTED,
    "director",
    "Simone Achterberg",
    ["Polder Water Trust"],
    ["Delta Dredging Company"],
    "Simone Achterberg, director of the Polder Water Trust, spoke against the plan, but an engineer at Delta Dredging Company defended it.",
)
built.held_affiliation(
    LISTED,
    "chairman",
    "Rafael Ortiz",
    ["Costa Verde Hotels"],
    ["Atlantica Cruises"],
    "Costa Verde Hotels chairman Rafael Ortiz welcomed the new terminal, whereas Atlantica Cruises chief executive Mara Quint said the fees were too high.",
)
built.held_affiliation(
    LISTED,
    "senior fellow",
    "Noor Haddad",
    ["Carrow Policy Centre"],
    ["Institute for Fiscal Futures"],
    "The report was written by Noor Haddad, a senior fellow at the Carrow Policy Centre, and Daniel Pike from the Institute for Fiscal Futures.",
)
built.held_affiliation(
    LISTED,
    "striker",
    "Kofi Mensah",
    ["Harlow Rovers"],
    ["Tynedale Athletic"],
    "Harlow Rovers striker Kofi Mensah scored twice, and Tynedale Athletic goalkeeper Liam Crowe saved a penalty in stoppage time.",
)
built.held_affiliation(
    LISTED,
    "chief operating officer",
    "Beatrix Lowe",
    ["Fairhaven Logistics"],
    ["Corran Ports"],
    "Beatrix Lowe, chief operating officer of Fairhaven Logistics, and Corran Ports chief executive Emil Sato will lead the joint venture.",
)

# --- guard: the readings' edges -----------------------------------------------------------------
# the value in the person's own item: not another's
built.held_affiliation(
    GUARD,
    "head of trading",
    "Jonas Berg",
    ["Halvard Bank", "Halvard Markets"],
    [],
    "Jonas Berg, head of trading at Halvard Bank's Halvard Markets unit, and a colleague from Oakley Brokers spoke at the conference.",
)
# a pronoun gives the next item to the person
built.held_affiliation(
    GUARD,
    "consultant",
    "Marta Kowal",
    ["Rivet Advisory"],
    [],
    "Marta Kowal, a consultant at Northshire Partners for a decade, and now chief executive of her own firm, Rivet Advisory, was named to the panel.",
)
# an item with no holder of its own
built.held_affiliation(
    GUARD,
    "managing director",
    "Dev Patel",
    ["Sunline Retail", "Sunline Holdings"],
    [],
    "Dev Patel, managing director of Sunline Retail, and its parent, Sunline Holdings, declined to comment.",
)
# another person's body named apart: still refused
built.held_affiliation(
    GUARD,
    "chief executive",
    "Hannah Reiss",
    ["Brookfield Cables"],
    ["Torvik Metals"],
    "Brookfield Cables said profit rose 8% in the half year.",
    "Hannah Reiss, its chief executive, said copper prices had helped.",
    "At Torvik Metals, chief executive Ola Sand warned of weaker demand.",
)
built.held_affiliation(
    GUARD,
    "economist",
    "Felix Arndt",
    ["Sorbus Research"],
    ["Lindell Bank"],
    "Felix Arndt, an economist at Sorbus Research, expects two more cuts this year.",
    "Economists at Lindell Bank expect only one.",
)
built.held_affiliation(
    GUARD,
    "director",
    "Amara Obi",
    ["Lagos Arts Trust"],
    ["Harmattan Records"],
    "Amara Obi, director of the Lagos Arts Trust, and Kunle Bello of Harmattan Records both spoke at the launch.",
)
built.held_affiliation(
    GUARD,
    "lecturer",
    "Siobhan Kerr",
    ["Dunmore College"],
    ["Ardtully Council"],
    "Siobhan Kerr, a lecturer at Dunmore College, told the hearing that Ardtully Council leader Brian Moss had ignored the survey.",
)
built.held_affiliation(
    GUARD,
    "spokesman",
    "Pieter de Wit",
    ["Waalhaven Port Authority"],
    ["Rhine Barge Federation"],
    "Pieter de Wit, a spokesman for the Waalhaven Port Authority, said the channel would reopen on Monday.",
    "The Rhine Barge Federation said its members had lost €4 million a day.",
)
built.held_affiliation(
    GUARD,
    "chief executive",
    "Nadia Farouk",
    ["Qasr Hotels"],
    ["Gulf Horizon Airlines"],
    "Qasr Hotels chief executive Nadia Farouk said bookings were up a third, while Gulf Horizon Airlines said it would add four routes.",
)
built.held_affiliation(
    GUARD,
    "researcher",
    "Lukas Meier",
    ["Alpine Glacier Observatory"],
    ["Swiss Federal Railways"],
    "Lukas Meier, a researcher at the Alpine Glacier Observatory, warned of more slides; Swiss Federal Railways spokeswoman Elsa Graf said the line stays shut.",
)
built.held_affiliation(
    GUARD,
    "analyst",
    "Yara Haddad",
    ["Cedar Ratings"],
    ["Levant Cement"],
    "Cedar Ratings analyst Yara Haddad cut her forecast, and Levant Cement's finance director Sami Khoury said the plant would run at half capacity.",
)
built.held_affiliation(
    GUARD,
    "coach",
    "Bruno Tessier",
    ["Lyonnais Basket"],
    ["Marseille Phare"],
    "Lyonnais Basket coach Bruno Tessier praised his bench; Marseille Phare captain Idris Baye blamed the referees.",
)

# a second post of the person's own, joined without a comma or stacked: not another's
built.held_affiliation(
    GUARD,
    "chief executive",
    "Mia Roth",
    ["Elbe Freight", "Hanse Ports"],
    [],
    "Mia Roth, chief executive of Elbe Freight and a director of Hanse Ports, said the strike would cost both firms dearly.",
)
built.held_affiliation(
    GUARD,
    "chief executive",
    "Viktor Hale",
    ["Caraway Shipping", "Tollbridge Marine"],
    [],
    "Viktor Hale, chief executive of Caraway Shipping, a director of Tollbridge Marine, told the inquiry the ferry had been checked in March.",
)
# other holders, other clauses, another time: still refused
built.held_affiliation(
    GUARD,
    "partner",
    "Rosa Lind",
    ["Fenwick Law"],
    ["Caldera Chemicals"],
    "Rosa Lind, a partner at Fenwick Law, represented the families, and lawyers for Caldera Chemicals asked the court for more time.",
)
built.held_affiliation(
    GUARD,
    "chief executive",
    "Owen Hart",
    ["Pellor Games"],
    ["Brightstone Studios"],
    "Owen Hart, chief executive of Pellor Games, said the studio would hire 200 people next year.",
    "Hart left Brightstone Studios in 2021 after a decade there.",
)
built.held_affiliation(
    GUARD,
    "director",
    "Kim Sato",
    ["Hokuto Robotics"],
    ["Sakura Motors"],
    "Kim Sato, a director of Hokuto Robotics, and Tetsuya Arai, the chief executive of Sakura Motors, announced the venture in Nagoya.",
)


# --- plural: a one-word body in "s" is a body, not a party's people -------------------------------
built.held_affiliation(
    PLURAL,
    "senior pollster",
    "Grete Vann",
    ["Halvorsen Research Institute"],
    ["Reuters"],
    "Grete Vann, senior pollster at the Halvorsen Research Institute, said turnout among young voters had surprised her team.",
    "Voters under 30 were the only group to swing towards the government, she told Reuters.",
)
built.held_affiliation(
    PLURAL,
    "head of menswear",
    "Tomas Reed",
    ["Ashworths"],
    ["Pendletons"],
    "Tomas Reed, head of menswear at Ashworths, said shoppers were buying fewer suits but more coats.",
    "Rival department store Pendletons reported a 4% fall in sales over Christmas.",
)
built.held_affiliation(
    PLURAL,
    "chief executive",
    "Mona Fiske",
    ["Brightwater Utilities"],
    ["Kettles"],
    "Mona Fiske, chief executive of Brightwater Utilities, apologised for the outage.",
    "The appliance chain Kettles said it had sold out of heaters in two days.",
)
built.held_affiliation(
    PLURAL,
    "analyst",
    "Saul Brenner",
    ["Corvin Research"],
    ["Marlowes"],
    "Corvin Research analyst Saul Brenner said the bid undervalued the business.",
    "Marlowes, the pub group, rejected the offer on Monday.",
)
built.held_affiliation(
    PLURAL,
    "director",
    "Ines Alder",
    ["Tideway Conservation Trust"],
    ["Fennicks"],
    "Ines Alder, director of the Tideway Conservation Trust, said the spill had reached the estuary.",
    "Fennicks, which owns the depot, said the leak had been stopped.",
)
built.held_affiliation(
    PLURAL,
    "economist",
    "Paul Ogden",
    ["Ridgeway Bank"],
    ["Tolmers"],
    "Paul Ogden, an economist at Ridgeway Bank, expects prices to keep rising.",
    "The builders merchant Tolmers said timber costs were up a fifth.",
)
built.held_affiliation(
    PLURAL,
    "professor",
    "Dana Kirsch",
    ["Eastmoor University"],
    ["Carrows"],
    "Dana Kirsch, a professor of nutrition at Eastmoor University, said the labels were misleading.",
    "Carrows, the supermarket chain, said it would review its packaging.",
)
built.held_affiliation(
    PLURAL,
    "managing partner",
    "Rupert Shaw",
    ["Shaw Kingsley Partners"],
    ["Emirates"],
    "Rupert Shaw, managing partner of Shaw Kingsley Partners, advised the buyers.",
    "Emirates said it would add a third daily flight to the city from March.",
)
built.held_affiliation(
    PLURAL,
    "spokeswoman",
    "Lara Quint",
    ["Northvale Water"],
    ["Dunhills"],
    "Lara Quint, a spokeswoman for Northvale Water, said the ban would stay until October.",
    "Garden centre chain Dunhills said sales of water butts had tripled.",
)
built.held_affiliation(
    PLURAL,
    "research director",
    "Ben Achari",
    ["Polaris Markets Institute"],
    ["Bloomfields"],
    "Ben Achari, research director at the Polaris Markets Institute, said the rally was fragile.",
    "Shares in Bloomfields, the insurer, fell 9%.",
)
built.held_affiliation(
    PLURAL,
    "councillor",
    "Hugh Marr",
    ["Greens", "Marr Ecology Consultants"],
    [],
    "Hugh Marr, founder of Marr Ecology Consultants, sits for the Greens on the county council.",
)
built.held_affiliation(
    PLURAL,
    "MP",
    "Edwina Platt",
    ["Tories"],
    [],
    "Edwina Platt, a director of the Fenland Growers Association, is one of three Tories who voted against the bill.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
