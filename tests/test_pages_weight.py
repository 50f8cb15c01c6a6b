"""What a phone downloads, read from the built files: image markup that lets it
choose a small image, stylesheets only where they are used, meta descriptions,
and the page budgets (the post under 1.5 MB on a 2x screen, the animation page
at most 400 KB). ``make bench`` measures the same pages in a browser."""

import re

import pytest
from conftest import ROOT, SITE, read_html, site_pages
from PIL import Image

NARRATIVE = sorted(f"{page.stem}.html" for page in (ROOT / "docs").glob("*.md"))
ANIMATION = "auto_examples/visualizing/plot_2_sliding_animation.html"
PAGES = site_pages()
FRAME = re.compile(r'frames\[\d+\] = "([^"]+)"')
KB = 1024


def parse(page):
    return read_html(SITE / page)


def file_of(page, reference):
    return (SITE / page).parent / reference.split("#")[0].split("?")[0]


def candidates(image):
    """(url, descriptor) of every candidate in an image's srcset."""
    return [tuple(item.split()) for item in image.get("srcset", "").split(",") if item.strip()]


def weight(page, largest_images=True):
    """Bytes of the page, its stylesheets and scripts and every image it shows,
    each image at its largest candidate (a 2x screen) or at its src."""
    html = parse(page)
    files = {SITE / page}
    files |= {file_of(page, link["href"]) for link in html.find_all("link", rel="stylesheet")}
    files |= {file_of(page, script["src"]) for script in html.find_all("script", src=True)}
    for image in html.find_all("img"):
        options = candidates(image)
        if largest_images and options:
            url = max(options, key=lambda option: int(option[1].rstrip("wx").split(".")[0]))[0]
        else:
            url = image["src"]
        if not url.startswith("data:"):
            files.add(file_of(page, url))
    for script in html.find_all("script", src=False):
        files |= {file_of(page, url) for url in FRAME.findall(script.get_text())}
    return sum(path.stat().st_size for path in files)


def test_the_post_weighs_under_1_5_megabytes_on_a_2x_screen():
    assert weight("understanding-convolutions.html") < 1.5 * KB * KB


def test_the_animation_page_weighs_at_most_400_kilobytes_with_all_its_frames():
    assert weight(ANIMATION) <= 400 * KB


@pytest.mark.parametrize("page", PAGES)
def test_every_image_has_its_size_and_figures_offer_widths(page):
    problems = []
    for image in parse(page).find_all("img"):
        if "_static/" in image["src"]:
            continue  # Sphinx's templates: the module index's 9 px toggle icons
        if not (image.get("width") and image.get("height")):
            problems.append(f"{image['src']}: no width and height")
        if "sphx_glr_" in image["src"] and image["src"].endswith("_001.png"):
            widths = [descriptor for _, descriptor in candidates(image)]
            if len(widths) < 2 or not all(w.endswith("w") for w in widths):
                problems.append(f"{image['src']}: srcset {image.get('srcset')!r}")
            if not image.get("sizes"):
                problems.append(f"{image['src']}: no sizes")
    assert problems == []


@pytest.mark.parametrize("page", PAGES)
def test_no_image_tag_repeats_an_attribute(page):
    tags = re.findall(r"<img\b[^>]*>", (SITE / page).read_text(encoding="utf-8"))
    repeated = []
    for tag in tags:
        names = re.findall(r'\s([\w:-]+)="', tag)
        repeated += [name for name in set(names) if names.count(name) > 1]
    assert repeated == []


def test_width_descriptors_match_the_files():
    image = parse("understanding-convolutions.html").find("img", srcset=True)
    for url, descriptor in candidates(image):
        with Image.open(file_of("understanding-convolutions.html", url)) as file:
            assert f"{file.width}w" == descriptor
    with Image.open(file_of("understanding-convolutions.html", image["src"])) as file:
        assert (image["width"], image["height"]) == (str(file.width), str(file.height))


def test_only_the_first_figure_of_a_page_loads_at_once():
    images = parse("understanding-convolutions.html").find("article").find_all("img")
    assert len(images) > 3
    assert images[0].get("loading") is None
    assert {image.get("loading") for image in images[1:]} == {"lazy"}


@pytest.mark.parametrize("page", NARRATIVE)
def test_a_page_without_gallery_blocks_or_notebook_cells_skips_their_stylesheets(page):
    html = parse(page)
    body = str(html.find("article"))
    sheets = " ".join(link["href"] for link in html.find_all("link", rel="stylesheet"))
    assert ("sg_gallery" in sheets) == ("sphx-glr-" in body)
    assert ("mystnb" in sheets) == ('class="cell' in body)
    assert ("pygments" in sheets) == ('class="highlight' in body)
    assert "animation.css" not in sheets
    # The answers' dropdowns take 1 KB of our own, never sphinx-design's 55 KB.
    assert ("answers.css" in sheets) == ("sd-dropdown" in body)
    assert "sphinx-design" not in sheets


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_meta_description(page):
    meta = parse(page).find("meta", attrs={"name": "description"})
    assert meta is not None
    text = meta["content"]
    assert 40 <= len(text) <= 160, text
    assert "$" not in text and "\\" not in text


def test_the_post_is_described_by_its_own_first_paragraph():
    html = parse("understanding-convolutions.html")
    description = html.find("meta", attrs={"name": "description"})["content"].rstrip("…")
    paragraphs = [" ".join(p.get_text().split()) for p in html.find("article").find_all("p")]
    assert any(text.startswith(description) for text in paragraphs)


def test_the_animation_loads_its_frames_as_small_files():
    html = parse(ANIMATION)
    frames = [url for script in html.find_all("script") for url in FRAME.findall(script.text)]
    assert 15 <= len(frames) <= 40
    assert all(url.endswith(".webp") for url in frames)
    image = html.select_one(".sphx-glr-animation img")
    assert image["src"] == frames[0]
    with Image.open(file_of(ANIMATION, frames[0])) as first:
        # Twice the pixels of its size on the page: sharp on a 2x screen.
        assert (first.width, first.height) == (2 * int(image["width"]), 2 * int(image["height"]))
    assert html.select_one(".sphx-glr-animation input[type=range]")["aria-label"] == "Frame"
    assert "font-awesome" not in str(html)


@pytest.mark.parametrize("page", [*NARRATIVE, "auto_examples/dropped_ball/plot_1_two_drops.html"])
def test_every_figure_links_to_its_full_size_file(page):
    for image in parse(page).find_all("img", srcset=True):
        link = image.find_parent("a")
        assert link is not None, image["src"]
        largest = max(candidates(image), key=lambda option: int(option[1][:-1]))[0]
        assert link["href"] == largest
        assert file_of(page, link["href"]).is_file()
