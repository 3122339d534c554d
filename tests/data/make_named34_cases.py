# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 34's named quote speakers (``grounding_named34.jsonl``): a quote's
speaker where a name in the quote's own sentence was read as another speaker, by category,
each with what must pass and what must fail:

- ``name-asides``: a name with post-nominal letters ("Prosecutor Deanna Heer KC told the
  jury", "Helen Ashdown MP") or an age between commas ("Mr Hale, 81, replied") is the
  speaker; the letters do not make a longer name nor the age the subject. Refused: the other
  person of the sentence (the defendant, the minister the speaker attacks);
- ``opening-word``: a sentence's capitalised opening adverb or participle ("Pressed again, she
  added:", "Visibly moved, he said", "Back in Lagos, he told") is no name, so the quote's
  "she" reads back to the speaker the paragraph named. Refused: the other person named there;
- ``parenthetical``: "Tehran would halt its strikes, he said, if ...": a "he said" between
  commas after the words it reports takes no name from them ("Ambassador X would be recalled,
  she said, unless ..."); the quote is the one the paragraph named's. Refused: the name inside
  the report;
- ``naming-subject``: a naming verb's subject ('X called the storm "a near miss"') read past a
  gerund after a preposition ("thanked Ruiz for warning Senator Hale early and called"), a
  capitalised word that only modifies a description ("The UN relief coordinator called") and
  a capitalised opening word ("Back in Madrid, the president called"): none of them is the
  one whose words they are. Refused: the other people of the sentence and paragraph;
- ``own-clause``: after a quote, "and" or "but" with a subject of its own and a speech verb
  ('"...", and transport chief X later told the agency') is another clause, whose speaker
  said something else; a bare "adding:" goes on with the sentence's subject. Refused: the
  second clause's subject, the name the quote is about.

Run ``python tests/data/make_named34_cases.py`` to rebuild it. The texts are written for this
set in the shapes of outside checks 50-75's reports (courts, councils, parliaments, central
banks, sport, disasters), in new words, British and American styles; each verdict is what a
careful reader finds in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_named34.jsonl")

built = SupportCases(
    "nm34",
    leads=[
        "By Harriet Vale | The Northern Ledger",
        "LAGOS (Coastline Wire) -",
        "From our correspondent, The Valley Courier.",
        "Politics desk, The Harbour Times.",
        "WASHINGTON, Capitol Record -",
    ],
)
ASIDE, OPENING, PAREN, CLAUSE = "name-asides", "opening-word", "parenthetical", "own-clause"
NAMING = "naming-subject"
page, quote = built.page, built.quote

# name-asides: post-nominal letters, an age between commas
W = "planned every step"
quote(
    ASIDE,
    page(f'Prosecutor Deanna Heer KC told the jury that Liam Corr had "{W}".'),
    W,
    ["Deanna Heer"],
    ["Liam Corr"],
)
W = "deeply ashamed"
quote(
    ASIDE,
    page(f'Defending, Marcus Webb QC said his client Aaron Platt was "{W}" of what he had done.'),
    W,
    ["Marcus Webb"],
    ["Aaron Platt"],
)
W = "lost control of the timetable"
quote(
    ASIDE,
    page(f'Helen Ashdown MP told the committee that the rail minister, Rory Blake, had "{W}".'),
    W,
    ["Helen Ashdown"],
    ["Rory Blake"],
)
W = "a recipe for delay"
quote(
    ASIDE,
    page(f'Ruth Ogilvy MSP told Holyrood that Finlay Reid\'s housing plan was "{W}".'),
    W,
    ["Ruth Ogilvy"],
    ["Finlay Reid"],
)
W = "dead on arrival"
quote(
    ASIDE,
    page(f'Pieter de Graaf MEP warned Commissioner Elsa Marin that the fisheries deal was "{W}".'),
    W,
    ["Pieter de Graaf"],
    ["Elsa Marin"],
)
W = "the finest deputy I ever had"
quote(
    ASIDE,
    page(
        "Tomas Hale and his former deputy Carla Ortiz met in public for the first time in a decade.",
        f'Mr Hale, 81, replied that Ms Ortiz had been "{W}".',
    ),
    W,
    ["Tomas Hale"],
    ["Carla Ortiz"],
)
W = "never once came to see us"
quote(
    ASIDE,
    page(
        f'Bertha Quinn, 92, who has lived on the estate since 1961, told the council that Derek Moss "{W}".'
    ),
    W,
    ["Bertha Quinn"],
    ["Derek Moss"],
)
W = "It was the longest night of my life"
quote(
    ASIDE,
    page(f'"{W}," Samir Haddad, 34, told reporters after his cousin Omar Nasser was freed.'),
    W,
    ["Samir Haddad"],
    ["Omar Nasser"],
)
W = "We will appeal"
quote(
    ASIDE,
    page(
        f'"{W}," Gareth Lowe KC said outside court, where Judge Miriam Stone had jailed his client.'
    ),
    W,
    ["Gareth Lowe"],
    ["Miriam Stone"],
)
W = "a promise she cannot keep"
quote(
    ASIDE,
    page(f'Senator Ray Dunn, 67, said Governor Lisa Park had made "{W}".'),
    W,
    ["Ray Dunn"],
    ["Lisa Park"],
)
W = "Nobody told us"
quote(
    ASIDE,
    page(f'"{W}," said Edith Marr, 88, whose neighbour Paul Greer was also evacuated.'),
    W,
    ["Edith Marr"],
    ["Paul Greer"],
)

# opening-word: a capitalised adverb or participle opening the quote's sentence
W = "We are not in a hurry."
quote(
    OPENING,
    page(
        "Carla Mendes kept rates on hold on Tuesday, resisting calls from finance minister Jorge Sousa for a cut.",
        f'Pressed again, she added: "{W}"',
    ),
    W,
    ["Carla Mendes"],
    ["Jorge Sousa"],
)
W = "has only just begun"
quote(
    OPENING,
    page(
        "Tomasz Wrobel lost Friday's confidence vote against Prime Minister Adam Nowak by 12 seats.",
        f'Undeterred, he wrote on Facebook that the fight "{W}".',
    ),
    W,
    ["Tomasz Wrobel"],
    ["Adam Nowak"],
)
W = "I never expected this."
quote(
    OPENING,
    page(
        "Aiko Tanabe beat Kenji Mori for the party leadership on Saturday.",
        f'Smiling, she told reporters: "{W}"',
    ),
    W,
    ["Aiko Tanabe"],
    ["Kenji Mori"],
)
W = "did everything right"
quote(
    OPENING,
    page(
        "Captain Ivan Petrenko met port chief Olena Savchuk and the families of the missing sailors in Odesa.",
        f'Visibly moved, he said the crew "{W}".',
    ),
    W,
    ["Ivan Petrenko"],
    ["Olena Savchuk"],
)
W = "a stolen mandate"
quote(
    OPENING,
    page(
        "Bola Adeyemi flew home on Sunday after the tribunal upheld Chidi Okafor's win.",
        f'Back in Lagos, he told supporters the result was "{W}".',
    ),
    W,
    ["Bola Adeyemi"],
    ["Chidi Okafor"],
)
W = "a house of cards"
quote(
    OPENING,
    page(
        "Treasurer Megan Doyle had doubts about the plan Premier Sam Tully unveiled in March.",
        f'Early on, she warned colleagues that the budget was "{W}".',
    ),
    W,
    ["Megan Doyle"],
    ["Sam Tully"],
)
W = "saved a town"
quote(
    OPENING,
    page(
        "Mayor Luca Ferri toured the flooded valley with civil protection chief Anna Bruno on Monday.",
        f'Briefly, he said the rescuers had "{W}".',
    ),
    W,
    ["Luca Ferri"],
    ["Anna Bruno"],
)
W = "not perfect, but fair"
quote(
    OPENING,
    page(
        "Negotiator Ingrid Dahl signed the fisheries accord with Iceland's Jon Einarsson.",
        f'Sighing, she conceded that the deal was "{W}".',
    ),
    W,
    ["Ingrid Dahl"],
    ["Jon Einarsson"],
)
W = "not how a parliament behaves"
quote(
    OPENING,
    page(
        "Speaker Rhys Morgan suspended the sitting for an hour on Wednesday.",
        f'Frustrated, he told the chamber that Tom Baird\'s conduct was "{W}".',
    ),
    W,
    ["Rhys Morgan"],
    ["Tom Baird"],
)
W = "a fluke"
quote(
    OPENING,
    page(
        "Deputy leader Priya Nair lost her seat on election night.",
        f'Unbowed, she insisted that Ben Carter\'s victory was "{W}".',
    ),
    W,
    ["Priya Nair"],
    ["Ben Carter"],
)
W = "We owe them everything"
quote(
    OPENING,
    page(
        "Fire chief Nora Quigley stood beside Governor Dale Pruitt at the briefing.",
        f'Tearfully, she said of the crews: "{W}."',
    ),
    W,
    ["Nora Quigley"],
    ["Dale Pruitt"],
)

# parenthetical: a "he said" between commas after the words it reports
W = "changes course within a week"
quote(
    PAREN,
    page(
        "Foreign minister Leila Haddad spoke after the talks in Muscat.",
        f'Ambassador Kurt Vogel would be recalled, she said, unless Berlin "{W}".',
    ),
    W,
    ["Leila Haddad"],
    ["Kurt Vogel"],
)
W = "both sides agreed to stop firing"
quote(
    PAREN,
    page(
        "General Omar Farouk briefed reporters in Rawalpindi.",
        f'Army chief Asim Raza had called his Indian counterpart at noon, he said, and "{W}".',
    ),
    W,
    ["Omar Farouk"],
    ["Asim Raza"],
)
W = "some cancellations are inevitable"
quote(
    PAREN,
    page(
        "Health official Meghan Price spoke to the BBC on Tuesday.",
        f'Dr Alan Hunt\'s team in Leeds was already stretched, she said, but "{W}".',
    ),
    W,
    ["Meghan Price"],
    ["Alan Hunt"],
)
W = "known to police since 2019"
quote(
    PAREN,
    page(
        "Chief constable Sarah Lyle addressed the press conference.",
        f'The suspect, Daniel Cole, had acted alone, she said, and was "{W}".',
    ),
    W,
    ["Sarah Lyle"],
    ["Daniel Cole"],
)
W = "if the votes are there"
quote(
    PAREN,
    page(
        "Senator Mark Ellison took questions on Capitol Hill.",
        f'Majority leader Jo Prentice would bring the bill to the floor, he told reporters, but only "{W}".',
    ),
    W,
    ["Mark Ellison"],
    ["Jo Prentice"],
)
W = "not to disclose the substance"
quote(
    PAREN,
    page(
        "Kremlin aide Yuri Sokolov spoke to journalists after the call.",
        f'Steve Carver\'s team had raised territory, he confirmed, but both sides agreed "{W}".',
    ),
    W,
    ["Yuri Sokolov"],
    ["Steve Carver"],
)
W = "not a cent has arrived"
quote(
    PAREN,
    page(
        "Mayor Nadia Romero held a briefing at City Hall.",
        f'Governor Paul Keane\'s office had promised the money, she noted, yet "{W}".',
    ),
    W,
    ["Nadia Romero"],
    ["Paul Keane"],
)
W = "grave harm to civilians"
quote(
    PAREN,
    page(
        "The UN envoy, Hans Ekberg, briefed the Security Council on Monday.",
        f'Commander Ali Saleh\'s attacks, he said, had caused "{W}".',
    ),
    W,
    ["Hans Ekberg"],
    ["Ali Saleh"],
)
W = "but we will not follow him down"
quote(
    PAREN,
    page(
        "Grace Tan, the airline's chief executive, faced shareholders in Singapore on Thursday.",
        f'Rival carrier boss Henry Lim had cut fares, she said, "{W}".',
    ),
    W,
    ["Grace Tan"],
    ["Henry Lim"],
)
W = "within the rules"
quote(
    PAREN,
    page(
        "Club chairman Victor Hale answered questions at the ground on Friday.",
        f'Manager Sue Rudd had acted, he insisted, "{W}".',
    ),
    W,
    ["Victor Hale"],
    ["Sue Rudd"],
)

# own-clause: a coordinated clause with its own subject after the quote; a bare "adding:"
W = "here to stay"
quote(
    CLAUSE,
    page(
        f'Governor Ruth Kemp announced that the toll was "{W}", and transport chief Ivan Lisle later told the agency to switch the cameras back on.'
    ),
    W,
    ["Ruth Kemp"],
    ["Ivan Lisle"],
)
W = "a bad deal for fishermen"
quote(
    CLAUSE,
    page(f'Ana Costa said the treaty was "{W}", but Rui Lobo told parliament it would pass.'),
    W,
    ["Ana Costa"],
    ["Rui Lobo"],
)
T = page(
    "Hugo Lind flew to Brussels on Tuesday for the summit hosted by Mark Olsen.",
    'On the plane he said the pact had "many meanings", adding: "I will give a clear one when I land."',
)
quote(CLAUSE, T, "many meanings", ["Hugo Lind"], ["Mark Olsen"])
quote(CLAUSE, T, "I will give a clear one when I land.", ["Hugo Lind"], ["Mark Olsen"])
W = "an insult to every nurse"
quote(
    CLAUSE,
    page(
        f'Union leader Pat Cullen called the offer "{W}", and health secretary Wes Morley later told MPs it was final.'
    ),
    W,
    ["Pat Cullen"],
    ["Wes Morley"],
)
W = "a victory for every tenant"
quote(
    CLAUSE,
    page(
        f'Mira Patel wrote that the ruling was "{W}" but landlord group chief Owen Frost said it would push rents up.'
    ),
    W,
    ["Mira Patel"],
    ["Owen Frost"],
)
W = "The bridge will reopen on Monday"
quote(
    CLAUSE,
    page(
        f'"{W}," said engineer Rosa Diaz, and contractor boss Lee Grant told the paper the repairs were finished.'
    ),
    W,
    ["Rosa Diaz"],
    ["Lee Grant"],
)
W = "dead in the water"
quote(
    CLAUSE,
    page(
        f'Jonas Berg described the merger as "{W}" and the regulator, chaired by Eva Lund, then wrote to both companies.'
    ),
    W,
    ["Jonas Berg"],
    ["Eva Lund"],
)
T = page(
    'Chancellor Rachel Moore called the figures "a wake-up call", and her shadow, Tom Reeve, told the BBC they were "a disgrace".'
)
quote(CLAUSE, T, "a wake-up call", ["Rachel Moore"], ["Tom Reeve"])
quote(CLAUSE, T, "a disgrace", ["Tom Reeve"], ["Rachel Moore"])
T = page(
    'Coach Dana White insisted that referee Karl Busch had "robbed" her side, adding: "Everyone in the stadium saw it."'
)
quote(CLAUSE, T, "robbed", ["Dana White"], ["Karl Busch"])
quote(CLAUSE, T, "Everyone in the stadium saw it.", ["Dana White"], ["Karl Busch"])
T = page(
    'Minister Ahmed Karim said exports were "up sharply", but opposition MP Lina Haddad told reporters the numbers were "cooked".'
)
quote(CLAUSE, T, "up sharply", ["Ahmed Karim"], ["Lina Haddad"])
quote(CLAUSE, T, "cooked", ["Lina Haddad"], ["Ahmed Karim"])


# naming-subject: the subject of a naming verb ("called it "..."") read past a gerund, a
# description and a capitalised opening word
W = "a near miss"
quote(
    NAMING,
    page(
        f'Governor Luis Ortega thanked Mayor Ana Ruiz for warning Senator Tom Hale early and called the storm "{W}".'
    ),
    W,
    ["Luis Ortega"],
    ["Tom Hale", "Ana Ruiz"],
)
W = "the right call"
quote(
    NAMING,
    page(
        f'Premier Dana Kerr praised Chief Ben Soto for telling residents to leave and called the evacuation "{W}".'
    ),
    W,
    ["Dana Kerr"],
    ["Ben Soto"],
)
W = "scandalous"
quote(
    NAMING,
    page(
        f'Coach Mia Lang blamed the referee for ignoring captain Joe Park and branded the decision "{W}".'
    ),
    W,
    ["Mia Lang"],
    ["Joe Park"],
)
W = "a lifeline"
quote(
    NAMING,
    page(f'Minister Raj Patel thanked Jan Berg for briefing Eva Moss and dubbed the accord "{W}".'),
    W,
    ["Raj Patel"],
    ["Eva Moss", "Jan Berg"],
)
W = "staggering"
quote(
    NAMING,
    page(
        "Tom Fisher, the UN relief coordinator, toured the camp with Governor Ali Musa on Monday.",
        f'The UN relief coordinator called the damage "{W}".',
    ),
    W,
    ["Tom Fisher"],
    ["Ali Musa"],
)
W = "frank but useful"
quote(
    NAMING,
    page(
        "Ines Rocha, the EU trade commissioner, met minister Hugo Brandt in Berlin.",
        f'The EU trade commissioner described the talks as "{W}".',
    ),
    W,
    ["Ines Rocha"],
    ["Hugo Brandt"],
)
W = "contained"
quote(
    NAMING,
    page(
        "Karen Dube, the WHO regional director, spoke after Health Minister Sipho Ndlovu.",
        f'The WHO regional director called the outbreak "{W}".',
    ),
    W,
    ["Karen Dube"],
    ["Sipho Ndlovu"],
)
W = "deeply regrettable"
quote(
    NAMING,
    page(
        "Alan Cho, the BBC director general, answered MPs including committee chair Jill Frost.",
        f'The BBC director general branded the leak "{W}".',
    ),
    W,
    ["Alan Cho"],
    ["Jill Frost"],
)
W = "a reasonably good start"
quote(
    NAMING,
    page(
        "President Sofia Marin met Chancellor Otto Lenz in Vienna on Tuesday.",
        f'Back in Madrid, the president called the talks "{W}".',
    ),
    W,
    ["Sofia Marin"],
    ["Otto Lenz"],
)
W = "a productive day"
quote(
    NAMING,
    page(
        "Prime Minister Kofi Asante flew home after meeting President Jean Dufort.",
        f'Home again, the prime minister called it "{W}".',
    ),
    W,
    ["Kofi Asante"],
    ["Jean Dufort"],
)
W = "historic"
quote(
    NAMING,
    page(
        "Minister Lea Vogt sat beside envoy Karl Dorn at the signing.",
        f'Visibly pleased, the minister described the accord as "{W}".',
    ),
    W,
    ["Lea Vogt"],
    ["Karl Dorn"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
