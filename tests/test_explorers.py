"""The two explorers in a real browser, against the module's own numbers.

The flip-and-slide explorer must print the module's (f∗g)(c) for every example
and every c; the kernel playground's JavaScript convolution must equal
``convolve2d(image, kernel, mode="same")`` for every preset. Each group of
checks opens its page once, so the whole file runs in seconds.
"""

import base64
import json
import re
import sys

import numpy as np
import pytest
from conftest import ROOT, SITE
from playwright.sync_api import expect

from conv_examples.convolution import Distribution, convolve, convolve2d
from conv_examples.photo import grayscale_photo

sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from explorers import SLIDE_EXAMPLES  # noqa: E402 (the extension lives beside the pages)

POST = "understanding-convolutions.html"
PLANE = "higher-dimensions.html"

#: The presets as the page must apply them, written out by hand.
PRESETS = {
    "identity": [[0, 0, 0], [0, 1, 0], [0, 0, 0]],
    "box": np.full((3, 3), 1 / 9),
    "gaussian": np.outer([1, 2, 1], [1, 2, 1]) / 16,
    "sharpen": [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
    "across": [[0, 0, 0], [-1, 1, 0], [0, 0, 0]],
    "down": [[0, -1, 0], [0, 1, 0], [0, 0, 0]],
    "sobel": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
    "emboss": [[-2, -1, 0], [-1, 1, 1], [0, 1, 2]],
    "outline": [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]],
}


@pytest.fixture
def open_page(tabs):
    """``open_page(path, origin=None, javascript=True, width=1280)``: the page,
    loaded afresh in the shared tab with those options."""

    def open_(path, origin=None, javascript=True, width=1280):
        return tabs(width, java_script_enabled=javascript).open(path, origin)

    return open_


def number_text(value):
    return f"{value:.4g}".replace("-", "−")


def module_sums(f, g):
    """(f∗g)(c) for every c of its support, by the module."""
    if isinstance(f, Distribution):
        result = f.convolve(g)
        return dict(zip(result.support.tolist(), result.probs, strict=True))
    (f, f_start), (g, g_start) = f, g
    return {f_start + g_start + i: v for i, v in enumerate(convolve(f, g))}


# Flip and slide ------------------------------------------------------------


def test_flip_and_slide_prints_the_module_sum_for_every_example_and_c(open_page):
    visit = open_page(POST)
    page = visit.page
    assert page.get_by_role("slider", name="c").count() == 1
    live = page.locator(".fs-sum")
    assert live.get_attribute("aria-live") == "polite"
    # It opens where the post's text is: the ball at c = 3, summed by hand there.
    assert live.text_content() == "c = 3: 0.04 + 0.0375 + 0.0375 = 0.115"
    # Every example at every c, set as the slider would set it (one round trip).
    seen = page.evaluate("""() => {
        const select = document.querySelector(".fs select");
        const slider = document.querySelector(".fs input[type=range]");
        const seen = {};
        for (const option of select.options) {
            select.value = option.value;
            select.dispatchEvent(new Event("change"));
            seen[option.value] = [];
            for (let c = Number(slider.min); c <= Number(slider.max); c++) {
                slider.value = c;
                slider.dispatchEvent(new Event("input"));
                seen[option.value].push([c, document.querySelector(".fs-sum").textContent]);
            }
        }
        return seen;
    }""")
    assert list(seen) == [key for key, *_ in SLIDE_EXAMPLES]
    for key, _, f, g in SLIDE_EXAMPLES:
        sums = module_sums(f, g)
        # From one step before f∗g starts to one step after it ends.
        assert [c for c, _ in seen[key]] == list(range(min(sums) - 1, max(sums) + 2))
        for c, text in seen[key]:
            assert text.startswith(f"c = {number_text(c)}: "), text
            assert text.endswith(f"= {number_text(sums.get(c, 0))}"), text
            if "no overlap" in text:
                assert c not in sums
                continue
            # The terms are the products, which add up to the sum (to rounding).
            terms = text.split(": ", 1)[1].rsplit(" = ", 1)[0].replace(" − ", " + -").split(" + ")
            total = sum(float(term) for term in terms)
            assert total == pytest.approx(sums[c], abs=1e-3 * len(terms)), text
    seen = {(key, c): text for key, pairs in seen.items() for c, text in pairs}
    # Hand-computed values: two dice make 7 six ways of 36; box ∗ box is a triangle.
    assert seen["dice", 7] == "c = 7: " + " + ".join(["0.02778"] * 6) + " = 0.1667"
    assert [seen["boxes", c].rsplit("= ", 1)[1] for c in range(-1, 8)] == list("012343210")
    assert visit.problems == []


def test_flip_and_slide_by_keyboard_and_by_dragging(open_page):
    visit = open_page(POST)
    page = visit.page
    slider = page.get_by_role("slider", name="c")
    live = page.locator(".fs-sum")
    slider.focus()
    page.keyboard.press("ArrowRight")
    assert live.text_content().startswith("c = 4: ")
    page.keyboard.press("End")
    assert live.text_content() == "c = 6: no overlap, so (f∗g)(6) = 0"
    page.keyboard.press("Home")
    assert live.text_content() == "c = −4: no overlap, so (f∗g)(−4) = 0"

    slider.fill("3")
    # Pointer coordinates are the viewport's: the drawing must be in view.
    page.locator(".fs-g").first.scroll_into_view_if_needed()
    f_bars = [page.locator(".fs-f").nth(i).bounding_box() for i in range(2)]
    unit = f_bars[1]["x"] - f_bars[0]["x"]
    tallest_g = max(
        (page.locator(".fs-g").nth(i).bounding_box() for i in range(page.locator(".fs-g").count())),
        key=lambda box: box["height"],
    )
    x, y = tallest_g["x"] + tallest_g["width"] / 2, tallest_g["y"] + 5
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + unit, y, steps=3)
    page.mouse.move(x + 2.2 * unit, y, steps=3)  # snaps to two whole steps
    page.mouse.up()
    expect(live).to_have_text("c = 5: 0.015 = 0.015")
    assert slider.input_value() == "5"
    # On the bottom row a click picks c: two bars left of the marked one.
    now = page.locator(".fs-now").bounding_box()
    page.mouse.click(now["x"] + now["width"] / 2 - 2 * unit, now["y"] + now["height"] - 2)
    expect(live).to_have_text(re.compile(r"^c = 3: "))
    assert visit.problems == []


def test_flip_and_slide_follows_a_finger(tabs):
    """A touch drag sideways slides g; the page may still scroll up and down."""
    visit = tabs(390, has_touch=True).open(POST)
    page = visit.page
    page.locator(".fs-plot").scroll_into_view_if_needed()
    f_bars = [page.locator(".fs-f").nth(i).bounding_box() for i in range(2)]
    unit = f_bars[1]["x"] - f_bars[0]["x"]
    bar = page.locator(".fs-g").first.bounding_box()
    x, y = bar["x"] + bar["width"] / 2, bar["y"] + 4
    touch = page.context.new_cdp_session(page)
    for kind, dx in (("touchStart", 0), ("touchMove", -0.6), ("touchMove", -1.1)):
        touch.send(
            "Input.dispatchTouchEvent",
            {"type": kind, "touchPoints": [{"x": x + dx * unit, "y": y}]},
        )
    touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    touch.detach()
    assert page.locator(".fs-sum").text_content().startswith("c = 2: ")
    assert page.get_by_role("slider", name="c").input_value() == "2"
    assert visit.problems == []


# Kernel playground ---------------------------------------------------------


def js_array(page, what):
    """One of the playground's arrays (image, kernel, result), read from the page.

    Its bytes travel as base64: the exact float64 values, and fast.
    """
    encoded = page.evaluate(f"""() => {{
        const values = document.querySelector('.explorer[data-explorer="kernel-playground"]')
            .kernelPlayground.{what}();
        const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
        let text = "";
        for (let i = 0; i < bytes.length; i += 8192) {{
            text += String.fromCharCode(...bytes.subarray(i, i + 8192));
        }}
        return btoa(text);
    }}""")
    return np.frombuffer(base64.b64decode(encoded), dtype="<f8")


def test_kernel_playground_equals_the_module_for_every_preset(open_page):
    visit = open_page(PLANE)
    page = visit.page
    image = js_array(page, "image").reshape(240, 240)
    # The very floats the module sees, not an 8-bit copy of them.
    assert np.array_equal(image, grayscale_photo())
    options = page.get_by_label("Preset").locator("option")
    assert options.evaluate_all("options => options.map(o => o.value)") == list(PRESETS)
    for key, expected_kernel in PRESETS.items():
        page.get_by_label("Preset").select_option(key)
        kernel = js_array(page, "kernel").reshape(3, 3)
        assert np.abs(kernel - np.asarray(expected_kernel, dtype=float)).max() <= 1e-15, key
        result = js_array(page, "result").reshape(240, 240)
        expected = convolve2d(image, kernel, mode="same")
        assert np.abs(result - expected).max() <= 1e-9, key
        legend = page.locator(".kp-legend").text_content()
        if abs(kernel.sum() - 1) > 1e-9:  # signed: the static figures' 99th percentile
            limit = float(re.search(r"±([\d.]+)", legend).group(1))
            assert limit == pytest.approx(np.percentile(np.abs(expected), 99), rel=1e-3), key
        else:
            assert "gray from the photograph's darkest level" in legend, key
        if key == "across":  # a cross-correlation would not pass
            correlation = convolve2d(image, kernel[::-1, ::-1], mode="same")
            assert np.abs(result - correlation).max() > 0.1
    # Typing into a cell recomputes at once.
    page.get_by_label("Preset").select_option("box")
    page.get_by_label("kernel weight, row 2, column 2").fill("2")
    kernel = np.full((3, 3), 1 / 9)
    kernel[1, 1] = 2 / 9
    assert np.abs(js_array(page, "kernel").reshape(3, 3) - kernel).max() <= 1e-15
    expected = convolve2d(image, kernel, mode="same")
    assert np.abs(js_array(page, "result").reshape(240, 240) - expected).max() <= 1e-9
    assert "add up to 1.111, not 1" in page.locator(".kp-legend").text_content()
    # A scale as a fraction applies to all nine weights.
    page.get_by_label("Preset").select_option("gaussian")
    page.get_by_label("× scale").fill("1/8")
    assert np.array_equal(
        js_array(page, "kernel").reshape(3, 3), np.outer([1, 2, 1], [1, 2, 1]) / 8
    )
    assert visit.problems == []


def inspected(page):
    """The inspection panel: its heading, the three tables, and the sum."""
    panel = page.locator(".kp-inspect")
    tables = [table.locator("td").all_text_contents() for table in panel.locator("table").all()]
    return panel.locator("p").first.text_content(), tables, panel.locator("p").last.text_content()


def test_kernel_playground_shows_the_sum_behind_a_pixel(open_page):
    visit = open_page(PLANE)
    page = visit.page
    image = grayscale_photo()
    page.get_by_label("Preset").select_option("across")
    result = convolve2d(image, np.array(PRESETS["across"], dtype=float), mode="same")
    canvas = page.get_by_role("img", name=re.compile("^Convolution result"))
    canvas.focus()
    for key in ("ArrowRight", "ArrowRight", "ArrowDown"):
        page.keyboard.press(key)
    heading, (pixels, flipped, products), total = inspected(page)
    assert "row 122, column 123" in heading
    assert "row 122, column 123" in canvas.get_attribute("aria-label")
    # The kernel as applied is turned half a turn: [−1, 1, 0] reads [0, 1, −1].
    assert flipped == ["0", "0", "0", "0", "1", "−1", "0", "0", "0"]
    assert [float(p) for p in pixels] == pytest.approx(image[120:123, 121:124].ravel(), abs=5e-4)
    value = float(total.removeprefix("sum = ").replace("−", "-"))
    assert value == pytest.approx(result[121, 122], abs=5e-4)
    assert sum(float(p.replace("−", "-")) for p in products) == pytest.approx(value, abs=1e-3)

    # A pointer picks the pixel under it; past the corner the sum meets zeros.
    box = canvas.bounding_box()
    canvas.click(position={"x": box["width"] * 0.5 / 240, "y": box["height"] * 0.5 / 240})
    heading, (pixels, _, _), total = inspected(page)
    assert "row 1, column 1" in heading
    assert pixels[:4] == ["0 (outside)"] * 3 + ["0 (outside)"]
    assert float(total.removeprefix("sum = ").replace("−", "-")) == pytest.approx(
        result[0, 0], abs=5e-4
    )
    assert visit.problems == []


def test_kernel_playground_refuses_bad_input_and_keeps_the_last_result(open_page):
    visit = open_page(PLANE)
    page = visit.page
    page.get_by_label("Preset").select_option("box")
    good = js_array(page, "result")
    cell = page.get_by_label("kernel weight, row 1, column 1")
    message = page.locator(f"#{cell.get_attribute('aria-describedby')}")
    status = page.locator(".kp-status")
    assert status.get_attribute("role") == "status"

    nan = "c => { c.value = 'NaN'; c.dispatchEvent(new Event('input')); }"
    cases = [  # how to get there, the last step, what the cell says
        (lambda: cell.fill("1"), lambda: cell.fill(""), "empty"),
        # Chromium refuses letters in a number field: it stays empty.
        (lambda: cell.fill(""), lambda: cell.press_sequentially("abc"), "empty"),
        (lambda: cell.fill("1e99"), lambda: cell.press("9"), "not a finite number"),
        (lambda: cell.fill("-1e99"), lambda: cell.press("9"), "not a finite number"),
        (lambda: cell.fill("1"), lambda: cell.evaluate(nan), "empty"),
    ]
    for prepare, act, said in cases:
        prepare()
        before = js_array(page, "result")
        act()
        assert said in message.text_content()
        assert cell.get_attribute("aria-invalid") == "true"
        assert "last kernel that worked" in status.text_content()
        assert np.array_equal(js_array(page, "result"), before)
    cell.fill("1")
    assert message.text_content() == ""
    assert cell.get_attribute("aria-invalid") == "false"

    # 1e308 in all nine cells at once (pasted, say): the sums overflow, and the
    # page says so beside a cell.
    before = js_array(page, "result")
    page.evaluate("""() => {
        for (const cell of document.querySelectorAll(".kp-grid input")) cell.value = "1e308";
        document.querySelector(".kp-scale input").value = "1";
        document.querySelector(".kp-scale input").dispatchEvent(new Event("input"));
    }""")
    assert any(
        "overflows" in said for said in page.locator(".kp-grid .kp-message").all_text_contents()
    )
    assert np.array_equal(js_array(page, "result"), before)
    for scale, said in (("1/0", "cannot divide by 0"), ("one", "fraction such as 1/16")):
        page.get_by_label("× scale").fill(scale)
        assert said in page.locator(".kp-scale .kp-message").text_content()
    # Reset brings the preset back, and every message goes.
    page.get_by_role("button", name="Reset").click()
    assert np.array_equal(js_array(page, "result"), good)
    assert page.locator(".kp-message").all_text_contents() == [""] * 10
    assert status.text_content() == ""
    assert visit.problems == []


# Both ------------------------------------------------------------------------


@pytest.mark.parametrize("path", [POST, PLANE])
def test_without_javascript_the_static_figure_stands(open_page, path):
    visit = open_page(path, javascript=False)
    figure = visit.page.locator(".explorer figure")
    assert figure.is_visible()
    assert figure.locator("img").get_attribute("alt").strip()
    assert visit.page.locator(".fs, .kp").count() == 0


def test_explorers_work_from_the_file_system(open_page):
    """Opened straight from disk, where Chromium would refuse to fetch JSON."""
    post = open_page(POST, SITE.as_uri())
    assert post.page.locator(".fs-sum").text_content() == "c = 3: 0.04 + 0.0375 + 0.0375 = 0.115"
    assert post.page.locator(".explorer figure").is_hidden()
    plane = open_page(PLANE, SITE.as_uri())
    assert js_array(plane.page, "result").size == 240 * 240
    assert plane.page.locator(".explorer figure").is_hidden()
    assert post.problems == plane.problems == []


@pytest.mark.parametrize("path", [POST, PLANE])
def test_pages_with_explorers_have_no_serious_accessibility_violations(open_page, axe_script, path):
    # The whole page, as a phone lays it out (the only axe run of these pages).
    visit = open_page(path, width=390)
    visit.page.add_script_tag(content=axe_script)
    # Only violations are gathered in full: half the time on the post.
    results = visit.page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    assert results["passes"]
    serious = [
        {"id": v["id"], "impact": v["impact"], "where": [n["target"] for n in v["nodes"][:3]]}
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], json.dumps(serious, indent=1)


@pytest.mark.parametrize("path", [POST, PLANE])
def test_explorer_controls_are_large_enough_to_touch(open_page, path):
    visit = open_page(path, width=390)
    sizes = visit.page.evaluate("""() => Array.from(
        document.querySelectorAll('.explorer input, .explorer select, .explorer button'),
        e => [e.id || e.className, e.offsetWidth, e.offsetHeight])""")
    assert sizes
    small = [size for size in sizes if min(size[1:]) < 24]
    assert small == []
    overflow = visit.page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
