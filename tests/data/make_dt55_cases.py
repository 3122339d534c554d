# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 55's reading of an event's day against the day its own word is dated
with (``grounding_dt55.jsonl``, fresh-miss writer dt55; days/tied_days.py), at the edges of

- ``clause``: a sentence that dates the event's own word ("two men had been arrested on 5
  March", "a bus crash on May 20", "the dam had cracked on 18 November") and the act that
  brought it to the page ("Police announced on 8 March", "filed the suit on June 4", "The
  report, published on 4 December"): the other clause's day is refused for the event; against
  the event's own day, a day the event is given again in another sentence, an event that IS
  the announcement, and days no event word stands on (the sentence left as before);
- ``beside``: a sentence that dates the event's own word and another act beside it ("broke out
  on 3 August and was reported to the council on 5 August", "a day after a warning was issued on
  9 October"): the other act's day is refused; against the event's own day, a party's name or
  possessive beside a day ("a walkout by the same drivers on 2 April" for the drivers' strike,
  not refused), and word forms of the event ("crashed", "crash", "crashes").

Run ``python tests/data/make_dt55_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_dt55.jsonl")

built = SupportCases(
    "dt55",
    leads=[
        "By Ines Varga | The Lowfield Courier",
        "METRO DESK | Riverbend Wire",
        "From our county desk, The Ashcombe Herald.",
        "Live | The Norland Standard",
        "Briefing | Saltmarsh Press",
    ],
)
CLAUSE, BESIDE = "clause", "beside"


# one event's date per value (SupportCases.event_field)
event = built.event_field


# --- clause: the day of the act that brought the event to the page ----------------------------
event(
    CLAUSE,
    [
        "Police announced on 8 March that two men had been arrested on 5 March at a flat in Corbridge."
    ],
    "two men arrested",
    "when",
    ["5 March"],
    ["8 March"],
)
event(
    CLAUSE,
    [
        "Lawyers for the families filed the lawsuit on June 4 over a bus crash on May 20 that injured nine people."
    ],
    "bus crash injuring nine",
    "when",
    ["May 20"],
    ["June 4"],
)
event(
    CLAUSE,
    [
        "The inspectors' report, published on 4 December, found that the Hollin dam had cracked on 18 November."
    ],
    "dam cracked",
    "when",
    ["18 November"],
    ["4 December"],
)
event(
    CLAUSE,
    ["Officials at Marlow Water disclosed on 14 April that the data breach happened on 2 April."],
    "data breach",
    "when",
    ["2 April"],
    ["14 April"],
)
event(
    CLAUSE,
    ["The minister confirmed on 21 July that the Tessford smelter had shut on 30 June."],
    "smelter shut",
    "when",
    ["30 June"],
    ["21 July"],
)
event(
    CLAUSE,
    [
        "The regulator said on Thursday that the pipeline leaked on Monday near the village of Orrin."
    ],
    "pipeline leaked",
    "when",
    ["Monday"],
    ["Thursday"],
)
event(
    CLAUSE,
    [
        "The club revealed on 2 February that its striker Dario Venn had been injured in training on 28 January."
    ],
    "striker injured in training",
    "when",
    ["28 January"],
    ["2 February"],
)
event(
    CLAUSE,
    [
        "Prosecutors charged the driver on 11 September, more than a month after the collision on 3 August that killed a cyclist."
    ],
    "collision that killed a cyclist",
    "when",
    ["3 August"],
    ["11 September"],
)
event(
    CLAUSE,
    [
        "The council told residents on 19 May that the footbridge over the Lune had been closed on 16 May after a routine check."
    ],
    "footbridge closed",
    "when",
    ["16 May"],
    ["19 May"],
)
event(
    CLAUSE,
    [
        "Health officials reported on 9 August that the outbreak at the care home was first detected on 30 July."
    ],
    "outbreak detected at care home",
    "when",
    ["30 July"],
    ["9 August"],
)
event(
    CLAUSE,
    [
        "The airline said on Sunday that the jet's engine failed on Friday, shortly after take-off from Kelso."
    ],
    "engine failure",
    "when",
    ["Friday"],
    ["Sunday"],
)
# must pass: the event is the announcement; the day given again; no event word on either day
event(
    CLAUSE,
    [
        "Brackley Foods announced on 6 May that it would cut 300 jobs at its Wendham bakery by 30 June."
    ],
    "Brackley Foods announced job cuts",
    "when",
    ["6 May"],
    [],
)
event(
    CLAUSE,
    [
        "The Hollin dam cracked on 18 November.",
        "The inspectors' report, published on 4 December, said the dam had cracked on 18 November.",
    ],
    "dam cracked",
    "when",
    ["18 November"],
    [],
)
event(
    CLAUSE,
    ["The council voted on 5 May to close the Dunmore library, which shut its doors on 30 June."],
    "library closure",
    "when",
    ["30 June"],
    [],
)
event(
    CLAUSE,
    ["The hearing was moved to 19 March from 12 March at the request of the defence."],
    "hearing",
    "when",
    ["19 March"],
    [],
)
event(
    CLAUSE,
    ["The ministry said on 3 October that the new border crossing opened on 1 October."],
    "ministry said crossing opened",
    "when",
    ["3 October"],
    [],
)
event(
    CLAUSE,
    ["The Crane Street depot fire broke out early on Tuesday, the brigade said on Wednesday."],
    "depot fire",
    "when",
    ["Tuesday"],
    ["Wednesday"],
)
event(
    CLAUSE,
    ["The Pellow family learned on 12 June that their appeal had been rejected on 9 June."],
    "appeal rejected",
    "when",
    ["9 June"],
    ["12 June"],
)
event(
    CLAUSE,
    ["The sale of the Orme Street site, agreed on 2 March, was made public on 20 March."],
    "site sale agreed",
    "when",
    ["2 March"],
    ["20 March"],
)
event(
    CLAUSE,
    ["Organisers said on 1 July that the Tarrow festival, held on 27 June, drew 40,000 visitors."],
    "festival held",
    "when",
    ["27 June"],
    ["1 July"],
)
event(
    CLAUSE,
    ["The theft of the Kirkby chalice on 7 January was reported to police only on 15 January."],
    "chalice theft",
    "when",
    ["7 January"],
    ["15 January"],
)

# --- beside: another act named beside the event in the same sentence --------------------------
event(
    BESIDE,
    ["The Saltney depot fire broke out on 3 August and was reported to the council on 5 August."],
    "fire broke out",
    "when",
    ["3 August"],
    ["5 August"],
)
event(
    BESIDE,
    [
        "The ferry Morwen sank on 11 October, two days after a storm warning was issued on 9 October."
    ],
    "ferry sank",
    "when",
    ["11 October"],
    ["9 October"],
)
event(
    BESIDE,
    [
        "The Ferris Road shooting on 1 May came a week after a stabbing in the same street on 24 April."
    ],
    "Ferris Road shooting",
    "when",
    ["1 May"],
    ["24 April"],
)
event(
    BESIDE,
    ["The Holm quarry reopened on 2 June, a month after inspectors visited on 3 May."],
    "quarry reopened",
    "when",
    ["2 June"],
    ["3 May"],
)
event(
    BESIDE,
    [
        "Nurses at Wexcombe hospital walked out on 14 March, after talks with managers collapsed on 10 March."
    ],
    "nurses walked out",
    "when",
    ["14 March"],
    ["10 March"],
)
event(
    BESIDE,
    [
        "The Calder tram derailed on 22 February, a day after engineers inspected the points on 21 February."
    ],
    "tram derailed",
    "when",
    ["22 February"],
    ["21 February"],
)
event(
    BESIDE,
    ["Mayor Tilde Ross resigned on 9 November, a week after the audit was leaked on 2 November."],
    "mayor resigned",
    "when",
    ["9 November"],
    ["2 November"],
)
event(
    BESIDE,
    ["The Vessel Street gas explosion on 17 January followed complaints of a smell on 12 January."],
    "gas explosion",
    "when",
    ["17 January"],
    ["12 January"],
)
event(
    BESIDE,
    ["The eastern landslide struck on 4 April, after heavy rain began on 1 April."],
    "landslide struck",
    "when",
    ["4 April"],
    ["1 April"],
)
event(
    BESIDE,
    [
        "Rescuers found the missing climber on 26 August, three days after his partner raised the alarm on 23 August."
    ],
    "missing climber found",
    "when",
    ["26 August"],
    ["23 August"],
)
# must pass: a party beside a day, word forms, the event's day in two sentences
event(
    BESIDE,
    [
        "The bus drivers' strike on 9 April followed a one-day walkout by the same drivers on 2 April."
    ],
    "drivers' strike",
    "when",
    ["9 April"],
    [],
)
event(
    BESIDE,
    [
        "The freight train crashed on 6 July near Aldby, after its driver reported a fault on 5 July."
    ],
    "freight train crash",
    "when",
    ["6 July"],
    ["5 July"],
)
event(
    BESIDE,
    [
        "Two planes collided on the runway on 13 May, weeks after pilots warned of the risk on 20 April."
    ],
    "collision of two planes",
    "when",
    ["13 May"],
    [],
)
event(
    BESIDE,
    [
        "The floods hit Brenton on 2 December.",
        "The river burst its banks on 2 December, a day after the warning on 1 December.",
    ],
    "floods hit Brenton",
    "when",
    ["2 December"],
    [],
)
event(
    BESIDE,
    ["The Amwell school reopened on 8 September, after the repairs that began on 20 July."],
    "school repairs",
    "when",
    ["20 July"],
    [],
)
event(
    BESIDE,
    [
        "Workers at the Penrith plant will strike on 3 June, the union said after talks failed on 28 May."
    ],
    "Penrith plant strike",
    "when",
    ["3 June"],
    ["28 May"],
)
event(
    BESIDE,
    ["The storm strikes on Friday night, a day after the Met Office warning on Thursday."],
    "storm strikes",
    "when",
    ["Friday night"],
    ["Thursday"],
)
event(
    BESIDE,
    ["The Marrick mill burned down on 19 October, days after the owners closed it on 15 October."],
    "mill burned down",
    "when",
    ["19 October"],
    ["15 October"],
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
