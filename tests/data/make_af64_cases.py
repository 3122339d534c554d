# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 64's political parties given to a person the page labels with
another party (``grounding_af64.jsonl``, fresh-miss writer af64;
:func:`summarizer.verification.people.party_people.party_label_other`), at the edges of

- ``labelled``: a page naming two or more parties, each person labelled with theirs by a party
  word before their title or name ("Liberal MP A", "Greens senator B", "Democrat C", "Labour's
  D"), an apposition right after the name ("E, the Conservative candidate", "F, a Republican
  from Ashby") or a bracket ("Sen. G (D-Ore.)", "H (Labour)"): the person's own party passes
  in any of its forms, another party named on the page is refused;
- ``guard``: party values that are the person's though the page labels them otherwise or
  in another form pass (a defector "the Conservative MP for X, defected to Labour", a past
  label "former Labour MP", "Tory MP" for "Conservative Party", "(D-Ill.)" for "Democratic
  Party", "Lib Dem leader" for "Liberal Democrats", "Labor senator" for "Australian Labor
  Party", a body named after a party, "Labor Secretary" no label); another person's party,
  another clause's party and a party only set against the person's stay refused.

Run ``python tests/data/make_af64_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_af64.jsonl")

built = SupportCases(
    "af64",
    leads=[
        "WESTMINSTER, June 4 (Lobby Wire) -",
        "By Carys Penhallow | The Tamsby Chronicle",
        "Politics live | Kelby Evening News",
        "OTTAWA - (Maple Desk)",
        "From our state house bureau, The Orrin Valley Record.",
        "CANBERRA, Aug 12 (Southern Cross Wire) -",
    ],
)
LABELLED, GUARD = "labelled", "guard"

# --- labelled: each person's own party label ----------------------------------------------
built.held_affiliation(
    LABELLED,
    "MP",
    "Dermot Ashcroft",
    ["Liberal", "Liberal Party"],
    ["New Democrat", "NDP"],
    "The committee heard from two backbenchers on Tuesday. Liberal MP Dermot Ashcroft asked whether the merger would raise prices in rural ridings.",
    "New Democrat MP Helene Vachon, who wants broadband declared an essential service, said the regulator had been asleep.",
)
built.held_affiliation(
    LABELLED,
    "MP",
    "Helene Vachon",
    ["New Democrat"],
    ["Liberal"],
    "The committee heard from two backbenchers on Tuesday. Liberal MP Dermot Ashcroft asked whether the merger would raise prices in rural ridings.",
    "New Democrat MP Helene Vachon, who wants broadband declared an essential service, said the regulator had been asleep.",
)
built.held_affiliation(
    LABELLED,
    "senator",
    "Maisie Tregarth",
    ["Greens"],
    ["Liberal", "One Nation"],
    "9.05am - The inquiry has opened with Greens senator Maisie Tregarth in the chair.",
    "10.20am - Liberal senator Roy Bannock asks whether the chief executive will resign. One Nation senator Col Pardew wants to know who pays for lost sales.",
)
built.held_affiliation(
    LABELLED,
    "senator",
    "Col Pardew",
    ["One Nation"],
    ["Greens", "Liberal"],
    "9.05am - The inquiry has opened with Greens senator Maisie Tregarth in the chair.",
    "10.20am - Liberal senator Roy Bannock asks whether the chief executive will resign. One Nation senator Col Pardew wants to know who pays for lost sales.",
)
built.held_affiliation(
    LABELLED,
    "senator",
    "Lena Ostby",
    ["Democratic Party", "Democrat"],
    ["Republican"],
    "Republican Senator Carl Whitlow said the bill would end the loophole as soon as it became law.",
    "Fellow Republican Ed Marsh and Democrat Lena Ostby are also sponsors.",
)
built.held_affiliation(
    LABELLED,
    "candidate",
    "Gillian Hoskins",
    ["Conservative", "Conservatives"],
    ["Labour"],
    "The Labour mayor has promised to keep fares frozen for another year.",
    "Gillian Hoskins, the Conservative candidate, called the freeze a stunt that the city could not afford.",
)
built.held_affiliation(
    LABELLED,
    "state senator",
    "Wade Kessling",
    ["Republican"],
    ["Democratic", "Democratic Party"],
    '"No child in this state will go hungry," the Democratic governor said at the signing.',
    "Wade Kessling, a Republican from Ashby Falls, told the chamber the program would cost twice what its backers claimed.",
)
built.held_affiliation(
    LABELLED,
    "MP",
    "Priya Dhanda",
    ["Labour"],
    ["Conservative"],
    "The minister blamed the last Conservative government for the state of school buildings.",
    "A week later, in Dunmore, Labour MP Priya Dhanda welcomed the first round of repairs.",
)
built.held_affiliation(
    LABELLED,
    "chancellor",
    "Anton Reisch",
    ["Social Democrats", "SPD"],
    ["Greens", "Free Democrats"],
    "Who are the players? Anton Reisch, a Social Democrat (SPD), is chancellor and heads the government.",
    "Marga Lutz leads the Free Democrats (FDP). The Greens, an environmental party, are the third partner.",
)
built.held_affiliation(
    LABELLED,
    "deputy prime minister",
    "Owen Farrant",
    ["Liberal Democrats"],
    ["Conservatives"],
    "The palace confirmed Mr Farrant, the Liberal Democrat leader, as deputy prime minister.",
    "The Conservatives Hugh Dalby and Anne Fenwick take the Treasury and the Foreign Office.",
)
built.held_affiliation(
    LABELLED,
    "chancellor",
    "Hugh Dalby",
    ["Conservatives"],
    ["Liberal Democrats"],
    "The palace confirmed Mr Farrant, the Liberal Democrat leader, as deputy prime minister.",
    "The Conservatives Hugh Dalby and Anne Fenwick take the Treasury and the Foreign Office.",
)
built.held_affiliation(
    LABELLED,
    "governor",
    "Marcus Hale",
    ["Democrat"],
    ["Republican"],
    "Gov. Marcus Hale (D) signed the measure on Friday after Republican leaders in the House dropped their objections.",
    "The law takes effect in January.",
)
built.held_affiliation(
    LABELLED,
    "senator",
    "Ruth Ambler",
    ["Republican Party"],
    ["Democrats"],
    "Sen. Ruth Ambler (R-Kan.) said the Democrats had written the bill behind closed doors.",
    "A vote is expected next week.",
)
built.held_affiliation(
    LABELLED,
    "councillor",
    "Tamsin Boyle",
    ["Green Party"],
    ["Liberal Democrats", "Labour"],
    "Tamsin Boyle, a Green councillor for Eastfield ward, said the Liberal Democrats running the council had ignored the consultation.",
    "Labour has called for the scheme to be paused.",
)
built.held_affiliation(
    LABELLED,
    "mayor",
    "Sadia Rahman",
    ["Labour"],
    ["SNP", "Conservatives"],
    "Labour's Sadia Rahman won the mayoralty with 41% of the vote, ahead of the SNP and the Conservatives.",
    "Turnout was 29%.",
)
built.held_affiliation(
    LABELLED,
    "senator",
    "Ted Ruxby",
    ["Republican Party", "Republicans"],
    ["Democratic Party", "Democrats"],
    "Sen. Ted Ruxby, R-Texas, said the Democrats' spending plan was dead on arrival.",
    "Sen. Alma Ferrante, D-Ore., said talks would go on through the weekend.",
)
built.held_affiliation(
    LABELLED,
    "senator",
    "Alma Ferrante",
    ["Democrat"],
    ["Republican"],
    "Sen. Ted Ruxby, R-Texas, said the Democrats' spending plan was dead on arrival.",
    "Sen. Alma Ferrante, D-Ore., said talks would go on through the weekend.",
)
built.held_affiliation(
    LABELLED,
    "representative",
    "Ana Lisk",
    ["Democratic Party"],
    ["Republican Party"],
    "Rep. Ana Lisk, a New York Democrat, called the Republican Party's budget a tax on renters.",
    "The House votes on Wednesday.",
)
built.held_affiliation(
    LABELLED,
    "MP",
    "Tom Ledger",
    ["Labour"],
    ["Liberal Democrats", "Conservative"],
    "Tom Ledger, a veteran Labour MP, said the Liberal Democrats had promised the same bypass in 2010.",
    "A Conservative amendment was defeated.",
)
built.held_affiliation(
    LABELLED,
    "foreign secretary",
    "Anne Fenwick",
    ["Conservatives"],
    ["Liberal Democrats"],
    "The palace confirmed Mr Farrant, the Liberal Democrat leader, as deputy prime minister.",
    "The Conservatives Hugh Dalby and Anne Fenwick take the Treasury and the Foreign Office.",
)
built.held_affiliation(
    LABELLED,
    "health minister",
    "Paul Gervais",
    ["Liberal", "Liberals"],
    ["New Democrats", "NDP"],
    "The dental plan is the heart of the confidence deal between Gervais's Liberals and the New Democrats, who call it the NDP's plan.",
    "Enrolment opens in May.",
)

# --- guard: the person's own party in another form or after a move; others still refused ----
built.held_affiliation(
    GUARD,
    "MP",
    "Norah Pilkington",
    ["Labour"],
    [],
    "Norah Pilkington, the Conservative MP for Saltby, defected to Labour on Wednesday, minutes before the weekly questions session.",
    "Her old party called the move a betrayal of her constituents.",
)
built.held_affiliation(
    GUARD,
    "candidate",
    "Gary Threlfall",
    ["Reform UK"],
    ["Green Party"],
    "Former Labour MP Gary Threlfall is standing for Reform UK in Kelby North.",
    "The Green Party came third there last time.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Imogen Scarth",
    ["Conservative Party", "Conservatives"],
    ["Labour"],
    "Tory MP Imogen Scarth said Labour had no plan for the railways.",
    "The bill returns to the Commons next week.",
)
built.held_affiliation(
    GUARD,
    "senator",
    "Dale Whitcombe",
    ["Democratic Party", "Democrats"],
    ["Republican Party"],
    "Sen. Dale Whitcombe (D-Ill.) said Republican Party leaders had stalled the bill for a year.",
    "The Senate returns on Monday.",
)
built.held_affiliation(
    GUARD,
    "party leader",
    "Fenella Cray",
    ["Liberal Democrats", "Lib Dems"],
    ["Conservatives"],
    "Lib Dem leader Fenella Cray said her party would not prop up the Conservatives.",
    "Polls open at 7am.",
)
built.held_affiliation(
    GUARD,
    "senator",
    "Brodie Kemp",
    ["Australian Labor Party", "Labor"],
    ["Liberal Party"],
    "Labor senator Brodie Kemp said the Liberal Party had cut the scheme's funding in 2019.",
    "The committee will report in March.",
)
built.held_affiliation(
    GUARD,
    "chair",
    "Harriet Doyle",
    ["Republican Governors Association"],
    [],
    "Republican Gov. Harriet Doyle, who chairs the Republican Governors Association, said the group would spend $40 million on the races.",
    "The Democrats have not said how much they will spend.",
)
built.held_affiliation(
    GUARD,
    "secretary",
    "Julian Brandt",
    ["Democratic Party"],
    [],
    "Labor Secretary Julian Brandt, a Democrat, said the rule would cover 4 million workers.",
    "Business groups say they will sue.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Kieran Mallory",
    ["Independent"],
    [],
    "Independent MP Kieran Mallory said the Labour government had broken its promise on rural buses.",
    "The transport secretary will reply next week.",
)
built.held_affiliation(
    GUARD,
    "MLA",
    "Rohan Desai",
    ["Scottish Labour", "Labour"],
    ["SNP"],
    "Labour MSP Rohan Desai said the SNP had missed every waiting-time target it set.",
    "Ministers dispute the figures.",
)
built.held_affiliation(
    GUARD,
    "senator",
    "Tom Garroway",
    [],
    ["Democratic Party"],
    "Sen. Tom Garroway (R-Texas) accused the Democratic Party of stalling the border bill.",
    "His office said he would vote no.",
)
built.held_affiliation(
    GUARD,
    "councillor",
    "Bethan Lloyd",
    ["Conservative Party"],
    ["Labour", "Plaid Cymru"],
    "Labour councillor Idris Pugh and Conservative councillor Bethan Lloyd both voted against the plan.",
    "Plaid Cymru's group abstained.",
)
built.held_affiliation(
    GUARD,
    "councillor",
    "Idris Pugh",
    ["Labour"],
    ["Conservative", "Plaid Cymru"],
    "Labour councillor Idris Pugh and Conservative councillor Bethan Lloyd both voted against the plan.",
    "Plaid Cymru's group abstained.",
)
built.held_affiliation(
    GUARD,
    "assemblywoman",
    "Dana Ruiz",
    [],
    ["Republican", "Republicans"],
    "Democratic Assemblywoman Dana Ruiz said Republicans in the chamber had blocked the rent cap twice.",
    "The bill goes to committee on Thursday.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Callum Reid",
    [],
    ["Labour Party", "Green Party"],
    "Callum Reid, the SNP MP for Tayside East, said the Labour Party and the Green Party had both backed the cut.",
    "The vote is on Tuesday.",
)
built.held_affiliation(
    GUARD,
    "senator",
    "Kylie Brandt",
    [],
    ["Labor"],
    "Nationals senator Kylie Brandt said Labor's water buybacks would empty country towns.",
    "The minister rejected the claim.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Yusuf Khalil",
    [],
    ["Liberal Democrats"],
    "Conservative MP Yusuf Khalil, whose seat the Liberal Democrats hope to take, said the survey was rigged.",
    "The count is on Friday.",
)
built.held_affiliation(
    GUARD,
    "state representative",
    "Ilsa Varga",
    ["Minnesota Democratic-Farmer-Labor Party"],
    ["Republican Party"],
    "State Rep. Ilsa Varga, a Democrat from Duluth, carried the bill; the Minnesota Democratic-Farmer-Labor Party has made it a priority.",
    "The Republican Party caucus voted against it.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Ewan Tolland",
    ["Liberal Democrats"],
    ["Labour"],
    "Ewan Tolland, standing for the Liberal Democrats in Harwick, said Labour had taken the town for granted.",
    "The seat has changed hands four times since 1997.",
)
built.held_affiliation(
    GUARD,
    "councillor",
    "Marnie Oduya",
    ["Labour"],
    [],
    "Marnie Oduya, a former Conservative councillor, now sits for Labour on the county council.",
    "She switched parties in 2022.",
)
built.held_affiliation(
    GUARD,
    "commentator",
    "Lyle Bracken",
    ["Democratic Party"],
    ["Republican Party"],
    "Conservative commentator Lyle Bracken, a registered Democrat, said the Republican Party had lost its way on trade.",
    "His podcast has two million listeners.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Asha Verma",
    ["Co-operative Party", "Labour"],
    ["Conservatives"],
    "Labour and Co-operative MP Asha Verma said the Conservatives had sold off the town's bus depot.",
    "The depot closed in 2016.",
)
built.held_affiliation(
    GUARD,
    "senator",
    "Mae Collier",
    ["independent"],
    ["Democratic Party", "Republican Party"],
    "Sen. Mae Collier (I-Vt.), who votes with the Democratic Party on most bills, said the Republican Party plan would gut the program.",
    "The vote is set for Thursday.",
)
built.held_affiliation(
    GUARD,
    "MP",
    "Dorian Pryce",
    [],
    ["Greens"],
    '"The Greens have let this city down," said Labour MP Dorian Pryce.',
    "The by-election is on June 20.",
)
built.held_affiliation(
    GUARD,
    "minister",
    "Ravi Menon",
    ["Bharatiya Janata Party", "BJP"],
    ["Samajwadi Party"],
    "Labour Minister Ravi Menon, a BJP MP from Pune, said the Samajwadi Party had never raised the minimum wage in the state.",
    "The code takes effect in April.",
)
built.held_affiliation(
    GUARD,
    "mayor",
    "Omar Haddad",
    ["Labour"],
    ["Conservatives"],
    "Labour's Omar Haddad faces a fight in May: Haddad's Conservative rival, Jo Bellamy, leads in two polls.",
    "The Conservatives last held the city in 2012.",
)
built.held_affiliation(
    GUARD,
    "candidate",
    "Jo Bellamy",
    ["Conservatives"],
    ["Labour"],
    "Labour's Omar Haddad faces a fight in May: Haddad's Conservative rival, Jo Bellamy, leads in two polls.",
    "The Conservatives last held the city in 2012.",
)
built.held_affiliation(
    GUARD,
    "senator",
    "Nora Pike",
    ["Democratic Party"],
    [],
    "Republicans Dan Ostrow and Lee Hart voted no; Democrat Nora Pike was absent.",
    "The bill failed by one vote.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
