"""
Looking back: f(x) and f(−x)
============================

Forwards, a ball dropped at 0 lands at x with probability f(x): one ball fans
out to many landing places. Backwards, a ball that landed at 0 started at x
with probability f(−x): many starting places converge on one landing. The
first figure of "Visualizing convolutions".
"""

# %%
# :meth:`~conv_examples.convolution.Distribution.reversed` gives the
# distribution of −X: the same probabilities, mirrored about 0.
from conv_examples.ball import f
from conv_examples.drawing import fan, new_figure, position_axis

backwards = f.reversed()
print("f(x): ", dict(zip(f.support.tolist(), f.probs.tolist(), strict=True)))
print("f(−x):", dict(zip(backwards.support.tolist(), backwards.probs.tolist(), strict=True)))

# %%
fig, (forward_ax, backward_ax) = new_figure(height=3.4, ncols=2, sharey=True)
fan(forward_ax, (0, 1), f, 0)
fan(backward_ax, (0, 0), backwards, 1, inward=True)

for ax, title in ((forward_ax, "f(x): where it lands"), (backward_ax, "f(−x): where it came from")):
    position_axis(ax, -2, 2, label="x")
    ax.set_ylim(-0.4, 1.4)
    ax.set_title(title)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.reversed``, ``conv_examples.drawing.fan``
