package org.l2softmax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.l2softmax.layer.L2NormalizeScaleRuntime;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class MnistCnnTest {

  private static List<String> layerNames(MultiLayerNetwork network) {
    return Arrays.stream(network.getLayers())
        .map(layer -> layer.conf().getLayer().getLayerName())
        .toList();
  }

  @Test
  void plainSoftmaxHasNoNormalisationLayer() {
    MultiLayerNetwork network = MnistCnn.builder().build();

    assertThat(layerNames(network))
        .containsExactly("conv1", "pool1", "conv2", "pool2", "features", "dropout", "output");
    assertThat(MnistCnn.currentAlpha(network)).isZero();
  }

  @Test
  void parameterCountMatchesTheArchitecture() {
    long conv1 = 5 * 5 * 1 * 32 + 32;
    long conv2 = 5 * 5 * 32 * 64 + 64;
    long dense = 7 * 7 * 64 * 1024 + 1024; // two 2x2 poolings: 28 -> 14 -> 7
    long output = 1024 * 10 + 10;

    assertThat(MnistCnn.builder().build().numParams()).isEqualTo(conv1 + conv2 + dense + output);
    assertThat(MnistCnn.builder().alpha(16).build().numParams())
        .isEqualTo(conv1 + conv2 + dense + output);
    assertThat(MnistCnn.builder().trainableAlpha(16).build().numParams())
        .isEqualTo(conv1 + conv2 + dense + output + 1);
  }

  @Test
  void l2SoftmaxScalesEveryFeatureVectorToAlpha() {
    MultiLayerNetwork network = MnistCnn.builder().alpha(16).build();
    INDArray images = Nd4j.rand(DataType.FLOAT, 5, 784);

    List<INDArray> activations = network.feedForward(images, false);
    int l2Index = layerNames(network).indexOf(MnistCnn.L2_LAYER);
    INDArray scaled = activations.get(l2Index + 1);
    INDArray probabilities = activations.get(activations.size() - 1);

    assertThat(layerNames(network).get(l2Index - 1)).isEqualTo(MnistCnn.FEATURE_LAYER);
    double[] sixteens = {16, 16, 16, 16, 16};
    assertThat(scaled.norm2(1).toDoubleVector()).containsExactly(sixteens, within(1e-3));
    double[] ones = {1, 1, 1, 1, 1};
    assertThat(probabilities.sum(1).toDoubleVector()).containsExactly(ones, within(1e-5));
  }

  @Test
  void trainableAlphaStartsAtItsInitialValue() {
    MultiLayerNetwork network = MnistCnn.builder().trainableAlpha(4.5).build();

    Layer l2Layer = network.getLayer(MnistCnn.L2_LAYER);
    assertThat(l2Layer).isInstanceOf(L2NormalizeScaleRuntime.class);
    assertThat(l2Layer.numParams()).isEqualTo(1);
    assertThat(MnistCnn.currentAlpha(network)).isCloseTo(4.5, within(1e-6));
  }

  @Test
  void trainableAlphaHasItsOwnOptimiserAndTheWeightsKeepTheNetworks() {
    MultiLayerNetwork network =
        MnistCnn.builder().trainableAlpha(4).updater(new Adam(1e-3)).build();

    BaseLayer l2Layer = (BaseLayer) network.getLayer(MnistCnn.L2_LAYER).conf().getLayer();
    BaseLayer features = (BaseLayer) network.getLayer(MnistCnn.FEATURE_LAYER).conf().getLayer();
    assertThat(((Adam) l2Layer.getIUpdater()).getLearningRate()).isEqualTo(1e-2);
    assertThat(((Adam) features.getIUpdater()).getLearningRate()).isEqualTo(1e-3);
  }

  @Test
  void twoDimensionalVariantHasALinearTwoUnitFeatureLayer() {
    MultiLayerNetwork network = MnistCnn.builder().twoDimensionalFeatures().alpha(8).build();

    DenseLayer features =
        (DenseLayer) network.getLayer(MnistCnn.FEATURE_LAYER).conf().getLayer();
    assertThat(features.getNOut()).isEqualTo(2);
    assertThat(features.getActivationFn()).isEqualTo(Activation.IDENTITY.getActivationFunction());
    assertThat(network.output(Nd4j.rand(DataType.FLOAT, 3, 784)).shape()).containsExactly(3, 10);
  }

  @Test
  void sameSeedGivesSameWeightsAndAnotherSeedDoesNot() {
    INDArray first = MnistCnn.builder().seed(5).alpha(8).build().params();
    INDArray again = MnistCnn.builder().seed(5).alpha(8).build().params();
    INDArray other = MnistCnn.builder().seed(6).alpha(8).build().params();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void withoutDropoutThereIsNoDropoutLayer() {
    assertThat(layerNames(MnistCnn.builder().dropoutRate(0).build())).doesNotContain("dropout");
  }

  @Test
  void rejectsBadOptionsNamingThem() {
    assertThatThrownBy(() -> MnistCnn.builder().alpha(-2).build())
        .hasMessageContaining("alpha must be finite and >= 0 (0 means plain softmax), got -2.0");
    assertThatThrownBy(() -> MnistCnn.builder().dropoutRate(1).build())
        .hasMessageContaining("dropoutRate must be in [0, 1), got 1.0");
    assertThatThrownBy(() -> MnistCnn.builder().featureWidth(0).build())
        .hasMessageContaining("featureWidth must be > 0, got 0");
    assertThatThrownBy(() -> MnistCnn.builder().classes(1).build())
        .hasMessageContaining("classes must be >= 2, got 1");
    assertThatThrownBy(() -> MnistCnn.builder().updater(null).build())
        .hasMessageContaining("updater must not be null");
  }
}
