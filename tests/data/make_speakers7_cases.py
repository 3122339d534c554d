# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the seventh speakers set (``grounding_speakers7.jsonl``): value-support cases for four
ways a correct quote speaker was refused, by category, each with what must pass and what must
fail (the quote given to the wrong person is refused, unsupported):

- ``participle-telling``: a participle of saying after a clause ("X struck a cautious note,
  recently telling Reuters, "..."", "..., adding,", "..., warning reporters,") takes the
  subject of that clause, never the one told; a "he" opening the clause points back; near
  misses: a sentence-opening participle ("Speaking to CNN, X said") and a named speaker
  elsewhere keep their verdicts;
- ``pronoun-of``: '"...," he added of the meeting' / "said about X" / "remarked on X" reads
  back to the man the sentence before names, past the outlet he told and the "of" object;
  the outlet, the "of" person and the interviewer are refused;
- ``letter-paragraph``: a paragraph that is only a quotation, right after a sentence whose
  subject says or writes something ("X adds in his letter that ..."), is that subject's; the
  letter's addressee is refused, and so is the writer when another speaker is named between;
- ``statement-pronoun``: '"...," he also said' after "the statement said ..." reads back past
  the statement to the man who read it out or issued it, when he is the only person named from
  there; a woman or a second man named keeps the statement's reading (refused).

Run ``python tests/data/make_speakers7_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers7.jsonl")

built = SupportCases("sp7")
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"

# --- participle-telling: the participle takes the subject of the clause it hangs on
C = "participle-telling"
quote(
    C,
    f"Fisheries talks\n\nNorwegian negotiator Ingrid Solheim, who flew in on Tuesday, sounded a guarded tone, later telling the Coastal Herald, {Q1}Nobody should expect a deal this week.{Q2}\n",
    "Nobody should expect a deal this week.",
    ["Ingrid Solheim"],
    ["Coastal Herald"],
)
quote(
    C,
    'Rail strike\n\nUnion leader Dariusz Kowal rejected the offer on Wednesday, adding, "Our members have waited long enough."\n',
    "Our members have waited long enough.",
    ["Dariusz Kowal"],
    [],
)
quote(
    C,
    'Rail strike\n\nTransport Secretary Helen Marsh met union leader Dariusz Kowal on Wednesday.\n\nKowal rejected the offer within the hour, warning reporters outside the ministry, "Our members have waited long enough."\n',
    "Our members have waited long enough.",
    ["Dariusz Kowal"],
    ["Helen Marsh"],
)
quote(
    C,
    f"Budget\n\nFinance Minister Oren Tal defended the cuts on Sunday, saying in an interview with Channel 9, {Q1}There was no painless option on the table.{Q2}\n",
    "There was no painless option on the table.",
    ["Oren Tal"],
    ["Channel 9"],
)
quote(
    C,
    'Drought\n\nGovernor Amara Okonjo declared an emergency in three counties, telling farmers at a town hall in Makeni, "The wells will be dug before the rains fail again."\n',
    "The wells will be dug before the rains fail again.",
    ["Amara Okonjo"],
    [],
)
quote(
    C,
    'Election\n\nChallenger Petra Lind conceded shortly after midnight, before telling supporters, "We lost a vote, not an argument."\n',
    "We lost a vote, not an argument.",
    ["Petra Lind"],
    [],
)
quote(
    C,
    f"Trade\n\nCommerce Minister Rafael Duarte welcomed the tariff pause, also telling Senator Mia Cole during the hearing, {Q1}This buys us ninety days and nothing more.{Q2}\n",
    "This buys us ninety days and nothing more.",
    ["Rafael Duarte"],
    ["Mia Cole"],
)
quote(
    C,
    'Hospitals\n\nDr. Lena Fischer, the chief of the city\'s largest hospital, described the winter as the worst in a decade, noting, "We had patients on trolleys for two days."\n',
    "We had patients on trolleys for two days.",
    ["Lena Fischer"],
    [],
)
quote(
    C,
    'Hospitals\n\nHealth Minister Tomas Berg visited the ward on Friday.\n\nHe praised the nurses, telling the Evening Post, "They held this place together with their bare hands."\n',
    "They held this place together with their bare hands.",
    ["Tomas Berg"],
    ["Evening Post"],
)
quote(
    C,
    f"Football\n\nCoach Marco Vidal blamed the referee for the defeat, recently telling Radio Sport, {Q1}We were robbed in the second half.{Q2}\n",
    "We were robbed in the second half.",
    ["Marco Vidal"],
    ["Radio Sport"],
)
quote(
    C,
    'Ports\n\nYusuf Demir, the harbour master, closed the outer quay after the storm, warning, "Nobody moors there until the divers are done."\n',
    "Nobody moors there until the divers are done.",
    ["Yusuf Demir"],
    [],
)
quote(
    C,
    'Chess\n\nGrandmaster Vera Holt beat Anton Rask in forty moves, telling the club afterwards, "He never saw the bishop coming."\n',
    "He never saw the bishop coming.",
    ["Vera Holt"],
    ["Anton Rask"],
)
quote(
    C,
    f"Senate\n\nSenator Paul Dune voted against the bill, later telling Senator Rita Ames in the corridor, {Q1}You will regret this by June.{Q2}\n",
    "You will regret this by June.",
    ["Paul Dune"],
    ["Rita Ames"],
)
# near misses: a participle opening the sentence, another named speaker
quote(
    C,
    'Football\n\nSpeaking to Radio Sport on Monday, coach Marco Vidal said: "We were robbed in the second half."\n',
    "We were robbed in the second half.",
    ["Marco Vidal"],
    ["Radio Sport"],
)
quote(
    C,
    'Rail strike\n\nKowal rejected the offer, but Transport Secretary Helen Marsh struck a softer note, telling the BBC, "The door is still open."\n',
    "The door is still open.",
    ["Helen Marsh"],
    ["Kowal"],
)
quote(
    C,
    f"Budget\n\nOren Tal presented the budget on Sunday. Opposition leader Yael Mor attacked it at once, saying, {Q1}This is a budget for nobody.{Q2}\n",
    "This is a budget for nobody.",
    ["Yael Mor"],
    ["Oren Tal"],
)

# --- pronoun-of: '"...," he added of X' reads back to the man named before
C = "pronoun-of"
quote(
    C,
    f"Summit\n\nMr. Haldane told the Morning Ledger on Saturday that the summit could still go ahead.\n\n{Q1}I have not given up on it,{Q2} he added of the meeting.\n",
    "I have not given up on it,",
    ["Haldane"],
    ["Morning Ledger"],
)
quote(
    C,
    'Summit\n\nForeign Minister Karl Haldane told reporters in Vienna that the summit could still go ahead.\n\n"It is delayed, not dead," he said of the talks with Ambassador Pim Osei.\n',
    "It is delayed, not dead,",
    ["Karl Haldane"],
    ["Pim Osei"],
)
quote(
    C,
    f"Dam project\n\nEngineer Samuel Achebe told Channel 4 on Monday that the dam would be finished by autumn. {Q1}The concrete is the easy part,{Q2} he said about the project.\n",
    "The concrete is the easy part,",
    ["Samuel Achebe"],
    ["Channel 4"],
)
quote(
    C,
    'Transfer\n\nClub president Luis Ferro told Radio Norte that the striker would stay. "He is not for sale at any price," he said of Diego Salas.\n',
    "He is not for sale at any price,",
    ["Luis Ferro"],
    ["Diego Salas", "Radio Norte"],
)
quote(
    C,
    f"Housing\n\nMayor Ruben Ortiz told the Valley Courier on Thursday that the tower block would be demolished.\n\n{Q1}No family will be left without a roof,{Q2} he remarked on the plan.\n",
    "No family will be left without a roof,",
    ["Ruben Ortiz"],
    ["Valley Courier"],
)
quote(
    C,
    'Vaccines\n\nDr. Ibrahim Sesay told the Freetown Daily that the second dose had arrived.\n\n"We will have every clinic stocked by Friday," he added of the shipment.\n',
    "We will have every clinic stocked by Friday,",
    ["Ibrahim Sesay"],
    ["Freetown Daily"],
)
quote(
    C,
    f"Rivers\n\nThe minister, Jonas Vik, told Nordic TV on Sunday that the salmon ban would stay.\n\n{Q1}The rivers need a full season,{Q2} he said of the ban, which anglers oppose.\n",
    "The rivers need a full season,",
    ["Jonas Vik"],
    ["Nordic TV"],
)
quote(
    C,
    'Trade\n\nAmbassador Chen Wei told the Harbour Times that the port deal was close.\n\n"Two clauses remain, and both are minor," he said of the talks with Minister Aldo Ricci.\n',
    "Two clauses remain, and both are minor,",
    ["Chen Wei"],
    ["Aldo Ricci", "Harbour Times"],
)
quote(
    C,
    f"Courts\n\nProsecutor Milan Horvat told the Capital Gazette that the trial would open in March. {Q1}The evidence is overwhelming,{Q2} he said of the case against Pavel Rusu.\n",
    "The evidence is overwhelming,",
    ["Milan Horvat"],
    ["Pavel Rusu"],
)
quote(
    C,
    'Energy\n\nMr. Brandvold told the Oslo Evening News that the pipeline would reopen by June.\n\n"We are ahead of schedule," he added about the repairs.\n',
    "We are ahead of schedule,",
    ["Brandvold"],
    ["Oslo Evening News"],
)
# near misses: the teller is named after the quote; a woman told
quote(
    C,
    f"Summit\n\nKarl Haldane told the Morning Ledger that the summit could still go ahead.\n\n{Q1}It is delayed, not dead,{Q2} said Ambassador Pim Osei of the meeting.\n",
    "It is delayed, not dead,",
    ["Pim Osei"],
    ["Karl Haldane"],
)

# --- letter-paragraph: a quotation standing alone after a sentence whose subject writes
C = "letter-paragraph"
quote(
    C,
    f"Exchange\n\nThe schoolchildren of Tarvik wrote to the astronaut in May.\n\nCommander Oskar Lind adds in his reply that the station is colder than people think.\n\n{Q1}I hope to visit your school when I am back on the ground.{Q2}\n",
    "I hope to visit your school when I am back on the ground.",
    ["Oskar Lind"],
    [],
)
quote(
    C,
    'Hostages\n\n"We count the days," said Rosa Mendel, whose son is held in the tunnels.\n\nIn his letter to the families, Prime Minister Avi Sadeh writes that the talks have not stalled.\n\n"I will not rest until every one of them is home."\n',
    "I will not rest until every one of them is home.",
    ["Avi Sadeh"],
    ["Rosa Mendel"],
)
quote(
    C,
    f"Bishop's letter\n\nBishop Anselm Ruhl tells the parishes in a pastoral letter that the cathedral will reopen at Easter.\n\n{Q1}The scaffolding will be gone, and the bells will ring again.{Q2}\n",
    "The scaffolding will be gone, and the bells will ring again.",
    ["Anselm Ruhl"],
    [],
)
quote(
    C,
    'Resignation\n\nCouncillor Nadia Perez sent her resignation to the mayor, Bruno Costa, on Friday.\n\nPerez writes that she can no longer defend the budget.\n\n"I was elected to protect the libraries, not to close them."\n',
    "I was elected to protect the libraries, not to close them.",
    ["Nadia Perez"],
    ["Bruno Costa"],
)
quote(
    C,
    f"Prison letters\n\nFrom his cell, the activist Kwame Asante wrote to his daughter that he was being treated well.\n\n{Q1}Tell your mother I eat every meal and read every night.{Q2}\n",
    "Tell your mother I eat every meal and read every night.",
    ["Kwame Asante"],
    [],
)
quote(
    C,
    'Airline\n\nChief executive Sofia Brandt says in a memo to staff that the merger will not cost jobs.\n\n"Every pilot and every engineer keeps a seat at this company."\n',
    "Every pilot and every engineer keeps a seat at this company.",
    ["Sofia Brandt"],
    [],
)
quote(
    C,
    f"Veterans\n\nThe widow of a soldier had written to the general in January. General Piet Maas replies that the medal will be sent by spring.\n\n{Q1}Your husband's courage is not forgotten.{Q2}\n",
    "Your husband's courage is not forgotten.",
    ["Piet Maas"],
    [],
)
quote(
    C,
    'Orchestra\n\nConductor Elias Varga adds in a note to the players that the tour is still on.\n\n"Pack for rain; Glasgow in October is not kind."\n',
    "Pack for rain; Glasgow in October is not kind.",
    ["Elias Varga"],
    [],
)
quote(
    C,
    f"Football\n\nManager Ines Falk wrote to the supporters' club on Monday, adding that the ticket prices would be frozen.\n\n{Q1}You fill this stadium, and you should not pay for our mistakes.{Q2}\n",
    "You fill this stadium, and you should not pay for our mistakes.",
    ["Ines Falk"],
    [],
)
quote(
    C,
    'Climate\n\nIn the letter, seen by the Dispatch, Senator Omar Haddad tells Governor Lucia Penn that the flood money has been held up for a year.\n\n"Families in the valley cannot wait another winter."\n',
    "Families in the valley cannot wait another winter.",
    ["Omar Haddad"],
    ["Lucia Penn"],
)
quote(
    C,
    'Publishing\n\nAuthor Greta Moll writes to her publisher, Henrik Saar, that the novel is finished.\n\n"The last chapter nearly broke me."\n',
    "The last chapter nearly broke me.",
    ["Greta Moll"],
    ["Henrik Saar"],
)
quote(
    C,
    f"Prison letters\n\nThe activist Kwame Asante wrote to his lawyer, Efua Mensah, that the guards had taken his books.\n\n{Q1}Ask them why a man may not read.{Q2}\n",
    "Ask them why a man may not read.",
    ["Kwame Asante"],
    ["Efua Mensah"],
)
# near misses: another speaker named between them takes the quote
quote(
    C,
    'Publishing\n\nGreta Moll writes that the novel is finished.\n\nHer publisher, Henrik Saar, said on Monday that he had not read it yet.\n\n"I am told it runs to nine hundred pages."\n',
    "I am told it runs to nine hundred pages.",
    ["Henrik Saar"],
    ["Greta Moll"],
)
quote(
    C,
    f"Exchange\n\nCommander Oskar Lind adds in his reply that the station is colder than people think.\n\nHis sister, Maja Lind, said on Tuesday that he had always loved the cold.\n\n{Q1}He used to sleep with the window open in January.{Q2}\n",
    "He used to sleep with the window open in January.",
    ["Maja Lind"],
    ["Oskar Lind"],
)
quote(
    C,
    'Resignation\n\nPerez writes that she can no longer defend the budget.\n\nMayor Bruno Costa told reporters he was sorry to lose her.\n\n"She fought harder than anyone on that council."\n',
    "She fought harder than anyone on that council.",
    ["Bruno Costa"],
    ["Perez"],
)
quote(
    C,
    f"Airline\n\nSofia Brandt says in a memo to staff that the merger will not cost jobs.\n\nUnion official Tariq Bell said the memo promised nothing in writing.\n\n{Q1}We have heard this before, and then the letters came.{Q2}\n",
    "We have heard this before, and then the letters came.",
    ["Tariq Bell"],
    ["Sofia Brandt"],
)
quote(
    C,
    'Climate\n\nSenator Omar Haddad tells the governor in a letter that the flood money has been held up.\n\nGovernor Lucia Penn said on Friday that the money would go out in March.\n\n"The paperwork was the problem, not the will."\n',
    "The paperwork was the problem, not the will.",
    ["Lucia Penn"],
    ["Omar Haddad"],
)

# --- statement-pronoun: "he" reads past "the statement said" to the man who read it
C = "statement-pronoun"
quote(
    C,
    f"Coup\n\nColonel Idris Bako read out a statement on state television late on Monday.\n\nThe statement said the borders would stay closed until further notice. {Q1}Order will be restored within days,{Q2} he also said.\n",
    "Order will be restored within days,",
    ["Idris Bako"],
    [],
)
quote(
    C,
    'Coup\n\nA statement was read on national radio by Captain Moussa Diallo on Tuesday.\n\nThe statement said a curfew would begin at dusk. "Nobody should be on the streets after dark," he added.\n',
    "Nobody should be on the streets after dark,",
    ["Moussa Diallo"],
    [],
)
quote(
    C,
    f"Strike\n\nThe union's statement was read to the crowd by its secretary, Arne Holm. The statement said the walkout would continue into next week.\n\n{Q1}We are not going back for promises,{Q2} he said.\n",
    "We are not going back for promises,",
    ["Arne Holm"],
    [],
)
quote(
    C,
    'Clubs\n\nThe league issued a statement on Friday, read out by its chairman, Viktor Sand. The statement said the season would finish behind closed doors.\n\n"It is the only responsible choice," he told reporters afterwards.\n',
    "It is the only responsible choice,",
    ["Viktor Sand"],
    [],
)
quote(
    C,
    f"Border\n\nA short statement, signed by General Tarek Nasser, was published at noon. The statement said the crossing would reopen on Thursday. {Q1}Aid lorries will go first,{Q2} he also said.\n",
    "Aid lorries will go first,",
    ["Tarek Nasser"],
    [],
)
quote(
    C,
    'Hospital\n\nThe trust released a statement through its medical director, Dr. Owen Price, on Sunday.\n\nThe statement said the ward would reopen within a week. "The patients were never at risk," he said.\n',
    "The patients were never at risk,",
    ["Owen Price"],
    [],
)
quote(
    C,
    f"Elections\n\nElectoral commissioner Ruslan Abenov read the commission's statement to reporters in Almaty.\n\nThe statement said turnout had passed sixty per cent. {Q1}The count will be finished by morning,{Q2} he said.\n",
    "The count will be finished by morning,",
    ["Ruslan Abenov"],
    [],
)
quote(
    C,
    'Floods\n\nThe governor\'s statement was delivered by his spokesman, Paulo Reis. The statement said the army would help clear the roads.\n\n"Every town will have power again by Sunday," he added.\n',
    "Every town will have power again by Sunday,",
    ["Paulo Reis"],
    [],
)
quote(
    C,
    f"Mine\n\nThe company's statement was read at the gate by its manager, Hendrik Botha. The statement said all forty miners had been brought up alive. {Q1}They walked out on their own feet,{Q2} he also said.\n",
    "They walked out on their own feet,",
    ["Hendrik Botha"],
    [],
)
quote(
    C,
    'Ceasefire\n\nThe militia\'s statement was issued by its commander, Abu Karim, on Wednesday night. The statement said the truce would hold for three days.\n\n"We will answer any breach," he said.\n',
    "We will answer any breach,",
    ["Abu Karim"],
    [],
)
# near misses: a woman or a second man named keeps the statement's reading
quote(
    C,
    f"Coup\n\nArmy spokeswoman Amina Sow read out a statement on behalf of Colonel Idris Bako late on Monday.\n\nThe statement said the borders would stay closed. {Q1}Order will be restored within days,{Q2} he also said.\n",
    "Order will be restored within days,",
    [],
    ["Idris Bako", "Amina Sow"],
)
quote(
    C,
    'Strike\n\nThe statement was read to the crowd by Arne Holm and Nils Berg together. The statement said the walkout would continue.\n\n"We are not going back for promises," he said.\n',
    "We are not going back for promises,",
    [],
    ["Arne Holm", "Nils Berg"],
)
quote(
    C,
    f"Clubs\n\nThe league's statement was read out by chairman Viktor Sand after a call with coach Emil Dahl. The statement said the season would finish behind closed doors.\n\n{Q1}It is the only responsible choice,{Q2} he said.\n",
    "It is the only responsible choice,",
    [],
    ["Viktor Sand", "Emil Dahl"],
)
quote(
    C,
    'Hospital\n\nMs. Rhea Banks read the trust\'s statement on Sunday. The statement said the ward would reopen within a week.\n\n"The patients were never at risk," he said.\n',
    "The patients were never at risk,",
    [],
    ["Rhea Banks"],
)
quote(
    C,
    f"Floods\n\nThe governor's statement was delivered by his spokeswoman, Clara Reis, and his deputy, Paulo Lima. The statement said the army would help clear the roads.\n\n{Q1}Every town will have power again by Sunday,{Q2} he added.\n",
    "Every town will have power again by Sunday,",
    [],
    ["Paulo Lima", "Clara Reis"],
)

quote(
    C,
    f"Coup\n\nThe statement was read by Major Ali Hassan and had been drafted by General Omar Farah. The statement said elections would follow within a year.\n\n{Q1}The army does not want power,{Q2} he said.\n",
    "The army does not want power,",
    [],
    ["Ali Hassan", "Omar Farah"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
