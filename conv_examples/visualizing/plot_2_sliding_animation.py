"""
Sliding g across f
==================

As c grows, the flipped g(c − a) (orange outlines) slides along f(a) (blue).
At each whole number c the products f(a)·g(c − a) (middle) add up to
(f∗g)(c), which the bottom panel traces point by point. Press play, or step
through the frames one at a time.
"""

# %%
# Every number comes from the convolution module; ``conv_examples.sliding``
# only draws them. Between whole numbers g(c − a) meets no point of f, so
# those frames show the slide and take no sum.
import numpy as np
from matplotlib.animation import FuncAnimation

from conv_examples.ball import f, g
from conv_examples.sliding import SlidingPicture

STEPS_PER_UNIT = 2
total = f.convolve(g)
flipped = g.reversed()
a = np.arange(-6, 7)
products = {int(c): f.pmf(a) * flipped.pmf(a - c) for c in total.support}
assert all(np.isclose(products[c].sum(), total.pmf(c)) for c in products)
steps = (len(total.support) - 1) * STEPS_PER_UNIT
shifts = [total.support[0] + k / STEPS_PER_UNIT for k in range(steps + 1)]

picture = SlidingPicture(a, f.pmf(a), flipped, products, total)
animation = FuncAnimation(picture.figure, picture.draw, frames=shifts, interval=400, repeat=False)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.convolve``,
#    ``conv_examples.convolution.Distribution.reversed``,
#    ``conv_examples.convolution.Distribution.pmf``
