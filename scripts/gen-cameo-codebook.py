#!/usr/bin/env python3
"""Converts GDELT's CAMEO lookup tables (../shared/data/cameo-codebook) into Chronicle's codebook
src/Chronicle/Events/Data/cameo-codebook.tsv: code, quad class, Goldstein value, name.

Run once when the upstream tables change:  python3 scripts/gen-cameo-codebook.py ../shared/data/cameo-codebook
Repairs the upstream defects listed in that folder's README: the 1056 row that swallowed code 106,
the garbled quotes of 044, trailing spaces."""
import os
import sys


def quad_class(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def main(folder):
    names, goldstein = {}, {}
    with open(os.path.join(folder, "CAMEO.eventcodes.txt"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, name = line.rstrip("\n").split("\t", 1)
            if "106:[" in name:  # "Demand de-escalation ...106:[-5.0] Demand withdrawal"
                name, rest = name.split("106:[", 1)
                value, extra = rest.split("]", 1)
                names["106"] = extra.strip()
                goldstein["106"] = float(value)
            if code == "044":
                name = 'Meet at a "third" location'
            names[code] = " ".join(name.split())
    with open(os.path.join(folder, "CAMEO.goldsteinscale.txt"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, value = line.split("\t")
            goldstein[code] = float(value)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "Chronicle", "Events", "Data", "cameo-codebook.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# CAMEO event codebook (Schrodt et al., v1.1b3), converted by scripts/gen-cameo-codebook.py from GDELT's lookup tables.\n")
        f.write("# code\tquad_class\tgoldstein\tname\n")
        for code in sorted(names, key=lambda c: (c[:2], c)):
            f.write(f"{code}\t{quad_class(code)}\t{goldstein[code]:.1f}\t{names[code]}\n")
    print(f"{len(names)} codes -> {os.path.normpath(out)}", file=sys.stderr)
    # Country and region names as a PETRARCH-format actor dictionary: Chronicle's built-in actors
    # (demonyms, capitals and organizations are hand-written in Data/actors.txt).
    countries = os.path.join(os.path.dirname(out), "countries.actors.txt")
    with open(os.path.join(folder, "CAMEO.country.txt"), encoding="utf-8") as f, \
            open(countries, "w", encoding="utf-8", newline="\n") as w:
        next(f)
        w.write("# CAMEO country and region codes (GDELT CAMEO.country.txt), converted by scripts/gen-cameo-codebook.py.\n")
        seen = set()
        for line in f:
            code, label = line.rstrip("\n").split("\t", 1)
            label = " ".join(label.split())
            if label.lower() in seen:
                continue
            seen.add(label.lower())
            w.write("_".join(label.upper().split()) + "_ [" + code + "]\n")
    print(f"{len(seen)} country names -> {os.path.normpath(countries)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/cameo-codebook")
