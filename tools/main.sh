#!/usr/bin/env bash
# The main job: fine-tune on a small slice of IMDB, then complete "The script". Sets up .venv first.
#   MODEL  Hub id, model folder, .gguf file, or smollm2 (the bundled SmolLM2-135M)  [distilbert/distilgpt2]
#   DATA   Hub id, aclImdb_v1.tar.gz, an aclImdb/ folder, or .txt/.csv/.jsonl files  [stanfordnlp/imdb]
#   OUT    output folder, replaced if it holds an earlier run of this script        [runs/main]
#   MAX_TRAIN  training reviews [100]
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${MODEL:-distilbert/distilgpt2} DATA=${DATA:-stanfordnlp/imdb} OUT=${OUT:-runs/main}
case "$MODEL" in smollm2|*.gguf) export IMDB_LM_EXTRAS=gguf ;; esac
bash tools/setup.sh
. .venv/bin/activate
imdb_lm train --model "$MODEL" --data "$DATA" --out "$OUT" --max_train "${MAX_TRAIN:-100}" --max_eval 30 \
  --block_size 128 --bs 4 --overwrite
imdb_lm generate "$OUT" --prompt "The script" --n 3 --seed 42 --max_new_tokens 60
