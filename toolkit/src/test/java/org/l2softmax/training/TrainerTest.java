package org.l2softmax.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.l2softmax.data.MnistData;
import org.l2softmax.model.AlphaSetting;
import org.l2softmax.model.MnistCnn;
import org.l2softmax.results.HistoryColumns;
import org.l2softmax.results.RunSummary;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class TrainerTest {

  /** 1000 real training images, two epochs: 16 iterations of 128 (the last one of 104). */
  private static final TrainingOptions SHORT =
      TrainingOptions.builder()
          .epochs(2)
          .trainExamples(1000)
          .testExamples(500)
          .evaluationInterval(5)
          .evaluationTrainExamples(500)
          .seed(3)
          .build();

  private static TrainingRun train(AlphaSetting alpha, TrainingOptions options) {
    MnistData data = RealMnist.get();
    MultiLayerNetwork network = MnistCnn.builder().seed(1).alpha(alpha).build();
    return new Trainer(options, ProgressListener.NONE)
        .train(alpha, network, data.train(), data.test());
  }

  @Test
  void shortTrainingOnRealDigitsBeatsChanceByFar() {
    for (AlphaSetting alpha : List.of(AlphaSetting.plain(), AlphaSetting.lowerBound())) {
      RunSummary summary = train(alpha, SHORT).summary();

      // Chance is 10%; on 500 test images its standard deviation is 1.3 points, so 50% is
      // about 30 standard deviations above chance. This network reaches 80-90% here.
      assertThat(summary.finalTestAccuracy()).as(alpha.label()).isGreaterThan(0.5);
      assertThat(summary.bestTestAccuracy()).isGreaterThanOrEqualTo(summary.finalTestAccuracy());
      assertThat(summary.imagesPerSecond()).isPositive();
    }
  }

  @Test
  void historyHasOneRowPerIterationAndEvaluationsWhereAsked() {
    TrainingRun run = train(AlphaSetting.fixed(16), SHORT);
    Table history = run.history();

    assertThat(history.rowCount()).isEqualTo(16);
    assertThat(history.intColumn(HistoryColumns.ITERATION).asList())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    assertThat(history.intColumn(HistoryColumns.EPOCH).get(7)).isEqualTo(1);
    assertThat(history.intColumn(HistoryColumns.EPOCH).get(8)).isEqualTo(2);
    assertThat(history.intColumn(HistoryColumns.EXAMPLES_SEEN).get(15)).isEqualTo(2000);
    assertThat(history.doubleColumn(HistoryColumns.ALPHA).asList()).containsOnly(16.0);

    DoubleColumn test = history.doubleColumn(HistoryColumns.TEST_ACCURACY);
    List<Integer> evaluated = new ArrayList<>();
    for (int row = 0; row < history.rowCount(); row++) {
      if (!test.isMissing(row)) {
        evaluated.add(history.intColumn(HistoryColumns.ITERATION).get(row));
      }
    }
    assertThat(evaluated).containsExactly(5, 10, 15, 16);
    assertThat(run.summary().finalTestAccuracy()).isEqualTo(test.get(15));
    // With alpha fixed at 16 and ReLU features, the norm before normalisation is free to grow;
    // what is fixed is the norm after it, which the MnistCnnTest checks.
    assertThat(run.summary().finalFeatureNorm()).isPositive();
  }

  @Test
  void sameSeedGivesTheSameLossHistory() {
    TrainingOptions tiny = SHORT.toBuilder().epochs(1).trainExamples(384).build();

    Table first = train(AlphaSetting.trainableFrom(4), tiny).history();
    Table second = train(AlphaSetting.trainableFrom(4), tiny).history();

    assertThat(second.doubleColumn(HistoryColumns.LOSS).asList())
        .isEqualTo(first.doubleColumn(HistoryColumns.LOSS).asList());
    assertThat(second.doubleColumn(HistoryColumns.ALPHA).asList())
        .isEqualTo(first.doubleColumn(HistoryColumns.ALPHA).asList());
  }

  @Test
  void trainableAlphaIsRecordedAsItMoves() {
    TrainingOptions tiny = SHORT.toBuilder().epochs(1).trainExamples(640).build();

    TrainingRun run = train(AlphaSetting.trainableFrom(4), tiny);

    DoubleColumn alphas = run.history().doubleColumn(HistoryColumns.ALPHA);
    assertThat(alphas.get(0)).isNotEqualTo(alphas.get(alphas.size() - 1));
    assertThat(run.summary().finalAlpha())
        .isCloseTo(alphas.get(alphas.size() - 1), within(1e-6));
    assertThat(run.summary().alpha()).isEqualTo(4.0);
    assertThat(run.summary().trainable()).isTrue();
  }

  @Test
  void refusesASettingThatDoesNotDescribeTheNetwork() {
    MnistData data = RealMnist.get();
    Trainer trainer = new Trainer(SHORT, ProgressListener.NONE);
    MultiLayerNetwork alpha8 = MnistCnn.builder().alpha(8).build();

    assertThatThrownBy(
            () -> trainer.train(AlphaSetting.fixed(16), alpha8, data.train(), data.test()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labelled alpha=16 but the network's alpha is 8.0");
    assertThatThrownBy(
            () -> trainer.train(AlphaSetting.plain(), alpha8, data.train(), data.test()))
        .hasMessageContaining("labelled softmax");
  }

  @Test
  void sweepTrainsEachAlphaAndReportsAfterEachRun() {
    TrainingOptions tiny = SHORT.toBuilder().epochs(1).trainExamples(256).build();
    List<Integer> reportedRows = new ArrayList<>();

    AlphaSweep.Result result =
        new AlphaSweep(MnistCnn.builder().seed(2), tiny, ProgressListener.NONE)
            .run(
                List.of(AlphaSetting.plain(), AlphaSetting.fixed(8)),
                RealMnist.get(),
                partial -> reportedRows.add(partial.summary().rowCount()));

    assertThat(reportedRows).containsExactly(1, 2);
    assertThat(result.summary().stringColumn("run").asList())
        .containsExactly("softmax", "alpha=8");
    assertThat(result.history().rowCount()).isEqualTo(4);
    assertThat(result.runs()).extracting(run -> run.alpha().label())
        .containsExactly("softmax", "alpha=8");
    assertThat(MnistCnn.currentAlpha(result.runs().get(1).network())).isEqualTo(8.0);
  }
}
