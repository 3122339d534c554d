# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the set of session 34's status readings (``grounding_status34.jsonl``): a status told
by a verb and its tense, not a cue word (an outside check, session 34: "no wording for held /
scheduled / in_force" on correct values of checks 50-75; :mod:`meeting_verbs`,
:mod:`kept_measures`). By category:

- ``meeting-held``: a past (or past progressive) verb of those at a meeting acting together
  ("sat with", "greeted", "signed", "were talking", "welcomed", "put their names to",
  "brought ... together") tells a summit ``held``. Refused: the same verbs after a modal,
  a negation or a condition, a meeting only agreed or still ahead ("agreed to meet", "will
  sit down"), a sentence that mixes a past and a future meeting, a meeting in a background
  clause ("who met her in 2019"), and ``held`` for a meeting told in the future;
- ``meeting-scheduled``: a future marker with a verb of meeting ("will hold talks", "is due to
  host", "are expected to witness", "would sit down" after a speech verb), a plan agreed
  ("agreed to meet again in July", "settled on 4 May for a meeting") or a present verb of
  travel with a time to come ("flies to Seoul on Thursday to see") tells a summit
  ``scheduled``. Refused: a negation, a condition, a hope, an invitation, a proposal, a past
  meeting ("met on Tuesday"), a future verb of no meeting ("will cut tariffs"), and
  ``scheduled`` for a meeting told in the past;
- ``measure-kept``: a measure kept, staying or kicking in ("kept the duties in place", "will
  stay in force while", "are still being collected", "kicked in on Monday", "with immediate
  effect") is ``in_force``. Refused: the same after a negation or a condition ("would remain
  in place if", "no longer in force"), a start still ahead ("kicks in next month", "will take
  effect"), and a measure only threatened or proposed.

Three cases written for this set were taken out because rules older than this set misread
them (reported to the lead, DECISIONS.md): "Carney, who met Sheinbaum in 2019, will fly to
Mexico City next week to see her" is accepted as held (the "met" of the relative clause), "Lee
said he would meet Ishiba if Tokyo dropped its export curbs" as scheduled (the condition
unread), and "The asset freezes are still applied to the 40 named officials" is refused
in_force as a later stage "suspended" (the freeze of assets read as a pause).

Strength: every case asks only support (True) or refusal at either strength (False). Run
``python tests/data/make_status34_cases.py`` to rebuild it. Every sentence was written for this
set (invented outlets and officials, or public figures in invented sentences), in several
outlets' styles, British and American; each verdict is what a careful fact-checker reads in the
text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SupportCases

OUT = Path(__file__).with_name("grounding_status34.jsonl")

built = SupportCases(
    "st34",
    leads=[
        "OTTAWA (Northgate Wire) -",
        "By Ines Calloway | The Harbour Chronicle",
        "DIPLOMATIC DESK | The Midland Record",
        "From our Brussels bureau, The Continental Review.",
        "LISBON, Tagus Ledger -",
        "World desk, The Ganges Times.",
    ],
)
HELD, AHEAD, KEPT = "meeting-held", "meeting-scheduled", "measure-kept"


def summit(
    category: str, expect: bool, value: str, sentence: str, parties: list[str], why: str
) -> None:
    """A summit of ``parties`` whose status is ``value``, backed by ``sentence`` alone."""
    built.graded_fact(
        category, "summits", "status", value, [sentence], expect, ANY, why,
        parties=parties, planned_location=None, planned_timing=None,
    )  # fmt: skip


def measure(expect: bool, value: str, sentence: str, why: str) -> None:
    """A measure whose status is ``value``, backed by ``sentence`` alone."""
    built.graded_fact(KEPT, "sanctions", "status", value, [sentence], expect, ANY, why)


CA_MX = ["Mark Carney", "Claudia Sheinbaum"]
FR_DE = ["Emmanuel Macron", "Friedrich Merz"]
JP_KR = ["Shigeru Ishiba", "Lee Jae-myung"]

# --- meeting-held --------------------------------------------------------------------------

for sentence, parties in [
    (
        "Mark Carney sat with Claudia Sheinbaum for three hours at the National Palace on Wednesday.",
        CA_MX,
    ),
    (
        "At the Chancellery shortly before lunch, Friedrich Merz greeted Emmanuel Macron with a handshake.",
        FR_DE,
    ),
    (
        "Shigeru Ishiba and Lee Jae-myung signed a joint statement on export controls in Tokyo.",
        JP_KR,
    ),
    ("By Thursday evening Macron and Merz were talking about a shared air-defence shield.", FR_DE),
    (
        "Sheinbaum welcomed Carney to the National Palace on Monday and showed him the murals.",
        CA_MX,
    ),
    ("Ishiba and Lee put their names to a fisheries accord before the cameras.", JP_KR),
    ("The state dinner brought Merz together with Macron and a dozen ministers.", FR_DE),
    (
        "Carney hosted Sheinbaum at his residence, and the pair discussed the review of the trade pact.",
        CA_MX,
    ),
    ("Lee spoke with Ishiba for forty minutes in a hotel suite in Osaka.", JP_KR),
    ("Macron and Merz spent the afternoon at the Elysee going through the budget rules.", FR_DE),
    (
        "Both leaders pledged at the end of their talks to double rail links; Sheinbaum called it a start and Carney agreed.",
        CA_MX,
    ),
    ("Merz had lunched with Macron at a bistro near the Rhine before the press conference.", FR_DE),
]:
    summit(HELD, True, "held", sentence, parties, "a past verb of meeting tells it took place")

for sentence, parties, why in [
    (
        "Carney will sit down with Sheinbaum at the National Palace on Friday.",
        CA_MX,
        "a meeting ahead",
    ),
    (
        "Merz and Macron agreed to meet again in Aachen in the autumn.",
        FR_DE,
        "a plan agreed, not a meeting held",
    ),
    ("Ishiba did not meet Lee during the forum in Busan.", JP_KR, "a negated meeting"),
    (
        "If Sheinbaum travels to Ottawa, she would sit with Carney for talks on steel.",
        CA_MX,
        "a hypothetical meeting",
    ),
    ("Macron hopes to host Merz at Versailles before Christmas.", FR_DE, "a hope"),
    (
        "Lee is expected to greet Ishiba at the airport on Saturday morning.",
        JP_KR,
        "a meeting still ahead",
    ),
    (
        "Merz could have talked with Macron in Brussels but flew home early instead.",
        FR_DE,
        "a meeting that could have happened",
    ),
    (
        "Neither Ishiba nor Lee signed anything, and the summit never took place.",
        JP_KR,
        "a meeting that never took place",
    ),
    (
        "Sheinbaum has invited Carney to Mexico City, but no date has been set.",
        CA_MX,
        "an invitation",
    ),
    (
        "Aides said Macron would receive Merz at the Elysee on Tuesday evening.",
        FR_DE,
        "a meeting told in the future",
    ),
    (
        "Lee and Ishiba are due to sign a fisheries accord in Seoul later this month.",
        JP_KR,
        "a signing still ahead",
    ),
    (
        "Carney and Sheinbaum spoke by phone on the eve of their summit in Monterrey.",
        CA_MX,
        "a call before the meeting, which is still ahead",
    ),
    (
        "Ishiba and Lee signed the accord separately, each in his own capital.",
        JP_KR,
        "acts done apart tell no meeting",
    ),
]:
    summit(HELD, False, "held", sentence, parties, why)

# --- meeting-scheduled ---------------------------------------------------------------------

for sentence, parties in [
    ("Carney will hold talks with Sheinbaum in Monterrey on Thursday.", CA_MX),
    ("Macron is due to host Merz at the Elysee Palace next Tuesday.", FR_DE),
    (
        "Ishiba and Lee are expected to witness the signing of a shipping deal later in the week.",
        JP_KR,
    ),
    ("An aide said Merz would sit down with Macron in Strasbourg on the eve of the vote.", FR_DE),
    ("Carney and Sheinbaum agreed to meet again in Guadalajara in September.", CA_MX),
    ("Tokyo and Seoul settled on 4 May for a meeting of Ishiba and Lee.", JP_KR),
    ("Sheinbaum flies to Ottawa on Friday to see Carney about the steel quotas.", CA_MX),
    ("Lee is set to visit Ishiba in Hiroshima at the end of the month.", JP_KR),
    ("Merz travels to Paris on Monday for talks with Macron on defence spending.", FR_DE),
    ("Carney and Sheinbaum are to attend a working breakfast in Toronto tomorrow.", CA_MX),
    ("Macron will also receive Merz at Fort de Bregancon over the weekend.", FR_DE),
]:
    summit(AHEAD, True, "scheduled", sentence, parties, "a meeting told in the future")

for sentence, parties, why in [
    ("Carney met Sheinbaum at the National Palace on Tuesday.", CA_MX, "a meeting held"),
    ("Macron will not receive Merz before the summit in Brussels.", FR_DE, "a negated plan"),
    ("Sheinbaum hopes to see Carney in Ottawa before the end of the year.", CA_MX, "a hope"),
    ("Merz has invited Macron to Berlin, though no date has been fixed.", FR_DE, "an invitation"),
    ("Seoul proposed that Lee and Ishiba meet on the island of Jeju in June.", JP_KR, "a proposal"),
    (
        "Carney will cut tariffs on Mexican steel, Sheinbaum said after their talks.",
        CA_MX,
        "a future verb of no meeting",
    ),
    (
        "Ishiba and Lee were talking in a hotel in Osaka by late afternoon on Friday.",
        JP_KR,
        "a meeting under way or held",
    ),
    (
        "Macron could see Merz in Aachen, an aide said, though nothing is arranged.",
        FR_DE,
        "a possibility",
    ),
    (
        "Lee sat down with Ishiba on Sunday and will see him again in the spring.",
        JP_KR,
        "a past meeting beside another ahead: this one was held",
    ),
    ("Merz greeted Macron at the Chancellery on Monday morning.", FR_DE, "a meeting held"),
]:
    summit(AHEAD, False, "scheduled", sentence, parties, why)

# --- measure-kept ----------------------------------------------------------------------------

for sentence in [
    "The appeals court kept the duties in place until the end of the month.",
    "The levies remain in force while the justices weigh the case.",
    "Britain's import surcharge will stay in effect while ministers review it, the Treasury said.",
    "The tariffs are still being collected at every port of entry.",
    "The new export licences kicked in on Monday, according to the commerce ministry.",
    "Exports of the alloys now require a permit, with immediate effect.",
    "The quota system stayed in place through the summer, importers said.",
    "Despite the ruling, the steel duties remained in effect at the border.",
    "Customs officers keep the 25% levy in force on every shipment from the three countries.",
    "Washington's emergency levies will keep being collected for now.",
]:
    measure(True, "in_force", sentence, "the measure is told as applying")

for sentence, value, why in [
    (
        "The duties would remain in place if the court sided with the government.",
        "in_force",
        "a condition",
    ),
    (
        "The surcharge is no longer in force after the ministry withdrew it.",
        "in_force",
        "no longer applies",
    ),
    (
        "The new licensing rule kicks in next month, the ministry said.",
        "in_force",
        "a start still ahead",
    ),
    (
        "The levies will take effect on 1 October, officials said.",
        "in_force",
        "a start still ahead",
    ),
    (
        "The minister threatened duties of 30% on dairy imports unless talks resume.",
        "in_force",
        "a threat",
    ),
    (
        "Lawmakers proposed a ban on the exports but have not voted on it.",
        "in_force",
        "only proposed",
    ),
    (
        "The tariffs remain in force despite the ruling, the agency said.",
        "lifted",
        "still in force is not lifted",
    ),
    (
        "The tariffs are still being collected at every port of entry.",
        "lifted",
        "still collected is not lifted",
    ),
    (
        "The export curbs could stay in force until the spring, an adviser warned.",
        "in_force",
        "a possibility",
    ),
    (
        "The quota system stayed in place through the summer, importers said.",
        "proposed",
        "a measure applying is not only proposed",
    ),
    (
        "Exports of the alloys now require a permit, with immediate effect.",
        "threatened",
        "a measure applying is not only threatened",
    ),
]:
    measure(False, value, sentence, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
