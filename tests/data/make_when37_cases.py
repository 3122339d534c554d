# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's said decisions (``grounding_when37.jsonl``): value-support
cases for an event's day and a measure's introduction day given as the day something was
said, when the saying is itself the event (``summarizer/verification/days/said_decisions.py``):

- ``decision-said``: a decision told by the saying that makes it ("Norway is to buy five
  frigates, the prime minister said on Sunday", "Canada will reach the target, Carney said on
  Monday", "The board has decided to close the plant, the chairman told staff on Thursday"),
  its day the decision's. Refused: a deed told later ("troops crossed the border last week,
  officials said on Monday"), an occasion ahead ("will meet on Friday", "will visit Paris"),
  another side's saying ("Ukrainian officials said Russia will attack"), a report's day beside
  another day the evidence gives, a reported clause about another thing than the event;
- ``announced-event``: an event that is a saying by its description ("announces job cuts",
  "unveils a plan", "pledges aid"), dated by its actor's statement or release, and a prize
  won dated by the announcement of its result ("The winner was announced on Tuesday").
  Refused: analysts' or sources' sayings, an election's or a match's announced result (the
  vote or the game came first), the day of a statement that names an earlier announcement;
- ``measure-said``: a measure introduced by the saying of its issuer in a trailing tag
  ("Germany will stop licensing arms exports, Chancellor Merz said on Friday"). Refused: a
  measure told as made earlier, a start day of its own in the sentence, another side's
  saying, a day in another clause.

Run ``python tests/data/make_when37_cases.py`` to rebuild it. The texts are written for this
set (defence, business, trade, culture, sport), in new words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_when37.jsonl")

built = SupportCases(
    "w37",
    leads=[
        "HALIFAX (Atlantic Wire) -",
        "By Ingrid Solheim | The Fjord Ledger",
        "BUSINESS DESK | The Mersey Courier",
        "From our Warsaw bureau, The Vistula Review.",
        "AUSTIN, Lone Star Post -",
        "Politics desk, The Heron Times.",
    ],
)
DECISION, ANNOUNCED, MEASURE = "decision-said", "announced-event", "measure-said"
PUBLISHED = "2025-11-12"  # a Wednesday


def event(
    category: str, expect: bool, why: str, evidence: list[str], value: str, description: str,
    actors: list[str],
) -> None:  # fmt: skip
    """An event described by ``description``, done by ``actors``, whose day is ``value``."""
    extra = {"kind": "other", "description": description, "actors": actors}
    built.dated_fact(category, expect, why, evidence, "events", "when", value, PUBLISHED, extra)


def measure(
    expect: bool, why: str, evidence: list[str], value: str, issuer: str, sponsors: list[str]
) -> None:
    """A measure issued by ``issuer`` (``sponsors`` named), introduced on ``value``."""
    extra = {"instrument": "executive_action", "issuing_body": issuer, "sponsors": sponsors,
             "status": "imposed"}  # fmt: skip
    built.dated_fact(
        MEASURE, expect, why, evidence, "sanctions", "introduced", value, PUBLISHED, extra
    )


# --- decision-said: the saying makes the decision -------------------------------------------
D = DECISION
event(
    D,
    True,
    "'is to buy ..., the prime minister said on Sunday' dates the decision to buy",
    [
        "Finland is to buy eight coastal patrol ships from Spain, Prime Minister Petteri Orpo said on Sunday, calling it the navy's biggest order in decades."
    ],
    "Sunday",
    "Finland decided to buy patrol ships",
    ["Finland"],
)
event(
    D,
    True,
    "'will reach the target, Carney announced on Monday': the pledge is made that day",
    [
        "Canada will reach NATO's spending target five years early, Prime Minister Mark Carney announced on Monday."
    ],
    "Monday",
    "Canada pledges to reach NATO spending target",
    ["Canada"],
)
event(
    D,
    True,
    "the saying before the reported clause, 'said on Tuesday that ... would open'",
    [
        "Toyota said on Tuesday that it would build a battery plant in North Carolina, its largest investment in the state."
    ],
    "Tuesday",
    "Toyota to build a battery plant in North Carolina",
    ["Toyota"],
)
event(
    D,
    True,
    "'plans to cut', the company's chief executive told investors on Thursday",
    [
        "Siemens plans to cut 4,000 jobs in its factory automation arm, chief executive Roland Busch told investors on Thursday."
    ],
    "Thursday",
    "Siemens plans to cut jobs",
    ["Siemens"],
)
event(
    D,
    True,
    "'has agreed to sell', the group said in a statement on Friday",
    [
        "Unilever has agreed to sell its tea business to a private equity firm for 4.5 billion euros, the group said in a statement on Friday."
    ],
    "Friday",
    "Unilever agreed to sell its tea business",
    ["Unilever"],
)
event(
    D,
    True,
    "British spelling and a spokesperson of the council: 'will close ... the council said'",
    [
        "Leeds City Council will close six libraries to balance its budget, a council spokesperson said on Monday."
    ],
    "Monday",
    "Leeds City Council will close libraries",
    ["Leeds City Council"],
)
event(
    D,
    True,
    "'vowed to rebuild' told in the saying: the vow's day",
    [
        "The Spanish government has pledged to rebuild every bridge the floods destroyed, Prime Minister Pedro Sanchez said on Saturday."
    ],
    "Saturday",
    "Spain pledged to rebuild bridges destroyed by floods",
    ["Spanish government"],
)
event(
    D,
    True,
    "the day with a part of the day, 'said on Wednesday evening'",
    [
        "Sweden will send a further 18 Gripen fighters to its northern bases, Defence Minister Pal Jonson said on Wednesday evening."
    ],
    "Wednesday evening",
    "Sweden will send Gripen fighters north",
    ["Sweden"],
)
event(
    D,
    True,
    "a demonym before the title that is the actor's own: 'Polish defence minister'",
    [
        "Poland will buy 96 Apache helicopters from the United States, Polish Defence Minister Mariusz Blaszczak said on Tuesday."
    ],
    "Tuesday",
    "Poland will buy Apache helicopters",
    ["Poland"],
)
event(
    D,
    True,
    "a year in another sentence is the schedule's, not the decision's",
    [
        "Denmark will buy 20 more F-35 jets, the defence ministry said on Thursday.",
        "The first of the aircraft is due to arrive in 2029.",
    ],
    "Thursday",
    "Denmark will buy F-35 jets",
    ["Denmark"],
)
event(
    D,
    True,
    "'intends to list' told by the company's chairman",
    [
        "Arla intends to list its shares in Copenhagen next year, chairman Jan Toft Norgaard said on Friday."
    ],
    "Friday",
    "Arla intends to list shares",
    ["Arla"],
)

event(
    D,
    False,
    "a deed told later: the crossing was last week, the saying Monday",
    ["Russian troops crossed the border near Sumy last week, Ukrainian officials said on Monday."],
    "Monday",
    "Russian troops crossed the border",
    ["Russia"],
)
event(
    D,
    False,
    "an occasion ahead: the ministers meet on Friday, the ministry said so on Monday",
    ["Foreign ministers will meet on Friday in Geneva, the ministry said on Monday."],
    "Monday",
    "Foreign ministers will meet in Geneva",
    ["foreign ministers"],
)
event(
    D,
    False,
    "an occasion ahead with no day of its own: a visit is not made by saying it",
    ["King Charles will visit Canada, Buckingham Palace said on Tuesday."],
    "Tuesday",
    "King Charles will visit Canada",
    ["King Charles"],
)
event(
    D,
    False,
    "another side's saying: Ukrainian officials tell of Russia's plan",
    [
        "Russia will attack the power grid again before winter, Ukrainian officials said on Thursday."
    ],
    "Thursday",
    "Russia will attack the power grid",
    ["Russia"],
)
event(
    D,
    False,
    "analysts' saying is no decision of the company's",
    ["Nissan will close two more plants, analysts said on Wednesday."],
    "Wednesday",
    "Nissan will close plants",
    ["Nissan"],
)
event(
    D,
    False,
    "the decision has its own earlier day in the sentence",
    ["The cabinet decided last month to buy the frigates, a government spokesman said on Monday."],
    "Monday",
    "The cabinet decided to buy frigates",
    ["cabinet"],
)
event(
    D,
    False,
    "another day in another evidence sentence is the decision's",
    [
        "Norway will buy five frigates from Britain, the prime minister said on Sunday.",
        "The cabinet took the decision on Thursday.",
    ],
    "Sunday",
    "Norway decided to buy frigates",
    ["Norway"],
)
event(
    D,
    False,
    "'had already decided': a decision before the saying",
    [
        "The government had already decided to buy the ships, the minister said on Tuesday, answering critics."
    ],
    "Tuesday",
    "The government decided to buy ships",
    ["government"],
)
event(
    D,
    False,
    "the reported clause is about another thing than the event",
    ["Toyota will raise wages by 5%, its chief executive said on Tuesday."],
    "Tuesday",
    "Toyota builds battery plant in North Carolina",
    ["Toyota"],
)
event(
    D,
    False,
    "a signing ahead is an occasion of its own",
    [
        "The two governments will sign the accord in Ankara, the Turkish foreign ministry said on Saturday."
    ],
    "Saturday",
    "Turkey and Iraq to sign water accord",
    ["Turkey", "Iraq"],
)
event(
    D,
    False,
    "a done deed reported, no course committed",
    ["Unilever sold its tea business to a private equity firm, the group said on Friday."],
    "Thursday",
    "Unilever agreed to sell its tea business",
    ["Unilever"],
)
event(
    D,
    False,
    "a report's day for a deed with a time of its own in the sentence",
    ["The strike will begin on Monday, the union said on Wednesday."],
    "Wednesday",
    "Union strike",
    ["union"],
)

# --- announced-event: the event is a saying, or a prize whose result is announced -----------
A = ANNOUNCED
event(
    A,
    True,
    "'announces job cuts' dated by 'he said in Wednesday's release'",
    [
        "Maersk will cut about 10,000 jobs worldwide.",
        "'We have to become leaner,' he said in Wednesday's release.",
    ],
    "Wednesday",
    "Maersk announces job cuts",
    ["Maersk"],
)
event(
    A,
    True,
    "an unveiling dated by the company's statement",
    [
        "Rolls-Royce will build small nuclear reactors for the Czech grid, the company said in a statement on Monday."
    ],
    "Monday",
    "Rolls-Royce unveils reactor plan",
    ["Rolls-Royce"],
)
event(
    A,
    True,
    "a pledge dated by the minister's saying",
    [
        "Japan will give $2 billion to rebuild Ukraine's power network, Foreign Minister Takeshi Iwaya said on Friday."
    ],
    "Friday",
    "Japan pledges aid for Ukraine's grid",
    ["Japan"],
)
event(
    A,
    True,
    "'The winner was announced on Tuesday' dates the prize won",
    [
        "Irish novelist Paul Lynch has won the Booker Prize for Prophet Song.",
        "The winner was announced on Tuesday at a dinner in London.",
    ],
    "Tuesday",
    "Paul Lynch won the Booker Prize",
    ["Paul Lynch"],
)
event(
    A,
    True,
    "'the result was announced on 9 October' for an award",
    [
        "The Hungarian writer Laszlo Krasznahorkai is this year's Nobel laureate in literature; the result was announced on 9 October in Stockholm."
    ],
    "9 October",
    "Laszlo Krasznahorkai awarded the Nobel Prize in Literature",
    ["Laszlo Krasznahorkai"],
)
event(
    A,
    True,
    "'the decision was announced on Thursday' for a prize",
    [
        "The Pritzker Prize goes to the Chinese architect Liu Jiakun.",
        "The decision was announced on Thursday by the jury in Chicago.",
    ],
    "Thursday",
    "Liu Jiakun wins the Pritzker Prize",
    ["Liu Jiakun"],
)
event(
    A,
    True,
    "a declaration dated by the president's saying",
    ["Chile will leave the treaty, President Gabriel Boric declared on Sunday."],
    "Sunday",
    "Chile declares it will leave the treaty",
    ["Chile"],
)
event(
    A,
    True,
    "an announcement told 'said on Monday that'",
    ["Airbus said on Monday that it would raise A320 output to 75 jets a month."],
    "Monday",
    "Airbus announces output increase",
    ["Airbus"],
)
event(
    A,
    True,
    "'the winners were revealed on Saturday' for medals",
    [
        "Kenya's Faith Kipyegon and Beatrice Chebet took the medals for the season's best runs.",
        "The winners were revealed on Saturday at the gala in Monaco.",
    ],
    "Saturday",
    "Faith Kipyegon wins the athlete of the year award",
    ["Faith Kipyegon"],
)
event(
    A,
    True,
    "an announcement by its actor's spokeswoman",
    ["Heathrow will build a third runway by 2035, a Heathrow spokeswoman said on Thursday."],
    "Thursday",
    "Heathrow announces third runway plan",
    ["Heathrow"],
)

event(
    A,
    False,
    "sources' saying is no announcement of the company's",
    ["Maersk will cut about 10,000 jobs, sources familiar with the plan said on Wednesday."],
    "Wednesday",
    "Maersk announces job cuts",
    ["Maersk"],
)
event(
    A,
    False,
    "an election's result announced: the vote came first",
    ["Peter Pellegrini won the presidential election.", "The result was announced on Monday."],
    "Monday",
    "Pellegrini won the presidential election",
    ["Peter Pellegrini"],
)
event(
    A,
    False,
    "a match's result announced later is not the match's day",
    ["Arsenal were awarded the match after the appeal.", "The result was announced on Thursday."],
    "Thursday",
    "Arsenal won the match",
    ["Arsenal"],
)
event(
    A,
    False,
    "the announcement was earlier: 'first announced in March'",
    [
        "The cuts, first announced in March, will fall hardest on Denmark, a spokesman said on Wednesday."
    ],
    "Wednesday",
    "Maersk announces job cuts",
    ["Maersk"],
)
event(
    A,
    False,
    "the prize was announced on another day the evidence gives",
    [
        "Paul Lynch won the Booker Prize on Sunday.",
        "The winner was announced on Tuesday in the newspapers.",
    ],
    "Tuesday",
    "Paul Lynch won the Booker Prize",
    ["Paul Lynch"],
)
event(
    A,
    False,
    "another body's saying: 'Ukraine's foreign minister said'",
    ["Hungary will veto the aid package, Ukraine's foreign minister said on Friday."],
    "Friday",
    "Hungary announces veto",
    ["Hungary"],
)
event(
    A,
    False,
    "the announcement's day is another sentence's, 'Tuesday's release'",
    [
        "Maersk will cut about 10,000 jobs, it said in Tuesday's release.",
        "'We have to become leaner,' the chief executive told reporters on Wednesday.",
    ],
    "Wednesday",
    "Maersk announces job cuts",
    ["Maersk"],
)
event(
    A,
    False,
    "a referendum's result announced: the vote came first",
    ["The referendum result was announced on Monday, a day after voting closed."],
    "Monday",
    "Voters approve the referendum",
    ["voters"],
)
event(
    A,
    False,
    "the saying dates a reaction, the announcement was the day before",
    [
        "Rolls-Royce unveiled the plan on Sunday, and the company said on Monday that it would hire 500 engineers."
    ],
    "Monday",
    "Rolls-Royce unveils reactor plan",
    ["Rolls-Royce"],
)
event(
    A,
    False,
    "a critic's saying about the pledge",
    ["Japan will give $2 billion to Ukraine, opposition leader Yoshihiko Noda said on Friday."],
    "Friday",
    "Japan pledges aid for Ukraine",
    ["Japan"],
)

# --- measure-said: a measure introduced by its issuer's saying --------------------------------
M = MEASURE
measure(
    True,
    "'will stop licensing ..., Merz said on Friday' introduces the halt",
    [
        "Germany will, until further notice, stop licensing arms exports to Israel that could be used in Gaza, Chancellor Friedrich Merz said on Friday."
    ],
    "Friday",
    "German government",
    ["Friedrich Merz"],
)
measure(
    True,
    "'will ban ..., the minister said on Tuesday': the ban's announcement",
    [
        "Australia will ban under-16s from social media, Communications Minister Michelle Rowland said on Tuesday."
    ],
    "Tuesday",
    "Australian government",
    ["Michelle Rowland"],
)
measure(
    True,
    "'is to impose ..., the Treasury said on Monday'",
    ["Britain is to impose a windfall levy on oil and gas profits, the Treasury said on Monday."],
    "Monday",
    "HM Treasury",
    [],
)
measure(
    True,
    "'will freeze the assets', the French foreign ministry said",
    [
        "France will freeze the assets of 12 Russian oligarchs, the French foreign ministry said on Thursday."
    ],
    "Thursday",
    "French foreign ministry",
    [],
)
measure(
    True,
    "'would slap tariffs ...', with the saying first",
    ["Mexico said on Wednesday that it would slap tariffs of up to 50% on Chinese cars."],
    "Wednesday",
    "Mexican government",
    [],
)
measure(
    True,
    "the year elsewhere is the measure's end, not its announcement",
    [
        "India will restrict rice exports, the commerce ministry said on Friday.",
        "The curbs stay until 2027.",
    ],
    "Friday",
    "Indian commerce ministry",
    [],
)
measure(
    True,
    "'plans to raise' told by the chancellor",
    [
        "The government plans to raise the tax on gambling firms, Chancellor Rachel Reeves said on Wednesday."
    ],
    "Wednesday",
    "UK government",
    ["Rachel Reeves"],
)
measure(
    True,
    "a spokesperson for the Commission",
    [
        "The EU will suspend trade preferences for Georgia, a Commission spokesperson said on Tuesday."
    ],
    "Tuesday",
    "European Commission",
    [],
)
measure(
    True,
    "'will lift the ban', the president said on Saturday",
    ["Indonesia will lift its ban on palm oil exports, President Joko Widodo said on Saturday."],
    "Saturday",
    "Indonesian government",
    ["Joko Widodo"],
)
measure(
    True,
    "'would halt'",
    [
        "Canada would halt new arms permits for Israel, Foreign Minister Melanie Joly said on Tuesday."
    ],
    "Tuesday",
    "Canadian government",
    ["Melanie Joly"],
)

measure(
    False,
    "a measure made earlier: 'imposed last week'",
    ["The tariffs imposed last week will stay, the Treasury said on Monday."],
    "Monday",
    "HM Treasury",
    [],
)
measure(
    False,
    "the measure's own start in the sentence: 'from Monday'",
    [
        "Australia will ban under-16s from social media from December 10, the minister said on Tuesday."
    ],
    "Tuesday",
    "Australian government",
    [],
)
measure(
    False,
    "another side's saying: 'Russian officials said'",
    ["The EU will freeze more assets, Russian officials said on Thursday."],
    "Thursday",
    "European Union",
    [],
)
measure(
    False,
    "sources' saying",
    ["France will freeze the assets of 12 oligarchs, sources said on Thursday."],
    "Thursday",
    "French government",
    [],
)
measure(
    False,
    "another evidence sentence gives the measure its day",
    [
        "India will restrict rice exports, the commerce ministry said on Friday.",
        "The order was signed on Wednesday.",
    ],
    "Friday",
    "Indian commerce ministry",
    [],
)
measure(
    False,
    "a done measure reported later",
    ["Indonesia lifted its ban on palm oil exports, officials said on Saturday."],
    "Saturday",
    "Indonesian government",
    [],
)
measure(
    False,
    "a day that is not in the sentence",
    [
        "Germany will stop licensing arms exports to Israel, Chancellor Friedrich Merz said on Friday."
    ],
    "Thursday",
    "German government",
    ["Friedrich Merz"],
)
measure(
    False,
    "the saying tells an occasion ahead, a vote, not the measure",
    ["Parliament will vote on the levy, the Treasury said on Monday."],
    "Monday",
    "HM Treasury",
    [],
)
measure(
    False,
    "the day a measure was first floated, told 'earlier'",
    ["Britain is to impose the levy it floated earlier this year, the Treasury said on Monday."],
    "Monday",
    "HM Treasury",
    [],
)
measure(
    False,
    "an analyst's saying",
    ["The EU will suspend trade preferences for Georgia, an analyst at Bruegel said on Tuesday."],
    "Tuesday",
    "European Commission",
    [],
)


# --- decision-said, more styles: US "said Monday", "confirmed", a hearer, a trip, a third side
for expect, why, evidence, value, description, actors in [
    (True, "US style with no 'on': 'the company said Monday'",
     "Ford will cut 1,000 jobs at its Cologne plant, the company said Monday.",
     "Monday", "Ford will cut jobs in Cologne", ["Ford"]),
    (True, "'confirmed on Thursday' by the actor itself",
     "Volvo Cars confirmed on Thursday that it will move production of its EX30 to Belgium.",
     "Thursday", "Volvo Cars will move EX30 production to Belgium", ["Volvo Cars"]),
    (True, "a hearer between the verb and the day: 'told Reuters on Tuesday'",
     "Equinor is to sell its stake in the Brazilian field, chief executive Anders Opedal told Reuters on Tuesday.",
     "Tuesday", "Equinor decided to sell Brazilian stake", ["Equinor"]),
    (False, "a deed told later, US style: a cut already made in the spring",
     "Ford cut 1,000 jobs at its Cologne plant in the spring, the company said Monday.",
     "Monday", "Ford cut jobs in Cologne", ["Ford"]),
    (False, "a trip ahead: 'will travel to' is an occasion, not the decision's day",
     "Chancellor Merz will travel to Washington, his spokesman said on Tuesday.",
     "Tuesday", "Merz will travel to Washington", ["Friedrich Merz"]),
    (False, "the description is the deed ahead, not the decision: the completion comes later",
     "Lufthansa said on Monday that it would complete its purchase of ITA Airways within weeks.",
     "Monday", "Lufthansa completes the purchase of ITA Airways", ["Lufthansa"]),
    (False, "the description is the strike itself, which the union only plans",
     "The nurses' union told reporters on Thursday that it will stage a 48-hour stoppage across Scotland.",
     "Thursday", "nurses' 48-hour stoppage across Scotland", ["nurses' union"]),
    (False, "another named body's saying: a trade association tells of Nissan's plan",
     "Nissan will close two more plants, the Japan Automobile Manufacturers Association said on Wednesday.",
     "Wednesday", "Nissan will close plants", ["Nissan"]),
    (False, "a name alone with no office: whose saying, the tag does not say",
     "Nissan will close two more plants, Hiroshi Tanaka said on Wednesday.",
     "Wednesday", "Nissan will close plants", ["Nissan"]),
    (False, "another side telling of China's plan: 'Russian officials' are not the actor's",
     "Beijing will send troops to the border, Russian officials told reporters on Friday.",
     "Friday", "China will send troops to the border", ["China"]),
]:  # fmt: skip
    event(D, expect, why, [evidence], value, description, actors)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
