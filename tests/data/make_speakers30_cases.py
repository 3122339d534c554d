# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the set of checks 66-67's quote speakers read back through an office or a pronoun
(``grounding_speakers30.jsonl``), by category, each with what must pass and what must fail:

- ``family-first-hyphen``: a family name written first with a hyphenated given name ("Lee
  Jae-myung", "Lai Ching-te") is named later by the family name alone ("Lee opened the
  talks", "Han said"); the other person on the page stays refused;
- ``fronted-office``: an office as the subject after a fronted phrase with no comma ("On NHK
  on Sunday night the prime minister conceded", "In Sydney a visibly emotional Prime
  Minister vowed"), read as the office, not as the phrase's capitalised word; the rival the
  office does not fit stays refused;
- ``office-predicate``: the page gives the office as a predicate ("X has become the
  country's new prime minister", "X is the governor of Pennsylvania") and later speaks by the
  office alone; the other person named stays refused;
- ``government-owner``: "X's coalition", "X's minority government" makes X the head of
  government that a later bare "the prime minister", "the chancellor", "the premier" stands
  for; the other people of the page stay refused.

Run ``python tests/data/make_speakers30_cases.py`` to rebuild it. Every article below was
written for this set from public facts in its own words; each verdict is what a careful
fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_speakers30.jsonl")

built = SupportCases(
    "s30",
    leads=[
        "SEOUL (Peninsula Wire) -",
        "By Hannah Okoro | The Evening Ledger",
        "From our correspondent in Taipei.",
        "WORLD BRIEFING | The Harbour Times",
        "Explainer by Tomas Reyes | Capital Weekly",
    ],
)
HYPHEN, FRONTED, PREDICATE, OWNER = (
    "family-first-hyphen",
    "fronted-office",
    "office-predicate",
    "government-owner",
)


def page(*paragraphs: str) -> str:
    return built.page(*paragraphs)


quotes = built.quotes


# family-first-hyphen: the family name alone names the one the page wrote in full
quotes(HYPHEN, page(
    "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday for their second summit in a month.",
    "Lee opened the talks with a remark about the rain. He then turned serious: \"We cannot choose our neighbours, but we can choose how we live beside them.\"",
    "Ishiba answered in kind. \"Our two countries share more than a sea,\" he said.",
), ("We cannot choose our neighbours", ["Lee Jae-myung"], ["Shigeru Ishiba"]),
   ("Our two countries share more than a sea", ["Shigeru Ishiba"], ["Lee Jae-myung"]))  # fmt: skip
quotes(HYPHEN, page(
    "Conservative candidate Kim Moon-soo conceded the presidential race before dawn on Wednesday, hours before the count confirmed Lee Jae-myung as the winner.",
    "Kim did not wait for the final tally. \"I humbly accept the choice of the people,\" he told reporters at party headquarters.",
    "Lee, speaking later outside the National Assembly, promised to be \"a president for everyone\".",
), ("I humbly accept the choice of the people", ["Kim Moon-soo"], ["Lee Jae-myung"]),
   ("a president for everyone", ["Lee Jae-myung"], ["Kim Moon-soo"]))  # fmt: skip
quotes(HYPHEN, page(
    "Taiwan's President Lai Ching-te used the National Day rally in front of the Presidential Office to restate his line on Beijing, with Kuomintang chairman Eric Chu in the front row.",
    "Lai spoke for about half an hour. \"The Republic of China and the People's Republic of China are not subordinate to each other,\" he said to loud applause.",
    "Chu later told journalists the speech was \"needlessly provocative\".",
), ("are not subordinate to each other", ["Lai Ching-te"], ["Eric Chu"]),
   ("needlessly provocative", ["Eric Chu"], ["Lai Ching-te"]))  # fmt: skip
quotes(HYPHEN, page(
    "Acting President Han Duck-soo was impeached by the National Assembly on Friday, two weeks after taking over from the suspended Yoon Suk-yeol, and Finance Minister Choi Sang-mok stepped in.",
    "\"I respect the decision of the assembly and will await the ruling of the Constitutional Court,\" Han said in a short statement.",
    "Choi, the third leader in a month, urged calm: \"The government will run without a gap.\"",
), ("I respect the decision of the assembly", ["Han Duck-soo"], ["Choi Sang-mok"]),
   ("The government will run without a gap", ["Choi Sang-mok"], ["Han Duck-soo"]))  # fmt: skip
quotes(HYPHEN, page(
    "Premier Cho Jung-tai survived a no-confidence motion in the Legislative Yuan on Tuesday; former Taipei mayor Ko Wen-je, whose party backed the motion, watched from the gallery.",
    "Cho struck a defiant note after the vote. \"The cabinet will keep working for the people, not for the headlines,\" he told lawmakers.",
), ("The cabinet will keep working for the people", ["Cho Jung-tai"], ["Ko Wen-je"]))  # fmt: skip
quotes(HYPHEN, page(
    "National Assembly Speaker Woo Won-shik gaveled through the impeachment motion against Yoon Suk-yeol late on Saturday.",
    "\"Democracy has held,\" Woo told the chamber, as opposition deputies rose to applaud.",
), ("Democracy has held", ["Woo Won-shik"], ["Yoon Suk-yeol"]))  # fmt: skip

# fronted-office: the office after a fronted phrase with no comma is the subject
quotes(FRONTED, page(
    "Prime Minister Keir Starmer's party lost the by-election in Runcorn by six votes to Reform UK, the party led by Nigel Farage.",
    "In Downing Street on Friday evening the prime minister admitted the result hurt. \"We heard the message, and we will deliver faster,\" he said.",
    "On BBC radio the prime minister said: \"People want change they can feel in their pockets.\"",
), ("We heard the message", ["Keir Starmer"], ["Nigel Farage"]),
   ("People want change they can feel", ["Keir Starmer"], ["Nigel Farage"]))  # fmt: skip
quotes(FRONTED, page(
    "Prime Minister Mark Carney met Conservative leader Pierre Poilievre on Parliament Hill on Thursday to brief him on the trade talks.",
    "At a news conference in Ottawa the prime minister was blunt about Washington. \"The old relationship is over,\" he said.",
    "In Question Period the prime minister told MPs: \"We will buy Canadian and build Canadian.\"",
), ("The old relationship is over", ["Mark Carney"], ["Pierre Poilievre"]),
   ("We will buy Canadian and build Canadian", ["Mark Carney"], ["Pierre Poilievre"]))  # fmt: skip
quotes(FRONTED, page(
    "Chancellor Friedrich Merz and his finance minister, Lars Klingbeil, presented the borrowing plan to the Bundestag on Wednesday.",
    "In the Bundestag the chancellor defended the new debt. \"Germany is back, and it is paying for its own security,\" he said.",
), ("Germany is back", ["Friedrich Merz"], ["Lars Klingbeil"]))  # fmt: skip
quotes(FRONTED, page(
    "Prime Minister Shigeru Ishiba's coalition lost its upper house majority on Sunday, and opposition leader Yoshihiko Noda called on him to resign.",
    "On public broadcaster NHK the prime minister apologised to voters. \"We must accept this severe verdict humbly,\" he said.",
    "From his party's headquarters the prime minister later added: \"Leaving now would only create a vacuum.\"",
), ("We must accept this severe verdict humbly", ["Shigeru Ishiba"], ["Yoshihiko Noda"]),
   ("Leaving now would only create a vacuum", ["Shigeru Ishiba"], ["Yoshihiko Noda"]))  # fmt: skip
quotes(FRONTED, page(
    "Governor Gavin Newsom sued President Donald Trump on Monday over the deployment of the National Guard to Los Angeles.",
    "At a briefing in Sacramento the governor accused the White House of inflaming the protests. \"This is a manufactured crisis,\" he said.",
), ("This is a manufactured crisis", ["Gavin Newsom"], ["Donald Trump"]))  # fmt: skip
quotes(FRONTED, page(
    "Prime Minister Anthony Albanese won a second term on Saturday, and Liberal leader Peter Dutton lost his own seat.",
    "In Sydney a visibly tired Prime Minister thanked the volunteers. \"We will not take this trust for granted,\" he said.",
), ("We will not take this trust for granted", ["Anthony Albanese"], ["Peter Dutton"]))  # fmt: skip

quotes(FRONTED, page(
    "President Emmanuel Macron named Sebastien Lecornu as his new prime minister on Tuesday, the fifth in under two years.",
    "Outside the Elysee Palace the president defended his pick. \"He is loyal, he is discreet and he knows the army,\" he told reporters.",
), ("He is loyal, he is discreet", ["Emmanuel Macron"], ["Sebastien Lecornu"]))  # fmt: skip
quotes(FRONTED, page(
    "Chancellor Friedrich Merz travelled to Kyiv by night train to meet President Volodymyr Zelensky.",
    "During a walk through the capital the German chancellor promised more air defence. \"Germany will not look away,\" he said.",
), ("Germany will not look away", ["Friedrich Merz"], ["Volodymyr Zelensky"]))  # fmt: skip

# office-predicate: the office given as a predicate, then the office alone
quotes(PREDICATE, page(
    "Mark Carney has become the country's new prime minister after the Liberals won a fourth term on Monday night.",
    "Conservative leader Pierre Poilievre lost the seat he had held for two decades.",
    "\"We are over the shock of the American betrayal,\" the prime minister told supporters in Ottawa.",
), ("We are over the shock of the American betrayal", ["Mark Carney"], ["Pierre Poilievre"]))  # fmt: skip
quotes(PREDICATE, page(
    "Friedrich Merz became the tenth chancellor of the Federal Republic on Tuesday, after failing in the first round of voting.",
    "His predecessor, Olaf Scholz, watched from the government benches.",
    "\"I accept the vote and thank the house for its trust,\" the chancellor told MPs.",
    "Asked about the failed first round, the chancellor said: \"It was a lesson in humility.\"",
), ("I accept the vote and thank the house", ["Friedrich Merz"], ["Olaf Scholz"]),
   ("It was a lesson in humility", ["Friedrich Merz"], ["Olaf Scholz"]))  # fmt: skip
quotes(PREDICATE, page(
    "Anthony Albanese is the first Australian prime minister in two decades to win back-to-back elections.",
    "Peter Dutton, the Liberal leader, was beaten in Dickson by Labor's Ali France.",
    "In Sydney a visibly emotional Prime Minister vowed to honour the result. \"I make this pledge: we will never take you for granted,\" he said.",
), ("we will never take you for granted", ["Anthony Albanese"], ["Peter Dutton"]))  # fmt: skip
quotes(PREDICATE, page(
    "Shigeru Ishiba is the prime minister who called the snap election, and he now leads a minority government.",
    "Yoshihiko Noda, whose party gained the most seats, ruled out a grand coalition.",
    "\"We will seek cooperation bill by bill,\" the prime minister said on Monday.",
), ("We will seek cooperation bill by bill", ["Shigeru Ishiba"], ["Yoshihiko Noda"]))  # fmt: skip
quotes(PREDICATE, page(
    "Josh Shapiro is the governor of Pennsylvania and, since the arson attack on his residence in April, its most closely guarded official.",
    "Senator John Fetterman visited the damaged mansion on Monday.",
    "\"We will not be intimidated,\" the governor said at the scene.",
    "Later the governor added that the family had been asleep: \"Our kids woke up to smoke.\"",
), ("We will not be intimidated", ["Josh Shapiro"], ["John Fetterman"]),
   ("Our kids woke up to smoke", ["Josh Shapiro"], ["John Fetterman"]))  # fmt: skip
quotes(PREDICATE, page(
    "Keir Starmer remains the prime minister with the largest majority since 1997, yet his party trails in the polls.",
    "Nigel Farage's Reform UK topped a national poll for the first time this week.",
    "\"The public want delivery, not drama,\" the prime minister told the BBC.",
    "\"The test is whether bills come down,\" the prime minister added.",
), ("The public want delivery", ["Keir Starmer"], ["Nigel Farage"]),
   ("The test is whether bills come down", ["Keir Starmer"], ["Nigel Farage"]))  # fmt: skip

quotes(PREDICATE, page(
    "Mette Frederiksen remains the prime minister of Denmark after her party held on in Tuesday's vote, while Lars Lokke Rasmussen stays at the foreign ministry.",
    "\"Greenland is not for sale, and Denmark is not for sale,\" the prime minister said on Wednesday.",
), ("Greenland is not for sale", ["Mette Frederiksen"], ["Lars Lokke Rasmussen"]))  # fmt: skip

# government-owner: the owner of the government is the head of government
quotes(OWNER, page(
    "Donald Tusk's coalition won a confidence vote in the Sejm on Wednesday by 243 votes to 210.",
    "The vote followed Karol Nawrocki's narrow win over the coalition's candidate in the presidential run-off.",
    "\"The challenges ahead are greater than we expected,\" the prime minister told deputies.",
), ("The challenges ahead are greater", ["Donald Tusk"], ["Karol Nawrocki"]))  # fmt: skip
quotes(OWNER, page(
    "Friedrich Merz's cabinet was sworn in on Tuesday, with Lars Klingbeil as finance minister.",
    "The new team met for the first time within hours.",
    "\"We have no time to lose,\" the chancellor said after the meeting.",
    "\"Every minister knows the task,\" the chancellor added.",
), ("We have no time to lose", ["Friedrich Merz"], ["Lars Klingbeil"]),
   ("Every minister knows the task", ["Friedrich Merz"], ["Lars Klingbeil"]))  # fmt: skip
quotes(OWNER, page(
    "Alberto Nunez Feijoo, the opposition leader, demanded an early election on Thursday.",
    "Pedro Sanchez's minority government lost a key budget vote in Congress hours later.",
    "\"We will govern until 2027 with or without a budget,\" the prime minister said.",
), ("We will govern until 2027", ["Pedro Sanchez"], ["Alberto Nunez Feijoo"]))  # fmt: skip
quotes(OWNER, page(
    "Mark Carney's minority government tabled its first budget on Tuesday, with a deficit of close to 80 billion dollars.",
    "Pierre Poilievre's Conservatives called it reckless.",
    "\"This is a budget for a more dangerous world,\" the prime minister told reporters.",
), ("This is a budget for a more dangerous world", ["Mark Carney"], ["Pierre Poilievre"]))  # fmt: skip
quotes(OWNER, page(
    "Christopher Luxon's three-party coalition lost ground in a new poll published on Monday.",
    "Labour, led by Chris Hipkins, moved ahead for the first time since the election.",
    "\"Polls go up and down; we will be judged on results,\" the prime minister said.",
    "\"Inflation is back in the band,\" the prime minister added.",
), ("we will be judged on results", ["Christopher Luxon"], ["Chris Hipkins"]),
   ("Inflation is back in the band", ["Christopher Luxon"], ["Chris Hipkins"]))  # fmt: skip
quotes(OWNER, page(
    "Doug Ford's government pushed its mining bill through the Ontario legislature on Wednesday.",
    "First Nations leaders, including Chief Alvin Fiddler, promised to fight it in court.",
    "\"We are unlocking the Ring of Fire, and we are doing it now,\" the premier told reporters.",
), ("We are unlocking the Ring of Fire", ["Doug Ford"], ["Alvin Fiddler"]))  # fmt: skip

quotes(OWNER, page(
    "Keir Starmer's government set out its immigration white paper on Monday.",
    "Kemi Badenoch, leading the Conservatives, dismissed the plan within the hour.",
    "\"We will take back control of our borders,\" the prime minister told a Downing Street news conference.",
), ("We will take back control of our borders", ["Keir Starmer"], ["Kemi Badenoch"]))  # fmt: skip
quotes(OWNER, page(
    "Viktor Orban's government and Robert Fico's coalition both held out against the sanctions package in Brussels on Thursday.",
    "Talks went on past midnight.",
    "\"We will not pay for a war that is not ours,\" the prime minister said as he left.",
), ("We will not pay for a war", [], ["Viktor Orban", "Robert Fico"]))  # fmt: skip

quotes(OWNER, page(
    "Li Qiang's cabinet approved a new round of trade-in subsidies for household appliances on Friday.",
    "Commerce Minister Wang Wentao will run the scheme with local governments.",
    "\"Domestic demand must become the main engine of growth,\" the premier told the executive meeting.",
), ("Domestic demand must become the main engine", ["Li Qiang"], ["Wang Wentao"]))  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
