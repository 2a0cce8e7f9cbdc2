# Sphinx configuration for the imdb_lm docs site. Sources are generated into _docs/src by
# docs/build.py (from nbs/ via _proc/); build the site with `python docs/build.py`.
import configparser
from pathlib import Path

_root = Path(__file__).resolve().parents[1]
_ini = configparser.ConfigParser()
_ini.read(_root/'settings.ini')
_s = _ini['DEFAULT']

project = _s.get('title', _s.get('lib_name'))
author = _s.get('author', '')
copyright = _s.get('copyright', '')
release = version = _s.get('version', '')

extensions = ['myst_nb']
exclude_patterns = ['_build', 'jupyter_execute', '**.ipynb_checkpoints']
source_suffix = {'.md': 'myst-nb', '.ipynb': 'myst-nb'}
root_doc = 'index'

# notebooks are rendered from their committed outputs, never executed
nb_execution_mode = 'off'
nb_merge_streams = True
nb_output_stderr = 'show'
# nbdev's cross-links are plain relative URLs (data.html#load_imdb); leave them as they are
myst_all_links_external = True
myst_enable_extensions = ['attrs_block']
myst_heading_anchors = 0
highlight_language = 'python'
pygments_style = 'sphinx'

html_theme = 'sphinx_book_theme'
html_title = project
html_static_path = [str(Path(__file__).parent/'_static')]
html_css_files = ['nbdev.css']
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
html_theme_options = {
    'repository_url': _s.get('git_url', ''),
    'use_repository_button': bool(_s.get('git_url')),
    'use_download_button': False,
    'use_fullscreen_button': False,
    'show_toc_level': 2,
    'home_page_in_toc': True,
    'navigation_with_keys': False,
    'path_to_docs': 'nbs',
}
