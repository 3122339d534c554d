# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 19 from check 43's cause 1 (``grounding_speakers43.jsonl``):
value-support cases for attribution shapes the speaker rules did not read, by category, each
with what must pass and what must fail:

- ``turn-quotes``: a briefing's or interview's labelled turns ("A: Name:", "MR. X:",
  "Surname:"): a quote in the label's paragraph, or in the paragraphs after it that each open
  with a quotation mark, with no speaker of its own ('"...," he said', '"...," she told me',
  none) is the turn holder's; a "he"/"she" there points to the holder when the pronoun opened
  a sentence of the turn ("She paused.") or nothing else is named as a subject; never the
  people the question or the answer mentions;
- ``naming-verbs``: 'X termed the plan "unworkable"', 'X qualified the summit as "..."',
  'X branded/dubbed/labelled ...', 'X described ... as "..."': the verb's subject judges,
  not the object's owner; 'X quoted Y: "..."' gives the words to Y (to no one for sure when Y
  is unnamed: "his predecessor");
- ``title-apposition``: a bare title as the speaker ("The President of the Republic ...
  declared that", '"...," the premier said') is the one holder the article names with it
  ("the Prime Minister, Mr. X", "Premier Ruud van der Linde"), not the other people named;
- ``name-order``: a name printed family name first ("Orban Viktor", "Ishiba Shigeru", "Lee
  Jae-myung") is the same person as the given-name-first value; another person is not.

Run ``python tests/data/make_speakers43_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers43.jsonl")

built = SupportCases("sp43")
Q1, Q2 = "\u201c", "\u201d"
quote = built.graded_quote

# --- turn-quotes: a labelled turn's quotes are its holder's
C = "turn-quotes"
TEXT = f"Trade Ministry weekly briefing\nOttawa, 3 June\n\nQ: CBC: Minister Dana Ferris said the levy is final. Is it?\n\nA: Paul Okafor: The levy stands as announced. Talks continue.\n\n{Q1}We will not negotiate under a deadline. Nobody should expect that.\n\n{Q1}Our door is open to serious offers,{Q2} he said.\n\nQ: Globe: What about steel?\n\nA: Paul Okafor: No comment on steel.\n"
quote(C, TEXT, "We will not negotiate under a deadline.", ["Paul Okafor"], ["Dana Ferris"])
quote(C, TEXT, "Our door is open to serious offers,", ["Paul Okafor"], ["Dana Ferris"])
TEXT = f"Press briefing, Foreign Office, 12 March\n\nMR. HALVORSEN: Good morning. Two announcements.\n\nQUESTION: Did Minister Arne Dahl meet the envoy?\n\nMR. HALVORSEN: He did. {Q1}The meeting was frank and useful,{Q2} I can tell you.\n"
quote(C, TEXT, "The meeting was frank and useful,", ["Halvorsen"], ["Arne Dahl"])
TEXT = f"Interview: Marta Lindqvist on the fisheries deal\n\nNordic Weekly: Was the quota fair?\n\nMarta Lindqvist: It was the best we could get. Commissioner Hugo Reyes pushed hard.\n\n{Q1}We gave up more than we wanted, but the boats can sail.{Q2}\n\nNordic Weekly: And next year?\n\nMarta Lindqvist: We start again in October.\n"
quote(
    C,
    TEXT,
    "We gave up more than we wanted, but the boats can sail.",
    ["Marta Lindqvist"],
    ["Hugo Reyes"],
)
TEXT = f"Two voices on the Geneva round\nBy Clara Moss, Alpine Monitor\n\nWe spoke to Dr. Nadia Rossi, an economist in Milan, and to Peter Lang, a former banker.\n\nWhat did the deal change?\n\nRossi: Very little. Minister Carlo Bruni signed it and Pavel Novak welcomed it. She smiled. {Q1}It is paper, not policy.{Q2}\n\nLang: He is more positive. {Q1}Paper comes first,{Q2} he told me.\n"
quote(C, TEXT, "It is paper, not policy.", ["Nadia Rossi", "Rossi"], ["Pavel Novak", "Carlo Bruni"])
quote(C, TEXT, "Paper comes first,", ["Peter Lang"], ["Carlo Bruni", "Nadia Rossi"])
TEXT = f"Gulf Quarterly talks to two former envoys\n\nWe asked Amira Saleh, a former negotiator, and Hans Vogel, a retired diplomat, about the truce.\n\nIs a deal close?\n\nVogel: Kyiv says it is ready. He told me that General Ivan Petrov had demanded more land. {Q1}That is not an offer,{Q2} he said. {Q1}That is a demand.{Q2}\n\nSaleh: I am a little more hopeful.\n"
quote(C, TEXT, "That is a demand.", ["Hans Vogel"], ["Ivan Petrov", "Amira Saleh"])
quote(C, TEXT, "That is not an offer,", ["Hans Vogel"], ["Ivan Petrov"])
TEXT = f"Regular press conference, Ministry of External Affairs, Jakarta\n\nQ: Antara: Will President Prabowo attend the Lima summit?\nA: Retno Sari: {Q1}The President's schedule will be announced in due course.{Q2}\n"
quote(
    C,
    TEXT,
    "The President's schedule will be announced in due course.",
    ["Retno Sari"],
    ["Prabowo"],
)
TEXT = f"Transcript of the spokesperson's briefing\nSeoul, 14 May\n\nQ: Yonhap: Minister Cho Tae-yul said talks would resume. When?\n\nA: Lim Soo-suk: Dates are being discussed through diplomatic channels, and the ministry keeps in close touch with Tokyo on the agenda and the venue.\n\n{Q1}We hope for a meeting within the month. Nothing is fixed.\n\n{Q1}We will tell you as soon as it is,{Q2} he said.\n"
quote(C, TEXT, "We hope for a meeting within the month.", ["Lim Soo-suk"], ["Cho Tae-yul"])
quote(C, TEXT, "We will tell you as soon as it is,", ["Lim Soo-suk"], ["Cho Tae-yul"])
# A verbatim transcript turn that opens with "she" and speaks in the first person: the "she"
# who "called it" is the one the question named, not the turn's holder (check 39's a07,
# found again at the end of session 19).
TEXT = f"Evening Report - transcript\n\nHOST: Ines Morel chaired the talks. She seemed moved.\n\nGUEST: She was. She called it {Q1}a day to remember{Q2}. I think the hard part starts now.\n"
quote(C, TEXT, "a day to remember", ["Ines Morel"], ["GUEST"])
TEXT = f"Radio Nord - transcript\n\nPRESENTER: Did the minister, Jonas Berg, sign?\n\nLARSEN: He did. He described it as {Q1}the fair end of a long fight{Q2}, and I agree with him.\n"
quote(C, TEXT, "the fair end of a long fight", ["Jonas Berg"], ["Larsen"])
# near misses: a quote in the turn with an attribution of its own keeps it; narrative after a
# turn is not the turn's
TEXT = f"Weekly briefing, Ministry of Finance\n\nQ: Daily Mirror: Is the IMF deal done?\n\nA: Nuwan Perera: As Governor Anil Mendis said yesterday, {Q1}the reserves are rising.{Q2}\n\nQ: Daily News: And the budget?\n\nA: Nuwan Perera: It will be tabled in May.\n"
quote(C, TEXT, "the reserves are rising.", ["Anil Mendis"], ["Nuwan Perera"])
TEXT = f"Coast Review interview\n\nWe spoke to Ana Duarte and to Rui Costa, both former negotiators.\n\nWhat now?\n\nCosta: The talks will go on. {Q1}Slowly,{Q2} he said.\n\nDuarte disagreed. She said Madrid had walked away. {Q1}It is over for this year,{Q2} she said.\n"
quote(C, TEXT, "It is over for this year,", ["Ana Duarte"], ["Rui Costa"])
quote(C, TEXT, "Slowly,", ["Rui Costa"], ["Ana Duarte"])

# near misses: in a verbatim transcript a "he" opening the holder's own sentence is someone else
TEXT = f"Harbour Radio: the ferry strike, transcript\nAired 9 March\n\nHOST: How did Mayor Jonas Brandt react to the strike?\n\nTOMAS WREDE: He called it {Q1}an ambush on the city.{Q2} I think that was fair.\n\nHOST: Tomas Wrede, thank you.\n"
quote(C, TEXT, "an ambush on the city.", ["Jonas Brandt"], ["Tomas Wrede"])
TEXT = f"Storm hits the coast\n\nUPDATE: Governor Lia Ortiz has ordered the bay area evacuated tonight. {Q1}Leave now,{Q2} she said.\n\nThe storm made landfall at noon near the port, and more rain is expected overnight.\n\nCORRECTION: An earlier version misspelled the name of the bay.\n"
quote(C, TEXT, "Leave now,", ["Lia Ortiz"], ["Tom Reyes"])

# --- naming-verbs: the verb's subject judges; "quoted Y" gives the words to Y
C = "naming-verbs"
TEXT = f"DAKAR (West Africa Wire) - Mr. Diallo, in remarks to the press, qualified the accord with Ghana as {Q1}a historic step{Q2} and thanked President John Mahama.\n"
quote(C, TEXT, "a historic step", ["Diallo"], ["John Mahama"])
TEXT = f"Opposition leader Raj Patel branded the deal with Prime Minister Anil Rao's cabinet {Q1}a surrender{Q2} on Tuesday.\n"
quote(C, TEXT, "a surrender", ["Raj Patel"], ["Anil Rao"])
TEXT = f"The envoy, Lars Berg, termed the proposal from General Omar Said {Q1}unworkable{Q2}.\n"
quote(C, TEXT, "unworkable", ["Lars Berg"], ["Omar Said"])
TEXT = f"Foreign Minister Ines Costa described the talks with Peru's Ana Flores as {Q1}constructive but slow{Q2}.\n"
quote(C, TEXT, "constructive but slow", ["Ines Costa"], ["Ana Flores"])
TEXT = f"She said the vote had been close; Governor Tunde Bako stayed in Abuja and labelled the recount {Q1}theatre{Q2}.\n"
quote(C, TEXT, "theatre", ["Tunde Bako"], [])
TEXT = f"Analyst Mira Sen noted that Putin had called the meeting; Zelensky stayed in Kyiv and dubbed the Russian team {Q1}decorative{Q2}.\n"
quote(C, TEXT, "decorative", ["Zelensky"], ["Mira Sen", "Putin"])
TEXT = (
    f"Ms. Haddad hailed the accord signed by Sheikh Tamim as {Q1}a bridge between neighbours{Q2}.\n"
)
quote(C, TEXT, "a bridge between neighbours", ["Haddad"], ["Tamim"])
TEXT = f"VILNIUS - Speaker Rasa Kairys characterised the motion tabled by Deputy Jonas Petraitis as {Q1}reckless{Q2}.\n"
quote(C, TEXT, "reckless", ["Rasa Kairys"], ["Jonas Petraitis"])
TEXT = f"Senator Ana Ruiz quoted her predecessor, Luis Ortega: {Q1}The south never forgets.{Q2}\n"
quote(C, TEXT, "The south never forgets.", ["Luis Ortega"], ["Ana Ruiz"])
TEXT = f"Mayor Tom Okafor, opening the bridge, cited Nelson Mandela: {Q1}It always seems impossible until it is done.{Q2}\n"
quote(C, TEXT, "It always seems impossible until it is done.", ["Nelson Mandela"], ["Tom Okafor"])
TEXT = f"President Paulo Neves, asked about the drought, quoted his predecessor: {Q1}Water is the first right.{Q2}\n"
quote(C, TEXT, "Water is the first right.", [], [], unsure=("Paulo Neves",))
TEXT = f"Councillor Ada Ruiz said Mayor Leon Moreno had called the plan {Q1}a trap{Q2} before the vote.\n"
quote(C, TEXT, "a trap", ["Leon Moreno"], ["Ada Ruiz"])
# near misses: a credit after "quoted by" is no source; a plain speech verb is read as before
TEXT = f"Minister Eva Lind said, as quoted by the Baltic Times: {Q1}We will not pay twice.{Q2}\n"
quote(C, TEXT, "We will not pay twice.", ["Eva Lind"], ["Baltic Times"])
TEXT = f"Senator Maya Price called the budget drafted by Rep. Joe Lund {Q1}a fantasy{Q2}.\n"
quote(C, TEXT, "a fantasy", ["Maya Price"], ["Joe Lund"])

# --- title-apposition: a bare title is its one named holder's
C = "title-apposition"
TEXT = f"RABAT (State Agency) - The summit opened under the chairmanship of the Prime Minister, Mr. Youssef Amrani.\n\nThe Prime Minister, in his opening address, stated that {Q1}the region needs water more than speeches{Q2}, before Minister Leila Benali presented the plan.\n"
quote(C, TEXT, "the region needs water more than speeches", ["Youssef Amrani"], ["Leila Benali"])
TEXT = f"TUNIS, 4 May (Official Agency) - The works were opened by the President of the Republic, Mr. Kais Farhat, in the presence of the Speaker, Ms. Amel Rekik.\n\nThe President of the Republic declared that {Q1}no one will be left behind{Q2}.\n"
quote(C, TEXT, "no one will be left behind", ["Kais Farhat"], ["Amel Rekik"])
TEXT = f"Envoy Tarik Nasser met Premier Ruud van der Linde in The Hague. {Q1}We will not be rushed,{Q2} the premier said.\n"
quote(C, TEXT, "We will not be rushed,", ["Ruud van der Linde"], ["Tarik Nasser"])
TEXT = f"The chancellor, Greta Vogt, received Ambassador Li Wei on Monday.\n\n{Q1}Europe cannot wait for anyone,{Q2} said the chancellor.\n"
quote(C, TEXT, "Europe cannot wait for anyone,", ["Greta Vogt"], ["Li Wei"])
TEXT = f"Hamid Karimi, the governor, toured the dam with engineer Sara Bloom.\n\n{Q1}The gates held,{Q2} the governor told reporters.\n"
quote(C, TEXT, "The gates held,", ["Hamid Karimi"], ["Sara Bloom"])
TEXT = f"CAIRO - The Secretary-General of the League, Mr. Hossam Zaki, welcomed Foreign Minister Sameh Fouad.\n\nThe Secretary-General, speaking to the press, said that {Q1}unity is not a slogan{Q2}.\n"
quote(C, TEXT, "unity is not a slogan", ["Hossam Zaki"], ["Sameh Fouad"])
TEXT = f"MANILA (Bay Courier) - Foreign Secretary Rosa Lim and Senator Dante Cruz flew in with the Vice President, Ms. Clara Reyes.\n\n{Q1}We came to listen first,{Q2} said the vice president.\n"
quote(C, TEXT, "We came to listen first,", ["Clara Reyes"], ["Rosa Lim", "Dante Cruz"])
TEXT = f"Senator Bo Lind met the president Wednesday. President Ada Cole later spoke to reporters on the lawn. {Q1}We will sign by June,{Q2} the president said.\n"
quote(C, TEXT, "We will sign by June,", ["Ada Cole"], ["Bo Lind"])
# near misses: two holders of the title leave the quote to the ordinary rules
TEXT = f"President Ana Mora hosted former President Luis Vega. {Q1}We owe the country calm,{Q2} the president said.\n"
quote(C, TEXT, "We owe the country calm,", ["Ana Mora"], [])
TEXT = f"Governor Ali Hassan received Prime Minister Nadia Karimi at the port. {Q1}The port reopens Monday,{Q2} the prime minister told reporters.\n"
quote(C, TEXT, "The port reopens Monday,", ["Nadia Karimi"], ["Ali Hassan"])
TEXT = f"The works were opened, Tuesday, by the President of the Republic, Mr. Omar Belkacem, before the Minister, Mr. Karim Saadi, spoke.\n\nThe President of the Republic, in his closing speech, affirmed that {Q1}Africa will speak with one voice{Q2}.\n"
quote(C, TEXT, "Africa will speak with one voice", ["Omar Belkacem"], ["Karim Saadi"])
TEXT = f"Chancellor Franz Weber met envoy Carla Mendes in Vienna. {Q1}We need gas by winter,{Q2} the chancellor said.\n"
quote(C, TEXT, "We need gas by winter,", ["Franz Weber"], ["Carla Mendes"])

# --- name-order: family name first is the same person
C = "name-order"
TEXT = f"BUDAPEST - Orban Viktor told state radio on Sunday: {Q1}Budapest is ready to host the talks.{Q2}\n"
quote(C, TEXT, "Budapest is ready to host the talks.", ["Viktor Orban", "Orban Viktor"], [])
TEXT = f"SEOUL (Han River Daily) - Lee Jae-myung told reporters after meeting Kim Min-seok: {Q1}The door is open.{Q2}\n"
quote(
    C,
    TEXT,
    "The door is open.",
    ["Jae-myung Lee", "Lee Jae-myung"],
    ["Min-seok Kim", "Kim Min-seok"],
)
TEXT = f"Speaking in Tokyo, Ishiba Shigeru said: {Q1}We will protect our farmers.{Q2} Hayashi Yoshimasa stood beside him.\n"
quote(C, TEXT, "We will protect our farmers.", ["Shigeru Ishiba"], ["Yoshimasa Hayashi"])
TEXT = f"{Q1}We are not afraid of pressure,{Q2} said Xi Jinping, who met Lula in Beijing.\n"
quote(C, TEXT, "We are not afraid of pressure,", ["Jinping Xi", "Xi Jinping"], ["Lula"])
TEXT = f"HANOI - To Lam told the congress: {Q1}Growth must reach every village.{Q2} Pham Minh Chinh spoke after him.\n"
quote(C, TEXT, "Growth must reach every village.", ["Lam To", "To Lam"], ["Minh Chinh Pham"])
TEXT = f"Novak Katalin said in Brussels: {Q1}Families come first.{Q2} Szijjarto Peter did not comment.\n"
quote(C, TEXT, "Families come first.", ["Katalin Novak"], ["Peter Szijjarto"])
TEXT = f"Kishida Fumio, the former prime minister, wrote in his memoir that {Q1}peace is work{Q2}, as Ishiba Shigeru noted.\n"
quote(C, TEXT, "peace is work", ["Fumio Kishida"], ["Shigeru Ishiba"])
TEXT = (
    f"Mr. Yoon Suk Yeol was absent. Moon Jae-in told the forum: {Q1}Talks are the only road.{Q2}\n"
)
quote(C, TEXT, "Talks are the only road.", ["Jae-in Moon"], ["Suk Yeol Yoon"])
TEXT = f"SEOUL - Chinese Premier Wang Hua met Kishida Fumio at the Blue House. Wang called the talks {Q1}a fresh start{Q2} and left for Busan.\n"
quote(C, TEXT, "a fresh start", ["Wang Hua"], ["Fumio Kishida"])
# near misses: written in the value's own order; a shared given name is not the person
TEXT = f"Viktor Orban told state radio: {Q1}Budapest is ready.{Q2} Orban Anna, his daughter, was not there.\n"
quote(C, TEXT, "Budapest is ready.", ["Viktor Orban"], ["Anna Orban"])
TEXT = f"Park Jin said in Seoul: {Q1}We will answer calmly.{Q2} Park Ji-won disagreed.\n"
quote(C, TEXT, "We will answer calmly.", ["Jin Park", "Park Jin"], ["Ji-won Park"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
