# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-42 set (``grounding_status42.jsonl``): a status the page states without its
keyword, a status a later stage replaces, and a count of another occasion (an outside check,
session 19: check 42's causes 4 and 7). Each case's why names the strength of its verdict
(:func:`support_sets.graded_check`). By category:

- ``present``: a measure stated as its issuer's act now, in the present or in "will" with a
  time ("The Treasury will this morning freeze ...", "Canada imposes a surtax ...", "Japan is
  raising its duty ...") is announced (:mod:`present_measures`); one weighed, threatened,
  urged, refused, put in a modal or a bill's "would", or a measure long in place, is not;
- ``standing``: a truce named as the frame of what is done under it ("under the ceasefire",
  "as part of a trade truce", "in line with the truce") is agreed (:mod:`truce_terms`); a
  proposed, draft, hoped-for or rejected truce is not;
- ``renewed``: a truce "renewed", "rolled over" or that "runs until" a later day is in
  effect, and so is one renewed after it lapsed (:mod:`renewals`); one whose renewal is hoped
  for, refused, or followed by its end is not;
- ``superseded``: a meeting put off and then held is held, not postponed (and not on hold)
  (:mod:`status_later`); one put off with no meeting after it stays postponed;
- ``occasion``: a count whose number stands only in a sentence marked as another occasion (an
  advisory vote, a first reading, last year's ballot, "when it was introduced") is not the
  count of the story's own tally given elsewhere in its evidence (:mod:`count_occasions`);
  with an ``as_of`` or a ``what`` naming that occasion, or with no other tally, it stands.

Run ``python tests/data/make_status42_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures and bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_status42.jsonl")

LEADS = [
    "NAIROBI, March 4 (Rift Valley Wire) -",
    "Press release | Department for Trade",
    "The Baltic Ledger | Europe",
    "Live blog | Vote day in the assembly",
    "By our correspondent in Manila.",
    "SANTIAGO (Andes Report) --",
    "Morning briefing: trade and security",
    "Transcript | The Policy Hour, episode 212",
]
built = SupportCases("st42", LEADS)
PAIRS = [["Ruto", "Museveni"], ["Lula", "Boric"], ["Marcos", "Anwar"], ["Tusk", "Fiala"]]


ANY = "refused"  # refused at either strength


def fact(category, kind, value, sentences, expect, strength, why, **extra):
    item = {"status": value, "evidence": sentences, **extra}
    if strength == ANY:
        built.add(category, expect, f"{kind} {value}: {why} (refused)", built.page(*sentences),
                  {kind: [item]}, f"{kind}[0].status")  # fmt: skip
        return
    built.graded(category, expect, strength, f"{kind} {value}: {why}", built.page(*sentences),
                 {kind: [item]}, f"{kind}[0].status")  # fmt: skip


def measure(value, sentence, expect, strength, why):
    fact("present", "sanctions", value, [sentence], expect, strength, why, instrument="other")


def truce(category, value, sentence, expect, strength, why):
    fact(category, "ceasefires", value, [sentence], expect, strength, why)


def summit(value, sentences, parties, expect, strength, why, place=None):
    fact("superseded", "summits", value, sentences, expect, strength, why, parties=parties,
         planned_location=place)  # fmt: skip


def count(what, number, sentences, expect, strength, why, as_of=None):
    entry = {"what": what, "value": {"value": number, "qualifier": "exact"}, "as_of": as_of}
    item = {"instrument": "other", "counts": [entry], "evidence": sentences}
    built.graded("occasion", expect, strength, f"count {what} = {number} (as_of {as_of}): {why}",
                 built.page(*sentences), {"sanctions": [item]}, "sanctions[0].counts[0].value")  # fmt: skip


OK, NO = True, False

# --- present: a measure stated as the issuer's act now is announced
for sentence, why in [
    (
        "The Government will today sanction up to 80 tankers carrying Iranian oil, the Foreign Secretary will tell MPs.",
        "will today sanction",
    ),
    ("Washington cuts its duty on Vietnamese shrimp to 12% from 25%.", "present: cuts its duty"),
    (
        "Canada imposes a 15 percent surtax on Chinese aluminium from Monday, Ottawa said.",
        "present with a start day",
    ),
    ("Japan is raising its levy on imported wheat to 18 percent this month.", "is raising"),
    ("Brussels today slaps provisional duties of up to 31% on Turkish steel pipes.", "today slaps"),
    (
        "Starting Sunday, Indonesia bans the export of raw nickel, the trade ministry said.",
        "fronted start, bans",
    ),
    (
        "The Treasury will this morning freeze the assets of nine shipping firms in Dubai.",
        "will this morning freeze",
    ),
    (
        "Under the decree, Argentina lowers its tax on soybean exports to 26%.",
        "fronted frame, lowers",
    ),
    (
        "Kenya puts a 35% levy on imported sugar as of midnight, according to the finance ministry.",
        "puts a levy as of midnight",
    ),
    (
        "New Zealand will from tomorrow impose travel bans on 12 Russian officials, the foreign minister said.",
        "will from tomorrow impose",
    ),
    (
        "The European Commission adds 21 companies to its export blacklist in the new package.",
        "the Commission adds",
    ),
]:
    measure("announced", sentence, OK, SUPPORTED, why)
for sentence, why in [
    ("The Government may sanction up to 80 tankers, officials said.", "may: not decided"),
    ("Washington could cut its duty on Vietnamese shrimp to 12% if talks succeed.", "could ... if"),
    (
        "Canada would impose a 15 percent surtax on Chinese aluminium under a draft plan.",
        "would under a draft",
    ),
    ("Japan is considering raising its levy on imported wheat.", "considering"),
    ("Farm groups urged Brussels to slap duties on Turkish steel pipes.", "urged"),
    ("Indonesia threatened to ban the export of raw nickel.", "threatened"),
    ("Analysts say the Treasury should freeze the assets of the nine firms.", "should"),
    ("The bill would ban the export of raw nickel for five years.", "a bill's would"),
    ("Argentina refuses to lower its tax on soybean exports, the minister said.", "refuses"),
    ("Kenya is not imposing a levy on imported sugar, the ministry insisted.", "negated"),
    (
        "Washington already imposes a 25% duty on Chinese steel, in place since 2018.",
        "a standing measure",
    ),
]:
    measure("announced", sentence, NO, WEAK, why)

# --- standing: a truce named as the frame of what is done under it is agreed
for sentence, why in [
    (
        "The commerce ministry described the six-month pause in export licences as part of a trade truce that, it said, could be extended.",
        "part of a trade truce, relative modal",
    ),
    (
        "Both armies pulled back three kilometres under the ceasefire, the monitors reported.",
        "under the ceasefire",
    ),
    (
        "Saturday's exchange of 50 prisoners was the first under the truce.",
        "the first under the truce",
    ),
    (
        "In line with the truce, fuel trucks crossed into the city on Wednesday.",
        "in line with the truce",
    ),
    (
        "Under the terms of the armistice, artillery must stay 15 km from the line.",
        "the terms of the armistice",
    ),
    (
        "The quiet on the border, part of a wider truce brokered by Egypt, held through the weekend.",
        "part of a wider truce",
    ),
    (
        "Fishermen went back to sea on Friday, among the first fruits of the truce between the two navies.",
        "fruits of the truce",
    ),
    (
        "The return of bodies was carried out in accordance with the ceasefire.",
        "in accordance with the ceasefire",
    ),
    (
        "Under the truce, the two sides stop shelling each other's grain ports for 30 days.",
        "under the truce, present",
    ),
    (
        "Aid agencies reached 14 villages on Monday in keeping with the humanitarian pause.",
        "in keeping with the pause",
    ),
    (
        "The ministry said Ankara would answer in kind, and called the halt in drone strikes part of the truce agreed in Baku.",
        "a modal in another coordinated clause",
    ),
]:
    truce("standing", "agreed", sentence, OK, SUPPORTED, why)
for sentence, why in [
    (
        "The ministry described the pause as part of a proposed trade truce that Washington has yet to accept.",
        "a proposed truce",
    ),
    (
        "Both armies would pull back three kilometres under a ceasefire being negotiated in Cairo.",
        "being negotiated",
    ),
    ("The swap could be a first step towards a truce, mediators said.", "towards a truce"),
    ("The rebels said they would free hostages as part of any ceasefire deal.", "any deal, would"),
    ("Under a draft truce, fuel trucks would cross into the city.", "a draft"),
    (
        "The pullback, part of a truce that the militia rejected, never happened.",
        "a rejected truce",
    ),
    ("Diplomats hope the calm will become part of a wider truce.", "hope ... will become"),
    ("Under the truce plan circulated on Monday, artillery would move 15 km back.", "a plan"),
    ("No truce has been reached, and the shelling goes on.", "no truce"),
    ("Talks on a possible ceasefire broke up on Sunday without a deal.", "a possible ceasefire"),
]:
    truce("standing", "agreed", sentence, NO, WEAK, why)

# --- renewed: a truce renewed, rolled over or running until a later day is in effect
for sentence, why in [
    (
        "The truce, which lapsed on March 31, was renewed on April 6 until April 30.",
        "renewed after it lapsed",
    ),
    ("The ceasefire was rolled over on Thursday for another 60 days.", "rolled over"),
    (
        "The military government renewed its ceasefire on Saturday, this time until late August.",
        "renewed until",
    ),
    ("The armistice was renewed for a further year on Tuesday.", "renewed for a further year"),
    (
        "Monitors said the truce, renewed twice since January, now runs to October 15.",
        "now runs to",
    ),
    (
        "The ceasefire, first agreed in February, was renewed until the end of the year.",
        "renewed until the end of the year",
    ),
    (
        "After it expired on Friday, the humanitarian pause was renewed on Sunday for two more weeks.",
        "expired, then renewed",
    ),
    ("The guerrillas and the army renewed the truce in Havana on Monday.", "both sides renewed it"),
    ("The Eid truce runs until Thursday evening, the council said.", "runs until"),
    (
        "Both sides rolled over the ceasefire at the last minute, extending it to June 1.",
        "rolled over at the last minute",
    ),
]:
    truce("renewed", "in_effect", sentence, OK, SUPPORTED, why)
for sentence, why in [
    ("Mediators hope the truce will be renewed before it runs out on Friday.", "hoped-for renewal"),
    ("The ceasefire could be rolled over until June if both sides agree.", "could ... if"),
    ("The army proposed rolling over the truce for 30 days; the rebels said no.", "only proposed"),
    ("The junta said it would consider renewing its ceasefire.", "would consider"),
    ("The ceasefire, renewed once in May, lapsed on June 30.", "renewed, then lapsed"),
    ("The armistice, renewed twice last year, expired in January.", "renewed, then expired"),
    ("Calls to roll over the humanitarian pause went unanswered.", "calls to roll over"),
    (
        "The guerrillas said the truce would be renewed only if prisoners were freed.",
        "would, only if",
    ),
    ("The talks on renewing the ceasefire are due to resume next week.", "talks on renewing"),
    (
        "The truce has not been rolled over, and the mediators have left the capital.",
        "not rolled over",
    ),
]:
    truce("renewed", "in_effect", sentence, NO, WEAK, why)
truce(
    "renewed",
    "in_effect",
    "Neither side moved to renew the pause, which ran out on Sunday.",
    NO,
    STRONG,
    "not renewed, ran out",
)

# --- superseded: a meeting put off and then held is held, not postponed
for value, sentences, parties, why in [
    (
        "postponed",
        [
            "The leaders of Brazil and Chile held their first bilateral summit in three years in Santiago on Tuesday.",
            "Brasilia had hoped to host it last autumn, but it was put off.",
        ],
        PAIRS[1],
        "held; the put-off is earlier",
    ),
    (
        "postponed",
        [
            "Ruto and Museveni met in Kampala on Friday.",
            "The talks had been postponed twice because of the floods.",
        ],
        PAIRS[0],
        "met, after two postponements",
    ),
    (
        "postponed",
        [
            "The Marcos-Anwar summit was delayed from March by the storms.",
            "The two leaders finally met in Kuala Lumpur on Thursday.",
        ],
        PAIRS[2],
        "delayed, then met",
    ),
    (
        "postponed",
        [
            "Tusk and Fiala held talks in Prague on Wednesday, weeks after the visit was pushed back."
        ],
        PAIRS[3],
        "held, weeks after it was pushed back",
    ),
    (
        "postponed",
        [
            "The summit, put off in November, was finally held in Nairobi on Monday.",
            "Ruto hosted Museveni at State House.",
        ],
        PAIRS[0],
        "put off, finally held",
    ),
    (
        "on_hold",
        [
            "Lula and Boric sat down in Valparaiso on Saturday for the talks that had been on hold since the spring."
        ],
        PAIRS[1],
        "on hold, then held",
    ),
    (
        "postponed",
        [
            "Marcos and Anwar held their long-delayed meeting in Manila on Sunday.",
            "It had been postponed in January after a cabinet crisis.",
        ],
        PAIRS[2],
        "postponed in January, held on Sunday",
    ),
    (
        "postponed",
        ["After two postponements, Tusk and Fiala met at the border town of Cieszyn on Friday."],
        PAIRS[3],
        "after two postponements, met",
    ),
    (
        "on_hold",
        ["Ruto and Museveni, whose summit was put on hold in May, met in Entebbe on Tuesday."],
        PAIRS[0],
        "on hold in May, met on Tuesday",
    ),
    (
        "postponed",
        ["The twice-postponed summit between Lula and Boric took place in Brasilia on Monday."],
        PAIRS[1],
        "twice-postponed, took place",
    ),
]:
    summit(value, sentences, parties, NO, ANY, why)
for value, sentences, parties, why in [
    (
        "postponed",
        [
            "The summit between Ruto and Museveni, planned for Monday, was postponed.",
            "It was first set for Kampala.",
        ],
        PAIRS[0],
        "postponed, nothing after",
    ),
    (
        "postponed",
        ["Lula and Boric held talks last year; their second summit, due on Monday, was postponed."],
        PAIRS[1],
        "last year's talks were another meeting",
    ),
    (
        "postponed",
        ["The Marcos-Anwar meeting has been pushed back to July, both offices said."],
        PAIRS[2],
        "pushed back",
    ),
    (
        "postponed",
        ["Tusk and Fiala postponed their meeting in Ostrava because of the floods."],
        PAIRS[3],
        "postponed it themselves",
    ),
    (
        "postponed",
        ["Ruto's visit to Kampala for talks with Museveni was delayed by a week, officials said."],
        PAIRS[0],
        "delayed by a week",
    ),
    (
        "on_hold",
        ["The Lula-Boric summit is on hold until the election, aides said."],
        PAIRS[1],
        "on hold",
    ),
    (
        "postponed",
        [
            "Marcos and Anwar last met in 2023.",
            "Their summit planned for Friday has been postponed indefinitely.",
        ],
        PAIRS[2],
        "an earlier meeting, then postponed",
    ),
    (
        "postponed",
        ["The meeting between Tusk and Fiala was rescheduled for next month."],
        PAIRS[3],
        "rescheduled",
    ),
    (
        "on_hold",
        ["Plans for Ruto and Museveni to meet in Arusha have been put on hold."],
        PAIRS[0],
        "put on hold",
    ),
    (
        "postponed",
        [
            "Lula and Boric will not meet on Thursday as planned; the summit was postponed after the quake."
        ],
        PAIRS[1],
        "will not meet; postponed",
    ),
]:
    summit(value, sentences, parties, OK, SUPPORTED, why)
for value, sentences, parties, why in [
    (
        "held",
        [
            "The leaders of Brazil and Chile held their first bilateral summit in three years in Santiago on Tuesday.",
            "Brasilia had hoped to host it last autumn, but it was put off.",
        ],
        PAIRS[1],
        "held after a put-off",
    ),
    (
        "held",
        [
            "Ruto and Museveni met in Kampala on Friday.",
            "The talks had been postponed twice because of the floods.",
        ],
        PAIRS[0],
        "met after postponements",
    ),
]:
    summit(value, sentences, parties, OK, SUPPORTED, why)

summit(
    "postponed",
    ["Tusk and Fiala met in Vienna in August.", "Their summit in Ostrava has been postponed."],
    PAIRS[3],
    OK,
    SUPPORTED,
    "the meeting held was elsewhere",
    "Ostrava",
)
summit(
    "postponed",
    ["The Ostrava summit of Tusk and Fiala, put off in May, was finally held there on Monday."],
    PAIRS[3],
    NO,
    ANY,
    "held at the planned place",
    "Ostrava",
)
summit(
    "on_hold",
    [
        "Ruto told a meeting in Mombasa with party leaders on Friday that his Arusha summit with Museveni was on hold."
    ],
    PAIRS[0],
    OK,
    SUPPORTED,
    "another meeting, elsewhere",
    "Arusha",
)

summit(
    "postponed",
    [
        "Lula and Boric met in Brasilia on Monday, at a summit that Chile had wanted to host in March but that was put off."
    ],
    PAIRS[1],
    NO,
    ANY,
    "a relative clause's put-off is earlier",
)
summit(
    "postponed",
    ["Tusk and Fiala agreed to meet in Brno, but the summit was postponed after the floods."],
    PAIRS[3],
    OK,
    SUPPORTED,
    "a plain 'but' clause: postponed is the latest",
)

# --- occasion: a count of another occasion's tally is not the story's own count
VOTE = (
    "Eleven member states voted in favour, six against and ten abstained, according to diplomats."
)
JULY = "Where things stood in June: in a non-binding advisory vote, three countries opposed the duties and 14 abstained."
HALL = "The assembly approved the resolution on Thursday with 121 votes in favour, 9 votes against and 38 abstentions."
FIRST = "At the first reading in March, 97 votes were cast in favour and 40 votes against."
COSP = "The bill now has 212 co-sponsors, its backers said on Monday."
INTRO = "When it was introduced in January, it had 35 co-sponsors."
SHARE = "Shareholders backed the divestment motion with 1,204 votes, against 310 votes."
TEST = "In last year's test ballot, 880 votes went to a boycott."
PANEL = "The committee backed the sanctions bill 31-9 on Wednesday, with 31 members in favour."
EARLY = "An earlier procedural vote had drawn 24 members in favour."
for what, number, sentences, why, as_of in [
    ("member states voted against", 3, [VOTE, JULY], "June's advisory vote", None),
    ("member states abstained", 14, [VOTE, JULY], "June's abstentions", None),
    ("votes against", 40, [HALL, FIRST], "the first reading's votes", None),
    ("votes in favour", 97, [HALL, FIRST], "the first reading's votes", None),
    ("co-sponsors", 35, [COSP, INTRO], "co-sponsors when introduced", None),
    ("votes for", 880, [SHARE, TEST], "last year's test ballot", None),
    ("members in favour", 24, [PANEL, EARLY], "an earlier procedural vote", None),
    (
        "member states voted against",
        3,
        [VOTE, JULY],
        "June's count given as of October",
        "in October",
    ),
    ("co-sponsors", 35, [COSP, INTRO], "January's count given as of Monday", "on Monday"),
    ("votes in favour", 97, [HALL, FIRST], "March's count given as of Thursday", "on Thursday"),
]:
    count(what, number, sentences, NO, STRONG, why, as_of)
for what, number, sentences, why, as_of in [
    ("member states voted against", 6, [VOTE, JULY], "the story's own vote", None),
    ("member states abstained", 10, [VOTE, JULY], "the story's own abstentions", None),
    (
        "countries opposed in advisory vote",
        3,
        [VOTE, JULY],
        "the what names the advisory vote",
        "in June",
    ),
    (
        "countries abstained in the non-binding vote",
        14,
        [VOTE, JULY],
        "the what names the vote",
        None,
    ),
    ("votes against", 40, [HALL, FIRST], "as_of names March", "in March"),
    ("votes in favour", 121, [HALL, FIRST], "the story's own vote", None),
    ("co-sponsors", 35, [COSP, INTRO], "as_of names January", "in January"),
    ("co-sponsors", 212, [COSP, INTRO], "the count now", None),
    ("votes for", 880, [SHARE, TEST], "as_of names last year", "last year"),
    (
        "members in favour",
        24,
        [PANEL, EARLY],
        "the what names the earlier vote",
        "earlier procedural vote",
    ),
    ("countries opposed", 3, [JULY], "no other tally in its evidence", None),
    ("votes against", 9, [HALL, FIRST], "the story's own vote", None),
]:
    count(what, number, sentences, OK, SUPPORTED, why, as_of)


# An undated count in a sentence carrying the story's own date (session 19, check 43: "On 13
# October, hours after Hamas freed the last 20 living hostages"): a month or a year marks
# another occasion only against a count's own as_of.
DATED = "On 14 October the assembly approved the motion with 88 votes in favour."
RIVAL = "Opponents mustered 31 votes, the speaker said."
FREED = "On 13 October, hours after the group freed the last 20 living hostages, crowds gathered in the square."
BODIES = "Only four hostages' bodies were returned on Monday."
SIGNED = "The petition, launched in May 2023, has 4,100 signatures."
LATER = "Organisers collected 900 signatures at the rally alone."
for what, number, sentences, why in [
    ("votes in favour", 88, [DATED, RIVAL], "the story's own date on its own vote"),
    ("living hostages freed", 20, [FREED, BODIES], "a dated sentence, another count beside it"),
    ("signatures", 4100, [SIGNED, LATER], "a month and year in an aside, no as_of"),
]:
    count(what, number, sentences, OK, SUPPORTED, why)
count(
    "votes in favour",
    88,
    [DATED, RIVAL],
    NO,
    STRONG,
    "October's vote given as of November",
    "in November",
)


# A mark of another occasion counts in the number's own clause (the full suite's gold 105: "A
# further 117 tankers ... are added to the blacklist; the Commission's proposal, presented on
# 19 September, had named 118 ships" keeps 117).
ADDED = "A further 117 tankers are added to the blacklist; the proposal, presented on 19 September, had named 118 ships."
LISTED = "Two Chinese refineries are also listed."
count(
    "tankers added to the blacklist",
    117,
    [ADDED, LISTED],
    OK,
    SUPPORTED,
    "its own clause holds no mark",
)
count(
    "tankers added to the blacklist",
    118,
    [ADDED, LISTED],
    NO,
    STRONG,
    "the proposal's number, in a pluperfect clause",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
