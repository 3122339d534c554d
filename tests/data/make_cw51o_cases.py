# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 51's affiliation ties for the confirm-only mode
(``grounding_cw51o.jsonl``, tie writer cw51o; every case carries ``"confirm": ["affiliation"]``):

- ``its``: an office of "its" body (:mod:`summarizer.verification.people.its_holders`): "The
  Kremlin said ... Its spokesman, X,", "X, its chief executive," after a sentence naming the
  company; the body confirmed, another body named in the same stretch (a second company, the
  country beside a ministry, the council where a country spoke) left unconfirmed, and a
  stretch naming two bodies confirms neither;
- ``polity``: an office written without its country (:mod:`summarizer.verification.people.
  page_polity`): "President X" on a page about one country; that country confirmed, the other
  country the page names (whose own officials it writes with the country's name) not, and a
  page about two countries equally confirms neither;
- ``staff``: the page's credited writer (:mod:`summarizer.verification.bylines.staff_ties`):
  the outlet of the masthead confirmed, a body the story names (a source, a company) not.

Run ``python tests/data/make_cw51o_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_cw51o.jsonl")
CONFIRM = ["affiliation"]

built = SupportCases(
    "cw51o",
    leads=[
        "Business | The Orrin Valley Post",
        "LIMA (Condor Wire) -",
        "World | The Kestrel Review",
    ],
)
ITS, POLITY, STAFF = "its", "polity", "staff"


aff = built.affiliation


staff = partial(built.staff_affiliation, STAFF)  # (lead, name, passes, fails, *paragraphs)


# --- its: an office of "its" body ----------------------------------------------------------
aff(
    ITS,
    "Tomasz Wierzba",
    ["Halvard Foods"],
    ["Norsk Grain"],
    "Halvard Foods cut its profit forecast on Tuesday. Its chief executive, Tomasz Wierzba, blamed the price of wheat.",
    "Rival Norsk Grain kept its outlook.",
)
aff(
    ITS,
    "Ilse Marten",
    ["Brandt Logistics"],
    ["Wexford Port Authority"],
    "The Wexford Port Authority raised its fees in March.",
    "Brandt Logistics said it would appeal. Ilse Marten, its head of legal affairs, called the rise unlawful.",
)
aff(
    ITS,
    "Oren Halpern",
    [],
    ["Corvid Bank", "Tessaly Insurance"],
    "Corvid Bank agreed to buy Tessaly Insurance for $2 billion. Its chairman, Oren Halpern, said the deal would close in the autumn.",
)
aff(
    ITS,
    "Pavel Dorin",
    ["Moldova"],
    ["United Nations"],
    "Moldova explained its vote at the United Nations. Its ambassador, Pavel Dorin, said the text ignored the refugees.",
)
aff(
    ITS,
    "Rhea Castell",
    ["Kettering Rail"],
    ["Sorrel Bus"],
    "Sorrel Bus lost the contract last year.",
    "Kettering Rail will run the line from June; its operations director Rhea Castell said trains would run every ten minutes.",
)
aff(
    ITS,
    "Amara Diallo",
    ["Federation of Cocoa Growers"],
    ["Ghana"],
    "The Federation of Cocoa Growers rejected the offer. Its president, Amara Diallo, told members to stay home.",
    "Ghana has raised the farm-gate price twice this year.",
)
aff(
    ITS,
    "Jonas Brekke",
    [],
    ["Aurora Energy", "Norway"],
    "Aurora Energy, the largest producer in Norway, paused the field. Its spokesman, Jonas Brekke, gave no date.",
)
aff(
    ITS,
    "Lucia Ferrante",
    ["Ostia Water"],
    ["Lazio"],
    "Ostia Water has asked for a rise in bills. Lucia Ferrante, its finance director, said the pipes were older than the city's trams.",
    "Lazio's regional council must approve the request.",
)
aff(
    ITS,
    "Kemal Aydin",
    [],
    ["Bosphorus Air", "Anatolia Cargo"],
    "Bosphorus Air bought four jets from Anatolia Cargo. Its chief pilot, Kemal Aydin, flew the first one home.",
)
aff(
    ITS,
    "Nadia Okafor",
    ["Lagos Reading Trust"],
    ["Benue Library"],
    "The Lagos Reading Trust opened a branch in Benue Library's old building, the company said. Its director, Nadia Okafor, thanked the donors.",
)
aff(
    ITS,
    "Siddharth Rao",
    ["Kaveri Telecom"],
    ["Indus Mobile"],
    "Indus Mobile lowered its prices in May.",
    "Kaveri Telecom answered with a cheaper plan. Siddharth Rao, its chief executive, said users had asked for it.",
)
aff(
    ITS,
    "Greta Holm",
    ["Malmo Tenants Union"],
    ["Skane Housing"],
    "The Malmo Tenants Union called a rent strike on Friday. Its chair, Greta Holm, said Skane Housing had ignored three letters.",
)

aff(
    ITS,
    "Hugo Brandl",
    ["Alpen Cable"],
    ["Tirol Telecom"],
    "Tirol Telecom sold its cable arm last year.",
    "Alpen Cable now runs it. Its technical director, Hugo Brandl, said speeds would double by the summer.",
)
aff(
    ITS,
    "Mariam Sayed",
    ["Nile Valley Growers"],
    ["Egypt"],
    "Egypt raised the price of fertiliser in April.",
    "Nile Valley Growers says its members cannot pay. Mariam Sayed, its secretary, asked for a six-month delay.",
)

# --- polity: an office written without its country -----------------------------------------
aff(
    POLITY,
    "Lucas Verano",
    ["Chile"],
    ["Peru"],
    "Chile will raise the tax on copper exports, the government said on Monday.",
    "President Lucas Verano said the money would pay for schools in the north of Chile.",
    "Chile's copper output rose 4% last year, and the mines of Chile employ 200,000 people.",
    "Peru's finance minister, Rosa Quispe, said her country would not follow.",
)
aff(
    POLITY,
    "Marta Ilves",
    ["Estonia"],
    ["Russia"],
    "Estonia summoned a diplomat on Tuesday after a drone crossed its border.",
    "Foreign Minister Marta Ilves said Estonia would ask its allies for more air defence.",
    "Estonia has asked twice before. Russia's ambassador, Oleg Sumin, denied any crossing.",
)
aff(
    POLITY,
    "Henrik Dahl",
    ["Denmark"],
    ["Sweden"],
    "Denmark will build two new bridges by 2030.",
    "Prime Minister Henrik Dahl said the plan would cost Denmark 40 billion kroner.",
    "Denmark's parliament votes on it next week. Sweden's transport minister, Eva Lund, welcomed the link.",
)
aff(
    POLITY,
    "Ama Boateng",
    [],
    ["Ghana", "Togo"],
    "Ghana and Togo signed a border deal on Friday.",
    "President Ama Boateng called it a new start.",
    "Ghana will open two crossings and Togo will open two.",
)
aff(
    POLITY,
    "Theo Lambert",
    ["Belgium"],
    ["France"],
    "Belgium will close its last coal plant in June.",
    "Energy Minister Theo Lambert said Belgium would import more power at night.",
    "Belgium's grid is linked to France's at four points. France's energy minister, Paul Roche, offered help.",
)
aff(
    POLITY,
    "Carmen Ibarra",
    [],
    ["Mexico", "Canada"],
    "Mexico and Canada began trade talks in Ottawa.",
    "Trade Minister Carmen Ibarra led the talks for the first day.",
    "Mexico wants lower tariffs on steel; Canada wants more access for its dairy farmers.",
)
aff(
    POLITY,
    "Ravi Menon",
    ["India"],
    ["Nepal"],
    "India will send 20,000 tonnes of rice to Nepal after the floods.",
    "On the Indian side, Foreign Secretary Ravi Menon signed the order; Nepal's envoy, Hari Thapa, received it.",
    "India has sent aid twice this year, and India's army flew in tents.",
)
aff(
    POLITY,
    "Ingrid Solberg",
    ["Norway"],
    ["Iceland"],
    "Norway raised its fishing quota for cod on Thursday.",
    "Fisheries Minister Ingrid Solberg said the stocks in Norway's waters had recovered.",
    "Norway's fleet will land more fish next year. Iceland's prime minister, Bjorn Sigurdsson, called the rise hasty.",
)
aff(
    POLITY,
    "Daniel Okoro",
    [],
    ["Nigeria"],
    "Nigeria and Ghana agreed a new gas price.",
    "Oil Minister Daniel Okoro said supply would resume at once.",
    "Ghana buys a tenth of its gas from Nigeria, and Ghana's plants had run short.",
)
aff(
    POLITY,
    "Yusuf Kaya",
    ["Turkey"],
    ["Greece"],
    "Turkey opened a new airport on the coast on Sunday.",
    "President Yusuf Kaya flew in on the first plane and said Turkey would welcome 10 million visitors there.",
    "Turkey's airlines will run 40 routes from it. Greece's tourism minister, Elena Pappas, called it fair competition.",
)
aff(
    POLITY,
    "Sofia Ruiz",
    ["Spain"],
    ["Portugal"],
    "Spain will lower the price of trains for students in September.",
    "Transport Minister Sofia Ruiz said the discount would reach 2 million young people in Spain.",
    "Spain's railway will pay for it. Portugal's transport minister, Joao Neves, said Portugal had no such plan.",
)

aff(
    POLITY,
    "Anneli Koskinen",
    ["Finland"],
    ["Sweden"],
    "Finland will extend its border fence by 60 kilometres.",
    "Interior Minister Anneli Koskinen said the work would start in May.",
    "Finland's border guard asked for the extension. Sweden's defence minister, Lars Berg, praised the plan.",
)
aff(
    POLITY,
    "Wanjiru Kamau",
    ["Kenya"],
    ["Uganda"],
    "Kenya cut the tax on cooking gas on Friday.",
    "Finance Minister Wanjiru Kamau said the cut would cost Kenya 3 billion shillings a year.",
    "Kenya's traders welcomed it. Uganda's trade minister, Moses Okello, said Uganda would study it.",
)
aff(
    POLITY,
    "Arjun Patel",
    ["India"],
    ["Bangladesh"],
    "India will build a new rail link to its north-east.",
    "Railway Minister Arjun Patel said the line would open in 2029.",
    "India's trains now run through a narrow corridor. Bangladesh's railway minister, Nurul Islam, offered a route through Bangladesh.",
)

# --- staff: the page's own writer and its outlet ------------------------------------------
staff(
    "By Orla Keane | The Sligo Lantern | 4 March 2025",
    "Orla Keane",
    ["The Sligo Lantern"],
    ["Atlantic Ferries"],
    "Atlantic Ferries will stop its winter crossings, the company said on Monday.",
    "Its spokesman, Cian Doyle, said bookings had fallen by a third.",
)
staff(
    "The Fenwick Courier\n\nBy Martin Hale, Political Reporter",
    "Martin Hale",
    ["The Fenwick Courier"],
    ["Fenwick Borough Council"],
    "Fenwick Borough Council voted on Tuesday to close two libraries.",
    "The leader of the council, Janet Moss, said the savings were needed.",
)
staff(
    "Kowhai Coast Radio | News\n\nReporter Aroha Tane",
    "Aroha Tane",
    ["Kowhai Coast Radio"],
    ["Tasman Dairy"],
    "Tasman Dairy will cut 120 jobs at its plant near the coast.",
    "The union said it had not been consulted.",
)
staff(
    "By Priya Raman | Deccan Ledger | 12 June 2025",
    "Priya Raman",
    ["Deccan Ledger"],
    ["Hyderabad Metro"],
    "Hyderabad Metro carried a record 600,000 riders on Wednesday, the operator said.",
    "It will add six trains before the monsoon.",
)
staff(
    "By Jonah Weiss | The Prairie Almanac | 2 May 2025",
    "Jonah Weiss",
    ["The Prairie Almanac"],
    ["Kansas Wheat Commission"],
    "The Kansas Wheat Commission expects a smaller harvest after the dry spring.",
    "Farmers in the west of the state have already cut their planting.",
)
staff(
    "By Elena Costa | The Tagus Review | 9 July 2025",
    "Elena Costa",
    ["The Tagus Review"],
    ["Lisbon City Council"],
    "Lisbon City Council will ban new short-term rentals in the old town.",
    "Landlords' groups said they would challenge the rule in court.",
)
staff(
    "By Samuel Achebe | The Niger Delta Monitor | 18 August 2025",
    "Samuel Achebe",
    ["The Niger Delta Monitor"],
    ["Rivers Oil Company"],
    "Rivers Oil Company shut a pipeline after a leak near Bonny.",
    "Fishermen said the spill reached the creeks by Friday.",
)
staff(
    "By Hanna Virtanen | The Baltic Beacon | 1 October 2025",
    "Hanna Virtanen",
    ["The Baltic Beacon"],
    ["Finnair"],
    "Finnair will add flights to Tallinn in the winter.",
    "Tickets go on sale on Monday.",
)
staff(
    "By Kofi Mensah | The Volta Herald | 22 November 2025",
    "Kofi Mensah",
    ["The Volta Herald"],
    ["Akosombo Power"],
    "Akosombo Power will raise its tariffs by 8% in January.",
    "Households in the region already pay more than the national average.",
)
staff(
    "By Marta Novak | The Danube Courier | 3 December 2025",
    "Marta Novak",
    ["The Danube Courier"],
    ["Bratislava Zoo"],
    "Bratislava Zoo welcomed two snow leopard cubs this week.",
    "Keepers said the cubs were healthy.",
)


def build_cases() -> list[dict[str, Any]]:
    return [{**case, "confirm": CONFIRM} for case in built.cases]


if __name__ == "__main__":
    built.cases[:] = build_cases()
    built.write(OUT)
