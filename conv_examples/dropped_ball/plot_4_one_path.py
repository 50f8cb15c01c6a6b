"""
One path through an intermediate position
=========================================

Thinking in positions: the first drop puts the ball at an intermediate
position a with probability f(a); from there it reaches c with probability
g(c − a). Arrow opacity and ball area follow the probabilities; the path
a = 1 → c = 3 is highlighted, and its chance printed beside it. The post's
fourth figure.
"""

# %%
# The bottom row holds every place the ball can end by way of a = 1, each
# with its chance f(1)·g(x − 1), on the same scale as the first row.
from conv_examples.ball import c, f, g
from conv_examples.drawing import fmt, new_figure, path_tree

a = 1
probability = f.pmf(a) * g.pmf(c - a)
ends = a + g.support
legs = [(a, int(x), f.pmf(a) * g.pmf(x - a)) for x in ends]
print(f"f({a})·g({c} − {a}) = {probability:.6g}")

# %%
fig, ax = new_figure(height=3.2)
path_tree(
    ax,
    first=(f.support, f.probs),
    last=(ends, f.pmf(a) * g.probs),
    legs=legs,
    c=c,
    paths={a: probability},
    labels=("f(a)", f"f({a})·g(x−{a})"),
)
ax.set_title(f"a = {a}, c = {c}:  f({a})·g({c - a}) = {fmt(probability)}")

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.pmf``, ``conv_examples.drawing.path_tree``
