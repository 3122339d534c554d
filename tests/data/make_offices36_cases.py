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
  of that country the page gives another office;
- ``rank-and-former``: "the chancellor", "the governor", "the president" for the one holder
  when the page also names a former, shadow, deputy, vice, assistant, acting, interim or
  lieutenant holder of the same office ("the interim president" for the interim one). Refused:
  that holder of a rank the description does not say;
- ``own-apposition``: a credit whose office carries the holder's name in apposition ("Norway's
  development minister, Sigrid Haug, called", "said the trade minister, Julio Paredes,").
  Refused: anyone else named on the page.

``office-given`` also holds a description inside the quote ('"The prime minister has no plan,"
Lund said'), which credits no office holder.

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
        'Pruitt left early. Asked about the inquiry, the attorney general replied: "Every file will be opened."',
    ],
    "Every file will be opened.",
    ["Rosa Vantongeren"],
    ["Dale Pruitt"],
)
quote(
    C,
    [
        "The budget was drawn up by Hamish Corrie, Scotland's finance secretary, over the summer.",
        'Opposition leader Ines Varga called it timid. "We have made the hard choices," the finance secretary insisted on Tuesday.',
    ],
    "We have made the hard choices,",
    ["Hamish Corrie"],
    ["Ines Varga"],
)
quote(
    C,
    [
        "Prime minister Odile Marchetti congratulated the winner, Bruno Kessler, on Sunday night.",
        '"Parliament will sit again in a fortnight," said the head of government.',
    ],
    "Parliament will sit again in a fortnight,",
    ["Odile Marchetti"],
    ["Bruno Kessler"],
)
quote(
    C,
    [
        "Halvard Freight's chief executive, Priya Menon, spoke after the results; its chairman, Tom Reade, did not.",
        '"Volumes are back where they were before the strike," the chief executive told analysts.',
    ],
    "Volumes are back where they were before the strike,",
    ["Priya Menon"],
    ["Tom Reade"],
)
quote(
    C,
    [
        "The deputy mayor, Kwame Asante, opened the new bridge on Friday with the city engineer Julia Brandt.",
        '"It was late and it was over budget, but it is here," the deputy mayor joked.',
    ],
    "It was late and it was over budget, but it is here,",
    ["Kwame Asante"],
    ["Julia Brandt"],
)
quote(
    C,
    [
        "Secretary of Commerce Dana Whitcomb flew to Ottawa on Wednesday. The Canadian envoy Marc Gauthier met her plane.",
        '"We are closer than we were," the secretary told reporters at the airport.',
    ],
    "We are closer than we were,",
    ["Dana Whitcomb"],
    ["Marc Gauthier"],
)
quote(
    C,
    [
        "The former prime minister, Gerald Ashby, sat in the gallery as Prime Minister Ruth Okafor opened the debate.",
        '"No family will pay more," the prime minister promised.',
    ],
    "No family will pay more,",
    ["Ruth Okafor"],
    ["Gerald Ashby"],
)
quote(
    C,
    [
        "Deputy Prime Minister Colm Haverty stood in for the premier, Siobhan Reilly, at the summit's opening.",
        'The premier arrived later and was sharper: "This deal is not yet done."',
    ],
    "This deal is not yet done.",
    ["Siobhan Reilly"],
    ["Colm Haverty"],
)
quote(
    C,
    [
        '"We will not be rushed," the spokeswoman said of the review, which has run since March.',
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
        'The prime minister had the last word: "Nobody will lose their pension."',
    ],
    "Nobody will lose their pension.",
    ["Ewa Kalinska"],
    ["Tomasz Wrona"],
)
quote(
    C,
    [
        "Governor Elena Soto signed the water bill on Thursday; Lieutenant Governor Ray Dunn had pushed for a veto.",
        '"Farmers asked for certainty and this gives it to them," the governor said in a statement.',
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
        '"We want the same rules in every harbour," the Irish premier said afterwards.',
    ],
    "We want the same rules in every harbour,",
    ["Aoife Brennan"],
    ["Rui Tavares"],
)
quote(
    C,
    [
        "Lars Vik of Norway hosted Anna Sorensen of Denmark at his summer residence.",
        'The Norwegian prime minister set the tone: "Our seas are shared, so our rules must be."',
    ],
    "Our seas are shared, so our rules must be.",
    ["Lars Vik"],
    ["Anna Sorensen"],
)
quote(
    C,
    [
        "Canada's Hugo Lemaire spent two hours with Mexico's Carmen Ruiz in Monterrey.",
        'Speaking later, Canada\'s prime minister said: "Trade between us has never mattered more."',
    ],
    "Trade between us has never mattered more.",
    ["Hugo Lemaire"],
    ["Carmen Ruiz"],
)
quote(
    C,
    [
        "Ghana's Kofi Asamoah received Nigeria's Bola Adeyemi at the presidential villa in Accra.",
        '"Our border will stay open," said the president of Ghana.',
    ],
    "Our border will stay open,",
    ["Kofi Asamoah"],
    ["Bola Adeyemi"],
)
quote(
    C,
    [
        "Chile's Marta Fuentes and Peru's Diego Salas signed the water accord in Arica.",
        '"This is the end of a forty-year quarrel," the Chilean president told the crowd.',
    ],
    "This is the end of a forty-year quarrel,",
    ["Marta Fuentes"],
    ["Diego Salas"],
)
quote(
    C,
    [
        "Austria's Klaus Berger was the first to arrive; Hungary's Zoltan Farkas came an hour later.",
        'The Austrian chancellor has warned that "nobody should expect miracles" from the talks.',
    ],
    "nobody should expect miracles",
    ["Klaus Berger"],
    ["Zoltan Farkas"],
)
quote(
    C,
    [
        "Finland's Mikko Lahti took questions alongside Estonia's Kaja Tamm in Helsinki.",
        'The Estonian premier was blunt: "Words are cheap; ferries are not."',
    ],
    "Words are cheap; ferries are not.",
    ["Kaja Tamm"],
    ["Mikko Lahti"],
)
quote(
    C,
    [
        "Kenya's Daniel Mwangi welcomed Uganda's Ruth Namaganda to State House on Saturday.",
        '"We are one market or we are nothing," the Ugandan president declared.',
    ],
    "We are one market or we are nothing,",
    ["Ruth Namaganda"],
    ["Daniel Mwangi"],
)
quote(
    C,
    [
        "Belgium's Pieter Claes greeted Dutch foreign minister Femke de Jong and Luxembourg's Marc Weber at the border town of Schengen.",
        '"Open borders are not up for negotiation," the Belgian prime minister said.',
    ],
    "Open borders are not up for negotiation,",
    ["Pieter Claes"],
    ["Femke de Jong"],
)
quote(
    C,
    [
        "Italy's Paolo Greco spoke by phone with Spain's Lucia Moreno before the summit in Rome.",
        '"The migration pact must be fair to the south," the Spanish prime minister told El Diario later.',
    ],
    "The migration pact must be fair to the south,",
    ["Lucia Moreno"],
    ["Paolo Greco"],
)

C = "office-given"
quote(
    C,
    [
        "Prime Minister Jonas Ekdahl faced the opposition's Maja Lund in a televised debate on Thursday evening.",
        '"The prime minister has no plan for the hospitals," Lund said.',
    ],
    "The prime minister has no plan for the hospitals,",
    ["Maja Lund"],
    ["Jonas Ekdahl"],
)
quote(
    C,
    [
        "Mayor Darnell Pryor cut the ribbon at the new depot as the transit chief, Helen Osei, looked on.",
        '"I told the mayor we would finish on time," Osei recalled afterwards.',
    ],
    "I told the mayor we would finish on time,",
    ["Helen Osei"],
    ["Darnell Pryor"],
)

C = "rank-and-former"
quote(
    C,
    [
        "Former chancellor Dietmar Kuhn sat two rows behind Chancellor Petra Lindner at the memorial in Bonn.",
        '"We owe them our freedom," the chancellor said, her voice breaking.',
    ],
    "We owe them our freedom,",
    ["Petra Lindner"],
    ["Dietmar Kuhn"],
)
quote(
    C,
    [
        "Vice President Marisol Ortega stayed in the capital while President Tomas Iriarte flew to the flooded province.",
        'The president toured two shelters and told residents: "Nobody here will be forgotten."',
    ],
    "Nobody here will be forgotten.",
    ["Tomas Iriarte"],
    ["Marisol Ortega"],
)
quote(
    C,
    [
        "The acting governor, Colin Tate, handed over the keys of the residence to Governor Alma Ruiz on Monday.",
        '"This office belongs to the people of the state," the governor said at her swearing-in.',
    ],
    "This office belongs to the people of the state,",
    ["Alma Ruiz"],
    ["Colin Tate"],
)
quote(
    C,
    [
        "Deputy Mayor Ferris Holt chaired the morning session; Mayor Ingrid Aalto arrived after lunch.",
        '"We will not close a single library," the mayor pledged.',
    ],
    "We will not close a single library,",
    ["Ingrid Aalto"],
    ["Ferris Holt"],
)
quote(
    C,
    [
        "Lieutenant Governor Dale Ormsby presided over the senate while Governor Keisha Barnes lobbied the House.",
        '"The votes are there," the governor told reporters outside the chamber.',
    ],
    "The votes are there,",
    ["Keisha Barnes"],
    ["Dale Ormsby"],
)
quote(
    C,
    [
        "The former prime minister, Alastair Crewe, endorsed the candidate who beat Prime Minister Nadia Farouk.",
        'The prime minister conceded just after midnight: "The voters have spoken and I accept it."',
    ],
    "The voters have spoken and I accept it.",
    ["Nadia Farouk"],
    ["Alastair Crewe"],
)
quote(
    C,
    [
        "Shadow chancellor Priya Lal attacked the budget minutes after Chancellor Owen Reith sat down.",
        '"This is a budget for growth," the chancellor had insisted in his speech.',
    ],
    "This is a budget for growth,",
    ["Owen Reith"],
    ["Priya Lal"],
)
quote(
    C,
    [
        "Deputy Prime Minister Ruta Balode briefed the cabinet; Prime Minister Edgars Kalnins joined by video from Riga.",
        '"We are ready for the winter," the prime minister assured ministers.',
    ],
    "We are ready for the winter,",
    ["Edgars Kalnins"],
    ["Ruta Balode"],
)
quote(
    C,
    [
        "Assistant Secretary Gail Moreno opened the hearing; Secretary Byron Tull answered the senators' questions.",
        '"We have cut the backlog by half," the secretary testified.',
    ],
    "We have cut the backlog by half,",
    ["Byron Tull"],
    ["Gail Moreno"],
)
quote(
    C,
    [
        "The interim president, Rafael Duarte, signed the decree that Ana Beltran, the president-elect, had asked for.",
        '"The transition will be orderly," the interim president promised in a televised address.',
    ],
    "The transition will be orderly,",
    ["Rafael Duarte"],
    ["Ana Beltran"],
)

C = "own-apposition"
quote(
    C,
    [
        "Relief flights resumed on Monday. Norway's development minister, Sigrid Haug, flew in with the first cargo, and the UN coordinator Amir Sadeq met her on the tarmac.",
        'Norway\'s development minister, Sigrid Haug, called the airlift "a lifeline, not a solution".',
    ],
    "a lifeline, not a solution",
    ["Sigrid Haug"],
    ["Amir Sadeq"],
)
quote(
    C,
    [
        "The board met for six hours. Its chairwoman, Lorna Fitch, later read a statement; the chief executive, Rob Danvers, stayed silent.",
        'The chairwoman of Calder Mutual, Lorna Fitch, described the year as "the hardest in our history".',
    ],
    "the hardest in our history",
    ["Lorna Fitch"],
    ["Rob Danvers"],
)
quote(
    C,
    [
        "Ecuador's trade minister, Julio Paredes, led the talks. The EU side was headed by Karin Holm.",
        '"We have closed eleven of fourteen chapters," said the trade minister, Julio Paredes, on Friday.',
    ],
    "We have closed eleven of fourteen chapters,",
    ["Julio Paredes"],
    ["Karin Holm"],
)
quote(
    C,
    [
        "Fishermen blocked the harbour at dawn. Their union's leader, Tam Dorrie, spoke to the crowd before the mayor, Fiona Kerr, arrived.",
        'The union\'s leader, Tam Dorrie, warned that the boats "will not move until Friday".',
    ],
    "will not move until Friday",
    ["Tam Dorrie"],
    ["Fiona Kerr"],
)
quote(
    C,
    [
        "Talks on the dam resumed in Addis Ababa. Sudan's irrigation minister, Omar Haddad, met Egypt's envoy Nabil Aziz.",
        'Sudan\'s irrigation minister, Omar Haddad, said the filling schedule was "still the sticking point".',
    ],
    "still the sticking point",
    ["Omar Haddad"],
    ["Nabil Aziz"],
)
quote(
    C,
    [
        "The hospital's medical director, Dr Anil Kapoor, took questions with the health board's chair, Moira Bell.",
        '"No patient was put at risk," the medical director, Anil Kapoor, insisted.',
    ],
    "No patient was put at risk,",
    ["Anil Kapoor"],
    ["Moira Bell"],
)
quote(
    C,
    [
        "Senator Gwen Abara questioned the agency's administrator, Kurt Vasquez, about the delays.",
        'The agency\'s administrator, Kurt Vasquez, answered that "the contractors ran out of parts".',
    ],
    "the contractors ran out of parts",
    ["Kurt Vasquez"],
    ["Gwen Abara"],
)
quote(
    C,
    [
        "The central bank kept rates on hold. Its governor, Helena Marsh, faced the finance committee alongside the deputy governor, Ian Cole.",
        '"Inflation is not yet beaten," the governor, Helena Marsh, told MPs.',
    ],
    "Inflation is not yet beaten,",
    ["Helena Marsh"],
    ["Ian Cole"],
)
quote(
    C,
    [
        "The ceasefire talks broke up at dusk. Qatar's chief mediator, Khalid al-Sayed, shuttled between the rooms; the Red Cross envoy Lena Fisch waited outside.",
        'Qatar\'s chief mediator, Khalid al-Sayed, said both delegations were "closer than at any point this year".',
    ],
    "closer than at any point this year",
    ["Khalid al-Sayed"],
    ["Lena Fisch"],
)
quote(
    C,
    [
        "At the plant gate, workers cheered the company's operations director, Sam Ilori. The site manager, Beth Crane, handed out the new rotas.",
        '"Nobody is losing their job," said the operations director, Sam Ilori.',
    ],
    "Nobody is losing their job,",
    ["Sam Ilori"],
    ["Beth Crane"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
