package org.l2softmax.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.l2softmax.data.IdxTestFiles.writeTinyDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stages each place {@link MnistLocator} looks at in a temporary folder tree. */
class MnistLocatorTest {

  @TempDir Path root;

  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> environment = new HashMap<>();
  private Path project;
  private Path workingDirectory;
  private Path home;

  @BeforeEach
  void createTree() throws IOException {
    project = Files.createDirectories(root.resolve("project"));
    workingDirectory = Files.createDirectories(project.resolve("notebooks"));
    home = Files.createDirectories(root.resolve("home"));
  }

  private Path locate(Path userDirectory) {
    return new MnistLocator(properties::get, environment::get, workingDirectory, home)
        .locate(userDirectory);
  }

  private Path dataset(Path folder, boolean gzipped) throws IOException {
    writeTinyDataset(Files.createDirectories(folder), gzipped);
    return folder;
  }

  @Test
  void userFolderComesFirst() throws IOException {
    Path user = dataset(root.resolve("user"), true);
    properties.put(MnistLocator.PROPERTY, dataset(root.resolve("property"), true).toString());
    dataset(project.resolve("data/mnist"), false);

    assertThat(locate(user)).isEqualTo(user);
  }

  @Test
  void relativeUserFolderStartsAtTheWorkingDirectory() throws IOException {
    Path mine = dataset(workingDirectory.resolve("mine"), false);

    assertThat(locate(Path.of("mine"))).isEqualTo(mine);
  }

  @Test
  void incompleteUserFolderNamesFolderAndMissingFiles() throws IOException {
    Path user = dataset(root.resolve("user"), true);
    Files.delete(user.resolve("t10k-labels-idx1-ubyte.gz"));
    Files.delete(user.resolve("train-images-idx3-ubyte.gz"));
    dataset(project.resolve("data/mnist"), false);

    assertThatThrownBy(() -> locate(user))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(user.toString())
        .hasMessageContaining("the folder given")
        .hasMessageContaining("lacks train-images-idx3-ubyte[.gz], t10k-labels-idx1-ubyte[.gz]");
  }

  @Test
  void missingUserFolderIsNamed() {
    Path user = root.resolve("absent");

    assertThatThrownBy(() -> locate(user))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(user + " (the folder given): no such folder");
  }

  @Test
  void systemPropertyComesBeforeEnvironmentAndProjectFolder() throws IOException {
    Path property = dataset(root.resolve("property"), true);
    properties.put(MnistLocator.PROPERTY, property.toString());
    environment.put(MnistLocator.ENVIRONMENT_VARIABLE, dataset(root.resolve("env"), true)
        .toString());
    dataset(project.resolve("data/mnist"), false);

    assertThat(locate(null)).isEqualTo(property);
  }

  @Test
  void environmentVariableComesBeforeProjectFolder() throws IOException {
    Path variable = dataset(root.resolve("env"), false);
    properties.put(MnistLocator.PROPERTY, "  ");
    environment.put(MnistLocator.ENVIRONMENT_VARIABLE, variable.toString());
    dataset(project.resolve("data/mnist"), false);

    assertThat(locate(null)).isEqualTo(variable);
  }

  @Test
  void settingNamingAnIncompleteFolderIsAnErrorNotAFallBack() throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty"));
    environment.put(MnistLocator.ENVIRONMENT_VARIABLE, empty.toString());
    dataset(project.resolve("data/mnist"), false);

    assertThatThrownBy(() -> locate(null))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("environment variable L2SOFTMAX_DATA")
        .hasMessageContaining("train-labels-idx1-ubyte[.gz]");
  }

  @Test
  void projectFolderIsFoundFromASubfolder() throws IOException {
    Path projectData = dataset(project.resolve("data/mnist"), true);

    assertThat(locate(null)).isEqualTo(projectData);
  }

  @Test
  void nearestProjectFolderWins() throws IOException {
    dataset(project.resolve("data/mnist"), true);
    Path nearer = dataset(workingDirectory.resolve("data/mnist"), false);

    assertThat(locate(null)).isEqualTo(nearer);
  }

  @Test
  void dl4jMnistFolderIsTheLastButOneResort() throws IOException {
    Path cache = dataset(home.resolve(".deeplearning4j/data/MNIST"), false);
    dataset(home.resolve(".deeplearning4j"), false);

    assertThat(locate(null)).isEqualTo(cache);
  }

  @Test
  void dl4jDownloadFolderIsTheLastResort() throws IOException {
    Path downloads = dataset(home.resolve(".deeplearning4j"), false);

    assertThat(locate(null)).isEqualTo(downloads);
  }

  @Test
  void dl4jResourcePropertyMovesTheCache() throws IOException {
    Path moved = dataset(root.resolve("dl4j/data/MNIST"), false);
    dataset(home.resolve(".deeplearning4j/data/MNIST"), false);
    properties.put(MnistLocator.DL4J_DIRECTORY_PROPERTY, root.resolve("dl4j").toString());

    assertThat(locate(null)).isEqualTo(moved);
  }

  @Test
  void nothingFoundListsEveryPlaceAndTheFix() throws IOException {
    Files.createDirectories(project.resolve("data/mnist"));

    assertThatThrownBy(() -> locate(null))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("No MNIST files found")
        .hasMessageContaining("system property l2softmax.data: not set")
        .hasMessageContaining("environment variable L2SOFTMAX_DATA: not set")
        .hasMessageContaining(workingDirectory.resolve("data/mnist") + " (under the working")
        .hasMessageContaining(project.resolve("data/mnist") + " (under a parent of the working"
            + " directory): lacks train-images-idx3-ubyte[.gz]")
        .hasMessageContaining(root.resolve("data/mnist").toString())
        .hasMessageContaining(home.resolve(".deeplearning4j/data/MNIST").toString())
        .hasMessageContaining(home.resolve(".deeplearning4j") + " (")
        .hasMessageContaining("-Dl2softmax.data=FOLDER")
        .hasMessageContaining("L2SOFTMAX_DATA=FOLDER");
  }
}
