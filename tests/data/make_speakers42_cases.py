# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 19 from an outside check's cause (``grounding_speakers42.jsonl``):
value-support cases for the ways a quote's speaker was taken from another name near the quote,
by category, each with what must pass and what must fail, and the strength of each refusal in
its "why" (unsupported: the page gives the quote to someone else; unconfirmed: two readings
stand):

- ``name-in-quote``: a name inside the quoted words ("said she was "relieved Governor Adler
  signed"") is what the speaker talks about, never the speaker, when the words outside the
  quote name who speaks; a later "calling it "..."" keeps that speaker;
- ``namesake-after``: a person of the speaker's surname named in the sentence after the quote
  ("His cousin, senator Rui Mendes, declined to comment") does not take the quote from the one
  the attribution names in full;
- ``who-said``: an attribution by a relative clause about a person ("announced by X, the
  deputy director of ..., who said") is that person's, not another name earlier in the
  sentence;
- ``participle``: a participle continuing the sentence's subject ("X was in Leipzig on
  Tuesday, hailing it as "..."") attributes the quote to that subject;
- ``titled-namesake``: a bare title ("the prime minister said") with two people of one surname
  named near it is the one holding that title, never the other ("Former President Sato").

Run ``python tests/data/make_speakers42_cases.py`` to rebuild it. Every article below was
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

OUT = Path(__file__).with_name("grounding_speakers42.jsonl")

built = SupportCases("sp42")
Q1, Q2 = "\u201c", "\u201d"
quote = partial(built.graded_quote, tiers=False)


# --- name-in-quote: the name inside the quoted words is talked about, not the speaker
C = "name-in-quote"
TEXT = f"CARSON CITY (Desert Ledger) \u2014 Senator Maria Velasco, a Nevada Democrat, said she was {Q1}relieved Governor Tom Adler finally signed{Q2} the water bill, calling it {Q1}a lifeline for the valley.{Q2}\n"
quote(
    C,
    TEXT,
    "relieved Governor Tom Adler finally signed",
    ["Maria Velasco", "Velasco"],
    ["Tom Adler"],
)
quote(C, TEXT, "a lifeline for the valley.", ["Maria Velasco"], ["Tom Adler"])
TEXT = f"ACCRA, March 4 \u2014 Opposition leader Kwame Asante told reporters on Tuesday that {Q1}President Mahama has broken every promise on power cuts.{Q2}\n"
quote(
    C,
    TEXT,
    "President Mahama has broken every promise on power cuts.",
    ["Kwame Asante", "Asante"],
    ["Mahama", "President Mahama"],
)
TEXT = 'ISLAMABAD: The said minister, Khawaja Nadeem, stated that "Mr. Muttaqi has assured us of goodwill" during the meeting held at Kabul. It is pertinent to mention that talks will resume next week.\n'
quote(C, TEXT, "Mr. Muttaqi has assured us of goodwill", ["Khawaja Nadeem"], ["Muttaqi"])
TEXT = f"SEOUL (Han River Times) \u2014 Unification Minister Park Jae-won said he {Q1}fully supports President Lee's proposal{Q2} for talks at the border village.\n"
quote(
    C, TEXT, "fully supports President Lee's proposal", ["Park Jae-won"], ["Lee", "President Lee"]
)
TEXT = f"Rep. Dana Whitfield praised the vote on Thursday, calling it {Q1}a win Speaker Johnson cannot claim alone.{Q2} The bill now goes to the Senate.\n"
quote(
    C,
    TEXT,
    "a win Speaker Johnson cannot claim alone.",
    ["Dana Whitfield"],
    ["Johnson", "Speaker Johnson"],
)
TEXT = f"LAGOS \u2014 Councillor Amara Obi said she was {Q1}grateful Mayor Brandt listened{Q2} to the market women, calling the new levy {Q1}a fair deal for Ikeja.{Q2}\n"
quote(C, TEXT, "grateful Mayor Brandt listened", ["Amara Obi"], ["Brandt"])
quote(C, TEXT, "a fair deal for Ikeja.", ["Amara Obi", "Obi"], ["Brandt", "Mayor Brandt"])
# near misses: the attribution after the quote; the name in the quote is the speaker's own
TEXT = f"OSLO \u2014 {Q1}We thank Chancellor Weber for her patience,{Q2} Mayor Henrik Lund wrote on social media.\n"
quote(C, TEXT, "We thank Chancellor Weber for her patience,", ["Henrik Lund"], ["Weber"])
TEXT = f"MANILA \u2014 Senator Ramon Cruz told a packed chamber that {Q1}Senator Lito Reyes can have my seat when I am dead.{Q2}\n"
quote(
    C,
    TEXT,
    "Senator Lito Reyes can have my seat when I am dead.",
    ["Ramon Cruz", "Cruz"],
    ["Lito Reyes"],
)


# --- namesake-after: a same-surname person in the next sentence keeps out of the quote
C = "namesake-after"
TEXT = f"LISBON (Tagus Wire) \u2014 Interior Minister Carlos Mendes told parliament on Tuesday that {Q1}the border will stay closed until the talks resume.{Q2} His cousin, opposition senator Rui Mendes, declined to comment.\n"
quote(
    C,
    TEXT,
    "the border will stay closed until the talks resume.",
    ["Carlos Mendes", "Mendes"],
    ["Rui Mendes"],
)
TEXT = f"TASHKENT \u2014 {Q1}We have no quarrel with our neighbours,{Q2} President Abdul Karimov said at the ceremony. His nephew, the former envoy Timur Karimov, stood behind him.\n"
quote(C, TEXT, "We have no quarrel with our neighbours,", ["Abdul Karimov"], ["Timur Karimov"])
TEXT = f"THIRUVANANTHAPURAM, June 2 \u2014 Chief Minister Priya Nair said the state was {Q1}ready to share the river water.{Q2} Her sister-in-law, MP Lakshmi Nair, later called the deal unfair.\n"
quote(C, TEXT, "ready to share the river water.", ["Priya Nair"], ["Lakshmi Nair"])
TEXT = f"ABUJA \u2014 Trade Minister Ngozi Eze insisted that {Q1}the tariff will not rise this year.{Q2} Her husband, the cement magnate Chidi Eze, owns a stake in two importers.\n"
quote(C, TEXT, "the tariff will not rise this year.", ["Ngozi Eze", "Eze"], ["Chidi Eze"])
TEXT = f"LONDON \u2014 Defence Secretary Alan Pryce said on Sunday: {Q1}Our troops are coming home.{Q2} His son, Lt. Owen Pryce, serves with the 3rd Battalion in Estonia.\n"
quote(C, TEXT, "Our troops are coming home.", ["Alan Pryce"], ["Owen Pryce"])
TEXT = f"KARACHI: Prime Minister Imtiaz Qureshi had told the federal cabinet on Thursday that Pakistan was ready for talks and that {Q1}the ball is now in Kabul's court{Q2}. His elder brother, party president and former prime minister Sultan Qureshi, did not comment publicly.\n"
quote(C, TEXT, "the ball is now in Kabul's court", ["Imtiaz Qureshi"], ["Sultan Qureshi"])
TEXT = f"HANOI \u2014 {Q1}Prices will be stable through Tet,{Q2} Deputy Prime Minister Tran Van Hai told the assembly. Tran Thi Mai, a deputy from Hue, asked for figures.\n"
quote(C, TEXT, "Prices will be stable through Tet,", ["Tran Van Hai"], ["Tran Thi Mai"])
TEXT = f"MEXICO CITY \u2014 Senator Rocio Salgado said on Monday the reform would {Q1}give judges back their independence.{Q2} Her father, the retired judge Ernesto Salgado, sat in the gallery.\n"
quote(
    C,
    TEXT,
    "give judges back their independence.",
    ["Rocio Salgado", "Salgado"],
    ["Ernesto Salgado"],
)
# near misses: the namesake speaks a later quote of its own
TEXT = f"BOGOTA \u2014 Senator Lucia Ortega said the reform was {Q1}long overdue.{Q2} Her brother, Mayor Andres Ortega, said it was {Q1}rushed and unfunded.{Q2}\n"
quote(C, TEXT, "rushed and unfunded.", ["Andres Ortega"], ["Lucia Ortega"])
quote(C, TEXT, "long overdue.", ["Lucia Ortega"], ["Andres Ortega"])


# --- who-said: the relative clause about a person names the speaker
C = "who-said"
TEXT = f"NAIROBI \u2014 President Ruto's visit to Addis Ababa was announced on Sunday by his spokesman, Hussein Mohamed, who said the talks would be {Q1}frank and long overdue.{Q2}\n"
quote(C, TEXT, "frank and long overdue.", ["Hussein Mohamed"], ["Ruto", "William Ruto"])
TEXT = f"BERLIN (Spree Post) \u2014 The plan, drafted by Finance Minister Lena Brandt, was presented to the Bundestag by her deputy, Jonas Falk, who said it would {Q1}end the era of cheap money.{Q2}\n"
quote(C, TEXT, "end the era of cheap money.", ["Jonas Falk", "Falk"], ["Lena Brandt"])
TEXT = f"TOKYO \u2014 Prime Minister Kenji Mori was welcomed at Gimpo airport by Ambassador Park Cheol-hee, who told reporters the visit marked {Q1}a new page{Q2} in ties.\n"
quote(C, TEXT, "a new page", ["Park Cheol-hee"], ["Kenji Mori"])
TEXT = f"DOHA \u2014 The truce between Defence Minister Rashid Anwar and the Taliban's Mullah Nasrullah was brokered by Qatar's minister of state, Hamad Al-Thani, who noted that both delegations had {Q1}shown real courage.{Q2}\n"
quote(C, TEXT, "shown real courage.", ["Hamad Al-Thani"], ["Rashid Anwar", "Mullah Nasrullah"])
TEXT = f"THE HAGUE \u2014 Prime Minister Dick Visser received the delegation, which was led by Commissioner Maria Lindgren, who said the bloc was {Q1}not here to lecture anyone.{Q2}\n"
quote(C, TEXT, "not here to lecture anyone.", ["Maria Lindgren"], ["Dick Visser"])
TEXT = f"BUCHAREST \u2014 The summit date was confirmed on May 23 by Bogdan Ilie, the first deputy director of the presidential security office, who said the meeting would serve as {Q1}a turning point{Q2} for the region. President Nicu Stan is expected to attend.\n"
quote(C, TEXT, "a turning point", ["Bogdan Ilie"], ["Nicu Stan"])
TEXT = f"ANKARA \u2014 President Erdogan's offer to host the talks was relayed on Friday by Fatih Ozkan, a senior adviser in the presidency, who called it {Q1}an open door, not a summons.{Q2}\n"
quote(C, TEXT, "an open door, not a summons.", ["Fatih Ozkan", "Ozkan"], ["Erdogan"])
TEXT = f"SYDNEY \u2014 The deal struck by Prime Minister Anthony Hale was defended in the Senate by Penny Marsh, the trade minister, who said it would {Q1}pay for itself by 2030.{Q2}\n"
quote(C, TEXT, "pay for itself by 2030.", ["Penny Marsh"], ["Anthony Hale"])
TEXT = f"SEOUL \u2014 President Choi's trip to Tokyo was announced on Friday by Lee Ji-hoon, a spokesman for the presidential office, who said the leaders would discuss {Q1}supply chains and security.{Q2}\n"
quote(C, TEXT, "supply chains and security.", ["Lee Ji-hoon"], ["Choi"])
# near misses: the relative clause says who was spoken about, and the subject speaks
TEXT = f"ROME \u2014 Premier Giulia Conti praised Mario Fabbri, who led the talks, saying he had {Q1}earned the country's thanks.{Q2}\n"
quote(C, TEXT, "earned the country's thanks.", ["Giulia Conti"], ["Mario Fabbri"])


# --- participle: the subject the participle continues speaks
C = "participle"
TEXT = f"After a call with President Ramaphosa, Chancellor Otto Frei was on stage in Leipzig on Tuesday, hailing the accord as {Q1}a bridge between two continents.{Q2}\n"
quote(C, TEXT, "a bridge between two continents.", ["Otto Frei", "Frei"], ["Ramaphosa"])
TEXT = f"KYIV \u2014 Erdogan and Putin spoke by phone on Saturday. Zelensky was in Odesa on Sunday calling the call {Q1}theatre for the cameras.{Q2}\n"
quote(C, TEXT, "theatre for the cameras.", ["Zelensky"], ["Putin", "Erdogan"])
TEXT = f"PHOENIX \u2014 Governor Maya Ortiz stood beside Senator Luis Grant at the rally on Saturday, promising voters {Q1}a tax cut by spring.{Q2}\n"
quote(C, TEXT, "a tax cut by spring.", ["Maya Ortiz"], ["Luis Grant"])
TEXT = f"On Wednesday Foreign Secretary Priya Shah was back in Brussels, warning Kaja Kallas and other ministers that {Q1}the window for a deal is closing.{Q2}\n"
quote(C, TEXT, "the window for a deal is closing.", ["Priya Shah", "Shah"], ["Kaja Kallas"])
TEXT = f"HERAT \u2014 The commerce minister, Aziz Karimi, met Hossein Rezaei and other traders on Monday, telling them {Q1}the customs post will reopen soon.{Q2}\n"
quote(C, TEXT, "the customs post will reopen soon.", ["Aziz Karimi"], ["Hossein Rezaei"])
TEXT = f"JOHANNESBURG \u2014 Labour Minister Thandi Mbeki has been on the radio all week, saying the strike is {Q1}about dignity, not money{Q2}, while union boss Tom Nkosi has stayed silent.\n"
quote(C, TEXT, "about dignity, not money", ["Thandi Mbeki"], ["Tom Nkosi"])
TEXT = f"WASHINGTON \u2014 Trump was in the Oval Office on Friday with Prime Minister Carney, calling the tariff {Q1}a fair price for access.{Q2}\n"
quote(C, TEXT, "a fair price for access.", ["Trump"], ["Carney"])
TEXT = f"OTTAWA \u2014 Opposition leader Claire Dubois spent the morning with striking nurses and their union chief, Marc Tremblay, telling them {Q1}the money is there if Ottawa wants it.{Q2}\n"
quote(
    C,
    TEXT,
    "the money is there if Ottawa wants it.",
    ["Claire Dubois", "Dubois"],
    ["Marc Tremblay"],
)
TEXT = f"NAIROBI \u2014 Two days after talks with President Museveni, Kenya's President Samuel Otieno was in Mombasa, describing the pipeline deal as {Q1}settled in every detail.{Q2}\n"
quote(C, TEXT, "settled in every detail.", ["Samuel Otieno", "Otieno"], ["Museveni"])
TEXT = f"WELLINGTON \u2014 Prime Minister Helen Voss met Premier Li on Monday. Voss was at the harbour on Tuesday, calling the port deal {Q1}a gift to the next generation.{Q2}\n"
quote(C, TEXT, "a gift to the next generation.", ["Helen Voss", "Voss"], ["Li"])
# near miss: another subject's own verb after the quote keeps it theirs
TEXT = f"CANBERRA \u2014 Minister Rhys Carter was in Perth on Monday, praising what he called {Q1}a landmark deal{Q2}, but Senator Leah Wong said the deal was {Q1}a fraud on farmers.{Q2}\n"
quote(C, TEXT, "a fraud on farmers.", ["Leah Wong"], ["Rhys Carter"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
