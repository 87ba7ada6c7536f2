package org.l2softmax.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small synthetic history tables, shaped like the trainer's output, for the plot tests. */
final class HistoryTables {

  static final String PLAIN = "softmax";
  static final String FIXED = "alpha=16";
  static final String TRAINABLE = "alpha trainable";

  private HistoryTables() {}

  /** How one synthetic run behaves. */
  record RunSpec(
      String run,
      double startAlpha,
      boolean trainable,
      double finalAccuracy,
      double startNorm,
      double finalNorm,
      double finalLoss) {}

  /** Plain softmax, a fixed alpha of 16 and a trainable alpha, in that order. */
  static List<RunSpec> threeRuns() {
    return List.of(
        new RunSpec(PLAIN, 0, false, 0.990, 2.0, 90.0, 0.03),
        new RunSpec(FIXED, 16, false, 0.993, 2.0, 3.5, 0.05),
        new RunSpec(TRAINABLE, 4, true, 0.992, 2.0, 4.0, 0.06));
  }

  /** {@link #threeRuns()} over {@code iterations}, evaluated every {@code evaluateEvery}. */
  static Table sweep(int iterations, int evaluateEvery) {
    return history(threeRuns(), iterations, evaluateEvery, 64, 42);
  }

  /**
   * Builds a history table with one row per iteration per run, runs one after the other.
   *
   * @param batch images per iteration
   * @param seed seeds the noise on loss and accuracy
   */
  static Table history(
      List<RunSpec> runs, int iterations, int evaluateEvery, int batch, long seed) {
    Random random = new Random(seed);
    int itersPerEpoch = 60_000 / batch;
    List<String> run = new ArrayList<>();
    List<Integer> iteration = new ArrayList<>();
    List<Integer> epoch = new ArrayList<>();
    List<Integer> seen = new ArrayList<>();
    List<Double> loss = new ArrayList<>();
    List<Double> alpha = new ArrayList<>();
    List<Double> trainAccuracy = new ArrayList<>();
    List<Double> testAccuracy = new ArrayList<>();
    List<Double> featureNorm = new ArrayList<>();

    for (RunSpec spec : runs) {
      for (int i = 1; i <= iterations; i++) {
        double progress = 1 - Math.exp(-5.0 * i / iterations);
        run.add(spec.run());
        iteration.add(i);
        epoch.add(1 + (i - 1) / itersPerEpoch);
        seen.add(i * batch);
        double noise = 1 + 0.3 * random.nextGaussian();
        loss.add(Math.max(0.001, (2.3 + (spec.finalLoss() - 2.3) * progress) * noise));
        alpha.add(spec.trainable() ? spec.startAlpha() + 12 * progress : spec.startAlpha());
        boolean evaluated = i % evaluateEvery == 0;
        double accuracy = 0.1 + (spec.finalAccuracy() - 0.1) * progress;
        accuracy = Math.min(1, accuracy + 0.002 * random.nextGaussian());
        trainAccuracy.add(evaluated ? Math.min(1, accuracy + 0.004) : Double.NaN);
        testAccuracy.add(evaluated ? accuracy : Double.NaN);
        double norm = spec.startNorm() * Math.pow(spec.finalNorm() / spec.startNorm(), progress);
        featureNorm.add(evaluated ? norm : Double.NaN);
      }
    }

    return Table.create(
        "history",
        StringColumn.create(HistoryColumns.RUN, run),
        IntColumn.create(HistoryColumns.ITERATION, ints(iteration)),
        IntColumn.create(HistoryColumns.EPOCH, ints(epoch)),
        IntColumn.create(HistoryColumns.EXAMPLES_SEEN, ints(seen)),
        DoubleColumn.create(HistoryColumns.LOSS, loss),
        DoubleColumn.create(HistoryColumns.ALPHA, alpha),
        DoubleColumn.create(HistoryColumns.TRAIN_ACCURACY, trainAccuracy),
        DoubleColumn.create(HistoryColumns.TEST_ACCURACY, testAccuracy),
        DoubleColumn.create(HistoryColumns.FEATURE_NORM, featureNorm));
  }

  private static int[] ints(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
