# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the third names set (``grounding_names3.jsonl``): value-support cases for the speaker
causes check 20 left open and new wordings of the ones it closed, by category, each with what
must pass and what must fail:

- ``names-short-names``: a long full name the article writes ("Luiz Inacio Lula da Silva",
  "Andres Manuel Lopez Obrador") goes by its first surname later ("Lula said", "Lopez
  told"); never by a given name ("Inacio", "Manuel"), a particle, a word another person in
  the article bears, nor for a full name the article never writes around the short one;
- ``names-transcript-labels``: in a transcript every line is its label's holder's ("SECRETARY
  RUBIO:", "MR. X:", "THE PRESIDENT:", "Q:"), lines with no label go on with the turn before,
  and whoever a line mentions ("the Prime Minister") never speaks it;
- ``names-office-holders``: "X, a spokesperson for / press secretary to / chief of staff to /
  an adviser to Y" speaks, never Y, whatever the position and the name's shape;
- ``names-office-statements``: a statement "issued by / released by / from the office of X"
  is X's, never the one it mentions or the sentence's other person;
- ``names-said-description``: '"...," said the <description>, who ...' and "the
  <description> said" point back to the person just named, never to the one named beside.

Run ``python tests/data/make_names3_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written,
never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_names3.jsonl")

built = SupportCases("nm3")
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"

# --- 1. short names for full names ----------------------------------------------------------

C = "names-short-names"
quote(
    C,
    f"Amazon summit opens\n\nBrazilian President Luiz In\u00e1cio Lula da Silva opened the summit in Bel\u00e9m on Tuesday.\n{Q1}The forest cannot wait,{Q2} Lula said.\n",
    "The forest cannot wait,",
    ["Luiz In\u00e1cio Lula da Silva", "Lula da Silva", "Lula"],
    ["Carlos Lula da Silva", "Marina Silva"],
)
quote(
    C,
    f"BRASILIA (Folha Sul) - Luiz Inacio Lula da Silva met governors on Monday. {Q1}We will pave the road,{Q2} said Lula, who turns 80 next year.\n",
    "We will pave the road,",
    ["Luiz Inacio Lula da Silva"],
    ["Luiz Marinho"],
)
quote(
    C,
    f"Trade row\n\nMexico's President Andr\u00e9s Manuel L\u00f3pez Obrador spoke at his morning briefing.\n{Q1}We want fair trade,{Q2} L\u00f3pez told reporters.\n",
    "We want fair trade,",
    ["Andr\u00e9s Manuel L\u00f3pez Obrador", "L\u00f3pez Obrador"],
    ["Marcelo Ebrard"],
)
quote(
    C,
    f"Trade row\n\nMexico's President Andr\u00e9s Manuel L\u00f3pez Obrador spoke at his morning briefing beside Hugo L\u00f3pez-Gatell, the health official.\n{Q1}We want fair trade,{Q2} L\u00f3pez told reporters.\n",
    "We want fair trade,",
    [],
    ["Andr\u00e9s Manuel L\u00f3pez Obrador", "Hugo L\u00f3pez-Gatell"],
)
quote(
    C,
    f"Trade row\n\nMexico's President Andr\u00e9s Manuel L\u00f3pez Obrador spoke at his morning briefing.\n{Q1}We want fair trade,{Q2} Manuel said.\n",
    "We want fair trade,",
    [],
    ["Andr\u00e9s Manuel L\u00f3pez Obrador"],
)
quote(
    C,
    f"Forest pledge\n\nLuiz In\u00e1cio Lula da Silva signed the pledge in Bel\u00e9m.\n{Q1}This is a new start,{Q2} In\u00e1cio said.\n",
    "This is a new start,",
    [],
    ["Luiz In\u00e1cio Lula da Silva"],
)
quote(
    C,
    f"Forest pledge\n\nLuiz In\u00e1cio Lula da Silva signed the pledge in Bel\u00e9m.\n{Q1}This is a new start,{Q2} Luiz said.\n",
    "This is a new start,",
    [],
    ["Luiz In\u00e1cio Lula da Silva"],
)
quote(
    C,
    f"Samba festival\n\n{Q1}The music is back,{Q2} Lula said as the parade began.\n",
    "The music is back,",
    ["Lula"],
    ["Carlos Lula da Silva", "Luiz In\u00e1cio Lula da Silva"],
)
quote(
    C,
    f"Santiago (Diario Austral)\n\nChile's chief negotiator Mar\u00eda Jos\u00e9 Fuentes Arancibia arrived on Sunday.\n{Q1}The copper clause stays,{Q2} Fuentes said.\n",
    "The copper clause stays,",
    ["Mar\u00eda Jos\u00e9 Fuentes Arancibia", "Fuentes Arancibia"],
    ["Ana Fuentes"],
)
quote(
    C,
    f"Santiago (Diario Austral)\n\nChile's chief negotiator Mar\u00eda Jos\u00e9 Fuentes Arancibia arrived on Sunday with Environment Minister Ana Fuentes.\n{Q1}The copper clause stays,{Q2} Fuentes said.\n",
    "The copper clause stays,",
    [],
    ["Mar\u00eda Jos\u00e9 Fuentes Arancibia", "Ana Fuentes"],
)
quote(
    C,
    f"Santiago (Diario Austral)\n\nChile's chief negotiator Mar\u00eda Jos\u00e9 Fuentes Arancibia arrived on Sunday.\n{Q1}The copper clause stays,{Q2} Jos\u00e9 said.\n",
    "The copper clause stays,",
    [],
    ["Mar\u00eda Jos\u00e9 Fuentes Arancibia"],
)
quote(
    C,
    f"Montevideo\n\nFormer president Jos\u00e9 Alberto Mujica Cordano received the delegation at his farm. According to aides, Mujica Cordano was tired. {Q1}Politics is a passion,{Q2} Mujica told them.\n",
    "Politics is a passion,",
    ["Jos\u00e9 Alberto Mujica Cordano"],
    ["Alberto Cordano"],
)
quote(
    C,
    f"Montevideo\n\nFormer president Jos\u00e9 Alberto Mujica Cordano received the delegation at his farm. {Q1}Politics is a passion,{Q2} Alberto told them.\n",
    "Politics is a passion,",
    [],
    ["Jos\u00e9 Alberto Mujica Cordano"],
)
quote(
    C,
    f"Brussels\n\nCommission President Ursula von der Leyen met the ministers.\n{Q1}Europe will stand firm,{Q2} von der Leyen said.\n{Q1}We have the tools,{Q2} Ursula said later.\n",
    "Europe will stand firm,",
    ["Ursula von der Leyen"],
    [],
)
quote(
    C,
    f"Brussels\n\nCommission President Ursula von der Leyen met the ministers.\n{Q1}We have the tools,{Q2} Ursula said later.\n",
    "We have the tools,",
    [],
    ["Ursula von der Leyen"],
)
quote(
    C,
    f"Riyadh\n\nCrown Prince Mohammed bin Salman bin Abdulaziz Al Saud hosted the talks.\n{Q1}The region needs calm,{Q2} Abdulaziz said.\n",
    "The region needs calm,",
    [],
    ["Mohammed bin Salman bin Abdulaziz Al Saud"],
)
quote(
    C,
    f"Beijing (Xinhua)\n\nChinese President Xi Jinping met Premier Li Qiang before the forum.\n{Q1}Openness brings progress,{Q2} Xi said.\n",
    "Openness brings progress,",
    ["Xi Jinping"],
    ["Li Qiang"],
)
quote(
    C,
    f"Bras\u00edlia\n\nPresident Luiz In\u00e1cio Lula da Silva met Brazilian singer Lula Queiroga at the palace.\n{Q1}Music unites us,{Q2} Lula said.\n",
    "Music unites us,",
    [],
    ["Luiz In\u00e1cio Lula da Silva", "Lula Queiroga"],
)
quote(
    C,
    f"Caracas talks\n\nVenezuela's Nicol\u00e1s Maduro welcomed Luiz In\u00e1cio Lula da Silva to the talks.\n{Q1}Sanctions are a crime,{Q2} Maduro said, while Lula listened.\n",
    "Sanctions are a crime,",
    ["Nicol\u00e1s Maduro"],
    ["Luiz In\u00e1cio Lula da Silva"],
)
quote(
    C,
    f"Lima (Andina)\n\nPeru's envoy Carlos Alberto Paredes Rojas signed for Lima.\n{Q1}This closes a long dispute,{Q2} said Paredes, a career diplomat.\n",
    "This closes a long dispute,",
    ["Carlos Alberto Paredes Rojas"],
    ["Carlos Alberto"],
)

# --- 2. transcript labels ------------------------------------------------------------------

C = "names-transcript-labels"
quote(
    C,
    "Transcript: Secretary Rubio and Foreign Secretary Lammy\n\nSecretary of State Marco Rubio met British Foreign Secretary David Lammy in Washington. Following is the transcript.\nSECRETARY RUBIO: Foreign Secretary Lammy and I covered a lot of ground. FOREIGN SECRETARY LAMMY: We did, and we agreed on Ukraine.\n",
    "Foreign Secretary Lammy and I covered a lot of ground.",
    ["Marco Rubio"],
    ["David Lammy"],
)
quote(
    C,
    "Transcript: Secretary Rubio and Foreign Secretary Lammy\n\nSecretary of State Marco Rubio met British Foreign Secretary David Lammy in Washington. Following is the transcript.\nSECRETARY RUBIO: Foreign Secretary Lammy and I covered a lot of ground. FOREIGN SECRETARY LAMMY: We did, and Secretary Rubio was generous.\n",
    "We did, and Secretary Rubio was generous.",
    ["David Lammy"],
    ["Marco Rubio"],
)
quote(
    C,
    "Press briefing\n\nNational Security Council spokesman John Kirby briefed reporters on Tuesday.\nMR. KIRBY: The President spoke with Chancellor Merz this morning.\nQ: Did the Chancellor ask for more air defence?\nMR. KIRBY: He did, and we are looking at it.\n",
    "The President spoke with Chancellor Merz this morning.",
    ["John Kirby"],
    ["Friedrich Merz", "Joe Biden"],
)
quote(
    C,
    "Press briefing\n\nNational Security Council spokesman John Kirby briefed reporters on Tuesday.\nMR. KIRBY: The President spoke with Chancellor Merz this morning.\nQ: Did the Chancellor ask for more air defence?\nMR. KIRBY: He did, and we are looking at it.\n",
    "Did the Chancellor ask for more air defence?",
    ["a reporter"],
    ["John Kirby", "Friedrich Merz"],
)
quote(
    C,
    "Remarks by President Clinton and Prime Minister Mori\n\nPresident Clinton met Japan's Prime Minister Yoshiro Mori in Okinawa. Following is the transcript.\nTHE PRESIDENT: Thank you all for coming.\nThe Prime Minister and I have agreed to extend the trade talks.\nPRIME MINISTER MORI: Yes, for one more year.\n",
    "The Prime Minister and I have agreed to extend the trade talks.",
    ["Bill Clinton"],
    ["Yoshiro Mori"],
)
quote(
    C,
    "Remarks by President Clinton and Prime Minister Mori\n\nPresident Clinton met Japan's Prime Minister Yoshiro Mori in Okinawa. Following is the transcript.\nQ: Mr. Prime Minister, will the talks go on? THE PRESIDENT: Maybe the Prime Minister should answer that. PRIME MINISTER MORI: Yes, for one more year. The President has been patient with us.\n",
    "The President has been patient with us.",
    ["Yoshiro Mori"],
    ["Bill Clinton"],
)
quote(
    C,
    "Joint press conference (official transcript)\n\nAustralian Prime Minister Anthony Albanese hosted President Prabowo Subianto in Canberra.\nPRIME MINISTER ALBANESE: The President has been generous with his time.\nPRESIDENT PRABOWO: Thank you, Prime Minister. We share an ocean.\n",
    "The President has been generous with his time.",
    ["Anthony Albanese"],
    ["Prabowo Subianto"],
)
quote(
    C,
    "Joint press conference (official transcript)\n\nAustralian Prime Minister Anthony Albanese hosted President Prabowo Subianto in Canberra.\nPRIME MINISTER ALBANESE: The President has been generous with his time.\nPRESIDENT PRABOWO: Thank you, Prime Minister. We share an ocean.\n",
    "We share an ocean.",
    ["Prabowo Subianto"],
    ["Anthony Albanese"],
)
quote(
    C,
    "White House press briefing\n\nPress Secretary Karoline Leavitt took questions on Thursday.\nMS. LEAVITT: The President will travel to Rome on Friday.\nQ: Will he meet the Pope?\nMS. LEAVITT: That is the plan.\n",
    "The President will travel to Rome on Friday.",
    ["Karoline Leavitt"],
    ["Donald Trump"],
)
quote(
    C,
    "Town hall transcript\n\nGovernor Ana Cruz answered questions from voters in Reno.\nMODERATOR: Governor, the first question is on housing.\nGOVERNOR CRUZ: We will build 10,000 homes.\n",
    "Governor, the first question is on housing.",
    [],
    ["Ana Cruz"],
)
quote(
    C,
    "Town hall transcript\n\nGovernor Ana Cruz answered questions from voters in Reno.\nMODERATOR: Governor, the first question is on housing.\nGOVERNOR CRUZ: We will build 10,000 homes.\n",
    "We will build 10,000 homes.",
    ["Ana Cruz"],
    [],
)
quote(
    C,
    "State Department transcript\n\nSecretary Rubio spoke with Israeli Prime Minister Benjamin Netanyahu before the briefing.\nSecretary Rubio: The Prime Minister knows our position.\nQuestion: Did he accept the plan?\nSecretary Rubio: He is studying it.\n",
    "The Prime Minister knows our position.",
    ["Marco Rubio"],
    ["Benjamin Netanyahu"],
)
quote(
    C,
    "Kremlin transcript (excerpt)\n\nVladimir Putin received Hungarian Prime Minister Viktor Orban in the Kremlin.\nPRESIDENT PUTIN: Mr. Prime Minister, welcome. Your visit comes at a difficult time.\nPRIME MINISTER ORBAN: Thank you. Hungary wants peace.\n",
    "Your visit comes at a difficult time.",
    ["Vladimir Putin"],
    ["Viktor Orban"],
)
quote(
    C,
    "Kremlin transcript (excerpt)\n\nVladimir Putin received Hungarian Prime Minister Viktor Orban in the Kremlin.\nPRESIDENT PUTIN: Mr. Prime Minister, welcome.\nPRIME MINISTER ORBAN: Thank you. Hungary wants peace.\nPresident Putin knows this.\n",
    "President Putin knows this.",
    ["Viktor Orban"],
    ["Vladimir Putin"],
)
quote(
    C,
    "Senate hearing (transcript)\n\nSenator Jeanne Shaheen questioned Ambassador Mike Waltz at the hearing.\nSENATOR SHAHEEN: Ambassador, will the United States pay its dues?\nAMBASSADOR WALTZ: We will review every line.\n",
    "We will review every line.",
    ["Mike Waltz"],
    ["Jeanne Shaheen"],
)

# --- 3. office holders ---------------------------------------------------------------------

C = "names-office-holders"
quote(
    C,
    f"Tokyo\n\n{Q1}We are reviewing the offer,{Q2} said Hana Sato, a spokesperson for Prime Minister Kenji Mori.\n",
    "We are reviewing the offer,",
    ["Hana Sato"],
    ["Kenji Mori"],
)
quote(
    C,
    f"Beijing\n\nLiu Wen, press secretary to Premier Zhao Lei, told reporters: {Q1}The visit will go ahead.{Q2}\n",
    "The visit will go ahead.",
    ["Liu Wen"],
    ["Zhao Lei"],
)
quote(
    C,
    f"Carson City\n\n{Q1}No decision has been made,{Q2} Tom Reyes, chief of staff to Governor Ana Cruz, said on Friday.\n",
    "No decision has been made,",
    ["Tom Reyes"],
    ["Ana Cruz"],
)
quote(
    C,
    f"Hanoi\n\nNguyen Van Minh, a senior adviser to Prime Minister Pham Minh Chinh, said: {Q1}We will sign before the summit.{Q2}\n",
    "We will sign before the summit.",
    ["Nguyen Van Minh"],
    ["Pham Minh Chinh"],
)
quote(
    C,
    f"Seoul\n\n{Q1}The line is open,{Q2} Park Jisoo, an adviser to President Lee Jae-myung, told Yonhap on Monday.\n",
    "The line is open,",
    ["Park Jisoo"],
    ["Lee Jae-myung"],
)
quote(
    C,
    f"Kabul\n\n{Q1}The border reopens Friday,{Q2} said Omar Haidari, deputy chief of staff to President Ashraf Rahimi.\n",
    "The border reopens Friday,",
    ["Omar Haidari"],
    ["Ashraf Rahimi"],
)
quote(
    C,
    f"Berlin\n\n{Q1}The chancellor has not decided,{Q2} a spokeswoman for Chancellor Friedrich Merz said on Wednesday.\n",
    "The chancellor has not decided,",
    [],
    ["Friedrich Merz"],
)
quote(
    C,
    f"Madrid\n\nPedro Gil, the spokesman for Foreign Minister Ana Ruiz, said the talks would resume. {Q1}Nothing is off the table,{Q2} he said.\n",
    "Nothing is off the table,",
    ["Pedro Gil"],
    ["Ana Ruiz"],
)
quote(
    C,
    f"Nairobi\n\nPress secretary to the president Hussein Mohamed told reporters: {Q1}The deployment is lawful.{Q2}\n",
    "The deployment is lawful.",
    ["Hussein Mohamed"],
    [],
)
quote(
    C,
    f"Jakarta\n\n{Q1}Our position has not changed,{Q2} Hasan Nasbi, communications chief for President Prabowo Subianto, told reporters.\n",
    "Our position has not changed,",
    ["Hasan Nasbi"],
    ["Prabowo Subianto"],
)
quote(
    C,
    f"Manila (Bayan Daily)\n\nClaire Castro, press officer to President Ferdinand Marcos, spoke after the cabinet meeting. {Q1}The ships stay,{Q2} she said.\n",
    "The ships stay,",
    ["Claire Castro"],
    ["Ferdinand Marcos"],
)
quote(
    C,
    f"Washington\n\nAn aide to Senator Mark Kelly, Jordan Hale, said: {Q1}The senator will vote no.{Q2}\n",
    "The senator will vote no.",
    ["Jordan Hale"],
    ["Mark Kelly"],
)
quote(
    C,
    f"Bangkok\n\n{Q1}The visit is postponed,{Q2} Somchai Wongsawat, secretary to Prime Minister Anutin Charnvirakul, said by phone.\n",
    "The visit is postponed,",
    ["Somchai Wongsawat"],
    ["Anutin Charnvirakul"],
)

# --- 4. statements issued by offices --------------------------------------------------------

C = "names-office-statements"
quote(
    C,
    f"Nairobi\n\nA statement issued by the office of President William Ruto read: {Q1}Kenya stands ready to host the talks.{Q2}\n",
    "Kenya stands ready to host the talks.",
    ["William Ruto"],
    [],
)
quote(
    C,
    f"Nairobi\n\nRuto met Ethiopian Prime Minister Abiy Ahmed on Sunday. In a statement issued by the office of President William Ruto after the meeting: {Q1}Both leaders back the truce.{Q2}\n",
    "Both leaders back the truce.",
    ["William Ruto"],
    ["Abiy Ahmed"],
)
quote(
    C,
    f"Kuala Lumpur\n\n{Q1}Malaysia welcomes the truce,{Q2} read a statement from the office of Prime Minister Anwar Ibrahim.\n",
    "Malaysia welcomes the truce,",
    ["Anwar Ibrahim"],
    ["Hun Manet"],
)
quote(
    C,
    f"Phnom Penh\n\nThe office of Prime Minister Hun Manet issued a statement on Tuesday: {Q1}Cambodia will respect the ceasefire.{Q2}\n",
    "Cambodia will respect the ceasefire.",
    ["Hun Manet"],
    ["Anutin Charnvirakul"],
)
quote(
    C,
    f"Addis Ababa\n\nEthiopia: Abiy's office says the truce must hold\n\nThe statement, released by the office of Prime Minister Abiy Ahmed on Monday, said: {Q1}The truce must hold.{Q2}\n",
    "The truce must hold.",
    ["Abiy Ahmed"],
    [],
)
quote(
    C,
    f"Khartoum\n\nSudan: army rejects the plan\n\nMediator Ramtane Lamamra met army chief Abdel Fattah al-Burhan. In a statement released by the office of General Abdel Fattah al-Burhan: {Q1}We will not accept a truce that rewards the militia.{Q2}\n",
    "We will not accept a truce that rewards the militia.",
    ["Abdel Fattah al-Burhan"],
    ["Ramtane Lamamra"],
)
quote(
    C,
    f"Ankara\n\nA statement issued by President Recep Tayyip Erdogan's office on Sunday said: {Q1}Turkey is ready to mediate.{Q2}\n",
    "Turkey is ready to mediate.",
    ["Recep Tayyip Erdogan"],
    [],
)
quote(
    C,
    f"Ankara\n\nForeign Minister Hakan Fidan spoke to Sergei Lavrov by phone. A statement issued by the office of President Recep Tayyip Erdogan said: {Q1}Turkey is ready to mediate.{Q2}\n",
    "Turkey is ready to mediate.",
    ["Recep Tayyip Erdogan"],
    ["Hakan Fidan", "Sergei Lavrov"],
)
quote(
    C,
    f"Kigali\n\n{Q1}Rwanda has no troops in Congo,{Q2} said a statement released by the office of President Paul Kagame, after Felix Tshisekedi spoke in Luanda.\n",
    "Rwanda has no troops in Congo,",
    ["Paul Kagame"],
    ["Felix Tshisekedi"],
)
quote(
    C,
    f"Cairo\n\nEgypt: Sisi's office welcomes truce\n\nIn a statement issued by the office of President Abdel Fattah el-Sisi, after a call with Qatar's Emir Tamim bin Hamad Al Thani: {Q1}Egypt will keep mediating.{Q2}\n",
    "Egypt will keep mediating.",
    ["Abdel Fattah el-Sisi"],
    ["Tamim bin Hamad Al Thani"],
)
quote(
    C,
    f"Islamabad\n\nPrime Minister Shehbaz Sharif's office issued a statement after he met Army Chief Asim Munir: {Q1}Pakistan seeks calm on the border.{Q2}\n",
    "Pakistan seeks calm on the border.",
    ["Shehbaz Sharif's office"],
    ["Asim Munir"],
)

quote(
    C,
    f"Dhaka\n\nA statement from the office of Chief Adviser Muhammad Yunus, issued after his call with Indian Prime Minister Narendra Modi, said: {Q1}Bangladesh wants calm borders.{Q2}\n",
    "Bangladesh wants calm borders.",
    ["Muhammad Yunus"],
    ["Narendra Modi"],
)

# --- 5. descriptions after "said" -----------------------------------------------------------

C = "names-said-description"
quote(
    C,
    f"Port strike (Harbour Times)\n\nDock union leader Sam Okoro met Transport Minister Ada Bell on Friday.\n{Q1}We will not back down,{Q2} said the 61-year-old, who has led the union since 2015.\n",
    "We will not back down,",
    ["Sam Okoro"],
    ["Ada Bell"],
)
quote(
    C,
    f"Border talks\n\nGeneral Idris Kane, the former army chief, arrived in Juba with envoy Ruth Ayodele.\n{Q1}The guns must fall silent,{Q2} said the retired general, speaking at the airport.\n",
    "The guns must fall silent,",
    ["Idris Kane"],
    ["Ruth Ayodele"],
)
quote(
    C,
    f"Fisheries row\n\nNorway's fisheries minister Ingrid Dahl, a former marine biologist, met Iceland's Jon Arnason. {Q1}The stocks are recovering,{Q2} the biologist-turned-minister said.\n",
    "The stocks are recovering,",
    ["Ingrid Dahl"],
    ["Jon Arnason"],
)
quote(
    C,
    f"Election\n\nMayor Chloe Vance met her rival, Rita Moss, at the debate.\n{Q1}We fixed the buses,{Q2} said the two-term mayor, who is seeking a third.\n",
    "We fixed the buses,",
    ["Chloe Vance"],
    ["Rita Moss"],
)
quote(
    C,
    f"Trade talks\n\nSergei Volkov, Russia's trade envoy, met EU officials in Geneva.\n{Q1}The tariffs are unfair,{Q2} said the foreign ministry in Moscow.\n",
    "The tariffs are unfair,",
    [],
    ["Sergei Volkov"],
)
quote(
    C,
    f"Climate fund\n\nKenyan negotiator Ali Mohamed, who chairs the African group, spoke after the session.\n{Q1}Rich nations must pay,{Q2} said the veteran negotiator, a former energy minister.\n",
    "Rich nations must pay,",
    ["Ali Mohamed"],
    ["William Ruto"],
)
quote(
    C,
    f"Grain deal\n\nUkrainian deputy minister Lena Moroz toured the port with Turkish envoy Cem Aydin.\n{Q1}Ships must keep moving,{Q2} said the Ukrainian official, who grew up in Odesa.\n",
    "Ships must keep moving,",
    ["Lena Moroz"],
    ["Cem Aydin"],
)
quote(
    C,
    f"Rail strike\n\nUnion boss Tom Hale walked out of the talks.\n{Q1}This offer is an insult,{Q2} the veteran organiser said, adding that he would call a vote.\n",
    "This offer is an insult,",
    ["Tom Hale"],
    ["Jo Park"],
)
quote(
    C,
    f"Budget fight\n\nSenator Ruth Kemp, the committee's ranking Democrat, questioned Treasury Secretary Paul Dane.\n{Q1}The numbers do not add up,{Q2} said the Vermont senator, who sits on the budget panel.\n",
    "The numbers do not add up,",
    ["Ruth Kemp"],
    ["Paul Dane"],
)
quote(
    C,
    f"Peace talks\n\nMediator Amina Diallo, a former Senegalese foreign minister, opened the round.\n{Q1}Both sides must compromise,{Q2} said the diplomat, who has mediated in Mali and Chad.\n",
    "Both sides must compromise,",
    ["Amina Diallo"],
    ["Moussa Traore"],
)
quote(
    C,
    f"Mining law\n\nCongo's mines minister Louis Watum Kabamba briefed investors.\n{Q1}The contracts will be reviewed,{Q2} said the ministry, which oversees cobalt exports.\n",
    "The contracts will be reviewed,",
    [],
    ["Louis Watum Kabamba"],
)
quote(
    C,
    f"Health talks\n\nDr Ama Mensah, Ghana's health director, met WHO officials.\n{Q1}We need the vaccines now,{Q2} said the physician, who trained in Accra.\n",
    "We need the vaccines now,",
    ["Ama Mensah"],
    ["Tedros Adhanom Ghebreyesus"],
)

quote(
    C,
    f"Andes tunnel\n\nChilean President Gabriel Boric welcomed Argentine President Javier Milei to Santiago on Monday.\n{Q1}We will build the tunnel together,{Q2} the president said after the meeting.\n",
    "We will build the tunnel together,",
    [],
    ["Gabriel Boric", "Javier Milei"],
)
quote(
    C,
    f"Tariff talks\n\nU.S. President Donald Trump hosted Brazilian President Luiz Inacio Lula da Silva at the White House.\n{Q1}Coffee is not a weapon,{Q2} Lula said as he left.\n",
    "Coffee is not a weapon,",
    ["Luiz Inacio Lula da Silva"],
    ["Donald Trump"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
