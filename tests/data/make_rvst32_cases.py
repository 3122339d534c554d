# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the rvst32 set (``grounding_rvst32.jsonl``): a review of session 32's split of a
refusal's strength (:mod:`summarizer.verification.counts.other_readings`,
:mod:`summarizer.verification.days.other_days`), by a reader who did not write it. Each case
is a ``tier`` check:

- a must-fail case must get a strong (``unsupported``) flag: its value is in the evidence in
  another role, and the evidence also gives the field another value, in a shape the reread
  may miss (a number in words, a range, a qualifier, a length in weeks or hours, a later
  sentence of the evidence, the event's own day written relative to the saying's);
- a must-pass case must be flagged, but only ``unconfirmed`` (``flagged``): nothing in the
  evidence gives the field another value, yet a number or day that is not the field's (a
  year, a page, a clock time, a count of something else, another occasion's day) stands where
  a reread might take it for the field's.

Categories: ``reread-counts`` (a count's number), ``reread-lengths`` (a tariff's rate and a
truce's length), ``reread-days`` (an event's or a truce's day that is the day something was
said).

Run ``python tests/data/make_rvst32_cases.py`` to rebuild it. Every sentence was written for
this set (fictional outlets, bodies and people); each verdict was decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, amount

OUT = Path(__file__).with_name("grounding_rvst32.jsonl")

# fmt: off
_LEADS = ("By Tamsin Orrey, Velden Chronicle", "Northgate Wire\n\nKALMAR (NW) —")
built = SupportCases("rvst32", _LEADS, closing="The office gave no further comment.", lead_end=" ")

Evidence = str | list[str]


def _add(category: str, expect: bool, evidence: Evidence, facts: dict[str, Any], path: str, why: str, lead: str | None = None) -> None:
    sentences = [evidence] if isinstance(evidence, str) else evidence
    built.add(category, expect, why, built.page(" ".join(sentences), lead=lead), facts, path, check="tier")
    if expect:  # flagged, but only unconfirmed
        built.cases[-1]["flagged"] = True


def _list(evidence: Evidence) -> list[str]:
    return [evidence] if isinstance(evidence, str) else list(evidence)


C = "reread-counts"


def count(expect: bool, evidence: Evidence, what: str, value: float, why: str) -> None:
    """An event whose one count is ``value`` of ``what``."""
    event = {"kind": "other", "description": "the event", "evidence": _list(evidence), "counts": [{"what": what, "value": amount(value)}]}
    _add(C, expect, evidence, {"events": [event]}, "events[0].counts[0].value", f"{what} = {value:g}: {why}")


def cosponsors(expect: bool, evidence: Evidence, value: float, why: str) -> None:
    """A bill with ``value`` co-sponsors."""
    measure = {"instrument": "bill", "evidence": _list(evidence), "counts": [{"what": "co-sponsors", "value": amount(value)}]}
    _add(C, expect, evidence, {"sanctions": [measure]}, "sanctions[0].counts[0].value", f"co-sponsors = {value:g}: {why}")


L = "reread-lengths"


def rate(expect: bool, evidence: Evidence, value: float, why: str) -> None:
    """A measure whose tariff rate is ``value`` percent."""
    measure = {"instrument": "bill", "evidence": _list(evidence), "tariff_rate_percent": amount(value)}
    _add(L, expect, evidence, {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent", f"tariff {value:g}%: {why}")


def truce(expect: bool, evidence: Evidence, days: float, why: str) -> None:
    """A truce whose length is ``days`` days."""
    fact = {"kind": "full", "evidence": _list(evidence), "duration_days": amount(days)}
    _add(L, expect, evidence, {"ceasefires": [fact]}, "ceasefires[0].duration_days", f"truce of {days:g} days: {why}")


D = "reread-days"


def said(expect: bool, evidence: Evidence, description: str, when: str, why: str, lead: str | None = None) -> None:
    """An event whose day is ``when``, the day something was said about it."""
    event = {"kind": "other", "description": description, "when": when, "evidence": _list(evidence)}
    _add(D, expect, evidence, {"events": [event]}, "events[0].when", f"event when {when!r}: {why}", lead)


def starts(expect: bool, evidence: Evidence, when: str, why: str) -> None:
    """A truce that starts ``when``, the day something was said about it."""
    fact = {"kind": "full", "evidence": _list(evidence), "starts": when}
    _add(D, expect, evidence, {"ceasefires": [fact]}, "ceasefires[0].starts", f"truce starts {when!r}: {why}")


# --- reread-counts, must fail: the evidence gives the count another number --------------------
cosponsors(False, "The bill was filed by Rep. Dana Orloff in March and now has eighty-four co-sponsors, and 12 committees will review it.", 12, "eighty-four co-sponsors, in words; 12 committees")
cosponsors(False, "Senator Hal Brenner's measure drew between 40 and 45 co-sponsors, aides said, along with 7 amendments.", 7, "a range of co-sponsors; 7 amendments")
count(False, "More than 300 people were killed in the attack on Kessel, which lasted 6 hours.", "killed", 6, "more than 300 killed; 6 hours")
count(False, ["Gunmen stormed the Ravel market at dawn, the 3 hospitals in the district said.", "Officials later said 27 people were killed."], "killed", 3, "27 killed in the evidence's second sentence; 3 hospitals")
count(False, "The flooding has displaced 12,000 people in 9 provinces, the relief agency said.", "displaced", 9, "12,000 displaced; 9 provinces")
count(False, "Police arrested 58 protesters on Sunday, when 200 officers were deployed.", "arrested", 200, "58 arrested; 200 officers")
count(False, "At least 40 people were wounded, said Dr. Ana Pell, who has worked at the clinic for 15 years.", "wounded", 15, "at least 40 wounded; her 15 years")
count(False, "Eleven soldiers were killed, the army said on day 3 of the offensive.", "killed", 3, "eleven killed, in words; day 3")
count(False, ["The strike at the Orvel mills was called by 3 unions.", "It has kept about 5,000 workers off the job."], "workers", 3, "about 5,000 workers in the next sentence; 3 unions")
cosponsors(False, ["Rep. Ilse Varga's Coastal Ports Act was referred to 2 committees.", "Its co-sponsors now number 61."], 2, "61 co-sponsors in the second sentence; 2 committees")
count(False, "Roughly 1.2 million people have been displaced since the dam failed, and 14 aid groups are at work.", "displaced", 14, "roughly 1.2 million displaced; 14 aid groups")

# --- reread-counts, must pass: no other count of the field; a number that is not it stands by its cue words
cosponsors(True, "The Kestrel Act, H.R. 4471, is co-sponsored by Rep. Lena Moy, and 22 members signed a letter backing it.", 22, "4471 is the bill's number; 22 signed a letter")
cosponsors(True, "The act, co-sponsored in 2019 by Rep. Orloff, now has the backing of 61 members.", 61, "2019 is a year; 61 back it, not said to co-sponsor")
count(True, "Gunmen killed villagers in 3 hamlets of Dorva province overnight, and 14 bodies were recovered by morning.", "killed", 14, "3 hamlets; 14 bodies recovered, not said killed")
count(True, "Those killed in the May 12 shelling of Arvo were buried on Sunday, and 23 coffins were carried through the town.", "killed", 23, "12 is a day of May; 23 coffins")
count(True, "Floods displaced families across 7 districts, and the agency has registered 8,500 people at its camps.", "displaced", 8500, "7 districts; 8,500 registered at camps")
count(True, "Police arrested protesters at 6 p.m. outside parliament, and by midnight 70 were in cells.", "arrested", 70, "6 p.m. is a time; 70 in cells")
count(True, "The report on the wounded, published on page 12 of the Velden Chronicle, counts 450 hospital visits.", "wounded", 450, "page 12; 450 visits")
count(True, "The two-hour siege ended at 4 a.m., and 17 hostages walked out unharmed, police said.", "killed", 17, "17 walked out unharmed: no killed count at all")
count(True, "A gunman killed shoppers on Route 9 near Orvo, and hospitals later reported 12 funerals.", "killed", 12, "a road's number; 12 funerals")
count(True, "Soldiers killed by a roadside bomb on Highway 1 were named by the army, which said 8 families had been told.", "killed", 8, "a road's number; 8 families told")
count(True, "The arrests, which began at 5 a.m., went on all day, and 90 people were questioned.", "arrested", 90, "a clock time; 90 questioned, not said arrested")
count(True, "Those displaced by the 2021 floods were rehoused, and 640 new homes were built.", "displaced", 640, "a year; 640 homes")
cosponsors(True, "Co-sponsors of the 1998 version have all retired, and 33 members spoke for the new bill in the debate.", 33, "another version's year; 33 spoke for it")
count(True, "The wounded were flown out on 2 helicopters, and the clinic treated 75 patients overnight.", "wounded", 75, "2 helicopters; 75 patients")
count(True, "Police said the arrests on Platform 4 of Kalmar station followed a fight in which 6 fans were hurt.", "arrested", 6, "a platform's number; 6 hurt")
count(True, "Killed in 1994, the journalist is remembered each year, and 200 colleagues marched on Friday.", "killed", 200, "a year; 200 marched")

# --- reread-lengths, must fail: the evidence gives the rate or the length another number ------
rate(False, "The duty on Brellan steel will be twenty-five percent, the ministry said, and 12 mills are exempt.", 12, "twenty-five percent, in words; 12 mills")
rate(False, "A tariff of between 20 and 30 per cent will hit Ostrian cars, with 8 carmakers exempt.", 8, "a range of the tariff; 8 carmakers")
rate(False, "Levies of up to 35% on Morran wine were approved by 50 lawmakers.", 50, "up to 35%; 50 lawmakers")
rate(False, "The 3 countries agreed a common tariff of 10% on imported grain.", 3, "a tariff of 10%; 3 countries")
rate(False, ["The tariff on Korvan chips will be 40 percent, officials said.", "It takes effect in 15 days."], 15, "40 percent in the first sentence; 15 days")
truce(False, "The two sides agreed a two-week ceasefire, 3 days after the mediators arrived.", 3, "a two-week ceasefire; 3 days after the arrival")
truce(False, "The truce will last 72 hours, and 10 monitors will watch the line.", 10, "72 hours; 10 monitors")
truce(False, "A 48-hour truce took hold in Dallen, where 5 hospitals had been shelled.", 5, "a 48-hour truce; 5 hospitals")
truce(False, "The ceasefire's length was set at ten days, and 4 mediators signed it.", 4, "ten days, in words; 4 mediators")
truce(False, "A fortnight-long truce began in Sarn on the 5th, the mediators said.", 5, "a fortnight; the 5th is a day")
rate(False, "Tariffs on Velan timber rise to 27.5 percent, up from 20 percent, for 27 exporters.", 27, "27.5 percent; 27 exporters")

# --- reread-lengths, must pass: no other rate or length; a number that is not it by the cue ----
rate(True, "The tariff schedule, on page 14 of the decree, makes Orvan steel 18% dearer.", 18, "page 14; 18% dearer is no tariff word")
rate(True, "The 3 tariff bills died in committee, and yet imports of Sarn glass cost 40% more than last year, a trade group said.", 40, "3 bills; a price rise")
rate(True, "Tariff rules adopted at the 2023 summit of 27 nations mean Korv steel now costs 5% more.", 5, "a year and 27 nations; a price rise")
truce(True, "The ceasefire was signed at 11 p.m. in Dorn, and the fighters promised calm for 20 days.", 20, "a clock time; calm for 20 days")
truce(True, "The 2019 ceasefire collapsed, and this time guns are to stay silent for 15 days, the envoy said.", 15, "another truce's year; silent for 15 days")
truce(True, "Truce monitors from 4 countries arrived as both armies pledged to hold fire for 30 days.", 30, "4 countries; hold fire for 30 days")
truce(True, "The ceasefire, reported on page 3 of the Dorn Herald, means no shelling for 10 days.", 10, "page 3; no shelling for 10 days")
truce(True, "Since the ceasefire of 1 March, aid has moved freely, and the quiet should hold for 21 days.", 21, "1 March is a day; the quiet for 21 days")
truce(True, "A ceasefire between the 2 militias was brokered by Bishop Aro, and their guns are to be silent for 9 days.", 9, "2 militias; silent for 9 days")
truce(True, "Under the ceasefire brokered by 6 envoys, fighters will keep out of the valley for 12 days.", 12, "6 envoys; 12 days out of the valley")
truce(True, "The ceasefire agreed at 6 a.m. means the guns must stay silent for 5 days, the mediator said.", 5, "a clock time; silent for 5 days")
rate(True, "Tariff line 8471 covers laptops, which will now cost 7% more at the border.", 7, "a tariff line's number; a price rise")

# --- reread-days, must fail: the evidence dates the event itself with another day -------------
said(False, "Dock workers at Varn walked out the day before, their union said on Wednesday.", "the walkout", "Wednesday", "the walkout was the day before Wednesday")
said(False, "Nurses at Hallam General walked out on Tuesday night, their union said on Friday.", "the walkout", "Friday", "Tuesday night")
said(False, "The fire at the Ostra plant broke out last Thursday, the fire service said on Monday.", "the fire", "Monday", "last Thursday")
said(False, "The Lenn dam burst two days earlier, officials said on Saturday.", "the dam burst", "Saturday", "two days before Saturday")
said(False, "The bridge at Pell collapsed on May 30, the ministry said in a statement on June 4.", "the collapse", "June 4", "May 30")
said(False, "Voting in the Dorn referendum took place on Sunday, the electoral board said on Tuesday.", "the referendum", "Tuesday", "Sunday")
said(False, "The hostages were freed overnight on Wednesday, the army said on Friday.", "the release", "Friday", "Wednesday")
said(False, "Sea Point's mayor resigned a week ago, her office said on Monday.", "the resignation", "Monday", "a week before Monday")
starts(False, "The ceasefire between the clans took effect on Sunday, mediators said on Tuesday.", "Tuesday", "it took effect on Sunday")
starts(False, "The truce in Sarn began a day earlier, the mediators said on Thursday.", "Thursday", "a day before Thursday")
said(False, "The Velden dockers returned to work the previous night, the port authority said on Tuesday.", "the return to work", "Tuesday", "the previous night")
said(False, "Gunmen freed the two aid workers three days earlier, the ministry said on Sunday.", "the release", "Sunday", "three days before Sunday")
said(False, "The Pell ferry ran aground on Saturday evening, the coastguard said in a statement on Monday.", "the grounding", "Monday", "Saturday evening")

# --- reread-days, must pass: only the saying is dated; another thing's day stands beside it ----
said(True, "Farmers have blocked the A9 motorway, police said on Friday, ahead of a council meeting on Monday.", "the blockade", "Friday", "Monday is the council's meeting")
said(True, "Pilots at Aeroval went on strike, the union said on Thursday, adding that talks would resume on Monday.", "the strike", "Thursday", "Monday is the talks'")
said(True, "Students occupied the rector's office, staff said on Monday, a week before exams begin on 20 May.", "the occupation", "Monday", "20 May is the exams'")
said(True, "Rebels have taken the town of Korr, the army said on Sunday, and the president will visit the region on Wednesday.", "the capture", "Sunday", "Wednesday is the visit's")
said(True, "A ferry sank off Pell island, the coastguard said on Tuesday, recalling a similar sinking on 3 May 2019.", "the sinking", "Tuesday", "3 May 2019 is another sinking")
said(True, "Judges at the Dorn court have walked out, their association said on Friday, and will decide on Saturday whether to return.", "the walkout", "Friday", "Saturday is a later decision")
said(True, "Dockers stopped work at Varn port, the union said on Wednesday, one year after the strike of 9 June.", "the stoppage", "Wednesday", "9 June is another strike")
said(True, "Hackers shut down the tax office's website, officials said on Monday, before a hearing on Thursday.", "the attack", "Monday", "Thursday is the hearing's")
said(True, "Bakers in Lenn have closed their shops, their guild said on Thursday, as the town prepared for its fair on Saturday.", "the closures", "Thursday", "Saturday is the fair's")
said(True, "Workers at the Ostra plant are on strike, the union said on Wednesday, in its 2024 pay dispute.", "the strike", "Wednesday", "a year only")
said(True, "Workers at the Kalmar yard walked out, their union said on Wednesday.", "the walkout", "Wednesday", "the dateline's day is the report's", lead="Northgate Wire\n\nKALMAR, June 3 (NW) —")
starts(True, "The ceasefire in Sarn is holding, mediators said on Tuesday, before a new round of talks on Friday.", "Tuesday", "Friday is the talks'")

said(True, "The Orvel mayor has resigned, her office said on Monday, two days before a council vote on Wednesday.", "the resignation", "Monday", "two days before the vote: a later clause's")
said(True, "Miners at the Dorva pit have downed tools, the union said on Friday, a week before the wage talks.", "the stoppage", "Friday", "a week before the talks: a later clause's")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
