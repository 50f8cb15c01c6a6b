"""Builds are reproducible: a clean build equals the site `make html` built,
a rebuild with nothing changed rewrites every file as it was, and neither
prints a warning."""

import hashlib
import json
import re
import subprocess
import sys

from conftest import ROOT, SITE, build

# A line that says warning, in any case: Sphinx's "WARNING:", a kernel's
# "[IPKernelApp] WARNING |", Python's "UserWarning:", a count of "3 warnings"
# (but not myst's "suppress_warnings=[]" setting).
WARNING = re.compile(r"\bwarnings?\b|\w+Warning\b", re.IGNORECASE)

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def digests(site):
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def differences(first, second):
    """Files that differ between two {path: digest} maps, or are in one only."""
    paths = first.keys() | second.keys()
    return sorted(path for path in paths if first.get(path) != second.get(path))


def test_a_clean_build_is_byte_identical_to_the_built_site(fresh_site):
    # _build/html is the result of every `make html` so far, so this also shows
    # that incremental builds end where a clean one does.
    changed = differences(digests(SITE), digests(fresh_site))
    assert changed == [], (
        "these files differ between _build/html and a clean build "
        "(after `make clean html` too? then the build is not reproducible):\n" + "\n".join(changed)
    )


def test_a_clean_build_prints_no_warning(fresh_build):
    assert [line for line in fresh_build.log.splitlines() if WARNING.search(line)] == []


def test_a_rebuild_with_nothing_changed_rewrites_no_file_differently(fresh_build):
    before = digests(fresh_build.outdir)
    result = build.build(fresh_build.project, fresh_build.outdir)
    # Sphinx colours its output where it guesses a terminal that can (as in CI).
    log = ANSI_COLOUR.sub("", result.stdout + result.stderr)
    assert result.returncode == 0, log[-3000:]
    assert "updating environment: 0 added, 0 changed, 0 removed" in log
    assert re.search(r"executed 0 out of \d+ files", log), "a gallery script ran again"
    assert [line for line in log.splitlines() if WARNING.search(line)] == []
    assert differences(before, digests(fresh_build.outdir)) == []


def search_terms(outdir):
    text = (outdir / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])["terms"]


def test_a_word_gone_from_its_only_page_leaves_the_search_index(tmp_path):
    """Sphinx keeps such a word, with no page, after an incremental build; a
    clean build has no such word (stable_rebuilds.py drops it)."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT / 'docs' / '_ext')!r})\n"
        "extensions = ['stable_rebuilds']\n"
    )
    page = source / "index.rst"
    command = [sys.executable, "-m", "sphinx", "-q", str(source), str(tmp_path / "html")]
    page.write_text("Index\n=====\n\nA zanzibar and a lighthouse.\n")
    subprocess.run(command, check=True)
    assert {"zanzibar", "lighthous"} <= search_terms(tmp_path / "html").keys()  # stemmed
    page.write_text("Index\n=====\n\nOnly a lighthouse.\n")
    subprocess.run(command, check=True)
    terms = search_terms(tmp_path / "html")
    assert "lighthous" in terms
    assert "zanzibar" not in terms
