"""Make the site's math font: a subset of Noto Sans Math, as WOFF2, with its licence.

The site's MathML needs a font with an OpenType MATH table (it tells the browser
how to size a display sum, stack a fraction and place scripts). No pinned Python
package ships one, so a small subset is committed in ``docs/_static/fonts/`` and
this script re-makes it, byte for byte, from the npm package
``@fontsource/noto-sans-math`` (SIL Open Font License 1.1, no reserved font
name, so a subset may keep the name)::

    .venv/bin/python tools/subset_math_font.py          # runs `npm pack` itself
    .venv/bin/python tools/subset_math_font.py --package fontsource-noto-sans-math-5.3.0.tgz

It keeps the characters listed below (every one the pages use today, and the
common symbols a page might use next; tests/test_math.py fails, naming the
character, when a page uses one the font lacks), every glyph that the MATH
table reaches from them (the larger sizes of Σ and the pieces of tall brackets)
and every glyph the layout features reach (e.g. the script-size forms).
"""

import argparse
import hashlib
import io
import subprocess
import tarfile
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "docs" / "_static" / "fonts"
OUTPUT = FONTS / "noto-sans-math-subset.woff2"
LICENCE = FONTS / "OFL.txt"

PACKAGE = "@fontsource/noto-sans-math@5.3.0"
# The package's "latin" file holds the whole font, MATH table included.
FONT_IN_PACKAGE = "package/files/noto-sans-math-latin-400-normal.woff"
LICENCE_IN_PACKAGE = "package/LICENSE"
FONT_SHA256 = "b5710a7b1c8a9af4f0c1f638a97c8625d9c6a69af765bfc14da14cb76fb01032"


def span(first, last):
    return set(range(first, last + 1))


CHARACTERS = (
    span(0x20, 0x7E)  # ASCII: digits, upright letters (log, sin), brackets, punctuation
    | set(map(ord, "·×÷±¬"))
    | span(0x391, 0x3A9)  # Greek capitals
    | span(0x3B1, 0x3C9)  # Greek small letters
    | set(map(ord, "ϑϕϖϵ"))
    # Browsers draw a one-letter <mi> in mathematical italic, from these blocks.
    | span(0x1D434, 0x1D467)  # italic A–Z, a–z (no h: it is U+210E)
    | {0x210E}
    | span(0x1D6E2, 0x1D71B)  # italic Greek
    | set(map(ord, "ℝℤℕℂ"))
    | set(map(ord, "−∗⋆⋅∘∑∏∫√∞∂∇∣∥∓…⋯⋮⋱′″"))  # operators
    | set(map(ord, "≤≥≠≈≡∼≃∝∈∉⊂⊆→←↦⇒⇔⟹"))  # relations and arrows
    | set(map(ord, "⟨⟩⌊⌋⌈⌉‖"))  # fences
)


def package_files(package_path):
    """The font and licence from the npm tarball, after checking the font's hash."""
    with tarfile.open(package_path) as tarball:
        font = tarball.extractfile(FONT_IN_PACKAGE).read()
        licence = tarball.extractfile(LICENCE_IN_PACKAGE).read()
    digest = hashlib.sha256(font).hexdigest()
    if digest != FONT_SHA256:
        raise SystemExit(f"{FONT_IN_PACKAGE} has SHA-256 {digest}, expected {FONT_SHA256}")
    return font, licence


def npm_pack(folder):
    name = subprocess.run(
        ["npm", "pack", "--silent", PACKAGE],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    return Path(folder) / name


def make_subset(font_bytes):
    font = TTFont(io.BytesIO(font_bytes), recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # names, copyright and licence
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    available = set(font.getBestCmap())
    subsetter.populate(unicodes=CHARACTERS & available)
    subsetter.subset(font)
    font.flavor = "woff2"
    output = io.BytesIO()
    font.save(output)
    return output.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help=f"the tarball of {PACKAGE} (npm pack)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        font, licence = package_files(args.package or npm_pack(folder))
    FONTS.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(make_subset(font))
    LICENCE.write_bytes(licence)
    print(f"{OUTPUT.relative_to(ROOT)}: {OUTPUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
