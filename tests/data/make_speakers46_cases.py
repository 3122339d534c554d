"""Build the speakers-46 set (``grounding_speakers46.jsonl``): quotes under a speaker's label
and the page's credit lines against the story's mentions (an outside check, session 22, check
46's causes 4 and 8). By category:

- ``label-speakers``: a line that opens with a label, a colon and the quotation mark (after an
  optional list mark) gives the quote to the label's name when the words after it name no one
  ("* Okafor: "...," she said", "A (Lin Jian): "..."", "- Kagame (Rwanda): "...""). Refused:
  another person than the label's, a label that names no one ("Note:", "Q:"), a tail that
  names the speaker itself ("Lula: "...," Celso Amorim said on his behalf").
- ``quoted-object``: "State media quoted him as saying "..."" gives the words to the named
  subject of the sentence just before ("Xi, for his part, said ...", "Modi met Sharif"), not
  to the source that quotes. Refused: the source, the other person named, a "him" after a
  sentence that names no one, a "her" after a sentence whose subject is another.
- ``credit-outlets``: a credit line with a role before "by" ("Compiled by the Americas Desk,
  X", "Reporting by the Asia staff, X") names X, the field after its comma, as the publisher.
  Refused: the desk itself, an outlet the line only cites ("with reporting from Reuters").
- ``cited-outlets``: a sentence that gives an outlet as a source ("Reuters reported a deal.",
  "the talks ended, according to Bloomberg News.", "Al Jazeera said") does not make it the
  publisher, even on a short page where that sentence stands near the top; the masthead and
  the "(Reuters)" dateline still do.
- ``byline-places``: a one-word field after the names' comma on a byline ("By Kwame Asante,
  Accra", "By A and B, Stockholm", "By A, Lisbon correspondent") is where they filed from, and
  the field after a desk's comma is its outlet: neither is an author; the names still are.

Run ``python tests/data/make_speakers46_cases.py`` to rebuild it. Every page below was written
for this set (fictional outlets and people, or real people in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers46.jsonl")
built = SupportCases("sp46")
BODY = (
    "\n\nThe delegations met on Tuesday and agreed to meet again within a month. Officials "
    "said the next round would be held in the capital.\n"
)

L = "label-speakers"
built.quote(
    L,
    'What they said\n* Okafor: "We have turned a page," she told reporters in Abuja.\n'
    '* Danjuma: "Nothing is settled yet," he said.',
    "We have turned a page,",
    ["Ngozi Okafor", "Okafor"],
    ["Danjuma"],
)
built.quote(
    L,
    'What they said\n* Okafor: "We have turned a page," she told reporters in Abuja.\n'
    '* Danjuma: "Nothing is settled yet," he said.',
    "Nothing is settled yet,",
    ["Danjuma"],
    ["Ngozi Okafor"],
)
built.quote(
    L,
    'Reactions\n- Lindqvist: "The text is balanced," the foreign minister said on Friday.\n'
    '- Haaland: "It goes too far."',
    "The text is balanced,",
    ["Eva Lindqvist"],
    ["Haaland"],
)
built.quote(
    L,
    'Reactions\n- Lindqvist: "The text is balanced," the foreign minister said on Friday.\n'
    '- Haaland: "It goes too far."',
    "It goes too far.",
    ["Haaland"],
    ["Eva Lindqvist"],
)
built.quote(
    L,
    "Press briefing, 14 May\nQ: Will the premier travel to Jakarta?\n"
    'A (Lin Jian): "We will release information in due course."',
    "We will release information in due course.",
    ["Lin Jian"],
    ["Mao Ning"],
)
built.quote(
    L,
    "Briefing notes\nQuestion: Is a visit planned?\n"
    'Answer (Karin Olsson): "Nothing has been decided at this stage."',
    "Nothing has been decided at this stage.",
    ["Karin Olsson"],
    ["Per Holm"],
)
built.quote(
    L,
    'Voices from the summit\n\u2022 Mbeki (South Africa): "Africa must speak with one voice."\n'
    '\u2022 Tshisekedi (DR Congo): "We agree, but not at any price."',
    "Africa must speak with one voice.",
    ["Thabo Mbeki"],
    ["Felix Tshisekedi"],
)
built.quote(
    L,
    'Key quotes\nNguyen Van An: "The border will stay open," the minister told parliament.\n'
    'Tran Thi Mai: "Trade will suffer."',
    "The border will stay open,",
    ["Nguyen Van An"],
    ["Tran Thi Mai"],
)
built.quote(
    L,
    'Who said what\n\u2014 Castillo: "We came to listen," he told the conference.',
    "We came to listen,",
    ["Pedro Castillo"],
    ["Maria Lopez"],
)
built.quote(
    L,
    'Reactions\n* Lula: "We want peace," Celso Amorim said on his behalf.',
    "We want peace,",
    ["Celso Amorim"],
    ["Lula"],
)  # the tail names its own speaker: the label is whom it speaks for
built.quote(
    L,
    'Timeline\nNote: "Figures are provisional," the ministry said in a statement.',
    "Figures are provisional,",
    ["the ministry"],
    ["Note"],
)
built.quote(
    L,
    'Kremlin: "No talks with Kyiv"\n\nMOSCOW - "No talks with Kyiv," spokesman Dmitry Peskov '
    "told reporters on Monday.",
    "No talks with Kyiv",
    ["Dmitry Peskov"],
    ["Sergei Lavrov"],
)  # a headline's label and a body attribution: the body's speaker stands
built.quote(
    L,
    'Interview\nHOST: Is a date set?\nAMARA DIALLO: "Not before June," the foreign ministry '
    "told me on Friday.",
    "Not before June,",
    [],
    ["Amara Diallo"],
)  # the guest relays a body's words: the body, not the label, said them
built.quote(
    L,
    'Studio guests\nKOFI MENSAH: "The border reopens Monday," the embassy told us.',
    "The border reopens Monday,",
    [],
    ["Kofi Mensah"],
)
built.quote(
    L,
    'Reactions\n* Haddad: "Talks are off," the government said in a statement.',
    "Talks are off,",
    [],
    ["Samir Haddad"],
)
built.quote(
    L,
    'Reactions\n* Haddad: "Talks are off," the minister said in a statement.',
    "Talks are off,",
    ["Samir Haddad"],
    ["Rania Khoury"],
)
built.quote(
    L,
    'Voices\n- Kamau: "We will vote no," the senator told the Daily Nation.',
    "We will vote no,",
    ["Grace Kamau"],
    ["Daily Nation"],
)

# A tail whose subject is indefinite ("a senior official said") brings in someone the label
# quotes, and a tail "quoting" another relays: the label is not the speaker there; a definite
# description or a pronoun still is the label's person.
for text, words, passes, fails in [
    ('Live updates\nAFP: "Talks will resume on Monday," a diplomatic source said.',
     "Talks will resume on Monday,", [], ["AFP"]),
    ('Reactions\n* Kamau: "The border stays shut," an aide told reporters.',
     "The border stays shut,", [], ["Kamau"]),
    ('Latest\nTASS: "No deal was signed," a Kremlin official told the agency.',
     "No deal was signed,", [], ["TASS"]),
    ('Reactions\n- Ilves: "We are ready," the minister said, quoting the prime minister.',
     "We are ready,", [], ["Ilves"]),
    ('Voices\n* Moreau: "It is a trap," the senator said, citing a colleague.',
     "It is a trap,", [], ["Moreau"]),
    ('Reactions\n* Kamau: "The border stays shut," the minister told reporters.',
     "The border stays shut,", ["Kamau"], []),
    ('Voices\n* Moreau: "It is a trap," she said in the chamber.', "It is a trap,",
     ["Moreau"], []),
    ('Reactions\n- Ilves: "We are ready," he told a press conference in Tallinn.',
     "We are ready,", ["Ilves"], []),
    ('What they said\n* Nakamura: "We will wait for the vote," the governor said.',
     "We will wait for the vote,", ["Nakamura"], []),
    ('Reactions\n* Alves: "This is a good day."', "This is a good day.", ["Alves"], []),
]:  # fmt: skip
    built.quote(L, text, words, passes, fails)

Q = "quoted-object"
for text, words, passes, fails in [
    ("President Xi Jinping hosted the talks.\n\nXi, for his part, said China would help. "
     'Chinese state media quoted him as saying that "talks should resume soon."',
     "talks should resume soon.", ["Xi Jinping"], ["Chinese state media", "Emmanuel Macron"]),
    ('Lula, for his part, said Brazil would mediate. Local media quoted him as saying that '
     '"peace is possible."', "peace is possible.", ["Lula"], ["Celso Amorim"]),
    ("Narendra Modi said India would stay neutral. Officials quoted him as saying "
     '"we choose dialogue."', "we choose dialogue.", ["Narendra Modi"], ["Shehbaz Sharif"]),
    ("Narendra Modi met Shehbaz Sharif in Astana. Officials quoted him as saying "
     '"we choose dialogue."', "we choose dialogue.", ["Narendra Modi"], ["Shehbaz Sharif"]),
    ("On Friday, Giorgia Meloni told the senate the plan would pass. Ansa quoted her as telling "
     'senators that it was "a question of months".', "a question of months",
     ["Giorgia Meloni"], ["Ansa"]),
    ("Kenyan President William Ruto spoke in Nairobi. The Daily Nation quoted him as calling "
     'the deal "a turning point".', "a turning point", ["William Ruto"], ["Daily Nation"]),
    ("Chancellor Angela Vogt addressed the Bundestag. Broadcasters quoted her as warning that "
     '"the bill must not fail."', "the bill must not fail.", ["Angela Vogt"], ["Boris Pistorius"]),
    ("Prime Minister Hun Manet met the envoy in Phnom Penh. The agency paraphrased him as "
     'saying that ties were "warmer than ever".', "warmer than ever", ["Hun Manet"],
     ["the envoy"]),
    ("Jacinda Holm welcomed the vote. Reporters quoted her as saying it was \"overdue\".",
     "overdue", ["Jacinda Holm"], ["Reporters"]),
    ("KIGALI - Kagame's office quoted him as saying the region needed \"calm, not threats\".",
     "calm, not threats", ["Kagame"], ["Felix Tshisekedi"]),
    ("The talks ran late. State media quoted him as saying that \"the door is open.\"",
     "the door is open.", [], ["Vladimir Putin"]),
    ("Dmitry Orlov said the ministry would reply. Anna Berg, his deputy, disagreed. TASS quoted "
     'her as saying "no reply is planned."', "no reply is planned.", [], ["Dmitry Orlov"]),
]:  # fmt: skip
    built.quote(Q, text, words, passes, fails)

# A name that is the object of a preposition or participle in the quoting source ("reporters
# travelling with Kishida") is not that source: the pronoun may still be theirs.
for text, words, passes, fails in [
    ("Fumio Kishida landed in Manila.\n\nKishida met the press on board. Kyodo reporters "
     'travelling with Kishida quoted him as saying "the region needs calm."',
     "the region needs calm.", ["Fumio Kishida"], ["Kyodo"]),
    ("William Ruto spoke with Yoweri Museveni by phone.\n\nRuto urged restraint. An aide "
     'accompanying Ruto quoted him as saying "we will not be drawn in."',
     "we will not be drawn in.", ["William Ruto"], ["Yoweri Museveni"]),
    ("Pedro Sanchez flew to Rabat on Monday.\n\nSanchez praised the hosts. Journalists "
     'covering Sanchez quoted him as saying "this is a new chapter."',
     "this is a new chapter.", ["Pedro Sanchez"], ["Journalists"]),
    ("Mia Mottley arrived in London.\n\nMottley called for climate finance. A reporter aboard "
     'the flight with Mottley quoted her as saying "the time for talk is over."',
     "the time for talk is over.", ["Mia Mottley"], ["A reporter"]),
    ("Li Qiang met Anwar Ibrahim in Putrajaya.\n\nAnwar praised the talks. Reporters travelling "
     'with Li quoted him as saying "trade will double."', "trade will double.", [],
     ["Li Qiang"]),
    ("Cyril Ramaphosa arrived in Luanda.\n\nRamaphosa thanked his host. Reporters travelling "
     'with President Ramaphosa quoted him as saying "the corridor will open."',
     "the corridor will open.", ["Cyril Ramaphosa"], []),
]:  # fmt: skip
    built.quote(Q, text, words, passes, fails)

C = "credit-outlets"
for line, passes, fails in [
    ("Compiled by the Americas Desk, Caribbean Business Weekly", ["Caribbean Business Weekly"],
     ["Americas Desk"]),
    ("Compiled by the Europe desk, Nordic Ledger", ["Nordic Ledger"], ["Europe desk"]),
    ("Reporting by the Asia Pacific staff, Straits Courier", ["Straits Courier"],
     ["Reuters"]),
    ("Written by the politics team, The Highland Gazette", ["The Highland Gazette"],
     ["politics team"]),
    ("Edited by the foreign news desk, Andes Mirror", ["Andes Mirror"], ["Reuters"]),
    ("Compiled by Ana Ruiz, with reporting from Reuters", [], ["Reuters"]),
    ("Compiled by the Americas Desk from wire reports", [], ["Americas Desk"]),
    ("Story by the Gulf bureau, Doha Evening Star", ["Doha Evening Star"], ["Gulf bureau"]),
    ("Additional reporting by the Lagos bureau, Niger Delta Times", ["Niger Delta Times"],
     ["Lagos bureau"]),
    ("Text by the data desk, Baltic Review", ["Baltic Review"], ["Associated Press"]),
    ("Produced by the video team, Pacific Lens", ["Pacific Lens"], ["video team"]),
    ("Prepared by the research unit, The Danube Post", ["The Danube Post"], ["research unit"]),
]:  # fmt: skip
    built.article_field(C, "outlet", f"Talks resume\n{line}\n3 May 2021{BODY}", passes, fails)

# A contributor's credit names a person and their agency: "Additional reporting by Tom Hart,
# Reuters" credits Reuters' reporter, not Reuters as the publisher; only a desk's comma after a
# role's "by" names the outlet, and a plain "By X, Outlet" still does.
for page, passes, fails in [
    ("Talks resume\nAdditional reporting by Samir Haddad, Reuters\n3 May 2021" + BODY, [],
     ["Reuters"]),
    ("Talks resume\nWith reporting by Lucia Moreno, Associated Press\n3 May 2021" + BODY, [],
     ["Associated Press"]),
    ("Talks resume\nPhotos by Ken Ito, Getty Images\n3 May 2021" + BODY, [], ["Getty Images"]),
    ("Talks resume\nGraphics by Ines Duarte, Agence France-Presse" + BODY, [],
     ["Agence France-Presse"]),
    ("Talks resume\nThe Fjord Examiner" + BODY + "\nAdditional reporting by Jon Berg, Bloomberg"
     " News", ["The Fjord Examiner"], ["Bloomberg News"]),
    ("Talks resume\nVideo by Omar Said, Reuters TV\n3 May 2021" + BODY, [], ["Reuters TV"]),
    ("Talks resume\nAdditional reporting by the Nairobi bureau, East Africa Courier" + BODY,
     ["East Africa Courier"], ["Reuters"]),
    ("Talks resume\nPhotos by the picture desk, The Prairie Sentinel" + BODY,
     ["The Prairie Sentinel"], []),
    ("Talks resume\nBy Hana Ito, The Osaka Ledger\n3 May 2021" + BODY, ["The Osaka Ledger"], []),
    ("Talks resume\nReporting by the Cairo staff, Nile Evening News" + BODY,
     ["Nile Evening News"], []),
    ("Talks resume\nVideo by the visuals team, Harbor Lens" + BODY, ["Harbor Lens"], []),
]:  # fmt: skip
    built.article_field(C, "outlet", page, passes, fails)

S = "cited-outlets"
for page, passes, fails in [
    ("Talks end\nGulf Daily Report live desk\nSaturday, 29 February 2020\n\nThe talks ended; "
     "Reuters reported a deal.", ["Gulf Daily Report"], ["Reuters"]),
    ("Talks end\nThe Morning Sentinel\n\nThe talks ended, the Associated Press reported.",
     ["The Morning Sentinel"], ["Associated Press"]),
    ("Talks end\nThe Morning Sentinel\n\nThe talks ended, according to Bloomberg News.",
     ["The Morning Sentinel"], ["Bloomberg News"]),
    ("Talks end\nThe Morning Sentinel\n\nAl Jazeera said the talks had ended.",
     ["The Morning Sentinel"], ["Al Jazeera"]),
    ("Talks end\n\nThe talks ended, AFP reported, citing diplomats.", [], ["AFP"]),
    ("Talks end\n\nThe talks ended, the Kyiv Independent reported.", [], ["Kyiv Independent"]),
    ("Deal near\n\nA deal is near, Xinhua news agency has learned.", [], ["Xinhua"]),
    ("Deal near\n\nA deal is near, citing the Daily Star.", [], ["Daily Star"]),
    ("Deal near\n\nA report by Channel Nine said a deal was near.", [], ["Channel Nine"]),
    ("Deal near\n\nThe Nation first reported the deal.", [], ["The Nation"]),
    ("Talks end (Reuters) - The talks ended on Monday.", ["Reuters"], ["Bloomberg News"]),
    ("Talks end\nGENEVA (AFP) - The talks ended on Monday, AFP learned.", ["AFP"], ["Reuters"]),
    ("Talks end\nThe Harbour Times | 4 June 2023\n\nThe talks ended on Monday.",
     ["The Harbour Times"], ["Reuters"]),
    ("Talks end\nHarbour Times\n\nThe talks ended, the Harbour Times has learned.",
     ["Harbour Times"], ["Associated Press"]),
    ("Talks end\nPublished by the Coastal Herald.\n\nThe talks ended, Reuters said.",
     ["Coastal Herald"], ["Reuters"]),
    ("Talks end\nBy Ama Mensah, Accra Daily Mail\n\nThe talks ended, the BBC reported.",
     ["Accra Daily Mail"], ["BBC"]),
    ("Talks end\nMorning Sentinel staff\n\nThe talks ended, according to Reuters.",
     ["Morning Sentinel"], ["Reuters"]),
]:  # fmt: skip
    built.article_field(S, "outlet", page, passes, fails)

B = "byline-places"
for line, passes, fails in [
    ("By Priya Raman, Perth\nThe West Coast Ledger | Thursday, 28 March 2024", ["Priya Raman"],
     ["Perth"]),
    ("By Kwame Asante, Accra", ["Kwame Asante"], ["Accra"]),
    ("By Li Wei and Sara Holm, Stockholm", ["Li Wei and Sara Holm", "Sara Holm"],
     ["Stockholm"]),
    ("By Marta Silva, Lisbon correspondent", ["Marta Silva"], ["Lisbon"]),
    ("By Yusuf Demir, Ankara bureau chief", ["Yusuf Demir"], ["Ankara"]),
    ("By Tomasz Nowak in Warsaw", ["Tomasz Nowak"], ["Warsaw"]),
    ("By Ana Ruiz, Tom Hart", ["Ana Ruiz", "Tom Hart"], ["Officials"]),
    ("Compiled by the Americas Desk, Caribbean Business Weekly", [],
     ["Caribbean Business Weekly"]),
    ("Reporting by the Asia staff, Straits Courier", [], ["Straits Courier"]),
    ("By Aroha Ngata, Wellington", ["Aroha Ngata"], ["Wellington"]),
    ("By Sofia Paris, Athens", ["Sofia Paris"], ["Athens"]),
]:  # fmt: skip
    built.article_field(B, "byline", f"Talks resume\n{line}{BODY}", passes, fails)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
