"""Build the xspeakers-22 set (``grounding_xspeakers22.jsonl``): quotes a labelled turn relays
from a person it names (a cross-check of outside checks 37 to 46, session 22: the shape
persisted in three of them). By category:

- ``turn-relays``: a paragraph of an interview, a broadcast transcript or a briefing opens
  with its speaker's label, and the quote's own sentence gives the words to someone the turn
  talks about: "in X's words", "in the words of X", the sentence's named subject with a verb
  of saying or a presenting participle ("X was in Lagos calling it "..."", "X told reporters
  that it was "...""), or a "he"/"she" after a coordinator that points back to that subject
  ("X met Y for an hour, and he later told reporters ..."). Refused: the person the sentence
  names as an object or a companion, the one whose aide speaks ("X's aide said"), the one the
  holder says "I told", a second subject after a coordinator ("X met Y, and Y said").
- ``relative-antecedents``: the last verb of saying before the quote opens a relative clause
  about a person or a body, after another verb of saying in the sentence ("X said, before
  reading a letter from Y, who did not attend and who wrote that ... "..."", "limited to its
  commerce ministry, which says it "...""): the relative's antecedent speaks; "its" is the
  owner the sentence named before. Refused: another body or person, a first person after the
  verb, the antecedent when the words after the quote name a speaker of their own.

Run ``python tests/data/make_xspeakers22_cases.py`` to rebuild it. Every page below was
written for this set (fictional outlets and people, or real people in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_xspeakers22.jsonl")
built = SupportCases("xsp22")
R = "turn-relays"


def show(host: str, guest: str, answer: str, outlet: str = "The Morning Exchange") -> str:
    """A broadcast transcript: a host's question, the guest's answer, the host's thanks."""
    host_label, guest_label = host.split()[-1].upper(), guest.split()[-1].upper()
    return (
        f"{outlet} - transcript\nHost: {host}. Guest: {guest}.\n\n"
        f"{host.upper()}: Welcome. What came out of the talks?\n\n"
        f"{guest.upper()}: {answer}\n\n{host_label}: Thank you.\n\n{guest_label}: My pleasure.\n"
    )


def briefing(answer: str, outlet: str) -> str:
    """A briefing's questions and answers with a reporter's follow-up."""
    return (
        "Regular press briefing, 9 March\n\nQ (Evening Post): Will the minister travel?\n\n"
        "A: We have nothing to announce.\n\n"
        f"Follow-up ({outlet}): {answer} Is a second visit planned?\n\n"
        "A: Information will be released in due course.\n"
    )


# the named subject with a presenting participle
built.quote(
    R,
    show(
        "Ann Lowe",
        "Peter Kamau",
        'It was short. Ruto was at State House on Friday calling it "a new chapter for the '
        'region." He also said the tariffs would stay.',
    ),
    "a new chapter for the region.",
    ["William Ruto", "Ruto"],
    ["Museveni"],
)
built.quote(
    R,
    show(
        "Ann Lowe",
        "Peter Kamau",
        'It was short. Ruto was at State House with Museveni on Friday. I was calling it "a '
        'new chapter for the region." Others disagreed.',
    ),
    "a new chapter for the region.",
    [],
    ["William Ruto", "Museveni"],
)
built.quote(
    R,
    show(
        "Jon Berg",
        "Lucia Ferrante",
        'Sanchez spent the morning in the Moncloa describing the pact as "a floor, not a '
        'ceiling," and then flew to Brussels.',
        "Radio Meridiano Today",
    ),
    "a floor, not a ceiling,",
    ["Pedro Sanchez"],
    ["Ursula von der Leyen"],
)
built.quote(
    R,
    show(
        "Jon Berg",
        "Lucia Ferrante",
        "Sanchez's chief of staff spent the morning in the Moncloa describing the pact as \"a "
        'floor, not a ceiling," and then flew to Brussels.',
        "Radio Meridiano Today",
    ),
    "a floor, not a ceiling,",
    [],
    ["Pedro Sanchez"],
)
# the named subject with a finite verb of saying
built.quote(
    R,
    show(
        "Mira Shah",
        "Tom Adeyemi",
        'Nothing was signed. Tinubu told reporters in Abuja that the levy would be "reviewed '
        'line by line" before June.',
        "Westside Radio",
    ),
    "reviewed line by line",
    ["Bola Tinubu"],
    ["Tom Adeyemi"],
)
built.quote(
    R,
    show(
        "Mira Shah",
        "Tom Adeyemi",
        "Nothing was signed. Tinubu met Akufo-Addo in Abuja, and Akufo-Addo told reporters "
        'that the levy would be "reviewed line by line" before June.',
        "Westside Radio",
    ),
    "reviewed line by line",
    [],
    ["Bola Tinubu"],
)
built.quote(
    R,
    show(
        "Clara Voss",
        "Henrik Dahl",
        'The mood was tense. Kristersson said on Tuesday that the quota was "not up for '
        'discussion", and the Finns nodded.',
        "Nordic Hour",
    ),
    "not up for discussion",
    ["Ulf Kristersson"],
    ["Henrik Dahl"],
)
built.quote(
    R,
    show(
        "Clara Voss",
        "Henrik Dahl",
        'The mood was tense. I told Kristersson on Tuesday that the quota was "not up for '
        'discussion", and the Finns nodded.',
        "Nordic Hour",
    ),
    "not up for discussion",
    [],
    ["Ulf Kristersson"],
)
# "in X's words", "in the words of X"
built.quote(
    R,
    show(
        "Ann Lowe",
        "Peter Kamau",
        "It was a narrow text. What came out was, in Ruto's words as he read it, a pause \"for "
        'the long haul", so that the trucks could move.',
    ),
    "for the long haul",
    ["William Ruto"],
    ["Museveni"],
)
built.quote(
    R,
    show(
        "Ann Lowe",
        "Peter Kamau",
        "It was a narrow text. What came out was, in the words of Ruto's critics, a pause \"for "
        'the long haul", so that the trucks could move.',
    ),
    "for the long haul",
    [],
    ["William Ruto"],
)
built.quote(
    R,
    show(
        "Nadia Karim",
        "Olivier Mertens",
        'The summit closed late. It was, in the words of Meloni, "a Europe that finally '
        'listens", and the others let that stand.',
        "Channel Four Europe",
    ),
    "a Europe that finally listens",
    ["Giorgia Meloni"],
    ["Olivier Mertens"],
)
built.quote(
    R,
    show(
        "Nadia Karim",
        "Olivier Mertens",
        'The summit closed late. It was, in the words of a Meloni adviser, "a Europe that '
        'finally listens", and the others let that stand.',
        "Channel Four Europe",
    ),
    "a Europe that finally listens",
    [],
    ["Giorgia Meloni"],
)
# a "he"/"she" after a coordinator, pointing back to the sentence's subject
built.quote(
    R,
    briefing(
        "Albers met Xi for about an hour, according to her office, and she later told "
        'reporters that the meeting was "candid and useful".',
        "Harbour Courier",
    ),
    "candid and useful",
    ["Katrin Albers"],
    ["Xi Jinping"],
)
built.quote(
    R,
    briefing(
        "Albers met Xi for about an hour, according to her office, and Xi later told "
        'reporters that the meeting was "candid and useful".',
        "Harbour Courier",
    ),
    "candid and useful",
    [],
    ["Katrin Albers"],
)
built.quote(
    R,
    briefing(
        "Luxon spent two days in Shanghai, and he then told the press pack that the dairy "
        'quota was "a matter for officials".',
        "Southern Wire",
    ),
    "a matter for officials",
    ["Christopher Luxon"],
    ["Li Qiang"],
)
built.quote(
    R,
    briefing(
        "Luxon spent two days in Shanghai with Li Qiang, who told the press pack that the "
        'dairy quota was "a matter for officials".',
        "Southern Wire",
    ),
    "a matter for officials",
    [],
    ["Christopher Luxon"],
)
built.quote(
    R,
    show(
        "Rita Gomes",
        "Samuel Osei",
        'He did not hide it. Mahama was in Kumasi on Monday, hailing the deal as "the end of '
        'the waiting", and his ministers followed.',
        "GhanaLive Tonight",
    ),
    "the end of the waiting",
    ["John Mahama"],
    ["Nana Akufo-Addo"],
)
built.quote(
    R,
    show(
        "Rita Gomes",
        "Samuel Osei",
        "He did not hide it. Mahama's ministers were in Kumasi on Monday, hailing the deal as "
        '"the end of the waiting", and the crowd followed.',
        "GhanaLive Tonight",
    ),
    "the end of the waiting",
    [],
    ["John Mahama"],
)
built.quote(
    R,
    show(
        "Elif Aydin",
        "Marco Bianchi",
        'The talks ran late. Erdogan later told his party that the corridor was "open for '
        'business" and that ships would sail within days.',
        "Bosphorus Review",
    ),
    "open for business",
    ["Recep Tayyip Erdogan"],
    ["Marco Bianchi"],
)
built.quote(
    R,
    show(
        "Elif Aydin",
        "Marco Bianchi",
        "The talks ran late. Erdogan met Zelensky, and Zelensky later told his party that the "
        'corridor was "open for business" and that ships would sail.',
        "Bosphorus Review",
    ),
    "open for business",
    ["Volodymyr Zelensky"],
    ["Recep Tayyip Erdogan"],
)
built.quote(
    R,
    briefing(
        "Ortega received the delegation in Managua, and he told state television that the "
        'loan was "a gesture among brothers".',
        "Pacific Ledger",
    ),
    "a gesture among brothers",
    ["Daniel Ortega"],
    ["Evening Post"],
)
built.quote(
    R,
    briefing(
        "Ortega received the delegation in Managua, and I told state television that the loan "
        'was "a gesture among brothers".',
        "Pacific Ledger",
    ),
    "a gesture among brothers",
    [],
    ["Daniel Ortega"],
)

# a participle with a subject of its own ("with critics calling it", "crowds hailing it"):
# the subject's words, not the turn's named subject's (review s22c)
for answer, words, passes, fails in [
    ('Ruto was at State House on Friday, with critics calling it "a sellout to Beijing."',
     "a sellout to Beijing.", [], ["William Ruto"]),
    ('Museveni spoke for an hour, with opposition MPs branding it "a lecture."',
     "a lecture.", [], ["Yoweri Museveni"]),
    ('Hichilema opened the plant with crowds outside hailing it "a new dawn."',
     "a new dawn.", [], ["Hakainde Hichilema"]),
    ('Banda toured the mine on Monday, amid workers describing it as "a death trap."',
     "a death trap.", [], ["Joyce Banda"]),
    ('Kagame left early amid delegates describing the talks as "going nowhere."',
     "going nowhere.", [], ["Paul Kagame"]),
    ('Ruto was at State House on Friday, calling it "a new chapter."',
     "a new chapter.", ["William Ruto"], ["Yoweri Museveni"]),
    ('Museveni spoke for an hour on Tuesday branding it "a lesson in history."',
     "a lesson in history.", ["Yoweri Museveni"], ["Hakainde Hichilema"]),
    ('Hichilema opened the plant in 2024, hailing it "a new dawn."',
     "a new dawn.", ["Hakainde Hichilema"], ["Paul Kagame"]),
    ('Mutharika signed the deal in Lilongwe, terming it "a fair bargain."',
     "a fair bargain.", ["Peter Mutharika"], ["William Ruto"]),
    ('Kagame left the hall, describing the talks as "a waste of time."',
     "a waste of time.", ["Paul Kagame"], ["Yoweri Museveni"]),
]:  # fmt: skip
    built.quote(R, show("Ann Lowe", "Peter Kamau", answer), words, passes, fails)

A = "relative-antecedents"
for opening, words, passes, fails in [
    (
        '"We turn a page today," Mr. Tinubu said, before reading a letter from President '
        'William Ruto, who did not attend and who wrote that the pact was "good for all of '
        'Africa."',
        "good for all of Africa.",
        ["William Ruto", "Ruto"],
        ["Yoweri Museveni"],
    ),
    (
        '"We turn a page today," Mr. Tinubu said, before reading a letter from President '
        'William Ruto to Yoweri Museveni, who wrote back that the pact was "good for all of '
        'Africa."',
        "good for all of Africa.",
        ["Yoweri Museveni"],
        ["William Ruto"],
    ),
    (
        "Ms. Lindqvist told the chamber the vote would stand, and thanked Commissioner Jonas "
        'Berger, who wrote to her that the rules were "clear and final".',
        "clear and final",
        ["Jonas Berger"],
        ["Maria Keller"],
    ),
    (
        "Ms. Lindqvist told the chamber the vote would stand, and thanked Commissioner Jonas "
        'Berger, who had written to her that I was "clear and final".',
        "clear and final",
        [],
        ["Jonas Berger"],
    ),
    (
        "Beijing's reply so far is limited to its commerce ministry, which says it "
        '"resolutely opposes" the tariffs.',
        "resolutely opposes",
        ["China's commerce ministry", "the commerce ministry"],
        ["Japan's commerce ministry", "China's foreign ministry"],
    ),
    (
        "Tokyo's answer came from its foreign ministry, which said on Friday that the survey "
        'was "unacceptable".',
        "unacceptable",
        ["Japan's foreign ministry", "the foreign ministry"],
        ["China's foreign ministry", "Japan's defence ministry"],
    ),
    (
        "The premier spoke briefly at the dinner, then handed over to Finance Minister Amara "
        'Diallo, who later said the budget would be "balanced within three years".',
        "balanced within three years",
        ["Amara Diallo"],
        ["Moussa Traore"],
    ),
    (
        "The premier spoke briefly at the dinner, then handed over to Finance Minister Amara "
        "Diallo, who later said little, while Budget Minister Moussa Traore called the plan "
        '"balanced within three years".',
        "balanced within three years",
        [],
        ["Amara Diallo"],
    ),
    (
        "Officials in Oslo said the talks had ended, citing the mediator, Ola Brekke, who told "
        'state radio that the sides were "closer than ever".',
        "closer than ever",
        ["Ola Brekke"],
        ["Kari Nilsen"],
    ),
    (
        "Officials in Oslo said the talks had ended, citing the mediator, Ola Brekke, whose aide "
        'told state radio that the sides were "closer than ever".',
        "closer than ever",
        [],
        ["Ola Brekke"],
    ),
    (
        "The union said it would strike, and pointed to the transport agency, which had "
        'warned that the network was "close to breaking point".',
        "close to breaking point",
        ["the transport agency"],
        ["the health agency"],
    ),
    (
        "Senator Okafor said she would back the bill, as did Senator Ruth Adams, who "
        'called it "a fair start" in a floor speech.',
        "a fair start",
        ["Ruth Adams"],
        ["Grace Okafor"],
    ),
    # "which" after a name joined to its head by a preposition: the head is the antecedent
    ('Tinubu read out a letter to Ruto, which said the pact was "good for Africa."',
     "good for Africa.", [], ["William Ruto"]),
    ('The envoy handed a note for Museveni, which warned that talks were "at risk."',
     "at risk.", [], ["Yoweri Museveni"]),
    ('Officials released a report about Kagame, which called the vote "deeply flawed."',
     "deeply flawed.", [], ["Paul Kagame"]),
    ('Reporters saw a memo on Hichilema, which described the loan as "a lifeline."',
     "a lifeline.", [], ["Hakainde Hichilema"]),
    ('Donors sent an appeal to Chakwera, which said the cuts were "a mistake."',
     "a mistake.", [], ["Lazarus Chakwera"]),
    ('The response came from the Ministry of Commerce, which said it "strongly rejects" the '
     "decision.", "strongly rejects", ["Ministry of Commerce"], ["Ministry of Finance"]),
    ('Beijing answered through the Ministry of Foreign Affairs, which said the visit was '
     '"a provocation."', "a provocation.", ["Ministry of Foreign Affairs"],
     ["Ministry of Defence"]),
]:  # fmt: skip
    built.quote(
        A, f"Wire report\n\n{opening}\n\nMore talks are planned next month.\n", words, passes, fails
    )


def build_cases() -> list[dict[str, object]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
