# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the case set of session 64's review rv64r of ro64 (``grounding_rv64r.jsonl``;
:mod:`summarizer.verification.people.other_heads`): a role against the noun title the page
gives the person, where the page writes the right post with another noun than the title's,

- ``reworded``: the title's own post in other words ("manager" for "Rovers boss Jo Tan",
  "captain" for "Skipper Ade Bello", "lead singer" for "Frontman Tom Reed", "headteacher" for
  "Headmaster Rob Ince", "shop owner" for "Shopkeeper Lal Dhar") or a kind the title is one of
  ("scientist" for "Epidemiologist Ana Ruiz", "artist" for "painter Ida Holm", "diplomat" for
  "Ambassador Rana Said", "soldier" for "Sergeant Cal Moss") passes; another post or trade in
  the same shape is refused;
- ``elsewhere``: the right post written away from the title: a later sentence's back-reference
  ("The director added"), a pronoun's ("She is also a governor"), a headline, a verb of the
  post in a clause ("who owns the bakery", "who farms 200 acres", "who sits on the parish
  council", "who edits") passes; another person's post written elsewhere is refused;
- ``lookalike``: a value whose head only looks like a word of the title (its modifier's stem,
  "footballer" for "Football agent Kit Rowe", "musician" for "music teacher Jan Bell"; a class
  word of another sense, "goalkeeper" for the zoo's "head keeper", "footballer" for "public
  defender") is refused; the title itself passes.

Run ``python tests/data/make_rv64r_cases.py`` to rebuild it. Every article below was written
for this set in its own words, names and places made up; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv64r.jsonl")

built = SupportCases(
    "rv64r",
    leads=[
        "By Mara Quist | The Hollin Gazette",
        "DUNMORE, June 9 (Northline News) -",
        "Community news — The Tarrow Valley Echo",
        "From our business desk, The Fenwick Ledger.",
        "SPORT | The Carrick Evening Star",
        "NEWS IN BRIEF -",
        "Posted by the Brayford Standard newsroom",
    ],
)

REWORDED, ELSEWHERE, LOOKALIKE = "reworded", "elsewhere", "lookalike"


def role(category: str, name: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    built.person_role(category, name, passes, fails, *paragraphs)


def headed(
    category: str, headline: str, name: str, passes: list[str], fails: list[str], *paragraphs: str
) -> None:
    """A page under a headline of its own (the role written there and nowhere else)."""
    lead = built.leads[len(built.cases) % len(built.leads)]
    body = "\n\n".join(paragraphs)
    text = f"{headline}\n\n{lead}\n\n{body}\n"
    built.each(
        category, text, passes, fails, "people[0].role",
        lambda value: {"people": [{"name": name, "role": value}]}, f"{name}'s role",
    )  # fmt: skip


# --- reworded: the same post in other words ------------------------------------------------
role(
    REWORDED,
    "Jo Tan",
    ["manager"],
    ["owner"],
    "Carrick Rovers slipped into the relegation places after a 2-0 defeat at Ashby Town.",
    "Rovers boss Jo Tan said his players had lacked belief from the first minute.",
)
role(
    REWORDED,
    "Ade Bello",
    ["captain"],
    ["head coach"],
    "Hollin RFC held on for a 19-17 win over Brayford in driving rain.",
    "Skipper Ade Bello kicked the decisive penalty with four minutes left.",
)
role(
    REWORDED,
    "Tom Reed",
    ["lead singer", "singer"],
    ["drummer"],
    "The Lanterns have cancelled the rest of their autumn tour.",
    "Frontman Tom Reed said he needed surgery on his vocal cords and apologised to fans.",
)
role(
    REWORDED,
    "Rob Ince",
    ["headteacher", "head teacher"],
    ["caretaker"],
    "Pupils at St Aldhelm's School will return a week late after flooding damaged classrooms.",
    "Headmaster Rob Ince wrote to parents on Friday to explain the delay.",
)
role(
    REWORDED,
    "Lal Dhar",
    ["shop owner", "shopkeeper"],
    ["postmaster"],
    "A village shop in Tarrow has been robbed for the third time this year.",
    "Shopkeeper Lal Dhar said the thieves took cigarettes and about £300 from the till.",
)
role(
    REWORDED,
    "Gwen Pryce",
    ["firefighter", "fire fighter"],
    ["paramedic"],
    "A woman was rescued from the roof of her car after it was swept off a ford near Dunmore.",
    "Fireman Gwen Pryce waded into the water with a line tied to her waist.",
)
role(
    REWORDED,
    "Nell Ashby",
    ["pharmacist"],
    ["optician"],
    "High street chemists say they are running short of children's antibiotics.",
    "Chemist Nell Ashby said she had turned away a dozen parents this week.",
)
role(
    REWORDED,
    "Ravi Dutt",
    ["forecaster", "weather forecaster"],
    ["climate scientist"],
    "Heavy snow is expected across the Pennines on Tuesday night.",
    "Meteorologist Ravi Dutt said up to 20cm could fall on high ground.",
)
role(
    REWORDED,
    "Sol Baxter",
    ["comic", "comedian"],
    ["actor"],
    "A charity gala at the Fenwick Playhouse raised £40,000 for the town's hospice.",
    "Comedian Sol Baxter hosted the evening and auctioned his own shoes.",
)
role(
    REWORDED,
    "Ana Ruiz",
    ["scientist"],
    ["nurse"],
    "Cases of measles have doubled in the county since January.",
    "Epidemiologist Ana Ruiz said vaccination rates among five-year-olds had fallen below 85%.",
)
role(
    REWORDED,
    "Ida Holm",
    ["artist"],
    ["musician"],
    "A mural on the side of Brayford's old bus depot is to be saved from demolition.",
    "The painter Ida Holm, who created it in 1987, said she was delighted.",
)
role(
    REWORDED,
    "Rana Said",
    ["diplomat"],
    ["defence attaché"],
    "Talks on the fishing dispute will resume next month in Oslo.",
    "Ambassador Rana Said said both sides had moved closer on quotas.",
)
role(
    REWORDED,
    "Cal Moss",
    ["soldier"],
    ["police officer"],
    "A soldier from Dunmore has been honoured for rescuing two comrades under fire.",
    "Sergeant Cal Moss, of the 2nd Battalion, received the Military Cross at a ceremony on Tuesday.",
)
role(
    REWORDED,
    "Dee Lowry",
    ["musician"],
    ["songwriter"],
    "The Fenwick folk festival will go ahead despite losing its main sponsor.",
    "Drummer Dee Lowry, who has played every year since 1994, said the crowd would make up the difference.",
)
role(
    REWORDED,
    "Nia Cole",
    ["athlete"],
    ["coach"],
    "A Hollin sprinter has been picked for the European championships.",
    "Sprinter Nia Cole, 19, ran 11.2 seconds for the 100m at the trials in Birmingham.",
)
role(
    REWORDED,
    "Fr Liam Doyle",
    ["priest"],
    ["bishop"],
    "A church in Tarrow has reopened after a two-year restoration.",
    "Fr Liam Doyle, the rector of St Anne's, thanked the volunteers who raised the money.",
)
role(
    REWORDED,
    "Kit Ames",
    ["writer"],
    ["director"],
    "A film shot in Carrick has been nominated for a Bafta.",
    "Screenwriter Kit Ames said the town's harbour had inspired the script.",
)
role(
    REWORDED,
    "Omar Haddad",
    ["doctor"],
    ["nurse"],
    "The children's ward at Hollin General is to close at night from March.",
    "Consultant paediatrician Omar Haddad said families would have to travel 40 miles.",
)
role(
    REWORDED,
    "Ken Sato",
    ["broadcaster"],
    ["producer"],
    "A Brayford radio station is to drop its breakfast show after 30 years.",
    "Presenter Ken Sato, who has hosted it since 1998, said he was heartbroken.",
)
role(
    REWORDED,
    "Asha Begum",
    ["restaurant owner"],
    ["chef"],
    "A curry house in Fenwick has won a national award for the second year.",
    "Restaurateur Asha Begum said the prize belonged to her kitchen staff.",
)
role(
    REWORDED,
    "Dan Frew",
    ["pub landlord", "landlord"],
    ["brewer"],
    "The Plough in Tarrow will stay open after villagers bought it.",
    "Publican Dan Frew will stay on to run it for the new owners.",
)
role(
    REWORDED,
    "Rhys Vaughan",
    ["army officer", "officer"],
    ["surgeon"],
    "An inquest has heard how a training exercise on Dunmore moor went wrong.",
    "Captain Rhys Vaughan, who led the exercise, told the coroner the weather had closed in quickly.",
)
role(
    REWORDED,
    "Bea Lund",
    ["protester"],
    ["councillor"],
    "Police arrested six people at a demonstration against a new incinerator near Hollin.",
    "Demonstrator Bea Lund said officers had been heavy-handed.",
)
role(
    REWORDED,
    "Ezra Kline",
    ["prosecutor"],
    ["defence attorney"],
    "A former mayor of Carrick has been charged with taking bribes.",
    "District Attorney Ezra Kline said the case would go before a grand jury next month.",
)

# --- elsewhere: the right post away from the title -----------------------------------------
role(
    ELSEWHERE,
    "Anna Holt",
    ["director", "museum director"],
    ["curator"],
    "The Tarrow Museum will close two galleries to save money.",
    "Anna Holt, an art historian who has run the museum since 2004, said the cuts were painful.",
    "The director added that no staff would lose their jobs.",
)
role(
    ELSEWHERE,
    "Meg Rowan",
    ["school governor", "governor"],
    ["headteacher"],
    "Councillor Meg Rowan has called for a crossing outside Fenwick Primary.",
    "She is also a governor at the school and says parents have complained for years.",
)
role(
    ELSEWHERE,
    "Pat Keane",
    ["bakery owner", "owner"],
    ["mayor"],
    "Councillor Pat Keane, who owns the bakery on Mill Street, says rising energy costs may force it to close.",
    "The mayor, Lyn Doran, has promised to raise the issue with the town's MP.",
)
role(
    ELSEWHERE,
    "Huw Morgan",
    ["farmer"],
    ["vet"],
    "A councillor has warned that bird flu could spread to Hollin's poultry farms.",
    "Councillor Huw Morgan, who farms 200 acres near Dunmore, said he had moved his own hens indoors.",
)
role(
    ELSEWHERE,
    "Tess Garner",
    ["parish councillor", "councillor"],
    ["clerk"],
    "A plan to turn Tarrow's old chapel into flats has divided the village.",
    "Shopkeeper Tess Garner, who sits on the parish council, said most people she had spoken to backed it.",
)
role(
    ELSEWHERE,
    "Leo Frain",
    ["books editor", "editor"],
    ["publisher"],
    "Columnist Leo Frain, who also edits the paper's books pages, has won the Orwell prize.",
    "The judges praised his writing on rural poverty.",
)
role(
    ELSEWHERE,
    "Ruth Ebdon",
    ["head coach", "coach"],
    ["captain"],
    "Brayford Ladies reached the cup final for the first time with a 3-1 win.",
    "Former striker Ruth Ebdon, now in her second season in charge, said her side deserved it.",
    "The club's coach has rebuilt the squad with players from the academy.",
)
headed(
    ELSEWHERE,
    "Museum director to step down after 20 years",
    "Carys Wynne",
    ["museum director", "director"],
    ["curator"],
    "Carys Wynne, a historian who joined the Dunmore Museum in 2005, will retire in the summer.",
    "Under her leadership visitor numbers tripled.",
)
headed(
    ELSEWHERE,
    "Fenwick Town appoint new manager",
    "Gary Pell",
    ["manager"],
    ["chairman"],
    "Fenwick Town have named former defender Gary Pell as the successor to Alan Birch.",
    "Pell, 41, signed a two-year contract on Thursday.",
)
role(
    ELSEWHERE,
    "Mina Shah",
    ["chief executive", "boss"],
    ["chairman"],
    "Tarrow Water has been fined £2m for sewage spills into the river Lune.",
    "Mina Shah, an engineer by training, apologised to customers.",
    "The chief executive, who took over last year, said £40m would be spent on new pipes.",
)
role(
    ELSEWHERE,
    "Will Hart",
    ["singer"],
    ["guitarist"],
    "A retired teacher from Hollin has reached the final of a TV talent show.",
    "Grandfather of four Will Hart, who sings with the Hollin Male Voice Choir, wowed the judges with a Welsh hymn.",
)
role(
    ELSEWHERE,
    "Joan Tilly",
    ["councillor"],
    ["mayor"],
    "The campaigner Joan Tilly was elected to Brayford council in May.",
    "The mayor, Ray Cobb, welcomed her to the chamber on Monday.",
)
role(
    ELSEWHERE,
    "Sian Lloyd",
    ["landlady", "pub landlady"],
    ["brewer"],
    "Nurse Sian Lloyd has run the Red Lion in Tarrow with her husband for ten years.",
    "Their beer comes from a brewer in Carrick, Ned Stowe, who delivers it himself.",
)

# --- lookalike: a head like a word of the title, no post of theirs -------------------------
role(
    LOOKALIKE,
    "Kit Rowe",
    ["football agent", "agent"],
    ["footballer"],
    "A Carrick teenager has signed his first professional contract with Ashby Town.",
    "Football agent Kit Rowe, who negotiated the deal, said three clubs had been interested.",
)
role(
    LOOKALIKE,
    "Jan Bell",
    ["music teacher", "teacher"],
    ["musician"],
    "A Hollin school choir will sing at the Royal Albert Hall in November.",
    "Music teacher Jan Bell said the pupils had rehearsed every lunchtime since Easter.",
)
role(
    LOOKALIKE,
    "Ros Keel",
    ["umpire", "cricket umpire"],
    ["cricketer"],
    "Dunmore Cricket Club has been fined after a row over a disputed catch.",
    "Cricket umpire Ros Keel said players had surrounded her on the pitch.",
)
role(
    LOOKALIKE,
    "Ali Noor",
    ["governor", "school governor"],
    ["schoolteacher"],
    "Parents at Tarrow High have been told the school faces a £200,000 deficit.",
    "School governor Ali Noor said staff cuts could not be ruled out.",
)
role(
    LOOKALIKE,
    "Beth Carr",
    ["councillor"],
    ["labourer"],
    "The number of empty homes in Fenwick has risen by a third in five years.",
    "Labour councillor Beth Carr said the council should buy them back.",
)
role(
    LOOKALIKE,
    "Rory Quinn",
    ["editor", "commissioning editor"],
    ["commissioner"],
    "A Brayford publisher has bought the rights to a debut novel for a six-figure sum.",
    "Commissioning editor Rory Quinn said the book was the best she had read in years.",
)
role(
    LOOKALIKE,
    "Zoe Pike",
    ["keeper", "head keeper"],
    ["goalkeeper"],
    "Two Sumatran tiger cubs have been born at Carrick Zoo.",
    "Head keeper Zoe Pike said the mother and cubs were doing well.",
)
role(
    LOOKALIKE,
    "Lou Ferris",
    ["bus driver", "driver"],
    ["footballer"],
    "A bus driver has been praised for stopping to help a pensioner who fell in the street.",
    "Bus driver Lou Ferris said anyone would have done the same.",
)
role(
    LOOKALIKE,
    "Amy Rudd",
    ["make-up artist"],
    ["singer"],
    "A Hollin woman has won a Bafta for her work on a period drama.",
    "Make-up artist Amy Rudd said she had spent six hours a day ageing the lead actor.",
)
role(
    LOOKALIKE,
    "Dora Lim",
    ["tree surgeon"],
    ["doctor"],
    "An oak said to be 500 years old will be felled after it was found to be diseased.",
    "Tree surgeon Dora Lim said its trunk was almost completely hollow.",
)
role(
    LOOKALIKE,
    "Sam Okafor",
    ["public defender", "lawyer"],
    ["footballer"],
    "A man accused of arson in Carrick has been granted bail.",
    "His public defender, Sam Okafor, said the evidence against him was thin.",
)
role(
    LOOKALIKE,
    "Ivy Marsh",
    ["press officer"],
    ["police constable"],
    "Hollin council has apologised for a leaflet that gave residents the wrong bin days.",
    "Its press officer, Ivy Marsh, said a corrected version would be posted next week.",
)
role(
    LOOKALIKE,
    "Pip Sutton",
    ["data analyst", "analyst"],
    ["economist"],
    "Traffic on Brayford's ring road has fallen since the bus lanes opened, figures show.",
    "Data analyst Pip Sutton, who studied the figures for the council, said journeys were 4% shorter.",
)
role(
    LOOKALIKE,
    "Noel Grace",
    ["nursery manager", "manager"],
    ["nurse"],
    "A nursery in Dunmore has been rated outstanding by inspectors.",
    "Nursery manager Noel Grace said the staff had worked hard for the result.",
)
role(
    LOOKALIKE,
    "Finn Doherty",
    ["finance director"],
    ["filmmaker"],
    "Tarrow Studios, which makes adverts, has reported its first loss in a decade.",
    "Finance director Finn Doherty said clients had cut their budgets.",
)

# --- more of each: the mends' edges (rv64r) ------------------------------------------------
role(
    REWORDED,
    "Vic Onslow",
    ["manager", "boss"],
    ["drummer"],
    "Ashby Town's boss Vic Onslow has been fined £5,000 for criticising the referee.",
)
role(
    REWORDED,
    "Hana Ito",
    ["arts trust boss", "boss"],
    ["sculptor"],
    "Plans for a new gallery in Hollin have been shelved.",
    "Arts trust boss Hana Ito said the money had run out.",
)
role(
    REWORDED,
    "Ines Baro",
    ["artist"],
    ["sculptor"],
    "The illustrator Ines Baro has drawn every cover of the Tarrow Echo's Christmas supplement since 2001.",
)
role(
    REWORDED,
    "Moss Keyes",
    ["lawyer"],
    ["judge"],
    "A landlord who ignored a repair order has been jailed for six months.",
    "Barrister Moss Keyes, for the council, said tenants had lived with damp for two years.",
)
role(
    REWORDED,
    "Eli Brandt",
    ["musician"],
    ["singer"],
    "Cellist Eli Brandt will play the opening concert of the Dunmore festival.",
)
role(
    REWORDED,
    "Lila Crane",
    ["scientist", "researcher"],
    ["doctor"],
    "Virologist Lila Crane said the new strain spread faster but caused milder illness.",
)
role(
    ELSEWHERE,
    "Ruth Cole",
    ["head coach", "coach"],
    ["captain"],
    "Ruth Cole, a former PE teacher, led Brayford Ladies to the cup final.",
    "The coach said her players had earned a night off.",
)
role(
    ELSEWHERE,
    "Abe Lynn",
    ["farmer"],
    ["auctioneer"],
    "Beekeeper Abe Lynn, who also farms sheep on the moor above Tarrow, lost 40 hives in the storm.",
    "The auctioneer at Tarrow mart, Gil Pask, said prices for hay had doubled.",
)
role(
    ELSEWHERE,
    "Cora Voss",
    ["editor"],
    ["columnist"],
    "Novelist Cora Voss, who edited the Hollin Review for a decade, has died aged 81.",
    "Its columnist, Ned Harrow, called her fearless.",
)
role(
    ELSEWHERE,
    "Dev Anand",
    ["councillor"],
    ["alderman"],
    "Pharmacist Dev Anand, who was re-elected to Fenwick council last year, has backed the plan.",
    "The alderman, Lou Pim, opposes it.",
)
role(
    ELSEWHERE,
    "Tom Gale",
    ["club secretary", "secretary"],
    ["claimant"],
    "Plumber Tom Gale won his case against the bowls club he had served for 20 years.",
    "He is the club's secretary and had been removed from the committee without a vote.",
    "The claimants in a second case have yet to be heard.",
)
role(
    ELSEWHERE,
    "Ola Finch",
    ["historian"],
    ["director"],
    "Historian Ola Finch has put together the exhibition of Tarrow's lost railways.",
    "Its director, Amos Pell, said visitor numbers were up.",
    "The director added that the museum would stay open late on Fridays.",
)

role(
    ELSEWHERE,
    "Jo Park",
    ["councillor"],
    ["minister", "housing minister"],
    "Housing minister Ann Cole visited the Fenwick estate on Friday to launch the repair scheme.",
    "Councillor Jo Park said the money would not go far enough.",
    "The minister said more would follow next year.",
)
role(
    ELSEWHERE,
    "Bram Eze",
    ["boss"],
    ["chair", "chairwoman"],
    "Dunmore Harbour Trust's chairwoman, Liv Sand, has defended a rise in mooring fees.",
    "Boss Bram Eze, a former engineer, said the quay needed £3m of repairs.",
    "The chairwoman added that fees had been frozen for six years.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
