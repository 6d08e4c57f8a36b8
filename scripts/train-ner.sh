#!/usr/bin/env bash
# Trains the NER model of one language and prints dev-set scores (when the dev sets are present).
#   scripts/train-ner.sh LANG [OUT_MODEL] [DATA_DIR] [extra TrainNer options, e.g. --epochs 10]
# Defaults: OUT_MODEL = plugins/lang-LANG/src/main/resources/froissart/lang/LANG/ner/model.bin,
#           DATA_DIR = ../shared/data (relative to the repository root).
# Word lists next to the model come from scripts/build_ner_lists.py (run it first if missing).
# Deterministic (fixed seed). See MODEL.md next to the model for data, licences and figures.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
LANG_CODE="${1:?usage: train-ner.sh LANG [OUT_MODEL] [DATA_DIR] [options]}"
OUT="${2:-plugins/lang-$LANG_CODE/src/main/resources/froissart/lang/$LANG_CODE/ner/model.bin}"
DATA="${3:-../shared/data}"
shift $(( $# < 3 ? $# : 3 ))
if [ ! -f "$(dirname "$OUT")/loc.txt" ]; then
  python3 scripts/build_ner_lists.py "$DATA"
fi
mvn -q -B -o -pl api,extractors install -DskipTests
API_JAR="$HOME/.m2/repository/org/froissart/froissart-api/0.1.0-SNAPSHOT/froissart-api-0.1.0-SNAPSHOT.jar"
EXT_JAR="$HOME/.m2/repository/org/froissart/froissart-extractors/0.1.0-SNAPSHOT/froissart-extractors-0.1.0-SNAPSHOT.jar"
exec java -Xmx3g -cp "$EXT_JAR:$API_JAR" org.froissart.extractors.ner.TrainNer "$LANG_CODE" "$OUT" "$DATA" "$@"
