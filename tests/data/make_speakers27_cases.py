# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 27's quote speakers (``grounding_speakers27.jsonl``, checks 59 and
60): a quote its own clause's named subject acts on with a verb that is not one of saying, by
category, each with what must pass and what must fail:

- ``own-clause``: the quoted words stand in the clause whose subject is the value, after any
  verb of that subject ("Oslo wants "...", "Ferreira accused the Nordics of seeking "..."",
  "the union read the ruling as demanding "..."", "the embassy reacts: "...""), the verb an
  open class read by its place after the subject, not from a list of verbs; another named
  person of an earlier clause or sentence, the one the words accuse or praise, the paper the
  subject reads, and the interviewer stay refused;
- ``epithet-subject``: a description that opens the clause, a people's word before an
  office ("The Darfuri commander spoke of the dead. "...," he said", "the Uruguayan leader
  criticised the rules and said"), stands for the one person the page gave that people's
  word, whatever the verb after it; the person named nearest before it, of another people,
  stays refused;
- ``own-clause`` too (its must-fail half), shapes where the clause's subject does not speak the words: a copula or
  passive ("X was branded "..."", "X is "..."", "X has been called "...""), another's
  possessive ("X rejected Y's "..."") or relative clause ("X backed the plan, which Y had
  called "...""), a relay ("X quoted Y as saying "..."") and a reported clause of someone
  named ("X argued that Y had promised "...""): the subject is refused.

Run ``python tests/data/make_speakers27_cases.py`` to rebuild it. Every article below was
written for this set in its own words (the events invented or retold); each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers27.jsonl")

built = SupportCases(
    "s27q",
    leads=[
        "OSLO (Nordic Wire) -",
        "By Hanna Lind | The Baltic Ledger",
        "From our correspondent in Lisbon.",
        "BRIEFING | The Harbour Post",
        "Translated from the Portuguese edition of Rádio Atlântico.",
    ],
)
# the shapes where the clause's subject does not speak the words are must-fail cases of the
# same category: the rule's refusals, kept beside what it accepts
OWN, EPITHET = "own-clause", "epithet-subject"
NOT = OWN


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# own-clause: the value is the subject of the clause the quote stands in, its verb no verb of saying
quote(
    OWN,
    "a fair share of the quota",
    ["Ingrid Solberg"],
    ["Tomas Berg"],
    "Fisheries minister Tomas Berg opened the session on Tuesday and said the talks would run late.",
    'Ingrid Solberg, who leads the coastal caucus, wants "a fair share of the quota" for the northern ports before she signs anything.',
)
quote(
    OWN,
    "to turn the committee into a rubber stamp",
    ["Rui Ferreira"],
    ["Ana Costa"],
    "Ana Costa, the committee chair, said the vote would go ahead on Thursday whatever the objections.",
    'Rui Ferreira accused the Nordic members of seeking "to turn the committee into a rubber stamp" and walked out.',
)
quote(
    OWN,
    "an end to the night shifts",
    ["the dockers' union"],
    [],
    "The Harbour Authority published its ruling on Monday, setting new hours for the container terminal.",
    'The dockers\' union read the ruling as promising "an end to the night shifts" and called off the strike.',
)
quote(
    OWN,
    "Nobody in this city will be left without heat this winter.",
    ["Lisbon City Council"],
    ["Carlos Moedas"],
    "Mayor Carlos Moedas toured the district heating plant on Friday with engineers.",
    'Lisbon City Council reacts: "Nobody in this city will be left without heat this winter."',
)
quote(
    OWN,
    "a broken promise",
    ["Estonia"],
    ["Latvia"],
    'Latvia has said it will abstain, Lithuania backs the text, and Estonia sees "a broken promise" in the final draft.',
)
quote(
    OWN,
    "an insult to every farmer in the valley",
    ["Maria Duarte"],
    ["Pedro Alves"],
    "Agriculture secretary Pedro Alves defended the water cuts at a news conference in Evora.",
    'Maria Duarte, who speaks for the growers\' cooperative, blasted the plan as "an insult to every farmer in the valley".',
)
quote(
    OWN,
    "serious doubts about the legal basis",
    ["Finland"],
    ["Sweden"],
    'Sweden backs the proposal in full. Finland, by contrast, voiced "serious doubts about the legal basis" at the meeting in Brussels.',
)
quote(
    OWN,
    "stop wasting the court's time",
    ["Judge Helena Moura"],
    ["Duarte Pinto"],
    "Defence lawyer Duarte Pinto asked for a fourth adjournment on Wednesday morning.",
    'Judge Helena Moura told him to "stop wasting the court\'s time" and refused.',
)
quote(
    OWN,
    "the best deal on the table",
    ["Erik Hansen"],
    ["Liv Dahl"],
    "Opposition leader Liv Dahl spent the debate attacking the pension reform.",
    'Erik Hansen, the labour minister, pitched the reform to wavering backbenchers as "the best deal on the table" on Thursday night.',
)
quote(
    OWN,
    "We will not be hurried.",
    ["Denmark's foreign ministry"],
    [],
    "Lars Rasmussen flew to Nuuk on Monday for two days of talks.",
    'Denmark\'s foreign ministry hit back within the hour: "We will not be hurried."',
)
quote(
    OWN,
    "a clear violation of the ceasefire",
    ["Andrei Popescu"],
    ["Olena Marchenko"],
    "Olena Marchenko, the mission's spokeswoman, reported shelling near the river overnight.",
    'Andrei Popescu blamed the militia for "a clear violation of the ceasefire" and demanded an inquiry.',
)
quote(
    OWN,
    "nothing less than full compensation",
    ["the fishing families"],
    [],
    "Norsk Oil apologised on Sunday for the spill off the western fjords.",
    'The fishing families are holding out for "nothing less than full compensation" from the company.',
)

quote(
    OWN,
    "a binding timetable",
    ["Sanna Marin"],
    ["Mette Frederiksen"],
    "Mette Frederiksen opened the energy summit in Copenhagen on Friday morning.",
    'Sanna Marin pressed for "a binding timetable" on the new grid link.',
)
quote(
    OWN,
    "a reckless boarding",
    ["Aksel Dahl"],
    ["Nils Ek"],
    "Coastguard chief Nils Ek defended Monday's inspection of the trawler off Tromso.",
    'Captain Aksel Dahl, whose vessel was held for six hours, blames the coastguard for "a reckless boarding".',
)
quote(
    OWN,
    "tear up the fishing accord",
    ["Iceland"],
    ["Norway"],
    'Norway has said it will honour the quota deal; Iceland threatens to "tear up the fishing accord" if the cuts stand.',
)

# epithet-subject: a description that opens the clause ("The Tigrayan commander spoke", "the
# Argentine leader attacked ... and said") stands for the one person the page gave those words
quote(
    EPITHET,
    "We have buried too many of our sons",
    ["Ibrahim Musa"],
    ["Paul Okello"],
    "Rebel commander Ibrahim Musa, a Darfuri, met Ugandan mediator Paul Okello in Kampala on Sunday.",
    'The Darfuri commander spoke of the dead. "We have buried too many of our sons," he said.',
)
quote(
    EPITHET,
    "a wall of paperwork",
    ["Yamandu Orsi"],
    ["Gabriel Boric"],
    "Chilean President Gabriel Boric arrived first. Uruguayan President Yamandu Orsi, the summit's host, greeted him at the door.",
    'In his opening speech, the Uruguayan leader criticised the customs rules and said they had built "a wall of paperwork" between neighbours.',
)
quote(
    EPITHET,
    "the talks are over for now",
    ["Gustavo Alvarez"],
    ["Lucia Torres"],
    "Peruvian negotiator Gustavo Alvarez left the room first, followed by Lucia Torres, Bolivia's delegate.",
    'At the door, the Peruvian negotiator turned to reporters and said "the talks are over for now".',
)
quote(
    EPITHET,
    "Nobody will sign a blank cheque",
    ["Kristalina Georgieva"],
    ["Ajay Banga"],
    "World Bank chief Ajay Banga spoke first. Bulgarian economist Kristalina Georgieva followed him to the podium.",
    'The Bulgarian economist warned the ministers. "Nobody will sign a blank cheque," she said.',
)
quote(
    EPITHET,
    "a bridge, not a wall",
    ["Alexander Stubb"],
    ["Ulf Kristersson"],
    "Swedish Prime Minister Ulf Kristersson and Finnish President Alexander Stubb toured the border post together.",
    'Later, the Finnish leader visited the crossing and said the frontier should be "a bridge, not a wall".',
)

quote(
    EPITHET,
    "We came to listen, not to lecture",
    ["Cyril Ramaphosa"],
    ["Abiy Ahmed"],
    "Ethiopian Prime Minister Abiy Ahmed hosted the delegations. South African President Cyril Ramaphosa arrived late on Saturday.",
    'The South African president shook hands with both sides. "We came to listen, not to lecture," he told them.',
)
quote(
    EPITHET,
    "no more than a pause",
    ["Hakan Fidan"],
    ["Abbas Araghchi"],
    "Iranian Foreign Minister Abbas Araghchi met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday.",
    'Afterwards, the Turkish minister briefed reporters and described the truce as "no more than a pause".',
)
quote(
    EPITHET,
    "The door stays open",
    ["Ursula Plassnik"],
    ["Gordan Grlic Radman"],
    "Croatian diplomat Gordan Grlic Radman chaired the session; Austrian envoy Ursula Plassnik sat to his left.",
    'The Austrian envoy closed the meeting. "The door stays open," she wrote later that evening.',
)
quote(
    EPITHET,
    "This city will not be starved",
    ["Mohamed Hamdan"],
    ["Abdel Fattah al-Burhan"],
    "Army chief Abdel Fattah al-Burhan rejected the plan. Darfuri commander Mohamed Hamdan, whose forces hold the ring road, did not.",
    'The Darfuri commander toured the market. "This city will not be starved," he said.',
)
quote(
    EPITHET,
    "a fair price for a fair product",
    ["Luis Planas"],
    ["Annie Genevard"],
    "French farm minister Annie Genevard spoke first at the council. Spanish minister Luis Planas took the floor after her.",
    'The Spanish minister defended the quota system and said growers deserved "a fair price for a fair product".',
)


# own-clause, must fail: the clause's subject does not speak the quoted words
quote(
    NOT,
    "the most dangerous man in Europe",
    [],
    ["Viktor Lindqvist"],
    'Viktor Lindqvist was branded "the most dangerous man in Europe" by the tabloid press after the vote.',
)
quote(
    NOT,
    "too old for the job",
    [],
    ["Gustav Nyberg"],
    "A poll published on Sunday found the mood had turned against the incumbent.",
    'Gustav Nyberg is "too old for the job", according to six voters in ten.',
)
quote(
    NOT,
    "final offer",
    [],
    ["Sven Aas"],
    "Kari Moen, the employers' negotiator, tabled new terms on Friday.",
    'Sven Aas rejected Moen\'s "final offer" within minutes.',
)
quote(
    NOT,
    "a historic opportunity",
    [],
    ["Jorge Matos"],
    'Jorge Matos backed the harbour plan, which Paula Reis had called "a historic opportunity" a week earlier.',
)
quote(
    NOT,
    "We owe them our silence no longer",
    [],
    ["the newspaper"],
    'The newspaper quoted Marta Lopes as saying: "We owe them our silence no longer."',
)
quote(
    NOT,
    "we will not retreat",
    [],
    ["Karin Holt"],
    "Olsen told the rally on Saturday that the strike would go on.",
    'Karin Holt echoed Olsen\'s "we will not retreat" in her own remarks on Monday.',
)
quote(
    NOT,
    "resign now",
    [],
    ["Petra Nunes"],
    'Petra Nunes faced cries of "resign now" as she left parliament on Wednesday night.',
)
quote(
    NOT,
    "open for business",
    [],
    ["the fair"],
    "Trade Minister Ola Vik opened the fair on Monday.",
    'The fair was "open for business" again, he said, after two years of closures.',
)
quote(
    NOT,
    "No more delays",
    [],
    ["Helga Strand"],
    'Helga Strand faced chants of "No more delays" as she arrived at the ministry.',
)
quote(
    NOT,
    "a betrayal of the north",
    [],
    ["Maja Lund"],
    'Maja Lund repeated Eide\'s "a betrayal of the north" line in her own speech on Tuesday.',
)
quote(
    NOT,
    "the worst harvest in forty years",
    [],
    ["the farmers"],
    'The farmers received a ministry letter warning of "the worst harvest in forty years".',
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
