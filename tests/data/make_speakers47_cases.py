# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the speakers-47 set (``grounding_speakers47.jsonl``): quotes led in by a stance or
over another's office, and the announcer of a briefing transcript (an outside check, session
23, check 47's causes 3 and 8). By category:

- ``stance-leads``: the quoted words stand in the "that" clause of a stance, not a verb of
  saying ("was of the opinion that", "took the view that", "expressed the hope that", "was
  adamant that", "made it clear that", "believed that", "the tribunal found that"): they are the
  stance's subject's. Refused: another person; a verb of saying inside the clause that gives
  the words to someone else ("believed that Y had called it").
- ``said-bodies``: "the said committee stated" ("said" after "the" is no verb) and "The
  ministry opened an inquiry and said ..." (the coordinated verb's subject is a body) give the
  words to the body the article named. Refused: another body or person.
- ``owned-offices``: "X, Prime Minister Y's special assistant, called it "..."": the owner of
  the office (Y) is not the speaker; X is. A relative clause "who asked not to be named"
  between the subject and "said" does not make "asked" the verb of saying.
- ``answer-labels``: a briefing's answer turn with a title in the brackets ("A (spokesperson
  Lin Jian):") is the bracketed name's; the one the question asks about is not its speaker.
- ``turn-announcers``: a truce reported in a spokesperson's labelled answer turn of a Q&A
  transcript has that spokesperson as ``reported_by``; not the questioner's subject, not the
  one labelled on another turn, not a desk note under the transcript.

Run ``python tests/data/make_speakers47_cases.py`` to rebuild it. Every page below was written
for this set (fictional outlets and people, or real people in invented sentences); each
verdict is what a careful fact-checker reads in the text, decided when the case was written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_speakers47.jsonl")
built = SupportCases("sp47")


def page(outlet: str, *paragraphs: str) -> str:
    return f"{outlet}\n\n" + "\n\n".join(paragraphs) + "\n"


S = "stance-leads"
built.quote(
    S,
    page("Baltic Ledger", 'From Vilnius, the prime minister\'s spokesman, Rokas Petraitis, was of '
         'the opinion that the levy would "hurt our own exporters first", because ports would '
         "lose traffic."),
    "hurt our own exporters first", ["Rokas Petraitis"], ["Ingrida Simonyte"],
)  # fmt: skip
built.quote(
    S,
    page("Andes Wire", 'Finance Minister Lucia Mendez took the view that the bond sale was '
         '"overdue by a year".'),
    "overdue by a year", ["Lucia Mendez"], ["Carlos Ortega"],
)  # fmt: skip
built.quote(
    S,
    page("The Highland Post", 'Fiona Baird, who leads the fishermen\'s federation, remained '
         'adamant that the quota was "a death sentence for the fleet".'),
    "a death sentence for the fleet", ["Fiona Baird"], ["Alister Grant"],
)  # fmt: skip
built.quote(
    S,
    page("Nile Courier", 'Ambassador Hany Farouk expressed the hope that the talks would '
         '"end before the harvest".'),
    "end before the harvest", ["Hany Farouk"], ["Sameh Shoukry"],
)  # fmt: skip
built.quote(
    S,
    page("Pacific Times", 'Labour leader Aroha Ngata made it clear that her party would "not '
         'sign a blank cheque".'),
    "not sign a blank cheque", ["Aroha Ngata"], ["Chris Luxon"],
)  # fmt: skip
built.quote(
    S,
    page("Danube Daily", 'Mayor Gergely Toth believed that the bridge project was "dead in the '
         'water" after the tender failed.'),
    "dead in the water", ["Gergely Toth"], ["Viktor Orban"],
)  # fmt: skip
built.quote(
    S,
    page("Kigali Review", 'The chairwoman of the electoral board, Alice Uwase, is of the view '
         'that the turnout figures are "beyond dispute".'),
    "beyond dispute", ["Alice Uwase"], ["Paul Kagame"],
)  # fmt: skip
built.quote(
    S,
    page("Gulf Observer", 'In Doha, the mediator, Sheikh Faisal Al Thani, voiced the fear that the '
         'truce could "unravel within days".'),
    "unravel within days", ["Faisal Al Thani"], ["Khalil al-Hayya"],
)  # fmt: skip
built.quote(
    S,
    page("Nordic Business", 'Analyst Mette Holm was confident that rates would "stay put until '
         'spring".'),
    "stay put until spring", ["Mette Holm"], ["Jens Nielsen"],
)  # fmt: skip
built.quote(
    S,
    page(
        "Lagos Bulletin",
        'Minister Wale Edun felt that the new tariff was "a fair compromise", aides said.',
    ),
    "a fair compromise",
    [],
    ["Bola Tinubu"],
)  # a tail with its own verb of saying: the aides relay it; the stance is Edun's
built.quote(
    S,
    page(
        "Danube Daily",
        'Mayor Gergely Toth believed that the minister had called the project "dead in the water".',
    ),
    "dead in the water",
    [],
    ["Gergely Toth"],
)  # the words are the minister's: a verb of saying inside the clause
built.quote(
    S,
    page("Andes Wire", 'Lucia Mendez took the view that Carlos Ortega had said the sale was '
         '"overdue by a year".'),
    "overdue by a year", ["Carlos Ortega"], ["Lucia Mendez"],
)  # fmt: skip
built.quote(
    S,
    page("Pacific Times", 'Aroha Ngata spoke after the vote. Chris Luxon, the prime minister, '
         'was adamant that the budget was "the last word".'),
    "the last word", ["Chris Luxon"], ["Aroha Ngata"],
)  # fmt: skip
# fix23b: a name owning an utterance noun inside the "that" clause owns the words; a "like
# X before her" aside is no subject; "held the firm belief that" is a stance.
for outlet, text, words, passes, fails in (
    ("Andes Wire", 'Carlos Ortega is the finance minister. Senator Ines Vidal was adamant that Ortega\'s promise of "no new taxes" had already been broken.', "no new taxes", ["Carlos Ortega"], ["Ines Vidal"]),
    ("Baltic Ledger", 'Prime Minister Ingrida Simonyte believed that opposition leader Rokas Petraitis\'s warning of "a lost decade" was unfair.', "a lost decade", ["Rokas Petraitis"], ["Ingrida Simonyte"]),
    ("Nile Courier", 'Sameh Shoukry spoke on Monday. Ambassador Hany Farouk was convinced that Shoukry\'s remark about "a cold peace" would be misread.', "a cold peace", ["Sameh Shoukry"], ["Hany Farouk"]),
    ("Danube Daily", 'Mayor Gergely Toth, like Viktor Orban before him, was convinced that the bridge was "dead in the water".', "dead in the water", ["Gergely Toth"], ["Viktor Orban"]),
    ("The Highland Post", 'Fiona Baird, unlike Alister Grant, remained adamant that the quota was "a death sentence for the fleet".', "a death sentence for the fleet", ["Fiona Baird"], ["Alister Grant"]),
    ("East Africa Wire", 'President William Ruto held the firm belief that the talks would "bear fruit soon".', "bear fruit soon", ["William Ruto"], ["Raila Odinga"]),
    ("Pacific Times", 'Labour leader Aroha Ngata held the strong view that the budget was "a blank cheque".', "a blank cheque", ["Aroha Ngata"], ["Chris Luxon"]),
):  # fmt: skip
    built.quote(S, page(outlet, text), words, passes, fails)

B = "said-bodies"
built.quote(
    B,
    page("Eurasia Herald", "The postponement was decided on April 9 by the organising committee "
         'of the games. "New dates will be set when travel resumes," the said committee stated '
         "at the time."),
    "New dates will be set when travel resumes,", ["organising committee"], ["Olympic Council"],
)  # fmt: skip
built.quote(
    B,
    page("Tashkent Monitor", "The electoral commission of the republic published the results "
         'on Monday. "No complaint changes the outcome," the said commission declared.'),
    "No complaint changes the outcome,", ["electoral commission"], ["Supreme Court"],
)  # fmt: skip
built.quote(
    B,
    page("Harbour Gazette", "The ruling came from the port authority of Mombasa. \"Fees rise on "
         'July 1," the aforementioned authority announced.'),
    "Fees rise on July 1,", ["port authority"], ["Ministry of Transport"],
)  # fmt: skip
built.quote(
    B,
    page("Trade Digest", "Duties apply from Friday after the Ministry of Industry announced "
         "them on Tuesday.",
         "The ministry opened its inquiry in March and said in an interim finding on June 4 that "
         'imports threatened "serious injury" to domestic mills.'),
    "serious injury", ["Ministry of Industry"], ["European Commission"],
)  # fmt: skip
built.quote(
    B,
    page("Steel Weekly", "The Board of Trade set the new quotas on Monday. The board reviewed "
         'complaints for six months and found that dumping had caused "material harm" to '
         "producers."),
    "material harm", ["Board of Trade"], ["Nucor"],
)  # fmt: skip
built.quote(
    B,
    page("Capital Report", "The Competition Commission fined the three banks on Friday.",
         "The commission heard evidence for a year and concluded in its report that the "
         'cartel had cost savers "hundreds of millions".'),
    "hundreds of millions", ["Competition Commission"], ["the three banks"],
)  # fmt: skip
built.quote(
    B,
    page("Alpine Post", "The Federal Council approved the package on Wednesday. The council "
         'met twice and said the measures were "temporary and targeted".'),
    "temporary and targeted", ["Federal Council"], ["Swiss National Bank"],
)  # fmt: skip
built.quote(
    B,
    page("Trade Digest", "The Ministry of Industry announced the duties on Tuesday. The "
         'European Commission opened its own inquiry and said the move was "regrettable".'),
    "regrettable", ["European Commission"], ["Ministry of Industry"],
)  # fmt: skip
built.quote(
    B,
    page("Eurasia Herald", "The organising committee of the games met on April 9. \"We "
         'regret the delay," the said committee\'s chairman, Timur Aliyev, told reporters.'),
    "We regret the delay,", ["Timur Aliyev"], [],
)  # fmt: skip

built.quote(
    B,
    page("Riverside Record", "The audit office of the city released its review on Monday. The "
         'office examined 40 contracts and stated that controls were "weak throughout".'),
    "weak throughout", ["audit office"], ["city council", "Mayor Ruth Okoye"],
)  # fmt: skip
built.quote(
    B,
    page("Coastal Daily", "The fisheries board met the trawler owners on Friday. The owners "
         'walked out and said the quota was "unworkable".'),
    "unworkable", [], ["fisheries board"],
)  # fmt: skip

OF = "owned-offices"
built.quote(
    OF,
    page("Frontier Times", 'In Kabul, Nasir Ahmadi, Acting Prime Minister Hassan Akhund\'s '
         'special envoy on trade, called the deal a "lifeline" for traders.'),
    "lifeline", ["Nasir Ahmadi"], ["Hassan Akhund"],
)  # fmt: skip
built.quote(
    OF,
    page("Tokyo Ledger", "Kihara Minoru, Prime Minister Ishiba's chief of staff, called the "
         'summit "a turning point".'),
    "a turning point", ["Kihara Minoru"], ["Ishiba Shigeru"],
)  # fmt: skip
built.quote(
    OF,
    page("Capitol Notes", 'Dana Reyes, Governor Walz\'s senior adviser, called the bill '
         '"reckless".'),
    "reckless", ["Dana Reyes"], ["Tim Walz"],
)  # fmt: skip
built.quote(
    OF,
    page("Island Voice", 'Tevita Fifita, King Tupou\'s private secretary, termed the visit '
         '"historic".'),
    "historic", ["Tevita Fifita"], ["Tupou"],
)  # fmt: skip
built.quote(
    OF,
    page("Frontier Times", 'Hassan Akhund, the acting prime minister, called the deal a '
         '"lifeline" and thanked his envoy Nasir Ahmadi.'),
    "lifeline", ["Hassan Akhund"], ["Nasir Ahmadi"],
)  # fmt: skip
built.quote(
    OF,
    page("Valley Chronicle", "A shopkeeper in Chakothi, near the crossing, who asked not to be "
         'named, said trade had stopped. "If the road opens, we eat," he said.'),
    "If the road opens, we eat,", ["A shopkeeper in Chakothi"], ["Omar Abdullah"],
)  # fmt: skip
built.quote(
    OF,
    page("Delta Herald", "A teacher in Sittwe, near the port, who requested anonymity, said "
         'classes had stopped. "The children are afraid," she said.'),
    "The children are afraid,", ["A teacher in Sittwe"], ["Aung San Suu Kyi"],
)  # fmt: skip
built.quote(
    OF,
    page("Delta Herald", "Min Aung Hlaing, who asked the monks for patience, said the "
         'ceasefire would hold. "We keep our word," he said.'),
    "We keep our word,", ["Min Aung Hlaing"], ["A teacher in Sittwe"],
)  # fmt: skip

built.quote(
    OF,
    page("Andes Wire", "Lucia Mendez, Colombia's chief negotiator, called the draft "
         '"a fair start".'),
    "a fair start", ["Lucia Mendez"], ["Gustavo Petro"],
)  # fmt: skip
built.quote(
    OF,
    page("Sahel Post", "Moussa Keita, Interim President Goita's spokesman, termed the accord "
         '"a turning point for Mali".'),
    "a turning point for Mali", ["Moussa Keita"], ["Assimi Goita"],
)  # fmt: skip

A = "answer-labels"
built.quote(
    A,
    page("Briefing transcript", "Q: Will the premier attend the summit?",
         'A (spokesperson Lin Jian): "Information will be released in due course."'),
    "Information will be released in due course.", ["Lin Jian"], ["the premier", "Mao Ning"],
)  # fmt: skip
built.quote(
    A,
    page("Press briefing, 3 June", "Q: Has the president approved the trip?",
         'A (deputy spokeswoman Anna Novak): "The president has not decided."'),
    "The president has not decided.", ["Anna Novak"], ["the president"],
)  # fmt: skip
built.quote(
    A,
    page("Daily briefing", "Question: Is the minister in Ankara?",
         'Answer (Foreign Ministry spokesman Oncu Keceli): "He arrived this morning."'),
    "He arrived this morning.", ["Oncu Keceli"], ["the minister"],
)  # fmt: skip
built.quote(
    A,
    page("Regular press conference", "Q: Did the chancellor call Beijing?",
         'A (government spokesman Steffen Hebestreit): "I cannot confirm any call."'),
    "I cannot confirm any call.", ["Steffen Hebestreit"], ["the chancellor", "Olaf Scholz"],
)  # fmt: skip
built.quote(
    A,
    page("Briefing notes", "Q: Will the king receive the envoy?",
         'A (palace official Somchai Boonma): "An audience is planned for Friday."'),
    "An audience is planned for Friday.", ["Somchai Boonma"], ["the king"],
)  # fmt: skip

built.quote(
    A,
    page("Kremlin transcript", "Q: Will the president meet the envoy?",
         'A (presidential spokesman Dmitry Peskov): "No such meeting is planned."'),
    "No such meeting is planned.", ["Dmitry Peskov"], ["the president"],
)  # fmt: skip
built.quote(
    A,
    page("Ministry briefing", "Q: Is the prime minister aware of the report?",
         'A (spokesperson Ama Mensah): "She has seen it."'),
    "She has seen it.", ["Ama Mensah"], ["the prime minister"],
)  # fmt: skip
built.quote(
    A,
    page("Palace briefing", "Q: Did the queen sign the decree?",
         'Answer (court spokesman Henrik Lund): "The decree was signed on Monday."'),
    "The decree was signed on Monday.", ["Henrik Lund"], ["the queen"],
)  # fmt: skip
built.quote(
    A,
    page("Embassy briefing", "Q: When will the ambassador return?",
         'A (press attache Lucia Ferri): "Within the week."'),
    "Within the week.", ["Lucia Ferri"], ["the ambassador"],
)  # fmt: skip
built.quote(
    A,
    page("Daily briefing", "Q: Will the minister travel?",
         'A (spokesperson Wang Wenbin): "Please stay tuned," he said.'),
    "Please stay tuned,", ["Wang Wenbin"], [],
)  # fmt: skip

# fix23b: one speaking for another in the brackets ("spokesperson X for Minister Y") is the
# speaker; a title before "for" ("Minister for Foreign Affairs Y") is no one of its own.
for outlet, question, label, words, passes, fails in (
    ("Briefing transcript", "Q: Will the premier attend the summit?", "A (spokesperson Lin Jian for Foreign Minister Wang Yi)", "Details will follow.", ["Lin Jian"], ["Wang Yi"]),
    ("Press briefing, 4 May", "Q: Has the president signed the decree?", "A (deputy spokeswoman Anna Novak for President Petr Hala)", "Not yet.", ["Anna Novak"], ["Petr Hala"]),
    ("Government briefing", "Question: Is the minister travelling?", "Answer (press officer Lucia Ferri on behalf of Minister Carlo Neri)", "He leaves on Monday.", ["Lucia Ferri"], ["Carlo Neri"]),
    ("Daily briefing", "Q: Is the envoy in Geneva?", "A (aide Somchai Boonma for Prime Minister Anutin Charnvirakul)", "He arrived this morning.", ["Somchai Boonma"], ["Anutin Charnvirakul"]),
    ("Ministry briefing", "Q: Will the talks resume?", "A (Minister for Foreign Affairs Ana Duarte)", "They resume next week.", ["Ana Duarte"], ["Joao Lourenco"]),
    ("Palace briefing", "Q: Is an audience planned?", "A (Secretary for Communications Ama Mensah)", "An audience is planned for Friday.", ["Ama Mensah"], ["the king"]),
):  # fmt: skip
    built.quote(A, page(outlet, question, f'{label}: "{words}"'), words, passes, fails)

T = "turn-announcers"


def briefing(answer: str, label: str = "Wang Wenbin", note: str = "") -> str:
    tail = f"\n\n---\n\nDesk note: {note}" if note else ""
    return (
        "Foreign Ministry Spokesperson's Regular Press Conference\n\n"
        "Q: Can you confirm that the two sides agreed to stop fighting?\n\n"
        f"{label}: {answer}\n\n"
        "Q: Will monitors be sent?\n\nWang Wenbin: I have nothing to add on that." + tail + "\n"
    )


def announced(text: str, sentence: str, passes: list[str], fails: list[str]) -> None:
    assert sentence in text, sentence
    for expect, who in verdicts(passes, fails):
        fact = {"status": "agreed", "reported_by": who, "evidence": [sentence]}
        built.add(
            T, expect, f"reported_by {who}", text, {"ceasefires": [fact]},
            "ceasefires[0].reported_by",
        )  # fmt: skip


ANSWER = (
    "Mediated by China, the two sides held talks in Kunming on March 3 and 4. They reached "
    "a ceasefire agreement and will keep their forces apart."
)
announced(briefing(ANSWER), "They reached a ceasefire agreement and will keep their forces apart.",
          ["Wang Wenbin"], ["Mao Ning"])  # fmt: skip
announced(briefing(ANSWER, "Mao Ning"), "They reached a ceasefire agreement and will keep their "
          "forces apart.", ["Mao Ning"], ["Wang Wenbin"])  # fmt: skip
announced(
    briefing("The parties agreed to a 30-day truce starting at noon on Friday."),
    "The parties agreed to a 30-day truce starting at noon on Friday.",
    ["Wang Wenbin"],
    [],
)
announced(
    briefing(
        "I am not aware of that.", note="The parties agreed to a 30-day truce, a source said."
    ),
    "The parties agreed to a 30-day truce, a source said.",
    [],
    ["Wang Wenbin"],
)  # the desk's note under the transcript: not the spokesperson's turn
announced(
    "Presidential press office\n\nQ: Is there a truce in the east?\n\nNatalia Sokolova: The "
    "command agreed a local truce for the harvest.\n\nQ: For how long?\n\nIgor Demin: Two "
    "weeks, as far as I know.\n",
    "The command agreed a local truce for the harvest.",
    ["Natalia Sokolova"],
    ["Igor Demin"],
)
announced(
    "Press conference\n\nQ: Will the truce hold?\n\nSpokesperson Maria Lind: Both sides "
    "signed the truce last night.\n\nQ: And the prisoners?\n\nSpokesperson Maria Lind: Talks "
    "go on.\n",
    "Both sides signed the truce last night.",
    ["Maria Lind"],
    ["Anna Berg"],
)
announced(
    "Community radio\n\nHost Juma Otieno said the clans had agreed a truce over the wells.\n",
    "Host Juma Otieno said the clans had agreed a truce over the wells.",
    ["Juma Otieno"],
    [],
)  # not a transcript: the verb reading, as before


announced(
    briefing("The two armies agreed to a ceasefire in the border districts from midnight.",
             "Lin Jian"),
    "The two armies agreed to a ceasefire in the border districts from midnight.",
    ["Lin Jian"], ["Wang Wenbin", "Mao Ning"],
)  # fmt: skip
announced(
    "Government briefing\n\nQuestion: Is the truce signed?\n\nMinister Ana Duarte: Yes. The "
    "rebels and the army signed a truce this morning in Lisbon.\n\nQuestion: Who mediated?"
    "\n\nMinister Ana Duarte: Angola did.\n",
    "The rebels and the army signed a truce this morning in Lisbon.", ["Ana Duarte"],
    ["Joao Lourenco"],
)  # fmt: skip
announced(
    "Briefing\n\nQ: Can you confirm the truce?\n\nMao Ning: I refer you to the competent "
    "authorities.\n\n---\n\nEditor's note: The truce was announced by the army on "
    "Thursday.\n",
    "The truce was announced by the army on Thursday.", [], ["Mao Ning"],
)  # fmt: skip
announced(
    "Briefing\n\nQ: Sources say the two sides agreed a truce in Laukkai. Can you "
    "confirm?\n\nMao Ning: I have no information on that.\n",
    "Sources say the two sides agreed a truce in Laukkai.",
    [],
    ["Mao Ning"],
)  # the question's words: the spokesperson did not announce it
announced(
    "Press office\n\nQ: Is there a pause in Gaza?\n\nJohn Kirby: Both sides agreed a "
    "four-day pause in fighting.\n\nQ: Starting when?\n\nKarine Jean-Pierre: Friday "
    "morning.\n",
    "Both sides agreed a four-day pause in fighting.", ["John Kirby"], ["Karine Jean-Pierre"],
)  # fmt: skip
announced(
    "Press office\n\nQ: Is there a pause in Gaza?\n\nJohn Kirby: Both sides agreed a "
    "four-day pause in fighting. It starts on Friday.\n",
    "It starts on Friday.", ["John Kirby"], [],
)  # fmt: skip


def build_cases() -> list[dict[str, object]]:
    return built.cases


# fix23b: a paragraph under the last answer, or a sentence of a turn, that names another
# announcer relays that one's news: not the turn's speaker's; a paragraph that only carries
# the answer on is still the speaker's.
def desk(label: str, answer: str, paragraph: str) -> str:
    return (
        "Regular press briefing\n\nQ: Can you confirm that the two sides stopped fighting?"
        f"\n\n{label}: {answer}\n\n{paragraph}\n"
    )


for label, answer, paragraph, passes, fails in (
    ("Wang Wenbin", "We welcome the talks.", "The Thai army announced on Wednesday that the ceasefire had been agreed.", ["Thai army"], ["Wang Wenbin"]),
    ("Mao Ning", "China supports dialogue.", "Cambodia announced that both sides had agreed a truce at midnight.", ["Cambodia"], ["Mao Ning"]),
    ("Maria Lind", "We are following events closely.", "Colonel Erik Sund announced later that the two brigades had signed a local truce.", ["Erik Sund"], ["Maria Lind"]),
    ("John Kirby", "We hope it holds.", "Qatar announced on Thursday that both sides had agreed a four-day pause in the fighting.", ["Qatar"], ["John Kirby"]),
    ("Ana Duarte", "Yes, we were informed.", "President Joao Lourenco announced in Luanda that the rebels and the army had signed a truce.", ["Joao Lourenco"], ["Ana Duarte"]),
    ("Lin Jian", "China mediated the talks.", "They reached a ceasefire agreement in Kunming on Monday.", ["Lin Jian"], ["Mao Ning"]),
    ("Natalia Sokolova", "The command met the elders.", "Both sides agreed a local truce for the harvest.", ["Natalia Sokolova"], ["Igor Demin"]),
):  # fmt: skip
    announced(desk(label, answer, paragraph), paragraph, passes, fails)

if __name__ == "__main__":
    built.write(OUT)
