# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the numbers-and-actors red-team set (``grounding_numbers.jsonl``): value-support
cases for four causes an independent check on other outlets' articles found, by category,
each with what must pass and what must fail:

- ``sponsor-cosponsor``, ``sponsor-aside``, ``sponsor-joined``, ``sponsor-object``: who acts
  in a measure. Co-sponsoring is sponsoring ("co-sponsored", "cosponsors include"), an
  appositive or a parenthesis between the name and its verb is skipped, "joined by" lists
  lawmakers who co-sponsor; a name that is a verb's object ("bar President X from easing"),
  a name in another clause, a co-sponsor numbered in the order of signing, or one joined in
  opposing is not a sponsor;
- ``vote-score``: a vote's score ("voted 88-11", "a nine-to-two vote", "by a vote of 301 to
  117", "by 27 votes to 5") gives the votes in favour first, against second (swapped when
  "against" follows); the wrong side fails;
- ``qualifier``: every qualifier the schema allows against the words that state it;
- ``previous-value``: a value before a change ("cut to 15% from 25%", "up from 48", "had been
  20%") is not the current one; "from 14 countries" with no change is no earlier value;
- ``date-day``: a ceasefire's start or an event's day is a day its evidence states, as a
  month and day ("July 29" is not "July 28", "Oct. 21" is not "Oct. 12") or a relative day
  resolved against the article's date ("Monday" in a paper of Wednesday July 30 is July 28);
  a dateline's date is no day the story reports.

Run ``python tests/data/make_numbers_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written, never by running the
code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers.jsonl")

built = SupportCases("num")
add, count = built.add, built.count


def sponsor(category: str, expect: bool, text: str, evidence: str, who: str, why: str) -> None:
    assert evidence in text, evidence
    measure = {"instrument": "bill", "sponsors": [who], "evidence": [evidence]}
    add(
        category,
        expect,
        f"{who}: {why}",
        text,
        {"sanctions": [measure]},
        "sanctions[0].sponsors[0]",
    )


def tariff(category: str, expect: bool, text: str, evidence: str, value: float, why: str,
           qualifier: str = "exact") -> None:  # fmt: skip
    assert evidence in text, evidence
    measure = {"instrument": "executive_action", "evidence": [evidence],
               "tariff_rate_percent": {"value": value, "qualifier": qualifier}}  # fmt: skip
    add(category, expect, f"tariff {value:g} ({qualifier}): {why}", text, {"sanctions": [measure]},
        "sanctions[0].tariff_rate_percent")  # fmt: skip


def dated_count(category: str, expect: bool, text: str, evidence: str, what: str, value: float,
                as_of: str) -> None:  # fmt: skip
    assert evidence in text, evidence
    event = {"description": "what the article reports", "evidence": [evidence],
             "counts": [{"what": what, "value": {"value": value}, "as_of": as_of}]}  # fmt: skip
    add(category, expect, f"{what} = {value:g} as of {as_of}", text, {"events": [event]},
        "events[0].counts[0].value")  # fmt: skip


# --- 1. who acts: co-sponsoring ---------------------------------------------------------------

CO = """Senators line up behind Baltic shipping bill

WASHINGTON (Capitol Ledger) - Sen. Mara Quill, a Vermont Democrat, co-sponsored the Baltic Shipping Accountability Act on Tuesday.

The measure was cosponsored by Sen. Tomas Reyes and Sen. Helen Barlow, aides said.

Rep. Dana Whitfield (R-Ohio) cosponsored the House version, which Speaker Ian Holt had criticized.

The co-sponsors include Sen. Ruth Okafor and Sen. Peter Lind, but not Sen. Gil Moran.

Sen. Victor Crane became the 41st co-sponsor of the measure, which was introduced by Sen. Nell Hardy.

Sen. Joan Ferris declined to co-sponsor the bill, and Sen. Omar Vance criticized its co-sponsors.

The bill's sponsor, Sen. Nell Hardy, said the co-sponsors had urged Sen. Lucy Hart to sign on.
"""
C1 = "WASHINGTON (Capitol Ledger) - Sen. Mara Quill, a Vermont Democrat, co-sponsored the Baltic Shipping Accountability Act on Tuesday."
C2 = "The measure was cosponsored by Sen. Tomas Reyes and Sen. Helen Barlow, aides said."
C3 = "Rep. Dana Whitfield (R-Ohio) cosponsored the House version, which Speaker Ian Holt had criticized."
C4 = "The co-sponsors include Sen. Ruth Okafor and Sen. Peter Lind, but not Sen. Gil Moran."
C5 = "Sen. Victor Crane became the 41st co-sponsor of the measure, which was introduced by Sen. Nell Hardy."
C6 = "Sen. Joan Ferris declined to co-sponsor the bill, and Sen. Omar Vance criticized its co-sponsors."
C7 = (
    "The bill's sponsor, Sen. Nell Hardy, said the co-sponsors had urged Sen. Lucy Hart to sign on."
)
for ev, who, ok, why in (
    (C1, "Mara Quill", True, "co-sponsored, after an appositive"),
    (C2, "Tomas Reyes", True, "cosponsored by"),
    (C2, "Helen Barlow", True, "cosponsored by, second of two"),
    (C3, "Dana Whitfield", True, "cosponsored, after a parenthesis"),
    (C3, "Ian Holt", False, "criticized it in a relative clause"),
    (C4, "Ruth Okafor", True, "the co-sponsors include"),
    (C4, "Peter Lind", True, "the co-sponsors include, second"),
    (C4, "Gil Moran", False, "'but not'"),
    (C5, "Victor Crane", False, "the 41st co-sponsor of someone else's bill"),
    (C5, "Nell Hardy", True, "introduced by"),
    (C6, "Joan Ferris", False, "declined to co-sponsor"),
    (C6, "Omar Vance", False, "criticized the co-sponsors"),
    (C7, "Nell Hardy", True, "the bill's sponsor, X"),
    (C7, "Lucy Hart", False, "urged to sign on, the object"),
    (C1, "Tomas Reyes", False, "not in this sentence"),
):  # fmt: skip
    sponsor("sponsor-cosponsor", ok, CO, ev, who, why)

DESCRIBED = """Who is behind the pipeline bill

The bill, co-sponsored by more than 80 senators including Sen. Iris Beck, awaits a floor vote.

Sen. Marta Solis, a co-sponsor, said she hoped for a vote before the recess.

Rep. Owen Tate, the bill's main sponsor, spoke first.

Sen. Lyle Ames, a critic of the sponsors, said he would vote no.

Sen. Ruby Hart, an ally of the co-sponsors, will not sign.
"""
for ev, who, ok, why in (
    ("The bill, co-sponsored by more than 80 senators including Sen. Iris Beck, awaits a floor vote.", "Iris Beck", True, "co-sponsored by more than 80 senators including X"),
    ("Sen. Marta Solis, a co-sponsor, said she hoped for a vote before the recess.", "Marta Solis", True, "X, a co-sponsor,"),
    ("Rep. Owen Tate, the bill's main sponsor, spoke first.", "Owen Tate", True, "X, the bill's main sponsor,"),
    ("Sen. Lyle Ames, a critic of the sponsors, said he would vote no.", "Lyle Ames", False, "a critic of the sponsors"),
    ("Sen. Ruby Hart, an ally of the co-sponsors, will not sign.", "Ruby Hart", False, "an ally of the co-sponsors"),
):  # fmt: skip
    sponsor("sponsor-cosponsor", ok, DESCRIBED, ev, who, why)

# --- 2. who acts: appositives and parentheses --------------------------------------------

ASIDE = """Grain corridor bill gains backers

Sen. Nora Vail, the top Republican on the Banking Committee and a former trade negotiator, introduced the Grain Corridor Act on Monday.

Rep. Felix Arno (D-Calif.), a member of the Intelligence Committee, filed a companion bill in the House.

Sen. Ida Brandt, who chairs the trade subcommittee, and Sen. Luis Mora, a first-term Democrat from Arizona, drafted the sanctions section.

Senator Hugo Lamm, the ranking member of the panel and a longtime critic of Moscow, unveiled the enforcement plan.

Sen. Kay Rudd (D-Ore.), the panel's chair, opposed the measure introduced by Sen. Walt Ennis.

Sen. Ben Otto, whose state grows the most wheat, said the bill Sen. Rosa Finch drafted was flawed.

Sen. Ada Pike, the ranking member, asked Sen. Tom Fry to introduce a narrower bill.

Sen. Mira Cole, whose committee drafted the text, said she would vote for it.

Sen. Jon Abbe, who drafted the text with Sen. Lena Voss, spoke on the floor on Wednesday.

Sen. Gus Hale, the senator who introduced last year's version, voted against this one.
"""
A1 = "Sen. Nora Vail, the top Republican on the Banking Committee and a former trade negotiator, introduced the Grain Corridor Act on Monday."
A2 = "Rep. Felix Arno (D-Calif.), a member of the Intelligence Committee, filed a companion bill in the House."
A3 = "Sen. Ida Brandt, who chairs the trade subcommittee, and Sen. Luis Mora, a first-term Democrat from Arizona, drafted the sanctions section."
A4 = "Senator Hugo Lamm, the ranking member of the panel and a longtime critic of Moscow, unveiled the enforcement plan."
A5 = "Sen. Kay Rudd (D-Ore.), the panel's chair, opposed the measure introduced by Sen. Walt Ennis."
A6 = "Sen. Ben Otto, whose state grows the most wheat, said the bill Sen. Rosa Finch drafted was flawed."
A7 = "Sen. Ada Pike, the ranking member, asked Sen. Tom Fry to introduce a narrower bill."
A8 = "Sen. Mira Cole, whose committee drafted the text, said she would vote for it."
A9 = "Sen. Jon Abbe, who drafted the text with Sen. Lena Voss, spoke on the floor on Wednesday."
A10 = "Sen. Gus Hale, the senator who introduced last year's version, voted against this one."
for ev, who, ok, why in (
    (A1, "Nora Vail", True, "a long appositive before 'introduced'"),
    (A2, "Felix Arno", True, "a parenthesis and an appositive before 'filed'"),
    (A3, "Ida Brandt", True, "a who-clause, then a second name with its appositive"),
    (A3, "Luis Mora", True, "an appositive before 'drafted'"),
    (A4, "Hugo Lamm", True, "two appositives joined by 'and'"),
    (A5, "Kay Rudd", False, "opposed the measure"),
    (A5, "Walt Ennis", True, "introduced by"),
    (A6, "Ben Otto", False, "said; another senator drafted it"),
    (A6, "Rosa Finch", True, "the bill X drafted"),
    (A7, "Ada Pike", False, "asked someone else to introduce"),
    (A7, "Tom Fry", False, "asked to introduce: not done"),
    (A8, "Mira Cole", False, "her committee drafted it"),
    (A9, "Jon Abbe", True, "who drafted the text"),
    (A9, "Lena Voss", True, "drafted with"),
    (A10, "Gus Hale", False, "introduced last year's version, voted against this one"),
):  # fmt: skip
    sponsor("sponsor-aside", ok, ASIDE, ev, who, why)

# --- 3. who acts: "joined by" -------------------------------------------------------------

JOINED = """Arctic sanctions bill picks up support

The bill's sponsors, Sen. Eva Strand and Sen. Noah Birk, are joined by three Republicans (Sens. Gwen Tully of Utah, Abel Marsh of Kansas and Rita Vos of Maine) and two independents.

Sen. Cole Rainer introduced the House-passed version on Monday and was joined by Sen. Dora Kell.

Sen. Eva Strand, joined by Sen. Hal Greer, unveiled the enforcement annex.

Sen. Pia Lund joined the talks with Sen. Lars Holm on Monday.

The senators were joined by Ambassador Lise Marr at the signing.

They were joined by Sen. Roy Kemp in opposing the annex.

Joined by Gov. Tess Ruiz, Sen. Nina Orr filed the state's own bill.

The bill is backed by Sens. Hank Dorsey and Mae Quinn, and opposed by Sen. Otis Pratt.
"""
J1 = "The bill's sponsors, Sen. Eva Strand and Sen. Noah Birk, are joined by three Republicans (Sens. Gwen Tully of Utah, Abel Marsh of Kansas and Rita Vos of Maine) and two independents."
J2 = "Sen. Cole Rainer introduced the House-passed version on Monday and was joined by Sen. Dora Kell."
J3 = "Sen. Eva Strand, joined by Sen. Hal Greer, unveiled the enforcement annex."
J4 = "Sen. Pia Lund joined the talks with Sen. Lars Holm on Monday."
J5 = "The senators were joined by Ambassador Lise Marr at the signing."
J6 = "They were joined by Sen. Roy Kemp in opposing the annex."
J7 = "Joined by Gov. Tess Ruiz, Sen. Nina Orr filed the state's own bill."
J8 = "The bill is backed by Sens. Hank Dorsey and Mae Quinn, and opposed by Sen. Otis Pratt."
for ev, who, ok, why in (
    (J1, "Eva Strand", True, "the bill's sponsors, X and Y"),
    (J1, "Noah Birk", True, "the bill's sponsors, X and Y"),
    (J1, "Gwen Tully", True, "joined by three Republicans (Sens. ...)"),
    (J1, "Abel Marsh", True, "second in the joined-by list"),
    (J1, "Rita Vos", True, "last in the joined-by list"),
    (J2, "Cole Rainer", True, "introduced"),
    (J2, "Dora Kell", True, "was joined by Sen."),
    (J3, "Eva Strand", True, "unveiled, after a joined-by aside"),
    (J3, "Hal Greer", True, "joined by Sen."),
    (J4, "Pia Lund", False, "joined the talks"),
    (J4, "Lars Holm", False, "talks with"),
    (J5, "Lise Marr", False, "an ambassador at a signing"),
    (J6, "Roy Kemp", False, "joined in opposing"),
    (J7, "Tess Ruiz", False, "a governor joined the senator"),
    (J7, "Nina Orr", True, "filed"),
    (J8, "Hank Dorsey", False, "backed, not sponsored"),
    (J8, "Mae Quinn", False, "backed, not sponsored"),
    (J8, "Otis Pratt", False, "opposed"),
):  # fmt: skip
    sponsor("sponsor-joined", ok, JOINED, ev, who, why)

# --- 4. who acts: objects and other clauses ------------------------------------------------

OBJECT = """Senate bill would tie president's hands on Caspian sanctions

The bill would bar President Lena Morrow from easing sanctions that were imposed in 2022.

The measure, introduced by Sen. Alan Pruett, would require Treasury Secretary Jon Keel to impose penalties within 90 days.

Lawmakers urged Governor Tess Ruiz to back the bill that Sen. Ivo Platt drafted.

The Treasury imposed sanctions on oligarch Pavel Drozdov last year.

Sanctions on Pavel Drozdov were imposed by the Treasury in March.

Sen. Alan Pruett's bill would impose penalties on President Lena Morrow's allies.

Critics of Sen. Ivo Platt proposed a rival plan on Thursday.

Sen. Mira Cole voted for the bill that Sen. Ivo Platt introduced.

The order was signed by President Lena Morrow on Friday.

President Lena Morrow signed the order after a call with Chancellor Uwe Brandl.
"""
O1 = "The bill would bar President Lena Morrow from easing sanctions that were imposed in 2022."
O2 = "The measure, introduced by Sen. Alan Pruett, would require Treasury Secretary Jon Keel to impose penalties within 90 days."
O3 = "Lawmakers urged Governor Tess Ruiz to back the bill that Sen. Ivo Platt drafted."
O4 = "The Treasury imposed sanctions on oligarch Pavel Drozdov last year."
O5 = "Sanctions on Pavel Drozdov were imposed by the Treasury in March."
O6 = "Sen. Alan Pruett's bill would impose penalties on President Lena Morrow's allies."
O7 = "Critics of Sen. Ivo Platt proposed a rival plan on Thursday."
O8 = "Sen. Mira Cole voted for the bill that Sen. Ivo Platt introduced."
O9 = "The order was signed by President Lena Morrow on Friday."
O10 = "President Lena Morrow signed the order after a call with Chancellor Uwe Brandl."
for ev, who, ok, why in (
    (O1, "Lena Morrow", False, "barred from easing sanctions imposed by others"),
    (O2, "Alan Pruett", True, "introduced by"),
    (O2, "Jon Keel", False, "required to impose: the object"),
    (O3, "Tess Ruiz", False, "urged to back"),
    (O3, "Ivo Platt", True, "the bill that X drafted"),
    (O4, "Pavel Drozdov", False, "the target of the sanctions"),
    (O5, "Pavel Drozdov", False, "the target, before a passive cue"),
    (O6, "Alan Pruett", True, "X's bill"),
    (O6, "Lena Morrow", False, "penalties on her allies"),
    (O7, "Ivo Platt", False, "his critics proposed"),
    (O8, "Mira Cole", False, "voted for a bill someone else introduced"),
    (O8, "Ivo Platt", True, "that X introduced"),
    (O9, "Lena Morrow", True, "signed by"),
    (O10, "Lena Morrow", True, "signed"),
    (O10, "Uwe Brandl", False, "a call with"),
):  # fmt: skip
    sponsor("sponsor-object", ok, OBJECT, ev, who, why)

# --- 5. vote scores ---------------------------------------------------------------------

VOTES = """Arctic shipping sanctions clear Congress

The Senate voted 88-11 on Thursday to approve the Arctic Shipping Sanctions Act.

The foreign affairs committee backed the measure in a nine-to-two vote.

Lawmakers in the lower chamber approved the package by a vote of 301 to 117.

The Nordic assembly passed a matching resolution 64\u201330, with four abstentions.

The upper house rejected a softening amendment 41-58.

The Senate voted 51-49 against confirming Ms. Dale as envoy.

By 27 votes to 5, the port authority board adopted the inspection plan.

The city council passed its own motion 12 to 3 on Friday.
"""
SCORES = (
    ("The Senate voted 88-11 on Thursday to approve the Arctic Shipping Sanctions Act.", 88, 11),
    ("The foreign affairs committee backed the measure in a nine-to-two vote.", 9, 2),
    ("Lawmakers in the lower chamber approved the package by a vote of 301 to 117.", 301, 117),
    ("The Nordic assembly passed a matching resolution 64\u201330, with four abstentions.", 64, 30),
    ("The upper house rejected a softening amendment 41-58.", 41, 58),
    ("The Senate voted 51-49 against confirming Ms. Dale as envoy.", 49, 51),
    ("By 27 votes to 5, the port authority board adopted the inspection plan.", 27, 5),
    ("The city council passed its own motion 12 to 3 on Friday.", 12, 3),
)
for ev, ayes, nays in SCORES:
    count("vote-score", True, VOTES, ev, "votes in favour", ayes)
    count("vote-score", True, VOTES, ev, "votes against", nays)
    count("vote-score", False, VOTES, ev, "votes in favour", nays)
    count("vote-score", False, VOTES, ev, "votes against", ayes)
SIDES = """Port levy vote splits the council

The levy passed with 19 members in favor and 6 opposed.

Only 3 deputies voted against, while 40 voted for the budget.

The motion carried by a 9-4 margin.
"""
S1 = "The levy passed with 19 members in favor and 6 opposed."
S2 = "Only 3 deputies voted against, while 40 voted for the budget."
S3 = "The motion carried by a 9-4 margin."
for ev, what, value, ok in (
    (S1, "votes in favour", 19, True),
    (S1, "votes against", 6, True),
    (S1, "votes in favour", 6, False),
    (S1, "votes against", 19, False),
    (S2, "votes against", 3, True),
    (S2, "votes in favour", 40, True),
    (S2, "votes in favour", 3, False),
    (S3, "votes in favour", 9, True),
    (S3, "votes against", 4, True),
    (S3, "votes against", 9, False),
):  # fmt: skip
    count("vote-score", ok, SIDES, ev, what, value)
count("vote-score", True, VOTES, SCORES[0][0], "votes in favor", 88)
count("vote-score", True, VOTES, SCORES[3][0], "abstentions", 4)
count("vote-score", False, VOTES, SCORES[0][0], "votes in favour", 89)

# --- 6. qualifiers ------------------------------------------------------------------------

HEDGES = """Talks drag on as numbers blur

The first session lasted nearly two hours, officials said.

Almost 300 people were evacuated from the port district on Sunday.

Just under 2,000 troops remain at the border.

Close to 40 families returned on Monday.

As many as 80 lawmakers may sign the letter.

Up to 15 ships could be listed in the annex.

No more than 30 monitors will be allowed in.

About 120 observers arrived, and roughly 70 journalists.

More than 500 prisoners were freed, and over 100 were transferred.

At least 34 people were killed, and fewer than ten were rescued.

Exactly 50 trucks crossed, and 12 or so were turned back.
"""


def hedge(expect: bool, evidence: str, what: str, value: float, qualifier: str) -> None:
    count("qualifier", expect, HEDGES, evidence, what, value, qualifier)


H = [line for line in HEDGES.splitlines()[2:] if line]
for ok, index, what, value, qualifier in (
    (True, 0, "hours", 2, "nearly"),
    (False, 0, "hours", 2, "exact"),
    (False, 0, "hours", 2, "more_than"),
    (True, 1, "people evacuated", 300, "nearly"),
    (False, 1, "people evacuated", 300, "at_least"),
    (True, 2, "troops", 2000, "nearly"),
    (False, 2, "troops", 2000, "more_than"),
    (True, 3, "families", 40, "nearly"),
    (True, 4, "lawmakers", 80, "up_to"),
    (True, 4, "lawmakers", 80, "at_most"),
    (False, 4, "lawmakers", 80, "at_least"),
    (False, 4, "lawmakers", 80, "nearly"),
    (True, 5, "ships", 15, "up_to"),
    (False, 5, "ships", 15, "exact"),
    (True, 6, "monitors", 30, "at_most"),
    (True, 6, "monitors", 30, "up_to"),
    (False, 6, "monitors", 30, "more_than"),
    (True, 7, "observers", 120, "about"),
    (False, 7, "observers", 120, "nearly"),
    (True, 7, "journalists", 70, "about"),
    (True, 8, "prisoners freed", 500, "more_than"),
    (False, 8, "prisoners freed", 500, "nearly"),
    (True, 8, "prisoners transferred", 100, "more_than"),
    (False, 8, "prisoners transferred", 100, "at_most"),
    (True, 9, "people killed", 34, "at_least"),
    (False, 9, "people killed", 34, "up_to"),
    (True, 9, "people rescued", 10, "less_than"),
    (False, 9, "people rescued", 10, "more_than"),
    (True, 10, "trucks crossed", 50, "exact"),
    (False, 10, "trucks crossed", 50, "nearly"),
    (True, 10, "trucks turned back", 12, "about"),
):  # fmt: skip
    hedge(ok, H[index], what, value, qualifier)

# --- 7. previous values -------------------------------------------------------------------

RATES = """Tariff changes take effect

Washington cut the tariff on steel to 15% from 25% on Monday.

The levy on aluminium was raised from 10 percent to 35 percent in March.

Duties on solar panels, previously 30%, now stand at 45%.

The tariff on cars, which had been 20%, was doubled to 40%.

Tariffs on lumber fell from 27.5% to 12.5% after the deal.

The duty on grain will rise to 30% from 12% on June 1.

The tariff on rice went from 5% to 8% this year.

A 20% tariff applies to goods from 14 countries.

The tariff on copper rose by 10 percentage points to 35% in April.
"""
R = [line for line in RATES.splitlines()[2:] if line]
for ok, index, value, why in (
    (True, 0, 15, "cut to 15%"),
    (False, 0, 25, "from 25%: the old rate"),
    (True, 1, 35, "raised to 35 percent"),
    (False, 1, 10, "raised from 10 percent"),
    (True, 2, 45, "now 45%"),
    (False, 2, 30, "previously 30%"),
    (True, 3, 40, "doubled to 40%"),
    (False, 3, 20, "had been 20%"),
    (True, 4, 12.5, "fell to 12.5%"),
    (False, 4, 27.5, "fell from 27.5%"),
    (True, 5, 30, "will rise to 30%"),
    (False, 5, 12, "from 12%"),
    (True, 6, 8, "went to 8%"),
    (False, 6, 5, "went from 5%"),
    (True, 7, 20, "a 20% tariff"),
    (False, 7, 14, "14 countries, not a rate"),
    (True, 8, 35, "rose by 10 points to 35%"),
    (False, 8, 10, "the size of the rise"),
):  # fmt: skip
    tariff("previous-value", ok, RATES, R[index], value, why)

COUNTS = """Sanctions bill loses and gains backers

The bill now has 62 co-sponsors, up from 48 last month.

Support slipped to 79 co-sponsors, down from 84 in June.

The toll rose to 41 on Tuesday, from 34 on Monday.

Observers from 14 countries monitored the vote.
"""
K = [line for line in COUNTS.splitlines()[2:] if line]
count("previous-value", True, COUNTS, K[0], "co-sponsors", 62)
count("previous-value", False, COUNTS, K[0], "co-sponsors", 48)
count("previous-value", True, COUNTS, K[1], "co-sponsors", 79)
count("previous-value", False, COUNTS, K[1], "co-sponsors", 84)
count("previous-value", True, COUNTS, K[2], "people killed", 41)
count("previous-value", False, COUNTS, K[2], "people killed", 34)
dated_count("previous-value", True, COUNTS, K[2], "people killed", 34, "on Monday")
dated_count("previous-value", True, COUNTS, K[1], "co-sponsors", 84, "in June")
count("previous-value", True, COUNTS, K[3], "countries", 14)

# --- 8. days ------------------------------------------------------------------------------

DAYS = """Border truce set to begin

PHNOM PENH, July 30 (Mekong Ledger) - The two armies agreed to a ceasefire that starts at midnight on July 28, officials said.

Fighting had flared on July 24 along the northern border.

Talks between the defence ministers took place in Kuala Lumpur on Monday.

A second round is planned for Oct. 12, the foreign ministry said.

Observers arrived yesterday, and the first patrol left today.

The monitoring mission began on 29 July, a day after the truce.

Shelling was reported near the border on Sunday night.

The last exchange of prisoners took place on July 2.

An overnight strike hit the depot on the night of July 25-26.
"""
PUBLISHED = {"headline": None, "outlet": None, "byline": None, "published": "2025-07-30"}


def day(expect: bool, evidence: str, field: str, value: str, why: str) -> None:
    """A ceasefire's ``starts`` or an event's ``when``, in an article of Wednesday July 30."""
    assert evidence in DAYS, evidence
    if field == "starts":
        facts: dict[str, Any] = {
            "ceasefires": [{"kind": "full", "starts": value, "evidence": [evidence]}]
        }
        path = "ceasefires[0].starts"
    else:
        facts = {
            "events": [
                {"description": "what the article reports", "when": value, "evidence": [evidence]}
            ]
        }
        path = "events[0].when"
    add(
        "date-day", expect, f"{field} {value!r}: {why}", DAYS, {"article": PUBLISHED, **facts}, path
    )


D = [line for line in DAYS.splitlines()[2:] if line]
for ok, index, field, value, why in (
    (True, 0, "starts", "July 28", "as written"),
    (True, 0, "starts", "midnight on July 28", "with the hour"),
    (True, 0, "starts", "28 July", "day before month"),
    (True, 0, "starts", "2025-07-28", "as an ISO date"),
    (True, 0, "starts", "Monday", "Monday is July 28 in a paper of Wednesday July 30"),
    (False, 0, "starts", "July 29", "one day off"),
    (False, 0, "starts", "July 2", "a prefix of 28"),
    (False, 0, "starts", "July 30", "the dateline's date"),
    (False, 0, "starts", "Tuesday", "Tuesday is July 29"),
    (True, 1, "when", "July 24", "as written"),
    (True, 1, "when", "Thursday", "July 24 was a Thursday"),
    (False, 1, "when", "July 14", "another day"),
    (False, 1, "when", "June 24", "another month"),
    (True, 2, "when", "Monday", "as written"),
    (True, 2, "when", "on Monday", "as written"),
    (True, 2, "when", "July 28", "Monday resolved"),
    (False, 2, "when", "July 27", "Sunday"),
    (False, 2, "when", "Tuesday", "another weekday"),
    (True, 3, "when", "Oct. 12", "as written"),
    (True, 3, "when", "October 12", "the month in full"),
    (True, 3, "when", "12 October", "day before month"),
    (False, 3, "when", "Oct. 21", "digits swapped"),
    (False, 3, "when", "October 2", "a prefix of 12"),
    (False, 3, "when", "Nov. 12", "another month"),
    (True, 4, "when", "yesterday", "as written"),
    (True, 4, "when", "July 29", "yesterday resolved"),
    (True, 4, "when", "today", "as written"),
    (False, 4, "when", "July 31", "tomorrow, not stated"),
    (False, 4, "when", "tomorrow", "not stated"),
    # the mission's day (an event's): a day after the truce is no truce's start (session 15)
    (True, 5, "when", "29 July", "as written"),
    (True, 5, "when", "July 29", "month first"),
    (True, 5, "when", "Tuesday", "July 29 was a Tuesday"),
    (False, 5, "when", "July 28", "the truce's day is not written here"),
    (False, 5, "when", "July 30", "not stated"),
    (True, 6, "when", "Sunday night", "as written"),
    (True, 6, "when", "July 27", "Sunday resolved"),
    (False, 6, "when", "Saturday", "another weekday"),
    (False, 6, "when", "July 28", "Monday"),
    (True, 7, "when", "July 2", "as written"),
    (False, 7, "when", "July 20", "a longer day"),
    (False, 7, "when", "July 12", "another day"),
    (False, 7, "when", "Monday", "July 28, not July 2"),
    (True, 8, "when", "July 25", "the night of July 25-26"),
    (True, 8, "when", "July 26", "the night's second day"),
    (False, 8, "when", "July 27", "the day after"),
    (False, 8, "when", "July 2", "a prefix of 25"),
):  # fmt: skip
    day(ok, D[index], field, value, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
