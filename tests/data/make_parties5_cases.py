# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status, stance, party, place, day and actor set of check 22's causes (``grounding_parties5.jsonl``), by category:

- ``talks-collapsed``: a truce worded as collapsed, broken down, fallen apart or unravelled
  whose subject is the truce or the deal, also beside talks in another clause ("Peace talks
  stalled, and the ceasefire broke down") or talks only naming where it was made ("the
  agreement reached in the Jeddah negotiations collapsed") (pass); talks, negotiations,
  mediation, a round, a summit, a bid or efforts that collapsed or failed, also "ceasefire
  talks" whose head is the talks (fail);
- ``discussed-place``: a meeting's place beside what it discusses ("met in Nicosia to discuss
  the future of the island", "To discuss the fate of Idlib, ... met in Sochi") (pass); the
  place discussed: right after "discuss" / "address" / "tackle", after "the future / status /
  fate of", before "problem" / "dispute" / "question" (fail);
- ``purpose``: a truce in effect beside a purpose clause about something else ("took effect
  at midnight, and monitors were deployed to ensure aid reached Goma") (pass); the truce's
  cue only inside the purpose: "to ensure", "to make sure", "to see that", "to guarantee",
  "to verify", "to check that", "so that", "in order to" (fail);
- ``other-occasion``: a meeting cancelled or postponed, also announced at a press conference
  or beside a banquet or dinner (pass); only another occasion cancelled or put off: a press
  or news conference, a ceremony, a banquet, a dinner, a speech, an interview, a rally, or a
  meeting held to announce or sign ("cancelled a meeting to announce the truce and extended
  their talks") (fail);
- ``reason-clause``: a meeting's party named before "since" / "until" / "because", or after
  one whose clause goes on to the meeting ("Since March, Ruto and Museveni have met twice")
  (pass); a name only inside such a clause, with no meeting word after the opener ("for the
  first time since sanctions were imposed by Bahrain", "until Mike Pompeo is sworn in") (fail);
- ``first-set``: a meeting's new day, also one "for the first time" or "first" met (pass);
  the day it was "first set / scheduled / planned / slated for", "once planned / due /
  billed for" (fail);
- ``target``: an event's actor imposing, launching or carrying out a measure or an attack,
  also one named after "by" (pass); its target after "sanctions / strikes / attack /
  tariffs / embargo / blockade / offensive on / against / of" (fail);
- ``stance-words``: support worded as "rejoiced", "hailed", "applauded", "lauded", "encouraged
  by", "a sign of hope", agreement as an accord "hammered out" or "thrashed out" with or by
  the party (pass); the same words negated or failed ("saw no sign of hope", "did not
  rejoice", "failed to hammer out"), or near misses ("discouraged by", "hail and rain",
  "encouraged his troops to fight", "worked out of an office") (fail);
- ``ordered``: a truce agreed when a side orders its fighters to observe, respect, honour,
  abide by it, cease fire, stop fighting or halt (pass); an order negated, refused, only
  future, asked for or of something else ("ordered an inquiry", "ordered ... to prepare")
  (fail).

Run ``python tests/data/make_parties5_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties5.jsonl")

LEADS = [
    "KHARTOUM, May 10 (Nile Desk Wire) - Officials gave few other details.",
    "Live: the latest on the truce, from our correspondents.",
    "The Lakeside Courier | World desk",
    "GOMA, June 2 (Great Lakes Press) -- From our regional bureau.",
    "Evening briefing from the Westbrook Herald.",
    "By Lena Okafor, Harbour Gazette",
]

built = SupportCases("p5", LEADS, closing="The story is developing.")
add = built.add
article = built.page


def truce_status(category: str, expect: bool, sentence: str, status: str) -> None:
    truce = {"kind": "full", "status": status, "evidence": [sentence]}
    add(category, expect, f"{status}: {sentence[:60]}", article(sentence),
        {"ceasefires": [truce]}, "ceasefires[0].status")  # fmt: skip


def talks_collapsed_cases() -> None:
    for sentence in [
        "The ceasefire collapsed on Tuesday as talks in Doha stalled.",
        "The truce agreed in Cairo talks collapsed within hours, the army said.",
        "Peace talks stalled, and the ceasefire broke down on Sunday.",
        "The agreement reached in the Jeddah negotiations collapsed last week.",
        "A week after the talks ended, the truce fell apart.",
        "The cease-fire brokered at the summit unravelled on Monday.",
        "Kenya said the three-day truce had collapsed.",
        "The humanitarian pause collapsed when fighting resumed around the airport.",
        "Mediators said the Easter ceasefire is dead.",
        "Despite the talks, the ceasefire crumbled within a day.",
        "Negotiators met again in Geneva after the truce collapsed.",
        "According to the monitors, the week-old truce in Kordofan has broken down.",
    ]:  # fmt: skip
        truce_status("talks-collapsed", True, sentence, "collapsed")
    for sentence in [
        "Mediated peace talks collapsed earlier this month, but the truce has held.",
        "Negotiations on a permanent settlement broke down, though the truce is holding.",
        "Ceasefire talks in Doha broke down on Thursday.",
        "The cease-fire negotiations fell apart after a day.",
        "Efforts to extend the truce failed, the UN said.",
        "The Vienna round of talks collapsed without agreement.",
        "Dialogue between the two sides broke down in March.",
        "The AU's mediation collapsed last year, and the truce remains in force.",
        "A bid to turn the truce into a lasting deal fell through on Monday.",
        "The summit meant to seal the ceasefire collapsed amid recriminations.",
        "The Istanbul peace process crumbled, yet the local truce still holds.",
        "Indirect negotiations over a hostage deal have collapsed, officials said.",
    ]:  # fmt: skip
        truce_status("talks-collapsed", False, sentence, "collapsed")


def purpose_cases() -> None:
    for sentence in [
        "The ceasefire took effect at midnight, and monitors were deployed to ensure aid reached Goma.",
        "To ensure the truce holds, monitors have been deployed; it has been in effect since Monday.",
        "The truce has held since Friday, the monitors sent to ensure calm reported.",
        "The cease-fire is being honored by both sides, monitors said.",
        "So far the truce is holding, the UN said.",
        "Peacekeepers said the ceasefire has been respected since it came into force on Sunday.",
        "The truce that came into force on Monday is holding despite sporadic shooting.",
        "The UN sent observers to the border, where the truce has been observed since dawn.",
        "In order to ease tensions, the army said, the truce took effect early.",
        "Monitors confirmed that the ceasefire went into effect at 6 a.m.",
        "A ceasefire has been in place since July, and convoys are moving to ensure food reaches the north.",
        "Villagers returned home as the truce took hold, making sure their fields were safe.",
    ]:  # fmt: skip
        truce_status("purpose", True, sentence, "in_effect")
    for sentence in [
        "A regional peacekeeping force would be sent to the island to ensure the cease-fire was honored.",
        "Monitors will be deployed to make sure the truce is respected.",
        "Observers were sent in to see that the truce is observed.",
        "The mediators set up a hotline so that the ceasefire is respected.",
        "The AU asked for 500 observers to guarantee that the ceasefire is observed along the border.",
        "Japan offered funds to verify that the truce is being implemented.",
        "A joint commission will be formed to ensure the truce takes hold.",
        "The council voted to send monitors in order to ensure that the truce is honoured.",
        "Troops from Fiji and Tonga will be deployed so that the ceasefire is observed.",
        "New checkpoints are planned to ensure that the cease-fire stays in force.",
        "To make sure the truce is respected, both armies named liaison officers.",
        "Kenya and Uganda pledged 300 police officers to check that the ceasefire was being enforced.",
    ]:  # fmt: skip
        truce_status("purpose", False, sentence, "in_effect")


def summit_status(expect: bool, parties: list[str], sentence: str, status: str) -> None:
    why = f"{status}: {sentence[:60]}"
    built.meeting_status("other-occasion", expect, status, [sentence], why, parties)


def other_occasion_cases() -> None:
    for parties, sentence, status in [
        (["Donald Trump", "Kim Jong Un"], "Donald Trump cancelled the summit with Kim Jong Un on Thursday.", "cancelled"),
        (["Salva Kiir", "Riek Machar"], "The summit of Salva Kiir and Riek Machar was cancelled at a press conference on Monday, officials said.", "cancelled"),
        (["Vladimir Putin", "Donald Trump"], "The Budapest meeting of Vladimir Putin and Donald Trump has been postponed, Dmitry Peskov told a news briefing.", "postponed"),
        (["Donald Trump", "Tamim bin Hamad"], "The Gulf summit of Donald Trump and Tamim bin Hamad was postponed to September, the State Department said.", "postponed"),
        (["Vladimir Putin", "Volodymyr Zelensky"], "Moscow cancelled the talks between Vladimir Putin and Volodymyr Zelensky and a planned press conference.", "cancelled"),
        (["William Ruto", "Yoweri Museveni"], "The meeting between William Ruto and Yoweri Museveni was cancelled during a news conference in Nairobi.", "cancelled"),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], "Recep Tayyip Erdogan postponed his meeting with Vladimir Putin to next month.", "postponed"),
        (["Salva Kiir", "Abdel Fattah al-Burhan"], "Citing security fears, Salva Kiir cancelled the summit with Abdel Fattah al-Burhan in Juba.", "cancelled"),
        (["Joe Biden", "Xi Jinping"], "The White House scrapped the meeting of Joe Biden and Xi Jinping, a spokeswoman said in a briefing.", "cancelled"),
        (["Narendra Modi", "Shehbaz Sharif"], "The long-awaited summit of Narendra Modi and Shehbaz Sharif has been put off until after the elections.", "postponed"),
        (["Emmanuel Macron", "Olaf Scholz"], "Emmanuel Macron and Olaf Scholz called off their meeting, hours before a state banquet.", "cancelled"),
        (["Luiz Inacio Lula da Silva", "Javier Milei"], "After a tense dinner, Luiz Inacio Lula da Silva and Javier Milei postponed their summit.", "postponed"),
    ]:  # fmt: skip
        summit_status(True, parties, sentence, status)
    for parties, sentence, status in [
        (["John Kerry", "Sergei Lavrov"], "John Kerry and Sergei Lavrov cancelled a meeting to announce the truce and extended their talks.", "cancelled"),
        (["Wang Yi", "Antony Blinken"], "Wang Yi and Antony Blinken cancelled a press conference and extended their talks.", "cancelled"),
        (["Vladimir Putin", "Alexander Lukashenko"], "Vladimir Putin postponed a news conference as his summit with Alexander Lukashenko ran late.", "postponed"),
        (["William Ruto", "Yoweri Museveni"], "Officials cancelled the signing ceremony, but the summit of William Ruto and Yoweri Museveni went ahead.", "cancelled"),
        (["Emmanuel Macron", "Olaf Scholz"], "The hosts called off the state banquet while Emmanuel Macron and Olaf Scholz kept talking.", "cancelled"),
        (["Emmanuel Macron", "Olaf Scholz"], "Emmanuel Macron postponed his speech to the assembly as talks with Olaf Scholz ran into the night.", "postponed"),
        (["Salva Kiir", "Riek Machar"], "The closing dinner of the summit of Salva Kiir and Riek Machar was cancelled, officials said.", "cancelled"),
        (["Joe Biden", "Xi Jinping"], "The joint news conference of Joe Biden and Xi Jinping was called off.", "cancelled"),
        (["Narendra Modi", "Shehbaz Sharif"], "The joint press appearance of Narendra Modi and Shehbaz Sharif was scrapped.", "cancelled"),
        (["Joe Biden", "Benjamin Netanyahu"], "Joe Biden cancelled an interview with CBS to focus on his meeting with Benjamin Netanyahu.", "cancelled"),
        (["Cyril Ramaphosa", "Felix Tshisekedi"], "The organisers postponed a gala reception for Cyril Ramaphosa and Felix Tshisekedi, who met at the lodge.", "postponed"),
        (["Shehbaz Sharif", "Narendra Modi"], "Shehbaz Sharif cancelled a rally in Lahore, but his meeting with Narendra Modi is on.", "cancelled"),
    ]:  # fmt: skip
        summit_status(False, parties, sentence, status)


def party(expect: bool, parties: list[str], which: int, sentence: str, status: str = "held") -> None:  # fmt: skip
    why = f"party {parties[which]}: {sentence[:60]}"
    built.meeting_party("reason-clause", expect, parties, which, [sentence], why, status)


def reason_clause_cases() -> None:
    for parties, which, sentence, status in [
        (["Salva Kiir", "Riek Machar"], 1, "Salva Kiir and Riek Machar met in Juba on Monday for the first time since the peace deal was signed.", "held"),
        (["William Ruto", "Yoweri Museveni"], 1, "Since March, William Ruto and Yoweri Museveni have met twice in Kampala.", "held"),
        (["Narendra Modi", "Shehbaz Sharif"], 1, "Because of the storm, Narendra Modi and Shehbaz Sharif met in Delhi instead of Lahore.", "held"),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], 1, "Until Friday, Recep Tayyip Erdogan and Vladimir Putin will hold talks in Sochi.", "scheduled"),
        (["Donald Trump", "Kim Jong Un"], 1, "Donald Trump will meet Kim Jong Un in Hanoi, since both want a deal.", "scheduled"),
        (["Emmanuel Macron", "Olaf Scholz"], 1, "The summit of Emmanuel Macron and Olaf Scholz was delayed until Scholz recovered from the flu.", "postponed"),
        (["Aleksandar Vucic", "Albin Kurti"], 1, "Aleksandar Vucic and Albin Kurti have not met since talks collapsed, but they will meet in Brussels on Friday.", "scheduled"),
        (["Lula", "Xi Jinping"], 1, "Because the two leaders had never met, Lula flew to Beijing to meet Xi Jinping.", "held"),
        (["Felix Tshisekedi", "Paul Kagame"], 0, "Although Felix Tshisekedi had refused for months, he met Paul Kagame in Doha on Tuesday.", "held"),
        (["Ilham Aliyev", "Nikol Pashinyan"], 1, "Ilham Aliyev and Nikol Pashinyan met in Abu Dhabi, although Pashinyan had earlier cancelled.", "held"),
        (["Javier Milei", "Gabriel Boric"], 0, "Since they took office, Javier Milei and Gabriel Boric have met only once, in Santiago.", "held"),
        (["Abdel Fattah al-Sisi", "King Abdullah"], 1, "Abdel Fattah al-Sisi received King Abdullah in Cairo, since Abdullah was passing through Egypt.", "held"),
    ]:  # fmt: skip
        party(True, parties, which, sentence, status)
    for parties, which, sentence, status in [
        (["Qatar", "Bahrain"], 1, "The leaders of Qatar, Saudi Arabia and the UAE were to meet on April 1 for the first time since sanctions were imposed by Bahrain.", "scheduled"),
        (["Donald Trump", "Mike Pompeo"], 1, "The summit was delayed by Donald Trump's schedule until Mike Pompeo is sworn in.", "postponed"),
        (["William Ruto", "Abiy Ahmed"], 1, "William Ruto and Yoweri Museveni met in Kampala for the first time since Abiy Ahmed closed the border.", "held"),
        (["Narendra Modi", "Xi Jinping"], 1, "Narendra Modi and Shehbaz Sharif will meet in Astana, because Xi Jinping invited both.", "scheduled"),
        (["Recep Tayyip Erdogan", "Iran"], 1, "The summit of Recep Tayyip Erdogan and Vladimir Putin was postponed until Iran agrees to the agenda.", "postponed"),
        (["Salva Kiir", "Egypt"], 1, "Salva Kiir and Abdel Fattah al-Burhan held talks in Juba because Egypt had cut aid to both.", "held"),
        (["Emmanuel Macron", "Poland"], 1, "Emmanuel Macron and Olaf Scholz met in Paris, since Poland had blocked the budget.", "held"),
        (["Aleksandar Vucic", "Russia"], 1, "Aleksandar Vucic and Albin Kurti met in Brussels although Russia objected.", "held"),
        (["Lula", "Guyana"], 1, "Lula and Nicolas Maduro met in Brasilia, the first time since Guyana took the dispute to The Hague.", "held"),
        (["Abdel Fattah al-Sisi", "Antony Blinken"], 1, "The meeting of Abdel Fattah al-Sisi and King Abdullah was delayed until Antony Blinken returns from Asia.", "postponed"),
        (["Ilham Aliyev", "Turkey"], 1, "Ilham Aliyev and Nikol Pashinyan have met in Abu Dhabi since Turkey reopened the border.", "held"),
        (["Benjamin Netanyahu", "Hezbollah"], 1, "Benjamin Netanyahu and Donald Trump met at the White House because Hezbollah had fired rockets at Haifa.", "held"),
    ]:  # fmt: skip
        party(False, parties, which, sentence, status)


def timing(expect: bool, parties: list[str], sentence: str, when: str) -> None:
    fact = {
        "parties": parties,
        "status": "scheduled",
        "planned_timing": when,
        "evidence": [sentence],
    }
    add("first-set", expect, f"timing {when}: {sentence[:60]}", article(sentence),
        {"summits": [fact]}, "summits[0].planned_timing")  # fmt: skip


MS = ["Narendra Modi", "Shehbaz Sharif"]


def first_set_cases() -> None:
    for parties, sentence, when in [
        (MS, "The meeting of Narendra Modi and Shehbaz Sharif, first set for Tuesday, will now take place on Friday.", "Friday"),
        (MS, "Narendra Modi and Shehbaz Sharif will meet for the first time on Tuesday.", "Tuesday"),
        (["William Ruto", "Yoweri Museveni"], "The first meeting of William Ruto and Yoweri Museveni is set for Monday.", "Monday"),
        (["Salva Kiir", "Riek Machar"], "Salva Kiir and Riek Machar, who first met in 2016, will meet again on Sunday.", "Sunday"),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], "The summit of Recep Tayyip Erdogan and Vladimir Putin, once planned for May, is now set for June 12.", "June 12"),
        (["Aleksandar Vucic", "Albin Kurti"], "Aleksandar Vucic and Albin Kurti will meet on Thursday, their first meeting since March.", "Thursday"),
        (["Emmanuel Macron", "Olaf Scholz"], "First set for March 10, the summit of Emmanuel Macron and Olaf Scholz will now be held on July 3.", "July 3"),
        (["Lula", "Javier Milei"], "Lula will first meet Javier Milei on Monday, then fly to Santiago.", "Monday"),
        (["Abdel Fattah al-Sisi", "King Abdullah"], "Abdel Fattah al-Sisi and King Abdullah are due to meet on Wednesday for the first time this year.", "Wednesday"),
        (["Salva Kiir", "Riek Machar"], "Set for Friday, the summit of Salva Kiir and Riek Machar will be their first in two years.", "Friday"),
        (["Donald Trump", "Kim Jong Un"], "The summit of Donald Trump and Kim Jong Un, first planned for June 1, was moved to June 12 in Singapore.", "June 12"),
        (["Ilham Aliyev", "Nikol Pashinyan"], "Ilham Aliyev and Nikol Pashinyan were first scheduled to meet on Saturday; they now meet on Monday.", "Monday"),
    ]:  # fmt: skip
        timing(True, parties, sentence, when)
    for parties, sentence, when in [
        (MS, "The meeting of Narendra Modi and Shehbaz Sharif, first set for Tuesday, will now take place on Friday.", "Tuesday"),
        (["Recep Tayyip Erdogan", "Vladimir Putin"], "The summit of Recep Tayyip Erdogan and Vladimir Putin, once planned for May, is now set for June 12.", "May"),
        (["Emmanuel Macron", "Olaf Scholz"], "First set for March 10, the summit of Emmanuel Macron and Olaf Scholz will now be held on July 3.", "March 10"),
        (["Donald Trump", "Kim Jong Un"], "The summit of Donald Trump and Kim Jong Un, first planned for June 1, was moved to June 12 in Singapore.", "June 1"),
        (["William Ruto", "Yoweri Museveni"], "The talks of William Ruto and Yoweri Museveni were first slated for Monday but have been pushed to Thursday.", "Monday"),
        (["Aleksandar Vucic", "Albin Kurti"], "The meeting of Aleksandar Vucic and Albin Kurti, first scheduled for Wednesday, is now expected next week.", "Wednesday"),
        (["Lula", "Javier Milei"], "The meeting of Lula and Javier Milei, first pencilled in for Monday, has been moved to Thursday.", "Monday"),
        (["Salva Kiir", "Riek Machar"], "The summit of Salva Kiir and Riek Machar was once due on Sunday; it is now planned for Tuesday.", "Sunday"),
        (["Abdel Fattah al-Sisi", "King Abdullah"], "The summit of Abdel Fattah al-Sisi and King Abdullah was first set for May 5 and will now be held on May 12.", "May 5"),
        (["Ilham Aliyev", "Nikol Pashinyan"], "Ilham Aliyev and Nikol Pashinyan were first scheduled to meet on Saturday; they now meet on Monday.", "Saturday"),
        (["Benjamin Netanyahu", "Donald Trump"], "First planned for Thursday, the talks between Benjamin Netanyahu and Donald Trump will now be held on Monday.", "Thursday"),
        (["Xi Jinping", "Lula"], "The summit of Xi Jinping and Lula, once billed for October, will take place in November.", "October"),
    ]:  # fmt: skip
        timing(False, parties, sentence, when)


def actor(expect: bool, name: str, sentence: str) -> None:
    event = {"description": "what the article reports", "actors": [name], "evidence": [sentence]}
    add("target", expect, f"actor {name}: {sentence[:60]}", article(sentence),
        {"events": [event]}, "events[0].actors[0]")  # fmt: skip


def target_cases() -> None:
    for name, sentence in [
        ("Saudi Arabia", "Saudi Arabia and the UAE imposed sanctions on Doha last year."),
        ("Israel", "Israel launched strikes on Gaza overnight, the army said."),
        ("Russia", "Russia's attack on Kharkiv killed four people."),
        ("United States", "The United States imposed tariffs on Canadian steel."),
        ("Qatar", "Qatar lifted its embargo on the trade convoys."),
        ("Egypt", "Egypt joined the blockade of the port last June."),
        ("Hamas", "Hamas fighters carried out an attack on an army post near Rafah."),
        ("Turkey", "Turkey's offensive against Kurdish fighters entered its third day."),
        ("Ukraine", "Ukraine said its drones struck a refinery; the strikes on Russian oil sites went on."),
        ("Bahrain", "Sanctions were imposed on Qatar by Bahrain and Egypt."),
        ("European Union", "The European Union adopted sanctions against Moscow's central bank."),
        ("India", "India carried out air strikes on targets in Pakistan on Wednesday."),
    ]:  # fmt: skip
        actor(True, name, sentence)
    for name, sentence in [
        ("Qatar", "Saudi Arabia and the UAE imposed sanctions on Doha last year."),
        ("Palestinian territories", "Israel launched strikes on Gaza overnight, the army said."),
        ("Ukraine", "The attack on Ukraine's power grid was claimed by Moscow."),
        ("Canada", "The United States imposed tariffs on Canada."),
        ("Qatar", "The embargo on Qatar was lifted in January."),
        ("Qatar", "Four Arab states began a blockade of Qatar in 2017."),
        ("Israel", "Hamas carried out an attack on Israel on October 7."),
        ("Syria", "Turkey's offensive against Syria's Kurdish region entered its third day."),
        ("Russia", "Western sanctions on Russia were tightened on Monday."),
        ("Iran", "The strikes against Iran hit three nuclear sites."),
        ("Cuba", "Washington extended its embargo against Cuba for another year."),
        ("Pakistan", "India carried out air strikes on Pakistan on Wednesday."),
    ]:  # fmt: skip
        actor(False, name, sentence)


def stance(expect: bool, name: str, value: str, sentence: str) -> None:
    why = f"{name} {value}: {sentence[:60]}"
    built.truce_position("stance-words", expect, name, value, [sentence], why, full=True)


def stance_words_cases() -> None:
    for name, value, sentence in [
        ("Juan Manuel Santos", "supports", '"The end of the conflict has arrived!" President Juan Manuel Santos rejoiced on Twitter.'),
        ("Filipe Nyusi", "supports", "Filipe Nyusi said he was encouraged by the conversation and called the truce a step forward."),
        ("Cyril Ramaphosa", "supports", "Cyril Ramaphosa hailed the ceasefire as a turning point."),
        ("Antonio Guterres", "supports", "Antonio Guterres applauded the truce on Tuesday."),
        ("European Union", "supports", "The European Union lauded the ceasefire agreement as historic."),
        ("William Ruto", "supports", "William Ruto said the truce was a sign of hope for the region."),
        ("Felix Tshisekedi", "supports", "Felix Tshisekedi rejoices at the news of the truce, his office said."),
        ("Lula", "supports", "Lula said he was encouraged by the ceasefire in Gaza."),
        ("African Union", "supports", "The African Union hails the truce as a first step."),
        ("William Ruto", "supports", "Hailing the deal, William Ruto said more work lay ahead."),
        ("Julius Chan", "agreed", "The peace accord hammered out in negotiations with Prime Minister Julius Chan takes effect on Friday."),
        ("Riek Machar", "agreed", "The truce thrashed out by Salva Kiir and Riek Machar over three days took effect on Sunday."),
    ]:  # fmt: skip
        stance(True, name, value, sentence)
    for name, value, sentence in [
        ("Filipe Nyusi", "supports", "Filipe Nyusi said he was discouraged by the talks on the truce."),
        ("Afonso Dhlakama", "supports", "Afonso Dhlakama saw no sign of hope in the government's truce offer."),
        ("Juan Manuel Santos", "supports", "Juan Manuel Santos did not rejoice at the news of the ceasefire."),
        ("Felix Tshisekedi", "supports", "Hail and heavy rain hit the camps near Goma as the truce began, Felix Tshisekedi said."),
        ("Felix Tshisekedi", "supports", "Felix Tshisekedi was never encouraged by the ceasefire talks."),
        ("Paul Kagame", "supports", "Paul Kagame said there was not a single sign of hope in the truce."),
        ("Ibrahim Traore", "supports", "Ibrahim Traore encouraged his troops to fight on despite the ceasefire."),
        ("Yoweri Museveni", "supports", "Yoweri Museveni refused to hail the ceasefire."),
        ("Riek Machar", "agreed", "The mediators failed to hammer out a truce with Riek Machar."),
        ("Julius Chan", "agreed", "Talks to work out a ceasefire with Julius Chan are to resume."),
        ("Frank Bainimarama", "agreed", "No truce was thrashed out with Frank Bainimarama."),
        ("Salva Kiir", "agreed", "The envoy of Salva Kiir worked out of an office in Nairobi during the truce talks."),
    ]:  # fmt: skip
        stance(False, name, value, sentence)


def ordered_cases() -> None:
    for sentence in [
        "The FARC issued the order for its fighters to observe the ceasefire from midnight.",
        "The Tatmadaw ordered all units to respect the truce.",
        "Renamo's leader ordered his men to halt attacks under the truce.",
        "Hamas ordered its fighters to abide by the ceasefire, a spokesman said.",
        "Both armies ordered their troops to observe the truce from 6 a.m.",
        "The M23 command has ordered its units to cease fire along the front.",
        "President Kiir ordered the army to honour the truce signed in Addis Ababa.",
        "The rebels said their leader had ordered fighters to respect the ceasefire.",
        "The army chief ordered soldiers in Kordofan to stop fighting as the truce began.",
        "Abiy Ahmed ordered federal forces to halt operations under the truce.",
        "The Houthi leadership ordered its forces to observe the truce on Saturday.",
        "In a radio address, the commander orders every unit to honor the ceasefire.",
    ]:  # fmt: skip
        truce_status("ordered", True, sentence, "agreed")
    for sentence in [
        "The general refused to order his troops to observe the truce.",
        "The UN ordered an inquiry into violations of the truce.",
        "The court ordered the rebels to pay damages despite the truce.",
        "Kiir will order the army to observe the truce if Machar signs.",
        "The commander has not ordered his men to respect the ceasefire.",
        "Machar said he might order his fighters to observe a truce.",
        "The FARC ordered its fighters to prepare for the ceasefire.",
        "The army was ordered to resume fighting across the front.",
        "The president is expected to order troops to observe the truce.",
        "The mediators asked both leaders to order their fighters to observe the truce.",
        "The UN ordered a review of how the truce is being observed.",
        "The rebel chief never ordered his men to respect the ceasefire.",
    ]:  # fmt: skip
        truce_status("ordered", False, sentence, "agreed")


def place(expect: bool, parties: list[str], sentence: str, where: str, status: str = "held") -> None:  # fmt: skip
    why = f"place {where}: {sentence[:60]}"
    built.meeting_place("discussed-place", expect, where, [sentence], why, parties, status)


CT = ["Nikos Christodoulides", "Ersin Tatar"]
VK = ["Aleksandar Vucic", "Albin Kurti"]
EP = ["Recep Tayyip Erdogan", "Vladimir Putin"]


def discussed_place_cases() -> None:
    for parties, sentence, where, status in [
        (CT, "Nikos Christodoulides and Ersin Tatar met in Nicosia to discuss the future of the island.", "Nicosia", "held"),
        (VK, "Aleksandar Vucic and Albin Kurti will meet in Brussels next week to discuss the status of the northern municipalities.", "Brussels", "scheduled"),
        (EP, "Recep Tayyip Erdogan and Vladimir Putin met in Sochi on Monday to discuss Syria.", "Sochi", "held"),
        (["Ilham Aliyev", "Nikol Pashinyan"], "Ilham Aliyev and Nikol Pashinyan held talks in Abu Dhabi, discussing the future of Karabakh.", "Abu Dhabi", "held"),
        (EP, "To discuss the fate of Idlib, Recep Tayyip Erdogan and Vladimir Putin met in Sochi.", "Sochi", "held"),
        (["Salva Kiir", "Riek Machar"], "Salva Kiir and Riek Machar met in Entebbe, where they addressed the status of Abyei.", "Entebbe", "held"),
        (["William Ruto", "Yoweri Museveni"], "William Ruto and Yoweri Museveni will meet in Kampala to settle the border dispute.", "Kampala", "scheduled"),
        (["Olaf Scholz", "Emmanuel Macron"], "Olaf Scholz met Emmanuel Macron in Paris to discuss the future of European defence.", "Paris", "held"),
        (["Kyriakos Mitsotakis", "Recep Tayyip Erdogan"], "Kyriakos Mitsotakis and Recep Tayyip Erdogan met in Athens on Thursday to resolve the Aegean question.", "Athens", "held"),
        (VK, "Aleksandar Vucic and Albin Kurti met in Brussels, where the status of Kosovo was on the agenda.", "Brussels", "held"),
        (["Lula", "Nicolas Maduro"], "Lula met Nicolas Maduro in Brasilia to discuss the Essequibo dispute.", "Brasilia", "held"),
        (["Vladimir Putin", "Alexander Lukashenko"], "Vladimir Putin and Alexander Lukashenko met in Minsk to discuss the future of the union state.", "Minsk", "held"),
    ]:  # fmt: skip
        place(True, parties, sentence, where, status)
    for parties, sentence, where, status in [
        (CT, "Nikos Christodoulides and Ersin Tatar met in New York to discuss the future of Cyprus.", "Cyprus", "held"),
        (VK, "Aleksandar Vucic and Albin Kurti met in Brussels to discuss the status of Kosovo.", "Kosovo", "held"),
        (EP, "Recep Tayyip Erdogan and Vladimir Putin met in Sochi on Monday to discuss Syria.", "Syria", "held"),
        (["Ilham Aliyev", "Nikol Pashinyan"], "Ilham Aliyev and Nikol Pashinyan held talks in Abu Dhabi, discussing the future of Karabakh.", "Karabakh", "held"),
        (["William Ruto", "Yoweri Museveni"], "William Ruto and Yoweri Museveni discussed Somalia when they met in Kampala.", "Somalia", "held"),
        (["Olaf Scholz", "Emmanuel Macron"], "Olaf Scholz and Emmanuel Macron met in Paris to address the fate of Moldova.", "Moldova", "held"),
        (["Kyriakos Mitsotakis", "Recep Tayyip Erdogan"], "Kyriakos Mitsotakis and Recep Tayyip Erdogan met in Athens to discuss the Cyprus problem.", "Cyprus", "held"),
        (["Salva Kiir", "Abdel Fattah al-Burhan"], "Salva Kiir and Abdel Fattah al-Burhan will meet in Juba to discuss the status of Abyei.", "Abyei", "scheduled"),
        (["Abdel Fattah al-Sisi", "King Abdullah"], "Abdel Fattah al-Sisi and King Abdullah met in Cairo to discuss the reconstruction of Gaza.", "Gaza", "held"),
        (["Cyril Ramaphosa", "Felix Tshisekedi"], "Cyril Ramaphosa and Felix Tshisekedi, meeting in Pretoria, discussed eastern Congo.", "Congo", "held"),
        (VK, "Aleksandar Vucic and Albin Kurti will meet in Brussels next week to tackle the future of northern Kosovo.", "Kosovo", "scheduled"),
        (["Lula", "Nicolas Maduro"], "Lula met Nicolas Maduro in Brasilia to discuss the Essequibo dispute.", "Essequibo", "held"),
    ]:  # fmt: skip
        place(False, parties, sentence, where, status)


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    talks_collapsed_cases()
    discussed_place_cases()
    purpose_cases()
    other_occasion_cases()
    reason_clause_cases()
    first_set_cases()
    target_cases()
    stance_words_cases()
    ordered_cases()
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
