#!/usr/bin/env python3
"""Builds the word lists used as features by the NER tagger (org.froissart.extractors.ner).

Writes plugins/lang-{en,fr}/src/main/resources/froissart/lang/{en,fr}/ner/*.txt.
Each file: '#' header lines naming sources and licences, then one entry per line (surface form;
the Java loader tokenizes entries with the project Tokenizer so they match token norms).

Sources (all may be bundled):
  - Phoenix actor dictionaries (openeventdata/petrarch2, MIT): leader names -> persons, first names;
    non-state/international actors -> organisations.
  - English NER training data (wikigold, BTC, WNUT17: CC BY 4.0): first tokens of multi-token PER spans
    -> first names (English and French lists; first names are language-neutral enough).
  - GeoNames cities15000 + countryInfo (CC BY 4.0), world-countries (ODbL), i18n-iso-countries (MIT):
    places (countries, capitals, cities with population >= 15000).
  - i18n-nationality (MIT), world-countries demonyms (ODbL): nationality adjectives.
  - Hand-written lists in this script (project licence): organisation keywords, person titles/cues,
    place cues.
Usage: python3 scripts/build_ner_lists.py [DATA_DIR]   (default ../shared/data relative to repo root)
"""
import json
import os
import re
import sys
import collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'data')
DICT = os.path.join(DATA, 'events', 'petrarch2', 'dictionaries')
GAZ = os.path.join(DATA, 'gazetteers')

LETTERS = re.compile(r"^[^\W\d_][\w'’.\- ]*$", re.UNICODE)


def phoenix_entries(path):
    """Yields (name, comment, codes_line) for primary and '+' synonym entries."""
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            syn = line.startswith('+')
            body = line[1:] if syn else line
            comment = ''
            if '#' in body:
                body, comment = body.split('#', 1)
            name = body.split('[')[0].strip().split('\t')[0].strip()
            if not name:
                continue
            name = name.replace('_', ' ').strip()
            name = re.sub(r'\(.*?\)', '', name).strip()
            yield name, comment, line, syn


def titlecase(s):
    return ' '.join(w.capitalize() if not re.match(r'^(de|da|del|van|von|al|el|bin|ibn|du|le|la)$', w.lower()) else w.lower()
                    for w in s.split())


ORG_WORDS = re.compile(r'\b(ORGANI[SZ]ATION|COMMISSION|COURT|PARTY|FRONT|ARMY|UNION|COUNCIL|AGENCY|FUND|BANK|MOVEMENT|'
                       r'BRIGADES?|LEAGUE|ASSOCIATION|COMMITTEE|FEDERATION|INSTITUTE|PROGRAMME|PROGRAM|OFFICE|'
                       r'ALLIANCE|CONGRESS|FORCES?|GROUP|NATIONS|TRIBUNAL|SOCIETY|FOUNDATION|CROSS|CRESCENT|'
                       r'AUTHORITY|ASSEMBLY|CORPS|GUARD|LEGION|JIHAD|HAMAS|HEZBOLLAH|TALIBAN|QAEDA)\b')


def phoenix_lists():
    persons, orgs, firsts = set(), set(), collections.Counter()
    countries = os.path.join(DICT, 'Phoenix.Countries.actors.txt')
    for name, comment, line, syn in phoenix_entries(countries):
        if 'CountryInfo' in comment and not syn and '[' not in line.split('#')[0]:
            toks = name.split()
            if 2 <= len(toks) <= 4 and all(LETTERS.match(t) for t in toks):
                persons.add(titlecase(name))
                if len(toks[0]) > 2 and '.' not in toks[0]:
                    firsts[toks[0].capitalize()] += 1
    for fn in ('Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'):
        for name, comment, line, syn in phoenix_entries(os.path.join(DICT, fn)):
            toks = name.split()
            if not toks or not all(LETTERS.match(t) for t in toks):
                continue
            if 'rulers' in comment or re.search(r'\d{6}', line):
                if 2 <= len(toks) <= 4 and not ORG_WORDS.search(name):
                    persons.add(titlecase(name))
                continue
            if ORG_WORDS.search(name) or (len(toks) == 1 and 2 <= len(name) <= 6 and fn.startswith('Phoenix.Int')):
                orgs.add(name if len(toks) == 1 and len(name) <= 6 else titlecase(name))
    return persons, orgs, firsts


CORP_SUFFIX = re.compile(r'\s+(Inc|Inc\.|Corp|Corp\.|Corporation|Co|Co\.|Company|Ltd|Ltd\.|Plc|PLC|Group|Holdings|LLC|SA|AG|NV)$')


def actor_lists():
    """Person and organisation names of the project's actor table (froissart/actors/actors.tsv,
    generated from the Phoenix dictionaries, MIT); organisations also without a company suffix."""
    persons, orgs = set(), set()
    path = os.path.join(ROOT, 'extractors', 'src', 'main', 'resources', 'froissart', 'actors', 'actors.tsv')
    if not os.path.exists(path):
        return persons, orgs
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            p = line.rstrip('\n').split('\t')
            if len(p) < 6:
                continue
            name, typ = p[0].strip(), p[4]
            toks = name.split()
            if not toks or len(toks) > 6 or not all(LETTERS.match(t) for t in toks):
                continue
            if typ == 'PERSON' and 2 <= len(toks) <= 4 and name[:1].isupper():
                persons.add(name)
            elif typ == 'ORGANIZATION' and name[:1].isupper():
                orgs.add(name)
                bare = CORP_SUFFIX.sub('', name)
                if bare != name and (len(bare.split()) >= 2 or len(bare) >= 5):
                    orgs.add(bare)
    return persons, orgs


def conll_per_firsts():
    """First tokens of multi-token PER spans in the CC BY English training sets."""
    firsts = collections.Counter()
    base = os.path.join(DATA, 'ner-train')
    files = [os.path.join(base, 'wikigold', 'wikigold.conll.txt'),
             os.path.join(base, 'wnut17', 'wnut17train.conll')]
    files += [os.path.join(base, 'btc', f) for f in ('a.conll', 'b.conll', 'e.conll', 'f.conll', 'g.conll', 'h.conll')]
    for path in files:
        if not os.path.exists(path):
            continue
        span = []
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in list(f) + ['\n']:
                parts = line.split()
                tag = parts[-1] if len(parts) >= 2 else 'O'
                tok = parts[0] if parts else ''
                is_per = tag.endswith('PER') or tag.endswith('person')
                begins = tag.startswith('B-')
                if span and (not is_per or begins):
                    if len(span) >= 2 and re.match(r'^[A-Z][a-z]+$', span[0]) and len(span[0]) > 2:
                        firsts[span[0]] += 1
                    span = []
                if is_per:
                    span.append(tok)
    return firsts


def places(lang):
    out = set()
    wc = json.load(open(os.path.join(GAZ, 'countries', 'world-countries-5.1.0', 'package', 'countries.json'), encoding='utf-8'))
    for c in wc:
        out.add(c['name']['common'])
        out.add(c['name']['official'])
        fr = c.get('translations', {}).get('fra')
        if fr:
            out.add(fr['common'])
            out.add(fr['official'])
        for cap in c.get('capital', []):
            out.add(cap)
    for l in ('en', 'fr'):
        d = json.load(open(os.path.join(GAZ, 'countries', 'i18n-iso-countries-7.14.0', 'package', 'langs', l + '.json'), encoding='utf-8'))
        for v in d['countries'].values():
            for n in (v if isinstance(v, list) else [v]):
                out.add(n)
    with open(os.path.join(GAZ, 'geonames', 'cities15000.txt'), encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) < 15:
                continue
            pop = int(p[14] or 0)
            out.add(p[1])
            out.add(p[2])
            if pop >= 100000:
                for alt in p[3].split(','):
                    if alt[:1].isupper() and len(alt) >= 4 and re.match(r"^[A-Za-zÀ-ÿœŒ' \-]+$", alt):
                        out.add(alt)
    extra = {'en': ['Europe', 'Asia', 'Africa', 'America', 'North America', 'South America', 'Latin America',
                    'Middle East', 'Antarctica', 'Oceania', 'Balkans', 'Caribbean', 'Gulf', 'Scandinavia'],
             'fr': ['Europe', 'Asie', 'Afrique', 'Amérique', 'Amérique du Nord', 'Amérique du Sud', 'Amérique latine',
                    'Proche-Orient', 'Moyen-Orient', 'Antarctique', 'Océanie', 'Balkans', 'Caraïbes', 'Maghreb',
                    'Scandinavie', 'Île-de-France', 'Bretagne', 'Normandie', 'Alsace', 'Provence', 'Corse',
                    'Occitanie', 'Auvergne', 'Bourgogne', 'Aquitaine', 'Lorraine', 'Picardie', 'Savoie']}
    out.update(extra[lang])
    return sorted(x.strip() for x in out if x and len(x.strip()) >= 2)


def demonyms(lang):
    out = set()
    for l in ('en', 'fr'):
        d = json.load(open(os.path.join(GAZ, 'countries', 'i18n-nationality-1.4.0', 'package', 'langs', l + '.json'), encoding='utf-8'))
        for v in d['nationalities'].values():
            out.add(v)
    wc = json.load(open(os.path.join(GAZ, 'countries', 'world-countries-5.1.0', 'package', 'countries.json'), encoding='utf-8'))
    for c in wc:
        for k in ('eng', 'fra'):
            dm = (c.get('demonyms') or {}).get(k)
            if dm:
                out.update(dm.values())
    res = set()
    for x in out:
        res.add(x)
        if lang == 'fr':
            res.add(x + 's')
            if not x.endswith('e'):
                res.add(x + 'e')
                res.add(x + 'es')
    return sorted(r for r in res if r)


ORG_KEYS = {
    'en': ['University', 'College', 'Party', 'Ministry', 'Department', 'Council', 'Association', 'Union',
           'Federation', 'FC', 'Bank', 'Group', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation',
           'Ltd', 'Ltd.', 'Co', 'Co.', 'Company', 'Plc', 'PLC', 'AG', 'SA', 'NV', 'LLC', 'Holdings', 'Agency',
           'Committee', 'Commission', 'Institute', 'Foundation', 'Organisation', 'Organization', 'Club', 'Society',
           'Airlines', 'Airways', 'Motors', 'Bureau', 'Office', 'Authority', 'Court', 'Parliament', 'Congress',
           'Senate', 'Assembly', 'Army', 'Navy', 'Police', 'Front', 'Movement', 'League', 'Journal', 'Reuters', 'Exchange', 'Fund', 'Trust', 'Industries', 'Systems', 'Technologies',
           'Agency', 'Rovers', 'Athletic',
           'Wanderers', 'Forces'],
    'fr': ['Université', 'Parti', 'Ministère', 'Assemblée', 'Conseil', 'Association', 'Union', 'Fédération', 'FC',
           'Banque', 'Groupe', 'Société', 'Compagnie', 'Comité', 'Commission', 'Institut', 'Fondation',
           'Organisation', 'Club', 'Agence', 'Office', 'Caisse', 'Syndicat', 'Confédération', 'Mouvement', 'Front',
           'Ligue', 'Cour', 'Tribunal', 'Sénat', 'Parlement', 'Gouvernement', 'Armée', 'Police', 'Gendarmerie',
           'Lycée', 'Collège', 'École', 'Ecole', 'Académie', 'Chambre', 'Fondation', 'Entreprise', 'SA', 'SAS', 'SARL', 'Inc', 'Ltd', 'Corp',
           'Holding', 'Racing', 'Olympique', 'AS', 'RC', 'SC', 'Sporting', 'Athletic', 'Diocèse', 'Régiment', 'Brigade', 'Division', 'Orchestre', 'Bibliothèque', 'Laboratoire', 'Coopérative', 'Mutuelle', 'Crédit', 'Airlines',
           'Éditions', 'Editions', 'Records', 'Studios', 'Productions', 'Conservatoire', 'Faculté'],
}
TITLES = {
    'en': ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Lord', 'Lady',
           'President', 'Prime Minister', 'Minister', 'Secretary', 'Senator', 'Sen.', 'Rep.', 'Governor', 'Gov.',
           'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'General', 'Gen.', 'Colonel', 'Col.', 'Captain',
           'Capt.', 'Judge', 'Justice', 'Chancellor', 'Chairman', 'chairman', 'president', 'minister', 'spokesman',
           'spokeswoman', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain',
           'leader', 'director', 'chief', 'executive', 'said', 'told', 'says', 'Saint', 'St', 'St.'],
    'fr': ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Dr', 'Pr', 'Mgr', 'président', 'présidente',
           'ministre', 'secrétaire', 'sénateur', 'sénatrice', 'député', 'députée', 'maire', 'préfet', 'préfète',
           'roi', 'reine', 'prince', 'princesse', 'pape', 'général', 'colonel', 'capitaine', 'lieutenant',
           'commandant', 'maréchal', 'amiral', 'juge', 'chancelier', 'directeur', 'directrice', 'porte-parole',
           'entraîneur', 'sélectionneur', 'attaquant', 'milieu', 'défenseur', 'gardien', 'chef', 'patron',
           'patronne', 'dirigeant', 'dirigeante', 'avocat', 'avocate', 'procureur', 'professeur', 'docteur',
           'saint', 'sainte', 'abbé', 'père', 'frère', 'sœur', 'madame', 'monsieur', 'mademoiselle', 'Madame',
           'Monsieur', 'Mademoiselle', 'empereur', 'impératrice', 'duc', 'duchesse', 'comte', 'comtesse',
           'baron', 'baronne', 'marquis', 'marquise', 'vicomte', 'évêque', 'archevêque', 'cardinal', 'écrivain',
           'auteur', 'peintre', 'poète', 'compositeur', 'chanteur', 'chanteuse', 'acteur', 'actrice',
           'réalisateur', 'réalisatrice', 'architecte', 'fils', 'fille', 'épouse', 'veuve', 'dit', 'déclare',
           'a déclaré', 'selon'],
}


def write(lang, name, header, entries):
    d = os.path.join(ROOT, 'plugins', 'lang-' + lang, 'src', 'main', 'resources', 'froissart', 'lang', lang, 'ner')
    os.makedirs(d, exist_ok=True)
    seen = set()
    with open(os.path.join(d, name), 'w', encoding='utf-8') as f:
        for h in header:
            f.write('# ' + h + '\n')
        for e in entries:
            e = ' '.join(e.split())
            if e and e not in seen:
                seen.add(e)
                f.write(e + '\n')
    print(lang, name, len(seen))


def main():
    persons, orgs, ph_firsts = phoenix_lists()
    a_persons, a_orgs = actor_lists()
    persons |= a_persons
    orgs |= a_orgs
    tr_firsts = conll_per_firsts()
    firsts = sorted(set(ph_firsts) | {w for w, c in tr_firsts.items() if c >= 1})
    gen = 'Generated by scripts/build_ner_lists.py; do not edit by hand.'
    for lang in ('en', 'fr'):
        write(lang, 'per.txt', [gen, 'Person names (leaders) from the Phoenix actor dictionaries and the project actor table',
                                'froissart/actors/actors.tsv (openeventdata/petrarch2, MIT licence).'], sorted(persons))
        write(lang, 'first.txt', [gen, 'First names: Phoenix leader entries (openeventdata/petrarch2, MIT) and first tokens of',
                                  'multi-token person spans in wikigold, Broad Twitter Corpus, WNUT17 (CC BY 4.0: Balasuriya et al. 2009;',
                                  'Derczynski et al. 2016; Derczynski et al. 2017).'], firsts)
        write(lang, 'org.txt', [gen, 'Organisation names from the Phoenix International and MilNonState actor dictionaries and the',
                                'project actor table froissart/actors/actors.tsv (openeventdata/petrarch2, MIT licence).'], sorted(orgs))
        write(lang, 'loc.txt', [gen, 'Places: GeoNames cities15000 and countryInfo (CC BY 4.0, geonames.org); world-countries 5.1.0',
                                '(ODbL 1.0, Mohammed Le Doze); i18n-iso-countries 7.14.0 (MIT). Continents/regions hand-written.'], places(lang))
        write(lang, 'demonym.txt', [gen, 'Nationality adjectives: i18n-nationality 1.4.0 (MIT), world-countries 5.1.0 demonyms (ODbL 1.0).'], demonyms(lang))
        write(lang, 'orgkey.txt', [gen, 'Organisation keywords (a name containing one is an organisation), hand-written (project licence).'], ORG_KEYS[lang])
        write(lang, 'title.txt', [gen, 'Person cues (titles, roles, speech verbs), hand-written (project licence).'], TITLES[lang])


if __name__ == '__main__':
    main()
