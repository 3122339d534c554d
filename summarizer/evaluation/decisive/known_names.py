"""Names the eval knows without reading case: countries, demonyms (read as their country), US
states, seats of government, and the alias table of entities spelt more than one way.

A known name is a proper noun whatever its case and compares exactly ("Niger" is not
"Nigeria"); a place in here is a *qualifier* one side may leave out ("Budapest, Hungary" =
"Budapest"). Aliases are replaced by their canonical form token by token, longest phrase first.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.text.normalize import words

COUNTRIES = str.split(
    "afghanistan algeria argentina armenia australia austria azerbaijan bahrain bangladesh "
    "belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china "
    "colombia congo croatia cuba cyprus czechia denmark ecuador egypt estonia ethiopia "
    "finland france georgia germany ghana greece guatemala haiti honduras hungary iceland "
    "india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya korea "
    "kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg malaysia mali "
    "malta mexico moldova mongolia montenegro morocco myanmar nepal netherlands nicaragua "
    "niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland "
    "portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain "
    "sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey "
    "turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe "
    "us uk eu un nato europe asia africa gaza crimea donbas donetsk luhansk kurdistan arabia "
    "emirates zealand lanka rica salvador herzegovina macedonia southkorea northkorea "
    "southafrica southsudan srilanka newzealand uae costarica elsalvador northmacedonia "
    "dominicanrepublic ivorycoast easttimor "
)
DEMONYMS = {
    "afghan": "afghanistan", "american": "us", "americans": "us", "argentine": "argentina",
    "armenian": "armenia", "australian": "australia", "austrian": "austria",
    "azerbaijani": "azerbaijan", "belarusian": "belarus", "belgian": "belgium",
    "brazilian": "brazil", "british": "uk", "bulgarian": "bulgaria", "canadian": "canada",
    "chinese": "china", "croatian": "croatia", "cuban": "cuba", "czech": "czechia",
    "danish": "denmark", "dutch": "netherlands", "egyptian": "egypt", "estonian": "estonia",
    "european": "europe", "europeans": "europe", "finnish": "finland", "french": "france",
    "georgian": "georgia", "german": "germany", "germans": "germany", "greek": "greece",
    "hungarian": "hungary", "indian": "india", "indonesian": "indonesia", "iranian": "iran",
    "iraqi": "iraq", "irish": "ireland", "israeli": "israel", "italian": "italy",
    "japanese": "japan", "jordanian": "jordan", "kazakh": "kazakhstan", "korean": "korea",
    "latvian": "latvia", "lebanese": "lebanon", "libyan": "libya", "lithuanian": "lithuania",
    "mexican": "mexico", "moldovan": "moldova", "nigerian": "nigeria", "norwegian": "norway",
    "pakistani": "pakistan", "palestinian": "palestine", "polish": "poland",
    "portuguese": "portugal", "qatari": "qatar", "romanian": "romania", "russian": "russia",
    "russians": "russia", "saudi": "saudi", "serbian": "serbia", "slovak": "slovakia",
    "slovenian": "slovenia", "spanish": "spain", "swedish": "sweden", "swiss": "switzerland",
    "syrian": "syria", "taiwanese": "taiwan", "thai": "thailand", "turkish": "turkey",
    "ukrainian": "ukraine", "ukrainians": "ukraine", "venezuelan": "venezuela",
    "vietnamese": "vietnam", "yemeni": "yemen", "soviet": "ussr", "turkiye": "turkey",
}  # fmt: skip
US_STATES = str.split(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
    "massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire "
    "jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee "
    "texas utah vermont virginia washington wisconsin wyoming dc "
)
INSTITUTIONS = frozenset(
    {"senate", "house", "congress", "parliament", "federal", "kremlin", "whitehouse"}
)
KNOWN_PLACES = frozenset(COUNTRIES) | frozenset(DEMONYMS.values()) | frozenset(US_STATES)
QUALIFIERS = KNOWN_PLACES | {"senate", "house", "congress", "parliament", "federal"}
# A government seat qualifies a title like its country does: "White House Chief of Staff" =
# "Chief of Staff", "Kremlin spokesman" = "spokesman" (it is not a name of its own).
DROPPABLE = QUALIFIERS | {"kremlin", "whitehouse"}


# Known spellings of one entity; the first member is the canonical form. Matching is token-level
# (longest phrase first), so "Volodymyr Zelenskyy" becomes "volodymyr zelensky" as a whole
# phrase or via its surname alone. Capitals are deliberately NOT aliases of their countries
# ("Moscow" for "Russia", "Washington" for "United States"): Summit.planned_location is a Name
# field, and a summit in Moscow is a different fact from a summit "in Russia". Gold files list
# metonyms per field as alternatives instead, where the labeller judged them right.
ALIAS_GROUPS: tuple[tuple[str, ...], ...] = (
    ("sergei lavrov", "sergey lavrov"),
    ("sergei", "sergey"),
    ("volodymyr zelensky", "volodymyr zelenskyy", "volodymyr zelenskiy"),
    ("zelensky", "zelenskyy", "zelenskiy", "zelenski"),
    ("dmitry", "dmitri", "dmitriy"),
    ("us", "u.s.", "usa", "u.s.a.", "united states", "united states of america", "america"),
    ("uk", "u.k.", "united kingdom", "britain", "great britain"),
    ("russia", "russian federation"),
    ("kyiv", "kiev"),
    ("eu", "european union"),
    ("un", "united nations"),
    ("nato", "north atlantic treaty organization", "north atlantic treaty organisation"),
    ("turkey", "turkiye"),
    ("xi jinping", "xi"),
    # countries of more than one word, as one token: a qualifier like any other country
    # ("Busan" = "Busan, South Korea"), and "South Korea" is not "North Korea"
    ("southkorea", "south korea", "south korean", "republic of korea"),
    ("northkorea", "north korea", "north korean", "dprk"),
    ("southafrica", "south africa", "south african"),
    ("southsudan", "south sudan"),
    ("srilanka", "sri lanka", "sri lankan"),
    ("newzealand", "new zealand"),
    ("saudi", "saudi arabia"),
    ("uae", "u.a.e.", "united arab emirates"),
    ("costarica", "costa rica"),
    ("elsalvador", "el salvador"),
    ("northmacedonia", "north macedonia"),
    ("czechia", "czech republic"),
    ("dominicanrepublic", "dominican republic"),
    ("ivorycoast", "ivory coast", "cote d'ivoire"),
    ("easttimor", "east timor", "timor leste"),
    ("bosnia", "bosnia and herzegovina"),
    ("whitehouse", "white house"),
)


def _alias_table(groups: Sequence[Sequence[str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in groups:
        canonical = tuple(words(group[0]))
        for member in group:
            table[tuple(words(member))] = canonical
    return table


_ALIASES = _alias_table(ALIAS_GROUPS)
_LONGEST_ALIAS = max(len(phrase) for phrase in _ALIASES)
ALIAS_WORDS = frozenset(word for phrase in _ALIASES.values() for word in phrase)


def alias_at(tokens: Sequence[str], index: int) -> tuple[tuple[str, ...], int] | None:
    """The canonical form of the longest alias phrase starting at ``index``, and its length."""
    for size in range(min(_LONGEST_ALIAS, len(tokens) - index), 0, -1):
        canonical = _ALIASES.get(tuple(tokens[index : index + size]))
        if canonical is not None:
            return canonical, size
    return None


def apply_aliases(tokens: Sequence[str]) -> list[str]:
    """Tokens with every known alias phrase replaced by its canonical form, longest first."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        phrase = alias_at(tokens, index)
        if phrase is None:
            out.append(tokens[index])
            index += 1
        else:
            out.extend(phrase[0])
            index += phrase[1]
    return out
