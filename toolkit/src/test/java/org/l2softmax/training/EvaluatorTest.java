package org.l2softmax.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.l2softmax.data.ImageSet;
import org.l2softmax.model.MnistCnn;
import org.nd4j.linalg.api.ndarray.INDArray;

class EvaluatorTest {

  @Test
  void measurementAgreesWithOutputAndFeaturesComputedApart() {
    MultiLayerNetwork network = MnistCnn.builder().seed(4).alpha(8).build();
    ImageSet images = RealMnist.get().test().first(300); // more than one evaluation batch

    Measurement measurement = Evaluator.measure(network, images);

    INDArray predicted = network.output(images.features(), false).argMax(1);
    long correct = 0;
    for (int i = 0; i < images.size(); i++) {
      correct += predicted.getInt(i) == images.label(i) ? 1 : 0;
    }
    INDArray features = Evaluator.features(network, images);
    assertThat(features.shape()).containsExactly(300, 1024);
    assertThat(measurement.examples()).isEqualTo(300);
    assertThat(measurement.accuracy()).isEqualTo(correct / 300.0);
    assertThat(measurement.meanFeatureNorm())
        .isCloseTo(features.norm2(1).meanNumber().doubleValue(), within(1e-3));
  }

  @Test
  void scaledFeaturesHaveNormAlphaAndPointLikeTheFeatures() {
    MultiLayerNetwork network = MnistCnn.builder().seed(4).alpha(8).build();
    ImageSet images = RealMnist.get().test().first(300);

    INDArray features = Evaluator.features(network, images);
    INDArray scaled = Evaluator.scaledFeatures(network, images);

    assertThat(scaled.shape()).containsExactly(300, 1024);
    INDArray norms = scaled.norm2(1);
    assertThat(norms.minNumber().doubleValue()).isCloseTo(8, within(1e-4));
    assertThat(norms.maxNumber().doubleValue()).isCloseTo(8, within(1e-4));
    INDArray expected = features.divColumnVector(features.norm2(1).reshape(300, 1)).muli(8);
    assertThat(expected.sub(scaled).amaxNumber().doubleValue()).isLessThan(1e-4);
  }

  @Test
  void scaledFeaturesOfPlainSoftmaxSayWhy() {
    MultiLayerNetwork network = MnistCnn.builder().seed(4).build();
    ImageSet images = RealMnist.get().test().first(10);

    assertThatThrownBy(() -> Evaluator.scaledFeatures(network, images))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain softmax");
  }
}
