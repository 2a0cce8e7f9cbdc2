"""Step 2 of the docs build: turn nbdev's processed notebooks (`_proc/`) into notebooks that
Sphinx + myst-nb render the way Quarto renders an nbdev site.

- front-matter raw cell -> `# title` + description paragraph; the page is named after
  `output-file` (as nbdev names it: `01_data.ipynb` -> `data.html`)
- `show_doc` markdown outputs (`#| output: asis`) -> real markdown cells, so the API entries get
  headings, anchors (the ids nbdev's link index uses, e.g. `data.html#load_imdb`) and a page TOC
- Quarto cell options -> myst-nb tags (`echo: false` -> remove-input, `output: false` ->
  remove-output, `code-fold` -> hide-input, `include: false` -> the cell is dropped); every `#|`
  line is removed from the code
- absolute doc links (`https://<doc_host><doc_baseurl>/x.html#y`) and links to notebooks -> relative
  `.html`; Quarto link attributes `{target=...}` removed; Quarto callouts -> MyST admonitions
"""
import importlib, inspect, json, re, shutil
from pathlib import Path
import yaml

_re_dir = re.compile(r'^\s*#\|\s*([\w-]+)\s*:?\s*(.*?)\s*$')
_re_heading = re.compile(r'^(#{1,6})\s+(.*?)\s*#*\s*$')
_re_fence = re.compile(r'^\s*(```+|~~~+)')
_re_callout = re.compile(r'^(:{3,})\s*\{\s*\.callout-(\w+)([^}]*)\}\s*$')
_re_attr_after_link = re.compile(r'(\[[^\]]*\]\([^)\s]*\))\{[^}]*\}')
_re_source_link = re.compile(r'\[source\]\(([^)\s]+)\)\{[^}]*\}')
_CALLOUTS = dict(note='note', tip='tip', warning='warning', important='important', caution='caution')

def pandoc_id(text: str) -> str:
    "The id pandoc/Quarto gives a heading (the anchors in nbdev's `_modidx.py` use it)."
    s = re.sub(r'<[^>]+>|`|\*', '', text).lower()
    s = re.sub(r'[^\w\s.\-]', '', s)
    s = re.sub(r'\s+', '-', s.strip())
    s = re.sub(r'^[^a-z]+', '', s)
    return s or 'section'

def docutils_id(text: str) -> str:
    from docutils.nodes import make_id
    return make_id(re.sub(r'`|\*', '', text))

def split_fm(src: str) -> dict:
    m = re.match(r'^\s*---\s*\n(.*?)\n---\s*$', src, re.S)
    return (yaml.safe_load(m.group(1)) or {}) if m else {}

def src_of(cell) -> str:
    s = cell.get('source', '')
    return ''.join(s) if isinstance(s, list) else s

def mk_md(src: str) -> dict: return dict(cell_type='markdown', metadata={}, source=src)

class Converter:
    def __init__(self, proc: Path, out: Path, doc_host='', doc_baseurl='', lib_name=''):
        self.proc, self.out, self.lib = Path(proc), Path(out), lib_name
        base = (doc_host.rstrip('/') + '/' + doc_baseurl.strip('/')).rstrip('/')
        self.abs_prefixes = [p + '/' for p in {base, base.replace('https://', 'http://')} if p]
        self.pages = {}  # notebook file name -> (page stem, title)
        self.warnings = []
        self.syms = self._load_syms()

    def _load_syms(self):
        "page -> {heading name: dotted symbol} from the library's `_modidx.py`."
        res = {}
        try: d = importlib.import_module(f'{self.lib}._modidx').d
        except Exception: return res
        for mod, syms in d.get('syms', {}).items():
            for sym, (url, _) in syms.items():
                page = url.split('#')[0]
                res.setdefault(page, {})[sym[len(mod) + 1:]] = sym
        return res

    # ---- markdown ----
    def unlink_code(self, md: str) -> str:
        "nbdev's `add_links` also links names inside code blocks of show_doc output; undo that."
        out, fence = [], None
        for l in md.splitlines():
            if f := _re_fence.match(l):
                fence = f.group(1) if fence is None else (None if f.group(1).startswith(fence) else fence)
            elif fence: l = re.sub(r'\[(`[^`\]]+`)\]\([^)\s]*\)', r'\1', l)
            out.append(l)
        return '\n'.join(out) + ('\n' if md.endswith('\n') else '')

    def fix_links(self, md: str) -> str:
        md = self.unlink_code(md)
        md = _re_source_link.sub(lambda m: f'<a class="nbdev-source" href="{m.group(1)}" target="_blank" '
                                           f'rel="noopener">source</a>', md)
        md = _re_attr_after_link.sub(r'\1', md)
        for p in self.abs_prefixes: md = md.replace('](' + p, '](').replace(f'href="{p}', 'href="')
        def nblink(m):
            name, frag = m.group(2), m.group(3) or ''
            if name in self.pages: return f'{m.group(1)}{self.pages[name][0]}.html{frag})'
            return m.group(0)
        md = re.sub(r'(\]\()(?:\./)?([\w.-]+\.ipynb)(#[^)]*)?\)', nblink, md)
        md = re.sub(r'\]\(/([\w.-]+\.html(?:#[^)]*)?)\)', r'](\1)', md)
        return md

    def fix_callouts(self, md: str) -> str:
        lines, out, stack = md.splitlines(), [], []
        i = 0
        while i < len(lines):
            l = lines[i]
            m = _re_callout.match(l)
            if m:
                colons, kind, attrs = m.groups()
                kind = _CALLOUTS.get(kind, 'note')
                t = re.search(r'title\s*=\s*"([^"]*)"', attrs)
                title = t.group(1) if t else None
                j = i + 1
                while j < len(lines) and not lines[j].strip(): j += 1
                if title is None and j < len(lines) and (h := _re_heading.match(lines[j])):
                    title, i = h.group(2), j
                if title: out += [f'{colons}{{admonition}} {title}', f':class: {kind}']
                else: out.append(f'{colons}{{{kind}}}')
                stack.append(colons)
            else: out.append(l)
            i += 1
        return '\n'.join(out)

    def headings(self, md: str, page: str, state: dict, api=False) -> str:
        "Clamp heading levels (no jumps, as Sphinx -W requires) and add nbdev-style anchors."
        out, fence = [], None
        for l in md.splitlines():
            f = _re_fence.match(l)
            if f:
                tok = f.group(1)
                if fence is None: fence = tok
                elif tok.startswith(fence): fence = None
                out.append(l); continue
            h = None if fence else _re_heading.match(l)
            if not h: out.append(l); continue
            lvl, text = len(h.group(1)), h.group(2)
            if lvl == 1 and state['h1']: lvl = 2
            lvl = min(lvl, state['level'] + 1)
            state['level'], state['h1'] = lvl, state['h1'] or lvl == 1
            aid = pandoc_id(text)
            if (api or aid != docutils_id(text)) and aid not in state['ids']:
                state['ids'].add(aid)
                out += [f'<a id="{aid}" class="nbdev-anchor"></a>', '']
            if api: state['api'].append(text)
            out.append('#' * lvl + ' ' + text)
        return '\n'.join(out)

    def fix_showdoc(self, md: str, page: str) -> str:
        md = re.sub(r'^\s*---\s*\n', '', md)  # leading rule (would read as front matter)
        md = re.sub(r'(```\w*\n)\s*\n', r'\1', md)          # blank lines at the start of the signature
        md = re.sub(r'\n\s*\n(```)', r'\n\1', md)            # ... and at its end
        md = md.replace('kwargs:VAR_KEYWORD', '**kwargs').replace('args:VAR_POSITIONAL', '*args')
        h = re.search(r'^#+\s+(.+?)\s*$', md, re.M)
        sym = self.syms.get(page + '.html', {}).get(h.group(1)) if h else None
        if sym:
            mod, _, name = sym.rpartition('.')
            try: obj = getattr(importlib.import_module(mod), name)
            except Exception: obj = None
            if inspect.isclass(obj): md = re.sub(rf'^def {re.escape(name)}\(', f'class {name}(', md, flags=re.M)
        # the source link goes under the heading (floated right by CSS), as on an nbdev site
        m = re.search(r'^(<a class="nbdev-source"[^\n]*</a>)\s*\n', md, re.M)
        if m and h:
            md = md.replace(m.group(0), '', 1)
            md = re.sub(r'^(#+\s+.+?)\s*$', lambda x: x.group(1) + '\n\n' + m.group(1), md, count=1, flags=re.M)
        return md.strip() + '\n'

    def md(self, src, page, state, api=False):
        src = self.fix_links(src)
        if api: src = self.fix_showdoc(src, page)
        return self.headings(self.fix_callouts(src), page, state, api)

    # ---- cells ----
    def code_cell(self, cell, page, state):
        lines = src_of(cell).splitlines()
        dirs, body = {}, []
        for l in lines:
            m = _re_dir.match(l)
            if m: dirs[m.group(1).lower()] = m.group(2).strip('\'" ').lower()
            else: body.append(l)
        while body and not body[0].strip(): body.pop(0)
        if dirs.get('include') == 'false' or 'hide' in dirs: return []
        tags = list(cell.get('metadata', {}).get('tags', []))
        echo = dirs.get('echo', 'true') != 'false'
        if dirs.get('output') == 'asis':
            res = []
            if echo and body:
                res.append(dict(cell_type='code', execution_count=None, metadata={}, outputs=[],
                                source='\n'.join(body)))
            for o in cell.get('outputs', []):
                d = o.get('data', {})
                txt = d.get('text/markdown') or d.get('text/plain') or o.get('text')
                if txt is None: continue
                txt = ''.join(txt) if isinstance(txt, list) else txt
                if o.get('output_type') == 'stream' or 'text/markdown' in d:
                    is_api = 'show_doc' in '\n'.join(body)
                    res.append(mk_md(self.md(txt, page, state, api=is_api)))
            return res
        if not echo: tags.append('remove-input')
        if dirs.get('output') == 'false': tags.append('remove-output')
        if dirs.get('code-fold') in ('true', 'show'): tags.append('hide-input')
        outputs = []
        for o in cell.get('outputs', []):
            o = dict(o)
            d = o.get('data')
            if d and 'text/markdown' in d:
                t = d['text/markdown']; t = ''.join(t) if isinstance(t, list) else t
                d = dict(d); d['text/markdown'] = self.fix_links(t); o['data'] = d
            outputs.append(o)
        if not body and not outputs: return []
        meta = {'tags': sorted(set(tags))} if tags else {}
        return [dict(cell_type='code', execution_count=cell.get('execution_count'), metadata=meta,
                     outputs=outputs, source='\n'.join(body))]

    def convert_nb(self, path: Path):
        nb = json.loads(path.read_text(encoding='utf-8'))
        stem, title = self.pages[path.name]
        cells, fm = [], {}
        state = dict(level=1, h1=True, ids=set(), api=[])
        for c in nb['cells']:
            s = src_of(c)
            if c['cell_type'] == 'raw':
                if not fm and (d := split_fm(s)): fm = d; continue
                continue  # other raw cells are not rendered by Quarto for HTML either
            if c['cell_type'] == 'markdown':
                if not s.strip() or re.fullmatch(r'\s*<!--.*?-->\s*', s, re.S): continue
                cells.append(mk_md(self.md(s, stem, state)))
            elif c['cell_type'] == 'code': cells += self.code_cell(c, stem, state)
        head = f'# {title}\n'
        if fm.get('description'): head += '\n{.nbdev-description}\n' + self.fix_links(str(fm['description'])) + '\n'
        cells.insert(0, mk_md(head))
        for c in cells: c.setdefault('metadata', {})
        meta = dict(kernelspec=dict(name='python3', display_name='Python 3', language='python'),
                    language_info=dict(name='python', pygments_lexer='ipython3'))
        out = dict(cells=cells, metadata=meta, nbformat=4, nbformat_minor=5)
        for i, c in enumerate(out['cells']): c['id'] = f'c{i}'
        return out, state['api']

    def run(self, nbs):
        "Convert the processed notebooks `nbs` (index first, then chapters); return the page list."
        if self.out.exists(): shutil.rmtree(self.out)
        self.out.mkdir(parents=True)
        for p in nbs:  # first pass: page names and titles, for links between pages
            fm = {}
            for c in json.loads(p.read_text(encoding='utf-8'))['cells']:
                if c['cell_type'] == 'raw' and (fm := split_fm(src_of(c))): break
            stem = Path(fm.get('output-file') or re.sub(r'^\d+[_-]', '', p.stem) + '.html').stem
            self.pages[p.name] = (stem, str(fm.get('title') or stem.replace('_', ' ').capitalize()))
        pages = []
        for p in nbs:
            nb, api = self.convert_nb(p)
            stem, title = self.pages[p.name]
            pages.append(dict(nb=p.name, page=stem, title=title, api=api))
            (self.out/f'{stem}.ipynb').write_text(json.dumps(nb, indent=1, ensure_ascii=False), encoding='utf-8')
        return pages
