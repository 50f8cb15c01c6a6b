"""Every page is valid HTML, as the Nu Html Checker (vnu.jar, from npm) reads it.

The checker needs Java: ``.ci/run`` installs a headless JRE. What is left comes
from upstream and is listed below with where it comes from.
"""

import json
import shutil
import subprocess

from conftest import ROOT, SITE, unavailable

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# A run this short is over before Java's optimising compiler pays: its quick
# compiler alone takes a third of the CPU time. Its deeper stack frames need a
# larger stack than the checker's own 512 KB minimum.
JAVA_OPTIONS = ("-XX:TieredStopAtLevel=1", "-Xss8m")
# Errors in HTML that Sphinx itself writes, with the page they are on.
UPSTREAM = {
    # autodoc + napoleon put a bullet list inside a <p> of a field list, so the
    # parser closes the <p> early and then meets its end tag.
    ("api.html", "No “p” element in scope but a “p” end tag seen."),
}


def test_every_page_is_valid_html():
    java = shutil.which("java")
    if java is None:
        unavailable("java is not installed: apt-get install default-jre-headless")
    if not VNU.is_file():
        unavailable("vnu-jar is not installed: run `npm ci`")
    pages = sorted(
        path for path in SITE.rglob("*.html") if not path.relative_to(SITE).parts[0].startswith("_")
    )
    assert len(pages) > 20, "run `make html` first"
    result = subprocess.run(
        [
            java,
            *JAVA_OPTIONS,
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *map(str, pages),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    errors = {
        (message["url"].split(f"{SITE.as_posix()}/", 1)[-1], message["message"])
        for message in messages
        if message["type"] == "error"
    }
    assert errors - UPSTREAM == set()
