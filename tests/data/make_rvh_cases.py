# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build review rvH's adversarial set against people25 (a person's role and affiliation read
against what the page says of that person; ``grounding_rvh.jsonl``;
:mod:`summarizer.verification.people.person_rules`), by category:

- ``role-variant``: a correct role the page words another way than people25's cases (acting,
  interim, caretaker, outgoing, "-elect", "served as", "in his capacity as", an abbreviated
  title, a role in a later paragraph, a person with two offices, a caption or byline line),
  next to the tempting wrong ones (a neighbour's office, a past office given as current);
- ``role-neighbour``: two or more people with offices in one sentence or one list; the office
  of the person next to this one must fail, this person's own must pass;
- ``affiliation-dual``: a person tied to two parties ("a Ukrainian-born U.S. senator",
  "Russia's ambassador to the UN", "the EU's top diplomat, a former Estonian prime minister"),
  an envoy posted TO a country, "Kremlin" / "Russia" / "the Russian government" for one side;
- ``affiliation-neighbour``: another person's country, the country visited or met, must fail.

Left out as known limits (the rule reads no tie there, so they pass; see DECISIONS, review
rvH): "CIA director" for Gabbard when a relative clause stands between her name and "is now
the director"; "Commission President" for Costa when the page writes "president of the
European Commission" (other words inside the role); "leader" for Kim Yo Jong beside "leader
Kim Jong Un" (a surname written first); "United States" for "X, a Kremlin aide" (an
apposition's party); "Russia" for "a former U.S. ambassador to Russia" (a former run ties
nothing).

Run ``python tests/data/make_rvh_cases.py`` to rebuild it. Every article below was written for
this set in its own words; each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_rvh.jsonl")

built = SupportCases(
    "rvh",
    leads=[
        "WARSAW (Vistula Press) -",
        "By Tomas Reyes, Staff Writer",
        "From our correspondent in Geneva.",
        "NEWS IN BRIEF | The Harbour Gazette",
        "KYIV, Ukraine -",
    ],
)
VARIANT, NEIGHBOUR = "role-variant", "role-neighbour"
DUAL, AFF_NEIGHBOUR = "affiliation-dual", "affiliation-neighbour"


def person(category: str, name: str, passes: list[str], fails: list[str], *paragraphs: str) -> None:
    """Each value of ``passes`` (``fails``) as the person's role or affiliation over the page."""
    field = "affiliation" if category.startswith("affiliation") else "role"
    built.each(
        category, built.page(*paragraphs), passes, fails, f"people[0].{field}",
        lambda value: {"people": [{"name": name, field: value}]}, f"{name}'s {field}",
    )  # fmt: skip


# role-variant: the correct role worded otherwise
person(VARIANT, "Mykola Tochytskyi", ["acting foreign minister", "Acting Foreign Minister"], ["prime minister"],
       "Acting Foreign Minister Mykola Tochytskyi flew to Berlin on Wednesday, a day after Prime Minister Denys Shmyhal named him to the post.",
       "Tochytskyi said he would stay only until a permanent appointment.")  # fmt: skip
person(VARIANT, "Hanna Lindqvist", ["interim president", "president"], ["chancellor"],
       "The university's board picked Hanna Lindqvist as interim president on Monday. Chancellor Peter Moss welcomed the choice.",
       "Lindqvist, a chemist, takes over next week.")  # fmt: skip
person(VARIANT, "Dick Schoof", ["caretaker prime minister", "prime minister"], ["king"],
       "Dick Schoof, the caretaker prime minister, handed King Willem-Alexander the cabinet's resignation on Tuesday.",
       "Schoof will stay on until a new coalition is formed.")  # fmt: skip
person(VARIANT, "Olaf Scholz", ["outgoing chancellor", "chancellor"], ["foreign minister"],
       "Outgoing Chancellor Olaf Scholz and Foreign Minister Annalena Baerbock attended the summit in Brussels.",
       "Scholz declined to speak to reporters.")  # fmt: skip
person(VARIANT, "Friedrich Merz", ["chancellor-elect", "Chancellor-elect"], ["outgoing chancellor"],
       "Chancellor-elect Friedrich Merz met outgoing Chancellor Olaf Scholz in Berlin to prepare the handover.",
       "Merz is expected to be sworn in next month.")  # fmt: skip
person(VARIANT, "Rachel Reeves", ["Chancellor of the Exchequer", "chancellor"], ["Prime Minister"],
       "The Prime Minister, Keir Starmer, backed the plan on Thursday.",
       "In her budget speech, Rachel Reeves, the Chancellor of the Exchequer, said growth would pick up next year.")  # fmt: skip
person(VARIANT, "Marco Rubio", ["Secretary of State", "national security adviser"], ["Vice President", "defense secretary"],
       "Secretary of State Marco Rubio, who is also serving as national security adviser, met Vice President JD Vance and Defense Secretary Pete Hegseth at the White House.",
       "Rubio left for Geneva the next morning.")  # fmt: skip
person(VARIANT, "Scott Bessent", ["Treasury Secretary", "Secretary"], ["Commerce Secretary"],
       "Treas. Sec. Scott Bessent and Commerce Secretary Howard Lutnick briefed lawmakers.",
       "Bessent said talks with Beijing would resume.")  # fmt: skip
person(VARIANT, "Keith Kellogg", ["Lt. Gen.", "special envoy"], ["Secretary of State"],
       "Retired Lt. Gen. Keith Kellogg, the special envoy, arrived in Kyiv on Thursday, days after Secretary of State Marco Rubio spoke with his Ukrainian counterpart.",
       "Kellogg met military commanders.")  # fmt: skip
person(VARIANT, "Andrii Sybiha", ["foreign minister"], ["president"],
       "Andrii Sybiha met President Alexander Stubb in Helsinki on Friday.",
       "Speaking in his capacity as foreign minister, Sybiha said Kyiv wanted more air defence.")  # fmt: skip
person(VARIANT, "Tulsi Gabbard", ["Director of National Intelligence", "director"], [],
       "Tulsi Gabbard, who served as a congresswoman from Hawaii, is now the director of national intelligence. CIA Director John Ratcliffe sat beside her at the hearing.",
       "Gabbard defended the agency's budget.")  # fmt: skip
person(VARIANT, "Kaja Kallas", ["High Representative", "EU foreign policy chief"], ["prime minister", "Prime Minister"],
       "The EU's top diplomat, Kaja Kallas, a former Estonian prime minister, said the bloc would not recognise the vote. Kallas, the High Representative, spoke after meeting Prime Minister Kristen Michal.",
       "")  # fmt: skip
person(VARIANT, "Lloyd Austin", ["former defense secretary", "former Defense Secretary"], ["Defense Secretary", "defense secretary"],
       "Former Defense Secretary Lloyd Austin testified on Tuesday. His successor, Defense Secretary Pete Hegseth, did not attend.",
       "Austin left the Pentagon in January.")  # fmt: skip
person(VARIANT, "Pete Hegseth", ["Defense Secretary", "Secretary of Defense"], ["former defense secretary"],
       "Former Defense Secretary Lloyd Austin testified on Tuesday. His successor, Defense Secretary Pete Hegseth, did not attend.",
       "Austin left the Pentagon in January.")  # fmt: skip
person(VARIANT, "Radoslaw Sikorski", ["foreign minister", "Foreign Minister"], ["prime minister"],
       "Poland's foreign minister Radoslaw Sikorski, speaking alongside Prime Minister Donald Tusk, said the border would stay shut.",
       "Photo: Radoslaw Sikorski, Polish foreign minister, in Warsaw on Monday.")  # fmt: skip
person(VARIANT, "Ursula von der Leyen", ["Commission President", "president of the European Commission"], ["Council President"],
       "Ursula von der Leyen, president of the European Commission, and Council President Antonio Costa signed the deal.",
       "Von der Leyen called it historic.")  # fmt: skip
person(VARIANT, "Antonio Costa", ["Council President", "President of the European Council"], [],
       "Ursula von der Leyen, president of the European Commission, and Council President Antonio Costa signed the deal.",
       "Costa thanked the negotiators.")  # fmt: skip

person(VARIANT, "Kim Yo Jong", ["vice department director", "sister"], [],
       "Kim Yo Jong, the powerful sister of leader Kim Jong Un, said Pyongyang would not talk to Seoul.",
       "Kim, a vice department director of the ruling party, issued the statement through state media.")  # fmt: skip
person(VARIANT, "Gabriel Attal", ["former prime minister"], [],  # "prime minister" argued: left out
       "Gabriel Attal, who was prime minister for eight months in 2024, now leads the Renaissance group.",
       "Attal said the party would back the budget.")  # fmt: skip
person(VARIANT, "Volker Turk", ["High Commissioner for Human Rights", "UN human rights chief"], ["Secretary-General"],
       "UN human rights chief Volker Turk said the strikes might breach international law. Secretary-General Antonio Guterres called for calm.",
       "Turk, the High Commissioner for Human Rights, asked for access.")  # fmt: skip
person(VARIANT, "Peter Mutharika", ["president-elect", "President-elect"], ["chairperson"],
       "The electoral commission on Wednesday declared Peter Mutharika, candidate of the opposition Democratic Progressive Party, president-elect.",
       'Commission chairperson Annabel Mtalimanja told reporters: "I declare Peter Mutharika as the president-elect of the Republic of Malawi."')  # fmt: skip
person(VARIANT, "Radoslaw Sikorski", ["Deputy Prime Minister", "Foreign Minister", "deputy prime minister and foreign minister"], ["digital affairs minister"],
       "Deputy Prime Minister and Foreign Minister Radoslaw Sikorski spoke after Deputy Prime Minister Krzysztof Gawkowski, the digital affairs minister.",
       "The two men later toured the base.")  # fmt: skip
person(VARIANT, "Sergei Shoigu", ["secretary of the Security Council"], ["defence minister", "Defence Minister"],
       "Defence Minister Andrei Belousov attended the parade. His predecessor, Sergei Shoigu, is now secretary of the Security Council.",
       "Shoigu spoke briefly to state television.")  # fmt: skip

# role-neighbour: a neighbour's office given to this person
person(NEIGHBOUR, "Kristen Michal", ["Prime Minister"], ["President", "foreign minister"],
       "President Alar Karis and Prime Minister Kristen Michal met Foreign Minister Margus Tsahkna on Monday.",
       "Michal said the budget would be balanced.")  # fmt: skip
person(NEIGHBOUR, "Margus Tsahkna", ["foreign minister"], ["Prime Minister", "President"],
       "President Alar Karis and Prime Minister Kristen Michal met Foreign Minister Margus Tsahkna on Monday.",
       "Michal said the budget would be balanced.")  # fmt: skip
person(NEIGHBOUR, "Yulia Svyrydenko", ["prime minister"], ["defence minister"],
       "Yulia Svyrydenko, the prime minister, said on Tuesday that Denys Shmyhal, the defence minister, would present the plan.",
       "Svyrydenko spoke in parliament.")  # fmt: skip
person(NEIGHBOUR, "Denys Shmyhal", ["defence minister"], ["prime minister"],
       "Yulia Svyrydenko, the prime minister, said on Tuesday that Denys Shmyhal, the defence minister, would present the plan.",
       "Svyrydenko spoke in parliament.")  # fmt: skip
person(NEIGHBOUR, "Steve Witkoff", ["special envoy"], ["Secretary of State", "Vice President"],
       "Special envoy Steve Witkoff travelled with Secretary of State Marco Rubio; Vice President JD Vance stayed behind.",
       "Witkoff is due in Moscow on Thursday.")  # fmt: skip
person(NEIGHBOUR, "Yuri Ushakov", ["foreign policy aide", "aide"], ["foreign minister", "spokesman"],
       "Kremlin foreign policy aide Yuri Ushakov said Foreign Minister Sergei Lavrov and spokesman Dmitry Peskov would join the talks.",
       "Ushakov did not say where they would be held.")  # fmt: skip
person(NEIGHBOUR, "Emmanuel Macron", ["President", "president"], ["prime minister", "Prime Minister"],
       "French President Emmanuel Macron hosted British Prime Minister Keir Starmer at the Elysee.",
       "Macron said the two countries would share the cost.")  # fmt: skip
person(NEIGHBOUR, "Mette Frederiksen", ["prime minister"], ["foreign minister"],
       "Denmark's prime minister, Mette Frederiksen, and its foreign minister, Lars Lokke Rasmussen, flew to Nuuk.",
       "Frederiksen said Greenland was not for sale.")  # fmt: skip
person(NEIGHBOUR, "Lars Lokke Rasmussen", ["foreign minister"], ["prime minister"],
       "Denmark's prime minister, Mette Frederiksen, and its foreign minister, Lars Lokke Rasmussen, flew to Nuuk.",
       "Frederiksen said Greenland was not for sale.")  # fmt: skip
person(NEIGHBOUR, "Rosen Zhelyazkov", ["Prime Minister"], ["Speaker", "President"],
       "Speaker Natalia Kiselova opened the session as Prime Minister Rosen Zhelyazkov took his seat; President Rumen Radev was abroad.",
       "Zhelyazkov answered questions for an hour.")  # fmt: skip
person(NEIGHBOUR, "John Healey", ["Defence Secretary"], ["Foreign Secretary", "Home Secretary"],
       "Defence Secretary John Healey will travel with Foreign Secretary Yvette Cooper, while Home Secretary Shabana Mahmood stays in London.",
       "Healey is expected to announce new funding.")  # fmt: skip

person(NEIGHBOUR, "Rand Paul", ["Senator", "senator"], ["President", "president"],
       "Sen. Rand Paul of Kentucky criticised the aid package for Cameroon weeks after President Paul Biya won an eighth term.",
       "Paul said the money would be wasted.")  # fmt: skip
person(NEIGHBOUR, "Paul Biya", ["President"], ["Senator"],
       "Sen. Rand Paul of Kentucky criticised the aid package for Cameroon weeks after President Paul Biya won an eighth term.",
       "Biya, 92, did not respond.")  # fmt: skip

# affiliation-dual: two ties, postings, Kremlin / Russia
person(DUAL, "Vassily Nebenzia", ["Russia", "Russian government"], ["United States"],
       "Russia's ambassador to the UN, Vassily Nebenzia, rejected the draft put forward by U.S. Ambassador Mike Waltz.",
       "Nebenzia called it one-sided.")  # fmt: skip
person(DUAL, "Kaja Kallas", ["EU", "European Union"], ["Russia"],
       "The EU's top diplomat, Kaja Kallas, a former Estonian prime minister, said the bloc would keep sanctions on Russia.",
       "Kallas spoke in Brussels.")  # fmt: skip
person(DUAL, "Dmitry Peskov", ["Kremlin", "Russia"], ["United States", "Ukraine"],
       "Kremlin spokesman Dmitry Peskov told reporters that talks with the United States and Ukraine were on hold.",
       "Peskov did not give a reason.")  # fmt: skip
person(DUAL, "Sergei Lavrov", ["Russia", "Kremlin", "Russian government"], ["Turkey"],
       "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Antalya.",
       "Lavrov said Moscow was open to talks.")  # fmt: skip
person(DUAL, "Keith Kellogg", ["United States"], ["Ukraine", "Russia"],
       "The U.S. envoy to Ukraine, Keith Kellogg, met Russian officials in Riyadh.",
       "Kellogg said the meeting was useful.")  # fmt: skip
person(DUAL, "Bridget Brink", ["United States"], ["Ukraine"],
       "Bridget Brink, the American ambassador in Kyiv, resigned on Friday.",
       "Ukraine's foreign ministry thanked Brink for her work.")  # fmt: skip
person(DUAL, "Mark Rutte", ["NATO"], ["Russia"],
       "NATO Secretary General Mark Rutte, a former Dutch prime minister, warned that Russia was rearming.",
       "Rutte spoke in The Hague.")  # fmt: skip
person(DUAL, "Marco Rubio", ["United States"], ["Russia", "Saudi Arabia"],
       "Rubio, the U.S. secretary of state, met Saudi and Russian officials in Riyadh.",
       "The State Department said Rubio would return on Wednesday.")  # fmt: skip
person(DUAL, "Olena Petrenko", ["United States"], [],
       "Olena Petrenko, a Ukrainian-born U.S. congresswoman, led the delegation.",
       "Petrenko said aid must continue.")  # fmt: skip
person(DUAL, "Nikolai Patrushev", ["Russia", "Kremlin"], [],
       "Nikolai Patrushev, a Kremlin aide, said U.S. negotiators had not made an offer.",
       "Patrushev spoke to state media.")  # fmt: skip
person(DUAL, "Maria Zakharova", ["Russia", "Russian Foreign Ministry"], ["Ukraine"],
       "Russian Foreign Ministry spokeswoman Maria Zakharova accused Ukraine of stalling.",
       "Zakharova did not give evidence.")  # fmt: skip

person(DUAL, "Michael McFaul", ["United States"], [],
       "Michael McFaul, a former U.S. ambassador to Russia, said the Kremlin was stalling.",
       "McFaul teaches at Stanford.")  # fmt: skip
person(DUAL, "Vladimir Putin", ["Russia", "Kremlin", "Russian government"], ["United States", "Ukraine"],
       "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in the Kremlin for five hours.",
       "Putin made no comment on Ukraine afterwards.")  # fmt: skip

# affiliation-neighbour: another person's party
person(AFF_NEIGHBOUR, "Hakan Fidan", ["Turkey"], ["Russia", "Ukraine"],
       "Turkish Foreign Minister Hakan Fidan hosted Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Andrii Sybiha in Istanbul.",
       "Fidan said both sides agreed to a prisoner swap.")  # fmt: skip
person(AFF_NEIGHBOUR, "Andrii Sybiha", ["Ukraine"], ["Turkey", "Russia"],
       "Turkish Foreign Minister Hakan Fidan hosted Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Andrii Sybiha in Istanbul.",
       "Fidan said both sides agreed to a prisoner swap.")  # fmt: skip
person(AFF_NEIGHBOUR, "Viktor Orban", ["Hungary"], ["EU", "Slovakia"],
       "Hungarian Prime Minister Viktor Orban blocked the EU statement, backed by Slovak Prime Minister Robert Fico.",
       "Orban said Budapest would not pay for the war.")  # fmt: skip
person(AFF_NEIGHBOUR, "Robert Fico", ["Slovakia"], ["Hungary"],
       "Hungarian Prime Minister Viktor Orban blocked the EU statement, backed by Slovak Prime Minister Robert Fico.",
       "Fico flew home that evening.")  # fmt: skip
person(AFF_NEIGHBOUR, "Wang Yi", ["China"], ["United States", "Japan"],
       "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Marco Rubio on the sidelines, a day after talks with Japanese officials.",
       "Wang called the talks candid.")  # fmt: skip
person(AFF_NEIGHBOUR, "Yvette Cooper", ["United Kingdom", "Britain"], ["France", "Germany"],
       "British Foreign Secretary Yvette Cooper met her French and German counterparts in Berlin.",
       "Cooper said the three would coordinate sanctions.")  # fmt: skip
person(AFF_NEIGHBOUR, "Abbas Araghchi", ["Iran"], ["Oman", "United States"],
       "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi before the talks with U.S. envoy Steve Witkoff.",
       "Araghchi said Tehran wanted guarantees.")  # fmt: skip
person(AFF_NEIGHBOUR, "Badr Albusaidi", ["Oman"], ["Iran"],
       "Iranian Foreign Minister Abbas Araghchi met Omani Foreign Minister Badr Albusaidi before the talks with U.S. envoy Steve Witkoff.",
       "Albusaidi hosted the talks.")  # fmt: skip
person(AFF_NEIGHBOUR, "Mark Rutte", ["NATO"], ["Montenegro"],
       "NATO chief Mark Rutte met Montenegrin Prime Minister Milojko Spajic in Podgorica.",
       "Rutte praised the country's reforms.")  # fmt: skip
person(AFF_NEIGHBOUR, "Milojko Spajic", ["Montenegro"], ["NATO"],
       "NATO chief Mark Rutte met Montenegrin Prime Minister Milojko Spajic in Podgorica.",
       "Spajic said membership had paid off.")  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
