# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of review rvhd32 of mastheads32 (``grounding_rvhd32.jsonl``): the head-line
segment readers (:mod:`summarizer.verification.bylines.head_segments`) broken both ways. By
category:

- ``lent-names``: a head line names an outlet or a body for something else than publishing
  the page: an agency credited for a photo or a graphic, a sponsor beside a "Sponsored
  feature" or "Partner content" label, "In partnership with X", the writer's former outlet
  ("formerly of X"). Refused: that name as the outlet; supported: the page's own masthead on
  the same page.
- ``not-outlets``: a head line's segment of another role than the publisher's taken for the
  outlet: a person's name beside their role ("A, Tokyo Correspondent"), a columnist's name
  beside "Opinion" and a date, a dateline's place ("BRENHAVEN, 9 June 2025"), a title-case
  headline naming an outlet ("The Last Days of Kestrel Radio"). Refused: those; supported: the
  outlet the page's masthead names.
- ``head-layouts``: other head-line layouts that still name the publisher: an all-caps
  masthead ("THE VELMORA GAZETTE | WEDNESDAY, 4 JUNE 2025"), a newsletter's header, a date
  in another language's form ("4. Juni 2025", "4 juin 2025", "04.06.2025"), a section's
  name ("Education"), a reading time ("5 min read"). Refused on the same pages: the writer,
  the section, the place, the newsletter's kind.
- ``head-credits``: the writer credited by a head line ("Education Correspondent A", "A
  reporting from Y", "BY A", "Words and pictures: A"). Refused: the subject of an obituary
  or tribute whose head line gives their writer's role ("Former Foreign Editor A"), a person
  interviewed, a photographer, a translator, an illustrator, a sponsor's person.

Run ``python tests/data/make_rvhd32_cases.py`` to rebuild it. The outlets, people and places
are invented, every sentence was written for this set, and each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_rvhd32.jsonl")
built = SupportCases("rvhd32")
LENT, NOT, LAYOUTS, CREDITS = "lent-names", "not-outlets", "head-layouts", "head-credits"

HARBOUR = (
    "The harbour authority of Port Calder voted on Monday to close the northern breakwater to cargo traffic for six months while engineers repair storm damage, a decision that shipping firms said would cost them dearly.\n\n"
    "Ferries will keep using the inner basin, the authority said, and pilots will guide larger vessels to the southern quay until the work is finished in November."
)
LEVY = (
    "Members of the Ostmark regional assembly approved a new water levy on Thursday after a debate that ran late into the night, with the governing coalition holding together despite protests from farmers outside the chamber.\n\n"
    "The levy will be charged on every cubic metre drawn from the river above the weir, and the money will go to repairing the district's ageing pipes."
)
STRIKE = (
    "Teachers in the coastal district of Velmora began a three-day strike on Wednesday over pay and class sizes, closing most of the district's primary schools and leaving parents scrambling to find childcare.\n\n"
    "The teachers' union said talks with the district board had broken down on Tuesday evening and that no new meeting had been set."
)
TRAMS = (
    "The city council of Brenhaven has agreed to buy back the municipal tram network from its private operator, ending a fifteen-year concession that critics said had left fares high and services unreliable.\n\n"
    "Councillors voted 31 to 14 for the purchase, which will be paid for over ten years from the city's transport budget."
)
RIDGE = (
    "Rescue crews searched through the night for two climbers missing on the Kessel ridge after a sudden snowstorm swept across the range on Saturday afternoon, the mountain rescue service said on Sunday.\n\n"
    "A helicopter was kept on the ground by high winds, and teams on foot reached the upper hut shortly before dawn."
)
OBITUARY = (
    "She joined the paper as a messenger at seventeen and left it forty-one years later as the editor of its foreign pages, having reported from more than sixty countries and three wars along the way.\n\n"
    "Colleagues remember a patient teacher of young reporters and a fierce defender of the paper's right to print what governments wanted kept quiet."
)


def page(head: str, body: str, title: str = "") -> str:
    """A page: the ``title`` line (when given), the head lines, a blank line, the body."""
    return (f"{title}\n" if title else "") + f"{head}\n\n{body}\n"


def field(
    category: str, name: str, text: str, passes: list[str], fails: list[str], **other: Any
) -> None:
    """The article's ``name`` ("outlet", "byline"): each of ``passes`` supported over
    ``text``, each of ``fails`` refused; ``other`` sets the article's other fields (the
    byline beside an outlet, as an article's facts carry it)."""
    for expect, value in [(True, one) for one in passes] + [(False, one) for one in fails]:
        facts: dict[str, Any] = {"article": {**ARTICLE, **other, name: value}}
        why = f"{name} {value} ({'supported' if expect else 'unsupported'})"
        built.add(category, expect, why, text, facts, f"article.{name}")


# lent-names: a name a head line credits for a photo, a sponsorship, a partnership, a past job
field(LENT, "outlet", page("The Calder Ledger | 14 May 2025 | Photo: Northwind Press Agency", HARBOUR, "Breakwater to close for six months"),
      ["The Calder Ledger"], ["Northwind Press Agency"])  # fmt: skip
field(LENT, "outlet", page("Harbour Pilot Weekly - 14 May 2025\nPicture: Baltic Image Wire", HARBOUR, "Breakwater to close for six months"),
      ["Harbour Pilot Weekly"], ["Baltic Image Wire"])  # fmt: skip
field(LENT, "outlet", page("Sponsored feature | Halvard Water Company | 22 May 2025", LEVY, "What the new levy pays for"),
      [], ["Halvard Water Company"])  # fmt: skip
field(LENT, "outlet", page("Partner content | Lindqvist Foundation | 4 June 2025\nThe Velmora Gazette", STRIKE, "Why our teachers are tired"),
      ["The Velmora Gazette"], ["Lindqvist Foundation"])  # fmt: skip
field(LENT, "outlet", page("The Velmora Gazette | In partnership with Coastal Schools Trust | 4 June 2025", STRIKE, "Teachers walk out across Velmora"),
      ["The Velmora Gazette"], ["Coastal Schools Trust"])  # fmt: skip
field(LENT, "outlet", page("By Dana Whitlock, formerly of The Northern Ledger | Brenhaven Post | 9 June 2025", TRAMS, "Brenhaven buys back its trams"),
      ["Brenhaven Post"], ["The Northern Ledger"], byline="Dana Whitlock")  # fmt: skip
field(LENT, "outlet", page("Advertisement feature | Ostmark Pipeworks | 22 May 2025 | The Ostmark Courier", LEVY, "Inside the pipe repair programme"),
      ["The Ostmark Courier"], ["Ostmark Pipeworks"])  # fmt: skip
field(LENT, "outlet", page("Kessel Valley Echo | 18 May 2025 | Graphic: Alpine Data Service", RIDGE, "Search goes on for two climbers"),
      ["Kessel Valley Echo"], ["Alpine Data Service"])  # fmt: skip
field(LENT, "outlet", page("Brenhaven Post | 9 June 2025 | Supported by the Civic Transport Fund", TRAMS, "Brenhaven buys back its trams"),
      ["Brenhaven Post"], ["Civic Transport Fund"])  # fmt: skip
field(LENT, "outlet", page("Presented by Halvard Bank | Ostmark Courier | 22 May 2025", LEVY, "Assembly passes water levy"),
      ["Ostmark Courier"], ["Halvard Bank"])  # fmt: skip
field(LENT, "outlet", page("Paid post | Brenhaven Tramways Ltd | 9 June 2025", TRAMS, "A new chapter for our trams"),
      [], ["Brenhaven Tramways Ltd"])  # fmt: skip
field(LENT, "outlet", page("Kessel Valley Echo · 18 May 2025 · Video: Summit Films", RIDGE, "Search goes on for two climbers"),
      ["Kessel Valley Echo"], ["Summit Films"])  # fmt: skip

# not-outlets: a person, a dateline's place, a headline's subject taken for the publisher
field(NOT, "outlet", page("Kenji Marlowe, Tokyo Correspondent | 9 June 2025", TRAMS, "Brenhaven buys back its trams"),
      [], ["Kenji Marlowe"])  # fmt: skip
# left out (DECISIONS): "Marta Lindqvist | Opinion | 22 May 2025" (Marta Lindqvist as the
# outlet: by shape the name may be an outlet's, as "Nordic Current" is)
field(NOT, "outlet", page("BRENHAVEN, 9 June 2025\nThe Brenhaven Post", TRAMS, "Council buys back the trams"),
      ["The Brenhaven Post"], ["Brenhaven"])  # fmt: skip
field(NOT, "outlet", page("VELMORA, Coast Province, 4 June 2025 | By Dana Whitlock", STRIKE, "Teachers walk out"),
      [], ["Velmora", "Coast Province"])  # fmt: skip
field(NOT, "outlet", page("Port Calder | 14 May 2025 | by Ruth Calder\nThe Calder Ledger", HARBOUR, "Breakwater to close for six months"),
      ["The Calder Ledger"], ["Port Calder"])  # fmt: skip
field(NOT, "outlet", page("Brenhaven Post | 9 June 2025", "The city's last private tram operator, Kestrel Transit, will hand over its depots in September after councillors voted 31 to 14 to buy back the network, ending a fifteen-year concession.\n\nKestrel Transit said it had not been consulted on the timing.", "The Last Days of Kestrel Transit"),
      ["Brenhaven Post"], ["Kestrel Transit"])  # fmt: skip
field(NOT, "outlet", page("Ostmark Courier | 22 May 2025", "Halvard Radio, the station that has broadcast the assembly's debates since 1961, aired its final session on Thursday night, hours before the vote on the water levy.\n\nIts owners said the licence would not be renewed.", "Farewell to Halvard Radio"),
      ["Ostmark Courier"], ["Halvard Radio"])  # fmt: skip
field(NOT, "outlet", page("Dana Whitlock, Senior Writer | Kessel Valley Echo | 18 May 2025", RIDGE, "Search goes on for two climbers"),
      ["Kessel Valley Echo"], ["Dana Whitlock"])  # fmt: skip
field(NOT, "outlet", page("Tom Eade | Columnist | 4 June 2025", STRIKE, "The strike our schools needed"),
      [], ["Tom Eade"])  # fmt: skip
field(NOT, "outlet", page("Kessel Ridge | 18 May 2025 | Mountain Rescue Service", RIDGE, "Night search for two climbers"),
      [], ["Kessel Ridge"])  # fmt: skip
field(NOT, "outlet", page("Ruth Calder, Harbour Reporter - The Calder Ledger - 14 May 2025", HARBOUR, "Breakwater to close"),
      ["The Calder Ledger"], ["Ruth Calder", "Harbour Reporter"])  # fmt: skip
# left out: Hana Oberg, a short line's name
field(NOT, "outlet", page("Opinion | Hana Oberg, Ostmark Assembly member | 22 May 2025", LEVY, "Why I voted for the levy"),
      [], ["Ostmark Assembly"])  # fmt: skip
# left out: Velmora, a place or an outlet by shape
field(NOT, "outlet", page("Velmora | 4 June 2025 | By Dana Whitlock\nThe Velmora Gazette", STRIKE, "Teachers walk out"),
      ["The Velmora Gazette"], [])  # fmt: skip
field(NOT, "outlet", page("Kessel Valley Echo | Opinion | Tom Eade | 18 May 2025", RIDGE, "We keep sending climbers up in the wrong season"),
      ["Kessel Valley Echo"], ["Tom Eade"])  # fmt: skip
field(NOT, "outlet", page("The Lakeside Standard | 22 May 2025", "The Ostmark Courier predicted on Wednesday that the water levy would fall by a dozen votes; the assembly passed it on Thursday with a majority of nine.\n\nThe Courier's editor said the paper had relied on a count taken before the coalition agreed its terms.", "How the Ostmark Courier Got the Vote Wrong"),
      ["The Lakeside Standard"], ["Ostmark Courier"])  # fmt: skip
field(NOT, "outlet", page("Marta Lindqvist, Brenhaven Post Columnist | 9 June 2025", TRAMS, "The trams were always ours"),
      ["Brenhaven Post"], ["Marta Lindqvist"])  # fmt: skip

# head-layouts: other layouts of a head line that name the publisher
# left out: Velmora, a word of the masthead
field(LAYOUTS, "outlet", page("THE VELMORA GAZETTE | WEDNESDAY, 4 JUNE 2025 | BY DANA WHITLOCK", STRIKE, "TEACHERS WALK OUT"),
      ["The Velmora Gazette"], ["Dana Whitlock"])  # fmt: skip
field(LAYOUTS, "outlet", page("Ostmarker Rundschau | Donnerstag, 22. Mai 2025 | Von Hana Oberg", LEVY, "Landtag beschliesst Wasserabgabe"),
      ["Ostmarker Rundschau"], ["Hana Oberg"])  # fmt: skip
field(LAYOUTS, "outlet", page("Le Courrier de Velmora | 4 juin 2025 | Par Claire Dumont", STRIKE, "Greve des enseignants"),
      ["Le Courrier de Velmora"], ["Claire Dumont"])  # fmt: skip
field(LAYOUTS, "outlet", page("Calder Ledger | 14.05.2025 | Ruth Calder", HARBOUR, "Breakwater to close for six months"),
      ["Calder Ledger"], ["Port Calder"])  # fmt: skip
field(LAYOUTS, "outlet", page("Brenhaven Post | Politics | 9 June 2025 | By Dana Whitlock", TRAMS, "Council buys back the trams"),
      ["Brenhaven Post"], ["Politics", "Dana Whitlock"])  # fmt: skip
field(LAYOUTS, "outlet", page("Kessel Valley Echo | 18 May 2025 | 4 min read", RIDGE, "Night search for two climbers"),
      ["Kessel Valley Echo"], ["Kessel Ridge"])  # fmt: skip
field(LAYOUTS, "outlet", page("THE MORNING TIDE | Newsletter | Wednesday 14 May 2025", HARBOUR, "Good morning. Here is what matters on the water today."),
      ["The Morning Tide"], ["Newsletter"])  # fmt: skip
# left out: Hana Oberg, "22/05/2025" unread as a date
field(LAYOUTS, "outlet", page("OSTMARK COURIER - 22/05/2025 - HANA OBERG", LEVY, "ASSEMBLY PASSES WATER LEVY"),
      ["Ostmark Courier"], [])  # fmt: skip
field(LAYOUTS, "outlet", page("Diario de Velmora | 4 de junio de 2025 | Por Lucia Prado", STRIKE, "Huelga de maestros"),
      ["Diario de Velmora"], ["Lucia Prado"])  # fmt: skip
field(LAYOUTS, "outlet", page("Brenhaven Post | Published 9 June 2025, 08:15 BST | Dana Whitlock", TRAMS, "Council buys back the trams"),
      ["Brenhaven Post"], ["Dana Whitlock"], byline="Dana Whitlock")  # fmt: skip

# head-credits: the writer a head line credits, and people it names in other roles
field(CREDITS, "byline", page("Education Correspondent Dana Whitlock | The Velmora Gazette | 4 June 2025", STRIKE, "Teachers walk out"),
      ["Dana Whitlock"], ["Velmora Gazette"])  # fmt: skip
field(CREDITS, "byline", page("Hana Oberg reporting from the assembly | Ostmark Courier | 22 May 2025", LEVY, "Assembly passes water levy"),
      ["Hana Oberg"], [])  # fmt: skip
field(CREDITS, "byline", page("THE CALDER LEDGER | 14 MAY 2025 | BY RUTH CALDER", HARBOUR, "Breakwater to close"),
      ["Ruth Calder"], [])  # fmt: skip
field(CREDITS, "byline", page("Kessel Valley Echo | 18 May 2025 | Words and pictures: Tom Eade", RIDGE, "Night search for two climbers"),
      ["Tom Eade"], [])  # fmt: skip
field(CREDITS, "byline", page("Obituary | Former Foreign Editor Ines Albrecht | By Ruth Calder | The Calder Ledger", OBITUARY, "Ines Albrecht, 1944-2025"),
      ["Ruth Calder"], ["Ines Albrecht"])  # fmt: skip
# left out (DECISIONS), the older credit readers credit the person: "Tribute | Chief Reporter
# Paul Verhoek | The Ostmark Courier | date", "Interview | Marta Lindqvist | Brenhaven Post | date"
field(CREDITS, "byline", page("Obituary | Former Chief Correspondent Ines Albrecht | The Calder Ledger | 14 May 2025", OBITUARY, "Ines Albrecht, 1944-2025"),
      [], ["Ines Albrecht"])  # fmt: skip
field(CREDITS, "byline", page("Profile | Science Writer Anders Holm | Kessel Valley Echo | 18 May 2025 | By Tom Eade", RIDGE, "The man who maps the ridge"),
      ["Tom Eade"], ["Anders Holm"])  # fmt: skip
field(CREDITS, "byline", page("Photographs by Anders Holm | Kessel Valley Echo | 18 May 2025 | By Tom Eade", RIDGE, "Night search for two climbers"),
      ["Tom Eade"], ["Anders Holm"])  # fmt: skip
field(CREDITS, "byline", page("Translated by Lucia Prado | The Velmora Gazette | 4 June 2025 | Claire Dumont reporting", STRIKE, "Teachers walk out"),
      ["Claire Dumont"], ["Lucia Prado"])  # fmt: skip
field(CREDITS, "byline", page("Illustration: Sam Okafor | Ostmark Courier | 22 May 2025 | Environment Reporter Hana Oberg", LEVY, "What the levy pays for"),
      ["Hana Oberg"], ["Sam Okafor"])  # fmt: skip
field(CREDITS, "byline", page("Chief Executive Marta Lindqvist | Brenhaven Tramways | 9 June 2025", TRAMS, "A message to our passengers"),
      [], ["Marta Lindqvist"])  # fmt: skip
field(CREDITS, "byline", page("In conversation with Former Sports Editor Tom Eade | Kessel Valley Echo | 18 May 2025", RIDGE, "Sixty years on the mountain"),
      [], ["Tom Eade"])  # fmt: skip
field(CREDITS, "byline", page("Brenhaven Post | 9 June 2025 | Transport Editor Dana Whitlock reporting from the depot", TRAMS, "Council buys back the trams"),
      ["Dana Whitlock"], ["Brenhaven Post"])  # fmt: skip
field(CREDITS, "byline", page("The Morning Tide | Newsletter | Wednesday 14 May 2025 | Written by Ruth Calder", HARBOUR, "Good morning from the harbour"),
      ["Ruth Calder"], [])  # fmt: skip
field(CREDITS, "byline", page("Ostmark Courier | 22 May 2025 | Fact-checked by Paul Verhoek | Hana Oberg reporting", LEVY, "Assembly passes water levy"),
      ["Hana Oberg"], ["Paul Verhoek"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
