"""
A layer as a banded matrix
==========================

Writing the seven copies of A as one matrix multiplication gives a banded
matrix: every row holds the same three weights, one step further right. The
product with the input equals a convolution with the weights flipped, which
the script checks numerically before applying the bias and the sigmoid.
"""

# %%
# Row n of the matrix holds the weights w_0, w_1, w_2 in columns n, n+1, n+2,
# so (Mx)_n = w_0·x_n + w_1·x_{n+1} + w_2·x_{n+2}. The same sum is a
# convolution of x with the reversed weights, kept where they overlap fully.
import numpy as np

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, TICKS, cell_grid, new_mosaic

weights = np.array([0.5, -1.0, 2.0])
bias = -0.5
x = np.array([0.0, 1.0, 2.0, 1.0, 0.0, -1.0, -2.0, -1.0, 0.0])
outputs = len(x) - len(weights) + 1
matrix = np.zeros((outputs, len(x)))
for n in range(outputs):
    matrix[n, n : n + len(weights)] = weights


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


by_matrix = sigmoid(matrix @ x + bias)
by_convolution = sigmoid(convolve(x, weights[::-1], mode="valid") + bias)
assert np.allclose(by_matrix, by_convolution, rtol=0, atol=1e-15)
print("σ(Mx + b) =", np.round(by_matrix, 4).tolist())
print(
    "equals σ(x ∗ reversed w + b), the largest difference being",
    np.abs(by_matrix - by_convolution).max(),
)

# %%
# The input x on top, the matrix under it, column for column, and the
# outputs y = σ(Mx + b) below, in the colour of a convolution's result.
fig, axes = new_mosaic([["x"], ["M"], ["y"]], height=6.4, height_ratios=[1, 7, 5])
limit = 2 * np.abs(weights).max()
cell_grid(axes["x"], x[np.newaxis, :], limit=limit, fractions=False)
cell_grid(axes["M"], matrix, limit=limit, fractions=False, blank_zeros=True)
for key, title in (("x", "input x"), ("M", "M: the weights of A in every row")):
    axes[key].set_title(title)
    axes[key].set_aspect("equal")
    axes[key].set_yticks([])
    axes[key].tick_params(length=0)
    for spine in axes[key].spines.values():
        spine.set_visible(False)
axes["x"].set(xticks=[], xlim=(-0.5, len(x) - 0.5), ylim=(0.5, -0.5))
axes["M"].set(
    xticks=range(len(x)),
    yticks=range(outputs),
    xlim=(-0.5, len(x) - 0.5),
    ylim=(outputs - 0.5, -0.5),
    xlabel="input index",
    ylabel="output n",
)
output_ax = axes["y"]
output_ax.plot(by_matrix, "s", ms=13, mfc="none", mew=2, color=COLORS["f*g"], label="σ(Mx + b)")
output_ax.plot(by_convolution, "o", ms=5, color=COLORS["f*g"], label="σ(x ∗ reversed w + b)")
output_ax.set(xlabel="output n", ylim=(0, 1.45), yticks=[0, 0.5, 1], ylabel="y$_n$")
output_ax.yaxis.set_major_formatter(TICKS)
output_ax.legend(frameon=False, loc="upper right")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
