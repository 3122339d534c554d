# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 54's review rv54f of gf54 (``grounding_rv54f.jsonl``; the readings
:mod:`summarizer.verification.people.left_bodies` and :mod:`.apart_bodies`), at the edges of

- ``still``: a body the page writes in a past frame of a person who is still with it: one
  they left and came back to ("re-signed for", "was reappointed", a second sentence), a past
  rank at the same body ("the former Corvo FC captain", "a veteran of", "finance director of
  X from 2012 to 2019" before "the bank's chief executive"), a contract "until 2029"; against
  a body the same page says they really left;
- ``both``: a person with two bodies now (a job and a board seat, a post and a chair), one
  written in a past frame ("the former chief executive of X who chairs its board", "used to
  run the ward at X ... I still do two shifts"), a pronoun or "its" standing for it; against a
  body they left;
- ``namesake``: the person's own body and another sharing a word with it that the page makes
  its parent, its arm or its brand ("Caledonia Rugby, the Scottish union's playing name"
  beside "chief executive of the Scottish Rugby Union"), or a second body the person holds in
  a sentence opening on a pronoun; against a real namesake, also one "its" or "the body"
  seems to point back to;
- ``stand-in``: "the airline's chief executive" after another body opened the story that is
  no airline (a regulator fining it, a court, a union, a customer, an exchange), or a rival,
  the person's own airline named of them in a later sentence; against the other body;
- ``moving``: the wrong body in shapes next to the past frames gf54 reads (a body the person
  is leaving for, "joins from", "poached from", "ex Harbour Bank" with no hyphen, "the
  outgoing", "sacked by", "retired from", "six years with", "ex-chairman of"); against the
  body they are with now;
- ``confirm``: the confirm-only mode on for the affiliation (``"confirm": ["affiliation"]``):
  the person's body confirmed by a holder shape in spite of a past word on an earlier post
  there; a body they left not confirmed.

Run ``python tests/data/make_rv54f_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv54f.jsonl")

built = SupportCases(
    "rv54f",
    leads=[
        "By Ailsa Morrow | The Solent Record",
        "OPORTO (Atlantic Wire) -",
        "Sport | The Kerrow Gazette",
        "From our Leeds desk, The Aire Courier.",
        "MARKETS | The Harbour Ledger",
    ],
)
STILL, BOTH, NAMESAKE, STAND_IN, MOVING, CONFIRM = (
    "still", "both", "namesake", "stand-in", "moving", "confirm"
)  # fmt: skip


def confirm(name: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    start = len(built.cases)
    built.person_field(CONFIRM, "affiliation", name, passes, fails, *paragraphs)
    for case in built.cases[start:]:
        case["confirm"] = ["affiliation"]


# --- still: a past frame on a body the person is still with --------------------------------
built.affiliation(
    STILL,
    "Ana Ruiz",
    ["Corvo FC"],
    ["Tagus United"],
    "Ana Ruiz, the former Corvo FC captain, scored twice for Portugal on Friday.",
    "She handed the armband to Mia Lopes in June but signed a new two-year deal with the club.",
    "Ruiz, who once played for Tagus United, has 41 caps.",
)
built.affiliation(
    STILL,
    "Tom Reid",
    ["Corvo FC"],
    ["Braga Athletic"],
    "Tom Reid left Corvo FC for Braga Athletic in 2019.",
    "In June he re-signed for Corvo FC on a two-year deal, and he now captains the side.",
)
built.affiliation(
    STILL,
    "Kofi Mensah",
    ["Volta Cement"],
    ["Ashanti Steel"],
    "Kofi Mensah, a former chief executive of Volta Cement, was reappointed to the post on Monday, two years after he left for Ashanti Steel.",
    "Volta Cement shares rose 4 per cent on the news.",
)
built.affiliation(
    STILL,
    "Lena Moss",
    ["Harbour Bank"],
    ["Alder Capital"],
    "Lena Moss, finance director of Harbour Bank from 2012 to 2019, became the bank's chief executive last year.",
    "Moss, who once worked at Alder Capital, also sits on the board of the Kestrel Trust.",
)
built.affiliation(
    STILL,
    "Ines Duarte",
    ["Serra Telecom"],
    ["Atlas Bank"],
    "Ines Duarte, a 30-year veteran of Serra Telecom, was named its chief executive on Tuesday.",
    "Duarte, who once advised Atlas Bank, also chairs the Lisbon Chamber of Commerce.",
)
built.affiliation(
    STILL,
    "Erik Vold",
    ["Fjord City"],
    ["Bergen Rovers"],
    "Erik Vold, the Norway striker, has signed a deal that keeps him at Fjord City until 2029.",
    "Vold, who once played for Bergen Rovers, has 19 goals this season.",
)
built.affiliation(
    STILL,
    "Sean Ahern",
    ["Cobh Ramblers"],
    ["Waterford Athletic"],
    "Sean Ahern, who once played for Cobh Ramblers, is the club's new manager.",
    "He spent the last eight years in charge at Waterford Athletic and left there in May.",
)
built.affiliation(
    STILL,
    "Mara Oduya",
    ["Keller & Stroud"],
    ["Brandt Legal"],
    "Mara Oduya, a former junior partner at Keller & Stroud, is now the firm's managing partner and sits on the council of the Law Society.",
    "Oduya, formerly of Brandt Legal, takes over in May.",
)
built.affiliation(
    STILL,
    "Dev Anand",
    ["Maple Foods"],
    ["Birch Dairies"],
    "Dev Anand, who once ran the sales team at Maple Foods, is the company's new head of exports, and also chairs the Ottawa Food Council.",
    "Anand, an ex-Birch Dairies buyer, joined Maple Foods in 2011.",
)
built.affiliation(
    STILL,
    "Karin Holm",
    ["Nordbank"],
    ["Sundvall Finans"],
    "Karin Holm, formerly head of retail at Nordbank, will remain with the bank as its chief operating officer, the Stockholm Banking Association said on Monday.",
    "Holm, who used to work for Sundvall Finans, starts in March.",
)
built.affiliation(
    STILL,
    "Pat Kinsella",
    ["Wexford Harps"],
    ["Carlow Town"],
    "Pat Kinsella, the Wexford Harps goalkeeper between 2015 and 2020, is back in goal for them this season after a spell as their coach.",
    "Kinsella, a former Carlow Town player, turns 38 in May and was named in the Ireland squad.",
)

# --- both: two bodies now, one written in a past frame -----------------------------------------
built.affiliation(
    BOTH,
    "Amir Haddad",
    ["Cedar Logistics", "Phoenicia Bank"],
    ["Byblos Freight"],
    "Amir Haddad, the former chief executive of Cedar Logistics who now chairs its board, also sits on the board of Phoenicia Bank.",
    "Haddad, who once ran Byblos Freight, said trade was recovering.",
)
built.affiliation(
    BOTH,
    "Orla Nash",
    ["St Brigid's Hospital", "Cork Nurses Union"],
    ["Mercy Clinic"],
    "\u201cI used to run the night ward at St Brigid's Hospital, and I still do two shifts a week there,\u201d said Orla Nash, who chairs the Cork Nurses Union.",
    "Nash, a former theatre nurse at Mercy Clinic, will lead the talks.",
)
built.affiliation(
    BOTH,
    "Lena Moss",
    ["Harbour Bank", "Kestrel Trust"],
    ["Alder Capital"],
    "Lena Moss, a former trader at Harbour Bank, is now its chief executive and sits on the board of the Kestrel Trust.",
    "Moss, who once worked at Alder Capital, said rates would fall.",
)
built.affiliation(
    BOTH,
    "Piet Smit",
    ["Rijn Energie", "Delft Water"],
    ["Maas Gas"],
    "Piet Smit, previously director of trading at Rijn Energie and still on its board, chairs Delft Water.",
    "Smit, an ex-Maas Gas engineer, has held both posts since 2021.",
)
built.affiliation(
    BOTH,
    "Hanne Berg",
    ["Oslo University", "Fjell Institute"],
    ["Tromso Polar Lab"],
    "Hanne Berg, once a student at Oslo University, has taught there since 2010 and heads the Fjell Institute.",
    "Berg, who left Tromso Polar Lab in 2009, studies sea ice.",
)
built.affiliation(
    BOTH,
    "Rafael Soto",
    ["Andes Mining", "Cusco Chamber of Commerce"],
    ["Puno Metals"],
    "Rafael Soto, a veteran geologist who joined Andes Mining in 1999 and leads its exploration arm, also chairs the Cusco Chamber of Commerce.",
    "Soto, who once worked for Puno Metals, said copper prices would hold.",
)
built.affiliation(
    BOTH,
    "Greta Falk",
    ["Elbe Rowing Club", "Hamburg Port Authority"],
    ["Alster Boat Club"],
    "Greta Falk, who used to row for Elbe Rowing Club and now coaches its crews, works as an engineer at the Hamburg Port Authority.",
    "Falk, a former Alster Boat Club member, won gold in 2012.",
)
built.affiliation(
    BOTH,
    "Yuki Mori",
    ["Kansai Rail", "Osaka Transit Board"],
    ["Nishi Bus"],
    "Yuki Mori, Kansai Rail's former planning chief, is the railway's deputy president.",
    "She also sits on the Osaka Transit Board.",
    "Mori, who quit Nishi Bus in 2015, backs the new line.",
)
built.affiliation(
    BOTH,
    "Bram Visser",
    ["Zeeland Ferries", "Vlissingen Harbour Trust"],
    ["Texel Shipping"],
    "Bram Visser, the Vlissingen Harbour Trust chairman, was a deckhand at Zeeland Ferries in the 1980s.",
    "He still works there, as its chief executive.",
    "Visser, who once skippered for Texel Shipping, said the route would reopen.",
)
built.affiliation(
    BOTH,
    "Nia Rowe",
    ["Tamar Water", "Devon Wildlife Trust"],
    ["Exe Valley Water"],
    "The board of Tamar Water has appointed Nia Rowe, its former finance director, as chief executive.",
    "Rowe, a trustee of the Devon Wildlife Trust, left Exe Valley Water in 2018.",
)

# --- namesake: a parent, an arm or a brand of the person's own body ----------------------------
built.affiliation(
    NAMESAKE,
    "Fergus Dunn",
    ["Scottish Rugby Union", "Caledonia Rugby"],
    ["World Rugby"],
    "Caledonia Rugby, the Scottish union's playing name, named a young squad for the autumn on Tuesday.",
    "World Rugby confirmed the fixtures the same day.",
    "Fergus Dunn, chief executive of the Scottish Rugby Union, said the players had earned it.",
)
built.affiliation(
    NAMESAKE,
    "Ruth Kerr",
    ["Aldren Direct", "Aldren Banking Group"],
    ["Aldren Building Society"],
    "Aldren Banking Group posted a 9 per cent rise in profit on Thursday.",
    "Its online arm, Aldren Direct, grew fastest. Aldren Building Society, which is not part of the group, reported on Wednesday.",
    "Ruth Kerr, head of Aldren Direct, said mobile lending had doubled.",
)
built.affiliation(
    NAMESAKE,
    "Jo Pike",
    ["Hexham General Hospital", "Hexham Health Trust"],
    ["Hexham Town Council"],
    "Hexham Health Trust, which runs Hexham General Hospital, opened a new cancer ward on Monday.",
    "Hexham Town Council gave the land.",
    "Jo Pike, a senior nurse at Hexham General Hospital, said patients would no longer travel to Newcastle.",
)
built.affiliation(
    NAMESAKE,
    "Omar Sadiq",
    ["Dunmore Business School", "Dunmore University"],
    ["Dunmore City Council"],
    "Dunmore University will cut fees for local students, the university said.",
    "Its Dunmore Business School will take 200 more. Dunmore City Council welcomed the plan.",
    "Omar Sadiq, dean of Dunmore Business School, said demand was strong.",
)
built.affiliation(
    NAMESAKE,
    "Mara Lenz",
    ["Skybridge Go", "Skybridge Airways"],
    ["Skybridge Tours"],
    "Skybridge Airways will fly its low-cost brand, Skybridge Go, to Lisbon from May.",
    "Skybridge Tours, an unrelated travel agent, sold out its Lisbon trips.",
    "Mara Lenz, managing director of Skybridge Go, said fares would start at 29 euros.",
)
built.affiliation(
    NAMESAKE,
    "Farah Quist",
    ["Dutch Hockey Union", "World Hockey"],
    ["Dutch Olympic Committee"],
    "The Dutch Olympic Committee confirmed its hockey squads on Friday.",
    "Farah Quist, secretary of the Dutch Hockey Union, called it a reward for clubs.",
    "She also sits on the council of World Hockey, which sets the rules of the game.",
)
built.affiliation(
    NAMESAKE,
    "Lars Nygaard",
    ["Viken Energi Nett", "Viken Energi"],
    ["Viken County Council"],
    "Viken Energi raised its dividend on Monday.",
    "Its grid company, Viken Energi Nett, will spend 2 billion crowns on cables. Viken County Council owns half the group.",
    "Lars Nygaard, head of Viken Energi Nett, said the work would take ten years.",
)
built.affiliation(
    NAMESAKE,
    "Ivo Petrov",
    ["Varna Port Workers Union", "Varna Dockers Branch"],
    ["Varna Port Authority"],
    "The Varna Port Authority cut night shifts at the container quay.",
    "The Varna Dockers Branch of the port union held a vote the same evening.",
    "Ivo Petrov, secretary of the Varna Port Workers Union, said the dockers would strike.",
)
built.affiliation(
    NAMESAKE,
    "Heidi Roth",
    ["Alpen Kliniken", "Alpen Health Group"],
    ["Alpen Tourism Board"],
    "Alpen Health Group, which owns the Alpen Kliniken chain, will hire 400 nurses.",
    "The Alpen Tourism Board said clinics draw visitors.",
    "Heidi Roth, medical director of Alpen Kliniken, said the nurses would start in autumn.",
)
built.affiliation(
    NAMESAKE,
    "Colm Breen",
    ["Shannon Credit Union", "Shannon Credit Union Housing"],
    ["Shannon Town FC"],
    "Shannon Credit Union Housing, a branch the credit union set up in 2020, has built 40 homes.",
    "Shannon Town FC will play on the land next to them.",
    "Colm Breen, manager of the Shannon Credit Union, said 60 more would follow.",
)
built.affiliation(
    NAMESAKE,
    "Signe Dahl",
    ["Danish Cycling Union"],
    ["World Cycling Council", "Danish Olympic Committee"],
    "The World Cycling Council moved the championships to Aarhus on Tuesday.",
    "The Danish Olympic Committee welcomed the decision.",
    "Signe Dahl, head of the Danish Cycling Union, said its decision was a reward for the riders.",
)

# --- stand-in: "the airline's" after another body that is no rival opened the story -----------
built.affiliation(
    STAND_IN,
    "Mara Lenz",
    ["Skybridge Airways"],
    ["Civil Aviation Board"],
    "The Civil Aviation Board fined Skybridge Airways 2 million euros on Monday for late refunds.",
    "The airline's chief executive, Mara Lenz, apologised to passengers.",
)
built.affiliation(
    STAND_IN,
    "Nia Rowe",
    ["Tamar Water"],
    ["High Court"],
    "The High Court ordered Tamar Water to pay 3 million pounds to farmers whose fields it flooded.",
    "The utility's chief executive, Nia Rowe, said it would appeal.",
)
built.affiliation(
    STAND_IN,
    "Ravi Rao",
    ["Deccan Motors"],
    ["Transport Workers Union"],
    "Transport Workers Union members at Deccan Motors voted to strike on Friday.",
    "The carmaker's managing director, Ravi Rao, said talks would go on.",
)
built.affiliation(
    STAND_IN,
    "Eva Brink",
    ["Alstedt Works"],
    ["Norrland Rail"],
    "Norrland Rail ordered 40 trains from Alstedt Works on Monday.",
    "The manufacturer's chief executive, Eva Brink, said the order would keep 900 jobs.",
)
built.affiliation(
    STAND_IN,
    "Ben Ashby",
    ["Harrow Homes"],
    ["Leeds City Council"],
    "Leeds City Council has approved a plan by Harrow Homes for 300 flats on the old gasworks.",
    "The housebuilder's chief executive, Ben Ashby, said work would start in May.",
)
built.affiliation(
    STAND_IN,
    "Joel Fisk",
    ["Orca Mining"],
    ["London Stock Exchange"],
    "The London Stock Exchange suspended shares in Orca Mining on Monday.",
    "The miner's chief executive, Joel Fisk, said the accounts would be filed this week.",
)
built.affiliation(
    STAND_IN,
    "Mara Lenz",
    ["Skybridge Airways"],
    ["Aerlinn Air"],
    "Aerlinn Air lost its Dublin slots to Skybridge Airways on Monday.",
    "The airline's chief executive, Mara Lenz, said the slots would carry 400,000 more passengers a year.",
    "She founded Skybridge Airways in 2009 and has run it since.",
)
built.affiliation(
    STAND_IN,
    "Conor Fahy",
    ["Aerlinn Air"],
    ["Skybridge Airways"],
    "Aerlinn Air lost its Dublin slots to Skybridge Airways on Monday.",
    "The airline's chief executive, Conor Fahy, said the ruling was unfair.",
    "Fahy, who has run Aerlinn Air since 2018, will appeal.",
)
built.affiliation(
    STAND_IN,
    "Tove Lind",
    ["Kvist Foods"],
    ["Competition Authority"],
    "The Competition Authority cleared the takeover of Kvist Foods by a Dutch group on Wednesday.",
    "The grocer's chief executive, Tove Lind, said no stores would close.",
)
built.affiliation(
    STAND_IN,
    "Gwen Price",
    ["Pembroke Building Society"],
    ["Bank of Cambria"],
    "The Bank of Cambria raised interest rates to 5 per cent, and Pembroke Building Society raised its mortgage rates within hours.",
    "The lender's chief executive, Gwen Price, said borrowers would pay 40 pounds a month more.",
)
built.affiliation(
    STAND_IN,
    "Luis Pardo",
    ["Canal Norte"],
    ["Media Standards Council"],
    "Media Standards Council members voted on Friday to censure Canal Norte over a doctored interview.",
    "The broadcaster's director general, Luis Pardo, said the programme had been taken off air.",
)

# --- moving: the body the person is moving to or away from -----------------------------------
built.affiliation(
    MOVING,
    "Tom Reid",
    ["Corvo FC"],
    ["Braga Athletic"],
    "Tom Reid, who is leaving Corvo FC for Braga Athletic at the end of the season, scored twice on Saturday.",
    "Corvo FC won 3-0.",
)
built.affiliation(
    MOVING,
    "Jonas Eide",
    ["Bergen Rovers"],
    ["Molde Athletic"],
    "Bergen Rovers have signed Jonas Eide, who joins from Molde Athletic for 2 million crowns.",
    "Eide, 24, has signed a four-year deal.",
)
built.affiliation(
    MOVING,
    "Lena Moss",
    ["Alder Capital"],
    ["Harbour Bank"],
    "Lena Moss, poached from Harbour Bank last year, runs trading at Alder Capital.",
    "The fund manages 3 billion pounds.",
)
built.affiliation(
    MOVING,
    "Piers Hale",
    ["Alder Capital"],
    ["Harbour Bank"],
    "The ex Harbour Bank trader Piers Hale now runs the bond desk at Alder Capital.",
    "Hale said prices would fall.",
)
built.affiliation(
    MOVING,
    "Ruth Oyelaran",
    ["Lagos Cement"],
    ["Niger Delta Oil"],
    "Lagos Cement's outgoing chief executive, Ruth Oyelaran, will join Niger Delta Oil in May.",
    "Lagos Cement has not named her successor.",
)
built.affiliation(
    MOVING,
    "Rui Matos",
    ["Braga Athletic"],
    ["Corvo FC"],
    "Rui Matos, sacked by Corvo FC in March, was named Braga Athletic manager on Monday.",
    "Matos said he wanted to win the cup.",
)
built.affiliation(
    MOVING,
    "Ola Berg",
    ["Baltica Ferries"],
    ["Nordvik Lines"],
    "Ola Berg, who retired from Nordvik Lines in 2020, chairs Baltica Ferries.",
    "Baltica Ferries carries four million passengers a year.",
)
built.affiliation(
    MOVING,
    "Kai Brandt",
    ["Braga Athletic"],
    ["Corvo FC"],
    "Kai Brandt, now at Braga Athletic after six years with Corvo FC, scored the winner.",
    "Braga Athletic are second in the league.",
)
built.affiliation(
    MOVING,
    "Stig Olsen",
    ["Baltica Ferries"],
    ["Nordvik Lines"],
    "Stig Olsen, ex-chairman of Nordvik Lines, is the new chief executive of Baltica Ferries.",
    "He starts on Monday.",
)
built.affiliation(
    MOVING,
    "Dora Lamb",
    ["Kestrel Trust"],
    ["Harbour Bank"],
    "Dora Lamb spent a decade at Harbour Bank before joining the Kestrel Trust as its director in 2022.",
    "The trust houses 900 families.",
)
built.affiliation(
    MOVING,
    "Emeka Obi",
    ["Kano Mills"],
    ["Jos Textiles"],
    "Kano Mills has hired Emeka Obi, the departing head of Jos Textiles, who leaves there on Friday.",
    "Obi will run the spinning plant at Kano Mills from June.",
)

# --- confirm: the confirm-only mode on, a past word on an earlier post at the same body --------
confirm(
    "Lena Moss",
    ["Harbour Bank"],
    ["Alder Capital"],
    "Lena Moss, finance director of Harbour Bank from 2012 to 2019, is now the bank's chief executive.",
    "Moss, a former trader at Alder Capital, said rates would fall.",
)
confirm(
    "Ana Ruiz",
    ["Corvo FC"],
    ["Tagus United"],
    "Ana Ruiz, the former Corvo FC captain, has signed a new two-year contract with the club.",
    "Ruiz, who once played for Tagus United, gave up the armband in June.",
)
confirm(
    "Ines Duarte",
    ["Serra Telecom"],
    ["Atlas Bank"],
    "Ines Duarte, a veteran of Serra Telecom, was named its chief executive on Tuesday.",
    "Duarte, formerly of Atlas Bank, replaces Rui Matos.",
)
confirm(
    "Kofi Mensah",
    ["Volta Cement"],
    ["Ashanti Steel"],
    "Kofi Mensah, who once ran Volta Cement, rejoined the company as chief executive on Monday.",
    "Mensah, an ex-Ashanti Steel director, starts in May.",
)
confirm(
    "Karin Holm",
    ["Nordbank"],
    ["Sundvall Finans"],
    "Karin Holm, head of retail at Nordbank, said the bank would close 20 branches.",
    "Holm, who left Sundvall Finans to join Nordbank in 2016, said staff would be moved.",
)
confirm(
    "Sean Ahern",
    ["Cobh Ramblers"],
    ["Waterford Athletic"],
    "Cobh Ramblers manager Sean Ahern faces his old club Waterford Athletic on Friday.",
    "Ahern played for Cobh Ramblers as a boy.",
)
confirm(
    "Erik Vold",
    ["Fjord City"],
    ["Bergen Rovers"],
    "Erik Vold, the Fjord City striker, has signed a deal that keeps him at the club until 2029.",
    "Vold, Bergen Rovers' one-time youth captain, has 19 goals this season.",
)
confirm(
    "Yuki Mori",
    ["Kansai Rail"],
    ["Nishi Bus"],
    "Yuki Mori, Kansai Rail's deputy president, was its planning chief from 2010 to 2016.",
    "Mori, who quit Nishi Bus in 2009, backs the new line.",
)
confirm(
    "Piet Smit",
    ["Rijn Energie"],
    ["Maas Gas"],
    "Piet Smit, chief executive of Rijn Energie, previously worked for Maas Gas for a decade.",
    "Smit said the grid needed more money.",
)
confirm(
    "Hana Ilic",
    ["Sava Bank"],
    ["Drina Insurance"],
    "Hana Ilic, chief economist at Sava Bank, is a veteran of Drina Insurance, where she spent 12 years.",
    "Ilic said inflation would ease.",
)
confirm(
    "Mikkel Holt",
    ["Aalborg Boldklub"],
    ["Vejle Sport"],
    "Mikkel Holt, captain of Aalborg Boldklub, scored against his old team Vejle Sport.",
    "Holt joined Aalborg Boldklub in 2021.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
