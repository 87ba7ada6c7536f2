package org.l2softmax.layer;

/**
 * The lower bound on the scale alpha from the L2-constrained softmax paper (Ranjan, Castillo and
 * Chellappa, 2017).
 *
 * <p>With features of norm alpha and unit-norm class weights, the best a sample can do is a logit
 * of alpha for its own class and about 0 for the other C - 1 classes. Asking that this best case
 * reaches probability p, {@code e^alpha / (e^alpha + C - 2) >= p} (the paper drops the one
 * opposite class at {@code e^-alpha}), gives {@code alpha >= log(p (C - 2) / (1 - p))}.
 */
public final class AlphaBound {

  private AlphaBound() {}

  /**
   * The smallest alpha at which a correctly classified sample can reach the target probability.
   *
   * @param classes number of classes C, at least 3 (the bound has C - 2 in a logarithm)
   * @param probability target probability p of the true class, strictly between 0 and 1
   * @return {@code log(p (C - 2) / (1 - p))}; for MNIST (C = 10, p = 0.9) about 4.277
   */
  public static double lowerBound(int classes, double probability) {
    if (classes <= 2) {
      throw new IllegalArgumentException(
          "classes must be > 2 (the bound uses log(C - 2)), got " + classes);
    }
    if (!(probability > 0 && probability < 1)) {
      throw new IllegalArgumentException(
          "probability must be strictly between 0 and 1, got " + probability);
    }
    return Math.log(probability * (classes - 2) / (1 - probability));
  }

  /**
   * The best-case probability of the true class at a given alpha, in the paper's approximation:
   * {@code e^alpha / (e^alpha + C - 2)}. It is the inverse of {@link #lowerBound(int, double)}.
   *
   * @param classes number of classes C, at least 3
   * @param alpha the feature scale, at least 0
   * @return the probability in (0, 1)
   */
  public static double achievableProbability(int classes, double alpha) {
    if (classes <= 2) {
      throw new IllegalArgumentException(
          "classes must be > 2 (the bound uses log(C - 2)), got " + classes);
    }
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
    }
    // e^a / (e^a + C - 2) written as 1 / (1 + (C - 2) e^-a) so that large alpha cannot overflow.
    return 1.0 / (1.0 + (classes - 2) * Math.exp(-alpha));
  }
}
