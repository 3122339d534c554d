# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 49's parties and occasions (``grounding_parties49.jsonl``):
value-support cases, by category, each with what must pass and what must fail:

- ``referred-party``: a summit's party, a truce's proposer, a measure's sponsor or an event's
  actor that its evidence sentence names only by a pronoun or a title ("he", "him", "the
  Russian president", "the Malaysian leader", "the chancellor", "the senator from South
  Carolina", "the 79-year-old") is the person the page named before with it
  (:mod:`summarizer.verification.quotes.referred_parties`); the near misses stay refused: the
  nearest earlier person is another one, the title fits the other of two people named, it
  fits no one, the name stands only after the sentence or in another story of a roundup, or
  the page marks the person with the other gender;
- ``occasion-value``: one sentence tells two occasions of one kind (the earlier meeting and
  the planned one, the old truce and the new one, last year's tariff and the new rate, the
  earlier talks and the next round): each value is its own occasion's, and the other
  occasion's value is refused for the fact.

Run ``python tests/data/make_parties49_cases.py`` to rebuild it. The articles restate real
reported facts (the Trump-Putin calls and summits of 2025, Malaysia's mediation between
Thailand and Cambodia, the Graham-Blumenthal sanctions bill, European leaders' trip to Kyiv,
tariff rounds on India, Brazil and China, the Gaza and Black Sea truces) in sentences written
for this set, in several outlets' styles; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties49.jsonl")

built = SupportCases(
    "p49",
    leads=[
        "MOSCOW (Volga Wire) -",
        "By Aylin Demir | The Bosphorus Ledger",
        "KUALA LUMPUR, July 29 (Straits Courier) -",
        "World desk briefing, The Northern Post.",
        "From our correspondent in Washington | Capitol Ledger",
        "ANALYSIS | The Danube Dispatch",
    ],
)
REFERRED, OCCASION = "referred-party", "occasion-value"
PUBLISHED = "2025-10-20"


def _facts(kind: str, fact: dict[str, Any]) -> dict[str, Any]:
    article = {"headline": None, "outlet": None, "byline": None, "published": PUBLISHED}
    return {"article": article, kind: [fact]}


def referred(
    expect: bool, why: str, before: list[str], sentence: str, who: str, role: str,
    after: list[str] | None = None, text: str | None = None, evidence: list[str] | None = None,
) -> None:  # fmt: skip
    """A fact of ``role`` (party, proposer, sponsor, actor) whose person is ``who``, backed by
    ``sentence`` (or ``evidence``) on a page of ``before``, the sentence and ``after``."""
    passages = evidence or [sentence]
    if role == "party":
        kind, path = "summits", "summits[0].parties[0]"
        fact: dict[str, Any] = {"parties": [who], "status": "scheduled", "evidence": passages}
    elif role == "held":
        kind, path = "summits", "summits[0].parties[0]"
        fact = {"parties": [who], "status": "held", "evidence": passages}
    elif role == "proposer":
        kind, path = "ceasefires", "ceasefires[0].proposer"
        fact = {"status": "proposed", "proposer": who, "evidence": passages}
    elif role == "stance":
        kind, path = "ceasefires", "ceasefires[0].positions[0].party"
        position = {"party": who, "stance": "agreed", "evidence": passages}
        fact = {"positions": [position], "evidence": passages}
    elif role == "reaction":
        kind, path = "sanctions", "sanctions[0].reactions[0].who"
        fact = {"instrument": "bloc_package", "evidence": passages,
                "reactions": [{"who": who, "reaction": "called it illegal"}]}  # fmt: skip
    elif role == "announcer":
        kind, path = "ceasefires", "ceasefires[0].reported_by"
        fact = {"status": "agreed", "reported_by": who, "evidence": passages}
    elif role == "sponsor":
        kind, path = "sanctions", "sanctions[0].sponsors[0]"
        fact = {"instrument": "bill", "sponsors": [who], "evidence": passages}
    else:
        kind, path = "events", "events[0].actors[0]"
        fact = {"kind": "other", "description": "visit", "actors": [who], "evidence": passages}
    page = text or built.page(" ".join(before), sentence, *(after or []))
    for passage in passages:
        assert passage in page, passage
    built.add(REFERRED, expect, f"{role} {who!r}: {why}", page, _facts(kind, fact), path)


# --- referred-party: a pronoun or a title read back to the name before ---------------------

# A summit's party by a qualified title; the title fits the one named with it, not the other.
BEFORE = [
    "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky each spoke to Donald Trump this week.",
    "The White House said the calls were long and businesslike.",
]
S = "On Thursday, the Russian president agreed to meet Trump in Budapest within two weeks."
referred(True, "the Russian president is Putin", BEFORE, S, "Vladimir Putin", "party")
referred(True, "the Russian president is Putin (surname)", BEFORE, S, "Putin", "party")
referred(False, "the Russian president is not Zelensky", BEFORE, S, "Volodymyr Zelensky", "party")
S = "The Ukrainian leader flew to Washington on Friday to meet Trump at the White House."
referred(True, "the Ukrainian leader is Zelensky", BEFORE, S, "Zelensky", "held")
referred(False, "the Ukrainian leader is not Putin", BEFORE, S, "Putin", "held")
S = "The president agreed to meet Trump in Budapest within two weeks."
referred(False, "two presidents named: the bare title settles nothing", BEFORE, S, "Putin", "party")

# "he" and "him" read back to the sentence before.
BEFORE = [
    "Trump spoke with Vladimir Putin for more than two hours on Thursday, the White House said."
]
S = "Afterwards, the U.S. president told reporters he would meet him in Budapest."
referred(True, "him is the one Trump spoke with", BEFORE, S, "Vladimir Putin", "party")
referred(False, "him is not someone never named", BEFORE, S, "Viktor Orban", "party")
BEFORE = [
    "Volodymyr Zelensky was in Kyiv on Thursday, meeting energy officials after another night of strikes.",
    "Russian President Vladimir Putin, meanwhile, spoke with Trump by telephone.",
]
S = "He agreed to a summit with Trump in Hungary's capital."
referred(True, "he is the subject of the sentence before", BEFORE, S, "Putin", "party")
referred(False, "he is Putin, not Zelensky named earlier", BEFORE, S, "Zelensky", "party")

# A "he" after a title in its own sentence is the title's holder, not the subject before.
BEFORE = [
    "President Trump, with NATO chief Mark Rutte beside him, said on Tuesday that the Budapest summit was off.",
    "Chinese President Xi Jinping was not mentioned.",
]
S = "The same day, the President told reporters he had scrapped the summit with Putin."
referred(True, "the President and his 'he' are Trump", BEFORE, S, "Trump", "party")
referred(False, "the 'he' is the President's, not Xi's before", BEFORE, S, "Xi Jinping", "party")

# A sentence whose subject is a title stops the reading back: "he" is that title's holder.
S = "He agreed to meet Trump in Budapest within two weeks."
BEFORE = ["Volodymyr Zelensky met troops near Kharkiv on Thursday."]
AFTER_TITLE = "The Russian president, meanwhile, stayed at his residence outside Moscow."
referred(False, "he is the Russian president, whom the page never names", BEFORE, S, "Zelensky", "party",
         text=built.page(BEFORE[0], AFTER_TITLE, S))  # fmt: skip
FULL = "Volodymyr Zelensky met troops near Kharkiv on Thursday. Russian President Vladimir Putin was in Moscow."
referred(True, "he is the Russian president, Putin", [], S, "Putin", "party",
         text=built.page(FULL, AFTER_TITLE, S))  # fmt: skip
referred(False, "he is the Russian president, not Zelensky", [], S, "Zelensky", "party",
         text=built.page(FULL, AFTER_TITLE, S))  # fmt: skip

# A title in the possessive owns the one who acts: no party of its own.
BEFORE = ["Russian President Vladimir Putin spoke with Trump by telephone on Thursday."]
S = "The Russian president's envoy Kirill Dmitriev met Steve Witkoff in Miami on Saturday."
referred(False, "the Russian president's envoy met, not the president", BEFORE, S, "Putin", "held")

# A truce's proposer by an epithet, by "he", and by two sentences of one fact's evidence.
BEFORE = [
    "Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, telephoned both capitals on Friday."
]
S = "The Malaysian leader proposed an immediate and unconditional ceasefire from midnight."
referred(True, "the Malaysian leader is Anwar", BEFORE, S, "Anwar Ibrahim", "proposer")
referred(True, "the Malaysian leader is Anwar, both sentences in the evidence", BEFORE, S,
         "Anwar Ibrahim", "proposer", evidence=[BEFORE[0], S])  # fmt: skip
referred(
    False,
    "the Malaysian leader is not the Thai premier",
    BEFORE,
    S,
    "Phumtham Wechayachai",
    "proposer",
)
TWO = [
    "Cambodian Prime Minister Hun Manet told reporters in Phnom Penh that his troops were holding their lines.",
    "Malaysian Prime Minister Anwar Ibrahim telephoned both capitals on Friday.",
]
S = "He proposed an immediate ceasefire from midnight."
referred(True, "he is the nearest earlier subject, Anwar", TWO, S, "Anwar Ibrahim", "proposer")
referred(False, "he is Anwar, not Hun Manet named before him", TWO, S, "Hun Manet", "proposer")
S = "The Cambodian leader proposed an immediate ceasefire from midnight."
referred(True, "the Cambodian leader is Hun Manet", TWO, S, "Hun Manet", "proposer")
referred(False, "the Cambodian leader is not Anwar", TWO, S, "Anwar Ibrahim", "proposer")
S = "The chancellor proposed an immediate ceasefire from midnight."
referred(False, "no chancellor on the page", TWO, S, "Anwar Ibrahim", "proposer")
S = "She proposed an immediate ceasefire from midnight."
referred(False, "the page marks Anwar as a man", TWO,
         S, "Anwar Ibrahim", "proposer", text=built.page(
             TWO[0], "Malaysian Prime Minister Anwar Ibrahim said he had telephoned both capitals on Friday.", S))  # fmt: skip
S = "He proposed an immediate ceasefire from midnight."
referred(False, "the name stands only after the sentence", [], S, "Anwar Ibrahim", "proposer",
         after=["Malaysian Prime Minister Anwar Ibrahim hosted the talks in Putrajaya."])  # fmt: skip
ROUNDUP = (
    "WORLD BRIEFS\n\nMalaysia steps in\n\nMalaysian Prime Minister Anwar Ibrahim telephoned Bangkok and Phnom Penh on Friday.\n\n"
    "Sudan offer\n\nHe proposed a 72-hour humanitarian truce around El Fasher.\n"
)
referred(False, "another story of a roundup", [], "He proposed a 72-hour humanitarian truce around El Fasher.",
         "Anwar Ibrahim", "proposer", text=ROUNDUP)  # fmt: skip

# A bill's sponsor by "the senator from ...", an epithet, and "he".
BEFORE = [
    "Lindsey Graham, a Republican senator from South Carolina, has spent months courting votes for a Russia measure."
]
S = "The senator from South Carolina introduced the Sanctioning Russia Act in April with 84 co-sponsors."
referred(True, "the senator from South Carolina is Graham", BEFORE, S, "Lindsey Graham", "sponsor")
referred(
    False,
    "the senator from South Carolina is not Blumenthal",
    BEFORE,
    S,
    "Richard Blumenthal",
    "sponsor",
)
S = "The South Carolina Republican introduced the Sanctioning Russia Act in April with 84 co-sponsors."
referred(True, "the South Carolina Republican is Graham", BEFORE, S, "Lindsey Graham", "sponsor")
BOTH = [
    "Richard Blumenthal, a Democrat from Connecticut, backs the measure, as does Lindsey Graham, a Republican from South Carolina.",
]
referred(
    True, "the South Carolina Republican is Graham, not the Democrat", BOTH, S, "Graham", "sponsor"
)
referred(
    False,
    "the Connecticut Democrat is not the South Carolina Republican",
    BOTH,
    S,
    "Blumenthal",
    "sponsor",
)
BEFORE = ["Lindsey Graham has spent months courting votes for a Russia measure, aides say."]
S = "He introduced the Sanctioning Russia Act in April with 84 co-sponsors."
referred(True, "he is Graham", BEFORE, S, "Lindsey Graham", "sponsor")
S = "The 70-year-old introduced the Sanctioning Russia Act in April with 84 co-sponsors."
referred(False, "the page gives no one's age", BEFORE, S, "Lindsey Graham", "sponsor")

# A truce's side, a measure's reacting party and a truce's announcer by a pronoun or a title.
BEFORE = [
    "Russian President Vladimir Putin spoke with Trump for two hours on Tuesday, the Kremlin said."
]
S = "He agreed to halt strikes on energy infrastructure for 30 days."
referred(True, "he is Putin, who takes the stance", BEFORE, S, "Putin", "stance")
referred(False, "he is Putin, not Zelensky", BEFORE, S, "Zelensky", "stance")
S = "The Russian leader agreed to halt strikes on energy infrastructure for 30 days."
referred(True, "the Russian leader is Putin", BEFORE, S, "Vladimir Putin", "stance")
BEFORE = ["Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Monday."]
S = "The Kremlin spokesman called the EU's 19th package illegal."
referred(True, "the Kremlin spokesman is Peskov", BEFORE, S, "Dmitry Peskov", "reaction")
referred(False, "the Kremlin spokesman is not Lavrov", BEFORE, S, "Sergei Lavrov", "reaction")
BEFORE = ["White House press secretary Karoline Leavitt briefed reporters on Wednesday afternoon."]
S = "She announced that Israel and Hamas had agreed to the first phase of the truce."
referred(True, "she is Leavitt", BEFORE, S, "Karoline Leavitt", "announcer")
referred(False, "she is Leavitt, not Witkoff", BEFORE, S, "Steve Witkoff", "announcer")

# A bare title for the one person the page gave it, abbreviated ("Sen.") or in full.
S = "The senator introduced the bill in April with 84 co-sponsors."
referred(
    True,
    "the senator is Sen. Graham",
    ["Sen. Lindsey Graham spoke on the Senate floor on Tuesday."],
    S,
    "Lindsey Graham",
    "sponsor",
)
referred(False, "two senators named: the bare title settles nothing",
         ["Sen. Lindsey Graham and Sen. Richard Blumenthal spoke on the Senate floor on Tuesday."], S,
         "Lindsey Graham", "sponsor")  # fmt: skip
referred(False, "the senator is Graham, not the governor",
         ["Sen. Lindsey Graham spoke on Tuesday, and Gov. Henry McMaster later joined him."], S,
         "Henry McMaster", "sponsor")  # fmt: skip

# An event's actor by an office and by an age.
BEFORE = [
    "German Chancellor Friedrich Merz travelled to Kyiv on Saturday with the leaders of France, Britain and Poland."
]
S = "The chancellor laid a wreath at the wall of remembrance near St. Michael's monastery."
referred(True, "the chancellor is Merz", BEFORE, S, "Friedrich Merz", "actor")
referred(False, "the chancellor is not Macron", BEFORE, S, "Emmanuel Macron", "actor")
BEFORE = [
    "Donald Trump, 79, and Vladimir Putin, 72, landed at Joint Base Elmendorf-Richardson on Friday."
]
S = "The 79-year-old greeted his guest on the tarmac with a long handshake."
referred(True, "the 79-year-old is Trump", BEFORE, S, "Donald Trump", "actor")
referred(False, "the 79-year-old is not Putin, 72", BEFORE, S, "Vladimir Putin", "actor")
S = "The 72-year-old walked down the red carpet to meet his host."
referred(True, "the 72-year-old is Putin", BEFORE, S, "Putin", "held")
referred(False, "the 72-year-old is not Trump", BEFORE, S, "Trump", "actor")


# More offices and epithets: a prime minister, a premier, a former president, an age with an
# office, a package's proposer by "she".
BEFORE = [
    "Israeli Prime Minister Benjamin Netanyahu landed in Washington on Sunday, his third visit this year."
]
S = "The Israeli prime minister will meet Trump at the White House on Monday."
referred(True, "the Israeli prime minister is Netanyahu", BEFORE, S, "Netanyahu", "party")
BEFORE = [
    "Indian Prime Minister Narendra Modi and Pakistani Prime Minister Shehbaz Sharif both flew to Tianjin on Saturday."
]
S = "The Indian premier met Xi on the sidelines of the SCO summit."
referred(True, "the Indian premier is Modi", BEFORE, S, "Modi", "held")
referred(False, "the Indian premier is not the Pakistani one", BEFORE, S, "Shehbaz Sharif", "held")
BEFORE = [
    "President Donald Trump hosted a dinner on Tuesday, and Former President Joe Biden spoke in Delaware."
]
S = "The former president will meet Zelensky in New York next week."
referred(True, "the former president is Biden", BEFORE, S, "Joe Biden", "party")
referred(False, "the former president is not the sitting one", BEFORE, S, "Donald Trump", "party")
BEFORE = [
    "Russian President Vladimir Putin, 72, arrived at the Anchorage air base on Friday morning."
]
S = "The 72-year-old Russian leader met Trump on the tarmac."
referred(True, "the 72-year-old Russian leader is Putin", BEFORE, S, "Putin", "held")
BEFORE = [
    "Russian President Vladimir Putin, 73, arrived at the Anchorage air base on Friday morning."
]
referred(False, "the page gives Putin another age", BEFORE, S, "Putin", "held")
BEFORE = [
    "European Commission President Ursula von der Leyen spoke in Strasbourg on Wednesday morning."
]
S = "She proposed the 19th package of sanctions, including a ban on Russian LNG imports."
referred(True, "she is von der Leyen", BEFORE, S, "Ursula von der Leyen", "sponsor")
BEFORE = [
    "European Commission President Ursula von der Leyen spoke in Strasbourg on Wednesday morning.",
    "EU foreign policy chief Kaja Kallas then met the ambassadors.",
]
referred(False, "she is Kallas, the nearer subject", BEFORE, S, "Ursula von der Leyen", "sponsor")

# Review rvB: a name opening "X said he" is no antecedent's place for "he", though the page
# writes it nowhere else inside a sentence; a sentence with "he" and "her" pairs two people,
# which of them is which unread unless the page gives the person's gender.
BEFORE = ["Turkish President Recep Tayyip Erdogan telephoned Vladimir Putin on Sunday."]
S = "Zelensky said he was ready to meet him in Istanbul on Thursday."
referred(
    False,
    "he is Zelensky's own, not the subject before",
    BEFORE,
    S,
    "Recep Tayyip Erdogan",
    "party",
)
S = "Afterwards he offered to host Putin for talks in Istanbul."
referred(True, "he is Erdogan, who telephoned", BEFORE, S, "Recep Tayyip Erdogan", "party")
S = "He invited her to the White House for talks on April 17."
BEFORE = ["Italian Prime Minister Giorgia Meloni spoke with Donald Trump by phone on Monday."]
referred(False, "he and her: the page gives neither's gender", BEFORE, S, "Giorgia Meloni", "party")
BEFORE = ["Donald Trump said he had spoken with Italian Prime Minister Giorgia Meloni by phone."]
referred(True, "he is Trump, whom the page marks so", BEFORE, S, "Donald Trump", "party")
referred(False, "he is Trump, not Meloni", BEFORE, S, "Giorgia Meloni", "party")

BEFORE = ["Danish Prime Minister Mette Frederiksen spoke with Donald Trump on Monday."]
S = "Later he told her he would visit Copenhagen."
referred(
    False, "he and her: the page gives neither's gender", BEFORE, S, "Mette Frederiksen", "party"
)

# --- occasion-value: one sentence, two occasions; each value is its own occasion's ----------


def summit(sentence: str, place: str, expect: bool, why: str, status: str = "scheduled",
           parties: tuple[str, str] = ("Trump", "Putin")) -> None:  # fmt: skip
    """A summit of ``parties`` (``status``) whose planned location is ``place``."""
    fact = {"parties": list(parties), "status": status, "planned_location": place,
            "evidence": [sentence]}  # fmt: skip
    built.add(OCCASION, expect, f"place {place!r}: {why}", built.page(sentence),
              _facts("summits", fact), "summits[0].planned_location")  # fmt: skip


def tariff(
    sentence: str, rate: float, expect: bool, why: str, introduced: str | None = None
) -> None:
    """A measure whose tariff rate is ``rate`` percent (introduced ``introduced``)."""
    fact = {"instrument": "executive_action", "introduced": introduced, "evidence": [sentence],
            "tariff_rate_percent": {"value": rate, "qualifier": "exact"}}  # fmt: skip
    built.add(OCCASION, expect, f"tariff {rate:g}%: {why}", built.page(sentence),
              _facts("sanctions", fact), "sanctions[0].tariff_rate_percent")  # fmt: skip


def truce(sentence: str, days: float, expect: bool, why: str) -> None:
    """An agreed truce whose length is ``days`` days."""
    fact = {"kind": "full", "status": "agreed", "evidence": [sentence],
            "duration_days": {"value": days, "qualifier": "exact"}}  # fmt: skip
    built.add(OCCASION, expect, f"{days:g} days: {why}", built.page(sentence),
              _facts("ceasefires", fact), "ceasefires[0].duration_days")  # fmt: skip


def tally(sentence: str, what: str, value: int, expect: bool, why: str) -> None:
    """A bill whose one count is ``value`` of ``what``."""
    count = {"what": what, "value": {"value": value, "qualifier": "exact"}}
    fact = {"instrument": "bill", "evidence": [sentence], "counts": [count]}
    built.add(OCCASION, expect, f"{what} = {value}: {why}", built.page(sentence),
              _facts("sanctions", fact), "sanctions[0].counts[0].value")  # fmt: skip


PLANNED, EARLIER = "the planned meeting's place", "the earlier meeting's place"
S = "After their Alaska summit in August, Trump and Putin will meet in Budapest within two weeks."
summit(S, "Budapest", True, PLANNED)
summit(S, "Alaska", False, EARLIER)
summit(S, "Alaska", True, "the held summit's own place", status="held")
S = "Trump said he and Putin would meet in Budapest, following up on their August talks in Alaska."
summit(S, "Budapest", True, PLANNED)
summit(S, "Alaska", False, EARLIER)
summit(S, "Alaska", True, "the held talks' own place", status="held")
S = "Putin and Trump, who met in Anchorage on August 15, agreed to hold a second summit in Budapest."
summit(S, "Budapest", True, PLANNED)
summit(S, "Anchorage", False, EARLIER)
S = "Trump and Xi will meet again in Beijing in April, after their talks in Busan on October 30."
summit(S, "Beijing", True, PLANNED, parties=("Trump", "Xi"))
summit(S, "Busan", False, EARLIER, parties=("Trump", "Xi"))
S = "Zelensky and Trump are to meet in Florida on Sunday, two months after their previous talks in Washington."
summit(S, "Florida", True, PLANNED, parties=("Zelensky", "Trump"))
summit(S, "Washington", False, EARLIER, parties=("Zelensky", "Trump"))

NEW, OLD = "the new rate", "the earlier occasion's rate"
S = "Replacing the old 25 percent levy on Chinese electric vehicles, the tariff announced in May is 100 percent."
tariff(S, 100, True, NEW)
tariff(S, 25, False, OLD)
S = "The new tariff of 50 percent on Brazilian goods replaces last month's 10 percent duty."
tariff(S, 50, True, NEW)
tariff(S, 10, False, OLD)
S = "Where the tariff on Indian goods was 25 percent in early August, the new rate from August 27 is 50 percent."
tariff(S, 50, True, NEW)
tariff(S, 25, False, OLD)
tariff(S, 25, True, "the early-August duty's own rate", introduced="early August")
S = "After March's 25 percent levy on steel imports, Washington now imposes a 50 percent tariff on them."
tariff(S, 50, True, NEW)
tariff(S, 25, False, OLD)
S = "Trump doubled the tariff on Indian goods to 50 percent, up from the 25 percent he imposed in early August."
tariff(S, 50, True, NEW)
tariff(S, 25, False, OLD)

S = "The sides agreed a new 60-day truce after the 30-day energy ceasefire of the spring expired."
truce(S, 60, True, "the new truce's length")
truce(S, 30, False, "the expired truce's length")
S = "Replacing the old 30-day energy truce, which lapsed in April, the new ceasefire would last 90 days."
truce(S, 90, True, "the new truce's length")
truce(S, 30, False, "the old truce's length")

S = "The Senate passed the GENIUS Act 68-30 on June 17, after a first cloture vote in May had failed 48-49."
tally(S, "votes in favour", 68, True, "the passing vote's tally")
tally(S, "votes in favour", 48, False, "the failed first vote's tally")
S = "In the second vote on Thursday, 61 senators backed the measure, up from 54 in the first vote."
tally(S, "senators backing", 61, True, "the second vote's count")
tally(S, "senators backing", 54, False, "the first vote's count")

S = "Rubio and Lavrov, whose last meeting was in Riyadh, are scheduled to meet in Budapest before the summit."
summit(S, "Budapest", True, PLANNED, parties=("Rubio", "Lavrov"))
summit(S, "Riyadh", False, EARLIER, parties=("Rubio", "Lavrov"))
S = "The 35 percent tariff on Canadian goods, which took effect on August 1, replaced the previous 25 percent rate."
tariff(S, 35, True, NEW)
tariff(S, 25, False, OLD)
S = "While the April round of duties set a 10 percent baseline, the new tariff on Swiss goods is 39 percent."
tariff(S, 39, True, NEW)
tariff(S, 10, False, OLD)
S = "Following the 30-day energy truce of March, Moscow and Kyiv have now agreed a three-day ceasefire."
truce(S, 3, True, "the new truce's length")
truce(S, 30, False, "the March truce's length")
S = "The bill passed 60-40 in the second vote, after failing 45-55 in the first."
tally(S, "votes in favour", 60, True, "the second vote's tally")
tally(S, "votes in favour", 45, False, "the first vote's tally")

# Near misses that keep their value: "for the first time" is no earlier meeting; a number of
# another kind in the main clause (a price, a share, a deadline) is no second occasion.
S = "Trump and Putin will meet for the first time in Budapest, after lower-level talks in Riyadh."
summit(S, "Budapest", True, PLANNED)
summit(S, "Riyadh", False, "the place of the talks before it")
S = "Following indirect talks in Doha, Israeli and Hamas negotiators will meet in Sharm el-Sheikh on Monday."
summit(S, "Sharm el-Sheikh", True, PLANNED, parties=("Israel", "Hamas"))
summit(S, "Doha", False, "the place of the talks before it", parties=("Israel", "Hamas"))
S = "After the 25 percent tariff on steel took effect in March, prices now stand 16 percent higher."
tariff(S, 25, True, "the one tariff; 16 percent is a price rise")
S = "After last year's 25 percent tariff on steel, U.S. steel prices now stand 16 percent higher."
tariff(S, 25, True, "the one tariff told; 16 percent is a price rise")
S = "While the 50 percent tariff applies to steel, aluminium shipments now face delays of 25 percent."
tariff(S, 50, True, "the one tariff told; 25 percent is no rate")
S = "After the 30-day truce began, the sides now plan talks within 10 days."
truce(S, 30, True, "the one truce; 10 days is a deadline for talks")

# Two measures side by side, each on its own goods, are no earlier and new rate of one (review
# rvB); one measure's goods in both clauses still are.
S = "Following Trump's 50 percent tariff on Brazilian goods, Brazil now weighs a 25 percent levy on U.S. imports."
tariff(S, 50, True, "the U.S. measure's own rate; Brazil's levy is on other goods")
S = "While the U.S. tariff on Chinese goods is 30 percent, China's levy on U.S. goods is now 10 percent."
tariff(S, 30, True, "the U.S. measure's own rate; China's is on other goods")
S = "After last year's 25 percent tariff on Chinese EVs, Washington now imposes a 100 percent tariff on Chinese EVs."
tariff(S, 100, True, NEW)
tariff(S, 25, False, "last year's rate on the same goods")

# Two things side by side, each its own country, place or chamber, are no two occasions of one
# (review rvB); one country's or place's in both clauses still are.
S = "Where India faced a 25 percent tariff in August, Pakistan now faces a 19 percent rate."
tariff(S, 25, True, "India's own rate; Pakistan's is another country's")
S = "Where India faced a 25 percent tariff in early August, India now faces a 50 percent rate."
tariff(S, 25, False, "the same country's earlier rate")
S = "Following a 60-day truce in Lebanon, Israel now seeks a 42-day ceasefire in Gaza."
truce(S, 60, True, "the Lebanon truce's own length; Gaza's is another place's")
S = "Following the 30-day truce in Gaza, the sides have now agreed a 42-day ceasefire in Gaza."
truce(S, 30, False, "the same place's earlier truce")
S = "The House passed the bill 218-214 in the first vote, and the Senate approved it 51-50 in the second."
tally(S, "House votes in favour", 218, True, "the House's own vote, not an earlier one")
# "first" in a meeting's own clause with a verb of the future is that meeting's
S = "Trump and Xi will hold their first meeting in six years in Busan, after their last talks in Osaka in 2019."
summit(S, "Busan", True, "this meeting is 'the first in six years'", parties=("Trump", "Xi"))
summit(S, "Osaka", False, EARLIER, parties=("Trump", "Xi"))


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
