"""The algebra page and the networks page: their numbers and exercise answers.

Every value the pages print comes from ``docs/_values/``; here each one is
checked against an oracle that does not use the module: exact fractions,
counting by hand, or scipy. The gallery scripts that draw the same examples
are run too, to check that they use the same inputs as the values files.
"""

import importlib.util
import itertools
import runpy
from fractions import Fraction

import matplotlib
import numpy as np
import pytest
import scipy.signal
from conftest import ROOT, SITE, read_html, unavailable

from conv_examples.ball import f, g

matplotlib.use("Agg")


def load_values(page):
    path = ROOT / "docs" / "_values" / f"{page}.py"
    spec = importlib.util.spec_from_file_location(f"theory_{page}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PROPERTIES = load_values("properties")
NETWORKS = load_values("neural_networks")
P_VALUES = PROPERTIES.values()
N_VALUES = NETWORKS.values()


def run_example(relative_path):
    return runpy.run_path(str(ROOT / "conv_examples" / relative_path))


def printed(values):
    """A list as the pages print it, from exact numbers."""
    return "[" + ", ".join(str(v) for v in values).replace("-", "−") + "]"


def exact_convolution(first, second):
    """The convolution sum written out with fractions: the oracle for the module."""
    result = [Fraction(0)] * (len(first) + len(second) - 1)
    for (a, x), (b, y) in itertools.product(enumerate(first), enumerate(second)):
        result[a + b] += Fraction(x) * Fraction(y)
    return result


def evaluate(coefficients, x):
    return sum(Fraction(c) * Fraction(x) ** power for power, c in enumerate(coefficients))


def grid_error(cells):
    """Largest gap between the grid sums and the triangle, counted with fractions."""
    errors = []
    for total in range(2 * cells - 1):
        ways = sum(1 for a in range(cells) if 0 <= total - a < cells)
        estimate = Fraction(ways, cells * cells) * cells
        c = Fraction(total, cells)
        errors.append(abs(estimate - min(c, 2 - c)))
    return max(errors)


# The algebra of convolution --------------------------------------------------


def test_the_composed_kernel_is_the_exact_convolution_of_the_two():
    exact = exact_convolution(
        [Fraction(1, 3)] * 3, [Fraction(1, 4), Fraction(1, 2), Fraction(1, 4)]
    )
    assert exact == [Fraction(n, 12) for n in (1, 3, 4, 3, 1)]
    assert P_VALUES["k12"] == "[1, 3, 4, 3, 1] / 12"
    assert P_VALUES["k12_width"] == len(exact) == 5


def test_the_kernel_figure_checks_associativity_with_the_page_kernels():
    example = run_example("properties/plot_1_composing_kernels.py")
    np.testing.assert_array_equal(example["k1"], PROPERTIES.K1)
    np.testing.assert_array_equal(example["k2"], PROPERTIES.K2)
    by_scipy = scipy.signal.convolve(
        example["signal"], scipy.signal.convolve(example["k1"], example["k2"])
    )
    np.testing.assert_allclose(example["at_once"], by_scipy, atol=1e-12)
    np.testing.assert_allclose(example["one_then_other"], by_scipy, atol=1e-12)
    np.testing.assert_array_equal(example["signal"], PROPERTIES.noisy_step())
    assert P_VALUES["associativity_gap"] == PROPERTIES.small(example["largest_difference"])


def test_f_conv_g_at_c_is_the_exact_sum_in_both_orders():
    exact_f = {int(a): Fraction(str(p)) for a, p in zip(f.support, f.probs, strict=True)}
    exact_g = {int(b): Fraction(str(p)) for b, p in zip(g.support, g.probs, strict=True)}
    forward = sum(p * exact_g.get(3 - a, 0) for a, p in exact_f.items())
    backward = sum(q * exact_f.get(3 - b, 0) for b, q in exact_g.items())
    assert forward == backward
    assert P_VALUES["commute_value"] == f"{float(forward):.4g}"


def test_the_product_of_the_polynomials_matches_their_values_everywhere():
    product = [4, 13, 22, 15]
    assert P_VALUES["product"] == printed(product)
    assert P_VALUES["interpolated"] == P_VALUES["fft_coefficients"] == printed(product)
    assert P_VALUES["product_poly"] == "4 + 13x + 22x^2 + 15x^3"
    for x in range(-3, 4):
        assert evaluate(product, x) == evaluate([1, 2, 3], x) * evaluate([4, 5], x)


def test_the_values_at_the_points_are_products_of_exact_values():
    points = [Fraction(-1), Fraction(-1, 3), Fraction(1, 3), Fraction(1)]
    products = [evaluate([1, 2, 3], x) * evaluate([4, 5], x) for x in points]
    assert P_VALUES["pq_at_points"] == printed(products)


def test_too_few_fft_points_wrap_the_last_coefficient_onto_the_first():
    # The cyclic convolution of length 3, by hand: x^3 is x^0.
    wrapped = [0, 0, 0]
    for (a, p), (b, q) in itertools.product(enumerate([1, 2, 3]), enumerate([4, 5])):
        wrapped[(a + b) % 3] += p * q
    assert P_VALUES["fft_short"] == printed(wrapped) == "[19, 13, 22]"


def test_the_grid_error_is_the_step():
    expected = [grid_error(cells) for cells in PROPERTIES.CELLS]
    assert expected == [Fraction(1, cells) for cells in PROPERTIES.CELLS]
    assert P_VALUES["grid_errors"] == ", ".join(str(e) for e in expected)
    example = run_example("properties/plot_3_box_and_triangle.py")
    assert example["STEPS"] == PROPERTIES.CELLS
    for cells in PROPERTIES.CELLS:
        assert example["largest_error"][cells] == pytest.approx(1 / cells, abs=1e-12)


def test_the_polynomial_figure_uses_the_page_polynomials():
    example = run_example("properties/plot_2_polynomials.py")
    assert example["p"].tolist() == PROPERTIES.P.tolist()
    assert example["q"].tolist() == PROPERTIES.Q.tolist()
    assert example["product"].tolist() == [4, 13, 22, 15]


def test_exercise_smoothing_twice():
    ways = [sum(1 for a in range(3) for b in range(3) if a + b == c) for c in range(5)]
    assert P_VALUES["ex_box_box"] == printed(ways) == "[1, 2, 3, 2, 1]"
    assert P_VALUES["ex_box_box_sum"] == 9


def test_exercise_a_product_of_polynomials():
    answer = [2, -1, 5, 3]
    assert P_VALUES["ex_poly"] == printed(answer)
    for x in range(-3, 4):
        assert evaluate(answer, x) == (2 + x) * (1 - x + 3 * x**2)


def test_exercise_identity_and_delay():
    assert P_VALUES["ex_identity"] == "[3, 1, 4]"
    assert P_VALUES["ex_delay"] == "[0, 0, 3, 1, 4]"


def test_exercise_a_finer_grid():
    ways = sum(1 for a in range(64) if 0 <= 32 - a < 64)
    estimate = Fraction(ways, 64 * 64) * 64
    assert estimate == Fraction(33, 64)
    assert P_VALUES["ex_grid_64"] == f"{float(estimate):g}"
    assert P_VALUES["ex_grid_64_error"] == str(estimate - Fraction(1, 2)) == "1/64"


# Convolutional neural networks ------------------------------------------------


def test_the_layer_numbers_match_the_sigmoid_by_hand():
    assert N_VALUES["first_sum"] == "3" and N_VALUES["first_pre"] == "2.5"
    assert N_VALUES["y0"] == f"{1 / (1 + np.exp(-2.5)):.4f}"
    assert N_VALUES["y1"] == "0.5"
    assert (N_VALUES["dense_weights"], N_VALUES["dense_parameters"]) == (63, 70)
    assert (N_VALUES["dense_2d_weights"], N_VALUES["dense_2d_parameters"]) == (576, 592)


def test_the_networks_scripts_use_the_page_inputs():
    banded = run_example("networks/plot_2_banded_matrix.py")
    assert banded["weights"].tolist() == NETWORKS.WEIGHTS.tolist()
    assert banded["bias"] == NETWORKS.BIAS
    assert banded["x"].tolist() == NETWORKS.X.tolist()
    layer = run_example("networks/plot_3_2d_layer.py")
    assert layer["weights"].tolist() == NETWORKS.EDGE.tolist()
    assert layer["bias"] == NETWORKS.EDGE_BIAS
    padding = run_example("networks/plot_4_padding_and_stride.py")
    assert padding["x"].tolist() == NETWORKS.PADDING_X.tolist()
    assert padding["kernel"].tolist() == NETWORKS.PADDING_KERNEL.tolist()
    assert padding["STRIDE"] == NETWORKS.STRIDE
    field = run_example("networks/plot_5_receptive_field.py")
    assert (field["WIDTH"], field["LAYERS"]) == (NETWORKS.LAYER_WIDTH, NETWORKS.LAYERS)


def test_padding_modes_match_scipy_and_the_size_rules():
    x, k = NETWORKS.PADDING_X, NETWORKS.PADDING_KERNEL
    full = scipy.signal.convolve(x, k)
    n, m = len(x), len(k)
    assert N_VALUES["pad_full"] == printed(full.tolist()) and len(full) == n + m - 1
    assert N_VALUES["pad_same"] == printed(full[(m - 1) // 2 : (m - 1) // 2 + n].tolist())
    assert N_VALUES["pad_valid"] == printed(full[m - 1 : n].tolist())
    assert N_VALUES["pad_strided"] == printed(full[m - 1 : n : 2].tolist())
    # The window reads right minus left: valid output i is x[i + 2] − x[i].
    assert [x[i + 2] - x[i] for i in range(n - m + 1)] == full[m - 1 : n].tolist()


def test_numpys_same_rule_differs_from_the_images():
    assert N_VALUES["numpy_same"] == "[2, 3, 3, 3, 2]"
    assert N_VALUES["numpy_same_length"] == len(np.convolve(np.ones(3), np.ones(5), "same"))
    image_same = scipy.signal.convolve2d(np.ones((1, 3)), np.ones((1, 5)), mode="same")
    assert N_VALUES["image_same_shape"] == "1 × 3"
    assert N_VALUES["image_same"] == printed(image_same[0].astype(int).tolist())


def test_the_channel_example_sums_one_convolution_per_input_channel():
    x, w = NETWORKS.CHANNELS_X, NETWORKS.CHANNELS_W
    for output, name in enumerate(("ch_y1", "ch_y2")):
        expected = sum(scipy.signal.convolve(x[i], w[output, i], mode="valid") for i in range(2))
        assert N_VALUES[name] == printed(expected.tolist())
    assert N_VALUES["ch_y1"] == "[3, 3, 4, 4]"
    example = run_example("networks/plot_6_channels.py")
    assert example["x"].tolist() == x.tolist()
    assert example["w"].tolist() == w.tolist()
    assert printed(example["y"][0].tolist()) == N_VALUES["ch_y1"]
    assert N_VALUES["ch_parameters"] == 2 * 2 * 3 + 2


def trace_receptive_field(width, layers):
    """The inputs one top output reads, found by walking its windows down."""
    reached = {0}
    for _ in range(layers):
        reached = {unit + offset for unit in reached for offset in range(width)}
    return reached


def test_the_receptive_field_and_its_path_counts():
    assert N_VALUES["field"] == len(trace_receptive_field(3, 3)) == 7
    paths = [
        sum(1 for steps in itertools.product(range(3), repeat=3) if sum(steps) == c)
        for c in range(7)
    ]
    assert N_VALUES["field_paths"] == printed(paths) == "[1, 3, 6, 7, 6, 3, 1]"
    example = run_example("networks/plot_5_receptive_field.py")
    assert example["paths"][-1].tolist() == paths


def test_exercise_output_sizes():
    n, k = 32, 5
    windows_inside = [start for start in range(n) if start + k <= n]
    assert N_VALUES["ex_valid"] == len(windows_inside) == 28
    assert N_VALUES["ex_strided"] == len(windows_inside[::2]) == 14
    assert N_VALUES["ex_full"] == n + k - 1 == 36
    assert N_VALUES["ex_same"] == n


def test_exercise_a_deeper_stack():
    assert N_VALUES["ex_field"] == len(trace_receptive_field(5, 4)) == 17


# The built pages ---------------------------------------------------------------


@pytest.mark.parametrize(("page", "answers"), [("properties", 4), ("neural-networks", 2)])
def test_exercise_answers_are_hidden_until_opened(page, answers):
    path = SITE / f"{page}.html"
    if not path.is_file():
        unavailable("the site is not built: run `make html` first")
    html = read_html(path)
    dropdowns = html.select("details.sd-dropdown")
    assert len(dropdowns) == answers
    assert not any(d.has_attr("open") for d in dropdowns)
    assert all("{{" not in d.get_text() for d in dropdowns)
