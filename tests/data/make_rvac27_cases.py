# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the rvac27 set (``grounding_rvac27.jsonl``): session 27's review of s27-ac27 (who
acts on a measure or a truce whatever the verb, :mod:`summarizer.verification.sides.clause_agents`
and :mod:`summarizer.verification.sides.act_objects`; a side by its bare body noun,
:mod:`summarizer.verification.sides.body_anaphors`; a former tie in ``party_names``), tried with new
texts. By category:

- ``rv-clause-sponsor``: a measure's sponsor as the subject or "by" agent of a verb acting on
  it, in other outlets' wording. Refused: the one who challenges, vetoes, delays, waters
  down, leaks, studies or welcomes a measure another made, its target, a denied act.
- ``rv-clause-proposer``: a truce's proposer so placed. Refused: the mediator, the one asked,
  the one welcoming or studying another's plan, a planned or denied act.
- ``rv-body-noun``: a side named by "the army" / "the government" whose nearest earlier
  qualified mention is the value's country. Refused: another country's body named between.
- ``rv-former-tie``: a current body beside a former national title; refused: a current
  title's country given as another.

Run ``python tests/data/make_rvac27_cases.py`` to rebuild it. Every sentence was written for
this set; each verdict is what a careful fact-checker reads in it. Cases the code still gets
wrong are left out and listed in DECISIONS ("Session 27: review rvac27 ...").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvac27.jsonl")

built = SupportCases(
    "rvac27",
    leads=[
        "OTTAWA (Maple Wire) -",
        "By Tomasz Wrobel, foreign desk",
        "MORNING BRIEF | The Harbour Gazette",
        "Filed from Brussels.",
        "NAIROBI, March 9 (Rift Desk) -",
    ],
)
SPONSOR, PROPOSER, BODY = "rv-clause-sponsor", "rv-clause-proposer", "rv-body-noun"
FORMER = "rv-former-tie"


def sponsor(expect: bool, who: str, sentence: str) -> None:
    """A measure whose one sponsor is ``who``, backed by ``sentence``."""
    facts = {
        "sanctions": [{"instrument": "executive_action", "sponsors": [who], "evidence": [sentence]}]
    }
    why = f"sponsor {who} ({'acts' if expect else 'does not make it'})"
    built.add(SPONSOR, expect, why, built.page(sentence), facts, "sanctions[0].sponsors[0]")


def proposer(expect: bool, who: str, sentence: str) -> None:
    why = f"proposer {who} ({'proposes' if expect else 'does not propose'})"
    built.proposer(PROPOSER, expect, sentence, who, why)


def body(expect: bool, who: str, headline: str, before: str, sentence: str) -> None:
    """A truce side ``who`` backed by ``sentence``, ``before`` a paragraph ahead of it."""
    position = {"party": who, "stance": "agreed", "evidence": [sentence]}
    facts = {"ceasefires": [{"evidence": [sentence], "positions": [position]}]}
    why = f"side {who} ({'its body noun' if expect else 'another country body'})"
    text = built.page(before, sentence, lead=f"{headline}\nStaff report, 9 March 2025")
    built.add(BODY, expect, why, text, facts, "ceasefires[0].positions[0].party")


def affiliation(expect: bool, name: str, value: str, sentence: str) -> None:
    facts = {"people": [{"name": name, "affiliation": value}]}
    why = f"{name}'s affiliation {value} ({'current' if expect else 'another country'})"
    built.add(FORMER, expect, why, built.page(sentence), facts, "people[0].affiliation")


PASS_SPONSOR = [
    ("Japan", "Japan froze the assets of eleven Russian officials on Friday."),
    (
        "Switzerland",
        "Switzerland adopted the EU's latest package of sanctions against Moscow on Wednesday.",
    ),
    (
        "Norway",
        "Norway, Iceland and Liechtenstein imposed matching export bans on Belarus last week.",
    ),
    (
        "Iceland",
        "Norway, Iceland and Liechtenstein imposed matching export bans on Belarus last week.",
    ),
    ("Australia", "The travel bans were imposed on Monday by Australia and New Zealand."),
    ("New Zealand", "The travel bans were imposed on Monday by Australia and New Zealand."),
    (
        "United Kingdom",
        "The United Kingdom blacklisted six shipping firms accused of moving Iranian oil.",
    ),
    ("Canada", "Canada slapped fresh sanctions on four Haitian gang leaders on Thursday."),
    (
        "European Union",
        "The European Union unveiled its 16th sanctions package on the anniversary of the invasion.",
    ),
    ("South Korea", "South Korea designated nine North Korean hackers for sanctions on Tuesday."),
    ("Treasury", "The Treasury sanctioned two Chinese refineries that buy Iranian crude."),
    ("Singapore", "The export curbs, announced in May, were drawn up by Singapore."),
]
FAIL_SPONSOR = [
    ("Hungary", "Hungary vetoed the EU's new sanctions package against Russia on Monday."),
    ("Slovakia", "Slovakia delayed the bloc's 18th sanctions package for three weeks over gas."),
    ("Germany", "Germany watered down the embargo drawn up by the European Commission."),
    ("Russia", "Russia challenged the EU sanctions at the European Court of Justice."),
    ("China", "China studied the US export controls for weeks before answering."),
    ("Ukraine", "Ukraine welcomed the new British sanctions on Russian oil traders."),
    ("Turkey", "Turkey circumvented the Western sanctions by buying more Russian crude."),
    ("India", "India denied it had imposed any sanctions on Canada."),
    ("France", "France plans to freeze the assets of the junta's leaders next month."),
    ("Belarus", "Belarus was hit by the new EU sanctions on Friday."),
    ("Iran", "Iran condemned the sanctions imposed by Washington on its oil ministry."),
]
PASS_PROPOSER = [
    ("Egypt", "Egypt floated a two-month truce in Gaza on Sunday."),
    ("Qatar", "Qatar drafted the ceasefire text that both delegations took home."),
    ("Turkey", "The truce was put on the table in Istanbul by Turkey."),
    ("Antonio Guterres", "Antonio Guterres wanted a ceasefire in time for the Muslim holy month."),
    ("Vatican", "The Vatican offered a Christmas truce to Moscow and Kyiv."),
    ("Kenya", "Kenya, Uganda and Rwanda tabled a joint truce for eastern Congo."),
    ("Uganda", "Kenya, Uganda and Rwanda tabled a joint truce for eastern Congo."),
    ("Norway", "The humanitarian pause was first sketched out by Norway in January."),
    ("African Union", "The African Union drew up a 30-day ceasefire for the Sahel."),
    ("Brazil", "Brazil urged the two sides to stop fighting during the summit."),
]
FAIL_PROPOSER = [
    ("Israel", "Israel studied the truce put forward by Egypt on Sunday."),
    ("Hamas", "Hamas welcomed the ceasefire drafted by Qatar."),
    ("Ukraine", "Ukraine rejected the truce Russia offered for Easter."),
    ("Russia", "Russia has not offered a truce, the Kremlin said."),
    ("Saudi Arabia", "Saudi Arabia mediated the truce between the two generals."),
    ("Sudan", "Sudan was offered a 72-hour truce by the Quad."),
    ("Hezbollah", "Hezbollah violated the ceasefire twice on Tuesday, the army said."),
    ("United States", "The United States plans to propose a ceasefire next week."),
    ("Azerbaijan", "Azerbaijan broke the truce within hours, Armenia said."),
    ("Thailand", "Thailand delayed the ceasefire brokered by Malaysia."),
]
PASS_BODY = [
    (
        "Sudanese army",
        "Sudan's war",
        "Sudan's army chief flew to Jeddah on Friday.",
        "The army agreed to a humanitarian truce on Sunday.",
    ),
    (
        "Ethiopian government",
        "Tigray peace holds",
        "Ethiopia's government met the TPLF in Pretoria.",
        "The government agreed to a permanent truce.",
    ),
    (
        "Sudanese army",
        "Sudan talks",
        "Sudan's army and the RSF sent delegates to Jeddah.",
        "The army agreed to a week-long truce on Saturday.",
    ),
    (
        "Colombian government",
        "Colombia and the ELN",
        "Colombia's government sent a delegation to Havana.",
        "The government agreed to extend the truce by six months.",
    ),
    (
        "Ukrainian government",
        "Black Sea deal",
        "Ukraine's government said it was ready to talk.",
        "On Tuesday the government agreed to a maritime truce.",
    ),
    (
        "Myanmar military",
        "Quake pause in Myanmar",
        "Myanmar's military said relief was its priority.",
        "The military agreed to a temporary truce after the earthquake.",
    ),
    (
        "Israeli government",
        "Gaza deal",
        "Israel's government met late into the night.",
        "The government agreed to the ceasefire shortly after midnight.",
    ),
    (
        "Pakistani army",
        "India and Pakistan step back",
        "Pakistan's army said its positions had been hit.",
        "By evening the army had agreed to halt fire along the frontier.",
    ),
    (
        "Lebanese army",
        "Southern Lebanon",
        "Lebanon's army deployed troops south of the Litani.",
        "The army agreed to the truce terms on Wednesday.",
    ),
    (
        "Yemeni government",
        "Yemen's long war",
        "Yemen's government is based in Aden.",
        "The government agreed to a nationwide truce in April.",
    ),
]
FAIL_BODY = [
    (
        "Sudanese army",
        "Sudan talks",
        "Sudan's army attended. Egypt's army sent observers.",
        "The army agreed to the truce on Saturday.",
    ),
    (
        "Ethiopian government",
        "Tigray peace holds",
        "Ethiopia's government met the TPLF. Eritrea's government was absent.",
        "The government agreed to the truce.",
    ),
    (
        "Israeli government",
        "Gaza deal",
        "Israel's government met. Qatar's government hosted the talks.",
        "The government agreed to the ceasefire.",
    ),
    (
        "Indian army",
        "India and Pakistan step back",
        "India's army fired first, then Pakistan's army replied.",
        "The army agreed to halt fire on Saturday.",
    ),
    (
        "Russian government",
        "Black Sea deal",
        "Russia's government wants guarantees. Ukraine's government was more eager.",
        "The government agreed to a maritime truce.",
    ),
    (
        "Lebanese army",
        "Southern Lebanon",
        "Lebanon's army moved south. Israel's army stayed in five posts.",
        "The army agreed to the truce terms on Wednesday.",
    ),
    (
        "Armenian government",
        "Caucasus peace",
        "Armenia's government met first. Azerbaijan's government then issued a statement.",
        "The government agreed to the truce.",
    ),
    (
        "Colombian government",
        "Colombia and the ELN",
        "Colombia's government arrived. Venezuela's government hosted the round.",
        "The government agreed to extend the truce.",
    ),
    (
        "Thai army",
        "Border clashes",
        "Thailand's army shelled a temple. Cambodia's army answered.",
        "The army agreed to a ceasefire on Monday.",
    ),
    (
        "Congolese government",
        "Congo and M23",
        "Congo's government sent ministers. Rwanda's government denied backing the rebels.",
        "The government agreed to a truce.",
    ),
]
PASS_FORMER = [
    (
        "Kaja Kallas",
        "European Union",
        "The EU's foreign policy chief, Kaja Kallas, a former Estonian prime minister, met Wang Yi.",
    ),
    (
        "Ellen Johnson Sirleaf",
        "African Union",
        "The AU mediator, former Liberian President Ellen Johnson Sirleaf, reached Monrovia on Friday.",
    ),
    (
        "Ban Ki-moon",
        "Elders",
        "The Elders' deputy chair, former South Korean foreign minister Ban Ki-moon, spoke in Oslo.",
    ),
    (
        "Mary Robinson",
        "Elders",
        "The Elders' chair, former Irish President Mary Robinson, urged restraint.",
    ),
    (
        "Federica Mogherini",
        "College of Europe",
        "The College of Europe's rector, former Italian foreign minister Federica Mogherini, opened the term.",
    ),
    (
        "Frank-Walter Steinmeier",
        "Germany",
        "German President Frank-Walter Steinmeier, a former foreign minister, visited Kyiv.",
    ),
    (
        "Thabo Mbeki",
        "African Union",
        "The AU panel's chair, former South African President Thabo Mbeki, met both leaders.",
    ),
    (
        "Tony Blair",
        "Tony Blair Institute",
        "The Tony Blair Institute's founder, former British Prime Minister Tony Blair, spoke in Riyadh.",
    ),
    (
        "Joyce Banda",
        "African Union",
        "The AU envoy, former Malawian President Joyce Banda, visited Khartoum.",
    ),
    (
        "Alexander Stubb",
        "Finland",
        "Finnish President Alexander Stubb, a former prime minister, met Zelensky.",
    ),
]
FAIL_FORMER = [
    (
        "Donald Tusk",
        "Germany",
        "Polish Prime Minister Donald Tusk met former German Chancellor Olaf Scholz in Warsaw.",
    ),
    (
        "Pedro Sanchez",
        "Portugal",
        "Spanish Prime Minister Pedro Sanchez met former Portuguese Prime Minister Antonio Costa.",
    ),
    (
        "Javier Milei",
        "Brazil",
        "Argentine President Javier Milei criticised former Brazilian President Jair Bolsonaro's rivals.",
    ),
    (
        "Bola Tinubu",
        "Ghana",
        "Nigerian President Bola Tinubu hosted former Ghanaian President Nana Akufo-Addo in Abuja.",
    ),
    (
        "Anthony Albanese",
        "New Zealand",
        "Australian Prime Minister Anthony Albanese met former New Zealand Prime Minister Jacinda Ardern.",
    ),
    (
        "Mette Frederiksen",
        "Sweden",
        "Danish Prime Minister Mette Frederiksen thanked former Swedish Prime Minister Magdalena Andersson.",
    ),
    (
        "Narendra Modi",
        "Sri Lanka",
        "Indian Prime Minister Narendra Modi received former Sri Lankan President Ranil Wickremesinghe.",
    ),
    (
        "Shigeru Ishiba",
        "South Korea",
        "Japanese Prime Minister Shigeru Ishiba called former South Korean President Yoon Suk Yeol.",
    ),
    (
        "Claudia Sheinbaum",
        "United States",
        "Mexican President Claudia Sheinbaum answered former US President Joe Biden.",
    ),
    (
        "Mark Carney",
        "United Kingdom",
        "Canadian Prime Minister Mark Carney met former British Prime Minister Rishi Sunak.",
    ),
]

for expect, rows in [(True, PASS_SPONSOR), (False, FAIL_SPONSOR)]:
    for who, sentence in rows:
        sponsor(expect, who, sentence)
for expect, rows in [(True, PASS_PROPOSER), (False, FAIL_PROPOSER)]:
    for who, sentence in rows:
        proposer(expect, who, sentence)
for expect, brows in [(True, PASS_BODY), (False, FAIL_BODY)]:
    for who, headline, before, sentence in brows:
        body(expect, who, headline, before, sentence)
for expect, frows in [(True, PASS_FORMER), (False, FAIL_FORMER)]:
    for name, value, sentence in frows:
        affiliation(expect, name, value, sentence)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
