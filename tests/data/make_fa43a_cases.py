# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set fa43a of session 43 (``grounding_fa43a.jsonl``): an event's actor, a company,
told in its evidence only by a body's stand-in ("The company now expects", "It opened",
"Its shares fell") with other capitalised names between its last mention and the stand-in
that name no body (:func:`summarizer.verification.sides.standins._body_run`), from the false
alarms of outside checks 72 to 97 on companies' results; one category, ``rival-between``, of
three forms:

- a person written by a surname the page gives after a given name or a
  title ("chief executive Tomas Wenning ... Wenning said"), or marked by a gender, is no rival
  company for "the company" or "it";
- a country by its whole name of several words ("the United Kingdom",
  "the United States") is no rival company either;
- a company's legal ending written after its name ("Halvorsen Foods ASA",
  "Pellow Co.") is a piece of that name, no company of its own.

Must fail beside each: another company named between ("Ostra Dairy", "Brannock Steel"), so
the stand-in stands for it; a person as the actor of a company's stand-in; another company
with a legal ending of its own ("Ostra ASA"); a company named only after the stand-in.

Run ``python tests/data/make_fa43a_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets, companies and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_fa43a.jsonl")

built = SupportCases(
    "fa43a",
    leads=(
        "BERGEN (Fjordline Business Wire) -",
        "By Ingrid Solheim | The Harbour Ledger",
        "MARKETS DESK | The Northgate Courier",
        "From our Leeds newsroom, The Aire Valley Post.",
    ),
)


def actor(category: str, before: str, sentence: str, passes: list[str], fails: list[str]) -> None:
    """Each of ``passes`` is the actor of the event ``sentence`` tells (after the paragraph
    ``before``), each of ``fails`` is refused."""
    for expect, who in verdicts(passes, fails):
        built.actor(
            category, expect, sentence, who, "the company's results", f"actor {who}", before=before
        )


# --- person-between: a person's name between the company and its stand-in ----------------
C = "rival-between"  # a person's surname between
actor(
    C,
    "Halvorsen Foods reported a loss for the spring quarter on Tuesday. Chief executive Tomas Wenning blamed a wet May, and Wenning said shoppers had bought less ice cream.",
    "The company now expects full-year sales to fall by 3%.",
    ["Halvorsen Foods"],
    ["Tomas Wenning"],
)
actor(
    C,
    "Pellow Mills cut its dividend on Thursday. Finance chief Greta Aaland said flour prices had doubled. Aaland added that the board met twice.",
    "It now plans to close two bakeries in the north.",
    ["Pellow Mills"],
    ["Greta Aaland"],
)
actor(
    C,
    "Corrin Rail lifted its forecast on Monday. Mr Oduya, its chairman, said freight had recovered, and Oduya praised the drivers.",
    "The company raised its dividend to 40 pence a share.",
    ["Corrin Rail"],
    [],
)
actor(
    C,
    "Tessaly Foods posted record sales on Friday. Its founder, Marit Holm, said she would stay on, and Holm thanked the staff.",
    "The company expects to open 12 taprooms next year.",
    ["Tessaly Foods"],
    [],
)
# must fail: another company named between, with a person too
actor(
    C,
    "Halvorsen Foods reported a loss on Tuesday. Its rival Ostra Dairy, run by Tomas Wenning, posted a profit, and Wenning said demand was strong.",
    "The company now expects full-year sales to rise by 4%.",
    [],
    ["Halvorsen Foods"],
)
actor(
    C,
    "Pellow Mills cut its dividend on Thursday. Finance chief Greta Aaland said its supplier, Brannock Grain, had raised prices twice.",
    "It now plans to build a new silo in Hull.",
    [],
    ["Pellow Mills"],
)
actor(
    C,
    "Corrin Rail lifted its forecast on Monday, chairman Ade Oduya said. Velmont Logistics, led by Oduya's brother Sam, signed a new freight deal with it.",
    "The company raised its prices by 6%.",
    [],
    ["Corrin Rail"],
)

# --- country-between: a country by its whole name of several words ------------------------
C = "rival-between"  # a country of several words between
actor(
    C,
    "Halvorsen Foods sells most of its cheese abroad. The United States put a 15% tariff on Norwegian cheese in May.",
    "The company now expects export sales to fall by a fifth.",
    ["Halvorsen Foods"],
    ["United States"],
)
actor(
    C,
    "Pellow Mills ships flour to bakeries across Europe. The United Kingdom dropped its import checks on grain in March.",
    "It expects to sell 8% more flour this year.",
    ["Pellow Mills"],
    ["United Kingdom"],
)
actor(
    C,
    "Tessaly Brewing opened its first bar in Texas last year. The United Arab Emirates granted it a licence in June.",
    "The company plans to open four more bars by 2027.",
    ["Tessaly Brewing"],
    [],
)
actor(
    C,
    "Corrin Rail runs freight trains to the ports. The United States bought two of its old engines in April.",
    "The company now expects to carry 40 million tonnes this year.",
    ["Corrin Rail"],
    [],
)
# must fail: a company of the named country between
actor(
    C,
    "Halvorsen Foods sells most of its cheese abroad. United Dairy Farms, the American importer, cut its orders in May.",
    "The company now expects export sales to fall by a fifth.",
    [],
    ["Halvorsen Foods"],
)
actor(
    C,
    "Pellow Mills ships flour across Europe. The United Kingdom's biggest baker, Dovecote Bakeries, signed a supply deal with it in March.",
    "It expects to sell 8% more loaves this year.",
    [],
    ["Pellow Mills"],
)

# --- name-piece: a legal ending after a company's name -----------------------------------
C = "rival-between"  # a legal ending after a name
actor(
    C,
    "Strong demand for its new freezers gave Kaldbek Industries ASA its best quarter on record.",
    "The company expects to hire 300 people in Stavanger.",
    ["Kaldbek Industries"],
    [],
)
actor(
    C,
    "Shares in Marrow Energy Co. rose on Wednesday after a cold winter lifted its gas sales.",
    "It now expects to pay a special dividend.",
    ["Marrow Energy"],
    [],
)
actor(
    C,
    "Orsino Media Ltd. reported a 9% rise in advertising revenue.",
    "The company raised its forecast for the year.",
    ["Orsino Media"],
    [],
)
actor(
    C,
    "Demand for its coaches lifted Velder Motors AG to a record half-year.",
    "The company now expects to deliver 900 coaches this year.",
    ["Velder Motors"],
    [],
)
# must fail: another company with a legal ending of its own between
actor(
    C,
    "Kaldbek Appliances reported a loss on Monday. Its rival Ostra Electric ASA had its best quarter on record.",
    "The company expects to hire 300 people in Stavanger.",
    [],
    ["Kaldbek Appliances"],
)
actor(
    C,
    "Orsino Media reported a loss. Its printer, Fennick Press Ltd., said it had lost the contract.",
    "The company raised its prices for the year.",
    [],
    ["Orsino Media"],
)
actor(
    C,
    "Velder Motors cut its forecast on Friday. Brannock Coachworks AG, its supplier, posted a record half-year.",
    "The company now expects to deliver 900 coaches this year.",
    [],
    ["Velder Motors"],
)
actor(
    C,
    "Demand for coaches was strong this year, analysts said.",
    "The company now expects to deliver 900 coaches, Velder Motors AG said.",
    [],
    ["Brannock Coachworks"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
