# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of people that are no person and roles or affiliations that are no office or
body (``grounding_persons28.jsonl``; :mod:`summarizer.verification.people.non_persons` and
:mod:`summarizer.verification.people.role_shapes`), after the errors of a small local model
replayed on the gold articles (session 28), by category, each with what must pass and what
must fail:

- ``person-name``: a person's name the page writes for a person is supported, also when it is
  a country's, a month's or a common word's too ("Jordan Bardella", "Georgia Gould", "Rice",
  "May") or ends in "s" ("Sanders"); a storm ("Hurricane Beryl", "Beryl"), a team ("Boston
  Celtics", "Celtics"), a country or body of the party table ("Russia", "the Kremlin") and a
  lower-case label ("article", "headline") are refused;
- ``person-role``: a role the page gives is supported, also "author" or "Speaker" where the
  page writes them; a schema label ("on_topic"), a web address, a sentence, words for the page
  ("Test Article") or no one ("person"), a bare "author" or "speaker" the page never writes,
  and any role of a "person" that is a storm or a team, are refused;
- ``person-affiliation``: a country, a body, an office ("the Prime Minister's Office",
  "Office of the President") is supported; a web address, a schema label, a sentence of prompt
  debris and a person's title ("Russian President", "State Duma member from Crimea") are
  refused.

Run ``python tests/data/make_persons28_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_persons28.jsonl")

built = SupportCases(
    "g28",
    leads=[
        "BRIDGETOWN, Barbados (Caribbean Wire) -",
        "By Tomas Ferreira | The Harbour Courier",
        "From our weather desk.",
        "SPORTS | The Midwest Ledger",
        "LONDON (Albion Press) -",
        "Translated from the Polish service of Radio Vistula.",
    ],
)
NAME, ROLE, AFFILIATION = "person-name", "person-role", "person-affiliation"


names = partial(built.person_names, NAME)
role = partial(built.person_field, ROLE, "role")
affiliation = partial(built.person_field, AFFILIATION, "affiliation")


# person-name: a storm, a team, a country or a label is no person
names(
    ["Mia Mottley", "Mottley"],
    ["Hurricane Beryl", "Beryl", "Hurricane"],
    "Hurricane Beryl tore across the Grenadines on Monday as a Category 4 storm, flattening homes on Union Island.",
    "Prime Minister Mia Mottley said Barbados had been spared the worst, though Beryl's winds ripped the roofs off fishing boats in the capital.",
)
names(
    ["Benigno Aquino"],
    ["Typhoon Haiyan", "Haiyan"],
    "Typhoon Haiyan came ashore in the central Philippines with gusts above 300 km/h, and the storm surge swept through Tacloban.",
    "President Benigno Aquino flew to the city two days later; aid workers said Haiyan had left few buildings standing.",
)
names(
    ["Rishi Sunak"],
    ["Storm Ciaran", "Ciaran"],
    "Storm Ciaran brought gusts of more than 100mph to Cornwall overnight, and the Met Office kept its amber warnings in place until the afternoon.",
    "Rishi Sunak said the government was in touch with councils as Ciaran moved east over the Channel and the storm cut power to thousands of homes.",
)
names(
    ["Jayson Tatum", "Tatum"],
    ["Boston Celtics", "Celtics"],
    "The Boston Celtics are NBA champions for an 18th time after beating the Dallas Mavericks 106-88 in Game 5 on Monday night.",
    "Jayson Tatum scored 31 points, and Tatum lifted the trophy with his son beside him as the team celebrated on the parquet.",
)
names(
    ["Patrick Mahomes"],
    ["Kansas City Chiefs", "Chiefs"],
    "Patrick Mahomes threw for two touchdowns as the Kansas City Chiefs won the Super Bowl in overtime, the first club to repeat as champions since the New England Patriots of two decades ago.",
    "The Chiefs were trailing with three minutes left in regulation.",
)
names(
    ["Jordan Bardella", "Bardella", "Georgia Gould", "Gould"],
    [],
    "Jordan Bardella, the National Rally president, met the ambassador of Jordan in Paris on Thursday to discuss refugees in the Middle East.",
    "In London, Georgia Gould, a Labour minister, said the government backed Georgia's bid to join the European Union.",
)
names(
    ["Abdullah", "Ayman Safadi"],
    ["Jordan", "Hashemite Kingdom"],
    "Jordan closed its airspace for six hours on Saturday night. King Abdullah chaired a meeting of the security council in Amman.",
    "Foreign Minister Ayman Safadi said Jordan would not let its skies become a battlefield.",
)
names(
    ["Sergei Lavrov", "Lavrov", "Dmitry Peskov"],
    ["Russia", "the Kremlin", "Kremlin", "NATO"],
    "Russia rejected the offer on Wednesday. Foreign Minister Sergei Lavrov said NATO was trying to buy time for Kyiv.",
    "Kremlin spokesman Dmitry Peskov told reporters the Kremlin would not comment on the timing of any meeting.",
)
names(
    ["Susan Rice", "Rice", "Theresa May", "May"],
    ["article", "headline", "the author"],
    "Susan Rice told the committee the plan had been drafted in May, and Rice said the article the committee cited was wrong about its headline figure.",
    "In London, Theresa May said she would read the report; May has asked the author for the underlying data.",
)
names(
    ["Bernie Sanders", "Sanders", "Chris Evans"],
    ["on_topic", "person"],
    "Bernie Sanders drew 20,000 people in Denver, and the Sanders campaign said the team had raised $4 million in a week.",
    "Chris Evans, who coaches the local side, was among those in the crowd.",
)


# person-role: a role the page gives, or a label, a sentence, a word for the page
role(
    "Lindsey Graham",
    ["Senator", "senator", "author of the bill"],
    ["on_topic", "Test Article", "article", "https://x.com/LindseyGrahamSC", "speaker"],
    "WASHINGTON (test article) - Sen. Lindsey Graham, the author of the bill, said 84 senators had now signed on.",
    "Graham told reporters the vote could come before the Thanksgiving recess.",
)
role(
    "Mike Johnson",
    ["Speaker", "House Speaker"],
    ["on_the_topic", "person", "The Speaker is expected to bring the bill to the floor"],
    "House Speaker Mike Johnson said on Tuesday he would not bring the Senate package to the floor before the recess.",
    "Johnson met Republican members behind closed doors for an hour.",
)
role(
    "Salman Rushdie",
    ["writer", "author"],
    ["individual", "headline", "www.rushdie.com"],
    "The writer Salman Rushdie, author of more than a dozen novels, spoke at the festival in Hay-on-Wye on Saturday.",
    "Rushdie read from his memoir to a full tent.",
)
role(
    "Dmitry Peskov",
    ["spokesman", "Kremlin spokesman"],
    ["author", "speaker", "on_topic"],
    "Kremlin spokesman Dmitry Peskov said on Friday that Moscow saw no basis yet for a meeting of the two presidents.",
    "Peskov added that contacts between the foreign ministers would go on.",
)
role(
    "Will Smith",
    ["catcher"],
    ["person", "on_topic"],
    "Will Smith, the Dodgers catcher, homered in the 11th inning to put Los Angeles ahead for good.",
    "Smith said afterwards that he had been looking for a fastball.",
)
names_for_storm = [
    "Hurricane Milton strengthened to a Category 5 storm over the Gulf of Mexico on Monday, and forecasters said it would reach Florida by Wednesday.",
    "Governor Ron DeSantis urged residents of Tampa to leave before Milton made landfall.",
]
role("Ron DeSantis", ["Governor"], ["https://www.flgov.com"], *names_for_storm)
role("Hurricane Milton", [], ["Category 5", "storm"], *names_for_storm)


# person-affiliation: a body or country, or a label, a sentence, a title
affiliation(
    "Sergei Ryabkov",
    ["Russia", "Russian Foreign Ministry"],
    ["Russia's deputy", "Russian deputy foreign minister", "https://mid.ru/en"],
    "Russian Deputy Foreign Minister Sergei Ryabkov said on Tuesday that preparations for the meeting were under way.",
    "Ryabkov spoke to the RIA news agency in Moscow.",
)
affiliation(
    "Andriy Yermak",
    ["Ukraine", "Office of the President"],
    ["Ukrainian President", "on_the_topic", "On the topic of on_the_topic: Ukraine"],
    "Andriy Yermak, head of the Office of the President of Ukraine, led the Ukrainian delegation to Jeddah.",
    "Yermak said the talks had been constructive.",
)
affiliation(
    "Larry Hogan",
    ["the Prime Minister's Office"],
    ["Prime Minister", "article"],
    "A spokesman for the Prime Minister's Office, Larry Hogan, said the statement would be issued after the cabinet met.",
    "Hogan declined to say who had drafted it.",
)
affiliation(
    "Mikhail Sheremet",
    ["State Duma", "Russia"],
    ["State Duma member from Crimea", "The Duma is Russia's lower house of parliament"],
    "Mikhail Sheremet, a Russian member of the State Duma from Crimea, told a Moscow radio station that the truce was a goodwill gesture.",
    "Sheremet did not say how long it would hold.",
)
affiliation(
    "Sean Hannity",
    ["Fox News"],
    ["https://twitter.com/seanhannity", "person"],
    "Trump told Fox News host Sean Hannity in an interview aired on Friday that the meeting had gone well.",
    "Hannity asked whether a second summit was planned.",
)
affiliation(
    "Abu Bakr al-Baghdadi",
    ["Islamic State", "IS"],
    ["Iraqi leader"],
    "Abu Bakr al-Baghdadi, the leader of Islamic State, had not been seen in public since 2014, IS said in a statement.",
    "Al-Baghdadi's death was announced by the group months later.",
)


starmer = [
    "British Prime Minister Keir Starmer told the Commons on Wednesday that the deal would be put to a vote before the summer recess.",
    "The Labour leader, Keir Starmer, faced questions from his own benches about the timetable, and Starmer said the Labour Party would not whip the vote.",
]
role(
    "Keir Starmer",
    ["Prime Minister", "Labour leader"],
    ["speaker", "https://www.gov.uk/pm"],
    *starmer,
)
affiliation(
    "Keir Starmer",
    ["Labour Party", "United Kingdom", "Britain"],
    ["British Prime Minister", "Labour leader", "www.labour.org.uk"],
    *starmer,
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
