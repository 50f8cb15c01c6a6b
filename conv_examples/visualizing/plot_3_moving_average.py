"""
A moving average is a convolution
=================================

Convolution is not only about probabilities. Convolving a noisy signal with a
kernel of five equal weights, 1/5 each, replaces every value by the average of
its neighbourhood; convolving with a spike and a smaller, later spike adds a
fainter, delayed copy: an echo.
"""

# %%
import numpy as np

from conv_examples.convolution import convolve
from conv_examples.drawing import COLORS, new_figure

rng = np.random.default_rng(2014)
t = np.arange(120)
signal = np.sin(2 * np.pi * t / 60) + rng.normal(scale=0.35, size=t.size)
box = np.full(5, 1 / 5)
smooth = convolve(signal, box, mode="same")

clap = np.zeros(60)
clap[5:9] = [1.0, 0.6, 0.3, 0.1]
echo_kernel = np.zeros(26)
echo_kernel[[0, 25]] = [1.0, 0.5]
echoed = convolve(clap, echo_kernel)

# %%
fig, (average_ax, echo_ax) = new_figure(height=5.0, nrows=2)
average_ax.plot(t, signal, color=COLORS["faint"], lw=1, label="noisy signal")
average_ax.plot(t, smooth, color=COLORS["f*g"], lw=2.5, label="signal ∗ [1/5, …, 1/5]")
average_ax.set(xlabel="time step", title="Moving average")
average_ax.legend(loc="lower left", frameon=False, fontsize=11)
echo_ax.vlines(
    np.arange(echoed.size), 0, echoed, color=COLORS["f*g"], lw=3, label="clap ∗ [1, 0, …, 0, 0.5]"
)
heard = np.flatnonzero(clap)
echo_ax.plot(heard, clap[heard], "o", color=COLORS["f"], label="clap")
echo_ax.set(xlabel="time step", title="Echo")
echo_ax.legend(loc="upper right", frameon=False, fontsize=11)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.convolve``
