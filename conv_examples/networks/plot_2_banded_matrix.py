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
from conv_examples.drawing import COLORS, new_figure

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
print("σ(Mx + b)     =", np.round(by_matrix, 4).tolist())
print("σ(x ∗ reversed w + b) =", np.round(by_convolution, 4).tolist())
print("largest difference:", np.abs(by_matrix - by_convolution).max())
assert np.abs(by_matrix - by_convolution).max() < 1e-12

# %%
fig, (matrix_ax, output_ax) = new_figure(height=4.6, nrows=2, height_ratios=[3, 2])
limit = np.abs(weights).max()
matrix_ax.imshow(matrix, cmap="PuOr", vmin=-2 * limit, vmax=2 * limit)
for (row, column), w in np.ndenumerate(matrix):
    if w:
        matrix_ax.text(column, row, f"{w:g}", ha="center", va="center", fontsize=11)
matrix_ax.set(
    title="M: the weights of A in every row",
    xticks=range(len(x)),
    yticks=range(outputs),
    xlabel="input index",
    ylabel="output n",
)
output_ax.plot(by_matrix, "s", ms=12, color=COLORS["g"], label="σ(Mx + b)")
output_ax.plot(by_convolution, "o", ms=6, color=COLORS["f*g"], label="σ(x ∗ reversed w + b)")
output_ax.set(xlabel="output n", ylim=(0, 1.15), ylabel="y$_n$")
output_ax.legend(frameon=False, ncols=2, loc="upper center", fontsize=11)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
