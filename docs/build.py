"""Build the docs site from nbs/ into _site/, offline, with warnings as errors.

    python docs/build.py            # from the repository root

1. nbdev's notebook processors: nbs/*.ipynb -> _proc/ (docs/nbproc.py; never runs notebook code)
2. convert _proc/ to myst-nb notebooks in _docs/src/ (docs/convert.py), plus the home page's toctree
3. sphinx-build -W --keep-going (config: docs/conf.py) into _docs/html, moved to _site/
4. check every internal link and anchor in _site/ (docs/check_links.py)
Exits non-zero when any step fails.
"""
import argparse, configparser, json, os, shutil, subprocess, sys, time
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS))

def settings():
    c = configparser.ConfigParser(); c.read(ROOT/'settings.ini')
    return c['DEFAULT']

def toctree(pages, hidden=True):
    lines = ['```{toctree}', ':maxdepth: 1', ':caption: Chapters'] + ([':hidden:'] if hidden else []) + ['']
    return '\n'.join(lines + [p['page'] for p in pages if p['page'] != 'index'] + ['```', ''])

def add_home(src: Path, pages, s):
    "Add the chapter toctree to the home page; write a home page when there is no index.ipynb."
    chapters = [p for p in pages if p['page'] != 'index']
    idx = src/'index.ipynb'
    if idx.exists():
        nb = json.loads(idx.read_text(encoding='utf-8'))
        nb['cells'].append(dict(cell_type='markdown', id='toctree', metadata={}, source=toctree(pages)))
        idx.write_text(json.dumps(nb, indent=1, ensure_ascii=False), encoding='utf-8')
        return
    print('note: nbs/index.ipynb not found; writing a placeholder home page', file=sys.stderr)
    md = [f"# {s.get('title', s.get('lib_name'))}", '', s.get('description', ''), '', '## Chapters', '']
    md += [f"- [{p['title']}]({p['page']}.html)" for p in chapters] + ['', toctree(pages)]
    (src/'index.md').write_text('\n'.join(md), encoding='utf-8')

def copy_assets(nbs: Path, src: Path):
    "Images referenced from markdown cells (nbs/images/... and the like)."
    for f in nbs.rglob('*'):
        rel = f.relative_to(nbs)
        if any(p.startswith(('.', '_')) or p in ('runs',) for p in rel.parts) or not f.is_file(): continue
        if f.suffix.lower() in ('.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp'):
            (src/rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, src/rel)

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--site', default='_site', help='output folder (default: _site)')
    ap.add_argument('--no-check', action='store_true', help='skip the link check')
    a = ap.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)
    os.chdir(ROOT)
    os.environ.setdefault('HF_HUB_OFFLINE', '1'); os.environ.setdefault('HF_DATASETS_OFFLINE', '1')
    os.environ.setdefault('TRANSFORMERS_OFFLINE', '1')
    t0 = time.time()
    s = settings()
    import nbproc, convert
    from nbdev.config import get_config
    cfg = get_config()
    # 1. nbdev processing
    proc = ROOT/'_proc'
    if proc.exists(): shutil.rmtree(proc)
    nbs = nbproc.proc_nbs('_proc')
    print(f'[1/4] processed {len(nbs)} notebooks into _proc/ ({time.time()-t0:.1f}s)')
    # 2. convert
    src = ROOT/'_docs'/'src'
    conv = convert.Converter(src, s['doc_host'].rstrip('/') + '/' + s['doc_baseurl'].strip('/'), s['lib_name'])
    pages = conv.run(nbs)
    add_home(src, pages, s)
    copy_assets(Path(cfg.nbs_path), src)
    for p in pages: print(f"      {p['nb']:28} -> {p['page']}.html  {p['title']!r}, {len(p['api'])} API entries")
    (ROOT/'_docs'/'pages.json').write_text(json.dumps(pages, indent=1))
    print(f'[2/4] converted into _docs/src/ ({time.time()-t0:.1f}s)')
    # 3. sphinx
    html = ROOT/'_docs'/'html'
    for d in (html, ROOT/'_docs'/'doctrees', ROOT/'_docs'/'jupyter_execute'):
        if d.exists(): shutil.rmtree(d)
    cmd = [sys.executable, '-m', 'sphinx', '-b', 'html', '-W', '--keep-going', '-q', '-j', '1', '-c', str(DOCS),
           '-d', str(ROOT/'_docs'/'doctrees'), str(src), str(html)]
    r = subprocess.run(cmd)
    if r.returncode:
        print(f'FAILED: sphinx-build exited with {r.returncode} (warnings are errors)', file=sys.stderr)
        return r.returncode
    site = ROOT/a.site
    if site.exists(): shutil.rmtree(site)
    shutil.move(str(html), str(site))
    shutil.copy2(ROOT/'_docs'/'pages.json', site/'pages.json')
    print(f'[3/4] sphinx-build -W: site in {a.site}/ ({time.time()-t0:.1f}s)')
    # 4. link check
    if not a.no_check:
        import check_links
        if check_links.main(site):
            print('FAILED: broken internal links', file=sys.stderr); return 1
    print(f'[4/4] done in {time.time()-t0:.1f}s: open {a.site}/index.html')
    return 0

if __name__ == '__main__': sys.exit(main())
