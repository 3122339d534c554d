# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 15 from a review's causes (``grounding_speakers35.jsonl``):
value-support cases for three ways a quote's speaker was read wrongly, by category, each with
what must pass and what must fail, and the strength of each refusal in its "why"
(unsupported: the page gives the quote to someone else; unconfirmed: two readings stand):

- ``unnamed-title``: an unnamed speaker known by a long title ("A spokesperson for the UN
  secretary-general said", "said an adviser to the interior minister"): the title's head noun
  speaks, in its words or fewer and in any order ("UN spokesperson"), and so does a later
  "the spokesperson said"; the one the office serves ("UN secretary-general") does not;
- ``which-he-said``: a speech verb inside a relative clause about a thing ("the accord with
  Berlin, which he said represented", "the budget, which Dunn had called"): the clause's own
  subject speaks (a pronoun: the subject the sentence opens with), never the thing's other
  party named before the relative word;
- ``two-holders``: a bare title ("the ambassador said") that two named people hold near the
  quote, capitalised or in an aside: either is unconfirmed, anyone else unsupported; one
  person named twice in two forms ("Ambassador Li Wei", "Ambassador Li") keeps the quote.

Run ``python tests/data/make_speakers35_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_speakers35.jsonl")

built = SupportCases("sp35")
Q1, Q2 = "\u201c", "\u201d"
quote = partial(built.graded_quote, tiers=True)


# --- unnamed-title: the head noun of a long unnamed title speaks, not the one it serves
C = "unnamed-title"
TEXT = f"GENEVA \u2014 A spokesperson for the UN secretary-general said in a press release on Sunday, {Q1}We welcome the pause in the shelling.{Q2}\n\n{Q1}Both sides must now sit down,{Q2} the statement added. {Q1}Aid has to reach the valley first,{Q2} the spokesperson said.\n"
quote(
    C,
    TEXT,
    "We welcome the pause in the shelling.",
    ["spokesperson for the UN secretary-general", "UN spokesperson"],
    ["UN secretary-general"],
)
quote(
    C,
    TEXT,
    "Aid has to reach the valley first,",
    ["spokesperson for the UN secretary-general", "UN spokesperson"],
    ["UN secretary-general"],
)
TEXT = 'KABUL (Hindu Kush Wire) - "No convoy was attacked on the pass," said an adviser to the interior minister, speaking on condition of anonymity.\n'
quote(
    C,
    TEXT,
    "No convoy was attacked on the pass,",
    ["adviser to the interior minister", "adviser"],
    ["interior minister"],
)
TEXT = "Lagos, March 3 \u2014 A spokeswoman for the Lagos State governor told reporters the curfew would end at dawn. \u201cMarkets will reopen on Thursday,\u201d the spokeswoman said.\n"
quote(
    C,
    TEXT,
    "Markets will reopen on Thursday,",
    ["spokeswoman for the Lagos State governor", "governor's spokeswoman"],
    ["Lagos State governor"],
)
TEXT = 'WASHINGTON - "The president has not decided," a senior aide to the White House chief of staff told reporters on Friday.\n'
quote(
    C,
    TEXT,
    "The president has not decided,",
    ["senior aide to the White House chief of staff", "White House aide"],
    ["White House chief of staff"],
)
TEXT = "BRUSSELS \u2014 \u201cThe sanctions list is final,\u201d a spokesman for the EU foreign policy chief said on Monday.\n"
quote(
    C,
    TEXT,
    "The sanctions list is final,",
    ["EU spokesman", "spokesman for the EU foreign policy chief"],
    ["EU foreign policy chief"],
)
TEXT = "TOKYO, June 9 (Pacific Daily) \u2014 An official at the Japanese embassy in Seoul said the talks had gone well. \u201cWe expect a second round in July,\u201d the official said.\n"
quote(
    C,
    TEXT,
    "We expect a second round in July,",
    ["Japanese embassy official", "official at the Japanese embassy"],
    ["Japanese embassy"],
)
TEXT = "KYIV \u2014 A spokesperson for the president\u2019s office said: \u201cThe exchange of prisoners is complete.\u201d\n"
quote(
    C,
    TEXT,
    "The exchange of prisoners is complete.",
    ["spokesperson for the president's office", "spokesperson"],
    [],
)
# near misses: a named person, the served one named, another unnamed speaker
TEXT = "ROME \u2014 A spokesman for Prime Minister Giulia Conti said the summit would go ahead. \u201cThe date is fixed,\u201d the spokesman said.\n"
quote(
    C, TEXT, "The date is fixed,", ["spokesman for Prime Minister Giulia Conti"], ["Giulia Conti"]
)
TEXT = "CAIRO \u2014 Foreign Minister Sameh Kamal met the envoy on Sunday. A spokesman for the ministry, Ahmed Fathy, said the talks would resume. \u201cWe are close,\u201d he said.\n"
quote(C, TEXT, "We are close,", ["Ahmed Fathy"], ["Sameh Kamal"])
TEXT = "NAIROBI \u2014 A spokesman for the police said two officers were hurt. \u201cThe road is closed,\u201d a doctor at the district hospital said.\n"
quote(
    C,
    TEXT,
    "The road is closed,",
    ["doctor at the district hospital"],
    ["police spokesman", "spokesman for the police"],
)

# --- which-he-said: a relative clause's own subject speaks
C = "which-he-said"
TEXT = 'PARIS (Reuters) - French Finance Minister Luc Martin on Monday defended the accord with Berlin, which he said represented "a short-term fix" for the budget.\n'
quote(C, TEXT, "a short-term fix", ["Luc Martin"], ["Berlin"])
TEXT = "Mayor Eric Dunn met council leader Ada Price on Monday. Price then released a budget, which Dunn said was \u201ca mistake from start to finish\u201d.\n"
quote(C, TEXT, "a mistake from start to finish", ["Eric Dunn"], ["Ada Price"])
TEXT = "Mayor Eric Dunn met council leader Ada Price on Monday. Price later praised the budget, which Dunn had called \u201ca mistake\u201d in March.\n"
quote(C, TEXT, "a mistake", ["Eric Dunn"], ["Ada Price"])
TEXT = "CANBERRA \u2014 Opposition leader Mia Grant attacked the treaty with Jakarta, which she said amounted to \u201ca surrender of our fishing grounds\u201d.\n"
quote(C, TEXT, "a surrender of our fishing grounds", ["Mia Grant"], ["Jakarta"])
TEXT = "BRASILIA \u2014 Senator Rui Costa voted against the pension reform backed by President Dilma Alves, which he described as \u201ccruel to the poor\u201d.\n"
quote(C, TEXT, "cruel to the poor", ["Rui Costa"], ["Dilma Alves"])
TEXT = "OTTAWA \u2014 Health Minister Claire Roy toured the clinic run by Dr. Sam Patel, which she said was \u201cthe reason we are here\u201d.\n"
quote(C, TEXT, "the reason we are here", ["Claire Roy"], ["Sam Patel"])
TEXT = "Union leader Tom Hale rejected the offer from Northway Rail, which Hale repeatedly called \u201can insult to drivers\u201d during the rally.\n"
quote(C, TEXT, "an insult to drivers", ["Tom Hale"], ["Northway Rail"])
TEXT = "NEW DELHI \u2014 Trade Minister Arun Mehta signed the pact with Dhaka, which Bangladeshi Commerce Adviser Salma Haque said would be \u201ca new start for the border markets\u201d.\n"
quote(C, TEXT, "a new start for the border markets", ["Salma Haque"], ["Arun Mehta"])
TEXT = "Chancellor Petra Vogt rejected the plan drawn up by Paris, what she called \u201ca bookkeeping trick\u201d, at a news conference on Friday.\n"
quote(C, TEXT, "a bookkeeping trick", ["Petra Vogt"], ["Paris"])
# near misses: a relative "who" names the speaker; the named subject of a plain verb
TEXT = "Mayor Eric Dunn met council leader Ada Price, who said the budget was \u201cbalanced at last\u201d.\n"
quote(C, TEXT, "balanced at last", ["Ada Price"], ["Eric Dunn"])
TEXT = "Mayor Eric Dunn criticised council leader Ada Price on Monday. He said her budget was \u201cbuilt on sand\u201d.\n"
quote(C, TEXT, "built on sand", ["Eric Dunn"], ["Ada Price"])

# --- two-holders: a bare title two named people hold near the quote
C = "two-holders"
TEXT = "GENEVA \u2014 Ambassador Li Wei and the US ambassador, Karen Doyle, met for three hours on Monday. \u201cWe agreed on the text,\u201d the ambassador said.\n"
quote(C, TEXT, "We agreed on the text,", [], ["Tom Reed"], ("Li Wei", "Karen Doyle"))
TEXT = 'WASHINGTON - Senator Ann Holt and Senator Ray Moss spoke to reporters outside the chamber. "We will vote no on the bill," the senator said.\n'
quote(C, TEXT, "We will vote no on the bill,", [], ["Joe Park"], ("Ann Holt", "Ray Moss"))
TEXT = "MADRID \u2014 Minister Pedro Gil opened the forum. Later, Lucia Vera, the labour minister, answered questions. \u201cWages will rise in spring,\u201d the minister told the room.\n"
quote(C, TEXT, "Wages will rise in spring,", [], [], ("Pedro Gil", "Lucia Vera"))
TEXT = "NAIROBI \u2014 Governor Ruth Wambui met Governor Amos Kiprop in Nakuru on Friday to settle the dispute over the river.\n\n\u201cThe water belongs to both counties,\u201d the governor said.\n"
quote(
    C,
    TEXT,
    "The water belongs to both counties,",
    [],
    ["Ruth Kiprop"],
    ("Ruth Wambui", "Amos Kiprop"),
)
# near misses: one holder in two forms; the other holder far from the quote
TEXT = "BEIJING \u2014 Ambassador Li Wei arrived on Monday. Ambassador Li told reporters the talks had gone well. \u201cWe agreed on the text,\u201d the ambassador said.\n"
quote(C, TEXT, "We agreed on the text,", ["Li Wei"], ["Karen Doyle"])
TEXT = "MADRID \u2014 Minister Pedro Gil opened the forum and took questions for an hour. \u201cWages will rise in spring,\u201d the minister said.\n"
quote(C, TEXT, "Wages will rise in spring,", ["Pedro Gil"], ["Lucia Vera"])
TEXT = "NAIROBI \u2014 Governor Ruth Wambui toured the river on Friday, the day after her aide, Amos Kiprop, met farmers. \u201cThe water belongs to both counties,\u201d the governor said.\n"
quote(C, TEXT, "The water belongs to both counties,", ["Ruth Wambui"], ["Amos Kiprop"])
TEXT = "WASHINGTON - Senator Ann Holt spoke to reporters with Congressman Ray Moss beside her. \u201cWe will vote no on the bill,\u201d the senator said.\n"
quote(C, TEXT, "We will vote no on the bill,", ["Ann Holt"], ["Ray Moss"])

# near miss: a holder with a country before a capitalised title is not the bare title's
TEXT = "LIMA \u2014 President Ana Ruiz opened the border on Monday, a day after Chilean President Tomas Vial asked her to.\n\n\u201cTrade cannot wait,\u201d the president said.\n"
quote(C, TEXT, "Trade cannot wait,", ["Ana Ruiz"], ["Tomas Vial"])

# near miss: a title with its words before it ("the interior ministry spokesman") takes the
# one holder those words fit, however many hold the bare title
TEXT = "VILNIUS \u2014 Government spokesman Jonas Kalnins said on Friday the border would stay open. Interior ministry spokesman Paulius Vaitkus disagreed.\n\n\u201cThe crossings close at midnight,\u201d the interior ministry spokesman said.\n"
quote(C, TEXT, "The crossings close at midnight,", ["Paulius Vaitkus"], ["Jonas Kalnins"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
