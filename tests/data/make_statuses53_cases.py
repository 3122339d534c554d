# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-53 set (``grounding_statuses53.jsonl``): statuses and kinds said by what
happened, a stage that contradicts a status, a fact box's items under their lead, and a trip's
first day (an outside check, session 25: check 53's causes 4, 6 and 9 and its wrong statuses
caught only as unconfirmed; :mod:`status_synonyms`, :mod:`status_stages`,
:mod:`item_statuses`). By category:

- ``synonym-status``: a meeting that "is over" or "broke up" is ``held``; a trip or visit
  that "begins on June 21" is ``scheduled``; captives handed over "in return" make a
  ``prisoner_exchange``; a court that "struck down", "vacated" or "enjoined" a measure
  ``suspended`` it; a measure "extended", "renewed" or "prolonged" is ``in_force``. Not an end
  still to come ("once the talks are over"), an earlier trip, a town handed back, a court asked
  to strike down or declining to, a renewal that failed or is only weighed;
- ``stage-contradicted``: a stage the wording states refuses the value strongly (announced for
  "came into force", proposed for "adopted" or for a truce that "took hold", lifted for
  "renewed", in effect for a truce "urged" or only "agreed" with its steps still to come,
  scheduled for talks that "were over"), while the same sentences support the stage they
  state, and "adopted a proposal" still proposes;
- ``item-lead``: a fact box's item with no verb ("• Japan: 24%.") takes the status its lead
  words: a lead-in line, or the paragraph above a bare heading ("Below, we set out what was
  announced ..." over "AT A GLANCE"). Not another list's lead, a lead with no cue, a lead
  that denies or undoes it, an item that speaks for itself ("left out of this scheme",
  "could be delayed"), an item whose own words state another stage, or a line after the list;
- ``trip-first-day``: the day a trip or visit begins is the meeting's day ("the four-day trip
  begins on June 21"); the day of its announcement, of another event in the sentence, or of a
  postponement is not.

Strengths: SUPPORTED must pass; STRONG must carry an unsupported flag; ANY must be refused at
either strength; KEPT must carry no unsupported flag (a correct value the rules may leave
unconfirmed, which no stage may refute). Run ``python tests/data/make_statuses53_cases.py`` to rebuild it. Every
sentence below was written for this set from public facts of 2022-2025 (summits, swaps,
rulings, sanctions and tariffs as reported), in several outlets' styles; each verdict is what
a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, KEPT, STRONG, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_statuses53.jsonl")
LEADS = [
    "GENEVA (Alpine Wire) -",
    "The Harbour Ledger | World",
    "From our Nairobi correspondent.",
    "Live coverage, translated from Spanish.",
    "By Ines Duarte | The Lisbon Courier",
    "Morning briefing, The Prairie Journal.",
]
P, F = True, False
SYN, STAGE, ITEM, TRIP = "synonym-status", "stage-contradicted", "item-lead", "trip-first-day"
S, E, C, M = "sanctions", "events", "ceasefires", "summits"
# (category, expect, strength, kind, field, value, text); each sentence of text is evidence
# fmt: off
CASES = [
    # --- synonym-status: what happened says the status -------------------------------------
    (SYN, P, SUPPORTED, M, "status", "held", "The talks were over within ninety minutes, and both delegations left without a joint statement."),
    (SYN, P, SUPPORTED, M, "status", "held", "By late afternoon the meeting was over and Erdogan had flown back to Ankara."),
    (SYN, P, SUPPORTED, M, "status", "held", "Negotiations in Jeddah broke up after six hours with no text agreed."),
    (SYN, P, SUPPORTED, M, "status", "held", "The summit is over, and its communique names Ukraine only once."),
    (SYN, P, SUPPORTED, M, "status", "scheduled", "The three-day visit begins on 4 March, with a stop in Hanoi first."),
    (SYN, P, SUPPORTED, M, "status", "scheduled", "Scholz's trip, which starts on Monday, will take him to Beijing and Shanghai."),
    (SYN, P, SUPPORTED, M, "status", "scheduled", "The president's African tour opens in Nairobi on Thursday."),
    (SYN, P, SUPPORTED, E, "kind", "prisoner_exchange", "Kyiv said 90 of its defenders were back on home soil on Friday. In return, it sent 90 Russian soldiers across the line."),
    (SYN, P, SUPPORTED, E, "kind", "prisoner_exchange", "In return, Moscow handed 64 Ukrainian servicemen back to Kyiv, the Emirati mediators said."),
    (SYN, P, SUPPORTED, E, "kind", "prisoner_exchange", "Armenia got its five men back on Wednesday; in turn, Yerevan returned two Azerbaijani soldiers."),
    (SYN, P, SUPPORTED, S, "status", "suspended", "A three-judge panel struck down the duties on Wednesday."),
    (SYN, P, SUPPORTED, S, "status", "suspended", "The federal judge vacated the rule and enjoined its enforcement nationwide."),
    (SYN, P, SUPPORTED, S, "status", "suspended", "Judges in Luxembourg annulled the levy on Chinese electric buses in a ruling on Thursday."),
    (SYN, P, SUPPORTED, S, "status", "in_force", "Brussels renewed the economic sanctions on Russia for another six months on Monday."),
    (SYN, P, SUPPORTED, S, "status", "in_force", "Last week the Council prolonged the travel bans until 15 March."),
    (SYN, P, SUPPORTED, S, "status", "in_force", "The export ban was extended to the end of the year, the ministry said."),
    (SYN, F, ANY, M, "status", "held", "Once the talks are over, the two leaders will hold a joint press conference."),
    (SYN, F, ANY, M, "status", "held", "Officials hope the talks will be over by Friday."),
    (SYN, F, ANY, M, "status", "held", "The quarrel over the border is not over, the mayor said."),
    (SYN, F, ANY, M, "status", "held", "Talks over a ceasefire are expected to begin next week."),
    (SYN, F, ANY, M, "status", "scheduled", "Last year's trip began on June 21 in Washington."),
    (SYN, F, ANY, M, "status", "scheduled", "His visit ended on Sunday after four days in Delhi."),
    (SYN, F, ANY, E, "kind", "prisoner_exchange", "In return, Russia handed back control of the dam to the local authorities."),
    (SYN, F, ANY, E, "kind", "prisoner_exchange", "Kyiv said 100 of its soldiers had come home from the front after six months of rotation."),
    (SYN, F, ANY, E, "kind", "prisoner_exchange", "In return for the grain, Turkey sent fuel and spare parts to the port."),
    (SYN, F, ANY, S, "status", "suspended", "The importers asked the court to strike down the duties."),
    (SYN, F, ANY, S, "status", "suspended", "The panel declined to strike down the levy."),
    (SYN, F, ANY, S, "status", "suspended", "The appeals court upheld the tariffs on Friday."),
    (SYN, F, ANY, S, "status", "suspended", "The judge has not vacated the rule, which stays in force."),
    (SYN, F, ANY, S, "status", "in_force", "The EU failed to renew the sanctions before they expired on Friday."),
    (SYN, F, ANY, S, "status", "in_force", "Ministers will decide in July whether the ban is extended."),
    (SYN, F, ANY, S, "status", "in_force", "The sanctions were not renewed and lapsed at midnight."),
    (SYN, F, ANY, M, "status", "held", "The four-day visit begins on June 21 with a dinner at the White House."),
    (SYN, F, ANY, E, "kind", "prisoner_exchange", "In return, the lender handed its customers a refund of fees."),
    (SYN, F, ANY, M, "status", "held", "When the talks are over, ministers will brief the press."),
    (SYN, P, SUPPORTED, C, "status", "proposed", "Kyiv had also asked for an unconditional 30-day truce; Moscow gave no answer."),
    (SYN, P, SUPPORTED, C, "status", "proposed", "The Red Cross requested a three-day humanitarian pause in Mariupol."),
    (SYN, F, ANY, C, "status", "agreed", "Kyiv had also asked for an unconditional 30-day truce; Moscow gave no answer."),
    (SYN, F, ANY, C, "status", "proposed", "Reporters asked whether the truce would hold through the weekend."),
    (SYN, F, ANY, S, "status", "suspended", "The appeals court vacated the injunction, so the duties apply again."),
    (SYN, F, ANY, S, "status", "in_force", "Trump extended the deadline for the tariffs to August 1."),
    (SYN, F, ANY, S, "status", "in_force", "Washington and Beijing extended the pause on their tariff increases by 90 days."),
    # --- stage-contradicted: the stage the wording states ----------------------------------
    (STAGE, F, STRONG, S, "status", "announced", "The 10% levy on imported steel came into force at midnight on Tuesday."),
    (STAGE, P, SUPPORTED, S, "status", "in_force", "The 10% levy on imported steel came into force at midnight on Tuesday."),
    (STAGE, F, STRONG, S, "status", "proposed", "Canberra's anti-dumping duty on Chinese steel took effect on 1 May."),
    (STAGE, F, STRONG, S, "status", "threatened", "The surcharge on French wine kicked in on Monday, a day after talks failed."),
    (STAGE, F, STRONG, S, "status", "proposed", "Member states adopted the 14th package of sanctions against Russia on Monday."),
    (STAGE, P, SUPPORTED, S, "status", "imposed", "Member states adopted the 14th package of sanctions against Russia on Monday."),
    (STAGE, F, STRONG, S, "status", "threatened", "Ottawa imposed a 25% counter-tariff on US steel on 13 March."),
    (STAGE, F, STRONG, S, "status", "lifted", "The Council renewed the sectoral sanctions for six months in January."),
    (STAGE, P, SUPPORTED, S, "status", "in_force", "The Council renewed the sectoral sanctions for six months in January."),
    (STAGE, F, STRONG, S, "status", "lifted", "Washington extended the export curbs on advanced chips until 2026."),
    (STAGE, F, STRONG, C, "status", "proposed", "A truce between the army and the RSF took hold on Saturday morning."),
    (STAGE, P, SUPPORTED, C, "status", "in_effect", "A truce between the army and the RSF took hold on Saturday morning."),
    (STAGE, F, STRONG, C, "status", "proposed", "Aid lorries crossed at Rafah as the ceasefire in Gaza came into force on Sunday."),
    (STAGE, F, STRONG, C, "status", "in_effect", "The Security Council urged an immediate ceasefire in Sudan."),
    (STAGE, P, SUPPORTED, C, "status", "proposed", "The Security Council urged an immediate ceasefire in Sudan."),
    (STAGE, F, STRONG, C, "status", "in_effect", "The resolution calls on both armies to observe a humanitarian pause in El Fasher."),
    (STAGE, F, STRONG, C, "status", "in_effect", "Egypt and Qatar said Israel and Hamas have agreed on a truce deal. The first hostages are to be freed on Thursday."),
    (STAGE, P, SUPPORTED, C, "status", "agreed", "Egypt and Qatar said Israel and Hamas have agreed on a truce deal. The first hostages are to be freed on Thursday."),
    (STAGE, F, STRONG, M, "status", "scheduled", "The talks in Geneva were over after two hours, with no date for a further round."),
    (STAGE, P, SUPPORTED, S, "status", "proposed", "The Commission adopted a proposal for a 17th package on Wednesday."),
    (STAGE, P, SUPPORTED, S, "status", "announced", "Trump announced new tariffs on Wednesday; the car duties that came into force last month stay."),
    (STAGE, P, SUPPORTED, C, "status", "proposed", "Mediators proposed a truce that would begin when the hostages are freed."),
    (STAGE, P, SUPPORTED, C, "status", "in_effect", "The UN urged both sides to respect the ceasefire, which took effect on Friday."),
    (STAGE, P, SUPPORTED, S, "status", "lifted", "The sanctions, extended twice last year, were lifted on Friday."),
    (STAGE, P, SUPPORTED, S, "status", "threatened", "Trump threatened a 30% tariff on Mexican goods unless the border is sealed, a levy that would take effect on 1 August."),
    (STAGE, F, STRONG, C, "status", "in_effect", "Israel and Hamas have agreed on a ceasefire, and the first hostages would be freed on Sunday."),
    # a start of talks about a truce, or a truce extended, contradicts nothing
    (STAGE, P, KEPT, C, "status", "proposed", "Negotiations over a truce began in Doha on Monday."),
    (STAGE, P, KEPT, C, "status", "in_effect", "Both sides have agreed to extend the truce, which will now run until Friday."),
    (STAGE, P, KEPT, S, "status", "threatened", "The Senate approved the aid package; the tariffs on Brazilian beef remain a threat."),
    # a status of another occasion or a denied one is refused strongly, as before
    (STAGE, F, STRONG, M, "status", "held", "The two leaders last met in Helsinki in 2018, and their next summit is planned for Budapest."),
    (STAGE, F, STRONG, M, "status", "cancelled", "The Kremlin denied that the summit had been cancelled."),
    (STAGE, F, STRONG, C, "status", "collapsed", "Both sides denied reports that the truce had collapsed."),
    (STAGE, F, STRONG, S, "status", "lifted", "Officials denied that the duties had been lifted, saying they were renewed in May."),
    # a stage of a prospect, a condition or another occasion states nothing against the value
    (STAGE, F, ANY, S, "status", "announced", "The duties are expected to come into force next month."),
    (STAGE, F, ANY, C, "status", "in_effect", "The truce will take hold only if both sides pull back."),
    (STAGE, P, SUPPORTED, C, "status", "in_effect", "Relief convoys moved again on Tuesday after the ceasefire took hold."),
]
# (expect, strength, status, lines above the evidence, the evidence item, lines below)
ITEMS = [
    (P, SUPPORTED, "announced", "Ottawa announced the following counter-tariffs on Tuesday:", "- Steel: 25%, from March 13.", ""),
    (P, SUPPORTED, "imposed", "Beijing imposed the following duties overnight.\n\nKEY RATES", "• Soybeans: 10%.", "• Pork: 10%."),
    (P, SUPPORTED, "imposed", "Measures adopted by the Council", "• An asset freeze on 48 officials.", "• A port ban for 27 tankers."),
    (P, SUPPORTED, "announced", "The White House announced these reciprocal rates:", "1. Vietnam: 46%.", "2. Cambodia: 49%."),
    (P, SUPPORTED, "in_force", "These sanctions came into force on Friday:", "- A travel ban on 12 officials.", "- An arms embargo."),
    (P, SUPPORTED, "proposed", "What Brussels has proposed:", "• A price cap of $47.60 on Russian crude.", "• Ten more banks cut from SWIFT."),
    (P, SUPPORTED, "threatened", "Tariffs the president has threatened:", "• Mexico: 30% from August 1.", "• Canada: 35%."),
    (P, SUPPORTED, "announced", "Below, we list what was announced and when it applies.\n\nAT A GLANCE", "• South Korea: 25%.", "• Taiwan: 32%."),
    (P, SUPPORTED, "imposed", "Sanctions imposed by London on Monday:", "2) Gazprom Neft and Surgutneftegas.", ""),
    (P, SUPPORTED, "announced", "Here is what the finance ministry unveiled on Monday.\n\n## New duties", "- Whisky: 15%.", "- Motorcycles: 20%."),
    (F, ANY, "announced", "Tariffs the president has threatened:", "• Mexico: 30% from August 1.", "• Canada: 35%."),
    (F, ANY, "imposed", "What Brussels has proposed:", "• A price cap of $47.60 on Russian crude.", "• Ten more banks cut from SWIFT."),
    (F, ANY, "announced", "The White House announced these reciprocal rates:", "• Canada and Mexico: left out of this scheme.", "• Japan: 24%."),
    (F, STRONG, "announced", "The White House announced these reciprocal rates:", "• Cars: a 25% tariff, which came into force on Thursday.", ""),
    (F, ANY, "announced", "Trade ministers met in Geneva on Monday.\n\nRATES", "• India: 26%.", "• Japan: 24%."),
    (F, ANY, "announced", "", "• India: 26%.", "• Japan: 24%."),
    (F, ANY, "announced", "The White House announced these reciprocal rates:\n\n• Vietnam: 46%.\n\nMeasures still under discussion:", "• Japan: 24%.", ""),
    (F, ANY, "announced", "Officials denied that these duties had been announced:", "• Brazil: 50%.", ""),
    (F, ANY, "announced", "The White House announced these reciprocal rates:", "• Japan: 24%, but the rate could be delayed.", ""),
    (F, ANY, "imposed", "Sanctions the bloc is still weighing:", "- A ban on Russian LNG.", "- Twenty more tankers."),
    (F, ANY, "announced", "The White House announced these reciprocal rates:\n\n• Vietnam: 46%.", "Japan: 24%.", ""),
]
# (expect, planned_timing, text); the summit is scheduled, the text its evidence
TRIPS = [
    (P, "4 March", "The three-day trip begins on 4 March."),
    (P, "Monday", "Albanese's trip, which starts on Monday, is the first to Beijing by an Australian leader since 2016."),
    (P, "Tuesday, October 8", "The state visit begins on Tuesday, October 8."),
    (P, "Thursday", "Her two-day tour begins in Nairobi on Thursday."),
    (P, "2 November", "The week-long journey starts on 2 November in Tokyo."),
    (P, "8 May", "Lula's visit to Moscow begins on 8 May."),
    (P, "14 July", "The trip, which starts on 14 July, will take Macron to Canberra and Wellington."),
    (P, "Wednesday", "The chancellor's trip begins on Wednesday, with talks at the Great Hall of the People."),
    (P, "Thursday", "Erdogan's visit starts on Thursday."),
    (P, "June 21", "The four-day trip begins on June 21, and Modi is expected to stop in New York as well."),
    (F, "June 14", "The trip begins on June 21, a week after the G7 summit closed on June 14."),
    (F, "Monday", "The trip, announced on Monday, begins on June 21."),
    (F, "Friday", "The visit was confirmed on Friday and starts on 3 April."),
    (F, "2 June", "The trip, which the ministry announced on 2 June, begins on 21 June."),
    (F, "June 19", "The trip begins on June 21, after a vote in parliament on June 19."),
    (F, "Tuesday", "The trip was postponed on Tuesday and now begins on 9 May."),
    (F, "12 April", "Scholz's trip to Beijing begins on 14 April, two days after the new tariffs take effect on 12 April."),
    (F, "Friday", "The visit begins on Monday, officials said on Friday."),
    (F, "21 June", "The trip was first planned to begin on 21 June but now starts on 28 June."),
    (F, "Saturday", "The trip begins on Wednesday, days after the truce expired on Saturday."),
    (F, "June 1", "The trip was due to begin on June 1 but now starts on June 8."),
    (F, "10 May", "The state visit was scheduled to open on 10 May, but was postponed and now begins on 17 May."),
    (P, "Monday", "The visit is due to begin on Monday, but details of the programme are scarce."),
]
# fmt: on
built = SupportCases("s53", LEADS)
built.graded_rows(CASES)
built.listed_items(ITEM, ITEMS)
for expect, day, text in TRIPS:
    summit = {"parties": ["the prime minister"], "status": "scheduled", "planned_timing": day}
    built.add(
        TRIP, expect, f"planned_timing {day}: {text[:50]}", built.page(text),
        {"summits": [{**summit, "evidence": [text]}]}, "summits[0].planned_timing",
    )  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
