"""
Looking back: f(x) and f(−x)
============================

Forwards, a ball dropped at 0 lands x away with probability f(x): one ball
fans out to many landing places. Backwards, the offset from where the ball
landed back to where it was dropped is x with probability f(−x): the same
fan, mirrored, with its arrows turned round. The first figure of
"Visualizing convolutions".
"""

# %%
# :meth:`~conv_examples.convolution.Distribution.reversed` gives the
# distribution of −X: the same probabilities, mirrored about 0.
from conv_examples.ball import f
from conv_examples.drawing import drop_arrow, fan, new_figure, position_axis

backwards = f.reversed()
assert backwards.pmf(-2) == f.pmf(2) and backwards.pmf(2) == f.pmf(-2)
print("f(x): ", dict(zip(f.support.tolist(), f.probs.tolist(), strict=True)))
print("f(−x):", dict(zip(backwards.support.tolist(), backwards.probs.tolist(), strict=True)))

# %%
# Above, the drop: from the ball at 0 to where it lands. Below, the way back:
# from the landing place, now at 0, to where the ball started.
fig, (forward_ax, backward_ax) = new_figure(height=4.4, nrows=2, sharex=True)
fan(forward_ax, (0, 1), f, 0)
drop_arrow(forward_ax, 0, 1, length=0.25)
fan(backward_ax, (0, 0), backwards, 1, inward=True)

for ax, title in (
    (forward_ax, "landing − start = x: chance f(x)"),
    (backward_ax, "start − landing = x: chance f(−x)"),
):
    position_axis(ax, -2, 2, label="x")
    ax.set_ylim(-0.3, 1.5)
    ax.set_title(title)
forward_ax.set_xlabel("")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.reversed``, ``conv_examples.drawing.fan``
