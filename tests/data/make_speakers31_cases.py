# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers set of outside check 31 (``grounding_speakers31.jsonl``): value-support
cases for two ways a correct quote speaker was refused, by category, each with what must pass
and what must fail (the quote given to the wrong person is refused, unsupported):

- ``post-aside``: a post given after the name with no article, with or without the comma
  before the verb ('"...," Lena Ford, ACMA president and CEO said', "X, chief economist at
  the bank, said", "X, the union's health and safety officer, said" stays as before) is the
  named person's; the organisation, a name after the post words ("Foreign Minister Tom
  Hale") and the one the post serves are refused;
- ``charged-verb``: "charged" as a speech verb with nothing after it, after "that" or with
  only words of when ('"...," Ruiz charged on Tuesday'); near misses: "charged X with
  fraud" is an arrest (the quote stays the one who speaks elsewhere in the sentence).

- ``label-before-surname``: a party label or a nationality right before a surname ("US
  Democrat Bardem", "the Russian Volkov") is no first name, so it does not make the surname
  another person's; a real other first name ("Hunter Bardem", "Irina Volkov") still does.

Run ``python tests/data/make_speakers31_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people); each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers31.jsonl")

built = SupportCases("sp31")
quote = built.quote
Q1, Q2 = "\u201c", "\u201d"

# --- post-aside: an article-less post after the name is the named person's
C = "post-aside"
quote(
    C,
    f"Steel duties\n\n{Q1}Buyers will pay for this at every checkout,{Q2} Lena Ford, ACMA president and CEO said on Friday.\n",
    "Buyers will pay for this at every checkout,",
    ["Lena Ford"],
    ["ACMA"],
)
quote(
    C,
    f"Rates\n\n{Q1}Inflation has not been beaten yet,{Q2} Omar Haddad, chief economist at Gulf Crest Bank, told clients.\n",
    "Inflation has not been beaten yet,",
    ["Omar Haddad"],
    ["Gulf Crest Bank"],
)
quote(
    C,
    '"The border crossings must stay open," Amina Yusuf, the bloc\'s peace and security director said in Addis Ababa.\n',
    "The border crossings must stay open,",
    ["Amina Yusuf"],
    [],
)
quote(
    C,
    f"Ceasefire talks\n\n{Q1}Both delegations asked for more time,{Q2} Karl Brandt, IGAD peace and security director said.\n",
    "Both delegations asked for more time,",
    ["Karl Brandt"],
    ["IGAD"],
)
quote(
    C,
    '"We expect a vote before the recess," Dan Whitfield, Senate Majority Leader, told reporters.\n',
    "We expect a vote before the recess,",
    ["Dan Whitfield"],
    [],
)
quote(
    C,
    f"Shipping\n\nMaersk-style carriers were warned on Monday. {Q1}Insurance premiums have tripled,{Q2} Priya Nair, senior vice president for risk at Coastline Re, said.\n",
    "Insurance premiums have tripled,",
    ["Priya Nair"],
    ["Coastline Re"],
)
quote(
    C,
    f"Farm bill\n\n{Q1}The subsidy cut lands on the smallest growers,{Q2} Jorge Ortiz, trade policy adviser to Senator Mae Collins, said.\n",
    "The subsidy cut lands on the smallest growers,",
    ["Jorge Ortiz"],
    ["Mae Collins"],
)
quote(
    C,
    f"Summit\n\n{Q1}Nothing has been signed,{Q2} Ruiz's deputy, Foreign Minister Tomas Hale, said on Thursday.\n",
    "Nothing has been signed,",
    ["Tomas Hale"],
    ["Ruiz"],
)
quote(
    C,
    f"Summit\n\nPresident Elena Ruiz arrived late.\n\n{Q1}Nothing has been signed,{Q2} her deputy, chief negotiator Tomas Hale, said on Thursday.\n",
    "Nothing has been signed,",
    ["Tomas Hale"],
    ["Elena Ruiz"],
)
quote(
    C,
    '"The strike will go ahead," Mark Osei, general secretary of the dockers\' union, said late on Sunday.\n',
    "The strike will go ahead,",
    ["Mark Osei"],
    [],
)
quote(
    C,
    f"Tariffs\n\n{Q1}Retaliation is already on the table,{Q2} Sven Lund, Nordic Trade Council chairman and founder said.\n",
    "Retaliation is already on the table,",
    ["Sven Lund"],
    ["Nordic Trade Council"],
)
quote(
    C,
    f"Aid\n\n{Q1}Trucks are waiting at the gate,{Q2} Hana Kato, WFP country director, said, after meeting Governor Ali Musa.\n",
    "Trucks are waiting at the gate,",
    ["Hana Kato"],
    ["Ali Musa"],
)
quote(
    C,
    f"Budget\n\n{Q1}The numbers do not add up,{Q2} Noor Aziz, a former treasury official, said, rejecting Finance Minister Leo Grant's plan.\n",
    "The numbers do not add up,",
    ["Noor Aziz"],
    ["Leo Grant"],
)
quote(
    C,
    f"Trade\n\nLena Ford met the ACMA board on Friday.\n\n{Q1}Buyers will pay for this,{Q2} Paul Chen, ACMA president and CEO said.\n",
    "Buyers will pay for this,",
    ["Paul Chen"],
    ["Lena Ford"],
)

# --- charged-verb: "charged" reports speech only as a verb of saying
C = "charged-verb"
quote(
    C,
    f"Vote row\n\n{Q1}It was a stitch-up from the first ballot,{Q2} opposition leader Ana Ruiz charged.\n",
    "It was a stitch-up from the first ballot,",
    ["Ana Ruiz"],
    [],
)
quote(
    C,
    f"Vote row\n\nSpeaker Tom Hale closed the session early.\n\n{Q1}It was a stitch-up from the first ballot,{Q2} Ana Ruiz charged on Tuesday.\n",
    "It was a stitch-up from the first ballot,",
    ["Ana Ruiz"],
    ["Tom Hale"],
)
quote(
    C,
    f"Contract\n\nUnion chief Marta Kowal charged that the company had {Q1}hidden the real figures for a year.{Q2}\n",
    "hidden the real figures for a year.",
    ["Marta Kowal"],
    [],
)
quote(
    C,
    f"Contract\n\nThe company's chairman, Lars Berg, issued a denial. Union chief Marta Kowal charged late on Wednesday night: {Q1}They hid the real figures for a year.{Q2}\n",
    "They hid the real figures for a year.",
    ["Marta Kowal"],
    ["Lars Berg"],
)
quote(
    C,
    '"This bill was written by the lobbyists," Senator Ray Dunn charges.\n',
    "This bill was written by the lobbyists,",
    ["Ray Dunn"],
    [],
)
quote(
    C,
    f"Election\n\nGovernor Ida Shaw conceded on Monday. {Q1}The count was rigged in three districts,{Q2} her rival, Ben Okoro, charged.\n",
    "The count was rigged in three districts,",
    ["Ben Okoro"],
    ["Ida Shaw"],
)
quote(
    C,
    f"Fraud case\n\nProsecutors charged Tom Baker with fraud on Monday after his former partner, Eva Lind, told the court: {Q1}He kept two sets of books.{Q2}\n",
    "He kept two sets of books.",
    ["Eva Lind"],
    ["Tom Baker"],
)
quote(
    C,
    f"Fraud case\n\nPolice charged Eva Lind's partner with fraud. {Q1}I never saw the second ledger,{Q2} Lind said.\n",
    "I never saw the second ledger,",
    ["Eva Lind"],
    [],
)
quote(
    C,
    f"Protest\n\nRiot police charged the crowd near the palace. {Q1}We were only singing,{Q2} student leader Aya Mori said.\n",
    "We were only singing,",
    ["Aya Mori"],
    [],
)
quote(
    C,
    f"Court\n\nThe state charged former mayor Ken Adu with bribery. His lawyer, Rosa Vidal, said: {Q1}My client will be cleared.{Q2}\n",
    "My client will be cleared.",
    ["Rosa Vidal"],
    ["Ken Adu"],
)
quote(
    C,
    f"Vote row\n\nAna Ruiz charged that Speaker Tom Hale had rigged the count. {Q1}It was a stitch-up,{Q2} she said.\n",
    "It was a stitch-up,",
    ["Ana Ruiz"],
    ["Tom Hale"],
)
quote(
    C,
    f"Strike\n\n{Q1}Management lied to the workforce,{Q2} shop steward Lee Park charged this morning, as Chief Executive Nora Vance left the plant.\n",
    "Management lied to the workforce,",
    ["Lee Park"],
    ["Nora Vance"],
)
quote(
    C,
    f"Customs\n\nOfficials charged importer Ravi Das a fine of 2,000 euros. {Q1}The papers were in order,{Q2} his accountant, Mia Holt, said.\n",
    "The papers were in order,",
    ["Mia Holt"],
    ["Ravi Das"],
)

quote(
    C,
    f"Stadium deal\n\nThe council charged developer Olu Bello with breaching the permit. {Q1}Every inspection was passed,{Q2} his site manager, Greta Holm, said.\n",
    "Every inspection was passed,",
    ["Greta Holm"],
    ["Olu Bello"],
)
quote(
    C,
    f"Embassy\n\n{Q1}Our staff were followed for weeks,{Q2} the ambassador, Ilse Maier, charged, while Interior Minister Kofi Mensah denied it.\n",
    "Our staff were followed for weeks,",
    ["Ilse Maier"],
    ["Kofi Mensah"],
)
quote(
    C,
    f"Bank probe\n\nRegulators charged two traders, Sam Reed and Joel Park, over the losses. {Q1}The desk was told to hide them,{Q2} compliance officer Rita Gomez said.\n",
    "The desk was told to hide them,",
    ["Rita Gomez"],
    ["Sam Reed", "Joel Park"],
)

# --- label-before-surname: a party label or a nationality before a surname is no first name
C = "label-before-surname"
quote(
    C,
    f"Talks\n\nUS President Joe Bardem met Premier Li Wen.\n\nUS Democrat Bardem said the talks had been {Q1}frank and useful{Q2} on Tuesday.\n",
    "frank and useful",
    ["Joe Bardem"],
    ["Li Wen"],
)
quote(
    C,
    f"Budget\n\nSenator Mia Kessler, a Republican, opposed the cuts.\n\n{Q1}This bill guts the coast guard,{Q2} Republican Kessler said.\n",
    "This bill guts the coast guard,",
    ["Mia Kessler"],
    ["Dan Kessler"],
)
quote(
    C,
    f"Summit\n\nForeign Minister Sergei Volkov arrived in Geneva.\n\nThe Russian Volkov told reporters: {Q1}We came to listen.{Q2}\n",
    "We came to listen.",
    ["Sergei Volkov"],
    [],
)
quote(
    C,
    f"Summit\n\nForeign Minister Sergei Volkov arrived in Geneva with his wife, Irina Volkov.\n\nThe Russian Volkov told reporters: {Q1}We came to listen.{Q2}\n",
    "We came to listen.",
    [],
    ["Irina Volkov"],
)
quote(
    C,
    f"Trade\n\nChancellor Ute Brandt met President Ray Cole.\n\n{Q1}Tariffs help nobody,{Q2} German Brandt said.\n",
    "Tariffs help nobody,",
    ["Ute Brandt"],
    ["Ray Cole"],
)
quote(
    C,
    f"Vote\n\nLabour leader Tom Ashby and Conservative Helen Ashby, his cousin, both spoke.\n\n{Q1}We will vote against it,{Q2} Labour's Tom Ashby said.\n",
    "We will vote against it,",
    ["Tom Ashby"],
    ["Helen Ashby"],
)
quote(
    C,
    f"Election\n\nCandidate Paul Osei conceded.\n\n{Q1}The people have spoken,{Q2} Independent Osei said in Accra.\n",
    "The people have spoken,",
    ["Paul Osei"],
    [],
)
quote(
    C,
    f"Election\n\nCandidate Paul Osei conceded, and his brother Kofi Osei ran the campaign.\n\n{Q1}The people have spoken,{Q2} Kofi Osei said in Accra.\n",
    "The people have spoken,",
    ["Kofi Osei"],
    ["Paul Osei"],
)
quote(
    C,
    f"Talks\n\nUS President Joe Bardem met Premier Li Wen.\n\n{Q1}We made progress,{Q2} Hunter Bardem, the president's son, said.\n",
    "We made progress,",
    ["Hunter Bardem"],
    ["Joe Bardem"],
)
quote(
    C,
    f"Budget\n\nSenator Mia Kessler opposed the cuts, as did her husband, Senator Dan Kessler.\n\n{Q1}This bill guts the coast guard,{Q2} Republican Dan Kessler said.\n",
    "This bill guts the coast guard,",
    ["Dan Kessler"],
    ["Mia Kessler"],
)
quote(
    C,
    f"Trade\n\nChancellor Ute Brandt met President Ray Cole.\n\n{Q1}Tariffs help nobody,{Q2} Brazilian Cole said.\n",
    "Tariffs help nobody,",
    ["Ray Cole"],
    ["Ute Brandt"],
)
quote(
    C,
    f"Strike\n\nUnion chief Ana Petrova met Minister Ivan Petrov.\n\n{Q1}No deal yet,{Q2} Socialist Petrova said.\n",
    "No deal yet,",
    ["Ana Petrova"],
    ["Ivan Petrov"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
