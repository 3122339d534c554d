# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 68-69's organisation and place speakers
(``grounding_orgspeakers69.jsonl``): a quote whose speaker is a body or a country, or a person
a possessive frame points to, read back through words that name no one, by category, each
with what must pass and what must fail:

- ``body-it``: a sentence that opens "It [later] said/accuses" after sentences whose subject
  is the body (or "the carrier", "the airline" for it), and "what it calls" / "as it put it"
  after the body's own "said" (:mod:`summarizer.verification.quotes.body_pronouns`); the other
  side (the union for the company's "it", the company for the union's), a body named as the
  subject in between, and a person stay refused;
- ``body-noun``: "the union, which represents ..., said", "the union" for a body named an
  association or federation, "the group" after a list of member countries with an acronym
  ("the UAE") (:mod:`summarizer.verification.quotes.collective_speakers`); the employer, a
  member country, another union named nearer stay refused;
- ``capital-speaker``: "Washington called ...", "Moscow said", "Beijing accused" for the
  country, and the country for its capital (:mod:`country_bodies`); another country's
  capital, the country named as the object, stay refused;
- ``pronoun-frame``: "Her words: "..."", "His line was: "..."" after a sentence whose subject
  is the speaker (:mod:`summarizer.verification.quotes.pronoun_frames`); the person named
  as the object, a person of the other gender, a frame after a sentence opening with
  someone else, stay refused;
- ``joint-body``: "The companies said", "the two carriers said", "Both companies called" for
  a value naming both bodies (:mod:`summarizer.verification.quotes.joint_speakers`); one of
  the two alone, a pair with a third body named on the page, another speaker's quote stay
  refused.

Run ``python tests/data/make_orgspeakers69_cases.py`` to rebuild it. Every article below was
written for this set in its own words; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_orgspeakers69.jsonl")

built = SupportCases(
    "os69",
    leads=[
        "TORONTO (Lakeshore Wire) -",
        "By Helen Achterberg | The Harbour Gazette",
        "LIVE: business desk",
        "From our correspondent in Geneva.",
        "MARKETS MORNING | Issue 88",
    ],
)
IT, NOUN, CAPITAL, FRAME, JOINT = (
    "body-it", "body-noun", "capital-speaker", "pronoun-frame", "joint-body"
)  # fmt: skip


quote = built.page_quote


# body-it: "It" after the body's own sentences
quote(IT, "reckless", ["WestJet"], ["Aircraft Mechanics Fraternal Association"],
      "Mechanics at WestJet walked off the job on Friday evening after talks with the Aircraft Mechanics Fraternal Association broke down.",
      'WestJet cancelled more than 400 flights on Saturday. The airline expects to run a reduced schedule until Tuesday. It called the walkout "reckless" and asked Ottawa to step in.')  # fmt: skip
quote(IT, "a misunderstanding", ["Unifor"], ["General Motors"],
      "Unifor reached a tentative deal with General Motors late on Sunday.",
      'Unifor had told members on Friday to prepare for a strike. It later said the message was "a misunderstanding" and that bargaining had never stopped.')  # fmt: skip
quote(IT, "unlawful", ["Royal Mail"], ["Communication Workers Union"],
      "Royal Mail said on Monday it would take the Communication Workers Union to court over the ballot.",
      'Royal Mail believes the vote broke the rules on postal ballots. It accuses the union of running an "unlawful" campaign in its depots.')  # fmt: skip
quote(IT, "deeply regrettable", ["Deutsche Bahn"], ["GDL"],
      "The train drivers' union GDL has called a six-day strike on German railways.",
      'Deutsche Bahn says it will run about a fifth of its long-distance trains. The operator has asked a court to halt the action. It called the strike "deeply regrettable" in a statement.')  # fmt: skip
quote(IT, "a fair and final offer", ["Canada Post"], ["Canadian Union of Postal Workers"],
      "The Canadian Union of Postal Workers rejected the latest offer on Tuesday.",
      'Canada Post had hoped for a vote by members. It says the package is "a fair and final offer" and will not reopen it.')  # fmt: skip
quote(IT, "a recipe for chaos", ["Ryanair"], ["European Commission"],
      "Ryanair criticised the European Commission's new rules on delay compensation on Wednesday.",
      'Ryanair carries more passengers than any other airline in Europe. It described the rules as "a recipe for chaos" for travellers.')  # fmt: skip
quote(IT, "a path to pay restoration", ["British Medical Association"], ["Department of Health"],
      "Resident doctors in England will strike for five days from Friday, the British Medical Association said after talks with the Department of Health ended.",
      'The union said ministers had two weeks to return to talks on what it calls "a path to pay restoration".')  # fmt: skip
quote(IT, "fair pay for fair work", ["Unite"], ["Birmingham City Council"],
      "Bin collectors in Birmingham will stay on strike through the summer.",
      'Unite said the council had refused to discuss what it called "fair pay for fair work" for its members.')  # fmt: skip
quote(IT, "historic", ["OPEC+"], ["Kazakhstan"],
      "OPEC+ agreed on Sunday to raise output again in November.",
      'The group said the decision followed what it described as a "historic" period of market stability.')  # fmt: skip
quote(IT, "a breach of trust", ["Samsung Electronics"], ["National Samsung Electronics Union"],
      "Samsung Electronics posted a fall in quarterly profit on Thursday.",
      'Samsung Electronics said the leak of its chip plans was what it termed "a breach of trust" by a former supplier.')  # fmt: skip
quote(IT, "no longer viable", [], ["Air Canada"],
      "Air Canada said it had cancelled more than 600 flights.",
      'The union says talks are deadlocked. It calls the airline\'s pay offer "no longer viable" for junior crew.')  # fmt: skip
quote(IT, "illegal", [], ["Canada Post"],
      "Canada Post has asked the labour board to end the strike.",
      'The Canadian Union of Postal Workers says the request is an attack on bargaining. It accuses the corporation of an "illegal" lockout of rural carriers.')  # fmt: skip
quote(IT, "unacceptable", [], ["Tesla"],
      "Tesla has refused to sign a collective agreement in Sweden.",
      'IF Metall, the Swedish union, has widened the strike to ports. It said the refusal was "unacceptable" in a country of collective bargaining.')  # fmt: skip
quote(IT, "a very good day", [], ["Boeing"],
      "Boeing shares rose four per cent on Tuesday.",
      'Kelly Ortberg told staff the deal was done. It was "a very good day" for the company, he said.')  # fmt: skip
quote(IT, "illegitimate", [], ["Volkswagen"],
      "Volkswagen has announced plans to close plants in Germany.",
      'IG Metall said the works council would fight the closures, which the company calls "illegitimate" savings.')  # fmt: skip
quote(IT, "premature", [], ["Ford"],
      "Ford and the United Auto Workers resumed talks on Monday.",
      'The United Auto Workers said Ford had made an offer, but what it called "premature" promises were not enough.')  # fmt: skip
quote(IT, "a clean record", [], ["Maersk"],
      "Maersk said on Thursday it would keep its ships away from the Red Sea.",
      'Hapag-Lloyd announced the same step an hour later. It said it had "a clean record" on crew safety and would keep it.')  # fmt: skip
quote(IT, "deeply flawed", [], ["Heathrow"],
      "Heathrow wants a third runway by 2035.",
      'The Civil Aviation Authority published its review on Friday. It said the airport\'s cost plan was "deeply flawed" and must be redone.')  # fmt: skip
quote(IT, "a serious threat", ["Greenpeace"], ["Shell"],
      "Greenpeace has taken Shell to court in the Netherlands over new gas fields.",
      'Greenpeace filed the claim on Monday. It called the drilling "a serious threat" to the climate goals the company signed up to.')  # fmt: skip
quote(IT, "not credible", [], ["Thames Water"],
      "Thames Water has asked for a bigger rise in bills.",
      'Ofwat, the regulator, has twice rejected the plan. It found the company\'s cost figures "not credible" last year.')  # fmt: skip

# body-noun: "the union" and its kin, over an aside, after a list of members
quote(NOUN, "effective immediately", ["Canadian Union of Postal Workers"], ["Canada Post"],
      "The Canadian Union of Postal Workers called a national strike on Thursday after Canada Post announced cuts.",
      'The union, which represents 55,000 carriers and clerks, said the walkout was "effective immediately."')  # fmt: skip
quote(NOUN, "a betrayal", ["National Education Union"], ["Department for Education"],
      "The National Education Union will ballot teachers in England over pay.",
      'The union, whose members voted by 93% to reject the award, said the offer from the Department for Education was "a betrayal" of staff.')  # fmt: skip
quote(NOUN, "an open goal", ["Professional Footballers' Association"], ["Premier League"],
      "The Professional Footballers' Association has written to the Premier League about the fixture list.",
      'The union said the packed calendar was "an open goal" for injuries.')  # fmt: skip
quote(NOUN, "the worst in a generation", ["Royal College of Nursing"], ["NHS England"],
      "The Royal College of Nursing published its staffing survey on Tuesday.",
      'The union, which has about half a million members, said shortages were "the worst in a generation."')  # fmt: skip
quote(NOUN, "market conditions", ["OPEC+"], ["UAE", "Saudi Arabia"],
      "OPEC+ met online on Sunday. The members that have raised output this year, Saudi Arabia, Russia, Iraq, the UAE, Kuwait, Kazakhstan, Algeria and Oman, agreed a small rise for December.",
      'Further increases were paused because of "market conditions", the group said.')  # fmt: skip
quote(NOUN, "a fragile market", ["OPEC"], ["US", "Venezuela"],
      "OPEC kept its demand forecast unchanged on Wednesday. Output from Venezuela and the US rose in June.",
      'The group said producers faced "a fragile market" in the second half.')  # fmt: skip
quote(NOUN, "a historic step", ["Trades Union Congress"], ["Treasury"],
      "The Trades Union Congress welcomed the employment bill on Thursday.",
      'The union body said the bill was "a historic step" for low-paid workers.')  # fmt: skip
quote(NOUN, "premature and irresponsible", ["Fire Brigades Union"], ["Home Office"],
      "The Fire Brigades Union criticised the closure of six stations.",
      'The union, which balloted members last month, said the plans were "premature and irresponsible."')  # fmt: skip
quote(NOUN, "an insult", ["British Medical Association"], ["NHS Confederation"],
      "The British Medical Association rejected the pay award on Monday.",
      'The union said the 4% rise was "an insult" to doctors.')  # fmt: skip
quote(NOUN, "decisive action", ["ASEAN"], ["Thailand", "Cambodia"],
      "ASEAN foreign ministers met in Kuala Lumpur as Thailand and Cambodia traded fire on their border.",
      'The bloc, which Malaysia chairs this year, said the crisis needed "decisive action."')  # fmt: skip
quote(NOUN, "a scandal", [], ["Canada Post"],
      "Canada Post announced the end of door-to-door delivery on Thursday.",
      'The Canadian Union of Postal Workers, which represents most carriers, said the cuts were "a scandal."')  # fmt: skip
quote(NOUN, "out of touch", [], ["Department for Education"],
      "The Department for Education published the pay award on Tuesday.",
      'The National Education Union, which will ballot members, said ministers were "out of touch."')  # fmt: skip
quote(NOUN, "a fair offer", [], ["Unite"],
      "Unite has called more strikes at the depots.",
      'The company, which employs 900 drivers, said its proposal was "a fair offer."')  # fmt: skip
quote(NOUN, "wholly unjustified", [], ["British Medical Association"],
      "The British Medical Association announced the strike dates on Wednesday. Wes Streeting met the Royal College of Nursing an hour later.",
      'The union said the walkout was "wholly unjustified" for its members.')  # fmt: skip
quote(NOUN, "stable demand", [], ["UAE"],
      "OPEC+ met on Sunday. The eight members, Saudi Arabia, Russia, Iraq, the UAE, Kuwait, Kazakhstan, Algeria and Oman, agreed a pause.",
      'The group said it expected "stable demand" next year.')  # fmt: skip
quote(NOUN, "a dangerous precedent", [], ["Meta"],
      "Meta was fined by the European Commission on Monday.",
      'The Commission, which enforces the law, said the case set "a dangerous precedent" for the sector.')  # fmt: skip
quote(NOUN, "an overreach", [], ["Canadian Union of Public Employees"],
      "The Canadian Union of Public Employees called the back-to-work order illegal.",
      'The board, which rules on labour disputes, said the union\'s position was "an overreach."')  # fmt: skip
quote(NOUN, "never again", [], ["Malaysia"],
      "ASEAN leaders met in Kuala Lumpur as Malaysia chaired the bloc.",
      'The bloc, which has ten members, said the border war must happen "never again."')  # fmt: skip
quote(NOUN, "a serious error", [], ["Unite"],
      "Unite balloted drivers at the depot. GMB said it would not join the strike.",
      'The union, which represents some of the drivers, said the walkout was "a serious error."')  # fmt: skip
quote(NOUN, "the lowest since 2009", [], ["Saudi Arabia"],
      "Saudi Arabia cut its official selling prices again. OPEC published its monthly report on Wednesday.",
      'The group said spare capacity was "the lowest since 2009."')  # fmt: skip

# capital-speaker: a capital for its country's government, and the reverse
quote(CAPITAL, "unprovoked terror attacks", ["United States"], ["Yemen", "Iran"],
      "Houthi forces attacked two cargo ships in the Red Sea this week. Iran denied any role.",
      'Washington called both attacks "unprovoked terror attacks".')  # fmt: skip
quote(CAPITAL, "a hostile act", ["Russia"], ["Ukraine", "Estonia"],
      "Estonia detained a tanker of the shadow fleet off its coast on Friday; Ukraine welcomed the step.",
      'Moscow said the seizure was "a hostile act" and summoned the Estonian envoy.')  # fmt: skip
quote(CAPITAL, "groundless", ["China"], ["Philippines"],
      "Two coast guard ships collided near Scarborough Shoal on Monday, the Philippines said.",
      'Beijing dismissed the account as "groundless" and said its ships acted lawfully.')  # fmt: skip
quote(CAPITAL, "a dangerous escalation", ["Ukraine"], ["Russia"],
      "Russia launched more than 500 drones overnight, the air force said.",
      'Kyiv called the strike "a dangerous escalation" and asked allies for more air defence.')  # fmt: skip
quote(CAPITAL, "null and void", ["Beijing"], ["Taipei"],
      "China's foreign ministry rejected the visit by a US delegation to Taiwan.",
      'China said the arrangement was "null and void" and warned Taipei to stop.')  # fmt: skip
quote(CAPITAL, "a clear violation", ["France"], ["Algeria"],
      "Algeria expelled twelve French officials on Monday.",
      'Paris called the move "a clear violation" of diplomatic practice and answered in kind.')  # fmt: skip
quote(CAPITAL, "deeply concerning", ["United Kingdom"], ["Iran"],
      "Iran sentenced a British couple to ten years in prison on Tuesday.",
      'London said the sentence was "deeply concerning" and called in the ambassador.')  # fmt: skip
quote(CAPITAL, "a sovereign decision", ["Germany"], ["Poland"],
      "Poland extended checks at its western border on Thursday.",
      'Berlin described the step as "a sovereign decision" that it would respect.')  # fmt: skip
quote(CAPITAL, "unacceptable interference", ["India"], ["Canada"],
      "Canada expelled six Indian diplomats over a murder inquiry.",
      'New Delhi rejected the charges as "unacceptable interference" in its affairs.')  # fmt: skip
quote(CAPITAL, "a provocation", ["Washington"], ["Venezuela"],
      "Venezuela said it had seized a tanker in the Caribbean.",
      'The United States called the seizure "a provocation" and moved warships closer.')  # fmt: skip
quote(CAPITAL, "economic blackmail", [], ["United States"],
      "Washington raised tariffs on Chinese goods to 50% on Friday.",
      'Beijing condemned the step as "economic blackmail" and promised to respond.')  # fmt: skip
quote(CAPITAL, "terrorism", [], ["Ukraine"],
      "Ukraine struck an oil refinery in southern Russia overnight.",
      'Moscow called the attack "terrorism" and vowed a reply.')  # fmt: skip
quote(CAPITAL, "pure fiction", [], ["Russia"],
      "Russia said its forces had taken two villages in the east.",
      'Kyiv called the claim "pure fiction" on Tuesday.')  # fmt: skip
quote(CAPITAL, "a betrayal", [], ["France"],
      "France recognised a Palestinian state on Monday.",
      'Washington called the decision "a betrayal" of allies working for a truce.')  # fmt: skip
quote(CAPITAL, "a threat to peace", [], ["China"],
      "China held large drills around Taiwan on Tuesday.",
      'Taipei called the exercises "a threat to peace" in the region.')  # fmt: skip
quote(CAPITAL, "lawful self-defence", [], ["Israel"],
      "Israel struck targets in Iran on Friday.",
      'Tehran rejected the claim of "lawful self-defence" and promised retaliation.')  # fmt: skip
quote(CAPITAL, "irresponsible", [], ["Germany"],
      "Germany said it would send more air defence systems to Ukraine.",
      'Moscow called the decision "irresponsible" and warned Berlin.')  # fmt: skip
quote(CAPITAL, "a generous offer", ["United Kingdom"], ["European Union"],
      "Britain offered a trade deal to the EU on Monday.",
      'Brussels called the offer "insufficient", while London said it was "a generous offer" from Britain.')  # fmt: skip
quote(CAPITAL, "aggressive", [], ["Japan"],
      "Japan protested after Chinese ships entered its waters near the Senkaku Islands.",
      'Beijing called Tokyo\'s protest "aggressive" on Wednesday.')  # fmt: skip
quote(CAPITAL, "inevitable", [], ["United States"],
      "The United States and China agreed to extend their tariff truce.",
      'Beijing called further talks "inevitable" and praised Washington for listening.')  # fmt: skip

# pronoun-frame: "Her words:" after a sentence whose subject is the speaker
quote(FRAME, "It is time to turn off the tap.", ["Ursula von der Leyen"], ["Kaja Kallas"],
      "The Commission unveiled its nineteenth sanctions package on Friday, after Kaja Kallas briefed ministers.",
      'In a short video, Commission President Ursula von der Leyen proposed an end to Russian gas imports by 2027. Her line was: "It is time to turn off the tap."')  # fmt: skip
quote(FRAME, "The vote failed by the slimmest of margins.", ["Deborah VanNierop"], ["Brandon Bryant"],
      "Machinists at Boeing's defence plants rejected the offer again, said union organiser Brandon Bryant.",
      'Deborah VanNierop, a Boeing spokeswoman, called the union\'s account misleading. Her words: "The vote failed by the slimmest of margins."')  # fmt: skip
quote(FRAME, "We will not be intimidated.", ["Mark Carney"], ["Donald Trump"],
      "Donald Trump raised tariffs on Canadian goods to 35% on Friday.",
      'Prime Minister Mark Carney answered within the hour. His message: "We will not be intimidated."')  # fmt: skip
quote(FRAME, "This is not the end of the road.", ["Claudia Sheinbaum"], ["Marcelo Ebrard"],
      "Economy minister Marcelo Ebrard returned from Washington on Thursday without a deal.",
      'President Claudia Sheinbaum spoke at her morning briefing. Her verdict: "This is not the end of the road."')  # fmt: skip
quote(FRAME, "The lights will stay on.", ["Ed Miliband"], ["Kemi Badenoch"],
      "Kemi Badenoch accused the government of risking blackouts.",
      'Energy Secretary Ed Miliband rejected the charge in the Commons. His reply was: "The lights will stay on."')  # fmt: skip
quote(FRAME, "Solidarity is not a slogan.", ["Mette Frederiksen"], ["Ulf Kristersson"],
      "Nordic leaders met in Oslo on Tuesday, with Sweden's Ulf Kristersson arriving late.",
      'Danish Prime Minister Mette Frederiksen opened the meeting. Her words were: "Solidarity is not a slogan."')  # fmt: skip
quote(FRAME, "We have done our part.", ["Anthony Albanese"], ["Penny Wong"],
      "Foreign Minister Penny Wong flew to Jakarta for the talks.",
      'In Canberra, Anthony Albanese defended the climate target. His argument: "We have done our part."')  # fmt: skip
quote(FRAME, "The rules apply to everyone.", ["Teresa Ribera"], ["Satya Nadella"],
      "Microsoft's chief executive Satya Nadella had promised changes to Teams in Europe.",
      'Competition chief Teresa Ribera accepted the commitments on Wednesday. Her comment: "The rules apply to everyone."')  # fmt: skip
quote(FRAME, "Nobody wins a trade war.", ["Luiz Inacio Lula da Silva"], ["Donald Trump"],
      "Donald Trump put a 50% tariff on Brazilian goods in July.",
      'Luiz Inacio Lula da Silva answered at a rally in Sao Paulo. His line: "Nobody wins a trade war."')  # fmt: skip
quote(FRAME, "Our patience has limits.", ["Giorgia Meloni"], ["Elly Schlein"],
      "Elly Schlein called the migration deal a failure on Monday.",
      'Giorgia Meloni defended it in the Senate the next day. Her answer: "Our patience has limits."')  # fmt: skip
quote(FRAME, "No deal is better than this deal.", [], ["Ursula von der Leyen"],
      "Ursula von der Leyen presented the trade deal to the European Parliament.",
      'French MEP Manon Aubry led the opposition to it. Her words: "No deal is better than this deal."')  # fmt: skip
quote(FRAME, "We will fight this in court.", [], ["Donald Trump"],
      "Donald Trump ordered the National Guard into Portland on Saturday.",
      'Governor Tina Kotek said the state would sue. Her message: "We will fight this in court."')  # fmt: skip
quote(FRAME, "Prices are falling.", [], ["Rachel Reeves"],
      "Rachel Reeves delivered her budget on Wednesday.",
      'Andrew Bailey, the Bank of England governor, was more cautious. His verdict: "Prices are falling."')  # fmt: skip
quote(FRAME, "Europe must grow up.", [], ["Emmanuel Macron"],
      "Emmanuel Macron hosted the summit in Paris on Monday.",
      'German Chancellor Friedrich Merz spoke after him. His line was: "Europe must grow up."')  # fmt: skip
quote(FRAME, "The border stays closed.", [], ["Mark Rutte"],
      "Mark Rutte met Polish officials in Warsaw on Thursday.",
      'Donald Tusk was blunt about Belarus. His words: "The border stays closed."')  # fmt: skip
quote(FRAME, "I will not resign.", [], ["Keir Starmer"],
      "Keir Starmer met Angela Rayner on Friday morning.",
      'Angela Rayner left Downing Street an hour later. Her words: "I will not resign."')  # fmt: skip
quote(FRAME, "This is a good day for workers.", [], ["Kamala Harris"],
      "Kamala Harris visited the picket line in Detroit.",
      'Shawn Fain welcomed her there. His line: "This is a good day for workers."')  # fmt: skip
quote(FRAME, "We are not for sale.", [], ["Donald Trump"],
      "Donald Trump again said the United States should own Greenland.",
      'Greenland\'s premier Jens-Frederik Nielsen replied on Facebook. His answer: "We are not for sale."')  # fmt: skip
quote(FRAME, "The data is clear.", [], ["Robert F. Kennedy Jr."],
      "Robert F. Kennedy Jr. removed members of the vaccine panel on Monday.",
      'Susan Monarez, the CDC director, objected in a memo. Her verdict: "The data is clear."')  # fmt: skip
quote(FRAME, "We stand with Ukraine.", [], ["Alexander Stubb"],
      "Alexander Stubb met Volodymyr Zelensky in Helsinki.",
      'Mette Frederiksen joined them by video. Her message: "We stand with Ukraine."')  # fmt: skip


# transcripts and live blogs: the frame or the "It" inside a labelled turn or a timed entry
quote(FRAME, "We will not pay twice for the same road.", ["Karin Lindqvist"], ["Jonas Berg"],
      "ANNA HOLM (host): The toll plan is back before the council. Jonas, what happened?",
      "JONAS BERG: Anna, the vote is next week. This morning, Mayor Karin Lindqvist told reporters the plan would not pass in its current form. Her words: \"We will not pay twice for the same road.\" The opposition wants a referendum.")  # fmt: skip
quote(FRAME, "The ceasefire must hold.", ["Antonio Guterres"], ["Lara Moss"],
      "HOST: Lara Moss joins us from New York. Lara, what is the mood?",
      "LARA MOSS: Tense. In a speech to the Security Council, Secretary-General Antonio Guterres urged both sides to stop. His line was: \"The ceasefire must hold.\" Few expect that tonight.")  # fmt: skip
quote(FRAME, "Nobody should lose their home over a bill.", [], ["Nadia Ferrer"],
      "NADIA FERRER (anchor): Energy prices rise again in January. Over to Tom Reyes.",
      "TOM REYES: Thanks, Nadia. Consumer champion Ruth Adeyemi met the regulator today. Her words: \"Nobody should lose their home over a bill.\" The regulator has not replied.")  # fmt: skip
quote(FRAME, "The dam is safe.", [], ["Priya Nair"],
      "PRIYA NAIR: Engineers inspected the dam at dawn. Who spoke for the state?",
      "DEV MENON: The water minister, Arjun Pillai, visited the site at noon. His message: \"The dam is safe.\" Residents are not convinced.")  # fmt: skip
quote(IT, "without any legal basis", ["Lufthansa"], ["Verdi"],
      "09:10 - Ground staff at German airports are out again today, called out by the Verdi union.",
      'Lufthansa has cancelled 900 flights. 10:45 - The carrier says most long-haul routes will run tomorrow. It accuses the union of striking "without any legal basis" in the middle of talks.')  # fmt: skip
quote(IT, "a point of principle", [], ["Lufthansa"],
      "09:10 - Lufthansa has cancelled 900 flights as ground staff strike.",
      'Verdi, the services union, called the walkout on Monday. It calls the pay gap "a point of principle" for airport staff.')  # fmt: skip

quote(CAPITAL, "reckless provocation", [], ["Philippines"],
      "The Philippines lodged a protest over the water cannon attack on Sunday.",
      'Beijing\'s embassy in Manila warned the country against "reckless provocation" at sea.')  # fmt: skip
quote(CAPITAL, "shelter in place", [], ["Ukraine"],
      "Russia fired missiles at Ukraine's capital overnight.",
      'The US embassy in Kyiv told its citizens to "shelter in place" until the alert ended.')  # fmt: skip

quote(CAPITAL, "a fabrication", ["Russia"], ["United Kingdom"],
      "London published an intelligence report on the poisoning on Thursday.",
      'Moscow, which has denied any role from the start, later called the report "a fabrication".')  # fmt: skip
quote(CAPITAL, "not our work", ["Ukraine"], ["Russia"],
      "Investigators in Germany named a Ukrainian diving team as suspects in the pipeline blasts.",
      'Kyiv, which Moscow has long accused of the sabotage, said the attack was "not our work".')  # fmt: skip

# joint-body: "the companies said" for a value naming both companies
quote(JOINT, "finalized promptly", ["Nippon Steel and U.S. Steel"], ["Nippon Steel", "Cleveland-Cliffs"],
      "Nippon Steel agreed to buy U.S. Steel in late 2023, and Cleveland-Cliffs fought the deal for months.",
      'The companies said on Monday that every approval was in hand and that the merger should be "finalized promptly."')  # fmt: skip
quote(JOINT, "a stronger network for travellers", ["Alaska Airlines and Hawaiian Airlines"], ["Hawaiian Airlines"],
      "Alaska Airlines completed its purchase of Hawaiian Airlines on Wednesday.",
      'The two carriers said the merger would build "a stronger network for travellers" across the Pacific.')  # fmt: skip
quote(JOINT, "a merger of equals", ["Daimler Truck and Volvo"], ["Volvo", "Toyota"],
      "Daimler Truck and Volvo agreed on Monday to build a joint software business. Toyota is not part of the venture.",
      'Both companies said the venture was "a merger of equals" in a statement.')  # fmt: skip
quote(JOINT, "the safety of our customers comes first", ["Nissan and Honda"], ["Nissan"],
      "Nissan and Honda recalled 300,000 cars in Japan over a fuel pump fault.",
      'The two carmakers said "the safety of our customers comes first" and that repairs would be free.')  # fmt: skip
quote(JOINT, "productive", ["Unite and GMB"], ["GMB"],
      "Unite and GMB met the council's negotiators on Thursday.",
      'The unions said the talks had been "productive" but that the strike would go ahead.')  # fmt: skip
quote(JOINT, "no job losses", ["UniCredit and Banco BPM"], ["UniCredit"],
      "UniCredit made an offer for Banco BPM in November.",
      'The two banks said the deal would bring "no job losses" in Italy.')  # fmt: skip
quote(JOINT, "the next chapter", ["Skydance and Paramount"], ["Paramount", "Comcast"],
      "Skydance completed its takeover of Paramount on Thursday; Comcast had dropped out of the bidding in May.",
      'The companies said the merger opened "the next chapter" for the studio.')  # fmt: skip
quote(JOINT, "fully compliant", ["Mars and Kellanova"], ["Kellanova"],
      "Mars agreed to buy Kellanova, the maker of Pringles, for $36 billion.",
      'The firms said their plan was "fully compliant" with competition law.')  # fmt: skip
quote(JOINT, "a clear path", ["Chevron and Hess"], ["Hess", "ExxonMobil"],
      "Chevron won its fight with ExxonMobil over Guyana on Friday and closed the purchase of Hess.",
      'Both companies said the ruling gave "a clear path" to finishing the deal.')  # fmt: skip
quote(JOINT, "an important milestone", ["Synopsys and Ansys"], ["Ansys"],
      "Synopsys closed its purchase of Ansys after China approved it.",
      'The companies called the approval "an important milestone" in a joint note.')  # fmt: skip
quote(JOINT, "limited impact", [], ["Nippon Steel and U.S. Steel"],
      "Nippon Steel and U.S. Steel signed the security agreement on Friday.",
      'The union said the deal would have "limited impact" on jobs in Pittsburgh.')  # fmt: skip
quote(JOINT, "a great deal", [], ["Boeing and Spirit AeroSystems"],
      "Boeing agreed to buy back Spirit AeroSystems last year.",
      'Kelly Ortberg said the purchase was "a great deal" for Boeing.')  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
