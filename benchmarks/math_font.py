"""The math font's weight: what a page with math downloads to typeset it."""

from pathlib import Path

FONTS = Path(__file__).resolve().parents[1] / "docs" / "_static" / "fonts"


def bench_math_font():
    font = FONTS / "noto-sans-math-subset.woff2"
    print(
        f"\nMath font: {font.name}, {font.stat().st_size:,} bytes "
        f"({font.stat().st_size / 1024:.1f} KB, loaded only by pages with math)"
    )
