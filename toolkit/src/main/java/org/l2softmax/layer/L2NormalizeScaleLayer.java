package org.l2softmax.layer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Configuration of the L2-normalise-and-scale layer: each sample's feature vector is divided by
 * its own L2 norm and multiplied by alpha, either a fixed constant or a trained scalar.
 *
 * <p>It goes into an ordinary DL4J {@code MultiLayerConfiguration} after the feature layer and
 * before the softmax output layer; input and output are {@code [batch, features]}.
 *
 * <p>Design: backpropagation is written by hand ({@link L2Scaling}) rather than with a SameDiff
 * layer. In DL4J 1.0.0-M2.1 every SameDiff-based layer hands twice the true gradient to the
 * layers below it, which would need a correction factor to stay right; the built-in {@code
 * L2NormalizeVertex} and {@code ScaleVertex} only exist in a ComputationGraph and cannot train
 * alpha. The hand-written form is one short formula, checked by DL4J's gradient checker in the
 * tests, and costs a few element-wise passes over a {@code [batch, features]} matrix.
 *
 * <p>Alpha = 0 would erase every feature; plain softmax is a network without this layer, which
 * is what {@code MnistCnn} builds for alpha = 0.
 */
public final class L2NormalizeScaleLayer extends BaseLayer {

  /** Default epsilon added to the squared norm, as in common L2-normalise implementations. */
  public static final double DEFAULT_EPSILON = 1e-12;

  @JsonProperty private double alpha;
  @JsonProperty private boolean trainable;
  @JsonProperty private double epsilon = DEFAULT_EPSILON;

  /** For JSON deserialisation only; use {@link #builder()}. */
  public L2NormalizeScaleLayer() {}

  private L2NormalizeScaleLayer(Builder builder) {
    this.layerName = builder.name;
    this.alpha = builder.alpha;
    this.trainable = builder.trainable;
    this.epsilon = builder.epsilon;
    this.iUpdater = builder.updater;
  }

  /** Starts a builder; alpha is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The fixed alpha, or the initial alpha when {@link #isTrainable()}. */
  public double getAlpha() {
    return alpha;
  }

  /** Whether alpha is a trained parameter of the network. */
  public boolean isTrainable() {
    return trainable;
  }

  /** The constant added to each squared norm before the square root. */
  public double getEpsilon() {
    return epsilon;
  }

  @Override
  public org.deeplearning4j.nn.api.Layer instantiate(
      NeuralNetConfiguration conf,
      Collection<TrainingListener> trainingListeners,
      int layerIndex,
      INDArray layerParamsView,
      boolean initializeParams,
      DataType networkDataType) {
    L2NormalizeScaleRuntime layer = new L2NormalizeScaleRuntime(conf, networkDataType);
    layer.setListeners(trainingListeners);
    layer.setIndex(layerIndex);
    layer.setParamsViewArray(layerParamsView);
    Map<String, INDArray> params = initializer().init(conf, layerParamsView, initializeParams);
    layer.setParamTable(params);
    layer.setConf(conf);
    return layer;
  }

  @Override
  public ParamInitializer initializer() {
    return AlphaParamInitializer.INSTANCE;
  }

  @Override
  public InputType getOutputType(int layerIndex, InputType inputType) {
    requireFeedForward(inputType);
    return inputType;
  }

  @Override
  public void setNIn(InputType inputType, boolean override) {
    // The layer keeps the shape of its input and has no per-feature parameters.
  }

  @Override
  public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
    requireFeedForward(inputType);
    return null;
  }

  private void requireFeedForward(InputType inputType) {
    if (inputType == null || inputType.getType() != InputType.Type.FF) {
      throw new IllegalStateException(
          "L2 normalise-and-scale layer \""
              + getLayerName()
              + "\" expects feed-forward input [batch, features], got "
              + inputType);
    }
  }

  @Override
  public List<Regularization> getRegularizationByParam(String paramName) {
    // Weight decay on alpha would pull it towards 0, against the constraint it expresses.
    return null;
  }

  @Override
  public boolean isPretrainParam(String paramName) {
    return false;
  }

  @Override
  public LayerMemoryReport getMemoryReport(InputType inputType) {
    long params = initializer().numParams(this);
    long updaterState = getIUpdater() == null ? 0 : getIUpdater().stateSize(params);
    return new LayerMemoryReport.Builder(
            layerName, L2NormalizeScaleLayer.class, inputType, getOutputType(-1, inputType))
        .standardMemory(params, updaterState)
        .workingMemory(0, 0, 0, 0)
        .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS)
        .build();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof L2NormalizeScaleLayer that) || !super.equals(other)) {
      return false;
    }
    return Double.compare(alpha, that.alpha) == 0
        && trainable == that.trainable
        && Double.compare(epsilon, that.epsilon) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), alpha, trainable, epsilon);
  }

  @Override
  public String toString() {
    return "L2NormalizeScaleLayer(name="
        + layerName
        + ", alpha="
        + alpha
        + (trainable ? " (trainable)" : "")
        + ", epsilon="
        + epsilon
        + ")";
  }

  /** Builds an {@link L2NormalizeScaleLayer}, rejecting values that cannot work. */
  public static final class Builder {
    private String name;
    private double alpha;
    private boolean alphaSet;
    private boolean trainable;
    private double epsilon = DEFAULT_EPSILON;
    private IUpdater updater;

    private Builder() {}

    /** The layer's name in the network (optional). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The fixed scale, or the starting value when trainable; must be finite and > 0. */
    public Builder alpha(double alpha) {
      this.alpha = alpha;
      this.alphaSet = true;
      return this;
    }

    /** Whether alpha is learned with the other parameters (default: fixed). */
    public Builder trainable(boolean trainable) {
      this.trainable = trainable;
      return this;
    }

    /**
     * The optimiser of a trainable alpha (default: the network's). Adam moves a parameter by
     * about its learning rate per step whatever the gradient's size, so a single scalar that
     * should travel several units needs a larger rate than the network's weights.
     */
    public Builder updater(IUpdater updater) {
      this.updater = updater;
      return this;
    }

    /** Constant added to each squared norm; must be finite and > 0 (default 1e-12). */
    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /**
     * Validates and builds the layer.
     *
     * @throws IllegalArgumentException naming the bad value and the accepted range
     */
    public L2NormalizeScaleLayer build() {
      if (!alphaSet) {
        throw new IllegalArgumentException(
            "alpha was not set: call alpha(value) with a finite value > 0");
      }
      if (Double.isNaN(alpha) || Double.isInfinite(alpha) || alpha <= 0) {
        String hint = alpha == 0 ? " (alpha = 0 means plain softmax: leave this layer out)" : "";
        throw new IllegalArgumentException(
            "alpha must be finite and > 0" + hint + ", got " + alpha);
      }
      if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
        throw new IllegalArgumentException("epsilon must be finite and > 0, got " + epsilon);
      }
      return new L2NormalizeScaleLayer(this);
    }
  }
}
