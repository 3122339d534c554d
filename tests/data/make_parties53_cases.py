# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of check 53's sponsors and summit parties (``grounding_parties53.jsonl``), by
category, each with what must pass and what must fail:

- ``act-verb-sponsor``: the sponsor acts through a verb the older cues did not read ("the
  European Union on Monday adopted its 16th package", "the Council extended them by six
  months", "Ottawa slapped", "renewed"); a "by" that gives an amount ("by six months", "by a
  further year") names no agent. The critic, the opponent, the reporter or the country
  targeted named in the same sentence stay refused, and so does the subject of these verbs
  with another object ("adopted a wait-and-see stance", "extended her thanks", "renewed calls
  to drop the package", "slapped down the package");
- ``group-sponsor``: a group word or a relative clause's pronoun is the subject ("The pair
  unveiled it", "the bipartisan measure they wrote", "the sweeping tariffs he unveiled"),
  read back to the names it stands for; a third person outside the pair, someone named
  nearer, a pronoun of the other gender and "they wrote to the president" stay refused;
- ``resolution-proposer``: a body that adopts a resolution calling for a truce proposes it
  ("A resolution adopted by the General Assembly calls on both sides to observe a truce",
  "The Security Council on Monday adopted a resolution demanding a ceasefire"); those who
  voted against, the sides called on, the envoy who spoke and another body in another
  clause stay refused;
- ``conditional-threat``: a threat voiced as a quote a condition follows ('X has promised
  "strong and swift economic actions" if the vote goes ahead', '"..." unless Moscow pulls
  back'): the one who voices it sponsors the threat; the one threatened, the one who mocks
  it, a reporter and a quote with no condition stay refused;
- ``denied-party``: a meeting's party beside one the sentence says will not come ("Xi will
  meet Lula; Modi is not expected to attend"): those who meet pass, the one not expected,
  not due, unlikely to attend fails (probe q22).

Run ``python tests/data/make_parties53_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_parties53.jsonl")

built = SupportCases(
    "p53",
    leads=[
        "BRUSSELS (Continental Wire) -",
        "By Tomas Rehak | The Danube Ledger",
        "From our Ottawa bureau.",
        "WORLD BRIEFING | The Harbour Times",
        "Translated from the German service of Radio Alpen.",
    ],
)
VERB, GROUP, DENIED = "act-verb-sponsor", "group-sponsor", "denied-party"
RESOLUTION, CONDITIONAL = "resolution-proposer", "conditional-threat"


def sponsor(
    category: str,
    passes: list[str],
    fails: list[str],
    *paragraphs: str,
    instrument: str = "bloc_package",
    evidence: str = "",
) -> None:
    """``evidence`` (or else the last paragraph) backs a measure whose sponsor is each name."""
    built.sponsors(
        category, built.page(*paragraphs), evidence or paragraphs[-1], passes, fails, instrument
    )


# act-verb-sponsor: adopted, extended (by an amount), slapped, renewed, rolled out
sponsor(VERB, ["European Union"], ["Viktor Orban"],
        "The European Union on Tuesday adopted its 14th sanctions package against Russia, over the objections of Hungary's Viktor Orban.")  # fmt: skip
sponsor(VERB, ["Council of the European Union"], ["Kaja Kallas"],
        "Kaja Kallas had urged a longer term, but in January the Council of the European Union extended the economic sanctions by six months.")  # fmt: skip
sponsor(VERB, ["Council"], [],
        "Russia stays under the bloc's sectoral measures until the end of January: in July the Council extended them by a further six months.")  # fmt: skip
sponsor(VERB, ["Canada"], ["Nikolai Patrushev"],
        "Canada slapped new sanctions on Tuesday on nine Russian security officials, among them Nikolai Patrushev, Ottawa said.", instrument="executive_action")  # fmt: skip
sponsor(VERB, ["Japan"], ["Sergei Lavrov"],
        "Japan renewed its export ban on Russia's defence sector on Friday, a move Russian Foreign Minister Sergei Lavrov called hostile.", instrument="executive_action")  # fmt: skip
sponsor(VERB, ["Australia"], ["Penny Wong"],
        "Australia rolled out financial penalties against 40 Russian firms, reporters were told by a government aide after Foreign Minister Penny Wong's flight landed.", instrument="executive_action")  # fmt: skip
sponsor(VERB, ["United Kingdom"], ["Roman Abramovich"],
        "The United Kingdom on Thursday adopted asset freezes on seven oligarchs, including Roman Abramovich, the Chelsea owner.", instrument="executive_action")  # fmt: skip
sponsor(VERB, ["Switzerland"], ["Ursula von der Leyen"],
        "Switzerland adopted the bloc's latest measures in full on Wednesday, a step Ursula von der Leyen welcomed in Brussels.", instrument="executive_action")  # fmt: skip
sponsor(VERB, ["European Union"], ["Robert Fico"],
        "Slovakia's Robert Fico threatened to block it for weeks; the European Union nevertheless adopted the 18th package on Friday.")  # fmt: skip
sponsor(VERB, ["Norway"], ["Dmitry Peskov"],
        "Norway extended its ban on Russian fishing vessels by a year, a decision Kremlin spokesman Dmitry Peskov dismissed as unfriendly.", instrument="executive_action")  # fmt: skip
sponsor(VERB, [], ["Hungary"],
        "Hungary adopted a wait-and-see stance on the 15th sanctions package, which envoys agreed on Wednesday.")  # fmt: skip
sponsor(VERB, [], ["Kaja Kallas"],
        "Kaja Kallas extended her thanks to member states after envoys agreed the 15th sanctions package.")  # fmt: skip
sponsor(VERB, [], ["Viktor Orban"],
        "Viktor Orban renewed calls to drop the sanctions package that envoys agreed on Wednesday.")  # fmt: skip
sponsor(VERB, [], ["Beijing"],
        "Beijing slapped down the sanctions package agreed by envoys on Wednesday as illegal.")  # fmt: skip
sponsor(VERB, [], ["Nikol Pashinyan"],
        "Nikol Pashinyan adopted a cautious tone on the tariffs Washington imposed on Monday.", instrument="executive_action")  # fmt: skip
sponsor(VERB, [], ["Volodymyr Zelensky"],
        "Volodymyr Zelensky extended an invitation to the Hungarian premier after envoys agreed the sanctions package.")  # fmt: skip
sponsor(VERB, [], ["Donald Trump", "Xi Jinping"],
        "Beijing has hit back at the duties Washington keeps adding, a state newspaper said, as tensions between Donald Trump and Xi Jinping deepened.", instrument="executive_action")  # fmt: skip
sponsor(VERB, [], ["Antonio Guterres"],
        "The measures were adopted in June, UN Secretary-General Antonio Guterres noted in a speech that criticised unilateral sanctions in general.")  # fmt: skip
sponsor(VERB, [], ["Elena Varga"],
        "The Council extended the listings by another 12 months, reported Elena Varga, our correspondent in Brussels.")  # fmt: skip
sponsor(VERB, [], ["Kadri Simson"],
        "The bloc renewed the sanctions on Monday; Kadri Simson, the energy commissioner, said gas supplies were safe.")  # fmt: skip

# group-sponsor: the pair, both senators, they, a relative clause's pronoun
sponsor(GROUP, ["Lindsey Graham", "Richard Blumenthal"], ["Chuck Schumer"],
        "Senators Lindsey Graham and Richard Blumenthal spent months lining up support; Chuck Schumer kept his distance. The pair unveiled the bill on April 1.",
        instrument="bill", evidence="Senators Lindsey Graham and Richard Blumenthal spent months lining up support; Chuck Schumer kept his distance. The pair unveiled the bill on April 1.")  # fmt: skip
sponsor(GROUP, ["Jeanne Shaheen", "Jim Risch"], [],
        "On Thursday Jeanne Shaheen and Jim Risch pressed colleagues to vote on the Ukraine Support Act, the measure they wrote last year.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Ben Cardin", "Roger Wicker"], ["Antony Blinken"],
        "Ben Cardin and Roger Wicker met Secretary Antony Blinken in the morning. Both senators introduced the sanctions bill an hour later.",
        instrument="bill", evidence="Ben Cardin and Roger Wicker met Secretary Antony Blinken in the morning. Both senators introduced the sanctions bill an hour later.")  # fmt: skip
sponsor(GROUP, ["Donald Trump"], ["Mark Carney"],
        "Trump has said his tariffs will stay.", "A federal court said the emergency law gave President Donald Trump no authority for the sweeping tariffs he unveiled in early April.", instrument="executive_action")  # fmt: skip
sponsor(GROUP, ["Ursula von der Leyen"], [],
        "Von der Leyen defended her record.", "Critics in Parliament took aim at Ursula von der Leyen over the sanctions she announced on Tuesday.")  # fmt: skip
sponsor(GROUP, ["Chris Van Hollen", "Todd Young"], ["Marco Rubio"],
        "Chris Van Hollen and Todd Young began drafting in March. The two jointly introduced the resolution on May 2, Marco Rubio's office said.",
        instrument="bill", evidence="Chris Van Hollen and Todd Young began drafting in March. The two jointly introduced the resolution on May 2, Marco Rubio's office said.")  # fmt: skip
sponsor(GROUP, ["Elizabeth Warren", "Tom Cotton"], [],
        "Elizabeth Warren and Tom Cotton rarely agree. This spring they filed a bill targeting Chinese drone makers together.", instrument="bill",
        evidence="Elizabeth Warren and Tom Cotton rarely agree. This spring they filed a bill targeting Chinese drone makers together.")  # fmt: skip
sponsor(GROUP, ["Joe Biden"], ["Vladimir Putin"], "Vladimir Putin said nothing.",
        "In Moscow, officials mocked Joe Biden and the export controls he announced on Thursday.", instrument="executive_action")  # fmt: skip
sponsor(GROUP, ["Rob Portman", "Sheldon Whitehouse"], [],
        "Rob Portman and Sheldon Whitehouse told reporters the act they wrote would close the loophole within a year.", instrument="bill")  # fmt: skip
sponsor(GROUP, [], ["Mitch McConnell"],
        "Marsha Blackburn and Richard Blumenthal took questions for an hour. Mitch McConnell later said the pair had earned a vote. The pair unveiled it on Tuesday.",
        instrument="bill", evidence="Mitch McConnell later said the pair had earned a vote. The pair unveiled it on Tuesday.")  # fmt: skip
sponsor(GROUP, ["Ana Lopez", "Ruth Kim"], ["Dan Moss"],
        "Three lawmakers drafted the bill: Senator Ana Lopez, Representative Tom Hale and Senator Ruth Kim; Senator Dan Moss opposed it.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Tim Kaine", "Mike Lee"], ["Chuck Grassley"],
        "Two senators introduced the war powers measure on Tuesday: Tim Kaine of Virginia and Mike Lee of Utah. Chuck Grassley called it premature.", instrument="bill",
        evidence="Two senators introduced the war powers measure on Tuesday: Tim Kaine of Virginia and Mike Lee of Utah. Chuck Grassley called it premature.")  # fmt: skip
sponsor(GROUP, [], ["John Cornyn", "Ted Cruz"],
        "Two senators wrote a sharp letter to the Treasury: John Cornyn and Ted Cruz, both of Texas, asked why the waiver was granted.", instrument="bill")  # fmt: skip
sponsor(GROUP, [], ["Tammy Duckworth", "Joni Ernst"],
        "Tammy Duckworth and Joni Ernst stood together at the podium. The pair renewed calls for the sanctions bill that House leaders drafted.", instrument="bill",
        evidence="Tammy Duckworth and Joni Ernst stood together at the podium. The pair renewed calls for the sanctions bill that House leaders drafted.")  # fmt: skip
sponsor(GROUP, [], ["Vladimir Putin", "Xi Jinping"],
        "Vladimir Putin and Xi Jinping met in Moscow. They unveiled a joint statement condemning the new sanctions package.",
        evidence="Vladimir Putin and Xi Jinping met in Moscow. They unveiled a joint statement condemning the new sanctions package.")  # fmt: skip
sponsor(GROUP, [], ["Amy Klobuchar"],
        "John Thune and John Barrasso met Amy Klobuchar on Monday. They wrote to the president the next day urging new sanctions.", instrument="bill",
        evidence="John Thune and John Barrasso met Amy Klobuchar on Monday. They wrote to the president the next day urging new sanctions.")  # fmt: skip
sponsor(GROUP, [], ["Kamala Harris"],
        "Kamala Harris met Tim Walz and Josh Shapiro on Monday. They unveiled the tariff plan on Tuesday.", instrument="executive_action",
        evidence="Kamala Harris met Tim Walz and Josh Shapiro on Monday. They unveiled the tariff plan on Tuesday.")  # fmt: skip
sponsor(GROUP, [], ["Rand Paul"],
        "Rand Paul opposed the bill from the start. Josh Hawley and Gary Peters said they introduced it to protect farmers.", instrument="bill",
        evidence="Rand Paul opposed the bill from the start. Josh Hawley and Gary Peters said they introduced it to protect farmers.")  # fmt: skip
sponsor(GROUP, [], ["Keir Starmer"],
        "Keir Starmer welcomed the plan. The pair, who lead the Senate panel, later unveiled it in Washington.")  # fmt: skip
sponsor(GROUP, [], ["Kevin McCarthy"],
        "Kevin McCarthy praised the plan. Later the two senators unveiled it at a press conference.")  # fmt: skip


# resolution-proposer: the body adopting a resolution that calls for a truce
def resolved(expect: bool, sentence: str, who: str) -> None:
    built.proposer(
        RESOLUTION, expect, sentence, who, f"{who} ({'adopts' if expect else 'not the adopter'})"
    )


R1 = "A resolution adopted by the General Assembly calls on both warring parties to observe an immediate humanitarian truce, with Israel and the United States voting against."
resolved(True, R1, "UN General Assembly")
resolved(False, R1, "Israel")
resolved(False, R1, "United States")
R2 = "The Security Council on Monday adopted a resolution demanding an immediate ceasefire for the month of Ramadan, after Washington abstained."
resolved(True, R2, "Security Council")
resolved(False, R2, "United States")
R3 = "The African Union's Peace and Security Council has adopted a communique that urges Sudan's army and the RSF to agree a truce."
resolved(False, R3, "Sudan")
R4 = "The European Parliament overwhelmingly passed a resolution on Thursday calling for a humanitarian pause in Gaza; Hungary's envoy called it one-sided."
resolved(True, R4, "European Parliament")
resolved(False, R4, "Hungary")
R5 = "The Human Rights Council approved a resolution urging a ceasefire in eastern Congo, despite objections from Rwanda."
resolved(True, R5, "Human Rights Council")
resolved(False, R5, "Rwanda")
R6 = "A motion passed by the Arab League calls for an immediate truce in Sudan, Egypt's foreign minister told reporters."
resolved(True, R6, "Arab League")
resolved(False, R6, "Egypt")
R7 = "The text, approved by the General Assembly by 153 votes to 10, demands an immediate humanitarian ceasefire; Austria voted against."
resolved(True, R7, "General Assembly")
resolved(False, R7, "Austria")
R8 = "The General Assembly has adopted a resolution that urges a durable humanitarian truce, while the Security Council remains split after four failed drafts."
resolved(True, R8, "General Assembly")
resolved(False, R8, "UN Security Council")
R9 = "The OSCE Permanent Council adopted a declaration calling for a ceasefire along the line of contact, over Russia's objections."
resolved(True, R9, "OSCE Permanent Council")
resolved(False, R9, "Russia")
R10 = "The General Assembly last week adopted a resolution calling for a truce for the Olympic Games, which France will host."
resolved(True, R10, "UN General Assembly")
resolved(False, R10, "France")
R11 = "Riyad Mansour told delegates the resolution adopted by the Assembly, which calls for a humanitarian truce, showed courage."
resolved(True, R11, "General Assembly")
resolved(False, R11, "Riyad Mansour")


# conditional-threat: a quoted promise on a condition is a threat by its speaker
def threat(passes: list[str], fails: list[str], *paragraphs: str) -> None:
    sponsor(CONDITIONAL, passes, fails, *paragraphs, instrument="threat")


threat(["Donald Trump"], ["Nicolas Maduro"],
       'Donald Trump, for his part, has promised "strong and swift economic actions" if Nicolas Maduro goes ahead with Sunday\'s vote.')  # fmt: skip
threat(["Ursula von der Leyen"], ["Vladimir Putin"],
       'Ursula von der Leyen told MEPs the bloc stood ready with "massive and severe consequences for the economy" should Vladimir Putin order troops across the border.')  # fmt: skip
threat(["Olaf Scholz"], ["Dmitry Medvedev"],
       'Olaf Scholz vowed "a high price to pay" if Russia invades, a warning Dmitry Medvedev dismissed on Telegram.')  # fmt: skip
threat(["Joe Biden"], ["Xi Jinping"],
       'Joe Biden said Washington would impose "real costs" unless Xi Jinping reins in exports of chemicals used to make fentanyl.')  # fmt: skip
threat(["Rishi Sunak"], ["Sky News"],
       'Speaking to Sky News, Rishi Sunak pledged "a package of sanctions the like of which we have not seen" if Moscow moves on Kyiv.')  # fmt: skip
threat(["Justin Trudeau"], ["Doug Ford"],
       'Justin Trudeau promised "a robust and immediate response" if Washington follows through, while Ontario Premier Doug Ford met union leaders.')  # fmt: skip
threat(["Emmanuel Macron"], ["Kemi Adeosun"],
       'Emmanuel Macron warned Ankara of "targeted measures on trade and finance" unless drilling stops, his office told correspondent Kemi Adeosun.')  # fmt: skip
threat(["Lindsey Graham"], ["Narendra Modi"],
       'Lindsey Graham promised "bone-crushing sanctions" if buyers such as Narendra Modi keep taking Russian crude.')  # fmt: skip
threat(["Kaja Kallas"], ["Aleksandar Vucic"],
       'Kaja Kallas promised "a firm answer from Brussels" should Aleksandar Vucic travel to the Moscow parade.')  # fmt: skip
threat(["Pedro Sanchez"], [],
       'Pedro Sanchez has promised "an immediate reply from Madrid" if the new duties take effect.')  # fmt: skip
threat([], ["Nicolas Maduro"],
       'Nicolas Maduro mocked the "strong and swift economic actions" promised by Washington if the vote goes ahead.')  # fmt: skip
threat([], ["Marco Rubio"],
       'Marco Rubio promised "a fair hearing" to exporters at a meeting on Tuesday.')  # fmt: skip
threat([], ["Li Qiang"],
       'Li Qiang praised the "spirit of dialogue" if only briefly, before the talks moved to tariffs.')  # fmt: skip


# denied-party: one the sentence says will not come is no party
def met(expect: bool, sentence: str, who: str, status: str = "scheduled") -> None:
    built.meeting(
        DENIED,
        expect,
        sentence,
        who,
        f"{who} ({'meets' if expect else 'not expected'})",
        status=status,
    )


S1 = "Xi Jinping will meet Luiz Inacio Lula da Silva in Brasilia next week; Narendra Modi is not expected to attend."
met(True, S1, "Xi Jinping")
met(True, S1, "Luiz Inacio Lula da Silva")
met(False, S1, "Narendra Modi")
S2 = "Cyril Ramaphosa is due to meet William Ruto in Pretoria on Monday, while Yoweri Museveni is not due to travel."
met(True, S2, "William Ruto")
met(False, S2, "Yoweri Museveni")
S3 = "Emmanuel Macron and Friedrich Merz are scheduled to meet in Berlin on Friday. Giorgia Meloni is unlikely to join them, aides said."
met(True, S3, "Friedrich Merz")
met(False, S3, "Giorgia Meloni")
S4 = "Recep Tayyip Erdogan is set to welcome Ilham Aliyev to Ankara this weekend; Nikol Pashinyan is not scheduled to take part."
met(True, S4, "Ilham Aliyev")
met(True, S4, "Recep Tayyip Erdogan")
met(False, S4, "Nikol Pashinyan")
S5 = "Anthony Albanese will hold talks with Christopher Luxon in Wellington, but Fiji's Sitiveni Rabuka is not expected to travel there."
met(True, S5, "Christopher Luxon")
met(False, S5, "Sitiveni Rabuka")
S6 = "Shehbaz Sharif is expected to meet Mohammed bin Salman in Riyadh; Ishaq Dar is not planning to come, officials said."
met(True, S6, "Mohammed bin Salman")
met(False, S6, "Ishaq Dar")
S7 = "Prabowo Subianto will receive Anwar Ibrahim in Jakarta on Thursday. Ferdinand Marcos Jr. is unlikely to attend the talks."
met(True, S7, "Anwar Ibrahim")
met(False, S7, "Ferdinand Marcos Jr.")
S8 = "Lee Jae-myung is scheduled to meet Shigeru Ishiba in Tokyo next month, and Xi Jinping is not likely to participate."
met(True, S8, "Shigeru Ishiba")
met(False, S8, "Xi Jinping")
S9 = "Javier Milei will meet Santiago Pena in Asuncion; Gustavo Petro, who was invited, is not going to attend."
met(True, S9, "Santiago Pena")
met(False, S9, "Gustavo Petro")
S10 = "Mark Rutte will meet Volodymyr Zelensky in Kyiv on Tuesday; Viktor Orban is not set to join."
met(True, S10, "Volodymyr Zelensky")
met(False, S10, "Viktor Orban")


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
