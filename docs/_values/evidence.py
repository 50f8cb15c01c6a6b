"""Numbers and generated sentences for evidence.md, computed from the module.

The simulation repeats the one of the gallery example
auto_examples/evidence/plot_1_simulated_drops (same seed, same number of
drops), so the page and the figure report the same gap.
"""

import itertools
from fractions import Fraction

import numpy as np

from conv_examples.ball import DROPS, c, f, g, simulated_totals
from conv_examples.convolution import Distribution
from conv_examples.drawing import fmt


def standard_error(p, n):
    return np.sqrt(p * (1 - p) / n)


def values():
    totals = simulated_totals()
    predicted = f.convolve(g)
    observed = np.array([(totals == x).mean() for x in predicted.support])
    gaps = np.abs(observed - predicted.probs)
    worst = int(np.argmax(gaps))
    errors = standard_error(predicted.probs, DROPS)
    others = np.arange(len(gaps)) != worst
    within = int(np.sum(gaps[others] < errors[others]))
    p_worst = predicted.probs[worst]
    v = {
        "fg_values": ", ".join(fmt(p) for p in predicted.probs),
        "largest_gap": f"{gaps[worst]:.5f}",
        "largest_gap_rounded": f"{gaps[worst]:.4f}",
        "worst_c": f"{predicted.support[worst]}",
        "worst_p": fmt(p_worst),
        "worst_q": fmt(1 - p_worst),
        "worst_se": f"{errors[worst]:.5f}",
        "gap_in_errors": f"{gaps[worst] / errors[worst]:.1f}",
        "smallest_se": f"{errors.min():.5f}",
        "largest_se": f"{errors.max():.5f}",
        "others_within": (
            "Every other bar is"
            if within == others.sum()
            else f"{within} of the other {others.sum()} bars are"
        ),
    }

    # Two dice: the module's counts, and the grid of the page counted again by hand.
    die = Distribution([1 / 6] * 6, start=1)
    two = die.convolve(die)
    counts = {int(t): round(p * 36) for t, p in zip(two.support, two.probs, strict=True)}
    by_hand = {t: sum(a + b == t for a in range(1, 7) for b in range(1, 7)) for t in range(2, 13)}
    assert counts == by_hand, "the module's counts must match the grid"
    v["dice_counts"] = str(counts)
    v["dice_ways_row"] = " | ".join(str(n) for n in counts.values())
    v["dice_fractions"] = ", ".join(f"{n}/36" for n in counts.values())
    v["dice_ways"] = ", ".join(str(n) for n in counts.values())
    v["dice_seven"] = str(counts[7])

    # Exercise: the standard error at the question's own end point, c.
    p_c = predicted.pmf(c)
    v["c"] = str(c)
    v["ex_se_p"] = fmt(p_c)
    v["ex_se_q"] = fmt(1 - p_c)
    v["ex_se_answer"] = f"{standard_error(p_c, DROPS):.5f}"
    v["ex_se_four_times"] = f"{standard_error(p_c, 4 * DROPS):.5f}"
    # Exercise: a total of 10 with three dice.
    three = two.convolve(die)
    ways_10 = round(three.pmf(10) * 216)
    v["ex_three_dice_ways"] = str(ways_10)
    v["ex_three_dice_fraction"] = str(Fraction(ways_10, 216))
    v["ex_three_dice_p"] = fmt(three.pmf(10))
    triples = [t for t in itertools.product(range(1, 7), repeat=3) if sum(t) == 10]
    assert len(triples) == ways_10
    # Read as a convolution: the first die shows d, the other two make 10 − d.
    v["ex_three_dice_terms"] = " + ".join(str(counts[10 - d]) for d in range(1, 7))
    return v
