"""Build the set of session 39's apposed names (``grounding_r3speakers.jsonl``); its false-title
pages ("Chief executive X credited the deal with Y. '...,' he said") stay here unbuilt (the rule
for them was withdrawn, ``summarizer/verification/sentences/false_titles.py`` says why).

- ``apposed-name``: a role described, then named between commas ("The agency's chief economist,
  Lawrence Yun, pointed to rates. '...,' he said"; "NHS England's national medical director for
  urgent care, Professor Linda Shaw, issued a plea"; '"...," said the bank's chief executive,
  Ana Ruiz.'; ``summarizer/verification/sentences/appositive_subjects.py``): the name is the
  speaker, never a person named in an earlier sentence. Refused: two people in apposition joined
  by "and"; a name in the possessive after the comma ("The bank's chairman, Tom Hale's former
  deputy, resigned"); a phrase, not a name, after the comma ("The union's lawyer, acting for Tom
  Hale,"); the apposed name when the quote's own sentence names another speaker; a name inside the
  quoted words.

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
TITLE, APPOSED = "false-title", "apposed-name"

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
# The false-title pages are kept for a later reader and not built: joining a false title to its
# name (session 39) made "Chief executive X apologised. '...,' the airline said" X's, seven
# wrong accepts in older sets (a business noun read back to the titled person).


# (the page's paragraphs, the quoted words, who said them, who did not)
# fmt: off
APPOSITIONS: list[tuple[list[str], str, list[str], list[str]]] = [
    (
        [
            "Tom Hale, the agency's president, opened the briefing.",
            'The agency\'s chief economist, Lawrence Yun, pointed to mortgage rates. '
            '"Home sales have been sluggish for years," he said.',
        ],
        'Home sales have been sluggish for years',
        ['Lawrence Yun'],
        ['Tom Hale'],
    ),
    (
        [
            "Maria Lopez chairs the bank's board.",
            '"We will not cut the dividend," said the bank\'s chief executive, Ana Ruiz.',
        ],
        'We will not cut the dividend',
        ['Ana Ruiz'],
        ['Maria Lopez'],
    ),
    (
        [
            'Union negotiator Dale Byrne walked out on Monday.',
            'The council\'s director of waste services, Mark Ellis, wrote to residents. '
            '"Collections will resume on Friday," he wrote.',
        ],
        'Collections will resume on Friday',
        ['Mark Ellis'],
        ['Dale Byrne'],
    ),
    (
        [
            "Grace Okafor runs the trust's largest hospital.",
            "NHS England's national medical director for urgent care, "
            "Professor Linda Shaw, issued a plea. "
            '"Please use 111 online first," she said.',
        ],
        'Please use 111 online first',
        ['Linda Shaw'],
        ['Grace Okafor'],
    ),
    (
        [
            "The port's owner, Rotterdam, declined to comment.",
            '"Ships are waiting at anchor," said the union\'s harbour organiser, Niek de Vries.',
        ],
        'Ships are waiting at anchor',
        ['Niek de Vries'],
        ['Rotterdam'],
    ),
    (
        [
            'Carlos Vidal, a trader in Madrid, bought shares.',
            'The exchange\'s head of listings, Luis Moreno, defended the rules. '
            '"Nobody was misled," he told reporters.',
        ],
        'Nobody was misled',
        ['Luis Moreno'],
        ['Carlos Vidal'],
    ),
    (
        [
            'Helen Gray heads the regulator.',
            'A spokeswoman for the ministry, Priya Nair, gave the figure. '
            '"Forty ships are delayed," she said.',
        ],
        'Forty ships are delayed',
        ['Priya Nair'],
        ['Helen Gray'],
    ),
    (
        [
            'Paul Kerr, a landlord, owns four of the blocks.',
            '"Vacancy is at a record," says the firm\'s senior analyst, Omar Haddad.',
        ],
        'Vacancy is at a record',
        ['Omar Haddad'],
        ['Paul Kerr'],
    ),
    (
        [
            'Sarah Hunter left the council in May.',
            'The city\'s new chief planner, Anne Kemp, inherited the scheme. '
            '"It needs a rethink," she said.',
        ],
        'It needs a rethink',
        ['Anne Kemp'],
        ['Sarah Hunter'],
    ),
    (
        [
            'Ray Dunn founded the airline in 1998.',
            '"Fares will rise this summer," said the carrier\'s commercial director, Jo Marsh.',
        ],
        'Fares will rise this summer',
        ['Jo Marsh'],
        ['Ray Dunn'],
    ),
    (
        [
            "The firm's founder, Tom Hale, and its chief executive, Dan Pryce, signed the letter.",
            '"We owe our staff an apology," he said.',
        ],
        'We owe our staff an apology',
        [],
        ['Tom Hale'],
    ),
    (
        [
            "The bank's chairman, Tom Hale's former deputy, resigned.",
            '"I leave with regret," said Dan Pryce.',
        ],
        'I leave with regret',
        ['Dan Pryce'],
        ['Tom Hale'],
    ),
    (
        [
            "The union's lawyer, acting for Tom Hale, filed the claim.",
            '"This is a clear breach," the lawyer said.',
        ],
        'This is a clear breach',
        [],
        ['Tom Hale'],
    ),
    (
        [
            "The minister's adviser, Helen Gray, briefed Priya Nair.",
            '"The ships will sail," said Priya Nair.',
        ],
        'The ships will sail',
        ['Priya Nair'],
        ['Helen Gray'],
    ),
    (
        [
            "The carrier's chief executive, Jo Marsh, named a successor.",
            '"Jo Marsh leaves us stronger," the chairman, Ray Dunn, said.',
        ],
        'Jo Marsh leaves us stronger',
        ['Ray Dunn'],
        ['Jo Marsh'],
    ),
]
# fmt: on
for paragraphs, words, passes, fails in APPOSITIONS:
    built.quote(APPOSED, built.page(*paragraphs), words, passes, fails)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
