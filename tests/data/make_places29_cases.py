# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the places-29 set (``grounding_places29.jsonl``): a meeting's place worded without a
meeting word beside it, for causes outside check 29 found, by category:

- ``talks-in``: a noun of talking right before "in" / "at" and the place ("Following
  ten-hour negotiations in Tashkent, the foreign ministers of both countries agreed",
  "signed the truce after consultations in Doha") is the parties' meeting place (pass); the
  same words dated back ("talks in Vienna last spring") for a meeting not yet held, fronted
  talks of another country's people, talks "in X with" someone else, fronted talks before a
  main clause that sets a meeting elsewhere or to come, what the talks are about ("talks on
  Karabakh") and a journey's start (fail: unsupported, or unconfirmed when unread);
- ``travel-for-talks``: a verb of arriving right before the place and "for" / "ahead of" /
  "to attend" talks after it in the same clause ("landed in Abu Dhabi on Sunday for a second
  round of negotiations") (pass); a journey home or back, the journey's start ("left Baku for
  Moscow"), travel for something other than talks, others travelling, and a journey dated
  back for a meeting to come (fail);
- ``named-after``: a declaration or accord named after the place when the same sentence says
  the meeting was held where it was made ("the Panmunjom Declaration, signed in the truce
  village where the summit was held") (pass); the document only named or recalled, made
  where no meeting is said to be held, or at other people's meeting (fail).

Run ``python tests/data/make_places29_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written,
never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_places29.jsonl")

LEADS = [
    "TASHKENT, March 3 (Steppe Wire) - Officials gave few other details.",
    "Live blog | Diplomacy, updated hourly",
    "ANALYSIS | Talks that matter, by Ilse Varga",
    "The Lakeside Courier | World news",
    "From our Caucasus bureau -- translated from Russian.",
    "Briefing: the week's diplomacy in five minutes",
]

built = SupportCases("pl29", LEADS, closing="More details were expected later.")


def place(category: str, row: tuple[list[str], str, str, str, str], expect: bool) -> None:
    parties, status, where, sentence, why = row
    assert where in sentence, where
    add_why = why if expect else why + ("" if "(" in why else " (unsupported)")
    built.meeting_place(category, expect, where, [sentence], f"{where}: {add_why}", parties, status)


ARM_AZE = ["Armenia", "Azerbaijan"]
MINISTERS = ["Ararat Mirzoyan", "Jeyhun Bayramov"]
KYR_TAJ = ["Kyrgyzstan", "Tajikistan"]
SUDAN = ["Sudan", "South Sudan"]
ETH_ERI = ["Ethiopia", "Eritrea"]
US_IRAN = ["Steve Witkoff", "Abbas Araghchi"]
SERB_KOS = ["Serbia", "Kosovo"]
KOREAS = ["Moon Jae-in", "Kim Jong Un"]
ISR_EGY = ["Menachem Begin", "Anwar Sadat"]
RUS_UKR = ["Russia", "Ukraine"]
IND_PAK = ["India", "Pakistan"]

# fmt: off
TALKS_PASS = [
    (ARM_AZE, "held", "Moscow", "Following ten-hour talks in Moscow, the foreign ministers of Armenia and Azerbaijan agreed to a humanitarian truce.", "fronted talks, the parties' ministers as subject"),
    (MINISTERS, "held", "Moscow", "Following ten-hour talks in Moscow, the foreign ministers of Armenia and Azerbaijan agreed to a humanitarian truce.", "fronted talks, ministers as a group for people parties"),
    (KYR_TAJ, "held", "Tashkent", "After two days of negotiations in Tashkent, Kyrgyzstan and Tajikistan initialled a border deal.", "fronted negotiations, the parties named"),
    (SUDAN, "held", "Juba", "During consultations in Juba, both delegations accepted the oil-transit formula.", "fronted consultations, both delegations"),
    (ETH_ERI, "held", "Jeddah", "At the end of discussions in Jeddah, the two sides said the border would reopen.", "fronted discussions, the two sides"),
    (US_IRAN, "held", "Muscat", "Following indirect talks in Muscat, Witkoff and Araghchi described the atmosphere as constructive.", "fronted talks, both named"),
    (SERB_KOS, "held", "Brussels", "Serbia and Kosovo agreed on the licence-plate dispute after negotiations in Brussels that ran past midnight.", "talks after the clause, the parties named"),
    (RUS_UKR, "held", "Istanbul", "Russia and Ukraine swapped 300 prisoners each, the first result of consultations in Istanbul.", "consultations, the parties named"),
    (IND_PAK, "under_way", "Geneva", "India and Pakistan are locked in discussions at Geneva over the river treaty.", "discussions at the place, under way"),
    (ARM_AZE, "scheduled", "Almaty", "Armenia and Azerbaijan will hold a fresh round of negotiations in Almaty next week.", "a round to come"),
    (MINISTERS, "held", "Washington", "Wrapping up three days of deliberations in Washington, Mirzoyan and Bayramov initialled the text.", "fronted deliberations, named"),
    (SUDAN, "held", "Addis Ababa", "After marathon negotiations in Addis Ababa, the presidents of Sudan and South Sudan shook hands on a deal.", "fronted, the presidents of both"),
]
TALKS_FAIL = [
    (ARM_AZE, "scheduled", "Moscow", "Armenia and Azerbaijan, which held talks in Moscow last year, are preparing for a new round.", "talks dated last year, for a meeting to come"),
    (KYR_TAJ, "scheduled", "Bishkek", "Following consultations in Bishkek, Kyrgyzstan agreed to meet Tajikistan in Dushanbe next month.", "fronted consultations, the main clause sets the meeting elsewhere"),
    (MINISTERS, "scheduled", "Yerevan", "After consultations in Yerevan, Mirzoyan said he was ready to meet Bayramov.", "one side's home consultations before a meeting to come (unconfirmed)"),
    (ARM_AZE, "held", "Karabakh", "Armenia and Azerbaijan opened talks on Karabakh on Tuesday.", "what the talks are about (unconfirmed)"),
    (ARM_AZE, "held", "Ankara", "Following talks in Ankara, Russian and Turkish diplomats said a truce between Armenia and Azerbaijan was close.", "fronted talks of other countries' diplomats (unconfirmed)"),
    (RUS_UKR, "held", "Ankara", "After negotiations in Ankara with Erdogan, Russia said it would sit down with Ukraine.", "talks with a third party, then a meeting to come (unconfirmed)"),
    (SERB_KOS, "held", "Belgrade", "After consultations in Belgrade, the Serbian president flew to Brussels to meet Kosovo's prime minister.", "home consultations before the journey (unconfirmed)"),
    (ETH_ERI, "scheduled", "Nairobi", "Ethiopia and Eritrea, whose discussions in Nairobi two years ago collapsed, will meet again in Jeddah.", "an earlier round's place, dated back"),
    (IND_PAK, "scheduled", "Tashkent", "India and Pakistan plan a new round, after discussions in Tashkent last spring.", "talks dated last spring, for a meeting to come"),
    (SUDAN, "held", "Khartoum", "Sudan and South Sudan agreed the border deal in Juba after consultations in their capitals, including Khartoum.", "each side at home, not the meeting (unconfirmed)"),
    (ARM_AZE, "held", "Baku", "The Armenian envoy left Baku for Moscow for talks with Azerbaijan.", "a journey's start (unconfirmed)"),
    (US_IRAN, "scheduled", "Oman", "After consultations in Oman, Witkoff said the next round with Araghchi would convene in Rome.", "fronted, the next round elsewhere (unconfirmed)"),
]

TRAVEL_PASS = [
    (MINISTERS, "held", "Moscow", "Mirzoyan and Bayramov arrived in Moscow late on Friday for consultations hosted by Russia.", "arrived for consultations"),
    (ARM_AZE, "held", "Moscow", "The Armenian and Azerbaijani foreign ministers arrived in Moscow late on Friday for consultations.", "ministers of both arrived for consultations"),
    (US_IRAN, "held", "Abu Dhabi", "Witkoff and Araghchi landed in Abu Dhabi on Sunday for a second round of negotiations.", "landed for negotiations"),
    (KYR_TAJ, "scheduled", "Tashkent", "The Kyrgyz and Tajik delegations are due in Tashkent on Monday for discussions on the border.", "due for discussions"),
    (SERB_KOS, "held", "Brussels", "The leaders of Serbia and Kosovo travelled to Brussels for talks hosted by the EU envoy.", "travelled for talks"),
    (RUS_UKR, "held", "Istanbul", "Delegations from Russia and Ukraine flew into Istanbul for negotiations on the prisoner exchange.", "flew into for negotiations"),
    (ETH_ERI, "scheduled", "Jeddah", "Both delegations will head to Jeddah next week ahead of talks on the border.", "head to ahead of talks"),
    (IND_PAK, "held", "Geneva", "Envoys of India and Pakistan came to Geneva for consultations on the river treaty.", "came for consultations"),
    (SUDAN, "held", "Addis Ababa", "Sudan and South Sudan sent negotiators, who arrived in Addis Ababa on Tuesday for talks.", "negotiators arrived for talks"),
    (ARM_AZE, "scheduled", "Astana", "Armenian and Azerbaijani negotiators are expected in Astana on Thursday to attend talks.", "expected to attend talks"),
    (US_IRAN, "held", "Muscat", "Araghchi and Witkoff arrived in Muscat from their capitals for a round of indirect talks.", "arrived from home for talks"),
]
TRAVEL_FAIL = [
    (ARM_AZE, "held", "Baku", "The Azerbaijani minister left Baku for Moscow for consultations with Armenia.", "the journey's start (unconfirmed)"),
    (MINISTERS, "held", "Yerevan", "After the meeting, Mirzoyan returned to Yerevan for consultations with his government.", "a journey home, consulting alone (unconfirmed)"),
    (US_IRAN, "held", "Tehran", "Araghchi flew back to Tehran for consultations before the next round with Witkoff.", "a journey back (unconfirmed)"),
    (KYR_TAJ, "held", "Tashkent", "Kyrgyz and Tajik ministers arrived in Tashkent for a trade fair.", "travel for something else (unconfirmed)"),
    (SERB_KOS, "held", "Vienna", "Russian and Chinese envoys arrived in Vienna for talks on the nuclear file.", "others travelling (unconfirmed)"),
    (RUS_UKR, "scheduled", "Istanbul", "The Russian and Ukrainian delegations arrived in Istanbul last year for talks that went nowhere.", "a journey dated back, for a meeting to come"),
    (ETH_ERI, "held", "Asmara", "The Ethiopian envoy flew into Asmara for a wedding, days after his talks with Eritrea in Jeddah.", "travel for something else (unconfirmed)"),
    (IND_PAK, "held", "Delhi", "Pakistani diplomats flew from Delhi to Geneva for talks with India.", "the journey's start (unconfirmed)"),
    (SUDAN, "held", "Cairo", "Sudan's envoy arrived in Cairo for medical treatment, a day before the talks with South Sudan.", "travel for something else (unconfirmed)"),
    (ARM_AZE, "held", "Paris", "Armenia and Azerbaijan met in Astana; their ministers later went to Paris for a cultural festival.", "travel for something else (unconfirmed)"),
    (MINISTERS, "held", "Tbilisi", "Mirzoyan headed home to Tbilisi for consultations after the talks with Bayramov.", "a journey home (unconfirmed)"),
]

NAMED_PASS = [
    (KOREAS, "held", "Panmunjom", "Moon Jae-in and Kim Jong Un signed the Panmunjom Declaration in the truce village where the summit was held.", "signed the X Declaration in the village where the summit was held"),
    (KOREAS, "held", "Panmunjom", "The Panmunjom Declaration, signed in the truce village where Moon and Kim held their summit, calls for an end to hostilities.", "the document's aside says the summit was there"),
    (ISR_EGY, "held", "Camp David", "The Camp David Accords, signed at the presidential retreat where Sadat and Begin met for 13 days, reshaped the region.", "the retreat where they met"),
    (RUS_UKR, "held", "Minsk", "The Minsk agreements, sealed in the Belarusian capital where Russia and Ukraine met under European mediation, froze the front.", "the capital where they met"),
    (ARM_AZE, "held", "Sochi", "The Sochi statement was not named; the Sochi Declaration, adopted at the Black Sea resort where the Armenian and Azerbaijani leaders held talks, was.", "the resort where their talks were"),
    (SERB_KOS, "held", "Ohrid", "The Ohrid Agreement, reached at the lakeside town where Serbia and Kosovo held their talks, set out an annex.", "the town where the talks were held"),
    (ETH_ERI, "held", "Jeddah", "The Jeddah Accord, signed in the port city where the leaders of Ethiopia and Eritrea met, ended two decades of war.", "the port city where they met"),
    (IND_PAK, "held", "Tashkent", "India and Pakistan signed the Tashkent Declaration in the city where their leaders held a summit hosted by Moscow.", "signed in the city where their summit was"),
    (KYR_TAJ, "held", "Batken", "The leaders of Kyrgyzstan and Tajikistan met at the town that gave its name to the Batken Protocol.", "the town that gave its name"),
    (SUDAN, "held", "Juba", "The Juba Communique, issued in the capital where Sudan and South Sudan had gathered, promised open crossings.", "issued in the capital where they gathered"),
    (US_IRAN, "held", "Muscat", "The Muscat Memorandum, drafted at the palace where Witkoff and Araghchi met, is short.", "the palace where they met"),
]
NAMED_FAIL = [
    (KOREAS, "held", "Panmunjom", "Moon and Kim pledged to honour the spirit of the Panmunjom Declaration.", "the declaration only named (unconfirmed)"),
    (KOREAS, "held", "Panmunjom", "The Panmunjom Declaration, signed in 2018, will be discussed when Moon and Kim meet in Pyongyang.", "signed, but no meeting said to be there (unconfirmed)"),
    (ISR_EGY, "held", "Camp David", "Sadat and Begin, who met in Jerusalem, recalled the Camp David Accords.", "recalled, no meeting there (unconfirmed)"),
    (RUS_UKR, "held", "Minsk", "Russia and Ukraine met in Istanbul and argued over whether the Minsk agreements still applied.", "argued over the document (unconfirmed)"),
    (SERB_KOS, "held", "Ohrid", "Serbia and Kosovo met in Brussels to implement the Ohrid Agreement, signed a year earlier.", "signed with no place or meeting (unconfirmed)"),
    (ETH_ERI, "held", "Algiers", "The Algiers Agreement, signed in the Algerian capital in 2000, was invoked by Ethiopia and Eritrea in Jeddah.", "made in a capital, no meeting said to be there (unconfirmed)"),
    (IND_PAK, "held", "Simla", "India and Pakistan held their summit in Agra, where they discussed the Simla Agreement.", "discussed the document at another place (unconfirmed)"),
    (KYR_TAJ, "held", "Batken", "Kyrgyzstan and Tajikistan met in Bishkek to review the Batken Protocol.", "reviewed the document (unconfirmed)"),
    (SUDAN, "held", "Juba", "Sudan and South Sudan met in Addis Ababa and cited the Juba Communique.", "cited only (unconfirmed)"),
    (ISR_EGY, "held", "Camp David", "The Camp David Accords, signed at the retreat where Carter hosted Sadat and Begin, were praised by Netanyahu and Sisi.", "another pair's meeting for Netanyahu and Sisi's fact (unconfirmed)"),
    (US_IRAN, "held", "Vienna", "Witkoff and Araghchi met in Muscat, where they discussed the Vienna agreement signed by others in 2015.", "another document's place, no meeting there (unconfirmed)"),
]
# fmt: on
NAMED_FAIL[9] = (["Benjamin Netanyahu", "Abdel Fattah al-Sisi"], *NAMED_FAIL[9][1:])

for category, passes, fails in (
    ("talks-in", TALKS_PASS, TALKS_FAIL),
    ("travel-for-talks", TRAVEL_PASS, TRAVEL_FAIL),
    ("named-after", NAMED_PASS, NAMED_FAIL),
):
    for row in passes:
        place(category, row, True)
    for row in fails:
        place(category, row, False)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
