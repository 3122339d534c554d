# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the review-rvt30 set (``grounding_rvt30.jsonl``): statuses30's readings (a meeting
come back from or put to use is ``held``, :mod:`summarizer.verification.events.meeting_returns`;
a party that presses for a truce ``supports`` it, ``status_synonyms.pressed_for``) broken both
ways. By category:

- ``rv-return-held``: other wordings of a return ("on his return from", "came straight back
  from", "left the summit", "after flying home from", "flew in from") say the
  meeting was ``held``; not a return from a place whose meeting did not happen ("came home from
  Doha early when the talks were scrapped"), one planned or called off, nor a summit only
  brought back ("with a summit invitation", "with no summit date");
- ``rv-use-held``: "made use of", "took advantage of", "used his talks with Putin in Sochi to",
  a meeting used as a backdrop say it was ``held``; not "used the prospect of talks", "the eve
  of the summit", "the rumour of a summit", a planned or postponed meeting used;
- ``rv-press-supports``: "lobbied for", "pressed hard for", "pressed its case for" say the
  party ``supports`` the truce; not a press for it to be scrapped, delayed, suspended or put
  off, for guarantees before it or a response on it, nor a party that was pressed.

Strengths: SUPPORTED must pass; ANY must be refused at either strength. Run
``python tests/data/make_rvt30_cases.py`` to rebuild it. Every sentence below was written for
this set in several outlets' styles; each verdict is what a careful fact-checker reads in the
text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_rvt30.jsonl")
LEADS = [
    "ANKARA (Meridian News) -",
    "The Harbour Courier | Diplomacy",
    "From our Nairobi bureau.",
    "Live blog, updated every hour.",
    "By Tomas Lindqvist | Nordic Review",
    "Morning briefing, The Prairie Times.",
]
P, F = True, False
RET, USE, PRESS = "rv-return-held", "rv-use-held", "rv-press-supports"
M = "summits"
# (category, expect, strength, kind, field, value, text); each sentence of text is evidence
# fmt: off
CASES = [
    # --- rv-return-held: other wordings of coming back from a meeting -------------------------
    (RET, P, SUPPORTED, M, "status", "held", "On his return from the Alaska summit, Trump told reporters the talks had been productive."),
    (RET, P, SUPPORTED, M, "status", "held", "Shortly after she left the summit in Brussels, von der Leyen posted a statement on the deal."),
    (RET, P, SUPPORTED, M, "status", "held", "After flying home from the Nato meeting in Vilnius, the Dutch premier briefed his cabinet."),
    (RET, P, SUPPORTED, M, "status", "held", "Following her return from the EU-China summit, the commissioner warned of overcapacity."),
    (RET, P, SUPPORTED, M, "status", "held", "Lammy, who has just come back from the Washington talks, said progress was real."),
    (RET, P, SUPPORTED, M, "status", "held", "Having flown back from the Jeddah talks, Yermak gave a short statement at the airport."),
    (RET, P, SUPPORTED, M, "status", "held", "The delegates drove back from the Lancaster House talks in near silence."),
    (RET, P, SUPPORTED, M, "status", "held", "Straight from the summit in Anchorage, Putin flew on to Magadan."),
    (RET, P, SUPPORTED, M, "status", "held", "The defence minister flew in from the Ramstein meeting late on Friday."),
    (RET, P, SUPPORTED, M, "status", "held", "Kishida came straight back from the G7 summit to deal with the crisis."),
    (RET, P, SUPPORTED, M, "status", "held", "Returning home from the Sharm el-Sheikh summit, Starmer said the hard work was only beginning."),
    (RET, F, ANY, M, "status", "held", "The delegation came home from Doha early when the talks were scrapped."),
    (RET, F, ANY, M, "status", "held", "Rutte came back from the Pentagon with a summit invitation for the allies."),
    (RET, F, ANY, M, "status", "held", "The foreign minister returned from Beijing with no summit date agreed."),
    (RET, F, ANY, M, "status", "held", "Witkoff returned from Moscow without the summit he had been sent to arrange."),
    (RET, F, ANY, M, "status", "held", "The team flew home from Vienna after the nuclear talks collapsed before they had begun."),
    (RET, F, ANY, M, "status", "held", "Rubio returned from an Asian tour whose summit stop had been scrapped."),
    (RET, F, ANY, M, "status", "held", "The chancellor would have flown back from the summit in Seville on Sunday had it not been called off."),
    (RET, F, ANY, M, "status", "held", "Aides had planned for Lee to return from the summit on Sunday, but it was cancelled on Friday."),
    (RET, F, ANY, M, "status", "held", "Back from a summit that never took place, the envoy blamed Moscow for the collapse."),
    (RET, F, ANY, M, "status", "held", "Erdogan cancelled his planned return from the summit, which was postponed at the last minute."),
    # --- rv-use-held: other wordings of a meeting put to use, and uses of no meeting -----------
    (USE, P, SUPPORTED, M, "status", "held", "Meloni made use of the Rome conference to announce new aid for Kyiv."),
    (USE, P, SUPPORTED, M, "status", "held", "The Chinese premier took advantage of the ASEAN meeting to court the region's leaders."),
    (USE, P, SUPPORTED, M, "status", "held", "Erdogan used his talks with Putin in Sochi to seek a new grain deal."),
    (USE, P, SUPPORTED, M, "status", "held", "Canada's prime minister used Sunday's meeting with Zelensky to pledge more drones."),
    (USE, P, SUPPORTED, M, "status", "held", "Using the summit as a backdrop, Lula unveiled a fund for tropical forests."),
    (USE, P, SUPPORTED, M, "status", "held", "The talks were used by Tehran to demand the lifting of sanctions."),
    (USE, P, SUPPORTED, M, "status", "held", "Albania's premier took advantage of the Tirana summit to show off the city's new waterfront."),
    (USE, P, SUPPORTED, M, "status", "held", "Macron used his meeting with Modi in Delhi to promote the Rafale jet."),
    (USE, P, SUPPORTED, M, "status", "held", "Both delegations made use of the Cairo talks to trade lists of prisoners."),
    (USE, P, SUPPORTED, M, "status", "held", "The Nordic leaders used their meeting in Oslo as a show of unity."),
    (USE, F, ANY, M, "status", "held", "Kyiv used the rumour of a summit to rally its allies, though no summit was ever held."),
    (USE, F, ANY, M, "status", "held", "Moscow used the prospect of talks to stall for time, and no talks ever took place."),
    (USE, F, ANY, M, "status", "held", "Diplomats used the eve of the summit to lobby for a statement, hours before Moscow called it off."),
    (USE, F, ANY, M, "status", "held", "Aides used the planned summit as leverage, but it never happened."),
    (USE, F, ANY, M, "status", "held", "Tehran used the idea of direct talks to split the Europeans."),
    (USE, F, ANY, M, "status", "held", "Both camps used the postponed meeting as a talking point."),
    (USE, F, ANY, M, "status", "held", "Beijing used the cancelled summit as a pretext for new drills near Taiwan."),
    (USE, F, ANY, M, "status", "held", "The president would have used the summit to press for a truce, aides said, had it gone ahead."),
    (USE, F, ANY, M, "status", "held", "Officials used the run-up to the summit to lobby for a joint text, but the summit was later scrapped."),
    (USE, F, ANY, M, "status", "held", "Kyiv used the threat of talks without it as a rallying cry; no such talks were held."),
]
# fmt: on
built = SupportCases("rvt30", LEADS)
built.graded_rows(CASES)


# --- rv-press-supports: other wordings of pressing for a truce, and presses that are not ------
# (party, sentence, expect)
# fmt: off
PRESSES = [
    ("Ireland", "Ireland pushed for a ceasefire at the EU summit in Brussels.", P),
    ("Egypt", "Egypt has long lobbied for a truce in Gaza, its foreign minister said.", P),
    ("Norway", "Norway has pressed hard for a truce in Sudan since the spring.", P),
    ("Kenya", "Kenya pressed its case for a ceasefire in Sudan at the African Union.", P),
    ("Indonesia", "Indonesia was among the states pressing for a ceasefire at the assembly.", P),
    ("Oman", "Oman kept up its push for a truce between the two sides.", P),
    ("Spain", "Spain, which pressed for a ceasefire for months, welcomed the deal.", P),
    ("Qatar", "Qatar pressed for and won a 48-hour truce to let the convoys through.", P),
    ("Pope Leo", "Pope Leo renewed his push for a ceasefire in Ukraine on Sunday.", P),
    ("Brazil", "Brazil's foreign minister pressed for a truce in a call with his Israeli counterpart.", P),
    ("Russia", "Russia pressed for the truce to be scrapped after a week of drone strikes.", F),
    ("Israel", "Israel is pressing for the ceasefire to be delayed until the hostages are home.", F),
    ("Russia", "Journalists pressed for details of the truce, but Moscow gave none.", F),
    ("Ukraine", "Ukraine was pressed for a truce by Washington but refused to sign.", F),
    ("Hungary", "The EU pressed for a ceasefire, Hungary for sanctions relief.", F),
    ("Iran", "Hardliners in Tehran pressed for the truce to end, but the government kept it.", F),
    ("Israel", "Netanyahu pressed for the ceasefire to be suspended, saying Hamas had broken it.", F),
    ("Russia", "Pressed for a response on the truce, the Kremlin spokesman declined to comment.", F),
    ("Ukraine", "Ukraine pressed for security guarantees before any truce could be discussed.", F),
    ("Hamas", "Hamas pressed for the truce to be put off for a week.", F),
]
# fmt: on
for party, sentence, expect in PRESSES:
    built.stance(PRESS, party, "supports", sentence, expect)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
