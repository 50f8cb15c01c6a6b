"""The built site (`_build/html`): every figure embedded with alt text, every
example downloadable; and a failing example fails the build."""

import re
import shutil

import pytest
from conftest import ROOT, SITE, read_html, sphinx_build

EXAMPLES = sorted((ROOT / "conv_examples").rglob("plot_*.py"))
POST_FIGURES = sorted(p.stem for p in (ROOT / "conv_examples" / "dropped_ball").glob("plot_*.py"))


def test_the_draft_has_seven_figure_scripts():
    assert len(POST_FIGURES) == 7


def test_post_embeds_every_dropped_ball_figure_with_alt_text():
    page = read_html(SITE / "understanding-convolutions.html")
    images = {img["src"].rsplit("/", 1)[-1]: img for img in page.find_all("img")}
    for stem in POST_FIGURES:
        name = f"sphx_glr_{stem}_001.png"
        assert name in images, f"{name} is not on the post page"
        assert images[name].get("alt", "").strip(), f"{name} has no alt text"
        assert (SITE / "_images" / name).stat().st_size > 1000


def test_post_figures_link_to_the_examples_that_made_them():
    page = read_html(SITE / "understanding-convolutions.html")
    links = {a["href"].split("#")[0] for a in page.find_all("a", href=True)}
    for stem in POST_FIGURES:
        assert f"auto_examples/dropped_ball/{stem}.html" in links


def test_gallery_lists_every_example_with_a_thumbnail():
    page = read_html(SITE / "auto_examples/index.html")
    thumbnails = page.select("div.sphx-glr-thumbcontainer")
    linked = {a["href"] for box in thumbnails for a in box.find_all("a", href=True)}
    for script in EXAMPLES:
        relative = script.relative_to(ROOT / "conv_examples").with_suffix(".html")
        assert relative.as_posix() in linked, f"{relative} is missing from the gallery"
    for box in thumbnails:
        assert box.find("img")["alt"].strip()


@pytest.mark.parametrize("script", EXAMPLES, ids=lambda p: p.stem)
def test_example_page_offers_python_and_notebook_downloads(script):
    relative = script.relative_to(ROOT / "conv_examples")
    page = read_html(SITE / f"auto_examples/{relative.with_suffix('.html').as_posix()}")
    downloads = {a["href"].rsplit("/", 1)[-1] for a in page.select("a.download")}
    assert f"{script.stem}.py" in downloads
    assert f"{script.stem}.ipynb" in downloads


def test_a_failing_example_fails_the_build_and_names_the_script(tmp_path):
    """A copy of the project whose only example raises: the build must stop."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "docs" / "_static", project / "docs" / "_static")
    shutil.copytree(ROOT / "docs" / "_ext", project / "docs" / "_ext")
    (project / "docs" / "index.md").write_text(
        "# Index\n\n:::{toctree}\nauto_examples/index\n:::\n"
    )
    shutil.copytree(
        ROOT / "conv_examples",
        project / "conv_examples",
        ignore=shutil.ignore_patterns("plot_*.py", "__pycache__"),
    )
    shutil.copy(ROOT / "conf.py", project)
    (project / "conv_examples" / "dropped_ball" / "plot_broken.py").write_text(
        '"""\nBroken\n======\n\nRaises on purpose.\n"""\n\n1 / 0\n'
    )
    result = sphinx_build(project / "docs", project, tmp_path / "html")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "plot_broken.py" in output
    assert "ZeroDivisionError" in output


PAGES = sorted(p.stem for p in (ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("page", PAGES)
def test_every_figure_a_page_names_is_embedded_with_alt_text(page):
    source = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    wanted = [path.rsplit("/", 1)[-1] for path in re.findall(r"\{figure\}\s+(\S+)", source)]
    html = read_html(SITE / f"{page}.html")
    images = {img["src"].rsplit("/", 1)[-1]: img for img in html.find_all("img")}
    for name in wanted:
        assert name in images, f"{name} is not on {page}.html"
        assert images[name].get("alt", "").strip(), f"{name} on {page}.html has no alt text"
        assert (SITE / "_images" / name).is_file()


def test_the_animation_is_on_its_page_with_its_frames_as_files():
    page = SITE / "auto_examples/visualizing/plot_2_sliding_animation.html"
    html = page.read_text(encoding="utf-8")
    frames = re.findall(r"frames\[\d+\] = \"\.\./\.\./(_images/[^\"]+\.webp)\"", html)
    assert 15 <= len(frames) <= 40
    assert all((SITE / frame).is_file() for frame in frames)
    assert "sphx-glr-animation" in html


def test_the_notebook_page_ran_and_offers_its_downloads():
    page = read_html(SITE / "try-it.html")
    outputs = " ".join(out.get_text() for out in page.select("div.cell_output"))
    assert "(f∗g)( 3) = 0.1150" in outputs
    assert "{2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6, 8: 5, 9: 4, 10: 3, 11: 2, 12: 1}" in outputs
    assert "ValueError: probs must sum to 1" in outputs
    assert not page.select("div.cell_output .traceback, div.output.error")
    downloads = {a["href"].rsplit("/", 1)[-1] for a in page.select("a.download")}
    assert {"try-it.ipynb", "try-it.md"} <= downloads
