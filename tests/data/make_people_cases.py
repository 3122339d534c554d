# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the people red-team set (``grounding_people.jsonl``): value-support cases for the
causes of false alarms and misses an independent check (check 18) found about speakers,
people, bylines and hard-wrapped pages, by category, each with what must pass and what must
fail:

- ``pronoun-antecedent``: "he"/"she" after a sentence with no subject that speaks points to
  the one person that sentence names, as an object ("would give Sen. X a seat. Later, he
  said") or as a "For X -" topic; never when it names a second person, or says something of
  the person's gender that disagrees ("Ms.", "her" for a "he");
- ``issuer-speaker``: "the statement said", "the letter said", "the report says", "the
  document says" stand for the issuer the nearest earlier sentence mentioning such a paper
  names ("X said in a statement", "X released a statement"), and for the paper itself when
  the article writes it ("the joint declaration"); a title after a colon ("the president
  tweeted:", "the senator wrote:") for the one the article named with it;
- ``sponsor-role``: a sponsor named in a long appositive ("X, a Vermont Democrat and one of
  the bill's sponsors, said") or in a release that announces the measure ("unveiled in a
  joint statement from X and Y"); not a critic of, adviser to or rival of the sponsors;
- ``first-name-date``: a month or weekday before a surname is a first name only where no
  preposition or comma makes it a date ("In May, Rutte said" is no May Rutte, "On Friday
  Visser signed" no Friday Visser); a real one ("April Bakker", "June Harper") passes;
- ``event-actor``: an event's actor is named in its evidence (a country by any alias), or,
  where the evidence says only "the two men", in the article; a name the article never
  writes, or with another first name, fails;
- ``bare-byline``: a top line of full names without "By" ("A, B and C, Test Wire News on")
  credits its authors, and the outlet after them is the copy's publisher; names in the story
  are no byline, and an outlet named only in the story is no publisher;
- ``hard-wrap``: a page wrapped with a blank line after every line reads its sentences over
  those blank lines (a place, a count's cue, a speaker's name on the next line), while a
  short line (a headline) over one blank line, or three blank lines, still end a paragraph.

Run ``python tests/data/make_people_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets, and people, or public figures in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import ARTICLE, SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_people.jsonl")

built = SupportCases("ppl")
add, quote, count = built.add, built.quote, built.count


def person(category: str, text: str, passes: list[str], fails: list[str]) -> None:
    """People the article names (each in ``passes``) or does not (each in ``fails``)."""
    for expect, name in verdicts(passes, fails):
        add(
            category,
            expect,
            f"person {name}",
            text,
            {"people": [{"name": name}]},
            "people[0].name",
        )


def sponsor(expect: bool, text: str, evidence: str, who: str, why: str) -> None:
    assert evidence in text, evidence
    measure = {"instrument": "bill", "sponsors": [who], "evidence": [evidence]}
    add(
        "sponsor-role",
        expect,
        f"{who}: {why}",
        text,
        {"sanctions": [measure]},
        "sanctions[0].sponsors[0]",
    )


def actors(expect: bool, text: str, evidence: str, who: list[str], why: str, at: int = 0) -> None:
    assert evidence in text, evidence
    event = {"description": "what the article reports", "actors": who, "evidence": [evidence]}
    add(
        "event-actor",
        expect,
        f"{who[at]}: {why}",
        text,
        {"events": [event]},
        f"events[0].actors[{at}]",
    )


def credit(expect: bool, text: str, field: str, value: str, why: str) -> None:
    facts = {"article": {**ARTICLE, field: value}}
    add("bare-byline", expect, f"{field} {value}: {why}", text, facts, f"article.{field}")


def place(expect: bool, text: str, evidence: str, where: str, why: str) -> None:
    assert evidence in text, evidence
    event = {"description": "what the article reports", "place": where, "evidence": [evidence]}
    add("hard-wrap", expect, f"place {where}: {why}", text, {"events": [event]}, "events[0].place")


def double_spaced(*paragraphs: list[str]) -> str:
    """A page as some sites copy a wire story: every wrapped line followed by a blank line,
    paragraphs set apart by three."""
    return "\n\n\n\n".join("\n\n".join(lines) for lines in paragraphs) + "\n"


# --- 1. pronouns after a sentence with no subject that speaks ----------------------------------

DRONES = """Senate tightens grip on drone exports

WASHINGTON (Test Ledger) - The new rules would hand Commerce Secretary Dana Whitfield broad power over licences. Later on Tuesday, she told reporters that the rules were \u201coverdue and workable.\u201d

The committee's draft gives Sen. Marcus Bell a seat on the review board. In an interview, he said the board would be \u201csmall but serious.\u201d

For Rosa Jimenez \u2013 a drone maker from El Paso who supplies the border patrol \u2013 the rules are a threat to her business. \u201cWe will lose half our buyers,\u201d she told the Test Ledger.

The bill would put Sen. Tom Ruiz and Sen. Paul Reyes on the conference committee. Afterwards, he said the talks would be \u201cquick.\u201d

The plan drew praise from Gov. Ellen Shaw and her staff. Hours later, he called it \u201ca gift to smugglers.\u201d
"""
quote("pronoun-antecedent", DRONES, "overdue and workable.", ["Dana Whitfield"], ["Marcus Bell"])
quote("pronoun-antecedent", DRONES, "small but serious.", ["Marcus Bell"], ["Dana Whitfield"])
quote(
    "pronoun-antecedent", DRONES, "We will lose half our buyers,", ["Rosa Jimenez"], ["Marcus Bell"]
)
quote("pronoun-antecedent", DRONES, "quick.", [], ["Tom Ruiz", "Paul Reyes"])
quote("pronoun-antecedent", DRONES, "a gift to smugglers.", [], ["Ellen Shaw"])

PORT = """Port deal stalls

LISBON (Test Wire) - Dockworkers booed Transport Minister Rui Tavares at the harbour gate on Monday. Speaking on state radio, he said the strike was \u201cpolitical theatre.\u201d

The union's offer reached Prime Minister Sofia Lemos late at night. She replied that it was \u201cnot serious.\u201d

A court fine hit union chief Nuno Faria and his deputy, Carlos Pinto. He said the fine was \u201ca badge of honour.\u201d

Analysts expect pressure on Rui Tavares to grow. \u201cWe will not bend,\u201d he told the Test Wire.
"""
quote("pronoun-antecedent", PORT, "political theatre.", ["Rui Tavares"], ["Sofia Lemos"])
quote("pronoun-antecedent", PORT, "not serious.", ["Sofia Lemos"], ["Rui Tavares"])
quote("pronoun-antecedent", PORT, "a badge of honour.", [], ["Nuno Faria", "Carlos Pinto"])
quote("pronoun-antecedent", PORT, "We will not bend,", ["Rui Tavares"], ["Nuno Faria"])

FLOODS = """Farmers count losses after floods

NAIROBI (Test Daily) - For Grace Wanjiru \u2013 a maize farmer from Kisumu who lost two harvests \u2013 the new aid plan comes too late. \u201cWe needed this in March,\u201d she told the Test Daily.

For Agriculture Minister Peter Otieno, the plan is a start. \u201cEvery county will get seed money,\u201d he said on Friday.

For Peter Mwangi and his neighbour Joseph Kamau, the floods took everything. \u201cWe start again from nothing,\u201d he said.
"""
quote("pronoun-antecedent", FLOODS, "We needed this in March,", ["Grace Wanjiru"], ["Peter Otieno"])
quote(
    "pronoun-antecedent",
    FLOODS,
    "Every county will get seed money,",
    ["Peter Otieno"],
    ["Grace Wanjiru"],
)
quote(
    "pronoun-antecedent",
    FLOODS,
    "We start again from nothing,",
    [],
    ["Peter Mwangi", "Joseph Kamau"],
)

BUDGET = """Budget talks drag on

OTTAWA (Test Gazette) - The opposition's amendment targets Finance Minister Claire Dubois and her aides. On Thursday, he called the amendment \u201ca stunt.\u201d

The amendment was written for Mr. Luc Tremblay, the party's budget critic. Later, he said the minister had \u201cno plan at all.\u201d

Reporters pressed Ms. Anne Roy on the deficit. She said the gap was \u201cmanageable.\u201d

The vote will test Mr. Paul Girard. She said the vote would be \u201cclose.\u201d
"""
quote("pronoun-antecedent", BUDGET, "a stunt.", [], ["Claire Dubois"])
quote("pronoun-antecedent", BUDGET, "no plan at all.", ["Luc Tremblay"], ["Claire Dubois"])
quote("pronoun-antecedent", BUDGET, "manageable.", ["Anne Roy"], ["Luc Tremblay"])
quote("pronoun-antecedent", BUDGET, "close.", [], ["Paul Girard"])

RECALL = """Mayor faces recall vote

SPRINGVALE (Test Courier) - The petition names Mayor Otto Klein and Deputy Mayor Hans Berg as its targets. He said the petition was \u201cfull of fake names.\u201d

Voters will decide on Otto Klein's future in June. He told the Test Courier he was \u201cnot worried.\u201d

The council sent Hans Berg to Berlin for a meeting with Chancellor Frank Weber. He said the trip was \u201croutine.\u201d

The recall, if it passes, would remove Hans Berg from office. Over the weekend, he told Test Radio that the recall was \u201ca circus.\u201d
"""
quote("pronoun-antecedent", RECALL, "full of fake names.", [], ["Otto Klein", "Hans Berg"])
quote("pronoun-antecedent", RECALL, "not worried.", ["Otto Klein"], ["Hans Berg"])
quote("pronoun-antecedent", RECALL, "routine.", [], ["Hans Berg", "Frank Weber"])
quote("pronoun-antecedent", RECALL, "a circus.", ["Hans Berg"], ["Otto Klein"])


# --- 2. papers and titles that stand for an issuer ---------------------------------------------

DOHA = """Ceasefire talks resume in Doha

DOHA (Test Wire) - Negotiators met for a fourth day on Monday, the Qatari Foreign Ministry said in a statement. \u201cBoth delegations have received the updated maps,\u201d the statement said.

The Northern Defence Council released a statement on its website on Tuesday. \u201cWe will not withdraw from the hills,\u201d the statement added.

The two delegations signed a joint declaration late on Tuesday. \u201cThe parties commit to an exchange of prisoners,\u201d the document says.
"""
quote("issuer-speaker", DOHA, "Both delegations have received the updated maps,", ["the Qatari Foreign Ministry"],
      ["the Northern Defence Council"])  # fmt: skip
quote("issuer-speaker", DOHA, "We will not withdraw from the hills,", ["the Northern Defence Council"],
      ["the Qatari Foreign Ministry"])  # fmt: skip
quote("issuer-speaker", DOHA, "The parties commit to an exchange of prisoners,", ["the joint declaration"],
      ["the Qatari Foreign Ministry", "the Northern Defence Council"])  # fmt: skip

GENEVA = """Talks end without a date

GENEVA (Test Ledger) - The Russian Foreign Ministry said in a statement on Friday that the talks had been useful. Ukrainian negotiator Oleh Marchenko said Kyiv wanted more. \u201cThe next round will be in Geneva,\u201d the statement said.
"""
quote(
    "issuer-speaker",
    GENEVA,
    "The next round will be in Geneva,",
    ["the Russian Foreign Ministry"],
    ["Oleh Marchenko"],
)

MINES = """Mine safety rules tightened

JOHANNESBURG (Test Mail) - The Department of Mineral Resources announced new inspection rules in a statement on Wednesday. \u201cEvery shaft will be inspected twice a year,\u201d the statement said. \u201cOwners who refuse will lose their licences,\u201d it added.

The National Union of Mineworkers welcomed the rules in a letter to members. \u201cThis is what we asked for,\u201d the letter said.

The Chamber of Mines published a report on Thursday. \u201cCosts will rise by a fifth,\u201d the report says.
"""
quote("issuer-speaker", MINES, "Every shaft will be inspected twice a year,", ["the Department of Mineral Resources"],
      ["the National Union of Mineworkers"])  # fmt: skip
quote("issuer-speaker", MINES, "Owners who refuse will lose their licences,", ["the Department of Mineral Resources"],
      ["the Chamber of Mines"])  # fmt: skip
quote("issuer-speaker", MINES, "This is what we asked for,", ["the National Union of Mineworkers"],
      ["the Department of Mineral Resources"])  # fmt: skip
quote("issuer-speaker", MINES, "Costs will rise by a fifth,", ["the Chamber of Mines"],
      ["the National Union of Mineworkers"])  # fmt: skip

TWEETS = """Trade truce collapses

WASHINGTON (Test Ledger) - President Donald Trump cut short his trip to Texas on Friday. Shortly after landing at Joint Base Andrews, the president tweeted:

\u201cThe deal is off until China keeps its word.\u201d

Chinese President Xi Jinping did not respond directly. Hours later, the Chinese leader wrote:

\u201cPressure will not work.\u201d

Sen. Ana Ruiz voted against the package on Thursday. Minutes after the vote, the senator wrote on X:

\u201cThis bill rewards the wrong people.\u201d

Rep. Tom Hale, who backed the bill, said on Friday the vote was close. Then the congressman posted:

\u201cA win for workers.\u201d
"""
quote(
    "issuer-speaker",
    TWEETS,
    "The deal is off until China keeps its word.",
    ["Donald Trump"],
    ["Xi Jinping"],
)
quote("issuer-speaker", TWEETS, "Pressure will not work.", ["Xi Jinping"], ["Donald Trump"])
quote("issuer-speaker", TWEETS, "This bill rewards the wrong people.", ["Ana Ruiz"], ["Tom Hale"])
quote("issuer-speaker", TWEETS, "A win for workers.", ["Tom Hale"], ["Ana Ruiz"])


# --- 3. sponsors in long appositives and in releases -------------------------------------------

BILLS = """Senators unveil Baltic shipping bill

WASHINGTON (Capitol Ledger) - \u201cWe will not wait for the White House,\u201d Sen. Mara Quill, a Vermont Democrat and one of the bill\u2019s sponsors, said on Tuesday.

Rep. Dan Ortiz, a former prosecutor and the measure's lead sponsor, told reporters the vote would come in May.

Sen. Ivy Chen, a Republican from Ohio and a co-sponsor of the legislation, said it had the votes.

Sen. Hugo Park, a critic of the bill's sponsors, said the plan would fail.

Rep. Lena Voss, a Texas Republican and a rival of one of the bill's sponsors, voted no.

Sen. Omar Reed, a Democrat and an adviser to the sponsors, said the text was final.

The measure was unveiled in a joint statement from Sen. Mara Quill and Sen. Tom Baker.

The bill was criticised in a statement from Sen. Hugo Park.

Sen. Tom Baker welcomed the bill, which was announced in a press release from Sen. Mara Quill.

A letter from Sen. Hugo Park urged colleagues to reject the bill introduced by Sen. Ivy Chen.

Sen. Ana Ruiz, the chair of the committee and one of its original sponsors, opened the hearing.

Rep. Sam Cole, a Democrat and one of the sponsors\u2019 fiercest critics, spoke first.

Sen. Eli Grant, an Iowa Republican and one of five sponsors of the bill, said he expected a vote.

Rep. Nia Brooks, a Democrat and one of the bill's sponsors in the House, said the votes were there.

Sen. Pia Lund, a Vermont Democrat and no friend of the bill's sponsors, said she would vote no.

Sen. Otto Gray, who once worked for one of the bill's sponsors, said the text was rushed.

The plan was first described in a press release from Sen. Ivy Chen.
"""
sponsor(
    True,
    BILLS,
    "Sen. Mara Quill, a Vermont Democrat and one of the bill\u2019s sponsors, said on Tuesday.",
    "Mara Quill",
    "one of the sponsors, after another appositive",
)
sponsor(
    True,
    BILLS,
    "Rep. Dan Ortiz, a former prosecutor and the measure's lead sponsor, told reporters the vote would come in May.",
    "Dan Ortiz",
    "the lead sponsor",
)
sponsor(
    True,
    BILLS,
    "Sen. Ivy Chen, a Republican from Ohio and a co-sponsor of the legislation, said it had the votes.",
    "Ivy Chen",
    "a co-sponsor of the legislation",
)
sponsor(
    False,
    BILLS,
    "Sen. Hugo Park, a critic of the bill's sponsors, said the plan would fail.",
    "Hugo Park",
    "a critic of the sponsors",
)
sponsor(
    False,
    BILLS,
    "Rep. Lena Voss, a Texas Republican and a rival of one of the bill's sponsors, voted no.",
    "Lena Voss",
    "a rival of a sponsor",
)
sponsor(
    False,
    BILLS,
    "Sen. Omar Reed, a Democrat and an adviser to the sponsors, said the text was final.",
    "Omar Reed",
    "an adviser to the sponsors",
)
sponsor(
    True,
    BILLS,
    "The measure was unveiled in a joint statement from Sen. Mara Quill and Sen. Tom Baker.",
    "Mara Quill",
    "unveiled in a statement from her",
)
sponsor(
    True,
    BILLS,
    "The measure was unveiled in a joint statement from Sen. Mara Quill and Sen. Tom Baker.",
    "Tom Baker",
    "unveiled in a statement from him too",
)
sponsor(
    False,
    BILLS,
    "The bill was criticised in a statement from Sen. Hugo Park.",
    "Hugo Park",
    "criticising is not sponsoring",
)
sponsor(
    True,
    BILLS,
    "Sen. Tom Baker welcomed the bill, which was announced in a press release from Sen. Mara Quill.",
    "Mara Quill",
    "announced in her press release",
)
sponsor(
    False,
    BILLS,
    "Sen. Tom Baker welcomed the bill, which was announced in a press release from Sen. Mara Quill.",
    "Tom Baker",
    "welcoming is not sponsoring",
)
sponsor(
    True,
    BILLS,
    "A letter from Sen. Hugo Park urged colleagues to reject the bill introduced by Sen. Ivy Chen.",
    "Ivy Chen",
    "introduced by her",
)
sponsor(
    False,
    BILLS,
    "A letter from Sen. Hugo Park urged colleagues to reject the bill introduced by Sen. Ivy Chen.",
    "Hugo Park",
    "his letter opposes the bill",
)
sponsor(
    True,
    BILLS,
    "Sen. Ana Ruiz, the chair of the committee and one of its original sponsors, opened the hearing.",
    "Ana Ruiz",
    "one of its original sponsors",
)
sponsor(
    False,
    BILLS,
    "Rep. Sam Cole, a Democrat and one of the sponsors\u2019 fiercest critics, spoke first.",
    "Sam Cole",
    "a critic of the sponsors",
)
sponsor(
    True,
    BILLS,
    "Sen. Eli Grant, an Iowa Republican and one of five sponsors of the bill, said he expected a vote.",
    "Eli Grant",
    "one of five sponsors",
)
sponsor(
    True,
    BILLS,
    "Rep. Nia Brooks, a Democrat and one of the bill's sponsors in the House, said the votes were there.",
    "Nia Brooks",
    "a sponsor in the House",
)
sponsor(
    False,
    BILLS,
    "Sen. Pia Lund, a Vermont Democrat and no friend of the bill's sponsors, said she would vote no.",
    "Pia Lund",
    "no friend of the sponsors",
)
sponsor(
    False,
    BILLS,
    "Sen. Otto Gray, who once worked for one of the bill's sponsors, said the text was rushed.",
    "Otto Gray",
    "worked for a sponsor",
)
sponsor(
    False,
    BILLS,
    "The plan was first described in a press release from Sen. Ivy Chen.",
    "Ivy Chen",
    "describing is not sponsoring",
)
sponsor(
    False,
    BILLS,
    "Sen. Ivy Chen, a Republican from Ohio and a co-sponsor of the legislation, said it had the votes.",
    "Eli Grant",
    "not in the sentence",
)


# --- 4. months and weekdays before a surname ---------------------------------------------------

NATO = """NATO chief urges more spending

BRUSSELS (Test Wire) - In May, Rutte said: \u201cEvery ally must reach the target.\u201d On Monday, Rutte told ministers the target was \u201cnot optional.\u201d In April Ryan Clarke, the alliance spokesman, said the meeting would be short.

June Harper, the British envoy, said: \u201cWe agree.\u201d Since June, Harper has chaired the working group.
"""
quote("first-name-date", NATO, "Every ally must reach the target.", ["Rutte"], ["May Rutte"])
quote("first-name-date", NATO, "not optional.", ["Rutte"], ["Monday Rutte"])
quote("first-name-date", NATO, "We agree.", ["June Harper"], ["Ryan Clarke"])
person("first-name-date", NATO, ["Ryan Clarke", "June Harper"], ["April Ryan Clarke"])

DYKES = """Flood defence plan approved

ROTTERDAM (Test Ledger) - On Friday, Visser signed the flood defence order. In March, De Vries opposed it. By August Jansen had joined the board.

Mayor April Bakker welcomed the order. \u201cIt protects every street,\u201d Bakker said.
"""
person("first-name-date", DYKES, ["April Bakker", "Visser", "Jansen"],
       ["Friday Visser", "March De Vries", "August Jansen"])  # fmt: skip
quote("first-name-date", DYKES, "It protects every street,", ["April Bakker"], ["Friday Bakker"])
for who, expect in ((["Visser"], True), (["Friday Visser"], False)):
    event = {
        "description": "the order was signed",
        "actors": who,
        "evidence": ["On Friday, Visser signed the flood defence order."],
    }
    add(
        "first-name-date",
        expect,
        f"actor {who[0]}",
        DYKES,
        {"events": [event]},
        "events[0].actors[0]",
    )
event = {
    "description": "opposed the order",
    "actors": ["March De Vries"],
    "evidence": ["In March, De Vries opposed it."],
}
add(
    "first-name-date",
    False,
    "actor March De Vries",
    DYKES,
    {"events": [event]},
    "events[0].actors[0]",
)

SENATORS = """Senators press for sanctions vote

WASHINGTON (Test Ledger) - Sen. Lindsey Graham and Sen. Richard Blumenthal met on Tuesday. In May, Graham said: \u201cThe votes are there.\u201d On Wednesday, Blumenthal told reporters the bill was \u201cready.\u201d
"""
quote(
    "first-name-date",
    SENATORS,
    "The votes are there.",
    ["Lindsey Graham", "Graham"],
    ["May Graham", "Richard Blumenthal"],
)
quote("first-name-date", SENATORS, "ready.", ["Richard Blumenthal"], ["Wednesday Blumenthal"])


# --- 5. who took part in an event --------------------------------------------------------------

SWAP = """Prisoner exchange completed

ISTANBUL (Test Wire) - Ukraine and Russia swapped 90 prisoners each on Saturday, Turkish Foreign Minister Hakan Fidan said. The exchange was mediated by the United Arab Emirates.

The two foreign ministers spoke by phone afterwards. Foreign Minister Andrii Sybiha said the call with Sergei Lavrov was \u201cbusinesslike.\u201d
"""
FIRST = "Ukraine and Russia swapped 90 prisoners each on Saturday, Turkish Foreign Minister Hakan Fidan said."
CALL = "The two foreign ministers spoke by phone afterwards."
actors(True, SWAP, FIRST, ["Ukraine"], "named in its evidence")
actors(True, SWAP, FIRST, ["Russia"], "named in its evidence")
actors(True, SWAP, FIRST, ["Kyiv"], "the capital for the country")
actors(False, SWAP, FIRST, ["Belarus"], "in no text")
actors(False, SWAP, FIRST, ["Poland"], "in no text")
actors(
    True,
    SWAP,
    CALL,
    ["Andrii Sybiha"],
    "the evidence says 'the two foreign ministers'; named in the article",
)
actors(True, SWAP, CALL, ["Sergei Lavrov"], "named in the article")
actors(False, SWAP, CALL, ["Sergei Sybiha"], "the article gives Sybiha another first name")
actors(False, SWAP, CALL, ["Dmytro Kuleba"], "in no text")
actors(False, SWAP, CALL, ["Andrii Lavrov"], "the article gives Lavrov another first name")

BRAZIL = """Bolton meets Brazil's president-elect

RIO DE JANEIRO (Test Ledger) - National Security Adviser John Bolton met President-elect Jair Bolsonaro at his home on Thursday. The two men discussed Venezuela and trade, a Brazilian official said.
"""
MET = "National Security Adviser John Bolton met President-elect Jair Bolsonaro at his home on Thursday."
actors(True, BRAZIL, MET, ["John Bolton"], "named in its evidence")
actors(True, BRAZIL, MET, ["Bolton"], "his surname")
actors(True, BRAZIL, MET, ["Jair Bolsonaro"], "named in its evidence")
actors(False, BRAZIL, MET, ["John Kelly"], "a John the article does not have")
actors(False, BRAZIL, MET, ["John Bolsonaro"], "the article gives Bolsonaro another first name")
actors(False, BRAZIL, MET, ["Michel Temer"], "in no text")
TWO = "The two men discussed Venezuela and trade, a Brazilian official said."
actors(True, BRAZIL, TWO, ["John Bolton", "Jair Bolsonaro"], "'the two men', named in the article")
actors(False, BRAZIL, TWO, ["John Bolton", "Kelly Smith"], "in no text", at=1)

DEPOT = """Strike on fuel depot

KHARKIV (Test Daily) - Russian forces struck a fuel depot outside Kharkiv overnight, Governor Oleh Syniehubov said. Ukrainian air defences shot down 12 of the 20 drones, the air force said.
"""
STRUCK = (
    "Russian forces struck a fuel depot outside Kharkiv overnight, Governor Oleh Syniehubov said."
)
DOWNED = "Ukrainian air defences shot down 12 of the 20 drones, the air force said."
actors(True, DEPOT, STRUCK, ["Russia"], "its people's adjective")
actors(True, DEPOT, STRUCK, ["Russian forces"], "as written")
actors(False, DEPOT, STRUCK, ["Belarus"], "in no text")
actors(True, DEPOT, DOWNED, ["Ukraine"], "its people's adjective")
actors(False, DEPOT, DOWNED, ["Iran"], "in no text")


# --- 6. bylines without "By" -------------------------------------------------------------------

SYNDICATED = """Top Stories

/

Test Syndicate

Senators weigh new tariffs on oil buyers

Maria Lopez, Kenji Sato and Olu Adeyemi, Test Wire News on

Published in World News

A group of senators introduced a tariff bill on Tuesday, officials said.
"""
credit(
    True,
    SYNDICATED,
    "byline",
    "Maria Lopez, Kenji Sato and Olu Adeyemi",
    "a byline line without 'By'",
)
credit(True, SYNDICATED, "byline", "Maria Lopez", "the first of them")
credit(True, SYNDICATED, "byline", "Kenji Sato", "the second of them")
credit(True, SYNDICATED, "outlet", "Test Wire News", "the outlet credited after the authors")
credit(True, SYNDICATED, "outlet", "Test Syndicate", "the host's masthead")
credit(False, SYNDICATED, "byline", "Maria Sato", "a first name of one, the surname of another")
credit(
    False,
    SYNDICATED,
    "byline",
    "Maria Lopez, Kenji Sato and Olu Adeyemi, Hana Ito",
    "a fourth author the page does not credit",
)

HARBOUR = """Port strike spreads

Anna Berg and Tomas Lind, The Harbour Post

Dockworkers walked out in three more ports on Monday, union leader Piet Kramer said. Pilot Eva Strand said the ships were waiting.
"""
credit(True, HARBOUR, "byline", "Anna Berg and Tomas Lind", "two names and the outlet")
credit(True, HARBOUR, "outlet", "The Harbour Post", "after the authors")
credit(False, HARBOUR, "byline", "Piet Kramer", "named in the story")
credit(False, HARBOUR, "byline", "Anna Lind", "mixes the two")
credit(False, HARBOUR, "outlet", "The Harbour Times", "another outlet")

LAGOS = """Jane Okafor, Lagos Ledger

Fuel price cut announced

The government cut the petrol price by 5% on Friday, Oil Minister Bayo Ade said.
"""
credit(True, LAGOS, "byline", "Jane Okafor", "one name and the outlet")
credit(True, LAGOS, "outlet", "Lagos Ledger", "after the author")
credit(False, LAGOS, "byline", "Bayo Ade", "named in the story")

TRIO = """Trump, Putin and Xi: the summit that never was

By Clara Diaz

The three leaders had planned to meet in Vienna.
"""
credit(True, TRIO, "byline", "Clara Diaz", "a byline with 'By'")
credit(False, TRIO, "byline", "Trump, Putin and Xi", "a headline's names")

CABINET = """Cabinet reshuffle

Finance Minister Ruth Abend, Defence Minister Omar Saleh and Foreign Minister Ivo Petrov were sworn in on Monday.

Reported by Lina Marsh
"""
credit(True, CABINET, "byline", "Lina Marsh", "a 'Reported by' credit")
credit(False, CABINET, "byline", "Ruth Abend", "named in a sentence")
credit(False, CABINET, "byline", "Omar Saleh", "named in a sentence")

DRAFT = """Current News

Test Syndicate

Senators weigh new tariffs

Published in World News

The punishments would include a 300% tariff, according to a draft seen by Test Wire News. The bill has 40 sponsors.
"""
credit(True, DRAFT, "outlet", "Test Syndicate", "the host's masthead")
credit(False, DRAFT, "outlet", "Test Wire News", "named only as having seen a draft")


# --- 7. pages wrapped with a blank line after every line ---------------------------------------

OUAKA = "Floods kill 40 in Ouaka\n\n" + double_spaced(
    [
        "Rescuers found twelve bodies on Sunday after the river burst its",
        "banks near the town of Grimari, local officials said on Monday.",
    ],
    [
        "Fighting had already spread this year across the mineral-rich eastern",
        "Ouaka region and the towns of Bambari and Ippy, forcing thousands",
        "of families from their homes in the countryside and the camps.",
    ],
    [
        "The United Nations says more than 2,000 people have been",
        "killed since January. The rebels dispute the figures, saying fewer than 500",
        "people have died in the fighting so far this year, and blame the army.",
    ],
    [
        "Government spokesman Albert Yaloke said the deal took the army\u2019s",
        "\u201cred lines\u201d into account. Rebel negotiator Jean Kossi said the",
        "deal did not mention \u201ca withdrawal\u201d from the captured towns of the",
        "north. Talks are due to resume in Luanda at the end of the month.",
    ],
)
FIGHTING = "Fighting had already spread this year across the mineral-rich eastern\n\nOuaka region and the towns of Bambari and Ippy, forcing thousands\n\nof families from their homes in the countryside and the camps."
UN = "The United Nations says more than 2,000 people have been\n\nkilled since January."
REBELS = "The rebels dispute the figures, saying fewer than 500\n\npeople have died in the fighting so far this year, and blame the army."
RESCUE = "Rescuers found twelve bodies on Sunday after the river burst its\n\nbanks near the town of Grimari, local officials said on Monday."
place(True, OUAKA, FIGHTING, "eastern Ouaka", "the place runs over a blank line")
place(True, OUAKA, FIGHTING, "Bambari", "on the next line")
place(False, OUAKA, FIGHTING, "Grimari", "another paragraph's place")
place(True, OUAKA, RESCUE, "Grimari", "on the line after the blank")
place(False, OUAKA, RESCUE, "Ouaka", "only in the headline, a paragraph of its own")
count("hard-wrap", True, OUAKA, UN, "people killed", 2000, "more_than")
count("hard-wrap", False, OUAKA, UN, "people killed", 2000, "less_than")
count("hard-wrap", False, OUAKA, UN, "people killed", 500, "less_than")
count("hard-wrap", True, OUAKA, REBELS, "people died", 500, "less_than")
count("hard-wrap", False, OUAKA, REBELS, "people died", 500, "more_than")
count("hard-wrap", False, OUAKA, RESCUE, "people killed", 40)
quote("hard-wrap", OUAKA, "red lines", ["Albert Yaloke"], ["Jean Kossi"])
quote("hard-wrap", OUAKA, "a withdrawal", ["Jean Kossi"], ["Albert Yaloke"])

HARVEST = double_spaced(
    [
        "KAMPALA (Test Courier) - Farm Minister Grace Nabirye said on Tuesday that",
        "the government would buy maize from farmers in the northern Acholi",
        "sub-region at a fixed price until the end of the harvest season.",
    ],
    [
        "Officials said nearly 300 farmers in the district of Gulu had already",
        "signed up by Monday evening, most of them members of cooperatives.",
    ],
    [
        "The plan covers about 1,200 cooperatives in eleven districts, said Deputy",
        "Minister Paul Okello, who called it \u201ca lifeline for the north\u201d and said",
        "the money would be paid within thirty days of delivery to the stores.",
    ],
    [
        "\u201cWe will pay every farmer on time,\u201d Finance Minister Ruth",
        "Nankya told reporters in Kampala on Wednesday, adding that the",
        "money had been set aside in the budget approved by parliament.",
    ],
    [
        "Heavy rains in the east have destroyed homes, and the Red Cross said at least 80",
        "people have died since the start of the rains in April, most of them children.",
    ],
)
PAY = "\u201cWe will pay every farmer on time,\u201d Finance Minister Ruth\n\nNankya told reporters in Kampala on Wednesday"
RAINS = "Heavy rains in the east have destroyed homes, and the Red Cross said at least 80\n\npeople have died since the start of the rains in April, most of them children."
place(
    True,
    HARVEST,
    "Farm Minister Grace Nabirye said on Tuesday that\n\nthe government would buy maize from farmers in the northern Acholi\n\nsub-region at a fixed price until the end of the harvest season.",
    "northern Acholi",
    "in the evidence, over blank lines",
)
place(
    False,
    HARVEST,
    "Officials said nearly 300 farmers in the district of Gulu had already\n\nsigned up by Monday evening, most of them members of cooperatives.",
    "northern Acholi",
    "another paragraph's place",
)
count(
    "hard-wrap",
    True,
    HARVEST,
    "The plan covers about 1,200 cooperatives in eleven districts, said Deputy\n\nMinister Paul Okello",
    "cooperatives",
    1200,
    "about",
)
count(
    "hard-wrap",
    False,
    HARVEST,
    "The plan covers about 1,200 cooperatives in eleven districts, said Deputy\n\nMinister Paul Okello",
    "cooperatives",
    1200,
    "more_than",
)
count(
    "hard-wrap",
    False,
    HARVEST,
    "Officials said nearly 300 farmers in the district of Gulu had already\n\nsigned up by Monday evening, most of them members of cooperatives.",
    "farmers",
    1200,
)
quote("hard-wrap", HARVEST, "a lifeline for the north", ["Paul Okello"], ["Grace Nabirye"])
quote("hard-wrap", HARVEST, "We will pay every farmer on time,", ["Ruth Nankya"], ["Paul Okello"])
place(True, HARVEST, PAY, "Kampala", "on the line after the blank")
count("hard-wrap", True, HARVEST, RAINS, "people died", 80, "at_least")
count("hard-wrap", False, HARVEST, RAINS, "people died", 80, "more_than")
count("hard-wrap", False, HARVEST, RAINS, "people died", 80)


EXCERPT = double_spaced(
    [
        "Rebels took control of large parts of the mineral-rich eastern",
        "Ouaka region, including the town of Bambari, in March, before the",
        "army pushed them back to the river near Ippy, officials said.",
    ]
)
TOOK = EXCERPT.strip()
place(True, EXCERPT, TOOK, "eastern Ouaka", "a short excerpt of a double-spaced copy")
place(True, EXCERPT, TOOK, "Ippy", "on its last line")
place(False, EXCERPT, TOOK, "Grimari", "in no text")

STACKED = "Senators weigh tariffs\nMaria Lopez and Kenji Sato, Test Wire News\nPublished in World News\nA group of senators introduced a bill on Tuesday.\n"
credit(
    True, STACKED, "byline", "Maria Lopez and Kenji Sato", "a byline line between lines that run on"
)
credit(True, STACKED, "outlet", "Test Wire News", "after the authors")
credit(False, STACKED, "byline", "Kenji Lopez", "mixes the two")


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
