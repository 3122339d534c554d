# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers34 set (``grounding_numbers34.jsonl``): numbers read wrongly, found by an
outside check in session 15, by category, each with what must pass and what must fail (a
must-fail case is held to an *unsupported* flag, ``tier``):

- ``days-count``: a count that names days finds its days behind a preposition ("45 days
  after enactment to name the vessels", "a deadline of 21 days from notification", "within
  28 days of making it") when one of its other words stands near; a truce's length ("the
  30-day truce", "a ceasefire which is to last 45 days") is no count of days to report, and
  a deadline is still no truce's length (:mod:`summarizer.verification.counts.day_counts`);
- ``defined-abbreviation``: an abbreviation the article defined earlier in brackets
  ("internally displaced persons (IDPs)", "unexploded ordnance (UXO)") stands for its
  phrase as a count's noun; one never defined, defined only later, naming a body ("the
  Norwegian Refugee Council (NRC)") or modifying another noun ("35 IDP camps") does not
  (:mod:`summarizer.verification.counts.abbreviations`);
- ``component-rates``: when the evidence states a total rate ("39.6% in all", "combined
  duties of", "all told", "total duties of"), a rate that is one part of it is refused and
  the total supported; a rate beside no total, or beside another measure's total, keeps its
  verdict (:mod:`summarizer.verification.counts.rate_totals`);
- ``not-later-than``: "within", "not later than", "no later than", "not exceeding", "no
  longer than" read as at most: a value labelled at_most (or up_to) is supported, one
  labelled exact (or at least) is not (:mod:`summarizer.verification.figures.numbers`);
- ``ordinal-apposition``: an ordinal beside a package's noun numbers it ("The new package,
  Brussels' 16th, ...", "the latest round of penalties — the union's 18th since the
  invasion —", "The package is the bloc's 17th since ..."), while one ranking something else
  ("the 14th member state to approve the package", "Austria, the 19th country to sign off",
  "on Friday, the 14th") does not (:mod:`summarizer.verification.places.ordinal_appositions`).

Run ``python tests/data/make_numbers34_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, goods, firms and people, or public bodies in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, amount

OUT = Path(__file__).with_name("grounding_numbers34.jsonl")

_LEADS = (
    "Capitol Ledger\n\nWASHINGTON -",
    "The Northern Courier\n\nEDINBURGH, 14 May (Northern Courier) -",
    "Trade Remedies Weekly | BRUSSELS",
    "Field Bulletin\n\nBy Ines Carvalho, humanitarian correspondent",
    "Metro Wire\n\nKYIV (MW) —",
)
built = SupportCases("numbers34", _LEADS, closing="Further details were not given.", lead_end=" ")
_text = built.page


def _check(expect: bool, why: str) -> str:
    """A must-fail case is held to an *unsupported* flag (``tier``); a must-pass to support.
    A must-fail case marked "(unconfirmed)" is held only to a flag: its number is in its
    evidence and no other number reads as the field's (counts/other_readings.py, session 32)."""
    return "support" if expect or why.endswith("(unconfirmed)") else "tier"


def measure_count(category: str, expect: bool, sentence: str, what: str, value: float,
                  qualifier: str, why: str) -> None:  # fmt: skip
    """A bill whose one count is ``value`` of ``what``, backed by ``sentence``."""
    count = {"what": what, "value": amount(value, qualifier)}
    measure = {"instrument": "bill", "evidence": [sentence], "counts": [count]}
    built.add(category, expect, f"{what} = {value:g} ({qualifier}): {why}", _text(sentence),
              {"sanctions": [measure]}, "sanctions[0].counts[0].value", check=_check(expect, why))  # fmt: skip


def event_count(category: str, expect: bool, paragraphs: list[str], evidence: str, what: str,
                value: float, qualifier: str, why: str) -> None:  # fmt: skip
    """An event whose one count is ``value`` of ``what``, backed by ``evidence`` (one of the
    article's sentences); the other paragraphs are there to be read or not."""
    text = _text(*paragraphs)
    assert evidence in text, evidence
    event = {"description": "what the article reports", "evidence": [evidence],
             "counts": [{"what": what, "value": amount(value, qualifier)}]}  # fmt: skip
    built.add(category, expect, f"{what} = {value:g} ({qualifier}): {why}", text,
              {"events": [event]}, "events[0].counts[0].value", check=_check(expect, why))  # fmt: skip


def truce(
    category: str, expect: bool, sentence: str, value: float, qualifier: str, why: str
) -> None:
    """A ceasefire whose length is ``value`` days."""
    why = f"truce of {value:g} days ({qualifier}): {why}"
    built.truce_length(
        category, expect, value, [sentence], why, qualifier, check=_check(expect, why)
    )


def rate(expect: bool, sentences: list[str], value: float, why: str) -> None:
    """A measure whose tariff rate is ``value`` percent, backed by ``sentences`` (one
    paragraph)."""
    measure = {"instrument": "executive_action", "evidence": sentences,
               "tariff_rate_percent": amount(value, "exact")}  # fmt: skip
    built.add("component-rates", expect, f"rate {value:g}%: {why}", _text(" ".join(sentences)),
              {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent", check=_check(expect, why))  # fmt: skip


def package(expect: bool, sentence: str, value: int, why: str) -> None:
    facts = {"sanctions": [{"instrument": "bloc_package", "package_number": value,
                            "evidence": [sentence]}]}  # fmt: skip
    built.add("ordinal-apposition", expect, f"package {value}: {why}", _text(sentence), facts,
              "sanctions[0].package_number", check=_check(expect, why))  # fmt: skip


# fmt: off
# --- days-count ----------------------------------------------------------------------------
D = "days-count"
NAME = "The measure gives the State Department 45 days after enactment to name the vessels involved."
LICENCE = "Licence holders face a deadline of 21 days from notification to close their accounts."
BRIEF = "Within 90 days of the act becoming law, the Treasury must brief the banking committees."
LODGE = "Exporters must lodge the new declarations no later than 30 days before shipment."
BAN = "The import ban takes effect 180 days after the regulation is published."
NAMES = "Officials will have 30 days following the vote to publish the names of the targeted firms."
WIND = "Sanctioned traders were granted a wind-down window of 60 days to exit existing contracts."
NOTIFY = "Ministers must notify Parliament of any new designation within 28 days of making it."
LAPSE = "The licence lapses 14 days after the holder is listed, the guidance says."
STAKES = "Firms get 30 days to sell their stakes and 90 days after that to report to regulators."
COMPLIANCE = "The rule bars new contracts 180 days after publication and requires a compliance report within 60 days of that."
measure_count(D, True, NAME, "days to name the vessels", 45, "exact", "'after enactment' says from when; 'name' is the count's word")
measure_count(D, True, LICENCE, "deadline in days", 21, "exact", "'a deadline of 21 days from notification'")
measure_count(D, True, BRIEF, "days for the Treasury to brief the committees", 90, "at_most", "'within 90 days of', the count's verb after the comma")
measure_count(D, True, LODGE, "days to lodge declarations", 30, "at_most", "'no later than 30 days before shipment'")
measure_count(D, True, BAN, "days until the ban takes effect", 180, "exact", "'180 days after the regulation is published'")
measure_count(D, True, NAMES, "days to publish the names", 30, "exact", "'30 days following the vote to publish'")
measure_count(D, True, WIND, "days to wind down contracts", 60, "exact", "'a wind-down window of 60 days to exit': the count's word before")
measure_count(D, True, NOTIFY, "days to notify Parliament", 28, "at_most", "'within 28 days of making it'")
measure_count(D, True, LAPSE, "days until the licence lapses", 14, "exact", "'lapses 14 days after the holder is listed'")
measure_count(D, True, STAKES, "days to report to regulators", 90, "exact", "'90 days after that to report'")
measure_count(D, True, COMPLIANCE, "days to file a compliance report", 60, "at_most", "'a compliance report within 60 days of that'")
measure_count(D, True, "The 30-day truce obliges both armies to pull back heavy guns.", "days of truce", 30, "exact", "a count that names the truce takes its length")
truce(D, True, "A truce of 30 days began on Monday, and monitors must report any breach within 48 hours.", 30, "exact", "the truce's own length stays its length")
truce(D, True, "The 45-day ceasefire requires both sides to report troop moves within 10 days.", 45, "exact", "the truce's length, not the reporting deadline")
measure_count(D, False, "Monitors must file reports on breaches of the 30-day truce within 10 days.", "days to file reports", 30, "exact", "the truce's length, not the days to report (unsupported)")
measure_count(D, False, "The ceasefire, which is to last 45 days, requires both armies to notify monitors of troop moves.", "days to notify monitors", 45, "exact", "how long the ceasefire lasts (unsupported)")
measure_count(D, False, "The 60-day ceasefire obliges the army to withdraw heavy guns from the line.", "days to withdraw heavy guns", 60, "exact", "the ceasefire's length (unsupported)")
measure_count(D, False, "An armistice lasting 14 days took hold, and inspectors were then given 5 days to visit the sites.", "days to visit the sites", 14, "exact", "the armistice's length (unsupported)")
measure_count(D, False, STAKES, "days to report to regulators", 30, "exact", "the days to sell the stakes (unsupported)")
measure_count(D, False, NAME, "days to name the vessels", 54, "exact", "another number (unsupported)")
measure_count(D, False, "Shippers must declare cargo within 48 hours and pay the duty no later than 15 days after arrival.", "days to declare cargo", 48, "at_most", "48 hours, not days (unconfirmed)")
measure_count(D, False, COMPLIANCE, "days to file a compliance report", 180, "exact", "the days until contracts are barred (unsupported)")
measure_count(D, False, "Ten days into the truce, regulators told banks to report their exposure to the ministry.", "days for banks to report exposure", 10, "exact", "a point in the truce, not a count of days to report (unconfirmed)")
measure_count(D, False, "A 21-day humanitarian pause starts on Friday; aid agencies have seven days to register convoys.", "days to register convoys", 21, "exact", "the pause's length (unsupported)")
truce(D, False, "Both sides must agree a permanent truce no later than 30 days after the talks open.", 30, "at_most", "a deadline for agreeing, not the truce's length (unconfirmed)")
truce(D, False, "The warring parties must sign a truce within 30 days, the mediators said.", 30, "at_most", "when it is to be signed, not how long it lasts (unconfirmed)")

# --- defined-abbreviation ------------------------------------------------------------------
A = "defined-abbreviation"
IDP_DEF = "Renewed shelling has pushed more internally displaced persons (IDPs) toward the coast."
IDP_USE = "More than 40,000 IDPs are now sheltering in schools in the port city, the agency said."
UXO_DEF = "Farmers in the valley still turn up unexploded ordnance (UXO) when they plough."
UXO_USE = "Clearance teams destroyed 1,200 UXO items in the first quarter."
ERW_DEF = "Explosive remnants of war (ERW) maimed children in four districts last year."
ERW_USE = "Deminers logged 3,400 ERW across the district during the spring survey."
IDP_ONE = "The ministry registers every internally displaced person (IDP) who reaches the camps."
IDP_JUNE = "About 12,500 IDPs arrived in June alone."
UASC_DEF = "Aid workers are tracing unaccompanied and separated children (UASC) along the route."
UASC_USE = "Staff identified 640 UASC at the two crossings last month."
FTF_DEF = "Security forces detained suspected foreign terrorist fighters (FTFs) in dawn raids."
FTF_USE = "Authorities say 230 FTFs remain in custody."
APM_DEF = "The treaty bans anti-personnel mines (APMs) outright."
APM_USE = "The army says it destroyed 5,000 APMs from its stockpile."
AXO_DEF = "Surveyors mapped abandoned explosive ordnance (AXO) near the main road."
AXO_USE = "The team removed 75 AXO from a single school yard."
PWD_DEF = "The report covers persons with disabilities (PWDs) displaced by the floods."
PWD_USE = "Some 2,300 PWDs have been moved to shelters, it said."
event_count(A, True, [IDP_DEF, IDP_USE], IDP_USE, "internally displaced persons", 40000, "more_than", "'IDPs' defined earlier as internally displaced persons")
event_count(A, True, [IDP_DEF, IDP_USE], IDP_USE, "displaced people", 40000, "more_than", "the displaced, under their abbreviation")
event_count(A, True, [UXO_DEF, UXO_USE], UXO_USE, "unexploded ordnance destroyed", 1200, "exact", "'1,200 UXO items', UXO defined")
event_count(A, True, [UXO_DEF, UXO_USE], UXO_USE, "unexploded ordnance", 1200, "exact", "the noun alone, no verb of the count in the sentence")
event_count(A, True, [ERW_DEF, ERW_USE], ERW_USE, "explosive remnants of war", 3400, "exact", "'ERW' defined with 'of' inside its phrase")
event_count(A, True, [IDP_ONE, IDP_JUNE], IDP_JUNE, "displaced persons arriving", 12500, "about", "defined singular '(IDP)', used plural")
event_count(A, True, [UASC_DEF, UASC_USE], UASC_USE, "unaccompanied children", 640, "exact", "'UASC' defined from 'unaccompanied and separated children'")
event_count(A, True, [FTF_DEF, FTF_USE], FTF_USE, "foreign fighters", 230, "exact", "'FTFs' defined earlier")
event_count(A, True, [APM_DEF, APM_USE], APM_USE, "anti-personnel mines", 5000, "exact", "'APMs' defined from a hyphenated phrase")
event_count(A, True, [AXO_DEF, AXO_USE], AXO_USE, "abandoned explosive ordnance", 75, "exact", "'AXO' defined earlier")
event_count(A, True, [PWD_DEF, PWD_USE], PWD_USE, "persons with disabilities", 2300, "about", "'PWDs' defined from 'persons with disabilities'")
event_count(A, True, [IDP_DEF, "Officials in the capital alone now count 61,000 IDPs, up from 48,000 in March."], "Officials in the capital alone now count 61,000 IDPs, up from 48,000 in March.", "internally displaced persons", 61000, "exact", "the current count beside the earlier one")
event_count(A, False, [IDP_USE], IDP_USE, "internally displaced persons", 40000, "more_than", "'IDPs' never defined: it borrows no noun (unconfirmed)")
event_count(A, False, [IDP_USE, "The term covers internally displaced persons (IDPs) who have not crossed a border."], IDP_USE, "internally displaced persons", 40000, "more_than", "defined only after it is used (unconfirmed)")
event_count(A, False, ["The Norwegian Refugee Council (NRC) runs the largest camp in the province.", "NRC said 3,000 families had reached the camp this week."], "NRC said 3,000 families had reached the camp this week.", "refugees", 3000, "exact", "NRC names a body, not refugees (unconfirmed)")
event_count(A, False, ["The UN refugee agency (UNHCR) opened two new reception centres.", "UNHCR staff processed 5,200 cases in a week."], "UNHCR staff processed 5,200 cases in a week.", "refugees", 5200, "exact", "UNHCR names an agency (unconfirmed)")
event_count(A, False, ["The Internally Displaced Persons Office (IDPO) opened a branch in the port.", "The IDPO said it had received 900 complaints."], "The IDPO said it had received 900 complaints.", "internally displaced persons", 900, "exact", "IDPO is an office (unconfirmed)")
event_count(A, False, ["Trucks carried non-food items (NFIs) to the camp.", "Volunteers handed out 4,000 NFIs to 2,000 families."], "Volunteers handed out 4,000 NFIs to 2,000 families.", "families", 4000, "exact", "NFIs are items, not families (unsupported)")
event_count(A, False, [IDP_DEF, IDP_USE], IDP_USE, "internally displaced persons", 4000, "more_than", "another number (unsupported)")
event_count(A, False, ["Aid agencies run internally displaced persons (IDP) camps across the north.", "There are now 35 IDP camps in the province."], "There are now 35 IDP camps in the province.", "internally displaced persons", 35, "exact", "35 camps, not 35 people (unconfirmed)")
event_count(A, False, [UXO_DEF, "The teams also checked 300 UXO sites near the river."], "The teams also checked 300 UXO sites near the river.", "unexploded ordnance", 300, "exact", "300 sites, not 300 pieces of ordnance (unconfirmed)")
event_count(A, False, ["The Internal Displacement Panel (IDP) met on Monday.", "The IDP heard 40 witnesses in two days."], "The IDP heard 40 witnesses in two days.", "internally displaced persons", 40, "exact", "IDP here names a panel (unconfirmed)")
event_count(A, False, [FTF_DEF, "Authorities say 230 FTFs remain in custody and 85 have been repatriated."], "Authorities say 230 FTFs remain in custody and 85 have been repatriated.", "foreign fighters in custody", 85, "exact", "the repatriated, not those in custody (unsupported)")

# --- component-rates -----------------------------------------------------------------------
C1 = ["The commission confirmed an anti-dumping duty of 31.4% and a countervailing duty of 8.2% on the glass fibre, 39.6% in all."]
C2 = ["Chinese e-bike makers now face combined duties of 79.3 percent, made up of a 62.1 percent anti-dumping rate and a 17.2 percent anti-subsidy rate."]
C3 = ["Solar glass from the two exporters will pay 44.5% altogether: a 39% anti-dumping levy plus a 5.5% countervailing levy."]
C4 = ["Importers of the steel wheels face total duties of 52.6 percent.", "That figure combines a 41 percent anti-dumping duty with an 11.6 percent countervailing duty."]
C5 = ["Duties on the aluminium extrusions total 45%, including a 17% anti-subsidy charge."]
C6 = ["Tyres from the plant will carry duties of 20.1%, 14.3% and 3.6% for dumping, subsidies and safeguards respectively, a combined 38%."]
C7 = ["The final rate on the fasteners is 86.5% all told, after a 79.2% anti-dumping duty was stacked with a 7.3% anti-subsidy duty."]
rate(True, C1, 39.6, "the total, 'in all'")
rate(True, C2, 79.3, "'combined duties of'")
rate(True, C3, 44.5, "'altogether'")
rate(True, C4, 52.6, "'total duties of', parts in the next sentence")
rate(True, C5, 45, "'total 45%, including ...'")
rate(True, C6, 38, "'a combined 38%' of three parts")
rate(True, C7, 86.5, "'all told'")
VALVES = ["A 9.1% countervailing duty on top of a 17.4% anti-dumping duty brings the total tariff on the valves to 26.5%."]
rate(True, VALVES, 26.5, "'brings the total tariff on the valves to'")
rate(True, ["The commission confirmed an anti-dumping duty of 31.4% and a countervailing duty of 8.2% on the glass fibre."], 31.4, "no total stated: today's verdict")
rate(True, ["Washington set a 12% duty on the tyres on Tuesday.", "Separately, duties on Chinese steel pipes now total 30%."], 12, "another measure's total beside it")
rate(True, ["The new 18% levy on the cables comes as duties on the country's steel reach 54% in all."], 18, "a total of other goods that it is no part of")
rate(True, ["A 25% tariff applies to the cars, while combined duties on their parts reach 40%."], 25, "another goods' combined rate")
rate(False, C1, 31.4, "the anti-dumping part of the 39.6% (unsupported)")
rate(False, C1, 8.2, "the countervailing part (unsupported)")
rate(False, C2, 62.1, "the anti-dumping part of 79.3 (unsupported)")
rate(False, C2, 17.2, "the anti-subsidy part (unsupported)")
rate(False, C3, 39, "one levy of the 44.5 (unsupported)")
rate(False, C3, 5.5, "the other levy (unsupported)")
rate(False, C4, 41, "a part named in the next sentence (unsupported)")
rate(False, C4, 11.6, "the other part (unsupported)")
rate(False, C5, 17, "'including a 17% charge': a part (unsupported)")
rate(False, C6, 14.3, "one of three parts (unsupported)")
rate(False, C6, 20.1, "another of the three (unsupported)")
rate(False, C7, 79.2, "a stacked part (unsupported)")
rate(False, C7, 7.3, "the other stacked part (unsupported)")
rate(False, C1, 39, "another number (unsupported)")
rate(False, VALVES, 9.1, "the countervailing part of the total (unsupported)")

# --- not-later-than ------------------------------------------------------------------------
N = "not-later-than"
FREEZE = "Banks must freeze the listed accounts within 24 hours of a designation."
SHALL = "The Treasury shall report not later than 180 days after the date of enactment."
FINDINGS = "The commission must publish its findings no later than 45 days after the complaint."
FINES = "Breaches carry fines not exceeding 250,000 euros, the regulation says."
CONVOY = "Under the deal, each convoy may carry no more than 30 tonnes of fuel."
DETENTION = "A detention order may run for a period not exceeding 90 days."
REIMPOSE = "The bill requires the sanctions to be reimposed within five days of a violation."
PORT = "Each tanker may stay in the port for no longer than 72 hours."
measure_count(N, True, FREEZE, "hours to freeze accounts", 24, "at_most", "'within 24 hours'")
measure_count(N, True, FREEZE, "hours to freeze accounts", 24, "up_to", "'within' is one bound: up to as well")
measure_count(N, True, SHALL, "days to report", 180, "at_most", "'not later than 180 days'")
measure_count(N, True, FINDINGS, "days to publish findings", 45, "at_most", "'no later than 45 days'")
measure_count(N, True, FINES, "euros in fines", 250000, "at_most", "'not exceeding 250,000 euros'")
measure_count(N, True, CONVOY, "tonnes of fuel per convoy", 30, "at_most", "'no more than 30 tonnes'")
measure_count(N, True, DETENTION, "days of detention", 90, "at_most", "'not exceeding 90 days'")
measure_count(N, True, REIMPOSE, "days to reimpose the sanctions", 5, "at_most", "'within five days of a violation'")
measure_count(N, True, PORT, "hours in port", 72, "at_most", "'no longer than 72 hours'")
measure_count(N, True, BRIEF, "days for the Treasury to brief the committees", 90, "up_to", "'within 90 days' as up to")
LEGAL = "The Secretary shall, not later than ninety (90) days after enactment, submit a strategy to the committees."
measure_count(N, True, LEGAL, "days to submit a strategy", 90, "at_most", "'not later than ninety (90) days': the digits take the words' bound")
measure_count(N, True, FREEZE, "hours to freeze accounts", 24, "exact", "'within 24 hours' is the deadline's own length, exactly (session 31; was refused as at most only)")
measure_count(N, False, SHALL, "days to report", 180, "exact", "'not later than' is at most (unsupported)")
measure_count(N, False, SHALL, "days to report", 180, "at_least", "the other bound (unsupported)")
measure_count(N, False, FINDINGS, "days to publish findings", 45, "exact", "'no later than' (unsupported)")
measure_count(N, False, FINES, "euros in fines", 250000, "at_least", "'not exceeding' is a ceiling (unsupported)")
measure_count(N, False, CONVOY, "tonnes of fuel per convoy", 30, "exact", "'no more than' (unsupported)")
measure_count(N, False, DETENTION, "days of detention", 90, "exact", "'not exceeding 90 days' (unsupported)")
measure_count(N, True, REIMPOSE, "days to reimpose the sanctions", 5, "exact", "'within five days' is the deadline's own length (session 31; was refused)")
measure_count(N, False, PORT, "hours in port", 72, "exact", "'no longer than' (unsupported)")
measure_count(N, False, FREEZE, "hours to freeze accounts", 48, "at_most", "another number (unsupported)")
measure_count(N, False, LEGAL, "days to submit a strategy", 90, "exact", "'not later than ninety (90)' is at most (unsupported)")
measure_count(N, False, NOTIFY, "days to notify Parliament", 28, "more_than", "'within' is no lower bound (unsupported)")
truce(N, False, "Talks on a ceasefire must conclude within 30 days, the envoy said.", 30, "at_most", "a deadline for the talks, no truce's length (unconfirmed)")

# --- ordinal-apposition --------------------------------------------------------------------
package(True, "The new package, Brussels' 16th, bans transactions with three Black Sea ports.", 16, "'package, Brussels' 16th,'")
package(True, "Envoys signed off on the latest round of penalties — the union's 18th since the invasion — late on Friday.", 18, "'round of penalties — the union's 18th since the invasion —'")
package(True, "The tranche (the EU's 9th) adds 87 firms to the list.", 9, "in brackets after the noun")
package(True, "The package is the bloc's 17th since February 2022.", 17, "after 'is'")
package(True, "The sanctions package, which is the EU's 15th, was agreed after weeks of haggling.", 15, "'which is the EU's 15th'")
package(True, "The set of measures, the bloc's nineteenth, hits crypto platforms.", 19, "a word ordinal after 'set of measures'")
package(True, "The EU's 20th, a package aimed at shadow-fleet tankers, was adopted on Monday.", 20, "the noun in apposition after the ordinal")
package(True, "Brussels unveiled its new sanctions package, its 13th so far, on Thursday.", 13, "'its 13th so far'")
package(True, "EU governments approved the round, their 10th against Moscow, after Hungary dropped its veto.", 10, "'their 10th against Moscow'")
package(True, "The package, the union's twenty-first, will take effect next month.", 21, "a hyphenated word ordinal")
package(True, "The latest round of sanctions against Russia, the bloc's 14th, includes a ban on LNG transshipment.", 14, "after a long noun phrase")
package(True, "EU leaders welcomed the 16th package of measures.", 16, "the ordinal before the noun, as before")
package(False, "Malta became the 14th member state to approve the package on Tuesday.", 14, "ranks a member state (unsupported)")
package(False, "The package, adopted on Friday, the 14th, targets gas imports.", 14, "a day of the month (unsupported)")
package(False, "The package was backed by Austria, the 19th country to sign off.", 19, "ranks a country (unsupported)")
package(False, "The package, which Slovakia was the 27th and last to approve, enters into force on Monday.", 27, "ranks Slovakia among approvers (unsupported)")
package(False, "The package comes in the bloc's 14th month of talks with Kyiv.", 14, "a month's number (unsupported)")
package(False, "The new package, Brussels' 16th, bans transactions with three Black Sea ports.", 15, "another number (unsupported)")
package(False, "The tranche, the union's 18th since 2022, follows the 17th adopted in July.", 17, "the earlier package (unsupported)")
package(False, "Hungary, the 9th to sign, backed the package on Monday.", 9, "apposition to Hungary (unsupported)")
package(False, "Ministers discussed the package on June 14th, the first day of the summit.", 14, "a date (unsupported)")
package(False, "The package targets Sovcomflot, the 14th shipping firm to be listed.", 14, "ranks a shipping firm (unsupported)")
package(False, "The package, Brussels said, is the first since June to target Chinese refiners.", 1, "the first of a kind since June, not package one (unsupported)")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
