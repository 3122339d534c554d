# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the rvac33 set (``grounding_rvac33.jsonl``): a review of accepts33's four refusals,
in their shapes and just outside them.

- ``sent-people``: the party of people a party sends ("officials from Egypt") as the event's
  actor. Must pass: those people do the event's verb, as its subject or the passive's doer,
  or take part beside its subject. Must fail: the people are another's object or victims,
  or the party is only where they went.
- ``confirming-days``: a day beside a verb of confirming. Must pass: the event's own day,
  and the confirming that is the event itself. Must fail: the confirming's day for the
  event it reports, and other report days.
- ``later-subjects``: a number after a comma opening a later clause. Must pass: the number
  that is the count. Must fail: another clause's number.
- ``extra-rates``: "another/a further/an additional/an extra N per cent". Must pass: a new
  duty's own rate. Must fail: a rise's size read as the rate.

Run ``python tests/data/make_rvac33_cases.py`` to rebuild it. Every sentence was written for
this set (fictional places, people and outlets, real countries in invented sentences); each
verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvac33.jsonl")

built = SupportCases(
    "rvac33",
    leads=[
        "Kestrel Courier\n\nNAIROBI, 4 June (Kestrel Courier) -",
        "By Oren Vastel, Lindmark Herald",
        "Tolsa Wire\n\nACCRA (TW) -",
    ],
    closing="Officials gave no further comment.",
)
A = "sent-people"


def actor(expect: bool, sentence: str, who: str, description: str, why: str) -> None:
    built.actor(A, expect, sentence, who, description, why)


# fmt: off
# --- must pass: the people from the party do the event's act ----------------------------------
actor(True, "Officials from Egypt handed over the four hostages at the Rafah crossing on Sunday.", "Egypt", "hostages handed over", "Egypt's officials hand them over")
actor(True, "Envoys from Qatar brokered the exchange of prisoners in Doha.", "Qatar", "prisoner exchange brokered", "Qatar's envoys broker it")
actor(True, "The ceasefire was brokered by diplomats from Qatar and Egypt.", "Qatar", "ceasefire brokered", "brokered by Qatar's diplomats")
actor(True, "Late on Friday, negotiators from Turkey secured the release of the crew.", "Turkey", "release of the crew secured", "Turkey's negotiators secure it")
actor(True, "Two senior ministers from Ghana signed the accord in Lome.", "Ghana", "accord signed", "Ghana's ministers sign it")
actor(True, "The prisoners were freed after mediators from Oman and envoys from Qatar persuaded the rebels.", "Qatar", "prisoners freed after mediation", "Qatar's envoys persuade the rebels")
actor(True, "After weeks of talks, officials from Kenya handed the suspects to the court in Arusha.", "Kenya", "suspects handed over", "Kenya's officials hand them over")
actor(True, "Mediators said that envoys from Qatar had brokered the swap.", "Qatar", "swap brokered", "Qatar's envoys broker it")
actor(True, "Saudi Arabia and delegations from Russia and Ukraine held talks in Jeddah.", "Russia", "talks held in Jeddah", "Russia's delegation takes part in the talks")
actor(True, "The mediation, led by officials from Egypt, secured a pause in the fighting.", "Egypt", "pause in fighting secured", "led by Egypt's officials")
actor(True, "Investigators from France recovered the flight recorders on Tuesday.", "France", "flight recorders recovered", "France's investigators recover them")
actor(True, "Diplomats from Oman and Qatar brokered the release of the sailors.", "Qatar", "release of the sailors brokered", "Qatar's diplomats broker it")
actor(True, "The talks stalled because envoys from Egypt walked out.", "Egypt", "envoys walked out of the talks", "Egypt's envoys walk out")
actor(True, "Mali and a team from Algeria signed the protocol on Monday.", "Algeria", "protocol signed", "Algeria's team signs beside Mali")
# --- must fail: the people are another's object, or the party is where they went --------------
actor(False, "Rebels freed two officials from Egypt on Sunday.", "Egypt", "officials freed", "the rebels free them")
actor(False, "Gunmen killed three envoys from Qatar near the border.", "Qatar", "envoys killed", "the envoys are the victims")
actor(False, "Israel handed the bodies to officials from Egypt at the crossing.", "Egypt", "bodies handed over", "Israel hands them over; Egypt's officials receive")
actor(False, "The junta expelled the ambassador from France on Tuesday.", "France", "ambassador expelled", "the junta expels")
actor(False, "Police in Lagos detained a delegation from Ghana for six hours.", "Ghana", "delegation detained", "the police detain it")
actor(False, "Russia sent a delegation to Turkey for the talks.", "Turkey", "delegation sent", "Russia sends; Turkey is where it goes")
actor(False, "Hamas released the captives to representatives from Qatar on Thursday.", "Qatar", "captives released", "Hamas releases them")
actor(False, "A drone strike wounded four investigators from France in the town.", "France", "investigators wounded", "the investigators are the victims")
actor(False, "Kenya deported two judges from Uganda after the ruling.", "Uganda", "judges deported", "Kenya deports")
actor(False, "The rebels abducted officials from Niger and Chad on the road to Agadez.", "Chad", "officials abducted", "the rebels abduct them")
actor(False, "Gunmen seized three officials from Mali, Niger and Chad at the border.", "Chad", "officials seized", "the gunmen seize them")
actor(False, "Militants ambushed a team from Nigeria near Maiduguri.", "Nigeria", "team ambushed", "the team is the victim")
# fmt: on

D = "confirming-days"


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
# --- must pass: the event's own day, or the confirming that is the event -----------------------
when(True, "The ministry confirmed the deal on Monday.", "2025-07-28", "ministry confirmed the deal", "the confirming is the event", ("ministry",))
when(True, "Hamas confirmed on Monday it had accepted the proposal.", "2025-07-28", "Hamas confirmed it accepted the proposal", "the confirming of acceptance is the event told", ("Hamas",))
when(True, "The senate confirmed Dana Orlik as defence minister on Tuesday.", "2025-07-29", "Orlik confirmed as defence minister", "the confirmation is the event", ("senate",))
when(True, "Rebels seized the airport on Saturday, the army confirmed on Monday.", "2025-07-26", "rebels seized the airport", "the seizure's own day", ("rebels",))
when(True, "The army confirmed on Monday that rebels had seized the airport on Saturday.", "2025-07-26", "rebels seized the airport", "the seizure's own day", ("rebels",))
when(True, "Iran admitted on Tuesday that it had shot down the airliner.", "2025-07-29", "Iran admitted shooting down the airliner", "the admission is the event", ("Iran",))
when(True, "The regulator revealed the fines on Friday.", "2025-07-25", "regulator revealed the fines", "revealing the fines is the event", ("regulator",))
when(True, "The Kerran government acknowledged the election result on Thursday, ending weeks of dispute.", "2025-07-24", "government acknowledged the election result", "the acknowledgement is the event", ("Kerran government",))
when(True, "Two soldiers were killed on Sunday, the army confirmed.", "2025-07-27", "two soldiers killed", "the killing's own day")
when(True, "The company disclosed the breach on Monday, a week after hackers stole the files.", "2025-07-28", "company disclosed the breach", "the disclosure is the event", ("company",))
# --- must fail: the confirming's day for the event it reports ----------------------------------
when(False, "Rebels seized the airport at Tolsa, the army acknowledged on Monday.", "2025-07-28", "rebels seized the airport", "Monday is the acknowledging's", ("rebels",))
when(False, "The ministry confirmed on Tuesday that three ships had been sunk.", "2025-07-29", "three ships sunk", "Tuesday is the confirming's")
when(False, "A hospital in Marden was hit by shelling, local officials confirmed late on Sunday.", "2025-07-27", "hospital hit by shelling", "Sunday is the confirming's")
when(False, "Police revealed on Friday that the suspect had fled the country.", "2025-07-25", "suspect fled the country", "Friday is the revealing's")
when(False, "The company admitted on Thursday that hackers had stolen customer data.", "2025-07-24", "hackers stole customer data", "Thursday is the admitting's", ("hackers",))
when(False, "Two soldiers died in the ambush, the defence ministry confirmed in a statement on Monday.", "2025-07-28", "two soldiers died in ambush", "Monday is the statement's")
when(False, "Officials disclosed on Wednesday that the dam had cracked.", "2025-07-30", "dam cracked", "Wednesday is the disclosing's")
when(False, "Troops withdrew from the town, the army conceded on Saturday.", "2025-07-26", "troops withdrew from the town", "Saturday is the conceding's", ("army",))
when(False, "The plane crashed shortly after take-off, the airline confirmed on Tuesday.", "2025-07-29", "plane crashed", "Tuesday is the confirming's")
when(False, "Fighters shelled the port, the governor noted on Friday.", "2025-07-25", "fighters shelled the port", "Friday is the noting's", ("fighters",))
# fmt: on

S = "later-subjects"


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
# --- must pass: the later clause's number is the count -----------------------------------------
count(True, "The blast hit the market, 40 people died.", "killed", 40, "the blast's dead")
count(True, "The bomb tore through the bus station, and 12 people were killed.", "killed", 12, "12 killed by the bomb")
count(True, "Floods swept the valley on Monday, 3,000 families were displaced.", "displaced", 3000, "displaced by the floods")
count(True, "Shelling struck the hospital, 17 patients were wounded.", "wounded", 17, "17 wounded in the shelling")
count(True, "The bomb exploded at the checkpoint, 8 soldiers were killed.", "killed", 8, "8 killed by the bomb")
count(True, "Troops raided the camp at dawn, 60 people were arrested.", "arrested", 60, "60 arrested in the raid")
count(True, "Fire swept the factory, 9 workers died and 30 were injured.", "killed", 9, "9 workers died")
count(True, "The quake struck at night, and 200 buildings collapsed.", "buildings collapsed", 200, "200 buildings collapsed")
count(True, "Police fired tear gas at the crowd, 14 people were hurt.", "injured", 14, "14 hurt")
count(True, "Rebels attacked the village, 31 civilians were killed.", "killed", 31, "31 killed")
# --- must fail: the later clause's number is no count of the earlier cue -----------------------
count(False, "The strike killed five soldiers, 200 troops remain at the base.", "killed", 200, "200 remain: no dead")
count(False, "Floods displaced the town in 2019, 8,000 residents live there now.", "displaced", 8000, "8,000 live there now")
count(False, "Gunmen killed two guards at the mine, 500 miners work there.", "killed", 500, "500 work there")
count(False, "The storm killed three people, but 40,000 homes have had power restored.", "killed", 40000, "homes with power back")
count(False, "Police arrested four suspects, 20 officers were involved in the raid.", "arrested", 20, "20 officers took part")
count(False, "The fire destroyed the depot, 70 firefighters were deployed.", "destroyed", 70, "70 deployed, not killed")
count(False, "Militants abducted the doctor, and 30 nurses are still working at the clinic.", "abducted", 30, "30 still working")
count(False, "The army evacuated the border town, 1,200 soldiers stayed behind.", "evacuated", 1200, "1,200 stayed")
count(False, "Shelling wounded a child, 90 families had already left the area.", "wounded", 90, "90 families had left")
count(False, "The blast killed a policeman, and on Monday 600 people attended his funeral.", "killed", 600, "600 attended the funeral")
count(False, "The floods displaced the town in 2019, 8,000 residents have returned.", "displaced", 8000, "8,000 have returned")
# fmt: on

R = "extra-rates"


def rate(expect: bool, sentence: str, value: float, why: str) -> None:
    built.tariff(R, expect, sentence, value, why)


# fmt: off
# --- must pass: a new duty's own rate ----------------------------------------------------------
rate(True, "Valdor imposed an extra 10% tariff on Marlow steel.", 10, "a new 10% tariff")
rate(True, "The ministry slapped an additional 15 per cent duty on imported cars.", 15, "a new 15 per cent duty")
rate(True, "Kerra announced a further 25% levy on Tolsa aluminium.", 25, "a new 25% levy")
rate(True, "Washington placed another 20 percent tariff on the goods.", 20, "another tariff of 20 percent")
rate(True, "The government added an extra 5% surcharge on fuel imports.", 5, "a new 5% surcharge")
rate(True, "Customs will charge an additional 12% duty on Dorran wine from Monday.", 12, "a new 12% duty")
rate(True, "Lindmark imposed an extra tariff of 8 per cent on Valdor timber.", 8, "a tariff of 8 per cent")
rate(True, "The bill sets an additional 30 percent tariff on Kerran cement.", 30, "a 30 percent tariff")
rate(True, "Brussels introduced a further 18% duty on the bikes, on top of the existing 6%.", 18, "the new 18% duty")
rate(True, "Kerra raised the duty on Tolsa rice to 12 per cent.", 12, "the level after the rise")
rate(True, "Kerra cut its tariff on Tolsa rice to 5 per cent, a further reduction.", 5, "the level after the cut")
rate(True, "Ottawa levied an extra 25 per cent tariff on Marlow dairy.", 25, "a 25 per cent tariff")
# --- must fail: the rise's size read as a rate -------------------------------------------------
rate(False, "Valdor raised its tariff on Marlow steel by another 10 per cent.", 10, "the rise's size")
rate(False, "Kerra hiked duties on Tolsa rice a further 5 percent.", 5, "the rise's size")
rate(False, "The ministry increased the levy on imported cars an additional 3 per cent.", 3, "the rise's size")
rate(False, "Lindmark lifted the tariff on wine another 7%.", 7, "the rise's size")
rate(False, "The board raised the duty on Dorran cement an extra 4 per cent, to 19 per cent.", 4, "the rise's size; the rate is 19")
rate(False, "Ottawa cut the tariff on Marlow dairy a further 2 percent.", 2, "the cut's size")
rate(False, "Regulators raised the surcharge on fuel imports by a further 6 per cent.", 6, "the rise's size")
rate(False, "Customs increased the duty on Valdor timber another 9 percent on Monday.", 9, "the rise's size")
rate(False, "Kerra boosted the levy on steel an additional 11%.", 11, "the rise's size")
rate(False, "Kerra raised the duty on Tolsa rice by 12 per cent on Monday.", 12, "the rise's size")
rate(False, "The government lowered its tariff on Tolsa grain another 3 per cent.", 3, "the cut's size")
# fmt: on


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
