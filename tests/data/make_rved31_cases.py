# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rved31's set of eventdays31's event days (``grounding_rved31.jsonl``):
value-support cases for an event's ``when``, written to break eventdays31's readings both
ways, by category, each with what must pass and what must fail:

- ``led-month``: a month run on to a capitalised subject after a time word eventdays31 did
  not list ("Throughout October", "Through April", "Back in", "Towards the end of") is the
  month; a month word that is a name or a street after a time-like word ("a memo by April
  Ryan", "the late August Wilson", "a house in May Street") is no month;
- ``kin-clause``: an event told again under another noun in a relative clause (a raid as
  "the operation", a summit as "the meeting", a detention as "the seizure", a ceasefire as
  "the truce", a protest as "the rally", an acquisition as "the sale") is dated by it;
  another one of its kind brought in with a subject of its own ("an earlier walkout, which
  the cabin crew had begun on 4 April", "a buyout that the founders completed") is not;
- ``fronted-participle``: other opening participles ("Gathering in Vienna on Sunday",
  "Sitting in emergency session on Saturday", "Convening by video link on Thursday") date
  the clause they open; a participle's day is not the day of an act the sentence tells in
  the pluperfect after it ("Arriving in Kyiv on Friday, the envoy learned that the
  ceasefire had collapsed");
- ``lone-report``: an actor's report of its own act done in other verbs ("confirmed on",
  "announced late on", "told staff on Monday") dates the act, and a vote given by its tally;
  a report of an act done earlier in words eventdays31 did not list ("in the second quarter",
  "over the summer", "had already completed", "at the turn of the year") is not the act's
  day;
- ``object-relative``: the event's own day past a relative clause with a subject of its own
  ("whom a court had convicted", "which its Russian owner had bought") stands, never that
  clause's day; the day of a relative clause that tells the event itself is the event's.

Cases the review wrote that main gets wrong and this review does not mend were left out
(DECISIONS, "Session 31: review rved31"): a participle's day for an event told otherwise
than in the pluperfect ("defended the fisheries deal struck by her predecessor"), another
deal or strike whose clause names the event's own actors ("a deal that Anglo had struck
with Teck"), other nouns of an election ("the poll"), "industrial action", "the rescue
mission", a ballot, another day in a second clause of the event's sentence, and a report
after a lower-case hearer ("told analysts on Tuesday") or "confirmed" with an earlier time.

Run ``python tests/data/make_rved31_cases.py`` to rebuild it. The sentences were written for
this set; each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rved31.jsonl")

built = SupportCases(
    "rv31",
    leads=[
        "BRUSSELS (Continental Wire) -",
        "By Tomasz Wolak | The Baltic Observer",
        "MARKETS DESK | The Harbour Street Journal",
        "From our correspondent in Athens, The Aegean Review.",
        "Industry desk, The Northern Echo Post.",
        "DUBLIN, Irish Wire Service -",
    ],
)
MONTH, KIN, PARTICIPLE = "led-month", "kin-clause", "fronted-participle"
REPORT, OBJECT = "lone-report", "object-relative"


event = built.event_days
one = built.sentence_event_days


def two(
    category: str, first: str, second: str, passes: list[str], fails: list[str], kind: str,
    what: str, actors: tuple[str, ...] = (),
) -> None:  # fmt: skip
    """An event told in two sentences of one paragraph, both its evidence."""
    event(category, [f"{first} {second}"], [first, second], passes, fails, kind, what, actors)


# --- led-month ---------------------------------------------------------------------------

one(
    MONTH,
    "Throughout October Hungarian hauliers blockaded the M1 motorway near Gyor in a row over tolls.",
    ["October"],
    ["November"],
    "other",
    "Hungarian hauliers blockaded the M1 motorway",
)
one(
    MONTH,
    "Through April Lithuanian railway staff refused all overtime, leaving freight trains idle at Kaunas.",
    ["April"],
    [],
    "strike",
    "Lithuanian railway staff's overtime ban",
)
one(
    MONTH,
    "Early in March Belgian dockworkers halted loading at Antwerp over planned pension cuts.",
    ["March", "early March"],
    ["February"],
    "strike",
    "Belgian dockworkers halted loading at Antwerp",
)
one(
    MONTH,
    "Late in November Romanian prosecutors indicted the former mayor of Constanta on bribery charges.",
    ["November", "late November"],
    ["October"],
    "other",
    "Romanian prosecutors indicted the former mayor of Constanta",
)
one(
    MONTH,
    "Back in February Danish investigators raided the Copenhagen offices of the shipping group.",
    ["February"],
    [],
    "other",
    "Danish investigators raided the shipping group's offices",
)
one(
    MONTH,
    "Towards the end of June Austrian police arrested four suspects over the Linz bank robbery.",
    ["June", "late June"],
    [],
    "other",
    "Austrian police arrested four suspects",
)
one(
    MONTH,
    "In early April Croatian coastguards detained a tanker off Rijeka for dumping oily water.",
    ["April", "early April"],
    ["May"],
    "other",
    "Croatian coastguards detained a tanker off Rijeka",
)
one(
    MONTH,
    "Last May Turkish fishermen rescued 40 migrants from a sinking dinghy near Bodrum.",
    ["May"],
    ["June"],
    "other",
    "Turkish fishermen rescued 40 migrants",
)
one(
    MONTH,
    "Then in September Irish farmers drove 300 tractors into Dublin to protest the nitrates rules.",
    ["September"],
    [],
    "other",
    "Irish farmers drove tractors into Dublin in protest",
)
one(
    MONTH,
    "From mid-July Bulgarian customs impounded every lorry of grain arriving from the north.",
    ["July", "mid-July"],
    [],
    "other",
    "Bulgarian customs impounded grain lorries",
)
one(
    MONTH,
    "Nurses at St Brigid's hospital walked out on Tuesday, according to a memo by April Ryan, the ward manager.",
    [],
    ["April"],
    "strike",
    "nurses' walkout at St Brigid's hospital",
)
one(
    MONTH,
    "The theatre named after the late August Wilson reopened its doors to the public on Saturday.",
    [],
    ["August", "late August"],
    "other",
    "the theatre reopened",
)
one(
    MONTH,
    "Police raided a house in May Street, Belfast, and seized two handguns and ammunition.",
    [],
    ["May"],
    "other",
    "police raided a house in Belfast",
)
one(
    MONTH,
    "Customs officers seized 60 crates of counterfeit perfume at the depot of March Logistics in Felixstowe.",
    [],
    ["March"],
    "other",
    "customs officers seized counterfeit perfume",
)
one(
    MONTH,
    "Cleaners at the university downed tools, according to a statement from June Okafor, the campus union's secretary.",
    [],
    ["June"],
    "strike",
    "university cleaners' strike",
)
one(
    MONTH,
    "The board of the charity was dissolved until June Harris, the founder, returns from medical leave.",
    [],
    ["June"],
    "other",
    "the charity's board was dissolved",
)
one(
    MONTH,
    "Striking refuse collectors marched on the town hall, led by August Meyer of the GMB branch.",
    [],
    ["August"],
    "other",
    "refuse collectors marched on the town hall",
)
one(
    MONTH,
    "Officers searched a flat in April Lane, Leeds, and arrested a 34-year-old man.",
    [],
    ["April"],
    "other",
    "officers arrested a man in Leeds",
)
one(
    MONTH,
    "Filming of the thriller has been halted in Toronto since January Jones left the production.",
    [],
    ["January"],
    "other",
    "filming of the thriller halted",
)
one(
    MONTH,
    "Dock workers blocked the terminal gates, cheered on by the mayor and by June Sarpong, the broadcaster.",
    [],
    ["June"],
    "other",
    "dock workers blocked the terminal gates",
)

# --- kin-clause --------------------------------------------------------------------------

two(
    KIN,
    "Dutch police raided a warehouse in Rotterdam's port.",
    "The operation, which officers launched before dawn on 12 May, netted 400 kilos of heroin.",
    ["12 May", "May 12"],
    ["11 May"],
    "other",
    "police raid on a Rotterdam port warehouse",
    ("Dutch police",),
)
two(
    KIN,
    "EU leaders failed to agree on the budget at their summit in Brussels.",
    "The meeting, which the Council president chaired on 19 October, ended after midnight.",
    ["19 October", "Oct. 19"],
    ["18 October"],
    "other",
    "EU leaders' summit in Brussels",
)
two(
    KIN,
    "Finnish police detained the tanker Eagle S in the Gulf of Finland.",
    "The seizure, which border guards carried out on 25 December, followed damage to an undersea cable.",
    ["25 December"],
    ["24 December"],
    "other",
    "detention of the tanker Eagle S",
)
two(
    KIN,
    "A ceasefire between the two militias is holding in the capital.",
    "The truce, which the factions signed on Sunday under UN auspices, has quieted the southern suburbs.",
    ["Sunday"],
    ["Saturday", "Monday"],
    "other",
    "ceasefire between the two militias",
)
two(
    KIN,
    "Thousands protested in Lisbon against soaring rents.",
    "The rally, which tenants' groups organised on Saturday, drew an estimated 20,000 people.",
    ["Saturday"],
    ["Friday"],
    "other",
    "protest in Lisbon against rents",
)
two(
    KIN,
    "The acquisition of Hanseatic Freight by Rhein Logistik is complete.",
    "The sale, which closed on 2 July, values the carrier at EUR 1.2bn.",
    ["2 July", "July 2"],
    ["1 July"],
    "other",
    "Rhein Logistik's acquisition of Hanseatic Freight",
)
two(
    KIN,
    "Dockers at Felixstowe are on strike over pay.",
    "Their walkout follows one that train drivers began on 2 May and a walkout that the Tilbury crane operators started on 9 May.",
    [],
    ["2 May", "9 May"],
    "strike",
    "dockers' strike at Felixstowe",
)
two(
    KIN,
    "BHP and Anglo American signed a merger agreement on Tuesday.",
    "It replaces a deal that Anglo had struck with Teck Resources on 3 March.",
    ["Tuesday"],
    [],
    "other",
    "merger agreement between BHP and Anglo American",
)
two(
    KIN,
    "The two countries signed a new fisheries agreement.",
    "It supersedes the accord that their ministers had agreed in 2019.",
    [],
    ["2019"],
    "other",
    "new fisheries agreement between the two countries",
)
two(
    KIN,
    "Bus drivers in Leeds are on strike.",
    "They joined the stoppage that drivers in Bradford started on Monday, though their own walkout began on Wednesday.",
    ["Wednesday"],
    [],
    "strike",
    "bus drivers' strike in Leeds",
)
two(
    KIN,
    "Unilever agreed the takeover of the beauty brand.",
    "Its rival completed the acquisition that it had announced in January of a smaller skincare firm.",
    [],
    ["January"],
    "other",
    "Unilever's takeover of the beauty brand",
)

two(
    KIN,
    "Pilots at the airline are striking for a second week.",
    "Members voted to end an earlier walkout, which the cabin crew had begun on 4 April.",
    [],
    ["4 April"],
    "strike",
    "pilots' strike at the airline",
)
two(
    KIN,
    "Vantar Capital's takeover of the grocer is under review.",
    "Regulators are also examining a buyout that the founders completed on 1 April.",
    [],
    ["1 April"],
    "other",
    "Vantar Capital's takeover of the grocer",
)
two(
    KIN,
    "The carrier completed its acquisition of the regional airline.",
    "It follows another takeover that the group sealed in January.",
    [],
    ["January"],
    "other",
    "the carrier's acquisition of the regional airline",
)

# --- fronted-participle ------------------------------------------------------------------

one(
    PARTICIPLE,
    "Gathering in Vienna on Sunday, ministers of the producer group agreed to extend the output cuts.",
    ["Sunday"],
    ["Saturday"],
    "other",
    "producer group ministers agreed to extend output cuts",
)
one(
    PARTICIPLE,
    "Sitting in emergency session on Saturday, Peru's congress removed the president from office.",
    ["Saturday"],
    ["Friday"],
    "other",
    "Peru's congress removed the president",
)
one(
    PARTICIPLE,
    "Convening by video link on Thursday, G7 finance ministers agreed a price cap on Russian diesel.",
    ["Thursday"],
    ["Wednesday"],
    "other",
    "G7 finance ministers agreed a price cap",
)
one(
    PARTICIPLE,
    "Marching through central Paris on Saturday, tens of thousands protested against the pension reform.",
    ["Saturday"],
    ["Sunday"],
    "other",
    "protest against the pension reform in Paris",
)
one(
    PARTICIPLE,
    "Wrapping up two days of talks in Geneva on Wednesday, the envoys agreed a ceasefire for the port city.",
    ["Wednesday"],
    ["Tuesday"],
    "other",
    "envoys agreed a ceasefire for the port city",
)
one(
    PARTICIPLE,
    "Breaking a three-week deadlock on Friday, the Security Council approved the peacekeeping mission.",
    ["Friday"],
    ["Thursday"],
    "other",
    "Security Council approved the peacekeeping mission",
)
one(
    PARTICIPLE,
    "Moving swiftly on Monday night, regulators froze the assets of the collapsed lender.",
    ["Monday", "Monday night"],
    ["Sunday"],
    "other",
    "regulators froze the lender's assets",
)
one(
    PARTICIPLE,
    "Voting late on Tuesday, the Senate passed the stopgap spending bill by 54 votes to 46.",
    ["Tuesday"],
    ["Wednesday"],
    "vote",
    "Senate passed the stopgap spending bill",
)
one(
    PARTICIPLE,
    "Meeting virtually on 3 December, the cartel's members postponed their output decision.",
    ["3 December"],
    ["4 December"],
    "other",
    "cartel postponed its output decision",
)
one(
    PARTICIPLE,
    "Assembling at the Bundestag on Friday, German lawmakers approved the debt brake reform.",
    ["Friday"],
    ["Thursday"],
    "vote",
    "German lawmakers approved the debt brake reform",
)
one(
    PARTICIPLE,
    "Arriving in Kyiv on Friday, the envoy learned that the ceasefire had collapsed.",
    [],
    ["Friday"],
    "other",
    "the ceasefire collapsed",
)
one(
    PARTICIPLE,
    "Touring the flooded town on Monday, the king thanked the rescuers who had pulled 40 people from the river.",
    [],
    ["Monday"],
    "other",
    "rescuers pulled 40 people from the river",
)
one(
    PARTICIPLE,
    "Reacting on Tuesday, Beijing condemned the sanctions Washington had imposed on its chipmakers.",
    [],
    ["Tuesday"],
    "other",
    "Washington imposed sanctions on Chinese chipmakers",
    ("Washington",),
)
one(
    PARTICIPLE,
    "Campaigning in Ohio on Saturday, the senator hailed the tariffs the president had imposed on steel.",
    [],
    ["Saturday"],
    "other",
    "the president imposed tariffs on steel",
)
one(
    PARTICIPLE,
    "Meeting in Riyadh on Tuesday, American and Russian officials discussed the truce that Kyiv and Moscow had agreed in Jeddah.",
    [],
    ["Tuesday"],
    "other",
    "Kyiv and Moscow agreed a truce in Jeddah",
    ("Kyiv", "Moscow"),
)
one(
    PARTICIPLE,
    "Appearing before reporters on Sunday, the coach hailed the players who had won the cup final.",
    [],
    ["Sunday"],
    "other",
    "players won the cup final",
)
one(
    PARTICIPLE,
    "Landing in Manila on Wednesday, the admiral inspected the frigate the navy had commissioned.",
    [],
    ["Wednesday"],
    "other",
    "the navy commissioned the frigate",
    ("navy",),
)
one(
    PARTICIPLE,
    "Speaking in Doha on Monday, the mediator said the two sides had freed the hostages.",
    [],
    ["Monday"],
    "other",
    "the two sides freed the hostages",
)
one(
    PARTICIPLE,
    "Visiting Warsaw on Thursday, the chancellor recalled that Germany had already signed the pact.",
    [],
    ["Thursday"],
    "other",
    "Germany signed the pact",
    ("Germany",),
)

one(
    PARTICIPLE,
    "Docking in Haifa on Saturday, the crew said pirates had seized part of their cargo off Somalia.",
    [],
    ["Saturday"],
    "other",
    "pirates seized the cargo off Somalia",
)
one(
    PARTICIPLE,
    "Inspecting the site on Tuesday, engineers found that the retaining wall had cracked along its length.",
    [],
    ["Tuesday"],
    "other",
    "the retaining wall cracked",
)

# --- lone-report -------------------------------------------------------------------------

one(
    REPORT,
    "Siemens confirmed on Tuesday that it had completed its acquisition of the software group Altair.",
    ["Tuesday"],
    ["Monday"],
    "other",
    "Siemens completed acquisition of Altair",
    ("Siemens",),
)
one(
    REPORT,
    "Chevron announced late on Friday that it had closed its takeover of Hess.",
    ["Friday"],
    ["Thursday"],
    "other",
    "Chevron closed its takeover of Hess",
    ("Chevron",),
)
one(
    REPORT,
    "Lufthansa told staff on Monday that it had completed the sale of its catering arm.",
    ["Monday"],
    ["Sunday"],
    "other",
    "Lufthansa completed the sale of its catering arm",
    ("Lufthansa",),
)
one(
    REPORT,
    "Mars said in a statement on Tuesday that it had finalised its purchase of Kellanova.",
    ["Tuesday"],
    ["Wednesday"],
    "other",
    "Mars finalised purchase of Kellanova",
    ("Mars",),
)
one(
    REPORT,
    "The Longshoremen's Association said on Wednesday that its members had ratified the six-year master contract.",
    ["Wednesday"],
    ["Thursday"],
    "vote",
    "Longshoremen's Association members ratified the master contract",
    ("Longshoremen's Association",),
)
one(
    REPORT,
    "Rail workers backed the pay offer by 2,341 votes to 412, the RMT union announced on Friday.",
    ["Friday"],
    ["Saturday"],
    "vote",
    "rail workers backed the pay offer",
    ("RMT",),
)
one(
    REPORT,
    "Voters in Zurich approved the new tram line, with 61 percent in favour, the canton reported on Sunday.",
    ["Sunday"],
    ["Saturday"],
    "vote",
    "Zurich voters approved the new tram line",
)
one(
    REPORT,
    "Novo Holdings said on 18 December that it had completed the purchase of Catalent.",
    ["18 December"],
    ["17 December"],
    "other",
    "Novo Holdings completed purchase of Catalent",
    ("Novo Holdings",),
)
one(
    REPORT,
    "Orsted confirmed on Thursday it had divested its stake in the Hornsea 3 wind farm.",
    ["Thursday"],
    ["Friday"],
    "other",
    "Orsted divested its stake in Hornsea 3",
    ("Orsted",),
)
one(
    REPORT,
    "Equinor announced on Monday that it had acquired a 10% stake in the offshore wind developer.",
    ["Monday"],
    ["Tuesday"],
    "other",
    "Equinor acquired a stake in the wind developer",
    ("Equinor",),
)
one(
    REPORT,
    "Holcim said on Wednesday that it had completed the sale of its Brazilian business in the second quarter.",
    [],
    ["Wednesday"],
    "other",
    "Holcim completed sale of its Brazilian business",
    ("Holcim",),
)
one(
    REPORT,
    "Vestas said on Friday that it had completed the purchase of the blade factory over the summer.",
    [],
    ["Friday"],
    "other",
    "Vestas completed purchase of the blade factory",
    ("Vestas",),
)
one(
    REPORT,
    "Carlsberg said on Tuesday that it had already completed its takeover of the soft-drinks bottler.",
    [],
    ["Tuesday"],
    "other",
    "Carlsberg completed its takeover of the bottler",
    ("Carlsberg",),
)
one(
    REPORT,
    "Shell said on Thursday that it had completed the divestment of its Nigerian onshore unit at the start of the quarter.",
    [],
    ["Thursday"],
    "other",
    "Shell completed divestment of its Nigerian onshore unit",
    ("Shell",),
)
one(
    REPORT,
    "Members ratified the agreement with 88% in favour at a mass meeting held the day before, the union said on Friday.",
    [],
    ["Friday"],
    "vote",
    "members ratified the agreement",
    ("union",),
)
one(
    REPORT,
    "Barclays said on Monday it had finished the sale of its German card business at the turn of the year.",
    [],
    ["Monday"],
    "other",
    "Barclays finished the sale of its German card business",
    ("Barclays",),
)
one(
    REPORT,
    "Ryanair said on Wednesday that it had completed the purchase of the jets late last year.",
    [],
    ["Wednesday"],
    "other",
    "Ryanair completed purchase of the jets",
    ("Ryanair",),
)


# --- object-relative ---------------------------------------------------------------------

two(
    OBJECT,
    "Irish naval officers boarded the trawler on Thursday.",
    "They escorted the vessel, which the Spanish owners had renamed in March, into Castletownbere.",
    ["Thursday"],
    ["March"],
    "other",
    "Irish naval officers escorted the trawler into Castletownbere",
)
two(
    OBJECT,
    "The regulator acted on Monday.",
    "It fined the bank, a lender that inspectors had censured in 2022, for lax checks.",
    ["Monday"],
    ["2022"],
    "other",
    "regulator fined the bank",
)
two(
    OBJECT,
    "Customs moved in on Friday.",
    "Officers impounded the yacht, which its Russian owner had bought in April, at Antibes.",
    ["Friday"],
    ["April", "Thursday"],
    "other",
    "customs officers impounded the yacht at Antibes",
)
two(
    OBJECT,
    "Police made the arrest on Saturday.",
    "They detained the activist, whom a court had convicted in January, at Gatwick airport.",
    ["Saturday"],
    ["January", "Sunday"],
    "other",
    "police detained the activist at Gatwick",
)
two(
    OBJECT,
    "The ministry stepped in on Tuesday.",
    "It revoked the licence, a permit that the previous government had granted in October, citing safety.",
    ["Tuesday"],
    ["October"],
    "other",
    "ministry revoked the licence",
)
two(
    OBJECT,
    "Workers returned to the site on Wednesday.",
    "They reopened the plant, which the owners had mothballed in November.",
    ["Wednesday"],
    ["November"],
    "other",
    "workers reopened the plant",
)
two(
    OBJECT,
    "The navy intervened on Sunday.",
    "It towed the cargo ship, which Houthi fighters had attacked in February, to Djibouti.",
    ["Sunday"],
    ["February"],
    "other",
    "navy towed the cargo ship to Djibouti",
)
two(
    OBJECT,
    "Germany acted on Thursday.",
    "It expelled the diplomat, whom Berlin had warned in August, for spying.",
    ["Thursday"],
    ["August", "Wednesday"],
    "other",
    "Germany expelled the diplomat",
)
two(
    OBJECT,
    "The court ruled on Monday.",
    "It overturned the merger, a deal that the two firms had sealed in May.",
    ["Monday"],
    ["May"],
    "other",
    "court overturned the merger",
)
two(
    OBJECT,
    "Estonia acted on Friday.",
    "Its coastguard seized the tanker, a ship that Britain had sanctioned in June, off Tallinn.",
    ["Friday"],
    ["June"],
    "other",
    "Estonian coastguard seized the tanker",
)
two(
    OBJECT,
    "Customs officers boarded the tanker on Saturday.",
    "They detained the vessel, a ship that the EU had blacklisted in February.",
    ["February"],
    ["January"],
    "other",
    "the EU blacklisted the tanker",
    ("EU",),
)
two(
    OBJECT,
    "The rebels attacked a convoy on Monday.",
    "The army hit back at the rebels, a force that the government had outlawed in March, on Wednesday.",
    ["Wednesday"],
    ["March"],
    "other",
    "the army hit back at the rebels",
    ("army",),
)
two(
    OBJECT,
    "The strike ended on Sunday.",
    "Workers ratified the deal, an agreement that their union had signed on Thursday.",
    ["Thursday"],
    ["Sunday"],
    "other",
    "union signed the agreement",
    ("union",),
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
