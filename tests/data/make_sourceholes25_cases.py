# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build reviewer rvG's set on session 25's cited sources (``grounding_sourceholes25.jsonl``):
new texts against :mod:`summarizer.verification.bylines.source_roles`, by category, each with what
must pass and what must fail:

- ``source-shapes``: a source cited in shapes the rule set's own cases did not hold ('called
  it "..." on Fox News', "To the AP, an official ...", "X, which first reported", "a report in
  X", "X's reporting", "X obtained a copy", "seen by X", "X confirmed", "X understands",
  "sources told X", "per X", "- AFP" closing a paragraph) pass; another outlet the same
  sentence names in no citing role beside them fails;
- ``other-claim``: the evidence's claim comes from one outlet (in shapes past "X reported"),
  another outlet the page cites for another claim fails; the evidence's own outlet passes;
- ``story-about``: an outlet the story is about (taken off air, sold, hacked, laying off
  staff, retracting, apologising, its editor resigning) is no source of the fact; a source
  the same page cites passes;
- ``own-outlet``: the page's own masthead for "told this newspaper", "said in a statement to
  the Courier" on the Courier's page fails; another outlet the page cites passes;
- ``via-name``: "X, citing Y": name Y via X passes, name X via Y (the two swapped) fails, and
  a third outlet in the sentence fails.

Run ``python tests/data/make_sourceholes25_cases.py`` to rebuild it. Every article below was
written for this set in its own words; each verdict is what a careful fact-checker reads in
the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_sourceholes25.jsonl")

built = SupportCases(
    "s25srh",
    leads=[
        "The Fenland Gazette",
        "By Tomas Reyes | Coastline Herald",
        "WORLD | The Upland Sentinel",
        "Filed by the Foreign Desk, Harbourside Chronicle",
    ],
)


def source(
    category: str, text: str, evidence: str, name: str, expect: bool, why: str,
    via: str | None = None, lead: str | None = None,
) -> None:  # fmt: skip
    """One cited source ``name`` (through ``via``) with ``evidence`` on a page of ``text``."""
    page = built.page(*text.split("\n"), lead=lead)
    assert evidence in page, evidence
    facts = {"cited_sources": [{"name": name, "via": via, "evidence": [evidence]}]}
    built.add(category, expect, why, page, facts, "cited_sources[0].name")


def pair(
    category: str, text: str, evidence: str, good: list[str], bad: list[str], why: str,
    via: str | None = None, lead: str | None = None,
) -> None:  # fmt: skip
    """Each of ``good`` is the evidence's source, each of ``bad`` is not."""
    for expect, name in verdicts(good, bad):
        source(category, text, evidence, name, expect, f"{name}: {why}", via, lead)


# --- source-shapes: shapes of citing, and an outlet beside them in no citing role
S = "source-shapes"
T = 'The senator called the border bill "a work in progress" on Fox News, hours after CNN aired footage of the crossing.'
pair(S, f"Congress broke for the recess.\n{T}", T, ["Fox News"], [], 'called it "..." on X')
T = "To the Associated Press, a senior official was blunt: the ceasefire would not survive the week."
pair(
    S,
    f"Shelling resumed near the river.\n{T}",
    T,
    ["Associated Press"],
    [],
    "To the AP, an official ...",
)
T = "Bloomberg, which first reported the merger talks, said a deal could be signed by March."
pair(S, f"Shares in both lenders jumped.\n{T}", T, ["Bloomberg"], [], "X, which first reported")
T = "A report in the Irish Times said the taoiseach would travel to Washington in mid-March, a visit Sky News had described as unlikely."
pair(S, f"Dublin would not confirm the plans.\n{T}", T, ["Irish Times"], [], "a report in X")
T = "Politico's reporting suggests the White House will delay the tariff order until April."
pair(S, f"Markets rallied on Friday.\n{T}", T, ["Politico"], [], "X's reporting")
T = "The Guardian obtained a copy of the memo, which warns of shortages of nurses across the north."
pair(S, f"Hospitals braced for winter.\n{T}", T, ["Guardian"], [], "X obtained a copy")
T = "Under the draft, seen by Reuters, monitors would patrol a 20km buffer zone."
pair(S, f"Envoys met again in Geneva.\n{T}", T, ["Reuters"], [], "seen by X")
T = "The Kremlin confirmed the call had taken place, the Interfax news agency confirmed separately."
pair(
    S,
    f"Moscow and Washington spoke on Monday.\n{T}",
    T,
    ["Interfax"],
    [],
    "the X news agency confirmed",
)
T = "The BBC understands the prime minister will announce the reshuffle on Thursday."
pair(S, f"Westminster was braced for change.\n{T}", T, ["BBC"], [], "X understands")
T = "Sources told the Wall Street Journal that the chipmaker would cut 4,000 jobs."
pair(S, f"The company declined to comment.\n{T}", T, ["Wall Street Journal"], [], "sources told X")
T = "Per Axios, the president is expected to sign the order before the weekend."
pair(S, f"Aides were tight-lipped.\n{T}", T, ["Axios"], [], "per X")
T = "Four people were killed when the bus overturned near Kandy, police said. - AFP"
pair(S, f"Heavy rain lashed the hills.\n{T}", T, ["AFP"], [], "- AFP closing a paragraph")
T = "Kyodo News reports that the two leaders will meet on the sidelines of the summit."
pair(S, f"Tokyo and Seoul have kept talking.\n{T}", T, ["Kyodo News"], [], "X reports (present)")
T = "Speaking on CNBC on Tuesday, the commerce secretary said the levies would be phased in."
pair(S, f"Importers sought clarity.\n{T}", T, ["CNBC"], [], "speaking on X")
# must fail: another outlet in the same sentence, in no citing role
T = "The minister, who was interviewed by Al Arabiya last week, said on Sunday that the border would reopen, the Saudi Press Agency reported."
pair(
    S, f"Trade had stalled for months.\n{T}", T, ["Saudi Press Agency"], [], "X reported at the end"
)
T = "The general told Reuters that the drones, first filmed by Ukrainian broadcaster Suspilne, had been shot down."
pair(
    S,
    f"Air raid sirens sounded in Kyiv.\n{T}",
    T,
    ["Reuters"],
    ["Suspilne"],
    "filmed by Y is no citation",
)
T = "Police said the protest outside the offices of the Daily Mirror ended peacefully."
pair(S, f"About 300 people gathered.\n{T}", T, [], ["Daily Mirror"], "outside the offices of X")
T = "The spokesman, a former CNN producer, said the talks had stalled."
pair(S, f"Talks continued in Doha.\n{T}", T, [], ["CNN"], "a former X producer is no source")
T = "Voters in the district, where the Tribune is the only daily, re-elected the mayor with 58 per cent."
pair(S, f"The count ended at midnight.\n{T}", T, [], ["Tribune"], "the local daily named as such")
T = "The rally was held in the car park of Radio Tirana, organisers said."
pair(S, f"Thousands turned out.\n{T}", T, [], ["Radio Tirana"], "a place named after X")
T = "The envoy declined to speak to the BBC and left without comment."
pair(S, f"Talks broke up in Vienna.\n{T}", T, [], ["BBC"], "declined to speak to X")
T = "Officials did not tell Al Jazeera why the crossing was shut."
pair(S, f"Trucks queued at Rafah.\n{T}", T, [], ["Al Jazeera"], "did not tell X")
T = "Officials refused to comment to Reuters on whether the plant had been hit, and state television showed no damage."
pair(S, f"Smoke rose over the plant.\n{T}", T, [], ["Reuters"], "refused to comment to X")
T = "Asked about a Washington Post story on the deal, the spokesman said he had not read it."
pair(S, f"The deal drew scrutiny.\n{T}", T, [], ["Washington Post"], "asked about a story in X")

T = "Ministers met at the offices of the Kyiv Post's publisher, officials said."
pair(
    S,
    f"The meeting was closed to the press.\n{T}",
    T,
    [],
    ["Kyiv Post"],
    "the publisher's offices, officials said",
)
T = "The minister, who was not speaking to Channel 4 News, said the plan was final."
pair(S, f"The cabinet had met overnight.\n{T}", T, [], ["Channel 4 News"], "not speaking to X")
T = "The minister said the strike on the Al Jazeera bureau in Gaza had been a mistake."
pair(
    S,
    f"The army opened an inquiry.\n{T}",
    T,
    [],
    ["Al Jazeera"],
    "said the strike on X: no citation",
)
T = "The senator, who said he had complained about coverage on CNN for years, voted for the bill."
pair(S, f"The bill passed 61 to 38.\n{T}", T, [], ["CNN"], "complained about coverage on X")
T = "Late on Sunday, the foreign minister said on NHK that the visit would go ahead."
pair(S, f"Tokyo confirmed the trip.\n{T}", T, ["NHK"], [], "said on X")
T = "The finance minister appeared on Bloomberg Television to say the budget would be balanced by 2028."
pair(S, f"Bond yields fell.\n{T}", T, ["Bloomberg Television"], [], "appeared on X to say")

# a denial word near a citation that it does not govern, and one it does
for expect, sentence, name, why in (
    (
        True,
        "A diplomat who would not be named told the BBC that the talks had collapsed.",
        "BBC",
        "would not be named, told X",
    ),
    (
        True,
        "An official not authorised to speak told AFP the plant had been hit twice.",
        "AFP",
        "not authorised to speak, told X",
    ),
    (
        True,
        "An officer who was not named told Reuters the convoy had turned back.",
        "Reuters",
        "was not named, told X",
    ),
    (
        True,
        "It was not the first time the minister had spoken to Sky News about the levy.",
        "Sky News",
        "had spoken to X",
    ),
    (
        True,
        "The envoy had never before spoken publicly, but told Kyodo the talks were over.",
        "Kyodo",
        "never spoken publicly, but told X",
    ),
    (
        False,
        "The ministry did not immediately respond to a request for comment from Reuters.",
        "Reuters",
        "did not respond to X",
    ),
    (
        False,
        "The embassy has yet to speak to the BBC about the visa.",
        "BBC",
        "has yet to speak to X",
    ),
    (
        False,
        "He would not tell the Guardian where the money had gone.",
        "Guardian",
        "would not tell X",
    ),
):
    source(S, f"The row deepened on Monday.\n{sentence}", sentence, name, expect, f"{name}: {why}")

# an outlet reporting past a relative clause of another role, statements given to it, data
# compiled by it; a letter written to it, a complaint about it, its staff expelled
for expect, sentence, name, why in (
    (
        True,
        "Novaya Gazeta, which was fined last year, reported that the camp held 400 men.",
        "Novaya Gazeta",
        "X, which was fined, reported",
    ),
    (
        True,
        "The Financial Times, whose reporter was expelled in May, said the bank would shut two branches.",
        "Financial Times",
        "X, whose reporter was expelled, said",
    ),
    (
        True,
        "Officials confirmed the figure to the BBC on Friday.",
        "BBC",
        "confirmed the figure to X",
    ),
    (
        True,
        "The numbers, compiled by Reuters from hospital records, show 212 deaths.",
        "Reuters",
        "compiled by X",
    ),
    (True, "He made the remarks to NHK on Tuesday.", "NHK", "made the remarks to X"),
    (False, "The lawyer wrote to The Times demanding a correction.", "Times", "wrote to X"),
    (False, "He made the complaint about NHK on Tuesday.", "NHK", "a complaint about X"),
    (
        False,
        "The BBC's correspondent was expelled, the ministry said.",
        "BBC",
        "its correspondent expelled",
    ),
    (False, "Viewers complained to the BBC about the interview.", "BBC", "complained to X"),
    (
        False,
        "Viewers made a complaint to the BBC about the interview.",
        "BBC",
        "made a complaint to X",
    ),
    (
        False,
        "The envoy explained the plan to the Guardian's owners at a dinner.",
        "Guardian",
        "explained it to X's owners",
    ),
    (
        True,
        "The minister gave an interview to Le Monde in which he said the reform would pass.",
        "Le Monde",
        "gave an interview to X",
    ),
):
    source(S, f"The row deepened on Monday.\n{sentence}", sentence, name, expect, f"{name}: {why}")

# --- other-claim: the evidence from one outlet, another outlet cited elsewhere for another claim
OC = "other-claim"
T = "Per Bloomberg, the fund will sell its stake by June."
pair(
    OC,
    f"{T}\nReuters said the sale had been discussed since spring.",
    T,
    ["Bloomberg"],
    ["Reuters"],
    "per X in the evidence",
)
T = "Three soldiers were killed near Bakhmut, a Ukrainian commander told the BBC."
pair(
    OC,
    f"{T}\nCNN reported heavy shelling in the south.",
    T,
    ["BBC"],
    ["CNN"],
    "told X in the evidence",
)
T = "In an interview with Sky News, the mayor said 40 homes had been flooded."
pair(
    OC,
    f"{T}\nThe Met Office, the BBC reported, issued an amber warning.",
    T,
    ["Sky News"],
    ["BBC"],
    "in an interview with X",
)
T = "The draft, seen by Politico, caps the fund at 50 billion euros."
pair(
    OC,
    f"{T}\nEarlier, the Financial Times reported that Germany opposed the plan.",
    T,
    ["Politico"],
    ["Financial Times"],
    "seen by X",
)
T = "Turnout was 48 per cent, the lowest in two decades, Anadolu said."
pair(
    OC,
    f"{T}\nReuters, citing party officials, said the count would finish late.",
    T,
    ["Anadolu"],
    ["Reuters"],
    "X said",
)
T = "Citing two officials, Axios said the meeting would be held at Mar-a-Lago."
pair(
    OC,
    f"{T}\nCBS News reported that the president had invited the prime minister.",
    T,
    ["Axios"],
    ["CBS News"],
    "citing ..., X said",
)
T = "The airline will cancel 200 flights on Friday, according to Kyodo."
pair(
    OC,
    f"{T}\nNHK said snow had closed two runways in Sapporo.",
    T,
    ["Kyodo"],
    ["NHK"],
    "according to X",
)
# the evidence cites one outlet in shapes past "X reported"; another is cited elsewhere
T = "The BBC understands the chancellor will freeze fuel duty for another year."
pair(
    OC,
    f"{T}\nThe Times reported that the Treasury had costed a rise.",
    T,
    ["BBC"],
    ["Times"],
    "X understands",
)
T = "Sources told the Financial Times that the bank would pay a 2 billion euro fine."
pair(
    OC,
    f"{T}\nBloomberg said the regulator had also examined a second unit.",
    T,
    ["Financial Times"],
    ["Bloomberg"],
    "sources told X",
)
T = "Le Parisien, which first reported the arrests, said the suspects were aged 19 and 22."
pair(
    OC,
    f"{T}\nAFP, citing prosecutors, said a third man was being sought.",
    T,
    ["Le Parisien"],
    ["AFP"],
    "X, which first reported",
)
T = "Two people were hurt when the roof of the market collapsed, police said. - Xinhua"
pair(
    OC,
    f"{T}\nThe market had been closed for repairs, Kyodo reported earlier.",
    T,
    ["Xinhua"],
    ["Kyodo"],
    "- X closing the paragraph",
)
T = "To the Associated Press, an aide conceded the plan had no votes."
pair(
    OC,
    f"{T}\nThe bill, CNN reported, was likely to be shelved.",
    T,
    ["Associated Press"],
    ["CNN"],
    "To X, an aide ...",
)
T = "In a post on its website, the Kyiv Independent said the power plant was hit twice."
pair(
    OC,
    f"{T}\nUkrinform reported that the city was without power.",
    T,
    ["Kyiv Independent"],
    [],
    "in a post on its website, X said",
)

# --- story-about: the outlet the story is about
A = "story-about"
T = "Hackers took the website of Kathimerini offline for six hours on Wednesday."
pair(
    A,
    f"{T}\nThe paper's printed edition appeared as usual, Skai TV reported.",
    T,
    [],
    ["Kathimerini"],
    "the site hacked",
)
T = "The broadcaster Channel 4 will cut 200 jobs, its chief executive told staff."
pair(
    A,
    f"Media firms face falling revenue.\n{T}",
    T,
    [],
    ["Channel 4"],
    "the broadcaster cutting jobs",
)
T = "The Daily Beacon retracted its story about the senator and apologised to readers."
pair(A, f"The senator threatened to sue.\n{T}", T, [], ["Daily Beacon"], "the paper retracting")
T = "The editor of Le Soir resigned after a row over a cartoon of the king."
pair(A, f"Brussels was divided.\n{T}", T, [], ["Le Soir"], "its editor resigned")
T = "Regulators ordered RT off the air across the bloc from Friday."
pair(A, f"The measure is the first of its kind.\n{T}", T, [], ["RT"], "ordered off air")
T = "The government stripped Al Jazeera of its accreditation and told its staff to leave within 48 hours."
pair(A, f"The move drew criticism.\n{T}", T, [], ["Al Jazeera"], "stripped of accreditation")
T = "A court in Ankara ordered Halk TV to suspend programmes for ten days."
pair(A, f"Opposition parties protested.\n{T}", T, [], ["Halk TV"], "ordered to suspend")
T = "Shareholders approved the sale of the Telegraph to an Abu Dhabi-backed fund."
pair(A, f"The deal has drawn scrutiny.\n{T}", T, [], ["Telegraph"], "the paper sold")
T = "Staff at the Baltimore Sun walked out on Thursday in a dispute over pay."
pair(
    A, f"The strike is the first in 40 years.\n{T}", T, [], ["Baltimore Sun"], "its staff on strike"
)
T = "Police searched the offices of Nova Gazeta and seized two laptops."
pair(A, f"Press groups condemned the search.\n{T}", T, [], ["Nova Gazeta"], "its offices searched")
T = "The BBC apologised after its documentary misrepresented the president's speech."
pair(A, f"Pressure mounted on the corporation.\n{T}", T, [], ["BBC"], "the broadcaster apologising")
T = "The president accused CNN of fake news and refused to take a question from its reporter."
pair(A, f"The press conference turned tense.\n{T}", T, [], ["CNN"], "accused of fake news")
T = "The BBC broke its own impartiality rules with the interview, the regulator ruled."
pair(A, f"The complaint was upheld.\n{T}", T, [], ["BBC"], "broke its own rules")
T = "Ofcom said GB News had broken broadcasting rules on Saturday."
pair(A, f"The channel will appeal.\n{T}", T, [], ["GB News"], "the regulator said X broke rules")

# must pass: the outlet the page cites, in the same stories
T = "The strike at the Baltimore Sun would last at least two days, the union told the Associated Press."
pair(A, f"Staff walked out on Thursday.\n{T}", T, ["Associated Press"], [], "told X")
T = "According to Reuters, the Telegraph fetched 600 million pounds."
pair(A, f"The sale went through.\n{T}", T, ["Reuters"], [], "according to X")
T = "Kathimerini's editor told Skai TV the attack had been traced to servers abroad."
pair(A, f"The hack lasted six hours.\n{T}", T, ["Skai TV"], [], "told X")
T = "Channel 4's chief executive said in an email seen by the Guardian that the cuts were unavoidable."
pair(A, f"The broadcaster is cutting jobs.\n{T}", T, ["Guardian"], [], "an email seen by X")
T = "The ban takes effect on Friday, EU officials told Euronews."
pair(A, f"RT will go dark.\n{T}", T, ["Euronews"], [], "told X")
T = "Le Soir's owner, Rossel, confirmed the resignation in a statement to Belga."
pair(A, f"The paper's editor quit.\n{T}", T, ["Belga"], [], "a statement to X")
T = "Two laptops were seized, Nova Gazeta's lawyer told Radio Free Europe."
pair(A, f"Police searched the offices.\n{T}", T, ["Radio Free Europe"], [], "told X")
T = "The suspension was upheld on appeal, the Anadolu agency reported on Monday."
pair(A, f"Halk TV went dark.\n{T}", T, ["Anadolu"], [], "X reported")
T = "Al Jazeera said in a statement that it would challenge the decision in court."
pair(A, f"The network lost its accreditation.\n{T}", T, [], [], "")
T = "The documentary was pulled from the schedule, according to the Times."
pair(A, f"The BBC apologised.\n{T}", T, ["Times"], [], "according to X")
T = "The reporter's question was about the tariffs, the White House pool report said, as cited by Politico."
pair(A, f"The briefing turned tense.\n{T}", T, ["Politico"], [], "as cited by X")

# --- own-outlet: the page's own masthead for "told this newspaper"
W = "own-outlet"
MAST = "The Fenland Gazette"
T = "The council leader told this newspaper that the bypass would open in May."
pair(
    W,
    f"Work on the road is behind schedule.\n{T}",
    T,
    [],
    ["Fenland Gazette"],
    "told this newspaper",
    lead=MAST,
)
T = "Asked by this paper whether he would stand again, the MP said he had not decided."
pair(W, f"The seat is marginal.\n{T}", T, [], ["Fenland Gazette"], "asked by this paper", lead=MAST)
MAST2 = "COASTLINE HERALD | News | Sport | Weather"
T = "A spokeswoman for the port said in an email to our reporter that repairs were under way."
pair(
    W,
    f"The jetty was damaged.\n{T}",
    T,
    [],
    ["Coastline Herald"],
    "an email to our reporter",
    lead=MAST2,
)
T = "The school's head told us the roof had been leaking for years."
pair(W, f"Parents complained.\n{T}", T, [], ["Coastline Herald"], "told us", lead=MAST2)
T = "The mayor, in an interview with this website, said the budget was balanced."
pair(
    W,
    f"The council meets on Monday.\n{T}",
    T,
    [],
    ["Coastline Herald"],
    "an interview with this website",
    lead=MAST2,
)
T = "The farmer told The Fenland Gazette's sister title, the Wisbech Echo, that the floods had ruined his crop."
pair(
    W,
    f"Water levels are falling.\n{T}",
    T,
    ["Wisbech Echo"],
    ["Fenland Gazette"],
    "told the sister title, not the page",
    lead=MAST,
)
T = "In a letter to the editor of this newspaper, the bishop said the church would stay open."
pair(
    W,
    f"The diocese is short of money.\n{T}",
    T,
    [],
    ["Fenland Gazette"],
    "a letter to this newspaper",
    lead=MAST,
)
T = "This paper's own analysis of council data shows 1,200 potholes went unrepaired."
pair(
    W,
    f"Drivers have complained for years.\n{T}",
    T,
    [],
    ["Fenland Gazette"],
    "this paper's own analysis",
    lead=MAST,
)
T = "The skipper told our sister station, Coast FM, that the nets had been cut."
pair(
    W,
    f"Fishing crews are angry.\n{T}",
    T,
    ["Coast FM"],
    ["Coastline Herald"],
    "our sister station, not the page",
    lead=MAST2,
)
T = "The councillor, writing for this website last month, said the pier could not be saved."
pair(
    W,
    f"The pier was closed in spring.\n{T}",
    T,
    [],
    ["Coastline Herald"],
    "writing for this website",
    lead=MAST2,
)

# must pass: another outlet the same page cites
T = "The council leader later told BBC Look East that the bypass would open in May."
pair(W, f"Work on the road is behind schedule.\n{T}", T, ["BBC Look East"], [], "told X", lead=MAST)
T = "In a statement to the Press Association, the hospital trust said no wards would close."
pair(
    W, f"Staff shortages persist.\n{T}", T, ["Press Association"], [], "a statement to X", lead=MAST
)
T = "Speaking to Farmers Weekly, the farmer said the floods had ruined his crop."
pair(W, f"Water levels are falling.\n{T}", T, ["Farmers Weekly"], [], "speaking to X", lead=MAST)
T = "The MP told ITV News he had not decided whether to stand again."
pair(W, f"The seat is marginal.\n{T}", T, ["ITV News"], [], "told X", lead=MAST)
T = "An investigation by the Bureau of Investigative Journalism found that 40 care homes had missed inspections."
pair(
    W,
    f"The regulator promised action.\n{T}",
    T,
    ["Bureau of Investigative Journalism"],
    [],
    "an investigation by X",
    lead=MAST,
)
T = "The harbourmaster told Radio Solent that the ferry would resume on Saturday."
pair(W, f"Storms kept boats in port.\n{T}", T, ["Radio Solent"], [], "told X", lead=MAST2)
T = "A spokeswoman for the port said in an email to the Daily Echo that repairs were under way."
pair(W, f"The jetty was damaged.\n{T}", T, ["Daily Echo"], [], "an email to X", lead=MAST2)
T = "The school's head told the Times Educational Supplement the roof had been leaking for years."
pair(W, f"Parents complained.\n{T}", T, ["Times Educational Supplement"], [], "told X", lead=MAST2)
T = "Data obtained by the Telegraph under freedom of information laws show 300 complaints."
pair(W, f"Residents are angry.\n{T}", T, ["Telegraph"], [], "data obtained by X", lead=MAST2)
T = "The mayor, in an interview with LBC, said the budget was balanced."
pair(W, f"The council meets on Monday.\n{T}", T, ["LBC"], [], "an interview with X", lead=MAST2)

# --- via-name: "X, citing Y": name Y via X; the two swapped, or a third outlet, fail
V = "via-name"
VIA = [
    (
        "Reuters, citing the Interfax news agency, said the talks would resume on Friday.",
        "Interfax",
        "Reuters",
        "CNN",
    ),
    (
        "Xinhua reported, quoting state television, that the quake measured 6.1.",
        "state television",
        "Xinhua",
        "Kyodo",
    ),
    (
        "AFP, citing a report in Le Monde, said the minister would step down.",
        "Le Monde",
        "AFP",
        "Reuters",
    ),
    (
        "According to Yonhap, which cited the Rodong Sinmun, the missile flew 600km.",
        "Rodong Sinmun",
        "Yonhap",
        "NHK",
    ),
    (
        "The Jerusalem Post, quoting Channel 12, said the cabinet would vote on Sunday.",
        "Channel 12",
        "Jerusalem Post",
        "Haaretz",
    ),
    (
        "TASS, quoting the Izvestia daily, said no meeting was planned before the spring.",
        "Izvestia",
        "TASS",
        "Interfax",
    ),
    (
        "Citing the Wall Street Journal, the Associated Press said the bank would cut 3,000 jobs.",
        "Wall Street Journal",
        "Associated Press",
        "Bloomberg",
    ),
    (
        "The Times of India, citing PTI, said the monsoon had reached Kerala.",
        "PTI",
        "Times of India",
        "Hindustan Times",
    ),
    (
        "Euronews, relaying an Ansa report, said the ferry had been towed to Naples.",
        "Ansa",
        "Euronews",
        "RAI",
    ),
    (
        "Al Arabiya, quoting the Saudi Press Agency, said the crown prince had received the envoy.",
        "Saudi Press Agency",
        "Al Arabiya",
        "Al Jazeera",
    ),
]
VIA.append(
    (
        "The fire was contained by dawn, according to local reports cited by Reuters.",
        "local reports",
        "Reuters",
        "AFP",
    )
)
VIA.append(
    (
        "The minister would resign, Le Figaro reported, as quoted by the BBC.",
        "Le Figaro",
        "BBC",
        "France 24",
    )
)
for sentence, name, via, third in VIA:
    before = (
        f"{third} had earlier aired pictures of the scene."
        if third not in ("Haaretz",)
        else "Haaretz had run the story a day before."
    )
    text = f"{before}\n{sentence}"
    source(V, text, sentence, name, True, f"{name} via {via}", via=via)
    source(V, text, sentence, via, False, f"{via} via {name}: the two swapped", via=name)
    source(
        V,
        text,
        sentence,
        third,
        False,
        f"{third}: named before, not in the cited sentence",
        via=via,
    )


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
