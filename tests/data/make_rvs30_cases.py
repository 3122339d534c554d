# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rvs30's set of speakers30's readings (``grounding_rvs30.jsonl``): a quote's
speaker read back through an office or a pronoun, broken both ways, by category:

- ``rv-hyphen-name``: a family name written first before a hyphenated given name, named alone
  later ("Ko looked thin", "Mr Yoon spoke"); refused, the other person of the page and either
  of two people who share the family name ("Lee Jae-myung" and "Lee Jun-seok");
- ``rv-fronted-office``: an office as the subject after a fronted phrase with no comma ("In the
  Commons on Wednesday the Prime Minister rounded on"); refused, an office inside the fronted
  phrase ("After an hour with the president the prime minister told", "On behalf of the
  president the spokeswoman said"), a second holder of the same office, a former holder;
- ``rv-office-predicate``: an office the page gives as a predicate, in more shapes ("has been
  the governor since", "is now the prime minister", "Thailand's new prime minister is X", "X,
  a former banker, became the prime minister"); refused, a "was"/"had become" predicate, the
  prime minister's spokesman, the favourite to become prime minister, a shadow chancellor, a
  nominee for governor;
- ``rv-government-owner``: the owner of a government for a bare "the prime minister", "the
  premier", "the chancellor" ("The government of Donald Tusk", "led by Pedro Sanchez",
  "Chris Minns's Labor government"); refused, a president's government in a country with a
  prime minister ("President Volodymyr Zelensky's government"), a shadow cabinet, a vice
  premier, the chancellor of the exchequer's head of government.

Run ``python tests/data/make_rvs30_cases.py`` to rebuild it. Every article below was written
for this set in its own words (some people and events fictional); each verdict is what a
careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvs30.jsonl")

built = SupportCases(
    "rvs30",
    leads=[
        "BUSAN, Dec 2 (Straits Desk) -",
        "By Priya Nair, political correspondent",
        "LIVE UPDATES | The Northern Courier",
        "Analysis | The Weekend Review",
        "Filed from the press gallery.",
        "NEWS IN BRIEF",
    ],
)
HYPHEN, FRONTED, PREDICATE, OWNER = (
    "rv-hyphen-name",
    "rv-fronted-office",
    "rv-office-predicate",
    "rv-government-owner",
)


def page(*paragraphs: str) -> str:
    return built.page(*paragraphs)


quotes = built.quotes


# rv-hyphen-name: the family name alone for the one the page wrote in full; two of a family
# name are either, so neither
quotes(HYPHEN, page(
    "Former prime minister Han Duck-soo registered as an independent presidential candidate on Friday, a day after stepping down as acting leader.",
    "Han spoke only briefly outside the National Election Commission. \"I will not be a president of one camp,\" he said.",
    "Democratic Party leader Lee Jae-myung called the move \"a betrayal of the caretaker role\".",
), ("I will not be a president of one camp", ["Han Duck-soo"], ["Lee Jae-myung"]),
   ("a betrayal of the caretaker role", [], ["Han Duck-soo"]))  # fmt: skip
quotes(HYPHEN, page(
    "Two of the candidates in this race share a surname: Lee Jae-myung of the Democratic Party and Lee Jun-seok of the small Reform Party.",
    "At the last televised debate on Tuesday night, Lee accused the others of \"dragging the country backwards\".",
    "Lee Jun-seok, the youngest in the field at 40, pressed the point again on Wednesday. \"My generation has been ignored for too long,\" he said.",
), ("dragging the country backwards", [], ["Lee Jae-myung", "Lee Jun-seok"]),
   ("My generation has been ignored", [], ["Lee Jae-myung"]))  # fmt: skip
quotes(HYPHEN, page(
    "Taiwan People's Party founder Ko Wen-je walked out of the Taipei detention centre on bail on Friday, and party chairman Huang Kuo-chang was waiting at the gate.",
    "Ko looked thin and tired. \"I have nothing to be ashamed of,\" he told the crowd of supporters.",
    "Huang said the party would \"stand by its founder until the end\".",
), ("I have nothing to be ashamed of", ["Ko Wen-je"], ["Huang Kuo-chang"]),
   ("stand by its founder until the end", ["Huang Kuo-chang"], ["Ko Wen-je"]))  # fmt: skip
quotes(HYPHEN, page(
    "North Korean leader Kim Jong-un and his sister Kim Yo-jong both issued statements through state media on Sunday.",
    "Kim warned Seoul that \"any provocation will be answered a hundredfold\".",
    "Kim Yo-jong's statement, carried later by KCNA, was shorter. \"We have no interest in talks with Washington,\" she said.",
), ("any provocation will be answered a hundredfold", [], ["Kim Jong-un", "Kim Yo-jong"]),
   ("We have no interest in talks with Washington", [], ["Kim Jong-un"]))  # fmt: skip
quotes(HYPHEN, page(
    "Former president Moon Jae-In appeared at the Jeonju District Court on Tuesday on bribery charges brought by the office of prosecutor Park Young-jin.",
    "Moon did not answer questions on his way in. \"This indictment is political from start to finish,\" he said in a statement his lawyers released afterwards.",
), ("This indictment is political from start to finish", ["Moon Jae-In"], ["Park Young-jin"]))  # fmt: skip
quotes(HYPHEN, page(
    "Cho Jung-tai, Taiwan's premier, presented the special budget to the Legislative Yuan on Thursday. Opposition legislator Fu Kun-chi walked out halfway through the speech.",
    "Cho carried on regardless. Later he told reporters: \"The money for defence is not negotiable.\"",
    "Fu, back in his office, called the bill \"a blank cheque for the executive\".",
), ("The money for defence is not negotiable", ["Cho Jung-tai"], ["Fu Kun-chi"]),
   ("a blank cheque for the executive", [], ["Cho Jung-tai"]))  # fmt: skip
quotes(HYPHEN, page(
    "People Power Party lawmaker Ahn Cheol-soo broke ranks on Thursday and backed the special counsel bill, against the line of party leader Han Dong-hoon.",
    "Ahn did not hide his anger. \"The party cannot defend what happened that night,\" he told reporters in the National Assembly.",
), ("The party cannot defend what happened that night", ["Ahn Cheol-soo"], ["Han Dong-hoon"]))  # fmt: skip
quotes(HYPHEN, page(
    "Vice President Hsiao Bi-khim addressed a forum of European lawmakers in Brussels on Friday, while Legislative Speaker Han Kuo-yu stayed in Taipei.",
    "Hsiao was applauded for a full minute. \"Taiwan will not be intimidated into silence,\" she said.",
), ("Taiwan will not be intimidated into silence", ["Hsiao Bi-khim"], ["Han Kuo-yu"]))  # fmt: skip
quotes(HYPHEN, page(
    "National Assembly Speaker Woo Won-shik closed the plenary session early on Tuesday after opposition floor leader Choo Kyung-ho led his lawmakers out of the chamber.",
    "Woo waited for the room to empty. Then he spoke into the microphone: \"The people's representatives have left, but the people are still watching.\"",
), ("the people are still watching", ["Woo Won-shik"], ["Choo Kyung-ho"]))  # fmt: skip
quotes(HYPHEN, page(
    "Former Seoul mayor Oh Se-hoon and Gyeonggi governor Kim Dong-yeon both visited the flooded districts of Pyeongtaek on Sunday.",
    "Oh arrived first, in rubber boots. He told residents: \"Nobody here will pay for the repairs out of their own pocket.\"",
), ("Nobody here will pay for the repairs", ["Oh Se-hoon"], ["Kim Dong-yeon"]))  # fmt: skip
quotes(HYPHEN, page(
    "Yoon Suk-yeol appeared before the Seoul Central District Court on Monday for the ninth hearing of his insurrection trial. Presiding judge Jee Kui-youn asked him to stand.",
    "Mr Yoon spoke for forty minutes. \"Martial law was a warning, not a coup,\" he told the court.",
), ("Martial law was a warning, not a coup", ["Yoon Suk-yeol"], ["Jee Kui-youn"]))  # fmt: skip

# rv-fronted-office: the office after a fronted phrase; an office inside the phrase is not
# the subject
quotes(FRONTED, page(
    "Prime Minister Kristen Michal and President Alar Karis met the heads of the security services at Kadriorg on Monday.",
    "After an hour with the president the prime minister told reporters: \"Estonia will spend five percent of its economy on defence next year.\"",
    "Karis, speaking separately, called the plan \"the price of our freedom\".",
), ("Estonia will spend five percent", ["Kristen Michal"], ["Alar Karis"]),
   ("the price of our freedom", ["Alar Karis"], ["Kristen Michal"]))  # fmt: skip
quotes(FRONTED, page(
    "President Ferdinand Marcos Jr. stayed in Manila on Sunday and sent his spokeswoman, Claire Castro, to brief reporters on the typhoon response.",
    "On behalf of the president the spokeswoman said: \"Every evacuation centre will have food by tonight.\"",
), ("Every evacuation centre will have food", ["Claire Castro"], ["Ferdinand Marcos Jr."]))  # fmt: skip
quotes(FRONTED, page(
    "Japanese Prime Minister Shigeru Ishiba received Australian Prime Minister Anthony Albanese in Tokyo on Thursday.",
    "At the joint news conference the prime minister said: \"Our two navies will sail together more often.\"",
    "Albanese added that the frigate order was \"the biggest in our history\".",
), ("Our two navies will sail together more often", [], ["Shigeru Ishiba", "Anthony Albanese"]),
   ("the biggest in our history", ["Anthony Albanese"], ["Shigeru Ishiba"]))  # fmt: skip
quotes(FRONTED, page(
    "Prime Minister Shigeru Ishiba and his predecessor as prime minister, Fumio Kishida, sat side by side at the Liberal Democratic Party convention on Sunday.",
    "On the stage in Tokyo the prime minister apologised for the upper house defeat. \"The responsibility is mine alone,\" he said.",
), ("The responsibility is mine alone", ["Shigeru Ishiba"], ["Fumio Kishida"]))  # fmt: skip
quotes(FRONTED, page(
    "Prime Minister Sir Keir Starmer and the Conservative leader, Kemi Badenoch, clashed again over the economy.",
    "In the Commons on Wednesday the Prime Minister rounded on her. \"You crashed the economy and now you want a medal,\" he said.",
), ("You crashed the economy and now you want a medal", ["Keir Starmer"], ["Kemi Badenoch"]))  # fmt: skip
quotes(FRONTED, page(
    "Governor Gavin Newsom signed the redistricting bill in Sacramento on Thursday while Assembly Republican leader James Gallagher watched from the gallery.",
    "At the signing ceremony in the Capitol the governor called the new lines \"a fair fight for a fair map\".",
), ("a fair fight for a fair map", ["Gavin Newsom"], ["James Gallagher"]))  # fmt: skip
quotes(FRONTED, page(
    "Polish Prime Minister Donald Tusk travelled to Kyiv on Tuesday to meet Ukrainian President Volodymyr Zelensky and Ukrainian Prime Minister Yulia Svyrydenko.",
    "During the visit to Kyiv the Polish prime minister promised more air defence. \"Poland will not leave Ukraine alone,\" he said.",
), ("Poland will not leave Ukraine alone", ["Donald Tusk"], ["Yulia Svyrydenko", "Volodymyr Zelensky"]))  # fmt: skip
quotes(FRONTED, page(
    "Prime Minister Mark Carney swore in his new cabinet at Rideau Hall on Friday before Governor General Mary Simon.",
    "At a reception in Ottawa afterwards the prime minister thanked the ministers who had left. \"You served this country well,\" he said.",
), ("You served this country well", ["Mark Carney"], ["Mary Simon"]))  # fmt: skip
quotes(FRONTED, page(
    "Senator Bernie Sanders and Representative Alexandria Ocasio-Cortez drew thousands to a rally in Denver on Saturday.",
    "From a stage outside the state Capitol the senator told the crowd: \"This country belongs to working people.\"",
), ("This country belongs to working people", ["Bernie Sanders"], ["Alexandria Ocasio-Cortez"]))  # fmt: skip
quotes(FRONTED, page(
    "German Chancellor Friedrich Merz and Finance Minister Lars Klingbeil presented the budget together in Berlin on Wednesday.",
    "After a long night of talks with the chancellor the finance minister warned his party: \"There will be no more money for wishes.\"",
), ("There will be no more money for wishes", ["Lars Klingbeil"], ["Friedrich Merz"]))  # fmt: skip

# rv-office-predicate: the office given as a predicate; a past or hoped-for office, or a
# word that only belongs to the office, gives none
quotes(PREDICATE, page(
    "The government's line on the Chagos deal did not change on Thursday. Dan Ellis is the prime minister's official spokesman, and he repeated it twice to lobby journalists.",
    "Later, on a visit to a factory in Hull, the prime minister said: \"This deal protects a base that protects us.\"",
), ("This deal protects a base that protects us", [], ["Dan Ellis"]))  # fmt: skip
quotes(PREDICATE, page(
    "Prime Minister Shigeru Ishiba announced his resignation on Sunday, and Sanae Takaichi is the favourite to become the next prime minister.",
    "\"I have done what I could,\" the prime minister told reporters at his official residence.",
), ("I have done what I could", ["Shigeru Ishiba"], ["Sanae Takaichi"]))  # fmt: skip
quotes(PREDICATE, page(
    "Scott Morrison was the prime minister when the AUKUS pact was signed in 2021.",
    "On Tuesday the prime minister defended it again in Canberra: \"AUKUS is not a gift, it is a partnership.\"",
), ("AUKUS is not a gift", [], ["Scott Morrison"]))  # fmt: skip
quotes(PREDICATE, page(
    "Liz Truss had become the prime minister only seven weeks before her mini-budget sank the pound.",
    "Three years on, the prime minister told the Commons on Monday: \"We will never gamble with the public finances.\"",
), ("We will never gamble with the public finances", [], ["Liz Truss"]))  # fmt: skip
quotes(PREDICATE, page(
    "Rachel Reeves is the chancellor who must find another 20 billion pounds, and Mel Stride is the shadow chancellor who says she cannot.",
    "\"We have chosen stability over gimmicks,\" the chancellor told MPs on Wednesday.",
), ("We have chosen stability over gimmicks", ["Rachel Reeves"], ["Mel Stride"]))  # fmt: skip
quotes(PREDICATE, page(
    "Josh Stein has been the governor of North Carolina since January, and Phil Berger has led the state Senate for fifteen years.",
    "The two men clashed over the hurricane relief bill on Tuesday. \"Western North Carolina cannot wait for politics,\" the governor said.",
), ("Western North Carolina cannot wait for politics", ["Josh Stein"], ["Phil Berger"]))  # fmt: skip
quotes(PREDICATE, page(
    "Sanae Takaichi is now the prime minister, and her leadership rival Shinjiro Koizumi sits in her cabinet.",
    "Her first policy speech to the Diet came on Friday. \"Japan is back,\" the prime minister told lawmakers.",
), ("Japan is back", ["Sanae Takaichi"], ["Shinjiro Koizumi"]))  # fmt: skip
quotes(PREDICATE, page(
    "Thailand's new prime minister is Anutin Charnvirakul, chosen by parliament on Friday after the Constitutional Court removed Paetongtarn Shinawatra.",
    "\"I will dissolve the House within four months,\" the prime minister told reporters.",
), ("I will dissolve the House within four months", ["Anutin Charnvirakul"], ["Paetongtarn Shinawatra"]))  # fmt: skip
quotes(PREDICATE, page(
    "Mark Carney, a former central banker, became the prime minister in March and called an election nine days later. Conservative leader Pierre Poilievre accused him of hiding his plans.",
    "\"We are over the shock of the American betrayal,\" the prime minister said in Windsor, Ontario.",
), ("We are over the shock of the American betrayal", ["Mark Carney"], ["Pierre Poilievre"]))  # fmt: skip
quotes(PREDICATE, page(
    "David Eby, who became the premier of British Columbia in 2022, opened the new hospital wing in Surrey on Monday. Opposition leader John Rustad boycotted the event.",
    "\"We will build what this province needs,\" the premier said.",
), ("We will build what this province needs", ["David Eby"], ["John Rustad"]))  # fmt: skip
quotes(PREDICATE, page(
    "Jack Ciattarelli is the Republican nominee for governor, and he spent Monday campaigning in Newark. Governor Phil Murphy, who cannot run again, signed the state budget the same afternoon.",
    "\"This is the most responsible budget in a generation,\" the governor said.",
), ("This is the most responsible budget", ["Phil Murphy"], ["Jack Ciattarelli"]))  # fmt: skip
quotes(PREDICATE, page(
    "Chris Minns remains the premier after the by-election, and Mark Speakman still leads the Liberal opposition.",
    "\"Voters want us to get on with the job,\" the premier said on Sunday.",
), ("Voters want us to get on with the job", ["Chris Minns"], ["Mark Speakman"]))  # fmt: skip
quotes(PREDICATE, page(
    "Shigeru Ishiba is Japan's prime minister, and Yoshihiko Noda leads the largest opposition party.",
    "\"We will not accept a 25 percent tariff,\" the prime minister told the Diet on Monday.",
), ("We will not accept a 25 percent tariff", ["Shigeru Ishiba"], ["Yoshihiko Noda"]))  # fmt: skip

# rv-government-owner: the government's head for the bare title; a president's, a shadow, an
# opposition, a former or another country's government names no prime minister
quotes(OWNER, page(
    "President Emmanuel Macron's government survived a no-confidence vote in the National Assembly on Thursday by eleven votes, with Marine Le Pen's deputies voting against it.",
    "\"This country needs a budget, not a crisis,\" the prime minister told deputies before the vote.",
), ("This country needs a budget, not a crisis", [], ["Emmanuel Macron", "Marine Le Pen"]))  # fmt: skip
quotes(OWNER, page(
    "Lee Jae-myung's government announced a 30 trillion won stimulus package on Monday.",
    "\"Households are running out of room,\" the prime minister told a cabinet meeting in Seoul.",
), ("Households are running out of room", [], ["Lee Jae-myung"]))  # fmt: skip
quotes(OWNER, page(
    "Lai Ching-te's government sent the special defence budget to the legislature on Thursday.",
    "\"Every dollar will be accounted for,\" the premier told lawmakers.",
), ("Every dollar will be accounted for", [], ["Lai Ching-te"]))  # fmt: skip
quotes(OWNER, page(
    "Keir Starmer's government is bracing for its hardest budget yet. Rachel Reeves, the chancellor, will set it out on Wednesday.",
    "\"Growth is our number one mission,\" the chancellor said in a speech in Leeds.",
), ("Growth is our number one mission", ["Rachel Reeves"], ["Keir Starmer"]))  # fmt: skip
quotes(OWNER, page(
    "Kemi Badenoch's shadow cabinet met on Tuesday to agree its response to the spending review.",
    "\"Every department has been given what it needs,\" the prime minister said in Downing Street.",
), ("Every department has been given what it needs", [], ["Kemi Badenoch"]))  # fmt: skip
quotes(OWNER, page(
    "President Volodymyr Zelensky's government asked parliament on Thursday to extend martial law for another 90 days.",
    "\"The front line decides our calendar,\" the prime minister told lawmakers.",
), ("The front line decides our calendar", [], ["Volodymyr Zelensky"]))  # fmt: skip
quotes(OWNER, page(
    "The government of Donald Tusk won a confidence vote in the Sejm on Wednesday, 243 to 210. Opposition leader Mariusz Blaszczak called the vote \"theatre\".",
    "\"We have a mandate to finish what we started,\" the prime minister said.",
), ("We have a mandate to finish what we started", ["Donald Tusk"], ["Mariusz Blaszczak"]))  # fmt: skip
quotes(OWNER, page(
    "Spain's minority government, led by Pedro Sanchez, lost a key vote in Congress on Tuesday when Carles Puigdemont's Junts party voted against it.",
    "\"We will keep governing until 2027,\" the prime minister said.",
), ("We will keep governing until 2027", ["Pedro Sanchez"], ["Carles Puigdemont"]))  # fmt: skip
quotes(OWNER, page(
    "Mette Frederiksen's three-party government agreed a record defence package on Friday. Liberal Alliance leader Alex Vanopslagh, in opposition, backed it.",
    "\"Denmark must be able to defend itself,\" the prime minister said.",
), ("Denmark must be able to defend itself", ["Mette Frederiksen"], ["Alex Vanopslagh"]))  # fmt: skip
quotes(OWNER, page(
    "Chris Minns's Labor government passed the protest law overnight. Greens MP Sue Higginson called it \"an assault on democracy\".",
    "\"Nobody has the right to intimidate worshippers,\" the premier said.",
), ("Nobody has the right to intimidate worshippers", ["Chris Minns"], ["Sue Higginson"]))  # fmt: skip
quotes(OWNER, page(
    "Friedrich Merz's coalition of conservatives and Social Democrats approved the pension package on Friday after weeks of revolt by young MPs led by Johannes Winkel.",
    "\"Responsibility sometimes means accepting what you do not like,\" the chancellor said.",
), ("Responsibility sometimes means accepting", ["Friedrich Merz"], ["Johannes Winkel"]))  # fmt: skip
quotes(OWNER, page(
    "Mark Carney's minority government tabled its first budget on Tuesday, and Conservative leader Pierre Poilievre promised to vote it down.",
    "\"This is a budget for a generation,\" the prime minister told the Commons.",
), ("This is a budget for a generation", ["Mark Carney"], ["Pierre Poilievre"]))  # fmt: skip
quotes(OWNER, page(
    "Ulf Kristersson's centre-right government cut the tax on petrol again on Thursday. Social Democrat leader Magdalena Andersson said it was a bribe to voters.",
    "\"Families in the countryside need their cars,\" the prime minister said.",
), ("Families in the countryside need their cars", ["Ulf Kristersson"], ["Magdalena Andersson"]))  # fmt: skip
quotes(OWNER, page(
    "China's cabinet, headed by Li Qiang, ordered new support for consumer spending on Friday. Vice Premier He Lifeng will oversee the plan.",
    "\"Consumption must become the main engine of growth,\" the premier told the State Council meeting.",
), ("Consumption must become the main engine", ["Li Qiang"], ["He Lifeng"]))  # fmt: skip
quotes(OWNER, page(
    "Luis Montenegro's minority government survived its budget vote in Lisbon on Tuesday. Chega leader Andre Ventura abstained.",
    "\"Portugal has chosen stability,\" the prime minister said.",
), ("Portugal has chosen stability", ["Luis Montenegro"], ["Andre Ventura"]))  # fmt: skip
quotes(OWNER, page(
    "Sir Keir Starmer's cabinet met in Downing Street on Tuesday as Reform UK leader Nigel Farage toured the Midlands.",
    "\"We will fix the foundations,\" the prime minister said afterwards.",
), ("We will fix the foundations", ["Keir Starmer"], ["Nigel Farage"]))  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
