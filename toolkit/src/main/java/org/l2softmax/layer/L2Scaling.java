package org.l2softmax.layer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The arithmetic of per-sample L2 normalisation and scaling, forward and backward, on
 * {@code [batch, features]} matrices.
 *
 * <p>For one sample x with {@code r = 1 / sqrt(sum(x^2) + epsilon)} the output is {@code y =
 * alpha r x}. Each row is divided by its own norm, so a sample's output never depends on the
 * other samples in the batch. The gradient of a loss L with upstream gradient {@code g = dL/dy}:
 *
 * <ul>
 *   <li>{@code dL/dx = alpha (r g - r^3 x sum(g x))}: the Jacobian of x/||x|| is {@code r (I -
 *       r^2 x x^T)}, so the part of g along x is removed and the gradient is orthogonal to x;
 *   <li>{@code dL/dalpha = sum over the batch of sum(g r x)}.
 * </ul>
 */
public final class L2Scaling {

  private L2Scaling() {}

  /**
   * The inverse norms {@code r = 1 / sqrt(sum(x^2) + epsilon)} of each row.
   *
   * @param features {@code [batch, features]}
   * @param epsilon small positive constant that keeps an all-zero row finite
   * @return a new {@code [batch, 1]} column
   */
  public static INDArray inverseNorms(INDArray features, double epsilon) {
    INDArray squaredNorms = features.mul(features).sum(true, 1);
    return Transforms.pow(squaredNorms.addi(epsilon), -0.5, false);
  }

  /**
   * The forward pass: each row divided by its own norm, then multiplied by alpha.
   *
   * @param features {@code [batch, features]}
   * @param alpha the scale
   * @param epsilon small positive constant inside the square root
   * @return a new {@code [batch, features]} matrix
   */
  public static INDArray forward(INDArray features, double alpha, double epsilon) {
    INDArray inverseNorms = inverseNorms(features, epsilon);
    return features.mulColumnVector(inverseNorms).muli(alpha);
  }

  /**
   * The backward pass: gradients with respect to the input features and to alpha.
   *
   * <p>With {@code xhat = r x} the input gradient {@code alpha (r g - r^3 x sum(g x))} is computed
   * as {@code alpha r (g - xhat sum(g xhat))}, and {@code dL/dalpha = sum(g xhat)}; both reuse
   * the same per-row dot products.
   *
   * @param features the forward input x, {@code [batch, features]}
   * @param outputGradient {@code dL/dy}, {@code [batch, features]}
   * @param alpha the scale used in the forward pass
   * @param epsilon the constant used in the forward pass
   * @return {@code dL/dx} as a new {@code [batch, features]} matrix, and {@code dL/dalpha}
   */
  public static Gradients backward(
      INDArray features, INDArray outputGradient, double alpha, double epsilon) {
    INDArray inverseNorms = inverseNorms(features, epsilon);
    INDArray normalised = features.mulColumnVector(inverseNorms);
    INDArray dots = outputGradient.mul(normalised).sum(true, 1);
    double alphaGradient = dots.sumNumber().doubleValue();

    INDArray inputGradient = outputGradient.sub(normalised.muliColumnVector(dots));
    inputGradient.muliColumnVector(inverseNorms).muli(alpha);
    return new Gradients(inputGradient, alphaGradient);
  }

  /**
   * The two gradients of the backward pass.
   *
   * @param input {@code dL/dx}, {@code [batch, features]}
   * @param alpha {@code dL/dalpha}, summed over the batch
   */
  public record Gradients(INDArray input, double alpha) {}
}
