# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's free-text words the article writes another way
(``grounding_ft64.jsonl``, false-alarm writer ft64), by category, each with what must pass and
what must fail:

- ``spelled``: an all-capital abbreviation of a summary or key point that the page spells out
  in lower case (:mod:`summarizer.verification.free_text.lower_initials`: "CEO" for "chief
  executive", "TRO" for "temporary restraining order", "TEU" for "twenty-foot equivalent
  units", "NGO" for "non-governmental organisation"), or writes in the other number ("CFOs"
  beside "CFO"). Refused: another officer's letters ("CFO" beside "chief executive"), a phrase
  cut by a stop word, a full stop or a missing word ("a restraining order", "chief of staff",
  "many farming"), letters read from a hyphened word's second part ("FEU" from "twenty-foot
  equivalent units"), and a sentence whose other name or number the page does not state;
- ``opening``: a sentence's first word that is a bare common word before a verb of change,
  lasting, amount or a copula ("Revenue fell", "Fees rise", "Store gets", "Applicant was"), or
  an adjective before its noun ("Annual loss", "Unanimous council vote", "Former head",
  "Previous record"; :mod:`summarizer.verification.free_text.thing_openings`). Refused: a
  surname before a saying verb ("Tusk said", "Gallant was told"), a surname no word list
  holds as a common word ("Starmer was", "Hunt was named", "Okafor remains"), a body's noun
  ("Tribunal will rule"), a possessive or a capitalised word after it ("Gallant's aides",
  "Waltz Group shares"), and a sentence whose number, place or person the page does not state.

Run ``python tests/data/make_ft64_cases.py`` to rebuild it. Every article below was written for
this set in its own words, names and places made up (public figures only in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the case
was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ft64.jsonl")

built = SupportCases(
    "ft64",
    leads=[
        "HALDEN, May 12 (Northline Wire) -",
        "By Ines Farrow | The Kellmar Gazette",
        "Business desk | The Orrin Valley Record",
        "From our correspondent, The Saltby Post.",
        "NEWS IN BRIEF | Marlow Evening Post",
        "Court and council roundup -",
    ],
)
SPELLED, OPENING = "spelled", "opening"


def spelled(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    built.free_text(SPELLED, expect, paragraph, text, why, path)


def opening(expect: bool, paragraph: str, text: str, why: str, path: str = "key_points[0]") -> None:
    built.free_text(OPENING, expect, paragraph, text, why, path)


# fmt: off
# --- spelled: must pass ------------------------------------------------------------------------
spelled(True, "Kessan Foods said its chief executive, Mara Oyelaran, would step down in June after nine years in the job.", "Kessan Foods CEO Mara Oyelaran will step down in June.", "CEO: the page's chief executive")
spelled(True, "Judge Petra Lund granted a temporary restraining order blocking the sale of the Harrowgate depot until a hearing on May 4.", "Judge Petra Lund granted a TRO blocking the Harrowgate depot sale until May 4.", "TRO: temporary restraining order")
spelled(True, "Members approved the accounts at the Dunmere Rowing Society's annual general meeting on Saturday.", "The Dunmere Rowing Society approved its accounts at the AGM.", "AGM: annual general meeting", path="key_points[0]")
spelled(True, "Tallis Port handled 1.9 million twenty-foot equivalent units last year, a record for the harbour.", "Tallis Port handled 1.9 million TEU last year.", "TEU: a hyphened word's first part only", path="key_points[0]")
spelled(True, "Nurseries in the Vell district reported 3.1 full-time equivalent vacancies each on average, the survey found.", "Vell nurseries averaged 3.1 FTE vacancies.", "FTE: a hyphened word's two parts")
spelled(True, "Tomas Brandt, chief financial officer of Orrin Stores, and Ada Kell, who holds the same job at Pellow, both left in March.", "The CFOs of Orrin Stores and Pellow both left in March.", "CFOs: chief financial officer, plural")
spelled(True, "The health agency's chief medical officer, Dr Ines Marr, warned of a hard winter for hospitals.", "CMO Ines Marr warned of a hard winter for hospitals.", "CMO: chief medical officer")
spelled(True, "Food reached the Karrow camp on Tuesday through a non-governmental organisation based in Halden.", "An NGO based in Halden brought food to the Karrow camp on Tuesday.", "NGO: non-governmental organisation")
spelled(True, "Kellmar Bank said its chief operating officer, Teo Varga, had resigned with immediate effect.", "Kellmar Bank COO Teo Varga resigned.", "COO: chief operating officer", path="key_points[0]")
spelled(True, "Employers across Saltby will pay higher national insurance contributions from April, the chamber of commerce warned.", "Saltby employers face higher NIC from April.", "NIC: national insurance contributions")
spelled(True, "Ada Kell became CFO of Orrin Stores in January; Piet Lau took the same post at Marren Group.", "Orrin Stores and Marren Group appointed new CFOs.", "CFOs: the page's CFO in the singular", path="key_points[0]")
spelled(True, "Lumo Rail's chief executive, Hal Ferriby, apologised to passengers after the timetable failed for a second week.", "Hal Ferriby, Lumo Rail's CEO, apologised to passengers.", "CEO after a name")
# --- spelled: must fail ------------------------------------------------------------------------
spelled(False, "Kessan Foods said its chief executive, Mara Oyelaran, would step down in June.", "Kessan Foods CFO Mara Oyelaran will step down in June.", "CFO beside the page's chief executive only")
spelled(False, "Kellmar Bank said its chief operating officer, Teo Varga, had resigned.", "Kellmar Bank CEO Teo Varga resigned.", "CEO beside the page's chief operating officer only")
spelled(False, "Judge Petra Lund granted a restraining order against the Harrowgate depot's owner.", "Judge Petra Lund granted a TRO against the depot's owner.", "TRO beside 'a restraining order': no word for the T")
spelled(False, "Rates rose in many farming districts, the Velmish agriculture ministry said.", "The IMF said rates rose in many Velmish farming districts.", "IMF: 'in many farming' holds a stop word")
spelled(False, "Crowds packed the stadium for the national football league final in Dunmere.", "The NBA final in Dunmere drew crowds.", "NBA beside a national football league")
spelled(False, "Members approved the accounts at the society's annual general meeting.", "The society approved its accounts at an EGM.", "EGM beside an annual general meeting")
spelled(False, "Tallis Port handled 1.9 million twenty-foot equivalent units last year.", "Tallis Port handled 1.9 million FEU last year.", "FEU read from a hyphened word's second part")
spelled(False, "Ana Ruiz, the governor's chief of staff, resigned on Friday.", "COO Ana Ruiz resigned on Friday.", "COO beside 'chief of staff'")
spelled(False, "The board rejected the temporary plan. Restraining orders were refused as well.", "The board refused a TRO.", "TRO across a full stop")
spelled(False, "The finance chiefs of three retailers left in March, the trade paper said.", "Three retailers' CFOs left in March.", "CFOs beside 'finance chiefs'")
spelled(False, "Kessan Foods said its chief executive, Mara Oyelaran, would step down in June.", "Kessan Foods CEO Tomas Vell will step down in June.", "a chief executive the page does not name")
spelled(False, "Judge Petra Lund granted a temporary restraining order until a hearing on May 4.", "Judge Petra Lund granted a TRO until a hearing on May 9.", "a date the page does not state")
# --- opening: must pass ------------------------------------------------------------------------
opening(True, "Sales at the Orrin chain dropped to 4.1 million crowns in the year from 5.3 million.", "Revenue fell to 4.1 million crowns.", "a common noun before 'fell'")
opening(True, "Charges at the Halden day nurseries will go up 3 per cent in September, the council said.", "Fees rise by 3 per cent in September.", "a common noun before 'rise'")
opening(True, "The corner shop that sold the winning ticket receives a bonus of $25,000.", "Store gets $25,000.", "a common noun before 'gets'")
opening(True, "The request was lodged by the Velmish Growers Union, not by the sugar company, the paper said in a correction.", "Applicant was the Velmish Growers Union.", "a common noun before 'was'")
opening(True, "Beekeepers in the Dunmere valley lost 38 per cent of their colonies over the year.", "Annual loss 38 per cent.", "an adjective before its noun")
opening(True, "The city council voted 9-0 on Tuesday to close Mill Road for the marathon.", "Unanimous council vote on Tuesday.", "an adjective in -ous before a noun")
opening(True, "Katrina Dole, who ran the Saltby food bank until 2019, welcomed the report.", "Former head Katrina Dole welcomed the report.", "'Former' before a noun")
opening(True, "The largest jackpot before this one, £170 million, was won in 2019.", "Previous record £170 million in 2019.", "'Previous' before a noun")
opening(True, "The fuel support scheme will keep running until March 2026, the ministry said.", "Subsidy continues until March 2026.", "a common noun before 'continues'", path="summary")
opening(True, "Some 61 per cent of registered voters cast a ballot in the Kellmar by-election.", "Turnout was 61 per cent in the Kellmar by-election.", "a common noun before 'was'", path="summary")
opening(True, "Cars queued for an hour on the Orrin bridge after the toll was scrapped; the wait used to be ten minutes.", "Congestion has grown on the Orrin bridge since the toll was scrapped.", "a common noun before 'has'", path="summary")
opening(True, "A season ticket at Marlow Town stays at £450 for next year, the club said.", "Membership remains £450 for next year.", "a common noun before 'remains'")
# --- opening: must fail ------------------------------------------------------------------------
opening(False, "Poland's prime minister said on Monday that the budget would be balanced by 2028.", "Tusk said the budget would be balanced by 2028.", "a surname that is a word, before a saying verb")
opening(False, "Israel's former defence minister was asked to resign on Sunday, aides confirmed.", "Gallant was told to resign on Sunday.", "a surname that is a word, a saying verb two words on")
opening(False, "The carmaker's founder has sold half his shares, filings showed.", "Musk has said he sold half his shares.", "a surname that is a word, 'has said'")
opening(False, "The prime minister was in Leeds on Monday to open a hospital wing.", "Starmer was in Leeds on Monday.", "a surname in no word list, before 'was'")
opening(False, "The former health secretary was named chancellor on Friday.", "Hunt was named chancellor on Friday.", "a surname the lists write as a name")
opening(False, "The manager of Marlow Town remains in charge despite five defeats.", "Okafor remains in charge of Marlow Town.", "a surname before 'remains'")
opening(False, "The court will rule on the Harrowgate depot in May.", "Tribunal will rule on the Harrowgate depot in May.", "a body's noun before 'will'")
opening(False, "Two aides of the defence minister resigned on Sunday.", "Gallant's aides resigned on Sunday.", "a possessive")
opening(False, "Shares in the consultancy fell 8 per cent on Monday.", "Waltz Group shares fell 8 per cent.", "a capitalised word after it")
opening(False, "Sales at the Orrin chain dropped to 4.1 million crowns in the year.", "Revenue fell to 4.3 million crowns.", "a number the page does not state")
opening(False, "Charges at the Halden day nurseries will go up 3 per cent in September.", "Fees rise by 3 per cent at Karrow nurseries.", "a town the page does not name")
opening(False, "Anton Vell, who ran the Saltby food bank until 2019, welcomed the report.", "Former head Tomas Vell welcomed the report.", "another person's first name after 'Former'")
opening(False, "The opposition leader remains head of the party after the vote.", "Brown remains head of the party.", "a surname the lists write as a name, before 'remains'")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
