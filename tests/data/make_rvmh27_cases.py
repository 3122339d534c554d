# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of mastheads27 (``grounding_rvmh27.jsonl``, session 27, rvmh27): new
texts built to break :mod:`summarizer.verification.bylines.block_credits`, the header block's byline
and outlet read by the closed non-author set. By category:

- ``rv-block-bylines``: must fail, a person in a short line of the block who is no author of
  the page (a book or film under review and its maker, a match official, a medical reviewer, an
  event's speaker, a pull quote's speaker, a statement's signatory at the foot, a place standing
  like a name, a "Credit:" or "Name/Agency" photo credit); must pass, the writer in the block
  in other outlets' styles, among them a writer whose surname the story shares with another
  person ("Jiyoung Kim" over a story of Kim Jong Un) and a role after the name.
- ``rv-block-outlets``: must pass, the outlet opening a masthead line in new styles; must fail,
  a section's or a series' label opening the line, a place, the writer.

Run ``python tests/data/make_rvmh27_cases.py`` to rebuild it. The facts come from published
reports (Mexico's election of June 2024, Taiwan's election of January 2024, the Baltimore
bridge collapse of March 2024, South Korea's martial law of December 2024, Sri Lanka's
presidential election of September 2024); outlets, reporters and every sentence are invented
for this set, and each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_rvmh27.jsonl")
built = SupportCases("rvmh27")

MEXICO = (
    "Claudia Sheinbaum, a climate scientist and former mayor of the capital, was elected Mexico's first woman president on Sunday by a margin of more than thirty points, preliminary counts showed.\n\n"
    "Her main rival, the opposition candidate Xóchitl Gálvez, accepted the result late in the evening and said she would keep working for a country without violence.\n\n"
    "The governing coalition also appeared close to a two-thirds majority in the lower house, which would let it change the constitution without votes from the opposition.\n"
)
TAIWAN = (
    "Lai Ching-te of the Democratic Progressive Party won Taiwan's presidential vote on Saturday, handing the party a third term in a row despite warnings from Beijing against backing him.\n\n"
    "Hou Yu-ih of the Kuomintang came second and Ko Wen-je of the Taiwan People's Party third; both conceded before the count had finished on the island.\n\n"
    "The ruling party lost its majority in the legislature, however, which means Lai will have to strike deals with the opposition to pass his budgets and laws.\n"
)
BALTIMORE = (
    "A container ship lost power and struck a support of the Francis Scott Key Bridge in Baltimore early on Tuesday, bringing most of the span down into the Patapsco River within seconds.\n\n"
    "Six members of a road crew filling potholes on the bridge were presumed dead. Governor Wes Moore said a mayday call from the crew had allowed police to stop traffic in time.\n\n"
    "The collapse closed the shipping channel into one of the busiest ports on the East Coast for weeks while salvage teams cut the wreckage apart.\n"
)
KOREA = (
    "South Korea's president Yoon Suk Yeol declared martial law in a late-night television address on Tuesday, accusing the opposition of paralysing the government, then lifted it about six hours later.\n\n"
    "Lawmakers climbed over fences to reach the National Assembly and voted unanimously to reject the decree while soldiers stood in the corridors of the building.\n\n"
    "In the North, Kim Jong Un's state media waited days before mentioning the crisis, which the opposition leader Lee Jae-myung called an illegal act of insurrection.\n"
)
LANKA = (
    "Anura Kumara Dissanayake, a Marxist-leaning outsider who promised to fight corruption, won Sri Lanka's presidential election on Sunday after the first count to go to a second round of preferences.\n\n"
    "The incumbent Ranil Wickremesinghe, who had steered the island through an economic collapse and an IMF programme, came third and offered his good wishes to the winner.\n\n"
    "The opposition leader Sajith Premadasa finished second, and the new president dissolved parliament within days to call an early general election.\n"
)

BYLINES, OUTLETS = "rv-block-bylines", "rv-block-outlets"


def byline(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(BYLINES, "byline", text, passes, fails)


def outlet(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(OUTLETS, "outlet", text, passes, fails)


def credited(text: str, writer: str, passes: list[str], fails: list[str]) -> None:
    """The outlet of a page whose byline is ``writer``: the writer is no publisher."""
    for expect, values in ((True, passes), (False, fails)):
        for value in values:
            facts = {"article": {**ARTICLE, "byline": writer, "outlet": value}}
            why = f"outlet {value} beside byline {writer} ({'supported' if expect else 'unsupported'})"
            built.add(OUTLETS, expect, why, text, facts, "article.outlet")


def page(headline: str, head: str, body: str, foot: str = "") -> str:
    tail = f"\n{foot}\n" if foot else ""
    return f"{headline}\n{head}\n\n{body}{tail}"


# must fail: a person in a short block line who made or fills something else than this page
byline(page("Review: a novel of the border", "The Salt Road by Marisol Ortega (Harbour Books, 312pp)\nReviewed by Dev Raman", MEXICO),
       ["Dev Raman"], [])  # fmt: skip
byline(page("A documentary of election night", "Directed by Ruth Calder | Starring Ivo Brandt | 94 minutes", MEXICO),
       [], ["Ivo Brandt"])  # fmt: skip
byline(page("Taiwan votes: the film", "Director: Chen Mei-ling \u00b7 Cast: Owen Park, Lia Soto\nFilm review by Tamsin Greaves", TAIWAN),
       ["Tamsin Greaves"], ["Chen Mei-ling", "Owen Park"])  # fmt: skip
byline(page("Cup final report", "Referee: Petra Novak (Czech Republic)\nAttendance: 41,200", BALTIMORE),
       [], ["Petra Novak"])  # fmt: skip
byline(page("What a bridge collapse does to the body", "Medically reviewed by Dr Hannah Pike\nWritten by Owen Ralston", BALTIMORE),
       ["Owen Ralston"], [])  # fmt: skip
byline(page("Martial law, one year on", "Book launch: Joon Ho Baek in conversation, Seoul Forum", KOREA),
       [], ["Joon Ho Baek"])  # fmt: skip
byline(page("Six hours in Seoul", "\u201cThe assembly will not bow to soldiers\u201d \u2014 Mira Castell", KOREA),
       [], ["Mira Castell"])  # fmt: skip
byline(page("Statement on the Key Bridge", "Released by the port users' council", BALTIMORE, "Signed\nGideon Farrow\nChair of the Board"),
       [], ["Gideon Farrow"])  # fmt: skip
byline(page("Sri Lanka's outsider wins", "Credit: Nuwan Perera/Lanka Pictures", LANKA),
       [], ["Nuwan Perera"])  # fmt: skip
byline(page("Sri Lanka's new president", "Nuwan Perera/Island Agency\nColombo | 23 September 2024", LANKA),
       [], ["Nuwan Perera"])  # fmt: skip
byline(page("The strait after the vote", "Keynote: Ambrose Tull | Chair: Selin Okay\nTaipei, 14 January 2024", TAIWAN),
       [], ["Ambrose Tull", "Selin Okay"])  # fmt: skip
byline(page("Interview: the woman who beat Sheinbaum's rivals", "Q&A | Teodora Ruiz, campaign manager", MEXICO),
       [], ["Teodora Ruiz"])  # fmt: skip
byline(page("Mexico elects a scientist", "Above: Luz Arriaga at a polling station in Puebla", MEXICO),
       [], ["Luz Arriaga"])  # fmt: skip
byline(page("Dissanayake sworn in", "Santa Rosa, Laguna \u2014 Asia desk", LANKA),
       ["Asia desk"], [])  # fmt: skip

# must pass: the writer in the block in other outlets' styles
byline(page("Yoon's night of martial law", "Jiyoung Kim | Seoul | 4 December 2024", KOREA),
       ["Jiyoung Kim"], ["Yoon Suk Yeol", "Lee Jae-myung"])  # fmt: skip
byline(page("Inside the assembly", "By Daniel Lee in Seoul\nHan River Weekly", KOREA),
       ["Daniel Lee"], ["Lee Jae-myung"])  # fmt: skip
byline(page("Lai wins a third term for his party", "Naomi Hou, Taipei bureau chief", TAIWAN),
       ["Naomi Hou"], ["Hou Yu-ih"])  # fmt: skip
byline(page("Mexico's new president", "Ana Sheinbaum-Reyes: why this vote matters\n3 June 2024", MEXICO),
       [], ["Claudia Sheinbaum"])  # fmt: skip
byline(page("Baltimore's lost bridge", "Chris Mason, Political editor\nHarbour City Ledger, 27 March 2024", BALTIMORE),
       ["Chris Mason"], ["Wes Moore"])  # fmt: skip
byline(page("A port closed", "Economics editor Farah Quadri \u2014 Harbour City Ledger", BALTIMORE),
       [], ["Wes Moore", "Harbour City Ledger"])  # fmt: skip
byline(page("Colombo's quiet revolution", "Ravi Menon, senior editor, Indian Ocean Review", LANKA),
       ["Ravi Menon"], ["Ranil Wickremesinghe"])  # fmt: skip
byline(page("Premadasa's second place", "Analysis | Priya Nadarajah | Colombo", LANKA),
       ["Priya Nadarajah"], ["Sajith Premadasa", "Colombo"])  # fmt: skip
byline(page("Gálvez concedes", "Words by Lucia Fernhout, pictures by Tomas Elgin", MEXICO),
       ["Lucia Fernhout"], ["Tomas Elgin", "Xóchitl Gálvez"])  # fmt: skip
byline(page("Taiwan after Lai's win", "Column | Ingrid Solberg", TAIWAN),
       ["Ingrid Solberg"], ["Lai Ching-te", "Ko Wen-je"])  # fmt: skip

# more must-fail shapes: a standfirst's person in a line of no stop, a foot's signatory, a
# link to another page, an obituary's subject, a podcast's guest
byline(page("Seoul after the decree", "Why Hana Seo thinks the decree will haunt the ruling party", KOREA),
       [], ["Hana Seo"])  # fmt: skip
byline(page("Statement on the Key Bridge", "Port of Baltimore users", BALTIMORE, "Marguerite Olsen\nSecretary-General"),
       [], ["Marguerite Olsen"])  # fmt: skip
byline(page("Taiwan's choice", "Up next: Bram Koster on the chip industry\n14 January 2024", TAIWAN),
       [], ["Bram Koster"])  # fmt: skip
byline(page("A life in politics", "Obituary | Ilse Marten, Colombo", LANKA),
       [], ["Ilse Marten"])  # fmt: skip
byline(page("Martial law, explained", "Episode 212 | Guest: Park Min-jae", KOREA),
       [], ["Park Min-jae"])  # fmt: skip
byline(page("The vote that changed Mexico", "Our reporter Sofia Brandt; director of photography Ivo Calder", MEXICO),
       ["Sofia Brandt"], ["Ivo Calder"])  # fmt: skip
byline(page("The bridge inquiry", "\u201cWe had ninety seconds\u201d | Dale Ingram, pilot association", BALTIMORE),
       [], ["Dale Ingram"])  # fmt: skip
byline(page("Sheinbaum's first speech", "Interview | Olga Marin, adviser to the campaign", MEXICO),
       [], ["Olga Marin"])  # fmt: skip
# more must-pass: the writer beside a headline with a name, a role word, in the foot
byline(page("Ingrid Solberg: what Taiwan's voters told Beijing", "Ingrid Solberg | 15 January 2024", TAIWAN),
       [], ["Lai Ching-te"])  # fmt: skip
byline(page("The night the bridge fell", "Harbour City Ledger \u00b7 26 March 2024", BALTIMORE, "Story: Kwame Asante | Design: Lin Yu"),
       ["Kwame Asante"], ["Lin Yu", "Wes Moore"])  # fmt: skip
byline(page("A president from outside", "Colombo correspondent Arjun Pillai\n22 September 2024", LANKA),
       ["Arjun Pillai"], ["Anura Kumara Dissanayake"])  # fmt: skip
byline(page("Lai's narrow mandate", "Chief Asia correspondent Mei Tanaka, Taipei", TAIWAN),
       ["Mei Tanaka"], ["Hou Yu-ih", "Taipei"])  # fmt: skip
byline(page("After the decree", "Seoul | 5 December 2024\nReporting by Gwen Hollis and Tae-yang Cho", KOREA),
       ["Gwen Hollis", "Gwen Hollis and Tae-yang Cho"], ["Kim Jong Un"])  # fmt: skip
byline(page("Mexico turns a page", "Words and analysis \u2014 Beatriz Olmos in Mexico City", MEXICO),
       ["Beatriz Olmos"], ["Claudia Sheinbaum", "Mexico City"])  # fmt: skip
outlet(page("After the decree", "Han River Weekly | Gwen Hollis, Seoul | 5 December 2024", KOREA),
       ["Han River Weekly"], [])  # fmt: skip
outlet(page("Taiwan's choice", "The Strait Observer \u2014 Mei Tanaka \u2014 14 January 2024", TAIWAN),
       ["The Strait Observer"], ["Mei Tanaka"])  # fmt: skip


# block-outlets: the outlet opening a masthead line, new styles
outlet(page("Yoon's night of martial law", "Han River Weekly | 4 December 2024 | Jiyoung Kim", KOREA),
       ["Han River Weekly"], ["Jiyoung Kim", "Seoul"])  # fmt: skip
outlet(page("Lai wins", "Formosa Ledger \u2014 14 January 2024 \u2014 Naomi Hou", TAIWAN),
       ["Formosa Ledger"], ["Taipei"])  # fmt: skip
outlet(page("Mexico's new president", "Zocalo Dispatch / 3 June 2024 / Lucia Fernhout", MEXICO),
       ["Zocalo Dispatch"], ["Lucia Fernhout", "Mexico City"])  # fmt: skip
outlet(page("The bridge", "Chesapeake Tide \u00b7 Ruth Calder \u00b7 26 March 2024", BALTIMORE),
       ["Chesapeake Tide"], ["Ruth Calder"])  # fmt: skip
outlet(page("Colombo votes", "Serendib Standard - 22 September 2024 - Ravi Menon", LANKA),
       ["Serendib Standard"], ["Ravi Menon"])  # fmt: skip
# must fail: a section's or series' label, a place, an event opening the line
outlet(page("Yoon's night of martial law", "World News | 4 December 2024 | Jiyoung Kim\nHan River Weekly", KOREA),
       ["Han River Weekly"], [])  # fmt: skip
outlet(page("Lai wins", "Breaking News \u2014 14 January 2024 \u2014 Naomi Hou", TAIWAN),
       [], ["Breaking News"])  # fmt: skip
outlet(page("The bridge", "Santa Rosa \u00b7 26 March 2024 \u00b7 Ruth Calder", BALTIMORE),
       [], ["Ruth Calder"])  # fmt: skip
outlet(page("Mexico's new president", "Opinion / 3 June 2024 / Lucia Fernhout for Zocalo Dispatch", MEXICO),
       ["Zocalo Dispatch"], ["Opinion", "Lucia Fernhout"])  # fmt: skip
outlet(page("Sri Lanka's outsider wins", "Photo Essay | 23 September 2024 | Nuwan Perera\nSerendib Standard", LANKA),
       ["Serendib Standard"], ["Nuwan Perera"])  # fmt: skip
outlet(page("Inside the assembly", "Foreign Desk | 4 December 2024 | Daniel Ahn\nHan River Weekly", KOREA),
       ["Han River Weekly"], ["Foreign Desk"])  # fmt: skip
outlet(page("The bridge", "Washington Bureau \u2014 27 March 2024 \u2014 Ruth Calder", BALTIMORE),
       [], ["Washington Bureau"])  # fmt: skip
outlet(page("Lai wins", "Special Report | 14 January 2024 | Naomi Hou, Taipei\nFormosa Ledger", TAIWAN),
       ["Formosa Ledger"], [])  # fmt: skip
outlet(page("Mexico's new president", "Photographs by Tomas Elgin for Zocalo Dispatch | 3 June 2024", MEXICO),
       ["Zocalo Dispatch"], ["Tomas Elgin"])  # fmt: skip
outlet(page("After the decree", "By Gwen Hollis, The Han River Desk\n5 December 2024", KOREA),
       ["The Han River Desk"], ["Gwen Hollis"])  # fmt: skip
credited(page("Colombo votes", "Serendib Standard - 22 September 2024 - Ravi Menon", LANKA),
         "Ravi Menon", ["Serendib Standard"], ["Ravi Menon"])  # fmt: skip
credited(page("The strait after the vote", "Mei Tanaka \u2014 The Strait Observer \u2014 14 January 2024", TAIWAN),
         "Mei Tanaka", [], ["Mei Tanaka"])  # fmt: skip
credited(page("The bridge", "Chesapeake Tide \u00b7 Ruth Calder \u00b7 26 March 2024", BALTIMORE),
         "Ruth Calder", ["Chesapeake Tide"], ["Ruth Calder"])  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
