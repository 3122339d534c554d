"""The ``party`` support kind (``summarizer/verification/sides/parties.py``): the fifth red-team set
by category, every gold party supported, and the alias table's shape."""

from __future__ import annotations

import collections

from summarizer.articles import load_article
from summarizer.comparators import support_of
from summarizer.evaluation.gold import load_gold
from summarizer.schema.stories import Reaction, StanceStatement, Summit
from summarizer.text.countries import PARTIES
from summarizer.verification.grounding import ground
from summarizer.verification.people.party_names import party_of
from tests.conftest import ROOT
from tests.grounding_cases import (
    CASES,
    generated_cases,
    load_cases,
    per_category,
    verdict,
    wrong_verdicts,
)

SET = CASES.with_name("grounding_redteam5.jsonl")
CATEGORIES = {
    "party-capital",
    "party-seat",
    "party-people",
    "party-short",
    "party-tie",
    "party-leader",
    "party-region",
    "party-typography",
    "party-place",
}


def test_the_fifth_red_team_set_is_what_its_generator_builds() -> None:
    assert generated_cases("make_party_cases") == load_cases(SET)


def test_the_party_red_team_set_gets_its_verdicts() -> None:
    """Each alias kind must pass, each look-alike must fail: at least 60 decided cases, both
    verdicts in every category, none wrong. Known gaps are documented limits and must still
    be wrong (a gap that closes is taken off the list)."""
    cases = load_cases(SET)
    decided = [case for case in cases if not case.get("known_gap")]
    assert len(decided) >= 60
    per = per_category(decided)
    assert {category for category, _ in per} == CATEGORIES
    assert all(per[(category, expect)] for category in CATEGORIES for expect in (True, False))
    wrong = wrong_verdicts(decided)
    assert not wrong, "\n".join(wrong)
    gaps = [case for case in cases if case.get("known_gap")]
    closed = [case["id"] for case in gaps if verdict(case) == case["expect"]]
    assert not closed, f"known gaps that pass now: {closed}"


def test_every_gold_party_is_checked_and_supported() -> None:
    """The 86 parties of the gold files (summit parties, stance parties, reacting parties) are
    all checked by the party rule, and none is flagged."""
    checked = flagged = 0
    for label in load_gold(ROOT / "evals" / "gold").values():
        article = load_article(ROOT / label.source)
        report = ground(label.facts, article.text, article.metadata)
        parties = [check for check in report.support if check.kind == "party"]
        checked += len(parties)
        flagged += sum(not check.supported for check in parties)
    assert (checked, flagged) == (86, 0)


def test_the_party_fields_declare_the_party_kind() -> None:
    for model, field in ((Summit, "parties"), (StanceStatement, "party"), (Reaction, "who")):
        rule = support_of(model.model_fields[field])
        assert rule is not None and rule.kind == "party", (model, field)


def test_no_alias_names_two_parties() -> None:
    """An alias belongs to one party: a second claim would be dropped silently at import."""
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for key, parts in PARTIES.items():
        for aliases in parts:
            for alias in aliases:
                owners[alias.lower().replace(".", "")].add(key)
    assert {alias: keys for alias, keys in owners.items() if len(keys) > 1} == {}


def test_a_value_names_a_party_alone_or_with_a_body_word() -> None:
    assert party_of("the Kremlin") == "russia"
    assert party_of("Ukrainian forces") == "ukraine"
    assert party_of("U.S.") == party_of("United States") == "us"
    assert party_of("South Korea") == "southkorea" != party_of("North Korea")
    assert party_of("Russian oil") is None  # a thing, not a body of the country
    assert party_of("Vladimir Putin") is None


def _stance_supported(party: str, sentence: str) -> bool:
    text = f"Truce talks resume\n\n{sentence}\n\nNo date was set for a next round.\n"
    case = {
        "id": "table",
        "check": "support",
        "text": text,
        "path": "ceasefires[0].positions[0].party",
        "facts": {
            "ceasefires": [
                {"positions": [{"party": party, "stance": "supports", "evidence": [sentence]}]}
            ]
        },
    }
    return verdict(case)


def test_every_country_in_the_table_is_named_by_each_of_its_aliases() -> None:
    """Every entry that is a country (it has a people's word or a capital) is supported by its
    name, its people's word and its capital, in the sentence shapes wires use; and no entry's
    alias supports a neighbour in the table (the next country's value is refused)."""
    keys = [key for key, (names, people, capitals, _) in PARTIES.items() if people or capitals]
    wrong: list[str] = []
    for index, key in enumerate(keys):
        names, people, capitals, _seats = PARTIES[key]
        value, other = names[0], PARTIES[keys[(index + 1) % len(keys)]][0][0]
        sentences = [f"{names[0]} said on Monday it backed the plan."]
        sentences += (
            [f"{people[0]} officials said on Monday they backed the plan."] if people else []
        )
        sentences += [f"{capitals[0]} said on Monday it backed the plan."] if capitals else []
        for sentence in sentences:
            if not _stance_supported(value, sentence):
                wrong.append(f"{value} refused: {sentence}")
            if _stance_supported(other, sentence):
                wrong.append(f"{other} accepted: {sentence}")
    assert not wrong, "\n".join(wrong)


UN_MEMBERS = (
    'Afghanistan',
    'Albania',
    'Algeria',
    'Andorra',
    'Angola',
    'Antigua and Barbuda',
    'Argentina',
    'Armenia',
    'Australia',
    'Austria',
    'Azerbaijan',
    'Bahamas',
    'Bahrain',
    'Bangladesh',
    'Barbados',
    'Belarus',
    'Belgium',
    'Belize',
    'Benin',
    'Bhutan',
    'Bolivia',
    'Bosnia and Herzegovina',
    'Botswana',
    'Brazil',
    'Brunei',
    'Bulgaria',
    'Burkina Faso',
    'Burundi',
    'Cabo Verde',
    'Cambodia',
    'Cameroon',
    'Canada',
    'Central African Republic',
    'Chad',
    'Chile',
    'China',
    'Colombia',
    'Comoros',
    'Republic of Congo',
    'Costa Rica',
    "Cote d'Ivoire",
    'Croatia',
    'Cuba',
    'Cyprus',
    'Czech Republic',
    'Democratic Republic of Congo',
    'Denmark',
    'Djibouti',
    'Dominica',
    'Dominican Republic',
    'Ecuador',
    'Egypt',
    'El Salvador',
    'Equatorial Guinea',
    'Eritrea',
    'Estonia',
    'Eswatini',
    'Ethiopia',
    'Fiji',
    'Finland',
    'France',
    'Gabon',
    'Gambia',
    'Georgia',
    'Germany',
    'Ghana',
    'Greece',
    'Grenada',
    'Guatemala',
    'Guinea',
    'Guinea-Bissau',
    'Guyana',
    'Haiti',
    'Honduras',
    'Hungary',
    'Iceland',
    'India',
    'Indonesia',
    'Iran',
    'Iraq',
    'Ireland',
    'Israel',
    'Italy',
    'Jamaica',
    'Japan',
    'Jordan',
    'Kazakhstan',
    'Kenya',
    'Kiribati',
    'Kuwait',
    'Kyrgyzstan',
    'Laos',
    'Latvia',
    'Lebanon',
    'Lesotho',
    'Liberia',
    'Libya',
    'Liechtenstein',
    'Lithuania',
    'Luxembourg',
    'Madagascar',
    'Malawi',
    'Malaysia',
    'Maldives',
    'Mali',
    'Malta',
    'Marshall Islands',
    'Mauritania',
    'Mauritius',
    'Mexico',
    'Micronesia',
    'Moldova',
    'Monaco',
    'Mongolia',
    'Montenegro',
    'Morocco',
    'Mozambique',
    'Myanmar',
    'Namibia',
    'Nauru',
    'Nepal',
    'Netherlands',
    'New Zealand',
    'Nicaragua',
    'Niger',
    'Nigeria',
    'North Korea',
    'North Macedonia',
    'Norway',
    'Oman',
    'Pakistan',
    'Palau',
    'Panama',
    'Papua New Guinea',
    'Paraguay',
    'Peru',
    'Philippines',
    'Poland',
    'Portugal',
    'Qatar',
    'Romania',
    'Russia',
    'Rwanda',
    'Saint Kitts and Nevis',
    'Saint Lucia',
    'Saint Vincent and the Grenadines',
    'Samoa',
    'San Marino',
    'Sao Tome and Principe',
    'Saudi Arabia',
    'Senegal',
    'Serbia',
    'Seychelles',
    'Sierra Leone',
    'Singapore',
    'Slovakia',
    'Slovenia',
    'Solomon Islands',
    'Somalia',
    'South Africa',
    'South Korea',
    'South Sudan',
    'Spain',
    'Sri Lanka',
    'Sudan',
    'Suriname',
    'Sweden',
    'Switzerland',
    'Syria',
    'Tajikistan',
    'Tanzania',
    'Thailand',
    'Timor-Leste',
    'Togo',
    'Tonga',
    'Trinidad and Tobago',
    'Tunisia',
    'Turkey',
    'Turkmenistan',
    'Tuvalu',
    'Uganda',
    'Ukraine',
    'United Arab Emirates',
    'United Kingdom',
    'United States',
    'Uruguay',
    'Uzbekistan',
    'Vanuatu',
    'Venezuela',
    'Vietnam',
    'Yemen',
    'Zambia',
    'Zimbabwe',
)  # fmt: skip


def test_every_un_member_state_is_a_party_of_its_own() -> None:
    """A country the table lacked was read as a person ("Thailand is not named in its evidence"
    for "Thai acting Prime Minister ..." in an outside check): every member state has an entry,
    each its own."""
    members = UN_MEMBERS
    assert len(members) == 193, len(members)
    keys = {name: party_of(name) for name in members}
    assert [name for name, key in keys.items() if key is None] == []
    assert len(set(keys.values())) == 193
