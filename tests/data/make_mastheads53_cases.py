# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the mastheads-53 set (``grounding_mastheads53.jsonl``): bylines, outlets and dates set on a
masthead or credit line that is not a plain "By X" (outside check 53, cause 2, session 25;
:mod:`summarizer.verification.bylines.masthead_fields`), and free-text words that are the article's
own word in another form (check 53, cause 12; :mod:`summarizer.verification.free_text.word_forms`).
By category:

- ``masthead-bylines``: "Name, role — Outlet, date", "By X, desk — Outlet — Weekday, date",
  "Outlet — date — by X", "Interview by X for Outlet", "The Editorial Board, Outlet", with
  dashes, bars, bullets, middle dots between the fields, credit the named writer (or the
  board). Refused: the outlet field, the role or desk field, a person quoted in the body, a
  photo credit's or picture editor's name.
- ``masthead-fields``: the outlet field of such a line ("Desk | Outlet | date", "Name, role —
  Outlet, date") is the publisher, and its date the page's date. Refused: the writer as the
  outlet, the desk as the outlet, an outlet the body only cites ("told Reuters"), a date of
  the reported event as the published date.
- ``free-forms``: a free-text word that is the article's word in the other number
  ("Iskander missiles" for "Ten Iskanders", "Directors General" for "Director General") or
  a capitalised common word opening a sentence ("Enforcement" beside "enforcing",
  "Announcement of ...") or a name glued to digits as the article writes it ("1MDB") is no
  unstated name. Refused: an unstated person, place or country,
  a surname that is a first name's plural ("Peters" beside "Peter Holm"), a first name the
  page writes only as a surname's plural ("William" beside "Serena Williams").

Run ``python tests/data/make_mastheads53_cases.py`` to rebuild it. The facts come from
published reports (Chile's constitutional plebiscite of September 2022, Nigeria's presidential
result of March 2023, New Zealand's election of October 2023, the Taliban's entry into Kabul
of August 2021, Japan's leadership change of October 2021); the outlets and reporters are
invented, every sentence was written for this set, and each verdict is what a careful
fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, masthead

OUT = Path(__file__).with_name("grounding_mastheads53.jsonl")
built = SupportCases("mh53")

CHILE = (
    "Chileans voted by a wide margin on Sunday to throw out a proposed constitution that would have replaced the charter written under Augusto Pinochet, with about 62 percent of ballots cast against it.\n\n"
    'President Gabriel Boric, who had campaigned for the text, said he would work with Congress on a new drafting process. "We must listen to the voice of the people," he said in a televised address.\n\n'
    "Turnout was high because voting was compulsory for the first time in a decade, an election official told Reuters.\n"
)
NIGERIA = (
    "Nigeria's electoral commission on Wednesday declared Bola Tinubu of the ruling All Progressives Congress the winner of the presidential election, with about 37 percent of the vote.\n\n"
    "Atiku Abubakar finished second and Peter Obi of the Labour Party third. Both rejected the count and said they would challenge it in court, and Obi told the BBC the vote had been stolen.\n\n"
    "Observers said the late upload of results from polling units had undermined trust in the process.\n"
)
NZ = (
    "New Zealand's National Party won the most seats in Saturday's general election, ending six years of Labour government, and its leader Christopher Luxon said he would begin coalition talks at once.\n\n"
    'Chris Hipkins, the outgoing prime minister, conceded defeat in Wellington late in the evening. "It is not the result we wanted," he told supporters.\n\n'
    "Special votes still to be counted could shift one or two seats, the Electoral Commission said in a statement to Radio New Zealand.\n"
)
KABUL = (
    "Taliban fighters entered Kabul on Sunday and took control of the presidential palace hours after President Ashraf Ghani left the country, completing a sweep across Afghanistan that took barely ten days.\n\n"
    "Crowds gathered at the airport as foreign governments raced to evacuate their staff. A Taliban spokesman, Suhail Shaheen, told Al Jazeera that the group wanted a peaceful transfer of power.\n\n"
    "Ghani said in a message posted online that he had left to avoid bloodshed in the capital.\n"
)
JAPAN = (
    "Fumio Kishida was elected Japan's prime minister by parliament on Monday, days after winning the leadership of the governing Liberal Democratic Party, and named a cabinet in which most ministers are new to the job.\n\n"
    "Kishida said he would call a general election for October 31. His predecessor, Yoshihide Suga, stepped aside after a year marked by criticism of his handling of the pandemic, the public broadcaster NHK reported.\n\n"
    "Opposition parties said the new cabinet offered little change from the old one.\n"
)

BYLINES, FIELDS, FORMS = "masthead-bylines", "masthead-fields", "free-forms"


byline = partial(built.article_field, BYLINES, "byline")
outlet = partial(built.article_field, FIELDS, "outlet")


def published(text: str, passes: list[str], fails: list[str]) -> None:
    built.article_field(FIELDS, "published", text, passes, fails)


# masthead-bylines
byline(masthead("Chile says no to a new constitution", "Marta Quiroga, Santiago correspondent \u2014 El Faro Austral, 5 September 2022", CHILE),
       ["Marta Quiroga"], ["El Faro Austral", "Santiago correspondent", "Gabriel Boric"])  # fmt: skip
byline(masthead("ANALYSIS: Why the plebiscite failed", "By Tom\u00e1s Reyes, political desk \u2014 The Andes Mercury \u2014 Monday, September 5, 2022", CHILE),
       ["Tom\u00e1s Reyes"], ["The Andes Mercury", "political desk"])  # fmt: skip
byline(masthead("Tinubu declared winner", "Lagos Ledger \u2014 1 March 2023 \u2014 by Chidi Okonkwo", NIGERIA),
       ["Chidi Okonkwo"], ["Lagos Ledger", "Peter Obi"])  # fmt: skip
byline(masthead("\"We will go to court\": a voter on the count", "Interview by Aisha Bello for Radio Kano, recorded 2 March 2023. Edited for length.", NIGERIA),
       ["Aisha Bello"], ["Radio Kano"])  # fmt: skip
byline(masthead("OPINION | A change of government, not of country", "The Editorial Board, Wellington Standard", NZ),
       ["The Editorial Board"], ["Wellington Standard", "Chris Hipkins"])  # fmt: skip
byline(masthead("Luxon to open coalition talks", "Hemi Walker, chief political correspondent \u00b7 Tasman Observer \u00b7 15 October 2023", NZ),
       ["Hemi Walker"], ["Tasman Observer", "chief political correspondent"])  # fmt: skip
byline(masthead("Kabul falls as Ghani leaves", "Farid Noori, Kabul reporter \u2022 The Hindu Kush Review \u2022 16 August 2021", KABUL),
       ["Farid Noori"], ["The Hindu Kush Review", "Suhail Shaheen"])  # fmt: skip
byline(masthead("Kabul falls as Ghani leaves", "Photograph: Lars Berg/Hindu Kush Review\nBy Farid Noori, Kabul correspondent \u2014 Hindu Kush Review \u2014 16 August 2021", KABUL),
       ["Farid Noori"], ["Lars Berg", "Hindu Kush Review"])  # fmt: skip
byline(masthead("Kabul falls as Ghani leaves", "Photo: Lars Berg / Nordic Picture Service\nForeign desk | The Baltic Courier | 16 August 2021", KABUL),
       [], ["Lars Berg", "The Baltic Courier"])  # fmt: skip
byline(masthead("Kishida takes office", "Kaito Mori, picture editor \u2014 Setouchi Shimbun, 4 October 2021", JAPAN),
       [], ["Kaito Mori", "Setouchi Shimbun"])  # fmt: skip
byline(masthead("Kishida takes office", "Yuki Sato, Tokyo correspondent | Pacific Rim Daily | October 4, 2021", JAPAN),
       ["Yuki Sato"], ["Pacific Rim Daily", "Yoshihide Suga", "Tokyo correspondent"])  # fmt: skip
byline(masthead("Nigeria's opposition rejects the count", "Ngozi Eze, West Africa editor\nHarmattan Weekly, 2 March 2023", NIGERIA),
       ["Ngozi Eze"], ["Harmattan Weekly", "Atiku Abubakar"])  # fmt: skip
byline(masthead("Luxon to open coalition talks", "Aroha Ngata, political reporter\nSouthern Cross Herald | 15 October 2023", NZ),
       ["Aroha Ngata"], ["Southern Cross Herald", "Christopher Luxon"])  # fmt: skip
byline("Kabul falls as Ghani leaves\n\n" + KABUL + "\nKabul Times | August 16, 2021 | by Zarmina Rahimi\n",
       ["Zarmina Rahimi"], ["Kabul Times", "Ashraf Ghani"])  # fmt: skip
byline(masthead("Chile says no to a new constitution", "Lucia Perez, staff writer\nAndes Daily Post\nSeptember 5, 2022", CHILE),
       ["Lucia Perez"], ["Andes Daily Post", "staff writer"])  # fmt: skip
byline(masthead("Chile says no to a new constitution", "Lucia Perez | Senior Correspondent | The Andes Mercury | 5 September 2022", CHILE),
       ["Lucia Perez"], ["The Andes Mercury", "Senior Correspondent"])  # fmt: skip
byline(masthead("Kishida takes office", "Yuki Sato \u2013 chief correspondent \u2013 Pacific Rim Daily \u2013 04.10.2021", JAPAN),
       ["Yuki Sato"], ["Pacific Rim Daily", "Fumio Kishida"])  # fmt: skip

# masthead-fields: the outlet
outlet(masthead("Chile says no to a new constitution", "Marta Quiroga, Santiago correspondent \u2014 El Faro Austral, 5 September 2022", CHILE),
       ["El Faro Austral"], ["Marta Quiroga", "Reuters"])  # fmt: skip
outlet(masthead("ANALYSIS: Why the plebiscite failed", "By Tom\u00e1s Reyes, political desk \u2014 The Andes Mercury \u2014 Monday, September 5, 2022", CHILE),
       ["The Andes Mercury"], ["Tom\u00e1s Reyes", "Reuters"])  # fmt: skip
outlet(masthead("Luxon to open coalition talks", "Political bureau | Tasman Observer | 15 October 2023", NZ),
       ["Tasman Observer"], ["Political bureau", "Radio New Zealand"])  # fmt: skip
outlet(masthead("\"We will go to court\": a voter on the count", "Interview by Aisha Bello for Radio Kano, recorded 2 March 2023. Edited for length.", NIGERIA),
       ["Radio Kano"], ["Aisha Bello", "BBC"])  # fmt: skip
outlet(masthead("OPINION | A change of government, not of country", "The Editorial Board, Wellington Standard", NZ),
       ["Wellington Standard"], ["Radio New Zealand"])  # fmt: skip
outlet(masthead("Kabul falls as Ghani leaves", "Farid Noori, Kabul reporter \u2022 The Hindu Kush Review \u2022 16 August 2021", KABUL),
       ["The Hindu Kush Review"], ["Farid Noori", "Al Jazeera"])  # fmt: skip
outlet(masthead("Kishida takes office", "Yuki Sato, Tokyo correspondent | Pacific Rim Daily | October 4, 2021", JAPAN),
       ["Pacific Rim Daily"], ["Yuki Sato", "NHK"])  # fmt: skip
outlet(masthead("Luxon to open coalition talks", "Aroha Ngata, political reporter\nSouthern Cross Herald, 15 October 2023", NZ),
       ["Southern Cross Herald"], ["Aroha Ngata", "political reporter"])  # fmt: skip
outlet(masthead("Chile says no to a new constitution", "Lucia Perez, staff writer\nAndes Daily Post\nSeptember 5, 2022", CHILE),
       ["Andes Daily Post"], ["Lucia Perez", "Reuters"])  # fmt: skip
outlet(masthead("Kabul falls as Ghani leaves", "Dispatch by Farid Noori for the Hindu Kush Review", KABUL),
       ["Hindu Kush Review"], ["Farid Noori", "Al Jazeera"])  # fmt: skip
outlet(masthead("Kishida takes office", "By Yuki Sato | Pacific Wire Service\nPublished October 4, 2021", JAPAN),
       ["Pacific Wire Service"], ["Yuki Sato", "NHK"])  # fmt: skip
outlet(masthead("Chile says no to a new constitution", "Lucia Perez | Senior Correspondent | The Andes Mercury | 5 September 2022", CHILE),
       ["The Andes Mercury"], ["Lucia Perez", "Reuters"])  # fmt: skip
outlet(masthead("Kabul falls as Ghani leaves", "Photograph: Lars Berg/Hindu Kush Review\nBy Farid Noori, Kabul correspondent \u2014 Hindu Kush Review \u2014 16 August 2021", KABUL),
       ["Hindu Kush Review"], ["Lars Berg", "Al Jazeera"])  # fmt: skip
outlet(masthead("Nigeria's opposition rejects the count", "Lagos bureau, Harmattan Weekly \u2014 2 March 2023", NIGERIA),
       ["Harmattan Weekly"], ["Lagos bureau", "BBC"])  # fmt: skip
outlet(masthead("Kishida takes office", "Setouchi Shimbun \u2014 4 October 2021\nWith additional reporting by Ken Ito, Kyodo Pictures", JAPAN),
       ["Setouchi Shimbun"], ["Kyodo Pictures", "Ken Ito"])  # fmt: skip
outlet(masthead("Tinubu declared winner", "West Africa desk \u2014 Harmattan Weekly \u2014 Thursday, 2 March 2023", NIGERIA),
       ["Harmattan Weekly"], ["West Africa desk", "BBC"])  # fmt: skip

# masthead-fields: the page's date
published(masthead("Chile says no to a new constitution", "Marta Quiroga, Santiago correspondent \u2014 El Faro Austral, 5 September 2022", CHILE),
          ["2022-09-05"], ["2022-09-04"])  # fmt: skip
published(masthead("Luxon to open coalition talks", "Political bureau | Tasman Observer | 15 October 2023", NZ),
          ["2023-10-15"], ["2023-10-14"])  # fmt: skip
published(masthead("Kishida takes office", "Yuki Sato, Tokyo correspondent | Pacific Rim Daily | October 4, 2021", JAPAN),
          ["2021-10-04"], ["2021-10-31"])  # fmt: skip


# free-forms: the free text's word in another form of the article's
FREE_PAGE = (
    "Night of the locked shelter\n\nBy Olha Petrenko\n\n"
    "Russia fired missiles at the capital overnight. Ten Iskanders were launched, the air force said, and three people died in the Desnyanskyi district, including a child.\n\n"
    "Mayor Vitali Klitschko said the shelter's guards would face questions. Peter Holm of the Red Cross said aid was on its way, and the tennis star Serena Williams sent a message of support.\n\n"
    "Separately, Pakistan's Director General of Military Operations spoke to his Indian counterpart by hotline, officials said. The council held off enforcing the new rules until a review ended.\n\n"
    "Ukraine's allies pledged more Patriot batteries. Residents said the Shaheds came in waves after midnight.\n\n"
    "In unrelated news from Kuala Lumpur, prosecutors said a former prime minister faces four more trials over 1MDB, the state fund.\n"
)


def free(expect: bool, text: str, path: str = "summary") -> None:
    facts = {"article": dict(ARTICLE)}
    if path == "summary":
        facts["summary"] = text
    else:
        facts["key_points"] = ["Russia fired missiles at the capital overnight.", text]
    why = f"{path}: {text} ({'no unstated name' if expect else 'an unstated name'})"
    built.add(
        FORMS,
        expect,
        why,
        FREE_PAGE,
        facts,
        path if path == "summary" else "key_points[1]",
        check="unstated",
    )


for words in [
    "Russia fired ten Iskander missiles at the capital.",
    "The Iskander strikes killed three people.",
    "Pakistan's Directors General of Military Operations spoke by hotline.",
    "Allies pledged more Patriots.",
    "A Shahed drone wave came after midnight.",
    "Enforcement of the new rules waits for a review.",
    "Announcement of an inquiry into the shelter is expected.",
    "Questions for the shelter's guards, Klitschko said.",
    "Support from Serena Williams came by message.",
    "Negotiations over the shelter rules go on.",
    "A former prime minister faces four more trials over 1MDB.",
]:
    free(True, words)
for words in [
    "Enforcement of the rules is on hold.",
    "Recommendations from the review are awaited.",
]:
    free(True, words, "key_points")
for words in [
    "Peters of the Red Cross said aid was coming.",
    "William sent a message of support.",
    "Russia fired Kalibr missiles at the capital.",
    "Three people died in Kharkiv overnight.",
    "Klitschko met Zelensky after the strike.",
    "Belarus allowed the launches, officials said.",
    "Announcement by Shmyhal of an inquiry is expected.",
    "Iskanders hit Odesa.",
    "Commission officials will review the shelter rules.",
    "A former prime minister faces four more trials over 1MDC.",
    "The Patriot batteries came from Germany.",
]:
    free(False, words)
for words in ["Enforcement is up to Poland.", "Holms of the Red Cross said aid was coming."]:
    free(False, words, "key_points")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
