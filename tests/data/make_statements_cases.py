# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the statements set (``grounding_statements.jsonl``): a document or an institution as a
quote's speaker, and a wire credit line as byline, by category, each with what must pass and
what must fail:

- ``statement-speaker``: a quote a paper speaks ("a military statement broadcast on state radio
  said", "the communique read", "read a joint declaration", "according to a defence ministry
  statement", "the navy's communique said"): the paper in its own words or fewer, and the
  issuer those words name ("the military", "the navy", "Hamas", "the Kremlin", "the royal
  court") pass; refused as said by another (unsupported): a carrier after the paper ("carried
  by the official news agency", "posted on its Telegram channel"), another body, a country for
  its army, and whoever the statement is about (a minister it says resigned, a group it says
  was driven out);
- ``statement-issuer``: a paper whose words name no issuer ("the statement read", "the
  communique said") or only a body ("a presidency statement added"), after a sentence naming
  who said it ("Uruguay's foreign ministry said on Tuesday it had ...", "Senator X said on
  Friday she would ..."): that issuer, whole or as the body alone ("the foreign ministry"),
  passes; refused (unsupported): the country whose ministry it is (a country is not its
  ministry, as "Netanyahu" is not "Netanyahu's office"), the one the statement is about, two
  leaders the paper says discussed the quoted words ("X and Y discussed "...", a presidency
  statement said": the paper's words, neither's), a party said only to discuss them, and the
  issuer of another paper; a joint statement after "A and B welcomed" stays both's, and a
  single country's stance ('Norway regrets "...", a foreign ministry statement said') its own;
- ``credit-line``: a wire credit trailer with its separators lost ("Reporting by A in Athens
  and B in Ankara Writing by C Editing by D"), run on from the story's last sentence, in a
  page that is one line, in brackets, in any order: every reporter and writer is credited as
  an author; an editor, photographer or video producer is not, as with separators (not
  credited: unsupported); nor is a name the story mentions outside the credit, even on the
  credit's line, or after a role phrase inside a sentence ("dismissed the reporting by El
  Diario").

Run ``python tests/data/make_statements_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or public bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written. Every refusal here is unsupported: the article names another speaker (the paper or
its issuer) or another author role; none is only unconfirmed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases

OUT = Path(__file__).with_name("grounding_statements.jsonl")

built = SupportCases("stm")
Q1, Q2 = "\u201c", "\u201d"


def quote(category: str, text: str, words: str, passes: list[str], fails: dict[str, str]) -> None:
    """Each of ``passes`` speaks ``words``; each of ``fails`` does not (its reason given)."""
    assert words in text, words
    for expect, speakers in ((True, {name: "" for name in passes}), (False, fails)):
        for name, reason in speakers.items():
            why = f"{name}: {words[:40]}" + (f" (unsupported: {reason})" if reason else "")
            facts = {"quotes": [{"speaker": name, "text": words, "evidence": []}]}
            built.add(category, expect, why, text, facts, "quotes[0].speaker")


def credits(text: str, passes: list[str], fails: dict[str, str]) -> None:
    """Each of ``passes`` is credited as an author of ``text``; each of ``fails`` is not."""
    for expect, names in ((True, {name: "" for name in passes}), (False, fails)):
        for name, reason in names.items():
            why = f"byline {name}" + (f" (unsupported: {reason})" if reason else "")
            facts = {"article": {**ARTICLE, "byline": name}}
            built.add("credit-line", expect, why, text, facts, "article.byline")


# --- statement-speaker: the paper speaks, for the issuer its own words name -----------------
C = "statement-speaker"
quote(
    C,
    f"Somalia offensive\n\nMOGADISHU, March 9 (Coastline Wire) - {Q1}Our troops have driven al-Shabaab out of Afgoye and reopened the highway,{Q2} a military statement broadcast on state radio said on Saturday.\n\nResidents could not be reached.\n",
    "Our troops have driven al-Shabaab out of Afgoye and reopened the highway,",
    ["a military statement", "the military", "the military's statement"],
    {
        "al-Shabaab": "the group the statement says was driven out",
        "state radio": "the carrier of the statement, not its issuer",
        "Somalia": "a country is not its military",
    },
)
quote(
    C,
    'Ceasefire terms\n\nThe truce would be "monitored by officers from both sides," according to a defence ministry statement released late on Thursday.\n\nThe interior ministry made no comment.\n',
    "monitored by officers from both sides,",
    ["the defence ministry", "a defence ministry statement"],
    {"the interior ministry": "another ministry, named only as silent"},
)
quote(
    C,
    f"Hostage talks\n\nIsrael demanded proof of life on Monday.\n\n{Q1}The captives are alive and are being treated well,{Q2} the Hamas statement read, without offering evidence.\n",
    "The captives are alive and are being treated well,",
    ["Hamas", "the Hamas statement"],
    {"Israel": "the side that asked, not the paper's issuer"},
)
quote(
    C,
    'Moscow responds\n\n"Dialogue with Kyiv is still possible if the West stops arming it," a Kremlin statement posted on its Telegram channel read.\n',
    "Dialogue with Kyiv is still possible if the West stops arming it,",
    ["the Kremlin", "a Kremlin statement"],
    {"Ukraine": "a country the statement mentions", "Telegram": "where it was posted"},
)
quote(
    C,
    'Arrests in Porto\n\nThe prosecutor\'s office declined to comment. A police statement issued on Sunday evening said "four suspects remain in custody and a fifth is being sought."\n',
    "four suspects remain in custody and a fifth is being sought.",
    ["the police", "a police statement"],
    {"the prosecutor's office": "named in the sentence before, as declining to comment"},
)
quote(
    C,
    'Gulf incident\n\nThe coast guard had reported smoke near the harbour mouth. The navy\'s communique said "no vessel was damaged and no sailor was hurt."\n',
    "no vessel was damaged and no sailor was hurt.",
    ["the navy", "the navy's communique"],
    {"the coast guard": "the body named in the sentence before, another one"},
)
quote(
    C,
    f"Colombia talks\n\n{Q1}We will not negotiate while the bombing goes on,{Q2} an ELN statement published on its website said.\n",
    "We will not negotiate while the bombing goes on,",
    ["ELN", "an ELN statement"],
    {"the Colombian government": "the other side, not named as speaking"},
)
quote(
    C,
    'Delayed vote\n\nABUJA (Savanna Post) - "Polling units will open at 8 a.m. in all 36 states," an electoral commission statement said on Friday, a day after the army asked for more time.\n',
    "Polling units will open at 8 a.m. in all 36 states,",
    ["the electoral commission", "the commission"],
    {"the army": "it asked for more time; it did not issue the statement"},
)
quote(
    C,
    'Cabinet shake-up\n\n"Finance Minister Ruth Okoro has stepped down with immediate effect," a government statement said, giving no reason.\n',
    "Finance Minister Ruth Okoro has stepped down with immediate effect,",
    ["the government", "a government statement"],
    {"Ruth Okoro": "the one the statement is about"},
)
quote(
    C,
    f"Riyadh reaction\n\n{Q1}The kingdom stands with the Sudanese people,{Q2} said a royal court statement carried by the official news agency.\n",
    "The kingdom stands with the Sudanese people,",
    ["the royal court", "a royal court statement"],
    {"the official news agency": "it carried the statement"},
)
quote(
    C,
    'Border strikes\n\nHezbollah said the raids hit homes. "The strikes targeted weapons depots only," the army\'s statement insisted.\n',
    "The strikes targeted weapons depots only,",
    ["the army", "the army's statement"],
    {"Hezbollah": "it said the opposite, in the sentence before"},
)
quote(
    C,
    'Darfur\n\nEL FASHER (Nile Desk) - "Our forces have taken full control of the airport," an RSF statement said on Wednesday.\n\nThe Sudanese army denied the claim.\n',
    "Our forces have taken full control of the airport,",
    ["RSF", "an RSF statement"],
    {"the Sudanese army": "it denied the claim; the statement is the RSF's"},
)
quote(
    C,
    f"Summit close\n\n{Q1}Every detained aid worker must be freed without delay,{Q2} read a joint declaration adopted at the close of the Nairobi meeting.\n",
    "Every detained aid worker must be freed without delay,",
    ["a joint declaration", "the joint declaration"],
    {"Nairobi": "the meeting's city", "a ministry statement": "another paper"},
)
quote(
    C,
    'Red Sea\n\nSANAA - "Ships bound for Israeli ports remain targets," the Houthi statement added, hours after the raid.\n',
    "Ships bound for Israeli ports remain targets,",
    ["the Houthis"],
    {"Israel": "the statement's target"},
)

# --- statement-issuer: who the sentence before says issued the paper --------------------------
C = "statement-issuer"
quote(
    C,
    f"Diplomatic row\n\nMONTEVIDEO (Plata Wire) - Uruguay's foreign ministry said on Tuesday it had summoned the Argentine ambassador. {Q1}Such remarks have no place between neighbours,{Q2} the statement read.\n",
    "Such remarks have no place between neighbours,",
    ["Uruguay's foreign ministry", "the foreign ministry", "the statement"],
    {
        "Uruguay": "a country is not its foreign ministry",
        "the Argentine ambassador": "the one summoned",
    },
)
quote(
    C,
    'Sahel\n\nACCRA - Ghana\'s presidency said on Wednesday that the two leaders had spoken by telephone. President Mahama and Bola Tinubu discussed "a common plan against the insurgency," a presidency statement said.\n',
    "a common plan against the insurgency,",
    ["Ghana's presidency", "the presidency"],
    {
        "Mahama": "the paper's words on what two leaders discussed, not his",
        "Bola Tinubu": "a participant in the talks the paper describes",
    },
)
quote(
    C,
    'Retirement\n\nSenator Lydia Marsh said on Friday she would not seek a fourth term. "Serving this state has been the honour of my life," the statement said.\n',
    "Serving this state has been the honour of my life,",
    ["Lydia Marsh"],
    {},
)
quote(
    C,
    'Niger suspended\n\nThe African Union said late on Monday it was suspending Niger from all its activities. "Membership will be restored once constitutional order returns," the communique said.\n',
    "Membership will be restored once constitutional order returns,",
    ["the African Union", "the communique"],
    {"Niger": "the country the communique is about"},
)
quote(
    C,
    f"Airspace\n\nTOKYO - Japan's defence ministry said it scrambled fighter jets after two Chinese drones flew near Yonaguni. {Q1}We will respond firmly to any violation,{Q2} a ministry statement added.\n",
    "We will respond firmly to any violation,",
    ["Japan's defence ministry", "the defence ministry", "the ministry"],
    {"China": "whose drones the statement reports", "Japan's foreign ministry": "another ministry"},
)
quote(
    C,
    f"Amman meeting\n\nJordan's royal court said King Abdullah received the French foreign minister in Amman. The two discussed {Q1}efforts to make the Gaza truce last,{Q2} a royal court statement said.\n",
    "efforts to make the Gaza truce last,",
    ["Jordan's royal court", "the royal court"],
    {
        "King Abdullah": "he discussed; the quoted words are the court's",
        "the French foreign minister": "the guest in the talks described",
    },
)
quote(
    C,
    'Trade call\n\nPRETORIA - South Africa\'s presidency said the two leaders spoke for an hour on Tuesday. Cyril Ramaphosa and Lula discussed "closer cooperation on trade and climate," a presidency statement said.\n',
    "closer cooperation on trade and climate,",
    ["South Africa's presidency"],
    {"Cyril Ramaphosa": "one of two said to discuss", "Lula": "one of two said to discuss"},
)
quote(
    C,
    f"Doha round\n\nEgypt and Qatar welcomed {Q1}the progress made in the latest round,{Q2} a joint statement said. The United States had pressed both sides to return.\n",
    "the progress made in the latest round,",
    ["Egypt", "Qatar"],
    {"the United States": "named after, as pressing the sides; not in the joint statement"},
)
quote(
    C,
    f"Nordic reaction\n\nNorway regrets {Q1}the collapse of the talks in Geneva,{Q2} a foreign ministry statement said.\n",
    "the collapse of the talks in Geneva,",
    ["Norway"],
    {"Sweden": "not named at all"},
)
quote(
    C,
    f"Border dispute\n\nKenya's interior ministry said on Monday the crossing would stay open. Uganda's foreign ministry issued a statement hours later. {Q1}We were not consulted,{Q2} the statement said.\n",
    "We were not consulted,",
    ["Uganda's foreign ministry"],
    {"Kenya's interior ministry": "the earlier speaker; the statement is Uganda's"},
)
quote(
    C,
    f"Ports\n\nThe dockworkers' union said on Thursday it would strike from Monday. {Q1}No ship will be unloaded until the pay deal is signed,{Q2} the statement read.\n",
    "No ship will be unloaded until the pay deal is signed,",
    ["The dockworkers' union", "the union"],
    {"the port authority": "not named in the article"},
)
quote(
    C,
    f"Blockade\n\nLIMA - Peru's energy ministry condemned the road blockade near the Las Bambas mine on Saturday. {Q1}Fuel deliveries to the south are now at risk,{Q2} the statement said.\n",
    "Fuel deliveries to the south are now at risk,",
    ["Peru's energy ministry", "the energy ministry"],
    {"Peru": "a country is not its ministry", "Las Bambas": "the mine the statement is about"},
)
quote(
    C,
    f"Gaza proposal\n\nHamas said in a statement on Thursday it had received the proposal from Qatari and Egyptian mediators. {Q1}We are studying it in a positive spirit,{Q2} the statement said.\n",
    "We are studying it in a positive spirit,",
    ["Hamas"],
    {"Qatar": "a mediator the statement names", "Egypt": "a mediator the statement names"},
)

# --- credit-line: a wire trailer's authors, with its separators lost ---------------------------
STORY = "Ferry sinks off Lesbos\n\nATHENS, Aug 14 - A ferry carrying 40 people sank off Lesbos on Thursday, coast guard spokesman Petros Alexiou said.\n\nTurkish officials said Selim Oral, a fisherman, raised the alarm."
credits(
    f"{STORY}\n\nReporting by Nikos Pappas in Athens and Selin Kaya in Ankara Writing by Mark Ellery Editing by Dana Whitfield\n",
    ["Nikos Pappas", "Selin Kaya", "Mark Ellery", "Nikos Pappas, Selin Kaya"],
    {"Dana Whitfield": "the editor", "Petros Alexiou": "a source the story quotes"},
)
credits(
    "Port strike\n\nLAGOS (Harbor Wire) - Dock workers walked out on Monday.\n\nThe strike will continue until pay is raised, union leader Amaka Obi said. Reporting by Oyelaja Bello in Lagos Additional reporting by Chinedu Eze in Abuja Editing by Ros Kimber\n",
    ["Oyelaja Bello", "Chinedu Eze"],
    {"Ros Kimber": "the editor", "Amaka Obi": "quoted in the sentence the credit runs on from"},
)
credits(
    "Missile test SEOUL (Harbor Wire) - North Korea fired a missile on Friday, the South's military said. Defence Minister Ahn Gyu-back called it a provocation. (Reporting by Hyun-woo Park in Seoul; additional reporting by Mai Tanaka in Tokyo Editing by Greg Orr) Related coverage: allies hold drills\n",
    ["Hyun-woo Park", "Mai Tanaka"],
    {"Greg Orr": "the editor", "Ahn Gyu-back": "a minister on the same line, outside the credit"},
)
credits(
    f"{STORY}\n\nEditing by Helen Frost Writing by Omar Nasser Reporting by Lina Haddad in Beirut\n",
    ["Omar Nasser", "Lina Haddad"],
    {"Helen Frost": "the editor, listed first"},
)
credits(
    f"{STORY}\n\nStory by Ravi Menon Photos by Anika Brandt Video by Joel Sato\n",
    ["Ravi Menon"],
    {"Anika Brandt": "the photographer", "Joel Sato": "the video producer"},
)
credits(
    "Election night\n\nINTERIOR MINISTER Pablo Rey dismissed the reporting by El Diario as speculation.\n\nResults are due on Monday.\n\nReporting by Clara Vidal and Jorge Soler Editing by Marta Pons\n",
    ["Clara Vidal", "Jorge Soler"],
    {"Pablo Rey": "named before a role phrase inside a sentence", "Marta Pons": "the editor"},
)
credits(
    f"{STORY} [Reporting by Dimitra Kosta Writing by Paul Rendell Editing by Sue Lam and Ken Adair]\n",
    ["Dimitra Kosta", "Paul Rendell"],
    {
        "Sue Lam": "an editor",
        "Ken Adair": "an editor",
        "Selim Oral": "in the sentence before the credit",
    },
)
credits(
    f"{STORY}\n\nText and photos by Ingrid Moe Editing by Lars Vik\n",
    ["Ingrid Moe"],
    {"Lars Vik": "the editor"},
)
credits(
    f"{STORY}\n\nReporting by Tom Okafor; Editing by Jane Mills\n",
    ["Tom Okafor"],
    {"Jane Mills": "the editor, as before with separators"},
)
credits(
    f"{STORY}\n\nCompiled by Rui Costa Edited by Ana Sousa\n",
    ["Rui Costa"],
    {"Ana Sousa": "the editor"},
)
credits(
    f"{STORY}\n\n(Reporting by Aylin Demir, writing by Jonas Berg, editing by Petra Novak)\n",
    ["Aylin Demir", "Jonas Berg"],
    {"Petra Novak": "the editor"},
)
credits(
    f"{STORY}\n\nReporting by Yusuf Karim Writing by Elena Brandt Our Standards: The Harbor Wire Trust Principles.\n",
    ["Yusuf Karim", "Elena Brandt"],
    {"Harbor Wire": "the outlet's label after the credit"},
)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
