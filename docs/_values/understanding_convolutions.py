"""Numbers and generated sentences for understanding-convolutions.md.

Every value is computed from the module and the shared f and g, so the prose
changes with them. Sentences that state a structure (which value is largest,
which routes exist) are asserted here, so the build fails if they stop holding.
"""

import numpy as np

from conv_examples.ball import c, f, g
from conv_examples.convolution import convolve
from conv_examples.drawing import fmt

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}

# The echo and the moving average of the gallery example
# auto_examples/visualizing/plot_3_moving_average: chosen inputs, not results.
CLAP = [1.0, 0.6, 0.3, 0.1]
CLAP_START = 2
ECHO_DELAY = 25
ECHO = np.zeros(ECHO_DELAY + 1)
ECHO[[0, ECHO_DELAY]] = [1.0, 0.5]


def name(n):
    """A position as part of a placeholder name: -2 → m2."""
    return f"m{-n}" if n < 0 else str(n)


def text(n):
    """A whole number as running text, with a true minus sign."""
    return f"−{-n}" if n < 0 else str(n)


def distribution_table(f, g):
    rows = ["| offset $x$ | $f(x)$ | $g(x)$ |", "|---:|---:|---:|"]
    lo, hi = min(f.start, g.start), max(f.support[-1], g.support[-1])
    for x in range(lo, hi + 1):
        rows.append(f"| ${x}$ | {fmt(f.pmf(x))} | {fmt(g.pmf(x))} |")
    return "\n".join(rows)


def routes(end):
    """The first-drop offsets a from which the ball can still end at *end*."""
    return [a for a in f.support if f.pmf(a) * g.pmf(end - a) > 0]


def route_table(end):
    rows = [
        "| first drop $a$ | second drop $b = c - a$ | $f(a) \\cdot g(b)$ |",
        "|---:|---:|---:|",
    ]
    for a in routes(end):
        product = f.pmf(a) * g.pmf(end - a)
        rows.append(
            f"| ${a}$ | ${end - a}$ | {fmt(f.pmf(a))} × {fmt(g.pmf(end - a))} = {fmt(product)} |"
        )
    return "\n".join(rows)


def conditional_table(end, total):
    rows = [
        "| $a$ | $f(a) \\cdot g(c - a)$ | $P(X = a \\mid X + Y = c)$ |",
        "|---:|---:|---:|",
    ]
    for a in routes(end):
        product = f.pmf(a) * g.pmf(end - a)
        rows.append(f"| ${a}$ | {fmt(product)} | {product / total:.3f} |")
    return "\n".join(rows)


def values():
    fg = f.convolve(g)
    v = {"c": str(c)}
    for x in range(min(f.start, g.start), max(f.support[-1], g.support[-1]) + 1):
        v[f"f_at_{name(x)}"] = fmt(f.pmf(x))
        v[f"g_at_{name(x)}"] = fmt(g.pmf(x))
    for x in fg.support:
        v[f"fg_at_{name(x)}"] = fmt(fg.pmf(x))
    v["f_g_table"] = distribution_table(f, g)
    v["f_values"] = ", ".join(fmt(p) for p in f.probs)
    v["g_values"] = ", ".join(fmt(p) for p in g.probs)
    v["fg_first"], v["fg_last"] = str(fg.support[0]), str(fg.support[-1])
    v["fg_values"] = ", ".join(fmt(p) for p in fg.probs)
    v["f_reversed_values"] = ", ".join(fmt(p) for p in f.probs[::-1])
    v["g_reversed_values"] = ", ".join(fmt(p) for p in g.probs[::-1])
    v["g_max"] = fmt(g.probs.max())

    # The routes to c, one per first-drop offset a, and the ones that cannot happen.
    to_c = routes(c)
    assert to_c == [0, 1, 2], f"the page draws the routes through 0, 1 and 2 to c, not {to_c}"
    for a in f.support:
        for b in g.support:
            v[f"route_{name(a)}_{name(b)}"] = fmt(f.pmf(a) * g.pmf(b))
    v["routes_to_c"] = WORDS[len(to_c)]
    v["routes_to_c_sum"] = " + ".join(v[f"route_{name(a)}_{name(c - a)}"] for a in to_c)
    v["fg_at_c"] = fmt(fg.pmf(c))
    v["route_table_c"] = route_table(c)
    v["conditional_table_c"] = conditional_table(c, fg.pmf(c))
    # The impossible first drops named on the page: −1 needs g(4), 3 has f(3) = 0.
    assert g.pmf(c + 1) == 0 and f.pmf(3) == 0
    conditional = {a: f.pmf(a) * g.pmf(c - a) / fg.pmf(c) for a in to_c}
    for a, chance in conditional.items():
        v[f"given_c_from_{name(a)}"] = f"{chance:.3f}"
    v["given_c_likeliest"] = text(max(conditional, key=conditional.get))

    # Reading the flip-and-slide figure, whose columns are c = 1, 3 and 5.
    peak = int(fg.support[np.argmax(fg.probs)])
    assert peak == 1, f"the page says f∗g peaks at c = 1, but it peaks at {peak}"
    assert f.support[np.argmax(f.probs)] == 0 and g.support[np.argmax(g.probs)] == 0, (
        "the page says the tallest bars of f and g are at 0"
    )
    overlap_1 = [a for a in f.support if g.pmf(1 - a) > 0]
    v["overlap_at_1"] = WORDS[len(overlap_1)]
    v["products_at_1"] = ", ".join(fmt(f.pmf(a) * g.pmf(1 - a)) for a in overlap_1)
    assert routes(5) == [2], "the page says only a = 2 reaches c = 5"

    # Exercise: (f∗g)(0) by flip and slide.
    zero = routes(0)
    v["ex_zero_list"] = "\n".join(
        f"- $a = {a}$: $f({a}) \\cdot g({-a}) = {fmt(f.pmf(a))} \\times {fmt(g.pmf(-a))} "
        f"= {fmt(f.pmf(a) * g.pmf(-a))}$"
        for a in zero
    )
    v["ex_zero_products"] = " + ".join(fmt(f.pmf(a) * g.pmf(-a)) for a in zero)
    v["ex_zero_positions"] = ", ".join(text(a) for a in zero)
    v["ex_zero_count"] = WORDS[len(zero)]
    v["ex_zero_answer"] = fmt(sum(f.pmf(a) * g.pmf(-a) for a in zero))
    assert v["ex_zero_answer"] == fmt(fg.pmf(0))
    # Exercise: given an end at 0, the likeliest first landing.
    given_zero = {a: f.pmf(a) * g.pmf(-a) / fg.pmf(0) for a in zero}
    likeliest = max(given_zero, key=given_zero.get)
    v["ex_given_zero_a"] = text(likeliest)
    v["ex_given_zero_product"] = fmt(f.pmf(likeliest) * g.pmf(-likeliest))
    v["ex_given_zero_chance"] = f"{given_zero[likeliest]:.3f}"
    # Exercise: [1, 2] ∗ [3, 0, 1] as a sum of shifted copies.
    v["ex_copies_answer"] = ", ".join(str(n) for n in convolve([1, 2], [3, 0, 1]))

    # The echo: the kernel is what a single clap of height 1 turns into.
    heard = convolve(CLAP, ECHO)
    late = CLAP_START + ECHO_DELAY + 1
    v["echo_delay"] = str(ECHO_DELAY)
    v["echo_copy"] = ", ".join(fmt(x) for x in heard[ECHO_DELAY : ECHO_DELAY + len(CLAP)])
    v["clap_values"] = ", ".join(fmt(x) for x in CLAP)
    v["clap_first"], v["clap_last"] = str(CLAP_START), str(CLAP_START + len(CLAP) - 1)
    v["echo_first"] = str(CLAP_START + ECHO_DELAY)
    v["echo_last"] = str(CLAP_START + ECHO_DELAY + len(CLAP) - 1)
    v["echo_late_step"] = str(late)
    v["echo_late_source"] = str(late - ECHO_DELAY)
    v["echo_late_clap"] = fmt(CLAP[late - ECHO_DELAY - CLAP_START])
    v["echo_late_value"] = fmt(heard[late - CLAP_START])
    assert np.array_equal(convolve([1.0], ECHO), ECHO), "a single clap must give back the kernel"

    # The moving average with mode="same": value n averages values n − 2 … n + 2.
    signal = np.random.default_rng(0).normal(size=40)
    same = convolve(signal, np.full(5, 1 / 5), mode="same")
    window = np.array([signal[n - 2 : n + 3].mean() for n in range(2, 38)])
    assert np.allclose(same[2:38], window), "mode='same' should centre the five weights"
    return v
