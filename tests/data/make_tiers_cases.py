# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the flag-strength set (``grounding_tiers.jsonl``): values grounding does not support,
and whether it says so as *unsupported* (the evidence lacks the value or states another) or
only as *unconfirmed* (the value's words are there, no rule reads their role, and nothing in
the evidence states another value). Check ``tier``: a case passes when the value carries no
unsupported flag (it is unconfirmed, or supported), and fails when it carries one; a case that
must fail must also be flagged. By category:

- ``status-tier``: a summit status, a party's stance or a truce status the evidence does not
  word and no other value's wording excludes (pass); the same with wording of a value that
  excludes it: a summit said to be postponed, called off or still to come for one said held,
  one held for one said to be planned, a party that rejected for one said to agree, a truce
  that collapsed for one said in effect (fail);
- ``role-tier``: a place, a proposer or a sponsor named in its evidence in a role no rule
  reads (pass); the same value missing from its evidence, another first name for it, or the
  earlier meeting's place for the planned one (fail);
- ``clause-tier``: a correct value whose evidence holds another occasion's status word, in a
  background clause ("although", "after", "while", "which", a semicolon) or about another
  meeting, party or truce ("an earlier truce", "their trade teams") (pass); the same words in
  the fact's own main clause, naming its parties or its truce (fail);
- ``speaker-tier``: a quote no sentence attributes to anyone, its speaker named elsewhere
  (pass); a quote the article attributes to someone else, by name (fail).

Run ``python tests/data/make_tiers_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, or public figures in invented sentences); each
verdict follows from the two strengths' definitions, decided when the case was written, never
by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from meeting_sets import TRUMP_XI
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_tiers.jsonl")

LEADS = [
    "SEOUL, Oct. 30 (Eastgate Wire) - Officials gave few other details.",
    "Live: the day's diplomacy, by our correspondents.",
    "The Lantern Review | World desk",
    "ANALYSIS | Mara Stolz on the week in Asia",
]

built = SupportCases("tier", LEADS, closing="The story is developing.")
add = built.add
article = built.page


def summit(value: str, sentence: str, expect: bool, category: str = "status-tier") -> None:
    why = f"summit {value}: {sentence[:60]}"
    built.meeting_status(category, expect, value, [sentence], why, TRUMP_XI, check="tier")


def stance(party: str, value: str, sentence: str, expect: bool,
           category: str = "status-tier") -> None:  # fmt: skip
    why = f"{party} {value}: {sentence[:55]}"
    built.truce_position(category, expect, party, value, [sentence], why, check="tier")


def truce(value: str, sentence: str, expect: bool, category: str = "status-tier") -> None:
    why = f"truce {value}: {sentence[:60]}"
    built.truce_status(category, expect, value, [sentence], why, check="tier")


def place(where: str, sentence: str, expect: bool, status: str = "scheduled",
          previous: str | None = None) -> None:  # fmt: skip
    why = f"place {where}: {sentence[:55]}"
    built.meeting_place("role-tier", expect, where, [sentence], why, TRUMP_XI, status, "tier",
                        previous_meeting=previous)  # fmt: skip


def proposer(who: str, sentence: str, expect: bool) -> None:
    add("role-tier", expect, f"proposer {who}: {sentence[:55]}", article(sentence),
        {"ceasefires": [{"proposer": who, "evidence": [sentence]}]},
        "ceasefires[0].proposer", check="tier")  # fmt: skip


def sponsor(who: str, sentence: str, expect: bool) -> None:
    fact = {"instrument": "bill", "sponsors": [who], "evidence": [sentence]}
    add("role-tier", expect, f"sponsor {who}: {sentence[:55]}", article(sentence),
        {"sanctions": [fact]}, "sanctions[0].sponsors[0]", check="tier")  # fmt: skip


def quote(speaker: str, words: str, text: str, expect: bool) -> None:
    assert words.rstrip(".") in text, words
    facts = {"quotes": [{"speaker": speaker, "text": words, "evidence": []}]}
    add("speaker-tier", expect, f"{speaker}: {words[:45]}", text, facts, "quotes[0].speaker",
        check="tier")  # fmt: skip


# ---------------------------------------------------------------- status-tier
# Not worded, and nothing excludes it: the checker cannot tell (unconfirmed).
for value, sentence in [
    ("held", "Trump and Xi traded jokes about golf and grandchildren."),
    ("held", "Aides to Trump and Xi described the mood as warm."),
    ("under_way", "Trump and Xi's delegations traded papers on soybeans."),
    ("scheduled", "Trump and Xi's aides finalised an agenda on fentanyl and chips."),
    ("cancelled", "Trump blamed Xi for the outcome, aides to both men said."),
    ("postponed", "Trump and Xi have traded barbs over chips for a month."),
]:
    summit(value, sentence, True)
for party, value, sentence in [
    ("Hamas", "agreed", "Hamas gave its blessing to the truce text late on Sunday."),
    ("Hamas", "rejects", "Hamas poured cold water on the truce text on Sunday."),
    ("Ukraine", "supports", "Ukraine's foreign minister called the truce plan a lifeline."),
    ("Russia", "agreed", "Russia's envoy initialled the truce text in Riyadh."),
]:
    stance(party, value, sentence, True)
for value, sentence in [
    ("agreed", "The truce text was initialled by both delegations in Doha."),
    ("in_effect", "Guns fell quiet along the line of contact at dawn on Monday."),
    ("collapsed", "The truce was the talk of the capital on Monday."),
]:
    truce(value, sentence, True)
# Wording of a value that excludes it: the evidence says otherwise (unsupported).
for value, sentence in [
    ("held", "The Trump-Xi summit in Busan has been postponed until the spring."),
    ("held", "The summit between Trump and Xi was called off on Monday, the White House said."),
    ("held", "Trump and Xi will meet in Busan next week, officials said."),
    ("scheduled", "Trump and Xi met in Busan on Thursday for nearly two hours."),
    ("proposed", "The summit between Trump and Xi was cancelled on Monday."),
    ("cancelled", "Trump and Xi shook hands in Busan on Thursday and talked for two hours."),
    ("postponed", "Trump hosted Xi at his Florida estate on Friday."),
    ("under_way", "The Busan summit between Trump and Xi has been put on hold."),
]:
    summit(value, sentence, False)
for party, value, sentence in [
    ("Hamas", "agreed", "Hamas rejected the truce proposal on Sunday."),
    ("Russia", "supports", "Russia turned down the truce plan, its foreign ministry said."),
    ("Hamas", "rejects", "Hamas accepted the truce proposal on Sunday, mediators said."),
]:
    stance(party, value, sentence, False)
for value, sentence in [
    ("in_effect", "The ceasefire collapsed on its second day, monitors said."),
    ("agreed", "Both sides rejected the ceasefire, officials said."),
]:
    truce(value, sentence, False)

# ---------------------------------------------------------------- role-tier
# Named in the evidence, in a role no rule reads: unconfirmed.
for where, sentence in [
    ("Beijing", "Xi flew home to Beijing after a week of diplomacy with Trump."),
    ("Seoul", "Trump praised Seoul's hospitality before seeing Xi."),
    ("Shanghai", "Xi's delegation for the talks with Trump arrived from Shanghai."),
    ("Osaka", "Trump, who once owned a hotel project in Osaka, will see Xi soon."),
]:
    place(where, sentence, True)
for who, sentence in [
    ("Egypt", "The truce text was circulated in Cairo and Doha; Egypt's envoy attended."),
    ("Qatar", "Qatar's emir watched the truce signing from the front row."),
    ("Turkey", "Turkey's foreign minister said the truce was a relief for the region."),
]:
    proposer(who, sentence, True)
for who, sentence in [
    ("Lindsey Graham", "Lindsey Graham spoke about the sanctions bill on Sunday."),
    ("Richard Blumenthal", "Richard Blumenthal was asked about the sanctions bill on Monday."),
    ("Maria Cantwell", "Maria Cantwell told reporters the sanctions bill would be long."),
]:
    sponsor(who, sentence, True)
# Missing from the evidence, another first name, or the earlier meeting's place: unsupported.
for where, sentence, previous in [
    ("Tokyo", "Trump and Xi will meet in Busan next week.", None),
    ("Hanoi", "Trump and Xi are due to meet in Kuala Lumpur on Sunday.", None),
    ("Alaska", "Trump and Xi last met in Alaska in August; they will meet again soon.", "Alaska"),
    ("Geneva", "The leaders' next summit will take place in Busan.", None),
]:
    place(where, sentence, False, previous=previous)
for who, sentence in [
    ("Qatar", "Egypt proposed the truce on Sunday, its foreign ministry said."),
    ("France", "The truce, proposed by Norway, begins at noon."),
    ("Jordan", "The United States put forward the truce plan on Monday."),
]:
    proposer(who, sentence, False)
for who, sentence in [
    ("John Thune", "Lindsey Graham introduced the sanctions bill on Monday."),
    ("Lisa Graham", "Lindsey Graham introduced the sanctions bill on Monday."),
    ("Mark Warner", "Senators Tim Kaine and Jim Risch filed the sanctions bill on Tuesday."),
]:
    sponsor(who, sentence, False)

# ---------------------------------------------------------------- clause-tier
# Another occasion's status word, in a background clause or about another meeting, party or
# truce, says nothing against the value: never unsupported.
CLAUSES = [
    (
        summit,
        "held",
        "Trump and Xi talked trade for two hours in Busan, although a planned stop in Seoul was scrapped.",
    ),
    (
        summit,
        "held",
        "Trump and Xi exchanged toasts in Busan after the White House called off a dinner in Tokyo.",
    ),
    (
        summit,
        "scheduled",
        "Trump and Xi will see each other in Busan on Thursday; a stop in Manila was postponed.",
    ),
    (
        summit,
        "postponed",
        "Trump and Xi's summit slid into next year, while their trade teams met in Geneva.",
    ),
    (
        summit,
        "held",
        "Trump and Xi traded jokes in Busan as a second round of trade talks was put off.",
    ),
    (
        truce,
        "in_effect",
        "Guns fell quiet along the front, although an earlier truce collapsed in May.",
    ),
    (
        truce,
        "in_effect",
        "Shelling stopped along the line overnight; talks on a wider deal collapsed.",
    ),
    (
        truce,
        "agreed",
        "The two sides initialled the truce text after mediators' earlier drafts were rejected.",
    ),
]
for helper, value, sentence in CLAUSES:
    helper(value, sentence, True, "clause-tier")
for party, value, sentence in [
    ("Russia", "rejects", "Russia brushed aside the plan, which Ukraine had welcomed."),
    (
        "Hamas",
        "agreed",
        "Hamas gave its blessing to the text, which Israel had turned down on Friday.",
    ),
    ("Ukraine", "supports", "Ukraine called the plan a lifeline as Russia rejected it."),
]:
    stance(party, value, sentence, True, "clause-tier")
# The same wording in the fact's own main clause: unsupported.
for value, sentence in [
    ("held", "Trump and Xi's summit was called off on Monday."),
    ("held", "Trump postponed his Busan summit with Xi until March."),
    ("held", "Xi has put his planned meeting with Trump on hold, Beijing said."),
    ("scheduled", "Trump and Xi met for ninety minutes in Busan on Thursday."),
    ("proposed", "Trump and Xi's meeting was cancelled, the White House said."),
    ("under_way", "Trump and Xi's summit has been postponed until spring."),
]:
    summit(value, sentence, False, "clause-tier")
for party, value, sentence in [
    ("Hamas", "agreed", "Hamas rejected the truce proposal on Sunday, its spokesman said."),
    ("Russia", "supports", "Russia rejected the truce plan outright."),
    ("Hamas", "rejects", "Hamas accepted the truce on Sunday, Egypt said."),
]:
    stance(party, value, sentence, False, "clause-tier")
for value, sentence in [
    ("in_effect", "The truce collapsed after three days, monitors said."),
    ("agreed", "The ceasefire was rejected by both sides on Monday."),
    ("proposed", "The truce plan collapsed within hours."),
]:
    truce(value, sentence, False, "clause-tier")

# ---------------------------------------------------------------- speaker-tier
# No attribution anywhere: unconfirmed.
BARE = [
    (
        "Mevlut Kaya",
        "We are not in a hurry.",
        "The crossing was quiet on Monday.\n\n\u201cWe are not in a hurry.\u201d\n\nMevlut Kaya, the trade minister, reached Geneva late in the evening.",
    ),
    (
        "Ana Ruiz",
        "The border stays closed until further notice.",
        "The crossing was quiet by noon.\n\n\u201cThe border stays closed until further notice.\u201d\n\nAna Ruiz runs the customs office at the crossing.",
    ),
    (
        "Tomas Berg",
        "Nobody wins a war of attrition.",
        "A banner over the square read: \u201cNobody wins a war of attrition.\u201d Tomas Berg organised the march.",
    ),
    (
        "Lena Ortiz",
        "Peace first, then trade.",
        "The slogan \u201cPeace first, then trade\u201d was painted on the wall. Lena Ortiz leads the chamber of commerce.",
    ),
    (
        "Karim Haddad",
        "Bread, not bullets.",
        "Protesters carried signs reading \u201cBread, not bullets.\u201d\n\nKarim Haddad, a teacher, joined them.",
    ),
    (
        "Sara Lind",
        "The talks are the only road.",
        "\u201cThe talks are the only road.\u201d\n\nThat was the line on every poster in the capital. Sara Lind is the city's mayor.",
    ),
    (
        "Omar Suleiman",
        "No deal, no peace.",
        "The front page carried one line: \u201cNo deal, no peace.\u201d Omar Suleiman owns the paper.",
    ),
    (
        "Ines Moreau",
        "Let the aid trucks through.",
        "Graffiti near the gate, \u201cLet the aid trucks through,\u201d was painted over. Ines Moreau, a nurse, watched.",
    ),
    (
        "Paul Weber",
        "A ceasefire is not peace.",
        "The placard said \u201cA ceasefire is not peace.\u201d Paul Weber marched with his children.",
    ),
    (
        "Rita Costa",
        "We will rebuild.",
        "On the rubble, the words \u201cWe will rebuild\u201d were painted in red. Rita Costa lost her shop there.",
    ),
]
for speaker, words, text in BARE:
    quote(speaker, words, text, True)
# Attributed to someone else, by name: unsupported.
OTHER = [
    (
        "Mevlut Kaya",
        "We are not in a hurry.",
        "\u201cWe are not in a hurry,\u201d said Elif Demir, the finance minister.\n\nMevlut Kaya, the trade minister, reached Geneva later.",
    ),
    (
        "Ana Ruiz",
        "The border stays closed until further notice.",
        "\u201cThe border stays closed until further notice,\u201d Jorge Salas told reporters. Ana Ruiz runs the customs office.",
    ),
    (
        "Tomas Berg",
        "Nobody wins a war of attrition.",
        "Marta Holm, the defence minister, said: \u201cNobody wins a war of attrition.\u201d Tomas Berg sat beside her.",
    ),
    (
        "Lena Ortiz",
        "Peace first, then trade.",
        "\u201cPeace first, then trade,\u201d Carlos Vidal, the prime minister, said on Monday. Lena Ortiz applauded.",
    ),
    (
        "Karim Haddad",
        "Bread, not bullets.",
        "Nadia Farouk, who led the march, shouted: \u201cBread, not bullets.\u201d Karim Haddad followed her.",
    ),
    (
        "Sara Lind",
        "The talks are the only road.",
        "\u201cThe talks are the only road,\u201d Erik Dahl wrote in a letter to Sara Lind.",
    ),
    (
        "Omar Suleiman",
        "No deal, no peace.",
        "\u201cNo deal, no peace,\u201d Yusuf Kamal told Omar Suleiman's radio show.",
    ),
    (
        "Ines Moreau",
        "Let the aid trucks through.",
        "\u201cLet the aid trucks through,\u201d the UN envoy, Pierre Lafont, told the council. Ines Moreau, a nurse, watched.",
    ),
    (
        "Paul Weber",
        "A ceasefire is not peace.",
        "Greta Lang, the party leader, told the rally: \u201cA ceasefire is not peace.\u201d Paul Weber organised it.",
    ),
    (
        "Rita Costa",
        "We will rebuild.",
        "\u201cWe will rebuild,\u201d Mayor Luis Prado said, standing beside Rita Costa's shop.",
    ),
]
for speaker, words, text in OTHER:
    quote(speaker, words, text, False)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
