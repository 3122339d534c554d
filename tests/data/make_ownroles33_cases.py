# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of roles that are another office than the page's title for the person
(``grounding_ownroles33.jsonl``; :mod:`summarizer.verification.people.role_own_titles`), after
outside checks 50-73's accepted plants (session 33: "Treasury Secretary" for "Commerce
Secretary Howard Lutnick", "Foreign Minister" for "Deputy Foreign Minister Alexander Grushko",
"prime minister" for "the Speaker, Szymon Holownia", a fact box's next line), by category, each
with what must pass and what must fail:

- ``title-office``: the page gives the person a title of their own (before the name, with or
  without a comma; a fact-box line's label; an apposition or a copula after the name). Kept:
  the title in its own or other words' order, a title whose body is a pronoun ("its
  president") for a value naming the body, a "chief" for the post it stands for ("NATO chief
  Mark Rutte" is the Secretary General) ("Secretary of Commerce" for "Commerce
  Secretary"), either office of a joined title, a value beside a former office only, a value
  beside a bare surname another person shares, a title run cut at a clause's word ("the
  Queen's dinner for"), a "title, Name added" that is no apposition, "mayor-elect" for a
  mayor. Refused: another office noun ("Senator" for "Representative"), the same noun of
  another body ("Treasury Secretary"), the next fact-box line's post;
- ``affiliation-holder``: a person's affiliation that the page ties to another named person
  ("Austan Reeve of the Chicago Fed and Jeffrey Holm from Kansas City", "Westpac's chief
  economist, Lucy Ellard", "The chairman of Yisrael Beiteinu, Avi Lerner", "Anton Berger
  (CSU)", "Otto Brandt's Social Democrats") while tying this person to a body of their own
  (:mod:`summarizer.verification.people.affiliation_holders`). Kept: the person's own body,
  a body the page ties to no one beside their country ("Nadia Petrov of Bulgaria ... All four
  sit at the International Criminal Court"), a body tied to them and to another ("Ann Pryce
  of the Green Party and Joel Marsh, also of the Green Party"). Refused: the other person's;
- ``rank-qualifier``: a rank word ("deputy", "vice", "acting", "interim", "assistant")
  makes another office. Kept: the title with its rank word. Refused: the title without it
  ("Foreign Minister" for "Deputy Foreign Minister Pavel Orlov") or with one the page does not
  write ("Deputy Governor" for "Governor Andrew Pell").

Run ``python tests/data/make_ownroles33_cases.py`` to rebuild it. The texts are written for this
set with fictional people, in the shapes of the checks' reports (cabinet fact boxes,
parliament votes, diplomatic briefings, central banks, courts, sport bodies); each verdict is
what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ownroles33.jsonl")

built = SupportCases(
    "or33",
    leads=[
        "BERLIN (Continental Wire) -",
        "By Hannah Wexler | The Riverside Courier",
        "From our correspondent in Warsaw.",
        "WASHINGTON (Capitol Wire) -",
        "Business desk, The Harbour Chronicle.",
    ],
)
TITLE, RANK, HOLDER = "title-office", "rank-qualifier", "affiliation-holder"


affiliation = partial(built.affiliation, HOLDER)


# title-office: a title before the name, the same office noun of another body
tariffs = [
    "Commerce Secretary Helen Marsh told reporters on Tuesday that the duties on steel would stay in place until the autumn.",
    "Officials at the agency said talks with the trading partners would resume next month.",
]
built.person_role(
    TITLE,
    "Helen Marsh",
    ["Commerce Secretary", "commerce secretary", "Secretary of Commerce"],
    ["Treasury Secretary", "Defense Secretary", "Energy Secretary"],
    *tariffs,
)

# another office noun
hearing = [
    "At home, Representative Dana Whitlow, whose district hosts the old plant, has promised a bill to block the sale.",
    "The company said it would answer the committee's questions in writing.",
]
built.person_role(
    TITLE, "Dana Whitlow", ["Representative", "representative"], ["Senator", "Governor"], *hearing
)

# a title with one comma, the apposition closed after the name
sejm = [
    '"The chamber has expressed its confidence in the cabinet," the Speaker, Marta Kowalczyk, announced after the vote.',
    "The government won 240 votes, with 206 against.",
]
built.person_role(
    TITLE, "Marta Kowalczyk", ["Speaker", "speaker"], ["prime minister", "President"], *sejm
)

# a fact box: each line's label is its person's post
cabinet = [
    "The new cabinet at a glance:",
    "- Foreign minister: Jonas Reuter (CDU)\n- Interior minister: Kai Brandt (CSU)\n- Finance minister: Lars Vogt (SPD)",
]
built.person_role(
    TITLE,
    "Jonas Reuter",
    ["Foreign minister", "foreign minister"],
    ["Interior minister", "finance minister"],
    *cabinet,
)
built.person_role(TITLE, "Kai Brandt", ["Interior minister"], ["Foreign minister"], *cabinet)

# an apposition after the name
draw = [
    "Marco Duarte, the federation's president, handed over the trophy in front of a full stadium.",
    "The final draw takes place in December.",
]
built.person_role(
    TITLE,
    "Marco Duarte",
    ["president", "federation president"],
    ["treasurer", "general secretary"],
    *draw,
)

# a copula
storm = [
    "Lena Sorensen is the county's fire commissioner and has run the service since 2019.",
    "Crews were moved to the coast ahead of the storm on Friday night.",
]
built.person_role(
    TITLE,
    "Lena Sorensen",
    ["fire commissioner", "county fire commissioner"],
    ["regional administrator", "mayor"],
    *storm,
)

court = [
    "District Judge Amelia Roarke ruled in August that the company had broken competition law.",
    "Lawyers for the company said they would appeal.",
]
built.person_role(
    TITLE, "Amelia Roarke", ["District Judge", "judge"], ["Attorney General", "prosecutor"], *court
)

union = [
    '"We will not sign a deal without guardrails," said Paul Verity, the union\'s national executive director and chief negotiator.',
]
built.person_role(
    TITLE,
    "Paul Verity",
    [
        "national executive director",
        "chief negotiator",
        "national executive director and chief negotiator",
    ],
    ["president"],
    *union,
)

# kept: either office of a joined title
islamabad = [
    "Deputy Prime Minister and Foreign Minister Imran Sadiq met the delegation in Islamabad on Sunday.",
]
built.person_role(
    TITLE,
    "Imran Sadiq",
    ["Foreign Minister", "deputy prime minister and foreign minister"],
    [],
    *islamabad,
)

# kept: beside a former office only
ottawa = [
    "Nadia Farrow, a former governor of the central bank, was sworn in as prime minister on Monday.",
]
built.person_role(TITLE, "Nadia Farrow", ["prime minister"], [], *ottawa)

# kept: a bare surname another person shares is not read
senate = [
    "The only two senators to oppose the bill were Ray Pryor and Rob Cole, the Vermont independent.",
    '"It is a good day," White House press secretary Anna Cole told reporters.',
    "Cole, the press secretary, did not say when the president would sign it.",
]
built.person_role(TITLE, "Rob Cole", ["senator"], [], *senate)

# kept: "The president, Larkin added," is no apposition of Larkin
briefing = [
    "Tom Larkin set the scene at a press briefing on Friday.",
    'The president, Larkin added, "wants to be remembered as a president of peace".',
]
built.person_role(TITLE, "Tom Larkin", ["Secretary of State"], [], *briefing)

# kept: a title run cut at a clause's word ("the Queen's dinner for Ardent")
windsor = [
    "Pomp and a toast: the Queen's dinner for Ardent closed the state visit on Wednesday.",
]
built.person_role(TITLE, "Ardent", ["President"], [], *windsor)

# kept: an elected mayor before taking office
city = [
    "New Harbour gets its first woman mayor, Rosa Teller, after a record turnout.",
]
built.person_role(TITLE, "Rosa Teller", ["mayor-elect", "mayor"], ["governor"], *city)


# rank-qualifier: the rank word makes another office
moscow = [
    "In Moscow, Deputy Foreign Minister Pavel Orlov said Russia was weighing counter-steps.",
]
built.person_role(
    RANK,
    "Pavel Orlov",
    ["Deputy Foreign Minister", "deputy foreign minister"],
    ["Foreign Minister", "foreign minister"],
    *moscow,
)

council = [
    "France's deputy ambassador, Claire Dumont, called the extra time precious.",
    "The council will vote again on Thursday.",
]
built.person_role(
    RANK, "Claire Dumont", ["deputy ambassador"], ["ambassador", "Ambassador"], *council
)

seoul = [
    "At the ministry, officials read out a joint statement with US Deputy Secretary of State Ken Harlow at their side.",
]
built.person_role(RANK, "Ken Harlow", ["Deputy Secretary of State"], ["Secretary of State"], *seoul)

bank = [
    "Governor Andrew Pell carried the day with the support of four other members of the committee.",
]
built.person_role(
    RANK, "Andrew Pell", ["Governor", "governor"], ["Deputy Governor", "vice governor"], *bank
)

games = [
    "Samuel Okoro, a vice president of the committee, kissed the winner on both cheeks.",
]
built.person_role(
    RANK,
    "Samuel Okoro",
    ["vice president", "committee vice president"],
    ["president", "committee president"],
    *games,
)

acting = [
    "Acting Prime Minister Lena Varga dissolved the house on Friday.",
]
built.person_role(
    RANK,
    "Lena Varga",
    ["acting prime minister", "Acting Prime Minister"],
    ["prime minister"],
    *acting,
)

police = [
    "Assistant Chief Constable Mark Dyer said the force had made four arrests.",
]
built.person_role(RANK, "Mark Dyer", ["Assistant Chief Constable"], ["Chief Constable"], *police)

lisbon = [
    "Foreign Minister Ana Pereira flew to Lisbon for the talks.",
]
built.person_role(
    RANK,
    "Ana Pereira",
    ["Foreign Minister", "foreign minister"],
    ["Deputy Foreign Minister", "deputy foreign minister"],
    *lisbon,
)

town = [
    "Interim Mayor John Ruiz said the bridge would reopen in May.",
]
built.person_role(RANK, "John Ruiz", ["interim mayor"], ["mayor"], *town)

embassy = [
    "The envoy's deputy, Chief of Mission Ruth Haldane, was not at the meeting.",
    "Under Secretary Owen Price led the American side.",
]
built.person_role(
    RANK, "Owen Price", ["Under Secretary", "under secretary"], ["Secretary"], *embassy
)


# affiliation-holder: the page ties the value to another named person, this person to a body
# of their own ("of"/"from", a possessive, an apposition ending in "of"/"at", a bracket)
fed = [
    "Austan Reeve of the Chicago Fed and Jeffrey Holm from Kansas City wanted no cut at all.",
    "The committee voted ten to two for a quarter-point reduction.",
]
affiliation("Jeffrey Holm", ["Kansas City"], ["Chicago Fed"], *fed)
affiliation("Austan Reeve", ["Chicago Fed"], ["Kansas City"], *fed)

banks = [
    "Westpac's chief economist, Lucy Ellard, said the central bank was now more aligned with the market.",
    "Commonwealth Bank's head of research, Tom Baird, disagreed and expects a cut in May.",
]
affiliation("Lucy Ellard", ["Westpac"], ["Commonwealth Bank"], *banks)
affiliation("Tom Baird", ["Commonwealth Bank"], ["Westpac"], *banks)

knesset = [
    "Dan Halevi, who leads the National Unity party, denounced the vote as a disgrace.",
    "The chairman of Yisrael Beiteinu, Avi Lerner, called it proof of double standards.",
]
affiliation("Dan Halevi", ["National Unity"], ["Yisrael Beiteinu"], *knesset)
affiliation("Avi Lerner", ["Yisrael Beiteinu"], ["National Unity"], *knesset)

box = [
    "The new cabinet at a glance:",
    "- Interior minister: Anton Berger (CSU)\n- Economy minister: Klara Weiss (CDU)",
]
affiliation("Anton Berger", ["CSU"], ["CDU"], *box)
affiliation("Klara Weiss", ["CDU"], ["CSU"], *box)

judges = [
    "The four judges - Amara Okello of Uganda, Lucia Ramos of Peru, Nadia Petrov of Bulgaria and Eva Lind of Slovenia - now face frozen assets.",
    "All four sit at the International Criminal Court in The Hague.",
]
affiliation(
    "Nadia Petrov", ["Bulgaria", "International Criminal Court"], ["Slovenia", "Peru"], *judges
)

polls = [
    "Dana Mercer, president of the Harbour Research Institute, offered three reasons for the swing.",
    "Paul Grant, an analyst at Lindqvist Capital, was less sure it would last.",
]
affiliation("Dana Mercer", ["Harbour Research Institute"], ["Lindqvist Capital"], *polls)
affiliation("Paul Grant", ["Lindqvist Capital"], ["Harbour Research Institute"], *polls)

green = [
    "Ann Pryce of the Green Party and Joel Marsh, also of the Green Party, voted against the budget.",
]
affiliation("Joel Marsh", ["Green Party"], [], *green)

bangkok = [
    "Pheu Thai's Somchai Rattana received 152 votes, while Bhumjaithai's Anan Chaiyo won 311.",
]
affiliation("Somchai Rattana", ["Pheu Thai"], ["Bhumjaithai"], *bangkok)
affiliation("Anan Chaiyo", ["Bhumjaithai"], ["Pheu Thai"], *bangkok)

vote = [
    "Chancellor Otto Brandt's Social Democrats slumped to 16 per cent, while Greta Lang's Freedom Alliance took second place.",
]
affiliation("Otto Brandt", ["Social Democrats"], ["Freedom Alliance"], *vote)
affiliation("Greta Lang", ["Freedom Alliance"], ["Social Democrats"], *vote)


# kept: a generic title stands for the post; a pronoun's body is named elsewhere; a joined title
alliance = [
    "UN Secretary-General Antonio Guterres called NATO chief Mark Rutte on Friday about the summit.",
]
built.person_role(TITLE, "Mark Rutte", ["NATO Secretary General"], [], *alliance)

centre = [
    "The Harbour Arts Centre will close its concert hall for a year of repairs, its president, Jonathan Keane, said on Monday.",
]
built.person_role(
    TITLE,
    "Jonathan Keane",
    ["president of the Harbour Arts Centre", "president"],
    ["treasurer"],
    *centre,
)

coalition = [
    "Lars Berggren, a Social Democrat, is vice chancellor and finance minister in the coalition.",
]
built.person_role(
    TITLE,
    "Lars Berggren",
    ["finance minister", "vice chancellor"],
    ["interior minister"],
    *coalition,
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
