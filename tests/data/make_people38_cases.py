# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the people set of session 16 from an outside check's causes (``grounding_people38.jsonl``):
value-support cases for quote speakers, actors after title runs, bylines and meeting places,
by category, each with what must pass and what must fail:

- ``quote-frames``: a quote inside a reported-speech frame is the frame's subject's: "X called
  Y a "..."" (X's words, not Y's), "Z had said ... that the parties had given "..."" (Z's),
  the second half of a split quote after "said Minister X, "which ..."" (X's), "X said ...
  and added, "..."" (X's), and ""..." the statement said" after the statement's issuer is
  named (the issuer's). Whoever else the frame names (the one called names, the one spoken
  of) is not the speaker;
- ``title-run-actors``: the names after a run of titles or an apposition act with the verb
  that ends the run ("the Prime Minister, A, the Deputy Prime Minister and Minister of
  Finance, B, and the Minister of Trade, C, announced": all three), the announcer after "by
  the AU's chief mediator, former president X" and the plural-title sponsors ("Senators A
  and B have co-sponsored"); the one who only accepted what another proposed ("proposed by
  the UN and accepted by the coalition") is no proposer;
- ``credit-forms``: a byline in credit forms other than "By X" ("Interview by X", "From X in
  Paris", "Live updates by A, B and C"), the outlet of a state-media slug ("Source: X |
  date | Editor: Y"); the editor, the interviewee and the place are no byline;
- ``places-parties``: a meeting's place and parties when the sentence names other trips and
  other people: officials' preparatory trip ("flew to Oslo to prepare a meeting ... in
  Stockholm": Oslo is no meeting place), talks that ended in one city and will continue in
  another (the ended talks' place is the first), a third leader in a sentence about a
  two-leader meeting (no party), a flight's destination (no event place, unconfirmed).

Run ``python tests/data/make_people38_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_people38.jsonl")

built = SupportCases("pe38")
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"


def page(text: str, field: str, passes: list[str], fails: list[str]) -> None:
    """The page's ``field`` (outlet or byline): each of ``passes`` is what the page says,
    each of ``fails`` is not."""
    built.each(
        "credit-forms", text, passes, fails, f"article.{field}",
        lambda value: {"article": {
            "headline": None, "outlet": None, "byline": None, "published": None, field: value,
        }},
        field,
    )  # fmt: skip


def sponsors(text: str, evidence: str, passes: list[str], fails: list[str]) -> None:
    """A measure backed by ``evidence``: each name in ``passes`` acts in it, each in ``fails``
    does not."""
    built.sponsors("title-run-actors", text, evidence, passes, fails)


def truce_role(text: str, evidence: str, field: str, passes: list[str], fails: list[str]) -> None:
    """A truce backed by ``evidence`` whose ``field`` ("reported_by", "proposer") is each of
    ``passes`` (supported) and each of ``fails`` (refused)."""
    assert evidence in text, evidence
    built.each(
        "title-run-actors", text, passes, fails, f"ceasefires[0].{field}",
        lambda who: {"ceasefires": [{"status": "agreed", field: who, "evidence": [evidence]}]},
        field,
    )  # fmt: skip


def place(text: str, evidence: str, passes: list[str], fails: list[str]) -> None:
    """A summit backed by ``evidence``: each place in ``passes`` is where it is, each in
    ``fails`` is not."""
    assert evidence in text, evidence
    built.each(
        "places-parties", text, passes, fails, "summits[0].planned_location",
        lambda where: {"summits": [{
            "parties": [], "status": "scheduled", "planned_location": where, "evidence": [evidence],
        }]},
        "place",
    )  # fmt: skip


def party(text: str, evidence: str, passes: list[str], fails: list[str]) -> None:
    """A held meeting backed by ``evidence``: each name in ``passes`` is a party to it, each in
    ``fails`` is not."""
    assert evidence in text, evidence
    built.each(
        "places-parties", text, passes, fails, "summits[0].parties[0]",
        lambda who: {"summits": [{"parties": [who], "status": "held", "evidence": [evidence]}]},
        "party",
    )  # fmt: skip


def event_place(
    text: str, evidence: str, kind: str, description: str, passes: list[str], fails: list[str]
) -> None:
    """An event (``kind``, told as ``description``) backed by ``evidence``: each place in
    ``passes`` is where it happened, each in ``fails`` is not."""
    assert evidence in text, evidence
    built.each(
        "places-parties", text, passes, fails, "events[0].place",
        lambda where: {"events": [{
            "kind": kind, "description": description, "place": where, "evidence": [evidence],
        }]},
        "event place",
    )  # fmt: skip


# --- quote-frames: "X called Y a "..."": the caller's words
C = "quote-frames"
TEXT = f"SEOUL (Harbour Wire) - The talks are off. Vice Foreign Minister Ri Sol Ju on Thursday called U.S. envoy Mark Dwyer a {Q1}hollow messenger{Q2} and said Pyongyang would not wait.\n"
quote(C, TEXT, "hollow messenger", ["Ri Sol Ju"], ["Mark Dwyer"])
TEXT = f"PUNE - Opposition leader Amit Roy called Finance Minister Nita Shah's budget {Q1}a betrayal of the middle class{Q2} at a rally on Sunday.\n"
quote(C, TEXT, "a betrayal of the middle class", ["Amit Roy"], ["Nita Shah"])
TEXT = 'Lagos Daily Mirror\n\nGovernor Tunde Bako called the senator, Ifeoma Eze, "a stranger to the truth" in a radio interview.\n'
quote(C, TEXT, "a stranger to the truth", ["Tunde Bako"], ["Ifeoma Eze"])
# "Z had said ... that the parties had given "..."": Z's words
TEXT = f"GENEVA (Lakeside Press) - U.N. envoy Marta Silva had told reporters on Friday that President Obi and his rival had shown {Q1}real willingness to compromise{Q2}, but no date was set.\n"
quote(C, TEXT, "real willingness to compromise", ["Marta Silva"], ["Obi"])
TEXT = f"Spokesman Karl Enger had said on Monday that Chancellor Lind and the union leaders had reached {Q1}a broad understanding on wages{Q2} after nine hours.\n"
quote(C, TEXT, "a broad understanding on wages", ["Karl Enger"], ["Lind"])
# the second half of a split quote: the one named in the middle
TEXT = f"OTTAWA - {Q1}We thank Premier Lau for his patience,{Q2} said Trade Minister Karen Holt, {Q1}which has been tested for months.{Q2}\n"
quote(C, TEXT, "which has been tested for months.", ["Karen Holt"], ["Lau"])
TEXT = 'CANBERRA (Southern Cross Times) - "The offer from Governor Pike stands," said Treasurer Dana Moss, "which is more than the other side can say."\n'
quote(C, TEXT, "which is more than the other side can say.", ["Dana Moss"], ["Pike"])
# a split quote around a description ("the Mexican president said"): the one it describes,
# named before, not a people's word in the description
TEXT = f"MEXICO CITY - President Ana Ruelas met Canadian envoy Paul Brant on Friday. {Q1}Trade is a bridge,{Q2} the Mexican president said, {Q1}and neither of us can afford to burn it.{Q2}\n"
quote(C, TEXT, "and neither of us can afford to burn it.", ["Ana Ruelas"], ["Paul Brant"])
# "X said ... and added, "..."": X's
TEXT = f"ADDIS ABABA - Rebel negotiator Tomas Berhe said General Abay Kebede had broken his word and added, {Q1}We will not be fooled twice.{Q2}\n"
quote(C, TEXT, "We will not be fooled twice.", ["Tomas Berhe"], ["Abay Kebede"])
TEXT = 'Mayor Lucia Ferro told the council that Minister Conti had ignored her letters, and added: "The city will pay for this silence."\n'
quote(C, TEXT, "The city will pay for this silence.", ["Lucia Ferro"], ["Conti"])
# ""..." the statement said": the statement's issuer named before
TEXT = f"BEIJING (New Dawn Wire) - The Tariff Board of the State Treasury issued a statement on Monday after talks with the Commerce Ministry.\n\n{Q1}The measures answer unilateral provocation,{Q2} the statement said.\n"
quote(
    C,
    TEXT,
    "The measures answer unilateral provocation,",
    ["Tariff Board of the State Treasury"],
    [],
)
TEXT = 'NAIROBI - The Kenya Electoral Board released a statement late on Friday. "Results will be announced within seven days," the statement said.\n'
quote(C, TEXT, "Results will be announced within seven days,", ["Kenya Electoral Board"], [])
# near misses: the one called names speaks next; an own quote in a "called" sentence
TEXT = f"Senator Price called the remark {Q1}beneath the office{Q2}. Earlier, Vice Minister Ri had dismissed him.\n"
quote(C, TEXT, "beneath the office", ["Price"], ["Ri"])
TEXT = f"{Q1}I am no dummy,{Q2} Mark Dwyer said on Friday, a day after Ri Sol Ju called him {Q1}a hollow messenger{Q2}.\n"
quote(C, TEXT, "I am no dummy,", ["Mark Dwyer"], ["Ri Sol Ju"])
# the caller after an apposition
TEXT = 'The decision came a day after Dina Morales, Chile\'s deputy foreign minister, called Senator Roy Wade a "paper tiger" over remarks on the border.\n'
quote(C, TEXT, "paper tiger", ["Dina Morales"], ["Roy Wade"])
TEXT = f"VIENNA (Danube Courier) - The walkout followed a speech in which Pavel Orlov, Russia's envoy to the agency, called the director-general, Lise Aamodt, {Q1}a clerk of Washington{Q2}.\n"
quote(C, TEXT, "a clerk of Washington", ["Pavel Orlov"], ["Lise Aamodt"])
# "whose spokesman X had said ... that ... "..."": the spokesman's words, not the principal's
TEXT = 'NEW YORK - Secretary-General Ama Owusu, whose spokesman Piet de Wit had said on Tuesday that both camps had sent "cautious, hopeful signals", urged them to sign.\n'
quote(C, TEXT, "cautious, hopeful signals", ["Piet de Wit"], ["Ama Owusu"])
TEXT = f"President Hana Kobler, whose adviser Emil Roth had said last week that the unions had made {Q1}sensible, serious proposals{Q2}, met their leaders on Monday.\n"
quote(C, TEXT, "sensible, serious proposals", ["Emil Roth"], ["Hana Kobler"])
# the quote after "and added" when an earlier quote sits in the same clause
TEXT = 'For the rebels, their spokesman and chief negotiator Yonas Gebre said the speed of the signing "says a great deal" and added, "We gave ground because trust has to be built."\n'
quote(C, TEXT, "We gave ground because trust has to be built.", ["Yonas Gebre"], [])
TEXT = f"For the opposition, its leader in the chamber, Ruth Okon, said President Ade's offer was {Q1}late but welcome{Q2} and added, {Q1}We will judge it by deeds.{Q2}\n"
quote(C, TEXT, "We will judge it by deeds.", ["Ruth Okon"], ["Ade"])
# the statement's issuer named earlier on the page
TEXT = 'Cabinet raises duties on imported grain\n\nHANOI (Red River Wire) - The Customs Duty Council of the Cabinet said on Monday it would raise duties on 900 items from July 1.\n\nThe move answers a similar step taken last month, the council said.\n\n"Our adjustment is a measured response to protectionism," the statement said.\n'
quote(
    C,
    TEXT,
    "Our adjustment is a measured response to protectionism,",
    ["Customs Duty Council of the Cabinet"],
    [],
)
TEXT = 'Regulator fines three banks\n\nThe Financial Conduct Board announced fines on three lenders on Thursday, after a review ordered by Finance Minister Ola Berg.\n\n"Customers were let down for years," the statement said.\n'
quote(C, TEXT, "Customers were let down for years,", ["Financial Conduct Board"], ["Ola Berg"])


# --- title-run-actors: the names after a run of titles act with the run's verb
TEXT = "Canberra, 4 March 2025\n\nToday, the Prime Minister, Anthony Hale, the Treasurer and Minister for Finance, Clare Dunn, and the Minister for Trade, Tourism and Investment, Don Farrow, announced new duties on imported steel, after talks with the Governor of the Reserve Bank, Philip Lowe-Grant.\n"
EVIDENCE = TEXT.split("\n\n")[1].strip()
sponsors(TEXT, EVIDENCE, ["Anthony Hale", "Clare Dunn", "Don Farrow"], ["Philip Lowe-Grant"])
TEXT = "Wellington, 12 May 2024\n\nToday, the Minister of Foreign Affairs, Rosa Ngata, and the Minister for Trade and Economic Growth, Tom Ashby, announced sanctions on twelve officials, a week after the Ambassador of Ruritania, Ivo Marek, was summoned.\n"
EVIDENCE = TEXT.split("\n\n")[1].strip()
sponsors(TEXT, EVIDENCE, ["Rosa Ngata", "Tom Ashby"], ["Ivo Marek"])
TEXT = "OTTAWA - Senators Kim and Ford have co-sponsored the bill introduced by Senator Lane; Senator Ruiz said she would oppose it.\n"
sponsors(TEXT, TEXT.split(" - ")[1].strip(), ["Ford", "Kim"], ["Ruiz"])
TEXT = "Representatives Ortega and Bell have co-sponsored the measure, which Representative Shaw called reckless.\n"
sponsors(TEXT, TEXT.strip(), ["Bell", "Ortega"], ["Shaw"])
TEXT = "ADDIS ABABA (Highland Times) - The deal was announced at a briefing in the capital by the AU's chief mediator, former Ghanaian president Kofi Mensah-Bonsu, which began two hours late. Rebel commander Haile Tesfa was not present.\n"
EVIDENCE = "The deal was announced at a briefing in the capital by the AU's chief mediator, former Ghanaian president Kofi Mensah-Bonsu, which began two hours late."
truce_role(TEXT, EVIDENCE, "reported_by", ["Kofi Mensah-Bonsu"], ["Haile Tesfa"])
TEXT = "The truce was announced in Doha by the Qatari mediator, Minister of State Salma Al-Khater, after talks with Hamas leader Yusuf Badr.\n"
truce_role(TEXT, TEXT.strip(), "reported_by", ["Salma Al-Khater"], ["Yusuf Badr"])
TEXT = (
    "SANAA - The truce was proposed by the UN and accepted by the Saudi-led coalition on Friday.\n"
)
truce_role(TEXT, TEXT.split(" - ")[1].strip(), "proposer", ["UN"], ["Saudi-led coalition"])
TEXT = "The pause was proposed by Norway and accepted by the rebel command two days later.\n"
truce_role(TEXT, TEXT.strip(), "proposer", ["Norway"], ["rebel command"])
TEXT = "The plan, drafted by Egypt and welcomed by Hamas, calls for a six-week halt.\n"
truce_role(TEXT, TEXT.strip(), "proposer", ["Egypt"], ["Hamas"])
TEXT = "The ceasefire was put forward by the African Union and endorsed by the army on Sunday.\n"
truce_role(TEXT, TEXT.strip(), "proposer", ["African Union"], ["army"])


# --- credit-forms: bylines in credit forms other than "By X"; a state-media slug's outlet
TEXT = "'We are ready to lay down arms', says rebel commander\nInterview by Lucia Marquez\n12 August 2024\n\nRebel commander Ramiro Ortiz spoke to us from a camp in the hills.\n"
page(TEXT, "byline", ["Lucia Marquez"], ["Ramiro Ortiz"])
TEXT = "The Weekend Review\n\nThe mayor on her city's floods\nInterview by Tomasz Wrona with Mayor Ewa Duda\n\nThe water came faster than anyone expected, the mayor says.\n"
page(TEXT, "byline", ["Tomasz Wrona"], ["Ewa Duda"])
TEXT = "Leaders meet in Berlin for Normandy-style talks\nFrom Henrik Dahl in Berlin\n\nThe four leaders sat down on Monday evening.\n"
page(TEXT, "byline", ["Henrik Dahl"], ["Henrik Berlin", "Berlin"])
TEXT = "Strike grips the ports\nFrom our correspondent Amelie Roux in Marseille\n\nNo ship left the harbour on Tuesday.\n"
page(TEXT, "byline", ["Amelie Roux"], ["Marseille"])
TEXT = "Live: ceasefire holds for a second day\nLive updates by Priya Nair, Jonas Berg and Celia Oduya\nUpdated 14:05 GMT\n\nThe truce appeared to hold overnight.\n"
page(TEXT, "byline", ["Priya Nair, Jonas Berg and Celia Oduya", "Jonas Berg"], [])
TEXT = "Live: storm makes landfall\nLive coverage by Mateo Ruiz and Hana Sato\n\nWinds reached 180 km/h, forecaster Dan Price said.\n"
page(TEXT, "byline", ["Mateo Ruiz and Hana Sato", "Hana Sato"], ["Dan Price"])
TEXT = "China to cut duties on farm machinery\nSource: Eastern Star News Agency | 2024-06-03 09:12:44 | Editor: Wang Mei\n\nBEIJING, June 3 -- China will cut import duties on farm machinery from July 1.\n"
page(TEXT, "outlet", ["Eastern Star News Agency"], ["Wang Mei"])
page(TEXT, "byline", [], ["Wang Mei"])
TEXT = "Port of Haiphong expands\nSource: Southern Sea Daily | 2023-11-20 | Editor: Tran Linh\n\nHAIPHONG -- A new container berth opened on Monday.\n"
page(TEXT, "outlet", ["Southern Sea Daily"], ["Tran Linh"])
page(TEXT, "byline", [], ["Tran Linh"])
TEXT = "Rail link opens\nSource: Caspian Herald | Editor: Leyla Aliyeva | 2022-04-02\n\nThe first train left on Saturday.\n"
page(TEXT, "outlet", ["Caspian Herald"], [])
page(TEXT, "byline", [], ["Leyla Aliyeva"])


# --- places-parties: the meeting's place and parties against other trips and people
TEXT = "Officials from both governments flew to Oslo to prepare a meeting of the two presidents in Stockholm next month.\n"
place(TEXT, TEXT.strip(), ["Stockholm"], ["Oslo"])
TEXT = "KAMPALA - Envoys travelled to Nairobi on Monday to arrange a summit of the two leaders in Arusha.\n"
place(TEXT, TEXT.split(" - ")[1].strip(), ["Arusha"], ["Nairobi"])
TEXT = "Aides went to Lima last week to lay the groundwork for a meeting between the ministers in Quito.\n"
place(TEXT, TEXT.strip(), ["Quito"], ["Lima"])
TEXT = "The sherpas will fly to Rome to prepare the leaders' summit in Bari in June.\n"
place(TEXT, TEXT.strip(), ["Bari"], ["Rome"])
TEXT = "The announcement came after the ninth round of trade consultations ended in Brussels on March 3 without a deal. The two sides agreed to continue consultations in Tokyo.\n"
EVIDENCE = "The announcement came after the ninth round of trade consultations ended in Brussels on March 3 without a deal."
event_place(TEXT, EVIDENCE, "talks", "ninth round of trade consultations", ["Brussels"], [])
event_place(
    TEXT, TEXT.strip(), "talks", "ninth round of trade consultations", ["Brussels"], ["Tokyo"]
)
TEXT = "Talks between the two delegations ended in Cairo on Thursday; they will resume in Amman next week.\n"
event_place(
    TEXT,
    TEXT.strip(),
    "talks",
    "talks between the two delegations that ended on Thursday",
    ["Cairo"],
    ["Amman"],
)
TEXT = "The first of the flights, a national carrier service to Cairo, took off from Aden on June 2, carrying 140 passengers.\n"
event_place(
    TEXT, TEXT.strip(), "other", "first commercial flight took off from Aden", ["Aden"], ["Cairo"]
)
TEXT = "A charter flight to Istanbul left Kabul on Friday with 90 students aboard.\n"
event_place(TEXT, TEXT.strip(), "other", "charter flight left Kabul", ["Kabul"], ["Istanbul"])
TEXT = "Ramos had announced the date in a post on Friday, two weeks after Lee met Japanese Prime Minister Sato at Busan on April 9.\n"
party(TEXT, TEXT.strip(), ["Lee", "Sato"], ["Ramos"])
TEXT = "President Oduya confirmed the loan a month after Mensah met Ivorian President Kone in Abidjan.\n"
party(TEXT, TEXT.strip(), ["Mensah", "Kone"], ["Oduya"])
TEXT = "Chancellor Weber said on Friday she was pleased, three days after Novak met Prime Minister Horvat in Zagreb.\n"
party(TEXT, TEXT.strip(), ["Novak", "Horvat"], ["Weber"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
