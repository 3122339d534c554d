# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 58's review rv58r of ro58 (``grounding_rv58r.jsonl``;
:func:`summarizer.verification.people.unheld_titles.unheld_title`), at the edges of

- ``forms``: the person's right role written in the many ways pages write it away from the
  name: a title given later in the article or by a pronoun ("She is also the company
  secretary"), in a headline, a standalone "the chancellor" that stands for the person, a post
  taken "as", "since" or "in her role as", two posts held at once: these pass; the title of a
  holder the page does not name, on the same pages, is refused;
- ``acting``: acting, interim and caretaker posts ("has been acting mayor since June", "will
  serve as the company's interim chief executive"): the person's own acting post passes; the
  unnamed holder's post, and an acting post the page gives no one named, refused;
- ``guards``: words the new reading lets through that do not give the value to the person:
  "reported to the chief executive", "wrote to the chancellor", "as the chairman warned", a
  generic "The fire chief said" right after the person's sentence: refused; the person's own
  title in the same shapes passes.

Run ``python tests/data/make_rv58r_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv58r.jsonl")

built = SupportCases(
    "rv58r",
    leads=[
        "Filed by Oriel Banwick for The Lanford Courier",
        "HALVERN (Saltmarsh Press) -",
        "Politics | The Northgate Ledger",
        "Morning briefing - The Tessaly Gazette",
    ],
)

FORMS = "forms"
ACTING = "acting"
GUARDS = "guards"


# forms: the right role written away from the name
built.person_role(
    FORMS,
    "Ines Varga",
    ["finance chief", "company secretary"],
    ["chief executive"],
    "Ines Varga, the finance chief, said orders had picked up in the spring.",
    "She is also the company secretary and will sign the filing on Monday.",
    "The chief executive did not attend the call with analysts.",
)
built.person_role(
    FORMS,
    "Mira Kessel",
    ["chancellor", "Greenfield MP"],
    ["home secretary"],
    "Chancellor rules out new taxes before the election",
    "Mira Kessel, the Greenfield MP who has been chancellor since March, told reporters the budget would balance.",
    "The home secretary was not at the launch.",
)
built.person_role(
    FORMS,
    "Otto Ekberg",
    ["defence minister", "deputy prime minister"],
    ["foreign minister"],
    "Otto Ekberg, the defence minister, who is also deputy prime minister, signed the order on Friday.",
    "The foreign minister had argued for a delay.",
)
built.person_role(
    FORMS,
    "Greta Holm",
    ["chancellor", "party leader"],
    ["finance minister"],
    "Greta Holm, the party leader, spent the morning in Auwald.",
    "In her role as chancellor, Holm has promised a new rail line to the coast.",
    "The finance minister said the money was not yet found.",
)
built.person_role(
    FORMS,
    "Lucan Pryce",
    ["head coach", "sporting director"],
    ["club captain"],
    "Lucan Pryce, the sporting director, has taken charge of the first team as head coach until the summer.",
    "The club captain said the players backed the change.",
)
built.person_role(
    FORMS,
    "Dervla Nash",
    ["chief executive", "chair"],
    ["chief financial officer"],
    "Dervla Nash, the chair, now serves as chief executive as well after the board's vote.",
    "The chief financial officer will report to her directly.",
)
built.person_role(
    FORMS,
    "Rhys Ambler",
    ["mayor", "council leader"],
    ["police commissioner"],
    "Council leader Rhys Ambler was sworn in as mayor on Thursday in a short ceremony.",
    "The police commissioner was among the guests.",
)
built.person_role(
    FORMS,
    "Aurelie Fontan",
    ["ambassador", "ambassador to Japan", "former trade envoy"],
    ["consul general"],
    "Aurelie Fontan, a former trade envoy, took up her post as ambassador to Japan in May.",
    "The consul general in Osaka hosted a reception for her.",
)
built.person_role(
    FORMS,
    "Bao Tranh",
    ["governor", "central bank governor"],
    ["finance minister"],
    "Central bank raises rates for third time",
    "Bao Tranh, who became governor of the central bank last year, said inflation was still too high.",
    "The finance minister welcomed the move.",
)
built.person_role(
    FORMS,
    "Kasimir Lund",
    ["editor", "editor of the Weekly Clarion"],
    ["publisher"],
    "Kasimir Lund, a one-time war reporter, was named editor of the Weekly Clarion on Tuesday.",
    "The publisher said the paper would keep its print edition.",
)

# acting, interim and caretaker posts
built.person_role(
    ACTING,
    "Nadia Fell",
    ["acting mayor", "deputy mayor"],
    ["police chief"],
    "Nadia Fell, the deputy mayor, has been acting mayor since the mayor resigned in June.",
    "The police chief said the march passed off peacefully.",
)
built.person_role(
    ACTING,
    "Tomas Reyes",
    ["interim chief executive", "finance director"],
    ["chairman"],
    "Tomas Reyes, the finance director, will serve as the company's interim chief executive from Monday.",
    "The chairman thanked him for stepping in.",
)
built.person_role(
    ACTING,
    "Sunniva Aas",
    ["caretaker prime minister", "foreign minister"],
    ["president"],
    "Sunniva Aas, the foreign minister, takes over as caretaker prime minister until the vote in May.",
    "The president signed the decree late on Sunday.",
)
built.person_role(
    ACTING,
    "Hamid Qureshi",
    ["acting head teacher", "deputy head"],
    ["chair of governors"],
    "Hamid Qureshi, the deputy head, is acting head teacher this term.",
    "The chair of governors wrote to parents on Friday.",
)
built.person_role(
    ACTING,
    "Lior Adani",
    ["interim coach", "assistant coach"],
    ["club president"],
    "Assistant coach Lior Adani will lead the side as interim coach on Saturday.",
    "The club president said a permanent appointment would follow.",
)
built.person_role(
    ACTING,
    "Corinne Malet",
    ["economy minister"],
    ["acting prime minister", "interim president"],
    "The acting prime minister chaired the cabinet in the absence of the premier.",
    "Economy Minister Corinne Malet presented the spending review.",
    "The interim president is due in Brussels next week.",
)
built.person_role(
    ACTING,
    "Ferran Puig",
    ["finance director"],
    ["acting chief executive", "interim chair"],
    "Ferran Puig, the finance director, said the sale would close in June.",
    "The acting chief executive and the interim chair signed the letter to staff.",
)
built.person_role(
    ACTING,
    "Ysolde Brack",
    ["acting governor", "lieutenant governor"],
    ["attorney general"],
    "Lieutenant Governor Ysolde Brack, acting governor while the governor is abroad, declared an emergency.",
    "The attorney general said the order was lawful.",
)

# guards: words the new reading lets through
built.person_role(
    GUARDS,
    "Hollis Varga",
    ["finance chief"],
    ["chief executive"],
    "Hollis Varga, the finance chief, reported to the chief executive on the quarter's figures.",
    "The chief executive then told staff to expect a bonus.",
)
built.person_role(
    GUARDS,
    "Piet Damsma",
    ["Transport Minister", "transport minister"],
    ["chancellor"],
    "Transport Minister Piet Damsma wrote to the chancellor asking for more money for rail.",
    "The chancellor has yet to reply.",
)
built.person_role(
    GUARDS,
    "Elodie Marchetti",
    ["chief operating officer"],
    ["chairman"],
    "Elodie Marchetti, the chief operating officer, said that, as the chairman had warned, costs were up.",
    "The chairman will step down next year.",
)
built.person_role(
    GUARDS,
    "Colm Brandt",
    ["mayor", "Mayor"],
    ["fire chief"],
    "Mayor Colm Brandt thanked residents for staying away from the riverbank.",
    "The fire chief said crews had worked through the night.",
)
built.person_role(
    GUARDS,
    "Brigid Osei",
    ["health minister", "Health Minister"],
    ["prime minister"],
    "Health Minister Brigid Osei spoke to the prime minister about the strike on Sunday.",
    "The prime minister later said talks would resume.",
)
built.person_role(
    GUARDS,
    "Stellan Voss",
    ["club secretary"],
    ["head coach"],
    "Stellan Voss, the club secretary, handed the letter to the head coach after training.",
    "The head coach said he would read it at home.",
)
built.person_role(
    GUARDS,
    "Marta Quiroga",
    ["defence lawyer", "lawyer"],
    ["judge"],
    "Marta Quiroga, a defence lawyer, said she would appeal to the judge for bail.",
    "The judge is expected to rule on Friday.",
)
built.person_role(
    GUARDS,
    "Amadou Sy",
    ["deputy governor"],
    ["governor"],
    "Amadou Sy, the deputy governor, was speaking as the governor flew to Geneva.",
    "The governor will address the bankers on Thursday.",
)
built.person_role(
    GUARDS,
    "Annika Storm",
    ["party spokeswoman", "spokeswoman"],
    ["Green leader"],
    "Annika Storm, the party spokeswoman, spoke at the rally in Tarnow.",
    "The Green leader then took the stage to loud applause.",
)
built.person_role(
    GUARDS,
    "Jurgen Falk",
    ["team doctor"],
    ["union boss"],
    "Jurgen Falk, the team doctor, said the injury was not serious.",
    "The union boss said the players wanted more rest between games.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
