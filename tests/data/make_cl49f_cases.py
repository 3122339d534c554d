# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 49's acted_bodies reading (``grounding_cl49f.jsonl``, rule writer
cl49f; :mod:`summarizer.verification.people.acted_bodies`), at the edges of

- ``object``: a body the person only acts on (sued, met, wrote to, told, visited, criticised,
  played against, filed a complaint against), refused as their affiliation, against their own
  body in the same page in the shapes English ties a body to a person;
- ``own``: the person's own body in every shape a reviewer tries (apposition both orders, "X of
  Y", "X (Y)", "a spokeswoman for", "who works for / chairs", "X at Y", "Y's X", "Y boss X",
  a team's player, a pronoun's title run, a membership verb, "on behalf of", a byline, "signed
  for", "returned to"), against a body given only as a former one ("X, a former executive at
  Y": left in GAPS, see ``tests/test_grounding_sets.py``) or named only as the object of the
  person's act;
- ``beside``: a body the page names only in sentences away from the person (another person's,
  the story's subject), refused when the page ties the person to a body of their own, against
  a body the person is tied to by "its", "the agency's" or a membership verb.

Run ``python tests/data/make_cl49f_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cl49f.jsonl")

built = SupportCases(
    "cl49f",
    leads=[
        "By Hannah Volkov | The Severn Courier",
        "OTTAWA (Maple Wire) -",
        "Markets | The Lagos Ledger",
        "From our Perth bureau, The Swan Examiner.",
        "LIVE | The Clyde Bulletin",
    ],
)
OBJECT, OWN, BESIDE = "object", "own", "beside"


# --- object: a body the person only acts on -------------------------------------------------
built.affiliation(
    OBJECT,
    "Marta Lindqvist",
    ["Nordvik Energy"],
    ["Baltic Grid"],
    "Marta Lindqvist, chief executive of Nordvik Energy, sued Baltic Grid on Monday over unpaid transmission fees.",
    "The claim, filed in Stockholm, seeks 40 million crowns.",
)
built.affiliation(
    OBJECT,
    "Derek Ansah",
    ["Ghana Cocoa Board"],
    ["Volta Traders"],
    "Derek Ansah, who chairs the Ghana Cocoa Board, met Volta Traders executives in Accra on Thursday to discuss late payments.",
    "No agreement was announced after the meeting.",
)
built.affiliation(
    OBJECT,
    "Priya Natarajan",
    ["Chennai Port Trust"],
    ["Harbour Logistics Ltd"],
    "Chennai Port Trust chairwoman Priya Natarajan wrote to Harbour Logistics Ltd last week demanding a safety audit.",
    "The company said it would reply within ten days.",
)
built.affiliation(
    OBJECT,
    "Tom Keller",
    ["Teamsters Local 120"],
    ["Midwest Freight"],
    "Tom Keller, president of Teamsters Local 120, told Midwest Freight managers that drivers would not cross the line.",
    "The strike entered its third day on Wednesday.",
)
built.affiliation(
    OBJECT,
    "Aiko Tanaka",
    ["Osaka Prefecture"],
    ["Kansai Rail"],
    "Aiko Tanaka of Osaka Prefecture visited Kansai Rail's depot on Friday after the derailment.",
    "Investigators have not yet given a cause.",
)
built.affiliation(
    OBJECT,
    "Liam Doherty",
    ["Shamrock Rovers"],
    ["Bohemians"],
    "The Shamrock Rovers striker Liam Doherty scored twice against Bohemians at Tallaght on Friday night.",
    "It was his ninth goal of the season.",
)
built.affiliation(
    OBJECT,
    "Grace Mwangi",
    ["Kenya Consumer Council"],
    ["Safari Mobile"],
    "Grace Mwangi, a spokeswoman for the Kenya Consumer Council, criticised Safari Mobile for raising data prices twice this year.",
    "The operator has defended the increases as a response to inflation.",
)
built.affiliation(
    OBJECT,
    "Rafael Ortiz",
    ["Andean Mining Corp"],
    ["Peru's environment ministry"],
    "Andean Mining Corp's general counsel, Rafael Ortiz, filed a complaint against Peru's environment ministry over the permit delay.",
    "The ministry said the review was routine.",
)
built.affiliation(
    OBJECT,
    "Sophie Marchand",
    ["Union des Pecheurs"],
    ["Atlantic Seafoods"],
    "Sophie Marchand, who leads the Union des Pecheurs, negotiated with Atlantic Seafoods for six weeks before the quota deal.",
    "Members will vote on the agreement next month.",
)
built.affiliation(
    OBJECT,
    "Ben Hollis",
    ["Greenway Trust"],
    ["Northfield Council"],
    "Greenway Trust director Ben Hollis praised Northfield Council for reopening the riverside path.",
    "The path had been closed for two years after flooding.",
)
built.affiliation(
    OBJECT,
    "Nadia Rahman",
    ["Federal Audit Office"],
    ["Metro Water Authority"],
    "Nadia Rahman, a senior auditor at the Federal Audit Office, investigated Metro Water Authority's billing system for a year.",
    "Her report is due in June.",
)
built.affiliation(
    OBJECT,
    "Omar Haddad",
    ["Cedar Bank"],
    ["Levant Telecom"],
    "Omar Haddad, Cedar Bank's head of lending, advised Levant Telecom on its bond sale, the bank said.",
    "The bonds were priced on Tuesday.",
)
built.affiliation(
    OBJECT,
    "Kate Brennan",
    ["Irish Nurses Union"],
    ["Health Service Executive"],
    "Irish Nurses Union general secretary Kate Brennan spoke to the Health Service Executive on Monday about staffing.",
    "She said talks would continue.",
)
built.affiliation(
    OBJECT,
    "Henrik Sorensen",
    ["Danish Competition Authority"],
    ["Fjord Dairies"],
    "The Danish Competition Authority said on Tuesday it had opened a case.",
    "Its director, Henrik Sorensen, fined Fjord Dairies 12 million kroner for price signalling.",
)

# --- own: the person's own body in every shape, against a former one --------------------------
built.affiliation(
    OWN,
    "Lisa Ray",
    ["Halcyon Airways"],
    [],
    "Halcyon Airways said on Sunday that two flights had been cancelled after the storm.",
    "Its spokeswoman, Lisa Ray, said passengers would be rebooked.",
)
built.affiliation(
    OWN,
    "Jamal Price",
    ["Westbrook City Council"],
    [],
    "Westbrook City Council voted 7-2 to raise parking fees.",
    "The council's leader, Jamal Price, said the money would fund buses.",
)
built.affiliation(
    OWN,
    "Elena Rossi",
    ["Tiber Motors"],
    ["Veloce Group"],
    "Elena Rossi, who joined Tiber Motors in 2019, will run its electric unit.",
    "Rossi, a former executive at Veloce Group, previously led its design team.",
)
built.affiliation(
    OWN,
    "Marcus Webb",
    ["Arsenal"],
    ["Chelsea"],
    "Arsenal boss Marcus Webb said his side were tired after beating Chelsea.",
    "Webb has won four of his last five games.",
)
built.affiliation(
    OWN,
    "Chen Wei",
    ["Pacific Freight"],
    [],
    "Chen Wei said on behalf of Pacific Freight that the company regretted the delays.",
    "Deliveries are expected to resume on Monday.",
)
built.affiliation(
    OWN,
    "Ruth Adeyemi",
    ["Lagos State Government"],
    [],
    "Ruth Adeyemi (Lagos State Government) told the forum that the new rail line would open in May.",
    "Contractors have finished most of the track.",
)
built.affiliation(
    OWN,
    "Paul Novak",
    ["Brno Technical University"],
    ["Skoda Labs"],
    "Paul Novak, a professor at Brno Technical University, once worked for Skoda Labs as a consultant.",
    "He now studies battery safety.",
)
built.affiliation(
    OWN,
    "Iris Vogel",
    ["Rhine Chemicals"],
    [],
    "Rhine Chemicals' chief financial officer, Iris Vogel, met analysts on Thursday.",
    "She said margins would improve in the second half.",
)
built.affiliation(
    OWN,
    "Sam Okoro",
    ["Eagle Stars"],
    [],
    "Sam Okoro signed for Eagle Stars on Wednesday on a three-year deal.",
    "The winger had been without a club since January.",
)
built.affiliation(
    OWN,
    "Dan Fairley",
    ["The Clyde Bulletin"],
    [],
    "Dan Fairley is a reporter for The Clyde Bulletin.",
    "The council meeting ran late into the evening.",
)
built.affiliation(
    OWN,
    "Hugo Lambert",
    ["Meridian Insurance"],
    ["Atlas Re"],
    "Hugo Lambert, Meridian Insurance's chief executive, sued Atlas Re over the reinsurance contract.",
    "Meridian Insurance said Lambert acted with the board's backing.",
)
built.affiliation(
    OWN,
    "Yara Haddad",
    ["Beirut Arab University"],
    ["Cedar Hospital"],
    "Yara Haddad, a former nurse at Cedar Hospital, now teaches at Beirut Arab University.",
    "She trains about 40 students a year.",
)
built.affiliation(
    OWN,
    "Mateo Ruiz",
    ["Valencia CF"],
    [],
    "Mateo Ruiz returned to Valencia CF in the summer after two seasons abroad.",
    "Ruiz scored on his second debut.",
)
built.affiliation(
    OWN,
    "Anita Shah",
    ["Mumbai Metro Rail"],
    [],
    "Anita Shah, who works for Mumbai Metro Rail, said the new line carried 90,000 riders on its first day.",
    "The line runs from Andheri to Ghatkopar.",
)

built.affiliation(
    OWN,
    "Nora Quinn",
    ["Labour"],
    [],
    "Labour MP Nora Quinn criticised the Conservatives over the housing figures on Tuesday.",
    "She called the numbers a scandal.",
)
built.affiliation(
    OWN,
    "Felix Brandt",
    ["Hanse Logistik"],
    ["Nordsee Ports"],
    "Felix Brandt at Hanse Logistik said volumes fell 8 per cent.",
    "Brandt, who previously worked for Nordsee Ports, expects a recovery next year.",
)
built.affiliation(
    OWN,
    "Zoe Carter",
    ["Bayview Hospital"],
    ["State Health Department"],
    "Zoe Carter, a surgeon at Bayview Hospital, testified before the State Health Department on Wednesday.",
    "She described a shortage of anaesthetists.",
)
built.affiliation(
    OWN,
    "Luis Moreno",
    ["Pampa Foods", "Andes Capital"],
    [],
    "The deal was signed by Luis Moreno of Pampa Foods and Carla Ibanez of Andes Capital.",
    "Moreno, who also sits on the board of Andes Capital, abstained from an earlier vote.",
)
built.affiliation(
    OWN,
    "Ian Fraser",
    ["Hearts"],
    ["Hibernian", "Rangers"],
    "Ian Fraser, the Hearts midfielder, was sent off against Hibernian.",
    "Fraser, who once played for Rangers, will miss the next two matches.",
)
built.affiliation(
    OWN,
    "Amara Diallo",
    ["Sahel Relief"],
    ["World Food Programme"],
    "Sahel Relief country director Amara Diallo appealed to the World Food Programme for more grain.",
    "Diallo said stocks would last three weeks.",
)
built.affiliation(
    OWN,
    "Kenji Mori",
    ["Tokai Steel"],
    ["Kyushu Shipbuilding"],
    "Kenji Mori, Tokai Steel's president, visited Kyushu Shipbuilding on Monday to inspect the new hull line.",
    "Tokai Steel supplies most of the yard's plate.",
)

# --- beside: a body the page names only away from the person, who has a body of their own ---
built.affiliation(
    BESIDE,
    "Per Lund",
    ["Nordnet Bank"],
    ["Arctic Pharma"],
    "Arctic Pharma will cut 2,000 jobs, the drugmaker said on Tuesday.",
    "Per Lund, an analyst at Nordnet Bank, called the plan overdue.",
)
built.affiliation(
    BESIDE,
    "Rosa Ibarra",
    ["Friends of the Sierra"],
    ["Clean Air Alliance"],
    '- Tim Boyle, who heads policy at Clean Air Alliance: "The cancellation makes no sense."',
    '- Rosa Ibarra, director of Friends of the Sierra: "We fought this line for a decade."',
)
built.affiliation(
    BESIDE,
    "Hans Keller",
    ["Alpen Chocolate"],
    ["Dixon Sweets"],
    "Shoppers will pay more for Dixon Sweets treats this winter, the company said.",
    "Hans Keller, Alpen Chocolate's chief executive, said cocoa prices stayed high.",
)
built.affiliation(
    BESIDE,
    "Megan Doyle",
    ["Irish Rugby Union"],
    ["World Rugby"],
    "World Rugby confirmed on Thursday that Ireland had lodged the only bid for the 2031 tournament.",
    "Megan Doyle, chief executive of the Irish Rugby Union, called the news a great day.",
)
built.affiliation(
    BESIDE,
    "Tariq Aziz Khan",
    ["Karachi Port Authority"],
    ["Gulf Shipping Lines"],
    "Gulf Shipping Lines cancelled three sailings because of the storm.",
    "Tariq Aziz Khan of the Karachi Port Authority said berths would reopen on Friday.",
)
built.affiliation(
    BESIDE,
    "Chloe Martin",
    ["Lyon Metropole"],
    ["Rhone Transit"],
    "Rhone Transit drivers will strike on Monday, the union said.",
    "Lyon Metropole's transport chief, Chloe Martin, urged both sides to talk.",
)
built.affiliation(
    BESIDE,
    "Ivan Petrov",
    ["Sofia University"],
    ["Balkan Energy"],
    "Balkan Energy raised its forecast for the year.",
    "Ivan Petrov, a professor at Sofia University, said the rise reflected higher power prices.",
)
built.affiliation(
    BESIDE,
    "Dana Hollis",
    ["Greenfield Water"],
    ["River Trust"],
    "The River Trust published sewage figures on Wednesday.",
    "Dana Hollis, Greenfield Water's operations director, said spills had fallen by a third.",
)
built.affiliation(
    BESIDE,
    "Ali Rezaei",
    ["Caspian Airlines"],
    ["Civil Aviation Organisation"],
    "The Civil Aviation Organisation grounded two jets for checks.",
    "Ali Rezaei, a pilot with Caspian Airlines, said crews were told on Sunday.",
)
built.affiliation(
    BESIDE,
    "Emma Stone-Hart",
    ["Wessex Housing"],
    ["Harbour Homes"],
    "Harbour Homes sold 1,200 flats last year.",
    "Emma Stone-Hart, head of Wessex Housing, said rents in the city had risen 9 per cent.",
)
built.affiliation(
    BESIDE,
    "Sara Ndlovu",
    ["Transport Agency"],
    [],
    "The Transport Agency said on Monday that the bridge would close for repairs.",
    "The agency's director, Sara Ndlovu (ANC), said the work would take six weeks.",
)
built.affiliation(
    BESIDE,
    "Joel Amsel",
    ["Tern Robotics"],
    [],
    "Tern Robotics raised $40 million on Tuesday.",
    "Its co-founder, Joel Amsel of Haifa, said the money would fund a plant.",
)
built.affiliation(
    BESIDE,
    "Lena Fischer",
    ["Bavaria Motors"],
    [],
    "Bavaria Motors named a new finance chief on Friday.",
    "Lena Fischer, who joined from Audi Leasing, starts in March, the carmaker said.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
