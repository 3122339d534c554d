# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the numbers43 set (``grounding_numbers43.jsonl``): numbers whose field cue is a verb
or a noun of their own, collective number words, numbers of another group or an earlier
charge beside the field's, and a truce said again, found by an outside check in session 19,
by category, each with what must pass and what must fail:

- ``rate-nouns``: on a page about duties, "rate"/"rates" is the measure's rate word when a
  determiner, the number or an adjective stands before it ("set a 19% rate", "setting 25
  percent rates", "faces a rate of 40 percent", "fixes the rate at 15 per cent"); a noun
  before it names another rate ("the jobless rate", "its interest rate", "an approval
  rate"), and a page with no duty at all gives "rate" no duty;
- ``former-rates``: the rate a change starts from after a range it goes to ("to between 10
  and 15 percent, from 5 percent") and a charge its own clause says ended ("a 5 percent
  surcharge lapsed", "after a 12 per cent levy was scrapped") are not the measure's rate;
  the new rate of the same sentences is;
- ``count-words``: "a dozen", "two dozen", "half a dozen", "a score of" are numbers; a
  displacement count is told by its verb phrase ("forced 40,000 people from their homes",
  "drove ... out of their villages", "sent ... fleeing", "left ... homeless"); "dozens" is
  no number, and homes destroyed or people returning are no displacement;
- ``count-groups``: a partitive's whole ("Of the 22 member states, ...", "Nine of the
  council's 15 members") counts its own noun phrase, not the part; a number whose noun
  phrase says an opposite or another standing ("28 deceased hostages", "two dozen members
  absent") counts the others;
- ``truce-carry``: a truce the evidence names only as known ("the truce had been extended",
  "this ceasefire", "the extended truce") keeps the one kind the page gives truces; a truce
  named anew ("a new ceasefire", "a second truce"), a page with truces of two kinds or no
  kind, and a kind the evidence itself contradicts do not; "the first two weeks" of a truce
  extended in the same sentence is not its length (unconfirmed);
- ``number-words``: a number word opening free text ("Fifteen heads of state") is a
  number, stated when the article writes its digits (and the reverse), never a name.

Run ``python tests/data/make_numbers43_cases.py`` to rebuild it. Every sentence was written
for this set (fictional outlets, firms, goods and people, or public bodies in invented
sentences); each verdict was decided when the case was written, never by running the code.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_numbers43.jsonl")

built = SupportCases(
    "nu43",
    leads=(
        "Harbourline Daily\n\nBy Tomasz Wielgosz",
        "The Southern Courier | SANTIAGO, 14 June",
        "Lakeside Tribune\n\nNAIROBI (LT) -",
        "Morning Ledger Online\n\nUpdated 11:05",
        "Kowloon Evening Review\n\nHONG KONG --",
    ),
    closing="The ministry did not reply to questions sent on Friday.",
)

TRADE = "Exporters have spent the year lobbying over tariffs and customs duties.\n\n{sentence}"
LOANS = "The state lender published its annual report on Monday.\n\n{sentence}"


def rate(
    category: str, expect: bool, sentence: str, value: float, why: str, text: str = TRADE,
    status: str | None = None, qualifier: str = "exact",
) -> None:  # fmt: skip
    """A trade measure (``status`` when given) whose tariff rate is ``value`` percent
    (``qualifier``), its sentence on a page about duties (``text``) by default."""
    measure: dict[str, Any] = {
        "instrument": "executive_action", "evidence": [sentence],
        "tariff_rate_percent": {"value": value, "qualifier": qualifier},
    }  # fmt: skip
    if status:
        measure["status"] = status
    built.add(
        category, expect, f"tariff {value:g}%: {why}", text.replace("{sentence}", sentence),
        {"sanctions": [measure]}, "sanctions[0].tariff_rate_percent",
    )  # fmt: skip


def counted(
    category: str, expect: bool, sentence: str, what: str, value: float, qualifier: str = "exact"
) -> None:
    """An event whose one count is ``value`` of ``what``, backed by ``sentence``."""
    built.count(category, expect, built.page(sentence), sentence, what, value, qualifier)


def kind(expect: bool, before: str, sentence: str, value: str, why: str) -> None:
    """A truce of kind ``value`` backed by ``sentence``, ``before`` a paragraph above it."""
    built.add(
        "truce-carry", expect, f"{value}: {why}", built.page(before, sentence),
        {"ceasefires": [{"kind": value, "evidence": [sentence]}]}, "ceasefires[0].kind",
    )  # fmt: skip


def length(expect: bool, sentence: str, days: float, why: str) -> None:
    """A truce lasting ``days`` days, backed by ``sentence``."""
    built.length("truce-carry", expect, sentence, days, why)


def summary(expect: bool, paragraph: str, text: str, why: str) -> None:
    """A summary ``text`` over a page of ``paragraph``: nothing in it may be unstated."""
    built.add(
        "number-words", expect, why, built.page(paragraph), {"summary": text}, "summary",
        check="unstated",
    )  # fmt: skip


# fmt: off
# --- rate-nouns ----------------------------------------------------------------------------------
rate("rate-nouns", True, "A deal with Vietnam, announced on Wednesday, set a 20% rate on most of its exports.", 20, "set a 20% rate")
rate("rate-nouns", True, "The White House sent notices to Seoul and Taipei on Friday setting 32 percent rates.", 32, "setting 32 percent rates")
rate("rate-nouns", True, "Under the order, Brazilian coffee faces a rate of 40 percent from August.", 40, "a rate of 40 percent")
rate("rate-nouns", True, "The agreement fixes the rate at 15 per cent for most goods.", 15, "fixes the rate at 15 per cent")
rate("rate-nouns", True, "Negotiators settled on an 18% rate for Malaysian chips after two days of talks.", 18, "an 18% rate")
rate("rate-nouns", True, "The president later lowered the rate on Swiss watches to 39%.", 39, "lowered the rate on ... to 39%")
rate("rate-nouns", True, "Canberra's exporters now pay a 10 percent rate, the lowest offered.", 10, "pay a 10 percent rate")
rate("rate-nouns", True, "The rate on Indian textiles will be 26%, the memo said.", 26, "the rate on ... will be 26%")
rate("rate-nouns", True, "Letters dated 9 July set rates of 30% for South Africa and 25% for Lesotho.", 30, "set rates of 30% for ...")
rate("rate-nouns", True, "Ottawa and Mexico City got a flat 12% rate under the new schedule.", 12, "a flat 12% rate")
rate("rate-nouns", True, "The pact cut the rate applied to Thai rice to 19 percent.", 19, "cut the rate applied to ... to 19 percent")
rate("rate-nouns", False, "The deal set a 20% rate, while the country's unemployment rate stayed at 6%.", 6, "6% is the unemployment rate")
rate("rate-nouns", False, "The central bank held its interest rate at 4.5 percent after the deal was signed.", 4.5, "the interest rate")
rate("rate-nouns", False, "The measure drew a 38% approval rate in a poll on Sunday.", 38, "an approval rate")
rate("rate-nouns", False, "The corporate tax rate stays at 21 percent, the finance ministry said.", 21, "the tax rate")
rate("rate-nouns", False, "Factory output grew at a 3% annual rate, before the trade dispute began.", 3, "a growth rate ('annual rate' of output)")
rate("rate-nouns", False, "The mortgage rate climbed to 7.1 percent in the week the deal was signed.", 7.1, "the mortgage rate")
rate("rate-nouns", False, "Youth jobless rates hit 17% in the port cities, officials said.", 17, "jobless rates")
rate("rate-nouns", False, "The lender set a 6% rate on the new farm loans.", 6, "no duty on the page: a loan's rate", text=LOANS)
rate("rate-nouns", False, "The bank's board fixed the rate at 3.25 per cent for savers.", 3.25, "no duty on the page: a savings rate", text=LOANS)
rate("rate-nouns", False, "Borrowers now pay a 9 percent rate on small-business loans.", 9, "no duty on the page", text=LOANS)
rate("rate-nouns", False, "The rate of inflation reached 8 percent in May, the statistics office said.", 8, "the rate of inflation")

# --- former-rates --------------------------------------------------------------------------------
rate("former-rates", False, "The bill would raise the levy on lumber to between 12 and 18 percent, from 6 percent.", 6, "the rate before the change")
rate("former-rates", False, "Seoul plans to lift the duty on steel pipes to somewhere between 20 and 25 per cent, from 8 per cent today.", 8, "from 8 per cent today")
rate("former-rates", False, "Ministers agreed to take the surcharge to 30-35%, from about 15%.", 15, "from about 15%")
rate("former-rates", False, "A 30 percent tariff on tiles begins in May, weeks after a 10 percent surcharge on them expired.", 10, "a surcharge that expired")
rate("former-rates", False, "The ministry imposed a 25 per cent tariff after a 12 per cent surcharge was scrapped.", 12, "a surcharge that was scrapped")
rate("former-rates", False, "A 5% surcharge lapsed last year; the new tariff on glass is 20%.", 5, "a surcharge that lapsed")
rate("former-rates", False, "The duty, a flat forty percent, applies from October, a month after a seven percent levy lapsed.", 7, "a levy that lapsed (words)")
rate("former-rates", False, "Importers will pay a 22% duty once a 9% emergency levy that was lifted in March is gone from the books.", 9, "a levy that was lifted")
rate("former-rates", False, "The 18 percent tariff takes over from a 4 percent duty, which ended on 30 June.", 4, "a duty which ended")
rate("former-rates", False, "Parliament voted to raise the tariff to between 35 and 40 per cent, from 27.5 per cent.", 27.5, "from 27.5 per cent")
rate("former-rates", True, "The bill would raise the levy on lumber to between 12 and 18 percent, from 6 percent.", 18, "the new range's top", qualifier="up_to")
rate("former-rates", True, "A 30 percent tariff on tiles begins in May, weeks after a 10 percent surcharge on them expired.", 30, "the tariff that begins")
rate("former-rates", True, "The ministry imposed a 25 per cent tariff after a 12 per cent surcharge was scrapped.", 25, "the tariff imposed")
rate("former-rates", True, "A 5% surcharge lapsed last year; the new tariff on glass is 20%.", 20, "the new tariff")
rate("former-rates", True, "The duty, a flat forty percent, applies from October, a month after a seven percent levy lapsed.", 40, "the duty that applies")
rate("former-rates", True, "The 18 percent tariff takes over from a 4 percent duty, which ended on 30 June.", 18, "the tariff that takes over")
rate("former-rates", True, "A 12 per cent surcharge on fertiliser was scrapped on Monday, the ministry said.", 12, "the measure itself was lifted", status="lifted")
rate("former-rates", True, "The 8% levy on pears lapsed at midnight, weeks after a 3% fee on apples was dropped.", 8, "the measure itself expired", status="lifted")
rate("former-rates", True, "The 25% tariff lifted prices of imported bicycles by a fifth, dealers said.", 25, "'lifted prices': no ending")
rate("former-rates", True, "Ottawa will raise the tariff to 35 per cent from 25 per cent.", 35, "the new rate")
rate("former-rates", True, "Parliament voted to raise the tariff to between 35 and 40 per cent, from 27.5 per cent.", 40, "the top of the new range", qualifier="up_to")
# --- count-words ---------------------------------------------------------------------------------
counted("count-words", True, "The vote passed 301 to 12, with two dozen members absent.", "members absent", 24)
counted("count-words", True, "Half a dozen journalists were detained at the border crossing.", "journalists detained", 6)
counted("count-words", True, "A dozen villagers were wounded in the raid, the district chief said.", "villagers wounded", 12)
counted("count-words", True, "Police said a score of protesters were arrested outside the embassy.", "protesters arrested", 20)
counted("count-words", True, "Three dozen fishing boats were turned back at the strait.", "boats turned back", 36)
counted("count-words", True, "More than a dozen senators signed the letter.", "senators", 12, "more_than")
counted("count-words", True, "Floods have forced more than 40,000 people from their homes in the delta.", "people displaced", 40000, "more_than")
counted("count-words", True, "The offensive drove some 300,000 residents from their homes, the UN said.", "people displaced", 300000, "about")
counted("count-words", True, "The shelling has pushed 250,000 people out of their homes since March.", "people displaced", 250000)
counted("count-words", True, "Air strikes sent 9,000 villagers fleeing toward the coast.", "villagers displaced", 9000)
counted("count-words", True, "The earthquake and the fighting left 50,000 people homeless.", "people displaced", 50000)
counted("count-words", True, "Since January the violence has driven an estimated 70,000 residents out of their villages.", "people displaced", 70000, "about")
counted("count-words", False, "The vote passed 301 to 12, with two dozen members absent.", "members absent", 12)
counted("count-words", False, "Dozens of journalists were detained at the border crossing.", "journalists detained", 12)
counted("count-words", False, "A dozen villagers were wounded in the raid, the district chief said.", "villagers wounded", 24)
counted("count-words", False, "The final score of 3-1 sent 40,000 fans into the streets.", "fans", 20)
counted("count-words", False, "Half a dozen journalists were detained at the border crossing.", "journalists detained", 12)
counted("count-words", False, "Fighting destroyed 4,000 homes and killed 60 people.", "people displaced", 4000)
counted("count-words", False, "The fighting forced 3,000 shops to close and killed 40 people.", "people displaced", 3000)
counted("count-words", False, "Floods damaged 8,000 homes; 300 people were moved to shelters.", "people displaced", 8000)
counted("count-words", False, "Floods have forced more than 40,000 people from their homes in the delta.", "people killed", 40000, "more_than")
counted("count-words", False, "Some 5,000 residents voted from their homes by post, the commission said.", "people displaced", 5000, "about")

# --- count-groups --------------------------------------------------------------------------------
counted("count-groups", False, "Of the 54 member countries, the presence of 31 heads of state was confirmed.", "heads of state present", 54)
counted("count-groups", False, "Of the 27 member states, 19 leaders attended the summit in person.", "leaders attending", 27)
counted("count-groups", False, "Nine of the council's 15 members were present for the vote.", "members present", 15)
counted("count-groups", False, "Two of its 40 staff were injured in the blast, the charity said.", "staff injured", 40)
counted("count-groups", False, "Of the 35 members of the board, 20 voted to approve the plan.", "board members voting in favour", 35)
counted("count-groups", False, "Hamas freed 20 living hostages; the bodies of 28 deceased hostages are to follow.", "living hostages freed", 28)
counted("count-groups", False, "The militia released 12 living captives and handed over the remains of 9 dead captives.", "living captives released", 9)
counted("count-groups", False, "The motion carried 212 to 40, with two dozen members absent.", "members voting against", 24)
counted("count-groups", False, "Lawmakers approved it 88-7, with five senators abstaining.", "senators voting against", 5)
counted("count-groups", False, "Rescuers found 14 surviving miners and 6 dead miners in the shaft.", "dead miners", 14)
counted("count-groups", False, "The assembly met with 40 delegates present and 11 delegates absent.", "delegates present", 11)
counted("count-groups", True, "Of the 54 member countries, the presence of 31 heads of state was confirmed.", "heads of state present", 31)
counted("count-groups", True, "Of the 54 member countries, the presence of 31 heads of state was confirmed.", "member countries", 54)
counted("count-groups", True, "Nine of the council's 15 members were present for the vote.", "council members", 15)
counted("count-groups", True, "Hamas freed 20 living hostages; the bodies of 28 deceased hostages are to follow.", "living hostages freed", 20)
counted("count-groups", True, "Hamas freed 20 living hostages; the bodies of 28 deceased hostages are to follow.", "deceased hostages", 28)
counted("count-groups", True, "The motion carried 212 to 40, with two dozen members absent.", "members absent", 24)
counted("count-groups", True, "Rescuers found 14 surviving miners and 6 dead miners in the shaft.", "surviving miners", 14)
counted("count-groups", True, "The assembly met with 40 delegates present and 11 delegates absent.", "delegates present", 40)
counted("count-groups", True, "Of the 35 members of the board, 20 voted to approve the plan.", "board members", 35)
counted("count-groups", True, "Every one of the 19 judges sat for the hearing, the court said.", "judges sitting", 19)
counted("count-groups", True, "The bill was backed by all 52 Green members present.", "Green members in favour", 52)
counted("count-groups", True, "The bodies of 17 soldiers were returned across the line on Sunday.", "soldiers' bodies returned", 17)

# --- truce-carry ---------------------------------------------------------------------------------
AID = "Aid agencies welcomed a humanitarian truce announced on Monday in the east of the country."
kind(True, AID, "By Thursday the truce had been extended by ten days.", "humanitarian", "the truce, said again")
kind(True, AID, "On Friday both sides agreed to prolong the truce for another week.", "humanitarian", "prolong the truce")
kind(True, "A 72-hour humanitarian pause began at dawn on Sunday, the UN said.", "Mediators said the pause was holding despite sporadic gunfire.", "humanitarian", "the pause")
kind(True, "The two navies agreed a maritime truce in the strait last month.", "This truce was renewed on Tuesday for 30 days.", "sea", "this truce")
kind(True, "Kyiv and Moscow agreed an energy ceasefire in March, halting strikes on power plants.", "The ceasefire expired on Monday with no sign of renewal.", "energy_infrastructure", "the ceasefire")
kind(True, "Elders brokered a local truce in the Jebel district last week.", "The extended truce is due to expire on Sunday.", "local", "the extended truce")
kind(True, "A partial ceasefire covering the northern front began on 2 May.", "Both armies accused each other of breaching the ceasefire within hours.", "local", "breaching the ceasefire")
kind(True, "Relief groups asked for a humanitarian ceasefire; it was granted on Tuesday.", "Its organisers said the ceasefire would be reviewed on Friday.", "humanitarian", "the ceasefire")
kind(True, "Both air forces agreed an air truce over the border on 3 March.", "Neither side has flown a sortie since the truce began.", "air", "since the truce began")
kind(True, AID, "The truce, extended on Sunday, now runs until the end of the month.", "humanitarian", "the truce, extended")
kind(False, AID, "On Friday the rival commanders agreed a new ceasefire along the river.", "humanitarian", "a new ceasefire")
kind(False, AID, "A separate truce was agreed on Sunday in the western hills.", "humanitarian", "a separate truce")
kind(False, "A humanitarian pause began on Monday; a local truce followed in Kadugli on Wednesday.", "The truce was extended by five days.", "humanitarian", "two kinds on the page")
kind(False, "Humanitarian aid reached the town on Monday, officials said.", "The truce was extended by a week.", "humanitarian", "no truce qualified: 'humanitarian aid'")
kind(False, AID, "By Friday the truce had been extended by ten days.", "local", "the page's kind is humanitarian")
kind(False, "An air truce over the border began last month.", "The truce at sea was extended on Tuesday.", "air", "the evidence's own kind is sea")
kind(False, "The two sides signed a humanitarian truce in March; it collapsed in May.", "In June a second truce was signed in Doha.", "humanitarian", "a second truce")
kind(False, "Villagers said the shelling stopped on Monday.", "The truce was extended on Thursday.", "local", "no kind anywhere")
length(False, "As the first two weeks ran out, the mediators said the truce had been extended by 10 days.", 14, "the first span, before the extension")
length(False, "When its initial 30 days ended, the ceasefire was prolonged by another 30 days.", 30, "30 days is the extension")
length(False, "The original 72 hours were almost over when the pause was extended by two days.", 3, "the original span")
length(True, "The warring sides agreed a truce of two weeks, which was later extended by ten days.", 14, "the truce's own two weeks")
length(True, "The first truce lasted seven days and was never extended.", 7, "'first truce', not a first span")
length(True, "The truce was extended to 21 days on Tuesday.", 21, "its new length")

# --- number-words --------------------------------------------------------------------------------
summary(True, "Of the 22 member states, 15 heads of state attended, the organisers said.", "Fifteen heads of state attended the summit.", "'Fifteen' for the article's 15")
summary(True, "Fifteen heads of state attended, the organisers said.", "15 heads of state attended.", "15 for the article's 'Fifteen'")
summary(True, "Some 40 delegates walked out of the hall.", "Forty delegates walked out.", "'Forty' for 40")
summary(True, "Twelve ministers signed the text on Friday.", "Twelve ministers signed the text.", "the same word")
summary(True, "The talks ran for three days in Doha.", "Three days of talks were held in Doha.", "'Three' for 'three'")
summary(True, "Negotiators from 27 countries met in Geneva on Tuesday.", "Twenty-seven countries sent negotiators to Geneva.", "'Twenty-seven' for 27")
summary(True, "The court released 11 activists on bail.", "Eleven activists were released on bail.", "'Eleven' for 11")
summary(True, "Eight of the 30 ships were turned back.", "Thirty ships tried to pass; Eight were turned back.", "'Eight' mid-text, capitalised after a semicolon")
summary(True, "The ministers of six countries signed the accord.", "Six countries signed the accord.", "'Six' for 'six'")
summary(True, "Officials counted 100 trucks at the crossing.", "One hundred trucks reached the crossing.", "'One hundred' for 100")
summary(False, "Of the 22 member states, 15 heads of state attended.", "Sixteen heads of state attended.", "16 is never written")
summary(False, "Fifteen heads of state attended, the organisers said.", "16 heads of state attended.", "16 is never written")
summary(False, "Twelve ministers signed the text on Friday.", "Eleven ministers signed the text.", "11 is never written")
summary(False, "The talks ran for three days in Doha.", "Four days of talks were held in Doha.", "4 is never written")
summary(False, "Some 40 delegates walked out of the hall.", "Fifty delegates walked out.", "50 is never written")
summary(False, "Negotiators from 27 countries met in Geneva on Tuesday.", "Twenty-eight countries sent negotiators to Geneva.", "28 is never written")
summary(False, "The court released 11 activists on bail.", "Twelve activists were released on bail.", "12 is never written")
summary(False, "The ministers of six countries signed the accord.", "Seven countries signed the accord.", "7 is never written")
summary(False, "Officials counted 100 trucks at the crossing.", "Two hundred trucks reached the crossing.", "200 is never written")
summary(False, "Fifteen heads of state attended, the organisers said.", "Fifteen heads of state met Mr Okonjo in Abuja.", "'Okonjo' and 'Abuja' are never written")
# fmt: on


def build_cases() -> list[dict[str, Any]]:
    """The set's cases, as written to ``grounding_numbers43.jsonl``."""
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases written to {OUT.name}")
