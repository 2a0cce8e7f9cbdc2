"Run each notebook in `nbs/` as one pytest test, honouring nbdev's `tst_flags` (IMDB_LM_TEST_FLAGS='slow real' runs the cells flagged slow and real)."
import os
from configparser import ConfigParser
from pathlib import Path
import pytest
from nbdev.test import test_nb as run_notebook

ROOT = Path(__file__).parents[1]
NBS = sorted(ROOT.glob('nbs/*.ipynb'))
cfg = ConfigParser(); cfg.read(ROOT/'settings.ini')
FLAGS = set(cfg['DEFAULT']['tst_flags'].split()) - set(os.environ.get('IMDB_LM_TEST_FLAGS', '').split())

@pytest.mark.parametrize('nb', NBS, ids=lambda p: p.stem)
def test_notebook(nb):
    ok, secs = run_notebook(nb, skip_flags=FLAGS, showerr=True)
    assert ok, f'{nb.name} failed (see the traceback above)'
