package org.l2softmax.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ResultTablesTest {

  private static final RunSummary PLAIN =
      new RunSummary("softmax", 0, false, 0, 0.97, 0.98, 200, 300, 25);
  private static final RunSummary TRAINED =
      new RunSummary("trainable alpha (from 4.28)", 4.28, true, 5.1, 0.99, 0.99, 190, 310, 12);

  @Test
  void summaryHasOneRowPerRunWithDocumentedColumns() {
    Table summary = ResultTables.summary(List.of(PLAIN, TRAINED));

    assertThat(summary.columnNames())
        .containsExactly(
            SummaryColumns.RUN,
            SummaryColumns.ALPHA,
            SummaryColumns.TRAINABLE,
            SummaryColumns.FINAL_ALPHA,
            SummaryColumns.FINAL_TEST_ACCURACY,
            SummaryColumns.BEST_TEST_ACCURACY,
            SummaryColumns.IMAGES_PER_SECOND,
            SummaryColumns.WALL_SECONDS,
            SummaryColumns.FINAL_FEATURE_NORM);
    assertThat(summary.booleanColumn(SummaryColumns.TRAINABLE).get(1)).isTrue();
    assertThat(summary.doubleColumn(SummaryColumns.FINAL_ALPHA).get(1)).isEqualTo(5.1);
  }

  @Test
  void historiesStackAndEvaluationCellsStayMissingBetweenEvaluations() {
    HistoryRecorder plain = new HistoryRecorder("softmax");
    plain.iteration(1, 1, 128, 2.3, 0);
    plain.iteration(2, 1, 256, 2.1, 0);
    plain.evaluation(0.5, 0.4, 7);
    HistoryRecorder scaled = new HistoryRecorder("alpha=16");
    scaled.iteration(1, 1, 128, 2.2, 16);

    Table history = ResultTables.history(List.of(plain.table(), scaled.table()));

    assertThat(history.rowCount()).isEqualTo(3);
    assertThat(history.stringColumn(HistoryColumns.RUN).asList())
        .containsExactly("softmax", "softmax", "alpha=16");
    assertThat(history.doubleColumn(HistoryColumns.TEST_ACCURACY).isMissing(0)).isTrue();
    assertThat(history.doubleColumn(HistoryColumns.TEST_ACCURACY).get(1)).isEqualTo(0.4);
    assertThat(history.doubleColumn(HistoryColumns.FEATURE_NORM).get(1)).isEqualTo(7.0);
  }

  @Test
  void evaluationBeforeAnyIterationIsRefused() {
    assertThatThrownBy(() -> new HistoryRecorder("x").evaluation(1, 1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("record an iteration before its evaluation");
  }

  @Test
  void csvRoundTripKeepsValuesAndMissingCells(@TempDir Path folder) throws IOException {
    HistoryRecorder recorder = new HistoryRecorder("alpha=8");
    recorder.iteration(1, 1, 128, 2.25, 8);
    recorder.iteration(2, 1, 256, 1.5, 8);
    recorder.evaluation(0.75, 0.625, 3.5);
    Path file = folder.resolve("out/history.csv");

    ResultTables.writeCsv(recorder.table(), file);
    Table read = Table.read().csv(file.toFile());

    assertThat(read.rowCount()).isEqualTo(2);
    assertThat(read.columnNames()).contains(HistoryColumns.TEST_ACCURACY);
    assertThat(read.numberColumn(HistoryColumns.LOSS).getDouble(0)).isEqualTo(2.25);
    assertThat(read.numberColumn(HistoryColumns.TEST_ACCURACY).isMissing(0)).isTrue();
    assertThat(read.numberColumn(HistoryColumns.TEST_ACCURACY).getDouble(1)).isEqualTo(0.625);
  }
}
