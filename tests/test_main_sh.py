"`tools/main.sh`, the README's first command, run on a tiny model and tarball in a scratch copy of the project."
import os, shutil, subprocess
from pathlib import Path
import pytest
from imdb_lm.core import save_tiny
from imdb_lm.data import fake_aclimdb

ROOT = Path(__file__).parents[1]
REVIEWS = ["The script is lazy and the jokes fall flat.", "A delight from start to finish, the cast is superb.",
           "I laughed, I cried, and I still think about the ending."]

@pytest.fixture(scope='module')
def project(tmp_path_factory):
    "A scratch project: main.sh and setup.sh, this project's settings (so setup installs nothing) and its .venv."
    d = tmp_path_factory.mktemp('project')
    shutil.copytree(ROOT/'tools', d/'tools')
    for f in ('setup.py', 'settings.ini'): shutil.copy(ROOT/f, d/f)
    (d/'.venv').symlink_to(ROOT/'.venv')
    save_tiny(d/'tiny', REVIEWS * 10, n_positions=256)
    fake_aclimdb(d, REVIEWS, n=20, tar=True)
    return d

def main_sh(project, **env):
    env = {**os.environ, 'HF_HUB_OFFLINE': '1', 'IMDB_LM_TARBALL': '', **env}
    return subprocess.run(['bash', str(project/'tools/main.sh')], capture_output=True, text=True, env=env)

def test_never_replaces_a_run(project):
    kw = dict(MODEL=str(project/'tiny'), DATA=str(project/'aclImdb_v1.tar.gz'), MAX_TRAIN='20')
    first = main_sh(project, **kw)
    assert first.returncode == 0, first.stderr[-2000:]
    assert 'saved in runs/main\n' in first.stdout and first.stdout.count('The script') >= 3
    done = (project/'runs/main/metrics.json').stat().st_mtime_ns
    second = main_sh(project, **kw)
    assert second.returncode == 0, second.stderr[-2000:]
    assert 'saved in runs/main-2\n' in second.stdout
    assert (project/'runs/main/metrics.json').stat().st_mtime_ns == done  # the first run is untouched
    assert not list((project/'runs/main').glob('checkpoint-*'))  # and holds no checkpoint

def test_offline_without_data_names_the_command(project):
    r = main_sh(project)
    assert r.returncode == 1 and 'MODEL=smollm2 DATA=path/to/aclImdb_v1.tar.gz bash tools/main.sh' in r.stderr

def test_offline_falls_back_with_a_notice(project):
    r = main_sh(project, MODEL=str(project/'tiny'), IMDB_LM_TARBALL=str(project/'aclImdb_v1.tar.gz'), OUT=str(project/'runs/fallback'))
    assert r.returncode == 0, r.stderr[-2000:]
    assert f"the Hugging Face Hub cannot be reached: fine-tuning {project/'tiny'} on {project/'aclImdb_v1.tar.gz'} instead" in r.stdout

def test_setup_installs_nothing_when_nothing_changed(project):
    log = ROOT/'.venv/setup.log'  # what pip printed the last time setup.sh installed anything
    before = log.stat().st_mtime_ns if log.exists() else None
    r = subprocess.run(['bash', str(project/'tools/setup.sh')], capture_output=True, text=True)
    assert (r.returncode, r.stdout + r.stderr) == (0, '')
    assert (log.stat().st_mtime_ns if log.exists() else None) == before
