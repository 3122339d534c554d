# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's title-run reading (``grounding_ro57.jsonl``, fresh-miss
writer ro57; :func:`summarizer.verification.people.role_own_titles.own_titles`), at the edges of

- ``stop``: a title run right after a sentence that ends in a short capitalised word ("the
  Legislative Yuan. Premier Cho Jung-tai", "in Oslo. Mayor Ines Dahl"), which was read as an
  abbreviation's cut and gave the person no title: another office is refused; the person's own
  title, its paraphrase and a real abbreviation ("Gov. Gordon Pike") pass;
- ``officer``: a capitalised post word right before the name ("First Officer Clive Kunder",
  "Chief Operating Officer Lena Moss"), which was read as another person's first name: another
  named person's title is refused; the person's own title and its short forms pass;
- ``apposed``: an apposition opening with an office word's qualifiers ("Mats Malm, permanent
  secretary of the Swedish Academy,", "Ankit Sahlam, Block Medical Officer at the health
  centre,"), which was no description: another named person's title is refused; the person's
  own title passes, and a clause after the name that only names another's title ("Lavrov,
  met Foreign Minister Hakan Fidan", "speaking alongside Prime Minister Tusk") gives none.

Run ``python tests/data/make_ro57_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_ro57.jsonl")

built = SupportCases(
    "ro57",
    leads=[
        "By Mira Okonjo | The Lakeshore Ledger",
        "TAIPEI (Strait Wire) -",
        "Politics | The Fenland Courier",
        "From our Oslo desk, The Fjord Post.",
        "LIVE | The Basin Bulletin",
    ],
)
STOP, OFFICER, APPOSED = "stop", "officer", "apposed"


# --- stop: a title run after a sentence ending in a short capitalised word ---------------------
built.person_role(
    STOP,
    "Wen Shu-lan",
    ["Premier", "premier"],
    ["President"],
    "President Kao Ming-che set out a new energy plan on Tuesday and sent it to the Legislative Yuan. Premier Wen Shu-lan urged lawmakers to pass it before the recess.",
    "The opposition said it would study the bill.",
)
built.person_role(
    STOP,
    "Ines Dahl",
    ["Mayor", "mayor"],
    ["Governor", "governor"],
    "Governor Erik Sand opened the new ferry terminal on Friday in Oslo. Mayor Ines Dahl said the city would add two more routes next year.",
    "Tickets go on sale in March.",
)
built.person_role(
    STOP,
    "Pavel Rusu",
    ["Finance Minister", "finance minister"],
    ["Prime Minister", "prime minister"],
    "Prime Minister Ana Mirea met union leaders on Monday in Iasi. Finance Minister Pavel Rusu said the pension rise would be paid from July.",
    "The unions called off Thursday's strike.",
)
built.person_role(
    STOP,
    "Talia Brook",
    ["Senator", "senator"],
    ["Governor"],
    "Governor Ray Colton signed the water bill at a ceremony in Boise. Senator Talia Brook, who wrote the bill, said farmers had waited ten years for it.",
    "The law takes effect in January.",
)
built.person_role(
    STOP,
    "Omar Said",
    ["Ambassador", "ambassador"],
    ["Foreign Minister"],
    "Foreign Minister Leila Haddad flew home on Sunday from Doha. Ambassador Omar Said stayed behind to finish the talks on the prisoner exchange.",
    "A deal is expected within days.",
)
built.person_role(
    STOP,
    "Greta Voss",
    ["Chancellor", "chancellor"],
    ["President"],
    "President Jonas Reuter laid a wreath at the memorial in Kiel. Chancellor Greta Voss spoke after him and promised a new fund for veterans.",
    "The fund will open in the spring.",
)
built.person_role(
    STOP,
    "Bruno Lacroix",
    ["Judge", "judge"],
    ["Prosecutor"],
    "Prosecutor Nadine Faure asked for a six-year term at the court in Lyon. Judge Bruno Lacroix said he would give his sentence on Friday.",
    "The defence will appeal any prison term.",
)
built.person_role(
    STOP,
    "Sione Taufa",
    ["Speaker", "speaker"],
    ["Prime Minister"],
    "Prime Minister Lani Vea survived the vote in the assembly in Suva. Speaker Sione Taufa read out the count, 31 to 18.",
    "The opposition said it would try again.",
)
# passes: a real abbreviation's cut, the person's own title after a sentence end, a paraphrase
built.person_role(
    STOP,
    "Gordon Pike",
    ["Governor", "governor", "Gov."],
    [],
    "Lawmakers met in Helena on Tuesday. Gov. Gordon Pike said the budget would hold.",
    "The session ends in May.",
)
built.person_role(
    STOP,
    "Hana Ito",
    ["Mayor", "mayor of Kobe", "mayor"],
    [],
    "The new tram line opened on Sunday in Kobe. Mayor Hana Ito rode the first car and called it a turning point.",
    "About 9,000 people used it on the first day.",
)
built.person_role(
    STOP,
    "Mikael Berg",
    ["Prime Minister", "prime minister", "PM"],
    [],
    "The storm cut power to 40,000 homes near Umea. Prime Minister Mikael Berg said the army would help clear roads.",
    "Crews expect to restore power by Wednesday.",
)

# --- officer: a capitalised post word right before the name ------------------------------------
built.person_role(
    OFFICER,
    "Dana Kirwan",
    ["First Officer", "first officer", "co-pilot"],
    ["Captain"],
    "First Officer Dana Kirwan was at the controls while Captain Joel Ambrose watched the instruments, the interim report says.",
    "The captain had flown 12,000 hours.",
)
built.person_role(
    OFFICER,
    "Lena Moss",
    ["Chief Operating Officer", "chief operating officer", "COO"],
    ["chief executive"],
    "Chief Executive Victor Hale announced the plant closure on Monday. Chief Operating Officer Lena Moss said 300 workers would be offered jobs at other sites.",
    "The union called the offer thin.",
)
built.person_role(
    OFFICER,
    "Priya Nandan",
    ["Chief Financial Officer", "chief financial officer", "CFO"],
    ["President"],
    "President Gerald Shaw told investors the merger would close by June. Chief Financial Officer Priya Nandan said the deal would add to earnings in its first year.",
    "Shares rose 4 per cent.",
)
built.person_role(
    OFFICER,
    "Ruth Calloway",
    ["Medical Officer", "medical officer", "chief medical officer"],
    ["Health Minister"],
    "Health Minister Colin Ashby announced the vaccine drive on Thursday. Chief Medical Officer Ruth Calloway said the first doses would reach care homes next week.",
    "Pharmacies will follow in March.",
)
built.person_role(
    OFFICER,
    "Mark Feeney",
    ["Press Officer", "press officer"],
    ["Manager"],
    "Manager Steve Rourke left the ground without speaking to reporters. Press Officer Mark Feeney said the club would comment on Monday.",
    "The club is bottom of the table.",
)
built.person_role(
    OFFICER,
    "Hugo Brandt",
    ["Executive Director", "executive director"],
    ["chairman"],
    "Chairman Tobias Wolff opened the meeting in Bremen. Executive Director Hugo Brandt presented the accounts, which showed a small loss.",
    "The board will meet again in October.",
)
built.person_role(
    OFFICER,
    "Amira Soliman",
    ["Commanding Officer", "commanding officer"],
    ["Admiral"],
    "Admiral Kevin Doyle visited the frigate in port on Tuesday. Commanding Officer Amira Soliman showed him the repaired hull.",
    "The ship returns to sea next month.",
)
built.person_role(
    OFFICER,
    "Sean Tully",
    ["Returning Officer", "returning officer"],
    ["Mayor"],
    "Mayor Gail Pritchard conceded before midnight. Returning Officer Sean Tully read the result at 2am: the challenger had won by 1,204 votes.",
    "Turnout was 41 per cent.",
)
built.person_role(
    OFFICER,
    "Nora Quist",
    ["Chief Technology Officer", "chief technology officer", "CTO"],
    ["chief executive"],
    "The outage lasted six hours, Chief Executive Alan Price said on Friday. Chief Technology Officer Nora Quist blamed a faulty software update.",
    "Customers will get a refund.",
)
built.person_role(
    OFFICER,
    "Jude Harlow",
    ["Spokesman", "spokesman", "spokesperson"],
    ["Secretary"],
    "Secretary Evan Marsh did not attend the briefing. Spokesman Jude Harlow said the department would publish the audit next week.",
    "Critics called the delay a cover-up.",
)
# passes: the title written only in a quote or a caption, two people of one rank
built.person_role(
    OFFICER,
    "Tessa Grant",
    ["Chief Executive", "chief executive", "CEO"],
    [],
    "Chief Executive Tessa Grant and Chief Financial Officer Owen Lacey presented the results on Tuesday.",
    "Revenue rose 6 per cent.",
)
built.person_role(
    OFFICER,
    "Owen Lacey",
    ["Chief Financial Officer", "finance chief", "CFO"],
    [],
    "Chief Executive Tessa Grant and Chief Financial Officer Owen Lacey presented the results on Tuesday.",
    "Revenue rose 6 per cent.",
)
built.person_role(
    OFFICER,
    "Ray Osei",
    ["Police Officer", "police officer", "officer"],
    [],
    "Pictured: Police Officer Ray Osei, who pulled two children from the river on Saturday.",
    '"He did not hesitate," Inspector Clare Dunn said.',
)

# --- apposed: an apposition opening with the office word's qualifiers --------------------------
built.person_role(
    APPOSED,
    "Ravi Menon",
    ["Block Medical Officer", "block medical officer", "medical officer"],
    ["District Collector", "district collector"],
    "Ravi Menon, Block Medical Officer at the Kotma health centre, filed the complaint on Monday. District Collector Asha Verma said samples had gone to a state laboratory.",
    "Three shops were sealed, and officials in two neighbouring districts were told to check stocks.",
)
built.person_role(
    APPOSED,
    "Elin Sjoberg",
    ["permanent secretary", "Permanent Secretary"],
    ["Prime Minister", "prime minister"],
    "Elin Sjoberg, permanent secretary of the Nordic Book Academy, read out the winner's name. Prime Minister Karl Ostman sent his congratulations within the hour.",
    "The prize is worth 11 million kronor; several former ministers sit on its jury.",
)
built.person_role(
    APPOSED,
    "Femi Adeyemi",
    ["Senior Medical Director", "medical director"],
    ["chief executive"],
    "Femi Adeyemi, Senior Medical Director at Lagoon Health, said the trial had met its goals. Chief executive Tunde Bakare said the company would seek approval this year.",
    "Shares rose 8 per cent, and executives at rival firms said the result looked strong.",
)
built.person_role(
    APPOSED,
    "Clara Nystrom",
    ["regional director", "Regional Director"],
    ["Minister", "minister"],
    "Clara Nystrom, regional director of the road agency, closed the bridge on Friday. Minister Olof Hedlund promised money for repairs.",
    "Traffic will be diverted for a month. Two ministers visited the site on Saturday.",
)
built.person_role(
    APPOSED,
    "Dev Malhotra",
    ["Joint Secretary", "joint secretary"],
    ["Chief Minister"],
    "Dev Malhotra, Joint Secretary in the water department, signed the order. Chief Minister Kavita Rao said tankers would reach every village by Sunday.",
    "The monsoon is two weeks late, and ministers from three states will meet on Monday.",
)
built.person_role(
    APPOSED,
    "Lotte Van Dijk",
    ["programme director", "Programme Director"],
    ["mayor"],
    "Lotte Van Dijk, programme director at the city theatre, announced the new season. Mayor Jeroen Smit attended the launch.",
    "Tickets go on sale on Monday; the mayors of two nearby towns also came.",
)
built.person_role(
    APPOSED,
    "Marek Zielinski",
    ["Assistant Chief Constable", "assistant chief constable"],
    ["Home Secretary"],
    "Marek Zielinski, Assistant Chief Constable of the county force, said 14 people had been arrested. Home Secretary Ruth Okafor called the violence disgraceful.",
    "Courts will sit over the weekend. Several homes were damaged.",
)
# passes: a clause after the name naming another's title gives this person none
built.person_role(
    APPOSED,
    "Anton Greer",
    ["foreign minister", "top diplomat"],
    [],
    "Valdonia's top diplomat, Anton Greer, met Foreign Minister Lise Aubert of Marlande in Geneva.",
    "Greer was in Switzerland for a conference.",
)
built.person_role(
    APPOSED,
    "Hedda Lind",
    ["defence minister", "Defence Minister"],
    [],
    "The defence minister Hedda Lind said the deal was done.",
    "Photo: Hedda Lind, speaking alongside Prime Minister Otto Brask, in Bergen on Monday.",
)
built.person_role(
    APPOSED,
    "Ivo Petrak",
    ["party leader", "leader of the Civic Union"],
    [],
    "The leader of the Civic Union, Ivo Petrak, thanked Chief Justice Dana Kral for her ruling.",
    "Petrak said the party would accept the result.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
