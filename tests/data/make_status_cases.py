# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the adversarial set for the status, site, ordinal, accent and venue rules
(``grounding_statuses.jsonl``).

Run ``python tests/data/make_status_cases.py`` to rebuild it. Each case is a short article in
one outlet's style (wire, state media, live blog, analysis, translated copy) written for this
set, with one fact whose evidence is a sentence of it, and the value a careful fact-checker
would (``expect: true``) or would not accept from that sentence. The expected verdict is the
reading of the sentence, never the output of the code under test. Categories:

- ``summit-status``, ``truce-status``, ``stance``, ``measure-status``, ``truce-kind``,
  ``event-kind``: an enumerated value worded (or not) in its evidence (``status`` kind);
- ``package-number``: a package's number as an ordinal next to its cue (``ordinal`` kind);
- ``event-place``: an event's place named in its evidence (``site`` kind);
- ``accents``: a name with diacritics, written with or without them, found (or not) in the
  article (``mention`` kind);
- ``venue``: a summit's place written the ways outlets write venues (``place`` kind).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("grounding_statuses.jsonl")
cases: list[dict[str, Any]] = []


def add(category: str, expect: bool, why: str, text: str, facts: dict[str, Any], path: str) -> None:
    cases.append(
        {"id": f"st-{category}-{len(cases):04d}", "category": category, "expect": expect,
         "why": why, "text": text, "facts": facts, "check": "support", "path": path}
    )  # fmt: skip


def article(sentence: str, lead: str = "") -> str:
    """A short article around the evidence sentence: a dateline lead and a closing line."""
    opening = lead or "Officials gave few other details on Tuesday."
    return f"{opening}\n\n{sentence}\n\nThe story is developing.\n"


def summit(value: str, sentence: str, expect: bool, why: str, **extra: Any) -> None:
    fact = {"parties": ["Donald Trump", "Vladimir Putin"], "status": value, "evidence": [sentence]}
    fact.update(extra)
    add("summit-status", expect, why, article(sentence), {"summits": [fact]}, "summits[0].status")


def truce(value: str, sentence: str, expect: bool, why: str) -> None:
    facts = {"ceasefires": [{"status": value, "evidence": [sentence]}]}
    add("truce-status", expect, why, article(sentence), facts, "ceasefires[0].status")


def stance(party: str, value: str, sentence: str, expect: bool, why: str) -> None:
    position = {"party": party, "stance": value, "evidence": [sentence]}
    facts = {"ceasefires": [{"positions": [position], "evidence": [sentence]}]}
    add("stance", expect, why, article(sentence), facts, "ceasefires[0].positions[0].stance")


def measure(value: str, sentence: str, expect: bool, why: str) -> None:
    facts = {"sanctions": [{"status": value, "evidence": [sentence]}]}
    add("measure-status", expect, why, article(sentence), facts, "sanctions[0].status")


def kind(value: str, sentence: str, expect: bool, why: str) -> None:
    facts = {"ceasefires": [{"kind": value, "evidence": [sentence]}]}
    add("truce-kind", expect, why, article(sentence), facts, "ceasefires[0].kind")


def event(value: str, sentence: str, expect: bool, why: str) -> None:
    facts = {"events": [{"kind": value, "description": "event", "evidence": [sentence]}]}
    add("event-kind", expect, why, article(sentence), facts, "events[0].kind")


def package(value: int, sentence: str, expect: bool, why: str) -> None:
    facts = {"sanctions": [{"package_number": value, "evidence": [sentence]}]}
    add("package-number", expect, why, article(sentence), facts, "sanctions[0].package_number")


def place(value: str, sentence: str, expect: bool, why: str, lead: str = "") -> None:
    facts = {"events": [{"place": value, "description": "event", "evidence": [sentence]}]}
    add("event-place", expect, why, article(sentence, lead), facts, "events[0].place")


def accent(value: str, text: str, expect: bool, why: str) -> None:
    add("accents", expect, why, article(text), {"people": [{"name": value}]}, "people[0].name")


def venue(value: str, sentence: str, expect: bool, why: str, **extra: Any) -> None:
    fact = {"parties": ["Donald Trump", "Vladimir Putin"], "planned_location": value,
            "evidence": [sentence]}  # fmt: skip
    fact.update(extra)
    path = "summits[0].planned_location"
    add("venue", expect, why, article(sentence), {"summits": [fact]}, path)


def build_cases() -> list[dict[str, Any]]:
    cases.clear()
    # --- summit status -----------------------------------------------------------------------
    for value, sentence, why in [
        ("on_hold", "WASHINGTON (Reuters) - Plans for a Trump-Putin summit in Budapest have been shelved for now, a White House official said.", "shelved"),
        ("on_hold", "There are no plans for President Trump to meet President Putin in the immediate future, the White House said.", "no plans"),
        ("on_hold", "The Budapest meeting between Trump and Putin is on ice, two officials told the outlet.", "on ice"),
        ("postponed", "The Kremlin said the leaders' meeting had been pushed back to next month.", "pushed back"),
        ("postponed", "MOSCOW, Oct. 22 (Xinhua) -- The Russia-U.S. summit in Budapest has been delayed, Kremlin spokesman Dmitry Peskov said Wednesday.", "state-media delayed"),
        ("postponed", "Putin said the meeting with Trump was not cancelled but postponed.", "not cancelled but postponed"),
        ("cancelled", "Trump said he had called the Budapest meeting off because it did not feel right.", "called ... off"),
        ("cancelled", "LIVE: The Trump-Putin summit is off, the White House confirms.", "live blog: is off"),
        ("cancelled", "Officials in Washington said the preparatory session was no longer necessary.", "no longer necessary"),
        ("held", "Trump and Putin met for nearly three hours at a military base in Anchorage on Friday.", "met"),
        ("held", "The two leaders held talks in Geneva on Tuesday, their first in four years.", "held talks"),
        ("scheduled", "Trump and Putin will meet in Helsinki on July 16, the White House said.", "will meet"),
        ("scheduled", "The summit is slated for Nov. 12 in Helsinki, officials said.", "slated"),
        ("proposed", "Putin floated the idea of a meeting in Moscow.", "floated"),
        ("in_doubt", "The planned summit is now in doubt after Moscow rejected a ceasefire.", "in doubt"),
        ("under_way", "Talks between Trump and Putin were under way at the estate at the time of writing.", "under way"),
    ]:  # fmt: skip
        summit(value, sentence, True, why)
    for value, sentence, why, extra in [
        ("scheduled", "WASHINGTON (Reuters) - Plans for a Trump-Putin summit in Budapest have been shelved for now, a White House official said.", "shelved is not scheduled", {}),
        ("cancelled", "The Kremlin said the leaders' meeting had been pushed back to next month.", "pushed back is not cancelled", {}),
        ("scheduled", "Trump and Putin met for nearly three hours at a military base in Anchorage on Friday.", "met is not scheduled", {}),
        ("cancelled", "The Kremlin denied that the summit had been cancelled, saying preparations continued.", "denied cancellation", {}),
        ("cancelled", "Putin said the meeting with Trump had not been cancelled.", "negated cancellation", {}),
        ("scheduled", "A summit between the two leaders has yet to be scheduled, diplomats said.", "yet to be scheduled", {}),
        ("scheduled", "Trump said he would like to meet Putin at some point.", "a wish is not a schedule", {}),
        ("scheduled", "The planned summit in Budapest has been postponed indefinitely.", "planned but postponed", {}),
        ("held", "Trump and Putin last met in Alaska in August, a senior official noted.", "earlier meeting, not the planned one", {"planned_location": "Budapest"}),
        ("held", "The leaders are expected to meet in Vienna next week.", "expected is not held", {}),
        ("scheduled", "The White House said a meeting was possible but nothing had been arranged.", "nothing arranged", {}),
        ("on_hold", "Trump on Tuesday called off his planned summit with Putin.", "called off is not on hold", {}),
        ("scheduled", "MOSCOW (TASS) - A summit may still take place, the Kremlin said, though no date has been fixed.", "no date fixed", {}),
        ("held", "The announcement came a day after Trump postponed a planned meeting with Putin in Budapest.", "after ... postponed meeting is no held meeting", {"planned_location": "Budapest"}),
    ]:  # fmt: skip
        summit(value, sentence, False, why, **extra)
    # --- truce status ------------------------------------------------------------------------
    for value, sentence, why in [
        ("in_effect", "A ceasefire between Israel and Hamas took effect at noon on Friday, the Israeli military said.", "took effect"),
        ("in_effect", "The truce has largely held since Sunday, residents said.", "held"),
        ("in_effect", "Guns fell silent along the border as the truce came into force at midnight.", "came into force"),
        ("agreed", "Armenia and Azerbaijan agreed to a ceasefire late on Tuesday, Moscow said.", "agreed"),
        ("agreed", "The two sides signed a truce in Doha on Saturday.", "signed"),
        ("proposed", "Washington has proposed a 30-day ceasefire across the entire front line.", "proposed"),
        ("proposed", "European leaders urged Moscow to accept an immediate ceasefire.", "urged"),
        ("rejected", "The Kremlin rejected the proposal for an energy truce, Peskov told reporters.", "rejected"),
        ("violated", "Both sides accused each other of breaching the Easter truce.", "breaching"),
        ("collapsed", "The ceasefire collapsed within hours as shelling resumed.", "collapsed"),
        ("expired", "The 30-day moratorium on strikes against energy facilities expired on Thursday.", "expired"),
        ("accepted_in_principle", "Hamas said it accepted the framework in principle but wanted changes.", "in principle"),
    ]:  # fmt: skip
        truce(value, sentence, True, why)
    for value, sentence, why in [
        ("in_effect", "Washington has proposed a 30-day ceasefire across the entire front line.", "proposed is not in effect"),
        ("agreed", "The Kremlin rejected the proposal for an energy truce.", "rejected is not agreed"),
        ("proposed", "The Kremlin rejected the proposal for an energy truce.", "a rejected proposal is rejected"),
        ("proposed", "A ceasefire took effect at noon on Friday.", "in effect is not proposed"),
        ("in_effect", "The ceasefire collapsed within hours as shelling resumed.", "collapsed"),
        ("agreed", "Hamas has not yet accepted the proposal, a spokesman said.", "not yet accepted"),
        ("violated", "The two sides agreed to a ceasefire on Tuesday.", "agreed is not violated"),
        ("collapsed", "Moscow said the truce would expire on Monday unless extended.", "expiry is not collapse"),
        ("violated", "Officials said the 72-hour truce was holding.", "holding is not violated"),
        ("expired", "Both sides accused each other of violating the truce.", "violated is not expired"),
        ("rejected", "Kyiv said it was ready to accept a truce if Moscow did the same.", "ready is not rejected"),
        ("rejected", "Israel and Hamas signed the agreement in Sharm el-Sheikh.", "signed is not rejected"),
    ]:  # fmt: skip
        truce(value, sentence, False, why)
    # --- stance ------------------------------------------------------------------------------
    for party, value, sentence, why in [
        ("Ukraine", "supports_with_conditions", "Ukraine said it was ready to accept the truce provided Russia did the same.", "provided"),
        ("Russia", "rejects", "Moscow flatly rejected the plan, calling it a ploy to rearm Kyiv.", "rejected"),
        ("Russia", "skeptical", "The Kremlin was cautious, saying many questions remained unanswered.", "cautious"),
        ("Hamas", "awaiting_answer", "Hamas has yet to respond to the latest proposal, mediators said.", "yet to respond"),
        ("Israel", "agreed", "Israel's cabinet approved the ceasefire deal early on Friday.", "approved"),
        ("Ukraine", "supports", "Zelensky welcomed the proposal for a Black Sea truce.", "welcomed"),
        ("EU", "supports", "EU leaders backed Trump's call for a freeze along the front line.", "backed"),
        ("Russia", "supports_with_conditions", "Putin said he supported the idea but there were nuances to discuss.", "but nuances"),
        ("Ukraine", "agreed", "Kyiv said it had signed up to the 30-day ceasefire.", "signed up"),
        ("Russia", "rejects", "Russia will not agree to any truce until its conditions are met, Lavrov said.", "will not agree"),
        ("Hungary", "skeptical", "Budapest voiced doubts about the plan.", "doubts"),
        ("Ukraine", "rejects", "Zelensky ruled out any deal that would cede territory.", "ruled out"),
    ]:  # fmt: skip
        stance(party, value, sentence, True, why)
    for party, value, sentence, why in [
        ("Russia", "supports", "Moscow flatly rejected the plan, calling it a ploy.", "rejected is not supports"),
        ("Israel", "rejects", "Israel's cabinet approved the ceasefire deal early on Friday.", "approved is not rejects"),
        ("Hamas", "agreed", "Hamas has yet to respond to the latest proposal.", "no answer is not agreed"),
        ("Russia", "agreed", "The Kremlin was cautious, saying many questions remained.", "cautious is not agreed"),
        ("Ukraine", "rejects", "Kyiv said it had signed up to the 30-day ceasefire.", "signed up is not rejects"),
        ("Ukraine", "rejects", "Zelensky welcomed the proposal for a Black Sea truce.", "welcomed is not rejects"),
        ("Russia", "agreed", "Russia did not accept the proposal.", "negated acceptance"),
        ("Ukraine", "rejects", "Ukraine has not rejected the plan outright, officials said.", "negated rejection"),
        ("Hungary", "supports", "Budapest voiced doubts about the plan.", "doubts are not support"),
        ("China", "supports", "Beijing has not said whether it backs the truce.", "not said whether it backs"),
        ("Russia", "supports_with_conditions", "Putin rejected the truce outright.", "outright rejection has no conditions"),
    ]:  # fmt: skip
        stance(party, value, sentence, False, why)
    # --- measure status ----------------------------------------------------------------------
    for value, sentence, why in [
        ("imposed", "The U.S. Treasury on Wednesday imposed sanctions on Rosneft and Lukoil.", "imposed"),
        ("imposed", "Britain froze the assets of both companies last week.", "froze"),
        ("introduced", "Senators Graham and Blumenthal introduced the bill in April.", "introduced"),
        ("threatened", "Trump warned of very severe consequences if Moscow did not agree to a truce.", "warned"),
        ("lifted", "Washington lifted sanctions on the national airline on Thursday.", "lifted"),
        ("suspended", "The EU suspended the tariff for 90 days while talks continue.", "suspended"),
        ("vote_expected", "Thune said the Senate would vote on the bill within weeks.", "would vote"),
        ("passed_one_chamber", "The House passed the bill on Tuesday.", "passed"),
        ("enacted", "The president signed the measure into law on Friday.", "signed into law"),
        ("announced", "The Treasury announced new sanctions on Russian oil firms.", "announced"),
        ("proposed", "The Commission proposed a 20th package of sanctions on Tuesday.", "proposed"),
        ("in_force", "The price cap, in force since December 2022, remains in place.", "in force"),
        ("in_committee", "The bill is now before the Senate Foreign Relations Committee.", "committee"),
    ]:  # fmt: skip
        measure(value, sentence, True, why)
    for value, sentence, why in [
        ("lifted", "The U.S. Treasury on Wednesday imposed sanctions on Rosneft and Lukoil.", "imposed is not lifted"),
        ("enacted", "Senators introduced the bill in April.", "introduced is not enacted"),
        ("imposed", "Trump warned of severe consequences if Moscow did not agree to a truce.", "a warning is not imposed"),
        ("imposed", "Washington lifted sanctions on the national airline.", "lifted is not imposed"),
        ("in_force", "The EU suspended the tariff for 90 days.", "suspended is not in force"),
        ("enacted", "The House passed the bill on Tuesday; the Senate has yet to vote.", "one chamber is not enacted"),
        ("imposed", "The Commission proposed a 20th package of sanctions.", "proposed is not imposed"),
        ("enacted", "The president has not signed the bill into law.", "negated signing"),
        ("imposed", "Lawmakers are weighing a bill that would impose tariffs on buyers of Russian oil.", "would impose is not imposed"),
        ("lifted", "The U.S. has not lifted any sanctions on Russia, Rubio said.", "negated lifting"),
        ("vote_expected", "The bill has 84 co-sponsors but no vote has been scheduled.", "no vote"),
    ]:  # fmt: skip
        measure(value, sentence, False, why)
    # --- truce kind --------------------------------------------------------------------------
    for value, sentence, why in [
        ("energy_infrastructure", "Putin agreed to a 30-day halt to strikes on energy infrastructure.", "energy infrastructure"),
        ("sea", "The sides agreed to ensure safe navigation in the Black Sea.", "Black Sea navigation"),
        ("full", "Ukraine accepted a 30-day ceasefire across the entire front.", "whole front"),
        ("full", "Israel declared a ceasefire in Gaza on Friday.", "plain ceasefire"),
        ("air", "Kyiv proposed a truce in the air, a halt to long-range missile and drone strikes.", "air truce"),
        ("humanitarian", "The UN called for a humanitarian pause to let aid trucks in.", "humanitarian pause"),
        ("local", "A local ceasefire around the town was proposed by the mayor.", "local"),
        ("energy_infrastructure", "Zelensky offered an energy ceasefire if Moscow stopped hitting power plants.", "energy ceasefire"),
        ("sea", "Russia and Ukraine agreed to a maritime truce.", "maritime"),
        ("full", "Trump called for a complete halt to the fighting.", "complete halt"),
    ]:  # fmt: skip
        kind(value, sentence, True, why)
    for value, sentence, why in [
        ("full", "Putin agreed to a 30-day halt to strikes on energy infrastructure.", "energy halt is not full"),
        ("energy_infrastructure", "The sides agreed to ensure safe navigation in the Black Sea.", "sea is not energy"),
        ("sea", "Ukraine accepted a 30-day ceasefire across the entire front.", "full is not sea"),
        ("full", "Zelensky offered an energy ceasefire.", "energy ceasefire is not full"),
        ("full", "The UN called for a humanitarian pause.", "humanitarian pause is not full"),
        ("energy_infrastructure", "Kyiv proposed a truce in the air.", "air is not energy"),
        ("full", "Russia and Ukraine agreed to a maritime truce.", "maritime is not full"),
        ("humanitarian", "Israel declared a ceasefire in Gaza.", "plain ceasefire is not humanitarian"),
        ("sea", "A local ceasefire around the town of Bakhmut was proposed.", "local is not sea"),
        ("air", "Trump called for a complete halt to the fighting.", "complete halt is not air"),
    ]:  # fmt: skip
        kind(value, sentence, False, why)
    # --- event kind --------------------------------------------------------------------------
    for value, sentence, why in [
        ("strike", "Russian missiles struck a power plant in Kharkiv overnight.", "struck"),
        ("casualties", "At least seven people were killed and 29 wounded, officials said.", "killed"),
        ("displacement", "More than 10,000 residents fled the border villages.", "fled"),
        ("prisoner_exchange", "Russia and Ukraine swapped 175 prisoners each on Wednesday.", "swapped"),
        ("aid_pause", "Washington paused deliveries of military aid to Kyiv.", "paused"),
        ("aid_resumption", "The U.S. resumed intelligence sharing with Ukraine.", "resumed"),
        ("talks", "Rubio and Lavrov spoke by phone on Monday.", "spoke by phone"),
        ("vote", "The Senate voted to advance the measure.", "voted"),
        ("attack", "Ukrainian drones attacked a refinery in the Bryansk region.", "attacked"),
        ("talks", "Delegations from both countries negotiated for eight hours in Jeddah.", "negotiated"),
        ("casualties", "The death toll rose to 34.", "death toll"),
        ("aid_resumption", "The Rafah crossing reopened to aid trucks on Sunday.", "reopened"),
    ]:  # fmt: skip
        event(value, sentence, True, why)
    for value, sentence, why in [
        ("strike", "Rubio and Lavrov spoke by phone on Monday.", "a call is not a strike"),
        ("casualties", "Russia and Ukraine swapped 175 prisoners each.", "a swap is not casualties"),
        ("aid_resumption", "Washington paused deliveries of military aid to Kyiv.", "paused is not resumed"),
        ("aid_pause", "The U.S. resumed intelligence sharing with Ukraine.", "resumed is not paused"),
        ("talks", "More than 10,000 residents fled the border villages.", "fleeing is not talks"),
        ("attack", "The Senate voted to advance the measure.", "a vote is not an attack"),
        ("prisoner_exchange", "At least seven people were killed.", "deaths are not an exchange"),
        ("vote", "Russian missiles struck a power plant.", "a strike is not a vote"),
        ("aid_pause", "The Rafah crossing reopened to aid trucks.", "reopened is not paused"),
        ("displacement", "Delegations negotiated for eight hours in Jeddah.", "talks are not displacement"),
        ("casualties", "Ukrainian drones attacked a refinery.", "an attack without victims"),
    ]:  # fmt: skip
        event(value, sentence, False, why)
    # --- package number ----------------------------------------------------------------------
    for value, sentence, why in [
        (19, "The EU adopted its 19th sanctions package on Thursday.", "19th sanctions package"),
        (19, "Brussels unveiled the nineteenth package of measures against Moscow.", "nineteenth"),
        (21, "Ministers agreed on the twenty-first package.", "twenty-first"),
        (17, "Package No. 17 targets the shadow fleet.", "No. 17"),
        (20, "It is the bloc's 20th round of sanctions since 2022.", "20th round"),
        (14, "The 14th package, adopted in June, banned transshipment of LNG.", "14th package"),
        (18, "EU ambassadors approved the 18th sanctions package against Russia, the Danish presidency said.", "18th"),
        (11, "The eleventh package focuses on circumvention.", "eleventh"),
        (16, "BRUSSELS, Feb. 24 (Xinhua) -- The EU's 16th package of sanctions against Russia entered into force.", "state media 16th"),
        (12, "A 12th tranche of sanctions was announced.", "12th tranche"),
    ]:  # fmt: skip
        package(value, sentence, True, why)
    for value, sentence, why in [
        (18, "The EU adopted its 19th sanctions package.", "another ordinal"),
        (20, "Brussels unveiled the nineteenth package.", "another ordinal in words"),
        (19, "The package lists 19 new entities.", "a cardinal count"),
        (17, "The 18th package was adopted in July; work on the 19th has started.", "not stated"),
        (2027, "The EU's 19th package bans LNG imports from 2027.", "a year"),
        (117, "The package, the bloc's biggest, adds 117 vessels.", "a count of vessels"),
        (5, "The 5th of July is when the 14th package took effect.", "a date's ordinal"),
        (20, "Twenty packages have been adopted since 2022.", "a cardinal in words"),
        (3, "The third vote on the 19th package failed.", "the ordinal of a vote"),
        (21, "EU diplomats said a 20th package was being prepared, after the 19th was adopted.", "not stated"),
    ]:  # fmt: skip
        package(value, sentence, False, why)
    # --- event place -------------------------------------------------------------------------
    for value, sentence, why in [
        ("Kharkiv", "Russian missiles hit Kharkiv overnight, officials said.", "hit X"),
        ("Odesa", "A drone struck an apartment block in Odesa's Kyivskyi district.", "possessive"),
        ("the north", "Residents returned to the north of the Gaza Strip.", "leading article"),
        ("Belarusian border", "The exchange took place on the Belarusian border.", "border"),
        ("Kherson, Ukraine", "Shelling hit Kherson, Ukraine, killing two.", "city, country"),
        ("Istanbul", "Talks were held in Istanbul's Dolmabahce Palace.", "possessive venue"),
        ("Khan Younis", "Israeli strikes hit Khan Younis in southern Gaza.", "two words"),
        ("Kiev", "Explosions were heard in Kyiv overnight.", "spelling variant"),
        ("Zaporizhzhia region", "Strikes on the Zaporizhzhia region left 40,000 without power.", "region"),
        ("Bryansk region, Russia", "Drones attacked a refinery in Russia's Bryansk region.", "country elsewhere in sentence"),
        ("Mykolaïv", "An attack hit Mykolaiv before dawn.", "diacritic in value"),
    ]:  # fmt: skip
        place(value, sentence, True, why)
    for value, sentence, why, lead in [
        ("Kyiv", "Russian missiles hit Kharkiv overnight.", "another city", ""),
        ("the south", "Residents returned to the north of the Gaza Strip.", "another direction", ""),
        ("Kherson, Russia", "Shelling hit Kherson, killing two, Ukrainian officials said.", "a country the article never names", ""),
        ("Lviv", "Explosions were heard in Kyiv overnight.", "another city", ""),
        ("Dnipro", "Strikes on the Zaporizhzhia region left 40,000 without power.", "another region", ""),
        ("Rafah", "Israeli strikes hit Khan Younis.", "another town", ""),
        ("Ankara", "Talks were held in Istanbul.", "the capital is not the venue", ""),
        ("Mykolaiv", "A drone struck a block of flats in Odesa.", "another city", ""),
        ("Washington", "The Pentagon confirmed the withdrawal.", "a metonym is not a place", ""),
        ("Kharkiv", "On Tuesday, drones struck Sumy.", "named elsewhere in the article", "Kharkiv was hit last week."),
        ("Kursk, Belarus", "Drones hit Kursk overnight.", "a country the article never names", ""),
    ]:  # fmt: skip
        place(value, sentence, False, why, lead)
    # --- accents -----------------------------------------------------------------------------
    for value, text, why in [
        ("Viktor Orbán", "Hungarian Prime Minister Viktor Orbán said he was ready to host the summit.", "as written"),
        ("Viktor Orban", "Hungarian Prime Minister Viktor Orbán said he was ready to host the summit.", "value without accent"),
        ("Viktor Orbán", "Hungarian Prime Minister Viktor Orban said he was ready to host the summit.", "article without accent"),
        ("Recep Tayyip Erdoğan", "Turkish President Recep Tayyip Erdoğan offered to mediate.", "breve"),
        ("Recep Tayyip Erdogan", "Turkish President Recep Tayyip Erdoğan offered to mediate.", "breve dropped"),
        ("Maroš Šefčovič", "EU trade chief Maroš Šefčovič met his U.S. counterpart.", "carons"),
        ("Maros Sefcovic", "EU trade chief Maroš Šefčovič met his U.S. counterpart.", "carons dropped"),
        ("Andrej Babis", "Czech billionaire Andrej Babiš won the most votes.", "caron dropped"),
        ("Jean-Noel Barrot", "French Foreign Minister Jean-Noël Barrot arrived in Kyiv.", "diaeresis dropped"),
        ("Radoslaw Sikorski", "Polish Foreign Minister Radosław Sikorski called it a provocation.", "stroke l"),
        ("Lars Lokke Rasmussen", "Danish Foreign Minister Lars Løkke Rasmussen chaired the meeting.", "slashed o"),
        ("Aleksandar Vučić", "Serbian President Aleksandar Vučić declined to join the sanctions.", "acute and caron"),
    ]:  # fmt: skip
        accent(value, text, True, why)
    for value, text, why in [
        ("Viktor Orbánová", "Hungarian Prime Minister Viktor Orbán said he was ready to host the summit.", "a longer surname"),
        ("Ekrem İmamoğlu", "Turkish President Recep Tayyip Erdoğan offered to mediate.", "someone else"),
        ("Maroš Šefčík", "EU trade chief Maroš Šefčovič met his U.S. counterpart.", "another surname"),
        ("Andrej Bašić", "Czech billionaire Andrej Babiš won the most votes.", "another surname"),
        ("Aleksandar Vulin", "Serbian President Aleksandar Vučić declined to join the sanctions.", "another surname"),
        ("Jean-Noël Bardot", "French Foreign Minister Jean-Noël Barrot arrived in Kyiv.", "one letter off"),
        ("Lars Løkke Jensen", "Danish Foreign Minister Lars Løkke Rasmussen chaired the meeting.", "another surname"),
        ("Péter Szijjártó", "Hungarian Prime Minister Viktor Orbán said he was ready to host the summit.", "not in the article"),
        ("Radosław Fogiel", "Polish Foreign Minister Radosław Sikorski called it a provocation.", "same first name only"),
        ("Balázs Orbán", "Hungarian Prime Minister Viktor Orbán said Orbán would host the summit.", "another first name"),
        ("Bilal Erdoğan", "Turkish President Recep Tayyip Erdoğan offered to mediate, Erdoğan's office said.", "another first name"),
    ]:  # fmt: skip
        accent(value, text, False, why)
    # --- venue -------------------------------------------------------------------------------
    for value, sentence, why, extra in [
        ("Budapest, Hungary", "A summit between Trump and Putin, which was planned for Budapest, Hungary, has been put on hold.", "planned for, across a relative clause", {}),
        ("the White House", "Trump met Putin's envoy and then Putin at the White House on Friday.", "leading the", {"status": "held"}),
        ("Budapest", "But the Budapest summit is off.", "the X summit, no party named", {}),
        ("Budapest", "The announcement of a US-Russia summit in Budapest surprised Europe.", "country adjectives", {}),
        ("Budapest", "Preparations for the potential summit in Budapest were put on hold after a call between Rubio and Lavrov.", "other people named", {}),
        ("Helsinki", "The leaders' summit, slated for Helsinki, was delayed.", "slated for", {}),
        ("Geneva", "The Geneva summit between Trump and Putin lasted four hours.", "the X summit", {"status": "held"}),
        ("White House", "Trump said he would host Putin at the White House.", "host at", {}),
        ("Istanbul", "The meeting is scheduled for Istanbul, the Turkish foreign ministry said.", "scheduled for", {}),
        ("Budapest", "MOSCOW (TASS) - The Kremlin said the venue of the Putin-Trump summit, Budapest, had not changed.", "venue, X", {}),
        ("Anchorage", "Trump and Putin's Anchorage summit produced no deal.", "possessive X summit", {"status": "held"}),
    ]:  # fmt: skip
        venue(value, sentence, True, why, **extra)
    for value, sentence, why, extra in [
        ("Bucharest, Hungary", "A summit between Trump and Putin, which was planned for Budapest, Hungary, has been put on hold.", "shared country only", {}),
        ("Alaska", "Trump and Putin last met in Alaska; a summit in Budapest is planned.", "earlier meeting's place", {"status": "scheduled", "previous_meeting": "Alaska"}),
        ("Alaska", "The Budapest summit is off, after the Alaska summit produced little.", "previous meeting's place", {"status": "cancelled", "previous_meeting": "the Alaska summit"}),
        ("Geneva", "Rubio and Lavrov met in Geneva to prepare the ground for the summit.", "other people's meeting", {}),
        ("Vienna", "Officials in Vienna said the summit would go ahead.", "where officials spoke", {}),
        ("Vienna", "The Vienna-based OSCE welcomed the planned summit in Budapest.", "an organisation's seat", {}),
        ("Budapest", "A summit in the Hungarian capital was planned.", "the city is not named", {}),
        ("Alaska", "The summit was planned for Budapest, but the Alaska meeting went ahead with little result.", "another meeting's place", {"status": "cancelled"}),
        ("Budapest", "The Bucharest summit was called off.", "a similar name", {}),
        ("Budapest, Hungary", "A US-Russia summit in Hungary has been postponed.", "only the country", {}),
        ("Moscow", "MOSCOW (TASS) - The summit will take place in the coming weeks, Peskov said.", "dateline", {}),
    ]:  # fmt: skip
        venue(value, sentence, False, why, **extra)
    round_two()
    round_three()
    return list(cases)


def round_two() -> None:
    """A second round, written after the first passed: harder paraphrase, modals, denials,
    other objects, and other people's meetings. Cases marked ``known_gap`` are documented
    limits (DECISIONS.md), reported but not required."""
    for value, sentence, why in [
        ("on_hold", "The White House has put the brakes on a second Trump-Putin summit.", "put the brakes on"),
        ("postponed", "The leaders' meeting has been moved to a later date, Ushakov said.", "later date"),
        ("cancelled", "Trump pulled the plug on the Budapest summit.", "pulled the plug"),
        ("cancelled", "The Budapest summit is dead, a senior administration official said.", "is dead"),
        ("held", "Putin and Trump sat down together in Anchorage on Friday.", "sat down"),
        ("held", "The two presidents' talks in Alaska ended without a deal.", "talks ended"),
        ("held", "During their encounter in Alaska, Trump and Putin discussed a ceasefire.", "encounter"),
        ("scheduled", "Trump is set to meet Putin in Budapest within two weeks.", "set to meet"),
        ("scheduled", "The Kremlin confirmed that Putin would travel to Budapest for talks with Trump.", "would travel"),
        ("proposed", "Trump said he was open to a second meeting with Putin.", "open to"),
        ("in_doubt", "The fate of the Budapest summit hung in the balance on Tuesday.", "hung in the balance"),
        ("under_way", "The two leaders are currently meeting behind closed doors.", "currently meeting"),
    ]:  # fmt: skip
        summit(value, sentence, True, why)
    for value, sentence, why, extra in [
        ("on_hold", "The White House said the summit had not been put on hold, contrary to reports.", "negated hold", {}),
        ("postponed", "Putin said the talks would go ahead as planned in Budapest.", "as planned", {}),
        ("scheduled", "Trump wants to meet Putin soon, but no summit has been scheduled.", "no summit scheduled", {}),
        ("scheduled", "The summit was originally scheduled for Thursday but has been postponed.", "scheduled then postponed", {}),
        ("held", "A summit was floated in October but never materialised.", "never happened", {}),
        ("held", "A meeting between the two leaders was being prepared, Peskov said.", "prepared is not held", {}),
        ("scheduled", "Trump had planned to meet Putin in Budapest before the plan was dropped.", "planned then dropped", {}),
        ("scheduled", "Trump said he will not meet Putin until a deal is ready.", "will not meet", {}),
        ("under_way", "Trump and Putin are not meeting this week.", "not meeting", {}),
        ("cancelled", "Trump said he could cancel the summit if Moscow did not move.", "could cancel", {}),
        ("held", "Trump and Putin would meet in Budapest, Orbán said.", "would meet is not held", {}),
    ]:  # fmt: skip
        summit(value, sentence, False, why, **extra)
    gap = "Reports that the summit had been cancelled were fake news, Trump said."
    summit("cancelled", gap, False, "a report the sentence calls fake")
    for value, sentence, why in [
        ("in_effect", "The guns have been largely quiet since the truce began on Sunday.", "began"),
        ("in_effect", "Calm returned to Gaza on Saturday as the ceasefire held for a second day.", "held"),
        ("agreed", "Israel and Hamas have reached a ceasefire deal, mediators said.", "reached"),
        ("agreed", "Both sides have committed to a 30-day ceasefire.", "committed"),
        ("proposed", "The plan envisages a 60-day truce.", "envisages"),
        ("rejected", "Moscow said no to the energy truce.", "said no"),
        ("violated", "Ukraine said Russia had flouted the truce dozens of times.", "flouted"),
        ("collapsed", "The truce fell apart within days.", "fell apart"),
        ("expired", "The 30-day energy moratorium lapsed on April 16.", "lapsed"),
        ("accepted_in_principle", "Kyiv agreed in principle to the U.S. proposal.", "in principle"),
        ("in_effect", "Since the ceasefire took hold, aid deliveries have increased.", "took hold"),
        ("violated", "Russia struck a power plant despite the truce.", "despite the truce"),
    ]:  # fmt: skip
        truce(value, sentence, True, why)
    for value, sentence, why in [
        ("in_effect", "Israel said the ceasefire would take effect at noon.", "would take effect"),
        ("collapsed", "The ceasefire has not collapsed, despite violations, the mediators insisted.", "negated collapse"),
        ("agreed", "Hamas said it would study the proposal.", "studying is not agreeing"),
        ("rejected", "Moscow has not rejected the idea of a truce outright.", "negated rejection"),
        ("in_effect", "Zelensky called for a ceasefire.", "a call is not in effect"),
        ("agreed", "The proposal for a 30-day truce remains on the table.", "on the table"),
        ("agreed", "A ceasefire agreement is expected to be signed on Monday.", "expected to be signed"),
        ("violated", "Russia and Ukraine accused each other of preparing to attack.", "an accusation of plans"),
        ("agreed", "Talks on a ceasefire continued in Cairo.", "talks are not agreement"),
        ("expired", "The truce is due to expire on Monday.", "due to expire"),
        ("collapsed", "Mediators warned the truce could collapse.", "could collapse"),
    ]:  # fmt: skip
        truce(value, sentence, False, why)
    for party, value, sentence, why in [
        ("Ukraine", "supports", "Kyiv is in favour of a full ceasefire.", "in favour"),
        ("Ukraine", "supports", "Zelensky said he would back any truce that saves lives.", "would back"),
        ("Russia", "rejects", "The Kremlin dismissed the proposal as unrealistic.", "dismissed"),
        ("Hamas", "rejects", "Hamas said it would not disarm, rebuffing the plan.", "rebuffing"),
        ("Russia", "rejects", "Moscow says a ceasefire is out of the question.", "out of the question"),
        ("Israel", "agreed", "Israel has given its consent to the deal.", "consent"),
        ("Russia", "skeptical", "Russia is wary of any pause that lets Kyiv regroup.", "wary"),
        ("Russia", "awaiting_answer", "Moscow is still studying the proposal, Peskov said.", "studying"),
        ("Russia", "supports_with_conditions", "Putin said he was ready for a truce, as long as Western arms deliveries stopped.", "as long as"),
        ("Ukraine", "supports_with_conditions", "Ukraine will agree only if security guarantees are provided.", "only if"),
        ("Ukraine", "agreed", "Ukraine accepted the U.S. proposal for a 30-day ceasefire.", "accepted"),
        ("Turkey", "supports", "Turkey expressed support for the initiative.", "support"),
    ]:  # fmt: skip
        stance(party, value, sentence, True, why)
    for party, value, sentence, why in [
        ("Russia", "supports", "Moscow says a ceasefire is out of the question.", "out of the question"),
        ("Ukraine", "agreed", "Kyiv is in favour of a full ceasefire.", "favour is not agreement"),
        ("Russia", "rejects", "Putin said he was ready for a truce, as long as Western arms deliveries stopped.", "conditional yes"),
        ("Ukraine", "agreed", "Ukraine will agree only if security guarantees are provided.", "will agree if"),
        ("Russia", "supports", "Russia said it was not ready to accept a truce yet.", "not ready"),
        ("Israel", "rejects", "Israel has given its consent to the deal.", "consent"),
        ("Russia", "rejects", "Moscow is still studying the proposal.", "studying"),
        ("Hamas", "agreed", "Hamas said it would not disarm.", "refusal"),
        ("Turkey", "skeptical", "Turkey expressed support for the initiative.", "support"),
        ("Ukraine", "supports", "Zelensky said Ukraine would never accept a freeze.", "never accept"),
        ("Russia", "agreed", "The Kremlin dismissed the proposal as unrealistic.", "dismissed"),
    ]:  # fmt: skip
        stance(party, value, sentence, False, why)
    for value, sentence, why in [
        ("imposed", "Washington slapped sanctions on two Russian oil majors.", "slapped"),
        ("imposed", "The EU blacklisted 117 more tankers.", "blacklisted"),
        ("imposed", "Rosneft and Lukoil are now under U.S. sanctions.", "under sanctions"),
        ("threatened", "Trump said Russia would face very severe consequences.", "would face"),
        ("introduced", "The bill, filed by Senator Graham in April, has 84 co-sponsors.", "filed"),
        ("lifted", "The U.S. eased sanctions on Belarusian potash.", "eased"),
        ("lifted", "Washington removed the airline from the sanctions list.", "removed"),
        ("announced", "The Treasury unveiled sanctions targeting Rosneft.", "unveiled"),
        ("in_force", "The oil price cap, which took effect in 2022, remains in force.", "remains in force"),
        ("proposed", "The Commission is preparing a 20th package.", "preparing"),
        ("vote_expected", "Thune said he was ready to bring the bill to the floor.", "to the floor"),
        ("passed_one_chamber", "The bill cleared the House 420-7.", "cleared"),
    ]:  # fmt: skip
        measure(value, sentence, True, why)
    for value, sentence, why in [
        ("imposed", "The EU is preparing a 20th package.", "preparing"),
        ("imposed", "Trump said Russia would face very severe consequences.", "a threat"),
        ("passed_one_chamber", "The bill, filed in April, has yet to get a vote.", "no vote yet"),
        ("lifted", "The U.S. could lift some sanctions if a peace deal is reached.", "could lift"),
        ("imposed", "Hungary threatened to veto the package.", "a veto threat"),
        ("lifted", "The Treasury unveiled sanctions targeting Rosneft.", "unveiled"),
        ("lifted", "Slovakia lifted its veto, clearing the way for the package.", "lifting a veto"),
        ("passed_one_chamber", "The House has not voted on the Senate bill.", "not voted"),
        ("proposed", "Officials said new sanctions were not being considered.", "not considered"),
        ("imposed", "The Senate bill would impose a 500% tariff.", "would impose"),
        ("enacted", "The bill cleared the House 420-7.", "one chamber"),
    ]:  # fmt: skip
        measure(value, sentence, False, why)
    for value, sentence, why in [
        ("energy_infrastructure", "The moratorium covers strikes on refineries and power grids.", "refineries and grids"),
        ("sea", "Both sides pledged safe passage for commercial shipping.", "shipping"),
        ("full", "Kyiv backed an unconditional, comprehensive ceasefire.", "comprehensive"),
        ("full", "Hamas and Israel agreed to stop fighting.", "stop fighting"),
        ("air", "Zelensky proposed a halt to attacks with long-range missiles and drones.", "missiles and drones"),
        ("humanitarian", "A three-day pause was agreed to let civilians evacuate.", "civilians evacuate"),
        ("local", "A limited truce around the nuclear plant was discussed.", "limited"),
        ("energy_infrastructure", "Russia and Ukraine agreed not to hit each other's energy facilities.", "energy facilities"),
        ("sea", "The deal covers the Black Sea.", "Black Sea"),
        ("full", "Putin ordered his forces to cease all hostilities.", "all hostilities"),
    ]:  # fmt: skip
        kind(value, sentence, True, why)
    for value, sentence, why in [
        ("full", "The moratorium covers strikes on refineries and power grids.", "energy"),
        ("full", "Both sides pledged safe passage for commercial shipping.", "shipping"),
        ("energy_infrastructure", "Kyiv backed an unconditional, comprehensive ceasefire.", "comprehensive"),
        ("full", "A three-day pause was agreed to let civilians evacuate.", "humanitarian"),
        ("full", "Zelensky proposed a halt to attacks with long-range missiles and drones.", "air"),
        ("air", "The deal covers the Black Sea.", "sea"),
        ("sea", "Hamas and Israel agreed to stop fighting.", "full"),
        ("full", "Russia and Ukraine agreed not to hit each other's energy facilities.", "energy"),
        ("sea", "The energy truce expired, and Kyiv now wants a full ceasefire.", "energy and full"),
        ("full", "A limited truce around the nuclear plant was discussed.", "local"),
    ]:  # fmt: skip
        kind(value, sentence, False, why)
    for value, sentence, why in [
        ("strike", "Missiles rained down on Kharkiv overnight.", "missiles"),
        ("casualties", "Two people lost their lives in the shelling.", "lost their lives"),
        ("displacement", "Thousands were evacuated from frontline towns.", "evacuated"),
        ("prisoner_exchange", "Ukraine and Russia traded 84 POWs each.", "POWs"),
        ("aid_pause", "Military aid to Ukraine was put on hold.", "on hold"),
        ("aid_resumption", "U.S. weapons shipments to Ukraine are flowing again.", "flowing again"),
        ("talks", "The envoys held a video call on Thursday.", "call"),
        ("vote", "Lawmakers approved the measure 82-14.", "approved"),
        ("attack", "Ukrainian forces launched a counteroffensive near Kupiansk.", "launched"),
        ("strike", "An airstrike flattened a school in Gaza City.", "airstrike"),
        ("talks", "Witkoff sat down with Putin for five hours.", "sat down"),
        ("casualties", "The attack left 12 dead.", "dead"),
    ]:  # fmt: skip
        event(value, sentence, True, why)
    for value, sentence, why in [
        ("casualties", "Missiles rained down on Kharkiv overnight.", "no victims named"),
        ("talks", "Two people lost their lives in the shelling.", "deaths"),
        ("strike", "Thousands were evacuated from frontline towns.", "evacuation"),
        ("aid_resumption", "Military aid to Ukraine was put on hold.", "on hold"),
        ("aid_pause", "U.S. weapons shipments to Ukraine are flowing again.", "flowing again"),
        ("vote", "The envoys held a video call.", "a call"),
        ("talks", "Lawmakers approved the measure.", "a vote"),
        ("prisoner_exchange", "An airstrike flattened a school.", "a strike"),
        ("attack", "Witkoff sat down with Putin for five hours.", "talks"),
        ("displacement", "The attack left 12 dead.", "deaths"),
        ("strike", "Russia threatened to strike Kyiv if the missiles were delivered.", "a threat to strike"),
    ]:  # fmt: skip
        event(value, sentence, False, why)
    for value, sentence, why in [
        (19, "The bloc's 19th round of penalties bans Russian LNG.", "round"),
        (19, "EU agrees 19th package as Slovakia drops objections", "headline style"),
        (19, "It is the EU's nineteenth sanctions package since the invasion.", "words"),
        (20, "The 20th package, the first under the Danish presidency, targets banks.", "20th package"),
        (18, "Sanctions package number 18 was adopted in July.", "number 18"),
        (19, "The EU's 19th set of sanctions hits Russian LNG.", "set"),
        (19, "The 19th EU package of restrictive measures was approved.", "19th EU package"),
        (19, "Brussels rolled out package 19 on Thursday.", "package 19"),
        (17, "Both the 17th and 18th packages targeted the shadow fleet.", "listed ordinals"),
        (20, "Work has begun on the twentieth sanctions package against Moscow.", "twentieth"),
    ]:  # fmt: skip
        package(value, sentence, True, why)
    for value, sentence, why in [
        (45, "The EU's 19th package hits 45 banks.", "a count"),
        (23, "The 19th package, agreed on Oct. 23, bans LNG.", "a date"),
        (19, "Nineteen packages later, Russia's economy still grows.", "cardinal"),
        (20, "The EU's 18th package was watered down; the 19th is tougher.", "not stated"),
        (19, "Article 19 of the package covers banks.", "an article number"),
        (3, "The 3rd phase of the 19th package starts in 2027.", "a phase"),
        (19, "A 19th-century law was cited in the package debate.", "a century"),
        (18, "Package No. 19 is not yet agreed, diplomats said; No. 18 is in force.", "too far"),
        (10, "Ten packages have been adopted; an 11th is being drafted.", "cardinal"),
        (2, "The second vote on the package is due on Friday.", "a vote's ordinal"),
    ]:  # fmt: skip
        package(value, sentence, False, why)
    for value, sentence, why, lead in [
        ("Kyiv", "Kyiv's Darnytskyi district was hit.", "possessive", ""),
        ("Lviv region", "An air raid alert sounded across Lviv region.", "region", ""),
        ("Ust-Luga", "Fires broke out at the Ust-Luga port after a drone attack.", "hyphenated", ""),
        ("Dnipro", "Explosions rocked the city of Dnipro.", "city of", ""),
        ("Sumy", "In Sumy, a missile hit a bus.", "fronted", ""),
        ("Pokrovsk", "Russian forces pushed toward Pokrovsk.", "toward", ""),
        ("Gaza City", "Strikes hit Gaza City's Zeitoun neighbourhood.", "possessive two words", ""),
        ("Ternopil, Ukraine", "Emergency crews worked through the night in Ternopil, western Ukraine.", "country after adjective", ""),
        ("Saratov", "A refinery in Russia's Saratov region burned.", "city of a region", ""),
        ("Ukraine-Belarus border", "The exchange happened at the Ukraine-Belarus border.", "hyphenated border", ""),
    ]:  # fmt: skip
        place(value, sentence, True, why, lead)
    for value, sentence, why, lead in [
        ("Dnipro", "Kyiv's Darnytskyi district was hit.", "another city", ""),
        ("Lviv, Poland", "An air raid alert sounded across Lviv region.", "wrong country", ""),
        ("Samara region", "A refinery in Russia's Saratov region burned.", "another region", ""),
        ("Zaporizhzhia", "Explosions rocked the city of Dnipro.", "another city", ""),
        ("Poland-Belarus border", "The exchange happened at the Ukraine-Belarus border.", "another border", ""),
        ("Primorsk", "Fires broke out at the Ust-Luga port.", "another port", ""),
        ("Ternopil, Poland", "Emergency crews worked in Ternopil.", "wrong country", ""),
        ("Khan Younis", "Strikes hit Gaza City's Zeitoun neighbourhood.", "another town", ""),
        ("Sumy", "A missile hit a bus, killing nine.", "named only outside the evidence", "Sumy officials said the death toll could rise."),
        ("Gaza Strip", "Aid trucks crossed into Egypt.", "not named", ""),
    ]:  # fmt: skip
        place(value, sentence, False, why, lead)
    gap = "In Sumy, a missile hit a bus, said officials in Kharkiv."
    place("Kharkiv", gap, False, "known gap: where the speakers are, not the event")
    cases[-1]["known_gap"] = True
    for value, text, why in [
        ("Orbán", "Ukraine's Zelenskyy met Slovakia's Robert Fico and Hungary's Orbán.", "surname only"),
        ("Dovile Sakaliene", "Lithuanian Defence Minister Dovilė Šakalienė visited the front.", "dot and caron"),
        ("Calin Georgescu", "Romanian candidate Călin Georgescu praised Putin.", "breve"),
        ("Nicusor Dan", "Romanian President Nicușor Dan called for more sanctions.", "comma below"),
        ("Zeljko Komsic", "Bosnian presidency member Željko Komšić condemned the strike.", "carons"),
        ("Gergely Gulyas", "Gergely Gulyás, Orbán's chief of staff, confirmed the venue.", "acute"),
        ("Sébastien Lecornu", "French Prime Minister Sebastien Lecornu said France would help.", "article without accent"),
        ("Jean-Noël Barrot", "JEAN-NOËL BARROT ARRIVES IN KYIV FOR TALKS", "upper case with diaeresis"),
        ("Lech Walesa", "Former Polish president Lech Wałęsa signed the letter.", "stroke l and ogonek"),
        ("Mette Frederiksen", "Danish Prime Minister Mette Frederiksen chaired the summit in Århus.", "accent nearby"),
    ]:  # fmt: skip
        accent(value, text, True, why)
    for value, text, why in [
        ("Călin Popescu", "Romanian candidate Călin Georgescu praised Putin.", "another surname"),
        ("Nicușor Dănilă", "Romanian President Nicușor Dan called for more sanctions.", "another surname"),
        ("Gergely Karácsony", "Gergely Gulyás, Orbán's chief of staff, confirmed the venue.", "another surname"),
        ("Sébastien Lecornet", "French Prime Minister Sébastien Lecornu said France would help.", "one letter off"),
        ("Zeljko Komsa", "Bosnian presidency member Željko Komšić condemned the strike.", "another surname"),
        ("Dovilė Šakalytė", "Lithuanian Defence Minister Dovilė Šakalienė visited the front.", "another surname"),
        ("Anita Orbán", "Hungarian Prime Minister Viktor Orbán hosted the talks; Orbán spoke first.", "another first name"),
        ("Lech Kaczynski", "Former Polish president Lech Wałęsa signed the letter.", "another surname"),
        ("Recep Erdem", "Turkish President Recep Tayyip Erdoğan offered to mediate.", "another surname"),
        ("Maroš Šefčovičová", "EU trade chief Maroš Šefčovič met his U.S. counterpart.", "a longer surname"),
    ]:  # fmt: skip
        accent(value, text, False, why)
    for value, sentence, why, extra in [
        ("Budapest", "Trump and Putin's summit, to be held in Budapest, would be their second.", "to be held in", {}),
        ("Budapest", "The Trump-Putin Budapest summit is off.", "X summit", {}),
        ("Budapest", "Hungary's Orbán said Budapest stood ready to host the Trump-Putin summit.", "ready to host", {}),
        ("Budapest", "A second Trump-Putin summit had been pencilled in for Budapest.", "pencilled in for", {}),
        ("Anchorage", "Trump welcomed Putin at the airbase in Anchorage.", "welcomed at", {"status": "held"}),
        ("Budapest", "Budapest will host the summit, Peskov confirmed.", "X will host", {}),
        ("Budapest", "US-Russia summit in Budapest not off the table, Kremlin says", "headline", {}),
        ("Budapest", "MOSCOW, Oct. 21 (Xinhua) -- The Russian-U.S. summit in Budapest needs thorough preparation, Peskov said.", "state media", {}),
        ("Helsinki", "Putin and Trump met in Helsinki in 2018.", "held summit's own place", {"status": "held"}),
        ("White House", "The White House summit between Trump and Putin was tense.", "White House summit", {"status": "held"}),
    ]:  # fmt: skip
        venue(value, sentence, True, why, **extra)
    for value, sentence, why, extra in [
        ("Washington", "Trump welcomed Putin's decision, speaking to reporters in Washington.", "where remarks were made", {}),
        ("Brussels", "Orbán, speaking in Brussels, said Budapest was ready for the summit.", "where Orbán spoke", {}),
        ("Budapest", "The Budapest-based think tank hosted a debate on the summit.", "a think tank's seat", {}),
        ("Anchorage", "Putin and Trump last met in Anchorage; the Budapest summit was to be their second.", "earlier meeting", {"status": "scheduled"}),
        ("Moscow", "A Budapest summit? Not likely, said Moscow.", "a government", {}),
        ("Budapest", "The summit, planned for next week, was moved from Budapest to Vienna.", "moved away from", {}),
        ("Budapest, Romania", "The summit in Budapest, Hungary, was delayed.", "wrong country", {}),
        ("Vienna", "The summit will not be in Vienna, officials said.", "negated venue", {}),
        ("Kyiv", "Zelensky, back in Kyiv, criticised the planned Trump-Putin summit.", "where a third party is", {}),
        ("Beijing", "Trump and Putin will meet after Trump's trip to Beijing.", "another trip", {}),
    ]:  # fmt: skip
        venue(value, sentence, False, why, **extra)
    gap = "The summit in Budapest was called off; Trump will visit Tokyo instead."
    venue("Tokyo", gap, False, "known gap: one party's other trip in the same sentence")
    cases[-1]["known_gap"] = True


def round_three() -> None:
    """A third round, written as a held-out check after the second (9 of its 131 cases were
    wrong before the fixes it led to: postponement and held paraphrases, an agreed date,
    "threw its weight behind", a report the sentence calls untrue, "would only agree ... if",
    a rescinded designation, a place after a comma; see DECISIONS.md)."""
    S, T, St, Me, K = summit, truce, stance, measure, kind
    E, P, Pl, A, V = event, package, place, accent, venue
    # summit pass
    for v, s in [
        (
            "on_hold",
            "Kremlin aide Yuri Ushakov said preparations for the Putin-Trump meeting had been frozen for the time being.",
        ),
        (
            "on_hold",
            "The Trump-Putin summit idea has been parked, according to two people familiar with the matter.",
        ),
        (
            "postponed",
            "Peskov said the timing of the summit had shifted and that it would happen later than first thought.",
        ),
        (
            "postponed",
            "The summit, originally slated for next Thursday, will now take place in December, the Kremlin said.",
        ),
        (
            "cancelled",
            "Trump told reporters there would be no meeting with Putin: 'I don't want to have a wasted meeting.'",
        ),
        ("cancelled", "UPDATE 3-Trump scraps Budapest summit with Putin, citing lack of progress"),
        (
            "held",
            "Putin and Trump spent almost three hours together at the base, with aides at their side.",
        ),
        ("held", "Trump received Putin on a red carpet at Elmendorf air base on Friday."),
        (
            "scheduled",
            "A date has been agreed for the Trump-Putin summit, Ushakov said, without giving it.",
        ),
        ("proposed", "Orbán offered Budapest as a venue for a possible Trump-Putin meeting."),
        (
            "in_doubt",
            "Whether the Budapest summit will happen at all is now unclear, diplomats said.",
        ),
        ("under_way", "Trump and Putin began their talks at 11 a.m. local time."),
    ]:
        S(v, s, True, "r3")
    for v, s in [
        (
            "held",
            "Kremlin aide Yuri Ushakov said preparations for the Putin-Trump meeting had been frozen for the time being.",
        ),
        (
            "cancelled",
            "Peskov said the timing of the summit had shifted and that it would happen later than first thought.",
        ),
        ("scheduled", "Trump told reporters there would be no meeting with Putin for now."),
        ("postponed", "UPDATE 3-Trump scraps Budapest summit with Putin, citing lack of progress"),
        ("scheduled", "Putin and Trump spent almost three hours together at the base."),
        ("held", "A date has been agreed for the Trump-Putin summit, Ushakov said."),
        ("cancelled", "Orbán offered Budapest as a venue for a possible Trump-Putin meeting."),
        ("held", "Trump said he hoped to meet Putin 'very soon'."),
        ("postponed", "Trump and Putin began their talks at 11 a.m. local time."),
        (
            "on_hold",
            "The Kremlin insisted that preparations for the summit were continuing and nothing had been put off.",
        ),
        ("cancelled", "Reports that the summit had been called off are not true, Peskov said."),
    ]:
        S(v, s, False, "r3")
    # truce
    for v, s in [
        (
            "in_effect",
            "The truce, in force since 8 a.m., was largely respected, the monitors said.",
        ),
        ("agreed", "Moscow and Kyiv have signed on to a Black Sea ceasefire, Washington said."),
        ("proposed", "Kyiv put forward a plan for a month-long ceasefire in the air and at sea."),
        ("rejected", "Hamas turned down the Israeli ceasefire offer on Monday."),
        ("violated", "Russia breached the Easter truce more than 2,000 times, Zelensky said."),
        ("collapsed", "Fighting resumed in Gaza on Tuesday, ending the ceasefire."),
        ("expired", "The 30-day energy truce ran out on April 16 with no extension."),
        (
            "accepted_in_principle",
            "Russia agreed in principle but said details needed to be worked out.",
        ),
    ]:
        T(v, s, True, "r3")
    for v, s in [
        ("agreed", "Kyiv put forward a plan for a month-long ceasefire in the air and at sea."),
        ("in_effect", "Hamas turned down the Israeli ceasefire offer on Monday."),
        ("expired", "Russia breached the Easter truce more than 2,000 times, Zelensky said."),
        ("in_effect", "The ceasefire is supposed to begin at midnight if both sides sign."),
        ("rejected", "Russia agreed in principle but said details needed to be worked out."),
        ("violated", "The truce, in force since 8 a.m., was largely respected, the monitors said."),
        (
            "agreed",
            "Negotiators said they were close to a ceasefire but had not yet reached agreement.",
        ),
        ("collapsed", "Both sides said the truce was holding despite isolated incidents."),
    ]:
        T(v, s, False, "r3")
    # stance
    for p, v, s in [
        ("Russia", "rejects", "The Kremlin called the proposal unacceptable."),
        ("Ukraine", "supports", "Kyiv endorsed Washington's plan for a 30-day pause."),
        (
            "Russia",
            "supports_with_conditions",
            "Moscow said it would agree to the pause provided Western arms deliveries stopped.",
        ),
        (
            "Hamas",
            "awaiting_answer",
            "Hamas said it was still reviewing the plan and would give its answer later.",
        ),
        ("Israel", "agreed", "Israel's security cabinet voted to accept the truce."),
        ("Russia", "skeptical", "Lavrov questioned whether Kyiv would honour any truce."),
        ("Ukraine", "rejects", "Kyiv refuses to freeze the front line, Zelensky's office said."),
        ("EU", "supports", "The EU threw its weight behind the ceasefire call."),
    ]:
        St(p, v, s, True, "r3")
    for p, v, s in [
        ("Russia", "supports", "The Kremlin called the proposal unacceptable."),
        ("Ukraine", "rejects", "Kyiv endorsed Washington's plan for a 30-day pause."),
        ("Hamas", "agreed", "Hamas said it was still reviewing the plan."),
        ("Israel", "rejects", "Israel's security cabinet voted to accept the truce."),
        ("Russia", "agreed", "Lavrov questioned whether Kyiv would honour any truce."),
        ("Ukraine", "agreed", "Kyiv refuses to freeze the front line."),
        (
            "Russia",
            "agreed",
            "Moscow would only agree to the pause if Western arms deliveries stopped.",
        ),
        ("China", "rejects", "Beijing did not rule out backing the truce."),
    ]:
        St(p, v, s, False, "r3")
    # measure
    for v, s in [
        ("imposed", "OFAC on Wednesday designated Rosneft and Lukoil under Executive Order 14024."),
        ("imposed", "Japan joined the measures, freezing the assets of 20 Russian entities."),
        ("threatened", "Trump said he could impose 'secondary tariffs' on buyers of Russian oil."),
        ("lifted", "The Treasury rescinded the designation of the Belarusian carrier."),
        ("introduced", "Graham unveiled the Sanctioning Russia Act in April with Blumenthal."),
        ("vote_expected", "Senate leaders plan a vote on the bill next week."),
        ("suspended", "Washington paused the tariffs for 90 days."),
        ("enacted", "The sanctions bill became law on Friday."),
    ]:
        Me(v, s, True, "r3")
    for v, s in [
        ("lifted", "OFAC on Wednesday designated Rosneft and Lukoil under Executive Order 14024."),
        ("imposed", "Trump said he could impose 'secondary tariffs' on buyers of Russian oil."),
        ("imposed", "The Treasury rescinded the designation of the Belarusian carrier."),
        ("passed_one_chamber", "Graham unveiled the Sanctioning Russia Act in April."),
        ("enacted", "Senate leaders plan a vote on the bill next week."),
        ("in_force", "Washington paused the tariffs for 90 days."),
        ("lifted", "There is no plan to ease sanctions on Russia, the State Department said."),
        ("imposed", "EU ambassadors failed to agree on the package on Friday."),
    ]:
        Me(v, s, False, "r3")
    for v, s in [
        (
            "energy_infrastructure",
            "Both sides stopped targeting each other's power stations for a month.",
        ),
        ("sea", "The truce covers commercial vessels in the Black Sea."),
        ("full", "Kyiv is ready for an unconditional ceasefire along the whole front line."),
        ("humanitarian", "A pause was agreed so that aid convoys and medics could reach the town."),
        ("air", "Zelensky proposed an 'air truce' halting missile and drone strikes."),
    ]:
        K(v, s, True, "r3")
    for v, s in [
        ("full", "Both sides stopped targeting each other's power stations for a month."),
        ("energy_infrastructure", "The truce covers commercial vessels in the Black Sea."),
        ("sea", "Kyiv is ready for an unconditional ceasefire along the whole front line."),
        ("full", "A pause was agreed so that aid convoys and medics could reach the town."),
        ("full", "Zelensky proposed an 'air truce' halting missile and drone strikes."),
    ]:
        K(v, s, False, "r3")
    for v, s in [
        ("strike", "A Russian glide bomb hit a residential building in Zaporizhzhia."),
        ("casualties", "Nine civilians died and 30 were hurt, the governor said."),
        (
            "prisoner_exchange",
            "Some 390 prisoners were freed on each side in the biggest exchange of the war.",
        ),
        ("talks", "Rubio held a 20-minute phone conversation with Lavrov."),
        ("aid_resumption", "Washington restored intelligence sharing with Kyiv on Wednesday."),
    ]:
        E(v, s, True, "r3")
    for v, s in [
        ("talks", "A Russian glide bomb hit a residential building."),
        ("strike", "Some 390 prisoners were freed on each side."),
        ("casualties", "Rubio held a phone conversation with Lavrov."),
        ("aid_pause", "Washington restored intelligence sharing with Kyiv."),
        ("vote", "Nine civilians died and 30 were hurt."),
    ]:
        E(v, s, False, "r3")
    for v, s in [
        (19, "Brussels formally adopted the 19th package of restrictive measures."),
        (20, "Officials began drafting a twentieth sanctions package."),
        (18, "Package 18 lowers the oil price cap."),
        (19, "The EU signed off on sanctions package No. 19."),
        (16, "The bloc's sixteenth package was approved on Monday."),
    ]:
        P(v, s, True, "r3")
    for v, s in [
        (18, "Brussels formally adopted the 19th package of restrictive measures."),
        (2, "Officials began drafting a second annex to the package."),
        (90, "Package 18 gives companies 90 days to comply."),
        (19, "The package targets 19 banks."),
        (1, "The package takes effect on the first day of next month."),
    ]:
        P(v, s, False, "r3")
    for v, s in [
        ("Zaporizhzhia", "A Russian glide bomb hit a residential building in Zaporizhzhia."),
        ("Belgorod region", "Shelling was reported in the Belgorod region."),
        ("Kyiv", "Air defences were active over the capital, Kyiv, overnight."),
        ("Odesa port", "Drones damaged grain silos at Odesa port."),
        ("Novorossiysk", "A naval drone struck a tanker off Novorossiysk."),
    ]:
        Pl(v, s, True, "r3")
    for v, s in [
        ("Kharkiv", "A Russian glide bomb hit a residential building in Zaporizhzhia."),
        ("Kursk region", "Shelling was reported in the Belgorod region."),
        ("Lviv", "Air defences were active over the capital, Kyiv, overnight."),
        ("Mykolaiv port", "Drones damaged grain silos at Odesa port."),
        ("Sevastopol", "A naval drone struck a tanker off Novorossiysk."),
    ]:
        Pl(v, s, False, "r3")
    for v, t in [
        ("Ursula von der Leyen", "Commission chief Ursula von der Leyen said so."),
        ("Kaja Kallas", "Kaja Kallas said so."),
        ("Micheál Martin", "Irish Taoiseach Micheál Martin said so."),
        ("Micheal Martin", "Irish Taoiseach Micheál Martin said so."),
        ("Pedro Sánchez", "Spanish Prime Minister Pedro Sanchez said so."),
    ]:
        A(v, t, True, "r3")
    for v, t, e in [
        ("Micheál Mártin", "Irish Taoiseach Micheál Moran said so.", False),
        ("Pedro Sáez", "Spanish Prime Minister Pedro Sánchez said so.", False),
        ("Petr Fiala", "Czech Prime Minister Andrej Babiš said so.", False),
        ("Mark Rütte", "NATO chief Mark Rutte said so.", True),
        ("Zoran Milanović", "Croatian President Zoran Milanovic said so.", True),
    ]:
        A(v, t, e, "r3: accents either way" if e else "r3")
    for v, s, e in [
        ("Budapest", "Officials began preparing the Budapest summit between Trump and Putin.", {}),
        ("White House", "Putin would be welcomed at the White House, Trump said.", {}),
        ("Istanbul", "Putin proposed direct talks with Trump in Istanbul.", {}),
        ("Riyadh", "Trump and Putin could meet in Riyadh, officials said.", {}),
        (
            "Budapest, Hungary",
            "The planned Trump-Putin summit in Budapest, Hungary, is on hold.",
            {},
        ),
    ]:
        V(v, s, True, "r3", **e)
    for v, s, e in [
        ("Vienna", "Officials began preparing the Budapest summit between Trump and Putin.", {}),
        ("Kremlin", "Putin would be welcomed at the White House, the Kremlin said.", {}),
        ("Ankara", "Putin proposed direct talks with Trump in Istanbul, Ankara said.", {}),
        (
            "Budapest, Austria",
            "The planned Trump-Putin summit in Budapest, Hungary, is on hold.",
            {},
        ),
        (
            "Anchorage",
            "After the Anchorage summit, the next Trump-Putin meeting is planned for Budapest.",
            {"previous_meeting": "the Anchorage summit", "status": "scheduled"},
        ),
    ]:
        V(v, s, False, "r3", **e)


def main() -> None:
    built = build_cases()
    OUT.write_text(
        "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in built), encoding="utf-8"
    )
    print(f"wrote {len(built)} cases to {OUT}")


if __name__ == "__main__":
    main()
