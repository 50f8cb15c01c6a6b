"""Zip downloads that are the same in every build.

sphinx-gallery's zips store each file's modification time: once it has
written them, they are rewritten with one fixed time.
"""

import zipfile
from pathlib import Path

from gallery_output import gallery_dirs, keep_modification_time

FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def fix_zip_times(app):
    for gallery in gallery_dirs(app):
        for archive in sorted(Path(app.srcdir, gallery).rglob("*.zip")):
            with zipfile.ZipFile(archive) as source:
                entries = [(info, source.read(info)) for info in source.infolist()]
            if all(info.date_time == FIXED_TIME for info, _ in entries):
                continue
            with (
                keep_modification_time(archive),
                zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as target,
            ):
                for info, data in entries:
                    target.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), data)


def setup(app):
    # After sphinx-gallery's own builder-inited handler (priority 500).
    app.connect("builder-inited", fix_zip_times, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
