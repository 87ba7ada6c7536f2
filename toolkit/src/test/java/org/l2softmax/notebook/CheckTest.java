package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class CheckTest {

  /** What the notebook runner accepts (tools/run_notebooks.py, CHECK_LINE). */
  private static final String RUNNER_PATTERN =
      "CHECK [A-Za-z0-9][A-Za-z0-9._-]*: .* (OK|FAIL)";

  @Test
  void printsOneLineInTheRunnersFormat() {
    String printed = printed(() -> Check.error("softmax-gradient", 3.1e-9, 1e-6));

    assertThat(printed).isEqualTo("CHECK softmax-gradient: error 3.1e-09 < tolerance 1e-06 OK\n");
    assertThat(printed.strip()).matches(RUNNER_PATTERN);
  }

  @Test
  void saysFailWhenTheComparisonDoesNotHold() {
    assertThat(printed(() -> Check.error("big", 0.5, 1e-3)))
        .isEqualTo("CHECK big: error 0.5 < tolerance 0.001 FAIL\n");
    assertThat(printed(() -> Check.atLeast("accuracy", 0.08, 0.2)))
        .isEqualTo("CHECK accuracy: value 0.08 >= minimum 0.2 FAIL\n");
    assertThat(printed(() -> Check.atMost("loss", 2.5, 2.3)))
        .isEqualTo("CHECK loss: value 2.5 <= maximum 2.3 FAIL\n");
  }

  @Test
  void passesOnTheBoundaryOfAtLeastAndAtMost() {
    assertThat(printed(() -> Check.atLeast("a", 0.2, 0.2))).endsWith(" OK\n");
    assertThat(printed(() -> Check.atMost("b", 1000, 1000)))
        .isEqualTo("CHECK b: value 1000 <= maximum 1000 OK\n");
  }

  @Test
  void neverPassesANaN() {
    assertThat(printed(() -> Check.error("nan", Double.NaN, 1))).isEqualTo(
        "CHECK nan: error NaN < tolerance 1 FAIL\n");
    assertThat(printed(() -> Check.atLeast("nan", Double.NaN, 0))).endsWith(" FAIL\n");
  }

  @Test
  void rejectsANameTheRunnerCouldNotMatch() {
    assertThatThrownBy(() -> Check.line("two words", "x", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 'two words'");
    assertThatThrownBy(() -> Check.line("-dash", "x", true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Check.line("l2.row_norms-2", "x", true)).isEqualTo("CHECK l2.row_norms-2: x OK");
  }

  @Test
  void formatsNumbersWithFourSignificantDigitsAndNoTrailingZeros() {
    assertThat(Check.number(0.81249)).isEqualTo("0.8125");
    assertThat(Check.number(1e-6)).isEqualTo("1e-06");
    assertThat(Check.number(1000)).isEqualTo("1000");
    assertThat(Check.number(4.5)).isEqualTo("4.5");
    assertThat(Check.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
  }

  @Test
  void measuresTheLargestRelativeError() {
    var expected = Nd4j.createFromArray(new double[] {1.0, -2.0, 0.0});
    var actual = Nd4j.createFromArray(new double[] {1.001, -2.0, 1e-12});

    assertThat(Check.maxRelativeError(expected, actual, 1e-8)).isCloseTo(0.001 / 1.001,
        within(1e-12));
    assertThatThrownBy(() -> Check.maxRelativeError(expected, Nd4j.zeros(2), 1e-8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same shape");
  }

  private static String printed(Runnable check) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      check.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
