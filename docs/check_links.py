"""Walk a built site and fail on any internal link that does not resolve.

Checks every `href` and `src` (and `srcset`) in every .html file: links to local files must point
at an existing file, and `#fragment`s (on the same page or another local page) must match an
`id` (or `<a name=...>`) in the target page. External links (http:, https:, mailto:, data:,
javascript:, ...) are skipped. Also fails on raw Quarto `#|` option lines left in the page text.
Usage: python docs/check_links.py [_site]
"""
import sys
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.text, self._skip = set(), [], [], 0
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get('id'): self.ids.add(a['id'])
        if tag == 'a' and a.get('name'): self.ids.add(a['name'])
        for k in ('href', 'src'):
            if a.get(k) is not None and not (tag == 'link' and a.get('rel') in ('preconnect', 'dns-prefetch')):
                self.links.append((tag, k, a[k], self.getpos()[0]))
        if a.get('srcset'):
            for part in a['srcset'].split(','):
                if part.strip(): self.links.append((tag, 'srcset', part.split()[0], self.getpos()[0]))
        if tag in ('script', 'style'): self._skip += 1
    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self._skip: self._skip -= 1
    def handle_data(self, data):
        if not self._skip: self.text.append(data)

@lru_cache(maxsize=None)
def parse(path: Path) -> _Page:
    p = _Page()
    p.feed(path.read_text(encoding='utf-8', errors='replace'))
    return p

def check(site) -> list:
    site = Path(site).resolve()
    errors, n = [], 0
    for f in sorted(site.rglob('*.html')):
        rel = f.relative_to(site)
        if rel.parts[0] == '_static': continue  # theme template fragments copied as static files, not pages
        page = parse(f)
        for line in ''.join(page.text).splitlines():
            if line.lstrip().startswith('#|'): errors.append(f'{rel}: raw cell option line in page: {line.strip()!r}')
        for tag, attr, url, ln in page.links:
            u = urlsplit(url.strip())
            if u.scheme or u.netloc or url.strip().startswith('//'): continue  # external
            n += 1
            target = f if not u.path else (f.parent/unquote(u.path)).resolve()
            if u.path.endswith('/') or (target.is_dir() and u.path): target = target/'index.html'
            if not target.exists():
                errors.append(f'{rel}:{ln}: <{tag} {attr}="{url}">: no such file {target.relative_to(site) if target.is_relative_to(site) else target}')
                continue
            if not target.is_relative_to(site):
                errors.append(f'{rel}:{ln}: <{tag} {attr}="{url}">: points outside the site')
                continue
            frag = unquote(u.fragment)
            if frag and target.suffix == '.html' and frag not in parse(target).ids:
                errors.append(f'{rel}:{ln}: <{tag} {attr}="{url}">: no anchor #{frag} in {target.relative_to(site)}')
    return errors, n

def main(site='_site') -> int:
    errors, n = check(site)
    for e in errors: print('BROKEN', e)
    pages = len([f for f in Path(site).rglob('*.html') if f.relative_to(site).parts[0] != '_static'])
    print(f'link check: {pages} pages, {n} internal links, {len(errors)} broken')
    return 1 if errors else 0

if __name__ == '__main__': sys.exit(main(*sys.argv[1:]))
