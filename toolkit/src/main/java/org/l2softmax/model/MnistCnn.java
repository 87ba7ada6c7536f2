package org.l2softmax.model;

import java.util.Locale;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.l2softmax.engine.ConvolutionKernels;
import org.l2softmax.layer.L2NormalizeScaleLayer;
import org.l2softmax.layer.L2NormalizeScaleRuntime;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the convolutional network of the classic TensorFlow MNIST example, with or without the
 * L2-normalise-and-scale layer.
 *
 * <pre>
 * conv 5x5 x32 (same, ReLU) - max-pool 2 - conv 5x5 x64 (same, ReLU) - max-pool 2
 *   - dense 1024 (ReLU) "features" - [L2-normalise and scale by alpha] - dropout
 *   - dense 10 softmax, cross-entropy
 * </pre>
 *
 * <p>Alpha = 0 builds plain softmax, with no normalisation layer. Defaults follow the example:
 * Adam with learning rate 1e-3, dropout rate 0.5; weights start with He initialisation, which
 * suits ReLU layers. A trainable alpha has its own optimiser ({@link Builder#alphaUpdater}).
 *
 * <p>Networks built here run their convolution and pooling layers on oneDNN where the native
 * library has it ({@link ConvolutionKernels}); the arithmetic is the same either way.
 */
public final class MnistCnn {

  private static final Logger LOG = LoggerFactory.getLogger(MnistCnn.class);

  /** Name of the penultimate (feature) layer, whose output the L2 layer normalises. */
  public static final String FEATURE_LAYER = "features";

  /** Name of the L2-normalise-and-scale layer (absent for plain softmax). */
  public static final String L2_LAYER = "l2scale";

  /** Name of the softmax output layer. */
  public static final String OUTPUT_LAYER = "output";

  private MnistCnn() {}

  /** Starts a builder with the example's defaults and plain softmax. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The alpha a network uses now: 0 for plain softmax, the fixed value, or the trained value.
   *
   * @param network a network built by this class
   */
  public static double currentAlpha(MultiLayerNetwork network) {
    for (Layer layer : network.getLayers()) {
      if (layer instanceof L2NormalizeScaleRuntime l2Layer) {
        return l2Layer.currentAlpha();
      }
    }
    return 0;
  }

  /**
   * Index of the feature layer in {@code network.getLayers()}.
   *
   * @throws IllegalArgumentException if the network has no layer named {@value #FEATURE_LAYER}
   */
  public static int featureLayerIndex(MultiLayerNetwork network) {
    Layer[] layers = network.getLayers();
    for (int i = 0; i < layers.length; i++) {
      if (FEATURE_LAYER.equals(layers[i].conf().getLayer().getLayerName())) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "network has no layer named \"" + FEATURE_LAYER + "\"; build it with MnistCnn.builder()");
  }

  /** Options of the network; {@link #build()} validates them all and says what is wrong. */
  public static final class Builder {
    private AlphaSetting alpha = AlphaSetting.plain();
    private long seed = 42;
    private int height = 28;
    private int width = 28;
    private int classes = 10;
    private int conv1Filters = 32;
    private int conv2Filters = 64;
    private int featureWidth = 1024;
    private Activation featureActivation = Activation.RELU;
    private double dropoutRate = 0.5;
    private IUpdater updater = new Adam(1e-3);
    private IUpdater alphaUpdater = new Adam(1e-2);

    private Builder() {}

    /** Fixed alpha; 0 (the default) means plain softmax. */
    public Builder alpha(double alpha) {
      this.alpha = AlphaSetting.fixed(alpha);
      return this;
    }

    /** Plain softmax, a fixed alpha or a trainable alpha. */
    public Builder alpha(AlphaSetting alpha) {
      this.alpha = alpha;
      return this;
    }

    /** A trainable alpha starting at the given value (> 0). */
    public Builder trainableAlpha(double initialAlpha) {
      this.alpha = AlphaSetting.trainableFrom(initialAlpha);
      return this;
    }

    /** Seed of the weight initialisation and dropout (default 42). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Image size in pixels (default 28 x 28, one channel). */
    public Builder imageSize(int height, int width) {
      this.height = height;
      this.width = width;
      return this;
    }

    /** Number of classes (default 10). */
    public Builder classes(int classes) {
      this.classes = classes;
      return this;
    }

    /** Filters of the two convolution layers (default 32 and 64). */
    public Builder convolutionFilters(int first, int second) {
      this.conv1Filters = first;
      this.conv2Filters = second;
      return this;
    }

    /** Width of the feature layer (default 1024). */
    public Builder featureWidth(int featureWidth) {
      this.featureWidth = featureWidth;
      return this;
    }

    /** Activation of the feature layer (default ReLU). */
    public Builder featureActivation(Activation activation) {
      this.featureActivation = activation;
      return this;
    }

    /**
     * A 2-dimensional linear feature layer, for pictures of the feature space. A linear layer
     * keeps the features free to point in any direction; ReLU would confine them to a quadrant.
     */
    public Builder twoDimensionalFeatures() {
      this.featureWidth = 2;
      this.featureActivation = Activation.IDENTITY;
      return this;
    }

    /** Probability of dropping a feature during training, in [0, 1) (default 0.5; 0 = none). */
    public Builder dropoutRate(double dropoutRate) {
      this.dropoutRate = dropoutRate;
      return this;
    }

    /** The optimiser (default Adam with learning rate 1e-3). */
    public Builder updater(IUpdater updater) {
      this.updater = updater;
      return this;
    }

    /**
     * The optimiser of a trainable alpha (default Adam with learning rate 1e-2). Adam moves each
     * parameter by about its learning rate per step; at the network's 1e-3 a scalar alpha could
     * travel at most about 0.5 in one MNIST epoch of 469 steps, too little to show where the
     * loss pulls it.
     */
    public Builder alphaUpdater(IUpdater alphaUpdater) {
      this.alphaUpdater = alphaUpdater;
      return this;
    }

    /**
     * Validates the options and returns the DL4J configuration.
     *
     * @throws IllegalArgumentException naming the bad option and the accepted values
     */
    public MultiLayerConfiguration buildConfiguration() {
      validate();
      // DL4J picks each layer's kernels when the network creates it, after this returns.
      ConvolutionKernels.allowOneDnn();

      NeuralNetConfiguration.ListBuilder layers =
          new NeuralNetConfiguration.Builder()
              .seed(seed)
              .dataType(DataType.FLOAT)
              .updater(updater)
              .weightInit(WeightInit.RELU)
              .cacheMode(CacheMode.DEVICE)
              .list()
              .layer(convolution("conv1", conv1Filters))
              .layer(maxPool("pool1"))
              .layer(convolution("conv2", conv2Filters))
              .layer(maxPool("pool2"))
              .layer(
                  new DenseLayer.Builder()
                      .name(FEATURE_LAYER)
                      .nOut(featureWidth)
                      .activation(featureActivation)
                      .build());
      if (!alpha.isPlain()) {
        layers.layer(
            L2NormalizeScaleLayer.builder()
                .name(L2_LAYER)
                .alpha(alpha.alpha())
                .trainable(alpha.trainable())
                .updater(alpha.trainable() ? alphaUpdater : null)
                .build());
      }
      if (dropoutRate > 0) {
        // DL4J's dropout argument is the probability of keeping an activation.
        layers.layer(new DropoutLayer.Builder(1 - dropoutRate).name("dropout").build());
      }
      return layers
          .layer(
              new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                  .name(OUTPUT_LAYER)
                  .nOut(classes)
                  .activation(Activation.SOFTMAX)
                  .build())
          .setInputType(InputType.convolutionalFlat(height, width, 1))
          .build();
    }

    /** Validates the options and returns an initialised network. */
    public MultiLayerNetwork build() {
      MultiLayerNetwork network = new MultiLayerNetwork(buildConfiguration());
      network.init();
      if (LOG.isDebugEnabled()) {
        LOG.debug("Convolution kernels: {}", ConvolutionKernels.of(network).describe());
      }
      return network;
    }

    private static ConvolutionLayer convolution(String name, int filters) {
      return new ConvolutionLayer.Builder(5, 5)
          .name(name)
          .nOut(filters)
          .stride(1, 1)
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

    private void validate() {
      requireNonNull(alpha, "alpha");
      requireNonNull(updater, "updater");
      requireNonNull(alphaUpdater, "alphaUpdater");
      requireNonNull(featureActivation, "featureActivation");
      requirePositive(height, "image height");
      requirePositive(width, "image width");
      requirePositive(conv1Filters, "first convolution's filters");
      requirePositive(conv2Filters, "second convolution's filters");
      requirePositive(featureWidth, "featureWidth");
      if (classes < 2) {
        throw new IllegalArgumentException("classes must be >= 2, got " + classes);
      }
      if (!(dropoutRate >= 0 && dropoutRate < 1)) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "dropoutRate must be in [0, 1), got %s", dropoutRate));
      }
    }

    private static void requirePositive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be > 0, got " + value);
      }
    }

    private static void requireNonNull(Object value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
    }
  }
}
