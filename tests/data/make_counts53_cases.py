# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 53's counts (``grounding_counts53.jsonl``): value-support cases for a
counted thing away from its number, another count's number, and hedges, by category, each
with what must pass and what must fail:

- ``count-hedge``: a hedge read as its qualifier: "now exceeds 1,500" and "tops 280" are more
  than, "Some 60" is about, "a little under 900" is nearly (and less than), "upwards of",
  "no fewer than"; the exact number (or another bound) for a hedged one is refused; a verb's
  particle ("handed over 95 soldiers") is no hedge, "freed over 40" still is;
- ``count-anaphor``: a word for any count with a determiner ("puts the number at 6,300",
  "that number rose to 97") stands for what the sentence before counts; refused when that
  sentence counts another thing, when "the number of ..." names its own, or when the thing was
  named two sentences back;
- ``counted-verb``: a count named by a verb the count's "-ing" word is ("11 abstained" for
  members abstaining) or a noun the rules do not list ("Six Leopards were knocked out");
  another side's number is refused;
- ``carried-part``: a part "N of them ..." whose whole is counted in the sentence before ("...
  injuring 65 passengers." "Nearly 50 of them were rescued by fishermen.") counts the part the
  rest of its clause tells; "N of the people ... are still held" counts people still held; a
  part told in the singular ("one of them was a child") counts the plural ("children"); the
  whole's words and a part with no larger number before it are refused;
- ``sibling-count``: a number that is another count of the same fact (the first 13 hostages
  due on Friday for the 50 to be freed; 28 vessels for 61 people blacklisted) is refused even
  beside a word the count accepts; two counts of the same number that fit alike both pass;
- ``answered-length``: a truce's length answering an explainer's question ("How long will it
  last?" "Four days, and it can be extended.") is its length; an answer to a question about
  another thing, or a number not opening the answer, is refused.

Run ``python tests/data/make_counts53_cases.py`` to rebuild it. The facts are real or realistic
(strikes, floods, votes, sanctions, swaps and truces as outlets report them), the sentences
written for this set; each verdict is what a careful fact-checker reads in the text, decided
when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_counts53.jsonl")

built = SupportCases(
    "c53",
    leads=[
        "NAIROBI (East Africa Wire) -",
        "By Ines Carvalho | The Atlantic Mirror",
        "NEWS IN BRIEF | The Northern Standard",
        "From our correspondent in Manila, The Pacific Letter.",
        "LONDON, Thames Courier -",
        "Regional desk, The Valley Gazette.",
    ],
)
HEDGE, ANAPHOR, VERB = "count-hedge", "count-anaphor", "counted-verb"
PART, SIBLING, ANSWER = "carried-part", "sibling-count", "answered-length"
PUBLISHED = "2025-06-02"
EXACT, MORE, ABOUT, NEARLY = "exact", "more_than", "about", "nearly"
LESS, LEAST = "less_than", "at_least"
Count = tuple[str, float, str]


def counts(
    category: str, sentences: list[str], passes: list[Count], fails: list[Count],
    kind: str = "events", evidence: list[str] | None = None,
) -> None:  # fmt: skip
    """A fact of ``kind`` with one count (what, value, qualifier) on a page of ``sentences``
    (one paragraph each; the evidence is ``evidence``, else all of them): each of ``passes``
    is stated there, each of ``fails`` is not."""
    text = built.page(*sentences)
    chosen = evidence if evidence is not None else sentences
    for expect, (what, value, qualifier) in verdicts(passes, fails):
        why = f"{what} {qualifier} {value:g}: " + (
            "the count the passage states" if expect else "not this count's number or hedge"
        )
        counted = [(what, value, qualifier)]
        built.fact_counts(category, expect, why, text, counted, list(chosen), PUBLISHED, kind)


def siblings(
    sentences: list[str], counts_: list[Count], index: int, passes: list[float],
    fails: list[float], kind: str = "events",
) -> None:  # fmt: skip
    """A fact with several counts (``counts_``, each correct) backed by ``sentences``: the
    count at ``index`` set to each of ``passes`` is stated, to each of ``fails`` (another of
    the fact's counts' number) is not."""
    text = built.page(*sentences)
    what, _, qualifier = counts_[index]
    for expect, value in verdicts(passes, fails):
        changed = [*counts_]
        changed[index] = (what, value, qualifier)
        why = f"{what} {value:g}: " + (
            "its own number" if expect else "another count of the same fact"
        )
        built.fact_counts(SIBLING, expect, why, text, changed, list(sentences), PUBLISHED, kind,
                          index)  # fmt: skip


def length(paragraphs: list[str], evidence: list[str], passes: list[int], fails: list[int]) -> None:
    """A truce backed by ``evidence`` on a Q&A page of ``paragraphs``: each of ``passes`` is
    its length in days, each of ``fails`` is not."""
    text = built.page(*paragraphs)
    for line in evidence:
        assert line in text, line
    for expect, value in verdicts(passes, fails):
        fact = {"kind": "full", "status": "agreed", "evidence": evidence,
                "duration_days": {"value": value, "qualifier": EXACT}}  # fmt: skip
        facts = {"article": {"headline": None, "outlet": None, "byline": None,
                             "published": PUBLISHED}, "ceasefires": [fact]}  # fmt: skip
        why = f"duration {value} days: " + ("the answer's length" if expect else "not its length")
        built.add(ANSWER, expect, why, text, facts, "ceasefires[0].duration_days")


# --- count-hedge: a hedge read as its qualifier -------------------------------------------

counts(HEDGE, ["The death toll from the siege of El Fasher now exceeds 1,500, local medics say."],
       [("people killed", 1500, MORE)], [("people killed", 1500, EXACT), ("people killed", 1500, LESS)])  # fmt: skip
counts(HEDGE, ["Some 60 journalists have been detained since the coup, a press-freedom group said on Monday."],
       [("journalists detained", 60, ABOUT)], [("journalists detained", 60, EXACT)])  # fmt: skip
counts(HEDGE, ["Nearly 300 families have been moved into tents outside Derna since the dams burst."],
       [("families moved into tents", 300, NEARLY)], [("families moved into tents", 300, EXACT)])  # fmt: skip
counts(HEDGE, ["Upwards of 2,000 fans were turned away at the stadium gates, the club admitted."],
       [("fans turned away", 2000, MORE)], [("fans turned away", 2000, EXACT)])  # fmt: skip
counts(HEDGE, ["No fewer than 17 ministers signed the letter to the prime minister, The Times reported."],
       [("ministers who signed the letter", 17, LEAST)], [("ministers who signed the letter", 17, EXACT)])  # fmt: skip
counts(HEDGE, ["A little under 900 ballots were spoiled in the district, the electoral commission said."],
       [("ballots spoiled", 900, NEARLY), ("ballots spoiled", 900, LESS)],
       [("ballots spoiled", 900, MORE), ("ballots spoiled", 900, EXACT)])  # fmt: skip
counts(HEDGE, ["The number of aid workers killed this year now tops 280, the UN's humanitarian office said."],
       [("aid workers killed", 280, MORE)], [("aid workers killed", 280, EXACT)])  # fmt: skip
counts(HEDGE, ["Refugees registered in camps around Goma exceed 120,000, the UNHCR said on Tuesday."],
       [("refugees registered", 120000, MORE)], [("refugees registered", 120000, EXACT)])  # fmt: skip
counts(HEDGE, ["A little over 3,000 troops will stay in the country after the drawdown, the ministry said."],
       [("troops staying", 3000, ABOUT), ("troops staying", 3000, MORE)],
       [("troops staying", 3000, EXACT), ("troops staying", 3000, LESS)])  # fmt: skip
counts(HEDGE, ["Some eight of the crew were still unaccounted for on Thursday evening, the coastguard said."],
       [("crew members unaccounted for", 8, ABOUT)], [("crew members unaccounted for", 8, EXACT)])  # fmt: skip

# A verb's particle "over" before its object's number is no hedge ("handed over 95").
counts(HEDGE, ["On Friday Russia handed over 95 Ukrainian soldiers at the Belarusian border."],
       [("Ukrainian soldiers handed over", 95, EXACT)], [("Ukrainian soldiers handed over", 95, LESS)])  # fmt: skip
counts(HEDGE, ["The ministry turned over 1,200 pages of documents to the committee on Monday."],
       [("pages turned over", 1200, EXACT)], [])  # fmt: skip
counts(HEDGE, ["The rebels freed over 40 hostages on Monday, the army said."],
       [("hostages freed", 40, MORE)], [("hostages freed", 40, EXACT)])  # fmt: skip

# --- count-anaphor: "the number" for what the sentence before counts ------------------------

counts(ANAPHOR, ["By March the petition against the quarry had drawn 4,100 signatures.", "Organisers now put the number at 6,300."],
       [("signatures on the petition", 6300, EXACT)], [])  # fmt: skip
counts(ANAPHOR, ["By March the council had logged 40 complaints about the quarry.", "Organisers now put the number at 6,300."],
       [], [("signatures on the petition", 6300, EXACT)])  # fmt: skip
counts(ANAPHOR, ["Last week the resolution had 31 co-sponsors in the House.", "Committee staff say the number has since climbed to 47."],
       [("co-sponsors", 47, EXACT)], [], kind="sanctions")  # fmt: skip
counts(ANAPHOR, ["Last week the committee had held 31 hearings on the measure.", "Committee staff say the number has since climbed to 47."],
       [], [("co-sponsors", 47, EXACT)], kind="sanctions")  # fmt: skip
counts(ANAPHOR, ["Rescue teams had pulled 112 survivors from the rubble by Tuesday night.", "On Wednesday the civil defence put that number at 140."],
       [("survivors pulled from the rubble", 140, EXACT)], [])  # fmt: skip
counts(ANAPHOR, ["Rescue teams had searched 112 collapsed buildings by Tuesday night.", "On Wednesday the civil defence put that number at 140."],
       [], [("survivors pulled from the rubble", 140, EXACT)])  # fmt: skip
counts(ANAPHOR, ["Early counts showed 2,300 people sheltering in schools across Valencia.", "City officials now put the number at 3,150."],
       [("people sheltering in schools", 3150, EXACT)], [])  # fmt: skip
counts(ANAPHOR, ["Early counts showed 2,300 homes without power across Valencia.", "City officials now put the number at 3,150."],
       [], [("people sheltering in schools", 3150, EXACT)])  # fmt: skip
counts(ANAPHOR, ["At the start of the week the strike had shut 14 garment factories in Dhaka.", "Union leaders now put the number at 22."],
       [("factories shut", 22, EXACT)], [("workers on strike", 22, EXACT)])  # fmt: skip
counts(ANAPHOR, ["On Monday the airline had cancelled 90 flights out of Frankfurt.", "The number stood at 160 by Tuesday night."],
       [("flights cancelled", 160, EXACT)], [("passengers stranded", 160, EXACT)])  # fmt: skip
counts(ANAPHOR, ["Councils in Kent had recorded 63 flooded homes by Thursday.", "That number rose to 97 over the weekend."],
       [("homes flooded", 97, EXACT)], [("people evacuated", 97, EXACT)])  # fmt: skip
counts(ANAPHOR, ["The dock strike had idled 70 ships by Monday.", "Port officials said the number of crew stuck aboard was 900."],
       [], [("ships idled", 900, EXACT)])  # fmt: skip
counts(ANAPHOR, ["Volunteers had gathered 300 signatures by June.", "The council met on Friday to discuss the plan.", "Organisers put the number at 700."],
       [], [("signatures gathered", 700, EXACT)])  # fmt: skip
counts(ANAPHOR, ["The UN agency had counted 48 aid convoys into the north by mid-month.", "Its latest update puts the number at 61."],
       [("aid convoys into the north", 61, EXACT)], [("aid workers in the north", 61, EXACT)])  # fmt: skip
counts(ANAPHOR, ["Back in March, 230 companies had pledged to leave the Russian market.", "Researchers at Yale now put the number at over 1,000."],
       [("companies pledging to leave", 1000, MORE)], [("companies pledging to leave", 1000, EXACT)])  # fmt: skip

counts(ANAPHOR, ["By Friday the appeal had drawn pledges from 1,800 donors.", "The charity now puts the number at 2,450."],
       [("donors", 2450, EXACT)], [])  # fmt: skip

# --- counted-verb: a count named by a verb or a noun the rules do not list ------------------

counts(VERB, ["Ninety-two voted yes and 11 abstained."],
       [("members abstaining", 11, EXACT)], [("members abstaining", 92, EXACT)])  # fmt: skip
counts(VERB, ["In the Bundestag, 374 backed the bill, 251 opposed it and 16 abstained."],
       [("MPs abstaining", 16, EXACT)], [("MPs abstaining", 251, EXACT), ("MPs abstaining", 374, EXACT)])  # fmt: skip
counts(VERB, ["Of the delegates, 63 are boycotting the session, organisers said."],
       [("delegates boycotting the session", 63, EXACT)], [])  # fmt: skip
counts(VERB, ["Across the province 1,200 nurses are picketing hospitals this week."],
       [("nurses picketing", 1200, EXACT)], [])  # fmt: skip
counts(VERB, ["Six Leopards were knocked out in the first week of the offensive, analysts said."],
       [("tanks knocked out", 6, EXACT)], [])  # fmt: skip
counts(VERB, ["Twelve Shaheds were shot down over the capital overnight and four struck power plants."],
       [("drones shot down", 12, EXACT)], [("drones shot down", 4, EXACT)])  # fmt: skip
counts(VERB, ["Of the 27 member states, 19 were supporting the proposal and eight were still undecided."],
       [("member states supporting", 19, EXACT)], [("member states supporting", 8, EXACT)])  # fmt: skip
counts(VERB, ["Turnout was low: 480 voters were queueing at noon, and 35 polling stations never opened."],
       [("voters queueing at noon", 480, EXACT)], [("voters queueing at noon", 35, EXACT)])  # fmt: skip
counts(VERB, ["In the council vote, 40 approved the budget while seven abstained and two walked out."],
       [("members abstaining", 7, EXACT)], [("members abstaining", 40, EXACT), ("members abstaining", 2, EXACT)])  # fmt: skip
counts(VERB, ["By Friday 2,400 residents were evacuating the valley, and 300 refused to leave."],
       [("residents evacuating", 2400, EXACT)], [("residents evacuating", 300, EXACT)])  # fmt: skip
counts(VERB, ["In the vote on the motion, 301 voted in favour and 12 abstained."],
       [("members abstaining", 12, EXACT)], [("members abstaining", 301, EXACT)])  # fmt: skip
counts(VERB, ["Fifteen Patriots are deployed in Poland, the defence ministry said."],
       [("missile batteries deployed", 15, EXACT)], [])  # fmt: skip


# --- carried-part: "N of them" after a sentence counting the whole -------------------------

counts(PART, ["Rescuers brought 33 miners to the surface overnight.", "Some twenty of them were taken to hospital in Copiapó."],
       [("miners taken to hospital", 20, ABOUT)],
       [("miners taken to hospital", 20, EXACT), ("miners brought to the surface", 20, ABOUT)])  # fmt: skip
counts(PART, ["Sixty of the people evacuated from the tower block are still in hotels, the council said."],
       [("people still in hotels", 60, EXACT)], [("people evacuated", 60, EXACT)])  # fmt: skip
counts(PART, ["Twelve of the people arrested during Saturday's march have since been charged, police said."],
       [("people charged", 12, EXACT)], [("people arrested", 12, EXACT)])  # fmt: skip
counts(PART, ["Fire crews evacuated 140 residents from the tower.", "About thirty of them spent the night in a sports hall."],
       [("residents who spent the night in a sports hall", 30, ABOUT)], [("residents evacuated", 30, ABOUT)])  # fmt: skip
counts(PART, ["The ferry was carrying 65 passengers when it capsized.", "Nearly 50 of them were rescued by fishermen."],
       [("passengers rescued by fishermen", 50, NEARLY)],
       [("passengers on board", 50, NEARLY), ("passengers rescued by fishermen", 50, EXACT)])  # fmt: skip
counts(PART, ["Police detained 18 protesters outside parliament.", "Five of them were minors, a spokesman said."],
       [("minors detained", 5, EXACT)], [("protesters detained", 5, EXACT)])  # fmt: skip
counts(PART, ["The earthquake destroyed 400 homes in the valley.", "Roughly 120 of them were built of mud brick."],
       [("mud-brick homes destroyed", 120, ABOUT)], [("homes destroyed", 120, ABOUT)])  # fmt: skip
counts(PART, ["Airlines cancelled 220 flights at Heathrow on Friday.", "Some 90 of them were long-haul."],
       [("long-haul flights cancelled", 90, ABOUT)], [("flights cancelled", 90, ABOUT)])  # fmt: skip
counts(PART, ["The health team tested 1,500 residents for cholera.", "Only 23 of those tested positive."],
       [("residents who tested positive", 23, EXACT)], [])  # fmt: skip
counts(PART, ["The storm reached the coast on Tuesday night.", "Eight of them are in hospital."],
       [], [("people in hospital", 8, EXACT)])  # fmt: skip
counts(PART, ["A bus overturned near Mbeya on Sunday, injuring 27 passengers.", "Nine of them are in intensive care."],
       [("passengers in intensive care", 9, EXACT)], [("passengers injured", 9, EXACT)])  # fmt: skip

# A part told in the singular of a plural the count names ("one of them was a child").
counts(PART, ["Three people in the village died, and one of them was a child."],
       [("children killed", 1, EXACT)], [("children injured", 1, EXACT)])  # fmt: skip
counts(PART, ["Four workers were hurt in the blast; two of them were women."],
       [("women injured", 2, EXACT)], [])  # fmt: skip

# --- sibling-count: another count of the same fact owns the number ------------------------

S1 = [
    "The EU added 61 people to its blacklist on Friday.",
    "It also placed 28 vessels on its list of shadow-fleet tankers.",
]
C1 = [
    ("vessels added to the shadow-fleet list", 28, EXACT),
    ("people added to the blacklist", 61, EXACT),
]
siblings(S1, C1, 0, [28], [61], kind="sanctions")
siblings(S1, C1, 1, [61], [28], kind="sanctions")
S2 = [
    "Under the deal, 33 hostages are to be released over six weeks.",
    "The first three hostages will be handed over on Sunday afternoon.",
]
C2 = [
    ("hostages to be released in the first phase", 33, EXACT),
    ("hostages handed over on Sunday", 3, EXACT),
]
siblings(S2, C2, 0, [33], [3])
siblings(S2, C2, 1, [3], [33])
S3 = [
    "The assembly approved the budget with 212 votes.",
    "A separate motion on pensions drew 140 votes.",
]
C3 = [("votes for the budget", 212, EXACT), ("votes for the pensions motion", 140, EXACT)]
siblings(S3, C3, 0, [212], [140])
siblings(S3, C3, 1, [140], [212])
S4 = [
    "Police arrested 420 people in the capital on Saturday.",
    "In Mombasa, 75 people were arrested at a rally.",
]
C4 = [("people arrested in the capital", 420, EXACT), ("people arrested in Mombasa", 75, EXACT)]
siblings(S4, C4, 0, [420], [75])
S5 = [
    "The new tariff list covers 1,300 Chinese products.",
    "A further 250 products were exempted after public hearings.",
]
C5 = [("products covered by the list", 1300, EXACT), ("products exempted", 250, EXACT)]
siblings(S5, C5, 0, [1300], [250], kind="sanctions")
siblings(S5, C5, 1, [250], [1300], kind="sanctions")
S6 = [
    "Russia freed 95 Ukrainian soldiers on Friday.",
    "Ukraine returned 95 Russian servicemen in exchange.",
]
C6 = [("Ukrainian soldiers freed", 95, EXACT), ("Russian servicemen returned", 95, EXACT)]
siblings(S6, C6, 0, [95], [])
siblings(S6, C6, 1, [95], [])
S7 = [
    "The agreement provides for 50 hostages to be freed over four days.",
    "Officials expect the first 13 hostages to reach Israel on Friday afternoon.",
]
C7 = [("hostages to be freed", 50, EXACT), ("first hostages to reach Israel", 13, EXACT)]
siblings(S7, C7, 0, [50], [13])
S8 = [
    "Some 200 aid trucks crossed at Rafah on Sunday.",
    "Only 40 trucks entered through Kerem Shalom.",
]
C8 = [("aid trucks through Rafah", 200, ABOUT), ("trucks through Kerem Shalom", 40, EXACT)]
siblings(S8, C8, 0, [200], [40])
siblings(S8, C8, 1, [40], [200])


# --- answered-length: a truce's length as the answer to "How long ..." --------------------

Q = "Who agreed to it?\n\nIsrael and Hamas agreed to a humanitarian pause, Qatar's foreign ministry said on Wednesday."
E = "Israel and Hamas agreed to a humanitarian pause, Qatar's foreign ministry said on Wednesday."
length(
    [Q, "How long will it last?\n\nFour days, and it can be extended."],
    [E, "Four days, and it can be extended."],
    [4],
    [6],
)
length(
    [Q, "How long is the pause meant to hold?\n\nTen days at first, the mediators said."],
    [E, "Ten days at first, the mediators said."],
    [10],
    [],
)
length(
    [Q, "How long does it run?\n\n30 days, with a review halfway through."],
    [E, "30 days, with a review halfway through."],
    [30],
    [15],
)
length(
    [
        Q,
        "How long will the truce last?\n\nSeven days. Talks on the next phase start on the fifth day.",
    ],
    [E, "Seven days."],
    [7],
    [5],
)
length(["Who brokered it?\n\nEgypt and Qatar brokered a ceasefire between the two sides on Monday.", "How long will the ceasefire hold?\n\nSixty days, unless either side breaks it."],
       ["Egypt and Qatar brokered a ceasefire between the two sides on Monday.", "Sixty days, unless either side breaks it."], [60], [])  # fmt: skip
length(["What was agreed?\n\nMoscow and Kyiv agreed to a halt to strikes on energy sites, the White House said.", "How long will the halt last?\n\nThirty days, the White House said."],
       ["Moscow and Kyiv agreed to a halt to strikes on energy sites, the White House said.", "Thirty days, the White House said."], [30], [])  # fmt: skip
length(["What did the parties sign?\n\nThe government and the rebels signed a truce in Doha on Saturday.", "How long is it supposed to last?\n\nNinety days, the Qatari mediator told reporters."],
       ["The government and the rebels signed a truce in Doha on Saturday.", "Ninety days, the Qatari mediator told reporters."], [90], [])  # fmt: skip
length(["What happened?\n\nThe warring parties agreed a pause in the fighting around the port.", "How long would it run?\n\nFive days, so that aid ships can dock."],
       ["The warring parties agreed a pause in the fighting around the port.", "Five days, so that aid ships can dock."], [5], [])  # fmt: skip
length(["What was signed?\n\nThe two armies signed an armistice at the border post on Sunday.", "How long will the armistice hold?\n\nFourteen days, both commanders said."],
       ["The two armies signed an armistice at the border post on Sunday.", "Fourteen days, both commanders said."], [14], [])  # fmt: skip
length(["What was agreed?\n\nThe rebels agreed a ceasefire with the army on Thursday.", "How long is it expected to last?\n\nTwenty-one days, the rebel spokesman said."],
       ["The rebels agreed a ceasefire with the army on Thursday.", "Twenty-one days, the rebel spokesman said."], [21], [])  # fmt: skip
length(["What happened?\n\nThe sides agreed a truce on Tuesday.", "How long did the talks take?\n\nFour days. The truce starts on Friday."],
       ["The sides agreed a truce on Tuesday.", "Four days."], [], [4])  # fmt: skip
length(["What happened?\n\nThe sides agreed a truce on Tuesday.", "How long have the hostages been held?\n\nForty-seven days."],
       ["The sides agreed a truce on Tuesday.", "Forty-seven days."], [], [47])  # fmt: skip
length(["What happened?\n\nThe sides agreed a truce on Tuesday.", "How long did the negotiators meet?\n\nTwelve days in all."],
       ["The sides agreed a truce on Tuesday.", "Twelve days in all."], [], [12])  # fmt: skip
length(["What happened?\n\nThe sides agreed a truce on Tuesday.", "When does it start?\n\nThree days from now, at dawn."],
       ["The sides agreed a truce on Tuesday.", "Three days from now, at dawn."], [], [3])  # fmt: skip
length(["What happened?\n\nThe sides agreed a truce on Tuesday.", "How long will it last?\n\nIt starts in two days and the mediators hope it holds."],
       ["The sides agreed a truce on Tuesday.", "It starts in two days and the mediators hope it holds."], [], [2])  # fmt: skip
length(["What happened?\n\nThe sides agreed a truce on Tuesday after 14 days of talks.", "Who will monitor it?\n\nNine observers from the African Union."],
       ["The sides agreed a truce on Tuesday after 14 days of talks."], [], [14])  # fmt: skip
length(["What happened?\n\nHamas and Israel agreed a pause on Wednesday.", "How long will the hostages' transfer take?\n\nSix days, officials said."],
       ["Hamas and Israel agreed a pause on Wednesday.", "Six days, officials said."], [], [6])  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
