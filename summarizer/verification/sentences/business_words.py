"""The words :mod:`.business_credits` reads a business's credit with ("the company said"):
the credit's tail, the nouns and name words that make a name a business's, a public body's or
a person's. Closed lists, kept apart so the reader stays within its module's size."""

from __future__ import annotations

from ..page.tokens import word_set
from ..people.names import TITLES
from .body_kinds import BUSINESS, NAME_WORDS

# A business's nouns: what a page calls a business it has named ("the company", "the firm";
# :mod:`..quotes.business_backs` reads them too).
BUSINESS_NOUNS = word_set(
    """company firm corporation carmaker automaker drugmaker insurer lender retailer
    airline carrier chipmaker manufacturer conglomerate business brewer miner housebuilder
    homebuilder"""
)

# What may follow the credit in its sentence: "on Monday", "in a statement", "told reporters".
TAIL = word_set(
    """on in a an its the statement statements email emailed response reply told reporters
    later earlier also today yesterday tonight this week monday tuesday wednesday thursday
    friday saturday sunday morning afternoon evening"""
)

# An apposition's head that makes a name a business ("Halvorsen Steel, the Norwegian
# steelmaker,"); not "a local builder" or "a developer", a person's as often.
APPOSED_NOUNS = BUSINESS_NOUNS | word_set("group chain supplier")

# A public body's own words, and the nouns that label a name one ("the regulator Ofwat").
BODY_WORDS = word_set(
    """council ministry department government agency authority office commission regulator
    police court parliament assembly committee board inquiry service administration bureau
    institute university school hospital trust charity party union federation watchdog
    tribunal cabinet senate congress army navy nhs"""
)

BODY_LABELS = word_set("regulator watchdog agency authority union")

# Trades an agency can be a business of ("its PR agency, Brightwater Comms").
TRADE_AGENCIES = word_set(
    "pr advertising marketing recruitment creative media travel talent design digital ad"
)

ROLE_WORDS = TITLES | word_set(
    """mayor councillor coach manager captain owner founder boss head officer inspector
    judge lawmaker mp reporter critic author player striker analyst economist lawyer
    barrister solicitor professor doctor marshal colonel major sergeant constable
    spokesman spokeswoman spokesperson chairwoman executive"""
)

# An apposition's head that makes a name a person's ("Sam Holt, a local builder,").
PERSON_NOUNS = word_set(
    """builder major filmmaker lawmaker organiser organizer critic resident farmer founder
    campaigner teacher nurse worker mother father son daughter wife husband driver student
    pensioner widow neighbour neighbor officer soldier veteran activist protester shopkeeper
    trader fisherman man woman boy girl mum dad grandmother grandfather partner friend
    customer tenant parent writer artist singer actor player fan witness victim survivor
    employee engineer scientist doctor surgeon lawyer accountant consultant investor
    entrepreneur businessman businesswoman politician candidate member leader chairman
    landlord academic researcher official solicitor adviser advisor analyst"""
)

# A business's name's last words ("Orwell Bakeries", "Norvale Energy", "Pask Haulage").
FIRM_WORDS = word_set(
    """foods food homes capital energy steel securities pharma pharmaceuticals water stone
    haulage cables media digital recruitment coaches gloves comms communications systems
    telecom logistics rail airways partners bakeries bakery brewing brewery diagnostics
    insurance aggregates distillers distillery freight shipping mills textiles retail stores
    supermarkets construction engineering technologies technology tech software labs
    electronics chemicals mining minerals oil gas petroleum power utilities investments
    holdings ventures finance financial bancorp savings aerospace parts brands brick bricks
    cement timber foodservice hotels resorts leisure travel tours fashion motors automotive
    logistics healthcare therapeutics biotech solutions estates properties"""
)

# A trade's noun and the last words of its businesses' names ("the lender": "Halden Bank").
TRADE_WORDS = {
    noun: word_set(words)
    for nouns, words in (
        ("lender", "bank bancorp finance financial savings capital"),
        ("insurer", "insurance"),
        ("carmaker automaker", "motors automotive"),
        ("airline carrier", "airways air airlines"),
        ("drugmaker", "pharma pharmaceuticals therapeutics biotech labs diagnostics"),
        ("miner", "mining minerals aggregates"),
        ("housebuilder homebuilder", "homes construction estates properties"),
        ("retailer", "retail stores supermarkets fashion brands"),
        ("brewer", "brewing brewery"),
    )
    for noun in nouns.split()
}

CIVIC = word_set(
    """residents action campaign crisis pressure community citizens rights advocacy tenants
    parents protest lobby support friends conservation environmental patients victims"""
)

# Makers that are people ("Maria Selby, a Labour lawmaker,").
PEOPLE_MAKERS = word_set(
    "lawmaker policymaker filmmaker moviemaker peacemaker kingmaker matchmaker homemaker "
    "dressmaker playmaker troublemaker decisionmaker"
)

BUSINESS_NAME_WORDS = (
    NAME_WORDS[BUSINESS] | NAME_WORDS["airline"] | NAME_WORDS["bank"] | NAME_WORDS["carmaker"]
)
# Firm words that are also surnames ("Emma Stone", "Tom Power", "John Mills").
SURNAME_WORDS = word_set("stone power mills brick parts timber fashion")

__all__ = [
    "APPOSED_NOUNS",
    "BODY_LABELS",
    "BODY_WORDS",
    "BUSINESS_NAME_WORDS",
    "BUSINESS_NOUNS",
    "CIVIC",
    "FIRM_WORDS",
    "PEOPLE_MAKERS",
    "PERSON_NOUNS",
    "ROLE_WORDS",
    "SURNAME_WORDS",
    "TAIL",
    "TRADE_AGENCIES",
    "TRADE_WORDS",
]
