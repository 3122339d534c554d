# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of roles the page gives another named person (``grounding_rivalroles29.jsonl``;
:mod:`summarizer.verification.people.role_rivals`), after Gemma 3 270M's misses on the gold
articles (session 29: a musician given the tax-office post of the next person named, that
person given the administration a third "heads", Trump and Putin given Rubio's and Lavrov's
offices), by category, each with what must pass and what must fail:

- ``rival-post``: a person the page describes ("X, a nurse at ...", "X, who runs ...", "X is
  the ...") keeps the roles the page gives them, in its words or in other ones ("head of the
  city's water utility" for "who runs the city's water utility", "governor of the region" for
  "the region's governor", "minister" for "Foreign Minister"), and a post under another holder
  their description names ("Y, X's deputy"); refused, a post the page writes of another named
  person ("Z, who heads the regional fire service") or the body of another's post with this
  person's rank ("deputy chair of the committee" another chairs);
- ``sole-holder``: a person the page names bare is refused a role it gives only to others
  ("Foreign Minister X met Y": Y is no foreign minister; "Secretary of State" when the value
  adds "US"), and keeps it where the page leaves room: the role written of no one ("the
  governor herself"), in the plural, with "counterpart", a handing-over ("Y succeeded X as"),
  a head of state's bare title held by another country's leader ("President"), a generic role
  ("spokesman", "official") given in other words ("speaking for the ministry").

Run ``python tests/data/make_rivalroles29_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rivalroles29.jsonl")

built = SupportCases(
    "r29",
    leads=[
        "LEEDS (Northern Dispatch) -",
        "By Carmen Ortiz | The Lakeshore Tribune",
        "From our correspondent in Warsaw.",
        "WASHINGTON (Capitol Wire) -",
        "SYDNEY, Australia (Southern Cross News) -",
        "Translated from the Romanian service of Radio Carpathia.",
    ],
)
RIVAL, SOLE = "rival-post", "sole-holder"


# rival-post: the person has a description of their own; the value is another's post
crash = [
    "Eleven people died when a coach left the A64 near Tadcaster on Saturday night, North Yorkshire Police said.",
    "Among the dead were Priya Nandakumar, a paediatric nurse at the city's royal infirmary, and Colin Greaves, who was deputy head of the county's fire service.",
    "Fiona Hale, who chairs the county council's emergency committee, said the road would stay shut until Tuesday.",
]
built.person_role(
    RIVAL,
    "Priya Nandakumar",
    ["paediatric nurse", "nurse at the royal infirmary"],
    [
        "deputy head of the county's fire service",
        "chair of the county council's emergency committee",
    ],
    *crash,
)
built.person_role(
    RIVAL,
    "Colin Greaves",
    ["deputy head of the county fire service"],
    ["deputy chair of the county council's emergency committee"],
    *crash,
)
built.person_role(
    RIVAL,
    "Fiona Hale",
    ["chair of the emergency committee of the county council"],
    ["deputy head of the county's fire service"],
    *crash,
)

bridge = [
    "Crews closed two lanes of the Route 7 bridge over the Maumee River on Thursday after inspectors found cracked bearings.",
    "Dana Whitfield, a spokeswoman for the state transportation department, said repairs would take a month. Marcus Bell, the department's director of highway safety, said the bridge was not in danger of collapse.",
]
built.person_role(
    RIVAL,
    "Dana Whitfield",
    ["spokeswoman", "spokeswoman for the state transportation department"],
    ["director of highway safety"],
    *bridge,
)
built.person_role(RIVAL, "Marcus Bell", ["director of highway safety"], [], *bridge)

water = [
    "Jonas Weber, who runs the city's water utility, said the boil notice would be lifted by the weekend.",
    "Kerstin Albrecht is the deputy mayor of the city and spoke to residents at the town hall on Monday evening.",
]
built.person_role(
    RIVAL,
    "Jonas Weber",
    ["head of the city's water utility"],
    ["deputy mayor of the city", "deputy mayor"],
    *water,
)
built.person_role(
    RIVAL,
    "Kerstin Albrecht",
    ["deputy mayor of the city"],
    ["head of the city's water utility"],
    *water,
)

bushfire = [
    "A fast-moving bushfire destroyed four homes near Bega overnight.",
    "The blaze was first reported by Grace Tan, a volunteer with the Rural Fire Service, who saw smoke from her kitchen window.",
    "Superintendent Mark Ellery, who commands the service's far south coast district, said two aircraft had been sent in.",
]
built.person_role(
    RIVAL,
    "Grace Tan",
    ["volunteer with the Rural Fire Service", "volunteer"],
    ["commander of the far south coast district"],
    *bushfire,
)

club = [
    "Helen Carter, the club's chief executive, confirmed the sale of the training ground on Friday.",
    "Ben Osei, a midfielder who joined from Leeds in the summer, said the squad had been told of the move last week.",
]
built.person_role(
    RIVAL, "Ben Osei", ["midfielder"], ["chief executive of the club", "chief executive"], *club
)
built.person_role(
    RIVAL, "Helen Carter", ["chief executive", "the club's chief executive"], ["midfielder"], *club
)

bank = [
    "The bank will close 40 branches next year, Rahul Mehta, who heads its retail arm, told staff in a memo on Tuesday.",
    "Lucy Grant, the bank's head of credit risk, said loan losses had been lower than feared.",
]
built.person_role(
    RIVAL, "Rahul Mehta", ["head of the bank's retail arm"], ["head of credit risk"], *bank
)

campus = [
    "Alan Ruiz, who directs the university's climate institute, said the sensors would be placed along the whole bay.",
    "Maya Chen, a graduate student in oceanography, spent the summer building them.",
]
built.person_role(
    RIVAL,
    "Maya Chen",
    ["graduate student in oceanography", "graduate student"],
    ["director of the university's climate institute", "director of the climate institute"],
    *campus,
)
built.person_role(
    RIVAL,
    "Alan Ruiz",
    ["director of the university's climate institute"],
    ["graduate student in oceanography"],
    *campus,
)

region = [
    "Tomasz Zielinski, the region's governor, ordered the evacuation of three villages along the Vistula on Sunday.",
    "Ewa Lis, a teacher at the village school in Nowy Dwor, said the water reached the classrooms within an hour.",
]
built.person_role(RIVAL, "Tomasz Zielinski", ["governor of the region", "governor"], [], *region)
built.person_role(
    RIVAL, "Ewa Lis", ["teacher"], ["governor of the region", "the region's governor"], *region
)

deputy = [
    "Imran Qureshi, the province's health secretary, said vaccination teams would reach every district by March.",
    "Sana Mirza, Qureshi's deputy and a former surgeon, will lead the campaign in the northern districts.",
]
built.person_role(
    RIVAL, "Sana Mirza", ["deputy health secretary of the province", "deputy"], [], *deputy
)

minister = [
    "Penny Wong, the foreign minister, said Canberra would reopen its embassy in Kyiv.",
    "Richard Marles, who is defence minister, said the decision had been taken in cabinet.",
]
built.person_role(
    RIVAL,
    "Penny Wong",
    ["minister", "foreign minister", "Foreign Minister"],
    ["defence minister"],
    *minister,
)
built.person_role(
    RIVAL, "Richard Marles", ["minister", "defence minister"], ["foreign minister"], *minister
)


spouse = [
    "Marta Hrytsenko, the sister of Mayor Artem Kobzar, opened the shelter in the school gym on Monday.",
    "She said about 200 people had slept there since the strike.",
]
built.person_role(RIVAL, "Marta Hrytsenko", [], ["mayor", "Mayor"], *spouse)

handover = [
    "Anna Berg, who replaced Lars Dahl as defence minister in May, said the order for the frigates stood.",
    "Dahl now chairs the parliament's foreign affairs committee.",
]
built.person_role(
    RIVAL,
    "Anna Berg",
    ["defence minister"],
    ["chair of the parliament's foreign affairs committee"],
    *handover,
)

briefing = [
    "Among those at the briefing were Jake Sullivan, the national security adviser, and Secretary of State Antony Blinken.",
]
built.person_role(
    RIVAL, "Jake Sullivan", ["national security adviser"], ["Secretary of State"], *briefing
)

kyiv = [
    "Kyiv's mayor, Vitali Klitschko, said the metro stations would stay open as shelters through the night.",
    "Tymur Tkachenko, who heads the city's military administration, said the curfew would start an hour earlier.",
]
built.person_role(
    RIVAL,
    "Vitali Klitschko",
    ["mayor", "mayor of Kyiv"],
    ["head of the city military administration"],
    *kyiv,
)
built.person_role(
    RIVAL, "Tymur Tkachenko", ["head of the Kyiv city military administration"], ["mayor"], *kyiv
)

office = [
    "Andriy Yermak, head of the presidential office, and his deputy, Ihor Zhovkva, flew to Geneva for the talks.",
]
built.person_role(
    RIVAL,
    "Ihor Zhovkva",
    ["deputy head of the presidential office"],
    ["head of the presidential office"],
    *office,
)

press = [
    "White House spokeswoman Karoline Leavitt said the call had gone well.",
    "Anna Kelly, also a spokeswoman, declined to say how long it lasted.",
]
built.person_role(RIVAL, "Anna Kelly", ["White House spokeswoman", "spokeswoman"], [], *press)

motors = [
    "Mike Hawes, who runs the Society of Motor Manufacturers and Traders as chief executive, welcomed the quota.",
    "Business Secretary Jonathan Reynolds said talks on steel would continue.",
]
built.person_role(RIVAL, "Mike Hawes", ["chief executive"], ["Business Secretary"], *motors)

clause = [
    "Sarah Mullally, who trained as a nurse, is now the Archbishop of Canterbury, and Graham Usher, who chaired the selection panel, announced the result.",
]
built.person_role(
    RIVAL, "Sarah Mullally", ["Archbishop of Canterbury"], ["chair of the selection panel"], *clause
)

bodies = [
    "Roberta Metsola, president of the European Parliament, and Commission President Ursula von der Leyen opened the summit in Strasbourg.",
]
built.person_role(
    RIVAL,
    "Roberta Metsola",
    ["President of the European Parliament"],
    ["Commission President"],
    *bodies,
)

past = [
    "Mark Rutte, a former Dutch prime minister, now leads NATO. Prime Minister Dick Schoof welcomed him in The Hague.",
]
built.person_role(RIVAL, "Mark Rutte", [], ["prime minister", "Dutch prime minister"], *past)


# sole-holder: the person is named bare; the role is written of others only
warsaw = [
    "Chancellor Friedrich Merz travelled to Warsaw on Tuesday with Foreign Minister Johann Wadephul.",
    "Merz and Wadephul met Donald Tusk at the chancellery, and the three spoke to reporters afterwards.",
]
built.person_role(SOLE, "Donald Tusk", [], ["Foreign Minister", "German Foreign Minister"], *warsaw)
built.person_role(SOLE, "Johann Wadephul", ["Foreign Minister", "minister"], [], *warsaw)

alaska = [
    "The president sat down with his Russian guest shortly after noon. Joining Donald Trump were Secretary of State Marco Rubio and special envoy Steve Witkoff; Vladimir Putin brought Foreign Minister Sergei Lavrov and foreign-policy adviser Yuri Ushakov.",
]
built.person_role(
    SOLE, "Vladimir Putin", [], ["Foreign Minister", "Russian Foreign Minister"], *alaska
)
built.person_role(
    SOLE, "Donald Trump", ["president"], ["US Secretary of State", "Secretary of State"], *alaska
)
built.person_role(SOLE, "Marco Rubio", ["Secretary of State", "US Secretary of State"], [], *alaska)

coach = [
    "Head coach Arne Slot said Mohamed Salah would start against Brentford on Sunday after a week of rest.",
    "Salah has scored nine goals this season.",
]
built.person_role(SOLE, "Mohamed Salah", [], ["head coach", "coach"], *coach)
built.person_role(SOLE, "Arne Slot", ["head coach", "coach"], [], *coach)

senate = [
    "Senate Majority Leader John Thune said the chamber would vote on the funding bill before Friday.",
    "Chuck Schumer said Democrats would not supply the votes without an extension of health subsidies.",
]
built.person_role(SOLE, "Chuck Schumer", [], ["Senate Majority Leader", "Majority Leader"], *senate)
built.person_role(SOLE, "John Thune", ["Majority Leader", "Senate Majority Leader"], [], *senate)

police = [
    "Police Chief Maria Lopez told reporters that Kevin Park, 41, had been arrested at a motel in Fresno.",
    "Park is due in court on Monday.",
]
built.person_role(SOLE, "Kevin Park", [], ["police chief", "chief of police"], *police)
built.person_role(SOLE, "Maria Lopez", ["police chief", "chief of police"], [], *police)

un = [
    "UN Secretary-General Antonio Guterres called for an immediate pause in the fighting.",
    "Tedros Adhanom Ghebreyesus warned that hospitals in the city had run out of fuel.",
]
built.person_role(
    SOLE, "Tedros Adhanom Ghebreyesus", [], ["Secretary-General", "UN Secretary-General"], *un
)

governor = [
    "The governor herself ordered the evacuation of the riverside towns late on Sunday, her office said.",
    "Kathy Hochul later toured the flooded streets of Binghamton with Mayor Jared Kraham.",
]
built.person_role(SOLE, "Kathy Hochul", ["governor"], ["mayor"], *governor)

plural = [
    "The foreign ministers of France and Germany, Jean-Noel Barrot and Johann Wadephul, arrived in Kyiv by overnight train.",
    "They were met at the station by Foreign Minister Andrii Sybiha.",
]
built.person_role(SOLE, "Jean-Noel Barrot", ["Foreign Minister", "foreign minister"], [], *plural)

succession = [
    "Rachel Reeves succeeded Jeremy Hunt as chancellor of the exchequer after the July election.",
    "Reeves will deliver the budget on 26 November.",
]
built.person_role(
    SOLE,
    "Rachel Reeves",
    ["chancellor of the exchequer", "Chancellor of the Exchequer"],
    [],
    *succession,
)

counterpart = [
    "Foreign Minister Wang Yi met Subrahmanyam Jaishankar, his Indian counterpart, in New Delhi on Monday.",
]
built.person_role(
    SOLE, "Subrahmanyam Jaishankar", ["Foreign Minister", "foreign minister"], [], *counterpart
)

heads = [
    "Vladimir Putin said on Monday that the offer stood for one year.",
    "White House press secretary Karoline Leavitt said the decision belonged to President Donald Trump.",
]
built.person_role(SOLE, "Vladimir Putin", ["President"], ["press secretary"], *heads)

spokesman = [
    '"We will not comment on an ongoing case," said Omar Haddad, speaking for the interior ministry.',
    "Ministry spokesman Ivan Petrov had earlier confirmed the arrests.",
]
built.person_role(SOLE, "Omar Haddad", ["spokesman"], [], *spokesman)

cochair = [
    "The talks in Geneva are co-chaired by Norway and by Swiss diplomat Anna Keller.",
    "Lars Haugen, who was named co-chair on Monday, said the first session would open on Thursday.",
]
built.person_role(SOLE, "Lars Haugen", ["co-chair"], [], *cochair)

treasury = [
    "Treasury Secretary Scott Bessent told CNBC that talks with Beijing would resume in Madrid.",
    "He Lifeng will lead the Chinese side, the commerce ministry said.",
]
built.person_role(SOLE, "He Lifeng", [], ["Treasury Secretary", "US Treasury Secretary"], *treasury)

home = [
    "Home Secretary Shabana Mahmood told MPs that the asylum hotels would close by the end of the parliament.",
    "Nigel Farage called the pledge worthless.",
]
built.person_role(SOLE, "Nigel Farage", [], ["Home Secretary"], *home)
built.person_role(SOLE, "Shabana Mahmood", ["Home Secretary"], [], *home)


defence = [
    "Ukrainian defence chief Rustem Umerov flew to Berlin for talks on air defence.",
    "Defence Minister Boris Pistorius promised two more Patriot systems by the spring.",
]
built.person_role(SOLE, "Rustem Umerov", ["defence minister", "Defence Minister"], [], *defence)
built.person_role(SOLE, "Boris Pistorius", ["Defence Minister", "defence minister"], [], *defence)

talks = [
    "Chief negotiator Rustem Umerov met Steve Witkoff in Miami on Sunday.",
    "Andriy Yermak, who had led earlier rounds, was not at the table.",
]
built.person_role(SOLE, "Steve Witkoff", [], ["chief negotiator"], *talks)

sacramento = [
    "Governor Gavin Newsom signed the housing bill in Sacramento on Tuesday.",
    "Kamala Harris praised it in a post on social media.",
]
built.person_role(SOLE, "Kamala Harris", [], ["Governor", "governor"], *sacramento)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
