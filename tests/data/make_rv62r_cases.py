# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the case set of session 62's review rv62r of ro61 (``grounding_rv62r.jsonl``;
:mod:`summarizer.verification.people.left_posts`): a post after "from" in a move "from ... to"
that the person still holds, or that is no move of theirs, against the old post they left,

- ``still``: a move not (or not yet) made, or undone, or with the old post kept in other words
  ("is expected to be promoted from", "will move from", "could go from", "turned down a move
  from", "denied ... switching from", "went back to", "but stays on as", "a post she will hold
  in tandem with"): the post after "from" passes; the old post of a move made ("who could not
  be reached, was promoted from", "and will face shareholders") stays refused;
- ``same``: a move that keeps the title at another body, place or footing ("from chief
  executive of A to chief executive of B", "from political editor at the Ledger to the same
  role at the Courier", "from interim manager to the permanent job", "from ambassador to
  Norway to ambassador to Sweden"): the kept title passes; the old title where the new post is
  another ("from chief executive of A to chair of B", "from interim manager to director of
  football") stays refused;
- ``whose``: a sentence naming this person before another's move ("Ruiz replaces Lee, who
  moved from chief of staff to ...", "takes the desk Lee left when he was promoted from"): this
  person's own post passes; another's post, and this person's own old post told by a pronoun,
  the other order ("promoted to X from Y") or a noun ("Ruiz's elevation from") stay refused.

Run ``python tests/data/make_rv62r_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv62r.jsonl")

built = SupportCases(
    "rv62r",
    leads=[
        "By Wendell Marsh, Staff Writer | The Corran Gazette",
        "DUNMORE, March 9 (Eastgate News) -",
        "People on the move — The Lisle Business Journal",
        "Football | The Harrowgate Standard",
        "Westminster live — The Ferrybridge Post",
        "By Ines Calloway | Calder Valley Times",
    ],
)

still = partial(built.person_field, "still", "role")
same = partial(built.person_field, "same", "role")
whose = partial(built.person_field, "whose", "role")

# still: the post after "from" is one the person holds today
still(
    "Dora Hollings",
    ["deputy chief constable"],
    [],
    "The county force will get a new leader this summer.",
    "Dora Hollings is expected to be promoted from deputy chief constable to chief constable when Sir Alan Pryce retires in June.",
)
still(
    "Anselm Kray",
    ["finance director"],
    [],
    "Tollbridge Foods has settled its succession.",
    "Anselm Kray will move from finance director to chief executive in January, the board said on Tuesday.",
)
still(
    "Maisie Oduya",
    ["vice-captain"],
    [],
    "Harrowgate face Selby on Saturday without their skipper.",
    "Maisie Oduya could go from vice-captain to captain if Jo Lerner's knee injury keeps her out for the month.",
)
still(
    "Ferris Quayle",
    ["head of sport"],
    [],
    "The Gazette's newsroom is changing shape.",
    "Ferris Quayle turned down a move from head of sport to editor last year and says he is happy where he is.",
)
still(
    "Lucia Marchetti",
    ["chief operating officer"],
    [],
    "Shares in Veldt Logistics rose on Monday.",
    "Lucia Marchetti denied reports that she was switching from chief operating officer to chief executive, calling them premature.",
)
still(
    "Gareth Penhale",
    ["head coach"],
    ["director of football"],
    "Corran Rovers have had a turbulent five years.",
    "Gareth Penhale moved from head coach to director of football in 2019 but went back to head coach in 2021 when results slumped.",
)
still(
    "Yvette Moreau",
    ["chief executive"],
    ["executive chair"],
    "Lisle Glassworks reported a record year.",
    "Yvette Moreau, who moved from chief executive to executive chair in 2018 and returned as chief executive this spring, thanked staff.",
)
still(
    "Tobias Wren",
    ["captain"],
    [],
    "Calder Valley Cricket Club has a new coaching set-up.",
    "Tobias Wren moved from captain to player-coach but stays on as captain for the cup run.",
)
still(
    "Nell Abara",
    ["chief nurse"],
    [],
    "St Aldhelm's Hospital is without a director after Ray Tull's departure.",
    "Nell Abara goes from chief nurse to interim hospital director for six months, a post she will hold in tandem with her nursing role.",
)
still(
    "Colm Devereux",
    ["mayor"],
    [],
    "The race for the state's top job is tightening.",
    "If elected, Colm Devereux would go from mayor to governor in a single step, something no one has done since 1958.",
)
still(
    "Harriet Lusk",
    ["lieutenant"],
    ["captain"],
    "The fire service has answered questions about its promotions.",
    "Harriet Lusk was never promoted from lieutenant to captain, the records show, despite passing the exam twice.",
)
still(
    "Basil Okonjo",
    ["chief operating officer"],
    [],
    "Ferrow Mining's search for a leader has stalled.",
    "The board wants Okonjo to move from chief operating officer to chief executive, but he has said no, according to two people briefed on the talks. Basil Okonjo declined to comment.",
)
# still: a move made; the old post stays refused beside a modal or a denial elsewhere
still(
    "Petra Hallam",
    ["chief executive"],
    ["finance director"],
    "Tollbridge Foods has a new leader.",
    "Petra Hallam moved from finance director to chief executive in January, and will face shareholders for the first time in May.",
)
still(
    "Rufus Abernethy",
    ["editor"],
    ["deputy editor"],
    "The Lisle Messenger has a new editor.",
    "Rufus Abernethy, who could not be reached on Sunday, was promoted from deputy editor to editor last week.",
)
still(
    "Sian Griffiths",
    ["captain"],
    ["vice-captain"],
    "Harrowgate lost their skipper to injury in midweek.",
    "Sian Griffiths went from vice-captain to captain after the injury and would lead the side on Saturday, the club said.",
)
still(
    "Dmitri Salo",
    ["chief executive"],
    ["chief operating officer"],
    "Veldt Logistics reshaped its leadership on Monday.",
    "Dmitri Salo, who denied any rift with the founder, switched from chief operating officer to chief executive on Monday.",
)
still(
    "Agnes Pilbeam",
    ["professor"],
    ["associate professor"],
    "Dunmore University has announced its spring promotions.",
    "Agnes Pilbeam has been elevated from associate professor to professor, the university said, and she hopes to expand her lab.",
)
still(
    "Conrad Vail",
    ["director of football"],
    ["head coach"],
    "Selby Athletic restructured in March.",
    "Conrad Vail moved from head coach to director of football in 2019. He has never gone back to the touchline.",
)
still(
    "Imogen Thwaite",
    ["inspector"],
    ["sergeant"],
    "The arson team has a new lead officer.",
    "Imogen Thwaite was promoted from sergeant to inspector last year and is expected to be made chief inspector next.",
)
still(
    "Ravi Chandran",
    ["leader"],
    ["deputy leader"],
    "The council's ruling group changed hands in October.",
    "Ravi Chandran stepped up from deputy leader to leader when Ed Farr resigned; he will fight the election in May.",
)
still(
    "Lotte Brandt",
    ["chief economist"],
    ["analyst"],
    "The central bank will publish its forecast on Thursday.",
    "If the deal holds, Lotte Brandt, who rose from analyst to chief economist in 2020, will brief ministers on it.",
)
still(
    "Hamish Orr",
    ["housing secretary"],
    ["chief whip"],
    "The prime minister reshaped her cabinet on Friday.",
    "Hamish Orr was moved from chief whip to housing secretary in a reshuffle that could decide the party's fate.",
)
still(
    "Zara Whitcombe",
    ["hospital director"],
    ["chief nurse"],
    "St Aldhelm's Hospital has a settled leadership team.",
    "Zara Whitcombe went from chief nurse to hospital director in 2022 and has not worked on a ward since.",
)
still(
    "Ewan Strachan",
    ["assistant manager"],
    ["goalkeeping coach"],
    "Selby Athletic have filled the gap in their backroom staff.",
    "Ewan Strachan, who says he never expected it, was switched from goalkeeping coach to assistant manager.",
)
still(
    "Wendy Akers",
    ["chief executive"],
    ["chief operating officer"],
    "Corran Rovers' owners have changed the club's leadership again.",
    "Wendy Akers came back to the club in 2020 and moved from chief operating officer to chief executive last year.",
)
still(
    "Rowan Tighe",
    ["head of politics"],
    ["political correspondent"],
    "The Ferrybridge Post has rebuilt its Westminster team.",
    "Rowan Tighe, who was tipped to leave for a rival, moved from political correspondent to head of politics in September.",
)

# same: the title after "from" is kept at another body, place or footing
same(
    "Ingrid Solberg",
    ["chief executive", "chief executive of Corran Insurance"],
    ["chief executive of Halden Bank"],
    "Corran Insurance has hired from a rival.",
    "Ingrid Solberg moved from chief executive of Halden Bank to chief executive of Corran Insurance in May.",
)
same(
    "Felix Amberley",
    ["political editor"],
    [],
    "The Courier has poached a big name.",
    "Felix Amberley is switching from political editor at the Ledger to political editor at the Courier, starting in April.",
)
same(
    "Noor Haddad",
    ["political editor"],
    [],
    "The Courier has made its second big hire of the month.",
    "Noor Haddad moves from the Ledger's political editor to the same role at the Courier.",
)
same(
    "Owain Pryce",
    ["sergeant"],
    ["inspector"],
    "Carrick's police station has a new face on the front desk.",
    "Owain Pryce has transferred from sergeant in Helsby to the same rank in Carrick after twelve years.",
)
same(
    "Dario Ferrante",
    ["manager"],
    ["interim manager"],
    "Harrowgate have ended their search for a manager.",
    "Dario Ferrante went from interim manager to the permanent job on Friday after winning eight of his ten games.",
)
same(
    "Kezia Monk",
    ["chief executive"],
    ["acting chief executive"],
    "Ferrow Mining has settled its leadership.",
    "Kezia Monk has gone from acting chief executive to chief executive on a permanent basis.",
)
same(
    "Lars Eklund",
    ["head coach", "head coach of the senior side"],
    ["head coach of the under-21s"],
    "The national federation announced its new set-up.",
    "Lars Eklund moved from head coach of the under-21s to head coach of the senior side on Wednesday.",
)
same(
    "Miriam Stoke",
    ["MP", "MP for Helsby and Carrick"],
    ["MP for Helsby North"],
    "Boundary changes reshaped the county's seats.",
    "Miriam Stoke went from MP for Helsby North to MP for Helsby and Carrick after the boundary changes.",
)
same(
    "Terence Blain",
    ["councillor", "independent councillor"],
    ["Labour councillor"],
    "Ferrybridge council's ruling group lost its majority.",
    "Terence Blain switched from Labour councillor to independent councillor last month.",
)
same(
    "Anneli Virtanen",
    ["ambassador", "ambassador to Sweden"],
    ["ambassador to Norway"],
    "The foreign ministry announced its postings.",
    "Anneli Virtanen was moved from ambassador to Norway to ambassador to Sweden in the annual rotation.",
)
same(
    "Hugh Castellan",
    ["chair", "chair of the full council"],
    ["chair of the finance committee"],
    "The council elected its officers on Tuesday.",
    "Hugh Castellan moves from chair of the finance committee to chair of the full council.",
)
same(
    "Beatrix Ollerton",
    ["professor"],
    [],
    "Dunmore University has made a senior hire.",
    "Beatrix Ollerton went from professor at Helsby to professor at Dunmore this autumn.",
)
same(
    "Sunil Varma",
    ["head teacher"],
    ["interim head teacher"],
    "Ashgrove School has confirmed its leadership.",
    "Sunil Varma has been promoted from interim head teacher to the substantive post.",
)
same(
    "Cal Dempsey",
    ["manager"],
    ["caretaker manager"],
    "Selby Athletic have made their choice.",
    "Cal Dempsey moves from caretaker manager to the job full-time after keeping the club up.",
)
# same: the old title where the new post is another
same(
    "Oskar Lind",
    ["chair of Corran Insurance"],
    ["chief executive", "chief executive of Halden Bank"],
    "Corran Insurance has a new chair.",
    "Oskar Lind moved from chief executive of Halden Bank to chair of Corran Insurance in May.",
)
same(
    "Greta Paley",
    ["columnist"],
    ["political editor"],
    "The Courier has hired a new columnist.",
    "Greta Paley is switching from political editor at the Ledger to columnist at the Courier.",
)
same(
    "Mateo Rios",
    ["director of football"],
    ["manager", "interim manager"],
    "Harrowgate have reshaped their football side.",
    "Mateo Rios went from interim manager to director of football on Friday.",
)
same(
    "Elsie Dunmore",
    ["chief financial officer"],
    ["chief executive", "acting chief executive"],
    "Ferrow Mining has a new boss.",
    "Elsie Dunmore has moved from acting chief executive to chief financial officer as the new boss arrives.",
)
same(
    "Pavel Novak",
    ["academy director"],
    ["head coach"],
    "The club's youth set-up has a new leader.",
    "Pavel Novak moved from head coach of the under-21s to the club's academy director.",
)
same(
    "Wilma Tate",
    ["chief leader writer"],
    ["political editor"],
    "The Ledger has reshuffled its comment desk.",
    "Wilma Tate switched from the Ledger's political editor to its chief leader writer.",
)
same(
    "Neville Amos",
    ["mayor", "mayor of Helsby"],
    ["MP", "MP for Helsby North"],
    "Helsby has a new mayor.",
    "Neville Amos went from MP for Helsby North to mayor of Helsby last year.",
)
same(
    "Rhoda Finch",
    ["executive head"],
    ["head teacher", "interim head teacher"],
    "The Ashgrove trust has a new leader.",
    "Rhoda Finch was promoted from interim head teacher to executive head of the trust.",
)
same(
    "Idris Caerwyn",
    ["inspector"],
    ["sergeant"],
    "Carrick has a new duty inspector.",
    "Idris Caerwyn moved from sergeant in Helsby to inspector in Carrick.",
)

# whose: another's move after this person's name; this person's own post passes
whose(
    "Alma Ruiz",
    ["chief of staff"],
    [],
    "The president has picked a new chief aide.",
    "Alma Ruiz replaces Tom Lerwick, who moved from chief of staff to ambassador to Chile.",
)
whose(
    "Jonah Pike",
    ["night editor"],
    [],
    "The Gazette has filled a hole on its late shift.",
    "Jonah Pike takes the desk Sally Nunn left when she was promoted from night editor to deputy editor.",
)
whose(
    "Vera Kosko",
    ["sergeant"],
    [],
    "The station's officers paid tribute on Friday.",
    "Vera Kosko, a fellow sergeant, said Ian Bly rose from sergeant to inspector faster than anyone she knew.",
)
whose(
    "Cyril Mbeki",
    ["deputy governor"],
    [],
    "The central bank has completed its top team.",
    "Cyril Mbeki succeeds Ama Owusu, who was elevated from deputy governor to governor in March.",
)
whose(
    "Ruby Kettering",
    ["finance director"],
    [],
    "Tollbridge Foods has made an outside hire.",
    "Ruby Kettering steps into the role Paul Sand vacated by moving from finance director to chief executive.",
)
whose(
    "Oliver Hask",
    ["club secretary"],
    [],
    "Calder Valley Cricket Club met on Monday.",
    "Oliver Hask, whom the committee named on Monday, takes over from Jim Furze, who has gone from club secretary to chairman.",
)
whose(
    "Signe Dahl",
    ["assistant coach"],
    [],
    "Selby Athletic's women's side has filled its bench.",
    "Signe Dahl inherits the post of Gemma Roe, who rose from assistant coach to head coach.",
)
whose(
    "Kit Marlow",
    ["vice-captain"],
    [],
    "Harrowgate announced their leaders for the season.",
    "Kit Marlow is the new vice-captain after Ben Ashe went from vice-captain to captain.",
)
whose(
    "Esme Rowntree",
    ["deputy head"],
    [],
    "Ashgrove School has filled its second post.",
    "Esme Rowntree will do Clive Barr's old job now that Barr has been promoted from deputy head to head teacher.",
)
whose(
    "Quentin Hale",
    ["chief of staff"],
    [],
    "The minister's private office has changed.",
    "Quentin Hale replaces Ada Fenn as chief of staff; Fenn moves from chief of staff to ambassador.",
)
whose(
    "Tamsin Rolfe",
    ["treasurer"],
    [],
    "The Lisle almshouse trust elected its officers.",
    "Tamsin Rolfe was chosen to fill the gap left when Neil Orme moved from treasurer to chair.",
)
whose(
    "Femi Olatunji",
    ["chief underwriter"],
    ["claims handler"],
    "Corran Insurance has named its new risk chief.",
    "Femi Olatunji joined Corran Insurance in 2009 and rose from claims handler to chief underwriter.",
)
whose(
    "Greer Lomax",
    ["detective inspector"],
    ["detective sergeant"],
    "The murder squad has a new lead.",
    "Greer Lomax, who trained under Chief Superintendent Amy Cole, was promoted from detective sergeant to detective inspector.",
)

# whose: another's post, and this person's own old post told in another shape
whose(
    "Bridget Sayle",
    ["spokeswoman"],
    ["head of news", "editor"],
    "Bridget Sayle, a spokeswoman for the Lisle Messenger, confirmed the change.",
    "Sayle said Aidan Roe had moved from head of news to editor.",
)
whose(
    "Marta Kellner",
    ["editor"],
    ["deputy editor"],
    "Marta Kellner has run the Courier's newsroom since spring.",
    "She moved from deputy editor to editor in May.",
)
whose(
    "Dev Sharma",
    ["inspector"],
    ["sergeant"],
    "The arson team has a new lead officer.",
    "Promoted to inspector from sergeant in 2021, Dev Sharma now runs the team.",
)
whose(
    "Lena Fairbairn",
    ["chief executive"],
    ["chief operating officer"],
    "Veldt Logistics confirmed its new leader on Monday.",
    "Lena Fairbairn was promoted to chief executive from chief operating officer in May.",
)
whose(
    "Rory Gault",
    ["director of football"],
    ["head coach"],
    "Rory Gault has been at Selby Athletic for nine years.",
    "The 44-year-old moved from head coach to director of football in March.",
)
whose(
    "Hester Vine",
    ["editor"],
    ["deputy editor"],
    "The Messenger has a new editor.",
    "Hester Vine, like Pat Orr before her, went from deputy editor to editor.",
)
whose(
    "Bram Oakes",
    ["chief executive"],
    ["finance director"],
    "Tollbridge Foods has a new leader.",
    "Chair Nia Lowe said Bram Oakes had moved from finance director to chief executive.",
)
whose(
    "Ayo Bankole",
    ["hospital director"],
    ["chief nurse"],
    "St Aldhelm's Hospital has a new nursing lead.",
    "After Mr Bankole moved from chief nurse to hospital director, Freya Lyle took over the nursing team.",
)
whose(
    "Clara Hume",
    ["chair"],
    ["treasurer"],
    "The almshouse trust met on Thursday.",
    "Clara Hume's move from treasurer to chair was approved at the meeting.",
)
whose(
    "Jude Askew",
    ["manager"],
    ["assistant manager"],
    "Harrowgate have settled their dugout.",
    "The promotion of Jude Askew from assistant manager to manager was announced on Friday.",
)
whose(
    "Nadia Petrov",
    ["governor"],
    ["deputy governor"],
    "The central bank's board met on Wednesday.",
    "Nadia Petrov's elevation from deputy governor to governor was confirmed by parliament.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
