# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-31 set (``grounding_statuses31.jsonl``): statuses, stances, places and
days read wrongly (an outside check, session 14). Each case says in its why which strength a
refusal has: *unsupported* (the evidence states another value) or *unconfirmed* (the words
are there, their role unread). Check ``tier`` passes when the value carries no unsupported
flag and fails when it carries one (a case that must fail must be flagged); check
``support`` passes only when the value is supported. By category:

- ``future-effect``: a truce said ``in_effect`` whose evidence gives its start a time still to
  come in the present tense ("comes into effect tomorrow", "takes effect at midnight on
  Sunday", "starts at 6 a.m.", "is to take effect", "is going to come into force") (fail,
  unsupported); a truce that has started, a start with no time after it, a start already
  past ("starting last Sunday", "took effect at midnight") or "today" (it may have come), a truce that "begins its second
  week", and ``agreed`` for a truce still to start (pass);
- ``other-meeting-status``: a summit said ``postponed``, ``cancelled``, ``on_hold`` or
  ``in_doubt`` whose evidence says it was held and words that status only of another meeting
  ("a second session", "a follow-up visit", "a separate meeting with ...") (fail,
  unsupported); the other meeting itself (its place or month named), ``held`` for the held
  one, and a meeting of the fact's own that was put off (pass);
- ``stance-rejected``: a party said to support or agree to a proposal it refused in words the
  lists did not hold ("brushed aside", "balked at", "snubbed", "threw out", "repudiated",
  "turned the offer down") or refused while asking for something else ("rejected it outright,
  demanding ...", "turned it down and called instead for ...") (fail, unsupported); the
  refusal itself (``rejects``), another party's refusal, a refused annex beside a backed truce,
  a want before another party's refusal, a denied report of a refusal (pass);
- ``denied-place``: a meeting's or an event's place the sentence gives up ("instead of
  visiting", "rather than", "skipping", "bypassed", "moved from") or names only as the
  country of those who attended, with the event put elsewhere ("the presidents of Mexico and
  Brazil looking on", "delegations from Qatar") (fail, unsupported); the place gone to, the
  event's own place, a dateline whose sentence calls its city the summit's host ("the city
  hosting this year's summit", "here") (supported), a dateline without such words and a
  country named with no other place (pass, their old verdicts);
- ``scheduled-words``: a summit someone "will attend", "will still attend", "plans to attend",
  "will take part in" (``scheduled``), a bill "offered" (``introduced``), a measure "waived" or
  "paused" (``suspended``) (pass, supported); the same words negated, under a condition, an
  offer of something else, ``held`` for a meeting still to come (fail);
- ``other-event-day``: an event's day that dates only the report of it ("..., officials said on
  Wednesday", "told Reuters on Friday", "said in a statement late on Monday") or another thing
  in a relative clause ("a war that erupted in the 1980s") (fail, unsupported); the event's own
  day beside a report's, an announcement's own day (pass).

Run ``python tests/data/make_statuses31_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, public figures in invented sentences); each verdict
follows from the two strengths' definitions, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import KEPT, STRONG, SUPPORTED, WEAK, SupportCases, graded_check

OUT = Path(__file__).with_name("grounding_statuses31.jsonl")

LEADS = [
    "DOHA, Jan. 18 (Gulf Dispatch) - Diplomats gave few other details.",
    "Live blog | Our reporters follow the day's events.",
    "The Northern Courier - World news",
    "ANALYSIS | Petra Lind on a week of diplomacy",
    "Translated from a state broadcaster's evening bulletin.",
    "Morning briefing: what you need to know today",
]
built = SupportCases("statuses31", LEADS, closing="This story will be updated.")
add = built.add
article = built.page
summit = built.graded_summit


def truce(
    value: str, sentence: str, expect: bool, strength: str, why: str, lead: str | None = None
) -> None:
    built.truce_status("future-effect", expect, value, [sentence], f"truce {value} ({strength}): {why}",
                       graded_check(expect, strength), article(sentence, lead=lead))  # fmt: skip


def stance(party: str, value: str, sentence: str, expect: bool, strength: str, why: str) -> None:
    why = f"{party} {value} ({strength}): {why}"
    built.truce_position("stance-rejected", expect, party, value, [sentence], why,
                         check=graded_check(expect, strength))  # fmt: skip


def event(category: str, kind: str, description: str, sentence: str, expect: bool,
          strength: str, why: str, when: str | None = None, place: str | None = None,
          text: str | None = None) -> None:  # fmt: skip
    fact: dict[str, Any] = {"kind": kind, "description": description, "when": when,
                            "place": place, "evidence": [sentence]}  # fmt: skip
    path = "events[0].when" if when is not None else "events[0].place"
    shown = when if when is not None else place
    add(category, expect, f"event {path[10:]} {shown} ({strength}): {why}",
        text or article(sentence), {"events": [fact]}, path, check=graded_check(expect, strength))  # fmt: skip


def measure(value: str, sentence: str, expect: bool, strength: str, why: str,
            instrument: str = "bill") -> None:  # fmt: skip
    built.measure_status("scheduled-words", expect, value, [sentence], f"measure {value} ({strength}): {why}",
                         instrument, graded_check(expect, strength))  # fmt: skip


# fmt: off
# ---------------------------------------------------------------- future-effect
truce("in_effect", "The ceasefire comes into effect tomorrow morning, Qatari mediators told reporters.", False, STRONG, "present start, 'tomorrow'")
truce("in_effect", "The truce takes effect at midnight on Sunday, the army's spokesman said.", False, STRONG, "present start at midnight on a coming Sunday", lead="GAZA CITY, Saturday (Coastal Wire) - Crowds gathered at the crossings.")
truce("in_effect", "Under the text, the truce enters into force at 0600 on 3 March.", False, STRONG, "present start at a clock time")
truce("in_effect", "The humanitarian pause begins at dawn tomorrow, aid agencies were told.", False, STRONG, "a pause that begins at dawn tomorrow")
truce("in_effect", "The deal kicks in at noon on Friday, according to a senior Egyptian official.", False, STRONG, "the deal kicks in at noon")
truce("in_effect", "A nationwide ceasefire goes into effect from midnight tonight, state television announced.", False, STRONG, "goes into effect from midnight tonight")
truce("in_effect", "The ceasefire is to take effect at 1800 GMT, the foreign ministry said.", False, STRONG, "'is to take effect'")
truce("in_effect", "The Black Sea truce comes into force in 48 hours, Ankara said.", False, STRONG, "comes into force in 48 hours")
truce("in_effect", "The armistice, signed on Thursday, takes effect on Monday.", False, STRONG, "signed, but its start is on a coming Monday")
truce("in_effect", "The truce is going to come into force on Thursday, officials in Kyiv said.", False, STRONG, "'is going to come into force'")
truce("in_effect", "The cessation of hostilities starts at 6 a.m. local time on Saturday.", False, STRONG, "starts at a clock time")
truce("in_effect", "Mediators said the Sudan truce begins next Monday if both armies sign.", False, STRONG, "begins next Monday")
# Pass: started, past, an object, no time, or agreed for one still to start.
truce("agreed", "The ceasefire comes into effect tomorrow morning, Qatari mediators told reporters.", True, KEPT, "agreed for a truce still to start: not excluded")
truce("agreed", "The truce, agreed late on Friday, takes effect at midnight on Sunday.", True, KEPT, "agreed, and its start to come")
truce("in_effect", "The ceasefire came into effect at dawn on Tuesday and has largely held.", True, SUPPORTED, "a past start")
truce("in_effect", "The truce took hold at midnight, and the front was quiet by morning.", True, SUPPORTED, "took hold at midnight: past")
truce("in_effect", "The ceasefire, which took effect on Sunday, begins its second week on Monday.", True, SUPPORTED, "begins its second week: a truce already on")
truce("in_effect", "The truce has been in force since Monday, monitors said on Wednesday.", True, SUPPORTED, "in force since Monday")
truce("in_effect", "A ceasefire that started last Sunday is holding, the UN envoy said.", True, SUPPORTED, "started last Sunday, holding")
truce("in_effect", "Ceasefire takes effect in Gaza as families head north.", True, SUPPORTED, "a headline present with a place, no time")
truce("in_effect", "The truce, in place since Friday, will be extended for another 30 days.", True, SUPPORTED, "in place since Friday, to be extended")
truce("in_effect", "Guns fell silent when the truce took effect at midnight on Sunday.", True, SUPPORTED, "took effect at midnight: past", lead="BEIRUT, Monday (Coastal Wire) - Residents began returning south.")
truce("in_effect", "The ceasefire kicked in at noon and both sides reported calm.", True, SUPPORTED, "kicked in at noon: past")
truce("in_effect", "The truce starting last Sunday has so far held along the front.", True, SUPPORTED, "starting last Sunday: past")
truce("in_effect", "The truce comes into force at 7 a.m. local time today, the interior ministry said.", True, SUPPORTED, "a start today: it may have come by the time it is read")

# ---------------------------------------------------------------- other-meeting-status
summit("other-meeting-status", ["William Ruto", "Yoweri Museveni"], "postponed", ["Ruto and Museveni held talks in Entebbe on Friday, but a second session planned for Nairobi has been pushed back."], False, STRONG, "a second session was pushed back")
summit("other-meeting-status", ["Recep Tayyip Erdogan", "Ilham Aliyev"], "cancelled", ["Erdogan hosted Aliyev in Ankara on Monday; a separate meeting with Pashinyan was called off."], False, STRONG, "a separate meeting with a third leader")
summit("other-meeting-status", ["Narendra Modi", "Shehbaz Sharif"], "postponed", ["Modi and Sharif sat down in Tashkent, while the next round of talks was put off until the autumn."], False, STRONG, "the next round was put off")
summit("other-meeting-status", ["Emmanuel Macron", "Abdelmadjid Tebboune"], "on_hold", ["Macron met Tebboune in Algiers on Sunday, and a follow-up visit has been put on hold."], False, STRONG, "a follow-up visit on hold")
summit("other-meeting-status", ["Fumio Kishida", "Yoon Suk Yeol"], "cancelled", ["Kishida and Yoon met in Seoul on Thursday.", "A planned follow-up summit was scrapped."], False, STRONG, "a follow-up summit scrapped, in a second sentence")
summit("other-meeting-status", ["Vladimir Putin", "Alexander Lukashenko"], "cancelled", ["Putin received Lukashenko in the Kremlin on Wednesday, though a subsequent meeting with the Kazakh leader was cancelled."], False, STRONG, "a subsequent meeting with someone else")
summit("other-meeting-status", ["Xi Jinping", "Luiz Inacio Lula da Silva"], "postponed", ["Xi and Lula met in Brasilia this week; another summit, with the Argentine president, has been postponed indefinitely."], False, STRONG, "another summit, with an aside")
summit("other-meeting-status", ["Benjamin Netanyahu", "Donald Trump"], "in_doubt", ["Netanyahu and Trump met at the White House on Monday; a return visit is now in doubt."], False, STRONG, "a return visit in doubt")
summit("other-meeting-status", ["Cyril Ramaphosa", "Bola Tinubu"], "cancelled", ["Ramaphosa met Tinubu in Abuja, but a fresh round of talks with the AU chair was abandoned."], False, STRONG, "a fresh round abandoned")
summit("other-meeting-status", ["Anthony Albanese", "Christopher Luxon"], "on_hold", ["Albanese and Luxon held talks in Canberra on Friday; a new meeting with Pacific leaders is on hold."], False, STRONG, "a new meeting on hold")
summit("other-meeting-status", ["Keir Starmer", "Friedrich Merz"], "postponed", ["Starmer and Merz met in Berlin on Monday; a second summit was postponed."], False, STRONG, "a second summit postponed")
summit("other-meeting-status", ["Pedro Sanchez", "Gabriel Boric"], "cancelled", ["Sanchez and Boric held a working lunch in Madrid; their next meeting was cancelled after a scheduling clash."], False, STRONG, "their next meeting cancelled")
# Pass: the other meeting itself, held for the held one, the fact's own meeting put off.
summit("other-meeting-status", ["William Ruto", "Yoweri Museveni"], "postponed", ["Ruto and Museveni held talks in Entebbe on Friday, but a second session planned for Nairobi has been pushed back."], True, SUPPORTED, "the Nairobi session itself", place="Nairobi")
summit("other-meeting-status", ["William Ruto", "Yoweri Museveni"], "held", ["Ruto and Museveni held talks in Entebbe on Friday, but a second session planned for Nairobi has been pushed back."], True, SUPPORTED, "held for the held one")
summit("other-meeting-status", ["Vladimir Putin", "Alexander Lukashenko"], "held", ["Putin received Lukashenko in the Kremlin on Wednesday, though a subsequent meeting with the Kazakh leader was cancelled."], True, KEPT, "held for the held one")
summit("other-meeting-status", ["Emmanuel Macron", "Abdelmadjid Tebboune"], "cancelled", ["Macron and Tebboune met in Algiers; a second meeting planned for June was cancelled."], True, SUPPORTED, "the June meeting itself", timing="June")
summit("other-meeting-status", ["Kaja Kallas", "Wang Yi"], "postponed", ["Kallas and Wang were due to meet in Brussels on Friday, but the meeting was postponed."], True, SUPPORTED, "the fact's own meeting put off")
summit("other-meeting-status", ["Donald Trump", "Xi Jinping"], "postponed", ["Trump and Xi, whose summit was postponed twice, finally met in Busan on Thursday."], True, KEPT, "its own postponement, told in a relative clause")
summit("other-meeting-status", ["Narendra Modi", "Shehbaz Sharif"], "scheduled", ["Modi and Sharif met in Tashkent on Monday; they will meet again in Delhi in May."], True, KEPT, "their own plan to meet again")
summit("other-meeting-status", ["Recep Tayyip Erdogan", "Ilham Aliyev"], "cancelled", ["Erdogan and Aliyev's planned meeting in Ankara was cancelled; a separate meeting with Pashinyan went ahead."], True, SUPPORTED, "their own meeting cancelled")
summit("other-meeting-status", ["Xi Jinping", "Luiz Inacio Lula da Silva"], "postponed", ["Xi and Lula met in Brasilia this week; another summit, in Buenos Aires, has been postponed indefinitely."], True, SUPPORTED, "the Buenos Aires summit itself", place="Buenos Aires")
summit("other-meeting-status", ["Fumio Kishida", "Yoon Suk Yeol"], "in_doubt", ["The Kishida-Yoon summit in Seoul is in doubt after a row over fishing rights."], True, SUPPORTED, "its own status, nothing held")
summit("other-meeting-status", ["Cyril Ramaphosa", "Bola Tinubu"], "held", ["Ramaphosa met Tinubu in Abuja, but a fresh round of talks with the AU chair was abandoned."], True, SUPPORTED, "held for the held one")

# ---------------------------------------------------------------- stance-rejected
stance("Hamas", "supports", "Hamas rejected the Egyptian proposal outright, demanding a complete Israeli pullout first.", False, STRONG, "rejected, demanding something else")
stance("Russia", "supports", "Russia turned down the 30-day truce and called instead for a comprehensive settlement.", False, STRONG, "turned down, called for something else")
stance("Israel", "supports", "Israel's cabinet spurned the French plan, insisting on the disarmament of Hezbollah.", False, STRONG, "spurned, insisting on something else")
stance("Houthis", "agreed", "The Houthis brushed aside the UN offer on Sunday, a spokesman said.", False, STRONG, "brushed aside")
stance("Ukraine", "supports", "Ukraine threw out the plan, urging allies to go back to the Jeddah framework.", False, STRONG, "threw out, urging a return to another text")
stance("Hezbollah", "supports", "Hezbollah balked at the American proposal, saying Lebanon needed guarantees first.", False, STRONG, "balked at, needing guarantees")
stance("RSF", "agreed", "The RSF snubbed the Jeddah ceasefire text, a commander told our correspondent.", False, STRONG, "snubbed")
stance("Polisario Front", "supports", "The Polisario Front repudiated the Moroccan framework on Monday.", False, STRONG, "repudiated")
stance("Hamas", "supports", "Hamas dismissed the offer as a trap and said it wants an end to the war.", False, STRONG, "dismissed, wants something else")
stance("Hamas", "supports_with_conditions", "Hamas turned the Qatari offer down flat.", False, STRONG, "turned the offer down")
stance("Israel", "supports", "Israel rejected the proposal out of hand, pressing instead for the release of all hostages.", False, STRONG, "rejected, pressing for something else")
stance("Azerbaijan", "agreed", "Azerbaijan scorned the Armenian truce offer as a stunt.", False, STRONG, "scorned")
stance("Russia", "supports", "Russia rebuffed the plan, urging Kyiv to accept new territorial realities.", False, STRONG, "rebuffed, urging another party to accept something else")
# Pass: the refusal itself, another party's refusal, a backed truce, a want before another's refusal.
stance("Hamas", "rejects", "Hamas rejected the Egyptian proposal outright, demanding a complete Israeli pullout first.", True, SUPPORTED, "rejects: the refusal itself")
stance("Houthis", "rejects", "The Houthis brushed aside the UN offer on Sunday, a spokesman said.", True, SUPPORTED, "rejects: brushed aside")
stance("Hamas", "supports", "Israel rejected the proposal, while Hamas called for its swift implementation.", True, SUPPORTED, "another party refused")
stance("Hamas", "supports", "Hamas rejected the annex on prisoners but backed the truce itself.", True, SUPPORTED, "a refused annex, a backed truce")
stance("Qatar", "supports", "Qatar called for the truce to be adopted but Hamas rejected it.", True, SUPPORTED, "its call before another party's refusal")
stance("Hamas", "supports", "Hamas dismissed reports that it had turned down the proposal.", True, KEPT, "a denied report of a refusal (unconfirmed at most)")
stance("Ukraine", "supports", "Ukraine, which rejected an earlier Russian draft, now backs the plan.", True, SUPPORTED, "an earlier draft refused, the plan backed")
stance("Egypt", "supports", "Egypt welcomed the truce and urged Hamas to drop its objections.", True, SUPPORTED, "no refusal")
stance("Ukraine", "supports", "Ukraine backed the plan even though Russia had rejected it.", True, SUPPORTED, "backed it, another party's earlier refusal")
stance("Turkey", "supports", "Turkey called for an immediate truce and rejected any partition of Syria.", True, SUPPORTED, "a call before a refusal of another thing")
stance("Hezbollah", "rejects", "Hezbollah balked at the American proposal, saying Lebanon needed guarantees first.", True, SUPPORTED, "rejects: balked at")
stance("RSF", "rejects", "The RSF snubbed the Jeddah ceasefire text, a commander told our correspondent.", True, SUPPORTED, "rejects: snubbed")
stance("Russia", "supports", "Russia rejected the annex on monitors but welcomed the truce, urging both sides to respect it.", True, SUPPORTED, "a refused annex, a welcomed truce before the call")

# ---------------------------------------------------------------- denied-place
BIDEN_STUBB = ["Joe Biden", "Alexander Stubb"]
summit("denied-place", BIDEN_STUBB, "scheduled", ["Biden will stop in Helsinki instead of travelling to Vilnius, the White House said."], False, STRONG, "instead of travelling to it", place="Vilnius", path="planned_location")
summit("denied-place", ["Abdel Fattah al-Sisi", "Tamim bin Hamad Al Thani"], "scheduled", ["The talks will now be held in Doha rather than in Cairo, Egyptian officials said."], False, STRONG, "rather than in it", place="Cairo", path="planned_location")
summit("denied-place", ["Narendra Modi", "Xi Jinping"], "scheduled", ["Modi is skipping Kazan and will meet Xi in Beijing next month."], False, STRONG, "skipping it", place="Kazan", path="planned_location")
summit("denied-place", ["Volodymyr Zelensky", "Vladimir Putin"], "scheduled", ["The summit was moved from Vienna to Geneva at the last minute."], False, STRONG, "moved from it", place="Vienna", path="planned_location")
event("denied-place", "other", "peace accord signed", "The peace accord was signed in Bogota, with the presidents of Mexico and Brazil looking on.", False, STRONG, "the country of those attending", place="Mexico")
event("denied-place", "talks", "ceasefire talks", "Delegations from Qatar and Egypt took part in the talks at Sharm el-Sheikh on Monday.", False, STRONG, "delegations from it, talks elsewhere", place="Qatar")
summit("denied-place", ["John Mahama", "Faure Gnassingbe"], "held", ["Ghana's president attended the signing ceremony in Lome on Saturday."], False, STRONG, "a country's president, the ceremony elsewhere", place="Ghana", path="planned_location")
summit("denied-place", ["Rustem Umerov", "Vladimir Medinsky"], "scheduled", ["The two delegations will meet in Istanbul instead of Ankara."], False, STRONG, "instead of it", place="Ankara", path="planned_location")
event("denied-place", "other", "normalisation deal signed", "Envoys of Iran and Saudi Arabia signed the deal in Beijing.", False, STRONG, "envoys of it, signed elsewhere", place="Iran")
summit("denied-place", ["Shigeru Ishiba", "Lee Jae-myung"], "held", ["The leaders of Japan and South Korea met in Washington on the sidelines of the talks."], False, STRONG, "the leaders of it, met elsewhere", place="Japan", path="planned_location")
summit("denied-place", ["Donald Trump", "Lee Jae-myung"], "held", ["Trump bypassed Tokyo and flew straight to Seoul for the meeting."], False, STRONG, "bypassed", place="Tokyo", path="planned_location")
event("denied-place", "strike", "missile strike", "Russian missiles struck Kharkiv instead of Kyiv overnight, the air force said.", False, STRONG, "struck elsewhere instead of it", place="Kyiv")
# Pass: the place gone to, the event's own place, a host dateline, old readings kept.
summit("denied-place", BIDEN_STUBB, "scheduled", ["Biden will stop in Helsinki instead of travelling to Vilnius, the White House said."], True, KEPT, "the place gone to (its old reading)", place="Helsinki", path="planned_location")
summit("denied-place", ["Abdel Fattah al-Sisi", "Tamim bin Hamad Al Thani"], "scheduled", ["The talks will be held in Cairo rather than in Doha, Egyptian officials said."], True, KEPT, "held in it, the other given up", place="Cairo", path="planned_location")
event("denied-place", "other", "peace accord signed", "The peace accord was signed in Bogota, with the presidents of Mexico and Brazil looking on.", True, SUPPORTED, "the signing's own place", place="Bogota")
event("denied-place", "talks", "ceasefire talks", "Delegations from Qatar and Egypt took part in the talks at Sharm el-Sheikh on Monday.", True, SUPPORTED, "the talks' own place", place="Sharm el-Sheikh")
PATTAYA = "Leaders from ten countries arrived on Friday in the resort city hosting this year's summit."
summit("denied-place", ["Anwar Ibrahim", "Prabowo Subianto"], "scheduled", [PATTAYA], True, SUPPORTED, "a dateline called the summit's host city", place="Pattaya", path="planned_location", text="PATTAYA, Thailand -- " + PATTAYA + "\n\nMore later.\n")
SOCHI = "Erdogan arrived here on Friday for his summit with Putin."
summit("denied-place", ["Recep Tayyip Erdogan", "Vladimir Putin"], "scheduled", [SOCHI], True, SUPPORTED, "a dateline, 'here' for the summit", place="Sochi", path="planned_location", text="SOCHI, Russia (Black Sea Wire) \u2014 " + SOCHI + "\n\nMore later.\n")
GENEVA = "The envoys sat down for a second day, the UN said."
summit("denied-place", ["Steve Witkoff", "Abbas Araghchi"], "under_way", [GENEVA], True, KEPT, "a dateline with no host words (its old reading)", place="Geneva", path="planned_location", text="GENEVA (Alpine Wire) - " + GENEVA + "\n\nMore later.\n")
event("denied-place", "talks", "leaders' talks", "The leaders of Mexico and Chile held talks on Friday.", True, KEPT, "a country with no other place (its old reading)", place="Mexico")
summit("denied-place", ["Barack Obama", "Dmitry Medvedev"], "scheduled", ["Moscow, which Obama skipped in 2009, hosts the summit this year."], True, KEPT, "the host, not the place skipped", place="Moscow", path="planned_location")
summit("denied-place", ["Vladimir Putin", "Xi Jinping"], "scheduled", ["Kremlin aides said the summit in Moscow will go ahead in May."], True, SUPPORTED, "the summit's own place", place="Moscow", path="planned_location")
event("denied-place", "strike", "missile strike", "Russian missiles struck Kharkiv instead of Kyiv overnight, the air force said.", True, SUPPORTED, "the place struck", place="Kharkiv")
summit("denied-place", ["Claudia Sheinbaum", "Gustavo Petro"], "scheduled", ["Mexico's president will host the summit in Mexico City in June."], True, SUPPORTED, "the capital named in full", place="Mexico City", path="planned_location")

# ---------------------------------------------------------------- scheduled-words
summit("scheduled-words", ["Narendra Modi"], "scheduled", ["Modi will attend the BRICS summit in Kazan next week, his office said."], True, SUPPORTED, "will attend")
summit("scheduled-words", ["Xi Jinping"], "scheduled", ["Despite the row, Xi will still attend the Apec summit in Lima on Nov. 15-16."], True, SUPPORTED, "will still attend")
summit("scheduled-words", ["Vladimir Putin"], "scheduled", ["Putin will take part in the summit by video link, the Kremlin said."], True, SUPPORTED, "will take part")
summit("scheduled-words", ["Anthony Albanese"], "scheduled", ["Albanese will also attend the Pacific Islands Forum in Honiara."], True, SUPPORTED, "will also attend")
summit("scheduled-words", ["Cyril Ramaphosa"], "scheduled", ["Ramaphosa plans to attend the Commonwealth summit in Apia."], True, SUPPORTED, "plans to attend")
summit("scheduled-words", ["Recep Tayyip Erdogan"], "scheduled", ["Erdogan will now attend the Nato summit after all, his office confirmed."], True, SUPPORTED, "will now attend")
measure("introduced", "Senator Graham offered a bill on Tuesday that would tax buyers of Russian oil.", True, SUPPORTED, "offered a bill")
measure("introduced", "Two Democrats offered legislation to block the arms sale.", True, SUPPORTED, "offered legislation")
measure("introduced", "Congresswoman Lee offered an amendment to strip the sanctions waiver.", True, SUPPORTED, "offered an amendment")
measure("introduced", "Representative Wilson put forward a bill naming the militia a terrorist group.", True, SUPPORTED, "put forward a bill")
measure("suspended", "The Treasury waived the penalties on the Serbian refiner for 90 days.", True, SUPPORTED, "waived", instrument="executive_action")
measure("suspended", "Brussels paused the tariffs on American whiskey until March.", True, SUPPORTED, "paused", instrument="bloc_package")
measure("suspended", "Washington suspended the export curbs for a year.", True, SUPPORTED, "suspended", instrument="executive_action")
# Fail: negated, conditional, another offer, held for a meeting to come.
summit("scheduled-words", ["Narendra Modi"], "scheduled", ["Modi will not attend the BRICS summit in Kazan, his office said."], False, WEAK, "will not attend")
summit("scheduled-words", ["Luiz Inacio Lula da Silva"], "scheduled", ["Lula said he would attend the climate summit only if the talks were serious."], False, WEAK, "would attend only if")
summit("scheduled-words", ["Xi Jinping"], "held", ["Despite the row, Xi will still attend the Apec summit in Lima on Nov. 15-16."], False, STRONG, "held for one he will attend")
summit("scheduled-words", ["Vladimir Putin"], "held", ["Putin will take part in the summit by video link, the Kremlin said."], False, STRONG, "held for one he will take part in")
summit("scheduled-words", ["Cyril Ramaphosa"], "held", ["Ramaphosa plans to attend the Commonwealth summit in Apia."], False, STRONG, "held for one he plans to attend")
summit("scheduled-words", ["Vladimir Putin"], "scheduled", ["Putin declined to attend the summit in Johannesburg."], False, WEAK, "declined to attend")
measure("introduced", "The senator offered to drop the bill if the White House acted.", False, WEAK, "offered to drop it")
measure("introduced", "Congress offered no bill to replace the sanctions.", False, WEAK, "offered no bill")
measure("introduced", "The senators offered their support for the bill.", False, WEAK, "offered support, not a bill")
measure("suspended", "Trump threatened to suspend the tariffs if talks stalled.", False, WEAK, "threatened to suspend", instrument="executive_action")
measure("suspended", "The White House refused to waive the penalties.", False, WEAK, "refused to waive", instrument="executive_action")

# ---------------------------------------------------------------- other-event-day
event("other-event-day", "attack", "shelling resumed", "The shelling of Zaporizhzhia resumed on Tuesday, regional officials said on Wednesday.", False, STRONG, "the report's day", when="Wednesday")
event("other-event-day", "strike", "jets struck the port", "Israeli jets struck the port overnight, the army said Thursday.", False, STRONG, "the report's day, no 'on'", when="Thursday")
event("other-event-day", "attack", "drone barrage", "Kyiv told Reuters on Friday that the drone barrage had stopped.", False, WEAK, "told a named hearer on a day", when="Friday")
event("other-event-day", "casualties", "people killed in the raid", "Fifteen people were killed in the raid, the ministry said in a statement late on Monday.", False, WEAK, "said in a statement late on a day", when="Monday")
event("other-event-day", "talks", "peace talks", "Talks between the government and the rebels aim to end a war that erupted in the 1980s.", False, STRONG, "a war's outbreak in a relative clause", when="1980s")
event("other-event-day", "talks", "negotiations in Doha", "Negotiators resumed talks in Doha to end a conflict that started in 2023.", False, STRONG, "a conflict's start in a relative clause", when="2023")
event("other-event-day", "prisoner_exchange", "prisoner swap", "The prisoner swap went ahead, the Red Cross said on Sunday.", False, WEAK, "the report's day", when="Sunday")
event("other-event-day", "aid_pause", "aid convoys halted", "Aid convoys were halted, UN officials told reporters on Tuesday.", False, WEAK, "told reporters on a day", when="Tuesday")
event("other-event-day", "vote", "vote delayed", "The vote was delayed, diplomats said Wednesday.", False, WEAK, "the report's day", when="Wednesday")
event("other-event-day", "strike", "drones hit a fuel depot", "Drones hit a fuel depot in Bryansk, the governor reported Monday.", False, WEAK, "reported on a day", when="Monday")
event("other-event-day", "attack", "hostilities resumed", "Hostilities resumed along the border, the ministry added on Friday.", False, WEAK, "added on a day", when="Friday")
event("other-event-day", "strike", "air raid", "Explosions shook the capital, the mayor wrote on Telegram early on Saturday.", False, WEAK, "wrote on a named channel early on a day", when="Saturday")
# Pass: the event's own day beside a report's, an announcement's own day.
event("other-event-day", "attack", "shelling resumed", "The shelling of Zaporizhzhia resumed on Tuesday, regional officials said on Wednesday.", True, SUPPORTED, "the shelling's own day", when="Tuesday")
event("other-event-day", "strike", "drone attack", "Russia launched 200 drones on Sunday, the air force said.", True, SUPPORTED, "its own day, a report with no day", when="Sunday")
event("other-event-day", "casualties", "people killed in the raid", "The raid on Monday killed 15 people, the ministry said on Tuesday.", True, SUPPORTED, "the raid's own day", when="Monday")
event("other-event-day", "other", "Iran announced a halt to enrichment", "Iran announced on Wednesday that it would halt enrichment.", True, SUPPORTED, "an announcement's own day", when="Wednesday")
event("other-event-day", "strike", "strike on a school", "Officials said the strike on Tuesday killed nine.", True, SUPPORTED, "a day of the strike inside what was said", when="Tuesday")
event("other-event-day", "attack", "shelling", "Shelling on Wednesday killed two people, officials said.", True, SUPPORTED, "its own day", when="Wednesday")
event("other-event-day", "talks", "talks resumed in Doha", "The talks resumed in Doha on Monday, Qatar's foreign ministry said.", True, SUPPORTED, "its own day", when="Monday")
event("other-event-day", "strike", "jets struck the port", "Israeli jets struck the port early on Thursday, the army said.", True, SUPPORTED, "its own day", when="Thursday")
event("other-event-day", "talks", "peace talks launched", "Talks launched in 2012 aim to end a war that erupted in the 1980s.", True, SUPPORTED, "the talks' own year", when="2012")
event("other-event-day", "prisoner_exchange", "prisoner swap", "The prisoner swap went ahead on Saturday, the Red Cross said on Sunday.", True, SUPPORTED, "its own day", when="Saturday")
event("other-event-day", "other", "ministry statement on the truce", "The ministry said on Monday that the truce would be extended.", True, SUPPORTED, "a statement's own day (the fact is the saying)", when="Monday")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
