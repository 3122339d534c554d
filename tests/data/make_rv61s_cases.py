# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 61's pronoun walks (``grounding_rv61s.jsonl``, review rv61s
of sp61; :mod:`summarizer.verification.sentences.pronoun_walks`), at the edges of

- ``described``: between the person named and the "he"/"she" quote stands a person the page
  tells of by a description no title list holds ("The Brazilian, 29,", "The 19-year-old",
  "the surgeon", "The skipper", "the keeper"): the quote is that person's, the one named
  further back stays refused; the plainly credited quote of the person named passes, and a
  quote whose walk passes only things ("The levy", "Turnout") still passes;
- ``hidden``: another person stands between by a surname that is also a common word ("a
  header from Young", "a cross by Rice"), a possessive, a name inside a by-line of a photo
  or in a later clause: the one named further back stays refused; the right speaker passes.

Run ``python tests/data/make_rv61s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv61s.jsonl")

built = SupportCases(
    "rv61s",
    leads=[
        "By Ruth Calder | The Fenwick Courier | May 9, 2026",
        "OSTMARK (Lantern Wire) -",
        "Metro desk, The Harlow Daily Record",
        "Long read | The Quillon Weekly | 3 July 2026",
        "Sport, The Bexley Evening Star",
    ],
)
DESC, HIDE = "described", "hidden"


# --- described: a person told by a description no list holds, between --------------------
built.story(
    DESC,
    "Rovers land Porto forward",
    [
        'Club chairman Hugo Brandt confirmed the signing on Monday. "We have chased this deal for two summers," Brandt said.',
        "The Brazilian, 29, arrives on a three-year contract. Medical tests were completed on Sunday.",
        '"I came here to win the league, nothing less," he said.',
    ],
    ("We have chased this deal for two summers", ["Hugo Brandt"], []),
    ("I came here to win the league, nothing less", [], ["Hugo Brandt"]),
)
built.story(
    DESC,
    "Teenager handed debut in cup tie",
    [
        'Manager Colm Reddy named his side for the cup tie on Friday. "Youth gets its chance tonight," Reddy said.',
        "The 19-year-old came through the academy and has trained with the first team since March.",
        '"My mum will be in the stand, crying already," he said.',
    ],
    ("Youth gets its chance tonight", ["Colm Reddy"], []),
    ("My mum will be in the stand, crying already", [], ["Colm Reddy"]),
)
built.story(
    DESC,
    "New clinic opens its doors",
    [
        'Health board chair Peter Lusk opened the Millbrook clinic on Tuesday. "This town waited too long," Lusk said.',
        "The surgeon who will run it trained in Edinburgh and Lyon. Twelve beds are ready.",
        '"I will operate here three days a week from June," he said.',
    ],
    ("This town waited too long", ["Peter Lusk"], []),
    ("I will operate here three days a week from June", [], ["Peter Lusk"]),
)
built.story(
    DESC,
    "Skipper stays despite relegation",
    [
        'Owner Dirk Maes spoke to supporters after the final whistle. "We go down together and we come back together," Maes said.',
        "The skipper has a year left on his deal. Several clubs asked about him in January.",
        '"I am not leaving this badge in the second division," he said.',
    ],
    ("We go down together and we come back together", ["Dirk Maes"], []),
    ("I am not leaving this badge in the second division", [], ["Dirk Maes"]),
)
built.story(
    DESC,
    "Keeper's save seals the draw",
    [
        'Head coach Arvid Lind praised his defence on Saturday. "They ran until they could not stand," Lind said.',
        "The keeper saved a penalty in stoppage time. It was his third clean sheet in a row.",
        '"I guessed left and the ball came left," he said.',
    ],
    ("They ran until they could not stand", ["Arvid Lind"], []),
    ("I guessed left and the ball came left", [], ["Arvid Lind"]),
)
built.story(
    DESC,
    "Novelist wins regional prize",
    [
        'Judging panel chair Gregor Fane announced the award at a dinner on Thursday. "It was not a close vote," Fane said.',
        "The novelist wrote the book in a caravan over three winters. It sold fewer than 900 copies before the shortlist.",
        '"I nearly gave up twice," he said.',
    ],
    ("It was not a close vote", ["Gregor Fane"], []),
    ("I nearly gave up twice", [], ["Gregor Fane"]),
)
built.story(
    DESC,
    "Pilot praised after emergency landing",
    [
        'Airport manager Silas Oyelaran described the landing to reporters. "Nobody on the ground was hurt," Oyelaran said.',
        "The pilot brought the plane down on one engine. All 112 passengers walked off.",
        '"You train for it and hope you never need it," he said.',
    ],
    ("Nobody on the ground was hurt", ["Silas Oyelaran"], []),
    ("You train for it and hope you never need it", [], ["Silas Oyelaran"]),
)
built.story(
    DESC,
    "Farm protest blocks ring road",
    [
        'Police commander Jonas Wirth said the road would reopen by evening. "We are talking, not arresting," Wirth said.',
        "The farmer who organised the protest drove his tractor across both lanes at dawn.",
        '"Milk sells for less than water now," he said.',
    ],
    ("We are talking, not arresting", ["Jonas Wirth"], []),
    ("Milk sells for less than water now", [], ["Jonas Wirth"]),
)
built.story(
    DESC,
    "Widow sues over care home death",
    [
        'Care minister Helen Abara declined to comment on the case on Monday. "There is an inquiry under way," Abara said.',
        "The widow filed her claim in the High Court last week. Her husband died in the home in 2024.",
        '"Nobody has ever said sorry to me," she said.',
    ],
    ("There is an inquiry under way", ["Helen Abara"], []),
    ("Nobody has ever said sorry to me", [], ["Helen Abara"]),
)
built.story(
    DESC,
    "Nurse honoured for flood rescue",
    [
        'Hospital chief Martina Ebner presented the award on Friday. "We are proud beyond words," Ebner said.',
        "The nurse waded into the river to pull two children from a car. She was treated for cold afterwards.",
        '"Anyone would have done it," she said.',
    ],
    ("We are proud beyond words", ["Martina Ebner"], []),
    ("Anyone would have done it", [], ["Martina Ebner"]),
)
built.story(
    DESC,
    "Sprinter breaks national record",
    [
        'Federation president Karl Hesse watched from the stand. "A new era starts tonight," Hesse said.',
        "The sprinter, 22, ran 9.94 seconds. The old mark had stood since 1998.",
        '"I felt the wind on my back and just went," he said.',
    ],
    ("A new era starts tonight", ["Karl Hesse"], []),
    ("I felt the wind on my back and just went", [], ["Karl Hesse"]),
)
built.story(
    DESC,
    "Levy on tourist beds approved",
    [
        "Councillor Nadia Ferro won the vote on the bed levy on Wednesday. The levy adds two euros a night. Hotels had lobbied against it for months.",
        '"Visitors will hardly notice, and our streets will," she said.',
    ],
    ("Visitors will hardly notice, and our streets will", ["Nadia Ferro"], []),
)
built.story(
    DESC,
    "Turnout falls in by-election",
    [
        "Returning officer Samuel Pike declared the result just after 3am. Turnout was 31 per cent, the lowest in the seat's history. Rain fell all day.",
        '"Democracy does not stop for weather, but voters do," he said.',
    ],
    ("Democracy does not stop for weather, but voters do", ["Samuel Pike"], []),
)

# --- hidden: another person by a surname that is also a word, a possessive ------------------
built.story(
    HIDE,
    "Late header sinks Athletic",
    [
        'Manager Tom Hale watched from the stand, serving a touchline ban. "It was agony up there," Hale said.',
        "Winger Ashley Young joined in January. The only goal came late, a header by Young from a corner.",
        '"I just closed my eyes and jumped," he said.',
    ],
    ("It was agony up there", ["Tom Hale"], []),
    ("I just closed my eyes and jumped", ["Ashley Young"], ["Tom Hale"]),
)
built.story(
    HIDE,
    "Rice cross decides derby",
    [
        'Coach Ben Ward rested four regulars for the derby. "We have three games in a week," Ward said.',
        "Midfielder Dan Rice came off the bench after an hour. A cross from Rice found the far post in the 81st minute.",
        '"I saw the space and hit it early," he said.',
    ],
    ("We have three games in a week", ["Ben Ward"], []),
    ("I saw the space and hit it early", ["Dan Rice"], ["Ben Ward"]),
)
built.story(
    HIDE,
    "Bishop opens restored chapel",
    [
        'Parish council chair Owen Marsh thanked the builders on Sunday. "Three years of scaffolding are over," Marsh said.',
        "Bishop Alan Church blessed the chapel before the service. The sermon, given by Church himself, ran to forty minutes.",
        '"A building is only stone until people fill it," he said.',
    ],
    ("Three years of scaffolding are over", ["Owen Marsh"], []),
    ("A building is only stone until people fill it", ["Alan Church"], ["Owen Marsh"]),
)
built.story(
    HIDE,
    "Apprentice wins national joinery title",
    [
        'College principal Ian Shore presented the trophy on Thursday. "Our best year yet," Shore said.',
        "Apprentice Leo Wood, 18, built the winning staircase in six days. Judges praised the work of Wood above all others.",
        '"My grandad taught me to use a chisel," he said.',
    ],
    ("Our best year yet", ["Ian Shore"], []),
    ("My grandad taught me to use a chisel", ["Leo Wood"], ["Ian Shore"]),
)
built.story(
    HIDE,
    "Baker's stall closes after 40 years",
    [
        'Market manager Rob Tennant confirmed the closure on Monday. "The market will miss it," Tennant said.',
        "Stallholder Frank Baker opened the stall in 1986. Customers queued for the last loaves made by Baker on Saturday.",
        '"My hands have earned a rest," he said.',
    ],
    ("The market will miss it", ["Rob Tennant"], []),
    ("My hands have earned a rest", ["Frank Baker"], ["Rob Tennant"]),
)
built.story(
    HIDE,
    "Late save from Pope keeps point",
    [
        'Manager Alan Cobb praised the defence after the draw. "We dug in," Cobb said.',
        "Goalkeeper Nick Pope had been doubtful with a back injury. A fingertip save by Pope kept the score level in the 90th minute.",
        '"I only just got a hand to it," he said.',
    ],
    ("We dug in", ["Alan Cobb"], []),
    ("I only just got a hand to it", ["Nick Pope"], ["Alan Cobb"]),
)
built.story(
    HIDE,
    "Council tax rise agreed",
    [
        'Council leader Gavin Hart proposed the rise on Tuesday. "Nobody enjoys this," Hart said.',
        "Finance officer Rachel Green prepared the figures. A report by Green showed a gap of 4 million pounds.",
        '"Without the rise we close two libraries," she said.',
    ],
    ("Nobody enjoys this", ["Gavin Hart"], []),
    ("Without the rise we close two libraries", ["Rachel Green"], ["Gavin Hart"]),
)
built.story(
    HIDE,
    "Orchestra names new leader",
    [
        'Orchestra chief executive Lena Vogt announced the choice on Friday. "We looked across Europe," Vogt said.',
        "Violinist Clara Rose, 31, takes up the post in September. The audition of Rose won the panel over in minutes.",
        '"I have wanted this chair since I was twelve," she said.',
    ],
    ("We looked across Europe", ["Lena Vogt"], []),
    ("I have wanted this chair since I was twelve", ["Clara Rose"], ["Lena Vogt"]),
)
built.story(
    HIDE,
    "Cyclist's crash ends stage hopes",
    [
        'Team director Paul Geller spoke outside the hospital. "The scans are clear," Geller said.',
        "Rider Matt Hill crashed on the descent. Tyre marks showed where Hill's wheel slipped on a painted line.",
        '"I will be back on the bike next week," he said.',
    ],
    ("The scans are clear", ["Paul Geller"], []),
    ("I will be back on the bike next week", ["Matt Hill"], ["Paul Geller"]),
)
built.story(
    HIDE,
    "Museum buys lost painting",
    [
        'Museum director Ada Kessel confirmed the purchase on Wednesday. "It is coming home," Kessel said.',
        "Collector Maud Rich sold the painting after a decade of talks. The asking price of Rich was never made public.",
        '"My father would have wanted it on a public wall," she said.',
    ],
    ("It is coming home", ["Ada Kessel"], []),
    ("My father would have wanted it on a public wall", ["Maud Rich"], ["Ada Kessel"]),
)
built.story(
    HIDE,
    "Lifeboat crew rescues fishermen",
    [
        'Coastguard station officer Neil Darby praised the crew on Sunday. "The sea was brutal," Darby said.',
        "Coxswain Will Strong steered the boat through six-metre waves. The rescue plan was drawn up by Strong in minutes.",
        '"You do not think, you just go," he said.',
    ],
    ("The sea was brutal", ["Neil Darby"], []),
    ("You do not think, you just go", ["Will Strong"], ["Neil Darby"]),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
