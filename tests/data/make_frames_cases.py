# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the future-frames set (``grounding_frames.jsonl``): a status word inside a frame of
what is still to come does not state the present status, by category:

- ``truce-future``: a truce ``in_effect`` worded as it came, comes or has taken effect (pass);
  the same words after "is to" / "are to" with or without a bare verb ("is to come into
  force", "which is to take hold"), or in a time clause still to come (fail);
- ``sign-truce``: a truce ``agreed`` by a present-tense "sign" with the truce noun as its
  object, in a headline or in copy ("Sudan rivals sign week-long truce") (pass); "sign" as an
  infinitive (urged, set, fail, refused to sign), after a modal, negated, or with the truce
  noun as a clause's subject ("sign the truce is fragile") (fail);
- ``clause-count``: a count whose cue is in its own clause (pass); a number opening a later
  clause after "and"/"but" with its own verb ("seven died and 23 others were injured"), read
  against the earlier clause's cue (fail);
- ``vote-past``: a measure's ``vote_expected`` worded by a vote still to come (pass); a vote
  noun before a past verb ("the vote came shortly after ...", "the vote passed 51-47") (fail);
- ``modifier-party``: a truce party named acting, by name, adjective + body word or
  possessive (pass); a country's name or adjective only qualifying a place or the truce
  ("the Saudi port city of Jeddah", "agree to Syrian ceasefire") (fail);
- ``relative-proposer``: a party that agreed, signed or accepted, also inside a relative
  clause on the truce (pass); the subject of a relative clause on the truce whose verb is a
  role ("the truce that Kenya drafted was signed by ...") (fail);
- ``summit-future``: a summit ``held`` by a meeting verb, ``scheduled`` by an invitation to it
  (pass); ``held`` from "a summit convened by X" whose main verb is still to come, or from an
  invitation only (fail).

Run ``python tests/data/make_frames_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from meeting_sets import TRUMP_XI
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_frames.jsonl")

LEADS = [
    "NAIROBI, June 3 (Eastgate Wire) - Officials gave few other details.",
    "Live: the latest from the talks, by our correspondents.",
    "The Lakeside Courier | World desk",
    "BEIJING, March 9 (Pacific News Service) -- Translated from the original.",
]
built = SupportCases("fr", LEADS, closing="The story is developing.")
add = built.add
article = built.page
truce = partial(built.status, "ceasefires", "truce-future", "in_effect")


def signed(sentence: str, expect: bool) -> None:
    """A headline (no full stop) opens the article; a sentence sits in its copy."""
    text = f"{sentence}\n\n{LEADS[0]}\n" if not sentence.endswith(".") else article(sentence)
    facts = {"ceasefires": [{"status": "agreed", "evidence": [sentence]}]}
    add("sign-truce", expect, f"agreed: {sentence[:60]}", text, facts, "ceasefires[0].status")


def vote(sentence: str, expect: bool) -> None:
    facts = {
        "sanctions": [{"instrument": "bill", "status": "vote_expected", "evidence": [sentence]}]
    }
    add("vote-past", expect, f"vote_expected: {sentence[:60]}", article(sentence), facts,
        "sanctions[0].status")  # fmt: skip


def party(name: str, sentence: str, expect: bool, category: str = "modifier-party") -> None:
    position = {"party": name, "stance": "agreed", "evidence": [sentence]}
    truce = {"status": "agreed", "evidence": [sentence], "positions": [position]}
    add(category, expect, f"{name} agreed: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].positions[0].party")  # fmt: skip


def summit(value: str, sentence: str, expect: bool) -> None:
    why = f"{value}: {sentence[:60]}"
    built.meeting_status("summit-future", expect, value, [sentence], why, TRUMP_XI)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    for sentence in [
        "The ceasefire came into force at 6 p.m. on Friday, the monitors said.",
        "Shelling went on in the east even though the truce had taken effect at dawn.",
        "The truce has taken effect across the province, the governor said.",
        "A week-long truce took effect at midnight after talks in the port city.",
        "Since the ceasefire came into force on Monday, no clashes have been reported.",
        "The halt to fighting, which took hold on Sunday, was largely observed.",
        "Both armies said the ceasefire had come into force at noon local time.",
        "The pause in fighting entered into force at 0600 GMT, the mediators said.",
        "Residents said the ceasefire, in force since Tuesday, was holding in the capital.",
        "By evening the truce had taken hold in most districts, Radio Kora reported.",
        "The ceasefire went into effect overnight and markets reopened on Friday.",
    ]:
        truce(sentence, True)
    for sentence in [
        "The ceasefire is to come into force at 6 p.m. on Friday, officials said.",
        "A 30-day truce is to go into effect at dawn, the foreign ministry said.",
        "The ceasefire, which is to take hold on Sunday, was welcomed by aid groups.",
        "Under the deal the two sides are to come into compliance and the truce is to enter into force on June 5.",
        "The halt to hostilities is to take effect from midnight, the army said.",
        "The truce will take effect only after both sides sign the maps, envoys said.",
        "Aid convoys will move once the truce takes effect, the UN said.",
        "Prisoners are to be released after the ceasefire comes into force, the deal says.",
        "Both militias said they would withdraw before the truce takes hold on Monday.",
        "The new ceasefire, which is to come into force on Saturday, replaces a failed one.",
        "Officials said the pause was to go into effect at noon but gave no details.",
    ]:
        truce(sentence, False)
    for sentence in [
        "Sudan rivals sign week-long truce in Jeddah",
        "Army and rebels sign ceasefire after five days of talks",
        "Militias sign 30-day truce, hand over prisoners",
        "Kivu rebels and government sign humanitarian ceasefire in Doha",
        "Rival clans sign a truce over grazing land",
        "In a brief ceremony, the two commanders sign the truce and shake hands.",
        "Both sides sign the ceasefire at the border post, the mediators say.",
        "Tribal elders sign peace truce after weeks of clashes",
        "The warring factions sign a fragile ceasefire in Addis Ababa, state TV says.",
        "Yemen parties sign UN-brokered truce",
    ]:
        signed(sentence, True)
    for sentence in [
        "Mediators urged both sides to sign the truce.",
        "Rivals set to sign truce",
        "Rivals fail to sign truce",
        "The rebels refused to sign the ceasefire on Friday.",
        "The rivals will sign a truce on Friday, mediators said.",
        "The rivals are expected to sign a truce on Friday.",
        "Rebels did not sign the ceasefire, mediators said.",
        "Army and rebels to sign ceasefire next week",
        "Both sides sign the truce is fragile, monitors warn",
        "Rebels could sign truce within days, envoy says",
        "Militias ready to sign ceasefire, elders say",
    ]:
        signed(sentence, False)
    for what, value, sentence in [
        ("people killed", 7, "Seven civilians died and 23 others were injured in the shelling."),
        ("people injured", 23, "Seven civilians died and 23 others were injured in the shelling."),
        ("people killed", 23, "Seven died and 23 others were killed when the bridge fell."),
        ("soldiers killed", 4, "Four soldiers were killed and 11 were wounded near the border."),
        ("people wounded", 11, "Four soldiers were killed and 11 were wounded near the border."),
        ("civilians killed", 23, "The shelling killed 23 civilians and wounded seven."),
        ("people killed", 9, "Nine people died on Monday, but 40 others have been rescued."),
        ("people rescued", 40, "Nine people died on Monday, but 40 others were rescued."),
        ("people killed", 5, "Five people were killed and dozens were hurt, officials said."),
        ("people arrested", 30, "Police detained 12 and 30 others were arrested later."),
    ]:  # fmt: skip
        built.count("clause-count", True, article(sentence), sentence, what, value)
    for what, value, sentence in [
        ("people killed", 23, "Seven civilians died and 23 others were injured in the shelling."),
        ("people killed", 23, "Seven civilians were killed and 23 others were injured in the shelling."),
        ("soldiers killed", 11, "Four soldiers were killed and 11 were wounded near the border."),
        ("people killed", 40, "Nine people died on Monday, but 40 others were rescued."),
        ("people killed", 18, "Two guards were shot dead and 18 inmates were recaptured."),
        ("people injured", 60, "Ten protesters were injured and 60 were detained, police said."),
        ("people killed", 15, "Three aid workers died and 15 colleagues were evacuated by air."),
        ("people kidnapped", 8, "Gunmen abducted four traders and eight were released later."),
        ("people killed", 120, "At least 30 people died and 120 were treated in hospital."),
        ("people displaced", 7, "Some 900 families fled, and seven were later reported missing."),
    ]:  # fmt: skip
        built.count("clause-count", False, article(sentence), sentence, what, value)
    for sentence in [
        "A vote on the tariff resolution is expected on Thursday.",
        "The Senate will vote on the tariff resolution next week.",
        "The vote was expected on Thursday, aides said.",
        "Leaders plan to bring the sanctions bill to the floor before the recess.",
        "The chamber is due to vote on the measure within the next two weeks.",
        "A final vote on the export-ban bill could come as soon as Friday.",
        "The House is expected to take up the sanctions package next week.",
        "Senators will vote on the resolution on Wednesday, the majority leader said.",
        "The vote on the tariff bill is scheduled for Tuesday afternoon.",
        "Lawmakers said a vote on the measure would follow the committee hearing next week.",
    ]:
        vote(sentence, True)
    for sentence in [
        "The vote came shortly after the Senate voted to pass two resolutions on tariffs.",
        "The vote passed 51-47 on Tuesday.",
        "The vote followed hours of debate on the tariff resolution.",
        "The vote took place late on Monday, and the bill now goes to the House.",
        "That vote failed 48-52 after two Republicans switched sides.",
        "The vote cleared the chamber with three votes to spare.",
        "The vote came a day after the committee approved the sanctions bill.",
        "The final vote went 60-38 in favour of the measure.",
        "The vote ended shortly before midnight with the bill approved.",
        "Their vote fell along party lines, 51-49, aides said.",
    ]:
        vote(sentence, False)
    for name, sentence in [
        ("Saudi Arabia", "Saudi Arabia agreed to the truce on Monday."),
        ("Ukraine", "Ukrainian officials agreed to the ceasefire."),
        ("Syria", "The Syrian government agreed to the ceasefire."),
        ("Sudan", "Sudan's army and the RSF agreed to end the fighting."),
        ("Kenya", "Kenya and Somalia signed the truce in the Kenyan capital."),
        ("Ethiopia", "Ethiopian commanders accepted the ceasefire on Sunday, state TV said."),
        ("Israel", "Israel accepted the truce, the prime minister's office said."),
        ("Russia", "Russian forces agreed to the Easter truce, the Kremlin said."),
        ("Lebanon", "The Lebanese government approved the ceasefire deal late on Tuesday."),
        ("Yemen", "Yemen's government agreed to the UN truce after talks in Muscat."),
    ]:  # fmt: skip
        party(name, sentence, True)
    for name, sentence in [
        ("Saudi Arabia", "The rivals agreed to a truce in the Saudi port city of Jeddah."),
        ("Syria", "Rebels and army agree to Syrian ceasefire"),
        ("Turkey", "The militias agreed to a truce in the Turkish border town of Kilis."),
        ("Egypt", "Both sides accepted the ceasefire in the Egyptian coastal city of Alexandria."),
        ("Ukraine", "Moscow agreed to a pause in the Ukrainian conflict, the Kremlin said."),
        ("Kenya", "The clans signed a truce in the Kenyan port city of Mombasa on Friday."),
        ("Lebanon", "Israel and Hezbollah accepted the Lebanese truce, officials said."),
        ("Qatar", "Rebel leaders agreed to the ceasefire in the Qatari capital on Monday."),
        ("Sudan", "Army and RSF agree to Sudanese truce in Jeddah"),
        ("Libya", "The rival forces accepted a ceasefire in the Libyan coastal town of Sirte."),
    ]:  # fmt: skip
        party(name, sentence, False)
    for name, sentence in [
        ("Ethiopia", "The truce that Kenya drafted was signed by Ethiopia and Eritrea on Monday."),
        ("Kenya", "The truce that Kenya signed on Monday ends the border clashes."),
        ("Kenya", "The deal that Kenya accepted was drafted by Uganda."),
        ("Hamas", "The plan that Egypt proposed was accepted by Hamas and Israel."),
        ("Sudan", "The ceasefire which Sudan agreed to last week is holding, monitors said."),
        ("Armenia", "The deal that Armenia signed, and that Turkey brokered, took effect at noon."),
        ("Colombia", "The truce which Colombia accepted in May was drafted by Norway."),
        ("Mali", "The agreement that Mali endorsed on Friday ends three months of fighting."),
        ("Eritrea", "The truce that Kenya drafted was signed by Ethiopia and Eritrea on Monday."),
        ("Ukraine", "The pause that Ukraine agreed to, officials said, starts on Easter Sunday."),
    ]:  # fmt: skip
        party(name, sentence, True, "relative-proposer")
    for name, sentence in [
        ("Kenya", "The truce that Kenya drafted was signed by Ethiopia and Eritrea on Monday."),
        ("Qatar", "The ceasefire which Qatar had brokered was accepted by both militias."),
        ("Egypt", "The plan that Egypt proposed was accepted by Hamas and Israel."),
        ("Norway", "The truce which Norway mediated was accepted by Colombia in May."),
        ("Turkey", "The deal that Turkey brokered was signed by Armenia and Azerbaijan."),
        ("Oman", "The agreement that Oman had long mediated was finally signed by both sides."),
        ("Algeria", "The accord that Algeria hosted was endorsed by the rival factions."),
        ("Uganda", "The plan which Uganda proposed was accepted by the two armies on Friday."),
        ("France", "The ceasefire that France guaranteed was agreed by both militias."),
        ("Malaysia", "The truce that Malaysia facilitated was accepted by Thailand and Cambodia."),
    ]:  # fmt: skip
        party(name, sentence, False, "relative-proposer")
    for value, sentence in [
        ("held", "Trump and Xi met at a summit convened by Egypt on Monday."),
        ("held", "Trump and Xi held talks in Busan on Thursday, officials said."),
        ("held", "At a summit in Busan hosted by South Korea, Trump and Xi shook hands."),
        ("held", "Trump and Xi met for 90 minutes at the summit venue on Thursday."),
        ("held", "The summit convened in Geneva on Monday, with Trump and Xi at the table."),
        ("held", "The summit was convened by Egypt on Monday, and Trump and Xi met there for an hour."),
        ("scheduled", "Trump and Xi have been invited to a summit in Paris today."),
        ("scheduled", "Xi was invited to the summit by Trump, and both will attend, aides said."),
        ("scheduled", "Trump and Xi were invited to attend the summit in Sharm el-Sheikh next week."),
        ("scheduled", "Trump and Xi were invited to talks in Geneva on Friday, the host said."),
        ("scheduled", "Trump and Xi have both been invited to a meeting in Seoul next month."),
    ]:  # fmt: skip
        summit(value, sentence, True)
    for value, sentence in [
        ("held", "A summit convened by Egypt opens in Sharm el-Sheikh tomorrow with Trump and Xi."),
        ("held", "Trump and Xi have been invited to a summit in Paris today."),
        ("held", "A meeting convened by Finland will bring Trump and Xi together next week."),
        ("held", "Talks convened by Oman between Trump's and Xi's envoys begin on Sunday."),
        ("held", "Trump and Xi were invited to the summit in Geneva, aides said."),
        ("held", "A conference convened by the UN is due to open on Monday; Trump and Xi are expected."),
        ("held", "The summit convened by Brazil starts tomorrow and Trump and Xi will attend."),
        ("held", "Trump and Xi have been invited to talks in Oslo on Friday."),
        ("held", "A gathering convened by the host will bring Trump and Xi to Lima on Tuesday."),
        ("held", "Trump and Xi were both invited to a meeting in Seoul next month."),
        ("held", "A summit of Trump and Xi convened by Egypt opens in Cairo tomorrow."),
        ("held", "A summit of Abdel Fattah al-Sisi, Trump and Xi convened by Egypt opens on Monday."),
        ("held", "Trump and Xi have been invited to a summit in Paris today convened by the French foreign minister."),
    ]:  # fmt: skip
        summit(value, sentence, False)
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
