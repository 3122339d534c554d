# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of a meeting's place read through the sentence's structure
(``grounding_places26.jsonl``, session 26, checks 50 to 57's "not as where this meeting is"):
value-support cases by category, each with what must pass and what must fail:

- ``where-clause``: the place a relative "where" clause hangs on, when that clause tells of
  the meeting itself ("the Nasrec Expo Centre in Johannesburg, where the G20 summit opened on
  Saturday"): the place passes; a "where" clause about something else ("Phnom Penh, where his
  cabinet met the next morning", "Borgo Egnazia, where the group last met") gives no place of
  this meeting, and the sentence's other places fail;
- ``there-back``: "met there" / "talked there" / "were there": the place named before "there"
  in the same sentence passes; a place of another clause or sentence (the next round, the
  other trip) fails;
- ``meeting-participle``: a sentence opening with a participle of meeting and its place
  ("Meeting in Geneva over the weekend, U.S. and Chinese officials agreed ...", "Gathering in
  Alaska on Friday, the two presidents ...") puts the meeting there; a participle of speaking
  or of travel ("Speaking in London on Tuesday, Starmer said ...") does not, and the
  sentence's later place of another meeting fails;
- ``dateline-epithet``: a dateline city whose lead sentence puts the meeting in "the Omani
  capital", "the city's palace", "the resort", an epithet that fits the dateline, passes; a
  dateline whose lead sentence puts the meeting in another named city, or in an epithet that
  does not fit the dateline ("BRUSSELS - ... talks in the Russian capital"), fails;
- ``arrival-purpose``: a party who arrives in a place "to take part in", "to attend", "to
  join" the talks or summit (or "for the talks"), also past an apposition ("arrived in
  Muscat, the capital of Oman, to participate in ..."), has the meeting there; the place
  flown from ("arrived from Phnom Penh", "by train from Poland"), the place gone on to after
  the meeting and the home returned to fail;
- ``subject-meeting``: a meeting noun as the sentence's subject with its place later in the
  main clause, past an aside ("Their talks, held on the sidelines of the forum, ran for four
  hours at Filoli") passes; a place inside the aside ("The talks, first held in Geneva,
  resumed in Rome"), another round as the subject ("A second round followed in London") and
  a place after another meeting word fail;
- ``country-people``: a country party named by its people's word ("The Thai and Cambodian
  leaders met in Putrajaya", "Ukrainian and American officials met in Geneva") is the
  party at the meeting, so the place passes for those countries; for a meeting of other
  countries it fails.

Run ``python tests/data/make_places26_cases.py`` to rebuild it. Every article below was
written for this set in my own words from real events (the facts carry over; the sentences
are new); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_places26.jsonl")

built = SupportCases(
    "pl26",
    leads=[
        "By Ines Duarte | The Atlantic Ledger",
        "WORLD BRIEFING | Evening edition",
        "From our diplomatic correspondent, The Meridian Review.",
        "Continental Wire - staff report",
    ],
)
WHERE, THERE, PARTICIPLE, DATELINE, ARRIVAL, SUBJECT, PEOPLE = (
    "where-clause",
    "there-back",
    "meeting-participle",
    "dateline-epithet",
    "arrival-purpose",
    "subject-meeting",
    "country-people",
)


def summit(
    category: str, text: str, evidence: list[str], passes: list[str], fails: list[str],
    parties: list[str], status: str = "held", lead: str | None = None,
) -> None:  # fmt: skip
    """A summit of ``parties`` backed by ``evidence``: each of ``passes`` is its place, each
    of ``fails`` is not. ``lead`` replaces the set's masthead (a dateline runs into the
    text)."""
    page = built.page(text) if lead is None else lead + text + "\n"
    built.meeting_places(category, page, evidence, passes, fails, parties, status)


def sentences(text: str) -> list[str]:
    """Every sentence of a one-paragraph ``text``, as the fact's evidence."""
    return [s if s.endswith(".") else s + "." for s in text.split(". ")]


W, T, P, D, A, S, N = WHERE, THERE, PARTICIPLE, DATELINE, ARRIVAL, SUBJECT, PEOPLE
# (category, lead, text, passes, fails, parties, status): each sentence of the text is
# evidence; a lead (a dateline the text runs on from) replaces the set's masthead
# fmt: off
CASES: list[tuple[str, str | None, str, list[str], list[str], list[str], str]] = [
    # --- where-clause: "P, where the meeting ..." --------------------------------------------
    (W, None, "South African officials spent the week at the Nasrec Expo Centre in Johannesburg, where the first G20 leaders' summit held in Africa opened on Saturday. The American seats stayed empty after Washington boycotted the gathering and said it would host next year's edition in Miami.", ["Nasrec Expo Centre", "Johannesburg"], ["Miami", "Washington"], ["G20"], "held"),
    (W, None, "Reporters were bussed to Joint Base Elmendorf-Richardson, where Donald Trump and Vladimir Putin sat down on Friday for their first summit in six years. Putin later suggested that their next meeting take place in Moscow.", ["Joint Base Elmendorf-Richardson"], ["Moscow"], ["Donald Trump", "Vladimir Putin"], "held"),
    (W, None, "The delegations were staying at a hotel in Doha, where Congo's government and the M23 rebels signed a framework agreement on Saturday, months after Kinshasa and Kigali had signed a separate accord in Washington.", ["Doha"], ["Washington", "Kigali"], ["Democratic Republic of Congo", "M23"], "held"),
    (W, None, "After the Putrajaya talks, Hun Manet flew on to Phnom Penh, where his cabinet met the next morning.", ["Putrajaya"], ["Phnom Penh"], ["Hun Manet", "Phumtham Wechayachai"], "held"),
    (W, None, "The leaders gathered in Kananaskis on Monday, a year after the Italian resort of Borgo Egnazia, where the group last met.", ["Kananaskis"], ["Borgo Egnazia"], ["G7"], "held"),
    (W, None, "Diplomats expect the ministers to travel to Vienna, where the Iran talks are due to resume next week, after a stop in Brussels, where the EU's foreign affairs council meets on Monday.", ["Vienna"], ["Brussels"], ["Iran", "E3"], "scheduled"),
    # --- there-back: "met there" ---------------------------------------------------------------
    (T, None, "Geneva set the tone in May: the American and Chinese delegations met there for two days and agreed to cut their tariffs for 90 days. A second round followed in London a month later.", ["Geneva"], ["London"], ["United States", "China"], "held"),
    (T, None, "Helsinki was the stage in July 2018, and Donald Trump and Vladimir Putin talked there for about two hours, a day after Trump had ended a visit to Britain.", ["Helsinki"], ["Britain"], ["Donald Trump", "Vladimir Putin"], "held"),
    (T, None, "Busan got the meeting in the end; Donald Trump and Xi Jinping met there on 30 October for about 100 minutes, before Xi went on to Gyeongju for the APEC leaders' gathering.", ["Busan"], ["Gyeongju"], ["Donald Trump", "Xi Jinping"], "held"),
    (T, None, "Steve Witkoff flew to Moscow first, and Jared Kushner joined him there. On Sunday the pair met Ukraine's negotiators in Miami.", ["Miami"], ["Moscow"], ["Steve Witkoff", "Ukraine"], "held"),
    (T, None, "Sharm el-Sheikh was chosen for the indirect talks, and the Israeli and Hamas negotiators were there from 6 October, with Egypt, Qatar and Turkey carrying messages between the rooms. Earlier rounds had been held in Doha.", ["Sharm el-Sheikh"], ["Doha"], ["Israel", "Hamas"], "held"),
    (T, None, "Riyadh hosted the first contact in February, and the two foreign ministers met there for four and a half hours. Istanbul followed with lower-level talks on embassy staffing.", ["Riyadh"], ["Istanbul"], ["Marco Rubio", "Sergei Lavrov"], "held"),
    # --- meeting-participle: "Meeting in Geneva ..., the officials agreed" ----------------------
    (P, None, "Meeting in Geneva over the weekend of 10 and 11 May, U.S. and Chinese officials agreed to lower their tariffs for 90 days. The truce was later extended at a session in Stockholm.", ["Geneva"], ["Stockholm"], ["United States", "China"], "held"),
    (P, None, "Gathering in Alaska on Friday, the two presidents talked for nearly three hours but announced no ceasefire, and Putin proposed Moscow for their next summit.", ["Alaska"], ["Moscow"], ["Donald Trump", "Vladimir Putin"], "held"),
    (P, None, "Talking in Doha, Congo's government and the M23 rebels signed a declaration of principles on 19 July, weeks after the Washington accord between Congo and Rwanda.", ["Doha"], ["Washington"], ["Democratic Republic of Congo", "M23"], "held"),
    (P, None, "Convening at Kananaskis in the Rockies, the G7 leaders issued no joint communique, and France said it would welcome the group to Evian next year.", ["Kananaskis"], ["Evian"], ["G7"], "held"),
    (P, None, "Speaking in London on Tuesday, Keir Starmer said the coalition of the willing would meet in Paris on Thursday.", ["Paris"], ["London"], ["coalition of the willing"], "scheduled"),
    (P, None, "Travelling through Warsaw on Sunday, the German chancellor said he would join the leaders' talks in Kyiv the next day.", ["Kyiv"], ["Warsaw"], ["Friedrich Merz", "Volodymyr Zelenskyy"], "scheduled"),
    # --- dateline-epithet: "MUSCAT, Oman - ... talks in the Omani capital" --------------------
    (D, "ISTANBUL, Turkey (Bosphorus Wire) - ", "Russian and Ukrainian delegations sat down in the city's Dolmabahce Palace on Friday for their first direct talks since 2022, with Kyiv's team led by defence minister Rustem Umerov.", ["Istanbul"], ["Kyiv"], ["Russia", "Ukraine"], "held"),
    (D, "DOHA, Qatar - ", "Negotiators from Israel and Hamas resumed indirect talks in the Qatari capital on Sunday, a week after a round in Cairo broke up without a deal.", ["Doha"], ["Cairo"], ["Israel", "Hamas"], "held"),
    (D, "MOSCOW (Northern Wire) - ", "Steve Witkoff held five hours of talks with Vladimir Putin in the Russian capital on Tuesday before flying back to Washington.", ["Moscow"], ["Washington"], ["Steve Witkoff", "Vladimir Putin"], "held"),
    (D, "SHARM EL-SHEIKH, Egypt - ", "More than twenty leaders signed a declaration on the Gaza ceasefire at the Red Sea resort on Monday, hours after the last living hostages were freed in Gaza.", ["Sharm el-Sheikh"], ["Gaza"], ["Donald Trump", "Abdel Fattah al-Sisi"], "held"),
    (D, "KYIV, Ukraine - ", "Ukrainian and American officials met in Geneva on Sunday to rework Washington's peace plan.", ["Geneva"], ["Kyiv"], ["Ukraine", "United States"], "held"),
    (D, "BRUSSELS - ", "Steve Witkoff held talks with Vladimir Putin in the Russian capital on Tuesday, EU diplomats were told.", [], ["Brussels"], ["Steve Witkoff", "Vladimir Putin"], "held"),
    (D, "WASHINGTON - ", "The Thai and Cambodian leaders met in the Malaysian administrative capital of Putrajaya on Monday and agreed to stop fighting from midnight.", ["Putrajaya"], ["Washington"], ["Thailand", "Cambodia"], "held"),
    # --- arrival-purpose: "arrived in P to take part in the talks" ------------------------------
    (A, None, "Abbas Araghchi flew from Tehran to Muscat on Friday to join a fresh round of indirect nuclear talks with the US envoy Steve Witkoff.", ["Muscat"], ["Tehran"], ["Abbas Araghchi", "Steve Witkoff"], "held"),
    (A, None, "Volodymyr Zelenskyy landed in Washington on Sunday evening to attend Monday's White House meeting with Donald Trump and European leaders; he had spent the weekend in Brussels.", ["Washington"], ["Brussels"], ["Volodymyr Zelenskyy", "Donald Trump"], "held"),
    (A, None, "Phumtham Wechayachai reached Putrajaya on Monday afternoon for the ceasefire talks chaired by Anwar Ibrahim, and Hun Manet arrived from Phnom Penh shortly after.", ["Putrajaya"], ["Phnom Penh"], ["Phumtham Wechayachai", "Hun Manet"], "held"),
    (A, None, "Sergei Lavrov arrived in Riyadh on Monday night to take part in the first Russian-American talks since 2022; after them he flew on to Ankara.", ["Riyadh"], ["Ankara"], ["Sergei Lavrov", "Marco Rubio"], "held"),
    (A, None, "Vladimir Putin came to Anchorage to attend the summit with Donald Trump, and the next day he was back in Moscow.", ["Anchorage"], ["Moscow"], ["Vladimir Putin", "Donald Trump"], "held"),
    (A, None, "Keir Starmer, Emmanuel Macron, Friedrich Merz and Donald Tusk travelled to Kyiv by overnight train from Poland on Saturday to take part in a meeting of the coalition of the willing.", ["Kyiv"], ["Poland"], ["coalition of the willing"], "held"),
    # --- more shapes: a label before the participle, an apposition, the dateline's region --------
    (P, None, "GULF - Negotiating in Jeddah through the spring, the Sudanese army and the Rapid Support Forces signed a humanitarian declaration on 11 May 2023; later rounds in Geneva went ahead without the army.", ["Jeddah"], ["Geneva"], ["Sudanese army", "Rapid Support Forces"], "held"),
    (P, None, "EUROPE - Meeting at Lancaster House on 2 March, European leaders agreed to draw up a plan for Ukraine with Britain and France in the lead, a week after Zelenskyy's clash in the Oval Office.", ["Lancaster House"], ["Oval Office"], ["European leaders"], "held"),
    (A, None, "Abbas Araghchi landed in Muscat, the Omani capital, to take part in indirect talks with Steve Witkoff, having left Tehran at dawn.", ["Muscat"], ["Tehran"], ["Abbas Araghchi", "Steve Witkoff"], "held"),
    (A, None, "Marco Rubio flew into Jeddah, the Saudi port city, for talks with a Ukrainian team led by Andriy Yermak, after a refuelling stop in Shannon.", ["Jeddah"], ["Shannon"], ["United States", "Ukraine"], "held"),
    (D, "KANANASKIS, Alberta (Prairie Wire) - ", "The Group of Seven ended two days of talks in the Alberta mountains on Tuesday without a joint communique, and France will host next year's summit in Evian.", ["Kananaskis"], ["Evian"], ["G7"], "held"),
    (D, "KANANASKIS, Alberta - ", "Officials said the leaders would fly on to the Alberta capital after their talks.", [], ["Kananaskis"], ["G7"], "scheduled"),
    # --- subject-meeting: "Their talks, held ..., ran ... at Filoli" ----------------------------
    (S, None, "Their talks, held on the margins of the Asia-Pacific summit, lasted about four hours at Filoli, an estate south of San Francisco.", ["Filoli"], ["San Francisco"], ["Joe Biden", "Xi Jinping"], "held"),
    (S, None, "The talks, first held in Geneva in May, resumed in Stockholm at the end of July.", ["Stockholm"], ["Geneva"], ["United States", "China"], "held"),
    (S, None, "The summit, which Washington had wanted in Riyadh, took place in Anchorage on 15 August.", ["Anchorage"], ["Riyadh"], ["Donald Trump", "Vladimir Putin"], "held"),
    (S, None, "Their meeting lasted two and a half hours at the Gimhae air base in Busan. A second round followed in Kuala Lumpur.", ["Busan", "Gimhae air base"], ["Kuala Lumpur"], ["Donald Trump", "Xi Jinping"], "held"),
    (S, None, "Their summit ended early at the Sochi residence, and the next meeting was set for Ankara.", ["Sochi"], ["Ankara"], ["Vladimir Putin", "Recep Tayyip Erdogan"], "held"),
    # --- country-people: "The Thai and Cambodian leaders met in Putrajaya" -----------------------
    (N, None, "The Thai and Cambodian leaders met in Putrajaya on Monday and agreed to a ceasefire from midnight.", ["Putrajaya"], [], ["Thailand", "Cambodia"], "held"),
    (N, None, "The Thai and Cambodian leaders met in Putrajaya on Monday and agreed to a ceasefire from midnight.", [], ["Putrajaya"], ["Vietnam", "Laos"], "held"),
    (N, None, "Ukrainian and American officials met in Geneva on Sunday to rework the peace plan.", ["Geneva"], [], ["Ukraine", "United States"], "held"),
    (N, None, "Ukrainian and American officials met in Geneva on Sunday to rework the peace plan.", [], ["Geneva"], ["Russia", "China"], "held"),
    (N, None, "Armenian and Azerbaijani negotiators met in Abu Dhabi on 10 July, days before the two leaders travelled to Washington.", ["Abu Dhabi"], [], ["Armenia", "Azerbaijan"], "held"),
    (N, None, "Egyptian and Qatari mediators met in Cairo on Tuesday with a Hamas delegation.", ["Cairo"], [], ["Egypt", "Qatar", "Hamas"], "held"),
    (N, None, "Egyptian and Qatari mediators met in Cairo on Tuesday with a Hamas delegation.", [], ["Cairo"], ["Israel", "Turkey"], "held"),
    # --- review rvP: more texts of each shape, so each category holds ten cases of each verdict ---
    (W, None, "The press pool was parked at the Palais des Nations, where the American and Ukrainian delegations met on Sunday; Witkoff had been in Moscow days before.", ["Palais des Nations"], ["Moscow"], ["United States", "Ukraine"], "held"),
    (W, None, "The envoys were driven to Rosenbad, where Scott Bessent and He Lifeng met for a second day; the next stop for Bessent was Tokyo.", ["Rosenbad"], ["Tokyo"], ["Scott Bessent", "He Lifeng"], "held"),
    (T, None, "Muscat was chosen for the fourth round, and Abbas Araghchi and Steve Witkoff met there on Sunday; Rome had hosted the third.", ["Muscat"], [], ["Abbas Araghchi", "Steve Witkoff"], "held"),
    (T, None, "Anchorage got the summit in the end, and Donald Trump and Vladimir Putin talked there for nearly three hours, while Kyiv waited for news.", ["Anchorage"], ["Kyiv"], ["Donald Trump", "Vladimir Putin"], "held"),
    (T, None, "London hosted the second round in June; the two trade teams met there at Lancaster House, after a first round in Geneva.", ["London"], ["Geneva"], ["United States", "China"], "held"),
    (T, None, "Abu Dhabi was agreed for the ministers' session, and the Armenian and Azerbaijani delegations negotiated there for a day; Washington hosted the signing later.", ["Abu Dhabi"], [], ["Armenia", "Azerbaijan"], "held"),
    (P, None, "Meeting in Stockholm at the end of July, the American and Chinese negotiators agreed to extend the truce, while officials in Beijing stayed silent.", ["Stockholm"], ["Beijing"], ["United States", "China"], "held"),
    (P, None, "Conferring at the Elysee on Tuesday, Emmanuel Macron and Keir Starmer agreed a new returns deal, before Starmer flew back to London.", ["Elysee"], ["London"], ["Emmanuel Macron", "Keir Starmer"], "held"),
    (D, "ABU DHABI (Gulf Wire) - ", "Armenian and Azerbaijani officials held talks in the Emirati capital on Thursday ahead of a signing in Washington.", ["Abu Dhabi"], [], ["Armenia", "Azerbaijan"], "held"),
    (D, "RIYADH, Saudi Arabia - ", "Russian and American delegations met in the Saudi capital on Tuesday for talks on Ukraine.", ["Riyadh"], [], ["Russia", "United States"], "held"),
    (D, "BUDAPEST - ", "European ministers met in the Hungarian capital on Friday.", ["Budapest"], [], ["European ministers"], "held"),
    (A, None, "Andrii Sybiha landed in Ankara on Thursday to participate in talks with Hakan Fidan, after a night train from Kyiv to Przemysl.", ["Ankara"], ["Przemysl"], ["Andrii Sybiha", "Hakan Fidan"], "held"),
    (S, None, "The talks, described as frank, went on for five hours at the Kremlin, with Kirill Dmitriev in the room.", ["Kremlin"], [], ["Steve Witkoff", "Vladimir Putin"], "held"),
    (S, None, "The summit, the group's 47th, opened at the Kuala Lumpur Convention Centre on Sunday, a week after ministers met in Penang.", ["Kuala Lumpur Convention Centre"], ["Penang"], ["ASEAN"], "held"),
    (S, None, "Their talks, held in a tent on the lawn, took place at Filoli; the dinner afterwards was in San Francisco.", ["Filoli"], ["San Francisco"], ["Joe Biden", "Xi Jinping"], "held"),
    (S, None, "A fresh round followed in Stockholm.", [], ["Stockholm"], ["United States", "China"], "held"),
    (S, None, "The third round took place in Rome, a week after the second in Muscat.", [], ["Muscat"], ["United States", "Iran"], "held"),
    (N, None, "Armenian and Azerbaijani officials met in Abu Dhabi on Thursday.", ["Abu Dhabi"], [], ["Armenia", "Azerbaijan"], "held"),
    (N, None, "Armenian and Azerbaijani officials met in Abu Dhabi on Thursday.", [], ["Abu Dhabi"], ["Georgia", "Turkey"], "held"),
    (N, None, "The Iranian and Omani foreign ministers met in Muscat on Saturday.", ["Muscat"], [], ["Iran", "Oman"], "held"),
    (N, None, "The Iranian and Omani foreign ministers met in Muscat on Saturday.", [], ["Muscat"], ["Israel", "Egypt"], "held"),
    (N, None, "Russian and Ukrainian delegations met in Istanbul on Friday.", ["Istanbul"], [], ["Russia", "Ukraine"], "held"),
    (N, None, "Russian and Ukrainian delegations met in Istanbul on Friday.", [], ["Istanbul"], ["France", "Germany"], "held"),
    (N, None, "Saudi and Ukrainian officials met in Jeddah on Tuesday to prepare the ground for the Americans.", ["Jeddah"], [], ["Saudi Arabia", "Ukraine"], "held"),
    (N, None, "Saudi and Ukrainian officials met in Jeddah on Tuesday to prepare the ground for the Americans.", [], ["Jeddah"], ["Poland", "Hungary"], "held"),
    (N, None, "French and British officials met in Paris on Wednesday.", ["Paris"], [], ["France", "Britain"], "held"),
    (N, None, "French and British officials met in Paris on Wednesday.", [], ["Paris"], ["Spain", "Italy"], "held"),
    (T, None, "Paris was floated and dropped, Kuala Lumpur accepted; the Thai and Cambodian leaders met there on Monday.", ["Kuala Lumpur"], ["Paris"], ["Thailand", "Cambodia"], "held"),
    (T, None, "Bern was ruled out, Geneva agreed; the American and Iranian envoys talked there for a day.", ["Geneva"], ["Bern"], ["United States", "Iran"], "held"),
    (W, None, "Cameras waited outside the Gimhae air base, where Donald Trump and Xi Jinping sat down for 100 minutes.", ["Gimhae air base"], [], ["Donald Trump", "Xi Jinping"], "held"),
    (D, "CANBERRA - ", "Australian and Chinese officials met in the Indonesian capital on Tuesday.", [], ["Canberra"], ["Australia", "China"], "held"),
    (A, None, "Kirill Dmitriev flew to Miami on Friday to take part in talks with Steve Witkoff; he had flown out of Moscow overnight.", ["Miami"], ["Moscow"], ["Kirill Dmitriev", "Steve Witkoff"], "held"),
    (S, None, "Their talks, the longest so far, ran for six hours at the Dolmabahce Palace.", ["Dolmabahce Palace"], [], ["Russia", "Ukraine"], "held"),
    (S, None, "A further round went ahead in Abu Dhabi.", [], ["Abu Dhabi"], ["United States", "Ukraine"], "held"),
    (N, None, "Polish and Lithuanian ministers met in Vilnius on Monday.", ["Vilnius"], [], ["Poland", "Lithuania"], "held"),
    (N, None, "Polish and Lithuanian ministers met in Vilnius on Monday.", [], ["Vilnius"], ["Sweden", "Norway"], "held"),
    (N, None, "Indian and Pakistani commanders met at the Wagah crossing on Saturday.", ["Wagah crossing"], [], ["India", "Pakistan"], "held"),
    (N, None, "Indian and Pakistani commanders met at the Wagah crossing on Saturday.", [], ["Wagah crossing"], ["China", "Nepal"], "held"),
    # --- more texts for each category (ten of each verdict) ------------------------------------
    (W, None, "Negotiators were flown to the Dolmabahce Palace in Istanbul, where Russian and Ukrainian delegations talked for under two hours on 16 May. Kyiv had wanted the talks held in the Vatican.", ["Dolmabahce Palace", "Istanbul"], ["Vatican", "Kyiv"], ["Russia", "Ukraine"], "held"),
    (W, None, "The motorcade swept into Gimhae air base near Busan, where Donald Trump and Xi Jinping agreed to pause their export curbs; Trump had arrived from Gyeongju that morning.", ["Gimhae air base"], ["Gyeongju"], ["Donald Trump", "Xi Jinping"], "held"),
    (W, None, "Ministers later went on to Brussels, where the EU's foreign affairs council gathered in the afternoon, after the morning's talks with Marco Rubio at NATO's Washington office.", [], ["Brussels"], ["Marco Rubio", "Kaja Kallas"], "held"),
    (T, None, "Jeddah was where it started: the Sudanese army and the Rapid Support Forces negotiated there for five weeks in 2023, until the talks were suspended; a later round in Geneva went ahead without the army.", ["Jeddah"], ["Geneva"], ["Sudanese army", "Rapid Support Forces"], "held"),
    (T, None, "Abu Dhabi came into the picture late: the Russian and Ukrainian delegations gathered there in November, weeks after a round in Istanbul.", ["Abu Dhabi"], ["Istanbul"], ["Russia", "Ukraine"], "held"),
    (T, None, "The leaders flew into Kananaskis on Sunday night and convened there on Monday; Ottawa had chosen the resort for its seclusion.", ["Kananaskis"], ["Ottawa"], ["G7"], "held"),
    (T, None, "Muscat was the venue again on 26 April: Abbas Araghchi and Steve Witkoff held indirect talks there, a week after a round in Rome.", ["Muscat"], ["Rome"], ["Abbas Araghchi", "Steve Witkoff"], "held"),
    (T, None, "Geneva was picked for the follow-up: Ukrainian and American officials met there on 23 November, after a week of drafts passed between Kyiv and Washington.", ["Geneva"], ["Kyiv", "Washington"], ["Ukraine", "United States"], "held"),
    (P, None, "Conferring at the Vatican before the funeral mass, Donald Trump and Volodymyr Zelenskyy spoke for about fifteen minutes, then flew out of Rome separately.", ["Vatican"], ["Rome"], ["Donald Trump", "Volodymyr Zelenskyy"], "held"),
    (P, None, "Gathering at Sharm el-Sheikh on 13 October, Donald Trump, Abdel Fattah al-Sisi and some twenty other leaders endorsed the Gaza plan, which had been drafted in Washington.", ["Sharm el-Sheikh"], ["Washington"], ["Donald Trump", "Abdel Fattah al-Sisi"], "held"),
    (D, "GENEVA, Switzerland (Alpine Wire) - ", "American and Chinese trade officials wrapped up two days of talks at a villa in the Swiss city on Sunday, with a joint statement promised from Washington and Beijing.", ["Geneva"], ["Washington", "Beijing"], ["United States", "China"], "held"),
    (D, "RIYADH, Saudi Arabia - ", "Marco Rubio and Sergei Lavrov held four and a half hours of talks in the Saudi capital on Tuesday.", ["Riyadh"], [], ["Marco Rubio", "Sergei Lavrov"], "held"),
    (D, "ANTALYA, Turkey - ", "The foreign ministers sat down at a hotel in the resort on Thursday, with Turkey's foreign minister in the chair, a fortnight after a call between Moscow and Kyiv.", ["Antalya"], ["Moscow"], ["Sergei Lavrov", "Dmytro Kuleba"], "held"),
    (A, None, "Benjamin Netanyahu landed in Washington on Sunday to take part in talks with Donald Trump at the White House; he had flown in from Budapest.", ["Washington"], ["Budapest"], ["Benjamin Netanyahu", "Donald Trump"], "held"),
    (A, None, "Rustem Umerov travelled to Miami for a round of talks with Steve Witkoff, arriving from Kyiv by way of Warsaw.", ["Miami"], ["Kyiv", "Warsaw"], ["Rustem Umerov", "Steve Witkoff"], "held"),
    (S, None, "Their meeting, billed as a working visit, ran past midnight at the Kremlin; Witkoff had been to Saint Petersburg in April.", ["Kremlin"], ["Saint Petersburg"], ["Steve Witkoff", "Vladimir Putin"], "held"),
    (S, None, "The summit, hosted by Anwar Ibrahim, opened at the Kuala Lumpur Convention Centre on Sunday, a year after Vientiane.", ["Kuala Lumpur Convention Centre"], ["Vientiane"], ["ASEAN"], "held"),
    (S, None, "The talks, which began in Doha in July, were concluded in Washington on 4 December with a signing.", ["Washington"], ["Doha"], ["Democratic Republic of Congo", "Rwanda"], "held"),
    (S, None, "Their talks lasted about an hour at Mar-a-Lago, and a further session in Geneva was set for the following week.", ["Mar-a-Lago"], ["Geneva"], ["Donald Trump", "Volodymyr Zelenskyy"], "held"),
    (S, None, "A second round, after the one in Istanbul, took place in the same palace in June.", [], ["Istanbul"], ["Russia", "Ukraine"], "held"),
    (N, None, "Indian and Pakistani military officers met at the Wagah crossing on Saturday to confirm the halt in firing.", ["Wagah crossing"], [], ["India", "Pakistan"], "held"),
    (N, None, "Indian and Pakistani military officers met at the Wagah crossing on Saturday to confirm the halt in firing.", [], ["Wagah crossing"], ["Thailand", "Cambodia"], "held"),
    (N, None, "Chinese and American negotiators met in London on 9 June, a month after a first round in Geneva.", ["London"], ["Geneva"], ["China", "United States"], "held"),
    (N, None, "Chinese and American negotiators met in London on 9 June, a month after a first round in Geneva.", [], ["London"], ["Japan", "South Korea"], "held"),
    (N, None, "Rwandan and Congolese ministers met in Washington in June and initialled a draft peace deal.", ["Washington"], [], ["Rwanda", "Democratic Republic of Congo"], "held"),
    (N, None, "Rwandan and Congolese ministers met in Washington in June and initialled a draft peace deal.", [], ["Washington"], ["Ethiopia", "Eritrea"], "held"),
    (N, None, "Saudi and Iranian envoys met in Beijing in March 2023 and agreed to restore ties, with Chinese officials at the table.", ["Beijing"], [], ["Saudi Arabia", "Iran"], "held"),
    (N, None, "Saudi and Iranian envoys met in Beijing in March 2023 and agreed to restore ties, with Chinese officials at the table.", [], ["Beijing"], ["Israel", "Lebanon"], "held"),
    (N, None, "British and French defence chiefs met in Paris on Tuesday; German officials joined by video from Berlin.", ["Paris"], ["Berlin"], ["United Kingdom", "France"], "held"),
    (N, None, "Thai officials said the Cambodian and Malaysian delegations met in Kuala Lumpur.", [], ["Kuala Lumpur"], ["Thailand", "Vietnam"], "held"),
    (N, None, "Armenian and Azerbaijani foreign ministers met in Washington on 8 August, the day their leaders signed the declaration.", ["Washington"], [], ["Armenia", "Azerbaijan"], "held"),
]
# fmt: on
for category, lead, text, passes, fails, parties, status in CASES:
    summit(category, text, sentences(text), passes, fails, parties, status, lead=lead)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
