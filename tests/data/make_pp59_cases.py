# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's plural possessives (``grounding_pp59.jsonl``, writer pp59;
:func:`summarizer.verification.page.possessives.is_possessive` and the rules moved to it), at
the edges of

- ``speaker``: a quote whose speaker is named after a plural possessive ("the workers' union
  leader Ana Ruiz", "the Netherlands' prime minister, Dirk Haan,"): the named speaker passes;
  the owner (the group, the country, the family) and another person of the page stay refused;
- ``proposer``: a truce whose text a plural possessive owns ("follows the Netherlands'
  wording", "the Gulf states' text", "the mediators' text"), read as the singular "Qatar's
  text" is (:mod:`summarizer.verification.sides.plan_authors`): the owner passes, another
  party of the sentence stays refused;
- ``quotemark``: a word ending in "s" before a closing single quote ("what he called 'the
  rebels' and") is no possessive, and the singular "'s" reads as it always did: the same
  speakers and proposers pass and fail as without the apostrophe's reading.

Run ``python tests/data/make_pp59_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_pp59.jsonl")

built = SupportCases(
    "pp59",
    leads=[
        "By Tomas Brekke | The Harrowgate Sentinel",
        "VELDMOOR (Northline Wire) -",
        "World | The Ashcombe Herald",
        "From our correspondent, The Lindell Post.",
    ],
)
page = built.page
SPEAKER, PROPOSER, QUOTEMARK = "speaker", "proposer", "quotemark"


def quote(
    category: str, paragraph: str, words: str, passes: list[str], fails: list[str], before: str = ""
) -> None:
    built.quote(category, page(before, paragraph), words, passes, fails)


# --- speaker: named after a plural possessive ---------------------------------------------------
quote(
    SPEAKER,
    "\u201cWe will not go back to the line until the contract is signed,\u201d said the workers' union leader Ana Ruiz.",
    "We will not go back to the line until the contract is signed",
    ["Ana Ruiz"],
    ["Marco Feld"],
    before="Marco Feld, the plant's manager, declined to comment on the strike.",
)
quote(
    SPEAKER,
    "The Netherlands' prime minister, Dirk Haan, told reporters: \u201cThis levy is not up for negotiation.\u201d",
    "This levy is not up for negotiation",
    ["Dirk Haan"],
    ["Lena Vos", "Netherlands"],
    before="Lena Vos, the Belgian finance minister, had asked for a delay.",
)
quote(
    SPEAKER,
    "\u201cOur patrol boats were rammed twice,\u201d the Philippines' coast guard spokesman, Ramon Tayag, said on Sunday.",
    "Our patrol boats were rammed twice",
    ["Ramon Tayag"],
    ["Li Wen", "Philippines"],
    before="Li Wen, a spokesman for the other side, said the boats had strayed.",
)
quote(
    SPEAKER,
    "\u201cThe family has been lied to for six years,\u201d the Joneses' lawyer, Priya Marsh, said outside the court.",
    "The family has been lied to for six years",
    ["Priya Marsh"],
    ["Owen Clay", "Joneses"],
    before="Owen Clay, who represents the council, said the records were complete.",
)
quote(
    SPEAKER,
    "The growers' association chairwoman Ilse Brandt said the frost had \u201cwiped out half the crop.\u201d",
    "wiped out half the crop",
    ["Ilse Brandt"],
    ["Karl Oster", "growers"],
    before="Karl Oster, the agriculture minister, promised relief money last week.",
)
quote(
    SPEAKER,
    "\u201cThe ward is full every night,\u201d said the nurses' representative on the hospital board, Grace Odum.",
    "The ward is full every night",
    ["Grace Odum"],
    ["Felix Marr"],
    before="Felix Marr, the hospital's chief executive, said staffing was adequate.",
)
quote(
    SPEAKER,
    "The miners' spokesman, Teodor Varga, said: \u201cNobody goes underground until the shaft is inspected.\u201d",
    "Nobody goes underground until the shaft is inspected",
    ["Teodor Varga"],
    ["Hanna Ruel", "miners"],
    before="Hanna Ruel, the company's safety director, said the shaft had been inspected in May.",
)
quote(
    SPEAKER,
    "\u201cWe were never consulted about the route,\u201d said the villagers' elected headman, Samuel Otieno.",
    "We were never consulted about the route",
    ["Samuel Otieno"],
    ["Ruth Wanjiku"],
    before="Ruth Wanjiku, the county roads engineer, said hearings had been held.",
)
quote(
    SPEAKER,
    "The students' council president Mira Solberg said the fee rise was \u201ca tax on the poor.\u201d",
    "a tax on the poor",
    ["Mira Solberg"],
    ["Anders Lie", "students"],
    before="Anders Lie, the university's rector, defended the rise on Monday.",
)
quote(
    SPEAKER,
    "\u201cThe deal gives us nothing,\u201d said the fishermen's cooperative chief, Paulo Reis, on Friday.",
    "The deal gives us nothing",
    ["Paulo Reis"],
    ["Joana Dias", "fishermen"],
    before="Joana Dias, the fisheries minister, called the deal balanced.",
)
quote(
    SPEAKER,
    "The Bahamas' foreign minister, Curtis Rolle, said his government would \u201cnot be rushed into a vote.\u201d",
    "not be rushed into a vote",
    ["Curtis Rolle"],
    ["Helen Ward", "Bahamas"],
    before="Helen Ward, the British envoy, urged a quick decision.",
)
quote(
    SPEAKER,
    "\u201cThese are our pensions, not a gift,\u201d the retirees' advocate Norma Price told the committee.",
    "These are our pensions, not a gift",
    ["Norma Price"],
    ["Victor Lamb", "retirees"],
    before="Victor Lamb, who chairs the committee, opened the hearing.",
)


# --- proposer: the owner of a truce's text in the plural possessive -------------------------------
def proposer(sentence: str, good: list[str], bad: list[str]) -> None:
    for who in good:
        built.proposer(PROPOSER, True, sentence, who, f"{who} wrote the truce's text")
    for who in bad:
        built.proposer(PROPOSER, False, sentence, who, f"{who} did not write the truce's text")


proposer(
    "The truce both sides signed on Saturday follows the Netherlands' wording almost line by line.",
    ["Netherlands"],
    ["Norway"],
)
proposer(
    "Diplomats said the ceasefire was the Gulf states' text from the start, whatever Cairo now claims.",
    ["Gulf states"],
    ["Cairo"],
)
proposer(
    "The 72-hour pause rests on the Philippines' draft, which Manila circulated to both delegations on Monday.",
    ["Philippines"],
    ["delegations"],
)
proposer(
    "It was the mediators' text from the start, a Western diplomat said of the truce.",
    ["mediators"],
    ["diplomat"],
)
proposer(
    "The truce text was the Bahamas' draft, circulated to the parties by the regional bloc.",
    ["Bahamas"],
    ["regional bloc"],
)
proposer(
    "Ghana's text was rejected on Friday, and the sides instead signed the Comoros' wording of the truce.",
    ["Comoros"],
    ["Ghana"],
)
proposer(
    "The ceasefire follows the Seychelles' blueprint, negotiators in Veldmoor said.",
    ["Seychelles"],
    ["negotiators"],
)
proposer(
    "The truce rests on the Maldives' formula after Sri Lanka's plan was shelved in March.",
    ["Maldives"],
    ["Sri Lanka"],
)
proposer(
    "The accord is the elders' brainchild, the two militias said in a joint statement.",
    ["elders"],
    ["militias"],
)
proposer(
    "Officials described the ceasefire as the United States' draft, amended only slightly by Egypt.",
    ["United States"],
    ["Egypt"],
)

# --- quotemark: closing single quotes and the singular forms ------------------------------------
quote(
    QUOTEMARK,
    "The minister dismissed what he called 'the agitators' and said: \u201cThe plant will open on schedule.\u201d",
    "The plant will open on schedule",
    ["the minister"],
    ["agitators"],
)
quote(
    QUOTEMARK,
    "Ana Ruiz, the workers' union leader, said: \u201cWe voted to stay out another week.\u201d",
    "We voted to stay out another week",
    ["Ana Ruiz"],
    ["workers"],
)
quote(
    QUOTEMARK,
    "\u201cThe harbour is closed to all traffic,\u201d said Port Authority chief Lars Ekdal, who blamed 'the saboteurs' for the blast.",
    "The harbour is closed to all traffic",
    ["Lars Ekdal"],
    ["saboteurs"],
)
quote(
    QUOTEMARK,
    "The governor's spokesman, Ben Ortiz, said: \u201cThe curfew stays.\u201d",
    "The curfew stays",
    ["Ben Ortiz"],
    ["governor"],
)
quote(
    QUOTEMARK,
    "\u201cWe have the votes,\u201d said Senator Kay Dunn, whose bill the press calls \u2018the farmers\u2019 relief\u2019.",
    "We have the votes",
    ["Kay Dunn"],
    ["farmers"],
)
quote(
    QUOTEMARK,
    "The union's negotiator Omar Said told members: \u201cThe offer is final.\u201d",
    "The offer is final",
    ["Omar Said"],
    ["the union"],
)
built.proposer(
    QUOTEMARK,
    True,
    "Norway wrote the truce text, which the rebels had dismissed as 'the colonists' draft' only a week earlier.",
    "Norway",
    "Norway wrote it",
)
built.proposer(
    QUOTEMARK,
    False,
    "Norway wrote the truce text, which the rebels had dismissed as 'the colonists' draft' only a week earlier.",
    "colonists",
    "a sneer in single quotes, not an owner",
)
built.proposer(
    QUOTEMARK,
    True,
    "The ceasefire text was Kenya's, diplomats in Veldmoor said.",
    "Kenya",
    "the singular predicate, as before",
)
built.proposer(
    QUOTEMARK,
    False,
    "The ceasefire text was Kenya's, diplomats in Veldmoor said.",
    "diplomats",
    "they report it",
)
built.proposer(
    QUOTEMARK,
    True,
    "It was Qatar's text from the start, said an envoy of the group known as 'the Friends' in the capital.",
    "Qatar",
    "the singular possessive, as before",
)
built.proposer(
    QUOTEMARK,
    False,
    "It was Qatar's text from the start, said an envoy of the group known as 'the Friends' in the capital.",
    "Friends",
    "a name in single quotes, closed before 'in'",
)
built.proposer(
    QUOTEMARK,
    True,
    "The truce follows Oman's wording, not what hardliners called 'the Americans' text' during the talks.",
    "Oman",
    "the singular possessive, as before",
)
built.proposer(
    QUOTEMARK,
    False,
    "The truce follows Oman's wording, not what hardliners called 'the Americans' text' during the talks.",
    "Americans",
    "inside a sneer quoted in single quotes",
)
built.proposer(
    QUOTEMARK,
    True,
    "The pause is the Swiss mediators\u2019 text, officials said, though Geneva called it \u2018the parties\u2019 own\u2019.",
    "Swiss mediators",
    "the curly plural possessive",
)
built.proposer(
    QUOTEMARK,
    False,
    "The pause is the Swiss mediators\u2019 text, officials said, though Geneva called it \u2018the parties\u2019 own\u2019.",
    "parties",
    "inside curly single quotes",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
