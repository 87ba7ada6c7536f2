package org.l2softmax.model;

import java.util.Locale;
import org.l2softmax.layer.AlphaBound;

/**
 * How a network scales its normalised features: plain softmax (no constraint), a fixed alpha, or
 * a trainable alpha with its starting value.
 *
 * @param alpha the fixed alpha or the starting value; 0 only for plain softmax
 * @param trainable whether alpha is learned during training
 */
public record AlphaSetting(double alpha, boolean trainable) {

  /** Target probability used for the paper's lower bound in {@link #parse(String)}. */
  public static final double DEFAULT_TARGET_PROBABILITY = 0.9;

  /** Number of MNIST classes, used for the lower bound in {@link #parse(String)}. */
  public static final int MNIST_CLASSES = 10;

  /** Validates the pair; see {@link #plain()}, {@link #fixed}, {@link #trainableFrom}. */
  public AlphaSetting {
    if (Double.isNaN(alpha) || Double.isInfinite(alpha) || alpha < 0) {
      throw new IllegalArgumentException(
          "alpha must be finite and >= 0 (0 means plain softmax), got " + alpha);
    }
    if (trainable && alpha == 0) {
      throw new IllegalArgumentException(
          "a trainable alpha needs a starting value > 0, got " + alpha);
    }
  }

  /** Plain softmax: no normalisation layer at all. */
  public static AlphaSetting plain() {
    return new AlphaSetting(0, false);
  }

  /** A fixed alpha; 0 gives plain softmax. */
  public static AlphaSetting fixed(double alpha) {
    return new AlphaSetting(alpha, false);
  }

  /** A trainable alpha that starts at the given value (> 0). */
  public static AlphaSetting trainableFrom(double initialAlpha) {
    return new AlphaSetting(initialAlpha, true);
  }

  /** The paper's lower bound for MNIST at p = 0.9, about 4.28. */
  public static AlphaSetting lowerBound() {
    return fixed(AlphaBound.lowerBound(MNIST_CLASSES, DEFAULT_TARGET_PROBABILITY));
  }

  /** Whether this is plain softmax (no normalisation layer). */
  public boolean isPlain() {
    return alpha == 0;
  }

  /** A short label: "softmax", "alpha=16" or "trainable alpha (from 4.28)". */
  public String label() {
    if (isPlain()) {
      return "softmax";
    }
    String value = formatAlpha(alpha);
    return trainable ? "trainable alpha (from " + value + ")" : "alpha=" + value;
  }

  /**
   * Reads one setting as written on a command line.
   *
   * <p>Accepted forms: a number such as {@code 16} or {@code 0} (plain softmax); {@code low}, the
   * paper's lower bound for MNIST at p = 0.9; {@code low:P} for another target probability P;
   * {@code trainable} (starts at the lower bound) or {@code trainable:X} (starts at X).
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static AlphaSetting parse(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    try {
      if (value.equals("low")) {
        return lowerBound();
      }
      if (value.startsWith("low:")) {
        double probability = Double.parseDouble(value.substring(4));
        double bound = AlphaBound.lowerBound(MNIST_CLASSES, probability);
        if (bound <= 0) {
          // p (C - 2) / (1 - p) <= 1 below p = 1 / (C - 1): any alpha reaches such a p.
          throw new IllegalArgumentException(
              "the bound is " + bound + " <= 0 for P <= 1/" + (MNIST_CLASSES - 1)
                  + ": choose P > 1/" + (MNIST_CLASSES - 1));
        }
        return fixed(bound);
      }
      if (value.equals("trainable")) {
        return trainableFrom(lowerBound().alpha());
      }
      if (value.startsWith("trainable:")) {
        return trainableFrom(Double.parseDouble(value.substring(10)));
      }
      return fixed(Double.parseDouble(value));
    } catch (IllegalArgumentException e) {
      String reason = e instanceof NumberFormatException ? "not a number" : e.getMessage();
      throw new IllegalArgumentException(
          "cannot read alpha \""
              + text
              + "\" ("
              + reason
              + "); expected a number >= 0 (0 = plain softmax), low, low:P with 1/9 < P < 1,"
              + " trainable or trainable:X with X > 0",
          e);
    }
  }

  private static String formatAlpha(double alpha) {
    if (alpha == Math.rint(alpha)) {
      return String.valueOf((long) alpha);
    }
    return String.format(Locale.ROOT, "%.2f", alpha);
  }
}
