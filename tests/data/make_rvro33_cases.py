# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Review rvro33 of roles33's own-title and affiliation-holder rules
(``grounding_rvro33.jsonl``): a person's ``role`` and ``affiliation`` written in other ways
than the rules' first shapes, by category, each with what must pass and what must fail:

- ``other-wording``: a correct role written after "as", "to", "then-", a person with two
  posts, a title that changed in the story, a title in another case. Refused: the
  neighbouring person's office, a rank word the page does not give, another ministry;
- ``short-forms``: abbreviated titles ("Sec.", "Gov.", "Sen.") and British forms ("Foreign
  Secretary" is the foreign minister, "Home Secretary" the interior minister), fact-box
  labels with a dash. Refused: another office, another person's post;
- ``body-forms``: affiliations tied through a party's initials ("of the PRI"), through "its"
  after the body's sentence, or a body the person left ("a former chief of ..."). Refused:
  the other person's body when the page ties this one to another.

Run ``python tests/data/make_rvro33_cases.py`` to rebuild it. The texts are written for this
set (fictional outlets and people); each verdict is what a careful fact-checker reads in the
text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvro33.jsonl")

built = SupportCases(
    "rv33",
    leads=[
        "OSLO (Northern Wire) -",
        "By Petra Lindqvist | The Fjord Ledger",
        "From our correspondent in Lagos.",
        "CANBERRA (Southern Cross Press) -",
        "Politics desk, The Meridian Post.",
    ],
)
WORDING, SHORT, BODY = "other-wording", "short-forms", "body-forms"


affiliation = partial(built.affiliation, BODY)


# --- other-wording ---------------------------------------------------------------------------
built.person_role(
    WORDING,
    "Lena Vasquez",
    ["Commerce Secretary", "Secretary of Commerce"],
    ["Treasury Secretary", "Deputy Commerce Secretary"],
    "Secretary Lena Vasquez opened the trade fair in Detroit on Tuesday, flanked by Ambassador Tom Hadley.",
    "Vasquez, who was sworn in as Commerce Secretary in February, said the tariff review would continue through the summer.",
)
built.person_role(
    WORDING,
    "Aurelio Brandt",
    ["Deputy Prime Minister", "finance minister", "Deputy Prime Minister and Finance Minister"],
    ["Prime Minister", "foreign minister", "Deputy Finance Minister"],
    "Deputy Prime Minister Aurelio Brandt, who is also the country's finance minister, presented the budget on Wednesday.",
    "Prime Minister Colette Varga praised the plan, while Foreign Minister Jonas Eide said it would reassure lenders abroad.",
)
built.person_role(
    WORDING,
    "Rosa Kimathi",
    ["Senator", "former governor"],
    ["Attorney General", "Lieutenant Governor"],
    "The water deal was signed in 2019 by then-Governor Rosa Kimathi and the state's attorney general, Paul Ondiek.",
    "Kimathi, now a senator, declined to comment on Monday.",
)
built.person_role(
    WORDING,
    "Ilse Marquardt",
    ["Foreign Minister", "Vice Chancellor"],
    ["Chancellor", "Interior Minister"],
    "Foreign Minister Ilse Marquardt flew to Vienna on Monday for talks with her Austrian counterpart.",
    "Two days later Chancellor Otto Brenner promoted Marquardt to vice chancellor, and Interior Minister Ruth Falk welcomed the move.",
)
built.person_role(
    WORDING,
    "Hanna Luoto",
    ["Prime Minister", "prime minister"],
    ["President", "Deputy Prime Minister"],
    "prime minister Hanna Luoto told parliament on Thursday that the border crossings would stay shut.",
    "President Eero Salmi backed the decision in a short statement.",
)
built.person_role(
    WORDING,
    "Kwame Asante",
    ["Defence Minister", "minister of defence"],
    ["Chief of Defence Staff", "Deputy Defence Minister"],
    "Ghana's defence minister, Kwame Asante, met General Yaw Boateng, the chief of defence staff, in Accra.",
    "Asante serves as minister of defence in a cabinet reshuffled last year.",
)

# --- short-forms -----------------------------------------------------------------------------
built.person_role(
    SHORT,
    "Gordon Pike",
    ["Governor", "governor"],
    ["Senator", "Lieutenant Governor"],
    "Gov. Gordon Pike signed the wildfire bill on Friday, with Sen. Alma Reyes and Lt. Gov. Dale Kerr beside him.",
)
built.person_role(
    SHORT,
    "Marcus Hale",
    ["Defense Secretary", "Secretary of Defense"],
    ["Navy Secretary", "Deputy Defense Secretary"],
    "Defense Sec. Marcus Hale toured the shipyard with Navy Secretary Joan Ruiz on Monday.",
)
built.person_role(
    SHORT,
    "Priya Chandran",
    ["Foreign Secretary", "foreign minister"],
    ["Home Secretary", "shadow foreign secretary"],
    "Foreign Secretary Priya Chandran flew to Riyadh on Sunday, leaving Home Secretary Gareth Owens to handle the asylum row.",
    "The shadow foreign secretary, Miles Darby, called the trip overdue.",
)
built.person_role(
    SHORT,
    "Johann Keller",
    ["Foreign minister", "Foreign Minister"],
    ["Finance minister", "Vice chancellor"],
    "Who is who in the new cabinet",
    "Chancellor — Sabine Otto\nVice chancellor — Lars Wendt\nForeign minister — Johann Keller\nFinance minister — Petra Noll",
    "Keller, a lawyer from Bremen, is new to government.",
)

built.person_role(
    SHORT,
    "Dale Kerr",
    ["Lieutenant Governor", "Lt. Gov."],
    ["Governor", "Senator"],
    "Lt. Gov. Dale Kerr chaired the flood panel on Thursday while Gov. Gordon Pike was abroad.",
)
built.person_role(
    SHORT,
    "Olek Marchuk",
    ["chief of the general staff", "Chief of the General Staff"],
    ["defence minister", "deputy chief of the general staff"],
    "The president heard a report from the chief of the general staff, Gen. Olek Marchuk, while Defence Minister Ivan Sorok looked on.",
)

# --- body-forms ------------------------------------------------------------------------------
affiliation(
    "Ana Beltran",
    ["Institutional Revolutionary Party", "PRI"],
    ["National Action Party", "Citizens' Movement"],
    "Senator Rodrigo Fuentes of the Institutional Revolutionary Party opened the debate on Tuesday.",
    "Ana Beltran of the PRI, who chairs the budget committee, backed him, while Luis Mora of the National Action Party voted no.",
    "Dante Rios of the Citizens' Movement abstained.",
)
affiliation(
    "Dana Pruitt",
    ["Harwell Motors"],
    ["Stanmore Securities"],
    "Harwell Motors said on Monday it would cut 2,000 jobs at its Ohio plants.",
    "Its chief executive, Dana Pruitt, a former finance chief of Lyle Foods, said the cuts were painful but necessary.",
    "Colin Webb of Stanmore Securities said the market had expected deeper cuts.",
)
affiliation(
    "Tariq Haddad",
    ["Kestrel Airways"],
    ["Orion Air"],
    "Kestrel Airways' chairman, Noor Samir, announced the merger talks on Wednesday.",
    "Tariq Haddad, a former pilot at Orion Air who now runs Kestrel Airways' cargo arm, said the talks were early.",
    "Orion Air's chief executive, Felix Brandt, declined to comment.",
)
affiliation(
    "Mei Tan",
    ["Greenfield Party"],
    ["Civic Union"],
    "Greenfield Party leader Owen Lau called the vote a turning point.",
    "Mei Tan, a lawmaker from the party's youth wing and a former aide at Civic Union, agreed.",
    "Civic Union's spokesman, Jasper Ng, said the result was close.",
)
affiliation(
    "Ingrid Sol",
    ["Nordbank"],
    ["Fjordkraft"],
    "Nordbank's chief economist, Ingrid Sol, expects two more rate cuts this year.",
    "Per Aas of Fjordkraft said power prices would ease by spring, and Sol agreed.",
)
affiliation(
    "Kofi Mensah",
    ["National Democratic Congress", "NDC"],
    ["New Patriotic Party", "Convention People's Party"],
    "Kofi Mensah (NDC) led the walkout on Tuesday, joined by Yaw Darko of the National Democratic Congress.",
    "Ama Owusu of the New Patriotic Party and Kojo Addo of the Convention People's Party stayed in the chamber.",
)
affiliation(
    "Lena Fischer",
    ["World Health Organization", "WHO"],
    ["UNICEF", "Red Cross"],
    "Dr. Lena Fischer of the WHO said the outbreak was slowing, a view shared by Amara Diallo of the World Health Organization's Africa office.",
    "Catherine Moss of UNICEF and Piet Janssen of the Red Cross warned that supplies were running short.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
