# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of credits38 (``grounding_rvcredits38.jsonl``, session 38, review
rvcredits38): the wrong bylines and outlets a page's head and foot read as credit fields may
let through, and the right ones near their form (:mod:`summarizer.verification.bylines.maker_credits`).
By category:

- ``review-bylines``: a credit that names the maker of a *reviewed work*, not of the page
  ("Audiobook review | <title> | Read by A", "Book review | <title> | Written by A", "Theatre |
  <title> | Written by A", "Compiled by A" under a book's title), a photographer, an
  illustrator, a narrator, a desk editor in a wire foot, an interview's subject or guest; beside
  them the page's own writers ("Reporting by A in London; Editing by B", "Interview by A",
  "Story and photographs by A", "Filed by A from <place>", a masthead "Outlet · A · date").
- ``review-outlets``: the organisation a guest writer's credit names as theirs ("By A,
  Professor of Public Finance, Kingsmoor University", "By A, Chief Economist, Coral Sea Bank",
  a foot's "A, Coral Sea Bank"), a body a page is addressed to or about ("An open letter to
  the board of X", "A speech to the staff of X", a headline "Layoffs hit the writers of X"), a
  dateline's small town ("By A, Kirkby Lonsdale"), a title cut short ("Kanto Farm" for "Kanto
  Farm Journal"); beside them the publication after a staff writer's credit, a newsroom's
  edition, an editorial board, "Written for X by A", "X contributor", "for X".

Run ``python tests/data/make_rvcredits38_cases.py`` to rebuild it. The events are invented or
general; the outlets, people and works are invented, every sentence was written for this set,
and each verdict was decided as a careful fact-checker reads the page before any rule ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvcredits38.jsonl")

built = SupportCases("rvcr38")
FIRE = (
    "Firefighters in the foothills west of Boulder, Colorado, had contained 60 percent of the Ridgeline fire by Saturday evening, two days after it forced 4,200 residents from their homes.\n\n"
    'County sheriff Curtis Johnson said no deaths had been reported. "Cooler air and a little rain bought us the night we needed," he told reporters.\n\n'
    "Evacuation orders for three neighborhoods were lifted on Sunday.\n"
)
COUNCIL = (
    "Councillors voted on Wednesday night to raise council tax by 4.99 per cent, the most allowed without a local referendum, to close a £38m gap in next year's budget.\n\n"
    'The council leader, Tom Hunt, said the rise was "the last thing any of us wanted". Opposition members said libraries and rural bus routes would still be cut.\n\n'
    "The new rate takes effect in April.\n"
)
RATES = (
    "The Reserve Bank of Australia held its cash rate at 3.60 per cent on Tuesday, saying inflation was easing more slowly than it had hoped.\n\n"
    "Governor Michele Bullock said the board had discussed a cut but judged it premature. Most economists had expected the hold, and the Australian dollar barely moved.\n\n"
    "The next decision is due in December.\n"
)
AUDIO = (
    "A lighthouse keeper's daughter, a missing ledger and a winter that will not end: the novel's set-up is familiar, but the reading lifts it.\n\n"
    "The narrator gives each of the island's families its own cadence, and the storm chapters are genuinely frightening. At eleven hours it sags in the middle.\n\n"
    "Recommended for long drives.\n"
)
BOOK = (
    "The shipyards of the upper Clyde launched a fifth of the world's tonnage before 1914; within seventy years almost all of them had closed.\n\n"
    "This history follows one yard from its first keel to its last, drawing on wage books and the memories of the men who worked there. The chapters on the 1971 work-in are the strongest.\n\n"
    "It is a generous, angry and necessary book.\n"
)
PLAY = (
    "Three sisters return to the family pub on the quayside after their father's funeral and find the deeds missing.\n\n"
    "The first act is a comedy of old grudges; the second turns darker than the audience expects. The cast of five never puts a foot wrong.\n\n"
    "Book early: the run is short.\n"
)
MEDIA = (
    "The Granite Post, a 120-year-old daily, will cut 30 of its 90 newsroom jobs and stop printing on Mondays, its owner announced on Thursday.\n\n"
    "The paper's editor said in a note to readers that the cuts were driven by falling advertising. The union representing its journalists said it would ballot for strikes.\n\n"
    "The changes take effect next month.\n"
)
BYLINES, OUTLETS = "review-bylines", "review-outlets"
byline = partial(built.article_field, BYLINES, "byline")
outlet = partial(built.article_field, OUTLETS, "outlet")


def page(head: str, body: str, title: str = "What happened this week") -> str:
    """A headline, the head line(s) ``head``, a blank line and the ``body``."""
    return f"{title}\n\n{head}\n\n{body}"


# --- review-bylines ---------------------------------------------------------------------------
# must fail: a reviewed work's maker, a photographer, an illustrator, a narrator, a desk
# editor, an interview's subject or guest
byline(page("Audiobook review | The Lantern Keeper | Read by Imogen Hartley | 11 hrs 40 mins", AUDIO, title="Storm chapters to keep you awake"),
       [], ["Imogen Hartley"])  # fmt: skip
byline(page("Book review | Salt and Iron: A History of the Clyde Yards | Written by Douglas Baird | Birlinn, £20", BOOK, title="The yard that built the world"),
       [], ["Douglas Baird"])  # fmt: skip
byline(page("Review | Letters from the Yards, 1915-18 | Compiled by Morag Innes | Polygon, £14.99", BOOK, title="The yard that built the world"),
       [], ["Morag Innes"])  # fmt: skip
byline(page("Theatre | The Quayside Sisters | Written by Niamh Doyle | Lyric Theatre, until 14 June", PLAY, title="A wake that turns to war"),
       [], ["Niamh Doyle"])  # fmt: skip
byline(page("Audiobook | The Lantern Keeper | Narrated by Imogen Hartley", AUDIO, title="Storm chapters to keep you awake"),
       [], ["Imogen Hartley"])  # fmt: skip
byline(page("By Dana Whitfield | Photographs by Luis Carrera | The Foothills Courier", FIRE),
       ["Dana Whitfield"], ["Luis Carrera"])  # fmt: skip
byline(page("Illustration by Ama Owusu · The Granite Post · 12 June 2025", COUNCIL),
       [], ["Ama Owusu"])  # fmt: skip
byline(page("Pictured: Curtis Johnson | The Foothills Courier | June 8, 2025", FIRE),
       [], ["Curtis Johnson"])  # fmt: skip
byline(page("With Tariq Aziz | Coastline Radio | Morning edition", RATES),
       [], ["Tariq Aziz"])  # fmt: skip
byline(page("Interview with Tariq Aziz | By Lena Ortiz | Coastline Radio", RATES),
       ["Lena Ortiz"], ["Tariq Aziz"])  # fmt: skip
byline(page("The Foothills Courier", FIRE + "\nReporting by Kate Holton in Boulder; Editing by William James\n"),
       ["Kate Holton"], ["William James"])  # fmt: skip
byline(page("By Dana Whitfield, The Foothills Courier", FIRE),
       ["Dana Whitfield"], ["Curtis Johnson", "Luis Carrera"])  # fmt: skip
# must pass: the page's own writers in forms near the credits above
byline(page("Interview by Lena Ortiz | Coastline Radio | 3 June 2025", RATES),
       ["Lena Ortiz"], [])  # fmt: skip
byline(page("Story and photographs by Dana Whitfield | The Foothills Courier", FIRE),
       ["Dana Whitfield"], [])  # fmt: skip
byline(page("Filed by Dana Whitfield from Boulder | June 8, 2025", FIRE),
       ["Dana Whitfield"], [])  # fmt: skip
byline(page("The Foothills Courier · Marcus Bell · Sunday, June 8, 2025", FIRE),
       ["Marcus Bell"], [])  # fmt: skip
byline(page("Review by Fionnuala Keane | Audiobooks | The Granite Post", AUDIO, title="Storm chapters to keep you awake"),
       ["Fionnuala Keane"], ["The Granite Post"])  # fmt: skip
byline(page("Analysis by Kwame Asante, Gold Coast Ledger", RATES),
       ["Kwame Asante"], ["Michele Bullock"])  # fmt: skip
byline(page("Words by Rhiannon Price / The Sheffield Tribune", COUNCIL),
       ["Rhiannon Price"], ["Tom Hunt"])  # fmt: skip
byline(page("Opinion | By Priya Natarajan, chief economist, Coral Sea Bank", RATES),
       ["Priya Natarajan"], ["Coral Sea Bank"])  # fmt: skip
byline(page("Compiled by Lena Ortiz for Coastline Radio", RATES),
       ["Lena Ortiz"], [])  # fmt: skip
byline(page("The Granite Post", COUNCIL + "\n— Rhiannon Price\n"),
       ["Rhiannon Price"], [])  # fmt: skip

byline(page("Poem of the week | Harbour at Dusk | Read by Imogen Hartley", AUDIO, title="A lighthouse in eleven hours"),
       [], ["Imogen Hartley"])  # fmt: skip
byline(page("Theatre review | The Quayside Sisters | Script by Niamh Doyle | Lyric Theatre", PLAY, title="A wake that turns to war"),
       [], ["Niamh Doyle"])  # fmt: skip
byline(page("Review | Selected Remarks, 1990-2010 | Edited by Morag Innes | Polygon", BOOK, title="The yard that built the world"),
       [], ["Morag Innes"])  # fmt: skip
byline(page("The Granite Post", MEDIA + '\n"A free press is a newspaper that still prints on Mondays."\n— Ada Brennan\n'),
       [], ["Ada Brennan"])  # fmt: skip
byline(page("12 June 2025", FIRE + "\nLuis Carrera\nGetty Images\n"),
       [], ["Luis Carrera"])  # fmt: skip
byline(page("By Dana Whitfield-Ross | The Foothills Courier", FIRE),
       ["Dana Whitfield-Ross"], ["Dana Whitfield", "Dana Ross"])  # fmt: skip
byline(page("Midday bulletin | Coastline Radio | Read by Tariq Aziz", RATES),
       ["Tariq Aziz"], [])  # fmt: skip
byline(page("Transcript | Coastline Radio | Edited by Lena Ortiz | 3 June 2025", RATES),
       ["Lena Ortiz"], [])  # fmt: skip
byline(page("Theatre review by Fionnuala Keane | The Granite Post", PLAY, title="A wake that turns to war"),
       ["Fionnuala Keane"], [])  # fmt: skip
byline(page("12 June 2025", COUNCIL + "\nRhiannon Price\nThe Sheffield Tribune\n"),
       ["Rhiannon Price"], [])  # fmt: skip
byline(page("Interview | Lena Ortiz talks to Tariq Aziz | Coastline Radio", RATES),
       ["Lena Ortiz"], ["Tariq Aziz"])  # fmt: skip
byline(page("Guest column | Priya Natarajan | Coastline Radio | 3 June 2025", RATES),
       ["Priya Natarajan"], [])  # fmt: skip


# --- review-outlets ---------------------------------------------------------------------------
# must fail: a guest writer's organisation, a body addressed or reported on, a small town's
# dateline, a title cut short
outlet(page("By Rhiannon Price, Professor of Public Finance, Kingsmoor University", COUNCIL),
       [], ["Kingsmoor University"])  # fmt: skip
outlet(page("By Priya Natarajan, Chief Economist, Coral Sea Bank", RATES),
       [], ["Coral Sea Bank"])  # fmt: skip
outlet(page("Opinion | By Priya Natarajan, chief economist, Coral Sea Bank", RATES),
       [], ["Coral Sea Bank"])  # fmt: skip
outlet(page("By Marcus Bell, Senior Fellow, Pinecrest Institute | June 8, 2025", FIRE),
       [], ["Pinecrest Institute"])  # fmt: skip
outlet(page("Guest post", RATES + "\nPriya Natarajan, Coral Sea Bank\n"),
       [], ["Coral Sea Bank"])  # fmt: skip
outlet(page("An open letter to the board of Coral Sea Bank | 9 June 2025", RATES),
       [], ["Coral Sea Bank"])  # fmt: skip
outlet(page("A speech to the staff of Coral Sea Bank, Sydney, 9 June 2025", RATES),
       [], ["Coral Sea Bank"])  # fmt: skip
outlet(page("By Ama Owusu | The Tidewater Examiner", MEDIA, title="Layoffs hit the writers of The Granite Post"),
       ["The Tidewater Examiner"], ["The Granite Post"])  # fmt: skip
outlet(page("12 June 2025", MEDIA, title="Tributes from the staff of The Granite Post"),
       [], ["The Granite Post"])  # fmt: skip
outlet(page("By Ruth Adair, Kirkby Lonsdale", COUNCIL),
       [], ["Kirkby Lonsdale"])  # fmt: skip
outlet(page("By Dana Whitfield, Estes Park", FIRE),
       [], ["Estes Park"])  # fmt: skip
outlet(page("By Yuki Tanaka, Kanto Farm Journal", RATES),
       ["Kanto Farm Journal"], ["Kanto Farm"])  # fmt: skip
outlet(page("Atlantic Freight Digest · Mireille Dubois · 9 June 2025", RATES),
       ["Atlantic Freight Digest"], ["Atlantic Freight"])  # fmt: skip
outlet(page("In partnership with Pinecrest Institute | The Foothills Courier | June 8, 2025", FIRE),
       [], ["Pinecrest Institute"])  # fmt: skip
outlet(page("Sponsored by Coral Sea Bank | Coastline Radio | Morning edition", RATES),
       [], ["Coral Sea Bank"])  # fmt: skip
outlet(page("Curtis Johnson, Boulder County Sheriff's Office", FIRE),
       [], ["Boulder County Sheriff's Office"])  # fmt: skip
# must pass: the page's publisher near those forms
outlet(page("By Rhiannon Price, Local Democracy Reporter, The Sheffield Tribune", COUNCIL),
       ["The Sheffield Tribune"], [])  # fmt: skip
outlet(page("By Dana Whitfield, Staff Writer, The Foothills Courier", FIRE),
       ["The Foothills Courier"], [])  # fmt: skip
outlet(page("By Dana Whitfield | The Foothills Courier | June 8, 2025", FIRE),
       ["The Foothills Courier"], [])  # fmt: skip
outlet(page("The Foothills Courier newsroom, 6 a.m. MDT, June 8, 2025", FIRE),
       ["The Foothills Courier"], [])  # fmt: skip
outlet(page("By the editorial board of The Granite Post", COUNCIL),
       ["The Granite Post"], [])  # fmt: skip
outlet(page("Written for The Granite Post by Marcus Bell", COUNCIL),
       ["The Granite Post"], [])  # fmt: skip
outlet(page("By Marcus Bell, Consumer Affairs Editor, The Granite Post", COUNCIL),
       ["The Granite Post"], [])  # fmt: skip
outlet(page("By Ruth Adair, Kirkby Lonsdale Gazette", COUNCIL),
       ["Kirkby Lonsdale Gazette"], [])  # fmt: skip
outlet(page("By Marcus Bell, Granite Post contributor", COUNCIL),
       ["Granite Post"], [])  # fmt: skip
outlet(page("Compiled by Lena Ortiz for Coastline Radio", RATES),
       ["Coastline Radio"], [])  # fmt: skip
outlet(page("By Lena Ortiz, Coastline Radio, Sydney", RATES),
       ["Coastline Radio"], [])  # fmt: skip
outlet(page("By Mireille Dubois, markets reporter, Atlantic Freight Digest", RATES),
       ["Atlantic Freight Digest"], [])  # fmt: skip

outlet(page("By Ama Owusu | The Tidewater Examiner", MEDIA, title="Why the editors of The Granite Post got it wrong"),
       ["The Tidewater Examiner"], ["The Granite Post"])  # fmt: skip
outlet(page("Ama Owusu, media correspondent", MEDIA, title="Strike threat from the newsroom at The Granite Post"),
       [], ["The Granite Post"])  # fmt: skip
outlet(page("12 June 2025", MEDIA, title="Owner silences the desk at The Granite Post"),
       [], ["The Granite Post"])  # fmt: skip
outlet(page("The Granite Post | Monday edition | Marcus Bell", COUNCIL),
       ["The Granite Post"], ["Monday edition"])  # fmt: skip
outlet(page("An editorial from the editors of The Granite Post", COUNCIL),
       ["The Granite Post"], [])  # fmt: skip
outlet(page("12 June 2025", COUNCIL + "\nRhiannon Price\nThe Sheffield Tribune\n"),
       ["The Sheffield Tribune"], [])  # fmt: skip
outlet(page("By the staff of The Foothills Courier | June 8, 2025", FIRE),
       ["The Foothills Courier"], [])  # fmt: skip

# session 40 (gsp40b), new words: a title cut before its head noun is no outlet, the whole
# title is
outlet(page("By Nadia Foley, Harbour Grain Review", COUNCIL),
       ["Harbour Grain Review"], ["Harbour Grain"])  # fmt: skip
outlet(page("Lakeside Timber Gazette | Owen Pratt | 4 May 2025", FIRE),
       ["Lakeside Timber Gazette"], ["Lakeside Timber"])  # fmt: skip
outlet(page("By Selma Okoro, Prairie Cattle Weekly", RATES),
       ["Prairie Cattle Weekly"], ["Prairie Cattle"])  # fmt: skip
outlet(page("Northern Cargo Bulletin · Ivo Marek · 2 July 2025", MEDIA),
       ["Northern Cargo Bulletin"], ["Northern Cargo"])  # fmt: skip
# session 40 (gsp40b): a head line of a person's name and a body, when the story names that
# person again, gives a source's office, not the publisher; a writer the body never names
# beside the publication is the page's credit
outlet(page("Tom Hunt, Kirkby Lonsdale District Council", COUNCIL),
       [], ["Kirkby Lonsdale District Council"])  # fmt: skip
outlet(page("Michele Bullock, Reserve Bank of Australia", RATES),
       [], ["Reserve Bank of Australia"])  # fmt: skip
outlet(page("Curtis Johnson, Ridgeline Fire Command", FIRE),
       [], ["Ridgeline Fire Command"])  # fmt: skip
outlet(page("Curtis Johnson, Boulder County Emergency Services", FIRE),
       [], ["Boulder County Emergency Services"])  # fmt: skip
outlet(page("Ruth Adair, The Sheffield Tribune", COUNCIL),
       ["The Sheffield Tribune"], [])  # fmt: skip
outlet(page("Dana Whitfield, The Foothills Courier", FIRE),
       ["The Foothills Courier"], [])  # fmt: skip
outlet(page("Lena Ortiz, Coastline Radio", RATES),
       ["Coastline Radio"], [])  # fmt: skip
outlet(page("Ama Owusu, The Tidewater Examiner", MEDIA),
       ["The Tidewater Examiner"], [])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    cases: list[dict[str, object]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
