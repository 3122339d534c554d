"""Build the review-18 set (``grounding_review18.jsonl``): two regressions a fresh-eyes review
of session 18's rules found. By category:

- ``returned``: a measure's latest state by the order of its verbs. A measure lifted or
  suspended and then back ("were suspended in March but took effect again on Monday",
  "came back into force", "were reinstated", "reimposed") is in force / imposed; one that
  took effect and was later suspended or lifted in the same sentence ("took effect in May but
  were suspended on Monday") is not in force. The month "May" is no modal of prospect.
- ``echoed``: an elliptical repeat of a stance's verb gives the other party the same stance
  ("Armenia endorsed the framework on Friday, a day after Azerbaijan did", "as did X", "so
  did X", "X followed suit"); a negated repeat ("but X did not", "nor did X") or a verb of
  the party's own ("a day after X rejected it") does not.

Run ``python tests/data/make_review18_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_review18.jsonl")

LEADS = [
    "HANOI (Mekong Ledger) -",
    "LIVE | Trade desk updates",
    "The Lisbon Herald | Business",
    "Briefing note | Ministry of Commerce",
    "From our correspondent in Lima.",
    "OSLO, June 4 (Nordic Wire) --",
]
built = SupportCases("rv18", LEADS)
OK, NO = True, False


def measure(value, sentences, expect, why, instrument="other"):
    item = {"status": value, "instrument": instrument, "evidence": sentences}
    built.add(
        "returned", expect, f"measure {value}: {why}", built.page(*sentences),
        {"sanctions": [item]}, "sanctions[0].status",
    )  # fmt: skip


for value, sentences, expect, why in [
    (
        "in_force",
        ["The duties were suspended in March but took effect again on Monday."],
        OK,
        "suspended, then in effect again",
    ),
    (
        "in_force",
        ["The levies were lifted in 2019 but came back into force on Monday."],
        OK,
        "lifted, then back into force",
    ),
    (
        "in_force",
        ["Import quotas on steel, waived last autumn, were reinstated on Thursday."],
        OK,
        "waived, then reinstated",
    ),
    (
        "in_force",
        ["The export curbs went back into effect at midnight after a three-month pause."],
        OK,
        "back into effect after a pause",
    ),
    (
        "in_force",
        [
            "The fuel levy was suspended in January.",
            "It took effect again on Monday, the ministry said.",
        ],
        OK,
        "a return in a later sentence",
    ),
    (
        "in_force",
        ["Having been lifted in 2021, the visa bans came back into force this week."],
        OK,
        "a fronted lifting, then back in force",
    ),
    ("in_force", ["The duties took effect in May."], OK, "the month May is no modal"),
    (
        "in_force",
        ["The quotas have been in force since May, officials said."],
        OK,
        "since May: in force",
    ),
    (
        "in_force",
        ["The tariffs, paused in February, took effect again on Tuesday."],
        OK,
        "a paused aside, then in effect again",
    ),
    (
        "imposed",
        ["The tariffs, which were lifted briefly in May, were reimposed on Monday."],
        OK,
        "lifted in an aside, reimposed",
    ),
    (
        "imposed",
        ["The government imposed the duties on Monday, a month after it lifted an earlier set."],
        OK,
        "an earlier lifting after 'after'",
    ),
    (
        "imposed",
        ["Washington reimposed the levies on Friday after lifting them in March."],
        OK,
        "reimposed after a lifting",
    ),
    (
        "in_force",
        ["The tariffs took effect in May but were suspended on Monday."],
        NO,
        "took effect, then suspended",
    ),
    (
        "in_force",
        ["The tariffs took effect in May but were suspended on Monday for 90 days."],
        NO,
        "took effect, then suspended for 90 days",
    ),
    (
        "in_force",
        ["The sanctions came into force in 2014 but were lifted on Monday."],
        NO,
        "in force, then lifted",
    ),
    (
        "in_force",
        ["The sanctions, in force since 2014, were lifted on Monday."],
        NO,
        "an in-force aside, then lifted",
    ),
    (
        "in_force",
        ["The duties were lifted on Monday, two years after they took effect."],
        NO,
        "in effect before 'after', lifted now",
    ),
    (
        "in_force",
        ["The export ban entered into force in March and was then suspended by the court."],
        NO,
        "in force, then suspended",
    ),
    (
        "in_force",
        ["Quotas that had taken effect in April were waived on Wednesday."],
        NO,
        "a relative's earlier start, waived now",
    ),
    (
        "in_force",
        ["The levy took effect on January 1.", "It was suspended on Monday pending a review."],
        NO,
        "a suspension in a later sentence",
    ),
    (
        "in_force",
        ["The curbs went into effect last year, but Brussels paused them on Friday."],
        NO,
        "in effect, then paused by another subject",
    ),
    (
        "in_force",
        ["The tariffs took effect in May, but a court suspended them a week later."],
        NO,
        "in effect, then suspended a week later",
    ),
    (
        "imposed",
        ["The duties imposed in May were lifted on Monday."],
        NO,
        "imposed in a participle, lifted now",
    ),
    (
        "imposed",
        ["Ottawa imposed the levies in 2022 but lifted them on Tuesday."],
        NO,
        "imposed, then lifted",
    ),
]:
    measure(value, sentences, expect, why)

for sentence, party, expect in [
    ("Armenia endorsed the framework on Friday, a day after Azerbaijan did.", "Azerbaijan", OK),
    ("Armenia endorsed the framework on Friday, a day after Azerbaijan did.", "Armenia", OK),
    ("Serbia accepted the truce terms, two days after Kosovo had.", "Kosovo", OK),
    ("Ethiopia signed the ceasefire on Monday, as did Eritrea.", "Eritrea", OK),
    ("Israel agreed to the pause on Sunday, and so did Hamas.", "Hamas", OK),
    ("Colombia endorsed the plan on Tuesday, and Venezuela followed suit.", "Venezuela", OK),
    ("Ukraine accepted the proposal last week, hours before Russia did.", "Russia", OK),
    (
        "Sudan's army agreed to the truce on Sunday, as the RSF had done a day earlier.",
        "Sudan's army",
        OK,
    ),
    ("Pakistan signed the accord on Monday, a week after India did so.", "India", OK),
    ("Georgia backed the deal on Monday; Turkey did too.", "Turkey", OK),
    ("Rwanda accepted the framework in Doha, weeks after Congo had.", "Congo", OK),
    ("Lebanon endorsed the arrangement on Friday, just as Israel did.", "Israel", OK),
    (
        "Armenia endorsed the framework on Friday, a day after Azerbaijan rejected it.",
        "Azerbaijan",
        NO,
    ),
    ("Armenia endorsed the framework on Friday, but Azerbaijan did not.", "Azerbaijan", NO),
    ("Serbia accepted the truce terms, two days after Kosovo had turned them down.", "Kosovo", NO),
    ("Ethiopia signed the ceasefire on Monday, while Eritrea refused to.", "Eritrea", NO),
    ("Israel agreed to the pause, but Hamas did not, mediators said.", "Hamas", NO),
    ("Colombia endorsed the plan on Tuesday, a day after Venezuela dismissed it.", "Venezuela", NO),
    (
        "Ukraine accepted the proposal last week, hours before Russia rejected it outright.",
        "Russia",
        NO,
    ),
    ("Pakistan signed the accord on Monday, a week after India had refused to sign.", "India", NO),
    ("Georgia signed the deal on Monday; Turkey has not.", "Turkey", NO),
    ("Rwanda accepted the framework in Doha, weeks after Congo walked away from it.", "Congo", NO),
    ("Lebanon endorsed the arrangement on Friday, though Israel has yet to respond.", "Israel", NO),
    ("Jordan signed the pact on Monday, and Syria did not follow suit.", "Syria", NO),
]:
    built.stance_party("echoed", party, "agreed", sentence, expect)


def summit(value, sentences, expect, why):
    parties = ["Kemal Aydin", "Irena Novak"]
    built.meeting_status(
        "earlier-call", expect, value, sentences, f"summit {value}: {why}", parties
    )


# ``earlier-call`` (the lead's merge check, the eval's gold 118): a "held" worded in another
# evidence sentence replaces "scheduled" only when it is the meeting itself, not a phone or
# video call and not an exchange the pluperfect places before the story ("had talked").
for value, sentences, expect, why in [
    (
        "scheduled",
        [
            "Aydin announced that he had talked by telephone with Irena Novak.",
            "He said the two would meet in Sarajevo in the near future.",
        ],
        OK,
        "an earlier phone conversation",
    ),
    (
        "scheduled",
        ["Aydin and Novak spoke by phone on Monday.", "They will meet in Skopje in June."],
        OK,
        "spoke by phone",
    ),
    (
        "scheduled",
        ["Aydin and Novak held a video call on Tuesday.", "A summit in Tirana is planned for May."],
        OK,
        "a video call",
    ),
    (
        "scheduled",
        ["Aydin had already met Novak twice.", "The pair will hold talks in Podgorica next week."],
        OK,
        "an earlier meeting in the pluperfect",
    ),
    (
        "scheduled",
        ["Aydin phoned Novak on Sunday.", "The two leaders are due to meet in Ohrid on May 3."],
        OK,
        "phoned",
    ),
    (
        "scheduled",
        [
            "Aydin and Novak had last met in Vienna.",
            "They are scheduled to meet in Bled on Friday.",
        ],
        OK,
        "had last met",
    ),
    (
        "scheduled",
        [
            "The leaders held a telephone conversation late on Wednesday.",
            "Aydin and Novak will meet in Budva next month, officials said.",
        ],
        OK,
        "a telephone conversation",
    ),
    (
        "scheduled",
        ["Aydin told reporters he had spoken with Novak.", "A meeting in Struga is set for July."],
        OK,
        "had spoken",
    ),
    (
        "scheduled",
        [
            "Novak and Aydin conferred by telephone for an hour.",
            "They plan to meet in Kotor in the autumn.",
        ],
        OK,
        "conferred by telephone",
    ),
    (
        "scheduled",
        ["Aydin had held talks with Novak in 2021.", "The two will meet again in Split on Monday."],
        OK,
        "had held talks, earlier",
    ),
    (
        "scheduled",
        [
            "Aydin and Novak will meet in Sarajevo on Monday.",
            "UPDATE: Aydin and Novak met for two hours on Monday.",
        ],
        NO,
        "an update: the meeting was held",
    ),
    (
        "scheduled",
        [
            "Aydin and Novak were due to meet in Skopje.",
            "They met on Tuesday at the lakeside villa.",
        ],
        NO,
        "due, then met",
    ),
    (
        "scheduled",
        ["The summit had been scheduled for Friday.", "It was held on Friday in Tirana."],
        NO,
        "had been scheduled, then held",
    ),
    (
        "scheduled",
        ["Aydin was to host Novak in Ohrid.", "The two leaders met there on Saturday."],
        NO,
        "was to host, then met",
    ),
    (
        "scheduled",
        ["A summit in Bled was planned for June.", "Aydin and Novak held talks in Bled on June 3."],
        NO,
        "planned, then held talks",
    ),
    (
        "scheduled",
        [
            "Aydin and Novak are scheduled to meet in Split.",
            "Update, 18:40: the two leaders have met.",
        ],
        NO,
        "have met",
    ),
    (
        "scheduled",
        [
            "The summit, which critics call a photo opportunity, was held on Friday.",
            "It had been planned for months.",
        ],
        NO,
        "'call' as a verb is no phone call",
    ),
    (
        "scheduled",
        [
            "Talks in Kotor were set for Monday.",
            "Aydin and Novak met in Kotor on Monday as planned.",
        ],
        NO,
        "met as planned",
    ),
    (
        "scheduled",
        ["Aydin and Novak will meet on Tuesday.", "The meeting took place on Tuesday in Budva."],
        NO,
        "took place",
    ),
    (
        "scheduled",
        ["A summit in Struga was announced in March.", "It was held in Struga on June 2."],
        NO,
        "announced, then held",
    ),
]:
    summit(value, sentences, expect, why)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
