# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv52s's set of sw52's confirm-only role tie (``grounding_rv52s.jsonl``; every
case carries ``"confirm": ["role"]``), at the edges of people/role_confirms.own_role_tie (the
role rule's holder reading used as a positive one):

- ``other``: the role's words beside the person's name but said of another person ("succeeds
  X as chair", "After meeting X, the mayor said", "After the talks with the minister, X said",
  "X told the governor", "X, Y's deputy"); against the one who holds it in the same pages;
- ``listed``: a title before a list or after a preceding name ("Mayor A and B", "A, chair B",
  "Present were A, Finance Minister B and C"): the title is the next name's only;
- ``owner``: a possessive or an "of" that makes the role another office ("X, the chair's
  spokesman", "the president's adviser X", "a spokesman for the mayor"); the person's own
  office in the same shapes;
- ``time``: a past or future office in other words than "former" ("Incoming Mayor X", "X, the
  president-elect", "who was mayor until 2019", "served as chair from 2010 to 2018", "the late
  Mayor X"); against "then-" (the office held at the time, check 50's gold), "outgoing",
  "who became", "who is now", "was named";
- ``short``: a short title for a longer office ("justice" for "Justice Minister X", "general"
  for "Secretary General X", "minister" for "Prime Minister X", "finance" for "X, the finance
  minister"), against the whole title.

Run ``python tests/data/make_rv52s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv52s.jsonl")
CONFIRM = ["role"]

built = SupportCases(
    "rv52s",
    leads=["Nordic | The Kestrel Review", "Local | The Orrin Valley Post"],
)
OTHER, LISTED, OWNER, TIME, SHORT = "other", "listed", "owner", "time", "short"


def page(
    category: str, paragraphs: tuple[str, ...], *people: tuple[str, list[str], list[str]]
) -> None:
    """Several people of one page, each with the roles they hold and do not."""
    for name, passes, fails in people:
        built.person_role(category, name, passes, fails, *paragraphs)


# --- other: the role's words beside the name, said of another person ---------------------------
page(
    OTHER,
    (
        "The harbour board named Mona Berg as chair on Monday.",
        "Berg succeeds Nils Dahl as chair, the board said in a statement.",
    ),
    ("Mona Berg", ["chair"], []),
    ("Nils Dahl", [], ["chair"]),
)
page(
    OTHER,
    (
        "Tove Lund replaced Arne Holm as finance director of Norra Paper in March.",
        "Lund, the finance director, said costs would fall this year.",
    ),
    ("Tove Lund", ["finance director"], []),
    ("Arne Holm", [], ["finance director"]),
)
page(
    OTHER,
    (
        "Ivo Marsh, the president's adviser, declined to comment on the talks.",
        "President Lena Skov will speak on Friday.",
    ),
    ("Lena Skov", ["president"], []),
    ("Ivo Marsh", [], ["president"]),
)
page(
    OTHER,
    (
        "After meeting Hugo Laine, the mayor said the bridge would reopen in June.",
        "The mayor, Petra Aalto, has pushed for the repairs since the spring floods.",
    ),
    ("Petra Aalto", ["mayor"], []),
    ("Hugo Laine", [], ["mayor"]),
)
page(
    OTHER,
    (
        "Rolf Ek told the governor on Tuesday that the dam was safe.",
        "Governor Ada Vinter thanked the engineers and ordered a second survey.",
    ),
    ("Ada Vinter", ["governor"], []),
    ("Rolf Ek", [], ["governor"]),
)
page(
    OTHER,
    (
        "Trade Minister Jan Ruud met dairy farmers in Bodo on Tuesday.",
        "After the talks with the minister, Sara Holt said a deal on milk prices was close.",
    ),
    ("Jan Ruud", ["trade minister"], []),
    ("Sara Holt", [], ["trade minister", "minister"]),
)
page(
    OTHER,
    ("Ulla Brink, Nils Dahl's deputy, will run the harbour board until May.",),
    ("Ulla Brink", ["deputy"], []),
    ("Nils Dahl", [], ["deputy"]),
)
page(
    OTHER,
    (
        "Kari Moen met the prime minister, Erik Sand, in Oslo on Monday to discuss the fishing quotas.",
    ),
    ("Erik Sand", ["prime minister"], []),
    ("Kari Moen", [], ["prime minister"]),
)
page(
    OTHER,
    ("Lars Vik, who advised the governor, Ada Vinter, for six years, left the office on Friday.",),
    ("Ada Vinter", ["governor"], []),
    ("Lars Vik", [], ["governor"]),
)
page(
    OTHER,
    ("Nina Roos defeated Tor Lie, the mayor, in Sunday's vote and takes office in January.",),
    ("Tor Lie", ["mayor"], []),
    ("Nina Roos", [], ["mayor"]),
)
page(
    OTHER,
    ("The council elected Jon Berg as speaker on Monday, ending Kim Lund's two years as speaker.",),
    ("Jon Berg", ["speaker"], []),
    ("Kim Lund", [], ["speaker"]),
)
page(
    OTHER,
    ("Mayor Ruth Kalm's deputy, Ola Nes, read the statement to reporters.",),
    ("Ruth Kalm", ["mayor"], []),
    ("Ola Nes", [], ["mayor"]),
)

# --- listed: a title before a list or after a preceding name ----------------------------------
page(
    LISTED,
    ("Mayor Tove Aune and Ketil Brun, a city engineer, opened the new tunnel on Saturday.",),
    ("Tove Aune", ["mayor"], []),
    ("Ketil Brun", [], ["mayor"]),
)
page(
    LISTED,
    ("Governor Leif Aas, Per Dahl and Mia Holt signed the water pact in Tromso.",),
    ("Leif Aas", ["governor"], []),
    ("Per Dahl", [], ["governor"]),
    ("Mia Holt", [], ["governor"]),
)
page(
    LISTED,
    ("Astrid Mo, chair Bent Ruud and two aides flew to Oslo for the hearing.",),
    ("Bent Ruud", ["chair"], []),
    ("Astrid Mo", [], ["chair"]),
)
page(
    LISTED,
    ("The mayor, Siri Lunde, and Odd Viken, the harbour master, spoke at the opening.",),
    ("Siri Lunde", ["mayor"], ["harbour master"]),
    ("Odd Viken", ["harbour master"], ["mayor"]),
)
page(
    LISTED,
    ("Ola Strand and Director Kaja Berg toured the plant on Thursday.",),
    ("Kaja Berg", ["director"], []),
    ("Ola Strand", [], ["director"]),
)
page(
    LISTED,
    ("Present were Rita Holm, Finance Minister Geir Lie and Arne Saether.",),
    ("Geir Lie", ["finance minister"], []),
    ("Rita Holm", [], ["finance minister"]),
    ("Arne Saether", [], ["finance minister"]),
)
page(
    LISTED,
    ("Prime Minister Erna Vold and her deputy, Trond Haug, met the unions on Monday.",),
    ("Erna Vold", ["prime minister"], ["deputy"]),
    ("Trond Haug", ["deputy"], ["prime minister"]),
)
page(
    LISTED,
    ("Chairman Knut Eide, with Lise Hovland at his side, opened the meeting.",),
    ("Knut Eide", ["chairman"], []),
    ("Lise Hovland", [], ["chairman"]),
)
page(
    LISTED,
    ("Commissioner Liv Tangen and Bjorn Aas met fishing groups in Brussels.",),
    ("Liv Tangen", ["commissioner"], []),
    ("Bjorn Aas", [], ["commissioner"]),
)
page(
    LISTED,
    ("Jens Holt, Governor Marit Eng's predecessor, backed the plan.",),
    ("Marit Eng", ["governor"], []),
    ("Jens Holt", [], ["governor"]),
)

# --- owner: a possessive or an "of" that makes it another office -------------------------------
page(
    OWNER,
    ("Ivo Marsh, the chair's spokesman, said the vote would go ahead.",),
    ("Ivo Marsh", ["spokesman"], ["chair"]),
)
page(
    OWNER,
    ("The president's adviser Ida Kvam flew to Geneva for the talks.",),
    ("Ida Kvam", ["adviser"], ["president"]),
)
page(
    OWNER,
    ("Mona Vik, the mayor's chief of staff, said the budget was final.",),
    ("Mona Vik", ["chief of staff"], ["mayor"]),
)
page(
    OWNER,
    ("Lars Berg, head of the governor's office, confirmed the visit.",),
    ("Lars Berg", ["head"], ["governor"]),
)
page(
    OWNER,
    ("Eva Lund, the minister's daughter, said she had not read the report.",),
    ("Eva Lund", [], ["minister"]),
)
page(
    OWNER,
    ("Hanne Dahl, the wife of the governor, opened the flower show.",),
    ("Hanne Dahl", [], ["governor"]),
)
page(
    OWNER,
    ("Ola Rygg, the speaker's deputy, chaired the session.",),
    ("Ola Rygg", ["deputy"], ["speaker"]),
)
page(
    OWNER,
    ("Per Holm is the president's chief of staff.",),
    ("Per Holm", ["chief of staff"], ["president"]),
)
page(
    OWNER,
    (
        "Tor Aas, a spokesman for the mayor, said the road would close.",
        "Karin Berg, the mayor of Lund, said she had not been told.",
    ),
    ("Tor Aas", ["spokesman"], ["mayor"]),
    ("Karin Berg", ["mayor"], []),
)
page(
    OWNER,
    ("Astrid Moe, the director of the city museum, said the paintings were safe.",),
    ("Astrid Moe", ["director"], []),
)
page(
    OWNER,
    ("Mayor Tone Fjell's spokesman, Geir Ulv, said the mayor would not resign.",),
    ("Tone Fjell", ["mayor"], []),
    ("Geir Ulv", [], ["mayor"]),
)
page(
    OWNER,
    (
        "Central bank governor Siv Lie kept rates on hold.",
        "Kjell Ness, the governor's chief economist, said inflation was easing.",
    ),
    ("Siv Lie", ["governor"], []),
    ("Kjell Ness", [], ["governor"]),
)

page(
    OWNER,
    (
        "Ola Dahl, the Ferrovia president, said the line would reopen.",
        "Sen. Hilde Roe asked for an inquiry.",
    ),
    ("Ola Dahl", ["president"], []),
    ("Hilde Roe", ["senator"], []),
)
page(
    OWNER,
    ("Mark Ruud, Nordic Council secretary general, said the members agreed.",),
    ("Mark Ruud", ["secretary general"], []),
)

# --- time: a past or future office in other words than "former" --------------------------------
page(
    TIME,
    (
        "Incoming Mayor Petter Bakke said he would review the tram contract.",
        "Outgoing Mayor Lise Foss signed it last week.",
    ),
    ("Lise Foss", ["mayor"], []),
    ("Petter Bakke", [], ["mayor"]),
)
page(
    TIME,
    (
        "Rut Sande, the president-elect, will take office on March 1.",
        "President Ole Brekke will hand over power after eight years.",
    ),
    ("Ole Brekke", ["president"], []),
    ("Rut Sande", [], ["president"]),
)
page(
    TIME,
    (
        "Geir Holm, who was mayor until 2019, criticised the plan.",
        "Anne Rud, who became mayor in 2021, defended it.",
    ),
    ("Anne Rud", ["mayor"], []),
    ("Geir Holm", [], ["mayor"]),
)
page(
    TIME,
    (
        "Jon Tveit served as chair from 2010 to 2018 and still sits on the board.",
        "Kari Aam, the current chair, said the board would meet on Friday.",
    ),
    ("Kari Aam", ["chair"], []),
    ("Jon Tveit", [], ["chair"]),
)
page(
    TIME,
    (
        "The late Mayor Arvid Storm opened the bridge in 1974.",
        "The bridge was repaired last year under Mayor Heidi Lyng.",
    ),
    ("Heidi Lyng", ["mayor"], []),
    ("Arvid Storm", [], ["mayor"]),
)
page(
    TIME,
    (
        "Per Rye, mayor-elect of Vask, will be sworn in next week.",
        "Vask's mayor, Eli Kro, has led the town since 2015.",
    ),
    ("Eli Kro", ["mayor"], []),
    ("Per Rye", [], ["mayor"]),
)
page(
    TIME,
    (
        "Tone Lie, who was the chair until March, left the party on Monday.",
        "Stein Ask was named chair on Monday.",
    ),
    ("Stein Ask", ["chair"], []),
    ("Tone Lie", [], ["chair"]),
)
page(
    TIME,
    (
        "Bodil Eng was mayor when the flood hit the town in 1998.",
        "Anders Haga, who is now mayor, unveiled a memorial on Sunday.",
    ),
    ("Anders Haga", ["mayor"], []),
    ("Bodil Eng", [], ["mayor"]),
)
page(
    TIME,
    (
        "The chair-designate, Marit Solli, will take over in June.",
        "Lars Oen remains chair until then.",
    ),
    ("Lars Oen", ["chair"], []),
    ("Marit Solli", [], ["chair"]),
)
page(
    TIME,
    (
        "The report was written under then-Governor Arne Lid in 2016.",
        "Governor Randi Ness received it on Tuesday.",
    ),
    ("Arne Lid", ["governor"], []),
    ("Randi Ness", ["governor"], []),
)
page(
    TIME,
    ("Future president Nils Aune was a teacher in Bergen at the time.",),
    ("Nils Aune", [], ["president"]),
)
page(
    TIME,
    ("Eva Strom, who was appointed chief executive in May, presented the results.",),
    ("Eva Strom", ["chief executive"], []),
)

# --- short: a short title for a longer office --------------------------------------------------
page(
    SHORT,
    ("Justice Minister Kari Holt presented the prison bill on Monday.",),
    ("Kari Holt", ["justice minister"], ["justice"]),
)
page(
    SHORT,
    ("Attorney General Bjorn Lie said the case would go to court.",),
    ("Bjorn Lie", ["attorney general"], ["attorney"]),
)
page(
    SHORT,
    ("Secretary General Ane Voll opened the alliance's summit in Riga.",),
    ("Ane Voll", ["secretary general"], ["general"]),
)
page(
    SHORT,
    ("Prime Minister Odd Rye met the unions on Tuesday.",),
    ("Odd Rye", ["prime minister"], ["minister"]),
)
page(
    SHORT,
    ("Defence Minister Unni Sky visited the base at Andoya.",),
    ("Unni Sky", ["defence minister"], ["defence"]),
)
page(
    SHORT,
    ("Trine Aker, the finance minister, said the budget would balance.",),
    ("Trine Aker", ["finance minister"], ["finance"]),
)
page(
    SHORT,
    ("President of the Senate Hallvard Moe adjourned the session.",),
    ("Hallvard Moe", ["president of the senate"], ["president"]),
)
page(
    SHORT,
    ("Vice Chair Sigrid Nes led the hearing while the chair was abroad.",),
    ("Sigrid Nes", ["vice chair"], ["chair"]),
)
page(
    SHORT,
    ("Deputy Mayor Leif Dahl cut the ribbon.",),
    ("Leif Dahl", ["deputy mayor"], ["mayor"]),
)
page(
    SHORT,
    ("Rolf Tangen, the education minister, visited three schools.",),
    ("Rolf Tangen", ["education minister"], ["education"]),
)
page(
    SHORT,
    ("Senate President Maja Orre called the vote.",),
    ("Maja Orre", ["senate president"], ["president"]),
)


def build_cases() -> list[dict[str, Any]]:
    return [{**case, "confirm": CONFIRM} for case in built.cases]


if __name__ == "__main__":
    built.cases[:] = build_cases()
    built.write(OUT)
