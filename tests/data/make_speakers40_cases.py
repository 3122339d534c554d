# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of session 18 from check 40's causes (``grounding_speakers40.jsonl``):
value-support cases for four attribution shapes the speaker rules did not read, by category,
each with what must pass and what must fail:

- ``fronted-subject``: "he said" after a sentence that opens with two or more fronted chunks,
  one holding another person in apposition ("On Friday, at talks with her deputy, Ana Ruiz,
  Governor Lia Moss agreed ... She told the deputy, "..."): the main clause's subject speaks,
  never the appositive;
- ``put-it``: "put it" as a speech verb ("X put it bluntly:", "as X put it", "put it this
  way"), never "put it on hold", "put it to a vote";
- ``bracketed-acronym``: an institution written with its acronym in brackets before the verb
  ("the Ministry of Rural Water (MRW) termed the plan"): the full name and the acronym speak;
- ``given-name``: an honorific and a given name ("Sheikh Nasser said") after the full name
  with "bin"/"ibn" ("Nasser bin Faisal Al Harbi"): the full name speaks, unless the article
  names another person with that first word.

Run ``python tests/data/make_speakers40_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers40.jsonl")

built = SupportCases("sp40")
Q1, Q2 = "\u201c", "\u201d"
quote = built.graded_quote

# --- fronted-subject: the main clause's subject after fronted chunks, not the appositive
C = "fronted-subject"
TEXT = f"SOFIA (Balkan Desk) - On Thursday, at a closed meeting with her deputy, Boris Lazarov, Governor Elena Petkova signed the flood order. She told the deputy, {Q1}We open the dams at dawn.{Q2}\n"
quote(C, TEXT, "We open the dams at dawn.", ["Elena Petkova", "Petkova"], ["Boris Lazarov"])
TEXT = f"On Monday night, during a call with his finance minister, Tomas Riha, Prime Minister Karel Dusek approved the budget. He said: {Q1}The deficit will shrink next year.{Q2}\n"
quote(C, TEXT, "The deficit will shrink next year.", ["Karel Dusek"], ["Tomas Riha"])
TEXT = f"ACCRA, May 2 \u2014 In Kumasi on Saturday, after a briefing from the police chief, Kwame Boateng, President Ama Owusu lifted the curfew. {Q1}Markets reopen tomorrow,{Q2} she said.\n"
quote(C, TEXT, "Markets reopen tomorrow,", ["Ama Owusu"], ["Kwame Boateng"])
TEXT = f"Yesterday, at a summit with the visiting chancellor, Ingrid Falk, Mayor Jonas Berg opened the new bridge. He told the chancellor: {Q1}This crossing took thirty years.{Q2}\n"
quote(C, TEXT, "This crossing took thirty years.", ["Jonas Berg"], ["Ingrid Falk"])
TEXT = f"LIMA (Andes Post) \u2014 Earlier this week, in talks with the mining union's leader, Rosa Quispe, Minister Diego Salas offered a pay rise. He said on Wednesday: {Q1}The offer is final.{Q2}\n"
quote(C, TEXT, "The offer is final.", ["Diego Salas"], ["Rosa Quispe"])
TEXT = f"On Sunday, at a televised session with his top commander, Admiral Pavel Orlov, President Yuri Danko ordered a pause in the shelling. He told the admiral, {Q1}We expect the other side to follow.{Q2}\n"
quote(C, TEXT, "We expect the other side to follow.", ["Yuri Danko"], ["Pavel Orlov"])
TEXT = f"MINSK — On Saturday the 9th, at a meeting with his chief of the General Staff, Anton Belsky, Mr. Korzun ordered a halt. He told the general, {Q1}We assume they will follow our example.{Q2}\n"
quote(
    C,
    TEXT,
    "We assume they will follow our example.",
    ["Viktor Korzun", "Korzun"],
    ["Anton Belsky"],
)
# near misses: the appositive person speaks in the next sentence; one fronted chunk only
TEXT = f"On Thursday, at a closed meeting with her deputy, Boris Lazarov, Governor Elena Petkova signed the flood order. Lazarov said, {Q1}The dams open at dawn.{Q2}\n"
quote(C, TEXT, "The dams open at dawn.", ["Boris Lazarov"], ["Elena Petkova"])
TEXT = f"After talks with Rosa Quispe, Minister Diego Salas offered a pay rise. He said: {Q1}The offer is final.{Q2}\n"
quote(C, TEXT, "The offer is final.", ["Diego Salas"], ["Rosa Quispe"])
TEXT = f"On Friday, at a lunch with the envoy, Mira Holm, the mayor, Ola Strand, agreed to the plan. {Q1}We are in,{Q2} said Holm.\n"
quote(C, TEXT, "We are in,", ["Mira Holm"], ["Ola Strand"])

# --- put-it: "put it" as a speech verb
C = "put-it"
TEXT = f"KYIV \u2014 Back in April, Foreign Minister Taras Hrytsenko put it memorably: {Q1}Thirty hours instead of thirty days.{Q2}\n"
quote(C, TEXT, "Thirty hours instead of thirty days.", ["Taras Hrytsenko", "Hrytsenko"], ["Kyiv"])
TEXT = f"Union leader Maria Lund put it bluntly on Tuesday: {Q1}No deal, no boats.{Q2} Her rival, Per Aas, declined to comment.\n"
quote(C, TEXT, "No deal, no boats.", ["Maria Lund"], ["Per Aas"])
TEXT = f"NAIROBI (East Africa Ledger) - Treasury secretary Grace Mwangi puts it this way: {Q1}Every shilling must be traced.{Q2} Auditor Paul Otieno agreed.\n"
quote(C, TEXT, "Every shilling must be traced.", ["Grace Mwangi"], ["Paul Otieno"])
TEXT = f"As Senator Ruth Calder put it simply at Monday's hearing, {Q1}the tariff is a tax on our own farmers.{Q2} Senator Dale Pike disagreed.\n"
quote(C, TEXT, "the tariff is a tax on our own farmers.", ["Ruth Calder"], ["Dale Pike"])
TEXT = f"Coach Ivo Maric, asked about the loss, put it best: {Q1}We forgot how to defend.{Q2}\n"
quote(C, TEXT, "We forgot how to defend.", ["Ivo Maric"], ["Ivo"])
# near misses: "put it" where something went, not what was said
TEXT = f"Speaker Hana Ito put it on hold on Monday. {Q1}We need more time,{Q2} said Ken Mori, who sits on the committee.\n"
quote(C, TEXT, "We need more time,", ["Ken Mori"], ["Hana Ito"])
TEXT = f"Chair Olga Berg put it to a vote. {Q1}This is a sad day,{Q2} said member Lars Eng.\n"
quote(C, TEXT, "This is a sad day,", ["Lars Eng"], ["Olga Berg"])
TEXT = f"Minister Ana Costa put it off until May, and her deputy, Rui Pinto, said: {Q1}May is too late.{Q2}\n"
quote(C, TEXT, "May is too late.", ["Rui Pinto"], ["Ana Costa"])

# --- bracketed-acronym: an institution with its acronym in brackets before the verb
C = "bracketed-acronym"
TEXT = f"NEW DELHI \u2014 In a statement late Wednesday, the Ministry of Rural Water (MRW) termed the plan {Q1}unfair and unworkable{Q2}, and said it would appeal.\n"
quote(C, TEXT, "unfair and unworkable", ["Ministry of Rural Water", "MRW"], ["New Delhi"])
TEXT = f"The National Electoral Board (NEB) called the count {Q1}free of any fraud{Q2} on Friday, a day after the opposition leader, Musa Bello, alleged rigging.\n"
quote(C, TEXT, "free of any fraud", ["National Electoral Board", "NEB"], ["Musa Bello"])
TEXT = f"ISLAMABAD (Indus Wire) - The Pakistan Meteorological Department (PMD) warned on Sunday: {Q1}Heavy rain will reach the north by Tuesday.{Q2} Minister Sana Qureshi urged calm.\n"
quote(
    C,
    TEXT,
    "Heavy rain will reach the north by Tuesday.",
    ["Pakistan Meteorological Department", "PMD"],
    ["Sana Qureshi"],
)
TEXT = f"The Federal Competition Office (FCO) described the merger as {Q1}a clear threat to consumers{Q2}, in a ruling that Chief Executive Marta Vogel said she would challenge.\n"
quote(
    C, TEXT, "a clear threat to consumers", ["Federal Competition Office", "FCO"], ["Marta Vogel"]
)
TEXT = f"{Q1}The strike is illegal,{Q2} the Labour Relations Commission (LRC) said in a statement, rejecting the union's claim, which its head, Tom Byrne, had made on Monday.\n"
quote(C, TEXT, "The strike is illegal,", ["Labour Relations Commission", "LRC"], ["Tom Byrne"])
# near miss: the acronym of the one answered
TEXT = f"The Central Bank of Lusitania (CBL) kept rates on hold. The Finance Ministry (FM) called the move {Q1}too cautious{Q2}.\n"
quote(C, TEXT, "too cautious", ["Finance Ministry", "FM"], ["Central Bank of Lusitania", "CBL"])

# --- given-name: an honorific and the given name after the full name with "bin"
C = "given-name"
TEXT = f"DOHA \u2014 Qatar's prime minister, Sheikh Nasser bin Faisal Al Harbi, announced the deal on Wednesday. {Q1}This is just the beginning,{Q2} Sheikh Nasser said.\n"
quote(
    C,
    TEXT,
    "This is just the beginning,",
    ["Nasser bin Faisal Al Harbi", "Sheikh Nasser"],
    ["Doha"],
)
TEXT = f"RIYADH (Gulf Ledger) - The crown prince, Prince Khalid bin Saud Al Rashid, met the visiting minister, Omar Zaki. {Q1}Our doors are open,{Q2} Prince Khalid told reporters.\n"
quote(C, TEXT, "Our doors are open,", ["Khalid bin Saud Al Rashid"], ["Omar Zaki"])
TEXT = f"Emir Tamim bin Rashid Al Mansour hosted both delegations. Later Sheikh Tamim said: {Q1}The guns must fall silent.{Q2}\n"
quote(C, TEXT, "The guns must fall silent.", ["Tamim bin Rashid Al Mansour"], ["Emir"])
TEXT = f"ABU DHABI \u2014 Foreign Minister Sheikh Zayed bin Hamdan Al Nuaimi spoke after Egypt's envoy, Ahmed Fathy, left. {Q1}We will keep talking,{Q2} Sheikh Zayed said on Monday.\n"
quote(C, TEXT, "We will keep talking,", ["Zayed bin Hamdan Al Nuaimi"], ["Ahmed Fathy"])
TEXT = f"AMMAN, June 4 - Prince Faisal bin Ali Al Hashimi opened the water summit. {Q1}Every drop counts,{Q2} Prince Faisal said, with Minister Lina Haddad at his side.\n"
quote(C, TEXT, "Every drop counts,", ["Faisal bin Ali Al Hashimi"], ["Lina Haddad"])
# near miss: a full name never written
TEXT = f"Prince Khalid opened the fair in Riyadh on Sunday. {Q1}Trade is our future,{Q2} Prince Khalid said.\n"
quote(C, TEXT, "Trade is our future,", ["Prince Khalid"], [], ("Khalid bin Saud Al Rashid",))

# more values over the pages above: other forms that must pass, other names that must fail
C = "put-it"
TEXT = f"KYIV \u2014 Back in April, Foreign Minister Taras Hrytsenko put it memorably: {Q1}Thirty hours instead of thirty days.{Q2}\n"
quote(
    C,
    TEXT,
    "Thirty hours instead of thirty days.",
    ["Foreign Minister Taras Hrytsenko"],
    ["Taras Petrenko", "April"],
)
C = "bracketed-acronym"
TEXT = f"NEW DELHI \u2014 In a statement late Wednesday, the Ministry of Rural Water (MRW) termed the plan {Q1}unfair and unworkable{Q2}, and said it would appeal.\n"
quote(C, TEXT, "unfair and unworkable", [], ["India", "Ministry of Finance", "MRF"])
C = "given-name"
TEXT = f"DOHA \u2014 Qatar's prime minister, Sheikh Nasser bin Faisal Al Harbi, announced the deal on Wednesday. {Q1}This is just the beginning,{Q2} Sheikh Nasser said.\n"
quote(
    C,
    TEXT,
    "This is just the beginning,",
    ["Nasser"],
    ["Faisal Al Harbi", "Qatar"],
)
TEXT = f"RIYADH (Gulf Ledger) - The crown prince, Prince Khalid bin Saud Al Rashid, met the visiting minister, Omar Zaki. {Q1}Our doors are open,{Q2} Prince Khalid told reporters.\n"
quote(C, TEXT, "Our doors are open,", ["Prince Khalid"], ["Saud Al Rashid"])
TEXT = f"AMMAN, June 4 - Prince Faisal bin Ali Al Hashimi opened the water summit. {Q1}Every drop counts,{Q2} Prince Faisal said, with Minister Lina Haddad at his side.\n"
quote(C, TEXT, "Every drop counts,", ["Prince Faisal"], ["Ali Al Hashimi"])


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
