# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-38 set (``grounding_status38.jsonl``): statuses, stances and kinds stated
in other words than the status word, and plain opposites a page states outright (an outside
check, session 16, check 38's first cause). Each case's why names the strength of its
verdict (:func:`support_sets.graded_check`). By category:

- ``stated``: a party that "would honour" or "will respect" a truce has agreed to it; a duty
  a government "intends to apply" is proposed, one it "will raise ..., the ministry said" is
  announced; a truce that "lasted 90 days" expired, one a party "denied it had agreed" to was
  rejected; "the fourth cycle is due to open" is talks; a meeting someone "has invited"
  another to with "no date set" is still proposed (pass); "would not honour", a keeping of
  something else ("will respect the result"), "intends to study a surtax", a duty the
  minister "warned" it will raise "if", a truce that "has lasted" so far, "denied it had
  attacked", an election or news cycle, a meeting postponed with no date set (fail);
- ``opposites``: a meeting "called off" is not postponed, a duty the government "will
  impose" or "imposed" is not lifted, a truce the parties "agreed to" is not rejected, one
  that "took hold" has not collapsed: the page states the other value, so the refusal is
  strong (fail); the value itself worded beside its opposite ("called off, then rescheduled
  for May" is postponed; "took hold on Monday but collapsed on Friday") still passes.

Run ``python tests/data/make_status38_cases.py`` to rebuild it. Every article below was written
for this set (fictional outlets and people, public figures and bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import STRONG, SUPPORTED, WEAK, SupportCases

OUT = Path(__file__).with_name("grounding_status38.jsonl")

LEADS = [
    "KHARTOUM, May 21 (Nile Wire) -",
    "LIVE | Rolling coverage from our desk",
    "The Harbour Gazette | Business",
    "Translated from a provincial radio bulletin.",
    "ANALYSIS | Tomas Brenner on the week in diplomacy",
    "BOGOTA (Andes Courier) --",
    "Morning briefing: the stories that matter",
    "GENEVA, Nov 4 (Lakeside Post) -",
]
built = SupportCases("st38", LEADS)


def measure(
    category: str, value: str, sentence: str, expect: bool, strength: str, why: str
) -> None:
    why = f"measure {value}: {why}"
    built.measure_status(category, expect, value, [sentence], why, strength=strength)


def event(category: str, kind: str, sentence: str, expect: bool, strength: str, why: str) -> None:
    built.event_kind(category, expect, kind, [sentence], f"event {kind}: {why}", strength=strength)


def truce(category: str, value: str, sentence: str, expect: bool, strength: str, why: str) -> None:
    built.graded_truce(category, value, [sentence], expect, strength, why)


def stance(
    category: str, party: str, value: str, sentence: str, expect: bool, strength: str, why: str
) -> None:
    built.graded_stance(category, party, value, [sentence], expect, strength, why)


def summit(
    category: str,
    parties: list[str],
    value: str,
    sentence: str,
    expect: bool,
    strength: str,
    why: str,
) -> None:
    built.graded_summit(category, parties, value, [sentence], expect, strength, why)


# --- stated: values worded by a pledge, an intent, a saying, a past length, a denial, a cycle
C = "stated"
stance(
    C,
    "RSF",
    "agreed",
    "The RSF said in a statement on Telegram that it would honour the truce.",
    True,
    SUPPORTED,
    "would honour the truce",
)
stance(
    C,
    "Houthis",
    "agreed",
    "A Houthi spokesman, Yahya Saree, told Al Masirah the group will respect the ceasefire as long as the other side does.",
    True,
    SUPPORTED,
    "will respect the ceasefire",
)
stance(
    C,
    "ELN",
    "agreed",
    "The ELN's negotiators pledged to abide by the ceasefire from its first day.",
    True,
    SUPPORTED,
    "pledged to abide by the ceasefire",
)
stance(
    C,
    "Hamas",
    "agreed",
    "In Doha, a senior Hamas official said the movement would fully observe the truce.",
    True,
    SUPPORTED,
    "would fully observe the truce",
)
measure(
    C,
    "proposed",
    "The government also intends to apply a 15 per cent surtax on imported solar panels, effective next spring.",
    True,
    SUPPORTED,
    "intends to apply a surtax",
)
measure(
    C,
    "proposed",
    "Jakarta plans to impose export duties on nickel ore from 2026, officials told reporters.",
    True,
    SUPPORTED,
    "plans to impose export duties",
)
measure(
    C,
    "announced",
    "Mexico will raise tariffs on some Chinese goods worth 3 billion dollars starting August 1, the economy ministry said Tuesday.",
    True,
    SUPPORTED,
    "will raise tariffs, the ministry said",
)
measure(
    C,
    "announced",
    "The kingdom will impose a 20 percent levy on imported cement from next month, the trade authority announced.",
    True,
    SUPPORTED,
    "will impose a levy, announced",
)
measure(
    C,
    "announced",
    "HANOI, May 13 -- Vietnam will raise tariffs on some Thai steel goods from June 1, the trade ministry said.",
    True,
    SUPPORTED,
    "a dateline's May is a month, not a modal",
)
measure(
    C,
    "announced",
    "Vietnam may raise tariffs on some Thai steel goods later this year, the trade ministry said.",
    False,
    WEAK,
    "may raise: a prospect",
)
truce(
    C,
    "expired",
    "Earlier truces with the Front, like the one in 2016 that lasted 90 days, had no monitors.",
    True,
    SUPPORTED,
    "a truce that lasted 90 days is over",
)
truce(
    C,
    "expired",
    "The last ceasefire in the region lasted for six weeks before fighting resumed over the dam.",
    True,
    SUPPORTED,
    "lasted for six weeks",
)
truce(
    C,
    "rejected",
    "The Popular Front denied it had agreed to that truce within a day of its announcement.",
    True,
    SUPPORTED,
    "denied it had agreed to it",
)
truce(
    C,
    "rejected",
    "Rebel commanders denied that they had signed the ceasefire, calling it a government fabrication.",
    True,
    SUPPORTED,
    "denied they had signed it",
)
event(
    C,
    "talks",
    "The fourth cycle is due to open in Caracas on August 14.",
    True,
    SUPPORTED,
    "the fourth cycle of negotiations",
)
event(
    C,
    "talks",
    "Delegates said a new cycle of negotiations would start in Havana after the holidays.",
    True,
    SUPPORTED,
    "a new cycle of negotiations",
)
summit(
    C,
    ["Lula", "Milei"],
    "proposed",
    "Lula has invited Milei to Brasilia, but no date has been set.",
    True,
    SUPPORTED,
    "invited, no date set: floated",
)
summit(
    C,
    ["Ruto", "Samia"],
    "proposed",
    "Ruto has invited Samia to Mombasa for talks on the border, though no date has been fixed yet.",
    True,
    SUPPORTED,
    "invited, no date fixed",
)
stance(
    C,
    "RSF",
    "agreed",
    "The RSF said it would not honour the truce while its positions were being shelled.",
    False,
    WEAK,
    "would not honour the truce",
)
stance(
    C,
    "Houthis",
    "agreed",
    "The Houthis vowed to keep their fighters on the front line until the siege of Taiz ends.",
    False,
    WEAK,
    "keep fighters, not a truce",
)
stance(
    C,
    "ELN",
    "agreed",
    "Government negotiators urged the ELN to honour the ceasefire.",
    False,
    WEAK,
    "urged to honour: no pledge",
)
measure(
    C,
    "proposed",
    "The finance ministry intends to study a surtax on luxury cars before the budget.",
    False,
    WEAK,
    "intends to study: no imposing",
)
measure(
    C,
    "announced",
    "Seoul will raise tariffs on Japanese chips if Tokyo does not lift its curbs, the minister warned.",
    False,
    WEAK,
    "a warning with a condition",
)
measure(
    C,
    "announced",
    "Lawmakers will debate whether to raise tariffs on imported sugar next month.",
    False,
    WEAK,
    "a debate, no saying",
)
truce(
    C,
    "expired",
    "The ceasefire, which has lasted 40 days so far, is the longest since the war began.",
    False,
    WEAK,
    "has lasted: it goes on",
)
truce(
    C,
    "expired",
    "The truce is expected to last 30 days, the mediators said.",
    False,
    WEAK,
    "expected to last",
)
truce(
    C,
    "rejected",
    "The Popular Front denied it had attacked the convoy during the truce.",
    False,
    WEAK,
    "a denial of an attack",
)
event(
    C,
    "talks",
    "The story dominated the news cycle for a fourth day as the truce held.",
    False,
    WEAK,
    "a news cycle",
)
event(
    C,
    "talks",
    "The next election cycle opens in Caracas in the autumn.",
    False,
    WEAK,
    "an election cycle",
)
summit(
    C,
    ["Ruto", "Samia"],
    "proposed",
    "The Mombasa meeting between Ruto and Samia has been postponed, and no date has been set.",
    False,
    STRONG,
    "postponed, no date: put off",
)

# --- opposites: a value against the one the page states outright
C = "opposites"
summit(
    C,
    ["Donald Trump", "Kim Jong Un"],
    "postponed",
    "President Donald Trump on Thursday called off his planned meeting with Kim Jong Un, which had been set for June 12 in Singapore.",
    False,
    STRONG,
    "called off, not put off",
)
summit(
    C,
    ["Modi", "Sharif"],
    "postponed",
    "Modi has cancelled his summit with Sharif in Lahore, his office said.",
    False,
    STRONG,
    "cancelled, not postponed",
)
summit(
    C,
    ["Macron", "Tebboune"],
    "postponed",
    "The Elysee said Macron had scrapped the meeting with Tebboune altogether.",
    False,
    STRONG,
    "scrapped altogether",
)
measure(
    C,
    "lifted",
    "From March 3, the government will impose a 50 per cent surtax on imported steel.",
    False,
    STRONG,
    "will impose a surtax",
)
measure(
    C,
    "lifted",
    "Canada imposed a 100 per cent surtax on Chinese electric vehicles on Tuesday.",
    False,
    STRONG,
    "imposed a surtax",
)
measure(
    C,
    "lifted",
    "The new tariffs on Brazilian beef came into force at midnight, customs officials said.",
    False,
    STRONG,
    "the tariffs came into force",
)
truce(
    C,
    "rejected",
    "The warring parties have agreed to renew their truce for two more months, the envoy announced.",
    False,
    STRONG,
    "agreed to renew it",
)
truce(
    C,
    "rejected",
    "Both sides agreed to a 72-hour ceasefire on Sunday, the mediators said.",
    False,
    STRONG,
    "agreed to a ceasefire",
)
truce(
    C,
    "collapsed",
    "The ceasefire took hold on Tuesday morning despite mutual accusations of violations.",
    False,
    STRONG,
    "took hold",
)
truce(
    C,
    "collapsed",
    "The truce between the two militias has held since Friday, residents said.",
    False,
    STRONG,
    "has held",
)
truce(
    C,
    "collapsed",
    "The ceasefire came into effect at dawn and the guns fell silent across the valley.",
    False,
    STRONG,
    "came into effect",
)
summit(
    C,
    ["Donald Trump", "Kim Jong Un"],
    "cancelled",
    "President Donald Trump on Thursday called off his planned meeting with Kim Jong Un, which had been set for June 12 in Singapore.",
    True,
    SUPPORTED,
    "called off is cancelled",
)
summit(
    C,
    ["Modi", "Sharif"],
    "postponed",
    "Modi called off the Lahore summit with Sharif, then had it rescheduled for May.",
    True,
    SUPPORTED,
    "called off and rescheduled: postponed",
)
summit(
    C,
    ["Macron", "Tebboune"],
    "postponed",
    "Macron postponed his meeting with Tebboune, having earlier cancelled a stop in Oran.",
    True,
    SUPPORTED,
    "postponed, another stop cancelled",
)
measure(
    C,
    "lifted",
    "Washington lifted the tariffs it had imposed on Canadian lumber in 2021.",
    True,
    SUPPORTED,
    "lifted the tariffs once imposed",
)
measure(
    C,
    "lifted",
    "The EU scrapped the duties on Ukrainian grain, which had been in force since 2014.",
    True,
    SUPPORTED,
    "scrapped duties once in force",
)
measure(
    C,
    "imposed",
    "Canada imposed a 100 per cent surtax on Chinese electric vehicles on Tuesday.",
    True,
    SUPPORTED,
    "imposed",
)
truce(
    C,
    "rejected",
    "The Front rejected the truce that the two other militias had agreed to on Sunday.",
    True,
    SUPPORTED,
    "rejected one others agreed",
)
truce(
    C,
    "agreed",
    "The warring parties have agreed to renew their truce for two more months, the envoy announced.",
    True,
    SUPPORTED,
    "agreed",
)
truce(
    C,
    "collapsed",
    "The ceasefire took hold on Monday but collapsed on Friday after shelling near the port.",
    True,
    SUPPORTED,
    "took hold, then collapsed",
)
truce(
    C,
    "collapsed",
    "The truce collapsed within hours, residents said, after it had briefly come into effect at dawn.",
    True,
    SUPPORTED,
    "collapsed after coming into effect",
)
truce(
    C,
    "in_effect",
    "The ceasefire took hold on Tuesday morning despite mutual accusations of violations.",
    True,
    SUPPORTED,
    "took hold",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
