"""How the site is built, in one place: the sphinx-build command line and the
paths a build generates. ``make``, the tests and the benchmarks all build
through this module.

    python tools/build.py html [SPHINX OPTIONS]   # build into _build/html
    python tools/build.py live [SPHINX OPTIONS]   # rebuild and reload on every save
    python tools/build.py clean                   # remove everything a build generates
"""

import fnmatch
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What a build writes inside the project (git ignores all of it).
GENERATED = (
    "_build",
    "docs/auto_examples",
    "docs/_generated",
    "docs/jupyter_execute",
    "docs/sg_execution_times.rst",
)
# Neither sources nor build output: environments, caches, packaging leftovers.
NOT_SOURCES = (
    ".git",
    ".venv",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    ".ruff_cache",
    "*.egg-info",
    "build",
)
# Warning-free (-W), reporting every warning before failing, in parallel.
OPTIONS = ("-W", "--keep-going", "-j", "auto")


def sphinx_arguments(project=ROOT, outdir=None, *extra):
    """sphinx-build's arguments for the HTML site of *project* (its sources in
    ``docs/``, ``conf.py`` at its root) into *outdir*, doctrees beside it."""
    project = Path(project)
    outdir = Path(outdir) if outdir else project / "_build" / "html"
    return [
        "-b",
        "html",
        "-c",
        str(project),
        "-d",
        str(outdir.parent / "doctrees"),
        str(project / "docs"),
        str(outdir),
        *OPTIONS,
        *extra,
    ]


def environment(project=ROOT):
    """The environment a build runs in: *project*'s own modules run its
    examples, and dates come from this checkout's last commit, not the clock,
    so that two builds of one commit are byte-identical."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(project), env.get("PYTHONPATH")]))
    if "SOURCE_DATE_EPOCH" not in env and shutil.which("git"):
        last_commit = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if last_commit:
            env["SOURCE_DATE_EPOCH"] = last_commit
    return env


def build(project=ROOT, outdir=None, *extra, capture=True):
    """Build *project*'s site into *outdir*; return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "sphinx", *sphinx_arguments(project, outdir, *extra)],
        env=environment(project),
        capture_output=capture,
        text=True,
        check=False,
    )


def _not_sources(folder, names):
    relative = Path(folder).resolve().relative_to(ROOT)
    return {
        name
        for name in names
        if (relative / name).as_posix() in GENERATED
        or any(fnmatch.fnmatch(name, pattern) for pattern in NOT_SOURCES)
    }


def copy_sources(destination):
    """Copy this checkout's sources, and nothing a build made, to *destination*."""
    shutil.copytree(ROOT, destination, ignore=_not_sources)
    return Path(destination)


def clean(project=ROOT):
    for path in GENERATED:
        target = Path(project) / path
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink(missing_ok=True)


def main(command=None, *options):
    if command == "html":
        return build(ROOT, None, *options, capture=False).returncode
    if command == "live":
        live = [
            *("--watch", str(ROOT / "conv_examples")),
            *("--ignore", "*/auto_examples/*", "--ignore", "*/jupyter_execute/*"),
        ]
        arguments = [*sphinx_arguments(ROOT, None, *options), *live]
        autobuild = Path(sys.executable).with_name("sphinx-autobuild")
        return subprocess.run([autobuild, *arguments], env=environment(), check=False).returncode
    if command == "clean":
        return clean()
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
