# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status, party and place set of check 21's causes (``grounding_parties4.jsonl``),
by category:

- ``talks``: a meeting named only "the talks" / "the negotiations" is the fact's meeting: its
  place ("The talks were held in Addis Ababa") and that it was held ("The talks ... started on
  Thursday running through Friday into Saturday morning", "ran into", "lasted") (pass); talks
  whose noun says they are others' ("the talks between Russia and Ukraine"), others ending
  them, a negated place, or talks still to come (fail);
- ``deal-between``: "the deal / truce / agreement between X and Y" that was made (brokered
  before the noun, or reached, signed, took effect after the list) words that X and Y agreed
  (pass); one only sought, possible, offered, drafted, hoped for or still to come (fail);
- ``place-time``: a meeting's place in a sentence whose time belongs to the saying ("Psaki
  said last month the summit in Washington was ...") or that the parties are travelling to
  ("leaders are on their way to Port Moresby") (pass); an earlier meeting's place, a transit
  point, strangers travelling (fail);
- ``proposed``: a truce called for as a need ("a sustainable ceasefire is needed", "must be
  reached", "should be declared", "we need a ceasefire") (pass); a truce that exists and must
  be kept, another thing needed, a negated need (fail);
- ``pulled-out``: a meeting held although someone walked out, left or had skipped another
  (pass); "after pulling out of / skipping / withdrawing from / missing the meeting" as the
  only meeting wording (fail);
- ``backers``: a party acting, a coalition's leader ("the Saudi-led coalition": decided, the
  leader takes part in its coalition's deal), a backed group itself (pass); the backer named
  in a modifier ("the Houthi group aligned with Iran", "the Iran-aligned Houthis", "loyal to
  Tehran", "backed by Turkey") (fail);
- ``hosts-calls``: a host who also meets ("Ramaphosa, who hosted the talks, met Tshisekedi"),
  the ones who met beside a call (pass); a host only, someone only phoned or video-called in a
  sentence about who met (fail);
- ``urged``: a party that agreed after being urged, also "both agreed" (pass); a party only
  urged when the sentence then names another party agreeing ("urged Ethiopia and the TPLF to
  hold talks; the TPLF agreed") (fail).

Run ``python tests/data/make_parties4_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_parties4.jsonl")

LEADS = [
    "ADDIS ABABA, May 10 (Horn Desk Wire) - Officials gave few other details.",
    "Live: the latest on the talks, from our correspondents.",
    "The Lakeside Courier | World desk",
    "NAIROBI, June 2 (Savanna Press) -- From our regional bureau.",
    "Morning briefing from the Westbrook Herald.",
    "By Ana Ruiz, Harbour Gazette",
]

built = SupportCases("p4", LEADS, closing="The story is developing.")
add = built.add
article = built.page


def meeting(
    category: str, expect: bool, parties: list[str], sentences: list[str], path: str,
    status: str | None = None, where: str | None = None,
) -> None:  # fmt: skip
    """A summit with ``parties``, its evidence ``sentences``; ``path`` is the field asked."""
    fact: dict[str, Any] = {"parties": parties, "evidence": sentences}
    if status is not None:
        fact["status"] = status
    if where is not None:
        fact["planned_location"] = where
    asked = f"summits[0].{path}"
    add(category, expect, f"{path} {where or status or ''}: {sentences[-1][:60]}",
        article(*sentences), {"summits": [fact]}, asked)  # fmt: skip


def place(category: str, expect: bool, parties: list[str], sentences: list[str], where: str, status: str = "held") -> None:  # fmt: skip
    meeting(category, expect, parties, sentences, "planned_location", status, where)


def held(category: str, expect: bool, parties: list[str], sentences: list[str], where: str | None = None) -> None:  # fmt: skip
    meeting(category, expect, parties, sentences, "status", "held", where)


def party(category: str, expect: bool, parties: list[str], which: int, sentence: str, status: str = "held") -> None:  # fmt: skip
    why = f"party {parties[which]}: {sentence[:60]}"
    built.meeting_party(category, expect, parties, which, [sentence], why, status)


def stance(category: str, expect: bool, name: str, sentence: str) -> None:
    """``name`` agreed to the truce the sentence reports: for ``deal-between`` the case asks
    whether the agreement is worded (the stance), for the others whether ``name`` is the one
    agreeing (the party)."""
    path = "stance" if category == "deal-between" else "party"
    why = f"{name} agreed ({path}): {sentence[:60]}"
    built.truce_position(category, expect, name, "agreed", [sentence], why, path, full=True)


def truce_status(category: str, expect: bool, sentence: str, status: str = "proposed") -> None:
    truce = {"kind": "full", "status": status, "evidence": [sentence]}
    add(category, expect, f"{status}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].status")  # fmt: skip


KM = ["Salva Kiir", "Riek Machar"]
KM_LEAD = (
    "South Sudan's President Salva Kiir and rebel leader Riek Machar signed a deal on Saturday."
)
SB = ["Michael Somare", "Frank Bainimarama"]


def talks_cases() -> None:
    for where, sentence in [
        ("Addis Ababa", "The talks were held in Addis Ababa."),
        ("Addis Ababa", "The talks leading to the deal started on Thursday running through Friday into the wee hours of Saturday morning in Addis Ababa, Ethiopia."),
        ("Nairobi", "The negotiations took place at a lakeside hotel in Nairobi."),
        ("Geneva", "The two-day talks wrapped up in Geneva late on Friday."),
        ("Luanda", "The talks ran into the early hours of Sunday in Luanda."),
        ("Doha", "The talks lasted nine hours in the Qatari capital, Doha."),
        ("Riyadh", "The negotiations were hosted in Riyadh by Saudi officials."),
        ("Kampala", "The long-awaited talks finally got under way in Kampala and ended on Sunday."),
    ]:  # fmt: skip
        place("talks", True, KM, [KM_LEAD, sentence], where)
    for sentence in [
        "The talks leading to the deal started on Thursday running through Friday into the wee hours of Saturday morning in Addis Ababa, Ethiopia.",
        "The talks ran into the early hours of Sunday in Luanda.",
        "The negotiations stretched into Saturday morning before the two men shook on it.",
        "The talks, which began on Thursday, ran through the night.",
        "The talks dragged on into a third day before the deal was struck.",
        "The talks lasted nine hours in the Qatari capital, Doha.",
    ]:  # fmt: skip
        held("talks", True, KM, [KM_LEAD, sentence])
    for where, sentence, status in [
        ("Istanbul", "The talks between Russia and Ukraine were held in Istanbul.", "held"),
        ("Istanbul", "Russia and Ukraine ended the talks in Istanbul on Friday.", "held"),
        ("Nairobi", "The talks will not be held in Nairobi, officials said.", "scheduled"),
        ("Jeddah", "The talks of the Sudanese army and the RSF took place in Jeddah.", "held"),
        ("Cairo", "Lavrov and Wang Yi concluded the talks in Cairo on Tuesday.", "held"),
        ("Arusha", "The talks in Arusha last year ended without a deal.", "scheduled"),
        ("Nairobi", "The talks were held in the Ethiopian capital; the leaders later flew to Nairobi.", "held"),
        ("Doha", "The negotiations with Hamas took place in Doha.", "held"),
    ]:  # fmt: skip
        place("talks", False, KM, [KM_LEAD, sentence], where, status)
    for sentence in [
        "The talks are due to start on Thursday in Addis Ababa.",
        "The talks began on Thursday and are running through Friday.",
        "The talks are expected to last into Saturday, officials said.",
        "The talks, set to run into Saturday, open on Thursday.",
        "The talks have been pushed back to next month.",
        "The negotiations will stretch into next week, a mediator said.",
    ]:  # fmt: skip
        held("talks", False, KM, [sentence])


def deal_between_cases() -> None:
    for name, sentence in [
        ("Houthis", "The UN-brokered deal on Friday between a Saudi-led coalition and the Houthis is the most significant step yet."),
        ("Hamas", "The Egyptian-mediated truce between Israel and Hamas came into force at dawn on Sunday."),
        ("Armenia", "A peace deal between Armenia and Azerbaijan was signed at the White House."),
        ("Azerbaijan", "The accord between Armenia and Azerbaijan, announced in Washington, ends decades of war."),
        ("Thailand", "A ceasefire between Thailand and Cambodia was reached in Kuala Lumpur on Monday."),
        ("Cambodia", "The Malaysia-brokered truce between Thailand and Cambodia is a first step toward peace."),
        ("India", "The ceasefire between India and Pakistan went into effect at 5 p.m. local time."),
        ("Israel", "The Qatar-brokered ceasefire between Israel and Hamas has been holding since January."),
        ("Ukraine", "A 30-hour truce between Russia and Ukraine began at 6 p.m. on Saturday."),
        ("Pakistan", "The US-brokered truce between India and Pakistan took effect on Saturday evening."),
        ("Hamas", "Under the deal struck on Wednesday between Israel and Hamas, hostages will be freed."),
        ("M23", "The signed agreement between Kinshasa and the M23 rebels sets a deadline for withdrawal."),
    ]:  # fmt: skip
        stance("deal-between", True, name, sentence)
    for name, sentence in [
        ("Armenia", "A deal between Armenia and Azerbaijan remains out of reach."),
        ("Armenia", "Mediators pushed for a deal between Armenia and Azerbaijan."),
        ("Thailand", "A possible truce between Thailand and Cambodia was discussed in Kuala Lumpur."),
        ("Israel", "Talks on a truce between Israel and Hamas stalled on Tuesday."),
        ("Ukraine", "A truce offered to Russia and Ukraine by Turkey went unanswered."),
        ("Hamas", "Egypt is trying to broker a truce between Israel and Hamas."),
        ("India", "The US hopes a ceasefire between India and Pakistan will be reached soon."),
        ("Pakistan", "Any deal between India and Pakistan would need parliament's approval."),
        ("Russia", "Negotiators are working toward a truce between Russia and Ukraine."),
        ("Cambodia", "A truce between Thailand and Cambodia could be signed next week."),
        ("Azerbaijan", "The proposed accord between Armenia and Azerbaijan was sent to both capitals."),
        ("Hamas", "Efforts to secure a ceasefire between Israel and Hamas continued on Monday."),
    ]:  # fmt: skip
        stance("deal-between", False, name, sentence)


def place_time_cases() -> None:
    BA = ["Joe Biden", "ASEAN"]
    TP = ["Donald Trump", "Vladimir Putin"]
    for parties, sentence, where, status in [
        (BA, 'Psaki said last month the summit in Washington was "a top priority" for the administration.', "Washington", "postponed"),
        (TP, "Trump said last week the meeting with Putin in Budapest was still on.", "Budapest", "scheduled"),
        (TP, "Kremlin aide Yuri Ushakov told reporters last week that the summit in Budapest was being prepared.", "Budapest", "scheduled"),
        (BA, "The White House said last month that the summit in Washington had been postponed.", "Washington", "postponed"),
        (TP, "Officials said earlier this week the summit in Helsinki will go ahead.", "Helsinki", "scheduled"),
        (SB, "Many leaders are already in New Zealand or other transit points on their way to Papua New Guinea.", "Papua New Guinea", "postponed"),
        (SB, "Forum leaders were en route to Port Moresby on Sunday ahead of the meeting.", "Port Moresby", "scheduled"),
        (TP, "Both leaders were bound for Anchorage on Friday morning.", "Anchorage", "scheduled"),
        (SB, "The two prime ministers are heading to Suva for their first meeting in a year.", "Suva", "scheduled"),
        (TP, "Delegations from both countries were travelling to Istanbul on Wednesday.", "Istanbul", "scheduled"),
        (BA, "Jen Psaki told journalists last month the summit in Washington would be rescheduled.", "Washington", "postponed"),
    ]:  # fmt: skip
        place("place-time", True, parties, [sentence], where, status)
    for parties, sentence, where, status in [
        (BA, "The summit in Washington last month ended without a deal, and the next is planned for Phnom Penh.", "Washington", "scheduled"),
        (BA, "Biden met ASEAN leaders in Washington last May; the next summit is planned for Phnom Penh.", "Washington", "scheduled"),
        (SB, "Many leaders are already in New Zealand or other transit points on their way to Papua New Guinea.", "New Zealand", "postponed"),
        (TP, "The delegations stopped over in Dubai on their way to Geneva.", "Dubai", "scheduled"),
        (TP, "Refugees on their way to Italy drowned off Libya, Putin said.", "Italy", "scheduled"),
        (BA, "Psaki said the last summit in Washington drew ten leaders.", "Washington", "scheduled"),
        (TP, "Officials said that last year the summit in Helsinki was a failure.", "Helsinki", "scheduled"),
        (TP, "Officials told reporters the meeting in Oslo last week had cleared the way for a summit.", "Oslo", "scheduled"),
        (SB, "The envoy was on his way to Auckland when the forum meeting was called off.", "Auckland", "cancelled"),
        (TP, "Ministers on their way to Brussels were stuck in Vienna after flights were cancelled.", "Vienna", "scheduled"),
        (TP, "Trump said last week that he had met Putin in Helsinki in 2018.", "Helsinki", "scheduled"),
    ]:  # fmt: skip
        place("place-time", False, parties, [sentence], where, status)


def proposed_cases() -> None:
    for sentence in [
        '"First of all, a sustainable ceasefire is needed," the foreign minister said.',
        "A ceasefire must be reached before winter, Guterres told the council.",
        "A humanitarian truce should be declared immediately, the aid groups said.",
        '"We need a ceasefire now," the envoy said.',
        "An immediate truce is urgently needed in the city, the minister told reporters.",
        "A ceasefire is necessary to get aid into El Fasher, the UN said.",
        "A nationwide ceasefire needs to be agreed before any talks, the opposition said.",
        "They need a lasting ceasefire, the ministers said in a joint statement.",
        "A durable truce is essential, said the Norwegian envoy.",
        "An Easter truce should be established across the front line, the Pope said.",
        "Both sides need a truce, the mediator said on Sunday.",
        "Turkey called for a sustainable ceasefire in the region.",
    ]:  # fmt: skip
        truce_status("proposed", True, sentence)
    for sentence in [
        "The ceasefire must be respected by both sides, the minister said.",
        "The truce needed just two more days to reach its 60-day mark.",
        "More aid is needed, the minister said, as the truce holds.",
        "A ceasefire is not needed, the general said.",
        "The ceasefire that was needed so badly finally took effect.",
        "We need more time to study the ceasefire, the rebels said.",
        "There is no need for a ceasefire, the minister said.",
        "The truce was necessary, the general said, but it has now collapsed.",
        "The army said the ceasefire, which took effect on Monday, is holding.",
        "Aid is essential, the ceasefire is holding, and the talks go on.",
        "The minister said a truce signed on Friday must be implemented in full.",
    ]:  # fmt: skip
        truce_status("proposed", False, sentence)


def pulled_out_cases() -> None:
    for sentence, where in [
        ("Machar walked out of the meeting after two hours of talks with Kiir.", None),
        ("After the meeting ended, Kiir left Addis Ababa for Juba.", None),
        ("Kiir left the meeting early, aides said, after talks with Machar.", None),
        ("The two leaders met for three hours before Machar left.", None),
        ("After pulling out of last month's talks, Machar met Kiir in Addis Ababa on Friday.", "Addis Ababa"),
        ("Despite threats to boycott it, the summit went ahead on Tuesday.", None),
        ("Machar, who had skipped the first round, sat down with Kiir on Sunday.", None),
        ("Kiir stormed out of the meeting after a heated exchange with Machar.", None),
        ("Machar left the talks in Addis Ababa on Saturday evening.", None),
        ("The meeting took place after Machar withdrew his objections.", None),
        ("Following their meeting, Kiir told reporters he was satisfied.", None),
    ]:  # fmt: skip
        held("pulled-out", True, KM, [sentence], where)
    for sentence in [
        "Somare acted after Bainimarama said he would attend on that date, after pulling out of the original meeting.",
        "Bainimarama pulled out of the meeting.",
        "After skipping the summit, Machar flew to Khartoum.",
        "Kiir is boycotting the talks, his spokesman said.",
        "After withdrawing from the meeting, Fiji demanded a new date.",
        "Following Machar's decision to pull out of the meeting, Igad postponed it.",
        "The summit was cancelled after Kiir pulled out.",
        "After missing the first meeting, Somare asked for another.",
        "Machar quit the talks before they began.",
        "Bainimarama withdrew from the forum meeting, which will now take place in February.",
        "After snubbing the summit in March, Kiir has been invited to another.",
    ]:  # fmt: skip
        held("pulled-out", False, KM if "Somare" not in sentence else SB, [sentence])


def backers_cases() -> None:
    for name, sentence in [
        ("Houthis", "The UN-brokered deal between the Saudi-led coalition and the Houthi group aligned with Iran was signed on Friday."),
        ("Saudi Arabia", "The truce between the Saudi-led coalition and the Houthis took effect on Saturday."),
        ("Hezbollah", "Iran-backed Hezbollah accepted the ceasefire on Tuesday."),
        ("Houthis", "The Houthis, who are backed by Iran, accepted the truce."),
        ("United States", "The US-led coalition agreed to halt airstrikes for a week."),
        ("M23", "The Rwanda-backed M23 rebels signed the truce in Doha."),
        ("RSF", "The RSF, a paramilitary group allied with the UAE, agreed to the pause."),
        ("Iran", "Iran and the Houthis, whom it backs, agreed to the truce."),
        ("Saudi Arabia", "Saudi Arabia, which leads the coalition, accepted the truce."),
        ("Hamas", "Hamas, backed by Iran and Qatar, accepted the deal."),
        ("Russia", "The Russia-led alliance accepted the truce on Monday."),
    ]:  # fmt: skip
        stance("backers", True, name, sentence)
    for name, sentence in [
        ("Iran", "The UN-brokered deal between the Saudi-led coalition and the Houthi group aligned with Iran was signed on Friday."),
        ("Iran", "The deal between the coalition and the Iran-aligned Houthis was signed."),
        ("Iran", "The Houthis, who are backed by Iran, accepted the truce."),
        ("Rwanda", "The Rwanda-backed M23 rebels signed the truce in Doha."),
        ("Iran", "Hezbollah, a militia loyal to Iran, accepted the ceasefire."),
        ("United Arab Emirates", "The RSF, a paramilitary group allied with the UAE, agreed to the pause."),
        ("Iran", "The Iran-allied Houthis agreed to the truce on Friday."),
        ("Russia", "Wagner fighters linked to Russia agreed to a local truce."),
        ("Turkey", "The Syrian National Army, backed by Turkey, accepted the truce."),
        ("Iran", "Hamas, backed by Iran and Qatar, accepted the deal."),
        ("Qatar", "Hamas, backed by Iran and Qatar, accepted the deal."),
    ]:  # fmt: skip
        stance("backers", False, name, sentence)


def hosts_calls_cases() -> None:
    RT = ["Cyril Ramaphosa", "Felix Tshisekedi"]
    for parties, which, sentence in [
        (RT, 0, "Ramaphosa, who hosted the talks, met Tshisekedi."),
        (["Recep Tayyip Erdogan", "Volodymyr Zelenskyy"], 0, "Erdogan, who hosted the talks in Istanbul, later met Zelenskyy alone."),
        (["Xi Jinping", "Vladimir Putin"], 0, "Xi Jinping hosted Vladimir Putin in Beijing on Tuesday."),
        (["Gustavo Petro", "Daniel Noboa"], 1, "Petro met Noboa in Quito, a day after talking by phone with Lula."),
        (["Lee Jae-myung", "Shigeru Ishiba"], 0, "Lee Jae-myung, host of the summit, held talks with Shigeru Ishiba on Saturday."),
        (["Anwar Ibrahim", "Hun Manet"], 0, "Anwar Ibrahim, who chaired the meeting, also met Hun Manet separately."),
        (["Joe Biden", "Xi Jinping"], 1, "Joe Biden met Xi Jinping in Woodside after a phone call with Xi in April."),
        (["Cyril Ramaphosa", "Paul Kagame"], 1, "Ramaphosa, who hosted the summit, met Kagame and Tshisekedi."),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], 0, "Recep Tayyip Erdogan, the host, welcomed Vladimir Putin to Ankara on Monday."),
        (["Abiy Ahmed", "William Ruto"], 1, "Abiy met Ruto in Addis Ababa after phoning Museveni."),
        (["William Ruto", "Yoweri Museveni"], 0, "Ruto, who hosted the meeting at State House, received Museveni on Friday."),
    ]:  # fmt: skip
        party("hosts-calls", True, parties, which, sentence)
    for parties, which, sentence in [
        (["Gustavo Petro", "Daniel Noboa", "Lula"], 2, "Petro met Noboa in Quito, a day after talking by phone with Lula."),
        (RT, 0, "Ramaphosa, who hosted the talks, thanked Tshisekedi and Kagame."),
        (["Joe Biden", "Xi Jinping", "Vladimir Putin"], 2, "Biden met Xi in Bali after a phone call with Putin."),
        (["Emmanuel Macron", "Olaf Scholz", "Joe Biden"], 2, "Macron met Scholz in Berlin, hours after a video call with Biden."),
        (["Narendra Modi", "Xi Jinping", "Vladimir Putin"], 2, "Modi met Xi in Tianjin and later phoned Putin."),
        (["Recep Tayyip Erdogan", "Volodymyr Zelenskyy"], 0, "Recep Tayyip Erdogan, who hosted the talks in Istanbul, said both delegations had met for two hours."),
        (["Lee Jae-myung", "Shigeru Ishiba", "Donald Trump"], 2, "Lee met Ishiba in Seoul, a day after a telephone call with Trump."),
        (["Anwar Ibrahim", "Hun Manet"], 0, "Anwar Ibrahim, who hosted the meeting, thanked both leaders for coming."),
        (["Abiy Ahmed", "William Ruto", "Yoweri Museveni"], 2, "Abiy met Ruto in Addis Ababa after phoning Museveni."),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], 0, "Recep Tayyip Erdogan, the host, said the talks between the delegations would resume."),
        (["Keir Starmer", "Emmanuel Macron", "Donald Trump"], 2, "Starmer met Macron at Downing Street after speaking by phone to Trump."),
    ]:  # fmt: skip
        party("hosts-calls", False, parties, which, sentence)


def urged_cases() -> None:
    for name, sentence in [
        ("TPLF", "The African Union urged Ethiopia and the TPLF to hold talks; the TPLF agreed."),
        ("Russia", "Trump urged Russia and Ukraine to accept the truce, and both agreed."),
        ("Hamas", "Qatar pressed Hamas to accept the pause, and Hamas agreed on Monday."),
        ("Ukraine", "Washington urged Russia and Ukraine to accept the truce; Ukraine agreed."),
        ("Armenia", "Armenia, urged by France, accepted the truce."),
        ("Israel", "Israel, which Egypt had urged to show restraint, accepted the truce."),
        ("Azerbaijan", "Russia urged Armenia to accept the truce, which Azerbaijan had already signed."),
        ("Colombia", "Norway called on Colombia and the ELN to extend the truce; Colombia agreed at once."),
        ("Pakistan", "The US pressed India and Pakistan to stop firing, and both accepted the ceasefire."),
        ("Ethiopia", "Ethiopia agreed to the truce after the AU urged it to do so."),
        ("Cambodia", "Malaysia appealed to Thailand and Cambodia to stop fighting; Cambodia accepted the truce."),
    ]:  # fmt: skip
        stance("urged", True, name, sentence)
    for name, sentence in [
        ("Ethiopia", "The African Union urged Ethiopia and the TPLF to hold talks; the TPLF agreed."),
        ("Russia", "Washington urged Russia and Ukraine to accept the truce; Ukraine agreed."),
        ("Israel", "Egypt urged Israel and Hamas to accept the pause, and Hamas agreed on Monday."),
        ("Rwanda", "Angola called on Congo and Rwanda to sign the truce; Congo signed it on Friday."),
        ("Armenia", "France pressed Armenia and Azerbaijan to sign; only Azerbaijan accepted."),
        ("India", "The US asked India and Pakistan to halt fire, and Pakistan agreed."),
        ("Thailand", "Malaysia appealed to Thailand and Cambodia to stop fighting; Cambodia accepted the truce."),
        ("Ukraine", "Turkey encouraged Ukraine to accept the grain deal, which Russia signed."),
        ("Hamas", "Qatar urged Hamas to accept the deal that Israel had approved."),
        ("Colombia", "Norway called on Colombia and the ELN to extend the truce; the ELN agreed."),
        ("Lebanon", "Washington pressed Lebanon to accept the truce that Israel signed."),
    ]:  # fmt: skip
        stance("urged", False, name, sentence)


def second_round() -> None:
    """Other wording for each category, decided before it was run."""
    for where, sentence in [
        ("Kigali", "After a week of shuttle diplomacy, the negotiations were finally held in Kigali."),
        ("Lusaka", "The three-day negotiations concluded in Lusaka on Friday evening."),
    ]:  # fmt: skip
        place("talks", True, KM, [KM_LEAD, sentence], where)
    for sentence in [
        "The marathon talks ran until dawn on Sunday.",
        "Those talks, which opened on Monday, lasted well into the night.",
    ]:  # fmt: skip
        held("talks", True, KM, [KM_LEAD, sentence])
    for where, sentence, status in [
        ("Moscow", "The talks between Armenia and Azerbaijan took place in Moscow.", "held"),
        ("Geneva", "Mediators say the talks will not take place in Geneva after all.", "scheduled"),
    ]:  # fmt: skip
        place("talks", False, KM, [KM_LEAD, sentence], where, status)
    for sentence in [
        "The talks are set to run through the weekend.",
        "The talks that were to run into Saturday were called off.",
    ]:  # fmt: skip
        held("talks", False, KM, [sentence])
    for name, sentence, expect in [
        ("RSF", "The Saudi-US brokered truce between the army and the RSF took effect at 9 p.m.", True),
        ("Hamas", "Hostages were freed under the ceasefire agreed between Israel and Hamas in January.", True),
        ("Azerbaijan", "Since the accord between Armenia and Azerbaijan was sealed in August, the border has been quiet.", True),
        ("Thailand", "A truce between Thailand and Cambodia, mediated by Malaysia, came into force at midnight.", True),
        ("Israel", "Hopes of a truce between Israel and Hamas faded on Thursday.", False),
        ("Russia", "Any truce between Russia and Ukraine must be verified, officials said.", False),
        ("Armenia", "A draft accord between Armenia and Azerbaijan has yet to be initialled.", False),
        ("Pakistan", "Talk of a ceasefire between India and Pakistan grew louder after the strikes.", False),
    ]:  # fmt: skip
        stance("deal-between", expect, name, sentence)
    BA = ["Joe Biden", "ASEAN"]
    TP = ["Donald Trump", "Vladimir Putin"]
    for parties, sentence, where, status, expect in [
        (BA, "Speaking last week, Psaki said the summit in Washington was still a priority.", "Washington", "postponed", True),
        (SB, "Pacific leaders were heading to Port Moresby when the meeting was postponed.", "Port Moresby", "postponed", True),
        (TP, "The White House said last week the meeting in Budapest would go ahead.", "Budapest", "scheduled", True),
        (TP, "Trump flew to Anchorage on Friday for the summit with Putin.", "Anchorage", "held", True),
        (TP, "Trump said the meeting in Helsinki two years ago was a success.", "Helsinki", "scheduled", False),
        (SB, "Leaders transited through Brisbane on their way to the forum in Port Moresby.", "Brisbane", "scheduled", False),
        (TP, "Migrants on their way to Spain were rescued at sea, Trump said.", "Spain", "scheduled", False),
        (BA, "Psaki said last month's summit in Washington had drawn ten leaders.", "Washington", "scheduled", False),
    ]:  # fmt: skip
        place("place-time", expect, parties, [sentence], where, status)
    for sentence, expect in [
        ("What Sudan needs is an immediate ceasefire, the envoy told the council.", True),
        ("A cessation of hostilities must be declared at once, the bishops said.", True),
        ("Guterres said a humanitarian pause is badly needed in Gaza.", True),
        ("The region needs a truce, and it needs one now, the minister said.", True),
        ("The truce needs more monitors to hold, the observers said.", False),
        ("A ceasefire is no longer necessary, the general said.", False),
        ("Calm was needed after the truce took effect, police said.", False),
        ("The agreement must be respected, the ministers said, a week after the ceasefire began.", False),
    ]:  # fmt: skip
        truce_status("proposed", expect, sentence)
    for parties, sentence, expect in [
        (KM, "Machar briefly walked out of the talks but returned to finish the meeting with Kiir.", True),
        (SB, "Somare, who had threatened to boycott the forum, met Bainimarama in Port Moresby.", True),
        (SB, "The summit went ahead even though Fiji pulled out.", True),
        (KM, "Kiir left the summit after a three-hour meeting with Machar.", True),
        (KM, "Machar pulled out of the talks on Friday, citing security.", False),
        (KM, "After Kiir withdrew from the summit, it was postponed.", False),
        (SB, "Following his withdrawal from the meeting, Bainimarama called for a new date.", False),
        (KM, "After staying away from the first meeting, Machar sent a deputy.", False),
    ]:  # fmt: skip
        held("pulled-out", expect, parties, [sentence])
    for name, sentence, expect in [
        ("Houthis", "The Iran-backed Houthis said on Sunday they accepted the truce.", True),
        ("Saudi Arabia", "The Saudi-led coalition and the Houthis agreed to extend the truce.", True),
        ("Turkey", "Turkey, which backs the Syrian National Army, accepted the truce on its behalf.", True),
        ("Hezbollah", "Hezbollah, which is allied with Iran, agreed to the ceasefire.", True),
        ("Iran", "Hezbollah, which is allied with Iran, agreed to the ceasefire.", False),
        ("Russia", "Pro-Russia separatists agreed to the Easter truce.", False),
        ("United States", "The US-backed Syrian Democratic Forces accepted the truce.", False),
        ("Iran", "Militias aligned with Tehran signed the truce in Baghdad.", False),
    ]:  # fmt: skip
        stance("backers", expect, name, sentence)
    for parties, which, sentence, expect in [
        (["Mohammed bin Salman", "Donald Trump"], 0, "Mohammed bin Salman, who hosted the summit in Riyadh, greeted Donald Trump at the airport.", True),
        (["Emmanuel Macron", "Keir Starmer"], 1, "Emmanuel Macron met Keir Starmer in Paris after a video call with Friedrich Merz.", True),
        (["William Ruto", "Yoweri Museveni"], 0, "William Ruto, the host, sat down with Yoweri Museveni for two hours.", True),
        (["Narendra Modi", "Vladimir Putin"], 1, "Narendra Modi, who spoke by phone with Vladimir Putin last week, met Vladimir Putin in Tianjin.", True),
        (["Narendra Modi", "Xi Jinping", "Donald Trump"], 2, "Narendra Modi met Xi Jinping in Tianjin, days after a phone conversation with Donald Trump.", False),
        (["Emmanuel Macron", "Keir Starmer", "Friedrich Merz"], 2, "Emmanuel Macron met Keir Starmer in Paris after a video call with Friedrich Merz.", False),
        (["Mohammed bin Salman", "Donald Trump"], 0, "Mohammed bin Salman, who hosted the talks in Jeddah, said both sides had made progress.", False),
        (["Cyril Ramaphosa", "Paul Kagame", "Felix Tshisekedi"], 0, "Cyril Ramaphosa, who hosted the summit, telephoned Paul Kagame afterwards.", False),
    ]:  # fmt: skip
        party("hosts-calls", expect, parties, which, sentence)
    for name, sentence, expect in [
        ("Hamas", "Mediators urged Israel and Hamas to accept the truce, and both sides did.", True),
        ("Congo", "Washington asked Congo to sign the deal, and Congo signed it on Friday.", True),
        ("Ukraine", "Ukraine accepted the truce after European leaders urged Russia to do the same.", True),
        ("Azerbaijan", "Azerbaijan, which the US had pressed to sign, accepted the deal on Monday.", True),
        ("Serbia", "Brussels pressed Serbia and Kosovo to accept the plan; Kosovo agreed on Friday.", False),
        ("Ethiopia", "Kenya urged Ethiopia to accept the truce that Eritrea had signed.", False),
        ("Venezuela", "Brazil asked Venezuela and Guyana to respect the deal, which Guyana signed.", False),
        ("Israel", "Washington told Israel to accept the pause, which Hamas had agreed to.", False),
    ]:  # fmt: skip
        stance("urged", expect, name, sentence)


def third_round() -> None:
    """A third round in other wording again, decided before it was run."""
    place("talks", True, KM, [KM_LEAD, "It was in Arusha that the talks took place, mediators said."], "Arusha")  # fmt: skip
    held("talks", True, KM, [KM_LEAD, "The negotiations went on until the early hours of Monday."])
    held("talks", False, KM, ["The talks had been expected to run into Saturday."])
    place("talks", False, KM, [KM_LEAD, "The negotiations among the Sudanese factions were held in Jeddah."], "Jeddah")  # fmt: skip
    for name, sentence, expect in [
        ("Ukraine", "The grain deal between Russia and Ukraine, signed in Istanbul in July, expired on Monday.", True),
        ("India", "Since the ceasefire between India and Pakistan took hold, the border has been calm.", True),
        ("Ukraine", "A deal between Russia and Ukraine on grain exports looks unlikely.", False),
        ("Hamas", "Qatar said a truce between Israel and Hamas was within reach.", False),
    ]:  # fmt: skip
        stance("deal-between", expect, name, sentence)
    TP = ["Donald Trump", "Vladimir Putin"]
    for parties, sentence, where, status, expect in [
        (TP, "Ushakov said on Tuesday that the summit in Budapest was being prepared.", "Budapest", "scheduled", True),
        (SB, "Island leaders, many of them already en route to Port Moresby, learned of the delay on Monday.", "Port Moresby", "postponed", True),
        (TP, "Putin, on his way to Alaska last week, stopped in Magadan.", "Magadan", "held", False),
        (SB, "Forum leaders bound for Port Moresby were stranded in Nadi by the storm.", "Nadi", "postponed", False),
    ]:  # fmt: skip
        place("place-time", expect, parties, [sentence], where, status)
    for sentence, expect in [
        ("An end to the fighting must be agreed, but first a truce is needed, the minister said.", True),
        ("Lebanon needs a ceasefire more than ever, the premier said.", True),
        ("The ceasefire must be observed by all sides, the minister said.", False),
        ("No truce is needed, the general said, because the enemy is beaten.", False),
    ]:  # fmt: skip
        truce_status("proposed", expect, sentence)
    for sentence, expect in [
        ("Kiir attended the summit despite pulling out of an earlier round of talks.", True),
        ("The leaders met on Tuesday, two days after Machar withdrew his delegation.", True),
        ("After backing out of the meeting, Machar flew home.", False),
        ("Kiir declined to attend the meeting, his office said.", False),
    ]:  # fmt: skip
        held("pulled-out", expect, KM, [sentence])
    for name, sentence, expect in [
        ("Houthis", "The Houthi group, which Iran backs, accepted the truce on Friday.", True),
        ("Syria", "Syria, whose army Russia supports, accepted the truce.", True),
        ("Iran", "The Houthi group, which Iran backs, accepted the truce on Friday.", False),
        ("Russia", "The separatists, whom Moscow has long armed, agreed to the truce.", False),
    ]:  # fmt: skip
        stance("backers", expect, name, sentence)
    for parties, which, sentence, expect in [
        (["Ilham Aliyev", "Nikol Pashinyan"], 1, "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi after a phone call with Vladimir Putin.", True),
        (["Prabowo Subianto", "Anthony Albanese"], 0, "Prabowo Subianto, who hosted the summit in Jakarta, then met Anthony Albanese.", True),
        (["Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"], 2, "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi after a phone call with Vladimir Putin.", False),
        (["Prabowo Subianto", "Anthony Albanese"], 0, "Prabowo Subianto, who hosted the summit in Jakarta, then flew to Tokyo.", False),
    ]:  # fmt: skip
        party("hosts-calls", expect, parties, which, sentence)
    for name, sentence, expect in [
        ("Kosovo", "Brussels pressed Serbia and Kosovo to accept the plan; Kosovo agreed on Friday.", True),
        ("Armenia", "Moscow urged Yerevan and Baku to respect the truce, and Armenia said it would.", True),
        ("Azerbaijan", "Moscow urged Yerevan and Baku to respect the truce, and Armenia said it would.", False),
        ("Sudan", "Washington asked Sudan's army to accept the pause, which the RSF signed.", False),
    ]:  # fmt: skip
        stance("urged", expect, name, sentence)


def fourth_round() -> None:
    """A fourth round, four cases a category, decided before it was run."""
    place("talks", True, KM, [KM_LEAD, "The negotiations, held behind closed doors in Djibouti, ended on Sunday."], "Djibouti")  # fmt: skip
    held("talks", True, KM, [KM_LEAD, "The talks in Arusha lasted late into the night."])
    place("talks", False, KM, [KM_LEAD, "The talks, which were meant to be held in Nairobi, were moved to Kigali."], "Nairobi")  # fmt: skip
    held("talks", False, KM, ["The talks will run through Friday, mediators said."])
    for name, sentence, expect in [
        ("ELN", "The bilateral ceasefire between the government and the ELN, agreed in Havana, began on Monday.", True),
        ("Cambodia", "Fighting stopped after the truce between Thailand and Cambodia came into effect.", True),
        ("Cambodia", "Any ceasefire between Thailand and Cambodia will need monitors, Malaysia said.", False),
        ("ELN", "A new ceasefire between the government and the ELN is being negotiated in Havana.", False),
    ]:  # fmt: skip
        stance("deal-between", expect, name, sentence)
    TP = ["Donald Trump", "Vladimir Putin"]
    for parties, sentence, where, status, expect in [
        (TP, "Peskov told reporters earlier this month that the summit in Budapest was still planned.", "Budapest", "scheduled", True),
        (SB, "Pacific leaders bound for Port Moresby say the forum must go ahead.", "Port Moresby", "scheduled", True),
        (TP, "Trump said on Monday that the meeting in Helsinki years ago had been a mistake.", "Helsinki", "scheduled", False),
        (SB, "Leaders stopping in Sydney on their way to the forum were told of the delay.", "Sydney", "postponed", False),
    ]:  # fmt: skip
        place("place-time", expect, parties, [sentence], where, status)
    for sentence, expect in [
        ("A truce is vital to save lives, the Red Cross said.", True),
        ("What is needed now is a ceasefire, the minister said.", True),
        ("The ceasefire is holding, but more aid is needed.", False),
        ("The rebels said no truce was needed.", False),
    ]:  # fmt: skip
        truce_status("proposed", expect, sentence)
    for parties, sentence, expect in [
        (SB, "The meeting went ahead on Friday, although Fiji had pulled out.", True),
        (KM, "Machar joined the talks late after initially boycotting them.", True),
        (KM, "After dropping out of the summit, Kiir sent his deputy.", False),
        (KM, "Machar's withdrawal from the meeting was confirmed on Friday.", False),
    ]:  # fmt: skip
        held("pulled-out", expect, parties, [sentence])
    for name, sentence, expect in [
        ("Houthis", "The Houthis, an Iran-aligned movement, accepted the truce.", True),
        ("Saudi Arabia", "Riyadh, which leads the coalition fighting the Houthis, agreed to the truce.", True),
        ("Iran", "The Houthis, an Iran-aligned movement, accepted the truce.", False),
        ("Russia", "Separatists backed by Moscow agreed to a local truce.", False),
    ]:  # fmt: skip
        stance("backers", expect, name, sentence)
    for parties, which, sentence, expect in [
        (["Emmanuel Macron", "Olaf Scholz"], 0, "Emmanuel Macron, who hosted the dinner, held talks with Olaf Scholz.", True),
        (["Xi Jinping", "Kim Jong Un"], 1, "Xi Jinping received Kim Jong Un in Beijing after calling Vladimir Putin.", True),
        (["Xi Jinping", "Kim Jong Un", "Vladimir Putin"], 2, "Xi Jinping received Kim Jong Un in Beijing after calling Vladimir Putin.", False),
        (["Emmanuel Macron", "Olaf Scholz"], 0, "Emmanuel Macron, who hosted the dinner, left before the talks with Olaf Scholz began.", False),
    ]:  # fmt: skip
        party("hosts-calls", expect, parties, which, sentence)
    for name, sentence, expect in [
        ("Hamas", "Egypt pressed Hamas to accept, and Hamas said yes on Tuesday.", True),
        ("Israel", "The US urged Israel to agree, and Israel accepted the pause.", True),
        ("Hamas", "The US urged Hamas to accept the pause, which Israel had already signed.", False),
        ("Rwanda", "Qatar appealed to Kinshasa and Kigali to sign; Kinshasa signed on Friday.", False),
    ]:  # fmt: skip
        stance("urged", expect, name, sentence)


def fifth_round() -> None:
    """Talks named before an aside, the place after it; decided before it was run."""
    for where, sentence, status, expect in [
        ("Addis Ababa", "The negotiations, which opened on Monday, ended in Addis Ababa on Friday.", "held", True),
        ("Nairobi", "The talks, mediated by Kenya and Ethiopia, concluded in Nairobi late on Saturday.", "held", True),
        ("Geneva", "The talks, which ended in Geneva in March, will resume in Oslo.", "scheduled", False),
        ("Istanbul", "The talks between Russia and Ukraine, which opened on Monday, ended in Istanbul.", "held", False),
    ]:  # fmt: skip
        place("talks", expect, KM, [KM_LEAD, sentence], where, status)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    talks_cases()
    deal_between_cases()
    place_time_cases()
    proposed_cases()
    pulled_out_cases()
    backers_cases()
    hosts_calls_cases()
    urged_cases()
    second_round()
    third_round()
    fourth_round()
    fifth_round()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
