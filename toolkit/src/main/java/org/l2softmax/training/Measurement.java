package org.l2softmax.training;

/**
 * What one evaluation pass over a set of images measured.
 *
 * @param accuracy fraction of images whose most probable class is the label, in [0, 1]
 * @param meanFeatureNorm mean L2 norm of the penultimate features (before normalisation)
 * @param examples number of images measured
 */
public record Measurement(double accuracy, double meanFeatureNorm, int examples) {}
