# ruff: noqa: E501  (one case per line: the sentences are the test data, kept whole)
"""Build the status-37 set (``grounding_status37.jsonl``): a status or stance word must be
the fact's own, of its own party and its own occasion (an outside check, session 17, check
37's first cause; :mod:`summarizer.verification.status.cue_occasions`). By category:

- ``owner``: a stance cue whose subject is another name, the fact's party named elsewhere
  in the sentence ("The US and France floated a truce, a plan Netanyahu rejected": not
  France's refusal; "Israel's cabinet voted to approve the deal, which Hezbollah has yet to
  answer": not Hezbollah's approval) (fail); the party's own cue in a relative clause or
  after a vote ("the plan, which Hamas accepted", "Israel's cabinet voted to approve"), and
  a party joined to the subject by "and" (pass);
- ``approval``: a truce plan called a good, fair or acceptable compromise, a good plan,
  proposal or basis is the speaker's support (pass), not when negated, doubted, denied or
  another's word (fail);
- ``occasion``: a call-off undone later in its sentence ("is back on", "will now meet",
  "was revived") is not cancelled; a status worded under a future main clause ("would
  respond only once the measure became law") is a prospect; a humanitarian truce after a
  dateline's dash ("KHARTOUM - ... signed a humanitarian ceasefire") is not full (fail);
  a call-off that stands, a law that was passed before something else happened, a plain
  ceasefire after a dateline (pass).

Run ``python tests/data/make_status37_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, public figures and bodies in invented
sentences); each verdict is what a careful fact-checker reads in the text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_status37.jsonl")

LEADS = [
    "BEIRUT, Nov 27 (Cedar Wire) -",
    "LIVE | Updates from our correspondents",
    "The Prairie Ledger | World",
    "Transcript of a morning radio programme.",
    "ANALYSIS | Our diplomatic editor",
    "From the Council's press office:",
    "DIGEST | Five things to know today",
    "LAGOS (Harmattan Times) --",
]
built = SupportCases("st37", LEADS)
stance = built.stance


def summit(
    category: str, value: str, sentence: str, expect: bool, parties: list[str] | None = None
) -> None:
    why = f"summit {value}: {sentence[:60]}"
    built.meeting_status(category, expect, value, [sentence], why, parties or [])


def measure(
    category: str, value: str, sentence: str, expect: bool, instrument: str = "bill"
) -> None:
    why = f"measure {value}: {sentence[:60]}"
    built.measure_status(category, expect, value, [sentence], why, instrument)


def kind(category: str, value: str, text: str, sentence: str, expect: bool) -> None:
    later = "The truce is due to take effect at 9pm local time on Monday."
    text, fact = f"{text}\n\n{later}", {"kind": value, "evidence": [sentence, later]}
    built.add(category, expect, f"truce kind {value}: {sentence[:60]}", f"Truce signed\nThe Savanna Monitor | Africa desk\nSunday 21 May 2023\n\n{text}\n",
              {"ceasefires": [fact]}, "ceasefires[0].kind")  # fmt: skip


# --- owner: whose stance the cue states
C = "owner"
stance(
    C,
    "France",
    "rejects",
    "The US and France floated a 30-day truce along the frontier, a plan Netanyahu rejected within hours.",
    False,
)
stance(
    C,
    "Qatar",
    "rejects",
    "Egypt and Qatar drafted a phased ceasefire, a proposal Sinwar turned down in writing.",
    False,
)
stance(
    C,
    "Hezbollah",
    "agreed",
    "Israel's security cabinet voted 9-2 to approve the deal, which Hezbollah has yet to answer.",
    False,
)
stance(
    C,
    "Hamas",
    "agreed",
    "Israel's war cabinet voted unanimously to accept the framework, though Hamas has not responded.",
    False,
)
stance(
    C,
    "Norway",
    "agreed",
    "Norway brokered the pause, which Colombia accepted on Friday after weeks of talks.",
    False,
)
stance(
    C,
    "Kenya",
    "supports",
    "Kenya hosted the talks on a truce that Ruto's rival Odinga welcomed from Mombasa.",
    False,
)
stance(
    C,
    "Turkey",
    "rejects",
    "Turkey and Russia sponsored the corridor deal, an arrangement Zelensky rejected last spring.",
    False,
)
stance(
    C,
    "Armenia",
    "agreed",
    "Armenia's ministers sat through the night while Aliyev accepted the Russian text.",
    False,
)
stance(
    C,
    "the United States",
    "rejects",
    "The United States proposed a weekly humanitarian pause, an idea Khamenei dismissed on state television.",
    False,
)
stance(
    C,
    "Ethiopia",
    "agreed",
    "Ethiopia asked for a truce in Tigray, a request Debretsion accepted only in part.",
    False,
)
stance(
    C,
    "Saudi Arabia",
    "agreed",
    "Saudi Arabia presented the roadmap, a document Abdulmalik endorsed on Sunday.",
    False,
)
stance(
    C,
    "Israel",
    "agreed",
    "Israel's security cabinet voted 10-1 to approve the truce with Hezbollah.",
    True,
)
stance(
    C,
    "Hamas",
    "agreed",
    "Egypt and Qatar drafted the ceasefire, a text Hamas accepted on Monday night.",
    True,
)
stance(
    C,
    "Hamas",
    "rejects",
    "Mediators floated a six-week truce, a plan Hamas rejected at the time.",
    True,
)
stance(
    C,
    "Colombia",
    "agreed",
    "Norway brokered the pause, which Colombia accepted on Friday after weeks of talks.",
    True,
)
stance(
    C,
    "Hezbollah",
    "agreed",
    "Lebanon's parliament speaker said Hezbollah had accepted the deal, which Israel's cabinet approved.",
    True,
)
stance(
    C,
    "Russia",
    "rejects",
    "Turkey proposed a grain corridor truce, which Russia rejected on Tuesday.",
    True,
)
stance(C, "Israel", "agreed", "Israel and Hamas accepted the deal, officials in Doha said.", True)
stance(C, "Hamas", "agreed", "Israel and Hamas accepted the deal, officials in Doha said.", True)
stance(
    C,
    "Azerbaijan",
    "agreed",
    "Armenia and Azerbaijan agreed a humanitarian ceasefire after ten hours of talks.",
    True,
)
stance(
    C,
    "Sudan's army",
    "agreed",
    "Sudan's army said it accepted the truce proposed by Washington and Riyadh.",
    True,
)
stance(
    C,
    "Ukraine",
    "agreed",
    "Ukraine's government voted to endorse the energy truce that Washington drafted.",
    True,
)

# --- occasion: a call-off undone, a prospect, a kind after a dateline
C = "occasion"
summit(
    C,
    "cancelled",
    "The summit that Trump called off last month is back on and will take place in Vienna on June 4, the White House said.",
    False,
)
summit(
    C,
    "cancelled",
    "A planned meeting between the two was cancelled last year; they will now meet on June 9 in Sao Paulo.",
    False,
    ["Lula", "Milei"],
)
summit(
    C,
    "cancelled",
    "The Abuja talks, scrapped in March, were revived this week with a new date in July.",
    False,
)
summit(
    C,
    "cancelled",
    "The leaders' meeting Modi called off in the spring is on again for late September, aides said.",
    False,
    ["Modi", "Sharif"],
)
summit(
    C,
    "cancelled",
    "The summit was cancelled after the border clash but has since been reinstated for October 3.",
    False,
)
summit(
    C,
    "cancelled",
    "Trump called off the meeting with Kim on Thursday, citing open hostility in Pyongyang's statements.",
    True,
    ["Trump", "Kim"],
)
summit(
    C,
    "cancelled",
    "The Elysee said the Macron-Tebboune meeting had been cancelled and no new date was planned.",
    True,
    ["Macron", "Tebboune"],
)
summit(
    C,
    "cancelled",
    "Ruto cancelled his trip to Dodoma, and the summit with Samia will not take place this year.",
    True,
    ["Ruto", "Samia"],
)
summit(
    C,
    "cancelled",
    "The G20 leaders' retreat was called off on Monday, the host government announced.",
    True,
)
measure(
    C,
    "enacted",
    "The House approved the bill 402 to 17; the Kremlin said Russia would retaliate only once the measure became law.",
    False,
)
measure(
    C,
    "enacted",
    "The Senate passed the tariff bill, and importers said prices will rise when it is signed into law.",
    False,
)
measure(
    C,
    "enacted",
    "The Assembly adopted the levy in first reading; ministers will publish guidance after it becomes law.",
    False,
)
measure(
    C,
    "enacted",
    "Lawmakers said the sanctions would bite only when the bill is enacted by both chambers.",
    False,
)
measure(
    C, "enacted", "The sanctions bill became law on Wednesday after the president signed it.", True
)
measure(
    C,
    "enacted",
    "Once the bill became law in August, exporters rushed to register with the ministry.",
    True,
)
measure(
    C,
    "enacted",
    "The measure was signed into law on Friday, weeks after it cleared the Senate.",
    True,
)
measure(
    C,
    "enacted",
    "After the bill was enacted in 2017, Moscow expelled hundreds of embassy staff.",
    True,
)
kind(
    C,
    "full",
    "KHARTOUM \u2014 Sudan's army and the RSF have signed a seven-day humanitarian ceasefire at talks in Jeddah, the mediators said.",
    "KHARTOUM \u2014 Sudan's army and the RSF have signed a seven-day humanitarian ceasefire at talks in Jeddah, the mediators said.",
    False,
)
kind(
    C,
    "full",
    "SANAA \u2014 The warring parties agreed a 72-hour humanitarian truce to let aid convoys reach the port, the UN envoy said.",
    "SANAA \u2014 The warring parties agreed a 72-hour humanitarian truce to let aid convoys reach the port, the UN envoy said.",
    False,
)
kind(
    C,
    "full",
    "GOMA \u2014 Rebels and the army declared a partial ceasefire around the airport, a spokesman said.",
    "GOMA \u2014 Rebels and the army declared a partial ceasefire around the airport, a spokesman said.",
    False,
)
kind(
    C,
    "full",
    "KHARTOUM \u2014 Sudan's army and the RSF have signed a nationwide ceasefire at talks in Jeddah, the mediators said.",
    "KHARTOUM \u2014 Sudan's army and the RSF have signed a nationwide ceasefire at talks in Jeddah, the mediators said.",
    True,
)
kind(
    C,
    "full",
    "SANAA \u2014 The warring parties agreed a complete ceasefire across all fronts, the UN envoy said.",
    "SANAA \u2014 The warring parties agreed a complete ceasefire across all fronts, the UN envoy said.",
    True,
)


# a revival of another thing in a later clause leaves the call-off standing (the lead's fix
# after a review's probes): the revived clause's own subject must be the meeting
for sentence, expect in [
    (
        "The summit was called off on Monday, although talks on the trade deal are back on track.",
        True,
    ),
    (
        "The summit was cancelled on Monday; a separate meeting of foreign ministers was reinstated.",
        True,
    ),
    (
        "The summit was cancelled on Monday after fighting flared again and the blockade was reinstated.",
        True,
    ),
    ("The summit was called off in March, but it is back on for October, the host said.", False),
    ("The summit was cancelled in May; it was reinstated this week after a phone call.", False),
]:
    summit("occasion", "cancelled", sentence, expect)

# "could" is also a past ("could be heard"): a past main clause makes no prospect of its
# subordinate clause (the lead's fix, after status_roles' "until the truce came into effect")
for sentence, expect in [
    ("Shelling could be heard in the suburbs until the truce took effect at midnight.", True),
    (
        "Residents said explosions could be heard until the ceasefire came into force on Sunday.",
        True,
    ),
    ("The militia said it would lay down arms only once the truce took effect.", False),
]:
    fact = {"status": "in_effect", "evidence": [sentence]}
    built.add("occasion", expect, f"truce in_effect: {sentence[:60]}", built.page(sentence),
              {"ceasefires": [fact]}, "ceasefires[0].status")  # fmt: skip


# --- approval: a compromise or plan called good is the speaker's support (the lead's addition:
# the eval's gold a8d298c121de953d, Zelensky's "good compromise, but ...", rested on another
# party's word until the owner rule above)
C = "approval"
APPROVING = [
    (
        "Daniel Okafor",
        "President Daniel Okafor called the draft truce a good compromise for both sides.",
    ),
    ("Anna Berg", "Foreign Minister Anna Berg described the ceasefire plan as a fair compromise."),
    (
        "Mara Lind",
        "Chancellor Mara Lind said the truce proposal was a good basis for further talks.",
    ),
    (
        "Luis Ruiz",
        "In a statement, Interior Minister Luis Ruiz called the ceasefire offer a good proposal.",
    ),
    (
        "Tomas Vega",
        "Mayor Tomas Vega told reporters the truce was a good plan and deserved a chance.",
    ),
    (
        "Elena Marsh",
        "\u201cIt is a good compromise,\u201d President Elena Marsh said of the draft truce.",
    ),
    (
        "Kwame Osei",
        "Ambassador Kwame Osei said the draft ceasefire was an acceptable compromise for Accra.",
    ),
    ("Liu Wen", "Premier Liu Wen called the new truce text a good basis for a lasting peace."),
    (
        "Petra Holm",
        "Defence Minister Petra Holm described the truce offer as a fair compromise on Tuesday.",
    ),
    (
        "Samir Haddad",
        "Samir Haddad, the opposition leader, said the ceasefire deal was a good compromise.",
    ),
]
for who, sentence in APPROVING:
    stance(C, who, "supports", sentence, True)
REFUSING = [
    ("Daniel Okafor", "President Daniel Okafor said the draft truce was not a good compromise."),
    (
        "Luis Ruiz",
        "Interior Minister Luis Ruiz rejected the truce that Qatar's mediators called a good compromise.",
    ),
    (
        "Elena Marsh",
        "Qatar's mediators called the truce a good compromise, but President Elena Marsh has yet to respond.",
    ),
    (
        "Liu Wen",
        "Premier Liu Wen dismissed the truce text, which Washington had praised as a good basis for talks.",
    ),
    ("Tomas Vega", "Mayor Tomas Vega said he doubted the truce was a good plan."),
    (
        "Anna Berg",
        "Foreign Minister Anna Berg said the ceasefire plan was never a fair compromise.",
    ),
    (
        "Kwame Osei",
        "Ambassador Kwame Osei said the draft ceasefire was no acceptable compromise for Accra.",
    ),
    ("Mara Lind", "Chancellor Mara Lind said the truce proposal was no good basis for talks."),
    (
        "Petra Holm",
        "Norway called the truce offer a fair compromise; Defence Minister Petra Holm of Sweden rejected it.",
    ),
    (
        "Samir Haddad",
        "Samir Haddad, the opposition leader, denied that the ceasefire deal was a good compromise.",
    ),
]
for who, sentence in REFUSING:
    stance(C, who, "supports", sentence, False)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
