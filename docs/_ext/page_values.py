"""Fill ``{{name}}`` placeholders in a page with numbers the module computes.

MyST substitutions do not reach inside ``$…$``, ``$$…$$`` or a figure's
``:alt:``, so the placeholders are filled in the page's source text, before
MyST parses it. The values of the page ``docs/<name>.md`` come from
``values()`` in ``docs/_values/<name>.py`` (hyphens become underscores), a
dict from placeholder names to the text that replaces them. A placeholder with
no value fails the build, naming the page and the placeholder.

A page is read again whenever its values file, or any module of
``conv_examples`` (which the values are computed from), changes.
"""

import importlib.util
import re
from pathlib import Path

from sphinx.errors import ExtensionError

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\}\}")


def values_file(srcdir, docname):
    return Path(srcdir, "_values", f"{docname.replace('-', '_')}.py")


def load_values(path):
    spec = importlib.util.spec_from_file_location(f"page_values_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.values()


def fill_placeholders(app, docname, source):
    path = values_file(app.srcdir, docname)
    if not path.is_file():
        if found := PLACEHOLDER.search(source[0]):
            raise ExtensionError(
                f"{docname}: placeholder {found.group(0)} but no values file {path.name} "
                "in docs/_values/"
            )
        return
    for dependency in [path, *sorted(Path(app.confdir, "conv_examples").glob("*.py"))]:
        app.env.note_dependency(str(dependency))
    values = load_values(path)

    def value_of(match):
        name = match.group(1)
        if name not in values:
            raise ExtensionError(f"{docname}: {path.name} has no value for {match.group(0)}")
        return str(values[name])

    source[0] = PLACEHOLDER.sub(value_of, source[0])


def setup(app):
    app.connect("source-read", fill_placeholders)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
