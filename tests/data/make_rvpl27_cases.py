# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 27's pl27 rules (``grounding_rvpl27.jsonl``): value-support
cases written to break :mod:`dated_venues`, :mod:`day_others`' offset under an hour,
:mod:`capital_epithets` and :mod:`since_spans`, each with what must pass and what must fail:

- ``dated-venue-review``: a held meeting's place beside its own day in other outlets' styles
  ("met in Lima, Peru, on Friday", "had talks in Woodside on Wednesday", "The Nordic prime
  ministers") passes; a place of the same shape that is no place of this meeting fails (the
  parties' stop on the way, another event of the same day told in its own clause, a place
  refused or planned and then moved).
- ``minutes-offset-review``: an event's day in a time clause opened by an offset under an hour
  ("half an hour before", "just before") passes; a day the clause gives while another day is
  told in other words ("the night before", "yesterday") fails.
- ``capital-epithet-review``: "<Country>'s capital", "around the <people> capital" pass; a
  capital told of another event in the evidence fails.
- ``since-span-review``: a meeting's time after "since" counted by words the rule lacks ("the
  highest-level contact since 2019", "Since 2019 the two have not met", "since the spring of
  2019") fails; the meeting's own start after "since" passes.

Run ``python tests/data/make_rvpl27_cases.py`` to rebuild it. Every article below was written
for this set in my own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from dated_sets import DatedCases
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvpl27.jsonl")

built = SupportCases(
    "rvpl27",
    leads=[
        "By Tomasz Wrobel | Baltic Wire",
        "MORNING DIGEST | World",
        "Our diplomatic editor reports.",
        "UPDATED 09:40 ET",
        "From wire services",
    ],
)
cases = DatedCases(
    built,
    "dated-venue-review",
    "minutes-offset-review",
    "capital-epithet-review",
    "since-span-review",
)
summit, event, site, timing = cases.summit, cases.event, cases.site, cases.timing


OWN = "the held meeting's place beside its own day"
# --- must pass ---
summit(True, "The foreign ministers of Chile and Peru met in Lima, Peru, on Friday to settle a dispute over fishing quotas.", "Lima", "Friday", ["Alberto van Klaveren", "Elmer Schialer"], OWN)  # fmt: skip
summit(True, "Xi and Biden had a four-hour meeting at the Filoli estate in Woodside on Wednesday.", "Woodside", "Wednesday", ["Xi Jinping", "Joe Biden"], OWN)  # fmt: skip
summit(True, "The Nordic prime ministers gathered in Reykjavik on Monday to agree a joint stance on Arctic shipping.", "Reykjavik", "Monday", ["Jonas Gahr Store", "Mette Frederiksen", "Petteri Orpo", "Ulf Kristersson", "Kristrun Frostadottir"], OWN)  # fmt: skip
summit(True, "Defence chiefs from Japan as well as South Korea met in Seoul on Wednesday for the first time in a year.", "Seoul", "Wednesday", ["Gen Nakatani", "Ahn Gyu-back"], OWN)  # fmt: skip
summit(True, "The two presidents met again in Geneva on Tuesday and agreed to extend the arms treaty.", "Geneva", "Tuesday", ["Joe Biden", "Vladimir Putin"], OWN)  # fmt: skip
summit(True, "The prime ministers signed the water accord in London on Thursday 6 March, ending a long row.", "London", "6 March", ["Keir Starmer", "Micheal Martin"], OWN)  # fmt: skip
summit(True, "The two presidents held a working lunch in Brasilia on Friday, their first meeting since the election.", "Brasilia", "Friday", ["Luiz Inacio Lula da Silva", "Gustavo Petro"], OWN)  # fmt: skip
summit(True, "Delegations from Armenia and Azerbaijan initialled the peace text at the White House on Friday.", "White House", "Friday", ["Nikol Pashinyan", "Ilham Aliyev"], OWN)  # fmt: skip
summit(True, "Modi and Albanese sat down for talks in Canberra Thursday, their aides said.", "Canberra", "Thursday", ["Narendra Modi", "Anthony Albanese"], OWN)  # fmt: skip
summit(True, "The Chinese and Brazilian leaders held talks in Beijing on 13 May, the second such meeting in a year.", "Beijing", "13 May", ["Xi Jinping", "Luiz Inacio Lula da Silva"], OWN)  # fmt: skip

# --- must fail ---
summit(False, "The president landed in Lisbon on Monday and was driven to Sintra, where the talks with the premier took place.", "Lisbon", "Monday", ["Lula", "Luis Montenegro"], "where he landed, not where they met")  # fmt: skip
summit(False, "Protests erupted in Tbilisi on Tuesday, and the ministers met in Batumi to sign the deal.", "Tbilisi", "Tuesday", ["Irakli Kobakhidze", "Nikol Pashinyan"], "another event's place the same day")  # fmt: skip
summit(False, "A car bomb exploded in Kabul on Thursday, hours before the envoys signed the accord in Doha.", "Kabul", "Thursday", ["Amir Khan Muttaqi", "Zalmay Khalilzad"], "an attack's place, not the signing's")  # fmt: skip
summit(False, "The envoy stopped over in Dubai on Monday on his way to meet the minister in Doha.", "Dubai", "Monday", ["Steve Witkoff", "Mohammed bin Abdulrahman Al Thani"], "a stopover, not the meeting")  # fmt: skip
summit(False, "Rockets struck near the airport and a blast hit a market in Mosul on Sunday, while the two premiers met in Baghdad.", "Mosul", "Sunday", ["Mohammed Shia al-Sudani", "Masrour Barzani"], "an attack's place, not the meeting's")  # fmt: skip
summit(False, "Protesters rallied in Valletta on Friday as the prime ministers signed the migration pact in Rome.", "Valletta", "Friday", ["Robert Abela", "Giorgia Meloni"], "a rally's place, not the signing's")  # fmt: skip
summit(False, "The chancellor arrived in Warsaw on Tuesday and drove on to Rzeszow for the talks with the president.", "Warsaw", "Tuesday", ["Friedrich Merz", "Karol Nawrocki"], "where he arrived, not where they met")  # fmt: skip
summit(False, "The premier's plane refuelled in Anchorage on Wednesday before he met the president in Washington.", "Anchorage", "Wednesday", ["Shigeru Ishiba", "Donald Trump"], "a refuelling stop, not the meeting")  # fmt: skip
summit(False, "Clashes broke out in Pristina on Monday, and the two leaders met in Brussels under EU mediation.", "Pristina", "Monday", ["Albin Kurti", "Aleksandar Vucic"], "unrest elsewhere the same day")  # fmt: skip
summit(False, "Gunmen killed four soldiers in Kashmir on Saturday, hours before the two ministers met in Islamabad.", "Kashmir", "Saturday", ["Ishaq Dar", "Abbas Araghchi"], "an attack's place, not the meeting's")  # fmt: skip
summit(False, "The foreign minister briefed journalists in Brussels on Friday on the accord signed in Kyiv.", "Brussels", "Friday", ["Andrii Sybiha", "Kaja Kallas"], "where it was spoken of")  # fmt: skip


SAME = "an offset under an hour: the one day the sentence gives"
# --- must pass ---
event(True, "Half an hour before the polls closed on Sunday, the ruling party's candidate conceded.", "Sunday", "candidate concedes", SAME)  # fmt: skip
event(True, "Just before the ceasefire took hold on Tuesday, a rocket struck a school in the north.", "Tuesday", "rocket strikes school", SAME, "attack")  # fmt: skip
event(True, "Minutes after polls closed on Sunday, the president claimed victory in Sunday's election.", "Sunday", "president claims victory", SAME)  # fmt: skip
event(True, "Moments before the budget speech on Wednesday, the finance minister's deputy quit.", "Wednesday", "deputy minister quits", SAME)  # fmt: skip
event(True, "Twenty minutes after the ferry left the harbour on Thursday, it began to list.", "Thursday", "ferry begins to list", SAME)  # fmt: skip
event(True, "A quarter of an hour before the march set off on Saturday, organisers called it off.", "Saturday", "march called off", SAME)  # fmt: skip
event(True, "Just after the sirens fell silent on Friday, crowds spilled into the main square.", "Friday", "crowds fill square", SAME)  # fmt: skip
event(True, "Minutes before the launch on 5 March, engineers halted the countdown.", "5 March", "countdown halted", SAME)  # fmt: skip
event(True, "Moments after the train pulled out of the station on Friday, a blast tore through its rear carriage.", "Friday", "blast on train", SAME, "attack")  # fmt: skip
event(True, "Minutes after the judge sentenced him on 2 October, the former minister collapsed in the dock.", "2 October", "former minister collapses", SAME)  # fmt: skip

# --- must fail ---
event(False, "Minutes before the vote on Thursday, police said the bomb had been planted the night before.", "Thursday", "bomb planted", "the planting was the night before", "attack")  # fmt: skip
event(False, "Minutes after the verdict on Friday, the defence said its client had been arrested a year earlier.", "Friday", "client arrested", "the arrest was a year earlier")  # fmt: skip
event(False, "Moments before the summit opened on Monday, aides confirmed that the two leaders had spoken by phone the previous evening.", "Monday", "leaders speak by phone", "the call was the previous evening")  # fmt: skip
event(False, "Minutes after the launch on Wednesday, officials revealed that a test flight had failed last month.", "Wednesday", "test flight fails", "the failure was last month")  # fmt: skip
event(False, "Minutes before polls closed on Sunday, the commission said turnout in the first round two weeks ago had been low.", "Sunday", "first round held", "the first round was two weeks ago")  # fmt: skip
event(False, "Half an hour after the match on Saturday, the club announced that its coach had resigned days earlier.", "Saturday", "coach resigns", "the resignation was days earlier")  # fmt: skip
event(False, "Minutes before the address on Tuesday, the palace said the king had been admitted to hospital over the weekend.", "Tuesday", "king admitted to hospital", "the admission was over the weekend")  # fmt: skip
event(False, "Moments after the ceremony on Thursday, the mayor recalled that the bridge had collapsed in 2019.", "Thursday", "bridge collapses", "the collapse was in 2019")  # fmt: skip
event(False, "Minutes after the truce took effect on Friday, rescuers reached the village that had been shelled overnight.", "Friday", "village shelled", "the shelling was overnight, before", "attack")  # fmt: skip
event(False, "Minutes before the speech on Monday, the minister's office confirmed he had met the envoy a week ago.", "Monday", "minister meets envoy", "the meeting was a week ago")  # fmt: skip


CITY = "the capital the sentence puts the event in"
# --- must pass ---
site(True, "Thousands of young people marched through Kenya's capital on Tuesday against the tax rises.", "Nairobi", "march against tax rises", CITY)  # fmt: skip
site(True, "Gunfire echoed around the Sudanese capital for a third day as the two armies fought for the airport.", "Khartoum", "fighting for airport", CITY, "attack")  # fmt: skip
site(True, "Heavy fighting raged within the Haitian capital overnight, aid groups said.", "Port-au-Prince", "gang fighting", CITY, "attack")  # fmt: skip
site(True, "The ceasefire deal was announced in the Egyptian capital after two days of talks.", "Cairo", "ceasefire announced", CITY, "talks")  # fmt: skip
site(True, "Protesters gathered in the Argentine capital on Wednesday to oppose the pension cuts.", "Buenos Aires", "pension protest", CITY)  # fmt: skip
site(True, "A wave of drones struck across the Ukrainian capital before dawn, the mayor said.", "Kyiv", "drone wave", CITY, "strike")  # fmt: skip
site(True, "Voters queued for hours at polling stations in the Georgian capital on Saturday.", "Tbilisi", "voting", CITY)  # fmt: skip
site(True, "Riot police sealed off streets around Serbia's capital as students marched on Saturday.", "Belgrade", "students march", CITY)  # fmt: skip
site(True, "Floodwaters swept through Pakistan's capital after a night of monsoon rain.", "Islamabad", "flooding", CITY)  # fmt: skip
site(True, "An explosion shook a market in the Afghan capital on Friday, police said.", "Kabul", "market explosion", CITY, "attack")  # fmt: skip

# --- must fail ---
site(False, "Drones hit an airbase in Lviv on Friday.", "Kyiv", "drone strike on airbase", "the strike was in Lviv; the capital is another event's place", "strike", ["Drones hit an airbase in Lviv on Friday.", "A day earlier, a missile had struck a power station in the Ukrainian capital."])  # fmt: skip
site(False, "Talks in the Turkish capital collapsed on Monday, and the delegations signed the accord in Istanbul on Thursday.", "Ankara", "accord signed", "the signing was in Istanbul")  # fmt: skip
site(False, "Protesters who had marched in the Serbian capital on Friday moved on to Novi Sad, where police clashed with them on Saturday.", "Belgrade", "police clash with protesters", "the clash was in Novi Sad", "attack")  # fmt: skip
site(False, "Rescue teams flown in from the Turkish capital dug through the rubble in Antakya.", "Ankara", "rescue in rubble", "the rescue was in Antakya; the teams came from the capital")  # fmt: skip
site(False, "The talks were moved out of the Belarusian capital and held in Istanbul instead.", "Minsk", "talks held", "the talks left Minsk")  # fmt: skip
site(False, "A rally planned in the Georgian capital was banned, so the opposition met in Batumi.", "Tbilisi", "opposition rally", "the rally there was banned; the meeting was in Batumi")  # fmt: skip
site(False, "Fighting that began in the Sudanese capital has spread to El Fasher, where shelling killed twenty people on Monday.", "Khartoum", "shelling kills twenty", "the shelling was in El Fasher", "attack")  # fmt: skip
site(False, "Thousands marched through the Kenyan capital on Tuesday, and police fired on protesters in Mombasa.", "Nairobi", "police fire on protesters", "the firing was in Mombasa", "attack")  # fmt: skip
site(False, "The envoy met the rebels in Goma after stopping in the Rwandan capital.", "Kigali", "envoy meets rebels", "the meeting was in Goma", "talks")  # fmt: skip
site(False, "Officials in the Iraqi capital said the drone attack on the oil field near Erbil killed no one.", "Baghdad", "drone attack on oil field", "the attack was near Erbil", "attack")  # fmt: skip


OWN_TIME = "the meeting's own time"
# --- must pass ---
timing(True, "The first direct talks between the two sides have been under way in Geneva since Monday.", "Monday", "the talks began on Monday")  # fmt: skip
timing(True, "The envoys sat down in Doha on Sunday, their highest-level contact since 2019.", "Sunday", OWN_TIME)  # fmt: skip
timing(True, "Since 2019 the two leaders had not met, but on Friday they shook hands in Geneva.", "Friday", OWN_TIME)  # fmt: skip
timing(True, "No agreement has come out of the negotiations that opened in Vienna on 4 April.", "4 April", OWN_TIME)  # fmt: skip
timing(True, "For the first time since the war began, the two ministers met on Thursday in Antalya.", "Thursday", OWN_TIME)  # fmt: skip
timing(True, "The ministers, who have not met in public since their quarrel, held talks in Oslo on 9 June.", "9 June", OWN_TIME)  # fmt: skip
timing(True, "The presidents, estranged since 2022, met in Astana on Tuesday.", "Tuesday", OWN_TIME)  # fmt: skip
timing(True, "It was the first summit of its kind since the pandemic, and it opened in Abuja on Monday.", "Monday", OWN_TIME)  # fmt: skip
timing(True, "Envoys of the two Koreas, who have not met since 2018, sat down at Panmunjom on 6 August.", "6 August", OWN_TIME)  # fmt: skip
timing(True, "Never before had the two met abroad; on 12 July they met in Rome.", "12 July", OWN_TIME)  # fmt: skip

# --- must fail ---
timing(False, "The envoys sat down in Doha on Sunday, their highest-level contact since 2019.", "2019", "the last high-level contact's year")  # fmt: skip
timing(False, "Since 2019 the two leaders had not met, but on Friday they shook hands in Geneva.", "2019", "what the span without meeting is counted from")  # fmt: skip
timing(False, "The two had not met since the spring of 2021 when they sat down in Lusaka on Monday.", "2021", "the last meeting's year")  # fmt: skip
timing(False, "The leaders had not spoken in person since at least 2018 until Friday's talks in Hanoi.", "2018", "what the span is counted from")  # fmt: skip
timing(False, "It was their only face-to-face meeting since 2020, held in Brussels on Thursday.", "2020", "the last meeting's year")  # fmt: skip
timing(False, "The two delegations had not faced each other since January 2023 until the talks in Riyadh on Tuesday.", "2023", "the last meeting's year")  # fmt: skip
timing(False, "The summit in Seoul on Wednesday was the most senior encounter between the rivals since 2018.", "2018", "the last senior encounter's year")  # fmt: skip
timing(False, "Envoys of the two Koreas, who have not met since 2018, sat down at Panmunjom on 6 August.", "2018", "the last meeting's year")  # fmt: skip
timing(False, "It was their only meeting since the spring of 2022, and it took place in Belgrade on Monday.", "2022", "the last meeting's year")  # fmt: skip
timing(False, "The leaders met in Paris on Friday, ending a freeze that had lasted since 2021.", "2021", "when the freeze began")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
