# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 48's reading of which clause an event's date or place belongs to
(``grounding_cl48w.jsonl``, rule writer cl48w; places/clause_owners.py,
sentences/occasion_units.py), written from many outlets' shapes before the reading:

- ``clause_day``: an event's date against another occasion's told in the same sentence: a
  relative clause ("The plant, which opened in 2019, will close in March"), a clause of time
  opening or closing the sentence ("After talks in Geneva last week, the ministers will meet in
  Rome on Friday", "two days after the bridge there collapsed"), a short aside ("The bridge, in
  use since 1962,"), a parenthesis, a second clause with a new subject or only a new date ("and
  April 21 at the Lexington site"); and the event's own date in every such sentence, in both
  orders, under a dateline, as a range, "by the end of April", a date on the event's noun ("the
  March 3 vote", "Saturday's election") and a relative clause about the event's own place
  ("Kalehe, which fell on 11 April");
- ``clause_place``: an event's place against another occasion's or a party's home in the same
  sentence: a party's aside ("founded in Leeds", "based in Dublin", "born in Lagos"), a
  relative clause, a clause of time, a parenthesis, a second clause; and the event's own place
  in such sentences, "at X in Y", a dateline's city, a place referred to by "there" or "the
  plant", a place fronted before its clause.

Run ``python tests/data/make_cl48w_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl48w.jsonl")

built = SupportCases(
    "cl48w",
    leads=[
        "By Dana Whitcombe | The Severn Courier",
        "NEWS DESK | The Prairie Ledger",
        "From our regional desk, The Tamar Gazette.",
        "Briefing | Coastline Wire",
        "Business | The Ironbridge Argus",
    ],
)
DAY, PLACE = "clause_day", "clause_place"


def days(text: str, passes: list[str], fails: list[str], what: str, kind: str = "other") -> None:
    """An event told in ``text``: each of ``passes`` is its date, each of ``fails`` is not."""
    built.event_days(DAY, [text], [text], passes, fails, kind, what)


def places(text: str, passes: list[str], fails: list[str], what: str, kind: str = "other") -> None:
    """An event told in ``text``: each of ``passes`` is its place, each of ``fails`` is not."""
    built.event_places(
        PLACE, text, passes, fails, kind, what, other="another occasion's place or a party's home"
    )


# --- clause_day: another occasion's date in a relative clause, a clause of time, an aside --
days(
    "The plant, which opened in 2019, will close in March, the company told workers.",
    ["March"],
    ["2019"],
    "closure of the plant",
)
days(
    "After talks in Geneva last week, the ministers will meet in Rome on Friday.",
    ["Friday"],
    ["last week"],
    "ministers to meet in Rome",
)
days(
    "The ministers will meet in Rome on Friday, after talks in Geneva last week ended without a deal.",
    ["Friday"],
    ["last week"],
    "ministers to meet in Rome",
)
days(
    "Residents moved back into the rebuilt homes on Sunday, a year after the 2024 floods.",
    ["Sunday"],
    ["2024"],
    "residents moved back into rebuilt homes",
)
days(
    "The bridge, in use since 1962, was closed to lorries on Tuesday after engineers found cracks.",
    ["Tuesday"],
    ["1962"],
    "bridge closed to lorries",
)
days(
    "The museum (founded in 1887) reopened its doors to visitors on 12 May after a long refit.",
    ["12 May"],
    ["1887"],
    "museum reopened to visitors",
)
days(
    "Layoffs began April 17 for 95 workers at the Columbia plant and April 21 for 320 workers at the Lexington site.",
    ["April 17"],
    ["April 21"],
    "layoffs at the Columbia plant",
)
days(
    "Rescuers reached the village on Thursday, two days after the main bridge there collapsed.",
    [],
    ["Thursday"],
    "main bridge collapsed",
)
days(
    "Rescuers reached the village on Thursday, two days after the main bridge there collapsed.",
    ["Thursday"],
    [],
    "rescuers reached the village",
)
days(
    "Following the March 3 primary, the party will choose its nominee at a convention on June 8.",
    ["June 8"],
    ["March 3"],
    "party chooses its nominee at a convention",
)
days(
    "Following the March 3 primary, the party will choose its nominee at a convention on June 8.",
    ["March 3"],
    ["June 8"],
    "state primary",
    "vote",
)
days(
    "BOGOTA, May 6 (Andes Wire) - Colombia's senate voted on Tuesday to approve the labour reform, which the lower house passed in June.",
    ["Tuesday"],
    ["June"],
    "senate approves labour reform",
    "vote",
)
days(
    "The carmaker, founded in 1921, will finish the recall of the affected vans by the end of April.",
    ["by the end of April"],
    ["1921"],
    "recall of the affected vans",
)
days(
    "The March 3 vote in Ohio, which followed a court ruling in February, gave the measure 57 percent.",
    ["March 3"],
    ["February"],
    "Ohio vote on the measure",
    "vote",
)
days(
    "- Tuesday: The council, which last met in January, approved the new budget.",
    ["Tuesday"],
    ["January"],
    "council approved the new budget",
    "vote",
)
days(
    "Dock workers walked out on Monday, weeks before the contract that was signed in 2021 expires.",
    ["Monday"],
    ["2021"],
    "dock workers walked out",
    "strike",
)
days(
    "The singer, who turned 60 in May, played the first of three sold-out nights at the arena on Saturday.",
    ["Saturday"],
    ["May"],
    "singer played the arena",
)
# the event's own date in such sentences
days(
    "President Adama Barrow has been re-elected, the commission announced late on Sunday, after he won more than 53 percent in Saturday's presidential election.",
    ["Saturday"],
    [],
    "presidential election won by Adama Barrow",
    "vote",
)
days(
    "The hearings began on Monday and concluded on Wednesday, the committee chair said on Thursday.",
    ["Wednesday"],
    [],
    "committee hearings concluded",
)
days(
    "Kim Jong Un's armoured train had been expected in Vladivostok on Tuesday, but the train pulled in on Wednesday afternoon.",
    ["Wednesday afternoon"],
    [],
    "arrival of Kim Jong Un's train in Vladivostok",
)
days(
    "At a rally in Erie on Saturday, the senator defended the tariffs he first proposed in 2023.",
    ["Saturday"],
    ["2023"],
    "senator defends tariffs at a rally",
)
days(
    "Convening by video link on Monday, the central bank's board cut its main rate to 3.5%, its first cut since March.",
    ["Monday"],
    ["March"],
    "central bank board cut its main rate",
)
days(
    "The festival, first held in 1995, opened in Ludlow on Friday with a parade through the town.",
    ["Friday"],
    ["1995"],
    "festival opened with a parade",
)

# --- clause_place: a party's home, another occasion's place ------------------------------
places(
    "The company, founded in Leeds, opened a site in Bristol on Monday with 200 jobs.",
    ["Bristol"],
    ["Leeds"],
    "company opened a site",
)
places(
    "After talks in Geneva last week, the ministers will meet in Rome on Friday.",
    ["Rome"],
    ["Geneva"],
    "ministers to meet on Friday",
    "talks",
)
places(
    "Ministers met in Rome on Friday, a week after talks in Geneva ended without a deal.",
    ["Rome"],
    ["Geneva"],
    "ministers met on Friday",
    "talks",
)
places(
    "Eaton, based in Dublin, announced a new valve plant in South Carolina on Tuesday.",
    ["South Carolina"],
    ["Dublin"],
    "new valve plant announced",
)
places(
    "The singer, born in Lagos, played a sold-out concert at Wembley Stadium on Saturday.",
    ["Wembley Stadium"],
    ["Lagos"],
    "singer played a sold-out concert",
)
places(
    "The carmaker (headquartered in Stuttgart) will build its new battery plant in Debrecen.",
    ["Debrecen"],
    ["Stuttgart"],
    "new battery plant to be built",
)
places(
    "The suspect, who was first arrested in Glasgow in 2019, was detained in Dundee on Friday.",
    ["Dundee"],
    ["Glasgow"],
    "suspect detained on Friday",
)
places(
    "Japan ordered evacuations along its Pacific coast on Wednesday afternoon, and Hawaii sounded sirens that evening.",
    ["Pacific coast"],
    ["Hawaii"],
    "Japan ordered coastal evacuations",
)
places(
    "Layoffs began April 17 for 95 workers at the Columbia plant and April 21 for 320 workers at the Lexington site.",
    ["Columbia"],
    ["Lexington"],
    "layoffs at the Columbia plant",
)
places(
    "Adient, the seat maker headquartered in Plymouth, Michigan, will close its plants in Maury County by June 27.",
    ["Maury County"],
    ["Plymouth"],
    "Adient closes its plants",
)
places(
    "The Ohio-based manufacturer, headquartered in Toledo, closed its door plant in Prineville earlier this year.",
    ["Prineville"],
    ["Toledo"],
    "door plant closed",
)
places(
    "Workers will rally outside the plant on Saturday, after a union meeting in Murfreesboro last week.",
    [],
    ["Murfreesboro"],
    "workers rally outside the plant",
)
# the event's own place in such sentences
places(
    "The summit was held at the Palais des Nations in Geneva, a week after a preparatory meeting in Vienna.",
    ["Palais des Nations", "Geneva"],
    ["Vienna"],
    "summit held at the Palais des Nations",
    "talks",
)
places(
    "NAIROBI, March 4 (Coastline Wire) - Police fired tear gas at protesters in Nairobi on Tuesday, days after a rally in Mombasa turned violent.",
    ["Nairobi"],
    ["Mombasa"],
    "police fired tear gas at protesters",
)
places(
    "Rescuers reached Sibolga on Thursday, two days after the main bridge there collapsed.",
    ["Sibolga"],
    [],
    "main bridge collapsed",
)
places(
    "Rescuers reached Sibolga on Thursday, two days after the main bridge there collapsed.",
    ["Sibolga"],
    [],
    "rescuers reached the town",
)
places(
    "The March 3 vote in Ohio, which followed a court ruling in Columbus, gave the measure 57 percent.",
    ["Ohio"],
    ["Columbus"],
    "Ohio vote on the measure",
    "vote",
)
places(
    "Troops entered Bakhmut, which they had shelled since March, on Monday.",
    ["Bakhmut"],
    [],
    "troops entered Bakhmut",
)
places(
    "In Sumy, a missile hit a bus carrying workers, regional officials said.",
    ["Sumy"],
    [],
    "missile hit a bus carrying workers",
    "strike",
)
places(
    "After arriving in Vilnius on Thursday, the defence ministers held their meeting on Friday.",
    ["Vilnius"],
    [],
    "defence ministers held their meeting",
    "talks",
)
places(
    "The talks, which began in Doha on Monday, ended without a deal on Friday.",
    ["Doha"],
    [],
    "talks ended without a deal",
    "talks",
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
