# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's bare common heads (``grounding_ft58.jsonl``, false-alarm writer
ft58; :mod:`summarizer.verification.free_text.common_heads`): a free text's first word that is a
common word the page never writes in any form, by category, each with what must pass and what
must fail:

- ``label-head``: an event's description or the story's subject, a label with no closing full
  stop, opened by a common noun or adjective ("Joint patrol of the two navies", "Contingency
  planning for the port", "Drop in school enrolment", "Breakdown of the repair bill"). Refused:
  a surname that is also a word in a person's label ("Tusk on the budget", "Gallant visits
  Hebron", "Waltz at the summit"), a body's noun ("Commission review of the bids"), a word the
  word lists also write as a name ("Price", "Rice", "Bush"), a made-up name, and a common head
  with a name or number the page does not state later in the label;
- ``head-in``: a label's head noun with "in" and a common noun after it, whose verb the page
  writes in lower case ("Rise in transactions" beside "rose", "Death in custody" beside "died",
  "Fall in the 10-year bond yield"; :mod:`summarizer.verification.free_text.label_heads`).
  Refused: a surname that is a word with "in" ("Gallant in talks", "Waltz in trouble", "Tusk
  in the capital"), and a place, maker, person or number after it the page does not state;
- ``sentence-head``: a summary's or key point's sentence opened by a common word before a
  hyphened compound or a plural noun ("Extra costs of ... are expected", "Wholesale-price
  inflation slowed"). Refused: a bare first word before a verb ("Tusk said", "Gallant resigned",
  "Profit rose": a name's shape as often as a noun's), before a plural and a saying verb
  ("Gallant allies said"), before a comma, and a sentence whose number or name the page does not
  state.

Run ``python tests/data/make_ft58_cases.py`` to rebuild it. Every article below was written for
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

OUT = Path(__file__).with_name("grounding_ft58.jsonl")

built = SupportCases(
    "ft58",
    leads=[
        "By Odile Marchbank | The Fernhollow Courier",
        "KESTRAN (Lowmarsh Wire) -",
        "Business | The Hallorin Standard | 14 May 2026",
        "Transcript: Morning Report on Radio Calderbay\n\nPRESENTER:",
    ],
)
LABEL, SENTENCE, HEAD_IN = "label-head", "sentence-head", "head-in"


def label(
    expect: bool, paragraph: str, value: str, why: str, field: str = "event", category: str = LABEL
) -> None:
    """``value`` as an event's description or the story's subject (``SupportCases.label``)."""
    built.label(category, expect, paragraph, value, why, field)


def prose(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    """Free text over a page of ``paragraph`` (``SupportCases.free_text``)."""
    built.free_text(SENTENCE, expect, paragraph, text, why, path)


# fmt: off
# --- label-head: must pass ---------------------------------------------------------------------
label(True, "The Ostrian and Velmish navies will send four frigates each on shared patrols of the strait from June, the two defence ministries said.", "Joint patrols of the strait", "joint: the page's shared patrols")
label(True, "Harbour managers have drawn up plans in case the Kestran port operator goes into administration this winter.", "Contingency planning for the port operator", "contingency: plans in case", field="subject")
label(True, "Fewer children enrolled in primary schools in the Dunmere district this year, down to 4,120 from 4,480.", "Drop in school enrolment", "drop in a bare noun")
label(True, "The council's repair bill of 2.4 million crowns splits into 1.1 million for roofs, 0.8 million for windows and the rest for heating.", "Breakdown of the repair bill", "breakdown of the bill")
label(True, "Lifeguards and two coastguard boats spent the night pulling swimmers from the water off Carrow Point.", "Rescue operation off Carrow Point", "rescue operation")
label(True, "The judge could have jailed Mr Haskell for up to 14 years under the fraud statute.", "Maximum sentence under the fraud statute", "maximum sentence")
label(True, "Output at the Vellan plant climbed to 38,000 cars, and the Velmish army added two brigades.", "Growth of Velmish army brigades", "growth of a people's word")
label(True, "Pilgrims and clergy of both churches knelt together in the chapel at Lorne Abbey.", "Common prayer at Lorne Abbey", "common prayer")
label(True, "The drugmaker said the tablets, made at its Ferris plant, were below the required strength and would be withdrawn.", "Defective tablets withdrawn", "defective tablets", field="subject")
label(True, "The Hallorin airline posted a first-half profit of 212 million marks, its best since 2019.", "Record first-half profit at the Hallorin airline", "record profit")
label(True, "Prices of second-hand flats in Kestran slipped 0.4% in April.", "Resale-flat prices in April", "a hyphened compound")
label(True, "The station will stop broadcasting on short wave at the end of the month, its director said.", "Shutdown of short-wave broadcasts", "shutdown of", field="subject")
label(True, "The minister told parliament that eleven further charges had been brought against the former mayor of Dunmere.", "Fresh charges against the former mayor of Dunmere", "fresh charges")
label(True, "The number of people claiming jobless benefit in Ostria fell to 112,000 last month.", "Decline in jobless claims", "decline in a bare noun")
# --- label-head: must fail ---------------------------------------------------------------------
label(False, "Poland's prime minister said on Monday that the budget would be balanced by 2028.", "Tusk on the budget", "a surname that is a word, in a person's label")
label(False, "Israel's former defence minister toured the old city of Hebron on Sunday.", "Gallant visits Hebron", "a surname and a headline verb")
label(False, "The national security adviser spoke at the summit in Kestran on Thursday.", "Waltz at the summit", "a surname at a place", field="subject")
label(False, "The European Union's executive will study the bids for the tender before July.", "Commission review of the bids", "a body's noun the page never writes")
label(False, "The finance minister presented the spending plan to parliament.", "Price warnings on the spending plan", "a word the lists write as a name")
label(False, "The secretary of state arrived in Dunmere for talks on the corridor.", "Rice visit to Dunmere", "a surname the lists know", field="subject")
label(False, "Harbour managers have drawn up plans in case the Kestran port operator goes into administration this winter.", "Contingency planning for the Dunmere port operator", "a place the page does not name")
label(False, "Fewer children enrolled in primary schools in the Dunmere district this year, down to 4,120 from 4,480.", "Drop in school enrolment to 3,900", "a number the page does not state")
label(False, "The Ostrian and Velmish navies will send four frigates each on shared patrols of the strait from June, the two defence ministries said.", "Joint patrols of the Ostrian and Brellish navies", "a people's word the page does not state")
label(False, "The judge could have jailed Mr Haskell for up to 14 years under the fraud statute.", "Maximum sentence for Haskell and Marrow", "a second name the page never writes")
label(False, "The council's repair bill of 2.4 million crowns splits into roofs, windows and heating.", "Breakdown of Vantor's repair bill", "a made-up owner's possessive")
label(False, "Lifeguards spent the night pulling swimmers from the water off Carrow Point.", "Ferrant of the coastguard on the rescue", "a made-up name opening the label")
label(False, "The drugmaker said the tablets were below the required strength.", "Gallant on the tablets", "a surname in a person's label", field="subject")
label(False, "The prime minister met the visiting envoy in Kestran.", "Tusk in Kestran", "a surname with a place after 'in'")
# --- sentence-head: must pass ------------------------------------------------------------------
prose(True, "The tunnel's builders now expect to spend between 400 million and 700 million marks more than planned.", "Extra costs of 400 million to 700 million marks are expected.", "extra costs", path="key_points[0]")
prose(True, "Wholesale prices in Ostria rose 1.2% in March, after 2.1% in February.", "Wholesale-price inflation slowed to 1.2% in March.", "a hyphened compound")
prose(True, "The two navies will send four frigates each on shared patrols of the strait.", "Joint patrols will use four frigates from each navy.", "joint patrols")
prose(True, "The club's directors said the new stand would hold 12,000 fans.", "Fresh plans give the new stand 12,000 seats.", "fresh plans", path="key_points[0]")
prose(True, "Shops in central Kestran were shut for two days after the floods.", "Widespread closures hit central Kestran for two days.", "widespread closures")
prose(True, "Prices of second-hand flats in Kestran slipped 0.4% in April.", "Resale-flat prices slipped 0.4% in April.", "resale-flat", path="key_points[0]")
prose(True, "The airline carried 3.1 million passengers in the quarter, 9% more than a year earlier.", "Annual passenger growth reached 9%.", "not read: before a noun that is not plural, but the page backs it", path="key_points[0]")
prose(True, "Retail sales fell 0.8% in April as shoppers cut back on clothing.", "Weak clothing sales pulled retail sales down 0.8% in April.", "weak sales")
prose(True, "The council approved 14 new bus routes and dropped two.", "Several routes were added: the council approved 14 new bus routes.", "a function word, as before", path="key_points[0]")
prose(True, "Mining firms in the Velmish hills laid off 1,300 workers in the first quarter.", "Sizable layoffs hit Velmish mining firms: 1,300 workers lost their jobs.", "sizable layoffs")
prose(True, "Lifeguards spent the night pulling swimmers from the water off Carrow Point.", "Overnight rescues took place off Carrow Point.", "overnight rescues", path="key_points[0]")
# --- sentence-head: must fail ------------------------------------------------------------------
prose(False, "Poland's prime minister said on Monday that the budget would be balanced by 2028.", "Tusk said the budget would be balanced by 2028.", "a surname before a saying verb")
prose(False, "Israel's former defence minister resigned on Sunday.", "Gallant resigned on Sunday.", "a surname before a verb")
prose(False, "The prime minister quit after 44 days in office.", "Truss quit after 44 days in office.", "a surname before a verb")
prose(False, "The minister's supporters rallied in Kestran on Friday.", "Gallant allies said they would rally in Kestran.", "a plural before a saying verb")
prose(False, "The adviser spoke at the summit on Thursday.", "Waltz, the adviser, spoke at the summit.", "a surname before a comma")
prose(False, "The tunnel's builders now expect to spend between 400 million and 700 million marks more than planned.", "Extra costs of 500 million to 900 million marks are expected.", "numbers the page does not state", path="key_points[0]")
prose(False, "The two navies will send four frigates each on shared patrols of the strait.", "Joint patrols will use six frigates from each navy.", "a number the page does not state")
prose(False, "Shops in central Kestran were shut for two days after the floods.", "Widespread closures hit central Dunmere for two days.", "a town the page does not name")
prose(False, "Mining firms in the Velmish hills laid off 1,300 workers.", "Sizable layoffs hit Brellish mining firms.", "a people's word the page does not state", path="key_points[0]")
prose(False, "The prime minister met the envoy in Warsaw.", "Tusk met the envoy in Warsaw.", "a surname before a verb")
prose(False, "The club's directors said the new stand would hold 12,000 fans.", "Fresh plans by Corvell give the new stand 12,000 seats.", "a made-up name later in the sentence")
prose(False, "Retail sales fell 0.8% in April.", "Commission officials said retail sales fell 0.8% in April.", "a body's noun, a saying verb after", path="key_points[0]")
# --- head-in: must pass (the page writes the head noun's verb in lower case) -------------------
head_in = label
head_in(True, "Transactions at the Vell auction house rose 14% in the half, the house said.", "Rise in transactions at the Vell auction house", "rise: rose", category=HEAD_IN)
head_in(True, "Gate receipts at the Dunmere ground fell 20% after nine straight defeats.", "Fall in gate receipts", "fall: fell", category=HEAD_IN)
head_in(True, "Rents in the old town of Kestran rose for a sixth month in April.", "Rise in rents in the old town", "rise: rose", field="subject", category=HEAD_IN)
head_in(True, "Exports of timber grew 6% in the first quarter, the customs office said.", "Growth in timber exports", "growth: grew", category=HEAD_IN)
head_in(True, "Wages in the Ostrian building trade grew faster than prices last year.", "Growth in wages", "growth: grew", field="subject", category=HEAD_IN)
head_in(True, "A prisoner died in custody at Vell jail on Saturday, the prison service said.", "Death in custody at Vell jail", "death: died", category=HEAD_IN)
head_in(True, "The builder sold 4,000 homes in the north last year, up from 3,100.", "Sales in the north", "sales: sold", category=HEAD_IN)
head_in(True, "The jobless rate rose to 5.1% in March from 4.8%.", "Rise in the jobless rate", "rise: rose, determiner and noun", category=HEAD_IN)
head_in(True, "Ostria's 10-year bond yield fell to 3.2% on Monday.", "Fall in the 10-year bond yield", "fall: fell, determiner and number", category=HEAD_IN)
head_in(True, "Engineers said the cooling system failed twice during the test run.", "Failure in the cooling system", "failure: failed", category=HEAD_IN)
head_in(True, "Clinic visits for flu rose sharply in the week to Sunday.", "Rise in flu visits", "rise: rose", field="subject", category=HEAD_IN)
# --- head-in: must fail ------------------------------------------------------------------------
head_in(False, "Transactions at the Vell auction house rose 14% in the half.", "Rise in transactions at the Brell auction house", "an auction house the page does not name", category=HEAD_IN)
head_in(False, "Flights out of Dunmere fell to 212 a day in May.", "Fall in flights out of Karrow", "a town the page does not name", category=HEAD_IN)
head_in(False, "Rents in the old town of Kestran rose for a sixth month.", "Rise in rents to 1,400 crowns", "a number the page does not state", category=HEAD_IN)
head_in(False, "Wages in the Velmish building trade grew faster than prices.", "Growth in wages in Ostria", "a country the page does not name", field="subject", category=HEAD_IN)
head_in(False, "A prisoner died in custody at Vell jail on Saturday.", "Death in custody of Tomas Haskell", "a person the page does not name", category=HEAD_IN)
head_in(False, "The prime minister arrived in the capital on Monday.", "Tusk in the capital", "a surname with 'in', no form on the page", category=HEAD_IN)
head_in(False, "The defence minister was in talks with the mediators on Monday.", "Gallant in talks with the mediators", "a surname that is a word, with 'in' and a noun", category=HEAD_IN)
head_in(False, "The adviser was in trouble over a leaked chat, colleagues said.", "Waltz in trouble over a leaked chat", "a surname that is a word, with 'in'", field="subject", category=HEAD_IN)
head_in(False, "Sales of Vantor cars fell 9% in the quarter.", "Fall in sales of Corvell cars", "a maker the page does not name", category=HEAD_IN)
head_in(False, "Police were hunting a gunman across the city on Sunday.", "Hunt in Leeds for a gunman", "a city the page does not name", category=HEAD_IN)
head_in(False, "The jobless rate rose to 5.1% in March.", "Rise in the jobless rate to 5.4%", "a number the page does not state", category=HEAD_IN)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
