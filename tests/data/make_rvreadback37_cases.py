# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's review of readback37 (``grounding_rvreadback37.jsonl``): a
read-only reviewer's own quote-speaker cases against the three readings readback37 added,
written (and each verdict decided) before the rules were run on them:

- ``closing-mark``: a quote whose last word carries a comma or stop inside the closing mark
  (American punctuation) in a clause whose subject is a name: the subject's own words after a
  colon ('X rejected it: "...," she told reporters'), and the scare-quoted label of someone
  else that a comma inside the mark now no longer marks as a label ('X denounced the "special
  military operation," a phrase coined by the Kremlin', 'X criticized the "efficiency
  savings," as the Treasury calls them');
- ``business-noun``: "the company/lender/airline/drugmaker said" after the page calls a value
  "it": the business itself passes; a regulator, a union, a ministry, a central bank, a
  council, an investor or founder written beside an "its", a rival the qualifier names, a
  name the page never writes fail;
- ``deed-noun``: "the winner/champion/laureate/founder/boss/party leader/police chief said"
  where the page gives the deed by another verb ("took the title", "claimed victory", "went
  to", "was awarded to") or gives the same verb to someone else (a past winner, "which X won",
  a former boss who "ran" the firm, a union official who "led a protest outside" it, a
  sister with the winner's surname, one of two founders).

What the older rules (before readback37) decided wrongly was kept out of the set as its
``GAPS`` until session 40 brought it in: each case's number was its place among all the
written cases already, so those cases take their places and every earlier id keeps its own
(the ids still decided wrongly are in ``GAPS`` of ``tests/test_grounding_sets.py``). Run
``python tests/data/make_rvreadback37_cases.py`` to rebuild it. Fictional people, outlets and
places.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).with_name("grounding_rvreadback37.jsonl")
LEADS = [
    "By Dana Whitcombe | The Lakeshore Courier",
    "ASHCOMBE (Northgate Wire) -",
    "MARKETS | The Dunmore Herald",
    "Staff reporter, The Carrick Examiner.",
]
CM, BN, DN = "closing-mark", "business-noun", "deed-noun"
CATEGORY = "quote-speaker"  # the set's one category (the forms are in the ids)

# (category, paragraphs, the quote's words, speakers that must pass, speakers that must fail)
PAGES: list[tuple[str, list[str], str, list[str], list[str]]] = [
    # closing-mark: another's label inside the clause, a comma inside the closing mark
    (
        CM,
        [
            "The Treasury announced 4 billion dollars of cuts to the health budget on Monday.",
            'Senator Ruth Anand criticized the "efficiency savings," as the Treasury calls them, at a town hall in Dayton.',
        ],
        "efficiency savings,",
        [],
        ["Ruth Anand"],
    ),
    (
        CM,
        [
            "The talks in Geneva broke up without agreement on Friday.",
            'Foreign Minister Ana Pell denounced the "special military operation," a phrase coined by the Kremlin, as a war of conquest.',
        ],
        "special military operation,",
        [],
        ["Ana Pell"],
    ),
    (
        CM,
        [
            "The budget debate opened in the Commons on Wednesday.",
            'Opposition leader Tomas Vell mocked the "magic money tree," an image Chancellor Hana Mrak used in her budget speech.',
        ],
        "magic money tree,",
        [],
        ["Tomas Vell"],
    ),
    (
        CM,
        [
            "Governor Lila Ortiz unveiled her education plan in Albany.",
            'Senator Dale Fisk praised the "bold new direction," a phrase from the governor\'s campaign launch, but said the numbers did not add up.',
        ],
        "bold new direction,",
        [],
        ["Dale Fisk"],
    ),
    (
        CM,
        [
            "Firefighters battled the blaze at the paint warehouse for eleven hours.",
            'Governor Lila Ortiz thanked the "quiet heroes," the name fire chief Dan Cole gives his night crews, in a post on X.',
        ],
        "quiet heroes,",
        [],
        ["Lila Ortiz"],
    ),
    (
        CM,
        [
            "The Carrick bridge has been shut to cars since March 2022.",
            'Councilwoman Rosa Linde condemned the "short-term safety measure," now in its third year, at Tuesday\'s meeting.',
        ],
        "short-term safety measure,",
        [],
        ["Rosa Linde"],
    ),
    (
        CM,
        [
            "The council voted 7-4 to sell the old library on Tuesday.",
            'Ruth Anand said Ben Harte had called the sale "a disgrace to this town," and she agreed with him.',
        ],
        "a disgrace to this town,",
        ["Ben Harte"],
        ["Ruth Anand"],
    ),
    # closing-mark: the clause's own subject after a colon or comma, then a pronoun
    (
        CM,
        [
            "Attorney Ben Crane had argued the case for the plaintiffs for six years.",
            'Governor Lila Ortiz welcomed the ruling: "This is a good day for every family in the state," she told reporters in Santa Fe.',
        ],
        "This is a good day for every family in the state,",
        ["Lila Ortiz"],
        ["Ben Crane"],
    ),
    (
        CM,
        [
            "Referee Tom Pike awarded a penalty to the visitors in the 89th minute.",
            'Coach Maria Dunn was blunt about the decision: "Did anyone else see a foul there?" she asked reporters.',
        ],
        "Did anyone else see a foul there?",
        ["Maria Dunn"],
        ["Tom Pike"],
    ),
    (
        CM,
        [
            "Manager Eddie Kerr had dropped him for the last two games.",
            'Striker Joao Reis could not hide his delight after the hat-trick: "What a night for this club!" he told the stadium announcer.',
        ],
        "What a night for this club!",
        ["Joao Reis"],
        ["Eddie Kerr"],
    ),
    (
        CM,
        [
            "Labour's Dev Mistry said knife crime had risen by a fifth in two years.",
            'Home Secretary Clare Wendt rejected the claim: "The figures speak for themselves", she told Sky News.',
        ],
        "The figures speak for themselves",
        ["Clare Wendt"],
        ["Dev Mistry"],
    ),
    (
        CM,
        [
            "Parent Lisa Moor called the ban heavy-handed.",
            'Principal Gwen Hardy defended the phone ban at the school gates: "Children are talking to each other again." She said reading scores had already improved.',
        ],
        "Children are talking to each other again.",
        ["Gwen Hardy"],
        ["Lisa Moor"],
    ),
    (
        CM,
        [
            "Councillor Tom Reed accused the council of raiding its reserves.",
            'Council leader Priya Shah hit back at her critics, "We balanced the books without closing a single library," she wrote on Facebook.',
        ],
        "We balanced the books without closing a single library,",
        ["Priya Shah"],
        ["Tom Reed"],
    ),
    (
        CM,
        [
            "Finance Minister Hana Mrak was asked about the leaked forecast on Tuesday.",
            'The ministry rejected it within the hour: "That is not a forecast, it is a draft," her spokesman, Ivo Tam, told reporters.',
        ],
        "That is not a forecast, it is a draft,",
        ["Ivo Tam"],
        ["Hana Mrak"],
    ),
    (
        CM,
        [
            "Finance Minister Hana Mrak called the leaked forecast out of date.",
            'Her deputy, Karl Brun, went further: "It is a fantasy," he told the radio station.',
        ],
        "It is a fantasy,",
        ["Karl Brun"],
        ["Hana Mrak"],
    ),
    (
        CM,
        [
            "Yorkshire water chief Nadia Rahim said bills would rise by 9% in April.",
            'Environment Secretary Owen Lyle took aim at the water companies in Leeds: "They have had their last warning," he told a BBC interviewer.',
        ],
        "They have had their last warning,",
        ["Owen Lyle"],
        ["Nadia Rahim"],
    ),
    (
        CM,
        [
            "Activist Marcus Bly accused the police of using excessive force at the march.",
            'Police Commissioner Dana Holt defended her officers, "They ran toward the danger, not away from it," she told a news conference.',
        ],
        "They ran toward the danger, not away from it,",
        ["Dana Holt"],
        ["Marcus Bly"],
    ),
    (
        CM,
        [
            "Hospital director Ian Frost told the inquiry that staffing was adequate.",
            'Nurse Amy Cole described the night shift in plain terms: "We had one doctor for forty patients," she told the inquiry.',
        ],
        "We had one doctor for forty patients,",
        ["Amy Cole"],
        ["Ian Frost"],
    ),
    # business-noun
    (
        BN,
        [
            "Brantwood Stores reported a loss of 40 million pounds for the year.",
            "Chief executive Ola Berg said the retailer would close a fifth of its shops.",
            '"We have too many shops in the wrong places," the company said in a statement.',
        ],
        "We have too many shops in the wrong places,",
        ["Brantwood Stores"],
        ["Ola Berg"],
    ),
    (
        BN,
        [
            "Novo Nordisk asked regulators to approve its new weight-loss pill.",
            "The European Medicines Agency said its review would take until March.",
            '"We are confident in the data," the company said.',
        ],
        "We are confident in the data,",
        ["Novo Nordisk"],
        ["European Medicines Agency"],
    ),
    (
        BN,
        [
            "Halvard Foods froze pay for 2025 after a weak year.",
            "The union, Unite, said its members would vote on a strike.",
            '"We cannot pay what we do not earn," the firm said.',
        ],
        "We cannot pay what we do not earn,",
        ["Halvard Foods"],
        ["Unite"],
    ),
    (
        BN,
        [
            "Leeds City Council said it would sue Kestrel Water over its sewage spills.",
            '"We have invested record sums in the network," the company said.',
        ],
        "We have invested record sums in the network,",
        ["Kestrel Water"],
        ["Leeds City Council"],
    ),
    (
        BN,
        [
            "Halvard Foods raised its offer for Tresco Mills to 9 pounds a share.",
            "Investor Maria Lind said the bid still undervalued the group and its brands.",
            '"The offer is full and fair," the company said.',
        ],
        "The offer is full and fair,",
        [],
        ["Maria Lind"],
    ),
    (
        BN,
        [
            "Orbit Bank cut its mortgage rates on Thursday, a week after the Bank of England held its base rate.",
            '"Savers will see no change," the lender said.',
        ],
        "Savers will see no change,",
        ["Orbit Bank"],
        ["Bank of England"],
    ),
    (
        BN,
        [
            "Halder Motors said it would cut its workforce by 30,000 over five years.",
            "German Chancellor Greta Solvang called the cuts painful.",
            '"We have no alternative," the German carmaker said.',
        ],
        "We have no alternative,",
        ["Halder Motors"],
        ["Greta Solvang"],
    ),
    (
        BN,
        [
            "Bergen-based Tresco Mills and Oslo-based Halvard Foods both cut their prices this week.",
            '"Our customers are hurting," the Oslo-based company said.',
        ],
        "Our customers are hurting,",
        ["Halvard Foods"],
        ["Tresco Mills"],
    ),
    (
        BN,
        [
            "Detroit-based Kessler Motors recalled 200,000 pickups over a faulty brake line. Its rival, Brandt Auto, recalled none.",
            '"Safety is our first priority," the Detroit-based automaker said.',
        ],
        "Safety is our first priority,",
        ["Kessler Motors"],
        ["Brandt Auto"],
    ),
    (
        BN,
        [
            "Kestrel Air raised its fares by 8% on Monday.",
            "Transport Secretary Miles Arden called the rise unjustified.",
            '"Fuel costs have doubled," the airline said.',
        ],
        "Fuel costs have doubled,",
        ["Kestrel Air"],
        ["Miles Arden"],
    ),
    (
        BN,
        [
            "Skyra Air ordered 40 new jets on Wednesday.",
            "Orla Finn, the airline's founder, said its planes were already the youngest in Europe.",
            '"This order secures our growth to 2035," the airline said.',
        ],
        "This order secures our growth to 2035,",
        ["Skyra Air"],
        ["Orla Finn"],
    ),
    (
        BN,
        [
            "The Treasury said it would sell its remaining stake in Orbit Bank, ending its 15 years in state hands.",
            '"We welcome the certainty," the lender said.',
        ],
        "We welcome the certainty,",
        ["Orbit Bank"],
        ["Treasury"],
    ),
    (
        BN,
        [
            "Pellan Pharma said on Monday it would cut its prices in Europe.",
            "Health Minister Ida Lunde welcomed the move.",
            '"Patients will pay less from January," the drugmaker said.',
        ],
        "Patients will pay less from January,",
        ["Pellan Pharma"],
        ["Ida Lunde"],
    ),
    (
        BN,
        [
            "Aarhus-based Vestmark said its turbines would be built in Poland from 2026.",
            '"The decision was not easy," the Aarhus-based firm said.',
        ],
        "The decision was not easy,",
        ["Vestmark"],
        [],
    ),
    (
        BN,
        [
            "Brandt Auto's chief executive, Lena Voss, said its recall was voluntary.",
            '"No injuries have been reported," the automaker said.',
        ],
        "No injuries have been reported,",
        [],
        ["Lena Voss"],
    ),
    (
        BN,
        [
            "Halvard Foods raised its offer for the dairy on Friday.",
            '"This is our final offer," the company said.',
        ],
        "This is our final offer,",
        [],
        ["Halvard Capital"],
    ),
    (
        BN,
        [
            "The Ministry of Defence said its contract with Arden Systems was under review.",
            '"We have delivered every vehicle on time," the company said.',
        ],
        "We have delivered every vehicle on time,",
        ["Arden Systems"],
        ["Ministry of Defence"],
    ),
    (
        BN,
        [
            "Tresco Mills, the Bergen-based group, said its sales had fallen 12%.",
            '"The winter was unusually mild," the Bergen-based company said.',
        ],
        "The winter was unusually mild,",
        ["Tresco Mills"],
        [],
    ),
    # deed-noun
    (
        DN,
        [
            "Ana Pell, who won the prize herself in 2015, chaired this year's jury.",
            "The Prix Marceau went to Leon Vasse for his novel The Empty House.",
            '"I did not expect this at all," the winner said.',
        ],
        "I did not expect this at all,",
        ["Leon Vasse"],
        ["Ana Pell"],
    ),
    (
        DN,
        [
            "Lena Ruiz won the Halden Open in 2023.",
            "This year Iga Novak took the title, beating Ruiz in three sets.",
            '"I have dreamed of this since I was six," the champion said.',
        ],
        "I have dreamed of this since I was six,",
        ["Iga Novak"],
        ["Lena Ruiz"],
    ),
    (
        DN,
        [
            "Tom Ek won the Carrick 10K in 2022 and 2023.",
            "On Sunday, Kofi Abban claimed victory by four seconds.",
            '"My legs were gone at the end," the winner said.',
        ],
        "My legs were gone at the end,",
        ["Kofi Abban"],
        ["Tom Ek"],
    ),
    (
        DN,
        [
            "The Ashcombe Prize, which Ana Pell won in 2019, this year went to Leon Vasse.",
            '"It is a huge honour," the winner told the Examiner.',
        ],
        "It is a huge honour,",
        ["Leon Vasse"],
        ["Ana Pell"],
    ),
    (
        DN,
        [
            "Ana Pell's Salt Roads won the Halden Prize on Thursday. The shortlist also included Mira Holt.",
            '"I wrote it for my mother," the winner said.',
        ],
        "I wrote it for my mother,",
        ["Ana Pell"],
        ["Mira Holt"],
    ),
    (
        DN,
        [
            "Iga Novak won the final 6-2 6-1 against her sister, Maria Novak.",
            '"It is strange to beat your own sister," the champion said.',
        ],
        "It is strange to beat your own sister,",
        ["Iga Novak"],
        ["Maria Novak"],
    ),
    (
        DN,
        [
            "Tom Ek, who ran Halvex until 2021, now chairs a rival.",
            "Ines Roy took over as chief executive of Halvex in 2021.",
            '"We are a different company now," the Halvex boss said.',
        ],
        "We are a different company now,",
        ["Ines Roy"],
        ["Tom Ek"],
    ),
    (
        DN,
        [
            "Union official Sam Ek led a protest outside the Halvex plant in Bergen.",
            "Halvex chief executive Ines Roy promised to meet the workers.",
            '"Nobody will lose their job this year," the Halvex boss said.',
        ],
        "Nobody will lose their job this year,",
        ["Ines Roy"],
        ["Sam Ek"],
    ),
    (
        DN,
        [
            "Tom Hale led the Green Party for a decade before stepping down in 2022.",
            "His successor, Rosa Linde, was elected unopposed.",
            '"We will double our seats," the party leader said.',
        ],
        "We will double our seats,",
        ["Rosa Linde"],
        ["Tom Hale"],
    ),
    (
        DN,
        [
            "Ana Pell and Leon Vasse founded Brightloop in 2009.",
            '"We started in a garage with one laptop," the founder said.',
        ],
        "We started in a garage with one laptop,",
        [],
        ["Leon Vasse"],
    ),
    (
        DN,
        [
            "Kofi Abban won the Kestrel Marathon on Sunday in 2:06:14. Tom Ek was second.",
            '"The crowd carried me," the winner said.',
        ],
        "The crowd carried me,",
        ["Kofi Abban"],
        ["Tom Ek"],
    ),
    (
        DN,
        [
            "Max Holt, who chaired the jury, announced the result in Dublin.",
            "The translator Nia Rowe accepted the award with the author.",
            '"It was not a close call," the jury chair said.',
        ],
        "It was not a close call,",
        ["Max Holt"],
        ["Nia Rowe"],
    ),
    (
        DN,
        [
            "Iga Novak and Lena Ruiz met in the final. Novak won 6-4 6-4.",
            '"Lena pushed me all the way," the champion said.',
        ],
        "Lena pushed me all the way,",
        ["Iga Novak"],
        ["Lena Ruiz"],
    ),
    (
        DN,
        [
            "Inspector Ann Cole led the police search of the woods.",
            "Chief Constable Paul Reid said the search would go on through the night.",
            '"We will not give up on her," the police chief said.',
        ],
        "We will not give up on her,",
        ["Paul Reid"],
        ["Ann Cole"],
    ),
    (
        DN,
        [
            "Dev Mistry led the opposition walkout from parliament on Tuesday.",
            "Opposition leader Clare Wendt stayed in her seat.",
            '"Someone has to be here to vote," the opposition leader said.',
        ],
        "Someone has to be here to vote,",
        ["Clare Wendt"],
        ["Dev Mistry"],
    ),
    (
        DN,
        [
            "Ines Moreau won the Nobel Prize in Chemistry in 2019 and now advises the ministry.",
            "The 2025 prize was awarded to Kenji Arai.",
            '"Science is a team sport," the laureate said.',
        ],
        "Science is a team sport,",
        ["Kenji Arai"],
        ["Ines Moreau"],
    ),
    (
        DN,
        [
            "Mira Holt won the Ashcombe Prize on Monday. Critics had tipped Joel Mint.",
            '"I am stunned," the 41-year-old winner said.',
        ],
        "I am stunned,",
        ["Mira Holt"],
        ["Joel Mint"],
    ),
    (
        DN,
        [
            "Brightloop, the app founded by Ana Pell in 2009, was sold on Monday to Cleanpath for 200 million dollars.",
            "Cleanpath's chief, Leon Vasse, founded his own company in 2015.",
            '"I never planned to sell," the founder said.',
        ],
        "I never planned to sell,",
        ["Ana Pell"],
        ["Leon Vasse"],
    ),
    (
        DN,
        [
            "Earlier, Tom Ek headed the inquiry into the 2019 floods.",
            "The new inquiry is headed by retired judge Nora Blix.",
            '"We will hear from every family," the inquiry chief said.',
        ],
        "We will hear from every family,",
        ["Nora Blix"],
        ["Tom Ek"],
    ),
    (
        DN,
        [
            "Ana Pell founded Brightloop in her kitchen in 2009. Investor Leon Vasse put in the first million.",
            '"I never thought it would get this big," the founder said.',
        ],
        "I never thought it would get this big,",
        ["Ana Pell"],
        ["Leon Vasse"],
    ),
    # session 40 (go40b): a colon after the speaker's own clause, then "he"/"she" and a verb
    # of saying after the quote: the pronoun's one antecedent is the clause's subject
    (
        CM,
        [
            "Umpire Dan Rowe gave the batter out leg before wicket.",
            'Captain Asha Menon was furious at the call: "That ball was going over the stumps," she told the broadcaster.',
        ],
        "That ball was going over the stumps,",
        ["Asha Menon"],
        ["Dan Rowe"],
    ),
    (
        CM,
        [
            "Chef Paolo Greco had run the kitchen for ten years.",
            'Owner Ruth Abbey did not mince her words after the review: "We deserved better," she wrote on Facebook.',
        ],
        "We deserved better,",
        ["Ruth Abbey"],
        ["Paolo Greco"],
    ),
    (
        CM,
        [
            "Inspector Ravi Lal found the roof unsafe in May.",
            'Headteacher Colm Boyle sounded tired after the visit: "We have asked for repairs for years," he said.',
        ],
        "We have asked for repairs for years,",
        ["Colm Boyle"],
        ["Ravi Lal"],
    ),
    (
        CM,
        [
            "Environment Minister Lotte Haas backed the plan on Tuesday.",
            'Farmer Jonas Erl spoke for many in the valley: "Nobody asked us," he told the meeting.',
        ],
        "Nobody asked us,",
        ["Jonas Erl"],
        ["Lotte Haas"],
    ),
    # session 40 (go40b): a business's noun is never a person the page gives a title or
    # another body's role, nor a body of another kind ("The union, Unite,")
    (
        BN,
        [
            "Tarn Rail cut 40 trains from its timetable.",
            "Rail Minister Ada Voss said passengers deserved better.",
            '"We do not have enough drivers," the company said.',
        ],
        "We do not have enough drivers,",
        ["Tarn Rail"],
        ["Ada Voss"],
    ),
    (
        BN,
        [
            "Corvid Bank closed 30 branches this year.",
            "The regulator, Finwatch, said it would look at the closures.",
            '"Most customers bank online now," the lender said.',
        ],
        "Most customers bank online now,",
        ["Corvid Bank"],
        ["Finwatch"],
    ),
    (
        BN,
        [
            "Almer Foods recalled its peanut butter on Friday.",
            "Almer Foods' head of safety, Tom Grey, visited the plant.",
            '"We are acting out of caution," the firm said.',
        ],
        "We are acting out of caution,",
        ["Almer Foods"],
        ["Tom Grey"],
    ),
    (
        BN,
        [
            "Pelion Air cancelled 200 flights during the strike.",
            "Jan Berg, the airline's chairman, apologised to passengers.",
            '"We will refund every ticket," the airline said.',
        ],
        "We will refund every ticket,",
        ["Pelion Air"],
        ["Jan Berg"],
    ),
    # session 42 (gsp42b): a body's sentence naming one business elsewhere than right after
    # its verb ("said it would sue X over"); "the company said" is that business, not the body,
    # a person named there or one of two businesses
    (
        BN,
        [
            "Harwick District Council said it would take Marlin Water to court over the floods.",
            '"We have cleared every drain," the company said.',
        ],
        "We have cleared every drain,",
        ["Marlin Water"],
        ["Harwick District Council"],
    ),
    (
        BN,
        [
            "The Transport Commission said it had fined Tollgate Logistics for late deliveries.",
            '"We will appeal the fine," the firm said.',
        ],
        "We will appeal the fine,",
        ["Tollgate Logistics"],
        ["Transport Commission"],
    ),
    (
        BN,
        [
            "The Drivers Union said talks with Orrin Telecom had broken down.",
            '"Our offer is a fair one," the company said.',
        ],
        "Our offer is a fair one,",
        ["Orrin Telecom"],
        [],
    ),
    (
        BN,
        [
            "Carlow County Council said its contract with Benmore Logistics would end in May.",
            '"We are proud of our record," the company said.',
        ],
        "We are proud of our record,",
        ["Benmore Logistics"],
        ["Carlow County Council"],
    ),
    (
        BN,
        [
            "Harwick District Council said it would sue Jane Whitlow over her comments.",
            '"We stand by every word," the company said.',
        ],
        "We stand by every word,",
        [],
        ["Jane Whitlow"],
    ),
    (
        BN,
        [
            "The Transport Commission said it had fined Tollgate Logistics and Brenner Freight.",
            '"We will appeal the fine," the firm said.',
        ],
        "We will appeal the fine,",
        [],
        ["Tollgate Logistics", "Brenner Freight"],
    ),
    (
        BN,
        [
            "The Drivers Union said its talks with Dermot Kane had broken down.",
            '"We made a fair offer," the company said.',
        ],
        "We made a fair offer,",
        [],
        ["Dermot Kane"],
    ),
]


def _case(number: int, category: str, expect: bool, page: int, speaker: str) -> dict[str, Any]:
    _, paragraphs, words, _, _ = PAGES[page]
    text = LEADS[page % len(LEADS)] + "\n\n" + "\n\n".join(paragraphs) + "\n"
    assert words in text, words
    return {
        "id": f"rvrb37-{category}-{number:04d}",
        "category": CATEGORY,  # one set-wide category: the forms are in the id
        "expect": expect,
        "why": f"{speaker}: {words}",
        "text": text,
        "check": "support",
        "path": "quotes[0].speaker",
        "facts": {
            "article": {"headline": None, "outlet": None, "byline": None, "published": None},
            "quotes": [{"speaker": speaker, "text": words, "evidence": []}],
        },
    }


def all_cases() -> list[tuple[str, bool, int, str]]:
    """Every written case: (category, must pass, page, speaker)."""
    rows = []
    for page, (category, _, _, passes, fails) in enumerate(PAGES):
        rows += [(category, True, page, speaker) for speaker in passes]
        rows += [(category, False, page, speaker) for speaker in fails]
    return rows


def build_cases() -> list[dict[str, Any]]:
    return [_case(number, *row) for number, row in enumerate(all_cases())]


if __name__ == "__main__":
    OUT.write_text("".join(json.dumps(case) + "\n" for case in build_cases()), encoding="utf-8")
