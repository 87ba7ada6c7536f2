package org.l2softmax.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNSubsamplingHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.l2softmax.GradientChecks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gradients of a conv-pool-dense-L2-softmax network with DL4J's oneDNN helpers on.
 *
 * <p>DL4J's oneDNN helpers accept only single precision: given double precision data they decline
 * and DL4J runs its built-in code. So the proof has two steps. First DL4J's gradient check, in
 * double precision, of the network with its helpers in place (built-in arithmetic, the helper
 * objects present). Then the oneDNN gradients in single precision against those checked double
 * precision gradients, for the same parameters and images; DL4J's built-in single precision
 * gradients go through the same comparison, and differ from oneDNN's in the last bits, which shows
 * that different code computed them.
 */
class OneDnnGradientTest {

  /**
   * Largest error of a parameter's single precision gradient, relative to that gradient's largest
   * entry. Single precision rounds to 6e-8 relative and each entry here sums at most a few
   * hundred products; measured: at most 7e-7, for oneDNN and for the built-in code alike. 1e-5
   * leaves a factor of 14 for other CPUs and kernels; a wrong kernel (a missing term, a flipped
   * filter) gives errors of order 1.
   */
  private static final double SINGLE_PRECISION_TOLERANCE = 1e-5;

  @BeforeEach
  void requireOneDnnBuild() {
    assumeTrue(
        OneDnn.isAvailable(),
        () -> "oneDNN is not available: " + OneDnn.unavailableReason().orElse(""));
  }

  @Test
  void doublePrecisionGradientCheckPassesWithHelpersOn() {
    boolean passed =
        GradientChecks.inDoublePrecision(
            () -> {
              MultiLayerNetwork network =
                  LayerHelpers.network(SmallCnn.configuration(DataType.DOUBLE), true);
              assertThat(network.getLayer(0).getHelper())
                  .isInstanceOf(MKLDNNConvHelper.class);
              assertThat(network.getLayer(1).getHelper())
                  .isInstanceOf(MKLDNNSubsamplingHelper.class);
              return GradientChecks.pass(network, SmallCnn.data(DataType.DOUBLE));
            });

    assertThat(passed).isTrue();
  }

  @Test
  void oneDnnGradientsMatchTheCheckedDoublePrecisionGradients() {
    MultiLayerNetwork reference =
        LayerHelpers.network(SmallCnn.configuration(DataType.DOUBLE), false);
    MultiLayerNetwork oneDnn = LayerHelpers.network(SmallCnn.configuration(DataType.FLOAT), true);
    MultiLayerNetwork builtIn =
        LayerHelpers.network(SmallCnn.configuration(DataType.FLOAT), false);
    assertThat(ConvolutionKernels.oneDnnLayers(oneDnn))
        .containsExactly("conv1", "pool1", "conv2", "pool2");
    assertThat(ConvolutionKernels.oneDnnLayers(builtIn)).isEmpty();

    // The same single precision numbers everywhere: only the arithmetic differs.
    INDArray parameters = reference.params().castTo(DataType.FLOAT);
    reference.setParams(parameters.castTo(DataType.DOUBLE));
    oneDnn.setParams(parameters);
    builtIn.setParams(parameters);
    DataSet data = SmallCnn.data(DataType.FLOAT);
    DataSet doubleData =
        new DataSet(
            data.getFeatures().castTo(DataType.DOUBLE), data.getLabels().castTo(DataType.DOUBLE));

    Map<String, INDArray> expected = gradients(reference, doubleData);
    Map<String, INDArray> viaOneDnn = gradients(oneDnn, data);
    Map<String, INDArray> viaBuiltIn = gradients(builtIn, data);

    assertThat(viaOneDnn.keySet()).containsAll(List.of("0_W", "0_b", "2_W", "5_alpha"));
    for (String parameter : expected.keySet()) {
      assertThat(relativeError(viaOneDnn.get(parameter), expected.get(parameter)))
          .as("oneDNN gradient of %s", parameter)
          .isLessThan(SINGLE_PRECISION_TOLERANCE);
      assertThat(relativeError(viaBuiltIn.get(parameter), expected.get(parameter)))
          .as("built-in gradient of %s", parameter)
          .isLessThan(SINGLE_PRECISION_TOLERANCE);
    }
    // INDArray.equals allows a difference of 1e-5; compare the numbers themselves.
    assertThat(viaOneDnn.get("2_W").ravel().toDoubleVector())
        .as("second convolution's weight gradient, oneDNN against built-in, bit for bit")
        .isNotEqualTo(viaBuiltIn.get("2_W").ravel().toDoubleVector());
  }

  /** Each parameter's gradient for one batch, in double precision, by parameter key. */
  private static Map<String, INDArray> gradients(MultiLayerNetwork network, DataSet data) {
    network.setInput(data.getFeatures());
    network.setLabels(data.getLabels());
    network.computeGradientAndScore();
    Map<String, INDArray> copies = new TreeMap<>();
    network
        .gradient()
        .gradientForVariable()
        .forEach((key, value) -> copies.put(key, value.castTo(DataType.DOUBLE).dup()));
    return copies;
  }

  /** Largest entry-wise error relative to the largest entry of the reference gradient. */
  private static double relativeError(INDArray actual, INDArray expected) {
    double scale = expected.amaxNumber().doubleValue();
    return actual.sub(expected).amaxNumber().doubleValue() / scale;
  }
}
