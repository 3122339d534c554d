# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 33's event days (``grounding_when33.jsonl``): value-support cases
for an event's ``when`` in a sentence that dates two verbs, by category, each with what must
pass and what must fail:

- ``sibling-verb``: the event's day is the day its own verb is dated with ("met the envoys on
  Monday night and was due to resume the talks on Tuesday": the talks' day is Monday night);
  the day of another verb of the sentence (a resumption, an earlier agreement, an offer, a
  report of the event, a participle with its doer after "by": "upheld the dismissal voted by
  the council on 8 May") does not date it and is refused; the event's own day stays accepted;
- ``signature-start``: a truce's signature ("put their signatures to a truce in Doha on
  Monday", "a week after the signing in Nairobi on 22 February") is its agreement, so its day
  is no start; the start's own wording ("is to take effect on 4 August") is.

Run ``python tests/data/make_when33_cases.py`` to rebuild it. The sentences are written for
this set in the shapes of the checks' reports (talks resumed, producers' meetings, hearings,
votes), in new words; each verdict is what a careful fact-checker reads in the text, decided
when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_when33.jsonl")

built = SupportCases(
    "wh33",
    leads=[
        "GENEVA (Alpine Wire) -",
        "By Tomasz Wieczorek | The Baltic Herald",
        "DIPLOMATIC DESK | The Coastal Observer",
        "From our correspondent in Nairobi, The Rift Review.",
    ],
)
SIBLING, SIGNED = "sibling-verb", "signature-start"
one = built.sentence_event_days

one(
    SIBLING,
    "The trade envoy met a Chinese delegation in Geneva for five hours on Monday night and was due to resume the talks on Wednesday, officials said.",
    ["Monday night", "Monday"],
    ["Wednesday"],
    "talks",
    "the envoy's talks with a Chinese delegation",
)
one(
    SIBLING,
    "Nine oil exporters confirmed at an online meeting on Sunday that output will stay flat until June, keeping to a freeze first agreed on 4 March.",
    ["Sunday"],
    ["4 March"],
    "talks",
    "nine oil exporters confirmed the output freeze at an online meeting",
)
one(
    SIBLING,
    "The museum's director told the parliament's heritage committee on Thursday that she had offered to step down on the morning of Monday's break-in.",
    ["Thursday"],
    ["Monday"],
    "other",
    "heritage committee hearing of the museum director",
)
one(
    SIBLING,
    "The two foreign ministers held talks in Ankara on Friday and agreed to resume the negotiations on 14 May.",
    ["Friday"],
    ["14 May"],
    "talks",
    "the foreign ministers' talks in Ankara",
)
one(
    SIBLING,
    "The regional assembly voted on Tuesday to approve the budget, which the governor had proposed on 2 February.",
    ["Tuesday"],
    ["2 February"],
    "vote",
    "the regional assembly voted to approve the budget",
)
one(
    SIBLING,
    "Rail unions met the transport minister on Wednesday and said talks would resume on Friday.",
    ["Wednesday"],
    ["Friday"],
    "talks",
    "rail unions' talks with the transport minister",
)
one(
    SIBLING,
    "Negotiators for the two provinces sat down in Mombasa on 9 July and agreed to reconvene on 23 July.",
    ["9 July"],
    ["23 July"],
    "talks",
    "the provinces' negotiators sat down in Mombasa",
)
one(
    SIBLING,
    "The senate voted on Thursday to pass the water bill, which the lower house had approved on 11 March.",
    ["Thursday"],
    ["11 March"],
    "vote",
    "the senate voted to pass the water bill",
)
one(
    SIBLING,
    "Port owners met striking dockers on Saturday, ending a walkout that had resumed on 30 June.",
    ["Saturday"],
    ["30 June"],
    "talks",
    "port owners met striking dockers",
)
one(
    SIBLING,
    "The central bank's governor told the finance committee on Tuesday that the board had offered the rescue plan to the lenders on Sunday.",
    ["Tuesday"],
    ["Sunday"],
    "other",
    "finance committee hearing of the central bank governor",
)
one(
    SIBLING,
    "Delegates from the twelve states met in Lomé on Monday and agreed to resume the summit on Thursday.",
    ["Monday"],
    ["Thursday"],
    "talks",
    "delegates from the twelve states met in Lomé",
)
one(
    SIBLING,
    "The city council voted on 5 April to adopt the parking levy, which the mayor had announced on 20 January.",
    ["5 April"],
    ["20 January"],
    "vote",
    "the city council voted to adopt the parking levy",
)
one(
    SIBLING,
    "The tribunal upheld the dismissal voted by the city council on 8 May and removed the mayor from office with immediate effect on Tuesday.",
    ["Tuesday"],
    ["8 May"],
    "vote",
    "the tribunal upholds the mayor's dismissal",
)
one(
    SIBLING,
    "The tribunal upheld the dismissal voted by the city council on 8 May and removed the mayor from office with immediate effect on Tuesday.",
    ["8 May"],
    ["Tuesday"],
    "vote",
    "the city council's vote to dismiss the mayor",
)
one(
    SIBLING,
    "The appeals court on Thursday confirmed the merger ban passed by the regulator on 2 June.",
    ["Thursday"],
    ["2 June"],
    "vote",
    "the appeals court confirmed the regulator's merger ban",
)

# --- signature-start: a signature's day is the signing's, never the truce's start ----------


def signed(sentence: str, passes: list[str], fails: list[str]) -> None:
    """A truce's start backed by ``sentence``, which dates its signature and its start."""
    for expect, values in ((True, passes), (False, fails)):
        for value in values:
            why = "the truce's start" if expect else "the signature's day, not the start"
            built.day(SIGNED, built.page(sentence), sentence, value, expect, why)


signed(
    "The two militias put their signatures to a truce in Doha on Monday; it is to take effect on 4 August.",
    ["4 August"],
    ["Monday"],
)
signed(
    "Their envoys added their signatures to the ceasefire in Addis Ababa on Thursday, and it takes hold at midnight on Saturday.",
    ["Saturday"],
    ["Thursday"],
)
signed(
    "The ceasefire begins on 1 March, a week after the signing in Nairobi on 22 February.",
    ["1 March"],
    ["22 February"],
)
signed(
    "After the signing ceremony in Geneva on Tuesday, the truce comes into force on Friday.",
    ["Friday"],
    ["Tuesday"],
)
signed(
    "The rebels' commander set his signature to the truce on 9 May, and the guns are to fall silent on 12 May.",
    ["12 May"],
    ["9 May"],
)
signed(
    "Both delegations put their signatures to the truce in Lomé on Sunday; it enters into force on Wednesday.",
    ["Wednesday"],
    ["Sunday"],
)
signed(
    "The truce, whose signing took place in Kampala on 3 June, takes effect on 10 June.",
    ["10 June"],
    ["3 June"],
)
signed(
    "Envoys put their signatures to a ceasefire in Cairo on Saturday; fighting must stop from 6 a.m. on Monday.",
    ["Monday"],
    ["Saturday"],
)
signed(
    "The signing of the truce in Luanda on 14 April was followed by its start on 20 April.",
    ["20 April"],
    ["14 April"],
)
signed(
    "The armies' chiefs put their signatures to the ceasefire on Thursday, and it begins on Sunday at dawn.",
    ["Sunday"],
    ["Thursday"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
