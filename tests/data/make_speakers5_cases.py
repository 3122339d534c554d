# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the fifth speakers set (``grounding_speakers5.jsonl``): value-support cases for the
speaker and co-sponsor causes checks 22 and 23 left open, by category, each with what must pass
and what must fail:

- ``speaker-carried``: a bare quote takes the speaker of the sentence before it when that
  sentence ends in an inverted attribution (", said spokesman X.") or opens with a
  subordinate clause ("After the deal was announced, X called for calm." then '"...," he
  said'); never a speaker the sentence names as someone else, a quote with its own
  attribution, the name inside the opening clause, or a quote after another person's
  sentence;
- ``speaker-name-word``: the first word of a three-word name the article writes in full
  ("Lolo said" for Governor Lolo Matalasi Moliga); never when another person in the article
  bears that word, for a name the article never writes in full, for a longer or particle name's
  given name ("Ursula said"), nor for its middle word; and a one-word name the article gives
  right after the full name ("Andres Manuel Lopez Obrador, known as AMLO,"), never one given
  to someone else;
- ``speaker-wording``: "in the words of X" right before the quote, and a post's verb ("X
  rejoiced on Twitter") attribute the quote; never to someone else named near it, nor when
  the words of X are not right before the quote;
- ``speaker-timestamp-turns``: a name on a line of its own before a timestamp ("Hallie
  Jackson (00:24):", as transcript services print turns) owns every paragraph up to the next
  label; never a person the turn only mentions, nor a numbered "Speaker 2";
- ``sponsor-companions``: the subject before a companion aside ("Sen. A, alongside Sen. B,
  filed"), the subject before a trailing "joined by" ("Rep. A introduced the bill, joined by
  Rep. B"), and the names after "who teamed up with" in a list of agents or before
  "to introduce" all sponsor; never a name the aside or a trailing clause names as opposing,
  meeting, clashing with or scheduling ("who clashed with Sen. B", "opposed by Rep. B").

Run ``python tests/data/make_speakers5_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers5.jsonl")

built = SupportCases("sp5")
sponsors = built.sponsors
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"

# --- speaker-carried: ", said X." before a bare quote; an opening clause before the subject
C = "speaker-carried"
quote(
    C,
    f"Truce talks\n\nA pause in the shelling would save lives, said government spokesperson Petra Hallin. {Q1}Every day counts now.{Q2}\n",
    "Every day counts now.",
    ["Petra Hallin"],
    ["Jonas Berg"],
)
quote(
    C,
    'Harbour deal\n\nThe port can reopen within a week, said Mayor Tomas Ekland on Monday. "The cranes are ready and the crews are waiting."\n',
    "The cranes are ready and the crews are waiting.",
    ["Tomas Ekland"],
    ["Ana Ruiz"],
)
quote(
    C,
    f"Grain corridor\n\nShips will sail under escort, said Rear Admiral Ines Carvalho.\n{Q1}We have done this before and we will do it again.{Q2}\n",
    "We have done this before and we will do it again.",
    ["Ines Carvalho"],
    [],
)
quote(
    C,
    f"Ceasefire monitors\n\nThe monitors need full access, said Kofi Mensah, the mission's chief. {Q1}Without it, we are blind.{Q2}\n",
    "Without it, we are blind.",
    ["Kofi Mensah"],
    ["Aisha Bello"],
)
quote(
    C,
    f"Border truce\n\nAfter the agreement was signed on Saturday, Prime Minister Ravi Menon called for patience.\n{Q1}This is a first step on a long road,{Q2} he said.\n",
    "This is a first step on a long road,",
    ["Ravi Menon"],
    ["Sunil Das"],
)
quote(
    C,
    f"Budget talks\n\nWhen the votes were counted, Speaker Hana Kobayashi thanked both parties. {Q1}Nobody got everything they wanted,{Q2} she said.\n",
    "Nobody got everything they wanted,",
    ["Hana Kobayashi"],
    [],
)
quote(
    C,
    f"Aid convoy\n\nBecause the road was shelled overnight, Red Cross official Lars Nyberg asked for a pause.\n{Q1}We cannot send drivers into fire,{Q2} he told reporters.\n",
    "We cannot send drivers into fire,",
    ["Lars Nyberg"],
    [],
)
quote(
    C,
    f"Mining strike\n\nAlthough the union announced a deal on Friday, minister Carla Duarte urged caution.\n{Q1}Ink on paper is not coal out of the ground,{Q2} she said.\n",
    "Ink on paper is not coal out of the ground,",
    ["Carla Duarte"],
    [],
)
# must fail: another person between, an attribution of its own, the name inside the opener
quote(
    C,
    f"Truce talks\n\nA pause in the shelling would save lives, said spokesperson Petra Hallin. Defence Minister Jonas Berg disagreed. {Q1}A pause only helps the enemy.{Q2}\n",
    "A pause only helps the enemy.",
    ["Jonas Berg"],
    ["Petra Hallin"],
)
quote(
    C,
    f"Harbour deal\n\nThe port can reopen within a week, said Mayor Tomas Ekland. {Q1}That is wishful thinking,{Q2} union leader Mia Sund replied.\n",
    "That is wishful thinking,",
    ["Mia Sund"],
    ["Tomas Ekland"],
)
quote(
    C,
    f"Flood aid\n\nThe dams held, said engineer Olu Adeyemi, but the canals did not. Governor Bisi Ojo toured the area on Sunday.\n{Q1}We will rebuild every bridge.{Q2}\n",
    "We will rebuild every bridge.",
    [],
    ["Olu Adeyemi"],
)
quote(
    C,
    f"Border truce\n\nAfter Sunil Das announced the agreement on Saturday, Prime Minister Ravi Menon called for patience.\n{Q1}This is a first step,{Q2} he said.\n",
    "This is a first step,",
    ["Ravi Menon"],
    ["Sunil Das"],
)
quote(
    C,
    f"Budget talks\n\nWhen Finance Minister Aiko Sato presented the figures, Speaker Hana Kobayashi called a recess.\n{Q1}We need a night to read them,{Q2} she said.\n",
    "We need a night to read them,",
    [],
    ["Aiko Sato"],
)
quote(
    C,
    f"Aid convoy\n\nThe road is open again, said Governor Bisi Ojo. {Q1}We cannot send drivers into fire,{Q2} Red Cross official Lars Nyberg said.\n",
    "We cannot send drivers into fire,",
    ["Lars Nyberg"],
    ["Bisi Ojo"],
)
quote(
    C,
    f"Talks resume\n\nThe delegates will meet again on Tuesday, said mediator Eva Lindqvist.\n\nOpposition leader Karl Moe called the talks a farce. Many in parliament agree with him.\n\n{Q1}Nothing will come of it.{Q2}\n",
    "Nothing will come of it.",
    [],
    ["Eva Lindqvist"],
)
quote(
    C,
    f"Rail strike\n\nTrains will run on Sunday, said Transport Minister Pia Holm, but union leader Ivo Marsh said they would not. {Q1}Not one will leave the depot.{Q2}\n",
    "Not one will leave the depot.",
    ["Ivo Marsh"],
    ["Pia Holm"],
)

# a subhead line between the paragraph naming the speaker and the quote names no one
quote(
    C,
    f"Easter truce\n\nAs government spokesperson Steffen Seibert explained on Friday, the government backs the call of the monitors for a truce.\n\nTruce is indispensable\n\n{Q1}This truce would be a step in the right direction,{Q2} stressed the government spokesperson.\n",
    "This truce would be a step in the right direction,",
    ["Steffen Seibert"],
    ["Ertugrul Apakan"],
)
quote(
    C,
    'Grain deal\n\nTrade minister Olga Petrenko told reporters the ships would sail on Monday.\n\nExports resume\n\n"The first convoy is already loaded," the minister said.\n\nShe did not say how many ships would sail. Exports fell last year.\n',
    "The first convoy is already loaded,",
    ["Olga Petrenko"],
    [],
)
quote(
    C,
    f"Dam talks\n\nWater minister Seble Tadesse met her counterparts in Khartoum.\n\nWater for everyone\n\n{Q1}No country will go thirsty,{Q2} she said. Talks on water quotas resume in May.\n",
    "No country will go thirsty,",
    ["Seble Tadesse"],
    [],
)
quote(
    C,
    f"Easter truce\n\nAs government spokesperson Steffen Seibert explained on Friday, the government backs a truce.\n\nMerkel responds\n\n{Q1}A truce is only a first step,{Q2} she said.\n",
    "A truce is only a first step,",
    [],
    ["Steffen Seibert"],
)
quote(
    C,
    f"Dam talks\n\nWater minister Seble Tadesse met her counterparts in Khartoum.\n\nEgypt's view\n\nEgypt's minister Hany Sewilam spoke next. {Q1}No country will go thirsty,{Q2} he said.\n",
    "No country will go thirsty,",
    ["Hany Sewilam"],
    ["Seble Tadesse"],
)
quote(
    C,
    f"Grain deal\n\nTrade minister Olga Petrenko said the ships would sail on Monday.\n\nFarmers doubt it\n\nFarm union chief Ivan Hrytsak was not convinced.\n\n{Q1}We have heard this before.{Q2}\n",
    "We have heard this before.",
    ["Ivan Hrytsak"],
    ["Olga Petrenko"],
)
quote(
    C,
    f"Easter truce\n\nAs government spokesperson Steffen Seibert explained on Friday, the government backs a truce. Chancellor Angela Merkel was in Paris.\n\nMerkel disagrees\n\n{Q1}A truce now would reward the separatists.{Q2}\n",
    "A truce now would reward the separatists.",
    [],
    ["Steffen Seibert"],
)

# --- speaker-name-word: the first word of a three-word name written in full
C = "speaker-name-word"
quote(
    C,
    f"Pacific leaders\n\nGovernor Lolo Matalasi Moliga wrote to the other leaders on Monday.\nIn a letter, Lolo said {Q1}we must move carefully.{Q2}\n",
    "we must move carefully.",
    ["Lolo Matalasi Moliga", "Lolo"],
    ["Tuilaepa Sailele"],
)
quote(
    C,
    f"Island summit\n\nPrime Minister Fiame Naomi Mataafa arrived in Apia on Tuesday.\n{Q1}The ocean does not wait for us,{Q2} Fiame said.\n",
    "The ocean does not wait for us,",
    ["Fiame Naomi Mataafa"],
    [],
)
quote(
    C,
    f"Fisheries deal\n\nThe deal was signed by minister Taneti Maamau Tong and two envoys.\n{Q1}Our boats will be safe again,{Q2} Taneti told the radio.\n",
    "Our boats will be safe again,",
    ["Taneti Maamau Tong"],
    [],
)
quote(
    C,
    f"Harvest\n\nFarmers' leader Sione Vaka Latu met the minister in Nuku'alofa.\nLatu, who farms yams, was blunt. {Q1}Prices must rise,{Q2} Sione said.\n",
    "Prices must rise,",
    ["Sione Vaka Latu"],
    [],
)
quote(
    C,
    f"Port strike\n\nDock workers' chief Viliami Epeli Toa addressed the crowd.\n{Q1}We stay until they listen,{Q2} said Viliami.\n",
    "We stay until they listen,",
    ["Viliami Epeli Toa"],
    [],
)
quote(
    C,
    f"Reef plan\n\nEnvironment minister Kalolaine Fusi Vea opened the reef centre on Friday.\n{Q1}The coral is our bank,{Q2} Kalolaine said.\n",
    "The coral is our bank,",
    ["Kalolaine Fusi Vea"],
    [],
)
quote(
    C,
    f"Cable deal\n\nTelecom chief Pita Sefo Lauina, who signed for Samoa, spoke first. {Q1}We are connected at last,{Q2} Pita told reporters.\n",
    "We are connected at last,",
    ["Pita Sefo Lauina"],
    [],
)
quote(
    C,
    f"Pacific leaders\n\nGovernor Lolo Matalasi Moliga and his deputy Lolo Tauvale met the press.\n{Q1}We must move carefully,{Q2} Lolo said.\n",
    "We must move carefully,",
    [],
    ["Lolo Matalasi Moliga", "Lolo Tauvale"],
)
quote(
    C,
    f"Commission visit\n\nCommission President Ursula von der Leyen met the ministers.\n{Q1}We have the tools,{Q2} Ursula said.\n",
    "We have the tools,",
    [],
    ["Ursula von der Leyen"],
)
quote(
    C,
    f"Forest pledge\n\nLuiz Inacio Lula da Silva signed the pledge in Belem.\n{Q1}This is a new start,{Q2} Luiz said.\n",
    "This is a new start,",
    [],
    ["Luiz Inacio Lula da Silva"],
)
quote(
    C,
    f"Island summit\n\nThe leaders met in Apia on Tuesday.\n{Q1}The ocean does not wait for us,{Q2} Fiame said.\n",
    "The ocean does not wait for us,",
    ["Fiame"],
    ["Fiame Naomi Mataafa"],
)
quote(
    C,
    f"Fisheries deal\n\nThe deal was signed by minister Taneti Maamau Tong and envoy Taneti Kiro.\n{Q1}Our boats will be safe again,{Q2} Taneti told the radio.\n",
    "Our boats will be safe again,",
    [],
    ["Taneti Maamau Tong", "Taneti Kiro"],
)
quote(
    C,
    f"Harvest\n\nFarmers' leader Sione Vaka Latu met the minister.\n{Q1}Prices must rise,{Q2} Vaka said.\n",
    "Prices must rise,",
    [],
    ["Sione Vaka Latu"],
)
quote(
    C,
    f"Port strike\n\nDock workers' chief Viliami Epeli Toa addressed the crowd.\n{Q1}We stay until they listen,{Q2} said police chief Mosese Tikoitoga.\n",
    "We stay until they listen,",
    ["Mosese Tikoitoga"],
    ["Viliami Epeli Toa"],
)
quote(
    C,
    f"Pacific leaders\n\nGovernor Lolo Matalasi Moliga wrote to the other leaders on Monday.\n{Q1}We must move carefully,{Q2} Matalasi said.\n",
    "We must move carefully,",
    [],
    ["Lolo Matalasi Moliga"],
)
# a name the article gives right after the full name ("known as", "nicknamed", "dubbed")
quote(
    C,
    f"Border talks\n\nMexican President Andres Manuel Lopez Obrador, known as AMLO, spoke on Monday.\n{Q1}We will not intervene,{Q2} AMLO said.\n",
    "We will not intervene,",
    ["Andres Manuel Lopez Obrador"],
    ["Claudia Sheinbaum"],
)
quote(
    C,
    f"Senate\n\nSenator Ana Ruiz, nicknamed {Q1}Hawk{Q2} by her colleagues, opened the debate.\n{Q1}No deal without a vote,{Q2} Hawk said.\n",
    "No deal without a vote,",
    ["Ana Ruiz"],
    [],
)
quote(
    C,
    f"Nairobi\n\nOpposition leader Raila Amolo Odinga, popularly known as Baba, addressed supporters.\n{Q1}We will be back,{Q2} Baba told the crowd.\n",
    "We will be back,",
    ["Raila Amolo Odinga"],
    ["William Ruto"],
)
quote(
    C,
    f"Senate\n\nSenator Ana Ruiz met Tom Hale, known as Hawk, on Monday.\n{Q1}No deal without a vote,{Q2} Hawk said.\n",
    "No deal without a vote,",
    ["Tom Hale"],
    ["Ana Ruiz"],
)
quote(
    C,
    f"Border talks\n\nPresident Andres Manuel Lopez Obrador met Claudia Sheinbaum, known as La Doctora.\n{Q1}We will not intervene,{Q2} Doctora said.\n",
    "We will not intervene,",
    [],
    ["Andres Manuel Lopez Obrador"],
)

# --- speaker-wording: "in the words of X", a post's verb
C = "speaker-wording"
quote(
    C,
    f"Geneva talks\n\nThe negotiations were described in the words of President Lena Fischer of Austria as, {Q1}a real chance for peace.{Q2}\n",
    "a real chance for peace.",
    ["Lena Fischer"],
    ["Otto Brandt"],
)
quote(
    C,
    f"Summit\n\nIn the words of Foreign Minister Amara Diallo, {Q1}the door is open but the room is empty.{Q2}\n",
    "the door is open but the room is empty.",
    ["Amara Diallo"],
    ["Moussa Keita"],
)
quote(
    C,
    f"Trade row\n\nChancellor Otto Brandt spoke after the vote. The deal was, in the words of Otto Brandt, {Q1}the best we could get.{Q2}\n",
    "the best we could get.",
    ["Otto Brandt"],
    ["Lena Fischer"],
)
quote(
    C,
    f"Election\n\n{Q1}The end of the waiting has come!{Q2} President Julio Marquez rejoiced on Twitter after the count.\n",
    "The end of the waiting has come!",
    ["Julio Marquez"],
    ["Rafael Ortiz"],
)
quote(
    C,
    f"Ceasefire\n\nRebel commander Rafael Ortiz signed the text. {Q1}Peace is ours now,{Q2} Foreign Minister Ana Vega celebrated on X.\n",
    "Peace is ours now,",
    ["Ana Vega"],
    ["Rafael Ortiz"],
)
quote(
    C,
    f"Harbour deal\n\n{Q1}Ships will sail on Monday,{Q2} Mayor Tomas Ekland announced on Facebook.\n",
    "Ships will sail on Monday,",
    ["Tomas Ekland"],
    [],
)
quote(
    C,
    f"Cup final\n\n{Q1}What a night for this city,{Q2} Governor Bisi Ojo exulted on Instagram.\n",
    "What a night for this city,",
    ["Bisi Ojo"],
    ["Olu Adeyemi"],
)
# must fail: the words of someone else, not right before the quote, a reporter's words
quote(
    C,
    f"Geneva talks\n\nIn the words of President Lena Fischer, the talks were a chance. Her rival Otto Brandt disagreed: {Q1}a chance for nothing.{Q2}\n",
    "a chance for nothing.",
    ["Otto Brandt"],
    ["Lena Fischer"],
)
quote(
    C,
    f"Summit\n\nForeign Minister Amara Diallo signed the treaty, which was, in the words of opposition leader Moussa Keita, {Q1}a door left open.{Q2}\n",
    "a door left open.",
    ["Moussa Keita"],
    ["Amara Diallo"],
)
quote(
    C,
    f"Election\n\nRafael Ortiz conceded on Sunday. {Q1}The end of the waiting has come!{Q2} President Julio Marquez rejoiced on Twitter.\n",
    "The end of the waiting has come!",
    ["Julio Marquez"],
    ["Rafael Ortiz"],
)
quote(
    C,
    f"Ceasefire\n\n{Q1}Peace is ours now,{Q2} Leo Paz wrote, and Foreign Minister Ana Vega celebrated on X.\n",
    "Peace is ours now,",
    ["Leo Paz"],
    ["Ana Vega"],
)
quote(
    C,
    f"Cup final\n\n{Q1}What a night for this city,{Q2} fans chanted as Governor Bisi Ojo arrived.\n",
    "What a night for this city,",
    [],
    ["Bisi Ojo"],
)
# "the statement read": the paper's issuer, named where it issued the paper
quote(
    C,
    f"Curfew\n\nThe Interior Ministry issued a statement on Sunday announcing a curfew. {Q1}Citizens must stay home after 9 p.m.,{Q2} the statement read.\n",
    "Citizens must stay home after 9 p.m.,",
    ["Interior Ministry"],
    ["Citizens"],
)
quote(
    C,
    f"Truce offer\n\nRebel spokesman Ali Dagan released a statement late on Friday.\n{Q1}We accept the truce and will stop firing at dawn,{Q2} the statement read.\n",
    "We accept the truce and will stop firing at dawn,",
    ["Ali Dagan"],
    ["Sara Lind"],
)
quote(
    C,
    f"City hall\n\nThe Lagos State Government issued a statement praising Mayor Ken Obi. {Q1}The city owes him a debt,{Q2} the statement read.\n",
    "The city owes him a debt,",
    ["Lagos State Government"],
    ["Ken Obi"],
)
quote(
    C,
    f"Disarmament\n\nThe army issued a statement on Sunday, and rebel leader Musa Kari sent a letter on Monday. {Q1}We will not disarm,{Q2} the letter read.\n",
    "We will not disarm,",
    ["Musa Kari"],
    [],
)

# --- speaker-timestamp-turns: "Name (00:24):" on its own line opens a transcript turn
C = "speaker-timestamp-turns"
T1 = (
    "Truce talks: evening update\n\nDana Whitfield (00:00):\n\nGood evening. We begin with the truce talks in Cairo. "
    "Negotiators say a deal is close. He said so himself an hour ago, and the minister agreed.\n\n"
    "It is a fragile moment. Both sides have walked away before.\n\nOmar Haddad (00:41):\n\nWe are close. We are not there yet.\n\n"
    "Speaker 2 (00:58):\n\nWhen?\n\nOmar Haddad (01:02):\n\nMaybe by Monday. Maybe later.\n\n"
    "Dana Whitfield (01:10):\n\nThat was Foreign Minister Omar Haddad. Now to the markets.\n"
)
quote(C, T1, "It is a fragile moment.", ["Dana Whitfield"], ["Omar Haddad"])
quote(C, T1, "Negotiators say a deal is close.", ["Dana Whitfield"], ["Omar Haddad"])
quote(C, T1, "We are close.", ["Omar Haddad"], ["Dana Whitfield"])
quote(C, T1, "When?", [], ["Omar Haddad", "Dana Whitfield"])
quote(C, T1, "Maybe by Monday.", ["Omar Haddad"], ["Dana Whitfield"])
quote(C, T1, "That was Foreign Minister Omar Haddad.", ["Dana Whitfield"], ["Omar Haddad"])
T2 = (
    "Hearing on the Black Sea truce\n\nChair Ruth Okafor (01:02:07):\n\nThe committee will come to order. We have two witnesses today.\n\n"
    "Our first witness has served in Kyiv for six years.\n\nAmbassador Lena Marsh (01:03:15):\n\n"
    "Thank you, Madam Chair. The truce is holding in the south.\n\nSenator Paul Ekwueme (01:05:40):\n\n"
    "Is it holding in the east?\n\nAmbassador Lena Marsh (01:05:44):\n\nNot yet.\n"
)
quote(C, T2, "We have two witnesses today.", ["Ruth Okafor"], [])
quote(C, T2, "Our first witness has served in Kyiv for six years.", ["Ruth Okafor"], ["Lena Marsh"])
quote(C, T2, "Thank you, Madam Chair.", ["Lena Marsh"], ["Ruth Okafor"])
quote(C, T2, "The truce is holding in the south.", ["Lena Marsh"], ["Ruth Okafor"])
quote(C, T2, "Is it holding in the east?", ["Paul Ekwueme"], ["Lena Marsh"])
quote(C, T2, "Not yet.", ["Lena Marsh"], ["Paul Ekwueme"])

# --- sponsor-companions: companion asides, trailing "joined by", "teamed up with"
C = "sponsor-companions"
S = "Senator Tim Scott, alongside Senator Mark Warner, filed the sanctions bill on Tuesday."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Tim Scott", "Mark Warner"], ["Rand Paul"])
S = "Sen. Jeanne Shaheen, with Sens. Thom Tillis and Chris Coons, introduced the measure."
sponsors(C, "Senate\n\n" + S + "\n", S, ["Jeanne Shaheen", "Thom Tillis", "Chris Coons"], [])
S = "Rep. Ami Bera introduced the sanctions bill, joined by Rep. Young Kim."
sponsors(C, "House\n\n" + S + "\n", S, ["Ami Bera", "Young Kim"], ["Joe Wilson"])
S = "Rep. Lena Park unveiled the tariff bill on Monday, joined by Reps. Abe Stone and Carla Benn."
sponsors(C, "Tariffs\n\n" + S + "\n", S, ["Lena Park", "Abe Stone", "Carla Benn"], [])
S = "Bills have been introduced this year, including two by Sen. Ben Cardin, who teamed up with Republican Sens. John McCain and Lindsey Graham."
sponsors(
    C, "Russia sanctions\n\n" + S + "\n", S, ["Ben Cardin", "John McCain", "Lindsey Graham"], []
)
S = "Sen. Noor Aziz teamed up with Sens. Piet Kramer and Eli Shaw to introduce the grain bill."
sponsors(C, "Grain\n\n" + S + "\n", S, ["Noor Aziz", "Piet Kramer", "Eli Shaw"], [])
S = "Sen. Ben Cardin, who teamed up with Sens. John McCain and Lindsey Graham, introduced the sanctions bill."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Ben Cardin", "John McCain"], [])
# must fail: opposing, meeting, clashing, scheduling companions
S = "Rep. Ami Bera introduced the sanctions bill, opposed by Rep. Young Kim."
sponsors(C, "House\n\n" + S + "\n", S, ["Ami Bera"], ["Young Kim"])
S = "Sen. Ben Cardin, who clashed with Sens. John McCain and Lindsey Graham, introduced the sanctions bill."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Ben Cardin"], ["John McCain", "Lindsey Graham"])
S = "Two bills were introduced by Sen. Ben Cardin, who argued with Sen. John McCain about them."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Ben Cardin"], ["John McCain"])
S = "Sen. Noor Aziz met with Sen. Piet Kramer before she introduced the grain bill."
sponsors(C, "Grain\n\n" + S + "\n", S, [], ["Piet Kramer"])
S = "Rep. Lena Park unveiled the tariff bill, which Speaker Hal Greer scheduled for a vote on Friday."
sponsors(C, "Tariffs\n\n" + S + "\n", S, ["Lena Park"], ["Hal Greer"])
S = "Senator Tim Scott, alongside Senator Mark Warner, opposed the bill that Senator Rand Paul filed."
sponsors(C, "Sanctions\n\n" + S + "\n", S, ["Rand Paul"], ["Tim Scott", "Mark Warner"])
S = "Sen. Jeanne Shaheen, who met Sen. Thom Tillis on Monday, introduced the measure."
sponsors(C, "Senate\n\n" + S + "\n", S, ["Jeanne Shaheen"], ["Thom Tillis"])
S = "Rep. Ami Bera introduced the sanctions bill, criticized by Rep. Young Kim as too weak."
sponsors(C, "House\n\n" + S + "\n", S, ["Ami Bera"], ["Young Kim"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
