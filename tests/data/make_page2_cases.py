"""Build the page-text set (``grounding_page2.jsonl``): the causes two independent checks on
other outlets' pages found in how a page's text is read (checks 24 and 25), with what must
pass and what must fail:

- ``glued-sentences``: a sentence that scraping glued to the word before it, with no space,
  starts a sentence of its own: after a stop ("of Interior.Last week ...") or, when it opens
  with a sentence opener ("The", "After", "Meanwhile", ...), after a lower-case word
  ("... New Year HolidaysThe army will ..."). A passage starting or ending at such a glue is
  located and a headline run into the lead is in the article (pass); a passage cut inside a
  camel-cased name ("Donald's" of "McDonald's", "In" of "LinkedIn", "Coopers" of
  "PricewaterhouseCoopers") or inside the opener, and a value read from the glued neighbour
  sentence (a proposer named only after "seminar.Last week"), are not (fail);
- ``caption-words``: a name that only a photo caption of the page writes ("... a ceasefire with
  Hamas. (Photo: ...)") is named by the page, so free text may use it (pass); a caption backs
  no field: a credit is no outlet or byline, a caption's date no truce's start, its number no
  free text's number, its words no located passage, and a name in neither the text nor a
  caption is still flagged (fail);
- ``country-forms-long``: a country's multi-word name in free text where the article writes
  its people's word, or the other way round ("Sri Lanka's army" for "the Sri Lankan army",
  "South Africa" for "South African", "El Salvador" for "Salvadoran"), and Greece's official
  adjective ("Hellenic", "the Hellenic Republic") for "Greece" and "Greek" (pass); the last word
  without the words before it, after other words ("West Africa" for "South African"), another
  country sharing a word ("North Korea" for "South Korean"), or a look-alike ("Hellenistic")
  does not (fail).

Run ``python tests/data/make_page2_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or real places in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written,
never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_page2.jsonl")

built = SupportCases("pg2")
add = built.add


def locate(category: str, text: str, passage: str, expect: bool) -> None:
    built.cases.append(
        {"id": f"pg2-{category}-{len(built.cases):04d}", "category": category,
         "expect": expect, "why": f"locate {passage[:50]!r}", "text": text,
         "check": "locate", "passage": passage}
    )  # fmt: skip


def headline(text: str, value: str, expect: bool) -> None:
    facts = {"article": {"headline": value, "outlet": None, "byline": None, "published": None}}
    add("glued-sentences", expect, f"headline {value!r}", text, facts, "article.headline")


# -- glued-sentences -------------------------------------------------------------------------
GLUED = [
    (
        "Army Announces Truce for EidThe army will halt operations for three days, a spokesman "
        "said.\n",
        "The army will halt operations for three days",
    ),
    (
        "Rebels agree to talksAfter weeks of fighting, the rebels agreed to meet in Doha.\n",
        "After weeks of fighting, the rebels agreed to meet in Doha.",
    ),
    (
        "Share this storyThe ministers met in Nairobi on Tuesday.\n",
        "The ministers met in Nairobi on Tuesday",
    ),
    (
        "Last updatedThe truce held overnight in the capital.\n",
        "The truce held overnight in the capital",
    ),
    (
        "Ceasefire extended in the northMeanwhile, aid convoys reached Goma on Sunday.\n",
        "Meanwhile, aid convoys reached Goma on Sunday.",
    ),
    (
        "Talks resume in GenevaAccording to the UN, both delegations arrived on Monday.\n",
        "According to the UN, both delegations arrived on Monday.",
    ),
    (
        "Photos from the summitThese leaders signed the Doha declaration on Friday.\n",
        "These leaders signed the Doha declaration on Friday.",
    ),
    (
        "Read the full statementThey said the truce would hold until Friday.\n",
        "They said the truce would hold until Friday.",
    ),
    (
        "Vote postponed in the regionWhile officials met in Lima, protesters marched outside.\n",
        "While officials met in Lima, protesters marched outside.",
    ),
    (
        "The talks were hosted by the ministry of defence.Last week the army declared a truce.\n",
        "The talks were hosted by the ministry of defence.",
    ),
    (
        "Envoys flew home on Sunday.Earlier, the two sides had agreed to a prisoner swap.\n",
        "Earlier, the two sides had agreed to a prisoner swap.",
    ),
    (
        "Army Announces Truce for EidThe army will halt operations for three days, a spokesman "
        "said.\n",
        "Army Announces Truce for Eid",
    ),
]
for text, passage in GLUED:
    locate("glued-sentences", text, passage, True)
headline(GLUED[0][0], "Army Announces Truce for Eid", True)
headline(GLUED[1][0], "Rebels agree to talks", True)
headline(
    "Truce Declared for the New Year HolidaysThe Sri Lankan army will halt fire.\n",
    "Truce Declared for the New Year Holidays",
    True,
)

NOT_GLUED = [
    ("Staff at the McDonald's in Kyiv left early on Friday.\n", "Donald's in Kyiv left early"),
    (
        "Her LinkedIn post about the talks drew many replies.\n",
        "In post about the talks drew many replies",
    ),
    (
        "The LaGuardia flights to Doha were cancelled on Friday.\n",
        "Guardia flights to Doha were cancelled on Friday",
    ),
    ("A BlackRock fund bought bonds in Kyiv last year.\n", "Rock fund bought bonds in Kyiv"),
    (
        "The PricewaterhouseCoopers audit in Lagos ended in May.\n",
        "Coopers audit in Lagos ended in May",
    ),
    (
        "The WhatsApp messages from Gaza were read aloud.\n",
        "App messages from Gaza were read aloud",
    ),
    (
        "Analysts at GlaxoSmithKline in London welcomed the deal.\n",
        "SmithKline in London welcomed the deal",
    ),
    (
        "The ProjectTheatre in Kyiv reopened after the truce.\n",
        "Theatre in Kyiv reopened after the truce",
    ),
    (
        "Army Announces Truce for EidThe army will halt operations for three days.\n",
        "he army will halt operations for three days",
    ),
    (
        "Army Announces Truce for EidThe army will halt operations for three days.\n",
        "Army Announces Truce for Ei",
    ),
    (
        "The iPhone maker met officials in Delhi on Monday.\n",
        "Phone maker met officials in Delhi on Monday",
    ),
    (
        "Reporters from the YouTube channel met envoys in Dublin.\n",
        "Tube channel met envoys in Dublin",
    ),
]
for text, passage in NOT_GLUED:
    locate("glued-sentences", text, passage, False)
headline(
    "Truce Declared for the New Year HolidaysThe Sri Lankan army will halt fire.\n",
    "Truce Declared for the New Year Holi",
    False,
)


def proposer(text: str, evidence: str, value: str, expect: bool) -> None:
    assert evidence in text, evidence
    fact = {"kind": "full", "proposer": value, "evidence": [evidence]}
    add("glued-sentences", expect, f"proposer {value}: {evidence[:50]}", text,
        {"ceasefires": [fact]}, "ceasefires[0].proposer")  # fmt: skip


SEMINAR = (
    "Pakistan will halt military operations for Ramadan, the minister said at a seminar "
    "hosted by the interior ministry.Last week the Taliban offered a truce.\n"
)
proposer(
    SEMINAR,
    "Pakistan will halt military operations for Ramadan, the minister said at a "
    "seminar hosted by the interior ministry.",
    "Taliban",
    False,
)
GLUE_ONE = (
    "The truce was announced at a news conference in the capital.Meanwhile the Houthis "
    "declared a ceasefire of their own.\n"
)
proposer(GLUE_ONE, "The truce was announced at a news conference in the capital.", "Houthis", False)
GLUE_TWO = (
    "Officials spoke at a briefing in Dhaka.The rebels proposed a truce for the "
    "holidays, a spokesman said.\n"
)
proposer(GLUE_TWO, "Officials spoke at a briefing in Dhaka.", "rebels", False)


def unstated(category: str, expect: bool, text: str, facts: dict[str, Any], path: str,
             why: str, captions: tuple[str, ...] = ()) -> None:  # fmt: skip
    add(category, expect, why, text, facts, path, check="unstated")
    if captions:
        built.cases[-1]["captions"] = list(captions)


# -- caption-words ---------------------------------------------------------------------------
AMMAN = (
    "Ministry urges restraint\n\nAMMAN (Desert Post) - The foreign ministry on Friday "
    "called on Israel to respect the truce in Gaza and to let aid trucks in.\n"
)
AMMAN_CAPTIONS = (
    "Smoke rises over Gaza City as the ministry calls for a ceasefire with Hamas. "
    "(Photo: Desert Post)",
    "Foreign Minister Rami Haddad speaks in Amman, May 21, 2021. Lina Saleh/Levant Images",
)


def summary(category: str, expect: bool, text: str, sentence: str,
            captions: tuple[str, ...]) -> None:  # fmt: skip
    unstated(
        category, expect, text, {"summary": sentence}, "summary", f"summary {sentence!r}", captions
    )


for sentence in [
    "The ministry called on Israel to respect the truce with Hamas in Gaza.",
    "Haddad's ministry called on Israel to respect the truce in Gaza.",
    "Minister Rami Haddad called on Israel to let aid trucks into Gaza.",
    "The call came as smoke rose over Gaza City.",
]:
    summary("caption-words", True, AMMAN, sentence, AMMAN_CAPTIONS)
for sentence in [
    "The ministry called on Israel to respect the truce with Hamas in Gaza.",
    "Haddad's ministry called on Israel to respect the truce in Gaza.",
]:
    summary("caption-words", False, AMMAN, sentence, ())  # the same page without its captions
for sentence in [
    "The ministry called on Israel and Hezbollah to respect the truce in Gaza.",
    "Minister Omar Haddad called on Israel to respect the truce in Gaza.",
    "The ministry called on Israel to let 40 aid trucks into Gaza.",
]:
    summary("caption-words", False, AMMAN, sentence, AMMAN_CAPTIONS)

HOUSE = (
    "House passes sanctions bill\n\nWASHINGTON - The House voted 419-3 on Tuesday to "
    "pass new sanctions on Iran and Russia, sending the measure to the Senate.\n"
)
HOUSE_CAPTIONS = (
    "Speaker Dana Whitfield talks to reporters at the Capitol on Tuesday. (Tom Avery/Capitol "
    "Courier)",
    "Protesters outside the Capitol. Photo: Mara Lind/Harbor Images",
)
for sentence in [
    "Speaker Whitfield's chamber passed sanctions on Iran and Russia 419-3.",
    "The House, led by Speaker Dana Whitfield, passed the sanctions on Tuesday.",
    "The bill now goes to the Senate after protesters gathered outside the Capitol.",
    "Protesters rallied at the Capitol as the House voted 419-3 on Iran and Russia.",
    "Mara Lind's photos show the protest against the Iran and Russia measure.",
]:
    summary("caption-words", True, HOUSE, sentence, HOUSE_CAPTIONS)
for sentence in [
    "Speaker Whitfield's chamber passed sanctions on Iran, Russia and Cuba 419-3.",
    "Senator Whitfield passed the sanctions on Iran and Russia on Tuesday.",
]:
    summary("caption-words", False, HOUSE, sentence, HOUSE_CAPTIONS)
KEY = {"key_points": ["Gaza aid must flow, the Amman ministry said after meeting Hamas envoys."]}
unstated(
    "caption-words", True, AMMAN, KEY, "key_points[0]", "key point names Hamas", AMMAN_CAPTIONS
)
unstated("caption-words", False, AMMAN, KEY, "key_points[0]", "key point names Hamas, no caption")
KEY2 = {"key_points": ["Lina Saleh photographed the minister in Amman."]}
unstated(
    "caption-words",
    True,
    AMMAN,
    KEY2,
    "key_points[0]",
    "key point names the photographer",
    AMMAN_CAPTIONS,
)


def meta(field: str, value: str, text: str, captions: tuple[str, ...]) -> None:
    article = {"headline": None, "outlet": None, "byline": None, "published": None, field: value}
    add("caption-words", False, f"{field} {value!r} from a caption", text, {"article": article},
        f"article.{field}")  # fmt: skip
    built.cases[-1]["captions"] = list(captions)


meta("outlet", "Capitol Courier", HOUSE, HOUSE_CAPTIONS)
meta("outlet", "Harbor Images", HOUSE, HOUSE_CAPTIONS)
meta("byline", "Tom Avery", HOUSE, HOUSE_CAPTIONS)
meta("byline", "Lina Saleh", AMMAN, AMMAN_CAPTIONS)
meta("outlet", "Levant Images", AMMAN, AMMAN_CAPTIONS)
add("caption-words", False, "starts from a caption's date", AMMAN,
    {"ceasefires": [{"kind": "full", "starts": "May 21, 2021",
                     "evidence": ["called on Israel to respect the truce in Gaza"]}]},
    "ceasefires[0].starts")  # fmt: skip
built.cases[-1]["captions"] = list(AMMAN_CAPTIONS)
for passage in ["a ceasefire with Hamas", "Foreign Minister Rami Haddad speaks in Amman"]:
    locate("caption-words", AMMAN, passage, False)

# -- country-forms-long ----------------------------------------------------------------------


def countries(text: str, passes: list[str], fails: list[str]) -> None:
    """A key point naming each of ``passes`` is stated, each of ``fails`` is not."""
    for expect, name in verdicts(passes, fails):
        facts = {"key_points": [f"{name} troops will observe the truce."]}
        unstated("country-forms-long", expect, text, facts, "key_points[0]",
                 f"key point names {name}")  # fmt: skip


countries(
    "Holiday truce\n\nThe Sri Lankan army and South African observers said the truce held, and "
    "a Salvadoran envoy and two New Zealanders watched.\n",
    ["Sri Lanka's", "Sri Lanka", "South Africa's", "South Africa", "El Salvador's", "New Zealand"],
    ["Lanka's", "West Africa's", "North Africa", "Central African", "New Guinea"],
)
countries(
    "Minsk deal welcomed\n\nThe Hellenic MFA welcomed the truce; Costa Rican and Sierra "
    "Leonean diplomats joined the North Korean envoy.\n",
    ["Greece's", "Greek", "Costa Rica's", "Sierra Leone", "North Korea's"],
    ["South Korea's", "Cyprus", "Puerto Rico", "Leone's", "Macedonia"],
)
countries(
    "Aegean talks\n\nThe Hellenic Republic and the Republic of South Africa signed a port deal "
    "in Athens.\n",
    ["Greece", "Greek", "Hellenic", "South African"],
    ["Hellenistic", "Turkey", "Albania"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
