# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 44's mended age readings (``grounding_gcn44a.jsonl``, closer
gcn44a; figures/ages.py), cases written before the code ran, must-fail first, at the edges of

- ``lone``: an age standing alone ("The 58-year-old had run the firm") is the last-named
  person's: not the count's person's when another person is brought in since it was named ("a
  cyclist was knocked down", "appointed Lee Carr"); and an indefinite "a 45-year-old" or "a man
  aged 70" brings in a new person, not the one named before it in the sentence unless apposed
  to it or said of it ("was a 34-year-old nurse");
- ``owner``: an age apposed to a person owned by the count's person is the owned one's ("The
  mayor's husband, Jon Tate, 62,"); the count's person's own age in the sentence makes another
  age there another person's ("A driver aged 52 ..., and his passenger, aged 24,"); a number set
  off by commas after a golfer's name in a sentence of rounds and shots is a score; and "The
  suspect, a 40-year-old builder," is the suspect's age though a noun follows it.

Run ``python tests/data/make_gcn44a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text: an age that may be either of two people is not stated.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_gcn44a.jsonl")

built = SupportCases(
    "gcn44a",
    leads=[
        "KENDAL (Lakes Wire) -",
        "By Priya Rowe | The Wessex Courier",
        "CITY DESK | The Ohio Valley Record",
        "From our Belfast newsroom, The Ulster Gazette.",
    ],
)
LONE = "lone"
OWNER = "owner"
EXACT = "exact"

counts = partial(built.count_cases, published="2026-06-02")

# --- lone: must fail first (another person brought in since the count's was named)
S = "The club sacked manager Dave Hollis on Sunday and appointed Lee Carr in his place."
T = "The 44-year-old had been in charge for six years."
counts(LONE, [S, T], [], [("age of the new manager", 44, EXACT)])  # fmt: skip
S = "Police stopped a lorry driver on the M6 after a cyclist was knocked down near Kendal."
T = "The 29-year-old suffered a broken leg."
counts(LONE, [S, T], [], [("age of the lorry driver", 29, EXACT)])  # fmt: skip
S = "A teacher was praised for her courage after a pupil collapsed in class on Monday."
T = "The 12-year-old is recovering at home."
counts(LONE, [S, T], [], [("age of the teacher", 12, EXACT)])  # fmt: skip
S = "Detectives interviewed the shop owner before they charged Sam Pike with the burglary."
T = "The 19-year-old will appear in court on Friday."
counts(LONE, [S, T], [], [("age of the shop owner", 19, EXACT)])  # fmt: skip
S = "The bank's chair, Ella Ford, thanked the outgoing chief executive and welcomed Omar Said."
T = "The 61-year-old joins from a rival lender."
counts(LONE, [S, T], [], [("age of the chair", 61, EXACT)])  # fmt: skip
S = "Police arrested a man after a pensioner was robbed in Leigh."
T = "The 80-year-old was not hurt."
counts(LONE, [S, T], [("age of the pensioner", 80, EXACT)], [("age of the man", 80, EXACT)])  # fmt: skip
S = "A jogger found the body of a hiker near the summit on Monday."
T = "The 48-year-old had been missing since Friday."
counts(LONE, [S, T], [("age of the hiker", 48, EXACT)], [("age of the jogger", 48, EXACT)])  # fmt: skip
S = "Officers stopped a taxi driver on Friday after the pedestrian he hit was taken to hospital."
T = "The 70-year-old has a fractured skull."
counts(LONE, [S, T], [("age of the pedestrian", 70, EXACT)], [("age of the taxi driver", 70, EXACT)])  # fmt: skip
# an indefinite age brings in a new person
S = "Officers arrested the club's treasurer, and a 45-year-old was questioned later."
counts(LONE, [S], [], [("age of the treasurer", 45, EXACT)])  # fmt: skip
S = "The judge warned the defendant before a man aged 70 gave evidence."
counts(LONE, [S], [], [("age of the defendant", 70, EXACT)])  # fmt: skip
S = "Paramedics treated the driver at the scene, but a 17-year-old passenger died."
counts(LONE, [S], [], [("age of the driver", 17, EXACT)])  # fmt: skip
S = "The mayor opened the new library while a girl aged 9 cut the ribbon."
counts(LONE, [S], [], [("age of the mayor", 9, EXACT)])  # fmt: skip
S = "Ms Hart told the inquiry that an 86-year-old had waited nine hours for a bed."
counts(LONE, [S], [], [("age of Ms Hart", 86, EXACT)])  # fmt: skip

# --- lone: must pass (the count's person is the last named, or none other is)
S = "Mayor Ann Grey has led the council since 2019."
T = "Asked whether the 57-year-old would run again, her office said no decision had been made."
counts(LONE, [S, T], [("age of the mayor", 57, EXACT)], [])  # fmt: skip
S = "The actor Tom Reed was knighted at Windsor on Tuesday."
T = "The 79-year-old said he was deeply honoured."
counts(LONE, [S, T], [("age of the actor", 79, EXACT)], [])  # fmt: skip
S = "The striker's agent said the 31-year-old would stay at the club."
counts(LONE, [S], [("age of the striker", 31, EXACT)], [])  # fmt: skip
S = "Police arrested a 26-year-old on Saturday after a car was stolen in Hull."
counts(LONE, [S], [("age of the person arrested", 26, EXACT)], [])  # fmt: skip
S = "The victim was a 34-year-old nurse, police said."
counts(LONE, [S], [("age of the victim", 34, EXACT)], [])  # fmt: skip
S = "Police named the dead man as a 52-year-old from Leeds."
counts(LONE, [S], [("age of the dead man", 52, EXACT)], [])  # fmt: skip
S = "The club confirmed the departure of goalkeeper Ian Shaw on Friday."
T = "The 36-year-old made 300 appearances."
counts(LONE, [S, T], [("age of the goalkeeper", 36, EXACT)], [])  # fmt: skip
S = "The council leader, Mo Khan, resigned on Tuesday; the 50-year-old cited ill health."
counts(LONE, [S], [("age of the council leader", 50, EXACT)], [])  # fmt: skip
S = "The novelist Jo Baird collected the prize at a dinner in Edinburgh."
T = "The 83-year-old thanked her readers."
counts(LONE, [S, T], [("age of the novelist", 83, EXACT)], [])  # fmt: skip

# --- owner: must fail first (the age of one the count's person owns; the person's own age
# elsewhere in the sentence; a round's score)
S = "The mayor's husband, Jon Tate, 62, unveiled the plaque."
counts(OWNER, [S], [("age of the mayor's husband", 62, EXACT)], [("age of the mayor", 62, EXACT)])  # fmt: skip
S = "The goalkeeper's brother, a 27-year-old, was among the fans arrested."
counts(OWNER, [S], [("age of the goalkeeper's brother", 27, EXACT)], [("age of the goalkeeper", 27, EXACT)])  # fmt: skip
S = "Senator Joan Pike's aide, Rob Lane, 35, resigned on Friday."
counts(OWNER, [S], [("age of Rob Lane", 35, EXACT)], [("age of the senator", 35, EXACT)])  # fmt: skip
S = "Emma Stone's daughter, aged 3, appeared on stage with her."
counts(OWNER, [S], [], [("age of Emma Stone", 3, EXACT)])  # fmt: skip
S = "The company founder's son, Carl Voss, 40, now runs the plant."
counts(OWNER, [S], [("age of the founder's son", 40, EXACT)], [("age of the company founder", 40, EXACT)])  # fmt: skip
S = "The victim's sister, a 24-year-old nurse, spoke to reporters outside the court."
counts(OWNER, [S], [], [("age of the victim", 24, EXACT)])  # fmt: skip
S = "The pilot's daughter, a 9-year-old girl, survived the crash."
counts(OWNER, [S], [], [("age of the pilot", 9, EXACT)])  # fmt: skip
S = "A driver aged 52 was hurt in the crash, and his passenger, aged 24, was unhurt."
counts(OWNER, [S], [("age of the driver", 52, EXACT), ("age of the passenger", 24, EXACT)], [("age of the driver", 24, EXACT)])  # fmt: skip
S = "Mayor Lin Cho, 45, and her predecessor, Bob Hart, 70, attended the opening."
counts(OWNER, [S], [("age of the mayor", 45, EXACT)], [("age of the mayor", 70, EXACT)])  # fmt: skip
S = "A 60-year-old farmer and his son, 32, were rescued from the flood."
counts(OWNER, [S], [("age of the son", 32, EXACT)], [("age of the farmer", 32, EXACT)])  # fmt: skip
S = "The captain, 29, and the club's coach, Jo Penn, 51, were both booked."
counts(OWNER, [S], [("age of the captain", 29, EXACT)], [("age of the captain", 51, EXACT)])  # fmt: skip
S = "After the second round Jane Orr, 68, led Amy Lund, 70, by three shots."
counts(OWNER, [S], [], [("age of Jane Orr", 68, EXACT), ("age of Amy Lund", 70, EXACT)])  # fmt: skip
S = "Rory Ness, 65, was two shots clear after a bogey-free third round."
counts(OWNER, [S], [], [("age of Rory Ness", 65, EXACT)])  # fmt: skip
S = "In the final round Ken Abe, 64, finished at six under par."
counts(OWNER, [S], [], [("age of Ken Abe", 64, EXACT)])  # fmt: skip

# --- owner: must pass (the count's person's own age, in sentences like those above)
S = "Jane Orr, 68, and Amy Lund, 70, shared the prize at the county show."
counts(OWNER, [S], [("age of Jane Orr", 68, EXACT)], [])  # fmt: skip
S = "Negotiator Ann Lee, 60, led the latest round of talks in Geneva."
counts(OWNER, [S], [("age of Ann Lee", 60, EXACT)], [])  # fmt: skip
S = "Tom Ward, 66, was hit by two shots fired from a passing car."
counts(OWNER, [S], [("age of Tom Ward", 66, EXACT)], [])  # fmt: skip
S = "The suspect, a 40-year-old builder from Hull, was remanded in custody."
counts(OWNER, [S], [("age of the suspect", 40, EXACT)], [])  # fmt: skip
S = "The winner, a 72-year-old retired teacher, collected the prize."
counts(OWNER, [S], [("age of the winner", 72, EXACT)], [])  # fmt: skip
S = "Its new chairman, a 55-year-old banker, takes over in May."
counts(OWNER, [S], [("age of the new chairman", 55, EXACT)], [])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
