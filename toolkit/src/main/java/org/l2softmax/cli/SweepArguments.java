package org.l2softmax.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.l2softmax.model.AlphaSetting;
import org.l2softmax.training.TrainingOptions;

/**
 * The options of the sweep command, read from the command line.
 *
 * @param alphas the settings to train, in order
 * @param training epochs, example counts, evaluation interval, batch size and seed
 * @param dataFolder the MNIST folder given by the user, or null to look for it
 * @param outputFolder where history.csv, summary.csv and sweep.html go
 * @param help whether the user asked for the usage text
 */
public record SweepArguments(
    List<AlphaSetting> alphas,
    TrainingOptions training,
    Path dataFolder,
    Path outputFolder,
    boolean help) {

  /** The alphas of the default sweep: plain softmax, the lower bound, 8, 16, 32 and trainable. */
  public static final String DEFAULT_ALPHAS = "0,low,8,16,32,trainable";

  /** The usage text printed by {@code --help} and after an argument error. */
  public static final String USAGE =
      """
      Usage: l2softmax [options]
      Trains the MNIST CNN once per alpha and writes history.csv, summary.csv and sweep.html.

        --alphas LIST         comma-separated alphas (default %s):
                                0 = plain softmax, a number > 0 = fixed alpha,
                                low = the paper's lower bound for p = 0.9 (about 4.28),
                                low:P = the bound for another p, trainable = trained alpha
                                starting at the bound, trainable:X = starting at X
        --epochs N            passes over the training images (default 1)
        --train-examples N    train on the first N training images (default: all 60000)
        --test-examples N     test on the first N test images (default: all 10000)
        --eval-every N        iterations between evaluations (default 100)
        --eval-train N        training images used for train accuracy (default 5000)
        --batch-size N        images per iteration (default 128)
        --seed N              seed of weights, dropout and minibatch order (default 42)
        --data DIR            folder with the MNIST IDX files (default: data/mnist, found
                              from the working folder upwards, or DL4J's cache)
        --output DIR          where results are written (default: results)
        --quick               a preset that finishes in about a minute on two cores:
                              2000 training and 1000 test images, evaluations every 8
                              iterations; options after it override it, options
                              before it are overridden
        --help                print this text
      """
          .formatted(DEFAULT_ALPHAS);

  /**
   * Reads the arguments.
   *
   * @throws UsageException naming the argument that is wrong and what was expected
   */
  public static SweepArguments parse(String... args) throws UsageException {
    List<AlphaSetting> alphas = parseAlphas(DEFAULT_ALPHAS);
    TrainingOptions.Builder training = TrainingOptions.builder();
    Path data = null;
    Path output = Path.of("results");
    boolean help = false;

    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      switch (name) {
        case "--help", "-h" -> help = true;
        case "--quick" ->
            training.trainExamples(2000).testExamples(1000).evaluationTrainExamples(1000)
                .evaluationInterval(8);
        case "--alphas" -> alphas = parseAlphas(value(args, ++i, name));
        case "--epochs" -> training.epochs(positive(args, ++i, name));
        case "--train-examples" -> training.trainExamples(positive(args, ++i, name));
        case "--test-examples" -> training.testExamples(positive(args, ++i, name));
        case "--eval-every" -> training.evaluationInterval(positive(args, ++i, name));
        case "--eval-train" -> training.evaluationTrainExamples(positive(args, ++i, name));
        case "--batch-size" -> training.batchSize(positive(args, ++i, name));
        case "--seed" -> training.seed(longValue(args, ++i, name));
        case "--data" -> data = Path.of(value(args, ++i, name));
        case "--output" -> output = Path.of(value(args, ++i, name));
        default -> throw new UsageException("unknown option \"" + name + "\"");
      }
    }
    return new SweepArguments(alphas, training.build(), data, output, help);
  }

  private static List<AlphaSetting> parseAlphas(String list) throws UsageException {
    List<AlphaSetting> alphas = new ArrayList<>();
    for (String item : list.split(",", -1)) {
      try {
        alphas.add(AlphaSetting.parse(item));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--alphas: " + e.getMessage());
      }
    }
    return alphas;
  }

  private static String value(String[] args, int index, String name) throws UsageException {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(name + " needs a value");
    }
    if (args[index].isBlank()) {
      throw new UsageException(name + " needs a value, got an empty one");
    }
    return args[index];
  }

  private static int positive(String[] args, int index, String name) throws UsageException {
    String text = value(args, index, name);
    try {
      int number = Integer.parseInt(text.trim());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new UsageException(
        name + " must be a whole number from 1 to " + Integer.MAX_VALUE + ", got \"" + text + "\"");
  }

  private static long longValue(String[] args, int index, String name) throws UsageException {
    String text = value(args, index, name);
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(name + " must be a whole number, got \"" + text + "\"");
    }
  }
}
