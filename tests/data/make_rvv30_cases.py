# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the rvv-30 set (``grounding_rvv30.jsonl``): a review of session 30's vote shapes,
surnames after a time word and meetings named by their pair (others30's rules;
:mod:`summarizer.verification.status.vote_shapes`,
:data:`summarizer.verification.people.names.SENTENCE_ADVERBS`,
:mod:`summarizer.verification.sides.paired_meetings`). Three categories:

- ``rv-vote``: an event of kind ``vote`` told by its shape. Supported: a majority given by its
  figure ("carried by a majority of 61"), members of a chamber ("Lawmakers backed the budget
  231 to 198", "MPs chose"), an electorate with a time or an adverb before its verb ("Voters
  on Sunday narrowly rejected"), a round numbered after its noun ("In round two"), a tally
  written with a dash ("adopted 27-0"). Refused: a round of anything but a ballot ("the first
  round of vaccinations ... 40 percent"), water's run-off named by where it goes or comes from
  ("Run-off from the tailings dam", "Glacial run-off ... 70 percent of the city's water"), a
  court's or a bench's majority, the sides of a question put to people asked ("Of the 2,000
  people asked"), positions counted ("24 countries are in favour ... and six against"), a
  chamber's officer deciding ("Parliament's speaker rejected"), a survey's voters, "abstaining
  for 40 days".
- ``rv-time-surname``: a party named by family name after a time or linking adverb
  ("Eventually Merz", "Subsequently Sanchez", "Soon Albanese"). Refused: a family name two
  people of the page share, another person in the sentence, the owner of the one who met.
- ``rv-pair-meeting``: a meeting named by its pair. Supported: a party the evidence's other
  sentence or another clause shows meeting the other side ("Trump met Putin in Anchorage. ...
  a Putin-Zelensky meeting"), one who joins the pair's meeting. Refused: the one who arranges
  a pair's meeting named with a modifier before the meeting noun ("a Putin-Zelensky peace
  summit"), with an en dash or a slash, a "sit-down", a third party given as a side.

Run ``python tests/data/make_rvv30_cases.py`` to rebuild it. The people and events are real;
the sentences are written for this set, and each verdict is what a careful fact-checker reads
in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvv30.jsonl")
built = SupportCases(
    "rvv30",
    leads=[
        "By Tomas Eriksen",
        "HELSINKI (Baltic Desk) -",
        "Last updated 07:55 GMT",
        "Live coverage, page 2",
    ],
)
VOTE = "rv-vote"
VOTE_PASSES = [
    ("the Commons motion", "The motion was carried by a majority of 61, the Speaker announced."),
    (
        "the budget vote in the House",
        "Lawmakers backed the budget 231 to 198 shortly before midnight.",
    ),
    (
        "the canton merger referendum",
        "Voters on Sunday narrowly rejected the plan to merge the two cantons.",
    ),
    ("Romania's second round", "In round two, Nicusor Dan took 53.6 per cent to Simion's 46.4."),
    ("the charter amendment", "The amendment was adopted 27-0 with no debate on Thursday."),
    ("the Speaker's election", "MPs chose Lindsay Hoyle as Speaker for a third time on Tuesday."),
    (
        "the confirmation of the defence secretary",
        "Senators confirmed Pete Hegseth 51-50 after JD Vance broke the tie.",
    ),
    (
        "the council decision on the stadium",
        "Councillors threw out the stadium plan by nine to two.",
    ),
    (
        "the European Parliament's endorsement",
        "Members of the European Parliament endorsed Ursula von der Leyen for a second term, 401 to 284.",
    ),
    ("the UN charter vote", "The assembly approved the charter by a majority of 117 to 12."),
    (
        "the Bundestag's chancellor vote",
        "The Bundestag elects Friedrich Merz chancellor at the second attempt, with 325 members backing him.",
    ),
    (
        "the Finnish presidential run-off",
        "Alexander Stubb edged out Pekka Haavisto in the second round, 51.6 per cent to 48.4.",
    ),
    # a bench's decision is a vote (DECISIONS, "A court's past ruling verb is a vote")
    (
        "the appeal against the ban",
        "The Supreme Court rejected the appeal by a majority, with two justices dissenting.",
    ),
    (
        "the war crimes sentence",
        "Judges at the tribunal confirmed the sentence with a clear majority on Friday.",
    ),
    (
        "the confidence motion",
        "Deputies in the National Assembly again backed Francois Bayrou, 303 to 180.",
    ),
]
VOTE_FAILS = [
    (
        "the vaccination drive",
        "The first round of vaccinations reached 40 percent of adults by March.",
    ),
    (
        "the prisoner swap",
        "The third round of prisoner exchanges freed 30 per cent of those still held.",
    ),
    (
        "the playoff game",
        "In the second round of the playoffs, Boston shot 48 percent from the field.",
    ),
    (
        "the spill at the mine",
        "Run-off from the tailings dam turned the creek orange, officials said.",
    ),
    ("the city's water supply", "Glacial run-off now supplies 70 percent of the city's water."),
    (
        "attitudes to the ceasefire",
        "Of the 2,000 people asked, 1,150 were in favour of the ceasefire and 600 against.",
    ),
    (
        "the treaty talks",
        "So far 24 countries are in favour of the ban and six against it, diplomats said.",
    ),
    ("the recess request", "Parliament's speaker rejected the opposition's request for a recess."),
    ("the deal's popularity", "The electorate rejected the deal, a survey by YouGov suggests."),
    ("the monks' fast", "Abstaining for 40 days, the monks ate only bread and water."),
    ("the cricket test", "England won the toss and elected to bat on a green pitch at Lord's."),
]
for expect, rows in ((True, VOTE_PASSES), (False, VOTE_FAILS)):
    for description, sentence in rows:
        why = f"vote: {description} ({'supported' if expect else 'refused'})"
        built.event_kind(VOTE, expect, "vote", [sentence], why, description)

TIME = "rv-time-surname"
# (expect, value, other party, paragraph before, evidence sentence)
TIME_ROWS = [
    (
        True,
        "Friedrich Merz",
        "Emmanuel Macron",
        "Friedrich Merz flew to Paris on Tuesday evening.",
        "Eventually Merz sat down with Emmanuel Macron at the Elysee.",
    ),
    (
        True,
        "Pedro Sanchez",
        "Xi Jinping",
        "Pedro Sanchez began a four-day tour of China on Friday.",
        "Subsequently Sanchez met Xi Jinping in Beijing.",
    ),
    (
        True,
        "Anthony Albanese",
        "Narendra Modi",
        "Anthony Albanese is in Delhi this week.",
        "Soon Albanese will hold talks with Narendra Modi on trade.",
    ),
    (
        True,
        "Keir Starmer",
        "Donald Trump",
        "Keir Starmer arrived in Washington on Sunday.",
        "Ultimately Starmer met Donald Trump in the Oval Office for two hours.",
    ),
    (
        True,
        "Giorgia Meloni",
        "Ursula von der Leyen",
        "Giorgia Meloni spent the morning in parliament.",
        "Shortly after noon Meloni received Ursula von der Leyen at Palazzo Chigi.",
    ),
    (
        True,
        "Mark Carney",
        "Claudia Sheinbaum",
        "Mark Carney landed in Mexico City on Wednesday.",
        "Initially Carney met Claudia Sheinbaum at the National Palace.",
    ),
    (
        True,
        "Recep Tayyip Erdogan",
        "Ahmed al-Sharaa",
        "Recep Tayyip Erdogan opened the forum in Antalya.",
        "Similarly Erdogan held talks with Ahmed al-Sharaa on the sidelines.",
    ),
    (
        True,
        "Luiz Inacio Lula da Silva",
        "Javier Milei",
        "Luiz Inacio Lula da Silva arrived in Buenos Aires late on Sunday.",
        "Thereafter Lula met Javier Milei for the first time.",
    ),
    (
        True,
        "Shigeru Ishiba",
        "Lee Jae-myung",
        "Shigeru Ishiba travelled to Busan on Tuesday.",
        "Previously Ishiba had met Lee Jae-myung in Tokyo.",
    ),
    (
        True,
        "Narendra Modi",
        "Vladimir Putin",
        "Narendra Modi reached Tianjin on Sunday.",
        "Moreover Modi met Vladimir Putin for almost an hour.",
    ),
    (
        True,
        "Emmanuel Macron",
        "Volodymyr Zelensky",
        "Emmanuel Macron spoke to reporters in Kyiv.",
        "Again Macron met Volodymyr Zelensky, their third meeting this year.",
    ),
    (
        False,
        "Friedrich Merz",
        "Emmanuel Macron",
        "Friedrich Merz flew to Paris on Tuesday evening.",
        "Eventually Merz's foreign minister sat down with Emmanuel Macron at the Elysee.",
    ),
    (
        False,
        "Pedro Sanchez",
        "Xi Jinping",
        "Pedro Sanchez began a four-day tour of China on Friday.",
        "Subsequently his minister Carlos Cuerpo met Xi Jinping in Beijing.",
    ),
    (
        False,
        "Friedrich Merz",
        "Radoslaw Sikorski",
        "Friedrich Merz flew to Warsaw on Monday.",
        "Earlier Merz had phoned Donald Tusk; today Johann Wadephul met Radoslaw Sikorski.",
    ),
    (
        False,
        "Anthony Albanese",
        "Narendra Modi",
        "Anthony Albanese is in Delhi this week with Penny Wong.",
        "Soon Wong will hold talks with Narendra Modi on trade.",
    ),
    (
        False,
        "Shigeru Ishiba",
        "Lee Jae-myung",
        "Shigeru Ishiba travelled to Busan on Tuesday.",
        "Previously Ishiba had refused to meet Lee Jae-myung at all.",
    ),
    (
        False,
        "Kim Jong-un",
        "Vladimir Putin",
        "Kim Jong-un and his sister Kim Yo-jong arrived in Beijing on Tuesday.",
        "Moreover Kim met Vladimir Putin on the sidelines.",
    ),
    (
        False,
        "Friedrich Merz",
        "Donald Tusk",
        "Friedrich Merz and Donald Tusk spoke by phone on Monday.",
        "Tomorrow Johann Wadephul meets Tusk in Warsaw, Merz's office said.",
    ),
    (
        False,
        "Pedro Sanchez",
        "Emmanuel Macron",
        "Pedro Sanchez opened the conference in Seville.",
        "Afterwards Macron met Sanchez's deputy, Maria Jesus Montero.",
    ),
    (
        False,
        "Mark Rutte",
        "Volodymyr Zelensky",
        "Mark Rutte promised more air defence on Monday.",
        "Subsequently Zelensky met Rutte's predecessor, Jens Stoltenberg, in Munich.",
    ),
    (
        False,
        "Giorgia Meloni",
        "Javier Milei",
        "Giorgia Meloni called off her trip to Buenos Aires.",
        "Eventually Milei met Meloni's sister, Arianna, at the party congress.",
    ),
    (
        False,
        "Mark Carney",
        "Claudia Sheinbaum",
        "Mark Carney landed in Mexico City on Wednesday.",
        "Initially Carney's trade minister, Dominic LeBlanc, met Claudia Sheinbaum at the National Palace.",
    ),
]
for expect, value, other, before, sentence in TIME_ROWS:
    fact = {"parties": [value, other], "status": "held", "evidence": [sentence]}
    why = f"party {value}: {sentence[:50]} ({'supported' if expect else 'refused'})"
    built.add(
        TIME,
        expect,
        why,
        built.page(before, sentence),
        {"summits": [fact]},
        "summits[0].parties[0]",
    )

PAIR = "rv-pair-meeting"
# (expect, value, other party, status, evidence sentences)
PAIR_ROWS = [
    (
        True,
        "Donald Trump",
        "Vladimir Putin",
        "held",
        [
            "Donald Trump met Vladimir Putin in Anchorage on Friday.",
            "Afterwards Trump said he was arranging a Putin-Zelensky meeting.",
        ],
    ),
    (
        True,
        "Recep Tayyip Erdogan",
        "Mahmoud Abbas",
        "held",
        [
            "Recep Tayyip Erdogan received Mahmoud Abbas in Ankara on Tuesday.",
            "Erdogan then offered to host a Netanyahu-Abbas summit in Istanbul.",
        ],
    ),
    (
        True,
        "Emmanuel Macron",
        "Joe Biden",
        "held",
        [
            "Emmanuel Macron and Joe Biden spent an hour together in Rome.",
            "Macron said afterwards he had pressed for Xi-Biden talks at the G20.",
        ],
    ),
    (
        True,
        "Donald Trump",
        "Volodymyr Zelensky",
        "proposed",
        [
            "Donald Trump said he would join a Putin-Zelensky meeting himself if the two leaders agreed to it."
        ],
    ),
    (
        True,
        "Cyril Ramaphosa",
        "Paul Kagame",
        "held",
        [
            "Cyril Ramaphosa flew to Kigali on Monday for talks with Paul Kagame.",
            "There Ramaphosa pressed for a Tshisekedi-Kagame meeting.",
        ],
    ),
    (
        True,
        "Vladimir Putin",
        "Volodymyr Zelensky",
        "proposed",
        ["Donald Trump said he was arranging a Putin\u2013Zelensky meeting."],
    ),
    (
        True,
        "Volodymyr Zelensky",
        "Vladimir Putin",
        "proposed",
        ["Donald Trump said he was arranging a Putin-Zelensky meeting."],
    ),
    (
        True,
        "Nicolas Maduro",
        "Gustavo Petro",
        "proposed",
        ["Lula proposed a Maduro-Petro meeting on the border next month."],
    ),
    (
        True,
        "Xi Jinping",
        "Joe Biden",
        "held",
        [
            "Xi Jinping and Joe Biden arrived in California on Tuesday.",
            "The Xi-Biden talks in Woodside ran for four hours, officials said.",
        ],
    ),
    (
        True,
        "Narendra Modi",
        "Shehbaz Sharif",
        "proposed",
        ["Trump said a Modi-Sharif summit could follow the ceasefire."],
    ),
    (
        True,
        "Scott Bessent",
        "China",
        "held",
        ["Scott Bessent led the US-China trade talks in Geneva over the weekend."],
    ),
    (
        False,
        "Donald Trump",
        "Volodymyr Zelensky",
        "proposed",
        ["Donald Trump said he was arranging a Putin-Zelensky peace summit in Budapest."],
    ),
    (
        False,
        "Recep Tayyip Erdogan",
        "Mahmoud Abbas",
        "proposed",
        ["Erdogan offered to host a Netanyahu-Abbas face-to-face meeting in Istanbul."],
    ),
    (
        False,
        "Emmanuel Macron",
        "Joe Biden",
        "proposed",
        ["Macron pressed for Xi\u2013Biden talks on the margins of the G20."],
    ),
    (
        False,
        "Cyril Ramaphosa",
        "Paul Kagame",
        "proposed",
        ["Ramaphosa is brokering a Tshisekedi/Kagame meeting in Pretoria."],
    ),
    (
        False,
        "Luiz Inacio Lula da Silva",
        "Gustavo Petro",
        "proposed",
        ["Lula proposed a Maduro-Petro sit-down on the border next month."],
    ),
    (
        False,
        "Antonio Guterres",
        "Salva Kiir",
        "proposed",
        [
            "Guterres urged a Kiir-Machar meeting before the December vote and said he would attend as mediator."
        ],
    ),
    (
        False,
        "Recep Tayyip Erdogan",
        "Vladimir Putin",
        "proposed",
        ["Erdogan said Istanbul was ready for a Putin-Zelensky meeting."],
    ),
    (
        False,
        "Viktor Orban",
        "Vladimir Putin",
        "proposed",
        ["Orban said a long-awaited Trump-Putin summit in Budapest was being prepared."],
    ),
    (
        False,
        "Anthony Albanese",
        "Xi Jinping",
        "held",
        ["Albanese hailed the recent Xi-Ishiba talks as a step forward for the region."],
    ),
    (
        False,
        "Alexander Stubb",
        "Nikol Pashinyan",
        "held",
        ["Stubb said he had helped set up the Aliyev-Pashinyan encounter in Washington."],
    ),
    (
        False,
        "Jared Kushner",
        "Benjamin Netanyahu",
        "proposed",
        [
            "Kushner and Witkoff are arranging a Netanyahu-Sharaa meeting, a first between the two countries."
        ],
    ),
]
for expect, value, other, status, sentences in PAIR_ROWS:
    fact = {"parties": [value, other], "status": status, "evidence": sentences}
    why = (
        f"party {value} with {other}: {sentences[-1][:50]} ({'supported' if expect else 'refused'})"
    )
    built.add(
        PAIR, expect, why, built.page(*sentences), {"summits": [fact]}, "summits[0].parties[0]"
    )


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
