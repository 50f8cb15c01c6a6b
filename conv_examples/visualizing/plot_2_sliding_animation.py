"""
Sliding g across f
==================

The flipped g(c − a) slides along f(a) as c grows; at each whole number c the
overlap's products add up to (f∗g)(c), which the lower panel traces out point
by point. Press play, or step through the frames one at a time.
"""

# %%
# Three frames per unit step keep the slide smooth and the page light.
import numpy as np
from matplotlib.animation import FuncAnimation

from conv_examples.ball import f, g
from conv_examples.drawing import COLORS, fmt, new_figure

STEPS_PER_UNIT = 3
total = f.convolve(g)
flipped = g.reversed()
shifts = np.arange(total.support[0] - 1, total.support[-1] + 1 + 1e-9, 1 / STEPS_PER_UNIT)
positions = np.arange(-7, 8)
print(f"{len(shifts)} frames; f∗g =", np.round(total.probs, 4).tolist())

# %%
fig, (slide_ax, trace_ax) = new_figure(height=4.2, nrows=2, sharex=True, dpi=80)
slide_ax.bar(positions, f.pmf(positions), color=COLORS["f"], alpha=0.8, label="f(a)")
flipped_bars = slide_ax.bar(
    flipped.support,
    flipped.probs,
    width=0.8,
    fill=False,
    edgecolor=COLORS["g"],
    lw=2.5,
    label="g(c − a)",
)
# Headroom above the bars keeps the legend clear of them.
slide_ax.set(ylabel="probability", ylim=(0, 0.62))
slide_ax.legend(loc="upper left", frameon=False, ncols=2)
trace = trace_ax.bar(total.support, total.probs, color=COLORS["f*g"])
trace_ax.set(
    xlabel="a, and c",
    ylabel="(f∗g)(c)",
    ylim=(0, 0.3),
    xticks=positions[1::2],
    xlim=(positions[0] - 0.5, positions[-1] + 0.5),
)
marker = trace_ax.axvline(shifts[0], color=COLORS["path"], lw=2)


def draw_frame(shift):
    for bar, x in zip(flipped_bars, flipped.support + shift, strict=True):
        bar.set_x(x - 0.4)
    for bar, c in zip(trace, total.support, strict=True):
        bar.set_visible(c <= shift + 1e-9)
    marker.set_xdata([shift])
    whole = np.isclose(shift, np.round(shift))
    c = int(np.round(shift))
    label = f"{c}" if whole else f"{shift:.2f}"
    label = label.replace("-", "−")
    slide_ax.set_title(
        f"c = {label}:  (f∗g)({label}) = {fmt(total.pmf(c))}" if whole else f"c = {label}",
        fontsize=13,
    )
    return [*flipped_bars, *trace, marker]


animation = FuncAnimation(fig, draw_frame, frames=shifts, interval=250)

# %%
# .. admonition:: References
#
#    ``conv_examples.convolution.Distribution.convolve``,
#    ``conv_examples.convolution.Distribution.reversed``
