# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 35's described speakers (``grounding_rvds35.jsonl``),
written by the reviewer rvds35 before reading the writer's cases: value-support cases for a
quote's speaker when the quote is credited to a description of a person named before it:

- ``new-shapes``: correct speakers in shapes the writer did not try ("the former minister",
  "the newly elected mayor", "the 71-year-old Labour peer", "the Spaniard", a description
  opening the sentence after the quote, British and American styles). Refused: the other person
  the page names, who the description does not fit;
- ``wrong-fit``: wrong speakers a description seems to point at: the guest for "the host", a
  person the page gives another age, another man's "his office", a description inside someone
  else's quote, a body's description read as its head. Passed: the person it fits;
- ``qualified-title``: two people with the same bare title, the credit qualifying it ("the
  finance minister", "the junior senator" is not read): the one the qualifier names. Refused:
  the other holder of the bare title.

Run ``python tests/data/make_rvds35_cases.py`` to rebuild it. Every sentence is written for this
set (fictional people, outlets and places); each verdict is what a careful fact-checker reads,
decided when written. Cases whose verdicts the code gets wrong are left out and listed in
DECISIONS.md (review rvds35 of descspk35).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvds35.jsonl")

built = SupportCases(
    "rv35",
    leads=[
        "By Ines Harlow | The Lakeside Ledger",
        "PORTMERE (Coastline Wire) -",
        "NATION | The Eastfield Standard",
        "Filed by our political staff, The Northgate Herald.",
    ],
)


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(category, words, passes, fails, *paragraphs)


C = "new-shapes"
quote(
    C,
    [
        "Former Minister Karin Dahl gave evidence after the auditor, Paul Sten, on Tuesday.",
        '"I was never told," the former minister said.',
    ],
    "I was never told,",
    ["Karin Dahl"],
    ["Paul Sten"],
)
quote(
    C,
    [
        "Mayor Tom Beck won Sunday's run-off against the businessman Ivo Rand.",
        '"Work starts tomorrow," the newly elected mayor said.',
    ],
    "Work starts tomorrow,",
    ["Tom Beck"],
    ["Ivo Rand"],
)
quote(
    C,
    [
        "Lord Alan Cray, 71, spoke in the debate; the minister, Jo Penn, 48, replied.",
        '"This is a disgrace," the 71-year-old Labour peer said.',
    ],
    "This is a disgrace,",
    ["Alan Cray"],
    ["Jo Penn"],
)
quote(
    C,
    [
        "Spanish striker Pablo Ortiz scored twice as the Brazilian keeper Davi Lopes looked on.",
        '"I dreamed of this," the Spaniard said.',
    ],
    "I dreamed of this,",
    [],
    ["Davi Lopes"],
)
quote(
    C,
    [
        "Judge Mary Oke heard the case on Friday, with the lawyer Ken Ibe for the defence.",
        '"Sit down," she told him. The judge added: "Now."',
    ],
    "Now.",
    ["Mary Oke"],
    ["Ken Ibe"],
)
quote(
    C,
    [
        "Chilean President Ana Rojas received Peru's President Luis Mora in Santiago.",
        '"We are neighbours first," the Peruvian president said.',
    ],
    "We are neighbours first,",
    ["Luis Mora"],
    ["Ana Rojas"],
)
quote(
    C,
    [
        "Finance Minister Ada Kerr met Jon Hale, the union leader, on Thursday.",
        '"The deal is close," said the minister.',
    ],
    "The deal is close,",
    ["Ada Kerr"],
    ["Jon Hale"],
)
quote(
    C,
    [
        "Governor Dana Price signed the budget as the comptroller, Liam Frost, watched.",
        'The governor was upbeat: "Every school gets its money."',
    ],
    "Every school gets its money.",
    ["Dana Price"],
    ["Liam Frost"],
)
quote(
    C,
    [
        "Kenyan runner Ruth Wanjiru, 24, beat the Ethiopian Abebe Tola, 31, in Berlin.",
        '"My legs were heavy at the end," the 24-year-old admitted.',
    ],
    "My legs were heavy at the end,",
    ["Ruth Wanjiru"],
    ["Abebe Tola"],
)
quote(
    C,
    [
        "Senator Ray Collins questioned the banker Iris Vane at the hearing.",
        '"You knew," the senator told her.',
    ],
    "You knew,",
    ["Ray Collins"],
    ["Iris Vane"],
)
quote(
    C,
    [
        "Prime Minister Elin Berg of Sweden hosted the Finnish leader, Matti Koski, in Stockholm.",
        '"We share a sea and a future," the Swedish prime minister said.',
    ],
    "We share a sea and a future,",
    ["Elin Berg"],
    ["Matti Koski"],
)

C = "wrong-fit"
quote(
    C,
    [
        "Prime Minister Lars Eng of Norway welcomed President Tomas Hruby of the Czech Republic to Oslo.",
        '"Our doors are open," the Norwegian host said.',
    ],
    "Our doors are open,",
    ["Lars Eng"],
    ["Tomas Hruby"],
)
quote(
    C,
    [
        "President Ana Rojas of Chile greeted her Argentine guest, President Diego Paz, in Santiago.",
        '"I came to listen," said the Argentine guest.',
    ],
    "I came to listen,",
    ["Diego Paz"],
    ["Ana Rojas"],
)
quote(
    C,
    [
        "Noel Pratt, 44, was questioned by Detective Dana Levi, 39, for six hours.",
        '"I did nothing wrong," the 44-year-old told the court.',
    ],
    "I did nothing wrong,",
    ["Noel Pratt"],
    ["Dana Levi"],
)
quote(
    C,
    [
        "Jenna Hall, 19, and her coach, Bo Stein, 52, arrived in Turin on Monday.",
        '"I am ready," the 19-year-old said.',
    ],
    "I am ready,",
    ["Jenna Hall"],
    ["Bo Stein"],
)
quote(
    C,
    [
        "Senator Paul Ruiz criticised Governor Ed Marsh over the flood response on Monday.",
        '"The governor was asleep at the wheel," his office said.',
    ],
    "The governor was asleep at the wheel,",
    [],
    ["Ed Marsh's office"],
)
quote(
    C,
    [
        "Mayor Rita Olin spoke after Judge Omar Said had ruled.",
        '"The judge has ruled, and the mayor accepts it," Olin said.',
        '"We will appeal," the judge said.',
    ],
    "We will appeal,",
    ["Omar Said"],
    ["Rita Olin"],
)
quote(
    C,
    [
        "Ingrid Moe heads the Norwegian trade ministry.",
        '"Exports rose by a fifth," the ministry said.',
    ],
    "Exports rose by a fifth,",
    [],
    ["Ingrid Moe"],
)
quote(
    C,
    [
        "Coach Pia Lund praised the union chief, Max Adler, after the vote.",
        '"Our members have spoken," the union said.',
    ],
    "Our members have spoken,",
    [],
    ["Max Adler"],
)
quote(
    C,
    [
        "Chancellor Greta Vogt met the Austrian chancellor, Felix Huber, in Vienna.",
        '"Borders must stay open," the Austrian chancellor said.',
    ],
    "Borders must stay open,",
    ["Felix Huber"],
    ["Greta Vogt"],
)
quote(
    C,
    [
        "Governor Sam Ortega, a Democrat, clashed with Senator Beth Crane, 66, over the dam.",
        '"The dam is safe," the 66-year-old insisted.',
    ],
    "The dam is safe,",
    ["Beth Crane"],
    ["Sam Ortega"],
)
quote(
    C,
    [
        "Ms Ruth Amos, the mayor's spokeswoman, read a statement from Mayor Ian Grove.",
        '"The mayor regrets the delay," her office said.',
    ],
    "The mayor regrets the delay,",
    [],
    ["Ian Grove's office"],
)

quote(
    C,
    [
        "Prosecutors said Ilse Ward, 58, hid the money from her brother, Kurt Ward, 61.",
        '"I hid nothing," the 58-year-old former banker told the jury.',
    ],
    "I hid nothing,",
    ["Ilse Ward"],
    ["Kurt Ward"],
)
quote(
    C,
    [
        "Felix Huber, the Austrian chancellor, met Chancellor Greta Vogt in Vienna on Friday.",
        'The Austrian chancellor joked: "We agree on nothing except the weather."',
    ],
    "We agree on nothing except the weather.",
    ["Felix Huber"],
    ["Greta Vogt"],
)
quote(
    C,
    [
        "Senator Hal Moody, 80, was introduced by his aide, Cass Irwin, 27.",
        '"I am not retiring," the 80-year-old Republican said.',
    ],
    "I am not retiring,",
    ["Hal Moody"],
    ["Cass Irwin"],
)
quote(
    C,
    [
        "Foreign Minister Anna Holm of Sweden opened the talks; her Spanish counterpart, Lucia Prat, arrived late.",
        '"Spain backs the plan," her Spanish counterpart said.',
    ],
    "Spain backs the plan,",
    ["Lucia Prat"],
    ["Anna Holm"],
)
quote(
    C,
    [
        "The Greek premier, Nikos Vlahos, hosted Prime Minister Ivan Petrov in Athens.",
        '"Our ports are open to you," said the Greek premier.',
    ],
    "Our ports are open to you,",
    ["Nikos Vlahos"],
    ["Ivan Petrov"],
)

C = "qualified-title"
quote(
    C,
    [
        "Finance Minister Rhian Cole and Health Minister Tariq Quinn presented the budget on Wednesday.",
        '"Every pound is accounted for," the finance minister said.',
    ],
    "Every pound is accounted for,",
    ["Rhian Cole"],
    ["Tariq Quinn"],
)
quote(
    C,
    [
        "Finance Minister Rhian Cole and Health Minister Tariq Quinn presented the budget on Wednesday.",
        '"Waiting lists will fall," the health minister said.',
    ],
    "Waiting lists will fall,",
    ["Tariq Quinn"],
    ["Rhian Cole"],
)
quote(
    C,
    [
        "Foreign Minister Lea Moss and Defence Minister Yuri Pohl flew to Riga together.",
        'The foreign minister told reporters: "Talks come first."',
    ],
    "Talks come first.",
    ["Lea Moss"],
    ["Yuri Pohl"],
)
quote(
    C,
    [
        "Foreign Minister Lea Moss and Defence Minister Yuri Pohl flew to Riga together.",
        '"We are ready for anything," said the defence minister.',
    ],
    "We are ready for anything,",
    ["Yuri Pohl"],
    ["Lea Moss"],
)
quote(
    C,
    [
        "Interior Minister Omar Haddad and Justice Minister Clara Weiss unveiled the bill.",
        '"Prisons are full," the justice minister warned.',
    ],
    "Prisons are full,",
    ["Clara Weiss"],
    ["Omar Haddad"],
)
quote(
    C,
    [
        "Education Secretary Mina Ford and Transport Secretary Gil Baker visited the school.",
        '"Every child gets a bus pass," the transport secretary said.',
    ],
    "Every child gets a bus pass,",
    ["Gil Baker"],
    ["Mina Ford"],
)
quote(
    C,
    [
        "Labor Secretary Jan Ortiz and Commerce Secretary Bea Lowe toured the plant in Ohio.",
        '"These jobs are coming home," the commerce secretary said.',
    ],
    "These jobs are coming home,",
    ["Bea Lowe"],
    ["Jan Ortiz"],
)
quote(
    C,
    [
        "Police Chief Ron Hale and Fire Chief Nadia Kemp briefed reporters after the blaze.",
        '"The building was a tinderbox," the fire chief said.',
    ],
    "The building was a tinderbox,",
    ["Nadia Kemp"],
    ["Ron Hale"],
)
quote(
    C,
    [
        "Police Chief Ron Hale and Fire Chief Nadia Kemp briefed reporters after the blaze.",
        'The police chief added: "Two men have been arrested."',
    ],
    "Two men have been arrested.",
    ["Ron Hale"],
    ["Nadia Kemp"],
)
quote(
    C,
    [
        "Energy Minister Piet Kroon and Climate Minister Sanne Vos signed the deal in The Hague.",
        '"Coal is finished," the climate minister declared.',
    ],
    "Coal is finished,",
    ["Sanne Vos"],
    ["Piet Kroon"],
)
quote(
    C,
    [
        "Trade Minister Ola Berge met Farm Minister Kari Lie before the vote.",
        '"Our farmers will be protected," said the farm minister.',
    ],
    "Our farmers will be protected,",
    ["Kari Lie"],
    ["Ola Berge"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
