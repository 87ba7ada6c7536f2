package org.l2softmax.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AlphaBoundTest {

  @Test
  void mnistBoundAtNinetyPercentIsLogOf72() {
    // p (C - 2) / (1 - p) = 0.9 * 8 / 0.1 = 72 exactly.
    assertThat(AlphaBound.lowerBound(10, 0.9)).isCloseTo(Math.log(72), within(1e-12));
    assertThat(AlphaBound.lowerBound(10, 0.9)).isCloseTo(4.2767, within(1e-4));
  }

  @Test
  void boundIsZeroWhereTheOddsEqualOne() {
    // p (C - 2) = 1 - p  <=>  p = 1 / (C - 1): a uniform guess over C - 1 classes.
    assertThat(AlphaBound.lowerBound(3, 0.5)).isCloseTo(0, within(1e-15));
    assertThat(AlphaBound.lowerBound(11, 0.1)).isCloseTo(0, within(1e-12));
  }

  @Test
  void achievableProbabilityInvertsTheBound() {
    for (int classes : new int[] {3, 10, 100, 1000}) {
      for (double p : new double[] {0.01, 0.5, 0.9, 0.99, 0.999999}) {
        double alpha = AlphaBound.lowerBound(classes, p);
        if (alpha >= 0) {
          assertThat(AlphaBound.achievableProbability(classes, alpha))
              .as("C=%d p=%s", classes, p)
              .isCloseTo(p, within(1e-12));
        }
      }
    }
  }

  @Test
  void boundGrowsWithClassesAndProbability() {
    assertThat(AlphaBound.lowerBound(100, 0.9)).isGreaterThan(AlphaBound.lowerBound(10, 0.9));
    assertThat(AlphaBound.lowerBound(10, 0.99)).isGreaterThan(AlphaBound.lowerBound(10, 0.9));
  }

  @Test
  void largeAlphaDoesNotOverflow() {
    assertThat(AlphaBound.achievableProbability(10, 1e6)).isEqualTo(1.0);
  }

  @Test
  void rejectsTooFewClassesAndBadProbabilities() {
    assertThatThrownBy(() -> AlphaBound.lowerBound(2, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classes must be > 2")
        .hasMessageContaining("2");
    for (double p : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> AlphaBound.lowerBound(10, p))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("strictly between 0 and 1")
          .hasMessageContaining(String.valueOf(p));
    }
    assertThatThrownBy(() -> AlphaBound.achievableProbability(10, -1))
        .hasMessageContaining("alpha must be finite and >= 0");
  }
}
