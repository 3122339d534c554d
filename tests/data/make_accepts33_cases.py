# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the accepts33 set (``grounding_accepts33.jsonl``): wrong values that older rules
accepted, found by session 32's writers and reviewers, and what must still pass beside them.

- ``object-actors``: a party named as the home of people who are another's object is no
  doer of the event (:mod:`summarizer.verification.sides.sent_objects`): "Hamas handed three
  hostages to officials from Egypt" is no act of Egypt's. Still passes: the party itself or
  its people as the subject ("Egypt handed over the hostages", "Officials from Egypt handed",
  "signed by envoys from Qatar").

- ``confirmed-days``: a day after a verb of confirming that attributes the news ("...,
  the army confirmed on Monday"; "confirmed on Monday that ...") dates the confirming, not
  the event (:mod:`summarizer.verification.days.attributed_days`). Still passes: the event's
  own day beside it, and a confirming that is the event ("confirmed on Monday its
  withdrawal" for a confirmation).

- ``subject-counts``: a number that opens a later clause as the subject of its own verb is
  no count of a cue in the clause before (:mod:`summarizer.verification.counts.clause_subjects`):
  "Thirty years after the floods displaced the village, 4,000 people live there" is no count
  of 4,000 displaced. Still passes: the cue's own number, a restated count with no verb
  ("4,000 people in all"), and a later clause whose verb is the count's ("4,000 people fled",
  "800 residents were evacuated").

- ``increment-rates``: an increment's size after the measure a verb of change raises is no
  rate (:func:`summarizer.verification.counts.rate_words.change_size`): "hiked its levy on
  Oakridge sugar another 8 per cent" tells how much the levy rose. Still passes: the level
  ("hiked ... to 18 per cent"), and an increment that is a new measure's own rate ("imposed
  another 10% tariff", "a further 6% surtax").

Run ``python tests/data/make_accepts33_cases.py`` to rebuild it. Every sentence was written
for this set (fictional places, people and outlets, real countries in invented sentences);
each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_accepts33.jsonl")

built = SupportCases(
    "accepts33",
    leads=[
        "Harrow Gazette\n\nLONDON, 3 June (Harrow Gazette) -",
        "By Mirela Dunst, Valdor Post",
        "Eastmark Wire\n\nSOFIA (EW) -",
    ],
    closing="No further details were released.",
)
A = "object-actors"


def actor(expect: bool, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(A, expect, sentence, who, description, why)


# fmt: off
# --- must fail: the people from the party are the object of another's act ---------------------
actor(False, "Hamas handed three hostages to officials from Egypt on Sunday.", "Egypt", "hostages handed over", "Egypt's officials receive the hostages")
actor(False, "Gunmen shot dead two diplomats from Israel outside the Orsa museum.", "Israel", "diplomats shot dead", "the diplomats are the victims")
actor(False, "Turkey recalled its envoy from Israel on Monday.", "Israel", "envoy recalled", "Turkey recalls; Israel is where the envoy was")
actor(False, "Police arrested three officials from Uganda at the Malaba crossing.", "Uganda", "officials arrested", "the police arrest them")
actor(False, "Kenya evacuated its officials from Sudan on Friday.", "Sudan", "officials evacuated", "Kenya evacuates")
actor(False, "The court convicted two former ministers from Gabon of fraud.", "Gabon", "ministers convicted", "the court convicts them")
actor(False, "Troops detained two envoys from Mali at the airport in Niamey.", "Mali", "envoys detained", "the troops detain them")
actor(False, "Militants kidnapped four delegates from Nigeria on the road to Kano.", "Nigeria", "delegates kidnapped", "the delegates are kidnapped")
actor(False, "Brazil expelled two diplomats from Venezuela on Tuesday.", "Venezuela", "diplomats expelled", "Brazil expels them")
actor(False, "Protesters surrounded negotiators from Sudan outside the hotel in Addis Ababa.", "Sudan", "negotiators surrounded", "the protesters surround them")
actor(False, "A court in Abuja jailed three officials from Niger for smuggling.", "Niger", "officials jailed", "the court jails them")
# --- must pass: the party or its people do the act ---------------------------------------------
actor(True, "Egypt handed over the hostages to the Red Cross on Sunday.", "Egypt", "hostages handed over", "Egypt hands them over")
actor(True, "Officials from Egypt handed the hostages to the Red Cross.", "Egypt", "hostages handed over", "Egypt's officials hand them over")
actor(True, "Technical teams from Rwanda initialled the text on Friday.", "Rwanda", "text initialled", "Rwanda's teams initial it")
actor(True, "The deal was signed by officials from Egypt and Qatar.", "Egypt", "deal signed", "signed by Egypt's officials")
actor(True, "On Sunday, a delegation from Qatar brokered the exchange of prisoners.", "Qatar", "prisoner exchange brokered", "Qatar's delegation brokers it")
actor(True, "Israel shot down two drones over the Golan Heights.", "Israel", "drones shot down", "Israel shoots them down")
actor(True, "Uganda arrested three officials from its own customs service.", "Uganda", "officials arrested", "Uganda arrests them")
actor(True, "Kenya evacuated its officials from Sudan on Friday.", "Kenya", "officials evacuated", "Kenya evacuates")
actor(True, "Turkey recalled its envoy from Israel on Monday.", "Turkey", "envoy recalled", "Turkey recalls")
actor(True, "Negotiators from Sudan walked out of the talks in Addis Ababa.", "Sudan", "walkout from talks", "Sudan's negotiators walk out")
actor(True, "The talks ended when envoys from Qatar left the room.", "Qatar", "envoys left the talks", "Qatar's envoys leave")
actor(True, "Hamas negotiated the exchange with officials from Egypt in Cairo.", "Egypt", "exchange negotiated", "negotiated with Egypt's officials: a side of the talks")
actor(True, "Saudi Arabia hosted delegations from Russia and the United States in Riyadh.", "Russia", "talks in Riyadh", "a hosted delegation is a side of the talks")
actor(True, "The summit in Geneva brought together ministers from Germany and France.", "Germany", "ministers met in Geneva", "brought together: the ministers meet")
actor(True, "The talks in Doha, which included envoys from Qatar and Egypt, ended without a deal.", "Egypt", "talks in Doha", "the talks included Egypt's envoys")
# fmt: on

D = "confirmed-days"


def when(
    expect: bool,
    sentence: str,
    value: str,
    description: str,
    why: str,
    actors: tuple[str, ...] = (),
) -> None:
    """An event told as ``description`` whose day is ``value``, backed by ``sentence`` on a
    page published on Wednesday 30 July 2025."""
    extra = {"kind": "other", "description": description, "actors": list(actors), "counts": []}
    built.dated_fact(D, expect, why, [sentence], "events", "when", value, "2025-07-30", extra=extra)


# fmt: off
# --- must fail: the day of the confirming, not of the event -----------------------------------
when(False, "Rebels seized the airport on Saturday, the army confirmed on Monday.", "2025-07-28", "rebels seized the airport", "Monday is the army's confirming")
when(False, "The army confirmed on Monday that rebels had seized the airport.", "2025-07-28", "rebels seized the airport", "confirmed that it had been seized")
when(False, "Two aid workers were killed in Kerro, the agency confirmed on Tuesday.", "2025-07-29", "aid workers killed", "Tuesday is the agency's confirming")
when(False, "The ministry acknowledged on Monday that a drone had struck the Velna depot.", "2025-07-28", "drone struck a depot", "acknowledged that it had struck")
when(False, "A tanker sank off Port Ellis on Friday, the coastguard confirmed on Sunday.", "2025-07-27", "tanker sank", "Sunday is the coastguard's")
when(False, "Police admitted on Tuesday that officers had fired on the crowd in Marlow.", "2025-07-29", "police fired on a crowd", "admitted that they had fired")
when(False, "The hackers stole records of 4,000 patients, the Sorel clinic disclosed on Monday.", "2025-07-28", "hackers stole patient records", "disclosed on Monday")
when(False, "Militants abducted a priest near Tessin, the diocese confirmed late on Sunday.", "2025-07-27", "priest abducted", "confirmed late on Sunday")
when(False, "The company revealed on Tuesday that intruders had breached its servers.", "2025-07-29", "servers breached", "revealed that they had breached")
when(False, "Shells hit the Orsa power plant, the nuclear agency confirmed in a statement on Monday.", "2025-07-28", "shells hit a power plant", "confirmed in a statement on Monday")
when(False, "Government forces retook the town of Halden on Saturday, the defence ministry confirmed on Monday.", "2025-07-28", "forces retook Halden", "the ministry's Monday")
# --- must pass: the event's own day ------------------------------------------------------------
when(True, "Rebels seized the airport on Saturday, the army confirmed on Monday.", "2025-07-26", "rebels seized the airport", "seized on Saturday")
when(True, "A tanker sank off Port Ellis on Friday, the coastguard confirmed on Sunday.", "2025-07-25", "tanker sank", "sank on Friday")
when(True, "Government forces retook the town of Halden on Saturday, the defence ministry confirmed on Monday.", "2025-07-26", "forces retook Halden", "retook on Saturday")
when(True, "Two aid workers were killed in Kerro on Sunday, the agency confirmed on Tuesday.", "2025-07-27", "aid workers killed", "killed on Sunday")
when(True, "The Velna council confirmed on Monday its withdrawal from the regional water pact.", "2025-07-28", "council confirmed its withdrawal", "the confirming is the event")
when(True, "Rebels seized the airport on Monday, the army said.", "2025-07-28", "rebels seized the airport", "seized on Monday")
when(True, "The army seized the airport on Monday.", "2025-07-28", "army seized the airport", "seized on Monday")
when(True, "The prime minister confirmed the appointment of a new defence chief on Monday.", "2025-07-28", "new defence chief appointed", "the confirming is the act")
when(True, "Militants abducted a priest near Tessin on Sunday, the diocese confirmed.", "2025-07-27", "priest abducted", "abducted on Sunday")
when(True, "The senate confirmed Dana Pell as trade secretary on Tuesday.", "2025-07-29", "senate confirmed trade secretary", "the senate's confirming is the event")
when(True, "Shells hit the Orsa power plant on Sunday, the nuclear agency confirmed in a statement.", "2025-07-27", "shells hit a power plant", "hit on Sunday")
# fmt: on

S = "subject-counts"


def count(expect: bool, sentence: str, what: str, value: float, why: str) -> None:
    """An event whose one count is ``value`` ``what``, backed by ``sentence``."""
    built.fact_counts(
        S,
        expect,
        f"{what} = {value:g}: {why}",
        built.page(sentence),
        [(what, value, "exact")],
        [sentence],
        "2025-06-03",
    )


# fmt: off
# --- must fail: the number is the subject of a later clause's own verb ------------------------
count(False, "Thirty years after the 1995 floods displaced the village, 4,000 people live there.", "displaced", 4000, "the people living there now")
count(False, "In 2014, soldiers killed protesters in the square, and on Saturday 300 people gathered there.", "killed", 300, "the crowd on Saturday")
count(False, "The storm killed 12 people in Orsa, and 300 were injured.", "killed", 300, "the injured")
count(False, "Shelling displaced families from Kerro last spring, but 900 families have returned since.", "displaced", 900, "the families who came back")
count(False, "The militia killed two herders near Tessin, and 40 villagers remain missing.", "killed", 40, "the missing")
count(False, "Floods displaced the people of Marlow in 2019, and today 6,000 residents live in new homes.", "displaced", 6000, "today's residents")
count(False, "Police arrested the organisers on Friday, while 2,000 supporters marched to the court.", "arrested", 2000, "the marchers")
count(False, "The blast killed miners at the Halden pit, and 150 workers were rescued.", "killed", 150, "the rescued")
count(False, "Troops evacuated the old town on Monday, and on Tuesday 80 shops reopened.", "evacuated", 80, "the shops that reopened")
count(False, "The quake killed residents of Velna, though 700 people were pulled alive from the rubble.", "killed", 700, "the ones pulled out alive")
# --- must pass: the count's own number --------------------------------------------------------
count(True, "The storm killed 12 people in Orsa, and 300 were injured.", "killed", 12, "killed 12 people")
count(True, "The storm killed 12 people in Orsa, and 300 were injured.", "injured", 300, "300 were injured")
count(True, "The floods displaced residents of Orsa, 4,000 people in all.", "displaced", 4000, "the displaced restated")
count(True, "After the floods displaced the village, 4,000 people fled to the hills.", "displaced", 4000, "the verb after is the count's")
count(True, "Floods displaced 4,000 people, who live in tents now.", "displaced", 4000, "displaced 4,000 people")
count(True, "The militia killed two herders near Tessin, and 40 villagers were killed in the raid that followed.", "killed", 40, "40 villagers were killed")
count(True, "Thirty years after the 1995 floods, 4,000 people were displaced again by the river.", "displaced", 4000, "4,000 people were displaced")
count(True, "Police arrested 2,000 supporters as they marched to the court.", "arrested", 2000, "arrested 2,000 supporters")
count(True, "Troops evacuated the old town on Monday, and 800 residents were evacuated from the harbour.", "evacuated", 800, "800 residents were evacuated")
count(True, "The blast at the Halden pit killed 150 workers, and rescuers are still searching.", "killed", 150, "killed 150 workers")
# fmt: on

R = "increment-rates"


def rate(expect: bool, sentence: str, value: float, why: str) -> None:
    built.tariff(R, expect, sentence, value, why)


# fmt: off
# --- must fail: an increment's size after the measure a verb of change raises -----------------
rate(False, "The government hiked its levy on Oakridge sugar another 8 per cent.", 8, "the levy went up by another 8 per cent")
rate(False, "Ministers raised the duty on Corvan timber a further 5% on Monday.", 5, "a further 5%: the rise's size")
rate(False, "The board lifted the tariff on Velmor cheese an additional 12 percent.", 12, "an additional 12 percent")
rate(False, "Halvik increased its surcharge on imported cars another 4% in March.", 4, "another 4%")
rate(False, "The customs office raised tariffs on Delmor steel a further 15 per cent this week.", 15, "a further 15 per cent")
rate(False, "Parliament hiked the surtax on Brenhaven wine an extra 6%.", 6, "an extra 6%")
rate(False, "Officials raised duties on Orsa olive oil another 20 percent after the ruling.", 20, "another 20 percent")
rate(False, "The treasury lifted its levy on Tarsian coal a further 3 per cent.", 3, "a further 3 per cent")
rate(False, "Regulators increased the tariff on Kerro rice another 7%, the ministry said.", 7, "another 7%")
rate(False, "Valdor raised its duty on Marlow textiles an additional 9 percent on Friday.", 9, "an additional 9 percent")
# --- must pass: the rate's own wording ---------------------------------------------------------
rate(True, "The government hiked its levy on Oakridge sugar to 18 per cent.", 18, "hiked to 18 per cent")
rate(True, "Ministers raised the duty on Corvan timber to 15% on Monday.", 15, "raised to 15%")
rate(True, "Washington imposed another 10% tariff on Delmor steel.", 10, "another 10% tariff: its own rate")
rate(True, "The board put an additional 12 percent duty on Velmor cheese.", 12, "an additional 12 percent duty")
rate(True, "Halvik increased its surcharge on imported cars from 4% to 9% in March.", 9, "from 4% to 9%")
rate(True, "Parliament approved a further 6% surtax on Brenhaven wine.", 6, "a further 6% surtax")
rate(True, "Officials set the duty on Orsa olive oil at 20 percent after the ruling.", 20, "set at 20 percent")
rate(True, "The treasury levies a 3 per cent tax on Tarsian coal, and raised it on Monday.", 3, "a 3 per cent tax")
rate(True, "Regulators raised the tariff on Kerro rice by 2 points to 7%.", 7, "the level after the rise")
rate(True, "Valdor charges a duty of 9 percent on Marlow textiles.", 9, "a duty of 9 percent")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
