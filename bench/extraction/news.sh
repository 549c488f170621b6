#!/usr/bin/env bash
# Score what POST /extractions returns on real multi-outlet news sets kept outside the repository
# (bench/extraction/news.md). usage: news.sh [setNN ...]   (default: every NEWS_DIR/set*)
# NEWS_DIR=/work/news by default; MISSES=1 lists misses (open sets only); SHAPES=1 / CROSSED=1 count the misses'
# shapes (names only: fine on held-out sets); STRICT=1 the strict scorer; OUT_DIR for the predictions.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
NEWS="${NEWS_DIR:-/work/news}"
OUT="${OUT_DIR:-$ROOT/target/news-eval}"
. "$ROOT/bench/extraction/compile-core.sh"
compile_core "$OUT/classes"
if [ $# -eq 0 ]; then
    set -- $(cd "$NEWS" && ls -d set* 2>/dev/null | sort)
fi
flags=(--families ${STRICT:+--strict} ${SHAPES:+--shapes} ${CROSSED:+--crossed})
[ -n "${MISSES:-}" ] && flags+=(--misses)
ok=0; matched=0; all=0
for s in "$@"; do
    java -cp "$OUT/classes" io.statements.extraction.core.EvaluationCli "$NEWS/$s/texts" "$OUT/$s.jsonl" --spans content 2>/dev/null
    line=$(python3 "$ROOT/bench/extraction/score_news.py" "$NEWS/$s" "$OUT/$s.jsonl" "${flags[@]}")
    echo "$line"
    read -r r m a < <(echo "$line" | head -1 | sed -E 's/.*right ([0-9]+) of ([0-9]+) matched.*of all ([0-9]+).*/\1 \2 \3/')
    ok=$((ok + r)); matched=$((matched + m)); all=$((all + a))
done
python3 -c "print(f'pooled: names right $ok of $matched matched = {$ok/max($matched,1):.3f}; of all $all: {$ok/max($all,1):.3f}')"
