# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-30 set (``grounding_statuses30.jsonl``): a meeting someone came back
from or put to use was held (an outside check, session 30: check 67's "returned from a
regional summit in Bangkok" and "used the Bangkok gathering to press for ...";
:mod:`summarizer.verification.events.meeting_returns`). By category:

- ``back-from-meeting``: "returned from talks in Jeddah", "flew back from the summit", "came
  home from the conference", "Fresh from the G7 summit", "was just back from the negotiations"
  say the meeting was ``held``. Not a withdrawal ("pulled back from the talks", "stepped back
  from"), a return still to come or denied ("will return from", "has not returned from"), a
  trip from a place to a meeting ahead ("returned from Paris to prepare the summit"), a
  preparatory meeting, nor one of another meeting's plans;
- ``used-meeting``: "used the summit to press for", "used the gathering as a platform" say it
  was ``held``. Not a plan to use it ("will use", "hopes to use"), "is used to", or a used
  thing that is not a meeting ("used the visit's funds").

Strengths: SUPPORTED must pass; ANY must be refused at either strength. Run
``python tests/data/make_statuses30_cases.py`` to rebuild it. Every sentence below was written
for this set from public facts of 2023-2025 in several outlets' styles; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_statuses30.jsonl")
LEADS = [
    "BANGKOK (Lotus Wire) -",
    "The Fenland Gazette | World",
    "From our Brasilia correspondent.",
    "Live updates, translated from Thai.",
    "By Priya Raman | The Deccan Ledger",
    "Evening digest, The Great Lakes Post.",
]
P, F = True, False
BACK, USED, PRESS = "back-from-meeting", "used-meeting", "press-for-truce"
M = "summits"
# (category, expect, strength, kind, field, value, text); each sentence of text is evidence
# fmt: off
CASES = [
    # --- back-from-meeting: a return from a meeting says it was held -------------------------
    (BACK, P, SUPPORTED, M, "status", "held", "The cabinet reshuffle came two days after the prime minister returned from a regional summit in Kuala Lumpur."),
    (BACK, P, SUPPORTED, M, "status", "held", "Rubio flew back from talks in Riyadh on Tuesday night."),
    (BACK, P, SUPPORTED, M, "status", "held", "Fresh from the G7 summit in Kananaskis, Carney headed to Brussels."),
    (BACK, P, SUPPORTED, M, "status", "held", "The foreign minister, who was just back from the negotiations in Doha, gave no details."),
    (BACK, P, SUPPORTED, M, "status", "held", "Lula came home from the BRICS gathering with a pledge of new funds."),
    (BACK, P, SUPPORTED, M, "status", "held", "Returning from the Nato summit in The Hague, Starmer told reporters the alliance was united."),
    (BACK, P, SUPPORTED, M, "status", "held", "Back from the climate conference, the envoy faced questions in parliament."),
    (BACK, P, SUPPORTED, M, "status", "held", "On his return flight, hours after he returned from the meeting with Xi in Busan, Trump praised the deal."),
    (BACK, P, SUPPORTED, M, "status", "held", "Modi arrived back from the two-day retreat on Sunday."),
    (BACK, P, SUPPORTED, M, "status", "held", "The delegation travelled home from the Istanbul talks empty-handed, Ukrainian media reported."),
    (BACK, P, SUPPORTED, M, "status", "held", "Zelensky, newly back from a meeting with European leaders in London, spoke of progress."),
    (BACK, F, ANY, M, "status", "held", "The rebels pulled back from the talks in Doha after a week of disputes."),
    (BACK, F, ANY, M, "status", "held", "Washington stepped back from the planned summit, officials said."),
    (BACK, F, ANY, M, "status", "held", "The minister will return from the summit in Cairo on Friday."),
    (BACK, F, ANY, M, "status", "held", "The president returned from Paris to prepare the summit with Macron next month."),
    (BACK, F, ANY, M, "status", "held", "The envoys came back from a preparatory meeting for the summit, which is due in May."),
    (BACK, F, ANY, M, "status", "held", "The delegation has not returned from Geneva, where the talks are due to open on Monday."),
    (BACK, F, ANY, M, "status", "held", "She returned from Lagos and the summit is expected to take place in June."),
    (BACK, F, ANY, M, "status", "held", "The leaders are expected to fly back from the summit on Thursday."),
    (BACK, F, ANY, M, "status", "held", "The troops withdrew from the border town before the talks, which were then called off."),
    (BACK, F, ANY, M, "status", "held", "Albanese returned from Jakarta on Monday, and no date has been set for the summit."),
    (BACK, F, ANY, M, "status", "held", "Kim's envoy came from Pyongyang to discuss a meeting that is not yet scheduled."),
    # --- used-meeting: a meeting put to use was held ----------------------------------------
    (USED, P, SUPPORTED, M, "status", "held", "Modi used the Bangkok gathering to press for the truce to be made permanent."),
    (USED, P, SUPPORTED, M, "status", "held", "Ramaphosa used the summit as a platform to call for debt relief."),
    (USED, P, SUPPORTED, M, "status", "held", "The Polish leader used the meeting in Warsaw to ask for more air defences."),
    (USED, P, SUPPORTED, M, "status", "held", "Beijing used Thursday's talks to warn against new export curbs, a diplomat said."),
    (USED, P, SUPPORTED, M, "status", "held", "Erdogan used the Nato session to raise Sweden's bid again."),
    (USED, P, SUPPORTED, M, "status", "held", "Both sides used the roundtable to air old grievances."),
    (USED, P, SUPPORTED, M, "status", "held", "Macron used the conference in Nice as a stage for his ocean pledge."),
    (USED, P, SUPPORTED, M, "status", "held", "The Gulf states used the Cairo summit to present a reconstruction plan for Gaza."),
    (USED, P, SUPPORTED, M, "status", "held", "Kenya's president used the two-day retreat to lobby for a seat on the council."),
    (USED, P, SUPPORTED, M, "status", "held", "Tokyo used the trilateral meeting to press Seoul on a fisheries row, officials said on Friday."),
    (USED, F, ANY, M, "status", "held", "Modi will use the Bangkok gathering to press for a lasting truce."),
    (USED, F, ANY, M, "status", "held", "Ramaphosa hopes to use the summit as a platform for debt relief."),
    (USED, F, ANY, M, "status", "held", "The hall is used to host the talks when they take place."),
    (USED, F, ANY, M, "status", "held", "Diplomats said the venue had been used for talks in the past, but no meeting is planned."),
    (USED, F, ANY, M, "status", "held", "The funds were used to book hotels ahead of the summit."),
    (USED, F, ANY, M, "status", "held", "The minister used the interview to call for a summit with Beijing."),
    (USED, F, ANY, M, "status", "held", "The army used the lull to regroup before the talks, which were later postponed."),
    (USED, F, ANY, M, "status", "held", "Officials used the weekend to prepare for the summit, which opens next week."),
    (USED, F, ANY, M, "status", "held", "Critics say the president plans to use the meeting to press for tariff cuts."),
    (USED, F, ANY, M, "status", "held", "Erdogan is expected to use the Nato session to raise Sweden's bid."),
]
# fmt: on
built = SupportCases("s30", LEADS)
built.graded_rows(CASES)
# --- press-for-truce: a party that presses for a truce supports it ----------------------------
# (party, sentence, expect)
# fmt: off
PRESSES = [
    ("Narendra Modi", "Modi used his visit to press for the temporary truce to be made permanent.", P),
    ("Qatar", "Qatar continues to press for a lasting ceasefire in Gaza, its foreign ministry said.", P),
    ("the African Union", "The African Union is pressing for a humanitarian truce in El Fasher before the rains.", P),
    ("Turkey", "Turkey presses for a ceasefire in the Black Sea as talks resume in Istanbul.", P),
    ("France", "France will press for an immediate truce at the Security Council on Monday.", P),
    ("Pope Leo", "Pope Leo again pressed for a ceasefire in his Sunday address.", P),
    ("Malaysia", "As ASEAN chair, Malaysia sought to press for a Myanmar ceasefire extended to all sides.", P),
    ("Norway", "Norway, a long-time mediator, has been pressing for a truce between the army and the rebels.", P),
    ("the United Nations", "The United Nations pressed for a 72-hour pause in the fighting to evacuate the wounded.", P),
    ("Brazil", "Brazil's envoy said his country would press for a ceasefire deal at the G20.", P),
    ("Germany", "In Berlin, Germany pressed for a truce in Sudan to reach aid convoys.", P),
    ("Thailand", "Thailand did not press for a truce, though Modi had asked it to.", F),
    ("Israel", "Egypt pressed Israel for a truce, but Israel did not answer.", F),
    ("India", "India did not press for a ceasefire at the meeting, officials said.", F),
    ("Russia", "Russia is pressing for an end to the truce after a week of strikes.", F),
    ("Hungary", "Hungary is pressing for the release of its citizens held during the truce.", F),
    ("the junta", "China pressed the junta to extend its truce, but the generals refused.", F),
    ("Ukraine", "Ukraine rejected the ceasefire that Washington pressed for.", F),
    ("Hamas", "Mediators pressed for a ceasefire, while Hamas rejected the terms.", F),
    ("Armenia", "Armenia refused to press for a ceasefire, saying it would not negotiate under fire.", F),
    ("the rebels", "The government pressed for a truce; the rebels rejected it outright.", F),
    ("Serbia", "Serbia continues to press for details of the truce before it decides.", F),
]
# fmt: on
for party, sentence, expect in PRESSES:
    built.stance(PRESS, party, "supports", sentence, expect)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
