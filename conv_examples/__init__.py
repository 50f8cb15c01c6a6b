"""Understanding Convolutions, executable.

``conv_examples.convolution`` holds the math, ``conv_examples.ball`` the two
landing distributions every figure shares, and ``conv_examples.drawing`` the
drawing helpers that give the figures one look. The ``plot_*.py`` scripts in
the sub-folders are the sphinx-gallery examples, one per figure.
"""
