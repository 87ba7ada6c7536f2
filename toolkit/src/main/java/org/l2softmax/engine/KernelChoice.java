package org.l2softmax.engine;

import java.util.List;
import java.util.Objects;

/**
 * Which code runs the convolution and pooling layers of a network, and why.
 *
 * @param kernels oneDNN or DL4J's built-in code
 * @param nativeBuild the loaded native build of ND4J, named like its {@code nd4j-native}
 *     classifier ({@code linux-x86_64-onednn}, ...)
 * @param oneDnnLayers names of the layers that run on oneDNN; empty for built-in kernels, and for
 *     a choice that describes networks not yet created
 * @param reason why the built-in code runs; empty for oneDNN
 */
public record KernelChoice(
    Kernels kernels, String nativeBuild, List<String> oneDnnLayers, String reason) {

  /** The two implementations DL4J has for convolution and pooling layers on the CPU. */
  public enum Kernels {
    /** Intel's oneDNN library inside ND4J's native build, through DL4J's layer helpers. */
    ONEDNN,
    /** DL4J's own code: im2col followed by a matrix product (GEMM), and its own pooling. */
    BUILT_IN
  }

  /** Checks the parts and copies the layer list. */
  public KernelChoice {
    Objects.requireNonNull(kernels, "kernels");
    Objects.requireNonNull(nativeBuild, "nativeBuild");
    oneDnnLayers = List.copyOf(oneDnnLayers);
    Objects.requireNonNull(reason, "reason");
  }

  static KernelChoice oneDnn(String nativeBuild, List<String> layers) {
    return new KernelChoice(Kernels.ONEDNN, nativeBuild, layers, "");
  }

  static KernelChoice builtIn(String nativeBuild, String reason) {
    return new KernelChoice(Kernels.BUILT_IN, nativeBuild, List.of(), reason);
  }

  /** Whether oneDNN runs (or will run) the convolutions. */
  public boolean isOneDnn() {
    return kernels == Kernels.ONEDNN;
  }

  /**
   * One line for people: for example {@code oneDNN (nd4j-native linux-x86_64-onednn) in conv1,
   * pool1, conv2, pool2}, or {@code DL4J built-in im2col + GEMM (nd4j-native linux-x86_64): the
   * native library linux-x86_64 has no oneDNN ...}.
   */
  public String describe() {
    String build = "(nd4j-native " + nativeBuild + ")";
    if (isOneDnn()) {
      return oneDnnLayers.isEmpty()
          ? "oneDNN " + build
          : "oneDNN " + build + " in " + String.join(", ", oneDnnLayers);
    }
    return "DL4J built-in im2col + GEMM " + build + ": " + reason;
  }
}
