# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 32's summit places (``grounding_places32.jsonl``): value-support
cases for a summit's place told without "meet" or "hold" (outside checks 53 to 70), by
category, each with what must pass and what must fail:

- ``receiving-verb``: a host's verb ("will receive Scholz at the Planalto Palace in Brasilia",
  "hosted Ruto at the Union Buildings in Pretoria", "was joined in Rome by Starmer",
  "welcomed Mahama to Downing Street", "was in Paris with Macron"). Refused: the place a
  party flew in from, another occasion's place told after "after" or "before", an earlier
  meeting's ("had last hosted him in Shanghai in 2023"), a call or a letter received there, a
  venue offered and declined, a place named only with someone who is not a party;
- ``trip-purpose``: a journey to the place to see or meet a party, or for a summit or talks
  ("flies on to Seoul to see Lee", "took him to Washington to meet Trump", "travelled to
  Canada for a Group of Seven summit"), and an invitation to a place for a meeting not held
  ("invited Pope Leo XIV to the White House"). Refused: the other stop of a two-stop trip,
  where a trip starts, a journey to another errand, the place of an earlier trip ("last
  travelled to Kyiv"), an invitation turned down, or for a meeting already held, or of
  another year;
- ``schedule-line``: a programme's line ("- Busan, October 30: Xi.", "- Gyeongju, October 29:
  a bilateral with ...") whose entry names a party or a meeting; "this port city" and "here"
  under the dateline ("BUSAN, South Korea - ...", "TIANJIN: ..."). Refused: another entry's
  line, a line of a journey or of another time's rest day, "this city" where the evidence
  names another place or an earlier meeting, "here" of an earlier meeting;
- ``fronted-venue``: a venue opening the sentence before its main clause ("Inside Beijing's
  Great Hall of the People, the EU-China summit brought ...", "On Friday, at the White House,
  Aliyev and Pashinyan signed ...", "Meeting in Putrajaya on July 28, ...") and a where-aside
  after the place ("from the Kuala Lumpur Convention Centre, where the ASEAN summit opens
  tomorrow"). Refused: a fronted place of words said ("At the White House, Trump said ..."), of
  a departure ("In Ankara, Erdogan boarded his plane for Sochi"), of an earlier year or
  meeting, a main clause naming another place, a where-aside of an earlier, offered or
  cancelled meeting;
- ``member-actors``: an event's actor written after "from" or "at" and read as a place, acting
  through its members ("Technical teams from Rwanda ... initialled", "judges at the
  International Criminal Court issued"), its lead ("the Hamas-led assault") or its paper for
  the paper's event ("a warrant from the International Criminal Court, issued under seal").
  Refused: people who do not act for it ("refugees from Syria", "tourists from Germany"), aid
  or fighters from a country, and a paper's issuer for an event that is not the paper's.

Run ``python tests/data/make_places32_cases.py`` to rebuild it. The texts are written for this
set in new words, with public figures in invented sentences; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_places32.jsonl")

built = SupportCases(
    "pl32",
    leads=[
        "By Ines Calloway | The Meridian Ledger",
        "WORLD DESK | Evening edition",
        "From our diplomatic correspondent, The Northgate Review.",
        "Translated from the Spanish service of Radio Andes.",
    ],
)
RECEIVE, TRIP, SCHEDULE, FRONTED, MEMBERS = (
    "receiving-verb",
    "trip-purpose",
    "schedule-line",
    "fronted-venue",
    "member-actors",
)
HELD, SCHEDULED, PROPOSED = "held", "scheduled", "proposed"


def summit(
    category: str, text: str, evidence: list[str], passes: list[str], fails: list[str],
    parties: list[str], status: str = HELD,
) -> None:  # fmt: skip
    """A summit of ``parties`` on a page of the set around ``text``, backed by ``evidence``:
    each of ``passes`` is its place, each of ``fails`` is not."""
    built.meeting_places(category, built.page(text), evidence, passes, fails, parties, status)


def own_page(
    category: str, page: str, evidence: list[str], passes: list[str], fails: list[str],
    parties: list[str], status: str = HELD,
) -> None:  # fmt: skip
    """As :func:`summit`, on a ``page`` written whole (its dateline or schedule is the case)."""
    built.meeting_places(category, page, evidence, passes, fails, parties, status)


def one(category: str, text: str, passes: list[str], fails: list[str], parties: list[str],
        status: str = HELD) -> None:  # fmt: skip
    """A summit backed by the whole one-paragraph ``text``, split at its sentence ends."""
    sentences = [s if s.endswith(".") else s + "." for s in text.split(". ")]
    sentences = [s.replace("..", ".") for s in sentences]
    summit(category, text, sentences, passes, fails, parties, status)


# --- receiving-verb: "will receive X in Y", "hosted X at Y", "was joined in Y by X" ---------

one(
    RECEIVE,
    "President Luiz Inacio Lula da Silva will receive Chancellor Olaf Scholz at the Planalto Palace in Brasilia on Monday, a day after Scholz arrives from Buenos Aires.",
    ["Brasilia", "Planalto Palace"],
    ["Buenos Aires"],
    ["Luiz Inacio Lula da Silva", "Olaf Scholz"],
    SCHEDULED,
)
one(
    RECEIVE,
    "Cyril Ramaphosa hosted Kenya's president, William Ruto, at the Union Buildings in Pretoria on Thursday, weeks after the two men clashed at a regional summit in Arusha.",
    ["Pretoria", "Union Buildings"],
    [],
    ["Cyril Ramaphosa", "William Ruto"],
)
one(
    RECEIVE,
    "Emmanuel Macron welcomed Narendra Modi at the Elysee Palace in Paris on Friday evening. Modi had spent the morning at an aviation show in Le Bourget.",
    ["Elysee Palace", "Paris"],
    ["Le Bourget"],
    ["Emmanuel Macron", "Narendra Modi"],
)
one(
    RECEIVE,
    "Giorgia Meloni was joined in Rome by Keir Starmer for a working lunch on Saturday. Starmer had flown in from London that morning.",
    ["Rome"],
    ["London"],
    ["Giorgia Meloni", "Keir Starmer"],
)
one(
    RECEIVE,
    "Xi Jinping received Luiz Inacio Lula da Silva in Beijing on Tuesday; Xi had last hosted him in Shanghai in 2023.",
    ["Beijing"],
    ["Shanghai"],
    ["Xi Jinping", "Luiz Inacio Lula da Silva"],
)
one(
    RECEIVE,
    "Anthony Albanese offered to host Christopher Luxon in Canberra, but Luxon declined and the two will meet in Wellington next month.",
    ["Wellington"],
    ["Canberra"],
    ["Anthony Albanese", "Christopher Luxon"],
    SCHEDULED,
)
one(
    RECEIVE,
    "Joe Biden hosted Fumio Kishida for a state dinner at the White House on Wednesday. Kishida flew on to Raleigh the next day to tour a battery plant.",
    ["White House"],
    ["Raleigh"],
    ["Joe Biden", "Fumio Kishida"],
)
one(
    RECEIVE,
    "On Tuesday Olaf Scholz was in Paris with Emmanuel Macron. On Friday he was in Warsaw with his Polish counterpart.",
    ["Paris"],
    ["Warsaw"],
    ["Olaf Scholz", "Emmanuel Macron"],
)
one(
    RECEIVE,
    "Donald Trump received Nayib Bukele in the Oval Office on Monday. Bukele had flown in from San Salvador overnight.",
    ["Oval Office"],
    ["San Salvador"],
    ["Donald Trump", "Nayib Bukele"],
)
one(
    RECEIVE,
    "Keir Starmer welcomed the president from Ghana, John Mahama, to Downing Street on Tuesday.",
    ["Downing Street"],
    [],
    ["Keir Starmer", "John Mahama"],
)
one(
    RECEIVE,
    "Cyril Ramaphosa hosted Xi Jinping on Tuesday, a week after Xi attended a parade in Moscow.",
    [],
    ["Moscow"],
    ["Cyril Ramaphosa", "Xi Jinping"],
)
one(
    RECEIVE,
    "Mark Rutte welcomed Volodymyr Zelensky at NATO headquarters on Wednesday, a day after Zelensky spoke to troops in Kharkiv.",
    [],
    ["Kharkiv"],
    ["Mark Rutte", "Volodymyr Zelensky"],
)
one(
    RECEIVE,
    "Anwar Ibrahim received Prabowo Subianto at Seri Perdana on Friday. Prabowo had flown in from Jakarta.",
    ["Seri Perdana"],
    ["Jakarta"],
    ["Anwar Ibrahim", "Prabowo Subianto"],
)
one(
    RECEIVE,
    "Narendra Modi hosted Keir Starmer at Hyderabad House in New Delhi on Thursday. Starmer had earlier toured a factory in Mumbai.",
    ["Hyderabad House", "New Delhi"],
    ["Mumbai"],
    ["Narendra Modi", "Keir Starmer"],
)
one(
    RECEIVE,
    "Emmanuel Macron joined Volodymyr Zelensky at Mariinsky Palace in Kyiv on Saturday, then travelled on to Odesa to inspect the port.",
    ["Mariinsky Palace", "Kyiv"],
    ["Odesa"],
    ["Emmanuel Macron", "Volodymyr Zelensky"],
)

# --- trip-purpose: "flies on to Seoul to see Lee", "invited him to the White House" ------------

one(
    TRIP,
    "Donald Trump flies on to Seoul to see Lee Jae Myung on Wednesday, after a stop in Tokyo.",
    ["Seoul"],
    ["Tokyo"],
    ["Donald Trump", "Lee Jae Myung"],
    SCHEDULED,
)
one(
    TRIP,
    "Benjamin Netanyahu's first trip abroad took him to Washington to meet Donald Trump. He flew back to Jerusalem two days later.",
    ["Washington"],
    ["Jerusalem"],
    ["Benjamin Netanyahu", "Donald Trump"],
)
T = "On his first day in office Friedrich Merz flew to Paris to see Emmanuel Macron and then to Warsaw to meet Donald Tusk."
summit(TRIP, T, [T], ["Paris"], [], ["Friedrich Merz", "Emmanuel Macron"])
summit(TRIP, T, [T], ["Warsaw"], ["Paris"], ["Friedrich Merz", "Donald Tusk"])
one(
    TRIP,
    "It was Lee Jae-myung's second trip abroad as president. In June he travelled to Canada for a Group of Seven summit.",
    ["Canada"],
    [],
    ["Lee Jae-myung"],
)
one(
    TRIP,
    "Mark Carney travelled to Mexico City for talks with Claudia Sheinbaum, flying from Ottawa on Tuesday morning.",
    ["Mexico City"],
    ["Ottawa"],
    ["Mark Carney", "Claudia Sheinbaum"],
)
one(
    TRIP,
    "Keir Starmer last travelled to Kyiv to see Volodymyr Zelensky in January; on Thursday the two men met in London.",
    ["London"],
    ["Kyiv"],
    ["Keir Starmer", "Volodymyr Zelensky"],
)
one(
    TRIP,
    "Antonio Guterres flew to Kazan to meet Vladimir Putin, then to Ankara to deliver a lecture.",
    ["Kazan"],
    ["Ankara"],
    ["Antonio Guterres", "Vladimir Putin"],
)
one(
    TRIP,
    "Emmanuel Macron went to Guangzhou to visit a university after his talks with Xi Jinping in Beijing.",
    ["Beijing"],
    [],
    ["Emmanuel Macron", "Xi Jinping"],
)
one(
    TRIP,
    "Narendra Modi flew to Moscow to meet Vladimir Putin, a month after a trip to Kyiv.",
    ["Moscow"],
    ["Kyiv"],
    ["Narendra Modi", "Vladimir Putin"],
)
one(
    TRIP,
    "A letter from Donald Trump invited Pope Leo XIV to the White House.",
    ["White House"],
    [],
    ["Donald Trump", "Pope Leo XIV"],
    PROPOSED,
)
one(
    TRIP,
    "Donald Trump invited Pope Leo XIV to the White House, but the Vatican turned the invitation down.",
    [],
    ["White House"],
    ["Donald Trump", "Pope Leo XIV"],
    PROPOSED,
)
one(
    TRIP,
    "Donald Trump invited Pope Leo XIV to the White House.",
    [],
    ["White House"],
    ["Donald Trump", "Pope Leo XIV"],
)
one(
    TRIP,
    "Emmanuel Macron invited Keir Starmer to Paris in 2023 to talk about migration.",
    [],
    ["Paris"],
    ["Emmanuel Macron", "Keir Starmer"],
    SCHEDULED,
)
one(
    TRIP,
    "Emmanuel Macron has invited Keir Starmer to Versailles for a state banquet in July.",
    ["Versailles"],
    [],
    ["Emmanuel Macron", "Keir Starmer"],
    PROPOSED,
)
one(
    TRIP,
    "Li Qiang flew from Beijing to Berlin to see Olaf Scholz.",
    ["Berlin"],
    ["Beijing"],
    ["Li Qiang", "Olaf Scholz"],
)
one(
    TRIP,
    "Marco Rubio flew from Washington to Riyadh to meet Sergei Lavrov on Tuesday.",
    ["Riyadh"],
    ["Washington"],
    ["Marco Rubio", "Sergei Lavrov"],
)
one(
    TRIP,
    "Shigeru Ishiba flew to Jakarta to see Prabowo Subianto, leaving from Haneda airport in Tokyo.",
    ["Jakarta"],
    ["Tokyo"],
    ["Shigeru Ishiba", "Prabowo Subianto"],
)
one(
    TRIP,
    "Busan got the meeting; Donald Trump and Xi Jinping met there on Thursday, before Xi travelled on to Gyeongju for the APEC leaders' summit.",
    ["Busan"],
    ["Gyeongju"],
    ["Donald Trump", "Xi Jinping"],
)
one(
    TRIP,
    "After the talks Keir Starmer flew to Brussels for a NATO summit.",
    [],
    ["Brussels"],
    ["Keir Starmer", "Emmanuel Macron"],
)

# --- schedule-line: a programme's line, "this city" and "here" under the dateline ---------------

TOUR = """Trump's Asia tour

WASHINGTON (Capitol Wire) - President Donald Trump leaves tonight on a five-day tour of Asia.

- Kuala Lumpur, October 26: the ASEAN summit.
- Tokyo, October 27: a speech to troops at Yokosuka.
- Gyeongju, October 29: a bilateral with President Lee Jae Myung.
- Busan, October 30: Xi.
- Seoul, October 31: flies home after talks with Lee.
"""
own_page(
    SCHEDULE,
    TOUR,
    ["Busan, October 30: Xi.", "Tokyo, October 27: a speech to troops at Yokosuka."],
    ["Busan"],
    ["Tokyo", "Yokosuka"],
    ["Donald Trump", "Xi Jinping"],
    SCHEDULED,
)
own_page(
    SCHEDULE,
    TOUR,
    [
        "Gyeongju, October 29: a bilateral with President Lee Jae Myung.",
        "Seoul, October 31: flies home after talks with Lee.",
    ],
    ["Gyeongju"],
    ["Seoul"],
    ["Donald Trump", "Lee Jae Myung"],
    SCHEDULED,
)
own_page(
    SCHEDULE,
    TOUR,
    ["Kuala Lumpur, October 26: the ASEAN summit."],
    ["Kuala Lumpur"],
    [],
    ["Donald Trump"],
    SCHEDULED,
)
WEEK = """Macron's week

PARIS (Seine Dispatch) - The president's diary for the week ahead:

- Berlin, Monday: lunch with Olaf Scholz.
- Brussels, Tuesday: a speech to the European Parliament.
- Osaka, Wednesday: rest day before the talks with Shigeru Ishiba.
- Rome, Thursday: talks with Giorgia Meloni.
- Lisbon, Friday: leaves for Madrid to meet Pedro Sanchez.
"""
own_page(
    SCHEDULE,
    WEEK,
    [
        "Berlin, Monday: lunch with Olaf Scholz.",
        "Brussels, Tuesday: a speech to the European Parliament.",
    ],
    ["Berlin"],
    ["Brussels"],
    ["Emmanuel Macron", "Olaf Scholz"],
    SCHEDULED,
)
own_page(
    SCHEDULE,
    WEEK,
    [
        "Rome, Thursday: talks with Giorgia Meloni.",
        "Brussels, Tuesday: a speech to the European Parliament.",
    ],
    ["Rome"],
    ["Brussels"],
    ["Emmanuel Macron", "Giorgia Meloni"],
    SCHEDULED,
)
own_page(
    SCHEDULE,
    WEEK,
    ["Osaka, Wednesday: rest day before the talks with Shigeru Ishiba."],
    [],
    ["Osaka"],
    ["Emmanuel Macron", "Shigeru Ishiba"],
    SCHEDULED,
)
S = "Donald Trump met Xi Jinping on Thursday at an air base outside this port city, their first meeting in six years."
own_page(
    SCHEDULE,
    f"Trump and Xi meet\n\nBUSAN, South Korea (Harbour Wire) - {S}\n",
    [S],
    ["Busan"],
    [],
    ["Donald Trump", "Xi Jinping"],
)
S = "Officials in this port city said Donald Trump met Xi Jinping at an air base in Gimhae on Thursday."
own_page(
    SCHEDULE,
    f"Trump and Xi meet\n\nBUSAN, South Korea (Harbour Wire) - {S}\n",
    [S],
    ["Gimhae"],
    ["Busan"],
    ["Donald Trump", "Xi Jinping"],
)
S = "Lee Jae Myung, who first met Fumio Kishida in this city in 2023, flew to Tokyo to see Shigeru Ishiba on Friday."
own_page(
    SCHEDULE,
    f"Lee in Tokyo\n\nSEOUL (Han River Post) - {S}\n",
    [S],
    ["Tokyo"],
    [],
    ["Lee Jae Myung", "Shigeru Ishiba"],
)
S = "TIANJIN: Narendra Modi met Xi Jinping here on Sunday on the sidelines of a regional summit, their first meeting on Chinese soil in seven years."
own_page(
    SCHEDULE, f"Modi and Xi meet\n\n{S}\n", [S], ["Tianjin"], [], ["Narendra Modi", "Xi Jinping"]
)
S = "KAZAN: Narendra Modi, who first met Xi Jinping here in 2019, will see him again next month."
own_page(
    SCHEDULE,
    f"Modi to see Xi\n\n{S}\n",
    [S],
    [],
    ["Kazan"],
    ["Narendra Modi", "Xi Jinping"],
    SCHEDULED,
)
S = "Negotiators from the United States and Iran resumed talks in this lakeside city on Monday."
own_page(SCHEDULE, f"Talks resume\n\nGENEVA: {S}\n", [S], ["Geneva"], [], ["United States", "Iran"])
S = "Diplomats in this city expect the talks to open in Addis Ababa on Monday."
own_page(
    SCHEDULE,
    f"Talks to open\n\nNAIROBI (Rift Wire) - {S}\n",
    [S],
    [],
    ["Nairobi"],
    ["Abiy Ahmed", "Isaias Afwerki"],
    SCHEDULED,
)
S = "Xi Jinping hosted Vladimir Putin here in 2019, and on Tuesday the two leaders met again in Beijing."
own_page(
    SCHEDULE,
    f"Xi and Putin\n\nKAZAN: {S}\n",
    [S],
    ["Beijing"],
    ["Kazan"],
    ["Xi Jinping", "Vladimir Putin"],
)
S = "Officials from Russia and Ukraine, who last met in this city in 2022, opened new talks in Riyadh on Monday."
own_page(
    SCHEDULE,
    f"Talks open\n\nISTANBUL (Bosphorus Wire) - {S}\n",
    [S],
    ["Riyadh"],
    ["Istanbul"],
    ["Russia", "Ukraine"],
)
S = "HANOI, October 26: Donald Trump said his summit with Xi Jinping would be held in Busan."
own_page(
    SCHEDULE,
    f"Trump in Hanoi\n\n{S}\n",
    [S],
    ["Busan"],
    ["Hanoi"],
    ["Donald Trump", "Xi Jinping"],
    SCHEDULED,
)

# --- fronted-venue: "Inside X, the summit ...", "On Friday, at X, A and B signed", where-asides -----

one(
    FRONTED,
    "Inside Beijing's Great Hall of the People, the EU-China summit brought Xi Jinping together with Ursula von der Leyen.",
    ["Great Hall of the People"],
    [],
    ["Xi Jinping", "Ursula von der Leyen"],
)
one(
    FRONTED,
    "On Friday, at the White House, Ilham Aliyev and Nikol Pashinyan signed a joint declaration.",
    ["White House"],
    [],
    ["Ilham Aliyev", "Nikol Pashinyan"],
)
one(
    FRONTED,
    "At the White House, Donald Trump said his talks with Vladimir Putin would take place in Budapest.",
    ["Budapest"],
    ["White House"],
    ["Donald Trump", "Vladimir Putin"],
    SCHEDULED,
)
one(
    FRONTED,
    "Meeting in Putrajaya on July 28, Hun Manet and Phumtham Wechayachai agreed to an immediate ceasefire.",
    ["Putrajaya"],
    [],
    ["Hun Manet", "Phumtham Wechayachai"],
)
one(
    FRONTED,
    "In Astana in 2019, Vladimir Putin and Kassym-Jomart Tokayev signed a gas deal. On Monday the two leaders met again in Moscow.",
    ["Moscow"],
    ["Astana"],
    ["Vladimir Putin", "Kassym-Jomart Tokayev"],
)
one(
    FRONTED,
    "Good evening from the Kuala Lumpur Convention Centre, where the ASEAN summit opens tomorrow.",
    ["Kuala Lumpur Convention Centre"],
    [],
    ["Anwar Ibrahim"],
    SCHEDULED,
)
one(
    FRONTED,
    "Diplomats recalled the Intercontinental Hotel, where the talks were held in 2019.",
    [],
    ["Intercontinental Hotel"],
    ["United States", "Taliban"],
)
one(
    FRONTED,
    "The mediators first picked the Palais des Nations, where talks had been offered, but the delegations moved to Doha.",
    [],
    ["Palais des Nations"],
    ["United States", "Taliban"],
)
one(
    FRONTED,
    "Greetings from Lancaster House, where the trade talks resume this morning.",
    ["Lancaster House"],
    [],
    ["Scott Bessent", "He Lifeng"],
)
one(
    FRONTED,
    "At the Elysee Palace, Emmanuel Macron and Keir Starmer agreed to hold their next summit in London.",
    ["London"],
    [],
    ["Emmanuel Macron", "Keir Starmer"],
    SCHEDULED,
)
one(
    FRONTED,
    "Inside the Kremlin's St George Hall, the talks between Vladimir Putin and Steve Witkoff lasted five hours.",
    ["St George Hall"],
    [],
    ["Vladimir Putin", "Steve Witkoff"],
)
one(
    FRONTED,
    "At the Hotel Adlon, Olaf Scholz told reporters that his meeting with Emmanuel Macron had gone well.",
    [],
    ["Hotel Adlon"],
    ["Olaf Scholz", "Emmanuel Macron"],
)
one(
    FRONTED,
    "In Ankara, Recep Tayyip Erdogan boarded his plane for Sochi to see Vladimir Putin.",
    [],
    ["Ankara"],
    ["Recep Tayyip Erdogan", "Vladimir Putin"],
)
one(
    FRONTED,
    "The leaders posed outside the Merdeka Palace, where the summit's second day begins.",
    ["Merdeka Palace"],
    [],
    ["Prabowo Subianto"],
)
one(
    FRONTED,
    "At Hillsborough Castle, Keir Starmer and Micheal Martin held their first summit.",
    ["Hillsborough Castle"],
    [],
    ["Keir Starmer", "Micheal Martin"],
)
one(
    FRONTED,
    "In Geneva, Marco Rubio said the talks with Sergei Lavrov in Riyadh had gone well.",
    ["Riyadh"],
    ["Geneva"],
    ["Marco Rubio", "Sergei Lavrov"],
)
one(
    FRONTED,
    "The Hofburg, where the summit will not take place after all, stood empty; the leaders met in Salzburg instead.",
    ["Salzburg"],
    ["Hofburg"],
    ["Karl Nehammer", "Viktor Orban"],
)

one(
    FRONTED,
    "At Camp David, Donald Trump told aides that the talks with Xi Jinping would be held in Busan.",
    ["Busan"],
    ["Camp David"],
    ["Donald Trump", "Xi Jinping"],
    SCHEDULED,
)
one(
    FRONTED,
    "The Hilton, where the talks were held last spring, is closed; the envoys met at the Sheraton in Doha on Monday.",
    ["Sheraton", "Doha"],
    ["Hilton"],
    ["Steve Witkoff", "Khalil al-Hayya"],
)

# --- member-actors: "teams from Rwanda", "judges at the ICC", "the Hamas-led assault" ----------

for expect, sentence, who, description, kind in (
    (
        True,
        "Technical teams from Rwanda and the Democratic Republic of the Congo initialled the text of a peace agreement on Wednesday.",
        "Rwanda",
        "peace text initialled",
        "other",
    ),
    (
        True,
        "Judges at the International Criminal Court issued an arrest warrant for the former president on Thursday.",
        "International Criminal Court",
        "arrest warrant issued",
        "other",
    ),
    (
        True,
        "About 1,200 people were killed in the Hamas-led assault of Oct. 7, 2023.",
        "Hamas",
        "Hamas-led assault",
        "attack",
    ),
    (
        True,
        "Police acted on a warrant from the International Criminal Court, issued under seal on March 7.",
        "International Criminal Court",
        "ICC warrant issued under seal",
        "other",
    ),
    (
        True,
        "Negotiators from Ukraine handed over a list of 1,000 prisoners on Friday.",
        "Ukraine",
        "prisoner list handed over",
        "other",
    ),
    (
        True,
        "Envoys from Qatar delivered the new proposal to both sides on Sunday.",
        "Qatar",
        "proposal delivered",
        "other",
    ),
    (
        True,
        "A delegation from Armenia signed the border protocol on Monday.",
        "Armenia",
        "border protocol signed",
        "other",
    ),
    (
        True,
        "Prosecutors at the International Criminal Court charged the militia leader with war crimes.",
        "International Criminal Court",
        "militia leader charged",
        "other",
    ),
    (
        True,
        "Ministers from Japan signed a currency swap deal with their Korean counterparts on Tuesday.",
        "Japan",
        "currency swap signed",
        "other",
    ),
    (
        True,
        "Twelve people were killed in the Israel-led raid on the camp.",
        "Israel",
        "raid on the camp",
        "attack",
    ),
    (
        True,
        "A ruling from the International Court of Justice ordered the government to let aid through.",
        "International Court of Justice",
        "ICJ ruling on aid",
        "other",
    ),
    (
        False,
        "Refugees from Syria crossed into Jordan on Monday.",
        "Syria",
        "refugees cross into Jordan",
        "other",
    ),
    (
        False,
        "Students from Iran protested outside the embassy on Friday.",
        "Iran",
        "students protest",
        "other",
    ),
    (
        False,
        "Ten Americans held in Venezuela flew home on Wednesday.",
        "Venezuela",
        "Americans released",
        "other",
    ),
    (
        False,
        "Police arrested him at Manila airport on a warrant from the International Criminal Court.",
        "International Criminal Court",
        "arrest at Manila airport",
        "other",
    ),
    (
        False,
        "Tourists from Germany were evacuated from the resort on Sunday.",
        "Germany",
        "tourists evacuated",
        "other",
    ),
    (
        False,
        "Journalists from Russia were barred from the briefing.",
        "Russia",
        "journalists barred",
        "other",
    ),
    (False, "Aid from Japan reached the port on Friday.", "Japan", "aid reaches port", "other"),
    (
        False,
        "Migrants from Libya landed on Lampedusa overnight.",
        "Libya",
        "migrants land",
        "other",
    ),
    (
        False,
        "Gunmen crossed from Lebanon into northern Israel on Saturday.",
        "Lebanon",
        "gunmen cross the border",
        "attack",
    ),
    (
        False,
        "Investors from China bought the container terminal on Monday.",
        "China",
        "terminal bought",
        "other",
    ),
    (
        False,
        "Officials said a warrant from the International Criminal Court was served on the general at the border.",
        "International Criminal Court",
        "general detained at the border",
        "other",
    ),
):
    why = (
        "the party acts through its members, lead or paper"
        if expect
        else "the party is only a place or a paper's issuer"
    )
    built.actor(MEMBERS, expect, sentence, who, description, why, kind=kind)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
