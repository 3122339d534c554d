# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of session 37's review of freetext37 (``grounding_rvfreetext37.jsonl``): a
read-only reviewer's own free-text cases, each verdict decided before the rules ran, aimed at
the edges of the branch's forms (``free_text/label_heads.py``, the hyphenated scales of
``mentions._SCALED``, ``people/camel_names.py``, ``other_writings.py``):

- ``label-heads``: a label's first word with "of" after it. Refused: a surname that is also a
  word whose verb or plural the page writes about something else ("Price of the State
  beside "shares fell"), the same surname again later in the label, the name after "of".
  Passed: the deverbal noun of the page's own verb about the same thing ("Arrest of two
  protesters" beside "arrested two protesters", "Rise of the far right" beside "rose");
- ``openings``: a preposition or a phrasal verb's noun opening a piece. Refused: the name after
  it, a name that is a preposition's look-alike before a capital, a surname joined to a noun;
  passed: the preposition before a number, a determiner or a lower-case word;
- ``scales``: a number whose scale is joined by a hyphen, on either side. Refused: another
  scale, another number, the bare number of another thing, a summary's hyphenated scale the
  page does not write; passed: the same number written apart or joined;
- ``name-forms``: a camel-cased name's possessive and initials of a body named with "in"
  after it. Refused: a camel-cased name the page never writes, initials that stop before an
  "in" that is part of the name ("OSC" for the Organization for Security and Co-operation in
  Europe), letters of a place; passed: the page's own name and its body's initials.

What older rules decided wrongly was kept out of the set as its ``GAPS`` until session 40
brought it in, after the rest (the ids still decided wrongly are in ``GAPS`` of
``tests/test_grounding_sets.py``). Run ``python tests/data/make_rvfreetext37_cases.py`` to
rebuild it. Every text is written for this set (fictional outlets and people, or public
figures in invented sentences).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvfreetext37.jsonl")

built = SupportCases(
    "rvft37",
    leads=(
        "The Wessex Mercury\n\nBy Tamsin Gorse",
        "Great Lakes Dispatch | TORONTO, June 4",
        "Harbour FM news desk\n\nREADER:",
        "The Straits Observer\n\nSINGAPORE (SO) -",
    ),
    closing="The story will be updated.",
)
LABELS, OPENINGS, SCALES, NAMES = "label-heads", "openings", "scales", "name-forms"

# (category, must pass, page paragraph, free text, why[, path])
# fmt: off
CASES: list[tuple[Any, ...]] = [
    # --- label-heads: must fail ---------------------------------------------------------------
    (LABELS, False, "Cooking oil costs rose sharply, suppliers to Apple said of the supply chain.", "Cook of Apple on the supply chain", "a made-up 'Cook' beside 'cooking oil'"),
    (LABELS, False, "The hunting season opens in October, the Treasury said in its autumn budget.", "Hunt of the Treasury on the autumn budget", "a made-up 'Hunt' beside 'hunting'"),
    (LABELS, False, "Refugees crossed the river at dawn, the Home Office said of the river crossings.", "Cross of the Home Office on the river crossings", "a made-up 'Cross' beside 'crossed'"),
    (LABELS, False, "Investors rushed into gold on Friday, the Bank of England said.", "Rush of the Bank of England on gold", "a made-up 'Rush' beside 'rushed'"),
    (LABELS, False, "Labour councillors granted three new licences at the licensing meeting.", "Grant of Labour at the licensing meeting", "a made-up 'Grant' beside 'granted'"),
    (LABELS, False, "Investors rushed into gold on Friday as the dollar slid.", "Rush of investors into gold as Rush quits the bank", "the same made-up surname later in the label", "key_points[0]"),
    (LABELS, False, "The designer has died at 91, his company said.", "Death of designer Giorgio Armani at 91", "the name after 'of' the page never writes"),
    (LABELS, False, "The club was sold to a consortium for 2.5 billion pounds.", "Sale of Chelsea to a consortium", "the club after 'of' the page never names"),
    (LABELS, False, "The Pentagon fielded two new brigades this year.", "Field of the Pentagon on the brigades", "a made-up 'Field' beside 'fielded'"),
    (LABELS, False, "Goldman traders marked the share price down after the warning.", "Mark of Goldman on the share price", "a made-up 'Mark' beside 'marked'", "key_points[0]"),
    # --- label-heads: must pass ---------------------------------------------------------------
    (LABELS, True, "Police arrested two protesters outside the embassy on Saturday.", "Arrest of two protesters outside the embassy", "'Arrest' beside 'arrested' two protesters"),
    (LABELS, True, "The bridge collapsed during the morning rush hour.", "Collapse of the bridge during the morning rush hour", "'Collapse' beside 'collapsed'"),
    (LABELS, True, "Rescuers freed 12 miners after four days underground. The miners were rescued unhurt.", "Rescue of 12 miners after four days underground", "'Rescue' beside 'rescued'"),
    (LABELS, True, "The militants released the hostages late on Sunday.", "Release of the hostages on Sunday", "'Release' beside 'released'"),
    (LABELS, True, "Support for the far right rose across the region in the 2020s.", "Rise of the far right across the region", "'Rise' beside 'rose'"),
    (LABELS, True, "Three prisoners escaped from the jail overnight.", "Escape of three prisoners from the jail", "'Escape' beside 'escaped'"),
    (LABELS, True, "Rebels captured the town after a week of fighting.", "Capture of the town after a week of fighting", "'Capture' beside 'captured'", "key_points[0]"),
    (LABELS, True, "The Indian prime minister visited the port on Thursday.", "Visit of the Indian prime minister to the port", "'Visit' beside 'visited'"),
    (LABELS, True, "A teacher was murdered in the town last spring, police said.", "Murder of a teacher in the town", "'Murder' beside 'murdered'"),
    (LABELS, True, "Oil prices rose 4% on Monday as traders weighed the sanctions.", "Price of oil up 4% on sanctions", "'Price' of the page's oil 'prices'"),
    (LABELS, True, "The pope has died at 88, the Vatican said.", "Death of the pope at 88", "'Death' beside 'died'"),
    (LABELS, True, "The minister resigned on Friday after the report.", "Resignation of the minister after the report", "'Resignation' beside 'resigned'"),
    (LABELS, True, "The ferry sank off the coast with 40 people aboard.", "Sinking of the ferry off the coast", "'Sinking' beside 'sank'"),
    (LABELS, True, "Pope Francis has died at 88, the Vatican said.", "Death of Pope Francis at 88", "'Death' beside 'died', a person's full name after 'of'"),
    # --- openings: must fail ------------------------------------------------------------------
    (OPENINGS, False, "Fighting went on across the border all night.", "Across the border, Zelensky's troops fought all night.", "the name after a preposition is still read"),
    (OPENINGS, False, "The vote passed despite two parties' opposition.", "Despite Farage, the vote passed.", "a name right after the preposition"),
    (OPENINGS, False, "Prices rose throughout the year, the bank said.", "Throughout the year, Bailey said prices rose.", "a speaker after the preposition's phrase"),
    (OPENINGS, False, "Troops have been massing at the border for weeks.", "Build-up of troops at the border ordered by Hegseth", "the name later in a phrasal noun's label"),
    (OPENINGS, False, "Investors dumped government bonds on Thursday.", "Sell-off in government bonds. Reeves blamed traders.", "a name opening the second sentence"),
    (OPENINGS, False, "The corporation will wind itself down after its funding was cut.", "Wind-down of the corporation, Kinnock-backed plan", "a name joined to a participle, not a particle"),
    (OPENINGS, False, "The ambassador crossed the border on foot.", "Beyond Kellogg, no envoy crossed the border.", "a preposition before a capital name: the name is read"),
    (OPENINGS, False, "Rebels and soldiers faced each other at the bridge for a week.", "Stand-off at the bridge; Haftar's men held it for a week.", "a possessive name after the label"),
    (OPENINGS, False, "The two leaders met in Geneva for three hours.", "Between talks, Starmer met the Swiss president.", "the name after the preposition is read"),
    (OPENINGS, False, "Output fell during the strike, the company said.", "During Khan's strike, output fell.", "a possessive name after the preposition"),
    # --- openings: must pass ------------------------------------------------------------------
    (OPENINGS, True, "Talks went on between 2019 and 2021 without a deal.", "Between 2019 and 2021 talks went on without a deal.", "a preposition before a number"),
    (OPENINGS, True, "The shelling went on amid the talks, officials said.", "Amid the talks, the shelling went on.", "'Amid' before a determiner"),
    (OPENINGS, True, "Households bought fewer cars during the downturn.", "During the downturn households bought fewer cars.", "'During' (a stop word)"),
    (OPENINGS, True, "Crowds waited outside the court all day.", "Outside the court, crowds waited all day.", "'Outside' before a determiner"),
    (OPENINGS, True, "Ministers will meet unions on Monday; bus drivers walked out for two days.", "Walk-out by bus drivers lasted two days.", "'Walk-out', a phrasal verb's noun"),
    (OPENINGS, True, "The party's new leader sacked six ministers in a reshuffle.", "Shake-up of the cabinet as six ministers are sacked", "'Shake-up'"),
    (OPENINGS, True, "Police will pull back from the square after the deal.", "Pull-back of police from the square after the deal", "'Pull-back'"),
    (OPENINGS, True, "The dispute turned on the price of fuel, against a backdrop of strikes.", "Against a backdrop of strikes, the dispute turned on fuel.", "'Against' before a determiner"),
    (OPENINGS, True, "Aid arrived via the northern crossing on Tuesday.", "Via the northern crossing, aid arrived on Tuesday.", "'Via' before a determiner"),
    (OPENINGS, True, "The bank kept rates on hold throughout 2024.", "Throughout 2024 the bank kept rates on hold.", "'Throughout' before a number"),
    (OPENINGS, True, "The airline said it would take over the route. The takeover was approved by regulators.", "Take-over of the route approved by regulators", "'Take-over'"),
    # --- scales: must fail --------------------------------------------------------------------
    (SCALES, False, "The province will spend $9.3 million on roads.", "The province will spend $9.3-billion on roads.", "a summary's hyphenated scale the page does not write"),
    (SCALES, False, "Fuel rose to R12 a litre in Gauteng.", "The fuel levy will raise R12-million.", "the bare number of another thing, a scale added"),
    (SCALES, False, "The agency set aside $4.5-billion for the scheme, 9.3 per cent of its budget.", "The agency set aside $9.3-billion.", "another figure of the page with the scale moved to it"),
    (SCALES, False, "A 700-million-yen grant was approved.", "A 700-billion-yen grant was approved.", "billion for million, joined"),
    (SCALES, False, "The city will borrow $1.2-billion over five years.", "The city will borrow $2.1-billion over five years.", "digits swapped, joined"),
    (SCALES, False, "Some 300-thousand people fled the floods.", "Some 3,000 people fled the floods.", "a hundredth of the figure"),
    (SCALES, False, "The budget for 2025-26 adds 40 staff.", "The budget adds 26-million for staff.", "a year's end read as a scaled number"),
    (SCALES, False, "The club's 2-1 win drew 40,000 fans.", "The club's win drew 1-million fans.", "a score's goal with a scale joined"),
    (SCALES, False, "About 2.4-million people voted early.", "About 2.4-billion people voted early.", "billion for million"),
    (SCALES, False, "The fine came to 50-million euros.", "The fine came to 15-million euros.", "another number"),
    (SCALES, False, "The deal is worth $750-million.", "The deal is worth $75-million.", "a tenth of the figure"),
    (SCALES, False, "The insurer paid out $6-billion after the storms.", "The insurer paid out $6-trillion after the storms.", "trillion for billion", "key_points[0]"),
    (SCALES, False, "The plan will cost $3.2 billion over a decade.", "The plan will cost $3.2-million over a decade.", "a summary's hyphenated million for the page's billion"),
    (SCALES, False, "Some 18,000 people attended the rally.", "About 18-million people attended the rally.", "a hyphenated scale added to the page's thousands"),
    # --- scales: must pass --------------------------------------------------------------------
    (SCALES, True, "The province will spend $9.3-billion on roads.", "The province will spend $9.3 billion on roads.", "written apart"),
    (SCALES, True, "The province will spend $9.3 billion on roads.", "The province will spend $9.3-billion on roads.", "the summary joins what the page writes apart"),
    (SCALES, True, "A 700-million-yen grant was approved.", "A 700 million yen grant was approved.", "a hyphen each side on the page"),
    (SCALES, True, "The city will borrow $1.2-billion over five years.", "The city will borrow $1.2-billion over five years.", "the same"),
    (SCALES, True, "Some 300-thousand people fled the floods.", "Some 300,000 people fled the floods.", "thousand written out"),
    (SCALES, True, "About 2.4-million people voted early.", "About 2.4 million people voted early.", "people"),
    (SCALES, True, "The fine came to 50-million euros.", "The fine came to 50 million euros.", "euros"),
    (SCALES, True, "The deal is worth $750-million.", "The deal is worth $750-million.", "the same, joined"),
    (SCALES, True, "The insurer paid out $6-billion after the storms.", "The insurer paid out $6 billion.", "a whole number", "key_points[0]"),
    (SCALES, True, "Ottawa pledged another $1.75-billion for housing.", "Ottawa pledged $1.75 billion more for housing.", "two decimals"),
    (SCALES, True, "A 10-million-strong diaspora sends money home.", "The diaspora numbers 10 million.", "a scaled number before an adjective"),
    (SCALES, True, "Exports reached 1.1-trillion won last year.", "Exports reached 1.1 trillion won.", "won"),
    (SCALES, True, "The 18-million-member union called the strike.", "The union, with 18 million members, called the strike.", "a scaled number before a noun joined by hyphens"),
    # --- name-forms: must fail ----------------------------------------------------------------
    (NAMES, False, "The United Nations Assistance Mission in Afghanistan counted the casualties.", "UNAM counted the casualties.", "a mission's 'in Afghanistan' dropped: another body's letters"),
    (NAMES, False, "The Commission on Security and Cooperation in Europe held a hearing.", "CSC held a hearing.", "'in Europe' is the commission's name"),
    (NAMES, False, "The payments were handled by eBay on Friday.", "PayPal's payments were handled on Friday.", "a camel-cased possessive the page never writes"),
    (NAMES, False, "The app was launched by ByteDance in 2016.", "TikTok's owner launched the app in 2016.", "another camel-cased name"),
    (NAMES, False, "The National Disaster Management Authority in Islamabad issued a warning.", "NDM issued a warning.", "initials stopping before the head noun"),
    (NAMES, False, "Workers at the plant used LinkedIn to organise.", "LinkedIn's rival, Glassdoor's forum, was used to organise.", "a second camel-cased possessive never written"),
    (NAMES, False, "The Higher Education Commission in Islamabad cut grants.", "HCE cut grants.", "letters out of order"),
    (NAMES, False, "The United Nations Mission in South Sudan sent patrols to the town.", "UNM patrols reached the town.", "a mission named by its place: its letters stop nowhere before it"),
    (NAMES, False, "The United Nations Interim Force in Lebanon reported the strikes.", "UNIF reported the strikes.", "a force's place is the last letter of its name (UNIFIL)"),
    (NAMES, False, "The chatbot maker said the model would be released in May.", "OpenAI's model will be released in May.", "a camel-cased possessive the page never writes"),
    (NAMES, False, "The video site removed the clip on Monday.", "YouTube's removal of the clip on Monday", "a camel-cased possessive the page never writes", "key_points[0]"),
    # --- name-forms: must pass ----------------------------------------------------------------
    (NAMES, True, "Monitors from the Organization for Security and Co-operation in Europe watched the vote.", "OSCE monitors watched the vote.", "the body's own initials"),
    (NAMES, True, "The payments were handled by PayPal on Friday.", "PayPal's payments were handled on Friday.", "a camel-cased possessive"),
    (NAMES, True, "Workers at the plant used LinkedIn to organise.", "LinkedIn\u2019s groups were used to organise.", "a curly apostrophe"),
    (NAMES, True, "The National Disaster Management Authority in Islamabad issued a warning.", "NDMA issued a warning.", "initials before 'in' and a place"),
    (NAMES, True, "The Higher Education Commission in Islamabad cut grants.", "HEC cut grants.", "HEC"),
    (NAMES, True, "The Institute for Fiscal Studies in London said taxes would rise.", "IFS said taxes would rise.", "'for' skipped, 'in' ends"),
    (NAMES, True, "The Truth and Reconciliation Commission in Pretoria reopened the case.", "TRC reopened the case.", "'and' skipped"),
    (NAMES, True, "The Committee to Protect Journalists in New York condemned the arrest.", "CPJ condemned the arrest.", "'to' skipped"),
    (NAMES, True, "Passengers on EasyJet flights were delayed.", "EasyJet's passengers were delayed.", "EasyJet"),
    (NAMES, True, "The International Security Assistance Force in Afghanistan lost two soldiers.", "ISAF lost two soldiers.", "ISAF"),
    (NAMES, True, "Shares in SoftBank fell 3% in Tokyo.", "SoftBank's shares fell 3%.", "SoftBank", "key_points[0]"),
    (NAMES, True, "The Commission on Human Rights in the Philippines opened an inquiry.", "CHR opened an inquiry.", "'on' skipped, 'in' and the country end the name"),
    # --- session 40: what the start (a0d03034) already decided wrongly, kept out of the set as
    # its GAPS until then, after the rest: a surname beside the page's plural ("prices": the
    # older common-word reading), a city after "of" (refused with an affiliation), initials
    # run to a hyphen's half ("Co-operation") or through the place's letter; left out: "Price
    # of Walmart on the discounts" (its why said the page never writes "Walmart", which it
    # does, and "Price of Walmart" reads as the must-pass "Price of oil" does)
    (LABELS, False, "Oil prices rose 4% on Monday as the State Department weighed new oil sanctions.", "Price of the State Department on the oil sanctions", "a made-up 'Price' beside the page's 'prices' of oil"),
    (LABELS, True, "Kabul fell to the Taliban in August 2021 as US troops left.", "Fall of Kabul to the Taliban in August 2021", "'Fall' of a city beside 'fell': a place after 'of', yet the noun's object"),
    (NAMES, False, "Monitors from the Organization for Security and Co-operation in Europe watched the vote.", "OSC monitors watched the vote.", "initials stopping before an 'in' that is part of the name"),
    (NAMES, False, "The National Union of Journalists in Scotland backed the strike.", "NUJS backed the strike.", "a place's letter added"),
    (NAMES, False, "The Food Safety Authority in Dublin issued a recall.", "FSAD issued a recall.", "the place's letter"),
]
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    built.cases.clear()
    for row in CASES:
        built.free_text(row[0], row[1], row[2], row[3], row[4], *row[5:])
    return built.cases


if __name__ == "__main__":
    build_cases()
    built.write(OUT)
