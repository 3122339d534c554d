# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 58's rules (``grounding_rv58s.jsonl``, review rv58s of sp58;
:mod:`summarizer.verification.sentences.headline_businesses` and
:mod:`summarizer.verification.sentences.plain_reports`), at their edges:

- ``headline_credit``: "the company/airline/bank said" on a page whose headline opens with a
  name: the business the story is about passes in plain shapes (a dateline, a weekday, "its"
  plant, a common opener); refused: a person the headline opens with, the customer, borrower,
  buyer or rival the page names in lower case ("its largest customer, the shipping company"),
  the noun of another kind of business than the value ("the airline said" on a bank's page),
  and the business when the words after the credit are someone else's ("the company said the
  regulator had described the fine as "...""), or the acquired business of a deal;
- ``report_clause``: a quote inside the clause a named speaker reports: the speaker passes
  when the clause's subject is only talked about ("said the Chancellor "hasn't a clue"");
  refused when a verb gives the clause's subject the words, a name or a view ("dismissed the
  claims as", "criticised it for being", "chanted", "the banner read", "nicknamed him").

Run ``python tests/data/make_rv58s_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv58s.jsonl")

HEAD, REPORT = "headline_credit", "report_clause"
LEADS = [
    "By Tamsin Reed | Greyport Herald | April 9, 2026",
    "KELLSMOUTH, April 9 (Northline) -",
    "Money section, The Varrow Gazette",
    "Companies | Lanthorn Business Daily | 9 April 2026",
]
built = SupportCases("rv58s", leads=LEADS)


# --- headline_credit: must pass (the business the story is about) ----------------------------
built.story(
    HEAD,
    "Dellbrook Cycles recalls 8,000 e-bikes over battery fires",
    [
        "Dellbrook Cycles is recalling 8,000 electric bikes sold since January after three battery fires.",
        '"No rider has been hurt, but we are taking no chances," the company said on Wednesday.',
    ],
    (
        "No rider has been hurt, but we are taking no chances",
        ["Dellbrook Cycles"],
        ["Trading Standards"],
    ),
)
built.story(
    HEAD,
    "Quarrie Air adds flights to Lisbon",
    [
        "Quarrie Air will fly daily to Lisbon from June, up from three times a week.",
        'Demand has risen since Easter. "Bookings are the strongest we have seen," the airline said.',
    ],
    ("Bookings are the strongest we have seen", ["Quarrie Air"], ["Lisbon airport"]),
)
built.story(
    HEAD,
    "Hensley Mutual to close call centre",
    [
        "Hensley Mutual will close its Barnmouth call centre in the autumn, moving 220 staff to other sites.",
        'Instead, staff will be offered jobs in Cardow. "No one will lose their job," the insurer said in a note to staff.',
    ],
    ("No one will lose their job", ["Hensley Mutual"], ["Barnmouth council"]),
)
built.story(
    HEAD,
    "Ravelle Foods profit falls as cocoa costs bite",
    [
        "Ravelle Foods said first-half profit fell by a third, as the price of cocoa stayed near record highs.",
        'Chocolate prices will rise again in September. "We have absorbed as much as we can," the group said.',
    ],
    ("We have absorbed as much as we can", ["Ravelle Foods"], ["cocoa growers"]),
)
built.story(
    HEAD,
    "Tindle Bank fined over money laundering checks",
    [
        "Tindle Bank has been fined 12m for weak checks on customers between 2019 and 2022.",
        'The fine was agreed in March. "We have overhauled our controls since then," the bank said.',
    ],
    ("We have overhauled our controls since then", ["Tindle Bank"], ["Financial Conduct Office"]),
)
built.story(
    HEAD,
    "Morrack Steel to cut 300 jobs at Pennock works",
    [
        "Morrack Steel plans to cut 300 jobs at its Pennock works, blaming cheap imports.",
        'Talks with staff start next week. "This is a painful but necessary step," the steelmaker said.',
    ],
    ("This is a painful but necessary step", ["Morrack Steel"], ["Pennock works union"]),
)
built.story(
    HEAD,
    "Calloway Retail shuts 12 stores",
    [
        "Calloway Retail will shut 12 of its 90 stores in Scotland and Wales by the end of May.",
        '"Footfall in these towns has fallen for five years running," the retailer said in a statement on Tuesday.',
    ],
    (
        "Footfall in these towns has fallen for five years running",
        ["Calloway Retail"],
        ["Scotland"],
    ),
)
built.story(
    HEAD,
    "Fenmoor Energy raises bills for 2m customers",
    [
        "Fenmoor Energy will raise its standard tariff by 6% from July.",
        'However, fixed deals are unaffected. "Wholesale gas costs more than it did a year ago," the supplier told customers in an email.',
    ],
    ("Wholesale gas costs more than it did a year ago", ["Fenmoor Energy"], ["Energy Watchdog"]),
)
built.story(
    HEAD,
    "Brightwell Games delays flagship title",
    [
        "Brightwell Games has pushed back the release of its next adventure to early 2027.",
        'Fans had expected it this autumn. "We need more time to make it right," the studio said.',
    ],
    ("We need more time to make it right", ["Brightwell Games"], ["fans"]),
)
built.story(
    HEAD,
    "Stanmore Water fined for sewage spills",
    [
        "Stanmore Water must pay 4m after spilling sewage into the river Lenn on 40 days last year.",
        '"We accept the ruling in full," the company said after the hearing.',
    ],
    ("We accept the ruling in full", ["Stanmore Water"], ["river Lenn"]),
)

# --- headline_credit: must fail (someone else's "company") -------------------------------------
built.story(
    HEAD,
    "Mara Quint steps down from Tollgate Foods",
    [
        "Mara Quint, who ran the snack maker for ten years, will step down in June.",
        '"We thank her for a decade of growth," the company said.',
    ],
    ("We thank her for a decade of growth", ["Tollgate Foods"], ["Mara Quint"]),
)
built.story(
    HEAD,
    "Jonah Pell leaves Arden Telecom after row over pay",
    [
        "Jonah Pell will leave the end of the month after shareholders voted down his pay award.",
        '"The board has accepted his resignation," the company said.',
    ],
    ("The board has accepted his resignation", [], ["Jonah Pell"]),
)
built.story(
    HEAD,
    "Corbin Bank loses biggest customer",
    [
        "Corbin Bank said on Monday that its largest customer, a shipping line, would move its accounts elsewhere.",
        '"We found better terms," the shipping company said.',
    ],
    ("We found better terms", [], ["Corbin Bank"]),
)
built.story(
    HEAD,
    "Hallow Bank pulls loans to regional airline",
    [
        "Hallow Bank has withdrawn a 90m credit line from its long-standing borrower, the regional carrier, over missed payments.",
        '"We were given no warning at all," the airline said.',
    ],
    ("We were given no warning at all", [], ["Hallow Bank"]),
)
built.story(
    HEAD,
    "Venn Logistics loses supermarket contract",
    [
        "Venn Logistics has lost its contract to deliver for the supermarket chain after eight years.",
        '"We wanted a partner with electric lorries," the chain said.',
    ],
    ("We wanted a partner with electric lorries", [], ["Venn Logistics"]),
)
built.story(
    HEAD,
    "Orrin Software buys payroll start-up",
    [
        "Orrin Software will pay 40m for the payroll start-up, its first deal in three years.",
        '"We are delighted to join a bigger family," the start-up said.',
    ],
    ("We are delighted to join a bigger family", [], ["Orrin Software"]),
)
built.story(
    HEAD,
    "Kestwick Motors fined over emissions",
    [
        "Kestwick Motors must pay 30m after tests found its vans emitted more than claimed.",
        'Kestwick Motors said it would appeal. The company said the regulator had described its conduct as "deliberate and sustained".',
    ],
    ("deliberate and sustained", [], ["Kestwick Motors"]),
)
built.story(
    HEAD,
    "Larch Homes sued by buyers over damp flats",
    [
        "Larch Homes is being sued by 60 buyers of flats at its Quay Point scheme.",
        'The company said the buyers had accused it of being "reckless with our homes" but denied any fault.',
    ],
    ("reckless with our homes", [], ["Larch Homes"]),
)
built.story(
    HEAD,
    "Pemberton Media cuts 200 jobs",
    [
        "Pemberton Media is cutting 200 jobs, mostly in its regional newsrooms.",
        'The broadcaster said its founder had once called local news "the heart of the business".',
    ],
    ("the heart of the business", [], ["Pemberton Media"]),
)
built.story(
    HEAD,
    "Silverby Airways sued by pilot",
    [
        "Silverby Airways is being sued by a former pilot over her dismissal last year.",
        '"I was sacked for raising safety concerns," the pilot said outside court. The airline denies it.',
    ],
    ("I was sacked for raising safety concerns", [], ["Silverby Airways"]),
)

built.story(
    HEAD,
    "Hallam Motors to buy parts maker Ferrow",
    [
        "Hallam Motors will pay 40m for the parts maker, its biggest supplier for a decade.",
        '"We are proud to become part of a carmaker we have served so long," the company said.',
    ],
    ("We are proud to become part of a carmaker we have served so long", [], ["Hallam Motors"]),
)
built.story(
    HEAD,
    "Ketter Foods wins supermarket deal from Amberlane",
    [
        "Ketter Foods will supply own-label soups to the chain from May, in place of its old supplier.",
        '"The change was about price, nothing else," the chain said.',
    ],
    ("The change was about price, nothing else", [], ["Ketter Foods"]),
)
built.story(
    HEAD,
    "Pollard Bank sells card arm to Northway",
    [
        "Pollard Bank has agreed to sell its credit card business to the payments group for 300m.",
        '"Cards are a natural fit for us," the group said on Friday.',
    ],
    ("Cards are a natural fit for us", [], ["Pollard Bank"]),
)


# --- report_clause ---------------------------------------------------------------------------
# must pass: the clause's subject only talked about
built.page_quote(
    REPORT,
    "does not understand farming",
    ["Ellis Warde"],
    ["Mina Orr"],
    'Ellis Warde, who farms near Tollby, said the Environment Secretary "does not understand farming".',
    "Environment Secretary Mina Orr was not available.",
)
built.page_quote(
    REPORT,
    "a disaster for the town",
    ["Freya Lund"],
    ["Calder Council"],
    'Freya Lund, who runs a cafe on the high street, said the Calder Council plan would be "a disaster for the town".',
)
built.page_quote(
    REPORT,
    "still has a lot to prove",
    ["Dom Arkwright"],
    ["Jess Caine"],
    'Dom Arkwright, the Rovers manager, said Jess Caine "still has a lot to prove" after her return from injury.',
)
built.page_quote(
    REPORT,
    "out of touch with ordinary members",
    ["Ruth Okafor"],
    ["Ben Lowry"],
    'Ruth Okafor said party leader Ben Lowry was "out of touch with ordinary members".',
)
built.page_quote(
    REPORT,
    "far too slow",
    ["Petra Hale"],
    ["Northern Rail"],
    'Petra Hale, a commuter from Eastley, said Northern Rail was "far too slow" to fix the signals.',
)
built.page_quote(
    REPORT,
    "keep every branch open",
    ["Sol Bracken"],
    ["Wexley Building Society"],
    'Sol Bracken, Wexley Building Society\'s chief executive, said the Harlow lender had 50 branches and would "keep every branch open" this year.',
)
built.page_quote(
    REPORT,
    "the best in Europe",
    ["Ada Finch"],
    ["Marrow University"],
    'Ada Finch, a professor at Marrow University, said the Danish team was "the best in Europe" at the work.',
)
built.page_quote(
    REPORT,
    "on the brink",
    ["Leon Barr"],
    ["Greyport"],
    "Leon Barr, who chairs the traders' group, said Greyport's old harbour was \"on the brink\" after the ferry ended.",
)
built.page_quote(
    REPORT,
    "a wake-up call",
    ["Hana Voss"],
    ["Tarrant Hospital"],
    'Hana Voss said Tarrant Hospital\'s closure of its maternity unit should be "a wake-up call" for the region.',
)
built.page_quote(
    REPORT,
    "not fit for purpose",
    ["Owen Pryce"],
    ["Kettering Road depot"],
    'Owen Pryce, the union\'s regional officer, said the Kettering Road depot was "not fit for purpose" in winter.',
)

# must fail: a verb gives the clause's subject the words, a name or a view
built.page_quote(
    REPORT,
    "a load of nonsense",
    [],
    ["Ellis Warde"],
    'Ellis Warde said the minister dismissed the claims as "a load of nonsense" on Tuesday.',
)
built.page_quote(
    REPORT,
    "reckless and irresponsible",
    [],
    ["Freya Lund"],
    'Freya Lund said Councillor Ian Moss criticised her for being "reckless and irresponsible" at the meeting.',
)
built.page_quote(
    REPORT,
    "out, out, out",
    [],
    ["Dom Arkwright"],
    'Dom Arkwright said the home fans chanted "out, out, out" at the final whistle.',
)
built.page_quote(
    REPORT,
    "Save our library",
    [],
    ["Ruth Okafor"],
    'Ruth Okafor said a banner outside the hall read "Save our library" all week.',
)
built.page_quote(
    REPORT,
    "Mr Gridlock",
    [],
    ["Petra Hale"],
    'Petra Hale said local drivers nicknamed the mayor "Mr Gridlock" after the roadworks.',
)
built.page_quote(
    REPORT,
    "a threat to the whole town",
    [],
    ["Sol Bracken"],
    'Sol Bracken said the Harlow Chamber of Commerce slammed the plan as "a threat to the whole town".',
)
built.page_quote(
    REPORT,
    "unsafe for children",
    [],
    ["Ada Finch"],
    'Ada Finch said a 2019 inspection report rated the building "unsafe for children".',
)
built.page_quote(
    REPORT,
    "a genius",
    [],
    ["Leon Barr"],
    'Leon Barr said his grandfather always praised the old harbourmaster as "a genius".',
)
built.page_quote(
    REPORT,
    "We will not be moved",
    [],
    ["Hana Voss"],
    'Hana Voss said the nurses sang "We will not be moved" as they marched.',
)
built.page_quote(
    REPORT,
    "shocking and unacceptable",
    [],
    ["Owen Pryce"],
    'Owen Pryce said the Health Minister condemned the depot as "shocking and unacceptable" during her visit.',
)
built.page_quote(
    REPORT,
    "the worst in the country",
    [],
    ["Nia Holt"],
    'Nia Holt said the watchdog ranked the trust "the worst in the country" last year.',
)
built.page_quote(
    REPORT,
    "an act of vandalism",
    [],
    ["Carl Drew"],
    'Carl Drew said historians had likened the demolition to "an act of vandalism".',
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
