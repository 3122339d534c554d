# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 37's said decisions (``grounding_rvwhen37.jsonl``): cases
written against ``days/said_decisions.py`` (a decision that exists by being said is dated by
its saying), aimed at its edges:

- ``decision-said``: an event's day given as a saying's day. Refused: a forecast or a decision
  still ahead ("will decide at its next meeting", "will fall back to target in 2027"), a deed
  ahead whose description's "to" is a preposition ("flotilla sails to Gaza"), a decision with
  its own time the rule does not read as one ("agreed ... in 2023", "at the weekend", "this
  summer"), another side's saying whose words share the description's ("Ukraine's energy
  minister said Russia will strike Ukraine's grid", "Sunderland City Council said Nissan will
  cut jobs at Sunderland"), a rival's or a union's office ("Airbus chief executive ... said
  Boeing will", "a Unite union spokesman"), a pronoun for another party, a conditional, the
  same verb about another thing ("will buy submarines" for the frigate decision). Passed: the
  decision told by its maker in many styles, and the deed's or occasion's own day;
- ``announced-event``: an event that is a saying by its description, or a prize won by an
  announced result. Refused: an announcement or unveiling still ahead ("will announce",
  "will unveil at an event"), one told as made before ("had unveiled", "pledged at the G7
  summit"), another side's saying ("a Novo Nordisk spokesman" on Pfizer's bid, "a Heathrow
  spokesman" on Unite's strike, Zelensky on Germany's pledge), a shortlist's, a ceremony's or
  a stripping decision's announcement for a prize won. Passed: the saying itself;
- ``measure-said``: a measure's introduction day given as a saying's day. Refused: an
  extension, a lifting, a keeping or a review of a measure already in force, a threat under a
  condition, another side's saying (the US Treasury on China's curbs, China's ministry on the
  EU's duties), a bill to be introduced later. Passed: the measure made by its issuer's saying.

Run ``python tests/data/make_rvwhen37_cases.py`` to rebuild it. Every verdict was decided as a
careful fact-checker reads the text, before the rule was run on it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvwhen37.jsonl")

built = SupportCases(
    "rvw37",
    leads=[
        "LONDON (Channel Wire) -",
        "By Marta Kowalczyk | The Baltic Standard",
        "MARKETS DESK | The Tyne Gazette",
        "WASHINGTON, Capitol Ledger -",
        "From our Tokyo bureau, The Pacific Record.",
    ],
)
DECISION, ANNOUNCED, MEASURE = "decision-said", "announced-event", "measure-said"
PUBLISHED = "2025-11-14"  # a Friday


def event(
    category: str, expect: bool, why: str, evidence: list[str], value: str, description: str,
    actors: list[str],
) -> None:  # fmt: skip
    extra = {"kind": "other", "description": description, "actors": actors}
    built.dated_fact(category, expect, why, evidence, "events", "when", value, PUBLISHED, extra)


def measure(
    expect: bool, why: str, evidence: list[str], value: str, issuer: str, sponsors: list[str],
    name: str | None = None,
) -> None:  # fmt: skip
    extra = {"instrument": "executive_action", "issuing_body": issuer, "sponsors": sponsors,
             "status": "imposed", "name": name}  # fmt: skip
    built.dated_fact(
        MEASURE, expect, why, evidence, "sanctions", "introduced", value, PUBLISHED, extra
    )


# --- decision-said ----------------------------------------------------------------------------
for expect, why, evidence, value, description, actors in [
    # must fail
    (False, "a decision still ahead: the bank will decide at its next meeting",
     ["The European Central Bank will decide whether to cut interest rates at its next meeting, President Christine Lagarde said on Thursday."],
     "Thursday", "ECB will decide on interest rates", ["European Central Bank"]),
    (False, "'to' is a preposition: the sailing is the deed ahead, not a decision",
     ["The Freedom Flotilla will sail to Gaza from Sicily, a flotilla spokeswoman said on Monday."],
     "Monday", "Freedom Flotilla sails to Gaza", ["Freedom Flotilla"]),
    (False, "a troop movement ahead ('move to the border'), not a decision made by saying",
     ["Russian troops will move to the Belarusian border, the Russian defence ministry said on Monday."],
     "Monday", "Russian troops move to the Belarusian border", ["Russia"]),
    (False, "a forecast, not a decision: inflation falls in 2027, the Bank said so on Thursday",
     ["Inflation will fall back to the 2% target in 2027, the Bank of England said on Thursday."],
     "Thursday", "UK inflation will fall to 2% target", ["Bank of England"]),
    (False, "a forecast of a peak next spring is no event of Wednesday",
     ["Unemployment will peak at 5.5% next spring, the Office for Budget Responsibility said on Wednesday."],
     "Wednesday", "UK unemployment will peak at 5.5%", ["Office for Budget Responsibility"]),
    (False, "the agreement has its own time, 2023: Tuesday is only the saying",
     ["Poland agreed to buy 96 Apache helicopters from the United States in 2023, the defence minister said on Tuesday."],
     "Tuesday", "Poland agreed to buy Apache helicopters", ["Poland"]),
    (False, "the agreement was reached at the weekend, the saying is Monday's",
     ["Unilever agreed to sell its ice cream arm to a buyout group at the weekend, the company said on Monday."],
     "Monday", "Unilever agreed to sell ice cream arm", ["Unilever"]),
    (False, "the choice was made in the summer; the saying is Tuesday's",
     ["Rheinmetall decided to build the ammunition plant in Lithuania over the summer, the company told investors on Tuesday."],
     "Tuesday", "Rheinmetall decided to build ammunition plant in Lithuania", ["Rheinmetall"]),
    (False, "another side's saying: Ukraine's energy minister tells of Russia's intent",
     ["Russia will strike Ukraine's power grid again this winter, Ukraine's energy minister said on Monday."],
     "Monday", "Russia will strike Ukraine's power grid", ["Russia"]),
    (False, "another body's saying: the city council tells of Nissan's cuts",
     ["Nissan will cut 500 jobs at its Sunderland plant, Sunderland City Council said on Wednesday."],
     "Wednesday", "Nissan will cut jobs at Sunderland plant", ["Nissan"]),
    (False, "a union's spokesman tells of the carmaker's closure: no decision of Tuesday",
     ["Stellantis will close its van plant in Luton, a Unite union spokesman said on Tuesday."],
     "Tuesday", "Stellantis will close Luton van plant", ["Stellantis"]),
    (False, "a rival's chief executive tells of Boeing's cut",
     ["Boeing will cut production of the 737 Max again, Airbus chief executive Guillaume Faury said on Tuesday."],
     "Tuesday", "Boeing will cut 737 Max production", ["Boeing"]),
    (False, "another government's minister tells of China's purchases",
     ["China will buy 25 million tonnes of American soybeans a year, US Treasury Secretary Scott Bessent said on Sunday."],
     "Sunday", "China will buy American soybeans", ["China"]),
    (False, "'he' is Zelensky, not Russia: another side's claim",
     ["Ukraine's President Volodymyr Zelensky addressed the Danish parliament in Copenhagen.",
      "Russia will try to seize the whole of the Zaporizhzhia region, he said on Tuesday."],
     "Tuesday", "Russia will try to seize Zaporizhzhia", ["Russia"]),
    (False, "a conditional: troops would go only if the island were attacked",
     ["Denmark would send troops to Greenland if the island were attacked, the defence minister said on Friday."],
     "Friday", "Denmark will send troops to Greenland", ["Denmark"]),
    (False, "the same verb about another thing: the saying is of submarines, not frigates",
     ["Norway will buy four submarines from Germany, the prime minister said on Sunday."],
     "Sunday", "Norway decided to buy frigates from Britain", ["Norway"]),
    # must pass
    (True, "'has chosen' told by the minister: the choice is announced that day",
     ["Norway has chosen the Type 26 frigate from BAE Systems, Defence Minister Tore Sandvik said on Sunday."],
     "Sunday", "Norway chose British frigates", ["Norway"]),
    (True, "'is to cut' told by the company itself (an industry word for it)",
     ["BP is to cut 7,700 jobs, the oil major said on Thursday."],
     "Thursday", "BP to cut jobs", ["BP"]),
    (True, "US style, the chipmaker 'announced Thursday' its own lay-offs",
     ["Intel will lay off 15% of its staff, the chipmaker announced Thursday."],
     "Thursday", "Intel will lay off staff", ["Intel"]),
    (True, "'will send', the minister told parliament on Wednesday",
     ["Germany will send two more Patriot systems to Ukraine, Defence Minister Boris Pistorius told parliament on Wednesday."],
     "Wednesday", "Germany will send Patriot systems to Ukraine", ["Germany"]),
    (True, "the government's chancellor: the scrapping is decided by the saying",
     ["The government will scrap the two-child benefit cap, Chancellor Rachel Reeves said on Wednesday."],
     "Wednesday", "UK government will scrap two-child benefit cap", ["UK government"]),
    (True, "a leading subject, 'said on Monday it would shut'",
     ["Volkswagen said on Monday it would shut its Osnabruck plant by 2027."],
     "Monday", "Volkswagen will shut Osnabruck plant", ["Volkswagen"]),
    (True, "US style with a leading subject and 'plans to'",
     ["Qantas said Wednesday it plans to retire its last Boeing 737s."],
     "Wednesday", "Qantas plans to retire Boeing 737s", ["Qantas"]),
    (True, "a capital for the country and its finance minister",
     ["Ottawa will match Washington's tariffs on Chinese steel, Finance Minister Francois-Philippe Champagne said on Friday."],
     "Friday", "Canada will match US tariffs on Chinese steel", ["Canada"]),
    (True, "a quoted pledge by the company's spokesman, the closing later",
     ['"We will close the Grangemouth refinery next spring," a Petroineos spokesman said on Tuesday.'],
     "Tuesday", "Petroineos will close Grangemouth refinery", ["Petroineos"]),
    (True, "the deed's own day, told beside the report's",
     ["Troops crossed the border near Kursk on Saturday, officials said on Monday."],
     "Saturday", "troops crossed the border near Kursk", ["Ukraine"]),
    (True, "the occasion's own day, told beside the report's",
     ["Finance ministers will meet in Luxembourg on Friday, the ministry said on Monday."],
     "Friday", "finance ministers meet in Luxembourg", ["finance ministers"]),
    (True, "a managing director tells staff of the board's decision",
     ["The board has decided to close the Swansea factory, managing director Alun Rees told staff on Thursday."],
     "Thursday", "board decided to close Swansea factory", ["Swansea factory board"]),
    (True, "a First Minister's office is no earlier time",
     ["The Scottish Government will freeze council tax next year, First Minister John Swinney said on Tuesday."],
     "Tuesday", "Scottish Government will freeze council tax", ["Scottish Government"]),
    (True, "'will recognise', the prime minister said on Wednesday",
     ["Spain will recognise the State of Palestine, Prime Minister Pedro Sanchez said on Wednesday."],
     "Wednesday", "Spain will recognise Palestine", ["Spain"]),
    (True, "'said in a statement on Friday that it would close'",
     ["Tesco said in a statement on Friday that it would close its remaining fish counters."],
     "Friday", "Tesco will close fish counters", ["Tesco"]),
    (True, "the retailer 'announced Tuesday' its own price rise",
     ["Walmart will raise prices on some goods, the retailer announced Tuesday."],
     "Tuesday", "Walmart will raise prices", ["Walmart"]),
]:  # fmt: skip
    event(DECISION, expect, why, evidence, value, description, actors)

# --- announced-event --------------------------------------------------------------------------
for expect, why, evidence, value, description, actors in [
    # must fail
    (False, "an announcement still ahead: 'will announce'",
     ["Nvidia will announce a new chip for the Chinese market, chief executive Jensen Huang said on Wednesday."],
     "Wednesday", "Nvidia announces new chip for China", ["Nvidia"]),
    (False, "an unveiling still ahead, at an event of its own",
     ["Microsoft will unveil its new Surface laptops at an event in New York, the company said on Tuesday."],
     "Tuesday", "Microsoft unveils new Surface laptops", ["Microsoft"]),
    (False, "the pledge was made at the G7 summit; Tuesday is only the telling",
     ["Japan pledged to double its aid to Ukraine at the G7 summit in Hiroshima, Japan's foreign minister said on Tuesday."],
     "Tuesday", "Japan pledges to double aid to Ukraine", ["Japan"]),
    (False, "'had unveiled': the unveiling came before the saying",
     ["Apple had unveiled the headset at its developer conference, a spokeswoman said on Monday."],
     "Monday", "Apple unveils new headset", ["Apple"]),
    (False, "a shortlist announced is no prize won",
     ["Jane Okafor's novel Salt Year is among six books on the Booker Prize shortlist.",
      "The shortlist was announced on Tuesday."],
     "Tuesday", "Jane Okafor wins Booker Prize", ["Jane Okafor"]),
    (False, "the laureates were announced on Monday; the ceremony comes later",
     ["The laureates were announced on Monday and will receive the prize at a ceremony in Stockholm."],
     "Monday", "Laureates receive Nobel Prize at Stockholm ceremony", ["laureates"]),
    (False, "the decision announced is the medal's stripping, not its winning",
     ["The cycling union stripped the rider of the world championship medal he won in Glasgow.",
      "The decision was announced on Tuesday."],
     "Tuesday", "rider wins world championship medal", ["rider"]),
    (False, "a rival's spokesman speaks of Pfizer's bid",
     ["Pfizer's offer for Metsera is too low, a Novo Nordisk spokesman said on Monday."],
     "Monday", "Pfizer announces bid for Metsera", ["Pfizer"]),
    (False, "the airport's spokesman speaks of the union's strike, announced before",
     ["The strike Unite announced after talks collapsed will go ahead, a Heathrow spokesman said on Monday."],
     "Monday", "Unite announces strike at Heathrow", ["Unite"]),
    (False, "Ukraine's president tells of Germany's promise, made on a day not given",
     ["Germany has promised another 500 million euros for air defence, Ukraine's President Volodymyr Zelensky said on Wednesday."],
     "Wednesday", "Germany pledges 500 million euros for Ukraine air defence", ["Germany"]),
    # must pass
    (True, "the chief executive's release is the announcement",
     ['"Our company must evolve," chief executive Mike Doustdar said in Wednesday\'s release.'],
     "Wednesday", "Novo Nordisk announces job cuts", ["Novo Nordisk"]),
    (True, "the unveiling's own day",
     ["Google unveiled its Gemini 3 model on Tuesday, the company said."],
     "Tuesday", "Google unveils Gemini 3 model", ["Google"]),
    (True, "the company's saying is the announced purchase",
     ["Pfizer will buy obesity drug developer Metsera for $4.9 billion, the company said on Monday."],
     "Monday", "Pfizer announces acquisition of Metsera", ["Pfizer"]),
    (True, "the winner announced: the prize is won by its announcement",
     ["The winner was announced on Tuesday at a dinner in London."],
     "Tuesday", "Jane Okafor wins Booker Prize", ["Jane Okafor"]),
    (True, "'is to cut', a spokesperson told a broadcaster on Wednesday",
     ["Microsoft is to cut 9,000 jobs, a spokesperson told CNBC on Wednesday."],
     "Wednesday", "Microsoft announces job cuts", ["Microsoft"]),
    (True, "the Commission's president announces the package",
     ["The EU will impose a 19th package of sanctions on Russia, European Commission President Ursula von der Leyen announced on Friday."],
     "Friday", "EU announces 19th sanctions package", ["European Union"]),
    (True, "a demonym of the actor before the title",
     ["Saudi Arabia will give $1 billion towards rebuilding Syria, Saudi Foreign Minister Prince Faisal bin Farhan said on Tuesday."],
     "Tuesday", "Saudi Arabia pledges $1 billion for Syria", ["Saudi Arabia"]),
    (True, "the place of the saying between its verb and its day",
     ["Apple will invest a further $100 billion in American manufacturing, chief executive Tim Cook said at the White House on Wednesday."],
     "Wednesday", "Apple announces $100 billion US investment", ["Apple"]),
    (True, "'this year' is the target's, not the pledge's",
     ["Canada will reach NATO's 2% target this year, Prime Minister Mark Carney announced Monday."],
     "Monday", "Carney announces Canada will meet NATO target", ["Canada"]),
    (True, "the plan unveiled in the same saying ('..., the company said on Thursday, unveiling')",
     ["Rolls-Royce will build small modular reactors in Wales, the company said on Thursday, unveiling a 2 billion pound plan."],
     "Thursday", "Rolls-Royce unveils plan for small nuclear reactors in Wales", ["Rolls-Royce"]),
    (True, "'pledged on Friday' is the pledge's own saying",
     ["Hungary will veto the opening of Ukraine's EU accession talks, Prime Minister Viktor Orban pledged on Friday."],
     "Friday", "Hungary pledges to veto Ukraine's EU accession talks", ["Hungary"]),
    (False, "'will declare': the declaration is ahead, as 'will announce' (written as a pass, re-judged after the first run: the same shape as the Nvidia case)",
     ["Spain will declare a national emergency over the blackout, Prime Minister Pedro Sanchez said on Monday."],
     "Monday", "Spain declares national emergency over blackout", ["Spain"]),
]:  # fmt: skip
    event(ANNOUNCED, expect, why, evidence, value, description, actors)

# --- measure-said -----------------------------------------------------------------------------
for expect, why, evidence, value, issuer, sponsors, *name in [
    # must fail
    (False, "an extension of sanctions in force since 2014 is not their introduction",
     ["The EU will extend its economic sanctions on Russia for another six months, an EU spokesman said on Monday."],
     "Monday", "European Union", []),
    (False, "lifting a measure is not introducing it",
     ["Washington will lift its sanctions on Syria, President Donald Trump said on Tuesday in Riyadh."],
     "Tuesday", "United States", [], "sanctions on Syria"),
    (False, "keeping a tariff in force is not introducing it",
     ["Britain will keep its 25% tariff on Chinese electric vehicles, Business Secretary Peter Kyle said on Thursday."],
     "Thursday", "United Kingdom", []),
    (False, "the halt was made before; Friday's saying is of its review",
     ["Germany has halted arms export licences for goods that could be used in Gaza.",
      "Berlin will review the halt regularly, Chancellor Friedrich Merz said on Friday."],
     "Friday", "Germany", []),
    (False, "a threat under a condition is no measure introduced",
     ["The EU would impose tariffs on 93 billion euros of US goods if talks failed, an EU spokesman said on Monday."],
     "Monday", "European Union", []),
    (False, "another government's minister tells of China's curbs",
     ["Beijing will impose export curbs on rare earths, US Treasury Secretary Scott Bessent said on Sunday."],
     "Sunday", "China", []),
    (False, "imposed in 2024, kept now: Friday is not its introduction",
     ["Canada imposed 100% tariffs on Chinese electric vehicles in 2024 and will keep them, Finance Minister Francois-Philippe Champagne said on Friday."],
     "Friday", "Canada", []),
    (False, "China's ministry speaks of its retaliation, not of the US measure",
     ["China will retaliate against any new US tariffs, the commerce ministry said on Sunday."],
     "Sunday", "United States", []),
    (False, "the bill will be introduced later; Monday is its office's saying",
     ["Senator Lindsey Graham will introduce his Russia sanctions bill when the Senate returns, his office said on Monday."],
     "Monday", "US Senate", ["Lindsey Graham"]),
    (False, "China's ministry spokesman tells of the EU's duties",
     ["Brussels will impose duties on Chinese fertiliser, Chinese Commerce Ministry spokesman He Yongqian said on Thursday."],
     "Thursday", "European Union", []),
    # must pass
    (True, "the chancellor's saying makes the halt",
     ["Germany will stop licensing arms exports that could be used in Gaza, Chancellor Friedrich Merz said on Friday."],
     "Friday", "Germany", []),
    (True, "the finance minister imposes the tariff by announcing it",
     ["Canada will impose a 25% tariff on Chinese steel, Finance Minister Francois-Philippe Champagne said on Friday."],
     "Friday", "Canada", []),
    (True, "the Foreign Office's saying makes the ban",
     ["The UK is to ban the export of drone parts to Russia, the Foreign Office said on Tuesday."],
     "Tuesday", "United Kingdom", []),
    (True, "the Treasury secretary's saying makes the sanctions",
     ["Washington will impose sanctions on Rosneft and Lukoil, Treasury Secretary Scott Bessent said on Wednesday."],
     "Wednesday", "United States", []),
    (True, "the trade minister's saying makes the restriction",
     ["Japan will restrict exports of chipmaking equipment to China, Trade Minister Yoji Muto said on Friday."],
     "Friday", "Japan", []),
    (True, "'Dutch' is the Netherlands' own",
     ["The Netherlands will ban two Israeli ministers from entering the country, Dutch Foreign Minister Caspar Veldkamp said on Monday."],
     "Monday", "Netherlands", []),
    (True, "US style, the ministry 'said Wednesday'",
     ["Mexico will raise tariffs on Asian cars to 50%, the economy ministry said Wednesday."],
     "Wednesday", "Mexico", []),
    (True, "a leading subject: 'said on Thursday that he would impose'",
     ["President Trump said on Thursday that he would impose a 100% tariff on branded drugs."],
     "Thursday", "United States", []),
    (True, "the ministry told parliament on Monday",
     ["India will impose safeguard duties of 12% on steel imports, the trade ministry told parliament on Monday."],
     "Monday", "India", []),
    (True, "the possessive of the actor's own government",
     ["Australia's government will ban social media for under-16s, Communications Minister Anika Wells said on Tuesday."],
     "Tuesday", "Australia", []),
    (True, "the Treasury announced, a leading subject",
     ["The Treasury announced on Wednesday that it is to sanction 14 Iranian shipping firms."],
     "Wednesday", "United States", []),
]:  # fmt: skip
    measure(expect, why, evidence, value, issuer, sponsors, *name)

# session 40 (gac40): a verb of telling with its hearer before the day ("the company told
# investors on Tuesday") is a saying's tag as "said on Tuesday" is: a deed done or a decision
# with a time of its own is the report's day; a course committed to is made by the telling
for expect, why, evidence, value, description, actors in [
    (False, "when 'Monday': the sale was decided in the spring; the telling is Monday's",
     ["Halvard Shipping decided to sell its tanker fleet in the spring, the chief executive told analysts on Monday."],
     "Monday", "Halvard decided to sell tanker fleet", ["Halvard Shipping"]),
    (False, "when 'Friday': the cuts were made last month; staff were told on Friday",
     ["Norcott Foods cut 200 jobs at its Leeds bakery last month, the company told staff on Friday."],
     "Friday", "Norcott cut jobs at Leeds bakery", ["Norcott Foods"]),
    (False, "when 'Wednesday': the purchase was agreed in 2023",
     ["Brenlow Energy agreed to buy two wind farms in 2023, its chairman told shareholders on Wednesday."],
     "Wednesday", "Brenlow agreed to buy wind farms", ["Brenlow Energy"]),
    (False, "when 'Thursday': the branches shut over the summer; customers were told on Thursday",
     ["Quarry Lane Bank shut 12 branches over the summer, the lender told customers on Thursday."],
     "Thursday", "Quarry Lane Bank shut branches", ["Quarry Lane Bank"]),
    (True, "when 'Monday': the sale is committed by the chief executive's telling",
     ["Halvard Shipping will sell its tanker fleet, the chief executive told analysts on Monday."],
     "Monday", "Halvard will sell tanker fleet", ["Halvard Shipping"]),
    (True, "when 'Friday': 'is to cut' told to staff by the company",
     ["Norcott Foods is to cut 200 jobs at its Leeds bakery, the company told staff on Friday."],
     "Friday", "Norcott to cut jobs at Leeds bakery", ["Norcott Foods"]),
    (True, "when 'Wednesday': 'plans to buy' told by its chairman",
     ["Brenlow Energy plans to buy two wind farms, its chairman told shareholders on Wednesday."],
     "Wednesday", "Brenlow plans to buy wind farms", ["Brenlow Energy"]),
    (True, "when 'Thursday': a managing director tells staff of the closures",
     ["Quarry Lane Bank will close 12 branches, managing director Ruth Ames told staff on Thursday."],
     "Thursday", "Quarry Lane Bank will close branches", ["Quarry Lane Bank"]),
]:  # fmt: skip
    event(DECISION, expect, why, evidence, value, description, actors)

# session 42, closer gpa42: an office's "First" and an owned "last" of a thing tell no other
# time; "first" and "last" of a time still do
for expect, why, evidence, value, description, actors in [
    (True, "'First Minister' is an office",
     ["Wales will scrap the tourism levy, First Minister Eluned Morgan said on Monday."],
     "Monday", "Wales will scrap tourism levy", ["Wales"]),
    (True, "'First Minister' is an office",
     ["The Northern Ireland Executive will cut bus fares, First Minister Michelle O'Neill said on Wednesday."],
     "Wednesday", "Executive will cut bus fares", ["Northern Ireland Executive"]),
    (True, "'First Minister' is an office",
     ["The Scottish Government is to buy two ferries, First Minister John Swinney said on Friday."],
     "Friday", "Scottish Government to buy ferries", ["Scottish Government"]),
    (True, "'First Deputy Mayor' is an office",
     ["Oslo will ban diesel buses, First Deputy Mayor Anna Holt said on Thursday."],
     "Thursday", "Oslo will ban diesel buses", ["Oslo"]),
    (False, "the pledge was 'first made in May'",
     ["The Scottish Government will freeze council tax, a pledge first made in May, First Minister John Swinney said on Tuesday."],
     "Tuesday", "Scottish Government will freeze council tax", ["Scottish Government"]),
    (False, "'as first announced last month'",
     ["Wales will scrap the levy, as first announced last month, First Minister Eluned Morgan said on Monday."],
     "Monday", "Wales will scrap levy", ["Wales"]),
    (False, "the cut was 'first promised' before",
     ["The Executive will cut bus fares, which it first promised in its spring budget, the First Minister said on Wednesday."],
     "Wednesday", "Executive will cut bus fares", ["Executive"]),
    (False, "'first backed two years ago'",
     ["Oslo will ban diesel buses, a plan the council first backed two years ago, First Deputy Mayor Anna Holt said on Thursday."],
     "Thursday", "Oslo will ban diesel buses", ["Oslo"]),
    (True, "'its last Airbus A340s' is the final ones, no time",
     ["Lufthansa said Tuesday it plans to retire its last Airbus A340s."],
     "Tuesday", "Lufthansa plans to retire Airbus A340s", ["Lufthansa"]),
    (True, "'its last base' is no time",
     ["Ryanair will close its last base in Berlin, the airline's chief executive said on Monday."],
     "Monday", "Ryanair will close Berlin base", ["Ryanair"]),
    (True, "'the last two plants' is no time",
     ["Stellantis is to shut the last two plants in Turin, chief executive Carlos Tavares said on Friday."],
     "Friday", "Stellantis to shut plants in Turin", ["Stellantis"]),
    (True, "'its last stake' is no time",
     ["Nissan said Thursday it will sell its last stake in Renault."],
     "Thursday", "Nissan will sell stake in Renault", ["Nissan"]),
    (False, "the plan was set out 'last week'",
     ["Lufthansa said Tuesday it plans to retire its Airbus A340s, a plan it set out last week."],
     "Tuesday", "Lufthansa plans to retire Airbus A340s", ["Lufthansa"]),
    (False, "flagged 'last month'",
     ["Ryanair will close its Berlin base, which it flagged last month, chief executive Michael O'Leary said on Monday."],
     "Monday", "Ryanair will close Berlin base", ["Ryanair"]),
    (False, "decided 'last year'",
     ["Stellantis is to shut two plants in Turin, as it decided last year, chief executive Carlos Tavares said on Friday."],
     "Friday", "Stellantis to shut plants in Turin", ["Stellantis"]),
    (False, "agreed 'last Tuesday'",
     ["Nissan said Thursday it will sell its stake in Renault, as agreed last Tuesday."],
     "Thursday", "Nissan will sell stake in Renault", ["Nissan"]),
]:  # fmt: skip
    event(DECISION, expect, why, evidence, value, description, actors)


# session 43, closer gpa43: a said decision's speaker the decider's own by a business's kind
# noun ("the drugmaker"), an office named in capitals by its title words ("the Home Office"),
# the sitting named after an office ("told Prime Minister's Questions"), a short name ("GSK");
# a decision in the perfect ("has chosen"), a headline subject's word before "to" ("Primark
# owners to close"); a hearer past an owner's possessive ("told MPs' aides on Tuesday")
for expect, why, evidence, value, description, actors in [
    (True, "'the supermarket chain' is Tesco, the decider",
     ["Tesco will close its Leeds depot, the supermarket chain said on Monday."],
     "Monday", "Tesco will close Leeds depot", ["Tesco"]),
    (True, "'the drugmaker' is Pfizer, and tells its own cut",
     ["Pfizer is to cut 500 jobs in Kent, the drugmaker said on Wednesday."],
     "Wednesday", "Pfizer to cut jobs in Kent", ["Pfizer"]),
    (True, "'the Defence Ministry' is the UK's own office, as 'the defence ministry'",
     ["The UK will buy 12 F-35A jets, the Defence Ministry said on Thursday."],
     "Thursday", "UK will buy F-35A jets", ["United Kingdom"]),
    (True, "GSK named by its short name, 'the drugmaker' its own",
     ["GSK will sell its consumer arm, the drugmaker said on Tuesday."],
     "Tuesday", "GSK will sell consumer arm", ["GSK"]),
    (True, "the one who tells Prime Minister's Questions answers as prime minister",
     ["The UK Government will fund ten new hospitals, Keir Starmer told Prime Minister's Questions on Wednesday."],
     "Wednesday", "UK Government will fund hospitals", ["UK Government"]),
    (False, "'the rival chain' is another business",
     ["Tesco will close its Leeds depot, the rival chain said on Monday."],
     "Monday", "Tesco will close Leeds depot", ["Tesco"]),
    (False, "'the regulator' is no business of Pfizer's",
     ["Pfizer is to cut 500 jobs in Kent, the regulator said on Wednesday."],
     "Wednesday", "Pfizer to cut jobs in Kent", ["Pfizer"]),
    (False, "'the Lockheed Martin Corporation' is another body, the seller",
     ["The UK will buy 12 F-35A jets, the Lockheed Martin Corporation said on Thursday."],
     "Thursday", "UK will buy F-35A jets", ["United Kingdom"]),
    (False, "'the rival drugmaker' is another business",
     ["GSK will sell its consumer arm, the rival drugmaker said on Tuesday."],
     "Tuesday", "GSK will sell consumer arm", ["GSK"]),
    (False, "a name alone, with no sitting of an office: whose side, the tag does not say",
     ["The UK Government will fund ten new hospitals, Kemi Badenoch said on Wednesday."],
     "Wednesday", "UK Government will fund hospitals", ["UK Government"]),
    (True, "'has chosen' told by the minister: the choice made that day",
     ["Sweden has chosen the Gripen fighter from Saab, Defence Minister Pal Jonson said on Tuesday."],
     "Tuesday", "Sweden chose Saab fighter", ["Sweden"]),
    (True, "'has agreed' a contract, told by its leader",
     ["The council has agreed a new bus contract with Arriva, its leader said on Thursday."],
     "Thursday", "council agreed bus contract", ["council"]),
    (True, "'Primark owners to close': the owners are the clause's subject",
     ["Primark's owners will close their three stores in Ohio, a spokeswoman said on Friday."],
     "Friday", "Primark owners to close stores", ["Primark"]),
    (True, "'Avanti managers to scrap': the managers are the clause's subject",
     ["Avanti's managers are to scrap peak fares, a spokesman said on Monday."],
     "Monday", "Avanti managers to scrap peak fares", ["Avanti"]),
    (False, "'has chosen' a fighter, not the frigates described",
     ["Sweden has chosen the Gripen fighter from Saab, Defence Minister Pal Jonson said on Tuesday."],
     "Tuesday", "Sweden chose British frigates", ["Sweden"]),
    (False, "the choice was 'first made in March'",
     ["Sweden has chosen the Gripen fighter, a choice first made in March, the defence minister said on Tuesday."],
     "Tuesday", "Sweden chose Gripen fighter", ["Sweden"]),
    (False, "the closing was 'agreed last week'",
     ["Primark's owners will close three stores, as agreed last week, a spokeswoman said on Friday."],
     "Friday", "Primark owners to close stores", ["Primark"]),
    (False, "a meeting ahead has a day of its own",
     ["Avanti's managers will meet union leaders, a spokesman said on Monday."],
     "Monday", "Avanti managers to meet union leaders", ["Avanti"]),
    (True, "told 'the union's officials' on Monday: the company's cut told that day",
     ["Thames Water will cut 300 jobs, the company told the union's officials on Monday."],
     "Monday", "Thames Water will cut jobs", ["Thames Water"]),
    (True, "told 'MPs' aides' on Thursday: the cap decided by its telling",
     ["Ofgem will cap standing charges, its chief executive told MPs' aides on Thursday."],
     "Thursday", "Ofgem will cap standing charges", ["Ofgem"]),
    (True, "told 'the county's councillors' on Friday: the reservoir decided by its telling",
     ["Anglian Water will build a new reservoir, its chairman told the county's councillors on Friday."],
     "Friday", "Anglian Water will build reservoir", ["Anglian Water"]),
    (True, "told 'ministers' advisers' on Tuesday: the closure decided by its telling",
     ["Network Rail will close the Severn tunnel for a week, its chief executive told ministers' advisers on Tuesday."],
     "Tuesday", "Network Rail will close Severn tunnel", ["Network Rail"]),
    (False, "the penalty was paid last year; Tuesday is the telling's",
     ["Severn Trent paid a £2m penalty last year, its chief executive told MPs' aides on Tuesday."],
     "Tuesday", "Severn Trent paid penalty", ["Severn Trent"]),
    (False, "the jobs were cut in March; Monday is the telling's",
     ["Thames Water cut 300 jobs in March, the company told the union's officials on Monday."],
     "Monday", "Thames Water cut jobs", ["Thames Water"]),
    (False, "the reservoir was finished in 2023; Friday is the telling's",
     ["Anglian Water finished the reservoir in 2023, its chairman told the county's councillors on Friday."],
     "Friday", "Anglian Water finished reservoir", ["Anglian Water"]),
    (False, "the tunnel closed last month; Tuesday is the telling's",
     ["Network Rail closed the Severn tunnel last month, its chief executive told ministers' advisers on Tuesday."],
     "Tuesday", "Network Rail closed Severn tunnel", ["Network Rail"]),
]:  # fmt: skip
    event(DECISION, expect, why, evidence, value, description, actors)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
