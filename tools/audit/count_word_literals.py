#!/usr/bin/env python3
"""Counts string literals holding German words in C# sources (issue 13's yardstick for vocabulary in code).

A literal counts when it has a word of three or more letters that is not one of the tool's own labels
(SPEC.md's kinds, roles, metric names, methods), not a lexicon or annotation key (an argument of
Lexicon.* or of an annotation key), and not an English message. Regex literals count once each.
Usage: tools/audit/count_word_literals.py DIR [--list]
"""
import glob, re, sys

LITERAL = re.compile(r'@?\$?"(?:[^"\\\n]|\\.|"")*"')
WORD = re.compile(r'[A-Za-zÄÖÜäöüß]{3,}')
LABELS = set('''rule ml subject model example other none dateline body exact over about under at_least speech name
sonstiges bilanz beitritt fachtag kpr foerderung kommunen_beraten kommunen_beteiligt kommunen_eng kooperationsvereinbarungen
coaching sicherheitsanalysen foerdermittel_eur modellkommunen kreisfreie stadt'''.split())
KEY_CALL = re.compile(r'(?:Lexicon\.\w+|new)\(\s*"[^"]*"(?:\s*,\s*"[^"]*")?')
ENGLISH = re.compile(r'\b(?:the|is|of|resolved|ambiguous|context|or|missing|resource|has|no|not)\b')

def count(path):
    src = re.sub(r'//[^\n]*', '', open(path, encoding='utf-8').read())
    src = KEY_CALL.sub('', src)
    hits = []
    for m in LITERAL.finditer(src):
        t = m.group(0)
        if ENGLISH.search(t) and not re.search(r'[äöüß]', t): continue
        words = [w for w in WORD.findall(t) if w.lower() not in LABELS]
        if words: hits.append(t)
    return hits

total = 0
for f in sorted(glob.glob(sys.argv[1] + '/**/*.cs', recursive=True)):
    hits = count(f)
    total += len(hits)
    if hits: print(f'{len(hits):5} {f}')
    if '--list' in sys.argv:
        for h in hits: print('      ', h[:120])
print(f'{total:5} total')
