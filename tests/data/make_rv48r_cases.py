# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 48's title_attachments reading (``grounding_rv48r.jsonl``,
review rv48r of cl48r; :mod:`summarizer.verification.people.title_attachments`), cases written
by the reviewer in new words, at the edges of

- ``role``: a person keeps a title the page gives them in a shape the reading does not tie to
  them while another person's phrase holds the same words: a title or apposition shared by two
  names ("Senators Tom Hale and Sara Lin", "Its co-founders, Ana Ruiz and Ben Tull,", "Ruiz and
  Tull, the joint managers,"), the post said in a sentence that names them only by a stand-in
  or a pronoun after an opening ("As mayor, she"), an abbreviation or a newsroom synonym in
  their own phrase ("Arden's CEO", "the Wolves boss"), a successor ("has replaced"); against a
  near miss the reading still lets through (the deputy's "chairman", the shadow's office);
- ``affiliation``: a person keeps a body their own phrase names by initials, a short form or a
  stand-in ("of the IMF" against "International Monetary Fund", "a governor of the Fed") or
  shares with others in a list; against another person's body beside their own in other
  outlets' styles ("X, a professor at Y, and Z of W", brackets, possessives, live-blog lines).

Run ``python tests/data/make_rv48r_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv48r.jsonl")

built = SupportCases(
    "rv48r",
    leads=[
        "By Siobhan Keane | The Liffey Chronicle",
        "ATLANTA (Peachtree Wire) -",
        "Business | The Tyne Gazette",
        "From our Auckland bureau, The Waitemata Post.",
        "LIVE | The Holyrood Bulletin",
    ],
)
ROLE, AFF = "role", "affiliation"


role = partial(built.person_role, ROLE)
aff = partial(built.affiliation, AFF)


# --- role: a title shared by two names, or said in another shape ---------------------------
role(
    "Dana Whitfield",
    ["senator"],
    [],
    "Dana Whitfield, who chairs the banking committee, has pushed for the bill since March.",
    "Senators Marcus Bell and Dana Whitfield wrote to the regulator on Tuesday.",
)
role(
    "Ben Tull",
    ["co-founder"],
    [],
    "Ben Tull, the firm's chief technology officer, built the first prototype in a garage.",
    "Its co-founders, Ana Ruiz and Ben Tull, still own 40 per cent of the shares.",
)
role(
    "Owen Pryce",
    ["joint manager"],
    [],
    "Owen Pryce, a former Wales midfielder, had coached the under-18s for three seasons.",
    "Carl Eddowes and Owen Pryce, the joint managers, will pick the side for Saturday.",
)
role(
    "Helen Okafor",
    ["director"],
    [],
    "Helen Okafor, the chief operating officer, joined from Arden in 2021.",
    "The sale was approved by Paul Greaves, Helen Okafor and Nia Rees, all directors of the company.",
)
role(
    "Ruth Pike",
    ["Labour MP"],
    [],
    "Ruth Pike, who sits on the health select committee, asked about waiting lists.",
    "Labour MPs Tom Ellery and Ruth Pike were among the 40 who signed the letter.",
)
role(
    "Mariana Costa",
    ["mayor"],
    [],
    "Mariana Costa, a Democrat who took office in January, unveiled the budget on Monday.",
    "As mayor, she has promised not to raise property taxes. Her deputy, Jo Pike, the deputy mayor for housing, defended the cuts.",
)
role(
    "Sara Lin",
    ["chief executive"],
    [],
    "Sara Lin, Arden's CEO, said the deal would close in the spring.",
    "Tom Hale, the chief executive of Harcourt, said his board backed it.",
)
role(
    "Gary Rowe",
    ["manager"],
    [],
    "Gary Rowe, the Wolves boss, said his side had been unlucky.",
    "Neil Carver, the Spurs manager, praised the referee.",
)
role(
    "Ana Cruz",
    ["health minister"],
    [],
    "Ana Cruz, who runs the health ministry, announced 2,000 new nursing posts.",
    "Jo Pike, the deputy health minister, said training would begin in September.",
)
role(
    "Priya Shah",
    ["chief executive"],
    [],
    "Halden Bank's new chief executive starts work on Monday.",
    "Priya Shah, a former banker at Arden, was chosen from a shortlist of six.",
    "Tom Gale, the chief executive of Arden, called her a superb appointment.",
)
role(
    "Lena Brandt",
    ["chair"],
    [],
    "Lena Brandt, a former trade minister, has replaced Olaf Wirth, the long-serving chair, who retired in June.",
)
role(
    "Kwame Boateng",
    ["finance minister"],
    [],
    "Kwame Boateng, the MP for Ablekuma, presented the budget to parliament.",
    "Asked whether taxes would rise, the finance minister said no.",
    "Ama Owusu, the deputy finance minister, took questions afterwards.",
)
role(
    "Niamh Doyle",
    ["chief whip"],
    [],
    "Niamh Doyle, a TD for Cork South-Central, and Conor Walsh, the chief whip, met at Leinster House. Doyle was later named chief whip herself.",
)
role(
    "Rhys Morgan",
    ["captain"],
    [],
    "Rhys Morgan, the Cardiff fly-half, will lead the side on Saturday.",
    "Morgan and Tom Evans, the regular captain, trained apart on Thursday. Evans is injured, so Morgan takes over as captain.",
)
# near misses the reading lets through, and other people's posts it should still refuse
role(
    "Sara Lin",
    [],
    ["chairman"],
    "The board is led by chairman Tom Hale and deputy chairman Sara Lin.",
    "Sara Lin, a former finance director, joined the board in 2019.",
)
role(
    "Mel Stride",
    [],
    ["Chancellor"],
    "Rachel Reeves, the Chancellor, delivered her Budget on Wednesday. Mel Stride, the shadow chancellor, called it a tax raid.",
)
role(
    "Maria Delgado",
    [],
    ["chief executive"],
    "Maria Delgado, the bank's chief financial officer, presented the figures. She sat beside Ian Ross, the chief executive, who took questions.",
)
role(
    "Fiona Grant",
    [],
    ["head coach"],
    "09:14 - Fiona Grant, the assistant coach, is on the touchline; Warren Gatland, the head coach, is in the stand.",
)
role(
    "Hamid Karimi",
    [],
    ["prime minister"],
    "The prime minister, Leila Nazari, met Hamid Karimi, the foreign minister, in Kabul on Sunday.",
)
role(
    "Ellen Stroud",
    [],
    ["chair"],
    "Ellen Stroud, counsel to the committee, read out the emails. Sir Brian Lowe, who chairs the committee, adjourned the session at noon.",
)
role(
    "Jacob Meyer",
    [],
    ["trainer"],
    "Jacob Meyer, the colt's jockey, rode a patient race; its trainer, Aidan Foley, watched from the stands.",
)
role(
    "Yuki Tanaka",
    [],
    ["governor"],
    "Yuki Tanaka, the Bank of Japan's deputy governor, spoke after the governor, Kenji Ueda, in Tokyo.",
)
role(
    "Carla Moretti",
    [],
    ["striker"],
    "Carla Moretti, Juventus's goalkeeper, saved a penalty from Ada Hegerberg, the Lyon striker.",
)
role(
    "Paul Sanders",
    [],
    ["district judge"],
    "Magistrate Judge Paul Sanders set the schedule; District Judge Linda Ortiz will hear the trial.",
)
role(
    "Tomas Lind",
    [],
    ["president"],
    "Tomas Lind, the country's prime minister since 2022, and its president, Eva Strand, attended the summit.",
)
role(
    "Graham Webb",
    [],
    ["Speaker"],
    "The Speaker, Lindsay Hoyle, ruled the question out of order after Graham Webb, the Conservative chief whip, objected.",
)
role(
    "Olu Adebayo",
    [],
    ["Commissioner for Finance"],
    "The governor swore in Olu Adebayo as Commissioner for Works, alongside Mrs Kemi Bello, the Commissioner for Finance.",
)
role(
    "Dan Carey",
    [],
    ["chief executive"],
    "Dan Carey, 58, the chief operating officer, and Sue Kemp, the chief executive, will both leave in March.",
)

# --- affiliation: a body in another shape, and another person's body ----------------------
aff(
    "Sara Lin",
    ["IMF"],
    [],
    "Sara Lin, an economist at the International Monetary Fund, said growth would slow.",
    "Tom Hale of the IMF said the forecast would be cut in April.",
)
aff(
    "Mia Carter",
    ["Federal Reserve"],
    [],
    "Mia Carter, a governor of the Fed, said rates would stay high.",
    "Tom Greene, chair of the Federal Reserve, spoke on Wednesday.",
)
aff(
    "Ian Cole",
    ["Nato"],
    [],
    "Ian Cole, a senior official at the North Atlantic Treaty Organisation, briefed reporters.",
    "Anna Berg, Nato's deputy secretary general, met ministers in Riga.",
)
aff(
    "Rory Byrne",
    ["Harcourt Bank"],
    [],
    "Rory Byrne, the lender's head of mortgages, said prices would rise. Aoife Kelly, an analyst at Harcourt Bank, agreed.",
)
aff(
    "Kate Moss",
    ["University of Leeds"],
    [],
    "Professors Kate Moss and Dev Patel, both of the University of Leeds, led the study.",
    "Kate Moss, a geneticist at Leeds Teaching Hospitals, said the results surprised her.",
)
aff(
    "Lucy Hart",
    ["Met Office"],
    [],
    "Lucy Hart, a forecaster at the UK's national weather service, warned of gales.",
    "Her colleague Tom Dyer, chief meteorologist at the Met Office, said the storm would peak overnight.",
)
aff(
    "Juan Perez",
    ["Real Madrid"],
    [],
    "Juan Perez, the Spain midfielder, and Luis Moreno, both of Real Madrid, were left out of the squad.",
)
aff(
    "Grace Ndlovu",
    ["African Development Bank"],
    [],
    "Grace Ndlovu, the AfDB's chief economist, said debt was the main risk. Peter Mensah of the African Development Bank said the fund would double.",
)
aff(
    "Hannah Weiss",
    ["Deutsche Bank"],
    [],
    "Hannah Weiss, chief economist at Germany's biggest lender, expects two cuts. Tobias Frank, a strategist at Deutsche Bank, agreed.",
)
aff(
    "Oliver Grant",
    ["Ofcom"],
    [],
    "Oliver Grant, who leads the regulator's online safety team, gave evidence first.",
    "Dame Melanie Dawes, the chief executive of Ofcom, followed him.",
)
# another person's body beside this person's own
aff(
    "Ruth Kerr",
    [],
    ["Oxford Economics"],
    "Ruth Kerr, a professor at Durham University, and Simon Platt of Oxford Economics both expect a recession.",
)
aff(
    "Dev Malik",
    [],
    ["Ofgem"],
    "11.42am - Dev Malik, Citizens Advice's energy lead, said bills were still too high; Lena Shaw, Ofgem's director of retail, said the cap would fall.",
)
aff(
    "Chris Doherty",
    [],
    ["Unite"],
    "Chris Doherty (GMB) and Sharon Graham of Unite led the march through Glasgow.",
)
aff(
    "Emma Voss",
    [],
    ["Goldman Sachs"],
    "Emma Voss, a strategist at Barclays, disagreed with Marco Ricci, Goldman Sachs's chief economist, on the timing of cuts.",
)
aff(
    "Tariq Aziz",
    [],
    ["World Health Organization"],
    "Tariq Aziz, Pakistan's health secretary, spoke after Dr Maria Neira of the World Health Organization.",
)
aff(
    "Laura Finch",
    [],
    ["Treasury"],
    "Laura Finch, an economist at the Resolution Foundation, said the rise would hit the poorest. A spokesman for the Treasury, Ben Ward, disputed the figures.",
)
aff(
    "Piet de Vries",
    [],
    ["Ajax"],
    "Piet de Vries, the PSV captain, shook hands with Jordan Henderson, the Ajax midfielder.",
)
aff(
    "Nadia Rahman",
    [],
    ["Amnesty International"],
    "Nadia Rahman, who heads the UN refugee agency's Dhaka office, met Sam Lowe, a researcher at Amnesty International.",
)
aff(
    "Kevin Moore",
    [],
    ["Bank of England"],
    "Kevin Moore, the chief economist at Lloyds, said the Bank's governor, Andrew Bailey, had been too slow.",
    "Andrew Bailey of the Bank of England declined to comment.",
)
aff(
    "Sofia Russo",
    [],
    ["Ferrari"],
    "Sofia Russo, McLaren's team principal, congratulated Fred Vasseur, the Ferrari boss, after the race.",
)
aff(
    "Aiden Walsh",
    [],
    ["Trinity College Dublin"],
    "Aiden Walsh, a lecturer at University College Cork, co-wrote the paper with Dr Eimear Nolan of Trinity College Dublin.",
)

# --- for the mends: a plural phrase over joined names, initials, a successor, a stand-in ---
role(
    "Marama Davidson",
    ["co-leader"],
    [],
    "Marama Davidson, the MP for Tamaki Makaurau, spoke first.",
    "Co-leaders Chloe Swarbrick and Marama Davidson launched the party's tax policy in Wellington.",
)
role(
    "Funke Adams",
    ["commissioner"],
    [],
    "The new commissioners, Ayo Bello and Funke Adams, were sworn in on Monday.",
    "Funke Adams, a former lecturer at the state university, will oversee education.",
)
role(
    "Sara Lin",
    ["co-chair"],
    [],
    "Sara Lin, a retired High Court judge, has sat on three inquiries.",
    "Tom Hale and Sara Lin, co-chairs of the inquiry, will publish its report in June.",
)
role(
    "Jane Frost",
    ["chair"],
    [],
    "Jane Frost, previously the deputy, succeeds Rob Dunn, the board's chair since 2016.",
)
role(
    "Ngozi Eze",
    ["finance commissioner"],
    [],
    "Ngozi Eze, a former banker, was sworn in on Tuesday.",
    "The new finance commissioner promised to pay salaries on time.",
    "Tunde Bakare, the finance commissioner of Ogun State, attended the ceremony.",
)
role(
    "Dan Carey",
    [],
    ["chief executive"],
    "Dan Carey, the finance director, is leaving. Carey and Sue Kemp, the chief executive, will go in March.",
)
role(
    "Ben Tull",
    [],
    ["co-founder"],
    "Ben Tull, the firm's chief technology officer, thanked its co-founders, Ana Ruiz and Kit Hale.",
)
role(
    "Dana Whitfield",
    [],
    ["senator"],
    "Representative Dana Whitfield, who chairs the transport panel, joined Senators Marcus Bell and Jo Pike at the hearing.",
)
role(
    "Tom Hale",
    [],
    ["detective"],
    "Detectives Jo Marsh and Sam Bell arrested Tom Hale, the club's treasurer, on Friday.",
)
role(
    "Kwame Boateng",
    [],
    ["finance minister"],
    "Kwame Boateng, the MP for Ablekuma, sat on the back benches.",
    "Asked about the deficit, the finance minister, Ama Owusu, said it would halve.",
)
role(
    "Mariana Costa",
    [],
    ["mayor"],
    "Mariana Costa, a Democrat who sits on the county board, met Jo Pike, the mayor of Tulsa.",
    "As mayor, he has cut property taxes twice.",
)
role(
    "Lena Brandt",
    [],
    ["chair"],
    "Lena Brandt, a former trade minister, has ruled out replacing Olaf Wirth, the chair, who stays until 2028.",
)
aff(
    "Amir Khan",
    ["Reuters"],
    [],
    "Amir Khan, who covers Asia from Singapore, filed the first report.",
    "Amir Khan and Zoe Lamb, both Reuters journalists, were detained for six hours.",
)
aff(
    "Sara Lin",
    ["WHO"],
    [],
    "Sara Lin, a director at the World Health Organization, said cases were falling.",
    "Tom Hale of the WHO said the vaccine would be shipped in May.",
)
aff(
    "Sara Lin",
    [],
    ["IMF"],
    "Sara Lin, an economist at the World Bank, said growth would slow.",
    "Tom Hale of the IMF said the forecast would be cut in April.",
)
aff(
    "Grace Ndlovu",
    [],
    ["Asian Development Bank"],
    "Grace Ndlovu, the AfDB's chief economist, said debt was the main risk. Peter Mensah of the Asian Development Bank said lending would double.",
)
aff(
    "Juan Perez",
    [],
    ["Real Madrid"],
    "Juan Perez, the Sevilla midfielder, faced Luis Moreno and Dani Vega, both of Real Madrid.",
)
aff(
    "Raj Patel",
    [],
    ["Morgan Stanley"],
    "Prices will fall by spring, according to Helen Zhou of Morgan Stanley. Raj Patel, a strategist at UBS, disagreed.",
)
aff(
    "Lars Moe",
    [],
    ["Aker BP"],
    "Lars Moe (Equinor) and Siri Dahl (Aker BP) both backed the new licensing round.",
)
aff(
    "Kate Moss",
    [],
    ["University of York"],
    "Kate Moss, a geneticist at the University of Leeds, and Dev Patel and Ian Roe, both of the University of York, led the study.",
)

aff(
    "Pia Lund",
    ["Malmo FF"],
    [],
    "Pia Lund, the Sweden winger, and Erik Holm, both of Malmo FF, signed new deals on Friday.",
)
role(
    "Tom Hale",
    [],
    ["non-executive director"],
    "Tom Hale, the chief executive, and Sara Lin and Ian Roe, both non-executive directors, voted for the sale.",
)
role(
    "Ian Roe",
    ["non-executive director"],
    [],
    "Ian Roe, a former diplomat, chairs the audit committee.",
    "Tom Hale, the chief executive, and Sara Lin and Ian Roe, both non-executive directors, voted for the sale.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
