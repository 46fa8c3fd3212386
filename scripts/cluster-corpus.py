#!/usr/bin/env python3
"""Writes N distinct made-up news articles as JSON Lines (id, title, published, text) for
scripts/cluster-check.sh: news-like prose (actors, reporting verbs, quotes, dates, numbers, places)
so every pipeline stage has work, about WORDS words each. Deterministic for a given seed.

usage: cluster-corpus.py N WORDS [SEED] > corpus.jsonl
"""
import json
import random
import sys

COUNTRIES = ["France", "Iraq", "Russia", "Ukraine", "China", "Germany", "Turkey", "Syria", "Japan", "Brazil",
             "Kenya", "India", "Mexico", "Egypt", "Poland", "Canada"]
CITIES = {"France": "Paris", "Iraq": "Baghdad", "Russia": "Moscow", "Ukraine": "Kyiv", "China": "Beijing",
          "Germany": "Berlin", "Turkey": "Ankara", "Syria": "Damascus", "Japan": "Tokyo", "Brazil": "Brasilia",
          "Kenya": "Nairobi", "India": "New Delhi", "Mexico": "Mexico City", "Egypt": "Cairo", "Poland": "Warsaw",
          "Canada": "Ottawa"}
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defense Minister", "Finance Minister", "opposition leader"]
FIRST = ["Anna", "Marek", "Leila", "Tomas", "Hiro", "Amara", "Diego", "Sofia", "Omar", "Ingrid", "Ravi", "Chen", "Nadia", "Pavel"]
LAST = ["Kowalski", "Haddad", "Moreau", "Tanaka", "Okafor", "Silva", "Petrov", "Lindqvist", "Sharma", "Wei", "Novak", "Mensah"]
ORGS = ["the United Nations", "the European Union", "NATO", "the World Bank", "the African Union", "the Red Cross"]
ACTIONS = ["met with", "criticized", "praised", "threatened", "signed a trade agreement with", "accused",
           "demanded talks with", "pledged aid to", "imposed sanctions on", "expelled diplomats from", "welcomed",
           "warned"]
TOPICS = ["the border dispute", "grain exports", "the refugee crisis", "energy prices", "the ceasefire",
          "the new pipeline", "military exercises", "the election results", "water rights", "the debt talks"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CUES = ["said", "told reporters", "said in a statement", "added", "warned"]


def person(r):
    country = r.choice(COUNTRIES)
    return f"{country}'s {r.choice(ROLES)} {r.choice(FIRST)} {r.choice(LAST)}", country


def sentence(r, n):
    kind = r.randrange(6)
    a, ca = person(r)
    if kind == 0:
        b = r.choice([c for c in COUNTRIES if c != ca])
        return f"{a} {r.choice(ACTIONS)} {b} on {r.choice(DAYS)} over {r.choice(TOPICS)} in {CITIES[ca]}."
    if kind == 1:
        return (f'"We will not accept any deal on {r.choice(TOPICS)} that ignores our people," {a} {r.choice(CUES)}, '
                f"speaking after talks with {r.choice(ORGS)}.")
    if kind == 2:
        return (f"{r.choice(ORGS).capitalize()} said about {r.randrange(2, 900) * 100:,} people had fled the fighting "
                f"near {CITIES[r.choice(COUNTRIES)]} since {r.randrange(1, 28)} {r.choice(MONTHS)} {r.randrange(2015, 2025)}.")
    if kind == 3:
        return (f"The government of {ca} agreed to spend ${r.randrange(2, 95)} billion on {r.choice(TOPICS)} "
                f"over the next {r.randrange(2, 9)} years, according to officials in {CITIES[ca]}.")
    if kind == 4:
        b, cb = person(r)
        return f"{b} rejected the accusation and {r.choice(ACTIONS)} {ca}, calling the move unacceptable."
    return (f"Protesters gathered in {CITIES[r.choice(COUNTRIES)]} on {r.choice(DAYS)} as talks on "
            f"{r.choice(TOPICS)} entered their {r.randrange(2, 30)}th day, article {n} reports.")


def article(number, words, seed):
    r = random.Random(seed * 1_000_003 + number)
    paragraphs, count = [], 0
    while count < words:
        para = " ".join(sentence(r, number) for _ in range(r.randrange(3, 6)))
        count += len(para.split())
        paragraphs.append(para)
    year, month, day = r.randrange(2015, 2025), r.randrange(1, 13), r.randrange(1, 29)
    return {"id": f"cluster-{seed}-{number:06d}", "title": f"Talks on {r.choice(TOPICS)} (report {number})",
            "published": f"{year}-{month:02d}-{day:02d}", "text": "\n\n".join(paragraphs)}


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[-1])
    n, words = int(sys.argv[1]), int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) == 4 else 1
    for i in range(n):
        print(json.dumps(article(i, words, seed), ensure_ascii=False))


if __name__ == "__main__":
    main()
