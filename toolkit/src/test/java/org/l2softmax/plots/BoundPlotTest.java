package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class BoundPlotTest {

  @Test
  void drawsOneSolidLinePerNumberOfClasses() {
    Figure figure = BoundPlot.create(10, 100, 1000);

    assertThat(TraceData.names(figure)).containsExactly("C = 10", "C = 100", "C = 1000");
    assertThat(TraceData.isSolid(figure, 0)).isTrue();
    assertThat(figure.getLayout().getTitle()).isEqualTo(BoundPlot.TITLE);
  }

  @Test
  void drawsTheBoundAtTheDefaultProbabilities() {
    Figure figure = BoundPlot.create(10);

    double[] x = TraceData.x(figure, 0);
    double[] y = TraceData.y(figure, 0);
    assertThat(x).hasSize(52);
    assertThat(x[0]).isEqualTo(0.5);
    assertThat(x[40]).isEqualTo(0.9);
    assertThat(x[51]).isEqualTo(0.999);
    // At p = 0.9 and C = 10 the bound is log(0.9 * 8 / 0.1) = log 72.
    assertThat(y[40]).isCloseTo(Math.log(72), withinPercentage(0.01));
    // At p = 0.5 it is log(C - 2).
    assertThat(y[0]).isCloseTo(Math.log(8), withinPercentage(0.01));
  }

  @Test
  void defaultProbabilitiesAreExactHundredths() {
    double[] probabilities = BoundPlot.defaultProbabilities();

    assertThat(probabilities[7]).isEqualTo(0.57);
    assertThat(probabilities[49]).isEqualTo(0.99);
    assertThat(probabilities[50]).isEqualTo(0.995);
  }

  @Test
  void tableHoldsTheBoundForEachNumberOfClasses() {
    Table table = BoundPlot.table(new double[] {0.5, 0.9, 0.99}, 10, 100);

    assertThat(table.name()).isEqualTo(BoundPlot.TABLE_NAME);
    assertThat(table.columnNames()).containsExactly("p", "C = 10", "C = 100");
    assertThat(table.doubleColumn("C = 10").getDouble(1)).isCloseTo(Math.log(72), within(1e-12));
    assertThat(table.doubleColumn("C = 100").getDouble(2))
        .isCloseTo(Math.log(0.99 * 98 / 0.01), within(1e-9));
  }

  @Test
  void rejectsTwoClasses() {
    assertThatThrownBy(() -> BoundPlot.create(10, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be > 2")
        .hasMessageContaining("got 2");
  }

  @Test
  void rejectsARepeatedNumberOfClasses() {
    assertThatThrownBy(() -> BoundPlot.create(10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 10 twice");
  }

  @Test
  void rejectsNoClasses() {
    assertThatThrownBy(() -> BoundPlot.create())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one number of classes");
  }

  @Test
  void rejectsAProbabilityOfOne() {
    assertThatThrownBy(() -> BoundPlot.table(new double[] {0.5, 1.0}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly between 0 and 1")
        .hasMessageContaining("got 1.0 at index 1");
  }

  @Test
  void rejectsProbabilitiesOutOfOrder() {
    assertThatThrownBy(() -> BoundPlot.table(new double[] {0.9, 0.5}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must increase")
        .hasMessageContaining("got 0.9 then 0.5");
  }
}
