# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's mend of the "the <title>" reading (``grounding_rh60.jsonl``,
mend rh60 of ro60's opened roles; :func:`summarizer.verification.people.run_rivals.named_once`
and its ``_seated``), at the edge of

- ``seated``: a post named once with its holder and then "the <post>", kept for a person the
  page seats in it without the title (a hearing's "before Nora Vance", "presided over by",
  "heard by", "the bench of", a session "presided over by" for a chair); refused for another
  person named in the same sentences, a defendant "before" whom nothing is held ("before Ivo
  Marsh could give evidence"), "heard by" of no hearing and "appeared before the committee".

Run ``python tests/data/make_rh60_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rh60.jsonl")

built = SupportCases(
    "rh60",
    leads=[
        "From the courts desk of The Kelby Herald",
        "LEEDS, May 4 (Northgate Press) -",
        "By Mara Quist, Fenwick Courier local government reporter",
    ],
)

SEATED = "seated"


# --- a hearing's "before <name>": the judge is hers; not the defendant's in the sentence ----
BAIL = (
    "District Judge Paul Ibsen heard the first application in March.",
    "The hearing resumed on Tuesday before Nora Vance at Kelby Magistrates' Court, where Ivo Marsh denied the charge.",
    "The judge granted him bail until the trial.",
)
built.person_role(SEATED, "Nora Vance", ["judge", "Judge"], [], *BAIL)
built.person_role(SEATED, "Ivo Marsh", [], ["judge", "Judge"], *BAIL)

# --- "presided over by": a judge's trial, a chair's session ---------------------------------
FENN = (
    "Judge Helen Achterberg sentenced the first defendant last year.",
    "The second trial, presided over by Martin Oyelaran, ended on Friday with a guilty verdict against Dale Fenn.",
    "The judge said Fenn had shown no remorse.",
)
built.person_role(SEATED, "Martin Oyelaran", ["judge", "Judge"], [], *FENN)
built.person_role(SEATED, "Dale Fenn", [], ["judge", "Judge"], *FENN)
PLANNING = (
    "Chair Ellen Ward opened the planning committee's morning session.",
    "The afternoon session, presided over by Ravi Mehta, heard 40 objections, including one from Joan Tull.",
    "The chair closed the meeting at 6pm.",
)
built.person_role(SEATED, "Ravi Mehta", ["chair", "Chair"], [], *PLANNING)
built.person_role(SEATED, "Joan Tull", [], ["chair", "Chair"], *PLANNING)

# --- "heard by" an appeal, "the bench of" -------------------------------------------------------
APPEAL = (
    "Judge Rosa Klement refused the first appeal.",
    "The new appeal was heard by Tomas Ridley in Leeds, and lawyers for Sana Pike said she would go free.",
    "The judge ruled the conviction unsafe.",
)
built.person_role(SEATED, "Tomas Ridley", ["judge", "Judge"], [], *APPEAL)
built.person_role(SEATED, "Sana Pike", [], ["judge", "Judge"], *APPEAL)
INJUNCTION = (
    "Judge Colm Rafter granted the injunction in May.",
    "The case returned on Thursday to the bench of Aisha Oduya, who lifted it.",
    "Nina Bex argued for the council.",
    "The judge said the council had not proved its case.",
)
built.person_role(SEATED, "Aisha Oduya", ["judge", "Judge"], [], *INJUNCTION)
built.person_role(SEATED, "Nina Bex", [], ["judge", "Judge"], *INJUNCTION)

# --- "before" and "heard by" that seat no one ------------------------------------------------
built.person_role(
    SEATED,
    "Ivo Marsh",
    [],
    ["judge"],
    "Judge Andrew Kessel adjourned the trial on Monday.",
    "The trial was halted before Ivo Marsh could give evidence.",
    "The judge said the jury would return on Wednesday.",
)
built.person_role(
    SEATED,
    "Kim Sato",
    [],
    ["judge"],
    "Judge Ruth Penhale listed the case for June.",
    "The hearing was adjourned before Kim Sato's lawyer arrived.",
    "The judge warned that a further delay would not be allowed.",
)
built.person_role(
    SEATED,
    "Paul Dray",
    [],
    ["chair"],
    "Chair Lena Ostrow opened the inquiry into the harbour contract.",
    "Paul Dray appeared before the committee on Tuesday.",
    "The chair thanked him for his evidence.",
)
built.person_role(
    SEATED,
    "Lena Fry",
    [],
    ["judge"],
    "Judge Mark Ebdon jailed the burglar for four years.",
    "The shouts were heard by Lena Fry at 2am.",
    "The judge praised her for calling the police.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
