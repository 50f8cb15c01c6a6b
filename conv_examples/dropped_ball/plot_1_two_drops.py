"""
Two drops of a ball
===================

A ball dropped from above lands ``a`` units from its starting point with
probability f(a); dropped again from there, it rolls ``b`` units further with
probability g(b). This is the first figure of the post, in "Lessons from a
dropped ball".
"""

# %%
# The two landing distributions are shared by every figure: f for the first
# drop, g for the second, from higher up, so it spreads wider.
from conv_examples.ball import f, g
from conv_examples.drawing import new_figure, two_drops

print("f:", dict(zip(f.support.tolist(), f.probs.tolist(), strict=True)))
print("g:", dict(zip(g.support.tolist(), g.probs.tolist(), strict=True)))

# %%
# The ball lands a = 1 away after the first drop and rolls b = 2 further in
# the second; the bars show how likely every other landing place was.
fig, ax = new_figure(height=3.3)
two_drops(ax, f, g, a=1, b=2, total_label="a + b")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution``, ``conv_examples.drawing.two_drops``
