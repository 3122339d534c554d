# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's lead mend of ro58 (``grounding_lead58.jsonl``;
:func:`summarizer.verification.people.unheld_titles.unheld_title`'s ``_apposed``), from the
three right roles the merged code refused on the outside checks:

- ``apposed``: the person's role written as an apposition the ties leave unnamed: the role,
  a comma and a title run ending in the name ("the panel's ranking member, Rep. Ana Velez"),
  or the name, a bracketed aside and the role ("Rep. Ana Velez (D-Texas), the ranking member
  of"): these pass; a role of no one named on the same pages, the role as a possessor ("the
  chairman's deputy, Rep. X"), another person's apposition, are refused;
- ``pronoun``: "he"/"she" opening the sentence right after the person's, holding a post
  ("Today he is chief operating officer at ..."): passes; the same post after a sentence that
  names someone else, a post held by a verb of another kind ("she met the chief executive"),
  or a post the pronoun's sentence gives no one, refused.

Run ``python tests/data/make_lead58_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_lead58.jsonl")

built = SupportCases(
    "lead58",
    leads=[
        "By Corin Ashdale | The Wexmoor Record",
        "CALDER FALLS (Harbourline News) -",
        "Capitol briefing - The Ostrava Letter",
    ],
)

APPOSED = "apposed"
PRONOUN = "pronoun"


built.person_role(
    APPOSED,
    "Ana Velez",
    ["ranking member"],
    ["committee counsel"],
    "Chairman Tom Rudd (R-Ohio) and the panel's ranking member, Rep. Ana Velez (D-Texas), sent the letters on Friday.",
    "The committee counsel declined to say whether the firms had replied.",
)
built.person_role(
    APPOSED,
    "Rick Dawes",
    ["acting district commander"],
    ["police minister"],
    "In March the acting district commander, Acting Superintendent Rick Dawes, said patrols would double.",
    "The police minister has promised more officers for the coast by winter.",
)
built.person_role(
    APPOSED,
    "Lena Ortiz",
    ["ranking member"],
    ["committee chairman"],
    "Two lawmakers wrote the bill: Rep. Lena Ortiz (D-Ariz.), the ranking member of the natural resources panel, and Sen. Bo Harlan (D-Ore.).",
    "The committee chairman has not said when it will get a hearing.",
)
built.person_role(
    APPOSED,
    "Marta Quill",
    ["shadow health secretary"],
    ["health secretary"],
    "The shadow health secretary, Dr Marta Quill, called the waiting lists a scandal.",
    "The health secretary is expected to answer questions in the Commons on Tuesday.",
)
built.person_role(
    APPOSED,
    "Owen Pratt",
    ["finance director"],
    ["chief executive"],
    "Owen Pratt (pictured), the finance director, said the shares were undervalued.",
    "The chief executive will present the plan to investors in June.",
)
built.person_role(
    APPOSED,
    "Ida Kern",
    ["deputy mayor"],
    ["mayor"],
    "Ida Kern (Labour), the deputy mayor, opened the new library on Saturday.",
    "The mayor was abroad on a trade visit and sent a recorded message.",
)
built.person_role(
    APPOSED,
    "Joel Brandt",
    ["team captain"],
    ["head coach"],
    "The team captain, Sgt Joel Brandt, led the squad out in front of 4,000 fans.",
    "The head coach watched from the stand while serving a touchline ban.",
)
built.person_role(
    APPOSED,
    "Petra Lind",
    ["chief nurse"],
    ["medical director"],
    "The hospital's chief nurse, Professor Petra Lind, said the ward would reopen.",
    "The medical director wrote to staff about the change later that day.",
)
built.person_role(
    APPOSED,
    "Hal Rooney",
    ["deputy", "chairman's deputy"],
    ["chairman"],
    "The chairman's deputy, Councillor Hal Rooney, read out the statement.",
    "The chairman did not attend the meeting because of illness.",
)
built.person_role(
    APPOSED,
    "Noor Haddad",
    ["press secretary"],
    ["chief of staff"],
    "Noor Haddad, the press secretary, said the visit would go ahead, and the chief of staff's office confirmed the date.",
    "The chief of staff will travel ahead of the delegation.",
)
built.person_role(
    APPOSED,
    "Grant Okafor",
    ["union's general secretary", "general secretary"],
    ["regional organiser"],
    "The union's general secretary, Grant Okafor, met ministers on Monday, while Dee Lam, a regional organiser, spoke to the pickets.",
    "The regional organiser for the north has called a further ballot.",
)
built.person_role(
    APPOSED,
    "Cara Moss",
    ["ranking member"],
    ["whip"],
    "Rep. Cara Moss (D-Ill.), the ranking member, asked for the documents.",
    "The whip told members to stay in Washington over the weekend.",
)
built.person_role(
    PRONOUN,
    "Eli Stroud",
    ["chief operating officer"],
    ["sales director"],
    "Eli Stroud was a key account manager at Harrowgate Ales when it was sold.",
    "Today he is chief operating officer at Millrace Brewing.",
    "The sales director at Harrowgate later left for a rival.",
)
built.person_role(
    PRONOUN,
    "Zara Finch",
    ["headteacher"],
    ["education minister"],
    "Zara Finch trained as a maths teacher in Leeds.",
    "She is now headteacher of Orchard Vale Primary.",
    "The education minister visited the school in May.",
)
built.person_role(
    PRONOUN,
    "Bram Cole",
    ["managing director"],
    ["chairman"],
    "Bram Cole joined Eastfield Logistics as a driver in 2004.",
    "He became managing director in 2019.",
    "The chairman praised his rise through the firm.",
)
built.person_role(
    PRONOUN,
    "Lia Mendes",
    ["chief economist"],
    ["governor"],
    "Lia Mendes spent a decade at the finance ministry.",
    "She remains chief economist at the central bank.",
    "The governor will set out the bank's view on Thursday.",
)
built.person_role(
    PRONOUN,
    "Tom Reyes",
    ["station manager"],
    ["fire chief"],
    "Tom Reyes started out as a volunteer firefighter in Carrow.",
    "Now he is station manager at Carrow Road.",
    "The fire chief said the station would stay open.",
)
built.person_role(
    PRONOUN,
    "Anya Brook",
    ["general counsel"],
    ["chief executive"],
    "Anya Brook was previously a partner at a law firm in Boston.",
    "She is the general counsel of Kestrel Air.",
    "The chief executive thanked her in a note to staff.",
)
built.person_role(
    PRONOUN,
    "Ruth Ames",
    ["spokeswoman"],
    ["chief executive"],
    "Ruth Ames, a spokeswoman, confirmed the job cuts. Ian Holt ran the firm's Dublin office for six years.",
    "He is chief executive of Holt Partners now.",
)
built.person_role(
    PRONOUN,
    "Dev Kapoor",
    ["director of operations"],
    ["chief executive"],
    "Dev Kapoor, the director of operations, toured the depot on Monday.",
    "He met the chief executive there to discuss the strike.",
)
built.person_role(
    PRONOUN,
    "Mila Novak",
    ["treasurer"],
    ["club president"],
    "Mila Novak, the treasurer, presented the accounts to members.",
    "She said the club president would speak after the vote.",
)
built.person_role(
    PRONOUN,
    "Sean Doyle",
    ["editor"],
    ["publisher"],
    "Sean Doyle, the editor, said the paper would print on Sunday.",
    "He added that the publisher had approved the new layout.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
