# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv55f's set of af55's run-body reading (``grounding_rv55f.jsonl``, session 55;
:mod:`summarizer.verification.people.run_bodies`), at its edges:

- ``runread``: the capitalised run before the person's title is not their body, or not all
  of it (a place, a product, a club's team, a unit of a parent group, a ministry of a
  government, "Veteran"/"Longtime" opening a sentence, an ex- or former body, a run cut by
  "of"), while the right value is tied to them by a later sentence, a pronoun or a clause
  and also to another named person: their affiliation; another body of the story: not;
- ``twobody``: a person the page ties to two bodies (the run's and a second one: "who also
  chairs", "She also teaches at", a second sentence): either is theirs; a body of their
  story they hold no post in: not;
- ``sameshape``: the run shape in neighbouring wordings (a run over two lines, a possessive
  run, a title in capitals, a dateline before the run, a list of people): the other body of
  the story is not their affiliation, theirs is.

Run ``python tests/data/make_rv55f_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv55f.jsonl")

built = SupportCases(
    "rv55f",
    leads=[
        "By Orla Penhallow | The Fal Gazette",
        "DUNDEE (Tayside Wire) -",
        "Business | The Wensum Herald",
        "From our Cardiff desk, The Taff Record.",
    ],
)
RUN, TWO, SAME = "runread", "twobody", "sameshape"


# --- runread: the run is not (all of) the body; the value is tied another way ------------------
built.affiliation(
    RUN,
    "Mart Kasepalu",
    ["Baltika Commodities"],
    ["Nordic Grain Exchange"],
    "Wheat futures on the Nordic Grain Exchange fell for a third day, said Anu Saarsalu of Baltika Commodities.",
    "Tallinn trader Mart Kasepalu said buyers were waiting for the harvest. He has worked for Baltika Commodities since 2016.",
)
built.affiliation(
    RUN,
    "Min-seo Yoon",
    ["Haneul Electronics"],
    ["Corvid Devices"],
    "Corvid Devices unveiled a folding phone on Monday, days after Jae-ho Baek of Haneul Electronics showed a rival model.",
    "Skylark designer Min-seo Yoon said the hinge had taken four years. She joined Haneul Electronics from art school and leads the team behind its Skylark phones.",
)
built.affiliation(
    RUN,
    "Lotte Brennan",
    ["Caldmore Athletic"],
    ["Harwick Town"],
    "Harwick Town were beaten 3-0 on Sunday, a result Caldmore Athletic manager Dev Sandhu of Caldmore Athletic called the best of his tenure.",
    "Caldmore Women captain Lotte Brennan scored twice. She has spent her whole career at Caldmore Athletic.",
)
built.affiliation(
    RUN,
    "Ines Albrecht",
    ["Varda Group"],
    ["Polder Media"],
    "Polder Media said its advertising revenue fell 12 percent, while Stefan Kroll of Varda Group said the market would recover.",
    "Streamline chief Ines Albrecht, a Varda Group executive since 2019, said the group's video app would keep growing.",
)
built.affiliation(
    RUN,
    "Ilse Varga",
    ["Dalmoran government"],
    ["Dalmoran Central Bank"],
    "Prime Minister Tomas Reyl of the Dalmoran government said the budget would be balanced by 2028, a goal Petra Olm of the Dalmoran Central Bank doubted.",
    "Finance Ministry spokeswoman Ilse Varga said spending cuts would be announced next week. She speaks for the Dalmoran government on the budget.",
)
built.affiliation(
    RUN,
    "Callum Reid",
    ["Tessary Labs"],
    ["Quillon Search"],
    "Quillon Search released a new model on Thursday; Aditi Rao of Tessary Labs called it a step behind.",
    "The ex-Quillon engineer Callum Reid, who joined Tessary Labs last spring, said the gap was closing.",
)
built.affiliation(
    RUN,
    "Yusuf Demir",
    ["Kestrel Securities"],
    ["Norvane Biologics"],
    "Norvane Biologics shares fell 9 percent after Lena Voss of Kestrel Securities cut her rating.",
    "Veteran Kestrel analyst Yusuf Demir was more cautious. He said the drop was overdone.",
)
built.affiliation(
    RUN,
    "Hannah Oyelaran",
    ["Amberfield Union of Bakers"],
    ["Crustline Foods"],
    "Crustline Foods offered a 3 percent rise, which Pete Garvey of the Amberfield Union of Bakers rejected.",
    "Amberfield Union of Bakers organiser Hannah Oyelaran said members would vote on a strike.",
)
built.affiliation(
    RUN,
    "Rui Carvalho",
    ["Lusitania Airways"],
    ["Porto Airport"],
    "Porto Airport said the runway would close for two hours, and Marta Simoes of Lusitania Airways warned of delays.",
    "Lisbon pilot Rui Carvalho, a Lusitania Airways captain for 20 years, said crews had been told to expect long waits.",
)
built.affiliation(
    RUN,
    "Agnes Whitlow",
    ["Pennock Bank"],
    ["Harlow Building Society"],
    "Longtime Pennock economist Agnes Whitlow said rates would fall twice this year.",
    "Her colleague Giles Arden of Pennock Bank agreed, though Farah Malik of the Harlow Building Society expected a single cut.",
)
built.affiliation(
    RUN,
    "Joel Batista",
    ["Serra Mining"],
    ["Andes Copper"],
    "Andes Copper said output fell at its Chilean mine, a drop Rosa Lima of Serra Mining said would lift prices.",
    "Carajas geologist Joel Batista, who works for Serra Mining at its northern pits, said ore grades were falling across the region.",
)
built.affiliation(
    RUN,
    "Sofia Lund",
    ["Nordhavn Shipping"],
    ["Baltic Freight Index"],
    "Ove Dahl of Nordhavn Shipping said rates on the Baltic Freight Index had doubled since March.",
    "Asia desk manager Sofia Lund, who runs the line's Singapore office for Nordhavn Shipping, said bookings were full until July.",
)
built.affiliation(
    RUN,
    "Kwame Asante",
    ["Volta Cocoa Board"],
    ["Chocobel"],
    "Chocobel said it would raise prices, blaming the crop that Efua Mensah of the Volta Cocoa Board forecast last month.",
    "Kumasi inspector Kwame Asante said rains had hurt the pods. He has inspected farms for the Volta Cocoa Board since 2011.",
)

# --- twobody: two bodies of one person ---------------------------------------------------------
built.affiliation(
    TWO,
    "Priya Halloran",
    ["Kestrel Securities", "Exeter University"],
    ["Norvane Biologics"],
    "Norvane Biologics paused trials of its kidney drug, a move Professor Ewan Hale of Exeter University called prudent.",
    "Kestrel Securities analyst Priya Halloran said approval could slip a year. She also teaches pharmacology at Exeter University.",
)
built.affiliation(
    TWO,
    "Tomas Ekberg",
    ["Gotland Ferries", "Visby Harbour Board"],
    ["Stena Coastal"],
    "Stena Coastal cut its winter sailings, said Anna Lind of the Visby Harbour Board.",
    "Gotland Ferries captain Tomas Ekberg, who also sits on the Visby Harbour Board, said the island would feel the cut.",
)
built.affiliation(
    TWO,
    "Maeve Dorrian",
    ["Liffey Rovers", "Irish Football Association"],
    ["Shannon United"],
    "Liffey Rovers beat Shannon United 2-1. Conor Walsh of the Irish Football Association presented the cup.",
    "Liffey Rovers chair Maeve Dorrian said the win was for the fans. Dorrian is also a board member of the Irish Football Association.",
)
built.affiliation(
    TWO,
    "Olu Adebayo",
    ["Lagos Port Authority", "Atlantic Terminals"],
    ["Harbour Dredging Ltd"],
    "Harbour Dredging Ltd finished deepening the channel on Friday, said Kemi Obi of Atlantic Terminals.",
    "Lagos Port Authority engineer Olu Adebayo said larger ships could now dock. He is on secondment to Atlantic Terminals until June.",
)
built.affiliation(
    TWO,
    "Hilde Berg",
    ["Fjord Energy", "Norwegian Wind Association"],
    ["Statkorn"],
    "Statkorn bought the site in 2021, and Erik Moen of the Norwegian Wind Association welcomed the sale.",
    "Fjord Energy director Hilde Berg, who chairs the Norwegian Wind Association, said turbines would turn by 2027.",
)
built.affiliation(
    TWO,
    "Dev Malhotra",
    ["Indus Capital", "Mumbai Cricket Club"],
    ["Deccan Chargers"],
    "The Deccan Chargers were sold for a record sum, a price Ajay Rao of the Mumbai Cricket Club called mad.",
    "Indus Capital partner Dev Malhotra, who led the deal, also sits on the committee of the Mumbai Cricket Club.",
)
built.affiliation(
    TWO,
    "Rosa Kettle",
    ["Wyre Council", "Lune Valley Trust"],
    ["Fylde Homes"],
    "Fylde Homes lodged plans for 300 houses, which Jim Booth of the Lune Valley Trust opposed.",
    "Wyre Council planner Rosa Kettle said the plans would be decided in May. Kettle is a trustee of the Lune Valley Trust in her spare time.",
)
built.affiliation(
    TWO,
    "Ben Ocampo",
    ["Pasig Water", "Manila Engineers Guild"],
    ["Laguna Pipes"],
    "Laguna Pipes won the contract, said Teresa Cruz of the Manila Engineers Guild.",
    "Pasig Water engineer Ben Ocampo said the new mains would cut leaks by half. Ocampo also heads the safety panel of the Manila Engineers Guild.",
)
built.affiliation(
    TWO,
    "Greta Holm",
    ["Malmo Arts Centre", "Skane Film Fund"],
    ["Nordisk Pictures"],
    "Nordisk Pictures will shoot the series in Malmo, backed by money from the Skane Film Fund, said Lars Nyberg of the fund.",
    "Malmo Arts Centre director Greta Holm, who advises the Skane Film Fund, said local crews would be hired.",
)
built.affiliation(
    TWO,
    "Arjun Pillai",
    ["Kerala Spice Traders", "Cochin Chamber of Commerce"],
    ["Malabar Exports"],
    "Malabar Exports shipped less pepper this year, according to Mary Thomas of the Cochin Chamber of Commerce.",
    "Kerala Spice Traders secretary Arjun Pillai, a past president of the Cochin Chamber of Commerce, said prices would rise.",
)
built.affiliation(
    TWO,
    "Sunniva Aas",
    ["Bergen Hospital", "University of Bergen"],
    ["Vestland Health Authority"],
    "The Vestland Health Authority approved the new ward, said Knut Rye of the University of Bergen.",
    "Bergen Hospital surgeon Sunniva Aas said the ward would open in autumn. She is also an associate professor at the University of Bergen.",
)
built.affiliation(
    TWO,
    "Femi Cole",
    ["Thames Rowing Club", "British Rowing"],
    ["Tideway Regatta"],
    "The Tideway Regatta was cancelled because of high water, said Jo Parr of British Rowing.",
    "Thames Rowing Club coach Femi Cole, who also coaches the under-23 squad for British Rowing, said crews were disappointed.",
)

# --- sameshape: the run's neighbours ------------------------------------------------------------
built.affiliation(
    SAME,
    "Leona Marsh",
    ["Brightwater Capital"],
    ["Ordell Motors"],
    "Ordell Motors shares rose 6 percent after its results.",
    "Brightwater Capital senior analyst Leona Marsh said the margin was the best in a decade.",
)
built.affiliation(
    SAME,
    "Piet Smits",
    ["Zeeland Dairy"],
    ["Hollandia Retail"],
    "Hollandia Retail said it would stop selling the brand, according to Zeeland Dairy's sales director Piet Smits.",
)
built.affiliation(
    SAME,
    "Ana Rosu",
    ["Carpathia Bank"],
    ["Danube Steel"],
    "Danube Steel missed its bond payment on Friday.",
    "CARPATHIA BANK ANALYST Ana Rosu said creditors would be patient.",
)
built.affiliation(
    SAME,
    "Ewa Nowak",
    ["Vistula Rail"],
    ["Polish Rail Regulator"],
    "WARSAW, June 3 - Vistula Rail spokeswoman Ewa Nowak said trains would run on time despite the ruling by the Polish Rail Regulator.",
)
built.affiliation(
    SAME,
    "Jonas Weber",
    ["Rheinland Insurance"],
    ["Elbe Motors"],
    "Elbe Motors recalled 40,000 cars, a cost Rheinland Insurance actuary Jonas Weber put at 200 million euros.",
)
built.affiliation(
    SAME,
    "Clara Duval",
    ["Garonne Wines"],
    ["Bordeaux Growers Council"],
    "The Bordeaux Growers Council cut the harvest quota again.",
    "Garonne Wines export manager Clara Duval and her colleague Luc Morel said buyers in Asia had stopped ordering.",
)
built.affiliation(
    SAME,
    "Marek Hajek",
    ["Vltava Brewing"],
    ["Prague Hops Cooperative"],
    "Prices paid by the Prague Hops Cooperative doubled.",
    "Vltava Brewing head brewer Marek Hajek said beer would cost more by summer.",
)
built.affiliation(
    SAME,
    "Nadia Haddad",
    ["Cedar Telecom"],
    ["Beirut Cable"],
    "Beirut Cable cut its prices by a third on Monday.",
    "Cedar Telecom's chief strategy officer, Nadia Haddad, said her firm would not follow.",
    "Haddad said the cut was not sustainable.",
)
built.affiliation(
    SAME,
    "Owen Pryce",
    ["Brecon Water"],
    ["Usk Valley Farms"],
    "Usk Valley Farms was fined for polluting the river.",
    "Brecon Water ecologist Owen Pryce said fish stocks would take years to recover, and Usk Valley Farms boss Lyn Jones apologised.",
)
built.affiliation(
    SAME,
    "Tarek Samy",
    ["Nile Logistics"],
    ["Suez Canal Authority"],
    "The Suez Canal Authority raised transit fees by 15 percent.",
    "Nile Logistics operations manager Tarek Samy said shippers would pass the cost on.",
)
built.affiliation(
    SAME,
    "Iris Kalnina",
    ["Riga Fintech Hub"],
    ["Latvian Savings Bank"],
    "The Latvian Savings Bank launched an app on Tuesday.",
    "Riga Fintech Hub founder Iris Kalnina said the bank had taken too long.",
)
built.affiliation(
    SAME,
    "Mateo Ruiz",
    ["Andalus Solar"],
    ["Iberia Grid"],
    "Iberia Grid said it would connect the plant next year.",
    "Andalus Solar project engineer Mateo Ruiz said panels were already on site.",
)

built.affiliation(
    SAME,
    "Priya Sethi",
    ["Kestrel Securities"],
    ["Norvane Biologics"],
    "Norvane Biologics paused its trial on Monday, said Lena Ho of Norvane Biologics.",
    "Kestrel Securities analyst Priya Sethi, who covers Norvane Biologics, said approval could slip a year.",
)
built.affiliation(
    SAME,
    "Gil Navon",
    ["Roscosmos"],
    ["NASA"],
    "The crew of three included Amy Tran of NASA.",
    "Roscosmos cosmonaut Gil Navon flew as commander. He trained with NASA crews in Houston for a year.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
