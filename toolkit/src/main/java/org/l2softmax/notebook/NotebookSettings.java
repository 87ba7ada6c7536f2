package org.l2softmax.notebook;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.l2softmax.training.TrainingOptions;

/**
 * How much a notebook trains, read from environment variables so that the same notebook runs
 * fully for a student and quickly in CI.
 *
 * <table>
 *   <caption>The knobs</caption>
 *   <tr><th>variable</th><th>meaning</th><th>default</th><th>CI setting</th></tr>
 *   <tr><td>{@value #EXAMPLES}</td><td>training images (the first ones of MNIST's training set;
 *       {@code all} or 0 for all 60000)</td><td>{@value #DEFAULT_TRAIN_EXAMPLES}</td>
 *       <td>512</td></tr>
 *   <tr><td>{@value #TEST_EXAMPLES}</td><td>test images for accuracies ({@code all} or 0 for all
 *       10000)</td><td>{@value #DEFAULT_TEST_EXAMPLES}</td><td>256</td></tr>
 *   <tr><td>{@value #EPOCHS}</td><td>passes over the training images</td>
 *       <td>{@value #DEFAULT_EPOCHS}</td><td>1</td></tr>
 * </table>
 *
 * <p>A notebook that needs more or less than the knobs say (a network with a 2-D feature layer
 * learns more slowly, a setup check needs little) scales them in its own code and says so.
 *
 * @param trainExamples training images to use; 0 means all
 * @param testExamples test images to use; 0 means all
 * @param epochs passes over the training images, at least 1
 * @param variablesSet the knob variables that were set; the others' values are the defaults
 */
public record NotebookSettings(
    int trainExamples, int testExamples, int epochs, Set<String> variablesSet) {

  /** Environment variable: number of training images. */
  public static final String EXAMPLES = "L2SOFTMAX_EXAMPLES";

  /** Environment variable: number of test images. */
  public static final String TEST_EXAMPLES = "L2SOFTMAX_TEST_EXAMPLES";

  /** Environment variable: number of epochs. */
  public static final String EPOCHS = "L2SOFTMAX_EPOCHS";

  /** Training images when {@value #EXAMPLES} is not set: a few minutes per run on a laptop. */
  public static final int DEFAULT_TRAIN_EXAMPLES = 10_000;

  /** Test images when {@value #TEST_EXAMPLES} is not set. */
  public static final int DEFAULT_TEST_EXAMPLES = 2_000;

  /** Epochs when {@value #EPOCHS} is not set. */
  public static final int DEFAULT_EPOCHS = 1;

  /** The most epochs accepted, to catch a typo before it trains for a day. */
  public static final int MAX_EPOCHS = 1000;

  /** Batch size of {@link #trainingOptions(int)}, the toolkit's default. */
  public static final int BATCH_SIZE = 128;

  /** Images in MNIST's training set, what "all" means in {@link #trainingOptions(int)}. */
  public static final int MNIST_TRAINING_IMAGES = 60_000;

  /** Validates the values and names the one that is wrong. */
  public NotebookSettings {
    if (trainExamples < 0) {
      throw new IllegalArgumentException("trainExamples must be >= 0 (0 = all), got "
          + trainExamples);
    }
    if (testExamples < 0) {
      throw new IllegalArgumentException("testExamples must be >= 0 (0 = all), got "
          + testExamples);
    }
    if (epochs < 1 || epochs > MAX_EPOCHS) {
      throw new IllegalArgumentException(
          "epochs must be in 1.." + MAX_EPOCHS + ", got " + epochs);
    }
    variablesSet = variablesSet == null ? Set.of() : Set.copyOf(variablesSet);
  }

  /** The defaults, as if no variable were set. */
  public static NotebookSettings defaults() {
    return from(name -> null);
  }

  /** The settings of the process environment, defaults where a variable is not set. */
  public static NotebookSettings fromEnvironment() {
    return from(System::getenv);
  }

  /**
   * The settings of an environment given as a lookup, defaults where it returns null or blank.
   *
   * @param environment variable name to value, null when unset
   * @throws IllegalArgumentException naming the variable, its value and what is accepted
   */
  public static NotebookSettings from(UnaryOperator<String> environment) {
    String examples = environment.apply(EXAMPLES);
    String testExamples = environment.apply(TEST_EXAMPLES);
    String epochs = environment.apply(EPOCHS);
    Set<String> set = new LinkedHashSet<>();
    for (String name : new String[] {EXAMPLES, TEST_EXAMPLES, EPOCHS}) {
      if (isSet(environment.apply(name))) {
        set.add(name);
      }
    }
    return new NotebookSettings(
        count(EXAMPLES, examples, DEFAULT_TRAIN_EXAMPLES, "training images"),
        count(TEST_EXAMPLES, testExamples, DEFAULT_TEST_EXAMPLES, "test images"),
        epochs(epochs),
        set);
  }

  /**
   * Training options with these example counts and epochs, batch {@value #BATCH_SIZE}, and an
   * evaluation interval that gives about {@code evaluations} evaluations per run (the last
   * iteration is always evaluated; "all" training images counts as {@value
   * #MNIST_TRAINING_IMAGES}). Adjust the rest with {@code toBuilder()}.
   *
   * @param evaluations evaluations wanted per run, at least 1
   */
  public TrainingOptions trainingOptions(int evaluations) {
    if (evaluations < 1) {
      throw new IllegalArgumentException("evaluations must be >= 1, got " + evaluations);
    }
    int interval = Math.max(1, iterations(MNIST_TRAINING_IMAGES) / evaluations);
    return TrainingOptions.builder()
        .trainExamples(trainExamples)
        .testExamples(testExamples)
        .epochs(epochs)
        .batchSize(BATCH_SIZE)
        .evaluationInterval(interval)
        .evaluationTrainExamples(Math.min(trainExamples == 0 ? 5000 : trainExamples, 5000))
        .build();
  }

  /**
   * Iterations of one run with these settings and batch {@value #BATCH_SIZE}.
   *
   * @param availableExamples training images in the dataset, used when all are asked for
   */
  public int iterations(int availableExamples) {
    int used = trainExamples == 0 ? availableExamples : Math.min(trainExamples, availableExamples);
    return (used + BATCH_SIZE - 1) / BATCH_SIZE * epochs;
  }

  /**
   * For example "512 training images (L2SOFTMAX_EXAMPLES), 2000 test images (default of
   * L2SOFTMAX_TEST_EXAMPLES), 1 epoch (default of L2SOFTMAX_EPOCHS)".
   */
  @Override
  public String toString() {
    return describe(trainExamples, "training images", EXAMPLES) + ", "
        + describe(testExamples, "test images", TEST_EXAMPLES) + ", "
        + epochs + (epochs == 1 ? " epoch" : " epochs") + source(EPOCHS);
  }

  private String describe(int count, String what, String variable) {
    return (count == 0 ? "all " + what : count + " " + what) + source(variable);
  }

  private String source(String variable) {
    return variablesSet.contains(variable)
        ? " (" + variable + ")"
        : " (default of " + variable + ")";
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static int count(String variable, String value, int defaultValue, String what) {
    if (!isSet(value)) {
      return defaultValue;
    }
    String text = value.trim().toLowerCase(Locale.ROOT);
    if (text.equals("all")) {
      return 0;
    }
    try {
      int count = Integer.parseInt(text);
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted forms
    }
    throw new IllegalArgumentException(variable + " must be a number of " + what
        + " >= 1, or 'all' (or 0) for all of them, got '" + value + "'");
  }

  private static int epochs(String value) {
    if (!isSet(value)) {
      return DEFAULT_EPOCHS;
    }
    try {
      int epochs = Integer.parseInt(value.trim());
      if (epochs >= 1 && epochs <= MAX_EPOCHS) {
        return epochs;
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted range
    }
    throw new IllegalArgumentException(
        EPOCHS + " must be a whole number of epochs in 1.." + MAX_EPOCHS + ", got '" + value + "'");
  }
}
