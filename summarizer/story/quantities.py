"""Numbers with their precision: a Quantity's qualifier read as the interval of values it
allows, so "more than 80" and 84 agree while "about 80" and 120 do not."""

from __future__ import annotations

from typing import Any

ABOUT = 0.1  # "about 80" allows 72..88


def interval(value: float, qualifier: str | None) -> tuple[float, float, bool, bool]:
    """(low, high, low open, high open) of the values a qualified number allows."""
    inf = float("inf")
    spread = abs(value) * ABOUT
    return {
        "about": (value - spread, value + spread, False, False),
        "nearly": (value - spread, value, False, False),
        "more_than": (value, inf, True, False),
        "at_least": (value, inf, False, False),
        "less_than": (-inf, value, False, True),
        "at_most": (-inf, value, False, False),
        "up_to": (-inf, value, False, False),
    }.get(qualifier or "exact", (value, value, False, False))


def parts(quantity: Any) -> tuple[float, str | None]:
    value = getattr(quantity, "value", quantity)
    qualifier = getattr(quantity, "qualifier", None)
    return float(value), (str(getattr(qualifier, "value", qualifier)) if qualifier else None)


def agree(left: Any, right: Any, scale: tuple[float, float] = (1.0, 1.0)) -> bool:
    """Whether two qualified numbers can both be true (their intervals meet). ``scale``
    converts each to a common unit first (hours and minutes)."""
    (lv, lq), (rv, rq) = parts(left), parts(right)
    a = interval(lv * scale[0], lq)
    b = interval(rv * scale[1], rq)
    low, high = max(a[0], b[0]), min(a[1], b[1])
    if low < high:
        return True
    if low > high:
        return False
    open_at_low = a[2] if a[0] == low else False
    open_at_low = open_at_low or (b[2] if b[0] == low else False)
    open_at_high = (a[3] if a[1] == high else False) or (b[3] if b[1] == high else False)
    return not (open_at_low or open_at_high)


def shown(quantity: Any) -> str:
    value, qualifier = parts(quantity)
    number = f"{value:g}"
    return number if qualifier in (None, "exact") else f"{qualifier.replace('_', ' ')} {number}"


__all__ = ["agree", "interval", "parts", "shown"]
