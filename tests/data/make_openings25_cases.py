# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the openings25 set (``grounding_openings25.jsonl``): a free-text sentence's first
word whose capital is the sentence's, not a name's, found by outside checks 54, 55 and 57 in
session 25 (round 2, r2credits), in one category:

- ``opening-words``: a summary or key point that opens with a word the article never writes
  passes when the word has a common word's shape: a pronoun ("None", "Nobody", "Each"), an
  abstract noun by its ending with a function word after it ("Violence in", "Uncertainty
  over"), a participle as an adjective ("Planned", "Stalled", "Proposed"), a head noun with
  "of the" and a lower-case noun after it ("Delay of the ... signing"), an agent noun whose
  base the article writes ("Protesters" beside "protest"). A name in the same place the
  article never writes still fails: "Lawrence said", "Florence Mwangi", "Mohammed bin
  Salman", "Ahmed", "Sanders" beside "sand", "Kirby of the National Security Council",
  "Reyes of the central bank said".

Run ``python tests/data/make_openings25_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, places and people, or public figures in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_openings25.jsonl")

built = SupportCases(
    "op25",
    leads=(
        "Lakeside Tribune\n\nBy Ottilie Brandt",
        "Coastline Wire | NAIROBI, 9 May",
        "The Ridge Courier\n\nBOGOTA (RC) -",
        "Northern Ledger Online\n\nUpdated 11:20 GMT",
        "Canal Street Journal\n\nBRUSSELS --",
    ),
    closing="Officials did not answer further questions on Friday.",
)


def free(expect: bool, paragraph: str, text: str, why: str, path: str = "summary") -> None:
    """Free text ``text`` (the summary, or the first key point) over a page of ``paragraph``:
    nothing in it may be unstated."""
    facts: dict[str, Any] = {"summary": text} if path == "summary" else {"key_points": [text]}
    built.add("opening-words", expect, why, built.page(paragraph), facts, path, check="unstated")


# fmt: off
# --- opening-words: must pass ---------------------------------------------------------------------
free(True, "Gunmen torched two villages near Bunia on Sunday and the UN mission counted 14 dead.", "Gunmen torched two villages near Bunia. Violence in the area left 14 dead.", "an abstract noun with 'in' after it opens the sentence")
free(True, "The leaders left Kananaskis with seven separate statements; Ukraine was not among the topics.", "The leaders signed seven separate statements. None covered Ukraine.", "a pronoun opens the sentence")
free(True, "The ferry ran aground off Corfu; all 212 passengers were brought ashore unhurt.", "The ferry ran aground off Corfu. Nobody among the 212 passengers was hurt.", "a pronoun opens the sentence", path="key_points[0]")
free(True, "Both armies agreed to pull their artillery back 15 kilometres from the Litani line.", "Each army will pull artillery back 15 kilometres from the Litani line.", "a determiner opens the sentence")
free(True, "The signing of the Colombia-ELN truce in Havana was put back to the autumn, mediators said.", "Delay of the Colombia-ELN truce signing in Havana", "a head noun with 'of the' and a lower-case noun after it", path="key_points[0]")
free(True, "Kurti and Vucic are due to meet in Brussels on Thursday, the EU said.", "Planned Kurti-Vucic meeting in Brussels", "a participle before a name opens a subject phrase", path="key_points[0]")
free(True, "Talks between Kigali and Kinshasa have made no progress since March.", "Stalled talks between Kigali and Kinshasa.", "a participle with a doubled consonant before -ed")
free(True, "Brussels wants a cap of 45 dollars a barrel on Russian crude, diplomats said.", "Proposed cap of 45 dollars a barrel on Russian crude.", "a participle in -osed")
free(True, "Thousands marched to parliament in Tbilisi after the government shelved the EU talks; several diplomats quit in protest.", "Protesters marched to parliament in Tbilisi.", "an agent noun whose base the article writes")
free(True, "Police said they would investigate the fire at the Valletta depot.", "Investigators are looking at the fire at the Valletta depot.", "an agent noun in -ors whose base the article writes", path="key_points[0]")
free(True, "Markets in Jakarta fell 3% as the outcome of the vote stayed unclear.", "Instability over the vote pushed Jakarta markets down 3%.", "an abstract noun in -ity with 'over' after it")
free(True, "The court outlawed the Freedom Bloc party in March, so it cannot run in June.", "Banned since March, the Freedom Bloc party cannot run in June.", "a participle with a doubled consonant before -ed")
free(True, "Fighting along the Dnipro went on through the night, the army said.", "Escalated fighting along the Dnipro went on through the night.", "a participle in -ated")
free(True, "The cabinet of Prime Minister Oduya fell on Tuesday after two parties quit.", "Collapse of the Oduya cabinet after two parties quit on Tuesday", "a head noun with 'of the' and a lower-case noun after it")
# --- opening-words: must fail ---------------------------------------------------------------------
free(False, "The envoy said the talks would resume in Doha next week.", "Lawrence said the talks would resume in Doha.", "a name in -ence with a verb after it is never written")
free(False, "The delegation to Addis Ababa was led by the deputy minister.", "Florence Mwangi led the delegation to Addis Ababa.", "a name in -ence with a capital after it is never written")
free(False, "Crown Prince bin Salman hosted the talks in Jeddah on Monday.", "Mohammed bin Salman hosted the talks in Jeddah.", "a name in -mmed is never written")
free(False, "The foreign minister chaired the meeting in Cairo, his office said.", "Ahmed chaired the meeting in Cairo.", "a short name in -ed is never written")
free(False, "The senator said the sand bags along the levee would hold.", "Sanders said the levee would hold.", "a surname whose short stem the article writes is no agent noun")
free(False, "A spokesman for the National Security Council said the drone was shot down.", "Kirby of the National Security Council said the drone was shot down.", "a name with 'of the' and a run of capitals is never written")
free(False, "An official of the central bank told reporters rates would stay at 4%.", "Reyes of the central bank told reporters rates would stay at 4%.", "a speaker with 'of the' is never written", path="key_points[0]")
free(False, "Kurti and Vucic are due to meet in Brussels on Thursday, the EU said.", "Borrell will host Kurti and Vucic in Brussels.", "a name opening the sentence is never written")
free(False, "The leaders signed seven separate statements at Kananaskis.", "Carney hosted the leaders at Kananaskis.", "a name opening the sentence is never written", path="key_points[0]")
free(False, "Gunmen torched two villages near Bunia on Sunday.", "Violence in Ituri: gunmen torched two villages.", "the place after the abstract noun is never written")
free(False, "Thousands marched to parliament after the government shelved the EU talks.", "Protesters marched to parliament in Tbilisi.", "the place is never written though the opening word passes")
free(False, "The signing of the truce in Havana was put back to the autumn, mediators said.", "Delay of the Colombia-ELN truce signing in Havana", "the parties are never written", path="key_points[0]")
free(False, "Talks between the two capitals have made no progress since March.", "Stalled talks between Kigali and Kinshasa.", "the capitals are never named")
free(False, "The ministry said the fire at the depot was under control.", "Sullivan said the fire at the depot was under control.", "a surname opening the sentence is never written")
free(False, "Witkoff met officials of the envoy's team in Doha on Monday.", "Kushner of the envoy's team met officials in Doha.", "a name with 'of the' and a lower-case noun opening a sentence is never written")
free(False, "The harbour at the northern port reopened on Monday.", "Inverness in the north reopened its harbour on Monday.", "a place in -ness is never written")
free(False, "Trump said he would meet the Russian leader in Budapest within two weeks.", "Proposed Putin-Trump meeting in Budapest", "the participle passes but the name after it is never written", path="key_points[0]")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as written to ``grounding_openings25.jsonl``."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
