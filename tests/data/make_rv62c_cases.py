# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build session 62's review set of ac62's description objects (``grounding_rv62c.jsonl``,
review rv62c of ac62; :mod:`summarizer.verification.acts.told_objects`), at the edges of

- ``shared``: the description's object written with a word of the doer's own name, a place,
  a party, a club, a broadcaster or a family ("Kentmere Police" that "arrested Kentmere man",
  the CBC that "sacked CBC presenter Dev Ashe", the Unity Party that "suspended Unity MP Rosa
  Kell", a state's attorney general who "sued Marlow-based hospitals", Ana Varga who "took
  over the Varga family bakery"): the doer the evidence writes as the act's subject passes;
  the one acted on in the same shapes (the person after the title, a body whose offices were
  raided or whose positions were struck, a firm after a place word) stays refused;
- ``clause``: the description's act verb in another clause than the event's own act, after
  "after", "when", "who", "which", "whom" ("appealed after regulator fined Halvey",
  "countersued Kestrel, which sued Pellmark in May", "cut 200 jobs months after Orvik bought
  Celtra"): the actor of the event's own act passes; the object of the event's own act, with
  such a clause after it or a leading phrase closed by a comma before it ("after a six-month
  inquiry, fined Halvey"), stays refused;
- ``embedded``: the act verb inside a noun's clause, another's decision or ruling ("appealed
  ruling that fined Halvey", "challenged ministry's decision to designate Varosh", "rejoined
  the club that sacked Teo Varga"), and the doer the evidence names before "said it had":
  the event's actor passes; the object of the doer's own plan or report ("announced plans to
  buy Celtra", "said that it had sacked Teo Varga", "confirmed its decision to designate
  Varosh") stays refused.

Run ``python tests/data/make_rv62c_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv62c.jsonl")

built = SupportCases(
    "rv62c",
    leads=[
        "KENTMERE, Oct 2 (Coastline Wire) -",
        "By Petra Lindqvist | The Halden Courier",
        "Politics live | Marlow Evening Standard",
        "Business briefing, The Saltby Ledger.",
        "FOOTBALL | Dunmore Sports Daily",
        "Local news in brief -",
    ],
)
SHARED, CLAUSE, EMBEDDED = "shared", "clause", "embedded"

# --- shared: a word of the doer's own name in the description's object ---------------------
# (True: the doer; False: the one acted on) sentence, value, description, why
SHARED_CASES = [
    (
        True,
        "Kentmere Police arrested a Kentmere man on suspicion of arson after the fire at the old mill.",
        "Kentmere Police",
        "arrested Kentmere man over mill fire",
        "the force is the subject; 'Kentmere' is the man's town, not the one arrested",
    ),
    (
        True,
        "The CBC has sacked presenter Dev Ashe after an internal inquiry into his expenses.",
        "CBC",
        "sacked CBC presenter Dev Ashe",
        "the broadcaster sacked its own presenter; 'CBC' is a modifier of the title",
    ),
    (
        True,
        "The Unity Party suspended its Halden MP Rosa Kell on Tuesday pending an inquiry into her remarks.",
        "Unity Party",
        "suspended Unity MP Rosa Kell",
        "the party suspended its own MP",
    ),
    (
        True,
        "Marlow Attorney General Lena Pryce sued three Marlow-based hospitals on Monday over their billing of uninsured patients.",
        "Lena Pryce",
        "sued Marlow-based hospitals over billing",
        "a place word glued by a hyphen is no object (and not the value's word here either)",
    ),
    (
        True,
        "Marlow Attorney General Lena Pryce sued three Marlow-based hospitals on Monday over their billing of uninsured patients.",
        "Marlow Attorney General",
        "sued Marlow-based hospitals over billing",
        "the attorney general's own state word in the hospitals' modifier",
    ),
    (
        True,
        "Dunmore Rovers have dismissed their under-21 coach Pim Adler, the club confirmed on Sunday.",
        "Dunmore Rovers",
        "dismissed Rovers under-21 coach Pim Adler",
        "the club dismissed its own coach",
    ),
    (
        True,
        "The Saltby Housing Board fined four Saltby landlords a total of £48,000 for letting unsafe flats.",
        "Saltby Housing Board",
        "fined Saltby landlords for unsafe flats",
        "the landlords' town is the board's",
    ),
    (
        True,
        "Halden City Council has sued Halden developer Norvik Homes over the unfinished riverside scheme.",
        "Halden City Council",
        "sued Halden developer Norvik Homes",
        "the developer's town is the council's",
    ),
    (
        True,
        "Kestrel Securities paid Kestrel shareholders a special dividend of 40p a share after a record year.",
        "Kestrel Securities",
        "paid Kestrel shareholders special dividend",
        "the firm paid its own shareholders",
    ),
    (
        True,
        "Ana Varga took over the Varga family bakery chain from her father in 2019 and has doubled its shops.",
        "Ana Varga",
        "took over the Varga family bakery",
        "her family's name modifies the bakery",
    ),
    (
        True,
        "The Norland Data Protection Commission fined Norland telecom firm Vellis €3 million for leaking customer records.",
        "Norland Data Protection Commission",
        "fined Norland telecom firm Vellis €3m",
        "the firm's country is the commission's",
    ),
    (
        True,
        "Marlow Wanderers have appointed Wanderers legend Ola Berg as head coach until the end of the season.",
        "Marlow Wanderers",
        "appointed Wanderers legend Ola Berg head coach",
        "the club appointed its former player",
    ),
    (
        True,
        "The Halden Museum of Art bought Halden painter Iris Lund's harbour scene at auction for £1.2 million.",
        "Halden Museum of Art",
        "bought Halden painter Iris Lund's harbour scene",
        "the painter's town is the museum's",
    ),
    (
        True,
        "The Saltby Police Service is investigating two Saltby constables over photographs leaked from a crime scene.",
        "Saltby Police Service",
        "investigating Saltby constables over leaked photos",
        "the force investigates its own officers",
    ),
    (
        True,
        "The Corran Football Association banned Corran club Halden Town from this season's cup over unpaid wages.",
        "Corran Football Association",
        "banned Corran club Halden Town from cup",
        "the club's country is the association's",
    ),
    (
        False,
        "Kentmere Police arrested a Kentmere man, Joel Tarr, on suspicion of arson after the fire at the old mill.",
        "Joel Tarr",
        "arrested Kentmere man Joel Tarr over mill fire",
        "the man arrested, named after his town and noun",
    ),
    (
        False,
        "The CBC has sacked presenter Dev Ashe after an internal inquiry into his expenses.",
        "Dev Ashe",
        "sacked CBC presenter Dev Ashe",
        "the presenter sacked",
    ),
    (
        False,
        "The Unity Party suspended its Halden MP Rosa Kell on Tuesday pending an inquiry into her remarks.",
        "Rosa Kell",
        "suspended Unity MP Rosa Kell",
        "the MP suspended",
    ),
    (
        False,
        "Fraud officers raided the offices of Kestrel Securities in Saltby on Thursday and took away computers.",
        "Kestrel Securities",
        "raided Kestrel offices in Saltby",
        "the firm whose offices were raided",
    ),
    (
        False,
        "Corran forces struck Harrak Front positions near the river overnight, the defence ministry said.",
        "Harrak Front",
        "struck Harrak Front positions near the river",
        "the group whose positions were struck",
    ),
    (
        False,
        "The Corran Financial Authority fined the insurance arm of Halvey Mutual £2 million for mis-selling.",
        "Halvey Mutual",
        "fined Halvey insurance arm £2m",
        "the lender whose arm was fined",
    ),
    (
        False,
        "Marlow Attorney General Lena Pryce sued three hospitals, among them Marlow General Hospital, over their billing.",
        "Marlow General Hospital",
        "sued Marlow General Hospital over billing",
        "the hospital sued",
    ),
    (
        False,
        "Ana Varga took over Varga Bakeries from her father in 2019 and has doubled its shops.",
        "Varga Bakeries",
        "took over Varga Bakeries",
        "the chain taken over",
    ),
    (
        False,
        "Marlow Wanderers have appointed Wanderers legend Ola Berg as head coach until the end of the season.",
        "Ola Berg",
        "appointed Wanderers legend Ola Berg head coach",
        "the coach appointed, after a title",
    ),
    (
        False,
        "The Norland Data Protection Commission fined Norland telecom firm Vellis €3 million for leaking customer records.",
        "Vellis",
        "fined Norland telecom firm Vellis €3m",
        "the firm fined, after its description",
    ),
    (
        False,
        "Halden City Council has sued Halden developer Norvik Homes over the unfinished riverside scheme.",
        "Norvik Homes",
        "sued Halden developer Norvik Homes",
        "the developer sued",
    ),
    (
        False,
        "The Corran Football Association banned Corran club Halden Town from this season's cup over unpaid wages.",
        "Halden Town",
        "banned Corran club Halden Town from cup",
        "the club banned",
    ),
    (
        False,
        "The Halden Museum of Art bought Halden painter Iris Lund's harbour scene at auction for £1.2 million.",
        "Iris Lund",
        "bought Halden painter Iris Lund's harbour scene",
        "the painter whose picture was bought (the seller is the auction's consignor)",
    ),
]
# the doer written past an aside, as a passive's agent or by its board; the one acted on
# in a relative clause, a passive's subject, or past "and after ...," (another clause)
SHARED_CASES += [
    (True, "Kentmere Police, called to the mill at 2am, arrested a Kentmere man on suspicion of arson.", "Kentmere Police", "arrested Kentmere man over mill fire", "the force is the subject past an aside"),
    (True, "Presenter Dev Ashe has been sacked by the CBC after an internal inquiry into his expenses.", "CBC", "sacked CBC presenter Dev Ashe", "the broadcaster is the passive's agent"),
    (True, "A Kentmere man was arrested by Kentmere Police on Friday on suspicion of arson.", "Kentmere Police", "arrested Kentmere man over mill fire", "the force is the passive's agent"),
    (True, "Kestrel Securities' board sacked chief executive Rolf Amsel on Monday after losses at the Kestrel trading desk.", "Kestrel Securities", "sacked Kestrel chief executive Rolf Amsel", "the firm's board acts for it"),
    (False, "The Corran Financial Authority investigated Halvey Mutual for a year, and after the inquiry ended in May, fined the lender £6.5 million.", "Halvey Mutual", "fined Halvey £6.5m", "the lender fined: 'and after ...,' opens another clause, not an aside after the lender"),
    (False, "Halvey Mutual, which the Corran Financial Authority fined £6.5 million in May, has replaced its chief executive.", "Halvey Mutual", "fined Halvey £6.5m", "the lender fined, in a relative clause"),
    (False, "Presenter Dev Ashe has been sacked by the CBC after an internal inquiry into his expenses.", "Dev Ashe", "sacked CBC presenter Dev Ashe", "the presenter sacked, the passive's subject"),
]  # fmt: skip
for expect, sentence, who, description, why in SHARED_CASES:
    built.actor(SHARED, expect, sentence, who, description, why)

# --- clause: the act verb of another clause than the event's own act ----------------------
CLAUSE_CASES = [
    (
        True,
        "Halvey Mutual said on Friday it would appeal against the £6.5 million penalty imposed by the Corran Financial Authority last month.",
        "Halvey Mutual",
        "appealed after regulator fined Halvey",
        "the lender appeals; the fining is the reason, in an 'after' clause",
    ),
    (
        True,
        "Teo Varga has filed an unfair dismissal claim against Dunmore Rovers, who sacked him in March after seven defeats.",
        "Teo Varga",
        "filed unfair dismissal claim against Rovers, who sacked Teo Varga in March",
        "the claimant; the sacking is a relative clause's",
    ),
    (
        True,
        "Kai Moor began a hunger strike in Lindqvist prison three weeks after Border Police arrested him at the airport.",
        "Kai Moor",
        "began hunger strike weeks after police arrested Kai Moor",
        "the one striking; the arrest is an 'after' clause's",
    ),
    (
        True,
        "Pellmark Group countersued Kestrel Securities on Tuesday; Kestrel had sued Pellmark in May over a broken supply contract.",
        "Pellmark Group",
        "countersued Kestrel, which sued Pellmark in May",
        "the countersuer; the first suit is a relative clause's",
    ),
    (
        True,
        "Celtra Bio will cut 200 jobs at its Saltby laboratory, four months after Orvik Pharma bought the company.",
        "Celtra Bio",
        "cut 200 jobs months after Orvik bought Celtra",
        "the firm cutting jobs",
    ),
    (
        True,
        "Ola Berg scored twice on his return on Saturday, having served the four-match ban the Northern League gave him after the Kellmar brawl.",
        "Ola Berg",
        "scored twice on return after league suspended Berg",
        "the scorer; the ban is an 'after' clause's",
    ),
    (
        True,
        "Brightwall Construction began work on the Tamsby library on Monday, six weeks after the council chose the firm ahead of four rival bidders.",
        "Brightwall Construction",
        "began library work after council chose Brightwall",
        "the builder starting work",
    ),
    (
        True,
        "Quarry Pipes hired 60 welders this week, a month after the Halden Water Board awarded it a £40 million relining contract.",
        "Quarry Pipes",
        "hired 60 welders after board awarded Quarry Pipes contract",
        "the firm hiring; the award is an 'after' clause's",
    ),
    (
        True,
        "Dora Quell pleaded not guilty in Saltby on Friday, a week after the district attorney charged her with fraud.",
        "Dora Quell",
        "pleaded not guilty after prosecutors charged Quell with fraud",
        "the one pleading",
    ),
    (
        True,
        "Brisk Lending settled the regulators' lawsuit for £12 million on Wednesday; they had sued the lender in June when it hid fees.",
        "Brisk Lending",
        "settled lawsuit regulators filed when they sued Brisk",
        "the lender settling; the suit is a 'when' clause's",
    ),
    (
        True,
        "Orsin Analytics shares jumped 40 per cent on Monday after Pellmark Group agreed to take over the software firm.",
        "Orsin Analytics",
        "shares jumped after Pellmark agreed to take over Orsin",
        "the firm whose shares jumped",
    ),
    (
        True,
        "Tom Rusk, whom the judges praised for his novel's daring structure, gave his prize money to a Halden library.",
        "Tom Rusk",
        "donated prize money; judges, who praised Rusk, chose his novel",
        "the donor; the praise is a relative clause's",
    ),
    (
        False,
        "The Corran Financial Authority fined Halvey Mutual £6.5 million after an inquiry found weak anti-fraud checks.",
        "Halvey Mutual",
        "fined Halvey £6.5m after inquiry",
        "the lender fined; the 'after' comes after the act",
    ),
    (
        False,
        "Dunmore Rovers sacked Teo Varga on Sunday after a run of seven defeats.",
        "Teo Varga",
        "sacked Teo Varga after seven defeats",
        "the manager sacked",
    ),
    (
        False,
        "Border Police arrested Kai Moor when he landed at Lindqvist airport late on Friday.",
        "Kai Moor",
        "arrested Kai Moor when he landed at the airport",
        "the man arrested",
    ),
    (
        False,
        "Kestrel Securities sued Pellmark Group in May, saying the firm had broken a supply contract.",
        "Pellmark Group",
        "sued Pellmark, which broke a supply contract",
        "the firm sued; the relative clause is after it",
    ),
    (
        False,
        "Orvik Pharma bought Celtra Bio for $2.1 billion, weeks after Celtra's drug won approval.",
        "Celtra Bio",
        "bought Celtra, whose drug won approval",
        "the firm bought",
    ),
    (
        False,
        "The Northern League suspended Ola Berg for four matches after he was sent off at Kellmar.",
        "Ola Berg",
        "suspended Berg, who was sent off at Kellmar",
        "the player suspended",
    ),
    (
        False,
        "Tamsby Council chose Brightwall Construction because its bid was the lowest of five.",
        "Brightwall Construction",
        "chose Brightwall because its bid was lowest",
        "the firm chosen",
    ),
    (
        False,
        "The Halden Water Board awarded Quarry Pipes a £40 million contract before the tender formally closed.",
        "Quarry Pipes",
        "awarded Quarry Pipes contract before tender closed",
        "the firm awarded",
    ),
    (
        False,
        "After a six-month inquiry, the Corran Financial Authority fined Halvey Mutual £6.5 million.",
        "Halvey Mutual",
        "after a six-month inquiry, fined Halvey £6.5m",
        "the lender fined; the 'after' phrase is closed by a comma before the act",
    ),
    (
        False,
        "When talks with rival bidders failed, Pellmark Group agreed to take over Orsin Analytics for £310 million.",
        "Orsin Analytics",
        "when rival talks failed, agreed to take over Orsin",
        "the firm taken over; the 'when' clause ends before the act",
    ),
    (
        False,
        "The Saltby District Attorney charged Dora Quell with fraud on Thursday after an audit of the charity.",
        "Dora Quell",
        "charged Quell with fraud after audit",
        "the one charged",
    ),
    (
        False,
        "The Ministry of Trade designated Varosh Shipping after it shipped drone parts to Harrak.",
        "Varosh Shipping",
        "designated Varosh Shipping after it shipped drone parts",
        "the firm designated",
    ),
]
# an "after" clause with no subject of its own: its left-out subject is the description's
CLAUSE_CASES += [
    (False, "Dunmore Rovers hired Ines Farrow on Monday, days after firing Teo Varga.", "Teo Varga", "hired Ines Farrow days after firing Teo Varga", "the manager fired by the same club: the 'after' clause has no subject of its own"),
    (False, "Orvik Pharma bought Celtra Bio in June, months after selling Orsin Analytics to Pellmark Group.", "Orsin Analytics", "bought Celtra Bio months after selling Orsin Analytics", "the firm sold by the buyer itself"),
]  # fmt: skip
for expect, sentence, who, description, why in CLAUSE_CASES:
    built.actor(CLAUSE, expect, sentence, who, description, why)


# --- embedded: the act inside a noun's clause; the doer before "said it had" ----------------
EMBEDDED_CASES = [
    (
        True,
        "Halvey Mutual has appealed against the Corran Financial Authority's ruling, which imposed a £6.5 million penalty on the lender.",
        "Halvey Mutual",
        "appealed ruling that fined Halvey £6.5m",
        "the lender appeals; the fining is the ruling's, in a 'that' clause",
    ),
    (
        True,
        "Varosh Shipping went to court on Monday to challenge the Ministry of Trade's decision to put it on the export-control list.",
        "Varosh Shipping",
        "challenged ministry's decision to designate Varosh Shipping",
        "the firm challenges; the designating is the ministry's decision",
    ),
    (
        True,
        "Teo Varga has rejoined Dunmore Rovers as a youth coach, two years after the club dismissed him as manager.",
        "Teo Varga",
        "rejoined the club that sacked Teo Varga",
        "the one rejoining; the sacking is a relative 'that' clause's",
    ),
    (
        True,
        "Ola Berg won his appeal on Friday against the Northern League ban that had kept him out for four matches.",
        "Ola Berg",
        "won appeal against ban that suspended Berg",
        "the player appealing",
    ),
    (
        True,
        "Dora Quell's lawyers filed a motion to dismiss the indictment the district attorney brought against her in March.",
        "Dora Quell",
        "sought dismissal of indictment that charged Quell with fraud",
        "the defendant seeking dismissal",
    ),
    (
        True,
        "Brightwall Construction hailed the council's vote to hand it the library contract as a boost for 200 local jobs.",
        "Brightwall Construction",
        "hailed council's vote to choose Brightwall for library",
        "the firm hailing; the choosing is the council's vote",
    ),
    (
        True,
        "Celtra Bio's board backed the judge's order that Orvik Pharma must complete its purchase of the company.",
        "Celtra Bio",
        "backed judge's order to buy Celtra",
        "the board backing; the buying is ordered of another",
    ),
    (
        True,
        "The CBC said on Tuesday it had sacked presenter Dev Ashe after an internal inquiry into his expenses.",
        "CBC",
        "sacked CBC presenter Dev Ashe",
        "the broadcaster said it had sacked its own presenter",
    ),
    (
        True,
        "Kentmere Police said officers had arrested a Kentmere man on suspicion of arson.",
        "Kentmere Police",
        "arrested Kentmere man over mill fire",
        "the force reports its own arrest",
    ),
    (
        True,
        "Dunmore Rovers confirmed that they had dismissed under-21 coach Pim Adler.",
        "Dunmore Rovers",
        "dismissed Rovers under-21 coach Pim Adler",
        "the club confirmed its own dismissal",
    ),
    (
        True,
        "Kai Moor condemned the court's verdict that Border Police had lawfully arrested him at the airport.",
        "Kai Moor",
        "condemned verdict that police lawfully arrested Kai Moor",
        "the one condemning",
    ),
    (
        False,
        "Orvik Pharma announced plans on Wednesday to buy Celtra Bio for $2.1 billion.",
        "Celtra Bio",
        "announced plans to buy Celtra",
        "the firm to be bought: the plan is the doer's own",
    ),
    (
        False,
        "Dunmore Rovers said that it had sacked Teo Varga after a run of seven defeats.",
        "Teo Varga",
        "said that it had sacked Teo Varga",
        "the manager sacked, in the doer's own report",
    ),
    (
        False,
        "The Ministry of Trade confirmed its decision to designate Varosh Shipping under the export-control rules.",
        "Varosh Shipping",
        "confirmed its decision to designate Varosh Shipping",
        "the firm designated by the doer's own decision",
    ),
    (
        False,
        "Pellmark Group moved on Monday to take over Orsin Analytics for £310 million.",
        "Orsin Analytics",
        "moved to take over Orsin Analytics",
        "the firm taken over",
    ),
    (
        False,
        "The Corran Financial Authority said it had fined Halvey Mutual £6.5 million.",
        "Halvey Mutual",
        "said it had fined Halvey £6.5m",
        "the lender fined, in the regulator's own report",
    ),
    (
        False,
        "The Northern League voted to suspend Ola Berg for four matches after the Kellmar brawl.",
        "Ola Berg",
        "voted to suspend Berg for four matches",
        "the player suspended",
    ),
    (
        False,
        "Halvey Mutual said the Corran Financial Authority had fined it £6.5 million, and that it would appeal.",
        "Halvey Mutual",
        "fined Halvey £6.5m",
        "the lender fined: it is the one saying, not the one fining",
    ),
    (
        False,
        "Kestrel Securities confirmed that the regulator had fined it £2 million.",
        "Kestrel Securities",
        "fined Kestrel £2m",
        "the firm fined, the subject only of 'confirmed'",
    ),
    (
        False,
        "Tamsby Council said it would choose Brightwall Construction for the library rebuild.",
        "Brightwall Construction",
        "said it would choose Brightwall",
        "the firm chosen by the council",
    ),
    (
        False,
        "Marlow Wanderers said on Friday they had appointed Ines Farrow as head coach.",
        "Ines Farrow",
        "appointed Ines Farrow head coach",
        "the coach appointed; the club is the one saying",
    ),
]
for expect, sentence, who, description, why in EMBEDDED_CASES:
    built.actor(EMBEDDED, expect, sentence, who, description, why)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
