package org.l2softmax.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Loads the real MNIST from the folder surefire names in {@code -Dl2softmax.data} and checks it
 * against facts published about the dataset, not against values this code produced.
 */
class RealMnistTest {

  private static MnistData mnist;

  @BeforeAll
  static void load() {
    String folder = System.getProperty(MnistLocator.PROPERTY);
    assertThat(folder)
        .as("surefire sets -D%s to the repository's data/mnist", MnistLocator.PROPERTY)
        .isNotBlank();
    mnist = MnistData.load(Path.of(folder));
  }

  @Test
  void hasSixtyThousandTrainingAndTenThousandTestImagesOf28By28() {
    assertThat(mnist.train().size()).isEqualTo(60_000);
    assertThat(mnist.test().size()).isEqualTo(10_000);
    for (ImageSet set : new ImageSet[] {mnist.train(), mnist.test()}) {
      assertThat(set.height()).isEqualTo(28);
      assertThat(set.width()).isEqualTo(28);
      assertThat(set.classes()).isEqualTo(10);
    }
  }

  @Test
  void firstLabelsAreTheWellKnownOnes() {
    assertThat(Arrays.copyOf(mnist.train().labels(), 10))
        .containsExactly(5, 0, 4, 1, 9, 2, 1, 3, 1, 4);
    assertThat(Arrays.copyOf(mnist.test().labels(), 10))
        .containsExactly(7, 2, 1, 0, 4, 1, 4, 9, 5, 9);
  }

  @Test
  void classCountsAreThePublishedOnes() {
    int[] train = mnist.train().classCounts();
    int[] test = mnist.test().classCounts();

    assertThat(Arrays.stream(train).sum()).isEqualTo(60_000);
    assertThat(Arrays.stream(test).sum()).isEqualTo(10_000);
    assertThat(train).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    assertThat(test).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
  }

  @Test
  void trainingPixelsSpanZeroToOneWithTheUsualMeanAndDeviation() {
    INDArray features = mnist.train().features();

    assertThat(features.minNumber().floatValue()).isZero();
    assertThat(features.maxNumber().floatValue()).isEqualTo(1f);
    // The normalisation constants quoted for MNIST everywhere: mean 0.1307, std 0.3081. Summed in
    // double, as a float32 sum of 47 million values drifts in the fourth decimal.
    INDArray precise = features.castTo(DataType.DOUBLE);
    assertThat(precise.meanNumber().doubleValue()).isCloseTo(0.1307, within(1e-4));
    assertThat(precise.stdNumber().doubleValue()).isCloseTo(0.3081, within(1e-4));
  }

  @Test
  void testPixelsSpanZeroToOne() {
    INDArray features = mnist.test().features();

    assertThat(features.minNumber().floatValue()).isZero();
    assertThat(features.maxNumber().floatValue()).isEqualTo(1f);
  }

  @Test
  void batchOfRealImagesHasOneHotLabels() {
    int[] indices = {0, 59_999, 1};
    DataSet batch = mnist.train().batch(indices);

    assertThat(batch.getFeatures().shape()).containsExactly(3, 784);
    assertThat(batch.getLabels().sum(1).toFloatVector()).containsExactly(1f, 1f, 1f);
    assertThat(batch.getLabels().argMax(1).toIntVector())
        .containsExactly(5, mnist.train().label(59_999), 0);
  }
}
