"""
Simulated drops agree with f∗g
==============================

Drop the ball twice, 100 000 times over, drawing the first distance from f
and the second from g, and count where it ends. The histogram of the totals
lies on the convolution f∗g, bar for bar; the largest gap between the two is
written on the figure.
"""

# %%
# The seed is fixed in conv_examples.ball: the figure and the page's numbers
# see the same sample at every build.
import numpy as np

from conv_examples.ball import DROPS, f, g, simulated_totals
from conv_examples.drawing import COLORS, new_figure, position_axis

totals = simulated_totals()
predicted = f.convolve(g)
observed = np.array([(totals == c).mean() for c in predicted.support])
deviation = np.abs(observed - predicted.probs).max()
print(f"largest deviation over {DROPS:,} drops: {deviation:.5f}")

# %%
fig, ax = new_figure(height=3.2)
ax.bar(
    predicted.support,
    observed,
    width=0.8,
    color=COLORS["faint"],
    alpha=0.6,
    label=f"{DROPS:,} drops",
)
ax.plot(predicted.support, predicted.probs, "o", ms=10, color=COLORS["f*g"], label="(f∗g)(c)")
position_axis(
    ax, predicted.support[0], predicted.support[-1], label="total distance c", ylabel="probability"
)
ax.set(ylim=(0, 0.34), yticks=[0, 0.1, 0.2, 0.3])
ax.legend(frameon=False, loc="upper left")
ax.text(0.98, 0.97, f"largest gap:\n{deviation:.4f}", transform=ax.transAxes, ha="right", va="top")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.sample``,
#    ``conv_examples.convolution.Distribution.convolve``
