#!/usr/bin/env bash
# Builds a demo database for `eventwire serve` from the 89 public-domain Voice of America
# stories beside the checkout (../shared/corpus/voa_stories.jsonl; credit voanews.com / VOA,
# each story keeps its url). About a minute on one core.
#   examples/build-demo-db.sh [CORPUS] [DATABASE]   (default DATABASE: demo.db)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus=${1:-"$here/../../shared/corpus/voa_stories.jsonl"}
database=${2:-demo.db}
eventwire=${EVENTWIRE:-"$here/../.venv/bin/eventwire"}
[ -x "$eventwire" ] || eventwire=eventwire
"$eventwire" ingest "$corpus" --outlet "Voice of America" --db "$database"
echo "now: $eventwire serve --db $database   (then open http://127.0.0.1:8000)"
