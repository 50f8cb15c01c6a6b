"""Run the executable pages' kernel in an IPython profile of the build's own.

The profile lives beside the doctrees, so a reader's own ``~/.ipython``
(startup files, configuration) never runs in a page's notebook. Its one
setting keeps the kernel's log to errors: ipykernel >= 7.3 warns on every
start that it talks to its kernel manager over TCP without encryption, and
myst-nb gives no way to configure the manager it starts (which could use IPC
or CurveZMQ keys instead). The kernel and the build are the same user's
processes on one machine, and the warning read as a security alarm in
every ``make html``. What the notebook's cells print, warnings included,
still goes into the page.
"""

import os
from pathlib import Path

from unchanged_files import write_if_changed

SETTINGS = 'c.IPKernelApp.log_level = "ERROR"\n'


def use_build_profile(app):
    profile = Path(app.doctreedir) / "ipython" / "profile_default"
    write_if_changed(profile / "ipython_kernel_config.py", SETTINGS)
    # The kernel is a child process: it inherits this environment.
    os.environ["IPYTHONDIR"] = str(profile.parent)


def setup(app):
    app.connect("builder-inited", use_build_profile)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
