# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 51's review rv51p of the holder-shape ties (``grounding_rv51p.jsonl``;
tie writer cw51p's :mod:`summarizer.verification.people.holder_shapes`,
:mod:`~summarizer.verification.people.holder_lists` and
:mod:`~summarizer.verification.people.holder_clauses`), every case with the confirm-only mode
on for the affiliation (``"confirm": ["affiliation"]``): a must-pass case asks that a reading
CONFIRMS the person's body, a must-fail case that a body the person is NOT of, named in the
same shape, is not confirmed (or is refused). By shape:

- ``against``: an apposition or clause naming a body the person acts on or against ("X, a
  critic of Y", "X, who sued Y", "X, the envoy to Y", "a bidder for Y", "the court-appointed
  monitor of Y", "who heads the probe of Y"), beside the person's own body in the same shapes;
- ``former``: a past holder ("X, the former head of Y", "who ran Y until", "Y's one-time
  chief", "a Y executive until 2020", "the Y chief who retired in 2019", "who coached Y last
  season"), beside the body held now;
- ``owner``: a possessive or a title whose owner is not the person's body ("Trump's Ukraine
  envoy", "Russia's envoy to the UN", "Tehran's ambassador to Moscow", "Calder Bank's chief
  rival, Kestrel Bank boss X"), beside the owner who is;
- ``shared``: a list whose shared holder covers only some of its names ("A of Y and B and C,
  both Labour MPs", "Two Republicans, A and B, and C of the Farm Bureau"), beside the names it
  covers;
- ``inside``: a body inside a longer name ("Bank of America president X" as the US, "Air India
  pilot X" as India, "University of Chicago president X" as Chicago, "Kestrel Insurance chief X"
  as a Kestrel Bank), a look-alike name, beside the whole name.

Run ``python tests/data/make_rv51p_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up people and bodies (real countries and a few real
bodies' names only as the body a made-up person is of or not of); each verdict is what a
careful fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv51p.jsonl")

built = SupportCases(
    "rv51p",
    leads=[
        "By Ines Marlow | The Fenwick Courier",
        "WESTMINSTER (Harbour Wire) -",
        "Business | The Southern Register",
        "From our correspondent, The Lakeside Times.",
        "LIVE | The Granite Herald",
    ],
)
AGAINST, FORMER, OWNER, SHARED, INSIDE = "against", "former", "owner", "shared", "inside"


aff = built.affiliation


# --- against: a body the person acts on or against, beside their own ------------------------
aff(
    AGAINST,
    "Marta Kowal",
    ["Harrow University"],
    ["Velden Institute"],
    "Marta Kowal, a Harrow University lecturer and a critic of the Velden Institute, spoke at the hearing on Tuesday.",
    "The institute declined to comment.",
)
aff(
    AGAINST,
    "Tomas Lind",
    ["Bexley Legal"],
    ["Norgate Bank"],
    "Tomas Lind, a partner at Bexley Legal who sued Norgate Bank in 2023, said the ruling was fair.",
    "Norgate Bank said it would appeal.",
)
aff(
    AGAINST,
    "Rafael Ortiz",
    ["Chile"],
    ["African Union"],
    "Rafael Ortiz, Chile's envoy to the African Union, arrived in Addis Ababa on Monday.",
    "He will stay for a week.",
)
aff(
    AGAINST,
    "Irene Poole",
    ["Tenants Union"],
    ["Calder Homes"],
    "Irene Poole, a lawyer for the Tenants Union, sued Calder Homes on Friday over damp flats.",
    "The developer denied wrongdoing.",
)
aff(
    AGAINST,
    "Omar Haddad",
    ["Kestrel Capital"],
    ["Calder Stores"],
    "Omar Haddad, the leading bidder for Calder Stores, runs the buyout firm Kestrel Capital.",
    "Kestrel Capital, led by Omar Haddad, offered 40 pence a share.",
    "The retailer's board has not replied.",
)
aff(
    AGAINST,
    "Carla Voss",
    [],
    ["Ferro Bank"],
    "Carla Voss, the court-appointed monitor of Ferro Bank, said the lender had not fixed its controls.",
    "Her report runs to 300 pages.",
)
aff(
    AGAINST,
    "Lena Hart",
    ["Senate Banking Committee"],
    ["Marston Bank"],
    "Lena Hart, who heads the probe of Marston Bank, chairs the Senate Banking Committee.",
    "Marston Bank said it was cooperating.",
)
aff(
    AGAINST,
    "Keir Lund",
    [],
    ["Marston Bank"],
    "Keir Lund, the lead investigator of the Marston Bank collapse, will testify next week.",
    "The bank failed in March.",
)
aff(
    AGAINST,
    "Nadia Fenn",
    ["Kestrel News"],
    ["Orbis Media"],
    "Nadia Fenn, who left Orbis Media in May, is chief political correspondent at Kestrel News.",
    "She starts on Monday.",
)
aff(
    AGAINST,
    "Paul Adeyemi",
    ["Greenfield Trust"],
    ["Halden Oil"],
    "Paul Adeyemi, who leads the campaign against Halden Oil, is the director of the Greenfield Trust.",
    "Halden Oil called the campaign misleading.",
)
aff(
    AGAINST,
    "Sara Quint",
    ["Democratic"],
    ["Republican"],
    "Sara Quint, the Democratic senator who defeated the Republican incumbent in 2022, voted no.",
    "The bill failed by two votes.",
)
aff(
    AGAINST,
    "Dmitri Sokol",
    [],
    ["Kremlin"],
    "Dmitri Sokol, an outspoken opponent of the Kremlin, was arrested on Sunday.",
    "His lawyers say the charges are invented.",
)

aff(
    AGAINST,
    "Dana Reyes",
    ["Tenants Union"],
    ["Calder Homes"],
    "Dana Reyes, a spokeswoman for the Tenants Union, which is suing Calder Homes, said the flats were unsafe.",
    "A hearing is set for May.",
)
aff(
    AGAINST,
    "Karl Jensen",
    ["Velden Institute"],
    ["Harbour Trust"],
    "Karl Jensen, a Velden Institute fellow who has criticised the Harbour Trust, gave evidence on Monday.",
    "The trust rejected his figures.",
)

# --- former: a past holder, beside the body held now ------------------------------------------
aff(
    FORMER,
    "Maria Lenz",
    ["Torvald Research"],
    ["Calder Bank"],
    "Maria Lenz, Calder Bank's one-time chief economist, is now head of research at Torvald Research.",
    "She said rates would fall.",
)
aff(
    FORMER,
    "Henrik Dahl",
    ["Nordvik Energy"],
    ["Fjord Shipping"],
    "Henrik Dahl, a Fjord Shipping executive until 2020, is chief executive of Nordvik Energy.",
    "Nordvik Energy's shares rose 3%.",
)
aff(
    FORMER,
    "Greta Holm",
    [],
    ["Lindqvist Paper"],
    "Greta Holm, the Lindqvist Paper chief who retired in 2019, said the mill should stay open.",
    "The company plans to close it in June.",
)
aff(
    FORMER,
    "Ruben Salas",
    ["Deportivo Arenas"],
    ["Real Tolosa"],
    "Ruben Salas, who coached Real Tolosa last season, now coaches Deportivo Arenas.",
    "Deportivo Arenas lost their opening game.",
)
aff(
    FORMER,
    "Alan Pryce",
    [],
    ["Harbour Trust"],
    "Alan Pryce, who ran the Harbour Trust for two decades before retiring in 2018, died on Monday.",
    "He was 84.",
)
aff(
    FORMER,
    "Yusuf Kaya",
    ["Ankara Metro"],
    ["Bosphorus Rail"],
    "Yusuf Kaya, chief executive of Bosphorus Rail from 2012 to 2019, now runs Ankara Metro.",
    "Ankara Metro carries a million riders a day.",
)
aff(
    FORMER,
    "Celia Brandt",
    ["Harlow Foods"],
    ["Miller Dairies"],
    "Celia Brandt, the former head of Miller Dairies, is chair of Harlow Foods.",
    "Harlow Foods bought two farms this year.",
)
aff(
    FORMER,
    "Victor Mendes",
    [],
    ["Porto Azul"],
    "Victor Mendes, who was president of Porto Azul from 2009 to 2017, backed the new stadium.",
    "The club's members vote in May.",
)
aff(
    FORMER,
    "Ingrid Solberg",
    ["Norwegian Labour Party"],
    ["Centre Party"],
    "Ingrid Solberg, who left the Centre Party in 2015, leads the Norwegian Labour Party group in the council.",
    "The council meets on Thursday.",
)
aff(
    FORMER,
    "Jonas Weber",
    ["Rhein Chemie"],
    ["Elbe Pharma"],
    "Ex-Elbe Pharma chief Jonas Weber, who has led Rhein Chemie since 2021, spoke to investors.",
    "Rhein Chemie raised its forecast.",
)
aff(
    FORMER,
    "Tessa Grant",
    ["Ashford Council"],
    [],
    "Tessa Grant, who leads Ashford Council, said the bins would be collected weekly.",
    "Residents had complained.",
)

aff(
    FORMER,
    "Ruth Okafor",
    ["Coastal Trust"],
    ["Brine Energy"],
    "Ruth Okafor, who has led the Coastal Trust since 2020 after leaving Brine Energy, backed the wind farm.",
    "The council votes next month.",
)
aff(
    FORMER,
    "Oscar Lind",
    ["Hallberg Steel"],
    ["Nordic Ore"],
    "Oscar Lind, the Hallberg Steel chief who left Nordic Ore in 2018, said prices would rise.",
    "Hallberg Steel's shares fell.",
)
aff(
    FORMER,
    "Greta Holm",
    [],
    ["Lindqvist Paper"],
    "Lindqvist Paper chief Greta Holm, who retired in 2019, said the mill should stay open.",
    "The company plans to close it in June.",
)
aff(
    FORMER,
    "Ian Cole",
    ["Orion Cars"],
    ["Vega Motors"],
    "Former Vega Motors designer Ian Cole, who now works for Orion Cars, drew the new coupe.",
    "It goes on sale in spring.",
)

# --- owner: a possessive or title whose owner is not the person's body ------------------------
aff(
    OWNER,
    "Anatoly Perov",
    ["Russia"],
    ["United Nations"],
    "Russia's envoy to the United Nations, Anatoly Perov, said the draft was unbalanced.",
    "The vote was postponed.",
)
aff(
    OWNER,
    "Klaus Ritter",
    ["Germany"],
    ["China"],
    "Klaus Ritter, Germany's ambassador to China, was summoned on Tuesday.",
    "Beijing gave no reason.",
)
aff(
    OWNER,
    "Amina Diallo",
    ["United Nations"],
    ["Libya"],
    "Amina Diallo, the UN's envoy to Libya, said the talks would resume.",
    "Both sides agreed to meet in Geneva.",
)
aff(
    OWNER,
    "Reza Karimi",
    ["Iran"],
    ["Russia"],
    "Tehran's ambassador to Moscow, Reza Karimi, said the deal would be signed in March.",
    "The Kremlin confirmed the date.",
)
aff(
    OWNER,
    "Avi Segal",
    ["Israel"],
    ["Hamas"],
    "Avi Segal, Israel's chief negotiator with Hamas, flew to Doha on Sunday.",
    "The talks are expected to last several days.",
)
aff(
    OWNER,
    "Mark Tully",
    ["Deloitte"],
    ["Calder Bank"],
    "Calder Bank's outside auditor, Deloitte partner Mark Tully, signed off the accounts.",
    "The bank's shares rose.",
)
aff(
    OWNER,
    "Omar Faris",
    ["Kestrel Bank"],
    ["Calder Bank"],
    "Calder Bank's chief rival, Kestrel Bank boss Omar Faris, said the merger would hurt savers.",
    "Regulators will decide by June.",
)
aff(
    OWNER,
    "Dale Brook",
    [],
    ["Iran"],
    "Washington's chief Iran negotiator Dale Brook said a deal was close.",
    "Tehran did not comment.",
)
aff(
    OWNER,
    "Olena Marchuk",
    ["Ukraine"],
    ["Russia"],
    "Ukraine's lead negotiator with Russia, Olena Marchuk, said prisoners would be swapped.",
    "The exchange is set for Friday.",
)
aff(
    OWNER,
    "Ana Ruiz",
    ["Kestrel Parts"],
    ["Harlan Motors"],
    "Harlan Motors supplier Kestrel Parts chief Ana Ruiz said prices would rise.",
    "Harlan Motors declined to comment.",
)
aff(
    OWNER,
    "Farid Nasser",
    ["Pakistan"],
    ["India"],
    "Farid Nasser, Pakistan's high commissioner to India, was recalled on Monday.",
    "Delhi expelled two diplomats.",
)
aff(
    OWNER,
    "Sven Larsen",
    ["Denmark"],
    [],
    "Denmark's foreign minister, Sven Larsen, said the strait would stay open.",
    "Ships were delayed for a day.",
)

# --- shared: a list whose holder covers only some of its names --------------------------------
aff(
    SHARED,
    "Ed Barr",
    ["Green Party"],
    ["Labour"],
    "The motion was signed by Ed Barr of the Green Party and Nina Cole and Sam Odell, both Labour MPs.",
    "It will be debated on Friday.",
)
aff(
    SHARED,
    "Nina Cole",
    ["Labour"],
    ["Green Party"],
    "The motion was signed by Ed Barr of the Green Party and Nina Cole and Sam Odell, both Labour MPs.",
    "It will be debated on Friday.",
)
aff(
    SHARED,
    "Mara Quill",
    ["Velden Bank"],
    ["Calder Capital"],
    "The panel heard from Mara Quill of Velden Bank and Joe Park and Ana Voss, both of Calder Capital.",
    "It reports in June.",
)
aff(
    SHARED,
    "Joe Park",
    ["Calder Capital"],
    ["Velden Bank"],
    "The panel heard from Mara Quill of Velden Bank and Joe Park and Ana Voss, both of Calder Capital.",
    "It reports in June.",
)
aff(
    SHARED,
    "Lucy Marsh",
    ["Farm Bureau"],
    ["Republican"],
    "Two Republicans, Tom Hale and Jim Ortega, and Lucy Marsh of the Farm Bureau signed the letter.",
    "It asks for lower fertiliser tariffs.",
)
aff(
    SHARED,
    "Jim Ortega",
    ["Republican"],
    ["Farm Bureau"],
    "Two Republicans, Tom Hale and Jim Ortega, and Lucy Marsh of the Farm Bureau signed the letter.",
    "It asks for lower fertiliser tariffs.",
)
aff(
    SHARED,
    "Ravi Menon",
    ["Independent"],
    ["Democrat"],
    "Ravi Menon, an independent, joined Carla Dunn of Texas and Bo Reyes of Ohio, both Democrats, in opposing the bill.",
    "It passed anyway.",
)
aff(
    SHARED,
    "Bo Reyes",
    ["Democrat"],
    ["Independent"],
    "Ravi Menon, an independent, joined Carla Dunn of Texas and Bo Reyes of Ohio, both Democrats, in opposing the bill.",
    "It passed anyway.",
)
aff(
    SHARED,
    "Hugo Brandt",
    ["Social Democrats"],
    ["Greens"],
    "Social Democrats Hugo Brandt and Eva Lind, and Greens leader Jan Ott, presented the plan.",
    "The opposition called it vague.",
)
aff(
    SHARED,
    "Jan Ott",
    ["Greens"],
    ["Social Democrats"],
    "Social Democrats Hugo Brandt and Eva Lind, and Greens leader Jan Ott, presented the plan.",
    "The opposition called it vague.",
)
aff(
    SHARED,
    "Amy Tran",
    [],
    ["Republican"],
    "Amy Tran, Tom Hale and Jim Ortega, both Republicans, met the farmers on Monday.",
    "Tran is the state's agriculture commissioner.",
)

# --- inside: a body inside a longer name, a look-alike ----------------------------------------
aff(
    INSIDE,
    "Lena Hartley",
    ["Bank of America"],
    ["United States"],
    "Bank of America president Lena Hartley said consumers were still spending.",
    "Card payments rose 4%.",
)
aff(
    INSIDE,
    "Priya Nair",
    ["Air India"],
    ["India"],
    "Air India pilot Priya Nair said the runway lights had failed.",
    "The airport denied it.",
)
aff(
    INSIDE,
    "Walter Greene",
    ["University of Chicago"],
    ["Chicago"],
    "University of Chicago president Walter Greene said tuition would be frozen.",
    "Students welcomed the decision.",
)
aff(
    INSIDE,
    "Ana Ruiz",
    ["Kestrel Insurance"],
    ["Kestrel Bank"],
    "Kestrel Insurance chief Ana Ruiz said the sale to Kestrel Bank, a separate company, would close in May.",
    "Kestrel Bank declined to comment.",
)
aff(
    INSIDE,
    "Ben Archer",
    ["Royal Bank of Scotland"],
    ["Scotland"],
    "Royal Bank of Scotland chairman Ben Archer said the branch closures were final.",
    "Unions called for a rethink.",
)
aff(
    INSIDE,
    "Nils Berg",
    ["Washington Post"],
    ["Washington"],
    "Washington Post editor Nils Berg said the paper would stop endorsing candidates.",
    "Readers cancelled subscriptions.",
)
aff(
    INSIDE,
    "Hana Sato",
    ["Japan Airlines"],
    ["Japan"],
    "Hana Sato, a Japan Airlines engineer, found the crack during a routine check.",
    "The jet was grounded.",
)
aff(
    INSIDE,
    "Tom Hale",
    ["Republican"],
    [],
    "Republican Senator Tom Hale and his brother Sam Hale, a farmer, testified together.",
    "The hearing was about water rights.",
)
aff(
    INSIDE,
    "Sam Hale",
    [],
    ["Republican"],
    "Republican Senator Tom Hale and his brother Sam Hale, a farmer, testified together.",
    "The hearing was about water rights.",
)
aff(
    INSIDE,
    "Owen Price",
    ["Church of England"],
    ["England"],
    "Church of England bishop Owen Price said the cathedral would stay open.",
    "The diocese needs 2 million pounds for repairs.",
)
aff(
    INSIDE,
    "Marek Nowak",
    ["Polish Airlines"],
    ["Poland"],
    "Marek Nowak, chief executive of Polish Airlines, said fares would rise.",
    "Fuel costs are up 20%.",
)
aff(
    INSIDE,
    "Julia Stein",
    ["Deutsche Kredit Bank"],
    ["Deutsche Post"],
    "Julia Stein, an economist at Deutsche Kredit Bank, said Deutsche Post's results were weak.",
    "The shares fell 2%.",
)

aff(
    INSIDE,
    "Hugo Marsh",
    ["University of Chicago"],
    ["Chicago"],
    "Hugo Marsh, a University of Chicago economist, said the city's budget gap would widen.",
    "The mayor disagreed.",
)
aff(
    INSIDE,
    "Tom Reed",
    ["Defence Ministry"],
    [],
    "Ministry of Defence spokesman Tom Reed said the drills would go ahead.",
    "They start on Monday.",
)


for case in built.cases:  # the confirm-only mode on for the affiliation, in every case
    case["confirm"] = ["affiliation"]


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
