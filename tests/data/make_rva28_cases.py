# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Review rvA28 of s28-gmA28: new texts against a person that is none
(:mod:`summarizer.verification.people.non_persons`) and a role or affiliation of no office's
shape (:mod:`summarizer.verification.people.role_shapes`), written as ``grounding_rva28.jsonl``,
by category, each with what must pass and what must fail:

- ``rv-nonperson-name``: refused, an organisation, a club, a storm or a label the page writes
  ("Hamas", "the Taliban", "Arsenal", "Storm Babet", "Babet"); kept, real people whose names
  are also words, places, cities or storms ("Jordan", "Georgia Meloni", "Sandy", "Boston",
  "Kennedy") in other outlets' styles;
- ``rv-nonperson-role``: kept, roles in many styles ("the party's whip", "chief negotiator",
  "press secretary", "spokesman for the Kremlin"); refused, a label, a sentence, a web address,
  words for the page and any role of a "person" that is a storm or a club;
- ``rv-nonperson-affiliation``: kept, bodies and countries in many styles ("the Kennedy
  Center", "Office of the Prime Minister"); refused, a person's title as a body, a label, a
  web address, a sentence.

Run ``python tests/data/make_rva28_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rva28.jsonl")

built = SupportCases(
    "rva28",
    leads=[
        "GAZA CITY (Levant Wire) -",
        "By Hannah Osei | The Northern Chronicle",
        "ROME, Italy (Tiber News) -",
        "Sport desk, The Evening Courier",
        "KABUL (Asia Desk) -",
        "WASHINGTON (Capitol Report) -",
    ],
)
NAME, ROLE, AFFILIATION = "rv-nonperson-name", "rv-nonperson-role", "rv-nonperson-affiliation"


names = partial(built.person_names, NAME)
role = partial(built.person_field, ROLE, "role")
affiliation = partial(built.person_field, AFFILIATION, "affiliation")


# rv-nonperson-name
names(
    ["Ismail Haniyeh", "Haniyeh"],
    ["Hamas", "Islamic Jihad"],
    "Hamas said on Sunday it had received the latest proposal through Egyptian and Qatari mediators.",
    "Ismail Haniyeh, who heads the group's political bureau, said Hamas would study it; Islamic Jihad rejected it outright.",
)
names(
    ["Zabihullah Mujahid", "Mujahid"],
    ["the Taliban", "Taliban"],
    "The Taliban have barred women from studying at universities, the group's chief spokesman, Zabihullah Mujahid, confirmed on Tuesday.",
    "Mujahid said the Taliban were acting on the orders of their supreme leader.",
)
names(
    ["Mikel Arteta", "Arteta", "Bukayo Saka"],
    [],
    "Arsenal beat Chelsea 3-1 at the Emirates on Saturday, with Bukayo Saka scoring twice before half-time.",
    "Mikel Arteta said afterwards that Arsenal had played their best football of the season, and Arteta singled out the back four.",
)
names(
    ["Giorgia Meloni", "Meloni"],
    ["Italy"],
    "Giorgia Meloni told parliament in Rome that Italy would send a further package of air defences to Kyiv.",
    "Meloni, whose Brothers of Italy party leads the coalition, said the decision had been taken with Washington.",
)
names(
    ["Sandy", "Sandy Lane"],
    ["Sandy Hook"],
    "Sandy Lane, a retired nurse in Galway, said the floods of last winter had reached her kitchen.",
    "Asked how long the repairs took, Sandy said the insurer paid out only in April.",
)
names(
    ["Ed Boston", "Boston"],
    [],
    "Ed Boston, the harbour master at Whitby, said the trawlers had stayed in port for a third day.",
    "Boston told the BBC the swell outside the piers was still above four metres.",
)
names(
    ["Jordan", "Jordan Henderson"],
    [],
    "Jordan Henderson has left Ajax after six months in Amsterdam, the Dutch club said on Friday.",
    "Jordan said he wanted to be closer to his family, and Ajax wished him well.",
)
names(
    ["Idai", "Idai Mhlanga"],
    ["Cyclone Idai"],
    "Idai Mhlanga, a teacher in Beira, said her school had no roof for two months after the cyclone.",
    "Cyclone season begins in November, and Idai said the new building would be ready by then.",
)
names(
    ["Fiona Hill", "Hill"],
    ["Storm Babet", "Babet", "Met Office"],
    "Storm Babet brought a month of rain in two days to parts of Angus, and the Met Office issued a rare red warning.",
    "Fiona Hill, who runs a guest house in Brechin, said the River South Esk rose faster than she had ever seen, as Babet stalled over the hills.",
)
names(
    ["Julian Nagelsmann", "Nagelsmann"],
    ["the Bavarians"],
    "Bayern Munich sacked Julian Nagelsmann on Friday with the club second in the table.",
    "The Bavarians were beaten by Leverkusen last week; Nagelsmann had two years left on his contract, Bayern said.",
)
names(
    ["Jonathan Kennedy"],
    ["the Kennedy Center", "Kennedy Center"],
    "The Kennedy Center will close its opera house for a year of repairs, its president, Jonathan Kennedy, said on Monday.",
    "The Kennedy Center honoured five artists last December.",
)
names(
    ["Christopher Wray", "Wray"],
    ["FBI", "the Pentagon", "Pentagon"],
    "The FBI director, Christopher Wray, told senators the bureau had shared its findings with the Pentagon.",
    "Wray said the Pentagon had asked for a further briefing.",
)
names(
    ["Abdel Fattah al-Sisi", "Sisi"],
    ["Egypt", "Hezbollah"],
    "Egypt's president, Abdel Fattah al-Sisi, warned on Thursday that a wider war with Hezbollah would engulf the region.",
    "Sisi said Egypt had spoken to all sides.",
)
names(
    ["Carlo Ancelotti", "Ancelotti"],
    ["the Galacticos"],
    "Real Madrid have won the Champions League for a 15th time; the Galacticos were trailing at the break in London.",
    "Carlo Ancelotti, their coach, said the team never stopped believing, and Ancelotti dedicated the cup to the fans.",
)
names(
    ["Ana Brnabic"],
    ["reporter", "the spokesperson", "unnamed official"],
    "Ana Brnabic told a reporter in Belgrade that the spokesperson for the government would answer later; an unnamed official said the talks had stalled.",
)


# rv-nonperson-role
role(
    "Alan Campbell",
    ["chief whip", "the party's whip", "Chief Whip"],
    ["on_topic", "article", "https://www.gov.uk/whips"],
    "Alan Campbell, the government's chief whip, told Labour MPs that the vote on Tuesday would be a three-line whip.",
    "Campbell, who has been the party's whip in the Commons since 2021, said rebels would face sanctions.",
)
role(
    "Umerov",
    ["chief negotiator", "defence minister", "negotiator"],
    ["speaker", "individual", "Umerov is the chief negotiator"],
    "Rustem Umerov, Ukraine's defence minister and chief negotiator, flew to Istanbul on Friday for the second round of talks.",
    "Umerov said Kyiv's delegation would present a list of prisoners for exchange.",
)
role(
    "Karine Jean-Pierre",
    ["press secretary", "White House press secretary"],
    ["author", "source", "person"],
    "White House press secretary Karine Jean-Pierre told reporters on Monday that the president would sign the bill.",
    "Jean-Pierre did not take questions on the border.",
)
role(
    "Dmitry Peskov",
    ["spokesman for the Kremlin", "spokesman", "presidential spokesman"],
    ["interviewee", "headline", "on_topic"],
    "Dmitry Peskov, spokesman for the Kremlin, said on Thursday that no date had been set.",
    "Peskov told reporters in Moscow that the president's schedule was full.",
)
role(
    "Keir Starmer",
    ["Leader of the Opposition", "Labour leader"],
    ["writer", "test article", "www.labour.org.uk"],
    "Keir Starmer, the Leader of the Opposition, said the budget had failed working families.",
    "The Labour leader spoke after Prime Minister's Questions.",
)
role(
    "Storm Babet",
    [],
    ["red warning", "storm", "Category 1"],
    "Storm Babet brought a month of rain in two days to parts of Angus, and the Met Office issued a rare red warning.",
    "Babet stalled over the hills for a day.",
)
role(
    "Arsenal",
    [],
    ["on_topic", "https://www.arsenal.com", "article"],
    "Arsenal were the home side on Saturday, and the team beat Chelsea 3-1 at the Emirates.",
    "Mikel Arteta said the players had earned the win.",
)
role(
    "Jonathan Kennedy",
    ["president", "president of the Kennedy Center"],
    ["article", "test article"],
    "The Kennedy Center will close its opera house for a year of repairs, its president, Jonathan Kennedy, said on Monday.",
)


# rv-nonperson-affiliation
affiliation(
    "Jonathan Kennedy",
    ["the Kennedy Center", "Kennedy Center"],
    ["president", "https://www.kennedy-center.org", "on_topic"],
    "The Kennedy Center will close its opera house for a year of repairs, its president, Jonathan Kennedy, said on Monday.",
)
affiliation(
    "Alan Campbell",
    ["Labour", "the government", "Labour Party"],
    ["Labour chief whip", "Government whip", "person"],
    "Alan Campbell, the government's chief whip, told Labour MPs that the vote on Tuesday would be a three-line whip.",
)
affiliation(
    "Rustem Umerov",
    ["Ukraine", "Ukrainian delegation", "Ministry of Defence"],
    ["Ukrainian defence minister", "chief negotiator", "Ukraine's negotiator"],
    "Rustem Umerov, Ukraine's defence minister and chief negotiator, led the Ukrainian delegation; the Ministry of Defence said he would report to parliament.",
)
affiliation(
    "Zabihullah Mujahid",
    ["the Taliban", "Taliban"],
    ["Taliban spokesman", "Taliban's spokesman", "the article"],
    "The Taliban have barred women from studying at universities, the group's chief spokesman, Zabihullah Mujahid, confirmed on Tuesday.",
)
affiliation(
    "Karine Jean-Pierre",
    ["White House", "the White House press office", "Biden administration"],
    ["White House press secretary", "press secretary", "www.whitehouse.gov"],
    "White House press secretary Karine Jean-Pierre told reporters on Monday that the Biden administration would sign the bill; the White House press office issued a statement.",
)
affiliation(
    "Ursula von der Leyen",
    ["European Commission", "the Commission", "EU"],
    ["Commission President", "EU chief", "The Commission is the EU's executive"],
    "European Commission President Ursula von der Leyen said the EU would propose a new package of sanctions.",
)
affiliation(
    "Mark Rutte",
    ["NATO", "the alliance"],
    ["NATO Secretary-General", "NATO chief", "secretary-general"],
    "NATO Secretary-General Mark Rutte told the alliance's defence ministers to spend more.",
)
affiliation(
    "Andy Burnham",
    ["Greater Manchester Combined Authority", "Labour"],
    ["Mayor of Greater Manchester", "Manchester mayor", "Labour mayor"],
    "Andy Burnham, the Labour mayor of Greater Manchester, said the Greater Manchester Combined Authority would take the buses back into public control.",
)

# second round: right values of the new refusals' shapes in other styles
names(
    ["Storm Reid", "Reid"],
    [],
    "Storm Reid, the actress, joined the cast of the new series on Tuesday, the studio said.",
    "Reid said filming in Toronto would start in the spring, before the storm season.",
)
names(
    ["Jalen Williams", "Williams"],
    [],
    "The Thunder's Jalen Williams scored 30 points as the team won in Denver on Sunday.",
    "Williams said the Thunder had trusted each other late in the game.",
)
names(
    ["Owen Jones", "Jones"],
    [],
    "The Guardian's Owen Jones, who joined the paper's comment team in 2014, said he would stand down from the panel.",
    "Jones told listeners the decision was his own.",
)
names(
    ["Chris Jones"],
    [],
    "Kansas City's defence was led by the Chiefs' Chris Jones, who had two sacks as the club held on.",
)
names(
    ["Hope", "Hope Hicks"],
    [],
    "Hope Hicks, a former White House communications director, testified for two hours on Friday.",
    "Hope told jurors she had been in the room when the calls were made. Lawyers said there was little hope of a deal before the verdict.",
)
names(
    ["Grace"],
    [],
    "Grace Mugabe returned to Harare on Monday, her spokesman said.",
    "Grace has not spoken in public since the funeral, and aides asked for a grace period before any interview.",
)
names(
    ["Jordan"],
    [],
    "Michael B. Jordan will direct the third film, the studio said, a decade after the first one opened.",
    "Jordan said the story would move from Philadelphia to Chicago, where the Chicago Bulls play.",
)
names(
    ["Israel", "Steve Israel"],
    [],
    "Former congressman Steve Israel said on Sunday that the war in Gaza had split the Democratic caucus.",
    "Israel, who now runs a bookshop on Long Island, said the party's leaders had misread the mood.",
)
names(
    ["Sandy"],
    ["Hurricane Sandy", "Superstorm Sandy"],
    "Superstorm Sandy flooded the subway tunnels of Lower Manhattan in 2012.",
    "Sandy Koufax, who grew up in Brooklyn, gave $1 million to the storm's victims; Sandy said the city had been good to him.",
)
names(
    ["Denzel Washington", "Washington"],
    [],
    "Denzel Washington will play Hannibal in the new film, the studio said on Monday.",
    "Washington said he had been drawn to the story for years.",
)
role(
    "Zadie Smith",
    ["writer", "author", "novelist"],
    ["speaker", "on_topic", "test article"],
    "The novelist Zadie Smith will give the opening lecture at the festival in Oxford this weekend.",
    "Smith's latest book is set in Victorian London.",
)
role(
    "Polly Toynbee",
    ["writer", "columnist"],
    ["interviewee", "person"],
    "The columnist Polly Toynbee argued in Thursday's edition that the cuts had fallen on the poorest councils.",
)
affiliation(
    "Richard Masters",
    ["Premier League", "the Premier League"],
    ["Premier League chief executive", "chief executive", "www.premierleague.com"],
    "Richard Masters, the Premier League's chief executive, told MPs the clubs had agreed to the new fund.",
)
affiliation(
    "Glenn Fogel",
    ["Booking.com", "Booking Holdings"],
    ["https://www.booking.com", "Booking.com chief executive", "@bookingcom"],
    "Glenn Fogel, chief executive of Booking Holdings, which owns Booking.com, said travel demand had held up.",
)
affiliation(
    "Filippo Grandi",
    ["UN High Commissioner for Refugees", "UNHCR", "United Nations"],
    ["UN refugee chief", "on_the_topic"],
    "Filippo Grandi, who heads the UN High Commissioner for Refugees (UNHCR), said the United Nations needed more money for Sudan.",
)
affiliation(
    "Chris Heaton-Harris",
    ["Conservative Party", "the Chief Whip's Office", "the whips' office"],
    ["Chief Whip", "Tory chief whip", "government chief negotiator"],
    "Chris Heaton-Harris ran the Chief Whip's Office for the Conservative Party, and the whips' office said he would stay until the summer.",
)
affiliation(
    "Jeff Bezos",
    ["Amazon.com", "Amazon", "Blue Origin"],
    ["amazon.com/about", "founder", "Amazon founder"],
    "Jeff Bezos, who founded Amazon.com in a garage in 1994, said Blue Origin would fly again this year.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
