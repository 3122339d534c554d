# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 53's review rv53c of the described-body tie cw53c
(``grounding_rv53c.jsonl``; every case carries ``"confirm": ["affiliation"]``):

- ``twocos``: pages naming two companies (a takeover's buyer and target, a lawsuit's two
  sides, a supplier and its client, a parent and its unit, a rival quoted): the post's own
  company confirmed, the other not;
- ``twodescribed``: a description fitting two bodies ("the regulator" on a page with two
  regulators, "the agency" with a state and a federal agency, "the lender" beside two
  lenders): neither confirmed; one such body on the page: it is;
- ``former``: a person's former employer in the same sentence ("who joined from X",
  "Formerly of X, chief executive Y", "After leaving X, Y"): the present body confirmed, the
  past one not;
- ``otherpara``: a bare "Chief executive X" in a paragraph about another company than the
  page's main one: that company confirmed, the page's main one not;
- ``twomembers``: a member's title ("Councillor X", "Judge X", "Commissioner X") on a page
  naming two councils, courts or commissions (a county and a city council, a lower and a
  higher court, a tribunal and a court), or a member addressing a body: none confirmed; the
  one body on the page: it is.

Run ``python tests/data/make_rv53c_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv53c.jsonl")
CONFIRM = ["affiliation"]

built = SupportCases("rv53c", leads=["Business | The Marden Ledger", "News | The Harrow Courier"])
TWOCOS, TWODESC, FORMER, OTHERPARA, TWOMEM = (
    "twocos", "twodescribed", "former", "otherpara", "twomembers",
)  # fmt: skip
aff = built.affiliation


# --- twocos: two companies on the page ---------------------------------------------------------
aff(
    TWOCOS,
    "Ida Moss",
    ["Vela Foods"],
    ["Crest Packaging"],
    "Crest Packaging lost its biggest client on Monday when chief executive Ida Moss of Vela Foods cancelled a ten-year contract.",
)
aff(
    TWOCOS,
    "Mia Strand",
    [],
    ["Harlan Metals", "Osprey Alloys"],
    "Harlan Metals' takeover of Osprey Alloys won approval from regulators on Monday.",
    "Chief executive Mia Strand said the combined group would keep both plants open.",
)
aff(
    TWOCOS,
    "Mia Strand",
    [],
    ["Harlan Metals", "Osprey Alloys"],
    "Harlan Metals agreed to buy Osprey Alloys for $1.2 billion.",
    '"It is a fair price," said Mia Strand, the target\'s chief executive.',
)
aff(
    TWOCOS,
    "Rui Dias",
    ["Talon Chips"],
    ["Mira Phones"],
    "Talon Chips makes the processors in every handset Mira Phones sells.",
    "Talon Chips said on Tuesday that orders had fallen by a third.",
    "Chief executive Rui Dias blamed a glut of unsold phones.",
)
aff(
    TWOCOS,
    "Rui Dias",
    [],
    ["Mira Phones"],
    "Mira Phones cut its orders from Talon Chips by a third, the supplier said on Tuesday.",
    "Chief executive Rui Dias blamed a glut of unsold phones.",
)
aff(
    TWOCOS,
    "Joan Pell",
    ["Lumen Paints"],
    ["Orbis Chemicals"],
    "Orbis Chemicals sued Lumen Paints for patent theft on Monday.",
    "Lumen Paints denied the claim in a statement.",
    "Joan Pell, the chief executive, said the formula was developed in-house.",
)
aff(
    TWOCOS,
    "Joan Pell",
    [],
    ["Lumen Paints", "Orbis Chemicals"],
    "Orbis Chemicals sued Lumen Paints for patent theft on Monday.",
    "Joan Pell, the chief executive, said the formula was developed in-house.",
)
aff(
    TWOCOS,
    "Erik Sand",
    ["Nordvik Energy Trading"],
    ["Nordvik Energy"],
    "Nordvik Energy said on Friday that it would sell its trading arm.",
    "The unit, Nordvik Energy Trading, lost $300 million last year.",
    "Chief executive Erik Sand said the unit had been hit by wild swings in gas prices.",
)
aff(
    TWOCOS,
    "Hugo Lamar",
    ["Vesta Networks"],
    ["Brightline Telecom"],
    "Brightline Telecom restored service on Friday after a ten-hour outage.",
    "Brightline Telecom said engineers had found a faulty update.",
    "Brightline Telecom will refund a day's charges.",
    "Vesta Networks, a rival, said its own network was unaffected.",
    "Spokesperson Hugo Lamar said Vesta Networks had added 40,000 customers during the outage.",
)
aff(
    TWOCOS,
    "Gale Orton",
    ["Pinewood Bakeries"],
    ["Sutter Mills"],
    "Pinewood Bakeries buys most of its flour from Sutter Mills, according to filings.",
    "Pinewood Bakeries said on Wednesday that bread sales rose 8%.",
    "Gale Orton, the chief financial officer, said wheat costs had eased.",
)
aff(
    TWOCOS,
    "Lena Dorn",
    ["Kestrel Air"],
    ["Harbour Airways"],
    "Kestrel Air has made a hostile bid for Harbour Airways, which rejected it within hours.",
    "Kestrel Air said it would take the offer directly to shareholders.",
    "Lena Dorn, Kestrel Air's chief executive, said the bid was generous.",
)
aff(
    TWOCOS,
    "Omar Fleet",
    ["Alder Pharma"],
    ["Brisk Biotech"],
    "Alder Pharma said on Thursday that it had bought Brisk Biotech.",
    "Alder Pharma will pay $40 a share in cash.",
    '"This gives us a foothold in gene therapy," said chief executive Omar Fleet.',
)

aff(
    TWOCOS,
    "Ivy Marsh",
    ["Osprey Alloys"],
    ["Harlan Metals"],
    "Harlan Metals agreed to buy Osprey Alloys for $1.2 billion on Monday.",
    "Osprey Alloys said its board backed the offer unanimously.",
    "Ivy Marsh, the chief financial officer, said shareholders would get a fair price.",
)
aff(
    TWOCOS,
    "Rolf Kade",
    ["Crest Packaging"],
    ["Vela Foods"],
    "Vela Foods cancelled its contract with Crest Packaging on Monday.",
    "Crest Packaging said the loss would cut its sales by a fifth.",
    "Chief executive Rolf Kade said the company would look for new clients.",
)

# --- twodescribed: a description that fits two bodies -------------------------------------
aff(
    TWODESC,
    "Mae Lin",
    [],
    ["Marden Conduct Authority"],
    "The Marden Conduct Authority, the regulator, fined Colt Bank $5 million on Monday.",
    "Ofvar, the energy regulator, fined Colt Power a further $2 million.",
    '"Customers were misled," said Mae Lin, a spokeswoman for the regulator.',
)
aff(
    TWODESC,
    "Mae Lin",
    ["Marden Conduct Authority"],
    ["Colt Bank"],
    "The Marden Conduct Authority, the regulator, fined Colt Bank $5 million on Monday.",
    '"Customers were misled," said Mae Lin, a spokeswoman for the regulator.',
)
aff(
    TWODESC,
    "Kim Poe",
    [],
    ["Federal Water Agency"],
    "The Federal Water Agency and the state's own water agency disagreed on Tuesday over how much the river could spare.",
    '"The numbers are clear," said Kim Poe, a spokeswoman for the agency.',
)
aff(
    TWODESC,
    "Kim Poe",
    ["Federal Water Agency"],
    ["Delta Growers Association"],
    "The Federal Water Agency cut deliveries to farms by a fifth on Tuesday, angering the Delta Growers Association.",
    '"The numbers are clear," said Kim Poe, a spokeswoman for the agency.',
)
aff(
    TWODESC,
    "Abel Kerr",
    [],
    ["Brant Savings", "Kessler Home Loans"],
    "Brant Savings, the mortgage lender, raised its rates on Monday.",
    "Kessler Home Loans, also a mortgage lender, cut them.",
    "Abel Kerr, the mortgage lender's chief economist, said demand was cooling.",
)
aff(
    TWODESC,
    "Abel Kerr",
    [],
    ["Brant Savings"],
    "Brant Savings, the mortgage lender, raised its rates on Monday, and Kessler Home Loans, the mortgage lender owned by Colt Bank, cut them.",
    "Abel Kerr, the mortgage lender's chief economist, said demand was cooling.",
)
aff(
    TWODESC,
    "Abel Kerr",
    ["Brant Savings"],
    ["Colt Bank"],
    "Brant Savings, the mortgage lender, raised its rates on Monday, a week after Colt Bank did.",
    "Abel Kerr, the mortgage lender's chief economist, said demand was cooling.",
)
aff(
    TWODESC,
    "Sara Voigt",
    [],
    ["Lakeland Environment Agency"],
    "The Lakeland Environment Agency fined the mine on Tuesday, a day after a federal agency closed it.",
    "The agency's director, Sara Voigt, said the river would take years to recover.",
)
aff(
    TWODESC,
    "Sara Voigt",
    ["Lakeland Environment Agency"],
    ["Corran Mining"],
    "The Lakeland Environment Agency fined Corran Mining on Tuesday for polluting the river.",
    "The agency's director, Sara Voigt, said the river would take years to recover.",
)
aff(
    TWODESC,
    "Tor Halvorsen",
    [],
    ["Varn Rail Authority"],
    "The Varn Rail Authority and the Varn Roads Authority will share a budget from next year.",
    "The head of the authority, Tor Halvorsen, called the plan sensible.",
)
aff(
    TWODESC,
    "Tor Halvorsen",
    ["Varn Rail Authority"],
    ["Ministry of Transport"],
    "The Varn Rail Authority will lose a tenth of its budget, the Ministry of Transport said.",
    "The head of the authority, Tor Halvorsen, called the cut painful.",
)
aff(
    TWODESC,
    "Nell Grady",
    [],
    ["Osterby Police Department"],
    "The Osterby Police Department and the county sheriff's department searched the woods overnight.",
    '"We found nothing," a spokeswoman for the department, Nell Grady, said.',
)
aff(
    TWODESC,
    "Nell Grady",
    ["Osterby Police Department"],
    ["Osterby Fire Service"],
    "The Osterby Police Department searched the woods overnight, helped by the Osterby Fire Service.",
    '"We found nothing," a spokeswoman for the department, Nell Grady, said.',
)
aff(
    TWODESC,
    "Uma Bell",
    [],
    ["Rivet Motors"],
    "Rivet Motors, the carmaker, and Sable Auto, a rival carmaker, both recalled cars on Monday.",
    "Uma Bell, the carmaker's chief engineer, said the fault was in the brakes.",
)
aff(
    TWODESC,
    "Uma Bell",
    ["Rivet Motors"],
    ["Sable Auto"],
    "Rivet Motors, the carmaker, recalled 40,000 cars on Monday; its brakes come from Sable Auto.",
    "Uma Bell, the carmaker's chief engineer, said the fault was in the brakes.",
)
aff(
    TWODESC,
    "Piet Aalst",
    ["Marden Gas Board"],
    ["Marden Water Company"],
    "The Marden Gas Board raised prices by 12% on Friday, while the Marden Water Company held them.",
    "The board's chair, Piet Aalst, said wholesale gas had doubled.",
)

aff(
    TWODESC,
    "Dora Fitch",
    ["Corran Port Authority"],
    ["Corran Shipping"],
    "The Corran Port Authority will raise its fees in June, Corran Shipping said on Monday.",
    "The authority's chief executive, Dora Fitch, said the money would pay for dredging.",
)
aff(
    TWODESC,
    "Wes Albright",
    ["Ridge Valley Water District"],
    ["Ridge Valley Farm Bureau"],
    "The Ridge Valley Water District cut allocations by a tenth, the Ridge Valley Farm Bureau said.",
    '"We had no choice," said Wes Albright, a spokesman for the district.',
)

# --- former: a former employer in the same sentence ---------------------------------------
aff(
    FORMER,
    "Lars Ohm",
    ["Granite Savings"],
    ["Pellow Bank"],
    "Granite Savings reported a record profit on Tuesday.",
    "Chief executive Lars Ohm, who joined from Pellow Bank in 2019, said lending had grown by a tenth.",
)
aff(
    FORMER,
    "Lars Ohm",
    [],
    ["Pellow Bank"],
    "Granite Savings reported a record profit on Tuesday.",
    "Formerly of Pellow Bank, chief executive Lars Ohm said lending had grown by a tenth.",
)
aff(
    FORMER,
    "Lars Ohm",
    [],
    ["Pellow Bank"],
    "Granite Savings reported a record profit on Tuesday.",
    "After twenty years at Pellow Bank, Lars Ohm, the chief executive, has made lending his priority.",
)
aff(
    FORMER,
    "Ada Ross",
    [],
    ["Corvid Software"],
    "Hale Systems cut its forecast for the year on Wednesday.",
    "Poached from Corvid Software in 2021, finance chief Ada Ross said costs would fall.",
)
aff(
    FORMER,
    "Ada Ross",
    ["Hale Systems"],
    ["Corvid Software"],
    "Hale Systems cut its forecast for the year on Wednesday.",
    "Hale Systems said sales of its cloud products had slowed.",
    "Ada Ross, the finance chief, who came from Corvid Software in 2021, said costs would fall.",
)
aff(
    FORMER,
    "Ben Yuen",
    [],
    ["Ostrel Shipping"],
    "Ardent Ports will spend $2 billion on new cranes.",
    "After leaving Ostrel Shipping, chief executive Ben Yuen spent two years rebuilding the port group.",
)
aff(
    FORMER,
    "Ben Yuen",
    ["Ardent Ports"],
    ["Ostrel Shipping"],
    "Ardent Ports will spend $2 billion on new cranes.",
    "Ardent Ports said the cranes would double its capacity.",
    "Chief executive Ben Yuen, a veteran of Ostrel Shipping, said the money was well spent.",
)
aff(
    FORMER,
    "Cora Nash",
    [],
    ["Quill Media"],
    "Larch Books posted its first loss in a decade.",
    "A former Quill Media executive, chair Cora Nash said the group would sell two imprints.",
)
aff(
    FORMER,
    "Cora Nash",
    ["Larch Books"],
    ["Quill Media"],
    "Larch Books posted its first loss in a decade.",
    "Larch Books said it would sell two imprints.",
    "Chair Cora Nash, who ran Quill Media until 2020, said the sale would pay for new authors.",
)
aff(
    FORMER,
    "Dan Ferro",
    [],
    ["Sterling Foods"],
    "Brook Dairy reported higher milk prices on Monday.",
    "Having spent a decade at Sterling Foods, Dan Ferro, the chief operating officer, said the plants were running at capacity.",
)
aff(
    FORMER,
    "Dan Ferro",
    ["Brook Dairy"],
    ["Sterling Foods"],
    "Brook Dairy reported higher milk prices on Monday.",
    "Dan Ferro, the chief operating officer, who spent a decade at Sterling Foods, said the plants were running at capacity.",
)
aff(
    FORMER,
    "Eva Lund",
    [],
    ["Tessaly Capital"],
    "Morrow Insurance named a new leader on Thursday.",
    "Once a trader at Tessaly Capital, chief executive Eva Lund takes over in May.",
)
aff(
    FORMER,
    "Eva Lund",
    ["Morrow Insurance"],
    ["Tessaly Capital"],
    "Morrow Insurance named Eva Lund its leader on Thursday.",
    "Morrow Insurance said she would start in May.",
    "Chief executive Eva Lund, once a trader at Tessaly Capital, takes over in May.",
)
aff(
    FORMER,
    "Ivo Brandt",
    ["Keel Robotics"],
    ["Atlas Motors"],
    "Keel Robotics raised $90 million from investors on Monday.",
    "Keel Robotics builds arms for car factories.",
    "Co-founder Ivo Brandt, who left Atlas Motors to start the firm, said the money would fund a plant.",
)

aff(
    FORMER,
    "Kit Moreno",
    ["Sable Auto"],
    ["Rivet Motors"],
    "Sable Auto cut its forecast for the year on Friday.",
    "Sable Auto chief executive Kit Moreno, who joined from Rivet Motors in 2022, blamed the price of steel.",
)
aff(
    FORMER,
    "Lin Hart",
    ["Harrow Insurance"],
    ["Kessler Home Loans"],
    "Harrow Insurance reported higher premiums on Tuesday.",
    "Harrow Insurance said claims had fallen.",
    "Lin Hart, the chief financial officer, who left Kessler Home Loans last year, said the group would buy back shares.",
)
aff(
    FORMER,
    "Pia Sorel",
    ["Dunmore Foods"],
    ["Larch Books"],
    "Dunmore Foods named a new chair on Monday.",
    "Dunmore Foods said she would take over in May.",
    "Chair Pia Sorel, a former director of Larch Books, said the group would expand abroad.",
)

# --- otherpara: a bare post in a paragraph about another company -------------------------
aff(
    OTHERPARA,
    "Ana Voss",
    [],
    ["Granite Savings"],
    "Granite Savings reported a record profit on Tuesday.",
    "Granite Savings said lending grew by a tenth.",
    "Granite Savings will pay a special dividend.",
    "Granite Savings shares rose 4%.",
    "Elsewhere in the industry, the mood was darker.",
    "Profits at the country's second-largest lender fell by half.",
    "Chief executive Ana Voss blamed the cost of deposits.",
)
aff(
    OTHERPARA,
    "Ana Voss",
    ["Pellow Bank"],
    ["Granite Savings"],
    "Granite Savings reported a record profit on Tuesday.",
    "Granite Savings said lending grew by a tenth.",
    "Granite Savings will pay a special dividend.",
    "Pellow Bank, a smaller rival, fared worse.",
    "Ana Voss, the chief executive, blamed the cost of deposits.",
)
aff(
    OTHERPARA,
    "Tam Ruiz",
    [],
    ["Saltmarsh Airways"],
    "Saltmarsh Airways flew 14 million passengers last year, up 9%.",
    "Saltmarsh Airways will add routes to Lisbon and Porto.",
    "Saltmarsh Airways said fares would rise slightly.",
    "Its smaller rival had a harder year.",
    "The budget carrier lost money for a third year running.",
    "Chief executive Tam Ruiz said fuel had cost too much.",
)
aff(
    OTHERPARA,
    "Tam Ruiz",
    ["Gull Air"],
    ["Saltmarsh Airways"],
    "Saltmarsh Airways flew 14 million passengers last year, up 9%.",
    "Saltmarsh Airways will add routes to Lisbon and Porto.",
    "Saltmarsh Airways said fares would rise slightly.",
    "Gull Air, the budget carrier, lost money for a third year running.",
    "Chief executive Tam Ruiz said fuel had cost too much.",
)
aff(
    OTHERPARA,
    "Lea Kroll",
    [],
    ["Cedar Health"],
    "Cedar Health runs 80 hospitals in three states.",
    "Cedar Health reported a loss for the quarter.",
    "Cedar Health blamed the cost of nursing staff.",
    "Cedar Health shares fell 6%.",
    "A smaller hospital group in the north, by contrast, made money.",
    "Lea Kroll, the chief executive, credited a new rota system.",
)
aff(
    OTHERPARA,
    "Lea Kroll",
    ["Birch Hospitals"],
    ["Cedar Health"],
    "Cedar Health runs 80 hospitals in three states.",
    "Cedar Health reported a loss for the quarter.",
    "Cedar Health blamed the cost of nursing staff.",
    "Birch Hospitals, a smaller group in the north, by contrast, made money.",
    "Lea Kroll, the chief executive, credited a new rota system.",
)
aff(
    OTHERPARA,
    "Nils Berg",
    [],
    ["Quarry Games"],
    "Quarry Games posted record sales of its racing series.",
    "Quarry Games also raised its guidance for the year.",
    "Quarry Games will release a new title in May.",
    "The studio that makes its rival series said on Friday that it would cut 200 jobs.",
    "Founder Nils Berg said the market had changed.",
)
aff(
    OTHERPARA,
    "Nils Berg",
    ["Ironleaf Studios"],
    ["Quarry Games"],
    "Quarry Games posted record sales of its racing series.",
    "Quarry Games also raised its guidance for the year.",
    "Quarry Games will release a new title in May.",
    "Ironleaf Studios, which makes its rival series, said on Friday that it would cut 200 jobs.",
    "Founder Nils Berg said the market had changed.",
)
aff(
    OTHERPARA,
    "Rosa Lind",
    [],
    ["Fenwick Water"],
    "Fenwick Water has run out of cash twice this year.",
    "Fenwick Water told customers that bills would rise by a third.",
    "Fenwick Water will ask its lenders for more time.",
    "Its neighbour to the south is in better shape.",
    "That utility raised its dividend on Monday.",
    "Chief executive Rosa Lind said it had invested early.",
)
aff(
    OTHERPARA,
    "Rosa Lind",
    ["Dale Water"],
    ["Fenwick Water"],
    "Fenwick Water has run out of cash twice this year.",
    "Fenwick Water told customers that bills would rise by a third.",
    "Fenwick Water will ask its lenders for more time.",
    "Dale Water, its neighbour to the south, raised its dividend on Monday.",
    "Chief executive Rosa Lind said it had invested early.",
)
aff(
    OTHERPARA,
    "Otto Reyes",
    [],
    ["Brightline Telecom"],
    "Brightline Telecom restored service on Friday after a ten-hour outage.",
    "Brightline Telecom said engineers had found a faulty update.",
    "Brightline Telecom will refund a day's charges.",
    "Brightline Telecom shares fell 3%.",
    "A rival operator said its own network had held up.",
    "Otto Reyes, the chief technology officer, said it had tested the same update and rejected it.",
)
aff(
    OTHERPARA,
    "Otto Reyes",
    ["Vesta Networks"],
    ["Brightline Telecom"],
    "Brightline Telecom restored service on Friday after a ten-hour outage.",
    "Brightline Telecom said engineers had found a faulty update.",
    "Brightline Telecom will refund a day's charges.",
    "Vesta Networks, a rival operator, said its own network had held up.",
    "Otto Reyes, the chief technology officer, said it had tested the same update and rejected it.",
)
aff(
    OTHERPARA,
    "Ines Park",
    ["Alder Pharma"],
    ["Brisk Biotech"],
    "Alder Pharma said on Thursday that its cancer drug had passed a late trial.",
    "Alder Pharma will seek approval this year.",
    "Alder Pharma shares rose 12%.",
    "Chief executive Ines Park said the drug could sell $3 billion a year.",
)

aff(
    OTHERPARA,
    "Sami Oyelaran",
    ["Gull Air"],
    ["Saltmarsh Airways"],
    "Saltmarsh Airways flew 14 million passengers last year.",
    "Saltmarsh Airways will add routes to Lisbon.",
    "Saltmarsh Airways said fares would rise.",
    "Gull Air lost money for a third year running.",
    "Gull Air chief executive Sami Oyelaran said fuel had cost too much.",
)
aff(
    OTHERPARA,
    "Tove Aas",
    ["Birch Hospitals"],
    ["Cedar Health"],
    "Cedar Health reported a loss for the quarter.",
    "Cedar Health blamed the cost of nursing staff.",
    "Birch Hospitals, by contrast, made money.",
    "Chief executive Tove Aas credited a new rota system.",
)
aff(
    OTHERPARA,
    "Ugo Bassi",
    ["Dale Water"],
    ["Fenwick Water"],
    "Fenwick Water has run out of cash twice this year.",
    "Fenwick Water will ask its lenders for more time.",
    "Dale Water raised its dividend on Monday.",
    "Ugo Bassi, the chief executive, said the utility had invested early.",
)

# --- twomembers: a member's title on a page naming two councils, courts, commissions --------
aff(
    TWOMEM,
    "Tim Webb",
    [],
    ["Harlow District Council"],
    "Harlow District Council approved 400 homes on Tuesday, though the county council had objected to the plan.",
    "Councillor Tim Webb said the roads could not cope.",
)
aff(
    TWOMEM,
    "Tim Webb",
    ["Harlow District Council"],
    ["Harlow Residents Association"],
    "Harlow District Council approved 400 homes on Tuesday over the objections of the Harlow Residents Association.",
    "Councillor Tim Webb said the roads could not cope.",
)
aff(
    TWOMEM,
    "Tim Webb",
    [],
    ["Harlow District Council", "Essex County Council"],
    "Harlow District Council approved 400 homes on Tuesday; Essex County Council objected.",
    "Councillor Tim Webb said the roads could not cope.",
)
aff(
    TWOMEM,
    "Moira Quinn",
    [],
    ["Northern Employment Tribunal"],
    "The Northern Employment Tribunal ruled for three drivers on Friday, a year after the Court of Appeal sent the case back.",
    "Judge Moira Quinn ordered the firm to pay each of them £20,000.",
)
aff(
    TWOMEM,
    "Moira Quinn",
    ["Northern Employment Tribunal"],
    ["Dalby Haulage"],
    "The Northern Employment Tribunal ruled on Friday that Dalby Haulage had dismissed three drivers unfairly.",
    "Judge Moira Quinn ordered the firm to pay each of them £20,000.",
)
aff(
    TWOMEM,
    "Hal Stone",
    [],
    ["Supreme Court of Varn"],
    "The Supreme Court of Varn overturned on Monday a ruling by a lower court that had freed the two men.",
    "Judge Hal Stone, who heard the case at first, has retired.",
)
aff(
    TWOMEM,
    "Hal Stone",
    [],
    ["Varn Court of Appeal", "Supreme Court of Varn"],
    "The Supreme Court of Varn upheld on Monday a ruling by the Varn Court of Appeal.",
    "Justice Hal Stone wrote that the law was clear.",
)
aff(
    TWOMEM,
    "Jo Park",
    [],
    ["Harbour Commission"],
    "The Harbour Commission heard objections to the ferry port on Monday.",
    "Commissioner Jo Park told the Harbour Commission that the county's roads were already full.",
)
aff(
    TWOMEM,
    "Jo Park",
    ["Harbour Commission"],
    ["Ferry Users Group"],
    "The Harbour Commission heard objections from the Ferry Users Group on Monday.",
    "Commissioner Jo Park said the port would be built anyway.",
)
aff(
    TWOMEM,
    "Jo Park",
    [],
    ["Harbour Commission"],
    "The Harbour Commission approved the ferry port on Monday, overruling the county planning commission.",
    "Commissioner Jo Park said the port would be built anyway.",
)
aff(
    TWOMEM,
    "Vera Moll",
    ["Kelby City Council"],
    ["Kelby Chamber of Commerce"],
    "Kelby City Council passed the budget 7-2 on Monday, against the advice of the Kelby Chamber of Commerce.",
    "Councilmember Vera Moll said the vote came too fast.",
)
aff(
    TWOMEM,
    "Vera Moll",
    [],
    ["Kelby City Council"],
    "Kelby City Council passed the budget on Monday, and the county council will vote on its own next week.",
    "Councilmember Vera Moll said the vote came too fast.",
)
aff(
    TWOMEM,
    "Ed Cray",
    ["Ostrel School Board"],
    ["Ostrel Parents Forum"],
    "The Ostrel School Board voted to close two schools, and the Ostrel Parents Forum promised to fight it.",
    "Trustee Ed Cray voted against the plan.",
)
aff(
    TWOMEM,
    "Ed Cray",
    [],
    ["Ostrel School Board"],
    "The Ostrel School Board voted to close two schools on Monday; the state board of education must still approve it.",
    "Trustee Ed Cray voted against the plan.",
)
aff(
    TWOMEM,
    "Rita Olmos",
    ["Fourth Circuit"],
    ["Velta Steel"],
    "The Fourth Circuit struck down the duties on Velta Steel in a 7-4 ruling.",
    "Judge Rita Olmos wrote for the majority.",
)
aff(
    TWOMEM,
    "Rita Olmos",
    [],
    ["Fourth Circuit"],
    "The Fourth Circuit struck down the duties in a 7-4 ruling, reversing the district court.",
    "Judge Rita Olmos wrote for the majority.",
)
aff(
    TWOMEM,
    "Ana Lucero",
    ["Supreme Court of Valdoria"],
    ["Valdorian Bar Association"],
    "The Supreme Court of Valdoria upheld the election result, rejecting a petition backed by the Valdorian Bar Association.",
    "Justice Ana Lucero read the ruling.",
)
aff(
    TWOMEM,
    "Gus Hale",
    ["Dorne Planning Commission"],
    ["Dorne Heritage Trust"],
    "The Dorne Planning Commission rejected the tower on Thursday, as the Dorne Heritage Trust had urged.",
    "Commissioner Gus Hale said it was too tall for the old town.",
)
aff(
    TWOMEM,
    "Gus Hale",
    [],
    ["Dorne Planning Commission"],
    "The Dorne Planning Commission rejected the tower on Thursday, weeks after the state's coastal commission had backed it.",
    "Commissioner Gus Hale said it was too tall for the old town.",
)
aff(
    TWOMEM,
    "Ola Frey",
    ["Sefton Borough Council"],
    ["Sefton Rovers"],
    "Sefton Borough Council refused planning permission for the new stand at Sefton Rovers.",
    "Councillor Ola Frey said the road could not take the traffic.",
)
aff(
    TWOMEM,
    "Ola Frey",
    [],
    ["Sefton Borough Council"],
    "Sefton Borough Council refused planning permission for the new stand, and a neighbouring council will hear a second plan.",
    "Councillor Ola Frey said the road could not take the traffic.",
)

aff(
    TWOMEM,
    "Lars Wendt",
    ["Ostrel County Council"],
    ["Ostrel Bus Company"],
    "Ostrel County Council voted on Monday to buy the Ostrel Bus Company.",
    "Councillor Lars Wendt said fares would be frozen.",
)


def build_cases() -> list[dict[str, Any]]:
    return [{**case, "confirm": CONFIRM} for case in built.cases]


if __name__ == "__main__":
    built.cases[:] = build_cases()
    built.write(OUT)
