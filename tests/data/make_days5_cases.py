# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the days-5 set (``grounding_days5.jsonl``), written after outside checks 22 and 23:
relative periods, postponed and earlier meetings' days, and days, years and captions that
belong to something else, by category:

- ``relative-periods``: a value naming a relative period ("last week", "in recent days",
  "earlier this month", "next week") written in its evidence as that period ("the past week"
  and "the previous week" for "last week", "in recent days" or "the past few days" for "the
  last few days", a plain "this week" for "earlier this week"), also beside a day (pass); a
  period its evidence does not write, another unit or direction ("last month" for "last
  week", "later this week" for "earlier this week"), or one the sentence gives to another
  occasion, announcement or earlier meeting (fail);
- ``moved-rounds``: a meeting's new day after "postponed ... to", the day of a meeting that
  goes ahead, a round's own day (pass); a postponed meeting's old day ("postpone the meeting
  that was to be held 28-29 January", "postponed Tuesday's summit") or an earlier round's day
  in a sentence that dates the next one ("later this month, to follow up on the progress made
  in talks in Stockholm in December") (fail);
- ``other-days``: an event's day in its own clause, a bill's own year, a truce's start
  written in the body under a caption, a value that writes its own bound ("beyond mid-June")
  (pass); the day of what an offset clause reports ("a day after the truce signing on
  Saturday"), another bill's year or day ("A similar bill stalled in the House in 2016"), a
  lower bound as the time ("beyond mid-June"), a photo caption's date ("... January 9, 2025.
  REUTERS/Staff") as a truce's start (fail).

Run ``python tests/data/make_days5_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_days5.jsonl")

LEADS = [
    "Lakeside Observer | World",
    "From the Meridian Wire newsroom.",
    "Evening bulletin of the Savanna Post.",
    "Harbour Times, translated from the Portuguese edition.",
]

built = SupportCases("d5", LEADS, closing="More details are expected.")
add = built.add
article = built.page


def when(category: str, value: str, sentence: str, expect: bool, what: str = "fighting") -> None:
    fact = {"kind": "other", "description": what, "when": value, "evidence": [sentence]}
    add(category, expect, f"when {value!r}: {sentence[:60]}", article(sentence),
        {"events": [fact]}, "events[0].when")  # fmt: skip


def starts(category: str, value: str, sentence: str, expect: bool) -> None:
    fact = {"kind": "full", "starts": value, "evidence": [sentence]}
    add(category, expect, f"starts {value!r}: {sentence[:60]}", article(sentence),
        {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


def timing(category: str, value: str, sentence: str, expect: bool) -> None:
    """A summit of William Ruto and Yoweri Museveni planned for ``value``."""
    fact = {"parties": ["William Ruto", "Yoweri Museveni"], "planned_timing": value,
            "evidence": [sentence]}  # fmt: skip
    add(category, expect, f"planned_timing {value!r}: {sentence[:60]}", article(sentence),
        {"summits": [fact]}, "summits[0].planned_timing")  # fmt: skip


def introduced(category: str, value: str, sentences: list[str], expect: bool) -> None:
    fact = {"instrument": "bill", "introduced": value, "evidence": sentences}
    add(category, expect, f"introduced {value!r}: {' '.join(sentences)[:60]}",
        article(*sentences), {"sanctions": [fact]}, "sanctions[0].introduced")  # fmt: skip


def caption(value: str, caption_line: str, body: str, expect: bool) -> None:
    """A truce's start, the evidence the caption line and the body sentence under it."""
    fact = {"kind": "full", "starts": value, "evidence": [caption_line, body]}
    text = f"{LEADS[len(built.cases) % len(LEADS)]}\n\n{caption_line}\n\n{body}\n"
    add("other-days", expect, f"starts {value!r} under a caption: {caption_line[:50]}", text,
        {"ceasefires": [fact]}, "ceasefires[0].starts")  # fmt: skip


# fmt: off
PERIOD_WHEN_PASS = [
    ("last week", "Clashes broke out along the border last week, villagers said."),
    ("last week", "Over the past week, militias shelled three villages near the lake."),
    ("last week", "Shelling intensified in the previous week, according to the monitors."),
    ("last few days", "The escalation of hostilities over the last few days has killed dozens."),
    ("last few days", "Dozens of families fled in recent days as the fighting spread."),
    ("in recent days", "Drone strikes on the port have multiplied over the past few days."),
    ("earlier this week", "Rebels seized the airport earlier this week, the governor said."),
    ("earlier this week", "This week the rebels seized the airport, the governor said."),
    ("this week", "Gunmen attacked a convoy earlier this week near the river crossing."),
    ("last month", "According to the UN, raids on the camps rose sharply last month."),
    ("early last month", "Early last month the insurgents overran two army posts."),
    ("last weekend", "Fighting flared in the capital over the weekend, residents said."),
    ("next week", "Aid convoys are due to resume next week, the agency said."),
    ("last week", "Militias torched the market a week ago, traders told the Post."),
    ("a few days ago", "In recent days, the rebels have shot down two drones."),
    ("the last week of March", "Shelling peaked in the last week of March, the monitors said."),
]
PERIOD_WHEN_FAIL = [
    ("last week", "Clashes broke out along the border last month, villagers said."),
    ("last week", "Clashes broke out along the border on Tuesday, villagers said."),
    ("last week", "Aid convoys are due to resume next week, the agency said."),
    ("earlier this week", "Rebels are expected to attack the airport later this week, the governor said."),
    ("last few days", "The escalation of hostilities has killed dozens, the spokesperson said."),
    ("last month", "Raids on the camps rose sharply last week, according to the UN."),
    ("next month", "Aid convoys are due to resume next week, the agency said."),
    ("in recent weeks", "Drone strikes on the port have multiplied over the past few days."),
    ("this week", "Gunmen attacked a convoy last week near the river crossing."),
    ("last weekend", "Fighting flared in the capital on Thursday, residents said."),
    ("late last month", "Early last month the insurgents overran two army posts."),
    ("last week", "The top senators also announced a bipartisan proposal, aides said."),
    ("last week", "Militias torched the market a month ago, traders told the Post."),
    ("a week ago", "Militias torched the market yesterday, traders told the Post."),
    ("the last week of March", "Shelling peaked in the last week of April, the monitors said."),
]
PERIOD_OTHER_PASS = [
    ("next week", "Ruto and Museveni will meet in Kampala next week, State House said."),
    ("next week", "Next week's summit between Ruto and Museveni will focus on the border."),
    ("later this month", "A summit of Ruto and Museveni due later this month has been confirmed."),
    ("this week", "Ruto and Museveni hold talks this week on the oil pipeline."),
    ("in the coming weeks", "Ruto and Museveni are set to meet in the coming weeks, officials said."),
    ("last week", "Ruto said last week, after touring the border and then meeting Museveni, that trade would resume."),
]
PERIOD_OTHER_FAIL = [
    ("next week", "Ruto and Museveni will meet on Friday; a state banquet follows next week."),
    ("last month", "Ruto and Museveni, who last met at last month's summit in Arusha, will talk again in May."),
    ("this week", "Ruto and Museveni will meet on Monday, State House said this week."),
    ("next week", "Ruto and Museveni will hold talks on Friday, and their aides meet next week."),
    ("next month", "Ruto and Museveni will meet this week, ahead of a press conference next month."),
    ("last week", "Ruto said last week that he would meet Museveni in Kampala in May."),
]
START_PERIOD_PASS = [
    ("next week", "The truce takes effect next week, the mediators said."),
    ("earlier this month", "The ceasefire, in force since earlier this month, has largely held."),
]
START_PERIOD_FAIL = [
    ("last week", "Last week, the army announced a truce that begins on Friday."),
    ("next week", "The truce begins on Sunday and is due to run until next week."),
]
INTRO_PERIOD_PASS = [
    (["Senators Ada Marsh and Tom Reyes introduced the sanctions bill last week."], "last week"),
]
INTRO_PERIOD_FAIL = [
    (["The sanctions bill introduced in March was debated last week."], "last week"),
]

MOVED_PASS = [
    ("14-16 April", "Because of the outbreak, it was prudent to postpone the meeting that was to be held 28-29 January to 14-16 April."),
    ("Friday", "Officials postponed the summit of Ruto and Museveni, scheduled for Tuesday, to Friday."),
    ("March 9", "Nairobi delayed the Ruto-Museveni talks until March 9, citing the floods."),
    ("Tuesday", "The meeting of Ruto and Museveni that was to be held on Tuesday went ahead as planned."),
    ("Thursday", "Ruto and Museveni will meet on Thursday, a summit first mooted in Mombasa."),
    ("June 3", "The talks, postponed from May 28, will now open on June 3, State House said."),
    ("later this month", "The UN hopes to bring Ruto and Museveni together later this month, to follow up on the progress made in talks in Arusha in December."),
    ("December", "Ruto and Museveni held talks in Arusha in December, their first since the dispute."),
    ("May", "The progress made in talks in Arusha in May surprised diplomats."),
    ("Monday", "Ruto and Museveni agreed at talks in Entebbe on Monday to reopen the border."),
    ("next month", "The envoys said Ruto and Museveni would meet next month to build on the deal reached at the Arusha summit."),
    ("Wednesday", "Ruto and Museveni's summit, which had been postponed twice, took place on Wednesday."),
    ("Friday", "The leaders postponed the summit, which is to be held on Friday instead."),
]
MOVED_FAIL = [
    ("28-29 January", "Because of the outbreak, it was prudent to postpone the meeting that was to be held 28-29 January."),
    ("Tuesday", "Officials postponed the summit of Ruto and Museveni that had been scheduled for Tuesday."),
    ("Tuesday", "Kampala postponed Tuesday's meeting between Ruto and Museveni, giving no new date."),
    ("March 3", "The two governments have agreed to defer the talks that were to take place on March 3."),
    ("May 28", "Nairobi delayed the summit of Ruto and Museveni planned for May 28 because of the floods."),
    ("June 12", "Organisers were forced to postpone the meeting due on June 12, the secretariat said."),
    ("December", "The UN hopes to bring Ruto and Museveni together later this month, to follow up on the progress made in talks in Arusha in December."),
    ("May", "Ruto and Museveni will meet next week to build on the deal reached at the Arusha summit in May."),
    ("March", "The leaders meet again on Friday to follow up on the talks in Entebbe in March."),
    ("last month", "Ruto and Museveni will meet on Friday, aiming to consolidate the gains achieved at the summit last month."),
    ("October", "Envoys expect Ruto and Museveni to meet in January, after the headway made at talks in Naivasha in October."),
    ("14 April", "A summit is planned for June, building on the progress made during talks in Jinja on 14 April."),
]

OTHER_WHEN_PASS = [
    ("Saturday", "Fighting flared on Saturday, a day after the truce signing.", "fighting flared"),
    ("Saturday", "Fighting flared shortly after midnight on Saturday, residents said.", "fighting flared"),
    ("Saturday", "After the agreement was announced Saturday, the president called for calm.", "the agreement was announced"),
    ("Monday", "Two days after the signing ceremony on Monday, the accord was published.", "the signing ceremony"),
    ("Sunday", "Clashes resumed on Sunday, hours before the vote.", "clashes resumed"),
    ("Friday", "Militias shelled the town on Friday after talks collapsed.", "militias shelled the town"),
]
OTHER_WHEN_FAIL = [
    ("Saturday", "Fighting flared a day after the truce signing on Saturday.", "fighting flared"),
    ("Monday", "Clashes erupted hours after the army withdrew on Monday, residents said.", "clashes erupted"),
    ("Friday", "The rebels struck two days after the accord was signed on Friday.", "rebel attack"),
    ("Tuesday", "Shelling resumed just hours before the envoy's visit on Tuesday.", "shelling resumed"),
    ("Sunday", "Looting broke out the day after the election on Sunday.", "looting broke out"),
    ("Thursday", "A week after the talks in Doha on Thursday, drones hit the port.", "drones hit the port"),
]
YEAR_PASS = [
    (["Senators Ada Marsh and Tom Reyes introduced the sanctions bill in 2019.", "A similar bill stalled in the House in 2016."], "2019"),
    (["The measure, first introduced in 2017, was revived this spring."], "2017"),
    (["A similar bill stalled in 2016; the new bill was introduced in 2018 by Marsh."], "2018"),
    (["Reyes filed the bill on Tuesday, unlike a previous bill he shelved."], "Tuesday"),
    (["The sanctions bill was introduced on Wednesday by Marsh and Reyes."], "Wednesday"),
    (["A similar bill was introduced in the House on Thursday by Rep. Dana Lee."], "Thursday"),
    (["Marsh's previous sanctions bill, tabled in 2020, was blocked by leaders."], "2020"),
]
YEAR_FAIL = [
    (["A similar bill stalled in the House in 2016.", "Senators introduced the new sanctions bill on Tuesday."], "2016"),
    (["The senators introduced the bill on Tuesday.", "A similar bill died in committee in 2019."], "2019"),
    (["Marsh and Reyes filed the sanctions bill this week.", "An earlier version of the measure was introduced in 2015 and never reached a vote."], "2015"),
    (["Marsh's previous sanctions bill, tabled in 2020, was blocked by leaders.", "Her new bill was introduced on Friday."], "2020"),
    (["Reyes first backed a separate measure on Monday.", "The sanctions bill itself came later."], "Monday"),
    (["A similar bill was introduced in the House on Thursday by Rep. Dana Lee.", "Marsh's own sanctions bill was filed in March."], "Thursday"),
]
BOUND_PASS = [
    ("beyond mid-June", "Some officials said it would be better to postpone the summit of Ruto and Museveni beyond mid-June."),
    ("June 20", "The summit of Ruto and Museveni will be held on June 20, beyond the rainy season."),
    ("no earlier than Friday", "The truce will start no earlier than Friday, the mediators said."),
    ("Monday", "The truce starts on Monday, well beyond the deadline the mediators set."),
]
BOUND_FAIL = [
    ("mid-June", "Some officials said it would be better to postpone the summit of Ruto and Museveni beyond mid-June."),
    ("June 15", "It would be better to postpone the Ruto-Museveni talks until after June 15, an aide said."),
    ("Friday", "The truce will start no earlier than Friday, the mediators said."),
    ("March", "Ruto and Museveni are unlikely to meet beyond early March, diplomats said."),
]
CAPTION_PASS = [
    ("Sunday", "Displaced families queue for aid in Rafah, January 9, 2025. REUTERS/Staff", "The truce starts on Sunday."),
    ("Friday", "Soldiers patrol near Goma on March 3, 2024. (AFP)", "The truce takes effect on Friday."),
    ("March 5", "A woman walks past rubble in Aleppo, March 1. Photo: Lena Haddad", "The ceasefire begins on March 5, the envoys said."),
    ("October 2", "Fighters rest outside Marib on September 30, 2023. AP Photo/Ali Nasser", "A truce began on October 2 across the province."),
    ("May 20", "Residents gather in Khartoum, May 18, 2023. (Photo by Getty Images)", "The seven-day truce took effect on May 20."),
]
CAPTION_FAIL = [
    ("January 9, 2025", "Displaced families queue for aid in Rafah, January 9, 2025. REUTERS/Staff", "The truce starts on Sunday."),
    ("March 3, 2024", "Soldiers patrol near Goma on March 3, 2024. (AFP)", "The truce takes effect on Friday."),
    ("March 1", "A woman walks past rubble in Aleppo, March 1. Photo: Lena Haddad", "The ceasefire begins on March 5, the envoys said."),
    ("September 30, 2023", "Fighters rest outside Marib on September 30, 2023. AP Photo/Ali Nasser", "A truce began on October 2 across the province."),
    ("May 18, 2023", "Residents gather in Khartoum, May 18, 2023. (Photo by Getty Images)", "The seven-day truce took effect on May 20."),
]
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    cat = "relative-periods"
    for expect, (value, sentence) in verdicts(PERIOD_WHEN_PASS, PERIOD_WHEN_FAIL):
        when(cat, value, sentence, expect)
    for expect, (value, sentence) in verdicts(PERIOD_OTHER_PASS, PERIOD_OTHER_FAIL):
        timing(cat, value, sentence, expect)
    for expect, (value, sentence) in verdicts(START_PERIOD_PASS, START_PERIOD_FAIL):
        starts(cat, value, sentence, expect)
    for expect, (sentences, value) in verdicts(INTRO_PERIOD_PASS, INTRO_PERIOD_FAIL):
        introduced(cat, value, sentences, expect)
    for expect, (value, sentence) in verdicts(MOVED_PASS, MOVED_FAIL):
        timing("moved-rounds", value, sentence, expect)
    cat = "other-days"
    for expect, (value, sentence, what) in verdicts(OTHER_WHEN_PASS, OTHER_WHEN_FAIL):
        when(cat, value, sentence, expect, what)
    for expect, (sentences, value) in verdicts(YEAR_PASS, YEAR_FAIL):
        introduced(cat, value, sentences, expect)
    for expect, (value, sentence) in verdicts(BOUND_PASS, BOUND_FAIL):
        (starts if "truce" in sentence else timing)(cat, value, sentence, expect)
    for expect, (value, line, body) in verdicts(CAPTION_PASS, CAPTION_FAIL):
        caption(value, line, body, expect)
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
