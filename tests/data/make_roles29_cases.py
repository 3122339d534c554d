# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the roles29 set (``grounding_roles29.jsonl``): causes an outside check found in
session 13, by category, each with what must pass and what must fail:

- ``announcer``: a truce's ``reported_by`` is the one its evidence says announced,
  declared, read out, reported or issued the news (the subject of such a verb, "according
  to X", "a statement from X", "X's readout", "..., said X", "citing X"); a party that only
  agreed, or someone who stood beside the speaker, is refused: unsupported when the
  evidence reads another as the announcer, unconfirmed when it reads no one;
- ``chair-observer``: a summit's chair ("chaired the session", "presided over by") and
  its observers ("attended as an observer", "sat in as observers") are no summit party
  when the sentence names the sides that met (unsupported: another role is stated); a
  leader chairing with no sides named keeps his place, and "Hosted by X, A and B met"
  makes A and B the ones who met (X stays the host);
- ``reporter-actor``: a body that only reports an event ("..., the UN mission reported",
  "according to the monitoring group") is no actor of it (unsupported); the event's own
  actors, and a body that did the act itself, pass.

Run ``python tests/data/make_roles29_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public bodies in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_roles29.jsonl")

built = SupportCases("roles29")


def announcer(expect: bool, sentence: str, who: str, why: str, check: str = "support") -> None:
    """A truce whose ``reported_by`` is ``who``, backed by ``sentence``."""
    text = (
        f"Truce latest\n\nNICOSIA (Lantern Wire) - {sentence}\n\nFurther details were not given.\n"
    )
    fact = {"status": "agreed", "reported_by": who, "evidence": [sentence]}
    built.add(
        "announcer",
        expect,
        why,
        text,
        {"ceasefires": [fact]},
        "ceasefires[0].reported_by",
        check=check,
    )


def summit(expect: bool, sentence: str, who: str, why: str) -> None:
    """A held summit whose one party is ``who``, backed by ``sentence``."""
    text = f"Leaders gather\n\n{sentence}\n\nNo joint declaration was issued.\n"
    fact = {"parties": [who], "status": "held", "evidence": [sentence]}
    built.add("chair-observer", expect, why, text, {"summits": [fact]}, "summits[0].parties[0]")


def actor(expect: bool, sentence: str, who: str, why: str) -> None:
    """An attack whose one actor is ``who``, backed by ``sentence``."""
    text = f"Overnight fighting\n\n{sentence}\n\nCasualty figures could not be verified.\n"
    event = {
        "kind": "attack",
        "description": "the shelling",
        "actors": [who],
        "evidence": [sentence],
    }
    built.add("reporter-actor", expect, why, text, {"events": [event]}, "events[0].actors[0]")


# --- announcer ---------------------------------------------------------------------------
A1 = "Oman announced on Thursday that the Yemeni government and the Houthis had agreed to a nationwide truce."
A2 = "Standing beside the Egyptian foreign minister, Kenya's president told reporters the pause would begin at dawn."
A3 = "The truce between the two militias will start at noon, according to the Libyan presidential council."
A4 = "In a statement from the African Union, the bloc said both armies had accepted the ceasefire."
A5 = "The pause in Tigray was read out by the Ethiopian prime minister's spokeswoman at a late-night briefing."
A6 = "Azerbaijan and Armenia signed the truce on Friday, the Russian foreign ministry said."
A7 = '"The guns will fall silent at six," said the UN envoy, Ingrid Solberg.'
A8 = "Colombia's government and the ELN agreed to a three-month ceasefire, Cuban state television reported, citing two Norwegian mediators."
A9 = "Moldova's readout of the call said the separatists had accepted a halt to the shelling."
A10 = "Pakistan confirmed the ceasefire with India after military officials spoke by hotline."
A11 = "Congo and the M23 agreed to the truce on Sunday."
A12 = "Hamas accepted the deal after Qatari officials pressed its leaders for a week."
announcer(True, A1, "Oman", "Oman is the subject of 'announced'")
announcer(False, A1, "the Houthis", "the Houthis only agreed; Oman announced (unsupported)")
announcer(True, A2, "Kenya", "Kenya's president 'told reporters'")
announcer(
    False,
    A2,
    "Egypt",
    "the Egyptian minister only stood beside the speaker, Kenya's president spoke (unsupported)",
)
announcer(True, A3, "the Libyan presidential council", "'according to' the council")
announcer(
    False,
    A3,
    "the two militias",
    "the militias are the truce's sides; the council is the source (unsupported)",
)
announcer(True, A4, "the African Union", "'a statement from' the African Union")
announcer(True, A5, "the Ethiopian prime minister's spokeswoman", "'read out by' the spokeswoman")
announcer(
    True, A6, "the Russian foreign ministry", "the ministry 'said', in the tag after the clause"
)
announcer(False, A6, "Azerbaijan", "Azerbaijan signed; the ministry said (unsupported)")
announcer(False, A6, "Armenia", "Armenia signed; the ministry said (unsupported)")
announcer(True, A7, "Ingrid Solberg", "'said the UN envoy, Ingrid Solberg': an inverted tag")
announcer(
    True,
    A8,
    "two Norwegian mediators",
    "Cuban television reported 'citing' the mediators, the source",
)
announcer(False, A8, "ELN", "the ELN agreed; television reported (unsupported)")
announcer(True, A9, "Moldova", "Moldova owns the readout")
announcer(
    False,
    A9,
    "the separatists",
    "the separatists accepted, Moldova's readout said so (unsupported)",
)
announcer(True, A10, "Pakistan", "Pakistan 'confirmed' the ceasefire")
announcer(
    False, A11, "Congo", "Congo is named only as a side; no one is read as announcing (unconfirmed)"
)
announcer(True, A11, "Congo", "no announcer is read: the refusal is only unconfirmed", check="tier")
announcer(False, A12, "Hamas", "Hamas only accepted; no announcing verb (unconfirmed)")
announcer(
    True,
    A12,
    "Hamas",
    "the refusal is only unconfirmed: no one else is read as announcer",
    check="tier",
)
announcer(
    False,
    A1,
    "Yemeni government",
    "the government agreed; Oman announced (unsupported)",
    check="tier",
)
announcer(False, A2, "Egypt", "the one beside the speaker draws an unsupported flag", check="tier")

# --- chair-observer ----------------------------------------------------------------------
C1 = "Presidents Ruto and Museveni held talks in Arusha, and Tanzania's president chaired the session."
C2 = "Putin and Tokayev met behind closed doors while Mongolia attended as an observer."
C3 = "The talks between the Sudanese army and the RSF, presided over by the Saudi foreign minister, lasted six hours."
C4 = "Norway sat in as an observer when the Philippine government and the rebels met in Oslo."
C5 = "Hosted by King Abdullah, Prime Minister Rutte and President Erdogan met at the palace on Tuesday."
C6 = "Hosted by Qatar and Egypt, the delegations of Israel and Hamas met in Cairo."
C7 = "Lula chaired the regional summit in Brasilia on Friday."
C8 = "The Indonesian president chaired the ASEAN summit, where Thailand and Cambodia met for the first time since the clashes."
C9 = "Chaired by the Swiss foreign minister, the meeting between Serbia and Kosovo ended without a deal."
C10 = "Macron and Scholz met in Paris, with observers Denmark and Austria in the room."
summit(
    False,
    C1,
    "Tanzania",
    "Tanzania's president chaired the talks of Ruto and Museveni (unsupported)",
)
summit(True, C1, "Ruto", "Ruto held the talks")
summit(True, C1, "Museveni", "Museveni held the talks")
summit(False, C2, "Mongolia", "Mongolia attended as an observer (unsupported)")
summit(True, C2, "Tokayev", "Tokayev met Putin")
summit(True, C2, "Putin", "Putin met Tokayev")
summit(False, C3, "Saudi Arabia", "the Saudi minister presided over others' talks (unsupported)")
summit(True, C3, "RSF", "the RSF are a side of the talks")
summit(False, C4, "Norway", "Norway sat in as an observer (unsupported)")
summit(True, C4, "Philippines", "the Philippine government met the rebels")
summit(True, C5, "Rutte", "Rutte met after the 'Hosted by' opener")
summit(True, C5, "Erdogan", "Erdogan met after the 'Hosted by' opener")
summit(False, C5, "Abdullah", "King Abdullah is named only as the host (unsupported)")
summit(False, C6, "Egypt", "Egypt is one of the hosts in the opener (unsupported)")
summit(True, C6, "Hamas", "Hamas's delegation met")
summit(True, C7, "Lula", "Lula chaired with no sides named: he takes part")
summit(
    False,
    C8,
    "Indonesia",
    "the Indonesian president chaired a meeting where Thailand and Cambodia met (unsupported)",
)
summit(True, C8, "Thailand", "Thailand met Cambodia")
summit(
    False,
    C9,
    "Switzerland",
    "the Swiss minister chaired the meeting of Serbia and Kosovo (unsupported)",
)
summit(True, C9, "Kosovo", "Kosovo is a side of the meeting")
summit(False, C10, "Denmark", "Denmark is named as an observer (unsupported)")
summit(False, C10, "Austria", "Austria is named as an observer (unsupported)")
summit(True, C10, "Scholz", "Scholz met Macron")

# --- reporter-actor ----------------------------------------------------------------------
R1 = "Militiamen torched three villages near Bunia overnight, the UN mission reported."
R2 = "According to the monitoring group, government jets bombed the market at midday."
R3 = "Rebel gunners shelled the outskirts of Goma on Monday, a spokesman for the UN peacekeeping mission said."
R4 = "Drones struck a fuel depot in the port, the regional observatory said in a statement."
R5 = "The army's artillery pounded the camp for two hours, the humanitarian agency reported."
R6 = "The UN mission said its own patrol came under fire and returned fire near the airport."
R7 = "Police fired tear gas at the crowd, the interior ministry said."
R8 = "Armed men ambushed a convoy on the highway, the ceasefire monitors reported late on Sunday."
R9 = "Insurgents attacked an army post before dawn, the defence ministry's press office said."
R10 = "Shelling hit the hospital, the watchdog reported, blaming pro-government forces."
actor(False, R1, "UN mission", "the mission only reported the attack (unsupported)")
actor(True, R1, "militiamen", "the militiamen torched the villages")
actor(False, R2, "monitoring group", "the group is the source, 'according to' (unsupported)")
actor(True, R2, "government jets", "the jets bombed the market")
actor(False, R3, "UN peacekeeping mission", "the mission's spokesman only said (unsupported)")
actor(True, R3, "rebel gunners", "the gunners shelled")
actor(False, R4, "regional observatory", "the observatory only said (unsupported)")
actor(True, R4, "drones", "the drones struck the depot")
actor(False, R5, "humanitarian agency", "the agency only reported (unsupported)")
actor(True, R5, "army", "the army's artillery pounded the camp")
actor(True, R6, "UN mission", "the mission's own patrol returned fire: the report is its own act")
actor(True, R7, "police", "the police fired tear gas")
actor(False, R8, "ceasefire monitors", "the monitors only reported (unsupported)")
actor(True, R8, "armed men", "armed men ambushed the convoy")
actor(False, R9, "defence ministry's press office", "the press office only said (unsupported)")
actor(True, R9, "insurgents", "the insurgents attacked")
actor(False, R10, "watchdog", "the watchdog reported and blamed others (unsupported)")
actor(False, R7, "interior ministry", "the ministry only said (unsupported)")
R11 = "Separatist fighters overran a checkpoint at dawn, the OSCE monitoring mission reported."
actor(False, R11, "OSCE monitoring mission", "the monitoring mission only reported (unsupported)")
actor(True, R11, "separatist fighters", "the fighters overran the checkpoint")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
