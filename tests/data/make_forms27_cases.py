# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the forms-27 set (``grounding_forms27.jsonl``): a status word in another form of its
verb, and a later stage's word that is what was refused (an outside check, session 27: checks
59 and 60, "Both sides commit to an immediate halt", "accused the other of breaking the
truce", "Neither the army nor the RSF had answered", "once the Security Council refused to
prolong Iran's relief"; :mod:`cue_forms`, :func:`status_denials.negated`). By category:

- ``verb-forms``: a stance's or a truce's verb cue in a present form read as a finite verb
  ("commit to", "joins the truce"), in a progressive ("are breaking the truce"), as a gerund
  after "of" for a breach ("accused Moscow of breaking the truce"), and a negated answer whose
  negation is "neither ... nor" ("Neither Hamas nor Israel has answered"). Not: a noun of the
  same spelling ("positive signs", "Tehran's reach"), a modal or "to" before it, a noun of
  prospect before "of" ("the risk of breaking"), a denial, an answer given after the
  negation's clause, another value;
- ``refused-object``: a later stage's word inside what a refusal's infinitive acts on ("the
  council refused to prolong the relief", "declined to extend the waiver's easing") says no
  later stage: the measure stays ``imposed``. Not: a later stage stated ("the relief was
  extended", "lifted the duties"), nor ``lifted`` for the refused relief;
- ``perfect-relative``: a measure's verb in a relative clause after its noun in the present
  perfect ("the drastic sanctions ECOWAS has imposed on it") says the measure stands now:
  ``imposed`` (:func:`status_clauses.modifier_verb`). Not: ``lifted`` for it, the pluperfect
  of an earlier state beside a lifting ("lifted the duties he had imposed", "has dropped the
  surtax it had imposed"), a threat ("has threatened to impose");
- ``at-meeting``: "at" or "during" and a noun phrase ending in a meeting noun says the
  meeting was ``held`` ("at the bloc's 66th summit", "during the tense three-hour meeting in
  Sochi", "at Sunday's G7 session"; :mod:`at_meetings`). Not: a time or plan word in the
  phrase ("next week's", "the upcoming", "the planned", "tomorrow's", "this week's"), a
  future, modal or intention before it in its clause ("will", "is expected to", "plans to",
  "could", "are due to", "aim to", "would"), a time ahead after it ("later this month"), a
  sentence with no past verb before it ("meet at the bloc's summit on Thursday"), nor
  ``scheduled`` for one held.

Strength: every case asks only support (True) or refusal at either strength (False). Run
``python tests/data/make_forms27_cases.py`` to rebuild it. Every sentence was written for
this set from public facts of 2019-2025 (truces in Sudan, Gaza, Ukraine, the Caucasus; UN and
US sanctions), in several outlets' styles; each verdict is what a careful fact-checker reads
in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SupportCases

OUT = Path(__file__).with_name("grounding_forms27.jsonl")

built = SupportCases(
    "f27",
    leads=[
        "KHARTOUM (Nile Wire) -",
        "By Petra Lindholm | The Fjord Ledger",
        "MIDDLE EAST BRIEFING | The Levant Courier",
        "From our Yerevan correspondent, The Ararat Review.",
        "NEW YORK, Turtle Bay Post -",
        "Foreign desk, The Atlantic Examiner.",
    ],
)
FORMS, REFUSED, PERFECT = "verb-forms", "refused-object", "perfect-relative"
AT = "at-meeting"

for party, value, sentence in [
    ("Thailand", "agreed", "Thailand commits to the ceasefire, its foreign ministry says."),
    ("Armenia", "agreed", "Armenia joins the truce brokered by Moscow, the Kremlin says."),
    ("the RSF", "agreed", "The RSF commits to the humanitarian truce, its adviser told reporters."),
    ("Israel", "agreed", "Israel signs on to the Egyptian truce, officials say."),
    ("Hamas", "awaiting_answer", "Neither Hamas nor Israel has answered the mediators yet."),
    (
        "the M23",
        "awaiting_answer",
        "Neither Kinshasa nor the M23 rebels have responded to the Qatari draft.",
    ),
    (
        "the army",
        "awaiting_answer",
        "Neither the army nor the paramilitary force had answered by Sunday night.",
    ),
]:
    built.stance(FORMS, party, value, sentence, True)

for value, sentence in [
    ("agreed", "Under the accord, both armies commit to a complete halt to shelling."),
    ("agreed", "Under the deal the warring sides commit to an end to hostilities in Darfur."),
    ("violated", "Both sides are breaking the truce daily, monitors say."),
    ("violated", "Kyiv accused Moscow of breaking the Easter truce within hours."),
    ("violated", "The army was accused of breaking the truce near Kadugli on Tuesday."),
]:
    built.status("ceasefires", FORMS, value, sentence, True)

for party, value, sentence in [
    ("Israel", "agreed", "Israel's signs of goodwill did not extend to the truce."),
    ("Israel", "agreed", "Mediators saw positive signs in Israel's reply on the truce."),
    ("Hamas", "agreed", "Neither Hamas nor Israel commits to the truce, diplomats say."),
    ("Israel", "agreed", "Israel breaks the truce within hours, Gaza officials say."),
    (
        "Hamas",
        "awaiting_answer",
        "Hamas answered the mediators on Friday, neither accepting nor rejecting the plan.",
    ),
    (
        "the army",
        "awaiting_answer",
        "Neither the army nor the RSF attended; both answered by letter on Friday.",
    ),
    (
        "Thailand",
        "agreed",
        "Thailand will commit to the ceasefire only if Cambodia pulls back its troops.",
    ),
    ("Thailand", "agreed", "Washington urged Thailand to commit to the ceasefire."),
    ("Armenia", "rejects", "Armenia joins the truce brokered by Moscow, the Kremlin says."),
    (
        "the RSF",
        "agreed",
        "The RSF commits atrocities despite the humanitarian truce, monitors say.",
    ),
    (
        "Ukraine",
        "rejects",
        "Kyiv asked for a 30-day ceasefire and a prisoner swap; neither was agreed.",
    ),
]:
    built.stance(FORMS, party, value, sentence, False)

for value, sentence in [
    ("agreed", "The truce is beyond Khartoum's reach for now, diplomats say."),
    ("agreed", "Both armies will commit to a halt to shelling only if monitors arrive."),
    ("violated", "Monitors warned of the risk of breaking the fragile truce."),
    ("violated", "Both sides denied accusations of breaking the truce."),
    ("agreed", "Both sides are breaking the truce daily, monitors say."),
    ("violated", "Both sides commit to a complete halt to shelling, the text says."),
]:
    built.status("ceasefires", FORMS, value, sentence, False)

# --- refused-object: a later stage's word in what was refused ----------------------------

for value, sentence in [
    (
        "imposed",
        "UN sanctions on Iran were reimposed on Sunday after the Security Council refused to prolong Tehran's relief.",
    ),
    (
        "imposed",
        "Washington reimposed the oil sanctions after the Treasury declined to extend the licence's easing.",
    ),
    (
        "imposed",
        "The EU reimposed the steel duties on Friday; member states had refused to renew the tariff relief.",
    ),
    (
        "imposed",
        "The arms embargo was reinstated after the council failed to extend the sanctions relief.",
    ),
    (
        "imposed",
        "Beijing imposed the rare-earth curbs after Washington declined to widen the chip relief.",
    ),
    (
        "imposed",
        "The bloc reimposed the visa bans on Monday once ministers refused to prolong the easing.",
    ),
    (
        "imposed",
        "Ottawa imposed the surtax after the cabinet declined to extend any relief for importers.",
    ),
    (
        "imposed",
        "The UN snapback sanctions were reimposed after Russia failed to secure more relief for Iran.",
    ),
    (
        "imposed",
        "London imposed the asset freezes after ministers refused to grant further relief.",
    ),
    (
        "imposed",
        "The duties were reimposed after Congress declined to renew the easing for Canadian lumber.",
    ),
]:
    built.status("sanctions", REFUSED, value, sentence, True)

for value, sentence in [
    (
        "lifted",
        "UN sanctions on Iran were reimposed on Sunday after the Security Council refused to prolong Tehran's relief.",
    ),
    (
        "lifted",
        "Washington reimposed the oil sanctions after the Treasury declined to extend the licence's easing.",
    ),
    (
        "lifted",
        "The EU reimposed the steel duties on Friday; member states had refused to renew the tariff relief.",
    ),
    (
        "lifted",
        "The arms embargo was reinstated after the council failed to extend the sanctions relief.",
    ),
    (
        "imposed",
        "The council lifted the arms embargo on Friday after Russia refused to veto the resolution.",
    ),
    (
        "imposed",
        "Washington lifted the oil sanctions on Thursday; the Treasury declined to comment.",
    ),
    ("imposed", "The bloc eased the visa bans on Monday once ministers refused to block the move."),
    ("imposed", "The duties on Canadian lumber were lifted after Congress declined to intervene."),
    (
        "imposed",
        "Ottawa removed the surtax on Tuesday after the cabinet refused to delay the decision.",
    ),
    (
        "imposed",
        "The asset freezes were lifted on Friday after London failed to win support for keeping them.",
    ),
]:
    built.status("sanctions", REFUSED, value, sentence, False)

# --- perfect-relative: a measure's present perfect in a relative clause is its state now ----

for value, sentence in [
    (
        "imposed",
        "Mali's junta denounced the drastic sanctions ECOWAS has imposed on it since the coup.",
    ),
    (
        "imposed",
        "Exporters are struggling under the duties Washington has imposed on Canadian lumber.",
    ),
    ("imposed", "Beijing criticised the chip curbs the Netherlands has imposed on ASML."),
    ("imposed", "Russian banks are shut out by the measures the EU has imposed since 2022."),
    ("imposed", "Farmers counted the cost of the tariffs China has imposed on canola."),
    (
        "imposed",
        "Caracas again attacked the sanctions that Washington has imposed on its oil sector.",
    ),
    ("imposed", "Pyongyang condemned the sanctions the Security Council has imposed on it."),
    ("imposed", "Importers have paid billions on the levies Trump has imposed this year."),
    ("imposed", "Moscow shrugged off the restrictions London has imposed on its diplomats."),
    ("imposed", "Steelmakers welcomed the safeguard duties the bloc has imposed on cheap imports."),
]:
    built.status("sanctions", PERFECT, value, sentence, True)

for value, sentence in [
    (
        "lifted",
        "Mali's junta denounced the drastic sanctions ECOWAS has imposed on it since the coup.",
    ),
    (
        "lifted",
        "Exporters are struggling under the duties Washington has imposed on Canadian lumber.",
    ),
    ("lifted", "Farmers counted the cost of the tariffs China has imposed on canola."),
    ("lifted", "Pyongyang condemned the sanctions the Security Council has imposed on it."),
    ("imposed", "Trump lifted the duties he had imposed on Canadian lumber in 2018."),
    ("imposed", "The tariffs Trump had imposed on steel were scrapped on Monday."),
    ("imposed", "Ottawa has dropped the surtax it had imposed on Chinese electric vehicles."),
    ("imposed", "The EU has repealed the levy it had imposed on American whiskey."),
    ("imposed", "Tokyo complained of the curbs Seoul has threatened to impose on its chemicals."),
    ("imposed", "London has lifted the restrictions it had imposed on Russian diplomats."),
]:
    built.status("sanctions", PERFECT, value, sentence, False)

# --- at-meeting: "at"/"during" + a noun phrase + a meeting noun is an occasion held -------


def summit(expect: bool, value: str, sentence: str, parties: list[str], place: str) -> None:
    """A summit of ``parties`` at ``place`` whose status is ``value``, backed by ``sentence``."""
    built.graded_fact(
        AT, "summits", "status", value, [sentence], expect, ANY, f"{value}: {sentence[:50]}",
        parties=parties, planned_location=place, planned_timing=None,
    )  # fmt: skip


for sentence, parties, place in [
    (
        "Lula took the rotating presidency from Milei at the bloc's 66th summit.",
        ["Lula", "Milei"],
        "Buenos Aires",
    ),
    (
        "Macron and Scholz clashed over farm subsidies at Thursday's EU summit in Brussels.",
        ["Macron", "Scholz"],
        "Brussels",
    ),
    ("Modi and Xi shook hands at the two-day BRICS summit in Kazan.", ["Modi", "Xi"], "Kazan"),
    (
        "Erdogan and Putin sparred openly during the tense three-hour meeting in Sochi.",
        ["Erdogan", "Putin"],
        "Sochi",
    ),
    (
        "Starmer and von der Leyen signed off on the fisheries deal at the first UK-EU summit.",
        ["Starmer", "von der Leyen"],
        "London",
    ),
    (
        "Ruto and Museveni agreed to reopen the border at last month's regional summit in Arusha.",
        ["Ruto", "Museveni"],
        "Arusha",
    ),
    (
        "Albanese and Luxon announced a joint defence pact at the annual bilateral meeting in Wellington.",
        ["Albanese", "Luxon"],
        "Wellington",
    ),
    (
        "Sheinbaum and Carney discussed steel tariffs at Sunday's G7 session in Kananaskis.",
        ["Sheinbaum", "Carney"],
        "Kananaskis",
    ),
    (
        "Orban vetoed the aid package at the December summit of EU leaders.",
        ["Orban", "Costa"],
        "Brussels",
    ),
    (
        "Lula and Petro pledged to protect the Amazon at the regional conference in Belem.",
        ["Lula", "Petro"],
        "Belem",
    ),
]:
    summit(True, "held", sentence, parties, place)

for value, sentence, parties, place in [
    (
        "held",
        "Lula will take over the presidency from Milei during next week's summit.",
        ["Lula", "Milei"],
        "Buenos Aires",
    ),
    (
        "held",
        "Lula is expected to take over from Milei at next week's summit in Buenos Aires.",
        ["Lula", "Milei"],
        "Buenos Aires",
    ),
    (
        "held",
        "Macron plans to raise farm subsidies with Scholz at the upcoming EU summit.",
        ["Macron", "Scholz"],
        "Brussels",
    ),
    (
        "held",
        "Modi and Xi could shake hands at the BRICS summit in Kazan.",
        ["Modi", "Xi"],
        "Kazan",
    ),
    (
        "held",
        "Erdogan and Putin are due to meet during the planned talks in Sochi.",
        ["Erdogan", "Putin"],
        "Sochi",
    ),
    (
        "held",
        "Ruto and Museveni hope to reopen the border at tomorrow's regional meeting.",
        ["Ruto", "Museveni"],
        "Arusha",
    ),
    (
        "held",
        "Sheinbaum and Carney would discuss steel tariffs at Sunday's G7 session, officials said.",
        ["Sheinbaum", "Carney"],
        "Kananaskis",
    ),
    (
        "held",
        "Albanese and Luxon aim to announce a defence pact at the annual bilateral meeting in Wellington.",
        ["Albanese", "Luxon"],
        "Wellington",
    ),
    (
        "held",
        "Starmer and von der Leyen are set to sign off on the fisheries deal at the first UK-EU summit.",
        ["Starmer", "von der Leyen"],
        "London",
    ),
    (
        "held",
        "Lula said he would pass the presidency to Petro at this week's summit.",
        ["Lula", "Petro"],
        "Belem",
    ),
    (
        "held",
        "Lula and Milei meet at the bloc's 66th summit in Buenos Aires on Thursday.",
        ["Lula", "Milei"],
        "Buenos Aires",
    ),
    (
        "held",
        "Farm subsidies are likely to top the agenda at the EU leaders' summit later this month.",
        ["Macron", "Scholz"],
        "Brussels",
    ),
    (
        "scheduled",
        "Lula took the rotating presidency from Milei at the bloc's 66th summit.",
        ["Lula", "Milei"],
        "Buenos Aires",
    ),
]:
    summit(False, value, sentence, parties, place)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
