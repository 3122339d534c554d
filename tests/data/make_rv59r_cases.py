# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 59's ranked-title reading (``grounding_rv59r.jsonl``, review
rv59r of ro59; :func:`summarizer.verification.people.ranked_titles.ranked_title`), at its edges:

- ``rank``: a rank word right before the office in the person's title ("Acting Deputy
  Commissioner", "vice-captain", "the Parliamentary Under-Secretary of State", "deputy chief of
  staff", "associate director"): the office is refused; the person's whole title passes, and so
  does the office they hold now beside a ranked post they held before ("who was deputy editor
  before becoming its editor", "sworn in as governor after four years as lieutenant governor");
- ``served``: the value written as the office this person serves ("spokeswoman for the
  mayor", "the Prime Minister's official spokesman", "press secretary to the president",
  "an aide to Senator"): the office is refused; the person's own post passes;
- ``holder``: the same sentences read for the person who holds the office ("spokeswoman for
  the mayor, Ana Cruz", "the deputy mayor and the mayor, Dana Kroll"): the office passes for
  its holder; the serving or ranked post does not.

Run ``python tests/data/make_rv59r_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv59r.jsonl")

built = SupportCases(
    "rv59r",
    leads=[
        "By Hesper Quayle, Local Democracy Reporter",
        "ORMSBY, Oct 3 (Tallis Newswire) -",
        "The Wexcombe Argus | Council",
        "Briefing | Kestrel Daily, politics team",
    ],
)

RANK = "rank"
SERVED = "served"
HOLDER = "holder"


# --- rank: a rank word before the office in this person's title --------------------------------
built.person_role(
    RANK,
    "Imogen Tabor",
    ["Acting Deputy Commissioner", "deputy commissioner"],
    ["Commissioner", "commissioner"],
    "Acting Deputy Commissioner Imogen Tabor told reporters the force would review how the crowd was handled.",
)
built.person_role(
    RANK,
    "Rafe Idowu",
    ["vice-captain"],
    ["captain"],
    "Rafe Idowu, the vice-captain, will lead the side in Cardiff while the regular skipper recovers from a hamstring strain.",
)
built.person_role(
    RANK,
    "Lord Pembry",
    ["Parliamentary Under-Secretary of State", "Under-Secretary of State"],
    ["Secretary of State"],
    "The Parliamentary Under-Secretary of State, Lord Pembry, told peers the scheme would open in April.",
)
built.person_role(
    RANK,
    "Colm Rafferty",
    ["deputy chief of staff"],
    ["chief of staff"],
    "Colm Rafferty, deputy chief of staff at the White House, briefed senators on the plan behind closed doors.",
)
built.person_role(
    RANK,
    "Suki Anand",
    ["associate director", "associate director of the museum"],
    ["director of the museum"],
    "Suki Anand, associate director of the museum, said the loan had taken three years to agree.",
)
built.person_role(
    RANK,
    "Wendell Asare",
    ["First Deputy Prime Minister", "deputy prime minister"],
    ["Prime Minister", "prime minister"],
    "First Deputy Prime Minister Wendell Asare flew to Brussels on Thursday for the energy talks.",
)
built.person_role(
    RANK,
    "Hana Sekibe",
    ["editor"],
    ["managing editor"],
    "Hana Sekibe, who was deputy editor of the paper for six years before becoming its editor in 2021, announced her departure on Monday.",
)
built.person_role(
    RANK,
    "Lorna Vey",
    ["governor", "Governor"],
    ["lieutenant governor"],
    "Lorna Vey was sworn in as governor on Friday after four years as lieutenant governor, becoming the state's first woman in the post.",
)
built.person_role(
    RANK,
    "Petra Quist",
    ["chair", "chair of the committee"],
    ["treasurer"],
    "Petra Quist, promoted from vice-chair to chair of the committee last month, said the inquiry would report by June.",
)
built.person_role(
    RANK,
    "Oskar Brann",
    ["Deputy Assistant Secretary of Defense", "deputy assistant secretary"],
    ["Assistant Secretary of Defense", "Secretary of Defense"],
    "Oskar Brann, the Deputy Assistant Secretary of Defense for Space Policy, testified for two hours.",
)
built.person_role(
    RANK,
    "Gideon Marsh",
    ["Chief Superintendent", "chief superintendent"],
    ["Assistant Chief Constable", "Chief Constable"],
    "Chief Superintendent Gideon Marsh, who reports to the assistant chief constable, said the cordon would stay overnight.",
)
built.person_role(
    RANK,
    "Delia Crane",
    ["Vice Admiral", "admiral"],
    ["Chief of Naval Operations"],
    "Vice Admiral Delia Crane said the fleet would sail for the exercise on Tuesday.",
)
built.person_role(
    RANK,
    "Ines Mbeki",
    ["Assistant Professor of History", "professor of history"],
    ["dean"],
    "Ines Mbeki, an assistant professor of history at Corran University, has won the prize for her first book.",
)
built.person_role(
    RANK,
    "Nils Ottar",
    ["Under Secretary-General for Peace Operations", "Under Secretary-General"],
    ["Secretary-General"],
    "UN Under Secretary-General for Peace Operations Nils Ottar said the mission would stay for a further year.",
)

built.person_role(
    RANK,
    "Amy Pratt",
    ["Councillor", "councillor", "deputy council leader"],
    ["council leader", "leader of the council"],
    "Councillor Amy Pratt, deputy council leader, said bin collections would return to weekly from March.",
)
built.person_role(
    RANK,
    "Ada Kimura",
    ["Senator", "senator", "deputy Senate leader"],
    ["Senate leader"],
    "Senator Ada Kimura, the deputy Senate leader, said the vote would be close.",
)
built.person_role(
    RANK,
    "Eva Sandoval",
    ["Commissioner", "commissioner"],
    ["commission chair", "chair of the commission"],
    "Commissioner Eva Sandoval, deputy commission chair, said the fine was the largest it had imposed.",
)
built.person_role(
    RANK,
    "Pat Moss",
    ["mayor", "Mayor"],
    ["council leader"],
    "Deputy Mayor Pat Moss was sworn in as mayor on Friday after the resignation of her predecessor.",
)
built.person_role(
    RANK,
    "Kai Ottley",
    ["Deputy Mayor", "deputy mayor"],
    ["mayor", "Mayor"],
    "Deputy Mayor Kai Ottley, who hopes to be elected mayor next spring, opened the new bus station on Tuesday.",
)
built.person_role(
    RANK,
    "Bram Holt",
    ["vice-chair", "vice chair"],
    ["chair", "chair of the trust"],
    "Bram Holt, the vice-chair, will take over as chair of the trust in January, a spokesman said.",
)
built.person_role(
    RANK,
    "Noor Haddad",
    ["Minister", "minister", "Minister of Trade"],
    ["ambassador"],
    "Noor Haddad, who was deputy minister for two years, was named minister of trade in the reshuffle on Sunday.",
)

built.person_role(
    RANK,
    "Rosa Bellamy",
    ["councillor", "deputy council leader"],
    ["council leader"],
    "Rosa Bellamy, a councillor who is deputy council leader, said the library would stay open.",
)
built.person_role(
    RANK,
    "Ines Farago",
    ["senator", "deputy Senate leader"],
    ["Senate leader"],
    "Ines Farago, a senator since 2014 who is now deputy Senate leader, said the bill lacked the votes.",
)
built.person_role(
    RANK,
    "Milo Strand",
    ["commissioner", "deputy commission chair"],
    ["commission chair"],
    "Milo Strand, a commissioner and the deputy commission chair, said the fine was justified.",
)

built.person_role(
    RANK,
    "Kai Ottway",
    ["deputy mayor", "Deputy Mayor"],
    ["mayor", "Mayor"],
    "On Monday, the deputy mayor, Kai Ottway, told the council that the tram line would open a year late.",
)

# --- served: the office this person serves ---------------------------------------------------
built.person_role(
    SERVED,
    "Tilde Morgan",
    ["spokeswoman", "spokeswoman for the mayor"],
    ["mayor", "Mayor"],
    "Tilde Morgan, spokeswoman for the mayor, said the budget would be published on Thursday.",
)
built.person_role(
    SERVED,
    "Hugo Kettle",
    ["official spokesman", "spokesman"],
    ["Prime Minister"],
    "The Prime Minister's official spokesman, Hugo Kettle, said the government would not comment on leaked papers.",
)
built.person_role(
    SERVED,
    "Beatrix Lowe",
    ["press secretary", "press secretary to the president"],
    ["president"],
    "Beatrix Lowe, press secretary to the president, said the trip had been postponed.",
)
built.person_role(
    SERVED,
    "Dmitri Fane",
    ["aide", "an aide to Senator Mara Voss"],
    ["Senator", "senator"],
    "Dmitri Fane, an aide to Senator Mara Voss, was seen leaving the hearing early.",
)
built.person_role(
    SERVED,
    "Ruth Aldane",
    ["senior adviser", "adviser"],
    ["governor"],
    "The governor's longtime senior adviser, Ruth Aldane, will leave the administration at the end of the month.",
)
built.person_role(
    SERVED,
    "Jago Penrose",
    ["lawyer", "lawyer for the chairman"],
    ["chairman"],
    "Jago Penrose, a lawyer for the chairman, said his client had done nothing wrong.",
)
built.person_role(
    SERVED,
    "Selma Rook",
    ["special envoy", "envoy"],
    ["Foreign Secretary"],
    "Selma Rook, special envoy to the Foreign Secretary on Arctic affairs, arrived in Tromso on Sunday.",
)
built.person_role(
    SERVED,
    "Caspar Heale",
    ["Mayor", "mayor"],
    ["spokesman"],
    "Mayor Caspar Heale, a former spokesman for the council leader, opened the new library on Saturday.",
)
built.person_role(
    SERVED,
    "Anouk Devere",
    ["chief executive", "chief executive of Brayfield Water", "adviser to the regulator"],
    ["regulator"],
    "Anouk Devere, chief executive of Brayfield Water and an adviser to the regulator, defended the price rise.",
)
built.person_role(
    SERVED,
    "Florian Esk",
    ["deputy", "the minister's deputy"],
    ["minister"],
    "The minister's deputy, Florian Esk, answered questions in the chamber on Wednesday.",
)
built.person_role(
    SERVED,
    "Cleo Barrat",
    ["communications director", "communications director for the governor"],
    ["governor"],
    "Cleo Barrat, communications director for the governor, declined to say when the bill would be signed.",
)

# --- holder: the office read for the person who holds it ----------------------------------------
built.person_role(
    HOLDER,
    "Ana Cruz",
    ["mayor", "Mayor"],
    ["spokeswoman"],
    "Tilde Morgan, spokeswoman for the mayor, Ana Cruz, said the budget would be published on Thursday.",
)
built.person_role(
    HOLDER,
    "Ivo Ruud",
    ["governor", "Governor"],
    ["deputy governor"],
    "The deputy governor, Lena Ash, and the governor, Ivo Ruud, will both appear before the committee.",
)
built.person_role(
    HOLDER,
    "Jim Beck",
    ["governor"],
    ["lawyer"],
    "Sam Orme, a lawyer for the governor, Jim Beck, said the subpoena would be fought in court.",
)
built.person_role(
    HOLDER,
    "Mara Voss",
    ["Senator", "senator"],
    ["aide"],
    "Dmitri Fane, an aide to Senator Mara Voss, was seen leaving the hearing early.",
)
built.person_role(
    HOLDER,
    "Ola Berg",
    ["Prime Minister", "prime minister"],
    ["adviser"],
    "Kai Lind, an adviser to Prime Minister Ola Berg, said talks would resume next week.",
)
built.person_role(
    HOLDER,
    "Dana Kroll",
    ["mayor", "Mayor"],
    ["deputy mayor"],
    "The deputy mayor and the mayor, Dana Kroll, shared the stage at the opening.",
)
built.person_role(
    HOLDER,
    "Yara Osei",
    ["chair", "chair of the board"],
    ["vice-chair"],
    "Yara Osei, chair of the board, and her vice-chair, Tom Pike, both voted against the merger.",
)
built.person_role(
    HOLDER,
    "Teo Lam",
    ["editor", "Editor"],
    ["deputy editor"],
    "The paper's deputy editor, Rosa Quell, said the editor, Teo Lam, had approved the story.",
)
built.person_role(
    HOLDER,
    "Priya Holt",
    ["chancellor"],
    ["shadow chancellor"],
    "The shadow chancellor attacked the plan, but chancellor Priya Holt said it was fully costed.",
)
built.person_role(
    HOLDER,
    "Lu Park",
    ["governor", "Governor"],
    ["chief of staff"],
    "Omar Reyes, the governor's chief of staff, said Governor Lu Park would sign the bill on Friday.",
)
built.person_role(
    HOLDER,
    "Ezra Nolan",
    ["president", "President"],
    ["vice president"],
    "Vice President Maud Ellery stood in for President Ezra Nolan at the summit.",
)
built.person_role(
    HOLDER,
    "Ada Finn",
    ["leader", "leader of the party"],
    ["deputy leader"],
    "The deputy leader of the party, Mo Reid, sat beside its leader, Ada Finn.",
)

built.person_role(
    HOLDER,
    "Ann Lyle",
    ["head teacher", "headteacher"],
    ["deputy head teacher"],
    "The deputy head teacher and the head teacher, Mrs Ann Lyle, wrote to parents on Monday about the heating failure.",
)
built.person_role(
    HOLDER,
    "Gwen Tarrow",
    ["mayor", "Mayor"],
    ["deputy mayor"],
    "The deputy mayor and the mayor, Cllr Gwen Tarrow, both attended the service.",
)
built.person_role(
    HOLDER,
    "Hal Rooney",
    ["chairman"],
    ["deputy"],
    "The chairman's deputy and the chairman, Sir Hal Rooney, both resigned on Tuesday.",
)

built.person_role(
    HOLDER,
    "Ana Cruzado",
    ["mayor", "Mayor"],
    ["spokeswoman"],
    "Tilde Morgan, a spokeswoman for the mayor, Cllr Ana Cruzado, said the budget would be published on Thursday.",
)
built.person_role(
    HOLDER,
    "Jim Becker",
    ["governor"],
    ["lawyer"],
    "Sam Orme, a lawyer for the governor, Mr Jim Becker, said the subpoena would be fought in court.",
)
built.person_role(
    HOLDER,
    "Sam Orme",
    ["lawyer", "a lawyer for the governor"],
    ["governor"],
    "Sam Orme, a lawyer for the governor, Mr Jim Becker, said the subpoena would be fought in court.",
)
built.person_role(
    HOLDER,
    "Ruth Ngata",
    ["chief executive"],
    ["adviser"],
    "Owen Pryce, an adviser to the chief executive, Dr Ruth Ngata, said the merger talks had ended.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
