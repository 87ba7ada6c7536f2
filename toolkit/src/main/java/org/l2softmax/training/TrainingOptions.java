package org.l2softmax.training;

/**
 * How long and on what a network trains, and how often it is evaluated.
 *
 * @param epochs passes over the training examples, at least 1
 * @param batchSize images per iteration, at least 1
 * @param trainExamples training images used (the first ones of the training set); 0 = all
 * @param testExamples test images used for the test accuracy (the first ones); 0 = all
 * @param evaluationInterval iterations between evaluations, at least 1; the last iteration is
 *     always evaluated
 * @param evaluationTrainExamples training images on which the train accuracy is measured (the
 *     first ones of those used for training); 0 = all of them
 * @param seed seed of the order in which examples are visited; every run with the same seed
 *     sees the same minibatches
 */
public record TrainingOptions(
    int epochs,
    int batchSize,
    int trainExamples,
    int testExamples,
    int evaluationInterval,
    int evaluationTrainExamples,
    long seed) {

  /** Validates every option and names the one that is wrong. */
  public TrainingOptions {
    requireAtLeast(epochs, 1, "epochs");
    requireAtLeast(batchSize, 1, "batchSize");
    requireAtLeast(trainExamples, 0, "trainExamples (0 = all)");
    requireAtLeast(testExamples, 0, "testExamples (0 = all)");
    requireAtLeast(evaluationInterval, 1, "evaluationInterval");
    requireAtLeast(evaluationTrainExamples, 0, "evaluationTrainExamples (0 = all)");
  }

  /** The full data, one epoch, batch 128, an evaluation every 100 iterations, seed 42. */
  public static TrainingOptions defaults() {
    return builder().build();
  }

  /** Starts from the {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts from these options. */
  public Builder toBuilder() {
    return new Builder()
        .epochs(epochs)
        .batchSize(batchSize)
        .trainExamples(trainExamples)
        .testExamples(testExamples)
        .evaluationInterval(evaluationInterval)
        .evaluationTrainExamples(evaluationTrainExamples)
        .seed(seed);
  }

  /** Builds {@link TrainingOptions}; {@link #build()} says which value is out of range. */
  public static final class Builder {
    private int epochs = 1;
    private int batchSize = 128;
    private int trainExamples;
    private int testExamples;
    private int evaluationInterval = 100;
    private int evaluationTrainExamples = 5000;
    private long seed = 42;

    private Builder() {}

    /** Passes over the training images (default 1). */
    public Builder epochs(int value) {
      epochs = value;
      return this;
    }

    /** Images per iteration (default 128). */
    public Builder batchSize(int value) {
      batchSize = value;
      return this;
    }

    /** Train on the first {@code value} training images; 0 (default) = all. */
    public Builder trainExamples(int value) {
      trainExamples = value;
      return this;
    }

    /** Test on the first {@code value} test images; 0 (default) = all. */
    public Builder testExamples(int value) {
      testExamples = value;
      return this;
    }

    /** Iterations between evaluations (default 100). */
    public Builder evaluationInterval(int value) {
      evaluationInterval = value;
      return this;
    }

    /** Training images on which train accuracy is measured (default 5000; 0 = all). */
    public Builder evaluationTrainExamples(int value) {
      evaluationTrainExamples = value;
      return this;
    }

    /** Seed of the minibatch order (default 42). */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** Validates and builds the options. */
    public TrainingOptions build() {
      return new TrainingOptions(
          epochs,
          batchSize,
          trainExamples,
          testExamples,
          evaluationInterval,
          evaluationTrainExamples,
          seed);
    }
  }

  private static void requireAtLeast(int value, int minimum, String name) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be >= " + minimum + ", got " + value);
    }
  }
}
