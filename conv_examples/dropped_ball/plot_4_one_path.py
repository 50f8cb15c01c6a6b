"""
One path through an intermediate position
=========================================

Thinking in positions: the first drop puts the ball at an intermediate
position a with probability f(a); from there it reaches c with probability
g(c − a). Arrow opacity and ball size follow the probabilities; the path
a = 1 → c = 3 is highlighted. The post's fourth figure.
"""

# %%
from conv_examples.ball import c, f, g
from conv_examples.drawing import COLORS, fmt, new_figure, path_tree, row_label

a = 1
probability = f.pmf(a) * g.pmf(c - a)
print(f"f({a})·g({c} − {a}) = {probability:.6g}")

# %%
fig, ax = new_figure(height=3.6)
path_tree(ax, f, g, c, a=a)
row_label(ax, 1, "f(a)", COLORS["f"])
row_label(ax, 0, "f(a)·g(c−a)", COLORS["g"])
ax.set_title(f"a = {a}, c = {c}:  f({a})·g({c - a}) = {fmt(probability)}")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution``, ``conv_examples.drawing.path_tree``
