# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the review set of session 26's stances26 readings (``grounding_rvt.jsonl``, review
rvT): new texts written to break each new reading, by category, each with what must pass and
what must fail:

- ``adder-review``: a measure's sponsor who adds to, widens or draws up it, or acts by such a
  gerund (``measure_verbs``). Must fail: "added" reporting words ("added the levy would hurt",
  "added: the levy is unjust"), one who adds or widens something else near a measure ("added
  200,000 jobs despite Washington's tariffs", "widened its trade surplus despite the
  tariffs"), the one added to a list, one who refuses, welcomes or agrees to lift;
- ``pronoun-sponsor-review``: "he"/"she" for the one person named before it in the sentence
  (``antecedents.named_before``). Must fail: a fronted phrase and a bare comma ("Despite pleas
  from Mark Carney, he imposed", "Asked about Xi Jinping's reply, he"), a country ("The
  pressure on Canada grew; he"), a person told by a common noun after the name ("Meloni's
  chief of staff was sceptical; he", "the premier listened; he");
- ``request-review``: a truce's proposer who asks for it or asks the sides to keep one brought
  in with "a" (``truce_requests``, ``truce_keeping``). Must fail: a truce word past a
  subordinate clause ("asked for more shells because a ceasefire looked distant"), a truce a
  clause after it gives as made ("a truce that Egypt brokered", "a ceasefire Washington had
  brokered", "a pause agreed by Israel"), a truce asked to end;
- ``asked-review``: a party asking for a truce supports it (``stance_requests``). Must fail:
  "asked for the ceasefire to end", "for the ceasefire's suspension", "asked for jets while
  Moscow proposed a ceasefire", "had asked for a ceasefire in May but now rejects one";
- ``score-owner-review`` (counts26's ``score_sides``): a name after a score's "for" that owns
  the one the tally is for ("65 for Ogawa's deputy, Mari Sato", "143 for President Ruto's
  nominee") is no candidate: a count of votes for the owner fails; the plain candidate's
  tally still passes;
- ``dated-review``: a stance verb's subject before a time adverbial (``time_adverbs``). Must
  fail: a preposition's object before the adverbial ("Envoys to Sudan on Friday accepted",
  "Allies of Israel on Monday rejected").

Run ``python tests/data/make_rvt_cases.py`` to rebuild it. Every article below was written for
this set in its own words; each verdict is what a careful fact-checker reads in the text,
decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_rvt.jsonl")

built = SupportCases(
    "rvt",
    leads=[
        "LAGOS (Gulf of Guinea Wire) -",
        "By Ines Okafor, diplomatic editor",
        "EVENING DIGEST | The Fjord Courier",
        "From our correspondent in Nairobi.",
        "WELLINGTON, May 9 (Tasman Desk) -",
    ],
)
ADDER, PRONOUN, REQUEST = "adder-review", "pronoun-sponsor-review", "request-review"
DATED, ASKED = "dated-review", "asked-review"
SCORES = "score-owner-review"  # counts26's score_sides


def sp(
    passes: list[str], fails: list[str], *paragraphs: str, instrument: str = "executive_action"
) -> None:
    """The last paragraph backs a measure whose sponsor is each name (``adder-review``)."""
    built.sponsors(ADDER, built.page(*paragraphs), paragraphs[-1], passes, fails, instrument)


def pr(
    passes: list[str], fails: list[str], *paragraphs: str, instrument: str = "executive_action"
) -> None:
    """The same, for a pronoun's antecedent (``pronoun-sponsor-review``)."""
    built.sponsors(PRONOUN, built.page(*paragraphs), paragraphs[-1], passes, fails, instrument)


def rq(expect: bool, who: str, sentence: str) -> None:
    built.proposer(REQUEST, expect, sentence, who, f"proposer {who}")


def ak(party: str, sentence: str, expect: bool) -> None:
    built.stance(ASKED, party, "supports", sentence, expect)


def dt(party: str, value: str, sentence: str, expect: bool) -> None:
    built.stance(DATED, party, value, sentence, expect)


# adder
sp([], ["Piyush Goyal"], "Piyush Goyal added the levy would hurt India's shrimp farmers most.")  # fmt: skip
sp([], ["Piyush Goyal"], "Piyush Goyal added: the levy is unjust and will be challenged.")  # fmt: skip
sp([], ["Mexico"], "Mexico added 200,000 jobs in May despite Washington's tariffs on its steel.")  # fmt: skip
sp([], ["Vietnam"], "Vietnam added record exports last year despite the tariffs on its furniture.")  # fmt: skip
sp([], ["China"], "China widened its trade surplus with Europe despite the tariffs.")  # fmt: skip
sp([], ["Oleg Deripaska"], "Britain added Oleg Deripaska to its sanctions list in 2022.")  # fmt: skip
sp([], ["Japan"], "Japan did not widen its sanctions, officials in Tokyo said.")  # fmt: skip
sp([], ["Lithuania"], "Lithuania welcomed the decision by Brussels to widen the sanctions.")  # fmt: skip
sp([], ["Seoul"], "Seoul added its voice to the criticism of the tariffs on Korean cars.")  # fmt: skip
sp([], ["Ottawa"], "Ottawa widened the dispute after Washington imposed the tariffs.")  # fmt: skip
sp([], ["Germany"], "Germany added weight to calls for a softer line on the tariffs.")  # fmt: skip
sp([], ["India"], "India added a dozen lawyers to its team fighting the US tariffs.")  # fmt: skip
sp([], ["Iowa"], "Farmers in Iowa were hurt by raising tariffs, one economist said.")  # fmt: skip
sp([], ["Turkey"], "Turkey widened its gap over Greece after the EU imposed tariffs.")  # fmt: skip
sp([], ["Kenya"], "Kenya agreed to lift the duties on Ugandan sugar by June.")  # fmt: skip
sp([], ["Chile"], "Chile added a new copper mine while Washington raised the tariffs.")  # fmt: skip
sp([], ["Poland"], "Poland voted to scrap the tariffs on Ukrainian grain.")  # fmt: skip
sp([], ["Mark Carney"], "Mark Carney added that Washington had imposed the surcharge unlawfully.")  # fmt: skip
sp(["Rishi Sunak"], [], "Rishi Sunak added 50 more Russian entities to the sanctions list on Friday.")  # fmt: skip
sp(["Switzerland"], [], "Switzerland widened its export controls on dual-use goods.")  # fmt: skip
sp(["Canberra"], [], "Canberra added a 10 per cent duty on imported steel pipes.")  # fmt: skip
sp(["Beijing"], [], "Beijing hit back by raising its own tariffs on American soybeans.")  # fmt: skip
sp(["The Treasury"], [], "The Treasury added six shipping firms to its sanctions list.")  # fmt: skip
sp(["Norway"], [], "Norway has widened the sanctions it imposed on Belarus in 2021.")  # fmt: skip
sp(["EU leaders"], [], "EU leaders agreed to impose new duties on Russian fertiliser.")  # fmt: skip
sp(["Brazil"], [], "Brazil retaliated by imposing duties on American films.")  # fmt: skip
sp(["New Zealand"], [], "New Zealand broadened its travel bans to cover 40 more Russian officials.")  # fmt: skip
sp(["Donald Trump"], [], "Donald Trump added a further 10 per cent tariff on Chinese imports on Tuesday.")  # fmt: skip
sp(["South Korea"], [], "South Korea decided to impose anti-dumping duties on Chinese steel plate.")  # fmt: skip
sp(["Ottawa"], [], "Ottawa answered Washington by introducing a 25 per cent surtax on US cars.")  # fmt: skip

# pronoun
pr([], ["Mark Carney"], "Despite pleas from Mark Carney, he imposed the surtax on Canadian steel.")  # fmt: skip
pr([], ["Xi Jinping"], "Asked about Xi Jinping's reply, he announced the tariffs would stand.")  # fmt: skip
pr([], ["Narendra Modi"], "After meeting Narendra Modi, he signed the order raising the levy.")  # fmt: skip
pr([], ["Canada"], "The pressure on Canada grew all week; he imposed the curbs on Friday.")  # fmt: skip
pr([], ["Keir Starmer"], "The pressure on Keir Starmer grew; he has not imposed the curbs yet.")  # fmt: skip
pr([], ["Olaf Scholz"], "A letter from Olaf Scholz arrived, though he who signed the curbs was absent.")  # fmt: skip
pr([], ["Giorgia Meloni"], "Giorgia Meloni's chief of staff was sceptical; he drafted the decree anyway.")  # fmt: skip
pr([], ["Mark Carney"], "Unlike Mark Carney, he imposed the surtax without consulting parliament.")  # fmt: skip
pr([], ["Keir Starmer"], "In a call with Keir Starmer, he threatened new tariffs on British steel.", instrument="threat")  # fmt: skip
pr([], ["Donald Trump"], "When Donald Trump called, the premier listened; he imposed the levy a day later.")  # fmt: skip
pr([], ["Javier Milei"], "Javier Milei's rival was furious, and he ordered the export ban lifted.")  # fmt: skip
pr(["Mark Carney"], [], "Critics had written off Mark Carney; he imposed the surtax within a week.")  # fmt: skip
pr(["Claudia Sheinbaum"], [], "The vote was a test for Claudia Sheinbaum, and she imposed the tariffs the next morning.")  # fmt: skip
pr(["Keir Starmer"], [], "Aides had warned Keir Starmer against it; he imposed the curbs anyway.")  # fmt: skip
pr(["Mark Carney"], [], "Officials briefed Prime Minister Mark Carney overnight, and he announced the surtax at dawn.")  # fmt: skip
pr(["Giorgia Meloni"], [], "Farmers had pressed Giorgia Meloni for weeks; she signed the decree on Monday.")  # fmt: skip
pr(["Pedro Sanchez"], [], "The row put Pedro Sanchez on the spot, but he imposed the levy regardless.")  # fmt: skip
pr(["Emmanuel Macron"], [], "Paris had kept quiet about Emmanuel Macron's plans; he unveiled the tax on Tuesday.")  # fmt: skip
pr(["Javier Milei"], [], "Economists doubted Javier Milei would act, yet he imposed the export duty within days.")  # fmt: skip
pr(["Keir Starmer"], [], "Unions wrote to Keir Starmer twice; he introduced the levy in the spring.")  # fmt: skip
pr(["Mark Carney"], [], "It was a hard week for Mark Carney, though he unveiled the tariffs on schedule.")  # fmt: skip
pr(["Friedrich Merz"], [], "Nobody in Berlin expected much from Friedrich Merz; he introduced the surcharge anyway.")  # fmt: skip
pr(["Claudia Sheinbaum"], [], "Washington's move angered Claudia Sheinbaum; she imposed retaliatory tariffs within hours.")  # fmt: skip

# request
rq(False, "Ukraine", "Ukraine asked for air defence systems so it could resist until any ceasefire.")  # fmt: skip
rq(False, "Kyiv", "Kyiv asked for more shells because a ceasefire looked distant.")  # fmt: skip
rq(False, "Qatar", "Qatar asked both sides to observe a truce that Egypt brokered last week.")  # fmt: skip
rq(False, "Antonio Guterres", "Antonio Guterres urged both sides to respect a ceasefire Washington had brokered.")  # fmt: skip
rq(False, "Qatar", "Qatar asked both sides to observe a pause agreed by Israel last week.")  # fmt: skip
rq(False, "Norway", "Norway asked both sides to respect a ceasefire they signed in June.")  # fmt: skip
rq(False, "Israel", "Israel asked for the ceasefire to end so the offensive could resume.")  # fmt: skip
rq(False, "Israel", "Israel asked for the ceasefire's suspension after the rocket fire.")  # fmt: skip
rq(False, "Kyiv", "Kyiv asked for jets and tanks while Moscow proposed a ceasefire.")  # fmt: skip
rq(False, "Pope Leo", "Pope Leo urged both sides to honour a truce the generals agreed in May.")  # fmt: skip
rq(False, "Hamas", "Hamas asked for guarantees so that a ceasefire would hold.")  # fmt: skip
rq(True, "Egypt", "Egypt asked for a 60-day ceasefire in Gaza on Monday.")  # fmt: skip
rq(True, "Qatar", "Qatar asked the warring sides to observe a 48-hour truce over the holiday.")  # fmt: skip
rq(True, "Antonio Guterres", "Antonio Guterres urged both sides to respect a humanitarian pause during the polio campaign.")  # fmt: skip
rq(True, "Qatar", "Qatar asked both sides to observe a truce over Easter.")  # fmt: skip
rq(True, "Egypt", "Egypt asked for a ceasefire so aid could reach Rafah.")  # fmt: skip
rq(True, "Norway", "Norway asked the parties to respect a truce lasting 72 hours.")  # fmt: skip
rq(True, "Pope Leo", "Pope Leo asked both armies to honour a Christmas truce in the Donbas.")  # fmt: skip
rq(True, "Kenya", "Kenya asked for an immediate truce in Khartoum while talks resumed.")  # fmt: skip
rq(True, "Turkey", "Turkey asked for a 30-day ceasefire, which Moscow rejected.")  # fmt: skip
rq(True, "Brazil", "Brazil asked for a humanitarian ceasefire because aid convoys were stranded.")  # fmt: skip
rq(True, "Antonio Guterres", "Antonio Guterres urged both sides to observe a truce for the holiday.")  # fmt: skip
rq(True, "Ethiopia", "Ethiopia had asked for an unconditional and lasting truce in Tigray.")  # fmt: skip
rq(True, "Malaysia", "Malaysia asked the two armies to respect a 48-hour pause along the border.")  # fmt: skip
rq(True, "Indonesia", "Indonesia asked for a ceasefire to be declared before Ramadan.")  # fmt: skip

# asked
ak("Israel", "Israel asked for the ceasefire to end so the offensive could resume.", False)  # fmt: skip
ak("Israel", "Israel asked for the ceasefire's suspension after the rocket fire.", False)  # fmt: skip
ak("Ukraine", "Ukraine asked for air defence systems so it could resist until any ceasefire.", False)  # fmt: skip
ak("Hamas", "Hamas asked for guarantees so that a ceasefire would hold.", False)  # fmt: skip
ak("Israel", "Israel asked for more time to study the ceasefire text.", False)  # fmt: skip
ak("Russia", "Russia asked for the truce to be scrapped after the drone strike.", False)  # fmt: skip
ak("Lebanon", "Israel asked Lebanon for a ceasefire along the border.", False)  # fmt: skip
ak("Kyiv", "Kyiv asked for jets and tanks while Moscow proposed a ceasefire.", False)  # fmt: skip
ak("Ukraine", "Ukraine asked for an end to the ceasefire talks.", False)  # fmt: skip
ak("Hamas", "Hamas had asked for a ceasefire in May but now rejects one.", False)  # fmt: skip
ak("Sudan", "Sudan asked for proof that a truce would be monitored.", False)  # fmt: skip
ak("Israel", "Israel asked for the ceasefire to be extended by a week.", True)  # fmt: skip
ak("Ukraine", "Ukraine asked for a full ceasefire in the air and at sea.", True)  # fmt: skip
ak("Ukraine", "Ukraine asked for a ceasefire, but Russia refused.", True)  # fmt: skip
ak("Hamas", "Hamas asked for a ceasefire and then asked again a week later.", True)  # fmt: skip
ak("Sudan", "Sudan's government asked for a truce during Ramadan.", True)  # fmt: skip
ak("Egypt", "Egypt asked for a ceasefire so aid could reach Rafah.", True)  # fmt: skip
ak("Colombia", "Colombia asked for a bilateral ceasefire while the talks went on.", True)  # fmt: skip
ak("Armenia", "Armenia asked for the ceasefire to be respected by both sides.", True)  # fmt: skip
ak("Thailand", "Thailand asked for a ceasefire along the border on Sunday.", True)  # fmt: skip
ak("Ethiopia", "Ethiopia requested an immediate truce in Tigray, officials said.", True)  # fmt: skip
ak("Israel", "Israel asked for a brief pause in the fighting to free hostages.", True)  # fmt: skip

# dated
dt("Sudan", "agreed", "Envoys to Sudan on Friday accepted the truce plan drafted in Jeddah.", False)  # fmt: skip
dt("Israel", "rejects", "Allies of Israel on Monday rejected the truce proposal.", False)  # fmt: skip
dt("Congo", "agreed", "The talks with Congo in June failed, and Rwanda on Thursday signed the truce alone.", False)  # fmt: skip
dt("Hamas", "agreed", "Hamas may accept the truce on Monday, mediators said.", False)  # fmt: skip
dt("Qatar", "agreed", "Mediators from Qatar on Sunday said Hamas had accepted the truce.", False)  # fmt: skip
dt("Rwanda", "agreed", "Neighbours of Rwanda on Thursday signed the ceasefire in Nairobi.", False)  # fmt: skip
dt("Hamas", "agreed", "Hamas last Thursday accepted the Egyptian truce proposal.", True)  # fmt: skip
dt("Israel", "agreed", "Israel in January approved the truce deal.", True)  # fmt: skip
dt("Hamas", "agreed", "Hamas on Friday accepted the Qatari truce draft.", True)  # fmt: skip
dt("Ukraine", "agreed", "Ukraine on March 11 accepted the US proposal for a 30-day truce.", True)  # fmt: skip
dt("Azerbaijan", "agreed", "Leaders of Armenia and Azerbaijan on Friday signed the accord.", True)  # fmt: skip
dt("Russia", "rejects", "Russia in March rejected the call for a full ceasefire.", True)  # fmt: skip
dt("Thailand", "agreed", "Thailand late on Monday agreed to the truce brokered by Malaysia.", True)  # fmt: skip
dt("Israel", "agreed", "Israel last Friday accepted the terms of the first phase.", True)  # fmt: skip
dt("ELN", "rejects", "The ELN on August 3 rejected the government's truce offer.", True)  # fmt: skip
dt("Cambodia", "agreed", "Cambodia this week accepted the ceasefire proposed by Kuala Lumpur.", True)  # fmt: skip
dt("Congo", "agreed", "Congo and Rwanda on Friday signed the peace deal in Washington.", True)  # fmt: skip
dt("Houthis", "rejects", "The Houthis on Sunday rejected the truce offered by Washington.", True)  # fmt: skip
dt("Pakistan", "agreed", "Pakistan on May 10 agreed to halt all firing.", True)  # fmt: skip
dt("Rwanda", "agreed", "Friends of Rwanda on Thursday welcomed the accord that Congo signed.", False)  # fmt: skip
dt("Hamas", "agreed", "Talks with Hamas on Monday stalled, and Israel accepted the plan.", False)  # fmt: skip
dt("Israel", "rejects", "Critics of Israel on Monday rejected the truce as too weak.", False)  # fmt: skip
dt("Ukraine", "agreed", "Envoys from Ukraine on Friday said Russia had accepted the truce.", False)  # fmt: skip
dt("Sudan", "agreed", "Mediators for Sudan in June accepted the Jeddah plan.", False)  # fmt: skip
dt("Gaza", "agreed", "Aid agencies in Gaza on Sunday welcomed the pause, which Israel accepted.", False)  # fmt: skip
dt("Cambodia", "agreed", "Diplomats near Cambodia on Tuesday signed nothing; Thailand accepted the truce.", False)  # fmt: skip


def scores(sentence: str, passes: list[tuple[str, float]], fails: list[tuple[str, float]]) -> None:
    """A vote with one count (what, value) backed by ``sentence`` (``score-owner-review``):
    each of ``passes`` is stated by it, each of ``fails`` is not."""
    text = built.page(sentence)
    for expect, (what, value) in verdicts(passes, fails):
        built.fact_counts(SCORES, expect, f"{what} = {value:g}", text, [(what, value, "exact")],
                          [sentence], "2025-10-02", description="the vote")  # fmt: skip


# score-owner-review: a possessive after the score's "for" owns someone else's tally
S = "The prime minister won the runoff by 125 votes to 65 for Ogawa's deputy, Mari Sato."
scores(S, [], [("votes for Ogawa", 65)])
S = "The speaker was elected by 201 votes to 143 for President Ruto's nominee, Amos Kiprop."
scores(S, [], [("votes for Ruto", 143)])
S = "Delegates chose Ana Ferreira as chair by 88 votes to 54 for Lula's former aide, Paulo Costa."
scores(S, [], [("votes for Lula", 54)])
S = "The assembly made Tomas Novak its president, 160 votes to 98 for Babis's candidate, Jana Mala."
scores(S, [], [("votes for Babis", 98)])
S = "In the second round Amira Haddad beat the field with 77 votes to 41 for Macron\u2019s ally, Luc Girard."
scores(S, [], [("votes for Macron", 41)])
S = "Councillors elected Rhys Evans mayor by 23 votes to 19 for Labour's choice, Megan Price."
scores(S, [], [("votes for Labour", 19)])
S = "Senators confirmed the judge by 51 votes to 48 for Schumer's rival pick, Dana Hill."
scores(S, [], [("votes for Schumer", 48)])
S = "The bureau re-elected Ines Duarte by 14 votes to 9 for Governor Reyes's chief of staff, Raul Pena."
scores(S, [], [("votes for Reyes", 9)])
S = "Party members backed Kemi Adeyemi by 5,120 votes to 4,030 for Sunak's protege, Tom Hale."
scores(S, [], [("votes for Sunak", 4030)])
S = "The college named Erik Lund rector by 61 votes to 40 for the Dean's nominee, Sara Holm."
scores(S, [], [("votes for Dean", 40)])
S = "The chamber chose Aiko Mori by 233 votes to 210 for Ishiba's successor as party chief, Ken Abe."
scores(S, [], [("votes for Ishiba", 210)])
S = "The runoff went to Sanae Takaichi by 125 votes to 65 for Junya Ogawa, the opposition's leader."
scores(S, [("votes for Junya Ogawa", 65)], [("votes for Junya Ogawa", 125)])
S = "Lawmakers elected Rosa Quispe by 70 votes to 52 for Luis O'Neill, a former minister."
scores(S, [("votes for Luis O'Neill", 52)], [("votes for Luis O'Neill", 70)])
S = "Ilir Hoxha was elected by 98 votes to 31 for Besa Kola; Kola had 31 votes in the first round too."
scores(S, [("votes for Besa Kola", 31)], [("votes for Ilir Hoxha", 31)])
S = "Sato beat Ogawa by 125 votes to 65 for Ogawa in the final ballot."
scores(S, [("votes for Ogawa", 65)], [("votes for Sato", 65)])
S = "The Storting picked Kari Moen as president by 102 votes to 67 for Per Lie of the Progress Party."
scores(S, [("votes for Per Lie", 67)], [("votes for Per Lie", 102)])
S = "Deputies gave the chair to Oleh Marchenko by 240 votes to 151 for Iryna Kovalenko."
scores(S, [("votes for Iryna Kovalenko", 151)], [("votes for Iryna Kovalenko", 240)])
S = "Members chose the new leader by 3,900 votes to 3,310 for Mark Davies, the party said."
scores(S, [("votes for Mark Davies", 3310)], [("votes for Mark Davies", 3900)])
S = "The council re-elected Amina Yusuf by 29 votes to 11 for Hassan Ali on Thursday."
scores(S, [("votes for Hassan Ali", 11)], [("votes for Hassan Ali", 29)])
S = "Parliament elected Marta Kos speaker by 57 votes to 33 for Janez Hribar, her only rival."
scores(S, [("votes for Janez Hribar", 33)], [("votes for Janez Hribar", 57)])
S = "The assembly confirmed Mateo Ruiz by 131 votes to 97 for Senator Clara Vidal."
scores(S, [("votes for Clara Vidal", 97)], [("votes for Clara Vidal", 131)])


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT.name}")
