"""An outlet named by its web address (an outside check, session 14: "the minister told
bdnews24.com" and "said in an interview with Politico.eu" supported no outlet "bdnews24.com"
or "Politico"), for the article's ``outlet``
(:func:`summarizer.verification.bylines.metadata.support_outlet`):

- a web address in the text ("bdnews24.com", "www.dawn.com", "Politico.eu", "kyivindependent
  .com" written whole) is named as the publisher where an outlet is: after "told", "to",
  "for" or "an interview with" (:data:`OUTLET_BEFORE`), as a plain name is;
- the outlet it supports is the address ("bdnews24.com", with or without "www." and in any
  case) or its name without the domain ending ("bdnews24", "Politico"), never a part of the
  name ("bdnews") nor another ending ("bdnews24.net").

An address inside an e-mail ("press@bdnews24.com") or a link's path ("x.com/bdnews24") is no
outlet, and one in any other role ("according to a post on bdnews24.com", "visit
bdnews24.com") is none either, as for a plain name.
"""

from __future__ import annotations

import re

# The words before a name that make it the outlet told or written for ("told The X", "said
# to X", "wrote for X", "in an interview with X").
OUTLET_BEFORE = re.compile(
    r"\b(?:told|(?<!according )to|for|(?:interview|interviews|conversation|podcast)\s+with)"
    r"\s+(?:the\s+)?$"
)
_ADDRESS = re.compile(
    r"(?<![\w@./-])(?:www\.)?([a-z0-9][a-z0-9-]*)((?:\.[a-z]{2,6}){1,2})(?![\w/@-]|\.[a-z0-9])"
)
_ENDINGS = frozenset({
    "com", "org", "net", "eu", "uk", "in", "info", "news", "io", "ru", "ua", "de", "fr", "bd",
    "pk", "ng", "ke", "za", "au", "ca", "co", "tv", "fm", "am", "me", "it", "es", "nl", "pl",
    "lk", "np", "ph", "my", "sg", "tr", "il", "ir", "af",
})  # fmt: skip


def web_outlet(value: str, lowered: str) -> bool:
    """Whether ``value`` is an outlet the article (``lowered``: its text in lower case) names
    by its web address in an outlet's place (see the module)."""
    wanted = value.strip().lower().removeprefix("www.").rstrip("/")
    if not wanted:
        return False
    for match in _ADDRESS.finditer(lowered):
        name, ending = match[1], match[2]
        if ending.rsplit(".", 1)[-1] not in _ENDINGS or not any(c.isalpha() for c in name):
            continue
        if wanted not in (name + ending, name):
            continue
        if OUTLET_BEFORE.search(lowered, max(match.start() - 30, 0), match.start()):
            return True
    return False


__all__ = ["OUTLET_BEFORE", "web_outlet"]
