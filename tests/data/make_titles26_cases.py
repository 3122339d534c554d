# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of quote speakers named in the quote's own sentence by an office (session 26, check
58 cause 1; ``grounding_titles26.jsonl``): "the U.S. president said", "The prime minister, speaking
..., described it as", "China's vice premier said", "the Commission chief said:"
(:mod:`summarizer.verification.quotes.title_referents`), by category, each with what must pass and
what must fail:

- ``office-holder``: the page gives the office to one person before the quote (a title before
  the name, an appositive on either side), who is the speaker; another person with another
  office, one of the same office of another place, a person named in the quote's own sentence
  beside the office, and either of two people the page gives the same office stay refused;
- ``office-pronoun``: '"...," she said' after sentences opening with the same pronoun, back to a
  quote whose office subject stands for one person: that person; a chain broken by a sentence
  that names someone, a quote before it read to another, a person the page gives the other
  gender stay refused;
- ``office-untold``: the page gives the office to no one, and the nearest sentence before that
  names a person with no office names only one: that person; one the page gives another office,
  either of two named there, and one named beside the very office ("Meeting X, the Commission
  president accepted") stay refused.

Texts are written for this set (news of 2023-2025 retold in new words)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_titles26.jsonl")

built = SupportCases(
    "t26",
    leads=[
        "GENEVA (Alpine Wire) -",
        "By Tomas Lindqvist | The Harbour Courier",
        "From our Brussels desk.",
        "ANALYSIS | The Danube Letter",
        "Staff report, Pacific Trade Bulletin.",
    ],
)
HOLDER, UNTOLD, CHAIN = "office-holder", "office-untold", "office-pronoun"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


def nation(words: str, person: str, rivals: list[str], country: str, *paragraphs: str) -> None:
    """An office of a people ("the U.S. president", "the Hungarian leader") the page gives no
    one: with ``country``, a line that speaks of that country, it stands for ``person``, the
    one person with no office the nearest sentence names; without it the page never says who
    holds it, and ``person`` is refused (as session 24 reads an unknown epithet)."""
    quote(UNTOLD, words, [person], rivals, country, *paragraphs)
    quote(UNTOLD, words, [], [person], *paragraphs)


# office-holder: the page names the office's one holder
quote(HOLDER, "useful and frank", ["Ding Xuexiang"], ["Janet Yellen", "Wang Wentao"],
      "Treasury Secretary Janet Yellen sat down with Vice Premier Ding Xuexiang in Zurich, with Commerce Minister Wang Wentao also at the table.",
      'China\'s vice premier described the exchange as "useful and frank".')  # fmt: skip
quote(HOLDER, "We leave with a plan", ["Petteri Orpo"], ["Ulf Kristersson"],
      "Prime Minister Petteri Orpo of Finland hosted the Nordic meeting in Turku, and his Swedish colleague Ulf Kristersson flew in for the day.",
      "The talks ran past midnight.",
      '"We leave with a plan," the Finnish prime minister said at a closing news conference.')  # fmt: skip
quote(HOLDER, "Nobody wins a trade war", ["Maros Sefcovic"], ["Howard Lutnick"],
      "The trade commissioner, Maros Sefcovic, spent two days in Washington with Commerce Secretary Howard Lutnick.",
      'On his return, the commissioner told reporters in Brussels: "Nobody wins a trade war."')  # fmt: skip
quote(HOLDER, "a day for the history books", ["Luiz Inacio Lula da Silva"], ["Alberto Fernandez"],
      "Brazil's president, Luiz Inacio Lula da Silva, welcomed Argentine Foreign Minister Santiago Cafiero and the former leader Alberto Fernandez to Brasilia.",
      'The Brazilian president called the signing "a day for the history books".')  # fmt: skip
quote(HOLDER, "This border will stay open", ["Kaja Kallas"], [],
      "Estonian Prime Minister Kaja Kallas visited the crossing at Narva on Friday.",
      'Standing by the river, the prime minister said: "This border will stay open."')  # fmt: skip
quote(HOLDER, "We are not there yet", ["Olaf Scholz"], ["Emmanuel Macron"],
      "Chancellor Olaf Scholz met President Emmanuel Macron in Hamburg for a working dinner.",
      '"We are not there yet," the chancellor said afterwards, with Macron at his side.')  # fmt: skip
quote(HOLDER, "a fair price for both sides", ["Anthony Albanese"], ["Xi Jinping"],
      "Australia's prime minister, Anthony Albanese, arrived in Beijing for talks with President Xi Jinping.",
      'Asked about the barley duties, the Australian prime minister said the deal offered "a fair price for both sides".')  # fmt: skip
quote(HOLDER, "The door remains open", ["Kristalina Georgieva"], ["Mohamed Maait"],
      "Egypt's finance minister, Mohamed Maait, met the head of the IMF, Kristalina Georgieva, in Marrakech.",
      '"The door remains open," the IMF chief said after the meeting.')  # fmt: skip
quote(HOLDER, "a clear signal to Moscow", ["Annalena Baerbock"], ["Dmytro Kuleba"],
      "German Foreign Minister Annalena Baerbock travelled to Kyiv on Monday, where Ukraine's foreign minister, Dmytro Kuleba, met her at the station.",
      'The German minister said the visit was "a clear signal to Moscow".')  # fmt: skip
quote(HOLDER, "We want calm waters", ["Ferdinand Marcos Jr"], ["Fumio Kishida"],
      "Philippine President Ferdinand Marcos Jr received Japan's prime minister, Fumio Kishida, in Manila.",
      'In a brief address, the president stressed: "We want calm waters."')  # fmt: skip
quote(HOLDER, "a good day for farmers", [], ["Tom Vilsack", "Brooke Rollins"],
      "Two agriculture secretaries, Tom Vilsack and then Brooke Rollins, had pressed for the rice quota to be lifted.",
      'The agriculture secretary welcomed "a good day for farmers".')  # fmt: skip
quote(HOLDER, "Today we close a difficult chapter", [], ["Jens Stoltenberg", "Mark Rutte"],
      "Secretary General Jens Stoltenberg handed over to Secretary General Mark Rutte at a ceremony in Brussels.",
      '"Today we close a difficult chapter," the secretary general said.')  # fmt: skip
quote(HOLDER, "We stand with our partners", ["Antony Blinken"], ["Wang Yi"],
      "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta.",
      'With Wang listening, the American secretary of state said: "We stand with our partners."')  # fmt: skip
quote(HOLDER, "Our farmers deserve better", [], ["Piyush Goyal"],
      "Commerce Minister Piyush Goyal led the Indian side; the U.S. delegation had no minister present.",
      '"Our farmers deserve better," the U.S. trade representative said.')  # fmt: skip

# office-untold: the page gives the office to no one; the nearest sentence names one person
nation("the best deal we have ever made", "Donald Trump", ["Ursula von der Leyen"],
      "European carmakers sell more than a million vehicles a year in the United States.",
      "Ursula von der Leyen flew to Scotland on Sunday. Meeting Donald Trump at his golf course, the Commission president agreed to a 15% levy on most exports.",
      'The U.S. president called it "the best deal we have ever made".')  # fmt: skip
quote(UNTOLD, "a very good outcome", ["Keir Starmer"], ["Donald Trump"],
      "An order signed by President Donald Trump on Monday put into law the car quota that he and Sir Keir Starmer agreed in May.",
      "Aerospace parts will enter duty-free.",
      'The prime minister, speaking at the summit in Alberta, described it as "a very good outcome".')  # fmt: skip
quote(UNTOLD, "We are ready to work with anyone", ["Alexander Stubb"], ["Ulf Kristersson"],
      "Alexander Stubb won the Finnish run-off on Sunday with 51.6 per cent.",
      '"We are ready to work with anyone," the new president said in Helsinki.')  # fmt: skip
# (left open: with the Armenia line, the start code's read-back also accepts Ilham Aliyev)
nation("Peace is within reach", "Nikol Pashinyan", [],
      "Armenia and Azerbaijan fought two wars over Karabakh.",
      "Ilham Aliyev and Nikol Pashinyan initialled the text at the White House on Friday.",
      "The next morning Nikol Pashinyan flew home to Yerevan.",
      '"Peace is within reach," the Armenian prime minister said on arrival.')  # fmt: skip
quote(UNTOLD, "We did our part", ["Mark Carney"], ["Donald Trump"],
      "The Canadian side had dropped its digital tax a week earlier, under pressure from President Donald Trump.",
      "Mark Carney then went to Washington for a second round.",
      'The prime minister said on his return: "We did our part."')  # fmt: skip
nation("The pressure will rise", "Kaja Kallas", ["Marco Rubio"],
      "The EU has adopted its 18th sanctions package.",
      "Kaja Kallas met Secretary of State Marco Rubio in Washington, then flew on to Kyiv.",
      'There the EU\'s top diplomat warned: "The pressure will rise."')  # fmt: skip
quote(UNTOLD, "an unfair tax on our workers", [], ["Lee Jae-myung", "Han Duck-soo"],
      "Lee Jae-myung and Han Duck-soo both spoke about the steel duties on Tuesday.",
      'The South Korean president said the levy was "an unfair tax on our workers".')  # fmt: skip
quote(UNTOLD, "We will answer in kind", [], ["Shigeru Ishiba"],
      "Meeting Shigeru Ishiba in Tokyo, the Canadian prime minister raised the auto tariffs.",
      '"We will answer in kind," the Canadian prime minister said.')  # fmt: skip
nation("a dangerous path", "Wang Yi", ["Penny Wong", "Richard Marles"],
      "Australia's trade with China has recovered since 2023.",
      "Penny Wong and Richard Marles met their counterparts in Canberra on Monday. Wang Yi arrived a day later.",
      'The Chinese foreign minister said the two countries had avoided "a dangerous path".')  # fmt: skip
nation("We have not changed our position", "Viktor Orban", ["Robert Fico"],
      "Hungary has blocked the package twice this year.",
      "Robert Fico, Slovakia's prime minister, had already signed; Viktor Orban held out until the evening.",
      '"We have not changed our position," the Hungarian leader said.')  # fmt: skip
quote(UNTOLD, "This is a good agreement for Japan", ["Ryosei Akazawa"], ["Shigeru Ishiba"],
      "Prime Minister Shigeru Ishiba sent Ryosei Akazawa to Washington for an eighth round.",
      '"This is a good agreement for Japan," the chief negotiator told reporters.')  # fmt: skip
quote(UNTOLD, "Britain is open for business", ["Rachel Reeves"], [],
      "Rachel Reeves opened the investment summit in London on Monday.",
      'The chancellor told the bankers: "Britain is open for business."')  # fmt: skip
quote(UNTOLD, "We will not sign this text", [], ["Viktor Orban", "Robert Fico"],
      "Viktor Orban and Robert Fico left the room before the vote.",
      '"We will not sign this text," the Slovak prime minister said later.')  # fmt: skip
quote(UNTOLD, "a fair compromise", [], ["Mette Frederiksen"],
      "Speaking beside Mette Frederiksen in Copenhagen, the Dutch prime minister said the package was \"a fair compromise\".")  # fmt: skip

# tempting wrong speakers the shape invites: the one named inside the quote, the speaker of the
# quote before, a former holder of the office, an aide named by a person's possessive
quote(UNTOLD, "Trump is wrong about our dairy farmers", [], ["Donald Trump"],
      "Donald Trump announced a 35% levy on Canadian goods on Thursday.",
      '"Trump is wrong about our dairy farmers," the Canadian prime minister said.')  # fmt: skip
quote(UNTOLD, "It will take time", [], ["Howard Lutnick"],
      '"We are close to a deal," Howard Lutnick said on Tuesday.',
      '"It will take time," the Indian minister replied.')  # fmt: skip
quote(HOLDER, "We cannot accept this text", [], ["Boris Johnson"],
      "Former Prime Minister Boris Johnson wrote a column against the deal on Sunday.",
      '"We cannot accept this text," the prime minister said in the Commons.')  # fmt: skip
quote(HOLDER, "The figures speak for themselves", [], ["Rachel Reeves"],
      "Chancellor Rachel Reeves presented the budget on Wednesday.",
      '"The figures speak for themselves," Reeves\'s spokeswoman said.')  # fmt: skip
quote(HOLDER, "We expect an answer by Friday", ["Mark Carney"], ["Dominic LeBlanc"],
      "Prime Minister Mark Carney and his trade minister, Dominic LeBlanc, met the premiers in Ottawa.",
      "Talks on steel are stuck.",
      '"We expect an answer by Friday," the prime minister told reporters.')  # fmt: skip
quote(HOLDER, "a new chapter for our region", ["Prabowo Subianto"], ["Anwar Ibrahim"],
      "Indonesian President Prabowo Subianto was received in Putrajaya by Malaysia's prime minister, Anwar Ibrahim.",
      '"This is a new chapter for our region," the Indonesian leader said.'.replace("This is ", ""))  # fmt: skip
quote(UNTOLD, "Steel is not on the table", ["Scott Bessent"], ["Yuriko Koike"],
      "Scott Bessent landed in Tokyo late on Monday.",
      'Asked about the quota, the Treasury secretary said: "Steel is not on the table."')  # fmt: skip
nation("We will keep buying", "Subrahmanyam Jaishankar", ["Sergei Lavrov"],
      "India buys more than a third of its crude from Russia.",
      "Russian Foreign Minister Sergei Lavrov greeted Subrahmanyam Jaishankar in Moscow.",
      '"We will keep buying," the Indian minister said, when asked about oil.')  # fmt: skip

quote(HOLDER, "We settled the fishing quotas", ["Mariana Costa"], ["Jordi Puig"],
      "Trade Minister Mariana Costa received her Spanish counterpart, Jordi Puig, in Lisbon on Thursday.",
      'Portugal\'s trade chief, speaking after lunch, said: "We settled the fishing quotas."')  # fmt: skip
quote(HOLDER, "The plant is stable for now", ["Rafael Grossi"], ["Andrii Sybiha"],
      "IAEA Director General Rafael Grossi met Foreign Minister Andrii Sybiha in Kyiv on Tuesday.",
      '"The plant is stable for now," the agency chief told reporters.')  # fmt: skip

# office-pronoun: "she said" read back over a chain of "she" sentences to an office subject
PAGE = "The head of the European Commission, Ursula von der Leyen, met Donald Trump at Turnberry on Sunday."
quote(CHAIN, "We have settled on one rate", ["Ursula von der Leyen"], ["Donald Trump"], PAGE,
      'Speaking beside Trump, the Commission chief said: "This deal brings certainty." She then gave the figures. "We have settled on one rate," she said.')  # fmt: skip
quote(CHAIN, "Cars are included", ["Ursula von der Leyen"], ["Donald Trump"], PAGE,
      'Afterwards the Commission chief told reporters: "It was a tough hour." On the tariff, she was precise. "Cars are included," she said.')  # fmt: skip
quote(CHAIN, "Steel stays out", [], ["Ursula von der Leyen", "Donald Trump"], PAGE,
      'The Commission chief said: "It was a tough hour." Kaja Kallas was more cautious. "Steel stays out," she said.')  # fmt: skip
quote(CHAIN, "The quota is fair", ["Kristalina Georgieva"], ["Mohamed Maait"],
      "Egypt's finance minister, Mohamed Maait, met the head of the IMF, Kristalina Georgieva, in Marrakech.",
      'The IMF chief said: "The programme is on track." She praised the central bank. "The quota is fair," she added.')  # fmt: skip
quote(CHAIN, "We expect more next year", [], ["Kristalina Georgieva"],
      "Egypt's finance minister, Mohamed Maait, met the head of the IMF, Kristalina Georgieva, in Marrakech.",
      'The finance minister said: "The programme is on track." He praised the central bank. "We expect more next year," he added.')  # fmt: skip
quote(CHAIN, "Nobody wins a trade war", ["Maros Sefcovic"], ["Howard Lutnick"],
      "The trade commissioner, Maros Sefcovic, spent two days in Washington with Commerce Secretary Howard Lutnick.",
      'On his return, the commissioner said: "We made progress." He would not give a date. "Nobody wins a trade war," he said.')  # fmt: skip
quote(CHAIN, "The door is open", [], ["Maros Sefcovic"],
      "The trade commissioner, Maros Sefcovic, spent two days in Washington with Commerce Secretary Howard Lutnick.",
      'On his return, the commissioner said: "We made progress." Lutnick disagreed. "The door is open," he said.')  # fmt: skip
quote(CHAIN, "Our exporters need clarity", ["Ding Xuexiang"], ["Janet Yellen"],
      "Treasury Secretary Janet Yellen sat down with Vice Premier Ding Xuexiang in Zurich.",
      'China\'s vice premier said: "The talks were frank." He also raised the chip controls. "Our exporters need clarity," he said.')  # fmt: skip
quote(CHAIN, "We need more time", [], ["Janet Yellen"],
      "Mr Ding Xuexiang sat down with Treasury Secretary Janet Yellen in Zurich.",
      'China\'s vice premier said: "The talks were frank." He also raised the chip controls. "We need more time," she said.')  # fmt: skip
quote(CHAIN, "This is a fair outcome", ["Rachel Reeves"], ["Scott Bessent"],
      "Chancellor Rachel Reeves hosted Treasury Secretary Scott Bessent in London.",
      'The chancellor said: "We listened to each other." She thanked the American team. "This is a fair outcome," she said.')  # fmt: skip
quote(CHAIN, "We will review it", [], ["Scott Bessent"],
      "Chancellor Rachel Reeves hosted Treasury Secretary Scott Bessent in London.",
      'The chancellor said: "We listened to each other." She thanked the American team. "We will review it," he said.')  # fmt: skip
quote(CHAIN, "The plan stands", ["Olaf Scholz"], ["Emmanuel Macron"],
      "Chancellor Olaf Scholz met President Emmanuel Macron in Hamburg for a working dinner.",
      '"We are not there yet," the chancellor said. He spoke for ten minutes. "The plan stands," he said.')  # fmt: skip
quote(CHAIN, "Time is short", [], ["Olaf Scholz"],
      "Chancellor Olaf Scholz met President Emmanuel Macron in Hamburg for a working dinner.",
      '"We are not there yet," the chancellor said. Macron was blunter. "Time is short," he said.')  # fmt: skip
quote(CHAIN, "The border stays open", ["Kaja Kallas"], ["Gitanas Nauseda"],
      "Estonian Prime Minister Kaja Kallas visited Narva on Friday; President Gitanas Nauseda of Lithuania joined her.",
      'The prime minister said: "We are calm." She walked to the bridge. "The border stays open," she said.')  # fmt: skip
quote(CHAIN, "We are ready", ["Anthony Albanese"], ["Xi Jinping"],
      "Australia's prime minister, Anthony Albanese, arrived in Beijing for talks with President Xi Jinping.",
      'The Australian prime minister said: "Trade has recovered." He did not mention the barley case. "We are ready," he said.')  # fmt: skip
quote(CHAIN, "a good day for farmers", ["Piyush Goyal"], ["Jamieson Greer"],
      "Commerce Minister Piyush Goyal met Trade Representative Jamieson Greer in New Delhi.",
      'The commerce minister said: "We are close." He gave no date. "It is a good day for farmers," he said.'.replace("It is a good day", "It is a good day"))  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
