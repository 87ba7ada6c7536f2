package org.l2softmax.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.l2softmax.GradientChecks;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class L2NormalizeScaleLayerTest {

  private static final int FEATURES = 5;

  /** Dense (tanh) -> L2 normalise and scale -> softmax: the layer's input gradient matters. */
  private static MultiLayerNetwork network(
      L2NormalizeScaleLayer l2Layer, IUpdater updater, DataType dataType) {
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(123)
            .dataType(dataType)
            .updater(updater)
            .weightInit(WeightInit.XAVIER)
            .list()
            .layer(
                new DenseLayer.Builder().nIn(4).nOut(FEATURES).activation(Activation.TANH).build())
            .layer(l2Layer)
            .layer(
                new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                    .nIn(FEATURES)
                    .nOut(3)
                    .activation(Activation.SOFTMAX)
                    .build())
            .build();
    MultiLayerNetwork network = new MultiLayerNetwork(conf);
    network.init();
    return network;
  }

  /** Inputs whose rows differ in scale by up to 1000x, with one-hot labels. */
  private static DataSet data(DataType dataType) {
    Nd4j.getRandom().setSeed(99);
    INDArray input = Nd4j.randn(dataType, 6, 4);
    input.getRow(1).muli(1000);
    input.getRow(4).muli(0.01);
    INDArray labels = Nd4j.zeros(dataType, 6, 3);
    for (int i = 0; i < 6; i++) {
      labels.putScalar(i, i % 3, 1.0);
    }
    return new DataSet(input, labels);
  }

  private static boolean gradientCheck(L2NormalizeScaleLayer l2Layer) {
    return GradientChecks.inDoublePrecision(
        () ->
            GradientChecks.pass(
                network(l2Layer, new NoOp(), DataType.DOUBLE), data(DataType.DOUBLE)));
  }

  @Test
  void fixedAlphaPassesDl4jGradientCheck() {
    assertThat(gradientCheck(L2NormalizeScaleLayer.builder().alpha(4.3).build())).isTrue();
  }

  @Test
  void trainableAlphaPassesDl4jGradientCheck() {
    L2NormalizeScaleLayer layer =
        L2NormalizeScaleLayer.builder().alpha(2.5).trainable(true).build();
    assertThat(gradientCheck(layer)).isTrue();
  }

  @Test
  void forwardOutputHasNormAlphaForEverySample() {
    MultiLayerNetwork network =
        network(L2NormalizeScaleLayer.builder().alpha(16).build(), new NoOp(), DataType.FLOAT);
    INDArray hidden = network.feedForward(data(DataType.FLOAT).getFeatures()).get(2);

    double[] sixteens = {16, 16, 16, 16, 16, 16};
    assertThat(hidden.norm2(1).toDoubleVector()).containsExactly(sixteens, within(1e-4));
  }

  @Test
  void trainableAlphaMovesDuringTrainingAndFixedAlphaDoesNot() {
    MultiLayerNetwork trainable =
        network(
            L2NormalizeScaleLayer.builder().alpha(1).trainable(true).build(),
            new Adam(0.05),
            DataType.FLOAT);
    MultiLayerNetwork fixed =
        network(L2NormalizeScaleLayer.builder().alpha(1).build(), new Adam(0.05), DataType.FLOAT);
    DataSet data = data(DataType.FLOAT);

    for (int i = 0; i < 20; i++) {
      trainable.fit(data);
      fixed.fit(data);
    }

    // With alpha = 1 the logits are too small to fit the labels, so the loss pulls alpha up.
    double learned = ((L2NormalizeScaleRuntime) trainable.getLayer(1)).currentAlpha();
    assertThat(learned).isGreaterThan(1.2);
    assertThat(((L2NormalizeScaleRuntime) fixed.getLayer(1)).currentAlpha()).isEqualTo(1.0);
    assertThat(fixed.getLayer(1).numParams()).isZero();
    assertThat(trainable.getLayer(1).numParams()).isEqualTo(1);
  }

  @Test
  void modelSurvivesSaveAndLoad(@TempDir Path folder) throws Exception {
    MultiLayerNetwork original =
        network(
            L2NormalizeScaleLayer.builder().alpha(7).trainable(true).epsilon(1e-8).build(),
            new Adam(0.01),
            DataType.FLOAT);
    DataSet data = data(DataType.FLOAT);
    original.fit(data);
    File file = folder.resolve("model.zip").toFile();

    ModelSerializer.writeModel(original, file, true);
    MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);

    assertThat(restored.getLayerWiseConfigurations().getConf(1).getLayer())
        .isEqualTo(original.getLayerWiseConfigurations().getConf(1).getLayer());
    assertThat(((L2NormalizeScaleRuntime) restored.getLayer(1)).currentAlpha())
        .isEqualTo(((L2NormalizeScaleRuntime) original.getLayer(1)).currentAlpha())
        .isNotEqualTo(7.0);
    assertThat(restored.output(data.getFeatures()))
        .isEqualTo(original.output(data.getFeatures()));

    // Training goes on from the restored updater state exactly as from the original.
    original.fit(data);
    restored.fit(data);
    assertThat(restored.params()).isEqualTo(original.params());
  }

  @Test
  void rejectsInvalidAlphaAndEpsilonAtBuildTime() {
    for (double alpha : new double[] {-3.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> L2NormalizeScaleLayer.builder().alpha(alpha).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("alpha must be finite and > 0")
          .hasMessageContaining("got " + alpha);
    }
    assertThatThrownBy(() -> L2NormalizeScaleLayer.builder().alpha(0).build())
        .hasMessageContaining("plain softmax");
    assertThatThrownBy(() -> L2NormalizeScaleLayer.builder().build())
        .hasMessageContaining("alpha was not set");
    assertThatThrownBy(() -> L2NormalizeScaleLayer.builder().alpha(1).epsilon(0).build())
        .hasMessageContaining("epsilon must be finite and > 0, got 0.0");
  }
}
