"Write README.md from nbs/index.ipynb (what `nbdev_readme` does, without Quarto)."
import json, re
from pathlib import Path

def _src(c): return ''.join(c['source'])

def _out(c):
    "The text outputs of a code cell, as one string."
    txt = []
    for o in c.get('outputs', []):
        if o.get('name') == 'stderr': continue
        t = o.get('text') or o.get('data', {}).get('text/markdown') or o.get('data', {}).get('text/plain') or ''
        txt.append(''.join(t))
    return ''.join(txt).rstrip()

def nb2md(nb_path)->str:
    cells, md = json.loads(Path(nb_path).read_text())['cells'], []
    for c in cells:
        src = _src(c)
        if c['cell_type'] == 'markdown': md.append(src)
        elif c['cell_type'] == 'code':
            if re.match(r'\s*#\|\s*(hide|include:\s*false)', src): continue
            code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()
            if code: md.append(f'```python\n{code}\n```')
            if out := _out(c): md.append(f'```\n{out}\n```')
    return '\n\n'.join(md).strip() + '\n'

if __name__ == '__main__':
    root = Path(__file__).parents[1]
    (root/'README.md').write_text(nb2md(root/'nbs/index.ipynb') +
                                  '\n<!-- generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file -->\n')
