package org.l2softmax.results;

/** Column names of the run summary table: one row per training run. */
public final class SummaryColumns {

  /** Run label, the same as in the history table (string). */
  public static final String RUN = "run";

  /** Alpha the run started with; 0 means plain softmax (double). */
  public static final String ALPHA = "alpha";

  /** Whether alpha was a trained parameter (boolean). */
  public static final String TRAINABLE = "trainable";

  /** Alpha at the end of the run; equals {@link #ALPHA} unless trainable (double). */
  public static final String FINAL_ALPHA = "final_alpha";

  /** Test accuracy at the last evaluation, in [0, 1] (double). */
  public static final String FINAL_TEST_ACCURACY = "final_test_accuracy";

  /** Best test accuracy over all evaluations, in [0, 1] (double). */
  public static final String BEST_TEST_ACCURACY = "best_test_accuracy";

  /** Training images per second, training loop only, evaluations excluded (double). */
  public static final String IMAGES_PER_SECOND = "images_per_second";

  /** Wall time of the whole run in seconds, evaluations included (double). */
  public static final String WALL_SECONDS = "wall_seconds";

  /** Mean penultimate feature norm at the last evaluation (double). */
  public static final String FINAL_FEATURE_NORM = "final_feature_norm";

  private SummaryColumns() {}
}
