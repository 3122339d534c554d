# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 18 from check 41's cause 6 (``grounding_speakers41.jsonl``):
value-support cases for quotes in sentences that name several people, by category, each with
what must pass and what must fail:

- ``writer-relative``: a relative clause on a name says that person wrote or said the quoted
  words ("a letter from President X, who did not attend and who wrote that the pact was
  "...""): that name speaks, never the letter's
  addressee, its reader or a name inside the quote;
- ``apposition-names``: a subject whose apposition or relative clause names other people
  before the speech verb ("Y, who sat beside A and B, the finance minister, said"): Y speaks,
  never A or B;
- ``contrast-clause``: a clause after "while", "whereas" or "but" with its own subject and
  speech verb ("..., while Z, the foreign minister, said "...""): Z speaks, never the subject
  of the clause it is set against.

Run ``python tests/data/make_speakers41_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers41.jsonl")

built = SupportCases("sp41")
Q1, Q2 = "\u201c", "\u201d"
quote = built.graded_quote

# --- writer-relative: "who wrote/said that ..." on a name gives that name the quote
C = "writer-relative"
TEXT = f"TAIPEI (Strait Daily) \u2014 The forum opened with a letter from President Lin Haoran, who did not attend and who wrote that the accord was {Q1}a bridge we must keep crossing.{Q2} Vice Minister Zhou Min read it aloud.\n"
quote(
    C, TEXT, "a bridge we must keep crossing.", ["Lin Haoran", "President Lin Haoran"], ["Zhou Min"]
)
TEXT = f"Delegates in Quito heard a statement from Governor Maria Solis, who is in hospital and who said that the levee plan was {Q1}long overdue and badly underfunded{Q2}. Mayor Tomas Reyes chaired the session.\n"
quote(
    C,
    TEXT,
    "long overdue and badly underfunded",
    ["Maria Solis", "Governor Maria Solis"],
    ["Tomas Reyes", "Reyes"],
)
TEXT = f"LAGOS, March 3 - The bishops released a message from Archbishop Samuel Okoro, who argued that the truce was {Q1}a gift President Dlamini must not waste.{Q2}\n"
quote(
    C,
    TEXT,
    "a gift President Dlamini must not waste.",
    ["Samuel Okoro"],
    ["Dlamini", "President Dlamini"],
)
TEXT = f"The appeal court received a letter to Chief Justice Pablo Mena from Judge Ewa Nowak, who wrote that the ruling was {Q1}plainly wrong in law{Q2} and asked for a rehearing.\n"
quote(C, TEXT, "plainly wrong in law", ["Ewa Nowak", "Judge Ewa Nowak"], ["Pablo Mena", "Mena"])
TEXT = f"BERLIN (Rhine Wire) \u2014 Chancellor Greta Vogt read out a message from Kenya's president, William Kibet, who could not travel and who insisted that the fund was {Q1}a promise, not a loan.{Q2}\n"
quote(C, TEXT, "a promise, not a loan.", ["William Kibet"], ["Greta Vogt"])
# near misses: the relative clause on the addressee says nothing; the writer is named after
TEXT = f"Senator Ida Brun forwarded a memo to Colonel Karl Moe, who was away. Brun wrote that the base was {Q1}no longer safe.{Q2}\n"
quote(C, TEXT, "no longer safe.", ["Ida Brun"], ["Karl Moe"])
TEXT = f"The board heard from chairman Ravi Menon, who said that profits were {Q1}better than feared{Q2}, and from auditor Nina Shah.\n"
quote(C, TEXT, "better than feared", ["Ravi Menon"], ["Nina Shah"])

# --- apposition-names: names inside the subject's apposition or relative clause do not speak
C = "apposition-names"
TEXT = f"WASHINGTON (Capitol Ledger) \u2014 Jake Morrow, who sat at the president's side with Mr. Brandt and Alice Yoon, the Treasury secretary, said the talks were {Q1}blunt but useful.{Q2}\n"
quote(C, TEXT, "blunt but useful.", ["Jake Morrow", "Morrow"], ["Alice Yoon", "Brandt"])
TEXT = f"Lena Holt, the envoy who flew in with Defence Minister Omar Farid and General Piet Kruger, told reporters the corridor would {Q1}open within the week.{Q2}\n"
quote(C, TEXT, "open within the week.", ["Lena Holt"], ["Omar Farid", "Piet Kruger"])
TEXT = f"CANBERRA, Aug. 9 - Ms. Priya Nair, who negotiated the text alongside Tom Reilly and Sarah Bell, the trade minister, insisted it was {Q1}the best deal on offer.{Q2}\n"
quote(C, TEXT, "the best deal on offer.", ["Priya Nair", "Nair"], ["Sarah Bell", "Tom Reilly"])
TEXT = f"Mayor Carlos Vega, flanked by Police Chief Ann Duffy and Fire Chief Ray Ortiz, added: {Q1}Nobody should return home tonight.{Q2}\n"
quote(
    C,
    TEXT,
    "Nobody should return home tonight.",
    ["Carlos Vega", "Vega"],
    ["Ann Duffy", "Ray Ortiz"],
)
TEXT = f"Kofi Asante, whose party governs with Ama Boateng's Greens and Yaw Mensah's Liberals, argued that the budget was {Q1}a betrayal of the north.{Q2}\n"
quote(C, TEXT, "a betrayal of the north.", ["Kofi Asante", "Asante"], ["Ama Boateng", "Yaw Mensah"])
# near misses: the apposition's person speaks in a sentence of its own
TEXT = f"Jake Morrow sat at the president's side with Alice Yoon, the Treasury secretary. Yoon said the talks were {Q1}blunt but useful.{Q2}\n"
quote(C, TEXT, "blunt but useful.", ["Alice Yoon"], ["Jake Morrow"])

# --- contrast-clause: the subject of a "while"/"whereas"/"but" clause speaks its own quote
C = "contrast-clause"
TEXT = f"SINGAPORE (Straits Courier) \u2014 Secretary Dana Price called the talks productive, while Wang Lei, China's foreign minister, said they were {Q1}candid and constructive.{Q2}\n"
quote(C, TEXT, "candid and constructive.", ["Wang Lei"], ["Dana Price", "Price"])
TEXT = f"The prime minister, Elif Kaya, urged patience, whereas opposition leader Murat Demir told reporters the plan was {Q1}dead on arrival.{Q2}\n"
quote(C, TEXT, "dead on arrival.", ["Murat Demir"], ["Elif Kaya"])
TEXT = f"Coach Ben Lowe blamed the referee, but captain Sam Ito insisted the team had {Q1}simply run out of legs.{Q2}\n"
quote(C, TEXT, "simply run out of legs.", ["Sam Ito", "Ito"], ["Ben Lowe", "Lowe"])
TEXT = f"PARIS, Jan. 12 - Minister Claire Dumas defended the reform on Tuesday, while Marc Leroy, head of the CGT union, warned it would {Q1}bring the country to a halt.{Q2}\n"
quote(C, TEXT, "bring the country to a halt.", ["Marc Leroy", "Leroy"], ["Claire Dumas"])
TEXT = f"Governor Rita Oyelaran signed the order, while her deputy, Felix Ade, wrote on social media that it was {Q1}a sad day for Ogun.{Q2}\n"
quote(C, TEXT, "a sad day for Ogun.", ["Felix Ade", "Ade"], ["Rita Oyelaran", "Oyelaran"])
# near misses: the quote stands in the first clause
TEXT = f"Secretary Dana Price called the talks {Q1}productive and overdue,{Q2} while Wang Lei, China's foreign minister, said little.\n"
quote(C, TEXT, "productive and overdue,", ["Dana Price"], ["Wang Lei"])
TEXT = f"Whereas Elif Kaya urged patience, Murat Demir said the plan was {Q1}dead on arrival.{Q2}\n"
quote(C, TEXT, "dead on arrival.", ["Murat Demir"], ["Elif Kaya"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
