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
assert ways.tolist() == [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]
print(dict(zip(two_dice.support.tolist(), ways.tolist(), strict=True)))

# %%
# Each bar is labelled with its number of ways; the heights are those counts
# out of 36, the probabilities.
fig, ax = new_figure(height=2.8)
ax.bar(two_dice.support, ways, width=0.8, color=COLORS["f*g"])
for total, count in zip(two_dice.support, ways, strict=True):
    ax.text(total, count + 0.1, str(count), ha="center", va="bottom")
position_axis(ax, 2, 12, label="total of two dice")
ax.set_ylim(0, 7)
ax.set_title("ways out of 36 to roll each total")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.convolve``
