# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of review rv53x of writer fs53x's read-back vetoes (``grounding_rv53x.jsonl``;
:mod:`summarizer.verification.sentences.readback_vetoes`): a bare "...," he said read back to
the one person of the sentence before, at the edges of the vetoes, in

- ``acted_on``: a person done to who then speaks ("Rescuers freed X from the rubble. "I
  thought I would die," she said", "The jury acquitted X", "X was re-elected by members"):
  X's; against one acted on quoted by the actor ("Police arrested X. "He was armed," the
  officer said"), not X's;
- ``reported``: a person reported who speaks next ("The club said X had agreed a new deal.
  "I am happy here," he said"): X's; against a reported subject after "according to" or
  beside the one reporting: not X's;
- ``two_people``: one named person with an unnamed other ("X and his wife", "X and a
  friend") who speaks: X's; against two named people and a quote read back to either;
- ``gender``: a "she" read back to a man, a "he" to a woman, through the vetoed shapes: not
  theirs; against the right one.

Run ``python tests/data/make_rv53x_cases.py`` to rebuild it. Every article below was written
for this set with made-up names; each verdict is what a careful fact-checker reads in the
text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv53x.jsonl")

built = SupportCases(
    "rv53x",
    leads=[
        "By Maren Holt | The Tamar Gazette",
        "ACCRA (Coastline Wire) -",
        "News | The Dales Observer",
    ],
)
ACTED, REPORTED, TWO, GENDER = "acted_on", "reported", "two_people", "gender"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.page_quote(category, words, passes, fails, *paragraphs)


# --- acted_on: a person done to who then speaks (X's); one acted on quoted by another -------
quote(
    ACTED,
    "I thought I would die down there",
    ["Hanna Lindqvist"],
    ["Jonas Berg"],
    "Fire chief Jonas Berg said the search lasted two days.",
    'Rescuers freed Hanna Lindqvist from the rubble on Tuesday. "I thought I would die down there," she said.',
)
quote(
    ACTED,
    "I always knew the truth would come out",
    ["Marek Tomczak"],
    ["Ewa Lis"],
    "Judge Ewa Lis thanked the jurors for their time.",
    'The jury acquitted Marek Tomczak on all counts. "I always knew the truth would come out," he said.',
)
quote(
    ACTED,
    "Thank you for your trust",
    ["Ruth Abiodun"],
    ["Kofi Mensah"],
    "Kofi Mensah, the outgoing treasurer, did not stand.",
    'Ruth Abiodun was re-elected by members on Saturday. "Thank you for your trust," she said.',
)
quote(
    ACTED,
    "I am glad to be home with my family",
    ["Tariq Osman"],
    ["Lena Vogt"],
    "His lawyer, Lena Vogt, had called the case weak.",
    'Police released Tariq Osman without charge on Sunday. "I am glad to be home with my family," he said.',
)
quote(
    ACTED,
    "I want to thank the crew who found me",
    ["Nils Aaberg"],
    ["Karin Dahl"],
    "Coast guard spokeswoman Karin Dahl confirmed the search was over.",
    'A helicopter rescued Nils Aaberg from the cliff after six hours. "I want to thank the crew who found me," he said.',
)
quote(
    ACTED,
    "I did nothing wrong and I will appeal",
    ["Pavel Novak"],
    ["Jana Horak"],
    "Jana Horak chairs the league's disciplinary panel.",
    'The league banned Pavel Novak for six matches on Thursday. "I did nothing wrong and I will appeal," he said.',
)
quote(
    ACTED,
    "The questions were fair and I answered all of them",
    ["Amara Diallo"],
    ["Luc Perrin"],
    "Senator Luc Perrin chaired the hearing.",
    'Amara Diallo was interviewed by the panel for three hours. "The questions were fair and I answered all of them," she said.',
)
quote(
    ACTED,
    "It is the greatest honour of my life",
    ["Ivo Kral"],
    ["Sara Mraz"],
    "Sara Mraz, the academy's president, read the citation.",
    'Ivo Kral was honoured by the academy on Friday. "It is the greatest honour of my life," he said.',
)
quote(
    ACTED,
    "He was armed and he ran",
    [],
    ["Dario Conti"],
    "The street was closed for two hours on Monday.",
    'Police arrested Dario Conti outside the bank. "He was armed and he ran," the officer said.',
)
quote(
    ACTED,
    "She tried to hide the money",
    [],
    ["Helga Strand"],
    "The audit began in March.",
    'Investigators questioned Helga Strand about the accounts. "She tried to hide the money," a detective said.',
)
quote(
    ACTED,
    "He broke the terms of his contract",
    [],
    ["Owen Pryce"],
    "The Rovers board met on Friday night.",
    'The club sacked striker Owen Pryce after the incident. "He broke the terms of his contract," the chairman said.',
)
quote(
    ACTED,
    "He will face trial in the spring",
    [],
    ["Felix Amon"],
    "The hearing lasted twenty minutes.",
    'Prosecutors charged Felix Amon with fraud on Wednesday, two years after the collapse of his firm. "He will face trial in the spring," he said.',
)
quote(
    ACTED,
    "He was lucky to survive the night",
    [],
    ["Bruno Keller"],
    "The storm hit the valley on Sunday.",
    'Bruno Keller was taken to hospital by paramedics after his car left the road near the bridge. "He was lucky to survive the night," a doctor said.',
)
quote(
    ACTED,
    "We had watched him for months",
    [],
    ["Yann Morel"],
    "The raid took place at dawn.",
    'Officers detained Yann Morel at his flat in Lyon. "We had watched him for months," an officer said.',
)

# --- reported: a person reported who speaks next (X's); a reported subject not the speaker ----
quote(
    REPORTED,
    "I am happy here and I want to stay",
    ["Kwame Boateng"],
    ["Otto Lind"],
    "Manager Otto Lind spoke to reporters on Monday.",
    'The club said Kwame Boateng had agreed a new deal. "I am happy here and I want to stay," he said.',
)
quote(
    REPORTED,
    "I knew it was a strong field",
    ["Mira Sollen"],
    ["Peter Haas"],
    "Peter Haas, the race director, praised the volunteers.",
    'Organisers said Mira Sollen had won by four seconds. "I knew it was a strong field," she said.',
)
quote(
    REPORTED,
    "I will not step down",
    ["Aldo Ferri"],
    ["Clara Vitti"],
    "Clara Vitti leads the opposition in the council.",
    'Local media reported that Aldo Ferri was facing a vote of no confidence. "I will not step down," he said.',
)
quote(
    REPORTED,
    "My time here is over",
    ["Jens Moller"],
    ["Rita Sand"],
    "Rita Sand, the board's chair, called a meeting for Friday.",
    'Reports said Jens Moller would resign on Friday. "My time here is over," he said.',
)
quote(
    REPORTED,
    "It was a proud moment for me",
    ["Nadia Karim"],
    ["Hugo Brandt"],
    "Hugo Brandt, the school's head, opened the ceremony.",
    'The school announced Nadia Karim had won the national prize. "It was a proud moment for me," she said.',
)
quote(
    REPORTED,
    "She has not been seen since Tuesday",
    [],
    ["Elin Moss"],
    "The search resumed on Thursday morning.",
    'According to police, Elin Moss was last seen near the harbour. "She has not been seen since Tuesday," an officer said.',
)
quote(
    REPORTED,
    "He signed the papers last week",
    [],
    ["Arne Holm"],
    "The sale was announced on Monday.",
    'The agency said Arne Holm had sold the firm. "He signed the papers last week," a spokesman said.',
)
quote(
    REPORTED,
    "He was there that night",
    [],
    ["Viktor Sandor"],
    "The trial resumed on Wednesday.",
    'A witness told the court Viktor Sandor had been at the bar. "He was there that night," she said.',
)
quote(
    REPORTED,
    "He has been a fine servant of the club",
    [],
    ["Lars Wik"],
    "The club confirmed the news on Monday.",
    'Chairman Erik Rud said Lars Wik would leave in June. "He has been a fine servant of the club," he said.',
)
quote(
    REPORTED,
    "The deal is not done yet",
    [],
    ["Tomas Reyes"],
    "The talks began in May.",
    'According to the newspaper, Tomas Reyes had agreed to the terms. "The deal is not done yet," his agent said.',
)

# --- two_people: one named with an unnamed other (X's); two named, read back to either -------
quote(
    TWO,
    "We lost everything in the fire",
    ["Sean Kelleher"],
    ["Mary Quinn"],
    "Neighbour Mary Quinn called the fire brigade.",
    'Sean Kelleher and his wife escaped through a window. "We lost everything in the fire," he said.',
)
quote(
    TWO,
    "We walked for two days to get here",
    ["Leila Haddad"],
    ["Samir Aziz"],
    "Samir Aziz runs the camp's clinic.",
    'Leila Haddad and her three children reached the camp on Monday. "We walked for two days to get here," she said.',
)
quote(
    TWO,
    "We never expected to win",
    ["Gwen Ellis"],
    ["Rhys Morgan"],
    "Rhys Morgan, the show's judge, announced the prize.",
    'Gwen Ellis and a friend won the baking contest on Saturday. "We never expected to win," she said.',
)
quote(
    TWO,
    "The roof came down in seconds",
    ["Daniel Okafor"],
    ["Ruth Bamidele"],
    "Ruth Bamidele, the council's housing head, visited on Tuesday.",
    'Daniel Okafor and two neighbours were trapped for an hour. "The roof came down in seconds," he said.',
)
quote(
    TWO,
    "It was a team effort",
    ["Carla Mendes"],
    ["Ana Ruiz"],
    "Ana Ruiz presented the award on Friday.",
    'Carla Mendes and her colleagues at the lab won the prize. "It was a team effort," she said.',
)
quote(
    TWO,
    "We will meet again in May",
    [],
    ["Henrik Lund", "Pieter de Vries"],
    "The summit ended on Friday.",
    'Henrik Lund and Pieter de Vries were joined by Mayor Karl Smed at the dinner. "We will meet again in May," he said.',
)
quote(
    TWO,
    "The border must stay open",
    [],
    ["Irina Popa", "Dana Stan"],
    "The meeting lasted four hours.",
    'The plan was drafted by Irina Popa and Dana Stan. "The border must stay open," she said.',
)
quote(
    TWO,
    "We will appeal the ruling",
    [],
    ["Olaf Brun", "Erik Sten"],
    "The court sat in Bergen on Monday.",
    'Olaf Brun or Erik Sten will lead the appeal. "We will appeal the ruling," he said.',
)
quote(
    TWO,
    "It was a long night",
    [],
    ["Mateo Silva", "Rui Costa"],
    "The count ended at dawn.",
    'Mateo Silva, and later Rui Costa, conceded defeat. "It was a long night," he said.',
)
quote(
    TWO,
    "The deal is fair to both sides",
    [],
    ["Hamid Rahimi", "Jalal Noori"],
    "The talks took place in Doha.",
    'The accord was signed by Hamid Rahimi and Jalal Noori on Sunday. "The deal is fair to both sides," he said.',
)

# --- gender: the read-back through a vetoed shape to a pronoun of the other gender -----------
quote(
    GENDER,
    "I thought I would never walk again",
    ["Freya Holm"],
    ["Mr. Anders Holm"],
    "Her husband, Mr. Anders Holm, waited at the gate.",
    'Doctors discharged Freya Holm on Monday after a month in hospital. "I thought I would never walk again," she said.',
)
quote(
    GENDER,
    "Thank you all",
    ["Ingrid Sole"],
    [],
    "The count ended at midnight.",
    'Ingrid Sole was elected by a wide margin. "Thank you all," she said.',
)
quote(
    GENDER,
    "I am innocent",
    [],
    ["Mrs. Petra Lind"],
    "The trial opened on Monday.",
    'Police released Mrs. Petra Lind on bail. "I am innocent," he said.',
)
quote(
    GENDER,
    "My conscience is clear",
    [],
    ["Mr. Kurt Weiss"],
    "The vote was held on Tuesday.",
    'The board said Mr. Kurt Weiss had resigned. "My conscience is clear," she said.',
)
quote(
    GENDER,
    "We were very lucky",
    [],
    ["Mr. Rolf Sander"],
    "The flood hit the village on Sunday.",
    'Mr. Rolf Sander and his daughter were rescued by a boat crew. "We were very lucky," she said.',
)
quote(
    GENDER,
    "I am proud of this team",
    ["Mr. Jon Berge"],
    ["Ms. Siri Berge"],
    "Ms. Siri Berge, the club's president, watched from the stand.",
    'Mr. Jon Berge was appointed coach by the board in June. "I am proud of this team," he said.',
)
quote(
    GENDER,
    "I am grateful to the voters",
    ["Mrs. Alma Rossi"],
    ["Mr. Paolo Rossi"],
    "Mr. Paolo Rossi, her opponent, conceded at ten.",
    'Mrs. Alma Rossi was re-elected by a wide margin. "I am grateful to the voters," she said.',
)
quote(
    GENDER,
    "The verdict is a relief",
    [],
    ["Mr. Emil Hart"],
    "The jury sat for three days.",
    'The jury acquitted Mr. Emil Hart on Friday. "The verdict is a relief," she said.',
)
quote(
    GENDER,
    "I love this city",
    ["Ms. Dora Kis"],
    [],
    "The ceremony was held on Friday.",
    'The mayor honoured Ms. Dora Kis for her work at the shelter. "I love this city," she said.',
)
quote(
    GENDER,
    "I was only doing my job",
    ["Mr. Aron Fekete"],
    [],
    "The fire broke out at night.",
    'Firefighters praised Mr. Aron Fekete for his quick thinking. "I was only doing my job," he said.',
)
quote(
    GENDER,
    "We will rebuild",
    ["Ms. Vera Toth"],
    [],
    "The storm hit on Sunday.",
    'Ms. Vera Toth and her husband lost their home. "We will rebuild," she said.',
)
quote(
    GENDER,
    "I feel fine now",
    ["Mr. Gabor Nagy"],
    [],
    "The crash happened on the motorway.",
    'Paramedics treated Mr. Gabor Nagy at the scene. "I feel fine now," he said.',
)

# --- more of each shape (written with the rest, appended so the ids above stay) ------------
quote(
    ACTED,
    "I am relieved it is over",
    ["Greta Aalto"],
    ["Mikko Rinne"],
    "Mikko Rinne, the complainant, did not attend.",
    'The panel cleared Greta Aalto of misconduct on Thursday. "I am relieved it is over," she said.',
)
quote(
    ACTED,
    "My hands still hurt every morning",
    ["Tobias Brandt"],
    ["Eva Kunz"],
    "Dr Eva Kunz leads the burns unit.",
    'Surgeons treated Tobias Brandt for burns after the blast. "My hands still hurt every morning," he said.',
)
quote(
    ACTED,
    "I drank rainwater for three days",
    ["Rangi Parata"],
    ["Mere Tane"],
    "Mere Tane, his sister, raised the alarm.",
    'The coast guard found Rangi Parata alive on Sunday. "I drank rainwater for three days," he said.',
)
quote(
    ACTED,
    "I have never seen so much cash in one car",
    [],
    ["Stefan Kovac"],
    "The checkpoint was set up on Friday.",
    'Police stopped Stefan Kovac on the motorway. "I have never seen so much cash in one car," an officer said.',
)
quote(
    REPORTED,
    "I am proud to take this job",
    ["Olena Marchuk"],
    ["Igor Savchenko"],
    "Igor Savchenko, the outgoing ambassador, left on Monday.",
    'The ministry confirmed that Olena Marchuk had been appointed ambassador. "I am proud to take this job," she said.',
)
quote(
    REPORTED,
    "I have been training for this all year",
    ["Jonas Eklund"],
    ["Per Nyberg"],
    "Per Nyberg, the coach, picked the team on Sunday.",
    'The federation said Jonas Eklund would run in the final. "I have been training for this all year," he said.',
)
quote(
    REPORTED,
    "I love this city and I will be back",
    ["Lucia Ortega"],
    ["Mario Vega"],
    "Mario Vega, the festival director, closed the night.",
    'The paper reported Lucia Ortega had sold out all three nights. "I love this city and I will be back," she said.',
)
quote(
    REPORTED,
    "I made a mistake",
    ["Anton Pichler"],
    ["Sabine Gruber"],
    "Sabine Gruber, the party leader, spoke on Monday.",
    'Officials said Anton Pichler had repaid the money. "I made a mistake," he said.',
)
quote(
    REPORTED,
    "I was only doing my job",
    ["Keiko Mori"],
    ["Daichi Ono"],
    "Daichi Ono, the station chief, praised the crew.",
    'Witnesses said Keiko Mori had pulled two children from the car. "I was only doing my job," she said.',
)
quote(
    TWO,
    "I still come in every day",
    ["Walter Brenn"],
    ["Heidi Roth"],
    "Heidi Roth, the firm's new chief, took over in May.",
    'Walter Brenn and his brother founded the firm in 1990. "I still come in every day," he said.',
)
quote(
    TWO,
    "We fell in love with the valley",
    ["Fiona Blair"],
    ["Angus Reid"],
    "The farm's old owner, Angus Reid, moved to Perth.",
    'Fiona Blair and her partner bought the farm last year. "We fell in love with the valley," she said.',
)
quote(
    TWO,
    "We sat on the runway for five hours",
    ["Ravi Menon"],
    ["Priya Nair"],
    "Priya Nair, the airline's spokeswoman, apologised.",
    'Ravi Menon and the other passengers waited without water. "We sat on the runway for five hours," he said.',
)
quote(
    TWO,
    "We found it by chance",
    ["Ida Sorensen"],
    ["Magnus Holt"],
    "Magnus Holt, the museum's curator, confirmed the find.",
    'Ida Sorensen and a colleague spotted the coin in a field. "We found it by chance," she said.',
)
quote(
    TWO,
    "We were outnumbered",
    ["Callum Fraser"],
    ["Isla Munro"],
    "Isla Munro refereed the match.",
    'Callum Fraser and his team lost in the final. "We were outnumbered," he said.',
)
quote(
    GENDER,
    "I am innocent",
    [],
    ["Mr. Hans Ebert"],
    "The trial opened on Monday.",
    'Police released Mr. Hans Ebert on bail. "I am innocent," she said.',
)
quote(
    GENDER,
    "I made a mistake",
    [],
    ["Ms. Lotte Brink"],
    "The audit was published on Monday.",
    'Officials said Ms. Lotte Brink had repaid the money. "I made a mistake," he said.',
)
quote(
    GENDER,
    "I still come in every day",
    ["Mr. Ugo Bassi"],
    ["Mrs. Nora Bassi"],
    "Mrs. Nora Bassi, his sister, runs the shop.",
    'Mr. Ugo Bassi and his son opened the bakery in 1980. "I still come in every day," he said.',
)
quote(
    GENDER,
    "I want to go home",
    ["Ms. Amina Yusuf"],
    ["Mr. Bello Yusuf"],
    "Mr. Bello Yusuf, her brother, spoke to reporters.",
    'Soldiers freed Ms. Amina Yusuf after a month. "I want to go home," she said.',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
