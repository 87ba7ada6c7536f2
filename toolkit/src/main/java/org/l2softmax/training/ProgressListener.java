package org.l2softmax.training;

import org.l2softmax.results.RunSummary;

/**
 * Hears what a {@link Trainer} is doing, for progress bars and live plots. Every method does
 * nothing unless overridden.
 */
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {};

  /** A run is about to start its first iteration. */
  default void runStarted(String run, int totalIterations) {}

  /**
   * An iteration finished.
   *
   * @param imagesPerSecond training throughput so far in this run, evaluations excluded
   */
  default void iterationDone(
      String run, int iteration, int totalIterations, double loss, double imagesPerSecond) {}

  /** An evaluation finished after the given iteration. */
  default void evaluationDone(String run, int iteration, Measurement train, Measurement test) {}

  /** The run finished. */
  default void runFinished(RunSummary summary) {}
}
