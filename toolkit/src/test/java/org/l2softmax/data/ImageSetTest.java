package org.l2softmax.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.l2softmax.data.IdxTestFiles.unsignedBytes;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

class ImageSetTest {

  // Four images of 2 rows x 3 columns; image i has pixel values 10 * i + (0..5).
  private static final int HEIGHT = 2;
  private static final int WIDTH = 3;
  private static final int CLASSES = 4;
  private static final int[] LABELS = {2, 0, 3, 2};

  private static byte[] pixels() {
    int[] values = new int[LABELS.length * HEIGHT * WIDTH];
    for (int image = 0; image < LABELS.length; image++) {
      for (int pixel = 0; pixel < HEIGHT * WIDTH; pixel++) {
        values[image * HEIGHT * WIDTH + pixel] = 10 * image + pixel;
      }
    }
    return unsignedBytes(values);
  }

  private static ImageSet set() {
    return ImageSet.of(HEIGHT, WIDTH, CLASSES, pixels(), LABELS);
  }

  /** The feature the set must hold for an image and pixel, from the pattern above. */
  private static float expectedFeature(int image, int pixel) {
    return (10 * image + pixel) / 255f;
  }

  @Test
  void describesItsShape() {
    ImageSet set = set();

    assertThat(set.size()).isEqualTo(4);
    assertThat(set.height()).isEqualTo(HEIGHT);
    assertThat(set.width()).isEqualTo(WIDTH);
    assertThat(set.pixelsPerImage()).isEqualTo(6);
    assertThat(set.classes()).isEqualTo(CLASSES);
    assertThat(set).hasToString("ImageSet[4 images of 2x3, 4 classes]");
  }

  @Test
  void featuresHoldOneImagePerRowInRowMajorOrder() {
    INDArray features = set().features();

    assertThat(features.shape()).containsExactly(4, 6);
    assertThat(features.dataType()).isEqualTo(DataType.FLOAT);
    assertThat(features.ordering()).isEqualTo('c');
    for (int image = 0; image < 4; image++) {
      for (int row = 0; row < HEIGHT; row++) {
        for (int column = 0; column < WIDTH; column++) {
          int pixel = row * WIDTH + column;
          assertThat(features.getFloat(image, pixel))
              .as("image %d, row %d, column %d", image, row, column)
              .isEqualTo(expectedFeature(image, pixel));
        }
      }
    }
  }

  @Test
  void brightestPixelIsOne() {
    ImageSet set = ImageSet.of(1, 2, 2, unsignedBytes(255, 0), new int[] {1});

    assertThat(set.features().toFloatMatrix()[0]).containsExactly(1f, 0f);
  }

  @Test
  void callersCannotChangeTheSetThroughArraysTheyHandedOverOrReceived() {
    byte[] pixels = pixels();
    int[] labels = LABELS.clone();
    ImageSet set = ImageSet.of(HEIGHT, WIDTH, CLASSES, pixels, labels);

    pixels[0] = 99;
    labels[0] = 1;
    set.labels()[1] = 3;
    set.batch(new int[] {0}).getFeatures().putScalar(0, 0, 0.5f);
    set.all().getFeatures().putScalar(0, 0, 0.5f);
    set.all().getLabels().putScalar(0, 0, 1f);

    assertThat(set.labels()).containsExactly(LABELS);
    assertThat(set.features().getFloat(0, 0)).isZero();
    assertThat(set.batch(new int[] {0}).getLabels().getFloat(0, 0)).isZero();
  }

  @Test
  void featuresAreBuiltOnceAndShared() {
    ImageSet set = set();

    assertThat(set.features()).isSameAs(set.features());
    assertThat(set.all().getFeatures()).isNotSameAs(set.features());
  }

  @Test
  void arraysBuiltInsideAWorkspaceOutliveIt() {
    ImageSet set = set();
    WorkspaceConfiguration config = WorkspaceConfiguration.builder()
        .initialSize(1 << 20)
        .policyAllocation(AllocationPolicy.STRICT)
        .policyLearning(LearningPolicy.NONE)
        .build();

    INDArray features;
    DataSet batch;
    try (MemoryWorkspace workspace =
        Nd4j.getWorkspaceManager().getAndActivateWorkspace(config, "ImageSetTest")) {
      features = set.features();
      batch = set.batch(new int[] {1});
    }

    assertThat(features.isAttached()).isFalse();
    assertThat(batch.getFeatures().isAttached()).isFalse();
    assertThat(batch.getLabels().isAttached()).isFalse();
    assertThat(features.getFloat(3, 5)).isEqualTo(expectedFeature(3, 5));
  }

  @Test
  void labelAndClassCounts() {
    ImageSet set = set();

    assertThat(set.label(2)).isEqualTo(3);
    assertThat(set.classCounts()).containsExactly(1, 0, 2, 1);
    assertThatThrownBy(() -> set.label(4))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("must be in 0..3, got 4");
  }

  @Test
  void firstKeepsTheLeadingExamples() {
    ImageSet first = set().first(2);

    assertThat(first.size()).isEqualTo(2);
    assertThat(first.labels()).containsExactly(2, 0);
    assertThat(first.classCounts()).containsExactly(1, 0, 1, 0);
    INDArray features = first.features();
    assertThat(features.shape()).containsExactly(2, 6);
    assertThat(features.getFloat(1, 5)).isEqualTo(expectedFeature(1, 5));
  }

  @Test
  void firstOfAllIsTheWholeSetAndFirstCanBeNested() {
    ImageSet set = set();

    assertThat(set.first(4).labels()).containsExactly(LABELS);
    assertThat(set.first(3).first(1).labels()).containsExactly(2);
  }

  @Test
  void firstRejectsCountsOutsideOneToSize() {
    ImageSet set = set();

    assertThatThrownBy(() -> set.first(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be in 1..4 (the size of this set), got 0");
    assertThatThrownBy(() -> set.first(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 5");
  }

  @Test
  void batchTakesTheGivenExamplesInOrderWithOneHotLabels() {
    DataSet batch = set().batch(new int[] {3, 1, 3});

    INDArray features = batch.getFeatures();
    assertThat(features.shape()).containsExactly(3, 6);
    assertThat(features.dataType()).isEqualTo(DataType.FLOAT);
    int[] examples = {3, 1, 3};
    for (int row = 0; row < examples.length; row++) {
      for (int pixel = 0; pixel < 6; pixel++) {
        assertThat(features.getFloat(row, pixel)).isEqualTo(expectedFeature(examples[row], pixel));
      }
    }

    INDArray labels = batch.getLabels();
    assertThat(labels.shape()).containsExactly(3, CLASSES);
    assertThat(labels.dataType()).isEqualTo(DataType.FLOAT);
    assertThat(labels.toFloatMatrix()).isDeepEqualTo(new float[][] {
      {0, 0, 1, 0},
      {1, 0, 0, 0},
      {0, 0, 1, 0}
    });
  }

  @Test
  void allEqualsTheBatchOfEveryExample() {
    ImageSet set = set();

    DataSet all = set.all();
    DataSet batch = set.batch(new int[] {0, 1, 2, 3});

    assertThat(all.getFeatures()).isEqualTo(batch.getFeatures());
    assertThat(all.getLabels()).isEqualTo(batch.getLabels());
    assertThat(all.getLabels().argMax(1).toIntVector()).containsExactly(LABELS);
  }

  @Test
  void batchRejectsIndicesOutsideTheSet() {
    ImageSet set = set();

    assertThatThrownBy(() -> set.batch(new int[] {0, 4}))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index at position 1 must be in 0..3, got 4");
    assertThatThrownBy(() -> set.batch(new int[] {-1}))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("got -1");
    assertThatThrownBy(() -> set.batch(new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one example");
    assertThatThrownBy(() -> set.batch(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void batchOfAPrefixStopsAtThePrefix() {
    ImageSet first = set().first(2);

    assertThatThrownBy(() -> first.batch(new int[] {2}))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("must be in 0..1, got 2");
  }

  @Test
  void ofRejectsInconsistentInput() {
    assertThatThrownBy(() -> ImageSet.of(HEIGHT, WIDTH, CLASSES, new byte[5], LABELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pixels must hold 24 bytes (4 images of 2x3), got 5");
    assertThatThrownBy(() -> ImageSet.of(HEIGHT, WIDTH, 3, pixels(), LABELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label of example 2 must be in 0..2, got 3");
    assertThatThrownBy(() -> ImageSet.of(0, WIDTH, CLASSES, new byte[0], LABELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0x3");
    assertThatThrownBy(() -> ImageSet.of(HEIGHT, WIDTH, CLASSES, new byte[0], new int[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one example");
    assertThatThrownBy(() -> ImageSet.of(HEIGHT, WIDTH, 1, pixels(), LABELS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classes must be at least 2, got 1");
  }
}
