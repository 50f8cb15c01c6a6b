"""The numbers the pages print: exercise answers against hand computations, and
a build with another f in which every number of the prose follows the new f."""

import itertools
import math
import re
import runpy
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import matplotlib
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
from page_values import load_values  # noqa: E402

from conv_examples.ball import c, f, g  # noqa: E402

matplotlib.use("Agg")


def page_values(page):
    return load_values(ROOT / "docs" / "_values" / f"{page}.py")


def exact(dist):
    """A distribution as exact fractions, {offset: chance}, from its decimals."""
    return {int(x): Fraction(repr(float(p))) for x, p in zip(dist.support, dist.probs, strict=True)}


def convolution_by_hand(first, second):
    """(first ∗ second)(c) for every c, by running through all pairs of offsets."""
    total = {}
    for (a, p), (b, q) in itertools.product(first.items(), second.items()):
        total[a + b] = total.get(a + b, 0) + p * q
    return total


def number(text):
    return float(text.replace("−", "-"))


F, G = exact(f), exact(g)
FG = convolution_by_hand(F, G)


@pytest.fixture(scope="module")
def post():
    return page_values("understanding_convolutions")


def test_the_shipped_ball_by_hand(post):
    # Worked out on paper from the table of f and g.
    assert post["fg_at_3"] == "0.115"
    assert post["route_2_1"] == "0.0375"
    assert post["ex_zero_answer"] == "0.2225"
    assert post["ex_given_zero_a"] == "0"
    assert post["ex_given_zero_chance"] == "0.629"


def test_post_convolution_values_match_exact_fractions(post):
    for x, p in FG.items():
        name = f"fg_at_m{-x}" if x < 0 else f"fg_at_{x}"
        assert number(post[name]) == pytest.approx(float(p), abs=5e-5), name


def test_routes_and_conditional_chances(post):
    routes = {a: F[a] * G[c - a] for a in F if F[a] * G.get(c - a, 0) > 0}
    assert post["routes_to_c"] == {2: "two", 3: "three", 4: "four"}[len(routes)]
    for a, p in routes.items():
        assert number(post[f"route_{a}_{c - a}"]) == pytest.approx(float(p), abs=5e-5)
        chance = p / FG[c]
        assert number(post[f"given_c_from_{a}"]) == pytest.approx(float(chance), abs=5e-4)
    assert post["given_c_likeliest"] == str(max(routes, key=routes.get))


def test_flip_and_slide_exercises(post):
    at_zero = {a: F[a] * G.get(-a, 0) for a in F if G.get(-a, 0) > 0}
    assert number(post["ex_zero_answer"]) == pytest.approx(float(FG[0]), abs=5e-5)
    assert post["ex_zero_count"] == {3: "three", 4: "four", 5: "five"}[len(at_zero)]
    likeliest = max(at_zero, key=at_zero.get)
    assert number(post["ex_given_zero_a"]) == likeliest
    given = at_zero[likeliest] / FG[0]
    assert number(post["ex_given_zero_chance"]) == pytest.approx(float(given), abs=5e-4)


def test_copies_exercise(post):
    # 1·[3, 0, 1] at index 0 plus 2·[3, 0, 1] at index 1.
    assert post["ex_copies_answer"] == "3, 6, 1, 2"


def test_shifted_copies_figure_stacks_the_routes():
    # The caption: at the dashed line c, the copies that reach it are the routes to c.
    script = runpy.run_path(
        str(ROOT / "conv_examples" / "visualizing" / "plot_4_shifted_copies.py")
    )
    at_c = script["positions"] == c
    heights = {a: copy[at_c][0] for a, copy in script["copies"].items() if copy[at_c][0] > 0}
    routes = {a: F[a] * G[c - a] for a in F if F[a] * G.get(c - a, 0) > 0}
    assert heights.keys() == routes.keys() == set(script["reaching_c"])
    for a, height in heights.items():
        assert height == pytest.approx(float(routes[a]), abs=1e-15)


def test_echo_numbers(post):
    # The clap [1, 0.6, 0.3, 0.1] at steps 2…5, heard again 25 steps later at half height:
    # at step 28, the clap of step 3 (0.6) through the delay, 0.6 × 0.5.
    assert post["echo_copy"] == "0.5, 0.3, 0.15, 0.05"
    assert (post["echo_late_step"], post["echo_late_value"]) == ("28", "0.3")
    assert (post["clap_first"], post["echo_first"]) == ("2", "27")
    # The page describes the figure's clap, so both must put it at the same steps.
    script = runpy.run_path(
        str(ROOT / "conv_examples" / "visualizing" / "plot_3_moving_average.py")
    )
    assert script["np"].flatnonzero(script["clap"]).tolist() == [2, 3, 4, 5]


def test_evidence_exercises():
    values = page_values("evidence")
    error = math.sqrt(FG[c] * (1 - FG[c]) / 100_000)
    assert number(values["ex_se_answer"]) == pytest.approx(error, abs=5e-6)
    assert number(values["ex_se_four_times"]) == pytest.approx(error / 2, abs=5e-6)
    throws = list(itertools.product(range(1, 7), repeat=3))
    tens = sum(sum(t) == 10 for t in throws)
    assert values["ex_three_dice_ways"] == str(tens) == "27"
    assert values["ex_three_dice_fraction"] == str(Fraction(tens, len(throws))) == "1/8"
    worst = FG[int(values["worst_c"])]
    assert number(values["worst_se"]) == pytest.approx(
        math.sqrt(worst * (1 - worst) / 100_000), abs=5e-6
    )
    assert values["dice_ways_row"] == "1 | 2 | 3 | 4 | 5 | 6 | 5 | 4 | 3 | 2 | 1"


def test_higher_dimensions_exercises():
    values = page_values("higher_dimensions")
    # Left neighbour minus the pixel, where the kernel fits: 2−2, 2−5, 5−5.
    assert values["ex_step_valid"] == "0, -3, 0"
    assert values["ex_binomial_row"] == ", ".join(str(math.comb(5, k)) for k in range(6))
    assert values["ex_binomial_sum"] == "32"


def test_conclusion_counts_like_for_like():
    values = page_values("conclusion")
    assert (values["shared_parameters"], values["full_weights"], values["full_parameters"]) == (
        "4",
        "63",
        "70",
    )
    assert values["composed_width"] == "5"


#: Another first drop on the same offsets, −2 … 2; its f∗g shares no value with
#: the shipped one, and it keeps the structure the pages describe.
OTHER_F = [0.1, 0.2, 0.32, 0.28, 0.1]

#: Values of the shipped f∗g, and of the products, chances and gaps built on it.
STALE = ["0.2375", "0.2225", "0.115", "0.0475", "0.0375", "0.0075", "0.348", "0.326", "0.00106"]

PAGES = ["understanding-convolutions", "evidence", "higher-dimensions"]


@pytest.fixture(scope="module")
def other_build(tmp_path_factory):
    """PAGES built, prose only, from a copy of the project with OTHER_F."""
    copy = tmp_path_factory.mktemp("other_f")
    # Only the pages read here (and the root page): half the time of them all.
    others = [page.name for page in (ROOT / "docs").glob("*.md") if page.stem not in PAGES]
    others.remove("index.md")
    conf = (ROOT / "conf.py").read_text(encoding="utf-8")
    conf += f"\nexclude_patterns += {['auto_examples/**', *sorted(others)]!r}\n"
    (copy / "conf.py").write_text(conf, encoding="utf-8")
    shutil.copytree(ROOT / "conv_examples", copy / "conv_examples")
    skip = shutil.ignore_patterns("auto_examples", "jupyter_execute", "_generated")
    shutil.copytree(ROOT / "docs", copy / "docs", ignore=skip)
    ball = copy / "conv_examples" / "ball.py"
    shipped = "[0.05, 0.15, 0.40, 0.25, 0.15]"
    assert shipped in ball.read_text(), "the test no longer knows where ball.py defines f"
    ball.write_text(ball.read_text().replace(shipped, str(OTHER_F)))
    command = [
        *(sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", ".", "docs", "_build"),
        *("-D", "plot_gallery=0", "-D", "nb_execution_mode=off"),
    ]
    # The copy's conv_examples must win over the installed (editable) package.
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(copy), "HOME": str(copy)}
    result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return copy / "_build"


@pytest.mark.parametrize("page", PAGES)
def test_no_stale_number_with_another_f(other_build, page):
    text = BeautifulSoup((other_build / f"{page}.html").read_text(), "html.parser").get_text(" ")
    assert "{{" not in text
    stale = [n for n in STALE if re.search(rf"(?<![\d.]){re.escape(n)}(?!\d)", text)]
    assert not stale, f"{page} still prints {stale}"


def test_post_prints_the_other_f(other_build):
    text = BeautifulSoup(
        (other_build / "understanding-convolutions.html").read_text(), "html.parser"
    ).get_text(" ")
    other = exact(type(f)(OTHER_F, start=f.start))
    fg = convolution_by_hand(other, G)
    for value in (fg[3], fg[1], fg[0]):
        shown = f"{float(value):.4f}".rstrip("0")
        assert shown in text, f"the post does not print the new value {shown}"
