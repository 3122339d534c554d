# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers35 set (``grounding_numbers35.jsonl``): numbers tied to the wrong thing,
found by an outside check and a review in session 15, by category, each with what must pass
and what must fail (a must-fail case is held to an *unsupported* flag, ``tier``):

- ``rate-lists``: a list of labelled rates ("Korvane Auto: 31.2%", "Orlin Glass (18.2%)", "Halvorsen
  Steel 12.5%") under a lead-in that holds a tariff word (a sentence ending in a colon or "as
  follows", or the words of the list's own sentence before it) gives each rate as the measure's, for
  the company labelled; another company's rate is refused, and a list with no lead-in or one with no
  tariff word (a price list, market shares) keeps its refusal
  (:mod:`summarizer.verification.counts.rate_lists`,
  :mod:`summarizer.verification.counts.rate_owners`);
- ``other-number``: a sentence giving two rates or counts tied to two owners supports each
  only for its own: "a 14.6% duty for cooperating exporters and 29.9% for the rest", "Velta
  pays 9% while Drummond faces 21.3%", "released 33 hostages in exchange for 99 prisoners",
  "killed 11 officers and wounded 27 bystanders"; two rates of one owner ("8% until June and
  15% after that") keep their support (:mod:`summarizer.verification.counts.rate_owners`,
  :mod:`summarizer.verification.counts.count_nouns`);
- ``rise-from-to``: in a change "from X to Y" the new rate Y is supported and the old one X
  refused, also when only Y carries the unit ("from 12 to 62 percent"); "from 10 to 20
  days" after "ranging" or "anywhere" stays a range (:mod:`summarizer.verification.counts.ranges`);
- ``far-length``: a truce's length in a clause whose subject is the truce, however far from
  the truce's word ("The truce ..., and is due to run for 120 days", "The truce, which ...
  after ..., will hold for 60 days"), while a length of a siege, of talks or of an earlier
  truce ("the previous truce, which lasted 60 days") is refused
  (:mod:`summarizer.verification.counts.truce_clauses`);
- ``compared-rate``: a rate after "compared with", "versus", "as opposed to", "contrasts
  with", "against" is what the measure's rate is set against, refused; the measure's own rate
  keeps its support, and so does a compared rate on the measure's own goods
  (:mod:`summarizer.verification.counts.compared_rates`).

Run ``python tests/data/make_numbers35_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, firms, goods and people, or public bodies in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, amount

OUT = Path(__file__).with_name("grounding_numbers35.jsonl")

_LEADS = (
    "Harbour Trade Journal\n\nGENEVA —",
    "The Plains Examiner\n\nBy Odile Ferrant, economics reporter",
    "Lantern Newswire | JAKARTA, 9 October",
    "Frontline Daily\n\nBEIRUT (FD) -",
    "Market Ledger Online\n\nUpdated 14:05 GMT",
)
built = SupportCases("numbers35", _LEADS, closing="The ministry did not comment further.")
_text = built.page


def _check(expect: bool, why: str) -> str:
    """A must-fail case is held to an *unsupported* flag (``tier``); a must-pass to support.
    A must-fail case marked "(unconfirmed)" is held only to a flag: its number is in its
    evidence and no other number reads as the field's (counts/other_readings.py, session 32)."""
    return "support" if expect or why.endswith("(unconfirmed)") else "tier"


def rate(category: str, expect: bool, paragraphs: list[str], evidence: list[str], value: float,
         why: str, targets: list[str] | None = None, qualifier: str = "exact") -> None:  # fmt: skip
    """A measure whose tariff rate is ``value`` percent, backed by ``evidence`` (passages of
    the article made of ``paragraphs``), on ``targets`` if given."""
    text = _text(*paragraphs)
    for passage in evidence:
        assert passage in text, passage
    measure: dict[str, Any] = {"instrument": "executive_action", "evidence": evidence,
                               "tariff_rate_percent": amount(value, qualifier)}  # fmt: skip
    if targets:
        measure["targets"] = targets
    label = f" for {targets[0]}" if targets else ""
    built.add(category, expect, f"rate {value:g}% ({qualifier}){label}: {why}", text,
              {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent", check=_check(expect, why))  # fmt: skip


def truce(category: str, expect: bool, paragraphs: list[str], evidence: list[str], value: float,
          why: str, qualifier: str = "exact") -> None:  # fmt: skip
    """A ceasefire whose length is ``value`` days, backed by ``evidence``."""
    why = f"truce of {value:g} days ({qualifier}): {why}"
    built.truce_length(category, expect, value, paragraphs, why, qualifier, evidence,
                       _check(expect, why))  # fmt: skip


def count(category: str, expect: bool, sentence: str, what: str, value: float, why: str,
          qualifier: str = "exact") -> None:  # fmt: skip
    """An event whose one count is ``value`` of ``what``, backed by ``sentence``."""
    event = {"description": "what the article reports", "evidence": [sentence],
             "counts": [{"what": what, "value": amount(value, qualifier)}]}  # fmt: skip
    built.add(category, expect, f"{what} = {value:g} ({qualifier}): {why}", _text(sentence),
              {"events": [event]}, "events[0].counts[0].value", check=_check(expect, why))  # fmt: skip


# fmt: off
# --- rate-lists ----------------------------------------------------------------------------
L = "rate-lists"
AUTO_LEAD = "On top of the 10% duty every imported car already pays, the trade ministry set the following extra duties by maker:"
AUTO_LINES = "Korvane Auto: 31.2%\nPeltra Motors: 19.6%\nZhenhua EV: 14.4%"
AUTO = [AUTO_LEAD, AUTO_LINES]
STEEL = "Provisional levies were set at Halvorsen Steel 12.5%, Marrow Alloys 9.1%, Tarn Metals 14.8% and Quillon Forge 22%."
GLASS = "The anti-dumping duties vary by exporter: Orlin Glass (18.2%), Vessa Crystal (23.9%) and Doran Panes (41%)."
SOLAR_LEAD = "The countervailing duties confirmed on Tuesday are as follows."
SOLAR_LINES = "• Sunmere Energy — 8.7%\n• Brightfold PV — 16.1%\n• Ardent Cells — 27.5%"
GROUPS_LEAD = "Definitive tariffs on the aluminium foil were fixed for three groups of producers:"
GROUPS_LINES = "Sampled cooperating producers: 17.4%\nOther cooperating producers: 20.7%\nAll other producers: 35.3%"
COUNTRY_LEAD = "Reciprocal tariffs by country:"
COUNTRY_LINES = "Vietnam: 46%\nCambodia: 49%\nThailand: 36%"
ONE_PARA = "Levies on the fertiliser exporters now read:\nNordel Agri - 7.5%\nKestra Chem - 11.9%\nPalomar Potash - 6%"
rate(L, True, AUTO, [AUTO_LINES], 31.2, "the lead-in's 'duties' covers the lines under it", ["Korvane Auto"])
rate(L, True, AUTO, [AUTO_LINES], 19.6, "the second line, its own maker", ["Peltra Motors"])
rate(L, True, AUTO, [AUTO_LEAD, AUTO_LINES], 14.4, "the lead-in quoted as evidence too", ["Zhenhua EV"])
rate(L, True, AUTO, [AUTO_LINES], 14.4, "a measure naming no maker: the line's rate under the lead-in")
rate(L, True, [STEEL], [STEEL], 22, "fourth entry of an inline list, far from 'levies'", ["Quillon Forge"])
rate(L, True, [STEEL], [STEEL], 14.8, "'Tarn Metals 14.8%' in the list", ["Tarn Metals"])
rate(L, True, [GLASS], [GLASS], 41, "'Doran Panes (41%)' in brackets", ["Doran Panes"])
rate(L, True, [SOLAR_LEAD, SOLAR_LINES], [SOLAR_LINES], 27.5, "'as follows.' over bulleted lines with dashes", ["Ardent Cells"])
rate(L, True, [GROUPS_LEAD, GROUPS_LINES], [GROUPS_LINES], 35.3, "a lower-case label 'All other producers:'", ["all other producers"])
rate(L, True, [GROUPS_LEAD, GROUPS_LINES], [GROUPS_LINES], 17.4, "'Sampled cooperating producers:'", ["sampled cooperating producers"])
rate(L, True, [COUNTRY_LEAD, COUNTRY_LINES], [COUNTRY_LINES], 49, "'Reciprocal tariffs by country:' over 'Cambodia: 49%'", ["Cambodia"])
rate(L, True, [ONE_PARA], [ONE_PARA], 6, "lead-in and lines in one paragraph, the last line far from 'Levies'", ["Palomar Potash"])
TABLE_LEAD = "Provisional duties, exporter by exporter:"
TABLE = "| Alder Tyres | 24.1% |\n| Brisco Rubber | 17.7% |"
NUMBERED = ["The levies confirmed in the final ruling:", "1. Cardo Steel: 13.3%\n2. Elm Forge: 8.8%"]
rate(L, True, [TABLE_LEAD, TABLE], [TABLE], 17.7, "a table's row under the lead-in", ["Brisco Rubber"])
rate(L, True, NUMBERED, ["Elm Forge: 8.8%"], 8.8, "a numbered item under the lead-in", ["Elm Forge"])
rate(L, False, AUTO, [AUTO_LINES], 19.6, "Peltra's line, not Korvane's (unsupported)", ["Korvane Auto"])
rate(L, False, [TABLE_LEAD, TABLE], [TABLE], 24.1, "Alder's row, not Brisco's (unsupported)", ["Brisco Rubber"])
rate(L, False, AUTO, [AUTO_LINES], 31.2, "Korvane's line, not Zhenhua's (unsupported)", ["Zhenhua EV"])
rate(L, False, [STEEL], [STEEL], 9.1, "Marrow Alloys' rate, not Tarn's (unsupported)", ["Tarn Metals"])
rate(L, False, [GLASS], [GLASS], 18.2, "Orlin's rate, not Vessa's (unsupported)", ["Vessa Crystal"])
rate(L, False, [SOLAR_LEAD, SOLAR_LINES], [SOLAR_LINES], 16.1, "Brightfold's line, not Sunmere's (unsupported)", ["Sunmere Energy"])
rate(L, False, [COUNTRY_LEAD, COUNTRY_LINES], [COUNTRY_LINES], 46, "Vietnam's line, not Cambodia's (unsupported)", ["Cambodia"])
rate(L, False, [GROUPS_LEAD, GROUPS_LINES], [GROUPS_LINES], 35.3, "the rate for all others, not the sampled producers' (unsupported)", ["sampled cooperating producers"])
rate(L, False, ["Consumer prices climbed again in March:", "Bread: 10%\nMilk: 5%\nEggs: 2%"], ["Bread: 10%\nMilk: 5%\nEggs: 2%"], 10, "a price list, no tariff word in its lead-in (unconfirmed)")
rate(L, False, ["Market shares in the first quarter:", "Korvane Auto: 31%\nPeltra Motors: 18%"], ["Korvane Auto: 31%\nPeltra Motors: 18%"], 31, "market shares, no tariff word (unconfirmed)", ["Korvane Auto"])
rate(L, False, ["The duties take effect on Friday, the ministry said.", "Korvane Auto: 31.2%\nPeltra Motors: 19.6%"], ["Korvane Auto: 31.2%\nPeltra Motors: 19.6%"], 31.2, "the sentence before is no lead-in: no colon, no 'as follows' (unconfirmed)", ["Korvane Auto"])
rate(L, False, ["Extra duties by maker are listed below:", "Each maker has 30 days to appeal.", "Korvane Auto: 31.2%\nPeltra Motors: 19.6%"], ["Korvane Auto: 31.2%\nPeltra Motors: 19.6%"], 31.2, "a prose sentence stands between the lead-in and the list (unconfirmed)", ["Korvane Auto"])
rate(L, False, AUTO, [AUTO_LINES], 31.3, "another number (unsupported)", ["Korvane Auto"])
rate(L, False, ["Since the duties took effect, the makers' market shares have shifted:", "Korvane Auto: 31%\nPeltra Motors: 18%"], ["Korvane Auto: 31%\nPeltra Motors: 18%"], 31, "the lead-in names duties but lists market shares (unconfirmed)", ["Korvane Auto"])
SHARES = "Since the tariffs were imposed the market shares of the makers stand at Alder Tyres 12.2%, Brisco Rubber 9.5%, Cole Steel 4%, Dunmore Glass 3.1% and Ellery Wire 2%."
rate(L, False, [SHARES], [SHARES], 2, "market shares listed after 'tariffs' (unconfirmed)", ["Ellery Wire"])
rate(L, False, ["Sales growth by brand this year:", "Sunmere: 8.7%\nBrightfold: 16.1%"], ["Sunmere: 8.7%\nBrightfold: 16.1%"], 16.1, "sales growth, no tariff word (unconfirmed)")

# --- other-number --------------------------------------------------------------------------
N = "other-number"
COOP = "Brussels set a provisional duty of 14.6% for exporters that cooperated with the probe and 29.9% for all the rest."
APPLY = "A 6.2% levy applies to the two sampled mills and 24.5% to every other mill."
BEAR = "Under the ruling, Velta Motors pays a 9% levy, while Drummond Cars faces 21.3%."
PAIR = "The final duties are 11.8 per cent on Cerro Copper and 33 per cent on the remaining exporters."
SWAP = "Militants released 33 hostages in exchange for 99 prisoners held by the government."
RAID = "The bombing killed 11 police officers and wounded 27 bystanders, hospital staff said."
BORDER = "Border guards detained 140 migrants and 6 smugglers near the crossing overnight."
TWO_DAYS = "Gunmen freed 20 hostages on Friday and 13 hostages on Saturday, the army said."
ONE_OWNER = "Tyres from the plant pay an 8% duty until June and 15% after that, customs officials said."
rate(N, True, [COOP], [COOP], 14.6, "the cooperating exporters' own rate", ["cooperating exporters"])
rate(N, True, [COOP], [COOP], 29.9, "'29.9% for all the rest' for the non-cooperating", ["non-cooperating exporters"])
rate(N, True, [APPLY], [APPLY], 24.5, "'24.5% to every other mill'", ["other mills"])
rate(N, True, [BEAR], [BEAR], 9, "'Velta Motors pays a 9% levy'", ["Velta Motors"])
rate(N, True, [BEAR], [BEAR], 21.3, "'while Drummond Cars faces 21.3%'", ["Drummond Cars"])
rate(N, True, [PAIR], [PAIR], 33, "'33 per cent on the remaining exporters'", ["all other exporters"])
rate(N, True, [ONE_OWNER], [ONE_OWNER], 15, "two rates of one owner in time: the later one", ["tyres"])
rate(N, True, [ONE_OWNER], [ONE_OWNER], 8, "two rates of one owner: the earlier one stays stated", ["tyres"])
count(N, True, SWAP, "prisoners released", 99, "'99 prisoners'")
count(N, True, SWAP, "hostages released", 33, "'released 33 hostages'")
count(N, True, RAID, "bystanders wounded", 27, "'wounded 27 bystanders'")
count(N, True, BORDER, "smugglers detained", 6, "'6 smugglers', the verb before both")
count(N, True, TWO_DAYS, "hostages freed on Saturday", 13, "both numbers count hostages")
rate(N, False, [COOP], [COOP], 29.9, "the rate for the rest, not the cooperating exporters' (unsupported)", ["cooperating exporters"])
rate(N, False, [COOP], [COOP], 14.6, "the cooperating rate, not the others' (unsupported)", ["all other exporters"])
rate(N, False, [APPLY], [APPLY], 24.5, "every other mill's rate, not the sampled mills' (unsupported)", ["sampled mills"])
rate(N, False, [BEAR], [BEAR], 21.3, "Drummond's rate, not Velta's (unsupported)", ["Velta Motors"])
rate(N, False, [BEAR], [BEAR], 9, "Velta's rate, not Drummond's (unsupported)", ["Drummond Cars"])
rate(N, False, [PAIR], [PAIR], 33, "the remaining exporters' rate, not Cerro's (unsupported)", ["Cerro Copper"])
count(N, False, SWAP, "prisoners released", 33, "33 counts hostages (unsupported)")
count(N, False, SWAP, "hostages released", 99, "99 counts prisoners (unsupported)")
count(N, False, RAID, "bystanders wounded", 11, "11 counts the officers killed (unsupported)")
count(N, False, RAID, "police officers killed", 27, "27 counts the wounded bystanders (unsupported)")
count(N, False, BORDER, "smugglers detained", 140, "140 counts migrants (unsupported)")
count(N, False, "Rebels handed over 12 aid workers and 30 soldiers at the bridge.", "soldiers handed over", 12, "12 counts aid workers (unsupported)")
count(N, False, "The exchange saw 200 detainees freed for 2 captured pilots.", "detainees freed", 2, "2 counts pilots (unsupported)")

# --- rise-from-to --------------------------------------------------------------------------
R = "rise-from-to"
PORK = "Beijing is raising its duty on the pork from 12 to 62 percent, the commerce ministry said."
CEMENT = "The ministry will lift the levy on imported cement from 5 per cent to 17.5 per cent next month."
DOUBLE = "The order doubles the tariff on the scooters, from 25% to 50%."
PRESENT = "The charge moves the tariff from its present 6% to 11% for the coming year."
GOES = "Tariffs on the ceramic tiles go up from 7.5 per cent to 15 per cent on 1 March."
TAKES = "The new rule takes the duty on frozen fish from 4% up to 9%."
HIKE = "A hike in the levy from 18 to 30 per cent was approved by parliament on Wednesday."
REVERSE = "The duty on the cheese climbs to 35 percent from 20 percent under the deal."
GOES_FROM = "Under the decree the levy goes from 8 to 14 per cent."
RANGE = "Duties on the pipes will range from 10 to 25 percent depending on the mill."
ANYWHERE = "The truce could last anywhere from 10 to 20 days, mediators said."
rate(R, True, [PORK], [PORK], 62, "'from 12 to 62 percent': the new rate")
rate(R, True, [CEMENT], [CEMENT], 17.5, "the new rate, 'per cent' spelled out")
rate(R, True, [DOUBLE], [DOUBLE], 50, "'doubles ... from 25% to 50%'")
rate(R, True, [PRESENT], [PRESENT], 11, "'from its present 6% to 11%'")
rate(R, True, [GOES], [GOES], 15, "'go up from 7.5 per cent to 15 per cent'")
rate(R, True, [TAKES], [TAKES], 9, "'from 4% up to 9%': the rate it reaches", qualifier="up_to")
rate(R, True, [HIKE], [HIKE], 30, "'a hike in the levy from 18 to 30 per cent'")
rate(R, True, [REVERSE], [REVERSE], 35, "'climbs to 35 percent from 20 percent'")
rate(R, True, [GOES_FROM], [GOES_FROM], 14, "'goes from 8 to 14 per cent'")
rate(R, True, [RANGE], [RANGE], 10, "'range from 10 to 25 percent' is a range: its floor", qualifier="at_least")
rate(R, True, [RANGE], [RANGE], 25, "the range's top", qualifier="up_to")
truce(R, True, [ANYWHERE], [ANYWHERE], 20, "'anywhere from 10 to 20 days': its top", qualifier="up_to")
rate(R, False, [PORK], [PORK], 12, "the rate before the rise, no unit of its own (unsupported)")
rate(R, False, [CEMENT], [CEMENT], 5, "the old rate (unsupported)")
rate(R, False, [DOUBLE], [DOUBLE], 25, "the rate before it doubles (unsupported)")
rate(R, False, [PRESENT], [PRESENT], 6, "'its present 6%' (unsupported)")
rate(R, False, [GOES], [GOES], 7.5, "the rate before (unsupported)")
rate(R, False, [TAKES], [TAKES], 4, "the rate before (unsupported)")
rate(R, False, [HIKE], [HIKE], 18, "the rate before the hike, no unit of its own (unsupported)")
rate(R, False, [REVERSE], [REVERSE], 20, "'from 20 percent', after the new rate (unsupported)")
rate(R, False, [GOES_FROM], [GOES_FROM], 8, "the rate it goes from (unsupported)")
rate(R, False, [RANGE], [RANGE], 10, "a range's floor is no exact rate (unsupported)")
rate(R, False, [RANGE], [RANGE], 25, "a range's top is no exact rate (unsupported)")
truce(R, False, [ANYWHERE], [ANYWHERE], 10, "a range's floor is no exact length (unsupported)")
truce(R, False, ["The pause will last from 10 to 20 days, officials said."], ["The pause will last from 10 to 20 days, officials said."], 20, "no word of change: read as before, not as a length of 20 (unconfirmed)")

# --- far-length ----------------------------------------------------------------------------
F = "far-length"
PHASED = "The truce will be rolled out in three stages, beginning with the northern districts on 4 May, and is due to run for 120 days."
ASIDE = "The ceasefire, hammered out by Norwegian and Omani envoys after a month of talks in Muscat, will hold for 60 days."
AND_IT = "The armistice was initialled at a border post late on Sunday by the two chiefs of staff, and it remains in force for 90 days."
WHICH = "Both sides accepted the truce, which is expected to last for about 45 days."
UNDER = "Under the agreement, the cease-fire takes effect at dawn across the whole front and is meant to continue for 30 days."
LONG = "The humanitarian pause begins at 6 a.m. on Thursday in the besieged quarter, allowing convoys in and the wounded out, and is scheduled to last 72 hours."
PREVIOUS = "The new truce should last 30 days, unlike the previous truce, which lasted 60 days."
EARLIER = "An earlier ceasefire in the valley, agreed in March, held for 9 days; the new one starts on Monday."
SIEGE = "The truce came after a siege of the port that began in May and lasted 80 days."
TALKS = "The ceasefire took effect on Friday, and talks on a lasting settlement will run for 14 days."
FIGHTING = "The truce was signed in Doha after fighting that had raged for 40 days."
truce(F, True, [PHASED], [PHASED], 120, "'and is due to run for 120 days', the truce the subject")
truce(F, True, [ASIDE], [ASIDE], 60, "an aside between the truce and 'will hold for 60 days'")
truce(F, True, [AND_IT], [AND_IT], 90, "'and it remains in force for 90 days'")
truce(F, True, [WHICH], [WHICH], 45, "'the truce, which is expected to last for about 45 days'", qualifier="about")
truce(F, True, [UNDER], [UNDER], 30, "an opening phrase, then the cease-fire as subject of both verbs")
truce(F, True, [LONG], [LONG], 3, "'is scheduled to last 72 hours', far from 'pause'")
truce(F, True, [PREVIOUS], [PREVIOUS], 30, "the new truce's own length")
truce(F, True, ["The earlier truce lasted 60 days."], ["The earlier truce lasted 60 days."], 60, "only the earlier truce is named: it may be the fact's")
truce(F, True, ["The cease-fire began at noon. It is set to last for 21 days, the mediators said."], ["The cease-fire began at noon.", "It is set to last for 21 days, the mediators said."], 21, "'It' for the cease-fire in the next sentence, as before")
truce(F, True, ["A 15-day truce took hold on the coast, the United Nations said."], ["A 15-day truce took hold on the coast, the United Nations said."], 15, "a plain '15-day truce', as before")
truce(F, False, [PREVIOUS], [PREVIOUS], 60, "the previous truce's length (unsupported)")
truce(F, False, [EARLIER], [EARLIER], 9, "an earlier ceasefire's length (unsupported)")
truce(F, False, ["Talks on the new truce open on Monday.", "A former truce in the same hills lasted 21 days."], ["Talks on the new truce open on Monday.", "A former truce in the same hills lasted 21 days."], 21, "a former truce's, the new one named in the evidence (unsupported)")
truce(F, False, [SIEGE], [SIEGE], 80, "the siege's length, under 'that began ... and lasted' (unconfirmed)")
truce(F, False, [TALKS], [TALKS], 14, "the talks' length (unconfirmed)")
truce(F, False, [FIGHTING], [FIGHTING], 40, "how long the fighting raged (unconfirmed)")
truce(F, False, ["The truce collapsed on Monday, and the shelling of the eastern suburbs has continued for 12 days."], ["The truce collapsed on Monday, and the shelling of the eastern suburbs has continued for 12 days."], 12, "the shelling continues, its own subject (unconfirmed)")
truce(F, False, [PHASED], [PHASED], 4, "a day of the month (unsupported)")
truce(F, False, [PHASED], [PHASED], 90, "another number (unsupported)")
truce(F, False, ["The truce held, and the blockade of the city will continue for 30 days, the army said."], ["The truce held, and the blockade of the city will continue for 30 days, the army said."], 30, "the blockade continues, not the truce (unconfirmed)")
truce(F, False, ["The ceasefire begins on Monday, and the last one, agreed in June, ran for 12 days."], ["The ceasefire begins on Monday, and the last one, agreed in June, ran for 12 days."], 12, "'the last one ... ran for 12 days' (unsupported)")

# --- compared-rate -------------------------------------------------------------------------
C = "compared-rate"
VANS = "Vans built in the country now face a 27% levy, compared with 9 percent on vans from elsewhere."
TILES = "The new 35% duty on the tiles compares with 8% charged on Spanish tiles."
BEEF = "The tariff on the beef is 26.4 percent, compared to 10 percent for lamb."
BIKES = "Imported e-bikes pay a 48% duty versus 15% for ordinary bicycles."
AGAINST = "Glass from the two plants will carry a 22% levy, against 5% for glass from neighbouring states."
OPPOSED = "A duty of 30 per cent, as opposed to 12 per cent for other suppliers, took effect on Monday."
LAST_YEAR = "The tariff is now 25%, a sharp rise compared with the 2.5% applied last year."
OPENING = "Compared with the 10% levy on other imports, the new 20% duty on the yachts is steep."
LUMBER = "The 18 percent duty on Canadian lumber contrasts with 3 percent on Swedish lumber."
WINE = "Chilean wine faces a tariff of 14%, in comparison with 0% for wine from France."
rate(C, True, [VANS], [VANS], 27, "the measure's own rate, before 'compared with'")
rate(C, True, [TILES], [TILES], 35, "the rate before 'compares with'")
rate(C, True, [BEEF], [BEEF], 26.4, "before 'compared to'")
rate(C, True, [BIKES], [BIKES], 48, "before 'versus'")
rate(C, True, [AGAINST], [AGAINST], 22, "before 'against'")
rate(C, True, [OPPOSED], [OPPOSED], 30, "before the aside 'as opposed to'")
rate(C, True, [LAST_YEAR], [LAST_YEAR], 25, "the rate now")
rate(C, True, [OPENING], [OPENING], 20, "after an opening 'Compared with ...,' clause")
rate(C, True, [LUMBER], [LUMBER], 18, "before 'contrasts with'")
rate(C, True, [VANS], [VANS], 9, "the compared rate for a measure on vans from elsewhere", ["vans from elsewhere"])
rate(C, True, ["The tariff was set at 25% against the advice of officials."], ["The tariff was set at 25% against the advice of officials."], 25, "'against' after the rate, no comparison")
rate(C, True, ["Washington imposed tariffs against Beijing of 34%."], ["Washington imposed tariffs against Beijing of 34%."], 34, "'against Beijing of 34%': a target, no comparison")
rate(C, False, [VANS], [VANS], 9, "the rate on vans from elsewhere (unsupported)")
rate(C, False, [TILES], [TILES], 8, "the rate on Spanish tiles (unsupported)")
rate(C, False, [BEEF], [BEEF], 10, "lamb's rate (unsupported)")
rate(C, False, [BIKES], [BIKES], 15, "ordinary bicycles' rate (unsupported)")
rate(C, False, [AGAINST], [AGAINST], 5, "neighbouring states' rate (unsupported)")
rate(C, False, [OPPOSED], [OPPOSED], 12, "other suppliers' rate (unsupported)")
rate(C, False, [LAST_YEAR], [LAST_YEAR], 2.5, "last year's rate (unsupported)")
rate(C, False, [OPENING], [OPENING], 10, "the rate on other imports it is compared with (unsupported)")
rate(C, False, [LUMBER], [LUMBER], 3, "Swedish lumber's rate (unsupported)")
rate(C, False, [WINE], [WINE], 0, "French wine's rate (unsupported)")
rate(C, False, ["Trucks from the plant will pay 31 percent, versus Japan's 12 percent."], ["Trucks from the plant will pay 31 percent, versus Japan's 12 percent."], 12, "'versus Japan's 12 percent' (unsupported)")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
