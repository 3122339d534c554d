# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 44's mended age readings (``grounding_rv44c.jsonl``, review
rv44c of gcn44a; figures/ages.py), cases written by the reviewer in new words, at the edges of

- ``lone``: a standing-alone "the 41-year-old" read as the last-named person's: the count's
  person named again since by the police's "named as Sara Lowe", said of by a noun of the
  person list ("a lifelong fan of", "a mother of two"), or joining a club of capitals ("joined
  Leeds United in 2021"), against another person brought in by a noun the list lacks ("a
  rambler") or after "by" or "of"; "left" read as a verb after the age ("the 22-year-old left
  back Ryan Moss");
- ``copula``: "was a 12-year-old boy" said of the noun before "was" when that is another's
  than the count's person ("The only witness to the crash involving the driver was a 12-year-old
  boy"); "a 19-year-old" after "only" or "just" said of the count's person ("The gunman was
  just a 17-year-old"); "a 19-year-old" whose person is the count's owner's other ("A woman was
  attacked ..., and police arrested a 19-year-old" for the woman's attacker); a former state;
- ``owner``: an owner named in the count's own words ("age of the victim's father"); the
  count's person's age in other styles beside another's; an age set off by commas in a
  sentence of a round of talks and "below par", against runs and scores set off by commas in
  other sports.

Run ``python tests/data/make_rv44c_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv44c.jsonl")

built = SupportCases(
    "rv44c",
    leads=[
        "By Morag Lennie | The Clyde Evening Post",
        "DENVER (Front Range Wire) -",
        "NEWS DESK | The Medway Messenger",
        "From our Cardiff newsroom, The Taff Valley Herald.",
        "Sport | The Humber Argus",
    ],
)
LONE, COPULA, OWNER = "lone", "copula", "owner"
EXACT = "exact"

counts = partial(built.count_cases, published="2026-07-14")

# --- lone: the count's person named again, or said of, since it was first named -------------
S = "A woman was found seriously injured at a house in Moss Side on Saturday. Police named the victim on Monday as Sara Lowe."
T = "The 35-year-old remains in a critical condition in hospital."
counts(LONE, [S, T], [("age of the victim", 35, EXACT)], [("age of the victim", 53, EXACT)])  # fmt: skip
S = "The driver who died in the crash on the A96 has been named by police as Karen Osei."
T = "The 41-year-old was travelling to work in Elgin."
counts(LONE, [S, T], [("age of the driver who died", 41, EXACT)], [("age of the driver who died", 14, EXACT)])  # fmt: skip
S = "The head teacher of Ashdown Primary, a lifelong fan of the town's football club, is to retire in July."
T = "The 64-year-old has led the school since 2003."
counts(LONE, [S, T], [("age of the head teacher", 64, EXACT)], [("age of the head teacher", 46, EXACT)])  # fmt: skip
S = "The pensioner, a mother of four who ran the village shop for decades, was knocked down on Tuesday."
T = "The 87-year-old died in hospital the next day."
counts(LONE, [S, T], [("age of the pensioner", 87, EXACT)], [("age of the pensioner", 78, EXACT)])  # fmt: skip
S = "The new manager joined Millbrook Rovers in 2021 after four seasons in Norway."
T = "The 47-year-old signed a new three-year contract on Friday."
counts(LONE, [S, T], [("age of the new manager", 47, EXACT)], [("age of the new manager", 74, EXACT)])  # fmt: skip
S = "The chief executive left Harcourt Bank in March to run the building society."
T = "The 56-year-old will be paid a salary of £640,000."
counts(LONE, [S, T], [("age of the chief executive", 56, EXACT)], [("age of the chief executive", 65, EXACT)])  # fmt: skip
S = "The actor, who played Inspector Rayne in the long-running series, died at his home in Bath."
T = "The 81-year-old had been ill for some time."
counts(LONE, [S, T], [("age of the actor at death", 81, EXACT)], [("age of the actor at death", 18, EXACT)])  # fmt: skip
S = "The cyclist, a keen runner who had finished the Denver marathon in May, was struck near Colfax Avenue."
T = "The 38-year-old suffered head injuries."
counts(LONE, [S, T], [("age of the cyclist", 38, EXACT)], [("age of the cyclist", 83, EXACT)])  # fmt: skip
# another person brought in since, by a noun or name the rule does not read
S = "The farmer was fined £4,000 after a rambler was gored by one of his bulls."
T = "The 67-year-old needed surgery on his leg."
counts(LONE, [S, T], [], [("age of the farmer", 67, EXACT)])  # fmt: skip
S = "A landlord has been charged after his tenant was found dead in a flat in Gillingham."
T = "The 30-year-old had lived there for two years."
counts(LONE, [S, T], [], [("age of the landlord", 30, EXACT)])  # fmt: skip
S = "A carer has been charged with neglect over the death of Ruth Kay."
T = "The 88-year-old had dementia."
counts(LONE, [S, T], [], [("age of the carer", 88, EXACT)])  # fmt: skip
S = "The bus driver was injured when he was attacked by Owen Pryce at a stop in Splott."
T = "The 19-year-old was arrested at the scene."
counts(LONE, [S, T], [], [("age of the bus driver", 19, EXACT)])  # fmt: skip
S = "The coach was sacked on Sunday and his assistant Tom Greer takes charge for the derby."
T = "The 39-year-old has never managed a senior side."
counts(LONE, [S, T], [], [("age of the coach who was sacked", 39, EXACT)])  # fmt: skip
S = "Celtic have signed striker Jon Dale and the 22-year-old left back Ryan Moss from Hibernian."
counts(LONE, [S], [("age of Ryan Moss", 22, EXACT)], [("age of the striker", 22, EXACT)])  # fmt: skip
S = "Police arrested a motorist after a teenager on an e-scooter was hit outside the station."
T = "The 16-year-old has a broken arm."
counts(LONE, [S, T], [("age of the teenager", 16, EXACT)], [("age of the motorist", 16, EXACT)])  # fmt: skip
S = "The goalkeeper, who was dropped for the cup final, spoke to reporters on Friday."
T = "The 33-year-old said he would fight for his place."
counts(LONE, [S, T], [("age of the goalkeeper", 33, EXACT)], [("age of the goalkeeper", 23, EXACT)])  # fmt: skip

# --- copula: "was a 12-year-old" said of whom; "a 19-year-old" new or the same ---------------
S = "The only witness to the crash involving the driver was a 12-year-old boy on his way to school."
counts(COPULA, [S], [("age of the witness", 12, EXACT)], [("age of the driver", 12, EXACT)])  # fmt: skip
S = "The person who found the pensioner lying in her garden was a 15-year-old paperboy."
counts(COPULA, [S], [("age of the person who found the pensioner", 15, EXACT)], [("age of the pensioner", 15, EXACT)])  # fmt: skip
S = "The officer who arrested the suspect on Friday night is a 29-year-old constable from Rochester."
counts(COPULA, [S], [("age of the arresting officer", 29, EXACT)], [("age of the suspect", 29, EXACT)])  # fmt: skip
S = "What the victim saw that night was a 40-year-old man running from the house, the court heard."
counts(COPULA, [S], [], [("age of the victim", 40, EXACT)])  # fmt: skip
S = "The gunman was just a 17-year-old, police in Aurora said on Thursday."
counts(COPULA, [S], [("age of the gunman", 17, EXACT)], [("age of the gunman", 71, EXACT)])  # fmt: skip
S = "The youngest candidate on the ballot in Cardiff is only a 19-year-old, election officials said."
counts(COPULA, [S], [("age of the youngest candidate", 19, EXACT)], [("age of the youngest candidate", 91, EXACT)])  # fmt: skip
S = "A woman was attacked as she walked through Roath Park on Friday, and police later arrested a 19-year-old."
counts(COPULA, [S], [("age of the person arrested over the attack on the woman", 19, EXACT)], [("age of the woman", 19, EXACT)])  # fmt: skip
S = "A woman died in a house fire in Hull on Sunday and detectives have charged a 41-year-old with murder."
counts(COPULA, [S], [("age of the person charged over the woman's death", 41, EXACT)], [("age of the woman who died", 41, EXACT)])  # fmt: skip
S = "The driver, believed to be a 45-year-old from Leeds, was arrested at the scene."
counts(COPULA, [S], [("age of the driver", 45, EXACT)], [("age of the driver", 54, EXACT)])  # fmt: skip
S = "Police said the driver \u2013 a 45-year-old man from Chatham \u2013 had been drinking."
counts(COPULA, [S], [("age of the driver", 45, EXACT)], [("age of the driver", 54, EXACT)])  # fmt: skip
S = "The goalkeeper, now 35, was a 17-year-old when he made his debut for Rovers."
counts(COPULA, [S], [("age of the goalkeeper", 35, EXACT)], [("age of the goalkeeper", 17, EXACT)])  # fmt: skip
S = "The victim was not a 31-year-old, as police first said, but a 34-year-old mother of two."
counts(COPULA, [S], [("age of the victim", 34, EXACT)], [("age of the victim", 31, EXACT)])  # fmt: skip
S = "The new bishop of Llandaff is a 52-year-old former teacher from Swansea."
counts(COPULA, [S], [("age of the new bishop", 52, EXACT)], [("age of the new bishop", 25, EXACT)])  # fmt: skip
S = "Investigators said the pilot had trained a 23-year-old student before the crash."
counts(COPULA, [S], [], [("age of the pilot", 23, EXACT)])  # fmt: skip

# --- owner: owners in the count's own words; the same person's age twice; scores ------------
S = "The victim's father, Raj Patel, 58, said the family was heartbroken."
counts(OWNER, [S], [("age of the victim's father", 58, EXACT), ("age of Raj Patel", 58, EXACT)], [("age of the victim", 58, EXACT)])  # fmt: skip
S = "The King's grandson, Prince George, 12, will attend the service at Westminster Abbey."
counts(OWNER, [S], [("age of the King's grandson", 12, EXACT)], [("age of the King", 12, EXACT)])  # fmt: skip
S = "The mayor's chief of staff, Lena Brandt, 44, resigned on Tuesday."
counts(OWNER, [S], [("age of the mayor's chief of staff", 44, EXACT)], [("age of the mayor", 44, EXACT)])  # fmt: skip
S = "Tom Ward, 46, shot a 66 in the first round to lead by two shots at Carnoustie."
counts(OWNER, [S], [("age of Tom Ward", 46, EXACT)], [("age of Tom Ward", 66, EXACT)])  # fmt: skip
S = "Union leader Mick Lane, 61, said the offer was below par as the third round of talks ended without a deal."
counts(OWNER, [S], [("age of the union leader", 61, EXACT)], [("age of the union leader", 16, EXACT)])  # fmt: skip
S = "England's openers, Crawley, 43, and Duckett, 61, put on 104 before lunch at Lord's."
counts(OWNER, [S], [], [("age of Zak Crawley", 43, EXACT), ("age of Ben Duckett", 61, EXACT)])  # fmt: skip
S = "A driver aged 52 was arrested, and his passenger, 24, was taken to hospital."
counts(OWNER, [S], [("age of the driver", 52, EXACT), ("age of the passenger", 24, EXACT)], [("age of the driver", 24, EXACT)])  # fmt: skip
S = "The singer, 45, first topped the charts as a 19-year-old in 1999."
counts(OWNER, [S], [("age of the singer", 45, EXACT)], [("age of the singer", 19, EXACT)])  # fmt: skip
S = "The defendant's mother, aged 70, told the court he had been a quiet boy."
counts(OWNER, [S], [("age of the defendant's mother", 70, EXACT)], [("age of the defendant", 70, EXACT)])  # fmt: skip
S = "Doncaster's goalkeeper, 38, saved a penalty as the side, 14th, beat Hull."
counts(OWNER, [S], [("age of Doncaster's goalkeeper", 38, EXACT)], [("age of Doncaster's goalkeeper", 14, EXACT)])  # fmt: skip

# --- the mends' own edges (review rv44c)
S = "The driver of the car was a 45-year-old, police in Strood said."
counts(COPULA, [S], [("age of the driver", 45, EXACT)], [])  # fmt: skip
S = "The son of the victim is a 24-year-old soldier based in Catterick."
counts(COPULA, [S], [("age of the victim's son", 24, EXACT)], [("age of the victim", 24, EXACT)])  # fmt: skip
S = "Police said the suspect was not a 16-year-old, as first reported."
counts(COPULA, [S], [], [("age of the suspect", 16, EXACT)])  # fmt: skip
S = "The farmer shouted for help and, a few minutes later, a neighbour who heard him ran over."
T = "The 70-year-old pulled him from the slurry pit."
counts(LONE, [S, T], [], [("age of the farmer", 70, EXACT)])  # fmt: skip
S = "The singer was booed at the Cardiff show as Tom Jones was introduced."
T = "The 84-year-old waved to the crowd."
counts(LONE, [S, T], [], [("age of the singer", 84, EXACT)])  # fmt: skip
S = "The manager left Owen Hart out of the squad for Saturday's game."
T = "The 31-year-old has not played since March."
counts(LONE, [S, T], [], [("age of the manager", 31, EXACT)])  # fmt: skip
S = "The woman who died in the fire on Tuesday was identified by the coroner as Jean Ross."
T = "The 79-year-old had lived alone since her husband died."
counts(LONE, [S, T], [("age of the woman who died", 79, EXACT)], [])  # fmt: skip
S = "Ward, 66, and Bell, 68, trail the leader, who shot 64, by two shots after the first round."
counts(OWNER, [S], [], [("age of Ward", 66, EXACT)])  # fmt: skip
S = "In the second round of qualifying, Ward, 71, was three shots behind Bell."
counts(OWNER, [S], [], [("age of Ward", 71, EXACT)])  # fmt: skip
S = "Hearts have signed the 27-year-old left-back Callum Reid from Dundee."
counts(LONE, [S], [("age of Callum Reid", 27, EXACT)], [])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
