package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Figure;

class RunTracesTest {

  @Test
  void roundsToFiveSignificantDigits() {
    assertThat(RunTraces.significant(99.35249)).isEqualTo(99.352);
    assertThat(RunTraces.significant(0.0123456789)).isEqualTo(0.012346);
    assertThat(RunTraces.significant(123456.7)).isEqualTo(123460.0);
    assertThat(RunTraces.significant(0)).isEqualTo(0);
    assertThat(RunTraces.significant(Double.NaN)).isNaN();
  }

  @Test
  void writesShortValues() {
    Figure figure = LossPlot.create(HistoryTables.sweep(120, 20), 1);

    for (double loss : TraceData.y(figure, 0)) {
      assertThat(String.valueOf(loss)).hasSizeLessThanOrEqualTo(8);
    }
  }
}
