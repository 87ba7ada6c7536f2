package org.l2softmax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AlphaSettingTest {

  @Test
  void parsesEveryDocumentedForm() {
    assertThat(AlphaSetting.parse("0")).isEqualTo(AlphaSetting.plain());
    assertThat(AlphaSetting.parse(" 16 ")).isEqualTo(AlphaSetting.fixed(16));
    assertThat(AlphaSetting.parse("low").alpha()).isCloseTo(Math.log(72), within(1e-12));
    assertThat(AlphaSetting.parse("low:0.99").alpha()).isCloseTo(Math.log(792), within(1e-9));
    assertThat(AlphaSetting.parse("trainable"))
        .isEqualTo(AlphaSetting.trainableFrom(Math.log(72)));
    assertThat(AlphaSetting.parse("TRAINABLE:2.5")).isEqualTo(AlphaSetting.trainableFrom(2.5));
  }

  @Test
  void labelsNamePlainSoftmaxAndTrainableAlpha() {
    assertThat(AlphaSetting.plain().label()).isEqualTo("softmax");
    assertThat(AlphaSetting.fixed(16).label()).isEqualTo("alpha=16");
    assertThat(AlphaSetting.lowerBound().label()).isEqualTo("alpha=4.28");
    assertThat(AlphaSetting.trainableFrom(4.2767).label()).isEqualTo("trainable alpha (from 4.28)");
  }

  @Test
  void rejectsWhatCannotWork() {
    for (String text : new String[] {"-3", "abc", "", "NaN", "Infinity", "low:1", "trainable:0"}) {
      assertThatThrownBy(() -> AlphaSetting.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + text + "\"")
          .hasMessageContaining("expected a number >= 0");
    }
    assertThatThrownBy(() -> AlphaSetting.parse("low:0.05"))
        .hasMessageContaining("choose P > 1/9");
    assertThatThrownBy(() -> AlphaSetting.fixed(-1))
        .hasMessage("alpha must be finite and >= 0 (0 means plain softmax), got -1.0");
  }
}
