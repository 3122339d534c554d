# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 59's review rv59p of pp59 (``grounding_rv59p.jsonl``): the plural
possessive of :func:`summarizer.verification.page.possessives.is_possessive` at the edges of

- ``quotemark``: a word ending in "s" before a closing single quote that opened where the
  reading might not see it open (before a digit, "'100 days' plan"; after a dash, a slash or a
  colon, "\u2014'the Americans' text'"; scare quotes round one word, "'yes' camp", "'rules'
  lawyers"; nested in double quotes): no owner, the same truces' texts and speakers pass and
  fail as without the apostrophe;
- ``owner``: a real plural possessive, or a name ending in "s", read after the elisions and
  marks that look like opening quotes ("the '90s", "\u201890s", "'em", "'Tis", "rock 'n'
  roll", a height "6' 2\"") and in the forms pages write ("Paris' mayor", "the Joneses'",
  curly "\u2019"): the owner passes, another party of the sentence stays refused.

Run ``python tests/data/make_rv59p_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv59p.jsonl")

built = SupportCases(
    "rv59p",
    leads=[
        "By Ines Calder | The Marrowby Courier",
        "KESTRAVIA (Tidewire) -",
        "Opinion | The Fenmoor Review",
        "Reporting by Aled Prys, Saltmarsh News Service.",
    ],
)
page = built.page
QUOTEMARK, OWNER = "quotemark", "owner"


def proposer(category: str, sentence: str, good: list[str], bad: list[str]) -> None:
    for who in good:
        built.proposer(category, True, sentence, who, f"{who} wrote the truce's text")
    for who in bad:
        built.proposer(category, False, sentence, who, f"{who} did not write the truce's text")


def quote(
    category: str, paragraph: str, words: str, passes: list[str], fails: list[str], before: str = ""
) -> None:
    built.quote(category, page(before, paragraph), words, passes, fails)


# --- quotemark: closing single quotes the reading must not take for an owner ------------------
proposer(
    QUOTEMARK,
    "The truce follows Oman's wording, not the line hardliners pushed\u2014'the Americans' text' as they put it.",
    ["Oman"],
    ["Americans"],
)
proposer(
    QUOTEMARK,
    "The pause is Jordan's draft; the opposition still calls it the '12 nations' text' in its leaflets.",
    ["Jordan"],
    ["nations"],
)
proposer(
    QUOTEMARK,
    "The ceasefire rests on Ghana's formula, which rebel radio mocks as the '3 powers' plan' every evening.",
    ["Ghana"],
    ["powers"],
)
proposer(
    QUOTEMARK,
    "Critics on the right dubbed it the donors/'bankers' truce' though the text was Malta's from the start.",
    ["Malta"],
    ["bankers"],
)
proposer(
    QUOTEMARK,
    "One label stuck:'the generals' pause' was how cadets described Peru's wording of the truce.",
    ["Peru"],
    ["generals"],
)
proposer(
    QUOTEMARK,
    "The truce is Norway's text, which the militia's radio calls a 'yes' men deal' every night.",
    ["Norway"],
    ["men"],
)
proposer(
    QUOTEMARK,
    "The truce text was Chile's, though the junta's press office still credits 'the diplomats' in its bulletins.",
    ["Chile"],
    ["diplomats"],
)
proposer(
    QUOTEMARK,
    "The ceasefire follows Tunisia's draft, which the militias dismiss as \u201cthe 'experts' paper\u201d in their statements.",
    ["Tunisia"],
    ["experts"],
)
proposer(
    QUOTEMARK,
    "The pause rests on Iceland's wording, not on what the warlords called '100 days' grace' in March.",
    ["Iceland"],
    ["days"],
)
proposer(
    QUOTEMARK,
    "The ceasefire is Fiji's blueprint, which the hardliners call, with some venom, the 'rules' lawyers' charter.",
    ["Fiji"],
    ["lawyers"],
)
proposer(
    QUOTEMARK,
    "The ceasefire is Qatar's text, which the rebels' radio still calls the 'Westerners' deal' each morning.",
    ["Qatar"],
    ["Westerners"],
)
proposer(
    QUOTEMARK,
    "The truce is Kenya's text\u2014\u2018the outsiders\u2019 draft\u2019 only to the men who lost the vote.",
    ["Kenya"],
    ["outsiders"],
)
quote(
    QUOTEMARK,
    "\u201cThe strike is over,\u201d said Lena Marsh, who had led what management called the 'wreckers' walkout' since May.",
    "The strike is over",
    ["Lena Marsh"],
    ["wreckers"],
)
quote(
    QUOTEMARK,
    "Union steward Pavel Hruby, whose members were branded the '40 thieves' crew' by the owner, said: \u201cWe will sue.\u201d",
    "We will sue",
    ["Pavel Hruby"],
    ["thieves"],
)

# --- owner: real plural possessives after look-alike marks ---------------------------------------
proposer(
    OWNER,
    "Back in the '90s the plan was Peru's; this truce follows the Andeans' wording, not Bolivia's.",
    ["Andeans"],
    ["Bolivia"],
)
proposer(
    OWNER,
    "Like the \u201890s accord, the new pause follows the Nordics' text, officials in Kestravia said, not Latvia's.",
    ["Nordics"],
    ["Latvia"],
)
proposer(
    OWNER,
    "Diplomats say they had 'em all at the table, and the truce follows the Gulf states' draft, not Iran's.",
    ["Gulf states"],
    ["Iran"],
)
proposer(
    OWNER,
    "'Tis a fragile peace: the truce is the mediators' text, though Sudan signed it first.",
    ["mediators"],
    ["Sudan"],
)
proposer(
    OWNER,
    "At a rock 'n' roll gala in Kestravia, envoys confirmed the pause follows the Philippines' wording, not Japan's.",
    ["Philippines"],
    ["Japan"],
)
proposer(
    OWNER,
    "The 6' 2\" envoy from Oslo stood aside: the truce is the Netherlands' draft, diplomats said, not Norway's.",
    ["Netherlands"],
    ["Norway"],
)
proposer(
    OWNER,
    "The ceasefire is the Seychelles\u2019 blueprint, an aide in Victoria said, after Mauritius withdrew its own.",
    ["Seychelles"],
    ["Mauritius"],
)
proposer(
    OWNER,
    "The truce follows the elders' formula, village chiefs said, while the 'youth wing' of the militia objected.",
    ["elders"],
    ["militia"],
)
proposer(
    OWNER,
    "The rebels called it a 'sellout' but the pause is the bishops' text, agreed with the army on Sunday.",
    ["bishops"],
    ["army"],
)
proposer(
    OWNER,
    "The pause follows the Comoros' wording; Ghana, which had floated a 'yes' vote, backed it on Friday.",
    ["Comoros"],
    ["Ghana"],
)
proposer(
    OWNER,
    "The truce, which the press nicknamed 'the quiet deal', is the Maldives' draft, not India's.",
    ["Maldives"],
    ["India"],
)
proposer(
    OWNER,
    "Once written off as the 'O'Hara plan', the truce now follows the United States' draft, not Egypt's.",
    ["United States"],
    ["Egypt"],
)
quote(
    OWNER,
    "Chris Jones' lawyer, Amara Bello, told the court: \u201cMy client was never at the warehouse.\u201d",
    "My client was never at the warehouse",
    ["Amara Bello"],
    ["Chris Jones"],
    before="Chris Jones, 41, denies the charge.",
)
quote(
    OWNER,
    "Paris' deputy mayor, Odile Ferrand, said: \u201cThe tram line opens in June.\u201d",
    "The tram line opens in June",
    ["Odile Ferrand"],
    ["Remy Caron"],
    before="Remy Caron, the regional prefect, had warned of delays.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
