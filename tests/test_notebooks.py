"Run each notebook in `nbs/` as one pytest test, honouring nbdev's `tst_flags` (IMDB_LM_TEST_FLAGS='slow real' runs the cells flagged slow and real)."
import os
from pathlib import Path
import pytest
from nbdev.test import test_nb as run_notebook

NBS = sorted(Path(__file__).parents[1].glob('nbs/*.ipynb'))
FLAGS = {'slow', 'cuda', 'real'} - set(os.environ.get('IMDB_LM_TEST_FLAGS', '').split())

@pytest.mark.parametrize('nb', NBS, ids=lambda p: p.stem)
def test_notebook(nb):
    ok, secs = run_notebook(nb, skip_flags=FLAGS, showerr=True)
    assert ok, f'{nb.name} failed (see the traceback above)'
