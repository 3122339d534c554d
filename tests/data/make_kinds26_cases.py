# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the kinds-26 set (``grounding_kinds26.jsonl``): an event's kind told by the shape of
its verb phrase or noun rather than by a kind word (outside checks 50 and 53 to 56, event-kind
cause, session 26; :mod:`summarizer.verification.status.kind_wordings`). By category:

- ``force-shapes``: an attack told as ground or a vessel taken by force ("overran Soledar",
  "seized the Galaxy Leader", "stormed the compound", "have besieged El Obeid"), a weapon
  turned on a target ("rammed", "opened fire on", "targeted", "a landmine"), a killing as a
  noun ("the Nuseirat killings"); a strike told as a weapon's fire ("came under heavy
  artillery fire"). Refused: a threatened, intended, denied or negated taking ("threatened
  to take", "vowed to storm", "denied ... had captured", "did not seize", "could overrun"),
  "took office", "took part", "took Putin's call", a fire that is no weapon's ("a warehouse
  fire"), and the taking of another event in the same sentence ("aid reached the camp two
  days after rebels captured the town").
- ``loss-flight-aid``: casualties told as people lost ("lost forty soldiers"), displacement
  as flight ("a mass flight", "an exodus of", "the flight of 20,000 families"), aid resumed
  told as aid arriving after a time without it ("the first in four months", "again after a
  blockade", "which had gone weeks without supplies"), a vote told as a veto. Refused:
  "lost four seats", "lost ground", an aircraft's flight, aid arriving with no earlier
  absence, aid still to come, a threatened or forsworn veto, a denied flight, no soldiers
  lost.

Run ``python tests/data/make_kinds26_cases.py`` to rebuild it. The events are real ones
(Soledar 2023, the Galaxy Leader 2023, Paletwa 2024, Nagorno-Karabakh 2023, Tigray 2022, the
Security Council's vetoes of 2023 and 2024) told in sentences written for this set; each
verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_kinds26.jsonl")
built = SupportCases(
    "kd26",
    leads=[
        "By Hana Keller",
        "GENEVA (Alpine Wire) -",
        "Staff report | 14 March 2024",
        "From our correspondent in Nairobi",
    ],
    lead_end="\n\n",
)
FORCE, LOSS = "force-shapes", "loss-flight-aid"


def event(category: str, expect: bool, kind: str, description: str, sentence: str) -> None:
    """An event of ``kind`` told as ``description``, backed by ``sentence`` alone."""
    why = f"{kind}: {description} ({'supported' if expect else 'refused'})"
    built.event_kind(category, expect, kind, [sentence], why, description)


# force-shapes: must pass
for kind, description, sentence in [
    (
        "attack",
        "Houthis seized the Galaxy Leader",
        "Houthi fighters seized the Galaxy Leader, a car carrier, in the southern Red Sea in November.",
    ),
    (
        "attack",
        "Wagner overran Soledar",
        "Wagner fighters overran Soledar after weeks of street battles, the group's founder claimed.",
    ),
    (
        "attack",
        "Arakan Army captured Paletwa",
        "The Arakan Army captured the town of Paletwa in January, according to residents.",
    ),
    (
        "attack",
        "gunmen fired on worshippers at a mosque",
        "Gunmen opened fire on worshippers at a mosque in the north-west, witnesses said.",
    ),
    (
        "attack",
        "landmine wounded three soldiers",
        "Three soldiers were badly wounded by a landmine near the border on Monday.",
    ),
    (
        "attack",
        "Chinese vessel rammed Philippine supply boat",
        "A Chinese coastguard vessel rammed a Philippine supply boat near the shoal on Sunday.",
    ),
    (
        "attack",
        "militias besieged El Obeid",
        "Militias have besieged El Obeid since the summer, cutting the main road to the capital.",
    ),
    (
        "attack",
        "tankers targeted in the Gulf of Oman",
        "Twelve tankers were targeted in the Gulf of Oman over the year, the maritime agency said.",
    ),
    (
        "attack",
        "Nuseirat killings",
        "The Nuseirat killings prompted calls for an independent inquiry.",
    ),
    (
        "attack",
        "fighters stormed the Al-Shifa compound",
        "Fighters stormed the Al-Shifa compound before dawn, according to staff.",
    ),
    (
        "attack",
        "troops took control of Kupiansk",
        "Russian troops took control of Kupiansk's northern district, a military blogger wrote.",
    ),
    (
        "strike",
        "artillery fire on Kherson's river districts",
        "Kherson's river districts came under heavy artillery fire through the night.",
    ),
    (
        "strike",
        "mortar fire on villages near Sderot",
        "Villages near Sderot were under mortar fire for much of the afternoon.",
    ),
]:
    event(FORCE, True, kind, description, sentence)

# force-shapes: must fail
for kind, description, sentence in [
    (
        "attack",
        "rebels take Goma",
        "The rebels threatened to take Goma within days unless talks resumed.",
    ),
    ("attack", "troops captured Bakhmut", "The army denied that its troops had captured Bakhmut."),
    (
        "attack",
        "militia seized the airport",
        "The militia did not seize the airport, officials insisted.",
    ),
    (
        "attack",
        "aid trucks reached the camp",
        "Aid trucks reached the camp on Tuesday, two days after rebels captured the town of Kiwanja.",
    ),
    (
        "attack",
        "Dissanayake took office",
        "Anura Kumara Dissanayake took office on Monday in Colombo.",
    ),
    (
        "attack",
        "soldiers took part in the exchange",
        "Soldiers from both armies took part in the exchange at the crossing.",
    ),
    (
        "attack",
        "fighters overran Pokrovsk",
        "Analysts warned that the fighters could overrun Pokrovsk by the spring.",
    ),
    (
        "attack",
        "commanders stormed the capital",
        "Commanders vowed to storm the capital before the rains.",
    ),
    (
        "attack",
        "minister took Putin's call",
        "The minister took Putin's call late on Friday evening.",
    ),
    (
        "strike",
        "warehouse fire in the port",
        "Fire crews fought a warehouse fire in the port until dawn.",
    ),
    (
        "attack",
        "plans to seize the bridge",
        "Plans to seize the bridge were shelved after the storm.",
    ),
    (
        "attack",
        "government declared a curfew",
        "The government declared a curfew in Mogadishu after gunmen took the Hotel Sahafi.",
    ),
]:
    event(FORCE, False, kind, description, sentence)

# loss-flight-aid: must pass
for kind, description, sentence in [
    (
        "casualties",
        "village lost seven men to the storm surge",
        "The fishing village lost seven men to the storm surge, the district office said.",
    ),
    (
        "casualties",
        "battalion lost forty soldiers",
        "The battalion lost forty soldiers in the first week of the offensive.",
    ),
    (
        "casualties",
        "Be'eri lost more than a hundred residents",
        "Kibbutz Be'eri lost more than a hundred residents that morning.",
    ),
    (
        "displacement",
        "mass flight from border villages",
        "The shelling set off a mass flight from the border villages.",
    ),
    (
        "displacement",
        "exodus of Armenians from Nagorno-Karabakh",
        "An exodus of some 100,000 Armenians from Nagorno-Karabakh followed within a week.",
    ),
    (
        "displacement",
        "flight of 20,000 families from Rafah",
        "The flight of 20,000 families from Rafah left whole streets empty.",
    ),
    (
        "aid_resumption",
        "UN convoy reached Kadugli",
        "A UN convoy reached Kadugli on Thursday, the first in four months.",
    ),
    (
        "aid_resumption",
        "food deliveries crossed into Tigray",
        "Food deliveries crossed into Tigray again after a five-month blockade.",
    ),
    (
        "aid_resumption",
        "medicine arrived at Nasser hospital",
        "Medicine arrived at the Nasser hospital, which had gone weeks without supplies.",
    ),
    ("vote", "Russia vetoed the draft", "Russia vetoed the draft on Friday, its third this year."),
    (
        "vote",
        "resolutions vetoed in the Security Council",
        "Two resolutions were vetoed in the Security Council in October.",
    ),
]:
    event(LOSS, True, kind, description, sentence)

# loss-flight-aid: must fail
for kind, description, sentence in [
    ("casualties", "Labour lost four seats", "Labour lost four seats in the by-elections."),
    (
        "casualties",
        "army lost ground near Avdiivka",
        "The army lost ground near Avdiivka over the weekend.",
    ),
    (
        "casualties",
        "no soldiers lost in the operation",
        "No soldiers were lost in the operation, the ministry said.",
    ),
    (
        "displacement",
        "first flight to Beirut",
        "The first flight to Beirut in a month landed on Tuesday.",
    ),
    (
        "displacement",
        "their flight was delayed",
        "Their flight was delayed by six hours at Larnaca.",
    ),
    (
        "displacement",
        "mass flight from the city",
        "Officials denied reports of a mass flight from the city.",
    ),
    (
        "aid_resumption",
        "aid trucks reached the border",
        "Aid trucks reached the border crossing on Monday, as they do every week.",
    ),
    (
        "aid_resumption",
        "aid reached Zamzam",
        "No aid has reached Zamzam since May, the agency said.",
    ),
    (
        "aid_resumption",
        "aid to reach the camp",
        "Aid may reach the camp next month, the first in a year, if the road holds.",
    ),
    ("vote", "US veto of the draft", "The United States threatened to veto the draft."),
    ("vote", "France veto of the resolution", "France said it would not veto the resolution."),
    (
        "casualties",
        "the unit's losses",
        "Commanders warned that the unit could lose dozens of soldiers.",
    ),
]:
    event(LOSS, False, kind, description, sentence)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
