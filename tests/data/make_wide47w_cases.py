# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 47's widened readings of an event's day and place
(``grounding_wide47w.jsonl``, widener wide47w; days/headed_days.py, days/own_announcements.py,
places/home_markets.py), written before the readings from many outlets' shapes:

- ``headed``: a day written only in a dated head opening the sentence ("TOKYO, 6 September -
  Prince Hisahito went through ...", "UPDATE, 31 July:", "MONZO, 7 JULY" over its entry, a
  wire's "RAHWAY, N.J., July 9 (Wire) -"), against the head's day beside the act's own time
  ("The toll from Monday's blast rose", "overnight", "last week", "in 2024"), a head over a
  report ("officials said") and a head over a plan with its own day;
- ``announced``: a party's own announcement of its deal, plan or results dated by the
  announcing ("said Monday it will buy", "its chief executive announced on Thursday", "the
  Danish developer said on Wednesday", "the two companies said"), against the act's own time
  in the sentence, a third party's report (officials, a union, analysts, a ministry), a strike
  or casualties, and another evidence sentence giving the act its day;
- ``market``: a country or region named by its people's adjective on residents or a home
  market ("Italian women had 1.18 children", "British shoppers", "North American screens",
  "BYD's European sales"), against a person's role ("the Italian foreign minister"), gear
  ("Ukrainian drones"), travellers ("Italian tourists"), another place named in the sentence
  and a region word shared with another country ("South Korean" for North Korea).

Run ``python tests/data/make_wide47w_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_wide47w.jsonl")

built = SupportCases(
    "wide47w",
    leads=[
        "By Ines Carvalho | The Harbour Ledger",
        "NEWS DESK | The Medway Messenger",
        "From our business desk, The Clyde Evening Post.",
        "Briefing | Plains Dispatch",
        "World | The Rivergate Ledger",
    ],
)
HEADED, ANNOUNCED, MARKET = "headed", "announced", "market"


def days(category: str, paragraphs: list[str], evidence: list[str], passes: list[str], fails: list[str], kind: str, what: str, actors: tuple[str, ...] = ()) -> None:  # fmt: skip
    built.event_days(category, paragraphs, evidence, passes, fails, kind, what, actors)


def one(category: str, text: str, passes: list[str], fails: list[str], kind: str, what: str, actors: tuple[str, ...] = ()) -> None:  # fmt: skip
    days(category, [text], [text], passes, fails, kind, what, actors)


def places(text: str, passes: list[str], fails: list[str], kind: str, what: str) -> None:
    """An event told in ``text``: each of ``passes`` is its place, each of ``fails`` is not."""
    built.event_places(MARKET, text, passes, fails, kind, what)


# --- headed: a dated head's day is the act's when the sentence gives it no other time -------
one(
    HEADED,
    "TOKYO, 6 September — Prince Hisahito went through a coming-of-age ceremony at the Imperial Palace.",
    ["6 September"],
    ["7 September", "16 September"],
    "other",
    "coming-of-age ceremony",
)
one(
    HEADED,
    "UPDATE, 31 July: The water company lifted its hosepipe ban for customers in the north.",
    ["31 July"],
    ["30 July"],
    "other",
    "hosepipe ban lifted",
)
days(
    HEADED,
    [
        "MONZO, 7 JULY",
        "The regulator fined Monzo Bank £21 million over weak checks on new customers.",
    ],
    [
        "MONZO, 7 JULY",
        "The regulator fined Monzo Bank £21 million over weak checks on new customers.",
    ],
    ["7 July"],
    ["14 July"],
    "other",
    "Monzo fined by the regulator",
)
one(
    HEADED,
    "RAHWAY, N.J., July 9 (Harbour Wire) - Merck will buy Verona Pharma for about $10 billion in cash.",
    ["July 9"],
    ["July 10"],
    "other",
    "Merck to buy Verona Pharma",
    ("Merck",),
)
one(
    HEADED,
    "WINDSOR, 17 September — King Charles hosted a state banquet for the visiting president in St George's Hall.",
    ["17 September"],
    [],
    "other",
    "state banquet",
)
one(
    HEADED,
    "SEOUL, 20 Feb — Samsung unveiled its new folding phone at a packed launch event.",
    ["20 Feb"],
    [],
    "other",
    "folding phone unveiled",
    ("Samsung",),
)
one(
    HEADED,
    "HYDERABAD, July 2 (Subcontinent Wire) - The death toll from Monday's blast at a drug factory rose to 39.",
    ["Monday"],
    ["July 2"],
    "casualties",
    "blast at a drug factory",
)
one(
    HEADED,
    "KYIV, May 3 (Harbour Wire) - Russian drones struck Kharkiv overnight, setting fire to a market.",
    ["overnight"],
    ["May 3"],
    "strike",
    "drone strike on Kharkiv",
)
one(
    HEADED,
    "PARIS, May 3 - Flooding that swept the region has killed 12 people, officials said.",
    [],
    ["May 3"],
    "casualties",
    "flooding deaths",
)
one(
    HEADED,
    "GENEVA, 12 June - Talks on a global plastics treaty ended last week without a deal.",
    ["last week"],
    ["12 June"],
    "talks",
    "plastics treaty talks",
)
one(
    HEADED,
    "BERLIN, Oct 4 - The coalition collapsed in 2024 after a row over the budget.",
    ["2024"],
    ["Oct 4"],
    "other",
    "coalition collapse",
)
one(
    HEADED,
    "NAIROBI, 9 May - The foreign ministers will meet in Addis Ababa on 20 May.",
    ["20 May"],
    ["9 May"],
    "talks",
    "foreign ministers' meeting",
)
one(
    HEADED,
    "LIMA, Jan 5 - A landslide that buried a mountain road has been cleared, the transport ministry confirmed.",
    [],
    ["Jan 5"],
    "other",
    "landslide on a mountain road",
)

# --- announced: a party's own announcement dates its deal, plan or results --------------------
one(
    ANNOUNCED,
    "Fifth Third Bancorp said Monday it will buy Comerica in an all-stock deal worth $10.9 billion.",
    ["Monday"],
    ["Tuesday"],
    "other",
    "Fifth Third agreed to acquire Comerica",
    ("Fifth Third Bancorp", "Comerica"),
)
one(
    ANNOUNCED,
    "Nestlé plans to cut 16,000 jobs over two years, its new chief executive, Philipp Navratil, announced on Thursday.",
    ["Thursday"],
    ["Friday"],
    "other",
    "Nestlé will cut 16,000 jobs",
    ("Nestlé",),
)
one(
    ANNOUNCED,
    "Hornsea 4, the wind farm Ørsted had planned off the English coast, will not go ahead, the Danish developer said on Wednesday.",
    ["Wednesday"],
    [],
    "other",
    "Ørsted cancelled Hornsea 4",
    ("Ørsted",),
)
one(
    ANNOUNCED,
    "The two companies said on Thursday that Ferrero will buy WK Kellogg for about $3.1 billion.",
    ["Thursday"],
    [],
    "other",
    "Ferrero agreed to buy WK Kellogg",
    ("Ferrero", "WK Kellogg"),
)
one(
    ANNOUNCED,
    "Shinjiro Koizumi, the farm minister, said on Tuesday that a further 200,000 tons of stockpiled rice will go on sale.",
    ["Tuesday"],
    [],
    "other",
    "release of stockpiled rice announced",
    ("Shinjiro Koizumi",),
)
one(
    ANNOUNCED,
    "Investors took up 99.3 per cent of the new shares in Ørsted's rights issue, it announced on Monday.",
    ["Monday"],
    [],
    "other",
    "rights issue completed",
    ("Ørsted",),
)
one(
    ANNOUNCED,
    "Nippon Steel said on Wednesday that it had completed its takeover of U.S. Steel on Tuesday.",
    ["Tuesday"],
    ["Wednesday"],
    "other",
    "Nippon Steel completed its takeover",
    ("Nippon Steel",),
)
one(
    ANNOUNCED,
    "Acme Foods said on Friday it would close the Leeds bakery in June.",
    ["June"],
    ["Friday"],
    "other",
    "closure of the Leeds bakery",
    ("Acme Foods",),
)
one(
    ANNOUNCED,
    "Health officials said on Thursday that 72 people had died in the earthquake.",
    [],
    ["Thursday"],
    "casualties",
    "earthquake deaths",
)
one(
    ANNOUNCED,
    "The union said on Monday that Acme Foods had cut 500 jobs at its bakeries.",
    [],
    ["Monday"],
    "other",
    "Acme Foods cut 500 jobs",
    ("Acme Foods",),
)
one(
    ANNOUNCED,
    "Gaza's health ministry said on Tuesday that Israeli strikes had killed 40 people.",
    [],
    ["Tuesday"],
    "strike",
    "Israeli strikes",
    ("Israel",),
)
days(
    ANNOUNCED,
    [
        "Acme Foods said on Friday it had agreed to buy Beta Bakeries.",
        "The two firms agreed the deal on Wednesday after a month of talks.",
    ],
    [
        "Acme Foods said on Friday it had agreed to buy Beta Bakeries.",
        "The two firms agreed the deal on Wednesday after a month of talks.",
    ],
    [],
    ["Friday"],
    "other",
    "Acme Foods agreed to buy Beta Bakeries",
    ("Acme Foods",),
)
one(
    ANNOUNCED,
    "Rockstar Games said on Friday, May 2, that Grand Theft Auto VI would arrive on May 26, 2026.",
    ["May 26, 2026"],
    ["Friday, May 2"],
    "other",
    "release of Grand Theft Auto VI",
    ("Rockstar Games",),
)
one(
    ANNOUNCED,
    "The Kremlin said on Monday that Vladimir Putin and Xi Jinping had met in Beijing last week.",
    ["last week"],
    ["Monday"],
    "talks",
    "Putin and Xi talks",
    ("Vladimir Putin", "Xi Jinping"),
)
one(
    ANNOUNCED,
    "Acme Foods said on Tuesday that it would finish its merger with Beta Bakeries within weeks.",
    [],
    ["Tuesday"],
    "other",
    "Acme Foods completes its merger",
    ("Acme Foods",),
)
one(
    ANNOUNCED,
    "Analysts said on Friday that Intel had cut about 4,000 jobs across its US sites.",
    [],
    ["Friday"],
    "other",
    "Intel job cuts",
    ("Intel",),
)
one(
    ANNOUNCED,
    "Kering reported on Tuesday that sales at Gucci fell 25 per cent.",
    ["Tuesday"],
    [],
    "other",
    "Kering reported quarterly sales",
    ("Kering",),
)

# --- market: a people's adjective on residents or a home market names the country -------------
places(
    "Italian women had 1.18 children on average last year, the statistics office said.",
    ["Italy"],
    ["France"],
    "other",
    "fertility rate",
)
places(
    "British shoppers paid 17.2% more for chocolate in the year to July.",
    ["UK", "Britain"],
    [],
    "other",
    "chocolate prices rose",
)
places(
    "About 80% of American buyers picked the bundle with the racing game.",
    ["United States"],
    [],
    "other",
    "console launch sales",
)
places(
    "The film took $70 million on 3,315 North American screens over the weekend.",
    ["North America"],
    [],
    "other",
    "film's opening weekend",
)
places(
    "BYD's European sales rose 268 per cent last year.", ["Europe"], [], "other", "BYD sales growth"
)
places(
    "Japanese households cut their spending for a third month in a row.",
    ["Japan"],
    [],
    "other",
    "household spending fell",
)
places(
    "Canadian shoppers spent less on clothing in March, the agency said.",
    ["Canada"],
    [],
    "other",
    "retail sales fell",
)
places(
    "The Italian foreign minister met his Egyptian counterpart in Cairo on Sunday.",
    ["Cairo"],
    ["Italy"],
    "talks",
    "foreign ministers' meeting",
)
places(
    "Ukrainian drones struck an oil refinery near Moscow overnight.",
    ["Moscow"],
    ["Ukraine"],
    "strike",
    "drone strike on a refinery",
)
places(
    "Italian tourists were among 12 people hurt when a bus crashed near Luxor.",
    [],
    ["Italy"],
    "casualties",
    "bus crash",
)
places(
    "German voters living abroad cast early ballots at the embassy in Vienna.",
    ["Vienna"],
    ["Germany"],
    "vote",
    "early voting",
)
places(
    "American buyers snapped up solar panels at the trade fair in Guangzhou.",
    [],
    ["United States"],
    "other",
    "trade fair sales",
)
places(
    "French consumers living in London were hit by the bank's outage.",
    ["London"],
    ["France"],
    "other",
    "bank outage",
)
places(
    "South Korean households hold most of the country's debt.",
    [],
    ["North Korea"],
    "other",
    "household debt",
)
places(
    "The Irish prime minister opened the energy summit in Brussels on Monday.",
    ["Brussels"],
    ["Ireland"],
    "other",
    "energy summit opened",
)
places(
    "Russian missiles hit apartment blocks in Kharkiv before dawn.",
    ["Kharkiv"],
    ["Russia"],
    "strike",
    "missile strike",
)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
