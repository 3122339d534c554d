# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles34 set (``grounding_roles34.jsonl``): parties read in the wrong role, found
by an outside check in session 15, by category, each with what must pass and what must fail:

- ``declared-truce``: a side that declares, proclaims, decrees, orders or calls a truce of
  its own, or announces or observes one marked as its own ("unilateral", "its own",
  "self-proclaimed", an occasion: "an Eid ceasefire", "a truce for Tet"), is its `proposer`
  (pass); a side that refuses or observes that truce is not (fail, unsupported: the page
  names the declaring side), nor is a go-between announcing others' truce or a side that only
  calls it names (fail, unconfirmed: named, not as proposing);
- ``mediator-party``: a go-between told by its work ("shuttling between the sides", "carried
  messages between", "went back and forth", "facilitated the talks, at which ...",
  "mediated between") holds no stance of the sides (fail, unsupported: a stated role) and is
  no `proposer` (unconfirmed, or unsupported where the page names who proposed); one that
  signs the truce too ("Qatar, mediator and guarantor, signed") is a signatory (pass), and
  the sides pass;
- ``condition-party``: a name only inside the condition another side sets, in other words
  than "if" ("on the understanding that", "should Kinshasa release", "were X to", "subject
  to", "contingent on", "hinges on", "the moment", "only when", "in the event that"), holds
  no stance (fail, unsupported); the side setting it passes, and a past act timed by "only
  after ... had" keeps its side;
- ``reporter-actor``: a press office or spokesperson ("the military's media wing (ISPR)
  said", "the army's press service said", "according to the ministry's information office",
  "Army spokesman Colonel X said") is no actor of what it reports, even of its own side's act
  (fail, unsupported); the side an event befell ("the collapse of the national army", "the
  army's retreat", "routed government troops", "the garrison surrendered") is no actor of the
  other side's act (fail, unsupported), but an event of its own ("the army retreated from the
  hills") keeps it, and a body telling of its own act ("the army said it had shelled") acts;
- ``name-word-stance``: a word of a group's proper name ("Syrian Opposition Coalition",
  "Rapid Support Forces", "Movement for Rejection of Foreign Rule", "Government of National
  Accord") words no stance (fail, unconfirmed: no wording for it); the same words used as
  words ("met stiff resistance from", "Kyiv's opposition to the truce") and a group's own
  verb pass;
- ``accepted-proposal``: the owner of a proposal another side accepts ("the proposal Hanoi
  had made", "the offer of a 30-day truce from Washington", "the government's proposal",
  "the plan ... that Ankara laid out") is its `proposer` (pass) and the side accepting is
  not (fail, unsupported: the page names the proposer); "X said it had accepted Y's offer"
  is X's acceptance, not Y's (Y's `agreed` fails, unconfirmed: no wording of Y's own).

Run ``python tests/data/make_roles34_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public figures and places in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles34.jsonl")

# Several outlets' ways of opening a story: a wire dateline, a broadcaster's live page, a
# regional weekly, a state agency's English service, a newsletter, a broadsheet's web desk.
LEADS = [
    "NAIROBI, March 3 (Harrier News) -",
    "Updated 14:05 | Radio Lakeside live\n\n",
    "The Valley Courier - Region\n\n",
    "ISLAMABAD (Crescent Agency English Service) --",
    "Morning Dispatch newsletter | Conflict desk\n\n",
    "The Meridian Post, web desk\n\n",
]
built = SupportCases(
    "roles34", LEADS, title="Conflict roundup", closing="More details were awaited.",
    lead_end=" ",
)  # fmt: skip
proposer = built.proposer
side = built.side
actor = partial(built.actor, "reporter-actor")


def stance(
    category: str, expect: bool, sentence: str, who: str, value: str, why: str,
    check: str = "support",
) -> None:  # fmt: skip
    """A truce whose one position is ``who``'s ``value``: its stance checked."""
    built.side(category, expect, sentence, who, why, stance=value, check=check, field="stance")


# fmt: off  (one case per line, as the E501 note above says)
# --- declared-truce ----------------------------------------------------------------------
DT = "declared-truce"
DECLARER = "unsupported: the page names the side that declared it"
UNREAD = "unconfirmed: named, not as the one who put the truce forward"
D1 = "The Taliban leadership proclaimed a three-day ceasefire for Eid al-Adha, starting at dawn on Tuesday."
D2 = "President Oleg Petrov ordered a 36-hour Orthodox Christmas truce along the whole front line."
D3 = "The Kachin Independence Army called a unilateral truce so that flood aid could reach the valley."
D4 = "In a late-night broadcast, the junta announced a holiday ceasefire covering the Thingyan water festival."
D5 = "The National Liberation Army said it would observe a unilateral ceasefire during the presidential election."
D6 = "Moscow's self-proclaimed Easter truce ran for 30 hours, Ukrainian officials said."
D7 = "The truce that the Houthis proclaimed for the holy month took hold on Friday."
D8 = "A Tet truce decreed by Hanoi was to last seven days."
D9 = "The rebels unilaterally halted their offensive over the harvest weekend, a commander said."
D10 = "Ethiopia's government declared a unilateral humanitarian truce in the north to let aid into the region."
D11 = "Putin's Victory Day ceasefire, announced on Monday, is to run from May 8 to May 10."
D12 = "The Maoists declared a ceasefire for the Dashain festival, their spokesman said."
D13 = "Hamas announced its own three-day truce to mark Eid al-Fitr."
D14 = (
    "The separatists instituted a ceasefire over the New Year holiday, the regional governor said."
)
proposer(DT, True, D1, "Taliban", "'proclaimed a three-day ceasefire': the Taliban declared it")
proposer(DT, True, D2, "Oleg Petrov", "'ordered a 36-hour Orthodox Christmas truce'")
proposer(DT, True, D3, "Kachin Independence Army", "'called a unilateral truce'")
proposer(DT, True, D4, "junta", "'announced a holiday ceasefire': the junta's own")
proposer(DT, True, D5, "National Liberation Army", "'said it would observe a unilateral ceasefire'")
proposer(DT, True, D6, "Russia", "'Moscow's self-proclaimed Easter truce'")
proposer(DT, True, D7, "Houthis", "'the truce that the Houthis proclaimed'")
proposer(DT, True, D8, "Vietnam", "'a Tet truce decreed by Hanoi'")
proposer(DT, True, D9, "rebels", "'unilaterally halted their offensive'")
proposer(DT, True, D10, "Ethiopia", "'declared a unilateral humanitarian truce'")
proposer(DT, True, D11, "Putin", "'Putin's Victory Day ceasefire'")
proposer(DT, True, D12, "Maoists", "'declared a ceasefire for the Dashain festival'")
proposer(DT, True, D13, "Hamas", "'announced its own three-day truce'")
proposer(DT, True, D14, "separatists", "'instituted a ceasefire over the New Year holiday'")
F1 = (
    "Kyiv said it would not honour the 30-hour Easter truce that President Oleg Petrov had ordered."
)
F2 = "The UN envoy announced a ceasefire between the army and the Kachin rebels on Sunday."
F3 = "Qatar announced that the two sides had accepted a holiday truce."
F4 = "The army dismissed the Christmas truce the rebels had declared as a ploy to regroup."
F5 = "Thailand welcomed the unilateral ceasefire proclaimed by the Karen National Union."
F6 = "The ELN said it would respect the holiday ceasefire decreed by the government."
F7 = "Egypt's foreign minister announced a three-day Eid truce agreed by Israel and Hamas."
F8 = "Kyiv called the Easter truce a cynical stunt."
F9 = "Russia's defence ministry accused Kyiv of breaking the truce Moscow had proclaimed for the holiday."
F10 = "Observers from the OSCE said they would monitor the unilateral truce the Donetsk People's Republic announced."
F11 = "President Ruto announced a ceasefire in eastern Congo after mediating between Kinshasa and the M23."
F12 = "Kyiv mocked Moscow's declaration of a Victory Day truce."
F13 = "Cambodia agreed to observe the New Year truce Thailand had proclaimed."
proposer(DT, False, F1, "Ukraine", f"Kyiv refuses the truce Petrov ordered ({DECLARER})")
proposer(DT, False, F2, "UN", f"the envoy announces the sides' truce ({UNREAD})")
proposer(DT, False, F3, "Qatar", f"Qatar announces that others accepted it ({UNREAD})")
proposer(DT, False, F4, "army", f"the rebels declared it ({DECLARER})")
proposer(DT, False, F5, "Thailand", f"the Karen National Union proclaimed it ({DECLARER})")
proposer(DT, False, F6, "ELN", f"the government decreed it ({DECLARER})")
proposer(DT, False, F7, "Egypt", f"Egypt announces a truce others agreed ({UNREAD})")
proposer(
    DT,
    False,
    F8,
    "Ukraine",
    f"'called the Easter truce a cynical stunt' names it, proposes nothing ({UNREAD})",
)
proposer(DT, False, F9, "Ukraine", f"Moscow proclaimed it ({DECLARER})")
proposer(DT, False, F10, "OSCE", f"the DPR announced it; the OSCE monitors ({DECLARER})")
proposer(DT, False, F11, "Ruto", f"the mediator announces the truce ({UNREAD})")
proposer(DT, False, F12, "Ukraine", f"'Moscow's declaration of a Victory Day truce' ({DECLARER})")
proposer(DT, False, F13, "Cambodia", f"Thailand proclaimed it ({DECLARER})")
F14 = "The truce broke down on Sunday and President Oleg Petrov ordered fresh strikes on the port."
F15 = "Kyiv ignored the Christmas ceasefire called by Moscow and kept up its shelling."
proposer(
    DT, False, F14, "Oleg Petrov", f"Petrov ordered strikes after the truce broke down ({UNREAD})"
)
proposer(DT, False, F15, "Ukraine", f"'the Christmas ceasefire called by Moscow' ({DECLARER})")
proposer(DT, True, F15, "Russia", "'the Christmas ceasefire called by Moscow': Moscow called it")
proposer(DT, True, F2, "UN", "the announcer's refusal is only unconfirmed (tier)", check="tier")
proposer(
    DT,
    True,
    F8,
    "Ukraine",
    "naming the truce is no other proposal: only unconfirmed (tier)",
    check="tier",
)
proposer(DT, False, F1, "Ukraine", "the declaring side is named: unsupported (tier)", check="tier")
proposer(
    DT, False, F13, "Cambodia", "the declaring side is named: unsupported (tier)", check="tier"
)

# --- mediator-party ----------------------------------------------------------------------
MP = "mediator-party"
ROLE = "unsupported: a go-between by what it does, no side"
M1 = (
    "Qatar, which mediated the talks and acts as a guarantor, co-signed the truce document in Doha."
)
M2 = "Egypt, a mediator and guarantor of the deal, signed the ceasefire text alongside Israel and Hamas."
M3 = "Turkey, acting as guarantor, also signed the grain corridor truce on Friday."
M4 = "Israel accepted the pause after days of shuttling by Egyptian officials."
M5 = "Kigali agreed to the pause, with Angolan diplomats shuttling between the two capitals."
M6 = "With Omani envoys carrying messages between the two camps, the Houthis accepted the truce."
M7 = "Algerian mediators ferried proposals between Bamako and the rebel alliance until both accepted the truce."
M8 = "Qatar facilitated the negotiations, at the end of which Hamas and Israel accepted a six-week pause."
M9 = "Saudi Arabia mediated between the army and the RSF, and both accepted a week-long truce."
M10 = "Egypt went back and forth between Hamas and Israel for a week before both sides accepted the truce."
M11 = "The rebels signed the ceasefire at talks hosted by Kenya's president."
M12 = "Talks convened by the Kenyan president ended with both armies accepting the truce."
M13 = "The two militias accepted a truce under Turkish mediation."
side(MP, True, M1, "Qatar", "Qatar co-signed the truce: a signatory, whatever its aside says")
side(MP, True, M2, "Egypt", "Egypt signed the ceasefire text: a signatory")
side(MP, True, M3, "Turkey", "Turkey also signed the truce")
side(MP, True, M4, "Israel", "Israel accepted the pause")
side(MP, True, M5, "Rwanda", "Kigali agreed to the pause")
side(MP, True, M6, "Houthis", "the Houthis accepted the truce")
side(MP, True, M7, "Mali", "Bamako accepted: 'until both accepted the truce'")
side(MP, True, M8, "Hamas", "Hamas accepted the pause")
side(MP, True, M9, "RSF", "'both accepted': the RSF is one of the two")
side(MP, True, M10, "Israel", "'both sides accepted'")
side(MP, True, M11, "rebels", "the rebels signed")
side(MP, False, M4, "Egypt", f"'shuttling by Egyptian officials' ({ROLE})")
side(MP, False, M5, "Angola", f"'Angolan diplomats shuttling between the two capitals' ({ROLE})")
side(MP, False, M6, "Oman", f"'Omani envoys carrying messages between the two camps' ({ROLE})")
side(MP, False, M7, "Algeria", f"'Algerian mediators ferried proposals between' ({ROLE})")
side(MP, False, M8, "Qatar", f"Qatar facilitated the negotiations; the sides accepted ({ROLE})")
side(MP, False, M9, "Saudi Arabia", f"Saudi Arabia mediated between the sides ({ROLE})")
side(MP, False, M10, "Egypt", f"Egypt went back and forth between the sides ({ROLE})")
side(MP, False, M11, "Kenya", f"'talks hosted by Kenya's president' ({ROLE})")
side(MP, False, M12, "Kenya", f"'talks convened by the Kenyan president' ({ROLE})")
side(MP, False, M13, "Turkey", f"'under Turkish mediation' ({ROLE})")
M14 = "Qatari officials have been shuttling between the two delegations, and Hamas agreed to the pause on Sunday."
side(MP, False, M14, "Qatar", f"'Qatari officials have been shuttling between' ({ROLE})")
side(MP, True, M14, "Hamas", "Hamas agreed to the pause")
MQ1 = "Under the mediation of Qatar, Israel accepted the truce Hamas had put forward."
MQ2 = "The ceasefire came after Egyptian officials shuttled between the sides for a week."
MQ3 = "Kenya's president hosted the talks at which the Ethiopian plan for a truce was adopted."
MQ4 = "Qatar, which mediated between the sides, also proposed the 60-day truce."
MQ5 = "The Norwegian-brokered truce was first proposed by Colombia's government."
proposer(MP, False, MQ1, "Qatar", "the mediator; Hamas put the truce forward (unsupported)")
proposer(MP, False, MQ1, "Qatar", "another proposer is named: unsupported (tier)", check="tier")
proposer(MP, False, MQ2, "Egypt", "shuttling officials, no proposer (unconfirmed)")
proposer(MP, True, MQ2, "Egypt", "no other proposer named: only unconfirmed (tier)", check="tier")
proposer(MP, False, MQ3, "Kenya", "the host; the plan is Ethiopian (unsupported)")
proposer(MP, False, MQ3, "Kenya", "another proposer is named: unsupported (tier)", check="tier")
proposer(MP, True, MQ4, "Qatar", "a mediator that also proposed the truce")
proposer(MP, False, MQ5, "Norway", "the broker; Colombia's government proposed (unsupported)")
proposer(MP, True, MQ5, "Colombia", "'proposed by Colombia's government'")

# --- condition-party ---------------------------------------------------------------------
CP = "condition-party"
IN_IF = "unsupported: named only in the condition another side sets"
C1 = "Kyiv will hold its fire for as long as Moscow holds its own, Zelensky said."
C2 = "Israel backs the pause on the understanding that Hamas frees the remaining hostages."
C3 = "The junta would respect the truce should the rebels withdraw from the highway."
C4 = "Azerbaijan's support for the truce is contingent on Armenia pulling back its artillery."
C5 = "The Houthis will halt attacks on shipping the moment Israel lifts its siege of Gaza."
C6 = "Hamas said it would accept the truce only when Israeli troops leave the corridor."
C7 = "Were Kinshasa to release the detained fighters, the M23 would sign the truce, its spokesman said."
C8 = "Pakistan will honour the ceasefire subject to India doing the same along the Line of Control."
C9 = "Moscow will back the truce in the event that Kyiv halts its mobilisation."
C10 = "Beijing's endorsement of the truce hinges on Manila removing its ship from the shoal."
C11 = "Ethiopia will observe the ceasefire, but only once Eritrean troops leave Tigray."
C12 = (
    "Armenia will keep the truce as long as Azerbaijan does, and Baku said on Monday that it would."
)
C13 = "Israel's cabinet approved the truce only after Hamas had signed it in Cairo."
COND = "supports_with_conditions"
side(CP, True, C1, "Ukraine", "Kyiv sets the condition and holds the stance", stance=COND)
side(CP, True, C2, "Israel", "Israel backs the pause on a condition", stance=COND)
side(CP, True, C3, "junta", "the junta would respect the truce", stance=COND)
side(CP, True, C4, "Azerbaijan", "Azerbaijan's support is the stance", stance=COND)
side(CP, True, C5, "Houthis", "the Houthis will halt attacks", stance=COND)
side(CP, True, C6, "Hamas", "Hamas would accept the truce", stance=COND)
side(CP, True, C7, "M23", "the M23 would sign", stance=COND)
side(CP, True, C8, "Pakistan", "Pakistan will honour the ceasefire", stance=COND)
side(CP, True, C9, "Russia", "Moscow will back the truce", stance=COND)
side(CP, True, C10, "China", "Beijing's endorsement", stance=COND)
side(CP, True, C11, "Ethiopia", "Ethiopia will observe the ceasefire", stance=COND)
side(
    CP,
    True,
    C12,
    "Azerbaijan",
    "Baku says it would keep the truce: named outside the condition too",
    stance="supports",
)
side(CP, True, C13, "Hamas", "'only after Hamas had signed it': a past act, Hamas signed")
side(CP, False, C1, "Russia", f"'for as long as Moscow holds its own' ({IN_IF})", stance=COND)
side(CP, False, C2, "Hamas", f"'on the understanding that Hamas frees' ({IN_IF})", stance=COND)
side(CP, False, C3, "rebels", f"'should the rebels withdraw' ({IN_IF})", stance=COND)
side(CP, False, C4, "Armenia", f"'contingent on Armenia pulling back' ({IN_IF})", stance=COND)
side(CP, False, C5, "Israel", f"'the moment Israel lifts its siege' ({IN_IF})", stance=COND)
side(CP, False, C6, "Israel", f"'only when Israeli troops leave' ({IN_IF})", stance=COND)
side(
    CP,
    False,
    C7,
    "Democratic Republic of the Congo",
    f"'Were Kinshasa to release' ({IN_IF})",
    stance=COND,
)
side(CP, False, C8, "India", f"'subject to India doing the same' ({IN_IF})", stance=COND)
side(CP, False, C9, "Ukraine", f"'in the event that Kyiv halts' ({IN_IF})", stance=COND)
side(CP, False, C10, "Philippines", f"'hinges on Manila removing its ship' ({IN_IF})", stance=COND)
side(CP, False, C11, "Eritrea", f"'only once Eritrean troops leave' ({IN_IF})", stance=COND)

# --- reporter-actor ----------------------------------------------------------------------
TELLS = "unsupported: a press office or spokesperson, only reporting it"
BEFELL = "unsupported: the side the other side's act befell"
R1 = "The army said it had shelled militant hideouts in the Tirah valley overnight."
R2 = "The military's media wing (ISPR) said troops repelled an infiltration bid near the border, killing four militants."
R3 = "The military's media wing organised a tour of the recaptured town for foreign reporters."
R4 = "M23 fighters seized the airport, forcing the army's retreat from the city."
R5 = "The army retreated from the hills after a week of heavy fighting, commanders said."
R6 = "The national army collapsed in the east as the rebels advanced."
R7 = "Government forces repelled a rebel assault on the town of Kasai on Thursday."
R8 = "Militants ambushed a police convoy near Bannu, the army said."
R9 = "Police said officers shot two gunmen who had opened fire at a checkpoint."
R10 = "Inter-Services Public Relations said soldiers killed six militants in an overnight raid."
R11 = "Six militants were killed in the raid, the army's press service said."
R12 = "According to the defence ministry's information office, artillery units destroyed a rebel fuel depot."
R13 = "Army spokesman Colonel Idris Tanko said troops had beaten back the attack on the base."
R14 = "The UN mission said militiamen burned down two villages near Djugu."
R15 = "The rebels' offensive ended in the collapse of the national army's eastern command."
R16 = "The rebels routed government troops near the lake, capturing two tanks."
R17 = "The garrison surrendered after the insurgents overran its outer defences."
R18 = "The fall of the town followed the rout of the Congolese army by M23 fighters."
R19 = "Observers said the army was overwhelmed by the rebel assault on Goma."
R20 = "Militants stormed a checkpoint in Khyber, ISPR said."
R21 = "The army's press service said its units had destroyed two rebel drones."
GLOSS = "ISPR, the military's media wing, issued two statements on Sunday."
actor(
    True,
    R1,
    "army",
    "army shelled militant hideouts",
    "the army tells its own act: 'said it had shelled'",
)
actor(True, R2, "troops", "troops repelled infiltration bid", "the troops repelled it")
actor(
    True,
    R3,
    "military's media wing",
    "media tour of recaptured town",
    "the media wing organised the tour: its own act",
)
actor(True, R4, "M23", "M23 seized airport", "M23 fighters seized the airport")
actor(True, R5, "army", "army retreat from the hills", "the event is the army's own retreat")
actor(
    True,
    R6,
    "national army",
    "national army collapse in the east",
    "the event is the army's own collapse",
)
actor(
    True,
    R7,
    "government forces",
    "government forces repelled rebel assault",
    "the forces repelled it: the subject",
)
actor(True, R8, "militants", "militants ambushed police convoy", "the militants ambushed it")
actor(
    True,
    R9,
    "police",
    "police shot two gunmen",
    "'Police said officers shot': the police's own act",
)
actor(True, R16, "rebels", "rebels routed government troops", "the rebels routed them")
actor(
    True,
    R17,
    "insurgents",
    "insurgents overran garrison defences",
    "the insurgents overran the defences",
)
actor(
    False,
    R2,
    "ISPR",
    "troops repelled infiltration bid",
    f"'the military's media wing (ISPR) said' ({TELLS})",
)
actor(
    False,
    R10,
    "Inter-Services Public Relations",
    "soldiers killed six militants",
    f"the press office said ({TELLS})",
)
actor(
    False,
    R11,
    "army's press service",
    "six militants killed in raid",
    f"', the army's press service said' ({TELLS})",
)
actor(
    False,
    R12,
    "defence ministry's information office",
    "artillery destroyed rebel fuel depot",
    f"'According to the ... information office' ({TELLS})",
)
actor(
    False,
    R13,
    "Idris Tanko",
    "troops beat back attack on base",
    f"the army spokesman tells of it ({TELLS})",
)
actor(
    False,
    R14,
    "UN mission",
    "militiamen burned two villages",
    "the UN mission only reports it (unsupported)",
)
actor(
    False,
    R20,
    "ISPR",
    "militants stormed checkpoint",
    f"', ISPR said', a press office the page glosses ({TELLS})",
    before=GLOSS,
)
actor(
    False,
    R21,
    "army's press service",
    "army units destroyed rebel drones",
    f"the press service tells its side's act ({TELLS})",
)
actor(False, R4, "army", "M23 seized airport", f"'forcing the army's retreat' ({BEFELL})")
actor(
    False,
    R15,
    "national army",
    "rebel offensive in the east",
    f"'the collapse of the national army's eastern command' ({BEFELL})",
)
actor(
    False,
    R16,
    "government troops",
    "rebels routed government troops",
    f"'routed government troops' ({BEFELL})",
)
actor(
    False,
    R17,
    "garrison",
    "insurgents overran outer defences",
    f"'The garrison surrendered' after the insurgents' act ({BEFELL})",
)
actor(
    False,
    R18,
    "Congolese army",
    "M23 captured the town",
    f"'the rout of the Congolese army by M23 fighters' ({BEFELL})",
)
actor(
    False,
    R19,
    "army",
    "rebel assault on Goma",
    f"'the army was overwhelmed by the rebel assault' ({BEFELL})",
)

# --- name-word-stance --------------------------------------------------------------------
NW = "name-word-stance"
NAMED = "unconfirmed: the stance word is part of a group's name, and nothing else words it"
N1 = "The National Resistance Front rejected the truce, calling it a trap."
N2 = "The Syrian Opposition Coalition welcomed the ceasefire."
N3 = "The Rapid Support Forces rejected the truce proposal on Saturday."
N4 = "The Movement for Rejection of Foreign Rule said it opposed the truce."
N5 = "Kyiv's opposition to the truce hardened after the strike on the power plant."
N6 = "The ceasefire met stiff resistance from the Government of National Accord."
N7 = "The Popular Resistance Committees said they accept the truce."
N8 = "The Government of National Accord signed the ceasefire in Geneva."
N9 = "The Rapid Support Forces said they support the humanitarian truce."
N10 = "The Opposition Alliance for Change denounced the truce as a sell-out."
N11 = "The Lord's Resistance Army refused to join the truce."
stance(NW, True, N1, "National Resistance Front", "rejects", "'rejected the truce'")
stance(NW, True, N2, "Syrian Opposition Coalition", "supports", "'welcomed the ceasefire'")
stance(NW, True, N3, "Rapid Support Forces", "rejects", "'rejected the truce proposal'")
stance(
    NW, True, N4, "Movement for Rejection of Foreign Rule", "rejects", "'said it opposed the truce'"
)
stance(NW, True, N5, "Ukraine", "rejects", "'Kyiv's opposition to the truce': the word as a word")
stance(NW, True, N6, "Government of National Accord", "rejects", "'met stiff resistance from'")
stance(NW, True, N7, "Popular Resistance Committees", "agreed", "'said they accept the truce'")
stance(NW, True, N8, "Government of National Accord", "agreed", "'signed the ceasefire'")
stance(NW, True, N9, "Rapid Support Forces", "supports", "'said they support': the word as a word")
stance(NW, True, N10, "Opposition Alliance for Change", "rejects", "'denounced the truce'")
stance(NW, True, N11, "Lord's Resistance Army", "rejects", "'refused to join the truce'")
NF1 = "The National Resistance Front said it had received the truce plan and would reply within a week."
NF2 = "The Syrian Opposition Coalition said it was studying the ceasefire terms."
NF3 = "The Rapid Support Forces said they were reviewing the truce proposal."
NF4 = "A delegation from the Movement for Rejection of Foreign Rule arrived in Doha for the truce talks."
NF5 = "The Government of National Accord sent its prime minister to the truce talks in Berlin."
NF6 = "The Islamic Resistance Movement is weighing the truce offer, its officials said."
NF7 = "Leaders of the Opposition Alliance for Change met on Monday to discuss the ceasefire."
NF8 = "The United Front for Refusal of the Partition will send observers to the truce signing."
NF9 = "The Syrian Opposition Coalition described the ceasefire as a chance worth taking."
NF10 = "The Popular Resistance Committees gave no immediate answer to the truce offer."
NF11 = "Fighters of the Rapid Support Forces were seen near the truce line on Sunday."
stance(
    NW, False, NF1, "National Resistance Front", "rejects", f"'Resistance' in the name ({NAMED})"
)
stance(
    NW, False, NF2, "Syrian Opposition Coalition", "rejects", f"'Opposition' in the name ({NAMED})"
)
stance(NW, False, NF3, "Rapid Support Forces", "supports", f"'Support' in the name ({NAMED})")
stance(
    NW,
    False,
    NF4,
    "Movement for Rejection of Foreign Rule",
    "rejects",
    f"'Rejection' in the name ({NAMED})",
)
stance(NW, False, NF5, "Government of National Accord", "agreed", f"'Accord' in the name ({NAMED})")
stance(
    NW, False, NF6, "Islamic Resistance Movement", "rejects", f"'Resistance' in the name ({NAMED})"
)
stance(
    NW,
    False,
    NF7,
    "Opposition Alliance for Change",
    "rejects",
    f"'Opposition' in the name ({NAMED})",
)
stance(
    NW,
    False,
    NF8,
    "United Front for Refusal of the Partition",
    "rejects",
    f"'Refusal' in the name ({NAMED})",
)
stance(
    NW, False, NF9, "Syrian Opposition Coalition", "rejects", f"'Opposition' in the name ({NAMED})"
)
stance(
    NW,
    False,
    NF10,
    "Popular Resistance Committees",
    "rejects",
    f"'Resistance' in the name ({NAMED})",
)
stance(NW, False, NF11, "Rapid Support Forces", "supports", f"'Support' in the name ({NAMED})")
stance(
    NW,
    True,
    NF9,
    "Syrian Opposition Coalition",
    "supports",
    "a name's word states no rival stance: only unconfirmed (tier)",
    check="tier",
)
stance(
    NW,
    True,
    NF3,
    "Rapid Support Forces",
    "supports",
    "a name's word is no wording: only unconfirmed (tier)",
    check="tier",
)

# --- accepted-proposal -------------------------------------------------------------------
AP = "accepted-proposal"
OWNER = "unsupported: the page names whose proposal it is"
A1 = "Washington said it would accept the proposal Hanoi had made for a New Year truce."
A2 = "Kyiv accepted the offer of a 30-day truce from Washington."
A3 = "The rebels said yes to the government's proposal for a pause in the fighting."
A4 = "Israel told mediators it accepted Egypt's plan for a six-week pause."
A5 = "The plan for a grain-corridor truce that Ankara laid out was accepted by Moscow on Friday."
A6 = "Moscow signed up to Ankara's plan for a Black Sea truce."
A7 = "Khartoum agreed to the truce the Saudis had drawn up."
A8 = "Accepting Cairo's initiative for a pause, Hamas freed four hostages on Thursday."
A9 = "Yerevan embraced the proposal of a border ceasefire from Moscow."
A10 = "The Houthis said they would go along with the truce offer that Oman had sent."
A11 = "Bogota accepted a ceasefire proposed by the ELN for the Christmas period."
proposer(AP, True, A1, "Vietnam", "'the proposal Hanoi had made'")
proposer(AP, False, A1, "United States", f"Washington accepts Hanoi's proposal ({OWNER})")
proposer(AP, True, A2, "United States", "'the offer of a 30-day truce from Washington'")
proposer(AP, False, A2, "Ukraine", f"Kyiv accepts Washington's offer ({OWNER})")
proposer(AP, True, A3, "government", "'the government's proposal'")
proposer(AP, False, A3, "rebels", f"the rebels say yes to it ({OWNER})")
proposer(AP, True, A4, "Egypt", "'Egypt's plan'")
proposer(AP, False, A4, "Israel", f"Israel accepted Egypt's plan ({OWNER})")
proposer(AP, True, A5, "Turkey", "'the plan ... that Ankara laid out'")
proposer(AP, False, A5, "Russia", f"accepted by Moscow ({OWNER})")
proposer(AP, True, A6, "Turkey", "'Ankara's plan'")
proposer(AP, False, A6, "Russia", f"Moscow signed up to it ({OWNER})")
proposer(AP, False, A7, "Sudan", f"Khartoum agreed to the Saudis' truce ({OWNER})")
proposer(AP, True, A8, "Egypt", "'Cairo's initiative'")
proposer(AP, False, A8, "Hamas", f"Hamas accepted Cairo's initiative ({OWNER})")
proposer(AP, True, A9, "Russia", "'the proposal of a border ceasefire from Moscow'")
proposer(AP, False, A9, "Armenia", f"Yerevan embraced Moscow's proposal ({OWNER})")
proposer(AP, True, A10, "Oman", "'the truce offer that Oman had sent'")
proposer(AP, False, A10, "Houthis", f"the Houthis go along with Oman's offer ({OWNER})")
proposer(AP, True, A11, "ELN", "'proposed by the ELN'")
proposer(AP, False, A11, "Colombia", f"Bogota accepted the ELN's proposal ({OWNER})")
proposer(AP, False, A2, "Ukraine", "the proposer is named: unsupported (tier)", check="tier")
proposer(AP, False, A9, "Armenia", "the proposer is named: unsupported (tier)", check="tier")
S1 = "Seoul said it had accepted Pyongyang's offer of a holiday truce along the border."
S2 = "Tehran's offer of a pause was accepted by Baghdad late on Friday."
S3 = "The Taliban said they had agreed to Pakistan's proposal of a ten-day truce."
S4 = "Manila said on Tuesday that it accepted Beijing's plan for a fishing truce."
stance(AP, True, S1, "South Korea", "agreed", "'Seoul said it had accepted'")
stance(
    AP,
    False,
    S1,
    "North Korea",
    "agreed",
    "the acceptance is Seoul's, the offer Pyongyang's (unconfirmed: no wording of its own)",
)
stance(AP, True, S2, "Iraq", "agreed", "'accepted by Baghdad'")
stance(AP, False, S2, "Iran", "agreed", "Tehran made the offer; Baghdad accepted it (unconfirmed)")
stance(AP, True, S3, "Taliban", "agreed", "'the Taliban said they had agreed'")
stance(AP, False, S3, "Pakistan", "agreed", "Pakistan proposed; the Taliban agreed (unconfirmed)")
stance(AP, True, S4, "Philippines", "agreed", "'Manila said ... that it accepted'")
stance(AP, False, S4, "China", "agreed", "Beijing's plan, Manila's acceptance (unconfirmed)")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
