"""What the extensions that finish sphinx-gallery's output share: where the
galleries are, the title of an example, and rewriting a file in place without
making Sphinx think it changed."""

import os
import re
from contextlib import contextmanager
from pathlib import Path

TITLE = re.compile(r"^(\S.*)\n=+$", re.MULTILINE)


def gallery_dirs(app):
    galleries = app.config.sphinx_gallery_conf["gallery_dirs"]
    return [galleries] if isinstance(galleries, str) else galleries


def example_title(srcdir, folder, stem):
    """The title of the example page ``folder/stem.rst`` (its stem if it has none)."""
    page = Path(srcdir, folder, f"{stem}.rst")
    found = TITLE.search(page.read_text(encoding="utf-8")) if page.is_file() else None
    return found.group(1) if found else stem


@contextmanager
def keep_modification_time(path):
    """Rewrite *path* in place but keep its time: a file newer than the pages
    that use it would make Sphinx re-read those pages on every build."""
    before = path.stat()
    yield
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
