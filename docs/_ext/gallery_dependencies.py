"""Re-run a gallery script when a project module it imports changes.

sphinx-gallery skips a script whose own text is unchanged (it keeps an
``.md5`` of it beside the generated page). A script's figure also depends on
the ``conv_examples`` modules it imports, directly or through another of them,
so before sphinx-gallery runs this extension hashes those modules for every
script and deletes the script's ``.md5`` when the hash differs from the last
build: sphinx-gallery then runs that script, and only that script, again.

Every script's output also depends on the extensions beside this one: the
scraper saves its figures, and others finish them once (palette, thumbnails,
the animation's frames). A change to any of them runs every script again.
"""

import ast
import functools
import hashlib
from pathlib import Path

PACKAGE = "conv_examples"
EXTENSIONS = Path(__file__).parent


def _imported_modules(path):
    """Names of the ``conv_examples`` modules that the file at *path* imports."""
    return _imports_in(path.read_text(encoding="utf-8"))


@functools.cache  # each module is parsed once per build, not once per script
def _imports_in(source):
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 1:  # a package module's ``from . import x`` or ``from .x import y``
                module = f"{PACKAGE}.{module}".rstrip(".")
            if module == PACKAGE:
                found.update(alias.name for alias in node.names)
            elif module.startswith(PACKAGE + "."):
                found.add(module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    found.add(alias.name.split(".")[1])
    return frozenset(found)


def dependency_hash(script, package_dir):
    """Hash of every package module *script* depends on, transitively."""
    seen, todo = set(), list(_imported_modules(script))
    while todo:
        name = todo.pop()
        module = package_dir / f"{name}.py"
        if name in seen or not module.is_file():
            continue
        seen.add(name)
        todo.extend(_imported_modules(module))
    digest = hashlib.sha256()
    for name in sorted(seen):
        digest.update(name.encode() + b"\0" + (package_dir / f"{name}.py").read_bytes())
    return digest.hexdigest()


def extensions_hash(folder=None):
    """Hash of the extensions' modules (``docs/_ext/*.py``)."""
    digest = hashlib.sha256()
    for module in sorted(Path(folder or EXTENSIONS).glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()


def invalidate_stale_examples(app):
    conf = app.config.sphinx_gallery_conf
    srcdir = Path(app.srcdir)
    examples, galleries = conf["examples_dirs"], conf["gallery_dirs"]
    if isinstance(examples, str):
        examples, galleries = [examples], [galleries]
    extensions = extensions_hash()
    for example_dir, gallery_dir in zip(examples, galleries, strict=True):
        example_dir = (srcdir / example_dir).resolve()
        for script in sorted(example_dir.rglob("plot_*.py")):
            target = srcdir / gallery_dir / script.relative_to(example_dir)
            stamp = target.with_name(target.name + ".deps")
            current = f"{dependency_hash(script, example_dir)} {extensions}"
            if not stamp.exists() or stamp.read_text() != current:
                target.with_name(target.name + ".md5").unlink(missing_ok=True)
                stamp.parent.mkdir(parents=True, exist_ok=True)
                stamp.write_text(current)


def setup(app):
    # Run before sphinx-gallery's own builder-inited handler (priority 500).
    app.connect("builder-inited", invalidate_stale_examples, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
