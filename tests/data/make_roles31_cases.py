# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles31 set (``grounding_roles31.jsonl``): people and bodies a sentence gives a
role beside the sides, found by an outside check in session 14, by category, each with what
must pass and what must fail:

- ``mediator-side``: a go-between, chair, host or observer is no side of a truce and no
  party of a meeting ("with Turkey acting as intermediary", "negotiators who brokered the
  pause", "an AU observer sat through the talks", "Hosted by the king of Bahrain, ...",
  "the Saudi minister presided over the session") (unsupported: another role is stated);
  the sides themselves pass, and "which borders Gaza", "acting on advice" give no role (a
  broker as a truce's ``proposer`` passed here until roles33, which refuses it);
- ``cause-party``: what a meeting was called off or put off over is no party of it ("over
  Beijing's detention of a Canadian named Spavor", "citing the Kovac affair") (unsupported);
  the cause's owner ("Beijing's") and the ones who were to meet pass, and "talks over
  Crimea" is left to the topic rule;
- ``witness-actor``: a witness or onlooker ("before Prime Minister X", "in the presence of
  the Pope", "with Y in attendance", "as Z looked on", "witnessed by envoys from"), and the
  one another's act left in a state ("Mali's walkout left Niger alone"), is no signer of a
  truce and no actor of the event (unsupported); the signers, and "before Azerbaijan did",
  pass;
- ``reacting-person``: a reaction's ``who`` is the one reacting, not the one reacted to
  ("was dismayed by Erdogan's decision", "the tariffs imposed by Washington", "thanked
  Canada for", "Meloni's move infuriated Paris") (unsupported); the reactor, a voice of the
  reactor ("Beijing's foreign ministry said"), and "welcomed by Kyiv" pass;
- ``reporting-spokesman``: a spokesperson who only says a truce holds is no side of it
  (unsupported: "speaks for a party"); the sides the spokesperson names pass.

Run ``python tests/data/make_roles31_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles31.jsonl")

# Several outlets' ways of opening a story: a wire dateline, a live blog, a broadsheet's
# standfirst, a broadcaster's web copy.
LEADS = [
    "ADDIS ABABA, March 3 (Meridian Wire) -",
    "Live updates | Posted 14:05 by the Foreign desk\n\n",
    "The Evening Courier - World\n\nAnalysis.",
    "CAIRO (Nile Bulletin) --",
    "Radio Westmark online | Updated 6 minutes ago\n\n",
]
built = SupportCases(
    "roles31", LEADS, title="Diplomacy roundup", closing="Officials gave no further details.",
    lead_end=" ",
)  # fmt: skip
side = partial(built.side, status="agreed")
meeting = built.meeting
proposer = partial(built.proposer, "mediator-side", status="agreed")
reaction = partial(built.reaction, "reacting-person")


def actor(
    expect: bool, sentence: str, who: str, why: str, kind: str = "other", what: str = "the signing"
) -> None:
    """An event (the signing, unless ``what``) whose one actor is ``who``."""
    built.actor("witness-actor", expect, sentence, who, what, why, kind=kind)


# fmt: off  (one case per line, as the E501 note above says)
# --- mediator-side -----------------------------------------------------------------------
M1 = "Egyptian and Qatari negotiators, who brokered the pause, said Israel and Hamas would free more captives on Saturday."
M2 = "With Turkey acting as intermediary, Russia and Ukraine agreed to let grain ships leave Odesa."
M3 = "Talks in Jeddah, with Saudi and American diplomats as mediators, produced a short truce between the two generals."
M4 = "Oman, long a discreet go-between for the two capitals, relayed the offer, and Iran accepted it on Sunday."
M5 = "The Philippine government and the Moro rebels agreed to extend the truce, said Malaysia, which has facilitated the process since 2001."
M6 = "Saudi Arabia's foreign minister presided over the session at which the army and the RSF signed the ceasefire."
M7 = "Egypt, which borders Gaza, agreed to open the Rafah crossing for the length of the truce."
M8 = "Ukraine, acting on advice from its allies, accepted the energy truce late on Tuesday."
M9 = "A truce brokered by Qatar took effect at dawn across the Gaza Strip."
M10 = "Under a deal the United States helped broker, Armenia and Azerbaijan agreed to pull back their troops."
side(
    "mediator-side",
    False,
    M1,
    "Egypt",
    "Egypt's negotiators brokered the pause and only said (unsupported)",
)
side("mediator-side", False, M1, "Qatar", "Qatar's negotiators brokered the pause (unsupported)")
side("mediator-side", True, M1, "Israel", "Israel is a side of the pause")
side("mediator-side", False, M2, "Turkey", "Turkey acts as intermediary (unsupported)")
side("mediator-side", True, M2, "Russia", "Russia agreed")
side("mediator-side", True, M2, "Ukraine", "Ukraine agreed")
side("mediator-side", False, M3, "Saudi Arabia", "Saudi diplomats were the mediators (unsupported)")
side(
    "mediator-side",
    False,
    M3,
    "United States",
    "American diplomats were the mediators (unsupported)",
)
side("mediator-side", False, M4, "Oman", "Oman is the go-between in an apposition (unsupported)")
side("mediator-side", True, M4, "Iran", "Iran accepted the offer")
side("mediator-side", False, M5, "Malaysia", "Malaysia facilitates and reports (unsupported)")
side("mediator-side", True, M5, "Philippines", "the Philippine government agreed")
side(
    "mediator-side",
    False,
    M6,
    "Saudi Arabia",
    "the Saudi minister presided over others' signing (unsupported)",
)
side("mediator-side", True, M7, "Egypt", "'which borders Gaza' gives Egypt no go-between's role")
side("mediator-side", True, M8, "Ukraine", "'acting on advice' is no 'acting as'")
proposer(False, M9, "Qatar", "a broker is no proposer (roles33; unconfirmed: named as go-between)")
side("mediator-side", False, M9, "Qatar", "Qatar brokered the truce, no side (unsupported)")
side(
    "mediator-side",
    False,
    M10,
    "United States",
    "the United States helped broker the deal (unsupported)",
)
side("mediator-side", True, M10, "Azerbaijan", "Azerbaijan agreed")
M11 = "An African Union observer sat through the talks between Ethiopia and Egypt on the Nile dam."
M12 = "Hosted by the king of Bahrain, the foreign ministers of Israel and the UAE met in Manama."
M13 = "Ramaphosa, who chaired the SADC summit, met Tshisekedi on its sidelines."
M14 = "Macron and Starmer held talks on Thursday, with Norway as a silent observer."
M15 = "Kenya and Somalia held talks in Nairobi, with monitors from IGAD in the room."
meeting("mediator-side", False, M11, "African Union", "the AU sent only an observer (unsupported)")
meeting("mediator-side", True, M11, "Ethiopia", "Ethiopia held the talks")
meeting("mediator-side", False, M12, "Bahrain", "Bahrain's king is the host by title (unsupported)")
meeting("mediator-side", True, M12, "Israel", "Israel's foreign minister met after the host opener")
meeting(
    "mediator-side",
    True,
    M13,
    "Ramaphosa",
    "a chair who met Tshisekedi on the sidelines takes part",
)
meeting("mediator-side", False, M14, "Norway", "Norway was 'a silent observer' (unsupported)")
meeting("mediator-side", True, M14, "Starmer", "Starmer held talks")
meeting("mediator-side", False, M15, "IGAD", "IGAD's monitors only sat in (unsupported)")
meeting("mediator-side", True, M15, "Somalia", "Somalia held talks")

M16 = "The truce, reached in talks facilitated by Switzerland and Norway, was accepted by the Colombian army."
M17 = "Indonesian observers sat in on the meeting between Hun Sen and Prayuth in Bangkok."
M18 = "The talks between Abiy and Isaias, hosted by the crown prince of Saudi Arabia, ran late into the night."
side(
    "mediator-side",
    False,
    M16,
    "Norway",
    "Norway is in the list after 'facilitated by' (unsupported)",
)
side("mediator-side", True, M16, "Colombia", "the Colombian army accepted the truce")
meeting("mediator-side", False, M17, "Indonesia", "Indonesia sent observers (unsupported)")
meeting("mediator-side", True, M17, "Hun Sen", "Hun Sen met Prayuth")
meeting(
    "mediator-side",
    False,
    M18,
    "Saudi Arabia",
    "the Saudi crown prince hosted by title (unsupported)",
)
meeting("mediator-side", True, M18, "Isaias", "Isaias held the talks")

# --- cause-party -------------------------------------------------------------------------
C1 = "Ottawa postponed the trade talks with China over Beijing's detention of a Canadian named Michael Spavor."
C2 = "Brussels cancelled its summit with Belgrade, citing the Kovac affair, in which Serbian police held a Croatian reporter for a week."
C3 = "Modi skipped the meeting with Sharif in protest at the killing of Indian soldiers by gunmen loyal to Hafiz Saeed."
C4 = "The Kremlin shelved talks with Tokyo amid the row over Japan's sanctions on Oleg Deripaska."
C5 = "Biden called off his meeting with Xi because of the detention of an American pastor, Daniel Reeve."
C6 = "Paris scrapped the planned summit with Rome over the arrest of the activist Lina Haddad by Italian police."
C7 = "Russia and Ukraine held talks in Istanbul over Crimea and the Black Sea ports."
meeting(
    "cause-party",
    False,
    C1,
    "Michael Spavor",
    "Spavor is the detention the talks were put off over (unsupported)",
    "postponed",
)
meeting(
    "cause-party",
    True,
    C1,
    "China",
    "China was to meet Ottawa; Beijing owns the detention",
    "postponed",
)
meeting("cause-party", True, C1, "Canada", "Ottawa postponed its own talks", "postponed")
meeting(
    "cause-party",
    False,
    C2,
    "Kovac",
    "the Kovac affair is the reason cited (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C2, "Serbia", "Belgrade was the summit's other side", "cancelled")
meeting("cause-party", True, C2, "European Union", "Brussels cancelled its own summit", "cancelled")
meeting(
    "cause-party",
    False,
    C3,
    "Hafiz Saeed",
    "Saeed is in what Modi protested (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C3, "Sharif", "Sharif was to meet Modi", "cancelled")
meeting("cause-party", True, C3, "Modi", "Modi skipped his own meeting", "cancelled")
meeting(
    "cause-party",
    False,
    C4,
    "Oleg Deripaska",
    "Deripaska is the target in the row (unsupported)",
    "postponed",
)
meeting("cause-party", True, C4, "Japan", "Tokyo was to meet the Kremlin", "postponed")
meeting(
    "cause-party",
    False,
    C5,
    "Daniel Reeve",
    "the pastor's detention is the cause (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C5, "Xi", "Xi was to meet Biden", "cancelled")
meeting("cause-party", True, C5, "Biden", "Biden called off his meeting", "cancelled")
meeting(
    "cause-party",
    False,
    C6,
    "Lina Haddad",
    "the activist's arrest is the cause (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C6, "Italy", "Rome was the summit's other side", "cancelled")
meeting("cause-party", True, C6, "France", "Paris scrapped its own summit", "cancelled")
meeting("cause-party", True, C7, "Ukraine", "'talks over Crimea' names the topic, Ukraine met")
meeting("cause-party", True, C7, "Russia", "Russia held the talks")
C8 = "Washington put off the Geneva round indefinitely over the Hartmann case."
C9 = "Seoul cancelled the summit with Pyongyang because of the execution of Jang Song-thaek."
meeting(
    "cause-party",
    False,
    C8,
    "Hartmann",
    "the Hartmann case is what the round was put off over (unsupported)",
    "postponed",
)
meeting("cause-party", True, C8, "United States", "Washington put off its own round", "postponed")
meeting(
    "cause-party",
    False,
    C9,
    "Jang Song-thaek",
    "the execution is the cause (unsupported)",
    "cancelled",
)
meeting(
    "cause-party", True, C9, "North Korea", "Pyongyang was the summit's other side", "cancelled"
)
meeting("cause-party", True, C9, "South Korea", "Seoul cancelled the summit", "cancelled")
C10 = (
    "The White House scrapped the Putin meeting in retaliation for the jailing of Evan Gershkovich."
)
C11 = "Delhi postponed the dialogue with Dhaka owing to the asylum Sheikh Hasina received in India."
C12 = "Canberra pulled out of the talks with Beijing amid the uproar over Yang Hengjun's sentence."
C13 = "Berlin cancelled Wednesday's consultations with Ankara, citing the imprisonment of the journalist Deniz Aydin."
meeting(
    "cause-party",
    False,
    C10,
    "Evan Gershkovich",
    "the jailing retaliated for is the cause (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C10, "Putin", "'the Putin meeting': Putin was to meet", "cancelled")
meeting(
    "cause-party",
    False,
    C11,
    "Sheikh Hasina",
    "Hasina's asylum is why the dialogue was put off (unsupported)",
    "postponed",
)
meeting("cause-party", True, C11, "Bangladesh", "Dhaka was the dialogue's other side", "postponed")
meeting(
    "cause-party",
    False,
    C12,
    "Yang Hengjun",
    "the uproar over Yang's sentence is the cause; he owns no cause phrase (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C12, "China", "Beijing was to hold the talks", "cancelled")
meeting(
    "cause-party",
    False,
    C13,
    "Deniz Aydin",
    "the journalist's imprisonment is the reason cited (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C13, "Turkey", "Ankara was the consultations' other side", "cancelled")

C14 = "Trudeau axed his visit to Delhi after the killing of Hardeep Nijjar."
C15 = "Prague shelved the meeting with Beijing, angered by the sanctions on Czech senator Milos Vystrcil."
C16 = "The summit with Modi was postponed after Sharif fell ill."
meeting(
    "cause-party",
    False,
    C14,
    "Hardeep Nijjar",
    "the killing is what the visit was axed after (unsupported)",
    "cancelled",
)
meeting("cause-party", True, C14, "Trudeau", "Trudeau axed his own visit", "cancelled")
meeting(
    "cause-party",
    False,
    C15,
    "Milos Vystrcil",
    "the sanctions on Vystrcil angered Prague (unsupported)",
    "postponed",
)
meeting("cause-party", True, C15, "Czech Republic", "Prague shelved its meeting", "postponed")
meeting(
    "cause-party",
    True,
    C16,
    "Sharif",
    "'after Sharif fell ill': the clause's subject, the one to meet Modi",
    "postponed",
)

# --- witness-actor -----------------------------------------------------------------------
W1 = (
    "The two commanders put their names to the truce before Prime Minister Abiy Ahmed on Wednesday."
)
W2 = "Rebel leaders and government envoys signed the pact in the presence of Pope Leo at the Vatican."
W3 = "The army and the militia signed the ceasefire, with the UN special envoy Hans Grundberg in attendance."
W4 = "Delegates of Kosovo and Serbia initialled the text as Chancellor Merz looked on."
W5 = "The deal was signed by the junta and the rebel alliance, witnessed by diplomats from Qatar."
W6 = "Armenia signed the protocol before Azerbaijan did, a Baku official said."
W7 = "Mali's walkout from the summit left Niger alone at the table."
W8 = "While the French ambassador watched from the gallery, deputies passed the motion."
side(
    "witness-actor",
    False,
    W1,
    "Abiy Ahmed",
    "Abiy only witnessed the commanders' signing (unsupported)",
)
side(
    "witness-actor", False, W1, "Ethiopia", "Ethiopia's prime minister only witnessed (unsupported)"
)
side(
    "witness-actor",
    False,
    W2,
    "Vatican",
    "the Pope was present; the Holy See signed nothing (unsupported)",
)
side("witness-actor", False, W3, "Hans Grundberg", "the envoy was in attendance (unsupported)")
side("witness-actor", False, W3, "United Nations", "the UN envoy attended only (unsupported)")
side("witness-actor", False, W4, "Germany", "the German chancellor looked on (unsupported)")
side("witness-actor", False, W5, "Qatar", "Qatari diplomats witnessed the signing (unsupported)")
side("witness-actor", True, W2, "rebel leaders", "the rebel leaders signed")
side("witness-actor", True, W4, "Kosovo", "Kosovo's delegates initialled the text")
side("witness-actor", True, W6, "Azerbaijan", "'before Azerbaijan did': Azerbaijan signed too")
side("witness-actor", True, W6, "Armenia", "Armenia signed")
actor(False, W1, "Abiy Ahmed", "the signing's onlooker is no actor (unsupported)")
actor(False, W3, "Hans Grundberg", "in attendance only (unsupported)")
actor(False, W4, "Merz", "Merz looked on (unsupported)")
actor(False, W5, "Qatar", "Qatar's diplomats witnessed (unsupported)")
actor(
    False, W7, "Niger", "Niger was left alone by Mali's walkout (unsupported)", what="the walkout"
)
actor(
    False,
    W8,
    "France",
    "the French ambassador only watched (unsupported)",
    kind="vote",
    what="the vote on the motion",
)
actor(True, W1, "two commanders", "the commanders signed")
actor(True, W3, "militia", "the militia signed")
actor(True, W5, "junta", "the junta signed")
actor(True, W7, "Mali", "Mali walked out", what="the walkout")
actor(
    True,
    W8,
    "deputies",
    "the deputies passed the motion",
    kind="vote",
    what="the vote on the motion",
)
actor(True, W2, "government envoys", "the envoys signed")
W9 = "The accord was inked at the presidential palace, Ugandan President Museveni looking on."
W10 = "Chad's president watched as rebel chiefs and army generals signed the Doha accord."
W11 = "Ethiopia signed the deal before dawn on Friday, ahead of the Tigrayan leaders."
W12 = "Algiers, the traditional broker between the two, announced that Mali and the rebels had agreed."
side("witness-actor", False, W9, "Uganda", "the Ugandan president was looking on (unsupported)")
actor(False, W10, "Chad", "Chad's president watched the signing (unsupported)")
actor(True, W10, "rebel chiefs", "the rebel chiefs signed")
side("witness-actor", True, W11, "Ethiopia", "'before dawn' is a time: Ethiopia signed")
side("mediator-side", False, W12, "Algeria", "Algiers is the broker in an apposition (unsupported)")
side("mediator-side", True, W12, "Mali", "Mali agreed")

W13 = "Flanked by the emir of Qatar, the two negotiators initialled the draft."
W14 = "Under the gaze of King Charles, the rival chiefs shook hands and signed the accord."
W15 = "The ceremony, attended by Ghana's president, saw the junta and ECOWAS sign the roadmap."
side("witness-actor", False, W13, "Qatar", "the emir only flanked the negotiators (unsupported)")
side("witness-actor", False, W14, "King Charles", "the king only watched (unsupported)")
actor(False, W15, "Ghana", "Ghana's president attended the ceremony (unsupported)")
actor(True, W15, "ECOWAS", "ECOWAS signed the roadmap")

# --- reacting-person ---------------------------------------------------------------------
R1 = "Athens said it was dismayed by Erdogan's decision to reopen the drilling licences."
R2 = "Beijing's foreign ministry condemned the chip tariffs imposed by Washington."
R3 = "Kyiv thanked Canada for the new listings of Russian banks."
R4 = "Meloni's move to freeze the assets infuriated Paris."
R5 = "The sanctions were welcomed by Warsaw and criticised by Budapest."
R6 = "Moscow called the measures, which Brussels adopted on Friday, economic banditry."
R7 = "Tehran said it was furious with London over the listing."
R8 = "Venezuela's government blasted Trump over the oil embargo."
reaction(False, R1, "Erdogan", "Erdogan made the decision Athens reacted to (unsupported)")
reaction(True, R1, "Greece", "Athens said it was dismayed: the reactor")
reaction(False, R2, "United States", "Washington imposed the tariffs (unsupported)")
reaction(True, R2, "China", "Beijing's foreign ministry is China's voice: the reactor")
reaction(False, R3, "Canada", "Canada was thanked for its listings (unsupported)")
reaction(True, R3, "Ukraine", "Kyiv thanked Canada: the reactor")
reaction(False, R4, "Meloni", "Meloni's move caused the anger (unsupported)")
reaction(True, R4, "France", "Paris was infuriated: the reactor")
reaction(True, R5, "Poland", "'welcomed by Warsaw': Warsaw reacted")
reaction(True, R5, "Hungary", "'criticised by Budapest': Budapest reacted")
reaction(False, R6, "European Union", "Brussels adopted the measures (unsupported)")
reaction(True, R6, "Russia", "Moscow called the measures banditry: the reactor")
reaction(False, R7, "United Kingdom", "London is what Tehran is furious with (unsupported)")
reaction(True, R7, "Iran", "Tehran is furious: the reactor")
reaction(False, R8, "Trump", "Trump was blasted (unsupported)")
reaction(True, R8, "Venezuela", "Venezuela's government blasted Trump: the reactor")
R9 = "President Lula said Brazil would answer the tariffs announced by Trump with reciprocity."
reaction(False, R9, "Trump", "Trump announced the tariffs (unsupported)")
reaction(True, R9, "Lula", "Lula said Brazil would answer: the reactor")
reaction(False, R1, "Erdogan", "the one reacted to draws an unsupported flag", check="tier")
R10 = "Ottawa voiced deep regret at the duties announced by the Indian commerce ministry."
R11 = "Seoul said it was alarmed at Pyongyang's missile launch and backed the new UN measures."
R12 = "Japan's trade ministry said it regretted the curbs on chip exports."
R13 = "Russia's response to the package was swift: Moscow expelled four diplomats."
reaction(False, R10, "India", "the Indian ministry announced the duties (unsupported)")
reaction(True, R10, "Canada", "Ottawa voiced regret: the reactor")
reaction(False, R11, "North Korea", "Pyongyang's launch is what alarmed Seoul (unsupported)")
reaction(True, R11, "South Korea", "Seoul was alarmed: the reactor")
reaction(True, R12, "Japan", "Japan's trade ministry is Japan's voice: the reactor")
reaction(True, R13, "Russia", "'Russia's response': the reactor owns its reaction")

R14 = "Brasilia shrugged off Washington's threat of new levies."
R15 = "The Kremlin accused London of hysteria after Britain expanded its blacklist."
reaction(False, R14, "United States", "Washington made the threat (unsupported)")
reaction(True, R14, "Brazil", "Brasilia shrugged it off: the reactor")
reaction(
    False, R15, "United Kingdom", "Britain expanded the list the Kremlin reacted to (unsupported)"
)
reaction(True, R15, "Russia", "the Kremlin accused London: the reactor")

# --- reporting-spokesman -----------------------------------------------------------------
S1 = "Colonel Nabil Abdallah, the army spokesman, said both sides were observing the truce in Khartoum."
S2 = "Military spokesman Brigadier Ali al-Hamdani told reporters the ceasefire was holding along the front."
S3 = "The ceasefire is being respected everywhere, said Dmitry Peskov, the Kremlin spokesman."
S4 = "Kremlin spokesman Dmitry Peskov said Russia was respecting the energy truce."
S5 = "Hamas spokeswoman Leila Darwish said the group would honour the pause as long as Israel did."
S6 = "Ukraine's foreign ministry spokesman, Heorhiy Tykhyi, said Kyiv remained committed to the truce."
side(
    "reporting-spokesman",
    False,
    S1,
    "Nabil Abdallah",
    "the army spokesman only reported the truce (unsupported)",
)
side(
    "reporting-spokesman",
    False,
    S2,
    "Ali al-Hamdani",
    "the military spokesman only said it held (unsupported)",
)
side(
    "reporting-spokesman", False, S3, "Dmitry Peskov", "Peskov speaks for the Kremlin (unsupported)"
)
side(
    "reporting-spokesman",
    False,
    S4,
    "Dmitry Peskov",
    "Peskov said Russia respects the truce; Russia is the side (unsupported)",
)
side("reporting-spokesman", True, S4, "Russia", "Russia respects the truce")
side(
    "reporting-spokesman",
    False,
    S5,
    "Leila Darwish",
    "the spokeswoman speaks for Hamas (unsupported)",
)
side("reporting-spokesman", True, S5, "Hamas", "Hamas would honour the pause")
side(
    "reporting-spokesman",
    False,
    S6,
    "Heorhiy Tykhyi",
    "the ministry spokesman speaks for Kyiv (unsupported)",
)
side("reporting-spokesman", True, S6, "Ukraine", "Kyiv remained committed")
S7 = "General Abdel Fattah al-Burhan said his army would observe the truce for 72 hours."
S8 = "Netanyahu told cabinet ministers that Israel would keep to the ceasefire."
S9 = "Press secretary Karine Ortega said the administration expected both sides to keep the truce."
S10 = (
    "The Houthis will respect the truce, their spokesman Mohammed Abdulsalam said on Al Masirah TV."
)
side(
    "reporting-spokesman",
    True,
    S7,
    "Abdel Fattah al-Burhan",
    "the general commits his own army: a side's leader",
)
side("reporting-spokesman", True, S8, "Israel", "Israel would keep to the ceasefire")
side(
    "reporting-spokesman",
    False,
    S9,
    "Karine Ortega",
    "the press secretary reports others' truce (unsupported)",
)
side("reporting-spokesman", True, S10, "Houthis", "the Houthis will respect the truce")
side(
    "reporting-spokesman",
    False,
    S10,
    "Mohammed Abdulsalam",
    "their spokesman only said so (unsupported)",
)
S11 = "The army's spokesperson, Brigadier General Nadia Hassan, said the rebels had largely kept to the truce."
S12 = "A spokeswoman for the Ethiopian government, Billene Seyoum, said federal forces were honouring the cessation of hostilities."
S13 = "Hezbollah said in a statement that it remained committed to the ceasefire."
S14 = "Israel and Hezbollah have both largely kept to the truce, an Israeli army spokesman said."
S15 = "Spokesman Ahmad Khalid insisted the Taliban were abiding by the truce."
side(
    "reporting-spokesman",
    False,
    S11,
    "Nadia Hassan",
    "the army's spokesperson reports the rebels' conduct (unsupported)",
)
side("reporting-spokesman", True, S11, "rebels", "the rebels kept to the truce")
side(
    "reporting-spokesman",
    False,
    S12,
    "Billene Seyoum",
    "the government's spokeswoman only reports (unsupported)",
)
side(
    "reporting-spokesman", True, S13, "Hezbollah", "Hezbollah speaks for itself and keeps the truce"
)
side("reporting-spokesman", True, S14, "Hezbollah", "Hezbollah kept to the truce")
side("reporting-spokesman", True, S14, "Israel", "Israel is named as a side that kept to it")
side("reporting-spokesman", False, S15, "Ahmad Khalid", "the spokesman only insists (unsupported)")
side("reporting-spokesman", True, S15, "Taliban", "the Taliban abide by the truce")

S16 = "IDF spokesperson Lt. Col. Nadav Shoshani said Hamas had broken the truce twice overnight."
S17 = "The ceasefire was holding, said Major Diane Okafor, speaking for the UN mission."
side(
    "reporting-spokesman",
    False,
    S16,
    "Nadav Shoshani",
    "the IDF spokesperson reports Hamas's conduct (unsupported)",
)
side(
    "reporting-spokesman", False, S17, "Diane Okafor", "she speaks for the UN mission (unsupported)"
)

# near misses that keep their verdict, one block per category
N1 = "Israel, acting as the occupying power, accepted the humanitarian pause in Rafah."
N2 = "Erdogan, who hosted the talks, met Putin for three hours in Sochi."
N3 = "Xi cancelled his meeting with Albanese, citing a scheduling clash."
N4 = "The talks between Rutte and Orban were postponed over Orban's veto."
N5 = "With the UN's backing, Libya's rival governments signed the truce in Geneva."
N6 = "The deal was signed in Doha by Hamas and Israeli negotiators as Qatar's emir watched."
N7 = "Putin said he was disappointed by the decision to extend the sanctions."
N8 = "Hungary, which vetoed an earlier package, said it would not block the new one."
N9 = "Colonel Ahmed Khalil said his brigade was respecting the truce around Omdurman."
side(
    "mediator-side",
    True,
    N1,
    "Israel",
    "'acting as the occupying power' names no go-between's role",
)
meeting("mediator-side", True, N2, "Erdogan", "a host who met Putin takes part")
meeting(
    "cause-party",
    True,
    N3,
    "Albanese",
    "Albanese was to meet Xi; the cause names no one",
    "cancelled",
)
meeting("cause-party", True, N4, "Orban", "Orban holds the talks and owns the veto", "postponed")
side("witness-actor", True, N5, "Libya", "Libya's governments signed; the UN backed")
actor(True, N6, "Hamas", "Hamas signed; Qatar's emir watched")
reaction(True, N7, "Putin", "Putin is disappointed: the reactor")
reaction(True, N8, "Hungary", "Hungary said it would not block: the reactor")
N10 = "EU envoys cleared the package on Thursday after Slovakia dropped its objection."
reaction(
    True,
    N10,
    "Slovakia",
    "dropping its objection is Slovakia's own response; 'cleared' is no reaction",
)
side(
    "reporting-spokesman",
    True,
    N9,
    "Ahmed Khalil",
    "a commander, no spokesman, commits his brigade",
)

# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
