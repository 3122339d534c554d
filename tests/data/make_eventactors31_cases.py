# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 69's event actors and kinds (``grounding_eventactors31.jsonl``):

- ``described-actor``: an event's actor told in its evidence by a description the article
  ties to it ("the union says", "The carrier now hopes", "A federal judge ... set out", "Of
  the attendants who voted"): accepted when the article names that actor with the noun and no
  other union, airline or judge stands nearer; refused for another party of the page (the
  employer for "the union", the plaintiff for "the judge", another union named between), and
  a name told only as the one acted on;
- ``walkout-kind``: a labour strike told by a synonym ("walked off the job", "stop work",
  "the walkout", "industrial action", "rotating action", "downed tools"); refused when the
  text only threatens it, denies it, or tells it only as voted for or authorised ("voted to
  authorise a strike", "a strike ballot"), or for another kind than the one told.

- ``kind-synonym``: other kinds told by common synonyms the tables lacked ("are to speak
  again", "had spoken with", "after nine days of debate" for talks; "Four dissented", "carried
  by 331 deputies" for a vote; "clashed", "the fighting" for an attack; "in shelters",
  "living in tents" for displacement; "is freeing", "handed over" for an exchange); refused
  for another kind or when denied.

Run ``python tests/data/make_eventactors31_cases.py`` to rebuild it. Sentences written for
this set; each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_eventactors31.jsonl")
built = SupportCases(
    "ea31", leads=["LABOUR DESK (Harbour Wire) -", "By Nadia Osei | The Midland Ledger"]
)
ACTOR, KIND = "described-actor", "walkout-kind"


def actor(
    expect: bool, before: str, sentence: str, who: str, why: str, kind: str = "other"
) -> None:
    built.actor(
        ACTOR, expect, sentence, who, "what the union or company did", why, kind=kind, before=before
    )


# --- described-actor: the union ----------------------------------------------------------
B = "Nurses represented by the Ontario Nurses' Union rejected the hospitals' offer on Monday."
S = "The union says the picket lines will stay up through the weekend."
actor(True, B, S, "Ontario Nurses' Union", "the union is the one the article names before")
actor(False, B, S, "Ontario Hospital Association", "the employer, not the union")
B = "About 1,800 members of Teamsters Local 572 voted to reject the port's latest contract."
S = "The union said its members would return to the bargaining table only with a mediator."
actor(True, B, S, "Teamsters Local 572", "the Teamsters local is the union named before")
actor(False, B, S, "Port of Long Beach", "the port is not named in that sentence")
B = "Dock workers at Felixstowe, members of Unite, began a second week of action on Tuesday."
S = "Members backed the escalation by a wide margin, the union announced."
actor(True, B, S, "Unite", "members of Unite: the union named before")
actor(False, B, S, "Hutchison Ports", "the port operator, not the union")
B = "The Rail, Maritime and Transport Workers union has rejected the train operators' offer."
S = "The union's general secretary said members would stop work on three Saturdays."
actor(True, B, S, "Rail, Maritime and Transport Workers", "the union named before")
B = "Machinists at the Wichita plant belong to IAM District Lodge 70, which has asked for a 40% rise."
S = "The union says the company has not moved on pensions."
actor(True, B, S, "IAM District Lodge 70", "the lodge is a union by its own name")
actor(False, B, S, "Spirit AeroSystems", "the company, which the union speaks about")
B = "Members of Unite voted first; a day later members of the GMB union voted as well."
S = "The union said turnout had passed the legal threshold."
actor(False, B, S, "Unite", "another union is named between: the nearer one is meant")
B = "Unite called the vote, and the Communication Workers Union joined it."
actor(False, B, S, "Unite", "the Communication Workers Union is named between: the nearer one")
B = "The Screen Actors Guild reached a tentative deal with the studios on Wednesday."
S = "The guild's board will put the agreement to members next month."
actor(True, B, S, "Screen Actors Guild", "the guild named before")
actor(
    False,
    B,
    S,
    "Alliance of Motion Picture and Television Producers",
    "the studios' side, not named",
)
B = "The Canadian Union of Public Employees said Air Canada had refused to negotiate."
S = "The union defied the back-to-work order issued by the board."
actor(True, B, S, "Canadian Union of Public Employees", "the union named before")
actor(False, B, S, "Air Canada", "the employer, not the union")
B = "Bus drivers in Leeds, members of GMB, held a rally on Friday."
S = "Company managers said the union had turned down two offers."
actor(False, B, S, "First Bus", "the company is not named in its evidence")
B = "Nurses at three Auckland hospitals, members of the New Zealand Nurses Organisation, walked out at 7am."
actor(
    True,
    B,
    "Members will stay off the wards until Friday, the union's organiser said.",
    "New Zealand Nurses Organisation",
    "members of the organisation named before",
)
actor(
    False,
    B,
    "Members will stay off the wards until Friday, the union's organiser said.",
    "Health New Zealand",
    "the employer, not named",
)
B = "Members of the Fire Brigades Union, the FBU, voted to accept the pay offer in March."
actor(
    True,
    B,
    "The union said the deal ended a dispute of nine months.",
    "Fire Brigades Union",
    "the union named before",
)
B = "Dockers belonging to Verdi in Hamburg and Bremen stopped work on Thursday."
actor(
    False,
    B,
    "The union said the ports were at a standstill.",
    "Port of Hamburg",
    "the port, not the union",
)
# --- described-actor: the carrier ---------------------------------------------------
B = "British Airways cancelled dozens of flights on Sunday as baggage handlers walked out."
actor(
    True,
    B,
    "The airline expects a full schedule again by Tuesday.",
    "British Airways",
    "the airline named before",
)
actor(
    False,
    B,
    "The airline expects a full schedule again by Tuesday.",
    "GMB",
    "the handlers' union is not the airline",
)
B = "Air France grounded half its long-haul fleet as pilots began their walkout."
actor(
    True,
    B,
    "The carrier said it would refund passengers in full.",
    "Air France",
    "the carrier named before",
)
B = "Air India said its cabin crew were back at work, while Lufthansa Airlines warned of delays."
actor(
    False,
    B,
    "The carrier said it would add extra flights to Frankfurt.",
    "Air India",
    "another airline named between is the nearer one",
)
# --- described-actor: the judge ----------------------------------------------------------
B = "U.S. District Judge Beryl Howell ruled that the agency had overstepped."
S = "A federal judge in Washington on Friday barred the agency from enforcing the rule."
actor(True, B, S, "Beryl Howell", "the one judge the article names")
actor(False, B, S, "Federal Trade Commission", "the agency acted on, not the judge")
B = "Judge Amy Berman Jackson and Judge Reggie Walton both heard parts of the case."
actor(
    False,
    B,
    "The judge ordered the release of the documents.",
    "Reggie Walton",
    "two judges named: the description fits either",
)
B = "Justice Anita Lowe of the High Court heard the union's challenge."
actor(
    True, B, "The judge dismissed the injunction on Thursday.", "Anita Lowe", "the one judge named"
)
actor(
    False,
    B,
    "The judge dismissed the injunction on Thursday.",
    "Royal Mail",
    "the other party, not the judge",
)
# --- described-actor: a description's own noun -------------------------------------------
B = "Cabin crew and flight attendants at the carrier voted on the deal all week."
S = "Of the attendants who voted, 88% rejected the pay terms."
actor(True, B, S, "flight attendants", "the attendants are the flight attendants")
B = "Resident doctors in Scotland rejected the offer, the association said."
actor(
    True,
    B,
    "The doctors will walk out for three days next week.",
    "resident doctors",
    "the doctors the article named",
)
B = "Flight attendants at Delta were balloted the same week as WestJet pilots."
actor(
    False,
    B,
    "WestJet attendants rejected the offer by 90%.",
    "flight attendants",
    "another carrier's attendants",
)
# --- described-actor: acted on, not acting -----------------------------------------------
B = "The Houthis claimed the attack on the Eternity C the next day."
actor(
    True,
    B,
    "On 6 July the group had struck the Magic Seas, another bulk carrier.",
    "Houthis",
    "the group struck: active, not passive",
)
actor(
    False,
    B,
    "On 6 July the group had been struck by Israeli jets in Hodeidah.",
    "Houthis",
    "the group was struck: acted on",
)
actor(
    False,
    B,
    "On 6 July the Magic Seas was struck near Hodeidah.",
    "Eternity C",
    "another ship, not named",
)
B = "The Houthis said they would keep up attacks on shipping."
actor(
    False,
    B,
    "Israeli jets had struck the group's port in Hodeidah.",
    "Houthis",
    "the group's port was struck: acted on",
)


# --- walkout-kind ------------------------------------------------------------------------
def kind(expect: bool, value: str, sentences: list[str], why: str) -> None:
    built.event_kind(KIND, expect, value, sentences, why, description="the labour dispute")


kind(
    True,
    "strike",
    ["About 4,000 dock workers walked off the job at dawn on Tuesday."],
    "walked off the job is a strike",
)
kind(
    True,
    "strike",
    ["The walkout entered its third week with no talks scheduled."],
    "a walkout is a strike",
)
kind(
    True,
    "strike",
    ["Junior doctors in Wales will stop work for 72 hours from 7am on Monday."],
    "stop work is a strike",
)
kind(
    True,
    "strike",
    ["The rotating action will move between regional sorting centres each day."],
    "rotating action is a strike",
)
kind(
    True,
    "strike",
    ["Teachers took industrial action across 400 schools on Thursday."],
    "industrial action is a strike",
)
kind(
    True,
    "strike",
    ["Bus drivers downed tools at 5am, leaving commuters stranded."],
    "downed tools is a strike",
)
kind(
    True,
    "strike",
    ["Sept. 2 - Cabin crew walk out at midnight Eastern."],
    "walk out, a timeline line",
)
kind(
    True,
    "strike",
    ["Pickets gathered outside the refinery gates as the stoppage began."],
    "a stoppage is a strike",
)
kind(
    True,
    "strike",
    ["The work stoppage at the plant has now lasted 41 days."],
    "a work stoppage is a strike",
)
kind(
    True,
    "strike",
    ["Nurses are walking out for 48 hours in a row over staffing."],
    "walking out is a strike",
)
kind(True, "strike", ["Members staged a walk-out over unpaid overtime."], "a walk-out is a strike")
kind(
    False,
    "attack",
    ["The walkout entered its third week with no talks scheduled."],
    "a walkout is no attack",
)
kind(
    False,
    "vote",
    ["About 4,000 dock workers walked off the job at dawn on Tuesday."],
    "a walkout is no vote",
)
kind(
    False,
    "talks",
    ["Teachers took industrial action across 400 schools on Thursday."],
    "industrial action is no talks",
)
kind(
    False,
    "displacement",
    ["Bus drivers downed tools at 5am, leaving commuters stranded."],
    "no one displaced",
)
kind(
    False,
    "strike",
    ["The union threatened to walk out if the offer was not improved."],
    "only threatened",
)
kind(False, "strike", ["Drivers have not walked off the job despite the dispute."], "denied")
kind(
    False,
    "strike",
    ["Negotiators met for nine hours on Sunday to discuss pensions."],
    "talks, no strike",
)
kind(
    False, "strike", ["Members voted 62% to 38% to accept the revised offer."], "a vote, no strike"
)
kind(
    False,
    "casualties",
    ["The walkout entered its third week with no talks scheduled."],
    "no one hurt",
)
kind(
    False,
    "prisoner_exchange",
    ["Pickets gathered outside the refinery gates as the stoppage began."],
    "no prisoners",
)
kind(False, "aid_resumption", ["The work stoppage at the plant has now lasted 41 days."], "no aid")
# A strike only voted for or authorised is a mandate, not a strike held; a strike ended or
# held after the vote is still one.
kind(
    False,
    "strike",
    ["Members voted to authorise a strike if talks fail, the union said."],
    "only authorised",
)
kind(
    False,
    "strike",
    ["Drivers voted 94% in favour of industrial action in a turnout of 71%."],
    "only voted for",
)
kind(
    False,
    "strike",
    ["The union opened a strike ballot of 12,000 members on Monday."],
    "a ballot, no strike",
)
kind(False, "strike", ["Refinery staff backed an all-out strike by a wide margin."], "only backed")
kind(
    False,
    "strike",
    ["Teachers will hold a strike authorization vote next week."],
    "a vote to authorise, no strike",
)
kind(
    True,
    "strike",
    ["Nurses voted to end their strike on Friday after 40 days."],
    "a strike held and ended",
)
kind(
    True,
    "strike",
    ["Members who voted to strike in June walked off the job on Monday."],
    "the walkout was held",
)
kind(
    True,
    "strike",
    ["The walkout that members backed in June began on Monday."],
    "the walkout began",
)


# --- kind-synonym: other kinds told by common synonyms -------------------------------------
def other_kind(expect: bool, value: str, sentence: str, why: str) -> None:
    built.event_kind(SYNONYM, expect, value, [sentence], why, description="what happened")


SYNONYM = "kind-synonym"
other_kind(
    True, "talks", "The two army chiefs are to speak again on Thursday at noon.", "speak is talks"
)
other_kind(
    True,
    "talks",
    "Blinken said he had spoken with both foreign ministers overnight.",
    "spoken with is talks",
)
other_kind(
    True, "talks", "The summit closed on Friday after four days of debate.", "debate is talks"
)
other_kind(
    True,
    "talks",
    "The envoys were speaking by video link late into the evening.",
    "speaking is talks",
)
other_kind(True, "vote", "Three of the nine justices dissented.", "dissenting is voting")
other_kind(
    True,
    "vote",
    "The censure motion was carried by 312 members.",
    "a motion carried by members",
)
other_kind(
    True, "vote", "The resolution passed unanimously in the Security Council.", "passed unanimously"
)
other_kind(
    True,
    "attack",
    "Border guards clashed overnight near the disputed pass.",
    "clashing is an attack",
)
other_kind(
    True, "attack", "Each side blamed the other for the fighting along the river.", "fighting"
)
other_kind(
    True,
    "displacement",
    "About 8,000 residents spent the night in emergency shelters.",
    "in shelters",
)
other_kind(
    True,
    "displacement",
    "Thousands of families are now living in tents outside the town.",
    "living in tents",
)
other_kind(True, "displacement", "The floods left 40,000 people homeless.", "homeless")
other_kind(
    True,
    "prisoner_exchange",
    "Russia is freeing 103 Ukrainian soldiers in the exchange.",
    "freeing prisoners",
)
other_kind(
    True,
    "prisoner_exchange",
    "Each side handed over 90 captives at the Belarus border.",
    "handed over captives",
)
other_kind(
    True,
    "strike",
    "Jets took off before dawn, hitting two radar sites near the coast.",
    "hitting sites is a strike",
)
other_kind(False, "talks", "The two army chiefs did not speak again after the shelling.", "denied")
other_kind(False, "talks", "The ministers refused to speak to each other in Geneva.", "refused")
other_kind(
    False, "talks", "Border guards clashed overnight near the disputed pass.", "a clash is no talks"
)
other_kind(False, "vote", "Lawmakers will debate the budget on Tuesday.", "a debate is no vote")
other_kind(
    False, "vote", "Border guards clashed overnight near the disputed pass.", "a clash is no vote"
)
other_kind(
    False,
    "attack",
    "Russia is freeing 103 Ukrainian soldiers in the exchange.",
    "a release is no attack",
)
other_kind(
    False,
    "attack",
    "The two army chiefs are to speak again on Thursday at noon.",
    "a call is no attack",
)
other_kind(False, "displacement", "Three of the nine justices dissented.", "no one displaced")
other_kind(
    False,
    "prisoner_exchange",
    "The summit closed on Friday after four days of debate.",
    "no prisoners",
)
other_kind(
    False,
    "casualties",
    "About 8,000 residents spent the night in emergency shelters.",
    "no one killed",
)
other_kind(False, "strike", "The censure motion was carried by 312 members.", "a vote, no strike")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
