# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the described-speaker set of session 35 (``grounding_descspk35.jsonl``): value-support
cases for a quote's speaker when the quote is credited to a description of a person named
before it, not to the name, with what must pass and what must fail:

- ``age``: "the 52-year-old told the court", "said the 67-year-old": the person the page gives
  that age (", 52,", "(67)", "aged 29", "19-year-old sprinter X"). Refused: a person named
  nearer who has another age or none (the detective who questioned him, the coach watching);
- ``office-title``: "the governor said", "The judge refused:": the person the page writes with
  that title. Refused: a person named nearer who holds no such title (a fire chief, a lawyer);
- ``country-description``: "the Chilean president said", "The Norwegian premier added:": the
  person the page ties to that country. Refused: the other country's leader named beside them;
- ``relation``: "her Peruvian counterpart said", "The Latvian host was blunt:", "said the
  Slovenian guest": the person the page ties to the description's country, never the owner of
  "her" or the other side of the visit. Refused: the other side;
- ``owned-office``: "his office said", "her office said in a statement": the office of the
  person the pronoun stands for ("X's office"). Refused: another person's office, a spokesman
  the page does not name;
- ``two-fitting``: two people named before the credit; one fits the description ("the judge"
  with a judge and a barrister) and speaks. Refused: the one that does not fit. When the
  description fits both ("the minister" after two ministers) the new reader is unsure and the
  quote readers' verdict stands (rvds35: such cases are kept only where that verdict is right).

Run ``python tests/data/make_descspk35_cases.py`` to rebuild it. Every sentence is written for
this set (fictional people, outlets and places), in wordings other than the outside checks':
other verbs, the credit before and after the quote, with and without a speech verb, British
and American styles; each verdict is what a careful fact-checker reads, decided when written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_descspk35.jsonl")

built = SupportCases(
    "ds35",
    leads=[
        "By Orla Fenwick | The Riverside Courier",
        "KESTON (Meridian Wire) -",
        "WORLD DESK | The Harbour Gazette",
        "From our correspondent, The Upland Examiner.",
    ],
)


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(category, words, passes, fails, *paragraphs)


C = "age"
quote(
    C,
    [
        "Detective Sergeant Lucy Marsh interviewed Oskar Brandt, 52, at Hove police station on Tuesday.",
        '"I was nowhere near the warehouse," the 52-year-old told the court.',
    ],
    "I was nowhere near the warehouse,",
    ["Oskar Brandt"],
    ["Lucy Marsh"],
)
quote(
    C,
    [
        "Farmer Glen Hollis (67) has worked the same hillside for four decades. His neighbour Ruth Dale joined the protest at the gate.",
        '"They will have to carry me off this land," said the 67-year-old.',
    ],
    "They will have to carry me off this land,",
    ["Glen Hollis"],
    ["Ruth Dale"],
)
quote(
    C,
    [
        "34-year-old striker Dani Ruiz scored twice against Leyton. Coach Mark Ebbs praised the whole side afterwards.",
        'The 34-year-old was modest: "It was a team effort, both goals."',
    ],
    "It was a team effort, both goals.",
    ["Dani Ruiz"],
    ["Mark Ebbs"],
)
quote(
    C,
    [
        "The court heard that Priya Nair, aged 29, had worked at the bank for six years. Prosecutor Alan Greer told jurors the money went out in small sums.",
        'Asked why, the 29-year-old replied: "I needed it for my mother."',
    ],
    "I needed it for my mother.",
    ["Priya Nair"],
    ["Alan Greer"],
)
quote(
    C,
    [
        "Sen. Harold Quinn, 81, has served in the chamber since 1989. His Republican challenger, Megan Tully, 44, has called on him to step aside.",
        '"I have never been sharper," the 81-year-old told supporters in Dayton.',
    ],
    "I have never been sharper,",
    ["Harold Quinn"],
    ["Megan Tully"],
)
quote(
    C,
    [
        "Coach Rita Olsen, 58, watched from the stands as 19-year-old sprinter Jonas Keel broke the national record.",
        '"I felt the wind on the last bend," the 19-year-old said.',
    ],
    "I felt the wind on the last bend,",
    ["Jonas Keel"],
    ["Rita Olsen"],
)
quote(
    C,
    [
        "Retired teacher Margaret Ode, 90, met the education minister, Colin Fry, at the school gates.",
        '"I taught three generations in this building," said the 90-year-old.',
    ],
    "I taught three generations in this building,",
    ["Margaret Ode"],
    ["Colin Fry"],
)
quote(
    C,
    [
        "Flight attendant Nadia Karim, 27, was on the morning shift. The pilot, Captain Rob Hale, landed the jet safely on one engine.",
        '"We just held hands and prayed," the 27-year-old recalled.',
    ],
    "We just held hands and prayed,",
    ["Nadia Karim"],
    ["Rob Hale"],
)
quote(
    C,
    [
        "Chef Arturo Bellini (45) opened his first restaurant in Turin. Food critic Joan Wells gave it four stars.",
        'The 45-year-old added: "Turin taught me patience."',
    ],
    "Turin taught me patience.",
    ["Arturo Bellini"],
    ["Joan Wells"],
)
quote(
    C,
    [
        "Marathon runner Bea Novak, 72, crossed the line ahead of 63-year-old Tom Greaves.",
        '"Age is only a number," said the 72-year-old.',
    ],
    "Age is only a number,",
    ["Bea Novak"],
    ["Tom Greaves"],
)
quote(
    C,
    [
        "Witness Carl Iddon (56) told police he saw a white van. Defence barrister Sophie Lam challenged that account on Thursday.",
        '"I know what I saw," the 56-year-old insisted under cross-examination.',
    ],
    "I know what I saw,",
    ["Carl Iddon"],
    ["Sophie Lam"],
)

C = "office-title"
quote(
    C,
    [
        "Governor Dana Whitlock toured the flooded town with fire chief Omar Reyes on Sunday.",
        '"We will rebuild every single home," the governor said.',
    ],
    "We will rebuild every single home,",
    ["Dana Whitlock"],
    ["Omar Reyes"],
)
quote(
    C,
    [
        "Mayor Colm Brennan opened the new bridge; engineer Aoife Daly cut the ribbon.",
        '"This bridge ends a forty-year wait," said the mayor.',
    ],
    "This bridge ends a forty-year wait,",
    ["Colm Brennan"],
    ["Aoife Daly"],
)
quote(
    C,
    [
        "Judge Harriet Oyelaran heard the application. Defence lawyer Martin Hale asked for bail.",
        'The judge refused: "The risk of flight is too great."',
    ],
    "The risk of flight is too great.",
    ["Harriet Oyelaran"],
    ["Martin Hale"],
)
quote(
    C,
    [
        "Prime Minister Anders Lund met the union leader Kari Moe on Thursday.",
        '"The door remains open," the prime minister told reporters afterwards.',
    ],
    "The door remains open,",
    ["Anders Lund"],
    ["Kari Moe"],
)
quote(
    C,
    [
        "Ambassador Keiko Sato was received by the foreign ministry's chief of staff, Paul Renner.",
        '"Our countries share more than trade," the ambassador said in a speech.',
    ],
    "Our countries share more than trade,",
    ["Keiko Sato"],
    ["Paul Renner"],
)
quote(
    C,
    [
        "Senator Grace Obi questioned the army's top lawyer, Colonel Dean Fisk, for an hour.",
        '"Who signed the order?" the senator asked.',
    ],
    "Who signed the order?",
    ["Grace Obi"],
    ["Dean Fisk"],
)
quote(
    C,
    [
        "Chancellor Ingrid Vogt flew to Lisbon and toured the docks with harbour master Paulo Reis.",
        '"Europe needs these ports," said the chancellor.',
    ],
    "Europe needs these ports,",
    ["Ingrid Vogt"],
    ["Paulo Reis"],
)
quote(
    C,
    [
        "President Amara Diallo greeted Dr Seun Okafor, the head of the medical mission, at the airport.",
        '"You have saved thousands of lives," the president told the doctors.',
    ],
    "You have saved thousands of lives,",
    ["Amara Diallo"],
    ["Seun Okafor"],
)
quote(
    C,
    [
        "Commissioner Beatriz Lago presented the report alongside the economist Hugo Marsh.",
        'Then the commissioner warned: "Growth will stall next year."',
    ],
    "Growth will stall next year.",
    ["Beatriz Lago"],
    ["Hugo Marsh"],
)
quote(
    C,
    [
        "Prosecutor Femi Adeyemi read out the charges against Lionel Crabtree.",
        '"The evidence is overwhelming," the prosecutor said.',
    ],
    "The evidence is overwhelming,",
    ["Femi Adeyemi"],
    ["Lionel Crabtree"],
)
quote(
    C,
    [
        "Spokeswoman Hana Kovac took questions from the reporter Ivan Petrov.",
        '"No decision has been taken," the spokeswoman said.',
    ],
    "No decision has been taken,",
    ["Hana Kovac"],
    ["Ivan Petrov"],
)

C = "country-description"
quote(
    C,
    [
        "Chilean President Rosa Ibarra hosted Argentine President Tomas Lenz in Santiago on Monday.",
        '"Our border is a bridge, not a wall," the Chilean president said.',
    ],
    "Our border is a bridge, not a wall,",
    ["Rosa Ibarra"],
    ["Tomas Lenz"],
)
quote(
    C,
    [
        "Chilean President Rosa Ibarra hosted Argentine President Tomas Lenz in Santiago on Monday.",
        '"We came here to listen," said the Argentine president.',
    ],
    "We came here to listen,",
    ["Tomas Lenz"],
    ["Rosa Ibarra"],
)
quote(
    C,
    [
        "Kenyan Foreign Minister Joyce Wambui met Ugandan Foreign Minister Peter Ssali in Nairobi.",
        '"Trade must come first," the Kenyan minister told journalists.',
    ],
    "Trade must come first,",
    ["Joyce Wambui"],
    ["Peter Ssali"],
)
quote(
    C,
    [
        "Norwegian Prime Minister Eva Strand spoke after Danish Prime Minister Jens Holm.",
        'The Norwegian premier added: "Fish do not respect borders."',
    ],
    "Fish do not respect borders.",
    ["Eva Strand"],
    ["Jens Holm"],
)
quote(
    C,
    [
        "Indonesian Foreign Minister Sari Wulan met Malaysian Foreign Minister Azman Hakim in Jakarta.",
        '"The strait belongs to both of us," said the Malaysian minister.',
    ],
    "The strait belongs to both of us,",
    ["Azman Hakim"],
    ["Sari Wulan"],
)
quote(
    C,
    [
        "Ghanaian President Kofi Anane welcomed Nigerian President Bola Adisa to Accra.",
        '"West Africa must trade with itself," the Ghanaian leader told the summit.',
    ],
    "West Africa must trade with itself,",
    ["Kofi Anane"],
    ["Bola Adisa"],
)
quote(
    C,
    [
        "Turkish Foreign Minister Selim Aksoy held talks with Greek Foreign Minister Nikos Pappas.",
        '"The islands are not for sale," the Greek minister insisted.',
    ],
    "The islands are not for sale,",
    ["Nikos Pappas"],
    ["Selim Aksoy"],
)
quote(
    C,
    [
        "French President Claire Dumont received German Chancellor Otto Brandt at the Elysee.",
        '"Europe\'s engine is running again," said the French president.',
    ],
    "Europe's engine is running again,",
    ["Claire Dumont"],
    ["Otto Brandt"],
)
quote(
    C,
    [
        "Portuguese Prime Minister Rui Matos met Spanish Prime Minister Elena Ruiz in Porto.",
        '"Iberia speaks with one voice," the Spanish prime minister said.',
    ],
    "Iberia speaks with one voice,",
    ["Elena Ruiz"],
    ["Rui Matos"],
)
quote(
    C,
    [
        "Canadian Prime Minister Julie Tremblay and Mexican President Diego Salinas spoke for an hour.",
        '"The tariffs hurt us both," the Mexican president said.',
    ],
    "The tariffs hurt us both,",
    ["Diego Salinas"],
    ["Julie Tremblay"],
)

C = "relation"
quote(
    C,
    [
        "Bolivian President Ana Quispe hosted Peruvian President Jorge Salas in La Paz.",
        '"We leave with a water deal," her Peruvian counterpart said.',
    ],
    "We leave with a water deal,",
    ["Jorge Salas"],
    ["Ana Quispe"],
)
quote(
    C,
    [
        "Estonian Prime Minister Kaja Tamm travelled to Riga to meet Latvian Prime Minister Arturs Ozols.",
        'The Latvian host was blunt: "Our skies need more fighters."',
    ],
    "Our skies need more fighters.",
    ["Arturs Ozols"],
    ["Kaja Tamm"],
)
quote(
    C,
    [
        "Austrian Chancellor Lukas Berger welcomed Slovenian Prime Minister Marko Kos to Vienna.",
        '"The tunnel will open in spring," said the Slovenian guest.',
    ],
    "The tunnel will open in spring,",
    ["Marko Kos"],
    ["Lukas Berger"],
)
quote(
    C,
    [
        "Senegalese President Moussa Diop phoned Malian President Ibrahim Toure on Monday.",
        '"We want the convoys moving again," his Malian counterpart told state radio.',
    ],
    "We want the convoys moving again,",
    ["Ibrahim Toure"],
    ["Moussa Diop"],
)
quote(
    C,
    [
        "Finnish President Aino Laine received Swedish Prime Minister Nils Berg in Helsinki.",
        'The Finnish host told the press: "Our border is Europe\'s border."',
    ],
    "Our border is Europe's border.",
    ["Aino Laine"],
    ["Nils Berg"],
)
quote(
    C,
    [
        "Belgian Prime Minister Luc Peeters met Dutch Prime Minister Sanne Visser in Antwerp.",
        'Afterwards the Dutch guest said: "The port feeds both our economies."',
    ],
    "The port feeds both our economies.",
    ["Sanne Visser"],
    ["Luc Peeters"],
)
quote(
    C,
    [
        "Egyptian Foreign Minister Samir Fawzi hosted Jordanian Foreign Minister Omar Haddad in Cairo.",
        '"The crossings must open today," the Egyptian host said.',
    ],
    "The crossings must open today,",
    ["Samir Fawzi"],
    ["Omar Haddad"],
)
quote(
    C,
    [
        "Polish President Adam Nowicki visited Lithuanian President Rasa Vaitkus in Vilnius.",
        '"Poland will stand at this gap with you," said her Polish guest.',
    ],
    "Poland will stand at this gap with you,",
    ["Adam Nowicki"],
    ["Rasa Vaitkus"],
)
quote(
    C,
    [
        "Italian Prime Minister Giulia Conti telephoned Croatian Prime Minister Ivo Babic on Friday.",
        'Her Croatian counterpart later wrote: "The Adriatic is our shared garden."',
    ],
    "The Adriatic is our shared garden.",
    ["Ivo Babic"],
    ["Giulia Conti"],
)
quote(
    C,
    [
        "Argentine President Tomas Lenz flew to Montevideo to see Uruguayan President Martin Sosa.",
        '"You are always welcome here," the Uruguayan host told him.',
    ],
    "You are always welcome here,",
    ["Martin Sosa"],
    ["Tomas Lenz"],
)
quote(
    C,
    [
        "Hungarian Prime Minister Bence Kovacs met Serbian President Dragan Ilic in Szeged.",
        '"The fence stays," the Hungarian host declared.',
    ],
    "The fence stays,",
    ["Bence Kovacs"],
    ["Dragan Ilic"],
)

C = "owned-office"
quote(
    C,
    [
        "Senator Paul Whitaker voted against the farm bill on Tuesday.",
        '"The senator stands by his vote," his office said in a statement.',
    ],
    "The senator stands by his vote,",
    ["Paul Whitaker's office"],
    ["Paul Whitaker's campaign"],
)
quote(
    C,
    [
        "Mr Dev Patel, the transport secretary, cancelled his trip to Leeds.",
        '"He is needed in London for the rail talks," his office explained.',
    ],
    "He is needed in London for the rail talks,",
    ["Dev Patel's office"],
    ["Dev Patel's union"],
)
quote(
    C,
    [
        "The mayor, Laura Finch, has been asked to appear before the inquiry.",
        '"She will cooperate fully," her office said on Friday.',
    ],
    "She will cooperate fully,",
    ["Laura Finch's office"],
    ["Laura Finch's party"],
)
quote(
    C,
    [
        "Congressman Ray Dunn missed three votes this week.",
        'His office told the Courier: "He was at his father\'s bedside."',
    ],
    "He was at his father's bedside.",
    ["Ray Dunn's office"],
    ["Ray Dunn's family"],
)
quote(
    C,
    [
        "Prime Minister Hugo Brand will not attend the summit in Oslo.",
        '"The prime minister will join by video," his office said.',
    ],
    "The prime minister will join by video,",
    ["Hugo Brand's office"],
    ["Hugo Brand's party"],
)
quote(
    C,
    [
        "Mayor Elliot Rowe has approved the housing plan for the docks.",
        'His office added: "Building starts in March."',
    ],
    "Building starts in March.",
    ["Elliot Rowe's office"],
    ["Elliot Rowe's rival"],
)
quote(
    C,
    [
        "President Nadia Farouk postponed her state visit to Rome.",
        '"The president will travel in the autumn," her office announced.',
    ],
    "The president will travel in the autumn,",
    ["Nadia Farouk's office"],
    ["Nadia Farouk's government"],
)
quote(
    C,
    [
        "Senator Carlos Mendez has returned the donation.",
        '"Every cent has gone back," his office wrote in an email.',
    ],
    "Every cent has gone back,",
    ["Carlos Mendez's office"],
    ["Carlos Mendez's campaign"],
)

quote(
    C,
    [
        "Mayor Dmitri Valk skipped Thursday's council vote on the bus depot.",
        '"The mayor was unwell and stayed at home," his office said.',
    ],
    "The mayor was unwell and stayed at home,",
    ["Dmitri Valk's office"],
    ["Dmitri Valk's lawyer"],
)
quote(
    C,
    [
        "Senator Lucia Ferro did not attend the hearing in Denver.",
        'Her office said in a statement: "The senator was needed in Washington."',
    ],
    "The senator was needed in Washington.",
    ["Lucia Ferro's office"],
    ["Lucia Ferro's party"],
)

C = "two-fitting"
quote(
    C,
    [
        "Judge Olu Bamidele and the barrister Kim Frost clashed over the timetable on Monday.",
        '"We will sit until six o\'clock," the judge said.',
    ],
    "We will sit until six o'clock,",
    ["Olu Bamidele"],
    ["Kim Frost"],
)
quote(
    C,
    [
        "Mayor Petra Lind and the developer Ross Quayle unveiled the stadium plans.",
        'The mayor promised: "Not one tree will be lost."',
    ],
    "Not one tree will be lost.",
    ["Petra Lind"],
    ["Ross Quayle"],
)
quote(
    C,
    [
        "Governor Alan Pike and the state auditor, Renee Cho, released the figures together.",
        '"The books now balance," said the governor.',
    ],
    "The books now balance,",
    ["Alan Pike"],
    ["Renee Cho"],
)
quote(
    C,
    [
        "Judge Anna Pryce and Judge Leon Mbeki sat together on the appeal.",
        'The judge told the court: "This ruling is final."',
    ],
    "This ruling is final.",
    [],
    ["Anna Pryce", "Leon Mbeki"],
)
quote(
    C,
    [
        "Ambassador Lin Wei greeted Ambassador Tomas Berg at the reception.",
        '"Peace is made at dinners like this," said the ambassador.',
    ],
    "Peace is made at dinners like this,",
    [],
    ["Tomas Berg"],
)
quote(
    C,
    [
        "President Ines Moreau spoke with the economist Raj Menon before the vote.",
        '"The reform is fair," the president insisted.',
    ],
    "The reform is fair,",
    ["Ines Moreau"],
    ["Raj Menon"],
)
quote(
    C,
    [
        "Commissioner Tomas Reyna and the lawyer Greta Holm appeared before the committee.",
        'Later the commissioner told MPs: "We acted on the best advice."',
    ],
    "We acted on the best advice.",
    ["Tomas Reyna"],
    ["Greta Holm"],
)
quote(
    C,
    [
        "Prosecutor Ada Quist and the defendant, Noel Barr, both spoke on the last day.",
        '"Justice has been served," the prosecutor said afterwards.',
    ],
    "Justice has been served,",
    ["Ada Quist"],
    ["Noel Barr"],
)
quote(
    C,
    [
        "Mayor Ruth Akande and the police chief, Sam Doyle, visited the estate.",
        '"This estate will get its youth centre back," the mayor said.',
    ],
    "This estate will get its youth centre back,",
    ["Ruth Akande"],
    ["Sam Doyle"],
)
quote(
    C,
    [
        "Chancellor Erik Saar and the banker Lotte Reis toured the new mint.",
        'Afterwards the chancellor wrote: "Our coins will be made at home again."',
    ],
    "Our coins will be made at home again.",
    ["Erik Saar"],
    ["Lotte Reis"],
)
quote(
    C,
    [
        "Ambassador Fatima Idris and the trade envoy's driver, Colin Marr, were stopped at the border.",
        '"We were held for six hours," the ambassador complained.',
    ],
    "We were held for six hours,",
    ["Fatima Idris"],
    ["Colin Marr"],
)
quote(
    C,
    [
        "Senator Ruth Calder questioned the retired admiral Neil Stroud at length.",
        '"Were you told or not?" asked the senator.',
    ],
    "Were you told or not?",
    ["Ruth Calder"],
    ["Neil Stroud"],
)
quote(
    C,
    [
        "Spokesman Karl Engel and Spokesman Dirk Vos both briefed reporters in Bonn.",
        '"The talks go on tomorrow," said the spokesman.',
    ],
    "The talks go on tomorrow,",
    [],
    ["Karl Engel", "Dirk Vos"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
