# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 56's review rv56s of sf56 (``grounding_rv56s.jsonl``;
:mod:`summarizer.verification.sentences.own_nouns`), a quote credited to "the [modifiers] NOUN"
read as the body whose own head noun NOUN is, at the edges of

- ``rival``: another body with the same head noun written in another form (an abbreviation, a
  possessive "the council's", "the council in Ashby", only after the quote, only in the
  headline, inside a quote, a plural "the two committees"): the credit either body's, so
  neither is verified; a rival only after the quote leaves the credit the first body's;
- ``person``: a person whose title holds the noun ("the committee's chair said", "the union's
  general secretary"), the noun credited for the next or the previous quote, a body that is
  the quote's topic ("criticised the panel, which ..., the minister said"): never the body's;
- ``near``: singular and plural and near nouns (ministry/ministers, board/boards,
  court/courts), a body named only by its parent: the credit's noun must be the value's own;
- ``form``: the body's in varied shapes (argued, warned, "wrote in its ruling", modifiers,
  "the spokeswoman", a quote over two sentences, a Q/A), against the person or body beside.

Run ``python tests/data/make_rv56s_cases.py`` to rebuild it. Every article below was written
for this set in its own words (names made up); each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv56s.jsonl")

built = SupportCases(
    "rv56s",
    leads=[
        "By Ines Marrow | The Corrib Courier",
        "DUNMORE (Shoreline Wire) -",
        "Local | The Ashby Gazette",
        "From our politics desk, The Weald Record.",
    ],
)
RIVAL, PERSON, NEAR, FORM = "rival", "person", "near", "form"

# --- rival: the same head noun's other body, in another form -------------------------------
built.page_quote(
    RIVAL,
    "The plan puts the old quarter at risk",
    [],
    ["Dunmore district council", "Ashby council"],
    "The Dunmore district council approved the harbour tower on Monday. The council in neighbouring Ashby had asked for a delay.",
    '"The plan puts the old quarter at risk," the council said in a letter.',
)
built.page_quote(
    RIVAL,
    "No member was shown the final figures",
    [],
    ["Senate finance committee", "House budget committee"],
    "The Senate finance committee and its House counterpart held a joint hearing on the rail budget. The two committees have clashed over the line for months.",
    '"No member was shown the final figures," the committee said afterwards.',
)
built.page_quote(
    RIVAL,
    "We were never asked to sign off the design",
    [],
    ["Kelso regional water board", "State Heritage Board"],
    "The Kelso regional water board approved the dam extension last week. The State Heritage Board (SHB) objected, and the SHB's board met on Tuesday.",
    '"We were never asked to sign off the design," the board said.',
)
built.page_quote(
    RIVAL,
    "Our members will not cross the line",
    [],
    ["Harbour Dockers union", "Ferry Crews union"],
    "The Harbour Dockers union called a strike at the port on Friday. The Ferry Crews union's leaders met the same day, and both unions' lawyers were in court.",
    '"Our members will not cross the line," the union said.',
)
built.page_quote(
    RIVAL,
    "The fares rise is the smallest in a decade",
    ["Westmoor transport authority"],
    ["Eastmoor transport authority", "Lena Corvo"],
    "The Westmoor transport authority set next year's fares on Wednesday, with its chair Lena Corvo presiding.",
    '"The fares rise is the smallest in a decade," the authority said.',
    "The Eastmoor transport authority, its neighbour, will set its own fares next month.",
)
built.page_quote(
    RIVAL,
    "Every claim was checked twice",
    ["Fenland audit office"],
    ["National audit office", "Petra Sand"],
    "Fenland audit office clears mill grants",
    "The Fenland audit office published its report on the mill grants on Thursday, signed by Petra Sand.",
    '"Every claim was checked twice," the office said.',
)
built.page_quote(
    RIVAL,
    "The ruling leaves tenants with nowhere to turn",
    [],
    ["Tenants' housing tribunal", "Corrib appeals tribunal"],
    "Headline: Appeals tribunal overturns housing ruling",
    "The Tenants' housing tribunal had ordered the landlord to repair the flats. That order was set aside on Monday.",
    '"The ruling leaves tenants with nowhere to turn," the tribunal said.',
)
built.page_quote(
    RIVAL,
    "Our inspectors found no fault with the wiring",
    [],
    ["Ashby fire service", "Dunmore fire service"],
    'Tomas Reyes said "the Dunmore fire service told us the wiring was fine" before the Ashby fire service reported on the blaze on Tuesday.',
    '"Our inspectors found no fault with the wiring," the service said.',
)
built.page_quote(
    RIVAL,
    "The licence was granted on the evidence before us",
    ["Corrib licensing panel"],
    ["Weald licensing panel", "Hugo Brandt"],
    "The Corrib licensing panel granted the late-night licence on Monday after a hearing led by Hugo Brandt.",
    '"The licence was granted on the evidence before us," the panel said.',
    "Later the Weald licensing panel refused a similar application.",
)
built.page_quote(
    RIVAL,
    "Wages have fallen behind for five years",
    [],
    ["Nurses federation", "Midwives federation"],
    "The Nurses federation and the Midwives federation marched together on Saturday. The two federations want a 9% rise.",
    '"Wages have fallen behind for five years," the federation said.',
)
built.page_quote(
    RIVAL,
    "The merger will cut prices for shoppers",
    ["Kestrel grocery group"],
    ["Harlow Foods group", "Ada Finch"],
    "The Kestrel grocery group agreed on Monday to buy its smaller rival, chief executive Ada Finch told staff.",
    '"The merger will cut prices for shoppers," the group said.',
)
built.page_quote(
    RIVAL,
    "We will publish the full list of sites",
    [],
    ["Corrib health department", "Corrib education department"],
    "The Corrib health department and the education department's officials toured the schools on Monday.",
    '"We will publish the full list of sites," the department said.',
)

built.page_quote(
    RIVAL,
    "Prices will rise by a tenth in April",
    [],
    ["Ashby water board", "Kelso mining company"],
    "Ashby households saw their water bills climb last year. A board set up by the Kelso mining company met on Monday to review the reservoir.",
    '"Prices will rise by a tenth in April," the board said.',
)
built.page_quote(
    RIVAL,
    "The conviction cannot stand",
    [],
    ["Dunmore appeals panel", "Rosa Ilic"],
    "Rosa Ilic was convicted in Dunmore in 2022. An appeals panel in Kelso heard her case on Friday.",
    '"The conviction cannot stand," the panel wrote.',
)
built.page_quote(
    RIVAL,
    "Fees will be frozen for a year",
    [],
    ["Weald student union", "Corrib university"],
    "Weald students protested outside Corrib university on Monday. A union representing its staff met the rector.",
    '"Fees will be frozen for a year," the union said.',
)
built.page_quote(
    RIVAL,
    "The land was sold at a fair price",
    ["Kelso county council"],
    ["Dunmore county council", "Ivo Brenner"],
    "The Kelso county council sold the old barracks to developer Ivo Brenner on Tuesday.",
    '"The land was sold at a fair price," the council said.',
    "The Dunmore county council has opened an inquiry into the sale.",
)
built.page_quote(
    RIVAL,
    "Our ferries will run to the winter timetable",
    ["Corrib harbour authority"],
    ["Kelso harbour authority", "Sven Ruud"],
    "The Corrib harbour authority cut sailings on Monday, its director Sven Ruud said.",
    '"Our ferries will run to the winter timetable," the authority said.',
    "It is the second cut this year; the Kelso harbour authority made none.",
)
built.page_quote(
    RIVAL,
    "The school will reopen on Thursday",
    ["Weald education board"],
    ["Ashby education board", "Mira Toft"],
    "The Weald education board closed Hill Lane school after the flood, head teacher Mira Toft told parents.",
    '"The school will reopen on Thursday," the board said.',
    "Schools run by the Ashby education board stayed open.",
)
built.page_quote(
    RIVAL,
    "The sale breaks no rule",
    ["Ashby markets regulator"],
    ["Kelso markets regulator", "Dov Reiss"],
    "The Ashby markets regulator cleared the share sale by Dov Reiss on Monday.",
    '"The sale breaks no rule," the regulator said.',
    'A spokesman for the Kelso markets regulator said "we will look again".',
)

built.page_quote(
    RIVAL,
    "The pier will be rebuilt in oak",
    ["Dunmore heritage trust board"],
    ["Ashby heritage board", "Nils Arden"],
    "The Dunmore heritage trust board chose a builder for the pier on Monday, with Nils Arden in the chair.",
    '"The pier will be rebuilt in oak," the board said.',
    'Nils Arden later said the Ashby heritage board "has never rebuilt anything".',
)
built.page_quote(
    RIVAL,
    "Our audit found the books in order",
    ["Kelso charity commission"],
    ["Weald charity commission", "Bea Lorne"],
    "The Kelso charity commission closed its inquiry into the shelter run by Bea Lorne on Friday.",
    '"Our audit found the books in order," the commission said.',
    "Bea Lorne thanked the Weald charity commission, which had first raised the alarm.",
)

# --- person: a title that holds the noun, another quote's credit, the body as topic ----------
built.page_quote(
    PERSON,
    "The hearing will resume in the spring",
    ["Mara Quist"],
    ["Senate ethics committee"],
    "The Senate ethics committee questioned the minister for six hours on Tuesday.",
    '"The hearing will resume in the spring," the committee\'s chair, Mara Quist, said.',
)
built.page_quote(
    PERSON,
    "We will ballot every member before Christmas",
    ["Davy Ormond"],
    ["Rail Workers union"],
    "The Rail Workers union rejected the pay offer on Monday.",
    '"We will ballot every member before Christmas," the union\'s general secretary Davy Ormond said.',
)
built.page_quote(
    PERSON,
    "This is a dark day for the river",
    ["Ellen Vosk"],
    ["Kelso conservation board"],
    "The Kelso conservation board approved the weir on Monday.",
    '"The board has approved the weir against all advice," Ellen Vosk, a local angler, said. "This is a dark day for the river."',
)
built.page_quote(
    PERSON,
    "We made the only lawful choice",
    ["Kelso conservation board"],
    ["Ellen Vosk"],
    "The Kelso conservation board approved the weir on Monday.",
    '"We made the only lawful choice," the board said. "Nobody has ever asked us about fish," said Ellen Vosk, a local angler.',
)
built.page_quote(
    PERSON,
    "Nobody has ever asked us about fish",
    ["Ellen Vosk"],
    ["Kelso conservation board"],
    "The Kelso conservation board approved the weir on Monday.",
    '"We made the only lawful choice," the board said. "Nobody has ever asked us about fish," said Ellen Vosk, a local angler.',
)
built.page_quote(
    PERSON,
    "The panel ruled without hearing a single witness",
    ["Olu Baptiste"],
    ["Corrib appeals panel"],
    "The Corrib appeals panel upheld the fine on Friday. Olu Baptiste, the sports minister, criticised the panel, which met in private.",
    '"The panel ruled without hearing a single witness," the minister said.',
)
built.page_quote(
    PERSON,
    "The board has lost the trust of the town",
    ["Ruth Amadi"],
    ["Dunmore harbour board"],
    "Mayor Ruth Amadi attacked the Dunmore harbour board on Tuesday over the ferry contract.",
    '"The board has lost the trust of the town," the mayor said of the board.',
)
built.page_quote(
    PERSON,
    "We need three more weeks",
    ["Iris Kell"],
    ["Weald planning committee"],
    "Iris Kell, a lawyer for the developer, appeared before the Weald planning committee on Monday.",
    '"We need three more weeks," she told the committee.',
)
built.page_quote(
    PERSON,
    "The numbers do not add up",
    [],
    ["Fenland budget office", "Jonas Pike"],
    "The Fenland budget office released its forecast on Wednesday, and Jonas Pike, the office's chief economist, presented it.",
    '"The numbers do not add up," the office\'s chief economist said.',
)
built.page_quote(
    PERSON,
    "Our officers acted within the law",
    ["Colm Tierney"],
    ["Ashby police federation"],
    "The Ashby police federation defended the arrests on Friday. Colm Tierney is the federation's chairman.",
    '"Our officers acted within the law," the federation chairman said.',
)
built.page_quote(
    PERSON,
    "The judges got this badly wrong",
    ["Nell Okafor"],
    ["Weald appeals court panel"],
    "The Weald appeals court panel cleared the builder on Monday. Nell Okafor, the family's lawyer, said she would go to the supreme court.",
    '"The judges got this badly wrong," said Nell Okafor, after the panel rose.',
)
built.page_quote(
    PERSON,
    "Every school will get a nurse",
    ["Hana Lutz"],
    ["Corrib education ministry"],
    "The Corrib education ministry published its plan on Monday, and Hana Lutz, the minister, defended it in parliament.",
    '"Every school will get a nurse," the ministry\'s minister said.',
)

built.page_quote(
    PERSON,
    "Talks will resume on Monday",
    ["Rail Workers union"],
    ["Davy Ormond"],
    "The Rail Workers union rejected the pay offer on Monday; its general secretary, Davy Ormond, left the room early.",
    '"Talks will resume on Monday," the union said.',
)
built.page_quote(
    PERSON,
    "The hearing will resume in the spring",
    ["Senate ethics committee"],
    ["Mara Quist"],
    "The Senate ethics committee, chaired by Mara Quist, questioned the minister for six hours on Tuesday.",
    '"The hearing will resume in the spring," the committee said.',
)

# --- near: another noun near the value's head, a body named by its parent --------------------
built.page_quote(
    NEAR,
    "The border must stay open to aid convoys",
    [],
    ["Corrib foreign ministry", "Corrib foreign ministers"],
    "Corrib's foreign ministry summoned the ambassador on Monday. The region's foreign ministers met in Dunmore the same day.",
    '"The border must stay open to aid convoys," the ministers said.',
)
built.page_quote(
    NEAR,
    "The border must stay open to aid convoys",
    ["Corrib foreign ministry"],
    ["Corrib foreign ministers", "Paulo Neves"],
    "Corrib's foreign ministry summoned the ambassador Paulo Neves on Monday.",
    '"The border must stay open to aid convoys," the ministry said.',
)
built.page_quote(
    NEAR,
    "Both boards backed the merger",
    [],
    ["Harlow Foods board", "Kestrel Mart board"],
    "The Harlow Foods board and the Kestrel Mart board met on Monday.",
    '"Both boards backed the merger," the boards said in a joint statement.',
)
built.page_quote(
    NEAR,
    "The appeal is dismissed",
    ["Weald appeals court"],
    ["Weald courts", "Pia Rault"],
    "The Weald appeals court heard the case of Pia Rault on Monday.",
    '"The appeal is dismissed," the court wrote.',
)
built.page_quote(
    NEAR,
    "Sentences have grown too long",
    [],
    ["Weald appeals court", "Pia Rault"],
    "The Weald appeals court heard the case of Pia Rault on Monday, the third this month.",
    '"Sentences have grown too long," the courts said in a joint report.',
)
built.page_quote(
    NEAR,
    "The zoning change is approved",
    [],
    ["Dunmore council planning committee", "Dunmore council"],
    "The Dunmore council met on Monday to hear the marina scheme.",
    '"The zoning change is approved," the committee said.',
)
built.page_quote(
    NEAR,
    "The zoning change is approved",
    ["Dunmore council"],
    ["Dunmore council planning committee", "Leo Stavros"],
    "The Dunmore council met on Monday to hear the marina scheme, with Leo Stavros in the chair.",
    '"The zoning change is approved," the council said.',
)
built.page_quote(
    NEAR,
    "Our counts show a rise in every county",
    ["Ashby statistics agency"],
    ["Ashby statistics agencies", "Ashby statistics office"],
    "The Ashby statistics agency published its farm census on Tuesday.",
    '"Our counts show a rise in every county," the agency said.',
)
built.page_quote(
    NEAR,
    "The treaty gives us no such duty",
    ["Weald government"],
    ["Weald governments", "Weald governor"],
    "The Weald government rejected the claim on Monday.",
    '"The treaty gives us no such duty," the government said.',
)
built.page_quote(
    NEAR,
    "The dig will close for the winter",
    ["Kelso museum trustees"],
    ["Kelso museum trust", "Kelso museum"],
    "The Kelso museum trustees met on Friday to review the dig.",
    '"The dig will close for the winter," the trustees said.',
)
built.page_quote(
    NEAR,
    "No patient was harmed",
    ["Corrib hospital trust"],
    ["Corrib hospital", "Corrib hospital trustees"],
    "The Corrib hospital trust reviewed the ward closures on Wednesday.",
    '"No patient was harmed," the trust said.',
)

built.page_quote(
    NEAR,
    "Every ward will have a second nurse",
    ["Corrib hospitals trust"],
    ["Corrib hospital", "Ada Rusk"],
    "The Corrib hospitals trust, run by Ada Rusk, set out its winter plan on Monday.",
    '"Every ward will have a second nurse," the trust said.',
)
built.page_quote(
    NEAR,
    "The strike is over",
    ["Ashby dock workers"],
    ["Ashby dock company", "Ken Obi"],
    "The Ashby dock workers voted on Monday to accept the offer from the dock company, whose chief is Ken Obi.",
    '"The strike is over," the workers said.',
)
built.page_quote(
    NEAR,
    "We will appeal the fine",
    ["Kelso football club"],
    ["Kelso football league", "Rui Moss"],
    "The Kelso football club was fined by the league on Friday; its captain Rui Moss was banned.",
    '"We will appeal the fine," the club said.',
)

# --- form: the body's, in varied shapes -----------------------------------------------------
built.page_quote(
    FORM,
    "The levy is a tax in all but name",
    ["Fourth Circuit appeals panel"],
    ["Nora Beale", "Commerce Department"],
    "A Fourth Circuit appeals panel struck down the port levy on Thursday. Judge Nora Beale dissented.",
    '"The levy is a tax in all but name," the panel wrote in its ruling.',
    "The Commerce Department said it was studying the decision.",
)
built.page_quote(
    FORM,
    "A strike now would hurt the very patients we serve",
    ["Corrib nurses union"],
    ["Agnes Lowe", "Corrib health board"],
    "The Corrib nurses union met the health board on Monday. Agnes Lowe, the board's chair, offered 3%.",
    '"A strike now would hurt the very patients we serve," the union warned.',
)
built.page_quote(
    FORM,
    "The contract was signed without a tender",
    ["Ashby regional audit office"],
    ["Felix Moran", "Ashby transport agency"],
    "The Ashby regional audit office reviewed the bus contract. Its author, Felix Moran, spent a year on it.",
    '"The contract was signed without a tender," the regional audit office argued in the report.',
    "The Ashby transport agency rejected the finding.",
)
built.page_quote(
    FORM,
    "Repairs will start on Monday and last a fortnight",
    ["a spokeswoman for Dunmore Water"],
    ["Maeve Dunne", "Dunmore council"],
    "Dunmore Water apologised for the burst main. Councillor Maeve Dunne called it a disgrace.",
    '"Repairs will start on Monday and last a fortnight," the spokeswoman added.',
)
built.page_quote(
    FORM,
    "The fund will not buy coal shares again",
    ["Weald pension fund"],
    ["Oskar Lind", "Weald treasury"],
    "The Weald pension fund sold its last coal holding on Tuesday, said its manager Oskar Lind.",
    '"The fund will not buy coal shares again. Every holding has been reviewed," the fund said.',
    "The Weald treasury welcomed the move.",
)
built.page_quote(
    FORM,
    "Every holding has been reviewed",
    ["Weald pension fund"],
    ["Oskar Lind", "Weald treasury"],
    "The Weald pension fund sold its last coal holding on Tuesday, said its manager Oskar Lind.",
    '"The fund will not buy coal shares again. Every holding has been reviewed," the fund said.',
    "The Weald treasury welcomed the move.",
)
built.page_quote(
    FORM,
    "We have no plans to close the line",
    ["Kelso rail company"],
    ["Dara Quill", "Kelso council"],
    "The Kelso rail company faced questions from Kelso council on Monday. Councillor Dara Quill asked whether the branch line would shut.",
    'Q: Will the branch close?\n"We have no plans to close the line," the company replied.',
)
built.page_quote(
    FORM,
    "Ticket prices will stay where they are",
    ["Corrib Opera company"],
    ["Lucia Brandt", "Corrib arts council"],
    "The Corrib Opera company announced its season on Friday with its director Lucia Brandt.",
    '"Ticket prices will stay where they are," the opera company said.',
    "The Corrib arts council cut its grant last year.",
)
built.page_quote(
    FORM,
    "Research grants will double by 2030",
    ["Ashby university"],
    ["Tariq Holm", "Ashby city council"],
    "Ashby university announced its plan on Monday. Its vice-chancellor, Tariq Holm, called it historic.",
    '"Research grants will double by 2030," the university said.',
)
built.page_quote(
    FORM,
    "The ban is lawful and will stand",
    ["Weald supreme court"],
    ["Ida Varga", "Weald interior ministry"],
    "The Weald supreme court ruled on the protest ban on Wednesday. Ida Varga, who brought the case, wept outside.",
    '"The ban is lawful and will stand," the court ruled.',
    "The Weald interior ministry welcomed the ruling.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
