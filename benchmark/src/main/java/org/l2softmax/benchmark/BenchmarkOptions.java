package org.l2softmax.benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark's command line.
 *
 * @param images training images per trial
 * @param rounds how many times each variant trains; variants take turns within a round
 * @param batchSize images per step
 * @param testImages test images for the accuracy
 * @param alpha the scale of the L2-normalise layer (the main job's is 16)
 * @param seed seed of the image order and weights
 * @param variants what to compare, in the order they take turns
 * @param dataFolder the MNIST folder, or null to search as the toolkit does
 * @param workFolder where the trials' data files go
 * @param measureGemm whether to measure the SGEMM peak first
 * @param help whether to print the usage and stop
 */
record BenchmarkOptions(
    int images,
    int rounds,
    int batchSize,
    int testImages,
    double alpha,
    long seed,
    List<Variant> variants,
    Path dataFolder,
    Path workFolder,
    boolean measureGemm,
    boolean help) {

  static final String USAGE =
      """
      Usage: benchmark/run [options]

      Trains the toolkit's network and the same network in PyTorch (through DJL), each in fresh
      JVMs taking turns (A B A B ...), and prints training images/s, test accuracy, peak memory,
      the ratio ours/reference and our GFLOP/s against the machine's SGEMM peak.

        --images N        training images per trial (default 12800: 100 steps of 128)
        --rounds R        trials per variant (default 3)
        --batch B         images per step (default 128)
        --test-images T   test images for the accuracy (default 10000, all)
        --alpha A         scale of the L2-normalise layer (default 16, as the main job)
        --seed S          seed of image order and weights (default 42)
        --variants LIST   comma-separated, in turn order (default ours,reference); one of
                          %s
        --data DIR        MNIST folder (default: as bin/l2softmax finds it)
        --work DIR        folder for the trials' data files (default target/benchmark)
        --no-gemm         skip the SGEMM peak measurement
        --help            this text

      A full epoch: --images 60000. Thread settings: every variant runs with
      OMP_WAIT_POLICY=PASSIVE and OPENBLAS_THREAD_TIMEOUT=4 (as bin/l2softmax), except
      ours-spinning and reference-spinning, which run without them.
      """
          .formatted(Variant.ids());

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException naming the bad option and what it accepts
   */
  static BenchmarkOptions parse(String[] arguments) {
    int images = 12_800;
    int rounds = 3;
    int batchSize = 128;
    int testImages = 10_000;
    double alpha = 16;
    long seed = 42;
    List<Variant> variants = List.of(Variant.OURS, Variant.REFERENCE);
    Path dataFolder = null;
    Path workFolder = Path.of("target", "benchmark");
    boolean measureGemm = true;
    boolean help = false;
    for (int i = 0; i < arguments.length; i++) {
      String option = arguments[i];
      switch (option) {
        case "--help", "-h" -> help = true;
        case "--no-gemm" -> measureGemm = false;
        case "--images" -> images = positive(option, value(arguments, ++i, option));
        case "--rounds" -> rounds = positive(option, value(arguments, ++i, option));
        case "--batch" -> batchSize = positive(option, value(arguments, ++i, option));
        case "--test-images" -> testImages = positive(option, value(arguments, ++i, option));
        case "--alpha" -> alpha = Double.parseDouble(value(arguments, ++i, option));
        case "--seed" -> seed = Long.parseLong(value(arguments, ++i, option));
        case "--variants" -> variants = Variant.parseList(value(arguments, ++i, option));
        case "--data" -> dataFolder = Path.of(value(arguments, ++i, option));
        case "--work" -> workFolder = Path.of(value(arguments, ++i, option));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (images > 60_000 || testImages > 10_000) {
      throw new IllegalArgumentException(
          "MNIST has 60000 training and 10000 test images; got --images "
              + images
              + " and --test-images "
              + testImages);
    }
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("--variants names no variant; expected some of "
          + Variant.ids());
    }
    return new BenchmarkOptions(
        images, rounds, batchSize, testImages, alpha, seed, variants, dataFolder, workFolder,
        measureGemm, help);
  }

  private static String value(String[] arguments, int index, String option) {
    if (index >= arguments.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return arguments[index];
  }

  private static int positive(String option, String value) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, got " + value);
    }
    if (number < 1) {
      throw new IllegalArgumentException(option + " must be >= 1, got " + value);
    }
    return number;
  }
}
