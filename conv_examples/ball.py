"""The dropped ball's two landing distributions, shared by every figure.

A ball dropped once lands ``a`` units from where it was let go with
probability ``f(a)``; dropped again, from higher up, it rolls a further ``b``
units with probability ``g(b)``. Both lean to the right (positive distances),
so that mirroring them, as the reversal trick does, visibly changes them.
"""

from conv_examples.convolution import Distribution

#: First drop: distances −2 … 2, most often straight down.
f = Distribution([0.05, 0.15, 0.40, 0.25, 0.15], start=-2)

#: Second drop, from higher up: distances −1 … 3, spread wider to the right.
g = Distribution([0.15, 0.35, 0.25, 0.15, 0.10], start=-1)

#: The total distance the draft asks about.
c = 3
