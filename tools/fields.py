#!/usr/bin/env python3
"""Per-field comparison of two extraction outputs against one gold file (developer aid, not shipped).

usage: fields.py GOLD BEFORE.jsonl AFTER.jsonl [FIELD]
Prints every required gold figure whose grade for a field changed between the two runs, and the
remaining misses of AFTER for FIELD when one is given. Reuses the grading of ../shared/eval/score.py.
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "score", os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)
FIELDS = ("source", "measure", "subject", "qualifier", "location", "period")


def load(path):
    out = {}
    for line in open(path):
        if line.startswith("{"):
            o = json.loads(line)
            out[os.path.basename(o.get("file") or "")] = o.get("claims") or []
    return out


def grade(g, c):
    return {
        "source": S.any_ok(g.get("source"), S.flat(c.get("source"))),
        "measure": S.cnf_ok(g.get("measure"), S.flat(c.get("measure"))),
        "subject": S.cnf_ok(g.get("subject"), S.flat(c.get("subject"))),
        "qualifier": S.qualifier_ok(g.get("qualifier"), c),
        "location": S.any_ok(g.get("location"), S.flat(c.get("location"))),
        "period": S.any_ok(g.get("period"), S.flat(c.get("period"))),
    }


def best(g, claims):
    cands = [c for c in claims if S.same_value(S.num(c.get("value")), g["value"]) and S.unit_ok(g.get("unit"), c)]
    if not cands:
        return None, None
    scored = [(grade(g, c), c) for c in cands]
    return max(scored, key=lambda r: sum(1 for x in r[0].values() if x))


def main(argv):
    gold = json.load(open(argv[1]))
    a, b = load(argv[2]), load(argv[3])
    field = argv[4] if len(argv) > 4 else None
    for art in gold["articles"]:
        for g in art["claims"]:
            if not g.get("required", True):
                continue
            ga, ca = best(g, a.get(art["file"], []))
            gb, cb = best(g, b.get(art["file"], []))
            if (ga is None) != (gb is None):
                print(f"{art['file']} {g['value']}: found {'lost' if gb is None else 'gained'}")
                continue
            if ga is None:
                continue
            for k in FIELDS:
                if ga[k] != gb[k]:
                    print(f"{art['file']} {g['value']} {k}: {ga[k]}->{gb[k]} "
                          f"{S.flat(ca.get(k))!r} -> {S.flat(cb.get(k))!r} gold={g.get(k)}")
    if field:
        print(f"--- remaining {field} misses")
        for art in gold["articles"]:
            for g in art["claims"]:
                if not g.get("required", True):
                    continue
                gb, cb = best(g, b.get(art["file"], []))
                if gb is not None and gb[field] is False:
                    print(f"{art['file']} {g['value']}: got {S.flat(cb.get(field))!r} gold={g.get(field)} | {g['text'][:160]}")


if __name__ == "__main__":
    main(sys.argv)
