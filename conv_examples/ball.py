"""The dropped ball's two landing distributions, shared by every figure.

A ball dropped once lands ``a`` units from where it was let go with
probability ``f(a)``; dropped again, from higher up, it rolls a further ``b``
units with probability ``g(b)``. Both lean to the right (positive distances),
so that mirroring them, as the reversal trick does, visibly changes them.
"""

import numpy as np

from conv_examples.convolution import Distribution

#: First drop: distances −2 … 2, most often straight down.
f = Distribution([0.05, 0.15, 0.40, 0.25, 0.15], start=-2)

#: Second drop, from higher up: distances −1 … 3, spread wider to the right.
g = Distribution([0.15, 0.35, 0.25, 0.15, 0.10], start=-1)

#: The total distance the draft asks about.
c = 3

#: The evidence page's experiment: this many simulated double drops, from one
#: seed, so that its figure and its prose see the same sample at every build.
DROPS = 100_000
SEED = 20140708


def simulated_totals():
    """Where each of the DROPS simulated double drops ends."""
    rng = np.random.default_rng(SEED)
    return f.sample(DROPS, rng) + g.sample(DROPS, rng)
