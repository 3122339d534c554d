# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's titled bodies (``grounding_af59.jsonl``, fresh-miss writer
af59; :mod:`summarizer.verification.people.titled_bodies`): a person whose own body the page
gives in an apposition after their name that the older holder readings passed over, given
another body of the story as their affiliation:

- ``titled``: "X, executive director of Y," / "X, who is CEO of Y," / "X, managing director
  for the UK at Y," / "X, director general of spiritsEUROPE": Y passes; another body the
  story names apart from the person (a bank in the next paragraph, another campaign group,
  a regulator) is refused;
- ``running``: "X, who runs the Y," / "X, the mayor's brother, heads Y" / "X, who founded Y,":
  Y passes; another body named apart is refused;
- ``guard``: the readings' edges: a second body of the person's (a later sentence of
  theirs, a parent named beside them) still passes; a body the person left ("a former
  director of"), acted on ("who sued"), or that another person of the same sentence holds
  is not read as theirs, so the older verdict stands.

Run ``python tests/data/make_af59_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af59.jsonl")

built = SupportCases(
    "af59",
    leads=[
        "By Odile Marchetti | The Calder Review",
        "HALVERSTON (Tidewater Wire) -",
        "Business | The Ashgrove Courier",
        "From our Lisbon desk, The Meridian Ledger.",
        "UPDATED 14:05 | Northfield Evening Post",
    ],
)
TITLED, RUNNING, GUARD = "titled", "running", "guard"


# --- titled: "X, <title> of/at Y" ---------------------------------------------------------------
built.held_affiliation(
    TITLED,
    "executive director",
    "Marta Velden",
    ["Friends of the Tarn Valley"],
    ["Greenway Legal Trust"],
    "The regional authority on Monday withdrew its approval for the quarry at Stonebeck, two years after the Greenway Legal Trust first challenged it in court.",
    'Marta Velden, executive director of Friends of the Tarn Valley, said the ruling "gives the river a second chance."',
)
built.held_affiliation(
    TITLED,
    "CEO",
    "Ravi Dunmore",
    ["Kestrel Digital Capital"],
    ["Harbourline Bank"],
    '"The sell-off was overdone, and buyers are already back," said Ravi Dunmore, who is CEO of Kestrel Digital Capital.',
    "At Harbourline Bank, strategists also see room for the token to recover before the year ends.",
)
built.held_affiliation(
    TITLED,
    "managing director for Spain",
    "Irene Solano",
    ["Aurelia Airports"],
    ["Stop the Second Runway"],
    "Irene Solano, managing director for Spain at Aurelia Airports, which owns the terminal, welcomed the decision.",
    "The campaign group Stop the Second Runway said it would seek a judicial review within six weeks.",
)
built.held_affiliation(
    TITLED,
    "director general",
    "Paul Aubert",
    ["wineFRANCE"],
    ["Maison Delorme", "Castelle Group"],
    '"A tariff of this size would close cellars across the south," said Paul Aubert, director general of wineFRANCE.',
    "In Paris, shares in Maison Delorme fell 6% and Castelle Group lost 3.9%, before both recovered part of the fall.",
)
built.held_affiliation(
    TITLED,
    "chief economist",
    "Hana Iwata",
    ["Sorrel Securities"],
    ["Bank of Tesland", "Central Statistics Office"],
    "The Central Statistics Office said on Friday that prices rose 3.1% in the year to June, the fastest pace since 2023.",
    "Hana Iwata, chief economist at Sorrel Securities, said the figure left the Bank of Tesland little room to cut.",
    "The Bank of Tesland meets again on July 30.",
)
built.held_affiliation(
    TITLED,
    "president",
    "Leon Achterberg",
    ["Achterberg & Vos"],
    ["Pellham Media"],
    'Leon Achterberg, president of the brokerage Achterberg & Vos, called the quarter "the quietest we have seen in a decade."',
    "Two weeklies in the valley closed in May, shut by Pellham Media after its printing contract ran out.",
)
built.held_affiliation(
    TITLED,
    "senior fellow",
    "Dominic Rees",
    ["Harcourt Policy Institute"],
    ["Office for Budget Review"],
    "The Office for Budget Review cut its growth forecast for next year to 0.8% on Wednesday.",
    "Dominic Rees, a senior fellow at the Harcourt Policy Institute, wrote that the cut was smaller than markets had feared.",
)
built.held_affiliation(
    TITLED,
    "head of research",
    "Ines Carvalho",
    ["Tollund Analytics"],
    ["Norsk Petrol"],
    "Norsk Petrol said output at its northern fields would rise by a fifth next year.",
    "Ines Carvalho, head of research with Tollund Analytics, said the extra barrels would be absorbed quickly.",
)
built.held_affiliation(
    TITLED,
    "professor",
    "Samuel Okafor",
    ["Brightwater University"],
    ["Hollis Pharmaceuticals"],
    "Hollis Pharmaceuticals said its trial met its main goal, slowing decline by about a quarter over 18 months.",
    "Samuel Okafor, a professor of neurology at Brightwater University, said the result was modest but real.",
)
built.held_affiliation(
    TITLED,
    "chief executive",
    "Gwen Talbot",
    ["Northmoor Nurses Union"],
    ["Northmoor Health Board"],
    "More than 9,000 nurses walked out on Tuesday after talks with the Northmoor Health Board collapsed.",
    "Gwen Talbot, chief executive of the Northmoor Nurses Union, said members had run out of patience.",
    "The board's interim director, Ken Ashby, said planned operations would be postponed.",
)
built.held_affiliation(
    TITLED,
    "spokesperson",
    "Arno Kessler",
    ["Bundesbahn Fracht"],
    ["Rhenus Hafen"],
    "Rhenus Hafen said the strike had left 140 trains stranded at its yards.",
    "Arno Kessler, a spokesperson for the operator and an adviser at Bundesbahn Fracht, said the backlog would be cleared by Sunday.",
)
built.held_affiliation(
    TITLED,
    "analyst",
    "Mei Lin",
    ["Carrow Research"],
    ["Sunfield Studios"],
    "Mei Lin, an analyst at Carrow Research, said the film had lifted the bar for animated releases.",
    "Sunfield Studios produced the film on a budget of about $80 million.",
)

# --- running: "X, [aside,] who runs/heads/founded Y" ----------------------------------------------
built.held_affiliation(
    RUNNING,
    "",
    "Nadia Hollis",
    ["Coastal Travel Network"],
    ["Home Office", "Border Agency"],
    "The Home Office has raised the fee for the travel permit by 60%, and the Border Agency says most answers come within minutes.",
    'Nadia Hollis, who runs the Coastal Travel Network of independent agents, called the rise "a blow to families".',
)
built.held_affiliation(
    RUNNING,
    "",
    "Julian Ashe",
    ["Meridian Holdings"],
    ["Silverpoint Capital", "Crestline Fund"],
    "The board accepted a cash offer from a group led by Silverpoint Capital, the Crestline Fund and Meridian Holdings.",
    "Julian Ashe, the governor's son-in-law, heads Meridian Holdings.",
)
built.held_affiliation(
    RUNNING,
    "founder",
    "Rosa Delgado",
    ["Pantry Link"],
    ["Valmart"],
    "Valmart said it would give away unsold bread from all 300 of its stores from March.",
    "Rosa Delgado, who founded Pantry Link in 2015, said the plan would feed thousands.",
)
built.held_affiliation(
    RUNNING,
    "",
    "Oskar Lind",
    ["Baltic Rail Freight"],
    ["Port of Klaipeda Authority"],
    "The Port of Klaipeda Authority reported a 12% fall in container traffic for the quarter.",
    "Oskar Lind, who heads Baltic Rail Freight, said his trains were running half empty.",
)
built.held_affiliation(
    RUNNING,
    "chair",
    "Amara Nwosu",
    ["Lagos Creative Council"],
    ["National Film Board"],
    "The National Film Board cut grants to independent producers by a third this year.",
    "Amara Nwosu, who chairs the Lagos Creative Council, said young directors would be hit first.",
)
built.held_affiliation(
    RUNNING,
    "",
    "Theo Brandt",
    ["Brandt Logistics"],
    ["Federal Cartel Office"],
    "The Federal Cartel Office fined three hauliers a total of €41 million on Thursday.",
    "Theo Brandt, 58, who also runs Brandt Logistics, said the industry had been warned for years.",
)
built.held_affiliation(
    RUNNING,
    "",
    "Priya Raman",
    ["Open Ledger Foundation"],
    ["Stellan Bank", "Treasury"],
    "The Treasury said it would consult on the rules until October.",
    "Priya Raman, a lawyer by training, leads the Open Ledger Foundation.",
    "Stellan Bank, which runs the largest payment network, declined to comment.",
)
built.held_affiliation(
    RUNNING,
    "",
    "Colm Farrell",
    ["Shannon Anglers Association"],
    ["Inland Fisheries Board", "Riverside Hydro"],
    "Riverside Hydro will release more water from the dam under the deal agreed with the Inland Fisheries Board.",
    "Colm Farrell, who leads the Shannon Anglers Association, said the salmon run would tell whether it worked.",
)
built.held_affiliation(
    RUNNING,
    "",
    "Lena Sorensen",
    ["Fjord Kayak Tours"],
    ["Vestland County Council"],
    "Vestland County Council will cap cruise calls at 600 a year from 2027.",
    "Lena Sorensen, who manages Fjord Kayak Tours, said the cap came too late for this summer.",
)
built.held_affiliation(
    RUNNING,
    "",
    "Yusuf Demir",
    ["Anatolia Textile Union"],
    ["Ministry of Labour"],
    "The Ministry of Labour raised the minimum wage by 30% from January.",
    "Yusuf Demir, who directs the Anatolia Textile Union, said the rise would be eaten by rents within months.",
)
built.held_affiliation(
    RUNNING,
    "",
    "Beatrix Moll",
    ["Moll Partners"],
    ["Ellison Brewing", "Harrowgate Breweries"],
    "Ellison Brewing and Harrowgate Breweries both reported lower volumes for the half.",
    "Beatrix Moll, who co-founded Moll Partners, said drinkers were trading down rather than stopping.",
)

# --- guard: the edges ----------------------------------------------------------------------------
# a second body of theirs, written in a sentence of their own: it passes
built.held_affiliation(
    GUARD,
    "professor",
    "Elsa Brandvold",
    ["Tromso Institute of Technology", "Arctic Council Science Panel"],
    ["Polar Shipping Line"],
    "Polar Shipping Line said its ships would avoid the ice shelf this season.",
    "Elsa Brandvold, a professor at the Tromso Institute of Technology, welcomed the change.",
    "Brandvold also sits on the Arctic Council Science Panel.",
)
# a parent named beside the person: it passes
built.held_affiliation(
    GUARD,
    "chief executive",
    "Marcus Webb",
    ["Halden Foods", "Corvex Holdings"],
    ["Bright Harvest"],
    "Marcus Webb, chief executive of Halden Foods, a unit of Corvex Holdings, said prices would stay flat.",
    "Bright Harvest, its nearest rival, raised prices by 4% last month.",
)
# a body the person has left: not read as theirs now
built.held_affiliation(
    GUARD,
    "chief executive",
    "Sophie Laurent",
    ["Ondine Cosmetics"],
    ["Maison Verel"],
    "Sophie Laurent, a former director of Maison Verel, now leads Ondine Cosmetics.",
    "Ondine Cosmetics said sales rose 11% in the first half.",
)
# another person of the same sentence holds the value: it is still refused
built.held_affiliation(
    GUARD,
    "chief economist",
    "Ana Ruiz",
    ["Corvel Bank"],
    ["Hartwell Securities"],
    "Ana Ruiz, chief economist at Corvel Bank, and Tom Pike of Hartwell Securities both expect a cut in September.",
)
# a body the person sued: not theirs
built.held_affiliation(
    GUARD,
    "",
    "Graham Coyle",
    ["Coyle Haulage"],
    ["Westway Insurance"],
    "Graham Coyle, owner of Coyle Haulage, sued Westway Insurance over the unpaid claim.",
    "Westway Insurance said it would defend the case.",
)
# an apposition that is a verb of speaking, not a title: nothing read, older verdict
built.held_affiliation(
    GUARD,
    "spokesman",
    "Kurt Haller",
    ["Alpenstrom"],
    ["Reuters Foundation"],
    "Alpenstrom said on Tuesday it would close two coal units by 2028.",
    "Its spokesman, Kurt Haller, told the Reuters Foundation that the timetable was firm.",
)
# the person's body written by a title in capitals before "of"
built.held_affiliation(
    GUARD,
    "Chief Operating Officer",
    "Dana Whitfield",
    ["Larkspur Energy"],
    ["Greyfield Utilities"],
    "Greyfield Utilities said it had agreed to buy power from the new wind farm for 15 years.",
    "Dana Whitfield, Chief Operating Officer of Larkspur Energy, said the turbines would turn by spring.",
)
# a body named as a home town, "of Leeds": a place, the body in the next sentence passes
built.held_affiliation(
    GUARD,
    "owner",
    "Peter Holm",
    ["Holm Bakery"],
    ["Kirkby Mills"],
    "Kirkby Mills raised the price of flour by 9% on Monday.",
    "Peter Holm, of Leeds, who runs Holm Bakery, said bread would cost more by the weekend.",
)
# a second person's apposition on the same body: the value is the person's own
built.held_affiliation(
    GUARD,
    "analyst",
    "Jonas Berg",
    ["Nordvik Markets"],
    ["Skagen Asset Management"],
    "Jonas Berg, an analyst at Nordvik Markets, and Lise Dahl, who runs Skagen Asset Management, disagreed about the outlook.",
)
# the value is the person's employer written by its stand-in in the next sentence
built.held_affiliation(
    GUARD,
    "head of policy",
    "Noor Haddad",
    ["Cedar Energy Institute"],
    ["Levant Power"],
    "Levant Power said the blackouts would end by Friday.",
    "Noor Haddad, head of policy at the Cedar Energy Institute, disagreed. The institute has tracked outages since 2019.",
)
# a title of the past before "at": not read
built.held_affiliation(
    GUARD,
    "consultant",
    "Fiona Grant",
    ["Grant Advisory"],
    ["Tellmark Telecom"],
    "Tellmark Telecom said it would cut 2,000 jobs.",
    "Fiona Grant, once a manager at Tellmark Telecom, said the cuts had been planned for years. She now runs Grant Advisory.",
)
# a relative clause of another verb: nothing read
built.held_affiliation(
    GUARD,
    "organiser",
    "Ellie Marsh",
    ["Save Our Pier"],
    ["Harbour Council"],
    "Ellie Marsh, who criticised the Harbour Council for the closure, organises the campaign Save Our Pier.",
)

# a customer's or a critic's tie: no body of theirs; the employer named apart still passes
built.held_affiliation(
    GUARD,
    "teacher",
    "Ruth Vance",
    ["Dunmore College"],
    ["Penrose Bank"],
    "Ruth Vance, a customer of Penrose Bank for 30 years, lost £4,000 to the scam.",
    "Vance teaches history at Dunmore College.",
)
built.held_affiliation(
    GUARD,
    "councillor",
    "Owen Pryce",
    ["Green Party"],
    ["Tarrow Water"],
    "Owen Pryce, a longtime critic of Tarrow Water, said the fine was too small.",
    "Pryce sits for the Green Party on the county council.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
