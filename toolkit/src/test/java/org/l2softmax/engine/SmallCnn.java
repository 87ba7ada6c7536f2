package org.l2softmax.engine;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.l2softmax.layer.L2NormalizeScaleLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A small network with every kind of layer of the toolkit's CNN, for gradient checks: conv 3x3
 * x3 (same, ReLU) - max-pool 2 - conv 3x3 x4 (same, ReLU) - max-pool 2 - dense 6 (ReLU) - L2
 * normalise and scale (trainable alpha) - softmax 3, on 8x8 single-channel images.
 */
final class SmallCnn {

  static final int BATCH = 4;
  static final int SIDE = 8;
  static final int CLASSES = 3;

  private SmallCnn() {}

  static MultiLayerConfiguration configuration(DataType dataType) {
    return new NeuralNetConfiguration.Builder()
        .seed(12345)
        .dataType(dataType)
        .updater(new NoOp())
        .weightInit(WeightInit.RELU)
        .list()
        .layer(convolution("conv1", 3))
        .layer(maxPool("pool1"))
        .layer(convolution("conv2", 4))
        .layer(maxPool("pool2"))
        .layer(
            new DenseLayer.Builder().name("features").nOut(6).activation(Activation.RELU).build())
        .layer(L2NormalizeScaleLayer.builder().name("l2scale").alpha(3).trainable(true).build())
        .layer(
            new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .name("output")
                .nOut(CLASSES)
                .activation(Activation.SOFTMAX)
                .build())
        .setInputType(InputType.convolutionalFlat(SIDE, SIDE, 1))
        .build();
  }

  /** Normal random images (no exact ties for max-pooling) and cyclic one-hot labels. */
  static DataSet data(DataType dataType) {
    Nd4j.getRandom().setSeed(7);
    INDArray images = Nd4j.randn(DataType.DOUBLE, BATCH, SIDE * SIDE).castTo(dataType);
    INDArray labels = Nd4j.zeros(dataType, BATCH, CLASSES);
    for (int i = 0; i < BATCH; i++) {
      labels.putScalar(i, i % CLASSES, 1.0);
    }
    return new DataSet(images, labels);
  }

  private static ConvolutionLayer convolution(String name, int filters) {
    return new ConvolutionLayer.Builder(3, 3)
        .name(name)
        .nOut(filters)
        .convolutionMode(ConvolutionMode.Same)
        .activation(Activation.RELU)
        .build();
  }

  private static SubsamplingLayer maxPool(String name) {
    return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
        .name(name)
        .kernelSize(2, 2)
        .stride(2, 2)
        .build();
  }
}
