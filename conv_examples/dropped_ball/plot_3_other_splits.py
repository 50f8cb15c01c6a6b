"""
Two more ways to travel 3
=========================

The ball can also reach 3 by going 1 and then 2, or 0 and then 3. Each way has
its own probability, f(1)·g(2) and f(0)·g(3). The post's third figure, in
"Lessons from a dropped ball".
"""

# %%
# One panel above the other, on one position axis, so that the two ways line
# up where they both end: at 3.
from conv_examples.ball import c, f, g
from conv_examples.drawing import fmt, new_figure, two_drops

fig, axes = new_figure(height=6.2, nrows=2, sharex=True)
fig.get_layout_engine().set(h_pad=0.15)
for ax, a in zip(axes, (1, 0), strict=True):
    b = c - a
    probability = f.pmf(a) * g.pmf(b)
    print(f"f({a})·g({b}) = {probability:.6g}")
    two_drops(ax, f, g, a, b, labels=(str(a), str(b)), row_labels=(f"f({a})", f"g({b})"))
    ax.set_title(f"f({a})·g({b}) = {fmt(f.pmf(a))} × {fmt(g.pmf(b))} = {fmt(probability)}")

axes[0].set_xlabel("")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.pmf``, ``conv_examples.drawing.two_drops``
