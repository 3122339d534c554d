# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speech-fixes set of the session-14 review (``grounding_fixspeech.jsonl``):
value-support cases for five readings of who spoke or wrote, by category, each with what
must pass and what must fail:

- ``charged-forms``: "charged" as a verb of saying with a place of saying after it ("in a
  statement", "on social media", "at a news conference", "in an interview with Radio X"),
  an adverb, "without" and a few words before "that", or inverted after the quote
  ('"...," charged Grace Mwangi'): the accuser's quote (pass); "charged" after a passive
  auxiliary ("was charged on Monday", "who had been formally charged", "got charged") or
  with an object or a movement ("charged Lenz with arson", "charged into the square") is
  no speech, so the one charged is refused (unsupported: the sentence names another
  speaker) and the one who speaks passes;
- ``post-owned``: a post after the name owned in the possessive by another, with no article
  ("Marek Zielinski, Senator Ewa Kowal's chief of staff, said"), and rarer posts ("union
  shop steward", "parish priest"): the named person's (pass); the owner, or a name after
  the post words, is refused (unsupported);
- ``credit-after-prose``: a wire credit run on from prose that holds a lower-case role
  phrase ("The audit, written by two outside firms, found ... Reporting by A Editing by
  B"): the reporters and writers are credited (pass); the editor, the one the prose says
  wrote something, and a line whose only role phrases stand inside a sentence are not
  (unsupported: not credited as an author);
- ``phone-call``: "X said Y called her on Sunday "to apologise"": a call is no naming, so
  the quote is X's report (pass) and the caller is refused (unsupported); "called it
  "a betrayal"" and "called on the council "to resign"" stay the inner subject's; a body in
  lower case that named something ("the union had called the offer "..."") is refused for
  the reporter as unconfirmed (the reporter may speak for the body), and the body passes;
- ``told-pronoun``: "X said Y had told her ... "...," she said": the rival whose own speech
  verb takes the quote pronoun's object form is no candidate for that pronoun (the "her" is
  someone other than Y, and the quote's "she" goes on with it), so the main subject passes
  and Y is refused (unsupported); without that object ("Y had assured investors", a rival the
  page marks with the same gender) both stay open and each is refused as unconfirmed.

Run ``python tests/data/make_fixspeech_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_fixspeech.jsonl")

built = SupportCases("fsp")
Q1, Q2 = "\u201c", "\u201d"


# Each case's why also says the verdict's strength (see :meth:`SupportCases.quote`).
quote = partial(built.quote, strength="unsupported")


def credits(text: str, passes: list[str], fails: list[str]) -> None:
    """Each of ``passes`` is credited as an author of ``text``; each of ``fails`` is not."""
    for expect, name in verdicts(passes, fails):
        facts = {"article": {**ARTICLE, "byline": name}}
        why = f"byline {name} - " + ("supported" if expect else "refused, unsupported")
        built.add("credit-after-prose", expect, why, text, facts, "article.byline")


# --- charged-forms: an accusation said, or an arrest ------------------------------------------
C = "charged-forms"
quote(
    C,
    f"Tender row\n\n{Q1}The tender was written for one bidder,{Q2} council member Hugo Brandt charged in a statement on Wednesday, after Mayor Lena Ortiz defended the deal.\n",
    "The tender was written for one bidder,",
    ["Hugo Brandt"],
    ["Lena Ortiz"],
)
quote(
    C,
    f"Budget\n\nFinance Minister Pablo Dorado presented the budget on Monday. {Q1}They are hiding the real deficit,{Q2} Senator Rosa Iglesias charged on social media hours later.\n",
    "They are hiding the real deficit,",
    ["Rosa Iglesias"],
    ["Pablo Dorado"],
)
quote(
    C,
    f"Kisumu recount\n\nReturning officer Paul Otieno declared the result on Friday.\n\n{Q1}Not one of these ballots was counted,{Q2} charged Grace Mwangi, the party's election agent.\n",
    "Not one of these ballots was counted,",
    ["Grace Mwangi"],
    ["Paul Otieno"],
)
quote(
    C,
    'Accra power deal\n\nEnergy Minister Ama Boateng denied any wrongdoing. Opposition leader Kwame Asante charged, without producing any documents, that "the contract was signed twice".\n',
    "the contract was signed twice",
    ["Kwame Asante"],
    ["Ama Boateng"],
)
quote(
    C,
    'WASHINGTON (Capitol Desk) - "This audit was buried for a year," Rep. Dana Holt charged at a news conference in Washington, a day after Rep. Mark Ellis released it.\n',
    "This audit was buried for a year,",
    ["Dana Holt"],
    ["Mark Ellis"],
)
quote(
    C,
    f"Lagos clinic\n\nHealth commissioner Tunde Bakare toured the ward on Tuesday. Nurse Ifeoma Okafor charged angrily that {Q1}the hospital has no oxygen left{Q2}.\n",
    "the hospital has no oxygen left",
    ["Ifeoma Okafor"],
    ["Tunde Bakare"],
)
quote(
    C,
    f"River licence\n\n{Q1}You have sold the river to a mining company,{Q2} charged the activist Ruth Kamau, whose group filed the suit against Governor Simon Njoroge.\n",
    "You have sold the river to a mining company,",
    ["Ruth Kamau"],
    ["Simon Njoroge"],
)
quote(
    C,
    f"Bamako\n\n{Q1}The police fired first,{Q2} Amina Diallo charged in an interview with Radio Sahel, contradicting Interior Minister Oumar Traore.\n",
    "The police fired first,",
    ["Amina Diallo"],
    ["Oumar Traore"],
)
quote(
    C,
    'Dock strike\n\n"Management never meant to bargain," union boss Tom Reyes charged late last night as port director Alan Pryce left the talks.\n',
    "Management never meant to bargain,",
    ["Tom Reyes"],
    ["Alan Pryce"],
)
quote(
    C,
    f"Stadium vote\n\n{Q1}The figures were invented,{Q2} councillor Bea Lindqvist charged in a post on X, replying to Mayor Jan Ek.\n",
    "The figures were invented,",
    ["Bea Lindqvist"],
    ["Jan Ek"],
)
# the passive and the arrest: the one charged did not speak
quote(
    C,
    f"Oslo court\n\nJonas Berg, who was charged on Tuesday, {Q1}will plead not guilty{Q2}, his lawyer Ida Lund said.\n",
    "will plead not guilty",
    ["Ida Lund"],
    ["Jonas Berg"],
)
quote(
    C,
    'Istanbul\n\nKemal Aydin was charged late on Friday, and "he intends to fight every count," attorney Selin Kaya told reporters.\n',
    "he intends to fight every count,",
    ["Selin Kaya"],
    ["Kemal Aydin"],
)
quote(
    C,
    f"Prison guards\n\nOfficers Dan Pike and Lee Moss, who had been formally charged on Monday, {Q1}acted under orders{Q2}, union representative Piet Smit said.\n",
    "acted under orders",
    ["Piet Smit"],
    ["Dan Pike", "Lee Moss"],
)
quote(
    C,
    'Music\n\nSinger Mo Tate got charged on Saturday night, and "he is cooperating fully," his manager Kim Ray said.\n',
    "he is cooperating fully,",
    ["Kim Ray"],
    ["Mo Tate"],
)
quote(
    C,
    f"Hamburg\n\nProsecutors charged Viktor Lenz with arson, and {Q1}the evidence is thin{Q2}, defence lawyer Maria Sousa said.\n",
    "the evidence is thin",
    ["Maria Sousa"],
    ["Viktor Lenz"],
)
quote(
    C,
    'Lisbon\n\nLeo Grant is charged with two counts of bribery; "he denies both," his spokeswoman Ana Lima said.\n',
    "he denies both,",
    ["Ana Lima"],
    ["Leo Grant"],
)
quote(
    C,
    f"Zurich bank\n\nFormer director Otto Kranz, who was indicted and charged last week, {Q1}has repaid every franc{Q2}, said his lawyer, Nora Frei.\n",
    "has repaid every franc",
    ["Nora Frei"],
    ["Otto Kranz"],
)
quote(
    C,
    f"Dublin\n\nFormer minister Sean Tully was charged on Wednesday morning. {Q1}We will contest this in court,{Q2} Tully told reporters outside, flanked by his solicitor Aoife Byrne.\n",
    "We will contest this in court,",
    ["Sean Tully"],
    ["Aoife Byrne"],
)

# --- post-owned: a post owned by another, after the name -----------------------------------
C = "post-owned"
quote(
    C,
    f"Warsaw budget\n\n{Q1}We have not seen the draft,{Q2} Marek Zielinski, Senator Ewa Kowal's chief of staff, said on Monday.\n",
    "We have not seen the draft,",
    ["Marek Zielinski"],
    ["Ewa Kowal"],
)
quote(
    C,
    'SACRAMENTO (State Wire) - "The numbers do not add up," Chloe Bennet, Governor Hale\'s budget director told reporters.\n',
    "The numbers do not add up,",
    ["Chloe Bennet"],
    ["Hale"],
)
quote(
    C,
    f"Bengaluru\n\n{Q1}Margins will recover by the third quarter,{Q2} Ravi Menon, Infosys\u2019s finance chief, told analysts.\n",
    "Margins will recover by the third quarter,",
    ["Ravi Menon"],
    ["Infosys"],
)
quote(
    C,
    f"Car plant\n\n{Q1}Nobody clocks in until the safety rails are fixed,{Q2} Dario Conti, union shop steward said at the gate.\n",
    "Nobody clocks in until the safety rails are fixed,",
    ["Dario Conti"],
    [],
)
quote(
    C,
    'Flood relief\n\n"The church hall stays open all night," Father Liam Doyle, parish priest, said on Sunday.\n',
    "The church hall stays open all night,",
    ["Liam Doyle"],
    [],
)
quote(
    C,
    f"Trade talks\n\n{Q1}The minister has no plans to travel,{Q2} Sofia Marin, Prime Minister Luca Neri's spokeswoman said.\n",
    "The minister has no plans to travel,",
    ["Sofia Marin"],
    ["Luca Neri"],
)
quote(
    C,
    f"Bogota\n\n{Q1}The mayor signed nothing,{Q2} Julian Vega, Lopez's press secretary, said in a text message.\n",
    "The mayor signed nothing,",
    ["Julian Vega"],
    ["Lopez"],
)
quote(
    C,
    f"Fire station\n\n{Q1}We were on scene in six minutes,{Q2} Karen Ostby, station commander said.\n",
    "We were on scene in six minutes,",
    ["Karen Ostby"],
    [],
)
quote(
    C,
    f"School closures\n\n{Q1}Every child will have a seat in September,{Q2} Helen Achebe, Councillor Obi's education adviser, said.\n",
    "Every child will have a seat in September,",
    ["Helen Achebe"],
    ["Obi"],
)
quote(
    C,
    'Port strike\n\n"The ships can wait," Rui Matos, dockers\' union organiser, said as the strike entered a third day.\n',
    "The ships can wait,",
    ["Rui Matos"],
    [],
)
quote(
    C,
    f"Senate\n\n{Q1}The vote is Thursday,{Q2} Amy Cole, Leader Grant's floor manager said after a call with Senator Ray Dunn.\n",
    "The vote is Thursday,",
    ["Amy Cole"],
    ["Ray Dunn"],
)
# near misses: a name after the post words speaks, not the name before
quote(
    C,
    f"Kyiv\n\n{Q1}The convoy left at dawn,{Q2} Olena Marchuk, Mayor Bondar's aide Taras Hnat said.\n",
    "The convoy left at dawn,",
    ["Taras Hnat"],
    ["Olena Marchuk"],
)
quote(
    C,
    f"Budapest\n\nPeter Szabo met the mayor on Friday. {Q1}We will find the money,{Q2} Zsofia Kiss, Szabo's deputy said.\n",
    "We will find the money,",
    ["Zsofia Kiss"],
    ["Peter Szabo"],
)

quote(
    C,
    f"Water board\n\n{Q1}The pipes were replaced in 2019,{Q2} Jonas Weber, Chairwoman Ilse Brandt's deputy, said, after Brandt declined to comment.\n",
    "The pipes were replaced in 2019,",
    ["Jonas Weber"],
    ["Ilse Brandt"],
)

# --- credit-after-prose: a credit run on from prose with a lower-case role phrase -----------
STORY = "Audit of the port\n\nRIGA (Baltic Wire) - Port authority chief Edgars Ozols welcomed the findings on Thursday."
credits(
    f"{STORY} The audit, written by two outside firms, found no fraud. Reporting by Ilze Kalnina Editing by Tom Birch\n",
    ["Ilze Kalnina"],
    ["Tom Birch", "Edgars Ozols"],
)
credits(
    "Mine safety\n\nThe inspection, carried out and written by Dr Nils Aas of the labour ministry, found cracked supports. Reporting by Kari Lunde and Per Holm Writing by Eva Strand Editing by Jon Moe\n",
    ["Kari Lunde", "Per Holm", "Eva Strand"],
    ["Nils Aas", "Jon Moe"],
)
credits(
    "Election law\n\nA draft reported by state television on Monday would cut the campaign to three weeks. (Reporting by Ahmet Yilmaz; editing by Lale Demir)\n",
    ["Ahmet Yilmaz"],
    ["Lale Demir"],
)
credits(
    "Rail fares\n\nThe review, edited by transport economist Mia Lund, recommends a freeze. Reporting by Oskar Berg in Malmo Writing by Saga Nyberg Editing by Leo Falk\n",
    ["Oskar Berg", "Saga Nyberg"],
    ["Mia Lund", "Leo Falk"],
)
credits(
    "Budget leak\n\nThe memo, written by an aide to Finance Minister Rita Sousa, was leaked on Friday. Reporting by Joao Reis Editing by Ines Prata\n",
    ["Joao Reis"],
    ["Rita Sousa", "Ines Prata"],
)
credits(
    "Harvest\n\nA survey compiled by the farmers' union, and reported by local radio, puts losses at a third. Reporting by Amara Diop and Fatou Sow Writing by Cheikh Ba Editing by Marie Ndiaye\n",
    ["Amara Diop", "Fatou Sow", "Cheikh Ba"],
    ["Marie Ndiaye"],
)
# near misses: only a role phrase inside a sentence, no credit
credits(
    "Press freedom\n\nThe minister dismissed the reporting by Daniel Cruz as fiction and said a report written by Ana Vidal would follow.\n",
    [],
    ["Daniel Cruz", "Ana Vidal"],
)
credits(
    "Book fair\n\nThe prize went to a memoir written by Lina Haddad and edited by Omar Nassar. The jury met for two days.\n",
    [],
    ["Lina Haddad", "Omar Nassar"],
)

# --- phone-call: a call is no naming; the reporter's words ----------------------------------
C = "phone-call"
quote(
    C,
    f"Water outage\n\nMayor Greta Solberg said utility chief Arne Vik called her on Sunday {Q1}to apologise for the delay{Q2}.\n",
    "to apologise for the delay",
    ["Greta Solberg"],
    ["Arne Vik"],
)
quote(
    C,
    'Ceasefire talks\n\nForeign Minister Leila Haddad told reporters that her Turkish counterpart Mert Kaya called her late last night "to offer help with the crossings".\n',
    "to offer help with the crossings",
    ["Leila Haddad"],
    ["Mert Kaya"],
)
quote(
    C,
    f"Factory fire\n\nPlant manager Dieter Vogel said Governor Paula Reyes called him twice on Thursday {Q1}to ask whether the workers were safe{Q2}.\n",
    "to ask whether the workers were safe",
    ["Dieter Vogel"],
    ["Paula Reyes"],
)
quote(
    C,
    f"Coach sacked\n\nClub captain Joel Mensah said chairman Victor Amoah called the squad on Friday morning {Q1}to explain the decision{Q2}.\n",
    "to explain the decision",
    ["Joel Mensah"],
    ["Victor Amoah"],
)
quote(
    C,
    f"Budget talks\n\nSenator Clara Holm said the Treasury Secretary, Ben Tarr, called her {Q1}to smooth things over{Q2} before the vote.\n",
    "to smooth things over",
    ["Clara Holm"],
    ["Ben Tarr"],
)
quote(
    C,
    f"Hostage release\n\nAbdi Warsame, the detainee's brother, said President Hassan Ali called him yesterday {Q1}to promise the family an answer{Q2}.\n",
    "to promise the family an answer",
    ["Abdi Warsame"],
    ["Hassan Ali"],
)
# near misses: a naming, a demand, a body that named it
quote(
    C,
    f"Harbour plan\n\nMayor Greta Solberg said utility chief Arne Vik had called the plan {Q1}a betrayal of the north shore{Q2}.\n",
    "a betrayal of the north shore",
    ["Arne Vik"],
    ["Greta Solberg"],
)
quote(
    C,
    f"Council crisis\n\nOpposition leader Hana Novak said Deputy Mayor Petr Dvorak had called on the council {Q1}to resign before the summer{Q2}.\n",
    "to resign before the summer",
    ["Petr Dvorak"],
    ["Hana Novak"],
)
quote(
    C,
    f"Bus drivers\n\nTransport chief Lucia Bianchi said Marco Ferri, the drivers' leader, called her offer {Q1}an insult to every driver{Q2}.\n",
    "an insult to every driver",
    ["Marco Ferri"],
    ["Lucia Bianchi"],
)
quote(
    C,
    f"Nurses' pay\n\nHealth Minister Karin Lindgren said the nurses' union had branded the offer {Q1}a slap in the face{Q2}.\n",
    "a slap in the face",
    ["the nurses' union"],
    ["Karin Lindgren"],
    strength="unconfirmed",
)
quote(
    C,
    'Airport noise\n\nMayor Tomas Erikson said the residents\' association had called the new flight path "a disgrace".\n',
    "a disgrace",
    ["the residents' association"],
    ["Tomas Erikson"],
    strength="unconfirmed",
)

# --- told-pronoun: the rival who told "her" is no "she" -------------------------------------
C = "told-pronoun"
quote(
    C,
    f"Mine collapse\n\nGovernor Alma Reyes said engineer Tom Keller had told her the shaft was safe.\n\n{Q1}I took him at his word,{Q2} she said.\n",
    "I took him at his word,",
    ["Alma Reyes"],
    ["Tom Keller"],
)
quote(
    C,
    f"Levee breach\n\nMayor Paul Roy said contractor Jim Hale had assured him the levee would hold.\n\n{Q1}I should have asked for a second opinion,{Q2} he said on Monday.\n",
    "I should have asked for a second opinion,",
    ["Paul Roy"],
    ["Jim Hale"],
)
quote(
    C,
    f"Bank run\n\nFinance Minister Ingrid Dahl said the central bank governor, Erik Lunde, had warned her of the outflows a week earlier.\n\n{Q1}We moved as fast as the law allowed,{Q2} she told parliament.\n",
    "We moved as fast as the law allowed,",
    ["Ingrid Dahl"],
    ["Erik Lunde"],
)
quote(
    C,
    f"Transfer\n\nStriker Leo Moretti said his agent Carlo Bassi told him the deal was done.\n\n{Q1}I had already packed,{Q2} he said.\n",
    "I had already packed,",
    ["Leo Moretti"],
    ["Carlo Bassi"],
)
quote(
    C,
    f"Embassy\n\nAmbassador Rosa Pinto said Colonel Luis Prado had informed her that the convoy was delayed.\n\n{Q1}We waited at the border all night,{Q2} she added.\n",
    "We waited at the border all night,",
    ["Rosa Pinto"],
    ["Luis Prado"],
)
quote(
    C,
    'Bridge works\n\nCouncil leader Ivan Petrov said Boris Orlov had told him on Friday that the bridge could not reopen.\n\n"I asked for the report in writing," he said.\n',
    "I asked for the report in writing,",
    ["Ivan Petrov"],
    ["Boris Orlov"],
)
quote(
    C,
    f"Hospital wing\n\nDr. Hanna Berg said Mr. Olav Nes had promised her the wing would open in June.\n\n{Q1}The patients cannot wait another winter,{Q2} she said.\n",
    "The patients cannot wait another winter,",
    ["Hanna Berg"],
    ["Olav Nes"],
)
quote(
    C,
    f"Drought\n\nFarmer Yusuf Demir said the district governor, Cem Aksoy, had assured him that water trucks were on the way.\n\n{Q1}Not one truck came,{Q2} he said.\n",
    "Not one truck came,",
    ["Yusuf Demir"],
    ["Cem Aksoy"],
)
quote(
    C,
    f"Pension case\n\nMrs. Edith Crane said her lawyer Simon Platt had advised her to settle.\n\n{Q1}I wanted my day in court,{Q2} she said.\n",
    "I wanted my day in court,",
    ["Edith Crane"],
    ["Simon Platt"],
)
quote(
    C,
    f"Evacuation\n\nCaptain Rui Lobo said harbour master Artur Reis warned him the storm had turned.\n\n{Q1}We left the harbour within the hour,{Q2} he told the inquiry.\n",
    "We left the harbour within the hour,",
    ["Rui Lobo"],
    ["Artur Reis"],
)
# near misses: no object pronoun after the rival's verb, or an object of the other gender
quote(
    C,
    f"Mine collapse\n\nGovernor Alma Reyes said Ms. Maria Keller had assured investors the shaft was safe.\n\n{Q1}Nobody saw this coming,{Q2} she said.\n",
    "Nobody saw this coming,",
    [],
    ["Alma Reyes", "Maria Keller"],
    strength="unconfirmed",
)
quote(
    C,
    f"Port deal\n\nMs. Nadia Farouk said Ms. Hiba Saleh told reporters the terms were final.\n\n{Q1}There is nothing left to negotiate,{Q2} she said.\n",
    "There is nothing left to negotiate,",
    [],
    ["Nadia Farouk", "Hiba Saleh"],
    strength="unconfirmed",
)
quote(
    C,
    'Rail strike\n\nMr. Owen Pryce said Mr. Gareth Lloyd had told the drivers the offer was final.\n\n"We will ballot again," he said.\n',
    "We will ballot again,",
    [],
    ["Owen Pryce", "Gareth Lloyd"],
    strength="unconfirmed",
)
quote(
    C,
    f"Museum loan\n\nMs. Clara Voss said Ms. Ines Roth had told him the paintings were insured.\n\n{Q1}The paperwork was never sent,{Q2} she said.\n",
    "The paperwork was never sent,",
    [],
    ["Clara Voss", "Ines Roth"],
    strength="unconfirmed",
)


# merge review: "charged" inverted before a lower-case title and a name
quote(
    "charged-forms",
    "Protest\n\n\u201cThe vote was bought,\u201d charged opposition leader Rania Salem on social media, as Interior Minister Omar Daher denied it.\n",
    "The vote was bought,",
    ["Rania Salem"],
    ["Omar Daher"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
