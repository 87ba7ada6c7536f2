package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.l2softmax.model.AlphaSetting;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class FeatureNormHistogramTest {

  private static final double[] SOFTMAX = {1, 2, 2, 3, 3, 3, 4, 4, 4, 4};

  private static final double[] ALPHA_16 = {2.5, 2.5, 2.5, 2.5};

  private FeatureNormHistogram histogram(int bins) {
    return FeatureNormHistogram.builder()
        .run(AlphaSetting.plain(), SOFTMAX)
        .run(AlphaSetting.fixed(16), ALPHA_16)
        .bins(bins)
        .build();
  }

  @Test
  void drawsOneOutlinePerRunWithPlainSoftmaxLastAndDashed() {
    Figure figure = histogram(3).figure();

    assertThat(TraceData.names(figure)).containsExactly("alpha=16", "plain softmax");
    assertThat(TraceData.isBlackDashed(figure, 1)).isTrue();
    assertThat(TraceData.isSolid(figure, 0)).isTrue();
    assertThat(TraceData.javascript(figure, 0).replace(" ", "")).contains("\"shape\":\"hv\"");
  }

  @Test
  void sharesTheBinsAndGivesPercentOfEachRunsImages() {
    Figure figure = histogram(3).figure();

    // Norms span 1..4, so three bins of width 1: [1, 2), [2, 3), [3, 4] (the top one closed).
    assertThat(TraceData.x(figure, 1)).containsExactly(1, 1, 2, 3, 4);
    assertThat(TraceData.y(figure, 1)).containsExactly(0, 10, 20, 70, 0);
    assertThat(TraceData.x(figure, 0)).containsExactly(1, 1, 2, 3, 4);
    assertThat(TraceData.y(figure, 0)).containsExactly(0, 0, 100, 0, 0);
    for (int trace = 0; trace < 2; trace++) {
      assertThat(DoubleStream.of(TraceData.y(figure, trace)).sum()).isCloseTo(100, within(1e-9));
    }
  }

  @Test
  void drawsASingleValueAsOneNarrowBin() {
    Figure figure =
        FeatureNormHistogram.builder().run(AlphaSetting.fixed(8), ALPHA_16).bins(5).build()
            .figure();

    double[] x = TraceData.x(figure, 0);
    assertThat(x[0]).isEqualTo(2.5);
    assertThat(x[6]).isGreaterThan(2.5);
    assertThat(TraceData.y(figure, 0)[1]).isEqualTo(100);
  }

  @Test
  void labelsTheAxesAndTitle() {
    String layout =
        FeatureNormHistogram.builder().title("Norms after one epoch").run(AlphaSetting.plain(),
            SOFTMAX).build().figure().getLayout().asJavascript();

    assertThat(layout).contains("Norms after one epoch").contains("images (%)")
        .contains("before normalisation");
    assertThat(histogram(3).figure().getLayout().asJavascript())
        .contains(FeatureNormHistogram.TITLE);
  }

  @Test
  void summarisesEachRunInATable() {
    Table statistics = histogram(3).statistics();

    assertThat(statistics.name()).isEqualTo("feature norm statistics");
    assertThat(statistics.stringColumn("run").asList())
        .containsExactly("softmax", "alpha=16");
    assertThat(statistics.intColumn("images").asList()).containsExactly(10, 4);
    assertThat(statistics.doubleColumn("mean").get(0)).isCloseTo(3.0, within(1e-12));
    // Positions 0.9, 4.5 and 8.1 of the sorted softmax norms.
    assertThat(statistics.doubleColumn("p10").get(0)).isCloseTo(1.9, within(1e-12));
    assertThat(statistics.doubleColumn("median").get(0)).isCloseTo(3.0, within(1e-12));
    assertThat(statistics.doubleColumn("p90").get(0)).isCloseTo(4.0, within(1e-12));
    assertThat(statistics.doubleColumn("p90_over_p10").get(0)).isCloseTo(4 / 1.9, within(1e-12));
    assertThat(statistics.doubleColumn("p90_over_p10").get(1)).isEqualTo(1.0);
  }

  @Test
  void percentilesInterpolateBetweenRanks() {
    double[] sorted = {10, 20, 30, 40};

    assertThat(FeatureNormHistogram.percentile(sorted, 0)).isEqualTo(10);
    assertThat(FeatureNormHistogram.percentile(sorted, 50)).isEqualTo(25);
    assertThat(FeatureNormHistogram.percentile(sorted, 100)).isEqualTo(40);
    assertThat(FeatureNormHistogram.percentile(new double[] {7}, 90)).isEqualTo(7);
  }

  @Test
  void copiesTheNorms() {
    double[] norms = {1, 2, 3};
    FeatureNormHistogram copy =
        FeatureNormHistogram.builder().run(AlphaSetting.plain(), norms).build();

    norms[0] = 100;

    assertThat(copy.statistics().doubleColumn("mean").get(0)).isCloseTo(2, within(1e-12));
  }

  @Test
  void saysWhatIsWrong() {
    assertThatThrownBy(() -> FeatureNormHistogram.builder().build())
        .hasMessageContaining("at least one run");
    assertThatThrownBy(
            () -> FeatureNormHistogram.builder().run(AlphaSetting.plain(), SOFTMAX).bins(0)
                .build())
        .hasMessageContaining("bins must be >= 1, got 0");
    assertThatThrownBy(
            () -> FeatureNormHistogram.builder().run(AlphaSetting.fixed(4), new double[] {1, -2}))
        .hasMessageContaining("got -2.0 for image 1 of run 'alpha=4'");
    assertThatThrownBy(
            () -> FeatureNormHistogram.builder().run(AlphaSetting.plain(), new double[0]))
        .hasMessageContaining("run 'softmax' has no norms");
  }
}
