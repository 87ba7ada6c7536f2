package org.l2softmax.layer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Declares the parameters of an {@link L2NormalizeScaleLayer}: one scalar {@value #ALPHA_KEY}
 * when alpha is trainable, none when it is fixed.
 *
 * <p>Alpha is neither a weight nor a bias to DL4J, so no weight decay or bias-specific updater
 * applies to it.
 */
public final class AlphaParamInitializer implements ParamInitializer {

  /** Name of the trainable alpha in the layer's parameter table. */
  public static final String ALPHA_KEY = "alpha";

  /** The initializer holds no state, so one instance serves every layer. */
  public static final AlphaParamInitializer INSTANCE = new AlphaParamInitializer();

  private AlphaParamInitializer() {}

  @Override
  public long numParams(NeuralNetConfiguration conf) {
    return numParams(conf.getLayer());
  }

  @Override
  public long numParams(Layer layer) {
    return asL2Layer(layer).isTrainable() ? 1 : 0;
  }

  @Override
  public List<String> paramKeys(Layer layer) {
    return asL2Layer(layer).isTrainable() ? List.of(ALPHA_KEY) : List.of();
  }

  @Override
  public List<String> weightKeys(Layer layer) {
    return List.of();
  }

  @Override
  public List<String> biasKeys(Layer layer) {
    return List.of();
  }

  @Override
  public boolean isWeightParam(Layer layer, String key) {
    return false;
  }

  @Override
  public boolean isBiasParam(Layer layer, String key) {
    return false;
  }

  @Override
  public Map<String, INDArray> init(
      NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
    L2NormalizeScaleLayer layer = asL2Layer(conf.getLayer());
    if (!layer.isTrainable()) {
      return Collections.emptyMap();
    }

    INDArray alpha = scalarView(paramsView, "parameter");
    if (initializeParams) {
      alpha.assign(layer.getAlpha());
    }
    conf.addVariable(ALPHA_KEY);

    Map<String, INDArray> params = new LinkedHashMap<>();
    params.put(ALPHA_KEY, alpha);
    return Collections.synchronizedMap(params);
  }

  @Override
  public Map<String, INDArray> getGradientsFromFlattened(
      NeuralNetConfiguration conf, INDArray gradientView) {
    if (!asL2Layer(conf.getLayer()).isTrainable()) {
      return Collections.emptyMap();
    }
    Map<String, INDArray> gradients = new LinkedHashMap<>();
    gradients.put(ALPHA_KEY, scalarView(gradientView, "gradient"));
    return gradients;
  }

  /** A [1, 1] view of a one-element slice of the network's flattened array. */
  private static INDArray scalarView(INDArray view, String what) {
    if (view == null || view.length() != 1) {
      throw new IllegalStateException(
          "trainable alpha needs a " + what + " view of length 1, got "
              + (view == null ? "none" : "length " + view.length()));
    }
    return view.reshape('c', 1, 1);
  }

  private static L2NormalizeScaleLayer asL2Layer(Layer layer) {
    if (!(layer instanceof L2NormalizeScaleLayer l2Layer)) {
      throw new IllegalArgumentException(
          "AlphaParamInitializer serves L2NormalizeScaleLayer only, got "
              + (layer == null ? "null" : layer.getClass().getName()));
    }
    return l2Layer;
  }
}
