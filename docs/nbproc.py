"""Step 1 of the docs build: run nbdev's notebook processors over nbs/ into _proc/.

Equivalent to `nbdev.serve.proc_nbs` (same processors, same output), except that
`exec_show_docs` is replaced by a variant that never runs notebook *code*: it executes
exported cells, `show_doc` calls and import statements only. nbdev itself runs a whole
cell when it contains an import, which would run tests/training code in cells such as
`import tempfile` + `with ...: save_tiny(...)`. Those cells are reported, not executed.
"""
import ast, os, re, sys, warnings
from pathlib import Path
from execnb.nbio import read_nb, write_nb
import nbdev.processors as P
from nbdev.config import get_config

def _nodes(trees) -> list:
    "The top-level statements of a cell's parsed code."
    return [n for t in trees for n in (t.body if isinstance(t, ast.Module) else [t])]

def _default_exp(nb) -> str:
    "The module notebook `nb` exports to (its `#| default_exp`)."
    return next(m[1] for c in nb.cells if c.cell_type == 'code' and (m := re.search(r'^#\|\s*default_exp\s+(\S+)', c.source, re.M)))

class safe_exec_show_docs(P.exec_show_docs):
    "Like nbdev's `exec_show_docs`, but a cell mixing imports with other code only has its imports run."
    mixed = []
    def __call__(self, cell):
        if not self.nb.has_docs_ or not hasattr(self, 'k'): return
        if not P._do_eval(cell): return
        dirs = cell.directives_.keys() & {'export', 'exports', 'exporti', 'exec_doc'}
        trees = cell.parsed_()
        if dirs or P._show_docs(trees):
            self.k.cell(cell)  # as nbdev does: outputs kept (show_doc markdown)
            if dirs and (classes := [n.name for n in _nodes(trees) if isinstance(n, ast.ClassDef)]):
                # a class made in the kernel has no source file for show_doc to read its fields' comments from: use the package's
                self.k.run_cell(f"from {get_config().lib_name}.{_default_exp(self.nb)} import {', '.join(classes)}")
        else:
            # an import cell: run only its top-level import statements
            imps = [n for n in _nodes(trees) if isinstance(n, (ast.Import, ast.ImportFrom))]
            if len(imps) != len(_nodes(trees)):
                self.mixed.append((Path(self.nb.path_).name, cell.source.splitlines()[0]))
            if imps: self.k.run_cell('\n'.join(ast.unparse(n) for n in imps))
        if self.k.exc:
            raise Exception(f"Error in {self.nb.path_}, cell {cell.idx_}:\n{cell.source}") from self.k.exc

class DocsFilter(P.FilterDefaults):
    def base_procs(self):
        return [safe_exec_show_docs if p is P.exec_show_docs else p for p in super().base_procs()]

def notebooks(nbs: Path):
    "Notebooks to document, sorted by file name, index first."
    files = sorted(p for p in nbs.glob('*.ipynb') if not p.name.startswith(('.', '_')))
    return sorted(files, key=lambda p: (p.stem != 'index', p.name))

def dropped_by_frontmatter(nb) -> list:
    "Lines of the title cell that nbdev's FrontmatterProc discards (it keeps only `# title`, `> description`)."
    for c in nb.cells:
        if c.cell_type == 'raw': return []
        if c.cell_type != 'markdown': continue
        if not re.search(r'^#\s+\S', c.source, re.M): return []
        keep = re.compile(r'^(#\s+\S.*|>\s+\S.*|-\s+\S.*:.*\S|\s*)$')
        lines = c.source.splitlines()
        desc = next((i for i, l in enumerate(lines) if l.startswith('>')), None)
        return [l for i, l in enumerate(lines) if not keep.match(l) or (l.startswith('>') and i != desc)]
    return []

def proc_nbs(dest='_proc'):
    cfg = get_config()
    nbs, dest = Path(cfg.nbs_path), cfg.config_path/dest
    dest.mkdir(parents=True, exist_ok=True)
    os.environ['IN_TEST'] = '1'
    warnings.filterwarnings('ignore', message='Found cells containing imports')
    out = []
    for f in notebooks(nbs):
        nb = read_nb(f)
        if lost := dropped_by_frontmatter(nb):
            print(f"warning: {f.name}: nbdev turns the first markdown cell into the title and description only; "
                  f"{len(lost)} other line(s) of it are dropped from the page (starting {lost[0][:60]!r}). "
                  "Keep `# Title` and a one-line `> description` alone in that cell.", file=sys.stderr)
        DocsFilter()(nb)
        write_nb(nb, dest/f.name)
        out.append(dest/f.name)
    for name, first in safe_exec_show_docs.mixed:
        print(f"note: {name}: the cell starting {first!r} mixes imports with other code; only its imports were run "
              f"(nbdev/Quarto would run the whole cell)", file=sys.stderr)
    return out

if __name__ == '__main__': print(*proc_nbs(), sep='\n')
