"""
Two dice, counted by hand
=========================

The total of two fair dice is the convolution of one die with itself. Each
bar's height is its number of ways out of 36 — 1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1
— which you can count on a 6 × 6 grid.
"""

# %%
from conv_examples.convolution import Distribution
from conv_examples.drawing import COLORS, new_figure, position_axis

die = Distribution([1 / 6] * 6, start=1)
two_dice = die.convolve(die)
ways = (two_dice.probs * 36).round().astype(int)
print(dict(zip(two_dice.support.tolist(), ways.tolist(), strict=True)))

# %%
fig, ax = new_figure(height=3.4)
ax.bar(two_dice.support, two_dice.probs, width=0.8, color=COLORS["f*g"])
for total, count, p in zip(two_dice.support, ways, two_dice.probs, strict=True):
    ax.text(total, p, f"{count}/36", ha="center", va="bottom", fontsize=11)
position_axis(ax, 2, 12, label="total of two dice")
ax.set_ylim(0, 0.2)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.convolve``
