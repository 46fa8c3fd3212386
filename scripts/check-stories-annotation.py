#!/usr/bin/env python3
"""Validate data/stories/conll2003-train.stories.tsv against CoNLL-2003 eng.train.

Usage: python3 scripts/check-stories-annotation.py [path-to-eng.train] [path-to-stories.tsv]

eng.train defaults to ../shared/data/conll2003/eng.train relative to the repository root;
the annotation defaults to data/stories/conll2003-train.stories.tsv in the repository.

Checks: row shapes; ids unique; a story row comes before its doc and event rows; split is
tune or test; every doc number exists in eng.train and belongs to exactly one story; every
event mention doc:sentence names an existing sentence of a doc of the event's story; every
event spans at least two documents; CAMEO roots are 01-20; no label repeats a run of six or
more corpus words (labels must be the annotator's own words). Prints counts per split.
Exit status 0 when everything passes, 1 otherwise.
"""
import os
import re
import sys
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TRAIN = os.path.normpath(os.path.join(REPO, '..', 'shared', 'data', 'conll2003', 'eng.train'))
DEFAULT_TSV = os.path.join(REPO, 'data', 'stories', 'conll2003-train.stories.tsv')
NGRAM = 6


def read_corpus(path):
    """Return a list of documents; each document is a list of sentences (lists of tokens).

    Document n (1-based) is the n-th -DOCSTART- line; sentence i (0-based) is the i-th
    blank-line-separated group of token lines after it."""
    docs, cur, sent = [], None, []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('-DOCSTART-'):
                if cur is not None and sent:
                    cur.append(sent)
                sent = []
                cur = []
                docs.append(cur)
                continue
            if not line.strip():
                if sent and cur is not None:
                    cur.append(sent)
                sent = []
                continue
            sent.append(line.split(' ')[0])
    if sent and cur is not None:
        cur.append(sent)
    return docs


def words(tokens):
    out = []
    for t in tokens:
        w = re.sub(r'[^0-9a-z]', '', t.lower())
        if w:
            out.append(w)
    return out


def corpus_ngrams(docs):
    grams = set()
    for d in docs:
        for s in d:
            w = words(s)
            for i in range(len(w) - NGRAM + 1):
                grams.add(tuple(w[i:i + NGRAM]))
    return grams


def main(argv):
    train = argv[1] if len(argv) > 1 else DEFAULT_TRAIN
    tsv = argv[2] if len(argv) > 2 else DEFAULT_TSV
    docs = read_corpus(train)
    errors = []

    def err(lineno, msg):
        errors.append(f'{tsv}:{lineno}: {msg}')

    stories = {}            # id -> (split, label)
    story_docs = defaultdict(list)
    doc_story = {}
    events = {}             # id -> (story, root, mentions, label)
    labels = []             # (lineno, label)
    with open(tsv, encoding='utf-8') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            kind = cols[0]
            if kind == 'story':
                if len(cols) != 4:
                    err(lineno, 'story row needs 4 columns'); continue
                _, sid, split, label = cols
                if not re.fullmatch(r'S\d{3,}', sid):
                    err(lineno, f'bad story id {sid!r}')
                if sid in stories:
                    err(lineno, f'duplicate story id {sid}')
                if split not in ('tune', 'test'):
                    err(lineno, f'split must be tune or test, not {split!r}')
                if not label.strip():
                    err(lineno, 'empty story label')
                stories[sid] = (split, label)
                labels.append((lineno, label))
            elif kind == 'doc':
                if len(cols) != 3:
                    err(lineno, 'doc row needs 3 columns'); continue
                _, dnum, sid = cols
                if not dnum.isdigit():
                    err(lineno, f'bad doc number {dnum!r}'); continue
                d = int(dnum)
                if not 1 <= d <= len(docs):
                    err(lineno, f'doc {d} out of range 1..{len(docs)}')
                if sid not in stories:
                    err(lineno, f'doc {d} names story {sid} before (or without) its story row')
                if d in doc_story:
                    err(lineno, f'doc {d} already in story {doc_story[d]}')
                    continue
                doc_story[d] = sid
                story_docs[sid].append(d)
            elif kind == 'event':
                if len(cols) != 6:
                    err(lineno, 'event row needs 6 columns'); continue
                _, eid, sid, root, ments, label = cols
                if not re.fullmatch(r'E\d{3,}', eid):
                    err(lineno, f'bad event id {eid!r}')
                if eid in events:
                    err(lineno, f'duplicate event id {eid}')
                if sid not in stories:
                    err(lineno, f'event {eid} names story {sid} before (or without) its story row')
                if not (re.fullmatch(r'\d\d', root) and 1 <= int(root) <= 20):
                    err(lineno, f'event {eid}: CAMEO root must be 01-20, not {root!r}')
                if not label.strip():
                    err(lineno, f'event {eid}: empty label')
                mlist = []
                for m in ments.split(' '):
                    mm = re.fullmatch(r'(\d+):(\d+)', m)
                    if not mm:
                        err(lineno, f'event {eid}: bad mention {m!r}'); continue
                    d, s = int(mm.group(1)), int(mm.group(2))
                    if (d, s) in mlist:
                        err(lineno, f'event {eid}: mention {m} listed twice')
                    mlist.append((d, s))
                    if doc_story.get(d) != sid:
                        err(lineno, f'event {eid}: doc {d} is not a doc of story {sid}')
                    elif not 0 <= s < len(docs[d - 1]):
                        err(lineno, f'event {eid}: doc {d} has no sentence {s} (0..{len(docs[d - 1]) - 1})')
                if len({d for d, _ in mlist}) < 2:
                    err(lineno, f'event {eid}: mentions must span at least two documents')
                events[eid] = (sid, root, mlist, label)
                labels.append((lineno, label))
            else:
                err(lineno, f'unknown row kind {kind!r}')

    for sid in stories:
        if not story_docs[sid]:
            errors.append(f'{tsv}: story {sid} has no documents')

    grams = corpus_ngrams(docs)
    for lineno, label in labels:
        w = words(label.split())
        for i in range(len(w) - NGRAM + 1):
            if tuple(w[i:i + NGRAM]) in grams:
                err(lineno, f'label repeats corpus wording: {" ".join(w[i:i + NGRAM])!r}')
                break

    # counts
    print(f'eng.train: {train} ({len(docs)} documents)')
    print(f'annotation: {tsv}')
    hdr = f'{"split":6} {"docs":>5} {"stories":>7} {"multi":>5} {"single":>6} {"events":>6} {"mentions":>8} {"ev-docs":>7}'
    print(hdr)
    tot = defaultdict(int)
    for split in ('tune', 'test', 'all'):
        sids = [s for s, (sp, _) in stories.items() if split == 'all' or sp == split]
        sset = set(sids)
        nd = sum(len(story_docs[s]) for s in sids)
        multi = sum(1 for s in sids if len(story_docs[s]) > 1)
        evs = [e for e in events.values() if e[0] in sset]
        nm = sum(len(e[2]) for e in evs)
        evdocs = len({d for e in evs for d, _ in e[2]})
        print(f'{split:6} {nd:5d} {len(sids):7d} {multi:5d} {len(sids) - multi:6d} {len(evs):6d} {nm:8d} {evdocs:7d}')
    roots = defaultdict(int)
    for e in events.values():
        roots[e[1]] += 1
    print('events by CAMEO root: ' + ' '.join(f'{r}:{n}' for r, n in sorted(roots.items())))

    if errors:
        for e in errors:
            print('ERROR ' + e, file=sys.stderr)
        print(f'FAIL: {len(errors)} error(s)', file=sys.stderr)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
