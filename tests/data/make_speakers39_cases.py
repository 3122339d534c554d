# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 17 from check 39's cause "who acts" (``grounding_speakers39.jsonl``):
value-support cases for quotes attributed by pronoun or through a reporter, and for sponsors in
wordings the actor cues do not list, by category, each with what must pass and what must fail:

- ``pronoun-speaker``: a pronoun subject of a speech verb ("He raised X and warned of "..."",
  "she wrote that ...", "said he believed ..."): the named subject of the nearest earlier clause
  speaks; a subject that names no one ("This paper has argued ...") is skipped, a heading line
  above the paragraph is no part of the sentence; anyone else named near it does not speak;
- ``relayed-speaker``: a reporting frame ("The ministry says Hale told Li that he expected "..."")
  gives the quote to the inner subject; "She called it "...", Obi recalled of the envoy Ruiz"
  gives it to the one recalled of, never to the one recalling (unsupported);
- ``sponsor-wording``: a list after "authors", a subject list of "reintroduced", "drafted",
  "refiled", the agent of "written by", and a pronoun subject of "announced"/"introduced"
  read back to the named subject before it; a listener, a critic or a signer is no sponsor.

Run ``python tests/data/make_speakers39_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers39.jsonl")

built = SupportCases("sp39")
Q1, Q2 = "\u201c", "\u201d"
quote = built.graded_quote

# --- pronoun-speaker: a pronoun subject of a speech verb points back to the named subject
C = "pronoun-speaker"
TEXT = f"GENEVA \u2014 The talks ran for four hours.\n\nThis newspaper has long argued that Washington should talk to Beijing, and on Tuesday Senator Paul Okafor mostly did that. He raised the case of the jailed writer Lin Bo and warned of {Q1}grave{Q2} consequences if the writer came to harm.\n"
quote(C, TEXT, "grave", ["Paul Okafor", "Okafor"], ["Lin Bo"])
TEXT = "Live: the Kashmir truce\n\nFriday, 21:05 - Mehta welcomes the deal\nSpeaking in Delhi, Prime Minister Ravi Mehta praised the truce and said he believed both countries \u201cdeserve a long quiet.\u201d He gave no timetable.\n"
quote(C, TEXT, "deserve a long quiet.", ["Ravi Mehta", "Mehta"], [])
TEXT = 'OSLO (Nordic Wire) - Foreign Minister Ingrid Vold met her Danish counterpart, Lars Holm, on Monday. She wrote on social media that the meeting had been "frank and useful."\n'
quote(C, TEXT, "frank and useful.", ["Ingrid Vold"], ["Lars Holm"])
TEXT = "NAIROBI, June 4 - The opposition boycotted the vote, and Governor Amina Wekesa stayed away too. She later insisted that the count was \u201cnot worth the paper.\u201d\n"
quote(C, TEXT, "not worth the paper.", ["Amina Wekesa", "Wekesa"], [])
TEXT = 'Our editorial board has warned before about the port deal, but Mayor Tomas Ferreira signed it anyway. He noted that the port would "pay for itself by 2030" and dismissed the critics.\n'
quote(C, TEXT, "pay for itself by 2030", ["Tomas Ferreira"], [])
TEXT = "MANILA \u2014 Defence Secretary Carl Tan said little after the vote. At the airport, Ms. Rosa Lim spoke to reporters. She later wrote that the talks were \u201ca first step.\u201d\n"
quote(C, TEXT, "a first step.", ["Rosa Lim"], ["Carl Tan"])
TEXT = 'BERLIN - Chancellor Jonas Keller spoke with Mr. Adam Roth, the party whip, for an hour. He told reporters afterwards that the budget was "dead on arrival."\n'
quote(C, TEXT, "dead on arrival.", ["Jonas Keller"], ["Jonas Roth"])
TEXT = "LIMA (Andes Daily) - The ministry released figures on Monday, and Minister Julia Paz called them encouraging. She warned, however, that the drought was \u201cfar from over.\u201d\n"
quote(C, TEXT, "far from over.", ["Julia Paz", "Paz"], ["Andes Daily"])
TEXT = "ACCRA - Mr. Kofi Mensah, the finance minister, met the IMF team after Ms. Efua Boateng left. He then wrote that the deal was \u201cwithin reach.\u201d\n"
quote(C, TEXT, "within reach.", [], ["Efua Boateng"])

# --- relayed-speaker: the inner subject of a reporting frame, the one recalled of
C = "relayed-speaker"
TEXT = "WASHINGTON (Capitol Ledger) - The State Department says Secretary Dana Whitfield told Foreign Minister Omar Haddad on Monday that she expected \u201ca full pause within days.\u201d\n"
quote(C, TEXT, "a full pause within days.", ["Dana Whitfield", "Whitfield"], ["Omar Haddad"])
TEXT = "CAIRO, May 9 - The presidency said Sisi told the visiting envoy that he expected \u201cquiet on both sides by dawn.\u201d\n"
quote(C, TEXT, "quiet on both sides by dawn.", ["Sisi"], [])
TEXT = (
    'A Kremlin readout says Putin warned Macron that any new shipment would be "a grave mistake."\n'
)
quote(C, TEXT, "a grave mistake.", ["Putin"], ["Macron"])
TEXT = "RADIO HOST: How did the envoy take the signing?\n\nShe called it \u201ca good day for the whole country,\u201d Ali Mansour recalled of the UN envoy Karin Dahl.\n"
quote(
    C, TEXT, "a good day for the whole country,", ["Karin Dahl", "Dahl"], ["Ali Mansour", "Mansour"]
)
TEXT = "He called the plan \u201ca trap dressed as a gift,\u201d the columnist Ruth Abara wrote of the late senator Felix Ward.\n"
quote(C, TEXT, "a trap dressed as a gift,", ["Felix Ward"], ["Ruth Abara"])
TEXT = "She described the room as \u201ccold but honest,\u201d Nils Berg said of Commissioner Eva Lund, who led the talks.\n"
quote(C, TEXT, "cold but honest,", ["Eva Lund"], ["Nils Berg"])
TEXT = '"We will not sign this," Deputy Minister Sara Nkosi said, according to a readout the ministry published.\n'
quote(C, TEXT, "We will not sign this,", ["Sara Nkosi"], [])

# --- sponsor-wording: authors listed, reintroduced, written by, "he announced"
C = "sponsor-wording"
sponsors = partial(built.sponsors, C)
TEXT = "The governor thanked the bill's lead authors, Senators Ana Ruiz (D-Ore.) and Tom Hale (R-Fla.), and Representatives Li Wen (D-Mass.) and Omar Saleh (R-N.J.)."
sponsors(TEXT, TEXT, ["Ana Ruiz", "Tom Hale", "Li Wen", "Omar Saleh"], [])
TEXT = "The governor, who signed it beside Senator Bo Grant, thanked the authors, Senators Ana Ruiz and Tom Hale."
sponsors(TEXT, TEXT, ["Ana Ruiz", "Tom Hale"], ["Bo Grant"])
TEXT = "March 2023: Ruiz and Hale reintroduced the bill in the Senate as S. 41 after it lapsed."
sponsors(TEXT, TEXT, ["Ana Ruiz", "Hale"], [])
TEXT = (
    "Senators Kim Oduya and Pete Lars drafted the measure last spring; Senator Max Bell opposed it."
)
sponsors(TEXT, TEXT, ["Kim Oduya", "Pete Lars"], ["Max Bell"])
TEXT = "The act, which Speaker Hanna Voss put to a vote, was written by Rep. Dario Fenn."
sponsors(TEXT, TEXT, ["Dario Fenn"], ["Hanna Voss"])
TEXT = "The amendment was drafted by Sen. Alma Reyes and criticised by Sen. Noel Park."
sponsors(TEXT, TEXT, ["Alma Reyes"], ["Noel Park"])
TEXT = "Critics of the bill, Senators Rui Costa and Ken Ito, said it went too far."
sponsors(TEXT, TEXT, [], ["Rui Costa", "Ken Ito"])
# what was written must be the measure (the lead's fix after a review's probes)
TEXT = "An op-ed written by Rep. Tom Hale attacked the tariff bill."
sponsors(TEXT, TEXT, [], ["Tom Hale"])
TEXT = "A report written by Rep. Tom Hale criticised the tariff bill on Monday."
sponsors(TEXT, TEXT, [], ["Tom Hale"])
TEXT = "The tariff bill, written by Rep. Ana Ruiz, cleared the committee on Monday."
sponsors(TEXT, TEXT, ["Ana Ruiz"], [])


def announced(text: str, evidence: str, passes: list[str], fails: list[str]) -> None:
    """A threatened tariff whose evidence says "he announced"."""
    built.each(
        C, text, passes, fails, "sanctions[0].sponsors[0]",
        lambda name: {"sanctions": [{"instrument": "threat", "sponsors": [name], "evidence": [evidence]}]},
        "announcer",
    )  # fmt: skip


EV = "On June 2 he announced that a duty of 8 percent would apply to all steel from Norland from July 1."
announced(
    f"The climb-down came a week after President Victor Lam first threatened the duties. {EV}",
    EV,
    ["Victor Lam"],
    [],
)
EV = "On Friday she announced a levy of 12 percent on imported cars."
announced(
    f"Trade Minister Zara Quist met the car makers on Tuesday, after Mr. Ivo Kern called for calm. {EV}",
    EV,
    [],
    ["Ivo Kern"],
)
EV = "He then introduced a bill to double the fee."
announced(f"Senator Hugo Marsh chaired the hearing. {EV}", EV, ["Hugo Marsh"], [])
# --- more near misses: a listener, an object, a relative clause, an op-ed
C = "pronoun-speaker"
TEXT = "ROME \u2014 Minister Carla Bruni met Mr. Paolo Greco on Monday. She told reporters the budget was \u201con course.\u201d\n"
quote(C, TEXT, "on course.", ["Carla Bruni"], ["Paolo Greco"])
TEXT = "SEOUL - The unions staged a walkout, and Labour Minister Park Ji-ho met their leaders. He insisted that wages would rise \u201cthis year, not next.\u201d\n"
quote(C, TEXT, "this year, not next.", ["Park Ji-ho"], ["Kim Dae-su"])
TEXT = "QUITO (Andean Post) - The court ruled on Friday, after Judge Elena Mora heard the appeal. She noted that the ruling was \u201cfinal.\u201d\n"
quote(C, TEXT, "final.", ["Elena Mora"], ["Andean Post"])
TEXT = "HANOI - Vice Minister Tran Binh welcomed the deal, and Ms. Le Hoa signed it. She wrote that it was \u201conly a start.\u201d\n"
quote(C, TEXT, "only a start.", ["Le Hoa"], ["Tran Binh"])
C = "relayed-speaker"
TEXT = "BRUSSELS - The Commission says President Ursula Brandt told Premier Aldo Conti on Friday that she wanted \u201ca deal by Easter.\u201d\n"
quote(C, TEXT, "a deal by Easter.", ["Ursula Brandt"], ["Aldo Conti"])
TEXT = "He called the offer \u201ca serious one,\u201d Leila Amin recalled of her late colleague Yusuf Darwish.\n"
quote(C, TEXT, "a serious one,", ["Yusuf Darwish"], ["Leila Amin"])
TEXT = "TOKYO - Officials said Foreign Minister Aiko Sato warned Ambassador Ken Doyle that the move was \u201cunacceptable.\u201d\n"
quote(C, TEXT, "unacceptable.", ["Aiko Sato"], ["Ken Doyle"])
TEXT = "She called the vote \u201ca turning point,\u201d Marek Novak said of the speaker, Hana Dvorak.\n"
quote(C, TEXT, "a turning point,", ["Hana Dvorak"], ["Marek Novak"])
# the pronoun must speak, and about no one else (the lead's fix after a review's probes):
# "She was "furious"" and "She looked "..."" describe her; "He called her "..."" is another's
TEXT = "She was \u201cfurious,\u201d Ali Mansour said of the UN envoy Karin Dahl.\n"
quote(C, TEXT, "furious,", [], ["Karin Dahl"])
TEXT = (
    "She looked \u201cexhausted but relieved,\u201d Ali Mansour wrote of the UN envoy Karin Dahl.\n"
)
quote(C, TEXT, "exhausted but relieved,", [], ["Karin Dahl"])
TEXT = "He called her \u201ca tireless negotiator,\u201d Ali Mansour recalled of the late UN envoy Karin Dahl.\n"
quote(C, TEXT, "a tireless negotiator,", [], ["Karin Dahl"])
TEXT = (
    "She also warned of \u201ca long winter,\u201d Tomas Lind recalled of the minister Greta Moe.\n"
)
quote(C, TEXT, "a long winter,", ["Greta Moe"], ["Tomas Lind"])
C = "sponsor-wording"
sponsors = partial(built.sponsors, C)
TEXT = "Rep. Ana Fox penned an op-ed against the bill."
sponsors(TEXT, TEXT, [], ["Ana Fox"])
TEXT = "Joined by Gov. Tess Ruiz, Sen. Nina Orr filed the state's own bill."
sponsors(TEXT, TEXT, ["Nina Orr"], ["Tess Ruiz"])
TEXT = "The column that Senator Jo Park penned on the bill ran on Sunday."
sponsors(TEXT, TEXT, [], ["Jo Park"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"wrote {len(built.cases)} cases to {OUT}")
