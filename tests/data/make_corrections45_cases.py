# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the corrections-45 set (``grounding_corrections45.jsonl``): correction notes read by
field, and a sentence-case headline line over a body that says otherwise (session 21, check
45). By category:

- ``note-field``: a note's retracted value is refused and its corrected value supported
  ("20 percent, not 30 percent as first reported", a live blog's "An earlier entry said ...");
  a value of another field the note does not give again (the place, when the note corrects
  the day) stays supported, and so does a value the note says belongs to another occasion
  ("That was the venue of the first round");
- ``headline-body``: a page's first line in sentence case without a full stop ("Summit called
  off as talks stall") is a sentence of its own: the body's "has not been cancelled" refuses
  the headline's status, and the body's own status is supported.

Run ``python tests/data/make_corrections45_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public bodies in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_corrections45.jsonl")

LEADS = [
    "KAMPALA, May 4 (Lake Region Wire) -",
    "The Nordic Ledger | Europe",
    "By our correspondent in Quito.",
    "Evening digest: diplomacy",
]
built = SupportCases("cor45", LEADS)
OK, NO = True, False


def _item(field, value, paragraphs):
    evidence = [p for p in paragraphs if p]
    if field == "rate":
        return {
            "sanctions": [
                {
                    "instrument": "executive_action",
                    "tariff_rate_percent": {"value": value, "qualifier": "exact"},
                    "evidence": evidence,
                }
            ]
        }, "sanctions[0].tariff_rate_percent"
    if field == "status":
        return {
            "summits": [{"parties": [], "status": value, "evidence": evidence}]
        }, "summits[0].status"
    key = {"place": "planned_location", "day": "planned_timing"}[field]
    return {"summits": [{"parties": [], key: value, "evidence": evidence}]}, f"summits[0].{key}"


def note(expect, why, field, value, *paragraphs):
    facts, path = _item(field, value, paragraphs)
    built.add("note-field", expect, f"{field} {value}: {why}", built.page(*paragraphs), facts, path)


def headline(expect, why, value, head, body, kind="summits"):
    facts, path = _item("status", value, [body])
    if kind == "ceasefires":
        facts = {"ceasefires": [{"kind": "full", "status": value, "evidence": [body]}]}
        path = "ceasefires[0].status"
    built.add("headline-body", expect, f"status {value}: {why}", f"{head}\n{body}", facts, path)


# --- note-field: a bare value, "not X as first reported" -------------------------------------
P1 = "This story has been updated to correct the duty rate, which is 12 percent, not 18 percent as first reported."
note(OK, "the corrected rate", "rate", 12, P1)
note(NO, "the rate first reported", "rate", 18, P1)
P2 = "Correction: the levy on Chilean copper wire is 7 percent, not 9 percent as originally stated."
note(
    OK, "Y of 'Y, not X as originally stated'", "rate", 7, "Lima confirmed the levy on Monday.", P2
)
note(
    NO, "X of 'Y, not X as originally stated'", "rate", 9, "Lima confirmed the levy on Monday.", P2
)
P3 = "An earlier version of this article said the tariff was 35%. It is 25%."
note(OK, "the note's rate", "rate", 25, "Seoul announced a tariff on imported steel coils.", P3)
note(
    NO,
    "the note's retracted rate",
    "rate",
    35,
    "Seoul announced a tariff on imported steel coils.",
    P3,
)
# --- note-field: a day's note keeps the place -------------------------------------------------
B4 = "The regional summit opened in Mombasa on Saturday with eleven heads of state."
N4 = "Correction: An earlier version of this article said the summit opened in Mombasa on Friday. It opened on Saturday."
note(OK, "the place, untouched by a note about the day", "place", "Mombasa", B4, N4)
note(NO, "the day the note takes back", "day", "Friday", B4, N4)
note(OK, "the corrected day", "day", "Saturday", B4, N4)
B5 = "Foreign ministers of the bloc will meet in Tallinn on June 14."
N5 = "Clarification: a previous version of this report gave the date of the meeting in Tallinn as June 12. It is June 14."
note(OK, "the place the date note repeats", "place", "Tallinn", B5, N5)
note(NO, "the date the note takes back", "day", "June 12", B5, N5)
B6 = "Mediators will host the next round of talks in Doha on Tuesday."
N6 = "An earlier version of this story said the talks would be held in Doha on Monday. They will be held on Tuesday."
note(OK, "the place of a day-only correction", "place", "Doha", B6, N6)
note(NO, "Monday, taken back", "day", "Monday", B6, N6)
# --- note-field: a place note ---------------------------------------------------------------
B7 = "The two presidents will sign the accord on Thursday, officials said."
N7 = "Correction: An earlier version of this story said the accord would be signed in Accra. It will be signed in Lome."
note(NO, "the place the note takes back", "place", "Accra", B7, N7)
note(OK, "the corrected place", "place", "Lome", B7, N7)
# --- note-field: a live blog's earlier entry -------------------------------------------------
B8 = "The first round was held in the Vitebsk region last week and ended without a deal."
N8 = "Update, 14:10 GMT: An earlier entry said the talks were being held in the Vitebsk region. That was the venue of the first round; today's round is in the Grodno region."
note(OK, "the other occasion's place the note keeps", "place", "Vitebsk region", B8, N8)
note(OK, "today's place the entry gives", "place", "Grodno region", N8)
B9 = "Delegates gathered in Arusha for the second day of talks."
N9 = "An earlier post said the talks had been called off. They are continuing."
note(NO, "cancelled, taken back by a blog post", "status", "cancelled", B9, N9)
# --- note-field: a status note keeps the place; a bracketed rate note -------------------------
B10 = (
    "Southern African ministers were due to meet in Harare this week to discuss the grain corridor."
)
N10 = "An earlier version of this article said the meeting in Harare had been cancelled. It has been postponed."
note(OK, "the place a status note repeats", "place", "Harare", B10, N10)
note(NO, "the status the note takes back", "status", "cancelled", B10, N10)
note(OK, "the status the note gives", "status", "postponed", B10, N10)
P11 = "[Clarification: the surcharge on Vietnamese shrimp is 6 percent, not 4 percent as we first wrote.]"
note(
    OK,
    "Y of 'as we first wrote'",
    "rate",
    6,
    "Canberra set a surcharge on Vietnamese shrimp on Thursday.",
    P11,
)
note(
    NO,
    "X of 'as we first wrote'",
    "rate",
    4,
    "Canberra set a surcharge on Vietnamese shrimp on Thursday.",
    P11,
)

# --- headline-body ----------------------------------------------------------------------------
H = [
    (
        "Summit called off as talks stall",
        "The leaders' meeting planned for Vaduz next month has not been cancelled, a spokesman said on Friday, though its date is now uncertain.",
        "cancelled",
        "in_doubt",
    ),
    (
        "Trade talks scrapped",
        "The trade talks set for Oslo have not been scrapped and are scheduled for next week, the ministry said on Tuesday.",
        "cancelled",
        "scheduled",
    ),
    (
        "Ceasefire collapses in the north",
        "The ceasefire in the north is holding, the monitors said on Sunday, after a night of scattered gunfire.",
        "collapsed",
        "in_effect",
    ),
    (
        "Forum postponed again",
        "The Andean forum will go ahead as planned in Cusco on May 9, its organisers said, denying that it had been postponed.",
        "postponed",
        "scheduled",
    ),
    (
        "Leaders cancel Lisbon meeting",
        "Officials said on Wednesday that the Lisbon meeting of the two leaders had not been cancelled and was scheduled for Friday.",
        "cancelled",
        "scheduled",
    ),
    (
        "Truce ends after three days",
        "The truce between the two clans remains in force, elders said on Thursday, despite a shooting at the market.",
        "expired",
        "in_effect",
    ),
    (
        "Summit in doubt after row",
        "The summit in Windhoek will take place on Monday as planned, the host government said, dismissing talk of a delay.",
        "in_doubt",
        "scheduled",
    ),
    (
        "Peace talks collapse in Nairobi",
        "The peace talks in Nairobi have not collapsed, the mediators said in a statement; the next session is scheduled for Monday.",
        "cancelled",
        "scheduled",
    ),
    (
        "Accord signing delayed",
        "The meeting in Bogota to sign the accord was held on Saturday as planned, with no delay, the presidency said.",
        "postponed",
        "held",
    ),
    (
        "Ministers abandon Tbilisi meeting",
        "The meeting of ministers in Tbilisi has not been abandoned, the foreign ministry said, and is scheduled for later this month.",
        "cancelled",
        "scheduled",
    ),
]
for head, body, said, real in H:
    kind = "ceasefires" if "ruce" in head or "easefire" in head else "summits"
    headline(NO, "the headline's status the body denies", said, head, body, kind)
    headline(OK, "the body's own status", real, head, body, kind)


# --- the session 21 review: a page whose first body line is wrapped is no headline ------------
def wrapped(expect, why, field, value, first, rest):
    sentence = f"{first} {rest}"
    facts, path = _item(field, value, [sentence])
    built.add("headline-body", expect, f"{field} {value}: {why}", f"{first}\n{rest}", facts, path)


wrapped(
    OK,
    "the day on the wrapped line",
    "day",
    "Monday",
    "The summit of Gulf leaders was held in Doha as planned",
    "Monday despite the row, officials said.",
)
wrapped(
    NO,
    "not the day the line gives",
    "day",
    "Tuesday",
    "The summit of Gulf leaders was held in Doha as planned",
    "Monday despite the row, officials said.",
)
wrapped(
    OK,
    "the place on the wrapped line",
    "place",
    "Arica",
    "The two foreign ministers are due to meet in the port city",
    "Arica on Friday, officials in Lima said.",
)
wrapped(
    NO,
    "not the capital the line does not name",
    "place",
    "Lima",
    "The two foreign ministers are due to meet in the port city",
    "Arica on Friday, officials in Lima said.",
)
wrapped(
    OK,
    "the wrapped day of a meeting",
    "day",
    "Thursday",
    "Envoys of the two governments met behind closed doors in Muscat on",
    "Thursday, a diplomat said.",
)
headline(
    OK,
    "the body's own status, under a dateline",
    "in_doubt",
    "Summit called off as talks stall",
    "OSLO, Norway - The summit has not been cancelled, but its date is now uncertain, officials said.",
)
headline(
    NO,
    "the headline's status over a dateline",
    "cancelled",
    "Summit called off as talks stall",
    "OSLO, Norway - The summit has not been cancelled, but its date is now uncertain, officials said.",
)
headline(
    NO,
    "the headline's status over a quotation",
    "cancelled",
    "Summit called off as talks stall",
    '"The summit has not been cancelled," a spokesman for the host said on Friday.',
)

# --- the session 21 review: a post that was right is no correction ----------------------------
B12 = "An earlier post said the talks would be held in Arusha, and the ministry confirmed it on Thursday."
note(OK, "a post the ministry confirmed", "place", "Arusha", B12)
note(NO, "a place no line gives", "place", "Moshi", B12)
B13 = "An earlier update said the envoys would meet in Gaborone, as the foreign ministry later confirmed."
note(OK, "an update the ministry confirmed", "place", "Gaborone", B13)
B14 = (
    "An earlier entry said the envoys would meet in Gaborone. That was wrong: they meet in Maseru."
)
note(NO, "the place the entry got wrong", "place", "Gaborone", B14)
note(OK, "the place the correction gives", "place", "Maseru", B14)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT}")
