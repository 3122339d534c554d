# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's review rv63s of sp63 (``grounding_rv63s.jsonl``;
:mod:`summarizer.verification.sentences.thing_runs`, asked by the pronoun walk), at the edges of

- ``hidden``: a person written inside a capitalised run the walk now takes out as a thing, in
  a sentence between the speaker's and the quote ("the BBC's Ana Ruiz", "the Department of
  Health's Nora Pike", "The Harbour Authority and Nora Pike", "the Dutchman Piet Varga",
  "New Zealander Tom Hale", a surname that is a body's word, "a letter to X from Y"): that
  person is the "he" or "she" (passes) and the one named before is not (refused);
- ``agents``: a sentence between that names only bodies, with a body, a place or a fund
  after "by", "from" or "with" ("backed by Westmark Water", "with money from Delby", "bought
  from Fenmouth Freight") passes the speaker named before; a person there ("led by Jo Farr",
  "with help from Ann Crewe") stays refused;
- ``owners``: the speaker written with a possessive before a word that is also a title ("Alan
  Rusk's chief worry", "Jo Farr's head injury", "Ana Ruiz's partner") passes; the owner of
  another's title ("Rusk's chief of staff, Mia Dove,", "Tom Hale's spokeswoman") stays
  refused.

Run ``python tests/data/make_rv63s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv63s.jsonl")

built = SupportCases(
    "rv63s",
    leads=[
        "By Orla Bennet, Political Correspondent | The Wexham Gazette",
        "LISMORE, Oct 2 (Northline) -",
        "City briefing | Carden Business Daily | 14 April 2026",
        "Sport | The Haldane Sentinel",
        "Community news from the Ferrow Valley Echo",
        "Opinion and analysis - Tideway Weekly",
    ],
)
HIDDEN, AGENTS, OWNERS = "hidden", "agents", "owners"


def two(
    category: str, headline: str, paragraphs: list[str], words: str, right: str, wrong: str
) -> None:
    """One page, the quote's speaker ``right`` passing (none given: no one the page names
    is sure to be it) and ``wrong`` refused."""
    built.story(category, headline, paragraphs, (words, [right] if right else [], [wrong]))


# --- hidden: a person inside a run the walk may take out as a thing -----------------------
two(
    HIDDEN,
    "Hospital parking fees to go",
    [
        "Mae Okoro, who runs the patients' forum, said the fees were a tax on the sick. The Department of Health's Nora Pike disagreed on Tuesday.",
        '"The money pays for night porters," she said.',
    ],
    "The money pays for night porters",
    "Nora Pike",
    "Mae Okoro",
)
two(
    HIDDEN,
    "Broadcaster cuts regional desks",
    [
        "Union official Tom Vance called the cuts reckless. The BBC's Liam Storr defended them at a staff meeting.",
        '"We are moving people, not sacking them," he said.',
    ],
    "We are moving people, not sacking them",
    "Liam Storr",
    "Tom Vance",
)
two(
    HIDDEN,
    "Moorings deal signed",
    [
        "Dara Quinlan said the ferry would sail in May. The Harbour Authority and Petra Long signed the new lease on Friday.",
        '"I have waited two years for this," she said.',
    ],
    "I have waited two years for this",
    "Petra Long",
    "Dara Quinlan",
)
two(
    HIDDEN,
    "Grand tour opener goes to outsider",
    [
        "Race favourite Carlos Mena finished fourth after a late crash. The Dutchman Piet Varga won the sprint by half a wheel.",
        '"I did not expect to win today," he said.',
    ],
    "I did not expect to win today",
    "Piet Varga",
    "Carlos Mena",
)
two(
    HIDDEN,
    "Sailing record falls",
    [
        "Skipper Owen Tate held the record for eleven years. New Zealander Rhys Hanley broke it on Sunday.",
        '"The wind was with us from the start," he said.',
    ],
    "The wind was with us from the start",
    "Rhys Hanley",
    "Owen Tate",
)
two(
    HIDDEN,
    "Rail fares rise again",
    [
        "Commuter Jill Harte said her season ticket now cost more than her rent. The Transport Ministry's Ines Kale said the rise was below inflation.",
        '"Fares have fallen in real terms," she said.',
    ],
    "Fares have fallen in real terms",
    "Ines Kale",
    "Jill Harte",
)
two(
    HIDDEN,
    "Council tax row",
    [
        "Councillor Hugh Benn voted against the budget. The Ferrow Green Party's Sara Lyle backed it.",
        '"Nobody likes a rise, but the library stays open," she said.',
    ],
    "Nobody likes a rise, but the library stays open",
    "Sara Lyle",
    "Hugh Benn",
)
two(
    HIDDEN,
    "Court to rule on quarry",
    [
        "Campaigner Nell Brede said the quarry would ruin the valley. Quarry owner Ella Court has appealed.",
        '"We have every permit the law asks for," she said.',
    ],
    "We have every permit the law asks for",
    "Ella Court",
    "Nell Brede",
)
two(
    HIDDEN,
    "Chip plant jobs",
    [
        "Analyst Dev Harlan said the plant would hire 300 people. Engineer Jon Carrier, who designed the line, was less sure.",
        '"We will start with half that," he said.',
    ],
    "We will start with half that",
    "Jon Carrier",
    "Dev Harlan",
)
two(
    HIDDEN,
    "Theatre saved by appeal",
    [
        "Director Ana Vidal thanked the town on Saturday. A letter to the theatre from Grace Lunn, who gave the largest gift, was read out.",
        '"This stage made me an actor," she wrote.',
    ],
    "This stage made me an actor",
    "Grace Lunn",
    "Ana Vidal",
)
two(
    HIDDEN,
    "Mine safety report published",
    [
        "Miners' leader Colm Reddy called the report a whitewash. The Carden Mining Board's Yusuf Kaya wrote most of it.",
        '"Every finding is backed by a site visit," he said.',
    ],
    "Every finding is backed by a site visit",
    "Yusuf Kaya",
    "Colm Reddy",
)
two(
    HIDDEN,
    "Airport expansion approved",
    [
        "Resident Paul Senn said the noise would be unbearable. The Wexham Airport Company and Kofi Mensah, its owner, welcomed the vote.",
        '"The jobs will stay in Wexham," he said.',
    ],
    "The jobs will stay in Wexham",
    "Kofi Mensah",
    "Paul Senn",
)

two(
    HIDDEN,
    "Defence contract row",
    [
        "Shipyard boss Carl Ober said the frigates would be late. In a statement, the Ministry of Defence's Mia Dove said the yard had been paid in full.",
        '"Every invoice has been met," she said.',
    ],
    "Every invoice has been met",
    "Mia Dove",
    "Carl Ober",
)
two(
    HIDDEN,
    "Coalition talks resume",
    [
        "Council leader Hugh Benn said talks would resume on Monday. The Labour Party & Sara Lyle have asked for more time.",
        '"We will not be rushed," she said.',
    ],
    "We will not be rushed",
    "",
    "Hugh Benn",
)
two(
    HIDDEN,
    "Marathon won in record time",
    [
        "Local runner Owen Tate led for twenty miles. New Yorker Dana Kerr passed him at the bridge.",
        '"I waited for the hill," she said.',
    ],
    "I waited for the hill",
    "Dana Kerr",
    "Owen Tate",
)
two(
    HIDDEN,
    "Study questions diet advice",
    [
        "Nutritionist Paul Senn said the advice was out of date. The University of Lismore's Grace Lunn, who led the study, agreed.",
        '"The evidence has moved on," she said.',
    ],
    "The evidence has moved on",
    "Grace Lunn",
    "Paul Senn",
)
two(
    HIDDEN,
    "Cup final preview",
    [
        "Haldane coach Luis Ortega named an unchanged side. The Irishman Colm Reddy returns for Carden.",
        '"I have waited a year for this game," he said.',
    ],
    "I have waited a year for this game",
    "Colm Reddy",
    "Luis Ortega",
)
two(
    HIDDEN,
    "Rally crews arrive",
    [
        "Organiser Nell Brede said 80 cars had entered. Crews from New South Wales and Tideway arrived on Friday.",
        '"It is the biggest field we have had," she said.',
    ],
    "It is the biggest field we have had",
    "Nell Brede",
    "Ana Vidal",
)


# --- agents: a body, place or fund after by/from/with in a sentence of bodies -------------
two(
    AGENTS,
    "Trail reopens after storms",
    [
        "Mae Okoro of the Ridgeway Trust said the trail would reopen in June. The Forest Service, backed by Westmark Water, will rebuild the bridge.",
        '"We owe the walkers a dry path," she said.',
    ],
    "We owe the walkers a dry path",
    "Mae Okoro",
    "Nell Brede",
)
two(
    AGENTS,
    "Ferry back in service",
    [
        "Harbourmaster Nora Pike closed the route last winter. Dara Quinlan, who runs the ferry, said it would sail again in May. The Harbour Authority has paid for new moorings with money from Lismore.",
        '"We have waited long enough," she said.',
    ],
    "We have waited long enough",
    "Dara Quinlan",
    "Nora Pike",
)
two(
    AGENTS,
    "Depot jobs saved",
    [
        "Brenna Coyle, the union's site rep, welcomed the sale on Friday. The Harlow Logistics Group bought the depot from Fenmouth Freight.",
        '"Nobody here loses a shift," she said.',
    ],
    "Nobody here loses a shift",
    "Brenna Coyle",
    "Gemma Shaw",
)
two(
    AGENTS,
    "Bakery prize",
    [
        "Tomas Reyes of the Askern Bread Society took the top award on Tuesday. The Guild of Master Bakers judged the loaves with help from Harlow College.",
        '"I still bake every loaf myself," he said.',
    ],
    "I still bake every loaf myself",
    "Tomas Reyes",
    "Owen Tate",
)
two(
    AGENTS,
    "Clinic to close on Saturdays",
    [
        "Dr Ruth Amadi said the clinic would close on Saturdays. The Ferrow Health Board, pressed by Carden Council, could not find locums.",
        '"Patients will wait longer," she said.',
    ],
    "Patients will wait longer",
    "Ruth Amadi",
    "Maria Doyle",
)
two(
    AGENTS,
    "Library to open Sundays",
    [
        "Isla Fenn of the Friends of Wexham Library said volunteers would staff the desk. The Wexham Arts Council matched the grant from Northline Bank.",
        '"Sunday is when families can come," she said.',
    ],
    "Sunday is when families can come",
    "Isla Fenn",
    "Hana Brook",
)
two(
    AGENTS,
    "Flood wall funded",
    [
        "Sofia Lund, the town's engineer, said work would start in spring. The Lismore Rivers Agency will share the cost with Haldane.",
        '"The wall will be finished before winter," she said.',
    ],
    "The wall will be finished before winter",
    "Sofia Lund",
    "Ann Crewe",
)
two(
    AGENTS,
    "Market rents frozen",
    [
        "Kofi Mensah, who chairs the traders, said each stall would save about 600 pounds. The Carden Market Company agreed the freeze after talks with Tideway.",
        '"It keeps the small stalls open," he said.',
    ],
    "It keeps the small stalls open",
    "Kofi Mensah",
    "Ralf Dorn",
)
two(
    AGENTS,
    "Regatta moves date",
    [
        "Ivo Marsh of the Lismore Rowing Club said the regatta would move to July. The Ferrow Water Board, acting for Westmark, closed the river in June.",
        '"We had no choice," he said.',
    ],
    "We had no choice",
    "Ivo Marsh",
    "Piet Varga",
)
two(
    AGENTS,
    "Museum wins lottery money",
    [
        "Curator Lena Harwick said the roof would be fixed first. The Haldane Heritage Trust secured 2 million pounds from the National Lottery.",
        '"The rain has been coming in for years," she said.',
    ],
    "The rain has been coming in for years",
    "Lena Harwick",
    "Ines Kale",
)
# guards: a person after by/from/with
two(
    AGENTS,
    "Trail fund closes",
    [
        "Mae Okoro said the trail would reopen in June. The Ridgeway Trust, chaired by Hana Brook, raised the money.",
        '"We owe the walkers a dry path," she said.',
    ],
    "We owe the walkers a dry path",
    "",
    "Mae Okoro",
)
two(
    AGENTS,
    "Ferry deal",
    [
        "Dara Quinlan said the ferry would sail again in May. The Harbour Authority signed the deal with Petra Long on Friday.",
        '"I have waited two years," she said.',
    ],
    "I have waited two years",
    "Petra Long",
    "Dara Quinlan",
)
two(
    AGENTS,
    "Bread prize judged",
    [
        "Tomas Reyes said the loaves were the best in years. The Guild of Master Bakers, led by Owen Tate, judged them.",
        '"I have never tasted better," he said.',
    ],
    "I have never tasted better",
    "",
    "Tomas Reyes",
)
two(
    AGENTS,
    "Clinic rescue",
    [
        "Dr Ruth Amadi said the clinic would stay open. The Ferrow Health Board found locums with help from Maria Doyle.",
        '"It took forty phone calls," she said.',
    ],
    "It took forty phone calls",
    "",
    "Ruth Amadi",
)
two(
    AGENTS,
    "Depot sold",
    [
        "Brenna Coyle said the sale was good news. The Harlow Logistics Group bought the depot from Gemma Shaw.",
        '"It was time to let go," she said.',
    ],
    "It was time to let go",
    "Gemma Shaw",
    "Brenna Coyle",
)


# --- owners: the speaker's possessive before a word that is also a title -----------------
two(
    OWNERS,
    "School trip cancelled",
    [
        "Parents had paid deposits in September.",
        'Alan Rusk\'s chief worry is the cost to families. "We cannot ask anyone to pay twice," he said.',
    ],
    "We cannot ask anyone to pay twice",
    "Alan Rusk",
    "Jenna Pole",
)
two(
    OWNERS,
    "Striker back after injury",
    [
        "Haldane lost four games in a row in March.",
        'Jo Farr\'s head injury kept her out for a month. "I am fit now and I want to score," she said.',
    ],
    "I am fit now and I want to score",
    "Jo Farr",
    "Ana Vidal",
)
two(
    OWNERS,
    "Bakery changes hands",
    [
        "The shop on Mill Street opened in 1962.",
        'Tomas Reyes\'s partner in the bakery retired in May. "I will miss her early starts," he said.',
    ],
    "I will miss her early starts",
    "Tomas Reyes",
    "Owen Tate",
)
two(
    OWNERS,
    "Mayor's budget passes",
    [
        "The council met until midnight.",
        'Ann Crewe\'s chief aim was to keep the pools open. "Every child should learn to swim," she said.',
    ],
    "Every child should learn to swim",
    "Ann Crewe",
    "Hugh Benn",
)
two(
    OWNERS,
    "Coach stays on",
    [
        "The board met on Monday.",
        'Dev Harlan\'s head coach job was safe after the vote. "I never thought of walking away," he said.',
    ],
    "I never thought of walking away",
    "Dev Harlan",
    "Luis Ortega",
)
two(
    OWNERS,
    "Shipping firm's new route",
    [
        "Freight rates rose in the spring.",
        'Farah Idris\'s chief concern is the canal. "One blockage costs us a week," she said.',
    ],
    "One blockage costs us a week",
    "Farah Idris",
    "Lisa Crane",
)
two(
    OWNERS,
    "Judge retires",
    [
        "The court sat for the last time under her on Friday.",
        'Maria Doyle\'s chair was empty by noon. "I have loved every hard case," she said.',
    ],
    "I have loved every hard case",
    "Maria Doyle",
    "Nora Pike",
)
two(
    OWNERS,
    "Vineyard expands",
    [
        "Sales rose by a third last year.",
        'Gus Fenwick\'s chief rival is the weather. "One frost in May and the year is gone," he said.',
    ],
    "One frost in May and the year is gone",
    "Gus Fenwick",
    "Tom Arle",
)
two(
    OWNERS,
    "Candidate launches bid",
    [
        "The election is in November.",
        'Sara Lyle\'s president bid began in a school hall. "I will not take a penny from donors," she said.',
    ],
    "I will not take a penny from donors",
    "Sara Lyle",
    "Ines Kale",
)
two(
    OWNERS,
    "Orchestra leader bows out",
    [
        "The season ended on Sunday.",
        'Yara Holm\'s principal role passes to a younger player. "It is the right time to go," she said.',
    ],
    "It is the right time to go",
    "Yara Holm",
    "Amos Veld",
)
two(
    OWNERS,
    "Cyclist returns",
    [
        "The race starts in Lismore on Sunday.",
        'Rhys Hanley\'s head start on the field has gone after his crash. "I will ride for the team now," he said.',
    ],
    "I will ride for the team now",
    "Rhys Hanley",
    "Piet Varga",
)
two(
    OWNERS,
    "Deputy speaks for minister",
    [
        "Housing minister Sara Lyle was abroad.",
        'Lyle\'s deputy told MPs that the bill would pass. "We have the votes," he said.',
    ],
    "We have the votes",
    "",
    "Sara Lyle",
)
# guards: the owner of another person's title
two(
    OWNERS,
    "Mayor's aide speaks",
    [
        "Mayor Ann Crewe was in hospital on Friday.",
        'Ann Crewe\'s chief of staff, Mia Dove, spoke to reporters. "The mayor is resting," she said.',
    ],
    "The mayor is resting",
    "Mia Dove",
    "Ann Crewe",
)
two(
    OWNERS,
    "Minister's spokeswoman responds",
    [
        "Transport minister Tom Hale was abroad on Monday.",
        'Hale\'s spokeswoman Ines Kale answered the union. "The offer stands," she said.',
    ],
    "The offer stands",
    "Ines Kale",
    "Tom Hale",
)
two(
    OWNERS,
    "Deputy runs the club",
    [
        "Manager Dev Harlan was banned for three games.",
        'Harlan\'s assistant, Luis Ortega, took the team. "We play the same way," he said.',
    ],
    "We play the same way",
    "Luis Ortega",
    "Dev Harlan",
)
two(
    OWNERS,
    "Head's deputy writes to parents",
    [
        "Head teacher Alan Rusk is on leave.",
        'Rusk\'s deputy Jenna Pole wrote to parents on Monday. "Nothing changes for pupils," she said.',
    ],
    "Nothing changes for pupils",
    "Jenna Pole",
    "Alan Rusk",
)
two(
    OWNERS,
    "Firm's lawyer speaks",
    [
        "Freight boss Farah Idris was charged on Tuesday.",
        'Farah Idris\'s lawyer, Paul Senn, spoke outside court. "My client denies everything," he said.',
    ],
    "My client denies everything",
    "Paul Senn",
    "Farah Idris",
)
two(
    OWNERS,
    "Senator's press secretary",
    [
        "Senator Ruth Amadi missed the vote.",
        "Amadi's press secretary, Colm Reddy, gave the reason. \"She was at her mother's bedside,\" he said.",
    ],
    "She was at her mother's bedside",
    "Colm Reddy",
    "Ruth Amadi",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
