# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 61's review set of af61's possessed owners (``grounding_rv61a.jsonl``, review
rv61a; :mod:`summarizer.verification.people.possessed_bodies`): a person the page writes as a
body's own by a possessive beside the name, given an affiliation:

- ``forms``: the owner's body in another form the page gives it (a nickname, "the Fed",
  "Caltech", a state organ, a parent the page names, the club a captain plays for): passes;
  a body of the story the person is not written with is refused;
- ``later``: the right body written apart from the possessive (two sentences on, "The
  billionaire also owns", "At club level she plays for"): passes; another person's,
  another time's and another clause's body is refused.

Run ``python tests/data/make_rv61a_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv61a.jsonl")

built = SupportCases(
    "rv61a",
    leads=[
        "By Harriet Ng | The Fenwick Courier",
        "OSLAND, June 3 (Meridian Wire) -",
        "Sport | The Dunmere Gazette",
        "Markets | The Quayside Financial",
        "By Piotr Zalewski, Lowfield Evening Standard",
    ],
)
FORMS, LATER = "forms", "later"


# --- forms: the owner's body in another form --------------------------------------------------
built.held_affiliation(
    FORMS,
    "captain",
    "Tomas Brennock",
    ["Kilmory Rovers"],
    ["Ashgrove Athletic"],
    "Kilmory Rovers beat Ashgrove Athletic 3-1 at Fernside Park on Saturday to go top of the table.",
    "The Rovers' captain Tomas Brennock scored twice before half-time.",
)
built.held_affiliation(
    FORMS,
    "chair",
    "Delia Marsh",
    ["Federal Reserve"],
    ["Treasury Department"],
    "Markets rose after the Treasury Department sold less debt than expected this quarter.",
    "Separately, the Fed's chair Delia Marsh said rates would stay on hold until autumn.",
)
built.held_affiliation(
    FORMS,
    "professor of physics",
    "Ivan Sorokov",
    ["California Institute of Technology"],
    ["Stanford University"],
    "A team at Stanford University reported a new superconducting material in March.",
    "Caltech's Ivan Sorokov, who could not repeat the result, said the samples were probably contaminated.",
    "Sorokov works at the California Institute of Technology in Pasadena.",
)
built.held_affiliation(
    FORMS,
    "military spokesman",
    "Avi Shalem",
    ["Israel Defense Forces", "Israel"],
    ["United Nations"],
    "The United Nations said on Tuesday that aid lorries had been held at the crossing for a week.",
    "Israel's military spokesman Avi Shalem said the lorries would be let through once they had been searched.",
)
built.held_affiliation(
    FORMS,
    "chief executive",
    "Rhona Leckie",
    ["Harrow Digital", "Picta"],
    ["Ostrava Telecom"],
    "Ostrava Telecom said on Monday it would cut 2,000 jobs.",
    "Picta's chief executive Rhona Leckie, whose app is owned by Harrow Digital, said she was hiring.",
)
built.held_affiliation(
    FORMS,
    "head",
    "Jonas Beck",
    ["Norges Bank Investment Management"],
    ["Orrefors Capital"],
    "Norway's wealth fund, which is run by Norges Bank Investment Management, lost 2% in the quarter.",
    "Orrefors Capital, a Swedish hedge fund, made 9%.",
    "Norway's wealth fund chief Jonas Beck said the fall was mostly down to technology shares.",
)
built.held_affiliation(
    FORMS,
    "ambassador to the UN",
    "Pavel Rudin",
    ["Russia", "Russian Foreign Ministry"],
    ["Security Council presidency"],
    "Moscow's ambassador to the UN, Pavel Rudin, walked out of the meeting on Friday.",
)
built.held_affiliation(
    FORMS,
    "foreign secretary",
    "Alan Pryce",
    ["Foreign Office", "United Kingdom", "British government"],
    ["European Commission"],
    "The European Commission proposed new rules on fishing quotas on Wednesday.",
    "Britain's foreign secretary Alan Pryce said London would not accept them.",
)
built.held_affiliation(
    FORMS,
    "manager",
    "Sofia Lindqvist",
    ["Hammarby Athletic"],
    ["Malmo Stars", "Swedish FA"],
    "Malmo Stars lost 2-0 at home to Hammarby Athletic, and the Swedish FA said it would look at the red card.",
    "Hammarby's manager Sofia Lindqvist said her side had earned the win.",
)
built.held_affiliation(
    FORMS,
    "governor",
    "Marek Holub",
    ["Czech National Bank"],
    ["International Monetary Fund"],
    "The International Monetary Fund cut its growth forecast for central Europe on Thursday.",
    "The Czech central bank's governor Marek Holub said the Czech National Bank would hold rates.",
)

# --- later: the right body written apart from the possessive ----------------------------------
built.held_affiliation(
    LATER,
    "forward",
    "Niamh Okafor",
    ["Arsenal Women"],
    ["Chelsea Women"],
    "Ireland beat Norway 2-0 in Dublin on Tuesday night.",
    "Niamh Okafor, Ireland's captain, scored the first goal from the penalty spot.",
    "Chelsea Women had tried to sign her in the summer.",
    "At club level the striker plays for Arsenal Women.",
)
built.held_affiliation(
    LATER,
    "chief executive",
    "Elliot Grane",
    ["Vantor Rockets", "Helix Motors"],
    ["Corvid Aerospace"],
    "Corvid Aerospace lost its launch contract with the space agency on Monday.",
    "Elliot Grane, Helix Motors' chief executive, said the decision was long overdue.",
    "The billionaire also owns Vantor Rockets, which won the contract.",
)
built.held_affiliation(
    LATER,
    "professor",
    "Lucia Ferraz",
    ["University of Coimbra"],
    ["Lisbon Water Authority"],
    "The Lisbon Water Authority said on Friday that the river was safe to swim in.",
    "Lucia Ferraz, Portugal's envoy to the river commission, disagreed.",
    '"The samples tell another story," she said.',
    "Ferraz teaches hydrology at the University of Coimbra.",
)
built.held_affiliation(
    LATER,
    "spokeswoman",
    "Hana Kovar",
    ["Zelen Party"],
    ["Social Democrats"],
    "The Social Democrats won the vote in the capital on Sunday.",
    "Hana Kovar, Moravia's regional spokeswoman, said turnout had been low.",
    "Kovar has sat for the Zelen Party in the regional assembly since 2019.",
)
built.held_affiliation(
    LATER,
    "chief economist",
    "Ruth Adeyemi",
    ["Lagos Merchant Bank"],
    ["Central Bank of Nigeria"],
    "The Central Bank of Nigeria raised its main rate by half a point on Tuesday.",
    "Lagos Merchant Bank's chief economist Ruth Adeyemi said the rise had been expected.",
)
built.held_affiliation(
    LATER,
    "coach",
    "Marco Pellegrini",
    ["Ostia Nautica"],
    ["Roma Aquatics"],
    "Italy's swimming coach Marco Pellegrini said the squad had trained through the heat.",
    "Roma Aquatics, the club that supplied six of the team, held a send-off on Monday.",
    "Pellegrini has coached at Ostia Nautica, a club on the coast, for twenty years.",
)
built.held_affiliation(
    LATER,
    "deputy",
    "Karin Voss",
    ["Bundestag"],
    ["Berlin Senate"],
    "The Berlin Senate approved the new rent cap on Wednesday.",
    "Karin Voss, Germany's deputy envoy for housing, criticised the cap.",
    "The envoy, who was elected to the Bundestag in 2021, said it would stop new building.",
)
built.held_affiliation(
    LATER,
    "director",
    "Femi Balogun",
    ["Kano Film Institute"],
    ["Lagos Film Festival"],
    "The Lagos Film Festival opened on Friday with a documentary about the city's markets.",
    "Femi Balogun, Nigeria's former culture envoy, was in the audience.",
    "These days Balogun runs the Kano Film Institute.",
)
built.held_affiliation(
    LATER,
    "analyst",
    "Owen Lacey",
    ["Brindle Securities"],
    ["Galway Dairy Co-op"],
    "Galway Dairy Co-op posted a record profit on Thursday.",
    "Owen Lacey, Ireland's longest-serving dairy analyst, called the result strong.",
    "He works for Brindle Securities in Dublin.",
)
built.held_affiliation(
    LATER,
    "minister",
    "Ilse Brandt",
    ["Austrian government", "Austria"],
    ["Vienna Chamber of Commerce"],
    "The Vienna Chamber of Commerce warned on Monday that gas prices would rise again.",
    "Austria's energy minister Ilse Brandt said the warning was overdone.",
)
built.held_affiliation(
    LATER,
    "forward",
    "Grainne Hollis",
    ["Ireland"],
    ["Chelsea Women", "Dundalk Ladies"],
    "Grainne Hollis, Ireland's captain, scored the winner against Wales on Friday.",
    "The goalkeeper, Aoife Byrne, plays for Chelsea Women and kept a clean sheet.",
    "Her former club Dundalk Ladies sent a message of congratulations.",
)
built.held_affiliation(
    LATER,
    "chief executive",
    "Dorota Wilk",
    ["Baltica Shipping"],
    ["Gdansk Port Authority", "Nordhaven Ferries"],
    "Dorota Wilk, Baltica Shipping's chief executive, said freight rates had bottomed out.",
    "The regulator Gdansk Port Authority disagreed on Tuesday.",
    "The company also sold its stake in Nordhaven Ferries last year.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
