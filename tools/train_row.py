"""One training row of the speed chapter in a process of its own, to time it many times over, in turn with another:
    python tools/train_row.py seed|defaults aclImdb_v1.tar.gz path/to/gpt2
prints the setup and its tokens per second over 7 steps (steps 3 to 9 of 10; distilgpt2 shape, 2,000 train reviews)."""
import sys, tempfile
import datasets, transformers
from transformers import AutoTokenizer, DataCollatorForLanguageModeling, default_data_collator
from imdb_lm.bench import distilgpt2_shape, padded_blocks, packed_blocks, time_training, _args, _default_args
from imdb_lm.data import clean_review, held_out, load_imdb

which, data, tokenizer = sys.argv[1:4]
datasets.disable_progress_bars(); transformers.utils.logging.set_verbosity_error()
tok = AutoTokenizer.from_pretrained(tokenizer); tok.pad_token = tok.eos_token
texts = [clean_review(t) for t in held_out(load_imdb(data), 'train', 2000, seed=0)]
steps = 10
if which == 'seed': ds, coll, args = padded_blocks(texts, tok, 128), DataCollatorForLanguageModeling(tok, mlm=False), lambda d: _args(d, steps, 8, seed=0)
elif which == 'defaults': ds, coll, args = packed_blocks(texts, tok, 128).with_format('numpy'), default_data_collator, _default_args(steps)
else: sys.exit(f"first argument: seed or defaults, not {which}")
with tempfile.TemporaryDirectory() as d: r = time_training(distilgpt2_shape(len(tok)), ds, args(d), coll, 2)
print(which, f"{r['tokens_per_s']:.1f} tokens/s")
