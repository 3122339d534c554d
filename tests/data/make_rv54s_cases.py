# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 54's review rv54s of gs54's borrowed-title reading
(``grounding_rv54s.jsonl``; :mod:`summarizer.verification.people.borrowed_titles`), at its
edges, both ways:

- ``past_held``: a person named once with a past title ("then-mayor X", "the late mayor X",
  "X, the mayor at the time", "X, who was mayor until 2019", "ex-president X") quoted from the
  time of the holding ('"...," the mayor said at the opening in 1998'), or by a credit with a
  past rank of its own ("the former mayor said", "the ex-president said"), or also named
  plainly: X's; a predecessor, a successor-to-be, a former holder for today's bare title: not;
- ``ranked``: a title with a rank, a hyphen or a capital ("Deputy Mayor X" as "the deputy
  mayor", "X, the mayor's deputy", "Interim Mayor X" as "the acting mayor", "X, standing in as
  mayor" as "the acting mayor"): X's; the holder for "the acting mayor", the deputy for the
  bare title, a vice for the head: not;
- ``relation``: a holder named through a relation word ("the office of mayor", "the role of
  president", "ran for mayor and won", "was promoted to president", surname only, a pronoun
  after): X's; an aide, a spouse, a rival, a predecessor ("succeeded Y as mayor"), a
  challenger: not;
- ``other_titles``: other heads and ranks ("the general", "the chief", "the governor", "the
  senator" for a former senator, "the premier", "the chancellor"), the president of another
  body, "according to", a quote over paragraphs: the holder's, not the neighbour's.

Run ``python tests/data/make_rv54s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv54s.jsonl")

built = SupportCases(
    "rv54s",
    leads=[
        "By Ottilie Grange | The Wensum Herald",
        "DULUTH (Lakeshore Wire) -",
        "Council news | The Tamar Gazette",
        "From our Cork desk, The Lee Examiner.",
        "UPDATED | The Mersey Sentinel",
    ],
)
past = partial(built.page_quote, "past_held")
ranked = partial(built.page_quote, "ranked")
relation = partial(built.page_quote, "relation")
other = partial(built.page_quote, "other_titles")

# --- past_held: a past title, quoted from its time or by a past rank ------------------------
past(
    "This library will serve the town for a century",
    ["Edith Pascoe"],
    [],
    "The library was opened in 1998 by then-mayor Edith Pascoe.",
    '"This library will serve the town for a century," the mayor said at the ribbon-cutting that year.',
)
past(
    "I never wanted the bypass",
    ["Edith Pascoe"],
    ["Gavin Trewin"],
    "The bypass was approved in 1996 under then-mayor Edith Pascoe. The current mayor, Gavin Trewin, wants it widened.",
    '"I never wanted the bypass," the former mayor said on Monday.',
)
past(
    "We will rebuild every house",
    ["Dermot Quill"],
    [],
    "When the river burst its banks in 2007, Dermot Quill, the mayor at the time, toured the flooded streets.",
    '"We will rebuild every house," the mayor told reporters then.',
)
past(
    "The pier is safe",
    ["Lorna Vance"],
    [],
    "Ex-mayor Lorna Vance defended the pier repairs at a public meeting on Wednesday.",
    '"The pier is safe," the former mayor said.',
)
past(
    "The pier will outlast us all",
    [],
    ["Lorna Vance"],
    "Ex-mayor Lorna Vance attended the reopening of the pier on Wednesday.",
    '"The pier will outlast us all," the mayor said at the ceremony.',
)
past(
    "History will judge the reforms",
    ["Anselm Drach"],
    [],
    "Anselm Drach, the former president, gave his first interview in three years to a Vienna daily.",
    '"History will judge the reforms," the ex-president said.',
)
past(
    "The airport was the right call",
    ["Yusuf Kaplan"],
    [],
    "Yusuf Kaplan, who was mayor until 2019, spoke at the airport's tenth anniversary on Friday.",
    '"The airport was the right call," the former mayor said.',
)
past(
    "The airport will double in size",
    ["Mirela Ionescu"],
    ["Yusuf Kaplan"],
    "Yusuf Kaplan, who was mayor until 2019, spoke at the airport's tenth anniversary on Friday. He was followed by Mayor Mirela Ionescu.",
    '"The airport will double in size," the mayor said.',
)
past(
    "The stadium will be finished on time",
    ["Brendan Keogh"],
    ["Niamh Roche"],
    "Brendan Keogh has been mayor since May. His predecessor, Niamh Roche, signed the stadium contract in 2021.",
    '"The stadium will be finished on time," the mayor said.',
)
past(
    "The tram network is my legacy",
    ["Philippa Dunmore"],
    [],
    "The late mayor Philippa Dunmore, who died last week at 81, opened the first tram line in 1994.",
    '"The tram network is my legacy," the mayor said at its opening, according to the Herald\'s archive.',
)
past(
    "I will not seek another term",
    [],
    ["Hamish Orr"],
    "Mayor Ruth Abernethy announced her decision on Monday. Hamish Orr, who was mayor from 2008 to 2016, called it brave.",
    '"I will not seek another term," the mayor said.',
)
past(
    "The council owes the town an apology",
    [],
    ["Clive Ashdown"],
    "Clive Ashdown, a former mayor, attended the council meeting on Thursday as a member of the public.",
    '"The council owes the town an apology," the mayor said.',
)
past(
    "Our finances are sound",
    ["Tomas Velez"],
    ["Inés Salgado"],
    "Mayor Tomas Velez presented the budget on Tuesday. Inés Salgado, who preceded him as mayor, was in the gallery.",
    '"Our finances are sound," the mayor said.',
)
past(
    "The harbour tax was a mistake",
    [],
    ["Agnes Molloy"],
    "The harbour tax was brought in by then-mayor Agnes Molloy in 2004. The council votes on scrapping it next week.",
    '"The harbour tax was a mistake," the mayor said on Tuesday.',
)
past(
    "We will appeal the ruling",
    [],
    ["Conrad Bisset"],
    "Conrad Bisset, the mayor at the time, signed the contract in 2011. The firm is now suing the council.",
    '"We will appeal the ruling," the mayor said on Wednesday.',
)
past(
    "The market hall is safe",
    [],
    ["Mae Holroyd"],
    "Mae Holroyd, mayor until her defeat in May, has stayed out of politics since.",
    "Her successor ordered a survey of the market hall last week.",
    '"The market hall is safe," the mayor said.',
)
past(
    "The council is back on its feet",
    ["Hilde Aas"],
    ["Sverre Lund"],
    "Hilde Aas was deputy mayor until Monday, when the council elected her mayor. Sverre Lund, the mayor she replaced, retired.",
    '"The council is back on its feet," the mayor said.',
)
past(
    "My door is open to the unions",
    ["Lucas Brandvold"],
    ["Mara Quintero"],
    "Lucas Brandvold, Vice-President since 2019, became President in March after Mara Quintero resigned.",
    '"My door is open to the unions," the president said.',
)
past(
    "The flood barrier comes first",
    ["Dermot Quill"],
    [],
    "Dermot Quill, the mayor at the time, ordered the flood barrier after the river burst its banks.",
    '"The flood barrier comes first," the mayor said in 2007.',
)
# --- ranked: a rank, a hyphen, a capital --------------------------------------------------------
ranked(
    "The gritters are out tonight",
    ["Sunita Rao"],
    [],
    "Sunita Rao, the mayor's deputy, took charge of the winter plan on Monday.",
    '"The gritters are out tonight," the deputy mayor said.',
)
ranked(
    "The buses will run as normal",
    ["Gerd Falk"],
    ["Anja Sommer"],
    "Interim Mayor Gerd Falk took over after Mayor Anja Sommer resigned on Friday.",
    '"The buses will run as normal," the acting mayor said.',
)
ranked(
    "City Hall is open for business",
    ["Rosalind Achterberg"],
    ["Quentin Marsh"],
    "Deputy Mayor Rosalind Achterberg is standing in as mayor while Quentin Marsh recovers from surgery.",
    '"City Hall is open for business," the acting mayor said.',
)
ranked(
    "The trade figures are encouraging",
    ["Matthias Klee"],
    [],
    "Vice President Matthias Klee opened the export fair in Linz on Monday.",
    '"The trade figures are encouraging," the vice-president said.',
)
ranked(
    "The border stays open",
    ["Amara Diallo"],
    ["Sekou Traore"],
    "President Amara Diallo and Vice-President Sekou Traore met the delegation at the airport.",
    '"The border stays open," the President said.',
)
ranked(
    "The snow budget is spent",
    ["Petra Novak"],
    ["Ivo Horvat"],
    "Deputy Mayor Ivo Horvat met the road crews on Sunday. Mayor Petra Novak joined them later.",
    '"The snow budget is spent," the Mayor said.',
)
ranked(
    "The library hours will be extended",
    ["Ivo Horvat"],
    ["Petra Novak"],
    "Deputy Mayor Ivo Horvat met the library staff on Sunday. Mayor Petra Novak was in Zagreb.",
    '"The library hours will be extended," the deputy mayor said.',
)
ranked(
    "We are keeping the lights on",
    [],
    ["Fenella Grout"],
    "Mayor Fenella Grout is on maternity leave until March.",
    "Her duties have passed to the council's longest-serving member.",
    '"We are keeping the lights on," the acting mayor said.',
)
ranked(
    "The ferry strike is over",
    ["Cormac Dunne"],
    [],
    "Cormac Dunne has been acting mayor since the death of Mayor Aileen Foyle in June.",
    '"The ferry strike is over," the acting mayor said.',
)
ranked(
    "The ferry timetable is fixed",
    [],
    ["Cormac Dunne"],
    "Cormac Dunne, a deputy to the mayor, chaired the transport committee on Monday.",
    '"The ferry timetable is fixed," the mayor said.',
)
ranked(
    "The hospital will stay open",
    ["Ottavio Serra"],
    ["Bianca Leone"],
    "Prime Minister Ottavio Serra visited the hospital in Bari. Deputy Prime Minister Bianca Leone stayed in Rome.",
    '"The hospital will stay open," the prime minister said.',
)
ranked(
    "The schools reopen on Monday",
    ["Linnea Berg"],
    [],
    "Linnea Berg was named interim mayor on Friday after the council suspended the mayor.",
    '"The schools reopen on Monday," the interim mayor said.',
)
ranked(
    "The water is safe to drink",
    [],
    ["Hugo Brandt"],
    "Hugo Brandt, the mayor's deputy, visited the treatment plant on Monday.",
    '"The water is safe to drink," the mayor said.',
)
ranked(
    "The council tax will rise by 3%",
    [],
    ["Noemi Ferraro"],
    "Acting Mayor Noemi Ferraro handed the budget back to the full council.",
    '"The council tax will rise by 3%," the deputy mayor said.',
)
ranked(
    "The streetlights will be switched back on",
    ["Greer Maddox"],
    [],
    "Greer Maddox, a former deputy mayor who is now mayor, met residents in Holt Ward.",
    '"The streetlights will be switched back on," the mayor said.',
)
ranked(
    "The dam inspection is complete",
    ["Ayodele Bankole"],
    [],
    "Lieutenant Governor Ayodele Bankole was sworn in as governor on Monday after the governor resigned.",
    '"The dam inspection is complete," the governor said.',
)
ranked(
    "The grain deal is signed",
    ["Matthias Klee"],
    [],
    "Vice-President Matthias Klee flew to Odesa on Tuesday.",
    '"The grain deal is signed," the vice president said.',
)
# --- relation: a relation word, surname only, a pronoun after --------------------------------
relation(
    "The housing list will be cut in half",
    ["Aurelia Stone"],
    [],
    "Aurelia Stone, who has held the office of mayor since 2020, unveiled the housing plan on Tuesday.",
    '"The housing list will be cut in half," the mayor said.',
)
relation(
    "Members will get their refunds",
    ["Idris Pugh"],
    [],
    "Idris Pugh took on the role of president at the rugby club in January.",
    '"Members will get their refunds," the president said.',
)
relation(
    "The first hundred days went well",
    ["Keeley Marsh"],
    [],
    "Keeley Marsh ran for mayor in March and won by 412 votes.",
    '"The first hundred days went well," the mayor said.',
)
relation(
    "The union will ballot its members",
    ["Rashid Omar"],
    [],
    "Rashid Omar was promoted to president of the dockers' union last year.",
    '"The union will ballot its members," the president said.',
)
relation(
    "The waterfront deal is done",
    ["Ingrid Solberg"],
    ["Henrik Dahl"],
    "Mayor Ingrid Solberg signed the deal. Henrik Dahl, her husband, watched from the front row.",
    "Solberg later thanked the harbour board.",
    '"The waterfront deal is done," the mayor said.',
)
relation(
    "The curfew is lifted",
    ["Bea Sandoval"],
    ["Marco Ruiz"],
    "Bea Sandoval, elected mayor in 2022, met police chiefs on Monday. She was joined by Marco Ruiz, a senior aide to the mayor.",
    '"The curfew is lifted," the mayor said.',
)
relation(
    "Taxes will not rise this year",
    [],
    ["Marco Ruiz"],
    "Marco Ruiz, an aide to the mayor, handed out copies of the budget before the meeting.",
    '"Taxes will not rise this year," the mayor said.',
)
relation(
    "We will fix the potholes first",
    ["Dorothea Kemp"],
    ["Arlo Finch"],
    "Dorothea Kemp succeeded Arlo Finch as mayor in May.",
    '"We will fix the potholes first," the mayor said.',
)
relation(
    "The old guard has failed",
    [],
    ["Tariq Hussain"],
    "Tariq Hussain, who is running for mayor against the incumbent, held a rally on Saturday.",
    '"The old guard has failed," the mayor said in reply to a question on Sunday.',
)
relation(
    "The inquiry will be public",
    ["Gwendolyn Ash"],
    ["Patrick Ash"],
    "Patrick Ash, the mayor's husband, runs a bakery on the high street. The mayor, Gwendolyn Ash, has been in office since 2018.",
    '"The inquiry will be public," the mayor said.',
)
relation(
    "The parking fees stay",
    [],
    ["Lionel Pratt"],
    "Lionel Pratt, the mayor's spokesman, declined to comment on the parking review.",
    '"The parking fees stay," the mayor said later.',
)
relation(
    "The club is debt free",
    ["Harriet Oakes"],
    ["Ned Vickers"],
    "Harriet Oakes was chosen as club president in June, beating Ned Vickers, a challenger for president, by 40 votes.",
    '"The club is debt free," the president said.',
)
relation(
    "The post office will stay",
    ["Selwyn Hart"],
    [],
    "Selwyn Hart has served two terms as mayor. He was re-elected to the post of mayor on Thursday.",
    '"The post office will stay," the mayor said.',
)
relation(
    "The skate park is approved",
    [],
    ["Dylan Penhale"],
    "Dylan Penhale, a long-standing rival of Mayor Orla Keane, voted against the skate park.",
    '"The skate park is approved," the mayor said.',
)
relation(
    "The night buses return in June",
    [],
    ["Sanne de Wit"],
    "Sanne de Wit, who replaced Mayor Joost Bakker as head of the transport board, presented the plan.",
    '"The night buses return in June," the mayor said.',
)
relation(
    "The high street will be pedestrianised",
    ["Corentin Favre"],
    [],
    "Corentin Favre, mayor of Annecy and a critic of the prime minister, met shopkeepers on Friday.",
    '"The high street will be pedestrianised," the mayor said.',
)
relation(
    "The tourist levy is here to stay",
    ["Kemi Adeyemi"],
    ["Bo Lindqvist"],
    "Kemi Adeyemi beat two rivals to become mayor. Bo Lindqvist, a critic of the mayor, walked out of her first council meeting.",
    '"The tourist levy is here to stay," the mayor said.',
)
relation(
    "The bridge tolls will go",
    [],
    ["Ferdia Walsh"],
    "Ferdia Walsh sought the post of mayor in 2018 and lost. He now runs a bus company.",
    '"The bridge tolls will go," the mayor said.',
)
relation(
    "The budget will be published in full",
    ["Yara Haddad"],
    [],
    "Yara Haddad took up the post of president at the chamber in May.",
    '"The budget will be published in full," the president said.',
)
# --- other_titles: other heads and ranks, another body, paragraphs, "according to" ----------
other(
    "The ceasefire line will hold",
    ["Ruslan Abenov"],
    ["Dana Kemelova"],
    "General Ruslan Abenov commands the northern front. Lieutenant General Dana Kemelova leads the reserve.",
    '"The ceasefire line will hold," the general said.',
)
other(
    "The fire was started deliberately",
    ["Owen Tranter"],
    ["Gail Mercer"],
    "Fire Chief Owen Tranter briefed residents on Wednesday. Deputy Chief Gail Mercer led the crews overnight.",
    '"The fire was started deliberately," the chief said.',
)
other(
    "The drought is over",
    ["Carmen Vidal"],
    ["Russell Pike"],
    "Governor Carmen Vidal lifted the water restrictions. Russell Pike, the former governor, had imposed them in 2021.",
    '"The drought is over," the governor said.',
)
other(
    "The filibuster must go",
    ["Noreen Gale"],
    ["Walt Brennan"],
    "Senator Noreen Gale spoke on the floor for two hours. Walt Brennan, a former senator, watched from the gallery.",
    '"The filibuster must go," the senator said.',
)
other(
    "Voters want change",
    [],
    ["Irving Strand"],
    "Irving Strand was a senator until 2020 and now teaches law in Omaha.",
    '"Voters want change," the senator said on Tuesday.',
)
other(
    "The mine will reopen",
    ["Roderick Pell"],
    ["Jasmine Coote"],
    "Premier Roderick Pell toured the mine in Kalgoorlie. Deputy Premier Jasmine Coote stayed in Perth.",
    '"The mine will reopen," the premier said.',
)
other(
    "The budget rule stays",
    ["Leni Hartmann"],
    ["Boris Lenz"],
    "Chancellor Leni Hartmann met party leaders on Monday. Vice-Chancellor Boris Lenz was in Brussels.",
    '"The budget rule stays," the chancellor said.',
)
other(
    "We will defend the currency",
    ["Efua Mensah"],
    ["Kojo Asante"],
    "President Efua Mensah addressed the nation on Sunday night. Kojo Asante, the president of the chamber of commerce, called for calm the same day.",
    '"We will defend the currency," the president said in her address.',
)
other(
    "The grain convoy will leave at dawn",
    ["Ruslan Abenov"],
    [],
    "The convoy is escorted by troops under General Ruslan Abenov.",
    "Drivers were told to assemble at the depot.",
    '"The grain convoy will leave at dawn," according to the general.',
)
other(
    "The station closes for a year",
    ["Priya Nair"],
    ["Colin Shaw"],
    "Mayor Priya Nair spoke after a meeting with Colin Shaw, a critic of the station plan.",
    '"The station closes for a year," the mayor said. "We will run buses in its place.',
    'There is no other way to do it," she added.',
)
other(
    "There is no other way to do it",
    ["Priya Nair"],
    ["Colin Shaw"],
    "Mayor Priya Nair spoke after a meeting with Colin Shaw, a critic of the mayor's station plan.",
    '"The station closes for a year," the mayor said. "We will run buses in its place.',
    'There is no other way to do it," she added.',
)
other(
    "The embassy will move",
    [],
    ["Ulla Berggren"],
    "Ulla Berggren, the president's chief of staff, flew to Jerusalem on Monday.",
    '"The embassy will move," the president said in a statement.',
)
other(
    "The regiment is ready",
    [],
    ["Petra Salo"],
    "Petra Salo, the general's adjutant, read out the orders of the day.",
    '"The regiment is ready," the general said.',
)
other(
    "The arrests were lawful",
    [],
    ["Dev Malhotra"],
    "Dev Malhotra, a former police chief, has criticised the operation.",
    '"The arrests were lawful," the chief said.',
)
other(
    "We will cut the deficit",
    ["Ana Ribeiro"],
    ["Luis Matos"],
    "Governor Ana Ribeiro took questions at the statehouse.",
    "Luis Matos, the governor of the central bank, said interest rates would stay on hold.",
    '"We will cut the deficit," the governor said, according to a transcript from her office.',
)
other(
    "The veterans deserve better",
    ["Orrin Hale"],
    [],
    "Orrin Hale, a senator from Montana, chairs the veterans committee.",
    "He has held the seat since 2012.",
    '"The veterans deserve better," the senator said.',
)
other(
    "The state is open for business",
    [],
    ["Mila Jovanovic"],
    "Governor-elect Mila Jovanovic will be sworn in next month. The outgoing governor met business leaders on Friday.",
    '"The state is open for business," the governor said.',
)
other(
    "The pipeline bill is dead",
    ["Noreen Gale"],
    [],
    "Senator Noreen Gale blocked the pipeline bill in committee on Thursday.",
    '"The pipeline bill is dead," the Senator said.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
