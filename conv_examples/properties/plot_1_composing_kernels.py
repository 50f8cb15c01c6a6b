"""
Two kernels make one
====================

Convolving a signal with one width-3 kernel and then with another gives the
same result as convolving it once with their convolution, a width-5 kernel:
convolution is associative. The script checks it, in both orders.
"""

# %%
# Two small smoothing kernels, a box of thirds and a binomial of quarters.
from fractions import Fraction

import matplotlib.pyplot as plt
import numpy as np

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, STYLE

k1 = np.array([1, 1, 1]) / 3
k2 = np.array([1, 2, 1]) / 4
combined = convolve(k1, k2)

rng = np.random.default_rng(7)
t = np.arange(30)
signal = np.where((t >= 8) & (t < 20), 1.0, 0.0) + rng.normal(scale=0.25, size=t.size)

one_then_other = convolve(convolve(signal, k1), k2)
other_then_one = convolve(convolve(signal, k2), k1)
at_once = convolve(signal, combined)
largest_difference = max(
    np.abs(one_then_other - at_once).max(), np.abs(other_then_one - at_once).max()
)
assert len(combined) == len(k1) + len(k2) - 1 == 5
assert largest_difference < 1e-12


def as_fractions(kernel):
    """A kernel as whole numbers over one common denominator, e.g. [1, 3, 4, 3, 1]/12."""
    fractions = [Fraction(float(w)).limit_denominator(1000) for w in kernel]
    common = int(np.lcm.reduce([q.denominator for q in fractions]))
    return f"[{', '.join(str(int(q * common)) for q in fractions)}] / {common}"


# %%
plt.rcParams.update(STYLE)
fig, axes = plt.subplot_mosaic(
    [["k1", "k2"], ["k12", "k12"], ["signal", "signal"]],
    figsize=(4.0, 6.2),
    layout="constrained",
    height_ratios=[1, 0.9, 2],
)
for name, kernel, color, title in (
    ("k1", k1, COLORS["f"], "k₁"),
    ("k2", k2, COLORS["g"], "k₂"),
    ("k12", combined, COLORS["f*g"], f"k₁ ∗ k₂ = {as_fractions(combined)}"),
):
    ax = axes[name]
    ax.bar(np.arange(len(kernel)), kernel, width=0.7, color=color)
    ax.set_title(title, fontsize=13)
    ax.set_xticks(np.arange(len(kernel)))
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(0, 0.52)
axes["k1"].set_xlabel(as_fractions(k1), fontsize=12)
axes["k2"].set_xlabel(as_fractions(k2), fontsize=12)
ax = axes["signal"]
positions = np.arange(len(at_once)) - (len(combined) - 1) // 2
ax.plot(t, signal, color=COLORS["faint"], lw=1.5, label="signal x")
ax.plot(positions, one_then_other, color=COLORS["f*g"], lw=4, label="(x ∗ k₁) ∗ k₂")
ax.plot(positions, at_once, "o", color=COLORS["ink"], ms=3.5, label="x ∗ (k₁ ∗ k₂)")
ax.set(xlabel="position", xlim=(-3, 32))
ax.legend(loc="upper left", frameon=False, fontsize=12, handlelength=1.5)
ax.set_ylim(-0.7, 2.3)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
