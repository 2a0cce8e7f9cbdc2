"""The speed chapter's SmolLM2 row: one epoch of SmolLM2-135M on all train and unlabelled IMDB reviews with
`imdb_lm train`'s defaults on this machine, from an empty data cache, timed; and the test perplexity on the training
chapter's 200 test reviews (256-token blocks, as in 03a_recipes) before and after. Writes `OUT/<device>-smollm2.json`.
    python tools/smollm2_epoch.py SmolLM2-135M-Instruct.Q4_1.gguf aclImdb_v1.tar.gz OUT
IMDB_LM_<FIELD> variables change the run's settings (e.g. IMDB_LM_MAX_STEPS=2 for a trial on a CPU)."""
import json, re, sys, tempfile, time
from datetime import date
from pathlib import Path
import datasets, torch, transformers
from imdb_lm.core import get_config
from imdb_lm.models import resolve_model
from imdb_lm.train import evaluate_model, fine_tune
from imdb_lm.bench import _empty_cache, device_name, peak_mem_gb, reset_peak_mem

gguf, data, out = sys.argv[1:4]
datasets.disable_progress_bars()
t = time.perf_counter(); model = resolve_model(gguf); convert = time.perf_counter() - t  # GGUF -> HF folder, once
test = lambda m: evaluate_model(m, data, 'test', 200, block_size=256, progress=False)['perplexity']
before = test(model)
with tempfile.TemporaryDirectory() as d, _empty_cache():
    cfg = get_config(dict(model=model, data=data, out=f'{d}/run'))
    reset_peak_mem(); t = time.perf_counter()
    m = fine_tune(cfg, disable_tqdm=True)
    secs = time.perf_counter() - t
    after = test(f'{d}/run')
c = m['config']
row = dict(kind='epoch', setup=f"SmolLM2-135M, one epoch, {c['block_size']} × {c['bs']}" + (f", {c['max_steps']} steps" if c['max_steps'] else ''),
           seconds=secs, convert_seconds=convert, tokens_per_s=m['tokens_seen'] / m['train_runtime'], peak_mem_gb=peak_mem_gb(),
           train_tokens=m['tokens_seen'], train_seconds=m['train_runtime'], test_ppl_before=before, test_ppl_after=after,
           device=device_name(), torch=torch.__version__, transformers=transformers.__version__, date=str(date.today()))
Path(out).mkdir(parents=True, exist_ok=True)
(Path(out)/f"{re.sub(r'[^a-z0-9]+', '-', row['device'].lower()).strip('-')}-smollm2.json").write_text(json.dumps([row], indent=1))
print(json.dumps(row, indent=1))
