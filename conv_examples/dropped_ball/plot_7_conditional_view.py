"""
The second drop, seen from the start
====================================

The footnote's conditional view: given a first landing at a, the ball ends at
c with probability g(c − a), the second drop's distribution shifted to start
at a. Here a = 1 and c = 3, so the second row weighs the landing at 3 by
g(3 − 1) = g(2). The figure of the footnote on the standard definition.
"""

# %%
from conv_examples.ball import c, f, g
from conv_examples.drawing import COLORS, fmt, new_figure, two_drops

a = 1
print(f"f({a}) = {f.pmf(a)}, g({c} − {a}) = {g.pmf(c - a)}")

# %%
# It sits in a footnote, indented: narrower than the other figures, so that
# its text stays as large on a phone.
fig, ax = new_figure(height=3.2, width=3.6)
two_drops(
    ax,
    f,
    g,
    a,
    c - a,
    labels=("a", "c − a"),
    row_labels=("f(a)", "g(c − a)"),
    total_label=f"c = {c}",
    total_color=COLORS["path"],
)
ax.set_title(f"f({a})·g({c} − {a}) = {fmt(f.pmf(a) * g.pmf(c - a))}")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.pmf``, ``conv_examples.drawing.two_drops``
