# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the fourth speakers set (``grounding_speakers4.jsonl``): the speaker, page-credit and
day causes an independent check found (check 27, on other outlets' pages), one category per
cause group, each with what must pass and what must fail:

- ``speaker-paper-subject``: a paper issued by someone as a speech verb's subject ("A press
  statement issued by the rebel chief, Ana Ruiz, on Monday said ...", "A letter signed by X
  said", "On Tuesday, a statement from X said") speaks for its issuer: the name after "by" or
  "from", with a name in apposition right after it; never someone the sentence names after
  the issuer ("after talks with Y"), nor someone a relative clause makes the speaker ("...,
  who said"). A noun for what was said, "from" or "by" X and "that" right before the
  quotation mark ("Despite insistence from the head of the commission, Ms X, that the "..."")
  give X the quote; never someone the noun is addressed to ("a warning from X to Y that") or
  whose possessive stands before the one who said it ("Ruiz's deputy, X,"). "The Maoist
  leader said" is the one the article named with the same qualifier and another word for a
  leader ("the Maoist supremo, X,", "Tamil chief X", "X, the Ashanti chairman,"); never when
  two people are so named, nor someone named with another qualifier ("Kurdish commander X"). A headline with no full stop that ends '"..." says [title,] X' speaks for X, also
  when the next line runs on in the same paragraph; never for a name on that next line or in
  the possessive ("says Ruiz's spokesman"). A clause opening with "Citing ..." gives the quote
  to the subject after its comma, not to whom it cites;
- ``page-credits``: a byline crediting the outlet's own staff ("By Libya Herald reporter.",
  "By a Harbour Ledger correspondent", "By The Valley Courier staff", "By Coast Daily News
  Desk") names the outlet as the publisher; never another outlet, a part of the name, a line
  that only mentions the outlet's staff ("An earlier report by Gulf Times staff"), nor a
  "former" reporter's. In free text, a title's abbreviation, plural or full word ("U.S. Reps.
  Jim Cole and Mark Sand", "Sens.", "Governors") is backed by another form of the same title
  on the page ("Rep.", "Senator", "Gov."); never by another title ("Sens." over "Rep."), and
  the names after it are still checked;
- ``dotted-times-posts``: a 24-hour time written with a full stop ("at 16.00", "from 09.30", a
  value "16.00") is a time like "16:00" or "4 p.m.": a value naming one must find that time,
  never another hour or only the day, nor a number that is a price or a score ("rose 16.00
  points"); a bare weekday right after "announcement" ("In a separate announcement Saturday,
  the army declared a truce from Dec. 16") is the announcement's day, not a start; an embedded
  post's credit line ("\u2014 Jane Roe (@janeroe) June 2, 2024", "Ana Ruiz @anaruiz \u00b7 June 5,
  2024") dates the post, not the page.

Run ``python tests/data/make_speakers4_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_speakers4.jsonl")

built = SupportCases("sp4")
quote = built.quote
Q1, Q2, AP = "\u201c", "\u201d", "\u2019"

# --- speaker-paper-subject: a paper issued by X as the subject; a headline's "says X"; "Citing"
S = "speaker-paper-subject"
quote(
    S,
    f"Rebels end truce\n\nA press statement issued by the rebel chief, Ana Ruiz, on Monday said the group had to act {Q1}as the army kept up its raids.{Q2}\nArmy spokesman Tom Berg denied any raids.\n",
    "as the army kept up its raids.",
    ["Ana Ruiz"],
    ["Tom Berg"],
)
quote(
    S,
    f"Port to reopen\n\nA statement released by Governor Tomas Ekland on Friday said the port would reopen {Q1}within a week.{Q2}\n",
    "within a week.",
    ["Tomas Ekland"],
    [],
)
quote(
    S,
    f"Talks frozen\n\nA letter signed by opposition leader Petra Hallin said the talks were {Q1}dead for now.{Q2} Prime Minister Jonas Berg has not replied.\n",
    "dead for now.",
    ["Petra Hallin"],
    ["Jonas Berg"],
)
quote(
    S,
    f"Troops stay\n\nOn Tuesday, a statement from Defence Minister Kofi Mensah said the troops would stay {Q1}until the border is calm.{Q2}\n",
    "until the border is calm.",
    ["Kofi Mensah"],
    [],
)
quote(
    S,
    f"Summit ends\n\nThe communique issued by President Hana Kobayashi after meeting Premier Li Wen said both sides were {Q1}ready to talk again.{Q2}\n",
    "ready to talk again.",
    ["Hana Kobayashi"],
    ["Li Wen"],
)
quote(
    S,
    f"Truce holds\n\nA statement issued by Ana Ruiz after talks with Tom Berg said the truce would hold {Q1}for now.{Q2}\n",
    "for now.",
    ["Ana Ruiz"],
    ["Tom Berg"],
)
quote(
    S,
    f"Deal signed\n\nA joint declaration issued by Presidents Ana Ruiz and Tomas Ekland said the border was {Q1}open to trade again.{Q2}\n",
    "open to trade again.",
    ["Tomas Ekland", "Ana Ruiz"],
    [],
)
quote(
    S,
    f"Talks row\n\nA letter signed by opposition leader Petra Hallin accused Prime Minister Jonas Berg, who said the talks were {Q1}a waste of time.{Q2}\n",
    "a waste of time.",
    ["Jonas Berg"],
    ["Petra Hallin"],
)
quote(
    S,
    f"Shelling claims\n\nA statement issued by the rebel chief, Ana Ruiz, on Monday said the army had shelled three villages.\nGeneral Tom Berg said the claim was {Q1}pure invention.{Q2}\n",
    "pure invention.",
    ["Tom Berg"],
    ["Ana Ruiz"],
)
quote(
    S,
    f"Aid row\n\nA statement issued by Ruiz{AP}s deputy, Carla Duarte, said the convoys were {Q1}blocked at every turn.{Q2} Ana Ruiz was abroad.\n",
    "blocked at every turn.",
    ["Carla Duarte"],
    ["Ana Ruiz"],
)
quote(
    S,
    f"Talks urged\n\nA joint statement from Kenya, Uganda, and other member states urged both sides to {Q1}return to the table at once.{Q2}\n",
    "return to the table at once.",
    ["Kenya, Uganda, and other member states"],
    [],
)
quote(
    S,
    f"Truce over\n\nA statement issued by Ana Ruiz, and read out by Tom Berg, said the truce was {Q1}over for now.{Q2}\n",
    "over for now.",
    ["Ana Ruiz"],
    ["Tom Berg"],
)
quote(
    S,
    f"Truce over\n\nA statement signed by the two leaders, Ana Ruiz and Tom Berg, said the truce was {Q1}over for good.{Q2}\n",
    "over for good.",
    ["Ana Ruiz", "Tom Berg"],
    [],
)
quote(
    S,
    f"Truce over\n\nThe statement, issued by Ana Ruiz after meeting Tom Berg, said the truce was {Q1}over for now.{Q2}\n",
    "over for now.",
    ["Ana Ruiz"],
    ["Tom Berg"],
)
# a headline ending '"..." says [title,] X' with no full stop, the lead on the next line
quote(
    S,
    f"Ports reopen: {Q1}the blockade is over{Q2} says harbour chief, Norway{AP}s Ingrid Dahl\nShips left Bergen on Monday, Transport Minister Ola Berg said.\n",
    "the blockade is over",
    ["Ingrid Dahl"],
    ["Ola Berg"],
)
quote(
    S,
    f"Election row: {Q1}we will not accept these results{Q2} says opposition leader Marco Bellini\nThe count ended on Sunday, and President Dario Conti claimed victory.\n",
    "we will not accept these results",
    ["Marco Bellini"],
    ["Dario Conti"],
)
quote(
    S,
    f"Dam talks stall: {Q1}no deal without guarantees{Q2} says Egyptian envoy Samir Adel\nTalks in Addis Ababa ended without agreement on Friday.\n",
    "no deal without guarantees",
    ["Samir Adel"],
    [],
)
quote(
    S,
    'Strike ends: "we got what we came for" says union boss Mia Sund\nFactory owner Lars Holm told reporters the deal was costly.\n',
    "we got what we came for",
    ["Mia Sund"],
    ["Lars Holm"],
)
quote(
    S,
    f"Talks stall: {Q1}no deal this week{Q2} says Ruiz{AP}s spokesman Tom Berg\nMinister Ana Ruiz left the talks early on Friday.\n",
    "no deal this week",
    ["Tom Berg"],
    ["Ana Ruiz"],
)
# a clause opening with "Citing ...": the subject after its comma speaks
quote(
    S,
    f"Rebels end truce\n\nAna Ruiz, the rebel leader, spoke to supporters on Sunday.\nCiting raids by the army in the north, the rebel leader said that going on was {Q1}simply impossible{Q2}.\n",
    "simply impossible",
    ["Ana Ruiz"],
    [],
)
quote(
    S,
    f"Truce in doubt\n\nCiting the attacks on aid convoys, Foreign Minister Lars Nyberg said the truce was {Q1}in name only{Q2}.\n",
    "in name only",
    ["Lars Nyberg"],
    [],
)
quote(
    S,
    f"Truce in doubt\n\nCiting Ana Ruiz{AP}s warnings, Tom Berg said the truce was {Q1}in name only{Q2}.\n",
    "in name only",
    ["Tom Berg"],
    ["Ana Ruiz"],
)
quote(
    S,
    f"Shelling resumes\n\nCiting army reports, the agency said the shelling was {Q1}heavier than ever{Q2}.\nMayor Ines Carvalho called the reports exaggerated.\n",
    "heavier than ever",
    [],
    ["Ines Carvalho"],
)

# a noun for what was said, "from" or "by" X, then "that" right before the quotation mark
quote(
    S,
    f"Libya talks\n\nDespite insistence from the head of the commission, Ms Ana Ruiz, that the {Q1}dire situation cannot continue{Q2}, leaders were given little hope.\nPresidents Jacob Ruiz and Tom Berg attended.\n",
    "dire situation cannot continue",
    ["Ana Ruiz"],
    ["Tom Berg", "Jacob Ruiz"],
)
quote(
    S,
    f"Border talks\n\nThe talks opened after a warning from Defence Minister Kofi Mensah that {Q1}the border will not wait{Q2}.\n",
    "the border will not wait",
    ["Kofi Mensah"],
    [],
)
quote(
    S,
    f"Port closed\n\nThere were assurances by Governor Tomas Ekland that {Q1}the port will reopen within days{Q2}, but the cranes stood still.\n",
    "the port will reopen within days",
    ["Tomas Ekland"],
    [],
)
quote(
    S,
    f"Aid convoys\n\nShe repeated a plea from aid chief Lars Nyberg that the {Q1}convoys must move now{Q2}.\n",
    "convoys must move now",
    ["Lars Nyberg"],
    [],
)
quote(
    S,
    f"Border talks\n\nDespite a warning from Tom Berg to Ana Ruiz that {Q1}the border will not wait{Q2}, the talks began late.\n",
    "the border will not wait",
    ["Tom Berg"],
    ["Ana Ruiz"],
)
quote(
    S,
    f"Talks go on\n\nDespite insistence from Ruiz{AP}s deputy, Carla Duarte, that the {Q1}talks must go on{Q2}, Ana Ruiz left the city.\n",
    "talks must go on",
    ["Carla Duarte"],
    ["Ana Ruiz"],
)
quote(
    S,
    f"Shelling goes on\n\nDespite a plea from the rebels that {Q1}the shelling must stop{Q2}, General Tom Berg pressed on.\n",
    "the shelling must stop",
    [],
    ["Tom Berg"],
)

# "the Maoist leader" for the one named "the Maoist supremo, X," / "Tamil chief X" / "X, the
# Ashanti chairman,": the same qualifier with another word for a leader
quote(
    S,
    f"Rebels end truce\n\nA press statement issued by the Maoist supremo, Ana Ruiz, on Monday said the truce was over.\nCiting raids in the west, the Maoist leader said that going on was {Q1}not only impossible but suicidal{Q2}.\n",
    "not only impossible but suicidal",
    ["Ana Ruiz"],
    [],
)
quote(
    S,
    f"Offer rejected\n\nTamil chief Ravi Menon met the envoys on Friday.\nThe Tamil leader said the offer was {Q1}too little, too late{Q2}.\n",
    "too little, too late",
    ["Ravi Menon"],
    [],
)
quote(
    S,
    f"Vote row\n\nKofi Mensah, the Ashanti chairman, spoke first at the rally.\nThe Ashanti leader said the vote was {Q1}a betrayal{Q2}.\n",
    "a betrayal",
    ["Kofi Mensah"],
    [],
)
quote(
    S,
    f"Truce talks\n\nMaoist supremo Ana Ruiz met Maoist commander Tom Berg in the hills on Friday.\nThe Maoist leader said the talks were {Q1}a first step{Q2}.\n",
    "a first step",
    [],
    ["Ana Ruiz", "Tom Berg"],
)
quote(
    S,
    f"Truce talks\n\nKurdish commander Ana Ruiz met the envoys on Friday.\nThe Maoist leader said the talks were {Q1}a first step{Q2}.\n",
    "a first step",
    [],
    ["Ana Ruiz"],
)


# --- page-credits: a staff byline's outlet; a title's other forms in free text
P = "page-credits"


def outlet(text: str, passes: list[str], fails: list[str]) -> None:
    """The article's outlet is each of ``passes`` (supported) and ``fails`` (not)."""
    built.each(
        P,
        text,
        passes,
        fails,
        "article.outlet",
        lambda value: {"article": {**ARTICLE, "outlet": value}},
        "outlet",
    )


LEAD = "The talks on the port resumed on Monday after a week of delays, officials said.\nBoth delegations are due to meet again on Friday.\n"
outlet(
    "Port talks resume\nBy Libya Herald reporter.\nTripoli, 8 May 2019:\n" + LEAD,
    ["Libya Herald"],
    ["Libya Observer"],
)
outlet("Port talks resume\nBy Gulf Times staff\n\n" + LEAD, ["Gulf Times"], ["Gulf News", "Times"])
outlet("Port talks resume\n\nBy a Harbour Ledger correspondent\n\n" + LEAD, ["Harbour Ledger"], [])
outlet(
    "Port talks resume\nBy The Valley Courier staff\n" + LEAD,
    ["Valley Courier", "The Valley Courier"],
    ["Courier"],
)
outlet("Port talks resume\nBy Coast Daily News Desk\n" + LEAD, ["Coast Daily"], [])
outlet("Port talks resume\nBY NORTH STAR REPORTERS\n" + LEAD, ["North Star"], [])
outlet("Port talks resume\nBy Prairie Post staff writer\n" + LEAD, ["Prairie Post"], [])
outlet("Port talks resume\nBy Metro Wire Staff and Agencies\n" + LEAD, ["Metro Wire"], [])
outlet("Port talks resume\nBy Island Times reporter in Apia\n" + LEAD, ["Island Times"], [])
outlet("Port talks resume\nBy Gulf Times reporters | Doha\n" + LEAD, ["Gulf Times"], [])
outlet("Port talks resume\nBy Libya Herald reporter, Tripoli\n" + LEAD, ["Libya Herald"], [])
outlet("Port talks resume\nBy Tom Berg, former Gulf Times reporter\n" + LEAD, [], ["Gulf Times"])
outlet(
    "Port talks resume\n\n"
    + LEAD
    + "An earlier report by Gulf Times staff said the port was closed to tankers.\n",
    [],
    ["Gulf Times"],
)
outlet(
    "Port talks resume\n\nA Gulf Times reporter was detained at the border, police said.\n" + LEAD,
    [],
    ["Gulf Times"],
)
outlet(
    "Port talks resume\nBy Gulf Times standards, the deal is small.\n" + LEAD, [], ["Gulf Times"]
)


def summary(page: str, sentence: str, expect: bool) -> None:
    """Whether no name in the summary ``sentence`` is flagged over the article ``page``."""
    why = f"summary {sentence!r}"
    built.add(P, expect, why, page, {"summary": sentence}, "summary", check="unstated")


HOUSE = "Tariff bill filed\n\nU.S. Rep. Jim Cole and Rep. Mark Sand introduced a bill on Tuesday that would give Congress a say over tariffs.\n"
SENATE = (
    "Sanctions bill filed\n\nSen. Ana Ruiz and Sen. Tom Lee filed a sanctions bill on Wednesday.\n"
)
SENATORS = "Sanctions bill filed\n\nSenator Ana Ruiz and Senator Tom Lee filed a sanctions bill on Wednesday.\n"
GOVERNOR = "Flood aid\n\nGovernor Ana Ruiz asked for federal flood aid on Thursday.\n"
GOVS = "Flood aid\n\nGov. Ana Ruiz and Gov. Tom Lee asked for federal flood aid on Thursday.\n"
ONE_REP = "Tariff bill filed\n\nRepresentative Jim Cole introduced a bill on Tuesday that would give Congress a say over tariffs.\n"
summary(HOUSE, "U.S. Reps. Jim Cole and Mark Sand introduced a bill on tariffs.", True)
summary(HOUSE, "Representatives Jim Cole and Mark Sand introduced a tariff bill.", True)
summary(HOUSE, "Representative Jim Cole wants Congress to have a say over tariffs.", True)
summary(SENATE, "Sens. Ana Ruiz and Tom Lee filed a sanctions bill.", True)
summary(SENATE, "Senators Ana Ruiz and Tom Lee filed a sanctions bill.", True)
summary(SENATORS, "Sens. Ana Ruiz and Tom Lee filed a sanctions bill.", True)
summary(SENATORS, "Sen. Ana Ruiz filed a sanctions bill with a colleague.", True)
summary(GOVERNOR, "Gov. Ana Ruiz asked for federal flood aid.", True)
summary(GOVS, "Governors Ana Ruiz and Tom Lee asked for flood aid.", True)
summary(ONE_REP, "Rep. Jim Cole introduced a tariff bill.", True)
summary(HOUSE, "Sens. Jim Cole and Mark Sand introduced a bill on tariffs.", False)
summary(HOUSE, "Gov. Jim Cole introduced a bill on tariffs.", False)
summary(SENATE, "Reps. Ana Ruiz and Tom Lee filed a sanctions bill.", False)
summary(SENATE, "Sens. Ana Ruiz and Mia Sund filed a sanctions bill.", False)
summary(SENATORS, "Governors Ana Ruiz and Tom Lee filed a sanctions bill.", False)
summary(GOVERNOR, "Senator Ana Ruiz asked for federal flood aid.", False)
summary(GOVERNOR, "Govs. Ana Ruiz and Lena Holt asked for federal flood aid.", False)
summary(ONE_REP, "Reps. Jim Cole and Mark Sand introduced a tariff bill.", False)
summary(ONE_REP, "Sen. Jim Cole introduced a tariff bill.", False)
summary(GOVS, "Representatives Ana Ruiz and Tom Lee asked for flood aid.", False)


# --- dotted-times-posts: "at 16.00"; an announcement's bare weekday; a post's credit line
D = "dotted-times-posts"


def starts(value: str, sentence: str, expect: bool) -> None:
    fact = {"kind": None, "starts": value, "evidence": [sentence]}
    text = f"Frontier Bulletin\n\n{sentence}\n\nMore details are expected.\n"
    built.add(
        D,
        expect,
        f"starts {value!r}: {sentence[:60]}",
        text,
        {"ceasefires": [fact]},
        "ceasefires[0].starts",
    )


def when(value: str, sentence: str, expect: bool) -> None:
    event = {"kind": "vote", "description": "the vote", "when": value, "evidence": [sentence]}
    text = f"Assembly Report\n\n{sentence}\n\nThe session closed late.\n"
    built.add(
        D, expect, f"when {value!r}: {sentence[:60]}", text, {"events": [event]}, "events[0].when"
    )


starts("16.00 on Friday", "The truce takes effect at 16.00 on Friday, the mediators said.", True)
starts("4 p.m. on Friday", "The truce takes effect at 16.00 on Friday, the mediators said.", True)
starts("16:00 on Friday", "The truce takes effect at 16.00 on Friday, the mediators said.", True)
starts("09.30 on Monday", "The ceasefire begins from 09.30 on Monday, the army said.", True)
starts("18.00", "The truce begins at 18.00 local time on Sunday, officials said.", True)
starts("4pm on Friday", "The ceasefire will start on Friday at 16.00, both sides said.", True)
when("16.00", "The vote opened at 16.00 on Tuesday and lasted an hour.", True)
when("2.30 p.m.", "Deputies voted after 14.30 on Tuesday, the speaker's office said.", True)
starts("16.00", "The truce takes effect at 18.00 on Friday, the mediators said.", False)
starts("16.00", "The truce takes effect on Friday, the mediators said.", False)
starts("09.30", "The ceasefire begins at 19.30 on Monday, the army said.", False)
starts("at 16.00", "The truce begins at 16.30 on Friday, officials said.", False)
when("16.00", "The index rose 16.00 points on Tuesday as the vote was held.", False)
when("16.00", "Deputies voted on Tuesday; tickets to the gallery cost 16.00 euros.", False)
when("18.00", "The vote opened at 16.00 on Tuesday and lasted an hour.", False)
when("16.00", "The vote opened 16.00 GMT on Tuesday and lasted an hour.", True)
when("9.30 a.m.", "Voting began 09.30 local time on Tuesday, the commission said.", True)
when("10.30", "Voting began 09.30 local time on Tuesday, the commission said.", False)
# an announcement's bare weekday
starts(
    "Dec. 16",
    "In a separate announcement Saturday, the army said its truce would begin on Dec. 16.",
    True,
)
starts(
    "Saturday",
    "In a separate announcement Saturday, the army said its truce would begin on Dec. 16.",
    False,
)
starts(
    "Saturday",
    "In a separate announcement Saturday, the army declared a truce from Dec. 16 to Jan. 2.",
    False,
)
starts(
    "Wednesday",
    "In an announcement on Monday, the rebels said their truce would start on Wednesday.",
    True,
)
starts(
    "Monday",
    "In an announcement Monday, the rebels said their truce would start on Wednesday.",
    False,
)
starts("Sunday", "The announcement came Friday; the ceasefire starts Sunday.", True)
starts("Friday", "The announcement came Friday; the ceasefire starts Sunday.", False)
starts(
    "Tuesday", "After a joint announcement Tuesday, the ceasefire began at dawn on Thursday.", False
)


def published(text: str, passes: list[str], fails: list[str]) -> None:
    built.each(
        D,
        text,
        passes,
        fails,
        "article.published",
        lambda value: {"article": {**ARTICLE, "published": value}},
        "published",
    )


BODY = "Leaders of the island states met in Honiara to discuss climate finance and fisheries.\n"
published(
    "Island Post\n3 June 2024\nForum opens\n\n"
    + BODY
    + "Delays were a disgrace, one envoy wrote.\n\u2014 Jane Roe (@janeroe) June 2, 2024\n",
    ["2024-06-03"],
    ["2024-06-02"],
)
published(
    "Forum opens\n\n"
    + BODY
    + "Delays were a disgrace, one envoy wrote.\n\u2014 Jane Roe (@janeroe) June 2, 2024\nThe meeting ends on Friday.\n",
    [],
    ["2024-06-02"],
)
published(
    "Forum opens\n\n"
    + BODY
    + "Ana Ruiz @anaruiz \u00b7 June 5, 2024\nWe will not leave without a deal.\n",
    [],
    ["2024-06-05"],
)
published(
    "Forum opens\n\n"
    + BODY
    + "Honiara welcomes the Forum pic.twitter.com/xyz12 \u2014 Forum Secretariat (@ForumSEC) 7 September 2025\n",
    [],
    ["2025-09-07"],
)
published(
    "Forum opens\n\n" + BODY + "A post shared by Ana Ruiz (@anaruiz) on June 6, 2024 at 3:14pm\n",
    [],
    ["2024-06-06"],
)
published(
    "Forum opens\nPosted on September 8, 2025\n\n"
    + BODY
    + "\u2014 Forum Secretariat (@ForumSEC) September 7, 2025\n",
    ["2025-09-08"],
    ["2025-09-07"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
