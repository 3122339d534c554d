# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 15 from outside check 34's causes
(``grounding_speakers34.jsonl``): value-support cases for four ways a quote's speaker, a byline
or an outlet was read wrongly, by category, each with what must pass and what must fail, and
the strength of each refusal in its "why" (unsupported: the page gives the value to someone
else or does not credit it; unconfirmed: two readings stand):

- ``bracketed-title``: a long title run with the speaker's body closed by its abbreviation in
  brackets before the name ("Inspector General of the Frontier Constabulary (FC) Major
  General Tariq Mehmood told journalists", "The Managing Director, Federal Airports
  Authority (FAA), Mrs Grace Okafor, said"): the name ending the run is the speaker, before a
  quote or after it, and so is the "he said" of later quotes; the one named before stays
  refused, as does a name the page gives only in another sentence than the body's;
- ``said-of``: "X said of Y", "X said about Y", "said X of Y", "X said, referring to Y": Y
  is the one spoken of, so a later "he said" is still X's; a phrase in quotation marks inside
  narration ("using a local curse word for "fool,"") is a word the narrator's subject used,
  not a quote whose attribution breaks the chain; a new paragraph that has Y speak gives Y
  the quote after it;
- ``credit-line``: "This report was originally published by X", "First appeared in X",
  "Republished with permission from X", "Source: X", "Courtesy of X", on a line of their own
  (or after the story's last stop) anywhere on the page, name the outlet; a mention of X in a
  sentence, a photo's credit, or "told X" on a page another outlet publishes do not;
- ``date-stamp-byline``: a date or time line with "By" authors and the outlet after them
  ("Published 12 March 2023 | By A | X", "Updated: 04:15 GMT  By A, X", "date 2025-04-19 By A
  and B X") credits the authors and names the outlet; a name in the body, "Photo by", and a
  part of a name do not.

Run ``python tests/data/make_speakers34_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_speakers34.jsonl")

built = SupportCases("sp34")
Q1, Q2 = "\u201c", "\u201d"
quote = built.graded_quote


def page(category: str, field: str, text: str, passes: list[str], fails: list[str]) -> None:
    """The article's ``field`` ("outlet" or "byline"): each of ``passes`` is supported, each of
    ``fails`` refused as unsupported (not credited on the page)."""
    for expect, value in verdicts(passes, fails):
        facts: dict[str, Any] = {"article": {**ARTICLE, field: value}}
        why = f"{field} {value} ({'supported' if expect else 'unsupported'})"
        built.add(category, expect, why, text, facts, f"article.{field}")


# --- bracketed-title: the name ending a title run with a bracketed abbreviation speaks
C = "bracketed-title"
TEXT = f"QUETTA: Provincial Home Minister Sajid Baloch visited the border post on Saturday.\n\n{Q1}The gate will open for trucks on Monday,{Q2} Inspector General of the Frontier Constabulary (FC) Major General Tariq Mehmood told journalists at the post. {Q1}Pedestrians must wait another week,{Q2} he said.\n"
quote(C, TEXT, "The gate will open for trucks on Monday,", ["Tariq Mehmood"], ["Sajid Baloch"])
quote(C, TEXT, "Pedestrians must wait another week,", ["Tariq Mehmood"], ["Sajid Baloch"])
TEXT = 'ABUJA \u2014 The Minister of Aviation, Musa Danjuma, opened the new terminal on Thursday.\n\nThe Managing Director, Federal Airports Authority (FAA), Mrs Grace Okafor, said the runway lights would be switched on in June.\n\n"We have trained forty new controllers," she said.\n'
quote(C, TEXT, "We have trained forty new controllers,", ["Grace Okafor"], ["Musa Danjuma"])
TEXT = 'NAIROBI, May 2 (Rift Wire) - Treasury Secretary John Ouma presented the budget on Thursday.\n\n"Pump prices will fall in the second half of the year," said the Acting Director General, Energy Pricing Authority (EPA), Engr. Daniel Koech. "Households will see it in their bills," he added.\n'
quote(
    C,
    TEXT,
    "Pump prices will fall in the second half of the year,",
    ["Daniel Koech"],
    ["John Ouma"],
)
quote(C, TEXT, "Households will see it in their bills,", ["Daniel Koech"], ["John Ouma"])
TEXT = f"MANILA \u2014 Senator Risa Llamas filed a resolution on the shoal on Wednesday. National Maritime Council (NMC) spokesman Rear Admiral Jose Marquez said two coast guard ships would stay at the shoal through the monsoon. {Q1}We will not leave,{Q2} he said.\n"
quote(C, TEXT, "We will not leave,", ["Jose Marquez"], ["Risa Llamas"])
TEXT = 'JUBA (Nile Wire) \u2014 Vice President Riek Deng chaired the session on Friday.\n\nHead of the Lord\'s Freedom Army (LFA) delegation Okello Abura told the talks that his fighters would gather at two camps.\n\n"We want our men home before the rains," he said.\n'
quote(C, TEXT, "We want our men home before the rains,", ["Okello Abura"], ["Riek Deng"])
TEXT = f"SRINAGAR: Defence Minister Anil Rao reviewed the deployment on Tuesday. Director General of Military Operations (DGMO) Lt Gen Vikram Sethi said he had spoken to his counterpart on the hotline. {Q1}Both sides agreed to hold fire along the line,{Q2} he said.\n"
quote(C, TEXT, "Both sides agreed to hold fire along the line,", ["Vikram Sethi"], ["Anil Rao"])
TEXT = 'KISUMU \u2014 Roads Secretary Davis Korir toured the flooded county on Monday. Rural Roads Authority (KeRRA) director general Peter Lagat said 300 kilometres of road had washed away. "Contractors are back on site," he said.\n'
quote(C, TEXT, "Contractors are back on site,", ["Peter Lagat"], ["Davis Korir"])
TEXT = "DHAKA \u2014 Home Adviser Jahangir Alam met the commanders on Sunday.\n\n\u201cNo one will be pushed back across the river,\u201d Director General of Border Guard Bangladesh (BGB) Major General Rafiq Hasan told a briefing in the capital on Sunday evening.\n"
quote(
    C,
    TEXT,
    "No one will be pushed back across the river,",
    ["Rafiq Hasan", "Major General Rafiq Hasan"],
    ["Jahangir Alam"],
)
TEXT = 'ACCRA (Gold Coast Times) - Finance Minister Kofi Boateng announced the new price on Monday. The Chief Executive of the National Cocoa Board (NCB), Mr Kwame Asante, said farmers would be paid by Friday.\n\n"Every bag will be weighed in the village," he said.\n'
quote(C, TEXT, "Every bag will be weighed in the village,", ["Kwame Asante"], ["Kofi Boateng"])
TEXT = '"We expect the first convoy by Friday," said the Special Envoy of the Horn Peace Authority (HPA) for the Red Sea Hassan Dualeh, after talks with Foreign Minister Amina Yusuf. "The road is open," he said.\n'
quote(
    C,
    f"Relief\n\n{TEXT}",
    "We expect the first convoy by Friday,",
    ["Hassan Dualeh"],
    ["Amina Yusuf"],
)
TEXT = 'ISLAMABAD: Law Minister Aslam Tarar spoke first. Speaking at a news conference, Chairman of the National Audit Bureau (NAB) Justice (retd) Karim Shah said the inquiry would finish in March. "Nobody is above the law," he said.\n'
quote(C, TEXT, "Nobody is above the law,", ["Karim Shah"], ["Aslam Tarar"])
TEXT = 'ELDORET \u2014 Agriculture Secretary Paul Kamau opened the clinic on Friday. "We have vaccinated 40,000 cattle," said Kenya Livestock Board (KLB) chairperson Dr. Mercy Wanjiru at the clinic.\n'
quote(C, TEXT, "We have vaccinated 40,000 cattle,", ["Mercy Wanjiru"], ["Paul Kamau"])
TEXT = 'LONDON \u2014 Home Secretary Ruth Lyle visited Dover on Monday. The chief executive of the National Fraud Agency (Nfa), Graham Pike, said the gangs were changing routes. "They move every month," he said.\n'
quote(C, TEXT, "They move every month,", ["Graham Pike"], ["Ruth Lyle"])
TEXT = 'ABUJA \u2014 Senate President Obi Nwosu met the press on Sunday. "The bill will be signed next week," Special Adviser to the President on Media (SAPM) Tunde Bakare said after the meeting.\n'
quote(C, TEXT, "The bill will be signed next week,", ["Tunde Bakare"], ["Obi Nwosu"])
# near misses: the name before the bracket's body; the name in another sentence than it
TEXT = 'ISLAMABAD: Omar Saeed, Director General of the Border Security Directorate (BSD), said the crossing would reopen next week. "Traders have waited long enough," he said.\n'
quote(C, TEXT, "Traders have waited long enough,", ["Omar Saeed"], ["Imran Qadir"])
TEXT = 'ISLAMABAD: The Border Security Directorate (BSD) said in a statement that the crossing would stay shut. "No trucks will pass before Monday," the statement said. Brigadier Omar Saeed took command of the force in May.\n'
quote(C, TEXT, "No trucks will pass before Monday,", [], ["Omar Saeed"])
TEXT = 'PUERTO PRINCESA \u2014 Defence Secretary Gil Santos visited the base on Thursday.\n\nThe Armed Forces of the Philippines (AFP) Western Command said on Friday that "the ships were warned twice" before they left.\n'
quote(C, TEXT, "the ships were warned twice", ["Western Command"], ["Gil Santos"])
TEXT = 'NEW YORK \u2014 Ambassador Lea Moreau chaired the closed session.\n\n"The ceasefire must hold," the United Nations (UN) Security Council said in a statement on Friday.\n'
quote(C, TEXT, "The ceasefire must hold,", ["UN Security Council"], ["Lea Moreau"])
TEXT = 'PESHAWAR: Director General of the Border Security Directorate (BSD) Brigadier Omar Saeed told reporters the crossing would reopen next week.\n\nInterior Minister Ali Khan arrived at the post an hour later. "We will pay for the new scanners," he said.\n'
quote(C, TEXT, "We will pay for the new scanners,", ["Ali Khan"], ["Omar Saeed"])
TEXT = 'KARACHI: Director General of the Sindh Rangers (SR) Major General Azhar Waqas met Chief Minister Murad Shah on Friday.\n\n"Patrols will double," Shah said after the meeting. "We owe it to the traders," he said.\n'
quote(C, TEXT, "We owe it to the traders,", ["Murad Shah"], ["Azhar Waqas"])

# --- said-of: the one spoken of is not the next "he"
C = "said-of"
P = "HAVANA (Island Wire) \u2014 Talks between the two governments resumed on Monday after a year.\n\n"
TEXT = (
    P
    + '"He is a man of his word," said Foreign Minister Luis Ramos of U.S. envoy John Carver. "We will meet again in June," he said.\n'
)
quote(C, TEXT, "He is a man of his word,", ["Luis Ramos"], ["John Carver"])
quote(C, TEXT, "We will meet again in June,", ["Luis Ramos"], ["John Carver"])
TEXT = (
    P
    + '"She listens before she speaks," Luis Ramos said about Ana Bell, the U.S. negotiator. "That is rare," he added.\n'
)
quote(C, TEXT, "That is rare,", ["Luis Ramos"], ["Ana Bell"])
TEXT = (
    P
    + f"{Q1}He kept every promise he made,{Q2} Luis Ramos said, referring to John Carver. {Q1}We will meet again in June,{Q2} he said.\n"
)
quote(C, TEXT, "We will meet again in June,", ["Luis Ramos"], ["John Carver"])
TEXT = (
    P
    + '"A patient man," Ramos remarked of Carver on Tuesday. "Patience is what this needs," he said.\n'
)
quote(C, TEXT, "Patience is what this needs,", ["Ramos"], ["Carver"])
TEXT = 'MANILA (Island Wire) \u2014 President Rodrigo Vela called off a meeting with U.S. President Mark Dalton on Tuesday.\n\nVela, using a local curse word for "fool," said Dalton must show respect. "I am nobody\'s puppet," he said.\n'
quote(C, TEXT, "I am nobody's puppet,", ["Rodrigo Vela"], ["Mark Dalton"])
TEXT = 'MANILA (Island Wire) \u2014 President Rodrigo Vela called off a meeting with U.S. President Mark Dalton on Tuesday. "He must show respect," Vela said of Dalton. Using the Tagalog word for "fool," he said, "I am nobody\'s puppet."\n'
quote(C, TEXT, "I am nobody's puppet.", ["Rodrigo Vela"], ["Mark Dalton"])
TEXT = 'MADRID \u2014 Prime Minister Ana Soto criticised her former deputy, Pablo Ruiz, on Monday. Quoting an old saying about "loyal friends," she said, "Some leave when the rain starts."\n'
quote(C, TEXT, "Some leave when the rain starts.", ["Ana Soto"], ["Pablo Ruiz"])
TEXT = 'MADRID \u2014 Prime Minister Ana Soto met her former deputy, Pablo Ruiz, on Monday. "We disagree on water," Soto said. Calling the split a "family quarrel," she added: "Families make up."\n'
quote(C, TEXT, "Families make up.", ["Ana Soto"], ["Pablo Ruiz"])
TEXT = 'LIMA \u2014 "I have no quarrel with him," Interior Minister Raul Paredes told reporters of the police chief, General Hugo Saenz. "We talk every morning," he said.\n'
quote(C, TEXT, "We talk every morning,", ["Raul Paredes"], ["Hugo Saenz"])
TEXT = 'LIMA \u2014 Interior Minister Raul Paredes wrote of General Hugo Saenz in a letter to Congress that the police chief had his trust.\n\n"We talk every morning," he said.\n'
quote(C, TEXT, "We talk every morning,", ["Raul Paredes"], ["Hugo Saenz"])
TEXT = 'LIMA \u2014 Interior Minister Raul Paredes defended the police chief, General Hugo Saenz, on Monday. Quoting Saenz\'s own motto, "serve first," he said, "That is what he does every day."\n'
quote(C, TEXT, "That is what he does every day.", ["Raul Paredes"], ["Hugo Saenz"])
TEXT = (
    P
    + 'Ramos, who called Carver "a friend," said the talks would go on through the summer. "We will meet again in June," he added.\n'
)
quote(C, TEXT, "We will meet again in June,", ["Ramos"], ["Carver"])
TEXT = (
    P
    + '"He keeps his word," said Luis Ramos regarding John Carver. "We will meet again in June," he added.\n'
)
quote(C, TEXT, "He keeps his word,", ["Luis Ramos"], ["John Carver"])
# near misses: a new paragraph has the one spoken of speak; "said of" with no later pronoun
TEXT = (
    P
    + '"He is a man of his word," said Luis Ramos of John Carver.\n\nCarver, speaking later in Miami, returned the praise. "We will meet again in June," he said.\n'
)
quote(C, TEXT, "We will meet again in June,", ["John Carver"], ["Luis Ramos"])
TEXT = (
    P
    + '"He is a man of his word," Luis Ramos said of John Carver.\n\nJohn Carver flew home on Tuesday. "The Cubans were generous hosts," he told reporters at the airport.\n'
)
quote(C, TEXT, "The Cubans were generous hosts,", ["John Carver"], ["Luis Ramos"])
TEXT = P + '"He is a man of his word," Luis Ramos said of John Carver.\n'
quote(C, TEXT, "He is a man of his word,", ["Luis Ramos"], ["John Carver"])

# --- credit-line: a line crediting where the story first ran names the outlet
C = "credit-line"
BODY = "Dam accord signed after a decade of talks\n\nThe two governments signed a water-sharing accord on Monday, officials said, ending a quarrel over the upper river that had lasted ten years.\n\nThe accord sets quotas for the dry season and creates a joint commission that will meet twice a year.\n\nFarmers downstream welcomed the deal but said they would wait to see whether the quotas held in a drought.\n\nThe accord runs for ten years and either side may ask to renew it in its ninth year.\n\n"
AFTER = "\n\nRelated stories\n\nFloods return to the delta for the third spring in a row\n\nMinisters to meet on dredging plans in the autumn\n\nComments are closed for this story.\n\nShare this story\n"
page(
    C,
    "outlet",
    BODY
    + "This article was originally published by Mekong Current and is republished here with permission."
    + AFTER,
    ["Mekong Current"],
    ["Mekong", "Current Affairs"],
)
page(
    C,
    "outlet",
    BODY + "This story first appeared in The Delta Ledger." + AFTER,
    ["The Delta Ledger", "Delta Ledger"],
    ["The Ledger"],
)
page(
    C,
    "outlet",
    BODY + "Republished with permission from Harbour Wire. All rights reserved." + AFTER,
    ["Harbour Wire"],
    ["Harbour"],
)
page(
    C,
    "outlet",
    BODY + "Source: Sahel Press Agency" + AFTER,
    ["Sahel Press Agency"],
    ["Sahel Press"],
)
page(
    C, "outlet", BODY + "Courtesy of Gulf Channel" + AFTER, ["Gulf Channel"], ["Gulf Channel News"]
)
page(
    C,
    "outlet",
    BODY + "*This piece was first published on River Voices (RV).*" + AFTER,
    ["River Voices", "RV"],
    [],
)
page(
    C,
    "outlet",
    "Dam accord signed\n\nOriginally published by Upland Radio\n\n" + BODY + "Ends." + AFTER,
    ["Upland Radio"],
    [],
)
page(
    C,
    "outlet",
    BODY
    + "Officials will meet again in June. This report was first published by Steppe Review."
    + AFTER,
    ["Steppe Review"],
    [],
)
page(
    C,
    "outlet",
    BODY + "Read the original story at Lowland Observer." + AFTER,
    ["Lowland Observer"],
    [],
)
page(
    C,
    "outlet",
    BODY + "(Reprinted from Coastline Daily with permission.)" + AFTER,
    ["Coastline Daily"],
    [],
)
page(
    C,
    "outlet",
    BODY + "The original version of this story was published by Quay Beat." + AFTER,
    ["Quay Beat"],
    [],
)
page(
    C,
    "outlet",
    BODY + "Story courtesy of Baltic Freight Review" + AFTER,
    ["Baltic Freight Review"],
    ["Baltic Review"],
)
page(
    C,
    "outlet",
    BODY + "Sources: Sahel Press Agency, Lake Radio" + AFTER,
    ["Sahel Press Agency", "Lake Radio"],
    ["Sahel Lake Radio"],
)
page(
    C,
    "outlet",
    BODY + "Source: The Coastal Star (Ghana)" + AFTER,
    ["The Coastal Star"],
    ["Ghana Star"],
)
# near misses: the outlet in a sentence, as the one told, or a picture's credit
page(
    C,
    "outlet",
    BODY
    + "The accord's text was first reported by Delta Ledger in March, citing two diplomats.\n\nThis story first appeared in Mekong Current."
    + AFTER,
    ["Mekong Current"],
    ["Delta Ledger"],
)
page(
    C,
    "outlet",
    BODY
    + "The water minister told Harbour Wire in a long interview on Tuesday that the quotas were fair to both sides.\n\nThis story first appeared in Mekong Current."
    + AFTER,
    ["Mekong Current"],
    ["Harbour Wire"],
)
page(
    C,
    "outlet",
    BODY
    + "Photo courtesy of Gulf Channel\n\nThe commission's first meeting is due in the autumn, a ministry official said on Monday."
    + AFTER,
    [],
    ["Gulf Channel"],
)
page(
    C,
    "outlet",
    BODY
    + "Diplomats said the draft first appeared in Steppe Review as a leaked memo in January."
    + AFTER,
    [],
    ["Steppe Review"],
)
page(
    C,
    "outlet",
    BODY + "Source: a senior official at the water ministry" + AFTER,
    [],
    ["water ministry"],
)
page(C, "outlet", BODY + "Video courtesy of Quay Beat" + AFTER, [], ["Quay Beat"])
page(
    C,
    "outlet",
    "Dam accord signed\n\nOriginally published in March 2024 by the river authority as a notice to farmers.\n\n"
    + BODY
    + AFTER,
    [],
    ["March", "river authority"],
)

# --- date-stamp-byline: the authors and outlet on a date or time line
C = "date-stamp-byline"
HEAD = "Home | World | Asia\n\nDam accord signed after a decade of talks\n\nFarmers wait to see whether the new quotas hold in a dry year.\n\n"
LEAD = "The two governments signed a water-sharing accord on Monday, officials said, ending a ten-year quarrel over the upper river.\n\nThe accord sets quotas for the dry season and creates a joint commission.\n\nFarmers downstream said they would wait to see whether the quotas held.\n\nThe commission meets for the first time in the autumn, in the border town of Tura.\n"
TEXT = HEAD + "date 2025-04-19 By Marta Lind and Tomas Berg Northern Times\n\n" + LEAD
page(
    C, "byline", TEXT, ["Marta Lind", "Tomas Berg", "Marta Lind and Tomas Berg"], ["Berg Northern"]
)
page(C, "outlet", TEXT, ["Northern Times", "The Northern Times"], ["Times", "Tomas Berg"])
TEXT = HEAD + "Published 12 March 2023 | By Bilal Anwar | Indus Herald\n\n" + LEAD
page(C, "byline", TEXT, ["Bilal Anwar"], ["Anwar Indus"])
page(C, "outlet", TEXT, ["Indus Herald"], ["Indus Herald News", "Bilal Anwar"])
TEXT = HEAD + "Updated: 04:15 GMT  By Jane Orr, Lakeside Press\n\n" + LEAD
page(C, "byline", TEXT, ["Jane Orr"], ["Lakeside Press"])
page(C, "outlet", TEXT, ["Lakeside Press"], ["Lakeside"])
TEXT = (
    HEAD
    + "Posted on Tuesday, May 6, 2025 at 9:30 am by Kofi Mensah, Sara Ode and Li Wen \u2014 Coastline Herald\n\n"
    + LEAD
)
page(C, "byline", TEXT, ["Kofi Mensah", "Sara Ode", "Li Wen"], ["Mensah Sara"])
page(C, "outlet", TEXT, ["Coastline Herald"], ["Herald"])
TEXT = HEAD + "Last updated 3 hrs ago By Priya Nair - The Deccan Courier\n\n" + LEAD
page(C, "byline", TEXT, ["Priya Nair"], ["Deccan Courier"])
page(C, "outlet", TEXT, ["Deccan Courier"], ["Deccan"])
TEXT = HEAD + "First published: 07/05/2024 By Omar Haddad & Lina Saleh | Levant Daily\n\n" + LEAD
page(C, "byline", TEXT, ["Omar Haddad", "Lina Saleh"], [])
page(C, "outlet", TEXT, ["Levant Daily"], ["Levant"])
TEXT = HEAD + "Published on: March 12, 2023, 10:04 am IST | By Asha Rao\n\n" + LEAD
page(C, "byline", TEXT, ["Asha Rao"], ["Asha Rao IST"])
TEXT = HEAD + "12 March 2023 | By Yusuf Bello | Sahel Standard\n\n" + LEAD
page(C, "byline", TEXT, ["Yusuf Bello"], [])
page(C, "outlet", TEXT, ["Sahel Standard"], ["Standard"])
TEXT = HEAD + "Updated 2 hours ago by Ann Lee and Ben Ng, Pacific Wire\n\n" + LEAD
page(C, "byline", TEXT, ["Ann Lee", "Ben Ng"], ["Pacific Wire"])
page(C, "outlet", TEXT, ["Pacific Wire"], ["Ben Ng"])
TEXT = HEAD + "Last modified: Tue 4 Jun 2024 09.12 BST By Sam Ward Harbour Post\n\n" + LEAD
page(C, "byline", TEXT, ["Sam Ward"], ["Ward Harbour"])
page(C, "outlet", TEXT, ["Harbour Post"], ["Post"])
TEXT = HEAD + "Published 12 March 2023 | Edited by Lena Ruiz\n\n" + LEAD
page(C, "byline", TEXT, [], ["Lena Ruiz"])
# near misses: "Photo by" on the stamp line; a name or an outlet only in the body
TEXT = HEAD + "Published 12 March 2023 | Photo by Bilal Anwar | Indus Herald\n\n" + LEAD
page(C, "byline", TEXT, [], ["Bilal Anwar"])
TEXT = (
    HEAD
    + "Published 12 March 2023 | By Bilal Anwar | Indus Herald\n\n"
    + LEAD
    + "\nMarta Lind, a rice farmer near the dam, said the quotas came too late for this year's crop.\n\nThe water minister told Harbour Wire in a long interview on Tuesday that the quotas were fair to both sides.\n"
)
page(C, "byline", TEXT, ["Bilal Anwar"], ["Marta Lind"])
page(C, "outlet", TEXT, ["Indus Herald"], ["Harbour Wire"])
TEXT = (
    HEAD
    + "On 12 March 2023 the accord was approved by Bilal Anwar, the water minister, after a long debate in parliament.\n\n"
    + LEAD
)
page(C, "byline", TEXT, [], ["Bilal Anwar"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
