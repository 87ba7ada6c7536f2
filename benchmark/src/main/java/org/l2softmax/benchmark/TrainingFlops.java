package org.l2softmax.benchmark;

/**
 * Floating-point operations of one training step of the toolkit's network, per image, counted
 * the usual way: a multiply-add is two operations, the backward pass costs twice the forward
 * pass (input and weight gradients), element-wise work is left out.
 */
final class TrainingFlops {

  private TrainingFlops() {}

  /**
   * Per image, for MnistCnn's default shape: 28x28 input, conv 5x5 x32 and x64 with same
   * padding, 2x2 max-pooling after each, dense 1024, 10 classes.
   */
  static double perImage() {
    return perImage(28, 28, 5, 32, 64, 1024, 10);
  }

  static double perImage(
      int height, int width, int kernel, int filters1, int filters2, int features, int classes) {
    double taps = kernel * kernel;
    double conv1 = (double) height * width * filters1 * taps;
    double conv2 = (double) (height / 2) * (width / 2) * filters2 * taps * filters1;
    double dense = (double) (height / 4) * (width / 4) * filters2 * features;
    double output = (double) features * classes;
    double forward = 2 * (conv1 + conv2 + dense + output);
    return 3 * forward;
  }
}
