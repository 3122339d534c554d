# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 54-57's colon frames (``grounding_colonframes.jsonl``): a quote a
colon hands over at the end of a one-clause frame whose named subject is its speaker
(:mod:`summarizer.verification.quotes.colon_frames`), in one category:

- ``colon-frame``: "X's line was shorter: "..."", "The agency's chief, Name, greeted the
  outcome: "..."", "On Friday Name told the panel: "..."" give the words to the frame's
  subject; the one told, the one whose letter or ruling is read, another clause's subject and
  someone named before the frame stay refused.

Run ``python tests/data/make_colonframes_cases.py`` to rebuild it. Every article below was
written for this set in its own words; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_colonframes.jsonl")

built = SupportCases(
    "s25c",
    leads=[
        "LISBON (Iberian Wire) -",
        "By Tomas Lindqvist | Nordic Ledger",
        "From our Geneva correspondent.",
        "WORLD | The Harbour Post",
    ],
)
COLON = "colon-frame"


def quote(words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(COLON, built.page(*paragraphs), words, passes, fails)


quote("We have closed a chapter of war", ["Nikol Pashinyan"], ["Ilham Aliyev"],
      "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed the text at the White House.",
      'Pashinyan\'s reply came after a long pause: "We have closed a chapter of war."')  # fmt: skip
quote("Nobody should celebrate yet", ["Greta Marsh"], ["Oliver Tran"],
      "The committee chair Oliver Tran opened the hearing with a brief welcome.",
      'Marsh\'s reaction was blunter: "Nobody should celebrate yet."',
      "Senator Greta Marsh has opposed the bill since March.")  # fmt: skip
quote("This is a good day for patients", ["Ana Ferreira"], [],
      "Paulo Costa, the health minister, presented the plan on Monday.",
      'The union\'s leader, Ana Ferreira, welcomed the deal: "This is a good day for patients."')  # fmt: skip
quote("The ice is melting faster than our models said", ["Ingrid Solberg"], ["Erik Holm"],
      'The institute\'s director, Ingrid Solberg, summed up the findings for Erik Holm and other ministers: "The ice is melting faster than our models said."')  # fmt: skip
quote("Let us be honest about the cost", ["Rachel Okafor"], ["Daniel Weiss"],
      "The budget debate ran late into the night.",
      'On Thursday Rachel Okafor told the chamber: "Let us be honest about the cost."',
      "Daniel Weiss, her opposition counterpart, walked out before the vote.")  # fmt: skip
quote("You are welcome in Ottawa any time", ["Mark Carney"], ["Volodymyr Zelensky"],
      "Prime Minister Mark Carney hosted the Ukrainian leader for talks.",
      'Carney told Zelensky at the door: "You are welcome in Ottawa any time."')  # fmt: skip
quote("The grain will move by Friday", ["Hakan Yilmaz"], ["Olena Kravets"],
      "Olena Kravets, Ukraine's trade envoy, had asked for guarantees.",
      'Later, Hakan Yilmaz posted on X: "The grain will move by Friday."')  # fmt: skip
quote("Three more trucks crossed tonight", ["Lena Fischer"], ["Samir Haddad"],
      "Samir Haddad runs the crossing for the Egyptian side.",
      'Lena Fischer, who coordinates the convoys, sent a short update to reporters in Cairo: "Three more trucks crossed tonight."')  # fmt: skip
quote("The door remains open", ["Kaja Kallas"], ["Sergei Lavrov"],
      "Russian Foreign Minister Sergei Lavrov dismissed the offer on Tuesday.",
      'Kallas\'s message to Moscow was short: "The door remains open."',
      "Kaja Kallas has led EU diplomacy since December.")  # fmt: skip
quote("I did not come here to lose", ["Marta Novak"], ["Peter Hall"],
      "The runoff was called for Marta Novak just after midnight.",
      'In Zagreb, Marta Novak thanked her volunteers: "I did not come here to lose."',
      "Her rival Peter Hall conceded an hour later.")  # fmt: skip
quote("The vote is a warning to every government", ["Yusuf Demir"], ["Clara Jensen"],
      "Analyst Clara Jensen called the turnout historic.",
      'The mayor of the city, Yusuf Demir, put it plainly: "The vote is a warning to every government."')  # fmt: skip
quote("We will rebuild every school", ["Amina Diallo"], ["Moussa Keita"],
      "Education minister Amina Diallo toured the flooded district with Moussa Keita, the regional governor.",
      'Diallo\'s answer to the parents was a promise: "We will rebuild every school."')  # fmt: skip
# the frame hands over someone else's words: refused to the frame's subject
quote("The state failed these children", [], ["Robert Lang"],
      "Judge Hannah Cole delivered the ruling on Monday.",
      'Robert Lang read out Cole\'s ruling to the crowd outside: "The state failed these children."')  # fmt: skip
quote("Release them all now", [], ["Tom Becker"],
      "Families of the hostages marched to the parliament on Sunday.",
      'Tom Becker, the mayor, held up the families\' banner: "Release them all now."')  # fmt: skip
quote("We were never consulted", ["Li Wen"], ["Sara Moreno"],
      "The fishermen's association, led by Li Wen, wrote to the ministry in May.",
      'Sara Moreno quoted the letter from Li Wen: "We were never consulted."')  # fmt: skip
quote("There is no deal until everything is agreed", [], ["Jonas Berg"],
      "The talks ended without a text.",
      'Jonas Berg quoted the old rule of the negotiators: "There is no deal until everything is agreed."')  # fmt: skip
quote("Nothing about this is normal", ["Priya Nair"], ["Ethan Cole"],
      "Ethan Cole, the speaker of the house, opened the session at nine.",
      'Priya Nair, the opposition leader, rose first: "Nothing about this is normal."')  # fmt: skip
quote("Stop the shelling", [], ["Anders Lund"],
      "Anders Lund arrived at the plant on Wednesday.",
      'Workers at the gate, whose placard Anders Lund photographed, had a demand: "Stop the shelling."')  # fmt: skip
quote("The judgment speaks for itself", [], ["Irene Gallo"],
      "The court ruled against the port authority.",
      'Irene Gallo cited the court\'s decision: "The judgment speaks for itself."')  # fmt: skip

quote("We are not leaving the table", ["Ilham Aliyev"], ["Nikol Pashinyan"],
      "Nikol Pashinyan spoke first at the signing.",
      'President Ilham Aliyev\'s answer was brief: "We are not leaving the table."')  # fmt: skip
quote("The bridge opens in spring", ["Tomas Reyes"], ["Julia Reyes"],
      "Tomas Reyes, the transport minister, and his sister Julia Reyes, a city councillor, cut the ribbon.",
      'Julia Reyes clapped as Tomas Reyes told the crowd: "The bridge opens in spring."')  # fmt: skip
quote("Every ally must pay its share", [], ["April Stone"],
      "NATO ministers gathered in Brussels.",
      'In April, Stone told them: "Every ally must pay its share."',
      "Defence chief Martin Stone has pressed the point for a year.")  # fmt: skip

quote("We are not going to be lectured", ["Narendra Modi"], ["Joe Biden"],
      "Joe Biden raised the issue of press freedom during the dinner.",
      'Indian Prime Minister Narendra Modi\'s retort to the Americans was pointed: "We are not going to be lectured."')  # fmt: skip
quote("Our airspace is closed to them", ["Petr Fiala"], ["Viktor Orban"],
      "Late on Sunday Czech Prime Minister Petr Fiala answered a question about Viktor Orban's visit to Moscow.",
      'Fiala gave reporters in Prague a one-line answer: "Our airspace is closed to them."')  # fmt: skip
quote("Hands off our reserves", [], ["Lucia Marin"],
      "Protesters gathered outside the central bank on Saturday.",
      'Lucia Marin, the bank\'s governor, read the protesters\' petition aloud: "Hands off our reserves."')  # fmt: skip
quote("The mandate ends tonight", [], ["Gustavo Pires"],
      "The peacekeepers' commander issued a short order.",
      'Gustavo Pires relayed the commander\'s order to the press: "The mandate ends tonight."')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
