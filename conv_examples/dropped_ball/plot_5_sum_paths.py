"""
Every path to c
===============

Summing over every intermediate position a gives the convolution:
(f∗g)(c) = Σₐ f(a)·g(c − a). All paths are drawn, those ending at c = 3 in
red; the bottom row's ball sizes are the whole distribution f∗g. The post's
fifth figure.
"""

# %%
# The paths into c, each with its probability, add up to the module's
# convolution at c.
from conv_examples.ball import c, f, g
from conv_examples.drawing import COLORS, fmt, new_figure, path_tree, row_label

paths = {int(a): f.pmf(a) * g.pmf(c - a) for a in f.support if g.pmf(c - a) > 0}
total = f.convolve(g).pmf(c)
print("paths into c:", paths)
print(f"sum = {sum(paths.values()):.6g}, (f∗g)({c}) = {total:.6g}")

# %%
fig, ax = new_figure(height=3.8)
path_tree(ax, f, g, c)
row_label(ax, 1, "f(a)", COLORS["f"])
row_label(ax, 0, "Σₐ f(a)·g(c−a)", COLORS["f*g"])
terms = " + ".join(fmt(p) for p in paths.values())
ax.set_title(f"(f∗g)({c}) = {terms} = {fmt(total)}")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.convolve``, ``conv_examples.drawing.path_tree``
