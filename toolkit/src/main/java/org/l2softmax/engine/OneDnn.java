package org.l2softmax.engine;

import java.util.Optional;
import org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Whether the loaded ND4J native library can run oneDNN kernels now.
 *
 * <p>Three things must hold: the backend is ND4J's CPU backend; the native library was built with
 * oneDNN (its build information lists {@code HAVE_ONEDNN}: true for the {@code -onednn}
 * classifiers of {@code nd4j-native}, false for the plain {@code linux-x86_64} one); and neither
 * ND4J switch is off ({@code Nd4j.getEnvironment().allowHelpers(false)}, or the native
 * environment's {@code setUseONEDNN(false)}). The last two are read at every call, so switching
 * them takes effect for layers created afterwards.
 */
public final class OneDnn {

  /** The flag that ND4J's native build information lists when oneDNN is compiled in. */
  static final String BUILD_FLAG = "HAVE_ONEDNN";

  private static volatile String buildInfo;

  private OneDnn() {}

  /** True when new convolution and pooling layers can run on oneDNN. */
  public static boolean isAvailable() {
    return unavailableReason().isEmpty();
  }

  /**
   * Why oneDNN cannot be used now, or empty when it can.
   *
   * @return a sentence naming the missing condition and how to change it
   */
  public static Optional<String> unavailableReason() {
    String backend = Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend");
    if (!"CPU".equalsIgnoreCase(backend)) {
      return Optional.of("ND4J runs on the " + backend + " backend, not on the CPU");
    }
    if (!compiledIn(buildInfo())) {
      return Optional.of(
          "the native library "
              + NativeBuild.current()
              + " has no oneDNN (the default build uses nd4j-native linux-x86_64-onednn)");
    }
    if (!Nd4j.getEnvironment().helpersAllowed()) {
      return Optional.of("ND4J's helpers are switched off (Nd4j.getEnvironment().allowHelpers)");
    }
    if (!Nd4jCpu.Environment.getInstance().isUseONEDNN()) {
      return Optional.of("oneDNN is switched off in ND4J's native environment (setUseONEDNN)");
    }
    return Optional.empty();
  }

  /** Whether build information of ND4J's native library says it contains oneDNN. */
  static boolean compiledIn(String nativeBuildInfo) {
    return nativeBuildInfo != null && nativeBuildInfo.lines().anyMatch(BUILD_FLAG::equals);
  }

  private static String buildInfo() {
    String info = buildInfo;
    if (info == null) {
      // Loads the backend first: the native operations exist only after that.
      Nd4j.getExecutioner();
      info = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo();
      buildInfo = info;
    }
    return info;
  }
}
