# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the second speakers set (``grounding_speakers2.jsonl``): value-support cases for the
speaker and byline causes an independent check on other outlets' pages found (check 19), by
category, each with what must pass and what must fail:

- ``speaker-descriptions``: a description instead of a name as the subject of the speech verb,
  with capitalised qualifiers or a place's possessive ("the former UN envoy and Danish minister,
  said:", "Norway's former trade minister, who ..., said", "The Harbour City tycoon, however,
  told"): the person the article just named; never someone named before that, nor a person the
  description itself names ("the Okafor aide said" is not Okafor);
- ``speaker-pronoun-reach``: "he"/"she" reaching back over sentences that open with the same
  pronoun ("He met X. He thanked Y. He said": not X nor Y), over "goes on to say" and
  "proceeded to tell", to a person named in a sentence that opens with no subject ("About 200
  residents signed a petition started by nurse X"), and through a continued quote;
- ``speaker-office-asides``: an aside with no article before its office ("X, media adviser to
  Prime Minister Y, told", "X, chief of staff to President Y, said"): X speaks, never Y;
- ``speaker-statement-of``: "the statement of Prime Minister X that "..."", "Governor X's
  warning that "..."": X's words, not the sentence's subject's;
- ``byline-credits``: "Jane Doe | Test Wire", "Words by", "Story by", "Text by" credit the
  author; "Editing by", "Edited by", "Photos by", "video by" credit someone who did not write.

Run ``python tests/data/make_speakers2_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, invented sentences); each verdict is what a
careful fact-checker reads in the text, decided when the case was written, never by running the
code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_speakers2.jsonl")

built = SupportCases("sp2")
add, quote = built.add, built.quote


def credit(text: str, passes: list[str], fails: list[str]) -> None:
    """Bylines the page credits (each in ``passes``) or does not (each in ``fails``)."""
    for expect, name in verdicts(passes, fails):
        facts = {"article": {**ARTICLE, "byline": name}}
        add("byline-credits", expect, f"byline {name}", text, facts, "article.byline")


# --- 1. descriptions instead of names ------------------------------------------------------

ENVOY = """Refugee council urges access

GENEVA (Test Wire) - Ingrid Solberg, who heads the Nordic Refugee Council, said the deal could open the roads to besieged towns.

In a written note, the former UN envoy and Danish development minister, said:
\u201cWe expect every party to open the roads this week. Nothing less will do.\u201d

Separately, Omar Haddad of the Levant Relief Fund warned that fuel was running out.
"""
quote(
    "speaker-descriptions",
    ENVOY,
    "We expect every party to open the roads this week.",
    ["Ingrid Solberg"],
    ["Omar Haddad"],
)

TRADE = """Fisheries row

Trade Minister Jon Berg opened the hearing on Monday.

Kari Nordheim, who chairs the fisheries board, spoke next.
Norway's former trade minister, who now advises the coastal towns, said:
"The quotas were set in a back room."
"""
quote(
    "speaker-descriptions",
    TRADE,
    "The quotas were set in a back room.",
    ["Kari Nordheim"],
    ["Jon Berg"],
)

TYCOON = """Stadium plans

Property developer Marcus Lindqvist bought the club in 2019 and has promised a new ground.

City planner Eva Holm said the permits were still under review. The council will vote in May.

Lindqvist toured the site on Tuesday. The Harbour City tycoon, however, told reporters that the stadium would be \u201cfinished on time and on budget.\u201d
"""
quote(
    "speaker-descriptions",
    TYCOON,
    "finished on time and on budget.",
    ["Marcus Lindqvist"],
    ["Eva Holm"],
)

ECONOMIST = """Rates hearing

Economist Helga Brandt, who advised two chancellors, spent the morning with the committee. The former Bundesbank economist told lawmakers that the rate rise was \u201ca mistake we will pay for.\u201d

Committee chair Olaf Richter thanked her for her time.
"""
quote(
    "speaker-descriptions",
    ECONOMIST,
    "a mistake we will pay for.",
    ["Helga Brandt"],
    ["Olaf Richter"],
)

NUNCIO = """Peace mission

Archbishop Paolo Verri arrived in the capital on Friday and met the interim president, Tomas Kerr, behind closed doors.

Verri spoke to the press afterwards. The Vatican diplomat, for his part, said the talks had been "frank and long."
"""
quote("speaker-descriptions", NUNCIO, "frank and long.", ["Paolo Verri"], ["Tomas Kerr"])

AIDE = """Budget fight

Governor Ade Okafor said the budget would be balanced by June.

\u201cThe numbers do not add up,\u201d the Okafor aide said, asking not to be named.
"""
quote("speaker-descriptions", AIDE, "The numbers do not add up,", [], ["Ade Okafor"])

ANKARA = """Grain corridor

Deputy Foreign Minister Selin Aydin held talks with the shipping lobby in the morning.

Hours later, Ambassador Kemal Ozturk met the port authority. The Istanbul-born diplomat, in turn, told the port authority that ships would sail "within days."
"""
quote("speaker-descriptions", ANKARA, "within days.", ["Kemal Ozturk"], ["Selin Aydin"])

SENATE = """Filibuster ends

Senator Ruth Ellison spoke for nine hours on Wednesday.
The veteran Vermont lawmaker then said: "I have said what I came to say."
Senator Mark Dobbs objected to the rule change.
"""
quote(
    "speaker-descriptions",
    SENATE,
    "I have said what I came to say.",
    ["Ruth Ellison"],
    ["Mark Dobbs"],
)

MOGUL = """Media sale

Rupert Vance, the founder of Vance Media, agreed to sell his papers.
Editors had asked Lena Fox to lead a buyout.
"We were never consulted," the Sydney-born mogul said.
"""
quote("speaker-descriptions", MOGUL, "We were never consulted,", [], ["Lena Fox"])

COACH = """Cup final

Manager Diego Ramos named an unchanged side for the final.

Midfielder Joao Pinto trained alone. The former Benfica coach said Pinto was "ready to start."
"""
quote("speaker-descriptions", COACH, "ready to start.", [], ["Joao Pinto"])

ADVISER = """Trade talks

Chief negotiator Mei Lin said the talks had stalled. Her deputy, Arjun Rao, disagreed.

The Commerce Ministry veteran, however, said "the door is still open."
"""
quote("speaker-descriptions", ADVISER, "the door is still open.", ["Arjun Rao"], ["Mei Lin"])

NOBEL = """Chemistry prize

Prize committee chair Lars Eide presented the medal in Oslo.

Chemist Amara Diallo accepted it to long applause. “It belongs to my students,” the Nobel-winning chemist said.
"""
quote("speaker-descriptions", NOBEL, "It belongs to my students,", ["Amara Diallo"], ["Lars Eide"])

WEBER = """Budget rules

Finance Minister Karl Weber met his French counterpart, Luc Marchand, on Monday.
Germany's finance chief, speaking after the talks, said: "We agree on the rules, not on the timing."
"""
quote(
    "speaker-descriptions",
    WEBER,
    "We agree on the rules, not on the timing.",
    ["Karl Weber"],
    ["Luc Marchand"],
)

DORSEY = """War powers

Retired general Paul Dorsey testified for three hours. The ex-NATO commander told senators the plan was “a gamble.”
"""
quote("speaker-descriptions", DORSEY, "a gamble.", ["Paul Dorsey"], [])

HERAT = """Border crossings

Omar Zahid, Kabul's governor, spoke first at the meeting on trade routes.

Nadia Rahimi, Herat's governor, was asked about the western border. The Herat governor said: "It stays shut until the talks end."

Later the Kabul governor told reporters the northern road was “open to every truck.”
"""
quote(
    "speaker-descriptions",
    HERAT,
    "It stays shut until the talks end.",
    ["Nadia Rahimi"],
    ["Omar Zahid"],
)
quote("speaker-descriptions", HERAT, "open to every truck.", ["Omar Zahid"], ["Nadia Rahimi"])

QUOTING = """Senate race

Campaign aide Ana Ruiz, quoting the senator, told reporters the race was “far from over.”
"""
quote("speaker-descriptions", QUOTING, "far from over.", [], ["Ana Ruiz"])

# --- 2. pronouns reaching back --------------------------------------------------------------

PETITION = """Clinic stays open

Council President Mary Tate opened the session at noon.

Around 200 residents signed a petition started by nurse Leila Osei; the clinic board read it aloud.

"We were ignored for years," she said. "Now they have to listen."
"""
quote(
    "speaker-pronoun-reach", PETITION, "We were ignored for years,", ["Leila Osei"], ["Mary Tate"]
)
quote("speaker-pronoun-reach", PETITION, "Now they have to listen.", ["Leila Osei"], ["Mary Tate"])

DRAFTED = """Water resolution

Nearly a year of talks ended when the plan was drafted by Councilwoman Rosa Delgado-Ruiz.

\u201cIt took far too long,\u201d she said. \u201cBut it is done.\u201d
"""
quote("speaker-pronoun-reach", DRAFTED, "It took far too long,", ["Rosa Delgado-Ruiz"], [])
quote("speaker-pronoun-reach", DRAFTED, "But it is done.", ["Rosa Delgado-Ruiz"], [])

VIENNA = """State visit

Prime Minister Tomas Varga arrived in Vienna on Sunday.

He met Chancellor Erika Brunner at the palace.

He then thanked Foreign Minister Ivo Petrak for the invitation.

He said the visit was \u201clong overdue.\u201d
"""
quote(
    "speaker-pronoun-reach",
    VIENNA,
    "long overdue.",
    ["Tomas Varga"],
    ["Erika Brunner", "Ivo Petrak"],
)

CALLOWAY = """Farm bill

Senator Ruth Calloway spoke for 40 minutes.

She praised the committee staff.

She thanked Senator Amy Holt for the amendment.

She said the bill was "a promise kept."
"""
quote("speaker-pronoun-reach", CALLOWAY, "a promise kept.", ["Ruth Calloway"], ["Amy Holt"])

MENDES = """Final whistle

Coach Dario Mendes opened the news conference by praising his players. He goes on to say the final was \u201cthe hardest match of my life.\u201d

Rival coach Luca Ferri declined to comment.
"""
quote(
    "speaker-pronoun-reach",
    MENDES,
    "the hardest match of my life.",
    ["Dario Mendes"],
    ["Luca Ferri"],
)

TANABE = """Export forum

Trade Minister Aiko Tanabe opened the forum in Osaka. She went on to say that exports were "stronger than anyone expected."

Economist Ken Mori was less upbeat.
"""
quote(
    "speaker-pronoun-reach", TANABE, "stronger than anyone expected.", ["Aiko Tanabe"], ["Ken Mori"]
)

VERDICT = """Court rules

Judge Hana Lindgren read the verdict aloud. She then proceeded to tell the court that the evidence was \u201coverwhelming and unchallenged.\u201d

Defense lawyer Piotr Zajac said he would appeal.
"""
quote(
    "speaker-pronoun-reach",
    VERDICT,
    "overwhelming and unchallenged.",
    ["Hana Lindgren"],
    ["Piotr Zajac"],
)

REPAIRS = """Town hall

Mayor Sara Lind opened the new hall on Saturday. She thanked Fire Chief Tom Berg and his crew. She said the repairs were "finished ahead of schedule."
"""
quote("speaker-pronoun-reach", REPAIRS, "finished ahead of schedule.", ["Sara Lind"], ["Tom Berg"])

REYES_FLOOD = """Flood relief

Governor Alma Reyes visited the flooded towns.

She met Mayor Julia Cortez in Ribera.

She said the state would pay for "every single repair."
"""
quote(
    "speaker-pronoun-reach", REYES_FLOOD, "every single repair.", ["Alma Reyes"], ["Julia Cortez"]
)

ALVIK = """Dock strike

Owner group spokesman Jens Foss said on Monday that the docks would reopen.

Union chief Maren Alvik, who led the strike in 2019, sent a note to members.
In it, the veteran organiser wrote:
“We did not choose this fight. The owners did.

“We asked for talks in March and again in May. Nobody answered.

“We will stay out until they do.”
"""
quote(
    "speaker-pronoun-reach",
    ALVIK,
    "We asked for talks in March and again in May.",
    ["Maren Alvik"],
    ["Jens Foss"],
)
quote(
    "speaker-pronoun-reach",
    ALVIK,
    "We will stay out until they do.",
    ["Maren Alvik"],
    ["Jens Foss"],
)

ADEYEMI = """Budget debate

Councillor Femi Adeyemi opened the debate for the opposition. Adeyemi goes on to say the plan is “a fantasy with a spreadsheet.” Finance chair Grace Obi replied an hour later.
"""
quote(
    "speaker-pronoun-reach",
    ADEYEMI,
    "a fantasy with a spreadsheet.",
    ["Femi Adeyemi"],
    ["Grace Obi"],
)

BRUN = """Rent reform

Housing Minister Lea Brun presented the plan on Thursday. She went on to describe the tax break as “a gift to tenants,” a phrase landlord spokesman Paul Roche called absurd.
"""
quote("speaker-pronoun-reach", BRUN, "a gift to tenants,", ["Lea Brun"], ["Paul Roche"])

HALE = """Pay talks collapse

Union boss Tom Hale walked out of the meeting with the rail operator after two hours. He went on to describe the offer as “a betrayal of every driver.” Operator chief Dina Shaw said the door stayed open.
"""
quote("speaker-pronoun-reach", HALE, "a betrayal of every driver.", ["Tom Hale"], ["Dina Shaw"])

# --- 3. asides with no article before the office ------------------------------------------

NAJJAR = """Ceasefire talks

\u201cWe will not sign under fire,\u201d Karim Haddad, media adviser to Prime Minister Yusuf Najjar, told Test Radio.
"""
quote(
    "speaker-office-asides",
    NAJJAR,
    "We will not sign under fire,",
    ["Karim Haddad"],
    ["Yusuf Najjar"],
)

WOLSKA = """Coalition deal

Tomasz Nowak, chief of staff to President Anna Wolska, said on Tuesday: "We have a deal."
"""
quote("speaker-office-asides", WOLSKA, "We have a deal.", ["Tomasz Nowak"], ["Anna Wolska"])

KHAN = """Harbour patrol

"The boats were turned back at dawn," Ravi Menon, deputy to Police Commissioner Arif Khan, said.
"""
quote(
    "speaker-office-asides",
    KHAN,
    "The boats were turned back at dawn,",
    ["Ravi Menon"],
    ["Arif Khan"],
)

HSU = """Prices

\u201cPrices will fall by summer,\u201d Mia Chen, economic adviser to Governor Lee Hsu, told reporters on Friday.
"""
quote("speaker-office-asides", HSU, "Prices will fall by summer,", ["Mia Chen"], ["Lee Hsu"])

RICCI = """Relief convoy

"No one will be forgotten," Father Pietro Sala, envoy of Cardinal Marco Ricci to the region, said on Sunday.
"""
quote("speaker-office-asides", RICCI, "No one will be forgotten,", ["Pietro Sala"], ["Marco Ricci"])

GRANT = """Corruption trial

\u201cMy client is innocent,\u201d Diane Brooks, lawyer for former minister Paul Grant, told the court.
"""
quote("speaker-office-asides", GRANT, "My client is innocent,", ["Diane Brooks"], ["Paul Grant"])

HOLM = """Military exercise

Anna Berg, spokesperson for Defence Minister Lars Holm, told Test Wire: \u201cThe exercise goes ahead.\u201d
"""
quote("speaker-office-asides", HOLM, "The exercise goes ahead.", ["Anna Berg"], ["Lars Holm"])

COLE = """Hearing closes

"It was a fair hearing," Nina Park, press secretary to Mayor Dan Cole, said.
"""
quote("speaker-office-asides", COLE, "It was a fair hearing,", ["Nina Park"], ["Dan Cole"])

MOE = """Speaker's ruling

\u201cThe vote stands,\u201d Ola Dahl, a spokesman for Speaker Kari Moe, said.
"""
quote("speaker-office-asides", MOE, "The vote stands,", ["Ola Dahl"], ["Kari Moe"])

HAMID = """Border crossing

"The crossing opens at six," Layla Hamid, head of the border authority, told Test Radio, after talks with Interior Minister Sami Aref.
"""
quote("speaker-office-asides", HAMID, "The crossing opens at six,", ["Layla Hamid"], ["Sami Aref"])

AZIZ = """Activist freed

“It is over at last,” Rami Aziz, brother of detained activist Sami Aziz, told reporters outside the court.

"She never gave up," Lina Saad, widow of the late editor Karim Saad, said of the lawyer.
"""
quote("speaker-office-asides", AZIZ, "It is over at last,", ["Rami Aziz"], ["Sami Aziz"])
quote("speaker-office-asides", AZIZ, "She never gave up,", ["Lina Saad"], ["Karim Saad"])

# --- 4. "the statement of X that" -------------------------------------------------------------

LAINE = """Summit walkout

President Viktor Orsag left the summit early. Aides said he was angered by the statement of Finnish Prime Minister Laine that \u201cFinland will not be lectured.\u201d
"""
quote("speaker-statement-of", LAINE, "Finland will not be lectured.", ["Laine"], ["Viktor Orsag"])

ACHEBE = """Markets slide

Finance Minister Ade Bello said the budget was on track.

Markets fell after Governor Ruth Achebe's warning that "rates must rise again."
"""
quote("speaker-statement-of", ACHEBE, "rates must rise again.", ["Ruth Achebe"], ["Ade Bello"])

WARD = """Rail strike

Union leader Mick Lyons called a vote for Monday. The union rejected the claim of Transport Secretary Helen Ward that \u201cthe strike is illegal.\u201d
"""
quote("speaker-statement-of", WARD, "the strike is illegal.", ["Helen Ward"], ["Mick Lyons"])

HUGHES = """Farm aid

Critics seized on the remark of Senator Dale Hughes that "farmers can wait."

Senator Joan Park said she was stunned.
"""
quote("speaker-statement-of", HUGHES, "farmers can wait.", ["Dale Hughes"], ["Joan Park"])

ITO = """Schools

Reporters asked Education Minister Kenji Ito about his plans. Parents cited Minister Kenji Ito's promise that \u201cno school will close.\u201d Opposition leader Mari Sato was not convinced.
"""
quote("speaker-statement-of", ITO, "no school will close.", ["Kenji Ito"], ["Mari Sato"])

MOSS = """Tower safety

Mayor Ana Costa said the claim of developer Rick Moss that "the tower is safe" was false.
"""
quote("speaker-statement-of", MOSS, "the tower is safe", ["Rick Moss"], ["Ana Costa"])

REYES = """Toll roads

Challenger Beth Lowe attacked the governor's record on Tuesday. Voters still remember the pledge of Governor Tom Reyes that \u201cno tolls will be added.\u201d
"""
quote("speaker-statement-of", REYES, "no tolls will be added.", ["Tom Reyes"], ["Beth Lowe"])

NAGY = """Energy prices

Energy Minister Peter Nagy's assertion that "prices have peaked" drew laughter from the opposition benches, where Eszter Kiss sat.
"""
quote("speaker-statement-of", NAGY, "prices have peaked", ["Peter Nagy"], ["Eszter Kiss"])

DURAN = """Port strike

Dock workers booed the announcement of Port Director Luis Duran that \u201cthe night shift is cancelled.\u201d Union steward Ana Pires led the walkout.
"""
quote("speaker-statement-of", DURAN, "the night shift is cancelled.", ["Luis Duran"], ["Ana Pires"])

FORD = """Campaign trail

Rival candidate Owen Price mocked the vow of Mayor Clara Ford that "every pothole will be fixed."
"""
quote("speaker-statement-of", FORD, "every pothole will be fixed.", ["Clara Ford"], ["Owen Price"])

# --- 5. bylines ---------------------------------------------------------------------------------

STORY = "\n\nThe truce held overnight, officials said. Mayor Jon Ek thanked the volunteers.\n"

credit(
    "Ferry service resumes\n\nSarah Connolly | Test Wire" + STORY, ["Sarah Connolly"], ["Jon Ek"]
)
credit(
    "Ferry service resumes\n\nMaya Lindqvist | The Harbour Courier" + STORY,
    ["Maya Lindqvist"],
    ["Sarah Connolly"],
)
credit("Ferry service resumes\n\nWords by Maya Lindqvist" + STORY, ["Maya Lindqvist"], ["Jon Ek"])
credit(
    "Ferry service resumes\n\nStory by Ravi Kumar, video by Ana Gil" + STORY,
    ["Ravi Kumar"],
    ["Ana Gil"],
)
credit(
    "Ferry service resumes\n\nText by Ines Moreau | Photos by Karl Weiss" + STORY,
    ["Ines Moreau"],
    ["Karl Weiss"],
)
credit(
    "Ferry service resumes" + STORY + "\nReporting by Tom Okafor; Editing by Jane Mills\n",
    ["Tom Okafor"],
    ["Jane Mills"],
)
credit(
    "Ferry service resumes"
    + STORY
    + "\nReporting by Lucia Perez and Omar Said; Additional reporting by Kai Lund; Editing by Rosa Diaz and Ben Hart\n",
    ["Lucia Perez", "Omar Said", "Kai Lund", "Lucia Perez, Omar Said"],
    ["Rosa Diaz", "Ben Hart", "Lucia Perez, Rosa Diaz"],
)
credit(
    "Ferry service resumes\n\nBy Lena Park | Photographs by Jon Yu" + STORY,
    ["Lena Park"],
    ["Jon Yu"],
)
credit(
    "Ferry service resumes\n\nWritten by Ivo Marsh / Edited by Clara Roth" + STORY,
    ["Ivo Marsh"],
    ["Clara Roth"],
)
credit(
    "Ferry service resumes\n\nBy Amal Aziz; graphics by Tim Cho" + STORY, ["Amal Aziz"], ["Tim Cho"]
)

credit(
    "Ferry service resumes\n\nPhotos and words by Noor Haddad" + STORY, ["Noor Haddad"], ["Jon Ek"]
)
credit(
    "Ferry service resumes\n\nReporting by Eva Lind, editing by Sam Rowe" + STORY,
    ["Eva Lind"],
    ["Sam Rowe"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
