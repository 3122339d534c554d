# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers38 set (``grounding_numbers38.jsonl``): a number's role read from more
than a fixed cue list next to it, found by an outside check in session 16, by category, each
with what must pass and what must fail:

- ``tariff-words``: a rate next to a tariff word beyond "tariff", "duty" and "levy" ("a 60
  per cent surtax", "an import surcharge of 18%") is the measure's rate, and so is the new
  rate of "raise tariffs on 45 billion euros of goods from 15 percent to 30 percent" with an
  amount of goods between; a percent that is the change of something else ("Shares of Halden
  Motors dropped 6 percent after ... a 45 percent surtax", "Exports slumped 14 percent") or
  a share of voters or of imports is refused (:mod:`summarizer.verification.counts.rate_words`);
- ``truce-lengths``: the length of a truce told as "the one in 2019 that lasted 75 days"
  after the truce word is supported; a number of days after which the truce broke down, or
  by which it was extended, is not its length ("meant to last ten days, collapsed after 6
  days", "was extended once before by three days") and is refused
  (:mod:`summarizer.verification.counts.truce_spans`);
- ``counts``: a count of items whose words name a rate ("items at 10 percent") is a count,
  not a percent ("2,207 items will face a rate of 10 percent"), and a count after "killed
  ... and injured more than 3,600" is the injured, also before ", according to ..." (a
  number before a comma has no noun of its own: :mod:`summarizer.verification.counts.count_nouns`);
  each count is refused for another tier's number or the rate itself
  (:mod:`summarizer.verification.counts.count_tiers`).

Run ``python tests/data/make_numbers38_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, firms, goods and people, or public bodies in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers38.jsonl")

built = SupportCases(
    "nu38",
    leads=(
        "Coastline Trade Bulletin\n\nROTTERDAM —",
        "The Highland Courier\n\nBy Mirela Tanasoiu, business desk",
        "Equator Wire | NAIROBI, 4 March",
        "Capital Ledger\n\nOTTAWA (CL) -",
        "Delta Evening Post\n\nLast updated 09:40 local time",
    ),
    closing="The ministry did not respond to a request for comment.",
)


def rate(expect: bool, sentence: str, value: float, why: str) -> None:
    """A measure whose tariff rate is ``value`` percent, backed by ``sentence``; a must-fail
    case asks for a flag of either strength (``support``)."""
    built.tariff("tariff-words", expect, sentence, value, why, instrument="executive_action")


def length(expect: bool, sentence: str, days: float, why: str) -> None:
    """A truce whose length is ``days`` days, backed by ``sentence``."""
    built.length("truce-lengths", expect, sentence, days, why)


# fmt: off
# --- tariff-words ----------------------------------------------------------------------------
SURTAX = "From March 1, the Treasury of Norland will levy a 60 per cent surtax on all imported solar panels."
SURCHARGE = "Ottavia announced a 35% surcharge on steel coils from Varenia on Thursday."
RAISE = "The ministry will raise tariffs on 45 billion euros of farm goods from 15 percent to 30 percent, effective June 1."
LIFT = "Officials said they would lift duties on $80 billion worth of machinery from 5 percent to 20 percent."
CLIMB = "Tariffs on 120 billion yuan of American soybeans will climb from 5 percent to 25 percent next month."
SHARES = "Shares of Halden Motors dropped 6 percent after Valdoria announced a 45 percent surtax on its cars."
EXPORTS = "Exports of Korvian wine slumped 14 percent in the quarter after the 30% surcharge took effect."
PRICES = "Prices of imported rebar rose 9 percent within a month of the 20 percent surcharge."
CURRENCY = "The peso lost 4 percent against the dollar after the 60 per cent surtax was announced."
POLL = "A poll found that 62 percent of voters back the 40% surtax on foreign-built cars."
rate(True, SURTAX, 60, "a 60 per cent surtax")
rate(True, SURCHARGE, 35, "a 35% surcharge")
rate(True, "Brasilia imposed an import surcharge of 18 percent on Chinese tyres.", 18, "a surcharge of 18 percent")
rate(True, "The new 12.5 per cent customs surtax applies to aluminium sheet from Tessaly.", 12.5, "a 12.5 per cent surtax")
rate(True, "The government plans to apply an additional 27 per cent surcharge to canned tuna from Ormand.", 27, "an additional 27 per cent surcharge")
rate(True, "A 100% surtax now applies to electric buses built abroad, Mr Deschamps said.", 100, "a 100% surtax")
rate(True, RAISE, 30, "raise tariffs on goods from 15 to 30 percent: 30 is the new rate")
rate(True, LIFT, 20, "lift duties on machinery from 5 to 20 percent: 20 is the new rate")
rate(True, CLIMB, 25, "tariffs on soybeans climb from 5 to 25 percent")
rate(True, SHARES, 45, "a 45 percent surtax")
rate(True, EXPORTS, 30, "the 30% surcharge")
rate(True, "Surcharges of 15 per cent will be added to imported washing machines, the cabinet said.", 15, "surcharges of 15 per cent")
rate(False, SHARES, 6, "the shares' fall, not the surtax")
rate(False, EXPORTS, 14, "the exports' slump, not the surcharge")
rate(False, PRICES, 9, "the rise in prices, not the surcharge")
rate(False, CURRENCY, 4, "the peso's loss, not the surtax")
rate(False, POLL, 62, "the voters' share, not the surtax")
rate(False, RAISE, 15, "the old rate of the rise")
rate(False, LIFT, 5, "the old rate of the rise")
rate(False, CLIMB, 5, "the old rate of the climb")
rate(False, "Sales of Drava beer fell by 31 percent after the 18 percent surcharge on it began.", 31, "the sales' fall, not the surcharge")
rate(False, "Unemployment in the port city stands at 11 percent, officials said as they defended the 50 percent surtax on foreign ships.", 11, "the unemployment rate, not the surtax")
rate(False, "Imports from Marovia shrank 22 percent in the first year of the 25% surtax.", 22, "the imports' shrinking, not the surtax")

# --- truce-lengths ----------------------------------------------------------------------------
EXTENDED = "The pause, which will last eight days, was extended once before by three days."
COLLAPSED = "The truce, meant to last ten days, collapsed after 6 days."
BROKE = "The ceasefire, due to run for 21 days, broke down after 9 days."
VIOLATED = "The 30-day truce was violated within four days, monitors said."
FELL = "The 14-day humanitarian pause fell apart after just five days."
length(True, "Earlier truces with the group, like the one in 2019 that lasted 75 days, were poorly monitored.", 75, "the one (truce) that lasted 75 days")
length(True, "Previous ceasefires with the rebels, such as the one agreed in 2016 that held for 40 days, collapsed in bloodshed.", 40, "the one (ceasefire) that held for 40 days")
length(True, "Of the earlier truces, the one signed in Lome in 2011 lasted 12 days.", 12, "the one (truce) lasted 12 days")
length(True, "A previous ceasefire, the one in 2021 that lasted 90 days, ended in renewed clashes.", 90, "the one that lasted 90 days")
length(True, EXTENDED, 8, "will last eight days")
length(True, COLLAPSED, 10, "meant to last ten days")
length(True, BROKE, 21, "due to run for 21 days")
length(True, VIOLATED, 30, "the 30-day truce")
length(True, FELL, 14, "the 14-day pause")
length(True, "The truce will expire after 45 days unless both sides renew it.", 45, "expires after 45 days: its length")
length(True, "The armistice, which ends after 60 days, can be renewed once.", 60, "ends after 60 days: its length")
length(False, EXTENDED, 3, "an earlier extension, not the length")
length(False, COLLAPSED, 6, "collapsed after 6 days: not its length")
length(False, BROKE, 9, "broke down after 9 days: not its length")
length(False, VIOLATED, 4, "violated within four days: not its length")
length(False, FELL, 5, "fell apart after five days: not its length")
length(False, "The truce, planned for a week, crumbled after 3 days of shelling.", 3, "crumbled after 3 days")
length(False, "The ceasefire, set to last 20 days, was extended last month by 10 days.", 10, "the extension, not the length")
length(False, "The 45-day truce was breached within 2 days, aid groups said.", 2, "breached within 2 days")
length(False, "The pause, scheduled to hold for 30 days, unravelled after 11 days.", 11, "unravelled after 11 days")
length(False, "The two-week ceasefire was prolonged by seven days at the last minute.", 7, "prolonged by seven days: the extension")

# --- counts ------------------------------------------------------------------------------------
TIERS = "Of these, 1,812 items will be subject to a 30 percent duty, up from 15 percent, and 2,207 items will face a rate of 10 percent."
REST = "A further 688 items will be taxed at 5 percent, and 431 items will keep the existing 2 percent rate."
CLASH = "The clashes have killed at least 412 people and injured more than 3,600, the Red Crescent said."
RAID = "The raid killed 19 soldiers and wounded about 70, the army said in a statement."
built.counted("counts", True, TIERS, "items subject to 30 percent", 1812, "1,812 items", instrument="executive_action")
built.counted("counts", True, TIERS, "items at 10 percent", 2207, "2,207 items will face a rate of 10 percent", instrument="executive_action")
built.counted("counts", True, REST, "items at 5 percent", 688, "688 items taxed at 5 percent", instrument="executive_action")
built.counted("counts", True, REST, "items keeping 2 percent", 431, "431 items will keep 2 percent", instrument="executive_action")
built.counted("counts", True, "A total of 3,950 tariff lines covering farm goods at 12 percent are affected.", "tariff lines at 12 percent", 3950, "3,950 tariff lines", instrument="executive_action")
built.counted("counts", True, "In all, 6,020 products will be hit, including 1,400 products at the top rate of 35 percent.", "products at 35 percent", 1400, "1,400 products at 35 percent", instrument="executive_action")
built.count("counts", True, built.page(CLASH), CLASH, "injured", 3600, "more_than")
built.count("counts", True, built.page(CLASH), CLASH, "people killed", 412, "at_least")
WHO = "The fighting has killed at least 230 people and wounded more than 1,900, according to the health ministry."
built.count("counts", True, built.page(WHO), WHO, "wounded", 1900, "more_than")
built.count("counts", False, built.page(WHO), WHO, "people killed", 1900, "more_than")
built.count("counts", True, built.page(RAID), RAID, "wounded", 70, "about")
built.count("counts", True, built.page("Shelling killed 8 civilians and injured at least 45 on Sunday."), "Shelling killed 8 civilians and injured at least 45 on Sunday.", "injured", 45, "at_least")
built.counted("counts", False, TIERS, "items subject to 30 percent", 2207, "2,207 items are at 10 percent", instrument="executive_action")
built.counted("counts", False, TIERS, "items at 10 percent", 1812, "1,812 items are at 30 percent", instrument="executive_action")
built.counted("counts", False, REST, "items at 5 percent", 431, "431 items keep 2 percent", instrument="executive_action")
built.counted("counts", False, REST, "items keeping 2 percent", 688, "688 items are taxed at 5 percent", instrument="executive_action")
built.counted("counts", False, TIERS, "items subject to 30 percent", 30, "30 is the rate, not a count", instrument="executive_action")
built.counted("counts", False, REST, "items at 5 percent", 5, "5 is the rate, not a count", instrument="executive_action")
built.count("counts", False, built.page(CLASH), CLASH, "people killed", 3600, "more_than")
built.counted("counts", False, TIERS, "items subject to 30 percent", 15, "15 is the old rate", instrument="executive_action")
built.counted("counts", False, TIERS, "items at 10 percent", 10, "10 is the rate, not a count", instrument="executive_action")
built.counted("counts", False, REST, "items keeping 2 percent", 2, "2 is the rate, not a count", instrument="executive_action")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
