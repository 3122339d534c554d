# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's review rv64a of af64 (``grounding_rv64a.jsonl``): a party
label read for a person (:func:`summarizer.verification.people.party_people.party_label_other`)
tried at its edges, by category

- ``rival``: another person's or another clause's party given as the person's is refused
  ("Conservative MP A and Labour's B", "Sen. C, D-Ore., and Sen. D, R-Idaho", "E, the Green
  candidate, ... F, a Liberal Democrat councillor"); the person's own party passes though the
  page writes another party in a shape that looks like their label: an apposition whose party
  word is another's body or person ("G, the Labour government's adviser, a Conservative peer",
  "H, the Republican incumbent's Democratic challenger", "I, the Conservative leader's husband,
  who sits for Labour"), another person standing ("Fry said her opponent, Tom Hale, was running
  as a Republican"), a spouse sharing the surname;
- ``when``: a person's past party given as now is refused where the page labels them now
  ("Reform UK MP A, elected as a Conservative"); the party they sit for now passes though the
  page writes the old one as an apposition with its end in time ("B, the Conservative MP for
  X until last month, now sits for Labour", "C, a lifelong Democrat until she registered as a
  Republican");
- ``alike``: a value or a label that only looks like a party: a body ending in a party word
  ("Department of Labor", "Ministry of Labour", "The Independent"), a party's short name or its
  local form ("Ontario PC Party", "DFL Party", "Country Liberal Party"), a run before the name
  that opens with a party word ("New Democrat Coalition Chair", "Green Beret"), passes; another
  party beside them stays refused.

Run ``python tests/data/make_rv64a_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv64a.jsonl")

built = SupportCases(
    "rv64a",
    leads=[
        "LONDON, March 3 (Thames Wire) -",
        "By Ines Calloway | The Harwell Gazette",
        "Council watch | Brinmoor Evening Post",
        "WASHINGTON (Capitol Desk) -",
        "From the statehouse: The Pellham Ledger.",
        "SYDNEY, Oct 9 (Harbour Wire) -",
        "TORONTO - (Lakeshore Press)",
    ],
)
RIVAL, WHEN, ALIKE = "rival", "when", "alike"
held = built.held_affiliation

# --- rival: another's party refused; the person's own passes past another's look-alike label
held(
    RIVAL, "MP", "Priya Lund",
    ["Conservative", "Conservative Party", "Tories"],
    ["Labour", "Labour Party"],
    "Conservative MP Priya Lund and Labour's Owen Garside clashed over the bypass on Thursday.",
    "Garside said the scheme would cut the town in half; Lund called it overdue.",
)  # fmt: skip
held(
    RIVAL, "Senator", "Marla Quist",
    ["Democratic Party", "Democrat"],
    ["Republican Party", "GOP"],
    "Sen. Marla Quist, D-Ore., and Sen. Tobin Reyes, R-Idaho, wrote the wildfire bill together.",
    "Quist said the money would reach rural fire crews within a year.",
)  # fmt: skip
held(
    RIVAL, "councillor", "Mark Tully",
    ["Liberal Democrats", "Lib Dems"],
    ["Green Party", "Greens"],
    "Corinne Abbot, the Green candidate, finished ahead of Mark Tully, a Liberal Democrat councillor, in the Eastfield ward.",
    "Tully conceded shortly after 3am.",
)  # fmt: skip
held(
    RIVAL, "adviser", "Lady Wenna Fry",
    ["Conservative Party", "Conservatives"],
    [],
    "Lady Wenna Fry, the Labour government's adviser on rural housing, sits in the Lords as a Conservative peer.",
    "Fry said her report would be ready by the autumn.",
)  # fmt: skip
held(
    RIVAL, "challenger", "Dana Ruiz",
    ["Democratic Party", "Democrats"],
    ["Libertarian Party"],
    "Dana Ruiz, the Republican incumbent's Democratic challenger, raised $2.1 million in the quarter.",
    "Ruiz, a nurse, has never held office.",
)  # fmt: skip
held(
    RIVAL, "councillor", "Alan Pryce",
    ["Labour", "Labour Party"],
    ["Liberal Democrats"],
    "Alan Pryce, the Conservative leader's husband, has sat on Harwell council for Labour since 2019.",
    "Pryce said the couple did not discuss council business at home.",
)  # fmt: skip
held(
    RIVAL, "state senator", "Ann Fry",
    ["Democratic Party"],
    ["Republican Party"],
    "Ann Fry, who won the Democratic primary in May, said her opponent, Tom Hale, was running as a Republican in name only.",
    "Hale did not respond to a request for comment.",
)  # fmt: skip
held(
    RIVAL, "councillor", "Ruth Danvers",
    ["Labour", "Labour Party"],
    ["Reform UK"],
    "Conservative MP Giles Danvers has backed the depot plan. His wife, Ruth Danvers, who has sat on the county council for Labour since 2021, has not.",
    "Ruth Danvers said the depot would put more lorries on school roads.",
)  # fmt: skip
held(
    RIVAL, "MP", "Luc Therrien",
    ["Bloc Quebecois", "Bloc Québécois"],
    ["Conservative Party of Canada", "Conservatives"],
    "Bloc Québécois MP Luc Therrien asked the minister about dairy quotas. Conservative MP Anna Roy followed with a question on carbon pricing.",
)  # fmt: skip
held(
    RIVAL, "senator", "Bridget Oakes",
    ["The Nationals", "National Party"],
    ["One Nation", "Australian Greens"],
    "Nationals senator Bridget Oakes and One Nation senator Pauline Harker both voted against the bill, while the Greens abstained.",
)  # fmt: skip
held(
    RIVAL, "lawmaker", "Jens Bauer",
    ["Christian Democrats", "CDU"],
    ["AfD", "Alternative for Germany"],
    "Christian Democrat lawmaker Jens Bauer walked out as the AfD's Petra Lenz began to speak.",
)  # fmt: skip

# --- when: a past party refused where the page labels the person now; the party now passes
held(
    WHEN, "MP", "Kemi Hart",
    ["Reform UK"],
    ["Conservative Party", "Conservatives"],
    "Reform UK MP Kemi Hart, elected in Dovercourt in 2019, will stand again next year.",
    "Hart won the seat for the Conservatives that year.",
)  # fmt: skip
held(
    WHEN, "MP", "Sian Colley",
    ["Labour", "Labour Party"],
    ["Conservative Party"],
    "Sian Colley, the Conservative MP for Tarnside until last month, now sits on the Labour benches.",
    "Colley said she had not taken the decision lightly.",
)  # fmt: skip
held(
    WHEN, "commissioner", "Rita Vale",
    ["Republican Party", "Republican"],
    ["Democratic Party"],
    "Rita Vale, a lifelong Democrat until she registered as a Republican in 2022, won the county seat by 400 votes.",
    "Vale said national politics had little to do with road repairs.",
)  # fmt: skip
held(
    WHEN, "MLA", "Omar Peel",
    ["NDP", "New Democratic Party"],
    ["Liberal Party"],
    "Omar Peel, a Liberal organiser until 2018 and now an NDP MLA, tabled the rent bill.",
    "Peel said renters had waited long enough.",
)  # fmt: skip
held(
    WHEN, "MP", "Nia Brandt",
    ["Labour"],
    ["Conservative Party"],
    "Labour MP Nia Brandt held the seat with a majority of 4,000.",
    "Brandt's predecessor, Conservative MP Hugh Ashby, stood down in March.",
)  # fmt: skip
held(
    WHEN, "senator", "Joel Varga",
    ["Republican Party"],
    ["Democratic Party", "Democrats"],
    "Republican Sen. Joel Varga beat the Democratic incumbent, Sen. Ada Moss, in November.",
    "Varga is the first Republican to hold the seat since 1994.",
)  # fmt: skip
held(
    WHEN, "councillor", "Ewan Tait",
    ["Scottish National Party", "SNP"],
    ["Scottish Labour"],
    "SNP councillor Ewan Tait took the ward from Scottish Labour in 2017.",
    "Tait said the result showed the party had reached new voters.",
)  # fmt: skip
held(
    WHEN, "councillor", "Ivo Crane",
    ["Green Party", "Greens"],
    ["Labour", "Labour Party"],
    "Green councillor Ivo Crane, who left Labour over the housing row in 2020, won the Moorside by-election on Thursday.",
    "Crane said the result belonged to the tenants' groups.",
)  # fmt: skip

# --- alike: a value or label that only looks like a party
held(
    ALIKE, "secretary", "Lori Banning",
    ["Department of Labor", "U.S. Department of Labor"],
    ["Democratic Party"],
    "Lori Banning, a Republican, has run the Department of Labor since February.",
    "Banning said the rule on overtime pay would be reviewed.",
)  # fmt: skip
held(
    ALIKE, "minister", "Harish Rao",
    ["Ministry of Labour"],
    ["Samajwadi Party"],
    "Harish Rao, a BJP MP from Karnataka, heads the Ministry of Labour.",
    "Rao said the new codes would cover gig workers.",
)  # fmt: skip
held(
    ALIKE, "columnist", "Lord Dane Falk",
    ["The Independent", "House of Lords"],
    ["Labour Party"],
    "Lord Dane Falk, a Conservative peer, writes a weekly column for The Independent.",
    "Falk said the Lords should lose its hereditary seats.",
)  # fmt: skip
held(
    ALIKE, "MPP", "Gwen Okafor",
    ["Ontario PC Party", "Progressive Conservative Party"],
    ["Ontario NDP", "New Democratic Party"],
    "Progressive Conservative MPP Gwen Okafor defended the highway plan at Queen's Park on Monday.",
    "Okafor said the Ontario PC Party had promised the road in 2022.",
)  # fmt: skip
held(
    ALIKE, "state senator", "Carl Voss",
    ["DFL Party", "Democratic-Farmer-Labor Party"],
    ["Republican Party"],
    "Democratic state Sen. Carl Voss of Duluth wrote the bill.",
    "Voss has held the seat for the DFL Party since 2016.",
)  # fmt: skip
held(
    ALIKE, "senator", "Jacinta Moss",
    ["Country Liberal Party", "The Nationals"],
    ["Labor", "Australian Labor Party"],
    "Nationals senator Jacinta Moss, who was elected for the Country Liberal Party in the Northern Territory, led the inquiry.",
    "Moss said remote clinics needed more staff.",
)  # fmt: skip
held(
    ALIKE, "congresswoman", "Ann Kessler",
    ["Democratic Party", "Democrat"],
    ["Republican Party"],
    "New Democrat Coalition Chair Ann Kessler said the caucus would back the trade deal.",
    "Kessler, who represents a suburban Ohio district, spoke after the vote.",
)  # fmt: skip
held(
    ALIKE, "candidate", "Tom Hale",
    ["Republican Party", "Republicans"],
    ["Democratic Party"],
    "Green Beret veteran Tom Hale, who won the Republican nomination in August, toured the district on Saturday.",
    "Hale said he would focus on veterans' care.",
)  # fmt: skip
held(
    ALIKE, "councillor", "Petra Lowe",
    ["Labour", "Labour Party"],
    ["Conservative Party"],
    "Petra Lowe, the Tory-run county's Labour group leader, said the cuts went too far.",
    "Lowe was first elected in 2013.",
)  # fmt: skip
held(
    ALIKE, "congressman", "Ray Dunmore",
    ["Republican Party", "GOP"],
    ["Libertarian Party", "Democratic Party"],
    "Rep. Ray Dunmore (R-Ariz.) said the Labor Department's rule would hurt small farms.",
    "Dunmore spoke at a Labor Day rally in Mesa.",
)  # fmt: skip
held(
    ALIKE, "mayor", "Todd Alcott",
    ["Bowling Green"],
    ["Democratic Party"],
    "Bowling Green Mayor Todd Alcott, a Republican, cut the ribbon on the new bridge.",
    "Alcott said the bridge had been 20 years in the making.",
)  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    """The cases, in order."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
