"""Review rvS28 of the second reader's trust rule (:mod:`summarizer.verification.reader_trust`):
answers a careless or adversarial model could give, and answers a careful model gives.

Every answer here says "stated" and gives a passage that is the article's own words and holds
the value's words. In ``KEEP`` the value is wrong: the passage names it in another role
(another meeting's place, a withdrawn venue, the one who rejected the truce, the count of
something else, a name in the sentence after the quote or inside it); the session-28 rule
cleared every one of them. In ``CLEAR`` the value is right and the passage is the sentence a
careful fact-checker would point to. The texts are written for this test.
"""

from __future__ import annotations

from typing import Any

import pytest

from summarizer.results import SupportCheck
from summarizer.schema import ArticleFacts
from summarizer.verification.grounding import ground
from summarizer.verification.reader_trust import trust

Case = tuple[str, str, dict[str, Any], str, str]  # (id, text, facts, path, passage)


def _summit(place: str, evidence: str, meeting: tuple[str, str, str, str]) -> dict[str, Any]:
    """``meeting``: two parties, the status and the day, as an extractor gives them."""
    one, two, status, day = meeting
    fact = {"parties": [one, two], "status": status, "planned_timing": day}
    return {"summits": [{**fact, "planned_location": place, "evidence": [evidence]}]}


def _truce(proposer: str, evidence: str, days: int = 3) -> dict[str, Any]:
    truce = {"proposer": proposer, "duration_days": {"value": days, "qualifier": "exact"}}
    return {"ceasefires": [{**truce, "status": "proposed", "evidence": [evidence]}]}


def _quote(speaker: str, words: str, evidence: str) -> dict[str, Any]:
    return {"quotes": [{"speaker": speaker, "text": words, "evidence": [evidence]}]}


def _count(what: str, value: int, evidence: str, qualifier: str = "exact") -> dict[str, Any]:
    count = {"what": what, "value": {"value": value, "qualifier": qualifier}}
    event = {"kind": "strike", "description": "a drone strike", "counts": [count]}
    return {"events": [{**event, "evidence": [evidence]}]}


PLACE = "summits[0].planned_location"
PROPOSER = "ceasefires[0].proposer"
SPEAKER = "quotes[0].speaker"
COUNT = "events[0].counts[0].value"

# Places ---------------------------------------------------------------------------------------

_OSLO = (
    "Norway's and Sweden's foreign ministers will meet in Oslo on Friday, officials said.\n\n"
    "Their last meeting, in March, was held in Vienna and ended without a statement.\n\n"
    "Before the talks, the Swedish minister stopped in Tallinn to see troops, and delegates "
    "flew in from Nairobi."
)
_AMMAN = (
    "The regional summit was first planned for Cairo, but organisers dropped the city last "
    "week; it will now take place in Amman on Sunday.\n\n"
    "Moscow had suggested Minsk as a venue, an idea Kyiv rejected outright.\n\n"
    "The New York Times first reported the change of venue."
)
_RIYADH = (
    "Leaders of Saudi Arabia and Iran met in Riyadh on Tuesday for their first summit in "
    "years.\n\n"
    "A follow-up round in Doha was called off, and the two agreed to meet again in Baghdad "
    "next spring.\n\n"
    "They discussed the shelling of Hodeidah and shipping through the Red Sea."
)
_NORDIC = ("Norway", "Sweden", "scheduled", "Friday")
_GULF = ("Saudi Arabia", "Iran", "held", "Tuesday")
_LEVANT = ("Jordan", "Egypt", "scheduled", "Sunday")
PLACE_KEEP: list[Case] = [
    (
        "place-last-meeting",
        _OSLO,
        _summit("Vienna", "officials said", _NORDIC),
        PLACE,
        "Their last meeting, in March, was held in Vienna",
    ),
    (
        "place-flew-in-from",
        _OSLO,
        _summit("Nairobi", "officials said", _NORDIC),
        PLACE,
        "delegates flew in from Nairobi.",
    ),
    (
        "place-dropped-venue",
        _AMMAN,
        _summit("Cairo", "organisers dropped", _LEVANT),
        PLACE,
        "The regional summit was first planned for Cairo",
    ),
    (
        "place-rejected-venue",
        _AMMAN,
        _summit("Minsk", "organisers dropped", _LEVANT),
        PLACE,
        "Moscow had suggested Minsk as a venue, an idea Kyiv rejected outright.",
    ),
    (
        "place-in-a-name",
        _AMMAN,
        _summit("New York", "organisers dropped", _LEVANT),
        PLACE,
        "The New York Times first reported the change of venue.",
    ),
    (
        "place-next-meeting",
        _RIYADH,
        _summit("Baghdad", "their first summit", _GULF),
        PLACE,
        "the two agreed to meet again in Baghdad next spring.",
    ),
    (  # session 29 (occ29): a stop on the way, a round called off; the rules now refuse both
        "place-stop-on-the-way",
        _OSLO,
        _summit("Tallinn", "officials said", _NORDIC),
        PLACE,
        "Before the talks, the Swedish minister stopped in Tallinn to see troops",
    ),
    (
        "place-follow-up-called-off",
        _RIYADH,
        _summit("Doha", "their first summit", _GULF),
        PLACE,
        "A follow-up round in Doha was called off",
    ),
    (
        "place-topic",
        _RIYADH,
        _summit("Hodeidah", "their first summit", _GULF),
        PLACE,
        "They discussed the shelling of Hodeidah and shipping through the Red Sea.",
    ),
    (
        "place-topic-sea",
        _RIYADH,
        _summit("the Red Sea", "their first summit", _GULF),
        PLACE,
        "They discussed the shelling of Hodeidah and shipping through the Red Sea.",
    ),
]
_BERN = (
    "Photo: Protesters outside the embassy in Berlin.\n\n"
    "The presidents of Chile and Peru will sign the border accord in Lima on Monday.\n\n"
    "On Sunday protesters gathered in Arica, and the Chilean leader, who flew in from "
    "Santiago, was greeted by his ambassador."
)
_ANDES = ("Chile", "Peru", "scheduled", "Monday")
_ACCORD = "the border accord"
PLACE_KEEP += [
    (
        "place-caption",
        _BERN,
        _summit("Berlin", _ACCORD, _ANDES),
        PLACE,
        "Photo: Protesters outside the embassy in Berlin.",
    ),
    (
        "place-protest",
        _BERN,
        _summit("Arica", _ACCORD, _ANDES),
        PLACE,
        "On Sunday protesters gathered in Arica",
    ),
    (
        "place-came-from",
        _BERN,
        _summit("Santiago", _ACCORD, _ANDES),
        PLACE,
        "the Chilean leader, who flew in from Santiago, was greeted by his ambassador.",
    ),
]


def _said(lead: str, sentence: str) -> str:
    """A two-paragraph article: a lead the rules cannot read, then the sentence that says it."""
    return f"{lead}\n\n{sentence}"


_LEAD = "Trade and security are on the agenda, aides said."
_WHERE: list[tuple[str, str, tuple[str, str, str, str]]] = [
    (
        "Aachen",
        "The leaders of France and Germany will hold talks in Aachen on Wednesday, the "
        "Elysee said.",
        ("France", "Germany", "scheduled", "Wednesday"),
    ),
    (
        "Addis Ababa",
        "The summit between Kenya and Ethiopia opened in Addis Ababa on Monday.",
        ("Kenya", "Ethiopia", "held", "Monday"),
    ),
    (
        "Islamabad",
        "The foreign secretaries of India and Pakistan sat down in Islamabad on Saturday.",
        ("India", "Pakistan", "held", "Saturday"),
    ),
    (
        "Washington",
        "Talks between Armenia and Azerbaijan were held in Washington on Thursday.",
        ("Armenia", "Azerbaijan", "held", "Thursday"),
    ),
    (
        "Brussels",
        "Envoys from Serbia and Kosovo gathered in Brussels on Monday for a new round of talks.",
        ("Serbia", "Kosovo", "held", "Monday"),
    ),
    (
        "Jakarta",
        "Leaders of Malaysia and Indonesia will meet in Jakarta on Friday to settle the dispute.",
        ("Malaysia", "Indonesia", "scheduled", "Friday"),
    ),
]
_WHERE.append(
    (
        "Accra",
        "The presidents of Ghana and Togo held talks in Accra on Tuesday.",
        ("Ghana", "Togo", "held", "Tuesday"),
    )
)
PLACE_CLEAR: list[Case] = [
    (
        f"place-{place.lower().replace(' ', '-')}",
        _said(_LEAD, sentence),
        _summit(place, _LEAD, meeting),
        PLACE,
        sentence,
    )
    for place, sentence, meeting in _WHERE
]
PLACE_CLEAR += [
    (
        "place-will-meet",
        _OSLO,
        _summit("Oslo", "officials said", _NORDIC),
        PLACE,
        "Norway's and Sweden's foreign ministers will meet in Oslo on Friday, officials said.",
    ),
    (
        "place-take-place",
        _AMMAN,
        _summit("Amman", "organisers dropped", _LEVANT),
        PLACE,
        "it will now take place in Amman on Sunday.",
    ),
    (
        "place-met-in",
        _RIYADH,
        _summit("Riyadh", "their first summit", _GULF),
        PLACE,
        "Leaders of Saudi Arabia and Iran met in Riyadh on Tuesday",
    ),
]

# Proposers --------------------------------------------------------------------------------------

_GAZA = (
    "Egypt proposed a three-day truce in Gaza on Sunday, officials in Cairo said.\n\n"
    "Hamas rejected the plan within hours, while Israel accepted the pause and the UN "
    "welcomed it.\n\n"
    "Turkey denied that it had put forward a plan of its own. A similar truce proposed by "
    "Qatar last year collapsed after two days."
)
_SUDAN = (
    "A seven-day humanitarian truce in Sudan, put forward by Saudi Arabia, was announced by "
    "the United States on Saturday.\n\n"
    "The army accused the Rapid Support Forces of breaking it on its first night, and the "
    "African Union criticised both sides."
)
_EG = "officials in Cairo said"
_SA = "on Saturday"
PROPOSER_KEEP: list[Case] = [
    (
        "proposer-rejected",
        _GAZA,
        _truce("Hamas", _EG),
        PROPOSER,
        "Hamas rejected the plan within hours",
    ),
    (
        "proposer-accepted",
        _GAZA,
        _truce("Israel", _EG),
        PROPOSER,
        "while Israel accepted the pause",
    ),
    (
        "proposer-welcomed",
        _GAZA,
        _truce("the UN", _EG),
        PROPOSER,
        "Hamas rejected the plan within hours, while Israel accepted the pause and the UN "
        "welcomed it.",
    ),
    (
        "proposer-denied",
        _GAZA,
        _truce("Turkey", _EG),
        PROPOSER,
        "Turkey denied that it had put forward a plan of its own.",
    ),
    (
        "proposer-announcer",
        _SUDAN,
        _truce("the United States", _SA),
        PROPOSER,
        "was announced by the United States on Saturday.",
    ),
    (
        "proposer-accused",
        _SUDAN,
        _truce("the Rapid Support Forces", _SA),
        PROPOSER,
        "The army accused the Rapid Support Forces of breaking it on its first night",
    ),
    (
        "proposer-accuser",
        _SUDAN,
        _truce("the army", _SA),
        PROPOSER,
        "The army accused the Rapid Support Forces of breaking it on its first night",
    ),
    (
        "proposer-critic",
        _SUDAN,
        _truce("the African Union", _SA),
        PROPOSER,
        "the African Union criticised both sides.",
    ),
    (
        "proposer-where",
        _SUDAN,
        _truce("Sudan", _SA),
        PROPOSER,
        "A seven-day humanitarian truce in Sudan, put forward by Saudi Arabia, was announced by "
        "the United States on Saturday.",
    ),
]
PROPOSER_KEEP += [
    (  # session 29 (occ29): another, earlier truce
        "proposer-earlier-truce",
        _GAZA,
        _truce("Qatar", _EG),
        PROPOSER,
        "A similar truce proposed by Qatar last year collapsed after two days.",
    ),
    (
        "proposer-opposed",
        _SUDAN + "\n\nThe truce, which Chad had opposed, held on Sunday.",
        _truce("Chad", _SA, 7),
        PROPOSER,
        "The truce, which Chad had opposed, held on Sunday.",
    ),
]
_TRUCE_LEAD = "Fighting eased on the front, residents said."
_WHO: list[tuple[str, str]] = [
    ("Qatar", "Qatar floated a three-day pause in the fighting on Tuesday."),
    ("France", "France put forward a plan for a three-day truce on Monday."),
    ("Turkey", "The three-day truce was first suggested by Turkey, officials said."),
    ("Ukraine", "Ukraine offered a three-day ceasefire at sea on Wednesday."),
    ("Kenya", "Kenya proposed a three-day halt to the fighting on Friday."),
    ("Norway", "A three-day truce proposed by Norway was discussed on Sunday."),
    ("the Vatican", "The Vatican proposed a three-day Christmas truce on Thursday."),
    ("Brazil", "Brazil has proposed a three-day ceasefire, its foreign ministry said."),
]
PROPOSER_CLEAR: list[Case] = [
    (
        f"proposer-{who.lower().replace(' ', '-')}",
        _said(_TRUCE_LEAD, sentence),
        _truce(who, _TRUCE_LEAD),
        PROPOSER,
        sentence,
    )
    for who, sentence in _WHO
]
PROPOSER_CLEAR += [
    (
        "proposer-proposed",
        _GAZA,
        _truce("Egypt", "Hamas rejected the plan"),
        PROPOSER,
        "Egypt proposed a three-day truce in Gaza on Sunday",
    ),
    (
        "proposer-put-forward",
        _SUDAN,
        _truce("Saudi Arabia", _SA),
        PROPOSER,
        "A seven-day humanitarian truce in Sudan, put forward by Saudi Arabia, was announced by "
        "the United States on Saturday.",
    ),
]

# Speakers ---------------------------------------------------------------------------------------

_UNION = (
    "Lena Park, who leads the dockers' union, spoke after the vote.\n\n"
    '"We will not sign this," she said. Her deputy, Mark Olsen, nodded.\n\n'
    '"Mr. Grant has misled every member," said Park, responding to Tom Grant\'s offer.\n\n'
    '"Enough is enough," Park told Ruth Hale, echoing Simon Webb.'
)
_SIGN, _MISLED, _ENOUGH = (
    "We will not sign this",
    "Mr. Grant has misled every member",
    ("Enough is enough"),
)
SPEAKER_KEEP: list[Case] = [
    (
        "speaker-next-sentence",
        _UNION,
        _quote("Mark Olsen", _SIGN, f'"{_SIGN}," she said.'),
        SPEAKER,
        f'"{_SIGN}," she said. Her deputy, Mark Olsen, nodded.',
    ),
    (
        "speaker-named-in-quote",
        _UNION,
        _quote("Tom Grant", _MISLED, _MISLED),
        SPEAKER,
        f'"{_MISLED}," said Park',
    ),
    (
        "speaker-responded-to",
        _UNION,
        _quote("Tom Grant", _MISLED, _MISLED),
        SPEAKER,
        f'"{_MISLED}," said Park, responding to Tom Grant\'s offer.',
    ),
    (
        "speaker-addressee",
        _UNION,
        _quote("Ruth Hale", _ENOUGH, _ENOUGH),
        SPEAKER,
        f'"{_ENOUGH}," Park told Ruth Hale',
    ),
    (
        "speaker-echoed",
        _UNION,
        _quote("Simon Webb", _ENOUGH, _ENOUGH),
        SPEAKER,
        f'"{_ENOUGH}," Park told Ruth Hale, echoing Simon Webb.',
    ),
]
_CITY = (
    '"We were never consulted," said Omar Diaz, the mayor, after Governor Anne Kole spoke.\n\n'
    '"This budget is a fraud," Kole said of a plan drafted by Ben Ortiz.\n\n'
    'Ben Ortiz quit on Friday. "Nobody listens here," a spokeswoman said.\n\n'
    '"We will see," said an aide to Kole.\n\n'
    '"Ortiz must go," protesters chanted outside.'
)
_CONSULTED, _FRAUD, _LISTENS = (
    "We were never consulted",
    "This budget is a fraud",
    "Nobody listens here",
)
SPEAKER_KEEP += [
    (
        "speaker-spoke-before",
        _CITY,
        _quote("Anne Kole", _CONSULTED, _CONSULTED),
        SPEAKER,
        f'"{_CONSULTED}," said Omar Diaz, the mayor, after Governor Anne Kole spoke.',
    ),
    (
        "speaker-drafter",
        _CITY,
        _quote("Ben Ortiz", _FRAUD, _FRAUD),
        SPEAKER,
        f'"{_FRAUD}," Kole said of a plan drafted by Ben Ortiz.',
    ),
    (
        "speaker-previous-sentence",
        _CITY,
        _quote("Ben Ortiz", _LISTENS, _LISTENS),
        SPEAKER,
        f'Ben Ortiz quit on Friday. "{_LISTENS}," a spokeswoman said.',
    ),
    (
        "speaker-aide-to",
        _CITY,
        _quote("Anne Kole", "We will see", "We will see"),
        SPEAKER,
        '"We will see," said an aide to Kole.',
    ),
    (
        "speaker-named-chant",
        _CITY,
        _quote("Ben Ortiz", "Ortiz must go", "Ortiz must go"),
        SPEAKER,
        '"Ortiz must go," protesters chanted outside.',
    ),
]
_QUOTE_LEAD = "The council met late into the night."
_SAID: list[tuple[str, str, str]] = [
    ("Anne Kole", "The river is rising", '"The river is rising," said Anne Kole, the governor.'),
    ("Anne Kole", "We have no money left", 'Anne Kole put it bluntly: "We have no money left."'),
    ("Omar Diaz", "The bridge stays shut", 'Omar Diaz, the mayor, said: "The bridge stays shut."'),
    ("Omar Diaz", "It is over", '"It is over," Omar Diaz told reporters.'),
    ("Ben Ortiz", "I will run again", '"I will run again," Ben Ortiz said in an interview.'),
    (
        "Ruth Adler",
        "Prices will fall",
        '"Prices will fall," the finance minister, Ruth Adler, said.',
    ),
    ("Ruth Adler", "We did our part", '"We did our part," Ruth Adler wrote on social media.'),
    ("Tom Grant", "Our offer stands", 'Tom Grant insisted: "Our offer stands."'),
]
SPEAKER_CLEAR: list[Case] = [
    (
        f"speaker-{index}",
        _said(_QUOTE_LEAD, sentence),
        _quote(who, words, _QUOTE_LEAD),
        SPEAKER,
        sentence,
    )
    for index, (who, words, sentence) in enumerate(_SAID)
]
SPEAKER_CLEAR += [
    (
        "speaker-said-surname",
        _UNION,
        _quote("Lena Park", _MISLED, _MISLED),
        SPEAKER,
        f'"{_MISLED}," said Park, responding to Tom Grant\'s offer.',
    ),
    (
        "speaker-told",
        _UNION,
        _quote("Lena Park", _ENOUGH, _ENOUGH),
        SPEAKER,
        f'"{_ENOUGH}," Park told Ruth Hale, echoing Simon Webb.',
    ),
]

# Counts -----------------------------------------------------------------------------------------

_STRIKE = (
    "A drone strike on a market in Kherson killed 4 people and wounded 17 on Monday, the "
    "regional governor said.\n\n"
    "Rescuers pulled 6 people from the rubble of 2 buildings; a strike on the same market in "
    "May had killed 11."
)
_KILLED = "the regional governor said"
COUNT_KEEP: list[Case] = [
    (
        "count-wounded",
        _STRIKE,
        _count("people killed", 17, _KILLED),
        COUNT,
        "A drone strike on a market in Kherson killed 4 people and wounded 17 on Monday",
    ),
    (
        "count-rescued",
        _STRIKE,
        _count("people killed", 6, _KILLED),
        COUNT,
        "Rescuers pulled 6 people from the rubble of 2 buildings",
    ),
    (
        "count-buildings",
        _STRIKE,
        _count("people killed", 2, _KILLED),
        COUNT,
        "Rescuers pulled 6 people from the rubble of 2 buildings",
    ),
    (
        "count-earlier-strike",
        _STRIKE,
        _count("people killed", 11, _KILLED),
        COUNT,
        "a strike on the same market in May had killed 11.",
    ),
]
COUNT_CLEAR: list[Case] = [
    (
        "count-killed",
        _STRIKE,
        _count("people killed", 4, _KILLED),
        COUNT,
        "A drone strike on a market in Kherson killed 4 people and wounded 17 on Monday",
    ),
    (
        "count-wounded-right",
        _STRIKE,
        _count("people wounded", 17, _KILLED),
        COUNT,
        "A drone strike on a market in Kherson killed 4 people and wounded 17 on Monday",
    ),
]

_FLOOD = (
    "Floods in the north have killed 23 people since Friday, the civil protection agency "
    "said, and 140 were evacuated from 9 villages.\n\n"
    "In 2019, floods in the same valley killed 31.\n\n"
    "The agency had earlier put the toll at 15, and said 8 people were still missing."
)
_AGENCY = "the civil protection agency said"
COUNT_KEEP += [
    (
        "count-evacuated",
        _FLOOD,
        _count("people killed", 140, _AGENCY),
        COUNT,
        "and 140 were evacuated from 9 villages.",
    ),
    (
        "count-villages",
        _FLOOD,
        _count("people killed", 9, _AGENCY),
        COUNT,
        "and 140 were evacuated from 9 villages.",
    ),
    (
        "count-earlier-toll",
        _FLOOD,
        _count("people killed", 15, _AGENCY),
        COUNT,
        "The agency had earlier put the toll at 15, and said 8 people were still missing.",
    ),
    (
        "count-missing",
        _FLOOD,
        _count("people killed", 8, _AGENCY),
        COUNT,
        "and said 8 people were still missing.",
    ),
    (
        "count-a-year",
        _FLOOD,
        _count("people killed", 2019, _AGENCY),
        COUNT,
        "In 2019, floods in the same valley killed 31.",
    ),
]
COUNT_KEEP += [
    (  # session 29 (occ29): an earlier flood's toll
        "count-earlier-flood",
        _FLOOD,
        _count("people killed", 31, _AGENCY),
        COUNT,
        "In 2019, floods in the same valley killed 31.",
    ),
    (
        "count-killed-as-evacuated",
        _FLOOD,
        _count("people evacuated", 23, _AGENCY),
        COUNT,
        "Floods in the north have killed 23 people since Friday",
    ),
]
_TOLL_LEAD = "Rescue work went on through the night."
_TOLLS: list[tuple[str, int, str, str]] = [
    ("people killed", 12, "An avalanche in the Alps killed 12 climbers on Saturday.", "exact"),
    (
        "people injured",
        40,
        "At least 40 people were injured when the bridge collapsed.",
        "at_least",
    ),
    ("people displaced", 3000, "The fire has displaced 3000 residents, officials said.", "exact"),
    ("people killed", 5, "Five days of shelling have killed 5 civilians, the mayor said.", "exact"),
    (
        "people missing",
        27,
        "Police said 27 people were still missing after the landslide.",
        "exact",
    ),
    ("people killed", 64, "The death toll from the earthquake rose to 64 on Tuesday.", "exact"),
    ("people arrested", 19, "Police arrested 19 protesters outside parliament.", "exact"),
    ("people evacuated", 800, "About 800 people were evacuated from the coast.", "about"),
]
COUNT_CLEAR += [
    (
        f"count-{index}",
        _said(_TOLL_LEAD, sentence),
        _count(what, value, _TOLL_LEAD, qualifier),
        COUNT,
        sentence,
    )
    for index, (what, value, sentence, qualifier) in enumerate(_TOLLS)
]

KEEP = PLACE_KEEP + PROPOSER_KEEP + SPEAKER_KEEP + COUNT_KEEP
CLEAR = PLACE_CLEAR + PROPOSER_CLEAR + SPEAKER_CLEAR + COUNT_CLEAR


def _check(text: str, facts: ArticleFacts, path: str) -> SupportCheck:
    """The rules' own check of the value (as the second reader is asked about it)."""
    (check,) = [c for c in ground(facts, text).support if c.path == path]
    return check.model_copy(update={"supported": False, "unconfirmed": True})


def _verdict(case: Case) -> str:
    _id, text, data, path, passage = case
    facts = ArticleFacts.model_validate(data)
    return trust("stated", passage, _check(text, facts, path), facts, text)


@pytest.mark.parametrize("case", KEEP, ids=[case[0] for case in KEEP])
def test_a_wrong_value_in_another_role_is_kept(case: Case) -> None:
    assert _verdict(case) != ""


@pytest.mark.parametrize("case", CLEAR, ids=[case[0] for case in CLEAR])
def test_a_right_value_in_its_own_sentence_clears(case: Case) -> None:
    assert _verdict(case) == ""
