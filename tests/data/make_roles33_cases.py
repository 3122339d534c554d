# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles33 set (``grounding_roles33.jsonl``): names accepted in a role the page does
not give them, or refused in one it does, found by an outside check in session 14, by
category, each with what must pass and what must fail:

- ``proposer-body``: a proposal a body owns by its noun phrase ("the EU Commission
  proposal", "a Commission-drafted plan", "Brussels' proposal", "a blueprint the Commission
  drew up") names it the proposer (pass); a broker or mediator ("the Beijing-brokered
  truce", "brokered by Qatar", "which Norway mediated") is a go-between, not the one who
  proposed (fail, unconfirmed: its name is there in another role), unless the page also
  says it proposed ("Qatar put forward and then brokered", pass);
- ``quoted-party``: a name inside another speaker's quoted words, as the one the speaker
  asks or blames ('"Putin and China must press Haftar," Erdogan said'), holds no stance of
  its own (fail, unsupported: named only in the speaker's words about it); the speaker's side
  passes, and a name the quote gives the stance ('"Israel has accepted the pause," the
  envoy said') passes;
- ``reactor``: the one who announced, imposed or is hit by a measure is no one who reacted
  to it ("Commerce Secretary Wilbur Ross announced the tariffs; Canada said it would
  retaliate": Ross fails, Canada passes; "the United States" named only as the measure's
  maker or target fails) (unsupported: named in another role); a reactor passes;
- ``outlet-role``: a news outlet or agency the page names only as its source ("EFE
  reported", "according to TASS", "told AFP") is no party of a meeting, no side of a truce
  and no actor of an event (fail, unsupported); for the article's ``outlet``, an outlet a
  quote was given to ("said in a comment to Al Jazeera") on a page another outlet publishes
  is not the page's outlet (fail, unsupported), and a slashed dateline credit ("/TASS/") is
  at most unconfirmed (fail); a dateline in parentheses, a masthead, or an outlet told on a
  page that names no other publisher, pass;
- ``sponsor-critic``: one who attacks, opposes or criticises a bill is no sponsor (fail,
  unconfirmed: named, not as the one who introduced it); "the measure, which Senator Ortiz
  drafted," and "the Ortiz-authored bill" name the author (pass);
- ``rejecter``: a mediator that relays or conveys a side's rejection ("Egypt, which
  mediates, relayed Hamas's rejection") is not the side that rejected (fail, unsupported:
  another role); the side whose rejection it is passes.

Run ``python tests/data/make_roles33_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles33.jsonl")

# Several outlets' ways of opening a story: a wire dateline, a live blog, a broadsheet's
# section line, a broadcaster's web copy, a regional daily.
LEADS = [
    "LUSAKA, May 12 (Kestrel Wire) -",
    "Live blog | 09:41 | World desk\n\n",
    "The Harbour Ledger - International\n\n",
    "AMMAN (Levant Daily) --",
    "Radio Northgate online | Updated 3 minutes ago\n\n",
    "Tidewater Times | Foreign news\n\n",
]
built = SupportCases(
    "roles33", LEADS, title="World briefing", closing="No further details were given.",
    lead_end=" ",
)  # fmt: skip
proposer = partial(built.proposer, "proposer-body")
side = partial(built.side, stance="supports")
meeting = built.meeting
reaction = partial(built.reaction, "reactor")


def actor(category: str, expect: bool, sentence: str, who: str, why: str) -> None:
    """An event whose one actor is ``who``."""
    built.actor(category, expect, sentence, who, "what happened", why)


def outlet(expect: bool, text: str, value: str, why: str, check: str = "support") -> None:
    """The article's ``outlet`` is ``value``; ``text`` is the whole page."""
    facts = {"article": {"headline": None, "outlet": value, "byline": None, "published": None}}
    built.add("outlet-role", expect, why, text, facts, "article.outlet", check=check)


def sponsor(expect: bool, sentence: str, who: str, why: str, check: str = "support") -> None:
    """A bill whose one sponsor is ``who``."""
    measure = {"instrument": "bill", "sponsors": [who], "evidence": [sentence]}
    built.add(
        "sponsor-critic", expect, why, built.page(sentence), {"sanctions": [measure]},
        "sanctions[0].sponsors[0]", check=check,
    )  # fmt: skip


# fmt: off  (one case per line, as the E501 note above says)
# --- proposer-body -----------------------------------------------------------------------
UNREAD = "unconfirmed: named, as a go-between, not as the one who proposed it"
P1 = "Member states will debate the EU Commission proposal for a 30-day truce in the Black Sea on Monday."
P2 = "A Commission-drafted plan for a humanitarian pause in the enclave was sent to the capitals overnight."
P3 = "Kyiv said it was studying Brussels' proposal for a halt to strikes on power plants."
P4 = "The blueprint for a ceasefire that the European Commission drew up runs to eleven pages."
P5 = "Diplomats said the European Commission's truce initiative had won cautious backing in Ankara."
P6 = "The ceasefire plan, drafted by the Commission in Brussels, foresees a buffer zone along the river."
P7 = (
    "Under the Beijing-brokered truce, both militias are to pull their fighters back from the port."
)
P8 = "The pause in fighting, brokered by Qatar after two days of shuttle talks, began at dawn."
P9 = "Norway mediated the ceasefire, which both armies signed in Oslo on Tuesday."
P10 = "A truce mediated by the African Union took hold along the border late on Friday."
P11 = "The Kuwaiti-facilitated truce between the two tribes was holding, elders said."
P12 = "Turkey helped broker the halt to the shelling, which took effect at noon."
P13 = "The Ankara-brokered ceasefire was welcomed by both governments."
P14 = "Qatar put forward the truce and then brokered it between the two factions."
P15 = "Egypt proposed the pause, which Qatar brokered over three nights of talks."
P16 = "Oman brokered the deal; the truce itself was Iran's proposal."
P17 = "The Brussels-proposed ceasefire would freeze the front for a month."
P18 = "The Washington-mediated truce in the east collapsed within a week."
proposer(
    True, P1, "European Commission", "'the EU Commission proposal': the Commission's own proposal"
)
proposer(True, P1, "European Union", "'the EU Commission proposal': the EU's")
proposer(True, P2, "European Commission", "'a Commission-drafted plan'")
proposer(True, P3, "European Union", "'Brussels' proposal': the EU by its seat")
proposer(
    True, P4, "European Commission", "'the blueprint ... that the European Commission drew up'"
)
proposer(True, P5, "European Commission", "'the European Commission's truce initiative'")
proposer(True, P6, "European Commission", "'drafted by the Commission'")
proposer(True, P6, "Commission", "the Commission by its short name")
proposer(True, P14, "Qatar", "Qatar put forward the truce before brokering it")
proposer(True, P15, "Egypt", "Egypt proposed the pause Qatar brokered")
proposer(True, P16, "Iran", "'the truce itself was Iran's proposal'")
proposer(True, P17, "European Union", "'the Brussels-proposed ceasefire'")
proposer(False, P7, "China", f"'the Beijing-brokered truce': China brokered it ({UNREAD})")
proposer(False, P8, "Qatar", f"'brokered by Qatar' ({UNREAD})")
proposer(False, P9, "Norway", f"Norway mediated the ceasefire ({UNREAD})")
proposer(False, P10, "African Union", f"'mediated by the African Union' ({UNREAD})")
proposer(False, P11, "Kuwait", f"'the Kuwaiti-facilitated truce' ({UNREAD})")
proposer(False, P12, "Turkey", f"Turkey helped broker the halt ({UNREAD})")
proposer(False, P13, "Turkey", f"'the Ankara-brokered ceasefire' ({UNREAD})")
proposer(
    False,
    P15,
    "Qatar",
    "Qatar brokered the pause Egypt proposed (unsupported: Egypt is named as the proposer)",
)
proposer(
    False, P16, "Oman", "Oman brokered; the proposal is Iran's (unsupported: another proposer)"
)
proposer(False, P18, "United States", f"'the Washington-mediated truce' ({UNREAD})")
proposer(True, P8, "Qatar", "the broker's refusal is only unconfirmed (tier)", check="tier")
P19 = "Fighting paused under the deal Qatar brokered, although the plan had been drawn up by the European Commission."
P20 = "With Egypt brokering, the two sides agreed to a three-day halt in the shelling."
P21 = "A Saudi-mediated pause in the fighting around the airport began on Saturday."
P22 = "Delegates studied the Commission's draft for a holiday truce line by line."
P23 = "Both capitals said the Brussels-drafted ceasefire text needed more work."
proposer(
    False,
    P19,
    "Qatar",
    "Qatar brokered; the Commission drew up the plan (unsupported: another proposer)",
)
proposer(
    True, P19, "European Commission", "'the plan had been drawn up by the European Commission'"
)
proposer(False, P20, "Egypt", f"'With Egypt brokering' ({UNREAD})")
proposer(False, P21, "Saudi Arabia", f"'A Saudi-mediated pause' ({UNREAD})")
proposer(True, P22, "European Commission", "'the Commission's draft'")
proposer(True, P23, "European Union", "'the Brussels-drafted ceasefire text'")
proposer(True, P7, "China", "the broker's refusal is only unconfirmed (tier)", check="tier")

# --- quoted-party -------------------------------------------------------------------------
IN_QUOTE = "unsupported: named only inside another speaker's words, as the one asked or blamed"
Q1 = "\u201cPutin and China must press Haftar to stop,\u201d Erdogan said of the Libyan truce."
Q2 = "\u201cWashington has to rein in its ally if this truce is to last,\u201d Lula told reporters in Brasilia."
Q3 = "\u201cWe back the ceasefire, and Moscow should stop arming the junta,\u201d said Kenya's foreign minister, Musalia Mudavadi."
Q4 = "\u201cTehran and its proxies ought to be held to the truce,\u201d the Saudi foreign minister said on Sunday."
Q5 = '"The Kremlin needs to lean on Minsk," Macron said, backing the proposed halt to the fighting.'
Q6 = "\u201cI urge Beijing to use its influence,\u201d Albanese said, calling the pause a good first step."
Q7 = "\u201cIsrael has accepted the pause,\u201d the Qatari envoy said after the talks."
Q8 = "Erdogan, who backs the truce, said: \u201cEurope must not stand by while Libya burns.\u201d"
Q9 = "\u201cIt is up to India and Pakistan to keep the ceasefire,\u201d Wong said in Canberra."
Q10 = "\u201cHamas accepts the proposal for a six-week truce,\u201d the group's spokesman said in a statement."
Q11 = "\u201cThe French government supports this ceasefire fully,\u201d said a spokeswoman for President Macron."
side("quoted-party", False, Q1, "Russia", f"Putin is the one Erdogan says must press ({IN_QUOTE})")
side("quoted-party", False, Q1, "China", f"China is the one Erdogan says must press ({IN_QUOTE})")
side("quoted-party", False, Q1, "Putin", f"Putin by name, inside Erdogan's words ({IN_QUOTE})")
side("quoted-party", True, Q1, "Erdogan", "the speaker holds the stance")
side("quoted-party", False, Q2, "United States", f"Washington is the one Lula asks ({IN_QUOTE})")
side("quoted-party", True, Q2, "Lula", "the speaker holds the stance")
side(
    "quoted-party",
    False,
    Q3,
    "Russia",
    f"Moscow is the one the minister says should stop ({IN_QUOTE})",
)
side("quoted-party", True, Q3, "Kenya", "Kenya's foreign minister: 'We back the ceasefire'")
side(
    "quoted-party",
    False,
    Q4,
    "Iran",
    f"Tehran is the one the minister wants held to the truce ({IN_QUOTE})",
)
side("quoted-party", True, Q4, "Saudi Arabia", "the Saudi foreign minister is the speaker")
side(
    "quoted-party",
    False,
    Q5,
    "Russia",
    f"the Kremlin is the one Macron says must lean on Minsk ({IN_QUOTE})",
)
side(
    "quoted-party",
    False,
    Q5,
    "Belarus",
    f"Minsk is the one leaned on, inside Macron's words ({IN_QUOTE})",
)
side("quoted-party", True, Q5, "Macron", "Macron backs the halt")
side("quoted-party", False, Q6, "China", f"Beijing is the one Albanese urges ({IN_QUOTE})")
side("quoted-party", True, Q6, "Albanese", "Albanese calls the pause a good first step")
side(
    "quoted-party",
    True,
    Q7,
    "Israel",
    "the quote gives Israel the stance: 'Israel has accepted'",
    stance="agreed",
)
side(
    "quoted-party",
    False,
    Q8,
    "European Union",
    f"Europe is the one Erdogan says must not stand by ({IN_QUOTE})",
)
side("quoted-party", True, Q8, "Erdogan", "Erdogan backs the truce")
side("quoted-party", False, Q9, "India", f"India is the one Wong says must keep it ({IN_QUOTE})")
side("quoted-party", True, Q9, "Wong", "Wong is the speaker")
side(
    "quoted-party",
    True,
    Q10,
    "Hamas",
    "the quote gives Hamas the stance: 'Hamas accepts'",
    stance="agreed",
)
side("quoted-party", True, Q11, "France", "the quote gives the French government the stance")
Q12 = "\u201cWe have told Tehran that this truce must hold,\u201d the Qatari prime minister said in Doha."
Q13 = "\u201cPressure on Moscow has to grow until the guns fall silent,\u201d the Polish foreign minister said, endorsing the truce."
Q14 = (
    "\u201cRussia will honour the ceasefire,\u201d Kremlin spokesman Dmitry Peskov told reporters."
)
Q15 = "Speaking after the vote, Wong said: \u201cIt is up to Israel to show it wants this pause to work.\u201d"
Q16 = "\u201cBeijing ought to restrain Pyongyang,\u201d Kishida said, welcoming the truce on the peninsula."
side("quoted-party", False, Q12, "Iran", f"Tehran is the one Qatar has told ({IN_QUOTE})")
side("quoted-party", True, Q12, "Qatar", "the Qatari prime minister speaks for Qatar's own stance")
side("quoted-party", False, Q13, "Russia", f"'Pressure on Moscow' ({IN_QUOTE})")
side("quoted-party", True, Q13, "Poland", "the Polish minister endorses the truce")
side(
    "quoted-party",
    True,
    Q14,
    "Russia",
    "the quote gives Russia its own verb: 'Russia will honour'",
    stance="agreed",
)
side("quoted-party", False, Q15, "Israel", f"'It is up to Israel' ({IN_QUOTE})")
side(
    "quoted-party",
    False,
    Q16,
    "China",
    f"Beijing is the one Kishida says ought to act ({IN_QUOTE})",
)
side(
    "quoted-party", True, Q16, "Kishida", "Kishida welcomes the truce; the quote only asks Beijing"
)

# --- reactor ------------------------------------------------------------------------------
OTHER = "unsupported: named as the measure's maker or target, not as one who reacted"
R1 = "Commerce Secretary Wilbur Ross announced the steel tariffs on Thursday; Canada said it would retaliate in kind."
R2 = "The levies, unveiled by Trade Minister Piet Hein, drew an angry response from Jakarta, which called them protectionist."
R3 = "The United States slapped sanctions on three Venezuelan officials, and Caracas denounced the move as imperialist."
R4 = "Treasury Secretary Janet Yellen imposed the penalties on the shipping firms; Beijing vowed countermeasures."
R5 = "The asset freeze targets the shipping magnate Arkady Volkov, and the Kremlin called it theft."
R6 = "Washington's new export curbs hit Chinese chipmakers, whose industry group said it was deeply disappointed."
R7 = "President Milei signed the decree raising the duties, and Brazil said it would take the matter to the WTO."
R8 = "The EU adopted a ban on Iranian drones, and Iran's foreign ministry summoned the Dutch ambassador in protest."
R9 = "The tariffs imposed by the United States on Mexican tomatoes were condemned by growers in Sinaloa."
R10 = "Mexico said it regretted the decision by the United States to raise duties on its steel."
R11 = "The Commerce Department announced the duties, and Secretary Ross later defended them before Congress."
R12 = "Japan welcomed the sanctions that the G7 unveiled against Moscow's oil trade."
reaction(False, R1, "Wilbur Ross", f"Ross announced the tariffs ({OTHER})")
reaction(True, R1, "Canada", "Canada said it would retaliate")
reaction(False, R2, "Piet Hein", f"Hein unveiled the levies ({OTHER})")
reaction(True, R2, "Indonesia", "Jakarta called them protectionist")
reaction(False, R3, "United States", f"the United States imposed the sanctions ({OTHER})")
reaction(True, R3, "Venezuela", "Caracas denounced the move")
reaction(False, R4, "Janet Yellen", f"Yellen imposed the penalties ({OTHER})")
reaction(True, R4, "China", "Beijing vowed countermeasures")
reaction(
    False, R5, "Arkady Volkov", f"Volkov is the freeze's target; the Kremlin reacted ({OTHER})"
)
reaction(True, R5, "Russia", "the Kremlin called it theft")
reaction(False, R6, "United States", f"Washington made the curbs ({OTHER})")
reaction(False, R7, "Milei", f"Milei signed the decree ({OTHER})")
reaction(True, R7, "Brazil", "Brazil said it would go to the WTO")
reaction(False, R8, "European Union", f"the EU adopted the ban ({OTHER})")
reaction(True, R8, "Iran", "Iran's foreign ministry summoned the ambassador in protest")
reaction(False, R9, "United States", f"the tariffs were imposed by the United States ({OTHER})")
reaction(True, R10, "Mexico", "Mexico said it regretted the decision")
reaction(False, R10, "United States", f"the decision is the United States' ({OTHER})")
reaction(True, R11, "Ross", "Ross later defended the duties: a response of his own")
reaction(True, R12, "Japan", "Japan welcomed the sanctions")
reaction(False, R12, "G7", f"the G7 unveiled the sanctions ({OTHER})")
R13 = "Washington raised the levies on Chinese steel, and China announced retaliatory tariffs on American soybeans."
R14 = "Ottawa imposed counter-duties on US whiskey in response to the steel tariffs."
R15 = "President Sheinbaum signed the import ban on Guatemalan cattle; ranchers in Chiapas praised it."
reaction(True, R13, "China", "China's retaliatory tariffs answer the levies: a reaction")
reaction(False, R13, "United States", f"Washington raised the levies ({OTHER})")
reaction(True, R14, "Canada", "'counter-duties ... in response': Ottawa reacts")
reaction(False, R15, "Sheinbaum", f"Sheinbaum signed the ban ({OTHER})")

# --- outlet-role --------------------------------------------------------------------------
SOURCE = "unsupported: a news outlet named only as the report's source"
O1 = "The two presidents met for three hours in Quito, EFE reported."
O2 = "According to TASS, the foreign ministers held talks on the sidelines of the forum."
O3 = "A senior official told AFP that the army and the rebels had agreed to the truce."
O4 = "The leaders of Chad and Niger sat down in N'Djamena on Sunday, the Xinhua news agency said."
O5 = "Interfax, citing a source in the ministry, said the two sides had accepted a pause in the shelling."
O6 = "The drone strike hit a fuel depot near the port, Anadolu Agency reported, quoting local officials."
O7 = "Kyodo said the two prime ministers discussed the fishing dispute over dinner."
O8 = (
    "Militia leaders and the army accepted the truce, the Bernama news agency reported on Saturday."
)
O9 = "Police raided the offices of the opposition party, according to a report by Yonhap."
O10 = "The ministers met in Baku, and TASS said the talks would continue on Friday."
meeting("outlet-role", False, O1, "EFE", f"EFE reported the meeting ({SOURCE})")
meeting("outlet-role", False, O2, "TASS", f"'according to TASS' ({SOURCE})")
side("outlet-role", False, O3, "AFP", f"the official told AFP ({SOURCE})", stance="agreed")
meeting("outlet-role", False, O4, "Xinhua", f"the Xinhua news agency said ({SOURCE})")
side(
    "outlet-role",
    False,
    O5,
    "Interfax",
    f"Interfax, citing a source, said ({SOURCE})",
    stance="agreed",
)
actor("outlet-role", False, O6, "Anadolu Agency", f"Anadolu reported the strike ({SOURCE})")
meeting("outlet-role", False, O7, "Kyodo", f"Kyodo said ({SOURCE})")
side(
    "outlet-role",
    False,
    O8,
    "Bernama",
    f"the Bernama news agency reported ({SOURCE})",
    stance="agreed",
)
actor("outlet-role", False, O9, "Yonhap", f"'according to a report by Yonhap' ({SOURCE})")
meeting("outlet-role", False, O10, "TASS", f"TASS said the talks would continue ({SOURCE})")
meeting("outlet-role", True, O4, "Chad", "Chad's leader sat down in N'Djamena")
side("outlet-role", True, O3, "army", "the army agreed, as the official told AFP", stance="agreed")
actor("outlet-role", True, O9, "Police", "the police raided the offices")

PAGE_AJ = "Gulf talks stall\n\nThe Meridian Post | Middle East\n\nDOHA -- The minister said in a comment to Al Jazeera that the talks had stalled.\n\nMore talks are planned.\n"
PAGE_AJ_WIRE = "Gulf talks stall\n\nDOHA, June 3 (Kestrel Wire) - The minister said in a comment to Al Jazeera that no date was set.\n\nMore talks are planned.\n"
PAGE_RT = "Talks in Minsk\n\nHarbour Ledger - World\n\nThe envoy told Reuters the sides had met twice.\n\nThe next round is due in May.\n"
PAGE_IV = "Border row\n\nNORTHGATE NEWS | Politics\n\nThe general said in an interview with the Daily Clarion that the truce was fragile.\n\nNo date was set for talks.\n"
PAGE_TASS = "Lavrov meets envoy\n\nMOSCOW, March 3. /TASS/. Russian Foreign Minister Sergei Lavrov met the Omani envoy on Monday.\n\nThey discussed the region.\n"
PAGE_TASS2 = "Lavrov meets envoy\n\nST. PETERSBURG, June 14. /TASS/. The two ministers held talks at the forum.\n\nThey discussed trade.\n"
PAGE_PAREN = "Lavrov meets envoy\n\nMOSCOW, March 3 (TASS) - Russian Foreign Minister Sergei Lavrov met the Omani envoy on Monday.\n\nThey discussed the region.\n"
PAGE_MAST = "Al Jazeera | News | Middle East\n\nGulf talks stall\n\nThe minister said in a comment to Al Jazeera that the talks had stalled.\n\nMore talks are planned.\n"
PAGE_BARE = "Gulf talks stall\n\nThe minister told Al Jazeera that the talks had stalled.\n\nMore talks are planned.\n"
PAGE_EFE = "Quito summit\n\nQUITO, Jan 9 (EFE) - The two presidents met for three hours, EFE learned.\n\nThey spoke of trade.\n"
PAGE_SPOKE = "Harbour strike\n\nTidewater Times | Business\n\nThe union leader, speaking to Radio Borealis, said the strike would go on.\n\nTalks resume on Monday.\n"
outlet(
    False,
    PAGE_AJ,
    "Al Jazeera",
    "the quote was given to Al Jazeera; the masthead is the Meridian Post's (unsupported)",
)
outlet(
    False,
    PAGE_AJ_WIRE,
    "Al Jazeera",
    "the dateline credits Kestrel Wire; Al Jazeera was only given the comment (unsupported)",
)
outlet(
    False, PAGE_RT, "Reuters", "the envoy told Reuters on the Harbour Ledger's page (unsupported)"
)
outlet(
    False,
    PAGE_IV,
    "Daily Clarion",
    "an interview with another paper on Northgate News's page (unsupported)",
)
outlet(False, PAGE_TASS, "TASS", "a slashed dateline credit is at most unconfirmed")
outlet(
    True, PAGE_TASS, "TASS", "the slashed credit's refusal is only unconfirmed (tier)", check="tier"
)
outlet(False, PAGE_TASS2, "TASS", "a slashed dateline credit is at most unconfirmed")
outlet(False, PAGE_SPOKE, "Radio Borealis", "spoken to on the Tidewater Times' page (unsupported)")
outlet(True, PAGE_AJ, "Meridian Post", "the masthead names the page's outlet")
outlet(True, PAGE_AJ_WIRE, "Kestrel Wire", "the dateline's parentheses")
outlet(True, PAGE_RT, "Harbour Ledger", "the masthead")
outlet(True, PAGE_IV, "Northgate News", "the masthead")
outlet(True, PAGE_PAREN, "TASS", "'(TASS)' in the dateline's parentheses")
outlet(True, PAGE_MAST, "Al Jazeera", "the page is Al Jazeera's: its masthead")
outlet(
    True,
    PAGE_BARE,
    "Al Jazeera",
    "told Al Jazeera on a page that names no other publisher (the votes31 reading)",
)
outlet(True, PAGE_EFE, "EFE", "'(EFE)' in the dateline")
outlet(True, PAGE_SPOKE, "Tidewater Times", "the masthead")

# --- sponsor-critic -----------------------------------------------------------------------
CRITIC = "unconfirmed: named, as a critic, not as the one who introduced it"
S1 = "The sanctions bill was attacked by Senator Voss as reckless and costly."
S2 = "The measure, which Senator Ortiz drafted, would bar imports of Russian uranium."
S3 = "The Ortiz-authored bill cleared the committee on a 14-8 vote."
S4 = "Representative Calder, the bill's loudest critic, called the penalties unworkable."
S5 = "Senator Mbeki denounced the legislation introduced by Senator Hollis as a giveaway to lobbyists."
S6 = "The bill Congresswoman Reyes wrote would freeze the assets of the junta's leaders."
S7 = "Opposing the sanctions bill, Senator Dunmore said it would hurt farmers."
S8 = "Senator Kale, who opposes the package, voted against sending it to the floor."
S9 = "The legislation, penned by Senator Adeyemi, sets tariffs of 25 percent."
S10 = "Representative Brandt criticised the Lindqvist-sponsored bill, saying it went too far."
S11 = "Senator Oyelaran's bill was slammed by Senator Pike, who called it a stunt."
S12 = "The Senate bill, co-written by Senators Marsh and Tillery, targets shadow-fleet tankers."
S13 = "The measure, which Senator Quist has vowed to block, would sanction the port operators."
S14 = "A proposal drawn up by Representative Ferro would ban the sale of drones to the militia."
sponsor(False, S1, "Voss", f"Voss attacked the bill ({CRITIC})")
sponsor(True, S2, "Ortiz", "'which Senator Ortiz drafted'")
sponsor(True, S3, "Ortiz", "'the Ortiz-authored bill'")
sponsor(False, S4, "Calder", f"Calder is the bill's critic ({CRITIC})")
sponsor(False, S5, "Mbeki", f"Mbeki denounced the bill ({CRITIC})")
sponsor(True, S5, "Hollis", "'introduced by Senator Hollis'")
sponsor(True, S6, "Reyes", "'the bill Congresswoman Reyes wrote'")
sponsor(False, S7, "Dunmore", f"Dunmore opposes the bill ({CRITIC})")
sponsor(False, S8, "Kale", f"Kale opposes the package ({CRITIC})")
sponsor(True, S9, "Adeyemi", "'penned by Senator Adeyemi'")
sponsor(False, S10, "Brandt", f"Brandt criticised the bill ({CRITIC})")
sponsor(True, S10, "Lindqvist", "'the Lindqvist-sponsored bill'")
sponsor(False, S11, "Pike", f"Pike slammed the bill ({CRITIC})")
sponsor(True, S11, "Oyelaran", "'Senator Oyelaran's bill'")
sponsor(True, S12, "Tillery", "'co-written by Senators Marsh and Tillery'")
sponsor(False, S13, "Quist", f"Quist vowed to block the measure ({CRITIC})")
sponsor(True, S14, "Ferro", "'drawn up by Representative Ferro'")
sponsor(True, S1, "Voss", "the critic's refusal is only unconfirmed (tier)", check="tier")
S15 = "Critics led by Senator Fenn called the sanctions bill a blunder."
S16 = "Senator Amara, a vocal opponent of the measure, forced a second reading."
S17 = "Representative Hale voted against the Ortiz-drafted amendment."
sponsor(False, S15, "Fenn", f"Fenn leads the bill's critics ({CRITIC})")
sponsor(False, S16, "Amara", f"Amara is the measure's opponent ({CRITIC})")
sponsor(False, S17, "Hale", f"Hale voted against it ({CRITIC})")
sponsor(True, S17, "Ortiz", "'the Ortiz-drafted amendment'")

# --- rejecter -----------------------------------------------------------------------------
RELAY = "unsupported: the go-between relays another's rejection"
J1 = "Egypt, which mediates between the two sides, relayed Hamas's rejection of the plan."
J2 = "Qatari mediators conveyed Israel's refusal of the amended truce to the Hamas delegation."
J3 = "Oman passed on the Houthis' rejection of the proposed pause to the Saudi side."
J4 = "The Turkish envoy, acting as go-between, delivered Moscow's no to the grain truce."
J5 = "Norway, the facilitator of the talks, said the rebels had turned down the ceasefire offer."
J6 = "Through Algerian diplomats, the junta sent word that it rejected the truce."
J7 = "Hamas rejected the plan, Egyptian officials said, and called for a full withdrawal."
J8 = "Israel turned down the truce offer Qatar had relayed, saying it favoured Hamas."
J9 = "The Saudi side rejected the pause the Omanis had passed on, officials said."
J10 = "Hamas relayed its rejection of the truce to the Egyptian mediators on Sunday."
side("rejecter", False, J1, "Egypt", f"Egypt relayed Hamas's rejection ({RELAY})", stance="rejects")
side("rejecter", True, J1, "Hamas", "the rejection is Hamas's", stance="rejects")
side(
    "rejecter",
    False,
    J2,
    "Qatar",
    f"Qatari mediators conveyed Israel's refusal ({RELAY})",
    stance="rejects",
)
side("rejecter", True, J2, "Israel", "the refusal is Israel's", stance="rejects")
side("rejecter", False, J3, "Oman", f"Oman passed on the rejection ({RELAY})", stance="rejects")
side("rejecter", True, J3, "Houthis", "the rejection is the Houthis'", stance="rejects")
side(
    "rejecter",
    False,
    J4,
    "Turkey",
    f"the Turkish envoy delivered Moscow's no ({RELAY})",
    stance="rejects",
)
side("rejecter", True, J4, "Russia", "Moscow's no", stance="rejects")
side(
    "rejecter",
    False,
    J5,
    "Norway",
    f"Norway, the facilitator, reports the rebels' refusal ({RELAY})",
    stance="rejects",
)
side(
    "rejecter",
    False,
    J6,
    "Algeria",
    f"the junta's word went through Algerian diplomats ({RELAY})",
    stance="rejects",
)
side("rejecter", True, J7, "Hamas", "Hamas rejected the plan", stance="rejects")
side(
    "rejecter",
    False,
    J7,
    "Egypt",
    f"Egyptian officials only report Hamas's rejection ({RELAY})",
    stance="rejects",
)
side("rejecter", True, J8, "Israel", "Israel turned down the offer", stance="rejects")
side(
    "rejecter",
    False,
    J8,
    "Qatar",
    f"Qatar relayed the offer Israel turned down ({RELAY})",
    stance="rejects",
)
side("rejecter", True, J9, "Saudi Arabia", "the Saudi side rejected the pause", stance="rejects")
side("rejecter", False, J9, "Oman", f"the Omanis passed the pause on ({RELAY})", stance="rejects")
side("rejecter", True, J10, "Hamas", "Hamas relays its own rejection", stance="rejects")
side(
    "rejecter",
    False,
    J10,
    "Egypt",
    f"the Egyptian mediators only receive it ({RELAY})",
    stance="rejects",
)
J11 = "Hamas's rejection of the plan, relayed by Egypt late on Monday, stunned the negotiators."
J12 = "Via Oman, the Houthis told Riyadh they would not accept the pause."
J13 = "Qatar conveyed its own refusal of the Israeli terms to the Egyptian hosts."
side("rejecter", True, J11, "Hamas", "the rejection is Hamas's", stance="rejects")
side("rejecter", False, J11, "Egypt", f"'relayed by Egypt' ({RELAY})", stance="rejects")
side("rejecter", False, J12, "Oman", f"'Via Oman' ({RELAY})", stance="rejects")
side("rejecter", True, J12, "Houthis", "the Houthis would not accept the pause", stance="rejects")
side("rejecter", True, J13, "Qatar", "Qatar conveys its own refusal", stance="rejects")
# fmt: on


# merge review: a broker's compound before a noun of proposing names no proposer
proposer(
    False,
    "Both sides studied the Qatar-brokered truce proposal on Monday.",
    "Qatar",
    "'the Qatar-brokered truce proposal': a broker",
)
proposer(
    False,
    "The Oman-mediated ceasefire plan drafted by Washington was accepted.",
    "Oman",
    "'Oman-mediated ... plan drafted by Washington': a go-between",
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
