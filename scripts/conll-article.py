#!/usr/bin/env python3
"""Rebuilds CoNLL-2003 documents as articles, the way ../shared/data/news-dev was made.

Usage:
  scripts/conll-article.py DOC [DOC ...]           print each article (news-dev .txt layout)
  scripts/conll-article.py --jsonl DOC [DOC ...]   one JSON line per article, for `chronicle analyze --jsonl`
  scripts/conll-article.py --check                 rebuild every news-dev article and compare its body

DOC is the 1-based ordinal of the -DOCSTART- line in eng.train. The gold files under data/events/ name
their document this way; the text itself stays in ../shared (it is never copied into this repository).

Rebuilding: spaces are removed before punctuation and clitics and after opening brackets, paired '"'
tokens become opening and closing quotes, the byline and dateline are dropped, one sentence a line,
and a quotation that runs over a sentence end stays on one line.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "data")
TRAIN = os.path.join(SHARED, "conll2003", "eng.train")

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "'S", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "$"}
DATELINE = re.compile(r"^(\S+ ){0,7}\d{4}-\d{2}-\d{2}$")


def documents(path=TRAIN):
    """Yields each document as a list of sentences, each a list of tokens."""
    doc, sent = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if doc is not None:
                    if sent: doc.append(sent)
                    yield doc
                doc, sent = [], []
            elif not line.strip():
                if sent: doc.append(sent)
                sent = []
            else:
                sent.append(line.split(" ")[0])
    if doc is not None:
        if sent: doc.append(sent)
        yield doc


def detokenize(tokens, quote_open):
    """Joins one sentence's tokens; quote_open says whether a '"' is open from the sentence before."""
    out = ""
    no_space = True
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out += '"'
                no_space = False
            else:
                out += ("" if no_space else " ") + '"'
                no_space = True
            quote_open = not quote_open
            continue
        if not (no_space or tok in NO_SPACE_BEFORE or tok.startswith("'") and tok.lower() in NO_SPACE_BEFORE):
            out += " "
        out += tok
        no_space = tok in NO_SPACE_AFTER
    return out, quote_open


def article(sentences):
    """(headline, date, body lines) of one document."""
    headline, _ = detokenize(sentences[0], False)
    date, start = None, 1
    for i in range(1, min(3, len(sentences))):
        text = " ".join(sentences[i])
        if DATELINE.match(text):
            date, start = text.split(" ")[-1], i + 1
            break
    lines, pending, quote_open = [], None, False
    for sent in sentences[start:]:
        text, quote_open = detokenize(sent, quote_open)
        pending = text if pending is None else pending + " " + text
        if not quote_open:
            lines.append(pending)
            pending = None
    if pending is not None:
        lines.append(pending)
    return headline, date, lines


def read(wanted):
    wanted = set(wanted)
    found = {}
    for n, doc in enumerate(documents(), 1):
        if n in wanted:
            found[n] = article(doc)
    missing = wanted - set(found)
    if missing:
        sys.exit(f"conll-article: eng.train has no document {sorted(missing)[0]}")
    return found


def main(argv):
    if not os.path.exists(TRAIN):
        sys.exit(f"conll-article: {TRAIN} is absent; nothing to rebuild")
    if argv[:1] == ["--check"]:
        nd = os.path.join(SHARED, "news-dev")
        expected = {}
        for name in sorted(os.listdir(nd)):
            if name.endswith(".txt"):
                lines = open(os.path.join(nd, name), encoding="utf-8").read().split("\n")
                expected[int(lines[3].split()[-1])] = (name, "\n".join(lines[5:]).rstrip("\n"))
        bad = 0
        for doc, (headline, date, body) in sorted(read(expected).items()):
            name, want = expected[doc]
            got = "\n".join(body)
            if got != want:
                bad += 1
                for a, b in zip(got.split("\n"), want.split("\n")):
                    if a != b:
                        print(f"{name} (doc {doc}):\n  rebuilt: {a}\n  news-dev: {b}")
                        break
                else:
                    print(f"{name} (doc {doc}): line counts differ")
        print(f"{len(expected) - bad} of {len(expected)} news-dev bodies rebuilt exactly")
        return 1 if bad else 0
    jsonl = argv[:1] == ["--jsonl"]
    ids = [int(a) for a in argv[1 if jsonl else 0:]]
    if not ids:
        print(__doc__)
        return 2
    arts = read(ids)
    for doc in ids:
        headline, date, body = arts[doc]
        if jsonl:
            print(json.dumps({"id": f"c{doc:03d}", "title": headline, "published": date, "text": "\n".join(body)}))
        else:
            print("\n".join([headline, "Reuters", date or "", f"CoNLL-2003 eng.train document {doc}", ""] + body))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
