"Each conversion of the docs build (`docs/convert.py`, `docs/nbproc.py`) on small hand-written inputs; no Sphinx run."
import json, sys
from pathlib import Path
import pytest
from execnb.nbio import mk_cell, new_nb

sys.path.append(str(Path(__file__).parents[1]/'docs'))  # docs/ holds scripts, not a package
from convert import Converter, docutils_id, in_code, load_syms, pandoc_id, split_fm
from nbproc import dropped_by_frontmatter, notebooks

SITE = 'https://imdb-lm.github.io/imdb_lm'

@pytest.fixture
def conv(tmp_path): return Converter(tmp_path/'out', SITE, 'imdb_lm')

def test_ids():
    assert pandoc_id("The run's settings") == 'the-runs-settings'
    assert docutils_id("The run's settings") == 'the-run-s-settings'
    assert (pandoc_id('`load_imdb`'), docutils_id('`load_imdb`')) == ('load_imdb', 'load-imdb')
    assert pandoc_id('Plain words') == docutils_id('Plain words') == 'plain-words'
    assert pandoc_id('Trainer.fit') == 'trainer.fit'
    assert pandoc_id('1. *Why* fine-tune?') == 'why-fine-tune'
    assert pandoc_id('!?') == 'section'

def test_split_fm():
    assert split_fm("---\ndescription: 'Reviews: cleaned'\noutput-file: data.html\ntitle: Data\n\n---\n\n") == \
        {'description': 'Reviews: cleaned', 'output-file': 'data.html', 'title': 'Data'}

def test_in_code():
    assert list(in_code('a\n```bash\n# b\n```\n# c\n~~~\n```\nd\n~~~')) == [
        ('a', False), ('```bash', True), ('# b', True), ('```', True), ('# c', False),
        ('~~~', True), ('```', True), ('d', True), ('~~~', True)]

def test_load_syms():
    syms = load_syms('imdb_lm')
    assert syms[('intro.html', 'RunConfig')] == 'imdb_lm.core.RunConfig'
    assert syms[('data.html', 'load_imdb')] == 'imdb_lm.data.load_imdb'

def test_fix_links(conv):
    md = f'[`load_imdb`]({SITE}/data.html#load_imdb), [home]({SITE}/index.html), [hub](https://hf.co/x.html)'
    assert conv.fix_links(md) == '[`load_imdb`](data.html#load_imdb), [home](index.html), [hub](https://hf.co/x.html)'
    assert Converter(conv.out, SITE + '/', 'imdb_lm').fix_links(md) == conv.fix_links(md)

def test_headings(conv):
    md = "## The run's settings\n\n#### Plain\n\n```bash\n#### it's not a heading\n```\n\n## Back ##"
    assert conv.headings(md) == ('<a id="the-runs-settings" class="nbdev-anchor"></a>\n\n## The run\'s settings\n\n'
                                 '### Plain\n\n```bash\n#### it\'s not a heading\n```\n\n## Back')
    assert (conv.level, conv.api) == (2, [])
    assert conv.headings('#### generate', api=True) == '<a id="generate" class="nbdev-anchor"></a>\n\n### generate'
    assert conv.api == ['generate']

# what nbdev's show_doc writes (after its `add_links`), and what the page gets
SOURCE = 'https://github.com/o/r/blob/main/imdb_lm/data.py#L9'
SHOW_DOC = (f'---\n\n[source]({SOURCE}){{target="_blank" style="float:right"}}\n\n'
            '### split_reviews\n\n```python\n\ndef split_reviews(\n'
            f'    dsd:DatasetDict, # output of [`load_imdb`]({SITE}/data.html#load_imdb)\n'
            '    kwargs:VAR_KEYWORD\n)->DatasetDict:\n\n\n```\n\n'
            f'*Splits of [`load_imdb`]({SITE}/data.html#load_imdb) output `dsd`.*')
PAGE = (f'### split_reviews\n\n<a class="nbdev-source" href="{SOURCE}" target="_blank" rel="noopener">source</a>\n'
        '```python\ndef split_reviews(\n'
        '    dsd:DatasetDict, # output of `load_imdb`\n    **kwargs\n)->DatasetDict:\n```\n'
        '*Splits of [`load_imdb`](data.html#load_imdb) output `dsd`.*')
ANCHOR = '<a id="split_reviews" class="nbdev-anchor"></a>\n\n'

def test_fix_showdoc(conv):
    assert conv.fix_showdoc(conv.fix_links(SHOW_DOC)) == PAGE

def test_fix_showdoc_class(conv):
    conv.page, conv.syms = 'p', {('p.html', 'OrderedDict'): 'collections.OrderedDict', ('p.html', 'f'): 'os.getcwd'}
    md = '[source](u){a=b}\n\n### {name}\n\n```python\ndef {name}(\n    args:VAR_POSITIONAL, kwargs:VAR_KEYWORD\n)\n```'
    def sig(name): return conv.fix_showdoc(md.replace('{name}', name)).split('```python\n')[1]
    assert sig('OrderedDict') == 'class OrderedDict(\n    *args, **kwargs\n)\n```'
    assert sig('f') == 'def f(\n    *args, **kwargs\n)\n```'

def code(src, outputs=(), n=1):
    return dict(cell_type='code', execution_count=n, metadata={'tags': ['x']}, outputs=list(outputs), source=src)
def md_cell(src): return dict(cell_type='markdown', metadata={}, source=src)
MD_OUT = dict(output_type='execute_result', execution_count=1, metadata={},
              data={'text/markdown': SHOW_DOC, 'text/plain': 'x'})
SHOW_DOC_CELL = code('#| echo: false\n#| output: asis\nshow_doc(split_reviews)', [MD_OUT])

def test_code_cell(conv):
    "A show_doc cell becomes the markdown of its output, an API entry; another code cell stays, without its tags."
    warn = dict(output_type='stream', name='stderr', text='w')
    sd = code('#| echo: false\n#| output: asis\nshow_doc(split_reviews)', [MD_OUT, warn])
    assert conv.code_cell(sd) == [md_cell(ANCHOR + PAGE.replace('###', '##'))]
    assert conv.api == ['split_reviews']
    out = dict(output_type='stream', name='stdout', text=['1\n'])
    assert conv.code_cell(code(['x = 1\n', 'print(x)'], [out], 3)) == [
        dict(cell_type='code', execution_count=3, metadata={}, outputs=[out], source='x = 1\nprint(x)')]

def proc_nb(path, cells, page='data', title='Data'):
    "A notebook as nbdev's processors leave it in `_proc/`: front matter first, then their warning comment."
    fm = f"---\ndescription: Loading IMDB.\noutput-file: {page}.html\ntitle: {title}\n\n---\n\n"
    cells = [dict(cell_type='raw', metadata={}, source=fm.splitlines(True)),
             md_cell(['<!-- WARNING: THIS FILE WAS AUTOGENERATED! DO NOT EDIT! -->'])] + cells
    path.write_text(json.dumps(dict(cells=cells, metadata={}, nbformat=4, nbformat_minor=5)))
    return path

def test_convert_nb(conv, tmp_path):
    md = md_cell(['## Loading\n', f'See [`load_imdb`]({SITE}/data.html#load_imdb).'])
    nb, page = conv.convert_nb(proc_nb(tmp_path/'01_data.ipynb', [md, SHOW_DOC_CELL, code('1+1')]))
    assert page == dict(nb='01_data.ipynb', page='data', title='Data', api=['split_reviews'])
    assert [(c['id'], c['cell_type'], c['source']) for c in nb['cells']] == [
        ('c0', 'markdown', '# Data\n\n{.nbdev-description}\nLoading IMDB.\n'),
        ('c1', 'markdown', '## Loading\nSee [`load_imdb`](data.html#load_imdb).'),
        ('c2', 'markdown', ANCHOR + PAGE),
        ('c3', 'code', '1+1')]
    assert (nb['nbformat'], nb['nbformat_minor'], nb['metadata']['kernelspec']['name']) == (4, 5, 'python3')

def test_run(conv, tmp_path):
    "Each notebook becomes a page named after its `output-file`, converted afresh: its own headings and API entries."
    (conv.out/'stale').mkdir(parents=True)
    nbs = [proc_nb(tmp_path/'01_data.ipynb', [SHOW_DOC_CELL]),
           proc_nb(tmp_path/'04_generate.ipynb', [md_cell('#### Usage'), code('1+1')], 'generate', 'Generation')]
    assert conv.run(nbs) == [dict(nb='01_data.ipynb', page='data', title='Data', api=['split_reviews']),
                             dict(nb='04_generate.ipynb', page='generate', title='Generation', api=[])]
    assert sorted(f.name for f in conv.out.iterdir()) == ['data.ipynb', 'generate.ipynb']
    cells = json.loads((conv.out/'generate.ipynb').read_text())['cells']
    assert [c['source'] for c in cells[1:]] == ['## Usage', '1+1']

def test_notebooks(tmp_path):
    for n in ['01_data', '00_intro', 'index', '03a_gguf', '_scratch', '.hidden']: (tmp_path/f'{n}.ipynb').touch()
    assert [p.name for p in notebooks(tmp_path)] == ['index.ipynb', '00_intro.ipynb', '01_data.ipynb', '03a_gguf.ipynb']

def test_dropped_by_frontmatter():
    def dropped(*cells): return dropped_by_frontmatter(new_nb([mk_cell(s, t) for t, s in cells]))
    assert dropped(('markdown', '# Data\n\n> Loading IMDB.\n\n- skip_exec: true')) == []
    assert dropped(('markdown', '# Data\n> Loading IMDB.\n> More.\nA paragraph.')) == ['> More.', 'A paragraph.']
    assert dropped(('code', '#| default_exp data'), ('markdown', '# Data\nText.')) == ['Text.']
    assert dropped(('raw', '---\ntitle: Data\n---'), ('markdown', '# Data\nText.')) == []
    assert dropped(('markdown', '## Not a title\nText.')) == []

def test_fix_showdoc_signatures(conv):
    "An untyped parameter defaulting to None shows no `NoneType`; a function without parameters, `f()`."
    md = '[source](u){a=b}\n\n### {name}\n\n```python\n\ndef {name}({params})->None:\n\n\n```'
    def sig(name, params): return conv.fix_showdoc(md.replace('{name}', name).replace('{params}', params)).split('```python\n')[1]
    assert sig('f', '\n    out:NoneType=None, # folder\n') == 'def f(\n    out=None, # folder\n)->None:\n```'
    assert sig('g', '\n\n') == 'def g()->None:\n```'

def test_link_chapters(conv, tmp_path):
    "A chapter named by its notebook in prose links to its page; code, headings and existing links stay as they are."
    nbs = [proc_nb(tmp_path/'01_data.ipynb', [md_cell('See `04_speed` and [`04_speed`](speed.html#x).\n\n## `04_speed`\n\n```\n`04_speed`\n```')]),
           proc_nb(tmp_path/'04_speed.ipynb', [md_cell('Back to `01_data`, not `01_dat`.')], 'speed', 'Speed')]
    conv.run(nbs)
    cells = [json.loads((conv.out/f'{p}.ipynb').read_text())['cells'][1]['source'] for p in ('data', 'speed')]
    assert cells == ['See [`04_speed`](speed.html) and [`04_speed`](speed.html#x).\n\n## `04_speed`\n\n```\n`04_speed`\n```',
                     'Back to [`01_data`](data.html), not `01_dat`.']
