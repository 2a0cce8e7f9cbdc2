"""One training row of the speed chapter in a process of its own, to time it many times over, in turn with another:
    python tools/train_row.py seed|tuned|defaults|nodropout aclImdb_v1.tar.gz path/to/gpt2 [steps]
prints the setup and its tokens per second from step 3 to the one before last of `steps` (default 10, as in the
chapter's pairs: steps 3 to 9; at least 4; distilgpt2 shape, 2,000 train reviews,
the tuned setup at 1,024 × 1 as in the CPU table; nodropout: the defaults with `--dropout 0`)."""
import sys, tempfile
if len(sys.argv) not in (4, 5): sys.exit(__doc__)  # the arguments are checked before the heavy imports
which, data, tokenizer = sys.argv[1:4]
steps = int(sys.argv[4]) if len(sys.argv) > 4 else 10
prefix = dict(seed='seed style', tuned='tuned:', defaults='imdb_lm defaults', nodropout='imdb_lm defaults').get(which) or \
    sys.exit(f"first argument: seed, tuned, defaults or nodropout, not {which}")
if steps < 4: sys.exit(f"steps: at least 4 (2 to warm up, 1 timed, the last one not timed), not {steps}")
import datasets, transformers
from transformers import AutoTokenizer, Trainer
from imdb_lm.bench import distilgpt2_shape, time_training, training_setups
from imdb_lm.data import clean_review, held_out, load_imdb
from imdb_lm.models import set_dropout

datasets.disable_progress_bars(); transformers.utils.logging.set_verbosity_error()
tok = AutoTokenizer.from_pretrained(tokenizer); tok.pad_token = tok.eos_token
texts = [clean_review(t) for t in held_out(load_imdb(data), 'train', 2000, seed=0)]
setups = training_setups(texts, tok, bs=1, steps=steps, compile=False)
name = next(k for k in setups if k.startswith(prefix))
ds, coll, args, _, trainer = [*setups[name], None, Trainer][:5]  # the imdb_lm setup names its own trainer
model = distilgpt2_shape(len(tok))
if which == 'nodropout': set_dropout(model, 0.)
with tempfile.TemporaryDirectory() as d: r = time_training(model, ds, args(d), coll, 2, trainer)
print(which, f"{r['tokens_per_s']:.1f} tokens/s")
