# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the parties-and-speakers set of session 17 from an outside check's causes
(``grounding_parties38.jsonl``): value-support cases by category, each with what must pass
and what must fail, and the strength of each refusal in its "why" (unsupported: the page
gives the role to someone else):

- ``served-principal``: a quote given to a spokesperson, an aide, an adviser, a lawyer or an
  envoy who speaks *for* someone ("according to a spokesman for Prime Minister X", "said an
  aide to President Y", "a lawyer for Z told reporters"): the one who spoke keeps the words
  (named, or described by the title), and the one served is never the speaker (unsupported),
  in any word order (a lead-in, a tail, "according to" before or after the quote).

Run ``python tests/data/make_parties38_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties38.jsonl")

built = SupportCases("pa38")
Q1, Q2 = "\u201c", "\u201d"
quote = partial(built.graded_quote, tiers=True)

# --- served-principal: the spokesperson speaks, the one served does not
C = "served-principal"
TEXT = 'Headline: Port strike talks stall\n\nHALDEN (Fjord Post) - The union\'s offer was "dead on arrival," according to a spokesman for Prime Minister Ingrid Solberg-Hale.\n'
quote(
    C,
    TEXT,
    "dead on arrival,",
    ["spokesman for Prime Minister Ingrid Solberg-Hale"],
    ["Ingrid Solberg-Hale", "Solberg-Hale"],
)
TEXT = f"Headline: Mirza camp dismisses poll\n\nKARACHI, May 4 \u2014 According to an aide to President Farhan Mirza, the new survey was {Q1}cooked up by the opposition.{Q2}\n"
quote(
    C,
    TEXT,
    "cooked up by the opposition.",
    ["aide to President Farhan Mirza"],
    ["Farhan Mirza", "President Mirza"],
)
TEXT = 'Headline: Governor silent on levee\n\nBATON ROUGE (Delta Ledger) - "The governor has full confidence in the engineers," said a spokeswoman for Governor Celeste Ito, who declined to give her name.\n'
quote(
    C,
    TEXT,
    "The governor has full confidence in the engineers,",
    ["spokeswoman for Governor Celeste Ito"],
    ["Celeste Ito"],
)
TEXT = 'Headline: Ceasefire text "still open"\n\nGENEVA - "Nothing is agreed until everything is agreed," Lucia Ferro, a spokeswoman for Foreign Minister Anton Brel, told reporters.\n'
quote(C, TEXT, "Nothing is agreed until everything is agreed,", ["Lucia Ferro"], ["Anton Brel"])
TEXT = "Headline: Ministry denies rift\n\nACCRA (Coastline Daily) \u2014 \u201cThere is no rift whatsoever in the cabinet,\u201d said Yaw Boakye, an adviser to Finance Minister Kojo Asante.\n"
quote(C, TEXT, "There is no rift whatsoever in the cabinet,", ["Yaw Boakye"], ["Kojo Asante"])
TEXT = 'Headline: Harbour plan\n\nRIGA - A spokesman for Mayor Ilze Ozola, Martins Berzins, said the plan was "fully funded" and would go ahead.\n'
quote(C, TEXT, "fully funded", ["Martins Berzins"], ["Ilze Ozola"])
TEXT = "Headline: Dray office\n\nPERTH \u2014 \u201cWe do not comment on leaks,\u201d according to Hannah Reid, press secretary to Premier Colin Dray.\n"
quote(C, TEXT, "We do not comment on leaks,", ["Hannah Reid"], ["Colin Dray"])
TEXT = 'Headline: Envoy upbeat\n\nNAIROBI - The border talks were "moving in the right direction," said an envoy for President Ruth Wambui, speaking after the second round.\n'
quote(
    C, TEXT, "moving in the right direction,", ["envoy for President Ruth Wambui"], ["Ruth Wambui"]
)
TEXT = "Headline: Press office on the summit\n\nCANBERRA \u2014 \u201cThe Prime Minister will travel as planned,\u201d a representative of Prime Minister Colin Dray said in an email.\n"
quote(
    C,
    TEXT,
    "The Prime Minister will travel as planned,",
    ["representative of Prime Minister Colin Dray"],
    ["Colin Dray"],
)
# near-misses that must still pass: the principal speaks himself, with a spokesman beside him
TEXT = 'Headline: Mirza speaks\n\nKARACHI - The survey was "cooked up by the opposition," according to President Farhan Mirza, whose spokesman later repeated the claim.\n'
quote(C, TEXT, "cooked up by the opposition,", ["Farhan Mirza"], [])
TEXT = "Headline: Brel on the text\n\nGENEVA \u2014 Foreign Minister Anton Brel, flanked by his spokeswoman, said \u201cnothing is settled yet.\u201d\n"
quote(C, TEXT, "nothing is settled yet.", ["Anton Brel"], [])
TEXT = 'Headline: Ito replies\n\n"We will rebuild the levee," said Governor Celeste Ito, after an aide to the mayor had questioned the budget.\n'
quote(C, TEXT, "We will rebuild the levee,", ["Celeste Ito"], [])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
