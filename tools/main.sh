#!/usr/bin/env bash
# The main job: fine-tune on a small slice of IMDB, then complete "The script". Sets up .venv first.
#   MODEL  Hub id, model folder, .gguf file, or smollm2 (the bundled SmolLM2-135M-Instruct)
#          [distilbert/distilgpt2; smollm2 when the Hugging Face Hub cannot be reached]
#   DATA   Hub id, aclImdb_v1.tar.gz, an aclImdb/ folder, a folder datasets wrote, or .txt/.csv/.jsonl/.parquet files or a folder of them
#          [stanfordnlp/imdb; without the Hub $IMDB_LM_TARBALL, or ../shared/data/aclImdb_v1.tar.gz]
#   OUT    output folder [runs/main, or runs/main-2, -3, ... when it holds a finished run: nothing is replaced]
#   MAX_TRAIN  training reviews [100]
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
. .venv/bin/activate
if [ -z "${MODEL:-}" ] || [ -z "${DATA:-}" ] &&
   ! python -c 'import sys; from imdb_lm.core import hub_reachable; sys.exit(not hub_reachable())'; then
  if [ -z "${DATA:-}" ]; then
    for f in "${IMDB_LM_TARBALL:-}" ../shared/data/aclImdb_v1.tar.gz; do [ -n "$f" ] && [ -e "$f" ] && { DATA=$f; break; }; done
    [ -n "${DATA:-}" ] || { echo "main.sh: the Hugging Face Hub cannot be reached and no IMDB tarball was found (DATA," \
      "IMDB_LM_TARBALL, ../shared/data). Download aclImdb_v1.tar.gz from https://ai.stanford.edu/~amaas/data/sentiment/" \
      "and run: MODEL=smollm2 DATA=path/to/aclImdb_v1.tar.gz bash tools/main.sh" >&2; exit 1; }
  fi
  MODEL=${MODEL:-smollm2}
  echo "main.sh: the Hugging Face Hub cannot be reached: fine-tuning $MODEL on $DATA instead"
fi
MODEL=${MODEL:-distilbert/distilgpt2} DATA=${DATA:-stanfordnlp/imdb}
case "$MODEL" in smollm2|*.gguf) IMDB_LM_EXTRAS=gguf bash tools/setup.sh ;; esac
if [ -z "${OUT:-}" ]; then OUT=runs/main; n=1; while [ -e "$OUT/metrics.json" ]; do n=$((n + 1)); OUT=runs/main-$n; done; fi
imdb_lm train --model "$MODEL" --data "$DATA" --out "$OUT" --max_train "${MAX_TRAIN:-100}" --max_eval 30 --block_size 128 --bs 4
imdb_lm generate "$OUT" --prompt "The script" --n 3 --seed 42 --max_new_tokens 60
