# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 50's act_shapes reading (``grounding_rv50f.jsonl``, review
rv50f of branch cl50f; :mod:`summarizer.verification.people.act_shapes`), at the edges of

- ``own``: the person's OWN body in the shapes the branch reads as another's: a passive of
  hiring, appointing, signing, lending or promoting ("was hired by", "was loaned by", "was
  re-elected by members of"), "joined rival X", "moved to rival X", "left X to join rival Y"
  (Y is theirs), their club as the subject of "beat" ("X scored twice and Rovers beat City",
  "Rovers, captained by X, beat City"), a second verb of membership or leading ("and led X",
  "and rejoined X", "and now chairs X"), kept; against the beaten side, the club left behind
  only where the page says so, and an outside body in the same sentences, refused;
- ``neutral``: a verb or passive of adversity in a neutral sense ("faces a busy season at X",
  "was backed by her union", "was praised by"), the body the person speaks FOR in a dispute
  ("X, for the union, lodged a complaint against Y"), a He/She sentence tying the body after a
  sentence of adversity, kept; against the disputed party, refused;
- ``leak``: what the restructuring may let through: the other side in the branch's shapes
  written in other words ("was taken to an employment tribunal by", "is being sued by",
  "lost 3-1 to", "in a row with", "and then criticised"), refused; beside the person's own body
  in the same page, kept.

Run ``python tests/data/make_rv50f_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv50f.jsonl")

built = SupportCases(
    "rv50f",
    leads=[
        "By Maeve Doherty | The Solent Echo",
        "PITTSBURGH (Rustbelt Wire) -",
        "Sport | The Mersey Clarion",
        "From our Belfast desk, The Lagan Post.",
        "LIVE | The Tyne Gazette",
        "OPINION | The Prairie Register",
    ],
)
OWN, NEUTRAL, LEAK = "own", "neutral", "leak"


# --- own: the person's own body in the shapes read as another's -------------------------------
built.affiliation(
    OWN,
    "Priya Nandakumar",
    ["Calder Valley Trust"],
    ["Care Quality Commission"],
    "Priya Nandakumar was hired by the Calder Valley Trust in March, weeks after the Care Quality Commission rated its maternity wards inadequate, and she has since rebuilt the rota from scratch.",
    "The trust said staffing had improved.",
)
built.affiliation(
    OWN,
    "Darnell Hughes",
    ["Allegheny County Port Authority"],
    ["Federal Transit Administration"],
    "Darnell Hughes, who was appointed by the Allegheny County Port Authority last fall to fix its bus network, told riders on Tuesday that the Federal Transit Administration had signed off on new routes.",
    "Service changes begin in June.",
)
built.affiliation(
    OWN,
    "Callum Reid",
    ["Hibernian"],
    ["Hearts"],
    "Callum Reid, who was signed by Hibernian from Dundee in the summer, scored the winner against Hearts at Easter Road on Sunday.",
    "It was his fourth goal of the season.",
)
built.affiliation(
    OWN,
    "Jonny Evans",
    ["Burnley"],
    ["Luton Town"],
    "Jonny Evans, the teenager who was loaned by Burnley to Luton Town in January, is expected back at Turf Moor for pre-season.",
    "Burnley's manager praised his progress.",
)
built.affiliation(
    OWN,
    "Sandra Oyelaran",
    ["Midland Mutual"],
    ["Financial Conduct Authority"],
    "Sandra Oyelaran, promoted by Midland Mutual to chief risk officer last year, is now leading its response to a Financial Conduct Authority review of savings rates.",
    "The review is expected to end in the spring.",
)
built.affiliation(
    OWN,
    "Marco Silvestri",
    ["Torino"],
    ["Juventus"],
    "The goalkeeper Marco Silvestri, who left Juventus to join rival Torino in 2023, kept a clean sheet in the derby.",
    "Torino's fans sang his name.",
)
built.affiliation(
    OWN,
    "Ruth Kamara",
    ["Channel 7 News"],
    [],
    "Ruth Kamara, the anchor who moved to rival Channel 7 News after a decade at Metro TV, fronted its election coverage on Thursday night.",
    "Ratings rose by a fifth.",
)
built.affiliation(
    OWN,
    "Declan Foley",
    ["Munster"],
    ["Leinster"],
    "Declan Foley joined rival Munster from Ulster last summer and on Saturday he kicked 14 points as they beat Leinster at Thomond Park.",
    "Munster stay second in the table.",
)
built.affiliation(
    OWN,
    "Harvey Lowe",
    ["Tranmere Rovers"],
    ["Bradford City"],
    "Harvey Lowe scored twice and Tranmere Rovers beat Bradford City 3-1 at Prenton Park, lifting them out of the bottom four.",
    "The home side had lost their previous three games.",
)
built.affiliation(
    OWN,
    "Ellie Burrows",
    ["Sheffield Steelers"],
    ["Nottingham Panthers"],
    "The Sheffield Steelers, captained by Ellie Burrows for the first time, beat the Nottingham Panthers 4-2 on Saturday night.",
    "Burrows was named player of the match.",
)
built.affiliation(
    OWN,
    "Nathan Cole",
    ["Wigan Warriors"],
    ["St Helens"],
    "Wigan Warriors, coached by Nathan Cole since 2022, beat St Helens 18-6 in a bruising derby at the DW Stadium.",
    "Cole said his side had defended superbly.",
)
built.affiliation(
    OWN,
    "Joaquin Ruiz",
    ["Harbor Freight Workers Union"],
    ["Pacific Maritime Association"],
    "Joaquin Ruiz spent 20 years loading ships in Oakland and led the Harbor Freight Workers Union through the 2024 contract talks with the Pacific Maritime Association.",
    "The deal raised pay by 32 percent over six years.",
)
built.affiliation(
    OWN,
    "Fiona MacLeod",
    ["Scottish Rugby Union"],
    [],
    "Fiona MacLeod played 40 times for Scotland, coached in New Zealand and rejoined the Scottish Rugby Union as head of performance in April.",
    "She starts work at Murrayfield next month.",
)
built.affiliation(
    OWN,
    "Bernard Achebe",
    ["Lagos Business School"],
    ["Central Bank of Nigeria"],
    "Bernard Achebe advised the Central Bank of Nigeria for a decade and now chairs the Lagos Business School, where he teaches a course on monetary policy.",
    "His new book is out in May.",
)
built.affiliation(
    OWN,
    "Hannah Ostrowski",
    ["Teamsters Local 743"],
    ["UPS"],
    "Hannah Ostrowski drove for UPS for nine years, organised her depot and was re-elected by members of Teamsters Local 743 as their president on Friday.",
    "She won 61 percent of the vote.",
)
built.affiliation(
    OWN,
    "Gareth Pugh",
    ["Ospreys"],
    ["Cardiff Rugby"],
    "Gareth Pugh, picked by the Ospreys for Friday's game despite a hamstring strain, is likely to face Cardiff Rugby's pack at the Swansea.com Stadium.",
    "The Ospreys have won three in a row.",
)
built.affiliation(
    OWN,
    "Leah Brennan",
    ["Brighton and Hove Albion"],
    ["Manchester City"],
    "Leah Brennan, recruited by Brighton and Hove Albion from Bristol City, scored against Manchester City in a 2-2 draw on Sunday.",
    "Brighton are unbeaten in five.",
)
built.affiliation(
    OWN,
    "Tomasz Wojcik",
    ["Polish Air Navigation Services Agency"],
    ["European Commission"],
    "Tomasz Wojcik was promoted by the Polish Air Navigation Services Agency to director of operations in May, just as the European Commission opened an inquiry into summer delays.",
    "He has worked for the agency since 2009.",
)

# --- neutral: shapes of adversity in a neutral sense, and one's side in a dispute -----------
built.affiliation(
    NEUTRAL,
    "Amara Diallo",
    ["Royal College of Nursing"],
    ["NHS Employers"],
    "Amara Diallo was backed by her union, the Royal College of Nursing, after NHS Employers refused to reinstate her following a disciplinary hearing.",
    "A tribunal date has yet to be set.",
)
built.affiliation(
    NEUTRAL,
    "Oliver Grant",
    ["Eastleigh Borough Council"],
    [],
    "Oliver Grant was re-elected by members of Eastleigh Borough Council as its leader on Wednesday evening, by 28 votes to 11.",
    "He has led the council since 2021.",
)
built.affiliation(
    NEUTRAL,
    "Kemi Adeyemi",
    ["Southampton FC"],
    [],
    "Kemi Adeyemi, who was named captain by Southampton FC in August, faces a busy winter with the club playing three times in eight days over Christmas.",
    "She has not missed a game this season.",
)
built.affiliation(
    NEUTRAL,
    "Rob Whitfield",
    ["Unison"],
    ["Hampshire County Council"],
    "Rob Whitfield, for Unison, lodged a formal complaint against Hampshire County Council over the closure of three care homes in the New Forest.",
    "The council said it had consulted widely.",
)
built.affiliation(
    NEUTRAL,
    "Maria Santos",
    ["Service Employees International Union"],
    ["Kaiser Permanente"],
    "Speaking for the Service Employees International Union, Maria Santos filed a grievance against Kaiser Permanente on Monday, saying nurses had been denied breaks.",
    "Kaiser said it was reviewing the grievance.",
)
built.affiliation(
    NEUTRAL,
    "Imran Qureshi",
    ["Transport Salaried Staffs' Association"],
    ["Network Rail"],
    "Imran Qureshi was questioned by MPs on the transport committee about the dispute with Network Rail, which he said had dragged on for too long.",
    "He is the general secretary of the Transport Salaried Staffs' Association.",
)
built.affiliation(
    NEUTRAL,
    "Sinead Byrne",
    ["Irish Farmers' Association"],
    ["Department of Agriculture"],
    "Sinead Byrne is under pressure from dairy farmers after the Department of Agriculture cut the nitrates derogation.",
    "She chairs the Irish Farmers' Association's dairy committee and said members were angry.",
)
built.affiliation(
    NEUTRAL,
    "Luis Ortega",
    ["Texas Medical Association"],
    ["Texas Medical Board"],
    "Luis Ortega was sued by a former patient in 2019 and cleared by the Texas Medical Board two years later.",
    "He now works for the Texas Medical Association, lobbying on malpractice caps.",
)
built.affiliation(
    NEUTRAL,
    "Chloe Abbott",
    ["Newcastle United"],
    ["Sunderland"],
    "Chloe Abbott faces her old club Sunderland on Sunday in the first Tyne-Wear derby of the season.",
    "She plays for Newcastle United, who she joined in the summer, and has scored six goals.",
)
built.affiliation(
    NEUTRAL,
    "Peter Lindqvist",
    ["Volvo Cars"],
    [],
    "Peter Lindqvist, praised by Volvo Cars for steering its electric launch, is stepping down as head of design at the end of the year.",
    "Volvo Cars said a successor would be named soon.",
)
built.affiliation(
    NEUTRAL,
    "Janet Oduya",
    ["GMB"],
    ["Asda"],
    "Janet Oduya, representing the GMB, is challenging Asda at the Court of Appeal over equal pay for shop-floor staff.",
    "Asda says the jobs are not comparable.",
)
built.affiliation(
    NEUTRAL,
    "Ahmed Farah",
    ["Minnesota Nurses Association"],
    ["Allina Health"],
    "Ahmed Farah is in a long-running dispute with Allina Health over staffing levels at its Minneapolis hospitals.",
    "He is the president of the Minnesota Nurses Association, which represents 15,000 nurses.",
)
built.affiliation(
    NEUTRAL,
    "Karen Doyle",
    ["Belfast City Council"],
    ["Northern Ireland Water"],
    "Karen Doyle has been fighting Northern Ireland Water over sewage overflows in the Lagan for three years.",
    "She sits on Belfast City Council for the Alliance Party and chairs its environment committee.",
)
built.affiliation(
    NEUTRAL,
    "Stephen Mbeki",
    ["Cape Town Stormers"],
    ["Leinster"],
    "Stephen Mbeki, who was backed by the Cape Town Stormers to lead the line despite a poor run, faces Leinster in Dublin on Saturday.",
    "The Stormers' coach said he had every faith in him.",
)

# --- leak: the other side in words the branch reads otherwise --------------------------------
built.affiliation(
    LEAK,
    "Dennis Arkwright",
    ["Pennine Logistics"],
    ["Road Haulage Association"],
    "Dennis Arkwright, managing director of Pennine Logistics, was taken to an employment tribunal by the Road Haulage Association last year over unpaid fees.",
    "The tribunal found in his favour.",
)
built.affiliation(
    LEAK,
    "Yvonne Castellanos",
    ["Rio Grande Solar"],
    ["Sierra Club"],
    "Yvonne Castellanos, who runs Rio Grande Solar, is being sued by the Sierra Club over a plant near a wildlife refuge in New Mexico.",
    "She said the plant was lawful.",
)
built.affiliation(
    LEAK,
    "Aidan Murphy",
    ["Shamrock Rovers"],
    ["Bohemians"],
    "Aidan Murphy of Shamrock Rovers saw red in the 70th minute as his side lost 3-1 to Bohemians at Dalymount Park.",
    "Rovers appeal the card on Monday.",
)
built.affiliation(
    LEAK,
    "Greta Holm",
    ["Nordic Air"],
    ["Danish Competition Authority"],
    "Greta Holm, chief executive of Nordic Air, is in a row with the Danish Competition Authority over slot rules at Copenhagen.",
    "The authority declined to comment.",
)
built.affiliation(
    LEAK,
    "Victor Osei",
    ["Accra Hearts of Oak"],
    ["Asante Kotoko"],
    "Victor Osei, the Accra Hearts of Oak striker, scored a late equaliser in the 1-1 draw against Asante Kotoko.",
    "The result keeps Hearts top.",
)
built.affiliation(
    LEAK,
    "Lena Fischer",
    ["Bavaria Steel"],
    ["IG Metall"],
    "Lena Fischer, head of human resources at Bavaria Steel, met the works council and then criticised IG Metall for calling a warning strike.",
    "The union said the strike would go ahead.",
)
built.affiliation(
    LEAK,
    "Omar Haddad",
    ["Gulf Petrochemicals"],
    ["Securities and Commodities Authority"],
    "Omar Haddad, chairman of Gulf Petrochemicals, was fined by the Securities and Commodities Authority for late disclosures.",
    "The fine was 500,000 dirhams.",
)
built.affiliation(
    LEAK,
    "Bethany Cross",
    ["Norfolk Constabulary"],
    ["Independent Office for Police Conduct"],
    "Bethany Cross, a Norfolk Constabulary inspector, is under investigation by the Independent Office for Police Conduct after a pursuit in King's Lynn.",
    "She remains on duty.",
)
built.affiliation(
    LEAK,
    "Ravi Menon",
    ["Kerala Blasters"],
    ["Bengaluru FC"],
    "Ravi Menon, Kerala Blasters' goalkeeper, kept out a penalty but could not stop Bengaluru FC's late winner.",
    "Bengaluru FC moved up to third.",
)
built.affiliation(
    LEAK,
    "Patrick Ng",
    ["Hong Kong Airlines"],
    ["Civil Aviation Department"],
    "Patrick Ng, operations director at Hong Kong Airlines, flew to Beijing and briefed the Civil Aviation Department on the grounding.",
    "Flights resumed on Friday.",
)
built.affiliation(
    LEAK,
    "Sally Whitmore",
    ["Thames Valley Police Federation"],
    ["Home Office"],
    "Sally Whitmore of the Thames Valley Police Federation, who is suing the Home Office over pensions, said officers felt let down.",
    "The Home Office said it would defend the claim.",
)
built.affiliation(
    LEAK,
    "Ivan Petrov",
    ["Sofia Metro"],
    ["Siemens Mobility"],
    "Ivan Petrov, director of Sofia Metro, has launched legal action against Siemens Mobility over delayed trains.",
    "Siemens Mobility said the delays were outside its control.",
)

# --- more: a dispute noun, a passive or a progressive with the person's own body -------------
built.affiliation(
    OWN,
    "Kelvin Ashworth",
    ["Fire Brigades Union"],
    ["London Fire Commissioner"],
    "Kelvin Ashworth said the legal challenge by the Fire Brigades Union against the London Fire Commissioner would go to the High Court in the new year.",
    "He is the union's London regional secretary.",
)
built.affiliation(
    OWN,
    "Erik Sandvik",
    ["Rosenborg"],
    ["Molde"],
    "Erik Sandvik hailed the win by Rosenborg over Molde as the best of his four seasons in charge, and said the title race was open again.",
    "Rosenborg are two points off the top.",
)
built.affiliation(
    OWN,
    "Josie Carver",
    ["Unite"],
    ["Stagecoach"],
    "Josie Carver, the regional officer, made an appeal to Unite members on Friday to back the offer from Stagecoach in a ballot that closes next week.",
    "Drivers had walked out four times since June.",
)
built.affiliation(
    OWN,
    "Wendy Achterberg",
    ["GMB"],
    ["Birmingham City Council"],
    "Wendy Achterberg, a school cook who brought the equal pay case with the GMB, said Birmingham City Council had ignored women like her for years.",
    "The council has set aside 760 million pounds.",
)
built.affiliation(
    OWN,
    "Gethin Rees",
    ["Ospreys"],
    ["Scarlets"],
    "Gethin Rees grew up in Neath and played for the Ospreys for a decade before a knee injury ended his career at 29 in a game against the Scarlets.",
    "He now coaches in the academy.",
)
built.affiliation(
    OWN,
    "Tara Quinlan",
    ["Dublin Simon Community"],
    ["Dublin City Council"],
    "Tara Quinlan trained as a nurse and volunteered with the Dublin Simon Community for six years before Dublin City Council hired her to run its night shelters.",
    "The shelters have 300 beds.",
)
built.affiliation(
    OWN,
    "Ben Ashcroft",
    ["Leeds United"],
    ["Sheffield Wednesday"],
    "Ben Ashcroft, who is playing for Leeds United on loan from Brentford this season, scored the opener against Sheffield Wednesday on Saturday.",
    "Leeds top the Championship.",
)
built.affiliation(
    OWN,
    "Anjali Mehta",
    ["Liberal Democrats"],
    ["Conservative Party"],
    "Anjali Mehta, who is standing for the Liberal Democrats in Wokingham, said the Conservative Party had taken the seat for granted.",
    "The seat had a Tory majority of 7,000.",
)
built.affiliation(
    OWN,
    "Matty Cash",
    ["Coventry City"],
    [],
    "Matty Cash was fined by his club, Coventry City, for turning up late to training on the eve of the cup tie.",
    "The fine was two weeks' wages.",
)
built.affiliation(
    OWN,
    "Lucy Whitcombe",
    ["Labour Party"],
    ["Green Party"],
    "Lucy Whitcombe was censured by the Labour Party's national executive after sharing a post from the Green Party, but she keeps the whip.",
    "She has represented the ward since 2018.",
)
built.affiliation(
    NEUTRAL,
    "Graham Tolley",
    ["Conservative Party"],
    ["Reform UK"],
    "Graham Tolley faces a leadership challenge from within the Conservative Party after a string of defections to Reform UK in the county.",
    "He has led the group since 2017.",
)
built.affiliation(
    NEUTRAL,
    "Noor Hassan",
    ["Detroit Federation of Teachers"],
    ["Detroit Public Schools Community District"],
    "Noor Hassan, who is organizing for the Detroit Federation of Teachers, said talks with the Detroit Public Schools Community District had stalled over class sizes.",
    "A strike vote is set for March.",
)
built.affiliation(
    NEUTRAL,
    "Callum Bright",
    ["Dundee United"],
    ["Aberdeen"],
    "Callum Bright was challenged by Dundee United's manager to score more goals, and on Saturday he answered with two against Aberdeen.",
    "United won 3-0.",
)
built.affiliation(
    NEUTRAL,
    "Rosa Delgado",
    ["United Farm Workers"],
    ["Driscoll's"],
    "Rosa Delgado, speaking on behalf of the United Farm Workers, said a complaint against Driscoll's would be filed with the state labor board this week.",
    "Driscoll's said it followed the law.",
)
built.affiliation(
    NEUTRAL,
    "Mikkel Hansen",
    ["Danish Handball Federation"],
    [],
    "Mikkel Hansen was pressed by reporters on his future on Sunday. He is still under contract with the Danish Handball Federation until 2026 as an adviser.",
    "He did not rule out a return.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
