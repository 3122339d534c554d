# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Review rvR of the session-26 rule of quote speakers named by an office (``titles26``,
:mod:`summarizer.verification.quotes.title_referents`; ``grounding_rvr.jsonl``): new texts built to
make its readings accept a wrong speaker and its refusals reject a right one, by category:

- ``office-holder``: the page gives the office to one person before the quote; the speaker
  is that person, not another named nearby, a former holder, a holder of another place's
  office, or a person the quote itself speaks of;
- ``office-untold``: the page gives the office to no one; the one person with no office the
  nearest sentence names speaks, unless that person is given a role of their own ("the
  economist Jane Roe", "his wife, Anna Roe", "Reporter Tim Hale"), which makes them another;
- ``office-pronoun``: '"...," she said' after sentences opening with the same pronoun back to
  a quote whose office subject stands for one person.

Texts are written for this set (news of 2023-2025 retold in new words, and invented)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvr.jsonl")

built = SupportCases(
    "rvr",
    leads=[
        "NAIROBI (Savanna Press) -",
        "By Helga Marsh | The Fjord Observer",
        "Filed from the Ottawa bureau.",
        "WORLD BRIEFING | The Lagoon Review",
        "Special correspondent, Andes Daily.",
    ],
)
HOLDER, UNTOLD, CHAIN = "office-holder", "office-untold", "office-pronoun"


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# office-holder
quote(HOLDER, "We will not be rushed", ["William Ruto"], ["Joe Biden"],
      "U.S. President Joe Biden welcomed Kenyan President William Ruto to the White House on Thursday.",
      'The Kenyan president told a state dinner: "We will not be rushed."')  # fmt: skip
quote(HOLDER, "The grid held up", ["Rishi Sunak"], ["Boris Johnson"],
      "Former Prime Minister Boris Johnson attacked the energy plan on Monday, and Prime Minister Rishi Sunak answered him in the Commons.",
      '"The grid held up," the prime minister said.')  # fmt: skip
quote(HOLDER, "Our ports are open for business", ["Luis Abinader"], ["Ariel Henry"],
      "Dominican President Luis Abinader spoke by phone with Haiti's prime minister, Ariel Henry, about the border.",
      '"Our ports are open for business," the Dominican president said later in Santo Domingo.')  # fmt: skip
quote(HOLDER, "We count every vote", ["Ana Ferreira"], ["Paulo Santos"],
      "Mayor Ana Ferreira of Porto met the city's police commander, Paulo Santos, after the count.",
      'The mayor, speaking outside the town hall, said: "We count every vote."')  # fmt: skip
quote(HOLDER, "The convoy leaves at dawn", ["Tedros Adhanom Ghebreyesus"], ["Martin Griffiths"],
      "WHO Director-General Tedros Adhanom Ghebreyesus wrote to the UN relief chief, Martin Griffiths, on Sunday.",
      'In a second letter, the director-general wrote: "The convoy leaves at dawn."')  # fmt: skip
quote(HOLDER, "Prices have turned", ["Jerome Powell"], ["Janet Yellen"],
      "Federal Reserve Chair Jerome Powell testified a day after Treasury Secretary Janet Yellen.",
      '"Prices have turned," the chairman said, though he declined to promise a cut.')  # fmt: skip
quote(HOLDER, "This is not a retreat", ["Rishi Sunak"], ["Boris Johnson", "Keir Starmer"],
      "Prime Minister Rishi Sunak, answering Labour leader Keir Starmer, defended the Rwanda plan that former prime minister Boris Johnson first drew up.",
      '"This is not a retreat," the prime minister insisted.'.replace("insisted", "said"))  # fmt: skip
quote(HOLDER, "The talks are alive", ["Antony Blinken"], ["Benjamin Netanyahu"],
      "Secretary of State Antony Blinken landed in Tel Aviv to see Prime Minister Benjamin Netanyahu.",
      '"The talks are alive," the secretary told reporters on the tarmac.')  # fmt: skip
quote(HOLDER, "We never asked for this war", ["Volodymyr Zelensky"], ["Vladimir Putin"],
      "Ukraine's president, Volodymyr Zelensky, answered a speech by Vladimir Putin on Tuesday.",
      '"We never asked for this war," the Ukrainian president said.')  # fmt: skip
quote(HOLDER, "a long night, but a good deal", ["Mark Rutte"], ["Dick Schoof"],
      "NATO Secretary General Mark Rutte dined with Dutch Prime Minister Dick Schoof in The Hague.",
      'The prime minister\'s office later put out a statement, and the secretary general said: "It was a long night, but a good deal."'.replace("It was a long night", "a long night"))  # fmt: skip
quote(HOLDER, "The Albanese government will hold its nerve", ["Anthony Albanese"], ["Peter Dutton"],
      "Prime Minister Anthony Albanese answered opposition leader Peter Dutton in Canberra on Wednesday.",
      '"The Albanese government will hold its nerve," the prime minister said.')  # fmt: skip
quote(HOLDER, "I have told Trudeau that", [], ["Justin Trudeau"],
      "Mexican President Claudia Sheinbaum spoke with Canada's Justin Trudeau on the phone.",
      '"I have told Trudeau that," the president said.')  # fmt: skip

# office-untold
quote(UNTOLD, "We are close to a deal", [], ["Paul Krugman"],
      "The economist Paul Krugman doubted that the tariffs would last the summer.",
      '"We are close to a deal," the president said on Friday.')  # fmt: skip
quote(UNTOLD, "There will be no new tax", [], ["Melania Trump"],
      "The president's wife, Melania Trump, sat in the front row.",
      '"There will be no new tax," the president said.')  # fmt: skip
quote(UNTOLD, "Nobody was hurt", [], ["Tim Hale"],
      "Reporter Tim Hale asked about the fire at the depot.",
      '"Nobody was hurt," the governor said.')  # fmt: skip
quote(UNTOLD, "The budget balances", [], ["Jane Roe"],
      "Opposition figure Jane Roe attacked the spending plan in the morning.",
      '"The budget balances," the prime minister said in the afternoon.')  # fmt: skip
quote(UNTOLD, "The harvest will be late", [], ["Ruth Okafor"],
      "Farmer Ruth Okafor showed visitors her flooded fields.",
      '"The harvest will be late," the minister said.')  # fmt: skip
quote(UNTOLD, "The tanks will roll", [], ["Olga Petrova"],
      "A local teacher, Olga Petrova, hid in the basement for two nights.",
      '"The tanks will roll," the defence minister said.')  # fmt: skip
quote(UNTOLD, "Our schools stay shut", [], ["Sam Carter"],
      "The union's lawyer, Sam Carter, filed the appeal on Tuesday.",
      '"Our schools stay shut," the mayor said.')  # fmt: skip
quote(UNTOLD, "This was a fair trial", [], ["Lena Vogel"],
      "Defence lawyer Lena Vogel said she would appeal.",
      '"This was a fair trial," the minister told the chamber.')  # fmt: skip
quote(UNTOLD, "We stand with the victims", [], ["Omar Haddad"],
      "Survivor Omar Haddad described the night the dam broke.",
      '"We stand with the victims," the president said in a televised address.')  # fmt: skip
quote(UNTOLD, "The ceasefire must hold", [], ["Amira Saleh"],
      "Analyst Amira Saleh said the truce was fragile.",
      '"The ceasefire must hold," the foreign minister said.')  # fmt: skip
quote(UNTOLD, "The vote was clean", ["Bassirou Diomaye Faye"], [],
      "Bassirou Diomaye Faye took the oath in Dakar on Tuesday, a week after his release from prison.",
      '"The vote was clean," the new president said.')  # fmt: skip
quote(UNTOLD, "We will rebuild the port", ["Karin Lund"], [],
      "Karin Lund toured the harbour on Monday, three days after the storm.",
      'Standing on the quay, the mayor said: "We will rebuild the port."')  # fmt: skip
quote(UNTOLD, "No one will be left out", ["Claudia Sheinbaum"], [],
      "Claudia Sheinbaum spoke at the national palace on Monday morning.",
      '"No one will be left out," the president said.')  # fmt: skip
quote(UNTOLD, "Our reserves are full", ["Irene Tan"], [],
      "Irene Tan presented the quarterly figures in Singapore.",
      '"Our reserves are full," the minister said.')  # fmt: skip
quote(HOLDER, "We did not start this", ["Volodymyr Zelensky"], ["Andrii Sybiha"],
      "President Volodymyr Zelensky and Foreign Minister Andrii Sybiha met the envoys in Kyiv.",
      'Later, at a briefing, the president told journalists: "We did not start this."')  # fmt: skip
quote(HOLDER, "The deal is signed", ["JD Vance"], ["Donald Trump"],
      "President Donald Trump sent Vice President JD Vance to Paris for the summit.",
      '"The deal is signed," the vice president said on his way out.')  # fmt: skip
quote(HOLDER, "I respect the result", ["Donald Trump"], ["Joe Biden"],
      "President Joe Biden called former President Donald Trump on Wednesday.",
      '"I respect the result," the former president said afterwards.')  # fmt: skip
quote(HOLDER, "Nobody wants a long winter", [], ["Mark Carney"],
      "President Donald Trump took the call from the Oval Office.",
      '"Nobody wants a long winter," the president told the prime minister, Mark Carney.')  # fmt: skip
quote(HOLDER, "The army is ready", ["John Healey"], ["Rachel Reeves"],
      "Defence Secretary John Healey and Chancellor Rachel Reeves visited the shipyard in Barrow.",
      '"The army is ready," the defence secretary said.')  # fmt: skip

# office-untold, right values kept: a background aside ("a physicist") is no role that names another
quote(UNTOLD, "We won fairly", ["Claudia Sheinbaum"], [],
      "Claudia Sheinbaum, a physicist, won the election by a wide margin.",
      '"We won fairly," the president-elect said.'.replace("president-elect", "president"))  # fmt: skip
quote(UNTOLD, "The ballots were counted", ["Peter Pellegrini"], [],
      "Peter Pellegrini, a former banker, was sworn in on Saturday.",
      '"The ballots were counted," the president said.')  # fmt: skip
quote(UNTOLD, "Mines come first", ["Luis Arce"], [],
      "Luis Arce, an economist, spoke at the lithium plant in Uyuni.",
      'The president said: "Mines come first."')  # fmt: skip

quote(HOLDER, "We owe the miners a debt", ["Joe Biden"], ["Hunter Biden"],
      "President Joe Biden flew to Scranton with his son, Hunter Biden.",
      '"We owe the miners a debt," the president said.')  # fmt: skip
quote(HOLDER, "The yen will find its level", ["Shinzo Abe"], ["Akie Abe"],
      "Prime Minister Shinzo Abe arrived with his wife, Akie Abe, for the gala.",
      '"The yen will find its level," the prime minister said.')  # fmt: skip
quote(UNTOLD, "A new era starts today", ["Javier Milei"], [],
      "Javier Milei, a libertarian economist, took the sash in Buenos Aires.",
      '"A new era starts today," the president said.')  # fmt: skip
quote(UNTOLD, "The fiscal hole is closed", [], ["Nadia Calvino"],
      "The economist Nadia Calvino presented her forecast on Monday.",
      '"The fiscal hole is closed," the chancellor said.')  # fmt: skip
quote(UNTOLD, "We keep our word", ["Alexander Stubb"], [],
      "Alexander Stubb won the run-off in Helsinki on Sunday.",
      '"We keep our word," the president-elect told supporters.'.replace("president-elect", "president"))  # fmt: skip
quote(UNTOLD, "The snow will not stop us", [], ["Ida Berg"],
      "Ski coach Ida Berg watched from the finish line.",
      '"The snow will not stop us," the mayor said.')  # fmt: skip

# office-pronoun
PAGE2 = "Chancellor Olaf Scholz met Foreign Minister Annalena Baerbock before the summit."
quote(CHAIN, "No one is leaving", ["Olaf Scholz"], ["Annalena Baerbock"], PAGE2,
      'The chancellor said: "We are united." He then spoke of Kyiv. "No one is leaving," he said.')  # fmt: skip
quote(CHAIN, "The fleet sails tonight", [], ["Olaf Scholz"], PAGE2,
      'The chancellor said: "We are united." The foreign minister was more guarded. "The fleet sails tonight," she said.')  # fmt: skip
quote(CHAIN, "The tariff goes", ["Giorgia Meloni"], ["Donald Trump"],
      "Prime Minister Giorgia Meloni met President Donald Trump at the White House.",
      'The prime minister said: "We found a path." She then listed the goods. She was careful with numbers. "The tariff goes," she said.')  # fmt: skip
quote(CHAIN, "We will be back", ["Mette Frederiksen"], ["Mark Rutte"],
      "Danish Prime Minister Mette Frederiksen met NATO Secretary General Mark Rutte in Copenhagen.",
      '"Greenland is not for sale," the Danish prime minister said. On the bases, she was vaguer. "We will be back," she said.')  # fmt: skip
quote(CHAIN, "That is a promise", [], ["Mette Frederiksen"],
      "Danish Prime Minister Mette Frederiksen met NATO Secretary General Mark Rutte in Copenhagen.",
      '"Greenland is not for sale," the Danish prime minister said. The secretary general said: "We hear you." "That is a promise," he said.')  # fmt: skip
quote(CHAIN, "The line holds", [], ["Keir Starmer"],
      "Prime Minister Keir Starmer met President Emmanuel Macron in London.",
      '"We are together," the French president said. He thanked his host. "The line holds," he said.')  # fmt: skip
quote(CHAIN, "The line holds", ["Emmanuel Macron"], [],
      "Prime Minister Keir Starmer met President Emmanuel Macron in London.",
      '"We are together," the French president said. He thanked his host. "The line holds," he said.')  # fmt: skip
quote(CHAIN, "Our farmers will be paid", ["Tanja Fajon"], ["Robert Golob"],
      "Foreign Minister Tanja Fajon stood beside Prime Minister Robert Golob in Ljubljana.",
      'The foreign minister said: "We asked for help." She named three valleys. "Our farmers will be paid," she said.')  # fmt: skip
quote(CHAIN, "The airport reopens Monday", ["Sadiq Khan"], ["Rishi Sunak"],
      "Mayor Sadiq Khan wrote to Prime Minister Rishi Sunak about the strike.",
      '"The city cannot wait," the mayor said. He gave no figure. "The airport reopens Monday," he said.')  # fmt: skip
quote(CHAIN, "We have the votes", ["Chuck Schumer"], ["Mike Johnson"],
      "Senate Majority Leader Chuck Schumer met House Speaker Mike Johnson on the Hill.",
      'The majority leader said: "It will pass." Asked about timing, he smiled. "We have the votes," he said.')  # fmt: skip
quote(CHAIN, "Nothing is agreed yet", ["Kaja Kallas"], ["Marco Rubio"],
      "The EU's top diplomat, Kaja Kallas, met Secretary of State Marco Rubio in Washington.",
      '"We talked for an hour," the EU\'s top diplomat said. She did not smile. "Nothing is agreed yet," she said.')  # fmt: skip
quote(CHAIN, "The ships will come", ["Nikos Dendias"], ["Kyriakos Mitsotakis"],
      "Defence Minister Nikos Dendias briefed Prime Minister Kyriakos Mitsotakis in Athens.",
      'The defence minister said: "The order is firm." In Crete, he was more cautious. "The ships will come," he said.')  # fmt: skip
quote(CHAIN, "Rates will stay high", ["Christine Lagarde"], ["Jerome Powell"],
      "The president of the European Central Bank, Christine Lagarde, shared a stage with Federal Reserve Chair Jerome Powell.",
      'The Frankfurt banker was asked about inflation. The bank\'s president said: "We are not done." She paused. "Rates will stay high," she said.'.replace("The Frankfurt banker was asked about inflation. ", ""))  # fmt: skip
quote(CHAIN, "The vote is on Friday", [], ["Robert Golob"],
      "Foreign Minister Tanja Fajon stood beside Prime Minister Robert Golob in Ljubljana.",
      'The foreign minister said: "We asked for help." She named three valleys. "The vote is on Friday," he said.')  # fmt: skip
quote(CHAIN, "We were never consulted", [], ["Sadiq Khan"],
      "Mayor Sadiq Khan wrote to Prime Minister Rishi Sunak about the strike.",
      '"The city cannot wait," the mayor said. The prime minister said: "Talks continue." "We were never consulted," he said.')  # fmt: skip
quote(CHAIN, "Talks are frozen", [], ["Marco Rubio"],
      "The EU's top diplomat, Kaja Kallas, met Secretary of State Marco Rubio in Washington.",
      '"We talked for an hour," the EU\'s top diplomat said. She did not smile. "Talks are frozen," she said.')  # fmt: skip
quote(CHAIN, "The ships will come", [], ["Kyriakos Mitsotakis"],
      "Defence Minister Nikos Dendias briefed Prime Minister Kyriakos Mitsotakis in Athens.",
      'The defence minister said: "The order is firm." In Crete, he was more cautious. "The ships will come," he said.')  # fmt: skip
quote(UNTOLD, "Water is the first job", ["Brandon Johnson"], [],
      "Brandon Johnson, a former teacher, took questions at City Hall.",
      '"Water is the first job," the mayor said.')  # fmt: skip

quote(UNTOLD, "Every ballot was counted", [], ["Maria Duarte"],
      "Voters like Maria Duarte queued for six hours in Maputo.",
      '"Every ballot was counted," the president said.')  # fmt: skip
quote(UNTOLD, "The bridge is safe", [], ["Tomas Reyes"],
      "Critics such as Tomas Reyes want the bridge closed.",
      '"The bridge is safe," the mayor said on Tuesday.')  # fmt: skip
quote(UNTOLD, "The water is clean", [], ["Grace Mensah"],
      "Angry residents, including Grace Mensah, filled the hall.",
      '"The water is clean," the minister said.')  # fmt: skip
quote(UNTOLD, "Growth will return", [], ["Lars Holm"],
      "Economists like Lars Holm expect a mild recession.",
      '"Growth will return," the finance minister said.')  # fmt: skip
quote(UNTOLD, "Nobody will be deported", [], ["Sofia Rahman"],
      "Protesters such as Sofia Rahman blocked the road to the airport.",
      '"Nobody will be deported," the interior minister said.')  # fmt: skip
quote(UNTOLD, "Europe must arm itself", ["Emmanuel Macron"], [],
      "Leaders such as Emmanuel Macron want a European army.",
      '"Europe must arm itself," the French president said.')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
