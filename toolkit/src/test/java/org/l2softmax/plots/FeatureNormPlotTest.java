package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.l2softmax.results.HistoryColumns;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class FeatureNormPlotTest {

  private final Table history = HistoryTables.sweep(120, 20);

  @Test
  void drawsOneTracePerRunWithPlainSoftmaxDashed() {
    Figure figure = FeatureNormPlot.create(history);

    assertThat(TraceData.names(figure))
        .containsExactly(
            HistoryTables.FIXED, HistoryTables.TRAINABLE, "plain softmax");
    assertThat(TraceData.isBlackDashed(figure, 2)).isTrue();
    assertThat(TraceData.isBlackDashed(figure, 0)).isFalse();
    assertThat(TraceData.isBlackDashed(figure, 1)).isFalse();
  }

  @Test
  void drawsTheNormsAsTheyAre() {
    Figure figure = FeatureNormPlot.create(history);

    double lastNorm = history.doubleColumn(HistoryColumns.FEATURE_NORM).getDouble(119);
    double[] y = TraceData.y(figure, 2);
    assertThat(y).hasSize(6);
    assertThat(y[5]).isCloseTo(lastNorm, withinPercentage(0.001));
  }

  @Test
  void usesALinearAxisByDefault() {
    String layout = FeatureNormPlot.create(history).getLayout().asJavascript();

    assertThat(layout).doesNotContain("type: 'log'").doesNotContain("(log scale)");
  }

  @Test
  void canUseALogarithmicAxis() {
    String layout = FeatureNormPlot.create(history, true).getLayout().asJavascript();

    assertThat(layout).contains("type: 'log'").contains("(log scale)");
  }

  @Test
  void namesTheMissingColumn() {
    Table table = history.copy().removeColumns(HistoryColumns.FEATURE_NORM);

    assertThatThrownBy(() -> FeatureNormPlot.create(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feature norm plot needs column 'mean_feature_norm'")
        .hasMessageContaining("test_accuracy]");
  }
}
