# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the statuses-51 set (``grounding_statuses51.jsonl``): a status read from a clause that
does not apply to the fact, and a deal's announcement or an election's vote told by its outcome
(an outside check, session 24: check 51's causes 1 and 2; :mod:`unapplied_cues`,
:mod:`told_outcomes`). By category:

- ``ruling-paused``: a court's pause of its own ruling ("the judges paused their decision until
  Oct. 14", "delayed the effect of its ruling", "the judgment was put on hold", "suspended the
  lower court's order") is no ``suspended`` for the measure, and leaves it ``in_force`` where
  the page says it stays; a measure itself paused ("a judge paused the tariffs", "Brussels
  suspended its countermeasures", "put the pension reform on hold") still is ``suspended``; a
  vote, a hearing or an inquiry put off is no suspension either, enforcement put off is no
  ``in_force``, and shelling reported is no truce ``collapsed``; a ruling as the active
  subject ("the court's ruling suspended the tariffs") still suspends the measure, and a
  ruling or an injunction that "remains in force" keeps no measure in force;
- ``condition-stage``: a step still owed ("To become law, it still has to clear the House and
  be signed", "must now be approved by the House of Lords", "has to be approved by the
  Bundesrat and signed", "would have to be passed by the Senate and signed into law") is no
  ``enacted``, and leaves ``passed_one_chamber`` as the latest stage; a measure signed before
  an obligation about its use ("signed the bill; agencies must implement it") stays
  ``enacted`` (a truce "which took effect at midnight, must be respected" stays in effect),
  one only threatened is not ``imposed``, and a truce that "must still be agreed" is not
  ``agreed``;
- ``deal-reached``: a trade deal "agreed", "reached", "struck", "sealed", "clinched",
  "finalised", "concluded" or "signed", or a fact box's line "South Korea: reached July 30.",
  is ``announced``; a deal only hoped for, sought, failed, "expected to be agreed", "still
  under negotiation", "yet to be reached", "no deal reached" or "agreed to keep working on"
  is not;
- ``seat-result``: an election told by its seats or its shares ("Labour won 411 seats", "the
  electoral commission had the Coalition ahead in 74 seats", "has at least 77 seats", "took
  only 47 seats", "won 50.89 percent", "won 185 votes in the runoff") is an event of kind
  ``vote``; a poll's or a projection's seats or shares, seats or votes needed, hoped for or
  expected, a chamber's size, a party's seats in the outgoing parliament or a price's move
  ("took 5 percent lower") are not.

Strengths: SUPPORTED must pass; STRONG must carry an unsupported flag; ANY must be refused at
either strength. Run ``python tests/data/make_statuses51_cases.py`` to rebuild it. Every
sentence below was written for this set from public facts of 2023-2025 (rulings, bills, trade
deals and elections as reported), in several outlets' styles; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, ROW_FIELDS, STRONG, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_statuses51.jsonl")
LEADS = [
    "WASHINGTON (Wire) -",
    "The Harbour Ledger | Business",
    "Fact box: where the trade talks stand",
    "From our Canberra correspondent.",
    "Live updates: tariffs, courts and elections",
    "Agency dispatch, translated from German.",
]
P, F = True, False
RULING, CONDITION, DEAL, SEATS = "ruling-paused", "condition-stage", "deal-reached", "seat-result"
S, E, C = "sanctions", "events", "ceasefires"
# (category, expect, strength, kind, field, value, text); each sentence of text is evidence
# fmt: off
CASES = [
    # --- ruling-paused: the court's own ruling paused, the measure kept --------------------
    (RULING, P, SUPPORTED, S, "status", "in_force", "In a 7-4 decision on Friday, the Federal Circuit found that the emergency tariffs exceeded the president's powers. The judges paused their decision until Oct. 14, so the duties remain in place for now."),
    (RULING, F, STRONG, S, "status", "suspended", "In a 7-4 decision on Friday, the Federal Circuit found that the emergency tariffs exceeded the president's powers. The judges paused their decision until Oct. 14, so the duties remain in place for now."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The appeals panel delayed the effect of its ruling until October 14 to leave time for an appeal; importers are still paying the levies."),
    (RULING, F, ANY, S, "status", "suspended", "The appeals panel delayed the effect of its ruling until October 14 to leave time for an appeal; importers are still paying the levies."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "Because the court stayed its own ruling, the reciprocal tariffs continue to apply at 10 percent."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The justices suspended the lower court's order while they hear the case, leaving the ban in force."),
    (RULING, F, ANY, S, "status", "suspended", "The justices suspended the lower court's order while they hear the case, leaving the ban in force."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The appeals court put its ruling on hold until Oct. 14, so the duties continue to be collected."),
    (RULING, F, ANY, S, "status", "suspended", "The appeals court put its ruling on hold until Oct. 14, so the duties continue to be collected."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The judges paused their decision until Oct. 14, and the tariffs remain in place."),
    (RULING, F, ANY, S, "status", "suspended", "The judges paused their decision until Oct. 14."),
    (RULING, F, ANY, S, "status", "suspended", "The trade court's judgment was put on hold by the appeals court a day later."),
    (RULING, F, ANY, S, "status", "suspended", "The justices suspended the lower court's order while they hear the case."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The appeals court lifted the injunction, so the ban is back in force."),
    (RULING, F, STRONG, S, "status", "lifted", "The appeals court lifted the injunction on Monday, so the ban is back in force."),
    (RULING, F, ANY, S, "status", "suspended", "Senators delayed the vote on the sanctions package until next week."),
    (RULING, F, ANY, S, "status", "suspended", "Parliament's inquiry into the levy was halted in March."),
    (RULING, F, ANY, S, "status", "in_force", "The ministry said enforcement of the ban had been put off until January."),
    (RULING, F, ANY, S, "status", "suspended", "The Senate hearing on the digital services tax was delayed by a week."),
    (RULING, F, ANY, C, "status", "collapsed", "Shelling resumed in Donetsk on Tuesday, residents said, a day after the truce was declared."),
    (RULING, F, ANY, S, "status", "in_force", "The trade court's ruling remains in force while the appeal is heard."),
    (RULING, F, ANY, S, "status", "in_force", "The injunction stays in effect until the Supreme Court rules."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The tariffs remain in force while the appeal is heard."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The duties stay in force, the judges said, until their ruling takes effect."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The court stayed its ruling, so the levies continue to apply."),
    (RULING, F, ANY, S, "status", "lifted", "The appeals court lifted its stay on Monday, so the tariffs can be collected again."),
    # the measure itself paused, or a ruling as the active subject: still suspended
    (RULING, P, SUPPORTED, S, "status", "lifted", "Washington lifted the duties on Monday."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "The judge signed an order suspending the tariffs."),
    (RULING, P, SUPPORTED, S, "status", "in_force", "The tariffs stay in force until the Supreme Court rules."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "The court's ruling suspended the tariffs on Friday."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "A May ruling by the trade court halted the duties."),
    (RULING, P, SUPPORTED, S, "status", "lifted", "The Supreme Court's decision lifted the tariffs."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "Brussels suspended its countermeasures against US tariffs for six months on Tuesday."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "A federal judge in Manhattan paused the tariffs on Thursday, pending a full hearing."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "Paris has put the pension reform on hold until after the 2027 election."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "Washington and Beijing paused their tariff increases for another 90 days."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "The Commission froze the duties on Friday after the appeal hearing was delayed."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "The Council suspended its decision to impose duties on Chinese cars."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "The tariffs on Chinese goods were paused on Monday."),
    # reviewer rvC: an order or a decision told by what it does is the measure, in a court's sentence too
    (RULING, P, SUPPORTED, S, "status", "suspended", "A judge in Boston halted the order cutting the grants, saying the agency had overstepped."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "The court suspended the decision to impose duties on Brazilian steel."),
    (RULING, P, SUPPORTED, S, "status", "suspended", "The judges froze the order imposing a levy on Chinese cars."),
    (RULING, F, ANY, S, "status", "suspended", "The appeals court paused the lower court's injunction on Thursday."),
    # --- condition-stage: a step still owed --------------------------------------------------
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "The Senate passed the stablecoin bill 68-30 on Tuesday. To become law, it still has to clear the House and be signed by the president."),
    (CONDITION, F, ANY, S, "status", "enacted", "The Senate passed the stablecoin bill 68-30 on Tuesday. To become law, it still has to clear the House and be signed by the president."),
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "The Senate passed the bill 68-32 on Tuesday. To become law, the measure still has to pass the House and be signed by the president."),
    (CONDITION, F, ANY, S, "status", "enacted", "To become law, the measure still has to pass the House and be signed by the president."),
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "MPs backed the assisted dying bill by 314 votes to 291 on Friday; it must now be approved by the House of Lords before it can become law."),
    (CONDITION, F, ANY, S, "status", "enacted", "MPs backed the assisted dying bill by 314 votes to 291 on Friday; it must now be approved by the House of Lords before it can become law."),
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "The lower house adopted the pension freeze on Wednesday, but the measure still needs Senate approval and must be promulgated by the president."),
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "The Bundestag passed the bill on Thursday. For the law to take effect, it has to be approved by the Bundesrat and signed by the federal president."),
    (CONDITION, F, ANY, S, "status", "enacted", "The Bundestag passed the bill on Thursday. For the law to take effect, it has to be approved by the Bundesrat and signed by the federal president."),
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "The Dail approved the levy on Tuesday; the Seanad must still pass it and the president must sign it."),
    (CONDITION, F, ANY, S, "status", "enacted", "The Dail approved the levy on Tuesday; the Seanad must still pass it and the president must sign it."),
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "The House voted 215-214 for the package, which would have to be passed by the Senate and signed into law by the president."),
    (CONDITION, F, ANY, S, "status", "enacted", "The House voted 215-214 for the package, which would have to be passed by the Senate and signed into law by the president."),
    (CONDITION, F, ANY, S, "status", "enacted", "To become law, the measure must be approved by the Bundesrat and signed by the president."),
    (CONDITION, F, ANY, S, "status", "in_force", "The bill needs to be signed and published in the official gazette before it enters into force."),
    (CONDITION, F, ANY, S, "status", "imposed", "Trump threatened to impose 25% tariffs on Korean goods from Aug. 1."),
    (CONDITION, F, ANY, S, "status", "enacted", "The measure still requires royal assent, which is expected next week."),
    (CONDITION, F, ANY, C, "status", "agreed", "The truce must still be agreed by the cabinet."),
    (CONDITION, F, ANY, C, "status", "agreed", "Under the plan, both sides would have to agree to the truce and sign it in Cairo."),
    (CONDITION, F, ANY, S, "status", "imposed", "The duties would have to be imposed by Congress, the court said."),
    (CONDITION, F, ANY, S, "status", "imposed", "The levy can only be imposed after a vote in parliament."),
    (CONDITION, F, ANY, C, "status", "in_effect", "The truce could only take effect once the hostages were freed."),
    # an obligation about a measure already made: still enacted / imposed
    (CONDITION, P, SUPPORTED, S, "status", "imposed", "The duties, which can be imposed only on steel, took effect on Monday."),
    (CONDITION, P, SUPPORTED, C, "status", "in_effect", "The ceasefire, which took effect at midnight, must be respected by all sides."),
    (CONDITION, P, SUPPORTED, C, "status", "agreed", "Both sides must now implement the truce agreed on Sunday."),
    (CONDITION, P, SUPPORTED, C, "status", "agreed", "Israel's cabinet approved the truce on Friday; it must now be implemented within 24 hours."),
    (CONDITION, P, SUPPORTED, S, "status", "enacted", "The measure had to be signed by Friday, and the president signed it on Thursday."),
    (CONDITION, P, SUPPORTED, S, "status", "passed_one_chamber", "The House must vote on the bill, which passed the Senate on Tuesday."),
    (CONDITION, P, SUPPORTED, S, "status", "imposed", "Washington imposed the tariffs after talks failed; importers must now pay 25 percent."),
    (CONDITION, P, SUPPORTED, S, "status", "enacted", "The president signed the bill on Friday; agencies must implement it within 90 days."),
    (CONDITION, P, SUPPORTED, S, "status", "imposed", "Importers must pay the duties imposed on Friday."),
    (CONDITION, P, SUPPORTED, S, "status", "enacted", "Signed into law on Friday, the act must be implemented by March."),
    (CONDITION, P, SUPPORTED, S, "status", "enacted", "The bill, which had to be signed by midnight, was signed into law on Friday."),
    # --- deal-reached: a deal told as concluded ----------------------------------------------
    (DEAL, P, SUPPORTED, S, "status", "announced", "London and Washington agreed a trade deal on May 8 that cuts the tariff on British cars to 10 percent."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Vietnam: reached July 2."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "South Korea: reached July 30."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Indonesia - deal struck July 15, 19% tariff."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "The Philippines sealed an agreement with Washington on July 22 that sets a 19 percent tariff."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "A framework deal was reached at Turnberry on Sunday, July 27, setting a 15% tariff on most EU goods."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "The EU and the United States agreed a trade framework on Sunday."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Tokyo and Washington finalised their trade agreement on July 22."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "The accord, concluded in Geneva on May 12, cut the US tariff on Chinese goods to 30 percent."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Seoul clinched a deal with Washington hours before the Aug. 1 deadline."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Japan: agreed 22 July (15%)."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "The two governments signed a trade pact in Kuala Lumpur on Oct. 26."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Japan: agreed on 22 July."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "UK: agreed last week."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "The United States and South Korea reached a trade agreement on July 30, Trump said, imposing a 15% tariff on South Korean goods."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Trump said on Wednesday that Washington had reached a deal with Seoul."),
    (DEAL, F, ANY, S, "status", "announced", "If a deal is reached, the tariff would fall to 15 percent."),
    (DEAL, F, ANY, S, "status", "announced", "Switzerland: agreed to keep talking."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "The deal with Japan, sealed on July 22, set a 15 percent tariff."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "A deal between Brussels and Washington, reached at Turnberry, caps tariffs at 15%."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Meanwhile in Seoul, the trade ministry said the deal with Washington, reached July 30, cut the tariff on Korean cars to 15 percent."),
    (DEAL, F, ANY, S, "status", "announced", "A deal with India, not yet reached, would cut the tariff to 15 percent."),
    (DEAL, F, ANY, S, "status", "announced", "Talks with India, resumed on Monday, made progress."),
    (DEAL, F, ANY, S, "status", "announced", "The deal with Seoul, which officials hope to seal next week, would set a 15% rate."),
    (DEAL, F, ANY, S, "status", "announced", "New Delhi hopes to reach a deal with Washington by the autumn."),
    (DEAL, F, ANY, S, "status", "announced", "Switzerland failed to reach an agreement before the Aug. 1 deadline."),
    (DEAL, F, ANY, S, "status", "announced", "India: talks ongoing."),
    (DEAL, F, ANY, S, "status", "announced", "Switzerland: no deal reached."),
    (DEAL, F, ANY, S, "status", "announced", "A framework is expected to be agreed next month."),
    (DEAL, F, ANY, S, "status", "announced", "Brazil has sought a deal since April."),
    (DEAL, F, ANY, S, "status", "announced", "A deal with India is still under negotiation."),
    (DEAL, F, ANY, S, "status", "announced", "Negotiators agreed to keep working on a deal."),
    (DEAL, F, ANY, S, "status", "announced", "The sides agreed talks on a deal would resume in Geneva."),
    (DEAL, F, ANY, S, "status", "announced", "Canada and the US have yet to reach an agreement."),
    (DEAL, F, ANY, S, "status", "announced", "No agreement was reached in Stockholm."),
    (DEAL, F, ANY, S, "status", "announced", "The deal is not yet finalised."),
    (DEAL, F, ANY, S, "status", "announced", "Officials said a deal could be reached by Friday."),
    (DEAL, F, ANY, S, "status", "announced", "Tariff: reached 25% in April."),
    # reviewer rvC: a deal denied or a report called premature; new wordings reached
    (DEAL, P, SUPPORTED, S, "status", "announced", "Hanoi and Washington reached a deal on July 2 that sets a 20 percent tariff on Vietnamese goods."),
    (DEAL, P, SUPPORTED, S, "status", "announced", "Tokyo and Washington clinched a trade agreement on Tuesday, Trump said."),
    (DEAL, F, ANY, S, "status", "announced", "Beijing denied that a deal had been reached."),
    (DEAL, F, ANY, S, "status", "announced", "Reports that a deal was agreed on Friday were premature, the ministry said."),
    (DEAL, F, ANY, S, "status", "announced", "Ottawa dismissed reports that an accord had been struck with Washington."),
    (DEAL, F, ANY, S, "status", "announced", "There is no truth to claims that a pact was sealed in Geneva, the ministry said."),
    (DEAL, F, ANY, S, "status", "announced", "Beijing said it had reached no agreement with Washington."),
    # --- seat-result: an election told by its seats -----------------------------------------
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Labour won 411 seats, the Conservatives 121 and the Liberal Democrats 72."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "With counting almost complete, the Liberals had secured 169 seats, three short of a majority."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The LDP and Komeito took only 47 seats, short of the 50 they needed to keep control of the upper house."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The CDU/CSU bloc captured 208 seats in the new Bundestag, while the AfD gained 152."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "By Sunday morning the Australian Electoral Commission had Labor ahead in 86 seats."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The electoral commission had the Coalition ahead in 74 seats."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The Coalition has at least 77 seats, enough to form a majority government."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Results showed Labor holding 94 seats in the 150-seat House."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The ruling party retained 160 seats but lost its supermajority."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The Liberal Democrats took 72 seats."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Labor was leading in 86 seats late on Saturday."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The ruling bloc won 47 of the 125 seats up for grabs, its worst result since 1955."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Karol Nawrocki won 50.89 percent, against 49.11 percent for Rafal Trzaskowski."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The CDU/CSU took 28.5 percent, the AfD 20.8 percent."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The No side won about 60 percent nationally."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Rafal Trzaskowski took 31.4 per cent in the first round."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Sanae Takaichi won 185 votes in the party runoff."),
    (SEATS, F, ANY, E, "kind", "vote", "A Kantar poll had Trzaskowski winning 31 percent."),
    (SEATS, F, ANY, E, "kind", "vote", "Reform UK is forecast to take 29 percent."),
    (SEATS, F, ANY, E, "kind", "vote", "The AfD could win more than 20 percent."),
    (SEATS, F, ANY, E, "kind", "vote", "Shares in the company took 5 percent lower on Friday."),
    (SEATS, F, ANY, E, "kind", "vote", "The senator needs 60 votes to break the filibuster."),
    (SEATS, F, ANY, E, "kind", "vote", "A YouGov poll had Labour on course for 431 seats."),
    (SEATS, F, ANY, E, "kind", "vote", "A Resolve poll had the Coalition ahead in 74 seats."),
    (SEATS, F, ANY, E, "kind", "vote", "The seat projection gives the Liberals 172 seats."),
    (SEATS, F, ANY, E, "kind", "vote", "Projections put Labor ahead in 80 seats."),
    (SEATS, F, ANY, E, "kind", "vote", "The coalition needs 76 seats to govern alone."),
    (SEATS, F, ANY, E, "kind", "vote", "The LDP is expected to win about 40 seats."),
    (SEATS, F, ANY, E, "kind", "vote", "Labor holds 77 seats in the outgoing parliament."),
    (SEATS, F, ANY, E, "kind", "vote", "The party hopes to win 20 more seats in the upper house."),
    (SEATS, F, ANY, E, "kind", "vote", "Forecasters had the Conservatives winning 121 seats."),
    (SEATS, F, ANY, E, "kind", "vote", "The chamber has 630 seats."),
    (SEATS, F, ANY, E, "kind", "vote", "Under the new map, Texas Republicans could pick up five more seats."),
    # reviewer rvC: a share of something else than the vote, seats on a board
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Javier Milei won 55.7 percent in the runoff against Sergio Massa."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The ANC took 40.2 percent, losing its majority for the first time."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Claudia Sheinbaum won 59.8 percent of the vote."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "Lee Jae-myung took 49.4 percent of the ballots cast."),
    (SEATS, P, SUPPORTED, E, "kind", "vote", "The BJP won 240 seats, short of the 272 needed for a majority."),
    (SEATS, F, ANY, E, "kind", "vote", "Elliott won two seats on the company's board under a settlement."),
    (SEATS, F, ANY, E, "kind", "vote", "The activist fund secured three seats on the board of directors."),
    (SEATS, F, ANY, E, "kind", "vote", "BYD took 20 percent of the market in May."),
    (SEATS, F, ANY, E, "kind", "vote", "The home side won 70 percent of its games."),
    (SEATS, F, ANY, E, "kind", "vote", "The airline won 30 percent more bookings this summer."),
    (SEATS, F, ANY, E, "kind", "vote", "Defence took 12 percent of federal spending."),
]
# fmt: on
built = SupportCases("s51", LEADS)
built.graded_rows(CASES, {**ROW_FIELDS, "events": {"description": "the result"}})


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
