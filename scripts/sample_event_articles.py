#!/usr/bin/env python3
"""Picks the articles of the event gold sets (eval/events/) from the shared corpora.

The corpora are for evaluation only and never copied into the repository: the gold files hold
article ids and coded events, and `froissart eval events --gold` reads the text from the corpus.
The choice is deterministic (fixed seed) so the sample can be rebuilt and checked.

    python3 scripts/sample_event_articles.py ../shared/data/corpora/orangesum-fr.jsonl.gz fr 40
    python3 scripts/sample_event_articles.py ../shared/data/corpora/bbc-en.jsonl.gz en 40

An optional fourth argument skips that many candidates first: the test sets (`*-test.jsonl`) are the
next 30 after the 40 of the development/held-out files (`... fr 30 40`).
"""
import gzip
import json
import random
import re
import sys

# Words that make an article likely to report interactions between political actors.
CUES = {
    "fr": r"\b(ministre|président|gouvernement|armée|police|manifest\w*|accord|sanction\w*|condamn\w*|"
          r"diplomat\w*|ambassad\w*|ONU|Otan|attaque|négociation\w*|sommet|opposition|rebelles?)\b",
    "en": r"\b(minister|president|government|army|police|protest\w*|agreement|sanction\w*|condemn\w*|"
          r"diplomat\w*|embassy|UN|Nato|attack\w*|talks|summit|opposition|rebels?|criticis\w*)\b",
}


def main():
    path, language, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    skip = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    cue = re.compile(CUES[language], re.IGNORECASE)
    candidates = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            text = doc.get("text") or ""
            if doc.get("category") in ("sport", "entertainment", "tech"):
                continue
            if 600 <= len(text) <= 3500 and len(set(m.lower() for m in cue.findall(text))) >= 4:
                candidates.append(doc["id"])
    random.Random(20261123).shuffle(candidates)
    for doc_id in candidates[skip:skip + count]:
        print(doc_id)


if __name__ == "__main__":
    main()
