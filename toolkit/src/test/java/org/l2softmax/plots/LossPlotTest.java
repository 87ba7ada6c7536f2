package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class LossPlotTest {

  private final Table history = HistoryTables.sweep(120, 20);

  @Test
  void drawsEveryIterationOfEveryRun() {
    Figure figure = LossPlot.create(history);

    assertThat(TraceData.names(figure)).hasSize(3);
    assertThat(TraceData.x(figure, 2)).hasSize(120);
    assertThat(TraceData.isBlackDashed(figure, 2)).isTrue();
    assertThat(TraceData.isBlackDashed(figure, 0)).isFalse();
  }

  @Test
  void windowOfOneDrawsTheRawLoss() {
    double[] y = TraceData.y(LossPlot.create(history, 1), 0);

    double firstOfRun = history.doubleColumn(HistoryColumns.LOSS).getDouble(120);
    assertThat(y[0]).isCloseTo(firstOfRun, withinPercentage(0.001));
  }

  @Test
  void smoothsWithinEachRunOnly() {
    double[] y = TraceData.y(LossPlot.create(history, 4), 0);

    double firstOfRun = history.doubleColumn(HistoryColumns.LOSS).getDouble(120);
    double secondOfRun = history.doubleColumn(HistoryColumns.LOSS).getDouble(121);
    assertThat(y[0]).isCloseTo(firstOfRun, withinPercentage(0.001));
    assertThat(y[1]).isCloseTo((firstOfRun + secondOfRun) / 2, withinPercentage(0.001));
  }

  @Test
  void usesALogarithmicAxisAndSaysTheWindow() {
    Figure figure = LossPlot.create(history, 10);

    assertThat(figure.getLayout().asJavascript()).contains("type: 'log'");
    assertThat(figure.getLayout().getTitle()).contains("last 10 iterations");
  }

  @Test
  void movingMeanAveragesTheLastWindowValues() {
    double[] means = LossPlot.movingMean(new double[] {4, 2, 6, 8, 10}, 2);

    assertThat(means).containsExactly(new double[] {4, 3, 4, 7, 9}, within(1e-12));
  }

  @Test
  void movingMeanAveragesWhatThereIsAtTheStart() {
    double[] means = LossPlot.movingMean(new double[] {3, 6, 9}, 10);

    assertThat(means).containsExactly(new double[] {3, 4.5, 6}, within(1e-12));
  }

  @Test
  void rejectsAWindowBelowOne() {
    assertThatThrownBy(() -> LossPlot.create(history, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window must be >= 1")
        .hasMessageContaining("got 0");
  }

  @Test
  void namesTheMissingColumn() {
    Table table = history.copy().removeColumns(HistoryColumns.LOSS);

    assertThatThrownBy(() -> LossPlot.create(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loss plot needs column 'loss'");
  }
}
