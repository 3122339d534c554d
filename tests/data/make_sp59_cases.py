# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's lone antecedents (``grounding_sp59.jsonl``, false-alarm
writer sp59; :mod:`summarizer.verification.sentences.lone_antecedents`), at the edges of

- ``lone_name``: a quote that opens its sentence, credited '"...," he said' or "she told
  reporters" right after it, where the sentence before names one person, the speaker, and
  opens with a subject that is no person ("Councillors were critical of the payout X
  accepted", "Safety inspectors were told to reopen it by X", "Shares fell after X cut"):
  that person passes; another person of the page, the body, a person of the other gender
  stay refused;
- ``guarded``: the same credits where the sentence before gives the "he" or "she" someone
  else to stand for, or the reading no ground: a second person named there, a spokesman
  for the person, a person told by a common noun ("his former partner"), a sentence that
  opens with a surname, the person arrested, a name inside the quoted words,
  a "Mr" for a "she", a body for a "he": the lone name is refused; each page's other quote,
  credited by name, passes (and a first-person answer of the one a report talks about:
  "The inquiry report said X had ignored two warnings. "Those warnings never reached my
  desk," he said" is X's, as readback_vetoes reads it).

Run ``python tests/data/make_sp59_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sp59.jsonl")

LONE, GUARD = "lone_name", "guarded"
LEADS = [
    "By Tamsin Achterberg | The Wrexley Gazette | April 9, 2026",
    "PORT ELLAND (Harbour Wire) -",
    "City desk, The Fenwick Observer",
    "Local politics | The Carrow Standard | 2 June 2026",
]
built = SupportCases("sp59", leads=LEADS)


# --- lone_name: the one person the sentence before names ----------------------------------
built.story(
    LONE,
    "Payout row deepens at Hollin council",
    [
        "Hollin's mayor, Tom Ashgrove, ordered a review of senior pay on Monday.",
        "Councillors were sharply critical of the £80,000 payout Dana Whitlock accepted weeks after joining as finance director. Several councillors asked for it to be returned.",
        '"I earned every penny of it," she said.',
    ],
    ("I earned every penny of it", ["Dana Whitlock"], ["Tom Ashgrove", "Hollin council"]),
)
built.story(
    LONE,
    "Calder bridge reopens despite cracks",
    [
        "The Calder bridge reopened to cars on Thursday, a week after road safety campaigner Greta Lunde called for it to stay shut.",
        "Safety inspectors were instructed to lift the closure by Tomas Reyle, the county's chief engineer.",
        '"The cracks are cosmetic and the deck is sound," he said. Local drivers said road safety had to come first.',
    ],
    (
        "The cracks are cosmetic and the deck is sound",
        ["Tomas Reyle"],
        ["Greta Lunde", "Calder county council"],
    ),
)
built.story(
    LONE,
    "Harbour trust adopts dredging plan",
    [
        "The harbour trust voted on Tuesday to dredge the inner channel, at a cost of £4 million.",
        "The plan was drawn up by Ilse Varga, who runs the trust's engineering team.",
        '"We had no other choice if the ferries are to keep coming," she said.',
        'Fisherman Colm Reddy said the works would "wreck the spring season".',
    ],
    (
        "We had no other choice if the ferries are to keep coming",
        ["Ilse Varga"],
        ["Colm Reddy", "harbour trust"],
    ),
    ("wreck the spring season", ["Colm Reddy"], ["Ilse Varga"]),
)
built.story(
    LONE,
    "Fund manager defends year of losses",
    [
        "Investors pulled £300 million from the Brackwater Growth fund in the first quarter.",
        "Critics pointed to the losses Owen Maddox's fund ran up last year, the worst in its history.",
        '"Every fund has a bad year, and we have had ours," he told clients in a letter.',
    ],
    (
        "Every fund has a bad year, and we have had ours",
        ["Owen Maddox"],
        ["Brackwater Growth", "Anita Crowe"],
    ),
)
built.story(
    LONE,
    "Budget night at Fellmoor town hall",
    [
        "Fellmoor's opposition leader, Anita Crowe, had promised a fight over the cuts.",
        "Residents packed the hall on Wednesday to hear Priya Nandakumar, the council's treasurer, set out the budget.",
        '"There is no painless option left," she told them.',
    ],
    ("There is no painless option left", ["Priya Nandakumar"], ["Anita Crowe", "Fellmoor council"]),
)
built.story(
    LONE,
    "Norvik Paper cuts forecast",
    [
        "Norvik Paper cut its profit forecast for the year on Friday, blaming weak demand for packaging.",
        "Shares fell 6% after chief executive Lars Eklund told analysts that orders had slowed since March.",
        '"We were too optimistic in the spring," he said. The shares have lost a third of their value this year.',
    ],
    ("We were too optimistic in the spring", ["Lars Eklund"], ["Norvik Paper", "Britt Solheim"]),
)
built.story(
    LONE,
    "Fishing talks collapse in Tarbert",
    [
        "The fishing talks between the two ports had gone on for three weeks.",
        "Talks broke down on Friday evening when Hana Sato, the northern ports' negotiator, walked out of the room.",
        '"I will not sign a text that halves our catch," she said on Saturday.',
    ],
    (
        "I will not sign a text that halves our catch",
        ["Hana Sato"],
        ["northern ports", "Ruth Bekele"],
    ),
)
built.story(
    LONE,
    "New rota for Kelby hospital nurses",
    [
        "Kelby General's nurses have worked twelve-hour shifts since the winter.",
        "Nurses cheered on Monday as Abena Osei, the hospital's head of nursing, announced a new rota from June.",
        '"You asked for shorter shifts and we listened," she said.',
    ],
    (
        "You asked for shorter shifts and we listened",
        ["Abena Osei"],
        ["Kelby General", "Martin Hale"],
    ),
)
built.story(
    LONE,
    "Vossberg Air posts loss",
    [
        "Vossberg Air lost €120 million in the first half of the year.",
        "Analysts had expected a smaller loss from the airline Kurt Vossberg founded in 1998.",
        '"We flew through a storm of fuel prices," he told investors on a call.',
    ],
    ("We flew through a storm of fuel prices", ["Kurt Vossberg"], ["Vossberg Air", "Lena Hartig"]),
)
built.story(
    LONE,
    "Parliament backs press rules",
    [
        "The European Parliament approved the media freedom rules in Strasbourg on Tuesday.",
        "MEPs voted 402 to 210 for the text drafted by Sofia Lindqvist, a Swedish liberal.",
        '"This protects every reader in every member state," she said after the vote.',
    ],
    (
        "This protects every reader in every member state",
        ["Sofia Lindqvist"],
        ["European Parliament", "Jonas Keller"],
    ),
)
built.story(
    LONE,
    "Ferry operator keeps winter timetable",
    [
        "Passengers had asked for an earlier crossing in winter.",
        "Ferry bosses turned the request down at a meeting chaired by Rhodri Pugh, the operator's managing director.",
        '"An earlier sailing would cost more than it brings in," he said.',
    ],
    (
        "An earlier sailing would cost more than it brings in",
        ["Rhodri Pugh"],
        ["Passengers' Forum", "Megan Pryce"],
    ),
)
built.story(
    LONE,
    "Reservoir scheme wins approval",
    [
        "Planners in Ashby approved the Lowmoor reservoir on Thursday.",
        "Objectors had fought the scheme for six years, led by farmer Gareth Ellis, whose land it will flood.",
        '"We lost, but we were right," he said.',
    ],
    ("We lost, but we were right", ["Gareth Ellis"], ["Ashby planners", "Lowmoor Water"]),
)

# --- guarded: the "he" or "she" may be someone else --------------------------------------
built.story(
    GUARD,
    "Payout row at Dunmere council",
    [
        "Councillors were critical of the £60,000 payout Dana Whitcombe accepted from Mayor Ruth Penner's office.",
        '"It was approved in the proper way," she said.',
        '"We will look at it again," said Ruth Penner.',
    ],
    ("It was approved in the proper way", [], ["Dana Whitcombe"]),
    ("We will look at it again", ["Ruth Penner"], ["Dana Whitcombe"]),
)
built.story(
    GUARD,
    "Bonus questions for Lorne Water chief",
    [
        "Questions piled up this week over the bonus Karl Brenner received as Lorne Water's chief executive.",
        "A spokesman for Brenner replied by email on Friday.",
        '"The bonus was set by the board, not by him," he said.',
        '"The board stands by its decision," said board chair Elin Moss.',
    ],
    ("The bonus was set by the board, not by him", [], ["Karl Brenner"]),
    ("The board stands by its decision", ["Elin Moss"], ["Karl Brenner"]),
)
built.story(
    GUARD,
    "MPs grill rail boss",
    [
        "MPs questioned the bonus Chris Halden received only weeks after the timetable collapse.",
        '"Halden should hand it back," he said.',
        '"I have offered to do so," said Chris Halden.',
    ],
    ("Halden should hand it back", [], ["Chris Halden"]),
    ("I have offered to do so", ["Chris Halden"], []),
)
built.story(
    GUARD,
    "Arrest after cup final",
    [
        "Police arrested Joel Farrow outside the Brightwell stadium after the final whistle.",
        '"He threw the first punch and ran," he said.',
        '"The club will ban anyone involved," said steward Ada Kerr.',
    ],
    ("He threw the first punch and ran", [], ["Joel Farrow"]),
    ("The club will ban anyone involved", ["Ada Kerr"], ["Joel Farrow"]),
)
built.story(
    GUARD,
    "Kessell Mills trims outlook",
    [
        "Shares fell 4% after Lars Engvik cut the forecast, and his deputy, Ravi Sen, took the analysts' questions.",
        '"Orders will come back in the autumn," he said.',
        '"We are not cutting jobs," said Lars Engvik.',
    ],
    ("Orders will come back in the autumn", [], ["Lars Engvik"]),
    ("We are not cutting jobs", ["Lars Engvik"], ["Ravi Sen"]),
)
built.story(
    GUARD,
    "Inquiry report on Sallow dam",
    [
        "The inquiry report said Nils Arden had ignored two warnings about the spillway.",
        '"Those warnings never reached my desk," he said.',
        '"We stand by every finding," said inquiry chair Moira Dunne.',
    ],
    ("Those warnings never reached my desk", ["Nils Arden"], ["Moira Dunne"]),
    ("We stand by every finding", ["Moira Dunne"], ["Nils Arden"]),
)
built.story(
    GUARD,
    "Fund losses questioned",
    [
        "Critics pointed to the losses Owen Mattock's fund ran up, and his former business partner agreed with them.",
        '"The strategy was reckless from the start," he said.',
        '"I would do it again," said Owen Mattock.',
    ],
    ("The strategy was reckless from the start", [], ["Owen Mattock"]),
    ("I would do it again", ["Owen Mattock"], []),
)
built.story(
    GUARD,
    "Row over Pellham rail bonus",
    [
        "Garrow criticised the bonus Chris Holby received after the timetable collapse.",
        '"Nobody at the top should be paid for failure," he said.',
        '"The bonus was in my contract," said Chris Holby.',
    ],
    ("Nobody at the top should be paid for failure", [], ["Chris Holby"]),
    ("The bonus was in my contract", ["Chris Holby"], []),
)
built.story(
    GUARD,
    "Payout row at Wenlow council",
    [
        "Councillors questioned the payout Mr Dale Whitlow accepted on leaving.",
        '"He should never have been offered it," she said.',
        '"I took what the contract gave me," said Dale Whitlow.',
    ],
    ("He should never have been offered it", [], ["Dale Whitlow"]),
    ("I took what the contract gave me", ["Dale Whitlow"], []),
)
built.story(
    GUARD,
    "Harbour plan approved",
    [
        "Objectors lost their fight against the plan the Brantwick Harbour Trust adopted on Tuesday.",
        '"The channel will be dredged by the spring," he said.',
        '"We will keep fighting in the courts," said campaigner Isla Grant.',
    ],
    ("The channel will be dredged by the spring", [], ["Brantwick Harbour Trust", "Isla Grant"]),
    ("We will keep fighting in the courts", ["Isla Grant"], ["Brantwick Harbour Trust"]),
)
built.story(
    GUARD,
    "Budget vote in Corby Vale",
    [
        "Residents heard Priya Nandra set out the budget, and the opposition leader then tore into it.",
        '"This budget punishes the poorest streets," she said.',
        '"We had to balance the books," said Priya Nandra.',
    ],
    ("This budget punishes the poorest streets", [], ["Priya Nandra"]),
    ("We had to balance the books", ["Priya Nandra"], []),
)
built.story(
    GUARD,
    "Ferry fares to rise",
    [
        "Passengers protested after the fare rise Rhodri Powell announced was matched by Owain Price's rival line.",
        '"We had no choice with fuel where it is," he said.',
        '"Our fares are still the lowest on the coast," said Owain Price.',
    ],
    ("We had no choice with fuel where it is", [], ["Rhodri Powell", "Owain Price"]),
    ("Our fares are still the lowest on the coast", ["Owain Price"], ["Rhodri Powell"]),
)


# --- later additions (kept after the rest so the ids above stay): a capitalised opener before
# a plural noun ("Border agents were ordered ... by X"), and against it the same shape where
# the page writes the opener as a name inside a sentence ("aides to Hollis")
built.story(
    LONE,
    "Crossing at Vell reopens",
    [
        "The Vell crossing reopened to lorries on Monday after a four-day closure.",
        "Border agents were ordered to lift the closure by Marta Quill, the regional commissioner.",
        '"The queues had become a danger in themselves," she said.',
        'Haulier Ben Oduya said drivers had slept in their cabs for "three nights running".',
    ],
    (
        "The queues had become a danger in themselves",
        ["Marta Quill"],
        ["Ben Oduya", "Vell crossing"],
    ),
    ("three nights running", ["Ben Oduya"], ["Marta Quill"]),
)
built.story(
    GUARD,
    "Contract row at Hollis county",
    [
        "The county's leader, councillor Hollis, has defended the contract. A statement from Hollis on Monday called it good value.",
        "Hollis aides briefed reporters on the cleaning contract Tom Brack signed last year.",
        '"Every penny of it was properly spent," he said.',
        '"I signed what I was given," said Tom Brack.',
    ],
    ("Every penny of it was properly spent", [], ["Tom Brack"]),
    ("I signed what I was given", ["Tom Brack"], []),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
