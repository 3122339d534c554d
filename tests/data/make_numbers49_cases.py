# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 49's numbers and days (``grounding_numbers49.jsonl``): value-support
cases for a number's or a day's role told in wordings the readers did not know, by category,
each with what must pass and what must fail:

- ``repeat-count``: a count of occasions told by how often, after a verb of the occasion
  ("have met 27 times", "met twice", "has struck the plant three times", "held talks twice");
  another number of the sentence (a year, an age, "the Group of 20", another occasion's
  repeat), a frequency ("twice a year") or a multiple ("twice as high") is no such count, and
  a qualifier the article gives ("more than 20 times", "at least twice") must agree;
- ``ordinal-count``: a count told by an ordinal of its occasion ("met for the third time",
  "the fifth time the two had met", "the 19th round of talks"): the number of occasions,
  this one included; a day's ordinal ("the 19th of March"), a name's ("the 3rd Assault
  Brigade"), a person's place in a line ("the 84th senator to sign on") or another
  occasion's ordinal ("the fourth phone call") is not;
- ``day-preposition``: a day whose role its preposition tells: "will meet starting Monday"
  is the meeting's, "announced ... in a letter on July 7" the announcement's, "in effect
  since October 10 has held" the truce's start (no meeting "held"); a sentence opening "As of
  Sunday," reports a state on that day, no start, introduction or meeting; "effective August
  1" stays a start's day, not the announcement's.

Run ``python tests/data/make_numbers49_cases.py`` to rebuild it. The facts are real (talks,
visits, truces and tariffs of 2025 as outlets reported them), the sentences written for this
set; each verdict is what a careful fact-checker reads in the text, decided when the case
was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_numbers49.jsonl")

built = SupportCases(
    "n49",
    leads=[
        "MOSCOW (Steppe Wire) -",
        "By Ines Carvalho | The Gulf Ledger",
        "DIPLOMACY BRIEF | Danube Daily",
        "From our Kuala Lumpur correspondent, The Straits Observer.",
        "ISTANBUL, Bosphorus Post -",
        "World desk, The Prairie Chronicle.",
    ],
)
REPEAT, ORDINAL, DAY = "repeat-count", "ordinal-count", "day-preposition"
PUBLISHED = "2025-08-07"


def case(
    category: str, expect: bool, why: str, text: str, evidence: str, kind: str, fact: dict[str, Any],
    path: str,
) -> None:  # fmt: skip
    assert evidence in text, evidence
    facts = {"article": {"headline": None, "outlet": None, "byline": None,
                         "published": PUBLISHED}, kind: [{**fact, "evidence": [evidence]}]}  # fmt: skip
    built.add(category, expect, why, text, facts, path)


def counts(
    category: str, sentence: str, passes: list[tuple[str, float, str]],
    fails: list[tuple[str, float, str]], before: str = "", kind: str = "events",
) -> None:  # fmt: skip
    """A fact of ``kind`` with one count (what, value, qualifier) backed by ``sentence``: each
    of ``passes`` is stated by it, each of ``fails`` is not (another thing's number, a
    frequency, a disagreeing qualifier)."""
    text = built.page(before, sentence)
    for expect, (what, value, qualifier) in verdicts(passes, fails):
        count = {"what": what, "value": {"value": value, "qualifier": qualifier}}
        if kind == "events":
            fact: dict[str, Any] = {"kind": "talks", "description": "talks", "actors": [],
                                    "place": None, "when": None, "counts": [count]}  # fmt: skip
        else:
            fact = {"instrument": "threat", "counts": [count]}
        why = f"{what} {qualifier} {value:g}: " + (
            "the occasion's own count" if expect else "not that count"
        )
        case(category, expect, why, text, sentence, kind, fact, f"{kind}[0].counts[0].value")


def day(sentence: str, passes: list[str], fails: list[str], field: str, before: str = "") -> None:
    """A day field (``starts``, ``planned_timing`` or ``introduced``) backed by ``sentence``:
    each of ``passes`` is its day, each of ``fails`` is not."""
    text = built.page(before, sentence)
    kinds = {
        "starts": ("ceasefires", {"kind": "full", "status": "in_effect"}),
        "planned_timing": ("summits", {"parties": [], "status": "scheduled"}),
        "introduced": ("sanctions", {"instrument": "executive_action", "status": "announced"}),
    }
    kind, extra = kinds[field]
    for expect, value in verdicts(passes, fails):
        why = f"{field} {value!r}: " + ("its own day" if expect else "another role's day")
        fact = {**extra, field: value}
        case(DAY, expect, why, text, sentence, kind, fact, f"{kind}[0].{field}")


EXACT, MORE, LEAST, ABOUT = "exact", "more_than", "at_least", "about"

# --- repeat-count: how often, after a verb of the occasion -------------------------------
S = "Witkoff, 68, has now met Putin five times since January, most recently on August 6 in Moscow."
counts(REPEAT, S, [("meetings with Putin", 5, EXACT), ("meetings", 5, EXACT)],
       [("meetings", 68, EXACT), ("meetings", 6, EXACT), ("meetings", 5, MORE)])  # fmt: skip
S = "Russian and Ukrainian delegations have met twice in Istanbul since May 16, both times for less than two hours."
counts(REPEAT, S, [("rounds of talks", 2, EXACT), ("meetings in Istanbul", 2, EXACT)],
       [("meetings", 16, EXACT), ("rounds of talks", 2, MORE)])  # fmt: skip
S = "Bessent and He Lifeng have met face to face more than four times since April, and spoken by video link twice."
counts(REPEAT, S, [("meetings", 4, MORE), ("video calls", 2, EXACT)],
       [("meetings", 4, EXACT), ("meetings", 2, EXACT), ("video calls", 4, MORE)])  # fmt: skip
S = "Araghchi and Witkoff held talks at least four times through Omani mediators before the Rome session."
counts(REPEAT, S, [("rounds of talks", 4, LEAST)], [("rounds of talks", 4, EXACT)])
S = "Drones have struck the perimeter of the Zaporizhzhia plant three times this month, the IAEA said on Thursday."
counts(REPEAT, S, [("drone strikes", 3, EXACT)], [("meetings", 3, EXACT)])
S = "The two presidents have spoken by phone six times this year and met once, in Alaska."
counts(REPEAT, S, [("phone calls", 6, EXACT), ("meetings", 1, EXACT)],
       [("meetings", 6, EXACT), ("phone calls", 1, EXACT)])  # fmt: skip
S = "Erdogan, 71, has hosted Putin in Turkey and visited Russia seven times since 2016."
counts(REPEAT, S, [("visits to Russia", 7, EXACT)],
       [("visits to Russia", 71, EXACT), ("visits to Russia", 2016, EXACT)])  # fmt: skip
S = "Finance ministers of the Group of 20 have met 17 times since the first crisis summit in 2008."
counts(REPEAT, S, [("meetings", 17, EXACT)], [("meetings", 20, EXACT), ("meetings", 2008, EXACT)])
S = "Under the 2015 accord, the joint commission meets twice a year, in Vienna and in Geneva."
counts(REPEAT, S, [], [("meetings", 2, EXACT)])
S = "Trade between the two countries was twice as high after the leaders met in Sochi."
counts(REPEAT, S, [], [("meetings", 2, EXACT)])
S = "The summit was postponed twice before it finally took place in Anchorage on August 15."
counts(
    REPEAT, S, [("postponements", 2, EXACT)], [("meetings", 2, EXACT), ("postponements", 15, EXACT)]
)
S = "Envoys of the three countries have met some 12 times since the fighting broke out, a diplomat said."
counts(REPEAT, S, [("meetings", 12, ABOUT)], [("meetings", 12, EXACT)])

# Reviewer probes (rvA): a negated verb counts none; a paper's name is no repeat; talks are no
# calls; a repeat in a clause of other people is not the named parties' count.
S = "Putin and Zelensky have not met once since the invasion began in February 2022."
counts(REPEAT, S, [], [("meetings", 1, EXACT)])
S = "Trump has threatened three times to fire the Fed chair, but has not met him once."
counts(REPEAT, S, [], [("meetings", 1, EXACT), ("meetings", 3, EXACT)])
S = "Trump met two Times reporters in the Oval Office on Friday for an hour-long interview."
counts(REPEAT, S, [], [("meetings", 2, EXACT)])
S = "The two presidents have spoken by phone five times this year, the Kremlin said."
counts(
    REPEAT, S, [("phone calls", 5, EXACT)], [("rounds of talks", 5, EXACT), ("meetings", 5, EXACT)]
)
S = "Lavrov, who has met Rubio twice this year, said Putin and Trump would hold talks in Budapest."
counts(
    REPEAT,
    S,
    [("meetings between Lavrov and Rubio", 2, EXACT)],
    [("meetings between Putin and Trump", 2, EXACT)],
)
S = "Xi and Putin have met more than 40 times, Xi said, calling Putin his best friend."
counts(REPEAT, S, [("meetings", 40, MORE)], [("meetings", 40, EXACT)])

# --- ordinal-count: the occasion's ordinal -----------------------------------------------
S = "Witkoff met Putin for the fourth time on Friday, a three-hour session in the Kremlin."
counts(ORDINAL, S, [("meetings with Putin", 4, EXACT)], [("meetings", 3, EXACT)])
S = "It was the fifth time the two men had met since Trump returned to the White House in January."
counts(ORDINAL, S, [("meetings", 5, EXACT)], [("meetings", 1, EXACT)])
S = "It was the fifth time the two men had spoken since Trump returned to the White House in January."
counts(ORDINAL, S, [("phone calls", 5, EXACT)], [("meetings", 5, EXACT)])
S = "Negotiators from Iran and the United States sat down in Rome on Friday for the 5th round of talks, after four sessions in Muscat and Rome."
counts(ORDINAL, S, [("rounds of talks", 5, EXACT)], [("phone calls", 5, EXACT)])
S = "The 19th round of talks between the two militaries opened at the Chushul border post and was due to last 3 days."
counts(ORDINAL, S, [("rounds of talks", 19, EXACT)], [("rounds of talks", 3, EXACT)])
S = "On the 19th of May, the negotiators opened a new round of talks in Doha."
counts(ORDINAL, S, [], [("rounds of talks", 19, EXACT)])
S = "The 3rd Assault Brigade said it had repelled two attacks on its positions near Kupiansk."
counts(ORDINAL, S, [("attacks", 2, EXACT)], [("brigades", 3, EXACT)])
S = "He Lifeng and Bessent met in Kuala Lumpur for the fifth time since April, after Geneva, London, Stockholm and Madrid."
counts(
    ORDINAL, S, [("meetings", 5, EXACT), ("rounds of talks", 5, EXACT)], [("phone calls", 5, EXACT)]
)
S = "The leaders, who met for the second time in 20 years, agreed to reopen the border crossing."
counts(ORDINAL, S, [("meetings", 2, EXACT)], [("meetings", 20, EXACT)])
S = "The EU's 18th sanctions package lists 105 more shadow-fleet tankers, bringing the total to 444."
counts(ORDINAL, S, [], [("meetings", 18, EXACT)], kind="sanctions")
S = "It was the 27th time Putin and Erdogan had met, and the first since the grain deal collapsed in 2023."
counts(ORDINAL, S, [("meetings", 27, EXACT)], [("meetings", 1, EXACT), ("meetings", 2023, EXACT)])
S = "Thai and Cambodian defence chiefs sat down for a second time in Kuala Lumpur on Monday to shore up the truce."
counts(ORDINAL, S, [("meetings", 2, EXACT)], [("meetings", 2, MORE)])
S = "Senator Todd Young became the 84th senator to sign on to the Sanctioning Russia Act, which Graham filed on April 1."
counts(ORDINAL, S, [], [("senators signed on", 84, EXACT)], kind="sanctions")
S = "After the fourth phone call between the two leaders, Moscow and Kyiv agreed to a third round of talks in Istanbul."
counts(
    ORDINAL,
    S,
    [("rounds of talks", 3, EXACT)],
    [("meetings", 4, EXACT), ("rounds of talks", 4, EXACT)],
)

# Reviewer probes (rvA): an ordinal of another thing ("round of sanctions"); "the first time
# since" tells of earlier ones; a body's name after "of" keeps the count.
S = "Brussels adopted its 19th round of sanctions against Moscow on Thursday."
counts(ORDINAL, S, [], [("rounds of talks", 19, EXACT)], kind="sanctions")
S = "Putin and Trump met in Anchorage for the first time since 2019."
counts(ORDINAL, S, [], [("meetings", 1, EXACT)])
S = "The leaders met for the first time in six years on the sidelines of the summit in Tianjin."
counts(ORDINAL, S, [], [("meetings", 1, EXACT), ("meetings", 6, EXACT)])
S = "De Mistura said the 8th round of the Geneva talks would open on November 28 in two parts."
counts(ORDINAL, S, [("rounds of talks", 8, EXACT)], [("rounds of talks", 28, EXACT)])
S = "This was the 12th meeting of the Joint Commission since the agreement was signed in 2015."
counts(ORDINAL, S, [("meetings", 12, EXACT)], [("meetings", 2015, EXACT)])

# --- day-preposition: the role a preposition gives a day ---------------------------------
S = "Putin and Erdogan will meet starting Monday in Sochi, a week after the energy truce began on June 2."
day(S, ["Monday"], ["June 2"], "planned_timing")
S = "The delegations meet in Geneva beginning Tuesday, the Swiss foreign ministry said on Sunday."
day(S, ["Tuesday"], ["Sunday"], "planned_timing")
S = "The tariffs, effective August 1, were announced by Trump in a letter on July 7."
day(S, ["July 7"], ["August 1"], "introduced")
S = "Brazil's 50% tariff was imposed by Trump in an executive order on July 30 and takes effect on August 6."
day(S, ["July 30"], ["August 6"], "introduced")
S = "A ceasefire in effect since October 10 has largely held in Gaza, mediators said on Tuesday."
day(S, ["October 10"], ["Tuesday"], "starts")
S = "The truce between Thailand and Cambodia, in force since midnight on July 28, has held through the weekend of August 2."
day(S, ["July 28"], ["August 2"], "starts")
S = "As of Sunday, the truce between Thailand and Cambodia was holding, observers said."
day(S, [], ["Sunday"], "starts")
S = "As of Friday, the bill Graham introduced on April 1 had 84 co-sponsors."
day(S, ["April 1"], ["Friday"], "introduced")
S = "As of Thursday, the envoys who met in Riyadh on Tuesday had not set a date for the next round."
day(S, ["Tuesday"], ["Thursday"], "planned_timing")
S = "The junta declared a unilateral truce as of midnight Sunday, state television reported on Saturday."
day(S, ["Sunday"], ["Saturday"], "starts")
S = "As of midnight on July 28, the ceasefire takes effect along the whole border, Anwar Ibrahim said on Monday."
day(S, ["July 28"], ["Monday"], "starts")
S = "Starting Monday, the envoys will meet daily in Geneva, a week after the talks in Riyadh on March 11."
day(S, ["Monday"], ["March 11"], "planned_timing")

# Reviewer probe (rvA): a paper's day dates the act right before it, not one dated already.
S = "The tariffs announced on April 2 were raised in a letter on July 7 to 25% for Japan."
day(S, ["April 2"], ["July 7"], "introduced")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
