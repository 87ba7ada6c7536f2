package org.l2softmax.data;

import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training and test images of one MNIST-style dataset folder, loaded into memory.
 *
 * <p>A dataset folder holds four IDX files, each stored raw or gzipped with a {@code .gz} suffix:
 * {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}
 * and {@code t10k-labels-idx1-ubyte}; where both forms are present the raw file is read. MNIST has
 * 60000 training and 10000 test images of 28x28 in 10 classes. Fashion-MNIST uses the same names
 * and format, so loading its folder gives the fashion images instead; Debian's {@code
 * dataset-fashion-mnist} package installs them, gzipped, into {@code
 * /usr/share/datasets/fashion-mnist}.
 *
 * @param train the training set
 * @param test the test set, with the same image size and classes as the training set
 */
public record MnistData(ImageSet train, ImageSet test) {

  private static final Logger log = LoggerFactory.getLogger(MnistData.class);

  /**
   * Checks that both sets are present and describe the same kind of image.
   *
   * @throws IllegalArgumentException if image sizes or class counts differ
   */
  public MnistData {
    Objects.requireNonNull(train, "train set must not be null");
    Objects.requireNonNull(test, "test set must not be null");
    if (train.height() != test.height() || train.width() != test.width()
        || train.classes() != test.classes()) {
      throw new IllegalArgumentException("train and test sets must share image size and classes,"
          + " got " + train + " and " + test);
    }
  }

  /**
   * Reads the four files of a dataset folder; see the class description for their names.
   *
   * @param directory the dataset folder, for example the result of {@link #locate(Path)}
   * @return both sets, fully loaded
   * @throws DatasetException if a file is missing or broken, naming the file and the problem
   */
  public static MnistData load(Path directory) {
    Objects.requireNonNull(directory, "directory must not be null");
    MnistFiles.requireComplete(directory, "the folder to load");
    long start = System.nanoTime();

    ImageSet train = IdxReader.read(MnistFiles.require(directory, MnistFiles.TRAIN_IMAGES),
        MnistFiles.require(directory, MnistFiles.TRAIN_LABELS));
    ImageSet test = IdxReader.read(MnistFiles.require(directory, MnistFiles.TEST_IMAGES),
        MnistFiles.require(directory, MnistFiles.TEST_LABELS));
    MnistData data = new MnistData(train, test);

    log.debug("Loaded {} training and {} test images from {} in {} ms", train.size(),
        test.size(), directory, (System.nanoTime() - start) / 1_000_000);
    return data;
  }

  /**
   * Finds the dataset folder. The first of these places that applies wins:
   *
   * <ol>
   *   <li>{@code userDirectoryOrNull}, if not null; it must hold the four files;
   *   <li>the system property {@code l2softmax.data}, if set; it must name a complete folder;
   *   <li>the environment variable {@code L2SOFTMAX_DATA}, if set; it must name a complete folder;
   *   <li>{@code data/mnist} under the working directory or under the nearest parent that has one,
   *       so that the project root, {@code toolkit/} and {@code notebooks/} all find the copy in
   *       the repository;
   *   <li>DL4J's cache: {@code ~/.deeplearning4j/data/MNIST} (the folder DL4J's {@code
   *       MnistFetcher} names), then {@code ~/.deeplearning4j} itself, where DL4J 1.0.0-M2.1's
   *       {@code MnistDataFetcher} downloads and unpacks the files; DL4J's property {@code
   *       org.deeplearning4j.resources.directory} replaces {@code ~/.deeplearning4j} when set.
   * </ol>
   *
   * <p>A folder named by the caller or by a setting must be complete: a mistake there is an error
   * rather than a quiet fall-back to some other copy, which might be a different dataset.
   *
   * @param userDirectoryOrNull the folder the user asked for, or null to search
   * @return the absolute dataset folder
   * @throws DatasetException if a named folder lacks files (naming the folder and the missing
   *     files), or if no place holds them (listing every place looked at and how to fix it)
   */
  public static Path locate(Path userDirectoryOrNull) {
    return MnistLocator.ofSystem().locate(userDirectoryOrNull);
  }
}
