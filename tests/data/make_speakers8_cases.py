# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the eighth speakers set (``grounding_speakers8.jsonl``): value-support cases for three
ways a correct quote speaker was refused as unsupported, or a wrong one accepted, by category,
each with what must pass and what must fail (the quote given to the wrong person is refused):

- ``pronoun-past-object``: a "he" or "she" read back to a sentence whose main clause has one
  named subject and names another person only in an object, a relative clause or a
  subordinate clause goes to the main subject; the other person is refused. When that other
  person is the subject of a speech verb, the pronoun goes to them only if the page marks the
  main subject with the other gender, and to the main subject only if the page marks them so;
  two candidates (coordinated subjects "A and B said", or a man reported speaking inside the
  sentence) are refused as unconfirmed;
- ``nested-quote``: a quotation right after an inner verb of calling, describing or saying
  ("had called the reform "..."", "described X as "..."", "had said it was "..."") inside
  reported speech is the inner subject's, and the reporter is refused (unsupported); a quote
  with no inner verb ("said that X had been "..."") stays the reporter's, and a pronoun inner
  subject ("said he had called it") is the reporter's own;
- ``epithet``: an epithet speaking a quote ("the Oregon Democrat said", "the 36-year-old
  said", "said the former general", "the Chilean leader called") is the one person the page
  described so before (nationality, state, party, office, age); the rival quoted in between
  is refused (unsupported), and when two people fit (two Brazilian presidents, two Oregon
  Democrats) both are refused as unconfirmed.

Run ``python tests/data/make_speakers8_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers8.jsonl")

built = SupportCases("sp8")


# Each case's why also says the verdict's strength (see :meth:`SupportCases.quote`).
quote = partial(built.quote, strength="unsupported")


Q1, Q2 = "\u201c", "\u201d"

# --- pronoun-past-object: the pronoun reads back to the main clause's subject
C = "pronoun-past-object"
quote(
    C,
    'Audit cleared\n\nPrime Minister Halvard Moe praised the report by auditor Kari Strand, which found no sign of fraud in the ferry contracts.\n\n"This closes the matter for good," he said.\n',
    "This closes the matter for good,",
    ["Halvard Moe"],
    ["Kari Strand"],
)
quote(
    C,
    f"New pitch\n\nCoach Iker Zubia thanked Ms. Laura Pinto, who said the club would pay for a new training pitch.\n\n{Q1}We owe her a great deal,{Q2} he said.\n",
    "We owe her a great deal,",
    ["Iker Zubia"],
    ["Laura Pinto"],
)
quote(
    C,
    'Council audit\n\nMs. Dana Whitfield, whom Governor Eli Brandt appointed in March, said the audit of the council was finished.\n\n"Every account has been checked twice," she told reporters.\n',
    "Every account has been checked twice,",
    ["Dana Whitfield"],
    ["Eli Brandt"],
)
quote(
    C,
    'Merger\n\nChief executive Moritz Kahl, whom analyst Priya Nair had criticised for months, said the merger was "good for everyone who works here".\n',
    "good for everyone who works here",
    ["Moritz Kahl"],
    ["Priya Nair"],
)
quote(
    C,
    f"Winter fund\n\nMayor Tom Okafor welcomed the heating grant after Mrs. Ines Varga announced it on Monday.\n\n{Q1}It arrives just in time for the cold,{Q2} he said.\n",
    "It arrives just in time for the cold,",
    ["Tom Okafor"],
    ["Ines Varga"],
)
quote(
    C,
    'Capitol Wire\n\nSenator Ray Dunn said the amendment tabled by Senator Noor Aziz had been withdrawn late on Thursday. "We simply ran out of votes," he told the Capitol Wire.\n',
    "We simply ran out of votes,",
    ["Ray Dunn"],
    ["Noor Aziz"],
)
quote(
    C,
    "Loan talks\n\nFinance Minister Arvid Lund said the bridging loan arranged by Commissioner Elena Rossi had \u201cbought us a season\u201d, he told a news conference in Tallinn.\n",
    "bought us a season",
    ["Arvid Lund"],
    ["Elena Rossi"],
)
quote(
    C,
    'Shelter\n\nArchbishop Paolo Ferri met Ms. Hanna Berg, who told reporters the night shelter had been full since Sunday.\n\n"We will open the crypt tonight," he said.\n',
    "We will open the crypt tonight,",
    ["Paolo Ferri"],
    ["Hanna Berg"],
)
quote(
    C,
    f"Transfer window\n\nStriker Kofi Mensah, whose move from Dynamo was signed off by director Lars Juhl, arrived at the training ground on Friday.\n\n{Q1}I can finally unpack my bags,{Q2} he said.\n",
    "I can finally unpack my bags,",
    ["Kofi Mensah"],
    ["Lars Juhl"],
)
quote(
    C,
    'Depot\n\nMs. Ada Fenn thanked Mr. Olu Bakare, who said the bus depot would reopen before the holidays.\n\n"It will take a month at most," he said.\n',
    "It will take a month at most,",
    ["Olu Bakare"],
    ["Ada Fenn"],
)
quote(
    C,
    f"Budget row\n\nMs. Greta Holm criticised the budget drafted by Finance Minister Jon Eide and his deputy.\n\n{Q1}It leaves the north behind again,{Q2} she said.\n",
    "It leaves the north behind again,",
    ["Greta Holm"],
    ["Jon Eide"],
)
quote(
    C,
    'ANKARA (Meridian Wire) - Foreign Minister Emre Kaya, who hosted his Greek counterpart Nikos Pappas on Tuesday, said the talks had been frank.\n\n"We did not avoid the hard questions," he added.\n',
    "We did not avoid the hard questions,",
    ["Emre Kaya"],
    ["Nikos Pappas"],
)
quote(
    C,
    f"Flood grant\n\nMayor Rosa Lindqvist thanked Governor Paul Amon for the flood grant, which she said had come just in time.\n\n{Q1}The new bridge will open in May,{Q2} she said.\n",
    "The new bridge will open in May,",
    ["Rosa Lindqvist"],
    ["Paul Amon"],
)
# keep refusing: two coordinated subjects, a man reported speaking inside the sentence (not
# to "him": 'Vance had told him' leaves Marsh alone, make_fixspeech_cases.py's told-pronoun)
quote(
    C,
    "Pipeline\n\nChancellor Rolf Eder and Prime Minister Sven Dahl said the pipeline deal was done.\n\n\u201cGas will flow by spring,\u201d he said.\n",
    "Gas will flow by spring,",
    [],
    ["Rolf Eder", "Sven Dahl"],
    strength="unconfirmed",
)
quote(
    C,
    'Bridge closure\n\nGovernor Leo Marsh said Mr. Carl Vance had told reporters the old bridge was unsafe.\n\n"We are closing it tonight," he said.\n',
    "We are closing it tonight,",
    [],
    ["Leo Marsh", "Carl Vance"],
    strength="unconfirmed",
)

# --- nested-quote: an inner verb of calling or saying governs the quote
C = "nested-quote"
quote(
    C,
    'Tirana assembly\n\nSpeaker Ilir Basha told parliament on Wednesday that opposition leader Arben Gashi had called the pension reform "a robbery in broad daylight".\n',
    "a robbery in broad daylight",
    ["Arben Gashi"],
    ["Ilir Basha"],
)
quote(
    C,
    "Fire service\n\nA council spokesman, Tim Rowe, said Mayor Jean Dufort had described the fire service as \u201cstretched to breaking point\u201d.\n",
    "stretched to breaking point",
    ["Jean Dufort"],
    ["Tim Rowe"],
)
quote(
    C,
    'Pay offer\n\nUnion leader Maria Costa said the chief executive, Paul Snow, had termed the offer "final and generous".\n',
    "final and generous",
    ["Paul Snow"],
    ["Maria Costa"],
)
quote(
    C,
    'Bridge trial\n\nProsecutors told the court that Mr. Devlin had warned that the bridge "would not survive another winter".\n',
    "would not survive another winter",
    ["Devlin"],
    [],
)
quote(
    C,
    "Selection row\n\nHale had called the selection vote \u201ca stitch-up from start to finish\u201d, his deputy Rana Malik told the Evening Standard.\n",
    "a stitch-up from start to finish",
    ["Hale"],
    ["Rana Malik"],
)
quote(
    C,
    'Warsaw\n\nForeign Minister Jan Ostrowski told reporters that President Viktor Lenz had said it was "a very good day for Europe".\n',
    "a very good day for Europe",
    ["Viktor Lenz"],
    ["Jan Ostrowski"],
)
quote(
    C,
    f"Cuts\n\nIn a letter to members, chairwoman Olga Petrov wrote that Director Ian Blake had described the cuts as {Q1}painful but fair{Q2}.\n",
    "painful but fair",
    ["Ian Blake"],
    ["Olga Petrov"],
)
quote(
    C,
    'Ward inquiry\n\nDr. Amina Yusuf told the inquiry that the minister, Karl Feld, had called the ward "a disgrace to the service".\n',
    "a disgrace to the service",
    ["Karl Feld"],
    ["Amina Yusuf"],
)
quote(
    C,
    'Road works\n\nMr. Okoro said Governor Bello had told him the road "will be finished before the rains".\n',
    "will be finished before the rains",
    ["Bello"],
    ["Okoro"],
)
quote(
    C,
    "Stadium\n\nThe coach, Ruud Brink, told the club's website that captain Sem de Wit had dubbed the new pitch \u201ca ploughed field\u201d.\n",
    "a ploughed field",
    ["Sem de Wit"],
    ["Ruud Brink"],
)
quote(
    C,
    'Emissions bill\n\nAnchor Mikkel Dahl quoted Senator Ilse Vogt as calling the bill "a gift to the polluters" during the evening news.\n',
    "a gift to the polluters",
    ["Ilse Vogt"],
    ["Mikkel Dahl"],
)
quote(
    C,
    "Planning board\n\nCouncillor Priya Shah, who sits on the planning board, said developer Ron Tate had branded the objectors \u201ca noisy few\u201d.\n",
    "a noisy few",
    ["Ron Tate"],
    ["Priya Shah"],
)
# near misses: no inner verb (the words describe someone), a pronoun inner subject, a pledge
quote(
    C,
    'Phone call\n\nChancellor Ida Brenner said that President Tom Wexler had been "open and direct" during the call.\n',
    "open and direct",
    ["Ida Brenner"],
    ["Tom Wexler"],
)
quote(
    C,
    "Committee\n\nMs. Sorensen told the committee that Mr. Haas was \u201cthe wrong man for the job\u201d.\n",
    "the wrong man for the job",
    ["Sorensen"],
    ["Haas"],
)
quote(
    C,
    'Cup exit\n\nCoach Dirk Maes said he had called the decision "a scandal" at the time and stood by it.\n',
    "a scandal",
    ["Dirk Maes"],
    [],
)
quote(
    C,
    'Farm bill\n\nMinister Olu Adeyemi said the plan, which Senator Bako had drafted, was "dead on arrival".\n',
    "dead on arrival",
    ["Olu Adeyemi"],
    ["Bako"],
)
quote(
    C,
    'County roads\n\nGovernor Nia Holt said the county had pledged to repair the bridge "within a few weeks".\n',
    "within a few weeks",
    ["Nia Holt"],
    [],
)

# --- epithet: the one person the page described so
C = "epithet"
quote(
    C,
    'Banking bill\n\nSen. Marisa Quint (D-Ore.) opposed the bill on Tuesday. Sen. Dale Whitcomb (R-Texas) said it would pass easily.\n\n"It is a giveaway to the banks," the Oregon Democrat said.\n',
    "It is a giveaway to the banks,",
    ["Marisa Quint"],
    ["Dale Whitcomb"],
)
quote(
    C,
    f"Santiago summit\n\nChilean President Ana Robles hosted Peruvian President Diego Salas in Santiago on Monday. Salas said the border talks had been useful.\n\nThe Chilean leader called the meeting {Q1}a fresh start for the region{Q2}.\n",
    "a fresh start for the region",
    ["Ana Robles"],
    ["Diego Salas"],
)
quote(
    C,
    'Tartu race\n\nKaarel Tamm, 71, a retired judge, entered the mayoral race on Sunday. His opponent, Liis Saar, said the city needed fresh blood.\n\n"I have more energy than my staff," the 71-year-old told supporters.\n',
    "I have more energy than my staff,",
    ["Kaarel Tamm"],
    ["Liis Saar"],
)
quote(
    C,
    "Candidacy\n\nVusi Dlamini, a former general, announced his bid for the party leadership. Party chair Nomsa Khoza said the contest would be open.\n\n\u201cThe barracks taught me patience,\u201d said the former general.\n",
    "The barracks taught me patience,",
    ["Vusi Dlamini"],
    ["Nomsa Khoza"],
)
quote(
    C,
    'Draft text\n\nGhanaian envoy Kwame Asante chaired the session. Nigerian envoy Bola Ige said the draft was far too weak.\n\n"We will fix it tonight," the Ghanaian diplomat said.\n',
    "We will fix it tonight,",
    ["Kwame Asante"],
    ["Bola Ige"],
)
quote(
    C,
    f"Nordic talks\n\nNorwegian Prime Minister Eva Brekke met Danish Prime Minister Mads Holt in Oslo. Holt said the fishing quota was settled.\n\n{Q1}The quota is the easy part,{Q2} the Norwegian premier said.\n",
    "The quota is the easy part,",
    ["Eva Brekke"],
    ["Mads Holt"],
)
quote(
    C,
    'Steel tariffs\n\nRep. Carl Dunmore, a Republican from Ohio, voted for the tariff. Rep. Lena Ortiz, a Democrat from Michigan, said it would cost jobs.\n\n"The mills need time," the Ohio Republican said.\n',
    "The mills need time,",
    ["Carl Dunmore"],
    ["Lena Ortiz"],
)
quote(
    C,
    "Derby\n\nVeteran striker Marco Bellini, 36, scored twice on Sunday. Coach Enzo Ricci praised the whole side.\n\nThe 36-year-old said he was \u201cnot thinking about retirement yet\u201d.\n",
    "not thinking about retirement yet",
    ["Marco Bellini"],
    ["Enzo Ricci"],
)
quote(
    C,
    'Trade talks\n\nMexican Finance Minister Rosa Ibarra met U.S. Treasury Secretary Paul Grant in Washington. Grant said the remittance rules would stay.\n\n"We expected nothing less," the Mexican minister said.\n',
    "We expected nothing less,",
    ["Rosa Ibarra"],
    ["Paul Grant"],
)
quote(
    C,
    f"Brussels\n\nDutch lawmaker Femke Visser tabled the motion. Belgian lawmaker Jan Peeters said he would abstain.\n\n{Q1}This is about clean water, nothing else,{Q2} said the Dutch lawmaker.\n",
    "This is about clean water, nothing else,",
    ["Femke Visser"],
    ["Jan Peeters"],
)
quote(
    C,
    'Westminster\n\nLabour MP Sarah Doyle led the debate on rail fares. Conservative MP Tom Fry said the fares were fair.\n\n"Commuters are being fleeced," the Labour MP said.\n',
    "Commuters are being fleeced,",
    ["Sarah Doyle"],
    ["Tom Fry"],
)
# refused as unconfirmed: two people on the page fit the epithet
quote(
    C,
    "Brasilia\n\nBrazilian President Joao Alves met former Brazilian President Caio Mendes on Friday.\n\n\u201cThe country needs calm,\u201d the Brazilian leader said.\n",
    "The country needs calm,",
    [],
    ["Joao Alves", "Caio Mendes"],
    strength="unconfirmed",
)
quote(
    C,
    'Timber bill\n\nSen. Ruth Caine (D-Ore.) backed the timber bill. Sen. Paul Ames (D-Ore.) voted against it.\n\n"The forests come first," the Oregon Democrat said.\n',
    "The forests come first,",
    [],
    ["Ruth Caine", "Paul Ames"],
    strength="unconfirmed",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
