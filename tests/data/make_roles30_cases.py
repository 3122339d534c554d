# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles30 set (``grounding_roles30.jsonl``): names and days read in the wrong role,
causes an outside check found (session 14), by category, each with what must pass and what
must fail:

- ``stance-party``: a stance's party is the one taking it, not a party named only inside the
  condition it sets ("..., provided that Washington stops its air strikes", "so long as
  Israeli troops withdraw", "If Azerbaijan pulls back its guns, Armenia ...", "on condition
  that", "unless", "once", "only if"): refused *unsupported* (the evidence names it in
  another role, the condition's). A party that also acts outside the condition, the
  condition-setter itself, and a party acting in a condition's main clause pass. A stance
  the evidence words otherwise ("threw its weight behind" for ``rejects``) is refused
  unsupported too.
- ``place-only``: a country named only as a place ("along the Saudi border", "on the
  Russian side of the frontier", "in Jordanian territory", "inside Armenia") is no event's
  actor, truce's announcer or proposer: refused *unsupported* (named only as a place).
  Passes: the same country acting ("Saudi Arabia said", "Riyadh proposed", "Saudi air
  defences intercepted").
- ``source-not-actor``: a body that only reports an event (", the army said", "according to
  the monitor group", "police told reporters", "the health ministry said in a statement") is
  no actor of it, and an envoy or mediator who only announces the sides' agreement is no
  party with a stance: refused *unsupported*. Passes: the body acting itself ("the army said
  it had shelled", "fired by the army"), the event's own actors, an envoy that takes a stance
  of his own ("the envoy welcomed the truce").
- ``other-meeting-day``: a day the sentence gives to another meeting ("who last met in Lima in
  November", "their previous talks on 20 November", "their first encounter since September")
  is not this meeting's planned time; a day of another strike ("a day after Monday's air
  strike", "following Friday's rocket barrage") is not this event's: refused *unsupported*.
  The meeting's or event's own day passes.
- ``first-person-stance``: a party's own words in the first person ('"We have decided to
  halt all offensive operations," the army said') support ``agreed`` for that party, and a
  commitment in its own words ('"We will respect the truce"') ``supports``; the same words
  spoken by another (a mediator's "we"), a third person's ("they have decided"), a refusal
  or a wait in the first person ("We are studying the proposal") are refused.

Run ``python tests/data/make_roles30_cases.py`` to rebuild it. Every sentence was written for
this set (fictional outlets and people, or public bodies in invented sentences); each verdict
was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles30.jsonl")

# Several outlets' ways of opening a story: a wire dateline, a live blog, a broadcaster's
# web copy, a weekly's standfirst.
_LEADS = (
    "AMMAN, March 4 (Cedar Wire) - ",
    "LIVE | Updated 09:12 GMT | ",
    "Channel Nine Online -- World -- ",
    "The Weekly Ledger. ",
    "KHARTOUM (Sahel Desk) - ",
    "",
)
built = SupportCases(
    "r30",
    _LEADS,
    "Regional roundup",
    closing="More details were not immediately available.",
    lead_end="",
)
_text = built.page


def _check(expect: bool, strong: bool) -> str:
    """A must-fail case said unsupported is held to that strength (``tier``)."""
    return "tier" if not expect and strong else "support"


def stance(
    category: str, expect: bool, party: str, value: str, sentence: str, why: str,
    path: str = "party", strong: bool = True,
) -> None:  # fmt: skip
    """A truce with one stance, ``party`` taking ``value``, backed by ``sentence``."""
    built.truce_position(category, expect, party, value, [sentence], f"{party} {value}: {why}",
                         path, check=_check(expect, strong))  # fmt: skip


def actor(category: str, expect: bool, who: str, sentence: str, why: str, strong: bool = True) -> None:  # fmt: skip
    event = {"kind": "attack", "description": "the attack", "actors": [who], "evidence": [sentence]}
    built.add(category, expect, f"actor {who}: {why}", _text(sentence), {"events": [event]},
              "events[0].actors[0]", check=_check(expect, strong))  # fmt: skip


def truce(category: str, expect: bool, field: str, who: str, sentence: str, why: str, strong: bool = True) -> None:  # fmt: skip
    fact = {"status": "agreed", field: who, "evidence": [sentence]}
    built.add(category, expect, f"{field} {who}: {why}", _text(sentence), {"ceasefires": [fact]},
              f"ceasefires[0].{field}", check=_check(expect, strong))  # fmt: skip


def meets(expect: bool, value: str, sentence: str, why: str, parties: tuple[str, ...] = ()) -> None:
    fact = {
        "parties": list(parties),
        "status": "scheduled",
        "planned_timing": value,
        "evidence": [sentence],
    }
    built.add("other-meeting-day", expect, f"summit on {value!r}: {why}", _text(sentence),
              {"summits": [fact]}, "summits[0].planned_timing", check=_check(expect, True))  # fmt: skip


def happened(expect: bool, value: str, sentence: str, what: str, why: str) -> None:
    event = {"kind": "attack", "description": what, "when": value, "evidence": [sentence]}
    built.add("other-meeting-day", expect, f"{what} on {value!r}: {why}", _text(sentence),
              {"events": [event]}, "events[0].when", check=_check(expect, True))  # fmt: skip


# fmt: off
# --- stance-party ------------------------------------------------------------------------
COND = "named only in the condition the other side sets (unsupported)"
S1 = "The Houthis said they would suspend attacks on shipping provided that Washington stops its air strikes on Yemen."
S2 = "Hezbollah will respect the truce so long as Israeli troops withdraw from the border villages, its deputy leader said on television."
S3 = "If Azerbaijan pulls back its artillery from the line of contact, Armenia is ready to accept the ceasefire, Yerevan said."
S4 = "Kyiv would back a 30-day pause in strikes on energy sites on condition that Russia halts its drone raids on power plants."
S5 = "Pakistan will not honour the ceasefire unless India stops shelling villages along the Line of Control, an army spokesman warned."
S6 = "Ethiopia's government said it would observe the truce once Eritrean forces leave Tigray."
S7 = "Thailand is willing to sign the truce as long as Cambodian troops stay behind the agreed line, a Thai government spokesman told reporters."
S8 = "Islamic Jihad said it would hold its fire only if Israel stopped the targeted killings of its commanders."
S9 = "Russia agreed to the energy truce provided Ukraine does the same, the Kremlin said."
S10 = "Israel will halt the raids if Hamas frees the remaining hostages, the defence minister said, and Hamas said it was studying the offer."
S11 = "Colombia's government will extend the ceasefire only if the ELN frees all its hostages by Friday."
S12 = "Provided Rwanda withdraws its troops from North Kivu, Congo will sign the truce in Doha next week, a government spokeswoman said."
S13 = "Sudan's army agreed to a humanitarian pause as long as the RSF lifts its siege of El Fasher."
S14 = "The ruling coalition threw its weight behind the ceasefire on Tuesday."
S15 = "Turkey endorsed the truce and urged both sides to respect it."
S16 = "Egypt turned down the truce plan, saying it ignored the refugees."
stance("stance-party", True, "Houthis", "supports_with_conditions", S1, "the Houthis set the condition")
stance("stance-party", False, "United States", "supports_with_conditions", S1, f"Washington is {COND}")
stance("stance-party", True, "Hezbollah", "supports_with_conditions", S2, "Hezbollah respects the truce on a condition")
stance("stance-party", False, "Israel", "supports_with_conditions", S2, f"Israeli troops are {COND}")
stance("stance-party", True, "Armenia", "supports_with_conditions", S3, "the condition opens the sentence; Armenia is ready")
stance("stance-party", False, "Azerbaijan", "supports_with_conditions", S3, f"Azerbaijan is {COND}")
stance("stance-party", True, "Ukraine", "supports_with_conditions", S4, "Kyiv would back it")
stance("stance-party", False, "Russia", "supports_with_conditions", S4, f"Russia is {COND}")
stance("stance-party", True, "Pakistan", "supports_with_conditions", S5, "Pakistan's 'unless' is its condition")
stance("stance-party", False, "India", "supports_with_conditions", S5, f"India is {COND}")
stance("stance-party", True, "Ethiopia", "supports_with_conditions", S6, "Ethiopia's government would observe it")
stance("stance-party", False, "Eritrea", "supports_with_conditions", S6, f"Eritrean forces are {COND}")
stance("stance-party", True, "Thailand", "supports_with_conditions", S7, "Thailand is willing")
stance("stance-party", False, "Cambodia", "supports_with_conditions", S7, f"Cambodian troops are {COND}")
stance("stance-party", True, "Islamic Jihad", "supports_with_conditions", S8, "Islamic Jihad would hold its fire")
stance("stance-party", False, "Israel", "supports_with_conditions", S8, f"Israel is {COND}")
stance("stance-party", True, "Russia", "agreed", S9, "Russia agreed, with a proviso")
stance("stance-party", False, "Ukraine", "agreed", S9, f"Ukraine is {COND}")
stance("stance-party", True, "Israel", "supports_with_conditions", S10, "Israel sets the condition and acts")
stance("stance-party", True, "Hamas", "awaiting_answer", S10, "Hamas is in the condition and also acts in its own clause")
stance("stance-party", True, "Colombia", "supports_with_conditions", S11, "Colombia's government would extend it")
stance("stance-party", False, "ELN", "supports_with_conditions", S11, f"the ELN is {COND}")
stance("stance-party", True, "Congo", "supports_with_conditions", S12, "Congo will sign, the condition before it")
stance("stance-party", False, "Rwanda", "supports_with_conditions", S12, f"Rwanda is {COND}")
stance("stance-party", True, "Sudanese army", "agreed", S13, "the army agreed")
stance("stance-party", False, "RSF", "agreed", S13, f"the RSF is {COND}")
stance("stance-party", False, "ruling coalition", "rejects", S14, "threw its weight behind: another stance (unsupported)", path="stance")
stance("stance-party", True, "ruling coalition", "supports", S14, "threw its weight behind: supports", path="stance")
stance("stance-party", False, "Turkey", "rejects", S15, "endorsed: another stance (unsupported)", path="stance")
stance("stance-party", False, "Egypt", "supports", S16, "turned down: another stance (unsupported)", path="stance")
stance("stance-party", True, "Egypt", "rejects", S16, "turned down: rejects", path="stance")

S17 = "Tehran would join a regional truce only if Washington lifted its oil sanctions first, Iran's foreign minister said."
S18 = "Once Israeli forces pull out of the Philadelphi corridor, Hamas will accept a permanent ceasefire, a senior official in Doha said."
S19 = "Moscow is prepared to halt strikes on the condition that Kyiv ends its cross-border incursions, the Kremlin spokesman said."
S20 = "Russia once again agreed to a 30-hour Easter truce, state television said."
stance("stance-party", True, "Iran", "supports_with_conditions", S17, "Tehran would join, on a condition")
stance("stance-party", False, "United States", "supports_with_conditions", S17, f"Washington is {COND}")
stance("stance-party", True, "Hamas", "supports_with_conditions", S18, "Hamas will accept once the forces leave")
stance("stance-party", False, "Israel", "supports_with_conditions", S18, f"Israeli forces are {COND}")
stance("stance-party", True, "Russia", "supports_with_conditions", S19, "Moscow is prepared")
stance("stance-party", False, "Ukraine", "supports_with_conditions", S19, f"Kyiv is {COND}")
stance("stance-party", True, "Russia", "agreed", S20, "'once again' is no condition")

# --- place-only --------------------------------------------------------------------------
PLACE = "named only as a place (unsupported)"
P1 = "Clashes broke out along the Saudi border overnight, leaving at least nine fighters dead."
P2 = "Fighting near the Lebanese frontier killed three soldiers on Sunday."
P3 = "Drones struck a fuel depot on the Russian side of the border before dawn."
P4 = "Artillery shells landed in Jordanian territory during the night, wounding two shepherds."
P5 = "Gunmen attacked a checkpoint in Nigeria's Borno state, killing four police officers."
P6 = "Shelling hit three villages inside Armenia on Tuesday, local officials said."
P7 = "Saudi air defences intercepted four drones over the border region late on Friday."
P8 = "Lebanese troops clashed with smugglers near the Syrian border."
P9 = "Jordan's army shot down a drone carrying drugs near the Syrian frontier."
P10 = "Turkish drones struck positions of the militia close to the Iraqi border."
P11 = "Russian forces shelled the Ukrainian border town of Vovchansk again overnight."
P12 = "Kenyan police fired on raiders at the Somali border post of Mandera."
actor("place-only", False, "Saudi Arabia", P1, f"'along the Saudi border': {PLACE}")
actor("place-only", False, "Lebanon", P2, f"'near the Lebanese frontier': {PLACE}")
actor("place-only", False, "Russia", P3, f"'the Russian side of the border': {PLACE}")
actor("place-only", False, "Jordan", P4, f"'in Jordanian territory': {PLACE}")
actor("place-only", False, "Nigeria", P5, f"'in Nigeria's Borno state': {PLACE}")
actor("place-only", False, "Armenia", P6, f"'inside Armenia': {PLACE}")
actor("place-only", True, "Saudi Arabia", P7, "Saudi air defences intercepted: the actor")
actor("place-only", True, "Lebanon", P8, "Lebanese troops clashed")
actor("place-only", False, "Syria", P8, f"'near the Syrian border': {PLACE}")
actor("place-only", True, "Jordan", P9, "Jordan's army shot down the drone")
actor("place-only", False, "Syria", P9, f"'near the Syrian frontier': {PLACE}")
actor("place-only", True, "Turkey", P10, "Turkish drones struck")
actor("place-only", False, "Iraq", P10, f"'close to the Iraqi border': {PLACE}")
actor("place-only", True, "Russia", P11, "Russian forces shelled")
actor("place-only", False, "Ukraine", P11, f"'the Ukrainian border town': {PLACE}")
actor("place-only", True, "Kenya", P12, "Kenyan police fired")
actor("place-only", False, "Somalia", P12, f"'the Somali border post': {PLACE}")
P13 = "Two rockets fell in open ground on the Israeli side of the frontier overnight, the army said."
P14 = "Heavy fighting raged across eastern Ukraine on Thursday as both armies dug in."
P15 = "Militants attacked an army post near Pakistan's border with Afghanistan, killing two soldiers."
P16 = "Pakistani troops returned fire across the Afghan frontier after the post came under attack."
P17 = "Saudi border guards opened fire on migrants crossing from Yemen, a rights group said."
actor("place-only", False, "Israel", P13, f"'on the Israeli side of the frontier': {PLACE}")
actor("place-only", False, "Ukraine", P14, f"'across eastern Ukraine': {PLACE}")
actor("place-only", False, "Pakistan", P15, f"'near Pakistan's border': {PLACE}")
actor("place-only", False, "Afghanistan", P15, f"'border with Afghanistan': {PLACE}")
actor("place-only", True, "Pakistan", P16, "Pakistani troops returned fire")
actor("place-only", False, "Afghanistan", P16, f"'across the Afghan frontier': {PLACE}")
actor("place-only", True, "Saudi Arabia", P17, "Saudi border guards opened fire: people at the border, acting")
actor("place-only", False, "Yemen", P17, f"'crossing from Yemen': {PLACE}")
R1 = "A truce took hold along the Saudi border on Friday, the Houthi-run Saba news agency reported."
R2 = "Saudi Arabia said the truce along its border with Yemen had held through the night."
R3 = "Calm returned to the Syrian border towns after the ceasefire took effect, a monitoring group said."
R4 = "Egypt's foreign ministry announced that the truce near the Rafah crossing had been agreed."
R5 = "The pause in fighting on the Chadian border was agreed at talks in Jeddah, the mediators said."
R6 = "Riyadh proposed the pause in fighting along the Yemeni frontier, officials in Aden said."
R7 = "A ceasefire for the Iraqi Kurdish region was proposed by Ankara after a week of shuttle diplomacy."
R8 = "Qatar proposed a truce along the Sudanese-Chadian border, and both armies agreed on Monday."
R9 = "The truce for the Kenyan border district was first suggested by the Ugandan president."
truce("place-only", False, "reported_by", "Saudi Arabia", R1, f"'along the Saudi border'; Saba reported: {PLACE}")
truce("place-only", True, "reported_by", "Saudi Arabia", R2, "Saudi Arabia said")
truce("place-only", False, "reported_by", "Syria", R3, f"'the Syrian border towns': {PLACE}")
truce("place-only", True, "reported_by", "Egypt", R4, "Egypt's foreign ministry announced")
truce("place-only", False, "reported_by", "Chad", R5, f"'on the Chadian border': {PLACE}")
truce("place-only", False, "proposer", "Yemen", R6, f"'along the Yemeni frontier': {PLACE}")
truce("place-only", True, "proposer", "Saudi Arabia", R6, "Riyadh proposed")
truce("place-only", False, "proposer", "Iraq", R7, f"'the Iraqi Kurdish region': {PLACE}")
truce("place-only", True, "proposer", "Turkey", R7, "proposed by Ankara")
truce("place-only", True, "proposer", "Qatar", R8, "Qatar proposed")
truce("place-only", False, "proposer", "Chad", R8, f"'the Sudanese-Chadian border': {PLACE}")
truce("place-only", True, "proposer", "Uganda", R9, "suggested by the Ugandan president")
truce("place-only", False, "proposer", "Kenya", R9, f"'the Kenyan border district': {PLACE}")

# --- source-not-actor --------------------------------------------------------------------
SOURCE = "only the source of the report (unsupported)"
Q1 = "Rockets slammed into the town of Metula after midnight, the Israeli army said."
Q2 = "According to the Syrian Observatory for Human Rights, warplanes struck a market in Idlib."
Q3 = "Two mortar rounds hit a school in Gao on Monday, police told reporters."
Q4 = "The health ministry in Gaza said in a statement that an air strike had killed 14 people."
Q5 = "Gunmen ambushed a bus near Kidal, the UN mission said, citing witnesses."
Q6 = "Drones hit an oil depot in Bryansk, the regional governor wrote on Telegram."
Q7 = "The army said it had shelled rebel positions outside Goma overnight."
Q8 = "Israeli jets struck the market in Khan Younis, according to the civil defence agency."
Q9 = "The rocket barrage was fired by Hezbollah, the Israeli military said."
Q10 = "Pakistani troops killed six militants in a raid in North Waziristan, the army's media wing said."
Q11 = "Ukrainian forces hit a Russian ammunition depot in Kursk, the general staff in Kyiv said."
Q12 = "Police said they opened fire on the attackers after they stormed the checkpoint."
actor("source-not-actor", False, "Israeli army", Q1, f"the army said: {SOURCE}")
actor("source-not-actor", False, "Syrian Observatory for Human Rights", Q2, f"'according to': {SOURCE}")
actor("source-not-actor", False, "police", Q3, f"police told reporters: {SOURCE}")
actor("source-not-actor", False, "health ministry", Q4, f"the ministry said in a statement: {SOURCE}")
actor("source-not-actor", False, "UN mission", Q5, f"the mission said: {SOURCE}")
actor("source-not-actor", False, "regional governor", Q6, f"the governor wrote: {SOURCE}")
actor("source-not-actor", True, "army", Q7, "the army said it had shelled: its own act")
actor("source-not-actor", True, "Israel", Q8, "Israeli jets struck")
actor("source-not-actor", False, "civil defence agency", Q8, f"according to the agency: {SOURCE}")
actor("source-not-actor", True, "Hezbollah", Q9, "fired by Hezbollah")
actor("source-not-actor", False, "Israeli military", Q9, f"the military said: {SOURCE}")
actor("source-not-actor", True, "Pakistan", Q10, "Pakistani troops killed")
actor("source-not-actor", True, "Ukraine", Q11, "Ukrainian forces hit")
actor("source-not-actor", True, "police", Q12, "police said they opened fire: their own act")
Q13 = "Hamas fighters fired a salvo of rockets at Ashkelon, the Israeli army said."
Q14 = "The RSF shelled a hospital in El Fasher on Monday, according to a local doctors' network."
Q15 = "Police fired tear gas at the protesters outside parliament, a police spokesman said."
Q16 = "An air strike hit a wedding party in Saada, the Houthi-run health ministry said."
Q17 = "Gunmen seized 20 pupils from a boarding school overnight, the state governor told reporters."
actor("source-not-actor", True, "Hamas", Q13, "Hamas fighters fired")
actor("source-not-actor", False, "Israeli army", Q13, f"the army said: {SOURCE}")
actor("source-not-actor", True, "RSF", Q14, "the RSF shelled")
actor("source-not-actor", True, "police", Q15, "police fired tear gas (and a police spokesman said so)")
actor("source-not-actor", False, "health ministry", Q16, f"the ministry said: {SOURCE}")
actor("source-not-actor", False, "state governor", Q17, f"the governor told reporters: {SOURCE}")
E1 = "UN envoy Marta Lindqvist announced on Sunday that the two sides had agreed to a two-month truce."
E2 = "The African Union's special envoy, Olusegun Obasanjo, told reporters both armies had accepted the ceasefire."
E3 = "Norway's mediator said late on Friday that the government and the rebels had signed the truce."
E4 = "The Qatari foreign ministry spokesman announced that Hamas had accepted the proposal."
E5 = "UN envoy Marta Lindqvist welcomed the truce and said she would visit both capitals."
E6 = "The envoy, Olusegun Obasanjo, said the government and the Tigrayan leaders had agreed to silence the guns, and the TPLF confirmed it."
stance("source-not-actor", False, "Marta Lindqvist", "agreed", E1, f"the envoy announced the sides' agreement: {SOURCE}")
stance("source-not-actor", False, "Olusegun Obasanjo", "agreed", E2, f"the envoy told reporters: {SOURCE}")
stance("source-not-actor", False, "Norway", "agreed", E3, f"Norway's mediator said: {SOURCE}")
stance("source-not-actor", False, "Qatar", "agreed", E4, f"the Qatari spokesman announced: {SOURCE}")
stance("source-not-actor", True, "Hamas", "agreed", E4, "Hamas accepted, as announced")
stance("source-not-actor", True, "Marta Lindqvist", "supports", E5, "the envoy welcomed the truce: a stance of her own")
stance("source-not-actor", True, "TPLF", "agreed", E6, "the TPLF agreed and confirmed")
stance("source-not-actor", False, "Olusegun Obasanjo", "agreed", E6, f"the envoy said: {SOURCE}")

E7 = "Mediator Ali al-Mansouri told a news conference that both armies had agreed to stop fighting at noon."
E8 = "Egypt's envoy to the talks said Cairo fully backed the truce."
stance("source-not-actor", False, "Ali al-Mansouri", "agreed", E7, f"the mediator told a news conference: {SOURCE}")
stance("source-not-actor", True, "Egypt", "supports", E8, "the envoy speaks of his own country's backing")

# --- other-meeting-day --------------------------------------------------------------------
OTHER = "another meeting's day (unsupported)"
M1 = "The two foreign ministers, who last sat down together in Geneva in March, are due to meet again at next week's summit."
M2 = "Xi and Lula, whose previous talks took place in Brasilia on 20 November, will hold a summit in Beijing in May."
M3 = "Modi and Sharif will meet at the regional summit on Thursday, their first encounter since a brief handshake in September."
M4 = "The presidents have not spoken since their first meeting on 14 February; they will meet in Nairobi on Friday."
M5 = "Ramaphosa will host Tinubu on 9 July, eight months after the two men last met at a summit in Abuja in November."
M6 = "The leaders, who held their last summit in Seoul in 2023, agreed to meet in Tokyo on 3 October."
M7 = "Erdogan and Aliyev, whose previous round of talks ended in Ankara in April, will meet again on Saturday in Baku."
meets(False, "March", M1, f"'last sat down together ... in March': {OTHER}")
meets(True, "next week", M1, "the summit is next week")
meets(False, "20 November", M2, f"'previous talks ... on 20 November': {OTHER}")
meets(True, "May", M2, "will hold a summit in May")
meets(False, "September", M3, f"'first encounter since a brief handshake in September': {OTHER}")
meets(True, "Thursday", M3, "will meet on Thursday")
meets(False, "14 February", M4, f"'their first meeting on 14 February': {OTHER}")
meets(True, "Friday", M4, "will meet on Friday")
meets(False, "November", M5, f"'last met at a summit in Abuja in November': {OTHER}")
meets(True, "9 July", M5, "will host on 9 July")
meets(False, "2023", M6, f"'held their last summit in Seoul in 2023': {OTHER}")
meets(True, "3 October", M6, "agreed to meet on 3 October")
meets(False, "April", M7, f"'whose previous round of talks ended ... in April': {OTHER}")
meets(True, "Saturday", M7, "will meet again on Saturday")
M8 = "Putin and Erdogan, who spoke by phone on Tuesday, plan to meet in Sochi next month."
M9 = "Two weeks after their Geneva meeting on 3 May, the two presidents will sit down again on Friday."
M10 = "The leaders, who met in Hanoi on Monday, signed a trade pact."
meets(False, "Tuesday", M8, f"'who spoke by phone on Tuesday': {OTHER}")
meets(True, "next month", M8, "plan to meet next month")
meets(False, "3 May", M9, f"'after their Geneva meeting on 3 May': {OTHER}")
meets(True, "Friday", M9, "will sit down again on Friday")
meets(True, "Monday", M10, "a meeting held: 'who met on Monday' is the only meeting (no plan beside it)")
D1 = "Artillery fire on the city resumed on Wednesday, one day after an air raid on Tuesday killed six people."
D2 = "The drone attack on the refinery came on Sunday, following Friday's rocket barrage on the port."
D3 = "Gunmen stormed the market on Thursday, three days after the 4 March bombing of a mosque nearby."
D4 = "The convoy was ambushed on Saturday, a week after the Monday shelling of the camp."
D5 = "A suicide bomber struck the checkpoint on 11 June, the second attack since a car bomb on 2 June."
happened(False, "Tuesday", D1, "the artillery fire", "'an air raid on Tuesday': another attack's day (unsupported)")
happened(True, "Wednesday", D1, "the artillery fire", "resumed on Wednesday")
happened(False, "Friday", D2, "the drone attack", "'Friday's rocket barrage': another attack's day (unsupported)")
happened(True, "Sunday", D2, "the drone attack", "came on Sunday")
happened(False, "4 March", D3, "the market attack", "'the 4 March bombing': another attack's day (unsupported)")
happened(True, "Thursday", D3, "the market attack", "stormed on Thursday")
happened(False, "Monday", D4, "the ambush", "'the Monday shelling of the camp': another attack's day (unsupported)")
happened(True, "Saturday", D4, "the ambush", "ambushed on Saturday")
happened(False, "2 June", D5, "the suicide bombing", "'a car bomb on 2 June': another attack's day (unsupported)")
happened(True, "11 June", D5, "the suicide bombing", "struck on 11 June")

D6 = "Police clashed with protesters on Sunday, two days after Friday's bombing in the capital."
D7 = "A second blast shook the market on Wednesday, hours after an explosion on Tuesday near the mosque."
happened(False, "Friday", D6, "the clashes", "'Friday's bombing': another attack's day (unsupported)")
happened(True, "Sunday", D6, "the clashes", "clashed on Sunday")
happened(False, "Tuesday", D7, "the second blast", "'an explosion on Tuesday': another attack's day (unsupported)")
happened(True, "Wednesday", D7, "the second blast", "shook the market on Wednesday")

# --- first-person-stance ----------------------------------------------------------------
F1 = '"We have decided to halt all offensive operations as of tonight," the Sudanese army said in a televised statement.'
F2 = '"Our forces will cease fire at dawn, in line with the agreement," Armenia\'s defence ministry said.'
F3 = '"We accept the ceasefire proposal and will abide by it," a Hamas spokesman told the channel.'
F4 = '"We have agreed to stop firing for 72 hours," the RSF said on Telegram.'
F5 = '"From midnight, we will suspend all attacks on commercial ships," the Houthis\' spokesman said.'
F6 = 'The Pakistani army said: "Our side has decided to stop all military operations along the border."'
F7 = '"We will respect the truce as long as the other side does," Ethiopia\'s prime minister said.'
F8 = '"We will not stop until the last occupying soldier leaves our land," the Sudanese army said.'
F9 = '"We are studying the proposal carefully," a Hamas spokesman said on Monday.'
F10 = '"They have decided to stop all attacks from midnight," Armenia\'s defence ministry said of the separatists.'
F11 = '"We have decided to keep fighting," the RSF commander told his troops.'
F12 = '"We reject this so-called truce outright," the Houthis\' spokesman said.'
F13 = '"We will consider halting operations once the shelling stops," the Pakistani army said.'
F14 = '"We have decided to stop all military operations from midnight," the Qatari mediator said of the two armies.'
F15 = '"We hereby declare that our troops will halt all attacks from six o\'clock," the Ukrainian general staff said.'
F16 = '"Our fighters have stopped shooting and will respect the truce," an ELN commander said.'
F17 = '"We will observe the ceasefire from 7 a.m. and hold our fire," Israel\'s foreign ministry said in a statement.'
F18 = '"We have given no answer yet," the Ukrainian general staff said.'
stance("first-person-stance", True, "Sudanese army", "agreed", F1, "'We have decided to halt all offensive operations': its own decision", path="stance")
stance("first-person-stance", True, "Armenia", "agreed", F2, "'Our forces will cease fire': its own commitment", path="stance")
stance("first-person-stance", True, "Hamas", "agreed", F3, "'We accept the ceasefire proposal'", path="stance")
stance("first-person-stance", True, "RSF", "agreed", F4, "'We have agreed to stop firing'", path="stance")
stance("first-person-stance", True, "Houthis", "agreed", F5, "'we will suspend all attacks'", path="stance")
stance("first-person-stance", True, "Pakistan", "agreed", F6, "'Our side has decided to stop all military operations'", path="stance")
stance("first-person-stance", True, "Ethiopia", "supports_with_conditions", F7, "'We will respect the truce as long as'", path="stance")
stance("first-person-stance", True, "ELN", "agreed", F16, "'Our fighters have stopped shooting and will respect the truce'", path="stance")
stance("first-person-stance", True, "Israel", "agreed", F17, "'We will observe the ceasefire from 7 a.m.'", path="stance")
stance("first-person-stance", True, "Ukraine", "agreed", F15, "'our troops will halt all attacks'", path="stance")
stance("first-person-stance", False, "Sudanese army", "agreed", F8, "'We will not stop': a refusal, not agreement (unsupported)", path="stance", strong=False)
stance("first-person-stance", False, "Hamas", "agreed", F9, "'We are studying the proposal': awaiting, not agreed (unsupported)", path="stance", strong=False)
stance("first-person-stance", False, "Armenia", "agreed", F10, "'They have decided': the separatists', not Armenia's", path="stance", strong=False)
stance("first-person-stance", False, "RSF", "agreed", F11, "'We have decided to keep fighting'", path="stance", strong=False)
stance("first-person-stance", False, "Houthis", "agreed", F12, "'We reject this so-called truce'", path="stance", strong=False)
stance("first-person-stance", False, "Pakistan", "agreed", F13, "'We will consider halting operations': no decision", path="stance", strong=False)
stance("first-person-stance", False, "Sudanese army", "agreed", F14, "a mediator's 'we', about two armies", path="stance", strong=False)
stance("first-person-stance", False, "Ukraine", "agreed", F18, "'We have given no answer yet'", path="stance", strong=False)
stance("first-person-stance", False, "Israel", "rejects", F17, "'We will observe the ceasefire': another stance (unsupported)", path="stance")

F19 = '"We are ending all combat operations at noon," the junta in Niamey said.'
F20 = '"Our units have ceased firing," an RSF spokesman said on Sunday.'
F21 = '"We will stop all attacks if Israel stops its raids," a Hamas official said.'
F22 = '"The Israelis will halt all operations at dawn," a Hamas official said.'
F23 = '"We will never stop fighting," the ELN commander said.'
F24 = '"We will stop all military operations tonight," the Egyptian mediator said of the Sudanese army.'
stance("first-person-stance", True, "Niger", "agreed", F19, "'We are ending all combat operations': the junta in Niamey's own", path="stance")
stance("first-person-stance", True, "RSF", "agreed", F20, "'Our units have ceased firing'", path="stance")
stance("first-person-stance", False, "Hamas", "agreed", F21, "'We will stop ... if Israel stops': conditional, not agreed", path="stance", strong=False)
stance("first-person-stance", False, "Hamas", "agreed", F22, "'The Israelis will halt': the other side's act, not Hamas's", path="stance", strong=False)
stance("first-person-stance", False, "ELN", "agreed", F23, "'We will never stop fighting'", path="stance", strong=False)
stance("first-person-stance", False, "Sudanese army", "agreed", F24, "a mediator's 'we', the army named only as the one spoken of", path="stance", strong=False)

# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
