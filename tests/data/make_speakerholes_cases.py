# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 24's speaker holes (``grounding_speakerholes.jsonl``): wrong quote
speakers the grounding accepted, found by reviewers with new wordings, by category, each with
what must pass and what must fail:

- ``unfit-epithet``: an epithet of a people, party or staff word ('"...," the Indian leader
  said', "said the Belarusian president", "the official said") stands for the person the page
  describes so ("Indian Prime Minister Narendra Modi"); when it fits no one named, it is not
  the last person named (Xi Jinping, NATO's Mark Rutte, "Russian President Vladimir Putin"),
  unless the page speaks of that people elsewhere (:mod:`summarizer.verification.quotes.epithets`);
- ``object-not-speaker``: the one praised ("X praised Modi as "...""; "Modi was praised by X
  as "...""), the one a view is about ("For many traders, Draghi "...""), the principal of a
  spokesman ("Guterres' spokesman Stephane Dujarric praised ...") never speaks the words; the
  praiser, the view's holder and the spokesman do;
- ``owned-remark``: a quote labelling another's remark or plan ('Biden criticised the "..." remarks
  made by Trump', 'Scholz welcomed the "..." plan proposed by Macron', "Draghi's pledge "..."") is
  the owner's, not the critic's (:mod:`summarizer.verification.quotes.owned_quotes`);
- ``denied-speaker``: a quote the page says someone did not say ('"..." was not said by Nixon,
  but by Kennedy', "Putin never said "..."", "It was not X who said") is refused for the one
  denied and accepted for the "but by" one (:mod:`summarizer.verification.quotes.denied_quotes`).

Run ``python tests/data/make_speakerholes_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakerholes.jsonl")

built = SupportCases(
    "sh",
    leads=[
        "TIANJIN (Asia Desk) -",
        "By Ilse Vogt | The Baltic Ledger",
        "From our Geneva bureau.",
        "MARKETS | The Frankfurt Note",
        "Translated from the Hindi service of Radio Ganga.",
        "FACT CHECK | The Veritas Desk",
    ],
)
EPITHET, OBJECT, OWNED, DENIED = (
    "unfit-epithet",
    "object-not-speaker",
    "owned-remark",
    "denied-speaker",
)


def quote(category: str, words: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.quote(category, built.page(*paragraphs), words, passes, fails)


# unfit-epithet: the epithet must fit the person the page describes
quote(
    EPITHET,
    "partners, not rivals",
    [],
    ["Xi Jinping"],
    "Xi Jinping opened the Shanghai Cooperation Organisation summit in Tianjin on Sunday.",
    '"China and India are partners, not rivals," the Indian leader said after their talks.',
)
quote(
    EPITHET,
    "partners, not rivals",
    ["Narendra Modi"],
    ["Xi Jinping"],
    "Chinese President Xi Jinping received Indian Prime Minister Narendra Modi in Tianjin on Sunday.",
    '"China and India are partners, not rivals," the Indian leader said after their talks.',
)
quote(
    EPITHET,
    "Our border is NATO's border",
    [],
    ["Mark Rutte"],
    "NATO Secretary General Mark Rutte flew to Vilnius on Monday to watch the brigade's drills.",
    '"Our border is NATO\'s border," the Lithuanian president told reporters at the airfield.',
)
quote(
    EPITHET,
    "Our border is NATO's border",
    ["Gitanas Nauseda"],
    ["Mark Rutte"],
    "NATO Secretary General Mark Rutte and Lithuanian President Gitanas Nauseda reviewed the brigade on Monday.",
    '"Our border is NATO\'s border," the Lithuanian president told reporters at the airfield.',
)
quote(
    EPITHET,
    "We will hold the drills together",
    [],
    ["Vladimir Putin"],
    "Russian President Vladimir Putin spoke by video link to the security council on Friday.",
    '"We will hold the drills together, as we always have," said the Belarusian president.',
)
quote(
    EPITHET,
    "We will hold the drills together",
    ["Alexander Lukashenko"],
    ["Vladimir Putin"],
    "Russian President Vladimir Putin received Belarusian President Alexander Lukashenko in the Kremlin on Friday.",
    '"We will hold the drills together, as we always have," said the Belarusian president.',
)
quote(
    EPITHET,
    "The talks were useful",
    ["Vladimir Putin"],
    [],
    "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk.",
    '"The talks were useful," the Russian president said.',
)
quote(
    EPITHET,
    "The talks went well",
    [],
    ["Vladimir Putin"],
    "President Vladimir Putin met the Belarusian delegation in the Kremlin on Friday.",
    '"The talks went well," the official said.',
)
quote(
    EPITHET,
    "no date has been set",
    [],
    ["Antonio Guterres"],
    "Secretary-General Antonio Guterres was briefed on the Gaza talks on Tuesday.",
    'The spokesman said "no date has been set" for a visit.',
)
quote(
    EPITHET,
    "a fair deal for our farmers",
    ["Anthony Albanese"],
    ["Narendra Modi"],
    "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese signed the trade pact in Canberra.",
    '"This is a fair deal for our farmers," the Australian leader said.',
)
quote(
    EPITHET,
    "India will not bend",
    ["Narendra Modi"],
    ["Anthony Albanese"],
    "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met in Sydney in May 2023.",
    '"India will not bend on dairy," the Indian leader said.',
)
quote(
    EPITHET,
    "We stand with Kyiv",
    [],
    ["Viktor Orban"],
    "Hungarian Prime Minister Viktor Orban arrived late to the summit in Brussels.",
    '"We stand with Kyiv," the Polish prime minister said as he left.',
)
quote(
    EPITHET,
    "We stand with Kyiv",
    ["Donald Tusk"],
    ["Viktor Orban"],
    "Hungarian Prime Minister Viktor Orban and Polish Prime Minister Donald Tusk arrived at the summit in Brussels.",
    '"We stand with Kyiv," the Polish prime minister said as he left.',
)
quote(
    EPITHET,
    "The border stays open",
    ["Recep Tayyip Erdogan"],
    [],
    "Recep Tayyip Erdogan met Volodymyr Zelensky in Ankara on Friday.",
    "Turkey has offered to host talks since 2022.",
    "Recep Tayyip Erdogan spoke to the press afterwards.",
    '"The border stays open," the Turkish leader said.',
)
quote(
    EPITHET,
    "Peace is possible this year",
    [],
    ["Volodymyr Zelensky"],
    "Ukrainian President Volodymyr Zelensky landed in Ankara on Friday.",
    '"Peace is possible this year," the Turkish leader said at the palace.',
)

quote(
    EPITHET,
    "The corridor must stay open",
    ["Alexander Lukashenko"],
    [],
    "Belarus hosted the talks at a palace outside Minsk on Thursday.",
    "Alexander Lukashenko greeted the delegations himself.",
    '"The corridor must stay open," the Belarusian leader said.',
)
quote(
    EPITHET,
    "Lithuania will pay its share",
    ["Gitanas Nauseda"],
    [],
    "Lithuania has pledged to spend five percent of its output on defence.",
    "Gitanas Nauseda opened the parliament's session on Tuesday.",
    '"Lithuania will pay its share," the Lithuanian president said.',
)
quote(
    EPITHET,
    "We want a ceasefire",
    ["Cyril Ramaphosa"],
    [],
    "South African President Cyril Ramaphosa addressed the summit in Johannesburg.",
    '"We want a ceasefire now," the South African president said.',
)

# object-not-speaker: the one praised, the one a view is about, a spokesman's principal
quote(
    OBJECT,
    "the boss",
    ["Anthony Albanese"],
    ["Narendra Modi"],
    "Some 20,000 people filled Qudos Bank Arena in Sydney on May 23, 2023.",
    'Australian Prime Minister Anthony Albanese praised his Indian counterpart Narendra Modi as "the boss" before the crowd.',
)
quote(
    OBJECT,
    "the boss",
    ["Albanese"],
    ["Modi"],
    "The Sydney rally drew a crowd larger than Bruce Springsteen's.",
    'Modi was praised by Albanese as "the boss" at the arena.',
)
quote(
    OBJECT,
    "a tough guy",
    ["Donald Trump"],
    ["Recep Tayyip Erdogan"],
    "Recep Tayyip Erdogan visited the White House in September 2025.",
    'Donald Trump hailed Erdogan as "a tough guy" in the Oval Office.',
)
quote(
    OBJECT,
    "a welcome step",
    ["Stephane Dujarric"],
    ["Antonio Guterres"],
    "The ceasefire in Gaza took effect on Sunday morning.",
    'Guterres\' spokesman Stephane Dujarric praised the truce as "a welcome step" on Tuesday.',
)
quote(
    OBJECT,
    "very useful",
    ["Yuri Ushakov"],
    ["Vladimir Putin"],
    "Vladimir Putin met the US envoy in the Kremlin for five hours.",
    'Putin\'s aide Yuri Ushakov described the meeting as "very useful" to reporters.',
)
quote(
    OBJECT,
    "frank and direct",
    ["Maud Bregeon"],
    ["Emmanuel Macron"],
    "Emmanuel Macron hosted the coalition talks at the Elysee on Thursday.",
    'Macron\'s spokeswoman Maud Bregeon called the talks "frank and direct".',
)
quote(
    OBJECT,
    "had finally drawn a line",
    [],
    ["Mario Draghi"],
    "Spanish and Italian bond yields fell sharply in July 2012.",
    'For many traders, Draghi "had finally drawn a line" under the crisis.',
)
quote(
    OBJECT,
    "saved the euro",
    [],
    ["Mario Draghi"],
    "The ECB never had to buy a single bond under the programme.",
    'For many investors at the time, Mario Draghi "saved the euro" with three words.',
)
quote(
    OBJECT,
    "left the door open",
    [],
    ["Jerome Powell"],
    "The Federal Reserve held rates at its June meeting.",
    'For economists at Nomura, Jerome Powell "left the door open" to a cut in September.',
)
quote(
    OBJECT,
    "irreversible",
    ["Christine Lagarde"],
    [],
    "The euro turned 25 in January 2024.",
    'For Christine Lagarde, the single currency is "irreversible".',
)
quote(
    OBJECT,
    "very constructive",
    ["Andriy Yermak"],
    ["Volodymyr Zelensky"],
    "Volodymyr Zelensky sent a delegation to Jeddah in March 2025.",
    'Zelensky\'s chief of staff Andriy Yermak called the talks "very constructive".',
)
quote(
    OBJECT,
    "unacceptable",
    ["Omer Celik"],
    ["Recep Tayyip Erdogan"],
    "Recep Tayyip Erdogan chaired a cabinet meeting on Monday.",
    'Erdogan\'s party spokesman Omer Celik said the proposal was "unacceptable".',
)

quote(
    OBJECT,
    "a historic day",
    ["Narendra Modi"],
    ["Anthony Albanese"],
    "The free trade deal took effect in December 2022.",
    'Narendra Modi praised Albanese\'s visit as "a historic day" for both democracies.',
)

# owned-remark: a quote labelling another's remark or plan is the owner's
quote(
    OWNED,
    "very fine people",
    ["Donald Trump"],
    ["Joe Biden"],
    "The rally in Charlottesville turned deadly in August 2017.",
    'Joe Biden criticised the "very fine people" remarks made by Donald Trump after the violence.',
)
quote(
    OWNED,
    "European sovereignty",
    ["Emmanuel Macron"],
    ["Olaf Scholz"],
    "Emmanuel Macron set out his vision at the Sorbonne in September 2017.",
    'Olaf Scholz later welcomed the "European sovereignty" plan proposed by Macron.',
)
quote(
    OWNED,
    "whatever it takes",
    ["Mario Draghi"],
    ["Christine Lagarde"],
    "Christine Lagarde took over the ECB in 2019.",
    "Lagarde has often praised Draghi's pledge \"whatever it takes\" as the bank's finest hour.",
)
quote(
    OWNED,
    "enemy within",
    ["Donald Trump"],
    ["Kamala Harris"],
    "The campaign entered its final week in October 2024.",
    'Kamala Harris condemned the "enemy within" comments made by Trump at a rally.',
)
quote(
    OWNED,
    "coalition of the willing",
    ["Emmanuel Macron"],
    ["Keir Starmer"],
    "European leaders met in Paris in March 2025.",
    'Keir Starmer backed the "coalition of the willing" plan put forward by Macron.',
)
quote(
    OWNED,
    "peace formula",
    ["Volodymyr Zelensky"],
    ["Kaja Kallas"],
    "Kaja Kallas visited Kyiv in December 2024.",
    'Kallas endorsed the "peace formula" proposed by Zelensky two years earlier.',
)
quote(
    OWNED,
    "chainsaw",
    ["Javier Milei"],
    ["Pedro Sanchez"],
    "Javier Milei spoke at a Vox rally in Madrid in May 2024.",
    'Pedro Sanchez dismissed Milei\'s "chainsaw" remarks as an insult to Spain.',
)
quote(
    OWNED,
    "reciprocal tariff",
    ["Donald Trump"],
    ["Luiz Inacio Lula da Silva"],
    "Brazil's exports to the United States face a 50 percent levy.",
    'Luiz Inacio Lula da Silva rejected the "reciprocal tariff" plan unveiled by Donald Trump.',
)
quote(
    OWNED,
    "America First",
    ["Donald Trump"],
    ["Ursula von der Leyen"],
    "The EU and the United States agreed a trade framework in July 2025.",
    'Ursula von der Leyen criticised Trump\'s "America First" slogan in Strasbourg.',
)
quote(
    OWNED,
    "the buck stops here",
    ["Harry Truman"],
    ["Joe Biden"],
    "The sign sat on the Oval Office desk from 1945.",
    'Joe Biden often quoted Harry Truman\'s motto "the buck stops here" in speeches.',
)

quote(
    OWNED,
    "no alternative to talks",
    ["Dmitry Peskov"],
    ["Volodymyr Zelensky"],
    "The envoys left Istanbul without a date for a second round.",
    'Volodymyr Zelensky dismissed the "no alternative to talks" statement issued by Kremlin spokesman Dmitry Peskov.',
)

# denied-speaker: a speaker the page denies is refused, the "but by" one accepted
quote(
    DENIED,
    "Ask not what your country can do for you",
    ["John F. Kennedy"],
    ["Richard Nixon"],
    "A viral post this week credited the line to Richard Nixon.",
    '"Ask not what your country can do for you" was not said by Richard Nixon, but by John F. Kennedy, at his inauguration in 1961.',
)
quote(
    DENIED,
    "We will bury you",
    ["Nikita Khrushchev"],
    ["Vladimir Putin"],
    "The meme has been shared 40,000 times since Monday.",
    'The phrase "We will bury you" was not said by Vladimir Putin but by Nikita Khrushchev in 1956.',
)
quote(
    DENIED,
    "We will bury you",
    [],
    ["Vladimir Putin"],
    "The meme has been shared 40,000 times since Monday.",
    'The post claims Vladimir Putin said "We will bury you". It was not said by Putin, but by Nikita Khrushchev, in 1956.',
)
quote(
    DENIED,
    "the buck stops here",
    ["Harry Truman"],
    ["Franklin Roosevelt"],
    "The sign was a gift from a prison warden in Oklahoma.",
    'Fact check: "the buck stops here" was said not by Franklin Roosevelt but by Harry Truman.',
)
quote(
    DENIED,
    "Let them eat cake",
    [],
    ["Marie Antoinette"],
    "The line appears in Rousseau's Confessions, written when she was a child.",
    'Marie Antoinette never said "Let them eat cake", historians agree.',
)
quote(
    DENIED,
    "I have a dream",
    [],
    ["John F. Kennedy"],
    "The March on Washington took place in August 1963.",
    'It was not John F. Kennedy who said "I have a dream" on the Mall that day.',
)
quote(
    DENIED,
    "We are ready to talk",
    ["Vladimir Putin"],
    [],
    "The Kremlin released the transcript on Friday.",
    'Vladimir Putin did not say when talks would start but said "We are ready to talk" to the envoy.',
)
quote(
    DENIED,
    "I will go to Kyiv",
    ["Emmanuel Macron"],
    [],
    "The Elysee gave no date for the trip.",
    'Emmanuel Macron never said when he would travel, but told reporters: "I will go to Kyiv."',
)
quote(
    DENIED,
    "We are studying the invitation",
    ["Sergei Lavrov"],
    [],
    "Sergei Lavrov did not say whether Moscow would attend the conference.",
    '"We are studying the invitation," he said.',
)
quote(
    DENIED,
    "Peace for our time",
    ["Neville Chamberlain"],
    ["Winston Churchill"],
    "A campaign leaflet misquoted the 1938 speech this week.",
    '"Peace for our time" was not uttered by Winston Churchill but by Neville Chamberlain, on his return from Munich.',
)
quote(
    DENIED,
    "Mr. Gorbachev, tear down this wall",
    ["Ronald Reagan"],
    ["George H. W. Bush"],
    "The speech was given at the Brandenburg Gate in June 1987.",
    'The words "Mr. Gorbachev, tear down this wall" were not spoken by George H. W. Bush; they were spoken by Ronald Reagan.',
)
quote(
    DENIED,
    "tear down this wall",
    ["Ronald Reagan"],
    [],
    "The speech was given at the Brandenburg Gate in June 1987.",
    'Ronald Reagan told a crowd of 45,000 to "tear down this wall".',
)
quote(
    DENIED,
    "I am a Berliner",
    ["John F. Kennedy"],
    ["Ronald Reagan"],
    "Two presidents spoke in Berlin during the Cold War.",
    'It was not Ronald Reagan who said "I am a Berliner" in 1963, but John F. Kennedy.',
)
quote(
    DENIED,
    "Read my lips",
    [],
    ["Ronald Reagan"],
    "The 1988 convention was held in New Orleans.",
    'Ronald Reagan did not say "Read my lips: no new taxes"; his vice president did.',
)
quote(
    DENIED,
    "I did not have sexual relations",
    [],
    ["Barack Obama"],
    "The statement was made at the White House in January 1998.",
    'Barack Obama never said "I did not have sexual relations with that woman".',
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
