#!/usr/bin/env python3
"""Build the CAMEO code table bundled with Froissart.

Usage (from the repository root):

    python3 scripts/build_cameo_tables.py --data ../shared/data

Reads (read-only):
  events/cameo/CAMEO_codefile.txt      CAMEO code list (names)          MIT, (c) 2014 Philip Schrodt
  events/cameo/CAMEO-PLOV.txt          CAMEO -> PLOVER event/mode/ctx   openeventdata/PLOVER
  events/plover/CAMEO2PLOVER-2021.txt  CAMEO -> PLOVER (2021, primary)  openeventdata/PLOVER, CC BY-SA 4.0
  events/cameo/LICENSE                 copied next to the table

Writes:
  extractors/src/main/resources/froissart/cameo/cameo.tsv
  extractors/src/main/resources/froissart/cameo/ATTRIBUTION.md
  extractors/src/main/resources/froissart/cameo/LICENSE-CAMEO.txt

Columns of cameo.tsv: code, name, quadclass, goldstein, plover_type, plover_mode.

Python 3 standard library only.
"""

import argparse
import os
import re
import shutil
import sys

OUT_DIR = os.path.join("extractors", "src", "main", "resources", "froissart", "cameo")

# Goldstein (1992) conflict-cooperation scale as assigned to CAMEO codes in the
# GDELT lookup file CAMEO.goldsteinscale.txt (the "standard" table used by GDELT
# 1.0/2.0 and most CAMEO data sets). The shared data directory does not contain
# Goldstein values, so the table is carried here verbatim (numbers only).
# Codes that the GDELT table lacks (1213, 1214, 1951, 1952) inherit the value of
# their parent code; see GOLDSTEIN_INHERITED in the output header.
GOLDSTEIN = {
    "01": 0.0, "010": 0.0, "011": -0.1, "012": -0.4, "013": 0.4, "014": 0.0,
    "015": 0.0, "016": -2.0, "017": 0.0, "018": 3.4, "019": 3.4,
    "02": 3.0, "020": 3.0, "021": 3.4, "0211": 3.4, "0212": 3.4, "0213": 3.4,
    "0214": 3.4, "022": 3.2, "023": 3.4, "0231": 3.4, "0232": 3.4, "0233": 3.4,
    "0234": 3.4, "024": -0.3, "0241": -0.3, "0242": -0.3, "0243": -0.3,
    "0244": -0.3, "025": -0.3, "0251": -0.3, "0252": -0.3, "0253": -0.3,
    "0254": -0.3, "0255": -0.3, "0256": -0.3, "026": 4.0, "027": 4.0, "028": 4.0,
    "03": 4.0, "030": 4.0, "031": 5.2, "0311": 5.2, "0312": 5.2, "0313": 5.2,
    "0314": 5.2, "032": 4.5, "033": 5.2, "0331": 5.2, "0332": 5.2, "0333": 5.2,
    "0334": 6.0, "034": 7.0, "0341": 7.0, "0342": 7.0, "0343": 7.0, "0344": 7.0,
    "035": 7.0, "0351": 7.0, "0352": 7.0, "0353": 7.0, "0354": 7.0, "0355": 7.0,
    "0356": 7.0, "036": 4.0, "037": 5.0, "038": 7.0, "039": 5.0,
    "04": 1.0, "040": 1.0, "041": 1.0, "042": 1.9, "043": 2.8, "044": 2.5,
    "045": 5.0, "046": 7.0,
    "05": 3.5, "050": 3.5, "051": 3.4, "052": 3.5, "053": 3.8, "054": 6.0,
    "055": 7.0, "056": 7.0, "057": 8.0,
    "06": 6.0, "060": 6.0, "061": 6.4, "062": 7.4, "063": 7.4, "064": 7.0,
    "07": 7.0, "070": 7.0, "071": 7.4, "072": 8.3, "073": 7.4, "074": 8.5, "075": 7.0,
    "08": 5.0, "080": 5.0, "081": 5.0, "0811": 5.0, "0812": 5.0, "0813": 5.0,
    "0814": 5.0, "082": 5.0, "083": 5.0, "0831": 5.0, "0832": 5.0, "0833": 5.0,
    "0834": 5.0, "084": 7.0, "0841": 7.0, "0842": 7.0, "085": 7.0, "086": 9.0,
    "0861": 9.0, "0862": 9.0, "0863": 9.0, "087": 9.0, "0871": 9.0, "0872": 9.0,
    "0873": 9.0, "0874": 10.0,
    "09": -2.0, "090": -2.0, "091": -2.0, "092": -2.0, "093": -2.0, "094": -2.0,
    "10": -5.0, "100": -5.0, "101": -5.0, "1011": -5.0, "1012": -5.0, "1013": -5.0,
    "1014": -5.0, "102": -5.0, "103": -5.0, "1031": -5.0, "1032": -5.0,
    "1033": -5.0, "1034": -5.0, "104": -5.0, "1041": -5.0, "1042": -5.0,
    "1043": -5.0, "1044": -5.0, "105": -5.0, "1051": -5.0, "1052": -5.0,
    "1053": -5.0, "1054": -5.0, "1055": -5.0, "1056": -5.0, "106": -5.0,
    "107": -5.0, "108": -5.0,
    "11": -2.0, "110": -2.0, "111": -2.0, "112": -2.0, "1121": -2.0, "1122": -2.0,
    "1123": -2.0, "1124": -2.0, "1125": -2.0, "113": -2.0, "114": -2.0,
    "115": -2.0, "116": -2.0,
    "12": -4.0, "120": -4.0, "121": -4.0, "1211": -4.0, "1212": -4.0, "122": -4.0,
    "1221": -4.0, "1222": -4.0, "1223": -4.0, "1224": -4.0, "123": -4.0,
    "1231": -4.0, "1232": -4.0, "1233": -4.0, "1234": -4.0, "124": -4.0,
    "1241": -4.0, "1242": -4.0, "1243": -4.0, "1244": -4.0, "1245": -4.0,
    "1246": -4.0, "125": -5.0, "126": -5.0, "127": -5.0, "128": -5.0, "129": -5.0,
    "13": -6.0, "130": -4.4, "131": -5.8, "1311": -5.8, "1312": -5.8, "1313": -5.8,
    "132": -5.8, "1321": -5.8, "1322": -5.8, "1323": -5.8, "1324": -5.8,
    "133": -5.8, "134": -5.8, "135": -5.8, "136": -7.0, "137": -7.0, "138": -7.0,
    "1381": -7.0, "1382": -7.0, "1383": -7.0, "1384": -7.0, "1385": -7.0,
    "139": -7.0,
    "14": -6.5, "140": -6.5, "141": -6.5, "1411": -6.5, "1412": -6.5, "1413": -6.5,
    "1414": -6.5, "142": -6.5, "1421": -6.5, "1422": -6.5, "1423": -6.5,
    "1424": -6.5, "143": -6.5, "1431": -6.5, "1432": -6.5, "1433": -6.5,
    "1434": -6.5, "144": -7.5, "1441": -7.5, "1442": -7.5, "1443": -7.5,
    "1444": -7.5, "145": -7.5, "1451": -7.5, "1452": -7.5, "1453": -7.5,
    "1454": -7.5,
    "15": -7.2, "150": -7.2, "151": -7.2, "152": -7.2, "153": -7.2, "154": -7.2,
    "16": -4.0, "160": -4.0, "161": -4.0, "162": -5.6, "1621": -5.6, "1622": -5.6,
    "1623": -5.6, "163": -8.0, "164": -7.0, "165": -6.5, "166": -7.0,
    "1661": -7.0, "1662": -7.0, "1663": -7.0,
    "17": -7.0, "170": -7.0, "171": -9.2, "1711": -9.2, "1712": -9.2, "172": -5.0,
    "1721": -5.0, "1722": -5.0, "1723": -5.0, "1724": -5.0, "173": -5.0,
    "174": -5.0, "175": -9.0,
    "18": -9.0, "180": -9.0, "181": -9.0, "182": -9.5, "1821": -9.0, "1822": -9.0,
    "1823": -10.0, "183": -10.0, "1831": -10.0, "1832": -10.0, "1833": -10.0,
    "184": -8.0, "185": -8.0, "186": -10.0,
    "19": -10.0, "190": -10.0, "191": -9.5, "192": -9.5, "193": -10.0, "194": -10.0,
    "195": -10.0, "196": -9.5,
    "20": -10.0, "200": -10.0, "201": -9.5, "202": -10.0, "203": -10.0, "204": -10.0,
    "2041": -10.0, "2042": -10.0,
}

# Obvious typing errors in the upstream code list, corrected in the output.
NAME_FIXES = {
    "Apolgize": "Apologize",
    "Ostruct passage": "Obstruct passage",
    "adminstrative": "administrative",
    "commment": "comment",
}

# Values found in the mode position of CAMEO2PLOVER-2021.txt that are PLOVER
# *contexts*, not modes (upstream slip, e.g. "175: ASSAULT, pro_autocracy, military").
NOT_A_MODE = {"pro_autocracy"}

CODE_RE = re.compile(r"^\d{2,4}$")


def quadclass(code):
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    return 4


def fix_name(name):
    for bad, good in NAME_FIXES.items():
        name = name.replace(bad, good)
    return name


def read_codefile(path):
    """Return {code: name} from LABEL lines (LABELi = ICEWS variants, used only
    when a code has no LABEL line). Roots come from the //NN: headers."""
    names, names_i = {}, {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"^//(\d\d)[:=]\s*(.+)$", line)
            if m:
                names[m.group(1)] = m.group(2).strip().capitalize()
                continue
            m = re.match(r"^(LABELi?|LABELI):\s*([0-9a-z]+)=\s*(.+)$", line)
            if not m:
                continue
            kind, code, name = m.group(1), m.group(2), m.group(3).strip()
            if not CODE_RE.match(code):
                continue  # 0811i, 138i, 13y ... are ICEWS annotations, not codes
            if kind == "LABEL":
                names[code] = name  # a later LABEL line corrects an earlier one (018)
            else:
                names_i.setdefault(code, name)
    for code, name in names_i.items():
        names.setdefault(code, name[0].upper() + name[1:])
    return {c: fix_name(n) for c, n in names.items()}


def read_plover_2021(path):
    """CAMEO2PLOVER-2021.txt lines: '030: AGREE,  , diplomatic # comment'."""
    table = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            body = line.split("#", 1)[0].strip()
            m = re.match(r"^(\d{3,4}):\s*(.*)$", body)
            if not m:
                continue
            parts = [p.strip() for p in m.group(2).split(",")]
            while len(parts) < 3:
                parts.append("")
            ptype, mode = parts[0], parts[1]
            if mode in NOT_A_MODE:
                mode = ""
            table.setdefault(m.group(1), (ptype, mode))
    return table


def read_cameo_plov(path):
    """CAMEO-PLOV.txt: whitespace columns CAMEO, event, mode, context, description."""
    table = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            cols = line.split()
            if len(cols) < 3 or not re.match(r"^\d{3,4}$", cols[0]):
                continue
            ptype = "" if cols[1] == "---" else cols[1]
            mode = "" if cols[2] == "---" else cols[2]
            table.setdefault(cols[0], (ptype, mode))
    return table


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="path to the shared data directory")
    ap.add_argument("--out", default=OUT_DIR, help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)

    cameo_dir = os.path.join(args.data, "events", "cameo")
    plover_dir = os.path.join(args.data, "events", "plover")
    codefile = os.path.join(cameo_dir, "CAMEO_codefile.txt")
    plov_old = os.path.join(cameo_dir, "CAMEO-PLOV.txt")
    plov_new = os.path.join(plover_dir, "CAMEO2PLOVER-2021.txt")
    for p in (codefile, plov_old, plov_new, os.path.join(cameo_dir, "LICENSE")):
        if not os.path.isfile(p):
            sys.exit("missing input: %s" % p)

    names = read_codefile(codefile)
    p_new = read_plover_2021(plov_new)
    p_old = read_cameo_plov(plov_old)

    def sort_key(code):
        return (code[:2], code)

    rows, inherited, plover_fallback = [], [], []
    for code in sorted(names, key=sort_key):
        if code in GOLDSTEIN:
            g = GOLDSTEIN[code]
        else:
            parent = code[:3] if len(code) == 4 and code[:3] in GOLDSTEIN else code[:2]
            g = GOLDSTEIN[parent]
            inherited.append("%s<-%s" % (code, parent))
        key = code if len(code) > 2 else code + "0"   # roots take the XX0 mapping
        if key in p_new:
            ptype, pmode = p_new[key]
        elif key in p_old:
            ptype, pmode = p_old[key]
            plover_fallback.append(code)
        elif len(code) == 4 and code[:3] in p_new:
            ptype, pmode = p_new[code[:3]]        # 1951, 1952: parent's mapping
            plover_fallback.append("%s<-%s" % (code, code[:3]))
        else:
            ptype, pmode = "", ""
        rows.append((code, names[code], str(quadclass(code)), "%.1f" % g, ptype, pmode))

    os.makedirs(args.out, exist_ok=True)
    tsv = os.path.join(args.out, "cameo.tsv")
    with open(tsv, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Froissart CAMEO event code table. GENERATED by scripts/build_cameo_tables.py: do not edit by hand.\n")
        f.write("# Columns: code<TAB>name<TAB>quadclass<TAB>goldstein<TAB>plover_type<TAB>plover_mode\n")
        f.write("# code, name: CAMEO code list 0.7b5 (events/cameo/CAMEO_codefile.txt, openeventdata/text_to_CAMEO),\n")
        f.write("#   MIT License, Copyright (c) 2014 Philip Schrodt (see LICENSE-CAMEO.txt). LABEL names; LABELi (ICEWS)\n")
        f.write("#   only where no LABEL exists; typos fixed: %s.\n" % ", ".join("%s->%s" % kv for kv in NAME_FIXES.items()))
        f.write("# quadclass: CAMEO/GDELT rule by root: 01-05=1 verbal coop, 06-08=2 material coop,\n")
        f.write("#   09-13=3 verbal conflict, 14-20=4 material conflict.\n")
        f.write("# goldstein: Goldstein (1992) scale values per CAMEO code as published in the GDELT lookup\n")
        f.write("#   CAMEO.goldsteinscale.txt (not in the shared data; values embedded in the build script).\n")
        f.write("#   Codes absent from that lookup inherit their parent's value: %s.\n" % (", ".join(inherited) or "none"))
        f.write("# plover_type, plover_mode: PLOVER Draft 0.8 conversion table CAMEO2PLOVER-2021.txt\n")
        f.write("#   (openeventdata/PLOVER, Philip Schrodt, CC BY-SA 4.0); CAMEO-PLOV.txt or the parent code where a\n")
        f.write("#   code is missing there (%s). Roots use the XX0 mapping. Empty = no PLOVER equivalent / no mode\n" % (", ".join(plover_fallback) or "none"))
        f.write("#   (PLOVER has no category for CAMEO 01 statements and 02 appeals). Context labels found in the\n")
        f.write("#   mode position upstream (%s) are dropped.\n" % ", ".join(sorted(NOT_A_MODE)))
        f.write("# This table is a derived database of the sources above: CC BY-SA 4.0 (PLOVER columns) / MIT (CAMEO).\n")
        f.write("code\tname\tquadclass\tgoldstein\tplover_type\tplover_mode\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    shutil.copyfile(os.path.join(cameo_dir, "LICENSE"), os.path.join(args.out, "LICENSE-CAMEO.txt"))
    with open(os.path.join(args.out, "ATTRIBUTION.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(ATTRIBUTION)

    roots = sorted({r[0][:2] for r in rows})
    print("wrote %s: %d codes, %d roots; goldstein inherited: %s; PLOVER from CAMEO-PLOV.txt: %s"
          % (tsv, len(rows), len(roots), ", ".join(inherited) or "none", ", ".join(plover_fallback) or "none"))
    return 0


ATTRIBUTION = """# Attribution: CAMEO code table (`cameo.tsv`)

`cameo.tsv` is generated by `scripts/build_cameo_tables.py` from the following sources.

| column | source | licence |
|---|---|---|
| `code`, `name` | CAMEO code list, version 0.7b5 (2007) with ICEWS label variants, file `CAMEO_codefile.txt` from [openeventdata/text_to_CAMEO](https://github.com/openeventdata/text_to_CAMEO). CAMEO: Schrodt, Gerner, Yilmaz et al., *Conflict and Mediation Event Observations*, Penn State / University of Kansas Event Data Project | MIT License, Copyright (c) 2014 Philip Schrodt; full text in `LICENSE-CAMEO.txt` |
| `quadclass` | derived from the CAMEO root by the usual CAMEO/GDELT rule (01-05, 06-08, 09-13, 14-20) | - |
| `goldstein` | Goldstein, Joshua S. 1992. "A Conflict-Cooperation Scale for WEIS Events Data." *Journal of Conflict Resolution* 36(2): 369-385; values per CAMEO code as distributed by the GDELT Project in `CAMEO.goldsteinscale.txt`. Four codes absent from that list (1213, 1214, 1951, 1952) take their parent's value | numeric facts; GDELT lookups are published for unrestricted use |
| `plover_type`, `plover_mode` | PLOVER CAMEO-to-PLOVER conversion table (Draft 0.8, 17-Sep-2021, Philip Schrodt), `CAMEO2PLOVER-2021.txt`, and `CAMEO-PLOV.txt`, from [openeventdata/PLOVER](https://github.com/openeventdata/PLOVER) | CC BY-SA 4.0 |

Because the PLOVER columns are derived from a CC BY-SA 4.0 table, `cameo.tsv` as a whole is
distributed under CC BY-SA 4.0 (the CAMEO-derived columns are also available under MIT).
Changes: format conversion to TSV, a handful of obvious typos corrected in names
(Apolgize, Ostruct, adminstrative, commment), ICEWS-only suffixed pseudo-codes (0811i, 138i, 13y...)
dropped, PLOVER context labels that appeared in the mode column dropped.

The trigger dictionaries `froissart/lang/*/event-triggers.tsv` are separate, hand-written data
(Apache-2.0, like the project); the English one consulted the PETRARCH2 verb dictionary
`CAMEO.2.0.txt` (MIT, Copyright (c) 2015 Open Event Data Alliance) for code choices.
"""

if __name__ == "__main__":
    sys.exit(main())
