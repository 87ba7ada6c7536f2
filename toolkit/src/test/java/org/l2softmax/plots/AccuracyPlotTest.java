package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class AccuracyPlotTest {

  private final Table history = HistoryTables.sweep(120, 20);

  @Test
  void drawsOneTracePerRunWithPlainSoftmaxLastAndOnTop() {
    Figure figure = AccuracyPlot.create(history);

    assertThat(TraceData.names(figure))
        .containsExactly(
            HistoryTables.FIXED, HistoryTables.TRAINABLE, "plain softmax");
  }

  @Test
  void drawsPlainSoftmaxBlackAndDashedAndTheOthersSolid() {
    Figure figure = AccuracyPlot.create(history);

    assertThat(TraceData.isBlackDashed(figure, 2)).isTrue();
    assertThat(TraceData.isBlackDashed(figure, 0)).isFalse();
    assertThat(TraceData.isSolid(figure, 0)).isTrue();
    assertThat(TraceData.isSolid(figure, 1)).isTrue();
    assertThat(TraceData.javascript(figure, 0)).doesNotContain("#000000");
    assertThat(TraceData.javascript(figure, 1)).doesNotContain("#000000");
  }

  @Test
  void drawsOnlyEvaluationRowsInPercent() {
    Figure figure = AccuracyPlot.create(history);

    double[] x = TraceData.x(figure, 0);
    double[] y = TraceData.y(figure, 0);
    assertThat(x).containsExactly(20, 40, 60, 80, 100, 120);
    double lastAccuracy = history.doubleColumn(HistoryColumns.TEST_ACCURACY).getDouble(239);
    assertThat(y[5]).isCloseTo(100 * lastAccuracy, within(1e-3));
    assertThat(DoubleStream.of(y).min().orElseThrow()).isGreaterThan(10.0);
    assertThat(DoubleStream.of(y).max().orElseThrow()).isLessThanOrEqualTo(100.0);
  }

  @Test
  void labelsTheAxesAndTitle() {
    String layout = AccuracyPlot.create(history).getLayout().asJavascript();

    assertThat(layout)
        .contains("title: '" + AccuracyPlot.TITLE + "'")
        .contains("title: '" + AccuracyPlot.Y_TITLE + "'")
        .contains("title: 'iteration'");
  }

  @Test
  void sortsEachRunByIteration() {
    List<Integer> rows = new ArrayList<>(IntStream.range(0, history.rowCount()).boxed().toList());
    Collections.shuffle(rows, new Random(7));
    Table shuffled = history.rows(rows.stream().mapToInt(Integer::intValue).toArray());

    double[] x = TraceData.x(AccuracyPlot.create(shuffled), 0);

    assertThat(x).isSorted().hasSize(6);
  }

  @Test
  void treatsARunAsPlainOnlyIfAlphaIsZeroInEveryRow() {
    Table table = HistoryTables.sweep(40, 20);
    // The trainable run starts at alpha 0 here, then moves away from it.
    DoubleColumn alpha = table.doubleColumn(HistoryColumns.ALPHA);
    alpha.set(80, 0.0);

    Figure figure = AccuracyPlot.create(table);

    assertThat(TraceData.names(figure).get(1)).isEqualTo(HistoryTables.TRAINABLE);
    assertThat(TraceData.isBlackDashed(figure, 1)).isFalse();
  }

  @Test
  void keepsALabelThatAlreadySaysPlainSoftmax() {
    Table table = HistoryTables.sweep(40, 20);
    StringColumn run = table.stringColumn(HistoryColumns.RUN);
    for (int row = 0; row < 40; row++) {
      run.set(row, "Plain softmax");
    }

    assertThat(TraceData.names(AccuracyPlot.create(table)).get(2)).isEqualTo("Plain softmax");
  }

  @Test
  void leavesOutARunWithoutEvaluations() {
    Table table = HistoryTables.sweep(40, 20);
    DoubleColumn accuracy = table.doubleColumn(HistoryColumns.TEST_ACCURACY);
    for (int row = 40; row < 80; row++) {
      accuracy.setMissing(row);
    }

    assertThat(TraceData.names(AccuracyPlot.create(table)))
        .containsExactly(HistoryTables.TRAINABLE, "plain softmax");
  }

  @Test
  void drawsFromAnIteration() {
    Figure figure = AccuracyPlot.create(history, 70);

    assertThat(TraceData.x(figure, 0)).containsExactly(80, 100, 120);
    assertThat(TraceData.x(figure, 2)).containsExactly(80, 100, 120);
    assertThat(figure.getLayout().getTitle()).isEqualTo("Test accuracy from iteration 70");
  }

  @Test
  void drawsTheSecondHalfFromHalfTheLastEvaluation() {
    Table table = HistoryTables.sweep(130, 20);

    Figure figure = AccuracyPlot.createSecondHalf(table);

    assertThat(TraceData.names(figure)).hasSize(3);
    assertThat(TraceData.x(figure, 1)).containsExactly(60, 80, 100, 120);
  }

  @Test
  void saysFromWhereThereIsNothingToDraw() {
    assertThatThrownBy(() -> AccuracyPlot.create(history, 121))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing to draw")
        .hasMessageContaining("from iteration 121.0");
  }

  @Test
  void rejectsATableWithoutAnyEvaluation() {
    Table table = HistoryTables.sweep(10, 20);

    assertThatThrownBy(() -> AccuracyPlot.create(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'test_accuracy'")
        .hasMessageContaining("missing (NaN) in all 30 rows");
  }

  @Test
  void namesTheMissingColumnAndTheColumnsThereAre() {
    Table table = history.copy().removeColumns(HistoryColumns.TEST_ACCURACY);

    assertThatThrownBy(() -> AccuracyPlot.create(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs column 'test_accuracy'")
        .hasMessageContaining("[run, iteration, epoch, examples_seen, loss, alpha,")
        .hasMessageContaining("mean_feature_norm]");
  }

  @Test
  void namesAMissingRunColumn() {
    Table table = history.copy().removeColumns(HistoryColumns.RUN);

    assertThatThrownBy(() -> AccuracyPlot.create(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs column 'run'");
  }

  @Test
  void rejectsAnEmptyTable() {
    Table empty = history.emptyCopy();

    assertThatThrownBy(() -> AccuracyPlot.create(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("history table 'history' is empty");
  }

  @Test
  void rejectsANonNumericColumn() {
    Table table = history.copy();
    table.replaceColumn(
        HistoryColumns.TEST_ACCURACY,
        StringColumn.create(HistoryColumns.TEST_ACCURACY, table.rowCount()));

    assertThatThrownBy(() -> AccuracyPlot.create(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'test_accuracy'")
        .hasMessageContaining("to be numeric, but it is STRING");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> AccuracyPlot.create(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got null");
  }
}
