"""One-off (issue 14): move the judgment rows' v1 field paths and values to schema v2."""
import json,sys
sys.path.insert(0,'.')
from summarizer.schema.versions import _measure
FIELD={"sanctions.cosponsor_count":"sanctions.counts.value","sanctions.sponsor":"sanctions.sponsors",
"sanctions.legislative_status":"sanctions.status","ceasefires.positions.position":"ceasefires.positions.stance",
"sanctions.kind":"sanctions.instrument"}
def stance(p): return {("stance" if k=="position" else k):v for k,v in p.items()} if isinstance(p,dict) else p
for name in sys.argv[1:]:
    rows=[json.loads(l) for l in open(name) if l.strip()]
    n=0
    for r in rows:
        f=r["field"]
        if f in FIELD: r["field"]=FIELD[f]; n+=1
        if f=="sanctions.legislative_status":
            for k in ("gold","pred"):
                if r[k]=="not_applicable": r[k]=None
        if f=="sanctions":
            for k in ("gold","pred"): r[k]=[_measure(m) for m in r[k]]
            n+=1
        if f=="ceasefires.positions":
            for k in ("gold","pred"): r[k]=[stance(m) for m in r[k]]
            n+=1
        if f=="ceasefires":
            for k in ("gold","pred"): r[k]=[dict(c, positions=[stance(p) for p in c.get("positions",[])]) for c in r[k]]
    open(name,"w").write("".join(json.dumps(r,ensure_ascii=False)+"\n" for r in rows))
    print(name,n)
