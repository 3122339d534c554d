# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv61w's set for wh61's whole written ranges of days (``grounding_rv61w.jsonl``;
:mod:`summarizer.verification.days.range_values`):

- ``beside``: another thing's range in the event's evidence, the event named in another part
  of it with no day of its own, or by words under four letters ("ban", "row"), or with a coming
  period ("next week"): refused; against the event's own range written in many ways (a report's
  day beside it, a dash, "through", a time and a day, a year);
- ``lookalike``: a value whose words sit inside a longer written range ("1 June to 3 July"
  inside "21 June to 3 July", "May 4 to June 1" inside "May 4 to June 10"): refused; against
  the event's own range cut short or written whole.

Run ``python tests/data/make_rv61w_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv61w.jsonl")

built = SupportCases(
    "rv61w",
    leads=[
        "By Tamsin Hollow | The Brackwater Post | 14 April 2026",
        "ORLEY (Fenmark Press) -",
        "City desk | The Quillby Herald",
        "Sport, The Dunhaven Chronicle, April 14, 2026.",
    ],
)
BESIDE, LOOKALIKE, ASIDE = "beside", "lookalike", "aside"


# --- beside: another thing's range; the event named with no day of its own -----------------
P = "The nurses' strike at Brackwater General will go ahead, and the hospital's visiting restrictions run from 4 May to 9 May."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "nurses' strike at Brackwater General",
    "strike",
    [],
    ["4 May to 9 May", "from 4 May to 9 May"],
)
P = "Teachers in Orley voted to strike over class sizes, but the exam season runs from 11 May until 19 June."
built.page_event_range(
    BESIDE, [P], [P], "teachers in Orley voted to strike", "strike", [], ["11 May until 19 June"]
)
P = "The ban on Rhys Talbot was upheld, while his club's transfer embargo runs from 5 March to 5 June."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "ban on Rhys Talbot upheld",
    "other",
    [],
    ["5 March to 5 June", "from 5 March to 5 June"],
)
P = "The row over the depot closure deepened on Friday; the consultation on the new timetable runs from 2 May through 30 May."
built.page_event_range(
    BESIDE, [P], [P], "row over the depot closure", "other", [], ["2 May through 30 May"]
)
P = "Dock workers will begin their walkout next week, while the port's reduced opening hours last from 20 April to 27 April."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "walkout by dock workers",
    "strike",
    [],
    ["20 April to 27 April", "from 20 April to 27 April"],
)
P = "The Quillby marathon has been cancelled, and the road closures that were planned for it run from 3 June until 5 June."
built.page_event_range(
    BESIDE, [P], [P], "cancellation of the Quillby marathon", "other", [], ["3 June until 5 June"]
)
P = "Protesters marched through Dunhaven against the new levy, which applies from 1 July to 31 December."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "protest march against the levy in Dunhaven",
    "other",
    [],
    ["1 July to 31 December"],
)
P = "The library's renovation is finished, and its summer reading scheme runs from 20 July until 31 August."
built.page_event_range(
    BESIDE, [P], [P], "renovation of the library", "other", [], ["20 July until 31 August"]
)
P = "Fenmark's ferry crews rejected the pay offer, whereas the winter timetable runs from 1 November to 28 February."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "ferry crews rejected the pay offer",
    "other",
    [],
    ["1 November to 28 February"],
)
P = "The bin strike ended in a deal, and the catch-up collections run from 6 April till 18 April."
built.page_event_range(BESIDE, [P], [P], "bin strike", "strike", [], ["6 April till 18 April"])
# the event's own range, written in many ways
P = "The Orley food festival, announced on Monday, runs from 12 June to 14 June on the quayside."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "Orley food festival",
    "other",
    ["12 June to 14 June", "from 12 June to 14 June"],
    [],
)
P = "The water company said on Tuesday that the hosepipe ban runs from 1 July through 31 August."
built.page_event_range(BESIDE, [P], [P], "hosepipe ban", "other", ["1 July through 31 August"], [])
P = "Dunhaven's Christmas market will open from 28 November until 23 December, the council confirmed."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "Christmas market in Dunhaven",
    "other",
    ["from 28 November until 23 December", "28 November until 23 December"],
    [],
)
P = "The lane closure on the Brack bridge lasts from 10pm on 3 May until 6am on 4 May."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "lane closure on the Brack bridge",
    "other",
    ["10pm on 3 May until 6am on 4 May"],
    [],
)
P = "The exhibition of Hollow's prints runs from 2 March to 30 April, the gallery said."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "exhibition of Hollow's prints",
    "other",
    ["2 March to 30 April", "from 2 March to 30 April"],
    [],
)
P = "Security guards at Orley airport will stop work from 6am on 9 May until 6am on 11 May, their union said."
built.page_event_range(
    BESIDE,
    [P],
    [P],
    "strike by security guards at Orley airport",
    "strike",
    ["from 6am on 9 May until 6am on 11 May"],
    [],
)
P = "His suspension, confirmed at a hearing on 2 April, runs from 3 April to 3 October."
built.page_event_range(
    BESIDE, [P], [P], "suspension of the winger Dev Amari", "other", ["3 April to 3 October"], []
)

# --- lookalike: the value's words inside a longer range ----------------------------------
P = "The closure of the Quillby towpath runs from 21 June to 3 July, while the lock is rebuilt."
built.page_event_range(
    LOOKALIKE,
    [P],
    [P],
    "closure of the Quillby towpath",
    "other",
    ["21 June to 3 July", "from 21 June to 3 July"],
    ["1 June to 3 July", "from 1 June to 3 July"],
)
P = "The exam board's appeal window runs from May 4 to June 10."
built.page_event_range(
    LOOKALIKE,
    [P],
    [P],
    "appeal window of the exam board",
    "other",
    ["May 4 to June 10"],
    ["May 4 to June 1"],
)
P = "The rail replacement buses run from 12 August until 19 August, the operator said."
built.page_event_range(
    LOOKALIKE,
    [P],
    [P],
    "rail replacement buses",
    "other",
    ["12 August until 19 August"],
    ["2 August until 19 August", "12 August until 1 August"],
)
P = "Her ban lasts from 15 January to 25 April, the tribunal ruled."
built.page_event_range(
    LOOKALIKE,
    [P],
    [P],
    "ban on the swimmer Ama Reyes",
    "other",
    ["15 January to 25 April"],
    ["5 January to 25 April", "15 January to 2 April"],
)
P = "The roadworks on Fen Lane run from 31 March to 14 May, the council said."
built.page_event_range(
    LOOKALIKE,
    [P],
    [P],
    "roadworks on Fen Lane",
    "other",
    ["31 March to 14 May", "from 31 March to 14 May"],
    ["1 March to 14 May", "31 March to 1 May"],
)
P = "The consultation on the harbour plan lasts from 10 October until 20 November."
built.page_event_range(
    LOOKALIKE,
    [P],
    [P],
    "consultation on the harbour plan",
    "other",
    ["10 October until 20 November"],
    ["10 October until 2 November", "1 October until 20 November"],
)
P = "The swimming pool's closure runs from 2026 to 2028, the trust said."
built.page_event_range(
    LOOKALIKE, [P], [P], "closure of the swimming pool", "other", ["2026 to 2028"], ["2027 to 2028"]
)

P = "The Brackwater regatta runs on 12-14 June, the rowing club said."
built.page_event_range(
    LOOKALIKE, [P], [P], "Brackwater regatta", "other", ["12-14 June"], ["2-14 June"]
)
P = "The Quillby book fair runs from 13 to 16 September in the old corn exchange."
built.page_event_range(
    LOOKALIKE,
    [P],
    [P],
    "Quillby book fair",
    "other",
    ["13 to 16 September", "from 13 to 16 September"],
    ["3 to 16 September"],
)

# --- aside: another thing's range after a comma's aside; the event named with no day --------
P = "The ferry strike, which the union called on Monday, will overlap with the harbour works, which run from 4 May to 9 May."
built.page_event_range(
    ASIDE, [P], [P], "ferry strike", "strike", [], ["4 May to 9 May", "from 4 May to 9 May"]
)
P = "The cleaners' walkout, planned for next week, adds to the pressure on the wards, whose refit lasts from 20 April until 2 May."
built.page_event_range(
    ASIDE, [P], [P], "walkout by cleaners", "strike", [], ["20 April until 2 May"]
)
P = "The ban, handed down this week, comes on top of the club's embargo, which runs from 5 March to 5 June."
built.page_event_range(
    ASIDE,
    [P],
    [P],
    "ban on the midfielder Joss Erne",
    "other",
    [],
    ["5 March to 5 June", "from 5 March to 5 June"],
)
P = "The row over the library cuts, now in its third month, has spilled into the budget consultation, which runs from 2 May through 30 May."
built.page_event_range(
    ASIDE, [P], [P], "row over the library cuts", "other", [], ["2 May through 30 May"]
)
P = "The pilots' strike, the union said, would not touch the airshow, which runs from 11 July to 13 July."
built.page_event_range(ASIDE, [P], [P], "strike by pilots", "strike", [], ["11 July to 13 July"])
P = "Orley's election, due later this year, will not disturb the census, which runs from 1 March until 30 April."
built.page_event_range(
    ASIDE,
    [P],
    [P],
    "Orley's election",
    "vote",
    [],
    ["1 March until 30 April", "from 1 March until 30 April"],
)
P = "The miners' protest, which began at dawn, blocked access to the trade fair, which lasts from 14 April till 17 April."
built.page_event_range(
    ASIDE, [P], [P], "protest by miners", "other", [], ["14 April till 17 April"]
)
P = "The tram drivers' stoppage, their third this year, falls inside the school holidays, which run from 6 April to 17 April."
built.page_event_range(
    ASIDE, [P], [P], "stoppage by tram drivers", "strike", [], ["6 April to 17 April"]
)
# the event's own range after an aside
P = "The ferry strike, which the union called on Monday, runs from 4 May to 9 May."
built.page_event_range(
    ASIDE, [P], [P], "ferry strike", "strike", ["4 May to 9 May", "from 4 May to 9 May"], []
)
P = "The cleaners' walkout, the second this spring, lasts from 20 April until 2 May."
built.page_event_range(
    ASIDE, [P], [P], "walkout by cleaners", "strike", ["20 April until 2 May"], []
)
P = "The club's transfer embargo, confirmed by the league on Friday, runs from 5 March to 5 June."
built.page_event_range(
    ASIDE,
    [P],
    [P],
    "transfer embargo on the club",
    "other",
    ["5 March to 5 June", "from 5 March to 5 June"],
    [],
)
P = "The census, the statistics office said, runs from 1 March until 30 April."
built.page_event_range(ASIDE, [P], [P], "national census", "other", ["1 March until 30 April"], [])
P = "The airshow, now in its 40th year, runs from 11 July to 13 July."
built.page_event_range(
    ASIDE, [P], [P], "Orley airshow", "other", ["11 July to 13 July", "from 11 July to 13 July"], []
)
P = "The trade fair, which drew 40,000 visitors last year, lasts from 14 April till 17 April."
built.page_event_range(
    ASIDE, [P], [P], "trade fair in Orley", "other", ["14 April till 17 April"], []
)
P = "The harbour works, delayed twice by storms, run from 4 May to 9 May."
built.page_event_range(ASIDE, [P], [P], "harbour works", "other", ["4 May to 9 May"], [])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
