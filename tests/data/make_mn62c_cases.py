# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 62's set of the mend mn62c of review rv61c's opened verdicts
(``grounding_mn62c.jsonl``; :mod:`summarizer.verification.sentences.kind_nouns`,
:mod:`summarizer.verification.sentences.owned_subjects`), at the edges of

- ``lead``: a kind's noun ("business", "group", "firm", "retailer") ending a line or sentence
  right before a name. A person named there is no body: "its", "It" or "the firm's" in the
  next sentence is never hers ("Local business\\n\\nMaeve Dunne has run Harbour Pilates. Its
  membership doubled"); a body whose own name says so keeps the reading ("Business\\n\\nHarbour
  Dairy posted ... Its milk intake rose"), and a kind's noun in the name's own sentence still
  tells its kind ("Fitness chain Kestrel Yoga opened ...").
- ``thing``: a thing the sentence before brings in by name with an apposition ("the Lumo, a
  budget smartphone", "its new van, the Hauler E") stands nearer "its" than the body that is
  that sentence's subject; not a person apposed ("Ana Ruiz, a former engineer"), a place or
  partner after a preposition, the subject's own apposition, nor what only a body owns ("Its
  shares rose").

Run ``python tests/data/make_mn62c_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_mn62c.jsonl")

built = SupportCases(
    "mn62c",
    leads=[
        "CORK, May 12 (Brannock News Service) -",
        "Companies | The Ardmore Herald",
        "By Nell Hartigan, Industry Reporter",
        "Posted 07:40 | Lowfield Daily Online",
        "INDUSTRY BRIEF",
    ],
)
LEAD, THING = "lead", "thing"


def led(
    expect: bool, lead: str, paragraphs: list[str], evidence: str, who: str, what: str, why: str
) -> None:
    """A page under ``lead`` (a section label or masthead line) whose one event is told by
    ``evidence`` (in the last paragraph) with ``who`` as its actor."""
    assert evidence in paragraphs[-1], evidence
    event = {"kind": "other", "description": what, "actors": [who], "evidence": [evidence]}
    built.add(
        LEAD, expect, why, built.page(*paragraphs, lead=lead), {"events": [event]},
        "events[0].actors[0]",
    )  # fmt: skip


def thing(expect: bool, first: str, second: str, who: str, what: str, why: str) -> None:
    """A two-paragraph page: ``first`` names the body (and a thing), ``second`` is the
    evidence."""
    built.page_actor(THING, expect, [first, second], second, who, what, why)


# --- lead: must pass (a body's name; a kind's noun in the name's own sentence) ---------------
for lead, paragraphs, who, what, why in [
    (
        "The Saltmarsh Tribune - Local business",
        [
            "Harbour Dairy posted record sales of €310 million in 2025.",
            "Its milk intake rose 11% in the spring.",
        ],
        "Harbour Dairy",
        "milk intake rose",
        "the lead's 'business' before a name that is a dairy's",
    ),
    (
        "Wexley Gazette | Business",
        [
            "Corran Telecom cut 200 jobs at its call centres on Tuesday.",
            "Its shares fell 4% by the close.",
        ],
        "Corran Telecom",
        "shares fell",
        "the telecom's shares; its own name says it is a business",
    ),
    (
        "Local business",
        [
            "Ennis Town Council approved a new car park on Thursday.",
            "Its reserves grew by €2 million last year.",
        ],
        "Ennis Town Council",
        "reserves grew",
        "a council is a body whatever the lead",
    ),
    (
        "Companies | Business",
        [
            "Pask Haulage ordered 40 electric lorries in March.",
            "It expects the first deliveries in the autumn.",
        ],
        "Pask Haulage",
        "expects deliveries",
        "'It' reads back to the haulier, a body by its name",
    ),
    (
        "Posted 10:02 | Lowfield Daily Online",
        [
            "Fitness chain Kestrel Yoga opened 12 studios in the north-west this year.",
            "Its membership topped 50,000 in January.",
        ],
        "Kestrel Yoga",
        "membership topped 50,000",
        "'chain' before the name in its own sentence",
    ),
    (
        "MONEY MATTERS - Wexley Gazette",
        [
            "Drinks group Halloran Spirits sold its cider brands to a rival in May.",
            "Its exports to the US doubled last year.",
        ],
        "Halloran Spirits",
        "exports doubled",
        "'group' in the name's own sentence",
    ),
    (
        "INDUSTRY BRIEF",
        [
            "Shares in the\nbrewer Tollan Craft jumped after a takeover approach.",
            "The brewer's sales climbed 20% in 2025.",
        ],
        "Tollan Craft",
        "sales climbed",
        "a hard-wrapped line inside the name's own sentence",
    ),
    (
        "The Saltmarsh Tribune - Local business",
        [
            "Wexley Water missed its leakage target for a fourth year.",
            "Its bills will rise by an average of £41 from April.",
        ],
        "Wexley Water",
        "bills will rise",
        "the water company's bills",
    ),
    (
        "Business",
        [
            "Ledbury Railway reopened its line to Coldbeck in April.",
            "Its trains ran 97% on time last month.",
        ],
        "Ledbury Railway",
        "trains ran on time",
        "a railway is a body whatever the lead",
    ),
    (
        "Regional business",
        [
            "Talks on the site stalled with the group.",
            "Castlemere Foods then bought the land outright.",
            "Its new plant will open in 2027.",
        ],
        "Castlemere Foods",
        "plant will open",
        "the group's noun ends the sentence before; the name is a food business's",
    ),
    (
        "Family firms | Business",
        [
            "Orwell Bakeries opened a fifth shop in Ipswich last week.",
            "Its bread sales rose 14% over Christmas.",
        ],
        "Orwell Bakeries",
        "bread sales rose",
        "the bakery chain's sales",
    ),
    (
        "Arts & business",
        [
            "Lowfield Cinema reopened after a £2 million refit in October.",
            "Its audiences grew by a third over Christmas.",
        ],
        "Lowfield Cinema",
        "audiences grew",
        "a cinema's name; the lead's noun on another line",
    ),
    (
        "Companies | Business",
        [
            "Tarn Quarry won a ten-year contract for the Coldbeck bypass.",
            "Its output will double from next spring.",
        ],
        "Tarn Quarry",
        "output will double",
        "the quarry's output",
    ),
]:
    led(True, lead, paragraphs, paragraphs[-1], who, what, why)

# --- lead: must fail (a person after a kind's noun ending another line or sentence) ---------
for lead, paragraphs, who, what, why in [
    (
        "The Saltmarsh Tribune - Local business",
        ["Maeve Dunne has run Harbour Pilates since 2019.", "Its membership doubled last year."],
        "Maeve Dunne",
        "membership doubled",
        "the studio's membership; 'its' is never a person's",
    ),
    (
        "Wexley Gazette | Business",
        [
            "Tomas Ferreira founded Corvo Coffee in 2015.",
            "Its turnover reached €9 million in 2025.",
        ],
        "Tomas Ferreira",
        "turnover reached €9 million",
        "the coffee chain's turnover, not its founder's",
    ),
    (
        "Small business",
        [
            "Aisling Kerr opened Sweetgrass Deli on Main Street in 2021.",
            "Its lunch trade has tripled since then.",
        ],
        "Aisling Kerr",
        "lunch trade tripled",
        "the deli's trade",
    ),
    (
        "Companies | Business",
        ["Ruth Calder has led Brackley Brewing since 2020.", "It doubled its output last year."],
        "Ruth Calder",
        "output doubled",
        "'It' is the brewery, not the woman who leads it",
    ),
    (
        "Lowfield Daily Online - Community group",
        [
            "Nadia Brooks set up the Lowfield Repair Cafe in 2022.",
            "Its workshop reopened on Saturday after a flood.",
        ],
        "Nadia Brooks",
        "workshop reopened",
        "the cafe's workshop",
    ),
    (
        "Regional business",
        [
            "Staff were told of the cuts on Monday by the retailer.",
            "Grace Okafor has run Bellhaven Stores since 2020.",
            "Its online sales rose 30% last year.",
        ],
        "Grace Okafor",
        "online sales rose",
        "the retailer's noun ends the sentence before her name",
    ),
    (
        "Business",
        [
            "The review was ordered by the company.",
            "Eamon Tully chairs Corran Telecom.",
            "Its profit fell by a fifth in the half.",
        ],
        "Eamon Tully",
        "profit fell",
        "the telecom's profit, not its chairman's",
    ),
    (
        "Family business",
        ["Declan Moyes took over Moyes Haulage in 2010.", "Its fleet has grown to 80 lorries."],
        "Declan Moyes",
        "fleet has grown",
        "the haulier's fleet, not the man's who took it over",
    ),
    (
        "Tech & business",
        ["Sunita Rao chairs Brightloom Software.", "Its revenue grew 40% in the year to March."],
        "Sunita Rao",
        "revenue grew",
        "the software firm's revenue",
    ),
    (
        "Food & drink | Small business",
        [
            "Oisin Flood bought the Saltash Smokehouse in 2018.",
            "Its kippers won a national award in June.",
        ],
        "Oisin Flood",
        "kippers won an award",
        "the smokehouse's kippers",
    ),
    (
        "The Ardmore Herald - Business",
        [
            "Shares in the lender fell.",
            "Helena Voss runs Ardmore Credit.",
            "Its loan book shrank by 6%.",
        ],
        "Helena Voss",
        "loan book shrank",
        "the lender's noun ends the sentence before a woman who runs another body",
    ),
]:
    led(False, lead, paragraphs, paragraphs[-1], who, what, why)

# --- thing: must pass (the body still owns "its") --------------------------------------------
for first, second, who, what, why in [
    (
        "Velora Motors hired Ana Ruiz, a former battery engineer, in May.",
        "Its sales rose 8% in the third quarter.",
        "Velora Motors",
        "sales rose",
        "a person apposed is no owner of 'its'",
    ),
    (
        "Corran Telecom Group launched the Lumo, a budget smartphone, on Monday.",
        "Its shares rose 4% on the news.",
        "Corran Telecom Group",
        "shares rose",
        "a phone has no shares: the telecom's",
    ),
    (
        "Brisk Parcel Holdings opened a depot in Kaunas, a city of 300,000, in May.",
        "Its vans now deliver across the Baltic states.",
        "Brisk Parcel Holdings",
        "vans deliver",
        "a place after 'in'; the courier's vans",
    ),
    (
        "Velora Motors, a Dublin carmaker, sold 61,000 cars in Europe last year.",
        "Its market share climbed to 4.2% in December.",
        "Velora Motors",
        "market share climbed",
        "the subject's own apposition",
    ),
    (
        "Saltash Ferries carried 1.9 million passengers, a record, in 2025.",
        "Its ships made 2,400 crossings in August.",
        "Saltash Ferries",
        "2,400 crossings",
        "a number's apposition, no named thing",
    ),
    (
        "Kestrel Yoga Group bought out Orla Reyes, its founder, in 2024.",
        "Its membership topped 50,000 in January.",
        "Kestrel Yoga Group",
        "membership topped 50,000",
        "the founder apposed is a person",
    ),
    (
        "Penrose Pharma plc licensed Zentavir, a migraine drug, to a US partner in May.",
        "Its revenue rose 14% in the quarter.",
        "Penrose Pharma plc",
        "revenue rose",
        "a drug has no revenue of its own here: the drugmaker's",
    ),
    (
        "Wexley Water Company appointed Dara Quinn, a former regulator, as its chair.",
        "Its bills will rise by £41 from April.",
        "Wexley Water Company",
        "bills will rise",
        "a person apposed",
    ),
    (
        "Lowfield Airways added flights to Faro, a resort city in Portugal, in June.",
        "Its passenger numbers rose 12% over the summer.",
        "Lowfield Airways",
        "passenger numbers rose",
        "a place after 'to'",
    ),
    (
        "Glenmore Distillers Ltd signed a supply deal with Calder Casks, a Speyside cooperage, in March.",
        "Its exports to Japan doubled last year.",
        "Glenmore Distillers Ltd",
        "exports doubled",
        "a partner after 'with' is no thing brought in",
    ),
    (
        "Tollan Foods Group launched Crunchly, a low-sugar cereal, in March.",
        "Its profits nevertheless fell 9% in the half.",
        "Tollan Foods Group",
        "profits fell",
        "a cereal has no profits: the food group's",
    ),
    (
        "Harland Motors recruited Sam Ode, a former rally driver, as its test driver.",
        "Its order book now runs to 2028.",
        "Harland Motors",
        "order book runs to 2028",
        "a driver apposed is a person",
    ),
    (
        "Ardmore Marine Group named the Gull Star, a 90-metre ferry, after a local saint.",
        "Its profit rose 6% in the year to March.",
        "Ardmore Marine Group",
        "profit rose",
        "a ferry has no profit: the shipbuilder's",
    ),
    (
        "Castlemere Foods Group bought land near Athlone, a midlands town, in May.",
        "Its new plant will open there in 2027.",
        "Castlemere Foods Group",
        "plant will open",
        "a place after 'near'",
    ),
    (
        "Halden Airways took on Lise Moen, the former head of Norse Line, as its chief pilot.",
        "Its punctuality improved sharply over the winter.",
        "Halden Airways",
        "punctuality improved",
        "a head apposed with 'the' is a person",
    ),
]:
    thing(True, first, second, who, what, why)

# --- thing: must fail (the thing brought in owns "its") --------------------------------------
for first, second, who, what, why in [
    (
        "Corran Telecom Group launched the Lumo, a budget smartphone, on Monday.",
        "Its camera shoots 50-megapixel images.",
        "Corran Telecom Group",
        "camera shoots",
        "the phone's camera",
    ),
    (
        "Ardmore Marine Group delivered the Gull Star, a 90-metre ferry, to Saltash Ferries.",
        "On the first crossing its engines failed twice.",
        "Ardmore Marine Group",
        "engines failed",
        "the ferry's engines",
    ),
    (
        "Tollan Foods Group brought out Crunchly, a low-sugar cereal, in March.",
        "Its sales topped €4 million by June.",
        "Tollan Foods Group",
        "sales topped €4 million",
        "the cereal's sales may be meant",
    ),
    (
        "Quarry Lane Media Group bought the Haddow Gazette, a weekly paper, in 2024.",
        "Its circulation has since fallen by a fifth.",
        "Quarry Lane Media Group",
        "circulation fell",
        "the paper's circulation",
    ),
    (
        "Brisk Parcel Holdings unveiled its new van, the Hauler E, at a Leeds depot.",
        "Its range reaches 300km on one charge.",
        "Brisk Parcel Holdings",
        "range reaches 300km",
        "the van's range: the thing named after its description",
    ),
    (
        "Lowfield Airport Company opened the Skyline, a glass-walled terminal, in May.",
        "Its roof leaked during the first storm.",
        "Lowfield Airport Company",
        "roof leaked",
        "the terminal's roof",
    ),
    (
        "Kestrel Games Inc released Hollow Sun, an open-world adventure, last week.",
        "Its opening level frustrated many players.",
        "Kestrel Games Inc",
        "opening level frustrated players",
        "the game's level",
    ),
    (
        "Marrow Foods plc bought Kilbride Dairies, a family-run creamery, in 2023.",
        "Since then its output has doubled.",
        "Marrow Foods plc",
        "output doubled",
        "the creamery bought may own 'its'",
    ),
    (
        "Wexley Water Company commissioned the Harrow Reservoir, a 40-billion-litre store, last spring.",
        "This summer its level fell to 61%.",
        "Wexley Water Company",
        "level fell",
        "the reservoir's level",
    ),
    (
        "Saltash Ferries Ltd chartered the Gull Star, a 90-metre ferry, for the summer.",
        "In August its engines failed twice off Plymouth.",
        "Saltash Ferries Ltd",
        "engine failures",
        "the chartered ferry's engines",
    ),
    (
        "Halvard Biotech Inc unveiled its first vaccine, Nasivax, in Geneva.",
        "In trials its protection lasted a year.",
        "Halvard Biotech Inc",
        "protection lasted a year",
        "the vaccine's protection",
    ),
    (
        "Velora Motors Group showed off the Orin, the brand's first electric van, in Turin.",
        "Its cargo bay holds two pallets.",
        "Velora Motors Group",
        "cargo bay holds two pallets",
        "the van's cargo bay: an apposition opened by 'the'",
    ),
]:
    thing(False, first, second, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
