# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build review rvst34's set (``grounding_rvst34.jsonl``): session 34's status readings
(:mod:`meeting_verbs`, :mod:`kept_measures`) against the neighbouring stage. By category:

- ``held-neighbour``: a summit ``held`` told by a past verb of meeting. Refused: an earlier
  meeting of the same leaders while the page tells this one still ahead (in another
  sentence of the evidence), a past verb of one party with a third person ("Putin met Orban"),
  a meeting of envoys or deputies sent by the leaders, a deal signed by letter;
- ``scheduled-neighbour``: a summit ``scheduled`` told by a future marker. Refused: a meeting
  the evidence then calls off, postpones or doubts in another sentence, one only wished or
  proposed, a future meeting of one party with a third person or of envoys;
- ``kept-neighbour``: a measure ``in_force`` told by keeping or staying. Refused: a measure
  kept only until a court ruled or until it lapsed (told in the past), one kept or started
  and then paused, lifted or struck down in the same sentence.

Strength: every case asks only support (True) or refusal at either strength (False). Run
``python tests/data/make_rvst34_cases.py`` to rebuild it. Every sentence was written for this
set (invented outlets, or public figures in invented sentences), British and American styles;
each verdict is what a careful fact-checker reads in the text, decided when it was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SupportCases

OUT = Path(__file__).with_name("grounding_rvst34.jsonl")

built = SupportCases(
    "rv34",
    leads=[
        "SEOUL (Pacific Lantern) -",
        "By Maren Oduya | The Fenwick Courier",
        "FOREIGN DESK | The Upland Sentinel",
        "From our Geneva bureau, The Alpine Dispatch.",
    ],
)
HELD, AHEAD, KEPT = "held-neighbour", "scheduled-neighbour", "kept-neighbour"


def summit(
    category: str, expect: bool, value: str, sentences: list[str], parties: list[str],
    why: str, place: str | None = None,
) -> None:  # fmt: skip
    """A summit of ``parties`` (at ``place``) whose status is ``value``, backed by
    ``sentences``."""
    built.graded_fact(
        category, "summits", "status", value, sentences, expect, ANY, why,
        parties=parties, planned_location=place, planned_timing=None,
    )  # fmt: skip


def measure(expect: bool, value: str, sentences: list[str], why: str) -> None:
    """A measure whose status is ``value``, backed by ``sentences``."""
    built.graded_fact(KEPT, "sanctions", "status", value, sentences, expect, ANY, why)


XI_BI = ["Xi Jinping", "Joe Biden"]
TR_PU = ["Donald Trump", "Vladimir Putin"]
ST_MO = ["Keir Starmer", "Narendra Modi"]
TR_KI = ["Donald Trump", "Kim Jong Un"]

# held-neighbour: must pass
for sentences, parties, why in [
    (
        [
            "Xi Jinping and Joe Biden sat down together for four hours at the Filoli estate on Wednesday."
        ],
        XI_BI,
        "sat down together",
    ),
    (
        ["The two leaders were talking for more than an hour when aides brought in lunch."],
        XI_BI,
        "were talking",
    ),
    (
        [
            "Sir Keir Starmer hosted Narendra Modi at Chequers on Thursday, where the pair signed the trade pact."
        ],
        ST_MO,
        "hosted, signed",
    ),
    (
        ["Lula shook hands with Javier Milei on the sidelines in Rio on Monday."],
        ["Lula", "Javier Milei"],
        "shook hands with",
    ),
    (
        [
            "Anthony Albanese and Xi Jinping spoke for ninety minutes in the Great Hall of the People."
        ],
        ["Anthony Albanese", "Xi Jinping"],
        "spoke for ninety minutes",
    ),
    (
        ["Emmanuel Macron welcomed Volodymyr Zelensky to the Elysee on Tuesday evening."],
        ["Emmanuel Macron", "Volodymyr Zelensky"],
        "welcomed",
    ),
    (
        [
            "Claudia Sheinbaum and Mark Carney dined at the National Palace, then signed an action plan."
        ],
        ["Claudia Sheinbaum", "Mark Carney"],
        "dined, signed",
    ),
    (
        ["President Trump hosted Prime Minister Netanyahu at the White House Monday."],
        ["Donald Trump", "Benjamin Netanyahu"],
        "hosted (American style)",
    ),
    (["Putin greeted Trump on the tarmac in Anchorage with a long handshake."], TR_PU, "greeted"),
    (
        ["Trump and Kim Jong Un stood together at the demarcation line for several minutes."],
        TR_KI,
        "stood together",
    ),
    (
        ["Mr Modi and Sir Keir chatted over tea in the Downing Street garden."],
        ST_MO,
        "chatted (British style)",
    ),
    (
        [
            "Xi and Biden last met in Lima in November.",
            "The two leaders talked for two hours there.",
        ],
        XI_BI,
        "a past meeting, told twice",
    ),
]:
    summit(HELD, True, "held", sentences, parties, why)

# held-neighbour: must fail
for sentences, parties, why, place in [
    (
        [
            "Xi and Biden last met in Lima in November.",
            "They will meet again in Seoul next month, officials said.",
        ],
        XI_BI,
        "the Seoul meeting is ahead; Lima was an earlier one",
        "Seoul",
    ),
    (
        ["Trump signed a letter to Kim Jong Un on Friday, the White House said."],
        TR_KI,
        "a letter signed, no meeting",
        None,
    ),
    (
        ["Trump signed a birthday letter to Kim Jong Un and had it delivered at Panmunjom."],
        TR_KI,
        "a letter signed",
        None,
    ),
    (
        ["Modi pledged in a letter to Starmer on Monday to finish the pact by Christmas."],
        ST_MO,
        "a pledge by letter",
        None,
    ),
    (
        ["The two leaders will sit down together in Busan on Thursday."],
        ["Xi Jinping", "Donald Trump"],
        "still ahead",
        None,
    ),
    (
        ["Putin and Trump agreed on the phone to meet in Budapest."],
        TR_PU,
        "a plan agreed by phone",
        None,
    ),
    (
        ["Kim Jong Un is due to greet Trump at the border on Sunday."],
        TR_KI,
        "a greeting still ahead",
        None,
    ),
    (["Putin hopes to shake hands with Trump in Alaska next week."], TR_PU, "a hope", None),
    (
        ["Putin and Trump spoke by telephone for two hours on Thursday."],
        TR_PU,
        "a telephone call",
        None,
    ),
    (
        ["Modi and Starmer will put their names to the pact at Chequers on Friday."],
        ST_MO,
        "a signing still ahead",
        None,
    ),
    (
        ["Xi and Biden were due to sit down together on Wednesday afternoon."],
        XI_BI,
        "a plan, told in the past",
        None,
    ),
    (
        ["Modi and Starmer signed the trade pact by an exchange of letters."],
        ST_MO,
        "signed by letter, no meeting",
        None,
    ),
    (
        ["Xi greeted Biden in a message on his inauguration day."],
        XI_BI,
        "a greeting by message",
        None,
    ),
    (
        ["Xi Jinping greeted Joe Biden in a message read out at the forum on Tuesday."],
        XI_BI,
        "a greeting in a message",
        None,
    ),
    (
        [
            "Starmer and Modi could have signed the pact at Chequers, aides said, had the text been ready."
        ],
        ST_MO,
        "a condition",
        None,
    ),
]:
    summit(HELD, False, "held", sentences, parties, why, place)

# scheduled-neighbour: must pass
for sentences, parties, why in [
    (
        ["Xi and Trump will meet in Busan on Thursday, the White House said."],
        ["Xi Jinping", "Donald Trump"],
        "will meet",
    ),
    (
        ["Sir Keir Starmer is due to host Narendra Modi at Chequers next week."],
        ST_MO,
        "is due to host",
    ),
    (
        ["Putin and Trump are set to hold talks in Budapest within two weeks."],
        TR_PU,
        "are set to hold talks",
    ),
    (
        ["The two leaders agreed to meet again in Washington in the spring."],
        XI_BI,
        "agreed to meet",
    ),
    (
        ["Mark Carney flies to Mexico City on Wednesday for talks with Claudia Sheinbaum."],
        ["Mark Carney", "Claudia Sheinbaum"],
        "present travel with a time to come",
    ),
    (
        ["Mr Albanese will travel to Beijing next month to meet Mr Xi, his office confirmed."],
        ["Anthony Albanese", "Xi Jinping"],
        "will travel to meet (British style)",
    ),
    (
        ["Macron is expected to receive Zelensky at the Elysee on Saturday."],
        ["Emmanuel Macron", "Volodymyr Zelensky"],
        "is expected to receive",
    ),
    (
        ["Trump said he would meet Putin in Budapest in the coming weeks."],
        TR_PU,
        "reported speech, not called off",
    ),
    (
        ["Lee Jae-myung and Shigeru Ishiba will sit down in Tokyo this weekend."],
        ["Lee Jae-myung", "Shigeru Ishiba"],
        "will sit down",
    ),
    (
        ["Giorgia Meloni hosts Recep Tayyip Erdogan in Rome on Tuesday."],
        ["Giorgia Meloni", "Recep Tayyip Erdogan"],
        "present with a day to come",
    ),
    (
        ["Lula will welcome Milei to Brasilia on 4 December, Itamaraty said."],
        ["Lula", "Javier Milei"],
        "will welcome",
    ),
]:
    summit(AHEAD, True, "scheduled", sentences, parties, why)

# scheduled-neighbour: must fail
for sentences, parties, why in [
    (["Trump said he would like to meet Kim Jong Un this year."], TR_KI, "only a wish"),
    (
        ["Lula proposed a meeting with Milei in Brasilia next month."],
        ["Lula", "Javier Milei"],
        "only proposed",
    ),
    (
        ["The summit between Modi and Starmer, set for Monday, has been postponed."],
        ST_MO,
        "postponed",
    ),
    (["Xi and Biden met in Woodside on Wednesday."], XI_BI, "held, not scheduled"),
    (
        [
            "Zelensky is expected to visit Washington next week.",
            "Trump has said there are no plans to see him.",
        ],
        ["Volodymyr Zelensky", "Donald Trump"],
        "no plan to meet",
    ),
    (
        ["Trump says he may meet Kim Jong Un at the border before flying home."],
        TR_KI,
        "only a possibility",
    ),
    (
        ["Lula invited Milei to Brasilia for talks next month."],
        ["Lula", "Javier Milei"],
        "an invitation",
    ),
    (
        ["Putin and Trump sat down in Anchorage on Friday for nearly three hours."],
        TR_PU,
        "held, not scheduled",
    ),
    (
        ["Sheinbaum greeted Carney at the National Palace on Thursday morning."],
        ["Claudia Sheinbaum", "Mark Carney"],
        "held, not scheduled",
    ),
    (
        ["Meloni will not travel to Ankara to see Erdogan this month, her office said."],
        ["Giorgia Meloni", "Recep Tayyip Erdogan"],
        "a negation",
    ),
    (
        ["Albanese and Xi were talking in the Great Hall when the fire alarm sounded."],
        ["Anthony Albanese", "Xi Jinping"],
        "held, not scheduled",
    ),
]:
    summit(AHEAD, False, "scheduled", sentences, parties, why)

# kept-neighbour: must pass
for sentences, why in [
    (["The appeals court kept the tariffs in place while the case proceeds."], "kept in place"),
    (["The duties remain in force, officials in Ottawa said."], "remain in force"),
    (["Levies on Chinese steel are still being collected at the border."], "still being collected"),
    (["The export ban kicked in at midnight on Sunday."], "kicked in"),
    (
        ["The new licensing rules apply with immediate effect, the ministry said."],
        "with immediate effect",
    ),
    (["Washington has kept its 25% duty on Canadian aluminium in force."], "kept in force"),
    (["The levies stay in place for now, the finance minister told MPs."], "stay in place"),
    (["Importers say the surcharge is still levied on every container."], "still levied"),
    (
        [
            "The sanctions remain in force until 31 July, when they lapse unless renewed by the Council."
        ],
        "in force now, lapse ahead",
    ),
    (["The tariffs will stay in effect until the justices rule."], "kept until a ruling to come"),
    (
        [
            "The curbs were kept in place after the court ruled in the government's favour last week."
        ],
        "kept after a ruling",
    ),
]:
    measure(True, "in_force", sentences, why)

# kept-neighbour: must fail
for sentences, why in [
    (
        [
            "A federal judge kept the tariffs in place only until the appeals court struck them down last week."
        ],
        "struck down since",
    ),
    (
        ["The tariffs were kept in place until the Supreme Court ruled them unlawful in February."],
        "kept until a past ruling",
    ),
    (
        ["The export controls kicked in briefly in April before the court paused them."],
        "paused since",
    ),
    (["The levies remained in place until the trade deal was signed in June."], "ended in June"),
    (["The sanctions kicked in on Monday and were revoked on Thursday."], "revoked"),
    (
        ["The tariffs were kept in place until the court ruled against them in May."],
        "kept until a past ruling",
    ),
    (["The curbs could stay in force until the summer, a lawyer said."], "a possibility"),
    (["The duties will kick in next month, the ministry said."], "a start ahead"),
    (["The levies are no longer in force after the deal signed last week."], "no longer in force"),
    (["The sanctions would remain in place if talks collapsed, an official said."], "a condition"),
]:
    measure(False, "in_force", sentences, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
