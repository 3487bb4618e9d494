#!/usr/bin/env python3
"""Measured precision of each confidence level: of the items the tool gave that confidence, the share gold has.

Usage: tools/audit/level_precision.py OUT.json GOLD_DIR [OUT.json GOLD_DIR ...]  (OUT.json from `extract -f json`)
Items: kind (per release), municipalities (ags; ags+role), metrics (metric+value+qualifier, 'other' not scored),
quotes (speaker surname + first 30 characters of the text).
"""
import json, os, sys
from collections import defaultdict

def gold_for(gold_dir, source):
    base = os.path.splitext(os.path.basename(source))[0]
    p = os.path.join(gold_dir, base + '.gold.json')
    return json.load(open(p)) if os.path.exists(p) else None

def norm(s): return ' '.join(s.split()).lower()

stats = defaultdict(lambda: [0, 0])  # (field, method, confidence) -> [right, given]
args = sys.argv[1:]
for out, gold_dir in zip(args[::2], args[1::2]):
    data = json.load(open(out))
    for r in (data if isinstance(data, list) else data.get('releases', [])):
        g = gold_for(gold_dir, r['source'])
        if g is None or r.get('error'): continue
        if r.get('kind'):
            s = stats[('kind', r.get('kind_method'), r.get('kind_confidence'))]
            s[0] += r['kind'] == g.get('kind'); s[1] += 1
        gags = {m['ags']: m.get('role') for m in g.get('municipalities', [])}
        for m in r.get('municipalities', []):
            s = stats[('municipality', m['method'], m['confidence'])]
            s[0] += m['ags'] in gags and gags[m['ags']] == m['role']; s[1] += 1
        gm = {(m['metric'], float(m['value']), m.get('qualifier', 'exact')) for m in g.get('metrics', [])}
        for m in r.get('metrics', []):
            if m['metric'] == 'other': continue
            s = stats[('metric', m['method'], m['confidence'])]
            s[0] += (m['metric'], float(m['value']), m['qualifier']) in gm; s[1] += 1
        gq = {(norm(q['speaker']).split()[-1] if q['speaker'] else '', norm(q['text'])[:30]) for q in g.get('quotes', [])}
        for q in r.get('quotes', []):
            s = stats[('quote', q['method'], q['confidence'])]
            s[0] += (norm(q['speaker']).split()[-1] if q['speaker'] else '', norm(q['text'])[:30]) in gq; s[1] += 1
print(f"{'field':13} {'method':6} {'level':>6} {'precision':>9} {'right/given':>12}")
for (field, method, conf), (right, given) in sorted(stats.items(), key=lambda kv: (kv[0][0], str(kv[0][1]), -(kv[0][2] or 0))):
    if method == 'ml': continue
    print(f"{field:13} {str(method):6} {conf!s:>6} {right / given:9.2f} {f'{right}/{given}':>12}")
