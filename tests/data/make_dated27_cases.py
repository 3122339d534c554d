# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of a held meeting's place told beside its own day (session 27, checks 59 and
60; ``grounding_dated27.jsonl``): value-support cases, each with what must pass and what must
fail:

- ``dated-venue``: a held meeting's place written as "in / at <place>" right beside the
  meeting's own day ("wrapped up a fisheries accord in Reykjavik on Tuesday", "On Saturday in
  Nairobi, the envoys initialled ...") in the evidence's clause, whatever the verb of the act
  ("inked", "sealed", "put pen to paper on", "hammered out", "unveiled") and whoever the
  subject ("trade ministers from Norway and Iceland", "the presidents of Chile and Peru")
  passes; the tempting wrong places of the same shape fail: another occasion's place told in
  a clause opened by "after", "who" or "while" on the same day, the place of a saying ("told
  reporters in Doha on Friday"), a place denied ("was not signed in Nairobi on Friday"), a
  place another named person acts in ("Putin received Modi in Moscow on Tuesday"), a topic
  ("a truce in Gaza on Friday"), a place left ("flew out of Kabul on Thursday"), a place of a
  step still to come ("will review the pact in Madrid on Friday"), and a place beside another
  day than the meeting's.

Run ``python tests/data/make_dated27_cases.py`` to rebuild it. Every article below was written
for this set in my own words (real events where they fit; the sentences are new); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from dated_sets import DatedCases
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_dated27.jsonl")

built = SupportCases(
    "dt27",
    leads=[
        "By Ingrid Solvang | North Sea Courier",
        "WORLD BRIEFING | Evening edition",
        "From our Andes correspondent, The Altiplano Review.",
        "LIVE | Updated 17:05 GMT |",
        "Staff and wire reports",
    ],
)
cases = DatedCases(built, "dated-venue", "minutes-offset", "capital-epithet", "since-span")
summit, event, site, timing = cases.summit, cases.event, cases.site, cases.timing


OWN = "the place beside the meeting's own day in its clause"
# --- must pass: the act's place and day in one clause, whatever the verb and the subject ---
summit(True, "Trade ministers from Norway and Iceland wrapped up a fisheries accord in Reykjavik on Tuesday, ending a decade of quarrels over mackerel quotas.", "Reykjavik", "Tuesday", ["Cecilie Myrseth", "Hanna Katrin Fridriksson"], OWN)  # fmt: skip
summit(True, "The presidents of Chile and Peru inked a maritime boundary protocol in Lima on 4 March, officials in both capitals confirmed.", "Lima", "4 March", ["Gabriel Boric", "Dina Boluarte"], OWN)  # fmt: skip
summit(True, "Negotiators for the European Union and Canada sealed the text of a critical minerals partnership in Ottawa on Monday after three years of talks.", "Ottawa", "Monday", ["Maros Sefcovic", "Mary Ng"], OWN)  # fmt: skip
summit(True, "Envoys from Japan, the Philippines and Australia signed off on a coast guard cooperation pact at Subic Bay on Thursday.", "Subic Bay", "Thursday", ["Hiroshi Tanaka", "Enrique Manalo", "Penny Wong"], OWN)  # fmt: skip
summit(True, "Britain's and France's interior ministers put pen to paper on a Channel crossings deal in London on Thursday.", "London", "Thursday", ["Yvette Cooper", "Bruno Retailleau"], OWN)  # fmt: skip
summit(True, "Officials of the three governments unveiled a joint sanctions monitoring cell in Jakarta on Wednesday, a step long urged by Washington.", "Jakarta", "Wednesday", ["Sugiono", "Vivian Balakrishnan", "Anwar Ibrahim"], OWN)  # fmt: skip
summit(True, "On Saturday in Nairobi, envoys of the rival Sudanese factions initialled a humanitarian corridor accord.", "Nairobi", "Saturday", ["Mohamed Hamdan Dagalo", "Abdel Fattah al-Burhan"], OWN)  # fmt: skip
summit(True, "Parliamentary delegations from Seoul and Tokyo hammered out a joint statement on fishing rights at Camp David on Friday.", "Camp David", "Friday", ["Woo Won-shik", "Fukushiro Nukaga"], OWN)  # fmt: skip
summit(True, "Armenia's and Azerbaijan's foreign ministers concluded a draft peace treaty in Abu Dhabi on 13 March, according to both ministries.", "Abu Dhabi", "13 March", ["Ararat Mirzoyan", "Jeyhun Bayramov"], OWN)  # fmt: skip
summit(True, "The two leaders launched a joint hydrogen fund at Meseberg Palace on Sunday, their aides said.", "Meseberg Palace", "Sunday", ["Friedrich Merz", "Emmanuel Macron"], OWN)  # fmt: skip
summit(True, "Top diplomats of Kenya, Uganda and Tanzania finalised a railway customs code in Arusha on Monday.", "Arusha", "Monday", ["Musalia Mudavadi", "Jeje Odongo", "Mahmoud Thabit Kombo"], OWN)  # fmt: skip
summit(True, "Senior officials from India and Bangladesh renewed the Ganges water-sharing arrangement in Dhaka on 12 December, two years before it lapsed.", "Dhaka", "12 December", ["Vikram Misri", "Touhid Hossain"], OWN)  # fmt: skip

# --- must fail: the same "in <place> on <day>" shape, another occasion's or no occasion's ---
summit(False, "Hours after a cabinet session in Zagreb on Friday, the two prime ministers signed the energy accord in Ljubljana.", "Zagreb", "Friday", ["Andrej Plenkovic", "Robert Golob"], "another occasion's place, in an 'after' clause")  # fmt: skip
summit(False, "Pena, who opened a hydroelectric turbine hall in Itaipu on Saturday, joined the other leaders for the signing in the capital.", "Itaipu", "Saturday", ["Santiago Pena", "Javier Milei"], "the place of another occasion, in a 'who' clause")  # fmt: skip
summit(False, "Rubio told reporters in Doha on Friday that the two ministers had signed the accord.", "Doha", "Friday", ["Therese Kayikwamba Wagner", "Olivier Nduhungirehe"], "where the accord was spoken of, not where it was signed")  # fmt: skip
summit(False, "The accord was not signed in Nairobi on Friday, as the mediators had hoped, though the envoys did meet.", "Nairobi", "Friday", ["Mohamed Hamdan Dagalo", "Abdel Fattah al-Burhan"], "a place denied")  # fmt: skip
summit(False, "Meanwhile Putin received Modi in Moscow on Tuesday, a visit Beijing watched closely.", "Moscow", "Tuesday", ["Xi Jinping", "Luiz Inacio Lula da Silva"], "another named person's meeting")  # fmt: skip
summit(False, "The ministers, who had first met in Helsinki on a Monday in 2019, met again in Tallinn on Monday.", "Helsinki", "Monday", ["Margus Tsahkna", "Elina Valtonen"], "an earlier meeting's place")  # fmt: skip
summit(False, "Meeting behind closed doors, the mediators hammered out a truce in Gaza on Friday.", "Gaza", "Friday", ["Sheikh Mohammed bin Abdulrahman Al Thani", "Badr Abdelatty"], "what the truce is about, not where the mediators met")  # fmt: skip
summit(False, "The delegations flew out of Kabul on Thursday and signed the accord in Doha.", "Kabul", "Thursday", ["Amir Khan Muttaqi", "Zalmay Khalilzad"], "the place left, not where they met")  # fmt: skip
summit(False, "Both sides will review the pact in Madrid on Friday, a week after signing it.", "Madrid", "Friday", ["Pedro Sanchez", "Luis Montenegro"], "a step still to come, not the held meeting")  # fmt: skip
summit(False, "The previous round was held in Oslo on Monday, and on Thursday the envoys signed in Bergen.", "Oslo", "Thursday", ["Jonas Gahr Store", "Kristrun Frostadottir"], "a place beside another day than the meeting's")  # fmt: skip
summit(False, "While Orban toured a refinery in Budapest on Wednesday, the foreign ministers were signing the gas deal.", "Budapest", "Wednesday", ["Peter Szijjarto", "Juraj Blanar"], "another occasion's place, in a 'while' clause")  # fmt: skip
summit(False, "Viktor Orban opened a pipeline terminal in Szazhalombatta on Wednesday as the ministers signed the gas deal.", "Szazhalombatta", "Wednesday", ["Peter Szijjarto", "Juraj Blanar"], "another named person's act, not the meeting")  # fmt: skip
summit(False, "Zelensky, speaking in Kyiv on Friday, said he had not been told what Trump and Putin agreed.", "Kyiv", "Friday", ["Donald Trump", "Vladimir Putin"], "where another person spoke")  # fmt: skip


SAME = "minutes from the clause's event, on the one day the sentence gives"
# --- must pass: an offset under an hour shares the day of the clause it opens ---
event(True, "Moments before the polls closed on Sunday, the opposition leader conceded defeat in a televised address.", "Sunday", "opposition leader concedes defeat", SAME)  # fmt: skip
event(True, "Minutes after the verdict was read out on 14 May, protesters blocked the courthouse steps.", "14 May", "protesters block courthouse", SAME)  # fmt: skip
event(True, "Minutes before kick-off on Saturday, stadium officials evacuated the north stand over a bomb threat.", "Saturday", "north stand evacuated", SAME)  # fmt: skip
event(True, "Moments after the plane touched down in Vilnius on Tuesday, the delegation was driven to the parliament.", "Tuesday", "delegation driven to parliament", SAME)  # fmt: skip
event(True, "Minutes before the curfew began on Friday, police fired tear gas at crowds in the old town.", "Friday", "police fire tear gas", SAME)  # fmt: skip
event(True, "The navy boarded the tanker minutes after it left port on Wednesday.", "Wednesday", "navy boards tanker", SAME)  # fmt: skip
event(True, "Moments after the summit opened on 2 June, a drone was shot down near the venue.", "2 June", "drone shot down near venue", SAME)  # fmt: skip
event(True, "Minutes after the president landed on Saturday, the opposition walked out of the talks.", "Saturday", "opposition walks out of talks", SAME)  # fmt: skip
event(True, "Minutes before the session was gavelled in on Monday, the speaker resigned.", "Monday", "speaker resigns", SAME)  # fmt: skip
event(True, "Moments after the bells rang on Christmas Eve on 24 December, the shelling of the town stopped.", "24 December", "shelling of the town stops", SAME)  # fmt: skip

# --- must fail: another occasion's day (an offset of hours or more, another day given) ---
event(False, "Clashes broke out a day before the vote on Sunday.", "Sunday", "clashes break out", "a day before the vote: the vote's day")  # fmt: skip
event(False, "Protesters gathered two days after the verdict on 14 May.", "14 May", "protesters gather", "two days after: the verdict's day")  # fmt: skip
event(False, "Shelling resumed hours after the truce expired on Monday.", "Monday", "shelling resumes", "hours after: the truce's end's day", "attack")  # fmt: skip
event(False, "The navy boarded the tanker a week after it left port on Wednesday.", "Wednesday", "navy boards tanker", "a week after: the departure's day")  # fmt: skip
event(False, "Sirens sounded late on Tuesday, minutes before the truce took effect on Wednesday.", "Wednesday", "sirens sound", "the sentence gives the sirens their own day")  # fmt: skip
event(False, "Weeks after the floods on 3 March, aid finally reached the valley.", "3 March", "aid reaches valley", "weeks after: the floods' day")  # fmt: skip
event(False, "Moments before the minister spoke on Friday, police confirmed that the blast had happened on Thursday.", "Friday", "blast in the market", "the blast's day is given: Thursday", "attack")  # fmt: skip
event(False, "Months after the coup on 26 July, the junta expelled the French ambassador.", "26 July", "junta expels ambassador", "months after: the coup's day")  # fmt: skip
event(False, "Minutes after the match ended, fans stormed the pitch, police said on Tuesday.", "Tuesday", "fans storm pitch", "the day it was reported")  # fmt: skip
event(False, "Minutes before the vote on Thursday, a lawmaker who had resigned on Tuesday walked back into the chamber.", "Thursday", "lawmaker resigns", "the resignation's own day is given: Tuesday")  # fmt: skip


CITY = "the people's capital the sentence puts the event in"
# --- must pass: "<in> the <people word> capital" for that people's capital ---
site(True, "Thousands marched through the Kenyan capital on Tuesday to protest against the new finance bill.", "Nairobi", "protest march against finance bill", CITY)  # fmt: skip
site(True, "The accord signed in the Ethiopian capital ended two years of war in Tigray.", "Addis Ababa", "peace accord signed", CITY)  # fmt: skip
site(True, "A car bomb exploded at a checkpoint in the Somali capital early on Sunday, killing nine people.", "Mogadishu", "car bomb at checkpoint", CITY, "attack")  # fmt: skip
site(True, "Drones struck an apartment block inside the Ukrainian capital overnight, the city's mayor said.", "Kyiv", "drone strike on apartment block", CITY, "strike")  # fmt: skip
site(True, "Rival militias traded fire across the Libyan capital for a second night.", "Tripoli", "militia clashes", CITY, "attack")  # fmt: skip
site(True, "The hostages were flown into the Qatari capital before being handed over to their families.", "Doha", "hostages handed over", CITY, "prisoner_exchange")  # fmt: skip
site(True, "Negotiators reconvened at the Turkish capital's presidential complex, and the talks in the Turkish capital lasted four hours.", "Ankara", "talks reconvene", CITY, "talks")  # fmt: skip
site(True, "Power was cut across the Venezuelan capital after a fire at a substation.", "Caracas", "power cut", CITY)  # fmt: skip
site(True, "The talks held in the South African capital produced a truce within ten days.", "Pretoria", "truce talks", CITY, "talks")  # fmt: skip
site(True, "Police dispersed a vigil in the Georgian capital with water cannon late on Saturday.", "Tbilisi", "vigil dispersed", CITY)  # fmt: skip

# --- must fail: another capital, no capital, a capital the event is only measured from ---
site(False, "Thousands marched through the Kenyan capital on Tuesday to protest against the new finance bill.", "Kampala", "protest march against finance bill", "another country's capital")  # fmt: skip
site(False, "The pilgrims gathered in the Saudi capital before the convoy left.", "Jeddah", "pilgrims gather", "Jeddah is no capital")  # fmt: skip
site(False, "The missiles were launched from the Russian capital's outskirts toward the border.", "Moscow", "missile launch", "where the strike came from, not where it hit", "strike")  # fmt: skip
site(False, "Fighting flared around an oil field 40 km south of the Libyan capital.", "Tripoli", "fighting at oil field", "measured from the capital, not in it", "attack")  # fmt: skip
site(False, "Extra flights to the Qatari capital were laid on for the released hostages.", "Doha", "flights laid on", "bound for the capital, not there")  # fmt: skip
site(False, "Shelling hit a village outside the Ukrainian capital on Friday.", "Kyiv", "village shelled", "outside the capital", "attack")  # fmt: skip
site(False, "A drone came down near the Lithuanian capital, officials said.", "Vilnius", "drone crash", "near the capital, not in it")  # fmt: skip
site(False, "Protesters rallied in the regional capital against the mine.", "Kigoma", "rally against mine", "no people word says whose capital")  # fmt: skip
site(False, "The talks held in the South African capital produced a truce within ten days.", "Johannesburg", "truce talks", "Johannesburg is no capital", "talks")  # fmt: skip
site(False, "Police dispersed a vigil in the Georgian capital with water cannon, as crowds also gathered in the Armenian capital.", "Baku", "vigil dispersed", "neither capital named is Baku")  # fmt: skip


OWN_TIME = "the meeting's own time, not the one after a counted 'since'"
# --- must pass: the meeting's own time in a sentence that also counts a span ---
timing(True, "The two foreign ministers met in Muscat on Sunday for the first time since 2021.", "Sunday", OWN_TIME)  # fmt: skip
timing(True, "Lula and Petro sat down in Leticia on 8 August, their first meeting since the border dispute flared.", "8 August", OWN_TIME)  # fmt: skip
timing(True, "The envoys, who have met weekly since March, held a fresh round in Cairo on Thursday.", "Thursday", OWN_TIME)  # fmt: skip
timing(True, "Xi hosted Lula in Beijing on 13 May, two years after they last met.", "13 May", OWN_TIME)  # fmt: skip
timing(True, "The first direct talks since 2019 opened in Istanbul on 16 May.", "16 May", OWN_TIME)  # fmt: skip
timing(True, "The summit on 3 December in Seoul was the first since 2019 to bring the three leaders together.", "3 December", OWN_TIME)  # fmt: skip
timing(True, "Nothing has changed since the talks in Riyadh on 18 February, Lavrov said.", "18 February", "the talks' own day, not right after 'since'")  # fmt: skip
timing(True, "Not since the Camp David summit had the two leaders met before Tuesday's talks in Hanoi.", "Tuesday", OWN_TIME)  # fmt: skip
timing(True, "No progress has been made since 18 February, when the two ministers met in Riyadh.", "18 February", "the time glossed by the meeting's own 'when' clause")  # fmt: skip
timing(True, "Their first face-to-face meeting since the spring took place at Mar-a-Lago on Friday.", "Friday", OWN_TIME)  # fmt: skip

# --- must fail: the time right after "since" in a clause that counts a span without meeting ---
timing(False, "The two foreign ministers met in Muscat on Sunday for the first time since 2021.", "2021", "the last meeting's year")  # fmt: skip
timing(False, "No U.S. envoy had shaken hands with the junta leader since 2020 until Friday's meeting in Niamey.", "2020", "what the span without meeting is counted from")  # fmt: skip
timing(False, "The presidents had not spoken face to face since early 2023 when they met in Brasilia on Monday.", "2023", "the last meeting's year")  # fmt: skip
timing(False, "Their first meeting since June took place in Ankara on Wednesday.", "June", "the last meeting's month")  # fmt: skip
timing(False, "The leaders have never met since the end of 2019, but their aides met in Oslo on Friday.", "2019", "the last meeting's year")  # fmt: skip
timing(False, "It was the first such session since March 2022, and it ran late into Thursday.", "March 2022", "the last session's month")  # fmt: skip
timing(False, "Neither side had sent a delegation since 2017 before the talks in Doha on Saturday.", "2017", "what the span without meeting is counted from")  # fmt: skip
timing(False, "The envoys met in Cairo on Thursday, their first round since mid-January.", "January", "the last round's month")  # fmt: skip
timing(False, "No summit had been held since 2019 until the leaders met in Pyongyang on 19 June.", "2019", "the last summit's year")  # fmt: skip
timing(False, "Trump and Kim have not met since 2019, and no new summit has been announced.", "2019", "the last meeting's year")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
