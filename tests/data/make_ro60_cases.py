# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 60's title-run reading (``grounding_ro60.jsonl``, fresh-miss
writer ro60; :func:`summarizer.verification.people.run_rivals.run_rivals`), at the edges of

- ``run``: a person the page titles in a run of their own right before the name ("Mayor Pro
  Tem Mark Smith", "EU foreign policy chief Kaja Kallas", "Harbour Master Ines Valk") and a
  value the page writes only before ANOTHER person's name ("Deputy City Manager Jeff Capps",
  "Foreign Minister Abbas Araghchi"): refused; the person's own run and its short forms pass,
  and so does the value for the person it is written before;
- ``kept``: where the other's title may be this person's too: a generic run ("opposition
  leader", "the group's chief") beside a head's bare title, the same office word in the run
  ("Mayor Pro Tem" for mayor), a word of succession or sharing in this person's sentence
  ("succeeded", "counterpart"), the title in the plural, a past run ("former"); against
  another's post still refused where none of these stand;
- ``definite``: a person named bare, and a title the page gives one other person by name and
  then only as "the <title>" ("Judge Maria Doyle ... The judge said"): refused; passed when
  "the <title>" comes after this person's own name ("Anton Berg had flown in ... as the
  Danish minister left"), when "a <title>" or a plural leaves room, for a head's bare title,
  and for the person named with it.

Run ``python tests/data/make_ro60_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ro60.jsonl")

built = SupportCases(
    "ro60",
    leads=[
        "By Harriet Moss | The Quarrington Standard",
        "BRELLIN, March 4 (Eastgate Wire) -",
        "Local government | The Tollbridge Mercury",
        "Business desk, The Carrow Ledger.",
    ],
)

RUN = "run"
KEPT = "kept"
THE = "definite"


# --- run: a title run of this person's own, another's title before another name -------------
COUNCIL = (
    "The council met on Tuesday to approve the budget for the new library.",
    "Mayor Pro Tem Dana Whitlock chaired the session, as did council members Ola Brandt and Per Sjoberg.",
    "Deputy City Manager Rufus Okoye and City Attorney Lena Marsh also attended.",
)
built.person_role(
    RUN, "Dana Whitlock", ["Mayor Pro Tem"], ["Deputy City Manager", "City Attorney"], *COUNCIL
)
built.person_role(RUN, "Rufus Okoye", ["Deputy City Manager"], ["City Attorney"], *COUNCIL)
built.person_role(
    RUN, "Lena Marsh", ["City Attorney"], ["Deputy City Manager", "Mayor Pro Tem"], *COUNCIL
)
TALKS = (
    "Interior Minister Selim Harun said the border would reopen once the inquiry ended.",
    "EU migration chief Katrin Oberg told reporters the bloc would send observers.",
)
built.person_role(
    RUN, "Katrin Oberg", ["EU migration chief", "migration chief"], ["Interior Minister"], *TALKS
)
built.person_role(RUN, "Selim Harun", ["Interior Minister"], [], *TALKS)
HARBOUR = (
    "The ferry ran aground at the mouth of the estuary shortly after dawn.",
    "Harbour Master Ines Valk said the channel had been dredged in the spring.",
    "Coastguard Commander Piet Laan said no one was hurt.",
)
built.person_role(
    RUN, "Ines Valk", ["Harbour Master", "harbour master"], ["Coastguard Commander"], *HARBOUR
)
COURT = (
    "The trial opened at Renfield Crown Court on Monday.",
    "Presiding Judge Helen Crane told the jury to set aside what they had read.",
    "Defence barrister Omar Sayed said his client would deny every count.",
)
built.person_role(
    RUN, "Omar Sayed", ["Defence barrister", "barrister"], ["Presiding Judge", "Judge"], *COURT
)
built.person_role(RUN, "Helen Crane", ["Presiding Judge", "Judge"], ["barrister"], *COURT)
CLUB = (
    "Kelvedon Rovers sacked their manager on Sunday after a ninth straight defeat.",
    "Club chairman Ray Duggan thanked him for his work.",
    "Rovers goalkeeper Tom Ashdown said the players were to blame.",
)
built.person_role(
    RUN, "Tom Ashdown", ["goalkeeper", "Rovers goalkeeper"], ["chairman", "Club chairman"], *CLUB
)
SCHOOL = (
    "Parents protested outside Millbrook Academy over the closure of the sixth form.",
    "Headteacher Grace Olawale said the decision had been forced by funding cuts.",
    "County Councillor Ben Yates called the closure a scandal.",
)
built.person_role(
    RUN, "Grace Olawale", ["Headteacher"], ["County Councillor", "councillor"], *SCHOOL
)
built.person_role(RUN, "Ben Yates", ["County Councillor"], ["Headteacher"], *SCHOOL)
BANK = (
    "Carrow Mutual will close 40 branches next year, the lender said on Thursday.",
    "Chief Financial Officer Marta Rees said the savings would fund a new app.",
    "Union organiser Kev Doyle said staff had learned of the plan from the news.",
)
built.person_role(
    RUN, "Kev Doyle", ["Union organiser", "organiser"], ["Chief Financial Officer"], *BANK
)
POLICE = (
    "Two men were arrested after a warehouse fire in Ellery on Saturday night.",
    "Fire Chief Carla Munoz said the blaze had been set deliberately.",
    "Detective Inspector Sam Byrne said both men would be questioned.",
)
built.person_role(RUN, "Sam Byrne", ["Detective Inspector"], ["Fire Chief"], *POLICE)
built.person_role(RUN, "Carla Munoz", ["Fire Chief"], ["Detective Inspector"], *POLICE)
CHURCH = (
    "The cathedral will reopen at Easter after a three-year restoration.",
    "Dean Alice Fenner said the roof had been saved just in time.",
    "Diocesan Treasurer Mark Hollis said the appeal had raised half the cost.",
)
built.person_role(RUN, "Mark Hollis", ["Diocesan Treasurer", "treasurer"], ["Dean"], *CHURCH)

# --- kept: room for the other's title, and refusals that still stand ----------------------
built.person_role(
    KEPT,
    "Ilya Brask",
    ["opposition leader", "Opposition leader"],
    ["President"],
    "President Hugo Renn met leaders of the region in Tallow on Friday.",
    "Opposition leader Ilya Brask, who won last month's election and takes office in May, said he would attend the next meeting.",
)
built.person_role(
    KEPT,
    "Mira Castell",
    ["Mayor Pro Tem", "mayor pro tem"],
    ["Mayor"],
    "Mayor Jon Reeve was absent, and Mayor Pro Tem Mira Castell chaired the meeting.",
)
built.person_role(
    KEPT,
    "Aldo Ferri",
    ["Foreign Minister", "foreign minister"],
    [],
    "Foreign Minister Nils Ekdahl welcomed his counterpart in Oslund.",
    "Trade envoy Aldo Ferri, who is also his country's foreign minister, spoke of closer ties.",
)
built.person_role(
    KEPT,
    "Jonas Pell",
    ["interim chief", "Interim chief"],
    [],
    "Chief executive Rona Vale left on Monday after six years.",
    "Interim chief Jonas Pell, who succeeded Vale, said the strategy would not change.",
)
built.person_role(
    KEPT,
    "Lidia Soto",
    ["minister", "Health Minister"],
    [],
    "Health Minister Lidia Soto and Finance Minister Paul Haig met the unions.",
    "Ministers from both parties backed the deal.",
)
built.person_role(
    KEPT,
    "Greta Holm",
    ["Nordland leader", "leader"],
    [],
    "Prime Minister Abel Horn of Westmark met Nordland leader Greta Holm at the border.",
)
built.person_role(
    KEPT,
    "Otto Venn",
    ["General Secretary"],
    ["Party Chairman", "chairman"],
    "General Secretary Otto Venn opened the congress.",
    "Party Chairman Luis Obi spoke after him.",
)
built.person_role(
    KEPT,
    "Ivo Sand",
    ["former mayor"],
    ["Mayor"],
    "Mayor Petra Lund cut the ribbon on the new bridge.",
    "Former mayor Ivo Sand, who first proposed it, was in the crowd.",
)
built.person_role(
    KEPT,
    "Nadia Kerr",
    ["Chief Constable"],
    ["Police and Crime Commissioner", "Commissioner"],
    "Police and Crime Commissioner Victor Oakes said the force would hire 200 officers.",
    "Chief Constable Nadia Kerr said the first would start in June.",
)
built.person_role(
    KEPT,
    "Yusuf Demir",
    ["Transport Secretary"],
    ["Home Secretary", "Chancellor"],
    "Home Secretary Ruth Pryce and Chancellor Hal Bexley signed off the plan.",
    "Transport Secretary Yusuf Demir will present it to Parliament.",
)
built.person_role(
    KEPT,
    "Anya Petrov",
    ["Rovers captain"],
    ["head coach", "Head coach"],
    "Head coach Dirk Maas praised the defence.",
    "Rovers captain Anya Petrov said the team had finally found its rhythm.",
)
built.person_role(
    KEPT,
    "Joel Marr",
    ["Budget director"],
    ["Governor"],
    "Governor Celia Haynes signed the budget on Friday.",
    "Budget director Joel Marr said it closed a $2 billion gap.",
)
built.person_role(
    KEPT,
    "Hana Ibsen",
    ["Harbour Commissioner"],
    ["Port Director"],
    "Port Director Erik Solberg confirmed the strike.",
    "Harbour Commissioner Hana Ibsen said talks would resume.",
)
built.person_role(
    KEPT,
    "Tariq Aziz Khan",
    ["Education Minister"],
    ["Attorney General"],
    "Attorney General Mona Stiles opened an inquiry into the exam leak.",
    "Education Minister Tariq Aziz Khan said the papers would be reset.",
)
built.person_role(
    KEPT,
    "Beth Rourke",
    ["Sheriff"],
    ["District Attorney"],
    "District Attorney Colm Price charged the driver on Wednesday.",
    "Sheriff Beth Rourke said the crash scene had been cleared.",
)
built.person_role(
    KEPT,
    "Ola Nygaard",
    ["museum director"],
    ["Culture Minister"],
    "Culture Minister Frida Lie opened the exhibition.",
    "Its curator, museum director Ola Nygaard, said it had taken six years.",
)


# --- definite: named once, then "the <title>" ------------------------------------------------
TRIAL = (
    "Judge Maria Doyle opened the sentencing hearing at 10am.",
    "Prosecuting, Daniel Frost told the court the attack had been planned for weeks.",
    "The judge said she would pass sentence after lunch.",
)
built.person_role(THE, "Daniel Frost", ["prosecutor"], ["Judge", "judge"], *TRIAL)
built.person_role(THE, "Maria Doyle", ["Judge", "judge"], [], *TRIAL)
FED = (
    "14:02 - Chair Ellen Ward says the committee judged the risks to be balanced.",
    "14:10 - The lone dissent came from Rob Tully, who wanted a larger cut.",
    "14:25 - Asked about the dissent, the chair says views differed on timing.",
)
built.person_role(THE, "Rob Tully", [], ["Chair", "chair"], *FED)
built.person_role(THE, "Ellen Ward", ["Chair"], [], *FED)
HOSPITAL = (
    "Chief Executive Nora Quist announced the ward closures on Monday.",
    "Surgeon Kai Berger, who has worked there for 20 years, said staff were shocked.",
    "The chief executive said the decision was not taken lightly.",
)
built.person_role(THE, "Kai Berger", ["Surgeon"], ["Chief Executive", "chief executive"], *HOSPITAL)
STADIUM = (
    "Head Coach Lars Friel was sent to the stands in the second half.",
    "Milo Grant scored twice before the break.",
    "The head coach later apologised to the referee.",
)
built.person_role(THE, "Milo Grant", [], ["Head Coach", "head coach"], *STADIUM)
PARISH = (
    "Council Leader Sara Penn said the levy would rise by 4%.",
    "Resident Owen Lusk said he could not afford it.",
    "The council leader said services would be cut otherwise.",
)
built.person_role(
    THE, "Owen Lusk", ["Resident", "resident"], ["Council Leader", "council leader"], *PARISH
)
SHOW = (
    "Auctioneer Helga Brandt opened the bidding at $40 million.",
    "A telephone bidder represented by Ivo Marsh won the painting.",
    "The auctioneer brought the hammer down after 12 minutes.",
)
built.person_role(THE, "Ivo Marsh", [], ["Auctioneer", "auctioneer"], *SHOW)
MINISTRY = (
    "Energy Minister Sofia Hahn met the unions in the morning.",
    "Anton Berg had flown in to sign the deal, but left early as the energy minister looked on.",
)
built.person_role(THE, "Anton Berg", [], ["Energy Minister"], *MINISTRY)
VISIT = (
    "Anton Berg had flown in to sign the grid deal with Energy Minister Sofia Hahn.",
    "Talks broke down within the hour, and Berg departed early.",
    "Later, in a post online, the Danish minister thanked his hosts.",
)
built.person_role(THE, "Anton Berg", ["Danish minister"], [], *VISIT)
built.person_role(
    THE,
    "Petra Voss",
    ["President"],
    [],
    "President Carl Amsel hosted the summit in Bellmoor.",
    "Petra Voss arrived late from the airport.",
    "The president greeted her at the door.",
)
built.person_role(
    THE,
    "Jan Ruud",
    ["manager"],
    [],
    "Manager Elsa Krog was at the ground on Saturday.",
    "Jan Ruud, a manager at the rival club, watched from the stand.",
    "The manager said she was pleased with the point.",
)
built.person_role(
    THE,
    "Rhea Sol",
    ["spokesperson"],
    [],
    "Spokesperson Ben Tarr said the airline was reviewing its policy.",
    "Rhea Sol said the union would ballot its members.",
    "The spokesperson said talks would continue.",
)
built.person_role(
    THE,
    "Cora Lind",
    ["Mayor"],
    [],
    "Mayor Cora Lind opened the bridge, with Treasurer Abe Noll beside her.",
    "The treasurer said the project had come in under budget.",
)
built.person_role(
    THE,
    "Ugo Matta",
    [],
    ["Treasurer", "treasurer"],
    "Treasurer Abe Noll presented the accounts.",
    "Ugo Matta asked about the roof repairs.",
    "The treasurer said the work would be done in spring.",
)
built.person_role(
    THE,
    "Ugo Matta",
    ["treasurer"],
    [],
    "Treasurer Abe Noll presented the accounts.",
    "Ugo Matta, who succeeded Noll as treasurer in June, asked about the roof repairs.",
)
built.person_role(
    THE,
    "Jess Hart",
    ["coach"],
    [],
    "Coach Tom Kerr was sacked on Monday after a run of six defeats.",
    "Jess Hart will take charge of the side on Saturday.",
    "The coach had lasted a year.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
