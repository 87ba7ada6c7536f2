package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void escapesEveryCharacterWithAMeaningInHtml() {
    assertThat(Markup.escape("<b>\"a\" & 'b'</b>"))
        .isEqualTo("&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;");
  }

  @Test
  void writesWholeNumbersWithoutDecimals() {
    assertThat(Markup.number(16)).isEqualTo("16");
    assertThat(Markup.number(-3)).isEqualTo("-3");
    assertThat(Markup.number(0)).isEqualTo("0");
  }

  @Test
  void keepsFourSignificantDigits() {
    assertThat(Markup.number(0.971234)).isEqualTo("0.9712");
    assertThat(Markup.number(4.276666)).isEqualTo("4.277");
    assertThat(Markup.number(123.456)).isEqualTo("123.5");
    assertThat(Markup.number(0.5)).isEqualTo("0.5");
  }

  @Test
  void roundsLargeNumbersToWholeOnesAndWritesExtremesInScientificNotation() {
    assertThat(Markup.number(12345.67)).isEqualTo("12346");
    assertThat(Markup.number(3.2e-9)).isEqualTo("3.200e-09");
    assertThat(Markup.number(2.5e7 + 0.5)).isEqualTo("2.500e+07");
  }

  @Test
  void leavesMissingValuesEmpty() {
    assertThat(Markup.number(Double.NaN)).isEmpty();
    assertThat(Markup.number(Double.POSITIVE_INFINITY)).isEqualTo("inf");
  }
}
