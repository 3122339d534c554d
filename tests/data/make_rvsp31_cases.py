# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 31's organisation and place speakers
(``grounding_rvsp31.jsonl``, review rvsp31 of speakers31's rules): the same five readings
broken both ways with new texts, by category:

- ``body-it``: "It" opening a sentence after a relative clause, after the body's own quote,
  through "The statement"; refused: the other body of the page, "It" whose last subject is a
  thing another wrote ("The review ... It says"), a person's sentence before;
- ``body-noun``: "the company", "the firm", "the ministry", "the regulator", "the cartel",
  "the bloc", "the alliance", "the charity", "the watchdog" for the body named before;
  refused: the other body of the page, a member country, the one named as the object;
- ``capital-speaker``: "Tokyo", "New Delhi", "London", "Seoul", "Ottawa" for the government;
  refused: a capital as a place ("In Washington, officials said"), an embassy in a capital,
  a city's own council, mayor, police or court;
- ``pronoun-frame``: "Her verdict:", "His reply:", "Her warning:" after the speaker's
  sentence; refused: another woman the sentence before opens with, the other gender;
- ``joint-body``: "the two firms", "the pair", "both unions", "the partners" for a value
  naming both bodies; refused: a pair when three bodies speak together, one of the pair.

Run ``python tests/data/make_rvsp31_cases.py`` to rebuild it. Every article below was written
for this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvsp31.jsonl")

built = SupportCases(
    "rv31",
    leads=[
        "SYDNEY, March 4 (Harbour Newswire) -",
        "By Tomasz Wielgosz, Business Correspondent",
        "WORLD BRIEFING | Wednesday edition",
        "Filed from Brussels.",
    ],
)
IT, NOUN, CAPITAL, FRAME, JOINT = (
    "body-it", "body-noun", "capital-speaker", "pronoun-frame", "joint-body"
)  # fmt: skip


quote = built.page_quote


# body-it: "It" read back to the body; the other body, a thing's "It" refused
quote(IT, "at record levels", ["Siemens Energy"], ["GE Vernova"],
      "GE Vernova reported a jump in turbine orders on Tuesday.",
      'Siemens Energy raised its profit forecast on Wednesday. It said orders for grid equipment were "at record levels" in every region.')  # fmt: skip
quote(IT, "captured", ["Oxfam"], ["World Bank"],
      "The World Bank cut its forecast for global growth in June.",
      'Oxfam, which works in more than 80 countries, published its annual inequality report on Monday. It said the richest one per cent had "captured" two-thirds of all new wealth.')  # fmt: skip
quote(IT, "well into next year", ["Maersk"], ["Hapag-Lloyd"],
      "Hapag-Lloyd resumed a handful of sailings through the Suez Canal last week.",
      'Maersk said on Monday the Red Sea was "still too dangerous" for its crews. It added that the detour around Africa would last "well into next year".')  # fmt: skip
quote(IT, "entirely our responsibility", ["Network Rail"], ["South Western Railway"],
      "Thousands of South Western Railway passengers were stranded at Waterloo on Tuesday evening.",
      'Network Rail apologised on Wednesday. It said the signal failure near Clapham Junction was "entirely our responsibility".')  # fmt: skip
quote(IT, "the main brake", ["Airbus"], ["CFM International"],
      "Engine maker CFM International has promised faster deliveries this autumn.",
      'Airbus handed over 61 jets in May. The planemaker has struggled with its suppliers all year. It said the shortage of engines was "the main brake" on output.')  # fmt: skip
quote(IT, "a real danger", ["World Health Organization"], ["Médecins Sans Frontières"],
      "Médecins Sans Frontières closed its last treatment centre in the province in August.",
      'The World Health Organization declared the outbreak over on Friday. It warned that gaps in vaccination remained "a real danger" for children.')  # fmt: skip
quote(IT, "very difficult", ["Volvo Cars"], ["Geely"],
      "Geely, the Chinese group that owns most of the carmaker, reported higher sales.",
      'Volvo Cars cut 3,000 office jobs on Tuesday. It also said tariffs had made the American market "very difficult" for its electric models.')  # fmt: skip
quote(IT, "committed to reaching an agreement", ["Boeing"], ["International Association of Machinists"],
      "The International Association of Machinists rejected the latest contract on Sunday.",
      'Boeing issued a statement late on Friday. The statement did not mention the vote. It said the company remained "committed to reaching an agreement" with its workers.')  # fmt: skip
quote(IT, "without merit", [], ["Ryanair"],
      "Ryanair has sued Booking.com in Dublin over what it says is screen-scraping of its fares.",
      'Booking.com rejected the claim on Tuesday. It said the airline\'s case was "without merit" and would be defended.')  # fmt: skip
quote(IT, "unfair and unprecedented", ["Apple"], ["European Commission"],
      "The European Commission fined Apple €500m under the Digital Markets Act on Wednesday.",
      'Apple said it would appeal. It called the decision "unfair and unprecedented" in a statement to reporters.')  # fmt: skip
quote(IT, "never properly maintained", [], ["Network Rail"],
      "Network Rail commissioned an independent review after the derailment at Carmont.",
      'The review was led by the engineer Robert Mair. It says the drainage on the line was "never properly maintained".')  # fmt: skip
quote(IT, "a lost decade", ["Resolution Foundation"], ["Treasury"],
      "The Treasury will publish its spending plans next week.",
      'The Resolution Foundation released its annual audit of living standards on Monday. The audit was written by Resolution Foundation economists. It says the last ten years were "a lost decade" for pay.')  # fmt: skip
quote(IT, "room to grow", ["CVC Capital Partners"], ["Unilever"],
      "Unilever agreed on Friday to sell its tea business for €4.5bn.",
      'CVC Capital Partners is the buyer. It said the deal gave the brands "room to grow" outside a consumer giant.')  # fmt: skip
quote(IT, "harder to find", ["Lyft"], ["Uber"],
      "Uber posted its biggest quarterly profit on Tuesday.",
      'Lyft cut its forecast a day later. It said drivers were "harder to find" in several large cities.')  # fmt: skip
quote(IT, "bad faith", ["Teamsters"], ["UPS"],
      "UPS has offered drivers a five-year contract.",
      'The Teamsters said on Thursday that UPS had walked away from the table. It accused the company of "bad faith" in the final hours.')  # fmt: skip
quote(IT, "a turning point", ["Sam Altman"], ["OpenAI"],
      "OpenAI released its newest model on Monday.",
      'Its chief executive, Sam Altman, posted a long thread on X. It was "a turning point" for the field, he wrote.')  # fmt: skip
quote(IT, "a serious lapse", [], ["Heathrow"],
      "Heathrow closed for most of Friday after a fire at an electricity substation.",
      'The National Energy System Operator published its findings in June. The report covers the 18 hours of the outage. It says the airport\'s backup plan showed "a serious lapse" in planning.')  # fmt: skip
quote(IT, "the wrong priority", ["Communication Workers Union"], ["BT"],
      "BT announced on Thursday it would cut up to 55,000 jobs by 2030.",
      'The Communication Workers Union has called a meeting of its executive. It called the cuts "the wrong priority" for a profitable company.')  # fmt: skip

# body-noun: other nouns for the body named before; the other body refused
quote(NOUN, "at historic highs", [], ["Unilever"],
      "Unilever reported higher sales of ice cream on Wednesday.",
      'Nestlé cut its sales forecast on Thursday. The company, which makes KitKat and Nescafé, said coffee prices were "at historic highs".')  # fmt: skip
quote(NOUN, "accepted the findings in full", ["Deloitte"], ["Financial Reporting Council"],
      "The Financial Reporting Council fined Deloitte £1.2m on Tuesday over its audit of a failed builder.",
      'The firm said it had "accepted the findings in full" and changed its procedures.')  # fmt: skip
quote(NOUN, "ejected safely", ["Ministry of Defence"], ["BAE Systems"],
      "The Ministry of Defence confirmed on Tuesday that a Typhoon jet built by BAE Systems had crashed in Lincolnshire.",
      'The ministry said the pilot had "ejected safely" and was being treated in hospital.')  # fmt: skip
quote(NOUN, "failed to respond", ["Ofcom"], ["4chan"],
      "Ofcom opened an investigation into the message board 4chan on Wednesday.",
      'The regulator said the site had "failed to respond" to two legal requests for information.')  # fmt: skip
quote(NOUN, "robust", ["OPEC"], ["Saudi Arabia"],
      "OPEC left its oil demand forecast unchanged on Monday.",
      'The cartel, led by Saudi Arabia, said demand for crude would stay "robust" through next summer.')  # fmt: skip
quote(NOUN, "Moscow's war chest", ["European Union"], ["Hungary"],
      "The European Union agreed its nineteenth sanctions package on Thursday after Hungary dropped its veto.",
      'The bloc said the measures were aimed at "Moscow\'s war chest" and its fleet of ageing tankers.')  # fmt: skip
quote(NOUN, "a generational shift", ["NATO"], ["Spain"],
      "NATO leaders agreed a new spending target at their summit in The Hague, with Spain winning an exemption.",
      'The alliance said the goal of five per cent of output was "a generational shift" in defence.')  # fmt: skip
quote(NOUN, "exhausted and grieving", ["Save the Children"], ["UNRWA"],
      "UNRWA said on Monday its schools in the north were full of displaced families.",
      'Save the Children has closed two clinics in the area. The charity, which has worked there since 1953, said its staff were "exhausted and grieving".')  # fmt: skip
quote(NOUN, "a good outcome for customers", ["Competition and Markets Authority"], ["Vodafone"],
      "The Competition and Markets Authority cleared the merger of Vodafone and Three on Thursday.",
      'The watchdog said the binding promises on network spending were "a good outcome for customers".')  # fmt: skip
quote(NOUN, "extremely rare", [], ["National Highway Traffic Safety Administration"],
      "The National Highway Traffic Safety Administration posted a recall notice on Friday.",
      'Stellantis is recalling 1.2 million pickups over a faulty rear camera. The carmaker said the fault was "extremely rare" and no crashes had been reported.')  # fmt: skip
quote(NOUN, "generous", [], ["Communication Workers Union"],
      "BT announced a pay deal for engineers on Monday. The Communication Workers Union responded on Tuesday.",
      'The company said the rise was "generous" by the standards of the industry.')  # fmt: skip
quote(NOUN, "unnecessary", [], ["Ministry of Health"],
      "The Ministry of Health and the Ministry of Finance disagreed over the hospital budget on Monday.",
      'The ministry said the cuts were "unnecessary" and would cost lives.')  # fmt: skip
quote(NOUN, "fully united", ["ASEAN"], ["Indonesia"],
      "ASEAN foreign ministers met in Jakarta, where Indonesia hosted the talks.",
      'The bloc said its members were "fully united" on the South China Sea.')  # fmt: skip
quote(NOUN, "a natural fit", ["Star Alliance"], ["Lufthansa"],
      "Lufthansa has asked its partners to admit ITA Airways.",
      'Star Alliance confirmed the request on Monday. The alliance said the Italian airline was "a natural fit" for its network.')  # fmt: skip
quote(NOUN, "meritless", ["Visa"], ["Department of Justice"],
      "The Department of Justice sued Visa on Tuesday, accusing it of monopolising debit payments.",
      'The firm said the lawsuit was "meritless" and it would fight it.')  # fmt: skip
quote(NOUN, "a fair price", [], ["Aviva"],
      "Aviva agreed to buy Direct Line for £3.7bn in December.",
      'Direct Line\'s board recommended the bid. The insurer said it was "a fair price" for shareholders.')  # fmt: skip
quote(NOUN, "an attack on renters", [], ["Generation Rent"],
      "Generation Rent criticised the bill on Monday.",
      'The National Residential Landlords Association, which represents 100,000 landlords, said the plan was "an attack on renters" of every kind.')  # fmt: skip

quote(NOUN, "overcrowded beyond belief", ["Amnesty International"], ["Egypt"],
      "Amnesty International published a report on prisons in Egypt on Tuesday.",
      'The charity said the cells it visited were "overcrowded beyond belief".')  # fmt: skip
quote(NOUN, "let down", ["Financial Conduct Authority"], ["Barclays"],
      "The Financial Conduct Authority fined Barclays £40m on Wednesday.",
      'The regulator said the bank had "let down" customers in financial difficulty.')  # fmt: skip
quote(NOUN, "slower than expected", ["International Energy Agency"], ["China"],
      "The International Energy Agency cut its oil demand forecast on Thursday, citing weaker buying by China.",
      'The agency said the shift to electric cars was "slower than expected" in Europe.')  # fmt: skip

quote(NOUN, "a misunderstanding", [], ["Transport Workers Union"],
      "The Transport Workers Union took Qantas to the High Court over the sacking of ground staff.",
      'The firm said the outsourcing had been "a misunderstanding" of the law by the union.')  # fmt: skip
quote(NOUN, "fully cooperating", [], ["Jane Whitlow"],
      "The Securities Commission fined Jane Whitlow, a former trader, on Monday.",
      'The firm said it was "fully cooperating" with the inquiry.')  # fmt: skip

# capital-speaker: a capital for its government; a capital as a place, a city's bodies refused
quote(CAPITAL, "unacceptable", ["Japan"], ["China"],
      "Chinese coast guard ships entered the waters around the Senkaku Islands on Sunday.",
      'Tokyo called the incursion "unacceptable" and lodged a formal protest.')  # fmt: skip
quote(CAPITAL, "baseless", ["India"], ["Pakistan"],
      "Pakistan accused India of backing militants in Balochistan.",
      'New Delhi rejected the charge as "baseless" on Thursday.')  # fmt: skip
quote(CAPITAL, "a clear breach", ["United Kingdom"], ["Iran"],
      "Iran seized a tanker flagged in the Marshall Islands in the Gulf of Oman.",
      'London said the seizure was "a clear breach" of international law and summoned the Iranian ambassador.')  # fmt: skip
quote(CAPITAL, "very short notice", ["Australia"], ["China"],
      "Three Chinese warships held live-fire drills in the Tasman Sea on Friday.",
      'Canberra said it had been given "very short notice" and that airlines had to divert.')  # fmt: skip
quote(CAPITAL, "a grave provocation", ["South Korea"], ["North Korea"],
      "North Korea fired a ballistic missile into the sea on Wednesday.",
      'Seoul condemned the launch as "a grave provocation" and met Washington\'s envoy.')  # fmt: skip
quote(CAPITAL, "unjustified and unfair", ["Canada"], ["United States"],
      "The United States raised its tariff on Canadian lumber to 35 per cent.",
      'Ottawa said the duties were "unjustified and unfair" and would be challenged.')  # fmt: skip
quote(CAPITAL, "a hybrid attack", ["Poland"], ["Belarus"],
      "Balloons from Belarus crossed the border near Białystok on Tuesday night.",
      'Warsaw described the flights as "a hybrid attack" and closed two crossings.')  # fmt: skip
quote(CAPITAL, "a lifeline", ["Germany"], ["Ukraine"],
      "Ukraine received the first of four Patriot systems this month.",
      'Berlin said on Monday the air defences were "a lifeline" for Ukrainian cities.')  # fmt: skip
quote(CAPITAL, "an internal matter", ["China"], ["United States"],
      "The United States criticised the sentencing of Jimmy Lai in Hong Kong.",
      'Beijing, which rejects any foreign comment on the case, said it was "an internal matter".')  # fmt: skip
quote(CAPITAL, "deeply provocative", ["Russia"], ["Finland"],
      "Finland opened a new NATO base near the Russian border on Friday.",
      'Moscow later called the move "deeply provocative" and promised a response.')  # fmt: skip
quote(CAPITAL, "constructive", [], ["United States"],
      "Talks on a ceasefire resumed on Monday.",
      'In Washington, Ukrainian officials said the talks had been "constructive" but slow.')  # fmt: skip
quote(CAPITAL, "malicious slander", [], ["United Kingdom"],
      "A report by MPs accused China of spying on dissidents in Britain.",
      'The Chinese embassy in London said the report was "malicious slander".')  # fmt: skip
quote(CAPITAL, "life-threatening", [], ["Japan"],
      "Temperatures passed 39C across central Japan on Tuesday.",
      'Tokyo\'s metropolitan government said the heat was "life-threatening" and opened cooling shelters.')  # fmt: skip
quote(CAPITAL, "unenforceable", [], ["United Kingdom"],
      "A shipping firm sued a Russian insurer over a lost cargo.",
      'The High Court in London said on Friday the contract was "unenforceable" under sanctions law.')  # fmt: skip
quote(CAPITAL, "the worst night yet", [], ["Ukraine"],
      "Russia fired 40 missiles at Ukrainian cities overnight.",
      'Residents of Kyiv said it was "the worst night yet" of the war.')  # fmt: skip
quote(CAPITAL, "under control", [], ["India"],
      "Protests over the new law spread to several cities on Sunday.",
      'Delhi police said the situation was "under control" by nightfall.')  # fmt: skip
quote(CAPITAL, "modest", [], ["France"],
      "PARIS - The OECD published its economic outlook on Tuesday.",
      'The organisation said growth across its members would be "modest" next year.')  # fmt: skip
quote(CAPITAL, "a day of shame", [], ["United Kingdom"],
      "Thousands marched through central London on Saturday.",
      'London Mayor Sadiq Khan said the violence was "a day of shame" for the city.')  # fmt: skip
quote(CAPITAL, "an act of war", [], ["Germany"],
      "A drone hit a power station near the Polish border.",
      'Berlin\'s Senate said the attack on the grid was "an act of war" against Europe.')  # fmt: skip
quote(CAPITAL, "reckless", ["United States"], ["China"],
      "Chinese fighter jets flew within 20 metres of an American patrol plane.",
      'Washington urged Beijing to end what it called "reckless" manoeuvres over the sea.')  # fmt: skip

# pronoun-frame: the possessive frame after the speaker's sentence; another woman refused
quote(FRAME, "Inflation is where we want it.", ["Christine Lagarde"], ["Jerome Powell"],
      "Jerome Powell kept US rates on hold on Wednesday.",
      'Christine Lagarde spoke after the ECB\'s decision on Thursday. Her verdict: "Inflation is where we want it."')  # fmt: skip
quote(FRAME, "It will, because it must.", ["Friedrich Merz"], ["Lars Klingbeil"],
      "Lars Klingbeil has threatened to leave the coalition over pensions.",
      'Friedrich Merz was asked on Sunday whether the government would last. His reply: "It will, because it must."')  # fmt: skip
quote(FRAME, "Build, build, build.", ["Rachel Reeves"], ["Kemi Badenoch"],
      "Kemi Badenoch attacked the budget on Wednesday.",
      'Rachel Reeves defended her plans for housing in Leeds. Her message was: "Build, build, build."')  # fmt: skip
quote(FRAME, "We will not leave anyone behind.", ["Anwar Ibrahim"], ["Prabowo Subianto"],
      "Prabowo Subianto arrived for the summit on Saturday.",
      'Anwar Ibrahim opened the meeting as host. His promise to the region: "We will not leave anyone behind."')  # fmt: skip
quote(FRAME, "The water is safe to drink.", ["Ingrid Solberg"], ["Tor Haugen"],
      "Tor Haugen, the mayor, asked for calm on Monday.",
      'Ingrid Solberg, who runs the water board, met residents in the evening. Her answer to every question: "The water is safe to drink."')  # fmt: skip
quote(FRAME, "Spend it or lose it.", ["Mark Rutte"], ["Pedro Sánchez"],
      "Pedro Sánchez refused the new target on Tuesday.",
      'Mark Rutte was unmoved at the press conference. His warning: "Spend it or lose it."')  # fmt: skip
quote(FRAME, "Nobody is above the rules.", ["Margrethe Vestager"], ["Tim Cook"],
      "Tim Cook flew to Brussels for talks.",
      'Margrethe Vestager did not give ground. Her reply was short: "Nobody is above the rules."')  # fmt: skip
quote(FRAME, "Sell when others are greedy.", ["Warren Buffett"], ["Greg Abel"],
      "Greg Abel will take over as chief executive in January.",
      'Warren Buffett wrote his last letter to shareholders this week. His advice: "Sell when others are greedy."')  # fmt: skip
quote(FRAME, "Talk less, build more.", ["Claudia Sheinbaum"], ["Marcelo Ebrard"],
      "Marcelo Ebrard presented the industrial plan on Monday.",
      'Claudia Sheinbaum closed the event. Her words to the governors: "Talk less, build more."')  # fmt: skip
quote(FRAME, "We are ready for the next one.", ["Emmanuel Macron"], ["Giorgia Meloni"],
      "Giorgia Meloni pressed Emmanuel Macron on migration at the summit.",
      'Emmanuel Macron answered at length. His line: "We are ready for the next one."')  # fmt: skip
quote(FRAME, "The numbers are falling.", ["Priti Patel"], ["Yvette Cooper"],
      "MPs debated the asylum figures on Tuesday.",
      'Yvette Cooper opened the debate for the government. Priti Patel then rose to reply. Her words: "The numbers are falling."')  # fmt: skip
quote(FRAME, "The market will decide.", [], ["Kristalina Georgieva"],
      "Kristalina Georgieva spoke in Washington on Monday.",
      'Gita Gopinath answered questions in the afternoon. Her view: "The market will decide."')  # fmt: skip
quote(FRAME, "I am staying.", [], ["Angela Rayner"],
      "Angela Rayner was asked about her future on Sunday.",
      'Keir Starmer backed her in the evening. His words: "I am staying."')  # fmt: skip
quote(FRAME, "Enough is enough.", [], ["Marine Le Pen"],
      "Marine Le Pen addressed the rally in Nice.",
      'Jordan Bardella spoke after her. His message: "Enough is enough."')  # fmt: skip
quote(FRAME, "We owe them an apology.", [], ["Jacinda Ardern"],
      "Jacinda Ardern visited the town on Friday.",
      'Chris Hipkins met the families the next day. Nicola Willis joined him. Her words: "We owe them an apology."')  # fmt: skip
quote(FRAME, "Trust the process.", [], ["Olaf Scholz"],
      "Olaf Scholz held a press conference on Tuesday.",
      'Annalena Baerbock was asked about the talks. Her answer: "Trust the process."')  # fmt: skip
quote(FRAME, "I regret nothing.", [], ["Liz Truss"],
      "Liz Truss appeared before the committee on Monday.",
      'Kwasi Kwarteng gave evidence after her. His verdict: "I regret nothing."')  # fmt: skip
quote(FRAME, "This is not a drill.", [], ["Ursula von der Leyen"],
      "Ursula von der Leyen announced the plan on Thursday.",
      'Kaja Kallas briefed ministers later. Roberta Metsola followed her. Her warning: "This is not a drill."')  # fmt: skip
quote(FRAME, "Hold the line.", [], ["Volodymyr Zelensky"],
      "Volodymyr Zelensky visited the front on Sunday.",
      'Oleksandr Syrskyi briefed commanders afterwards. His order: "Hold the line."')  # fmt: skip
quote(FRAME, "The fund is open.", [], ["Ngozi Okonjo-Iweala"],
      "Ngozi Okonjo-Iweala spoke at the WTO on Tuesday.",
      'Amina Mohammed closed the session. Her words: "The fund is open."')  # fmt: skip

# joint-body: a pair told "the two firms", "the pair", "both unions"
quote(JOINT, "pushed back to 2027", ["Sony and Honda"], ["Sony"],
      "Sony and Honda formed Afeela to build electric cars in 2022.",
      'The two firms said on Monday the first deliveries had been "pushed back to 2027" in Japan.')  # fmt: skip
quote(JOINT, "a copper champion", ["Anglo American and Teck Resources"], ["Teck Resources"],
      "Anglo American and Teck Resources agreed to merge on Tuesday.",
      'The pair said the combined group would be "a copper champion" based in Vancouver.')  # fmt: skip
quote(JOINT, "nowhere near enough", ["Unite and Unison"], ["Unison"],
      "Unite and Unison rejected the pay offer from Scotland's councils on Friday.",
      'Both unions said the rise of 3.6 per cent was "nowhere near enough" for school staff.')  # fmt: skip
quote(JOINT, "a strong foundation", ["Microsoft and OpenAI"], ["OpenAI"],
      "Microsoft and OpenAI signed a new agreement on Tuesday.",
      'The partners said the deal laid "a strong foundation" for the next phase of their work.')  # fmt: skip
quote(JOINT, "complete", ["Vodafone and Three"], ["Three"],
      "Vodafone and Three finished their merger on Friday after two years of review.",
      'The companies said the deal was now "complete" and the new brand would follow.')  # fmt: skip
quote(JOINT, "a shared commitment", ["Greenpeace and WWF"], ["WWF"],
      "Greenpeace and WWF wrote to the fisheries minister on Wednesday.",
      'Both groups said the new quotas broke "a shared commitment" to the ocean treaty.')  # fmt: skip
quote(JOINT, "a more reliable service", ["Qantas and Emirates"], ["Emirates"],
      "Qantas and Emirates extended their partnership by five years on Thursday.",
      'The two airlines said passengers would get "a more reliable service" on routes through Dubai.')  # fmt: skip
quote(JOINT, "sustainable farming", ["Danone and Nestlé"], ["Nestlé"],
      "Danone and Nestlé launched a joint fund for dairy farmers on Monday.",
      'The two food makers said the money would go to "sustainable farming" in France and Switzerland.')  # fmt: skip
quote(JOINT, "no redundancies", ["Santander and TSB"], ["TSB"],
      "Santander and TSB agreed terms on Tuesday for the sale of the bank.",
      'The two banks said there would be "no redundancies" in branches this year.')  # fmt: skip
quote(JOINT, "the best offer on the table", ["GMB and Unison"], ["GMB"],
      "GMB and Unison balloted council staff in Birmingham.",
      'Both unions said the deal was "the best offer on the table" and urged members to accept.')  # fmt: skip
quote(JOINT, "a European champion", [], ["Airbus and Thales"],
      "Airbus, Thales and Leonardo signed a deal on Thursday to merge their satellite units.",
      'The companies said the new business would be "a European champion" in space.')  # fmt: skip
quote(JOINT, "fully funded", [], ["Unilever and Danone"],
      "Unilever and Nestlé agreed to share a recycling plant in the Netherlands.",
      'The two companies said the plant was "fully funded" by the partners.')  # fmt: skip
quote(JOINT, "premature", [], ["Shell and BP"],
      "Shell and BP both reported weaker profits on Tuesday.",
      'BP said talk of a merger was "premature" and it would stay independent.')  # fmt: skip
quote(JOINT, "an orderly process", [], ["Nissan and Honda"],
      "Nissan and Honda ended their merger talks on Thursday.",
      'Nissan said the end had been "an orderly process" for both sides.')  # fmt: skip
quote(JOINT, "a landmark", [], ["RMT and ASLEF"],
      "The RMT, ASLEF and TSSA jointly welcomed the rail bill on Monday.",
      'The unions said the return to public ownership was "a landmark" for passengers.')  # fmt: skip
quote(JOINT, "on track", [], ["Boeing and Airbus"],
      "Boeing and Airbus both delivered fewer jets in October.",
      'The company said its deliveries were "on track" for the year.')  # fmt: skip
quote(JOINT, "deeply disappointing", [], ["Unite and GMB"],
      "Unite and GMB members at the depot will vote next week.",
      'Unite said the company\'s offer was "deeply disappointing" for drivers.')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
