# ruff: noqa: E501  (the pages are written one paragraph a line, as outlets print them)
"""Build the set of press-release sender lines (``grounding_senders20.jsonl``), by category,
each with what must pass and what must fail:

- ``sender-person``: a government page's "From:" line often lists the department with its
  minister ("From: HM Treasury and The Rt Hon Rachel Reeves MP"); the department is an outlet
  of the page, the minister (a person, with or without "Rt Hon" and "MP") is not, and neither
  is a piece of either;
- ``quoted-header``: a "From:" line that the copy quotes (a memo or an e-mail "begins:", a
  "From:" with a "To:" under it) names the quoted document's sender, not the page's outlet.

Run ``python tests/data/make_senders20_cases.py`` to rebuild it. Every page below was
written for this set (invented sentences; real departments' names as GOV.UK-style pages print
them); each verdict is what a careful fact-checker reads in the text, decided when the case
was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_senders20.jsonl")

built = SupportCases("s20", leads=[""])
PERSON, QUOTED = "sender-person", "quoted-header"

RELEASE = "{title}\n{label}\nFrom: {sender}\nPublished {day}\n\n{body}\n\nThe measures take effect at once, officials said.\n"
BODIES = [
    "The Chancellor set out new sanctions on 30 vessels today.",
    "The Government will today freeze the assets of 12 firms.",
    "Ministers announced a 25% duty on imported steel fixings.",
    "The Secretary of State confirmed that talks will resume in Geneva.",
]


def outlet(category: str, expect: bool, why: str, text: str, value: str) -> None:
    facts = {"article": {**ARTICLE, "outlet": value}}
    built.add(category, expect, f"outlet {value!r}: {why}", text, facts, "article.outlet")


def release(sender: str, n: int, label: str = "Press release") -> str:
    return RELEASE.format(
        title=f"New measures announced ({n})",
        label=label,
        sender=sender,
        day=f"{3 + n} May 2025",
        body=BODIES[n % len(BODIES)],
    )


# --- sender-person: a department listed with its minister ----------------------------------
PAIRS = [
    (
        "HM Treasury and The Rt Hon Rachel Reeves MP",
        "HM Treasury",
        ["Rachel Reeves", "The Rt Hon Rachel Reeves MP", "Reeves", "HM Treasury and The Rt Hon"],
    ),
    (
        "Department for Transport and The Rt Hon Heidi Alexander MP",
        "Department for Transport",
        ["Heidi Alexander", "Rt Hon Heidi Alexander MP"],
    ),
    ("Home Office and the Rt Hon Yvette Cooper MP", "Home Office", ["Yvette Cooper", "Cooper"]),
    ("Scotland Office and Ian Murray MP", "Scotland Office", ["Ian Murray", "Ian Murray MP"]),
    (
        "Foreign, Commonwealth & Development Office, The Rt Hon David Lammy MP and Home Office",
        "Home Office",
        ["David Lammy", "Lammy"],
    ),
    (
        "Foreign, Commonwealth & Development Office, The Rt Hon David Lammy MP and Home Office",
        "Foreign, Commonwealth & Development Office",
        ["Commonwealth & Development Office"],
    ),
    (
        "Ministry of Defence and The Rt Hon John Healey MP",
        "Ministry of Defence",
        ["John Healey", "Defence"],
    ),
    (
        "Cabinet Office and Baroness Smith of Malvern",
        "Cabinet Office",
        ["Baroness Smith of Malvern", "Smith"],
    ),
    (
        "Department for Business and Trade, The Rt Hon Jonathan Reynolds MP and Lord Vallance",
        "Department for Business and Trade",
        ["Jonathan Reynolds", "Lord Vallance", "Department for Business"],
    ),
    (
        "Northern Ireland Office and The Rt Hon Hilary Benn MP",
        "Northern Ireland Office",
        ["Hilary Benn", "Northern Ireland"],
    ),
    ("Wales Office and Jo Stevens MP", "Wales Office", ["Jo Stevens"]),
    # a minister with a title or with no marker at all (session 20 review)
    ("Ministry of Finance and Jan Novak", "Ministry of Finance", ["Jan Novak", "Novak"]),
    ("Cabinet Office and Minister Jan Novak", "Cabinet Office", ["Minister Jan Novak"]),
    (
        "Ministry of Foreign Affairs and Secretary Maria Lopez",
        "Ministry of Foreign Affairs",
        ["Maria Lopez"],
    ),
]
for n, (sender, body, wrong) in enumerate(PAIRS):
    outlet(
        PERSON,
        True,
        "the department on a 'From:' line that also names its minister",
        release(sender, n),
        body,
    )
    for value in wrong:
        outlet(
            PERSON,
            False,
            "a minister or a piece of a sender, not the page's publisher",
            release(sender, n),
            value,
        )
outlet(PERSON, True, "the whole 'From:' line", release(PAIRS[0][0], 0), PAIRS[0][0])
outlet(
    PERSON,
    True,
    "a news story's 'From:' line with two departments",
    release("HM Treasury and Office of Financial Sanctions Implementation", 2, "News story"),
    "Office of Financial Sanctions Implementation",
)
outlet(
    PERSON,
    True,
    "the second of two departments, the first holding 'and'",
    release("Department for Business and Trade and HM Treasury", 1),
    "HM Treasury",
)
outlet(
    PERSON,
    True,
    "the first of two departments, holding 'and'",
    release("Department for Business and Trade and HM Treasury", 1),
    "Department for Business and Trade",
)
outlet(
    PERSON,
    True,
    "a department 'for' two subjects, the second of two capitalised words",
    release("Department for Energy Security and Net Zero", 2),
    "Department for Energy Security and Net Zero",
)
outlet(
    PERSON,
    False,
    "a piece of a department 'for' two subjects",
    release("Department for Energy Security and Net Zero", 2),
    "Department for Energy Security",
)
outlet(
    PERSON,
    True,
    "a department whose name holds 'and'",
    release("Department for Science, Innovation and Technology", 3),
    "Department for Science, Innovation and Technology",
)

# --- quoted-header: a document's "From:" line quoted in the copy ---------------------------
MEMO = "{title}\nThe Harbour Gazette\nBy {writer}\n\n{lead}\n{header}\n\n{rest}\n"
QUOTED_CASES = [
    (
        "Leaked memo shows rift over sanctions",
        "Marta Nowak",
        "The memo, seen by this newspaper, begins:",
        "From: Cabinet Office\nTo: HM Treasury",
        "It urges a delay of three months.",
        ["Cabinet Office", "HM Treasury"],
    ),
    (
        "Email reveals doubts over tariff plan",
        "Owen Price",
        "The email, sent on Friday, reads:",
        "From: Department for Business and Trade",
        "It warns that a 25% duty would hurt exporters.",
        ["Department for Business and Trade"],
    ),
    (
        "Ministry letter asks firms to wait",
        "Ruth Adler",
        "The letter is headed:",
        "From: Ministry of Defence\nSubject: export licences",
        "It asks firms to hold shipments.",
        ["Ministry of Defence"],
    ),
    (
        "Internal note on ceasefire talks",
        "Kofi Boateng",
        "A copy of the note reads as follows:",
        "From: Foreign, Commonwealth & Development Office\nTo: Prime Minister's Office",
        "It says talks in Doha will resume.",
        ["Foreign, Commonwealth & Development Office", "Prime Minister's Office"],
    ),
    (
        "Officials warned of delays",
        "Lena Fischer",
        "",
        "From: Home Office\nTo: Cabinet Office",
        "The note, dated 2 May, warned of delays.",
        ["Home Office", "Cabinet Office"],
    ),
    (
        "Treasury pushed back on duty cut",
        "Amir Haddad",
        "The reply, released under freedom of information rules, opens:",
        "From: HM Treasury\nSent: 14 April 2025\nTo: Department for Business and Trade",
        "It rejects a cut of the 10% duty.",
        ["HM Treasury", "Department for Business and Trade"],
    ),
]
for title, writer, lead, header, rest, wrong in QUOTED_CASES:
    text = MEMO.format(title=title, writer=writer, lead=lead, header=header, rest=rest).replace(
        "\n\n\n", "\n\n"
    )
    for value in wrong:
        outlet(QUOTED, False, "the sender of a memo or e-mail the copy quotes", text, value)
    outlet(QUOTED, True, "the newspaper's own label line", text, "The Harbour Gazette")
for n, sender in enumerate(
    [
        "Cabinet Office",
        "HM Treasury",
        "Department for Transport",
        "Ministry of Justice",
        "Home Office",
    ]
):
    outlet(QUOTED, True, "a release's own 'From:' line under its label", release(sender, n), sender)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
