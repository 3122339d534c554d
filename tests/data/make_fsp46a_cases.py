# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 46's pronoun read-backs (``grounding_fsp46a.jsonl``, cutter fsp46a;
sentences/pronoun_subjects.py), cases written before the rule, in the styles of a wire, a live
blog, a profile, a business page and an op-ed:

- ``subject``: a quote's "he" or "she" read back to a sentence whose main clause has the
  speaker as subject, past titles ("Chief executive X credited"), a fronted chunk ("Pressed on
  ..., X was blunt"), a live blog's time stamp ("9.55pm - X"), an appositive ("X, the bank's
  boss, was"), while the sentence names another capitalised run (a company, a place, a
  person as object); the speaker passes, the one in the object does not;
- ``past``: a "he" or "she" read back past a sentence whose subject is no person ("Aid is to
  go to everyone in need", "Sanctions alone will not", "Grocers cut prices", a common noun
  the page writes in lower case elsewhere) to the person
  before it; the nearer person's subject still wins when one is named in between;
- ``rival``: the near-misses a reviewer tries: the pronoun's subject is the other person of the
  same gender, the name stands in a possessive or an appositive, a "she" for a "Mr.", the
  sentence before introduces a new person after the last quote's speaker.

Run ``python tests/data/make_fsp46a_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fsp46a.jsonl")

built = SupportCases(
    "fsp46a",
    leads=[
        "LONDON (Harbour Wire) -",
        "Live coverage from our markets desk. All times GMT.",
        "By Ilse Brandt | The Lakeside Courier",
        "Business | The Northgate Ledger",
        "Opinion | The Eastfield Review",
    ],
)
SUBJECT, RIVAL, PAST = "subject", "rival", "past"

# --- subject: the read-back sentence's subject is the speaker ------------------------------
W = "We have had a strong first half of the year"
built.page_quote(SUBJECT, W, ["Vincent Clerc"], ["Rolf Habben Jansen"],
    "Revenue grew 2.8% to $13.1 billion, the group said.",
    f"Chief executive Vincent Clerc credited the new partnership with Rolf Habben Jansen's Hapag-Lloyd. \"{W},\" he said.")  # fmt: skip
W = "I share your frustration"
built.page_quote(SUBJECT, W, ["Stephen Rue"], ["Anika Wells"],
    "9.40pm - Optus chief executive Stephen Rue has fronted a late press conference.",
    "9.42pm - Communications Minister Anika Wells has called the outage unacceptable.",
    f"9.55pm - Pressed on how this could happen again, Rue was blunt. \"{W},\" he said.")  # fmt: skip
W = "Nothing about this deal was easy"
built.page_quote(SUBJECT, W, ["Marta Quiroga"], ["Tomas Berg"],
    "Marta Quiroga, who runs the port authority, signed the lease with Tomas Berg on Tuesday.",
    f"After the ceremony, Quiroga thanked the dockworkers and Berg's negotiators. \"{W},\" she said.")  # fmt: skip
W = "The numbers speak for themselves"
built.page_quote(SUBJECT, W, ["Owen Pryce"], ["Dafydd Hale"],
    f"12.40pm - Welsh finance secretary Owen Pryce rejected the claims made by Dafydd Hale in the chamber. \"{W},\" he told members.")  # fmt: skip
W = "We will not be rushed into a bad agreement"
built.page_quote(SUBJECT, W, ["Helena Sousa"], ["Paulo Mendes"],
    f"Helena Sousa, the union's general secretary, rejected the offer from Paulo Mendes on Monday. \"{W},\" she said.")  # fmt: skip
W = "This is a bank that has learned its lesson"
built.page_quote(SUBJECT, W, ["Graham Oduya"], ["Lindiwe Moyo"],
    f"Questioned by Lindiwe Moyo about the fines, Graham Oduya defended the bank's record. \"{W},\" he said.")  # fmt: skip
W = "The garden was my first love"
built.page_quote(SUBJECT, W, ["Ruth Ellery"], ["Simon Carr"],
    "At 82 she still works every morning.",
    f"Ruth Ellery met Simon Carr at a flower show in 1968. \"{W},\" she said, laughing.")  # fmt: skip
W = "Europe cannot keep waiting for Washington"
built.page_quote(SUBJECT, W, ["Jonas Lindqvist"], ["Karl Brenner"],
    f"Writing in this newspaper, Jonas Lindqvist, a former defence minister, took aim at Karl Brenner's caution. \"{W},\" he wrote.")  # fmt: skip

W = "Growth will come back in the spring"
built.page_quote(SUBJECT, W, ["Priya Nair"], ["Jerome Powell"],
    f"Lead economist Priya Nair, of Halden Capital, dismissed the warnings from Jerome Powell. \"{W},\" she said.")  # fmt: skip
W = "Our players gave everything tonight"
built.page_quote(SUBJECT, W, ["Tommy Reyes"], ["Luka Petrov"],
    f"Despite the defeat to Luka Petrov's side, coach Tommy Reyes praised his squad. \"{W},\" he told reporters.")  # fmt: skip

# --- past: a sentence whose subject is no person is read past ------------------------------
PAGES = [
    (
        "Field Marshal Berhanu Jula signed for the army.",
        "Aid is to go to everyone in need.",
        "Our commitment is to peace",
        "he",
        "Berhanu Jula",
        "Tadesse Werede",
        "General Tadesse Werede signed for the Tigrayan forces; food aid was his condition.",
    ),
    (
        "Stewart Wingate, the airport's chief executive, welcomed the ruling.",
        "Runways are to be widened by 2029.",
        "This is a vote of confidence",
        "he",
        "Stewart Wingate",
        "Lord Vane",
        "The decision on the runways was taken by Lord Vane's planning panel.",
    ),
    (
        "Mara Ellison, an analyst at Brook Securities, expects the price war to last.",
        "Grocers cut prices to win share.",
        "Margins will come back",
        "she",
        "Mara Ellison",
        "Ken Murphy",
        "Ken Murphy's chain has led the cuts among the big grocers.",
    ),
    (
        "Joanne Pike said the treaty was overdue.",
        "Sanctions alone will not end the war.",
        "We need every tool we have",
        "she",
        "Joanne Pike",
        "Sergei Lavrov",
        "Sergei Lavrov has called the treaty and its sanctions hostile.",
    ),
    (
        "Ravi Menon thanked the volunteers at the depot.",
        "Rations run out on Friday.",
        "We cannot do this alone",
        "he",
        "Ravi Menon",
        "Adam Burke",
        "Adam Burke, who runs the charity, was away when the rations came.",
    ),
]
for i, (first, skipped, words, pron, right, wrong, aside) in enumerate(PAGES):
    built.page_quote(
        PAST, words, [right], [wrong], f"{aside} {first}", f'{skipped} "{words}," {pron} said.'
    )
    # the nearer person is the subject between: the earlier speaker is no longer the "he"/"she"
    words2 = words.replace("We", "They") if "We" in words else words + " again"
    built.page_quote(
        PAST,
        words2,
        [wrong],
        [right],
        f"{first} {skipped}",
        f'{wrong} {"was" if i % 2 else "had been"} furious. "{words2}," he said.',
    )

# --- rival: the near-misses ----------------------------------------------------------------
W = "That was never on the table"
built.page_quote(RIVAL, W, ["Ben Okafor"], ["Peter Lam"],
    "Peter Lam, the club's owner, offered the manager a new contract on Friday.",
    f"Ben Okafor turned it down within hours. \"{W},\" he said.")  # fmt: skip
W = "We expect a better offer"
built.page_quote(RIVAL, W, ["Daniel Roy"], ["Marc Aubry"],
    f"Marc Aubry's lawyer, Daniel Roy, rejected the settlement. \"{W},\" he said.")  # fmt: skip
W = "The timing is regrettable"
built.page_quote(RIVAL, W, ["Leila Haddad"], ["Omar Haddad"],
    "Leila Haddad, the agency's spokeswoman, answered the questions on Thursday.",
    f"Mr. Omar Haddad attended the briefing as well. \"{W},\" she said.")  # fmt: skip
W = "We did everything we could"
built.page_quote(RIVAL, W, ["Carl Mertens"], ["Hugo Stahl"],
    "\"The rescue took nine hours,\" Hugo Stahl said.",
    f"Carl Mertens, the fire chief, arrived at the scene later. \"{W},\" he said.")  # fmt: skip
W = "He has never once asked for my view"
built.page_quote(RIVAL, W, ["Ana Ruiz"], ["Pablo Gil"],
    f"Pablo Gil criticised Ana Ruiz on Sunday. Ana Ruiz answered on Monday. \"{W},\" she said.")  # fmt: skip

W = "The board never saw the report"
built.page_quote(RIVAL, W, ["Ian Fleet"], ["Rob Tait"],
    f"Rob Tait resigned in March. Ian Fleet, his successor, took questions from MPs on Tuesday. \"{W},\" he said.")  # fmt: skip
W = "The vote was free and fair"
built.page_quote(RIVAL, W, ["Mariam Sow"], ["Abdou Diallo"],
    f"Abdou Diallo's rival, Mariam Sow, accepted the result on Sunday. \"{W},\" she said.")  # fmt: skip
W = "I was not consulted on any of it"
built.page_quote(RIVAL, W, ["Greta Holm"], ["Nils Aker"],
    "Nils Aker announced the merger on Monday.",
    f"Later that day, Greta Holm contradicted him. \"{W},\" she said.")  # fmt: skip
W = "We will appeal this ruling"
built.page_quote(RIVAL, W, ["Sean Doyle"], ["Kevin Marsh"],
    f"Kevin Marsh lost the case on Friday. His lawyer, Sean Doyle, spoke outside the court. \"{W},\" he said.")  # fmt: skip
W = "The pitch was a disgrace"
built.page_quote(RIVAL, W, ["Jack Lowe"], ["Tom Reid"],
    f"Tom Reid watched from the stands as Jack Lowe's side lost. Jack Lowe was furious. \"{W},\" he said.")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
