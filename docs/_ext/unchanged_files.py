"""Writing a generated file only when its content changes.

An unchanged file keeps its modification time: a no-op rebuild then changes
no published file, and Sphinx re-reads no page that depends on it.
"""

from pathlib import Path


def write_if_changed(path, content):
    """Write *content* (text, as UTF-8, or bytes) to *path*, creating its
    folder, unless the file already holds exactly that."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    if not path.is_file() or path.read_bytes() != data:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
