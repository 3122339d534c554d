# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the freetext46 set (``grounding_freetext46.jsonl``): free text's camel-cased names,
numbers written in words and full names, found by an outside check in session 21, by
category, each with what must pass and what must fail:

- ``camel-names``: a camel-cased name ("TikTok", "ByteDance", "PetroChina", "YouTube") is one
  word: free text naming it, and a reaction's ``who``, are backed where the article writes it
  (with a possessive, or its parts spaced); a camel-cased name the article never writes fails
  whole, even where the article writes each half as a word ("JetBlue" beside "jet" and
  "blue");
- ``worded-figures``: a number in words that the reader took in pieces ("three point six
  billion", "two dozen", "a hundred and twenty", "four and a half million", "nought point
  five") is one number, in the article against free text's digits and in free text against
  the article's digits; another number fails, and a piece of such a number ("two" of "two
  dozen") is no number of its own;
- ``full-names``: free text's full name ("Wang Yi", "Li Wentao", "Moon Suk Yeol") is one
  person: where the article writes its words only in other people's names (its only Wang is
  Wang Wentao) it fails; a name the article writes whole, in either order, or a title,
  institution or place beside a name, passes.

Run ``python tests/data/make_freetext46_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, firms and people, or public figures in invented sentences);
each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_freetext46.jsonl")

built = SupportCases(
    "ft46",
    leads=(
        "Valley Ledger\n\nBy Ingrid Solvang",
        "Pacific Rim Wire | SINGAPORE, 3 March",
        "Radio Nord-Est, morning bulletin\n\nHOST:",
        "The Harbour Gazette\n\nLAGOS (HG) -",
        "Capitol Notes Online\n\nPosted 09:40 ET",
        "Danube Business Daily\n\nBUDAPEST --",
    ),
    closing="The company did not answer questions sent by email.",
)


free = built.free_text  # the summary or the first key point over a page: nothing unstated


def who(expect: bool, sentence: str, name: str, why: str) -> None:
    """A measure whose one reaction is ``name``'s, backed by ``sentence``."""
    built.reaction("camel-names", expect, sentence, name, why)


# fmt: off
# --- camel-names ---------------------------------------------------------------------------------
free("camel-names", True, "ByteDance, the Beijing company that owns TikTok, has nine months to sell the app.", "ByteDance has nine months to sell TikTok.", "both camel-cased names are written")
free("camel-names", True, "Shares of PetroChina fell 3% in Hong Kong trading on Tuesday.", "PetroChina shares fell 3% in Hong Kong.", "PetroChina is written")
free("camel-names", True, "The regulator fined YouTube a record 40 million euros on Monday.", "YouTube was fined 40 million euros.", "YouTube is written")
free("camel-names", True, "PayPal froze the accounts of 14 charities, the watchdog said.", "PayPal froze the accounts of 14 charities.", "PayPal is written")
free("camel-names", True, "GlaxoSmithKline said the levy would cost it 200 jobs in Ireland.", "GlaxoSmithKline expects to cut 200 jobs in Ireland.", "a name glued twice is written")
free("camel-names", True, "AstraZeneca and BioNTech both said supplies would not be hit.", "AstraZeneca and BioNTech said supplies would not be hit.", "both names are written")
free("camel-names", True, "TikTok's chief executive told senators the app kept data in Texas.", "TikTok's chief executive told senators the data stays in Texas.", "the possessive of a written name")
free("camel-names", True, "Users of the Tik Tok app in Nepal lost access on Sunday.", "TikTok users in Nepal lost access.", "the name's parts written spaced")
free("camel-names", True, "The carrier JetBlue cancelled 120 flights after the storm.", "JetBlue cancelled 120 flights.", "JetBlue is written", path="key_points[0]")
free("camel-names", True, "SoftBank said it would review its stake in the chipmaker.", "SoftBank will review its stake.", "SoftBank is written", path="key_points[0]")
free("camel-names", False, "The law gives the owner of TikTok nine months to sell the app.", "ByteDance has nine months to sell TikTok.", "ByteDance is never written")
free("camel-names", False, "Shares of China Petroleum fell 3% in Hong Kong trading on Tuesday.", "PetroChina shares fell 3% in Hong Kong.", "PetroChina is never written")
free("camel-names", False, "The airline's jet, painted blue and white, landed safely in Boston.", "A JetBlue jet landed safely in Boston.", "JetBlue is never written, though jet and blue are")
free("camel-names", False, "The bank offered soft loans to the mill, its chairman said.", "SoftBank offered loans to the mill.", "SoftBank is never written, though soft and bank are")
free("camel-names", False, "The regulator fined YouTube a record 40 million euros on Monday.", "YouTube and LinkedIn were fined 40 million euros.", "LinkedIn is never written")
free("camel-names", False, "PayPal froze the accounts of 14 charities, the watchdog said.", "PayPal and AliPay froze the accounts of 14 charities.", "AliPay is never written")
free("camel-names", False, "AstraZeneca said supplies would not be hit.", "AstraZeneca and GlaxoSmithKline said supplies would not be hit.", "GlaxoSmithKline is never written")
free("camel-names", False, "Google said deep cuts would hit its research arm in London.", "DeepMind faces cuts in London.", "DeepMind is never written, though deep is")
free("camel-names", False, "Users of the app in Nepal lost access on Sunday, the ministry said.", "TikTok users in Nepal lost access.", "TikTok is never written", path="key_points[0]")
free("camel-names", False, "The carrier cancelled 120 flights after the storm, a spokesman said.", "JetBlue cancelled 120 flights.", "JetBlue is never written", path="key_points[0]")
who(True, "TikTok said it would challenge the law in court, calling it unconstitutional.", "TikTok", "TikTok is the one who said it")
who(True, "In a statement, ByteDance called the order an attack on free speech.", "ByteDance", "ByteDance is the one who called it so")
who(True, "PetroChina said on Friday it would appeal against the fine.", "PetroChina", "PetroChina is the one who said it")
who(True, "A spokesman for YouTube said the company would comply.", "YouTube", "YouTube's spokesman said it")
who(False, "ByteDance said it would challenge the law in court.", "TikTok", "TikTok is never named")
who(False, "TikTok said the order was an attack on free speech.", "ByteDance", "ByteDance is never named")
who(False, "China Petroleum said on Friday it would appeal against the fine.", "PetroChina", "PetroChina is never named")
# --- worded-figures ------------------------------------------------------------------------------
free("worded-figures", True, "Ottawa will put counter-tariffs on three point six billion dollars of American goods.", "Canada's counter-tariffs cover 3.6 billion dollars of American goods.", "three point six billion is 3.6 billion")
free("worded-figures", True, "About two dozen lawmakers walked out before the vote.", "About 24 lawmakers walked out before the vote.", "two dozen is 24")
free("worded-figures", True, "A hundred and twenty trucks crossed at Rafah on Sunday.", "120 trucks crossed at Rafah on Sunday.", "a hundred and twenty is 120")
free("worded-figures", True, "The floods drove four and a half million people from their homes.", "The floods displaced 4.5 million people.", "four and a half million is 4.5 million")
free("worded-figures", True, "The central bank cut its rate by nought point five per cent.", "The central bank cut its rate by 0.5 per cent.", "nought point five is 0.5")
free("worded-figures", True, "Half a dozen ministers resigned over the deal.", "6 ministers resigned over the deal.", "half a dozen is 6")
free("worded-figures", True, "Sixty-two point five per cent of voters backed the plan.", "62.5 per cent of voters backed the plan.", "sixty-two point five is 62.5")
free("worded-figures", True, "A thousand troops will stay in the region until June.", "1,000 troops will stay in the region until June.", "a thousand is 1,000")
free("worded-figures", True, "Exports reached 3.6 billion dollars last year.", "Exports reached three point six billion dollars last year.", "three point six billion in free text is the article's 3.6 billion")
free("worded-figures", True, "About 24 lawmakers walked out before the vote.", "About two dozen lawmakers walked out.", "two dozen in free text is the article's 24")
free("worded-figures", True, "Officials counted 120 trucks at the crossing.", "A hundred and twenty trucks reached the crossing.", "a hundred and twenty in free text is the article's 120")
free("worded-figures", True, "The storm left 2.5 million homes without power.", "Two and a half million homes lost power.", "two and a half million in free text is the article's 2.5 million")
free("worded-figures", True, "The fleet of 12 ships sailed on Monday.", "A dozen ships sailed on Monday.", "a dozen in free text is the article's 12", path="key_points[0]")
free("worded-figures", False, "Ottawa will put counter-tariffs on three point six billion dollars of American goods.", "Canada's counter-tariffs cover 3.9 billion dollars of American goods.", "3.9 billion is never written")
free("worded-figures", False, "About two dozen lawmakers walked out before the vote.", "About 20 lawmakers walked out before the vote.", "20 is never written")
free("worded-figures", False, "A hundred and twenty trucks crossed at Rafah on Sunday.", "102 trucks crossed at Rafah on Sunday.", "102 is never written")
free("worded-figures", False, "The floods drove four and a half million people from their homes.", "The floods displaced 4 million people.", "4 million is never written")
free("worded-figures", False, "The central bank cut its rate by nought point five per cent.", "The central bank cut its rate by 5 per cent.", "the five of nought point five is no 5")
free("worded-figures", False, "About two dozen lawmakers walked out before the vote.", "About 2 lawmakers walked out before the vote.", "the two of two dozen is no 2")
free("worded-figures", False, "Ottawa will put counter-tariffs on three point six billion dollars of American goods.", "Canada's counter-tariffs cover 3 billion dollars of American goods.", "the three of three point six billion is no 3 billion")
free("worded-figures", False, "Exports reached 3.6 billion dollars last year.", "Exports reached three point nine billion dollars last year.", "three point nine billion is never written")
free("worded-figures", False, "About 24 lawmakers walked out before the vote.", "About three dozen lawmakers walked out.", "three dozen is 36, never written")
free("worded-figures", False, "Officials counted 120 trucks at the crossing.", "A hundred and fifty trucks reached the crossing.", "a hundred and fifty is never written")
free("worded-figures", False, "The storm left 2.5 million homes without power.", "Three and a half million homes lost power.", "three and a half million is never written")
free("worded-figures", False, "Half a dozen ministers resigned over the deal.", "12 ministers resigned over the deal.", "12 is never written", path="key_points[0]")
# --- full-names ----------------------------------------------------------------------------------
WANGS = "Foreign Minister Wang Yi and Commerce Minister Wang Wentao met the Australian delegation in Beijing."
free("full-names", True, "Commerce Minister Wang Wentao said the duties on wine would be removed.", "Wang Wentao said the duties on wine would be removed.", "the article's own Wang")
free("full-names", True, WANGS, "Wang Yi met the Australian delegation in Beijing.", "both Wangs are written")
free("full-names", True, "Premier Li Qiang hosted the talks; the late Li Keqiang was not mentioned.", "Li Qiang hosted the talks.", "the Li who hosted is written")
free("full-names", True, "President Xi Jinping received the French president in Guangzhou.", "Xi Jinping received the French president in Guangzhou.", "written whole after a title")
free("full-names", True, "Kim Jong Un watched the launch with his sister, Kim Yo Jong.", "Kim Yo Jong watched the launch.", "a three-word name written whole")
free("full-names", True, "Hungary's prime minister, Orban Viktor as the Hungarian press writes him, refused to sign.", "Viktor Orban refused to sign.", "a two-word name written in the other order")
free("full-names", True, "Mayor Maria Lopez and her cousin, Juan Lopez, opened the bridge.", "Maria Lopez opened the bridge.", "one of two Lopezes, written whole")
free("full-names", True, "Secretary of State Antony Blinken flew to Doha on Monday.", "Antony Blinken flew to Doha on Monday.", "the name after an office written whole")
free("full-names", True, "Party chief Nguyen Phu Trong met former premier Nguyen Xuan Phuc in Hanoi.", "Nguyen Phu Trong met Nguyen Xuan Phuc in Hanoi.", "two Nguyens, each written whole")
free("full-names", True, "The Chinese Foreign Ministry said Foreign Minister Wang Yi would travel to Canberra.", "The Foreign Ministry said Wang Yi would travel to Canberra.", "an institution's name is no person's")
free("full-names", True, "Ontario Premier Doug Ford called the tariff an attack on workers.", "Premier Doug Ford called the tariff an attack on workers.", "a title before a written name", path="key_points[0]")
free("full-names", True, "Joseph R. Biden signed the bill on Wednesday.", "Joseph Biden signed the bill on Wednesday.", "a middle initial is no other person")
free("full-names", True, "John Fitzgerald Kennedy met Nikita Khrushchev in Vienna in 1961.", "John Kennedy met Nikita Khrushchev in Vienna.", "a middle name left out is the same person")
free("full-names", True, "The Taliban's Mullah Abdul Ghani Baradar signed the deal at the Sheraton.", "Mullah Baradar signed the deal.", "an honorific before the surname is no other person")
free("full-names", True, "Donald Trump met Xi Jinping in Osaka on the sidelines of the summit.", "The Xi-Trump Osaka meeting took place on the sidelines of the summit.", "two people in a hyphened compound before a place")
free("full-names", False, "China's Commerce Minister Wang Wentao said the duties on wine would be removed.", "China's Commerce Minister Wang Yi said the duties on wine would be removed.", "the article's only Wang is Wang Wentao")
free("full-names", False, "Premier Li Qiang met Commerce Minister Wang Wentao in Beijing.", "Li Wentao met the premier in Beijing.", "no Li Wentao: Li is Li Qiang's, Wentao is Wang Wentao's")
free("full-names", False, "Kim Jong Un watched the launch from an observation post.", "Kim Yo Jong watched the launch.", "the article's only Kim is Kim Jong Un")
free("full-names", False, "Moon Jae-in, the former president, met President Yoon Suk Yeol.", "Moon Suk Yeol met the former president.", "no Moon Suk Yeol: two other men's names joined")
free("full-names", False, "President Mahmoud Abbas spoke after Foreign Minister Abbas Araghchi left Ramallah.", "Mahmoud Araghchi left Ramallah.", "no Mahmoud Araghchi")
free("full-names", False, "Nguyen Phu Trong met Vo Van Thuong in Hanoi on Friday.", "Nguyen Van Thuong met officials in Hanoi on Friday.", "no Nguyen Van Thuong")
free("full-names", False, "President Xi Jinping met Premier Li Qiang on Monday.", "Xi Qiang met the premier on Monday.", "no Xi Qiang: Xi is Xi Jinping's")
free("full-names", False, "Senator Gustavo Bolivar criticised President Petro on Tuesday.", "Gustavo Petro was criticised on Tuesday.", "the article's Gustavo is Gustavo Bolivar")
free("full-names", False, "Ali Larijani and President Hassan Rouhani attended the funeral.", "Hassan Larijani attended the funeral.", "no Hassan Larijani")
free("full-names", False, "Secretary of State Antony Blinken met Tony Burke in Canberra.", "Antony Burke met officials in Canberra.", "no Antony Burke", path="key_points[0]")
free("full-names", False, WANGS.replace("Wang Yi", "Le Yucheng"), "Wang Yi met the Australian delegation in Beijing.", "the article's Wang is Wang Wentao")
free("full-names", False, "John Fitzgerald Kennedy met Nikita Khrushchev in Vienna in 1961.", "John Khrushchev met Kennedy in Vienna.", "the article's John is John Fitzgerald Kennedy")
free("full-names", False, "Donald Trump met Xi Jinping in Kobe on the sidelines of the summit.", "The Xi-Trump Osaka meeting took place on the sidelines of the summit.", "Osaka is never written")
# review of session 22: two people's surnames side by side are two people, not one name
free("full-names", True, "Recep Tayyip Erdogan spoke to Vladimir Putin by phone on Monday.", "The Erdogan Putin call lasted an hour.", "two surnames before 'call': two people")
free("full-names", True, "Joe Biden and Xi Jinping met in Woodside, California.", "The Biden Xi summit took place in Woodside.", "two people's name words before 'summit'")
free("full-names", True, "Anthony Albanese met Christopher Luxon in Sydney on Friday.", "Albanese Luxon relations were warm, officials said.", "each word ends a different full name", path="key_points[0]")
free("full-names", True, "Donald Trump shook hands with Kim Jong Un at the border.", "The Trump Kim meeting took place at the border.", "two people's name words before 'meeting'")
free("full-names", True, "Friedrich Merz hosted Giorgia Meloni in Berlin.", "The Merz Meloni talks covered migration.", "two surnames before 'talks'", path="key_points[0]")
free("full-names", True, "Keir Starmer met Emmanuel Macron in Paris on Thursday.", "Starmer Macron ties were tested over fishing.", "each word ends a different full name")
free("full-names", False, "Secretary of State Marco Rubio met Sergei Lavrov in Riyadh.", "Marco Lavrov met officials in Riyadh.", "Marco is Rubio's first name")
free("full-names", False, "Donald Trump met Vladimir Putin in Anchorage.", "Vladimir Trump met officials in Anchorage.", "Vladimir is Putin's first name", path="key_points[0]")
free("full-names", False, "Friedrich Merz hosted Giorgia Meloni in Berlin.", "Giorgia Merz hosted the talks in Berlin.", "Giorgia is Meloni's first name")
free("full-names", False, "Anthony Albanese met Christopher Luxon in Sydney on Friday.", "Christopher Albanese met Luxon in Sydney.", "Christopher is Luxon's first name")
free("full-names", False, "Recep Tayyip Erdogan spoke to Vladimir Putin by phone on Monday.", "Recep Putin spoke by phone on Monday.", "Recep is Erdogan's first name", path="key_points[0]")
free("full-names", False, "Premier Li Qiang met Chancellor Olaf Scholz in Berlin.", "Olaf Qiang met Scholz in Berlin.", "Olaf is Scholz's first name")
# review of session 22: "point" with no scale or per-cent word after it is a noun
free("worded-figures", True, "At one point four journalists were held at the border, the union said.", "Four journalists were held at the border.", "'at one point' is no decimal")
free("worded-figures", True, "At one point nine boats were stranded in the strait.", "Nine boats were stranded in the strait.", "'at one point' is no decimal", path="key_points[0]")
free("worded-figures", True, "On one point three delegations disagreed, the chair said.", "Three delegations disagreed.", "'on one point' is no decimal")
free("worded-figures", True, "At one point five hostages were moved to a second site.", "Five hostages were moved to a second site.", "'at one point' is no decimal")
free("worded-figures", True, "Prices rose by four point two per cent in March.", "Prices rose by 4.2 per cent in March.", "a per-cent word after the digits", path="key_points[0]")
free("worded-figures", False, "At one point six protesters were hurt, police said.", "Sixteen protesters were hurt.", "sixteen is never written")
free("worded-figures", False, "At one point two officers were injured, police said.", "Twelve officers were injured.", "twelve is never written", path="key_points[0]")
free("worded-figures", False, "Sales rose to four point two billion euros.", "Sales rose to 4 billion euros.", "the four of four point two billion is no 4 billion")
free("worded-figures", False, "The index fell two point five per cent on Friday.", "The index fell 5 per cent on Friday.", "the five of two point five per cent is no 5")
free("worded-figures", False, "Prices rose by four point two per cent in March.", "Prices rose by 2 per cent in March.", "the two of four point two per cent is no 2", path="key_points[0]")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as written to ``grounding_freetext46.jsonl``."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
