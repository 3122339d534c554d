# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the fifth red-team set (``grounding_redteam5.jsonl``): the ``party`` kind (a summit's
parties, a stance's party, a measure's reacting party), by category, each with what must pass
and what must fail:

- ``party-capital``, ``party-seat``, ``party-people``, ``party-short``: a country named by its
  capital ("Moscow rejected"), its seat of government ("the Kremlin", "Downing Street"), its
  people's word ("Ukrainian forces") or a short form ("U.S.", "UK", "Britain"); a group by its
  name or short form ("EU", "Brussels", "Hizbollah");
- ``party-tie``: a leader or official standing for the country the article ties them to
  ("Russian President Vladimir Putin", "Putin, Russia's president", "his Russian counterpart
  Sergei Lavrov"), and not for another country, nor for any when the article ties them to
  none, nor across a sentence break, nor as an opposition leader or a senator;
- ``party-leader``: a party given as a person, found by the person rule (surname, spelling
  variants, no conflicting first name), "the President" for the one person the article calls
  President X, and a summit's parties referred to together ("their next meeting");
- ``party-region``: names that share a word or letters are different parties ("South Korea"
  and "North Korea", "Niger" and "Nigeria", "Iran" and "Iraq", "Oman" and "Romania", "Sudan"
  and "South Sudan", the two Congos); a listed people's word is its country's ("Omani" is
  Oman's, "Iranian" Iran's);
- ``party-typography``: curly apostrophes, diacritics ("Türkiye", "Élysée"), capitals
  ("MOSCOW"), hyphenated pairs ("US-Russia talks"), and what only looks like a party ("told
  us", "the Washington Post", "Kyiv Independent");
- ``party-place``: a country's name after a place preposition ("fighting in Ukraine", "aid
  to Ukraine") is a place, not the party acting; a capital there still stands for its
  government ("officials in Moscow said").

Run ``python tests/data/make_party_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets; public figures in invented sentences); each verdict is what a
careful fact-checker reads in the text, decided when the case was written, never by running
the code. Cases run like the other red-team sets. Written in two rounds: the first (176
cases) had 6 wrong when first run (two are the ``known_gap`` cases: support reads whole
sentences, so another clause's country counts); the second (83 cases, written after the
first round's fixes and decided before it was run) had 3 wrong: a name with a particle ("Al
Thani", after "bin"), "NATO's" read as not in capitals, and "the two presidents" supporting a
person the article names only after the evidence.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_redteam5.jsonl")

built = SupportCases("rt5")


def stance(category: str, text: str, evidence: str, passes: list[str], fails: list[str]) -> None:
    """A truce position backed by ``evidence``: each party in ``passes`` is named there (by
    any alias), each in ``fails`` is not."""
    assert evidence in text, evidence
    for expect, party in verdicts(passes, fails):
        position = {"party": party, "evidence": [evidence]}
        facts = {"ceasefires": [{"positions": [position]}]}
        why = f"{party}: {evidence[:50]}"
        built.add(category, expect, why, text, facts, "ceasefires[0].positions[0].party")


def summit(category: str, text: str, evidence: str, parties: list[str], expect: list[bool]) -> None:
    """A summit of ``parties`` backed by ``evidence``; ``expect`` per party."""
    assert evidence in text, evidence
    built.meeting_parties(category, text, evidence, parties, expect, f": {evidence[:50]}")


def reaction(category: str, text: str, evidence: str, passes: list[str], fails: list[str]) -> None:
    """A measure whose one reaction is by the party, backed by the measure's ``evidence``."""
    assert evidence in text, evidence
    for expect, party in verdicts(passes, fails):
        measure = {
            "evidence": [evidence],
            "reactions": [{"who": party, "reaction": "protested"}],
        }
        why = f"{party} reacted: {evidence[:50]}"
        built.add(category, expect, why, text, {"sanctions": [measure]},
                  "sanctions[0].reactions[0].who")  # fmt: skip


def gap(reason: str) -> None:
    """Mark the last case a known gap: the verdict is right, the rule does not reach it."""
    built.cases[-1]["known_gap"] = reason


# --- 1. capitals, seats of government, people's words, short forms --------------------------

WIRE = """Moscow rejects truce plan

GENEVA, June 4 (Test Wire) - Moscow rejected the 30-day truce plan on Wednesday, calling it a trap.

The Kremlin said the proposal ignored the "root causes" of the conflict.

Ukrainian forces reported heavy shelling near Kharkiv overnight.

Washington said it would keep pressing both sides. The White House said the offer stood.

Downing Street called the rejection "deeply disappointing", and Britain said it would consult allies.

The U.S. and the UK will meet European partners on Friday. US officials said America would not wait long.

The Elysee said France backed the plan; Berlin said Germany did too.

In Brussels, the EU said its foreign ministers would discuss it. The European Union's envoy was cautious.

Hizbollah and Hamas both rejected the plan, a diplomat said.
"""
stance(
    "party-capital",
    WIRE,
    "Moscow rejected the 30-day truce plan on Wednesday, calling it a trap.",
    ["Russia", "Russian Federation", "the Russian government"],
    ["Ukraine", "Iran", "United States"],
)
stance("party-capital", WIRE, "Berlin said Germany did too", ["Germany"], ["France"])
gap("the sentence's other clause names France (support reads whole sentences)")
stance(
    "party-seat",
    WIRE,
    'The Kremlin said the proposal ignored the "root causes" of the conflict.',
    ["Russia", "Moscow", "the Kremlin"],
    ["Ukraine", "United Kingdom"],
)
stance(
    "party-seat",
    WIRE,
    "The White House said the offer stood.",
    ["United States", "U.S.", "Washington", "America"],
    ["Russia", "United Kingdom"],
)
stance(
    "party-seat",
    WIRE,
    'Downing Street called the rejection "deeply disappointing"',
    ["United Kingdom", "UK", "Britain"],
    ["United States", "Ukraine"],
)
stance("party-seat", WIRE, "The Elysee said France backed the plan", ["France"], ["Germany"])
gap("the sentence's other clause names Germany (support reads whole sentences)")
stance(
    "party-people",
    WIRE,
    "Ukrainian forces reported heavy shelling near Kharkiv overnight.",
    ["Ukraine", "Kyiv", "Ukrainian forces"],
    ["Russia", "United Kingdom"],
)
stance(
    "party-short",
    WIRE,
    "Washington said it would keep pressing both sides.",
    ["United States", "US"],
    ["Russia"],
)
stance(
    "party-short",
    WIRE,
    "US officials said America would not wait long.",
    ["United States", "the U.S.", "USA"],
    ["United Kingdom"],
)
stance(
    "party-short",
    WIRE,
    "Britain said it would consult allies",
    ["UK", "United Kingdom", "Great Britain"],
    ["United States", "Ukraine"],
)
stance(
    "party-short",
    WIRE,
    "In Brussels, the EU said its foreign ministers would discuss it.",
    ["European Union", "EU"],
    ["NATO"],
)
stance(
    "party-short",
    WIRE,
    "The European Union's envoy was cautious.",
    ["EU", "Brussels"],
    ["United Nations"],
)
stance(
    "party-short",
    WIRE,
    "Hizbollah and Hamas both rejected the plan, a diplomat said.",
    ["Hezbollah", "Hamas"],
    ["Israel", "Houthis"],
)

# --- 2. leaders and officials the article ties to a country ------------------------------

TIES = """Ministers meet as strikes go on

ISTANBUL, June 5 (Test Wire) - Russian President Vladimir Putin said on Thursday that talks could resume "in principle."

Putin added that any truce must be verified.

Secretary of State Marco Rubio met his Russian counterpart Sergei Lavrov for two hours. Lavrov said the talks were useful.

Rubio, the U.S. secretary of state, said he saw "a path."

Ukraine's defence minister, Rustem Umerov, joined by video. Umerov said guarantees came first.

French President Emmanuel Macron called the meeting overdue. Macron said Europe must be at the table.

Russian opposition leader Alexei Navalny's widow, Yulia Navalnaya, criticised the talks. Navalnaya said they legitimised the war.

Republican Senator Lindsey Graham said sanctions were still needed. Graham said the bill had 84 co-sponsors.

Observers from Turkey attended. President Erdogan spoke later. Erdogan said Istanbul was ready to host.
"""
stance(
    "party-tie",
    TIES,
    "Putin added that any truce must be verified.",
    ["Russia", "Moscow"],
    ["Ukraine", "United States"],
)
stance(
    "party-tie",
    TIES,
    "Lavrov said the talks were useful.",
    ["Russia"],
    ["United States", "Ukraine"],
)
stance(
    "party-tie",
    TIES,
    'Rubio, the U.S. secretary of state, said he saw "a path."',
    ["United States"],
    ["Russia"],
)
stance("party-tie", TIES, "Umerov said guarantees came first.", ["Ukraine"], ["Russia"])
stance(
    "party-tie", TIES, "Macron said Europe must be at the table.", ["France"], ["Germany", "Russia"]
)
stance("party-tie", TIES, "Navalnaya said they legitimised the war.", [], ["Russia"])
stance("party-tie", TIES, "Graham said the bill had 84 co-sponsors.", [], ["United States"])
stance("party-tie", TIES, "Erdogan said Istanbul was ready to host.", [], ["Turkey"])

APPOSITION = """Leaders respond

Putin, Russia's president, said the offer was "a start."

Later Putin said he would reply within a week.

Zelenskiy, the Ukrainian leader, said he was ready to talk. Zelenskiy added that he would not cede land.

Meanwhile Netanyahu said the front in Lebanon was quiet.
"""
stance(
    "party-tie",
    APPOSITION,
    "Later Putin said he would reply within a week.",
    ["Russia", "Vladimir Putin"],
    ["Ukraine", "Israel"],
)
stance(
    "party-tie", APPOSITION, "Zelenskiy added that he would not cede land.", ["Ukraine"], ["Russia"]
)
stance(
    "party-tie",
    APPOSITION,
    "Meanwhile Netanyahu said the front in Lebanon was quiet.",
    [],
    ["Israel", "Russia"],
)

# --- 3. a party given as a person ----------------------------------------------------------

UNTIED = """Leaders trade messages

Putin said on Tuesday that a meeting was possible "in principle."

Zelensky said he would not meet Putin before a ceasefire.

Erdogan offered to host the talks. Sergei Ryabkov, a deputy minister, said nothing.
"""
stance(
    "party-leader",
    UNTIED,
    'Putin said on Tuesday that a meeting was possible "in principle."',
    ["Putin", "Vladimir Putin", "President Putin"],
    ["Russia", "Zelensky", "Erdogan"],
)
stance(
    "party-leader",
    UNTIED,
    "Zelensky said he would not meet Putin before a ceasefire.",
    ["Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"],
    ["Ukraine", "Erdogan"],
)
stance(
    "party-leader",
    UNTIED,
    "Erdogan offered to host the talks.",
    ["Recep Tayyip Erdogan"],
    ["Turkey", "Putin"],
)
stance(
    "party-leader",
    UNTIED,
    "Sergei Ryabkov, a deputy minister, said nothing.",
    ["Sergei Ryabkov"],
    ["Andrei Ryabkov", "Russia"],
)

SUMMITS = """Summit talk

President Trump, with NATO chief Mark Rutte beside him, said the Budapest summit with Putin was off. Chinese President Xi Jinping was not mentioned.

The same day, the President told reporters he had scrapped the summit with Putin.

Putin floated their next meeting with a quip: "next time in Moscow."

The two leaders will speak again in April, officials said.

Xi said he hoped Trump would visit Beijing.
"""
summit(
    "party-leader",
    SUMMITS,
    "The same day, the President told reporters he had scrapped the summit with Putin.",
    ["Trump", "Putin"],
    [True, True],
)
summit(
    "party-leader",
    SUMMITS,
    "The same day, the President told reporters he had scrapped the summit with Putin.",
    ["Xi Jinping", "Putin"],
    [False, True],
)
summit(
    "party-leader",
    SUMMITS,
    'Putin floated their next meeting with a quip: "next time in Moscow."',
    ["Donald Trump", "Vladimir Putin"],
    [True, True],
)
summit(
    "party-leader",
    SUMMITS,
    "Xi said he hoped Trump would visit Beijing.",
    ["Mark Rutte", "Xi Jinping"],
    [False, True],
)
summit(
    "party-leader",
    SUMMITS,
    "The two leaders will speak again in April, officials said.",
    ["Trump", "Putin"],
    [True, True],
)

# --- 4. names that share a word or letters --------------------------------------------------

REGION = """Regional roundup

North Korea fired two missiles on Monday, Seoul said.

South Korean officials said they were monitoring the launch. Pyongyang made no comment.

Nigeria said it would send troops to the border; Nigerian officials declined to give numbers.

Iraqi officials welcomed the truce. Iranian diplomats said Tehran was studying it.

Omani mediators carried the message. Romania said it had not been consulted.

South Sudan's government said Juba would attend. Officials in Kinshasa, the capital of the Democratic Republic of Congo, said the DRC would too.

Slovakia lifted its veto. Slovenia said nothing.
"""
stance(
    "party-region",
    REGION,
    "North Korea fired two missiles on Monday, Seoul said.",
    ["North Korea", "South Korea"],
    ["Korea", "Japan"],
)
stance(
    "party-region",
    REGION,
    "South Korean officials said they were monitoring the launch.",
    ["South Korea", "Republic of Korea"],
    ["North Korea", "Korea"],
)
stance(
    "party-region", REGION, "Pyongyang made no comment.", ["North Korea", "DPRK"], ["South Korea"]
)
stance(
    "party-region",
    REGION,
    "Nigeria said it would send troops to the border",
    ["Nigeria"],
    ["Niger"],
)
stance(
    "party-region", REGION, "Nigerian officials declined to give numbers", ["Nigeria"], ["Niger"]
)
stance("party-region", REGION, "Iraqi officials welcomed the truce.", ["Iraq"], ["Iran"])
stance("party-region", REGION, "Iranian diplomats said Tehran was studying it.", ["Iran"], ["Iraq"])
stance("party-region", REGION, "Omani mediators carried the message.", ["Oman"], ["Romania"])
stance("party-region", REGION, "Romania said it had not been consulted.", ["Romania"], ["Oman"])
stance(
    "party-region",
    REGION,
    "South Sudan's government said Juba would attend.",
    ["South Sudan"],
    ["Sudan"],
)
stance(
    "party-region",
    REGION,
    "Officials in Kinshasa, the capital of the Democratic Republic of Congo, said the DRC would too.",
    ["Democratic Republic of Congo", "DR Congo"],
    ["Republic of Congo"],
)
stance("party-region", REGION, "Slovakia lifted its veto.", ["Slovakia"], ["Slovenia"])

# --- 5. typography and look-alikes ----------------------------------------------------------

TYPO = """MOSCOW REJECTS PLAN

ANKARA, June 6 (Test Wire) - Russia\u2019s envoy walked out of the talks on Friday.

Türkiye said it would host another round. The Élysée said it welcomed that.

US-Russia talks will resume next week, a diplomat said. "Don't tell us what to do," a Russian official said.

The Washington Post reported the talks were stalling. The Moscow Times said the same. The Kyiv Independent carried the story too.

Zelenskyy thanked Ankara.
"""
stance("party-typography", TYPO, "MOSCOW REJECTS PLAN", ["Russia"], ["Ukraine"])
stance(
    "party-typography",
    TYPO,
    "Russia\u2019s envoy walked out of the talks on Friday.",
    ["Russia"],
    ["Turkey"],
)
stance(
    "party-typography",
    TYPO,
    "Türkiye said it would host another round.",
    ["Turkey", "Türkiye", "Turkiye"],
    ["France"],
)
stance("party-typography", TYPO, "The Élysée said it welcomed that.", ["France"], ["Turkey"])
stance(
    "party-typography",
    TYPO,
    "US-Russia talks will resume next week, a diplomat said.",
    ["Russia", "United States"],
    ["Ukraine"],
)
stance(
    "party-typography",
    TYPO,
    '"Don\'t tell us what to do," a Russian official said.',
    ["Russia"],
    ["United States"],
)
stance(
    "party-typography",
    TYPO,
    "The Washington Post reported the talks were stalling.",
    [],
    ["United States"],
)
stance("party-typography", TYPO, "The Moscow Times said the same.", [], ["Russia"])
stance("party-typography", TYPO, "The Kyiv Independent carried the story too.", [], ["Ukraine"])
stance("party-typography", TYPO, "Zelenskyy thanked Ankara.", ["Turkey", "Zelensky"], ["Ukraine"])

# --- 6. a country's name as a place -----------------------------------------------------

PLACE = """Strikes go on

Fighting in Ukraine continued overnight, a Test Wire tally showed.

The package sends more aid to Ukraine, a diplomat said.

Officials in Moscow said the talks would go on. Kyiv said it was ready.

Talks were held in Saudi Arabia; Riyadh said they went well.
"""
stance(
    "party-place",
    PLACE,
    "Fighting in Ukraine continued overnight, a Test Wire tally showed.",
    [],
    ["Ukraine", "Russia"],
)
stance(
    "party-place", PLACE, "The package sends more aid to Ukraine, a diplomat said.", [], ["Ukraine"]
)
stance(
    "party-place", PLACE, "Officials in Moscow said the talks would go on.", ["Russia"], ["Ukraine"]
)
stance("party-place", PLACE, "Kyiv said it was ready.", ["Ukraine"], ["Russia"])
stance(
    "party-place",
    PLACE,
    "Talks were held in Saudi Arabia; Riyadh said they went well.",
    ["Saudi Arabia"],
    ["Qatar"],
)

# --- 7. reacting parties of a measure ---------------------------------------------------

SANCTIONS = """New sanctions

WASHINGTON, Oct 22 (Test Wire) - The U.S. Treasury imposed sanctions on two oil companies. Moscow called them an unfriendly act. China's foreign ministry protested. Markets took note.
"""
reaction(
    "party-seat",
    SANCTIONS,
    "Moscow called them an unfriendly act.",
    ["Kremlin", "Russia"],
    ["China", "India"],
)
reaction(
    "party-capital",
    SANCTIONS,
    "China's foreign ministry protested.",
    ["Beijing", "China", "Chinese foreign ministry"],
    ["India", "Russia"],
)
reaction("party-leader", SANCTIONS, "Markets took note.", ["Markets"], ["Oil traders"])


# --- round 2: written after round 1's fixes, decided before it was first run ----------------

MIDEAST = """Gaza truce talks stall

CAIRO, Jan 9 (Test Wire) - Israeli officials said on Thursday they would not send a delegation until hostages were released.

Hamas said it had accepted the Egyptian proposal. Cairo said it would keep mediating.

Israeli Prime Minister Benjamin Netanyahu's office said the plan was "a non-starter". Netanyahu said the plan was dead.

Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said Doha remained committed. Al Thani said the gaps were narrowing.

The Houthis said they would halt attacks on shipping. Tehran welcomed the move.

Hezbollah leader Naim Qassem said the group backed the truce. Qassem added that the fighters would hold their fire.

The U.N. Security Council will meet on Friday. Secretary-General Antonio Guterres said the United Nations stood ready.
"""
stance(
    "party-people",
    MIDEAST,
    "Israeli officials said on Thursday they would not send a delegation until hostages were released.",
    ["Israel"],
    ["Hamas", "Egypt"],
)
stance(
    "party-short",
    MIDEAST,
    "Hamas said it had accepted the Egyptian proposal.",
    ["Hamas"],
    ["Israel"],
)
stance("party-capital", MIDEAST, "Cairo said it would keep mediating.", ["Egypt"], ["Qatar"])
stance("party-tie", MIDEAST, "Netanyahu said the plan was dead.", ["Israel"], ["Lebanon", "Hamas"])
stance("party-tie", MIDEAST, "Al Thani said the gaps were narrowing.", ["Qatar"], ["Israel"])
stance(
    "party-short",
    MIDEAST,
    "The Houthis said they would halt attacks on shipping.",
    ["Houthis"],
    ["Iran"],
)
stance("party-capital", MIDEAST, "Tehran welcomed the move.", ["Iran"], ["Houthis"])
stance(
    "party-tie",
    MIDEAST,
    "Qassem added that the fighters would hold their fire.",
    ["Hezbollah"],
    ["Israel"],
)
stance(
    "party-typography",
    MIDEAST,
    "The U.N. Security Council will meet on Friday.",
    ["United Nations", "UN"],
    ["United States"],
)
stance(
    "party-short",
    MIDEAST,
    "Secretary-General Antonio Guterres said the United Nations stood ready.",
    ["UN"],
    ["NATO"],
)

EUROPE = """EU leaders split on tariffs

BRUSSELS (Test Wire) - The European Commission proposed new tariffs on Russian fertiliser on Monday.

Hungarian Prime Minister Viktor Orbán said Budapest would veto the measure. Orban said sanctions had failed.

Warsaw backed the tariffs. Polish Foreign Minister Radoslaw Sikorski called them overdue.

The Dutch government said it would abstain. Spain said nothing.

Moldova's president, Maia Sandu, welcomed the move. Sandu said the pressure had grown.

European diplomats said a deal was unlikely before summer.
"""
stance(
    "party-short",
    EUROPE,
    "The European Commission proposed new tariffs on Russian fertiliser on Monday.",
    ["EU", "European Union"],
    ["Belgium"],
)
stance(
    "party-tie",
    EUROPE,
    "Orban said sanctions had failed.",
    ["Hungary", "Viktor Orban", "Viktor Orbán"],
    ["Poland"],
)
stance("party-capital", EUROPE, "Warsaw backed the tariffs.", ["Poland"], ["Hungary"])
stance(
    "party-people",
    EUROPE,
    "The Dutch government said it would abstain.",
    ["Netherlands", "the Dutch government"],
    ["Germany", "Denmark"],
)
stance("party-region", EUROPE, "Spain said nothing.", ["Spain"], ["Slovakia"])
stance("party-tie", EUROPE, "Sandu said the pressure had grown.", ["Moldova"], ["Romania"])
stance(
    "party-people",
    EUROPE,
    "European diplomats said a deal was unlikely before summer.",
    [],
    ["EU", "European Union"],
)

ASIA = """Trade truce holds

BEIJING, May 2 (Test Wire) - China's commerce ministry said the tariff truce would hold.

Taiwan's foreign ministry thanked Washington. Taipei said it was not consulted.

India and Indonesia stayed silent. Indian officials said New Delhi was studying the terms.

Kim Jong Un did not comment.
"""
stance(
    "party-short",
    ASIA,
    "China's commerce ministry said the tariff truce would hold.",
    ["China"],
    ["Taiwan"],
)
stance(
    "party-capital",
    ASIA,
    "Taiwan's foreign ministry thanked Washington.",
    ["Taiwan", "United States"],
    ["China"],
)
stance(
    "party-capital", ASIA, "Taipei said it was not consulted.", ["Taiwan"], ["China", "Thailand"]
)
stance(
    "party-region",
    ASIA,
    "Indian officials said New Delhi was studying the terms.",
    ["India"],
    ["Indonesia"],
)
stance(
    "party-region", ASIA, "India and Indonesia stayed silent.", ["India", "Indonesia"], ["Indiana"]
)
stance("party-tie", ASIA, "Kim Jong Un did not comment.", ["Kim Jong Un"], ["North Korea"])

ALLIES = """Allies react

LONDON, March 1 (Test Wire) - U.K. officials said the plan was a start.

Britons were split, a poll showed.

The E.U.'s foreign policy chief said more was needed.

NATO's secretary general, Mark Rutte, said allies would help. Rutte said the alliance was united.

"Washington has to lead," a French diplomat said.
"""
stance(
    "party-typography",
    ALLIES,
    "U.K. officials said the plan was a start.",
    ["UK", "Britain"],
    ["Ukraine", "United States"],
)
stance(
    "party-people", ALLIES, "Britons were split, a poll showed.", ["United Kingdom"], ["Ukraine"]
)
stance(
    "party-typography",
    ALLIES,
    "The E.U.'s foreign policy chief said more was needed.",
    ["EU"],
    ["United States"],
)
stance("party-tie", ALLIES, "Rutte said the alliance was united.", ["NATO"], ["Russia"])
stance(
    "party-capital",
    ALLIES,
    '"Washington has to lead," a French diplomat said.',
    ["United States", "France"],
    ["Germany"],
)

BUSAN = """Leaders to meet

Chinese President Xi Jinping and U.S. President Donald Trump will meet in Busan on Thursday, both governments said.

The two presidents are expected to discuss fentanyl and soybeans.

Trump said he would also see South Korean President Lee Jae-myung.
"""
summit(
    "party-leader",
    BUSAN,
    "The two presidents are expected to discuss fentanyl and soybeans.",
    ["Xi Jinping", "Donald Trump"],
    [True, True],
)
summit(
    "party-leader",
    BUSAN,
    "The two presidents are expected to discuss fentanyl and soybeans.",
    ["Lee Jae-myung", "Donald Trump"],
    [False, True],
)
summit(
    "party-leader",
    BUSAN,
    "Trump said he would also see South Korean President Lee Jae-myung.",
    ["Donald Trump", "Lee Jae-myung"],
    [True, True],
)
summit(
    "party-leader",
    BUSAN,
    "Trump said he would also see South Korean President Lee Jae-myung.",
    ["Donald Trump", "Xi Jinping"],
    [True, False],
)
summit(
    "party-people",
    BUSAN,
    "Chinese President Xi Jinping and U.S. President Donald Trump will meet in Busan on Thursday, both governments said.",
    ["China", "United States"],
    [True, True],
)
summit(
    "party-people",
    BUSAN,
    "Chinese President Xi Jinping and U.S. President Donald Trump will meet in Busan on Thursday, both governments said.",
    ["Japan", "South Korea"],
    [False, False],
)
reaction(
    "party-people",
    MIDEAST,
    "Hamas said it had accepted the Egyptian proposal.",
    [],
    ["Israeli military"],
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
