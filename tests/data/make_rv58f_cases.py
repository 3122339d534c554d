# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv58f's set against ft58's bare common heads (``grounding_rv58f.jsonl``, session
58; :mod:`summarizer.verification.free_text.common_heads` and the "in" reading of
:mod:`summarizer.verification.free_text.label_heads`), by category, each with what must pass and
what must fail:

- ``label``: an event's description or the story's subject opened by a common word the page
  never writes ("Emergency repairs to the bridge", "Temporary closure of the ferry route",
  "Cross-border trade in cattle"). Refused: a surname that is also a common word before a
  person's noun ("Tusk allies", "Stride aides", "Musk loyalists"), the same word standing as a
  name later in the label ("... backed by Gallant"), and a name, place or number later in the
  label the page does not state;
- ``sentence``: a summary's or key point's sentence opened by a common word before a plural or a
  hyphened compound ("Heavy rains flooded ...", "Overnight-shift workers ..."). Refused: a
  surname-word before a person's plural ("Waltz loyalists quit ..."), the word again as a name
  later in the summary, and a wrong number or made-up name after the head;
- ``head-in``: a label's head noun with "in" and a common noun whose verb the page writes
  ("Rise in fares" beside "rose"). Refused: a wrong number, a place or a maker after "in"
  that the page never names, and a head whose verb the page never writes with a name after it.

Run ``python tests/data/make_rv58f_cases.py`` to rebuild it. Every article below was written for
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

OUT = Path(__file__).with_name("grounding_rv58f.jsonl")

built = SupportCases(
    "rv58f",
    leads=[
        "Posted by the Tarnwick Evening Ledger newsroom",
        "ORSEVAL, 3 March (Corran Press Agency) -",
        "Regional | The Brisk Valley Gazette | Updated 09:40",
        "From our correspondent in Lunemark, for Pelland Radio News:",
        "MARKETS WRAP | Heddon Financial Daily",
    ],
)
LABEL, SENTENCE, HEAD_IN = "label", "sentence", "head-in"


def label(
    expect: bool, paragraph: str, value: str, why: str, field: str = "event", category: str = LABEL
) -> None:
    """``value`` as an event's description or the story's subject (``SupportCases.label``)."""
    built.label(category, expect, paragraph, value, why, field)


def prose(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    """Free text over a page of ``paragraph`` (``SupportCases.free_text``)."""
    built.free_text(SENTENCE, expect, paragraph, text, why, path)


def head_in(expect: bool, paragraph: str, value: str, why: str, field: str = "event") -> None:
    label(expect, paragraph, value, why, field, HEAD_IN)


BRIDGE = "Crews from the Orseval roads department worked through the weekend on the cracked pillars of the Lune bridge, which has been shut to lorries since Thursday."
FERRY = "The ferry between Tarnwick and Holm Isle will not sail from 1 to 14 April while its only vessel, the Marra, is in dry dock, the operator said."
STORM = "Storm Edda brought 90 millimetres of rain in a night to the Brisk valley, and water stood knee-deep in the low streets of Cadby by dawn."
CATTLE = "Farmers on both sides of the Pelland-Ostmark line sold 3,400 head of cattle to each other last year, customs figures show, up from 2,900."
MERGER = "The boards of Lunemark Dairy and Holm Creamery have agreed to combine the two firms, pending a vote by members in June."
NURSES = "Nurses who work between midnight and 6am at Tarnwick General will get 12% more an hour from May, the health board said."
PARTY = "Premier Aldo Ferrant's coalition lost its majority on Tuesday when four members of his own Civic Front walked out over the harbour bill."
RESCUE = "Coastguard crews winched two fishermen from a sinking trawler off Holm Point in force-nine winds on Sunday, the harbour master, Ines Corvo, said."
MINISTER = "Labour Minister Petra Osk will review the pension age, her office said on Monday, with a report due by October."
BOARD = "Shareholders of Varn Motors will vote on 20 June on a pay award of up to 4 billion crowns for its chief executive, Lior Dessel."
FARES = "Bus fares in Tarnwick rose 6% in January, the transit authority said, the third increase in two years."
PRICES = "House prices in Heddon fell 2.1% in the year to March, while rents climbed 4.4%, the land registry said."
JOBS = "Unemployment in Pelland dropped to 5.2% in February as factories hired for the spring season, the statistics office said."
DEATHS = "Three climbers died on the north face of Mount Serra during the week, the mountain rescue service said."

# fmt: off
# --- label: must pass ------------------------------------------------------------------------
label(True, BRIDGE, "Emergency repairs to the Lune bridge", "emergency: the page's weekend work on cracked pillars")
label(True, FERRY, "Temporary suspension of the Tarnwick ferry", "temporary: two weeks of no sailing", field="subject")
label(True, STORM, "Widespread flooding in Cadby after Storm Edda", "widespread: water in the streets")
label(True, CATTLE, "Cross-border trade in cattle", "a hyphened compound head")
label(True, MERGER, "Proposed merger of the two dairies", "proposed: agreed pending a vote", field="subject")
label(True, NURSES, "Extra pay for night-shift nurses", "extra: 12% more an hour")
label(True, STORM, "Heavy rain over the Brisk valley", "heavy: 90 millimetres in a night")
label(True, RESCUE, "Dramatic rescue of two fishermen off Holm Point", "dramatic: the labeller's word for the winching")
label(True, FERRY, "Planned dry-docking of the Marra", "planned: dates given")
label(True, PARTY, "Surprise walkout by four coalition members", "surprise: the labeller's own word")
label(True, MINISTER, "Fresh review of the pension age", "fresh: a new review", field="subject")
label(True, BOARD, "Record pay award for Varn Motors' chief executive", "record: the labeller's own word; 'Varn Motors' stated")
# --- label: must fail ------------------------------------------------------------------------
label(False, PARTY, "Tusk allies walk out over the harbour bill", "Tusk is not the premier: a surname-word before a person's plural")
label(False, MINISTER, "Stride aides on the pension review", "Stride: a surname the page never writes (the minister is Osk)")
label(False, BOARD, "Musk loyalists back the pay award", "Musk: never on the page", field="subject")
label(False, PARTY, "Waltz backers desert the coalition", "Waltz: never on the page")
label(False, RESCUE, "Gallant rescue of two fishermen praised by Gallant", "the second Gallant is a name the page never writes")
label(False, BRIDGE, "Emergency repairs to the Lune bridge ordered by Mayor Tessaly", "Tessaly: never on the page")
label(False, FERRY, "Temporary suspension of the Tarnwick ferry until 30 April", "30 April: the page's end is the 14th")
label(False, CATTLE, "Cross-border trade in 4,300 head of cattle", "4,300: the page writes 3,400")
label(False, MERGER, "Proposed merger of Lunemark Dairy and Dunfold Creamery", "Dunfold: the page's partner is Holm Creamery", field="subject")
label(False, NURSES, "Extra pay for night-shift nurses at Cadby General", "Cadby General: the page's hospital is Tarnwick General")
label(False, STORM, "Heavy rain from Storm Ilse over the Brisk valley", "Ilse: the storm is Edda")
label(False, PARTY, "Chalk supporters quit the Civic Front", "Chalk: a surname never on the page")
# --- sentence: must pass ---------------------------------------------------------------------
prose(True, STORM, "Heavy rains flooded the low streets of Cadby overnight.", "heavy before a plural")
prose(True, BRIDGE, "Emergency crews repaired the Lune bridge's pillars over the weekend.", "emergency before a plural")
prose(True, FERRY, "Ferry sailings to Holm Isle stop for two weeks in April.", "ferry is on the page", path="key_points")
prose(True, NURSES, "Overnight-shift nurses at Tarnwick General get 12% more an hour from May.", "a hyphened compound head")
prose(True, CATTLE, "Annual cross-border cattle sales rose to 3,400 head.", "annual before a hyphened compound")
prose(True, MERGER, "Dairy members vote on the merger in June.", "dairy is on the page", path="key_points")
prose(True, PARTY, "Disgruntled members of the Civic Front left the coalition.", "disgruntled before a plural")
prose(True, RESCUE, "Coastguard crews winched two fishermen to safety in force-nine winds.", "coastguard is on the page")
prose(True, PRICES, "Falling prices in Heddon contrast with rents up 4.4%.", "falling before a plural", path="key_points")
prose(True, JOBS, "Seasonal hires at factories cut unemployment to 5.2%.", "seasonal before a plural")
prose(True, DEATHS, "Fatal falls killed three climbers on Mount Serra this week.", "fatal before a plural")
prose(True, FARES, "Successive fare increases have pushed Tarnwick bus fares up 6% in January.", "successive before a noun and a plural")
# --- sentence: must fail ---------------------------------------------------------------------
prose(False, PARTY, "Waltz loyalists quit the coalition over the harbour bill.", "Waltz: never on the page")
prose(False, PARTY, "Tusk allies walked out of Premier Ferrant's coalition.", "Tusk: never on the page", path="key_points")
prose(False, MINISTER, "Stride aides drafted the pension review for Petra Osk.", "Stride: never on the page")
prose(False, BOARD, "Musk shareholders voted down the pay award.", "Musk: never on the page")
prose(False, STORM, "Heavy rains flooded Cadby. Gallant volunteers led by Gallant cleared the streets.", "the second Gallant is a name")
prose(False, STORM, "Heavy rains dumped 190 millimetres on the Brisk valley.", "190: the page writes 90")
prose(False, BRIDGE, "Emergency crews under engineer Maro Pell repaired the Lune bridge.", "Pell: never on the page")
prose(False, NURSES, "Overnight-shift nurses get 21% more an hour from May.", "21%: the page writes 12%")
prose(False, CATTLE, "Annual cross-border cattle sales rose to 3,400 head, from 2,600.", "2,600: the page writes 2,900", path="key_points")
prose(False, PARTY, "Disgruntled members of the Liberty Front left the coalition.", "Liberty Front: the party is the Civic Front")
prose(False, DEATHS, "Fatal falls killed five climbers on Mount Serra this week.", "five: the page writes three")
prose(False, JOBS, "Seasonal hires at Ostmark factories cut unemployment to 5.2%.", "Ostmark: the page's factories are in Pelland")
# --- head-in: must pass ----------------------------------------------------------------------
head_in(True, FARES, "Rise in bus fares", "rose")
head_in(True, PRICES, "Fall in house prices", "fell")
head_in(True, PRICES, "Climb in rents", "climbed", field="subject")
head_in(True, JOBS, "Drop in unemployment", "dropped")
head_in(True, DEATHS, "Deaths in the mountains", "died", field="subject")
head_in(True, FARES, "Increase in bus fares in Tarnwick", "increase: the page's noun; Tarnwick stated")
head_in(True, JOBS, "Hiring in factories for the spring season", "hired")
head_in(True, PRICES, "Fall in the price of houses in Heddon", "fell; Heddon stated")
head_in(True, FARES, "Rise in fares of 6% in January", "rose; 6% stated")
head_in(True, JOBS, "Drop in the jobless rate to 5.2%", "dropped; 5.2% stated", field="subject")
# --- head-in: must fail ----------------------------------------------------------------------
head_in(False, FARES, "Rise in bus fares of 9%", "9%: the page writes 6%")
head_in(False, PRICES, "Fall in house prices in Dorwick", "Dorwick: the page's prices are Heddon's")
head_in(False, JOBS, "Drop in unemployment to 4.8%", "4.8%: the page writes 5.2%")
head_in(False, DEATHS, "Deaths in the mountains of Velland", "Velland: never on the page", field="subject")
head_in(False, FARES, "Rise in bus fares set by Mayor Dunn", "Dunn: never on the page")
head_in(False, PRICES, "Fall in house prices at Corlin Homes", "Corlin Homes: never on the page")
head_in(False, JOBS, "Hiring in factories by Ostmark Steel", "Ostmark Steel: never on the page")
head_in(False, FARES, "Hunt in talks on bus fares", "Hunt: a surname the page never writes")
head_in(False, PRICES, "Gallant in talks on house prices", "Gallant: never on the page", field="subject")
head_in(False, DEATHS, "Deaths in the mountains of three Dellish climbers", "Dellish: the page gives no nationality")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
