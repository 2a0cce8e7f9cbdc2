"""Step 2 of the docs build: turn nbdev's processed notebooks (`_proc/`) into notebooks that
Sphinx + myst-nb render the way Quarto renders an nbdev site.

- the front matter nbdev writes (a raw cell) -> `# title` + description paragraph; the page is named after
  `output-file` (as nbdev names it: `01_data.ipynb` -> `data.html`)
- `show_doc` cells (`#| output: asis`) -> their markdown output as markdown cells, so the API entries get
  headings, anchors (the ids nbdev's link index uses, e.g. `data.html#load_imdb`) and a page TOC
- absolute doc links (`https://<doc_host><doc_baseurl>/x.html#y`) -> relative `x.html#y`
- heading levels never jump (Sphinx -W requires it); a heading whose docutils id differs from pandoc's gets
  pandoc's id as an anchor too
"""
import importlib, inspect, json, re, shutil
from pathlib import Path
import yaml
from docutils.nodes import make_id

_re_heading = re.compile(r'^(#{1,6})\s+(.*?)\s*#*\s*$')
_re_fence = re.compile(r'^\s*(```+|~~~+)')
_re_source_link = re.compile(r'^\[source\]\(([^)\s]+)\)\{[^}]*\}\s*\n', re.M)

def pandoc_id(text: str) -> str:
    "The id pandoc/Quarto gives a heading (the anchors in nbdev's `_modidx.py` use it)."
    s = re.sub(r'<[^>]+>|`|\*', '', text).lower()
    s = re.sub(r'[^\w\s.\-]', '', s)
    s = re.sub(r'\s+', '-', s.strip())
    s = re.sub(r'^[^a-z]+', '', s)
    return s or 'section'

def docutils_id(text: str) -> str:
    "The id Sphinx gives a heading."
    return make_id(re.sub(r'`|\*', '', text))

def split_fm(src: str) -> dict:
    "The YAML front matter that is raw cell source `src`."
    return yaml.safe_load(re.match(r'^\s*---\s*\n(.*?)\n---\s*$', src, re.S).group(1))

def front_matter(path) -> dict:
    "The front matter of nbdev's processed notebook `path` (its first raw cell)."
    cells = json.loads(Path(path).read_text(encoding='utf-8'))['cells']
    return next(split_fm(''.join(c['source'])) for c in cells if c['cell_type'] == 'raw')

def in_code(md: str):
    "Each line of `md`, with whether it is a fence or inside a fenced code block."
    fence = None
    for l in md.splitlines():
        if f := _re_fence.match(l):
            fence = f.group(1) if fence is None else (None if f.group(1).startswith(fence) else fence)
            yield l, True
        else: yield l, fence is not None

def load_syms(lib: str) -> dict:
    "(page, name) -> dotted symbol, from library `lib`'s `_modidx.py`."
    d = importlib.import_module(f'{lib}._modidx').d
    return {(url.split('#')[0], sym[len(mod) + 1:]): sym
            for mod, syms in d['syms'].items() for sym, (url, _) in syms.items()}

def mk_md(src: str) -> dict: return dict(cell_type='markdown', metadata={}, source=src)

class Converter:
    def __init__(self, out: Path, doc_url: str, lib: str):
        "Pages go to `out`; links to `doc_url` (the site) become relative; API entries are `lib`'s symbols."
        self.out, self.doc_url, self.syms = Path(out), doc_url.rstrip('/') + '/', load_syms(lib)
        self.chapters = {}  # notebook name -> page, filled by `run`
        self.page, self.level, self.api = '', 1, []  # of the notebook being converted

    def fix_links(self, md: str) -> str:
        "Links to pages of this site (nbdev writes them absolute) made relative."
        return md.replace('](' + self.doc_url, '](')

    def fix_showdoc(self, md: str) -> str:
        "A show_doc output as nbdev's site shows it: source link under the heading, tight unlinked signature, `class`."
        md = re.sub(r'^\s*---\s*\n', '', md)                # leading rule (would read as front matter)
        url = _re_source_link.search(md).group(1)
        md = _re_source_link.sub('', md, count=1)          # the source link goes under the heading (CSS floats it)
        link = f'<a class="nbdev-source" href="{url}" target="_blank" rel="noopener">source</a>'
        md = re.sub(r'^(#+\s+.+?)\s*$', lambda m: f'{m.group(1)}\n\n{link}', md, count=1, flags=re.M)
        # nbdev's `add_links` also links names inside code blocks; undo that
        md = '\n'.join(re.sub(r'\[(`[^`\]]+`)\]\([^)\s]*\)', r'\1', l) if code else l for l, code in in_code(md))
        md = re.sub(r'(```\w*\n)\s*\n', r'\1', md)          # blank lines at the start of the signature
        md = re.sub(r'\n\s*\n(```)', r'\n\1', md)            # ... and at its end
        md = md.replace('kwargs:VAR_KEYWORD', '**kwargs').replace('args:VAR_POSITIONAL', '*args')
        md = re.sub(r'\(\n\s*\n\)', '()', md)                 # no parameters: `f()`, not an empty line between brackets
        md = md.replace(':NoneType=None', '=None')           # an untyped parameter that defaults to None has no type
        name = re.search(r'^#+\s+(.+?)\s*$', md, re.M).group(1)
        if sym := self.syms.get((self.page + '.html', name)):
            mod, _, attr = sym.rpartition('.')
            if inspect.isclass(getattr(importlib.import_module(mod), attr)):
                md = re.sub(rf'^def {re.escape(attr)}\(', f'class {attr}(', md, flags=re.M)
        return md

    def link_chapters(self, md: str) -> str:
        "Chapters named by their notebook in prose (`` `03a_recipes` ``) linked to their pages; code, links and headings left alone."
        if not self.chapters: return md
        nb = re.compile(r'(?<!\[)`(' + '|'.join(map(re.escape, self.chapters)) + r')`(?!\])')
        link = lambda m: f'[`{m[1]}`]({self.chapters[m[1]]}.html)'
        return '\n'.join(l if code or _re_heading.match(l) else nb.sub(link, l) for l, code in in_code(md))

    def headings(self, md: str, api=False) -> str:
        "Headings at most one level below the one before; nbdev's anchors added; API entries noted in `self.api`."
        out = []
        for l, code in in_code(md):
            h = None if code else _re_heading.match(l)
            if not h: out.append(l); continue
            text, aid = h.group(2), pandoc_id(h.group(2))
            self.level = min(len(h.group(1)), self.level + 1)
            if api or aid != docutils_id(text): out += [f'<a id="{aid}" class="nbdev-anchor"></a>', '']
            if api: self.api.append(text)
            out.append('#' * self.level + ' ' + text)
        return '\n'.join(out)

    def code_cell(self, cell) -> list:
        "A show_doc cell (`#| output: asis`) becomes markdown cells of its output; other cells keep code and outputs."
        src = ''.join(cell['source'])
        if re.search(r'^#\|\s*output:\s*asis\s*$', src, re.M):
            mds = [''.join(o['data']['text/markdown']) for o in cell['outputs'] if 'text/markdown' in o.get('data', {})]
            return [mk_md(self.headings(self.fix_showdoc(self.fix_links(md)), api=True)) for md in mds]
        return [dict(cell_type='code', execution_count=cell.get('execution_count'), metadata={},
                     outputs=cell['outputs'], source=src)]

    def convert_nb(self, path: Path):
        "The myst-nb notebook made from nbdev's processed notebook `path`, and its page's name, title and API entries."
        cells, fm = json.loads(path.read_text(encoding='utf-8'))['cells'], front_matter(path)
        self.page, self.level, self.api = Path(fm['output-file']).stem, 1, []
        out = [mk_md(f"# {fm['title']}\n\n{{.nbdev-description}}\n{fm['description']}\n")]
        for c in cells:
            s = ''.join(c['source'])
            if c['cell_type'] == 'code': out += self.code_cell(c)
            elif c['cell_type'] == 'markdown' and not re.fullmatch(r'\s*<!--.*?-->\s*', s, re.S):  # nbdev's warning
                out.append(mk_md(self.headings(self.link_chapters(self.fix_links(s)))))
        for i, c in enumerate(out): c['id'] = f'c{i}'
        meta = dict(kernelspec=dict(name='python3', display_name='Python 3', language='python'),
                    language_info=dict(name='python', pygments_lexer='ipython3'))
        nb = dict(cells=out, metadata=meta, nbformat=4, nbformat_minor=5)
        return nb, dict(nb=path.name, page=self.page, title=str(fm['title']), api=self.api)

    def run(self, nbs) -> list:
        "Convert the processed notebooks `nbs` (index first, then chapters) into `self.out`; return their pages."
        if self.out.exists(): shutil.rmtree(self.out)
        self.out.mkdir(parents=True)
        pages = []
        for p in nbs:  # every page's name first, for the links between chapters
            self.chapters[Path(p).stem] = Path(front_matter(p)['output-file']).stem
        for p in nbs:
            nb, page = self.convert_nb(p)
            nb_json = json.dumps(nb, indent=1, ensure_ascii=False)
            (self.out/f"{page['page']}.ipynb").write_text(nb_json, encoding='utf-8')
            pages.append(page)
        return pages
