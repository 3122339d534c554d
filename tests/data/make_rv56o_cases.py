# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rv56o's set (``grounding_rv56o.jsonl``) of fo56's readings: session 56's
:mod:`summarizer.verification.people.acted_offices` and :mod:`~.held_bodies`, at their edges:

- ``founding``: a founding phrase ("set up", "started", "launched", "created", "formed")
  whose doer is another person (a relative's act, a rival named nearby, "by X's mother"),
  one the person only joined or funded, a founding of nothing ("set up a meeting", "launched
  the new phone", "started the final"), against the right founders in many forms (active,
  passive "by A and B", relative, a title before the doer, several co-founders);
- ``represents``: "represents" in a sentence about a case for the judge, the client (", who
  is represented by", ", represented by Y,"), an MP's constituency, a sports agent, an
  athlete's country, against the right counsel;
- ``forlist``: "NAME for BODY" where the body is the next or previous name's, the same
  surname's relative, a purpose ("blamed X for Orion Bank's collapse", "X for Congress"),
  against the body right after the name;
- ``runsbody``: "who runs / heads / manages the X" where the value owns another body of the
  page, or is a customer or partner, against the owner of the body they run;
- ``ownpost``: "VALUE's BODY" and "the court's" post where the body is another person's or
  the person only appeared before it, against the person's own post.

Run ``python tests/data/make_rv56o_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv56o.jsonl")

built = SupportCases(
    "rv56o",
    leads=[
        "By Nell Ashby | The Usk Herald",
        "TULSA (Plains Wire) -",
        "Local | The Deben Post",
        "From our Cardiff desk, The Taff Courier.",
        "LIVE | The Wear Bulletin",
    ],
)
FOUND, REP, FOR, RUNS, POST = "founding", "represents", "forlist", "runsbody", "ownpost"


# --- founding: the right founders in many forms ------------------------------------------
built.person_role(
    FOUND,
    "Nia Okafor",
    ["co-founder"],
    [],
    "Nia Okafor and Ben Hale started the Riverbend Food Bank in a church basement in 2012.",
    "It now feeds 600 households a week.",
)
built.person_role(
    FOUND,
    "Ben Hale",
    ["co-founder"],
    [],
    "Nia Okafor and Ben Hale started the Riverbend Food Bank in a church basement in 2012.",
    "It now feeds 600 households a week.",
)
built.person_role(
    FOUND,
    "Hana Vos",
    ["founder"],
    [],
    "The Larch Theatre Company was established in 1994 by director Hana Vos.",
    "Its new season opens in March.",
)
built.person_role(
    FOUND,
    "Kasper Lund",
    ["founder"],
    [],
    "Kasper Lund, who set up the Nordlys Cycling Club in 2001, said the new track was overdue.",
    "The club has 300 members.",
)
built.person_role(
    FOUND,
    "Greta Olsen",
    ["founder"],
    [],
    "The Fernhill Housing Trust, which Greta Olsen formed in 1979, will build 40 homes.",
    "Work starts in spring.",
)
built.person_role(
    FOUND,
    "Lena Park",
    ["co-founder"],
    [],
    "The startup Quillby was launched by Omar Siddiqui and Lena Park in a dorm room in 2017.",
    "It was sold last week for $40 million.",
)
built.person_role(
    FOUND,
    "Yusuf Bello",
    ["founder"],
    [],
    "Dr Yusuf Bello set up the Kano Eye Clinic in 2005 with money from his own savings.",
    "The clinic treats 90 patients a day.",
)
built.person_role(
    FOUND,
    "Clara Weiss",
    ["founder"],
    [],
    "The Danube Reading Society was set up in 2010 by former banker Clara Weiss.",
    "It gives away 5,000 books a year.",
)
built.person_role(
    FOUND,
    "Mira Holt",
    ["co-founder"],
    [],
    "Mira Holt and her husband Dan created the Saltmarsh Trust to buy flooded farmland.",
    "The trust now owns 800 acres.",
)
built.person_role(
    FOUND,
    "Ruth Obi",
    ["founder"],
    [],
    "Ruth Obi, a retired nurse, formed the Lekki Walking Group after a heart scare.",
    "The group walks every Saturday.",
)
built.person_role(
    FOUND,
    "Pavel Novak",
    ["founder"],
    [],
    "The Ostrava Jazz Society was started in 1968 by Pavel Novak, its founding chairman until 1990.",
    "It holds a festival every May.",
)

# --- founding: another's act, or a founding of nothing --------------------------------------
built.person_role(
    FOUND,
    "Tilly Moss",
    [],
    ["founder", "co-founder"],
    "Tilly Moss joined the Arden Rowing Club soon after it was set up by Carl Webb in 2010.",
    "She now coaches its junior crews.",
)
built.person_role(
    FOUND,
    "Igor Petrov",
    [],
    ["founder"],
    "Banker Igor Petrov funded the Volga Arts Trust, which was launched by painter Sonia Belova in 2011.",
    "The trust runs two galleries.",
)
built.person_role(
    FOUND,
    "Jill Cobb",
    [],
    ["founder"],
    "Mayor Jill Cobb set up a meeting with the Harbour Traders Association on Monday.",
    "Traders want cheaper parking.",
)
built.person_role(
    FOUND,
    "Raj Patel",
    [],
    ["founder"],
    "Minister Raj Patel set up an inquiry into the Northgate Hospital fire.",
    "It will report in June.",
)
built.person_role(
    FOUND,
    "Lars Berg",
    [],
    ["founder", "co-founder"],
    "The Vale Farm Shop was started by Lars Berg's mother, Ingrid, in 1980.",
    "Lars Berg, who took it over in 2015, said sales were steady.",
)
built.person_role(
    FOUND,
    "Fergus Dunn",
    [],
    ["founder"],
    "The Gull Island Trust was set up by Rhona Keel in 1999. Its rival, the Skerry Trust, is run by Fergus Dunn.",
    "Both trusts bid for the lighthouse.",
)
built.person_role(
    FOUND,
    "Tessa Hume",
    [],
    ["founder"],
    "Tessa Hume launched the new Aurora phone for Zeno Mobile at a show in Berlin.",
    "The phone goes on sale in May.",
)
built.person_role(
    FOUND,
    "Bo Lund",
    [],
    ["founder"],
    "Bo Lund set up the Rovers' second goal with a long pass in the 70th minute.",
    "The Rovers won 2-0.",
)
built.person_role(
    FOUND,
    "Jo Kerr",
    [],
    ["founder"],
    "Jo Kerr started the FA Cup final on the bench but came on to score.",
    "Her side won 1-0.",
)
built.person_role(
    FOUND,
    "Sam Ode",
    [],
    ["founder"],
    "Sam Ode, whose wife Jane Lowe set up the Fenwick Trust, said the trust would close.",
    "The trust ran three shelters.",
)
built.person_role(
    FOUND,
    "Paul Orme",
    [],
    ["founder"],
    "The Elm Road Clinic was set up by Dr Mae Lin and managed by Paul Orme until 2020.",
    "It closed last year.",
)

# --- represents: the right counsel ------------------------------------------------------
built.person_role(
    REP,
    "Nadia Farouk",
    ["counsel"],
    [],
    "Nadia Farouk, who represents the Ortiz family in the lawsuit against the city, said the ruling was a relief.",
    "The city may appeal.",
)
built.person_role(
    REP,
    "Gareth Lyle",
    ["counsel"],
    [],
    "The union is represented in the case by Gareth Lyle, who called the dismissals unlawful.",
    "The company denies wrongdoing.",
)
built.person_role(
    REP,
    "Ruth Adeyemi",
    ["counsel"],
    [],
    "At the hearing, Ruth Adeyemi, representing the airline, told the tribunal the pilots had broken their contracts.",
    "The tribunal will rule next month.",
)
built.person_role(
    REP,
    "Sara Kent",
    ["counsel"],
    [],
    "Judge Alan Moyo told Sara Kent, who represents the Ortiz family, that the case would resume on Friday.",
    "The family is suing the water board.",
)
built.person_role(
    REP,
    "Ana Petit",
    ["counsel"],
    [],
    "Mark Voss, represented by Ana Petit, told the court he had never seen the contract.",
    "The fraud trial continues.",
)
built.person_role(
    REP,
    "Iris Kamau",
    ["counsel"],
    [],
    "Iris Kamau has represented the fishermen since the case began in 2019.",
    "The court will sit again in May.",
)
built.person_role(
    REP,
    "Tom Vega",
    ["counsel"],
    [],
    "The families of the miners are represented at the inquest by Tom Vega.",
    "The inquest will last six weeks.",
)
built.person_role(
    REP,
    "Lea Chen",
    ["counsel", "attorney"],
    [],
    "Lea Chen, who is representing the tenants in their claim against the landlord, said the court had been misled.",
    "The landlord denies the claim.",
)
built.person_role(
    REP,
    "Omar Diaz",
    ["counsel"],
    [],
    "In court on Tuesday, Omar Diaz represented the driver, who denies causing the crash.",
    "The trial continues.",
)
built.person_role(
    REP,
    "Eve Rhodes",
    ["counsel"],
    [],
    "Eve Rhodes, who represented the hospital at the tribunal, said the nurse had been warned twice.",
    "The tribunal found for the nurse.",
)

# --- represents: the judge, the client, a constituency, an agent, a country -------------------
built.person_role(
    REP,
    "Alan Moyo",
    [],
    ["counsel"],
    "Judge Alan Moyo told Sara Kent, who represents the Ortiz family, that the case would resume on Friday.",
    "The family is suing the water board.",
)
built.person_role(
    REP,
    "Mark Voss",
    [],
    ["counsel", "attorney"],
    "Mark Voss, represented by Ana Petit, told the court he had never seen the contract.",
    "The fraud trial continues.",
)
built.person_role(
    REP,
    "Ken Ruiz",
    [],
    ["counsel"],
    "Ken Ruiz, who is represented by Ana Petit in the fraud case, denies the charges.",
    "The trial opens in June.",
)
built.person_role(
    REP,
    "Dev Anand",
    [],
    ["counsel"],
    "Dev Anand, who represents Leeds Central in Parliament, raised the case of a constituent who lost her home.",
    "The council said it would review the case.",
)
built.person_role(
    REP,
    "Joan Hale",
    [],
    ["counsel"],
    "Joan Hale, who represents Barrow in Parliament, met families of the victims on Friday.",
    "The families want an inquiry.",
)
built.person_role(
    REP,
    "Pia Strand",
    [],
    ["counsel", "attorney"],
    "Pia Strand, who represents striker Kai Dune, said her client wanted to stay at the club.",
    "Rovers have offered him a new contract.",
)
built.person_role(
    REP,
    "Kai Dune",
    [],
    ["counsel"],
    "Kai Dune, represented by agent Pia Strand, wants a new contract, and his case will be heard by the club's board.",
    "Rovers have offered him a two-year deal.",
)
built.person_role(
    REP,
    "Mo Farr",
    [],
    ["counsel"],
    "Mo Farr, who represents Britain in the 10,000 metres, lost his appeal against a doping ban.",
    "He says the test was flawed.",
)
built.person_role(
    REP,
    "Sue Kay",
    [],
    ["counsel"],
    "Sue Kay represents the workers at the Dunmore plant in the pay claim talks.",
    "The union wants a 6% rise.",
)
built.person_role(
    REP,
    "Ola Berg",
    [],
    ["counsel"],
    "The court heard that Ola Berg, the bank's former clerk, was represented by Nils Aas.",
    "Berg denies fraud.",
)

# --- forlist: the body right after the name -----------------------------------------------
built.affiliation(
    FOR,
    "Jana Novak",
    ["Slavia Prague"],
    ["Sparta Prague"],
    "Jana Novak for Slavia Prague and Eva Horak for Sparta Prague both scored twice in the derby.",
    "The match ended 2-2.",
)
built.affiliation(
    FOR,
    "Eva Horak",
    ["Sparta Prague"],
    ["Slavia Prague"],
    "Jana Novak for Slavia Prague and Eva Horak for Sparta Prague both scored twice in the derby.",
    "The match ended 2-2.",
)
built.affiliation(
    FOR,
    "Amy Dale",
    ["the Green Party"],
    ["Labour"],
    "Councillor Amy Dale for the Green Party and Rob Kell for Labour spoke against the plan.",
    "The vote is on Thursday.",
)
built.affiliation(
    FOR,
    "Ken Ito",
    ["Nagano Motors"],
    ["Kobe Motors"],
    "The deal was signed by Ken Ito for Nagano Motors and Sam Wu for Kobe Motors in Osaka.",
    "Both firms will share engines.",
)
built.affiliation(
    FOR,
    "Sam Wu",
    ["Kobe Motors"],
    ["Nagano Motors"],
    "The deal was signed by Ken Ito for Nagano Motors and Sam Wu for Kobe Motors in Osaka.",
    "Both firms will share engines.",
)

# --- forlist: a purpose, a relative, a campaign ---------------------------------------------
built.affiliation(
    FOR,
    "Carl Nye",
    [],
    ["Orion Bank"],
    "Investors blamed regulator Carl Nye for Orion Bank's collapse in March.",
    "Nye said the bank had hidden its losses.",
)
built.affiliation(
    FOR,
    "Ewa Kowal",
    ["Czech Rail"],
    ["Polish Rail"],
    "Jan Kowal for Polish Rail and his sister Ewa Kowal for Czech Rail signed the timetable.",
    "Trains will run hourly from June.",
)
built.affiliation(
    FOR,
    "Tom Payne",
    [],
    ["Congress"],
    "The ads were paid for by Tom Payne for Congress, the campaign of the Republican challenger.",
    "Payne has never held office.",
)
built.affiliation(
    FOR,
    "Ida Roth",
    [],
    ["Harbour Lights"],
    "The prize went to Ida Roth for Harbour Lights, her novel about a fishing town.",
    "Roth teaches at a school in Hull.",
)
built.affiliation(
    FOR,
    "Mia Cole",
    [],
    ["Labour"],
    "Mia Cole, who voted for Labour in 2019, now backs the Greens.",
    "She runs a cafe in Stroud.",
)
built.affiliation(
    FOR,
    "Lina Osei",
    [],
    ["Accra Stars"],
    "Fans praised Lina Osei for Accra Stars' defeat, saying her saves for Kumasi United kept the score down.",
    "Kumasi United lost 4-0.",
)
built.affiliation(
    FOR,
    "Rob Kell",
    [],
    ["the Green Party"],
    "Councillor Amy Dale for the Green Party and Rob Kell for Labour spoke against the plan.",
    "The vote is on Thursday.",
)
built.affiliation(
    FOR,
    "Dan Ross",
    [],
    ["Wales"],
    "Scotland beat Wales 20-17. The tries came from Dan Ross for Scotland and Huw Ellis for Wales.",
    "Wales play France next.",
)

# --- runsbody: the owner of the body they run ---------------------------------------------
built.affiliation(
    RUNS,
    "Jon Paz",
    ["Rio Mining"],
    ["Vale Steel"],
    "Rio Mining's Santa Ana mine will close for a month, the company said.",
    "Jon Paz, who runs the Santa Ana mine, said the shafts needed repair.",
    "Vale Steel, which buys most of the mine's ore, said its mills would slow.",
)
built.affiliation(
    RUNS,
    "Ada Kim",
    ["Hollin Foods"],
    ["Brio Packaging"],
    "Hollin Foods' Delta Plant makes 2 million pies a week.",
    "Ada Kim, who heads the Delta Plant, said a second line would open.",
    "Brio Packaging, its box supplier, has raised prices.",
)
built.affiliation(
    RUNS,
    "Ray Holt",
    ["Kora Air"],
    ["Lagos Ground Services"],
    "Kora Air's Lagos hub handled 3 million passengers last year.",
    "Ray Holt, who manages the Lagos hub, said Lagos Ground Services would take over the baggage.",
)
built.affiliation(
    RUNS,
    "Eli Sato",
    [],
    ["Hollin Foods"],
    "Hollin Foods' Delta Plant makes 2 million pies a week.",
    "Eli Sato, who runs Brio Packaging, the Delta Plant's box supplier, said prices would rise.",
)
built.affiliation(
    RUNS,
    "Uma Rai",
    [],
    ["Kora Air"],
    "Kora Air's Lagos hub handled 3 million passengers last year.",
    "Uma Rai, who manages the Lagos hub's catering for Skyline Meals, said staff were short.",
)
built.affiliation(
    RUNS,
    "Noor Ali",
    [],
    ["Rio Mining"],
    "Rio Mining's Santa Ana mine and Vale Steel's Santa Ana smelter share a rail line.",
    "Noor Ali, who runs the Santa Ana smelter, said ore deliveries had stopped.",
)
built.affiliation(
    RUNS,
    "Ivo Kranj",
    [],
    ["Adria Shipping"],
    "Adria Shipping's Split terminal and Dalmatia Ports' Split marina stand side by side.",
    "Ivo Kranj, who heads the Split marina, said the terminal's cranes were too loud.",
)
built.affiliation(
    RUNS,
    "Bea Lowe",
    [],
    ["Tarn Water"],
    "Tarn Water's Haweswater works supplies half the city.",
    "Bea Lowe, who manages the Haweswater works' contract for Fell Engineering, said repairs were late.",
)
built.affiliation(
    RUNS,
    "Gil Moro",
    [],
    ["Sena Bank"],
    "Sena Bank's Porto branch closed on Friday.",
    "Gil Moro, who runs a bakery beside the Porto branch, said customers were upset.",
)
built.affiliation(
    RUNS,
    "Ted Marsh",
    [],
    ["Bolt Energy"],
    "Bolt Energy's Ridge wind farm sells its power to Kestrel Grid.",
    "Ted Marsh, head of the Ridge wind farm's buyer, Kestrel Grid, said prices were fair.",
)
built.affiliation(
    RUNS,
    "Ana Ruiz",
    ["Andes Copper"],
    ["Pacific Mining"],
    "Rescuers at Andes Copper's Cerro Negro mine reached the trapped men on Sunday.",
    "Ana Ruiz, who heads the Cerro Negro division, said the tunnel was safe.",
    "Pacific Mining sent two rescue teams.",
)
built.affiliation(
    RUNS,
    "Lev Orlov",
    ["Ural Rail"],
    ["Volga Freight"],
    "Ural Rail's Perm depot will get 20 new engines.",
    "Lev Orlov, who runs the Perm depot, said the old ones were 40 years old.",
    "Volga Freight leases most of them.",
)
built.affiliation(
    RUNS,
    "Rui Costa",
    ["Tejo Power"],
    ["Lisbon Metro"],
    "Tejo Power's Sines plant went offline on Monday.",
    "Rui Costa, who heads the Sines plant, said Lisbon Metro had been warned.",
)
built.affiliation(
    RUNS,
    "Kim Yoo",
    ["Han Steel"],
    ["Busan Port"],
    "Han Steel's Ulsan works shipped its first green steel.",
    "Kim Yoo, who manages the Ulsan works, said Busan Port would load it.",
)
built.affiliation(
    RUNS,
    "Dina Ezra",
    ["Negev Water"],
    ["Galil Farms"],
    "Negev Water's Arad plant supplies 30 farms.",
    "Dina Ezra, who runs the Arad plant, said Galil Farms would get more water.",
)

# --- ownpost: the court's post, a body's owner -----------------------------------------------
built.affiliation(
    POST,
    "Lusia Fifita",
    ["Pacific Appeals Court"],
    [],
    "The Pacific Appeals Court named two officials on Friday.",
    "Lusia Fifita, a Tongan lawyer, will serve as the court's deputy registrar.",
)
built.affiliation(
    POST,
    "Mele Tau",
    ["Pacific Appeals Court"],
    [],
    "The Pacific Appeals Court swore in its new clerk on Monday.",
    "Mele Tau, who trained in Auckland, is the court's first woman clerk.",
)
built.affiliation(
    POST,
    "Hugo Lenz",
    ["Alpine Trade Tribunal"],
    [],
    "The Alpine Trade Tribunal opened its first hearing in Bern.",
    "Hugo Lenz, an Austrian economist, was named as the tribunal's chief expert.",
)
built.affiliation(
    POST,
    "Ken Oba",
    [],
    ["Regional Appeals Court"],
    "The Regional Appeals Court upheld the verdict on Monday.",
    "Ken Oba, who appeared before it in March, said the verdict was the court's mistake.",
)
built.affiliation(
    POST,
    "Tim Aro",
    [],
    ["Regional Appeals Court"],
    "The Regional Appeals Court heard its first witness on Monday.",
    "Tim Aro criticised Judge Mae Sun, the court's president, for refusing bail.",
)
built.affiliation(
    POST,
    "Ali Said",
    [],
    ["Coastal Planning Board"],
    "The Coastal Planning Board rejected the marina on Tuesday.",
    "Ali Said, who applied for it, said the plan was the board's own idea at first.",
)
built.affiliation(
    POST,
    "Rita Holm",
    [],
    ["Nordic Health"],
    "Nordic Health's Vasa Hospital takeover bid failed on Friday.",
    "Rita Holm, who works at the Vasa Hospital, said staff were relieved.",
)
built.affiliation(
    POST,
    "Pia Lind",
    [],
    ["Harbour Arts Council"],
    "The Harbour Arts Council cut its grants on Monday.",
    "Pia Lind, a painter, is the council's sharpest critic.",
)
built.affiliation(
    POST,
    "Ola Moen",
    [],
    ["Fjord Fishing Board"],
    "The Fjord Fishing Board set new quotas.",
    "Ola Moen, a skipper, called the quotas the board's worst mistake.",
)
built.affiliation(
    POST,
    "Sven Dahl",
    [],
    ["Baltic Trade Court"],
    "The Baltic Trade Court fined the Tallinn Shipping Company on Monday.",
    "Sven Dahl, who owns the company, said the fine was the court's revenge.",
)
built.affiliation(
    POST,
    "Mae Sun",
    ["Regional Appeals Court"],
    [],
    "The Regional Appeals Court heard its first witness on Monday.",
    "Tim Aro criticised Judge Mae Sun, the court's president, for refusing bail.",
)
built.affiliation(
    POST,
    "Ines Roa",
    ["Coastal Planning Board"],
    [],
    "The Coastal Planning Board rejected the marina on Tuesday.",
    "Ines Roa, the board's chair, said the plan was too big.",
)
built.affiliation(
    POST,
    "Dag Berg",
    ["Fjord Fishing Board"],
    [],
    "The Fjord Fishing Board set new quotas.",
    "Dag Berg is the board's chief scientist.",
)
built.affiliation(
    POST,
    "Tove Nes",
    ["Harbour Arts Council"],
    [],
    "The Harbour Arts Council cut its grants on Monday.",
    "Tove Nes, who joined in 2019 as the council's treasurer, said money was tight.",
)
built.affiliation(
    POST,
    "Aki Mori",
    ["Baltic Trade Court"],
    [],
    "The Baltic Trade Court fined the Tallinn Shipping Company on Monday.",
    "Aki Mori, a Finnish judge, sits as the court's president.",
)
built.affiliation(
    POST,
    "Luis Mora",
    ["Andes Copper"],
    [],
    "Andes Copper's Cerro Azul mine will reopen in May.",
    "Luis Mora, who runs the Cerro Azul mine, said the shaft was repaired.",
)
built.affiliation(
    POST,
    "Lea Bruk",
    ["Tarn Water"],
    [],
    "Tarn Water's Haweswater works supplies half the city.",
    "Lea Bruk, who heads the Haweswater works, said the dam was sound.",
)

# --- more of each: the body after the name, the owner of the body run, a critic's "the X's" ----
built.affiliation(
    FOR,
    "Lola Vidal",
    ["Real Oviedo"],
    [],
    "Striker Lola Vidal for Real Oviedo hit the post twice before half-time.",
    "Oviedo lost 1-0.",
)
built.affiliation(
    FOR,
    "Rosa Pinto",
    ["the Liberal Party"],
    ["the Country Party"],
    "Senator Rosa Pinto for the Liberal Party opened the debate, and Joe Hart for the Country Party closed it.",
    "The bill passed on Friday.",
)
built.affiliation(
    FOR,
    "Joe Hart",
    ["the Country Party"],
    ["the Liberal Party"],
    "Senator Rosa Pinto for the Liberal Party opened the debate, and Joe Hart for the Country Party closed it.",
    "The bill passed on Friday.",
)
built.affiliation(
    FOR,
    "Erik Lind",
    ["Scania Trucks"],
    [],
    "Anna Berg for Volvo Cars and Erik Lind for Scania Trucks signed the charging pact.",
    "The chargers will be built by 2027.",
)
built.affiliation(
    RUNS,
    "Sigrid Vik",
    ["Nord Gas"],
    [],
    "Nord Gas's Bergen terminal will double in size by 2028.",
    "Sigrid Vik, who heads the Bergen terminal, said 200 jobs would be added.",
)
built.affiliation(
    RUNS,
    "Aida Nur",
    ["Kaspi Oil"],
    ["Tengiz Power"],
    "Kaspi Oil's Atyrau refinery was shut for a week.",
    "Aida Nur, who manages the Atyrau refinery, said Tengiz Power had cut its supply.",
)
built.affiliation(
    POST,
    "Jo Fry",
    [],
    ["Metro Transit Board"],
    "The Metro Transit Board raised fares on Monday.",
    "Jo Fry, a commuter, said it was the board's third rise this year.",
)
built.affiliation(
    POST,
    "Ian Bain",
    [],
    ["Highland Licensing Court"],
    "The Highland Licensing Court closed the Stag Inn on Friday.",
    "Ian Bain, its landlord, is the court's loudest critic.",
)
built.affiliation(
    POST,
    "Amy Pugh",
    [],
    ["Valley Health Trust"],
    "The Valley Health Trust cut 40 beds on Monday.",
    "Amy Pugh, a union steward, said this was the trust's worst winter.",
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
