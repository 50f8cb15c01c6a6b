"""Shared fixtures: paths of the project and of the site `make html` built."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"


def sphinx_build(srcdir, confdir, outdir, *options):
    """Run sphinx-build warning-free (-W) and return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-c", str(confdir),
         str(srcdir), str(outdir), "-W", "--keep-going", *options],
        capture_output=True, text=True, check=False,
    )


@pytest.fixture(scope="session")
def fresh_site(tmp_path_factory):
    """The site built by Sphinx into a temporary folder, from the working tree."""
    outdir = tmp_path_factory.mktemp("html")
    result = sphinx_build(ROOT / "docs", ROOT, outdir)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return outdir
