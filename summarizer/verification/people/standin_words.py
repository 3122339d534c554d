"""The words :mod:`summarizer.verification.sides.standins` reads a stand-in by: the heads of a
person's and a body's definite description ("the defendant", "the airline"), the classes a
body's name tells ("the union" is a body whose name holds "Union" or "Workers"), the words
after which a pronoun opens a clause ("said it would"), and a body's own name words. Kept
apart from the reader so that its tables and its reading each stay one concern (session 35).
"""

from __future__ import annotations

from ..page.tokens import word_set

# Words after which a pronoun opens a clause ("said it would", "when she left", "and its").
CLAUSE_OPENERS = word_set(
    """that when after before as because while and but since if until though although so
    said says say added told announced stated insisted warned wrote whether where which who
    then now also later first"""
)
# A fronted phrase's last words before its subject ("At that point it", "Back on 27 February
# she", "On Monday he"): a day, a month, a number, "point", "time", "week", "year".
PHRASE_ENDS = word_set(
    """point time week month year day morning afternoon evening night monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december today yesterday tonight meanwhile however
    earlier later ago afterwards midday noon"""
)
# Heads that are titles: the value must be written with it ("President X", "Pope Leo").
TITLE_HEADS = word_set(
    """president premier minister chancellor secretary senator congressman congresswoman
    governor mayor judge prosecutor pope king queen prince envoy ambassador commissioner
    chairman chairwoman spokesman spokeswoman"""
)
# Head nouns of a person's description ("the defendant", "the Malaysian premier").
PERSON_HEADS = TITLE_HEADS | word_set(
    "leader defendant accused monarch diplomat lawmaker politician businessman man woman"
)
# Head nouns of a body's description ("the company", "the airline", "the court").
BODY_HEADS = word_set(
    """company firm group airline carrier carmaker automaker chain retailer bank lender insurer
    union court ministry agency corporation museum organisation organization body bloc
    alliance council commission department authority regulator charity institute university
    club broadcaster network manufacturer maker giant operator programme program fund
    assembly parliament board league federation association business conglomerate platform
    service trust foundation tribunal committee office"""
)
TITLE_FORMS = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president"}
# Heads any body may be called by ("the company" for Canada Post).
GENERIC = word_set("company firm group business organisation organization body conglomerate")
# A head's class: the words a body's name holds when it is of that class ("the union").
CLASSES = {
    head: word_set(marks)
    for heads, marks in (
        ("union", "union unions guild workers employees association federation brotherhood"),
        ("airline carrier", "air airline airlines airways carrier"),
        ("carmaker automaker", "carmaker automaker motors motor automotive cars"),
        ("bank", "bank banking"),
        ("lender", "bank banking lender"),
        ("court tribunal", "court tribunal"),
        ("ministry", "ministry department"),
        ("museum", "museum gallery"),
        ("university", "university college"),
        ("agency", "agency programme program fund"),
        ("corporation", "corporation corp"),
        ("insurer", "insurer insurance assurance"),
    )
    for head in heads.split()
}
# Class heads a brand's bare name may take ("Qantas ... The airline"): a ministry, a court or a
# council is named with its class word, so "the ministry" never stands for a bare "Gravitas".
BRAND_HEADS = word_set(
    """airline carrier carmaker automaker bank lender insurer retailer chain operator
    broadcaster manufacturer maker network platform giant conglomerate"""
)
# Nouns after an owner that are the acting people, not the owner ("Her supporters marched").
PEOPLE = word_set(
    """supporters staff members followers lawyers lawyer aides aide workers employees troops
    forces officials spokesman spokeswoman spokesperson family son daughter wife husband fans
    colleagues allies rivals critics opponents voters deputy team"""
)
# Words of a body's own name (beyond its description heads).
BODY_WORDS = BODY_HEADS | word_set(
    """inc ltd plc corp co llc ag sa nv gmbh news times post press party government army
    forces police house senate congress bundestag airlines airways holdings motors bank's
    school college hospital center centre church insurance"""
)

__all__ = [
    "BODY_HEADS",
    "BODY_WORDS",
    "BRAND_HEADS",
    "CLASSES",
    "CLAUSE_OPENERS",
    "GENERIC",
    "PEOPLE",
    "PERSON_HEADS",
    "PHRASE_ENDS",
    "TITLE_FORMS",
    "TITLE_HEADS",
]
