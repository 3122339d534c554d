"""A body a speaker value names by its country, in the other ways news names that country,
for :mod:`summarizer.verification.quotes.speakers`.

"China's commerce ministry", "the Chinese commerce ministry", "Beijing's commerce ministry"
and "a Beijing commerce ministry spokesman" name one body: the country's name in the
possessive, its people's adjective, or its capital (:data:`summarizer.text.countries.PARTIES`)
before the same words. A speaker value that opens with one of these forms is read in each
other form the article writes, and an attribution to any of them is an attribution to the
value; the rest of the words must be the same, so "Moscow's foreign ministry" never stands
for "Russia's defence ministry", nor "Kyiv's" for "Russia's".
"""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.text.countries import PARTIES

_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")


def _forms() -> dict[str, tuple[str, ...]]:
    """Each one-word-or-longer country form (lower case) -> every form of its country, as it
    stands before a body's noun: "China's", "Chinese", "Beijing's", "Beijing"."""
    table: dict[str, tuple[str, ...]] = {}
    for names, people, capitals, _seats in PARTIES.values():
        if not capitals:
            continue  # organisations and armed groups: no country forms
        adjective = people[:1]
        forms = (
            *(f"{name}'s" for name in names if not name.isupper() and "." not in name),
            *(name for name in names if name.isupper() or "." in name),  # "U.S. trade office"
            *adjective,
            *(f"{capital}'s" for capital in capitals),
            *capitals,
        )
        for word in (*names, *adjective, *capitals):
            table[word.lower()] = forms
    return table


_FORMS = _forms()


def country_forms(value: str, text: str) -> Iterator[str]:
    """``value`` with its leading country form swapped for each other form of that country
    the article ``text`` writes ("China's commerce ministry" -> "Beijing's commerce
    ministry"); nothing when it opens with none."""
    words = value.split()
    article = words[:1] if words and words[0].lower() == "the" else []
    words = words[len(article) :]
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        head = " ".join(words[:size])
        bare = next((head[: -len(end)] for end in _POSSESSIVES if head.endswith(end)), head)
        forms = _FORMS.get(bare.lower())
        if forms is None:
            continue
        rest = " ".join(words[size:])
        for form in forms:
            name = form.removesuffix("'s")
            if form.lower() != head.lower() and name in text:
                yield f"{form} {rest}"
        return


__all__ = ["country_forms"]
