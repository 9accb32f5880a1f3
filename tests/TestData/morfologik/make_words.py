#!/usr/bin/env python3
"""Builds words.txt, the input of the golden lookup file (golden-lookup.tsv.gz).

Sources (all sampled with a fixed seed, so the list is reproducible):
  DUMP      every entry of polish.dict: `../shared/tools/morfologik-oracle/run dump dump.tsv`
  UNMUNCHED hunspell-pl 7.5.0 forms: `unmunch pl_PL.dic pl_PL.aff | iconv -f ISO-8859-2 -t UTF-8 | sort -u`
  SEEDS     folder of seed reports (*.txt), tokenised on letters/digits
plus the brief's phrases and edge cases. Each sampled word also appears Capitalised and UPPER
for a share of the sample. Then: `../shared/tools/morfologik-oracle/run lookup words.txt golden-lookup.tsv`.

usage: make_words.py DUMP UNMUNCHED SEEDS OUT
"""
import glob
import random
import re
import sys

dump, unmunched, seeds, out = sys.argv[1:5]
rng = random.Random(20261121)

forms = []
last = None
with open(dump, encoding="utf-8") as f:
    for line in f:
        form = line.split("\t", 1)[0]
        if form != last:
            forms.append(form)
            last = form
forms = sorted(set(forms))
dict_sample = rng.sample(forms, 60000)

with open(unmunched, encoding="utf-8") as f:
    hun = [w for w in f.read().split("\n") if w and "\t" not in w]
hun_sample = rng.sample(hun, 25000)

seed_words = set()
for path in glob.glob(seeds + "/*.txt"):
    with open(path, encoding="utf-8") as f:
        seed_words.update(re.findall(r"\w+(?:[-’']\w+)*", f.read()))

brief = """Związku Miast Polskich Zwiazku Miast Polskich Związek związek Unii Europejskiej Unia Unię unii
Metropolii Poznań Poznania Poznaniu Poznaniem Poznan Poznaniu poznaniu należy nalezy należał należało
należeć członkiem członek członkowie członkostwo członkostwa organizacja organizacji organizacjach
organizacjami stowarzyszenie stowarzyszenia stowarzyszeniem przystąpiło przystąpił przystąpienie
krajowych krajowe międzynarodowych międzynarodowej 2021 2011 2001 2017 EUROCITIES Eurocitiesu
Wielkopolski Wielkopolskiego miasto miasta mieście Miast nie w mln zł ZMP UE e-mail GZM UMP
Związków Gmin Wiejskich Rzeczypospolitej Polskiej Eurocities Zwiazek Miescie wspolpraca wspołpraca""".split()

edge = [
    "kot;", ";", "a;b", ";kot", "kot;kot", "😀", "kot😀", "😀kot", "ﬁrma", "ﬁ", "ß", "İstanbul",
    "a" * 300, "ą" * 300, ("Związku" * 43)[:300], "Pozna\u0301n", "Poznan\u0301", "kot\u200d", "\u00a0",
    "\u00adkot", "KOT", "Kot", "kot", "kOT", "x", "A", "ą", "Ą", "ó", "Ł", "-", "'", "0", "1.5", "3,14",
    "ZWIĄZKU", "ZwIąZkU", "ΑΘΗΝΑ", "Москва", "日本", "e\u0301", "nie-", "-nie",
]

words = set(dict_sample) | set(hun_sample) | seed_words | set(brief) | set(edge)
base = sorted(set(dict_sample[:20000]) | set(hun_sample[:8000]) | seed_words | set(brief))
for w in base:
    words.add(w[:1].upper() + w[1:])
    words.add(w.upper())
    words.add(w.lower())

words = sorted(w for w in words if w and "\n" not in w and "\t" not in w and "\r" not in w)
rng.shuffle(words)
with open(out, "w", encoding="utf-8") as f:
    for w in words:
        f.write(w + "\n")
print("words:", len(words))
