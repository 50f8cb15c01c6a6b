"""Two clean builds of the same sources give byte-identical HTML and images."""

import filecmp
import os
import shutil

from conftest import ROOT, sphinx_build

# Everything that is not a source: build output, environments, caches.
NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv",
    "_build",
    "build",
    "node_modules",
    "auto_examples",
    "_generated",
    "jupyter_execute",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    "*.egg-info",
)


def clean_build(workdir):
    """Copy the sources into *workdir* and build them there from nothing."""
    project = workdir / "project"
    shutil.copytree(ROOT, project, ignore=NOT_SOURCES)
    env_before = dict(os.environ)
    # The copy's own modules, not the installed checkout's, run its examples.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(project), os.environ.get("PYTHONPATH")])
    )
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1404000000")
    try:
        result = sphinx_build(project / "docs", project, project / "_build" / "html")
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return project / "_build" / "html"


def differing_files(first, second):
    """Relative paths of files that differ, or exist on one side only."""
    differences = []
    comparison = [(filecmp.dircmp(first, second), "")]
    while comparison:
        node, prefix = comparison.pop()
        differences += [prefix + name for name in node.left_only + node.right_only]
        _, mismatch, errors = filecmp.cmpfiles(
            node.left, node.right, node.common_files, shallow=False
        )
        differences += [prefix + name for name in mismatch + errors]
        comparison += [(sub, f"{prefix}{name}/") for name, sub in node.subdirs.items()]
    return sorted(differences)


def test_two_clean_builds_are_byte_identical(tmp_path):
    first = clean_build(tmp_path / "first")
    second = clean_build(tmp_path / "second")
    assert (first / "understanding-convolutions.html").is_file()
    differences = differing_files(first, second)
    assert differences == [], "\n".join(differences)
