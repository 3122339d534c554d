# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's owner bodies (``grounding_at57.jsonl``, false-alarm writer
at57; :mod:`summarizer.verification.sentences.owner_bodies`), at the edges of

- ``owner``: a page ties a person to a body ("the Harwick Food Bank's director, Tomas Brill,"),
  and the evidence gives the body's act only as the person's own ("His charity will open two
  more depots"): the body the page ties that person to is the event's actor; the sentence's
  other party, a parent body, a body named earlier whose own official is not the one "his"
  stands for, a body of a person named after (the nearer name), a body of a woman for "his",
  and the same words inside a quotation or after a verb ("rejected his union's offer") stay
  refused.

Run ``python tests/data/make_at57_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_at57.jsonl")

built = SupportCases(
    "at57",
    leads=[
        "By Oona Reilly | The Humber Tribune",
        "Business | The Kentish Ledger",
        "From our Cardiff desk, The Taff Courier.",
    ],
)
OWNER = "owner"


def told(expect: bool, before: str, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(OWNER, expect, sentence, who, description, why, before=before)


# (page before, the evidence sentence, the body "his"/"her" stands for, plants refused, event)
PAGES = [
    (
        "Flooding closed the coast road on Sunday, and the Calder Relief Network said its volunteers were stretched. Speaking in Bridlow, the Harwick Food Bank's director, Tomas Brill, said demand had doubled in a week.",
        "His charity will open two more depots on Friday.",
        "Harwick Food Bank",
        ["Calder Relief Network"],
        "two more depots to open",
    ),
    (
        "The Morven Valley Trust, which owns the Glenmoor Water Company, announced a review of its reservoirs. Glenmoor Water Company's operations chief, Ailsa Crane, told reporters the dry spring had left stocks at a record low.",
        "Her company asked households to cut daily use to 120 litres each.",
        "Glenmoor Water Company",
        ["Morven Valley Trust"],
        "hosepipe ban and call to cut use",
    ),
    (
        "Talks broke down on Tuesday between the Pellam City Council and its bin crews. Dara Kell, general secretary of the Northern Transport Union, said members were angry.",
        "His union called a strike from 4 March.",
        "Northern Transport Union",
        ["Pellam City Council"],
        "strike called",
    ),
    (
        "Storms cut power to thousands in the north, and Lumen Power sent crews to help. Ines Varga, chief executive of Ostra Grid, apologised on Wednesday.",
        "Her company restored supply to 40,000 homes overnight.",
        "Ostra Grid",
        ["Lumen Power"],
        "supply restored",
    ),
    (
        "The Brelford Housing Association has criticised the plans. Jonas Ferrier, head of the Tavin Planning Office, defended them in a hearing on Monday.",
        "His office approved 300 homes on the former rail yard.",
        "Tavin Planning Office",
        ["Brelford Housing Association"],
        "homes approved",
    ),
    (
        "Wheat prices have climbed all year, the Ministry of Trade said. Maren Holt, director of the Corvin Grain Board, spoke at a farmers' meeting in Dunmere.",
        "Her board cut the export quota by a third.",
        "Corvin Grain Board",
        ["Ministry of Trade"],
        "export quota cut",
    ),
    (
        "The Selby Arts Council has given money to the theatre for ten years. Tobias Wren, artistic director of the Lantern Theatre Company, said the season would go ahead.",
        "His company will stage four new plays in the autumn.",
        "Lantern Theatre Company",
        ["Selby Arts Council"],
        "new season announced",
    ),
    (
        "Rail services across the region were hit again, and Dorran Signals blamed the weather. Priya Sandhu, the Westline Rail Authority's managing director, said the signal fault had been found.",
        "Her authority fined its signalling contractor 2 million pounds for the delays.",
        "Westline Rail Authority",
        ["Dorran Signals"],
        "contractor fined",
    ),
    (
        "The Varrow Hospital Trust had asked for help after a fire at its east wing. Felix Amory, of the Kelden Medical Fund, visited the site on Thursday.",
        "His fund pledged 5 million pounds for a new ward.",
        "Kelden Medical Fund",
        ["Varrow Hospital Trust"],
        "money pledged for a ward",
    ),
    (
        "The Dunholm Football League fined three clubs last season. Rosa Mbeki, chair of Harlow Athletic Club, said the club would appeal the ruling.",
        "Her club lodged the appeal on Monday.",
        "Harlow Athletic Club",
        ["Dunholm Football League"],
        "appeal lodged",
    ),
    (
        "Fishing crews protested outside the port against cuts set by the Marine Stock Agency. Colm Rourke, the Easter Isles Fishing Federation's president, called the quota cuts unfair.",
        "His federation went to court over the cuts on Wednesday.",
        "Easter Isles Fishing Federation",
        ["Marine Stock Agency"],
        "court challenge filed",
    ),
    (
        "Prices at the pump rose for a third week, the Fuel Price Regulator said. Hana Okafor, spokeswoman for the Terrace Motorists Group, said drivers were worried.",
        "Her group asked for an inquiry on Tuesday.",
        "Terrace Motorists Group",
        ["Fuel Price Regulator"],
        "inquiry requested",
    ),
]
for before, sentence, good, bads, event in PAGES:
    told(True, before, sentence, good, event, f"{good!r} is the body the page ties the owner to")
    for bad in bads:
        why = f"{bad!r} is another party of the page, not the owner's body"
        told(False, before, sentence, bad, event, why)

# The same owner wording where the body is NOT the one "his"/"her" stands for: a nearer person
# named between, the owner's gender the other person's, a quote, an owner inside a clause.
AWAY = [
    (
        "Tomas Brill, the Harwick Food Bank's director, spoke first. Then the Calder Relief Network's chief, Mina Osei, said the coast was worst hit.",
        "Her charity will open two more depots on Friday.",
        "Harwick Food Bank",
        "a nearer woman (Mina Osei) is the one 'her' stands for",
    ),
    (
        "Ailsa Crane, operations chief of the Glenmoor Water Company, asked for calm. Rory Dunne, head of the Morven Valley Trust, agreed.",
        "His trust will pay for new pipes.",
        "Glenmoor Water Company",
        "a nearer man (Rory Dunne) is the one 'his' stands for",
    ),
    (
        "Dara Kell, general secretary of the Northern Transport Union, met the council on Monday.",
        '"His union rejected the offer," a council official said of a rival organiser.',
        "Northern Transport Union",
        "inside a quotation: the speaker chose whom 'his' means",
    ),
    (
        "Ines Varga, chief executive of Ostra Grid, wrote to ministers on Wednesday. Simon Lacey, who runs Lumen Power, said he had not been consulted.",
        "His company restored supply to 40,000 homes overnight.",
        "Ostra Grid",
        "Ines Varga is a woman; 'his' stands for Simon Lacey",
    ),
    (
        "Jonas Ferrier, head of the Tavin Planning Office, spoke at the hearing.",
        "The Brelford Housing Association rejected his office's plan for 300 homes.",
        "Tavin Planning Office",
        "'his office' is what the association rejected, inside the clause: not the actor",
    ),
    (
        "Maren Holt, director of the Corvin Grain Board, spoke at a farmers' meeting. Then Luis Abara, an adviser at the Ministry of Trade, took questions.",
        "His ministry cut the export quota by a third.",
        "Corvin Grain Board",
        "a nearer man (Luis Abara) is the one 'his' stands for",
    ),
    (
        "Tobias Wren, artistic director of the Lantern Theatre Company, said the season would go ahead. He thanked Greta Lund of the Selby Arts Council.",
        "Her council will pay for two of the plays.",
        "Lantern Theatre Company",
        "'her' stands for Greta Lund, named last",
    ),
    (
        "Priya Sandhu, the Westline Rail Authority's managing director, met Owen Clarke, chief executive of Dorran Signals.",
        "His firm admitted the signal fault on Monday.",
        "Westline Rail Authority",
        "'his' stands for Owen Clarke, named last; Priya Sandhu's body is not his firm",
    ),
    (
        "Felix Amory, of the Kelden Medical Fund, visited the Varrow Hospital Trust on Thursday, where he met its chair, Nadia Rees.",
        "Her trust will build a new ward.",
        "Kelden Medical Fund",
        "'her' stands for Nadia Rees, the trust's chair",
    ),
    (
        "Rosa Mbeki, chair of Harlow Athletic Club, said the club would appeal.",
        "The league turned down her club's first appeal in March.",
        "Harlow Athletic Club",
        "'her club' is the one turned down, inside the clause: not the actor",
    ),
    (
        "Colm Rourke, the Easter Isles Fishing Federation's president, called the quota cuts unfair. Aoife Marsh, who heads the Marine Stock Agency, defended them.",
        "Her agency will review the cuts in June.",
        "Easter Isles Fishing Federation",
        "'her' stands for Aoife Marsh, named last",
    ),
    (
        "Hana Okafor, spokeswoman for the Terrace Motorists Group, said drivers were worried. Ben Tully of the Fuel Price Regulator answered her.",
        "His regulator will open an inquiry.",
        "Terrace Motorists Group",
        "'his' stands for Ben Tully, named last",
    ),
]
for before, sentence, bad, why in AWAY:
    told(False, before, sentence, bad, "the body acting", why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
