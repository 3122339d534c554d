# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 63's review rv63c of ac63 (``grounding_rv63c.jsonl``;
:mod:`summarizer.verification.acts.joined_names` and
:mod:`summarizer.verification.acts.court_objects`), at the edges of

- ``whole``: an actor whose one name holds "and" or "&" ("Harrow and Wexley Water Board",
  "Pryce & Okafor", "Department of Trade and Skills") passes where its evidence names it
  acting: whole, with "&" for "and" or the other way round, by the initials the page gave it,
  as a passive's agent, by its one description, through a possessive organ; it is refused
  where the evidence's actor is another body sharing part of its name or its initials'
  letters, where it is the one fined, sued, raided or bought, a cited source, only the
  reporter of another's act, or where only one part of a list stands in the evidence;
- ``court``: the one taken to court ("Residents took KDDC to court", "hauled the trust before
  an employment tribunal", "was taken to the High Court by") is acted on, never the actor, in
  any name's shape; the one taking the other to court (the subject, the passive's agent, a
  name after "that", "its case", "took over ... and took") stays the actor.

Run ``python tests/data/make_rv63c_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv63c.jsonl")

built = SupportCases(
    "rv63c",
    leads=[
        "DUNMORE, Oct 9 (Carrow Wire) -",
        "By Lena Pryce | The Hallam Courier",
        "Money | The Westmoor Ledger",
        "LIVE: council latest - Kelby Evening News",
        "In brief, from The Saltby Post's business desk.",
        "Court report | Orrin Valley Record",
    ],
)
WHOLE, COURT = "whole", "court"

# (category, expect, paragraphs, who, description, why); the evidence is the last paragraph
CASES: list[tuple[str, bool, list[str], str, str, str]] = [
    # --- whole: must pass --------------------------------------------------------------------
    (
        WHOLE,
        True,
        [
            "The Harrow and Wexley Water Board warned of a dry summer in March.",
            "On Tuesday the Harrow and Wexley Water Board imposed a hosepipe ban on 40,000 homes.",
        ],
        "Harrow and Wexley Water Board",
        "hosepipe ban",
        "the board, named whole, imposed the ban",
    ),
    (
        WHOLE,
        True,
        [
            "Pryce and Okafor, the Kelby law firm, has 300 partners.",
            "Pryce & Okafor opened an office in Dunmore on Monday.",
        ],
        "Pryce and Okafor",
        "new office",
        "the page writes the firm with 'and' and with '&': one name, it opened the office",
    ),
    (
        WHOLE,
        True,
        [
            "Tarr & Moor, a family-run grocer, was founded in 1901.",
            "Tarr and Moor will shut its last shop in Saltby next month, the owners said.",
        ],
        "Tarr & Moor",
        "shop closure",
        "the value's '&' written 'and' in the evidence: the grocer shuts the shop",
    ),
    (
        WHOLE,
        True,
        [
            "The Department of Trade and Skills (DTS) opened a review of apprenticeships in May.",
            "The DTS cut funding for 40 training colleges on Thursday.",
        ],
        "Department of Trade and Skills",
        "college funding cut",
        "'The DTS', the department's initials given after its full name, cut the funding",
    ),
    (
        WHOLE,
        True,
        [
            "Hallam and District Housing Association manages 9,000 homes.",
            "Plans to sell 200 flats were approved by Hallam and District Housing Association on Friday.",
        ],
        "Hallam and District Housing Association",
        "flat sales approved",
        "the association is the passive's agent after 'approved by'",
    ),
    (
        WHOLE,
        True,
        [
            "Corran & Finch, the 90-year-old outfitter, has stores in six towns.",
            "The outfitter said on Monday it had agreed to be taken over by a rival.",
        ],
        "Corran & Finch",
        "takeover agreed",
        "'The outfitter' stands for the only outfitter the page names; it agreed the deal",
    ),
    (
        WHOLE,
        True,
        [
            "The Marlow and Kelby Fire Authority (MKFA) covers two counties.",
            "MKFA's board voted on Wednesday to close three stations.",
        ],
        "Marlow and Kelby Fire Authority",
        "station closures",
        "the authority's board, owned by its initials, voted the closures",
    ),
    (
        WHOLE,
        True,
        [
            "Ashby and Lowe Builders was founded by two brothers in 1962.",
            "Ashby and Lowe Builders on Thursday won a £40 million contract to rebuild Saltby Hospital.",
        ],
        "Ashby and Lowe Builders",
        "hospital contract won",
        "the builder, named whole, won the contract",
    ),
    (
        WHOLE,
        True,
        [
            "The Institute of Soil and Water Science runs field stations in 12 regions.",
            "Last month the Institute of Soil and Water Science published a map of eroding farmland.",
        ],
        "Institute of Soil and Water Science",
        "erosion map published",
        "the institute, named whole, published the map",
    ),
    (
        WHOLE,
        True,
        [
            "Dunmore Rail and Bus has run the town's transport since 1998.",
            "Fares will rise by 4% in January, Dunmore Rail and Bus announced on Monday.",
        ],
        "Dunmore Rail and Bus",
        "fare rise",
        "the operator announces its own fare rise",
    ),
    (
        WHOLE,
        True,
        [
            "The Kelby and Orrin Credit Union has 12,000 members.",
            "Savers were told on Friday that the Kelby and Orrin Credit Union had frozen withdrawals.",
        ],
        "Kelby and Orrin Credit Union",
        "withdrawals frozen",
        "the credit union is the subject of 'had frozen'",
    ),
    # --- whole: must fail --------------------------------------------------------------------
    (
        WHOLE,
        False,
        [
            "The Harrow and Wexley Water Board supplies most of the county.",
            "The Harrow and Wexley Fire Service closed two stations on Monday.",
        ],
        "Harrow and Wexley Water Board",
        "fire station closures",
        "another body sharing 'Harrow and Wexley' closed the stations",
    ),
    (
        WHOLE,
        False,
        [
            "The Department of Trade and Skills (DTS) and the Department of Transport and Shipping (DTSh) share a building.",
            "The Department of Transport and Shipping cut port subsidies on Thursday.",
        ],
        "Department of Trade and Skills",
        "port subsidy cut",
        "the other department, sharing most of the words, cut the subsidies",
    ),
    (
        WHOLE,
        False,
        [
            "Regulators have been looking at Pryce & Okafor since January.",
            "On Monday the Law Standards Board fined Pryce & Okafor £2 million.",
        ],
        "Pryce & Okafor",
        "fine",
        "the firm is the one fined",
    ),
    (
        WHOLE,
        False,
        [
            "The Kelby and Orrin Credit Union has 12,000 members.",
            "Police raided the Kelby and Orrin Credit Union on Friday.",
        ],
        "Kelby and Orrin Credit Union",
        "police raid",
        "the credit union is the one raided",
    ),
    (
        WHOLE,
        False,
        [
            "Ashby and Lowe Builders was founded by two brothers in 1962.",
            "Halvey Group bought Ashby and Lowe Builders for £80 million on Thursday.",
        ],
        "Ashby and Lowe Builders",
        "builder acquired",
        "the builder is the one bought",
    ),
    (
        WHOLE,
        False,
        [
            "The Institute of Soil and Water Science runs field stations in 12 regions.",
            "Farm incomes fell 9% last year, according to the Institute of Soil and Water Science.",
        ],
        "Institute of Soil and Water Science",
        "fall in farm incomes",
        "the institute is only the source of the figure",
    ),
    (
        WHOLE,
        False,
        [
            "The Marlow and Kelby Fire Authority (MKFA) covers two counties.",
            "MKFA said Saltby Ambulance Trust had cut its night crews by a third.",
        ],
        "Marlow and Kelby Fire Authority",
        "night crew cuts",
        "the authority only reports the ambulance trust's cut",
    ),
    (
        WHOLE,
        False,
        [
            "Corran & Finch and Vale Outfitters both trade on Saltby high street.",
            "Vale Outfitters said on Monday it would close the store.",
        ],
        "Corran & Finch",
        "store closure",
        "the other outfitter closes its store",
    ),
    (
        WHOLE,
        False,
        [
            "Hallam and District Housing Association manages 9,000 homes.",
            "Hallam Council approved plans to sell 200 council flats on Friday.",
        ],
        "Hallam and District Housing Association",
        "flat sales approved",
        "the council, sharing only 'Hallam', approved the sale",
    ),
    (
        WHOLE,
        False,
        [
            "Dunmore Rail and Bus runs the town's buses. Dunmore Rail, a freight line owned by a quarry group, carries stone to the port.",
            "Dunmore Rail said on Monday it would cut weekend freight trains.",
        ],
        "Dunmore Rail and Bus",
        "weekend freight train cuts",
        "'Dunmore Rail' is the quarry group's freight line, another body than the bus operator",
    ),
    (
        WHOLE,
        False,
        [
            "The Kelby and Orrin Credit Union has 12,000 members.",
            "The Orrin Credit Union froze withdrawals on Friday after a cyber attack.",
        ],
        "Kelby and Orrin Credit Union",
        "withdrawals frozen",
        "another credit union, sharing the last words, froze withdrawals",
    ),
    # --- court: must fail --------------------------------------------------------------------
    (
        COURT,
        False,
        [
            "The Saltby and Marlow Health Trust runs three hospitals.",
            "A nurse took the Saltby and Marlow Health Trust to an employment tribunal over unpaid overtime.",
        ],
        "Saltby and Marlow Health Trust",
        "tribunal claim",
        "the trust is the one taken to the tribunal",
    ),
    (
        COURT,
        False,
        [
            "Kelby Water has missed its leakage targets for four years.",
            "Anglers took Kelby Water to court on Monday over sewage in the Orrin.",
        ],
        "Kelby Water",
        "sewage court case",
        "the water company is the one taken to court",
    ),
    (
        COURT,
        False,
        [
            "Vale Homes built 400 houses on the old airfield.",
            "Residents took the developer Vale Homes to the High Court in March over cracked foundations.",
        ],
        "Vale Homes",
        "foundations court case",
        "the developer is the one taken to court",
    ),
    (
        COURT,
        False,
        [
            "Hallam Council closed four libraries last year.",
            "Hallam Council was taken to court by a parents' group on Tuesday.",
        ],
        "Hallam Council",
        "library court case",
        "the council is the passive's subject, taken to court",
    ),
    (
        COURT,
        False,
        [
            "The Orrin Valley Gazette printed the claims in May.",
            "Former mayor Teo Varga hauled the Orrin Valley Gazette into court over the report.",
        ],
        "Orrin Valley Gazette",
        "libel action",
        "the paper is the one hauled into court",
    ),
    (
        COURT,
        False,
        [
            "Tarr & Moor, a family-run grocer, was founded in 1901.",
            "A former manager has taken Tarr & Moor to an employment tribunal.",
        ],
        "Tarr & Moor",
        "tribunal claim",
        "the grocer is the one taken to the tribunal",
    ),
    (
        COURT,
        False,
        [
            "Marlow Police arrested 40 protesters in June.",
            "Campaigners dragged Marlow Police before the courts over the arrests.",
        ],
        "Marlow Police",
        "legal challenge",
        "the police force is the one dragged before the courts",
    ),
    (
        COURT,
        False,
        [
            "The Department of Trade and Skills (DTS) cut college funding in May.",
            "Three colleges took the DTS to court on Friday.",
        ],
        "Department of Trade and Skills",
        "court challenge",
        "the department, by its initials, is the one taken to court",
    ),
    (
        COURT,
        False,
        [
            "Brenna Foods makes most of the country's frozen pizza.",
            "Brenna Foods has been taken to court by a supplier over unpaid bills.",
        ],
        "Brenna Foods",
        "unpaid bills case",
        "the company is taken to court, by the supplier",
    ),
    (
        COURT,
        False,
        [
            "Saltby Rovers sacked manager Dev Ashe in April.",
            "Dev Ashe is taking Saltby Rovers to a tribunal for unfair dismissal.",
        ],
        "Saltby Rovers",
        "unfair dismissal claim",
        "the club is the one taken to the tribunal",
    ),
    # --- court: must pass --------------------------------------------------------------------
    (
        COURT,
        True,
        [
            "The Saltby and Marlow Health Trust runs three hospitals.",
            "The Saltby and Marlow Health Trust took a cleaning contractor to court on Monday over missed shifts.",
        ],
        "Saltby and Marlow Health Trust",
        "court action against contractor",
        "the trust is the one taking the contractor to court",
    ),
    (
        COURT,
        True,
        [
            "Kelby Water has missed its leakage targets for four years.",
            "Anglers took Kelby Water to court on Monday over sewage in the Orrin.",
        ],
        "Anglers",
        "sewage court case",
        "the anglers take the company to court",
    ),
    (
        COURT,
        True,
        [
            "Vale Homes built 400 houses on the old airfield.",
            "Vale Homes was taken to the High Court by Hallam Council in March over cracked foundations.",
        ],
        "Hallam Council",
        "foundations court case",
        "the council is the passive's agent, taking the developer to court",
    ),
    (
        COURT,
        True,
        [
            "Hallam Council closed four libraries last year.",
            "Hallam Council will take the developer to court if work does not start by June.",
        ],
        "Hallam Council",
        "threatened court action",
        "the council is the one that will take the developer to court",
    ),
    (
        COURT,
        True,
        [
            "The Orrin Valley Gazette printed the claims in May.",
            "Former mayor Teo Varga hauled the Orrin Valley Gazette into court over the report.",
        ],
        "Teo Varga",
        "libel action",
        "the former mayor hauls the paper into court",
    ),
    (
        COURT,
        True,
        [
            "Tarr & Moor, a family-run grocer, was founded in 1901.",
            "Tarr & Moor took its landlord to court on Tuesday over a rent rise.",
        ],
        "Tarr & Moor",
        "rent court case",
        "the grocer takes its landlord to court",
    ),
    (
        COURT,
        True,
        [
            "Marlow Police arrested 40 protesters in June.",
            "Taken to court by Marlow Police, the organisers were fined £500 each.",
        ],
        "Marlow Police",
        "protest prosecution",
        "the police force, the agent of 'taken to court by', prosecutes the organisers",
    ),
    (
        COURT,
        True,
        [
            "The Department of Trade and Skills (DTS) cut college funding in May.",
            "The DTS took Harbour College to court on Friday to recover £2 million.",
        ],
        "Department of Trade and Skills",
        "court claim",
        "the department, by its initials, takes the college to court",
    ),
    (
        COURT,
        True,
        [
            "Brenna Foods makes most of the country's frozen pizza.",
            "Brenna Foods took the case to court after talks with the supplier failed.",
        ],
        "Brenna Foods",
        "court case against supplier",
        "the company takes its case to court",
    ),
    (
        COURT,
        True,
        [
            "Saltby Rovers sacked manager Dev Ashe in April.",
            "The club Dev Ashe took to a tribunal, Saltby Rovers, said on Monday it had settled the claim.",
        ],
        "Saltby Rovers",
        "claim settled",
        "the club settles the claim: it is the subject of 'said it had settled'",
    ),
    (
        COURT,
        True,
        [
            "The Kelby and Orrin Credit Union has 12,000 members.",
            "The Kelby and Orrin Credit Union took over Dunmore Savers last year and took a former director to court on Friday.",
        ],
        "Kelby and Orrin Credit Union",
        "court case against ex-director",
        "the credit union takes its former director to court",
    ),
]
for category, expect, paragraphs, who, description, why in CASES:
    built.page_actor(category, expect, paragraphs, paragraphs[-1], who, description, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
