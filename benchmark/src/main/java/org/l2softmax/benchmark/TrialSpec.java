package org.l2softmax.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one trial trains: the same for every implementation, so that their figures compare.
 *
 * @param variant the implementation and setting
 * @param dataFolder the MNIST folder (the toolkit's implementation reads it with MnistData)
 * @param trainFile training images as {@link MnistBytes} (the reference reads these)
 * @param testFile test images as {@link MnistBytes}
 * @param images training images, taken in a seeded random order from the first ones
 * @param batchSize images per step
 * @param testImages test images for the accuracy (the first ones)
 * @param alpha the scale of the L2-normalise layer
 * @param seed seed of the image order and of the weights
 */
record TrialSpec(
    Variant variant,
    Path dataFolder,
    Path trainFile,
    Path testFile,
    int images,
    int batchSize,
    int testImages,
    double alpha,
    long seed) {

  /** The arguments of the trial program that rebuild this spec. */
  List<String> toArguments() {
    return List.of(
        variant.id(),
        dataFolder.toString(),
        trainFile.toString(),
        testFile.toString(),
        Integer.toString(images),
        Integer.toString(batchSize),
        Integer.toString(testImages),
        Double.toString(alpha),
        Long.toString(seed));
  }

  static TrialSpec fromArguments(String[] arguments) {
    if (arguments.length != 9) {
      throw new IllegalArgumentException(
          "a trial takes 9 arguments (see TrialSpec.toArguments), got " + arguments.length);
    }
    return new TrialSpec(
        Variant.byId(arguments[0]),
        Path.of(arguments[1]),
        Path.of(arguments[2]),
        Path.of(arguments[3]),
        Integer.parseInt(arguments[4]),
        Integer.parseInt(arguments[5]),
        Integer.parseInt(arguments[6]),
        Double.parseDouble(arguments[7]),
        Long.parseLong(arguments[8]));
  }

  /**
   * The minibatches in training order: the same Fisher-Yates shuffle with the same seed as the
   * toolkit's {@code Trainer}, so every implementation sees the same images in the same order.
   */
  List<int[]> batches() {
    Random order = new Random(seed);
    int[] permutation = new int[images];
    for (int i = 0; i < images; i++) {
      permutation[i] = i;
    }
    for (int i = images - 1; i > 0; i--) {
      int j = order.nextInt(i + 1);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    List<int[]> batches = new ArrayList<>();
    for (int from = 0; from < images; from += batchSize) {
      int[] batch = new int[Math.min(batchSize, images - from)];
      System.arraycopy(permutation, from, batch, 0, batch.length);
      batches.add(batch);
    }
    return batches;
  }
}
