"""The sliding animation's player in a real browser: its controls drawn, on one
row at phone width, usable from the keyboard, and still for readers who ask
for reduced motion."""

import pytest
from conftest import ROOT

PAGE = "auto_examples/visualizing/plot_2_sliding_animation.html"
SCREENSHOTS = ROOT / "_build" / "screenshots"


@pytest.fixture
def player(tabs):
    """A function that opens the page in the shared tab with the given options."""

    def open_page(width=1280, reduced_motion="no-preference", scheme="light"):
        tab = tabs(width, reduced_motion=reduced_motion, color_scheme=scheme)
        return tab.open(PAGE).page

    return open_page


def frame(page):
    return int(page.locator(".sphx-glr-animation input[type=range]").input_value())


def test_it_plays_by_itself_when_motion_is_welcome(player):
    page = player()
    page.locator(".sphx-glr-animation img").scroll_into_view_if_needed()
    page.wait_for_function(
        "document.querySelector('.sphx-glr-animation input[type=range]').value > 1",
        timeout=10_000,
    )


def test_it_stays_still_when_the_reader_asks_for_reduced_motion(player):
    page = player(reduced_motion="reduce")
    page.locator(".sphx-glr-animation img").scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    assert frame(page) == 0


@pytest.mark.parametrize("width", [390, 1280])
def test_its_buttons_show_icons_on_one_row(player, width):
    page = player(width=width, reduced_motion="reduce")
    buttons = page.locator(".sphx-glr-animation .anim-buttons button:visible")
    boxes = [buttons.nth(i).bounding_box() for i in range(buttons.count())]
    assert len(boxes) == 8
    assert len({round(box["y"]) for box in boxes}) == 1, "the buttons wrap onto two rows"
    assert all(box["width"] >= 24 and box["height"] >= 24 for box in boxes)
    # Every icon is drawn: a shape cut out of a filled box, or a sign.
    icons = page.evaluate("""() => Array.from(
        document.querySelectorAll(".sphx-glr-animation .anim-buttons button i"), icon => {
            const drawn = getComputedStyle(icon, "::before");
            return drawn.clipPath !== "none" || drawn.content.length > 2;
        })""")
    assert icons and all(icons)
    name = f"sliding-animation-controls-{width}"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator(".sphx-glr-animation").screenshot(path=SCREENSHOTS / f"{name}.png")


def test_the_keyboard_steps_through_the_frames(player):
    page = player(reduced_motion="reduce")
    page.locator(".sphx-glr-animation button[title='Next frame']").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert frame(page) == 2
    page.locator(".sphx-glr-animation input[type=range]").focus()
    page.keyboard.press("ArrowRight")
    assert frame(page) == 3
    image = page.locator(".sphx-glr-animation img")
    assert image.get_attribute("src").endswith("frame_03.webp")
    assert page.evaluate("document.querySelector('.sphx-glr-animation img').naturalWidth") > 0
