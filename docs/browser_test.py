"""Headless-Chromium test of the built site (run `python docs/build.py` first).

Loads the home page and the chapter pages from file:// URLs and asserts, on the DOM after
scripts ran (`--dump-dom`):
- the navigation sidebar lists every chapter (link to its page, with its title), in order;
- each chapter page has its title, each of its API entries (an `id` anchor as nbdev's link index
  names it, e.g. data.html#load_imdb, a heading, and an entry in the page's table of contents),
  and as many images as its notebook has image outputs;
- search works offline: search.html?q=<an API name> lists the page that documents it.
Saves a 1280x1600 screenshot of each page in <site>/screenshots/.

    python docs/browser_test.py [--site _site] [--pages data train]   # default: home + all chapters
Exits non-zero on any failure, after printing a summary.
"""
import argparse, json, re, shutil, subprocess, sys, tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert import pandoc_id

FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars',
         '--allow-file-access-from-files']

def chromium():
    for n in ('chromium', 'chromium-browser', 'google-chrome', 'chrome'):
        if p := shutil.which(n): return p
    sys.exit('FAIL: no chromium found (apt-get install -y chromium)')

def run_chromium(args, timeout=90):
    with tempfile.TemporaryDirectory() as prof:
        r = subprocess.run([chromium(), *FLAGS, f'--user-data-dir={prof}', *args], capture_output=True,
                           text=True, timeout=timeout)
    return r

def dump_dom(url):
    r = run_chromium(['--virtual-time-budget=8000', '--dump-dom', url])
    if r.returncode or '<html' not in r.stdout.lower():
        raise RuntimeError(f'chromium --dump-dom {url} failed ({r.returncode}): {r.stderr[-500:]}')
    return r.stdout

def screenshot(url, png):
    run_chromium(['--virtual-time-budget=5000', f'--screenshot={png}', '--window-size=1280,1600', url])
    return png.exists() and png.stat().st_size > 5000

class DOM(HTMLParser):
    "Links in the navigation sidebar and the page TOC, ids, headings and images in the article."
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.nav, self.toc, self.ids, self.heads, self.imgs = [], [], [], set(), [], []
        self._a = self._h = None
        self.title = ''
    def _in(self, cls): return any(cls in c for _, c in self.stack)
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in ('img', 'br', 'hr', 'meta', 'link', 'input', 'source', 'wbr'):
            self.stack.append((tag, a.get('class') or ''))
        if a.get('id'): self.ids.add(a['id'])
        if tag == 'a': self._a = [a.get('href', ''), '']
        if re.fullmatch(r'h[1-6]', tag) and self._in('bd-article'): self._h = [tag, '']
        if tag == 'img' and self._in('bd-article'): self.imgs.append(a.get('src', ''))
    def handle_endtag(self, tag):
        if tag == 'a' and self._a:
            href, text = self._a[0], ' '.join(self._a[1].split())
            if self._in('bd-docs-nav'): self.nav.append((href, text))
            if self._in('bd-toc') or self._in('page-toc'): self.toc.append((href, text))
            self._a = None
        if self._h and tag == self._h[0]:
            self.heads.append((tag, ' '.join(self._h[1].split()).rstrip('#').strip())); self._h = None
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag: del self.stack[i:]; break
    def handle_data(self, d):
        if self._a: self._a[1] += d
        if self._h: self._h[1] += d

def parse(html):
    d = DOM(); d.feed(html); return d

def n_images(proc_nb: Path):
    nb = json.loads(proc_nb.read_text(encoding='utf-8'))
    return sum(1 for c in nb['cells'] if c['cell_type'] == 'code'
               and not re.search(r'^#\|\s*(output:\s*false|include:\s*false|hide\b)', ''.join(c['source']), re.M)
               for o in c.get('outputs', []) if any(k.startswith('image/') for k in o.get('data', {})))

def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--site', default='_site')
    ap.add_argument('--pages', nargs='*', help='chapter pages to test (default: all)')
    a = ap.parse_args(argv)
    site = (ROOT/a.site).resolve()
    if not (site/'pages.json').exists(): sys.exit(f'FAIL: {site}/pages.json not found: run python docs/build.py first')
    pages = json.loads((site/'pages.json').read_text())
    chapters = [p for p in pages if p['page'] != 'index']
    test = [p for p in chapters if not a.pages or p['page'] in a.pages or p['nb'] in a.pages]
    shots = site/'screenshots'; shots.mkdir(exist_ok=True)
    fails, oks = [], []
    def ok(cond, msg):
        (oks if cond else fails).append(msg)
        if not cond: print('FAIL', msg)
    def check_nav(dom, where):
        # the current page's own entry links to "#"
        nav = [((h.split('#')[0].split('/')[-1] or where), t) for h, t in dom.nav]
        hrefs = [h for h, _ in nav]
        order = []
        for p in chapters:
            f = f"{p['page']}.html"
            hit = [t for h, t in nav if h == f]
            ok(bool(hit) and p['title'] in hit, f"{where}: navigation lists chapter {p['title']!r} ({f})")
            if f in hrefs: order.append(hrefs.index(f))
        ok(order == sorted(order), f'{where}: navigation lists the chapters in notebook order')

    home = (site/'index.html').as_uri()
    dom = parse(dump_dom(home))
    check_nav(dom, 'index.html')
    ok(screenshot(home, shots/'index.png'), 'index.html: screenshot saved')
    for p in test:
        f = f"{p['page']}.html"
        url = (site/f).as_uri()
        dom = parse(dump_dom(url))
        check_nav(dom, f)
        h1 = [t for tag, t in dom.heads if tag == 'h1']
        ok(h1[:1] == [p['title']], f"{f}: title {p['title']!r} (found {h1[:1]})")
        heads = {t for _, t in dom.heads}
        tocs = {t for _, t in dom.toc}
        for name in p['api']:
            ok(pandoc_id(name) in dom.ids and name in heads and name in tocs,
               f"{f}: API entry {name} (anchor #{pandoc_id(name)}, heading, page TOC entry)")
        mod = expected_api(f)
        missing = sorted(set(mod) - set(p['api']))
        ok(not missing, f"{f}: every public symbol exported from this chapter is documented"
                        + (f' (missing: {missing})' if missing else ''))
        want = n_images(ROOT/'_proc'/p['nb'])
        got = [s for s in dom.imgs if '_images/' in s]
        ok(len(got) >= want, f"{f}: {want} plot(s) rendered (found {len(got)} <img>)")
        ok(screenshot(url, shots/f'{p["page"]}.png'), f'{f}: screenshot saved')
    # search, offline
    probe = next(((p, n) for p in chapters for n in p['api']), None)
    if probe:
        p, name = probe
        html = dump_dom((site/'search.html').as_uri() + f'?q={name}')
        res = html.split('id="search-results"', 1)[-1] if 'id="search-results"' in html else ''
        links = [l.split('#')[0].split('?')[0] for l in re.findall(r'<a[^>]*href="([^"]+)"', res)]
        ok(f"{p['page']}.html" in links, f"search.html?q={name}: results link to {p['page']}.html (found {links[:5]})")
    print(f"\nbrowser test: {len(oks)} checks passed, {len(fails)} failed "
          f"(home + {len(test)} chapter page(s); screenshots in {shots.relative_to(ROOT) if shots.is_relative_to(ROOT) else shots})")
    return 1 if fails else 0

def expected_api(page_file):
    "Public top-level symbols that nbdev's link index places on `page_file`."
    try:
        import importlib
        from nbdev.config import get_config
        d = importlib.import_module(f'{get_config().lib_name}._modidx').d
    except Exception: return []
    res = []
    for mod, syms in d.get('syms', {}).items():
        for sym, (url, _) in syms.items():
            name = sym[len(mod) + 1:]
            if url.split('#')[0] == page_file and '.' not in name and not name.startswith('_'): res.append(name)
    return res

if __name__ == '__main__': sys.exit(main())
