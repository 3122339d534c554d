# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status, party, place and actor set of the causes checks 24 and 25 left open (``grounding_parties7.jsonl``), one category per cause group:

- ``statuses-stances``: a side that congratulates, commends, thanks or praises others on a
  truce, calls it a "positive step" / "step forward" / a step "in the right direction", or
  calls on others to abide by, respect, commit to, honour, uphold or observe it supports it
  (pass); the one congratulated, commended, thanked, praised, lauded or applauded (alone, in
  a list, after a title) takes no stance by being praised, and a side only calling the truce
  a ploy or saying nothing of it does not support it (fail); a side that imposes a truce or
  suspends its own operations or strikes proposes it (pass), the target of the suspended
  operations, one announcing it, one imposing sanctions or suspending exports (fail); a truce
  dated by a holiday after a word of time ("which began on Christmas Eve", "since the Easter
  holiday") is still full (pass), a truce for, or named after, a holiday (fail); sinking or
  torpedoing ships is an attack (pass), a ferry sinking in a storm or talks sinking into
  deadlock is not (fail); extending support, backing, congratulations, an invitation or
  solidarity to a truce proposes no extension (fail), offering, wanting or proposing to extend
  it does (pass); a meeting held "when / while meeting with" someone, or talks, a meeting or a
  summit that "led to", "produced" or "resulted in" something (pass), one expected to produce,
  hoped to lead to, that could result in, or due to meet (fail);
- ``parties-places``: a planned summit's place named in a relative clause or a plan before a
  verb of hosting ("Fiji, which is due to host next year's Pacific Islands Forum summit",
  "Doha, which will also host the special summit") and a held meeting's place before
  ", where they met" (pass); the host of "next year's" or "last year's" summit as the place
  of a summit whose timing says otherwise (fail), of one whose timing is "next year" (pass);
  a planned meeting's place in an aside after it ("the ASEAN summit, scheduled to take place on
  10 and 11 May in Vientiane, has been pushed back") (pass), unless the meeting is then moved
  ("will now be held in Bangkok", "was moved to Montevideo"), or a place after an aside that
  only dates it (fail); a place hosting something else ("which will host the rugby
  final"), a place that hosted an earlier summit, a ", where" clause with no meeting, a
  meeting held in another city (fail); a party that agrees or backs in its own clause (pass),
  a backer named only in a hedged relative clause ("the M23, which Rwanda is accused of
  arming,", "whom Russia is widely believed to back") (fail); a meeting's party who meets,
  or who is urged to talk ("urged Armenia and Azerbaijan to resume talks") (pass), what the
  meeting discusses or addresses ("to address Donald Trump's deportation policy"), the one
  urging others to talk, the mediator ("under the mediation of Tanzania", "facilitated by the
  United States"), the one only tagging the report (", the Tanzanian presidency said") or the
  dateline's capital ("DODOMA - Kenya and Uganda agreed to hold talks") (fail);
- ``event-actors``: who holds people or ground, or hosts an occasion, named after "by" of a
  participle right after its noun ("the release of hostages held by Hamas", "areas occupied
  by Russia", "a seminar hosted by the Interior Ministry") is no actor of the event (fail);
  the same names as subjects ("Hamas released three hostages"), a meeting's host or
  organiser ("The talks hosted by Kenya ended", "Talks organised by Egypt opened"), who
  seizes or shells what others hold (pass); an event's place named only as the sentence's
  dateline ("HANOI (Lotus Wire) - The two foreign ministers met in Vientiane") when the
  sentence puts the event at another place after "in / at / near" (fail), a dateline place
  the sentence names again or leaves as the only place ("KYIV (Reuters) - Russian missiles
  hit the capital"), or the other place itself (pass).

Run ``python tests/data/make_parties7_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties7.jsonl")

LEADS = [
    "Harbourline Post | World news",
    "Updated 14:05 - Staff and agencies",
    "By Tomas Arriaga, Meridian Daily",
    "Transcript: regional briefing (edited for length)",
    "Live blog: ceasefire diplomacy, as it happened",
    "LISBON (Atlantic Wire) - From our foreign desk.",
    "Share this story | 3 min read",
]

built = SupportCases("p7", LEADS, closing="More to follow.")
add = built.add
article = built.page


def supports(expect: bool, name: str, sentence: str, field: str) -> None:
    position = {"party": name, "stance": "supports", "evidence": [sentence]}
    truce = {"kind": "full", "evidence": [sentence], "positions": [position]}
    add("statuses-stances", expect, f"{name} supports ({field}): {sentence[:60]}",
        article(sentence), {"ceasefires": [truce]}, f"ceasefires[0].positions[0].{field}")  # fmt: skip


def praise_cases() -> None:
    for name, sentence in [
        ("Volodymyr Zelenskyy", "Volodymyr Zelenskyy has congratulated Donald Trump on the Gaza ceasefire."),
        ("Antonio Guterres", "Antonio Guterres commended the mediators for the truce between Israel and Hamas."),
        ("Jordan", "Jordan's foreign ministry described the ceasefire as a first positive step."),
        ("Kenya", "Kenya congratulated both sides on the truce, calling it a step in the right direction."),
        ("India", "India commended the ceasefire announced on Sunday."),
        ("Emmanuel Macron", "In a post on X, Emmanuel Macron congratulated Armenia and Azerbaijan on the ceasefire."),
        ("Brazil", "The truce is a positive step, Brazil's foreign ministry said in a statement."),
        ("Norway", "Norway commends all parties for agreeing to the humanitarian pause."),
        ("African Union", "The African Union congratulated the Sudanese parties on the Jeddah truce."),
        ("Indonesia", "Indonesia congratulates Thailand and Cambodia on their ceasefire agreement, the ministry said."),
        ("Sri Lanka", "The government of Sri Lanka commended the efforts that led to the ceasefire in Gaza."),
        ("Jordan", "Jordan called on Israel to abide by the ceasefire with Hamas."),
        ("European Union", "The European Union called on both sides to commit to the ceasefire deal."),
        ("Ghana", "Ghana calls on the warring parties to respect the truce, its foreign minister said."),
        ("Japan", "Calling the truce a welcome step forward, Japan's government promised aid."),
    ]:  # fmt: skip
        supports(True, name, sentence, "stance")
        supports(True, name, sentence, "party")
    for name, sentence in [
        ("Donald Trump", "Volodymyr Zelenskyy has congratulated Donald Trump on the Gaza ceasefire."),
        ("Egypt", "Antonio Guterres commended Egypt and Qatar for their efforts to restore calm."),
        ("Qatar", "Antonio Guterres commended Egypt and Qatar for their efforts to restore calm."),
        ("Armenia", "In a post on X, Emmanuel Macron congratulated Armenia and Azerbaijan on the ceasefire."),
        ("Donald Trump", "Zelenskyy thanked President Donald Trump for the ceasefire in Gaza."),
        ("Egypt", "The secretary-general commended Egypt for its tireless mediation of the truce."),
        ("Norway", "Colombia's president thanked Norway and Cuba for hosting the talks that produced the truce."),
        ("Turkey", "Ukraine lauded Turkey for its role in the grain corridor truce."),
        ("Malaysia", "Thai officials applauded Malaysia, the ASEAN chair, for the ceasefire deal."),
        ("Joe Biden", "Netanyahu's office said he congratulated President Joe Biden on the ceasefire in Lebanon."),
        ("Qatar", "Kenya praised Qatar for the truce, a spokesman said."),
    ]:  # fmt: skip
        supports(False, name, sentence, "party")
    for name, sentence in [
        ("Jordan", "Jordan said the ceasefire was a ploy to buy time for Israel."),
        ("Kenya", "Kenya's president flew to Addis Ababa on the day the truce began."),
    ]:  # fmt: skip
        supports(False, name, sentence, "stance")


def proposer(expect: bool, name: str, sentence: str) -> None:
    truce = {"kind": "full", "proposer": name, "evidence": [sentence]}
    add("statuses-stances", expect, f"proposer {name}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].proposer")  # fmt: skip


def full_kind(expect: bool, sentence: str) -> None:
    truce = {"kind": "full", "evidence": [sentence]}
    add("statuses-stances", expect, f"kind full: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].kind")  # fmt: skip


def event_kind(expect: bool, kind: str, sentence: str) -> None:
    event = {"kind": kind, "description": "what the article reports", "evidence": [sentence]}
    add("statuses-stances", expect, f"event {kind}: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].kind")  # fmt: skip


def own_halt_cases() -> None:
    for name, sentence in [
        ("Myanmar", "Myanmar's military will impose a three-day truce to mark the water festival."),
        ("Pakistan", "Pakistan has suspended all military operations in the tribal areas for Ramadan."),
        ("Ethiopia", "Ethiopia imposed a unilateral ceasefire in Tigray on Monday, the state broadcaster said."),
        ("Colombia", "Colombia's government suspended its offensive against the ELN for the Christmas season."),
        ("Russia", "Russia imposes a 30-hour Easter truce, the Kremlin says."),
        ("Thailand", "The Thai army suspends all operations along the border from midnight."),
        ("Israel", "Israel said it would suspend strikes in Rafah for 48 hours."),
    ]:  # fmt: skip
        proposer(True, name, sentence)
    for name, sentence in [
        ("Taliban", "Pakistan has suspended all military operations against the Taliban."),
        ("United Nations", "The UN said Ethiopia imposed a unilateral ceasefire in Tigray."),
        ("ELN", "Colombia's government suspended its offensive against the ELN for the Christmas season."),
        ("European Union", "The European Union imposed sanctions on the junta, which declared a truce a day later."),
        ("Ukraine", "Ukraine suspended grain exports after Russia declared a truce."),
        ("United States", "The United States imposed tariffs on the day Moscow declared its Easter truce."),
    ]:  # fmt: skip
        proposer(False, name, sentence)
    for sentence in [
        "The rebels are keeping to a ceasefire that began on Christmas Day.",
        "A truce in force since Easter has largely held, monitors said.",
        "The ceasefire, which started on Christmas Eve last year, is still holding.",
        "The front has been quiet under a ceasefire since the Easter holiday.",
        "The truce which began on the Christmas Eve last year was extended.",
    ]:  # fmt: skip
        full_kind(True, sentence)
    for sentence in [
        "The army declared a truce for Christmas.",
        "A Christmas truce began on Monday.",
        "Russia announced an Easter truce from Saturday evening.",
        "The rebels offered a holiday ceasefire starting on Friday.",
        "The sides agreed to a humanitarian pause until Christmas.",
    ]:  # fmt: skip
        full_kind(False, sentence)
    for sentence in [
        "US forces sank three boats in the Caribbean, killing 11 people.",
        "The navy said it had sunk two vessels carrying fighters.",
        "A submarine torpedoed the cruiser overnight, the ministry said.",
    ]:  # fmt: skip
        event_kind(True, "attack", sentence)
    for sentence in [
        "The ferry sank in a storm off the coast, killing 40 people.",
        "Talks sank into deadlock over the border question.",
    ]:  # fmt: skip
        event_kind(False, "attack", sentence)


def truce_status(expect: bool, status: str, sentence: str) -> None:
    truce = {"kind": "full", "status": status, "evidence": [sentence]}
    add("statuses-stances", expect, f"truce {status}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].status")  # fmt: skip


def meeting_status(expect: bool, parties: list[str], sentence: str) -> None:
    why = f"held: {sentence[:60]}"
    built.meeting_status("statuses-stances", expect, "held", [sentence], why, parties)


def gesture_and_held_cases() -> None:
    for sentence in [
        "Malaysia extended its full support to the ceasefire agreement signed in Doha.",
        "The bloc extends its congratulations to both sides on the truce now in force.",
        "Chile has extended its backing to the truce agreed on Sunday.",
        "Kenya extended an invitation to both sides after the ceasefire took effect.",
        "Japan extended its solidarity to the people of Gaza as the ceasefire held.",
    ]:  # fmt: skip
        truce_status(False, "proposed", sentence)
    for sentence in [
        "Egypt proposed to extend the truce by two days.",
        "Mediators want to extend the ceasefire for another week.",
        "Qatar offered to extend the pause, officials said.",
        "The rebels called for the truce to be extended.",
    ]:  # fmt: skip
        truce_status(True, "proposed", sentence)
    for parties, sentence in [
        (["Min Aung Hlaing", "Srettha Thavisin"], "Min Aung Hlaing announced the pause when meeting with visiting Thai premier Srettha Thavisin."),
        (["Olaf Scholz", "Emmanuel Macron"], "While meeting with Emmanuel Macron in Paris, Olaf Scholz backed the plan."),
        (["Sudan", "Rapid Support Forces"], "The talks in Jeddah, which led to the signing of a humanitarian declaration, were praised by the UN."),
        (["Kenya", "Somalia"], "The summit produced a joint statement on the truce."),
        (["Israel", "Hamas"], "Two rounds of talks in Cairo produced a draft text, mediators said."),
        (["Zambia", "Angola"], "The Lusaka meeting resulted in a pledge to withdraw troops."),
    ]:  # fmt: skip
        meeting_status(True, parties, sentence)
    for parties, sentence in [
        (["Kenya", "Somalia"], "The summit is expected to produce a joint statement on the truce."),
        (["Israel", "Hamas"], "Officials hope the talks will lead to a lasting truce."),
        (["Zambia", "Angola"], "The meeting could result in a new ceasefire."),
        (["Qatar", "Egypt"], "Leaders are due to meet in Doha next month to discuss the truce."),
    ]:  # fmt: skip
        meeting_status(False, parties, sentence)


def place(expect: bool, parties: list[str], sentence: str, where: str, status: str = "scheduled", timing: str | None = None) -> None:  # fmt: skip
    why = f"place {where}: {sentence[:60]}"
    built.meeting_place("parties-places", expect, where, [sentence], why, parties, status,
                        planned_timing=timing)  # fmt: skip


def party(expect: bool, name: str, sentence: str, stance: str = "agreed") -> None:
    position = {"party": name, "stance": stance, "evidence": [sentence]}
    truce = {"kind": "full", "evidence": [sentence], "positions": [position]}
    add("parties-places", expect, f"party {name}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].positions[0].party")  # fmt: skip


PIF = ["Pacific Islands Forum"]


def summit_party(expect: bool, parties: list[str], index: int, sentence: str, status: str = "held") -> None:  # fmt: skip
    why = f"summit party {parties[index]}: {sentence[:60]}"
    built.meeting_party("parties-places", expect, parties, index, [sentence], why, status)


def summit_party_cases() -> None:
    for parties, index, sentence, status in [
        (["Kenya", "Uganda"], 0, "Kenya and Uganda met in Nairobi under the mediation of Tanzania.", "held"),
        (["Armenia", "Azerbaijan"], 0, "The UN urged Armenia and Azerbaijan to resume talks in Vienna.", "proposed"),
        (["Vladimir Putin", "Volodymyr Zelensky"], 0, "Vladimir Putin urged Volodymyr Zelensky to meet him in Moscow.", "proposed"),
        (["Israel", "Lebanon"], 0, "Israel and Lebanon held talks mediated by the United States.", "held"),
        (["Egypt", "Ethiopia"], 1, "Egypt and Ethiopia met to discuss the dam.", "held"),
        (["Gustavo Petro", "Xiomara Castro"], 1, "Gustavo Petro met Xiomara Castro to discuss migration.", "held"),
        (["Serbia", "Kosovo"], 1, "The European Union pressed Serbia and Kosovo to resume their dialogue.", "proposed"),
        (["Kenya", "Uganda"], 1, "Kenya and Uganda agreed to hold talks, the Tanzanian presidency said.", "scheduled"),
        (["Egypt", "Sudan"], 0, "CAIRO (Nile Wire) - Egyptian and Sudanese officials met in Port Sudan on Sunday.", "held"),
        (["Angola", "DR Congo"], 0, "Angola's president met Felix Tshisekedi in Luanda, the Angolan presidency said.", "held"),
        (["Hans Grundberg", "Michael Lollesgaard"], 1, "Hans Grundberg will travel to Sanaa for talks with Houthi leaders and with the head of the monitoring mission, Danish general Michael Lollesgaard, a spokesman said.", "scheduled"),
    ]:  # fmt: skip
        summit_party(True, parties, index, sentence, status)
    for parties, index, sentence, status in [
        (["Kenya", "Tanzania"], 1, "Kenya and Uganda met in Nairobi under the mediation of Tanzania.", "held"),
        (["Armenia", "United Nations"], 1, "The UN urged Armenia and Azerbaijan to resume talks in Vienna.", "proposed"),
        (["CELAC", "Donald Trump"], 1, "CELAC leaders were meant to meet to address Donald Trump's deportation policy.", "cancelled"),
        (["Egypt", "Sudan"], 1, "Egypt and Ethiopia met to discuss Sudan.", "held"),
        (["Israel", "United States"], 1, "Israel and Lebanon held talks facilitated by the United States.", "held"),
        (["Serbia", "European Union"], 1, "The European Union pressed Serbia and Kosovo to resume their dialogue.", "proposed"),
        (["Gustavo Petro", "Nicolas Maduro"], 1, "Gustavo Petro met Lula in Brasilia to tackle Nicolas Maduro's election claims.", "held"),
        (["Kenya", "Tanzania"], 1, "Kenya and Uganda agreed to hold talks, the Tanzanian presidency said.", "scheduled"),
        (["Kenya", "Tanzania"], 1, "DODOMA - Kenya and Uganda agreed to hold talks next week.", "scheduled"),
        (["Rwanda", "Angola"], 1, "LUANDA (Atlantic Wire) \u2013 Rwanda and DR Congo held talks on Tuesday.", "held"),
        (["Israel", "Egypt"], 1, "Israel and Hamas agreed to resume talks, Egypt's foreign ministry said.", "scheduled"),
    ]:  # fmt: skip
        summit_party(False, parties, index, sentence, status)


def host_place_cases() -> None:
    for parties, sentence, where, status in [
        (PIF, "Vanuatu will talk with Fiji, which is due to host next year's Pacific Islands Forum summit.", "Fiji", "scheduled"),
        (["ECOWAS"], "The ministers praised Ghana, which is set to host the ECOWAS summit in December.", "Ghana", "scheduled"),
        (["SADC"], "Officials in Luanda, which hosts the regional summit next month, said preparations were on track.", "Luanda", "scheduled"),
        (["East African Community"], "Kenya, which is expected to host an emergency summit of East African leaders, has invited Somalia.", "Kenya", "proposed"),
        (["Arab League"], "Doha, which will also host the special summit on Gaza, is tightening security.", "Doha", "scheduled"),
        (["ASEAN"], "The bloc thanked Malaysia, which is scheduled to host this year's ASEAN summit in October.", "Malaysia", "scheduled"),
        (["Commonwealth"], "Samoa, which is slated to host the Commonwealth summit for the first time, is building a new hall.", "Samoa", "scheduled"),
        (["John Allen", "Brett McGurk"], "General John Allen and Brett McGurk were in Jakarta today, where they met the defence minister.", "Jakarta", "held"),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], "Recep Tayyip Erdogan flew to Sochi on Friday, where he met Vladimir Putin for three hours.", "Sochi", "held"),
        (["Antony Blinken", "Wang Yi"], "Antony Blinken was in Beijing on Monday, where he held talks with Wang Yi.", "Beijing", "held"),
        (["William Ruto", "Yoweri Museveni"], "William Ruto travelled to Entebbe to see Yoweri Museveni, where the two leaders met behind closed doors.", "Entebbe", "held"),
    ]:  # fmt: skip
        place(True, parties, sentence, where, status)
    for parties, sentence, where, status in [
        (PIF, "Fiji, which is due to host a trade fair next year, will skip the Pacific Islands Forum summit.", "Fiji", "scheduled"),
        (PIF, "Tonga, which will host the rugby final, sent its prime minister to the Pacific Islands Forum summit in Suva.", "Tonga", "scheduled"),
        (["African Union"], "Kenya, which is expected to host the African Cup next year, said the African Union summit would be held in Addis Ababa.", "Kenya", "scheduled"),
        (["ECOWAS"], "Ghana, which hosted the ECOWAS summit last year, wants the next one to be held in Abuja.", "Ghana", "scheduled"),
        (["John Allen", "Brett McGurk"], "John Allen and Brett McGurk were in Jakarta today, where they announced new aid; they meet the minister in Bali on Friday.", "Jakarta", "scheduled"),
        (["Antony Blinken", "Wang Yi"], "Antony Blinken was in Beijing on Monday, where he gave a speech, and later met Wang Yi in Shanghai.", "Beijing", "held"),
    ]:  # fmt: skip
        place(False, parties, sentence, where, status)
    for parties, sentence, where, timing in [
        (PIF, "Fiji, which is due to host next year's Pacific Islands Forum summit, has begun planning.", "Fiji", "next year"),
        (["ASEAN"], "Malaysia, which hosts next year's ASEAN summit, named a new envoy for the talks.", "Malaysia", "next year"),
    ]:  # fmt: skip
        place(True, parties, sentence, where, "scheduled", timing)
    for parties, sentence, where, timing in [
        (["ASEAN"], "Laos will talk with Malaysia, which hosts next year's ASEAN summit, about delaying this year's.", "Malaysia", "October"),
        (PIF, "Tonga, which hosted last year's Pacific Islands Forum summit, will advise Samoa on this one.", "Tonga", "September"),
        (PIF, "Samoa will consult Fiji, which is due to host next year's Pacific Islands Forum summit, about the August meeting.", "Fiji", "August"),
    ]:  # fmt: skip
        place(False, parties, sentence, where, "postponed", timing)
    for parties, sentence, where, status in [
        (["APEC"], "The APEC leaders' summit, which was to be held in Santiago, has been called off.", "Santiago", "cancelled"),
        (["ASEAN"], "The ASEAN summit, scheduled to take place on 10 and 11 May in Vientiane, has been pushed back to June.", "Vientiane", "postponed"),
        (["Mercosur"], "The Mercosur summit, set for next week in Asuncion, will go ahead as planned.", "Asuncion", "scheduled"),
        (["CELAC"], "Honduras said the CELAC summit, due to take place in Tegucigalpa on Thursday, was cancelled.", "Tegucigalpa", "cancelled"),
        (["G20"], "The G20 summit, originally planned for Johannesburg in November, was delayed.", "Johannesburg", "postponed"),
    ]:  # fmt: skip
        place(True, parties, sentence, where, status)
    for parties, sentence, where, status in [
        (["ASEAN"], "The ASEAN summit, which was to take place in Vientiane, will now be held in Bangkok.", "Vientiane", "scheduled"),
        (["G20"], "The G20 summit, originally planned for Johannesburg, has been moved to Cape Town.", "Johannesburg", "scheduled"),
        (["CELAC"], "The CELAC summit, scheduled for Thursday, drew protests in Caracas.", "Caracas", "scheduled"),
        (["Mercosur"], "The Mercosur summit, set to take place in Asuncion, was moved to Montevideo.", "Asuncion", "scheduled"),
    ]:  # fmt: skip
        place(False, parties, sentence, where, status)
    party(
        True, "Rwanda", "Rwanda, which is accused of arming the M23, accepted the truce on Sunday."
    )
    party(
        True,
        "Iran",
        "The Houthis, which Iran backs, accepted the truce, and Iran said it agreed to it too.",
    )
    for name, sentence, stance in [
        ("Rwanda", "The M23, which Rwanda is accused of arming, accepted the truce.", "agreed"),
        ("Iran", "The Houthis, which Iran is said to fund, agreed to the pause.", "agreed"),
        ("Russia", "The separatists, whom Russia is widely believed to back, signed the ceasefire.", "agreed"),
        ("Eritrea", "Al-Shabaab, which Eritrea was long suspected of funding, rejected the truce.", "rejects"),
        ("Rwanda", "AFC rebels, that Rwanda is alleged to control, said they would respect the ceasefire.", "agreed"),
    ]:  # fmt: skip
        party(False, name, sentence, stance)


def actor(expect: bool, name: str, sentence: str) -> None:
    event = {"description": "what the article reports", "actors": [name], "evidence": [sentence]}
    add("event-actors", expect, f"actor {name}: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def holder_cases() -> None:
    for name, sentence in [
        ("Hamas", "Israel moved prisoners to Ofer ahead of the release of hostages held by Hamas."),
        ("Interior Ministry", "Malik announced the pause at a seminar hosted by the Interior Ministry."),
        ("Kenya", "The envoy outlined the plan at a dinner hosted by Kenya on the sidelines."),
        ("M23", "Aid reached towns controlled by the M23 for the first time in months."),
        ("Houthis", "The UN negotiated the release of sailors still held by the Houthis."),
        ("Russia", "Ukraine struck fuel depots in areas occupied by Russia, officials said."),
        ("Ministry of Foreign Affairs", "The minister announced the truce at a reception organised by the Ministry of Foreign Affairs."),
        ("Hezbollah", "Israeli jets struck villages held by Hezbollah overnight."),
        ("ELN", "The army said it had freed civilians kidnapped by the ELN in Arauca."),
        ("University of Nairobi", "Ruto announced the plan at a symposium hosted by the University of Nairobi."),
        ("Rapid Support Forces", "Aid convoys entered territory controlled by the Rapid Support Forces on Sunday."),
        ("Taliban", "Pakistan's army freed soldiers detained by the Taliban in a raid on Tuesday."),
    ]:  # fmt: skip
        actor(False, name, sentence)
    for name, sentence in [
        ("Hamas", "Hamas released three hostages held in Gaza since October."),
        ("Kenya", "The talks hosted by Kenya ended without a deal."),
        ("Hamas", "Hamas freed the hostages it had held since 2023."),
        ("Interior Ministry", "The Interior Ministry hosted a seminar where the pause was announced."),
        ("M23", "The M23 seized towns held by the army, the UN said."),
        ("Qatar", "Qatar hosted a dinner at which the deal was sealed."),
        ("Russia", "Russia shelled areas held by Ukraine overnight."),
        ("Egypt", "Talks organised by Egypt opened in Cairo on Monday."),
        ("Hezbollah", "Hezbollah fired rockets at towns held by Israeli troops."),
        ("ELN", "The ELN kidnapped two soldiers in Arauca, the army said."),
        ("Rapid Support Forces", "The Rapid Support Forces shelled camps held by the army near El Fasher."),
        ("Houthis", "The Houthis, who held the sailors for a year, released them on Wednesday."),
    ]:  # fmt: skip
        actor(True, name, sentence)


def site(expect: bool, kind: str, where: str, sentence: str) -> None:
    event = {
        "kind": kind,
        "description": "what the article reports",
        "place": where,
        "evidence": [sentence],
    }
    add("event-actors", expect, f"{kind} place {where}: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].place")  # fmt: skip


def dateline_cases() -> None:
    for kind, where, sentence in [
        ("talks", "Hanoi", "HANOI (Lotus Wire) \u2013 The two foreign ministers met in Vientiane on Friday."),
        ("attack", "Nairobi", "NAIROBI, March 3 (Savanna Press) - Clashes broke out in Goma on Sunday."),
        ("attack", "Beirut", "BEIRUT (AFP) \u2014 Israeli strikes killed five people near Tyre on Tuesday."),
        ("talks", "Addis Ababa", "Addis Ababa, January 9 \u2013 The envoys held talks at Bahir Dar on Thursday."),
        ("talks", "Cairo", "CAIRO - Negotiators met in Doha on Monday to discuss the truce."),
        ("attack", "Dakar", "DAKAR (West Coast Wire) \u2013 Soldiers clashed with rebels near Timbuktu overnight."),
        ("talks", "Tokyo", "TOKYO (Kyodo) \u2014 The leaders met at Camp David on Saturday."),
        ("talks", "Geneva", "GENEVA, June 2 (UN News) - Talks between the two sides resumed in Vienna."),
        ("talks", "Jakarta", "Jakarta (Antara) - The ministers met in Kuala Lumpur on Friday."),
        ("talks", "Brussels", "BRUSSELS - Ministers from both countries met in Luxembourg, diplomats said."),
    ]:  # fmt: skip
        site(False, kind, where, sentence)
    for kind, where, sentence in [
        ("attack", "Kyiv", "KYIV (Reuters) - Russian missiles hit the capital overnight, killing four people."),
        ("attack", "Gaza City", "GAZA CITY (AP) \u2014 Israeli strikes killed 20 people in Gaza City on Sunday."),
        ("talks", "Doha", "DOHA (Gulf Wire) - The negotiators met in Doha on Monday."),
        ("talks", "Vientiane", "The two foreign ministers met in Vientiane on Friday."),
        ("talks", "Vientiane", "HANOI (Lotus Wire) \u2013 The two foreign ministers met in Vientiane on Friday."),
        ("attack", "Beirut", "BEIRUT (AFP) \u2014 Israeli strikes hit Beirut's southern suburbs on Tuesday."),
        ("attack", "Khartoum", "KHARTOUM, May 4 (Nile Wire) - Fighting raged in Khartoum for a third day."),
        ("talks", "Nay Pyi Taw", "Nay Pyi Taw (Golden Wire) \u2013 The general met the visiting premier on Friday, state media said."),
        ("talks", "Addis Ababa", "ADDIS ABABA, January 9 \u2013 The envoys held talks in the capital on Thursday."),
        ("attack", "Bujumbura", "BUJUMBURA (Lake Wire) - Burundi's army shelled positions near Bujumbura overnight."),
    ]:  # fmt: skip
        site(True, kind, where, sentence)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    praise_cases()
    own_halt_cases()
    gesture_and_held_cases()
    host_place_cases()
    summit_party_cases()
    holder_cases()
    dateline_cases()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
