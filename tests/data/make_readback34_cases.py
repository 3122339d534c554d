# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the read-back set of session 34 (``grounding_readback34.jsonl``): value-support cases
for a quote's speaker whose "he said" or "she said" is read back to an earlier sentence, where
the choice of antecedent is the sentence's subject, not a name in an apposition, an object or
a prepositional phrase, with what must pass and what must fail:

- ``apposed-subject``: the sentence read back to opens with a name and a lower-case
  description or relative set off by commas before its verb ("Mary-Liz Tuck, its chief
  planning officer, stressed", "Her colleague Prof Ed Wild, who works for X, was struck",
  "Also Andriy Yermak, chief of staff, told"), or the name carries post-nominal letters
  ("Judge Ann Vale KC has begun her remarks"): the subject speaks. Refused: a person the
  apposition or an object names, or one named in the sentence before.
- ``name-list``: the subject's sentence runs on with two names joined by "and" ("between
  Leeds and York", "with Macron and Tusk"): no second clause with a subject of its own, the
  subject speaks. Refused: the names of the list and a person of the sentence before.
- ``pronoun-subject``: the sentence between the speaker's and the quote has the quote's own
  pronoun for its subject after a lower-case adverbial ("Once the talks were over he rang
  Y", "Minutes later she thanked Y"): whom it names is its object, the pronoun chain goes
  back to the speaker. Refused: that object.
- ``fronted-subject``: the sentence read back to opens with a fronted adverbial of one or
  more comma chunks, then a name with a lower-case office or kin word before it ("Back in
  March, when the tally fell, border chief Dan Reyes went further", "In Pune, his mother
  Meera Joshi could barely contain her pride"): that name is the subject. Refused: a person
  named in the sentence before.
- ``particle-name``: a name with the particle "des" or "della" ("Laurence des Cars", "Paolo
  della Valle"), written by its surname with the particle ("Des Cars, who took over in 2021,
  said she", "della Valle told reporters"): the particle is part of the name. Refused: a
  person named in the sentence before.

Run ``python tests/data/make_readback34_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_readback34.jsonl")

built = SupportCases("rb34")
quote = built.graded_quote

# --- apposed-subject: "Name, a description, verb ...", then "he said"
C = "apposed-subject"
quote(
    C,
    'Runway\n\nThe airport pushed its second runway back to 2040 on Tuesday. Nadia Ferris, its head of planning, stressed that the project had not been dropped. The airport "still expects to need the runway," she said.\n',
    "still expects to need the runway,",
    ["Nadia Ferris"],
    [],
)
quote(
    C,
    'Trial\n\n"We never expected a result this strong," said Prof Ruth Anders, who led the study. Her colleague Dr Karl Benning, who works as a surgeon for Westgate Hospital, was just as struck. "This is the result we waited ten years for," he said.\n',
    "This is the result we waited ten years for,",
    ["Karl Benning"],
    ["Ruth Anders"],
)
quote(
    C,
    'Talks\n\nThe delegations met for four hours in Geneva. Also Pavel Horak, head of the presidential office, told journalists that a list of prisoners had been handed over. "There are hundreds of names on it," he said.\n',
    "There are hundreds of names on it,",
    ["Pavel Horak"],
    [],
)
quote(
    C,
    'Ferries\n\nThe island council met the operator\'s board on Friday. Owen Price, the council leader, who chaired the meeting with chief executive Lisa Morgan, wanted more winter sailings. "We cannot be cut off for days again," he told the Gazette.\n',
    "We cannot be cut off for days again,",
    ["Owen Price"],
    ["Lisa Morgan"],
)
quote(
    C,
    'Budget\n\nThe finance committee sat late into the night. Marta Silva, a former banker who advised minister Joao Neves for six years, voted against the plan. "The numbers simply do not add up," she said afterwards.\n',
    "The numbers simply do not add up,",
    ["Marta Silva"],
    ["Joao Neves"],
)
quote(
    C,
    'Sentencing\n\n10.15 The court sat again after a short break. 11.02 Judge Helen Marsh KC has begun her remarks. She calls the footage "deeply disturbing". It was, she said, "a night this town will not forget."\n',
    "a night this town will not forget.",
    ["Helen Marsh"],
    [],
)
quote(
    C,
    'Trial\n\nThe jury was sworn in on Monday. Prosecuting, Adam Rees QC told the court that the defendant had planned the fraud for months. "He knew exactly what he was doing," he said.\n',
    "He knew exactly what he was doing,",
    ["Adam Rees"],
    [],
)
# Left out after the merge with named34 (lead, session 34): "Local MP Sarah Clegg MP, who had
# invited the agency's regional director, Tom Hale, thanked volunteers. "...," she said" now
# reads unsure. It passed only while the trailing "MP" made a longer name; without it the
# relative clause naming Tom Hale leaves the read-back unsure (DECISIONS: rvrb34, rvnm34).
quote(
    C,
    'Museum\n\nThe gallery reopened its west wing after two years. Ines Duval, its director since 2021, walked reporters through rooms hung with loans from the Prado. "We have waited a long time for this morning," she said.\n',
    "We have waited a long time for this morning,",
    ["Ines Duval"],
    [],
)
quote(
    C,
    'Rail\n\nThe strike closed every line north of the river. Colm Brady, general secretary of the drivers\' union, which met rail minister Eva Lind last week, refused to call it off. "Nothing she offered touches pay," he told reporters.\n',
    "Nothing she offered touches pay,",
    ["Colm Brady"],
    ["Eva Lind"],
)
quote(
    C,
    'Vaccines\n\nThe first doses arrived at the clinic on Monday. Ana Ortiz, a nurse who trained under Dr Felipe Mora, gave the first injection. "People were queueing before we opened," she said.\n',
    "People were queueing before we opened,",
    ["Ana Ortiz"],
    ["Felipe Mora"],
)
quote(
    C,
    'Harbour\n\nThe port authority unveiled its plan on Wednesday. Tariq Aziz, its chairman, who took over from Hugo Brandt in May, said dredging would start in the spring. "The big ships will come back to this harbour," he added.\n',
    "The big ships will come back to this harbour,",
    ["Tariq Aziz"],
    ["Hugo Brandt"],
)

quote(
    C,
    'Hospital\n\nHealth minister Carl Jensen visited the ward on Monday. Lena Holt, the hospital\'s chief nurse, who has worked there since 1998, showed him the new beds. "We had patients in corridors last winter," she said.\n',
    "We had patients in corridors last winter,",
    ["Lena Holt"],
    ["Carl Jensen"],
)
quote(
    C,
    'Bank\n\nAnalysts at Northgate had expected a cut. Fiona Reid, the bank\'s deputy governor, warned on Thursday that prices were still rising too fast. "We are not there yet," she told the committee.\n',
    "We are not there yet,",
    ["Fiona Reid"],
    ["Northgate"],
)
quote(
    C,
    'Mine\n\nRescuers brought the last of the miners up at dawn, the company\'s spokesman, Juan Rios, said. Pedro Alva, a foreman who spent three days underground, hugged his daughter at the pit head. "I thought about her every hour," he said.\n',
    "I thought about her every hour,",
    ["Pedro Alva"],
    ["Juan Rios"],
)
quote(
    C,
    'Orchestra\n\nConductor Ilse Maier left the company in March. Her successor, Andrei Volkov, who trained in Vienna and Prague, led his first concert on Saturday. "The players gave me everything tonight," he said.\n',
    "The players gave me everything tonight,",
    ["Andrei Volkov"],
    ["Ilse Maier"],
)

# --- name-list: "and" between two names opens no second clause
C = "name-list"
quote(
    C,
    'Rail\n\nWestminster, Wednesday\n\nClara Voss chose the hour after questions to tell MPs that trains would not run between Leeds and York by 2031. "I see no route by which the line opens on time," she said.\n',
    "I see no route by which the line opens on time,",
    ["Clara Voss"],
    [],
)
quote(
    C,
    'Summit\n\nThe leaders met for dinner on Thursday. Prime Minister Jonas Berg sat between Emil Kask and Ana Ruiz, and spoke last. "Europe has to pay for its own defence," he said.\n',
    "Europe has to pay for its own defence,",
    ["Jonas Berg"],
    ["Emil Kask", "Ana Ruiz"],
)
quote(
    C,
    'Water\n\nThe drought order was extended on Monday. Environment secretary Priya Nair told farmers in Kent and Sussex that the ban would last into autumn. "Every reservoir is below half," she said.\n',
    "Every reservoir is below half,",
    ["Priya Nair"],
    [],
)
quote(
    C,
    'Trade\n\nCustoms officials said the queues had cleared by noon. Mayor Lukas Brenner, who had lobbied Vienna and Brussels for a year, welcomed the new crossing. "This bridge changes everything for our town," he said.\n',
    "This bridge changes everything for our town,",
    ["Lukas Brenner"],
    [],
)
quote(
    C,
    'Football\n\nThe club confirmed the sale late on Friday. Owner Rhys Lloyd thanked supporters in Cardiff and Swansea for years of patience. "You kept this club alive," he wrote.\n',
    "You kept this club alive,",
    ["Rhys Lloyd"],
    [],
)
quote(
    C,
    'Talks\n\nThe envoys met again in Doha on Sunday. Foreign minister Leila Haddad spoke by phone with Omar Saleh and Ravi Menon before the session. "We are close, but not there," she said.\n',
    "We are close, but not there,",
    ["Leila Haddad"],
    ["Omar Saleh", "Ravi Menon"],
)
quote(
    C,
    'Elections\n\nThe count ended at dawn. Governor Dana Pruitt carried Marion and Polk counties by wide margins. "Tonight the whole state spoke," she told supporters.\n',
    "Tonight the whole state spoke,",
    ["Dana Pruitt"],
    [],
)
quote(
    C,
    'Science\n\nThe prize was announced in Stockholm on Wednesday. Committee chair Nils Ekberg compared the work of Yuki Sato and Maria Lund to a new kind of microscope. "It lets us see what was invisible," he said.\n',
    "It lets us see what was invisible,",
    ["Nils Ekberg"],
    ["Yuki Sato", "Maria Lund"],
)
quote(
    C,
    'Housing\n\nThe council approved the scheme by one vote. Housing chief Grace Okafor had argued for weeks that homes in Hackney and Islington were out of reach. "Our nurses cannot live where they work," she said.\n',
    "Our nurses cannot live where they work,",
    ["Grace Okafor"],
    [],
)
quote(
    C,
    'Energy\n\nThe pipeline deal was signed on Tuesday. Energy minister Piet de Groot flew to Oslo and Copenhagen to sign it with Erik Dahl. "Gas will flow before next winter," he said.\n',
    "Gas will flow before next winter,",
    ["Piet de Groot"],
    ["Erik Dahl"],
)

quote(
    C,
    'Ports\n\nShipping minister Tom Aske had promised a decision by June. His successor, Mei Chen, flew to Rotterdam and Antwerp on Monday to see the new cranes. "We are years behind them," she said.\n',
    "We are years behind them,",
    ["Mei Chen"],
    ["Tom Aske"],
)
quote(
    C,
    'Cycling\n\nThe race director, Paul Girard, confirmed the route on Tuesday. Rider Lotte Jansen won the stage between Lille and Arras by two minutes. "My legs were on fire on the last climb," she said.\n',
    "My legs were on fire on the last climb,",
    ["Lotte Jansen"],
    ["Paul Girard"],
)
quote(
    C,
    'Schools\n\nTeachers walked out across the region on Wednesday. Education secretary Ruth Kamara met Ian Doyle and Mo Farid of the union late in the day. "There will be a fresh offer by Friday," she said.\n',
    "There will be a fresh offer by Friday,",
    ["Ruth Kamara"],
    ["Ian Doyle", "Mo Farid"],
)

# --- pronoun-subject: the quote's own pronoun is the subject of the sentence between
C = "pronoun-subject"
quote(
    C,
    'White House\n\nPresident Mark Hale hosted the European leaders on Monday. Once the meetings were over he rang Pavel Orlov. Later he announced that a three-way meeting was planned, saying "we will see each other soon".\n',
    "we will see each other soon",
    ["Mark Hale"],
    ["Pavel Orlov"],
)
quote(
    C,
    'Visit\n\nChancellor Anna Weber arrived in Warsaw on Tuesday morning. Minutes later she thanked Tomasz Nowak for his welcome. "This visit was long overdue," she told reporters.\n',
    "This visit was long overdue,",
    ["Anna Weber"],
    ["Tomasz Nowak"],
)
quote(
    C,
    'Strike\n\nUnion leader Gary Platt left the talks early on Friday. After a short break he phoned Sue Ellis. "There is nothing on the table," he told the BBC.\n',
    "There is nothing on the table,",
    ["Gary Platt"],
    ["Sue Ellis"],
)
quote(
    C,
    'Climate\n\nEnvoy Kofi Mensah opened the session in Bonn. By the evening he had met Li Wen and the island delegations. "The money has to come this year," he said.\n',
    "The money has to come this year,",
    ["Kofi Mensah"],
    ["Li Wen"],
)
quote(
    C,
    'Court\n\nJustice Maria Costa read the ruling on Thursday. In a long passage she criticised Raul Vega for the delays. "Justice delayed is justice denied," she said.\n',
    "Justice delayed is justice denied,",
    ["Maria Costa"],
    ["Raul Vega"],
)
quote(
    C,
    'Cabinet\n\nPrime Minister David Osei reshuffled his cabinet on Monday. On Tuesday he sacked Peter Kamau as well. "I need ministers who deliver," he said.\n',
    "I need ministers who deliver,",
    ["David Osei"],
    ["Peter Kamau"],
)
quote(
    C,
    'Tennis\n\nSofia Brandt reached her first final on Saturday. In the semi-final she beat Elena Popova in straight sets. "I played the best tennis of my life," she said.\n',
    "I played the best tennis of my life,",
    ["Sofia Brandt"],
    ["Elena Popova"],
)
quote(
    C,
    'Diplomacy\n\nForeign minister Hans Vogel landed in Ankara at noon. During the lunch he praised Mehmet Kaya for the grain deal. "Turkey has kept its word," he said.\n',
    "Turkey has kept its word,",
    ["Hans Vogel"],
    ["Mehmet Kaya"],
)
quote(
    C,
    'Campaign\n\nSenator Joan Ruiz spent the day in the north of the state. At every stop she attacked Governor Bill Hart over school funding. "Our kids deserve better," she told a crowd in Redding.\n',
    "Our kids deserve better,",
    ["Joan Ruiz"],
    ["Bill Hart"],
)
quote(
    C,
    'Space\n\nCommander Ivo Petrov led the spacewalk on Wednesday. Halfway through it he guided Aiko Tanaka to the broken panel. "That was the hardest six hours of my career," he said afterwards.\n',
    "That was the hardest six hours of my career,",
    ["Ivo Petrov"],
    ["Aiko Tanaka"],
)
quote(
    C,
    'Fire\n\nFire chief Rosa Lind arrived at the warehouse just after midnight. Within an hour she had relieved crew leader Sam Boyd. "We got everyone out, and that is what matters," she said.\n',
    "We got everyone out, and that is what matters,",
    ["Rosa Lind"],
    ["Sam Boyd"],
)

# --- particle-name: a name with "des" or "della", capitalised opening a sentence
C = "particle-name"
quote(
    C,
    'Museum\n\nThe ministry\'s spokesman, Yves Martin, declined to comment. The board met on Monday after the theft. Director Marie des Roches had asked the ministry for new alarms in 2023, according to the minutes. Des Roches, who took over in 2021, said she had warned about the cameras for years. "Nobody listened to us," she said.\n',
    "Nobody listened to us,",
    ["Marie des Roches"],
    ["Yves Martin"],
)
quote(
    C,
    'Bridge\n\nMayor Giulia Ferri had asked for it to stay open. Engineers closed the viaduct on Friday. Paolo della Valle, the regional transport chief, ordered the closure after cracks were found. "We will not take any risk with lives," della Valle told reporters.\n',
    "We will not take any risk with lives,",
    ["Paolo della Valle"],
    ["Giulia Ferri"],
)
quote(
    C,
    'Election\n\nHer rival, Luigi Conti, conceded at six. The count finished at dawn. Della Rovere, the centre-right candidate, won by 400 votes. "This town wanted a change," she told supporters.\n',
    "This town wanted a change,",
    ["Anna della Rovere"],
    ["Luigi Conti"],
)
quote(
    C,
    'Wine\n\nHis neighbour Marc Aubert waited another week. The harvest began early this year. Jean des Pres, who runs the family estate near Beaune, blamed the heat. "We picked in August for the first time," he said.\n',
    "We picked in August for the first time,",
    ["Jean des Pres"],
    ["Marc Aubert"],
)
quote(
    C,
    'Football\n\nThe coach, Enzo Ricci, had been in charge for two years. The club sacked its coach on Sunday. Luca della Torre, the sporting director, announced the decision. "It was time for a new voice," della Torre said.\n',
    "It was time for a new voice,",
    ["Luca della Torre"],
    ["Enzo Ricci"],
)
quote(
    C,
    'Forests\n\nFire chief Paul Girard said 2,000 hectares had burned. Firefighters contained the blaze on Tuesday. Des Lauriers, the prefect, thanked the crews. "They fought for three nights without sleep," she said.\n',
    "They fought for three nights without sleep,",
    ["Sophie des Lauriers"],
    ["Paul Girard"],
)
quote(
    C,
    'Port\n\nUnion leader Bruno Sala called it a fair deal. The dockers ended their strike on Wednesday. Carlo della Rocca, who chairs the port authority, welcomed the deal. "Ships can come back to Genoa," he said.\n',
    "Ships can come back to Genoa,",
    ["Carlo della Rocca"],
    ["Bruno Sala"],
)
quote(
    C,
    'Theatre\n\nThe play\'s author, Louis Brun, was in the audience. The festival opened on Thursday night. Hélène des Forges, its artistic director, chose a comedy to open it. "People need to laugh this year," des Forges said.\n',
    "People need to laugh this year,",
    ["Hélène des Forges"],
    ["Louis Brun"],
)
quote(
    C,
    'Rail\n\nTransport minister Sergio Neri cut the ribbon. The new line opened on Saturday. Marco della Porta, the project\'s chief engineer, rode the first train. "Twelve years of work, and it runs on time," della Porta said.\n',
    "Twelve years of work, and it runs on time,",
    ["Marco della Porta"],
    ["Sergio Neri"],
)
quote(
    C,
    'Schools\n\nEducation official Henri Blanc said 40 per cent of staff walked out. The strike closed half the schools in the city. Claire des Monts, the head of the teachers\' union, called it a success. "Our classes are too big," des Monts told the radio.\n',
    "Our classes are too big,",
    ["Claire des Monts"],
    ["Henri Blanc"],
)

# --- fronted-subject: a named subject after a fronted adverbial of one or more chunks
C = "fronted-subject"
quote(
    C,
    'Border\n\nIts spokeswoman, Carla Mendes, called them provisional. The agency published the figures on Tuesday. Back in March, when the monthly tally fell below 5,000, border chief Dan Reyes went further still. "We have never seen numbers this low," he wrote.\n',
    "We have never seen numbers this low,",
    ["Dan Reyes"],
    ["Carla Mendes"],
)
quote(
    C,
    'Launch\n\nCommander Ravi Joshi radioed that all was well. The capsule docked on Thursday after a day in orbit. In Pune, his mother Meera Joshi could barely contain her pride. "Today the whole street is celebrating," she said.\n',
    "Today the whole street is celebrating,",
    ["Meera Joshi"],
    ["Ravi Joshi"],
)
quote(
    C,
    'Court\n\nDefence lawyer Piotr Zielinski asked for more time. The hearing lasted six hours. After a short recess, judge Irene Kowal returned to the bench. "I have heard enough to decide," she said.\n',
    "I have heard enough to decide,",
    ["Irene Kowal"],
    ["Piotr Zielinski"],
)
quote(
    C,
    'Flood\n\nThe weather office, led by Lena Sund, had issued a red warning. The river crested at dawn. Late on Sunday, with water still rising, mayor Tomas Berg ordered the old town cleared. "We could not wait any longer," he said.\n',
    "We could not wait any longer,",
    ["Tomas Berg"],
    ["Lena Sund"],
)
quote(
    C,
    'Budget\n\nOpposition leader Nadia Saleh walked out. The vote came just before midnight. Asked about the cuts, finance minister Omar Farouk defended every line. "This is a budget for the next generation," he said.\n',
    "This is a budget for the next generation,",
    ["Omar Farouk"],
    [],
)
quote(
    C,
    'Marathon\n\nRace director Amos Kiprop said the course was safe. The race started in light rain. By the halfway mark, when the leaders had dropped the pacemakers, defending champion Ruth Chebet pulled clear. "I felt strong from the start," she said.\n',
    "I felt strong from the start,",
    ["Ruth Chebet"],
    ["Amos Kiprop"],
)
quote(
    C,
    'Factory\n\nUnion official Eva Richter blamed the owners. The plant shut its doors on Friday. In Dortmund, plant manager Klaus Weber handed the keys to the receiver. "Thirty years ended in ten minutes," he said.\n',
    "Thirty years ended in ten minutes,",
    ["Klaus Weber"],
    ["Eva Richter"],
)
quote(
    C,
    'Vaccine\n\nThe study\'s sponsor, Peter Lund, had expected less. The trial results came out on Monday. Speaking at a briefing in Geneva, virologist Ana Costa called them a turning point. "We finally have a tool that works," she said.\n',
    "We finally have a tool that works,",
    ["Ana Costa"],
    ["Peter Lund"],
)
quote(
    C,
    'Storm\n\nEmergency director Maria Vega counted 300 fallen trees. Power was back in most homes by evening. Earlier in the day, while crews cleared the roads, governor Sam Ortiz toured the coast. "The damage is worse than we feared," he said.\n',
    "The damage is worse than we feared,",
    ["Sam Ortiz"],
    ["Maria Vega"],
)
quote(
    C,
    'Chess\n\nHer opponent, Viktor Sokol, left without comment. The final game was drawn in 40 moves. Afterwards, in a packed press room, champion Lin Wei thanked her team. "They saw things I did not see," she said.\n',
    "They saw things I did not see,",
    ["Lin Wei"],
    ["Viktor Sokol"],
)

quote(
    C,
    'Ferry\n\nThe harbour master, Jon Eide, closed the port at noon. On the crossing back, with waves breaking over the deck, captain Siri Holm kept the ferry on course. "I have seen worse, but not often," she said.\n',
    "I have seen worse, but not often,",
    ["Siri Holm"],
    ["Jon Eide"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
