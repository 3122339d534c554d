# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the fixroles set (``grounding_fixroles.jsonl``): names and days read in the wrong
role, causes an outside review of session 14's rules found, by category, each with what must
pass and what must fail:

- ``past-once``: "once" with a past verb after it times an act ("Once Armenia had signed the
  protocol, Azerbaijan followed"), so the party named there keeps its stance (pass); "once"
  with a present or future verb, or a past one after "would" or "could" (reported speech),
  sets a condition, as do "as soon as", "in return for" and "in exchange for": a party named
  only there is refused *unsupported* (named only in another's condition). The condition's
  setter passes.
- ``own-forces``: a body telling its own people's act ("Our units shot down four drones, the
  air force said", "Police said officers opened fire") is the actor (pass); a body telling
  another's attack, or what befell its own people ("Two soldiers were killed ..., the army
  said"), is refused *unsupported* (only the one reporting it).
- ``place-adjective``: a country's word before "capital" or a compass noun after a
  preposition ("in the Somali capital", "on the outskirts of the Iraqi capital", "in the
  Ukrainian east") only places the event: refused *unsupported* as an actor (named only as a
  place). The country acting in the same sentence passes.
- ``other-days``: the day of a meeting that happened ("The ministers talked on Thursday and
  agreed the heads of state would hold a summit in July") is not the planned meeting's, and
  the day of another attack the sentence times this one by ("two days after Friday's raid")
  is not this event's: refused *unsupported*. The planned meeting's own day passes, also
  after a relative clause about an earlier call ("who spoke on the phone on Sunday, are due
  to meet on Wednesday"), and so does the event's own day.
- ``undone-decision``: a first-person decision to stop in the past perfect ('"We had agreed
  to stop the shelling"') or in the past with "but", "yet" or "until" and a past turn after
  it ('"We decided to cease fire, until the enemy broke the truce"') is no agreement:
  refused *unsupported*. A future commitment with a "but" ('"We will halt ..., but we will
  answer any attack"'), a decision kept, and a "but" about the other side's present are
  still agreement.

Run ``python tests/data/make_fixroles_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets and people, or public bodies in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_fixroles.jsonl")

# Several outlets' ways of opening a story: a wire dateline, a live page, a broadcaster's
# bulletin, a daily's web copy, a monitor's digest.
_LEADS = (
    "NAIROBI, June 2 (Rift Wire) - ",
    "LIVE: follow our updates | 14:05 BST | ",
    "Radio Meridian bulletin: ",
    "The Harbour Times online. ",
    "CONFLICT DIGEST - ",
    "",
)
built = SupportCases("fxr", _LEADS, "World desk", closing="The story is developing.", lead_end="")
_text = built.page


def _check(expect: bool) -> str:
    """A must-fail case is held to the *unsupported* strength (``tier``)."""
    return "support" if expect else "tier"


def stance(category: str, expect: bool, party: str, value: str, sentence: str, why: str, path: str = "party") -> None:  # fmt: skip
    built.truce_position(category, expect, party, value, [sentence], f"{party} {value}: {why}",
                         path, check=_check(expect))  # fmt: skip


def actor(category: str, expect: bool, who: str, sentence: str, why: str) -> None:
    event = {"kind": "attack", "description": "the attack", "actors": [who], "evidence": [sentence]}
    built.add(category, expect, f"actor {who}: {why}", _text(sentence), {"events": [event]},
              "events[0].actors[0]", check=_check(expect))  # fmt: skip


def meets(expect: bool, value: str, sentence: str, why: str) -> None:
    fact = {"parties": [], "status": "scheduled", "planned_timing": value, "evidence": [sentence]}
    built.add("other-days", expect, f"summit on {value!r}: {why}", _text(sentence),
              {"summits": [fact]}, "summits[0].planned_timing", check=_check(expect))  # fmt: skip


def happened(expect: bool, value: str, sentence: str, what: str, why: str) -> None:
    event = {"kind": "attack", "description": what, "when": value, "evidence": [sentence]}
    built.add("other-days", expect, f"{what} on {value!r}: {why}", _text(sentence),
              {"events": [event]}, "events[0].when", check=_check(expect))  # fmt: skip


# fmt: off
# --- past-once ----------------------------------------------------------------------------
ONCE = "past 'once' times the act: no condition"
COND = "named only in the condition the other side sets (unsupported)"
stance("past-once", True, "Armenia", "agreed", "Once Armenia had signed the protocol on Tuesday, Azerbaijan added its own signature a day later.", ONCE)
stance("past-once", True, "government", "agreed", "The rebels laid down their rifles on Sunday, once the government had accepted the truce terms.", ONCE)
stance("past-once", True, "Ukraine", "agreed", "Once Kyiv accepted the energy truce, Moscow announced a pause of its own in the strikes.", f"Kyiv, {ONCE}")
stance("past-once", True, "junta", "agreed", "Once the junta signed the accord in Lome, the opposition coalition said it would follow suit.", ONCE)
stance("past-once", True, "Israel", "agreed", "Hezbollah stopped its rocket fire on Wednesday, once Israel had agreed to pull back from the border villages.", ONCE)
stance("past-once", True, "Taliban", "agreed", "Once the Taliban agreed to the pause, Pakistan reopened the Torkham crossing to lorries.", ONCE)
stance("past-once", True, "Hamas", "agreed", "Israel kept to the pause, once Hamas released the first group of hostages on Sunday.", ONCE)
stance("past-once", True, "Ethiopia", "agreed", "Once Ethiopia signed the deal in Pretoria, the TPLF began handing over its heavy weapons.", ONCE)
stance("past-once", True, "Ukraine", "agreed", "The Kremlin confirmed the pause in strikes once Ukraine was on board, a spokesman said.", f"'once Ukraine was': {ONCE}")
stance("past-once", True, "Serbia", "supports_with_conditions", "Serbia will sign the accord as soon as Kosovo dismantles the new checkpoints, Belgrade said.", "Serbia sets the 'as soon as' condition")
stance("past-once", True, "militia", "supports_with_conditions", "The militia offered to free the aid workers in exchange for the army lifting its siege of the town.", "the militia names its price")
stance("past-once", True, "Azerbaijan", "supports_with_conditions", "Azerbaijan will sign the truce once Armenia withdraws its troops from the ridge.", "Azerbaijan sets the condition")
stance("past-once", False, "Armenia", "agreed", "Azerbaijan will sign the truce once Armenia withdraws its troops from the ridge.", f"present 'once': Armenia {COND}")
stance("past-once", False, "government", "agreed", "The rebels said they would lay down their arms once the government released their commanders.", f"'would ... once' shifts the condition back: government {COND}")
stance("past-once", False, "Serbia", "agreed", "Kosovo will go back to the talks once Serbia has removed the barricades.", f"present perfect: Serbia {COND}")
stance("past-once", False, "Hamas", "agreed", "Once Hamas frees the hostages, Israel will stop its raids, a minister said.", f"Hamas {COND}")
stance("past-once", False, "Ukraine", "supports", "Moscow is prepared to halt strikes on power plants as soon as Kyiv stops its drone attacks on refineries.", f"'as soon as': Kyiv {COND}")
stance("past-once", False, "RSF", "agreed", "As soon as the RSF lifts the siege of El Fasher, the army will observe a pause, a spokesman said.", f"RSF {COND}")
stance("past-once", False, "government", "supports_with_conditions", "The ELN would free the hostages in return for the government suspending its air raids.", f"'in return for': government {COND}")
stance("past-once", False, "Israel", "supports_with_conditions", "Hamas offered a weeklong truce in exchange for Israel freeing 300 prisoners.", f"'in exchange for': Israel {COND}")
stance("past-once", False, "United States", "agreed", "Houthi leaders said they could halt attacks on ships once Washington ended its strikes.", f"'could ... once': Washington {COND}")
stance("past-once", False, "Russia", "agreed", "Once Russia stops shelling Kharkiv, Ukraine will join the talks, Zelenskiy said.", f"Russia {COND}")
stance("past-once", False, "M23", "supports_with_conditions", "The army will cease fire in return for the M23 handing back Goma, officials said.", f"M23 {COND}")
stance("past-once", False, "militia", "agreed", "Once the militia disarms, the government will grant an amnesty to its fighters.", f"militia {COND}")

# --- own-forces ---------------------------------------------------------------------------
OWN = "the reporter tells its own people's act"
ONLY = "only the one reporting it (unsupported)"
actor("own-forces", True, "Ukrainian air force", "Our units shot down four drones over the capital overnight, the Ukrainian air force said.", OWN)
actor("own-forces", True, "rebel command", "We struck two ammunition depots near the front line, the rebel command said in a statement.", OWN)
actor("own-forces", True, "police", "Police said officers opened fire on a car that failed to stop at a roadblock in the north.", OWN)
actor("own-forces", True, "army", "The army said soldiers killed six militants in a raid on a hideout near the border.", OWN)
actor("own-forces", True, "navy", "Its warships sank two smuggling boats in the strait, the navy said on Friday.", OWN)
actor("own-forces", True, "coast guard", "Crews fired warning shots at a foreign trawler near the reef, the coast guard said.", OWN)
actor("own-forces", True, "military", "The military said troops destroyed a weapons cache in the hills overnight.", OWN)
actor("own-forces", True, "defence ministry", "Our forces repelled an assault and destroyed three armoured vehicles, the defence ministry said.", OWN)
actor("own-forces", True, "army", "According to the army, our paratroopers seized the airfield at dawn.", OWN)
actor("own-forces", True, "police", "Police officers arrested 14 suspects and shot one gunman dead, police said.", OWN)
actor("own-forces", True, "army", "Soldiers ambushed a rebel convoy on the highway, killing 12 fighters, the army said.", OWN)
actor("own-forces", True, "navy", "The navy said sailors boarded the tanker and seized its cargo of fuel.", OWN)
actor("own-forces", False, "Ukrainian air force", "Two missiles struck a grain terminal in Izmail, the Ukrainian air force said on Telegram.", ONLY)
actor("own-forces", False, "coast guard", "Gunmen shot dead three fishermen off the coast, the coast guard said.", ONLY)
actor("own-forces", False, "army", "Two soldiers were killed when a roadside bomb hit their patrol, the army said.", f"its soldiers were killed: {ONLY}")
actor("own-forces", False, "police", "Police said officers were wounded when protesters threw firebombs at the station.", f"officers were wounded: {ONLY}")
actor("own-forces", False, "police", "Soldiers shot dead two protesters in the square, police said.", f"soldiers are no police: {ONLY}")
actor("own-forces", False, "army", "Our positions were shelled through the night, the army said.", f"its positions were hit: {ONLY}")
actor("own-forces", False, "military", "Militants attacked a checkpoint near the dam, the military said in a statement.", ONLY)
actor("own-forces", False, "army", "Our soldiers died defending the bridge, the army said.", f"its soldiers died: {ONLY}")
actor("own-forces", False, "navy", "Pirates boarded a cargo ship in the gulf, the navy said.", ONLY)
actor("own-forces", False, "police", "According to the police, armed men stormed the bank and shot a guard.", ONLY)
actor("own-forces", False, "air force command", "A missile struck a fuel depot, the air force command said, without saying who fired it.", ONLY)
actor("own-forces", False, "police", "Troops opened fire on the crowd, the police said.", f"troops are no police: {ONLY}")

# --- place-adjective ----------------------------------------------------------------------
PLACE = "named only as a place (unsupported)"
actor("place-adjective", True, "Russia", "Russian jets bombed a market in the Syrian north, killing at least 11 people.", "Russian jets act")
actor("place-adjective", True, "Iraq", "Iraqi security forces raided a militia headquarters in the Iraqi capital on Saturday.", "Iraqi forces act, beside the place")
actor("place-adjective", True, "Sudan", "The Sudanese army shelled RSF positions in the Sudanese capital overnight.", "the Sudanese army acts")
actor("place-adjective", True, "Houthis", "The Houthis fired missiles toward the Saudi capital, Riyadh said.", "the Houthis fire")
actor("place-adjective", True, "Turkey", "A Turkish drone hit a car in the Iraqi north, killing two PKK members.", "a Turkish drone acts")
actor("place-adjective", True, "Israel", "Israeli aircraft struck targets in the Lebanese capital's southern suburbs.", "Israeli aircraft act")
actor("place-adjective", True, "Pakistan", "Pakistani jets pounded hideouts in the Afghan east on Monday.", "Pakistani jets act")
actor("place-adjective", True, "al-Shabaab", "Al-Shabaab fighters fired mortars into the Somali capital on Friday.", "al-Shabaab fires")
actor("place-adjective", True, "Ukraine", "Ukraine's drones hit a refinery on the outskirts of the Russian capital.", "Ukraine's drones act")
actor("place-adjective", True, "RSF", "Fighting raged in the Sudanese west as the RSF pressed its assault on El Fasher.", "the RSF presses the assault")
actor("place-adjective", True, "Ethiopia", "Ethiopian troops advanced toward the Eritrean border overnight.", "Ethiopian troops act")
actor("place-adjective", False, "Somalia", "A suicide bomber struck a checkpoint in the Somali capital on Saturday.", PLACE)
actor("place-adjective", False, "Ukraine", "Heavy shelling was reported in the Ukrainian east overnight.", PLACE)
actor("place-adjective", False, "Iraq", "Rockets fell on the outskirts of the Iraqi capital late on Thursday.", PLACE)
actor("place-adjective", False, "Russia", "A drone crashed into a block of flats in the Russian capital before dawn.", PLACE)
actor("place-adjective", False, "Nigeria", "Gunmen opened fire on worshippers in the Nigerian north-east on Sunday.", PLACE)
actor("place-adjective", False, "Syria", "Russian jets bombed a market in the Syrian north, killing at least 11 people.", PLACE)
actor("place-adjective", False, "Afghanistan", "Car bombs exploded across the Afghan capital during the morning rush hour.", PLACE)
actor("place-adjective", False, "Kenya", "Unknown attackers torched two buses in the Kenyan capital on Tuesday.", PLACE)
actor("place-adjective", False, "Sudan", "Fighting raged in the Sudanese west as the RSF pressed its assault on El Fasher.", PLACE)
actor("place-adjective", False, "Libya", "Two explosions shook the port district of the Libyan capital on Monday.", PLACE)
actor("place-adjective", False, "Lebanon", "Israeli aircraft struck targets in the Lebanese capital's southern suburbs.", PLACE)
actor("place-adjective", False, "Russia", "Ukraine's drones hit a refinery on the outskirts of the Russian capital.", PLACE)

# --- other-days ---------------------------------------------------------------------------
EARLIER = "the day of a meeting that happened, beside the planned one (unsupported)"
OTHER = "another attack's day that this one is timed by (unsupported)"
M1 = "The two foreign ministers talked on Thursday and agreed the heads of state would hold a summit in July."
M2 = "Defence chiefs met in Ankara on 4 April and said the presidents would meet later in the spring."
M3 = "The envoys, who spoke on the phone on Sunday, are due to meet in Cairo on Wednesday."
M4 = "The negotiators sat down in Muscat on Saturday and said the next round would be held on Thursday."
M5 = "Trade ministers met on Tuesday; their leaders will meet on Friday."
M6 = "The two sides held talks in Doha on Sunday and will meet again there next week."
M7 = "Both presidents, who last shook hands in Bali in November, will hold talks in Geneva on Tuesday."
M8 = "The leaders spoke by phone on Wednesday and agreed to meet in person before the end of the month."
M9 = "Mediators met the two delegations separately on Friday, and a joint session is scheduled for Monday."
M10 = "The prime ministers, who talked by video link last month, will sit down together in Oslo on 9 May."
M11 = "The two leaders met on Monday in Geneva and agreed to expand trade."
E1 = "The ambush on Sunday came two days after Friday's raid on the village."
E2 = "The raid on Thursday came a day after Wednesday's bombing of the depot."
E3 = "Shelling of the port on Saturday followed Friday's drone attack on the refinery."
E4 = "A rocket strike on Tuesday was the deadliest since the 2 March blast at the market."
meets(True, "July", M1, "the summit's own month")
meets(True, "later in the spring", M2, "the presidents' meeting")
meets(True, "Wednesday", M3, "the coming meeting's day after a relative clause about a call")
meets(True, "Thursday", M4, "the next round's day")
meets(True, "Friday", M5, "the leaders' day")
meets(True, "next week", M6, "the next meeting")
meets(True, "Tuesday", M7, "the coming talks' day")
meets(True, "9 May", M10, "the coming meeting's day")
meets(True, "Monday", M11, "no other meeting is planned: the meeting's own day keeps its verdict")
happened(True, "Sunday", E1, "the ambush", "the ambush's own day")
happened(True, "Thursday", E2, "the raid", "the raid's own day")
happened(True, "Saturday", E3, "the shelling", "the shelling's own day")
happened(True, "Tuesday", E4, "the rocket strike", "the strike's own day")
meets(False, "Thursday", M1, EARLIER)
meets(False, "4 April", M2, EARLIER)
meets(False, "Sunday", M3, "the earlier phone call's day (unsupported)")
meets(False, "Saturday", M4, EARLIER)
meets(False, "Tuesday", M5, EARLIER)
meets(False, "Sunday", M6, EARLIER)
meets(False, "November", M7, "the last handshake's month (unsupported)")
meets(False, "Wednesday", M8, EARLIER)
meets(False, "Friday", M9, EARLIER)
meets(False, "last month", M10, "the video call's time (unsupported)")
happened(False, "Friday", E1, "the ambush", OTHER)
happened(False, "Wednesday", E2, "the raid", OTHER)
happened(False, "Friday", E3, "the shelling", OTHER)
happened(False, "2 March", E4, "the rocket strike", OTHER)

# --- undone-decision ----------------------------------------------------------------------
UNDONE = "a decision given up (unsupported)"
U1 = '"We had agreed to stop the shelling at dawn, but they attacked our positions first," the rebel commander said.'
U2 = '"Our forces had decided to observe the truce," the militia spokesman said, adding that the offer was now void.'
U3 = '"We decided to cease fire, until the enemy broke the truce on Tuesday," an army colonel said.'
U4 = '"We agreed to the pause, but the other side used it to regroup," a Hamas official said.'
U5 = '"We had been ready to sign the ceasefire," the ELN negotiator said on Friday.'
U6 = '"We were going to halt all operations, but the massacre in the village changed our minds," the RSF said.'
U7 = '"We planned to suspend the strikes, yet the shelling went on," a Houthi spokesman said.'
U8 = '"We had halted our operations for the talks," the army said, "but the talks are dead now."'
U9 = '"We offered to stop the fighting, but the government shelled our camps the same night," the rebels said.'
U10 = '"We had signed the truce in good faith," the M23 spokesman said.'
K1 = '"We will halt all operations at midnight, but we will answer any attack," the army said.'
K2 = '"We have decided to stop all attacks from Friday," the RSF said.'
K3 = '"We agreed to stop the fighting at dawn, and we have kept our word," the rebel commander said.'
K4 = '"We decided to cease all hostilities, and our fighters have held their fire since," the ELN said.'
K5 = '"We will respect the truce until the talks end," a Hezbollah official said.'
K6 = '"We have agreed to the pause, but we expect the other side to keep it too," a Hamas official said.'
K7 = '"We had never wanted this war, and today we signed the ceasefire," the militia leader said.'
K8 = '"Our troops stopped firing at noon, as we agreed," the army said.'
K9 = '"We decided to halt operations on Sunday, and the truce is holding," the army commander said.'
K10 = '"We agreed to the truce on Monday," the rebels said, "but the government has not yet signed."'
for party, sentence in (("rebels", U1), ("militia", U2), ("army", U3), ("Hamas", U4), ("ELN", U5),
                        ("RSF", U6), ("Houthis", U7), ("army", U8), ("rebels", U9), ("M23", U10)):
    stance("undone-decision", False, party, "agreed", sentence, UNDONE, path="stance")
for party, sentence in (("army", K1), ("RSF", K2), ("rebels", K3), ("ELN", K4), ("Hezbollah", K5),
                        ("Hamas", K6), ("militia", K7), ("army", K8), ("army", K9), ("rebels", K10)):
    stance("undone-decision", True, party, "agreed", sentence, "a decision kept or still to come", path="stance")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
