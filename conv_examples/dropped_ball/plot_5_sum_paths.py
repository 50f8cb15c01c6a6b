"""
Every path to c
===============

Summing over every intermediate position a gives the convolution:
(f∗g)(c) = Σₐ f(a)·g(c − a). All paths are drawn, the three that end at
c = 3 in red, each with its chance printed beside it; the bottom row's ball
areas are the whole distribution f∗g. The post's fifth figure.
"""

# %%
# The paths into c, each with its probability, add up to the module's
# convolution at c.
import math

from conv_examples.ball import c, f, g
from conv_examples.drawing import fmt, new_figure, path_tree

paths = {int(a): f.pmf(a) * g.pmf(c - a) for a in f.support if g.pmf(c - a) > 0}
total = f.convolve(g)
assert math.isclose(sum(paths.values()), total.pmf(c))
legs = [(int(a), int(a + b), f.pmf(a) * g.pmf(b)) for a in f.support for b in g.support]
print("paths into c:", paths)
print(f"sum = {sum(paths.values()):.6g} = (f∗g)({c})")

# %%
fig, ax = new_figure(height=3.9)
path_tree(
    ax,
    first=(f.support, f.probs),
    last=(total.support, total.probs),
    legs=legs,
    c=c,
    paths=paths,
    labels=("f(a)", "(f∗g)(x)"),
)
terms = " + ".join(fmt(p) for p in paths.values())
ax.set_title(f"(f∗g)({c}) = {terms} = {fmt(total.pmf(c))}")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.convolve``, ``conv_examples.drawing.path_tree``
