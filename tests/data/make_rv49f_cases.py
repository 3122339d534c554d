# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 49's acted_bodies reading (``grounding_rv49f.jsonl``, review
rv49f of cl49f; :mod:`summarizer.verification.people.acted_bodies`), cases written by the
reviewer in new words, at the edges of

- ``acted``: the person's own body written only after a verb of theirs in a sentence naming
  them (a player who "helped Rovers beat", "fired Rovers ahead", a manager who "guided" his
  club, a chief who "thanked Harlow Foods staff", a nurse who sued the hospital "where she still
  works"), the tie given by a pronoun in another sentence; against a body only acted on in shapes
  the writer did not try (a progressive "is suing", a passive "was sued by", a possessive "X's
  lawsuit against", "took ... to court", a headline's present, a live-blog line);
- ``away``: the person's own body named away from them, stood in for by a noun the reading
  lacks ("the airline", "the retailer", "the lender"), with a possessive place or country in the
  person's apposition ("Ireland's best-paid executive") or a "Mr X, 52, of Leeds" read as a body
  of theirs; against another company, a rival or a regulator named away from a person of
  another body, in headlines, two-sentence statements and non-US spellings.

Run ``python tests/data/make_rv49f_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv49f.jsonl")

built = SupportCases(
    "rv49f",
    leads=[
        "By Orla Brennan | The Liffey Standard",
        "CHICAGO (Lakeshore Wire) -",
        "Business | The Tees Valley Echo",
        "From our Nairobi bureau, The Rift Courier.",
        "LIVE | The Wessex Gazette",
    ],
)
ACTED, AWAY = "acted", "away"


# --- acted: the person's own body after a verb of theirs; a body only acted on ---------------
built.affiliation(
    ACTED,
    "Kieran Walsh",
    ["Millbrook Rovers"],
    ["Castleford Town"],
    "Kieran Walsh helped Millbrook Rovers beat Castleford Town 3-1 on Saturday with two late goals.",
    "The 24-year-old joined the club from Galway in the summer.",
)
built.affiliation(
    ACTED,
    "Ayo Bankole",
    ["Harbour City FC"],
    ["Eastgate Athletic"],
    "Ayo Bankole fired Harbour City FC ahead after nine minutes against Eastgate Athletic.",
    "He has scored in each of his last four games for them.",
)
built.affiliation(
    ACTED,
    "Gareth Pryce",
    ["Dinas Wanderers"],
    ["Barry Albion"],
    "Gareth Pryce guided Dinas Wanderers to a first league title in 40 years, finishing six points clear of Barry Albion.",
    "He was appointed manager in 2022.",
)
built.affiliation(
    ACTED,
    "Dana Whitfield",
    ["Harlow Foods"],
    ["Brayford Dairies"],
    "Dana Whitfield thanked Harlow Foods staff for their work through the winter, and said talks with Brayford Dairies over a supply deal had ended.",
    "She has been the grocer's chief executive since 2019.",
)
built.affiliation(
    ACTED,
    "Maureen Kelleher",
    ["St Brendan's Hospital"],
    ["Health Service Executive"],
    "Maureen Kelleher sued St Brendan's Hospital, where she still works as a ward sister, over a missed promotion.",
    "The Health Service Executive, which funds the hospital, was not a party to the case.",
)
built.affiliation(
    ACTED,
    "Raj Menon",
    ["Kestrel Software"],
    ["Orbital Cloud"],
    "Raj Menon rebuilt Kestrel Software after a failed takeover bid by Orbital Cloud in 2021.",
    "He became chief executive of the company in 2020.",
)
built.affiliation(
    ACTED,
    "Ines Carvalho",
    ["Lusitania Bank"],
    ["Banco Atlantico"],
    "Ines Carvalho steadied Lusitania Bank during the 2023 run on deposits, when rival Banco Atlantico collapsed.",
    "She has chaired the lender since 2017.",
)
built.affiliation(
    ACTED,
    "Tom Ashworth",
    ["Pennine Water"],
    ["Ofwat"],
    "Tom Ashworth apologised to Pennine Water customers on Tuesday after the regulator, Ofwat, fined the utility £8m.",
    "He has run the company for three years.",
)
built.affiliation(
    ACTED,
    "Fatima Zahra Idrissi",
    ["Atlas Telecom"],
    ["Maroc Mobile"],
    "Fatima Zahra Idrissi urged Atlas Telecom's board to reject the bid from Maroc Mobile.",
    "She sits on the board as an independent director.",
)
built.affiliation(
    ACTED,
    "Colm Daly",
    ["Leinster"],
    ["Munster"],
    "Colm Daly kicked Leinster into a 12-point lead before half-time against Munster at the Aviva.",
    "The out-half has been with the province since the age of 19.",
)
# a body only acted on, in shapes the writer did not try
built.affiliation(
    ACTED,
    "Helen Osei",
    ["Volta Rail"],
    ["Accra Freight"],
    "Helen Osei, chief executive of Volta Rail, is suing Accra Freight for breach of contract.",
    "A hearing is set for March.",
)
built.affiliation(
    ACTED,
    "Marek Nowak",
    ["Vistula Energy"],
    ["Baltic Pipe Co"],
    "Baltic Pipe Co was sued on Monday by Marek Nowak, the founder of Vistula Energy.",
    "The claim is worth 90 million zloty.",
)
built.affiliation(
    ACTED,
    "Sienna Blake",
    ["Coral Reef Trust"],
    ["Great Southern Mining"],
    "Sienna Blake, the Coral Reef Trust's campaign director, took Great Southern Mining to court over the dredging plan.",
    "The case opens in Brisbane next week.",
)
built.affiliation(
    ACTED,
    "Owen Jarvis",
    ["Rhondda Tenants' Union"],
    ["Valleys Homes"],
    "Valleys Homes faces a legal challenge.",
    "Owen Jarvis, secretary of the Rhondda Tenants' Union, lodged the claim against Valleys Homes on Friday.",
)
built.affiliation(
    ACTED,
    "Leila Haddad",
    ["Cedar Media"],
    ["Beirut Broadcasting Corp"],
    "Cedar Media's Haddad slams Beirut Broadcasting Corp over ratings claims",
    "Leila Haddad, who runs Cedar Media, said the figures were wrong.",
)
built.affiliation(
    ACTED,
    "Nils Berg",
    ["Fjord Salmon"],
    ["Norwegian Food Safety Authority"],
    "11:05 Fjord Salmon chief Nils Berg meets Norwegian Food Safety Authority officials in Bergen.",
    "11:40 No statement yet from either side.",
)
built.affiliation(
    ACTED,
    "Graham Tull",
    ["Ashby Parish Council"],
    ["Midshire County Council"],
    "Graham Tull, chairman of Ashby Parish Council, has written twice to Midshire County Council about the potholes.",
    "He has had no reply.",
)
built.affiliation(
    ACTED,
    "Amara Eze",
    ["Lagos Traders Association"],
    ["Federal Inland Revenue Service"],
    "Amara Eze of the Lagos Traders Association petitioned the Federal Inland Revenue Service over the new levy.",
    "Traders closed their stalls for a day in protest.",
)
built.affiliation(
    ACTED,
    "Victor Lindgren",
    ["Nordbank"],
    ["Kronan Finans"],
    "Nordbank's Victor Lindgren, who spent a year negotiating with Kronan Finans, said the merger was off.",
    "Shares in both lenders fell.",
)
built.affiliation(
    ACTED,
    "Chloe Marsh",
    ["Severn Valley Railway Trust"],
    ["Network Rail"],
    "Chloe Marsh, a volunteer with the Severn Valley Railway Trust, complained to Network Rail about the closure of the crossing.",
    "The crossing will reopen in May.",
)

# the mend's edges: a verb that moves another body, a thanked body, a clause of another tie
built.affiliation(
    ACTED,
    "Sara Lind",
    ["Baltic Shippers Council"],
    ["Nordhavn Ports"],
    "Sara Lind, who chairs the Baltic Shippers Council, forced Nordhavn Ports to drop the new berthing fee.",
    "The port said it would review its charges.",
)
built.affiliation(
    ACTED,
    "Jack Rowe",
    ["Greenbank Allotment Society"],
    ["Northfield Council"],
    "Jack Rowe thanked Northfield Council for the grant on Saturday.",
    "Rowe, secretary of the Greenbank Allotment Society, said the money would pay for a new shed.",
)
built.affiliation(
    ACTED,
    "Ada Obi",
    ["Riverside Hospital"],
    ["Kingsmead Clinic"],
    "Ada Obi, a nurse at Riverside Hospital, sued Kingsmead Clinic, where she was treated in 2022, for negligence.",
    "The clinic denies the claim.",
)
built.affiliation(
    ACTED,
    "Dylan Hughes",
    ["Aberavon Quins"],
    ["Neath Athletic"],
    "Dylan Hughes beat Neath Athletic almost single-handed on Saturday, and helped Aberavon Quins to a fourth straight win.",
    "Hughes scored three tries.",
)

# --- away: the person's own body named away from them; another's named away ----------------
built.affiliation(
    AWAY,
    "Conor Fahy",
    ["Aerlinn Air"],
    ["Skybridge"],
    "Aerlinn Air reported a record summer profit on Monday, ahead of rival Skybridge.",
    "The airline's chief executive, Conor Fahy, Ireland's best-paid boss, said fares would rise.",
)
built.affiliation(
    AWAY,
    "Rachel Okonjo",
    ["the Treasury"],
    ["the Bank of England"],
    "The Treasury published its borrowing forecast on Thursday, a day after the Bank of England held rates.",
    "Rachel Okonjo, Britain's chancellor, said the figures showed the plan was working.",
)
built.affiliation(
    AWAY,
    "Ewan Rees",
    ["Cambrian Stores"],
    ["Valley Mart"],
    "Cambrian Stores will close 30 shops, it said on Wednesday, after losing ground to Valley Mart.",
    "The retailer's boss, Ewan Rees, Wales's largest private employer, said the decision was painful.",
)
built.affiliation(
    AWAY,
    "Deborah Lang",
    ["Thornbury Building Society"],
    ["Halcombe Bank"],
    "Thornbury Building Society raised its mortgage rates on Friday, following Halcombe Bank.",
    "Deborah Lang, 58, of Harrogate, who has led the lender since 2020, said savers would benefit.",
)
built.affiliation(
    AWAY,
    "Kofi Mensah",
    ["Ashanti Gold Fields"],
    ["Golden Star Resources"],
    "Ashanti Gold Fields cut its output forecast on Tuesday; Golden Star Resources kept its own.",
    "The miner's chief executive, Kofi Mensah, Ghana's longest-serving mining boss, blamed heavy rains.",
)
built.affiliation(
    AWAY,
    "Priya Shah",
    ["Midlands Air Ambulance Charity"],
    ["West Midlands Ambulance Service"],
    "The Midlands Air Ambulance Charity flew 2,000 missions last year, alongside crews from the West Midlands Ambulance Service.",
    "Priya Shah, Birmingham's first female air ambulance pilot, said the charity needed a second helicopter.",
)
built.affiliation(
    AWAY,
    "Lucas Moreau",
    ["Nordlys Broadcasting"],
    ["Channel Seven"],
    "Nordlys Broadcasting has won the rights to the league for five seasons, outbidding Channel Seven.",
    "The broadcaster's director of sport, Lucas Moreau, Europe's most experienced rights negotiator, called it a coup.",
)
built.affiliation(
    AWAY,
    "Hannah Weiss",
    ["Juniper Insurance"],
    ["the Financial Conduct Authority"],
    "Juniper Insurance will refund 80,000 customers, the Financial Conduct Authority said on Monday.",
    "The insurer's chief executive, Hannah Weiss, London's youngest FTSE 250 boss, apologised.",
)
built.affiliation(
    AWAY,
    "Samuel Achebe",
    ["University of Port Harcourt"],
    ["Rivers State University"],
    "The University of Port Harcourt has reopened after a two-week strike; Rivers State University stays shut.",
    "The university's vice-chancellor, Samuel Achebe, Nigeria's youngest, welcomed students back.",
)
built.affiliation(
    AWAY,
    "Greta Holm",
    ["Solvik Brewing"],
    ["Carlsfeld"],
    "Solvik Brewing has bought a craft brewery in Malmo, it said, in a deal that beats a bid by Carlsfeld.",
    "The brewer's chief executive, Greta Holm, Sweden's first woman to run a brewer, said the deal was 'a good fit'.",
)
# the person's own body named away from a person the page ties to another name
built.affiliation(
    AWAY,
    "Kieran Walsh",
    ["Millbrook Rovers"],
    ["Castleford Town"],
    "Millbrook Rovers beat Castleford Town 2-0 on Saturday.",
    "Kieran Walsh, Ireland's captain, scored both goals for the side.",
)
built.affiliation(
    AWAY,
    "Lena Fischer",
    ["Halden Motors"],
    ["Saxon Auto Parts"],
    "Halden Motors will cut 2,000 jobs in Germany, mostly at plants supplied by Saxon Auto Parts.",
    "Lena Fischer, Europe's longest-serving car boss, told staff at the carmaker's Leipzig plant that no site would close.",
)
built.affiliation(
    AWAY,
    "Mark Ellis",
    ["Verdant Estates"],
    ["Brightwater Living"],
    "Verdant Estates posted a first-half loss on Monday, as did Brightwater Living.",
    "The housebuilder's founder, Mark Ellis, who also chairs the Home Builders Federation, blamed the cost of materials.",
)
built.affiliation(
    AWAY,
    "Ruth Adeyemi",
    ["Kano Medical College"],
    ["Aminu Teaching Hospital"],
    "Kano Medical College will take 400 more students next year; Aminu Teaching Hospital will train them.",
    "Ruth Adeyemi, Nigeria's leading cardiologist, who is dean at the college, said the plan was long overdue.",
)
# the mend's edge: a trade noun beside the person stands for the story's subject only
built.affiliation(
    AWAY,
    "Isla Drummond",
    ["Caledonian Rail"],
    ["Forth Freight"],
    "Caledonian Rail cut 300 jobs on Tuesday, and said it would sell its stake in Forth Freight.",
    "Isla Drummond, Scotland's most senior rail executive, said the operator had no choice.",
)
built.affiliation(
    AWAY,
    "Omar Farouk",
    ["Nile Cement"],
    ["Suez Aggregates"],
    "Prices for sand from Suez Aggregates rose 12% in May.",
    "Nile Cement raised its own prices on Sunday.",
    "Omar Farouk, Egypt's best-known builder, told reporters the producer had been forced to follow.",
)
# another body named away from a person of another body: must still be refused
built.affiliation(
    AWAY,
    "Anil Kapoor",
    ["Deccan Steel"],
    ["Konkan Metals"],
    "Konkan Metals raised its prices by 4% on Monday.",
    "Anil Kapoor, Deccan Steel's chief executive, said his firm would hold prices until June.",
)
built.affiliation(
    AWAY,
    "Julia Brandt",
    ["Elbe Logistik"],
    ["Hanse Cargo"],
    "Hanse Cargo posted a loss for the third year running.",
    "Elbe Logistik chief Julia Brandt, speaking in Hamburg on Tuesday, said the whole sector was struggling.",
)
built.affiliation(
    AWAY,
    "Marcus Bell",
    ["Ridgeway Analytics"],
    ["Halden Motors"],
    "Halden Motors recalls 40,000 cars over brake fault",
    "The recall covers models built in 2023, the carmaker said.",
    "Marcus Bell, an analyst with Ridgeway Analytics, said the cost would be modest.",
)
built.affiliation(
    AWAY,
    "Yuki Sato",
    ["Mizuho Research"],
    ["Kansai Electric"],
    "Kansai Electric restarted a reactor on Monday.",
    "Yuki Sato, a strategist with Mizuho Research, said the shares had further to rise.",
)
built.affiliation(
    AWAY,
    "Olivia Grant",
    ["Citizens Advice"],
    ["Northern Powerlink"],
    "Northern Powerlink has been fined £2m for overcharging customers on prepayment meters.",
    "Olivia Grant, a spokeswoman for Citizens Advice, said households were owed far more.",
)
built.affiliation(
    AWAY,
    "Tariq Aziz Khan",
    ["Indus Textiles"],
    ["Karachi Stock Exchange"],
    "Shares rose 3% on the Karachi Stock Exchange on Thursday.",
    "Tariq Aziz Khan, the chairman of Indus Textiles, said exports were picking up.",
)
built.affiliation(
    AWAY,
    "Elena Rossi",
    ["Banca Padana"],
    ["the European Central Bank"],
    "The European Central Bank cut rates by a quarter point on Thursday.",
    "Elena Rossi, chief economist at Banca Padana, said a further cut in March was likely.",
)
built.affiliation(
    AWAY,
    "Ben Tull",
    ["Westmere Rugby Club"],
    ["Rugby Football Union"],
    "The Rugby Football Union has changed the tackle height rules for the amateur game.",
    "Ben Tull, head coach of Westmere Rugby Club, said players would need time to adapt.",
)
built.affiliation(
    AWAY,
    "Nora Quinn",
    ["Quinn & Partners"],
    ["Galway City Council"],
    "Galway City Council approved the harbour plan on Monday night.",
    "Nora Quinn, founder of the architects Quinn & Partners, said the vote was overdue.",
)
built.affiliation(
    AWAY,
    "Paul Achterberg",
    ["Rijn Chemie"],
    ["Dutch Safety Board"],
    "The Dutch Safety Board will publish its report on the Rotterdam fire in June.",
    "Paul Achterberg, Rijn Chemie's head of safety, said the plant had been inspected in 2024.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
