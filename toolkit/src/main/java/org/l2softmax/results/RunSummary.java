package org.l2softmax.results;

/**
 * The outcome of one training run, one row of the summary table ({@link SummaryColumns}).
 *
 * @param run the run's label
 * @param alpha alpha at the start; 0 for plain softmax
 * @param trainable whether alpha was trained
 * @param finalAlpha alpha at the end
 * @param finalTestAccuracy test accuracy at the last evaluation
 * @param bestTestAccuracy best test accuracy over all evaluations
 * @param imagesPerSecond training images per second, training loop only
 * @param wallSeconds wall time of the run, evaluations included
 * @param finalFeatureNorm mean penultimate feature norm at the last evaluation
 */
public record RunSummary(
    String run,
    double alpha,
    boolean trainable,
    double finalAlpha,
    double finalTestAccuracy,
    double bestTestAccuracy,
    double imagesPerSecond,
    double wallSeconds,
    double finalFeatureNorm) {}
