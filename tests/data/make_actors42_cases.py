# ruff: noqa: E501  (the articles are written one paragraph a line, as outlets print them)
"""Build the actors set of session 19 from check 42's causes 3 and 5
(``grounding_actors42.jsonl``): value-support cases for who sponsors a measure, who proposes a
truce, and who is a party of a meeting, by category, each with what must pass and what must
fail. The general shapes:

- ``act-sponsor``: the subject of a verb that makes, changes or announces the measure is its
  sponsor, whatever the verb ("halve", "cut", "raise", "extend", "write", "announce") and
  whatever its tense (past, present, future "will", "said he would", pluperfect "had
  written"), in a main clause, after "said (that) he would", or in a relative clause of the
  measure ("which Rep. Smith had written"); never the reporter, the critic, the addressee,
  nor a meeting's host ("at the summit hosted by X" hosts the meeting, not the sanctions);
- ``act-proposer``: a truce's proposer as the one who extended, renewed or declared it, or at
  whose request ("at/on the request of X", "at X's request") another agreed to it; never the
  side that agreed at the request, nor the go-between;
- ``host-party``: a meeting's host, chair or presiding officer ("chaired by", "hosted",
  "presided over", "the host, X") is one of its parties; one merely in attendance, a minister
  seated beside a leader, or the host of another occasion is not;
- ``same-surname``: a different person who shares a surname (or more) with the meeting's
  party ("Li Keqiang" where "Li Qiang" met, "Nawaz Sharif" where "Shehbaz Sharif" met) is
  not a party even when named in the same sentence.

Run ``python tests/data/make_actors42_cases.py`` to rebuild it. Every article below was
written for this set (fictional outlets and people, or real bodies in invented sentences);
each verdict is what a careful fact-checker reads in the text, decided when the case was
written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # run as a script or loaded by a test
from support_sets import SupportCases, verdicts

OUT = Path(__file__).with_name("grounding_actors42.jsonl")

built = SupportCases(
    "ac42",
    leads=(
        "LUSAKA (Copperbelt Wire) -",
        "By our diplomatic staff",
        "JAKARTA, June 9 (Nusantara Desk) -",
        "Press release, Ministry of Trade:",
        "LIVE UPDATES:",
    ),
    lead_end="\n\n",
)


def role(category: str, role_name: str, text: str, passes: list[str], fails: list[str]) -> None:
    """Each of ``passes`` in ``role_name`` of a fact backed by the whole ``text``, each of
    ``fails`` refused."""
    page = built.page(text)
    for expect, who in verdicts(passes, fails):
        built.role(category, expect, f"{role_name} {who}", page, role_name, who, text)


def proposer(sentence: str, passes: list[str], fails: list[str]) -> None:
    for expect, who in verdicts(passes, fails):
        built.proposer(C, expect, sentence, who, f"proposer {who}", status="in_effect")


# --- act-sponsor: the subject of the measure's own verb, any verb, any tense -------------
C = "act-sponsor"
role(
    C,
    "sponsor",
    "President Amelia Ortiz said on Friday she would cut the levy on imported rice to 5% from 15%, the news agency Prensa Sur reported.",
    ["Amelia Ortiz"],
    ["Prensa Sur"],
)
role(
    C,
    "sponsor",
    "Chancellor Ruth Adebayo told reporters she will double the duty on foreign steel next month.",
    ["Ruth Adebayo"],
    [],
)
role(
    C,
    "sponsor",
    "The tariff, which Premier Tomasz Wilk had raised twice before the election, was criticised by Senator Ines Carvalho.",
    ["Tomasz Wilk"],
    ["Ines Carvalho"],
)
role(
    C,
    "sponsor",
    "Prime Minister Haruto Mori will unveil the export curbs at the G20 summit hosted by President Ana Ribeiro.",
    ["Haruto Mori"],
    ["Ana Ribeiro"],
)
role(
    C,
    "sponsor",
    "Rep. Dale Hutton steered the bill through committee, which Rep. Nora Quist had written over the winter.",
    ["Nora Quist"],
    [],
)
role(
    C,
    "sponsor",
    "Governor Kwame Asante extended the import ban by six months, his office said.",
    ["Kwame Asante"],
    [],
)
role(
    C,
    "sponsor",
    "Minister Leila Haddad says she is lowering the surcharge on fertiliser this week, a decision opposed by farmer leader Omar Said.",
    ["Leila Haddad"],
    ["Omar Said"],
)
role(
    C,
    "sponsor",
    "Trade Secretary Priya Menon told her Canadian counterpart, Luc Gagnon, that she would halve the duty on softwood.",
    ["Priya Menon"],
    ["Luc Gagnon"],
)
role(
    C,
    "sponsor",
    "The sanctions, which Foreign Minister Erik Solberg will announce at the Nordic summit chaired by Prime Minister Mette Lund, target 40 vessels.",
    ["Erik Solberg"],
    ["Mette Lund"],
)
role(
    C,
    "sponsor",
    "President Joao Mendes has tripled the tariff on imported cars, the newspaper Diario Leste wrote on Sunday.",
    ["Joao Mendes"],
    ["Diario Leste"],
)
role(
    C,
    "sponsor",
    "Critic Sven Aaltonen attacked the duties that President Maria Kovac had imposed in March.",
    ["Maria Kovac"],
    ["Sven Aaltonen"],
)
role(
    C,
    "sponsor",
    "Ambassador Chen Wei urged President Isabel Duarte to scrap the quota she had renewed in May.",
    [],
    ["Chen Wei"],
)

role(
    C,
    "sponsor",
    "Labour MP Gwen Rhys said the levy, which the Treasury will raise in April, would hurt bakers, the Western Mail reported.",
    [],
    ["Gwen Rhys", "Western Mail"],
)
role(
    C,
    "sponsor",
    "Asked about the quota, Commissioner Hedda Lind told the Financial Courier that Premier Ivo Saar would extend it.",
    ["Ivo Saar"],
    ["Hedda Lind", "Financial Courier"],
)
role(
    C,
    "sponsor",
    "Mr Sato, the finance minister, on Tuesday slashed the duty on imported wheat to 2%.",
    ["Sato"],
    [],
)
role(
    C,
    "sponsor",
    "Rep. Alma Torres had drafted the sanctions bill before Speaker Ray Colby blocked it.",
    ["Alma Torres"],
    ["Ray Colby"],
)

# --- act-proposer: extended, renewed or declared it; asked for it -------------------------
C = "act-proposer"
proposer(
    "Senior General Than Myint extended the ceasefire until June 30, state television said.",
    ["Than Myint"],
    [],
)
proposer(
    "The army agreed to the 72-hour truce at the request of the Red Cross.",
    ["the Red Cross"],
    ["The army"],
)
proposer(
    "Ethiopia accepted the humanitarian pause on the request of the African Union, mediators in Nairobi said.",
    ["the African Union"],
    ["Ethiopia"],
)
proposer(
    "At Qatar's request, the militia agreed to a two-day truce, brokered by Egypt.",
    ["Qatar"],
    ["Egypt"],
)
proposer(
    "President Ngozi Eze renewed the truce for another month on Sunday.",
    ["Ngozi Eze"],
    [],
)
proposer(
    "Colonel Adamu Bello, the junta leader, had declared the ceasefire after the floods.",
    ["Adamu Bello"],
    [],
)
proposer(
    "The rebels agreed to the truce at the request of Norway, which hosted the talks, the ministry said.",
    ["Norway"],
    ["The rebels"],
)
proposer(
    "The truce was agreed by the government at the request of the opposition, according to the foreign office.",
    ["the opposition"],
    ["the government"],
)
proposer(
    "Field Marshal Aziz Rahman will extend the ceasefire by 10 days, his spokesman said, at the urging of mediator Sara Lind.",
    ["Aziz Rahman"],
    [],
)
proposer(
    "Turkey, which mediated the talks, welcomed the truce that Azerbaijan had requested.",
    ["Azerbaijan"],
    ["Turkey"],
)
proposer(
    "The Kenyan side agreed to the ceasefire, which the Somali side had asked for.",
    ["the Somali side"],
    ["The Kenyan side"],
)

proposer(
    "Mediator Lars Holt said the militia would extend the truce only if the army did, the radio reported.",
    [],
    ["Lars Holt"],
)
proposer(
    "Algeria welcomed the ceasefire, which Mali had declared on Sunday.",
    ["Mali"],
    ["Algeria"],
)
proposer(
    "The government asked the rebels to renew the truce, but they refused.",
    [],
    ["the rebels"],
)

# --- host-party: a meeting's host or chair is a party -------------------------------------
C = "host-party"
role(
    C,
    "party",
    "The regional summit, chaired by Ghanaian President Kofi Owusu, brought together the leaders of Togo and Benin.",
    ["Kofi Owusu"],
    [],
)
role(
    C,
    "party",
    "Chancellor Greta Holm hosted Prime Minister Raj Patel at the chancellery on Wednesday, with Finance Minister Ola Berg in attendance.",
    ["Greta Holm", "Raj Patel"],
    ["Ola Berg"],
)
role(
    C,
    "party",
    "President Nuno Sousa presided over the Lusophone summit, at which the presidents of Angola and Mozambique signed a trade pact.",
    ["Nuno Sousa"],
    [],
)
role(
    C,
    "party",
    "The talks between Vietnam and Laos were on Monday held in Hanoi and were chaired by the said Prime Minister Pham Duc.",
    ["Pham Duc"],
    [],
)
role(
    C,
    "party",
    "Leaders of the five Gulf states met in Muscat, hosted by Sultan Faisal bin Tariq, and agreed to a customs pact.",
    ["Faisal bin Tariq"],
    [],
)
role(
    C,
    "party",
    "The summit's host, President Elena Popescu, welcomed Chancellor Jonas Weber and Prime Minister Ivan Petrov to Bucharest.",
    ["Elena Popescu"],
    [],
)
role(
    C,
    "party",
    "Premier Lin Hao met Chancellor Dora Krause in Berlin; Krause's predecessor, Ulrich Haas, had hosted him last year.",
    ["Dora Krause"],
    ["Ulrich Haas"],
)
role(
    C,
    "party",
    "As host, Prime Minister Anders Vik opened the Arctic Council meeting, which foreign ministers from seven nations attended.",
    ["Anders Vik"],
    [],
)
role(
    C,
    "party",
    "Presiding over the meeting, Secretary-General Aisha Bello urged the two delegations to sign.",
    [],
    ["Aisha Bello"],
)
role(
    C,
    "party",
    "President Omar Diallo met President Lea Martin in Dakar, accompanied by Foreign Minister Ibrahima Sy.",
    ["Omar Diallo", "Lea Martin"],
    ["Ibrahima Sy"],
)
role(
    C,
    "party",
    "The talks were chaired by Foreign Minister Rosa Vidal, and the delegations of Peru and Bolivia sat across from each other.",
    [],
    ["Rosa Vidal"],
)
role(
    C,
    "party",
    "Mayor Tilda Rask, who hosted last year's forum, watched from the gallery as President Hugo Lenz met Chancellor Maja Roth.",
    ["Hugo Lenz"],
    ["Tilda Rask"],
)

role(
    C,
    "party",
    "Talks between the two armies, chaired by General Musa Kane, resumed in Bamako on Friday.",
    [],
    ["Musa Kane"],
)
role(
    C,
    "party",
    "Prime Minister Rangi Parata will host the Pacific leaders' summit in Rotorua next week, where he will sit down with the leaders of Fiji and Samoa.",
    ["Rangi Parata"],
    [],
)
role(
    C,
    "party",
    "The forum, hosted by President Yara Haddad, was attended by the premiers of Jordan and Iraq.",
    ["Yara Haddad"],
    [],
)
role(
    C,
    "party",
    "Emir Khalid presided over the signing, as the delegations of Sudan and Chad exchanged the documents.",
    [],
    ["Khalid"],
)
role(
    C,
    "party",
    "Chancellor Ida Falk met President Leon Mertz in Bern, flanked by her economy minister, Jan Roos.",
    ["Ida Falk", "Leon Mertz"],
    ["Jan Roos"],
)

role(
    C,
    "party",
    "President Ana Lucic chaired Tuesday's summit in Zagreb; her predecessor, Marko Juric, had chaired the one before.",
    ["Ana Lucic"],
    ["Marko Juric"],
)

# --- same-surname: a different person with the party's surname is no party ---------------
C = "same-surname"
role(
    C,
    "party",
    "Wang Lei met Chancellor Paula Stein in Vienna; the previous round was attended by Wang Leiming.",
    ["Wang Lei", "Paula Stein"],
    ["Wang Leiming"],
)
role(
    C,
    "party",
    "Prime Minister Shehzad Malik met President Ilham Rasul, a week after his brother Nadeem Malik had left for London.",
    ["Shehzad Malik", "Ilham Rasul"],
    ["Nadeem Malik"],
)
role(
    C,
    "party",
    "President Park Jun-ho met Prime Minister Ito Kenji in Seoul, five years after former President Park Ji-won hosted the last such summit.",
    ["Park Jun-ho", "Ito Kenji"],
    ["Park Ji-won"],
)
role(
    C,
    "party",
    "Premier Zhao Ming held talks with Chancellor Nils Berg, whom the late Premier Zhao Mingyuan had first invited in 2015.",
    ["Zhao Ming", "Nils Berg"],
    ["Zhao Mingyuan"],
)
role(
    C,
    "party",
    "Maria Gonzalez Ruiz, the foreign minister, met Ambassador Tom Hale; her cousin Maria Gonzalez Vidal did not attend.",
    ["Maria Gonzalez Ruiz", "Tom Hale"],
    ["Maria Gonzalez Vidal"],
)
role(
    C,
    "party",
    "President Andile Dube met King Letsie in Maseru, where his predecessor Themba Dube had signed the first accord.",
    ["Andile Dube", "Letsie"],
    ["Themba Dube"],
)
role(
    C,
    "party",
    "Minister Ahmed Karimi and Minister Farid Karimi, no relation, both spoke; only Ahmed Karimi met the Qatari envoy, Khalid Thani.",
    ["Ahmed Karimi", "Khalid Thani"],
    ["Farid Karimi"],
)
role(
    C,
    "party",
    "Kim Soo-min, the new premier, met Japan's Suzuki Aya; Kim Soo-hyun, her predecessor, had cancelled the meeting in 2023.",
    ["Kim Soo-min", "Suzuki Aya"],
    ["Kim Soo-hyun"],
)
role(
    C,
    "party",
    "Senator Paul Brandt watched as his father, former Chancellor Otto Brandt, met President Lina Aho in Helsinki.",
    ["Otto Brandt", "Lina Aho"],
    ["Paul Brandt"],
)
role(
    C,
    "party",
    "Nguyen Van An met Hun Sokha in Phnom Penh; Nguyen Van Binh, his deputy, stayed in Hanoi.",
    ["Nguyen Van An", "Hun Sokha"],
    ["Nguyen Van Binh"],
)


# A negated verb makes no measure (session 19 review): "said she would not cut the levy".
C = "act-sponsor"
role(
    C,
    "sponsor",
    "Ana Ruiz said she would not cut the levy on rice, despite the protests.",
    [],
    ["Ana Ruiz"],
)
role(
    C,
    "sponsor",
    "Tomas Berg told reporters he will not raise the duty on steel this year.",
    [],
    ["Tomas Berg"],
)


def build_cases() -> list[dict[str, Any]]:
    return built.cases


if __name__ == "__main__":
    built.write(OUT)
