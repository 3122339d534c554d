# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles36 set (``grounding_roles36.jsonl``): rates, parties, proposers and
participants read in the wrong role, from the causes an outside check (check 36) found in
session 16, by category, each with what must pass and what must fail:

- ``paired-rates``: two rates for two goods in one sentence where each good stands *before*
  its rate ("raised tariffs on cars to 120% and on alcohol to 140%", "the duty on rice rose
  to 280 percent, while that on wheat rose to 150 percent", "kept the levy on garlic at 360%
  but cut the one on onions to 135%"): a measure whose ``targets`` name one good does not
  take the other good's rate (fail, unsupported: the page gives that number as another
  good's rate); the good's own rate passes, and so do the goods-after forms ``numbers35``
  already reads ("duties of 25% for steel and 10% for aluminium", "a 50% levy on rice and
  30% on wheat");
- ``host-facilitator``: a host, broker or facilitator of talks between others ("talks
  between Bangkok and the BRN, facilitated by Malaysia", "hosted by Qatar", "Malaysia, which
  brokers the talks, said", "under Malaysian facilitation", "with Oman facilitating") is no
  party of the meeting, no side of the truce and no actor of the talks (fail, unsupported: a
  stated role); the sides pass, and so does the host when the text makes it a party
  ("Malaysia and Thailand signed the accord", "Malaysia hosted Thai Prime Minister
  Paetongtarn for talks", "Qatar, mediator and guarantor, signed the truce"). The schema has
  no host or mediator field, so the host passes in no field here;
- ``quoted-party``: a side's stance stated only inside another speaker's quotation
  ('"Russia has rejected every offer," Zelensky said') is that speaker's claim, not a fact
  the outlet reports: the side's stance is unconfirmed (fail; a ``tier`` case keeps it from
  being unsupported); it passes when the outlet says it ("Russia rejected the offer on
  Monday") or the side's own voice does ('"We reject this," Russian Foreign Minister Sergei
  Lavrov said', '"Moscow rejects the plan," Kremlin spokesman Dmitry Peskov said'); a
  country a quote only talks about ('"We talked about Russia," Macron said after meeting
  Trump') is no party of the meeting (fail, unsupported), while the ones who met pass;
- ``object-demonym``: people's words in an object noun phrase of a verb of telling
  ("briefed the French and German leaders", "confirmed to the French and German presidents",
  "phoned the Polish and Danish prime ministers") name the ones told, not the ones meeting:
  their countries are no summit parties (fail, unsupported); the subject's side passes, and
  so do the leaders when they take part ("the French and German presidents met / joined the
  talks", "met / hosted / received / held talks with the ... leaders");
- ``ordered-truce``: "ordered a 36-hour ceasefire", "declared a unilateral truce", "called a
  three-day halt to fighting", "a ceasefire ordered by Putin", "ordered Shoigu to introduce
  a ceasefire" make their subject the truce's ``proposer`` (pass, supported); one who only
  welcomes, hails, dismisses it or urges the sides to respect, observe, honour, extend or
  abide by it is not (fail);
- ``host-briefer``: one who tells a briefing, a news conference or reporters that the leaders
  met, or briefs them on the meeting, is no participant by that (fail, unsupported), nor is
  the owner or keeper of the venue ("at a hotel owned by Aras Agalarov", "a villa belonging
  to", "a resort run by"); the leaders who met pass, and so does a briefer the text puts in
  the meeting ("Lavrov, who attended the talks, told a news conference", "Putin told a press
  conference after meeting Modi").

Run ``python tests/data/make_roles36_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public figures and places in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles36.jsonl")

# Several outlets' ways of opening a story: a wire dateline, a trade weekly, a broadcaster's
# live page, a regional daily, a tabloid's world page, a foreign-language service in English.
LEADS = [
    "KUALA LUMPUR, March 3 (Meridian Wire) -",
    "Tariff Tracker Weekly | Asia\n\n",
    "Live: Northsea Radio | 09:14 GMT\n\n",
    "The Harbour Courier - World\n\n",
    "THE EVENING LAMP | FOREIGN DESK\n\n",
    "ANKARA (Bosphorus Post English) --",
]


built = SupportCases("ro36", LEADS, "World news", "More to follow.", lead_end=" ")


def add(category: str, expect: bool, why: str, sentence: str, facts: dict[str, Any], path: str, check: str = "support") -> None:  # fmt: skip
    built.add(category, expect, why, built.page(sentence), facts, path, check=check)


def rate(expect: bool, sentence: str, good: str, value: float, why: str) -> None:
    """A measure on ``good`` whose tariff rate is ``value`` percent."""
    measure = {
        "instrument": "executive_action",
        "evidence": [sentence],
        "targets": [good],
        "tariff_rate_percent": {"value": value, "qualifier": "exact"},
    }
    add("paired-rates", expect, f"{good} {value:g}%: {why}", sentence, {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent")  # fmt: skip


def meeting(category: str, expect: bool, sentence: str, who: str, why: str, check: str = "support") -> None:  # fmt: skip
    """A held summit whose one party is ``who``."""
    fact = {"parties": [who], "status": "held", "evidence": [sentence]}
    add(category, expect, f"party {who}: {why}", sentence, {"summits": [fact]}, "summits[0].parties[0]", check)  # fmt: skip


def side(category: str, expect: bool, sentence: str, who: str, stance: str, why: str, check: str = "support") -> None:  # fmt: skip
    """A truce whose one position (``stance``) is taken by ``who``: its party checked."""
    position = {"party": who, "stance": stance, "evidence": [sentence]}
    fact = {"evidence": [sentence], "positions": [position]}
    add(category, expect, f"{who} {stance}: {why}", sentence, {"ceasefires": [fact]}, "ceasefires[0].positions[0].party", check)  # fmt: skip


def stance(category: str, expect: bool, sentence: str, who: str, value: str, why: str, check: str = "support") -> None:  # fmt: skip
    """A truce whose one position is ``who``'s: its stance (``value``) checked."""
    position = {"party": who, "stance": value, "evidence": [sentence]}
    fact = {"evidence": [sentence], "positions": [position]}
    add(category, expect, f"{who}'s stance {value}: {why}", sentence, {"ceasefires": [fact]}, "ceasefires[0].positions[0].stance", check)  # fmt: skip


def actor(category: str, expect: bool, sentence: str, who: str, description: str, why: str) -> None:  # fmt: skip
    """An event (talks) told as ``description`` whose one actor is ``who``."""
    event = {"kind": "other", "description": description, "actors": [who], "evidence": [sentence]}
    add(category, expect, f"actor {who}: {why}", sentence, {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def proposer(expect: bool, sentence: str, who: str, why: str, status: str = "in_effect") -> None:
    """A truce (``status``) whose ``proposer`` is ``who``."""
    fact = {"status": status, "proposer": who, "evidence": [sentence]}
    add("ordered-truce", expect, f"proposer {who}: {why}", sentence, {"ceasefires": [fact]}, "ceasefires[0].proposer")  # fmt: skip


# fmt: off  (one case per line, as the E501 note above says)
# --- paired-rates -------------------------------------------------------------------------
OTHER = "the other good's rate, its good written before it"
R1 = "The government raised tariffs on cars to 120% and on alcohol to 140%."
R2 = "Tariffs on cars rose to 120%, and those on alcohol to 140%."
R3 = "Ottawa will raise its tariffs on Chinese steel to 25 per cent and on electric vehicles to 100 per cent."
R4 = "Beijing lifted tariffs on soybeans to 15% and on pork to 25%, the commerce ministry said."
R5 = "Tokyo raised the tariff on rice to 280 percent, while that on wheat rose to 150 percent."
R6 = "Duties on washing machines go up to 50% and on solar panels to 30% from January."
R7 = "Brussels will raise tariffs on Russian fertiliser to 45% and on grain to 95%."
R8 = "Seoul kept the levy on garlic at 360% but cut the one on onions to 135%."
R9 = "Washington set duties of 25% for steel and 10% for aluminium."
R10 = "Manila imposed a 50% levy on rice and 30% on wheat."
R11 = "New Delhi cut the import duty on motorcycles to 30% and on bourbon whiskey to 100%."
R12 = "Jakarta raised the export levy on palm oil to 10%, and the one on nickel ore to 15%."
rate(False, R1, "cars", 140, OTHER)
rate(False, R1, "alcohol", 120, OTHER)
rate(False, R2, "cars", 140, f"{OTHER} ('those on alcohol to 140%')")
rate(False, R3, "Chinese steel", 100, OTHER)
rate(False, R4, "soybeans", 25, OTHER)
rate(False, R5, "rice", 150, f"{OTHER} ('that on wheat rose to')")
rate(False, R6, "washing machines", 30, OTHER)
rate(False, R7, "Russian fertiliser", 95, OTHER)
rate(False, R8, "garlic", 135, f"{OTHER} ('the one on onions')")
rate(False, R9, "aluminium", 25, "steel's rate ('25% for steel')")
rate(False, R10, "wheat", 50, "rice's rate ('a 50% levy on rice')")
rate(False, R11, "motorcycles", 100, OTHER)
rate(False, R12, "palm oil", 15, OTHER)
rate(True, R1, "cars", 120, "'tariffs on cars to 120%'")
rate(True, R1, "alcohol", 140, "'and on alcohol to 140%'")
rate(True, R2, "alcohol", 140, "'those on alcohol to 140%'")
rate(True, R3, "electric vehicles", 100, "'on electric vehicles to 100 per cent'")
rate(True, R4, "pork", 25, "'on pork to 25%'")
rate(True, R5, "wheat", 150, "'that on wheat rose to 150 percent'")
rate(True, R5, "rice", 280, "'the tariff on rice to 280 percent'")
rate(True, R7, "grain", 95, "'on grain to 95%'")
rate(True, R8, "garlic", 360, "'the levy on garlic at 360%'")
rate(True, R8, "onions", 135, "'the one on onions to 135%'")
rate(True, R9, "steel", 25, "'25% for steel'")
rate(True, R10, "wheat", 30, "'30% on wheat'")
rate(True, R11, "bourbon whiskey", 100, "'on bourbon whiskey to 100%'")
rate(True, R12, "nickel ore", 15, "'the one on nickel ore to 15%'")
rate(True, "Tariffs on cars rose to 120% on Monday.", "cars", 120, "one rate only")

# --- host-facilitator ---------------------------------------------------------------------
HF = "host-facilitator"
ROLE = "a host or facilitator of others' talks is no side"
H1 = "Talks between Bangkok and the BRN, facilitated by Malaysia, resumed in Kuala Lumpur on Tuesday."
H2 = "Malaysia, which brokers the talks, said Bangkok and the BRN met on Tuesday."
H3 = "Delegations from Bangkok and the BRN met in Kuala Lumpur under Malaysian facilitation."
H4 = "Talks between Israeli and Hamas negotiators, hosted by Qatar, resumed in Doha on Sunday."
H5 = "US and Iranian envoys met in Muscat on Saturday, with Oman facilitating."
H6 = "Bangkok and the BRN held a new round of talks under Malaysian facilitation."
H7 = "Norway, which facilitates the talks, said the Colombian government and the ELN resumed negotiations in Oslo."
H8 = "The truce between Bangkok and the BRN, which Malaysia brokered, took effect at midnight."
H9 = "Bangkok and the BRN agreed a Ramadan truce under Malaysian facilitation."
H10 = "Egypt, which mediates between the sides, said Israel and Hamas had accepted the truce."
H11 = "Kyiv and Moscow agreed the grain corridor truce in talks hosted by Turkey."
meeting(HF, False, H1, "Malaysia", f"'facilitated by Malaysia' ({ROLE})")
meeting(HF, False, H2, "Malaysia", f"'Malaysia, which brokers the talks, said' ({ROLE})")
meeting(HF, False, H3, "Malaysia", f"'under Malaysian facilitation' ({ROLE})")
meeting(HF, False, H4, "Qatar", f"'hosted by Qatar' ({ROLE})")
meeting(HF, False, H5, "Oman", f"'with Oman facilitating' ({ROLE})")
actor(HF, False, H1, "Malaysia", "peace talks resumed", f"'facilitated by Malaysia' ({ROLE})")
actor(HF, False, H4, "Qatar", "talks resumed", f"'hosted by Qatar' ({ROLE})")
actor(HF, False, H6, "Malaysia", "new round of talks", f"'under Malaysian facilitation' ({ROLE})")
actor(
    HF,
    False,
    H7,
    "Norway",
    "negotiations resumed",
    f"'Norway, which facilitates the talks' ({ROLE})",
)
side(HF, False, H8, "Malaysia", "agreed", f"'which Malaysia brokered' ({ROLE})")
side(HF, False, H9, "Malaysia", "agreed", f"'under Malaysian facilitation' ({ROLE})")
side(HF, False, H10, "Egypt", "agreed", f"'Egypt, which mediates between the sides, said' ({ROLE})")
side(HF, False, H11, "Turkey", "agreed", f"'in talks hosted by Turkey' ({ROLE})")
meeting(HF, True, H1, "Thailand", "'talks between Bangkok and the BRN': Bangkok's government")
meeting(HF, True, H2, "BRN", "'Bangkok and the BRN met'")
meeting(HF, True, H4, "Hamas", "'talks between Israeli and Hamas negotiators'")
meeting(HF, True, H5, "Iran", "'US and Iranian envoys met'")
meeting(
    HF,
    True,
    "Malaysia and Thailand signed the border accord after talks in Putrajaya.",
    "Malaysia",
    "'Malaysia and Thailand signed': a party",
)
meeting(
    HF,
    True,
    "Malaysia hosted Thai Prime Minister Paetongtarn for talks in Putrajaya on Friday.",
    "Malaysia",
    "the host of its own bilateral talks is a party",
)
actor(HF, True, H6, "Thailand", "new round of talks", "'Bangkok and the BRN held a new round'")
actor(
    HF,
    True,
    H7,
    "ELN",
    "negotiations resumed",
    "'the Colombian government and the ELN resumed negotiations'",
)
actor(
    HF,
    True,
    "Malaysia and Thailand held talks on the border on Monday.",
    "Malaysia",
    "talks on the border",
    "a side of the talks",
)
side(HF, True, H8, "Thailand", "agreed", "'The truce between Bangkok and the BRN'")
side(HF, True, H10, "Hamas", "agreed", "'Israel and Hamas had accepted the truce'")
side(HF, True, H11, "Ukraine", "agreed", "'Kyiv and Moscow agreed'")
side(
    HF,
    True,
    "Qatar, mediator and guarantor of the deal, signed the truce alongside Israel and Hamas.",
    "Qatar",
    "agreed",
    "a mediator that signs too is a signatory",
)

# --- quoted-party ---------------------------------------------------------------------------
QP = "quoted-party"
CLAIM = "unconfirmed: only another speaker's quoted claim"
Q1 = "\u201cRussia has rejected every offer,\u201d Zelensky said on Monday."
Q2 = "\u201cIsrael has rejected the proposal,\u201d Hamas spokesman Hazem Qassem told reporters."
Q3 = "\u201cKyiv does not want a truce,\u201d Lavrov told reporters in Moscow."
Q4 = "Zelensky said on X: \u201cRussia has rejected every offer of a ceasefire.\u201d"
Q5 = "\u201cThe Kremlin has turned down the energy truce,\u201d the Ukrainian foreign minister wrote on X."
Q6 = "\u201cHamas accepted the deal,\u201d Netanyahu claimed in a televised address."
Q7 = (
    "\u201cPakistan agreed to stop firing,\u201d Indian army officers told a briefing in New Delhi."
)
Q8 = "\u201cThe RSF rejected the humanitarian truce,\u201d said General Nabil Abdallah, the Sudanese army spokesman."
Q9 = "\u201cAzerbaijan has refused every ceasefire,\u201d Armenian Prime Minister Nikol Pashinyan told parliament."
Q10 = "\u201cWe talked about Russia,\u201d Macron said after meeting Trump in Washington."
Q11 = "\u201cWe spent an hour on Ukraine,\u201d Trump said after his talks with Erdogan."
Q12 = "\u201cWe spoke at length about China,\u201d Albanese said after meeting Modi in Delhi."
side(
    QP,
    False,
    Q1,
    "Russia",
    "rejects",
    f"'\u201cRussia has rejected every offer,\u201d Zelensky said' ({CLAIM})",
)
side(QP, False, Q2, "Israel", "rejects", f"Hamas's spokesman's quote ({CLAIM})")
side(QP, False, Q3, "Ukraine", "rejects", f"Lavrov's quote of Kyiv ({CLAIM})")
side(QP, False, Q4, "Russia", "rejects", f"a quote after a colon ({CLAIM})")
side(QP, False, Q5, "Russia", "rejects", f"the Ukrainian minister's quote ({CLAIM})")
side(QP, False, Q6, "Hamas", "agreed", f"Netanyahu's quote ({CLAIM})")
side(QP, False, Q7, "Pakistan", "agreed", f"Indian officers' quote ({CLAIM})")
side(QP, False, Q8, "RSF", "rejects", f"the Sudanese army spokesman's quote ({CLAIM})")
side(QP, False, Q9, "Azerbaijan", "rejects", f"Pashinyan's quote ({CLAIM})")
side(QP, True, Q1, "Russia", "rejects", f"tier: {CLAIM}, never unsupported", check="tier")
side(QP, True, Q6, "Hamas", "agreed", f"tier: {CLAIM}, never unsupported", check="tier")
meeting(QP, False, Q10, "Russia", "a country the quote only talks about is no party", check="tier")
meeting(QP, False, Q11, "Ukraine", "a country the quote only talks about is no party", check="tier")
meeting(QP, False, Q12, "China", "a country the quote only talks about is no party", check="tier")
side(
    QP,
    True,
    "Russia rejected the offer on Monday, the Kremlin said.",
    "Russia",
    "rejects",
    "the outlet reports it",
)
side(
    QP,
    True,
    "\u201cMoscow rejects the plan,\u201d Kremlin spokesman Dmitry Peskov told reporters.",
    "Russia",
    "rejects",
    "the side's own spokesman says it",
)
side(
    QP,
    True,
    "\u201cWe reject this offer,\u201d Russian Foreign Minister Sergei Lavrov said.",
    "Russia",
    "rejects",
    "the side's own minister says it",
)
side(
    QP,
    True,
    "\u201cIsrael has accepted the proposal,\u201d the Israeli government said in a statement.",
    "Israel",
    "agreed",
    "the side's own government says it",
)
side(
    QP,
    True,
    "\u201cHamas has accepted the proposal,\u201d senior Hamas official Basem Naim said.",
    "Hamas",
    "agreed",
    "the side's own official says it",
)
side(
    QP,
    True,
    "Azerbaijan has refused every ceasefire, Armenian officials say, and Baku confirmed on Tuesday that it rejects the truce.",
    "Azerbaijan",
    "rejects",
    "Baku's own rejection, reported by the outlet",
)
side(
    QP,
    True,
    "Pakistan agreed to stop firing on Saturday evening, the army said.",
    "Pakistan",
    "agreed",
    "the outlet reports it",
)
side(
    QP,
    True,
    "\u201cThe RSF rejected the truce,\u201d the army said, a day after the RSF formally rejected it in a statement.",
    "RSF",
    "rejects",
    "the outlet reports the RSF's own rejection too",
)
side(
    QP,
    True,
    "\u201cHamas has accepted the proposal,\u201d the Egyptian mediators said after the talks.",
    "Hamas",
    "agreed",
    "a go-between's word is no side's claim",
)
side(
    QP,
    True,
    "\u201cThe RSF accepts the humanitarian truce,\u201d the group's spokesman said in a statement.",
    "RSF",
    "agreed",
    "the side's own unnamed spokesman",
)
meeting(QP, True, Q10, "Trump", "the one Macron met")
meeting(QP, True, Q11, "Erdogan", "'his talks with Erdogan'")
meeting(QP, True, Q12, "Modi", "'after meeting Modi'")

# --- object-demonym -------------------------------------------------------------------------
OD = "object-demonym"
TOLD = (
    "a people's word in the object of a verb of telling names the ones told, not the ones meeting"
)
D1 = "Zelensky confirmed to the French and German leaders that he would meet Putin in Istanbul."
D2 = "Zelensky briefed the French and German leaders after his meeting with Trump."
D3 = "Rubio updated the British and Italian foreign ministers on the Geneva talks by phone."
D4 = "Netanyahu informed the American and Saudi envoys of the outcome of his meeting with Sisi."
D5 = "After meeting Xi, Lula wrote to the Argentine and Chilean presidents about the deal."
D6 = "Starmer phoned the Polish and Danish prime ministers after his talks with Trump."
D7 = "Ramaphosa thanked the Nigerian and Kenyan presidents for their support after meeting Trump."
D8 = "Merz sent a letter to the Spanish and Portuguese prime ministers after the Berlin summit with Macron."
meeting(OD, False, D1, "France", TOLD)
meeting(OD, False, D1, "Germany", TOLD)
meeting(OD, False, D2, "France", TOLD)
meeting(OD, False, D2, "Germany", TOLD)
meeting(OD, False, D3, "United Kingdom", TOLD)
meeting(OD, False, D4, "Saudi Arabia", TOLD)
meeting(OD, False, D5, "Argentina", TOLD)
meeting(OD, False, D5, "Chile", TOLD)
meeting(OD, False, D6, "Poland", TOLD)
meeting(OD, False, D7, "Nigeria", TOLD)
meeting(OD, False, D8, "Spain", TOLD)
meeting(
    OD,
    True,
    "The French and German presidents joined the talks in Brussels on Tuesday.",
    "France",
    "the leaders take part",
)
meeting(
    OD,
    True,
    "The French and German presidents met in Aachen on Tuesday.",
    "Germany",
    "the leaders met",
)
meeting(
    OD,
    True,
    "Zelensky met the French and German leaders in Kyiv on Saturday.",
    "France",
    "the object of 'met'",
)
meeting(
    OD,
    True,
    "Trump hosted the Polish and Latvian presidents at the White House.",
    "Poland",
    "the object of 'hosted'",
)
meeting(
    OD,
    True,
    "The Italian and British prime ministers held talks in Rome.",
    "United Kingdom",
    "the leaders held talks",
)
meeting(
    OD,
    True,
    "Starmer received the Polish and Danish prime ministers at Downing Street.",
    "Denmark",
    "the object of 'received'",
)
meeting(
    OD,
    True,
    "Lula sat down with the Argentine and Chilean presidents in Brasilia.",
    "Chile",
    "'sat down with'",
)
meeting(
    OD,
    True,
    "Rubio held talks with the British and Italian foreign ministers in Rome.",
    "Italy",
    "'held talks with'",
)
meeting(OD, True, D2, "Zelensky", "the subject, who met Trump")
meeting(OD, True, D2, "Trump", "'his meeting with Trump'")
meeting(OD, True, D6, "Starmer", "'his talks with Trump'")
meeting(OD, True, D5, "Xi", "'After meeting Xi'")

# --- ordered-truce --------------------------------------------------------------------------
O1 = "Russian President Vladimir Putin on Thursday ordered a 36-hour ceasefire in Ukraine over Orthodox Christmas."
O2 = "Putin ordered Defence Minister Shoigu to introduce a ceasefire along the entire line of contact."
O3 = "The Houthis declared a unilateral truce in the Red Sea on Sunday."
O4 = "The junta called a three-day halt to fighting after the earthquake."
O5 = "Abiy ordered an immediate unilateral ceasefire in Tigray."
O6 = "A 36-hour ceasefire ordered by Putin began at noon Moscow time."
O7 = "The ELN called a unilateral ceasefire for the election weekend."
O8 = "Israel's military declared a daily tactical pause in fighting near Rafah."
O9 = "Myanmar's junta declared a temporary truce until April 22 to speed quake relief."
O10 = "The truce, which Putin ordered on Thursday, ends at midnight."
O11 = "Putin has ordered his forces to observe a 30-hour Easter truce."
proposer(True, O1, "Vladimir Putin", "'ordered a 36-hour ceasefire'")
proposer(True, O1, "Russia", "'Russian President Vladimir Putin ... ordered'")
proposer(
    True,
    O2,
    "Putin",
    "'ordered Defence Minister Shoigu to introduce a ceasefire'",
    status="proposed",
)
proposer(True, O3, "Houthis", "'declared a unilateral truce'")
proposer(True, O4, "junta", "'called a three-day halt to fighting'")
proposer(True, O5, "Abiy", "'ordered an immediate unilateral ceasefire'")
proposer(True, O6, "Putin", "'A 36-hour ceasefire ordered by Putin'")
proposer(True, O7, "ELN", "'called a unilateral ceasefire'")
proposer(True, O8, "Israel", "'Israel's military declared a daily tactical pause'")
proposer(True, O9, "Myanmar", "'Myanmar's junta declared a temporary truce'")
proposer(True, O10, "Putin", "'The truce, which Putin ordered'")
proposer(True, O11, "Putin", "'ordered his forces to observe a 30-hour Easter truce'")
ONLY = "only welcomes it or urges others to keep it"
proposer(
    False, "Guterres urged both sides to respect the ceasefire Putin ordered.", "Guterres", ONLY
)
proposer(False, "Guterres urged both sides to respect the 36-hour ceasefire.", "Guterres", ONLY)
proposer(
    False,
    "The African Union called on both sides to observe the truce the army declared on Sunday.",
    "African Union",
    ONLY,
)
proposer(
    False,
    "Kyiv dismissed the 36-hour ceasefire that Putin ordered as a ploy.",
    "Kyiv",
    "dismisses it",
)
proposer(False, "The EU welcomed the unilateral truce the RSF declared.", "EU", ONLY)
proposer(False, "Washington urged the RSF to honour the truce it had declared.", "Washington", ONLY)
proposer(
    False, "The Vatican welcomed the three-day halt to fighting the junta called.", "Vatican", ONLY
)
proposer(False, "Pope Leo hailed the Easter ceasefire Putin ordered.", "Pope Leo", ONLY)
proposer(
    False, "The UN urged the army to extend the unilateral truce it declared last week.", "UN", ONLY
)
proposer(
    False,
    "Erdogan welcomed the ceasefire ordered by Putin and urged Kyiv to reciprocate.",
    "Erdogan",
    ONLY,
)
proposer(
    False, "Qatar urged the Houthis to abide by the truce they declared in May.", "Qatar", ONLY
)
proposer(False, "Guterres called on the parties to honour the ceasefire.", "Guterres", ONLY)

# --- host-briefer ---------------------------------------------------------------------------
HB = "host-briefer"
BRIEF = "one who tells reporters about the meeting is not by that in it"
VENUE = "the owner of the venue is no participant"
B1 = "Wang Yi told reporters in Beijing that Xi and Biden had met for four hours in Woodside."
B2 = "Sullivan briefed reporters on the meeting between Biden and Xi."
B3 = "Ushakov told a press conference that Putin and Trump had met for three hours."
B4 = "Lavrov told a news conference that Putin and Modi had met in Kazan."
B5 = "Briefing reporters afterwards, Jean-Pierre said Biden and Xi had met for four hours."
B6 = "Guterres hosted a press conference in New York after the two presidents met."
B7 = "Putin and Erdogan met at a hotel owned by Aras Agalarov in Baku."
B8 = "Trump and Kim met at a resort run by businessman Tom Barrack on Sentosa island."
B9 = "Biden and Xi met at a villa belonging to the Saudi royal family in Jeddah."
B10 = "The Finnish foreign ministry hosted a news briefing where officials said Trump and Putin had met."
B11 = "Macron and Scholz met in a chateau owned by Bernard Arnault outside Paris."
meeting(HB, False, B1, "Wang Yi", BRIEF)
meeting(HB, False, B2, "Sullivan", BRIEF)
meeting(HB, False, B3, "Ushakov", BRIEF)
meeting(HB, False, B4, "Lavrov", BRIEF)
meeting(HB, False, B5, "Jean-Pierre", BRIEF)
meeting(HB, False, B6, "Guterres", BRIEF)
meeting(HB, False, B7, "Aras Agalarov", VENUE)
meeting(HB, False, B8, "Tom Barrack", VENUE)
meeting(HB, False, B9, "Saudi Arabia", VENUE)
meeting(HB, False, B10, "Finland", BRIEF)
meeting(HB, False, B11, "Bernard Arnault", VENUE)
meeting(HB, True, B1, "Biden", "'Xi and Biden had met'")
meeting(HB, True, B2, "Xi", "'the meeting between Biden and Xi'")
meeting(HB, True, B3, "Trump", "'Putin and Trump had met'")
meeting(HB, True, B7, "Erdogan", "'Putin and Erdogan met'")
meeting(HB, True, B8, "Kim", "'Trump and Kim met'")
meeting(HB, True, B11, "Scholz", "'Macron and Scholz met'")
meeting(
    HB,
    True,
    "Putin told a press conference after meeting Modi in Kazan that ties were strong.",
    "Putin",
    "the briefer met Modi himself",
)
meeting(
    HB,
    True,
    "Lavrov, who attended the talks, told a news conference that Putin and Modi had met for two hours.",
    "Lavrov",
    "'who attended the talks'",
)
meeting(
    HB,
    True,
    "Sullivan, who sat in on the meeting, briefed reporters afterwards on Biden's talks with Xi.",
    "Sullivan",
    "'who sat in on the meeting'",
)
meeting(
    HB,
    True,
    "Ushakov told reporters he had met Witkoff in Moscow on Thursday.",
    "Ushakov",
    "'he had met Witkoff'",
)
meeting(
    HB, True, "Agalarov met Trump at his hotel in Baku on Monday.", "Agalarov", "the owner who met"
)
# --- more wordings of each category (a second pass over other outlets' styles) ----------------
R13 = "The ministry increased the duty on sugar to 40 percent and on edible oil to 20 percent."
R14 = "Under the order, tariffs on steel go to 50% while those on copper go to 25%."
R15 = "China raised tariffs on US goods to 125%, up from 84%, while US tariffs on Chinese goods reached 145%."
R16 = "Canada slapped a 100% tariff on Chinese EVs and a 25% tariff on steel and aluminium."
rate(False, R13, "sugar", 20, f"{OTHER} ('and on edible oil to 20 percent')")
rate(False, R14, "steel", 25, f"{OTHER} ('while those on copper go to 25%')")
rate(
    False,
    R15,
    "US goods",
    145,
    "the other side's rate ('US tariffs on Chinese goods reached 145%')",
)
rate(False, R16, "Chinese EVs", 25, "steel and aluminium's rate")
rate(True, R13, "sugar", 40, "'the duty on sugar to 40 percent'")
rate(True, R14, "copper", 25, "'those on copper go to 25%'")
rate(True, R15, "US goods", 125, "'tariffs on US goods to 125%'")
rate(True, R16, "steel", 25, "'a 25% tariff on steel and aluminium'")
H12 = "Sudan's army and the RSF resumed talks in Jeddah under the auspices of Saudi Arabia and the United States."
H13 = "Thailand and Cambodia agreed to a ceasefire at talks hosted by Malaysia in Putrajaya."
H14 = "Under Qatari mediation, Israeli and Hamas negotiators held a new round in Doha."
H15 = "The talks, which Norway facilitates, brought the two sides together in Oslo."
meeting(HF, False, H12, "Saudi Arabia", f"'under the auspices of Saudi Arabia' ({ROLE})")
side(HF, False, H13, "Malaysia", "agreed", f"'at talks hosted by Malaysia in Putrajaya' ({ROLE})")
actor(HF, False, H14, "Qatar", "new round of talks", f"'Under Qatari mediation' ({ROLE})")
meeting(HF, False, H15, "Norway", f"'The talks, which Norway facilitates' ({ROLE})")
side(HF, True, H13, "Cambodia", "agreed", "'Thailand and Cambodia agreed'")
meeting(HF, True, H12, "RSF", "'Sudan's army and the RSF resumed talks'")
meeting(
    HF,
    True,
    "Erdogan, who hosted the talks in Istanbul, later met Zelensky.",
    "Erdogan",
    "a host who meets is a party",
)
actor(
    HF,
    True,
    "The talks hosted by Kenya ended without a deal.",
    "Kenya",
    "talks hosted by Kenya, no others named",
    "the host of its own talks took part",
)
Q13 = "\u201cMoscow has refused to sign anything,\u201d Ukrainian Foreign Minister Andrii Sybiha told reporters in Kyiv."
Q14 = "Netanyahu told the Knesset: \u201cHamas has rejected every proposal we put forward.\u201d"
Q15 = "\u201cIndia begged for a ceasefire,\u201d Pakistani Prime Minister Shehbaz Sharif said on Sunday."
side(QP, False, Q13, "Russia", "rejects", f"the Ukrainian minister's quote ({CLAIM})")
side(QP, False, Q14, "Hamas", "rejects", f"Netanyahu's quote after a colon ({CLAIM})")
side(QP, False, Q15, "India", "supports", f"Sharif's quote ({CLAIM})")
side(
    QP,
    True,
    "Hamas accepted the proposal on Monday, a day after Netanyahu said \u201cHamas will never accept it.\u201d",
    "Hamas",
    "agreed",
    "the outlet reports it, outside the quote",
)
side(
    QP,
    True,
    "\u201cRussia has rejected every offer,\u201d Zelensky said, and the Kremlin later confirmed it had turned the plan down.",
    "Russia",
    "rejects",
    "the Kremlin's own confirmation",
)
D9 = "After his talks with Putin, Trump called the Ukrainian and European leaders to brief them."
D10 = (
    "Vance briefed the British, French and German national security advisers after meeting Witkoff."
)
D11 = "Erdogan told the Azerbaijani and Armenian foreign ministers that he was ready to host talks."
meeting(OD, False, D9, "Ukraine", f"{TOLD} ('called ... to brief them')")
meeting(OD, False, D10, "France", f"{TOLD} (a list of three)")
meeting(OD, False, D11, "Armenia", TOLD)
meeting(
    OD,
    True,
    "Xi told the Vietnamese and Lao leaders at the summit that trade would grow.",
    "Vietnam",
    "told at the summit: they were there",
)
meeting(
    OD,
    True,
    "Erdogan brought together the Azerbaijani and Armenian foreign ministers in Ankara.",
    "Armenia",
    "'brought together'",
)
meeting(
    OD,
    True,
    "Macron welcomed the German and Polish leaders to Paris for talks on Ukraine.",
    "Poland",
    "'welcomed ... for talks'",
)
meeting(OD, True, D10, "Witkoff", "'after meeting Witkoff'")
proposer(
    True,
    "Moscow ordered its troops to halt strikes on energy facilities for 30 days.",
    "Moscow",
    "'ordered its troops to halt strikes'",
)
proposer(
    True,
    "The Taliban declared a three-day ceasefire for Eid al-Fitr.",
    "Taliban",
    "'declared a three-day ceasefire'",
)
proposer(
    True,
    "Kim has ordered a ceasefire along the border, state media reported.",
    "Kim",
    "'has ordered a ceasefire'",
)
proposer(
    False,
    "France urged Russia and Ukraine to respect the Easter truce Putin ordered.",
    "France",
    ONLY,
)
proposer(False, "The EU urged both sides to stick to the truce the army declared.", "EU", ONLY)
proposer(False, "Kyiv called on Moscow to extend the 30-hour truce Putin declared.", "Kyiv", ONLY)
B12 = "Dmitry Peskov told journalists that Putin and Erdogan met behind closed doors."
B13 = "The Saudi foreign ministry held a briefing after US and Russian officials met in Riyadh."
B14 = "Xi and Biden met at an estate owned by the Filoli trust near San Francisco."
meeting(HB, False, B12, "Peskov", BRIEF)
meeting(HB, False, B13, "Saudi Arabia", BRIEF)
meeting(HB, False, B14, "Filoli", VENUE)
meeting(HB, True, B12, "Erdogan", "'Putin and Erdogan met'")
meeting(
    HB,
    True,
    "Rubio, who joined Trump at the meeting, told reporters the talks were productive.",
    "Rubio",
    "'who joined Trump at the meeting'",
)
meeting(
    HB,
    True,
    "Erdogan told a news conference after his talks with Putin that they had agreed on grain.",
    "Erdogan",
    "'after his talks with Putin'",
)
proposer(
    True,
    "European leaders urged Washington to keep insisting on a ceasefire in Ukraine.",
    "European leaders",
    "urging a call for a truce is a call for it",
    status="proposed",
)
stance(QP, False, Q1, "Russia", "rejects", f"the stance itself ({CLAIM})")
stance(QP, False, Q6, "Hamas", "agreed", f"the stance itself ({CLAIM})")
stance(QP, False, Q13, "Russia", "rejects", f"the stance itself ({CLAIM})")
stance(QP, True, Q1, "Russia", "rejects", f"tier: {CLAIM}, never unsupported", check="tier")
stance(
    QP,
    True,
    "Russia rejected the offer on Monday, the Kremlin said.",
    "Russia",
    "rejects",
    "the outlet reports it",
)
stance(
    QP,
    True,
    "\u201cMoscow rejects the plan,\u201d Kremlin spokesman Dmitry Peskov told reporters.",
    "Russia",
    "rejects",
    "the side's own spokesman says it",
)
stance(
    QP,
    True,
    "\u201cIsrael has accepted the pause,\u201d the Qatari envoy said after the talks.",
    "Israel",
    "agreed",
    "a go-between's word",
)
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
