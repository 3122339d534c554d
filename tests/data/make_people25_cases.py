# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of a person's role and affiliation read against what the page says of THAT
person (``grounding_people25.jsonl``; :mod:`summarizer.verification.people.person_rules`), by
category, each with what must pass and what must fail:

- ``role-of-person``: a role written of this person (a title before the name, with one comma
  or none; an apposition; "X is/was/became the Y"; a possessive "Italy's prime minister, X";
  spelling variants "secretary-general", "defense"/"defence") is supported; the role the page
  gives another named person (and never this one, who holds a title of their own), another
  office by a word the value lacks ("Vice President" for "President"), and an office the page
  calls "former" given as current, are refused;
- ``affiliation-of-person``: a country or group the page ties the person to (a people word or
  country in the title run, "Montenegro's prime minister", "X, the Hungarian foreign
  minister") is supported; the country of a neighbour, the body the person meets or visits,
  the country an envoy is sent to, are refused when the page ties the person elsewhere.

Run ``python tests/data/make_people25_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_people25.jsonl")

built = SupportCases(
    "p25",
    leads=[
        "TALLINN (Baltic Wire) -",
        "By Ines Olsen | The Northern Ledger",
        "From our Brussels correspondent.",
        "ANALYSIS | The Adriatic Observer",
        "PODGORICA, Montenegro -",
    ],
)
ROLE, AFFILIATION = "role-of-person", "affiliation-of-person"


def person(category: str, name: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    """Each value of ``passes`` (``fails``) as the person's role or affiliation over the page."""
    field = "role" if category == ROLE else "affiliation"
    built.each(
        category, built.page(*paragraphs), passes, fails, f"people[0].{field}",
        lambda value: {"people": [{"name": name, field: value}]}, f"{name}'s {field}",
    )  # fmt: skip


# role-of-person: the role's words written of this person, or of another
person(ROLE, "Kaja Kallas", ["Prime Minister", "prime minister"], ["President"],
       "Prime Minister Kaja Kallas met President Alar Karis on Monday to discuss the budget.",
       "Karis later told reporters that the talks had been frank.")  # fmt: skip
person(ROLE, "Alar Karis", ["President"], ["Prime Minister", "prime minister"],
       "Prime Minister Kaja Kallas met President Alar Karis on Monday to discuss the budget.",
       "Karis later told reporters that the talks had been frank.")  # fmt: skip
person(ROLE, "Mark Rutte", ["secretary general", "NATO Secretary General", "Secretary-General"], ["Defence Minister", "foreign minister"],
       "Mark Rutte, NATO's secretary-general, arrived in Vilnius on Thursday, where he was greeted by Defence Minister Laurynas Kasciunas.",
       "Foreign Minister Gabrielius Landsbergis joined the pair for dinner.")  # fmt: skip
person(ROLE, "Laurynas Kasciunas", ["Defence Minister", "defense minister"], ["secretary general", "Foreign Minister"],
       "Mark Rutte, NATO's secretary-general, arrived in Vilnius on Thursday, where he was greeted by Defence Minister Laurynas Kasciunas.",
       "Foreign Minister Gabrielius Landsbergis joined the pair for dinner.")  # fmt: skip
person(ROLE, "Giorgia Meloni", ["prime minister"], ["President"],
       "Italy's prime minister, Giorgia Meloni, hosted the gathering in Rome, and President Sergio Mattarella gave a dinner for the guests.",
       "Meloni said the talks would continue next month.")  # fmt: skip
person(ROLE, "Sergio Mattarella", ["President"], ["prime minister"],
       "Italy's prime minister, Giorgia Meloni, hosted the gathering in Rome, and President Sergio Mattarella gave a dinner for the guests.",
       "Meloni said the talks would continue next month.")  # fmt: skip
person(ROLE, "David Lammy", ["Foreign Secretary"], ["Home Secretary", "Chancellor"],
       "Foreign Secretary David Lammy flew to Washington on Tuesday. At home, Home Secretary Yvette Cooper faced questions on migration, while Chancellor Rachel Reeves prepared her budget.",
       "Mr Lammy is expected back in London by the weekend.")  # fmt: skip
person(ROLE, "Yvette Cooper", ["Home Secretary"], ["Foreign Secretary"],
       "Foreign Secretary David Lammy flew to Washington on Tuesday. At home, Home Secretary Yvette Cooper faced questions on migration, while Chancellor Rachel Reeves prepared her budget.",
       "Mr Lammy is expected back in London by the weekend.")  # fmt: skip
person(ROLE, "Dmitri Nowak", ["spokesman"], ["minister"],
       "The interior minister, Hanna Wirth, declined to comment. Dmitri Nowak, a spokesman for the border police, said patrols had been doubled.",
       "Officials said the measures would stay in place through the winter.")  # fmt: skip
person(ROLE, "Hanna Wirth", ["interior minister"], ["spokesman"],
       "The interior minister, Hanna Wirth, declined to comment. Dmitri Nowak, a spokesman for the border police, said patrols had been doubled.",
       "Officials said the measures would stay in place through the winter.")  # fmt: skip
person(ROLE, "Ana Brnabic", ["speaker of parliament"], ["prime minister"],
       "Ana Brnabic, who became speaker of parliament last year, called the vote. She served as prime minister from 2017 until 2024, before Milos Vucevic took over as prime minister.",
       "Prime Minister Milos Vucevic did not attend the session.")  # fmt: skip
person(ROLE, "Milos Vucevic", ["Prime Minister"], ["speaker of parliament"],
       "Ana Brnabic, who became speaker of parliament last year, called the vote. She served as prime minister from 2017 until 2024, before Milos Vucevic took over as prime minister.",
       "Prime Minister Milos Vucevic did not attend the session.")  # fmt: skip
person(ROLE, "Boris Johnson", ["former prime minister"], ["prime minister", "Prime Minister"],
       "Former Prime Minister Boris Johnson criticised the plan in a newspaper column on Saturday, and Prime Minister Keir Starmer dismissed his remarks.",
       "Johnson left office in 2022.")  # fmt: skip
person(ROLE, "Keir Starmer", ["Prime Minister"], ["former prime minister"],
       "Former Prime Minister Boris Johnson criticised the plan in a newspaper column on Saturday, and Prime Minister Keir Starmer dismissed his remarks.",
       "Johnson left office in 2022.")  # fmt: skip
person(ROLE, "JD Vance", ["Vice President"], ["President"],
       "Vice President JD Vance will lead the delegation, the White House said, while President Donald Trump stays in Washington.",
       "Vance is due to land on Friday morning.")  # fmt: skip
person(ROLE, "Antonio Guterres", ["Secretary-General", "UN chief"], ["ambassador"],
       "UN chief Antonio Guterres urged restraint. Ambassador Vassily Nebenzia, who holds the Security Council presidency this month, scheduled a meeting for Friday.",
       "Guterres, the UN's secretary-general, is expected to brief the council.")  # fmt: skip

person(ROLE, "Petteri Orpo", ["prime minister"], ["President", "foreign minister"],
       "Finland's prime minister is Petteri Orpo, and the country's president, Alexander Stubb, leads on foreign policy. Elina Valtonen is the foreign minister.",
       "Orpo said the cabinet would meet on Friday.")  # fmt: skip
person(ROLE, "Elina Valtonen", ["foreign minister"], ["prime minister"],
       "Finland's prime minister is Petteri Orpo, and the country's president, Alexander Stubb, leads on foreign policy. Elina Valtonen is the foreign minister.",
       "Orpo said the cabinet would meet on Friday.")  # fmt: skip
person(ROLE, "Kirill Budanov", ["head of military intelligence"], ["defense minister"],
       "Kirill Budanov, head of military intelligence, told the outlet the strike had been planned for weeks, while the defense minister, Denys Shmyhal, announced new purchases.",
       "Budanov gave no figures.")  # fmt: skip
person(ROLE, "Raphael Grossi", ["director general"], ["Foreign Minister", "foreign minister"],
       "IAEA Director General Raphael Grossi flew to Tehran after Iranian Foreign Minister Abbas Araghchi agreed to receive him.",
       "Grossi said inspectors must return.")  # fmt: skip
person(ROLE, "Nicolas Sarkozy", ["former president"], ["president"],
       "The court heard from former president Nicolas Sarkozy on Monday, a week after President Emmanuel Macron declined to comment on the case.",
       "Sarkozy denies wrongdoing.")  # fmt: skip

person(ROLE, "Lindsey Graham", ["Senator", "senator"], ["Majority Leader"],
       "Sen. Lindsey Graham (R-S.C.) and Senate Majority Leader John Thune met the delegation on Capitol Hill.",
       "Graham said a vote could come within weeks.")  # fmt: skip
person(ROLE, "Volodymyr Zelensky", ["President"], [],
       "Ukrainian leader Volodymyr Zelensky spoke by phone with President Donald Trump, and later with Prime Minister Keir Starmer.",
       "Zelensky thanked both men for their support.")  # fmt: skip

person(ROLE, "Valery Gerasimov", ["chief of the general staff"], ["Defence Minister"],
       "Gen. Valery Gerasimov, chief of the general staff, inspected the troops on Sunday; Defence Minister Andrei Belousov joined him later.",
       "The ministry released video of the visit.")  # fmt: skip
person(ROLE, "Karoline Leavitt", ["press secretary"], ["spokesman"],
       "White House press secretary Karoline Leavitt said Kremlin spokesman Dmitry Peskov had been told of the plan.",
       "Leavitt gave no further details.")  # fmt: skip
person(ROLE, "Sergei Lavrov", ["foreign minister"], [],
       "Russia's top diplomat, Sergei Lavrov, met Foreign Minister Hakan Fidan of Turkey in Antalya.",
       "Lavrov was in Turkey for a forum.")  # fmt: skip

person(ROLE, "Antonio Guterres", ["UN Secretary-General", "secretary general"], ["NATO Secretary General"],
       "UN Secretary-General Antonio Guterres called the NATO chief, Mark Rutte, on Friday about the summit in The Hague.",
       "Guterres asked for restraint.")  # fmt: skip
person(ROLE, "Mark Rutte", ["NATO Secretary General"], ["UN Secretary-General"],
       "UN Secretary-General Antonio Guterres called NATO chief Mark Rutte on Friday about the summit in The Hague.",
       "Rutte said the alliance would answer in writing.")  # fmt: skip
person(ROLE, "Andrii Sybiha", ["Ukrainian foreign minister", "foreign minister"], ["Russian foreign minister"],
       "Ukrainian Foreign Minister Andrii Sybiha rejected the proposal, which Moscow had floated through intermediaries in Riyadh.",
       "Sybiha said Kyiv would not negotiate under fire.")  # fmt: skip

# affiliation-of-person: the country or group the page ties the person to
person(AFFILIATION, "Peter Szijjarto", ["Hungary", "Hungarian government"], ["Montenegro", "NATO"],
       "Hungarian Foreign Minister Peter Szijjarto met Montenegro's prime minister, Milojko Spajic, in Podgorica on Wednesday. Szijjarto later met NATO officials.",
       "The two sides signed an energy agreement.")  # fmt: skip
person(AFFILIATION, "Milojko Spajic", ["Montenegro"], ["Hungary", "NATO"],
       "Hungarian Foreign Minister Peter Szijjarto met Montenegro's prime minister, Milojko Spajic, in Podgorica on Wednesday. Szijjarto later met NATO officials.",
       "The two sides signed an energy agreement.")  # fmt: skip
person(AFFILIATION, "Mark Rutte", ["NATO"], ["Lithuania"],
       "Mark Rutte, NATO's secretary-general, arrived in Vilnius on Thursday, where he was greeted by Lithuanian Defence Minister Laurynas Kasciunas.",
       "The alliance plans to station a brigade in the country.")  # fmt: skip
person(AFFILIATION, "Laurynas Kasciunas", ["Lithuania"], ["NATO"],
       "Mark Rutte, NATO's secretary-general, arrived in Vilnius on Thursday, where he was greeted by Lithuanian Defence Minister Laurynas Kasciunas.",
       "The alliance plans to station a brigade in the country.")  # fmt: skip
person(AFFILIATION, "Keith Kellogg", ["United States", "U.S."], ["Ukraine"],
       "U.S. special envoy for Ukraine Keith Kellogg arrived in Kyiv on Monday for talks with Ukrainian President Volodymyr Zelensky.",
       "Kellogg said he was there to listen.")  # fmt: skip
person(AFFILIATION, "Volodymyr Zelensky", ["Ukraine"], ["United States"],
       "U.S. special envoy for Ukraine Keith Kellogg arrived in Kyiv on Monday for talks with Ukrainian President Volodymyr Zelensky.",
       "Kellogg said he was there to listen.")  # fmt: skip
person(AFFILIATION, "Wang Yi", ["China"], ["Japan", "South Korea"],
       "China's foreign minister, Wang Yi, held talks in Tokyo with his Japanese counterpart Takeshi Iwaya, and South Korean Foreign Minister Cho Tae-yul joined by video.",
       "Wang said the three countries should deepen trade ties.")  # fmt: skip
person(AFFILIATION, "Takeshi Iwaya", ["Japan"], ["China"],
       "China's foreign minister, Wang Yi, held talks in Tokyo with his Japanese counterpart Takeshi Iwaya, and South Korean Foreign Minister Cho Tae-yul joined by video.",
       "Wang said the three countries should deepen trade ties.")  # fmt: skip
person(AFFILIATION, "Ursula von der Leyen", ["European Union", "EU"], ["Germany"],
       "EU Commission President Ursula von der Leyen met German Chancellor Friedrich Merz in Berlin.",
       "Von der Leyen said Europe would keep up its support.")  # fmt: skip
person(AFFILIATION, "Friedrich Merz", ["Germany"], ["European Union", "EU"],
       "EU Commission President Ursula von der Leyen met German Chancellor Friedrich Merz in Berlin.",
       "Von der Leyen said Europe would keep up its support.")  # fmt: skip
person(AFFILIATION, "Hakan Fidan", ["Turkey"], ["Russia", "Ukraine"],
       "Hakan Fidan, the Turkish foreign minister, said Ankara was ready to host a new round between Russian and Ukrainian negotiators. Russian Foreign Minister Sergei Lavrov welcomed the offer.",
       "No date has been set.")  # fmt: skip
person(AFFILIATION, "Sergei Lavrov", ["Russia"], ["Turkey"],
       "Hakan Fidan, the Turkish foreign minister, said Ankara was ready to host a new round between Russian and Ukrainian negotiators. Russian Foreign Minister Sergei Lavrov welcomed the offer.",
       "No date has been set.")  # fmt: skip

person(AFFILIATION, "Denise Campbell Bauer", ["United States"], ["France"],
       "The U.S. ambassador to France, Denise Campbell Bauer, attended the ceremony in Paris alongside French Foreign Minister Jean-Noel Barrot.",
       "Bauer laid a wreath.")  # fmt: skip
person(AFFILIATION, "Jean-Noel Barrot", ["France"], ["United States"],
       "The U.S. ambassador to France, Denise Campbell Bauer, attended the ceremony in Paris alongside French Foreign Minister Jean-Noel Barrot.",
       "Bauer laid a wreath.")  # fmt: skip
person(AFFILIATION, "Raphael Grossi", ["IAEA"], ["Iran"],
       "IAEA Director General Raphael Grossi flew to Tehran after Iranian Foreign Minister Abbas Araghchi agreed to receive him.",
       "Grossi said inspectors must return.")  # fmt: skip
person(AFFILIATION, "Abbas Araghchi", ["Iran"], ["IAEA"],
       "IAEA Director General Raphael Grossi flew to Tehran after Iranian Foreign Minister Abbas Araghchi agreed to receive him.",
       "Grossi said inspectors must return.")  # fmt: skip

person(AFFILIATION, "Karoline Leavitt", ["White House", "United States"], ["Kremlin", "Russia"],
       "White House press secretary Karoline Leavitt said Kremlin spokesman Dmitry Peskov had been told of the plan.",
       "Leavitt gave no further details.")  # fmt: skip
person(AFFILIATION, "Vassily Nebenzia", ["Russia"], ["United States", "UN"],
       "Ambassador Vassily Nebenzia, Russia's envoy to the UN, spoke after U.S. envoy Dorothy Shea.",
       "The council adjourned without a vote.")  # fmt: skip
person(AFFILIATION, "Donald Trump", ["United States"], ["Russia"],
       "Trump spoke with Russian President Vladimir Putin on Tuesday. Trump, the U.S. president, said the call went well.",
       "The Kremlin confirmed the call.")  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
