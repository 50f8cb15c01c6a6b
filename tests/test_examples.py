"""The claims the gallery scripts make, checked on their own numbers."""

import runpy

import matplotlib
import numpy as np
import pytest
from conftest import ROOT

from conv_examples.ball import f, g
from conv_examples.convolution import convolve

matplotlib.use("Agg")


def run_example(relative_path):
    return runpy.run_path(str(ROOT / "conv_examples" / relative_path))


def banded(weights, length):
    outputs = length - len(weights) + 1
    matrix = np.zeros((outputs, length))
    for n in range(outputs):
        matrix[n, n : n + len(weights)] = weights
    return matrix


@pytest.mark.parametrize("width", [1, 2, 3, 5])
def test_a_banded_weight_matrix_is_a_convolution_with_flipped_weights(width):
    rng = np.random.default_rng(width)
    weights, x, bias = rng.normal(size=width), rng.normal(size=11), rng.normal()
    by_matrix = banded(weights, len(x)) @ x + bias
    by_convolution = convolve(x, weights[::-1], mode="valid") + bias
    np.testing.assert_allclose(by_matrix, by_convolution, rtol=1e-12, atol=1e-12)
    # Without the flip the two disagree, unless the weights are symmetric.
    if width > 1:
        assert not np.allclose(by_matrix, convolve(x, weights, mode="valid") + bias)


def test_the_banded_matrix_example_shows_equal_layers():
    example = run_example("networks/plot_2_banded_matrix.py")
    np.testing.assert_allclose(example["by_matrix"], example["by_convolution"], atol=1e-15)
    assert example["by_matrix"][0] == pytest.approx(1 / (1 + np.exp(-2.5)))


def test_the_simulated_histogram_lies_within_sampling_error_of_f_conv_g():
    example = run_example("evidence/plot_1_simulated_drops.py")
    n, predicted = example["DROPS"], f.convolve(g)
    # Each bar's frequency has standard deviation sqrt(p(1 - p) / n); five of
    # them is a bound a correct simulation breaks with negligible probability.
    bound = 5 * np.sqrt(predicted.probs * (1 - predicted.probs) / n)
    assert np.all(np.abs(example["observed"] - predicted.probs) <= bound)
    assert example["deviation"] == pytest.approx(
        np.abs(example["observed"] - predicted.probs).max()
    )


def test_a_wrong_prediction_would_break_that_bound():
    example = run_example("evidence/plot_1_simulated_drops.py")
    shifted = f.convolve(g).probs[::-1]  # f∗g mirrored: a plausible-looking mistake
    bound = 5 * np.sqrt(shifted * (1 - shifted) / example["DROPS"])
    assert np.any(np.abs(example["observed"] - shifted) > bound)


def test_the_two_dice_example_counts_the_ways():
    example = run_example("evidence/plot_2_two_dice.py")
    assert example["ways"].tolist() == [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]


def test_the_two_d_layer_example_equals_its_window_sums():
    example = run_example("networks/plot_3_2d_layer.py")
    np.testing.assert_allclose(
        example["layer"], np.maximum(example["windows"] + example["bias"], 0)
    )
