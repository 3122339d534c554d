# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the bystanders-44 set (``grounding_bystanders44.jsonl``): a name near the fact in
another role than the one the fact gives it (an outside check, session 20, check 44's cause 5).
By category:

- ``remote-party``: one named only in a clause of its own beside the meeting's clause (after
  ";", "while", "whereas", "as", ", and", ", but"), whose predicate is a contact at a distance
  or a place elsewhere ("spoke to both by phone", "telephoned", "sent a message", "was
  briefed", "followed the talks from Tokyo", "addressed parliament in Kyiv", "was in
  Jakarta"), is no party of the meeting (must fail); the ones the meeting's clause names ("X
  met Y", "X hosted Y", "talks between X and Y"), one who joins or attends in a clause of its
  own, and one whose phone call or journey sits in a relative clause of the meeting's own
  subject, stay parties (must pass);
- ``apposed-reactor``: a name inside an apposition of the reacting subject ("South Korea, home
  of washer makers Samsung and LG, said ...", "the union, which represents Ford and GM
  workers, said ...") is not the one who reacted (must fail); the subject is (must pass), and
  so is each member of a list of subjects ("Japan, Korea and Taiwan said ...").
- ``condition-party``: the party of a ``supports_with_conditions`` stance is the subject of the
  clause the condition ("as long as", "only if", "provided that", "unless", "on condition
  that") hangs on; another side named in another clause ("A hailed the deal, while B said it
  would comply as long as ...") or inside the condition ("Israel will hold its fire as long
  as Hamas does") is refused (must fail); the holder, a condition opening its clause ("If
  the blockade is eased, Hamas will ..."), and both of two joint subjects pass;
- ``refused-other``: refusing to speak or publish ("refused to issue a formal statement",
  "declined to comment", "would not say when", "declined to be drawn") is no rejection of
  the proposal: ``rejects`` is refused for a side that accepted it (must fail); a refusal of
  the truce itself ("refused to sign", "declined to join", "turned down", "would not agree")
  keeps ``rejects``, even beside a refusal to comment (must pass).

Run ``python tests/data/make_bystanders44_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures and bodies in invented
sentences); each verdict is what a careful fact-checker reads in the text, decided when the
case was written.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_bystanders44.jsonl")

LEADS = [
    "LISBON, May 12 (Atlantic Wire) -",
    "The Steppe Herald | Region",
    "From our correspondent in Hanoi:",
    "Evening bulletin, world desk",
    "ABUJA (Savanna Press) --",
    "Nordlys Daily / Foreign",
]
built = SupportCases("bys44", LEADS)
OK, NO = True, False
party = partial(built.meeting, "remote-party")
react = partial(built.reaction, "apposed-reactor")
cond = partial(built.stance_party, "condition-party")
rej = partial(built.stance, "refused-other")

# --- remote-party: one who phoned, watched, was briefed or was elsewhere ---------------------


def pair_party(expect: bool, sentence: str, parties: list[str], checked: int, why: str) -> None:
    """A summit of ``parties`` backed by ``sentence``; the party at ``checked`` is judged."""
    built.meeting_party("remote-party", expect, parties, checked, [sentence], why)


# one who held another meeting in a clause of their own (session 20 review)
S = "Fumio Kishida met Yoon Suk Yeol in Seoul, while Joe Biden hosted Narendra Modi in Washington."
pair_party(NO, S, ["Fumio Kishida", "Joe Biden"], 1, "Biden hosted another leader elsewhere")
pair_party(OK, S, ["Fumio Kishida", "Yoon Suk Yeol"], 1, "Yoon is the one Kishida met")
S = "Emmanuel Macron received Olaf Scholz in Paris; Giorgia Meloni met Pedro Sanchez in Rome."
pair_party(NO, S, ["Emmanuel Macron", "Giorgia Meloni"], 1, "Meloni's meeting is another")
pair_party(OK, S, ["Emmanuel Macron", "Olaf Scholz"], 1, "Scholz was received")
S = "Ana Costa met Alvaro Reyes in Lisbon, while Dieter Brandt joined them by video from Berlin."
pair_party(OK, S, ["Ana Costa", "Dieter Brandt"], 1, "'joined them': one of the meeting")
S = "At the invitation of President Rumen Radev and Prime Minister Dimitar Glavchev, and King Carl Gustaf of Sweden, President Lee Jae-myung will pay state visits to Bulgaria and Sweden from May 4 to 8."
pair_party(
    OK,
    S,
    ["Lee Jae-myung", "Rumen Radev"],
    0,
    "a list split at ', and': one visit, no other meeting",
)
S = "Tokayev hosted Mirziyoyev in Astana, and Japarov joined both leaders for dinner."
pair_party(OK, S, ["Tokayev", "Japarov"], 1, "'joined both leaders': one of the meeting")
S = "Prime Minister Alvaro Reyes met President Ana Costa in Lisbon; Chancellor Dieter Brandt spoke to both by phone afterwards."
party(NO, S, "Dieter Brandt", "Brandt only phoned the two")
party(OK, S, "Ana Costa", "Costa is met in the meeting's clause")
S = "President Kassym Tokayev hosted President Shavkat Mirziyoyev in Astana while President Sadyr Japarov addressed parliament in Bishkek."
party(NO, S, "Sadyr Japarov", "Japarov was in Bishkek")
party(OK, S, "Shavkat Mirziyoyev", "the one hosted")
party(OK, S, "Kassym Tokayev", "the host")
S = "Chen Wei met Lars Holm in Oslo on Tuesday, as Premier Kenji Ito followed the talks from Tokyo."
party(NO, S, "Kenji Ito", "Ito followed from Tokyo")
party(OK, S, "Lars Holm", "met")
S = "Ministers Tunde Okafor and Aminata Diallo held talks in Abuja; President John Mahama was briefed on the outcome."
party(NO, S, "John Mahama", "Mahama was briefed afterwards")
party(OK, S, "Aminata Diallo", "held talks")
S = "Recep Tayyip Erdogan received Ilham Aliyev in Ankara, and Vladimir Putin telephoned Erdogan shortly after the meeting."
party(NO, S, "Vladimir Putin", "Putin telephoned")
party(OK, S, "Ilham Aliyev", "received")
S = "Giorgia Meloni met Mark Rutte at Palazzo Chigi; Emmanuel Macron sent a message of support to the two leaders."
party(NO, S, "Emmanuel Macron", "Macron sent a message")
S = "Anthony Albanese and Christopher Luxon met in Wellington on Friday while Prabowo Subianto was in Jakarta."
party(NO, S, "Prabowo Subianto", "Prabowo was in Jakarta")
party(OK, S, "Christopher Luxon", "met, listed with Albanese")
S = "Chancellor Petra Weber and President Marek Novak met in Vienna, but Prime Minister Petr Fiala, speaking from Prague, welcomed the meeting."
party(NO, S, "Petr Fiala", "Fiala spoke from Prague")
party(OK, S, "Marek Novak", "met")
S = "Xi Jinping sat down with Lee Jae-myung in Gyeongju, whereas Ishiba Shigeru called Lee by telephone later that evening."
party(NO, S, "Ishiba Shigeru", "Ishiba called by telephone")
party(OK, S, "Lee Jae-myung", "sat down with")
S = "Talks between Sheikh Tamim and Masoud Pezeshkian opened in Doha; Donald Trump watched from Washington."
party(NO, S, "Donald Trump", "Trump watched from Washington")
party(OK, S, "Masoud Pezeshkian", "talks between")
S = "Luiz Inacio Lula da Silva hosted Gustavo Petro in Brasilia, while Gabriel Boric wrote to both leaders from Santiago."
party(NO, S, "Gabriel Boric", "Boric wrote from Santiago")
party(OK, S, "Gustavo Petro", "hosted")
S = "Ministers Okafor and Diallo held talks in Abuja; President Mahama joined them for lunch."
party(OK, S, "Mahama", "joined them")
S = "Vladimir Putin, who had telephoned Erdogan the week before, met him in Sochi on Friday."
party(OK, S, "Vladimir Putin", "the phone call is in a relative clause; he met")
S = "Paul Kagame met Felix Tshisekedi in Doha after the two had spoken by phone for months."
party(OK, S, "Felix Tshisekedi", "met, the call came before")
S = "Anthony Albanese, who flew in from Canberra, met Christopher Luxon in Wellington."
party(OK, S, "Anthony Albanese", "from Canberra is his journey")
S = "Lula hosted Petro in Brasilia, while Boric also attended the talks."
party(OK, S, "Boric", "attended in a clause of his own")
S = "Petra Weber spoke with Marek Novak by phone on Monday and met him in Vienna on Thursday."
party(OK, S, "Marek Novak", "met on Thursday")
S = "Foreign ministers Aliyev and Pashinyan initialled the text in April; their deputies met in June."
party(OK, S, "Pashinyan", "in April is a time, not a place elsewhere")
S = "Modi landed in Colombo for the state visit at the invitation of President Dissanayake, and was received at the airport by the Sri Lankan president."
party(OK, S, "Dissanayake", "the one who invited and received him")
S = "The three leaders agreed to meet yearly, but the last summit, held in Chengdu with Premier Li Qiang and President Yoon, was years ago."
party(OK, S, "Li Qiang", "named with the summit in its own clause")

# --- apposed-reactor: a name inside the subject's apposition ---------------------------------
S = "South Korea, home of washer makers Samsung and LG, said it would file a complaint with the World Trade Organization."
react(NO, S, "Samsung", "Samsung is in the apposition", words="said it would file a complaint")
react(OK, S, "South Korea", "the subject", words="said it would file a complaint")
S = "The United Auto Workers, which represents workers at Ford and Stellantis, called the tariffs a lifeline."
react(NO, S, "Ford", "Ford is in the relative clause", words="called the tariffs a lifeline")
react(OK, S, "United Auto Workers", "the subject", words="called the tariffs a lifeline")
S = "Chile, the world's largest copper producer after Peru, said it would seek an exemption."
react(NO, S, "Peru", "Peru is in the apposition", words="said it would seek an exemption")
react(OK, S, "Chile", "the subject", words="said it would seek an exemption")
S = "Airbus, whose rival Boeing won the contract, warned the levy would cost jobs in Toulouse."
react(NO, S, "Boeing", "Boeing is in the relative clause", words="warned the levy would cost jobs")
react(OK, S, "Airbus", "the subject", words="warned the levy would cost jobs")
S = "Kenya, a key buyer of Ugandan sugar, protested the quota on Monday."
react(NO, S, "Uganda", "Uganda is in the apposition", words="protested the quota")
S = "The Steelworkers Federation, an umbrella group for Tata Steel and ArcelorMittal employees, welcomed the decision."
react(NO, S, "Tata Steel", "Tata Steel is in the apposition", words="welcomed the decision")
react(OK, S, "Steelworkers Federation", "the subject", words="welcomed the decision")
S = "Vietnam, which ships most of its shrimp to Japan and the United States, said it would appeal the duties."
react(NO, S, "Japan", "Japan is in the relative clause", words="said it would appeal the duties")
react(OK, S, "Vietnam", "the subject", words="said it would appeal the duties")
S = "Norway, unlike Iceland, rejected the quota outright."
react(NO, S, "Iceland", "unlike Iceland", words="rejected the quota outright")
S = "Brazil, home to meatpackers JBS and Marfrig, vowed to retaliate."
react(NO, S, "JBS", "JBS is in the apposition", words="vowed to retaliate")
react(OK, S, "Brazil", "the subject", words="vowed to retaliate")
S = "Malaysia, the second-largest palm oil exporter behind Indonesia, condemned the ban."
react(NO, S, "Indonesia", "Indonesia is in the apposition", words="condemned the ban")
S = "Japan, South Korea and Taiwan said they would study the measures."
react(OK, S, "South Korea", "one of a list of subjects", words="said they would study the measures")
react(OK, S, "Taiwan", "one of a list of subjects", words="said they would study the measures")
S = "Trade Minister Kim Hyun-woo, who met Tesla executives last week, said Seoul would respond."
react(OK, S, "Kim Hyun-woo", "the subject", words="said Seoul would respond")


# --- condition-party: the party of a condition is the subject of the clause it hangs on ----
W = "supports_with_conditions"
S = "The Fatah movement hailed the deal as a victory, while Islamic Jihad said it would respect the truce as long as Israel did."
cond("Fatah", W, S, NO)
cond("Islamic Jihad", W, S, OK)
S = "Armenia welcomed the text; Azerbaijan said it would sign only if the border was demarcated first."
cond("Armenia", W, S, NO)
cond("Azerbaijan", W, S, OK)
S = "Russia called the plan a step forward, but Ukraine said it would agree on condition that troops withdrew."
cond("Russia", W, S, NO)
cond("Ukraine", W, S, OK)
S = "India accepted the ceasefire without reservation, whereas Pakistan said it would observe it so long as there were no violations."
cond("India", W, S, NO)
cond("Pakistan", W, S, OK)
S = "Israel's cabinet approved the deal; Hezbollah said it would abide by the truce unless Israeli strikes resumed."
cond("Israel", W, S, NO)
cond("Hezbollah", W, S, OK)
S = "Ethiopia signed the accord, but Eritrea said it would comply only if its troops could stay in the border towns."
cond("Ethiopia", W, S, NO)
cond("Eritrea", W, S, OK)
S = "Thailand endorsed the truce, while Cambodia said it would honour it provided that Thai troops pulled back."
cond("Thailand", W, S, NO)
cond("Cambodia", W, S, OK)
S = "Israel said it would hold its fire as long as Hamas did the same."
cond("Hamas", W, S, NO)
cond("Israel", W, S, OK)
S = "Kyiv will accept the freeze only if Moscow pulls back its artillery, officials said."
cond("Russia", W, S, NO)
cond("Ukraine", W, S, OK)
S = "If the blockade is eased, Hamas will observe the truce, a spokesman said, while Egypt urged calm."
cond("Egypt", W, S, NO)
cond("Hamas", W, S, OK)
S = "Provided that Israel lifts the siege, Hamas will honour the truce, its spokesman said in Doha."
cond("Hamas", W, S, OK)
cond("Israel", W, S, NO)
S = "Serbia and Kosovo both said they would implement the plan provided the European Union paid for the border posts."
cond("Kosovo", W, S, OK)
cond("Serbia", W, S, OK)

# --- refused-other: refusing to speak is no rejection of the proposal -----------------------
S = "The Israeli government accepted the proposal as well but refused to issue a formal statement."
rej("Israel", "rejects", S, NO)
rej("Israel", "agreed", S, OK)
S = "Colombia's government agreed to the truce but declined to comment on its length."
rej("Colombia", "rejects", S, NO)
S = "Officials in Addis Ababa signed the accord and would not say when troops would withdraw."
rej("Ethiopia", "rejects", S, NO)
S = "Kinshasa endorsed the plan, though a spokesman declined to be drawn on the timetable."
rej("Congo", "rejects", S, NO)
S = "Rwanda approved the deal but refused to disclose who would monitor it."
rej("Rwanda", "rejects", S, NO)
S = "Venezuela welcomed the plan while its foreign minister refused to give details."
rej("Venezuela", "rejects", S, NO)
S = "Myanmar's junta accepted the ceasefire but wouldn't confirm when it would start."
rej("Myanmar", "rejects", S, NO)
S = "Yemen's Houthis consented to the truce and declined to name their negotiators."
rej("Houthis", "rejects", S, NO)
S = "Iran agreed to the framework, but its delegation refused to discuss enrichment levels in public."
rej("Iran", "rejects", S, NO)
S = "Sudan accepted the humanitarian pause and refused to elaborate on the aid corridors."
rej("Sudan", "rejects", S, NO)
S = "Russia refused to sign the truce and declined to comment further."
rej("Russia", "rejects", S, OK)
S = "Hamas rejected the proposal and refused to issue a statement on it."
rej("Hamas", "rejects", S, OK)
S = "Israel refused to accept the proposal."
rej("Israel", "rejects", S, OK)
S = "Azerbaijan declined to join the ceasefire."
rej("Azerbaijan", "rejects", S, OK)
S = "Hezbollah turned down the plan, and its leaders would not comment on it."
rej("Hezbollah", "rejects", S, OK)
S = "Kyiv refused to halt its strikes and rejected the truce outright."
rej("Ukraine", "rejects", S, OK)
S = "Pakistan would not agree to the ceasefire, officials said."
rej("Pakistan", "rejects", S, OK)
S = "The RSF refused to sign the Jeddah truce and declined to say why."
rej("RSF", "rejects", S, OK)
S = "Caracas spurned the proposal, declining to give reasons."
rej("Venezuela", "rejects", S, OK)
S = "Eritrea refused to observe the ceasefire."
rej("Eritrea", "rejects", S, OK)
# a verb of making public whose object is a thing of the deal refuses the deal (session 20 review)
S = "Hamas refused to release the hostages named in the proposal."
rej("Hamas", "rejects", S, OK)
S = "Israel refused to release the Palestinian prisoners listed in the deal."
rej("Israel", "rejects", S, OK)
S = "The militia refused to give up its weapons under the plan."
rej("militia", "rejects", S, OK)
S = "The junta refused to discuss the proposal, calling it a non-starter."
rej("junta", "rejects", S, OK)
S = "The rebels declined to provide the safe corridors the truce required."
rej("rebels", "rejects", S, OK)


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
    print(f"{len(built.cases)} cases -> {OUT}")
