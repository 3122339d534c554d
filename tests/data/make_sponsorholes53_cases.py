# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Reviewer rvC's probes of parties53 (session 25): new texts aimed at the shapes parties53
made the grounding accept, each with the tempting wrong values beside it
(``grounding_sponsorholes53.jsonl``), by category:

- ``added-verb-sponsor``: "adopted", "extended", "renewed", "slapped" as a sponsor's act: the
  one who refused, failed or only urged another to adopt, the target, a body adopting some
  other text about the measure, one who renewed a call or a threat, stay refused; other word
  orders of the act pass ("extended for six months the sanctions", "adopted, by written
  procedure, the package", "slapped a surtax");
- ``group-word-sponsor``: "they", "the pair", "the two senators" for a list of names: the
  group standing for a plural noun or another list, a pronoun inside reported speech, stay
  refused; the pair named in another word order passes;
- ``adopted-resolution-proposer``: the body adopting a resolution that calls for a truce: the
  body that adopted another text while another party's draft or words call for the truce,
  the body that failed to adopt, stay refused; other word orders pass;
- ``quoted-condition-threat``: a quote a condition follows: one who relays or answers
  another's threat, one who welcomes pressure, stay refused; the threat's own speaker passes;
- ``not-expected-party``: one not expected (due, likely) to attend is no party, in other
  wordings ("isn't expected", "is no longer expected"); one who was not expected but came,
  or who skips one part of a trip but holds the talks, passes.

Run ``python tests/data/make_sponsorholes53_cases.py`` to rebuild it. Every article was
written for this set in its own words; each verdict is what a careful fact-checker reads.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_sponsorholes53.jsonl")

built = SupportCases(
    "sh53",
    leads=[
        "LONDON (Meridian Press) -",
        "By Ines Carvalho, diplomatic editor",
        "THE WEEK IN TRADE | Pacific Ledger",
        "Reporting from the Senate press gallery.",
        "WARSAW, Oct 3 (Vistula Agency) -",
        "Adapted from the evening bulletin of Radio Nord.",
    ],
)
VERB, GROUP = "added-verb-sponsor", "group-word-sponsor"
RESOLUTION, THREAT, ABSENT = (
    "adopted-resolution-proposer",
    "quoted-condition-threat",
    "not-expected-party",
)


def sponsor(category: str, passes: list[str], fails: list[str], *paragraphs: str,
            instrument: str = "executive_action", evidence: str = "") -> None:  # fmt: skip
    """``evidence`` (or else the last paragraph) backs a measure whose sponsor is each name."""
    built.sponsors(
        category, built.page(*paragraphs), evidence or paragraphs[-1], passes, fails, instrument
    )


# added-verb-sponsor: must pass
sponsor(VERB, ["European Union"], [],
        "The European Union extended for another six months the economic sanctions it first imposed on Moscow in 2014.")  # fmt: skip
sponsor(VERB, ["Council"], [],
        "The Council adopted, by written procedure, the 17th package of restrictive measures on Tuesday.")  # fmt: skip
sponsor(VERB, ["Canada"], [],
        "Canada slapped a 100% surtax on electric vehicles made in China, matching a step taken in Washington.")  # fmt: skip
sponsor(VERB, ["United Kingdom"], [],
        "The United Kingdom has extended its ban on Russian oil to products refined from it in third countries.")  # fmt: skip
sponsor(VERB, ["Switzerland"], [],
        "Switzerland renewed the freeze on Russian central bank assets on Wednesday, the finance ministry in Bern said.")  # fmt: skip
sponsor(VERB, ["Mexico"], [],
        "Mexico slapped tariffs of up to 50% on cars, steel and textiles from countries it has no trade deal with.")  # fmt: skip
sponsor(VERB, ["Joe Biden"], [],
        "President Joe Biden renewed the executive order behind the sanctions for another year on Thursday.")  # fmt: skip
sponsor(VERB, ["Australia"], [],
        "Australia has adopted fresh sanctions on 30 Iranian officials, Canberra announced, citing the crackdown on protesters.")  # fmt: skip
sponsor(VERB, ["Japan"], [],
        "Japan on Friday extended the export curbs on Russian steel until March, trade officials in Tokyo said.")  # fmt: skip
sponsor(VERB, ["European Union"], [],
        "After months of wrangling the European Union finally adopted the 18th sanctions package, its first since the summer.")  # fmt: skip
sponsor(VERB, ["Britain"], [],
        "Britain slapped fresh sanctions on three Georgian officials over the crackdown in Tbilisi.")  # fmt: skip
# added-verb-sponsor: must fail
sponsor(VERB, [], ["Serbia"],
        "Serbia has refused to adopt the European Union's sanctions on Russia, despite its candidacy.")  # fmt: skip
sponsor(VERB, [], ["Turkey"],
        "Turkey, which has not adopted Western sanctions, remains a hub for Russian trade.")  # fmt: skip
sponsor(VERB, [], ["Hungary"],
        "Hungary failed to extend its veto on the sanctions package, which envoys agreed on Friday.")  # fmt: skip
sponsor(VERB, [], ["Poland"],
        "Poland urged Brussels to extend the sanctions on Belarus before they lapse in February.")  # fmt: skip
sponsor(VERB, [], ["European Parliament"],
        "The European Parliament adopted a resolution condemning the tariffs Beijing imposed on brandy.")  # fmt: skip
sponsor(VERB, [], ["Kremlin"],
        "The Kremlin renewed its threat of retaliation against the sanctions the bloc agreed on Friday.")  # fmt: skip
sponsor(VERB, [], ["Donald Trump"],
        "Donald Trump extended the deadline for the tariffs by 90 days after a call with Xi Jinping.")  # fmt: skip
sponsor(VERB, [], ["China"],
        "Canada slapped tariffs on steel from China on Monday, Ottawa said.")  # fmt: skip
sponsor(VERB, [], ["Slovakia"],
        "The package that Slovakia had vowed to block was adopted on Friday by the European Union.")  # fmt: skip
sponsor(VERB, [], ["India"],
        "India never adopted the price cap on Russian oil, and its refiners kept buying cargoes.")  # fmt: skip
sponsor(VERB, [], ["Olaf Scholz"],
        "Olaf Scholz renewed his pledge to back the sanctions the Commission proposed.")  # fmt: skip
sponsor(VERB, [], ["Georgia"],
        "Georgia declined to adopt the sanctions imposed by the European Union, its prime minister said.")  # fmt: skip

# group-word-sponsor: must pass
sponsor(GROUP, ["Susan Collins", "Jeanne Shaheen"], [],
        "Susan Collins and Jeanne Shaheen had worked on the text since January. On Monday the pair introduced the bill.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Tom Tugendhat", "Chris Bryant"], [],
        "Tom Tugendhat and Chris Bryant spent the summer gathering signatures. The two MPs tabled the amendment on Tuesday.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Mark Warner", "Marco Rubio"], [],
        "Mark Warner and Marco Rubio, the panel's leaders, said the bill they drafted would close the loophole.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Ron Wyden", "Mike Crapo"], [],
        "Ron Wyden and Mike Crapo rarely work together. This time they introduced the measure within a week.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Bob Menendez", "Lindsey Graham"], [],
        "Bob Menendez and Lindsey Graham briefed reporters. Both senators sponsored the legislation.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Chris Coons", "Thom Tillis"], [],
        "Chris Coons and Thom Tillis met Ukrainian lawmakers in Kyiv. The duo unveiled the bill a week later in Washington.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Donald Trump"], [],
        "Trump has said his tariffs will stay.", "Economists have warned that the levies Donald Trump defended on Sunday, the steep tariffs he imposed on Canada, would raise prices.")  # fmt: skip
sponsor(GROUP, ["Joni Ernst", "Jacky Rosen"], [],
        "Joni Ernst and Jacky Rosen, who lead the caucus, say the bill they wrote will pass.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Amy Klobuchar", "John Cornyn"], [],
        "The bill has backing from Amy Klobuchar and John Cornyn. The two senators introduced it in March.", instrument="bill")  # fmt: skip
sponsor(GROUP, ["Kaja Kallas", "Valdis Dombrovskis"], [],
        "Kaja Kallas and Valdis Dombrovskis spoke to reporters in Brussels. The pair proposed the package on Wednesday.", instrument="bloc_package")  # fmt: skip
sponsor(GROUP, ["Donald Trump"], [], "Donald Trump defended the tariffs he imposed on Canada, calling them a success.")  # fmt: skip
# group-word-sponsor: must fail
sponsor(GROUP, [], ["Ted Cruz", "Mike Lee"],
        "Ted Cruz and Mike Lee lashed out at European governments on Monday. They adopted the 16th package anyway on Friday.", instrument="bloc_package")  # fmt: skip
sponsor(GROUP, [], ["Rand Paul", "Mike Lee"],
        "Rand Paul and Mike Lee said House Republicans had ignored them. They introduced the bill without a hearing.", instrument="bill")  # fmt: skip
sponsor(GROUP, [], ["Keir Starmer", "Emmanuel Macron"],
        "Keir Starmer and Emmanuel Macron criticised the oil majors. They slapped export duties on crude soon after, Moscow said.", instrument="executive_action")  # fmt: skip
sponsor(GROUP, [], ["Mark Carney"],
        "Donald Trump spoke from the Rose Garden on Wednesday.", "Canada's Mark Carney hit back hours later at the sweeping tariffs he unveiled.")  # fmt: skip
sponsor(GROUP, [], ["Anthony Albanese"],
        "Donald Trump addressed reporters at the White House.", "In Canberra, Anthony Albanese called the steel tariffs he imposed unjustified.")  # fmt: skip
sponsor(GROUP, [], ["Chuck Schumer", "Hakeem Jeffries"],
        "Chuck Schumer and Hakeem Jeffries met Republican leaders. They introduced the bill the next day, the Democrats complained.", instrument="bill")  # fmt: skip
sponsor(GROUP, [], ["Jim Risch", "Ben Cardin"],
        "Jim Risch and Ben Cardin questioned the ministers. The two ministers later announced the sanctions in Paris.", instrument="executive_action")  # fmt: skip
sponsor(GROUP, [], ["Bernie Sanders", "Elizabeth Warren"],
        "Bernie Sanders and Elizabeth Warren wrote to the Treasury about the banks. They imposed the penalties in June, regulators later said.", instrument="executive_action")  # fmt: skip
sponsor(GROUP, [], ["Xi Jinping"],
        "Joe Biden met Xi Jinping in Woodside. The export controls he announced a year earlier were not discussed.", instrument="executive_action")  # fmt: skip
sponsor(GROUP, [], ["Dmitry Medvedev", "Sergei Lavrov"],
        "Dmitry Medvedev and Sergei Lavrov condemned the Western allies. They renewed the sanctions for a year on Monday.", instrument="bloc_package")  # fmt: skip

sponsor(GROUP, [], ["Justin Trudeau"], "Donald Trump spoke in Ohio on Tuesday.", "Justin Trudeau condemned the tariffs he imposed on Canadian lumber.")  # fmt: skip


# adopted-resolution-proposer
def resolved(expect: bool, sentence: str, who: str) -> None:
    built.proposer(
        RESOLUTION, expect, sentence, who, f"{who} ({'adopts' if expect else 'not the adopter'})"
    )


Q1 = "The Human Rights Council on Friday passed a motion that calls for a ceasefire in Tigray."
resolved(True, Q1, "Human Rights Council")
Q2 = "The resolution, which the Assembly adopted by 158 votes to nine, demands an immediate ceasefire in Gaza."
resolved(True, Q2, "General Assembly")
Q3 = "The UN Security Council has passed a resolution calling for an immediate ceasefire in Sudan's El Fasher."
resolved(True, Q3, "UN Security Council")
Q4 = "Lawmakers in the European Parliament approved a nonbinding text urging a truce in Gaza, with 312 votes in favour."
resolved(True, Q4, "European Parliament")
Q5 = "The Security Council endorsed a resolution on Monday calling for a ceasefire in Gaza, after Washington dropped its objections."
resolved(True, Q5, "Security Council")
resolved(False, Q5, "United States")
Q6 = "The General Assembly overwhelmingly adopted a resolution that demands a humanitarian truce; Israel's envoy Gilad Erdan tore up a copy."
resolved(True, Q6, "General Assembly")
resolved(False, Q6, "Gilad Erdan")
Q7 = "The Arab League passed a resolution on Sunday urging an immediate truce in Sudan, diplomats in Cairo said."
resolved(True, Q7, "Arab League")
Q8 = "The Security Council passed the text unanimously; it calls on Hamas and Israel to accept a ceasefire."
resolved(True, Q8, "Security Council")
resolved(False, Q8, "Hamas")
Q9 = "The Council of Europe's assembly adopted a resolution calling for a ceasefire in Nagorno-Karabakh, over Azerbaijan's protests."
resolved(False, Q9, "Azerbaijan")
Q10 = "The General Assembly adopted a resolution on Ukraine's abducted children on Monday; a separate draft calling for a truce in Gaza was tabled by Algeria."
resolved(False, Q10, "General Assembly")
Q11 = "Qatar urged an immediate truce after a resolution adopted by the Arab League condemned the strikes."
resolved(False, Q11, "Arab League")
Q12 = "Russia's draft calling for a ceasefire was voted down, and the Council instead adopted a resolution backing the American plan."
resolved(False, Q12, "Security Council")
Q13 = "The Security Council failed to adopt a resolution calling for a ceasefire after Russia cast its veto."
resolved(False, Q13, "Security Council")
resolved(False, Q13, "Russia")
Q14 = "The General Assembly debated a resolution calling for a humanitarian truce for a second day on Tuesday."
resolved(False, Q14, "General Assembly")
Q15 = "The European Parliament adopted a resolution condemning the strikes, while Pope Leo called for a truce."
resolved(False, Q15, "European Parliament")
Q16 = "The African Union passed a resolution on sanctions; its chairman separately demanded a ceasefire in Sudan."
resolved(False, Q16, "African Union")
Q17 = "The Security Council rejected a resolution calling for a ceasefire in Syria on Thursday."
resolved(False, Q17, "Security Council")
Q18 = "The General Assembly adopted a budget resolution on Friday as Egypt and Qatar urged a ceasefire in Gaza."
resolved(False, Q18, "General Assembly")
Q19 = "The Human Rights Council has adopted a resolution calling for a ceasefire, Geneva diplomats said, though Ambassador Chen Xu spoke against it."
resolved(False, Q19, "Chen Xu")
Q20 = "In a rare show of unity, the Security Council unanimously adopted a resolution that demands a truce around El Fasher."
resolved(True, Q20, "Security Council")
Q21 = "The General Assembly on Thursday approved a resolution urging a humanitarian truce in Gaza, by 120 votes to 14, as Jordan had asked."
resolved(True, Q21, "General Assembly")
resolved(False, Q21, "Jordan")
Q22 = "The UN General Assembly has passed a non-binding resolution calling for an immediate ceasefire, the first since the war began."
resolved(True, Q22, "UN General Assembly")


# quoted-condition-threat
def threat(passes: list[str], fails: list[str], *paragraphs: str) -> None:
    sponsor(THREAT, passes, fails, *paragraphs, instrument="threat")


threat(["Wang Wentao"], [], 'Commerce Minister Wang Wentao said Beijing would "fight to the end" if Washington insists on the duties.')  # fmt: skip
threat(["Keir Starmer"], [], 'Keir Starmer told the Commons that Britain would impose "further costs on the Kremlin" if the strikes on Kyiv continued.')  # fmt: skip
threat(["Karoline Leavitt"], [], '"There will be a heavy price to pay" if Tehran restarts enrichment, press secretary Karoline Leavitt told reporters.')  # fmt: skip
threat(["Friedrich Merz"], [], 'Friedrich Merz promised "a response that will hurt" unless Moscow agrees to a ceasefire by Monday.')  # fmt: skip
threat(["Mark Carney"], [], 'Mark Carney vowed "maximum impact" on American exports if the duties are not lifted, speaking in Ottawa.')  # fmt: skip
threat(["Ursula von der Leyen"], [], 'Ursula von der Leyen warned of "robust countermeasures" should the tariffs take effect in August.')  # fmt: skip
threat(["Donald Trump"], [], 'Writing on social media, Donald Trump promised "secondary tariffs" of up to 100% if Moscow fails to agree to a deal within 50 days.')  # fmt: skip
threat(["Kaja Kallas"], [], 'Kaja Kallas promised "a new package within weeks" if Russian drones again cross into Polish airspace.')  # fmt: skip
threat(["Lin Jian"], [], 'Foreign ministry spokesman Lin Jian pledged "resolute countermeasures" if the sale of the jets goes ahead.')  # fmt: skip
threat(["Benjamin Netanyahu"], [], 'Benjamin Netanyahu promised "a very forceful response" if the rocket fire from Lebanon does not stop.')  # fmt: skip
threat([], ["Dmitry Peskov"], 'Dmitry Peskov said the Kremlin had taken note of Donald Trump\'s warning of "very severe consequences" if Moscow does not agree to a truce.')  # fmt: skip
threat([], ["Steve Witkoff"], 'Envoy Steve Witkoff passed on the president\'s promise of "very severe consequences" if Vladimir Putin rejects the deal.')  # fmt: skip
threat([], ["Olaf Scholz"], 'Olaf Scholz quoted Joe Biden as promising "swift and severe costs" if Russia crosses the border.')  # fmt: skip
threat([], ["Volodymyr Zelensky"], 'Volodymyr Zelensky said he would welcome "any pressure on Moscow" if it brings the war closer to an end.')  # fmt: skip
threat([], ["Tom Burke"], 'Analyst Tom Burke said the promise of "crippling tariffs" if India keeps buying Russian oil was unlikely to work.')  # fmt: skip
threat([], ["Narendra Modi"], 'Narendra Modi shrugged off the "secondary tariffs" Washington has promised if Indian refiners keep buying Russian crude.')  # fmt: skip
threat([], ["Lula"], 'Lula called the threat of "a 50% tariff" if Brazil keeps prosecuting Bolsonaro an insult.')  # fmt: skip
threat([], ["Jens Stoltenberg"], 'Asked about Ankara\'s promise of "consequences" if Sweden joins, Jens Stoltenberg said talks would go on.')  # fmt: skip
threat([], ["Sergei Lavrov"], 'Sergei Lavrov said Moscow wanted "a lasting peace" if the West is ready to listen.')  # fmt: skip
threat([], ["Marco Rubio"], 'Marco Rubio dismissed Beijing\'s threat of "resolute countermeasures" if the sale goes ahead.')  # fmt: skip
threat([], ["Wang Yi"], 'Wang Yi told his guests that the threat of "crushing sanctions" unless China cuts its oil purchases would fail.')  # fmt: skip
# Left (review rvC, DECISIONS): 'Antonio Costa said he was "ready to meet anyone" if it helps
# end the war' is still his threat: "ready" in the quote counts as a threatening word
# (actors._THREATENING, older than session 25).


# not-expected-party
def met(expect: bool, sentence: str, who: str, status: str = "scheduled") -> None:
    built.meeting(
        ABSENT,
        expect,
        sentence,
        who,
        f"{who} ({'meets' if expect else 'not expected'})",
        status=status,
    )


A1 = "Xi Jinping will host Vladimir Putin in Beijing on Friday; Narendra Modi isn't expected to attend."
# Left: Putin (the guest of "will host") is refused by remote_parties, older than session 25.
met(False, A1, "Narendra Modi")
A2 = "Keir Starmer will meet Emmanuel Macron in Paris on Thursday, but Giorgia Meloni is no longer expected to attend."
met(True, A2, "Emmanuel Macron")
met(False, A2, "Giorgia Meloni")
A3 = "Lula, who had not been expected to attend, flew in on Sunday and will meet Xi Jinping on Monday."
met(True, A3, "Lula")
met(True, A3, "Xi Jinping")
A4 = "Narendra Modi is not expected to attend the gala dinner but will hold talks with Xi Jinping on Tuesday in Kazan."
met(True, A4, "Narendra Modi")
met(True, A4, "Xi Jinping")
A5 = "Narendra Modi is not expected to travel to Kazan until Tuesday, when he will meet Xi Jinping."
met(True, A5, "Narendra Modi")
A6 = "Recep Tayyip Erdogan will meet Vladimir Putin in Sochi on Monday. Ilham Aliyev is not expected to be present."
met(True, A6, "Vladimir Putin")
met(False, A6, "Ilham Aliyev")
A7 = "Anthony Albanese is due to meet Joe Biden in Washington; Fumio Kishida is now unlikely to travel, Tokyo said."
met(True, A7, "Joe Biden")
met(False, A7, "Fumio Kishida")
A8 = "Pedro Sanchez is set to see Lula in Madrid next week, though Javier Milei, who was invited, is not expected to come."
met(True, A8, "Lula")
met(False, A8, "Javier Milei")
A9 = "Friedrich Merz will receive Donald Tusk in Berlin on Wednesday; Petr Fiala is not scheduled to attend."
# Left: Tusk (the guest of "will receive") is refused by remote_parties, as Putin in A1.
met(False, A9, "Petr Fiala")
A10 = "Shehbaz Sharif will meet Mohammed bin Salman in Riyadh; Asif Ali Zardari will probably not attend."
met(True, A10, "Mohammed bin Salman")
met(False, A10, "Asif Ali Zardari")
A11 = "Emmanuel Macron will meet Olaf Scholz in Paris; Viktor Orban, though, is not expected at the talks."
met(False, A11, "Viktor Orban")
A12 = "Cyril Ramaphosa is scheduled to meet Xi Jinping in Johannesburg. Vladimir Putin is expected to skip the summit."
met(True, A12, "Xi Jinping")
met(False, A12, "Vladimir Putin")
A13 = "Joe Biden will meet Xi Jinping in Lima; Vladimir Putin has ruled out attending."
met(False, A13, "Vladimir Putin")
A14 = "Ursula von der Leyen will meet Keir Starmer in London on Monday; Mark Rutte is not expected to join the talks until Tuesday, when he will meet both."
met(True, A14, "Keir Starmer")
# Left: with "will see Keir Starmer" Starmer is refused by remote_parties, as Putin in A1.


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
