# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the strengths32 set (``grounding_strengths32.jsonl``): how strong a refusal of a
number is when the number is in its evidence but not next to the field's cue words
(:mod:`summarizer.verification.counts.other_readings`), and month-and-day dates a page writes as
a list's or a timeline's label ("February 28: the talks collapse") read in free text
(:mod:`summarizer.verification.free_text.free_dates`):

- ``unread-number`` (check ``tier``): a must-fail case gets a strong (``unsupported``) flag:
  its number is in the evidence, and another of the evidence's numbers stands next to the
  field's cue ("84 co-sponsors ... a 500% tariff", value 500 co-sponsors). A must-pass case is
  flagged, but only ``unconfirmed`` (``flagged``): its number is in the evidence in some other
  wording and no number of the evidence reads as the field's, so the page does not contradict
  it; the rules only failed to read its role.
- ``said-days`` (check ``tier``): an event's day that is the day something was said about it
  ("..., the union said on Wednesday"): strong when the sentence dates the event itself with
  another day, flagged only unconfirmed when it dates only the saying
  (:mod:`summarizer.verification.days.other_days`).
- ``list-dates`` (check ``unstated``, the summary): a summary's date the page writes as a
  label followed by a colon is stated; a date the page never writes (its day number and month
  written elsewhere, or as a clock time after the colon) is flagged.

Run ``python tests/data/make_strengths32_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, bodies and people); each verdict was decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, amount

OUT = Path(__file__).with_name("grounding_strengths32.jsonl")

_LEADS = (
    "Harrow Gazette\n\nLONDON, 3 June (Harrow Gazette) -",
    "Capitol Courier\n\nWASHINGTON, June 3 (Capitol Courier) -",
    "By Mirela Dunst, Valdor Post",
    "Eastmark Wire\n\nSOFIA (EW) —",
)
built = SupportCases(
    "strengths32", _LEADS, closing="No further details were released.", lead_end=" "
)

# fmt: off
U = "unread-number"


def _add(expect: bool, sentence: str, facts: dict[str, Any], path: str, why: str) -> None:
    built.add(U, expect, why, built.page(sentence), facts, path, check="tier")
    if expect:  # flagged, but only unconfirmed
        built.cases[-1]["flagged"] = True


def count(expect: bool, sentence: str, what: str, value: float, why: str) -> None:
    """A bill whose one count is ``value`` of ``what``."""
    measure = {"instrument": "bill", "evidence": [sentence], "counts": [{"what": what, "value": amount(value)}]}
    _add(expect, sentence, {"sanctions": [measure]}, "sanctions[0].counts[0].value", f"{what} = {value:g}: {why}")


def rate(expect: bool, sentence: str, value: float, why: str) -> None:
    """A measure whose tariff rate is ``value`` percent."""
    measure = {"instrument": "bill", "evidence": [sentence], "tariff_rate_percent": amount(value)}
    _add(expect, sentence, {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent", f"tariff {value:g}%: {why}")


def truce(expect: bool, sentence: str, days: float, why: str) -> None:
    """A truce whose length is ``days`` days."""
    fact = {"kind": "full", "evidence": [sentence], "duration_days": amount(days)}
    _add(expect, sentence, {"ceasefires": [fact]}, "ceasefires[0].duration_days", f"truce of {days:g} days: {why}")


# --- must fail: another of the evidence's numbers reads as the field's (a strong flag) -------
count(False, "The bill has 84 co-sponsors and would put a 500% tariff on buyers of Russian oil.", "co-sponsors", 500, "500 is the tariff; 84 co-sponsors is the count")
rate(False, "The bill has 84 co-sponsors and would put a 500% tariff on buyers of Russian oil.", 84, "84 is the co-sponsors; the tariff is 500%")
count(False, "Filed in 2025 by the farm caucus, the measure now has 31 co-sponsors.", "co-sponsors", 2025, "2025 is the year it was filed; it has 31 co-sponsors")
rate(False, "The 12 members of the trade panel backed a 35% duty on Tarsian steel.", 12, "12 counts the panel's members; the duty is 35%")
truce(False, "The 30-day truce began on Monday, when 12 prisoners were freed at the Varna crossing.", 12, "12 prisoners; the truce lasts 30 days")
truce(False, "Six mediators brokered a ceasefire of 45 days between the two militias.", 6, "six mediators; the ceasefire is of 45 days")
count(False, "Senator Hollis Brandt, who has held her seat for 18 years, counts 40 co-sponsors on the measure.", "co-sponsors", 18, "18 years in her seat; 40 co-sponsors")
rate(False, "A 15% levy on Corvan timber takes effect on 9 July, covering 22 exporters.", 22, "22 exporters; the levy is 15%")
truce(False, "Under the 60-day ceasefire, 400 aid trucks a day may cross from the south.", 400, "400 trucks a day; the ceasefire lasts 60 days")
count(False, "Seven committees reviewed the bill before its 55 co-sponsors pushed it to a vote.", "co-sponsors", 7, "seven committees; 55 co-sponsors")
rate(False, "Ministers approved a 20% tariff on Delmor solar panels after three rounds of talks.", 3, "three rounds of talks; the tariff is 20%")
truce(False, "Both sides accepted a 14-day pause in the shelling after 90 civilians died in the siege.", 90, "90 dead; the pause lasts 14 days")

# --- must pass: flagged only unconfirmed (the number is there, nothing else reads as the field's)
count(True, "The measure, drafted over 84 days by the farm caucus, drew support from both parties.", "co-sponsors", 84, "84 days of drafting: no co-sponsor word, no other count")
rate(True, "Imports of Tarsian steel will face a 35 per cent charge at the border from July, the ministry said.", 35, "a charge, not a tariff word; no other rate")
truce(True, "The fighters agreed to hold their fire for a period of 30 days, a spokesman for the mediators said.", 30, "'hold their fire' for 30 days: no truce word next to it")
count(True, "Backing came from 40 lawmakers across both chambers who added their names to the measure.", "co-sponsors", 40, "40 lawmakers added their names: no co-sponsor word")
rate(True, "Buyers of Corvan timber will pay an extra 15% at the port under the order signed on Friday.", 15, "'pay an extra 15%': no tariff word, no other rate")
truce(True, "Guns fell silent across the valley, and the quiet is meant to last 45 days, the envoy said.", 45, "the quiet is meant to last 45 days: no truce word")
count(True, "The sanctions measure runs to 55 pages and drew support from both parties.", "co-sponsors", 55, "55 pages: no co-sponsor word, no other count")
rate(True, "Goods from Delmor will be charged 20% more at customs under the new schedule, officials said.", 20, "charged 20% more: no tariff word")
truce(True, "For 60 days neither army may fire across the line, the accord signed in Varna says.", 60, "neither army may fire for 60 days: no truce word")
count(True, "The bill now carries the names of 31 lawmakers from the two parties.", "co-sponsors", 31, "carries the names of 31 lawmakers: no co-sponsor word")
rate(True, "Melwick copper now makes up 25% of the country's imports, the trade office said.", 25, "a share of imports: no tariff word, no other rate")
truce(True, "Relief convoys waited 14 days at the crossing before the guns went quiet, the mediators said.", 14, "the convoys' wait: no truce length, no other number")

# --- list-dates: a summary's date the page writes as a label with a colon ---------------------
L = "list-dates"


def summary(expect: bool, paragraphs: list[str], text: str, why: str) -> None:
    page = built.page(*paragraphs)
    facts = {"summary": text}
    built.add(L, expect, f"summary {text!r}: {why}", page, facts, "summary", check="unstated")


TIMELINE = ["How the talks unfolded:", "February 28: the first round collapses in Geneva.", "March 14: the envoys meet again in Oslo.", "April 2: a draft is agreed."]
summary(True, TIMELINE, "The talks collapsed on February 28 and resumed on March 14.", "both dates are labels")
summary(True, TIMELINE, "A draft was agreed on April 2.", "a label")
summary(True, TIMELINE, "Envoys met again in Oslo on 14 March.", "day first, the label's day")
summary(False, TIMELINE, "The talks collapsed on February 14.", "14 is March's day; February has only the 28th")
summary(False, TIMELINE, "A draft was agreed on March 2.", "the 2nd is April's")
summary(False, TIMELINE, "The envoys met again on April 28.", "the 28th is February's")
KEY = ["Key dates", "- June 5: the court hears the appeal", "- June 19: the ruling", "- July 1: the law takes effect"]
summary(True, KEY, "The court ruled on June 19, and the law takes effect on July 1.", "list labels")
summary(True, KEY, "The appeal was heard on June 5.", "a list label")
summary(False, KEY, "The law takes effect on June 1.", "the 1st is July's")
summary(False, KEY, "The ruling came on July 19.", "the 19th is June's")
CLOCK = ["Posted Oct. 12:30 GMT", "Counting in the regional vote ended on Oct. 14, the election board said."]
summary(False, CLOCK, "The vote opened on October 12.", "'Oct. 12:30' is a clock time, not the 12th")
summary(True, CLOCK, "Counting ended on October 14.", "the 14th is written")
BOX = ["Fact box", "Signed: 4 May", "Ratified: May 20:", "In force: June 9:"]
summary(True, BOX, "The treaty was ratified on May 20 and entered into force on June 9.", "labels ending in a colon")
summary(False, BOX, "The treaty was ratified on May 9.", "the 9th is June's")
summary(False, BOX, "The treaty entered into force on June 20.", "the 20th is May's")
DIARY = ["Diary of the strike:", "January 6: walkout begins.", "January 20: talks resume.", "February 3: deal reached."]
summary(True, DIARY, "The walkout began on January 6 and a deal was reached on February 3.", "labels")
summary(True, DIARY, "Talks resumed on 20 January.", "a label, day first")
summary(False, DIARY, "A deal was reached on February 6.", "the 6th is January's")
summary(False, DIARY, "Talks resumed on January 3.", "the 3rd is February's")
summary(False, DIARY, "The walkout began on February 20.", "the 20th is January's")
summary(True, ["The timeline, in short: March 3: the ban; March 17: the appeal."], "The ban came on March 3 and the appeal on March 17.", "labels inside a sentence")
summary(True, ["Schedule", "Sept. 8: hearings open", "Sept. 22: closing statements"], "Hearings open on September 8.", "a short month with a dot")
summary(True, ["Schedule", "Sept. 8: hearings open", "Sept. 22: closing statements"], "Closing statements are due on September 22.", "a short month with a dot")


# --- said-days: an event's day that is the day something was said about it ---------------------
S = "said-days"


def said(expect: bool, sentence: str, description: str, when: str, why: str) -> None:
    """An event whose day is ``when``: a must-fail case gets a strong flag (the sentence dates
    the event itself with another day), a must-pass one is flagged only unconfirmed (the
    sentence dates only the saying)."""
    event = {"kind": "other", "description": description, "when": when, "evidence": [sentence]}
    built.add(S, expect, f"event when {when!r}: {why}", built.page(sentence), {"events": [event]}, "events[0].when", check="tier")
    if expect:
        built.cases[-1]["flagged"] = True


said(False, "Workers at the Dunmore plant walked out on Monday, the union said on Wednesday.", "walkout at the Dunmore plant", "Wednesday", "the walkout's own day is Monday")
said(False, "The ferry sank on 3 May, the coastguard reported on 5 May.", "ferry sinking", "5 May", "it sank on 3 May")
said(False, "The bridge reopened on Friday, officials told reporters on Sunday.", "bridge reopening", "Sunday", "it reopened on Friday")
said(False, "Shelling hit the port on Tuesday, the governor said Thursday.", "shelling of the port", "Thursday", "the shelling's day is Tuesday")
said(False, "The talks collapsed on 9 June, mediators said in a statement on 11 June.", "collapse of the talks", "11 June", "they collapsed on 9 June")
said(False, "Rebels seized the airport on Saturday, an army spokesman said on Monday.", "airport seized", "Monday", "seized on Saturday")
said(False, "Polling stations in the north closed early on Wednesday, observers said on Friday.", "polling stations closed early", "Friday", "they closed on Wednesday")
said(False, "A dam burst in the valley on 14 March, the ministry said on 16 March.", "dam burst", "16 March", "it burst on 14 March")
said(False, "Police raided the offices on Thursday, prosecutors said Saturday.", "police raid", "Saturday", "the raid's day is Thursday")
said(False, "The embassy closed on 2 April, the foreign office told reporters on 4 April.", "embassy closure", "4 April", "it closed on 2 April")
said(True, "Workers at the Dunmore plant have walked out, the union said on Wednesday.", "walkout at the Dunmore plant", "Wednesday", "only the saying is dated")
said(True, "The ferry sank off the coast, the coastguard reported on 5 May.", "ferry sinking", "5 May", "only the report is dated")
said(True, "The bridge has reopened, officials told reporters on Sunday.", "bridge reopening", "Sunday", "only the telling is dated")
said(True, "Shelling hit the port, the governor said Thursday.", "shelling of the port", "Thursday", "only the saying is dated")
said(True, "The talks have collapsed, mediators said in a statement on 11 June.", "collapse of the talks", "11 June", "only the statement is dated")
said(True, "Rebels seized the airport, an army spokesman said on Monday.", "airport seized", "Monday", "only the saying is dated")
said(True, "Polling stations in the north closed early, observers said on Friday.", "polling stations closed early", "Friday", "only the saying is dated")
said(True, "A dam burst in the valley, the ministry said on 16 March.", "dam burst", "16 March", "only the saying is dated")
said(True, "Police raided the offices, prosecutors said Saturday.", "police raid", "Saturday", "only the saying is dated")
said(True, "The embassy has closed, the foreign office told reporters on 4 April.", "embassy closure", "4 April", "only the telling is dated")

# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
