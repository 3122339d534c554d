# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 46's days (``grounding_days46.jsonl``): value-support cases for a
day whose owner is read from the clause it sits in, by category, each with what must pass and
what must fail:

- ``since-when``: "have not met since October 5, when Aliyev stayed away from a planned
  meeting in Granada" gives the day to the meeting the "when" clause tells of (held, skipped,
  called off): it passes for that meeting, and fails for a meeting still to come; a "when"
  clause about something else ("since March 3, when the border clashes began") keeps the day
  from any meeting;
- ``life-day``: a day governed by a word of a person's life or death ("died on Wednesday at
  his home", "was buried on Tuesday", "resigned on Monday", "Friday's funeral") is not a
  meeting's, a truce's start or a measure's introduction; a meeting's own day beside a death
  ("met on Tuesday, a week after X died") and a meeting held at the funeral pass;
- ``committee-day``: a committee's stage ("ordered the bill reported", "marked up", "reported
  out of committee", a committee as the clause's subject) is not the bill's introduction; the
  day of "introduced ... and referred to the Committee" is.

Run ``python tests/data/make_days46_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_days46.jsonl")

built = SupportCases(
    "d46",
    leads=[
        "TBILISI (Caucasus Wire) -",
        "By Odile Ferrand | The Loire Gazette",
        "From our correspondent in Accra.",
        "CAPITOL NOTES | The Potomac Ledger",
        "Translated from the Korean service of the Han River Daily.",
        "LIVE | The Baltic Observer, updated 09:40",
    ],
)
SINCE, LIFE, COMMITTEE = "since-when", "life-day", "committee-day"
PUBLISHED = "2025-10-22"


def case(
    category: str, expect: bool, why: str, sentence: str, kind: str, field: str, value: Any,
    extra: dict[str, Any],
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value``, backed by ``sentence``."""
    built.dated_fact(category, expect, why, [sentence], kind, field, value, PUBLISHED, extra)


def meeting(category: str, expect: bool, why: str, sentence: str, value: str,
            parties: list[str], status: str = "held") -> None:  # fmt: skip
    case(category, expect, why, sentence, "summits", "planned_timing", value,
         {"parties": parties, "status": status})  # fmt: skip


def bill(category: str, expect: bool, why: str, sentence: str, value: str) -> None:
    case(category, expect, why, sentence, "sanctions", "introduced", value,
         {"instrument": "bill"})  # fmt: skip


def truce(expect: bool, why: str, sentence: str, value: str) -> None:
    case(LIFE, expect, why, sentence, "ceasefires", "starts", value,
         {"kind": "full", "status": "in_effect"})  # fmt: skip


# --- since-when: the "when" clause owns the day after "since" -------------------------------

S = "Prime Minister Tamaz Gelashvili and President Ruslan Orbeliani have not met in person since March 14, when Orbeliani stayed away from a planned summit in Batumi."
meeting(
    SINCE,
    True,
    "the skipped summit the when-clause tells of",
    S,
    "March 14",
    ["Gelashvili", "Orbeliani"],
    "cancelled",
)
meeting(
    SINCE,
    False,
    "a meeting still to come is not the skipped one",
    S,
    "March 14",
    ["Gelashvili", "Orbeliani"],
    "scheduled",
)
S = "The two foreign ministers have not sat down together since 2 June, when they met for three hours in Lausanne."
meeting(SINCE, True, "the Lausanne meeting's day", S, "2 June", ["foreign ministers"])
S = "Kenya and Uganda have had no high-level contact since August 19, when talks in Kampala were called off over a fishing dispute."
meeting(SINCE, True, "talks called off that day", S, "August 19", ["Kenya", "Uganda"], "cancelled")
S = "Seoul and Tokyo have held no summit since last April, when Prime Minister Ito skipped a meeting in Busan."
meeting(SINCE, True, "the skipped Busan meeting", S, "last April", ["Seoul", "Tokyo"], "cancelled")
S = "Mr Haddad and Ms Quiroga, who have not spoken face to face since Nov. 3, when their session in Lima ended without a statement, are to meet again in Quito next week."
meeting(SINCE, True, "the Lima session's day", S, "Nov. 3", ["Haddad", "Quiroga"])
meeting(
    SINCE,
    False,
    "the Quito meeting is next week, not Nov. 3",
    S,
    "Nov. 3",
    ["Haddad", "Quiroga"],
    "scheduled",
)
S = "Ankara and Athens have not met at leaders' level since 11 September, when a visit by the Greek premier to Ankara ended in a public row."
meeting(SINCE, True, "the visit's day", S, "11 September", ["Ankara", "Athens"])
S = "There has been no encounter between the two presidents since January 30, when the Addis Ababa summit broke up early."
meeting(SINCE, True, "the summit that broke up", S, "January 30", ["the two presidents"])
S = "The negotiators have not convened since 5 May, when Colonel Adeyemi walked out of a session in Abuja."
meeting(SINCE, True, "the session he walked out of", S, "5 May", ["negotiators"])
S = "Both leaders have avoided each other since October 8, when Ms Novak failed to turn up for talks in Ljubljana."
meeting(SINCE, True, "the talks she missed", S, "October 8", ["Novak"], "cancelled")
S = "They last met on 2 December and have not met since 2 December, when the round in Oslo closed."
meeting(SINCE, True, "the Oslo round's day", S, "2 December", ["negotiators"])
S = "The two presidents have not spoken since March 3, when border clashes broke out near Lake Albert."
meeting(SINCE, False, "the day the clashes broke out", S, "March 3", ["the two presidents"])
S = "Relations have been frosty since 14 February, when Lisbon expelled a Spanish diplomat."
meeting(SINCE, False, "the day of an expulsion", S, "14 February", ["Lisbon", "Madrid"])
S = "Leaders of the two Koreas have not met since April 2, when the northern side fired three missiles over the sea."
meeting(SINCE, False, "the day of a missile launch", S, "April 2", ["North Korea", "South Korea"])
S = "The premiers, who have not talked since June 9, when the pipeline deal collapsed, will hold a summit in Riga on Friday."
meeting(
    SINCE,
    False,
    "the day a deal collapsed, not the Riga summit's",
    S,
    "June 9",
    ["premiers"],
    "scheduled",
)
S = "No minister has visited Caracas since 21 July, when the election results were announced."
meeting(SINCE, False, "the day results were announced", S, "21 July", ["ministers"])
S = "Mr Dlamini and Mr Okafor have not met since Aug. 12, when Mr Okafor lost the party leadership vote."
meeting(SINCE, False, "the day of a lost leadership vote", S, "Aug. 12", ["Dlamini", "Okafor"])
S = "The envoys, who have not met since Oct. 2, when Ms Berg skipped a planned meeting in Bern, will hold talks in Geneva on Monday."
meeting(
    SINCE,
    False,
    "the Geneva talks are Monday's, not the skipped meeting's",
    S,
    "Oct. 2",
    ["envoys"],
    "scheduled",
)
S = "Chile and Bolivia have not held talks since May 17, when a court in The Hague delivered its ruling."
meeting(SINCE, False, "the day of a court ruling", S, "May 17", ["Chile", "Bolivia"])
S = "The two ministers have barely spoken since 4 March, when protesters stormed the embassy."
meeting(SINCE, False, "the day protesters stormed an embassy", S, "4 March", ["two ministers"])

# --- life-day: a day governed by a word of a person's life is that happening's ---------------

S = "Ambassador Rolf Sandvik, who brokered talks between Oslo and Reykjavik in July, died on Wednesday at his home in Bergen."
meeting(LIFE, False, "the death's day, not the talks'", S, "Wednesday", ["Oslo", "Reykjavik"])
meeting(LIFE, True, "the talks' month", S, "in July", ["Oslo", "Reykjavik"])
S = "Scholz met Tusk in Warsaw last week; the former chancellor Hans Mertel was buried on Tuesday."
meeting(LIFE, False, "a burial's day", S, "Tuesday", ["Scholz", "Tusk"])
S = "Scholz met Tusk in Warsaw on Tuesday, a week after the former chancellor Hans Mertel died."
meeting(LIFE, True, "the meeting's own day beside a death", S, "Tuesday", ["Scholz", "Tusk"])
S = "Xi received Blinken in Beijing on Wednesday, hours after the death of a former envoy was announced."
meeting(
    LIFE, True, "the meeting's day, the death only timing it", S, "Wednesday", ["Xi", "Blinken"]
)
S = "Foreign Minister Adaeze Obi, who hosted the Lagos talks, resigned on Monday over a budget row."
meeting(LIFE, False, "a resignation's day", S, "Monday", ["Nigeria", "Ghana"])
S = "The opposition leader who signed the truce was arrested on Friday, two days after the talks in Goma."
meeting(LIFE, False, "an arrest's day", S, "Friday", ["the opposition", "the government"])
truce(False, "an arrest's day, not the truce's start", S, "Friday")
S = "Presidents Mahama and Ouattara met at the funeral on Saturday and agreed to reopen the border."
meeting(LIFE, True, "a meeting held at the funeral", S, "Saturday", ["Mahama", "Ouattara"])
S = "Mahama and Ouattara will meet in Abidjan next month; Saturday's funeral drew both men."
meeting(
    LIFE,
    False,
    "the funeral's day, the meeting is next month",
    S,
    "Saturday",
    ["Mahama", "Ouattara"],
    "scheduled",
)
S = "The truce brokered by the late Bishop Kanyonga took effect on Sunday; the bishop had died in March."
truce(True, "the truce's own start", S, "Sunday")
truce(False, "the bishop's death", S, "in March")
S = "A ceasefire began on Thursday, the day the rebel commander Jean-Paul Mbeki was killed."
truce(True, "the ceasefire's start that the clause names", S, "Thursday")
S = "The rebel commander Jean-Paul Mbeki was killed on Thursday, and a ceasefire followed a week later."
truce(False, "a killing's day", S, "Thursday")
S = "Both delegations met in Muscat on 9 March to discuss the prisoner exchange, weeks before the mediator was hospitalised."
meeting(LIFE, True, "the Muscat meeting's day", S, "9 March", ["delegations"])
S = "The mediator was hospitalised on 9 March; the delegations met in Muscat a week later."
meeting(LIFE, False, "a hospital stay's day", S, "9 March", ["delegations"])
S = "Prime Minister Ishikawa, born on 4 May 1961 in Sendai, met President Moon in Seoul on Friday."
meeting(LIFE, False, "a birthday", S, "4 May 1961", ["Ishikawa", "Moon"])
meeting(LIFE, True, "the Seoul meeting's day", S, "Friday", ["Ishikawa", "Moon"])
S = "Senator Whitcombe, who introduced the sanctions bill on March 2, died on April 9."
bill(LIFE, True, "the introduction's day", S, "March 2")
bill(LIFE, False, "the sponsor's death", S, "April 9")
S = "The leaders held a summit in Kigali on Friday, after the assassination of a general in Goma."
meeting(LIFE, True, "the summit's day", S, "Friday", ["leaders"])
S = "Her wedding on 12 June brought the two prime ministers to Florence for a brief chat."
meeting(
    LIFE,
    False,
    "a wedding's day (a meeting at it is not told as held that day)",
    S,
    "12 June",
    ["prime ministers"],
)
S = "The two prime ministers talked briefly during the wedding on 12 June in Florence."
meeting(LIFE, True, "a chat during the wedding", S, "12 June", ["prime ministers"])

# --- committee-day: a committee's stage is not the bill's introduction ----------------------

S = "On April 11, 2025, the Committee on Foreign Affairs ordered the bill reported, as amended, by a recorded vote of 41 yeas to 3 nays."
bill(COMMITTEE, False, "the committee's order to report", S, "April 11, 2025")
S = "The Foreign Relations Committee marked up the sanctions bill on Thursday."
bill(COMMITTEE, False, "a markup", S, "Thursday")
S = "The measure was reported out of committee on June 4 with bipartisan support."
bill(COMMITTEE, False, "reported out of committee", S, "June 4")
S = "The House Financial Services Committee approved the bill on May 2 by 31 votes to 20."
bill(COMMITTEE, False, "a committee vote", S, "May 2")
S = "On 8 October, the Select Committee on Trade reported favourably on the levy bill."
bill(COMMITTEE, False, "a favourable report", S, "8 October")
S = "The subcommittee held a markup of the bill on Sept. 18, a week after hearings."
bill(COMMITTEE, False, "the subcommittee's markup", S, "Sept. 18")
S = "The panel advanced the legislation on Wednesday on a party-line vote."
bill(COMMITTEE, False, "the panel advanced it", S, "Wednesday")
S = "Representative Alvarez introduced the bill on February 6; the Judiciary Committee marked it up on March 12."
bill(COMMITTEE, True, "the introduction's day", S, "February 6")
bill(COMMITTEE, False, "the markup's day", S, "March 12")
S = "The bill was introduced on March 5 by Representative Okonjo and referred to the Committee on Energy and Commerce."
bill(COMMITTEE, True, "introduced and referred", S, "March 5")
S = "Senators Vance and Brown filed the bill on May 2; the Banking Committee will take it up in June."
bill(COMMITTEE, True, "filed that day", S, "May 2")
bill(COMMITTEE, False, "the committee's month", S, "in June")
S = "Committee chair Dana Whitlock introduced the tariff bill on 14 January."
bill(COMMITTEE, True, "the chair introduced it", S, "14 January")
S = "On 3 February the bill was tabled in the Senate and sent to the trade committee."
bill(COMMITTEE, True, "tabled that day", S, "3 February")
S = "The levy bill, submitted on Monday by the finance ministry, goes to the budget committee next week."
bill(COMMITTEE, True, "submitted on Monday", S, "Monday")
S = "The chair of the Ways and Means Committee filed the tariff bill on July 21."
bill(COMMITTEE, True, "the committee chair filed it", S, "July 21")
S = "A bipartisan group unveiled the bill on 30 April, and committee hearings begin in May."
bill(COMMITTEE, True, "unveiled that day", S, "30 April")
S = "On October 2, Senator Pryce introduced the measure with the backing of the Armed Services Committee."
bill(COMMITTEE, True, "introduced with a committee's backing", S, "October 2")
S = "Representative Mwangi sponsored the bill, which she introduced on 19 March before the committee took it up in April."
bill(COMMITTEE, True, "introduced on 19 March", S, "19 March")
bill(COMMITTEE, False, "the committee took it up in April", S, "in April")
S = "On 12 May, Senator Ama Boateng, who sits on the finance committee, tabled the levy bill."
bill(COMMITTEE, True, "a committee member tabled it, the day opening the clause", S, "12 May")
S = "On January 9, Rep. Tomas Reyes, chair of the Subcommittee on Trade, introduced H.R. 4410 with two co-sponsors."
bill(COMMITTEE, True, "the subcommittee chair introduced it", S, "January 9")
S = "On January 16, the Subcommittee on Trade, which Rep. Reyes chairs, marked up H.R. 4410."
bill(COMMITTEE, False, "the subcommittee's markup", S, "January 16")
S = "The Intelligence Committee reported the bill on 9 June, four weeks after it was introduced."
bill(COMMITTEE, False, "the committee reported it", S, "9 June")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
