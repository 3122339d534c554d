"""Numbers as a reader writes them, for the values and reasons a grounding report shows.

The rules write a number into a reason with ``{:g}``, which gives a sum of 13.5 billion as
"1.35e+10": "1.35e+10 is in its evidence, but not as this field's number" is no sentence a
reader of a report should have to decode, and the value beside it was written the same way.
A number of a million or more is shown with its scale word when that is exact to six
decimals ("13.5 billion", "62.7 billion", "1.2 million"), else in plain digits; smaller
numbers as ``{:g}`` writes them ("34500", "2.5", "0.14625"), as the reports always have.
:func:`readable` rewrites the numbers in scientific notation of a reason already written, so
the rules keep their ``{:g}`` (about ninety places) and the report is read in one place.
"""

from __future__ import annotations

import math
import re

_SCALES = (("trillion", 1e12), ("billion", 1e9), ("million", 1e6))
_SCIENTIFIC = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?e[+-]\d+(?![\w.])")


def shown(number: float) -> str:
    """``number`` as a report shows it (see the module)."""
    if not math.isfinite(number) or not 1e6 <= abs(number) < 1e15:
        return f"{number:g}"
    for word, factor in _SCALES:
        if abs(number) >= factor:
            scaled = f"{number / factor:.6f}".rstrip("0").rstrip(".")
            if math.isclose(float(scaled) * factor, number, rel_tol=1e-12, abs_tol=0.5):
                return f"{scaled} {word}"
            break
    return f"{number:.2f}".rstrip("0").rstrip(".")


def readable(text: str) -> str:
    """``text`` with each number in scientific notation ("1.35e+10") written as
    :func:`shown` writes it ("13.5 billion"); the same string when it has none."""
    if "e+" not in text and "e-" not in text:
        return text
    return _SCIENTIFIC.sub(lambda match: shown(float(match.group())), text)


__all__ = ["readable", "shown"]
