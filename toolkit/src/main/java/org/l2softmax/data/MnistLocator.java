package org.l2softmax.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which folder holds the MNIST files, in the order documented on {@link
 * MnistData#locate(Path)}. System properties, environment, working directory and home are passed
 * in, so that tests can stage every case.
 */
final class MnistLocator {

  static final String PROPERTY = "l2softmax.data";
  static final String ENVIRONMENT_VARIABLE = "L2SOFTMAX_DATA";
  static final Path PROJECT_FOLDER = Path.of("data", "mnist");

  /** DL4J's system property that moves its cache away from {@code ~/.deeplearning4j}. */
  static final String DL4J_DIRECTORY_PROPERTY = "org.deeplearning4j.resources.directory";

  private static final Logger log = LoggerFactory.getLogger(MnistLocator.class);

  private final UnaryOperator<String> properties;
  private final UnaryOperator<String> environment;
  private final Path workingDirectory;
  private final Path home;

  /**
   * @param properties system property by name, null if unset
   * @param environment environment variable by name, null if unset
   * @param workingDirectory absolute folder that relative paths start from
   * @param home the user's home folder
   */
  MnistLocator(UnaryOperator<String> properties, UnaryOperator<String> environment,
      Path workingDirectory, Path home) {
    this.properties = properties;
    this.environment = environment;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.home = home;
  }

  /** A locator reading this JVM's system properties, environment and working directory. */
  static MnistLocator ofSystem() {
    return new MnistLocator(System::getProperty, System::getenv, Path.of(""),
        Path.of(System.getProperty("user.home")));
  }

  /** The folder to load, or an exception listing every place looked at. */
  Path locate(Path userDirectory) {
    if (userDirectory != null) {
      return found(MnistFiles.requireComplete(absolute(userDirectory), "the folder given"),
          "the folder given");
    }
    List<String> searched = new ArrayList<>();
    Optional<Path> configured = configured("system property " + PROPERTY,
        properties.apply(PROPERTY), searched);
    if (configured.isEmpty()) {
      configured = configured("environment variable " + ENVIRONMENT_VARIABLE,
          environment.apply(ENVIRONMENT_VARIABLE), searched);
    }
    if (configured.isPresent()) {
      return configured.get();
    }

    for (Candidate candidate : usualPlaces()) {
      Optional<String> problem = MnistFiles.problem(candidate.folder());
      if (problem.isEmpty()) {
        return found(candidate.folder(), candidate.origin());
      }
      searched.add(candidate.folder() + " (" + candidate.origin() + "): " + problem.get());
    }
    throw new DatasetException(notFoundMessage(searched));
  }

  /**
   * A folder named by a setting: empty if the setting is unset, the folder if complete, and an
   * error otherwise, since silently loading another dataset than the one configured would hide
   * the mistake.
   */
  private Optional<Path> configured(String origin, String value, List<String> searched) {
    if (value == null || value.isBlank()) {
      searched.add(origin + ": not set");
      return Optional.empty();
    }
    Path folder;
    try {
      folder = absolute(Path.of(value.strip()));
    } catch (InvalidPathException e) {
      throw new DatasetException(origin + " is not a valid path: \"" + value + "\"");
    }
    return Optional.of(found(MnistFiles.requireComplete(folder, origin), origin));
  }

  private List<Candidate> usualPlaces() {
    List<Candidate> places = new ArrayList<>();
    for (Path folder = workingDirectory; folder != null; folder = folder.getParent()) {
      String origin = folder.equals(workingDirectory)
          ? "under the working directory"
          : "under a parent of the working directory";
      places.add(new Candidate(folder.resolve(PROJECT_FOLDER), origin));
    }

    String dl4jProperty = properties.apply(DL4J_DIRECTORY_PROPERTY);
    Path dl4j = dl4jProperty == null || dl4jProperty.isBlank()
        ? home.resolve(".deeplearning4j")
        : absolute(Path.of(dl4jProperty.strip()));
    places.add(new Candidate(dl4j.resolve(Path.of("data", "MNIST")),
        "DL4J's MNIST cache folder"));
    places.add(new Candidate(dl4j,
        "where DL4J 1.0.0-M2.1's MnistDataFetcher downloads and unpacks MNIST"));
    return places;
  }

  private Path absolute(Path path) {
    return workingDirectory.resolve(path).normalize();
  }

  private static Path found(Path folder, String origin) {
    log.debug("Using the MNIST files in {} ({})", folder, origin);
    return folder;
  }

  private static String notFoundMessage(List<String> searched) {
    StringBuilder message = new StringBuilder("No MNIST files found; ")
        .append(MnistFiles.expectation())
        .append(". Looked at:");
    for (String place : searched) {
      message.append(System.lineSeparator()).append("  - ").append(place);
    }
    return message.append(System.lineSeparator())
        .append("To fix: pass the folder that holds the files, or name it with -D")
        .append(PROPERTY).append("=FOLDER or ").append(ENVIRONMENT_VARIABLE)
        .append("=FOLDER, or put the files in ").append(PROJECT_FOLDER)
        .append(" under the project root.")
        .toString();
  }

  /** A folder worth looking at, and why, in words. */
  private record Candidate(Path folder, String origin) {}
}
