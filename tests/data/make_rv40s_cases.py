# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 40's speaker and credit rules (``grounding_rv40s.jsonl``,
review rv40s of branch m40: gsp40a, gsp40b and go40b's speaker part).

- ``review-speakers``: a quote's speaker where a new rule reads the sentence: a later "he"/"she"
  after a sentence whose subject is a role described (an apposed name that is the subject
  itself, a pronoun whose gender picks the apposed name); a colon frame's quote followed by a
  pronoun (a name the frame's verb introduces, an owner's noun, a delight "after the win"); a
  description's owner, owner's noun, hopeful and other holder ("who hoped to become prime
  minister" and then took office; a successor to the holder the page named first); a business's
  noun after "its agency, X," or "X's largest customer, Y,"; a company given a role word ("new
  owner Halvard Group", "X, the club's owner,", "stepped in as owner"); "the airline"/"the
  union" beside another name of the kind; a trade written two ways ("dockers", "dock
  workers"); a label noun before a rival's name; two bodies with the head noun "bank".
- ``review-credits``: a line under the headline of a name and an office (a source's office the
  body quotes, or the page's own writer the body names again), a title cut short, an edition's
  word after an outlet's name.

Run ``python tests/data/make_rv40s_cases.py`` to rebuild it. The people, bodies and outlets are
invented (a few real public bodies stand as themselves), every sentence was written for this
set, and each verdict was decided as a careful fact-checker reads the page before any rule ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv40s.jsonl")

built = SupportCases(
    "rv40s",
    leads=[
        "MANCHESTER (Pennine Wire) -",
        "By Grace Holloway | The Severn Courier",
        "BUSINESS DESK | The Harbour Ledger",
        "PHOENIX, Desert Sentinel -",
        "SPORT | The Kentish Echo",
    ],
)
SPEAKERS, CREDITS = "review-speakers", "review-credits"

# (the page's paragraphs, the quoted words, who said them, who did not)
# fmt: off
PAGES: list[tuple[list[str], str, list[str], list[str]]] = [
    # --- a role described as the subject (gsp40a) ---
    (
        ['Rovers beat Dale 3-1 at home on Saturday.',
         'The club\'s new captain, Joe Hart, scored twice in the second half. "We deserved the points," he said.'],
        'We deserved the points', ['Joe Hart'], [],
    ),
    (
        ['Ian Cole has managed Rovers since 2019.',
         'The club\'s manager hopes its captain, Joe Hart, will stay. Hart has a year left on his contract. "I love this place," he said.'],
        'I love this place', ['Joe Hart'], ['Ian Cole'],
    ),
    (
        ['Hamish Boyd took charge of the national side in 2021.',
         'The team\'s coach praised its captain, Andy Kerr, after the draw in Oslo. "He was outstanding," he said.'],
        'He was outstanding', ['Hamish Boyd'], ['Andy Kerr'],
    ),
    (
        ['Rovers lost 2-0 at Dale on Tuesday night.',
         'When the club\'s captain, Joe Hart, was sent off, Ian Cole was furious. "It was never a red card," he said.'],
        'It was never a red card', ['Ian Cole'], ['Joe Hart'],
    ),
    (
        ['Shareholders approved the appointment at the annual meeting.',
         'The new chair of the board is Marta Selby. "We have a great deal of work to do," she said.'],
        'We have a great deal of work to do', ['Marta Selby'], [],
    ),
    (
        ['Governor Ann Webb refused to release the emergency fund on Monday.',
         'The mayor\'s chief of staff, Tom Ruiz, rang the governor\'s office within the hour. "We need that money by Friday," he said.'],
        'We need that money by Friday', ['Tom Ruiz'], ['Ann Webb'],
    ),
    (
        ['Ian Cole has managed Rovers since 2019.',
         'Rovers\' captain, Joe Hart, signed a new three-year deal on Friday. "I never wanted to leave," he said.'],
        'I never wanted to leave', ['Joe Hart'], ['Ian Cole'],
    ),
    (
        ['Ian Cole has managed the club since 2019.',
         'The club\'s manager hopes its captain, Sarah Lund, will stay for another season. "I have never been happier anywhere," she said.'],
        'I have never been happier anywhere', ['Sarah Lund'], ['Ian Cole'],
    ),
    (
        ['The senator was charged in March with taking bribes.',
         'The senator\'s husband, Daniel Marsh, left the court without comment. Later the couple\'s daughter, Amy Marsh, read a statement on the steps. "Our family is strong," she said.'],
        'Our family is strong', ['Amy Marsh'], ['Daniel Marsh'],
    ),
    (
        ['Priya Shah has captained the county since 2022.',
         'Asked about the club\'s overseas signing, Marco Silva, the captain smiled. "He will score plenty of runs," she said.'],
        'He will score plenty of runs', ['Priya Shah'], ['Marco Silva'],
    ),
    # --- a colon frame and a pronoun after its quote (go40b) ---
    (
        ['Rovers unveiled their first signing of the summer at a packed press conference.',
         'Coach Tom Reyes introduced the new striker, Ana Silva: "It is an honour to be here," she said.'],
        'It is an honour to be here', ['Ana Silva'], ['Tom Reyes'],
    ),
    (
        ['Council leader Tom Hunt had asked for another month of talks.',
         'Mayor Ruth Kline was blunt: "The bridge closes on Monday," she told reporters.'],
        'The bridge closes on Monday', ['Ruth Kline'], ['Tom Hunt'],
    ),
    (
        ['Ruth Kline was elected mayor in 2023.',
         'Kline was blunt: "The bridge closes on Monday," she told reporters.'],
        'The bridge closes on Monday', ['Ruth Kline'], [],
    ),
    (
        ['Ana Silva scored twice as Rovers won the cup final.',
         'Tom Reyes could not hide his delight after the win: "We were brilliant from the first whistle," he said.'],
        'We were brilliant from the first whistle', ['Tom Reyes'], ['Ana Silva'],
    ),
    (
        ['Captain Ana Silva scored twice on Saturday.',
         'Her coach, Tom Reyes, was more guarded afterwards: "We still have a lot to fix," he said.'],
        'We still have a lot to fix', ['Tom Reyes'], ['Ana Silva'],
    ),
    (
        ['Mayor Ruth Kline has lost patience with the contractors.',
         'Owen Price, the mayor\'s deputy, was blunt: "The bridge closes on Monday," he said.'],
        'The bridge closes on Monday', ['Owen Price'], ['Ruth Kline'],
    ),
    (
        ['Owen Price has missed three council meetings this year.',
         'Ruth Kline had a message for Owen Price: "Turn up or step aside," she said.'],
        'Turn up or step aside', ['Ruth Kline'], ['Owen Price'],
    ),
    (
        ['The annual awards were handed out in Leeds on Thursday night.',
         'Tom Reyes thanked Ana Silva from the stage: "I owe him everything," she said.'],
        'I owe him everything', ['Ana Silva'], ['Tom Reyes'],
    ),
    # --- a description's owner, hopeful and holders (go40b) ---
    (
        ['Prime Minister Erna Moe defended her son, Lars Moe, over the contracts on Tuesday.',
         'Lars Moe, the prime minister\'s son, has denied any wrongdoing. "He has broken no rule," the prime minister said.'],
        'He has broken no rule', ['Erna Moe'], ['Lars Moe'],
    ),
    (
        ['Per Dahl resigned as transport minister in May.',
         'Ida Lunde, the minister\'s former deputy, took charge of the ministry in June. "Our budget is tight," the minister said on Wednesday.'],
        'Our budget is tight', ['Ida Lunde'], ['Per Dahl'],
    ),
    (
        ['Prime Minister Leo Garza faces an election in May.',
         'Ana Ruiz, who hopes to become prime minister, toured the shipyards on Monday. "These jobs are safe," the prime minister said in a statement.'],
        'These jobs are safe', ['Leo Garza'], ['Ana Ruiz'],
    ),
    (
        ['Leo Garza conceded defeat on Sunday night.',
         'Ana Ruiz, who hoped to become prime minister for a decade, finally took office on Monday. "These jobs are safe," the prime minister said in her first speech.'],
        'These jobs are safe', ['Ana Ruiz'], ['Leo Garza'],
    ),
    (
        ['The city\'s finances have been under strain for a year.',
         'The treasurer, Ben Ochoa, stepped down in March. His successor, Ruth Kim, unveiled the budget on Tuesday. "Every department will share the cuts," the treasurer said.'],
        'Every department will share the cuts', ['Ruth Kim'], ['Ben Ochoa'],
    ),
    (
        ['Maria Lopez, who leads the opposition on the council, called for an audit.',
         'The treasurer, Ben Ochoa, rejected the call on Thursday. "The books are in order," the treasurer said.'],
        'The books are in order', ['Ben Ochoa'], ['Maria Lopez'],
    ),
    (
        ['Parkside Council has refused to pay its agency, Brightline Media, for a campaign it says broke the rules.',
         '"We delivered exactly what the council ordered," the firm said.'],
        'We delivered exactly what the council ordered', ['Brightline Media'], ['Parkside Council'],
    ),
    (
        ['Halvard Steel\'s largest customer, Orrin Motors, moved its car production to Mexico in March.',
         '"The decision was about costs, not about Halvard," the carmaker said.'],
        'The decision was about costs, not about Halvard', ['Orrin Motors'], ['Halvard Steel'],
    ),
    (
        ['The health minister, Ida Lunde, met drugmakers on Monday.',
         'Lunde asked Velora Pharma to cut the price of its asthma inhaler. "We will look at it," the drugmaker said.'],
        'We will look at it', ['Velora Pharma'], ['Ida Lunde'],
    ),
    # --- a company's noun and a person's role (gsp40b) ---
    (
        ['Rovers were bought in May by their new owner Halvard Group, a shipping and property business.',
         '"We are here for the long term," the group said on Friday.'],
        'We are here for the long term', ['Halvard Group'], [],
    ),
    (
        ['Halvard Group, the club\'s owner, has put Rovers up for sale.',
         '"The time is right for new investors," the company said.'],
        'The time is right for new investors', ['Halvard Group'], [],
    ),
    (
        ['Brightwell Foods stepped in as owner of the Crumb bakery chain in 2022.',
         '"Crumb has not made a profit since," the company said on Monday.'],
        'Crumb has not made a profit since', ['Brightwell Foods'], [],
    ),
    (
        ['Nordvik Airways cancelled 40 flights on Sunday. Ted Marsh, head of the carrier, blamed air traffic control.',
         '"The delays were outside our control," the airline said.'],
        'The delays were outside our control', ['Nordvik Airways'], ['Ted Marsh'],
    ),
    (
        ['Calder Street Securities lost clients to rival firm Harbor Capital last year.',
         'On Monday Calder Street agreed to pay a $2 million fine to settle the regulator\'s case. "We accept the findings," the firm said.'],
        'We accept the findings', ['Calder Street Securities'], ['Harbor Capital'],
    ),
    (
        ['The regulator fined brokerage firm Calder Street Securities $2 million on Monday.',
         '"We accept the findings," the firm said.'],
        'We accept the findings', ['Calder Street Securities'], [],
    ),
    (
        ['Budget carrier Skylark will drop its Glasgow routes in May after a year-long fare war with Nordvik Airways.',
         '"Glasgow simply stopped paying its way," the airline said.'],
        'Glasgow simply stopped paying its way', ['Skylark'], ['Nordvik Airways'],
    ),
    (
        ['Bus drivers in Leeds will strike next week after Unite rejected a 3 per cent pay offer. The Train Drivers Union, which represents rail staff, settled last month.',
         '"Our members have been pushed too far," the union said.'],
        'Our members have been pushed too far', ['Unite'], ['Train Drivers Union'],
    ),
    (
        ['The Meridian Dockers Union called a 48-hour stoppage at the port on Thursday.',
         '"The employers left us no choice," the dock workers union said.'],
        'The employers left us no choice', ['Meridian Dockers Union'], [],
    ),
    (
        ['The Meridian Dockers Union called a 48-hour stoppage at the port on Thursday. The National Teachers Union backed the dockers.',
         '"Solidarity matters," the teachers union said.'],
        'Solidarity matters', ['National Teachers Union'], ['Meridian Dockers Union'],
    ),
    (
        ['Calder Savings Bank raised its mortgage rates on Thursday, a week after the Bank of England held its own.',
         '"Our funding costs are still rising," the bank said.'],
        'Our funding costs are still rising', ['Calder Savings Bank'], ['Bank of England'],
    ),
    (
        ['Easter Bank Holiday trading was weak, and the Bank of England held rates on Thursday.',
         '"Inflation is still too high," the bank said.'],
        'Inflation is still too high', ['Bank of England'], [],
    ),
]
# fmt: on
for paragraphs, words, passes, fails in PAGES:
    built.quote(SPEAKERS, built.page(*paragraphs), words, passes, fails)


# --- review-credits ------------------------------------------------------------------------
outlet = partial(built.article_field, CREDITS, "outlet")
byline = partial(built.article_field, CREDITS, "byline")

FIRE = (
    "Firefighters west of Flagstaff had contained half of the Mesa Verde fire by Saturday evening, two days after it forced 3,000 residents from their homes.\n\n"
    'County sheriff Curtis Lane said no deaths had been reported. "A little rain bought us the night," he told reporters.\n\n'
    "Evacuation orders for two neighborhoods were lifted on Sunday.\n"
)
COUNCIL = (
    "Councillors voted on Wednesday to raise council tax by 4.99 per cent to close a £21m gap in next year's budget.\n\n"
    'The council leader, Tom Hunt, said the rise was "the last thing any of us wanted".\n\n'
    "The new rate takes effect in April.\n"
)
FLOOD = (
    "The river peaked a metre above its banks in Lismore on Friday, and 400 homes were evacuated.\n\n"
    "Residents said the water rose faster than in 2022. The clean-up is expected to take weeks.\n"
)
TOWN = (
    "Residents of Harbour Lights voted on Tuesday to keep the harbour free of cruise ships.\n\n"
    "The parish council said turnout was the highest in its history.\n"
)


def page(head: str, body: str, title: str = "What happened this week") -> str:
    """A headline, the head line(s) ``head``, a blank line and the ``body``."""
    return f"{title}\n\n{head}\n\n{body}"


# a writer named under the headline and again in the body: the outlet is the page's
outlet(page("Dana Whitfield, The Foothills Courier", FIRE + "\nDana Whitfield reported from Flagstaff.\n"),
       ["The Foothills Courier"], [])  # fmt: skip
outlet(page("Rhiannon Price, The Sheffield Tribune", COUNCIL + "\nRhiannon Price is the Tribune's local democracy reporter.\n"),
       ["The Sheffield Tribune"], [])  # fmt: skip
outlet(page("Lena Ortiz, Coastline Radio", FLOOD + "\nLena Ortiz spoke to residents in Lismore for this report.\n"),
       ["Coastline Radio"], [])  # fmt: skip
byline(page("Dana Whitfield, The Foothills Courier", FIRE + "\nDana Whitfield reported from Flagstaff.\n"),
       ["Dana Whitfield"], ["Curtis Lane"])  # fmt: skip
# a source's office under the headline, the source quoted in the body
outlet(page("Curtis Lane, Coconino County Sheriff's Office", FIRE),
       [], ["Coconino County Sheriff's Office"])  # fmt: skip
outlet(page("Tom Hunt, Sheffield City Council", COUNCIL.replace("The council leader, Tom Hunt,", "The council leader, Tom Hunt,")),
       [], ["Sheffield City Council"])  # fmt: skip
byline(page("Tom Hunt, Sheffield City Council", COUNCIL),
       [], ["Tom Hunt"])  # fmt: skip
# a title cut short, and an edition's word after the outlet's own name
outlet(page("By Yuki Tanaka, Kanto Farm Journal", FLOOD),
       ["Kanto Farm Journal"], ["Kanto Farm"])  # fmt: skip
outlet(page("By Ana Ruiz | The Northern Echo | 9 June 2025", COUNCIL),
       ["The Northern Echo"], ["The Northern"])  # fmt: skip
outlet(page("By Ana Ruiz | Harbour Lights Weekly", TOWN),
       ["Harbour Lights Weekly"], ["Harbour Lights"])  # fmt: skip
outlet(page("By Jana Weiss | Der Spiegel International | 9 June 2025", FLOOD),
       ["Der Spiegel International"], ["Spiegel International Weekly"])  # fmt: skip
outlet(page("By Kate Holton | Foothills Courier staff | June 8, 2025", FIRE),
       ["Foothills Courier"], ["Flagstaff"])  # fmt: skip

outlet(page("Marta Selby, The Harbour Ledger", FLOOD + "\nMarta Selby covers the Northern Rivers for the Ledger.\n"),
       ["The Harbour Ledger"], ["Northern Rivers"])  # fmt: skip
outlet(page("Michele Ward, Flagstaff Fire Department", FIRE + "\nFire chief Michele Ward said crews would stay for a week.\n"),
       [], ["Flagstaff Fire Department"])  # fmt: skip


# --- session 41, closer gsp41c: the forms it mended, in new words ---
# fmt: off
NEW_SPEAKERS: list[tuple[list[str], str, list[str], list[str]]] = [
    # a name set off beside a fronted clause's noun is that clause's, not the main subject
    (
        ['The orchestra played to a full hall in Leeds on Sunday.',
         'When the orchestra\'s leader, Victor Lane, fell ill, Oscar Brandt stepped in at two hours\' notice. "I barely knew the part," he said.'],
        'I barely knew the part', ['Oscar Brandt'], ['Victor Lane'],
    ),
    (
        ['Shares in Halden Bank fell by a fifth this year.',
         'After the bank\'s founder, Hugo Marsh, resigned in March, Felix Dunn took charge. "The board needed a fresh start," he said.'],
        'The board needed a fresh start', ['Felix Dunn'], ['Hugo Marsh'],
    ),
    (
        ['Paul Vance has coached the side since 2020.',
         'Asked about the team\'s new striker, Luca Ferri, the coach grinned. "He will score goals for us," he said.'],
        'He will score goals for us', ['Paul Vance'], ['Luca Ferri'],
    ),
    (
        ['The school board met on Thursday night.',
         'While the board\'s treasurer, Alan Reid, backed the plan, Martin Cole voted against it. "It costs far too much," he said.'],
        'It costs far too much', ['Martin Cole'], ['Alan Reid'],
    ),
    # an owner's role as the subject, read back to the one the page gave the role
    (
        ['Nora Quinn became the museum\'s director in 2021.',
         'The museum\'s director thanked its biggest donor, Ellen Marsh, on Friday. "Without her we would have closed," she said.'],
        'Without her we would have closed', ['Nora Quinn'], ['Ellen Marsh'],
    ),
    (
        ['Tomas Berg was made Norway\'s chief negotiator last year.',
         'Norway\'s chief negotiator met his Danish counterpart, Lars Holm, in Oslo. "We are close to a deal," he said.'],
        'We are close to a deal', ['Tomas Berg'], ['Lars Holm'],
    ),
    (
        ['Keith Rowe took over as the union\'s general secretary in May.',
         'The union\'s general secretary wrote to the firm\'s chief executive, Brian Hall, on Monday. "Our offer stands," he said.'],
        'Our offer stands', ['Keith Rowe'], ['Brian Hall'],
    ),
    (
        ['Ayla Demir joined the band as its drummer in 2019.',
         'The band\'s drummer praised its singer, Mia Roth, after the show in Bristol. "She carried us tonight," she said.'],
        'She carried us tonight', ['Ayla Demir'], ['Mia Roth'],
    ),
]
# fmt: on
for paragraphs, words, passes, fails in NEW_SPEAKERS:
    built.quote(SPEAKERS, built.page(*paragraphs), words, passes, fails)

CLINIC = (
    "The Westgate walk-in clinic will close at weekends from July, the health trust said on Monday.\n\n"
    'Dr Helen Park, the trust\'s medical director, said the change was "the hardest call we have made".\n'
)
BRIDGE = (
    "The Old Mill bridge will shut for repairs for six weeks from Monday.\n\n"
    'Raj Patel, who leads the county highways team, said drivers should "allow an extra twenty minutes".\n'
)
# a source's name line under the headline, the source quoted in the body: no byline
byline(page("Helen Park, Westgate Health Trust", CLINIC), [], ["Helen Park"])  # fmt: skip
byline(page("Raj Patel, Northshire County Highways", BRIDGE), [], ["Raj Patel"])  # fmt: skip
byline(page("Curtis Lane, Coconino County Sheriff's Office", FIRE), [], ["Curtis Lane"])  # fmt: skip
byline(page("Michele Ward, Flagstaff Fire Department", FIRE + "\nFire chief Michele Ward said crews would stay for a week.\n"),
       [], ["Michele Ward"])  # fmt: skip
# a writer's line with the outlet's own name: the byline, named again in the body or not
byline(page("Owen Hale, The Dales Gazette", CLINIC), ["Owen Hale"], [])  # fmt: skip
byline(page("Priya Nair, Coastline Radio", BRIDGE + "\nPriya Nair reported from the Old Mill.\n"), ["Priya Nair"], [])  # fmt: skip
byline(page("Sam Ortiz, Northern Post", COUNCIL), ["Sam Ortiz"], [])  # fmt: skip
byline(page("Lucy Grant, Valley Times", TOWN + "\nLucy Grant is the Times's harbour reporter.\n"), ["Lucy Grant"], [])  # fmt: skip
# a town's name the outlet's name holds, the town written in the body as a place
outlet(page("By Ana Ruiz | Stony Cross Gazette", "Families in Stony Cross will get a new library next spring.\n"),
       ["Stony Cross Gazette"], ["Stony Cross"])  # fmt: skip
outlet(page("By Mel Dwyer | Port Ellis Courier", "Ferries from Port Ellis were cancelled on Friday as gales hit the coast.\n"),
       ["Port Ellis Courier"], ["Port Ellis"])  # fmt: skip
outlet(page("By Joe Bright | Kings Ferry Times", "Traders at Kings Ferry market said rents had doubled since 2020.\n"),
       ["Kings Ferry Times"], ["Kings Ferry"])  # fmt: skip
outlet(page("By Ines Roy | Glen Orchy Herald", "A new road near Glen Orchy opened on Tuesday after two years of work.\n"),
       ["Glen Orchy Herald"], ["Glen Orchy"])  # fmt: skip


# session 43 (gsp43): a business whose name writes "Group" is what "the company" stands for
# (a group of companies), never past a nearer business or for a person
# fmt: off
for paragraphs, words, passes, fails in (
    (["Carrow Group will sell its ferry arm by the end of the year.",
      '"Ferries are no longer core to us," the company said.'],
     "Ferries are no longer core to us", ["Carrow Group"], []),
    (["Ellison Group, which owns four hotels in Bath, has cut 90 jobs.",
      '"Bookings have not come back," the company said on Friday.'],
     "Bookings have not come back", ["Ellison Group"], []),
    (["Mereworth Group raised its offer for Dunmore Foods on Monday.",
      '"This is our final offer," the company said.'],
     "This is our final offer", ["Mereworth Group"], []),
    (["Tarn Valley Group opened a second quarry near Kendal.",
      '"Demand for stone is rising," the firm said.'],
     "Demand for stone is rising", ["Tarn Valley Group"], []),
    (["Mereworth Group raised its offer for Dunmore Foods on Monday.",
      "Dunmore Foods rejected the offer within hours.",
      '"The price is still too low," the company said.'],
     "The price is still too low", [], ["Mereworth Group"]),
    (["Union official Nia Rees said Ellison Group had broken its promise.",
      '"We have kept every promise," the company said.'],
     "We have kept every promise", [], ["Nia Rees"]),
    (["The Rio Group of nations met in Lima on Monday.",
      '"Trade must stay open," the company said.'],
     "Trade must stay open", [], ["Peru"]),
    (["Carrow Group sold its ferry arm to Brinkley Marine on Tuesday.",
      "Brinkley Marine will keep all 300 staff.",
      '"We will add two routes," the company said.'],
     "We will add two routes", [], ["Carrow Group"]),
):
    built.quote(SPEAKERS, built.page(*paragraphs), words, passes, fails)
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
