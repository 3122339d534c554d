# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's actors whose one name holds "and" or "&"
(``grounding_ac63.jsonl``, false-alarm writer ac63;
:mod:`summarizer.verification.acts.joined_names`), at the edges of

- ``joined``: a body's name with "and" or "&" inside ("Harrow and Wexley Water Board",
  "Fenwick & Dale", "Institute of Coastal and Marine Studies") is one actor: it passes where
  its evidence names it acting whole, by the initials the page gave it ("HWWB had restored"),
  or by a description ("The society raised"); it stays refused where the evidence gives it only
  as the one acted on, only as a source of the news, or names another body instead;
- ``listed``: a value that is a list of actors the page names each on its own ("Kestrel Bank
  and Mardale Trust", "Spain and Portugal") is still read part by part: it passes only where
  every part acts, and is refused where one part is the other side of the act or is missing.

Run ``python tests/data/make_ac63_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ac63.jsonl")

built = SupportCases(
    "ac63",
    leads=[
        "HALDEN, June 3 (Northline Wire) -",
        "By Ines Farrow | The Kellmar Gazette",
        "Business | The Orrin Valley Record",
        "From our regional desk, The Saltby Post.",
        "NEWS IN BRIEF | Marlow Evening Post",
        "Local government roundup -",
    ],
)
JOINED, LISTED = "joined", "listed"

# (expect, paragraphs, evidence, value, description, why)
CASES: list[tuple[str, bool, list[str], str, str, str, str]] = [
    # --- joined: one name, read whole --------------------------------------------------------
    (
        JOINED,
        True,
        [
            "The Harrow and Wexley Water Board (HWWB) said on Monday that a burst main had cut supply to 8,000 homes.",
            "By Wednesday evening HWWB had restored water to every street in the district.",
        ],
        "By Wednesday evening HWWB had restored water to every street in the district.",
        "Harrow and Wexley Water Board",
        "restored water supply",
        "the board's initials, given after its full name, are the subject of 'had restored'",
    ),
    (
        JOINED,
        True,
        [
            "Carver, a former fund manager, was arrested in May.",
            "He was charged by the Orlan Securities and Markets Commission on Friday with insider dealing.",
        ],
        "He was charged by the Orlan Securities and Markets Commission on Friday with insider dealing.",
        "Orlan Securities and Markets Commission",
        "charged Carver with insider dealing",
        "the commission, named whole, is the agent after 'charged by'",
    ),
    (
        JOINED,
        True,
        [
            "The Orlan Securities and Markets Commission has stepped up its scrutiny of small brokers.",
            "Last week the OSMC fined Pellmark Brokers £400,000 for late trade reports.",
        ],
        "Last week the OSMC fined Pellmark Brokers £400,000 for late trade reports.",
        "Orlan Securities and Markets Commission",
        "fined Pellmark Brokers",
        "'the OSMC', the commission's initials after its full name, fined the broker",
    ),
    (
        JOINED,
        True,
        [
            "Tolley & Marsh, the 130-year-old bakery chain, has struggled since flour prices doubled.",
            "The chain said on Tuesday it would cut 200 jobs and close 14 shops.",
        ],
        "The chain said on Tuesday it would cut 200 jobs and close 14 shops.",
        "Tolley & Marsh",
        "job cuts and shop closures",
        "'The chain' stands for the only chain the page names, and it cuts the jobs",
    ),
    (
        JOINED,
        True,
        [
            "Fenwick & Dale, the department store group, reported a loss of £18 million for the year.",
            "Fenwick & Dale will close nine of its 40 stores by March, its chief executive told staff.",
        ],
        "Fenwick & Dale will close nine of its 40 stores by March, its chief executive told staff.",
        "Fenwick & Dale",
        "store closures",
        "the group, named whole, is the subject of 'will close'",
    ),
    (
        JOINED,
        True,
        [
            "Brent and Harlow Rail runs most commuter services into the city.",
            "On Friday Brent and Harlow Rail cancelled 120 trains after a signal fault near Kelby.",
        ],
        "On Friday Brent and Harlow Rail cancelled 120 trains after a signal fault near Kelby.",
        "Brent and Harlow Rail",
        "train cancellations",
        "the operator, named whole, cancelled the trains",
    ),
    (
        JOINED,
        True,
        [
            "The Institute of Coastal and Marine Studies is based in Saltby.",
            "The institute published a survey on Thursday showing that seal numbers had halved since 2010.",
        ],
        "The institute published a survey on Thursday showing that seal numbers had halved since 2010.",
        "Institute of Coastal and Marine Studies",
        "published seal survey",
        "'The institute' stands for the one institute the page names, and it published",
    ),
    (
        JOINED,
        True,
        [
            "Alder & Finch, a Halden law firm, acts for 300 former workers of the plant.",
            "Alder & Finch filed the group claim at the High Court on Monday.",
        ],
        "Alder & Finch filed the group claim at the High Court on Monday.",
        "Alder & Finch",
        "filed group claim",
        "the firm, named whole, filed the claim",
    ),
    (
        JOINED,
        True,
        [
            "The Northern Fisheries and Ports Authority (NFPA) polices the coast from Kelby to Saltby.",
            "The NFPA closed the harbour to trawlers for three days after the oil spill.",
        ],
        "The NFPA closed the harbour to trawlers for three days after the oil spill.",
        "Northern Fisheries and Ports Authority",
        "harbour closure",
        "the authority's initials, given after its full name, closed the harbour",
    ),
    (
        JOINED,
        True,
        [
            "Savers have moved £2 billion into the Marrow and Vale Building Society this year.",
            "The society raised its easy-access savings rate to 4.1 per cent on Wednesday.",
        ],
        "The society raised its easy-access savings rate to 4.1 per cent on Wednesday.",
        "Marrow and Vale Building Society",
        "raised savings rate",
        "'The society' stands for the only society the page names, and it raised the rate",
    ),
    (
        JOINED,
        True,
        [
            "Hillcrest and Moor Energy supplies power to most of the valley.",
            "Hillcrest and Moor Energy reconnected 40,000 homes overnight after the storm brought down lines.",
        ],
        "Hillcrest and Moor Energy reconnected 40,000 homes overnight after the storm brought down lines.",
        "Hillcrest and Moor Energy",
        "reconnected homes",
        "the supplier, named whole, reconnected the homes",
    ),
    (
        JOINED,
        True,
        [
            "The Kestrel and Dunmore District Council (KDDC) faces a £4 million gap in its budget.",
            "KDDC voted on Tuesday to close two libraries and a swimming pool.",
        ],
        "KDDC voted on Tuesday to close two libraries and a swimming pool.",
        "Kestrel and Dunmore District Council",
        "library closures vote",
        "the council's initials, given after its full name, voted",
    ),
    # the wrong readings stay refused
    (
        JOINED,
        False,
        [
            "Regulators opened an inquiry into the Harrow and Wexley Water Board (HWWB) in March.",
            "The Water Standards Office fined HWWB £2 million on Friday over the burst main.",
        ],
        "The Water Standards Office fined HWWB £2 million on Friday over the burst main.",
        "Harrow and Wexley Water Board",
        "fine over burst main",
        "the board is the one fined, not the one fining",
    ),
    (
        JOINED,
        False,
        [
            "Brent and Harlow Rail and Harlow Buses share the new interchange.",
            "Harlow Buses cancelled 30 services on Friday because of a drivers' dispute.",
        ],
        "Harlow Buses cancelled 30 services on Friday because of a drivers' dispute.",
        "Brent and Harlow Rail",
        "service cancellations",
        "the evidence names another operator, the bus company",
    ),
    (
        JOINED,
        False,
        [
            "Fenwick & Dale, the department store group, reported a loss of £18 million.",
            "Rival chain Harlan Stores will shut 12 shops by the spring.",
        ],
        "Rival chain Harlan Stores will shut 12 shops by the spring.",
        "Fenwick & Dale",
        "store closures",
        "the evidence names another chain",
    ),
    (
        JOINED,
        False,
        [
            "The Orlan Securities and Markets Commission has stepped up its scrutiny of small brokers.",
            "Pellmark Brokers sued the OSMC on Monday, saying its fine was unlawful.",
        ],
        "Pellmark Brokers sued the OSMC on Monday, saying its fine was unlawful.",
        "Orlan Securities and Markets Commission",
        "lawsuit over fine",
        "the commission is the one sued",
    ),
    (
        JOINED,
        False,
        [
            "The Institute of Coastal and Marine Studies is based in Saltby.",
            "Kelby Council banned jet skis from the bay, citing figures from the Institute of Coastal and Marine Studies.",
        ],
        "Kelby Council banned jet skis from the bay, citing figures from the Institute of Coastal and Marine Studies.",
        "Institute of Coastal and Marine Studies",
        "jet ski ban",
        "the institute is only the source the council cites",
    ),
    (
        JOINED,
        False,
        [
            "Tolley & Marsh, the 130-year-old bakery chain, has struggled since flour prices doubled.",
            "Its supplier, Graindale Mills, cut 80 jobs on Tuesday.",
        ],
        "Its supplier, Graindale Mills, cut 80 jobs on Tuesday.",
        "Tolley & Marsh",
        "job cuts",
        "the supplier cut the jobs, not the chain",
    ),
    (
        JOINED,
        False,
        [
            "The Northern Fisheries and Ports Authority (NFPA) polices the coast from Kelby to Saltby.",
            "Trawler crews blockaded the NFPA offices on Monday in protest at the closure.",
        ],
        "Trawler crews blockaded the NFPA offices on Monday in protest at the closure.",
        "Northern Fisheries and Ports Authority",
        "blockade of offices",
        "the authority's offices are the ones blockaded",
    ),
    (
        JOINED,
        False,
        [
            "Alder & Finch, a Halden law firm, acts for 300 former workers of the plant.",
            "The plant's owner, Garton Chemicals, denied liability on Monday.",
        ],
        "The plant's owner, Garton Chemicals, denied liability on Monday.",
        "Alder & Finch",
        "denied liability",
        "the owner denied it, not the workers' lawyers",
    ),
    (
        JOINED,
        False,
        [
            "Savers have moved £2 billion into the Marrow and Vale Building Society this year.",
            "The Bank of Orlan raised its base rate to 4.5 per cent on Wednesday.",
        ],
        "The Bank of Orlan raised its base rate to 4.5 per cent on Wednesday.",
        "Marrow and Vale Building Society",
        "raised rate",
        "the evidence names the central bank",
    ),
    (
        JOINED,
        False,
        [
            "Hillcrest and Moor Energy supplies power to most of the valley.",
            "Engineers from Calder Grid reconnected 40,000 homes overnight.",
        ],
        "Engineers from Calder Grid reconnected 40,000 homes overnight.",
        "Hillcrest and Moor Energy",
        "reconnected homes",
        "another company's engineers did it",
    ),
    (
        JOINED,
        False,
        [
            "The Kestrel and Dunmore District Council (KDDC) faces a £4 million gap in its budget.",
            "Residents took KDDC to court on Tuesday over the library closures.",
        ],
        "Residents took KDDC to court on Tuesday over the library closures.",
        "Kestrel and Dunmore District Council",
        "court case over closures",
        "the council is the one taken to court",
    ),
    (
        JOINED,
        False,
        [
            "Kelby Hotels & Resorts agreed in March to be bought by Orvik Leisure for $2.6 billion.",
            "Orvik then found a buyer for 15 of the resorts: Saltby Resorts agreed to pay $900 million.",
        ],
        "Orvik then found a buyer for 15 of the resorts: Saltby Resorts agreed to pay $900 million.",
        "Kelby Hotels & Resorts",
        "agrees to buy 15 resorts",
        "the evidence names another company whose name ends in 'Resorts'; the chain is not in it",
    ),
    (
        JOINED,
        False,
        [
            "Crane & Partners, the Marlow estate agency, was sold last year.",
            "Its former partners set up a rival firm, Varga Partners, which opened three offices on Monday.",
        ],
        "Its former partners set up a rival firm, Varga Partners, which opened three offices on Monday.",
        "Crane & Partners",
        "opened offices",
        "the 'partners' and 'Varga Partners' are not the agency",
    ),
    (
        JOINED,
        True,
        [
            "Crane & Partners, the Marlow estate agency, is expanding.",
            "Crane & Partners opened three offices on Monday, in Kelby, Saltby and Halden.",
        ],
        "Crane & Partners opened three offices on Monday, in Kelby, Saltby and Halden.",
        "Crane & Partners",
        "opened offices",
        "the agency, named whole, opened the offices",
    ),
    # --- listed: a list of actors stays a list --------------------------------------------
    (
        LISTED,
        True,
        [
            "Kestrel Bank and Mardale Trust have been in talks since January.",
            "Kestrel Bank and Mardale Trust agreed on Monday to merge, creating the region's largest lender.",
        ],
        "Kestrel Bank and Mardale Trust agreed on Monday to merge, creating the region's largest lender.",
        "Kestrel Bank and Mardale Trust",
        "merger agreement",
        "both lenders, each named, agreed",
    ),
    (
        LISTED,
        False,
        [
            "Kestrel Bank and Mardale Trust fell out over a loan in 2023.",
            "Kestrel Bank sued Mardale Trust on Monday for £12 million.",
        ],
        "Kestrel Bank sued Mardale Trust on Monday for £12 million.",
        "Kestrel Bank and Mardale Trust",
        "lawsuit over loan",
        "Mardale Trust is the one sued, not a party suing",
    ),
    (
        LISTED,
        False,
        [
            "Spain and Portugal share the Tagus basin.",
            "Spain closed the dam gates on Monday, cutting the river's flow downstream.",
        ],
        "Spain closed the dam gates on Monday, cutting the river's flow downstream.",
        "Spain and Portugal",
        "dam gate closure",
        "only Spain closed the gates",
    ),
    (
        LISTED,
        True,
        [
            "Spain and Portugal share the Tagus basin.",
            "Spain and Portugal signed a new water-sharing pact in Lisbon on Friday.",
        ],
        "Spain and Portugal signed a new water-sharing pact in Lisbon on Friday.",
        "Spain and Portugal",
        "water pact",
        "both countries signed",
    ),
    (
        LISTED,
        False,
        [
            "Halvey Mutual and Corran Life have both been fined before.",
            "Halvey Mutual cut 300 jobs on Wednesday; Corran Life said it had no plans to follow.",
        ],
        "Halvey Mutual cut 300 jobs on Wednesday; Corran Life said it had no plans to follow.",
        "Halvey Mutual and Corran Life",
        "job cuts",
        "Corran Life did not cut jobs",
    ),
    (
        LISTED,
        True,
        [
            "Halvey Mutual and Corran Life are the valley's two insurers.",
            "Halvey Mutual and Corran Life both raised home premiums by 9 per cent on Wednesday.",
        ],
        "Halvey Mutual and Corran Life both raised home premiums by 9 per cent on Wednesday.",
        "Halvey Mutual and Corran Life",
        "premium rises",
        "both insurers raised premiums",
    ),
    (
        LISTED,
        False,
        [
            "Dunmore Rovers and Kelby Town meet twice a season.",
            "Dunmore Rovers sacked their manager on Sunday.",
        ],
        "Dunmore Rovers sacked their manager on Sunday.",
        "Dunmore Rovers and Kelby Town",
        "manager sacked",
        "only Dunmore Rovers sacked a manager",
    ),
    (
        LISTED,
        False,
        [
            "Pellmark Group and Orsin Analytics have worked together since 2019.",
            "Pellmark Group agreed to buy Orsin Analytics for £310 million on Tuesday.",
        ],
        "Pellmark Group agreed to buy Orsin Analytics for £310 million on Tuesday.",
        "Pellmark Group and Orsin Analytics",
        "takeover agreed",
        "Orsin Analytics is the one bought",
    ),
    (
        LISTED,
        True,
        [
            "Pellmark Group and Orsin Analytics have worked together since 2019.",
            "Pellmark Group and Orsin Analytics launched a joint data venture on Tuesday.",
        ],
        "Pellmark Group and Orsin Analytics launched a joint data venture on Tuesday.",
        "Pellmark Group and Orsin Analytics",
        "joint venture launch",
        "both firms launched it",
    ),
    (
        LISTED,
        False,
        [
            "Mayor Ines Farrow and councillor Teo Varga clashed over the budget.",
            "Farrow vetoed the budget on Thursday.",
        ],
        "Farrow vetoed the budget on Thursday.",
        "Ines Farrow and Teo Varga",
        "budget veto",
        "only the mayor vetoed it",
    ),
    (
        LISTED,
        True,
        [
            "Mayor Ines Farrow and councillor Teo Varga clashed over the budget for months.",
            "Farrow and Varga signed a compromise budget on Thursday.",
        ],
        "Farrow and Varga signed a compromise budget on Thursday.",
        "Ines Farrow and Teo Varga",
        "budget compromise",
        "both signed it",
    ),
    (
        LISTED,
        False,
        [
            "Brisk Lending and Quell Finance are under investigation.",
            "Federal regulators sued Brisk Lending and Quell Finance on Tuesday.",
        ],
        "Federal regulators sued Brisk Lending and Quell Finance on Tuesday.",
        "Brisk Lending and Quell Finance",
        "lawsuit",
        "both are the ones sued",
    ),
    (
        LISTED,
        True,
        [
            "Grove Dairy and Pell Farms supply most of the region's milk.",
            "Grove Dairy and Pell Farms raised milk prices by 6 per cent on Monday.",
        ],
        "Grove Dairy and Pell Farms raised milk prices by 6 per cent on Monday.",
        "Grove Dairy and Pell Farms",
        "milk price rise",
        "both raised prices",
    ),
    (
        LISTED,
        False,
        [
            "Grove Dairy and Pell Farms supply most of the region's milk.",
            "Grove Dairy raised milk prices by 6 per cent on Monday, while Pell Farms held its prices.",
        ],
        "Grove Dairy raised milk prices by 6 per cent on Monday, while Pell Farms held its prices.",
        "Grove Dairy and Pell Farms",
        "milk price rise",
        "Pell Farms did not raise prices",
    ),
    (
        LISTED,
        True,
        [
            "Marlow Water and Kelby Power announced a joint apprenticeship scheme last year.",
            "Marlow Water and Kelby Power each fined their contractors on Monday for missed deadlines.",
        ],
        "Marlow Water and Kelby Power each fined their contractors on Monday for missed deadlines.",
        "Marlow Water and Kelby Power",
        "contractor fines",
        "both fined their contractors",
    ),
    (
        LISTED,
        False,
        [
            "Marlow Water and Kelby Power announced a joint apprenticeship scheme last year.",
            "Regulators fined Marlow Water and Kelby Power on Monday for missed leakage targets.",
        ],
        "Regulators fined Marlow Water and Kelby Power on Monday for missed leakage targets.",
        "Marlow Water and Kelby Power",
        "leakage fines",
        "both are the ones fined",
    ),
    (
        LISTED,
        True,
        [
            "Israel and Hamas have traded accusations for weeks.",
            "Israel and Hamas agreed a three-day pause in fighting on Sunday.",
        ],
        "Israel and Hamas agreed a three-day pause in fighting on Sunday.",
        "Israel and Hamas",
        "pause agreed",
        "both sides agreed",
    ),
    (
        LISTED,
        False,
        [
            "Saltby Rangers and Orvik United meet on Saturday.",
            "Orvik United signed striker Joel Tarr on Friday.",
        ],
        "Orvik United signed striker Joel Tarr on Friday.",
        "Saltby Rangers and Orvik United",
        "signing",
        "only Orvik United signed him",
    ),
    (
        LISTED,
        False,
        [
            "Saltby Rangers and Orvik United meet on Saturday.",
            "Saltby Rangers and Orvik United were each fined £20,000 by the league on Friday.",
        ],
        "Saltby Rangers and Orvik United were each fined £20,000 by the league on Friday.",
        "Saltby Rangers and Orvik United",
        "fines",
        "both clubs are the ones fined, by the league",
    ),
    (
        LISTED,
        True,
        [
            "Saltby Rangers and Orvik United meet on Saturday.",
            "Saltby Rangers and Orvik United jointly bid for the 2031 cup final on Friday.",
        ],
        "Saltby Rangers and Orvik United jointly bid for the 2031 cup final on Friday.",
        "Saltby Rangers and Orvik United",
        "joint bid",
        "both clubs bid",
    ),
    (
        LISTED,
        True,
        [
            "Dunmore Rovers and Kelby Town meet twice a season.",
            "Dunmore Rovers and Kelby Town both sacked their managers on Sunday.",
        ],
        "Dunmore Rovers and Kelby Town both sacked their managers on Sunday.",
        "Dunmore Rovers and Kelby Town",
        "managers sacked",
        "both clubs sacked a manager",
    ),
]
for category, expect, paragraphs, evidence, who, description, why in CASES:
    built.page_actor(category, expect, paragraphs, evidence, who, description, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
