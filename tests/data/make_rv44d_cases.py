# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 44's actor, summit-party and outlet rules
(``grounding_rv44d.jsonl``, review rv44d of gac44), cases written by the reviewer in new
words, at the edges of

- ``actors``: a name after a pronoun that is not its verb's object ("It was Kerr who scored",
  "He and Aisha Rahman founded", "He watched Kerr score", "She commissioned Anand to design",
  "It took Oduya three attempts to win") against a name the pronoun's verb acts on ("He
  appointed Dunn in May"); a "she" of an adverbial clause that means the person taken over
  from ("takes over from Sam Reid in June, when she retires"); the one fined or sued answering
  against the agent's own answer ("It denied the company's request"); a passive stand-in's
  "and has" clause that is a relative clause's ("a group that ... has since bought") or a
  denial ("and has not responded"); a company's owned noun or role before another body's "It";
- ``parties``: a summit a pronoun hosted, watched by someone else than its host (a deputy, an
  envoy, another head of state); a chair or teller who led a team that is no side of the talks
  ("the African Union delegation", "the joint technical team", "the UN team"), against a side
  led in other words ("Kenya's negotiating team");
- ``outlets``: a one-word short name of an outlet ("BBC" of "BBC News", "Bloomberg" of
  "Bloomberg News") written in the body after "on", "at" or "from" as a channel or an employer,
  not a place, against a place the outlet is named after.

Run ``python tests/data/make_rv44d_cases.py`` to rebuild it. Each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_rv44d.jsonl")

built = SupportCases(
    "rv44d",
    leads=[
        "By Ilona Varga | The Marches Courier",
        "ACCRA (West Coast Wire) -",
        "CITY DESK | The Humber Standard",
        "Business desk, The Ouse Mercury.",
        "From our Nairobi bureau, The Equator Ledger.",
    ],
)
ACTORS, PARTIES, OUTLETS = "actors", "parties", "outlets"


def actor(expect: bool, sentence: str, who: str, description: str, why: str, before: str) -> None:
    built.actor(ACTORS, expect, sentence, who, description, why, before=before)


# --- actors: a name after a pronoun that is not its verb's object -------------------------

B = "Harton Rovers beat Alnwick 2-1 on Saturday, with Jonah Kerr back from injury."
actor(True, "It was Kerr who scored the winner in the 89th minute.", "Jonah Kerr", "scored the winner", "a cleft: 'It was Kerr who scored'", B)  # fmt: skip
actor(False, "It was Dunn, not Kerr, who scored the winner in the 89th minute.", "Jonah Kerr", "scored the winner", "'not Kerr': Dunn scored", B)  # fmt: skip
B = "Mark Doyle left Harlow Tech in 2014 to start a company of his own."
actor(True, "He and Aisha Rahman founded Brightline Labs a year later.", "Aisha Rahman", "founded Brightline Labs", "'He and Aisha Rahman founded': a joint subject", B)  # fmt: skip
B = "Anna Berg has led the Greens since 2021."
actor(True, "She and Peter Lund signed the coalition deal on Friday evening.", "Peter Lund", "signed the coalition deal", "'She and Peter Lund signed': both sign", B)  # fmt: skip
actor(False, "She thanked Peter Lund after signing the coalition deal on Friday evening.", "Peter Lund", "signed the coalition deal", "Lund is thanked; she signs", B)  # fmt: skip
B = "Jonah Kerr returned from a knee injury on Saturday. Alan Brigg, the Harton manager, was in the stand."
actor(True, "He watched Kerr score twice in the second half.", "Jonah Kerr", "scored twice", "'watched Kerr score': Kerr scores", B)  # fmt: skip
actor(False, "He watched Kerr from the directors' box throughout the second half.", "Jonah Kerr", "watched the second half", "Kerr is watched", B)  # fmt: skip
B = "The council wants a new central library by 2028. Its leader, Mary Holt, picked an architect in May."
actor(True, "She commissioned Ravi Anand to design the building.", "Ravi Anand", "designs the library", "'commissioned Anand to design': Anand designs", B)  # fmt: skip
actor(False, "She commissioned Ravi Anand in May after a year-long search.", "Ravi Anand", "commissioned the library design", "Anand is commissioned; she commissions", B)  # fmt: skip
B = "The home secretary ordered an inquiry into the prison riot on Monday."
actor(True, "He appointed Claire Dunn to lead the inquiry.", "Claire Dunn", "leads the inquiry", "'appointed Dunn to lead': Dunn leads", B)  # fmt: skip
actor(False, "He appointed Claire Dunn on Tuesday.", "Claire Dunn", "appointed the inquiry's chair", "Dunn is appointed", B)  # fmt: skip
B = "Peter Oduya was elected MP for Kisumu Central on Friday."
actor(True, "It took Oduya three attempts to win the seat.", "Peter Oduya", "won the seat", "a dummy 'It': Oduya wins", B)  # fmt: skip
B = "Vladimir Putin held two days of talks with India's prime minister this week."
actor(True, "He welcomed Narendra Modi to the Kremlin for talks on oil and arms.", "Narendra Modi", "talks on oil and arms", "the one welcomed for talks takes part in them", B)  # fmt: skip
B = "Senator Ruth Hale launched her bid for governor in 2019."
actor(True, "That spring, she recruited Tom Brady-Cole to run her campaign.", "Tom Brady-Cole", "ran the campaign", "'recruited X to run': X runs it", B)  # fmt: skip
actor(False, "That spring, she fired Tom Brady-Cole as her campaign manager.", "Tom Brady-Cole", "fired as campaign manager", "Brady-Cole is fired", B)  # fmt: skip
B = "Harton Rovers want a new stadium by 2030. Their chairman, Ann Fell, chose an architect last year."
actor(True, "She hired Tom Reid to redesign the ground.", "Tom Reid", "redesigns the ground", "'hired Reid to redesign': Reid redesigns", B)  # fmt: skip
actor(False, "She hired Tom Reid in 2024 after a long search.", "Tom Reid", "hired as architect", "Reid is hired", B)  # fmt: skip
actor(False, "It was Kerr's cross that Dunn headed in for the winner.", "Jonah Kerr", "scored the winner", "Dunn scored from Kerr's cross", "Harton Rovers beat Alnwick 2-1 on Saturday, with Jonah Kerr back from injury.")  # fmt: skip
B = "Hungary's prime minister faced a strike by transport workers in March."
actor(True, "He sent Gabor Nemeth to negotiate with the unions.", "Gabor Nemeth", "negotiated with the unions", "'sent Nemeth to negotiate': Nemeth negotiates", B)  # fmt: skip
actor(False, "He later sacked Gabor Nemeth over the talks.", "Gabor Nemeth", "sacked over the talks", "Nemeth is sacked", B)  # fmt: skip

# --- actors: a "she" of a clause that means the other person -----------------------------

B = "Kim Adair takes over from Sam Reid in June, when she retires after 20 years as editor."
actor(True, "He has been deputy editor of the Courier since 2019.", "Kim Adair", "deputy editor since 2019", "'she retires' is Reid: 'He' is Adair", B)  # fmt: skip
actor(False, "She joined the paper as a trainee in 1999.", "Kim Adair", "joined the paper in 1999", "'She' is Reid, who retires", B)  # fmt: skip
B = "Alex Moreno takes over from Jo Carr at the Harbour Museum, after she retired in March."
actor(True, "He joins from the Tate, where he curated its photography collection.", "Alex Moreno", "joins from the Tate", "Carr retired ('she'): 'He' is Moreno", B)  # fmt: skip
actor(False, "She had run the museum for 12 years.", "Alex Moreno", "ran the museum for 12 years", "'She' is Carr, who retired", B)  # fmt: skip

# --- actors: the one fined or sued against the agent's own answer -------------------------

B = "Harrow Water was fined £2.1m by Ofwat in June."
actor(False, "It denied the company's request for more time to pay.", "Harrow Water", "request for more time denied", "the regulator denies the company's request", B)  # fmt: skip
B = "Aldous Printers was criticised by the Pensions Regulator last week."
actor(False, "It disputed the firm's figures on the pension deficit.", "Aldous Printers", "figures disputed", "'the firm's figures': the regulator disputes them", B)  # fmt: skip
B = "Harrow Water and Severn Mill were fined £2m each by Ofwat in June."
actor(False, "It will appeal the penalty.", "Harrow Water", "penalty appealed", "two were fined: no 'It' picks Harrow", B)  # fmt: skip
B = "Kestrel Bank was sued by Ardley Homes last week."
actor(False, "It disputes the bank's account of the loan.", "Kestrel Bank", "account disputed", "'the bank's account': Ardley disputes it", B)  # fmt: skip
B = "Corvo Mining was charged by the Environment Agency over the spill."
actor(True, "It disputes the agency's figures on the dead fish.", "Corvo Mining", "figures disputed", "the agency's figures: the one charged disputes them", B)  # fmt: skip
B = "Kestrel Bank was sued by two former traders last week."
actor(True, "It denies any wrongdoing.", "Kestrel Bank", "wrongdoing denied", "the one sued denies", B)  # fmt: skip
B = "Tarlow Steel was ordered by a judge to pay £3m to a former supplier."
actor(True, "It refuses to pay and will appeal.", "Tarlow Steel", "refused to pay", "the one ordered to pay refuses", B)  # fmt: skip

# --- actors: a passive stand-in's later clause that is not its own ------------------------

B = "Corran Bakeries makes bread and rolls in Fife."
actor(False, "It was bought in 2019 by Vantor Holdings, a group that was founded in 2015 and has since bought 12 other bakeries.", "Corran Bakeries", "12 bakeries bought", "'a group that ... has since bought': Vantor buys", B)  # fmt: skip
B = "Fenby Press prints three regional dailies."
actor(False, "It was criticised by the regulator and has not responded.", "Fenby Press", "responded to the criticism", "'has not responded'", B)  # fmt: skip
B = "Marlow Cables employs 600 people in Wrexham."
actor(False, "It was hit by a cyber attack in May and has yet to restore its systems.", "Marlow Cables", "systems restored", "'has yet to restore'", B)  # fmt: skip
actor(False, "It was fined £400,000 by the Health and Safety Executive and has still to pay.", "Marlow Cables", "fine paid", "'has still to pay'", B)  # fmt: skip
B = "Harwell Foods makes ready meals in Norfolk."
actor(True, "It was hit by the floods in January and has now reopened its Diss plant.", "Harwell Foods", "Diss plant reopened", "'and has now reopened': it acts", B)  # fmt: skip
B = "Corran Glass supplies bottles to brewers across Scotland."
actor(True, "It was fined £400,000 by the Health and Safety Executive and will appeal.", "Corran Glass", "fine appealed", "'and will appeal': it acts", B)  # fmt: skip

# --- actors: a company's owned noun, another body's "It" -----------------------------------

actor(False, "It will pay 210p a share in cash.", "Marlow Cables", "pays 210p a share", "the bidder, Fenwick Group, pays", "Marlow Cables' shareholders backed a £90m bid from Fenwick Group on Monday.")  # fmt: skip
actor(False, "It will make tweed and tartan for export.", "Kelso Looms", "makes tweed for export", "'It' is the new Tweedside Mills", "Kelso Looms' former chief executive, Ian Bell, has set up Tweedside Mills.")  # fmt: skip
actor(False, "It says it will not raise its offer.", "Aldous Printers", "offer not raised", "the bidder, Fenby Press, offers", "Aldous Printers' shareholders rejected the offer from Fenby Press on Tuesday.")  # fmt: skip
actor(True, "It has named an interim replacement.", "Harlow Brewing", "interim replacement named", "a finance officer is no 'It': the company", "Harlow Brewing's chief financial officer left in June.")  # fmt: skip
actor(True, "It plans to close one of them next year.", "Dunmore Cement", "plant closure planned", "plants plan nothing: the company", "Dunmore Cement's plants ran at 60% of capacity last year.")  # fmt: skip
actor(True, "It will leave the stock market in May.", "Rusk Textiles", "delisting", "shareholders are no 'It': the company", "Rusk Textiles' shareholders approved the sale on Tuesday.")  # fmt: skip

# --- parties: a summit a pronoun hosted, watched by another ------------------------------

meet = built.meeting
meet(PARTIES, False, "At the summit she hosted in Maputo, the Malawian and Zambian presidents signed a rail accord in the presence of her deputy, Ana Tembe.", "Ana Tembe", "the host's deputy witnesses")  # fmt: skip
meet(PARTIES, False, "At the summit she hosted in Maputo, the two presidents signed a rail accord, watched by the UN envoy Tom Baker.", "Tom Baker", "a UN envoy, a man, is not 'she'")  # fmt: skip
meet(PARTIES, False, "At the summit she hosted in Accra, the Ivorian and Burkinabe leaders signed a border pact in the presence of Nigeria's president, Bola Tinubu.", "Bola Tinubu", "another head of state witnesses")  # fmt: skip
meet(PARTIES, False, "At the retreat he hosted in Bogor, the Thai and Cambodian leaders signed the border pact in the presence of his wife, Iriana Santoso.", "Iriana Santoso", "the host's wife witnesses")  # fmt: skip
meet(PARTIES, False, "At the forum he chaired in Astana, the two premiers signed the gas deal, watched by the Chinese ambassador, Zhang Wei.", "Zhang Wei", "an ambassador witnesses")  # fmt: skip
meet(PARTIES, True, "At the summit she hosted in Maputo, the Malawian and Zambian presidents signed a rail accord in the presence of Luisa Dias Diogo.", "Luisa Dias Diogo", "the host witnesses")  # fmt: skip

# --- parties: a chair or teller who led a team that is no side ----------------------------

meet(PARTIES, False, "The talks between Sudan's army and the RSF were chaired by Moussa Faki, who led the African Union delegation.", "Moussa Faki", "the AU delegation mediates: no side")  # fmt: skip
meet(PARTIES, False, "The talks between the two delegations were chaired by Lena Brandt, who led the joint technical team.", "Lena Brandt", "a joint technical team is no side")  # fmt: skip
meet(PARTIES, False, "The official who led the UN team, Ibrahim Diallo, said the two sides met for six hours in Geneva.", "Ibrahim Diallo", "the UN team is no side of the talks")  # fmt: skip
meet(PARTIES, False, "The diplomat who led the Norwegian facilitation team, Kari Nygaard, said the two sides met in Oslo on Friday.", "Kari Nygaard", "facilitators are no side")  # fmt: skip
meet(PARTIES, False, "The talks between the two delegations were chaired by Tomas Novak, who led the Czech side at the 2019 round.", "Tomas Novak", "a side led at another round")  # fmt: skip
meet(PARTIES, False, "The negotiator who led the Canadian delegation at the 2019 round, Claire Tremblay, said the two sides met twice in Ottawa.", "Claire Tremblay", "led a delegation at another round: a teller now")  # fmt: skip
meet(PARTIES, False, "The talks between Ethiopia and Egypt were chaired by Cyril Ramaphosa, who led the African Union's panel of mediators.", "Cyril Ramaphosa", "a mediators' panel is no side")  # fmt: skip
meet(PARTIES, True, "The minister who leads Kenya's negotiating team, Musalia Mudavadi, said the two sides met in Nairobi on Friday.", "Musalia Mudavadi", "the teller leads Kenya's team")  # fmt: skip
meet(PARTIES, True, "The talks between the two delegations were chaired by Ines Duarte, who also headed her country's delegation.", "Ines Duarte", "the chair headed her country's delegation")  # fmt: skip
meet(PARTIES, True, "The talks between Serbia and Kosovo were chaired by Lajos Kovacs, who led the Serbian negotiators.", "Lajos Kovacs", "the chair led the Serbian negotiators")  # fmt: skip
meet(PARTIES, True, "The envoy who headed the Qatari delegation, Mohammed Al-Khulaifi, said the two sides met in Doha.", "Mohammed Al-Khulaifi", "the teller headed one side")  # fmt: skip
meet(PARTIES, True, "The talks between the two delegations were chaired by Marek Zielinski, who also led Poland's side, in Warsaw.", "Marek Zielinski", "the chair led Poland's side")  # fmt: skip
meet(PARTIES, True, "The general who led the army's delegation, Yasir Hamdan, said the two sides met in Jeddah on Sunday.", "Yasir Hamdan", "the teller led the army's side")  # fmt: skip
meet(PARTIES, True, "The talks between the Georgian and Armenian delegations were presided over by Nino Beridze, who led the Georgian team.", "Nino Beridze", "the chair led the Georgian team")  # fmt: skip
meet(PARTIES, True, "At the summit he hosted in Kigali, the Congolese and Burundian presidents signed a peace deal, witnessed by Paul Kagame.", "Paul Kagame", "the host witnesses")  # fmt: skip
meet(PARTIES, True, "The talks between the two delegations were chaired by Leila Haddad, who also led the Tunisian negotiators, in Tunis.", "Leila Haddad", "the chair led the Tunisian negotiators")  # fmt: skip
meet(PARTIES, False, "The talks between the two delegations were chaired by Omar Saleh, who led the UN technical team.", "Omar Saleh", "a UN technical team is no side")  # fmt: skip
meet(PARTIES, True, "At the conference she convened in Oslo, the Sudanese and Chadian envoys signed a ceasefire in the presence of Ingrid Lie.", "Ingrid Lie", "the convener witnesses")  # fmt: skip


# --- outlets: a one-word short name after "on", "at" or "from" ----------------------------


def outlet(expect: bool, credit: str, body: str, value: str, why: str) -> None:
    text = f"{credit}\n\n{body}\n\nThe story will be updated.\n"
    facts: dict[str, Any] = {"article": {**ARTICLE, "outlet": value}}
    built.add(OUTLETS, expect, why, text, facts, "article.outlet")


SHORT = [
    (
        "By Jo Reid | BBC News",
        "Speaking on BBC One on Sunday, the minister said the budget would balance.",
        "BBC",
    ),
    (
        "Bloomberg News | By Ann Lee",
        "Analysts at Bloomberg Intelligence expect the bank to cut 2,000 jobs.",
        "Bloomberg",
    ),
    (
        "By Dana Ruiz, CBS News",
        "In an interview on CBS on Sunday, the senator said he would run again.",
        "CBS",
    ),
    (
        "ITV News | Political team",
        "The chancellor, speaking on ITV this morning, ruled out a tax rise.",
        "ITV",
    ),
    (
        "By Omar Aziz | NBC News",
        "Data gathered from NBC affiliates shows turnout rose in 31 states.",
        "NBC",
    ),
    (
        "Sky News | By Beth Hall",
        "Footage aired on Sky overnight showed the fire spreading to a second warehouse.",
        "Sky",
    ),
    (
        "By Karen Lutz | CNBC News",
        "Executives at CNBC headquarters declined to comment on the merger.",
        "CNBC",
    ),
    (
        "ABC News | Staff",
        "The president told reporters on ABC that talks would resume next week.",
        "ABC",
    ),
    (
        "By Mei Lin | Reuters News",
        "Editors at Reuters in London confirmed the correction.",
        "Reuters",
    ),
    (
        "By Jon Kemp | Yahoo News",
        "Readers on Yahoo left more than 4,000 comments on the story.",
        "Yahoo",
    ),
]
for credit, body, short in SHORT:
    outlet(
        True,
        credit,
        body,
        short,
        f"'{short}' is the outlet's short name; the body's mention is a channel or an employer",
    )
PLACES = [
    (
        "By Tom Eddy | Solent Voice",
        "Ferries across the Solent were cancelled on Tuesday.",
        "Solent",
    ),
    ("Tyne Courier | By Sam Pye", "Shipyards along the Tyne will take on 300 apprentices.", "Tyne"),
    (
        "By Ann Cole | Mendip Times",
        "Quarries on the Mendips were closed for the storm; walkers in Mendip were warned of ice.",
        "Mendip",
    ),
    (
        "Weald Gazette | By Ruth Amos",
        "Villages across the Weald lost power for six hours.",
        "Weald",
    ),
    (
        "By Lee Carr | Exmoor Herald",
        "Farmers on Exmoor say lambing went well this spring.",
        "Exmoor",
    ),
    (
        "Fylde Echo | Staff reporter",
        "Bus routes across the Fylde will change from Monday.",
        "Fylde",
    ),
    ("By Ewan Bell | Lothian Post", "House prices in Lothian rose 4% last year.", "Lothian"),
    (
        "Wirral Globe Weekly | By Jo Dean",
        "Schools on the Wirral will open late on Friday.",
        "Wirral",
    ),
    (
        "By Ali Khan | Chilterns Record",
        "Walkers in the Chilterns were told to keep dogs on leads.",
        "Chilterns",
    ),
    (
        "Broadland Mail | By Kate Rowe",
        "Boatyards across Broadland say bookings are up.",
        "Broadland",
    ),
]
for credit, body, place in PLACES:
    outlet(False, credit, body, place, f"'{place}' is the place the outlet is named after")


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    return cases


if __name__ == "__main__":
    built.write(OUT)
