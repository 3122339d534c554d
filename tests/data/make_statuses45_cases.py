# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-45 set (``grounding_statuses45.jsonl``): a status worded by its act, not
by a status word (an outside check, session 21: check 45's cause 1; :mod:`status_acts`). By
category:

- ``held-act``: a meeting held as its participants' act ("ministers meeting in Vilnius on
  Thursday approved", "opened on Monday", "got under way", "signed in Luanda by"), not a
  meeting that will act, was due to open, opened "the way", or a text to be signed;
- ``doubt-act``: a side reconsidering, rethinking, having second thoughts or weighing whether
  to go puts the meeting in doubt; negated or denied, it does not;
- ``measure-act``: a measure announced by a decision to act ("agreed to ban", "voted to
  freeze") or "said it would put travel bans on", imposed by "began in March with a 15
  percent duty"; not "failed to agree to", "may decide to", "agreed to consider", "would put
  the question of ... to", "will begin with".

Run ``python tests/data/make_statuses45_cases.py`` to rebuild it. Every sentence below was
written for this set (public figures and bodies in invented sentences); each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_statuses45.jsonl")
LEADS = [
    "VILNIUS (Baltic Desk) -",
    "The Harbour Courier | World",
    "Live updates: the week in diplomacy",
    "By our Africa correspondent.",
    "Agency dispatch, translated from Spanish.",
]
CATEGORY = {"held": "held-act", "in_doubt": "doubt-act", "announced": "measure-act",
            "imposed": "measure-act"}  # fmt: skip
OK, NO = True, False
CASES = [
    (
        OK,
        "summits",
        "held",
        "NATO defence ministers meeting in Vilnius on Thursday approved a new rotation plan for the Baltic air patrols.",
    ),
    (
        OK,
        "summits",
        "held",
        "Mercosur presidents gathered in Asuncion yesterday signed a joint letter to the European Commission.",
    ),
    (
        OK,
        "summits",
        "held",
        "African Union heads of state meeting in Addis Ababa this weekend endorsed the mediation team.",
    ),
    (
        OK,
        "summits",
        "held",
        "Gulf foreign ministers convening in Muscat decided on Sunday to send an envoy to Sanaa.",
    ),
    (
        OK,
        "summits",
        "held",
        "Nordic prime ministers meeting at a lakeside hotel outside Turku pledged fresh funds for Kyiv.",
    ),
    (
        NO,
        "summits",
        "held",
        "NATO defence ministers meeting in Vilnius next Thursday will approve a new rotation plan for the Baltic air patrols.",
    ),
    (
        NO,
        "summits",
        "held",
        "Mercosur presidents meeting in Asuncion are expected to sign a joint letter to the European Commission.",
    ),
    (
        NO,
        "summits",
        "held",
        "African Union heads of state meeting in Addis Ababa this weekend could endorse the mediation team.",
    ),
    (
        NO,
        "summits",
        "held",
        "Gulf foreign ministers, who plan a meeting in Muscat, decided on Sunday to send an envoy to Sanaa.",
    ),
    (
        NO,
        "summits",
        "held",
        "The ministers' meeting in Muscat, which the envoy proposed on Sunday, has no date yet.",
    ),
    (
        OK,
        "summits",
        "held",
        "The Pacific Islands Forum opened on Monday in Nuku'alofa with a prayer and a kava ceremony.",
    ),
    (
        OK,
        "summits",
        "held",
        "The two-day summit between Kenya and Tanzania began in Arusha on Wednesday.",
    ),
    (
        OK,
        "summits",
        "held",
        "Talks between the Serbian and Kosovar negotiators got under way in Ohrid shortly after noon.",
    ),
    (
        OK,
        "summits",
        "held",
        "Chancellor Scholz opened the summit in Berlin on Friday morning with a minute of silence.",
    ),
    (
        OK,
        "summits",
        "held",
        "The Ibero-American summit kicked off in Cuenca on Saturday despite the boycott.",
    ),
    (
        NO,
        "summits",
        "held",
        "The Pacific Islands Forum will open on Monday in Nuku'alofa with a prayer and a kava ceremony.",
    ),
    (
        NO,
        "summits",
        "held",
        "The two-day summit between Kenya and Tanzania was due to begin in Arusha on Wednesday.",
    ),
    (
        NO,
        "summits",
        "held",
        "Talks between the Serbian and Kosovar negotiators were to have got under way in Ohrid on Monday.",
    ),
    (
        NO,
        "summits",
        "held",
        "The ceasefire opened the way for a summit in Berlin, officials said on Friday.",
    ),
    (
        NO,
        "summits",
        "held",
        "The foreign ministry began preparations for the summit in Cuenca on Saturday.",
    ),
    (
        OK,
        "summits",
        "held",
        "The accord was signed in Luanda by Felix Tshisekedi and Paul Kagame in front of the Angolan president.",
    ),
    (OK, "summits", "held", "Aliyev and Pashinyan signed the declaration in Washington on Friday."),
    (
        OK,
        "summits",
        "held",
        "The two foreign ministers initialled the text in Geneva late on Tuesday.",
    ),
    (
        NO,
        "summits",
        "held",
        "The accord is to be signed in Luanda by Felix Tshisekedi and Paul Kagame next month.",
    ),
    (
        NO,
        "summits",
        "held",
        "Aliyev and Pashinyan will sign the declaration in Washington on Friday.",
    ),
    (
        NO,
        "summits",
        "held",
        "The two foreign ministers hope to initial the text in Geneva next week.",
    ),
    (NO, "summits", "held", "The accord was signed in March, officials said."),
    (
        OK,
        "summits",
        "in_doubt",
        "Hanoi had invited the Thai premier for talks next month, but Bangkok is now said to be reconsidering.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "After the shelling, Chile was rethinking whether to send its president to the Lima summit.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "Ankara is having second thoughts about the leaders' meeting planned for Izmir in June.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "The Dutch delegation was weighing whether to attend the Brussels talks at all.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "Several capitals are reconsidering their attendance at the Doha summit, diplomats said.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "Hanoi had invited the Thai premier for talks next month, and Bangkok is not reconsidering, an aide said.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "Chile said on Monday it was no longer rethinking its attendance and would send its president to the Lima summit.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "Ankara denied having second thoughts about the leaders' meeting planned for Izmir in June.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "Finance ministers of the bloc agreed to ban imports of Iranian drones from next month.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "The Canadian cabinet decided on Monday to impose a 20 percent surtax on Chinese steel.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "Parliament voted to freeze the assets of 14 officials linked to the junta.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "The European Council resolved to extend the visa bans on Belarusian judges by a year.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "The Home Office said it would put travel bans on nine officials of the regime.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "Pretoria said it would place a levy of 10 percent on imported chicken from April.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "Finance ministers of the bloc failed to agree to ban imports of Iranian drones.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "The Canadian cabinet is expected to decide on Monday whether to impose a 20 percent surtax on Chinese steel.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "Parliament agreed to consider a freeze on the assets of 14 officials linked to the junta.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "The European Council may decide to extend the visa bans on Belarusian judges by a year.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "The Home Office said it would put the question of travel bans to ministers next week.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "Pretoria said it would not place a levy on imported chicken this year.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "Analysts said the ruling would put pressure on Pretoria to place a levy on imported chicken.",
    ),
    (
        OK,
        "sanctions",
        "imposed",
        "The row began in March with a 15 percent duty on Australian barley.",
    ),
    (
        OK,
        "sanctions",
        "imposed",
        "Washington's campaign against the chipmaker started last year with export curbs on its suppliers.",
    ),
    (
        OK,
        "sanctions",
        "imposed",
        "The trade war opened in 2018 with tariffs on washing machines and solar panels.",
    ),
    (
        NO,
        "sanctions",
        "imposed",
        "The row will begin in March with a 15 percent duty on Australian barley, officials warned.",
    ),
    (
        NO,
        "sanctions",
        "imposed",
        "Washington's campaign could start next year with export curbs on its suppliers.",
    ),
    (NO, "sanctions", "imposed", "The trade war began in 2018 with threats and ended in talks."),
    # the session 21 review: a start with a measure never imposed, a hedged levy, a signing of
    # an earlier occasion in a sentence about one to come, a summit that opened and was halted
    (
        NO,
        "sanctions",
        "imposed",
        "The standoff began in May with a threatened levy on Chilean copper that Santiago never faced.",
    ),
    (
        NO,
        "sanctions",
        "imposed",
        "The quarrel started with a proposed 20 percent duty on Thai rice, which was shelved within a week.",
    ),
    (
        NO,
        "sanctions",
        "imposed",
        "Their feud began with a tariff threat in April that Ottawa never carried out.",
    ),
    (
        NO,
        "sanctions",
        "imposed",
        "The spat started in June with a levy on Danish pork that Copenhagen saw withdrawn within days.",
    ),
    (
        OK,
        "sanctions",
        "imposed",
        "The spat started in June with a 30 percent levy on Danish pork, which remains in force.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "The cabinet said it would put duties on Turkish steel only as a last resort.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "Ministers said they would slap tariffs on Brazilian beef if the talks fail.",
    ),
    (
        NO,
        "sanctions",
        "announced",
        "Tokyo said it would levy a surcharge on the imports unless Seoul backed down.",
    ),
    (
        NO,
        "summits",
        "held",
        "The premiers will meet in Oslo on Friday to build on the pact signed in Helsinki in 2019.",
    ),
    (
        NO,
        "summits",
        "held",
        "The treaty, initialled in Tallinn in May, is to be signed in Riga next week.",
    ),
    (
        NO,
        "summits",
        "held",
        "The summit, which opened in Kigali on Monday, was suspended after its first session.",
    ),
    (
        OK,
        "summits",
        "held",
        "The two premiers signed the pact in Helsinki on Tuesday and will meet again next year.",
    ),
    (
        OK,
        "summits",
        "held",
        "The summit opened in Kigali on Monday and closed on Tuesday with a joint statement.",
    ),
    # the second review: what the first review's guards must leave alone
    (
        OK,
        "summits",
        "held",
        "The summit opened in Accra on Monday and was not postponed despite the storm.",
    ),
    (
        OK,
        "summits",
        "held",
        "The forum opened in Lome on Tuesday, a day after it had been postponed.",
    ),
    (
        OK,
        "summits",
        "held",
        "The congress opened in Hanoi on Monday, after it was postponed twice.",
    ),
    (OK, "summits", "held", "The talks opened in Dakar on Monday; a second session was postponed."),
    (
        OK,
        "sanctions",
        "imposed",
        "The row began with duties on Canadian lumber which were never lifted.",
    ),
    (
        OK,
        "sanctions",
        "imposed",
        "The dispute began in 2019 with tariffs on French wine, not the threatened levies on cars.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "Ottawa said it would put duties on the steel even if Seoul retaliates.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "The ministry said it would put levies on panels if sold below cost.",
    ),
    (
        OK,
        "summits",
        "held",
        "The accord, signed in Nairobi on Friday, is expected to take effect next month.",
    ),
    (NO, "summits", "held", "The proposed meeting was called off on Friday after the shelling."),
    (
        NO,
        "summits",
        "held",
        "The foreign ministers' meeting in Oslo next month is expected to adopt a statement.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "The Kenyan side, diplomats say, is rethinking its part in the Nairobi round.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "Mexico's president was reconsidering the trip to the Santiago summit after the row.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "Seoul has second thoughts about hosting the trilateral meeting, two officials said.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "The Polish premier weighed whether to skip the Riga gathering altogether.",
    ),
    (
        OK,
        "summits",
        "in_doubt",
        "Officials in Rabat are reconsidering the date of the talks with Madrid.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "The Kenyan side said it was not rethinking its part in the Nairobi round.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "Mexico's president never reconsidered the trip to the Santiago summit.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "Seoul denied it had second thoughts about hosting the trilateral meeting.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "The Polish premier confirmed he will attend the Riga gathering on Friday.",
    ),
    (
        NO,
        "summits",
        "in_doubt",
        "Officials in Rabat said the talks with Madrid would go ahead on the agreed date.",
    ),
    (NO, "summits", "in_doubt", "Lisbon is no longer reconsidering its seat at the Madrid summit."),
    (NO, "summits", "in_doubt", "The envoys met in Nairobi as planned on Monday."),
    (
        OK,
        "sanctions",
        "announced",
        "The Swiss Federal Council decided to freeze the accounts of six generals.",
    ),
    (
        OK,
        "sanctions",
        "announced",
        "Ottawa said on Tuesday it would slap a 25% surtax on Chinese electric vehicles.",
    ),
    (
        NO,
        "summits",
        "held",
        "Mr Rubio and Mr Lavrov spoke by telephone on 20 October rather than meeting, and on 21 October a White House official said there were no plans for a Trump-Putin meeting in the immediate future.",
    ),
    (
        NO,
        "summits",
        "held",
        "Officials said there were no plans for a Modi-Sharif meeting, and the foreign office declined to comment.",
    ),
]
built = SupportCases("s45", LEADS)
for expect, kind, value, sentence in CASES:
    item = {"status": value, "evidence": [sentence]}
    if kind == "sanctions":
        item["instrument"] = "other"
    built.add(CATEGORY[value], expect, f"{kind} {value}: {sentence[:60]}", built.page(sentence),
              {kind: [item]}, f"{kind}[0].status")  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
