# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of eventactors31's rules (``grounding_rvea31.jsonl``, session 31,
rvea31): texts written to break them both ways.

- ``review-described-actor``: an event's actor told by a description ("the union", "the
  association", "the airline", "the judge", "members"): accepted for the body the page ties
  to that noun (by its own name, "members of X", "German airline X", "X, the national
  carrier"); refused for a second airline or union named nearer, for a union with an
  airline's word ("the carrier" is never the pilots' union), for "another judge" or a judge of
  another court, for "members" of another body named nearer, for the airline whose pilots
  acted, for the employer.
- ``review-walkout-kind``: a labour strike told by a synonym ("staged a stoppage", "laid down
  tools", "took strike action"); refused for a picket of a protest, a walk-out of a chamber,
  a walkout called off, averted or denied, a go-slow or work to rule (action short of a
  strike), a stoppage in play.
- ``review-kind-synonym``: other kinds' synonyms ("spoke by phone", "passed by 312 members",
  "exchanged fire", "left homeless by the earthquake"); refused for documents handed over, a
  debate in parliament, fighting a law, homeless people waiting for housing, leaders who
  clashed over tariffs, a storm hitting the coast, a motion of no confidence refused.

Run ``python tests/data/make_rvea31_cases.py`` to rebuild it. Sentences written for this set;
each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvea31.jsonl")
built = SupportCases("rv31", leads=["BUSINESS WIRE DESK -", "By Tomasz Wrobel, The Coastal Post"])
ACTOR, WALKOUT, SYNONYM = "review-described-actor", "review-walkout-kind", "review-kind-synonym"


def actor(expect: bool, before: str, sentence: str, who: str, why: str) -> None:
    built.actor(ACTOR, expect, sentence, who, "what the body did", why, before=before)


# --- review-described-actor: right actors ------------------------------------------------
actor(
    True,
    "The Dutch Airline Pilots Association called the action after talks with KLM broke down.",
    "The association said no flights would leave Schiphol before noon on Friday.",
    "Dutch Airline Pilots Association",
    "the association is the one named by that word",
)
actor(
    True,
    "German airline Lufthansa cancelled more than 800 flights as ground staff stayed away.",
    "The airline said it expected to run a full schedule again on Thursday.",
    "Lufthansa",
    "the article calls Lufthansa an airline",
)
actor(
    True,
    "Qantas, Australia's national carrier, said engineers had refused overtime since March.",
    "The carrier has flown in contract engineers from Auckland to keep its planes flying.",
    "Qantas",
    "the article calls Qantas the national carrier",
)
actor(
    True,
    "Mr Justice Fordham heard the union's application at the High Court in London on Tuesday.",
    "The judge refused to block the walkout, saying the ballot had been lawful.",
    "Justice Fordham",
    "the one judge the page names",
)
actor(
    True,
    "U.S. District Judge Araceli Martinez-Olguin issued the order late on Friday in San Francisco.",
    "The judge wrote that the agencies were likely to lose on the merits.",
    "Araceli Martinez-Olguin",
    "the one judge the page names",
)
actor(
    True,
    "Members of the Communication Workers Union rejected Royal Mail's offer on Tuesday, and Royal Mail said it would not improve it.",
    "The union said it would announce walkout dates within a week.",
    "Communication Workers Union",
    "the employer named between is no union",
)
actor(
    True,
    "Paramedics belonging to the Unison union turned down the offer on Monday.",
    "The union says ambulances will still answer the most serious calls.",
    "Unison",
    "the Unison union named before",
)
actor(
    True,
    "The Writers Guild of America told its members on Monday that the studios had made a final offer.",
    "The guild has called its first walkout since 2007.",
    "Writers Guild of America",
    "the guild named before",
)
actor(
    True,
    "The Korean Confederation of Trade Unions called a general strike against the labour bill.",
    "The confederation said 120,000 workers took part on the first day.",
    "Korean Confederation of Trade Unions",
    "the confederation is the one named by that word",
)
actor(
    True,
    "Unlike WestJet, Air Transat did not reach a deal with its pilots before the deadline.",
    "The carrier cancelled all its flights from Montreal on Wednesday.",
    "Air Transat",
    "WestJet is named before the value, not between",
)
actor(
    True,
    "The African Union's Peace and Security Council met in Addis Ababa on Friday after the coup.",
    "The union suspended Gabon from all its activities until order is restored.",
    "African Union",
    "the union is the African Union, the one body named",
)
actor(
    True,
    "Refuse collectors in Birmingham, members of the GMB, walked out in March.",
    '"We have been left no choice," the union said in a statement.',
    "GMB",
    "members of the GMB: the union named before",
)
actor(
    True,
    "Resident doctors in England began a five-day walkout on Friday over pay.",
    "The doctors say their pay has fallen by a fifth since 2008.",
    "resident doctors",
    "the doctors are the resident doctors named before",
)

# --- review-described-actor: wrong actors ------------------------------------------------
actor(
    False,
    "The National Education Union and the NASUWT both balloted teachers in England this spring.",
    "The union said 93% of those voting backed a walkout.",
    "National Education Union",
    "two unions named together: which one is meant is not told",
)
actor(
    False,
    "The Air Line Pilots Association, which represents pilots at Delta, asked for a federal mediator.",
    "The carrier said it would not cancel any flights this week.",
    "Air Line Pilots Association",
    "the carrier is the airline, not the pilots' union",
)
actor(
    False,
    "In Portland, District Judge Karin Immergut blocked the deployment on Saturday.",
    "Another judge, in Chicago, reached the opposite view on Thursday.",
    "Karin Immergut",
    "another judge, not the one named",
)
actor(
    False,
    "Workers at the Grangemouth refinery, members of Unite, walked out on Monday. Members of the Scottish Parliament debated the closure on Tuesday.",
    "Members agreed to call for a government rescue of the site.",
    "Unite",
    "the members meant are the MSPs named nearer",
)
actor(
    False,
    "Flight attendants at Air Canada are represented by the Canadian Union of Public Employees.",
    "The union said pickets would go up at Toronto Pearson on Saturday.",
    "Air Canada",
    "the employer, not the union",
)
actor(
    False,
    "Staff at Heathrow, members of Unite, rejected the airport's offer on Wednesday.",
    "The union said security lanes would close from Friday.",
    "Heathrow",
    "the airport is the employer, not the union",
)
actor(
    False,
    "Unite said 600 staff at the Castle Bromwich plant of Jaguar Land Rover would walk out.",
    "The firm said production would continue as normal.",
    "Unite",
    "the firm is the carmaker, not the union",
)
actor(
    False,
    "Ground staff at Frankfurt walked out at the call of Verdi on Wednesday.",
    "The pilots' union said it supported the walkout but would not join it.",
    "Verdi",
    "the pilots' union is another union",
)
actor(
    False,
    "Members of the Labour Party joined nurses on the picket line outside the hospital.",
    "Members also signed a petition backing the nurses.",
    "Labour Party",
    "party members signing a petition: the party did not act",
)
actor(
    False,
    "District Judge Karin Immergut heard the case in Portland.",
    "The court of appeals stayed the order on Monday.",
    "Karin Immergut",
    "the appeals court, not the district judge",
)
actor(
    False,
    "Easyjet cabin crew, members of Unite, walked out on Friday; British Airways staff, members of the GMB union, stayed at work.",
    "The union said the dispute could last into the summer.",
    "Unite",
    "the GMB union is named nearer",
)
actor(
    False,
    "Aer Lingus said it would cut 120 flights; Ryanair, the budget airline, said it was not affected.",
    "The airline said passengers would be offered refunds.",
    "Aer Lingus",
    "Ryanair, called an airline, is named nearer",
)
actor(
    True,
    "The Canada Industrial Relations Board heard both sides on Saturday.",
    "The board ordered the flight attendants back to work on Sunday.",
    "Canada Industrial Relations Board",
    "the one board the page names",
)
actor(
    False,
    "The Fire Brigades Union and the Public and Commercial Services Union held a joint rally in Westminster.",
    "The union said more walkouts would follow in the spring.",
    "Fire Brigades Union",
    "two unions named together: which one is meant is not told",
)


# --- review-walkout-kind -----------------------------------------------------------------
def kind(expect: bool, value: str, sentence: str, why: str) -> None:
    built.event_kind(WALKOUT, expect, value, [sentence], why, description="the labour dispute")


kind(
    True,
    "strike",
    "Train drivers on Southern staged a 48-hour stoppage over the weekend.",
    "a stoppage staged",
)
kind(
    True,
    "strike",
    "Refuse collectors in Glasgow downed tools on Monday in a row over pay.",
    "downed tools",
)
kind(
    True,
    "strike",
    "Dock workers in Rotterdam laid down their tools for 24 hours on Thursday.",
    "laid down their tools",
)
kind(
    True,
    "strike",
    "The work stoppage by 45,000 dockworkers shut ports from Maine to Texas.",
    "a work stoppage",
)
kind(
    True,
    "strike",
    "Bus drivers in Dublin held a second day of industrial action, with no services running.",
    "industrial action held",
)
kind(
    True,
    "strike",
    "More than 30,000 machinists walked off the job on Friday after rejecting the contract.",
    "walked off the job",
)
kind(
    True,
    "strike",
    "The walk-out at the Port Talbot plant is the first there in 40 years.",
    "a walk-out",
)
kind(
    True,
    "strike",
    "Workers at the Grangemouth refinery took strike action for the first time since 2013.",
    "strike action",
)
kind(
    True,
    "strike",
    "Teachers in Alberta began a walkout on Monday that closed 700 schools.",
    "a walkout begun",
)
kind(
    True,
    "strike",
    "Cleaners stopped work at noon and gathered at the gates of the depot.",
    "stopped work",
)
kind(
    True,
    "strike",
    "Junior doctors in Ireland staged a one-day stoppage on Tuesday over rosters.",
    "a stoppage staged",
)
kind(
    False,
    "strike",
    "Campaigners mounted a picket outside the embassy to protest the arrests.",
    "a protest picket, no strike",
)
kind(
    False,
    "strike",
    "Opposition lawmakers walked out of the chamber in protest at the speaker's ruling.",
    "a protest walk-out, no strike",
)
kind(
    False,
    "strike",
    "A walkout was averted on Sunday when the airline improved its offer.",
    "averted",
)
kind(
    False,
    "strike",
    "Managers denied that crews had walked off the job, saying the shift was cancelled.",
    "denied",
)
kind(
    False,
    "strike",
    "Air traffic controllers in Marseille began a go-slow on Friday, delaying flights.",
    "a go-slow is action short of a strike",
)
kind(
    False,
    "strike",
    "Ambulance crews will work to rule from Monday, refusing all overtime.",
    "work to rule is no strike",
)
kind(
    False,
    "strike",
    "Nurses voted to take industrial action in a ballot that closed on Friday.",
    "only voted for",
)
kind(
    False,
    "strike",
    "Dozens of residents mounted a picket at the town hall over the housing plan.",
    "a protest picket, no strike",
)
kind(
    False,
    "strike",
    "Hundreds of parents mounted a picket at the school gates over the closure.",
    "a protest picket, no strike",
)
kind(
    False, "strike", "A 24-hour walkout on the Underground was averted late on Tuesday.", "averted"
)
kind(
    False,
    "strike",
    "Pilots voted to stage a walkout over the summer in a ballot that closed on Monday.",
    "only voted for",
)
kind(
    False,
    "strike",
    "Neither union has walked off the job since the contract was signed.",
    "denied for both",
)
kind(
    False,
    "strike",
    "Rail workers voted to hold industrial action in the new year.",
    "only voted for",
)


# --- review-kind-synonym -----------------------------------------------------------------
def other(expect: bool, value: str, sentence: str, why: str) -> None:
    built.event_kind(SYNONYM, expect, value, [sentence], why, description="what happened")


other(
    True,
    "talks",
    "The two foreign ministers spoke by phone on Sunday about the ceasefire.",
    "spoke by phone",
)
other(
    True,
    "vote",
    "The no-confidence motion was passed by 312 members.",
    "a motion passed by members",
)
other(True, "vote", "Two members abstained and the rest backed the motion.", "abstained")
other(True, "vote", "The motion was carried by a show of hands.", "carried by a show of hands")
other(
    True,
    "attack",
    "Fighting between the army and the RSF raged in El Fasher on Monday.",
    "fighting raged",
)
other(
    True,
    "attack",
    "Troops exchanged fire with militants near the border overnight.",
    "exchanged fire",
)
other(
    True,
    "displacement",
    "More than 5,000 residents were left homeless by the earthquake.",
    "left homeless",
)
other(
    True,
    "displacement",
    "Families are sleeping in tents at a camp outside Khan Younis.",
    "sleeping in tents",
)
other(
    True,
    "prisoner_exchange",
    "Ukraine and Russia each handed over 84 prisoners of war on Thursday.",
    "handed over prisoners",
)
other(
    True,
    "prisoner_exchange",
    "The freeing of 48 detainees on each side was brokered by the UAE.",
    "freeing on each side",
)
other(
    True,
    "strike",
    "Israeli jets pounded southern Lebanon overnight, hitting a weapons depot.",
    "hitting a depot",
)
other(
    False,
    "prisoner_exchange",
    "The ministry handed over documents about the missing soldiers to the Red Cross.",
    "documents, no prisoners",
)
other(
    False, "prisoner_exchange", "Neither side has handed over any prisoners since March.", "denied"
)
other(
    False,
    "talks",
    "The minister refused to speak to reporters outside the court.",
    "refused, and no talks",
)
other(False, "attack", "The two leaders clashed over tariffs at the summit.", "a clash of words")
other(
    False,
    "displacement",
    "The council said 3,000 homeless people were waiting for social housing.",
    "a housing story",
)
other(
    False,
    "vote",
    "Critics said the plan was carried by momentum rather than evidence.",
    "carried by momentum",
)
other(
    False,
    "attack",
    "Ministers clashed over immigration at the cabinet table on Monday.",
    "a quarrel, no attack",
)
other(
    False,
    "prisoner_exchange",
    "The embassy handed over a letter of protest to the foreign ministry.",
    "a letter, no prisoners",
)
other(
    False,
    "vote",
    "The bill was carried by a wave of public anger rather than by argument.",
    "carried by anger",
)
other(
    False,
    "prisoner_exchange",
    "Neither side has freed any captives since the truce began.",
    "denied for both",
)
other(
    False,
    "displacement",
    "Homeless families queued for hours outside the town hall for housing support.",
    "a housing story",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
