# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's free-text openings (``grounding_freetext37.jsonl``): a free
text's capitalised word or number the free-text check flagged "does not occur in the article"
on outside checks 64 to 82 though it is no name (``summarizer/verification/free_text/
label_heads.py``, ``mentions.py``, ``other_writings.py``, ``people/camel_names.py``), by
category, each with what must pass and what must fail:

- ``grammar-openings``: a preposition opening a piece before a number, a determiner or a
  lower-case word ("Between 1992 and 2003 ...", "Across the border ..."), a phrasal verb's
  noun joined to its particle ("Wind-down of ...", "Build-up of troops"). Refused: a made-up
  name opening a sentence ("Trump met ...", "Bush said ..."), a name also a word, a
  preposition-like name before a capital ("Beyond Meat"), a hyphen to a capital or no particle;
- ``head-of-labels``: a label's first word with "of" after it that the article writes in
  another form ("Death of ..." beside "died", "Fall of ..." beside "fell", "Theft of ..."
  beside "thieves", "Return of ..." beside "returned"). Refused: a label whose word the page
  writes in no form ("Brown of the Treasury", "Tusk of Poland at the summit"), the same words
  as a sentence, a possessive ("Macron's plan"), a saying verb in the piece;
- ``hyphen-scales``: a number written with its scale joined by a hyphen ("$9.3-billion",
  "18.3-trillion-yen", "R12-million") found in the article written so. Refused: another number,
  another scale;
- ``name-forms``: a camel-cased name with a possessive ("ThyssenKrupp's") the article writes,
  initials of a body named with "in" and its place after it ("CDSCO" for "the Central Drugs
  Standard Control Organisation in Delhi"). Refused: a camel-cased name the page never writes,
  initials of another body, letters out of order.

Run ``python tests/data/make_freetext37_cases.py`` to rebuild it. Every text is written for
this set (fictional outlets and people, or public figures in invented sentences); each verdict
is what a careful fact-checker reads, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_freetext37.jsonl")

built = SupportCases(
    "ft37",
    leads=(
        "The Fenland Courier\n\nBy Rhoda Ashby",
        "Prairie Wire | REGINA, 3 March",
        "Radio Solent Valley, morning bulletin\n\nPRESENTER:",
        "The Kowloon Ledger\n\nHONG KONG (KL) -",
    ),
    closing="Further details were expected later in the week.",
)
GRAMMAR, HEAD, SCALES, NAMES = "grammar-openings", "head-of-labels", "hyphen-scales", "name-forms"


def prose(
    category: str, expect: bool, paragraph: str, text: str, why: str, path: str = "summary"
) -> None:
    """Free text over a page of ``paragraph`` (``SupportCases.free_text``)."""
    built.free_text(category, expect, paragraph, text, why, path)


# fmt: off
# --- grammar-openings: must fail first ---------------------------------------------------------
prose(GRAMMAR, False, "The two leaders met in Geneva for three hours.", "Trump met the Swiss president in Geneva.", "a made-up name opening a sentence")
prose(GRAMMAR, False, "The minister spoke to farmers near the border.", "Bush said farmers near the border were worried.", "a surname that is a word, before a saying verb")
prose(GRAMMAR, False, "Shares in the meat-substitute maker fell 9% on Tuesday.", "Beyond Meat shares fell 9% on Tuesday.", "a preposition-like company name before a capital")
prose(GRAMMAR, False, "The county council voted to close two libraries.", "Down council voted to close two libraries.", "'Down' (a county) is not read as a preposition")
prose(GRAMMAR, False, "Talks between the unions and the rail operator broke down.", "Rice said talks between the unions and the operator broke down.", "a made-up speaker, a surname that is a word")
prose(GRAMMAR, False, "The troops gathered at the border over the weekend.", "Price-led build-up of troops at the border.", "a name joined by a hyphen to a noun, no particle")
prose(GRAMMAR, False, "The bank began to cut its holdings of bonds.", "Young-Kim sell-off in bonds.", "a hyphen to a capital: a double-barrelled name")
prose(GRAMMAR, False, "The party's leader resigned after the vote.", "Mills resigned after the vote.", "a made-up name that is a plural word")
prose(GRAMMAR, False, "The ambassador crossed into the country on foot.", "Power crossed into the country on foot.", "'Power' (a surname) opening a sentence")
prose(GRAMMAR, False, "Troops crossed the river at dawn.", "Across the river, King's troops crossed at dawn.", "a preposition passes but the made-up name after it is flagged")
prose(GRAMMAR, False, "The envoy flew to the capital on Monday.", "Between visits, Macron flew to the capital.", "the name after the preposition is still flagged")
# --- grammar-openings: must pass ---------------------------------------------------------------
prose(GRAMMAR, True, "The three laboratories reached their findings separately from 1992 to 2003.", "Between 1992 and 2003 the three laboratories made their findings separately.", "a preposition before a number")
prose(GRAMMAR, True, "Shelling went on across the border all night.", "Across the border, shelling went on all night.", "a preposition before a determiner")
prose(GRAMMAR, True, "Prices rose throughout the year, the bank said.", "Throughout the year prices rose, the bank said.", "'Throughout' before a determiner")
prose(GRAMMAR, True, "The region's farmers face drought beyond this summer.", "Beyond this summer, farmers face drought.", "'Beyond' before a determiner")
prose(GRAMMAR, True, "The vote passed despite opposition from two parties.", "Against opposition from two parties, the vote passed.", "'Against' before a lower-case noun")
prose(GRAMMAR, True, "Protesters gathered outside parliament and inside the station.", "Outside parliament, protesters gathered.", "'Outside' before a lower-case noun")
prose(GRAMMAR, True, "The corporation said it would begin winding itself down after its funding was cut.", "Wind-down of the corporation after its funding was cut", "a phrasal verb's noun: 'Wind-down'")
prose(GRAMMAR, True, "Troops have been massing at the border for weeks.", "Build-up of troops at the border", "'Build-up'")
prose(GRAMMAR, True, "Investors dumped government bonds on Thursday.", "Sell-off in government bonds on Thursday", "'Sell-off'")
prose(GRAMMAR, True, "The minister replaced four senior officials at the ministry.", "Shake-up at the ministry as four officials are replaced", "'Shake-up'")
prose(GRAMMAR, True, "The army will withdraw its troops from the valley.", "Pull-out of troops from the valley", "'Pull-out'")
prose(GRAMMAR, True, "Voters in the city will choose a mayor in a second round.", "Run-off for mayor in the city", "'Run-off'")
prose(GRAMMAR, True, "Rebels and soldiers faced each other at the bridge for a week.", "Stand-off at the bridge lasted a week.", "'Stand-off' opening a sentence")

# --- head-of-labels: must fail first ------------------------------------------------------------
prose(HEAD, False, "The finance minister presented the budget to parliament.", "Brown of the Treasury presents the budget", "a made-up surname that is a word, with 'of' after it")
prose(HEAD, False, "The prime minister met European leaders at the summit.", "Tusk of Poland at the summit", "a surname never capitalised in word lists, 'of' a country")
prose(HEAD, False, "The spokesman answered questions from reporters.", "Price of the State Department on the talks", "'Price' with no form in the page")
prose(HEAD, False, "The singer has died at 76, his family said.", "Death of Ozzy Osbourne.", "a sentence, not a label: still asked for")
prose(HEAD, False, "Ministers met to discuss the plan on Monday.", "Macron's plan for the talks", "a possessive: a name")
prose(HEAD, False, "The government fell after the vote, the speaker said.", "Fall of the government, King said", "a saying verb in the piece")
prose(HEAD, False, "The defence secretary toured the base.", "Young of Britain at the summit", "'Young' with no form in the page")
prose(HEAD, False, "Troops left the area over the weekend.", "Gallant of Israel at the ceremony", "a surname that is a word, no form in the page")
prose(HEAD, False, "The president gave a speech on trade.", "Trump of the Republicans on trade", "'Trump' with no form in the page")
prose(HEAD, False, "The governor signed the order on Friday.", "May of the Conservatives signs the order", "'May' with no form in the page")
prose(HEAD, False, "The chairman died in hospital on Tuesday.", "Death in hospital of Lord Hale", "no 'of' right after the word: the name after it is flagged")
# --- head-of-labels: must pass ------------------------------------------------------------------
prose(HEAD, True, "The primatologist has died. She was 91, her institute said.", "Death of the primatologist at 91", "'Death' beside 'died'")
prose(HEAD, True, "No government had lost such a vote since the cabinet fell in 1962.", "Fall of the government in a censure vote", "'Fall' beside 'fell'")
prose(HEAD, True, "The thieves escaped with eight pieces of jewellery.", "Theft of eight pieces of jewellery", "'Theft' beside 'thieves'")
prose(HEAD, True, "The two astronauts returned to Earth on Tuesday after nine months in orbit.", "Return of the two astronauts after nine months in orbit", "'Return' beside 'returned'")
prose(HEAD, True, "The armed forces grew by a third over the decade.", "Growth of the armed forces over the decade", "'Growth' beside 'grew'")
prose(HEAD, True, "The firm sold its shipping arm to a rival for an undisclosed sum.", "Sale of the firm's shipping arm", "'Sale' beside 'sold'")
prose(HEAD, True, "The club lost two of its main sponsors this season.", "Loss of two main sponsors this season", "'Loss' beside 'lost'")
prose(HEAD, True, "Thousands fled the town as the river rose.", "Flight of thousands from the town", "'Flight' beside 'fled'")
prose(HEAD, True, "Police seized 40 kilograms of cocaine at the port.", "Seizure of 40 kilograms of cocaine at the port", "'Seizure' beside 'seized'")
prose(HEAD, True, "The dam failed after days of heavy rain.", "Failure of the dam after heavy rain", "'Failure' beside 'failed'")
prose(HEAD, True, "The regulator ordered the mine closed on Monday.", "Closure of the mine", "'Closure' beside 'closed'")
prose(HEAD, True, "Both leaders are dead, officials confirmed.", "Deaths of both leaders", "'Deaths' beside 'dead'")
prose(HEAD, True, "Sales dropped 5% in May, the retailer said.", "Drop of 5% in sales in May", "a doubled consonant: 'dropped'")

# --- hyphen-scales: must fail first -------------------------------------------------------------
prose(SCALES, False, "The department is to get a further $9.3-billion in 2025-26.", "The department gets an extra $9.4-billion.", "another number")
prose(SCALES, False, "The department is to get a further $9.3-billion in 2025-26.", "The department gets an extra $9.3-trillion.", "another scale")
prose(SCALES, False, "An 18.3-trillion-yen supplementary budget was enacted.", "An 18.3-billion-yen budget was enacted.", "billion for trillion")
prose(SCALES, False, "Government has put the cost at R12-million.", "The operation will cost R21-million.", "digits swapped")
prose(SCALES, False, "The city set aside $4-million for repairs.", "The city set aside $40-million for repairs.", "ten times the amount")
prose(SCALES, False, "The fund stands at $62.7-billion.", "The fund stands at $627-billion.", "the decimal point dropped")
prose(SCALES, False, "Output rose to 3.5-million barrels a day.", "Output rose to 5.3 million barrels a day.", "digits swapped, written apart")
prose(SCALES, False, "The province will borrow $2-billion this year.", "The province will borrow $2-million this year.", "million for billion")
prose(SCALES, False, "About 1.2-million people voted early.", "About 12 million people voted early.", "the decimal point dropped, written apart")
prose(SCALES, False, "The deal is worth $750-million.", "The deal is worth $7.5-billion.", "ten times the amount, another scale")
# --- hyphen-scales: must pass -------------------------------------------------------------------
prose(SCALES, True, "The department is to get a further $9.3-billion in 2025-26.", "The department gets an extra $9.3-billion.", "Canadian style on both sides")
prose(SCALES, True, "The department is to get a further $9.3-billion in 2025-26.", "The department gets an extra $9.3 billion.", "the summary writes it apart")
prose(SCALES, True, "An 18.3-trillion-yen supplementary budget was enacted.", "An 18.3-trillion-yen budget was enacted.", "a hyphen each side")
prose(SCALES, True, "Government has put the cost at R12-million.", "The operation is expected to cost R12-million.", "rand")
prose(SCALES, True, "The city set aside $4-million for repairs.", "The city set aside $4 million for repairs.", "a whole number")
prose(SCALES, True, "The fund stands at $62.7-billion.", "The fund stands at $62.7-billion.", "a decimal")
prose(SCALES, True, "Output rose to 3.5-million barrels a day.", "Output rose to 3.5 million barrels a day.", "barrels")
prose(SCALES, True, "About 1.2-million people voted early.", "About 1.2 million people voted early.", "people")
prose(SCALES, True, "The deal is worth $750-million.", "The deal is worth $750 million.", "hundreds of millions")
prose(SCALES, True, "Losses reached 2.4-trillion won last year.", "Losses reached 2.4 trillion won.", "trillions")

# --- name-forms: must fail first ----------------------------------------------------------------
prose(NAMES, False, "The design beat the frigate offered by Germany's ThyssenKrupp Marine Systems.", "The design beat Fincantieri's frigate.", "a company the page never writes, with a possessive")
prose(NAMES, False, "The drugmaker signed the deal on Friday.", "AstraZeneca's deal was signed on Friday.", "a camel-cased name the page never writes")
prose(NAMES, False, "The airline cut 12 routes.", "JetBlue's cuts hit 12 routes.", "a camel-cased name with a possessive, never written")
prose(NAMES, False, "The Central Drugs Standard Control Organisation in Delhi has opened inspections.", "CDCSO inspections of manufacturing units", "letters out of order")
prose(NAMES, False, "The Central Drugs Standard Control Organisation in Delhi has opened inspections.", "CDSO inspections of manufacturing units", "a letter missing")
prose(NAMES, False, "The Food Safety Authority in Dublin issued a recall.", "FSAI issued a recall.", "letters for words the page does not write")
prose(NAMES, False, "The National Health Service in Wales cut waiting lists.", "NHSE cut waiting lists.", "another body's letters")
prose(NAMES, False, "The State Bank in Karachi raised rates.", "SBP raised rates.", "a letter the page's run does not give")
prose(NAMES, False, "Inspectors from the World Health Organization in Geneva arrived.", "WTO inspectors arrived.", "another body")
prose(NAMES, False, "The Securities and Exchange Board in Mumbai fined the firm.", "SEC fined the firm.", "a different initialism")
# --- name-forms: must pass ----------------------------------------------------------------------
prose(NAMES, True, "The design beat the frigate offered by Germany's ThyssenKrupp Marine Systems.", "The design beat ThyssenKrupp's frigate.", "a camel-cased name with a possessive")
prose(NAMES, True, "AstraZeneca signed up to the deal on Friday.", "AstraZeneca's deal was signed on Friday.", "a camel-cased name with a possessive")
prose(NAMES, True, "JetBlue said it would cut 12 routes.", "JetBlue's cuts hit 12 routes.", "JetBlue")
prose(NAMES, True, "Shares in PetroChina rose 3%.", "PetroChina\u2019s shares rose 3%.", "a curly apostrophe")
prose(NAMES, True, "ByteDance owns the app.", "ByteDance's app", "ByteDance, a label")
prose(NAMES, True, "The Central Drugs Standard Control Organisation in Delhi has opened inspections.", "CDSCO inspections of manufacturing units", "initials before 'in' and a place")
prose(NAMES, True, "The Food Safety Authority in Dublin issued a recall.", "FSA issued a recall.", "'in Dublin' no part of the name")
prose(NAMES, True, "The National Health Service in Wales cut waiting lists.", "NHS cut waiting lists.", "NHS")
prose(NAMES, True, "Inspectors from the World Health Organization in Geneva arrived.", "WHO inspectors arrived.", "WHO")
prose(NAMES, True, "The Securities and Exchange Board in Mumbai fined the firm.", "SEB fined the firm.", "'and' skipped, 'in' ends")
prose(NAMES, True, "The Independent Electoral Commission in Maseru certified the result.", "IEC certified the result.", "IEC")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
