package org.l2softmax.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The four file names of an MNIST-style dataset folder, each of which may be stored raw or with a
 * {@code .gz} suffix, and the checks that a folder holds them all.
 */
final class MnistFiles {

  static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
  static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
  static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
  static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
  static final List<String> NAMES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

  static final String GZIP_SUFFIX = ".gz";

  private MnistFiles() {}

  /** The file for a name: the raw file if the folder has one, else the gzipped one, if any. */
  static Optional<Path> find(Path folder, String name) {
    Path raw = folder.resolve(name);
    if (Files.isRegularFile(raw)) {
      return Optional.of(raw);
    }
    Path gzipped = folder.resolve(name + GZIP_SUFFIX);
    return Files.isRegularFile(gzipped) ? Optional.of(gzipped) : Optional.empty();
  }

  /**
   * What keeps a folder from being a dataset folder, in words, or empty if it is one.
   *
   * @return for example "no such folder" or "lacks t10k-labels-idx1-ubyte[.gz]"
   */
  static Optional<String> problem(Path folder) {
    if (!Files.exists(folder)) {
      return Optional.of("no such folder");
    }
    if (!Files.isDirectory(folder)) {
      return Optional.of("not a folder");
    }
    List<String> missing = new ArrayList<>();
    for (String name : NAMES) {
      if (find(folder, name).isEmpty()) {
        missing.add(name + "[" + GZIP_SUFFIX + "]");
      }
    }
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of("lacks " + String.join(", ", missing));
  }

  /**
   * Checks that a folder holds all four files.
   *
   * @param origin where the folder came from, for the message, such as "the folder given"
   * @return the folder
   * @throws DatasetException naming the folder, its origin and the missing files
   */
  static Path requireComplete(Path folder, String origin) {
    problem(folder).ifPresent(problem -> {
      throw new DatasetException("MNIST folder " + folder + " (" + origin + "): " + problem
          + "; " + expectation());
    });
    return folder;
  }

  /** The file for a name, which must exist. */
  static Path require(Path folder, String name) {
    return find(folder, name).orElseThrow(() -> new DatasetException("MNIST folder " + folder
        + " lacks " + name + "[" + GZIP_SUFFIX + "]; " + expectation()));
  }

  /** What a dataset folder must hold, in words. */
  static String expectation() {
    return "a dataset folder needs " + String.join(", ", NAMES)
        + ", each raw or gzipped with the suffix " + GZIP_SUFFIX;
  }
}
