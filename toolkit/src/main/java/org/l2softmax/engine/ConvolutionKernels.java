package org.l2softmax.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Switches DL4J's oneDNN layer helpers on and tells which kernels run a network's convolution and
 * pooling layers.
 *
 * <p>DL4J 1.0.0-M2.1 hands convolution and pooling to oneDNN through "layer helpers", which it
 * chooses when a layer is created. Two things stand in the way, and the toolkit removes both:
 *
 * <ol>
 *   <li>the helpers are off unless the system property {@value #HELPERS_DISABLE_PROPERTY} is
 *       {@code false}: {@link #allowOneDnn()} sets it, unless the user has set it already;
 *   <li>the helpers' availability check looks up {@code
 *       org.nd4j.nativeblas.Nd4jCpu$Environment.isUseMKLDNN()}, which this ND4J version moved to
 *       {@code org.nd4j.linalg.cpu.nativecpu.bindings}; the check fails and DL4J logs an ERROR.
 *       The toolkit ships a class under the old name ({@code org.nd4j.nativeblas.Nd4jCpu}) whose
 *       answer is {@link OneDnn#isAvailable()}.
 * </ol>
 *
 * <p>Fallback: where oneDNN is not available (a native build without it, another backend, or
 * switched off) DL4J creates no helper and runs its built-in code, which computes the same
 * function. Should a helper fail at run time, DL4J logs a warning and falls back for that layer.
 */
public final class ConvolutionKernels {

  /** DL4J's switch for all layer helpers; DL4J's default is {@code true} (helpers off). */
  public static final String HELPERS_DISABLE_PROPERTY =
      "org.eclipse.deeplearning4j.helpers.disable";

  /** Package of DL4J's oneDNN helper classes (named after oneDNN's former name, MKL-DNN). */
  private static final String ONEDNN_HELPER_PACKAGE = "org.deeplearning4j.nn.layers.mkldnn.";

  private ConvolutionKernels() {}

  /**
   * Lets layers created from now on use oneDNN: sets {@value #HELPERS_DISABLE_PROPERTY} to {@code
   * false} unless it is already set, so {@code -D...=true} on the command line still switches the
   * helpers off. Cheap and idempotent; {@code MnistCnn} calls it before creating layers.
   */
  public static void allowOneDnn() {
    synchronized (ConvolutionKernels.class) {
      if (System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
        System.setProperty(HELPERS_DISABLE_PROPERTY, "false");
      }
    }
  }

  /** The kernels that layers created from now on will use (loads ND4J's backend). */
  public static KernelChoice forNewNetworks() {
    String build = NativeBuild.current();
    if (helpersSwitchedOff()) {
      return KernelChoice.builtIn(
          build, "DL4J's layer helpers are off (-D" + HELPERS_DISABLE_PROPERTY + "=true)");
    }
    Optional<String> reason = OneDnn.unavailableReason();
    return reason
        .map(why -> KernelChoice.builtIn(build, why))
        .orElseGet(() -> KernelChoice.oneDnn(build, List.of()));
  }

  /**
   * The kernels this network uses, read from its layers' helpers.
   *
   * @param network an initialised network
   */
  public static KernelChoice of(MultiLayerNetwork network) {
    List<String> layers = oneDnnLayers(network);
    String build = NativeBuild.current();
    if (!layers.isEmpty()) {
      return KernelChoice.oneDnn(build, layers);
    }
    KernelChoice now = forNewNetworks();
    String reason =
        now.isOneDnn()
            ? "its layers were created before oneDNN was allowed"
                + " (ConvolutionKernels.allowOneDnn())"
            : now.reason();
    return KernelChoice.builtIn(build, reason);
  }

  /** Names (or indices) of the layers whose helper is one of DL4J's oneDNN helpers. */
  static List<String> oneDnnLayers(MultiLayerNetwork network) {
    List<String> names = new ArrayList<>();
    Layer[] layers = network.getLayers();
    for (int i = 0; i < layers.length; i++) {
      LayerHelper helper = layers[i].getHelper();
      if (helper != null && helper.getClass().getName().startsWith(ONEDNN_HELPER_PACKAGE)) {
        String name = layers[i].conf().getLayer().getLayerName();
        names.add(name == null ? "layer " + i : name);
      }
    }
    return names;
  }

  private static boolean helpersSwitchedOff() {
    // DL4J's own reading: anything but "true" (ignoring case) counts as false.
    return Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY, "true"));
  }
}
