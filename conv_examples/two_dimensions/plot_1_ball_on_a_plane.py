"""
A ball dropped on a plane
=========================

On a plane the ball lands at (a₁, a₂) with probability f(a₁, a₂), then rolls
(b₁, b₂) further with probability g(b₁, b₂). The chance of ending at
(c₁, c₂) is the 2-D convolution
(f∗g)(c₁, c₂) = Σ f(a₁, a₂)·g(c₁ − a₁, c₂ − a₂).
"""

# %%
# Each drop moves the ball independently along the two axes, so its 2-D
# distribution is the outer product of the 1-D one with itself.
import numpy as np

from conv_examples.ball import f, g
from conv_examples.convolution import convolve2d
from conv_examples.drawing import new_figure

f2 = np.outer(f.probs, f.probs)
g2 = np.outer(g.probs, g.probs)
total = convolve2d(f2, g2)
fg = f.convolve(g)
print("total probability:", total.sum())
print("equals the outer product of the 1-D f∗g:", np.allclose(total, np.outer(fg.probs, fg.probs)))

# %%
# Each panel is scaled to its own largest probability; the sums spread wider.
fig, axes = new_figure(height=2.9, ncols=3)
panels = (
    (f2, f.start, "f(a₁, a₂)", "Blues"),
    (g2, g.start, "g(b₁, b₂)", "Oranges"),
    (total, fg.start, "(f∗g)(c₁, c₂)", "Greens"),
)
for ax, (grid, start, title, cmap) in zip(axes, panels, strict=True):
    end = start + len(grid) - 1
    ax.imshow(
        grid,
        cmap=cmap,
        vmin=0,
        origin="lower",
        extent=(start - 0.5, end + 0.5, start - 0.5, end + 0.5),
    )
    ax.set(
        title=title, xlim=(-3.5, 5.5), ylim=(-3.5, 5.5), xticks=[-2, 0, 2, 4], yticks=[-2, 0, 2, 4]
    )

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve2d``
