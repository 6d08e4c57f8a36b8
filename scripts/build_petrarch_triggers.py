#!/usr/bin/env python3
"""Convert the PETRARCH2 English verb dictionary (CAMEO.2.0.txt) into a Froissart trigger file.

Usage (from the repository root):

    python3 scripts/build_petrarch_triggers.py [--data ../shared/data] [--out FILE] [--stats]

Reads  DATA/events/petrarch2/dictionaries/CAMEO.2.0.txt  (MIT licence, Open Event Data Alliance)
and writes plugins/lang-en/src/main/resources/froissart/lang/en/event-triggers-petrarch.tsv in the
format of docs/event-dictionaries.md. Python 3 standard library only.

Conversion (see docs/event-dictionaries.md, "The generated English file"):

* Verb blocks "--- NAME [code] ---": every verb of the block gets its inflected forms (regular
  English morphology, both with and without a doubled final consonant; or the irregular forms in
  {...}, as PETRARCH does), joined as `|` alternatives. Multi-word verbs (+CORDON_OFF, RE_+ARREST)
  keep their fixed words; "RE_" becomes the hyphenated token "re-...".
* The verb's own code (or the block's) becomes one V line with the verb forms alone.
* Each pattern "- * WORDS [code]" becomes a V line "verbforms ... words": the PETRARCH `*` (the
  verb) is followed by our gap `...`; a parenthesised prepositional phrase "(FOR {FINANCIAL AID})"
  becomes "for ... financial aid|aids"; braced noun phrases are consecutive words; single nouns
  also accept their regular plural; synsets (&CURRENCY) become `|` alternatives (multi-word members
  sharing their leading words are merged; at most MAX_VARIANTS lines per pattern).
* Target markers: a final "(PREP +)" becomes target_preps PREP; a final bare "+" (the direct
  object) is dropped. Patterns with words before the verb ("- &MILITARY * ..."), the source
  marker $, the skip marker ^, the compound marker %, a "+" elsewhere, or a "/" are skipped.
* Codes "A:B" (PETRARCH's paired codes) keep A; "[:B]" patterns and the null code "---" (which in
  PETRARCH blocks coding) are skipped, as are codes missing from cameo.tsv and roots 01 (public
  statements: they would turn every "said" into an event; the hand-written file covers the
  useful 01x phrases).
* Noun/verb ambiguity: PETRARCH only looks at words the parser tagged as verbs; we match tokens.
  A verb form is left out when the same word is used as a noun in the PETRARCH dictionary itself
  (pattern objects, synset members), in PETRARCH's agent dictionary, or in an N line of the
  hand-written English file: "attack", "attacks", "visit", "protest", "strike" stay with the
  hand-written nominal lines, "attacked", "visited" are kept.
* A verb alone (no object) gives a line only for its past forms, only for specific codes (see
  specific(): no cue category xx0, no roots 02-10 or 12) and not for verbs whose literal use
  dominates in sport, markets and entertainment copy ("beat", "win", "cut", "raise"...;
  NEWS_STOPLIST below); --defaults none|specific|all changes the code rule. Patterns of the
  statement-verb blocks (say, tell, announce: root 01) are skipped ("said X plans" is no object),
  and a pattern needs a content word after the verb.
* No frequency pruning is needed: with these rules the file has about 8,400 lines (the single-word
  verbs of a block share one line per pattern).
* Patterns that are identical after conversion are written once; the file is sorted by code.

The output is data derived from PETRARCH2: keep its MIT notice (in the header).
"""

import argparse
import itertools
import os
import re
import sys
from collections import OrderedDict, defaultdict

from check_triggers import load_codes  # the CAMEO code table, read the same way as the checker

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CAMEO_TSV = os.path.join(ROOT, "extractors", "src", "main", "resources", "froissart", "cameo", "cameo.tsv")
HAND = os.path.join(ROOT, "plugins", "lang-en", "src", "main", "resources", "froissart", "lang", "en", "event-triggers.tsv")
OUT = os.path.join(ROOT, "plugins", "lang-en", "src", "main", "resources", "froissart", "lang", "en", "event-triggers-petrarch.tsv")

MAX_VARIANTS = 6  # lines per PETRARCH pattern after synset expansion
SKIP_ROOTS = {"01"}  # public statements: "said", "announced", "described" would be events everywhere

PREPOSITIONS = {
    "about", "above", "across", "after", "against", "along", "among", "around", "as", "at", "before", "behind", "below",
    "beneath", "beside", "between", "beyond", "by", "despite", "down", "during", "for", "from", "in", "inside", "into",
    "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "since", "through", "throughout", "to", "toward",
    "towards", "under", "until", "up", "upon", "with", "within", "without", "aside", "away", "back", "forward", "together",
}
FUNCTION_WORDS = PREPOSITIONS | {
    "a", "an", "the", "and", "or", "not", "no", "that", "this", "these", "those", "it", "its", "their", "his", "her",
    "himself", "herself", "itself", "themselves", "will", "would", "be", "is", "are", "was", "were", "been", "has", "have",
    "had", "do", "does", "did", "more", "less", "first", "new", "all", "any", "some", "own", "free", "open", "closer",
    "close", "further", "part", "fire", "ablaze", "afire", "positively", "uncertain", "so", "too", "very", "than", "then",
}

# Verbs whose common literal sense in sport, business and entertainment copy is not a political
# event (matched on the verb's base form, before inflection).
NEWS_STOPLIST = {
    "beat", "defeat", "win", "lose", "play", "score", "shoot", "tackle", "strike", "hit", "kick", "punch", "knock",
    "thrash", "trounce", "rout", "crush", "overwhelm", "outplay", "edge", "top", "lead", "chase", "race", "run",
    "challenge", "compete", "draw", "host", "face", "meet", "field", "pass", "cross", "hold", "book", "send", "charge",
    "cut", "raise", "boost", "slash", "drop", "fall", "rise", "climb", "jump", "sink", "plunge", "soar", "lift", "buy",
    "sell", "own", "acquire", "release", "launch", "open", "close", "star", "feature", "sign", "award", "honour",
    "honor", "nominate", "reward", "bid", "offer", "deal", "trade", "invest", "fund", "finance", "market", "ship",
    "deliver", "supply", "provide", "give", "grant", "pay", "back", "support", "help", "join", "leave", "quit", "retire",
    "injure", "hurt", "wound", "suspend", "ban", "fine", "penalize", "penalise", "sack", "fire", "axe", "drop", "bench",
    "warn", "blast", "slam", "hammer", "pound", "batter", "attack", "storm", "invade", "overrun", "capture", "seize",
    "take", "claim", "return", "come", "go", "make", "get", "put", "set", "see", "look", "turn", "keep", "bring",
    "move", "show", "carry", "stand", "call", "ask", "tell", "report", "record", "post", "file", "list", "rate",
    "target", "aim", "tip", "back", "force", "push", "press", "pressure", "urge", "want", "need", "plan", "expect",
}

# Verb forms that news copy uses as prepositions or conjunctions.
NOT_VERBS = {"according", "regarding", "concerning", "considering", "including", "following", "given", "provided",
             "pending", "excepting", "barring"}

CODE_RE = re.compile(r"\[([^\]]*)\]")
CLEAN_TOKEN = re.compile(r"[a-z0-9][a-z0-9.-]*")


def strip_comment(line):
    for mark in ("#", ";"):
        i = line.find(mark)
        if i >= 0:
            line = line[:i]
    return line.rstrip()


# ---------------------------------------------------------------- morphology

VOWELS = set("aeiou")


def plural(noun):
    if not noun.isalpha() or len(noun) < 3 or noun in FUNCTION_WORDS or noun.endswith(("ly", "ing", "ed")):
        return []
    if noun.endswith("men"):
        return []
    if noun.endswith("man"):
        return [noun[:-3] + "men"]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return [noun + "es"] if not noun.endswith("s") or noun.endswith("ss") else []
    if noun.endswith("y") and noun[-2] not in VOWELS:
        return [noun[:-1] + "ies"]
    return [noun + "s"]


# Final syllables that are stressed (admit -> admitted) or double in British spelling (travelled).
DOUBLING_ENDINGS = ("mit", "pel", "cur", "fer", "bed", "gret", "trol", "quit", "bid", "l")


def doubles(v):
    """'only' / 'both' / None: whether the final consonant doubles before -ed, -ing (ban -> banned)."""
    if not (len(v) >= 3 and v[-1] not in VOWELS and v[-1] not in "wxy" and v[-2] in VOWELS and v[-3] not in VOWELS):
        return None
    syllables = len(re.findall(r"[aeiouy]+", v))
    if syllables == 1:
        return "only"
    return "both" if v.endswith(DOUBLING_ENDINGS) else None


def verb_forms(v):
    """Base, third person, past (= participle) and -ing forms of a regular verb, as a dict."""
    f = {"base": {v}}
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        f["s"] = {v + "es"}
    elif v.endswith("y") and v[-2] not in VOWELS:
        f["s"] = {v[:-1] + "ies"}
    else:
        f["s"] = {v + "s"}
    if v.endswith("e"):
        f["ed"] = {v + "d"}
        f["ing"] = {v[:-2] + "ying"} if v.endswith("ie") else ({v + "ing"} if v.endswith(("ee", "ye", "oe")) else {v[:-1] + "ing"})
    elif v.endswith("y") and v[-2] not in VOWELS:
        f["ed"] = {v[:-1] + "ied"}
        f["ing"] = {v + "ing"}
    else:
        f["ed"] = {v + "ed"}
        f["ing"] = {v + "ing"}
        dbl = doubles(v)
        if dbl:
            if dbl == "only":
                f["ed"], f["ing"] = set(), set()
            f["ed"].add(v + v[-1] + "ed")
            f["ing"].add(v + v[-1] + "ing")
    return f


# ---------------------------------------------------------------- reading

class Dictionary:
    def __init__(self):
        self.synsets = {}  # name -> list of token tuples
        self.blocks = []   # (name, code, verbs, patterns)


def read_petrarch(path):
    d = Dictionary()
    block = None
    syn = None
    with open(path, encoding="latin-1") as f:
        lines = f.read().splitlines()
    for raw in lines:
        line = strip_comment(raw)
        if not line.strip():
            continue
        s = line.strip()
        if s.startswith("~"):
            continue  # transformations: verb-verb combinations, not expressible
        if s.startswith("&"):
            name = s.split()[0]
            noplural = name.endswith("_")
            name = name.rstrip("_")
            syn = (name, noplural)
            d.synsets[name] = []
            block = None
            continue
        if s.startswith("+") and syn is not None and block is None:
            phrase = s[1:].strip()
            keep = syn[1] or phrase.endswith("_")
            words = tuple(w for w in phrase.rstrip("_").lower().replace("_", " ").split() if w)
            if not words or not all(CLEAN_TOKEN.fullmatch(w) for w in words):
                continue  # "pa'anga", "f/a-18": not single tokens for our tokenizer
            d.synsets[syn[0]].append(words)
            if not keep:
                for p in plural(words[-1]):
                    d.synsets[syn[0]].append(words[:-1] + (p,))
            continue
        if s.startswith("---"):
            m = CODE_RE.search(s)
            name = s.strip("- ").split("[")[0].strip()
            block = {"name": name, "code": m.group(1).strip() if m else "---", "verbs": [], "patterns": []}
            d.blocks.append(block)
            syn = None
            continue
        if block is None:
            continue
        if s.startswith("-"):
            m = CODE_RE.search(s)
            if not m:
                continue
            block["patterns"].append((s[1:m.start()].strip(), m.group(1).strip(), raw))
            continue
        # a verb line
        m = CODE_RE.search(s)
        code = m.group(1).strip() if m else None
        body = s[:m.start()] if m else s
        irregular = None
        if "{" in body:
            irregular = body[body.find("{") + 1:body.find("}")].split() if "}" in body else []
            body = body[:body.find("{")]
        body = body.strip()
        if not body or " " in body:
            continue
        block["verbs"].append((body, irregular, code))
    return d


def form_tokens(form):
    """'+CORDONED_OFF' -> ('cordoned', 'off'); 'RE_+ARREST' -> ('re-arrest',)."""
    words = form.replace("+", "").lower().split("_")
    words = [w for w in words if w]
    if len(words) >= 2 and words[0] == "re":
        words = ["re-" + words[1]] + words[2:]
    return tuple(words)


def verb_alternatives(body, irregular, nouns):
    """The verb's forms as a list of patterns (lists of token alternatives); noun-like forms dropped.

    Returns (patterns, base) where base is the lower-case verb word.
    """
    multi = "_" in body
    if multi:
        if "+" not in body:
            return [], None
        words = body.split("_")
        k = next((i for i, w in enumerate(words) if w.startswith("+")), None)
        if k is None:
            return [], None
        base = words[k][1:].lower()
        if irregular:
            forms = [body] + irregular
        else:
            forms = [body]
            for kind, fs in verb_forms(base).items():
                for fm in fs:
                    forms.append("_".join(words[:k] + ["+" + fm.upper()] + words[k + 1:]))
        toks = set(form_tokens(fm) for fm in forms if "+" in fm)
    else:
        base = body.lower()
        if irregular is not None:
            forms = {base} | {w.lower() for w in irregular}
        else:
            forms = set().union(*verb_forms(base).values())
        toks = {(w,) for w in forms}
    # noun-like single forms out ("attack", "attacks"); multi-word verbs keep theirs ("clear up")
    kept = set()
    for t in toks:
        if not t or any(not re.fullmatch(r"[a-z][a-z'-]*", w) for w in t):
            continue
        if len(t) == 1 and (t[0] in nouns or t[0] in NOT_VERBS):
            continue
        kept.add(t)
    # merge forms of equal length that differ in one position only
    by_shape = defaultdict(set)
    for t in kept:
        by_shape[len(t)].add(t)
    out = []
    for n, group in sorted(by_shape.items()):
        group = sorted(group)
        diff = [i for i in range(n) if len({t[i] for t in group}) > 1]
        if len(diff) <= 1:
            out.append([sorted({t[i] for t in group}) for i in range(n)])
        else:
            out.extend([[ [w] for w in t] for t in group])
    return out, base


# ---------------------------------------------------------------- patterns

TOKEN_RE = re.compile(r"\(|\)|\{|\}|[^\s(){}]+")


class Skip(Exception):
    pass


def parse_constituents(text):
    """PETRARCH post-verb text -> list of constituents: ('np', [words]) or ('pp', prep, [words]) or ('target', prep)."""
    toks = TOKEN_RE.findall(text)
    out = []
    i = 0

    def braced(i):
        words = []
        i += 1
        while i < len(toks) and toks[i] != "}":
            words.append(toks[i])
            i += 1
        if i >= len(toks):
            raise Skip("unclosed {")
        return words, i + 1

    while i < len(toks):
        t = toks[i]
        if t == "(":
            j = i + 1
            inner = []
            while j < len(toks) and toks[j] != ")":
                inner.append(toks[j])
                j += 1
            if j >= len(toks):
                raise Skip("unclosed (")
            i = j + 1
            if not inner:
                raise Skip("empty ()")
            prep = inner[0]
            rest = inner[1:]
            if rest == ["+"]:
                out.append(("target", prep.lower()))
                continue
            words = []
            k = 0
            while k < len(rest):
                if rest[k] == "{":
                    w, k2 = braced_list(rest, k)
                    words.append(("np", w))
                    k = k2
                else:
                    words.append(("np", [rest[k]]))
                    k += 1
            out.append(("pp", prep, words))
        elif t == "{":
            words, i = braced(i)
            out.append(("np", words))
        elif t in ("+",):
            out.append(("target", ""))
            i += 1
        elif t in ("$", "^", "%") or t == ")" or t == "}":
            raise Skip("marker " + t)
        else:
            out.append(("np", [t]))
            i += 1
    return out


def braced_list(toks, k):
    words = []
    k += 1
    while k < len(toks) and toks[k] != "}":
        words.append(toks[k])
        k += 1
    if k >= len(toks):
        raise Skip("unclosed {")
    return words, k + 1


def word_variants(word, synsets, head):
    """One PETRARCH word -> list of variants, each a list of token-alternative lists (consecutive tokens)."""
    if word.startswith("&"):
        name = word.rstrip("_")
        if name not in synsets:
            raise Skip("unknown synset " + name)
        members = synsets[name]
        singles = sorted({m[0] for m in members if len(m) == 1})
        variants = []
        if singles:
            variants.append([singles])
        groups = defaultdict(set)
        for m in members:
            if len(m) > 1:
                groups[m[:-1]].add(m[-1])
        for prefix in sorted(groups, key=lambda p: (-len(groups[p]), p)):
            variants.append([[w] for w in prefix] + [sorted(groups[prefix])])
        if not variants:
            raise Skip("empty synset " + name)
        return variants
    if any(ch in word for ch in "/$^%+"):
        raise Skip("odd word " + word)
    noplural = word.endswith("_")
    parts = [w for w in word.rstrip("_").lower().split("_") if w]
    if not parts:
        raise Skip("empty word")
    for w in parts:
        if not CLEAN_TOKEN.fullmatch(w):
            raise Skip("odd word " + w)
    last = parts[-1]
    alts = [last] + ([] if noplural or not head else plural(last))
    return [[[w] for w in parts[:-1]] + [sorted(set(alts))]]


def np_variants(words, synsets):
    """A noun phrase (consecutive words, head last) -> list of variants (lists of alternative lists)."""
    per_word = [word_variants(w, synsets, head=(i == len(words) - 1)) for i, w in enumerate(words)]
    out = []
    for combo in itertools.product(*per_word):
        seq = []
        for part in combo:
            seq.extend(part)
        out.append(seq)
    return out


def pattern_variants(post, synsets):
    """Post-verb PETRARCH text -> (list of variants (list of groups), target_preps); groups are separated by gaps."""
    cons = parse_constituents(post)
    preps = ""
    if cons and cons[-1][0] == "target":
        preps = cons[-1][1]
        cons = cons[:-1]
    if any(c[0] == "target" for c in cons):
        raise Skip("target marker inside the pattern")
    group_choices = []  # list of lists of alternative group-sequences
    for c in cons:
        if c[0] == "np":
            group_choices.append([[v] for v in np_variants(c[1], synsets)])
        else:
            prep = c[1].lower()
            if not re.fullmatch(r"[a-z]+", prep):
                raise Skip("odd preposition " + prep)
            subs = [np_variants(w[1], synsets) for w in c[2]]
            seqs = []
            for combo in itertools.product(*subs):
                seqs.append([[[prep]]] + list(combo))
            group_choices.append(seqs)
    variants = []
    for combo in itertools.product(*group_choices):
        groups = []
        for seq in combo:
            groups.extend(seq)
        variants.append(groups)
        if len(variants) >= MAX_VARIANTS:
            break
    return variants, preps


def render(groups):
    """Groups (each a list of alternative lists) -> pattern text with gaps between groups."""
    parts = []
    for g in groups:
        if parts:
            parts.append("...")
        parts.append(" ".join("|".join(alts) for alts in g))
    return " ".join(parts)


def code_of(raw, codes):
    code = raw.split(":")[0].strip().rstrip("!")
    if not code or code == "---" or not re.fullmatch(r"\d{3,4}", code) or code not in codes:
        return None
    if code[:2] in SKIP_ROOTS:
        return None
    return code


def specific(code):
    """A code precise enough to be coded from the verb alone: a leaf code (not a cue category
    "xx0"), outside roots 02-10 and 12 (appeal, intent, consult, diplomatic
    cooperation, material cooperation, aid, yield, investigate, demand, reject), where PETRARCH's
    default verb codes ("added" 060, "thought" 040, "imported" 061, "failed" 120) need the parser's
    context."""
    return not code.endswith("0") and code[:2] not in {"02", "03", "04", "05", "06", "07", "08", "09", "10", "12"}


# ---------------------------------------------------------------- nouns

def collect_nouns(d, data_dir):
    nouns = set()
    for members in d.synsets.values():
        for m in members:
            nouns.add(m[-1])
    for b in d.blocks:
        for pre, _code, _raw in b["patterns"]:
            post = pre.partition("*")[2]
            for w in re.findall(r"[A-Za-z][A-Za-z'-]*", post):
                w = w.lower()
                if w not in FUNCTION_WORDS:
                    nouns.add(w)
                    nouns.update(plural(w))
    agents = os.path.join(data_dir, "events", "petrarch2", "dictionaries", "Phoenix.agents.txt")
    if os.path.isfile(agents):
        with open(agents, encoding="latin-1") as f:
            for line in f:
                line = strip_comment(line).strip()
                if not line or line.startswith(("!", "<")):
                    continue
                phrase = line.split("[")[0].split("{")[0].strip().rstrip("_")
                if "_" in phrase or " " in phrase or not phrase.isalpha():
                    continue
                w = phrase.lower()
                nouns.add(w)
                nouns.update(plural(w))
    if os.path.isfile(HAND):
        with open(HAND, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 3 and cols[1] == "N":
                    for alt in cols[2].split()[0].split("|"):
                        if not alt.endswith("*"):
                            nouns.add(alt)
    # a few frequent verb forms that PETRARCH also lists as nouns but that news uses as verbs
    for w in ("said", "accused", "condemned", "urged", "warned", "threatened", "arrested", "killed", "agreed"):
        nouns.discard(w)
    return nouns


# ---------------------------------------------------------------- main

def past_forms(base, irregular):
    """Past tense and participle forms: the regular -ed forms, or the irregular forms that do not
    end in -ing or -s ("gave", "given")."""
    if irregular is None:
        return verb_forms(base)["ed"]
    out = set()
    for w in irregular:
        w = w.lower().replace("+", "")
        if "_" in w or w == base or w.endswith("ing") or (w.endswith("s") and not w.endswith("ss")):
            continue
        out.add(w)
    return out


def content_words(groups):
    """Words of a converted pattern that are not function words (prepositions, particles...)."""
    return [w for g in groups for alts in g for w in alts if w not in FUNCTION_WORDS]


def build(data_dir, stats=False, defaults="specific"):
    src = os.path.join(data_dir, "events", "petrarch2", "dictionaries", "CAMEO.2.0.txt")
    codes = load_codes(CAMEO_TSV)
    d = read_petrarch(src)
    nouns = collect_nouns(d, data_dir)
    counts = defaultdict(int)
    lines = OrderedDict()  # (code, pattern) -> (preps, note)

    def emit(code, pattern, preps, note):
        key = (code, pattern)
        if key in lines:
            counts["duplicate"] += 1
            return
        lines[key] = (preps, note)
        counts["lines"] += 1

    for b in d.blocks:
        verbs = []
        pasts = set()
        for body, irregular, code in b["verbs"]:
            alts, base = verb_alternatives(body, irregular, nouns)
            if base is not None:
                pasts.update(past_forms(base, irregular))
            if base is None:
                counts["verb unreadable"] += 1
                continue
            if not alts:
                counts["verb only noun-like forms"] += 1
                continue
            verbs.append((body, alts, code if code is not None else b["code"], base))
        # default lines: the single-word verbs of a block that share a code make one line
        singles_by_code = defaultdict(set)
        names_by_code = defaultdict(list)
        for body, alts, vcode, base in verbs:
            if base in NEWS_STOPLIST:
                counts["verb default line left out (news stoplist)"] += 1
                continue
            c = code_of(vcode, codes)
            if c is None:
                counts["verb without usable code"] += 1
                continue
            if defaults == "none" or (defaults == "specific" and not specific(c)):
                counts["verb default line left out (--defaults %s)" % defaults] += 1
                continue
            for a in alts:
                if len(a) == 1:
                    past = {w for w in a[0] if w in pasts}
                    if not past:
                        continue
                    singles_by_code[c].update(past)
                    if body.lower() not in names_by_code[c]:
                        names_by_code[c].append(body.lower())
                else:
                    emit(c, " ".join("|".join(x) for x in a), "", "PETRARCH %s: %s" % (b["name"], body.lower()))
        for c, forms in singles_by_code.items():
            emit(c, "|".join(sorted(forms)), "", "PETRARCH %s: %s" % (b["name"], " ".join(names_by_code[c])))
        # patterns apply to every verb of the block: single-word verbs as one alternative element
        heads = []
        block_singles = set()
        for body, alts, _vcode, _base in verbs:
            for a in alts:
                if len(a) == 1:
                    block_singles.update(a[0])
                else:
                    heads.append(a)
        if block_singles:
            heads.insert(0, [sorted(block_singles)])
        speech = b["code"][:2] == "01"
        for pre, rawcode, raw in b["patterns"]:
            if speech:
                counts["pattern of a statement verb block (say, tell, announce...)"] += 1
                continue
            c = code_of(rawcode, codes)
            if c is None:
                counts["pattern without usable code (---, [:x], root 01, not in cameo.tsv)"] += 1
                continue
            before, star, post = pre.partition("*")
            if not star:
                counts["pattern without *"] += 1
                continue
            if before.strip():
                counts["pattern with words before the verb"] += 1
                continue
            post = post.replace("_ ", " ").strip()
            try:
                variants, preps = pattern_variants(post, d.synsets) if post else ([[]], "")
            except Skip as e:
                counts["pattern skipped: " + " ".join(str(e).split()[:2])] += 1
                continue
            if not all(content_words(g) for g in variants):
                counts["pattern without a content word after the verb"] += 1
                continue
            counts["patterns converted"] += 1
            gloss = re.sub(r"\s+", " ", post.lower())
            comment = raw.partition("#")[2].strip().split()
            verb = comment[0].lower() if comment and comment[0].isalpha() else ""
            for a in heads:
                for groups in variants:
                    emit(c, render([a] + groups), preps, "PETRARCH %s: %s * %s" % (b["name"], verb, gloss))
    if stats:
        for k in sorted(counts):
            print("%-75s %6d" % (k, counts[k]), file=sys.stderr)
    return lines, counts


HEADER = """# Froissart event trigger dictionary: ENGLISH, generated from PETRARCH2. DO NOT EDIT BY HAND:
# regenerate with  python3 scripts/build_petrarch_triggers.py  (conversion rules in the script and in
# docs/event-dictionaries.md). Fix mistakes in the hand-written event-triggers.tsv, whose lines take
# precedence over these for the same tokens, or in the script's stoplists.
# Source: PETRARCH2 CAMEO verb dictionary CAMEO.2.0.txt (openeventdata/petrarch2).
# The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance. Permission is hereby granted,
# free of charge, to any person obtaining a copy of this software and associated documentation files
# (the "Software"), to deal in the Software without restriction, including without limitation the
# rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the
# Software, and to permit persons to whom the Software is furnished to do so, subject to the following
# conditions: The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
# EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
# PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
# FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE,
# ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"), help="the shared data folder")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--stats", action="store_true", help="print conversion counts to stderr")
    ap.add_argument("--defaults", choices=("none", "specific", "all"), default="specific",
                    help="lines for a verb alone (no object): none, only specific codes (see specific()), or all")
    args = ap.parse_args(argv)
    lines, counts = build(args.data, args.stats, args.defaults)
    rows = sorted(lines.items(), key=lambda kv: (kv[0][0], kv[0][1]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("# %d lines. Columns as in event-triggers.tsv; the note names the PETRARCH block and verb.\n" % len(rows))
        f.write("cameo\tkind\tpattern\ttarget_preps\tnote\n")
        for (code, pattern), (preps, note) in rows:
            note = note.replace("\t", " ")[:100]
            f.write("%s\tV\t%s\t%s\t%s\n" % (code, pattern, preps, note))
    print("wrote %s (%d lines)" % (os.path.relpath(args.out, ROOT), len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
