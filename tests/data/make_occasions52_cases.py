# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 50-52's occasions (``grounding_occasions52.jsonl``): value-support
cases for the day, time or place of another occasion in a fact's own evidence, by category,
each with what must pass and what must fail:

- ``recalled-place``: a story places the meeting it reports, then recalls the one before it
  ("The two leaders last met in Singapore in June 2018", "since they sat down in Osaka",
  "the previous round was held in Berlin", "their second meeting, after talks at the White
  House"): the recalled place is refused when the evidence places the reported meeting
  elsewhere; the reported meeting's own place passes, and so does the recalled place when the
  fact is that earlier meeting (its own day stands in the recalling clause, or nothing else
  in the evidence is a place);
- ``recalled-day``: the same for days ("in June 2018", "in October 2019"), for a summit's
  ``planned_timing`` and an event's ``when``;
- ``outcome-day``: a held meeting dated only by what came out of it ("Putin and Kim signed a
  treaty in Pyongyang on Wednesday"): the agreement's or signing's day is the meeting's when
  the meeting's own parties are its subject and the evidence dates no meeting otherwise; an
  agreement to meet, one made by others, or one dated beside a meeting of its own day stays
  refused;
- ``expected-time``: a time the occasion was expected at and did not keep ("had been
  expected at noon on Monday and in the end took place in the evening"): that time is no
  time of the occasion; the day stays when what happened names only another time of day;
- ``trip-stop``: a traveller's itinerary ("travels to Kyiv on Monday and then on to Moscow on
  Tuesday for talks with Putin"): the place and day of a stop that tells no meeting are not
  the meeting's when the meeting's stop names its counterpart; the meeting's own stop, one-stop
  sentences and a journey that leads into the meeting ("flew to Moscow ... and held talks
  there") keep their values;
- ``reported-day``: the day an outcome was announced is not the day of the event announced
  ("the commission announced late on Sunday, after he took 53 percent of the vote in
  Saturday's election"), and a possessive day of the event's own noun ("Saturday's
  presidential election") is its day, whatever clause it stands in.

Run ``python tests/data/make_occasions52_cases.py`` to rebuild it. Every article below was
written for this set in my own words from real meetings and elections (the facts carry over;
the sentences are new); each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_occasions52.jsonl")

built = SupportCases(
    "oc52",
    leads=[
        "SEOUL (Han River Wire) -",
        "By Farida Osei | The Coastline Herald",
        "WORLD BRIEFING | Evening edition",
        "From our Asia correspondent, The Meridian Review.",
        "Translated from the Spanish service of Radio Andina.",
        "LIVE | Updated 14:05 GMT |",
    ],
)
PLACE, DAY, OUTCOME, EXPECTED, REPORTED, STOP = (
    "recalled-place",
    "recalled-day",
    "outcome-day",
    "expected-time",
    "reported-day",
    "trip-stop",
)


def summit(
    category: str, text: str, evidence: list[str], field: str, passes: list[str],
    fails: list[str], parties: list[str], status: str = "held", **extra: Any,
) -> None:  # fmt: skip
    """A summit of ``parties`` backed by ``evidence`` (sentences of ``text``): each value of
    ``passes`` is its ``field``, each of ``fails`` is not."""
    whys = ("the meeting's own", "another occasion's")
    built.meeting_field(
        category, built.page(text), evidence, passes, fails, parties, status, field, whys, **extra
    )


def event(
    category: str, text: str, evidence: list[str], field: str, passes: list[str],
    fails: list[str], kind: str, description: str, **extra: Any,
) -> None:  # fmt: skip
    """An event of ``kind`` backed by ``evidence``: each value of ``passes`` is its ``field``,
    each of ``fails`` is not."""
    page = built.page(text)
    for sentence in evidence:
        assert sentence in page, sentence
    for expect, value in verdicts(passes, fails):
        fact = {"kind": kind, "description": description, "actors": [], "counts": [],
                **extra, field: value, "evidence": evidence}  # fmt: skip
        why = "the event's own" if expect else "another occasion's"
        built.add(category, expect, f"{field} {value!r}: {why}", page, {"events": [fact]},
                  f"events[0].{field}")  # fmt: skip


def sentences(text: str) -> list[str]:
    """The sentences of a one-paragraph ``text`` (each ends with a full stop and a space)."""
    return [part if part.endswith(".") else part + "." for part in text.split(". ") if part]


# --- recalled-place and recalled-day: the meeting before the one reported ----------------

T = "Donald Trump and Kim Jong Un sat down in Hanoi on Wednesday for their second summit. The two leaders last met in Singapore in June 2018, when they signed a loosely worded pledge on denuclearisation."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Hanoi"],
    ["Singapore"],
    ["Donald Trump", "Kim Jong Un"],
    planned_timing="Wednesday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Wednesday"],
    ["June 2018"],
    ["Donald Trump", "Kim Jong Un"],
    planned_location="Hanoi",
)

T = "Narendra Modi and Xi Jinping held their first formal bilateral talks in five years in Kazan on Wednesday, on the sidelines of the BRICS summit. It was their first structured meeting since they met in Mamallapuram, near Chennai, in October 2019."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Kazan"],
    ["Mamallapuram"],
    ["Narendra Modi", "Xi Jinping"],
    planned_timing="Wednesday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Wednesday"],
    ["October 2019"],
    ["Narendra Modi", "Xi Jinping"],
    planned_location="Kazan",
)

T = "Joe Biden and Xi Jinping met in Lima on Saturday on the margins of the APEC forum, in what was expected to be their last meeting before Biden leaves office. The previous meeting between the two took place at Filoli, south of San Francisco, in November 2023."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Lima"],
    ["Filoli"],
    ["Joe Biden", "Xi Jinping"],
    planned_timing="Saturday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Saturday"],
    ["November 2023"],
    ["Joe Biden", "Xi Jinping"],
    planned_location="Lima",
)

T = "Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Monday for talks on reviving the Black Sea grain deal. The two presidents last held talks in person in Astana in October 2022."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Sochi"],
    ["Astana"],
    ["Vladimir Putin", "Recep Tayyip Erdogan"],
    planned_timing="Monday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Monday"],
    ["October 2022"],
    ["Vladimir Putin", "Recep Tayyip Erdogan"],
    planned_location="Sochi",
)

T = "Emmanuel Macron hosted Xi Jinping at the Elysee Palace in Paris on Monday, at the start of the Chinese leader's first tour of Europe in five years. The two last met in Guangzhou in April 2023, during Macron's state visit to China."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Elysee Palace"],
    ["Guangzhou"],
    ["Emmanuel Macron", "Xi Jinping"],
    planned_timing="Monday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Monday"],
    ["April 2023"],
    ["Emmanuel Macron", "Xi Jinping"],
    planned_location="Elysee Palace",
)

T = "Donald Trump and Vladimir Putin met at a military base in Anchorage on Friday. It was their first meeting since they sat down together in Osaka, Japan, in June 2019 on the margins of the G20."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Anchorage"],
    ["Osaka"],
    ["Donald Trump", "Vladimir Putin"],
    planned_timing="Friday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Friday"],
    ["June 2019"],
    ["Donald Trump", "Vladimir Putin"],
    planned_location="Anchorage",
)

T = "Anthony Albanese met Xi Jinping at the Great Hall of the People in Beijing on Monday, the first visit to China by an Australian leader in seven years. Their previous talks were held in Bali in November 2022, on the margins of the G20."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Great Hall of the People"],
    ["Bali"],
    ["Anthony Albanese", "Xi Jinping"],
    planned_timing="Monday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Monday"],
    ["November 2022"],
    ["Anthony Albanese", "Xi Jinping"],
    planned_location="Great Hall of the People",
)

T = "South Korean President Lee Jae-myung met Donald Trump in Gyeongju on Wednesday, on the eve of the APEC leaders' meeting. It was their second meeting, after talks at the White House in August."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Gyeongju"],
    ["the White House"],
    ["Lee Jae-myung", "Donald Trump"],
    planned_timing="Wednesday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Wednesday"],
    ["August"],
    ["Lee Jae-myung", "Donald Trump"],
    planned_location="Gyeongju",
)

T = "Recep Tayyip Erdogan was in Athens on Thursday for talks with Kyriakos Mitsotakis, his first trip to Greece in six years. The two leaders had previously met in Vilnius in July, at the NATO summit."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Athens"],
    ["Vilnius"],
    ["Recep Tayyip Erdogan", "Kyriakos Mitsotakis"],
    planned_timing="Thursday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Thursday"],
    ["July"],
    ["Recep Tayyip Erdogan", "Kyriakos Mitsotakis"],
    planned_location="Athens",
)

T = "The Armenian and Azerbaijani foreign ministers opened a new round of peace talks in Almaty on Friday; the previous round was held in Berlin in February."
S = [T]
event(
    PLACE,
    T,
    S,
    "place",
    ["Almaty"],
    ["Berlin"],
    "talks",
    "round of peace talks between the foreign ministers",
    when="Friday",
)
event(
    DAY,
    T,
    S,
    "when",
    ["Friday"],
    ["February"],
    "talks",
    "round of peace talks between the foreign ministers",
    place="Almaty",
)

T = "Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida held talks in Seoul on Sunday, before a three-way summit with Yoon Suk Yeol. The three countries' leaders had last met in a trilateral summit in Chengdu in December 2019."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Seoul"],
    ["Chengdu"],
    ["Li Qiang", "Fumio Kishida"],
    planned_timing="Sunday",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["Sunday"],
    ["December 2019"],
    ["Li Qiang", "Fumio Kishida"],
    planned_location="Seoul",
)

# The recalled meeting is the fact itself: its own day (or place) stands in the recalling
# clause, or the evidence holds no other place or day.
T = "Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome on Wednesday. The two men last met in Vladivostok in April 2019, on Kim's previous trip abroad."
S = sentences(T)
summit(
    PLACE,
    T,
    S,
    "planned_location",
    ["Vladivostok"],
    ["Vostochny Cosmodrome"],
    ["Kim Jong Un", "Vladimir Putin"],
    planned_timing="April 2019",
)
summit(
    DAY,
    T,
    S,
    "planned_timing",
    ["April 2019"],
    [],
    ["Kim Jong Un", "Vladimir Putin"],
    planned_location="Vladivostok",
)
T = "The two men last met in Vladivostok in April 2019, on Kim's first trip to Russia."
summit(PLACE, T, [T], "planned_location", ["Vladivostok"], [], ["Kim Jong Un", "Vladimir Putin"])
summit(DAY, T, [T], "planned_timing", ["April 2019"], [], ["Kim Jong Un", "Vladimir Putin"])
T = "Following two days of talks in Doha on Sunday and Monday, the Israeli negotiating team flew home on Tuesday."
event(PLACE, T, [T], "place", ["Doha"], [], "talks", "two days of talks in Doha")
T = "Stalled since the Geneva round in May, the talks between the two delegations resume in Oslo on 2 July."
event(PLACE, T, [T], "place", ["Oslo"], [], "talks", "talks between the two delegations resume")
event(DAY, T, [T], "when", ["2 July"], [], "talks", "talks between the two delegations resume")
T = "Xi Jinping and Luiz Inacio Lula da Silva, whose previous talks were held in Brasilia in November, will meet in Beijing in May."
summit(
    DAY,
    T,
    [T],
    "planned_timing",
    ["May"],
    [],
    ["Xi Jinping", "Luiz Inacio Lula da Silva"],
    status="scheduled",
    planned_location="Beijing",
)
# --- trip-stop: another stop of the trip the meeting is on ---------------------------------

TRAVELS = [
    (
        "Olaf Scholz travels to Kyiv on Monday and then on to Moscow on Tuesday for talks with Vladimir Putin.",
        ["Olaf Scholz", "Vladimir Putin"],
        ("Moscow", "Tuesday"),
        ("Kyiv", "Monday"),
    ),
    (
        "Liz Truss is due to visit Kyiv this week and then travel to Moscow the following week for talks with her Russian counterpart.",
        ["Liz Truss", "her Russian counterpart"],
        ("Moscow", "the following week"),
        ("Kyiv", "this week"),
    ),
    (
        "Narendra Modi will be in Moscow on Monday for talks with Vladimir Putin and then travel to Vienna on Tuesday.",
        ["Narendra Modi", "Vladimir Putin"],
        ("Moscow", "Monday"),
        ("Vienna", "Tuesday"),
    ),
    (
        "Viktor Orban went to Kyiv on Tuesday to meet Volodymyr Zelensky, and then flew to Moscow on Friday.",
        ["Viktor Orban", "Volodymyr Zelensky"],
        ("Kyiv", "Tuesday"),
        ("Moscow", "Friday"),
    ),
    (
        "Luiz Inacio Lula da Silva lands in Shanghai on Wednesday and then goes to Beijing on Friday for talks with Xi Jinping.",
        ["Luiz Inacio Lula da Silva", "Xi Jinping"],
        ("Beijing", "Friday"),
        ("Shanghai", "Wednesday"),
    ),
    (
        "Fumio Kishida was in New Delhi on Monday and then made a surprise trip to Kyiv on Tuesday to meet Volodymyr Zelensky.",
        ["Fumio Kishida", "Volodymyr Zelensky"],
        ("Kyiv", "Tuesday"),
        ("New Delhi", "Monday"),
    ),
    (
        "Antony Blinken stops in Berlin on Thursday and later flies to Geneva on Friday for talks with Sergei Lavrov.",
        ["Antony Blinken", "Sergei Lavrov"],
        ("Geneva", "Friday"),
        ("Berlin", "Thursday"),
    ),
]
for T, PARTIES, (HERE, THEN), (THERE, BEFORE) in TRAVELS:
    summit(STOP, T, [T], "planned_location", [HERE], [THERE], PARTIES, status="scheduled")
    summit(STOP, T, [T], "planned_timing", [THEN], [BEFORE], PARTIES, status="scheduled")
# One stop, or a stop that is the meeting's own: kept.
T = "Liz Truss is due to visit Moscow on Thursday for talks with Sergei Lavrov."
summit(
    STOP,
    T,
    [T],
    "planned_location",
    ["Moscow"],
    [],
    ["Liz Truss", "Sergei Lavrov"],
    status="scheduled",
)
summit(
    STOP,
    T,
    [T],
    "planned_timing",
    ["Thursday"],
    [],
    ["Liz Truss", "Sergei Lavrov"],
    status="scheduled",
)
T = "Donald Trump said last week, after speaking to Vladimir Putin and then meeting Volodymyr Zelensky, that he wanted to see the Russian leader in Budapest."
summit(STOP, T, [T], "planned_timing", ["last week"], [], ["Donald Trump", "Volodymyr Zelensky"])
T = "Emmanuel Macron flew to Moscow on Monday and held five hours of talks there with Vladimir Putin."
summit(STOP, T, [T], "planned_location", ["Moscow"], [], ["Emmanuel Macron", "Vladimir Putin"])
summit(STOP, T, [T], "planned_timing", ["Monday"], [], ["Emmanuel Macron", "Vladimir Putin"])


# --- outcome-day: a held meeting dated by what came out of it ------------------------------

T = "Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in Pyongyang on Wednesday. The pact commits each side to come to the other's aid if attacked."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Wednesday"],
    [],
    ["Vladimir Putin", "Kim Jong Un"],
    planned_location="Pyongyang",
)
T = "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki on Monday signed a joint declaration in Asmara formally ending two decades of war. The ceremony took place at the state house."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Monday"],
    [],
    ["Abiy Ahmed", "Isaias Afwerki"],
    planned_location="Asmara",
)
T = "Xi Jinping and Vladimir Putin signed a joint statement on deepening their partnership in Moscow on Tuesday. The Chinese leader's state visit was his first trip abroad since securing a third term."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Tuesday"],
    [],
    ["Xi Jinping", "Vladimir Putin"],
    planned_location="Moscow",
)
T = "Kim Jong Un and Moon Jae-in signed the Panmunjom Declaration on Friday, pledging to work for a peace regime on the peninsula. The North Korean leader had walked across the demarcation line that morning."
summit(OUTCOME, T, sentences(T), "planned_timing", ["Friday"], [], ["Kim Jong Un", "Moon Jae-in"])
T = "The two leaders signed a joint statement on Tuesday in which Kim committed to work toward complete denuclearisation. Trump, for his part, promised security guarantees for the North."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Tuesday"],
    [],
    ["Donald Trump", "Kim Jong Un"],
    planned_location="Singapore",
)
T = "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev on Friday signed a joint declaration at the White House. Donald Trump hosted the ceremony and called it a historic day."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Friday"],
    [],
    ["Nikol Pashinyan", "Ilham Aliyev"],
    planned_location="the White House",
)
T = "Thai acting Prime Minister Phumtham Wechayachai and Cambodian Prime Minister Hun Manet agreed on Monday to an immediate and unconditional ceasefire. Malaysia's prime minister, who hosted them, read out the joint statement."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Monday"],
    [],
    ["Phumtham Wechayachai", "Hun Manet"],
)
T = "Both presidents agreed on Thursday to reopen their embassies and restore direct flights. Their talks ran for more than three hours."
summit(
    OUTCOME, T, sentences(T), "planned_timing", ["Thursday"], [], ["Abiy Ahmed", "Isaias Afwerki"]
)
T = "Joe Biden and Xi Jinping agreed on Wednesday to resume military-to-military communications, which Beijing had frozen in August 2022. Their talks lasted about four hours."
summit(OUTCOME, T, sentences(T), "planned_timing", ["Wednesday"], [], ["Joe Biden", "Xi Jinping"])
T = "Abdel Fattah el-Sisi and Donald Trump signed on Monday in Sharm el-Sheikh a document backing the Gaza ceasefire, with the leaders of Qatar and Turkey. More than twenty other leaders attended."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Monday"],
    [],
    ["Abdel Fattah el-Sisi", "Donald Trump"],
    planned_location="Sharm el-Sheikh",
)
# Near misses: an agreement to meet, one made by others, one beside the meeting's own day.
T = "Abiy Ahmed and Isaias Afwerki agreed on Sunday to hold a summit in Asmara. The two leaders met there on Monday."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Monday"],
    ["Sunday"],
    ["Abiy Ahmed", "Isaias Afwerki"],
    planned_location="Asmara",
)
T = "Negotiators from Armenia and Azerbaijan agreed on the text on Wednesday; Nikol Pashinyan and Ilham Aliyev signed it at the White House on Friday."
summit(
    OUTCOME,
    T,
    [T],
    "planned_timing",
    ["Friday"],
    ["Wednesday"],
    ["Nikol Pashinyan", "Ilham Aliyev"],
)
T = "Nikol Pashinyan and Ilham Aliyev met in Abu Dhabi on July 10. Nikol Pashinyan and Ilham Aliyev signed a joint declaration on August 8."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["July 10"],
    ["August 8"],
    ["Nikol Pashinyan", "Ilham Aliyev"],
    planned_location="Abu Dhabi",
)
T = "Donald Trump and Vladimir Putin agreed on Thursday to meet in Budapest within two weeks."
summit(
    OUTCOME,
    T,
    [T],
    "planned_timing",
    [],
    ["Thursday"],
    ["Donald Trump", "Vladimir Putin"],
    status="scheduled",
    planned_location="Budapest",
)
T = "Israel and Hamas agreed on Wednesday to resume talks in Cairo. The Cairo talks opened on Sunday."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Sunday"],
    ["Wednesday"],
    ["Israel", "Hamas"],
    planned_location="Cairo",
)
T = "Abiy Ahmed flew to Asmara on Sunday and held talks with Isaias Afwerki. The two leaders signed a joint declaration on Monday."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Sunday"],
    ["Monday"],
    ["Abiy Ahmed", "Isaias Afwerki"],
    planned_location="Asmara",
)
T = "Indian and Chinese negotiators agreed on Monday on patrolling arrangements along the border. Narendra Modi and Xi Jinping met in Kazan on Wednesday."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    ["Wednesday"],
    ["Monday"],
    ["Narendra Modi", "Xi Jinping"],
    planned_location="Kazan",
)
T = "Kim Jong Un and Donald Trump agreed on Sunday to hold a second summit. The two had met in Singapore in June."
summit(
    OUTCOME,
    T,
    sentences(T),
    "planned_timing",
    [],
    ["Sunday"],
    ["Kim Jong Un", "Donald Trump"],
    planned_location="Singapore",
)
T = "Xi Jinping and Joe Biden, who met at Filoli on Wednesday, agreed on Thursday to open talks on artificial intelligence."
summit(
    OUTCOME,
    T,
    [T],
    "planned_timing",
    ["Wednesday"],
    ["Thursday"],
    ["Xi Jinping", "Joe Biden"],
    planned_location="Filoli",
)
T = "Hamas and Israel signed the first phase of the deal on Thursday, after talks in Sharm el-Sheikh that had opened on Monday."
summit(
    OUTCOME,
    T,
    [T],
    "planned_timing",
    ["Monday"],
    ["Thursday"],
    ["Hamas", "Israel"],
    planned_location="Sharm el-Sheikh",
)

# --- expected-time: a time the occasion was expected at and did not keep ------------------

T = "The hotline call between the two armies' directors general of military operations had been expected at noon on Monday, and in the end it took place in the evening."
event(
    EXPECTED,
    T,
    [T],
    "when",
    ["Monday", "Monday evening", "the evening"],
    ["noon on Monday", "noon"],
    "talks",
    "hotline call between the directors general of military operations",
)
T = "The verdict in the case against the former president had been expected on Tuesday; instead the court delivered it on Thursday."
event(
    EXPECTED,
    T,
    [T],
    "when",
    ["Thursday", "on Thursday"],
    ["Tuesday", "on Tuesday"],
    "other",
    "verdict in the case against the former president",
)
T = "The Falcon 9 rocket carrying the crew was scheduled to lift off at 7.13 a.m. on Wednesday, but the launch eventually happened at 9.02 a.m. after a fuelling delay."
event(
    EXPECTED,
    T,
    [T],
    "when",
    ["Wednesday", "9.02 a.m.", "9.02 a.m. on Wednesday"],
    ["7.13 a.m.", "7.13 a.m. on Wednesday"],
    "other",
    "launch of the Falcon 9 rocket",
)
T = "Results of the runoff were due on Sunday morning but were finally published on Monday afternoon, the electoral commission said."
event(
    EXPECTED,
    T,
    [T],
    "when",
    ["Monday", "Monday afternoon"],
    ["Sunday", "Sunday morning"],
    "other",
    "publication of the runoff results",
)
T = "The leaders' phone call was expected on Tuesday morning and in the end began shortly after 10 a.m. on Tuesday."
event(EXPECTED, T, [T], "when", ["Tuesday", "10 a.m."], [], "talks", "leaders' phone call")
T = "The first plenary of the climate talks was planned for 10 a.m. on Monday; it actually opened at 3 p.m., after a row over the agenda."
event(
    EXPECTED,
    T,
    [T],
    "when",
    ["Monday", "3 p.m."],
    ["10 a.m.", "10 a.m. on Monday"],
    "talks",
    "first plenary of the climate talks",
)
T = "Kim Jong Un's armoured train had been expected in Vladivostok on Tuesday, but the train ultimately pulled in on Wednesday afternoon."
event(
    EXPECTED,
    T,
    [T],
    "when",
    ["Wednesday", "Wednesday afternoon"],
    ["Tuesday", "on Tuesday"],
    "other",
    "arrival of Kim Jong Un's train in Vladivostok",
)
# Kept: an expected time the sentence does not say was missed.
T = "The ceremony is expected at 11 a.m. on Friday, but the organisers have not confirmed the programme."
event(EXPECTED, T, [T], "when", ["11 a.m.", "Friday"], [], "other", "the ceremony")
T = "The vote was scheduled for Sunday and in the end took place on Sunday evening, after a power cut."
event(EXPECTED, T, [T], "when", ["Sunday", "Sunday evening"], [], "vote", "the vote")

# --- reported-day: an announcement's day; the event's possessive day ----------------------

T = "President Adama Barrow has been re-elected, the electoral commission announced late on Sunday, after he took more than 53 percent of the vote in Saturday's presidential election."
event(
    REPORTED,
    T,
    [T],
    "when",
    ["Saturday"],
    ["Sunday", "on Sunday"],
    "vote",
    "presidential election won by Adama Barrow",
)
T = "Faustin-Archange Touadera won a second term, the national electoral authority announced on Monday, after he took 53.9 percent in the December 27 presidential election."
event(
    REPORTED,
    T,
    [T],
    "when",
    ["December 27"],
    ["Monday", "on Monday"],
    "vote",
    "presidential election won by Touadera",
)
T = "Bola Tinubu was declared the winner of the presidential election, the electoral commission announced early on Wednesday, after Saturday's vote was marred by delays."
event(
    REPORTED, T, [T], "when", ["Saturday"], ["Wednesday"], "vote", "presidential vote won by Tinubu"
)
T = "The army announced on Thursday, after Tuesday's coup in Libreville, that the president had been placed under house arrest."
event(REPORTED, T, [T], "when", ["Tuesday"], ["Thursday"], "other", "coup in Libreville")
T = "Electoral officials announced on Tuesday that Ghana's president-elect had won, after Saturday's general election drew a turnout of 60 percent."
event(REPORTED, T, [T], "when", ["Saturday"], ["Tuesday"], "vote", "general election in Ghana")
T = "Senegal's constitutional council announced on Friday, after Sunday's presidential election, that Bassirou Diomaye Faye had won in the first round."
event(REPORTED, T, [T], "when", ["Sunday"], ["Friday"], "vote", "presidential election won by Faye")
T = "The commission announced on Thursday the final results of Monday's parliamentary election, in which the ruling party won 52 seats."
event(REPORTED, T, [T], "when", ["Monday"], ["Thursday"], "vote", "parliamentary election")
T = "Maldives election officials announced on Sunday that the opposition candidate had won Saturday's runoff."
event(REPORTED, T, [T], "when", ["Saturday"], ["Sunday"], "vote", "presidential runoff")
T = "The junta announced on Wednesday the dissolution of the electoral body, after Sunday's presidential election in Gabon."
event(REPORTED, T, [T], "when", ["Sunday"], ["Wednesday"], "vote", "presidential election in Gabon")
T = "Mongolia's election commission announced on Saturday, after Friday's parliamentary election, that the ruling party had kept its majority."
event(
    REPORTED, T, [T], "when", ["Friday"], ["Saturday"], "vote", "parliamentary election in Mongolia"
)
# Kept: the event is the announcement itself; an announcement dated with no other day.
T = "The army announced a nationwide curfew on Sunday, after clashes in the capital."
event(REPORTED, T, [T], "when", ["Sunday"], [], "other", "army announced a nationwide curfew")
T = "The electoral commission announced the results on Monday, after a count that ran through the night."
event(
    REPORTED, T, [T], "when", ["Monday"], [], "other", "electoral commission announced the results"
)

# review rvF: an outcome denied ("did not agree", "failed to agree") dates no meeting, and a
# meeting dated relative to the outcome ("the day before", "a day after their talks") is
# another day than the outcome's
T = "Lula and Milei did not agree on anything on Friday, their aides said; the two presidents met in Buenos Aires the day before."
summit(OUTCOME, T, [T], "planned_timing", [], ["Friday"], ["Lula", "Milei"])
T = "Lula and Milei agreed on Friday to cut tariffs on steel, their aides said; the two presidents had met in Buenos Aires the day before."
summit(OUTCOME, T, [T], "planned_timing", [], ["Friday"], ["Lula", "Milei"])
T = "Anwar and Prabowo signed a maritime boundary pact on Monday, a day after their talks in Jakarta."
summit(OUTCOME, T, [T], "planned_timing", [], ["Monday"], ["Anwar", "Prabowo"])
T = "Carney and Sheinbaum didn't agree on Friday on a trade deal, officials said."
summit(OUTCOME, T, [T], "planned_timing", [], ["Friday"], ["Carney", "Sheinbaum"])
T = "Ruto and Museveni failed to agree on Tuesday on the pipeline route; they met in Entebbe a day earlier."
summit(OUTCOME, T, [T], "planned_timing", [], ["Tuesday"], ["Ruto", "Museveni"])
T = "Carney and Sheinbaum agreed on Friday on a trade road map, officials said."
summit(OUTCOME, T, [T], "planned_timing", ["Friday"], [], ["Carney", "Sheinbaum"])
T = "The two leaders agreed on Thursday to deepen defence ties, a day after arriving in Canberra."
summit(OUTCOME, T, [T], "planned_timing", ["Thursday"], [], ["Anthony Albanese", "James Marape"])
# review rvF: "Earlier," opening the sentence is the story's time, not a recalled meeting
T = "Earlier, Trump met Xi in Busan on Thursday; he later attended a dinner in Gyeongju."
summit(PLACE, T, [T], "planned_location", ["Busan"], [], ["Donald Trump", "Xi Jinping"])
T = "The two presidents met in Busan on Thursday; the previous meeting was in Osaka in 2019."
summit(PLACE, T, [T], "planned_location", ["Busan"], ["Osaka"], ["Donald Trump", "Xi Jinping"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
