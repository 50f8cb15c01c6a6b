"""Offer each executable MyST page as a Jupyter notebook to download.

myst-nb reads text notebooks (``file_format: mystnb``) but writes no ``.ipynb``
a reader could take away. Before the pages are read, this extension converts
every such page with myst-nb's own reader into ``docs/_generated/NAME.ipynb``
(excluded from the sources, ignored by git), which the page offers with the
``{download}`` role.
"""

from pathlib import Path

import nbformat
from myst_nb.core.read import read_myst_markdown_notebook
from unchanged_files import write_if_changed

GENERATED = "_generated"


def write_notebooks(app):
    srcdir = Path(app.srcdir)
    for page in sorted(srcdir.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        if not text.startswith("---") or "file_format: mystnb" not in text.split("---")[1]:
            continue
        notebook = read_myst_markdown_notebook(text, path=str(page))
        for number, cell in enumerate(notebook.cells):
            cell.id = f"cell-{number}"  # nbformat's default ids are random
        target = srcdir / GENERATED / page.with_suffix(".ipynb").name
        write_if_changed(target, nbformat.writes(notebook))


def setup(app):
    app.connect("builder-inited", write_notebooks)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
