package org.l2softmax.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.l2softmax.data.MnistData;
import org.l2softmax.model.AlphaSetting;
import org.l2softmax.model.MnistCnn;
import org.l2softmax.results.ResultTables;
import org.l2softmax.results.RunSummary;
import tech.tablesaw.api.Table;

/**
 * Trains the same network once per alpha setting, with the same seed, data and minibatch order,
 * so that the runs differ in alpha alone.
 */
public final class AlphaSweep {

  private final MnistCnn.Builder network;
  private final TrainingOptions options;
  private final ProgressListener listener;

  /**
   * A sweep that builds each network from the template (its alpha is replaced per run).
   *
   * @param network the network template, e.g. {@code MnistCnn.builder().seed(7)}
   */
  public AlphaSweep(MnistCnn.Builder network, TrainingOptions options, ProgressListener listener) {
    this.network = network;
    this.options = options;
    this.listener = listener;
  }

  /**
   * Runs every setting in order.
   *
   * @param afterEachRun called with the results so far after each run, e.g. to save them
   * @return the joined history and the summary of all runs
   */
  public Result run(List<AlphaSetting> alphas, MnistData data, Consumer<Result> afterEachRun) {
    if (alphas.isEmpty()) {
      throw new IllegalArgumentException("the sweep needs at least one alpha setting");
    }
    Trainer trainer = new Trainer(options, listener);
    List<Table> histories = new ArrayList<>();
    List<RunSummary> summaries = new ArrayList<>();
    List<TrainingRun> runs = new ArrayList<>();
    Result result = null;
    for (AlphaSetting alpha : alphas) {
      MultiLayerNetwork model = network.alpha(alpha).build();
      TrainingRun run = trainer.train(alpha, model, data.train(), data.test());
      histories.add(run.history());
      summaries.add(run.summary());
      runs.add(run);
      result =
          new Result(
              ResultTables.history(histories), ResultTables.summary(summaries), List.copyOf(runs));
      afterEachRun.accept(result);
    }
    return result;
  }

  /**
   * Results of a sweep.
   *
   * @param history all runs' iterations ({@code HistoryColumns})
   * @param summary one row per run ({@code SummaryColumns})
   * @param runs the finished runs in order, with their trained networks (for features or further
   *     evaluation); the networks stay in memory as long as the result is kept
   */
  public record Result(Table history, Table summary, List<TrainingRun> runs) {}
}
