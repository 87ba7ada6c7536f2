package org.l2softmax.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.l2softmax.data.ImageSet;
import org.l2softmax.data.MnistData;
import org.l2softmax.model.MnistCnn;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The toolkit's network trains the same with oneDNN as with DL4J's built-in kernels: the same
 * images, parameters and dropout masks give the same loss, step by step.
 */
class SameLossTest {

  private static final int STEPS = 8;
  private static final int BATCH = 64;

  /**
   * The two runs differ only in the order in which single precision numbers are added up inside
   * convolution and pooling, so each loss can differ by a few units of single precision's
   * rounding (1.2e-7 relative); measured: at most 3.3e-7 over these 8 steps. A tolerance of 1e-5
   * leaves a factor of 30 for other CPUs and thread counts (other kernels, other orders), and is
   * far below what a wrong kernel does: the loss moves by about 0.1 per step here.
   */
  private static final double RELATIVE_TOLERANCE = 1e-5;

  @Test
  void trainingStepsGiveTheSameLossWithOneDnnAndBuiltInKernels() {
    assumeTrue(OneDnn.isAvailable(), () -> OneDnn.unavailableReason().orElse(""));
    MultiLayerConfiguration configuration =
        MnistCnn.builder().seed(5).alpha(16).buildConfiguration();
    ImageSet digits = MnistData.load(MnistData.locate(null)).train().first(STEPS * BATCH);

    MultiLayerNetwork oneDnn = LayerHelpers.network(configuration, true);
    MultiLayerNetwork builtIn = LayerHelpers.network(configuration, false);
    assertThat(ConvolutionKernels.of(oneDnn).isOneDnn()).isTrue();
    assertThat(ConvolutionKernels.of(builtIn).isOneDnn()).isFalse();
    assertThat(oneDnn.params()).isEqualTo(builtIn.params());

    double[] withOneDnn = train(oneDnn, digits);
    double[] withBuiltIn = train(builtIn, digits);

    for (int step = 0; step < STEPS; step++) {
      double difference = Math.abs(withOneDnn[step] - withBuiltIn[step]) / withBuiltIn[step];
      assertThat(difference)
          .as("relative loss difference after step %d", step + 1)
          .isLessThan(RELATIVE_TOLERANCE);
    }
    assertThat(withOneDnn[STEPS - 1]).isLessThan(withOneDnn[0]);
  }

  /** The loss of each step; dropout draws from ND4J's generator, reseeded for each run. */
  private static double[] train(MultiLayerNetwork network, ImageSet digits) {
    Nd4j.getRandom().setSeed(11);
    double[] losses = new double[STEPS];
    for (int step = 0; step < STEPS; step++) {
      int[] indices = IntStream.range(step * BATCH, (step + 1) * BATCH).toArray();
      network.fit(digits.batch(indices));
      losses[step] = network.score();
    }
    return losses;
  }
}
