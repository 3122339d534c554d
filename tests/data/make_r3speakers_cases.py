"""Build the set of session 39's false titles (``grounding_r3speakers.jsonl``): a quote's "he said"
or "she said" read back to a sentence that opens with a *false title*, the lower-case job words
news copy writes straight before a name with no article or comma ("chief executive Vincent
Clerc", "deputy chief auditor Maria Lopez", "retail analyst Jo Marsh", "union organiser Dale
Byrne", "hospital chairwoman Grace Okafor"; ``summarizer/verification/sentences/false_titles.py``).

- ``false-title``: the titled name is the sentence's subject, so the quote's pronoun takes it,
  not a person the sentence names after its verb ("credited the deal with Rolf Habben Jansen",
  "thanked Ana Ruiz", "wrote to Linda Shaw"; same gender, so the pronoun alone cannot decide).
  Refused: that later person; a titled name that is the object ("Investor Dan Pryce praised
  chief executive Tom Hale") or inside a prepositional phrase ("Growth under chief executive
  Ray Dunn pleased investor Tom Hale"); the titled subject when the quote's own sentence names
  its speaker ('"...," said analyst Jo Marsh'); a name inside the quoted words; the object of a
  verb whose ending looks like a title's ("sent", "resent").

Run ``python tests/data/make_r3speakers_cases.py`` to rebuild it. The texts are written for this
set in new words (shipping, audit, housing, retail, health, unions, trading); each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_r3speakers.jsonl")

built = SupportCases(
    "r3s39",
    leads=[
        "HAMBURG (Harbour Wire) -",
        "By Imogen Vale | The Calder Ledger",
        "MARKETS DESK | The Solent Courier",
        "CHICAGO, Lakeshore Post -",
    ],
)
TITLE = "false-title"

# (the sentence a false title opens, the quote's sentence, the quoted words, who said them,
# who did not)
# fmt: off
PAGES: list[tuple[str, str, str, list[str], list[str]]] = [
    (
        'Chief executive Vincent Clerc credited the new partnership with Rolf Habben Jansen.',
        '"We have had a strong first half of the year," he said.',
        'We have had a strong first half of the year',
        ['Vincent Clerc'],
        ['Rolf Habben Jansen'],
    ),
    (
        'Deputy chief auditor Maria Lopez thanked Ana Ruiz for the site records.',
        '"The tower was about a third built," she told reporters.',
        'The tower was about a third built',
        ['Maria Lopez'],
        ['Ana Ruiz'],
    ),
    (
        "Senior economist Kaytlin Ezzy pointed to Sarah Hunter's forecast of three more cuts.",
        '"Values are rising in almost every suburb," she said.',
        'Values are rising in almost every suburb',
        ['Kaytlin Ezzy'],
        ['Sarah Hunter'],
    ),
    (
        'Rival carrier boss Tom Hale met investor Dan Pryce in Hamburg on Monday.',
        '"Rates will not hold at these levels," he said afterwards.',
        'Rates will not hold at these levels',
        ['Tom Hale'],
        ['Dan Pryce'],
    ),
    (
        "Market watcher Priya Nair set the sell-off beside Helen Gray's crash of 2022.",
        '"This is a correction, not a crash," she wrote in a note to clients.',
        'This is a correction, not a crash',
        ['Priya Nair'],
        ['Helen Gray'],
    ),
    (
        'Union organiser Dale Byrne blamed Mark Ellis for the breakdown in talks.',
        '"We were ready to sign on Friday," he told members.',
        'We were ready to sign on Friday',
        ['Dale Byrne'],
        ['Mark Ellis'],
    ),
    (
        "Retail analyst Jo Marsh set the chain's figures beside those of Clare Booth's stores.",
        '"The discounting has not stopped," she said.',
        'The discounting has not stopped',
        ['Jo Marsh'],
        ['Clare Booth'],
    ),
    (
        'Hospital chairwoman Grace Okafor wrote to Linda Shaw on Thursday.',
        '"We cannot staff the wards on this budget," she wrote.',
        'We cannot staff the wards on this budget',
        ['Grace Okafor'],
        ['Linda Shaw'],
    ),
    (
        "Trepp researcher Omar Haddad answered Paul Kerr's question about office loans.",
        '"The distress is far from over," he said.',
        'The distress is far from over',
        ['Omar Haddad'],
        ['Paul Kerr'],
    ),
    (
        'Veteran trader Luis Moreno sold his stake to Carlos Vidal last week.',
        '"I got out at the right time," he said.',
        'I got out at the right time',
        ['Luis Moreno'],
        ['Carlos Vidal'],
    ),
    (
        "Maersk's chief executive Vincent Clerc credited the deal with Rolf Habben Jansen's team.",
        '"The network is setting new standards," he said.',
        'The network is setting new standards',
        ['Vincent Clerc'],
        ['Rolf Habben Jansen'],
    ),
    (
        'Freight historian Anne Kemp compared the strike with the one Nora Bell led in 1989.',
        '"Nothing on this scale has happened since," she said.',
        'Nothing on this scale has happened since',
        ['Anne Kemp'],
        ['Nora Bell'],
    ),
    (
        'Investor Dan Pryce praised chief executive Tom Hale at the meeting.',
        '"He has turned the company round," he said.',
        'He has turned the company round',
        ['Dan Pryce'],
        ['Tom Hale'],
    ),
    (
        'Regulator Helen Gray summoned chief strategist Priya Nair on Tuesday.',
        '"We expect full answers by Friday," she said.',
        'We expect full answers by Friday',
        ['Helen Gray'],
        ['Priya Nair'],
    ),
    (
        'Chief executive Vincent Clerc raised the forecast again.',
        '"Nobody expected this," said analyst Jo Marsh.',
        'Nobody expected this',
        ['Jo Marsh'],
        ['Vincent Clerc'],
    ),
    (
        'Senior auditor Maria Lopez published the report on Monday.',
        '"It was worse than we feared," Ana Ruiz, the city\'s mayor, told reporters.',
        'It was worse than we feared',
        ['Ana Ruiz'],
        ['Maria Lopez'],
    ),
    (
        'Growth under chief executive Ray Dunn pleased investor Tom Hale.',
        '"The numbers speak for themselves," Tom Hale said.',
        'The numbers speak for themselves',
        ['Tom Hale'],
        ['Ray Dunn'],
    ),
    (
        'Chief executive Ray Dunn spoke after the vote.',
        '"Tom Hale was right all along," he said.',
        'Tom Hale was right all along',
        ['Ray Dunn'],
        ['Tom Hale'],
    ),
    (
        "Union leader Sam Okoro sent Lena Fisk's negotiators a letter.",
        '"The offer is not good enough," he said.',
        'The offer is not good enough',
        ['Sam Okoro'],
        ['Lena Fisk'],
    ),
    (
        'Port spokesman Erik Vos resent the claim made by Piet Smit.',
        '"The port was never closed," he said.',
        'The port was never closed',
        ['Erik Vos'],
        ['Piet Smit'],
    ),
]
# fmt: on
for lead, said, words, passes, fails in PAGES:
    built.quote(TITLE, built.page(f"{lead} {said}"), words, passes, fails)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
