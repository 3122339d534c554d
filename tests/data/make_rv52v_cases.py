# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 52's review rv52v of cd52v's own-act reading of the doer ties
(``grounding_rv52v.jsonl``; :mod:`summarizer.verification.acts.own_act_doers`) for the
confirm-only mode: every case asks with ``"confirm": ["actors"]``, so an actor passes only
when a reading ties it as the one carrying the event out.

- ``forms``: the event's doer tells its act by a synonym, a noun ("the signing of the accord
  by Keld", "Harl Bank's purchase of"), a passive or a participle, while another clause of the
  sentence has a subject of its own and a word of the description: the doer is confirmed; the
  other clause's subject, doing another act, is not;
- ``otheracts``: the value does another act of the sentence and the event's act is the other
  clause's: the value is not confirmed; the other clause's subject is;
- ``relatives``: the event's act told in a relative clause or an aside about the value ("Harl
  Bank, which bought Osk Capital in May, said"): the value is confirmed; the relative clause's
  object or the one a contact relative names as doer ("Osk Capital, which Harl Bank bought")
  is not the doer of the act;
- ``reported``: a reported act ("Harl Bank said it had bought Osk Capital"): the one reporting
  its own act is confirmed; the one reporting another's act about itself ("Osk Capital said
  Harl Bank had bought it") is not;
- ``coordinated``: coordinated verbs ("Keld met Doran envoys and signed the accord"): the
  subject of both is confirmed; a subject of the first clause only, when a second clause has
  a subject of its own ("Keld met Doran envoys, and Varrow signed the accord"), is not.

Run ``python tests/data/make_rv52v_cases.py`` to rebuild it. Every article below was written
for this set in its own words, with made-up names; each verdict is what a careful
fact-checker reads in the text, decided when the case was written, before the code ran.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rv52v.jsonl")

built = SupportCases(
    "rv52v",
    leads=[
        "By Anneli Korv | The Vestry Courier",
        "MARKETS | The Dunhollow Post",
        "PELLAM (Northgate Wire) -",
        "World | The Saltmarsh Review",
    ],
)
FORMS, OTHERACTS, RELATIVES, REPORTED, COORDINATED = (
    "forms",
    "otheracts",
    "relatives",
    "reported",
    "coordinated",
)


# Why the other value is refused (:meth:`SupportCases.actor_pair`).
NOT_THIS_ACT = "{bad!r} did not do this act"

# --- forms: the doer's act by a synonym, a noun, a passive, a participle ---------------------
for sentence, good, bad, description in (
    (
        "The purchase of Osk Capital by Harl Bank closed on Monday, a week after Pell Farms sold the Denmore mill.",
        "Harl Bank",
        "Pell Farms",
        "Harl Bank buys Osk Capital",
    ),
    (
        "The signing of the Halden accord by Keld ended the border war, and Varrow recalled its envoy the same day.",
        "Keld",
        "Varrow",
        "Keld signs the Halden accord",
    ),
    (
        "Harl Bank took over Osk Capital in March, and Pell Farms bought the Denmore mill in May.",
        "Harl Bank",
        "Pell Farms",
        "Harl Bank buys Osk Capital",
    ),
    (
        "Having signed the Halden accord in the morning, Keld reopened the border, while Varrow signed nothing.",
        "Keld",
        "Varrow",
        "Keld signs the Halden accord",
    ),
    (
        "The seizure of the trawler by the Ostrel Coast Guard came hours after Varrow seized a ferry.",
        "Ostrel Coast Guard",
        "Varrow",
        "coast guard seizes the trawler",
    ),
    (
        "Brennan Rovers landed the striker Tam Oduya for \u00a38 million, while Tallow Town signed two teenagers.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers sign Oduya",
    ),
    (
        "The ban on Selk Motors was imposed by the Marlow regulator after the Fenwick regulator banned Radley Couriers.",
        "Marlow",
        "Radley Couriers",
        "Marlow regulator bans Selk Motors",
    ),
    (
        "Dunmore Logistics completed its takeover of Vask Freight on Friday; Corran Rail acquired a stake in Vask last year.",
        "Dunmore Logistics",
        "Corran Rail",
        "Dunmore acquires Vask Freight",
    ),
    (
        "Granthill Pharma, having developed the Orla vaccine, won a Lisle contract, and the Arden Institute developed a rival shot.",
        "Granthill Pharma",
        "Lisle",
        "Granthill develops the Orla vaccine",
    ),
    (
        "The Corran Senate voted the water bill through on Tuesday, a day after the Pellam Assembly passed its own bill.",
        "Corran Senate",
        "Pellam Assembly",
        "Corran Senate passes the water bill",
    ),
    (
        "A Halden court jailed Piet Norn for six years, a month after a Lisle court sentenced his brother.",
        "Halden",
        "Lisle",
        "court sentences Norn",
    ),
    (
        "Orlan Bank's rescue of Pell Credit was announced on Sunday, after Vask Capital rescued the Lisle Mutual.",
        "Orlan Bank",
        "Vask Capital",
        "Orlan Bank rescues Pell Credit",
    ),
):
    built.actor_pair(FORMS, sentence, good, bad, description, other=NOT_THIS_ACT)

# --- otheracts: the value does another act; the event's act is the other clause's ----------
for sentence, good, bad, description in (
    (
        "Keld recalled its ambassador on Monday, and Varrow expelled the Keld trade mission.",
        "Varrow",
        "Keld",
        "Varrow expels the trade mission",
    ),
    (
        "Pell Farms withdrew its offer for the Sallow dairy, so Arden Foods bought it for $40 million.",
        "Arden Foods",
        "Pell Farms",
        "Arden buys the Sallow dairy",
    ),
    (
        "Tessin Freight denied wrongdoing, but the Ostrel Port Authority fined it \u00a3200,000 on Friday.",
        "Ostrel Port Authority",
        "Tessin Freight",
        "port authority fines Tessin Freight",
    ),
    (
        "The Varn Front retreated from Ostrum overnight and Keldara's army recaptured the town at dawn.",
        "Keldara",
        "Varn Front",
        "Keldara recaptures Ostrum",
    ),
    (
        "Selk Telecom apologised to its customers after the Marlow regulator fined the company for overcharging.",
        "Marlow",
        "Selk Telecom",
        "regulator fines Selk Telecom",
    ),
    (
        "Nolan Oil appealed the tender, yet Greywater Energy won the offshore licence in June.",
        "Greywater Energy",
        "Nolan Oil",
        "Greywater wins the licence",
    ),
    (
        "Tallow Town sacked their manager on Friday, then Brennan Rovers beat them 3-0 on Saturday.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers beat Tallow Town",
    ),
    (
        "The Doran delegation walked out of the talks, and Kessaly suspended the summit until May.",
        "Kessaly",
        "Doran",
        "Kessaly suspends the summit",
    ),
    (
        "Corran Engineering finished the stadium in 2021; Brennan Rovers bought it for \u00a312 million this week.",
        "Brennan Rovers",
        "Corran Engineering",
        "Rovers buy the stadium",
    ),
    (
        "Varrow's guns fell silent at noon, while Tessin shelled the bridge at Keld.",
        "Tessin",
        "Varrow",
        "shelling of the bridge at Keld",
    ),
    (
        "Ada Rusk resigned as chair in March, and the Fenwick Trust appointed Tomas Vell to replace her.",
        "Fenwick Trust",
        "Ada Rusk",
        "trust appoints Vell as chair",
    ),
):
    built.actor_pair(OTHERACTS, sentence, good, bad, description, other=NOT_THIS_ACT)

# --- relatives: the event's act in a relative clause or aside about the value ---------------
for sentence, good, bad, description in (
    (
        "Harl Bank, which bought Osk Capital in May, said profits would fall this year.",
        "Harl Bank",
        "Osk Capital",
        "Harl Bank buys Osk Capital",
    ),
    (
        "Keld, which signed the Halden accord last week, reopened two border crossings, Varrow said.",
        "Keld",
        "Varrow",
        "Keld signs the Halden accord",
    ),
    (
        "Osk Capital, which Harl Bank bought in May, cut 200 jobs on Tuesday.",
        "Harl Bank",
        "Osk Capital",
        "Harl Bank buys Osk Capital",
    ),
    (
        "The Marlow regulator, which fined Selk Telecom in April, opened a review of the Pellam market.",
        "Marlow",
        "Selk Telecom",
        "regulator fines Selk Telecom",
    ),
    (
        "Brennan Rovers, who beat Tallow Town on Saturday, sacked their coach on Monday.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers beat Tallow Town",
    ),
    (
        "Tallow Town, whom Brennan Rovers beat on Saturday, sacked their coach on Monday.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers beat Tallow Town",
    ),
    (
        "Greywater Energy, the company that won the offshore licence, hired 300 engineers, Nolan Oil said.",
        "Greywater Energy",
        "Nolan Oil",
        "Greywater wins the offshore licence",
    ),
    (
        "Varrow, whose artillery shelled the bridge at Keld, denied any role, and Tessin demanded an inquiry.",
        "Varrow",
        "Tessin",
        "shelling of the bridge at Keld",
    ),
    (
        "Dunmore Logistics, which acquired Vask Freight on Friday, named a new chief, and Corran Rail welcomed the move.",
        "Dunmore Logistics",
        "Corran Rail",
        "Dunmore acquires Vask Freight",
    ),
    (
        "The Ostrel Port Authority, which fined Kemble Shipping \u00a3200,000 last month, lost its chairman, who resigned on Friday.",
        "Ostrel Port Authority",
        "Kemble Shipping",
        "port authority fines Kemble Shipping",
    ),
    (
        "Granthill Pharma, having developed the Orla vaccine, said the Lisle agency approved it.",
        "Granthill Pharma",
        "Lisle",
        "Granthill develops the Orla vaccine",
    ),
):
    built.actor_pair(RELATIVES, sentence, good, bad, description, other=NOT_THIS_ACT)

# --- reported: who reports whose act -------------------------------------------------------
for sentence, good, bad, description in (
    (
        "Harl Bank said on Monday it had bought Osk Capital for $90 million.",
        "Harl Bank",
        "Osk Capital",
        "Harl Bank buys Osk Capital",
    ),
    (
        "Osk Capital said on Monday that Harl Bank had bought it for $90 million.",
        "Harl Bank",
        "Osk Capital",
        "Harl Bank buys Osk Capital",
    ),
    (
        "Varrow said it had shelled the bridge at Keld to stop an advance, Tessin's army said.",
        "Varrow",
        "Tessin",
        "shelling of the bridge at Keld",
    ),
    (
        "Tessin said Varrow had shelled the bridge at Keld overnight.",
        "Varrow",
        "Tessin",
        "shelling of the bridge at Keld",
    ),
    (
        "The Marlow regulator said it had fined Selk Telecom \u00a34 million.",
        "Marlow",
        "Selk Telecom",
        "regulator fines Selk Telecom",
    ),
    (
        "Selk Telecom said the Marlow regulator had fined it \u00a34 million and that it would appeal.",
        "Marlow",
        "Selk Telecom",
        "regulator fines Selk Telecom",
    ),
    (
        "Brennan Rovers confirmed they had signed the winger Ilo Marsh from Tallow Town.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers sign Ilo Marsh",
    ),
    (
        "Tallow Town announced that Brennan Rovers had signed their winger Ilo Marsh.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers sign Ilo Marsh",
    ),
    (
        "Kessaly said it had expelled the Doran delegation, and Doran said it would respond.",
        "Kessaly",
        "Doran",
        "Kessaly expels the delegation",
    ),
    (
        "Doran told reporters that Kessaly had expelled its delegation without warning.",
        "Kessaly",
        "Doran",
        "Kessaly expels the delegation",
    ),
    (
        "Greywater Energy reported that it had won the offshore licence, while Nolan Oil said it had lost its appeal.",
        "Greywater Energy",
        "Nolan Oil",
        "Greywater wins the offshore licence",
    ),
):
    built.actor_pair(REPORTED, sentence, good, bad, description, other=NOT_THIS_ACT)

# --- coordinated: one subject, two verbs; or two clauses, two subjects ---------------------
for sentence, good, bad, description in (
    (
        "Keld met the Doran envoys and signed the Halden accord on Friday.",
        "Keld",
        "Doran",
        "Keld signs the Halden accord",
    ),
    (
        "Keld met the Doran envoys on Thursday, and Varrow signed the Halden accord on Friday.",
        "Varrow",
        "Keld",
        "Varrow signs the Halden accord",
    ),
    (
        "Harl Bank raised $2 billion in bonds and bought Osk Capital a week later.",
        "Harl Bank",
        "Osk Capital",
        "Harl Bank buys Osk Capital",
    ),
    (
        "Harl Bank raised $2 billion in bonds, and Pell Farms bought Osk Capital a week later.",
        "Pell Farms",
        "Harl Bank",
        "Pell Farms buys Osk Capital",
    ),
    (
        "The Marlow regulator investigated Selk Telecom for a year, then fined it \u00a34 million.",
        "Marlow",
        "Selk Telecom",
        "regulator fines Selk Telecom",
    ),
    (
        "The Marlow regulator investigated Selk Telecom for a year, but the Fenwick ombudsman fined it \u00a34 million.",
        "Fenwick",
        "Marlow",
        "ombudsman fines Selk Telecom",
    ),
    (
        "Brennan Rovers trailed at half-time but beat Tallow Town 3-2.",
        "Brennan Rovers",
        "Tallow Town",
        "Rovers beat Tallow Town",
    ),
    (
        "Varrow massed troops on the border, and Tessin shelled the bridge at Keld.",
        "Tessin",
        "Varrow",
        "shelling of the bridge at Keld",
    ),
    (
        "Varrow massed troops on the border, shelled the bridge at Keld and cut the power lines.",
        "Varrow",
        "Keld",
        "shelling of the bridge at Keld",
    ),
    (
        "Arden Foods and Pell Farms bid for the Sallow dairy, and Arden Foods bought it in June.",
        "Arden Foods",
        "Sallow",
        "Arden buys the Sallow dairy",
    ),
    (
        "Arden Foods bid for the Sallow dairy, but Pell Farms bought it in June.",
        "Pell Farms",
        "Arden Foods",
        "Pell Farms buys the Sallow dairy",
    ),
):
    built.actor_pair(COORDINATED, sentence, good, bad, description, other=NOT_THIS_ACT)


def build_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = built.cases
    for case in cases:
        case["confirm"] = ["actors"]
    return cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
