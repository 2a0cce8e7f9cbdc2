#!/usr/bin/env bash
# Fine-tune SmolLM2-135M on IMDB twice with the same token budget, with a candidate recipe (the options given, by
# default lr 3e-4, cosine, 5% warmup) and with the Trainer's plain defaults (lr 5e-5, linear, no warmup), and measure
# both on the same held-out test reviews. Results in $OUT/*.txt and $OUT/*/metrics.json.
#   e.g.  DATA=aclImdb_v1.tar.gz STEPS=100 bash tools/compare_recipes.sh --lr 1e-4 --scheduler cosine --warmup 0.05
#   DATA   path to aclImdb_v1.tar.gz (required)   OUT  results folder [runs/compare]
#   STEPS  optimizer steps of 4 x 256 tokens [300]   REVIEWS  held-out test reviews [200]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATA:?set DATA to the IMDB tarball}"
OUT=${OUT:-runs/compare} STEPS=${STEPS:-300} REVIEWS=${REVIEWS:-200}
. .venv/bin/activate
mkdir -p "$OUT"
held_out() { imdb_lm eval "$1" --data "$DATA" --split test --max_reviews "$REVIEWS" --block_size 256 | tee "$OUT/$2.txt"; }
train() {  # name, then the recipe's options
  local name=$1; shift
  imdb_lm train --model smollm2 --data "$DATA" --out "$OUT/$name" --block_size 256 --bs 4 --max_steps "$STEPS" \
    --max_eval 50 --eval_steps $((STEPS / 3)) --save_steps 100 --overwrite "$@"
  held_out "$OUT/$name" "$name"
}
[ $# -gt 0 ] || set -- --lr 3e-4 --scheduler cosine --warmup 0.05
held_out smollm2 before
train candidate "$@"
train trainer_defaults --lr 5e-5 --scheduler linear --warmup 0
