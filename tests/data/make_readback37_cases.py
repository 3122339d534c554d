# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the read-back set of session 37 (``grounding_readback37.jsonl``): value-support cases
for a quote's speaker that the read-back of "he said" or "the company said" gave to someone
other than the speaker (outside checks 80-82), with what must pass and what must fail:

- ``closing-mark``: the quote's own clause has the speaker as its subject with no verb of
  saying, and a pronoun's attribution after the quote, the quote's last words ending with a
  comma or a stop inside the closing mark (American punctuation): 'Health Secretary X rejected
  the larger number: "...," he told a radio interviewer'. Refused: the person named in the
  sentence before (the other side of the exchange), the one named inside the quote, the one
  whose words the clause only rejects ('Y mocked X's estimate: "...," he told');
- ``business-noun``: a business named by its class ("the company", "the firm", "the lender",
  "the Oslo-based company") after the page names it and calls it "it" ("X raised its offer").
  Refused: the business it acts on, a business named nearer, a person who runs it, a country,
  a business the page writes another qualifier beside ("Bergen-based Y");
- ``deed-noun``: a quote credited to a doer's noun ("the winner", "the jury chief", "the
  Halvex boss", "the founder") that the page gives one person by a deed ("X won", "X, who
  headed the jury"). Refused: the other finalists, the person named in the quote, a second
  person the page gives the same deed, the one who only announced it.

Run ``python tests/data/make_readback37_cases.py`` to rebuild it. Every sentence is written for
this set (fictional people, outlets and places), in wordings other than the outside checks';
each verdict is what a careful fact-checker reads, decided when written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_readback37.jsonl")

built = SupportCases(
    "rb37",
    leads=[
        "By Orla Finnegan | The Harbourside Ledger",
        "KESTREL BAY (Tidewater Wire) -",
        "BUSINESS DESK | The Marlow Sentinel",
        "From our correspondent, The Fenwick Gazette.",
    ],
)


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(category, words, passes, fails, *paragraphs)


C = "closing-mark"
quote(
    C,
    [
        "Opposition leader Tomas Vell put the cost of the rail plan at 3 billion euros.",
        'Finance Minister Hana Mrak rejected the estimate on Tuesday: "We are looking at half that, at most," she told a radio host.',
    ],
    "We are looking at half that, at most,",
    ["Hana Mrak"],
    ["Tomas Vell"],
)
quote(
    C,
    [
        "A consultants' report by Ivan Bele said the new stadium would lose money for a decade.",
        'Mayor Ruth Anand dismissed the figure within hours: "Nobody in this building believes it," she told reporters at City Hall.',
    ],
    "Nobody in this building believes it,",
    ["Ruth Anand"],
    ["Ivan Bele"],
)
quote(
    C,
    [
        "Kestrel Rovers fell to their third defeat in a row, 2-0 at home to Marlow Town.",
        'Coach Dario Pell brushed off talk of a crisis: "We lost a game, not the season," he told the club\'s website.',
    ],
    "We lost a game, not the season,",
    ["Dario Pell"],
    ["Marlow Town"],
)
quote(
    C,
    [
        "Health board chair Nadia Rahim said the pay offer was the best the budget allowed.",
        'Union leader Sam Okafor hit back within the hour: "This offer insults every nurse on every ward," he told a rally outside the hospital.',
    ],
    "This offer insults every nurse on every ward,",
    ["Sam Okafor"],
    ["Nadia Rahim"],
)
quote(
    C,
    [
        "Shares in Brantwood Foods fell 9% after the company cut its outlook. Analyst Mia Chen called the outlook grim.",
        'Lena Voss shrugged off the fall on the call: "Our order book has never been fuller," she told analysts.',
    ],
    "Our order book has never been fuller,",
    ["Lena Voss"],
    ["Mia Chen"],
)
quote(
    C,
    [
        "Auditor general Joan Pike said the frigate programme was two years late and 40% over budget.",
        'Defence Secretary Miles Arden defended the programme in the Commons: "Every pound of it is value for money," he told MPs.',
    ],
    "Every pound of it is value for money,",
    ["Miles Arden"],
    ["Joan Pike"],
)
quote(
    C,
    [
        "Protesters blocked the ring road for a second day on Thursday.",
        "Farmers' leader Pat Doyle welcomed the government's climbdown: \"It is late, but it is something.\" He told the Fenwick Gazette he would call off the blockade.",
    ],
    "It is late, but it is something.",
    ["Pat Doyle"],
    [],
)
quote(
    C,
    [
        "The keeper's late slip handed Marlow striker Eli Varga the winner.",
        'Goalkeeper Ivo Tam owned up to the error: "Mistakes happen, and I move on," he told BBC Sport.',
    ],
    "Mistakes happen, and I move on,",
    ["Ivo Tam"],
    ["Eli Varga"],
)
quote(
    C,
    [
        "Councillor Ben Harte said the library closures would save 2 million pounds a year.",
        'Campaigner Rosa Linde was having none of it: "You cannot put a price on a child reading," she told the meeting.',
    ],
    "You cannot put a price on a child reading,",
    ["Rosa Linde"],
    ["Ben Harte"],
)
quote(
    C,
    [
        "The ministry's own review found the scheme had reached only a third of the homes it promised.",
        'Housing Minister Omar Saleh stood by the scheme on Monday: "It works where councils like Sara Holm\'s let it work," he told the committee.',
    ],
    "It works where councils like Sara Holm's let it work,",
    ["Omar Saleh"],
    ["Sara Holm"],
)
quote(
    C,
    [
        "Finance Minister Hana Mrak put the cost of the rail plan at 1.5 billion euros.",
        'Opposition leader Tomas Vell rejected her estimate on Tuesday: "We are looking at twice that," he told a radio host.',
    ],
    "We are looking at twice that,",
    ["Tomas Vell"],
    ["Hana Mrak"],
)
quote(
    C,
    [
        "The rail plan went to parliament on Monday.",
        "Tomas Vell mocked Hana Mrak's estimate: \"Nobody believes the minister's sums,\" he told a radio host.",
    ],
    "Nobody believes the minister's sums,",
    [],
    ["Hana Mrak"],
)
quote(
    C,
    [
        "The rail plan went to parliament on Monday.",
        'Tomas Vell rejected the estimate on Tuesday: "As Hana Mrak knows, it is twice that," he told a radio host.',
    ],
    "As Hana Mrak knows, it is twice that,",
    ["Tomas Vell"],
    ["Hana Mrak"],
)

C = "business-noun"
quote(
    C,
    [
        "Halvard Foods went back to Tresco Mills' board on Thursday with a higher offer.",
        "Halvard has confirmed it will not raise its bid again.",
        'In a statement, the Oslo-based company said it would stand aside "in line with its capital discipline".',
    ],
    "in line with its capital discipline",
    ["Halvard Foods"],
    ["Tresco Mills"],
)
quote(
    C,
    [
        "Halvard has confirmed it will not raise its bid again.",
        'The company added that it "will keep looking for deals that meet its return targets".',
    ],
    "will keep looking for deals that meet its return targets",
    ["Halvard"],
    [],
)
quote(
    C,
    [
        "Pfenning Motors raised its offer for Arlo Parts on Monday, valuing the supplier at 2 billion dollars.",
        '"We are pleased with the response from shareholders," the company said.',
    ],
    "We are pleased with the response from shareholders,",
    ["Pfenning Motors"],
    ["Arlo Parts"],
)
quote(
    C,
    [
        "Kestrel Analytics lost its biggest client in March, a person familiar with the matter said.",
        '"We saw it coming and we planned for it," the firm said in an emailed statement.',
    ],
    "We saw it coming and we planned for it,",
    ["Kestrel Analytics"],
    [],
)
quote(
    C,
    [
        "Norbank set aside more for bad loans in its third quarter than analysts expected.",
        '"Provisions will normalise next year," the lender said on Tuesday.',
    ],
    "Provisions will normalise next year,",
    ["Norbank"],
    [],
)
quote(
    C,
    [
        "Aldmere Insurance paid out 40 million pounds on flood claims in its first half.",
        'The insurer said the summer had been "the costliest on record for household cover".',
    ],
    "the costliest on record for household cover",
    ["Aldmere Insurance"],
    [],
)
quote(
    C,
    [
        "Marlow Energy cut its dividend for the first time in a decade.",
        'In a filing, the corporation said the cut was "a prudent step, not a distress signal".',
    ],
    "a prudent step, not a distress signal",
    ["Marlow Energy"],
    [],
)
quote(
    C,
    [
        "Brantwood Stores closed a fifth of its branches after a poor Christmas.",
        '"Shoppers have moved online for good," the retailer said.',
    ],
    "Shoppers have moved online for good,",
    ["Brantwood Stores"],
    [],
)
quote(
    C,
    [
        "Tresco Mills, the Bergen-based company, turned down the first approach in May.",
        "Halvard Foods raised its offer on Thursday.",
        '"The bid still undervalues us," the Bergen-based company said.',
    ],
    "The bid still undervalues us,",
    ["Tresco Mills"],
    ["Halvard Foods"],
)
quote(
    C,
    [
        "Halvard Foods raised its offer for Bergen-based Tresco Mills on Monday.",
        'The Bergen-based company said the bid "still undervalues the mills".',
    ],
    "still undervalues the mills",
    ["Tresco Mills"],
    ["Halvard Foods"],
)
quote(
    C,
    [
        "Vantor Motors cut its forecast for the year on Wednesday.",
        'The company said demand in Europe was "weaker than at any time since 2020".',
    ],
    "weaker than at any time since 2020",
    ["Vantor Motors"],
    [],
)
quote(
    C,
    [
        "Halvard Foods raised its offer on Monday. Pfenning Motors matched its rival's bid within hours.",
        '"We will not be drawn into an auction," the company said.',
    ],
    "We will not be drawn into an auction,",
    ["Pfenning Motors"],
    ["Halvard Foods"],
)
quote(
    C,
    [
        "Lars Eide, who runs Halvard, raised his offer on Monday.",
        '"We are pleased with the response," the company said.',
    ],
    "We are pleased with the response,",
    [],
    ["Lars Eide"],
)
quote(
    C,
    [
        "Norway raised its stake in Halvard Foods to 12% on Monday.",
        '"We welcome a long-term owner," the company said.',
    ],
    "We welcome a long-term owner,",
    [],
    ["Norway"],
)
quote(
    C,
    [
        "Kestrel Analytics lost its biggest client in March.",
        '"We told Dana Moss this would happen," the firm said.',
    ],
    "We told Dana Moss this would happen,",
    ["Kestrel Analytics"],
    ["Dana Moss"],
)

quote(
    C,
    [
        "The Financial Conduct Authority fined Norbank 4 million pounds over its call centres.",
        '"We accept the findings in full," the lender said.',
    ],
    "We accept the findings in full,",
    ["Norbank"],
    ["Financial Conduct Authority"],
)
quote(
    C,
    [
        "Halvard Foods sued Tresco Mills over the design of its packaging on Monday.",
        '"We will defend our brand," the company said.',
    ],
    "We will defend our brand,",
    [],
    ["Tresco Mills"],
)

C = "deed-noun"
quote(
    C,
    [
        "Leon Vasse won the Prix Marceau on Tuesday for his novel The Empty House.",
        "Four writers reached the last round: Ana Pell, Tomas Brik, Vasse and the Belgian novelist Carole Maes.",
        '"It is so important to me," the 58-year-old winner said afterwards.',
    ],
    "It is so important to me,",
    ["Leon Vasse"],
    ["Ana Pell", "Carole Maes"],
)
quote(
    C,
    [
        "The result was announced at the Corn Exchange by the author Mara Quill, who headed the jury.",
        "The prize is split equally between writer and translator.",
        '"This book teaches us to listen. It gives voice to the voiceless," the jury chief said.',
    ],
    "This book teaches us to listen. It gives voice to the voiceless,",
    ["Mara Quill"],
    [],
)
quote(
    C,
    [
        "Iga Novak won the final in straight sets on Saturday, beating the top seed, Lena Ruiz.",
        "Ruiz had not dropped a set all fortnight.",
        '"I came here with nothing to lose," the champion told reporters.',
    ],
    "I came here with nothing to lose,",
    ["Iga Novak"],
    ["Lena Ruiz"],
)
quote(
    C,
    [
        "Ravi Menon founded Lumo in a garage in Pune in 2011.",
        "The company now employs 4,000 people, its operating chief Dev Rao said.",
        '"We never planned to be this big," the founder said.',
    ],
    "We never planned to be this big,",
    ["Ravi Menon"],
    ["Dev Rao"],
)
quote(
    C,
    [
        "Judge Ellen Marsh, who chaired the inquiry, delivered its report on Monday.",
        "The report runs to 900 pages and names 14 officials.",
        '"The failures were many and they were known," the inquiry chair said.',
    ],
    "The failures were many and they were known,",
    ["Ellen Marsh"],
    [],
)
quote(
    C,
    [
        "Ines Roy, who runs Halvex, flew to Geneva for the signing.",
        "The vaccine alliance, led by Ahmed Farouk, will buy 2 million doses a year.",
        '"This is the deal we hoped for," the Halvex boss said.',
    ],
    "This is the deal we hoped for,",
    ["Ines Roy"],
    ["Ahmed Farouk"],
)
quote(
    C,
    [
        "Welsh runner Cerys Lloyd won the London Marathon on Sunday in 2 hours 19 minutes.",
        "The Kenyan favourite Ruth Kiprop dropped out at 30 kilometres.",
        '"The last mile was the longest of my life," the 27-year-old winner told the BBC.',
    ],
    "The last mile was the longest of my life,",
    ["Cerys Lloyd"],
    ["Ruth Kiprop"],
)
quote(
    C,
    [
        "Ama Osei won the Halden Prize in Chemistry this year for her work on batteries.",
        "The prize was presented by the academy's president, Jonas Eck.",
        '"I owe this to my students," the laureate said.',
    ],
    "I owe this to my students,",
    ["Ama Osei"],
    ["Jonas Eck"],
)
quote(
    C,
    [
        "Sam Okoro, who leads the dockers' union, called the strike on Friday.",
        "The port handles a third of the country's grain exports, its manager Kai Berg said.",
        '"Not one ship moves until we have a deal," the union leader said.',
    ],
    "Not one ship moves until we have a deal,",
    ["Sam Okoro"],
    ["Kai Berg"],
)
quote(
    C,
    [
        "Dario Fenn has won the Fenwick Cup for the third time.",
        "Runner-up Tomas Brik finished four shots back.",
        '"Third time feels better than the first," the winner said.',
    ],
    "Third time feels better than the first,",
    ["Dario Fenn"],
    ["Tomas Brik"],
)
quote(
    C,
    [
        "Ana Pell won the Prix Marceau in 2022.",
        "Leon Vasse won the prize on Tuesday for his novel The Empty House.",
        '"It is so important to me," the winner said afterwards.',
    ],
    "It is so important to me,",
    [],
    ["Ana Pell"],
)
quote(
    C,
    [
        "Leon Vasse won the Prix Marceau on Tuesday.",
        '"Ana Pell deserved it as much as I did," the winner said afterwards.',
    ],
    "Ana Pell deserved it as much as I did,",
    ["Leon Vasse"],
    ["Ana Pell"],
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
