"""
A ball dropped on a plane
=========================

On a plane the ball lands at (a₁, a₂) with probability f(a₁, a₂), then rolls
(b₁, b₂) further with probability g(b₁, b₂). The chance of ending at
(c₁, c₂) is the 2-D convolution
(f∗g)(c₁, c₂) = Σ f(a₁, a₂)·g(c₁ − a₁, c₂ − a₂). All three maps share one
colour scale, so the sum's wider spread shows as paler squares.
"""

# %%
# Each drop moves the ball independently along the two axes, so its 2-D
# distribution is the outer product of the 1-D one with itself; so is the
# total's, which the script checks against the 1-D convolution.
import numpy as np

from conv_examples.ball import f, g
from conv_examples.convolution import convolve2d
from conv_examples.drawing import COLORS, new_mosaic

f2 = np.outer(f.probs, f.probs)
g2 = np.outer(g.probs, g.probs)
total = convolve2d(f2, g2)
fg = f.convolve(g)
assert np.isclose(total.sum(), 1.0)
assert np.allclose(total, np.outer(fg.probs, fg.probs))
print(f"total probability: {total.sum():.6g}; equals the outer product of the 1-D f∗g")

# %%
# f and g side by side, their convolution below, on one colour scale.
fig, axes = new_mosaic([["f", "g"], ["f*g", "f*g"]], height=5.6, height_ratios=[1, 1.4])
panels = (
    ("f", f2, f.start, "f(a₁, a₂)"),
    ("g", g2, g.start, "g(b₁, b₂)"),
    ("f*g", total, fg.start, "(f∗g)(c₁, c₂)"),
)
largest = max(f2.max(), g2.max(), total.max())
for key, grid, start, title in panels:
    ax = axes[key]
    end = start + len(grid) - 1
    image = ax.imshow(
        np.ma.masked_equal(grid, 0),
        cmap="Greys",
        vmin=0,
        vmax=largest,
        origin="lower",
        extent=(start - 0.5, end + 0.5, start - 0.5, end + 0.5),
    )
    ax.set_title(title, color=COLORS[key])
    ax.set(xlim=(-3.5, 5.5), ylim=(-3.5, 5.5), xticks=[-2, 0, 2, 4], yticks=[-2, 0, 2, 4])
fig.colorbar(image, ax=axes["f*g"], label="probability", ticks=[0, 0.05, 0.1, 0.15])

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
