package org.l2softmax.plots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Line;

class RunStyleTest {

  @Test
  void marksPlainSoftmaxInStyleAndName() {
    RunStyle plain = RunStyle.of("alpha=0", true, 0);

    assertThat(plain.legendName()).isEqualTo("alpha=0 (plain softmax)");
    assertThat(RunStyle.of("softmax", true, 0).legendName()).isEqualTo("plain softmax");
    assertThat(RunStyle.of("plain softmax", true, 0).legendName()).isEqualTo("plain softmax");
    assertThat(plain.color()).isEqualTo(RunStyle.PLAIN_SOFTMAX_COLOR);
    assertThat(plain.dash()).isEqualTo(Line.Dash.DASH);
    assertThat(plain.width()).isGreaterThan(RunStyle.of("alpha=16", false, 0).width());
  }

  @Test
  void givesRunsAfterThePaletteItsColoursAgain() {
    RunStyle first = RunStyle.of("alpha=1", false, 0);
    RunStyle second = RunStyle.of("alpha=2", false, 1);
    RunStyle eighth = RunStyle.of("alpha=128", false, 7);

    assertThat(second.color()).isNotEqualTo(first.color());
    assertThat(eighth.color()).isEqualTo(first.color()).isNotEqualTo(RunStyle.PLAIN_SOFTMAX_COLOR);
    assertThat(eighth.dash()).isEqualTo(Line.Dash.SOLID);
  }

  @Test
  void keepsLegendNamesFromBreakingTheScript() {
    RunStyle style = RunStyle.of("a\\b\nc\u2028d's \"e\"", false, 0);

    assertThat(style.legendName()).isEqualTo("a b c d's 'e'");
  }
}
