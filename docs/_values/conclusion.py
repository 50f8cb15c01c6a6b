"""Numbers printed in conclusion.md, computed from the module.

The layer is the one of auto_examples/networks/plot_2_banded_matrix: nine
inputs and a window of three weights (chosen sizes, not results).
"""

import numpy as np

from conv_examples.convolution import convolve

INPUTS = 9
WINDOW = 3


def values():
    outputs = len(convolve(np.ones(INPUTS), np.ones(WINDOW), mode="valid"))
    composed = convolve(np.ones(WINDOW), np.ones(WINDOW))
    return {
        "window": str(WINDOW),
        "inputs": str(INPUTS),
        "outputs": str(outputs),
        "shared_parameters": str(WINDOW + 1),
        "full_weights": str(outputs * INPUTS),
        "full_parameters": str(outputs * INPUTS + outputs),
        "composed_width": str(len(composed)),
    }
