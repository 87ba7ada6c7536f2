package org.l2softmax.results;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Collects the training history of one run, one row per iteration, into a Tablesaw table with the
 * columns of {@link HistoryColumns}.
 */
public final class HistoryRecorder {

  private final String run;
  private final StringColumn runs = StringColumn.create(HistoryColumns.RUN);
  private final IntColumn iterations = IntColumn.create(HistoryColumns.ITERATION);
  private final IntColumn epochs = IntColumn.create(HistoryColumns.EPOCH);
  private final IntColumn examplesSeen = IntColumn.create(HistoryColumns.EXAMPLES_SEEN);
  private final DoubleColumn losses = DoubleColumn.create(HistoryColumns.LOSS);
  private final DoubleColumn alphas = DoubleColumn.create(HistoryColumns.ALPHA);
  private final DoubleColumn trainAccuracies = DoubleColumn.create(HistoryColumns.TRAIN_ACCURACY);
  private final DoubleColumn testAccuracies = DoubleColumn.create(HistoryColumns.TEST_ACCURACY);
  private final DoubleColumn featureNorms = DoubleColumn.create(HistoryColumns.FEATURE_NORM);

  /** Starts an empty history for the run with this label. */
  public HistoryRecorder(String run) {
    this.run = run;
  }

  /** Adds the row of one iteration; its evaluation columns stay missing. */
  public void iteration(int iteration, int epoch, int seen, double loss, double alpha) {
    runs.append(run);
    iterations.append(iteration);
    epochs.append(epoch);
    examplesSeen.append(seen);
    losses.append(loss);
    alphas.append(alpha);
    trainAccuracies.appendMissing();
    testAccuracies.appendMissing();
    featureNorms.appendMissing();
  }

  /**
   * Fills the evaluation columns of the latest iteration.
   *
   * @throws IllegalStateException if no iteration was recorded yet
   */
  public void evaluation(double trainAccuracy, double testAccuracy, double meanFeatureNorm) {
    int last = runs.size() - 1;
    if (last < 0) {
      throw new IllegalStateException("record an iteration before its evaluation");
    }
    trainAccuracies.set(last, trainAccuracy);
    testAccuracies.set(last, testAccuracy);
    featureNorms.set(last, meanFeatureNorm);
  }

  /** The history so far, as a new table named after the run. */
  public Table table() {
    return Table.create(
        run,
        runs.copy(),
        iterations.copy(),
        epochs.copy(),
        examplesSeen.copy(),
        losses.copy(),
        alphas.copy(),
        trainAccuracies.copy(),
        testAccuracies.copy(),
        featureNorms.copy());
  }
}
