"`tools/train_row.py`, the speed chapter's paired runs, on the real tarball and GPT-2 tokenizer (beside the project, in `shared/`)."
import os, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
DATA = os.environ.get('IMDB_LM_TARBALL') or str(ROOT.parent/'shared/data/aclImdb_v1.tar.gz')
TOKENIZER = os.environ.get('IMDB_LM_TOKENIZER') or str(ROOT.parent/'shared/tokenizers/gpt2')

def train_row(which, *more):
    return subprocess.run([sys.executable, str(ROOT/'tools/train_row.py'), which, DATA, TOKENIZER, *more], capture_output=True, text=True, cwd=ROOT)

def test_times_the_imdb_lm_setup():  # the setup that names its own trainer, 4 steps of which 1 is timed
    r = train_row('defaults', '4')
    assert r.returncode == 0, r.stderr[-2000:]
    assert re.fullmatch(r'defaults \d+\.\d tokens/s\n', r.stdout), r.stdout

def test_refuses_an_unknown_setup():
    r = train_row('fastest')
    assert r.returncode == 1 and 'first argument: seed, tuned, defaults or nodropout, not fastest' in r.stderr

def test_refuses_too_few_steps():
    r = train_row('defaults', '3')
    assert r.returncode == 1 and 'steps: at least 4' in r.stderr
