# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's unheld-title reading (``grounding_ro58.jsonl``, fresh-miss
writer ro58; :func:`summarizer.verification.people.unheld_titles.unheld_title`), at the edges of

- ``unnamed``: the value is a title the page writes only of a holder it does not name there
  ("the Chancellor told the country", "its chief executive put the result down to") while it
  gives this person a post of their own ("Ryanair's chief executive, Michael O'Leary"): the
  unnamed holder's title is refused; the person's own title, its short forms and a second
  post the page gives them pass;
- ``refer``: the value written by a description in place of the name, in the sentence right
  after one naming the person ("Christian Lindner ... followed. The FDP chief accused ..."),
  or in the person's own sentence: passed; another named person's title still refused;
- ``past``: a past post written of the person ("once commissioner of the league", "the former
  chairman", "who chaired it until 2019"), never read as their own current title: the current
  post and the past one marked as past pass; the unnamed holder's post refused only when the
  page gives the person a current post besides.

Run ``python tests/data/make_ro58_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ro58.jsonl")

built = SupportCases(
    "ro58",
    leads=[
        "By Tamsin Ekwueme | The Harrowgate Observer",
        "BRISTOW, March 4 (Ridgeline Wire) -",
        "Business | The Coastline Herald",
        "From our Valdoria desk, The Meridian Post.",
    ],
)

UNNAMED = "unnamed"
REFER = "refer"
PAST = "past"


# (a) the value is the title of a holder the page does not name; the person has a post
built.person_role(
    UNNAMED,
    "Declan Furey",
    ["chief executive", "Aerlinn chief executive"],
    ["Chancellor"],
    "In a speech in Leeds on Tuesday, the Chancellor said the country could not wait any longer for new runways.",
    "Aerlinn's chief executive, Declan Furey, said the Chancellor had no idea how airlines made money.",
)
built.person_role(
    UNNAMED,
    "Hollis Varga",
    ["finance chief", "chief financial officer"],
    ["chief executive"],
    "Its chief executive put the record quarter down to demand for data-centre chips.",
    "Hollis Varga, the finance chief, told analysts to expect margins of 58% to 60% next quarter.",
)
built.person_role(
    UNNAMED,
    "Agnes Marlowe",
    ["Interior Minister", "interior minister"],
    ["chief of staff"],
    "The former aide, once the president's chief of staff, was sentenced to four years.",
    "Interior Minister Agnes Marlowe said she would visit the prison next week.",
)
built.person_role(
    UNNAMED,
    "Pieter Anholt",
    ["chief executive", "chief executive of Corvane Parks"],
    ["presenter"],
    "Presenter: Leonie Strand.",
    "Guest: Pieter Anholt, chief executive of Corvane Parks.",
    "The presenter opened with a question on visitor numbers.",
)
built.person_role(
    UNNAMED,
    "Ruth Okafor",
    ["chief campaigns officer"],
    ["Radio 4 presenter"],
    "The Radio 4 presenter finished her 200-mile walk in Carlisle on Friday evening.",
    'Ruth Okafor, the charity\'s chief campaigns officer, said: "The public has been astonishing."',
)
built.person_role(
    UNNAMED,
    "Colm Brandt",
    ["mayor", "Mayor"],
    ["fire chief"],
    "The fire chief said crews had worked through the night to contain the blaze.",
    "Mayor Colm Brandt thanked residents for staying away from the riverbank.",
)
built.person_role(
    UNNAMED,
    "Selma Ruud",
    ["chief operating officer"],
    ["chairman"],
    "Shareholders re-elected the chairman by a wide margin at the meeting in Bergen.",
    "Selma Ruud, the group's chief operating officer, presented the cost plan.",
)
built.person_role(
    UNNAMED,
    "Iker Salaberri",
    ["defence lawyer", "lawyer"],
    ["state prosecutor"],
    "The state prosecutor asked the court for a sentence of nine years.",
    "Iker Salaberri, a defence lawyer, said his client would appeal.",
)
built.person_role(
    UNNAMED,
    "Nadia Brecht",
    ["Health Minister", "health minister"],
    ["Treasury spokesman"],
    "A Treasury spokesman declined to comment on the cost.",
    "Health Minister Nadia Brecht said the money for the new wards was already set aside.",
)
built.person_role(
    UNNAMED,
    "Oren Castell",
    ["head coach", "coach"],
    ["club captain"],
    "The club captain missed the game with a hamstring strain.",
    "Head coach Oren Castell said he expected him back within a fortnight.",
)
built.person_role(
    UNNAMED,
    "Vera Lindqvist",
    ["professor of economics", "professor"],
    ["central bank governor"],
    "The central bank governor is expected to hold rates at 3.5% on Thursday.",
    "Vera Lindqvist, a professor of economics at Uppsala, said a cut would come by summer.",
)
built.person_role(
    UNNAMED,
    "Tobias Wren",
    ["managing editor", "editor"],
    ["ombudsman"],
    "The paper's ombudsman will review the complaints in a column on Sunday.",
    "Managing editor Tobias Wren said the headline had been changed within the hour.",
)
built.person_role(
    UNNAMED,
    "Edda Sorensen",
    ["president", "president of the rowing club", "architect"],
    ["club secretary"],
    "Edda Sorensen, an architect, met the club secretary on Friday.",
    "Sorensen was elected president of the rowing club in 2022.",
)
built.person_role(
    UNNAMED,
    "Tomas Herrick",
    ["deputy leader", "health secretary", "Health Secretary"],
    ["party chairman"],
    "Health Secretary Tomas Herrick was named deputy leader on Sunday, and the party chairman welcomed the choice.",
)
built.person_role(
    UNNAMED,
    "Amara Quist",
    ["governor", "board member"],
    ["Chair"],
    "The vote was 9-1. The lone dissent came from Amara Quist, sworn in as a governor only hours before, who wanted a bigger cut.",
    "Chair Bernard Ollis said the committee would watch the jobs data closely.",
    "Asked about the dissent, the chair said there had been little support for it.",
)

# (b) the value written of the person by a description in place of the name
built.person_role(
    REFER,
    "Anselm Kraus",
    ["Liberal chief", "party chief", "former finance minister"],
    ["Chancellor"],
    "14:05 Anselm Kraus, whose sacking as finance minister last month ended the coalition, spoke next.",
    "The Liberal chief accused the Chancellor of running the country into the ground.",
)
built.person_role(
    REFER,
    "Yosef Amrani",
    ["Tavrian leader", "prime minister"],
    ["President"],
    "President Bela Sandor welcomed Prime Minister Yosef Amrani to Budapest with a guard of honour.",
    "The Tavrian leader is wanted by the court in The Hague.",
)
built.person_role(
    REFER,
    "Marit Solberg",
    ["chief executive", "Norvik chief executive"],
    ["chairman"],
    "Marit Solberg will lead the merged group from June, the two companies said.",
    "The Norvik chief executive told staff that no offices would close this year.",
    "Chairman Lars Eide said the board backed the deal unanimously.",
)
built.person_role(
    REFER,
    "Gideon Pratt",
    ["coach", "head coach"],
    ["captain"],
    "Gideon Pratt has led the side for six seasons.",
    "The coach said on Friday that he would not seek a new contract.",
    "Captain Rhys Amon said the squad would miss him.",
)
built.person_role(
    REFER,
    "Lucia Ferraro",
    ["opposition leader", "leader of the opposition"],
    ["Prime Minister"],
    "Lucia Ferraro rose to reply to the statement.",
    'The opposition leader called the budget "a tax raid dressed up as reform".',
    "Prime Minister Dario Benni said the figures spoke for themselves.",
)
built.person_role(
    REFER,
    "Hamid Rezaei",
    ["foreign minister", "Foreign Minister"],
    ["EU foreign policy chief"],
    "Hamid Rezaei arrived in Geneva late on Sunday.",
    "The foreign minister said his country would keep talking.",
    "EU foreign policy chief Anna Kovac urged restraint.",
)
built.person_role(
    REFER,
    "Bryn Cadogan",
    ["striker"],
    ["manager"],
    "Bryn Cadogan scored twice before half-time.",
    "The striker was substituted with cramp soon after the break.",
    "Manager Ella Voss praised his finishing.",
)
built.person_role(
    REFER,
    "Imogen Tate",
    ["governor", "Governor"],
    ["Lieutenant Governor"],
    "Imogen Tate signed the bill on Thursday.",
    "The governor said the law would take effect in January.",
    "Lieutenant Governor Sam Ortiz did not attend.",
)
built.person_role(
    REFER,
    "Felix Ondaatje",
    ["minister", "transport minister"],
    ["mayor"],
    "Felix Ondaatje visited the depot on Monday morning.",
    "The transport minister promised new trains by 2028.",
    "Mayor Rosa Diaz asked for the timetable in writing.",
)
built.person_role(
    REFER,
    "Cora Blythe",
    ["union leader", "general secretary"],
    ["chief executive"],
    "Cora Blythe, the union's general secretary, addressed the rally.",
    "The union leader said members would strike again in May.",
    "The company's chief executive, Dev Mistry, called the action regrettable.",
)

# (c) a past post of the person: never their current title
built.person_role(
    PAST,
    "Raymond Doyle",
    ["chair of the players' fund", "former league commissioner"],
    ["treasurer"],
    "Raymond Doyle, once commissioner of the league, now chairs the players' fund.",
    "The fund's treasurer said its reserves would last two more years.",
)
built.person_role(
    PAST,
    "Helga Brunn",
    ["former chairwoman"],
    [],
    "Helga Brunn, the former chairwoman, received fees of £200,000 over two years, the inquiry found.",
    "The charity also hired a consultant she knew personally.",
)
built.person_role(
    PAST,
    "Otto Varley",
    ["chief executive", "chief executive of Lumen Rail"],
    ["finance director"],
    "Otto Varley, who chaired the regulator until 2019, is now chief executive of Lumen Rail.",
    "The finance director said ticket income rose 8% in the year.",
)
built.person_role(
    PAST,
    "Ines Moreau",
    ["ambassador", "ambassador to Japan"],
    ["trade minister"],
    "Ines Moreau, formerly a trade negotiator, is now ambassador to Japan.",
    "The trade minister will visit Tokyo in May.",
)
built.person_role(
    PAST,
    "Karl Hedin",
    ["former commissioner", "retired police commissioner"],
    [],
    "Karl Hedin, a retired police commissioner, said the force had lost its way.",
    "The commissioner declined to respond.",
)
built.person_role(
    PAST,
    "Mabel Achebe",
    ["chief medical officer", "chief medical officer of Ostra Health"],
    ["hospital director"],
    "Mabel Achebe, previously a surgeon at St Anne's, is chief medical officer of Ostra Health.",
    "The hospital director said waiting times had halved.",
)
built.person_role(
    PAST,
    "Dorian Vale",
    ["outgoing chairman", "chairman"],
    ["chief executive"],
    "Dorian Vale, the outgoing chairman, said the board had found a strong successor.",
    "The new chief executive will start in September.",
)
built.person_role(
    PAST,
    "Priya Nair",
    ["editor", "editor of the Coast Times"],
    ["publisher"],
    "Priya Nair, once a war correspondent, is editor of the Coast Times.",
    "The publisher said the print edition would continue.",
)
built.person_role(
    PAST,
    "Sven Alder",
    ["head coach", "coach"],
    ["team doctor"],
    "Head coach Sven Alder, formerly a defender for the club, named his squad.",
    "The team doctor said two players were still injured.",
)
built.person_role(
    PAST,
    "Leila Haddad",
    ["mayor", "former senator"],
    ["police chief"],
    "Mayor Leila Haddad, a former senator, opened the new station.",
    "The police chief said response times would fall.",
)
built.person_role(
    PAST,
    "Amos Tiller",
    ["spokesman", "government spokesman"],
    ["foreign minister"],
    "Government spokesman Amos Tiller, once a television reporter, read the statement.",
    "The foreign minister is in Brussels for talks.",
)
built.person_role(
    PAST,
    "Wanjiru Kamau",
    ["chief executive", "chief executive of Tana Mills", "former trade secretary"],
    ["board chairman", "trade secretary"],
    "Wanjiru Kamau, the former trade secretary, now chief executive of Tana Mills, spoke first.",
    "The board chairman said the mill in Thika would stay open.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
