# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's review of actors37 (``grounding_rvactors37.jsonl``):
value-support cases for an event's actor that its evidence gives only by "he", "she", "his",
"her" or "him", on a page headed by a person (``sentences/subject_pronouns.py``), aimed at the
wrong actors a pronoun may let through:

- ``rival-person``: another person the pronoun may mean, named in ways the branch did not
  read: by a given name alone after a kin noun ("Her sister Lucia joined"), by a full name
  that shares the subject's surname ("His son Robert Penhaligon"), by a plain name that no
  title, age or "who" marks ("The chairmanship passed to Peter Lyle"), by a surname that is
  also a body's word ("Terry Mills, who"), named only inside a quotation ("'Without Sofie
  Brandt there would have been no Tang,' Holt said. She ran the dining room"), the sentence
  before's subject with the page's subject as its object ("Brigg signed Kerr. He then built
  the side around him"), or a description ("a retired teacher ... She gathered"); beside
  them the right values: places, works and people of the other gender between.
- ``pronoun-role``: the subject's pronoun where the subject is not the event's actor: an
  owner pronoun whose noun is another person ("His successor raised rates", "Her attacker
  was jailed", "his nephew"), a page whose first "he" is another man's; beside them the
  subject's own deeds in clause forms the branch reads ("the nonprofit she co-founded",
  "the bridge designed by him", "She and her husband founded").

The mended rule's wrong verdicts are fixed; what older rules got wrong was kept out of the set
as its ``GAPS`` until session 40 brought it in (``late``, after the rest; the ids still
decided wrongly are in ``GAPS`` of ``tests/test_grounding_sets.py``). Run
``python tests/data/make_rvactors37_cases.py`` to rebuild it. The texts are written for this set, in new words; each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvactors37.jsonl")
RIVAL, ROLE = "rival-person", "pronoun-role"

built = SupportCases("rva37")

# (category, must pass, page, evidence sentence, actor, description, why, late)
Case = tuple[str, bool, str, str, str, str, str, bool]
CASES: list[Case] = []


def actor(
    category: str, expect: bool, text: str, sentence: str, who: str, description: str, why: str,
    late: bool = False,
) -> None:  # fmt: skip
    """One case; ``late``: one the older rules got wrong, kept out of the set as its ``GAPS``
    until session 40 brought it in, after the rest (so every earlier id keeps its number)."""
    assert sentence in text, sentence
    CASES.append((category, expect, text, sentence, who, description, why, late))


# --- rival-person ---------------------------------------------------------------------------

THRELFALL = """Gordon Threlfall, who built Threlfall Mills into Lancashire's biggest weaver, dies at 92

Business Obituaries | The Pennine Examiner

Gordon Threlfall, who ran the family weaving business in Darwen for 31 years, has died aged 92.

He took over the mills from his father in 1962 and opened a second weaving shed in Blackburn in 1971.

The chairmanship passed to Peter Lyle in 1993. Within two years he had closed the Blackburn shed and moved production to Portugal."""
actor(
    RIVAL,
    True,
    THRELFALL,
    "He took over the mills from his father in 1962 and opened a second weaving shed in Blackburn in 1971.",
    "Gordon Threlfall",
    "opened weaving shed in Blackburn",
    "'He took over ... opened': the obituary's subject, the sentence after his name",
)
actor(
    RIVAL,
    False,
    THRELFALL,
    "Within two years he had closed the Blackburn shed and moved production to Portugal.",
    "Gordon Threlfall",
    "closed the Blackburn shed",
    "'he had closed' right after 'passed to Peter Lyle': the new chairman, a man named between",
    late=True,
)
actor(
    RIVAL,
    True,
    THRELFALL,
    "Within two years he had closed the Blackburn shed and moved production to Portugal.",
    "Peter Lyle",
    "closed the Blackburn shed",
    "'he' is the man the sentence before names, the new chairman",
)

CASTELLANO = """Nora Castellano, whose Bronx bakery fed a neighborhood for half a century, dies at 89

By Staff | The Harlem River Courier

Nora Castellano, who opened Castellano's Bakery on Arthur Avenue in 1961, died Saturday in Yonkers. She was 89.

She came to New York from Palermo at 19 and worked in a garment shop on Mulberry Street before she saved enough to rent the storefront.

Her sister Lucia joined the business in 1964. She ran the shop's catering side for 30 years and trained most of its bakers.

The cannoli recipe she brought from Sicily is still used, her nephew said."""
actor(
    RIVAL,
    True,
    CASTELLANO,
    "She came to New York from Palermo at 19 and worked in a garment shop on Mulberry Street before she saved enough to rent the storefront.",
    "Nora Castellano",
    "came to New York from Palermo",
    "'She came': the subject, named in the paragraph before, places between",
)
actor(
    RIVAL,
    False,
    CASTELLANO,
    "She ran the shop's catering side for 30 years and trained most of its bakers.",
    "Nora Castellano",
    "ran the catering side",
    "'She ran' right after 'Her sister Lucia joined': the sister, a woman named by her given name",
)
actor(
    RIVAL,
    False,
    CASTELLANO,
    "The cannoli recipe she brought from Sicily is still used, her nephew said.",
    "Nora Castellano",
    "brought cannoli recipe from Sicily",
    "'she brought' after the sister's paragraph: either sister may be meant",
)
actor(
    RIVAL,
    False,
    CASTELLANO,
    "Her sister Lucia joined the business in 1964.",
    "Nora Castellano",
    "joined the business",
    "'Her sister Lucia joined': the sister acts",
)

DUNN = """Eamon Dunn, stage and screen actor, dies at 80

DUBLIN (Liffey Arts Wire) — Eamon Dunn, the actor best known for three decades at the Abbey Theatre, has died aged 80.

"I owe everything to Jack Harlow," Dunn told this newspaper in 2001. He gave Dunn his first part, as a footman, in 1963.

Dunn went on to play more than 200 roles at the Abbey. He directed its touring company from 1988 to 1996."""
actor(
    RIVAL,
    False,
    DUNN,
    "He gave Dunn his first part, as a footman, in 1963.",
    "Eamon Dunn",
    "gave first part as a footman",
    "'He gave Dunn': the man Dunn named in his quote gives; Dunn receives",
    late=True,
)
actor(
    RIVAL,
    True,
    DUNN,
    "He directed its touring company from 1988 to 1996.",
    "Eamon Dunn",
    "directed touring company",
    "'He directed' right after 'Dunn went on': the subject",
)
actor(
    RIVAL,
    False,
    DUNN,
    "He directed its touring company from 1988 to 1996.",
    "Jack Harlow",
    "directed touring company",
    "the man named in a quote two sentences back: 'He' follows Dunn",
)

PENHALIGON = """Arthur Penhaligon, founder of Penhaligon's garden centres, dies at 86

The Kernow Chronicle | Obituaries

Arthur Penhaligon, who turned a Cornish smallholding into a chain of 14 garden centres, has died at 86.

He opened the first centre, near Truro, in 1968 with a bank loan of £500.

His son Robert Penhaligon became managing director in 2001. He sold the chain to a private equity firm in 2018 for £46m."""
actor(
    RIVAL,
    True,
    PENHALIGON,
    "He opened the first centre, near Truro, in 1968 with a bank loan of £500.",
    "Arthur Penhaligon",
    "opened first garden centre near Truro",
    "'He opened': the subject, places between",
)
actor(
    RIVAL,
    False,
    PENHALIGON,
    "He sold the chain to a private equity firm in 2018 for £46m.",
    "Arthur Penhaligon",
    "sold the chain for £46m",
    "'He sold' after 'His son Robert Penhaligon became managing director': the son",
)
actor(
    RIVAL,
    False,
    PENHALIGON,
    "His son Robert Penhaligon became managing director in 2001.",
    "Arthur Penhaligon",
    "became managing director",
    "'His son ... became': the son acts",
)
actor(
    RIVAL,
    False,
    PENHALIGON,
    "He opened the first centre, near Truro, in 1968 with a bank loan of £500.",
    "Robert Penhaligon",
    "opened first garden centre near Truro",
    "the son, named only after the pronoun; the page heads his father",
    late=True,
)

WHITCOMBE = """Mayor Dana Whitcombe faces recall vote after budget row

City Hall | The Lakeshore Tribune | Wednesday

Dana Whitcombe, mayor of Port Alden since 2019, will face a recall election on March 4, the county clerk confirmed on Tuesday.

The petition was organized by a retired teacher from the east side. She gathered 6,200 signatures in six weeks, 1,100 more than the law requires.

Whitcombe called the recall a stunt. She has until Friday to file a formal response."""
actor(
    RIVAL,
    False,
    WHITCOMBE,
    "She gathered 6,200 signatures in six weeks, 1,100 more than the law requires.",
    "Dana Whitcombe",
    "gathered 6,200 signatures",
    "'She gathered' after 'a retired teacher': the petition's organizer, not the mayor",
    late=True,
)
actor(
    RIVAL,
    True,
    WHITCOMBE,
    "She has until Friday to file a formal response.",
    "Dana Whitcombe",
    "to file formal response to recall",
    "'She has until Friday' right after 'Whitcombe called': the mayor",
)

HOLT = """Chef Maren Holt to close her Copenhagen restaurant after 20 years

Food & Drink | The Nordic Table | Monday

Maren Holt, whose restaurant Tang has held two Michelin stars since 2012, will close it on December 20.

"Without Sofie Brandt there would have been no Tang," Holt said. She ran the dining room from the first night and chose every wine on the list.

The restaurant she opened in a former fish warehouse in 2005 seats 28."""
actor(
    RIVAL,
    False,
    HOLT,
    "She ran the dining room from the first night and chose every wine on the list.",
    "Maren Holt",
    "ran the dining room",
    "'She ran the dining room' after Holt credits Sofie Brandt: Brandt's, the chef named in the quote",
    late=True,
)
actor(
    RIVAL,
    False,
    HOLT,
    "The restaurant she opened in a former fish warehouse in 2005 seats 28.",
    "Sofie Brandt",
    "opened the restaurant in 2005",
    "the woman named in a quote heads no page; the restaurant is Holt's",
)

KERR = """Jonah Kerr, club's record scorer, dies at 69

Riverside Sport | Friday 9 May

Jonah Kerr, who scored 212 league goals for Harton Rovers, has died aged 69, the club said.

Alan Brigg signed Kerr from Alnwick in 1975. He then built the side around him for a decade.

Kerr was capped four times by England. He retired in 1987 and ran a pub in Morpeth."""
actor(
    RIVAL,
    False,
    KERR,
    "He then built the side around him for a decade.",
    "Jonah Kerr",
    "built the side",
    "'He then built the side around him': Brigg, who signed Kerr, builds around Kerr",
    late=True,
)
actor(
    RIVAL,
    True,
    KERR,
    "He retired in 1987 and ran a pub in Morpeth.",
    "Jonah Kerr",
    "ran a pub in Morpeth",
    "'He retired' right after 'Kerr was capped': the subject",
)
actor(
    RIVAL,
    False,
    KERR,
    "He retired in 1987 and ran a pub in Morpeth.",
    "Alan Brigg",
    "ran a pub in Morpeth",
    "Brigg is named a paragraph back; 'He' follows Kerr",
)

MILLS = """Rex Calloway, singer with the Harbour Lights, dies at 74

Music | The Solent Echo | Tuesday

Rex Calloway, who sang lead on every Harbour Lights album from 1969 to 1992, has died at 74.

Terry Mills, who played bass in the band for 20 years, wrote most of its songs. He also produced the 1977 album Salt Wind.

The band he fronted sold more than five million records."""
actor(
    RIVAL,
    False,
    MILLS,
    "He also produced the 1977 album Salt Wind.",
    "Rex Calloway",
    "produced the album Salt Wind",
    "'He also produced' after 'Terry Mills, who played bass': the bassist (a surname that is also a body's word)",
)
actor(
    RIVAL,
    True,
    MILLS,
    "He also produced the 1977 album Salt Wind.",
    "Terry Mills",
    "produced the album Salt Wind",
    "'He also produced' right after Terry Mills wrote the songs",
)

ACHEBE = """Desmond Achebe, architect of Lagos's tallest towers, dies at 84

Obituary | The Lagos Ledger

Desmond Achebe, whose firm designed four of the ten tallest buildings in Lagos, has died. He was 84.

He trained in London and returned to Nigeria in 1968. His brother, Michael, joined the firm in 1980, and he opened its Abuja office in 1986.

The Marina tower he designed was finished in 1991."""
actor(
    RIVAL,
    True,
    ACHEBE,
    "He trained in London and returned to Nigeria in 1968.",
    "Desmond Achebe",
    "returned to Nigeria in 1968",
    "'He trained': the subject, the sentence after 'He was 84'",
)
actor(
    RIVAL,
    False,
    ACHEBE,
    "His brother, Michael, joined the firm in 1980, and he opened its Abuja office in 1986.",
    "Desmond Achebe",
    "opened the Abuja office",
    "'and he opened' in the clause after 'His brother, Michael, joined': the brother may be meant",
)
actor(
    RIVAL,
    False,
    ACHEBE,
    "The Marina tower he designed was finished in 1991.",
    "Michael",
    "designed the Marina tower",
    "the brother heads no page; the tower is the subject's",
)

MARSH = """Leona Marsh, children's author, dies at 91

Books | The Glasgow Review

Leona Marsh, whose Puddle Lane stories sold 12 million copies, has died at her home in Largs. She was 91.

Her husband, the painter Ian Cowie, illustrated the first six books. She wrote the series in a caravan on Arran between 1962 and 1979.

Her last book, The Heron's Clock, came out in 2004."""
actor(
    RIVAL,
    True,
    MARSH,
    "She wrote the series in a caravan on Arran between 1962 and 1979.",
    "Leona Marsh",
    "wrote the Puddle Lane series",
    "'She wrote' after her husband, a man, named between: the subject",
)
actor(
    RIVAL,
    True,
    MARSH,
    "Her last book, The Heron's Clock, came out in 2004.",
    "Leona Marsh",
    "last book The Heron's Clock published",
    "'Her last book': the subject's, a man named two sentences back",
)
actor(
    RIVAL,
    False,
    MARSH,
    "She wrote the series in a caravan on Arran between 1962 and 1979.",
    "Ian Cowie",
    "wrote the Puddle Lane series",
    "'She': the subject; the husband illustrated, he did not write",
    late=True,
)

OYELARAN = """Funmi Oyelaran: the commissioner who cleaned up Ikeja's water

Profile | Sunday Mirror Lagos

Funmi Oyelaran took charge of the state water board in 2016, when half of Ikeja's taps ran dry each week.

Within three years she had replaced 400 kilometres of mains. Bisi Adeyemi, her deputy, ran the metering scheme. She installed 90,000 meters by 2021.

Oyelaran now chairs the national water council. She travels to Abuja every Monday."""
actor(
    RIVAL,
    True,
    OYELARAN,
    "Within three years she had replaced 400 kilometres of mains.",
    "Funmi Oyelaran",
    "replaced 400 km of mains",
    "'she had replaced': the profile's subject, the sentence after her name",
)
actor(
    RIVAL,
    False,
    OYELARAN,
    "She installed 90,000 meters by 2021.",
    "Funmi Oyelaran",
    "installed 90,000 meters",
    "'She installed' right after 'Bisi Adeyemi, her deputy, ran the metering scheme': the deputy",
)
actor(
    RIVAL,
    True,
    OYELARAN,
    "She travels to Abuja every Monday.",
    "Funmi Oyelaran",
    "travels to Abuja weekly",
    "'She travels' right after 'Oyelaran now chairs': the subject",
)

FORT = """Callum Baird, the ferryman of Loch Linnhe, retires after 40 years

Highland News | Saturday

Callum Baird, who has skippered the Corran ferry since 1985, made his last crossing on Friday.

He moved the family from Oban to Fort William in 1984 and in 1990 bought the Ardgour inn with his wife, Morag.

He hopes to spend his retirement walking the West Highland Way."""
actor(
    RIVAL,
    True,
    FORT,
    "He moved the family from Oban to Fort William in 1984 and in 1990 bought the Ardgour inn with his wife, Morag.",
    "Callum Baird",
    "bought the Ardgour inn",
    "'He moved ... bought': the subject; Fort William is a town, Morag a woman",
)
actor(
    RIVAL,
    True,
    FORT,
    "He hopes to spend his retirement walking the West Highland Way.",
    "Callum Baird",
    "plans to walk the West Highland Way",
    "'He hopes': the subject, a woman and a town named between",
)

VANCE = """Why Pell still matters at the Federal Reserve

Analysis | The Potomac Ledger | June 3

Adrienne Pell left the Fed's board in 2022 after eight years. Her successor, Thomas Garvey, has voted against every rate cut since.

He argued in March that inflation was not yet beaten.

Pell's 2019 speech on wage growth is still quoted by officials. She gave it at a conference in Jackson Hole."""
actor(
    RIVAL,
    True,
    VANCE,
    "She gave it at a conference in Jackson Hole.",
    "Adrienne Pell",
    "gave wage-growth speech at Jackson Hole",
    "'She gave it' right after 'Pell's 2019 speech': the subject, headed by her surname",
)
actor(
    RIVAL,
    False,
    VANCE,
    "He argued in March that inflation was not yet beaten.",
    "Adrienne Pell",
    "argued inflation not beaten",
    "'He argued': the successor, a man; the subject is a woman",
)


# --- pronoun-role ---------------------------------------------------------------------------

HALASZ = """Viktor Halasz, Hungary's long-serving central banker, dies at 79

BUDAPEST (Danube Markets) — Viktor Halasz, who led the National Bank of Hungary through the 1990s, has died, the bank said on Thursday. He was 79.

He cut the base rate eleven times between 1995 and 1999 and oversaw the forint's float. After leaving the bank he taught economics at Corvinus University until 2015.

His successor raised rates sharply in 2001 to fight inflation. His nephew sits on the bank's monetary council."""
actor(
    ROLE,
    True,
    HALASZ,
    "He cut the base rate eleven times between 1995 and 1999 and oversaw the forint's float.",
    "Viktor Halasz",
    "cut the base rate eleven times",
    "'He cut': the subject, the sentence after his name",
)
actor(
    ROLE,
    True,
    HALASZ,
    "After leaving the bank he taught economics at Corvinus University until 2015.",
    "Viktor Halasz",
    "taught economics at Corvinus",
    "'he taught' mid-sentence: the subject",
)
actor(
    ROLE,
    False,
    HALASZ,
    "His successor raised rates sharply in 2001 to fight inflation.",
    "Viktor Halasz",
    "raised rates sharply in 2001",
    "'His successor raised': the successor acts, not he",
)
actor(
    ROLE,
    False,
    HALASZ,
    "His nephew sits on the bank's monetary council.",
    "Viktor Halasz",
    "sits on the monetary council",
    "'His nephew sits': the nephew, not he",
)

RAHMAN = """Remembering Aisha Rahman, the nurse killed on her way home from a night shift

The Midlands Reporter | Thursday

Aisha Rahman, 34, worked on the children's ward at Walsall Manor Hospital for nine years.

She trained in Coventry and in 2020 was named the hospital's nurse of the year.

Her attacker was jailed for life at Wolverhampton Crown Court on Wednesday. Her colleagues raised £18,000 for her two children within a week. Her manager described her as tireless."""
actor(
    ROLE,
    True,
    RAHMAN,
    "She trained in Coventry and in 2020 was named the hospital's nurse of the year.",
    "Aisha Rahman",
    "trained in Coventry",
    "'She trained': the subject",
)
actor(
    ROLE,
    False,
    RAHMAN,
    "Her attacker was jailed for life at Wolverhampton Crown Court on Wednesday.",
    "Aisha Rahman",
    "jailed for life",
    "'Her attacker was jailed': another person, she was the victim",
    late=True,
)
actor(
    ROLE,
    False,
    RAHMAN,
    "Her colleagues raised £18,000 for her two children within a week.",
    "Aisha Rahman",
    "raised £18,000",
    "'Her colleagues raised': they act",
)
actor(
    ROLE,
    False,
    RAHMAN,
    "Her manager described her as tireless.",
    "Aisha Rahman",
    "described as tireless",
    "'Her manager described her': the manager acts",
)

MORENO = """Alex Moreno named chief executive of Kestrel Bank

Business | The Northern Ledger | 12 February

Alex Moreno will take over as chief executive of Kestrel Bank from Paul Dennison, who retires in June after nine years. He steered the bank through the loan losses of 2020.

Moreno, 47, joins from Atlas Insurance, where she was finance director for six years.

The outgoing chief will stay on as an adviser until December. He also keeps his seat on the board."""
actor(
    ROLE,
    False,
    MORENO,
    "He also keeps his seat on the board.",
    "Alex Moreno",
    "keeps board seat",
    "'He also keeps' after 'The outgoing chief': Dennison; Moreno is 'she'",
    late=True,
)
actor(
    ROLE,
    False,
    MORENO,
    "He steered the bank through the loan losses of 2020.",
    "Alex Moreno",
    "steered the bank through 2020 losses",
    "'He steered' right after 'Paul Dennison, who retires': the outgoing chief",
    late=True,
)
actor(
    ROLE,
    True,
    MORENO,
    "Moreno, 47, joins from Atlas Insurance, where she was finance director for six years.",
    "Alex Moreno",
    "was finance director at Atlas Insurance",
    "'Moreno ... where she was': named in the sentence",
)

AMBLER = """Sir Clive Ambler, engineer of the Thames estuary bridges, dies at 94

Obituaries | The Kent Messenger | Monday

Sir Clive Ambler, whose firm designed three of the bridges over the Thames estuary, has died aged 94.

The Medway crossing, designed by him in 1966, was the longest cable-stayed bridge in Europe when it opened.

His biographer wrote that he slept four hours a night. His daughter took over the firm in 1998. His firm was sold to a Dutch group in 2004."""
actor(
    ROLE,
    True,
    AMBLER,
    "The Medway crossing, designed by him in 1966, was the longest cable-stayed bridge in Europe when it opened.",
    "Clive Ambler",
    "designed the Medway crossing",
    "'designed by him': the subject is the designer",
)
actor(
    ROLE,
    False,
    AMBLER,
    "His biographer wrote that he slept four hours a night.",
    "Clive Ambler",
    "wrote about sleeping habits",
    "'His biographer wrote': the biographer acts",
    late=True,
)
actor(
    ROLE,
    False,
    AMBLER,
    "His daughter took over the firm in 1998.",
    "Clive Ambler",
    "took over the firm",
    "'His daughter took over': she acts",
)
actor(
    ROLE,
    False,
    AMBLER,
    "His firm was sold to a Dutch group in 2004.",
    "Clive Ambler",
    "sold the firm to a Dutch group",
    "'His firm was sold': the firm was acted on, by no one named; not he",
)

OSEI = """Abena Osei, who built Ghana's largest girls' football league, dies at 58

ACCRA (Gold Coast Sport) — Abena Osei, the former international who set up the Accra Queens league in 2003, has died after a short illness.

The nonprofit she co-founded in 2001 now runs 140 teams across five regions. She and her husband paid for the league's first pitches.

Her rival in the 1999 national final later coached the national side. Her former teammates carried the coffin on Saturday."""
actor(
    ROLE,
    True,
    OSEI,
    "The nonprofit she co-founded in 2001 now runs 140 teams across five regions.",
    "Abena Osei",
    "co-founded the nonprofit in 2001",
    "'the nonprofit she co-founded' (US spelling): the subject",
)
actor(
    ROLE,
    True,
    OSEI,
    "She and her husband paid for the league's first pitches.",
    "Abena Osei",
    "paid for first pitches",
    "'She and her husband paid': the subject is one of the two",
)
actor(
    ROLE,
    False,
    OSEI,
    "Her rival in the 1999 national final later coached the national side.",
    "Abena Osei",
    "coached the national side",
    "'Her rival ... coached': another player acts",
    late=True,
)
actor(
    ROLE,
    False,
    OSEI,
    "Her former teammates carried the coffin on Saturday.",
    "Abena Osei",
    "carried the coffin",
    "'Her former teammates carried': they act",
)

LINDQVIST = """Live: Erik Lindqvist wins Tour de France stage 14

Cycling live | Saturday 19 July

15:02 — Erik Lindqvist has won stage 14 at Superbagnères, attacking with four kilometres to go.

15:10 — His teammate held the gap to the chasers on the last climb. His coach said he had planned the attack for a month.

15:18 — He moves up to second overall, 1min 12sec behind the leader."""
actor(
    ROLE,
    True,
    LINDQVIST,
    "15:18 — He moves up to second overall, 1min 12sec behind the leader.",
    "Erik Lindqvist",
    "moved up to second overall",
    "a live blog's 'He' after a timestamp: the stage winner",
)
actor(
    ROLE,
    False,
    LINDQVIST,
    "15:10 — His teammate held the gap to the chasers on the last climb.",
    "Erik Lindqvist",
    "held the gap on the last climb",
    "'His teammate held': the teammate acts",
    late=True,
)
actor(
    ROLE,
    False,
    LINDQVIST,
    "His coach said he had planned the attack for a month.",
    "Erik Lindqvist",
    "said the attack was planned",
    "'His coach said': the coach speaks",
    late=True,
)

GRANT = """Marcus Grant, Welsh rugby's iron man, retires at 36

Sport | The Cardiff Post | Tuesday

Marcus Grant, who won 98 caps at lock for Wales, announced his retirement on Monday.

His replacement at Ospreys, a 21-year-old from Neath, made his debut on Saturday. His former coach called him the hardest worker he had seen.

He captained Wales in 2019 and led the Lions in South Africa in 2021."""
actor(
    ROLE,
    True,
    GRANT,
    "He captained Wales in 2019 and led the Lions in South Africa in 2021.",
    "Marcus Grant",
    "captained Wales in 2019",
    "'He captained': the subject, his name before and no other man named",
)
actor(
    ROLE,
    False,
    GRANT,
    "His replacement at Ospreys, a 21-year-old from Neath, made his debut on Saturday.",
    "Marcus Grant",
    "made his debut",
    "'His replacement ... made his debut': the replacement acts",
)
actor(
    ROLE,
    False,
    GRANT,
    "His former coach called him the hardest worker he had seen.",
    "Marcus Grant",
    "called him the hardest worker",
    "'His former coach called him': the coach acts",
    late=True,
)

IMANI = """Imani Coleman becomes first woman to lead Baltimore's port

Maryland Business Journal | August 8

Imani Coleman was sworn in on Thursday as executive director of the Port of Baltimore, the first woman in the post.

She spent 12 years at the port of Savannah, where she ran its container terminals. Her predecessor retired in June after a decade in the job.

Her attorney negotiated a five-year contract worth $480,000 a year. She starts on Monday."""
actor(
    ROLE,
    True,
    IMANI,
    "She spent 12 years at the port of Savannah, where she ran its container terminals.",
    "Imani Coleman",
    "ran Savannah's container terminals",
    "'she ran': the subject",
)
actor(
    ROLE,
    True,
    IMANI,
    "She starts on Monday.",
    "Imani Coleman",
    "starts job on Monday",
    "'She starts': the subject, no other woman named",
    late=True,
)
actor(
    ROLE,
    False,
    IMANI,
    "Her predecessor retired in June after a decade in the job.",
    "Imani Coleman",
    "retired in June",
    "'Her predecessor retired': another person",
    late=True,
)
actor(
    ROLE,
    False,
    IMANI,
    "Her attorney negotiated a five-year contract worth $480,000 a year.",
    "Imani Coleman",
    "negotiated five-year contract",
    "'Her attorney negotiated': the attorney acts",
    late=True,
)

BASU = """Rohan Basu, the chemist who made cheap insulin possible, dies at 88

Science | The Deccan Chronicle | Wednesday

Rohan Basu, whose process cut the cost of making insulin by two-thirds, has died in Pune at 88.

The laboratory he set up at Pune University in 1970 still bears his name. His students went on to found three drug companies.

His 1985 paper on yeast expression is cited more than 9,000 times. His killer has never been found."""
actor(
    ROLE,
    True,
    BASU,
    "The laboratory he set up at Pune University in 1970 still bears his name.",
    "Rohan Basu",
    "set up laboratory at Pune University",
    "'The laboratory he set up': the subject",
)
actor(
    ROLE,
    True,
    BASU,
    "His 1985 paper on yeast expression is cited more than 9,000 times.",
    "Rohan Basu",
    "wrote 1985 paper on yeast expression",
    "'His 1985 paper': the subject's work",
)
actor(
    ROLE,
    False,
    BASU,
    "His students went on to found three drug companies.",
    "Rohan Basu",
    "founded three drug companies",
    "'His students went on to found': they act",
    late=True,
)
actor(
    ROLE,
    False,
    BASU,
    "His killer has never been found.",
    "Rohan Basu",
    "killer not found",
    "'His killer': another person",
)

TEMBO = """Grace Tembo, Zambia's first female High Court judge, dies at 87

LUSAKA (Copperbelt Courier) — Grace Tembo, who sat on the High Court for 22 years, has died in Lusaka. She was 87.

She was called to the bar in 1964 and became a judge in 1979. The law clinic she started in Kitwe still gives free advice to 3,000 people a year.

Her granddaughter collected the national order of merit on her behalf in 2022. Her niece, a Lusaka lawyer, will read the eulogy on Friday. Critics accused her of siding with the government in the 1991 treason trial."""
actor(
    ROLE,
    True,
    TEMBO,
    "She was called to the bar in 1964 and became a judge in 1979.",
    "Grace Tembo",
    "became a judge in 1979",
    "'She was called ... became': the subject",
)
actor(
    ROLE,
    True,
    TEMBO,
    "The law clinic she started in Kitwe still gives free advice to 3,000 people a year.",
    "Grace Tembo",
    "started law clinic in Kitwe",
    "'The law clinic she started': the subject, no other woman named yet",
)
actor(
    ROLE,
    False,
    TEMBO,
    "Her granddaughter collected the national order of merit on her behalf in 2022.",
    "Grace Tembo",
    "collected order of merit",
    "'Her granddaughter collected ... on her behalf': the granddaughter acts",
)
actor(
    ROLE,
    False,
    TEMBO,
    "Her niece, a Lusaka lawyer, will read the eulogy on Friday.",
    "Grace Tembo",
    "will read the eulogy",
    "'Her niece ... will read': the niece acts",
)
actor(
    ROLE,
    False,
    TEMBO,
    "Critics accused her of siding with the government in the 1991 treason trial.",
    "Grace Tembo",
    "accused of siding with the government",
    "'Critics accused her': the critics act, it is done to her",
)

ODUYA = """Live: Samuel Oduya wins Kenyan presidential run-off

Election live | Nairobi Daily Wire | Monday

10:02 — Samuel Oduya has won the run-off with 54.2% of the vote, the electoral commission said.

10:05 — He thanked voters in a speech in Kisumu.

10:24 — His rival conceded shortly after ten o'clock. He called Oduya to congratulate him."""
actor(
    ROLE,
    True,
    ODUYA,
    "10:05 — He thanked voters in a speech in Kisumu.",
    "Samuel Oduya",
    "thanked voters in Kisumu",
    "a live blog's 'He' right after the winner's entry",
)
actor(
    ROLE,
    False,
    ODUYA,
    "10:24 — His rival conceded shortly after ten o'clock.",
    "Samuel Oduya",
    "conceded the run-off",
    "'His rival conceded': the loser acts",
    late=True,
)
actor(
    ROLE,
    False,
    ODUYA,
    "He called Oduya to congratulate him.",
    "Samuel Oduya",
    "called to congratulate",
    "'He called Oduya' after 'His rival conceded': the rival calls; Oduya is called",
    late=True,
)


# Session 40 (go40a): an owner pronoun's person acts in the owner's place ("Her trainer
# entered", "His former manager sued"), and a "he" or "she" after such a person in its sentence
# may be theirs ("His agent said he"); kin of the other gender, a family, or the pronoun first
# leave the subject's reading alone.
CULLEN = """Niamh Cullen, Ireland's most decorated jockey, retires at 41

Racing | The Kildare Courier | Thursday

Niamh Cullen, who rode 1,400 winners in a 23-year career, announced her retirement on Wednesday.

Her trainer entered the mare in the Cheltenham feature against her advice. Her husband said she had
planned the announcement since the spring. She and her agent flew to Cheltenham on Monday."""
actor(
    ROLE,
    False,
    CULLEN,
    "Her trainer entered the mare in the Cheltenham feature against her advice.",
    "Niamh Cullen",
    "entered the mare at Cheltenham",
    "'Her trainer entered': the trainer acts, not the jockey",
    late=True,
)
actor(
    ROLE,
    True,
    CULLEN,
    "Her husband said she had\nplanned the announcement since the spring.",
    "Niamh Cullen",
    "planned the announcement",
    "'Her husband said she had planned': a husband is no 'she', the jockey planned",
    late=True,
)
actor(
    ROLE,
    True,
    CULLEN,
    "She and her agent flew to Cheltenham on Monday.",
    "Niamh Cullen",
    "flew to Cheltenham",
    "'She and her agent flew': the pronoun before the agent is the jockey",
    late=True,
)
VARGA = """Teodor Varga, the Budapest crooner of the 1970s, dies at 83

Music | The Danube Review | Sunday

Teodor Varga, whose ballads topped the Hungarian charts for a decade, has died aged 83.

His former manager sued the record label in 1999 over unpaid royalties. His agent said he had
turned down three film roles. His widow said he sang every morning until the last week."""
actor(
    ROLE,
    False,
    VARGA,
    "His former manager sued the record label in 1999 over unpaid royalties.",
    "Teodor Varga",
    "sued the record label",
    "'His former manager sued': the manager acts",
    late=True,
)
actor(
    ROLE,
    False,
    VARGA,
    "His agent said he had\nturned down three film roles.",
    "Teodor Varga",
    "said film roles were turned down",
    "'His agent said': the agent speaks; the saying is no deed of the singer's",
    late=True,
)
actor(
    ROLE,
    True,
    VARGA,
    "His widow said he sang every morning until the last week.",
    "Teodor Varga",
    "sang every morning",
    "'His widow said he sang': a widow is no 'he', the singer sang",
    late=True,
)
OKONJO = """Chidi Okonjo, who ran Enugu's bus company for 20 years, dies at 77

Obituaries | The Eastern Star | Tuesday

Chidi Okonjo, who built the Coal City Transit bus company from two vehicles, has died at 77.

His successor scrapped the night routes in 2015. His two sons sold the depot in 2019. His
parents said he had driven the first bus himself."""
actor(
    ROLE,
    False,
    OKONJO,
    "His successor scrapped the night routes in 2015.",
    "Chidi Okonjo",
    "scrapped the night routes",
    "'His successor scrapped': the successor acts",
    late=True,
)
actor(
    ROLE,
    False,
    OKONJO,
    "His two sons sold the depot in 2019.",
    "Chidi Okonjo",
    "sold the depot",
    "'His two sons sold': the sons act",
    late=True,
)
actor(
    ROLE,
    True,
    OKONJO,
    "His\nparents said he had driven the first bus himself.",
    "Chidi Okonjo",
    "drove the first bus",
    "'His parents said he had driven': parents are no 'he', the founder drove",
    late=True,
)
actor(
    ROLE,
    True,
    OKONJO,
    "Chidi Okonjo, who built the Coal City Transit bus company from two vehicles, has died at 77.",
    "Chidi Okonjo",
    "built the bus company",
    "named in full before any owner pronoun",
    late=True,
)

# session 41 (gac41b): a relative sharing the page subject's surname, named in full only
# after the pronoun ("Arthur Penhaligon ... He opened ... His son Robert Penhaligon"), and a
# kin noun's apposed description marking the other gender ("Her husband, the painter X,")
GAC41B_CASES = [
    (
        False,
        "Harold Pike, founder of Pike's bakeries, dies at 90\n\nThe Tyneside Gazette | Obituaries\n\nHarold Pike, who built a Gateshead corner shop into a chain of 30 bakeries, has died at 90.\n\nHe opened the first bakery, in Low Fell, in 1961 with his savings.\n\nHis son Simon Pike became chairman in 2004. He sold the chain to a rival in 2019.",
        "He opened the first bakery, in Low Fell, in 1961 with his savings.",
        "Simon Pike",
        "opened the first bakery",
        "'He' is Harold Pike, the page's subject; Simon Pike shares only the surname and is named after it",
    ),
    (
        True,
        "Harold Pike, founder of Pike's bakeries, dies at 90\n\nThe Tyneside Gazette | Obituaries\n\nHarold Pike, who built a Gateshead corner shop into a chain of 30 bakeries, has died at 90.\n\nHe opened the first bakery, in Low Fell, in 1961 with his savings.\n\nHis son Simon Pike became chairman in 2004. He sold the chain to a rival in 2019.",
        "He opened the first bakery, in Low Fell, in 1961 with his savings.",
        "Harold Pike",
        "opened the first bakery",
        "'He' right after Harold Pike, the page's subject; a relative sharing the surname comes later",
    ),
    (
        False,
        "Margaret Quill, who taught a city to dance, dies at 88\n\nArts | The Bristol Courier\n\nMargaret Quill, whose Quill School of Dance trained three generations of Bristol children, has died at 88.\n\nShe founded the school in a church hall in 1958.\n\nHer daughter Anna Quill ran it from 1995. She moved it to Clifton in 2003.",
        "She founded the school in a church hall in 1958.",
        "Anna Quill",
        "founded the dance school",
        "'She' is Margaret Quill, the page's subject; Anna Quill shares only the surname and is named after it",
    ),
    (
        True,
        "Margaret Quill, who taught a city to dance, dies at 88\n\nArts | The Bristol Courier\n\nMargaret Quill, whose Quill School of Dance trained three generations of Bristol children, has died at 88.\n\nShe founded the school in a church hall in 1958.\n\nHer daughter Anna Quill ran it from 1995. She moved it to Clifton in 2003.",
        "She founded the school in a church hall in 1958.",
        "Margaret Quill",
        "founded the dance school",
        "'She' right after Margaret Quill, the page's subject; a relative sharing the surname comes later",
    ),
    (
        False,
        "Tomas Reyes, hotelier, dies at 81\n\nThe Gulf Coast Register | Obituaries\n\nTomas Reyes, who built the Reyes hotels along the Texas coast, has died at 81.\n\nHe built the first hotel, in Galveston, in 1972.\n\nHis nephew Luis Reyes took over in 2010. He closed two of the hotels in 2020.",
        "He built the first hotel, in Galveston, in 1972.",
        "Luis Reyes",
        "built the first hotel",
        "'He' is Tomas Reyes, the page's subject; Luis Reyes shares only the surname and is named after it",
    ),
    (
        True,
        "Tomas Reyes, hotelier, dies at 81\n\nThe Gulf Coast Register | Obituaries\n\nTomas Reyes, who built the Reyes hotels along the Texas coast, has died at 81.\n\nHe built the first hotel, in Galveston, in 1972.\n\nHis nephew Luis Reyes took over in 2010. He closed two of the hotels in 2020.",
        "He built the first hotel, in Galveston, in 1972.",
        "Tomas Reyes",
        "built the first hotel",
        "'He' right after Tomas Reyes, the page's subject; a relative sharing the surname comes later",
    ),
    (
        False,
        "Edith Carrow, cookery writer, dies at 94\n\nFood | The Dorset Echo\n\nEdith Carrow, whose cookbooks sold four million copies, has died at 94.\n\nShe wrote the first of them in her kitchen in Bridport in 1966.\n\nHer granddaughter Lucy Carrow now runs the cookery school. She opened a second one in 2021.",
        "She wrote the first of them in her kitchen in Bridport in 1966.",
        "Lucy Carrow",
        "wrote the first cookbook",
        "'She' is Edith Carrow, the page's subject; Lucy Carrow shares only the surname and is named after it",
    ),
    (
        True,
        "Edith Carrow, cookery writer, dies at 94\n\nFood | The Dorset Echo\n\nEdith Carrow, whose cookbooks sold four million copies, has died at 94.\n\nShe wrote the first of them in her kitchen in Bridport in 1966.\n\nHer granddaughter Lucy Carrow now runs the cookery school. She opened a second one in 2021.",
        "She wrote the first of them in her kitchen in Bridport in 1966.",
        "Edith Carrow",
        "wrote the first cookbook",
        "'She' right after Edith Carrow, the page's subject; a relative sharing the surname comes later",
    ),
    (
        False,
        "Leona Grey, painter, dies at 87\n\nArts | The Fife Herald\n\nLeona Grey, whose harbour paintings hang in the Scottish National Gallery, has died at 87.\n\nHer husband, the sculptor Tom Reade, carved the frames for her first show. She painted the harbour series between 1970 and 1985.",
        "She painted the harbour series between 1970 and 1985.",
        "Tom Reade",
        "painted the harbour series",
        "'She' after an apposed spouse or sibling the kin noun marks with the other gender: Leona Grey's",
    ),
    (
        True,
        "Leona Grey, painter, dies at 87\n\nArts | The Fife Herald\n\nLeona Grey, whose harbour paintings hang in the Scottish National Gallery, has died at 87.\n\nHer husband, the sculptor Tom Reade, carved the frames for her first show. She painted the harbour series between 1970 and 1985.",
        "She painted the harbour series between 1970 and 1985.",
        "Leona Grey",
        "painted the harbour series",
        "'She' is Leona Grey; the kin apposed with a description is of the other gender",
    ),
    (
        False,
        "Arnold Feld, novelist, dies at 79\n\nBooks | The Hudson Review\n\nArnold Feld, whose river novels were set in upstate New York, has died at 79.\n\nHis wife, the photographer Nina Sarr, took the pictures for his memoir. He wrote the river novels in a cabin near Kingston.",
        "He wrote the river novels in a cabin near Kingston.",
        "Nina Sarr",
        "wrote the river novels",
        "'He' after an apposed spouse or sibling the kin noun marks with the other gender: Arnold Feld's",
    ),
    (
        True,
        "Arnold Feld, novelist, dies at 79\n\nBooks | The Hudson Review\n\nArnold Feld, whose river novels were set in upstate New York, has died at 79.\n\nHis wife, the photographer Nina Sarr, took the pictures for his memoir. He wrote the river novels in a cabin near Kingston.",
        "He wrote the river novels in a cabin near Kingston.",
        "Arnold Feld",
        "wrote the river novels",
        "'He' is Arnold Feld; the kin apposed with a description is of the other gender",
    ),
    (
        False,
        "Ruth Ambler, potter, dies at 90\n\nThe Devon Times | Obituaries\n\nRuth Ambler, whose blue-glazed pots are collected across Europe, has died at 90.\n\nHer brother, the engineer Colin Ambler, built the kiln in 1962. She threw every pot in the Totnes studio herself.",
        "She threw every pot in the Totnes studio herself.",
        "Colin Ambler",
        "threw the pots",
        "'She' after an apposed spouse or sibling the kin noun marks with the other gender: Ruth Ambler's",
    ),
    (
        True,
        "Ruth Ambler, potter, dies at 90\n\nThe Devon Times | Obituaries\n\nRuth Ambler, whose blue-glazed pots are collected across Europe, has died at 90.\n\nHer brother, the engineer Colin Ambler, built the kiln in 1962. She threw every pot in the Totnes studio herself.",
        "She threw every pot in the Totnes studio herself.",
        "Ruth Ambler",
        "threw the pots",
        "'She' is Ruth Ambler; the kin apposed with a description is of the other gender",
    ),
    (
        False,
        "Victor Lane, bandleader, dies at 85\n\nMusic | The Mersey Post\n\nVictor Lane, whose dance band played the Tower Ballroom for 20 years, has died at 85.\n\nHis daughter, the cellist Mara Venn, recorded his last album in 2012. He composed the music for it in his eighties.",
        "He composed the music for it in his eighties.",
        "Mara Venn",
        "composed the music",
        "'He' after an apposed spouse or sibling the kin noun marks with the other gender: Victor Lane's",
    ),
    (
        True,
        "Victor Lane, bandleader, dies at 85\n\nMusic | The Mersey Post\n\nVictor Lane, whose dance band played the Tower Ballroom for 20 years, has died at 85.\n\nHis daughter, the cellist Mara Venn, recorded his last album in 2012. He composed the music for it in his eighties.",
        "He composed the music for it in his eighties.",
        "Victor Lane",
        "composed the music",
        "'He' is Victor Lane; the kin apposed with a description is of the other gender",
    ),
]
for expect, text, sentence, who, description, why in GAC41B_CASES:
    actor(RIVAL, expect, text, sentence, who, description, why, late=True)

for category, expect, text, sentence, who, description, why, _ in sorted(
    CASES, key=lambda case: case[-1]
):  # the late cases after the rest, each group in the order written
    event = {"kind": "other", "description": description, "actors": [who], "evidence": [sentence]}
    built.add(category, expect, why, text, {"events": [event]}, "events[0].actors[0]")


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
