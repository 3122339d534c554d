# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-39 set (``grounding_status39.jsonl``): a status's latest state and the
values it excludes (an outside check, session 17, check 39's causes 1 and 4). Each case's why
names the strength of its verdict (:func:`support_sets.graded_check`). By category:

- ``latest``: one sentence words two states of the fact's own occasion, an earlier one in a
  participle aside (", postponed in March, ..."), an "after"-clause ("After being pushed back
  twice, ..."; "..., a week after the Senate cleared it") and the current one in the main
  clause's verb: the current one passes, the earlier one is refused, unconfirmed (it did happen, but is
  no longer the status); a meeting "never held" is refused strongly; "earlier than planned" is a comparison, not an earlier meeting;
- ``excluded``: a legislative stage excludes the others as the bill's current status (a bill
  "signed into law" has not passed one chamber only; one the Senate only "passed" is not
  enacted), and the value itself worded beside another stage still passes.

Run ``python tests/data/make_status39_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures and bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_status39.jsonl")

LEADS = [
    "ACCRA, June 3 (Gulf of Guinea Wire) -",
    "LIVE | Updates from the summit venue",
    "The Prairie Ledger | Politics",
    "From our correspondent in Hanoi.",
    "CAPITOL NOTES | This week in the chamber",
    "LIMA (Pacific Courier) --",
    "Evening digest: what happened today",
    "OSLO, Sept 9 (Fjord Post) -",
]
built = SupportCases("st39", LEADS)
PAIRS = [["Ruto", "Museveni"], ["Lula", "Boric"], ["Albanese", "Luxon"], ["Sanchez", "Costa"]]


def summit(category: str, value: str, sentence: str, expect: bool, strength: str, why: str) -> None:
    parties = PAIRS[len(built.cases) % len(PAIRS)]
    built.graded_summit(category, parties, value, [sentence], expect, strength, why)


def measure(
    category: str, value: str, sentence: str, expect: bool, strength: str, why: str
) -> None:
    why = f"measure {value}: {why}"
    built.measure_status(category, expect, value, [sentence], why, "bill", strength=strength)


def truce(category: str, value: str, sentence: str, expect: bool, strength: str, why: str) -> None:
    built.graded_truce(category, value, [sentence], expect, strength, why)


C = "latest"
OK, NO = True, False
for value, sentence, expect, strength, why in [
    (
        "held",
        "The summit, twice postponed over security fears, finally convened in Kampala on Monday.",
        OK,
        SUPPORTED,
        "convened, the postponement an aside",
    ),
    (
        "postponed",
        "The summit, twice postponed over security fears, finally convened in Kampala on Monday.",
        NO,
        WEAK,
        "postponed before, convened now",
    ),
    (
        "under_way",
        "The meeting, delayed in April by the floods, got under way in Brasilia on Tuesday with a working lunch.",
        OK,
        SUPPORTED,
        "under way now",
    ),
    (
        "postponed",
        "The meeting, delayed in April by the floods, got under way in Brasilia on Tuesday with a working lunch.",
        NO,
        WEAK,
        "delayed in April, under way now",
    ),
    (
        "held",
        "After being put off three times, the talks between the two leaders were finally held in Wellington.",
        OK,
        SUPPORTED,
        "held after delays",
    ),
    (
        "postponed",
        "After being put off three times, the talks between the two leaders were finally held in Wellington.",
        NO,
        WEAK,
        "put off before, held now",
    ),
    (
        "postponed",
        "Having been postponed in the spring, the summit took place in Lisbon on Saturday.",
        NO,
        WEAK,
        "having been postponed: earlier",
    ),
    (
        "held",
        "Having been postponed in the spring, the summit took place in Lisbon on Saturday.",
        OK,
        SUPPORTED,
        "took place",
    ),
    (
        "postponed",
        "After two delays, the leaders met in Nairobi on Friday for five hours of talks.",
        NO,
        WEAK,
        "after two delays, met",
    ),
    (
        "postponed",
        "Delayed by a month because of the strikes, the summit got under way in Santiago on Wednesday.",
        NO,
        WEAK,
        "delayed by a month, opened",
    ),
    (
        "under_way",
        "Delayed by a month because of the strikes, the summit got under way in Santiago on Wednesday.",
        OK,
        SUPPORTED,
        "opened: under way",
    ),
    (
        "held",
        "The two prime ministers met in Auckland for about two hours on Sunday, finishing earlier than planned.",
        OK,
        SUPPORTED,
        "earlier than planned: a comparison",
    ),
    (
        "held",
        "The leaders held 40 minutes of talks in Madrid on Monday, wrapping up sooner than expected.",
        OK,
        SUPPORTED,
        "talked, sooner than expected",
    ),
    (
        "held",
        "The leaders met in Madrid on Monday, a week earlier than first planned.",
        OK,
        SUPPORTED,
        "earlier than planned: the same meeting",
    ),
    (
        "postponed",
        "The summit in Kampala has been postponed to October, officials said.",
        OK,
        SUPPORTED,
        "postponed in the main clause",
    ),
    (
        "postponed",
        "The summit, which was to open in Kampala on Monday, has been postponed to October.",
        OK,
        SUPPORTED,
        "the plan is the aside, the postponement the main clause",
    ),
    (
        "held",
        "The leaders, who had never met before, held talks in Kampala on Monday.",
        OK,
        SUPPORTED,
        "never met before: held now",
    ),
    (
        "postponed",
        "Ruto and Museveni met in Entebbe on Monday, after their summit in Kampala was postponed.",
        NO,
        WEAK,
        "met after the postponement",
    ),
    ("held", "The Lisbon summit was postponed in June and never held.", NO, STRONG, "never held"),
    (
        "held",
        "Planned for Brasilia in 2021, the meeting was delayed by the pandemic and never took place.",
        NO,
        STRONG,
        "never took place",
    ),
]:
    summit(C, value, sentence, expect, strength, why)
for value, sentence, expect, strength, why in [
    (
        "enacted",
        "The governor signed the measure into law on Friday, ten days after the Senate approved it.",
        OK,
        SUPPORTED,
        "signed into law",
    ),
    (
        "passed_one_chamber",
        "The governor signed the measure into law on Friday, ten days after the Senate approved it.",
        NO,
        WEAK,
        "now law, the Senate vote earlier",
    ),
    (
        "passed_one_chamber",
        "After clearing the House in March, the sanctions bill was signed into law by the president on Tuesday.",
        NO,
        STRONG,
        "cleared the House, then law: the stage is not worded, law is",
    ),
    (
        "passed_one_chamber",
        "The act, passed by the Senate in May, became law on Wednesday with the president's signature.",
        NO,
        WEAK,
        "passed, then became law",
    ),
    (
        "enacted",
        "The act, passed by the Senate in May, became law on Wednesday with the president's signature.",
        OK,
        SUPPORTED,
        "became law",
    ),
    (
        "introduced",
        "The bill, introduced by Senator Hale in January, passed the Senate 88-9 on Thursday.",
        NO,
        WEAK,
        "introduced earlier, passed now",
    ),
    (
        "passed_one_chamber",
        "The bill, introduced by Senator Hale in January, passed the Senate 88-9 on Thursday.",
        OK,
        SUPPORTED,
        "passed the Senate",
    ),
]:
    measure(C, value, sentence, expect, strength, why)
for value, sentence, expect, strength, why in [
    (
        "in_effect",
        "The truce took hold on Sunday but broke down within hours as shelling resumed.",
        NO,
        WEAK,
        "took hold, then broke down",
    ),
    (
        "collapsed",
        "The truce took hold on Sunday but broke down within hours as shelling resumed.",
        OK,
        SUPPORTED,
        "broke down",
    ),
    (
        "in_effect",
        "The ceasefire, which briefly took effect on Friday, collapsed overnight.",
        NO,
        WEAK,
        "took effect, collapsed",
    ),
    (
        "in_effect",
        "The ceasefire, which collapsed twice last year, has held firm since it took effect on Friday.",
        OK,
        SUPPORTED,
        "has held since Friday",
    ),
]:
    truce(C, value, sentence, expect, strength, why)

C = "excluded"
for value, sentence, expect, strength, why in [
    (
        "enacted",
        "Parliament's lower house adopted the tariff bill on Thursday; the upper house votes next month.",
        NO,
        STRONG,
        "one house adopted it",
    ),
    (
        "introduced",
        "The bill passed the Senate 71-25 on Wednesday.",
        NO,
        STRONG,
        "passed, not just introduced",
    ),
    (
        "passed_one_chamber",
        "Representative Kaur filed the bill on Monday with 14 co-sponsors.",
        NO,
        STRONG,
        "only filed",
    ),
    (
        "introduced",
        "Representative Kaur filed the bill on Monday with 14 co-sponsors.",
        OK,
        SUPPORTED,
        "filed",
    ),
    (
        "passed_one_chamber",
        "The Assembly approved the sanctions bill 61-12 on Monday, sending it to the upper house.",
        OK,
        SUPPORTED,
        "one chamber approved it",
    ),
    (
        "passed_one_chamber",
        "The bill cleared the House of Commons on Wednesday and now goes to the Senate.",
        OK,
        SUPPORTED,
        "cleared one house",
    ),
    (
        "enacted",
        "The governor signed the tariff bill on Thursday, making it law.",
        OK,
        SUPPORTED,
        "signed, law",
    ),
    (
        "introduced",
        "Two senators unveiled a bill on Tuesday to sanction the port operators.",
        OK,
        SUPPORTED,
        "unveiled a bill",
    ),
    (
        "enacted",
        "The Senate passed the export-control bill by voice vote on Tuesday; the House has not scheduled a vote.",
        NO,
        STRONG,
        "passed the Senate only",
    ),
    (
        "enacted",
        "The Assembly approved the sanctions bill 61-12 on Monday, sending it to the upper house.",
        NO,
        STRONG,
        "one chamber approved it",
    ),
    (
        "enacted",
        "The bill cleared the House of Commons on Wednesday and now goes to the Senate.",
        NO,
        STRONG,
        "cleared one house",
    ),
    (
        "passed_one_chamber",
        "The president signed the sanctions bill into law on Monday.",
        NO,
        STRONG,
        "signed into law",
    ),
    (
        "passed_one_chamber",
        "The measure became law on Friday when the governor signed it.",
        NO,
        STRONG,
        "became law",
    ),
    (
        "introduced",
        "The president signed the sanctions bill into law on Monday.",
        NO,
        STRONG,
        "law, not just introduced",
    ),
    (
        "enacted",
        "Senator Ortiz introduced the bill on Tuesday; it was referred to the Finance Committee.",
        NO,
        STRONG,
        "only introduced",
    ),
    (
        "passed_one_chamber",
        "The Senate passed the bill by unanimous consent on Tuesday; the House has yet to act.",
        OK,
        SUPPORTED,
        "passed the Senate",
    ),
    (
        "enacted",
        "The president signed the bill into law on Monday, after both chambers passed it.",
        OK,
        SUPPORTED,
        "signed into law",
    ),
    (
        "introduced",
        "Senator Ortiz introduced the bill on Tuesday; it was referred to the Finance Committee.",
        OK,
        SUPPORTED,
        "introduced",
    ),
    (
        "enacted",
        "The sanctions bill became law on Friday without the governor's signature.",
        OK,
        SUPPORTED,
        "became law",
    ),
    (
        "passed_one_chamber",
        "The House voted 402-11 on Thursday to pass the bill.",
        OK,
        SUPPORTED,
        "voted to pass",
    ),
]:
    measure(C, value, sentence, expect, strength, why)


# a bloc's package or an executive act has no chambers: "adopted" by a council is no single
# chamber's vote, so another stage's wording refuses nothing strongly (the lead's fix, after
# check 37's EU package; at most unconfirmed)
for instrument, sentence in [
    (
        "bloc_package",
        "The Council today adopted a ninth package of restrictive measures against Belarus.",
    ),
    (
        "bloc_package",
        "EU ministers adopted the sanctions package on Monday after Hungary lifted its veto.",
    ),
    (
        "executive_action",
        "The cabinet adopted the tariff decree at its weekly meeting on Wednesday.",
    ),
]:
    fact = {"instrument": instrument, "status": "enacted", "evidence": [sentence]}
    built.add(C, True, f"{instrument} enacted: adopted by a council (no unsupported flag)",
              built.page(sentence), {"sanctions": [fact]}, "sanctions[0].status",
              check="tier")  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
