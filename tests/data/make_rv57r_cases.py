# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's review rv57r of ro57 (``grounding_rv57r.jsonl``;
:func:`summarizer.verification.people.role_own_titles.own_titles` and
:func:`summarizer.verification.people.role_descriptions.descriptions_in`), at the edges of ro57's
three readings of a person's own title, in four categories:

- ``neighbours``: the person's right role written in the newly read shapes (a title run after a
  sentence ending in an abbreviation or a short word: "Inc.", "U.S.", "Jr.", "St.", "Yuan.",
  "Fed."; a capitalised post word before the name; an apposition opening with qualifiers) while
  another office stands nearby (two officials in one sentence, a title before the name and
  another after it): passes; the neighbour's office is refused;
- ``firstnames``: first names that look like post words or ranks ("Major", "Dean", "Earl",
  "Marshal", "Bishop") right after a title: the title passes, the look-alike rank fails;
- ``forms``: the right role in a shorter or longer form than the page's ("CFO", "finance
  chief", "deputy", "Assistant Chief Constable" over "Asst. Chief Constable"): passes; the
  neighbouring office fails;
- ``wrongs``: a wrong title of the same shapes (the next person's, the sentence before's, a
  rank the person does not hold): refused; the person's own passes.

Run ``python tests/data/make_rv57r_cases.py`` to rebuild it. Every article below was written for
this set in its own words, with made-up names; each verdict is what a careful fact-checker
reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv57r.jsonl")

built = SupportCases(
    "rv57r",
    leads=[
        "By Tomas Verhey | The Harbour Gazette",
        "WELLINGTON (Southern Wire) -",
        "Business | The Midland Ledger",
        "From our correspondent, The Coastline Post.",
        "UPDATED | The Valley Record",
    ],
)
NEIGHBOURS, FIRSTNAMES, FORMS, WRONGS = "neighbours", "firstnames", "forms", "wrongs"


# --- neighbours: the right role in the newly read shapes, another office nearby ----------------
built.person_role(
    NEIGHBOURS,
    "Nora Pell",
    ["Chief Executive", "chief executive"],
    ["Chairman"],
    "Chairman Victor Ames said the board had agreed to sell its stake in Harlow Foods Inc. Chief Executive Nora Pell said the sale would close in May.",
    "Shares rose 4% on the news.",
)
built.person_role(
    NEIGHBOURS,
    "Ada Wynn",
    ["Senator", "senator"],
    ["Governor"],
    "The bill was signed on Tuesday by Governor Dale Hunt Jr. Senator Ada Wynn, who wrote it, called the day a win for rural clinics.",
    "The law takes effect in July.",
)
built.person_role(
    NEIGHBOURS,
    "Tom Reyes",
    ["Mayor", "mayor"],
    ["Police Chief", "police chief"],
    "Police Chief Amy Long closed the road after the gas leak on Elm St. Mayor Tom Reyes said residents could return by nightfall.",
    "Crews worked through the night.",
)
built.person_role(
    NEIGHBOURS,
    "Lisa Cole",
    ["Governor", "governor"],
    ["Chair", "chair"],
    "Chair Martin Osei held rates at 4.5% after a two-day meeting at the Fed. Governor Lisa Cole dissented and voted for a cut.",
    "Markets had expected no change.",
)
built.person_role(
    NEIGHBOURS,
    "Lin Yu-ting",
    ["Premier", "premier"],
    ["Speaker"],
    "Speaker Huang Wei-ming adjourned the sitting of the Legislative Yuan. Premier Lin Yu-ting told reporters the budget would be resubmitted.",
    "The session resumes next week.",
)
built.person_role(
    NEIGHBOURS,
    "Clara Hunt",
    ["Trade Representative", "trade representative"],
    ["Secretary of State"],
    "Secretary of State Owen Park met his Japanese counterpart before the summit in the U.S. Trade Representative Clara Hunt joined them for the afternoon session.",
    "No deal was announced.",
)
built.person_role(
    NEIGHBOURS,
    "Ann Roe",
    ["Chief Financial Officer", "chief financial officer"],
    ["Chief Executive", "chief executive"],
    "Chief Financial Officer Ann Roe and Chief Executive Ben Hale presented the results to analysts on Thursday.",
    "Revenue rose 8% to $2.1bn.",
)
built.person_role(
    NEIGHBOURS,
    "Jane Kim",
    ["Chief Operating Officer", "chief operating officer"],
    ["Chief Executive"],
    "Chief Operating Officer Jane Kim, who reports to Chief Executive Tom Hall, will run the new plant in Ohio.",
    "The plant will employ 900 people.",
)
built.person_role(
    NEIGHBOURS,
    "Ray Voss",
    ["Commander", "commander", "chief of staff"],
    ["Admiral"],
    "Commander Ray Voss, the fleet's chief of staff, briefed Admiral Helen Baird before the exercise began.",
    "Twelve ships took part.",
)
built.person_role(
    NEIGHBOURS,
    "Priya Nair",
    ["district health officer", "District Health Officer"],
    ["Collector", "collector"],
    "Priya Nair, District Health Officer for the region, said the outbreak was under control. Collector Manoj Iyer ordered schools to stay shut.",
    "Twenty cases were reported this week.",
)
built.person_role(
    NEIGHBOURS,
    "Henrik Sol",
    ["permanent secretary", "Permanent Secretary"],
    ["minister"],
    "Henrik Sol, permanent secretary of the finance ministry, gave evidence before Minister Karin Alm arrived at the committee.",
    "The hearing lasted four hours.",
)
built.person_role(
    NEIGHBOURS,
    "Marta Diaz",
    ["spokeswoman", "Spokeswoman"],
    ["Interior Minister"],
    "Spokeswoman Marta Diaz read a statement from Interior Minister Luis Vera after the raid.",
    "Three people were detained.",
)

built.person_role(
    NEIGHBOURS,
    "Lars Eng",
    ["chairman", "chair of the Harbour Trust"],
    ["Mayor"],
    "Lars Eng, former Chief Executive of Nordbank, now chairs the Harbour Trust. Mayor Siv Holt thanked him for taking the job.",
    "The trust owns the old docks.",
)
built.person_role(
    NEIGHBOURS,
    "Rita Moss",
    ["head teacher", "acting head teacher", "Acting Head Teacher"],
    ["Education Secretary"],
    "Rita Moss, acting Head Teacher at Elmwood School, said Education Secretary Paul Dane had visited on Friday.",
    "The school has 600 pupils.",
)
built.person_role(
    NEIGHBOURS,
    "Sunil Rao",
    ["managing director", "Managing Director"],
    ["Prime Minister"],
    "Sunil Rao, Managing Director of Coastal Steel, met Prime Minister Asha Verma in Delhi. He said the plant would reopen.",
    "About 2,000 jobs depend on it.",
)


# --- firstnames: first names that look like post words or ranks ---------------------------------
built.person_role(
    FIRSTNAMES,
    "Earl Hanson",
    ["Chief Executive", "chief executive"],
    ["earl", "chairman"],
    "Chief Executive Earl Hanson said the airline would add 12 routes. Chairman Rolf Berg backed the plan.",
    "The routes open in June.",
)
built.person_role(
    FIRSTNAMES,
    "Major Okoye",
    ["police spokesman", "spokesman"],
    ["major", "commissioner"],
    "Police spokesman Major Okoye said two suspects were arrested. Commissioner Dan Eze praised the officers.",
    "The suspects appear in court on Monday.",
)
built.person_role(
    FIRSTNAMES,
    "Dean Carver",
    ["head coach", "Head Coach"],
    ["dean", "athletic director"],
    "Head Coach Dean Carver signed a new four-year contract. Athletic Director Pam Liu said talks took a month.",
    "Carver has won two titles.",
)
built.person_role(
    FIRSTNAMES,
    "Marshal Tate",
    ["Commander", "commander"],
    ["marshal", "general"],
    "Commander Marshal Tate led the rescue team. General Ivy Boone thanked the crews.",
    "Forty people were saved.",
)
built.person_role(
    FIRSTNAMES,
    "Bishop Ngata",
    ["Mayor", "mayor"],
    ["bishop", "deputy mayor"],
    "Residents cheered at the harbour in Napier. Mayor Bishop Ngata cut the ribbon beside Deputy Mayor Ruth Kahu.",
    "The new wharf cost $14m.",
)
built.person_role(
    FIRSTNAMES,
    "King Obi",
    ["Chief Operating Officer", "chief operating officer"],
    ["king", "chief executive"],
    "Chief Operating Officer King Obi will leave the bank in March, Chief Executive Sade Ola said.",
    "A successor has not been named.",
)
built.person_role(
    FIRSTNAMES,
    "Prince Mensah",
    ["spokesperson", "Spokesperson"],
    ["prince", "minister"],
    "Spokesperson Prince Mensah said Minister Abena Owusu would visit the flooded towns.",
    "Rain is forecast to continue.",
)
built.person_role(
    FIRSTNAMES,
    "Judge Miller",
    ["Chief Executive Officer", "chief executive"],
    ["judge", "chair"],
    "Chief Executive Officer Judge Miller told investors the plan was on track, as Chair Lucy Frame looked on.",
    "The stock closed flat.",
)

# --- forms: the right role in a shorter or longer form than the page's -------------------------
built.person_role(
    FORMS,
    "Brian Dykes",
    ["CFO", "finance chief", "chief financial officer"],
    ["CEO", "chief executive"],
    "Chief Financial Officer Brian Dykes said costs would fall. CEO Hana Lee said the merger was on track.",
    "The firms employ 40,000 people.",
)
built.person_role(
    FORMS,
    "Joe Bell",
    ["Assistant Chief Constable", "assistant chief constable"],
    ["Chief Constable"],
    "Asst. Chief Constable Joe Bell led the search. Chief Constable Mary Dunn thanked volunteers.",
    "The boy was found safe.",
)
built.person_role(
    FORMS,
    "Lena Falk",
    ["Deputy Mayor", "deputy mayor", "deputy"],
    ["Mayor"],
    "Dep. Mayor Lena Falk opened the market while Mayor Hugo Brandt was abroad.",
    "Stalls will open every Saturday.",
)
built.person_role(
    FORMS,
    "Sam Orr",
    ["Executive Vice President", "executive vice president", "vice president"],
    ["President"],
    "Exec. Vice President Sam Orr will lead the unit, President Ella Nkosi said.",
    "The unit has 300 staff.",
)
built.person_role(
    FORMS,
    "Clive Kerr",
    ["First Officer", "first officer", "co-pilot"],
    ["Captain"],
    "The jet landed safely in Perth. First Officer Clive Kerr took the controls after Captain Ian Shaw fell ill.",
    "Passengers applauded.",
)
built.person_role(
    FORMS,
    "Ruth Amadi",
    ["Chief Technology Officer", "CTO", "technology chief"],
    ["Chief Executive"],
    "The launch was held in Lagos. Chief Technology Officer Ruth Amadi demonstrated the app while Chief Executive Femi Ade watched.",
    "It goes on sale next month.",
)
built.person_role(
    FORMS,
    "Oskar Lund",
    ["Block Development Officer", "block development officer", "development officer"],
    ["District Magistrate"],
    "Oskar Lund, Block Development Officer at the panchayat office, met District Magistrate Rina Das on Monday.",
    "They discussed road repairs.",
)

built.person_role(
    FORMS,
    "Gita Rao",
    ["Deputy Commissioner", "deputy commissioner", "deputy"],
    ["Commissioner", "commissioner"],
    "Relief trucks reached the town on Sunday, said Dep. Commissioner Gita Rao after Commissioner Anil Sen left for the capital.",
    "More trucks are due on Tuesday.",
)
built.person_role(
    FORMS,
    "Eva Lind",
    ["finance chief", "CFO", "Chief Financial Officer"],
    ["CEO", "chairwoman"],
    "The bank named Eva Lind, Chief Financial Officer of its Nordic arm, to the board. Chairwoman Ulla Berg welcomed her, and CEO Nils Ek said she would start in May.",
    "The bank has 9,000 staff.",
)


# --- wrongs: a wrong title of the same shapes -------------------------------------------------
built.person_role(
    WRONGS,
    "Wei Lan",
    ["Vice Premier", "vice premier"],
    ["Premier", "President"],
    "President Zhou Kang thanked the delegates on Friday in Taipei. Vice Premier Wei Lan said the plan would be funded this year.",
    "The plan costs $3bn.",
)
built.person_role(
    WRONGS,
    "Maya Cross",
    ["Chief Marketing Officer", "chief marketing officer"],
    ["Chief Executive", "chairman"],
    "The firm unveiled its new logo at the Acme Co. Chief Marketing Officer Maya Cross said Chief Executive Paul Grant approved it.",
    "The logo cost $2m.",
)
built.person_role(
    WRONGS,
    "Eli Stone",
    ["press secretary", "Press Secretary"],
    ["Senator", "senator"],
    "Senator Jo Marsh spoke first at the hearing in Washington D.C. Press Secretary Eli Stone followed with a statement from the White House.",
    "The hearing ran late.",
)
built.person_role(
    WRONGS,
    "Karl Moen",
    ["Flight Commander", "flight commander"],
    ["Wing Commander", "Squadron Leader"],
    "Wing Commander Ola Berg led the flypast. Flight Commander Karl Moen flew the lead jet with Squadron Leader Siri Dahl.",
    "Thousands watched.",
)
built.person_role(
    WRONGS,
    "Lina Roth",
    ["spokeswoman", "Spokeswoman"],
    ["Foreign Minister"],
    "Foreign Minister Erik Holm flew to Brussels on Monday. Ministry Spokeswoman Lina Roth said he would meet EU partners.",
    "The meeting lasts two days.",
)
built.person_role(
    WRONGS,
    "Tariq Aziz Khan",
    ["Superintendent of Police", "superintendent of police"],
    ["District Collector", "collector"],
    "Tariq Aziz Khan, Superintendent of Police for the district, said roads were shut. District Collector Meera Pillai ordered relief camps.",
    "Rain continued overnight.",
)
built.person_role(
    WRONGS,
    "Alan Burke",
    ["Senator", "senator"],
    ["Mayor", "mayor"],
    "The parade passed down Main St. Senator Alan Burke marched beside Mayor June Walsh.",
    "Crowds lined the route.",
)
built.person_role(
    WRONGS,
    "Hugo Reyes",
    ["Treasurer", "treasurer"],
    ["President", "Secretary"],
    "President Nadia Flores opened the meeting of Reyes Holdings Ltd. Treasurer Hugo Reyes read the accounts, and Secretary Ben Lowe took notes.",
    "The meeting lasted an hour.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
