"""Numbers printed in understanding-convolutions.md, computed from the module."""

from conv_examples.ball import c, f, g


def values():
    return {"conv_at_c": f"{f.convolve(g).pmf(c):.4g}"}
