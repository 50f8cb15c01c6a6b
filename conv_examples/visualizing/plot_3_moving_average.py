"""
A moving average is a convolution
=================================

Convolution is not only about probabilities. Convolving a noisy signal with a
kernel of five equal weights, 1/5 each, replaces every value by the average of
its neighbourhood. Convolving a clap with a kernel of two spikes, 1 now and
0.5 twenty-five steps later, adds a fainter copy 25 steps later: an echo.
"""

# %%
import numpy as np

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, TICKS, new_figure

rng = np.random.default_rng(2014)
t = np.arange(120)
signal = np.sin(2 * np.pi * t / 60) + rng.normal(scale=0.35, size=t.size)
box = np.full(5, 1 / 5)
smooth = convolve(signal, box, mode="same")

DELAY = 25
clap = np.zeros(40)
clap[2:6] = [1.0, 0.6, 0.3, 0.1]
echo_kernel = np.zeros(DELAY + 1)
echo_kernel[[0, DELAY]] = [1.0, 0.5]
echoed = convolve(clap, echo_kernel)[: clap.size]
assert np.allclose(echoed[DELAY + 2 : DELAY + 6], 0.5 * clap[2:6])

# %%
# Three panels: the moving average, then the echo's kernel (orange, as g is
# everywhere) and what it does to a clap.
fig, (average_ax, kernel_ax, echo_ax) = new_figure(height=6.0, nrows=3, height_ratios=[3, 1.6, 2.4])
average_ax.plot(t, signal, color=COLORS["faint"], lw=1, label="noisy signal")
average_ax.plot(t, smooth, color=COLORS["f*g"], lw=2.5, label="signal ∗ [1/5 × 5]")
average_ax.set(xlabel="time step", ylabel="value", title="Moving average", ylim=(-3.3, 2.0))
average_ax.legend(loc="lower center", frameon=False)

kernel_ax.vlines(
    np.flatnonzero(echo_kernel), 0, echo_kernel[echo_kernel > 0], color=COLORS["g"], lw=3
)
kernel_ax.plot(np.flatnonzero(echo_kernel), echo_kernel[echo_kernel > 0], "o", color=COLORS["g"])
kernel_ax.set(
    title=f"Echo kernel: 1 now, 0.5 after {DELAY} steps",
    ylabel="weight",
    xlim=(-1.5, clap.size - 0.5),
    ylim=(0, 1.2),
    yticks=[0, 0.5, 1],
)

heard = np.flatnonzero(clap)
echo_ax.vlines(np.arange(echoed.size), 0, echoed, color=COLORS["f*g"], lw=3, label="clap ∗ kernel")
echo_ax.plot(heard, clap[heard], "o", color=COLORS["f"], label="clap")
echo_ax.annotate(
    f"echo, {DELAY} steps later",
    xy=(DELAY + 3, 0.55),
    xytext=(8, 0.45),
    arrowprops={"arrowstyle": "-|>", "color": COLORS["ink"]},
)
echo_ax.set(
    xlabel="time step",
    ylabel="loudness",
    xlim=(-1.5, clap.size - 0.5),
    ylim=(0, 1.2),
    yticks=[0, 0.5, 1],
)
echo_ax.legend(loc="upper right", frameon=False)
for ax in (average_ax, kernel_ax, echo_ax):
    ax.yaxis.set_major_formatter(TICKS)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
