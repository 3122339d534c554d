import collections
import sys

sys.path.insert(0, ".")
from pathlib import Path

from tests.grounding_cases import load_cases, verdict

path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
cases = load_cases(path) if path else load_cases()
bad = collections.Counter()
tot = collections.Counter()
for c in cases:
    tot[c["category"]] += 1
    try:
        v = verdict(c)
    except Exception as e:
        print("ERR", c["id"], e)
        bad[c["category"]] += 1
        continue
    if v != c["expect"]:
        if c.get("arguable"):
            print("  arguable", c["id"], "expect", c["expect"], c["why"])
            continue
        bad[c["category"]] += 1
        print("FAIL", c["id"], "expect", c["expect"], c["why"], "|", c.get("passage", c.get("set")))
print({k: f"{tot[k] - bad[k]}/{tot[k]}" for k in tot})
print("total", sum(tot.values()), "wrong", sum(bad.values()))
