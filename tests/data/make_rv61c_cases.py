# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 61's review set of ac61's owned subjects (``grounding_rv61c.jsonl``, reviewer
rv61c; :mod:`summarizer.verification.sentences.owned_subjects`), at the edges of

- ``its``: a body named as the subject of one sentence and then by "its" owning the next
  clause's subject. It passes for the body's own figures, plans and acts in other words
  ("Its turnover", "Its order book", "Its bid", "Its exports", "Its website went dark");
  it is refused when the owned noun is a person or group who act for themselves and whose
  word the rule may not know ("Its pilots", "Its treasurer", "Its main competitor", "Its
  franchisees", "Its bondholders", "Its landlord"), or the act is no act of the body's;
- ``owner``: a possessive description of the body's kind opening the clause ("The retailer's
  margin widened", "The council's budget gap grew"): it passes for the body's own things,
  and is refused for the body's people and other parties ("The council's leader resigned",
  "The club's striker scored", "The union's general secretary called", "The airline's
  cabin crew walked out").
- ``reader``: whose "its" or "the NOUN's" it is, after a fronted phrase or with two bodies
  on the page: it passes for the body the page ties it to (the sentence before's subject,
  the body of the kind named last); it is refused for the person who runs the body, the
  buyer or seller when the other is meant, a body of another kind, a product's or place's
  "its", and a body named only after the owner's sentence.

Run ``python tests/data/make_rv61c_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv61c.jsonl")

built = SupportCases(
    "rv61c",
    leads=[
        "DUBLIN, March 4 (Brannock News Service) -",
        "Companies | The Ardmore Herald",
        "By Priya Salt, Business Reporter",
        "MONEY MATTERS - Wexley Gazette",
        "Posted 09:14 | Lowfield Daily Online",
        "The Saltmarsh Tribune - Local business",
        "INDUSTRY BRIEF",
    ],
)
ITS, OWNER, READER = "its", "owner", "reader"


def case(
    category: str, expect: bool, paragraphs: list[str], evidence: str, who: str, what: str, why: str
) -> None:
    """An event told by ``evidence`` (the last of ``paragraphs``) whose one actor is ``who``."""
    built.page_actor(category, expect, paragraphs, evidence, who, what, why)


def its(expect: bool, first: str, second: str, who: str, what: str, why: str) -> None:
    """A two-paragraph page: ``first`` names the body, ``second`` is the evidence."""
    case(ITS, expect, [first, second], second, who, what, why)


def owner(expect: bool, first: str, second: str, who: str, what: str, why: str) -> None:
    case(OWNER, expect, [first, second], second, who, what, why)


# --- its: must pass (the body's own things acting) ----------------------------------------
for first, second, who, what, why in [
    (
        "Brannock Steel cut 300 jobs at its Cobh works last year.",
        "Its turnover nevertheless climbed 8% to €1.4 billion in 2025.",
        "Brannock Steel",
        "turnover climbed",
        "the steelmaker's own turnover",
    ),
    (
        "Ardmore Shipyards delivered two ferries in the autumn.",
        "Its order book now stretches to 2029, the yard's longest in decades.",
        "Ardmore Shipyards",
        "order book stretches to 2029",
        "the yard's own order book",
    ),
    (
        "Tollan Foods warned on profits for the second time this year.",
        "Its shares slumped 17% by the close in Dublin.",
        "Tollan Foods",
        "shares slumped",
        "the food group's shares",
    ),
    (
        "Quarry Lane Media agreed terms with Haddow Press on Tuesday.",
        "Its offer values the publisher at €210 million, including debt.",
        "Quarry Lane Media",
        "offer values the publisher",
        "the bidder named as subject; its offer",
    ),
    (
        "Wexley Water missed its leakage target for a fourth year.",
        "Its bills will rise by an average of £41 from April.",
        "Wexley Water",
        "bills will rise",
        "the water company's own bills",
    ),
    (
        "Lowfield Airport handled 2.3 million passengers in the summer.",
        "Its second runway opened to traffic on 1 September after a two-year delay.",
        "Lowfield Airport",
        "second runway opened",
        "the airport's runway",
    ),
    (
        "Corran Telecom suffered a cyber attack over the weekend.",
        "Its website went dark for most of Sunday and its app stopped working.",
        "Corran Telecom",
        "website went dark",
        "the telecom's website",
    ),
    (
        "Sallow Cider sold 41 million pints in Britain last year.",
        "Its exports to Japan doubled, the maker said.",
        "Sallow Cider",
        "exports doubled",
        "the maker's exports",
    ),
    (
        "Pennick Insurance raised its dividend by a tenth on Thursday.",
        "In the same statement its combined ratio fell to 93%, the best in five years.",
        "Pennick Insurance",
        "combined ratio fell",
        "after a short fronted phrase: the insurer's ratio",
    ),
    (
        "Halloran Cement reported a pre-tax loss of €12 million for the half-year.",
        "Its energy costs, which doubled in 2024, eased by a third.",
        "Halloran Cement",
        "energy costs eased",
        "an aside set off by commas; the maker's costs",
    ),
    (
        "Dunmore Bus Company ran 1,100 extra services over Christmas.",
        "Its fleet of electric buses carried a record 2.4 million riders in December.",
        "Dunmore Bus Company",
        "electric fleet carried a record",
        "the bus company's fleet",
    ),
]:
    its(True, first, second, who, what, why)

# --- its: must fail (a person or group of its own, or not the body's act) -------------------
for first, second, who, what, why in [
    (
        "Skerry Airways cancelled 40 flights on Friday.",
        "Its pilots walked out at dawn in a dispute over rosters.",
        "Skerry Airways",
        "pilots walked out",
        "the pilots struck, against the airline",
    ),
    (
        "Corrib Credit Union lost €2 million on a loan book last year.",
        "Its treasurer resigned on Monday, citing ill health.",
        "Corrib Credit Union",
        "treasurer resigned",
        "a person resigned, not the credit union",
    ),
    (
        "Maddox Paints raised prices by 6% in January.",
        "Its main competitor, Ferrow Coatings, cut prices by 4% a week later.",
        "Maddox Paints",
        "prices cut by 4%",
        "the competitor cut prices, not Maddox",
    ),
    (
        "Pollard Pizza opened its 300th restaurant in Cork.",
        "Its franchisees sued the chain in March over delivery fees.",
        "Pollard Pizza",
        "lawsuit over delivery fees",
        "the franchisees sued; the chain was sued",
    ),
    (
        "Garvan Holdings missed a coupon payment in June.",
        "Its bondholders rejected a restructuring plan on Wednesday.",
        "Garvan Holdings",
        "restructuring plan rejected",
        "the bondholders rejected the company's plan",
    ),
    (
        "Tullow Street Books has traded from the same shop since 1952.",
        "Its landlord raised the rent by 40% in the spring.",
        "Tullow Street Books",
        "rent raised 40%",
        "the landlord raised the rent on the shop",
    ),
    (
        "Inver Hospital Trust ran a £9 million deficit last year.",
        "Its nurses voted to strike over unpaid overtime.",
        "Inver Hospital Trust",
        "nurses voted to strike",
        "the nurses voted, against the trust",
    ),
    (
        "Rathmore Rovers lost 3-0 at home on Saturday.",
        "Its goalkeeper conceded twice in the first ten minutes.",
        "Rathmore Rovers",
        "goalkeeper conceded twice",
        "a player conceded",
    ),
    (
        "Dunleary Freight moved its head office to Drogheda in May.",
        "Its insurer refused to pay for the flood damage at the old site.",
        "Dunleary Freight",
        "insurer refused to pay",
        "the insurer refused the company",
    ),
    (
        "Kilbride Dairies lost a supply contract with a German retailer.",
        "Its US distributor, Marrow Foods, ended their deal a week later.",
        "Kilbride Dairies",
        "distribution deal ended",
        "the distributor ended the deal",
    ),
    (
        "Carrow Software was fined €3 million over a data breach.",
        "Its accountants quit in protest over the board's handling of the affair.",
        "Carrow Software",
        "accountants quit",
        "the accountants quit the firm",
    ),
    (
        "Harrow Gate School expanded its sixth form this year.",
        "Its headteacher stepped down at Easter after nine years.",
        "Harrow Gate School",
        "headteacher stepped down",
        "a person stepped down",
    ),
]:
    its(False, first, second, who, what, why)

# --- owner: must pass -------------------------------------------------------------------------
for first, second, who, what, why in [
    (
        "Bellhaven Stores, the discount retailer, reported results on Wednesday.",
        "The retailer's gross margin widened to 31% as freight costs fell.",
        "Bellhaven Stores",
        "gross margin widened",
        "the retailer's own margin",
    ),
    (
        "Wexley Borough Council set its budget on Tuesday night.",
        "The council's funding gap grew to £18 million despite the cuts.",
        "Wexley Borough Council",
        "funding gap grew",
        "the council's own gap",
    ),
    (
        "Ardent Mutual, a Leeds insurer, posted its first loss since 2009.",
        "The insurer's claims bill rose 22% after the winter floods.",
        "Ardent Mutual",
        "claims bill rose",
        "the insurer's claims bill",
    ),
    (
        "Lanark Health Board published its annual accounts on Monday.",
        "The board's waiting list fell below 40,000 for the first time since 2019.",
        "Lanark Health Board",
        "waiting list fell",
        "the board's own waiting list",
    ),
    (
        "Trimble Motors, the Coventry carmaker, restarted its Ryton line in May.",
        "The carmaker's output climbed 14% in the quarter.",
        "Trimble Motors",
        "output climbed",
        "the carmaker's output",
    ),
    (
        "Kinsale Bank shut 23 branches last year.",
        "The bank's mortgage lending jumped 9% to €4.1 billion.",
        "Kinsale Bank",
        "mortgage lending jumped",
        "the bank's own lending",
    ),
    (
        "Marlow Energy, a Norwegian utility, bought two wind farms in March.",
        "The utility's generating capacity reached 3.2 gigawatts by June.",
        "Marlow Energy",
        "capacity reached 3.2 GW",
        "the utility's capacity",
    ),
    (
        "Fenlow Airways, the regional carrier, added routes to Faro and Split.",
        "The carrier's summer schedule begins on 29 March.",
        "Fenlow Airways",
        "summer schedule begins",
        "the carrier's schedule",
    ),
    (
        "Drummond Housing Association built 412 homes in 2025.",
        "The association's rent arrears fell by a fifth over the year.",
        "Drummond Housing Association",
        "rent arrears fell",
        "the association's arrears",
    ),
    (
        "Oriel Brewing, the craft brewer, listed on the Dublin exchange in 2021.",
        "The brewer's market value has halved since then.",
        "Oriel Brewing",
        "market value halved",
        "the brewer's market value",
    ),
]:
    owner(True, first, second, who, what, why)

# --- owner: must fail -------------------------------------------------------------------------
for first, second, who, what, why in [
    (
        "Wexley Borough Council lost a vote of confidence on Tuesday.",
        "The council's leader resigned hours later.",
        "Wexley Borough Council",
        "leader resigned",
        "a person resigned, not the council",
    ),
    (
        "Rathmore Rovers beat Ennis Town 2-1 on Saturday.",
        "The club's striker scored both goals in the second half.",
        "Rathmore Rovers",
        "scored twice",
        "a player scored",
    ),
    (
        "The Transport Workers Union rejected a 3% offer on Monday.",
        "The union's general secretary called a ballot for strike action.",
        "Transport Workers Union",
        "strike ballot called",
        "a person called the ballot",
    ),
    (
        "Fenlow Airways, the regional carrier, cancelled 60 flights.",
        "The carrier's cabin crew walked out over pay on Friday morning.",
        "Fenlow Airways",
        "cabin crew walked out",
        "the crew struck against the airline",
    ),
    (
        "Kinsale Bank agreed to pay €30 million to settle claims.",
        "The bank's former treasurer pleaded guilty to fraud in a separate case.",
        "Kinsale Bank",
        "guilty plea to fraud",
        "a person pleaded, not the bank",
    ),
    (
        "Dunmore University raised its fees for overseas students.",
        "The university's students occupied the library for three days.",
        "Dunmore University",
        "library occupied",
        "the students occupied it, against the university",
    ),
    (
        "Lanark Health Board closed two wards at Carrick General.",
        "The board's consultants wrote to the minister in protest.",
        "Lanark Health Board",
        "protest letter to minister",
        "the consultants wrote, not the board",
    ),
    (
        "Trimble Motors, the Coventry carmaker, recalled 40,000 hatchbacks.",
        "The carmaker's biggest dealer, Park Lane Autos, stopped selling the model.",
        "Trimble Motors",
        "stopped selling the model",
        "the dealer stopped selling",
    ),
    (
        "Oriel Brewing, the craft brewer, lost a trademark case in March.",
        "The brewer's landlord evicted it from its Smithfield taproom in June.",
        "Oriel Brewing",
        "eviction from taproom",
        "the landlord evicted the brewer",
    ),
    (
        "Bellhaven Stores, the discount retailer, opened 12 shops.",
        "The retailer's warehouse staff began a two-day strike on Thursday.",
        "Bellhaven Stores",
        "warehouse strike",
        "staff struck against the retailer (after 'warehouse')",
    ),
    (
        "Drummond Housing Association raised rents by 7%.",
        "The association's tenants marched on its offices on Saturday.",
        "Drummond Housing Association",
        "tenants marched",
        "the tenants marched against the association",
    ),
]:
    owner(False, first, second, who, what, why)

# --- reader: must pass -------------------------------------------------------------------------
for first, second, who, what, why in [
    (
        "Corlay Dairy posted record sales of €880 million in 2025.",
        "After two flat years its milk intake rose 11%, helped by a wet summer.",
        "Corlay Dairy",
        "milk intake rose",
        "a short fronted phrase, then the dairy's own intake",
    ),
    (
        "Velora Motors sold 61,000 cars in Europe last year.",
        "By December its market share had climbed to 4.2%.",
        "Velora Motors",
        "market share climbed",
        "fronted time; the carmaker's share",
    ),
    (
        "Brisk Parcel, a courier owned by Haddon Group, hired 900 drivers in November.",
        "Over the peak weeks its vans delivered 14 million parcels.",
        "Brisk Parcel",
        "14 million parcels delivered",
        "the courier is the subject before; its vans",
    ),
    (
        "Ennis Town Council approved a new car park on Thursday.",
        "This year the council's parking income is forecast to fall short again, but its reserves grew by €2 million.",
        "Ennis Town Council",
        "reserves grew",
        "'its' after ', but' in the same sentence reads the council",
    ),
    (
        "Marrow Foods bought Kilbride Dairies in 2023.",
        "Since the deal the buyer's profits have doubled.",
        "Marrow Foods",
        "profits doubled",
        "'the buyer' is Marrow",
    ),
    (
        "Saltash Ferries carried 1.9 million passengers in 2025, a record.",
        "In August alone its ships made 2,400 crossings.",
        "Saltash Ferries",
        "2,400 crossings in August",
        "the ferry company's ships",
    ),
    (
        "Orla Reyes founded Kestrel Yoga in 2016. Kestrel Yoga now runs 40 studios.",
        "Its membership topped 50,000 in January.",
        "Kestrel Yoga",
        "membership topped 50,000",
        "the sentence before's subject is the studio chain",
    ),
    (
        "Haddon Group, a Belfast conglomerate, sold its cinema business in June.",
        "For the half-year the group's revenue slipped 3% to £640 million.",
        "Haddon Group",
        "half-year revenue slipped",
        "fronted phrase, then the group's revenue",
    ),
    (
        "Penwith Power, a Cornish energy cooperative, opened a solar farm in St Erth.",
        "This winter its turbines and panels supplied 8,000 homes.",
        "Penwith Power",
        "supplied 8,000 homes",
        "fronted time; the cooperative's turbines and panels",
    ),
    (
        "Tarn Valley Railway reopened the line to Coldbeck in April.",
        "Last month the railway's trains ran 97% on time.",
        "Tarn Valley Railway",
        "trains ran on time",
        "fronted time; the railway's trains",
    ),
]:
    case(READER, True, [first, second], second, who, what, why)

# --- reader: must fail -------------------------------------------------------------------------
for first, second, who, what, why in [
    (
        "Orla Reyes has run Kestrel Yoga since 2016.",
        "Its membership topped 50,000 in January.",
        "Orla Reyes",
        "membership topped 50,000",
        "'its' is never a person's",
    ),
    (
        "Tarn Creamery was bought by Corlay Dairy in 2022.",
        "Since then its output has doubled.",
        "Corlay Dairy",
        "output doubled",
        "the creamery's output; the buyer is the object of 'by'",
    ),
    (
        "Velora Motors unveiled the Tesk, a small electric car, in Geneva.",
        "At launch its battery gave a range of 410km.",
        "Velora Motors",
        "battery range of 410km",
        "the car's battery, not the maker's act",
    ),
    (
        "Marrow Foods agreed to buy Kilbride Dairies on Monday.",
        "After the news the dairy's shares jumped 31%.",
        "Marrow Foods",
        "shares jumped 31%",
        "'the dairy' is Kilbride, the one bought",
    ),
    (
        "Ennis Town Council handed the Quay Street site to Shannon Homes in May.",
        "By October the developer's cranes stood over the site.",
        "Ennis Town Council",
        "cranes over the site",
        "'the developer' is Shannon Homes",
    ),
    (
        "Dr Amir Castle chairs the board of Wexley General Hospital.",
        "Last year its waiting times grew by a third.",
        "Amir Castle",
        "waiting times grew",
        "'its' is the hospital's, never the chairman's",
    ),
    (
        "Saltash Ferries chartered the Gull Star from Norse Line for the summer.",
        "In August its engines failed twice off Plymouth.",
        "Norse Line",
        "engine failures",
        "the subject before is Saltash Ferries, not the owner of the ship",
    ),
    (
        "Brisk Parcel, a courier owned by Haddon Group, hired 900 drivers in November.",
        "Over the peak weeks its vans delivered 14 million parcels.",
        "Haddon Group",
        "14 million parcels delivered",
        "the parent is not 'its': the courier is the subject",
    ),
    (
        "Saltash Ferries launched a new ferry on the Tamar crossing in May.",
        "In August its engines failed twice off Plymouth.",
        "Saltash Ferries",
        "engine failures",
        "the new ferry's engines, the thing the sentence before brings in",
    ),
    (
        "Lowfield is a market town of 31,000 people on the Wey.",
        "Last year its council raised parking charges by 20%.",
        "Lowfield",
        "parking charges raised",
        "the council raised charges, not the town",
    ),
    (
        "Penwith Power, a Cornish energy cooperative, opened a solar farm in St Erth.",
        "This winter its panels supplied 8,000 homes across West Cornwall.",
        "West Cornwall",
        "supplied 8,000 homes",
        "a place the homes are in",
    ),
    (
        "Tarn Valley Railway leases its trains from Calder Rolling Stock.",
        "Last month the railway's trains ran 97% on time.",
        "Calder Rolling Stock",
        "trains ran on time",
        "the railway's trains; the lessor is not 'the railway'",
    ),
]:
    case(READER, False, [first, second], second, who, what, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
