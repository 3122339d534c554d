# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 54's left-body reading (``grounding_gf54.jsonl``, GAPS closer gf54;
:mod:`summarizer.verification.people.left_bodies`), at the edges of

- ``namesake``: a body sharing a word with the person's own but another (:mod:`.apart_bodies`):
  "World Hockey" named alone beside "Farah Quist, secretary of the Dutch Hockey Union",
  refused; against the person's own body, one "its" ties them to, a short or suffixed form;
- ``stand-in``: a rival named apart from a person given only "the airline's chief executive"
  after another body opened the story, refused; against that body, and the body that opens
  the sentence before them;
- ``left``: a body the page writes of the person only in a past frame ("a former analyst at",
  "who once played for", "who left X to join", "her old club", "X's one-time", "from 2011 to
  2018", "a veteran of"), while it gives them a body now, refused as their affiliation; against
  the body they hold now on the same page, and near misses a careless reading would refuse:
  a past marker undone ("a former teacher who now runs"), one describing the body ("who chairs
  the former mining firm"), a return ("rejoined", "returned to"), a person who left a room or
  a desk, not a body ("left her office at"), an age ("the 90-year-old club"), a marker in
  another clause.

Run ``python tests/data/make_gf54_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gf54.jsonl")

built = SupportCases(
    "gf54",
    leads=[
        "By Wren Adair | The Medway Courant",
        "HALIFAX (Tidewater Wire) -",
        "Business | The Dunmore Ledger",
        "From our Galway desk, The Corrib Post.",
        "LIVE | The Ouse Bulletin",
    ],
)
LEFT, NAMESAKE, STAND_IN = "left", "namesake", "stand-in"


aff = partial(built.affiliation, LEFT)


# --- a body the person left, beside the one they hold now -----------------------------------
aff(
    "Odile Carrow",
    ["Marlpit Insurance"],
    ["Fenwick Re"],
    "Odile Carrow, a former underwriter at Fenwick Re, was named chief risk officer of Marlpit Insurance on Monday.",
    "She starts in April.",
)
aff(
    "Tobias Lindqvist",
    ["Skarholm Institute"],
    ["Vantor Pharma"],
    "Tobias Lindqvist, who spent a decade in research, previously worked for Vantor Pharma.",
    "He now directs trials at the Skarholm Institute, which tests heart drugs.",
)
aff(
    "Keane Dolan",
    ["Athlone Harps"],
    ["Mullingar Celtic"],
    "Keane Dolan, the Athlone Harps striker, scored twice in the cup on Saturday.",
    "Dolan, who once played for Mullingar Celtic, has eleven goals this season.",
)
aff(
    "Priya Raman",
    ["Coldharbour Capital"],
    ["Westmoor Bank"],
    "Priya Raman, Westmoor Bank's one-time head of trading, now runs Coldharbour Capital.",
    "The fund manages 2 billion pounds.",
)
aff(
    "Henrik Sorsa",
    ["Baltica Ferries"],
    ["Nordvik Lines"],
    "Henrik Sorsa, chief executive of Nordvik Lines from 2011 to 2018, is now chairman of Baltica Ferries.",
    "Baltica Ferries carries four million passengers a year.",
)
aff(
    "Lotte Brand",
    ["Ravel United"],
    ["Osterby"],
    "The defender Lotte Brand, who left Osterby to join Ravel United in the summer, was booked twice.",
    "Ravel United drew 1-1.",
)
aff(
    "Cormac Tighe",
    ["Shannon Rovers"],
    ["Kilkee Town"],
    "Cormac Tighe faces his old club Kilkee Town on Friday night.",
    "He captains Shannon Rovers, who he joined in January.",
)
aff(
    "Ines Valcourt",
    ["Auberive Energie"],
    ["Rhodanie Gaz"],
    "Ines Valcourt, a veteran of Rhodanie Gaz, will head the grid unit at Auberive Energie.",
    "The unit employs 900 people.",
)
aff(
    "Marcus Oyelowo",
    ["Lekki Polytechnic"],
    ["Ikeja General Hospital"],
    "Marcus Oyelowo, formerly a surgeon at Ikeja General Hospital, teaches anatomy at Lekki Polytechnic.",
    "He trains 60 students a year.",
)
aff(
    "Greta Aalto",
    ["Pohjola Foods"],
    ["Kuusamo Dairy"],
    "Greta Aalto, an ex-Kuusamo Dairy buyer, runs purchasing for Pohjola Foods.",
    "Pohjola Foods said milk prices would rise.",
)
aff(
    "Dario Ferrante",
    ["Lucerna Motors"],
    ["Brava Automotive"],
    "Dario Ferrante joined Lucerna Motors in May as head of design.",
    "Ferrante, a former engineer at Brava Automotive, drew the new saloon.",
)
aff(
    "Sunniva Holt",
    ["Fjordline Post"],
    ["Bergvik Times"],
    "Sunniva Holt, the Fjordline Post editor, used to write for the Bergvik Times.",
    "She took over in 2022.",
)

# --- near misses: the body the person holds now, with a past word nearby --------------------
aff(
    "Wendell Price",
    ["Harrowgate Trust"],
    [],
    "Wendell Price, a former teacher who now runs the Harrowgate Trust, said the charity would expand.",
    "It helps 2,000 families.",
)
aff(
    "Agnes Moberg",
    ["Delta Ore"],
    [],
    "Agnes Moberg, who chairs the former mining firm Delta Ore, said the company would sell its last pit.",
    "Delta Ore now makes batteries.",
)
aff(
    "Rory Nevin",
    ["Ballybay Athletic"],
    [],
    "Rory Nevin, who once played for Ballybay Athletic, rejoined the club in June as its coach.",
    "Ballybay Athletic finished fourth.",
)
aff(
    "Hana Novotna",
    ["Vltava Bank"],
    [],
    "Hana Novotna left her office at Vltava Bank at noon to meet the strikers.",
    "She is the bank's head of staff.",
)
aff(
    "Ewart Crane",
    ["Tollbridge Rovers"],
    [],
    "Ewart Crane, the Tollbridge Rovers manager, said the 90-year-old club would stay at its ground.",
    "Tollbridge Rovers have played there since 1934.",
)
aff(
    "Moira Lusk",
    ["Carrick Water"],
    [],
    "Once the pipes are replaced, Moira Lusk of Carrick Water said, bills will fall.",
    "The work starts in May.",
)
aff(
    "Teodor Balan",
    ["Siret Logistics"],
    [],
    "Teodor Balan, chief executive of Siret Logistics, was formerly its finance director.",
    "Siret Logistics moves grain to the port.",
)
aff(
    "Ruth Abara",
    ["Onitsha Textiles"],
    [],
    "Ruth Abara, a former nurse, is now chief executive of Onitsha Textiles.",
    "The firm employs 800 people.",
)
aff(
    "Colm Brophy",
    ["Kinsale Marine"],
    [],
    "Colm Brophy returned to Kinsale Marine this year, a decade after he left the boatyard.",
    "He runs its repair dock.",
)
aff(
    "Ilse Vogt",
    ["Haldern Stadtwerke"],
    [],
    "Ilse Vogt, who previously studied law, has led Haldern Stadtwerke since 2019.",
    "The utility serves 80,000 homes.",
)
aff(
    "Nate Osei",
    ["Tema Port Authority"],
    [],
    "Nate Osei of the Tema Port Authority said the old terminal would close.",
    "A new one opens in 2027.",
)


# --- namesake: the person's own body, and another sharing a word with it, named apart --------
built.affiliation(
    NAMESAKE,
    "Farah Quist",
    ["Dutch Hockey Union"],
    ["World Hockey"],
    "World Hockey confirmed on Friday that the Netherlands would host the 2030 finals.",
    "Farah Quist, secretary of the Dutch Hockey Union, called it a reward for clubs.",
)
built.affiliation(
    NAMESAKE,
    "Idris Balogun",
    ["Ibadan Yam Traders"],
    ["Oyo Yam Board"],
    "The Oyo Yam Board cut its guide price by a tenth on Tuesday.",
    "Idris Balogun, 51, of Ibadan Yam Traders, said sellers would lose money.",
)
built.affiliation(
    NAMESAKE,
    "Carys Hale",
    ["Swansea Jewish Centre"],
    ["Swansea Harbour Authority"],
    "Swansea Harbour Authority approved a new ferry berth on Wednesday.",
    "Carys Hale, 44, of the Swansea Jewish Centre, said the noise would be a burden.",
)
built.affiliation(
    NAMESAKE,
    "Owain Price",
    ["Penarth Sailing Club"],
    ["Welsh Sailing Federation"],
    "The Welsh Sailing Federation has banned night races on the bay.",
    "Owain Price, commodore of Penarth Sailing Club, said members were upset.",
)
built.affiliation(
    NAMESAKE,
    "Lea Kowal",
    ["Gdansk Port Workers Union"],
    ["Gdansk Shipyard"],
    "Gdansk Shipyard laid off 300 welders on Monday.",
    "Lea Kowal, head of the Gdansk Port Workers Union, said dockers would not be next.",
)
built.affiliation(
    NAMESAKE,
    "Arjun Bhatt",
    ["Pune Cycle Collective"],
    ["Pune Transport Authority"],
    "The Pune Transport Authority opened 40 km of bus lanes on Sunday.",
    "Arjun Bhatt, founder of the Pune Cycle Collective, said riders had been left out.",
)
built.affiliation(
    NAMESAKE,
    "Mette Lund",
    ["Aarhus Tenants Alliance"],
    ["Aarhus Housing Company"],
    "Aarhus Housing Company raised rents by 6 per cent.",
    "Mette Lund, spokeswoman for the Aarhus Tenants Alliance, said families would move out.",
)
built.affiliation(
    NAMESAKE,
    "Joel Ferris",
    ["Tasman Fishing Cooperative"],
    ["Tasman Marine Council"],
    "Tasman Marine Council closed the scallop beds until spring.",
    "Joel Ferris, chairman of the Tasman Fishing Cooperative, said crews would go bust.",
)
built.affiliation(
    NAMESAKE,
    "Nadia Safi",
    ["Kabul Women Lawyers Network"],
    ["Kabul Bar Council"],
    "The Kabul Bar Council suspended 12 members last week.",
    "Nadia Safi, director of the Kabul Women Lawyers Network, called the move unlawful.",
)
built.affiliation(
    NAMESAKE,
    "Hugh Pennant",
    ["Cotswold Cider Makers"],
    ["English Cider Board"],
    "The English Cider Board set a new minimum apple price on Thursday.",
    "Hugh Pennant, chair of Cotswold Cider Makers, said growers had been ignored.",
)
built.affiliation(
    NAMESAKE,
    "Rosa Imbert",
    ["Lyon Metropole Council"],
    [],
    "Lyon Metropole Council voted to close two bridges to cars.",
    "Its leader, Rosa Imbert, of the Lyon Green Group, said traffic would fall.",
)
built.affiliation(
    NAMESAKE,
    "Dale Rourke",
    ["Limerick Harbour Trust"],
    [],
    "The Limerick Harbour Trust bought two tugs on Monday.",
    "Dale Rourke, of the trust's Limerick Pilots Guild, said the tugs were overdue.",
)
built.affiliation(
    NAMESAKE,
    "Alma Reyes",
    ["Cebu Pacific Freight"],
    [],
    "Cebu Pacific Freight added two cargo jets.",
    "Alma Reyes, head of Cebu Pacific Freight Ltd, said demand was strong.",
)
built.affiliation(
    NAMESAKE,
    "Boris Ilyin",
    ["Volga Grain Exchange"],
    [],
    "Volga Grain Exchange prices rose on Friday.",
    "Boris Ilyin, chief trader at the Volga Grain Exchange, said buyers were back.",
)

# --- stand-in: "the airline's chief executive" after another body opened the story ---------
built.affiliation(
    STAND_IN,
    "Pilar Ordonez",
    ["Meseta Air"],
    ["Iberflot"],
    "Meseta Air carried a record 9 million passengers last year, overtaking rival Iberflot.",
    "The airline's chief executive, Pilar Ordonez, said new routes to Morocco would follow.",
)
built.affiliation(
    STAND_IN,
    "Gus Lindahl",
    ["Norrby Markets"],
    ["Kvist Foods"],
    "Norrby Markets will shut 14 stores after losing customers to Kvist Foods.",
    "The grocer's chief executive, Gus Lindahl, said the cuts were painful.",
)
built.affiliation(
    STAND_IN,
    "Tamsin Reeve",
    ["Harlech Mutual"],
    ["Pembroke Building Society"],
    "Harlech Mutual cut its fixed mortgage rates on Monday, a week after Pembroke Building Society.",
    "The lender's managing director, Tamsin Reeve, said borrowers had waited long enough.",
)
built.affiliation(
    STAND_IN,
    "Ole Brekke",
    ["Fjellmark Mining"],
    ["Rana Minerals"],
    "Fjellmark Mining raised its copper forecast, while Rana Minerals cut its own.",
    "The miner's chief executive, Ole Brekke, credited a new mill.",
)
built.affiliation(
    STAND_IN,
    "Dina Ferraz",
    ["Atlantico TV"],
    ["Canal Norte"],
    "Atlantico TV has won the rights to the cup final, outbidding Canal Norte.",
    "The broadcaster's head of sport, Dina Ferraz, said fans would watch for free.",
)
built.affiliation(
    STAND_IN,
    "Yusuf Arslan",
    ["Anadolu Sigorta"],
    ["Turkish Insurance Watchdog"],
    "Anadolu Sigorta will repay 40,000 drivers, the Turkish Insurance Watchdog said on Tuesday.",
    "The insurer's chief executive, Yusuf Arslan, apologised to customers.",
)
built.affiliation(
    STAND_IN,
    "Clara Moosbach",
    ["Isar Brauerei"],
    ["Alpen Brau"],
    "Isar Brauerei has bought a small brewery in Passau, beating an offer from Alpen Brau.",
    "The brewer's chief executive, Clara Moosbach, said the deal fitted its plans.",
)
built.affiliation(
    STAND_IN,
    "Ravi Kulkarni",
    ["Deccan Motors"],
    ["Konkan Auto"],
    "Deccan Motors sold 80,000 cars in March, well ahead of Konkan Auto.",
    "The carmaker's managing director, Ravi Kulkarni, said rural demand was strong.",
)
built.affiliation(
    STAND_IN,
    "Siobhan Gault",
    ["Erne Water"],
    ["Northern Utility Regulator"],
    "Erne Water was fined 2 million pounds after the Northern Utility Regulator found repeated leaks.",
    "The utility's chief executive, Siobhan Gault, said repairs were under way.",
)
built.affiliation(
    STAND_IN,
    "Felix Amsel",
    ["Ruhr Verlag"],
    ["Spree Books"],
    "Ruhr Verlag has signed the novelist, ahead of a late bid by Spree Books.",
    "The publisher's chief executive, Felix Amsel, called it a coup.",
)
built.affiliation(
    STAND_IN,
    "Hollis Grant",
    ["Keystone Air"],
    [],
    "Aero Delta lost a slot battle on Friday.",
    "Keystone Air won the slots at Newark.",
    "The airline's chief executive, Hollis Grant, said fares would fall.",
)
built.affiliation(
    STAND_IN,
    "Wren Talbot",
    ["Cobalt Steelworks"],
    [],
    "Cobalt Steelworks will hire 500 workers, it said on Monday.",
    "The steelmaker's chief executive, Wren Talbot, said the order book was full.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
