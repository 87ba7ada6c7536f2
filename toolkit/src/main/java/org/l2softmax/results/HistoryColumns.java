package org.l2softmax.results;

/**
 * Column names of the training history table: one row per training iteration (one minibatch).
 *
 * <p>The evaluation columns ({@link #TRAIN_ACCURACY}, {@link #TEST_ACCURACY}, {@link
 * #FEATURE_NORM}) hold a value only on the rows where an evaluation ran and are missing (NaN, an
 * empty cell in CSV) elsewhere. Several runs share one table and are told apart by {@link #RUN}.
 */
public final class HistoryColumns {

  /** Run label, for example {@code "alpha=16"} (string). */
  public static final String RUN = "run";

  /** Iteration number within the run, starting at 1 (int). */
  public static final String ITERATION = "iteration";

  /** Epoch of the iteration, starting at 1 (int). */
  public static final String EPOCH = "epoch";

  /** Training images seen so far in the run, this iteration's batch included (int). */
  public static final String EXAMPLES_SEEN = "examples_seen";

  /** Mean cross-entropy of the iteration's minibatch, regularisation included (double). */
  public static final String LOSS = "loss";

  /** Alpha in force at the iteration; 0 means plain softmax (double). */
  public static final String ALPHA = "alpha";

  /** Accuracy on the training evaluation sample, in [0, 1] (double, evaluation rows only). */
  public static final String TRAIN_ACCURACY = "train_accuracy";

  /** Accuracy on the test evaluation sample, in [0, 1] (double, evaluation rows only). */
  public static final String TEST_ACCURACY = "test_accuracy";

  /**
   * Mean L2 norm of the penultimate features (the feature layer's output, before any
   * normalisation) over the test evaluation sample (double, evaluation rows only).
   */
  public static final String FEATURE_NORM = "mean_feature_norm";

  private HistoryColumns() {}
}
