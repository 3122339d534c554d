"""Build the published-date set (``grounding_published.jsonl``): value-support cases for the
page's own date and outlet, the causes an independent check on other outlets' pages found (check 22:
a page dated "Tuesday, April 30, 2019" on its own line let a date its body reports, "21
December 2018", pass as the published date), with what must pass and what must fail:

- ``published-date-lines``: where a page has date lines (short lines among its first six or
  last two that write a full date: "Published: ...", a bare date; "Updated: ..." only alone), its
  published date is one of theirs, in any spelling ("April 30, 2019", "30 April 2019",
  "2019-04-30", "4/30/2019"), and not a date only its body states; where it has none, a full
  date anywhere in the text still counts (a lead that opens with its date), and a date the
  text never states never does;
- ``outlet-title-lines``: a saved page's title line keeps the site's name after a separator
  ("Headline | Outlet", "Headline • Outlet", "Headline - Outlet") in a line of a headline's
  length: that names the publisher; the name with words after it, after a comma, in a body
  paragraph or in a line too long for a title does not;
- ``byline-sign-off``: a reporter's name alone on the story's last line, under a finished
  sentence ("Zainab Sa'id"), credits them; a name in the last sentence, after "Photo:" or
  "Edited by", on a middle line, another person's first name with that surname, or a name
  the story only mentions does not.

Run ``python tests/data/make_published_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_published.jsonl")

built = SupportCases("pub")


def published(text: str, passes: list[str], fails: list[str]) -> None:
    """The article's published date is each of ``passes`` (supported) and ``fails`` (not)."""
    built.each(
        "published-date-lines",
        text,
        passes,
        fails,
        "article.published",
        _article("published"),
        "published",
    )


def _article(field: str) -> Callable[[str], dict[str, Any]]:
    """The facts holding a value in the article block's ``field``."""
    return lambda value: {"article": {**ARTICLE, field: value}}


BODY = (
    "The two sides first agreed a truce on 21 December 2018, and renewed it on "
    "March 2, 2019 after talks in the capital, the army said in a statement."
)
published(
    "Army extends truce\n\nTuesday, April 30, 2019\n\nBy Lena Ortiz\n\n" + BODY + "\n",
    ["2019-04-30"],
    ["2018-12-21", "2019-03-02", "2019-04-29"],
)
published(
    "Army extends truce\nPublished: 30 April 2019 | Updated: 1 May 2019\n\n" + BODY + "\n",
    ["2019-04-30"],
    ["2018-12-21", "2019-03-02", "2019-05-01"],  # updated is not published (check 26)
)
published(
    "Army extends truce\n2019-04-30\n" + BODY + "\n", ["2019-04-30"], ["2018-12-21", "2019-03-02"]
)
published(
    "Army extends truce\nPosted 4/30/2019 9:14 AM\n" + BODY + "\n",
    ["2019-04-30"],
    ["2018-12-21", "2019-03-02"],
)
published(
    "Army extends truce\n\n" + BODY + "\n\nThis article was published on April 30th, 2019.\n",
    ["2019-04-30"],
    ["2018-12-21"],
)
# no date line: a date the text states still counts, and one it never states does not
published("Army extends truce\n\n" + BODY + "\n", ["2018-12-21", "2019-03-02"], ["2019-04-30"])
published(
    "Army extends truce\n\nYANGON, April 30, 2019 (Test Wire) - " + BODY + "\n",
    ["2019-04-30", "2018-12-21"],
    ["2019-05-30"],
)
# a long paragraph near the top that mentions a date is no date line
LEAD = (
    "On 12 June 2020 the foreign ministers of the two countries signed the accord that ended "
    "the border dispute, officials said on Friday."
)
published("Accord signed\n\n" + LEAD + "\n", ["2020-06-12"], ["2020-06-13", "2021-06-12"])
published(
    "Accord signed\nFriday 12 June 2020\n\n" + LEAD + " It was first drafted on 3 May 2019.\n",
    ["2020-06-12"],
    ["2019-05-03", "2020-06-11"],
)


def outlet(text: str, passes: list[str], fails: list[str]) -> None:
    """The article's outlet is each of ``passes`` (supported) and ``fails`` (not)."""
    built.each(
        "outlet-title-lines", text, passes, fails, "article.outlet", _article("outlet"), "outlet"
    )


TITLE = "New Truce Agreement In Place To End Fighting Along The Northern Border Region"
STORY = (
    "\n\nThe two armies agreed a new truce after long talks in the capital on Thursday, "
    "officials said.\n\nThe Harbour Gazette and the Valley Times both carried the news, and "
    "the River Herald said the deal would be tested soon.\n\nMore talks are planned.\n"
)
for separator in (" \u2022 ", " | ", " - ", " \u2013 ", " \u2014 ", " \u00b7 "):
    outlet(TITLE + separator + "Mirror Daily" + STORY, ["Mirror Daily"], ["Harbour Gazette"])
outlet(
    "Skip to content\n\n" + TITLE + "   \u2022 Mirror Daily." + STORY,
    ["Mirror Daily"],
    ["Valley Times", "River Herald"],
)
outlet(TITLE + " - Mirror Daily says the deal holds" + STORY, [], ["Mirror Daily"])
outlet(TITLE + ", Mirror Daily" + STORY, [], ["Mirror Daily"])
outlet(
    TITLE + STORY + "\nAnalysts were cautious - Mirror Daily\n\nOne more paragraph.\n\n"
    "And another.\n\nAnd a last one.\n",
    [],
    ["Mirror Daily"],
)
for name, title in (
    (
        "The Coastal Courier",
        "Border Truce Holds For A Third Day As Talks Resume | The Coastal Courier",
    ),
    ("Kanto Evening Post", "Leaders Postpone Summit Over Weather \u2014 Kanto Evening Post"),
    ("Nairobi Ledger", "Senators Back New Sanctions Bill :: Nairobi Ledger"),
):
    outlet(title + STORY, [name], [])
LONG = " ".join(["word"] * 32)
outlet(LONG + " | Mirror Daily" + STORY, [], ["Mirror Daily"])


def byline(text: str, passes: list[str], fails: list[str]) -> None:
    """The article's byline is each of ``passes`` (supported) and ``fails`` (not)."""
    built.each(
        "byline-sign-off", text, passes, fails, "article.byline", _article("byline"), "byline"
    )


NEWS = (
    "Truce holds in the north\n\nABUJA - The two sides agreed a truce on Monday after talks "
    "led by Governor Musa Danladi, officials said.\n\nMore talks are planned for next week, "
    "according to Amina Yusuf, a spokeswoman.\n"
)
byline(NEWS + "\nZainab Sa\u2019id\n", ["Zainab Sa\u2019id"], ["Zainab Bello", "Musa Danladi"])
byline(NEWS + "\nJean-Paul Okafor\n", ["Jean-Paul Okafor"], ["Amina Yusuf"])
byline(NEWS + "\nChidi Emeka Nwosu\n", ["Chidi Emeka Nwosu"], ["Chidi Okoro"])
byline(NEWS + "\nFatima O'Brien\n", ["Fatima O'Brien"], [])
byline(NEWS + "\nIbrahim Garba\n\n", ["Ibrahim Garba"], ["Ibrahim Lawal"])
byline(NEWS + "\nTunde Adeyemi", ["Tunde Adeyemi"], [])
byline(
    NEWS.replace("next week", "next week.\n\n\u201cWe are hopeful,\u201d she said")
    + "\nKemi Alade\n",
    ["Kemi Alade"],
    [],
)
byline(NEWS + "\nNgozi Adaeze Obi-Okafor\n", ["Ngozi Adaeze Obi-Okafor"], [])
byline(NEWS + "\nHauwa Ali\n", ["Hauwa Ali"], [])
byline(NEWS + "\nSegun Bakare\n", ["Segun Bakare"], [])
byline(NEWS + "\nPhoto: Zainab Bello\n", [], ["Zainab Bello"])
byline(NEWS + "\nEdited by Zainab Bello\n", [], ["Zainab Bello"])
byline(NEWS + "\nZainab Bello reports from Abuja.\n", [], ["Zainab Bello"])
byline(NEWS.replace("\n\nMore talks", "\n\nZainab Bello\n\nMore talks"), [], ["Zainab Bello"])
byline(NEWS, [], ["Musa Danladi", "Amina Yusuf"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
