"""
One way to travel 3
===================

To travel a total distance of 3, the ball may go 2 in the first drop and 1 in
the second. The two drops are independent, so this way has probability
f(2)·g(1). The post's second figure, in "Lessons from a dropped ball".
"""

# %%
from conv_examples.ball import c, f, g
from conv_examples.drawing import fmt, new_figure, two_drops

a = 2
b = c - a
probability = f.pmf(a) * g.pmf(b)
print(f"f({a})·g({b}) = {f.pmf(a)} × {g.pmf(b)} = {probability:.6g}")

# %%
fig, ax = new_figure(height=3.2)
two_drops(ax, f, g, a, b, labels=(str(a), str(b)), row_labels=(f"f({a})", f"g({b})"))
ax.set_title(f"f({a})·g({b}) = {fmt(f.pmf(a))} × {fmt(g.pmf(b))} = {fmt(probability)}")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.pmf``, ``conv_examples.drawing.two_drops``
