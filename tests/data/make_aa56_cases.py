# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 56's topic statements (``grounding_aa56.jsonl``, false-alarm writer
aa56; :mod:`summarizer.verification.sentences.topic_statements`), at the edges of

- ``topic``: a page about one company names it at the top, then tells a figure of it in a
  sentence naming nobody ("The shares rose 7% in early trading", "The final dividend was held
  at 12p"): the company is the event's actor; a rival the page names once, further back, is not;
- ``rival``: the same statements where the page's subject is NOT the one the sentence means:
  the sentence names its own subject ("Tandy Foods shares fell 3%"), a rival opens the sentence
  before, a rival stands in the sentence before, the sentence speaks as "we" or through "he":
  the topic stays refused, the body the sentence names passes.

Run ``python tests/data/make_aa56_cases.py`` to rebuild it. Every article below was written
for this set in its own words with made-up companies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_aa56.jsonl")

built = SupportCases(
    "aa56",
    leads=[
        "By Oona Reilly | The Humber Tribune",
        "Business | The Kentish Ledger",
        "Markets desk, The Wear Bulletin",
    ],
)
TOPIC, RIVAL = "topic", "rival"


def told(
    category: str, expect: bool, before: str, sentence: str, who: str, description: str,
    why: str,
) -> None:  # fmt: skip
    built.actor(category, expect, sentence, who, description, why, before=before)


# --- topic: a figure of the page's subject, told naming no one --------------------------------
# (page, the evidence sentence, the subject, a rival the page names once further back, event)
PAGES = [
    (
        "Harlow Biscuits raised its full-year outlook on Tuesday, a week after Tandy Foods cut its own. Harlow Biscuits said sales of its ginger range had doubled over the summer.",
        "The shares rose 7% in early trading.",
        "Harlow Biscuits",
        "Tandy Foods",
        "shares rose after the outlook",
    ),
    (
        "Corrin Mining reported a record half-year on Thursday, helped by copper prices that Vell Resources had called too high to last. Corrin Mining will pay out more to its investors.",
        "The interim dividend was raised to 41 cents a share.",
        "Corrin Mining",
        "Vell Resources",
        "interim dividend raised",
    ),
    (
        "Brisco Rail carried more passengers than ever in the year to March, overtaking Quay Line on its busiest routes. Brisco Rail published the figures on Wednesday.",
        "Revenue grew 9% to £2.1 billion, while operating profit rose 14%.",
        "Brisco Rail",
        "Quay Line",
        "annual revenue and profit",
    ),
    (
        "Pellor Pharma won approval for its asthma inhaler on Monday, a year after Danvik Labs withdrew a rival product. Pellor Pharma expects the inhaler to reach pharmacies in the spring.",
        "Full-year sales guidance was lifted to between $3.4 billion and $3.6 billion.",
        "Pellor Pharma",
        "Danvik Labs",
        "sales guidance lifted",
    ),
    (
        "Maresford Energy agreed on Friday to sell its North Sea fields, which Oakhurst Petroleum had once tried to buy. Maresford Energy will use the money to pay down debt.",
        "Net debt is expected to fall to about £900 million by December.",
        "Maresford Energy",
        "Oakhurst Petroleum",
        "expected fall in net debt",
    ),
    (
        "Tavish Brewing said on Monday that a warm summer had lifted beer sales, though less than at Greyfield Ales. Tavish Brewing also confirmed the closure of its oldest brewery.",
        "About 120 jobs will go when the site shuts next year.",
        "Tavish Brewing",
        "Greyfield Ales",
        "brewery closure job cuts",
    ),
    (
        "Lindqvist Motors cut its production target on Thursday as a chip shortage that had already hit Ardent Auto spread to its plants. Lindqvist Motors now plans to build fewer cars.",
        "Output this year is now put at 1.2 million vehicles, down from 1.4 million.",
        "Lindqvist Motors",
        "Ardent Auto",
        "production target cut",
    ),
    (
        "Orrell Insurance posted higher profits on Wednesday after a quiet storm season, unlike Fenmoor Mutual. Orrell Insurance said claims had fallen for a second year.",
        "The combined ratio improved to 91.2% from 94.8%.",
        "Orrell Insurance",
        "Fenmoor Mutual",
        "combined ratio improved",
    ),
    (
        "Quenby Telecom added more broadband customers than expected in the third quarter, months after Sable Networks began a price war. Quenby Telecom reported the results on Tuesday.",
        "Some 140,000 new broadband lines were added in the quarter.",
        "Quenby Telecom",
        "Sable Networks",
        "broadband lines added",
    ),
    (
        "Ashdown Retail warned on profits on Friday, blaming a wet spring that Copeland Stores had shrugged off. Ashdown Retail will close stores to save money.",
        "Forty-two stores are to shut by the end of January.",
        "Ashdown Retail",
        "Copeland Stores",
        "store closures",
    ),
    (
        "Veradyne Software raised its forecast on Monday, a week after Holt Systems lowered its own. Veradyne Software said demand for its security tools was strong.",
        "Annual recurring revenue passed $800 million for the first time.",
        "Veradyne Software",
        "Holt Systems",
        "recurring revenue passed a milestone",
    ),
    (
        "Pemberton Airways flew a record number of passengers over the summer, winning routes Kestrel Air had dropped. Pemberton Airways reported its results on Thursday.",
        "The load factor rose to 92%, and the fleet will grow by 14 aircraft next year.",
        "Pemberton Airways",
        "Kestrel Air",
        "load factor and fleet growth",
    ),
    (
        "Maison Vellard lifted its sales forecast on Wednesday, while Ostrel Group kept its own unchanged. Maison Vellard said demand for its cognac had recovered.",
        "Investors cheered, sending the shares up as much as 6% in Paris.",
        "Maison Vellard",
        "Ostrel Group",
        "shares rose on the forecast",
    ),
    (
        "Bramwell Foods agreed a pay deal with its drivers on Monday, a month after Sefton Dairies settled with its own. Bramwell Foods had faced a strike.",
        "The stock ended 2% higher in London trading.",
        "Bramwell Foods",
        "Sefton Dairies",
        "stock rose after the pay deal",
    ),
]
for before, sentence, subject, rival, event in PAGES:
    told(
        TOPIC,
        True,
        before,
        sentence,
        subject,
        event,
        f"{subject!r}, the page's subject, is the one the sentence's figure is of",
    )
    told(
        TOPIC,
        False,
        before,
        sentence,
        rival,
        event,
        f"{rival!r} is named once, further back: no subject of the sentence",
    )

# --- rival: the sentence is not the subject's ------------------------------------------------
# (page, sentence, the page's subject (refused), the one the sentence names or means, event)
RIVALS = [
    (
        "Harlow Biscuits raised its full-year outlook on Tuesday. Harlow Biscuits said sales of its ginger range had doubled over the summer.",
        "Tandy Foods shares fell 3% on the news.",
        "Harlow Biscuits",
        "Tandy Foods",
        "shares fell",
    ),
    (
        "Corrin Mining reported a record half-year on Thursday. Corrin Mining will pay out more to its investors.",
        "Vell Resources cut its dividend to 12 cents a share the same day.",
        "Corrin Mining",
        "Vell Resources",
        "dividend cut",
    ),
    (
        "Brisco Rail carried more passengers than ever in the year to March. Brisco Rail published the figures on Wednesday.",
        "Revenue at Quay Line fell 4% to £800 million over the same period.",
        "Brisco Rail",
        "Quay Line",
        "revenue fell",
    ),
    (
        "Pellor Pharma won approval for its asthma inhaler on Monday. Pellor Pharma expects the inhaler to reach pharmacies in the spring.",
        "Danvik Labs withdrew its own inhaler after a safety review found 30 faulty batches.",
        "Pellor Pharma",
        "Danvik Labs",
        "inhaler withdrawn",
    ),
    (
        "Maresford Energy agreed on Friday to sell its North Sea fields. Maresford Energy will use the money to pay down debt.",
        "Oakhurst Petroleum, the buyer, will pay £1.3 billion in cash.",
        "Maresford Energy",
        "Oakhurst Petroleum",
        "purchase price",
    ),
    (
        "Tavish Brewing said on Monday that a warm summer had lifted beer sales. Tavish Brewing also confirmed the closure of its oldest brewery.",
        "Greyfield Ales, its main rival, is hiring 60 brewers for a new site in Leeds.",
        "Tavish Brewing",
        "Greyfield Ales",
        "brewers hired",
    ),
    (
        "Lindqvist Motors cut its production target on Thursday. Lindqvist Motors now plans to build fewer cars.",
        "Ardent Auto said its own output would rise to 900,000 vehicles.",
        "Lindqvist Motors",
        "Ardent Auto",
        "output to rise",
    ),
    (
        "Orrell Insurance posted higher profits on Wednesday after a quiet storm season. Orrell Insurance said claims had fallen for a second year.",
        "Fenmoor Mutual, by contrast, paid out £310 million on flood claims.",
        "Orrell Insurance",
        "Fenmoor Mutual",
        "flood claims paid",
    ),
    (
        "Quenby Telecom added more broadband customers than expected in the third quarter. Quenby Telecom reported the results on Tuesday.",
        "Sable Networks lost 25,000 broadband lines in the quarter.",
        "Quenby Telecom",
        "Sable Networks",
        "broadband lines lost",
    ),
    (
        "Ashdown Retail warned on profits on Friday. Ashdown Retail will close stores to save money.",
        "Copeland Stores plans to open 18 new shops next year.",
        "Ashdown Retail",
        "Copeland Stores",
        "new shops planned",
    ),
    (
        "Veradyne Software raised its forecast on Monday. Veradyne Software said demand for its security tools was strong.",
        "Holt Systems will cut 400 jobs after a weak quarter.",
        "Veradyne Software",
        "Holt Systems",
        "job cuts",
    ),
    (
        "Pemberton Airways flew a record number of passengers over the summer. Pemberton Airways reported its results on Thursday.",
        "Kestrel Air grounded 11 of its jets for engine checks.",
        "Pemberton Airways",
        "Kestrel Air",
        "jets grounded",
    ),
    (
        "Norden Freight raised its profit forecast on Thursday. Norden Freight said its ships were full.",
        "Norway's salmon exports fell 8% in the quarter.",
        "Norden Freight",
        "Norway",
        "salmon exports fell",
    ),
]
for before, sentence, subject, other, event in RIVALS:
    told(RIVAL, True, before, sentence, other, event, f"{other!r} is the sentence's own subject")
    told(
        RIVAL,
        False,
        before,
        sentence,
        subject,
        event,
        f"the sentence names {other!r}; {subject!r} is only the page's subject",
    )

# A rival opening the sentence before, or in it: the figure may be the rival's (refused).
NEAR_RIVALS = [
    (
        "Harlow Biscuits raised its full-year outlook on Tuesday. Harlow Biscuits said sales of its ginger range had doubled. Tandy Foods, its larger rival, issued a profit warning an hour later.",
        "The shares fell 11% by noon.",
        "Harlow Biscuits",
        "shares fell by noon",
    ),
    (
        "Corrin Mining reported a record half-year on Thursday. Corrin Mining will pay out more to its investors. Vell Resources reported the same morning.",
        "Profit before tax fell 18% to $640 million.",
        "Corrin Mining",
        "profit fell",
    ),
    (
        "Brisco Rail carried more passengers than ever in the year to March. Brisco Rail published the figures on Wednesday. Quay Line published its own the next day.",
        "Revenue slipped 2% as fares were frozen.",
        "Brisco Rail",
        "revenue slipped",
    ),
    (
        "Orrell Insurance posted higher profits on Wednesday. Orrell Insurance said claims had fallen for a second year. Fenmoor Mutual, a smaller insurer, fared worse.",
        "Claims rose by a third after the February floods.",
        "Orrell Insurance",
        "claims rose",
    ),
    (
        "Quenby Telecom added more broadband customers than expected in the third quarter. Quenby Telecom reported the results on Tuesday. It was a different story at Sable Networks, where a new chief executive started in July.",
        "Customer numbers dropped for a fourth quarter running.",
        "Quenby Telecom",
        "customer numbers dropped",
    ),
    (
        "Veradyne Software raised its forecast on Monday. Veradyne Software said demand for its security tools was strong.",
        '"We lost three of our biggest contracts this year," a Holt Systems manager said.',
        "Veradyne Software",
        "contracts lost",
    ),
]
for before, sentence, subject, event in NEAR_RIVALS:
    told(
        RIVAL,
        False,
        before,
        sentence,
        subject,
        event,
        f"a rival stands between {subject!r} and the sentence: whose figure it is is not told",
    )


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
