# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the xstatus-22 set (``grounding_xstatus22.jsonl``): a status or stance told by a word of
another family, the shapes of the status field's false alarms that persisted across outside
checks 37 to 46 (session 22's cross-check; :mod:`implied_statuses`). By category:

- ``adopted``: a measure a body "adopted"/"approved" in the past is ``enacted`` (and, with no
  start to come, ``in_force``, ``imposed``); one a state "applies" now or will "leave"/"keep ...
  in place" is ``in_force``, ``imposed``. Twins: a modal or intention before the verb ("is
  expected to adopt", "could apply", "may leave ... if"), a negation ("has not yet adopted",
  "does not keep"), a proposal or a committee's bill adopted, "applies for", a start to come;
- ``past-talks``: a meeting after a word of sequence ("since their talks in Astana on 4
  March", "The dinner followed formal talks on Tuesday", "following talks in Lublin") is
  ``held``. Twins: the same with a modal or hope before ("will follow", "hope to sign ...
  following talks", "could rise ... after the meeting"), a meeting still ahead ("after talks
  next week", "a summit planned for next month") or undone after the noun ("was called off",
  "was postponed", "was scrapped");
- ``own-halt``: a party "would stop"/"will cease"/"would halt" the fighting in a sentence naming
  it as the halt's subject (or "it", "they", "its fighters" after it), or its "own unilateral"
  ceasefire that "came into force"/"took effect", is ``agreed``. Twins: a negation ("would not
  stop", "will never stop", "never took effect"), a condition ("only if", "if the fighters
  withdrew"), another party as the halt's subject ("said Ukraine would halt", "said Armenia's
  forces would cease"), a demand or a call on others ("demanded that ... stop", "urged that").

Every must-pass case has a must-fail twin in the same words. Must-fail cases are refused at
either strength (``ANY``). Run ``python tests/data/make_xstatus22_cases.py`` to rebuild it.
Every sentence below was written for this set (public bodies and invented officials in
invented sentences); each verdict is what a careful fact-checker reads in the text, decided
when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ANY, SUPPORTED, SupportCases

OUT = Path(__file__).with_name("grounding_xstatus22.jsonl")
LEADS = [
    "BRUSSELS (Wire) -",
    "The Harbour Gazette | World",
    "Live: diplomacy and sanctions, as it happens",
    "From our Ankara correspondent.",
    "Evening radio bulletin, transcript.",
    "Agency copy, translated from Spanish.",
]
# (category, must pass, kind, value, stance party or None, evidence sentences)
CASES = [
    (
        "adopted",
        True,
        "sanctions",
        "enacted",
        None,
        [
            "The Council on Monday adopted a ninth package of restrictive measures against the Minsk authorities."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "The Council is expected to adopt a ninth package of restrictive measures against the Minsk authorities on Monday."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "in_force",
        None,
        [
            "The legal basis remains the sixth sanctions package, adopted on 3 June 2022, which barred seaborne crude."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        [
            "The legal basis would be a seventh sanctions package, to be adopted in June, which would bar seaborne crude."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "enacted",
        None,
        ["Parliament approved the export ban on rough diamonds by 301 votes to 112 on Thursday."],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "A parliamentary committee approved the bill banning exports of rough diamonds by 31 votes to 12 on Thursday."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "imposed",
        None,
        [
            "Ottawa adopted the duties on Chinese electric vehicles in August, a government notice shows."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "imposed",
        None,
        [
            "Ottawa has not yet adopted the duties on Chinese electric vehicles, a government notice shows."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "enacted",
        None,
        [
            "Ministers adopted the 14th package of sanctions at a meeting in Luxembourg, officials said."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "The Commission adopted a proposal for a 14th package of sanctions at a meeting in Luxembourg, officials said."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "in_force",
        None,
        [
            "Under the regulation the Council adopted in March, the travel ban covers 52 shipping executives."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        [
            "Under the regulation the Council adopted in March, the travel ban will cover 52 shipping executives from next month."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "in_force",
        None,
        [
            "Canada, which dropped Belarus from its preferential list in 2022, applies a 35 percent tariff on almost all Belarusian goods."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        [
            "Canada, which dropped Belarus from its preferential list in 2022, could apply a 35 percent tariff on almost all Belarusian goods."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "imposed",
        None,
        ["Switzerland now applies the same travel ban to the 48 officials as the bloc does."],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "imposed",
        None,
        ["Switzerland applies for an exemption from the bloc's travel ban on the 48 officials."],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "imposed",
        None,
        [
            "Washington will leave the 15 percent duties on Mexican tomatoes in place, the statement said."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "imposed",
        None,
        [
            "Washington may leave the 15 percent duties on Mexican tomatoes in place if talks fail, the statement said."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "in_force",
        None,
        ["The agreement keeps the 25% levy on imported steel in place for now, the ministry said."],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        ["The agreement does not keep the 25% levy on imported steel in place, the ministry said."],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "enacted",
        None,
        [
            "The Senate's version, adopted without amendment, imposes an embargo on arms sales to the junta."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "The Senate's version, which could be adopted without amendment, would impose an embargo on arms sales to the junta."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["It was the first meeting of the two presidents since their talks in Astana on 4 March."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "It will be the first meeting of the two presidents since their talks in Astana on 4 March."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        [
            "The dinner followed formal talks on Tuesday at the Quirinale, where the two leaders were joined by the Dutch prime minister."
        ],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "The dinner will follow formal talks on Tuesday at the Quirinale, where the two leaders are to be joined by the Dutch prime minister."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["After talks in Doha on Monday, the envoys of both sides flew home."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        ["After talks in Doha next week, the envoys of both sides are to fly home."],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["Following a summit in Accra on 2 May, the West African leaders announced a joint force."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "Following a summit in Accra planned for next month, the West African leaders hope to announce a joint force."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["Prices rose sharply in the days after the meeting in Oslo between the two ministers."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "Prices could rise sharply in the days after the meeting in Oslo between the two ministers."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        [
            "Relations have thawed since the session in Geneva, when Lindqvist and Okafor shook hands."
        ],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "Relations have not thawed since the session in Geneva was called off at the last minute."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        [
            "The statement came hours after a visit to Hanoi by the Australian foreign minister, Ms Carrow."
        ],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "The statement came hours after a visit to Hanoi by the Australian foreign minister was postponed."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["Since the round of talks in Muscat, the two delegations have exchanged drafts twice."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "Since the round of talks in Muscat was scrapped, the two delegations have not exchanged drafts."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["Mr Varga said the mood had changed after the summit in Tirana on 12 May."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        ["Mr Varga said the mood would change after the summit in Tirana on 12 May."],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["Kyiv and Warsaw signed the grain accord following talks in Lublin on Friday."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        ["Kyiv and Warsaw hope to sign the grain accord following talks in Lublin on Friday."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Hamas",
        ["Hamas said that all hostilities from its fighters would cease once the pause began."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Hamas",
        [
            "Hamas said that all hostilities from its fighters would cease only if the siege were lifted."
        ],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "United States",
        ["Trump said on Tuesday that the United States would stop bombing the Houthi rebels."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "United States",
        ["Trump said on Tuesday that the United States would not stop bombing the Houthi rebels."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Israel",
        ["Israel's own unilateral ceasefire came into force at 2am, the army said."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Israel",
        ["Egypt's own unilateral ceasefire plan came into focus at 2am, as Israel kept shelling."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Russia",
        ["The Kremlin said Russia would halt strikes on energy sites for 30 days."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Russia",
        [
            "The Kremlin said Ukraine would halt strikes on energy sites for 30 days, according to Russia."
        ],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Ukraine",
        ["Zelensky said that Ukraine will stop its attacks on Russian refineries from Monday."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Ukraine",
        [
            "Zelensky demanded that Ukraine's partners stop attacks on Russian refineries from Monday."
        ],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Azerbaijan",
        [
            "Baku announced that Azerbaijan would cease all military operations in the region at 1pm."
        ],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Azerbaijan",
        ["Baku said Armenia's forces would cease all military operations in the region at 1pm."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "India",
        ["New Delhi said on Saturday that India would stop all firing along the Line of Control."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "India",
        ["New Delhi urged that India and Pakistan stop all firing along the Line of Control."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Sudan",
        ["Sudan's own unilateral truce took effect on Friday morning, the army said."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Sudan",
        ["Sudan's army said Chad's own unilateral truce took effect on Friday morning."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Turkey",
        ["Ankara said Turkey would suspend its offensive in the northeast for five days."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Turkey",
        [
            "Ankara said Turkey would suspend its offensive in the northeast for five days if the fighters withdrew."
        ],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Houthis",
        ["The Houthis said they would stop attacks on shipping in the Red Sea."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Houthis",
        ["The Houthis said they will never stop attacks on shipping in the Red Sea."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Armenia",
        [
            "Armenia's own unilateral ceasefire took effect at dawn, hours before Azerbaijan answered."
        ],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Armenia",
        ["Armenia's own unilateral ceasefire never took effect, as shelling went on at dawn."],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        [
            "Relations warmed after the summit in Baku on 9 June, when the two men signed a pipeline deal and called for calm."
        ],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "Relations cooled after the summit in Baku on 9 June was called off, and both men called for calm."
        ],
    ),
]
# Session 22c review: the shapes the four hooks read too widely (each a must-fail), with the
# ordinary wordings a fix must keep (must-pass).
CASES += [
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "Deputies in the lower chamber approved the fuel levy on Wednesday, sending it to the upper house for review."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "The national assembly approved the media law on Thursday, but the president has said he will veto it."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "Finance ministers approved the tariff package in principle on Friday, with a formal vote to follow in March."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "The Senate approved the export ban 71-27 on Tuesday; the House has yet to schedule a vote."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "enacted",
        None,
        [
            "Envoys approved the eleventh sanctions package, which foreign ministers must still formally endorse."
        ],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        ["The import duty, approved by the cabinet on Sunday, starts on 1 September."],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        ["The levy the ministry approved in 2019 expired at the end of last year."],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        ["Lima adopted an embargo on the regime in 2017, which it repealed in March."],
    ),
    (
        "adopted",
        False,
        "sanctions",
        "in_force",
        None,
        ["The surcharge, approved by lawmakers on Monday, applies from 1 January."],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "enacted",
        None,
        [
            "Ministers adopted the twelfth sanctions package on Monday, the Council said in a statement."
        ],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "enacted",
        None,
        ["The decree, approved by the cabinet last week, bans the export of raw lithium."],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "enacted",
        None,
        ["The Council adopted the regulation on Thursday after two years of negotiations."],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "in_force",
        None,
        ["The fuel levy approved by parliament in 2021 funds road repairs across the country."],
    ),
    (
        "adopted",
        True,
        "sanctions",
        "imposed",
        None,
        ["Oslo approved a ban on fishing exports to the region on Monday, officials said."],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        [
            "The delegations return to Ankara next month after talks that ended on Sunday without an agreement."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        [
            "Following talks that concluded in Vienna on Wednesday, negotiators said a text could be ready within weeks."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        [
            "After the summit closed in Lisbon on Saturday, leaders said they would reconvene in the spring."
        ],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["Diplomats expect a joint statement soon after talks wrapped up in Muscat on Tuesday."],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["After talks in Jeddah on Monday, the envoys said they would meet again next week."],
    ),
    (
        "past-talks",
        True,
        "summits",
        "held",
        None,
        ["It was their first meeting since talks in Minsk in 2015."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        ["Modi and Xi meet in Kazan on Tuesday for the first time since talks in Bali in 2022."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        ["The forum in Vienna, the first since talks in Oslo in 2019, opens on Thursday."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        ["The summit was scrapped days after preparatory talks in Rome on Friday."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        ["The leaders' summit was derailed after talks between aides in Doha on Monday."],
    ),
    (
        "past-talks",
        False,
        "summits",
        "held",
        None,
        [
            "Aliyev and Pashinyan meet in Astana on Wednesday, their first summit since talks in Prague last year."
        ],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Houthis",
        ["The Houthis denied that they would halt attacks on shipping."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Hezbollah",
        ["Hezbollah dismissed reports that its fighters would cease firing at dawn."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Ukraine",
        ["Russia said Ukraine would halt its attacks once Western aid ran dry."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Taliban",
        ["It remains unclear whether the Taliban will stop attacks during the holiday."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Hamas",
        ["Hamas said it would cease hostilities in exchange for the release of all its prisoners."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Houthis",
        ["The Houthis said they would stop firing for now but have not accepted the truce."],
    ),
    (
        "own-halt",
        False,
        "ceasefires",
        "agreed",
        "Hezbollah",
        ["Hezbollah would halt its rocket fire at dusk, according to Israel."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Houthis",
        ["The Houthis said they would halt their attacks on commercial shipping from Sunday."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Hezbollah",
        [
            "Hezbollah will cease all operations along the border at 4am, the group said in a statement."
        ],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Hamas",
        ["Hamas said its fighters would stop firing rockets at midnight."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Ukraine",
        ["Ukraine will halt strikes on Russian energy sites for 30 days, Kyiv said."],
    ),
    (
        "own-halt",
        True,
        "ceasefires",
        "agreed",
        "Sudan",
        ["Sudan's army said it would stop its offensive in Darfur on Friday."],
    ),
]
built = SupportCases("xs22", LEADS)
for category, expect, kind, value, party, sentences in CASES:
    strength = SUPPORTED if expect else ANY
    why = f"{sentences[-1][:60]}"
    if party is not None:
        position = {"party": party, "stance": value, "evidence": sentences}
        facts = {"ceasefires": [{"positions": [position], "evidence": sentences}]}
        path = "ceasefires[0].positions[0].stance"
        built.add(category, expect, f"{party} {value}: {why}", built.page(*sentences), facts, path)
        continue
    extra = {"instrument": "other"} if kind == "sanctions" else {"parties": []}
    built.graded_fact(category, kind, "status", value, sentences, expect, strength, why, **extra)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
