# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 35's stand-ins (``grounding_standins35.jsonl``): value-support
cases for an event's actor its evidence gives only by a pronoun or a definite description
standing for a name the page wrote before (:mod:`summarizer.verification.sides.standins`), by
category, each with what must pass and what must fail:

- ``person-pronoun``: "He pleaded guilty", "Hours earlier she had vetoed", "Since then she has
  voted" for the last person named before. Refused: a nearer person of the pronoun's sex, a
  value the page marks with the other sex, a value the page never names before, a body;
- ``person-description``: "The 37-year-old admitted", "The defendant moved", "The president
  later signed", "The Austrian chancellor signed". Refused: a nearer person, a value the page
  never gives that title, a person tied to another country, a value not named before;
- ``body-pronoun``: "It will close two plants", "Its review found", "Yesterday it said". Refused:
  a nearer body, a body named in the pronoun's own clause ("Days later, Harrow Bank said it"),
  "rejected it" (an object), a person, a value not named before;
- ``body-shared``: a description holding a word of the value's name ("The Bank now expects" for
  the Bank of Lismore, "The court ruled", "The carmaker" for Ardent Motors). Refused: a nearer
  name holding that word, a description of another class, a value not named before;
- ``body-class``: a class description for a bare brand name ("The airline" for Qantara, "the
  carmaker" for Drexa, "The company" for Vennor). Refused: a name of that class before it (the
  union for "the union"), a class its name tells otherwise, a nearer body, a person;
- ``other-between``: a name between the value and the stand-in that does not fit (a place, a
  woman for "he", a body for "she", an untitled person for "the judge") passes; one that fits
  takes the stand-in;
- ``no-standin``: a pronoun opening a clause ("a spokesman said it had", "because it gave no
  warning") passes; an object ("rejected it", "thanked him"), "they", another noun ("the
  buyer", "the jury"), an owner's people ("Her supporters marched") and nothing at all fail.

Run ``python tests/data/make_standins35_cases.py`` to rebuild it. The texts are written for
this set about invented companies, courts, councils and people, in British and American
styles; each verdict is what a careful fact-checker reads in the text, decided when the case
was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_standins35.jsonl")

built = SupportCases(
    "si35",
    leads=[
        "LEEDS (Pennine Wire) -",
        "By Orla Fenwick | The Northgate Courier",
        "BUSINESS DESK | The Harbourside Gazette",
        "From our Ottawa bureau, The Lakeland Record.",
        "CHICAGO, Prairie Ledger -",
        "City desk, The Marchmont Times.",
    ],
)
PERSON, PDESC, BODY, SHARED, CLASS, BETWEEN, NONE = (
    "person-pronoun",
    "person-description",
    "body-pronoun",
    "body-shared",
    "body-class",
    "other-between",
    "no-standin",
)


def both(
    category: str, before: str, sentence: str, passes: list[str], fails: list[str], what: str
) -> None:
    """An event told as ``what`` backed by ``sentence`` after ``before``: each actor in
    ``passes`` is supported, each in ``fails`` is not."""
    for who in passes:
        built.actor(category, True, sentence, who, what, f"actor {who}", before=before)
    for who in fails:
        built.actor(category, False, sentence, who, what, f"not actor {who}", before=before)


# --- person-pronoun ------------------------------------------------------------------------

both(PERSON, "Marta Kowalski, the mayor of Brenton, met the council on Monday.",
     "She then announced a freeze on parking charges.", ["Marta Kowalski"], [], "parking charge freeze announced")  # fmt: skip
both(PERSON, "Prosecutors said Daniel Okafor, 41, had driven the van into the barrier.",
     "He pleaded guilty to dangerous driving on Friday.", ["Daniel Okafor"], [], "guilty plea")  # fmt: skip
both(PERSON, "Senator Ruth Abernathy spent the weekend in Ohio.",
     "On Tuesday she introduced a bill to cap insulin prices.", ["Ruth Abernathy"], [], "insulin bill introduced")  # fmt: skip
both(PERSON, "Police named the driver as Owen Pritchard, a 29-year-old from Swansea.",
     "He had taken the car from a neighbour's drive an hour earlier, the court heard.", ["Owen Pritchard"], [], "car taken")  # fmt: skip
both(PERSON, "Governor Elena Marsh signed the budget late on Wednesday.",
     "Hours earlier she had vetoed a tax rebate passed by the legislature.", ["Elena Marsh"], [], "tax rebate vetoed")  # fmt: skip
both(PERSON, "Rep. Carl Dunmore toured the flooded county on Saturday.",
     "He asked FEMA for emergency funds the next morning.", ["Carl Dunmore"], [], "emergency funds requested")  # fmt: skip
both(PERSON, "Magistrate Priya Nair heard the case in Dundee.",
     "She adjourned it until 3 March.", ["Priya Nair"], [], "case adjourned")  # fmt: skip
both(PERSON, "Graham Hollis, the bank's chief executive, was questioned by MPs for three hours.",
     "He told them the losses had been hidden from the board.", ["Graham Hollis"], [], "testimony to MPs")  # fmt: skip
both(PERSON, "Anna Feld won the Dunmore by-election with a majority of 4,000.",
     "She will take her seat in the assembly next week.", ["Anna Feld"], [], "seat taken")  # fmt: skip
both(PERSON, "Judge Victor Amadi sentenced the pair on Monday.",
     "He called their conduct calculated and cruel.", ["Victor Amadi"], [], "conduct condemned")  # fmt: skip
both(PERSON, "Tomas Lindqvist was sent off in the first half of Saturday's match.",
     "He apologised to the fans in a post on Sunday night.", ["Tomas Lindqvist"], [], "apology")  # fmt: skip
both(PERSON, "Marta Kowalski met Councillor Ben Adair on Monday. Mr Adair later left for London.",
     "He then announced his resignation.", [], ["Marta Kowalski"], "resignation announced")  # fmt: skip
both(PERSON, "Daniel Okafor's lawyer, Ms Sarah Glenn, spoke outside the court.",
     "She said the family would appeal.", [], ["Daniel Okafor"], "appeal announced")  # fmt: skip
both(PERSON, "The hearing was adjourned after an hour.",
     "He will return to court in May.", [], ["Daniel Okafor", "Owen Pritchard"], "return to court")  # fmt: skip
both(PERSON, "Ms Priya Nair heard the case in Dundee.",
     "He adjourned it until March.", [], ["Priya Nair"], "case adjourned")  # fmt: skip
both(PERSON, "Anna Feld beat Tom Rourke in the Dunmore by-election. Mr Rourke conceded shortly after midnight.",
     "He said he would stand again at the general election.", ["Tom Rourke"], ["Anna Feld"], "pledge to stand again")  # fmt: skip
both(PERSON, "Senator Ruth Abernathy criticised Senator Paul Greer's plan. Mr Greer replied on Tuesday.",
     "He introduced a rival bill the same afternoon.", ["Paul Greer"], ["Ruth Abernathy"], "rival bill introduced")  # fmt: skip
both(PERSON, "Governor Elena Marsh appointed Mrs Janet Cole as her chief of staff.",
     "She began work the following week.", [], ["Elena Marsh"], "work begun")  # fmt: skip
both(PERSON, "The Harrow Trust published its report on Monday.",
     "She called the findings a scandal.", [], ["Harrow Trust"], "findings condemned")  # fmt: skip
both(PERSON, "Graham Hollis handed over to Mr Simon Reyes in June.",
     "He cut 400 jobs within a month.", [], ["Graham Hollis"], "job cuts")  # fmt: skip
both(PERSON, "Victor Amadi was replaced on the bench by Mr Peter Oduya last year.",
     "He sentenced the pair on Monday.", [], ["Victor Amadi"], "sentencing")  # fmt: skip
both(PERSON, "Tomas Lindqvist was fouled by Mr Ali Sayed in the first half.",
     "He was sent off ten minutes later and apologised afterwards.", [], ["Tomas Lindqvist"], "apology")  # fmt: skip


# --- person-description --------------------------------------------------------------------

both(PDESC, "Kieran Walsh, a plasterer from Bootle, was arrested at the scene.",
     "The 37-year-old admitted causing death by careless driving.", ["Kieran Walsh"], [], "admission")  # fmt: skip
both(PDESC, "Austrian Chancellor Lena Hoffmann arrived in Oslo on Sunday.",
     "The Austrian chancellor signed a gas deal with Norway the next day.", ["Lena Hoffmann"], [], "gas deal signed")  # fmt: skip
both(PDESC, "The court heard that Mehmet Aslan had run the scheme for six years.",
     "The defendant moved the money through eleven shell companies.", ["Mehmet Aslan"], [], "money moved")  # fmt: skip
both(PDESC, "President Aurelio Campos opened the summit in Quito.",
     "The president later signed a trade pact with Peru.", ["Aurelio Campos"], [], "trade pact signed")  # fmt: skip
both(PDESC, "Mayor Janet Okoye cut the ribbon on the new bridge.",
     "The mayor then walked across it with schoolchildren.", ["Janet Okoye"], [], "bridge walk")  # fmt: skip
both(PDESC, "The Kenyan runner, Faith Chebet, crossed the line in 2:18:40.",
     "The 31-year-old broke the course record by almost a minute.", ["Faith Chebet"], [], "course record")  # fmt: skip
both(PDESC, "Sen. Mark Ebbers unveiled the proposal Tuesday.",
     "The senator introduced the bill with two Democratic co-sponsors.", ["Mark Ebbers"], [], "bill introduced")  # fmt: skip
both(PDESC, "Judge Helen Marsh heard the application in chambers.",
     "The judge granted the injunction shortly before 5pm.", ["Helen Marsh"], [], "injunction granted")  # fmt: skip
both(PDESC, "The Brazilian president, Roberto Lima, landed in Lisbon on Monday.",
     "The Brazilian leader signed four accords with Portugal on Tuesday.", ["Roberto Lima"], [], "accords signed")  # fmt: skip
both(PDESC, "Police named the man as Gareth Pryce, 45, of Cardiff.",
     "The 45-year-old appeared before magistrates on Monday.", ["Gareth Pryce"], [], "court appearance")  # fmt: skip
both(PDESC, "Ambassador Carla Brandt presented her credentials in Canberra on Friday.",
     "The ambassador met the foreign minister an hour later.", ["Carla Brandt"], [], "meeting")  # fmt: skip
both(PDESC, "Kieran Walsh was driving behind Colin Barr, 52, when the crash happened.",
     "The 52-year-old admitted careless driving.", [], ["Kieran Walsh"], "admission")  # fmt: skip
both(PDESC, "President Aurelio Campos welcomed Foreign Minister Ana Ruiz in Quito.",
     "The president later signed a trade pact with Peru.", ["Aurelio Campos"], ["Ana Ruiz"], "trade pact signed")  # fmt: skip
both(PDESC, "Austrian Chancellor Lena Hoffmann met Norwegian Prime Minister Erik Dahl in Oslo.",
     "The Norwegian prime minister signed a gas deal the next day.", [], ["Lena Hoffmann"], "gas deal signed")  # fmt: skip
both(PDESC, "Mayor Janet Okoye cut the ribbon alongside Governor Tim Bale.",
     "The mayor then walked across the bridge with schoolchildren.", ["Janet Okoye"], ["Tim Bale"], "bridge walk")  # fmt: skip
both(PDESC, "Judge Helen Marsh heard the application brought by Dominic Frey.",
     "The judge granted the injunction shortly before 5pm.", ["Helen Marsh"], ["Dominic Frey"], "injunction granted")  # fmt: skip
both(PDESC, "Gareth Pryce, 45, and his neighbour Alan Rees, 61, were both charged.",
     "The 61-year-old appeared before magistrates on Monday.", [], ["Gareth Pryce"], "court appearance")  # fmt: skip
both(PDESC, "The Brazilian president, Roberto Lima, met Chile's president, Sofia Reyes.",
     "The Chilean leader signed four accords with Portugal on Tuesday.", [], ["Roberto Lima"], "accords signed")  # fmt: skip
both(PDESC, "The hearing lasted two hours.",
     "The defendant denied all the charges.", [], ["Mehmet Aslan"], "charges denied")  # fmt: skip
both(PDESC, "Ambassador Carla Brandt was greeted by Ambassador Yuki Mori in Canberra.",
     "The ambassador then met the foreign minister.", [], ["Carla Brandt"], "meeting")  # fmt: skip
both(PDESC, "Senator Mark Ebbers and Senator Dana Whitlock spoke on Tuesday.",
     "The senator introduced the bill with two co-sponsors.", [], ["Mark Ebbers"], "bill introduced")  # fmt: skip


both(PDESC, "Ravi Menon, 58, and Carl Hogg, 44, were both charged on Friday.",
     "The 44-year-old appeared before magistrates on Monday.", ["Carl Hogg"], ["Ravi Menon"], "court appearance")  # fmt: skip
both(PDESC, "Judge Nadia Kerr and Judge Felix Amos both heard parts of the case.",
     "The judge ordered the papers released.", [], ["Nadia Kerr", "Felix Amos"], "release ordered")  # fmt: skip


# --- body-pronoun --------------------------------------------------------------------------

both(BODY, "Brightwater Group reported a pre-tax loss of £40m on Monday.",
     "It will close two plants in Yorkshire next year.", ["Brightwater Group"], [], "plant closures")  # fmt: skip
both(BODY, "Velmora, the Dutch chipmaker, missed its sales forecast.",
     "It is cutting 1,200 jobs worldwide, a spokesperson said.", ["Velmora"], [], "job cuts")  # fmt: skip
both(BODY, "The Ministry of Transport published the figures on Thursday.",
     "Its review found 40 bridges in need of urgent repair.", ["Ministry of Transport"], [], "bridge review")  # fmt: skip
both(BODY, "Officials at the Northfield Museum discovered the theft at dawn.",
     "By midday it had closed its doors to visitors.", ["Northfield Museum"], [], "closure")  # fmt: skip
both(BODY, "Calder Airlines canceled 600 flights over the weekend.",
     "It blamed a software fault at its Denver hub.", ["Calder Airlines"], [], "cancellations blamed on fault")  # fmt: skip
both(BODY, "The Pellham Corporation owns the site.",
     "It bought the land in 1998 for $4 million.", ["Pellham Corporation"], [], "land purchase")  # fmt: skip
both(BODY, "Kestrel Bank was fined £12m by the regulator on Tuesday.",
     "It had failed to check the sources of clients' money, the watchdog said.", ["Kestrel Bank"], [], "failed checks")  # fmt: skip
both(BODY, "The GDRA said the grid had been stable since noon.",
     "It then ordered two power stations back online.", ["GDRA"], [], "power stations ordered online")  # fmt: skip
both(BODY, "Marsh & Tanner has been hit by a cyber attack.",
     "Its online shop has been shut since Saturday.", ["Marsh & Tanner"], [], "online shop shut")  # fmt: skip
both(BODY, "Tarrant Holdings agreed to sell its port business last month.",
     "Yesterday it said the sale would raise £900m.", ["Tarrant Holdings"], [], "sale announced")  # fmt: skip
both(BODY, "The Atlantic Fisheries Council met in Halifax.",
     "It voted to lower the cod quota by 15%.", ["Atlantic Fisheries Council"], [], "quota vote")  # fmt: skip
both(BODY, "Brightwater Group reported a loss. Rival Orrin Foods said on Tuesday that demand had collapsed.",
     "It will close two plants in Yorkshire next year.", [], ["Brightwater Group"], "plant closures")  # fmt: skip
both(BODY, "Kestrel Bank reported record profits.",
     "Days later, Harrow Bank said it would cut 800 jobs.", ["Harrow Bank"], ["Kestrel Bank"], "job cuts")  # fmt: skip
both(BODY, "Velmora offered the union a 4% rise.",
     "Members rejected it on Friday.", [], ["Velmora"], "offer rejected")  # fmt: skip
both(BODY, "The plant shut in 2019.",
     "It reopened on Monday.", [], ["Northfield Museum"], "reopening")  # fmt: skip
both(BODY, "Calder Airlines restored its schedule on Sunday.",
     "For its part, Pinewood Air said its planes would fly again on Monday.", ["Pinewood Air"], ["Calder Airlines"], "flights resumed")  # fmt: skip
both(BODY, "Ms Lena Brooks chairs the Pellham Corporation.",
     "She bought the land in 1998.", [], ["Pellham Corporation"], "land purchase")  # fmt: skip
both(BODY, "Kestrel Bank was fined by the Prudential Regulation Authority on Tuesday.",
     "It said more fines would follow.", [], ["Kestrel Bank"], "more fines announced")  # fmt: skip
both(BODY, "Marsh & Tanner was hacked in April, and Fenwick Stores was hit a week later.",
     "Its online shop has been shut since Saturday.", [], ["Marsh & Tanner"], "online shop shut")  # fmt: skip
both(BODY, "Northfield Museum lent the painting to the Kessler Gallery.",
     "It put the work on display on Monday.", [], ["Northfield Museum"], "display")  # fmt: skip
both(BODY, "Tarrant Holdings sold its port business to Quayside Partners.",
     "A month later, Orrin Foods said it had bought a stake in the terminal.", [], ["Tarrant Holdings"], "stake bought")  # fmt: skip


# --- body-shared ---------------------------------------------------------------------------

both(SHARED, "The Bank of Lismore held interest rates at 4% on Thursday.",
     "The Bank now expects inflation to peak in the spring.", ["Bank of Lismore"], [], "inflation forecast")  # fmt: skip
both(SHARED, "The Corporation for Rural Broadband laid off 90 staff.",
     "The corporation will close its Inverness office in June.", ["Corporation for Rural Broadband"], [], "office closure")  # fmt: skip
both(SHARED, "The Supreme Court of Veland heard the appeal in June.",
     "The court ruled 5-2 that the ban was lawful.", ["Supreme Court of Veland"], [], "ruling")  # fmt: skip
both(SHARED, "Members of the Transport Workers Union voted to strike.",
     "The union will walk out on 3 May.", ["Transport Workers Union"], [], "walkout")  # fmt: skip
both(SHARED, "The Ministry of Health confirmed 12 cases.",
     "The ministry ordered schools in the district to close.", ["Ministry of Health"], [], "school closures")  # fmt: skip
both(SHARED, "The Harwell Agency for Food Standards recalled the product.",
     "The agency said two batches were contaminated.", ["Harwell Agency for Food Standards"], [], "contamination finding")  # fmt: skip
both(SHARED, "The National Ballet Company announced its new season.",
     "The company will tour six cities next spring.", ["National Ballet Company"], [], "tour")  # fmt: skip
both(SHARED, "Ardent Motors recalled 40,000 cars over a brake fault. Dealers were told on Friday.",
     "The carmaker said no injuries had been reported.", ["Ardent Motors"], [], "recall statement")  # fmt: skip
both(SHARED, "Skyline Airways grounded 12 jets leased from Corvin Aviation.",
     "The airline expects to resume flights on Sunday.", ["Skyline Airways"], [], "flights resumed")  # fmt: skip
both(SHARED, "The Federal Reserve Bank of Ulm raised rates in March.",
     "Later the Bank signalled another rise in June.", ["Federal Reserve Bank of Ulm"], [], "rate signal")  # fmt: skip
both(SHARED, "The Grantley City Council approved the plan in March.",
     "The council will begin work on the bypass in July.", ["Grantley City Council"], [], "bypass work")  # fmt: skip
both(SHARED, "The Bank of Lismore held rates, but the Bank of Ostrava raised them.",
     "The Bank now expects inflation to peak in the spring.", [], ["Bank of Lismore"], "inflation forecast")  # fmt: skip
both(SHARED, "The Supreme Court of Veland sent the case back to the Appeals Court of Ravn.",
     "The court ruled 5-2 that the ban was lawful.", [], ["Supreme Court of Veland"], "ruling")  # fmt: skip
both(SHARED, "The Transport Workers Union backed the walkout, but the Rail Staff Union did not.",
     "The union said its members would stay at work.", [], ["Transport Workers Union"], "members stay at work")  # fmt: skip
both(SHARED, "The figures were published on Thursday.",
     "The ministry ordered schools in the district to close.", [], ["Ministry of Health"], "school closures")  # fmt: skip
both(SHARED, "Ardent Motors recalled 40,000 cars.",
     "The airline said no injuries had been reported.", [], ["Ardent Motors"], "recall statement")  # fmt: skip
both(SHARED, "The National Ballet Company shares its stage with the Opera Company of Varn.",
     "The company will tour six cities next spring.", [], ["National Ballet Company"], "tour")  # fmt: skip
both(SHARED, "The Ministry of Health asked the Ministry of Finance for funds.",
     "The ministry refused on Friday.", [], ["Ministry of Health"], "refusal")  # fmt: skip
both(SHARED, "The Harwell Agency for Food Standards recalled the product.",
     "The council said two batches were contaminated.", [], ["Harwell Agency for Food Standards"], "contamination finding")  # fmt: skip
both(SHARED, "The Grantley City Council approved the plan; Lowmoor Council rejected it.",
     "The council will appeal to the minister.", [], ["Grantley City Council"], "appeal")  # fmt: skip
both(
    SHARED,
    "The Bank of Lismore held rates at 4%.",
    "The court now expects inflation to peak.",
    [],
    ["Bank of Lismore"],
    "inflation forecast",
)
both(SHARED, "The Supreme Court of Veland heard the appeal in June.",
     "The bank ruled 5-2 that the ban was lawful.", [], ["Supreme Court of Veland"], "ruling")  # fmt: skip


both(SHARED, "The Harbour Pilots Association, which represents pilots at Skyline Air, asked for a mediator.",
     "The carrier said no flights would be cancelled this week.", ["Skyline Air"], ["Harbour Pilots Association"], "no cancellations")  # fmt: skip


# --- body-class ----------------------------------------------------------------------------

both(CLASS, "Qantara said on Tuesday that hackers had stolen the records of 2 million customers.",
     "The airline first noticed the breach on 30 June.", ["Qantara"], [], "breach noticed")  # fmt: skip
both(CLASS, "Vennor reported a 40% jump in quarterly profit.",
     "The company now plans to hire 2,000 engineers.", ["Vennor"], [], "hiring plan")  # fmt: skip
both(CLASS, "Ostrander & Lyle shut its Leicester warehouse.",
     "The retailer blamed falling online sales.", ["Ostrander & Lyle"], [], "warehouse closure blamed")  # fmt: skip
both(CLASS, "Drexa halted production at its Swindon plant after the attack.",
     "This week the carmaker said the shutdown had cost £150m.", ["Drexa"], [], "cost disclosed")  # fmt: skip
both(CLASS, "Lumio, the Finnish phone maker, missed its targets.",
     "The group will cut 3,000 jobs, most of them in Espoo.", ["Lumio"], [], "job cuts")  # fmt: skip
both(CLASS, "Pellucid posted a loss for the third quarter running.",
     "The firm said it would sell its radio business.", ["Pellucid"], [], "sale planned")  # fmt: skip
both(CLASS, "Crestline confirmed the data breach late on Friday.",
     "The lender said no passwords had been taken.", ["Crestline"], [], "breach statement")  # fmt: skip
both(CLASS, "BFX laid off 400 drivers in Ohio last month.",
     "The trucking company says demand has not recovered.", ["BFX"], [], "demand statement")  # fmt: skip
both(CLASS, "Aldgate Insurance paid out £30m after the floods.",
     "The insurer expects claims to double by spring.", ["Aldgate Insurance"], [], "claims forecast")  # fmt: skip
both(CLASS, "Telvana said its network had gone down at 7am.",
     "The operator restored service to most customers by noon.", ["Telvana"], [], "service restored")  # fmt: skip
both(CLASS, "Gravitas announced 500 job cuts on Wednesday.",
     "The business employs 9,000 people in Britain.", ["Gravitas"], [], "employment")  # fmt: skip
both(CLASS, "The Aerospace Workers Union reached a deal with Corvex on Wednesday.",
     "The union said members had voted it down.", [], ["Corvex"], "deal voted down")  # fmt: skip
both(CLASS, "Qantara leases its jets from Skyhaven Air.",
     "The airline first noticed the breach on 30 June.", [], ["Qantara"], "breach noticed")  # fmt: skip
both(CLASS, "Norland Post said deliveries would stop.",
     "The union began a strike on Saturday.", [], ["Norland Post"], "strike")  # fmt: skip
both(CLASS, "Orders fell in the third quarter.",
     "The company now plans to hire 2,000 engineers.", [], ["Vennor"], "hiring plan")  # fmt: skip
both(CLASS, "Nora Blix runs Pellucid.",
     "The firm said it would sell its radio business.", ["Pellucid"], ["Nora Blix"], "sale planned")  # fmt: skip
both(CLASS, "Vennor reported a jump in profit; its rival Ostrel reported a loss.",
     "The company now plans to cut 2,000 jobs.", [], ["Vennor"], "job cuts")  # fmt: skip
both(CLASS, "Crestline reported the breach to the Financial Conduct Office on Friday.",
     "The lender said no passwords had been taken.", ["Crestline"], ["Financial Conduct Office"], "breach statement")  # fmt: skip
both(CLASS, "Telvana said its network had failed. Rival operator Brightcall said the same.",
     "The operator restored service by noon.", [], ["Telvana"], "service restored")  # fmt: skip
both(CLASS, "Gravitas announced 500 job cuts.",
     "The ministry said it would review the cuts.", [], ["Gravitas"], "review")  # fmt: skip
both(CLASS, "Lumio and Varta both sell phones in Finland.",
     "The group will cut 3,000 jobs.", [], ["Lumio"], "job cuts")  # fmt: skip


# --- other-between -------------------------------------------------------------------------

both(BETWEEN, "Owen Pryce drove from Cardiff to Bristol on Monday.",
     "He then handed himself in at a police station.", ["Owen Pryce"], [], "surrender")  # fmt: skip
both(BETWEEN, "Tom Adair met Ms Ruth Kaur at the town hall.",
     "He later told reporters the talks had gone well.", ["Tom Adair"], [], "remarks")  # fmt: skip
both(BETWEEN, "Dana Whitlock spoke after the Harrow Trust published its report.",
     "She called the findings a scandal.", ["Dana Whitlock"], [], "findings condemned")  # fmt: skip
both(BETWEEN, "Kestrel Bank's chief, Mr Simon Hale, said profits rose.",
     "It will pay a dividend of 5p a share.", ["Kestrel Bank"], [], "dividend")  # fmt: skip
both(BETWEEN, "Brightwater Group opened a plant in France last year.",
     "It now employs 2,000 people there.", ["Brightwater Group"], [], "employment")  # fmt: skip
both(BETWEEN, "The Bank of Lismore's governor, Mrs Ana Rocha, spoke in Dublin.",
     "The Bank now expects inflation to peak in spring.", ["Bank of Lismore"], [], "inflation forecast")  # fmt: skip
both(BETWEEN, "Judge Helen Marsh heard evidence from Dr Paul Grant.",
     "The judge adjourned the case until June.", ["Helen Marsh"], [], "adjournment")  # fmt: skip
both(BETWEEN, "Velmora, which supplies Germany's carmakers, missed its forecast.",
     "It is cutting 1,200 jobs.", ["Velmora"], [], "job cuts")  # fmt: skip
both(BETWEEN, "Anna Feld thanked Mr Rourke for a clean campaign.",
     "She will take her seat next week.", ["Anna Feld"], [], "seat taken")  # fmt: skip
both(BETWEEN, "Qantara flew its first jet to Tokyo in 1965.",
     "The airline first noticed the breach on 30 June.", ["Qantara"], [], "breach noticed")  # fmt: skip
both(BETWEEN, "The Ministry of Health sent inspectors to the Larkfield clinic.",
     "The ministry ordered the clinic to close.", ["Ministry of Health"], [], "closure order")  # fmt: skip
both(BETWEEN, "Tom Adair met Mr Ben Kaur at the town hall.",
     "He later told reporters the talks had gone well.", [], ["Tom Adair"], "remarks")  # fmt: skip
both(BETWEEN, "Kestrel Bank sold the unit to Harrow Bank.",
     "The bank will close 40 branches.", [], ["Kestrel Bank"], "branch closures")  # fmt: skip
both(BETWEEN, "Owen Pryce was a passenger. Mr Colin Barr was driving when the crash happened.",
     "He admitted careless driving.", [], ["Owen Pryce"], "admission")  # fmt: skip
both(BETWEEN, "Brightwater Group reported a loss, and Orrin Foods cut its forecast.",
     "It will close two plants in Yorkshire.", [], ["Brightwater Group"], "plant closures")  # fmt: skip
both(BETWEEN, "Judge Helen Marsh sat with Judge Omar Said.",
     "The judge adjourned the case.", [], ["Helen Marsh"], "adjournment")  # fmt: skip
both(BETWEEN, "Anna Feld thanked Ms Clara Rourke for a clean campaign.",
     "She will take her seat next week.", [], ["Anna Feld"], "seat taken")  # fmt: skip
both(BETWEEN, "Velmora was outbid by Kasprzak for the contract.",
     "It will now build the bridge.", [], ["Velmora"], "bridge building")  # fmt: skip
both(BETWEEN, "The Transport Workers Union was joined by the Cleaners Union.",
     "The union said it would strike on Friday.", [], ["Transport Workers Union"], "strike")  # fmt: skip
both(BETWEEN, "Qantara and Skyhaven Air both reported breaches.",
     "The airline first noticed its breach on 30 June.", [], ["Qantara"], "breach noticed")  # fmt: skip
both(BETWEEN, "Austrian Chancellor Lena Hoffmann met Austrian President Karl Weiss.",
     "The Austrian leader signed a gas deal the next day.", [], ["Lena Hoffmann"], "gas deal signed")  # fmt: skip
both(BETWEEN, "Mayor Janet Okoye met Mayor Rosa Vidal of Arden.",
     "The mayor then walked across the bridge.", [], ["Janet Okoye"], "bridge walk")  # fmt: skip


both(BETWEEN, "Prime Minister Sara Holm said she had spoken with Mr Tomas Berg by phone.",
     "He invited her to Oslo for talks in May.", [], ["Sara Holm"], "invitation")  # fmt: skip
both(BETWEEN, "Pavel Dunaev met aid workers near Lviv on Thursday. The Polish president, meanwhile, stayed in Warsaw.",
     "He agreed to a meeting in Geneva within two weeks.", [], ["Pavel Dunaev"], "meeting agreed")  # fmt: skip


# --- no-standin ----------------------------------------------------------------------------

both(NONE, "Kestrel Bank was fined £12m on Tuesday.",
     "A spokesman said it had already repaid customers.", ["Kestrel Bank"], [], "repayment")  # fmt: skip
both(NONE, "Tom Adair spent ten years at the Treasury.",
     "Colleagues said he had drafted the reform himself.", ["Tom Adair"], [], "reform drafted")  # fmt: skip
both(NONE, "Velmora missed its sales forecast.",
     "Analysts expect that it will cut jobs within weeks.", ["Velmora"], [], "job cuts")  # fmt: skip
both(NONE, "Anna Feld was elected in 2019.",
     "Since then she has voted against every budget.", ["Anna Feld"], [], "votes against budgets")  # fmt: skip
both(NONE, "The Atlantic Fisheries Council met on Monday.",
     "Scientists had urged a cut, and it voted to lower the cod quota.", ["Atlantic Fisheries Council"], [], "quota vote")  # fmt: skip
both(NONE, "Marsh & Tanner was hacked in April.",
     "Shoppers were told that its stores would stay open.", ["Marsh & Tanner"], [], "stores kept open")  # fmt: skip
both(NONE, "Owen Pryce was stopped by police on the M4.",
     "Officers said he had been driving at 120mph.", ["Owen Pryce"], [], "speeding")  # fmt: skip
both(NONE, "Calder Airlines cancelled 600 flights.",
     "Passengers were angry because it gave no warning.", ["Calder Airlines"], [], "cancellations without warning")  # fmt: skip
both(NONE, "Judge Helen Marsh read the verdict.",
     "Then she sentenced both men to six years.", ["Helen Marsh"], [], "sentencing")  # fmt: skip
both(NONE, "Tarrant Holdings sold its port business.",
     "Shareholders cheered when it announced a special dividend.", ["Tarrant Holdings"], [], "dividend announced")  # fmt: skip
both(NONE, "Senator Dana Whitlock returned from Kyiv.",
     "Aides said she would introduce the bill on Monday.", ["Dana Whitlock"], [], "bill introduction")  # fmt: skip
both(NONE, "Velmora offered the union a 4% rise.",
     "Members turned it down on Friday.", [], ["Velmora"], "offer turned down")  # fmt: skip
both(NONE, "Tom Adair met the minister on Monday.",
     "The minister thanked him for his work.", [], ["Tom Adair"], "thanks")  # fmt: skip
both(NONE, "Owen Pryce was stopped by police on the M4.",
     "Officers arrested him an hour later.", [], ["Owen Pryce"], "arrest")  # fmt: skip
both(NONE, "Calder Airlines cancelled 600 flights.",
     "Passengers slept at the airport.", [], ["Calder Airlines"], "passengers stranded")  # fmt: skip
both(NONE, "Kestrel Bank was fined £12m.",
     "The regulator said the fine was a warning to others.", [], ["Kestrel Bank"], "warning")  # fmt: skip
both(NONE, "Anna Feld lost the vote.",
     "Her supporters marched to the town hall.", [], ["Anna Feld"], "march")  # fmt: skip
both(NONE, "The hearing was adjourned.",
     "He will return to court in May.", [], ["Owen Pryce"], "return to court")  # fmt: skip
both(NONE, "Tarrant Holdings sold its port business to Quay Partners.",
     "The buyer plans to expand the terminal.", [], ["Tarrant Holdings"], "terminal expansion")  # fmt: skip
both(NONE, "Marsh & Tanner was hacked in April.",
     "The attackers demanded a ransom.", [], ["Marsh & Tanner"], "ransom demand")  # fmt: skip
both(NONE, "Judge Helen Marsh read the verdict.",
     "The jury had deliberated for nine hours.", [], ["Helen Marsh"], "deliberation")  # fmt: skip
both(NONE, "Senator Dana Whitlock returned from Kyiv.",
     "The trip cost taxpayers $40,000.", [], ["Dana Whitlock"], "trip cost")  # fmt: skip


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
