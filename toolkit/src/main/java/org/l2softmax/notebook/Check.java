package org.l2softmax.notebook;

import java.util.Locale;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Numeric checks that print one line each, which the notebook runner reads.
 *
 * <p>Every check prints exactly one line to standard output:
 *
 * <pre>
 * CHECK softmax-gradient: error 3.1e-09 &lt; tolerance 1e-06 OK
 * CHECK train-accuracy: value 0.8125 &gt;= minimum 0.5 OK
 * CHECK alpha-bound: value 4.443 &lt;= maximum 4.3 FAIL
 * </pre>
 *
 * <p>The line starts with {@code CHECK }, then the check's name, a colon, what was compared, and
 * ends with {@code OK} or {@code FAIL}. A notebook that computes its own comparison prints a line
 * of the same form. A check does not throw when it fails: the notebook runs on
 * and the student sees the line, while the runner fails the notebook on any {@code FAIL} line and
 * on any check that the notebook declares in its metadata but never printed. A NaN never passes.
 */
public final class Check {

  /** How every check line starts. */
  public static final String PREFIX = "CHECK ";

  /** Names are short and safe to match: letters, digits, '.', '_' and '-'. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Check() {}

  /**
   * Checks that an error is below a tolerance: {@code error < tolerance}.
   *
   * @param name the check's name, as declared in the notebook's metadata
   * @param error a non-negative error, such as a maximum relative difference
   * @param tolerance the largest error that is still wrong only by rounding
   */
  public static void error(String name, double error, double tolerance) {
    report(name, "error " + number(error) + " < tolerance " + number(tolerance),
        error < tolerance);
  }

  /** Checks that {@code value >= minimum}. */
  public static void atLeast(String name, double value, double minimum) {
    report(name, "value " + number(value) + " >= minimum " + number(minimum),
        value >= minimum);
  }

  /** Checks that {@code value <= maximum}. */
  public static void atMost(String name, double value, double maximum) {
    report(name, "value " + number(value) + " <= maximum " + number(maximum),
        value <= maximum);
  }

  /**
   * The largest elementwise relative difference {@code |a - b| / max(|a|, |b|, floor)}, the usual
   * measure for comparing an analytic gradient with finite differences.
   *
   * @param expected one array
   * @param actual an array of the same shape
   * @param floor the smallest denominator, so that two values near zero do not blow the
   *     difference up (for example 1e-8)
   */
  public static double maxRelativeError(INDArray expected, INDArray actual, double floor) {
    if (!expected.equalShapes(actual)) {
      throw new IllegalArgumentException("arrays must have the same shape, got "
          + java.util.Arrays.toString(expected.shape()) + " and "
          + java.util.Arrays.toString(actual.shape()));
    }
    double[] a = expected.dup().data().asDouble();
    double[] b = actual.dup().data().asDouble();
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      double scale = Math.max(floor, Math.max(Math.abs(a[i]), Math.abs(b[i])));
      double difference = Math.abs(a[i] - b[i]) / scale;
      if (Double.isNaN(difference)) {
        return Double.NaN;
      }
      worst = Math.max(worst, difference);
    }
    return worst;
  }

  /**
   * Prints one check line in a single write, so that a kernel forwards it in one piece. The
   * methods return nothing: a returned value would show as a cell output of its own.
   */
  static void report(String name, String comparison, boolean passed) {
    System.out.print(line(name, comparison, passed) + "\n");
    System.out.flush();
  }

  /** One check line, without printing it. */
  static String line(String name, String comparison, boolean passed) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("check name must be letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit, got '" + name + "'");
    }
    return PREFIX + name + ": " + comparison + (passed ? " OK" : " FAIL");
  }

  /** Four significant digits without trailing zeros: 3.1e-09, 0.8125, 1e-06, 1000. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    return String.format(Locale.ROOT, "%.4g", value)
        .replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2")
        .replaceFirst("\\.(e|$)", "$1");
  }
}
