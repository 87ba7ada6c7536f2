package org.l2softmax.engine;

import java.util.function.Supplier;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Creates networks with DL4J's layer helpers switched on or off, whatever the JVM's setting. */
final class LayerHelpers {

  private LayerHelpers() {}

  /** An initialised network whose layers were created with the helpers on or off. */
  static MultiLayerNetwork network(MultiLayerConfiguration configuration, boolean helpersOn) {
    return with(
        helpersOn,
        () -> {
          MultiLayerNetwork network = new MultiLayerNetwork(configuration.clone());
          network.init();
          return network;
        });
  }

  /** Runs {@code action} with the helper property set, then restores the property. */
  static synchronized <T> T with(boolean helpersOn, Supplier<T> action) {
    String key = ConvolutionKernels.HELPERS_DISABLE_PROPERTY;
    String before = System.getProperty(key);
    System.setProperty(key, Boolean.toString(!helpersOn));
    try {
      return action.get();
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }
}
