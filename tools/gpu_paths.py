"""The GPU run's code paths that a CPU run of the benchmark skips, exercised on a CPU (tools/gpu_rehearse.sh runs it with
the GPU machine's library versions): static-cache sampling (uncompiled here), the GPU fields of `make_args` and the
compile modes accepted by `TrainingArguments`, training with non-blocking copies and `HostCountTrainer`, and training
with the GPU fields (bf16, fused AdamW, `torch.compile`, `auto_find_batch_size`) on the CPU. A minute on a tiny model;
prints what each part gave and stops at the first that does not hold.
    PYTHONPATH=. python tools/gpu_paths.py"""
import math, tempfile
from unittest.mock import patch
import datasets, transformers
from transformers import TrainingArguments, default_data_collator
from imdb_lm.core import tiny_tokenizer, tiny_model, RunConfig
from imdb_lm.bench import time_generation, time_training, packed_blocks, _default_args, HostCountTrainer
from imdb_lm.args import make_args, _device_args

datasets.disable_progress_bars(); transformers.utils.logging.set_verbosity_error()
print('transformers', transformers.__version__)
reviews = ["This movie was a delight from start to finish. The cast is superb.", "The script is lazy and the jokes fall flat."]
tok = tiny_tokenizer(reviews * 10); tok.pad_token = tok.eos_token
for n in (1, 4):
    r = time_generation(tiny_model(tok), tok, n, 16, True, reps=1, static=True)
    print(f'static cache, {n} prompt(s):', r); assert r['tokens_per_s'] > 0
with patch('torch.cuda.is_available', lambda: True), patch('torch.cuda.is_bf16_supported', lambda: True): gpu = _device_args(True)
with tempfile.TemporaryDirectory() as d:
    a = make_args(RunConfig(out=d, max_steps=3), accelerator_config=dict(non_blocking=True), use_cpu=True, dataloader_pin_memory=True, **gpu)
    print('make_args with the GPU fields:', gpu, 'non_blocking:', a.accelerator_config.non_blocking)
    assert a.bf16 and a.torch_compile and a.optim == 'adamw_torch_fused' and a.accelerator_config.non_blocking
    for mode in ('reduce-overhead', 'max-autotune-no-cudagraphs'):
        assert TrainingArguments(d, use_cpu=True, torch_compile=True, torch_compile_mode=mode).torch_compile_mode == mode
    ds = packed_blocks(reviews * 40, tok, 32).with_format('numpy')
    args = _default_args(4, accelerator_config=dict(non_blocking=True))(d)
    r = time_training(tiny_model(tok), ds, args, default_data_collator, 1, HostCountTrainer)
    print('no wait:', r); assert math.isfinite(r['loss'])
    args = make_args(RunConfig(out=d, max_steps=4, seed=0), use_cpu=True, eval_strategy='no', save_strategy='no', logging_strategy='no',
                     logging_first_step=False, disable_tqdm=True, **gpu)
    r = time_training(tiny_model(tok), ds, args, default_data_collator, 1, HostCountTrainer)
    print('the GPU defaults (bf16, fused AdamW, compiled):', r); assert math.isfinite(r['loss'])
