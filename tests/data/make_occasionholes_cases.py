# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 24's closed false accepts (``grounding_occasionholes.jsonl``):
value-support cases for another occasion's day or a go-between taken for a side, by
category, each with what must pass and what must fail:

- ``as-of-day``: the day a truce's state is reported as of ("As of Sunday, the ceasefire
  declared on Thursday was holding", "was still holding as of October 14") is no start of
  the truce; the truce's own day in the same sentence is, and so is a start written "takes
  effect as of Monday";
- ``launch-from``: a strike's place is where it hit, not where it came from: "a missile from
  Iran struck Haifa", "the bombers took off from Engels before striking Kyiv" refuse Iran and
  Engels, and keep Haifa and Kyiv;
- ``here-dateline``: a "here" that stands for the dateline places a strike only when the
  strike is told there: "officials here said" places the sources, and "sirens sounded here
  as drones hit Lviv" puts the strike in Lviv, not in the dateline's city;
- ``remote-watcher``: one who "followed the EU summit closely from Kyiv" or "watched the
  talks" is no party of the meeting, with no other clause of the sentence telling it; the
  ones met are, and so is one who "followed the summit with a visit to" another place;
- ``open-question``: a status told inside an open question ("It is unclear whether Trump and
  Abe played golf", "officials declined to say whether the truce had taken effect") is not
  stated; the same status told plainly, or beside an open question about something else
  ("met on Sunday, but it is unclear whether they discussed trade"), is;
- ``court-stay``: a court's stay is the court's, not the measure: "the appeals court lifted
  the administrative stay" is no lifting of the tariffs, "the stay remains in effect" no
  measure in force; the measure itself lifted or kept in force, or kept so by the stay, is;
- ``aside-meeting``: a meeting told in a relative aside with a time of its own ("Trump, who
  dined with Abe in February, said no summit was planned") is an earlier occasion, not the
  summit the sentence denies or plans, so it gives no ``held``; the aside's meeting is held
  when nothing else in the sentence is a meeting of its own;
- ``host-between``: a go-between who hosts, or offers to host, others' talks ("Qatar hosted
  talks between Israel and Hamas", "Turkey offered to host the two sides") is no actor of
  the talks nor party of the meeting; the sides it hosts are, and so is a host who receives
  a guest ("Xi hosted Putin") or chairs the talks.

Run ``python tests/data/make_occasionholes_cases.py`` to rebuild it. The facts are real
(the Gaza truce of 10 October 2025, the India-Pakistan truce of 10 May 2025, the
Israel-Iran truce of 24 June 2025, the Thailand-Cambodia truce of 28 July 2025, the talks in
Riyadh, Istanbul, Muscat, Doha, Geneva and Putrajaya in 2025); every sentence was written
for this set, and each verdict is what a careful fact-checker reads in the text, decided
when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_occasionholes.jsonl")

built = SupportCases(
    "ohl",
    leads=[
        "GAZA CITY (Levant Wire) -",
        "By Anjali Menon | The Deccan Ledger",
        "Gulf Desk Daily, evening edition.",
        "From the Bangkok bureau of the Mekong Monitor.",
        "WORLD BRIEFING | The Northern Courier",
    ],
)
AS_OF, HOST, LAUNCH, HERE = "as-of-day", "host-between", "launch-from", "here-dateline"
WATCH, OPEN, STAY = "remote-watcher", "open-question", "court-stay"
ASIDE = "aside-meeting"
PUBLISHED = "2025-10-20"


def case(category: str, expect: bool, why: str, sentence: str, kind: str, field: str,
         value: Any, extra: dict[str, Any]) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value``, backed by ``sentence`` on its page."""
    path = f"{kind}[0].{field}" + ("[0]" if isinstance(value, list) else "")
    built.dated_fact(category, expect, why, [sentence], kind, field, value, PUBLISHED, extra,
                     path=path)  # fmt: skip


def truce(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A truce told by ``sentence``: each day of ``passes`` is its start, each of ``fails`` is
    not (the day its state is reported as of)."""
    for expect, value in verdicts(passes, fails):
        why = "the truce's own start" if expect else "the day its state is reported as of"
        case(AS_OF, expect, why, sentence, "ceasefires", "starts", value,
             {"kind": "full", "status": "in_effect"})  # fmt: skip


def talks(sentence: str, passes: list[str], fails: list[str]) -> None:
    """Talks told by ``sentence``: each name of ``passes`` is an actor, each of ``fails`` only
    hosts or offers to host them."""
    for expect, value in verdicts(passes, fails):
        why = "a side of the talks" if expect else "only their host, a go-between"
        case(HOST, expect, why, sentence, "events", "actors", [value],
             {"kind": "talks", "description": "talks", "place": None, "counts": []})  # fmt: skip


def meeting(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A meeting told by ``sentence``: each name of ``passes`` is a party, each of ``fails``
    only hosts or offers to host it."""
    for expect, value in verdicts(passes, fails):
        why = "one who meets" if expect else "only the host of others' meeting"
        case(HOST, expect, why, sentence, "summits", "parties", [value],
             {"status": "held"})  # fmt: skip


truce(
    "As of Sunday, the ceasefire declared on Thursday between Thailand and Cambodia was holding along the border.",
    ["Thursday"],
    ["Sunday"],
)
truce(
    "As of late Monday, the Gaza truce that took effect on October 10 had largely held, the Civil Defence agency said.",
    ["October 10"],
    ["Monday"],
)
truce(
    "The truce between Israel and Hamas, in force since October 10, was still holding as of October 14, officials in Cairo said.",
    ["October 10"],
    ["October 14"],
)
truce(
    "As at May 14, the ceasefire that began on the evening of May 10 between India and Pakistan had not been breached, the army said.",
    ["May 10"],
    ["May 14"],
)
truce(
    "The ceasefire between Israel and Iran, which began on June 24, remained in place as of Wednesday.",
    ["June 24"],
    ["Wednesday"],
)
truce(
    "As of Friday, the truce that started on July 29 on the Thai-Cambodian frontier was fragile but intact, observers reported.",
    ["July 29"],
    ["Friday"],
)
truce(
    "Monitors said that as of early Tuesday the ceasefire, which came into force at midnight on Monday, was being observed.",
    ["Monday"],
    ["Tuesday"],
)
truce(
    "As of Saturday morning, the truce that began on Thursday in Sweida province was holding, according to residents.",
    ["Thursday"],
    ["Saturday"],
)
truce(
    "The ceasefire in eastern Congo takes effect as of Monday, the mediators in Doha said.",
    ["Monday"],
    [],
)
truce(
    "Under the accord, the truce applies as of June 24 on every front, the White House said.",
    ["June 24"],
    [],
)
truce(
    "As of October 18, eight days after the Gaza ceasefire began on October 10, aid trucks were crossing at Kerem Shalom.",
    ["October 10"],
    ["October 18"],
)
truce(
    "The India-Pakistan ceasefire of May 10 was holding as of Monday, May 12, though both armies stayed on alert.",
    ["May 10"],
    ["Monday"],
)

talks(
    "Qatar hosted talks between Israel and Hamas in Doha on Sunday.", ["Israel", "Hamas"], ["Qatar"]
)
talks(
    "Saudi Arabia hosted the delegations of Russia and the United States in Riyadh on February 18.",
    ["Russia"],
    ["Saudi Arabia"],
)
talks(
    "Oman has offered to host the next round of talks between Iran and the United States in Muscat.",
    ["Iran"],
    ["Oman"],
)
talks(
    "Switzerland hosted the trade talks between U.S. and Chinese officials in Geneva over the weekend.",
    [],
    ["Switzerland"],
)
talks(
    "Turkey hosted direct talks between Russian and Ukrainian negotiators in Istanbul on May 16, the first in three years.",
    [],
    ["Turkey"],
)
talks(
    "Malaysia hosted talks between Thailand and Cambodia at Putrajaya on July 28.",
    ["Thailand", "Cambodia"],
    ["Malaysia"],
)
talks(
    "Egypt and Qatar hosted the negotiations between Hamas and Israeli officials in Sharm el-Sheikh.",
    ["Hamas"],
    ["Qatar"],
)
talks(
    "Norway has also offered to host talks between the Sudanese army and the RSF in Oslo.",
    ["RSF"],
    ["Norway"],
)
talks(
    "Russia and the United States held talks in Riyadh on February 18, their first in years.",
    ["Russia", "United States"],
    [],
)
talks("Iran and the United States met in Muscat for indirect talks on April 12.", ["Iran"], [])

meeting(
    "Erdogan offered to host the two sides in Istanbul if Putin and Zelensky agreed to meet.",
    ["Putin"],
    ["Erdogan"],
)
meeting(
    "Anwar hosted talks between Hun Manet and Phumtham Wechayachai at his residence in Putrajaya.",
    ["Hun Manet"],
    ["Anwar"],
)
meeting(
    "The emir of Qatar hosted talks between Kagame and Tshisekedi in Doha on March 18.",
    ["Kagame", "Tshisekedi"],
    [],
)
meeting(
    "Xi hosted Putin in Beijing on September 2 for talks on energy and trade.", ["Xi", "Putin"], []
)
meeting("Trump met Putin at a military base in Anchorage on August 15.", ["Trump", "Putin"], [])
meeting("Orban has offered to host the two sides in Budapest, his office said.", [], ["Orban"])

# review rvF: talks hosted "between its own minister and" others: the host is a side
talks(
    "Vietnam hosted talks between its own trade minister and US officials in Hanoi.",
    ["Vietnam"],
    [],
)
talks(
    "Saudi Arabia hosted talks between its foreign minister and Iran's in Riyadh on Monday.",
    ["Saudi Arabia", "Iran"],
    [],
)
talks(
    "Saudi Arabia hosted talks between US and Ukrainian officials in Jeddah on Tuesday.",
    [],
    ["Saudi Arabia"],
)
talks(
    "Qatar hosted talks between their negotiators and Hamas, Israeli officials said.",
    ["Hamas"],
    ["Qatar"],
)


def strike(sentence: str, passes: list[str], fails: list[str], lead: str | None = None,
           category: str = LAUNCH) -> None:  # fmt: skip
    """A strike told by ``sentence`` (under ``lead``, a dateline): each place of ``passes`` is
    where it hit, each of ``fails`` is not."""
    for expect, value in verdicts(passes, fails):
        why = "where it hit" if expect else "not where it hit"
        fact = {"kind": "strike", "description": "strike", "actors": [], "counts": [],
                "place": value, "evidence": [sentence]}  # fmt: skip
        facts = {"article": {"headline": None, "outlet": None, "byline": None,
                             "published": PUBLISHED}, "events": [fact]}  # fmt: skip
        built.add(category, expect, f"place {value!r}: {why}",
                  built.page(sentence, lead=lead), facts, "events[0].place")  # fmt: skip


strike(
    "A missile from Iran struck Haifa's oil refinery on Sunday, killing three workers.",
    ["Haifa"],
    ["Iran"],
)
strike(
    "The Tu-95 bombers took off from Engels before striking Kyiv and Lutsk.", ["Kyiv"], ["Engels"]
)
strike(
    "A drone from Yemen hit a hotel in Eilat on Wednesday, wounding twenty people.",
    ["Eilat"],
    ["Yemen"],
)
strike(
    "Rockets from Lebanon slammed into Kiryat Shmona overnight, the Israeli army said.",
    ["Kiryat Shmona"],
    ["Lebanon"],
)
strike(
    "Strategic bombers that took off from Olenya air base later struck Ternopil.",
    ["Ternopil"],
    ["Olenya"],
)
strike(
    "Shahed drones from Bryansk region hit an energy facility in Chernihiv on Friday.",
    ["Chernihiv"],
    ["Bryansk"],
)
strike(
    "Ballistic missiles from Crimea targeted the port of Odesa early on Monday.",
    ["Odesa"],
    ["Crimea"],
)
strike("Rockets fired from Gaza hit a school in Sderot, police said.", ["Sderot"], ["Gaza"])
strike(
    "A missile launched from Yemen was intercepted before it could hit Tel Aviv, the army said.",
    ["Tel Aviv"],
    ["Yemen"],
)
strike(
    "Jets that took off from Hmeimim bombed villages near Idlib overnight.", ["Idlib"], ["Hmeimim"]
)
strike(
    "Russian drones struck a residential block in Kharkiv, Mayor Terekhov said.", ["Kharkiv"], []
)
strike("Residents fled from Pokrovsk after glide bombs hit the town centre.", ["Pokrovsk"], [])

DATELINES = ["LVIV, Ukraine (Wire) -", "KYIV, Ukraine (Northern Courier) -",
             "KHARKIV, Ukraine, June 7 (Levant Wire) -", "ODESA, Ukraine -",
             "DNIPRO, Ukraine (Wire) -"]  # fmt: skip
strike(
    "Officials here said drones hit the city's outskirts overnight.",
    [],
    ["Lviv"],
    DATELINES[0],
    HERE,
)
strike(
    "Drones hit an industrial site here overnight, regional officials said.",
    ["Lviv"],
    [],
    DATELINES[0],
    HERE,
)
strike("Sirens sounded here as drones hit Lviv overnight.", ["Lviv"], ["Kyiv"], DATELINES[1], HERE)
strike(
    "Russian missiles struck a residential block here early on Thursday, killing 23 people.",
    ["Kyiv"],
    [],
    DATELINES[1],
    HERE,
)
strike(
    "Diplomats here say the strikes that pounded Sumy on Sunday were the worst in months.",
    ["Sumy"],
    ["Kyiv"],
    DATELINES[1],
    HERE,
)
strike(
    "A guided bomb struck an apartment building here on Saturday afternoon.",
    ["Kharkiv"],
    [],
    DATELINES[2],
    HERE,
)
strike(
    "Air raid alarms rang out here as missiles hit Poltava, the air force said.",
    ["Poltava"],
    ["Kharkiv"],
    DATELINES[2],
    HERE,
)
strike("Residents here said a drone hit the port overnight.", [], ["Odesa"], DATELINES[3], HERE)
strike(
    "Drones hit port infrastructure here overnight, the regional governor said.",
    ["Odesa"],
    [],
    DATELINES[3],
    HERE,
)
strike(
    "Explosions were heard here as missiles struck Kremenchuk's refinery.",
    ["Kremenchuk"],
    ["Dnipro"],
    DATELINES[4],
    HERE,
)
strike(
    "Emergency crews here said the missile hit a bus station on Tuesday.",
    [],
    ["Dnipro"],
    DATELINES[4],
    HERE,
)
strike(
    "A missile hit a bus station here on Tuesday, the emergency service said.",
    ["Dnipro"],
    [],
    DATELINES[4],
    HERE,
)
strike(
    "Officials here believe the drones that struck Zaporizhzhia were launched from Kursk.",
    ["Zaporizhzhia"],
    ["Dnipro"],
    DATELINES[4],
    HERE,
)
strike(
    "Analysts here told reporters that the strikes had hit Lviv and Lutsk.",
    [],
    ["Kyiv"],
    DATELINES[1],
    HERE,
)

strike(
    "Officials here said Russian drones had struck Lviv's outskirts and Lutsk overnight.",
    ["Lutsk"],
    ["Kyiv"],
    DATELINES[1],
    HERE,
)

# review rvF: a start told beside "as of" (a modal before it, the truce's start verb after the
# day) is the start's; a state reported as of the day still is not
truce(
    "As of Tuesday, when the ceasefire between Israel and Iran began, no missiles had been fired.",
    ["Tuesday"],
    [],
)
truce(
    "As of Monday, when the truce took effect, aid trucks were rolling into Gaza.", ["Monday"], []
)
truce(
    "As of midnight on Friday, the ceasefire between Israel and Hezbollah took effect.",
    ["Friday"],
    [],
)
truce("As of Sunday morning the truce came into force, and the shelling stopped.", ["Sunday"], [])
truce(
    "The ceasefire will be implemented as of Friday, the Qatari foreign ministry said.",
    ["Friday"],
    [],
)
truce("The ceasefire is to be observed as of Tuesday at noon, both armies said.", ["Tuesday"], [])
truce(
    "The ceasefire would hold as of Friday only if both sides withdrew, mediators said.",
    [],
    ["Friday"],
)
truce(
    "As of Monday, when monitors from the UN arrived, the truce declared on Friday was holding.",
    [],
    ["Monday"],
)
truce(
    "As of Thursday, when talks resumed, the ceasefire agreed on Sunday had held.", [], ["Thursday"]
)
truce(
    "As of Saturday, when fighting started again, the truce had lasted four days.", [], ["Saturday"]
)
truce(
    "As of Sunday morning the truce, in force since Thursday, was still holding.",
    ["Thursday"],
    ["Sunday"],
)
truce(
    "The truce between India and Pakistan, which took effect at 5 p.m. on Saturday, was largely holding as of Monday morning.",
    ["Saturday"],
    ["Monday"],
)


def watched(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A meeting told by ``sentence``: each name of ``passes`` is a party, each of ``fails``
    only watches or follows it."""
    for expect, value in verdicts(passes, fails):
        why = "one who meets" if expect else "one who only watches or follows the meeting"
        case(WATCH, expect, why, sentence, "summits", "parties", [value], {"status": "held"})


watched(
    "Zelensky followed the EU summit in Brussels closely from Kyiv, his office said.",
    [],
    ["Zelensky"],
)
watched(
    "Zelensky closely followed the talks in Anchorage between Trump and Putin.",
    ["Trump", "Putin"],
    ["Zelensky"],
)
watched("Netanyahu watched the negotiations in Sharm el-Sheikh from Jerusalem.", [], ["Netanyahu"])
watched(
    "Ishiba was monitoring the meeting between Trump and Lee in Gyeongju from Tokyo.",
    ["Lee"],
    ["Ishiba"],
)
watched(
    "Starmer also followed the summit between Trump and Zelensky at the White House.",
    ["Zelensky"],
    ["Starmer"],
)
watched(
    "Pashinyan and Aliyev met at the White House as Putin watched the talks from Moscow.",
    ["Pashinyan", "Aliyev"],
    ["Putin"],
)
watched("Modi keenly followed the negotiations in Tianjin, aides said.", [], ["Modi"])
watched(
    "Kim Jong Un watched the summit between Xi and Putin on state television.",
    ["Xi"],
    ["Kim Jong Un"],
)
watched(
    "Lula tracked the meeting of Trump and Carney in Washington from Brasilia.",
    ["Carney"],
    ["Lula"],
)
watched(
    "Erdogan monitored the talks between Russian and Ukrainian delegations from Ankara.",
    [],
    ["Erdogan"],
)
watched("Putin followed the summit in Tianjin with a visit to Beijing.", ["Putin"], [])
watched("Trump and Putin met in Anchorage on August 15.", ["Trump", "Putin"], [])

# review rvF: one who watched a meeting and then met someone in a meeting of their own is a
# party of that one; others meeting after "then" leave the watcher a watcher
watched(
    "Zelensky watched the Alaska summit from Kyiv, then flew to Washington to meet Trump on Monday.",
    ["Zelensky", "Trump"],
    [],
)
watched(
    "Kim monitored the summit from Pyongyang and later met Putin at the Vostochny spaceport.",
    ["Kim"],
    [],
)
watched(
    "Modi watched the talks between Putin and Xi from Delhi and then met Putin in Moscow on Monday.",
    ["Modi"],
    [],
)
watched(
    "Modi watched the talks between Putin and Xi from Delhi; then Putin and Xi met the press.",
    ["Putin"],
    ["Modi"],
)
watched(
    "Zelensky followed the summit from Kyiv, and later told reporters he had not been invited to the talks.",
    [],
    ["Zelensky"],
)


def status(sentence: str, kind: str, value: str, expect: bool, extra: dict[str, Any]) -> None:
    """A fact of ``kind`` told by ``sentence`` whose status ``value`` is stated (``expect``)
    or only asked about in an open question."""
    why = "told as what happened" if expect else "only in an open question"
    case(OPEN, expect, why, sentence, kind, "status", value, extra)


AB = {"parties": ["Trump", "Abe"]}
TP = {"parties": ["Trump", "Putin"]}
LX = {"parties": ["Lee", "Xi"]}
status(
    "It is unclear whether Trump and Abe played golf at Kasumigaseki on Sunday.",
    "summits",
    "held",
    False,
    AB,
)
status(
    "Trump and Abe played golf at Kasumigaseki on Sunday, the White House said.",
    "summits",
    "held",
    True,
    AB,
)
status(
    "It was not known whether Trump and Putin met again on the sidelines in Da Nang.",
    "summits",
    "held",
    False,
    TP,
)
status(
    "Trump and Putin met briefly on the sidelines in Da Nang, the Kremlin said.",
    "summits",
    "held",
    True,
    TP,
)
status(
    "The Kremlin would not say whether Trump and Putin had spoken at the dinner.",
    "summits",
    "held",
    False,
    TP,
)
status(
    "Officials declined to say whether Lee and Xi had met in Gyeongju on Saturday.",
    "summits",
    "held",
    False,
    LX,
)
status(
    "Lee and Xi met in Gyeongju on Saturday, but it is unclear whether they discussed North Korea.",
    "summits",
    "held",
    True,
    LX,
)
status(
    "Seoul did not confirm whether Lee had held talks with Xi on Friday.",
    "summits",
    "held",
    False,
    LX,
)
status("Lee held talks with Xi on Friday, Seoul confirmed.", "summits", "held", True, LX)
status(
    "It remains uncertain whether the ceasefire between Thailand and Cambodia has taken effect.",
    "ceasefires",
    "in_effect",
    False,
    {},
)
status(
    "The ceasefire between Thailand and Cambodia took effect at midnight on July 28.",
    "ceasefires",
    "in_effect",
    True,
    {},
)
status(
    "Officials in Doha declined to say whether the truce in eastern Congo had taken effect.",
    "ceasefires",
    "in_effect",
    False,
    {},
)
status(
    "The truce in eastern Congo took effect on Friday, officials in Doha said.",
    "ceasefires",
    "in_effect",
    True,
    {},
)
status(
    "It is not clear whether the Israel-Iran ceasefire has been violated, the monitors said.",
    "ceasefires",
    "violated",
    False,
    {},
)
status(
    "Both sides accused each other of violating the Israel-Iran ceasefire within hours.",
    "ceasefires",
    "violated",
    True,
    {},
)
status(
    "It is unclear if the EU's tariffs on Chinese electric vehicles have been imposed yet.",
    "sanctions",
    "imposed",
    False,
    {"instrument": "other"},
)
status(
    "The EU imposed tariffs of up to 35.3 percent on Chinese electric vehicles on October 30.",
    "sanctions",
    "imposed",
    True,
    {"instrument": "other"},
)
status(
    "Ottawa did not say whether the surtax on Chinese steel had been lifted.",
    "sanctions",
    "lifted",
    False,
    {"instrument": "executive_action"},
)
status(
    "Ottawa lifted the surtax on Chinese steel on Friday, the finance ministry said.",
    "sanctions",
    "lifted",
    True,
    {"instrument": "executive_action"},
)
status(
    "It is unknown whether Trump and Putin met in private afterwards.",
    "summits",
    "held",
    False,
    TP,
)
status(
    "Trump and Putin met for nearly three hours at Joint Base Elmendorf-Richardson.",
    "summits",
    "held",
    True,
    TP,
)


def stay(sentence: str, value: str, expect: bool) -> None:
    """A measure told by ``sentence`` whose status is ``value`` (``expect``) or is not: the
    sentence tells only the court's stay."""
    why = "the measure's own status" if expect else "the court's stay, not the measure"
    case(STAY, expect, why, sentence, "sanctions", "status", value,
         {"instrument": "executive_action"})  # fmt: skip


stay(
    "The Federal Circuit lifted the administrative stay it had placed on the trade court's ruling against the tariffs.",
    "lifted",
    False,
)
stay(
    "The appeals court lifted the administrative stay on Tuesday, letting the lower court's order take effect.",
    "lifted",
    False,
)
stay(
    "The administrative stay remains in effect while the judges consider the appeal.",
    "in_force",
    False,
)
stay(
    "The temporary stay remains in force until the Supreme Court rules, the filing said.",
    "in_force",
    False,
)
stay("The interim stay remains in effect, lawyers for the importers said.", "in_force", False)
stay("Judges lifted the emergency stay on Friday.", "lifted", False)
stay(
    "The court of appeals lifted the temporary stay, a spokesman for the court said.",
    "lifted",
    False,
)
stay("The administrative stay stays in place for now, the clerk said.", "in_force", False)
stay("The stay remains in effect while the case is heard, the court said.", "in_force", False)
stay("The Supreme Court lifted the interim stay it had granted in August.", "lifted", False)
stay("Washington lifted the sanctions on Syria's central bank on June 30.", "lifted", True)
stay(
    "The tariffs remain in effect while the appeal is heard, the Federal Circuit ruled.",
    "in_force",
    True,
)
stay("The duties stay in force for now, the commerce ministry said.", "in_force", True)
stay("The court's stay keeps the tariffs in force while the appeal is heard.", "in_force", True)
stay(
    "Ottawa lifted the surtax on Chinese canola on Friday, the finance ministry said.",
    "lifted",
    True,
)
stay("The EU lifted its sanctions on Syria's energy sector in May.", "lifted", True)
stay(
    "The levies on Indian goods remain in effect despite the talks, officials said.",
    "in_force",
    True,
)
stay("The measures remain in force until January 31, 2026, the Council said.", "in_force", True)
stay("Beijing lifted its ban on Japanese seafood imports in June.", "lifted", True)
stay("The steel tariffs remain in effect, the White House said on Monday.", "in_force", True)


def aside(sentence: str, parties: list[str], expect: bool) -> None:
    """A summit of ``parties`` told by ``sentence``: held (``expect``) or told held only in an
    aside about an earlier time beside a summit denied or planned."""
    why = "the meeting told as held" if expect else "an earlier meeting's aside, this one not held"
    case(ASIDE, expect, why, sentence, "summits", "status", "held", {"parties": parties})


aside(
    "Trump, who dined with Abe at Mar-a-Lago in February, said no summit was planned for the spring.",
    ["Trump", "Abe"],
    False,
)
aside(
    "Xi, who hosted Lee in Gyeongju last November, said no new visit was scheduled.",
    ["Xi", "Lee"],
    False,
)
aside(
    "Putin, who met Trump in Anchorage in August, said no new meeting was planned before the winter.",
    ["Putin", "Trump"],
    False,
)
aside(
    "Modi, who met Sharif briefly in 2015, said there would be no talks with Pakistan.",
    ["Modi", "Sharif"],
    False,
)
aside(
    "Erdogan, who hosted Putin in Ankara in April 2018, said a new summit was planned for the autumn.",
    ["Erdogan", "Putin"],
    False,
)
aside(
    "Macron, who received Zelensky in Paris earlier this year, said a visit to Kyiv was planned.",
    ["Macron", "Zelensky"],
    False,
)
aside(
    "Starmer, who welcomed Carney at Downing Street in June, said no summit would take place before the G7.",
    ["Starmer", "Carney"],
    False,
)
aside(
    "Kishida, who met Yoon in Tokyo last March, said the next meeting was not yet scheduled.",
    ["Kishida", "Yoon"],
    False,
)
aside(
    "Lula, who hosted Macron in Belem in 2024, said he would meet him again in November.",
    ["Lula", "Macron"],
    False,
)
aside(
    "Albanese, who met Xi in Beijing last year, said no further talks were expected soon.",
    ["Albanese", "Xi"],
    False,
)
aside(
    "Trump dined with Abe at Mar-a-Lago in February, the White House said.", ["Trump", "Abe"], True
)
aside("Xi hosted Lee in Gyeongju on Saturday for ninety minutes of talks.", ["Xi", "Lee"], True)
aside(
    "Putin, who met Trump in Anchorage on Friday, said the talks had been useful.",
    ["Putin", "Trump"],
    True,
)
aside("Modi met Sharif on the sidelines of the summit in Astana.", ["Modi", "Sharif"], True)
aside(
    "Erdogan hosted Putin in Ankara in April 2018 for a three-way summit with Rouhani.",
    ["Erdogan", "Putin"],
    True,
)
aside("Macron received Zelensky at the Elysee on Monday evening.", ["Macron", "Zelensky"], True)
aside(
    "Starmer welcomed Carney at Downing Street in June, and the two agreed to deepen trade.",
    ["Starmer", "Carney"],
    True,
)
aside(
    "Kishida, who met Yoon in Tokyo on Thursday, praised the talks as candid.",
    ["Kishida", "Yoon"],
    True,
)
aside("Lula hosted Macron in Belem in March 2024.", ["Lula", "Macron"], True)
aside(
    "Albanese met Xi in Beijing on Monday, the first such visit in years.", ["Albanese", "Xi"], True
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
