# ruff: noqa: E501  (the cases are written one sentence a line, as outlets print them)
"""Build the stages-44 set (``grounding_stages44.jsonl``): a status or a number read from the
right word in multi-stage evidence (an outside check, session 20: check 44's cause 4 and three
of its single shapes). By category:

- ``law-stage``: a bill's stages come in one order (introduced, passed, made law, in force),
  and the last the evidence states is its status: "received Royal Assent", "promulgated",
  "gazetted", "published in the official journal", "made law", "came into force" make a bill
  ``enacted`` beside an earlier "introduced" or "tabled". Refused: an earlier stage alone, a
  last stage only foreseen or negated, and an earlier stage given as the status of a bill
  the evidence says was made law.
- ``truce-aspect``: lasting in the present perfect or the progressive goes on ("has lasted a
  week", "has so far held", "is holding", "continues to hold"): the truce is ``in_effect``;
  "an open-ended ceasefire" is no end. Refused: a simple past with a length ("lasted a week
  before ..."), an expiry, a collapse.
- ``renewal-expiry``: a truce that lapsed "without being renewed", "with no extension" or
  "and was not extended" expired, "in May" before the verb being the month, no modal.
  Refused: ``in_effect`` for it, and ``expired`` for a truce renewed after it lapsed.
- ``pending-rate``: a rate a change still to come starts from ("will rise to 25 percent ...
  if no deal", "is set to climb to", "is due to rise to") is the rate in force now, for a
  measure imposed or in force. Refused: the same number once the change has happened ("was
  raised to", "rose to"), and for a fact about the coming change (announced, threatened).
- ``own-body``: a country and its own ministry, presidency, government or spokesperson
  announce as one ("Egypt announced ..." and "the announcement came from the Egyptian foreign
  ministry"). Refused: another country's body, or a body in another role beside another
  country's announcement.

Run ``python tests/data/make_stages44_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures and bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_stages44.jsonl")

LEADS = [
    "OTTAWA, Nov 4 (Northern Wire) -",
    "Parliamentary record | Bill summary",
    "The Coastal Courier | World",
    "Explainer: where things stand",
    "Interview transcript | Evening Desk",
    "Statement | Ministry of Foreign Affairs",
    "Live updates: day 12",
]
built = SupportCases("st44", LEADS)
OK, NO = True, False


def bill(sentences: list[str], expect: bool, why: str, value: str = "enacted") -> None:
    built.graded_fact("law-stage", "sanctions", "status", value, sentences, expect,
                      SUPPORTED if expect else ANY, why, instrument="bill")  # fmt: skip


def truce(category: str, sentences: list[str], value: str, expect: bool, why: str) -> None:
    built.graded_fact(category, "ceasefires", "status", value, sentences, expect,
                      SUPPORTED if expect else ANY, why)  # fmt: skip


def rate(sentence: str, value: float, status: str, expect: bool, why: str) -> None:
    quantity: Any = {"value": value, "qualifier": "exact"}
    built.graded_fact("pending-rate", "sanctions", "tariff_rate_percent", quantity, [sentence],
                      expect, SUPPORTED if expect else ANY, why,
                      instrument="executive_action", status=status)  # fmt: skip


def body(sentences: list[str], who: str, expect: bool, why: str) -> None:
    fact = {"reported_by": who, "evidence": sentences}
    built.add("own-body", expect, f"reported_by {who}: {why}", built.page(*sentences),
              {"ceasefires": [fact]}, "ceasefires[0].reported_by")  # fmt: skip


# --- law-stage: must pass ------------------------------------------------------------------
bill(["The bill, passed by the Senate in March, entered into force on 1 May."],
     OK, "entered into force: only a law does")  # fmt: skip
bill(["The sanctions act took effect on Monday, weeks after the House passed it."],
     OK, "took effect after passing")  # fmt: skip
bill(["Bill C-41 was introduced in the House of Commons in March.",
      "It received Royal Assent on June 22 and came into force the same day."],
     OK, "Royal Assent after 'introduced'")  # fmt: skip
bill(["The measure was tabled in parliament in January and was promulgated by the king on 4 April."],
     OK, "'promulgated' after 'tabled'")  # fmt: skip
bill(["Tabled in the Dail last spring, the sanctions act was gazetted on Friday."],
     OK, "'gazetted'")  # fmt: skip
bill(["The law, proposed by the cabinet in 2021, came into force on 1 July after the upper house approved it."],
     OK, "a bill that came into force is law")  # fmt: skip
bill(["The act was introduced in the Sejm on 3 March.",
      "It was published in the official journal on 30 June and took effect on 1 July."],
     OK, "'published in the official journal'")  # fmt: skip
bill(["Senator Mireille Dubois filed the bill in 2022; it entered into force on January 1."],
     OK, "'entered into force' after 'filed'")  # fmt: skip
bill(["The asset-freeze bill, submitted by the government in May, was passed into law on Thursday."],
     OK, "'passed into law'")  # fmt: skip
bill(["Introduced by Representative Tomas Ilves, the bill was given Royal Assent on Tuesday."],
     OK, "'given Royal Assent'")  # fmt: skip
bill(["The Storting first debated the bill in April.",
      "President-in-council assent followed, and the statute went into effect on 15 August."],
     OK, "'went into effect' of the statute")  # fmt: skip
bill(["The export-control bill was introduced on 2 February and published in the Government Gazette on 9 May."],
     OK, "'published in the Government Gazette'")  # fmt: skip
bill(["Lawmakers introduced the bill last year. Governor Ana Ruiz assented to it on Monday."],
     OK, "'assented to it'")  # fmt: skip
# --- law-stage: must fail ------------------------------------------------------------------
bill(["The House passed the Tariff Relief Act 402 to 11 on Tuesday, a day after the Senate approved it by voice vote."],
     NO, "both chambers passed it; no one signed it (session 20 review)")  # fmt: skip
bill(["Both chambers have now approved the sanctions bill, which goes to the president."],
     NO, "approved by both chambers, not yet law")  # fmt: skip
bill(["The Senate approved the measure 88 to 9 on Thursday after the House passed it in May."],
     NO, "a chamber's approval is no coming into force")  # fmt: skip
bill(["The Magnitsky-style bill was introduced in the Senate in May 2016 by Senator Ruth Kaye."],
     NO, "introduced only")  # fmt: skip
bill(["The bill was introduced in March and passed by the lower house in April; the senate has not voted."],
     NO, "one chamber only")  # fmt: skip
bill(["The bill received its first reading in the Commons on 4 May."], NO, "a first reading")
bill(["The bill, tabled in May, will come into force only if the president signs it."],
     NO, "coming into force foreseen")  # fmt: skip
bill(["The bill was introduced in January and is expected to receive Royal Assent next week."],
     NO, "assent expected")  # fmt: skip
bill(["The bill has not yet been gazetted, although both chambers passed it in June."],
     NO, "'not yet gazetted'")  # fmt: skip
bill(["Bill C-41 was introduced in the House of Commons in March.",
      "It received Royal Assent on June 22 and came into force the same day."],
     NO, "introduced is its history, not its status", value="introduced")  # fmt: skip
bill(["The bill cleared the Bundestag in May and was promulgated by President Steinmeier in July."],
     NO, "promulgated: past one chamber is history", value="passed_one_chamber")  # fmt: skip
bill(["The act, tabled in 2020, was gazetted on 3 March."],
     NO, "gazetted: tabled is history", value="introduced")  # fmt: skip
bill(["Filed in the House in June, the bill passed both chambers and was made law on 12 December."],
     NO, "made law: filed is history", value="introduced")  # fmt: skip
bill(["The sanctions bill awaits the king's assent after the senate passed it on Wednesday."],
     NO, "assent awaited")  # fmt: skip

# --- truce-aspect: must pass ---------------------------------------------------------------
truce("truce-aspect", ["Egypt announced an open-ended ceasefire in Gaza on August 26.", "It has lasted a week."],
      "in_effect", OK, "'has lasted'; 'open-ended' is no end")  # fmt: skip
truce("truce-aspect", ["The truce between the army and the rebels has held for ten days, monitors said."],
      "in_effect", OK, "'has held for ten days'")  # fmt: skip
truce("truce-aspect", ["A ceasefire brokered by Qatar took hold on Monday. So far it is holding."],
      "in_effect", OK, "'is holding'")  # fmt: skip
truce("truce-aspect", ["The pause in fighting has lasted longer than any before it."],
      "in_effect", OK, "'has lasted longer'")  # fmt: skip
truce("truce-aspect", ["The ceasefire has survived its first month despite sporadic shelling."],
      "in_effect", OK, "'has survived'")  # fmt: skip
truce("truce-aspect", ["The truce has endured since March, the UN envoy Lena Varga said."],
      "in_effect", OK, "'has endured since'")  # fmt: skip
truce("truce-aspect", ["The ceasefire, agreed in Doha, has so far lasted five days."],
      "in_effect", OK, "'has so far lasted'")  # fmt: skip
truce("truce-aspect", ["Despite two rocket alerts, the truce continues to hold along the border."],
      "in_effect", OK, "'continues to hold'")  # fmt: skip
truce("truce-aspect", ["Ten days on, the cessation of hostilities remains intact, residents told us."],
      "in_effect", OK, "'remains intact'")  # fmt: skip
truce("truce-aspect", ["The open-ended truce that mediators announced on Friday took effect at dawn."],
      "in_effect", OK, "'open-ended' beside 'took effect'")  # fmt: skip
truce("truce-aspect", ["Kenya announced a never-ending ceasefire, as its minister put it, and it has now held for three weeks."],
      "in_effect", OK, "'never-ending', 'has now held'")  # fmt: skip
# --- truce-aspect: must fail ---------------------------------------------------------------
truce("truce-aspect", ["The ceasefire lasted a week before fighting resumed."],
      "in_effect", NO, "'lasted a week before': over")  # fmt: skip
truce("truce-aspect", ["The truce lasted only three days and expired on Friday."],
      "in_effect", NO, "expired")  # fmt: skip
truce("truce-aspect", ["The 2019 truce held for two months, then collapsed."],
      "in_effect", NO, "collapsed")  # fmt: skip
truce("truce-aspect", ["The open-ended ceasefire collapsed on Tuesday when shelling resumed."],
      "in_effect", NO, "collapsed, though open-ended")  # fmt: skip
truce("truce-aspect", ["The ceasefire has not held: shelling resumed within hours."],
      "in_effect", NO, "'has not held'")  # fmt: skip
truce("truce-aspect", ["Egypt announced an open-ended ceasefire on August 26. It has lasted a week."],
      "expired", NO, "'has lasted' goes on")  # fmt: skip
truce("truce-aspect", ["The truce has so far held for five days, officials in Juba said."],
      "expired", NO, "'has so far held'")  # fmt: skip
truce("truce-aspect", ["The truce is holding, though both sides report small breaches."],
      "collapsed", NO, "'is holding'")  # fmt: skip
truce("truce-aspect", ["An open-ended ceasefire was announced by Qatar on Sunday."],
      "expired", NO, "'open-ended' is no expiry")  # fmt: skip
truce("truce-aspect", ["The earlier lull ran for 60 days and ended in March; the new truce is not yet in force."],
      "in_effect", NO, "not yet in force")  # fmt: skip

# --- renewal-expiry: must pass -------------------------------------------------------------
truce("renewal-expiry", ["The truce that Turkey brokered in May expired on Sunday without being renewed."],
      "expired", OK, "'in May' is the month")  # fmt: skip
truce(
    "renewal-expiry",
    ["The ceasefire ran out at midnight and was not extended."],
    "expired",
    OK,
    "ran out",
)
truce("renewal-expiry", ["The 72-hour truce lapsed on Friday without being extended, officials said."],
      "expired", OK, "lapsed, not extended")  # fmt: skip
truce(
    "renewal-expiry",
    ["The ceasefire ended on Tuesday with no renewal agreed."],
    "expired",
    OK,
    "ended",
)
truce("renewal-expiry", ["The truce agreed in early May expired at dawn without any extension."],
      "expired", OK, "'in early May'")  # fmt: skip
truce("renewal-expiry", ["A pause that began in May lapsed on 2 June, and no one renewed it."],
      "expired", OK, "lapsed, 'no one renewed'")  # fmt: skip
truce("renewal-expiry", ["The humanitarian pause, in place since May 3, expired on Thursday."],
      "expired", OK, "'since May 3'")  # fmt: skip
truce("renewal-expiry", ["The truce, which lapsed on April 30, was renewed on May 7 until May 31."],
      "in_effect", OK, "renewed after it lapsed")  # fmt: skip
truce("renewal-expiry", ["The ceasefire expired on Friday but was rolled over on Saturday for another week."],
      "in_effect", OK, "rolled over after expiry")  # fmt: skip
truce("renewal-expiry", ["The lull brokered by Oman last May expired on schedule, without renewal."],
      "expired", OK, "'last May'")  # fmt: skip
# --- renewal-expiry: must fail -------------------------------------------------------------
truce("renewal-expiry", ["The truce that Turkey brokered in May expired on Sunday without being renewed."],
      "in_effect", NO, "expired, not renewed")  # fmt: skip
truce("renewal-expiry", ["The 72-hour truce lapsed on Friday without being extended, officials said."],
      "in_effect", NO, "lapsed without extension")  # fmt: skip
truce("renewal-expiry", ["The ceasefire expired on Friday but was rolled over on Saturday for another week."],
      "expired", NO, "rolled over since")  # fmt: skip
truce("renewal-expiry", ["The truce, which lapsed on April 30, was renewed on May 7 until May 31."],
      "expired", NO, "renewed since")  # fmt: skip
truce("renewal-expiry", ["The truce expired on Sunday but was renewed on Monday for a week."],
      "expired", NO, "renewed the next day")  # fmt: skip
truce("renewal-expiry", ["The ceasefire may expire on Sunday if it is not renewed."],
      "expired", NO, "'may expire': a prospect")  # fmt: skip
truce("renewal-expiry", ["The truce is due to expire in May unless the parties renew it."],
      "expired", NO, "due to expire")  # fmt: skip
truce("renewal-expiry", ["The truce agreed in May collapsed within hours when shelling resumed."],
      "expired", NO, "collapsed, no expiry")  # fmt: skip
truce("renewal-expiry", ["A pause that began in May lapsed on 2 June, and no one renewed it."],
      "in_effect", NO, "lapsed, not renewed")  # fmt: skip
truce(
    "renewal-expiry",
    ["The ceasefire ran out at midnight and was not extended."],
    "in_effect",
    NO,
    "ran out",
)

# --- pending-rate: must pass ---------------------------------------------------------------
# the rate a foreseen change leads to is not the rate now (session 20 review)
for sentence, value in [
    ("The 10 percent tariff will rise to 25 percent on January 1 if no deal is reached.", 25),
    ("Officials threatened to raise the tariff to 60 percent next month.", 60),
    ("The duty on steel is set to climb to 30% in April.", 30),
    ("The government would double the levy to 20 percent if talks fail.", 20),
    ("Ministers plan to lift the surcharge to 15 per cent from July.", 15),
]:
    built.graded_fact("pending-rate", "sanctions", "tariff_rate_percent",
                      {"value": value, "qualifier": "exact"}, [sentence], NO, WEAK,
                      "the coming rate, not the rate now", instrument="executive_action",
                      status="imposed")  # fmt: skip
for sentence, value, status in [
    ("The 10 percent tariff was raised to 25 percent on Monday.", 25, "imposed"),
    ("The duty rose to 30% in April after talks failed.", 30, "in_force"),
    ("The government said it will raise the levy to 20 percent from July.", 20, "announced"),
    ("Officials threatened to raise the tariff to 60 percent next month.", 60, "threatened"),
]:
    rate(sentence, value, status, OK, "the rate now, or the fact is about the change")
# a change already made, a later one foreseen (session 20 review)
rate("The 10 percent tariff was raised to 25 percent on Monday and could rise again if no deal is reached.",
     10, "imposed", NO, "10 was the rate before Monday's rise")  # fmt: skip
rate("The 12 percent duty was hiked to 30 percent in May; the minister said it may be lifted if talks resume.",
     12, "imposed", NO, "12 was the duty before May")  # fmt: skip
rate("The 5 percent levy, which was raised to 15 percent in March, could be cut if exports recover.",
     5, "in_force", NO, "5 was the levy before March")  # fmt: skip
rate("The 10 percent tariff imposed in March will rise to 25 percent on July 1.",
     10, "imposed", OK, "the rise is still to come; 10 is in force")  # fmt: skip
rate("The 10 percent tariff will rise to 25 percent on January 1 if no deal is reached.",
     10, "imposed", OK, "rise foreseen: 10 now")  # fmt: skip
rate(
    "Canada's 15% surtax on aluminium is set to climb to 30% next month.",
    15,
    "imposed",
    OK,
    "'set to climb'",
)
rate("The 8 percent levy on rice would be doubled to 16 percent unless talks succeed, officials warned.",
     8, "in_force", OK, "'would be doubled ... unless'")  # fmt: skip
rate("Seoul's 12 per cent duty on Japanese steel is due to rise to 20 per cent in March.",
     12, "imposed", OK, "'is due to rise'")  # fmt: skip
rate("The 5% duty could be raised to 15% if the dispute drags on, the ministry said.",
     5, "imposed", OK, "'could be raised ... if'")  # fmt: skip
rate(
    "The 20 percent tariff is to be lifted to 35 percent from July 1.",
    20,
    "in_force",
    OK,
    "'is to be lifted'",
)
rate("Failing a settlement, the 7 percent levy on cheese will be hiked to 14 percent.",
     7, "imposed", OK, "'failing': a condition")  # fmt: skip
rate("The 18 per cent duty on bicycles may go to 36 per cent, trade officials say.",
     18, "in_force", OK, "'may go to'")  # fmt: skip
rate("Under the plan, the 4 percent tariff is expected to rise to 9 percent in the spring.",
     4, "imposed", OK, "'is expected to rise'")  # fmt: skip
rate("Washington's 25% tariff on Mexican tomatoes would climb to 40% should talks fail, if officials follow through.",
     25, "imposed", OK, "'would climb ... if'")  # fmt: skip
# --- pending-rate: must fail ---------------------------------------------------------------
rate(
    "The 10 percent tariff was raised to 25 percent on Friday.", 10, "imposed", NO, "raised: 25 now"
)
rate(
    "Mexico's 15 percent duty on steel rose to 25 percent on Monday.",
    15,
    "imposed",
    NO,
    "'rose to'",
)
rate("Failing a deal, the 12 percent levy would be raised to 20 percent on 1 March.",
     12, "announced", NO, "the announced raise is 20")  # fmt: skip
rate("The 10 percent tariff will rise to 25 percent on January 1 if no deal is reached.",
     10, "threatened", NO, "the threat is 25")  # fmt: skip
rate(
    "Brazil's 6% tariff on ethanol was increased to 18% in May.",
    6,
    "in_force",
    NO,
    "'was increased'",
)
rate(
    "The 9 percent duty on tyres climbed to 21 percent last week.", 9, "imposed", NO, "'climbed to'"
)
rate(
    "India's 30 per cent levy on lentils jumped to 50 per cent overnight.",
    30,
    "in_force",
    NO,
    "'jumped to'",
)
rate(
    "The 8 percent tariff was hiked to 16 percent after talks failed.",
    8,
    "imposed",
    NO,
    "hiked; 'after talks failed'",
)
rate("The 5 percent surcharge will rise to 15 percent next year, the finance ministry announced.",
     5, "announced", NO, "the announced rise")  # fmt: skip
rate(
    "Japan's 11 percent duty on beef was cut to 9 percent in April.",
    11,
    "in_force",
    NO,
    "'was cut to'",
)

# --- own-body: must pass -------------------------------------------------------------------
body(["Egypt announced an open-ended ceasefire between Israel and the factions in Gaza on August 26.",
      "The announcement came from the Egyptian foreign ministry."],
     "the Egyptian foreign ministry", OK, "Egypt and its foreign ministry")  # fmt: skip
body(["Qatar announced the truce on Tuesday.", "The statement came from Qatar's foreign ministry."],
     "Qatar's foreign ministry", OK, "a statement that came from it")  # fmt: skip
body(["Cairo announced a three-day pause, and the Egyptian presidency said it would monitor it."],
     "the Egyptian presidency", OK, "Cairo is Egypt")  # fmt: skip
body(["Turkey declared the truce on Sunday, Turkish foreign ministry spokesman Oncu Keceli said."],
     "the Turkish foreign ministry", OK, "Turkey and its spokesman")  # fmt: skip
body(["The truce was announced by Norway. The Norwegian government said the talks had been hard."],
     "the Norwegian government", OK, "Norway and its government")  # fmt: skip
body(["Egypt's foreign ministry announced the ceasefire on Friday."], "Egypt", OK, "its ministry")
body(["Oman announced the pause in a statement read on state television.",
      "The Omani foreign ministry later confirmed the details."],
     "the Omani foreign ministry", OK, "Oman and its ministry")  # fmt: skip
body(["Doha announced that both sides had agreed to a 48-hour halt.",
      "The word came from the Qatari foreign ministry shortly after midnight."],
     "the Qatari foreign ministry", OK, "Doha is Qatar")  # fmt: skip
body(["Algeria announced the ceasefire in Mali, the Algerian government said in a statement."],
     "the Algerian government", OK, "Algeria and its government")  # fmt: skip
body(["Kenya announced the truce; the Kenyan presidency issued the text an hour later."],
     "the Kenyan presidency", OK, "Kenya and its presidency")  # fmt: skip
# --- own-body: must fail -------------------------------------------------------------------
body(["Qatar announced the truce on Tuesday, and the Egyptian foreign ministry welcomed it."],
     "the Egyptian foreign ministry", NO, "Qatar announced; Egypt welcomed")  # fmt: skip
body(["The Qatari foreign ministry announced the ceasefire; the Egyptian foreign ministry had drafted it."],
     "the Egyptian foreign ministry", NO, "Qatar's ministry announced")  # fmt: skip
body(["The United States announced the pause, and the Egyptian foreign ministry hosted the talks."],
     "the Egyptian foreign ministry", NO, "the US announced")  # fmt: skip
body(["Turkey announced the truce; the Russian government backed it."],
     "the Russian government", NO, "Turkey announced; Russia backed")  # fmt: skip
body(["Norway declared the truce, and the Colombian government accepted it."],
     "the Colombian government", NO, "Norway declared")  # fmt: skip
body(["Oman announced the pause after the Iranian foreign ministry agreed to it."],
     "the Iranian foreign ministry", NO, "Oman announced; Iran agreed")  # fmt: skip
body(["Egypt announced the ceasefire, which the Israeli government accepted hours later."],
     "the Israeli government", NO, "Egypt announced; Israel accepted")  # fmt: skip
body(["Qatar announced the truce. The announcement came from Qatar's foreign ministry."],
     "the Egyptian foreign ministry", NO, "not named")  # fmt: skip
body(["Kenya announced the truce; the Ugandan presidency welcomed it."],
     "the Ugandan presidency", NO, "Kenya announced; Uganda welcomed")  # fmt: skip
body(["Cairo announced a pause, and the Saudi foreign ministry praised the move."],
     "the Saudi foreign ministry", NO, "Egypt announced; Saudi praised")  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
