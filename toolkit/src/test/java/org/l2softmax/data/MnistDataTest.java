package org.l2softmax.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.l2softmax.data.IdxTestFiles.labelFile;
import static org.l2softmax.data.IdxTestFiles.write;
import static org.l2softmax.data.IdxTestFiles.writeFile;
import static org.l2softmax.data.IdxTestFiles.writeTinyDataset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistDataTest {

  @TempDir Path folder;

  @Test
  void loadsRawFolder() {
    writeTinyDataset(folder, false);

    assertTinyDataset(MnistData.load(folder));
  }

  @Test
  void loadsGzippedFolder() {
    writeTinyDataset(folder, true);

    assertTinyDataset(MnistData.load(folder));
  }

  @Test
  void loadsFolderMixingRawAndGzippedFiles() throws Exception {
    writeTinyDataset(folder, true);
    Path gzipped = folder.resolve("train-labels-idx1-ubyte.gz");
    writeFile(folder, "train-labels-idx1-ubyte", false, labelFile(1, 2, 3));
    Files.delete(gzipped);

    assertTinyDataset(MnistData.load(folder));
  }

  @Test
  void rawFileIsPreferredOverItsGzippedTwin() {
    writeTinyDataset(folder, true);
    writeFile(folder, "t10k-labels-idx1-ubyte", false, labelFile(4, 5));

    assertThat(MnistData.load(folder).test().labels()).containsExactly(4, 5);
  }

  @Test
  void incompleteFolderNamesTheMissingFile() throws Exception {
    writeTinyDataset(folder, false);
    Files.delete(folder.resolve("t10k-images-idx3-ubyte"));

    assertThatThrownBy(() -> MnistData.load(folder))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(folder.toString())
        .hasMessageContaining("lacks t10k-images-idx3-ubyte[.gz]");
  }

  @Test
  void brokenFileInTheFolderIsNamed() {
    writeTinyDataset(folder, false);
    Path labels = write(folder, "t10k-labels-idx1-ubyte", labelFile(9, 12));

    assertThatThrownBy(() -> MnistData.load(folder))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(labels.toString())
        .hasMessageContaining("label 12 of example 1 is outside 0..9");
  }

  @Test
  void trainAndTestMustShareTheImageSize() {
    ImageSet square = ImageSet.of(2, 2, 10, new byte[4], new int[] {0});
    ImageSet wide = ImageSet.of(2, 3, 10, new byte[6], new int[] {0});

    assertThatThrownBy(() -> new MnistData(square, wide))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2x2")
        .hasMessageContaining("2x3");
  }

  @Test
  void locateWithoutAFolderFollowsTheSystemProperty() {
    String property = System.getProperty(MnistLocator.PROPERTY);
    assertThat(property)
        .as("surefire sets -D%s to the repository's data/mnist", MnistLocator.PROPERTY)
        .isNotBlank();

    assertThat(MnistData.locate(null)).isEqualTo(Path.of(property).toAbsolutePath().normalize());
  }

  private static void assertTinyDataset(MnistData data) {
    assertThat(data.train().size()).isEqualTo(3);
    assertThat(data.train().labels()).containsExactly(1, 2, 3);
    assertThat(data.train().features().getFloat(2, 3)).isEqualTo(110 / 255f);
    assertThat(data.test().size()).isEqualTo(2);
    assertThat(data.test().labels()).containsExactly(9, 0);
    assertThat(data.test().features().getFloat(0, 0)).isEqualTo(1f);
    assertThat(data.test().height()).isEqualTo(2);
    assertThat(data.test().width()).isEqualTo(2);
  }
}
