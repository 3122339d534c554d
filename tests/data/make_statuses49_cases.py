# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 49's statuses (``grounding_statuses49.jsonl``): a status or an
event's kind told by what the parties did, not by a verb of meeting or of ruling, by
category, each with what must pass and what must fail:

- ``pastime-held``: a summit is ``held`` when its parties did something together in the past
  ("played golf at", "dined together", "toured the shore temples", "strolled along the lake",
  "watched the parade", "shared a working lunch"); not when the act is negated, planned,
  denied or conditional ("did not play golf", "will dine", "are expected to tour", "denied he
  had played golf"), done with someone else ("played golf with Ernie Els") or apart ("dined
  separately"), each on his own ("Trump toured a factory ..., and Abe toured a shrine"), or
  dated to another visit ("at Jupiter in 2017"), nor a verb that is no pastime or a figure of
  speech ("played a key role", "walked a fine line", "hiked tariffs");
- ``court-ruling``: a court's decision is an event of kind ``vote`` when a court (a court,
  tribunal, the justices or judges, a panel of judges, a bench) "upheld", "struck down", "overturned",
  "threw out", "dismissed the appeal", "sided with", "set aside", "quashed" or "annulled" in
  the past, or the thing was "struck down by" the court; not when the verb is a prospect, a
  condition, negated or denied, has no court for subject ("the ministry dismissed the
  appeal", "a panel of experts rejected"), or no legal object ("dismissed reports"), nor a
  lone judge's order; and a court's "struck down" is no ``strike`` or ``attack``;
- ``put-off``: aid or a measure "shelved", "put on ice", "put on the back burner" or "pushed
  back" is paused (``aid_pause``) or ``suspended``, tariffs "called off" are ``lifted``, and a
  summit "called off", "scrapped", "put on ice" or "pushed back" is ``cancelled``, ``on_hold``
  or ``postponed``; not when the same words are negated, a prospect, denied, or about
  something else than the measure ("called off a planned protest").

Run ``python tests/data/make_statuses49_cases.py`` to rebuild it. Every article below was
written for this set from real events (the outlets' wording is this set's own); each verdict
is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_statuses49.jsonl")

built = SupportCases(
    "s49",
    leads=[
        "PALM BEACH, Florida (Gulf Coast Wire) -",
        "By Anjali Raman | The Deccan Ledger",
        "World desk, The Lisbon Observer.",
        "BRIEFING | The Pacific Record",
        "From our correspondent in Brussels, Nordic Trade Review.",
        "Translated from the Hindi service of Radio Ganga.",
        "LIVE UPDATES - The Harbour Times",
    ],
)
PASTIME, COURT, PUT_OFF = "pastime-held", "court-ruling", "put-off"


def fact_case(
    category: str, expect: bool, why: str, sentence: str, kind: str, field: str, value: str,
    extra: dict[str, Any], before: str = "",
) -> None:  # fmt: skip
    """A fact of ``kind`` whose ``field`` is ``value``, backed by ``sentence`` on a page that
    may open with ``before`` (a sentence not quoted)."""
    fact = {**extra, field: value, "evidence": [sentence]}
    built.add(category, expect, f"{field} {value!r}: {why}", built.page(before, sentence),
              {kind: [fact]}, f"{kind}[0].{field}")  # fmt: skip


def summit(
    category: str, expect: bool, sentence: str, parties: list[str], status: str, why: str,
    **extra: Any,
) -> None:  # fmt: skip
    fact_case(category, expect, why, sentence, "summits", "status", status,
              {"parties": parties, **extra})  # fmt: skip


def event(expect: bool, sentence: str, kind: str, why: str, description: str) -> None:
    extra = {"description": description, "actors": [], "place": None, "counts": []}
    fact_case(COURT, expect, why, sentence, "events", "kind", kind, extra)


def aid(expect: bool, sentence: str, why: str) -> None:
    extra = {"description": "aid paused", "actors": [], "place": None, "counts": []}
    fact_case(PUT_OFF, expect, why, sentence, "events", "kind", "aid_pause", extra)


def measure(expect: bool, sentence: str, status: str, why: str, body: str) -> None:
    extra = {"instrument": "executive_action", "issuing_body": body}
    fact_case(PUT_OFF, expect, why, sentence, "sanctions", "status", status, extra)


def held(sentence: str, parties: list[str], why: str = "the parties did it together") -> None:
    summit(PASTIME, True, sentence, parties, "held", why)


def unheld(sentence: str, parties: list[str], why: str) -> None:
    summit(PASTIME, False, sentence, parties, "held", why)


# --- pastime-held: a summit told by what the leaders did together --------------------------

TA, MX, OX, TM, TK, EP = (
    ["Trump", "Abe"],
    ["Modi", "Xi"],
    ["Obama", "Xi"],
    ["Trump", "Macron"],
    ["Trump", "Kim"],
    ["Erdogan", "Putin"],
)
# fmt: off
held("Trump and Abe played golf at Trump National Golf Club in Jupiter on Saturday, with Ernie Els making up the group.", TA)
held("President Donald Trump and Prime Minister Shinzo Abe dined together with their wives on the patio at Mar-a-Lago on Friday night.", ["Donald Trump", "Shinzo Abe"])
held("Modi and Xi strolled along the shore of East Lake in Wuhan on Friday and later took a boat ride.", MX)
held("Xi and Modi toured the seventh-century shore temples at Mamallapuram on Friday evening.", MX)
held("Obama and Xi walked the grounds of the Sunnylands estate in Rancho Mirage on Saturday morning, without ties.", OX)
held("Erdogan and Putin watched a flying display at the MAKS air show outside Moscow on Tuesday.", EP)
held("Trump and Macron watched the Bastille Day parade on the Champs-Elysees from the presidential stand on Friday.", TM)
held("Trump and Macron dined with their wives at the Jules Verne restaurant on the second floor of the Eiffel Tower on Thursday.", TM)
held("Trump and Kim strolled through the gardens of the Capella hotel on Sentosa after their morning session.", TK)
held("Kim and Trump shared a working lunch of beef short rib and sweet and sour pork at the Capella.", TK)
held("Trump played a round with Abe at Mobara Country Club on Sunday before the two watched the sumo tournament in Tokyo.", TA)
held("Abe golfed with Trump at Mobara on Sunday morning, the government spokesman said.", TA)
held("The two leaders, Modi and Xi, took a walk along the Mamallapuram beach on Saturday.", MX)
held("Abe took Putin on a tour of the Otani Sanso hot-spring inn in Nagato on Thursday evening.", ["Abe", "Putin"])
held("Abe, who golfed with Trump at Mobara on Sunday, joined him at the sumo hall in the evening.", TA)

unheld("Trump and Abe did not play golf at Jupiter on Saturday because of the rain.", TA, "a negated act")
unheld("Trump and Abe will dine together at Mar-a-Lago on Saturday evening with members of the Japanese delegation.", TA, "an act still to come")
unheld("Modi and Xi are expected to tour the shore temples at Mamallapuram on Friday.", MX, "an act expected")
unheld("Trump denied that he had played golf with Abe during the visit.", TA, "a denied act")
unheld("If the weather holds, Obama and Xi could walk the Sunnylands grounds on Saturday.", OX, "an act under a condition")
unheld("Trump played golf with Ernie Els at Jupiter on Saturday while the Japanese delegation rested.", TA, "done with someone else")
unheld("Trump played golf with Ernie Els at Jupiter, and Abe toured the Kennedy Space Center.", TA, "each with another")
unheld("Trump, who played golf with Abe at Jupiter in 2017, will host him again in Washington next month.", TA, "another year's act")
unheld("Obama and Xi never walked the Sunnylands grounds together, aides said.", OX, "a negated act")
unheld("Macron and Trump are set to watch the Bastille Day parade on Friday.", TM, "an act planned")
unheld("Trump and Kim did not share a meal in Hanoi after the talks collapsed.", TK, "a negated act")
unheld("Abe played a key role in arranging the visit, officials in Tokyo said.", TA, "no pastime: a role")
unheld("Erdogan hopes to watch the MAKS air show with Putin next year.", EP, "an act hoped for")
unheld("Trump toured a factory in Ohio on Friday, and Abe toured a shrine in Kyoto.", TA, "each on his own")
unheld("Trump and Abe walked a fine line on trade in their remarks to reporters.", TA, "a walk as a figure")
unheld("Trump and Abe walked back their earlier remarks on the yen.", TA, "a walk as a figure")
unheld("Trump and Abe dined separately on Friday night, their aides said.", TA, "done apart")
unheld("Neither Trump nor Abe played golf on Saturday.", TA, "a negated act")
unheld("Trump and Abe played a game of chicken over car tariffs all spring.", TA, "a game as a figure")
unheld("Trump and Abe hiked tariffs on each other's steel.", TA, "no pastime: a hike in tariffs")

# Reviewer probes (rvA): a round of another thing, a habit, a claim called false, an outing
# told as background of a plan, and someone of a party's (the possessive is no norm).
held("Abe and Trump teed off at Kasumigaseki Country Club outside Tokyo on Sunday, joined by Hideki Matsuyama.", TA)
held("Japan's Abe and Trump dined at a teppanyaki restaurant in Tokyo's Ginza district on Sunday night.", TA)
held("The two leaders, Trump and Abe, played a round at the president's course in Sterling, Virginia, on Saturday.", TA)
unheld("Trump and Kim played a round of brinkmanship over missile tests all summer.", TK, "a round as a figure")
unheld("Trump and Abe have dined together many times over the years.", TA, "a habit, not this meeting")
unheld("Reports that Trump and Abe dined at Mar-a-Lago on Friday were false, officials said.", TA, "a report called false")
unheld("Trump and Abe dined together, a claim the White House later denied.", TA, "a claim denied after it")
unheld("Trump and Abe, who golfed together at Mar-a-Lago in February, will meet again in Osaka next month.", TA, "an earlier outing told before a plan")
unheld("Trump and Abe's foreign minister lunched at the State Department on Tuesday.", TA, "the minister's lunch, not Abe's")

# --- court-ruling: a court's decision as a vote -------------------------------------------

event(True, "The U.S. Court of Appeals for the Federal Circuit on Friday upheld the trade court's finding that the tariffs were unlawful.", "vote", "a court upheld", "appeals court ruling")
event(True, "A federal appeals court struck down most of President Donald Trump's tariffs on Friday, declaring them illegal.", "vote", "a court struck down", "appeals court ruling")
event(True, "Britain's Supreme Court dismissed the government's appeal over its Rwanda asylum plan on Wednesday.", "vote", "a court dismissed the appeal", "Supreme Court ruling")
event(True, "The Court of International Trade set aside the tariffs on May 28, finding that the emergency law gave the president no such power.", "vote", "a court set aside", "trade court ruling")
event(True, "The Supreme Court overturned Roe v. Wade on Friday, ending the constitutional right to abortion.", "vote", "a court overturned", "Supreme Court ruling")
event(True, "Kenya's Supreme Court threw out the result of the presidential election on Friday and ordered a rerun within 60 days.", "vote", "a court threw out", "Supreme Court ruling")
event(True, "The EU General Court annulled the sanctions against Violetta Prigozhina on Wednesday.", "vote", "a court annulled", "General Court ruling")
event(True, "The judges of the Federal Circuit sided with the five small businesses that brought the case.", "vote", "the judges sided with", "appeals court ruling")
event(True, "The tariffs were struck down by the Court of International Trade on May 28.", "vote", "struck down by a court", "trade court ruling")
event(True, "Pakistan's Supreme Court quashed the arrest warrant on Thursday, ordering Khan's release.", "vote", "a court quashed", "Supreme Court ruling")
event(True, "South Korea's Constitutional Court upheld the impeachment of President Yoon Suk Yeol on Friday, removing him from office.", "vote", "a court upheld", "Constitutional Court ruling")
event(True, "The full bench rejected the petition on Monday after a two-day hearing.", "vote", "a bench rejected the petition", "Supreme Court ruling")
event(True, "An appeals panel of three judges upheld the conviction of the former mayor on Tuesday.", "vote", "a panel of judges upheld", "appeals ruling")
event(True, "The case went to the Supreme Court, which overturned the verdict in March.", "vote", "the court which overturned", "Supreme Court ruling")

event(False, "The Supreme Court is expected to uphold the tariffs when it rules next year.", "vote", "a ruling expected", "Supreme Court ruling")
event(False, "The court did not strike down the tariffs, leaving them in force.", "vote", "a negated ruling", "trade court ruling")
event(False, "Lawyers for the importers hope the justices will overturn the ruling.", "vote", "a ruling hoped for", "Supreme Court ruling")
event(False, "If the court struck down the tariffs, importers could seek refunds running to billions.", "vote", "a ruling under a condition", "Supreme Court ruling")
event(False, "Trade officials said the appeals court could have struck down the duties outright.", "vote", "a ruling that could have been", "appeals court ruling")
event(False, "The commerce ministry dismissed the appeal from the importers on Tuesday.", "vote", "no court decides", "ministry decision")
event(False, "The government threw out the bids for the port contract on Monday.", "vote", "no court decides", "tender cancelled")
event(False, "The court dismissed reports that its judges had been pressured by the government.", "vote", "no legal object: a report", "court statement")
event(False, "The White House denied that the Supreme Court had overturned the tariffs.", "vote", "a denied ruling", "Supreme Court ruling")
event(False, "An appeals court on Friday struck down most of the tariffs imposed in April.", "strike", "a ruling is no strike", "appeals court ruling")
event(False, "An appeals court on Friday struck down most of the tariffs imposed in April.", "attack", "a ruling is no attack", "appeals court ruling")
event(False, "Trump said the judges had struck a blow against American workers.", "vote", "no ruling verb", "Trump's reaction")
event(False, "A panel of experts rejected the claims of the opposition on Tuesday.", "vote", "a panel of experts is no court", "expert panel report")
event(False, "Trump's lawyers asked the Supreme Court to overturn the ruling of the trade court.", "vote", "a ruling asked for", "appeal to the Supreme Court")
event(False, "A federal judge in Boston blocked the order on Friday.", "vote", "a lone judge's order is no vote", "judge blocked the order")

# Reviewer probes (rvA): "ruling" before a noun is no court; a claim of what a court did.
event(True, "In a 7-4 decision, the appeals court upheld the trade court's May ruling on Friday.", "vote", "a court upheld", "appeals court ruling")
event(True, "The ruling of the Federal Circuit on Friday upheld the trade court's finding.", "vote", "a ruling upheld", "appeals court ruling")
event(False, "The ruling party dismissed the opposition's petition for a recount on Monday.", "vote", "a ruling party is no court", "party rejects petition")
event(False, "The ruling coalition rejected the opposition's motion in a statement on Tuesday.", "vote", "a ruling coalition is no court", "coalition statement")
event(False, "Lawyers argued the trial court overturned precedent, the appellant's brief said.", "vote", "a claim of a ruling", "appellant brief")
event(False, "Government lawyers claimed the appeals court had upheld a flawed reading of the law.", "vote", "a claim of a ruling", "government claim")

# --- put-off: shelved, put on ice, pushed back, called off --------------------------------

aid(True, "Washington put military aid to Kyiv on ice on Monday, a defence official said.", "aid put on ice")
aid(True, "UNRWA shelved its food convoys to northern Gaza after a truck was shelled on Tuesday.", "aid shelved")
aid(True, "The donor put the reconstruction grants on the back burner until the audit is done.", "aid on the back burner")
measure(True, "The EU put its countermeasures against U.S. steel tariffs on ice for 90 days.", "suspended", "measure put on ice", "European Commission")
measure(True, "Brussels shelved its duties on American bourbon and motorcycles on Wednesday.", "suspended", "measure shelved", "European Commission")
measure(True, "The start of the 25% tariffs on Mexican goods covered by the trade pact was pushed back to April 2.", "suspended", "start pushed back", "White House")
measure(True, "Canada called off its retaliatory tariffs on U.S. goods covered by the trade pact from September 1.", "lifted", "tariffs called off", "Canadian government")
summit(PUT_OFF, True, "Harper called off the North American leaders' summit with Obama and Pena Nieto.", ["Harper", "Obama"], "cancelled", "summit called off")
summit(PUT_OFF, True, "The Trump-Putin summit in Budapest has been put on ice, a White House official said.", ["Trump", "Putin"], "on_hold", "summit put on ice")
summit(PUT_OFF, True, "Pakistan pushed the SAARC summit in Islamabad back indefinitely after India declined to attend.", ["Vajpayee", "Jamali"], "postponed", "summit pushed back")
summit(PUT_OFF, True, "Trump scrapped his Budapest meeting with Putin, saying he did not want a wasted meeting.", ["Trump", "Putin"], "cancelled", "meeting scrapped")
measure(True, "Trump put the tariffs on Mexican and Canadian goods on the back burner for a month.", "suspended", "measure on the back burner", "White House")

aid(False, "The Pentagon said Washington had not put military aid to Kyiv on ice.", "a negated pause")
aid(False, "UNRWA denied that it had shelved its food convoys to northern Gaza.", "a denied pause")
measure(False, "The EU could put its countermeasures on ice if the talks in Washington succeed.", "suspended", "a prospect", "European Commission")
measure(False, "Brussels denied that it had shelved the duties on American bourbon.", "suspended", "a denied pause", "European Commission")
measure(False, "The duties were not pushed back, and took effect at midnight on Tuesday.", "suspended", "a negated delay", "White House")
measure(False, "The start of the tariffs on Mexican goods may be pushed back to April.", "suspended", "a delay that may come", "White House")
measure(False, "Canada has not called off its retaliatory tariffs on U.S. steel and aluminium.", "lifted", "a negated lifting", "Canadian government")
measure(False, "Ottawa called off a planned protest at the border, and its tariffs on U.S. steel remain.", "lifted", "something else called off", "Canadian government")
summit(PUT_OFF, False, "Harper did not call off the summit with Obama, his office said.", ["Harper", "Obama"], "cancelled", "a negated call-off")
summit(PUT_OFF, False, "Aides said the Budapest summit between Trump and Putin could be put on ice.", ["Trump", "Putin"], "on_hold", "a pause that may come")
summit(PUT_OFF, False, "Trump may call off the meeting with Putin in Budapest, aides said.", ["Trump", "Putin"], "cancelled", "a call-off that may come")
summit(PUT_OFF, False, "The Kremlin denied that the Budapest summit between Putin and Trump had been shelved.", ["Trump", "Putin"], "on_hold", "a denied pause")
# Reviewer probes (rvA): what is put off must be the aid or the measure (or its start):
# not a plan, talks, relief, a plant or an assault; "pushed back against" is resisting.
aid(True, "The Dutch government shelved a planned 3.5 million euro grant to the agency on Friday.", "a grant shelved")
aid(True, "Washington put the weapons shipments to Kyiv on ice pending a Pentagon review.", "shipments on ice")
measure(True, "Brussels has mothballed its planned levies on U.S. goods for six months.", "suspended", "levies mothballed", "European Commission")
measure(True, "Trump pushed back the start of the 50% duties on EU goods to July 9.", "suspended", "start pushed back", "White House")
measure(True, "The tariffs on Canadian lumber were put off by a month, the Commerce Department said.", "suspended", "tariffs put off", "White House")
aid(False, "Britain shelved its plan to cut aid to Gaza after an outcry from charities.", "a plan to cut aid shelved: aid goes on")
aid(False, "The company shelved plans for a factory near Kyiv, citing the war.", "no aid shelved: a factory")
measure(False, "China pushed back against the tariffs, calling them bullying.", "suspended", "pushed back against: resisted", "White House")
measure(False, "Investors were put off by the tariffs, which took effect on Tuesday.", "suspended", "investors put off", "White House")
measure(False, "The steel plant was mothballed after the sanctions took effect.", "suspended", "a plant mothballed", "White House")
measure(False, "Trump called off talks with Canada over its digital tax and tariffs on Friday.", "lifted", "talks called off", "White House")
measure(False, "The EU put the trade talks on ice over the new tariffs.", "suspended", "talks on ice", "European Commission")
measure(False, "Sanctions relief for Moscow is on the back burner, officials said, and the measures stay.", "suspended", "relief on the back burner", "European Commission")
measure(False, "Ukraine's forces pushed back a Russian assault near Pokrovsk, as the EU's new sanctions took effect.", "suspended", "an assault pushed back", "European Commission")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
