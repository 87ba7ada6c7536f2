package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class FeatureScatterPlotTest {

  /** Five images of digits 2, 0, 2, 3, 0 (no digit 1). */
  private final INDArray features =
      Nd4j.createFromArray(new double[][] {{1, 2}, {-3, 0.5}, {2, -1}, {0, 4}, {-1, -1}});

  private final int[] labels = {2, 0, 2, 3, 0};

  @Test
  void drawsOneTracePerDigitPresentInDigitOrder() {
    Figure figure = FeatureScatterPlot.create("features", features, labels);

    assertThat(TraceData.names(figure)).containsExactly("digit 0", "digit 2", "digit 3");
    assertThat(TraceData.x(figure, 0)).containsExactly(-3, -1);
    assertThat(TraceData.y(figure, 0)).containsExactly(0.5, -1);
    assertThat(TraceData.x(figure, 1)).containsExactly(1, 2);
    assertThat(TraceData.y(figure, 1)).containsExactly(2, -1);
    assertThat(TraceData.javascript(figure, 0)).contains("mode: 'markers'");
  }

  @Test
  void givesEachDigitItsOwnColour() {
    Figure figure = FeatureScatterPlot.create("features", features, labels);

    String zero = TraceData.javascript(figure, 0);
    String two = TraceData.javascript(figure, 1);
    assertThat(zero).contains("#1f77b4").doesNotContain("#2ca02c");
    assertThat(two).contains("#2ca02c").doesNotContain("#1f77b4");
  }

  @Test
  void drawsTheCircleLastWithItsRadiusInTheLegend() {
    Figure figure = FeatureScatterPlot.create("normalised", features, labels, 4.5);

    assertThat(TraceData.names(figure)).last().isEqualTo("circle of radius 4.50");
    double[] x = TraceData.x(figure, 3);
    double[] y = TraceData.y(figure, 3);
    assertThat(x).hasSize(181);
    for (int i = 0; i < x.length; i++) {
      assertThat(Math.hypot(x[i], y[i])).isCloseTo(4.5, within(1e-3));
    }
    assertThat(x[0]).isCloseTo(x[180], within(1e-9));
    assertThat(TraceData.names(FeatureScatterPlot.create("t", features, labels, 16)))
        .last()
        .isEqualTo("circle of radius 16");
  }

  @Test
  void spansTheSameRangeOnBothAxesAboutTheOrigin() {
    String layout = FeatureScatterPlot.create("features", features, labels).getLayout()
        .asJavascript();

    // The farthest coordinate is 4, padded by 8 %.
    assertThat(layout.replace(" ", "").replace("\"", ""))
        .containsPattern("xaxis:\\{[^}]*\\brange:\\[-4.32,4.32\\]")
        .containsPattern("yaxis:\\{[^}]*\\brange:\\[-4.32,4.32\\]");
    assertThat(layout).contains("feature 1").contains("feature 2").contains("title: 'features'");
  }

  @Test
  void aCircleLargerThanThePointsWidensTheRange() {
    String layout = FeatureScatterPlot.create("f", features, labels, 10).getLayout()
        .asJavascript();

    assertThat(layout.replace(" ", "").replace("\"", "")).contains("range:[-10.8,10.8]");
  }

  @Test
  void drawsBothAxesToTheSameScale() {
    String javascript = FeatureScatterPlot.create("features", features, labels)
        .asJavascript("target");

    int layout = javascript.indexOf("var layout");
    int anchor = javascript.indexOf("layout.yaxis.scaleanchor = 'x'");
    int plot = javascript.indexOf("Plotly.newPlot");
    assertThat(layout).isNotNegative();
    assertThat(anchor).isGreaterThan(layout);
    assertThat(plot).isGreaterThan(anchor);
  }

  @Test
  void acceptsFloatFeatures() {
    INDArray single = features.castTo(DataType.FLOAT);

    Figure figure = FeatureScatterPlot.create("features", single, labels);

    assertThat(TraceData.y(figure, 2)).containsExactly(4);
  }

  @Test
  void rejectsFeaturesThatAreNotTwoDimensional() {
    INDArray wide = Nd4j.zeros(DataType.DOUBLE, 5, 3);

    assertThatThrownBy(() -> FeatureScatterPlot.create("f", wide, labels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[images, 2]")
        .hasMessageContaining("[5, 3]");
  }

  @Test
  void rejectsLabelsOfAnotherLength() {
    assertThatThrownBy(() -> FeatureScatterPlot.create("f", features, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 feature rows and 2 labels");
  }

  @Test
  void rejectsNegativeLabelsNonFiniteFeaturesAndBadRadii() {
    assertThatThrownBy(
            () -> FeatureScatterPlot.create("f", features, new int[] {0, 1, -1, 2, 3}))
        .hasMessageContaining("labels must be >= 0, got -1 for image 2");
    INDArray broken = features.dup();
    broken.putScalar(3, 1, Double.NaN);
    assertThatThrownBy(() -> FeatureScatterPlot.create("f", broken, labels))
        .hasMessageContaining("features must be finite")
        .hasMessageContaining("image 3");
    assertThatThrownBy(() -> FeatureScatterPlot.create("f", features, labels, -1))
        .hasMessageContaining("circle radius must be finite and >= 0");
  }

  @Test
  void summarisesNormsAndDirectionsPerDigit() {
    // Digit 0 at norms 1, 2 and 3, all along +y; digit 1 at 45 and -45 degrees, norm 2.
    double root2 = Math.sqrt(2);
    INDArray points = Nd4j.createFromArray(
        new double[][] {{0, 1}, {root2, -root2}, {0, 2}, {root2, root2}, {0, 3}});
    int[] digits = {0, 1, 0, 1, 0};

    Table statistics = FeatureScatterPlot.digitStatistics("geometry", points, digits);

    assertThat(statistics.name()).isEqualTo("geometry");
    assertThat(statistics.intColumn("digit").asList()).containsExactly(0, 1);
    assertThat(statistics.intColumn("images").asList()).containsExactly(3, 2);
    assertThat(statistics.doubleColumn("mean_norm").get(0)).isCloseTo(2, within(1e-12));
    assertThat(statistics.doubleColumn("mean_norm").get(1)).isCloseTo(2, within(1e-12));
    // Percentiles of 1, 2, 3: 1.2 and 2.8.
    assertThat(statistics.doubleColumn("norm_p90_over_p10").get(0))
        .isCloseTo(2.8 / 1.2, within(1e-12));
    assertThat(statistics.doubleColumn("mean_angle_degrees").get(0)).isCloseTo(90, within(1e-9));
    assertThat(statistics.doubleColumn("angular_spread_degrees").get(0))
        .isCloseTo(0, within(1e-6));
    // Unit vectors at +-45 degrees: mean direction 0, R = cos 45.
    assertThat(statistics.doubleColumn("mean_angle_degrees").get(1)).isCloseTo(0, within(1e-9));
    double spread = Math.toDegrees(Math.sqrt(-2 * Math.log(Math.cos(Math.PI / 4))));
    assertThat(statistics.doubleColumn("angular_spread_degrees").get(1))
        .isCloseTo(spread, within(1e-9));
  }

  @Test
  void givesAnglesFromZeroTo360AndLeavesOutEmptyClasses() {
    INDArray points = Nd4j.createFromArray(new double[][] {{0, -1}, {-1, -0.0001}});
    int[] digits = {3, 5};

    Table statistics = FeatureScatterPlot.digitStatistics("g", points, digits);

    assertThat(statistics.intColumn("digit").asList()).containsExactly(3, 5);
    assertThat(statistics.doubleColumn("mean_angle_degrees").get(0)).isCloseTo(270, within(1e-9));
    assertThat(statistics.doubleColumn("mean_angle_degrees").get(1))
        .isCloseTo(180, within(0.01))
        .isGreaterThan(180);
  }
}
