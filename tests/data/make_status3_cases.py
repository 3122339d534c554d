# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the third status set (``grounding_status3.jsonl``): a meeting's and a truce's
status worded without the usual verb, for causes an independent check (check 26) found on
real articles, by category:

- ``held-noun``: a meeting held, worded by what came of it or what filled it, with the
  meeting as a noun ("a deal was reached at a meeting of the ministers", "the crisis
  dominated this week's summit", "the accord agreed at the talks") (pass); the same meeting
  still to come, hoped for, only proposed, called off, or a call by phone (fail);
- ``truce-agreed``: a truce agreed or in effect worded by its carrying out ("the two sides
  will implement a ceasefire on Saturday" is agreed, "the truce is being monitored by
  observers" is in effect) (pass); an agreement only to keep talking about a truce ("agreed to
  keep negotiating a ceasefire"), a truce only urged or discussed, or monitoring only planned
  (fail);
- ``meeting-place``: a meeting's place named after a list of its members ("a meeting of the
  ministers of Georgia, Armenia and Azerbaijan in Tbilisi"; the list's commas part no
  clauses) or after "the gathering" (pass); a place after a comma that parts two clauses
  (after a day, "officials in Moscow said", "a reporter in Geneva said") or beyond a
  semicolon (fail).

Run ``python tests/data/make_status3_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_status3.jsonl")

# Outlets' openings, so the evidence sentence sits in different styles of copy.
LEADS = [
    "TBILISI, March 3 (Caspian Wire) - Officials gave few other details.",
    "Latest updates | Regional desk, by our correspondents",
    "OPINION | What the week meant, by Ilse Varga",
    "NAIROBI, June 12 (Rift Valley Press) -- Translated from Swahili.",
    "The Lakeshore Courier | World",
]
built = SupportCases("st3", LEADS, closing="More details were expected later.")
truce = partial(built.status, "ceasefires", "truce-agreed")


def stance(party: str, sentence: str, expect: bool) -> None:
    """A truce ``party`` agreed to, backed by ``sentence``."""
    built.stance("truce-agreed", party, "agreed", sentence, expect)


def summit(value: str, parties: list[str], sentence: str, expect: bool) -> None:
    built.meeting_status(
        "held-noun", expect, value, [sentence], f"{value}: {sentence[:60]}", parties
    )


def place(parties: list[str], where: str, sentence: str, expect: bool) -> None:
    assert where in sentence, where
    why = f"{where}: {sentence[:60]}"
    built.meeting_place("meeting-place", expect, where, [sentence], why, parties)


def build_cases() -> list[dict[str, Any]]:
    ministers = ["Georgia", "Armenia"]
    leaders = ["ASEAN"]
    for value, parties, sentence in [
        ("held", ministers, "A prisoner swap was reached by a meeting of the foreign ministers of Georgia and Armenia in Tbilisi on May 2."),
        ("held", ministers, "The deal was reached at a two-day meeting of the foreign ministers of Georgia and Armenia."),
        ("held", ministers, "An accord on border crossings, reached at talks between Georgia and Armenia in Yerevan, opens two roads."),
        ("held", ministers, "The roadmap agreed at Friday's meeting of Georgia and Armenia sets out three steps."),
        ("held", leaders, "The refugee crisis dominated this week's virtual summit of ASEAN leaders."),
        ("held", leaders, "Trade disputes overshadowed Tuesday's ASEAN summit in Jakarta, diplomats said."),
        ("held", leaders, "Climate finance dominated the ASEAN summit, which delegates described as tense."),
        ("held", leaders, "A joint statement issued at the end of the ASEAN summit called for calm."),
        ("held", ministers, "According to a statement adopted at the meeting of Georgia and Armenia, both sides will reopen consulates."),
        ("held", ministers, "The ceasefire was agreed during a meeting of the Georgian and Armenian foreign ministers in Baku."),
        ("held", leaders, "Myanmar's crisis was high on the agenda at Tuesday's ASEAN summit in Manila."),
        ("held", ministers, "The two-day talks between Georgia and Armenia produced no breakthrough on water rights."),
    ]:  # fmt: skip
        summit(value, parties, sentence, True)
    for value, parties, sentence in [
        ("held", ministers, "A deal could be reached at a meeting of the foreign ministers of Georgia and Armenia next week."),
        ("held", ministers, "Officials hope an accord will be reached at talks between Georgia and Armenia in Yerevan."),
        ("held", leaders, "The refugee crisis is expected to dominate next week's virtual summit of ASEAN leaders."),
        ("held", leaders, "Trade disputes threaten to overshadow the ASEAN summit planned for November."),
        ("held", ministers, "Georgia proposed a meeting of the foreign ministers of Georgia and Armenia to reach a deal."),
        ("held", ministers, "The meeting of Georgia and Armenia at which a deal was to be reached has been called off."),
        ("held", ministers, "A roadmap is due to be agreed at a meeting of Georgia and Armenia in the spring."),
        ("held", leaders, "A joint statement will be issued at the end of the ASEAN summit, officials said."),
        ("held", ministers, "The foreign ministers of Georgia and Armenia spoke by phone on Friday."),
        ("held", leaders, "Myanmar's crisis is likely to top the agenda at the ASEAN summit later this month."),
        ("held", ministers, "The deal was reached without any meeting, through letters between Georgia and Armenia."),
        ("held", leaders, "The ASEAN summit, postponed twice, may never take place."),
    ]:  # fmt: skip
        summit(value, parties, sentence, False)

    for value, sentence in [
        ("in_effect", "The truce is being monitored by a team of unarmed observers."),
        ("in_effect", "The ceasefire currently is being supervised by a regional monitoring mission."),
        ("in_effect", "Observers from five countries are monitoring the truce along the river."),
        ("in_effect", "A joint commission is overseeing the ceasefire from a base in the capital."),
        ("in_effect", "The truce, now monitored by peacekeepers, has cut shelling sharply."),
    ]:  # fmt: skip
        truce(value, sentence, True)
    for party, sentence in [
        ("Georgia", "Georgia and Armenia will implement a cease fire on Saturday at noon."),
        ("Armenia", "Georgia and Armenia will implement a ceasefire from midnight, the statement said."),
        ("Sudan", "Sudan said it would implement the truce from Monday."),
        ("Chad", "Under the text, Chad and Niger will observe a ceasefire starting at dawn on Friday."),
        ("Niger", "Chad and Niger will observe a ceasefire starting at dawn on Friday, the accord says."),
    ]:  # fmt: skip
        stance(party, sentence, True)
    for value, sentence in [
        ("agreed", "Georgia and Armenia have agreed to keep up negotiations over a cease-fire agreement."),
        ("agreed", "Both leaders agreed to continue talks on a ceasefire next month."),
        ("agreed", "The envoys agreed to keep negotiating a truce, but no deal was reached."),
        ("agreed", "The two sides agreed to meet again to discuss a ceasefire."),
        ("in_effect", "A monitoring team will supervise the truce once it is signed."),
        ("in_effect", "The truce would be monitored by observers if both sides sign it."),
        ("in_effect", "Mediators proposed that observers monitor a future ceasefire."),
    ]:  # fmt: skip
        truce(value, sentence, False)
    for party, sentence in [
        ("Georgia", "Georgia urged Armenia to implement a ceasefire on Saturday."),
        ("Armenia", "Georgia urged Armenia to implement a ceasefire on Saturday."),
        ("Sudan", "Sudan refused to implement the truce, saying the text was unfair."),
        ("Chad", "Chad and Niger discussed how they might implement a ceasefire."),
        ("Niger", "Niger has not said whether it will implement the ceasefire."),
    ]:  # fmt: skip
        stance(party, sentence, False)

    caucasus = ["Georgia", "Armenia"]
    sahel = ["Chad", "Niger"]
    for parties, where, sentence in [
        (caucasus, "Tbilisi", "A prisoner swap was agreed at a meeting of the foreign ministers of Georgia, Armenia and Azerbaijan in Tbilisi."),
        (caucasus, "Baku", "The leaders of Georgia, Armenia and Azerbaijan met in Baku on Tuesday."),
        (caucasus, "Ankara", "Talks between the delegations of Georgia, Armenia, Iran and Turkey in Ankara ended on Friday."),
        (sahel, "Niamey", "A summit of the presidents of Chad, Niger, Mali and Sudan in Niamey approved the plan."),
        (caucasus, "Geneva", "The gathering in the lakeside city of Geneva brought together Georgia and Armenia."),
        (caucasus, "Yerevan", "Georgia and Armenia ended their gathering in Yerevan on Sunday."),
        (sahel, "Niamey", "Envoys of Chad, Niger and Mali held a meeting in Niamey this week."),
        (sahel, "Abeche", "The roadmap came out of a meeting of the ministers of Chad, Niger, Mali, Sudan and Libya in Abeche."),
        (caucasus, "Batumi", "Georgia and Armenia's annual gathering in Batumi drew hundreds of delegates."),
        (caucasus, "Sochi", "A deal was reached during a meeting of the envoys of Georgia, Armenia and Russia in Sochi on May 9."),
    ]:  # fmt: skip
        place(parties, where, sentence, True)
    for parties, where, sentence in [
        (caucasus, "Moscow", "A deal was reached at a meeting of the foreign ministers of Georgia, Armenia and Azerbaijan, officials in Moscow said."),
        (caucasus, "Yerevan", "Georgia and Armenia held talks on Monday, Russia's embassy in Yerevan said."),
        (caucasus, "Tehran", "Georgia and Armenia met on Friday, Iran, Turkey and Russia said in a joint statement from Tehran."),
        (sahel, "Khartoum", "Delegates of Chad, Niger and Mali gathered, while Sudan's envoy stayed in Khartoum."),
        (caucasus, "Tbilisi", "A meeting of the ministers of Georgia, Armenia and Azerbaijan is planned, Georgian media in Tbilisi reported."),
        (sahel, "Cairo", "Chad, Niger and Mali met on Monday, Sudan, Libya and Egypt on Tuesday in Cairo."),
        (caucasus, "Moscow", "Georgia, Armenia and Azerbaijan signed the pact; the ceremony was broadcast in Moscow."),
        (caucasus, "Geneva", "The gathering of Georgia, Armenia and Iran was tense, a reporter in Geneva said."),
        (sahel, "Cairo", "Ministers of Chad, Niger and Mali met on Sunday, Libya, Egypt and Sudan said from Cairo."),
        (caucasus, "Tehran", "Georgia and Armenia agreed to meet again, Iran, Turkey and Russia reported from Tehran."),
        (caucasus, "Moscow", "The ministers of Georgia, Armenia and Azerbaijan gathered in March, and Russian diplomats in Moscow praised the deal."),
    ]:  # fmt: skip
        place(parties, where, sentence, False)
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
