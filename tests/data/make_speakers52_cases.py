# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 50-52's quote speakers (``grounding_speakers52.jsonl``): a quote
given to the one who acts in its own clause, where the attribution is not "X said"
(:mod:`summarizer.verification.quotes.expressed_quotes`), by category, each with what must pass and
what must fail:

- ``object-quote``: the quoted words are the object of the named subject's verb of expressing
  ("Lula praised the "..."", "X was pleased, calling it a "..."", "X repeated a line: "...""),
  over an aside after the name; the person the words name inside the marks, the one praised,
  another clause's subject and the outlet told stay refused;
- ``referred-subject``: the subject is a pronoun, a title or an epithet ("She stressed that",
  "The Brazilian leader ... told him he was "...""), read back to the one person it stands
  for; a pronoun whose nearest antecedent is someone else, a title fitting another named
  person, stay refused;
- ``for-view``: "For X, ..., Y "..."" gives the view to X, never to Y, the one it is about;
- ``unknown-epithet``: an epithet with a proper word that the page gives no one ('"...," the
  Tennessee Republican said', "The American president spoke of "..."") stands for the one
  person the sentence before names (an epithet of a people only when the page speaks of
  that people elsewhere, session 24); two people named there, an epithet of no proper word
  ("the official"), a person the page gives another people's word ("North Korean leader"),
  or a name only further back, stay refused.

Run ``python tests/data/make_speakers52_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers52.jsonl")

built = SupportCases(
    "s52",
    leads=[
        "NAIROBI (East Africa Wire) -",
        "By Carla Mendes | The Atlantic Review",
        "From our Brussels bureau.",
        "ANALYSIS | The Mekong Monitor",
        "Translated from the Spanish service of Radio Andes.",
    ],
)
OBJECT, REFERRED, FOR, UNKNOWN = "object-quote", "referred-subject", "for-view", "unknown-epithet"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# object-quote: the quote as the object of the subject's own verb
quote(
    OBJECT,
    "great diplomatic skill of the Malian President",
    ["Juergen Chrobog"],
    ["Amadou Toumani Toure"],
    "German envoy Juergen Chrobog flew to Bamako to collect the freed tourists; Mali's president, Amadou Toumani Toure, received him.",
    'Chrobog, whose plane touched down in Mali on Sunday, praised the "great diplomatic skill of the Malian President" in securing the release.',
)
quote(
    OBJECT,
    "a good first step",
    ["Human Rights Watch"],
    ["Antony Blinken"],
    "Secretary of State Antony Blinken announced the new visa restrictions on Tuesday.",
    'Human Rights Watch was cautious as well, calling it "a good first step" that had to be followed by sanctions.',
)
quote(
    OBJECT,
    "There is no peace without justice.",
    ["Cyril Ramaphosa"],
    ["Paul Kagame"],
    "South African President Cyril Ramaphosa spoke for twenty minutes at the summit, where Paul Kagame also took the floor.",
    'Ramaphosa said the talks had moved forward, and he repeated a line he often uses: "There is no peace without justice."',
)
quote(
    OBJECT,
    "a historic day for workers",
    ["Lula"],
    [],
    "Finance Minister Fernando Haddad presented the income tax bill on Monday.",
    'Lula welcomed the vote in the lower house, hailing "a historic day for workers" at a rally in Sao Paulo.',
)
quote(
    OBJECT,
    "the Caribbean's first climate refugees",
    ["Mia Mottley"],
    ["Ralph Gonsalves"],
    "Barbados Prime Minister Mia Mottley met St Vincent's Ralph Gonsalves after the storm.",
    'Mottley, who chairs the regional grouping this year, proposed naming the displaced islanders "the Caribbean\'s first climate refugees".',
)
quote(
    OBJECT,
    "a betrayal of the Good Friday Agreement",
    ["Sinn Fein"],
    ["Rishi Sunak"],
    "Rishi Sunak's government published the legacy bill on Wednesday.",
    'Sinn Fein condemned the measure, describing it as "a betrayal of the Good Friday Agreement".',
)
quote(
    OBJECT,
    "the most serious crisis of my mandate",
    ["Pedro Sanchez"],
    ["Alberto Nunez Feijoo"],
    "Opposition leader Alberto Nunez Feijoo demanded a snap election on Thursday.",
    'Pedro Sanchez thanked his ministers on Friday and offered what he called a plain admission: "the most serious crisis of my mandate".',
)
quote(
    OBJECT,
    "a turning point for the region",
    ["Anthony Albanese"],
    ["Xi Jinping"],
    "Australian Prime Minister Anthony Albanese met Xi Jinping in Beijing on Monday.",
    'Albanese, speaking after the meeting, hailed the resumption of trade as "a turning point for the region".',
)
quote(
    OBJECT,
    "an attack on the whole Union",
    ["Ursula von der Leyen"],
    ["Viktor Orban"],
    "Hungary's Viktor Orban again blocked the aid package at the summit.",
    'Ursula von der Leyen denounced the sabotage of the Nord Stream pipelines as "an attack on the whole Union".',
)
quote(
    OBJECT,
    "the best deal we could get",
    ["Keir Starmer"],
    ["Donald Trump"],
    "Donald Trump announced the tariff deal with Britain from the Oval Office.",
    'Keir Starmer defended the agreement in the Commons, calling it "the best deal we could get" for carmakers.',
)
quote(
    OBJECT,
    "a new chapter",
    ["William Ruto"],
    [],
    "President William Ruto received the first police contingent's report in Nairobi.",
    'Ruto praised the mission\'s officers, promising Haitians "a new chapter" once the gangs were pushed back.',
)
# near misses: another person's words inside the object, the one praised, a clause of someone else's
quote(
    OBJECT,
    "a reliable partner",
    ["Emmanuel Macron"],
    [],
    "Indian Prime Minister Narendra Modi arrived in Paris on Thursday.",
    'Emmanuel Macron greeted his guest on the steps of the Elysee, praising Modi as "a reliable partner".',
)
quote(
    OBJECT,
    "a dangerous escalation",
    ["Josep Borrell"],
    ["Hakan Fidan", "Reuters"],
    "Turkish Foreign Minister Hakan Fidan flew to Brussels on Monday.",
    'Fidan welcomed the statement, which Josep Borrell had called "a dangerous escalation" a day earlier.',
)
quote(
    OBJECT,
    "not authorised to talk to the media",
    [],
    ["Reuters"],
    "President Ferdinand Marcos flew to Jolo on Friday.",
    '"They are now safe and were not authorised to talk to the media," the official told Reuters.',
)

quote(
    OBJECT,
    "a slap in the face",
    [],
    ["Karin Lindgren"],
    "Sweden's nurses walked out on Monday.",
    'Health Minister Karin Lindgren welcomed the talks but said the union had branded the offer "a slap in the face".',
)
quote(
    OBJECT,
    "a first step",
    ["Stephane Dujarric"],
    [],
    "The truce took hold in Gaza on Sunday morning.",
    'UN Secretary-General Antonio Guterres\' spokesman Stephane Dujarric praised the truce as "a first step".',
)

# referred-subject: the subject is a pronoun, a title or an epithet
quote(
    REFERRED,
    "very glad",
    ["Vladimir Putin"],
    [],
    "North Korean leader Kim Jong Un and Russian President Vladimir Putin met on Wednesday at the Vostochny spaceport.",
    "Kim arrived by armoured train.",
    'The Russian leader greeted his guest with a long handshake and told him he was "very glad" to see him.',
)
quote(
    REFERRED,
    "THE 12 DAY WAR",
    ["Donald Trump"],
    ["Benjamin Netanyahu"],
    "On Monday evening President Donald Trump announced on Truth Social that Israel and Iran had agreed to a ceasefire.",
    "Under his timetable Iran stops first.",
    'He proposed calling it "THE 12 DAY WAR".',
)
quote(
    REFERRED,
    "the number one priority is deterrence",
    ["Liz Truss"],
    ["Vladimir Putin"],
    "Foreign Secretary Liz Truss spoke to Sky News on Sunday.",
    'She stressed that "the number one priority is deterrence" before any talks with Vladimir Putin.',
)
quote(
    REFERRED,
    "We are not giving up a single metre",
    ["Volodymyr Zelensky"],
    ["Mark Rutte"],
    "Ukrainian President Volodymyr Zelensky met Nato's new chief, Mark Rutte, in Kyiv on Thursday.",
    "Rutte spoke first.",
    'Zelensky then took the floor. He repeated a promise to soldiers at the front: "We are not giving up a single metre."',
)
quote(
    REFERRED,
    "a shameful day for our democracy",
    ["Yoon Suk Yeol"],
    ["Han Duck-soo"],
    "South Korean President Yoon Suk Yeol addressed the nation on Saturday, two days after parliament moved to impeach him.",
    'The 63-year-old denounced the vote, calling it "a shameful day for our democracy".',
)
quote(
    REFERRED,
    "an honest broker",
    ["Recep Tayyip Erdogan"],
    ["Sergei Lavrov"],
    "Turkish President Recep Tayyip Erdogan opened the Istanbul talks on Tuesday morning.",
    'The Turkish leader welcomed both delegations, promising to remain "an honest broker" for as long as it took.',
)
quote(
    REFERRED,
    "a clear road map",
    ["Mark Carney"],
    ["Doug Ford"],
    "Prime Minister Mark Carney met the premiers in Huntsville on Tuesday.",
    'He welcomed their support, hailing "a clear road map" for trade within Canada.',
)
quote(
    REFERRED,
    "the door is open",
    ["Olaf Scholz"],
    ["Friedrich Merz"],
    "Chancellor Olaf Scholz lost a confidence vote in the Bundestag on Monday.",
    'He then thanked his coalition partners and repeated a line from the campaign: "the door is open".',
)
quote(
    REFERRED,
    "Our country is not for sale",
    ["Mette Frederiksen"],
    ["Donald Trump"],
    "Danish Prime Minister Mette Frederiksen visited Nuuk on Wednesday.",
    'She welcomed the new Greenlandic government and repeated her answer to Washington: "Our country is not for sale."',
)
quote(
    REFERRED,
    "a victory for the Constitution",
    [],
    ["Norma Pina"],
    "Mexican President Claudia Sheinbaum spoke at her morning news conference.",
    'The president hailed the vote in the Senate, calling it "a victory for the Constitution".',
)
# near misses: the pronoun's nearest antecedent is someone else; a title fitting the other
quote(
    REFERRED,
    "we will not be rushed",
    ["Sergei Lavrov"],
    ["Antony Blinken"],
    "Secretary of State Antony Blinken arrived in Geneva on Friday.",
    "Russian Foreign Minister Sergei Lavrov kept him waiting for an hour.",
    'He proposed a shorter agenda, promising that "we will not be rushed".',
)
quote(
    REFERRED,
    "a very good friend",
    ["Shigeru Ishiba"],
    [],
    "President Donald Trump hosted Japanese Prime Minister Shigeru Ishiba at the White House.",
    "Trump spoke for most of the press conference.",
    'The Japanese leader praised his host, calling him "a very good friend" of Japan.',
)

# for-view: "For X, ..., Y "..."" is X's view
quote(
    FOR,
    "pulled off a major diplomatic coup",
    ["Zobel Behalal"],
    ["Donald Trump"],
    "The presidents of Congo and Rwanda signed the accord in Washington on Thursday.",
    'For Zobel Behalal, a former UN expert on Congo, Mr Trump "pulled off a major diplomatic coup" by bringing the two men together.',
)
quote(
    FOR,
    "a gamble that could backfire",
    ["Tatiana Stanovaya"],
    ["Vladimir Putin"],
    "Vladimir Putin ordered the partial mobilisation on Wednesday.",
    'For Tatiana Stanovaya, a political analyst, Putin has taken "a gamble that could backfire" at home.',
)
quote(
    FOR,
    "the end of an era",
    ["Thabo Mbeki"],
    ["Jacob Zuma"],
    "Jacob Zuma resigned as president late on Wednesday.",
    'For Thabo Mbeki, his predecessor, Zuma\'s exit marked "the end of an era" for the ANC.',
)
quote(
    FOR,
    "a textbook coup",
    ["Human Rights Watch"],
    [],
    "General Abdourahamane Tiani named himself head of state in Niamey.",
    'For Human Rights Watch, the junta staged "a textbook coup" and must free the president.',
)
quote(
    FOR,
    "bought himself time",
    ["Paul Krugman"],
    ["Javier Milei"],
    "Argentina's President Javier Milei won the midterm vote on Sunday.",
    'For Paul Krugman, the economist, Milei has "bought himself time" but not a recovery.',
)
quote(
    FOR,
    "a pragmatic choice",
    ["Celso Amorim"],
    ["Lula"],
    "Lula decided to skip the summit in Kazan.",
    'For Celso Amorim, the president\'s foreign policy adviser, Lula made "a pragmatic choice" after his fall at home.',
)
quote(
    FOR,
    "lost the room",
    ["Nadine Dorries"],
    ["Boris Johnson"],
    "Boris Johnson survived a confidence vote on Monday evening.",
    'For Nadine Dorries, a loyal ally, Johnson had "lost the room" only briefly.',
)
quote(
    FOR,
    "turned the page on apartheid",
    ["Desmond Tutu"],
    ["Nelson Mandela"],
    "Nelson Mandela was sworn in as president in Pretoria in May 1994.",
    'For Desmond Tutu, the archbishop, Mandela had "turned the page on apartheid" that day.',
)
quote(
    FOR,
    "misread the mood of the country",
    ["Marine Le Pen"],
    ["Emmanuel Macron"],
    "Emmanuel Macron dissolved the National Assembly on Sunday night.",
    'For Marine Le Pen, the far-right leader, Macron "misread the mood of the country".',
)
quote(
    FOR,
    "won the argument",
    ["Ivan Krastev"],
    ["Ursula von der Leyen"],
    "Ursula von der Leyen won a second term in the European Parliament on Thursday.",
    'For Ivan Krastev, a Bulgarian political scientist, von der Leyen had "won the argument" on Ukraine.',
)
quote(
    FOR,
    "overplayed his hand",
    ["Fiona Hill"],
    ["Vladimir Putin"],
    "Vladimir Putin ordered troops into Ukraine in February 2022.",
    'For Fiona Hill, a former White House adviser, Putin has "overplayed his hand" in Europe.',
)
quote(
    FOR,
    "a necessary compromise",
    ["Ngozi Okonjo-Iweala"],
    ["Katherine Tai"],
    "US trade representative Katherine Tai agreed the fisheries text in Geneva.",
    'For Ngozi Okonjo-Iweala, the WTO\'s director-general, Tai struck "a necessary compromise" on subsidies.',
)


def nation(words: str, person: str, rivals: list[str], country: str, *paragraphs: str) -> None:
    """An epithet of a people ("the Italian prime minister") the page gives no one: with a
    line of ``country`` (the page speaks of that people elsewhere) it stands for ``person``,
    the one the sentence before names; without it (session 24) the epithet fits no one named
    and ``person`` is refused: the page never says who they are ("the Indian leader" after Xi
    Jinping alone is not Xi's)."""
    quote(UNKNOWN, words, [person], rivals, country, *paragraphs)
    quote(UNKNOWN, words, [], [person], *paragraphs)


# unknown-epithet: an epithet the page gives no one, for the one person just named
quote(
    UNKNOWN,
    "sends a strong signal to Moscow",
    ["Bob Corker"],
    ["Ben Cardin"],
    "Four senators wrote the text, led by Foreign Relations chairman Bob Corker and ranking member Ben Cardin.",
    'Corker put out a statement minutes after the vote. "The Senate sends a strong signal to Moscow," the Tennessee Republican said.',
)
nation(
    "great day",
    "Donald Trump",
    [],
    "American mediators had brokered the text in June.",
    "Felix Tshisekedi and Paul Kagame signed the accord on Thursday at the institute recently renamed after Donald Trump.",
    "The ceremony was hosted by Donald Trump.",
    'The American president spoke of a "great day" for Africa.',
)
quote(
    UNKNOWN,
    "very optimistic",
    [],
    ["Scott Bessent"],
    "Treasury Secretary Scott Bessent announced the swap line on Thursday.",
    "Javier Milei landed in Washington on Monday.",
    'The Argentine leader told reporters he was "very optimistic" about the talks.',
)
nation(
    "We will not be blackmailed",
    "Giorgia Meloni",
    ["Ursula von der Leyen"],
    "Italy's coast guard counted 600 arrivals on the island over the weekend.",
    "Ursula von der Leyen announced the migration pact in Brussels.",
    "Giorgia Meloni flew to Lampedusa on Sunday.",
    '"We will not be blackmailed," the Italian prime minister said on the quay.',
)
nation(
    "A new era of stability begins today",
    "Nicolas Maduro",
    ["Edmundo Gonzalez"],
    "Venezuela's electoral council had declared him the winner in July.",
    "Opposition candidate Edmundo Gonzalez remained in exile in Madrid.",
    "Nicolas Maduro was sworn in for a third term on Friday.",
    '"A new era of stability begins today," the Venezuelan leader said in Caracas.',
)
nation(
    "a necessary step",
    "Kais Saied",
    ["Najla Bouden"],
    "Tunisia's parliament was not consulted.",
    "Prime Minister Najla Bouden had resigned a week earlier.",
    "Kais Saied dissolved the municipal councils on Wednesday.",
    'The Tunisian president called it "a necessary step" against corruption.',
)
nation(
    "as a friend",
    "Narendra Modi",
    ["Volodymyr Zelensky"],
    "India has kept buying Russian oil since 2022.",
    "Volodymyr Zelensky welcomed the visit.",
    "Narendra Modi arrived in Kyiv by train on Friday.",
    'The Indian premier said he had come "as a friend" of both countries.',
)
nation(
    "I have not resigned",
    "Sheikh Hasina",
    ["Muhammad Yunus"],
    "Bangladesh holds elections in February.",
    "Muhammad Yunus was sworn in as interim leader in Dhaka.",
    "Sheikh Hasina has lived in India since August.",
    '"I have not resigned," the former Bangladeshi prime minister said in a statement.',
)
nation(
    "Do not be afraid: we are the majority now",
    "Yulia Navalnaya",
    ["Roberta Metsola"],
    "Russia's embassy did not comment.",
    "Parliament's president, Roberta Metsola, opened the session.",
    "Yulia Navalnaya spoke for twelve minutes.",
    '"Do not be afraid: we are the majority now," the Russian opposition leader told the chamber.',
)
nation(
    "the gravest crisis since independence",
    "Azali Assoumani",
    ["Mohamed Bazoum"],
    "The Comoros took over the rotating chair in February.",
    "Mohamed Bazoum remained in detention in Niamey.",
    "Azali Assoumani chaired the African Union session in Addis Ababa.",
    'The Comorian president called the coups "the gravest crisis since independence" for the continent.',
)
# near misses
quote(
    UNKNOWN,
    "We got very close",
    [],
    ["Vladimir Putin"],
    "Relations have been frosty since 2022.",
    "Donald Trump met Vladimir Putin in Anchorage on Friday.",
    '"We got very close," the American president said afterwards.',
)
quote(
    UNKNOWN,
    "a fair deal for farmers",
    [],
    ["Rishi Sunak"],
    "Rishi Sunak visited a dairy farm in Devon.",
    "The tour lasted an hour.",
    '"This is a fair deal for farmers," the Welsh minister said.',
)
quote(
    UNKNOWN,
    "A day of shame",
    [],
    ["Michel Barnier"],
    "Emmanuel Macron named Michel Barnier prime minister on Thursday.",
    '"A day of shame," the French leader said.',
)
nation(
    "We will keep a cool head",
    "Claudia Sheinbaum",
    ["Marcelo Ebrard"],
    "Mexico sends more than 80 percent of its exports to the United States.",
    "Economy Secretary Marcelo Ebrard flew to Washington on Monday for the tariff talks.",
    "Claudia Sheinbaum answered questions at her morning briefing.",
    '"We will keep a cool head," the Mexican president said.',
)
quote(
    UNKNOWN,
    "It is a betrayal",
    [],
    ["Pedro Sanchez"],
    "Pedro Sanchez announced the amnesty law in Madrid.",
    "The debate lasted six hours.",
    "The vote was close.",
    '"It is a betrayal," the Catalan leader said.',
)


# '"...," he added' goes on from the quote of the sentence before
quote(
    FOR,
    "But he was the only one in the room who was happy",
    ["Zobel Behalal"],
    ["Donald Trump"],
    "The presidents of Congo and Rwanda signed the accord in Washington on Thursday.",
    'For Zobel Behalal, a former UN expert, Mr Trump "pulled off a major diplomatic coup". "But he was the only one in the room who was happy," he added.',
)
quote(
    FOR,
    "The rouble will not hold",
    ["Tatiana Orlova"],
    ["Elvira Nabiullina"],
    "Central bank governor Elvira Nabiullina raised rates to 21 percent on Friday.",
    'For Tatiana Orlova, an economist at Oxford Economics, Nabiullina has "run out of room". "The rouble will not hold," she added.',
)
quote(
    OBJECT,
    "We will rebuild every school",
    ["Volodymyr Zelensky"],
    ["Kaja Kallas"],
    "Ukrainian President Volodymyr Zelensky met Kaja Kallas in Kyiv on Monday.",
    'Zelensky praised the "courage of our teachers". "We will rebuild every school," he added.',
)
quote(
    OBJECT,
    "The budget is balanced",
    [],
    ["Mark Carney"],
    "Prime Minister Mark Carney and Finance Minister Chrystia Freeland spoke on Tuesday.",
    'Freeland welcomed the "strong numbers". "The budget is balanced," she added.',
)
quote(
    OBJECT,
    "The border stays open",
    [],
    ["Claudia Sheinbaum"],
    "Claudia Sheinbaum, the first woman to lead Mexico, spoke to reporters in Mexico City on her first day as president.",
    'Sheinbaum praised the "calm response" of customs officers. "The border stays open," he added.',
)


# review rvE: quoted words that name a thing (a slogan, a title, a label modifying a noun, what
# the subject characterises "as ...") are not the subject's words; "For X, Y had a message:
# "..."" is Y's; an epithet the page's aside gives someone else ("X, a Tennessee Republican")
T18 = "President Donald Trump announced tariffs of 25 percent on imported steel and 10 percent on aluminum on Thursday, to take effect in 15 days."
quote(OBJECT, "America First", [], ["Robert Menendez"], T18,
      'Senator Robert Menendez condemned the "America First" agenda at a hearing on Thursday.')  # fmt: skip
quote(OBJECT, "special military operation", [], ["Emmanuel Macron"],
      "Russian troops pressed on in eastern Ukraine on Tuesday.",
      'French President Emmanuel Macron denounced the "special military operation" as a war of conquest.')  # fmt: skip
quote(OBJECT, "national security", [], ["Orrin Hatch"], T18,
      'Senator Orrin Hatch criticised the "national security" justification for the duties.')  # fmt: skip
quote(OBJECT, "One Big Beautiful Bill", [], ["Mike Johnson"],
      "The House took up the president's tax package on Thursday.",
      'Speaker Mike Johnson praised the "One Big Beautiful Bill" as it went to a vote.')  # fmt: skip
quote(OBJECT, "a reckless campaign", ["Robert Menendez"], [], T18,
      'Senator Robert Menendez condemned the tariffs as "a reckless campaign" against allies.')  # fmt: skip
quote(OBJECT, "a really stupid policy", ["Ben Sasse"], [], T18,
      'Nebraska Senator Ben Sasse spoke of "a really stupid policy" that would hurt workers.')  # fmt: skip
quote(FOR, "fight these tariffs tooth and nail", ["Chuck Schumer"], ["Democrats"],
      "The tariffs took effect on Wednesday.",
      'For Democrats, Schumer had a simple promise: "fight these tariffs tooth and nail".')  # fmt: skip
quote(FOR, "a really stupid policy", ["Ben Sasse"], ["Trump"], T18,
      'For Trump, Sasse saved his harshest words: "a really stupid policy".')  # fmt: skip
quote(FOR, "no tit for tat", [], ["Ontario"], "Canada weighed its answer on Thursday.",
      'For Ontario, Mexico\'s line was clear: "no tit for tat".')  # fmt: skip
quote(FOR, "higher prices for the American consumer", ["Steve Daines"], [],
      "The tariffs took effect on Wednesday.",
      'For Daines, a close ally of the president, the levies meant "higher prices for the American consumer".')  # fmt: skip
quote(UNKNOWN, "We will fight them tooth and nail", [], ["Tim Burchett"],
      "Representative Tim Burchett, a Tennessee Republican, welcomed the announcement on Wednesday.",
      '"We will fight them tooth and nail," the New York Democrat said.')  # fmt: skip
quote(UNKNOWN, "These tariffs are a tax hike on Americans", [], ["Jeff Flake"], T18,
      "Senator Jeff Flake of Arizona said he would write a bill to undo the duties.",
      '"These tariffs are a tax hike on Americans," the Utah Republican said.')  # fmt: skip
quote(UNKNOWN, "We need a new law", ["Chuck Schumer"], [],
      "Chuck Schumer, the minority leader, spoke after the vote on Wednesday.",
      '"We need a new law," the New York Democrat said.')  # fmt: skip
quote(OBJECT, "historic", ["Narendra Modi"], [],
      "India and Britain signed a free trade agreement in London on Thursday.",
      'Prime Minister Narendra Modi hailed the "historic" agreement at a joint appearance.')  # fmt: skip
UK = "India and Britain signed a free trade agreement in London on Thursday after three years of talks."
quote(OBJECT, "zero tariff", [], ["Keir Starmer"], UK,
      'Keir Starmer criticised the "zero tariff" demand made by exporters.')  # fmt: skip
quote(OBJECT, "Make in India", [], ["Keir Starmer"], UK,
      'Keir Starmer praised the "Make in India" drive during his visit.')  # fmt: skip
quote(OBJECT, "coalition of the willing", [], ["Volodymyr Zelensky"],
      "European leaders met in Paris on Thursday.",
      'Ukrainian President Volodymyr Zelensky thanked allies for the "coalition of the willing" they had built.')  # fmt: skip
quote(UNKNOWN, "They are a tax on families", ["Chuck Schumer"], [],
      "Senate Minority Leader Chuck Schumer attacked the tariffs on Wednesday.",
      '"They are a tax on families," the New York Democrat said.')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
