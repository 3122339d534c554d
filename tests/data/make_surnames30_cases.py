# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the surnames-30 set (``grounding_surnames30.jsonl``): a meeting's party named in its
evidence by the family name alone, where the page writes the full name elsewhere (outside
check 66, "not named in its evidence" for Merz and Lee, session 30;
:func:`summarizer.verification.people.names.first_name_before`,
:func:`summarizer.verification.quotes.speakers.name_forms`). One category, ``surname-forms``:

- supported: a surname after a sentence adverb that is no first name ("Tomorrow Merz
  travels", "Afterwards Sanchez met", "Then Albanese flew", "Instead Meloni hosted"), and a
  family name written first whose given name is dashed with a lower-case half ("Lee's talks"
  for Lee Jae-myung, "Kim met Xi" for Kim Jong-un, "Yoon's state visit");
- refused: another person of the same family name (a "Charlotte Merz" the page never writes
  beside "Tomorrow Merz", "Lee" on a page with Lee Jae-myung and Lee Hsien Loong, "Han" with
  Han Duck-soo and Han Dong-hoon), a surname the page never writes with this given name, the
  owner of the one met ("Rutte's deputy"), another person of the page in the evidence.

Run ``python tests/data/make_surnames30_cases.py`` to rebuild it. The people are real; the
sentences are written for this set, and each verdict is what a careful fact-checker reads in
the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_surnames30.jsonl")
built = SupportCases(
    "sn30",
    leads=[
        "By Mira Solberg",
        "SEOUL (Harbour Wire) -",
        "Updated 09:12 | World desk",
        "Our diplomatic editor writes",
    ],
)
FORMS = "surname-forms"

# (expect, value, other party, paragraph before, evidence sentence)
ROWS = [
    (
        True,
        "Friedrich Merz",
        "Donald Tusk",
        "Chancellor Friedrich Merz survived a rebellion in his own party on Tuesday.",
        "Tomorrow Merz travels to Warsaw to meet Donald Tusk.",
    ),
    (
        True,
        "Pedro Sanchez",
        "Emmanuel Macron",
        "Spain's prime minister, Pedro Sanchez, opened the conference in Seville.",
        "Afterwards Sanchez met Emmanuel Macron on the sidelines.",
    ),
    (
        True,
        "Anthony Albanese",
        "Prabowo Subianto",
        "Anthony Albanese was sworn in for a second term on Tuesday.",
        "Then Albanese flew to Jakarta for talks with Prabowo Subianto.",
    ),
    (
        True,
        "Mark Carney",
        "Keir Starmer",
        "Mark Carney landed in London late on Saturday.",
        "Finally Carney sat down with Keir Starmer at Downing Street.",
    ),
    (
        True,
        "Giorgia Meloni",
        "Javier Milei",
        "Giorgia Meloni called off her trip to Brussels at short notice.",
        "Instead Meloni hosted Javier Milei at Palazzo Chigi.",
    ),
    (
        True,
        "Mark Rutte",
        "Volodymyr Zelensky",
        "NATO's secretary general, Mark Rutte, promised more air defence.",
        "Next Rutte travels to Kyiv to meet Volodymyr Zelensky.",
    ),
    (
        True,
        "Keir Starmer",
        "Friedrich Merz",
        "Keir Starmer faces his party's conference next week.",
        "Tomorrow Starmer hosts Friedrich Merz at Chequers.",
    ),
    (
        True,
        "Lee Jae-myung",
        "Shigeru Ishiba",
        "South Korean President Lee Jae-myung landed in Tokyo on Saturday.",
        "Lee's talks with Shigeru Ishiba ran for two hours.",
    ),
    (
        True,
        "Kim Jong-un",
        "Xi Jinping",
        "North Korean leader Kim Jong-un arrived in Beijing by armoured train.",
        "Kim met Xi Jinping at the Great Hall of the People on Wednesday.",
    ),
    (
        True,
        "Moon Jae-in",
        "Kim Jong Un",
        "Former president Moon Jae-in published his memoir this week.",
        "Moon sat down with Kim Jong Un three times in 2018.",
    ),
    (
        True,
        "Yoon Suk-yeol",
        "Joe Biden",
        "President Yoon Suk-yeol flew to Washington on Monday.",
        "Yoon's state visit included talks with Joe Biden at the White House.",
    ),
    (
        True,
        "Han Duck-soo",
        "Fumio Kishida",
        "Prime Minister Han Duck-soo left for Japan on Thursday.",
        "Han met Fumio Kishida in Tokyo the next morning.",
    ),
    (
        False,
        "Charlotte Merz",
        "Donald Tusk",
        "Chancellor Friedrich Merz survived a rebellion in his own party on Tuesday.",
        "Tomorrow Merz travels to Warsaw to meet Donald Tusk.",
    ),
    (
        False,
        "Maria Albanese",
        "Prabowo Subianto",
        "Anthony Albanese was sworn in for a second term on Tuesday.",
        "Then Albanese flew to Jakarta for talks with Prabowo Subianto.",
    ),
    (
        False,
        "Lee Jae-myung",
        "Shigeru Ishiba",
        "Lee Jae-myung and Singapore's Lee Hsien Loong both landed in Tokyo on Saturday.",
        "Lee's talks with Shigeru Ishiba ran for two hours.",
    ),
    (
        False,
        "Kim Yo-jong",
        "Xi Jinping",
        "North Korean leader Kim Jong-un arrived in Beijing by armoured train.",
        "Kim met Xi Jinping at the Great Hall of the People on Wednesday.",
    ),
    (
        False,
        "Han Duck-soo",
        "Fumio Kishida",
        "Prime Minister Han Duck-soo and party chief Han Dong-hoon both left for Japan on Thursday.",
        "Han met Fumio Kishida in Tokyo the next morning.",
    ),
    (
        False,
        "Moon Jae-in",
        "Joe Biden",
        "Former president Moon Jae-in published his memoir this week, and President Yoon Suk-yeol flew to Washington.",
        "Yoon's state visit included talks with Joe Biden at the White House.",
    ),
    (
        False,
        "Keir Starmer",
        "Christian Lindner",
        "Keir Starmer and Rachel Reeves face the party's conference next week.",
        "Tomorrow Reeves hosts Christian Lindner at Dorneywood.",
    ),
    (
        False,
        "Mark Rutte",
        "Volodymyr Zelensky",
        "NATO's secretary general, Mark Rutte, promised more air defence.",
        "Next Rutte's deputy travels to Kyiv to meet Volodymyr Zelensky.",
    ),
    (
        False,
        "Pedro Sanchez",
        "Emmanuel Macron",
        "Spain's prime minister, Pedro Sanchez, opened the conference in Seville.",
        "Afterwards Sanchez's foreign minister met Emmanuel Macron on the sidelines.",
    ),
    (
        False,
        "Giorgia Meloni",
        "Javier Milei",
        "Giorgia Meloni called off her trip to Brussels, and Antonio Tajani went instead.",
        "Instead Tajani hosted Javier Milei at the Farnesina.",
    ),
    (
        False,
        "Friedrich Merz",
        "Donald Tusk",
        "Chancellor Friedrich Merz survived a rebellion in his own party on Tuesday.",
        "Tomorrow his finance minister, Lars Klingbeil, travels to Warsaw to meet Donald Tusk.",
    ),
]
PAIRED = "paired-meeting"
# (sentence, value, other party): the meeting the sentence names by its pair ("a
# Putin-Zelensky meeting"); the pair's two names pass, the one who arranges, offers, urges or
# hails it is refused.
PAIRS = [
    (
        "Afterwards Trump phoned Putin and said he was arranging a Putin-Zelensky meeting.",
        "Donald Trump",
        ("Vladimir Putin", "Volodymyr Zelensky"),
    ),
    (
        "Erdogan offered to host a Netanyahu-Abbas summit in Istanbul.",
        "Recep Tayyip Erdogan",
        ("Benjamin Netanyahu", "Mahmoud Abbas"),
    ),
    (
        "Macron pressed for Xi-Biden talks on the margins of the G20.",
        "Emmanuel Macron",
        ("Joe Biden", "Xi Jinping"),
    ),
    (
        "Ramaphosa is brokering a Tshisekedi-Kagame meeting in Pretoria.",
        "Cyril Ramaphosa",
        ("Felix Tshisekedi", "Paul Kagame"),
    ),
    (
        "Lula proposed a Maduro-Petro meeting on the border next month.",
        "Luiz Inacio Lula",
        ("Nicolas Maduro", "Gustavo Petro"),
    ),
    (
        "Guterres urged a Kiir-Machar meeting before the December vote.",
        "Antonio Guterres",
        ("Salva Kiir", "Riek Machar"),
    ),
    (
        "Meloni offered Rome as the venue for a Putin-Zelensky summit.",
        "Giorgia Meloni",
        ("Vladimir Putin", "Volodymyr Zelensky"),
    ),
    (
        "Orban said a Trump-Putin summit in Budapest was being prepared.",
        "Viktor Orban",
        ("Donald Trump", "Vladimir Putin"),
    ),
    (
        "Albanese hailed the Xi-Ishiba talks as a step forward for the region.",
        "Anthony Albanese",
        ("Shigeru Ishiba", "Xi Jinping"),
    ),
    (
        "Stubb said he had helped set up the Aliyev-Pashinyan meeting in Washington.",
        "Alexander Stubb",
        ("Ilham Aliyev", "Nikol Pashinyan"),
    ),
]
for sentence, broker, (left, right) in PAIRS:
    for expect, value, other in ((True, left, right), (False, broker, right)):
        fact = {"parties": [value, other], "status": "proposed", "evidence": [sentence]}
        why = (
            f"party {value} of the {left}-{right} meeting ({'supported' if expect else 'refused'})"
        )
        built.add(
            PAIRED, expect, why, built.page(sentence), {"summits": [fact]}, "summits[0].parties[0]"
        )
# A sentence that names the value beside the other party outside the pair tells a meeting of
# their own: kept.
for sentence, value, other in [
    (
        "Trump and Zelensky discussed a Putin-Zelensky meeting over lunch at the White House.",
        "Donald Trump",
        "Volodymyr Zelensky",
    ),
    (
        "Macron met Biden in Rome, and the two pressed for Xi-Biden talks at the G20.",
        "Emmanuel Macron",
        "Joe Biden",
    ),
]:
    fact = {"parties": [value, other], "status": "held", "evidence": [sentence]}
    built.add(
        PAIRED,
        True,
        f"party {value} with {other} (supported)",
        built.page(sentence),
        {"summits": [fact]},
        "summits[0].parties[0]",
    )

for expect, value, other, before, sentence in ROWS:
    fact = {"parties": [value, other], "status": "held", "evidence": [sentence]}
    why = f"party {value}: {sentence[:50]} ({'supported' if expect else 'refused'})"
    built.add(
        FORMS,
        expect,
        why,
        built.page(before, sentence),
        {"summits": [fact]},
        "summits[0].parties[0]",
    )


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
