package org.l2softmax.training;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.l2softmax.data.ImageSet;
import org.l2softmax.model.MnistCnn;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Runs a network in inference mode over a set of images and measures accuracy and penultimate
 * feature norms in the same pass, or returns the features themselves, before or after the
 * L2-normalise-and-scale layer.
 */
public final class Evaluator {

  private static final int BATCH = 256;

  private Evaluator() {}

  /** Accuracy and mean feature norm of a network built by {@link MnistCnn} on the images. */
  public static Measurement measure(MultiLayerNetwork network, ImageSet images) {
    int featureIndex = MnistCnn.featureLayerIndex(network);
    long correct = 0;
    double normSum = 0;

    for (int start = 0; start < images.size(); start += BATCH) {
      int end = Math.min(start + BATCH, images.size());
      List<INDArray> activations = forward(network, images, start, end);
      // activations.get(0) is the input; layer i's output is at i + 1.
      INDArray features = activations.get(featureIndex + 1);
      INDArray predicted = activations.get(activations.size() - 1).argMax(1);

      normSum += features.norm2(1).sumNumber().doubleValue();
      for (int i = start; i < end; i++) {
        if (predicted.getInt(i - start) == images.label(i)) {
          correct++;
        }
      }
      release(activations);
    }
    int n = images.size();
    return new Measurement((double) correct / n, normSum / n, n);
  }

  /**
   * The penultimate features of every image, before any normalisation.
   *
   * @return a new {@code [images, featureWidth]} matrix
   */
  public static INDArray features(MultiLayerNetwork network, ImageSet images) {
    return layerOutputs(network, images, MnistCnn.featureLayerIndex(network));
  }

  /**
   * The features of every image as the L2-normalise-and-scale layer passes them on: each row has
   * norm alpha (the trained alpha, when alpha is trainable).
   *
   * @return a new {@code [images, featureWidth]} matrix
   * @throws IllegalArgumentException for a plain softmax network, which has no such layer
   */
  public static INDArray scaledFeatures(MultiLayerNetwork network, ImageSet images) {
    int scaleIndex = MnistCnn.featureLayerIndex(network) + 1;
    Layer[] layers = network.getLayers();
    if (scaleIndex >= layers.length
        || !MnistCnn.L2_LAYER.equals(layers[scaleIndex].conf().getLayer().getLayerName())) {
      throw new IllegalArgumentException("network has no layer named \"" + MnistCnn.L2_LAYER
          + "\" after its features: it is plain softmax; use features(...) for its features");
    }
    return layerOutputs(network, images, scaleIndex);
  }

  /** The output of one layer for every image, computed a batch at a time. */
  private static INDArray layerOutputs(MultiLayerNetwork network, ImageSet images, int layer) {
    INDArray[] parts = new INDArray[(images.size() + BATCH - 1) / BATCH];
    for (int start = 0, part = 0; start < images.size(); start += BATCH, part++) {
      int end = Math.min(start + BATCH, images.size());
      // feedForwardToLayer's list starts with the input, so layer i's output is at i + 1.
      parts[part] =
          network.feedForwardToLayer(layer, batchFeatures(images, start, end)).get(layer + 1);
    }
    return Nd4j.vstack(parts);
  }

  /**
   * Frees a batch's activations at once instead of leaving them to the garbage collector: they
   * live off-heap, where a full evaluation would otherwise pile up about 2 GB before the heap
   * feels any pressure. Index 0 is a view of the caller's images and stays.
   */
  private static void release(List<INDArray> activations) {
    for (int i = 1; i < activations.size(); i++) {
      INDArray activation = activations.get(i);
      if (activation.closeable()) {
        activation.close();
      }
    }
  }

  private static List<INDArray> forward(
      MultiLayerNetwork network, ImageSet images, int start, int end) {
    return network.feedForward(batchFeatures(images, start, end), false);
  }

  private static INDArray batchFeatures(ImageSet images, int start, int end) {
    return images.features().get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
  }
}
