# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 55's unwritten_offices reading (``grounding_ro55.jsonl``, fresh-miss
writer ro55; :mod:`summarizer.verification.people.unwritten_offices`), at the edges of

- ``unwritten``: a role whose office noun the page writes nowhere, in no word form
  ("chief financial officer" or "chairman" on a page with neither, "Treasury Secretary" for a
  person the page names bare), refused; against the same office in the page's own word forms
  and a labeller's usual rewordings (chair/chairman/chairwoman, spokesperson/spokesman, CEO/chief
  executive, Sen./senator, PM/prime minister, director/directs), an office written only in a
  quote, a caption or a fact box, and generic roles that describe rather than name an office
  (reporter, head, leader, member, owner, fan).

Run ``python tests/data/make_ro55_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ro55.jsonl")

built = SupportCases(
    "ro55",
    leads=[
        "By Tamsin Ecker | The Solway Gazette",
        "PORTLAND (Cascade Wire) -",
        "Business | The Fenland Post",
        "From our Leeds desk, The Aire Courier.",
        "LIVE | The Medway Bulletin",
    ],
)
UNWRITTEN = "unwritten"


role = partial(built.person_role, UNWRITTEN)


# --- the office written nowhere: refused; the page's own forms: passed ----------------------
role(
    "Lena Moss",
    ["head of sales"],
    ["chief financial officer", "Chairman"],
    "Lena Moss, the head of sales at Harbour Foods, told analysts that orders would recover by the spring.",
    "Shares in the grocer rose 3% on the news.",
)
role(
    "Dario Pell",
    ["chairman"],
    ["Treasury Secretary"],
    "The board of Vantage Rail re-elected Dario Pell as its chair on Thursday.",
    "He has led the board since 2019.",
)
role(
    "Ivo Brandt",
    ["chief executive", "CEO"],
    ["president"],
    "Ivo Brandt, CEO of Kestrel Air, said the airline would add four routes to Lisbon next year.",
    "The carrier flew 9 million passengers last year.",
)
role(
    "Ruth Okafor",
    ["spokesperson", "spokeswoman"],
    ["mayor"],
    '"We are reviewing every complaint," said Ruth Okafor, a spokesman for the water company.',
    "Residents reported brown water for three days.",
)
role(
    "Tom Reyes",
    ["senator", "Sen."],
    ["governor"],
    "Sen. Tom Reyes, a Democrat, pressed the agency for answers at a hearing on Tuesday.",
    "The agency said it would reply in writing.",
)
role(
    "Maya Lind",
    ["prime minister"],
    ["ambassador", "Foreign Secretary"],
    "PM Maya Lind flew to Oslo on Monday for two days of talks on fishing quotas.",
    "Her office said no deal was expected.",
)
role(
    "Felix Aaron",
    ["director of the festival", "festival director"],
    ["treasurer"],
    "Felix Aaron, who directs the Wexmouth film festival, said ticket sales had doubled.",
    "The festival opens on Friday.",
)
role(
    "Carla Jensen",
    ["head of the lab"],
    ["professor", "dean"],
    "Carla Jensen, who heads the soil lab at the institute, said the samples showed no lead.",
    "The results will be published next month.",
)
role(
    "Ola Berg",
    ["reporter"],
    ["editor"],
    "Ola Berg reported from the flooded valley for three days this week.",
    "Roads into the area reopened on Sunday.",
)
role(
    "Hugo Varga",
    ["leader of the opposition", "leader"],
    ["speaker of the parliament"],
    "Hugo Varga, who leads the opposition, called the budget a gift to landlords.",
    "The vote is due next week.",
)
role(
    "Pia Salo",
    ["member of the board"],
    ["commissioner"],
    "Pia Salo, who sits on the board of the Kymi water authority, voted against the rate rise.",
    "The motion passed by five votes to two.",
)
role(
    "Jon Kerr",
    ["owner"],
    ["manager"],
    "Jon Kerr, who owns the Dockside bakery, said flour prices had risen by a third.",
    "He has cut opening hours on Mondays.",
)
role(
    "Amy Lott",
    ["fan"],
    ["coach"],
    "Amy Lott, a season-ticket holder for 20 years, queued from dawn for the final.",
    "The club sold out in an hour.",
)
role(
    "Rhys Dunn",
    ["minister for housing"],
    ["Attorney General"],
    '"Every council will get the money," the housing minister, Rhys Dunn, said in a statement.',
    "Opposition parties said the sum was too small.",
)
role(
    "Nina Falk",
    ["chairwoman"],
    ["chief executive"],
    "The chairs of three water companies appeared before the committee; Nina Falk spoke first.",
    "She apologised for the sewage spills.",
)
role(
    "Omar Haddad",
    ["ambassador"],
    ["Secretary of State"],
    "Photo caption: Ambassador Omar Haddad arrives at the talks in Geneva.",
    "Haddad said the talks had been useful and would resume in March.",
)
role(
    "Sara Quist",
    ["mayor"],
    ["governor", "senator"],
    "Who's who",
    "Mayor: Sara Quist",
    "Sara Quist opened the new ferry terminal on Saturday.",
)
role(
    "Ben Ortiz",
    ["chief executive"],
    ["chairman", "chief operating officer"],
    '"Our chief executive, Ben Ortiz, has the board\'s full support," a statement from Larch Bank said.',
    "Ortiz took the job in 2022.",
)
role(
    "Elsa Marr",
    ["coach"],
    ["captain", "President"],
    "Elsa Marr, who coaches the under-21 side, named three newcomers in her squad on Friday.",
    "The team plays Norway on Tuesday.",
)
role(
    "Gwen Tally",
    ["chief financial officer", "CFO"],
    ["chief operating officer"],
    "Harbour Foods said its CFO, Gwen Tally, would step down in June after eight years.",
    "A search for a successor has begun.",
)
role(
    "Ivan Petek",
    ["captain"],
    ["manager"],
    "Ivan Petek, who skippered the side to the title last season, signed a new two-year deal.",
    "The midfielder turns 31 next month.",
)
role(
    "Dora Kell",
    ["police officer"],
    ["sheriff"],
    "Constable Dora Kell found the missing hiker on the ridge late on Saturday.",
    "The hiker was treated for cold.",
)
role(
    "Kofi Mensah",
    ["chief economist"],
    ["central bank governor"],
    "Kofi Mensah, the bank's chief economist, said inflation would ease by the autumn.",
    "Markets were calm.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
