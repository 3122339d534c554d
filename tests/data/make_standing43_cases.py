"""Build the standing-43 set (``grounding_standing43.jsonl``): a measure worded as borne now
is in force (an outside check, session 19, check 43's cause 6: "Today, EU cars face a combined
duty of 27.5%" and "The deal does not change the 50% U.S. tariff" were read as no wording for
``in_force``). By category:

- ``borne-now``: goods that "face", "pay", "carry" or "bear" a duty, imports "subject to" a
  levy, a deal that "does not change" a tariff or "leaves" it "in place", all in the present
  tense, state a measure in force. Refused (the status stays unconfirmed or is contradicted):
  a modal or condition ("will face", "could face ... if"), a start to come ("from August 1",
  "starting next month"), a negation ("no longer subject to"), a past form ("faced ... until it
  was lifted"), a proposal or prospect ("under the proposal", "face the prospect of"), a fear
  or a threat.

Run ``python tests/data/make_standing43_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures and bodies in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_standing43.jsonl")

LEADS = [
    "BRUSSELS, Sept 3 (Continental Trade Wire) -",
    "Fact sheet | What the agreement means for exporters",
    "The Harbour Ledger | Business",
    "Statement | Ministry of Economy",
    "Q&A: Where the tariffs stand",
    "Evening briefing: markets and trade",
]
built = SupportCases("sd43", LEADS)
OK, NO = True, False


def measure(sentence: str, expect: bool, why: str, value: str = "in_force") -> None:
    built.graded_fact("borne-now", "sanctions", "status", value, [sentence], expect,
                      SUPPORTED if expect else ANY, why, instrument="executive_action")  # fmt: skip


# --- must pass: borne now, in the present tense --------------------------------------------
measure(
    "Today, EU cars face a combined duty of 27.5 percent at the U.S. border.",
    OK,
    "'face' with 'today'",
)
measure("Japanese steel still pays a 50% tariff on entry.", OK, "'still pays'")
measure("Imports of Vietnamese shrimp are subject to a 46 percent levy.", OK, "'are subject to'")
measure(
    "The deal does not change the 50% tariff on aluminium, the minister said.",
    OK,
    "'does not change': it stands",
)
measure(
    "The agreement leaves the 25 percent duty on pickup trucks in place.",
    OK,
    "'leaves ... in place'",
)
measure(
    "Chilean copper faces a 10% tariff under the executive order.",
    OK,
    "'faces ... under the order'",
)
measure("Exporters now pay a 15 percent surcharge on every container.", OK, "'now pay'")
measure("Canadian softwood carries a combined duty of 14.4 percent.", OK, "'carries'")
measure(
    "Goods from China face a 30 percent tariff, customs data show.",
    OK,
    "'from China' is a place, no start",
)
measure("Brazilian beef bears a 26.4 percent levy, the highest in the bloc.", OK, "'bears'")
measure(
    "The truce did not touch the sanctions on the central bank, which stay as they were.",
    OK,
    "'did not touch the sanctions'",
)
measure(
    "Under the order, Indian textiles pay a duty of 25% on arrival.",
    OK,
    "'under the order': the order in force",
)
measure("The pact keeps the 10 percent baseline tariff unchanged.", OK, "'keeps ... unchanged'")

# --- must fail: ahead, behind, negated, conditional or only feared ----------------------------
measure(
    "EU cars will face a duty of 27.5 percent from August 1.",
    NO,
    "'will face ... from August 1': ahead",
)
measure("EU cars could face a duty of 30% if the talks fail.", NO, "a condition")
measure(
    "Japanese cars would face tariffs of up to 25 percent under the plan.",
    NO,
    "'would face ... under the plan'",
)
measure("From next month, Brazilian beef faces a 40 percent tariff.", NO, "a start to come")
measure("Canadian softwood faces a 14.4 percent duty starting Friday.", NO, "'starting Friday'")
measure(
    "Vietnamese shrimp is no longer subject to the 46 percent levy.", NO, "'no longer subject to'"
)
measure("Exporters fear they may soon pay a 15 percent surcharge.", NO, "a fear")
measure("Under the proposal, Korean chips face a 30 percent duty.", NO, "a proposal's terms")
measure("Steelmakers face the prospect of a 50% tariff after the vote.", NO, "a prospect")
measure("Indian textiles faced a 25% duty until the waiver in May.", NO, "a past form ('faced')")
measure(
    "The minister warned that Australian wine pays a 200 percent tariff if Canberra presses on.",
    NO,
    "a warning and a condition",
)
measure(
    "Japanese steel does not face the 50% tariff, which applies only to Chinese mills.",
    NO,
    "'does not face': negated",
)


# The session 19 review's probes: a bill, a start in a stated time, an event; and two more
# present wordings of a duty borne now.
measure(
    "Steel makers face a 25% tariff under a bill introduced in the Senate on Tuesday.",
    NO,
    "a bill's terms",
)
measure("Exporters face a 30% duty after August 1.", NO, "'after August 1': ahead")
measure(
    "Exporters face a 30% duty once the order takes effect.", NO, "'once the order takes effect'"
)
measure("Exporters face a 30% duty in two weeks.", NO, "'in two weeks': ahead")
measure("Exporters face a 30% duty in the event talks collapse.", NO, "'in the event': a condition")
measure("Indian shrimp exporters are paying a 50% duty on every shipment.", OK, "'are paying'")
measure("Canadian lumber is hit with a 35% duty at the border.", OK, "'is hit with'")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
