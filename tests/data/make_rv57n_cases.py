# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 57's review rv57n of cn57 (``grounding_rv57n.jsonl``;
:mod:`summarizer.verification.figures.elided_items`), at the edges of

- ``lists``: breakdowns by place, group, party, year or category whose later items keep only
  the number and the preposition's object: each item's own number passes for the count its
  object names; the first item's number, another item's, the total and a number of another
  field (money, a percent, an age, a year) stay refused;
- ``forms``: later items with a verb or noun of their own, a partitive aside, a range, a
  "respectively" list, numbers in words;
- ``shared``: a count whose item words also fit another item (two items whose objects share a
  word, the same object twice, an object naming the first item's place).

Run ``python tests/data/make_rv57n_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv57n.jsonl")

built = SupportCases(
    "rv57n",
    leads=[
        "By Orla Penwright | The Fenmoor Courier",
        "HASKETT (Lowland Wire) -",
        "Region | The Tarrow Chronicle",
    ],
)
LISTS, FORMS, SHARED = "lists", "forms", "shared"
lists = partial(built.count_cases, LISTS, published="2026-05-02")
forms = partial(built.count_cases, FORMS, published="2026-05-02")
shared = partial(built.count_cases, SHARED, published="2026-05-02")

# --- lists: breakdowns by place, group, party, year, category ----------------------------------
lists(
    [
        "Floods destroyed 310 homes in Brellin, 95 in Oskar Vale and 40 in Tarnby, a total of 445, and caused damage put at $12 million."
    ],
    [("homes destroyed in Oskar Vale", 95, "exact"), ("homes destroyed in Tarnby", 40, "exact")],
    [
        ("homes destroyed in Oskar Vale", 310, "exact"),
        ("homes destroyed in Oskar Vale", 40, "exact"),
        ("homes destroyed in Oskar Vale", 445, "exact"),
        ("homes destroyed in Tarnby", 12, "exact"),
    ],
)
lists(
    [
        "The agency granted 1,200 visas to engineers, 640 to nurses and 85 to chefs, up 14 percent on the year before."
    ],
    [("visas granted to nurses", 640, "exact"), ("visas granted to chefs", 85, "exact")],
    [
        ("visas granted to nurses", 1200, "exact"),
        ("visas granted to chefs", 640, "exact"),
        ("visas granted to chefs", 14, "exact"),
    ],
)
lists(
    [
        "In the vote, 212 deputies of the Green Alliance backed the bill, 48 of the Liberals and 19 of the Farmers' Party, while 2031 was set as its start year."
    ],
    [("Liberal deputies backed the bill", 48, "exact")],
    [
        ("Liberal deputies backed the bill", 212, "exact"),
        ("Liberal deputies backed the bill", 19, "exact"),
        ("Liberal deputies backed the bill", 2031, "exact"),
    ],
)
lists(
    [
        "The hospital treated 58 patients in 2023, 71 in 2024 and 90 in 2025, its director, 63, said."
    ],
    [("patients treated in 2024", 71, "exact"), ("patients treated in 2025", 90, "exact")],
    [
        ("patients treated in 2024", 58, "exact"),
        ("patients treated in 2024", 90, "exact"),
        ("patients treated in 2025", 63, "exact"),
        ("patients treated in 2023", 71, "exact"),
    ],
)
lists(
    [
        "Police arrested 27 fans in Dunmere, 11 in Carrow and six at the airport, and seized 3,000 euros in cash."
    ],
    [("fans arrested in Carrow", 11, "exact"), ("fans arrested at the airport", 6, "exact")],
    [
        ("fans arrested in Carrow", 27, "exact"),
        ("fans arrested in Carrow", 6, "exact"),
        ("fans arrested at the airport", 3000, "exact"),
        ("fans arrested in Dunmere", 11, "exact"),
    ],
)
lists(
    [
        "The council sold 16 plots to developers, nine to a housing trust and four to the church for 2.4 million pounds."
    ],
    [("plots sold to a housing trust", 9, "exact"), ("plots sold to the church", 4, "exact")],
    [
        ("plots sold to a housing trust", 16, "exact"),
        ("plots sold to the church", 9, "exact"),
        ("plots sold to the church", 2.4, "exact"),
    ],
)
lists(
    ["The quake left 130 people dead in Harrowgate, 44 in Solby and 7 in Venn; 2,100 were hurt."],
    [("people dead in Solby", 44, "exact")],
    [
        ("people dead in Solby", 130, "exact"),
        ("people dead in Solby", 7, "exact"),
        ("people dead in Solby", 2100, "exact"),
        ("people dead in Harrowgate", 44, "exact"),
    ],
)
lists(
    [
        "The fund awarded 33 grants for farms, 21 for schools and 8 for clinics, worth 15 percent of its budget."
    ],
    [("grants awarded for schools", 21, "exact"), ("grants awarded for clinics", 8, "exact")],
    [
        ("grants awarded for schools", 33, "exact"),
        ("grants awarded for clinics", 15, "exact"),
        ("grants awarded for clinics", 21, "exact"),
    ],
)
lists(
    [
        "The airline cancelled 52 flights from Kestrel Field, 19 from Amberly and 3 from Rook Island on Tuesday, the 14th such day this year."
    ],
    [("flights cancelled from Amberly", 19, "exact")],
    [
        ("flights cancelled from Amberly", 52, "exact"),
        ("flights cancelled from Amberly", 3, "exact"),
        ("flights cancelled from Amberly", 14, "exact"),
    ],
)

# --- forms: own verbs and nouns, asides, ranges, respectively, words ---------------------------
forms(
    [
        "Eighteen miners, four of them apprentices, were taken to Corley hospital, seven to Avon Cross and two to a clinic in Drae."
    ],
    [("miners taken to Avon Cross", 7, "exact"), ("miners taken to a clinic in Drae", 2, "exact")],
    [
        ("miners taken to Avon Cross", 18, "exact"),
        ("miners taken to Avon Cross", 4, "exact"),
        ("apprentices taken to Avon Cross", 7, "exact"),
        ("miners taken to Corley hospital", 7, "exact"),
    ],
)
forms(
    ["The army moved 400 troops to Vashk, sent 150 tanks to Orrin and 60 to Lode."],
    [("tanks sent to Lode", 60, "exact"), ("troops moved to Vashk", 400, "exact")],
    [
        ("troops moved to Lode", 60, "exact"),
        ("troops moved to Orrin", 150, "exact"),
        ("tanks sent to Lode", 400, "exact"),
    ],
)
forms(
    ["Between 20 and 25 boats sank off Marrow Point, 10 to 12 off Hesk and three off the cape."],
    [("boats sank off Hesk", 10, "at_least"), ("boats sank off the cape", 3, "exact")],
    [
        ("boats sank off Hesk", 20, "at_least"),
        ("boats sank off the cape", 25, "exact"),
    ],
)
forms(
    ["The two ferries carried 340 and 210 passengers to Gullhaven and Pellin respectively."],
    [
        ("passengers carried to Pellin", 210, "exact"),
        ("passengers carried to Gullhaven", 340, "exact"),
    ],
    [
        ("passengers carried to Pellin", 340, "exact"),
        ("passengers carried to Gullhaven", 210, "exact"),
    ],
)
forms(
    ["Forty volunteers were sent to Brask, twenty-two to Millow and nine to Ferrin."],
    [("volunteers sent to Millow", 22, "exact"), ("volunteers sent to Ferrin", 9, "exact")],
    [
        ("volunteers sent to Millow", 40, "exact"),
        ("volunteers sent to Millow", 9, "exact"),
        ("volunteers sent to Brask", 22, "exact"),
    ],
)
forms(
    ["Thirty refugees were housed in Colm, 12 of whom were children, 15 in Tarry and 5 in Wend."],
    [("refugees housed in Tarry", 15, "exact"), ("refugees housed in Wend", 5, "exact")],
    [
        ("refugees housed in Tarry", 30, "exact"),
        ("refugees housed in Tarry", 12, "exact"),
        ("children housed in Tarry", 15, "exact"),
    ],
)
forms(
    ["The court fined 14 firms in Sallow, jailed 6 managers in Orby and 2 in Pike."],
    [("managers jailed in Pike", 2, "exact"), ("managers jailed in Orby", 6, "exact")],
    [
        ("firms fined in Pike", 2, "exact"),
        ("managers jailed in Pike", 14, "exact"),
        ("firms fined in Orby", 6, "exact"),
    ],
)
forms(
    ["Some 90 families left for Dorne, about 35 for Wick and a few dozen for the coast."],
    [("families left for Wick", 35, "about")],
    [
        ("families left for Wick", 90, "about"),
        ("families left for the coast", 35, "about"),
    ],
)
forms(
    ["Seven lorries were sent to Harl, then nine buses to Kettle and four to Brim."],
    [("buses sent to Brim", 4, "exact"), ("buses sent to Kettle", 9, "exact")],
    [
        ("lorries sent to Brim", 4, "exact"),
        ("lorries sent to Kettle", 9, "exact"),
        ("buses sent to Brim", 7, "exact"),
    ],
)

# --- shared: item words that also fit another item ---------------------------------------------
shared(
    [
        "The ministry sent 12 soldiers to the border, eight to the border town of Leme and five to the capital."
    ],
    [("soldiers sent to Leme", 8, "exact"), ("soldiers sent to the capital", 5, "exact")],
    [
        ("soldiers sent to the border", 8, "exact"),
        ("soldiers sent to Leme", 12, "exact"),
        ("soldiers sent to the capital", 8, "exact"),
    ],
)
shared(
    ["Storms killed 21 people in North Fenwick, nine in South Fenwick and four in Fenwick Bay."],
    [("people killed in South Fenwick", 9, "exact"), ("people killed in Fenwick Bay", 4, "exact")],
    [
        ("people killed in Fenwick", 9, "exact"),
        ("people killed in South Fenwick", 21, "exact"),
        ("people killed in Fenwick Bay", 9, "exact"),
        ("people killed in North Fenwick", 9, "exact"),
    ],
)
shared(
    ["The ferry took 300 passengers to Ardle, 120 to Ardle Quay and 40 to Ostby."],
    [("passengers taken to Ardle Quay", 120, "exact"), ("passengers taken to Ostby", 40, "exact")],
    [
        ("passengers taken to Ardle", 120, "exact"),
        ("passengers taken to Ardle Quay", 300, "exact"),
        ("passengers taken to Ostby", 120, "exact"),
    ],
)
shared(
    [
        "The trust gave 50 bursaries to students in Morran, 20 to students in Cale and 6 to teachers."
    ],
    [
        ("bursaries given to students in Cale", 20, "exact"),
        ("bursaries given to teachers", 6, "exact"),
    ],
    [
        ("bursaries given to students in Cale", 50, "exact"),
        ("bursaries given to students", 20, "exact"),
        ("bursaries given to teachers in Cale", 6, "exact"),
        ("bursaries given to teachers", 20, "exact"),
    ],
)
shared(
    ["Rebels freed 16 hostages in Karsa, 9 in Karsa province and 2 in the city of Ulm."],
    [("hostages freed in Karsa province", 9, "exact")],
    [
        ("hostages freed in Karsa", 9, "exact"),
        ("hostages freed in Karsa province", 16, "exact"),
        ("hostages freed in the city of Ulm", 9, "exact"),
    ],
)
shared(
    [
        "The firm shipped 70 cars to dealers in Perth, 45 to dealers in Perth's suburbs and 10 to fleet buyers."
    ],
    [
        ("cars shipped to dealers in Perth's suburbs", 45, "exact"),
        ("cars shipped to fleet buyers", 10, "exact"),
    ],
    [
        ("cars shipped to dealers in Perth", 45, "exact"),
        ("cars shipped to dealers in Perth's suburbs", 70, "exact"),
        ("cars shipped to fleet buyers", 45, "exact"),
    ],
)
shared(
    ["Doctors vaccinated 400 children in Halden, 150 adults in Halden and 90 in Rye."],
    [("adults vaccinated in Rye", 90, "exact"), ("adults vaccinated in Halden", 150, "exact")],
    [
        ("children vaccinated in Rye", 90, "exact"),
        ("adults vaccinated in Halden", 400, "exact"),
        ("children vaccinated in Halden", 150, "exact"),
    ],
)
shared(
    ["The charity sent 200 blankets to Tove, 80 to the camp near Tove and 30 to the north camp."],
    [
        ("blankets sent to the camp near Tove", 80, "exact"),
        ("blankets sent to the north camp", 30, "exact"),
    ],
    [
        ("blankets sent to Tove", 80, "exact"),
        ("blankets sent to the north camp", 80, "exact"),
        ("blankets sent to the camp near Tove", 30, "exact"),
        ("blankets sent to the camp near Tove", 200, "exact"),
    ],
)

shared(
    [
        "The ministry sent 12 soldiers to the border, eight to the border town of Leme and five to the capital."
    ],
    [("soldiers sent to the border", 12, "exact")],
    [("soldiers sent to the border town of Leme", 5, "exact")],
)
shared(
    [
        "The firm shipped 70 cars to dealers in Perth, 45 to dealers in Perth's suburbs and 10 to fleet buyers."
    ],
    [("cars shipped to dealers in Perth", 70, "exact")],
    [("cars shipped to dealers", 10, "exact")],
)
shared(
    ["The charity sent 200 blankets to Tove, 80 to the camp near Tove and 30 to the north camp."],
    [("blankets sent to Tove", 200, "exact")],
    [("blankets sent to the camp", 200, "exact")],
)
shared(
    ["Storms killed 21 people in North Fenwick, nine in South Fenwick and four in Fenwick Bay."],
    [("people killed in North Fenwick", 21, "exact")],
    [("people killed in Fenwick Bay", 21, "exact")],
)
forms(
    ["Inspectors closed 25 cafes in Marl, fined 40 bakeries in Dunn and 12 in Prestow."],
    [("bakeries fined in Prestow", 12, "exact"), ("cafes closed in Marl", 25, "exact")],
    [
        ("cafes closed in Prestow", 12, "exact"),
        ("cafes closed in Dunn", 40, "exact"),
        ("bakeries fined in Prestow", 25, "exact"),
    ],
)

lists(
    [
        "On March 3, 2026, police detained 31 protesters in Ashby, 17 in Moll and 5 in Renn, among them a man of 72."
    ],
    [("protesters detained in Moll", 17, "exact"), ("protesters detained in Renn", 5, "exact")],
    [
        ("protesters detained in Moll", 31, "exact"),
        ("protesters detained in Renn", 72, "exact"),
        ("protesters detained in Renn", 2026, "exact"),
        ("protesters detained in Moll", 3, "exact"),
    ],
)


# --- the lead, session 57: a sum of money or a percentage opening a later item is no head
# count's item ("£2,500 for each of the six shortlisted authors": six is the authors' count)
lists(
    [
        "PRIZES: £40,000 for the winner and £3,000 for each of the five shortlisted poets.",
        "The fund paid $900 to each of 120 families in Harl and $450 to each of 60 in Brim.",
        "Turnout was 61% in Osk and 48% in the four rural wards, where 3,200 people voted.",
    ],
    [
        ("shortlisted poets", 5, "exact"),
        ("families paid in Harl", 120, "exact"),
        ("people who voted in the rural wards", 3200, "exact"),
    ],
    [
        ("shortlisted poets", 3000, "exact"),
        ("families paid in Brim", 120, "exact"),
        ("rural wards", 48, "exact"),
    ],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
