package org.l2softmax.layer;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The running form of {@link L2NormalizeScaleLayer} inside a network: forward and backward
 * passes through {@link L2Scaling}, with alpha read from the configuration or, when trainable,
 * from the layer's one parameter.
 */
public final class L2NormalizeScaleRuntime extends BaseLayer<L2NormalizeScaleLayer> {

  /** Created by {@link L2NormalizeScaleLayer#instantiate}; not meant to be called directly. */
  public L2NormalizeScaleRuntime(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  /** The alpha in force now: the trained value when trainable, else the configured one. */
  public double currentAlpha() {
    if (layerConf().isTrainable()) {
      return getParam(AlphaParamInitializer.ALPHA_KEY).getDouble(0);
    }
    return layerConf().getAlpha();
  }

  @Override
  public Type type() {
    return Type.FEED_FORWARD;
  }

  @Override
  public boolean isPretrainLayer() {
    return false;
  }

  @Override
  public boolean hasBias() {
    return false;
  }

  @Override
  public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
    assertInputSet(false);
    applyDropOutIfNecessary(training, workspaceMgr);

    INDArray features = input.castTo(dataType);
    INDArray output = L2Scaling.forward(features, currentAlpha(), layerConf().getEpsilon());
    return workspaceMgr.leverageTo(ArrayType.ACTIVATIONS, output);
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    assertInputSet(true);
    INDArray features = input.castTo(dataType);
    L2Scaling.Gradients gradients =
        L2Scaling.backward(features, epsilon, currentAlpha(), layerConf().getEpsilon());

    Gradient parameterGradients = new DefaultGradient();
    if (layerConf().isTrainable()) {
      INDArray alphaGradient = gradientViews.get(AlphaParamInitializer.ALPHA_KEY);
      alphaGradient.assign(gradients.alpha());
      parameterGradients.setGradientFor(AlphaParamInitializer.ALPHA_KEY, alphaGradient);
    }

    INDArray inputGradient = workspaceMgr.leverageTo(ArrayType.ACTIVATION_GRAD, gradients.input());
    return new Pair<>(parameterGradients, backpropDropOutIfPresent(inputGradient));
  }
}
