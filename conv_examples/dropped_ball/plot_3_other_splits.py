"""
Two more ways to travel 3
=========================

The ball can also reach 3 by going 1 and then 2, or 0 and then 3. Each way has
its own probability, f(1)·g(2) and f(0)·g(3). The post's third figure, in
"Lessons from a dropped ball".
"""

# %%
from conv_examples.ball import c, f, g
from conv_examples.drawing import fmt, new_figure, two_drops

fig, axes = new_figure(height=3.6, ncols=2)
for ax, a in zip(axes, (1, 0), strict=True):
    b = c - a
    probability = f.pmf(a) * g.pmf(b)
    print(f"f({a})·g({b}) = {probability:.6g}")
    two_drops(ax, f, g, a, b, labels=(str(a), str(b)), row_labels=(f"f({a})", f"g({b})"))
    ax.set_title(f"f({a})·g({b}) = {fmt(probability)}")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.pmf``, ``conv_examples.drawing.two_drops``
