# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 34's review of named34 (``grounding_rvnm34.jsonl``): a quote's
speaker next to the shapes named34 taught the sentence readers, and just outside them, by
category, each with what must pass and what must fail:

- ``name-opener``: a sentence's capitalised opening word that IS a name ("Young, pressed
  again, said", a surname that is also an English word: "Hope", "Little", "Rich", or ends
  like a participle: "Fielding", "Kelly", "Sterling thanked the staff and told") is the
  speaker. Refused: the other person named;
- ``aside-person``: post-nominal letters and ages beside either person of the sentence ("Jon
  Marsh MP, 58, told Kay Dunn KC"): the speaker is the subject, never the object with the
  letters or the age;
- ``paren-passive``: a parenthetical "she said" whose report names the speaker's object, "it
  was, she said, "..."", speech verbs after "be/been/being" that are done to someone
  ("would be called to testify", "has been quoted as saying"), and passives of telling or
  naming whose agent follows "by" ("The jury was told by prosecutor X that", 'Moss was
  branded "..." by Ruth Kemp'; not "by Kemp's allies"). Refused: the object;
- ``after-clause``: "and"/"but" with a subject of its own after a quote, a bare ", adding:"
  (after a named parenthetical: "Webb asked for time, Holly Dean said, adding:"), ", and X
  called him "..."", and the same words just outside the shape. Refused: the other clause's
  subject.

Run ``python tests/data/make_rvnm34_cases.py`` to rebuild it. Each verdict is what a careful
reader finds in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvnm34.jsonl")

built = SupportCases(
    "rv34",
    leads=[
        "By Nell Corbin | The Eastfield Gazette",
        "PORTSMOUTH (Solent Wire) -",
        "From our court reporter, The Dunmore Examiner.",
        "City desk, The Lakeside Post.",
        "CHICAGO, Midwest Record -",
    ],
)
OPENER, ASIDE, PAREN, CLAUSE = "name-opener", "aside-person", "paren-passive", "after-clause"
page, quote = built.page, built.quote


def one(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    quote(category, page(*paragraphs), words, passes, fails)


# name-opener: a capitalised opening word that is a name
W = "a budget built on sand"
one(
    OPENER,
    W,
    ["Ellen Young"],
    ["Tom Baird"],
    "Mayor Ellen Young faced councillor Tom Baird at Thursday's meeting.",
    f'Young, pressed again, said the plan was "{W}".',
)
W = "the worst winter in memory"
one(
    OPENER,
    W,
    ["Sarah Hope"],
    ["Paul Grey"],
    "Officials hope the shelter will open soon. Dr Sarah Hope runs it with Paul Grey.",
    f'Hope said the season had been "{W}".',
)
W = "no room left to cut"
one(
    OPENER,
    W,
    ["Rachel Little"],
    ["Owen Pratt"],
    "There was little comfort for staff on Monday. Rachel Little, the trust's chief, wrote to Owen Pratt.",
    f'Little, asked about jobs, said there was "{W}".',
)
W = "a fair price for everyone"
one(
    OPENER,
    W,
    ["Marcus Rich"],
    ["Helen Shaw"],
    "Rich households will pay more under the scheme. Marcus Rich, who drafted it, debated Helen Shaw on air.",
    f'Rich told listeners it was "{W}".',
)
W = "I never saw the letter"
one(
    OPENER,
    W,
    ["Ava Fielding"],
    ["Graham Nye"],
    "Ava Fielding gave evidence after Graham Nye.",
    f'Fielding, visibly tired, told the panel: "{W}".',
)
W = "the board misled us"
one(
    OPENER,
    W,
    ["Jo Kelly"],
    ["Mark Lowe"],
    "Union leader Jo Kelly stood beside Mark Lowe outside the depot.",
    f'Kelly said bluntly that "{W}".',
)
W = "we were always going to win"
one(
    OPENER,
    W,
    ["Dara Wade"],
    ["Ian Frost"],
    "Dara Wade beat Ian Frost by 40 votes.",
    f'Wade, pressed again, said: "{W}".',
)
W = "a betrayal of the members"
one(
    OPENER,
    W,
    ["Lucy Golding"],
    ["Neil Avery"],
    "Lucy Golding had backed Neil Avery until last spring.",
    f'Golding now calls the deal "{W}".',
)
W = "we will appeal"
one(
    OPENER,
    W,
    ["Kit Early"],
    ["Ros Dent"],
    "Kit Early, the club's owner, and Ros Dent, its coach, were both fined.",
    f'Early said later: "{W}".',
)
W = "nobody asked us first"
one(
    OPENER,
    W,
    ["Sam Still"],
    ["Ada Moss"],
    "Sam Still chairs the residents' group that Ada Moss founded.",
    f'Still, speaking outside the hall, said "{W}".',
)
W = "a poor day for the club"
one(
    OPENER,
    W,
    ["Tom Baird"],
    ["Ellen Young"],
    "Tom Baird met Ellen Young on Friday.",
    f'Pressed again, he said it had been "{W}".',
)
W = "the cheapest option we had"
one(
    OPENER,
    W,
    ["Karen Doyle"],
    ["Mia Stone"],
    "Karen Doyle defended the contract she awarded Mia Stone.",
    f'Speaking on Tuesday, she said it was "{W}".',
)

W = "a fair count"
one(
    OPENER,
    W,
    ["Sterling"],
    ["Dan Roe"],
    "Dan Roe lost the seat on Friday.",
    f'Sterling thanked the staff and told reporters it had been "{W}".',
)
W = "proud of every one of them"
one(
    OPENER,
    W,
    ["Golding"],
    ["Dan Roe"],
    "Dan Roe conceded shortly after midnight.",
    f'Golding hugged his agent and said he was "{W}".',
)
W = "a mess from the start"
one(
    OPENER,
    W,
    ["Manning"],
    ["Lisa Crane"],
    "Lisa Crane signed the order in June.",
    f'Manning called the order "{W}".',
)

# aside-person: letters and ages beside either person
W = "wholly unreliable"
one(
    ASIDE,
    W,
    ["Jon Marsh"],
    ["Kay Dunn"],
    f'Jon Marsh MP, 58, told Kay Dunn KC that the figures were "{W}".',
)
W = "deeply sorry"
one(
    ASIDE,
    W,
    ["Jon Marsh"],
    ["Kay Dunn"],
    f'Questioned by Kay Dunn KC, Jon Marsh, 61, said he was "{W}".',
)
W = "a stranger to the truth"
one(ASIDE, W, ["Kay Dunn"], ["Jon Marsh"], f'Kay Dunn KC said Jon Marsh, 61, was "{W}".')
W = "a bright and kind girl"
one(
    ASIDE,
    W,
    ["Alan Ware"],
    ["Lily Prost"],
    f'Judge Alan Ware described the victim, Lily Prost, 19, as "{W}".',
)
W = "reckless in the extreme"
one(
    ASIDE,
    W,
    ["Alan Ware"],
    ["Dean Kirby"],
    f'Alan Ware, 70, told Dean Kirby, 24, that his driving had been "{W}".',
)
W = "playing politics with jobs"
one(
    ASIDE,
    W,
    ["Ruth Kemp"],
    ["Finlay Moss"],
    f'Labour\'s Ruth Kemp MSP accused Finlay Moss MSP of "{W}".',
)
W = "shameful"
one(
    ASIDE,
    W,
    ["Ruth Kemp"],
    ["Finlay Moss"],
    f'Finlay Moss MSP was branded "{W}" by Ruth Kemp MSP on Tuesday.',
)
W = "the law is clear"
one(
    ASIDE,
    W,
    ["Petra Holm"],
    ["Gus Tarrant"],
    "Petra Holm MEP and Gus Tarrant MEP clashed in Strasbourg.",
    f'Holm, 49, replied: "{W}".',
)
W = "I was only following orders"
one(
    ASIDE,
    W,
    ["Noel Brandt"],
    ["Carla Quist"],
    f'Noel Brandt, 52, told prosecutor Carla Quist QC: "{W}".',
)
W = "a man of real courage"
one(
    ASIDE,
    W,
    ["Carla Quist"],
    ["Noel Brandt"],
    f'Carla Quist QC, 44, called Noel Brandt, 52, "{W}".',
)
W = "We should have listened sooner"
one(
    ASIDE,
    W,
    ["Hugh Penn"],
    ["Rosa Vale"],
    f'"{W}," said Hugh Penn MP, 67, after meeting Rosa Vale.',
)

# paren-passive: a parenthetical "she said", "it was, she said", passives of speech verbs
W = "out of his depth"
one(
    PAREN,
    W,
    ["Lena Ford"],
    ["Ian Pike"],
    "Lena Ford, the club's chair, spoke after the hearing.",
    f'She had warned Ian Pike in March, she said, that he was "{W}".',
)
W = "a disgrace from start to finish"
one(
    PAREN,
    W,
    ["Ana Bell"],
    ["Ravi Sen"],
    "Minister Ana Bell visited the flooded estate that Ravi Sen's firm built.",
    f'It was, she said, "{W}".',
)
W = "not fit to serve"
one(
    PAREN,
    W,
    ["Greta Lund"],
    ["Mike Dorsey"],
    "Greta Lund spoke after the vote.",
    f'Mike Dorsey should resign, she said, because he was "{W}".',
)
W = "a matter for the police"
one(
    PAREN,
    W,
    ["Iris Maddox"],
    ["Ben Cole"],
    f'Asked whether Ben Cole would be called to testify, Iris Maddox said it was "{W}".',
)
W = "entirely false"
one(
    PAREN,
    W,
    ["Ben Cole"],
    ["Iris Maddox"],
    f'Ben Cole, who has been accused by Iris Maddox of lying, said the claims were "{W}".',
)
W = "the only honest man in the room"
one(
    PAREN,
    W,
    ["Iris Maddox"],
    ["Ben Cole"],
    f'Iris Maddox has been quoted as saying that Ben Cole was "{W}".',
)
W = "a clean bill of health"
one(
    PAREN,
    W,
    ["Nora Haig"],
    ["Luke Barr"],
    f'Luke Barr will be told on Monday, Nora Haig said, that he has "{W}".',
)
W = "wasted a year"
one(
    PAREN,
    W,
    ["Tess Olin"],
    ["Victor Ames"],
    "Tess Olin spoke to reporters after the session.",
    f'Victor Ames had been warned twice, she said, and had still "{W}".',
)
W = "tired but happy"
one(
    PAREN,
    W,
    ["Cal Byrne"],
    ["Dina Wolfe"],
    f'Cal Byrne, being interviewed after his win over Dina Wolfe, said he felt "{W}".',
)
W = "a step too far"
one(
    PAREN,
    W,
    ["Omar Fitch"],
    ["Lea Brand"],
    "Omar Fitch met Lea Brand on Monday.",
    f'Her offer, he said, was "{W}".',
)
W = "the finest of his generation"
one(
    PAREN,
    W,
    ["Ivy Marr"],
    ["Rob Kerr"],
    f'Rob Kerr was being honoured on Friday, and Ivy Marr called him "{W}".',
)

W = "a danger to the public"
one(
    PAREN,
    W,
    ["Ana Ruiz"],
    ["Tom Vance"],
    f'The jury was told by prosecutor Ana Ruiz that Tom Vance was "{W}".',
)
W = "not negotiable"
one(
    PAREN,
    W,
    ["Ana Ruiz"],
    ["Tom Vance"],
    f'Tom Vance had been told by Ana Ruiz, the club\'s owner, that his contract was "{W}".',
)
W = "safe to open"
one(
    PAREN,
    W,
    ["Gail Oduya"],
    ["Pete Lamm"],
    f'Reporters were assured by Mayor Gail Oduya that the bridge Pete Lamm designed was "{W}".',
)
W = "a serious mistake"
one(
    PAREN,
    W,
    ["Pete Lamm"],
    ["Gail Oduya"],
    f'Pete Lamm, who had been warned by Gail Oduya, said the closure was "{W}".',
)
W = "a reckless clown"
one(
    PAREN,
    W,
    ["Ruth Kemp"],
    ["Finlay Moss"],
    f'Finlay Moss was branded "{W}" by Ruth Kemp on Tuesday.',
)
W = "no remorse at all"
one(
    PAREN,
    W,
    ["Ana Ruiz"],
    ["Mary Vance"],
    "Judge Ana Ruiz spoke after sentencing.",
    f'Mary Vance had shown, she said, "{W}".',
)
W = "a waste of time"
one(
    PAREN,
    W,
    ["Ana Ruiz"],
    ["Tom Vance"],
    "Ana Ruiz met Tom Vance on Friday.",
    f'The talks, she said, were "{W}".',
)

W = "a friend of the workers"
one(
    PAREN,
    W,
    ["Ruth Kemp"],
    ["Finlay Moss"],
    f'Finlay Moss was branded "{W}" by Labour leader Ruth Kemp.',
)
W = "a coward"
one(
    PAREN,
    W,
    [],
    ["Ruth Kemp"],
    f'Finlay Moss was labelled "{W}" by Ruth Kemp\'s allies on Tuesday.',
)

# after-clause: "and/but" + a subject after a quote; ", adding:"
W = "We cannot keep borrowing"
one(
    CLAUSE,
    W,
    ["Tara Quinn"],
    ["Glen Rudd"],
    f'"{W}," said Tara Quinn, but her deputy Glen Rudd told reporters he disagreed.',
)
W = "The vote must wait"
one(
    CLAUSE,
    W,
    ["Tara Quinn"],
    ["Glen Rudd"],
    f'"{W}," Tara Quinn told the board, and Glen Rudd then said he would abstain.',
)
W = "no alternative"
one(
    CLAUSE,
    W,
    ["Tara Quinn"],
    ["Glen Rudd"],
    f'Tara Quinn said Glen Rudd had misled the board, adding: "There was {W}."',
)
W = "I have nothing to hide"
one(
    CLAUSE,
    W,
    ["Glen Rudd"],
    ["Tara Quinn"],
    f'Glen Rudd rejected the claims made by Tara Quinn, adding: "{W}."',
)
W = "That ship has sailed"
one(
    CLAUSE,
    W,
    ["Holly Dean"],
    ["Stan Webb"],
    f'Stan Webb asked for more time, Holly Dean said, adding: "{W}."',
)
W = "Nobody here wants a strike"
one(
    CLAUSE,
    W,
    ["Stan Webb"],
    ["Holly Dean"],
    f'"It is too late," Holly Dean said, and Stan Webb replied: "{W}."',
)
W = "It is too late"
one(
    CLAUSE,
    W,
    ["Holly Dean"],
    ["Stan Webb"],
    f'"{W}," Holly Dean said, and Stan Webb replied: "Nobody here wants a strike."',
)
W = "We did our best"
one(
    CLAUSE,
    W,
    ["Fay Morton"],
    ["Reg Pryor"],
    f'"{W}," Fay Morton said of her team, and Reg Pryor, her assistant, later told the Gazette the same.',
)
W = "a reckless gamble"
one(
    CLAUSE,
    W,
    ["Fay Morton"],
    ["Reg Pryor"],
    f'Fay Morton called the merger "{W}", but Reg Pryor said it would save the club.',
)
W = "Expect more cuts"
one(
    CLAUSE,
    W,
    ["Reg Pryor"],
    ["Fay Morton"],
    "Reg Pryor spoke after Fay Morton left.",
    f'"{W}," he warned, and then added that the club would survive.',
)
W = "We were robbed"
one(
    CLAUSE,
    W,
    ["Ola Benn"],
    ["Kai Strand"],
    f'Ola Benn blamed referee Kai Strand for the defeat, adding: "{W}."',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
