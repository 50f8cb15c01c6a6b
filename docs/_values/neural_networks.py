"""Numbers printed in neural-networks.md, computed from the module.

The inputs are those of the gallery scripts in ``conv_examples/networks/``;
``tests/test_theory.py`` checks that both agree, and checks every exercise's
answer against an independent oracle.
"""

import numpy as np

from conv_examples.convolution import convolve, convolve2d
from conv_examples.drawing import grayscale_photo

#: The layer of plot_2_banded_matrix.py.
WEIGHTS = np.array([0.5, -1.0, 2.0])
BIAS = -0.5
X = np.array([0.0, 1.0, 2.0, 1.0, 0.0, -1.0, -2.0, -1.0, 0.0])
#: The 2-D layer of plot_3_2d_layer.py.
EDGE = np.array([[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]], dtype=float)
EDGE_BIAS = -0.1
#: The input and kernel of plot_4_padding_and_stride.py.
PADDING_X = np.array([3, 1, 4, 1, 5, 9, 2])
PADDING_KERNEL = np.array([1, 0, -1])
STRIDE = 2
#: Two input channels and two output channels, one kernel for each pair.
CHANNELS_X = np.array([[1, 2, 3, 4, 5, 6], [0, 1, 0, 0, 2, 0]])
CHANNELS_W = np.array([[[1, 0, -1], [1, 1, 1]], [[0, 1, 0], [0, -1, 0]]])
#: The stack of plot_5_receptive_field.py.
LAYER_WIDTH, LAYERS = 3, 3


def listed(values, digits=4):
    return "[" + ", ".join(f"{v:.{digits}g}".replace("-", "−") for v in values) + "]"


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def two_d_patch():
    return grayscale_photo()[60:120:10, 70:130:10].round(1)


def layer_values():
    by_convolution = sigmoid(convolve(X, WEIGHTS[::-1], mode="valid") + BIAS)
    outputs = len(X) - len(WEIGHTS) + 1
    matrix = np.zeros((outputs, len(X)))
    for n in range(outputs):
        matrix[n, n : n + len(WEIGHTS)] = WEIGHTS
    by_matrix = sigmoid(matrix @ X + BIAS)
    first_sum = float(WEIGHTS @ X[:3])
    second_sum = float(WEIGHTS @ X[1:4])
    return {
        "first_sum": f"{first_sum:g}",
        "first_pre": f"{first_sum + BIAS:g}",
        "y0": f"{by_convolution[0]:.4f}",
        "second_sum": f"{second_sum:g}",
        "second_pre": f"{second_sum + BIAS:g}",
        "y1": f"{by_convolution[1]:.4g}",
        "layer_outputs": ", ".join(f"{y:.4g}" for y in by_convolution),
        "banded_gap": f"{np.abs(by_matrix - by_convolution).max():g}",
        "dense_weights": outputs * len(X),
        "dense_parameters": outputs * len(X) + outputs,
        "shared_parameters": len(WEIGHTS) + 1,
    }


def two_d_values():
    patch = two_d_patch()
    layer = np.maximum(convolve2d(patch, EDGE[::-1, ::-1], mode="valid") + EDGE_BIAS, 0)
    corner = patch[-3:, :3]
    right, left = corner[:, 2].sum(), corner[:, 0].sum()
    inputs, outputs = patch.size, layer.size
    return {
        "corner_right": " + ".join(f"{v:g}" for v in corner[:, 2]) + f" = {right:.2g}",
        "corner_left": " + ".join(f"{v:g}" for v in corner[:, 0]) + f" = {left:.2g}",
        "corner_sum": f"{right - left:.2g}",
        "corner_out": f"{right - left + EDGE_BIAS:.2g}",
        "corner_is_largest": "the largest" if layer[-1, 0] == layer.max() else "not the largest",
        "layer_2d_max": f"{layer.max():.2g}",
        "dense_2d_weights": inputs * outputs,
        "dense_2d_parameters": inputs * outputs + outputs,
        "layer_2d_shape": " × ".join(str(n) for n in layer.shape),
        "layer_2d_rows": "; then ".join(", ".join(f"{v:.2g}" for v in row) for row in layer),
        "patch_top_row": ", ".join(f"{v:g}" for v in patch[0]),
        "patch_min": f"{patch.min():g}",
        "patch_max": f"{patch.max():g}",
    }


def padding_values():
    n, k = len(PADDING_X), len(PADDING_KERNEL)
    full, same, valid = (
        convolve(PADDING_X, PADDING_KERNEL, mode=m) for m in ("full", "same", "valid")
    )
    short, long = np.ones(3), np.ones(5)
    numpy_same = convolve(short, long, mode="same")
    image_same = convolve2d(short[np.newaxis], long[np.newaxis], mode="same")
    return {
        "pad_x": listed(PADDING_X),
        "pad_kernel": listed(PADDING_KERNEL),
        "pad_n": n,
        "pad_k": k,
        "pad_full": listed(full),
        "pad_full_length": len(full),
        "pad_same": listed(same),
        "pad_same_length": len(same),
        "pad_valid": listed(valid),
        "pad_valid_length": len(valid),
        "stride": STRIDE,
        "pad_strided": listed(valid[::STRIDE]),
        "pad_strided_length": len(valid[::STRIDE]),
        "numpy_same": listed(numpy_same),
        "numpy_same_length": len(numpy_same),
        "image_same_shape": " × ".join(str(n) for n in image_same.shape),
        "image_same": listed(image_same[0]),
    }


def channel_layer(x, w):
    """Output channel o is the sum over input channels i of x_i ∗ w_{o,i}, kept where valid."""
    return np.array(
        [
            sum(convolve(x_i, w_oi, mode="valid") for x_i, w_oi in zip(x, w_o, strict=True))
            for w_o in w
        ]
    )


def channel_values():
    y = channel_layer(CHANNELS_X, CHANNELS_W)
    inputs, outputs, width = CHANNELS_W.shape
    return {
        "ch_x1": listed(CHANNELS_X[0]),
        "ch_x2": listed(CHANNELS_X[1]),
        "ch_w11": listed(CHANNELS_W[0, 0]),
        "ch_w12": listed(CHANNELS_W[0, 1]),
        "ch_w21": listed(CHANNELS_W[1, 0]),
        "ch_w22": listed(CHANNELS_W[1, 1]),
        "ch_x1_w11": listed(convolve(CHANNELS_X[0], CHANNELS_W[0, 0], mode="valid")),
        "ch_x2_w12": listed(convolve(CHANNELS_X[1], CHANNELS_W[0, 1], mode="valid")),
        "ch_y1": listed(y[0]),
        "ch_y2": listed(y[1]),
        "ch_parameters": outputs * inputs * width + outputs,
        "rgb_parameters": 16 * 3 * 3 * 3 + 16,
    }


def receptive_field_values():
    window = np.ones(LAYER_WIDTH, dtype=int)
    paths = np.array([1])
    by_layer = []  # the path counts one, two, … layers below the top output
    for _ in range(LAYERS):
        paths = convolve(paths, window)
        by_layer.append(paths)
    return {
        "field_layer2_paths": listed(by_layer[0]),
        "field_layer1_paths": listed(by_layer[1]),
        "field": len(paths),
        "field_paths": listed(paths),
        "field_centre_paths": paths.max(),
    }


def exercise_values():
    inputs = np.zeros(32)
    kernel = np.ones(5)
    valid = convolve(inputs, kernel, mode="valid")
    five_wide = np.array([1])
    for _ in range(4):
        five_wide = convolve(five_wide, np.ones(5))
    return {
        "ex_full": len(convolve(inputs, kernel)),
        "ex_same": len(convolve(inputs, kernel, mode="same")),
        "ex_valid": len(valid),
        "ex_strided": len(valid[::2]),
        "ex_field": len(five_wide),
    }


def values():
    return {
        **layer_values(),
        **two_d_values(),
        **padding_values(),
        **channel_values(),
        **receptive_field_values(),
        **exercise_values(),
    }
