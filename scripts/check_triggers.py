#!/usr/bin/env python3
"""Validate the event trigger dictionaries against the CAMEO code table.

Usage (from the repository root):

    python3 scripts/check_triggers.py [TRIGGER_FILE ...]

Without arguments, checks every plugins/lang-*/src/main/resources/froissart/lang/*/event-triggers.tsv
and the generated files next to them (event-triggers-*.tsv, e.g. event-triggers-petrarch.tsv from
scripts/build_petrarch_triggers.py). Generated files follow the same rules except that a prefix
'*' may not appear at all (they list full word forms); their lines are not counted per root, and a
generated file that repeats a (cameo, pattern) of the hand-written file is reported.
Fails (exit status 1, one "file:line: message" per problem) on:
  - wrong number of columns, unknown CAMEO code (not in cameo.tsv), code not 3 or 4 digits,
  - kind other than V or N, empty pattern, empty token or alternative,
  - a prefix with fewer than 4 letters before '*', a '*' not at the end of an alternative,
  - a pattern starting or ending with the gap '...', two gaps in a row,
  - duplicate (cameo, pattern) lines, bad target_preps syntax.
Prints the number of lines per CAMEO root and language. Python 3 standard library only.

Debugging aid: python3 scripts/check_triggers.py --match FILE "Une phrase." lists the lines
of FILE whose pattern matches the sentence (approximate tokenizer, no grammar).
"""

import glob
import os
import re
import sys
from collections import Counter, defaultdict

CAMEO_TSV = os.path.join("extractors", "src", "main", "resources", "froissart", "cameo", "cameo.tsv")
TRIGGER_GLOB = os.path.join("plugins", "lang-*", "src", "main", "resources", "froissart", "lang", "*", "event-triggers.tsv")
GENERATED_GLOB = os.path.join("plugins", "lang-*", "src", "main", "resources", "froissart", "lang", "*", "event-triggers-*.tsv")
HEADER = ["cameo", "kind", "pattern", "target_preps", "note"]
GAP = "..."


def load_codes(path):
    codes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code = line.split("\t", 1)[0]
            if code != "code":
                codes.add(code)
    return codes


def letters(s):
    return sum(1 for ch in s if ch.isalpha())


def is_generated(path):
    return os.path.basename(path).startswith("event-triggers-")


def check_pattern(pattern, generated=False):
    """Return a list of problems with one pattern string."""
    problems = []
    if not pattern.strip():
        return ["empty pattern"]
    if pattern != pattern.strip() or "  " in pattern:
        problems.append("pattern has stray spaces")
    tokens = pattern.split()
    if tokens[0] == GAP or tokens[-1] == GAP:
        problems.append("pattern starts or ends with the gap '...'")
    for a, b in zip(tokens, tokens[1:]):
        if a == GAP and b == GAP:
            problems.append("two gaps in a row")
    for tok in tokens:
        if tok == GAP:
            continue
        if tok != tok.lower():
            problems.append("token %r is not lower-case (the tokenizer lower-cases)" % tok)
        if "\u2019" in tok:
            problems.append("token %r contains a typographic apostrophe (use ')" % tok)
        for alt in tok.split("|"):
            if not alt:
                problems.append("empty alternative in token %r" % tok)
                continue
            if "*" in alt and generated:
                problems.append("generated files list word forms, no prefix: %r" % alt)
            elif "*" in alt:
                if not alt.endswith("*") or alt.count("*") > 1:
                    problems.append("'*' must end the alternative: %r" % alt)
                elif letters(alt[:-1]) < 4:
                    problems.append("prefix %r has fewer than 4 letters before '*'" % alt)
            if "'" in alt and not alt.endswith("'") and alt not in ("aujourd'hui",):
                problems.append("elided word %r must be split after the apostrophe" % alt)
    return problems


def check_file(path, codes, counts, hand_keys=None):
    errors = []
    seen = {}
    generated = is_generated(path)
    lang = os.path.basename(os.path.dirname(path))
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            where = "%s:%d" % (path, lineno)
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen and cols == HEADER:
                header_seen = True
                continue
            if len(cols) != 5:
                errors.append("%s: expected 5 tab-separated columns, found %d" % (where, len(cols)))
                continue
            code, kind, pattern, preps, _note = cols
            if not re.fullmatch(r"\d{3,4}", code):
                errors.append("%s: CAMEO code %r must have 3 or 4 digits" % (where, code))
            elif code not in codes:
                errors.append("%s: unknown CAMEO code %r" % (where, code))
            if kind not in ("V", "N"):
                errors.append("%s: bad kind %r (expected V or N)" % (where, kind))
            for p in check_pattern(pattern, generated):
                errors.append("%s: %s" % (where, p))
            if preps and not re.fullmatch(r"[^\s,]+(,[^\s,]+)*", preps):
                errors.append("%s: target_preps must be comma-separated words without spaces: %r" % (where, preps))
            key = (code, pattern)
            if key in seen:
                errors.append("%s: duplicate (cameo, pattern) %s %r, first at line %d" % (where, code, pattern, seen[key]))
            else:
                seen[key] = lineno
            if generated:
                if hand_keys is not None and key in hand_keys.get(lang, set()):
                    errors.append("%s: repeats the hand-written line (cameo, pattern) %s %r" % (where, code, pattern))
            else:
                counts[lang][code[:2]] += 1
                if hand_keys is not None:
                    hand_keys.setdefault(lang, set()).add(key)
    if not header_seen:
        errors.append("%s: missing column header line %s" % (path, "\\t".join(HEADER)))
    return errors


def tokenize(text):
    """Approximation of the Froissart tokenizer, for --match only."""
    text = text.lower().replace("\u2019", "'")
    return re.findall(r"\w+'|\w+(?:-\w+)*|[^\w\s]", text)


def token_ok(pat, tok):
    for alt in pat.split("|"):
        if alt.endswith("*") and tok.startswith(alt[:-1]):
            return True
        if alt == tok:
            return True
    return False


def match_at(pats, toks, i):
    """Return end index of a match of pats starting at toks[i], or -1."""
    if not pats:
        return i
    if pats[0] == GAP:
        for skip in range(0, 4):
            if i + skip <= len(toks):
                end = match_at(pats[1:], toks, i + skip)
                if end >= 0:
                    return end
        return -1
    if i < len(toks) and token_ok(pats[0], toks[i]):
        return match_at(pats[1:], toks, i + 1)
    return -1


def demo_match(path, sentence):
    toks = tokenize(sentence)
    print(" ".join(toks))
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) != 5 or cols[0] == "cameo":
                continue
            pats = cols[2].split()
            for i in range(len(toks)):
                end = match_at(pats, toks, i)
                if end > i:
                    print("  %s %s [%s] line %d: %r -> %r" % (cols[0], cols[1], cols[3], lineno, cols[2], " ".join(toks[i:end])))


def main(argv):
    if argv[:1] == ["--match"]:
        # --match FILE "sentence": show every trigger line that matches (debugging aid)
        demo_match(argv[1], argv[2])
        return 0
    if not os.path.isfile(CAMEO_TSV):
        print("missing %s: run scripts/build_cameo_tables.py first" % CAMEO_TSV, file=sys.stderr)
        return 1
    codes = load_codes(CAMEO_TSV)
    files = argv or sorted(glob.glob(TRIGGER_GLOB)) + sorted(glob.glob(GENERATED_GLOB))
    files = sorted(files, key=is_generated)  # hand-written files first
    if not files:
        print("no trigger files found (%s)" % TRIGGER_GLOB, file=sys.stderr)
        return 1
    counts = defaultdict(Counter)
    errors = []
    hand_keys = {}
    for path in files:
        errors.extend(check_file(path, codes, counts, hand_keys))
        if is_generated(path):
            print("%s: generated file checked" % path)

    langs = sorted(counts)
    roots = ["%02d" % i for i in range(1, 21)]
    print("lines per CAMEO root")
    print("root  " + "  ".join("%5s" % l for l in langs))
    for r in roots:
        print("%-4s  " % r + "  ".join("%5d" % counts[l][r] for l in langs))
    print("total " + "  ".join("%5d" % sum(counts[l].values()) for l in langs))
    for l in langs:
        missing = [r for r in roots if counts[l][r] == 0]
        if missing:
            errors.append("%s: no triggers for CAMEO root(s) %s" % (l, ", ".join(missing)))

    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print("%d problem(s)" % len(errors), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
