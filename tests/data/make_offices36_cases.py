# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the office-credit set of session 36 (``grounding_offices36.jsonl``): value-support
cases for a quote's speaker when the quote is credited to an office ("the secretary said",
"the head of government said", "Canada's prime minister warned", "said the chief executive")
that stands for a person the page gives that office elsewhere, with what must pass and what
must fail:

- ``office-given``: the page gives the person the office by a title before the name
  ("Attorney General Rosa Vantongeren", "Secretary of State X", "Premier minister" forms), by
  apposition after it ("X, the chief executive,", "X, Canada's finance minister,") or before
  it ("the deputy mayor, X,"), or as the head of government ("the head of government" for the
  page's prime minister or chancellor), wherever on the page, the credit before or after the
  name. Refused: another person of the page with another office (a deputy, a former holder, a
  finance minister for "the prime minister", a rival named nearer);
- ``country-leader``: a head of government's or state's office with a country ("the Irish
  premier", "Portugal's president", "the prime minister of Norway") for the one person the page
  names with that country ("Ireland's Aoife Brennan", "Lars Vik of Norway") and gives no other
  office. Refused: another country's leader beside them, the other side of the visit, a person
  of that country the page gives another office.

Run ``python tests/data/make_offices36_cases.py`` to rebuild it. Every sentence is written for
this set (invented people and outlets, invented sentences), in wordings other than the outside
checks': other verbs, the credit before and after the quote, British and American styles; each
verdict is what a careful fact-checker reads, decided when written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases

OUT = Path(__file__).with_name("grounding_offices36.jsonl")

built = SupportCases(
    "of36",
    leads=[
        "By Tamsin Olerud | The Lakeside Post",
        "BRANTFORD (Northgate Wire) -",
        "POLITICS | The Copper Valley Ledger",
        "From our political desk, The Saltmarsh Herald.",
    ],
)


def quote(
    category: str, paragraphs: list[str], words: str, passes: list[str], fails: list[str]
) -> None:
    """One quote on a page of ``paragraphs``: ``passes`` said ``words``, ``fails`` did not."""
    built.page_quote(category, words, passes, fails, *paragraphs)


C = "office-given"
quote(
    C,
    [
        "Attorney General Rosa Vantongeren met the county sheriff, Dale Pruitt, at the courthouse on Monday.",
        "Pruitt left early. Asked about the inquiry, the attorney general replied: \"Every file will be opened.\"",
    ],
    "Every file will be opened.",
    ["Rosa Vantongeren"],
    ["Dale Pruitt"],
)
quote(
    C,
    [
        "The budget was drawn up by Hamish Corrie, Scotland's finance secretary, over the summer.",
        "Opposition leader Ines Varga called it timid. \"We have made the hard choices,\" the finance secretary insisted on Tuesday.",
    ],
    "We have made the hard choices,",
    ["Hamish Corrie"],
    ["Ines Varga"],
)
quote(
    C,
    [
        "Prime minister Odile Marchetti congratulated the winner, Bruno Kessler, on Sunday night.",
        "\"Parliament will sit again in a fortnight,\" said the head of government.",
    ],
    "Parliament will sit again in a fortnight,",
    ["Odile Marchetti"],
    ["Bruno Kessler"],
)
quote(
    C,
    [
        "Halvard Freight's chief executive, Priya Menon, spoke after the results; its chairman, Tom Reade, did not.",
        "\"Volumes are back where they were before the strike,\" the chief executive told analysts.",
    ],
    "Volumes are back where they were before the strike,",
    ["Priya Menon"],
    ["Tom Reade"],
)
quote(
    C,
    [
        "The deputy mayor, Kwame Asante, opened the new bridge on Friday with the city engineer Julia Brandt.",
        "\"It was late and it was over budget, but it is here,\" the deputy mayor joked.",
    ],
    "It was late and it was over budget, but it is here,",
    ["Kwame Asante"],
    ["Julia Brandt"],
)
quote(
    C,
    [
        "Secretary of Commerce Dana Whitcomb flew to Ottawa on Wednesday. The Canadian envoy Marc Gauthier met her plane.",
        "\"We are closer than we were,\" the secretary told reporters at the airport.",
    ],
    "We are closer than we were,",
    ["Dana Whitcomb"],
    ["Marc Gauthier"],
)
quote(
    C,
    [
        "The former prime minister, Gerald Ashby, sat in the gallery as Prime Minister Ruth Okafor opened the debate.",
        "\"No family will pay more,\" the prime minister promised.",
    ],
    "No family will pay more,",
    ["Ruth Okafor"],
    ["Gerald Ashby"],
)
quote(
    C,
    [
        "Deputy Prime Minister Colm Haverty stood in for the premier, Siobhan Reilly, at the summit's opening.",
        "The premier arrived later and was sharper: \"This deal is not yet done.\"",
    ],
    "This deal is not yet done.",
    ["Siobhan Reilly"],
    ["Colm Haverty"],
)
quote(
    C,
    [
        "\"We will not be rushed,\" the spokeswoman said of the review, which has run since March.",
        "The union's Greta Lindqvist called the wait a scandal. The ministry's spokeswoman, Anke Vermeulen, has led its briefings since January.",
    ],
    "We will not be rushed,",
    ["Anke Vermeulen"],
    ["Greta Lindqvist"],
)
quote(
    C,
    [
        "Finance Minister Tomasz Wrona and Prime Minister Ewa Kalinska presented the plan together in Gdansk.",
        "The prime minister had the last word: \"Nobody will lose their pension.\"",
    ],
    "Nobody will lose their pension.",
    ["Ewa Kalinska"],
    ["Tomasz Wrona"],
)
quote(
    C,
    [
        "Governor Elena Soto signed the water bill on Thursday; Lieutenant Governor Ray Dunn had pushed for a veto.",
        "\"Farmers asked for certainty and this gives it to them,\" the governor said in a statement.",
    ],
    "Farmers asked for certainty and this gives it to them,",
    ["Elena Soto"],
    ["Ray Dunn"],
)

C = "country-leader"
quote(
    C,
    [
        "Ireland's Aoife Brennan and Portugal's Rui Tavares met in Lisbon on Thursday to talk about fishing quotas.",
        "\"We want the same rules in every harbour,\" the Irish premier said afterwards.",
    ],
    "We want the same rules in every harbour,",
    ["Aoife Brennan"],
    ["Rui Tavares"],
)
quote(
    C,
    [
        "Lars Vik of Norway hosted Anna Sorensen of Denmark at his summer residence.",
        "The Norwegian prime minister set the tone: \"Our seas are shared, so our rules must be.\"",
    ],
    "Our seas are shared, so our rules must be.",
    ["Lars Vik"],
    ["Anna Sorensen"],
)
quote(
    C,
    [
        "Canada's Hugo Lemaire spent two hours with Mexico's Carmen Ruiz in Monterrey.",
        "Speaking later, Canada's prime minister said: \"Trade between us has never mattered more.\"",
    ],
    "Trade between us has never mattered more.",
    ["Hugo Lemaire"],
    ["Carmen Ruiz"],
)
quote(
    C,
    [
        "Ghana's Kofi Asamoah received Nigeria's Bola Adeyemi at the presidential villa in Accra.",
        "\"Our border will stay open,\" said the president of Ghana.",
    ],
    "Our border will stay open,",
    ["Kofi Asamoah"],
    ["Bola Adeyemi"],
)
quote(
    C,
    [
        "Chile's Marta Fuentes and Peru's Diego Salas signed the water accord in Arica.",
        "\"This is the end of a forty-year quarrel,\" the Chilean president told the crowd.",
    ],
    "This is the end of a forty-year quarrel,",
    ["Marta Fuentes"],
    ["Diego Salas"],
)
quote(
    C,
    [
        "Austria's Klaus Berger was the first to arrive; Hungary's Zoltan Farkas came an hour later.",
        "The Austrian chancellor has warned that \"nobody should expect miracles\" from the talks.",
    ],
    "nobody should expect miracles",
    ["Klaus Berger"],
    ["Zoltan Farkas"],
)
quote(
    C,
    [
        "Finland's Mikko Lahti took questions alongside Estonia's Kaja Tamm in Helsinki.",
        "The Estonian premier was blunt: \"Words are cheap; ferries are not.\"",
    ],
    "Words are cheap; ferries are not.",
    ["Kaja Tamm"],
    ["Mikko Lahti"],
)
quote(
    C,
    [
        "Kenya's Daniel Mwangi welcomed Uganda's Ruth Namaganda to State House on Saturday.",
        "\"We are one market or we are nothing,\" the Ugandan president declared.",
    ],
    "We are one market or we are nothing,",
    ["Ruth Namaganda"],
    ["Daniel Mwangi"],
)
quote(
    C,
    [
        "Belgium's Pieter Claes greeted Dutch foreign minister Femke de Jong and Luxembourg's Marc Weber at the border town of Schengen.",
        "\"Open borders are not up for negotiation,\" the Belgian prime minister said.",
    ],
    "Open borders are not up for negotiation,",
    ["Pieter Claes"],
    ["Femke de Jong"],
)
quote(
    C,
    [
        "Italy's Paolo Greco spoke by phone with Spain's Lucia Moreno before the summit in Rome.",
        "\"The migration pact must be fair to the south,\" the Spanish prime minister told El Diario later.",
    ],
    "The migration pact must be fair to the south,",
    ["Lucia Moreno"],
    ["Paolo Greco"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
