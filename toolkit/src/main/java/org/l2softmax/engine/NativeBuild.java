package org.l2softmax.engine;

import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The native build of ND4J's CPU backend that this process loaded, named like the classifier of
 * its {@code nd4j-native} jar ({@code linux-x86_64-onednn}, {@code linux-x86_64}, ...).
 */
final class NativeBuild {

  /** JavaCPP's name of ND4J's native library. */
  private static final String LIBRARY = "nd4jcpu";

  private NativeBuild() {}

  /** The loaded build, or {@code "unknown"} if JavaCPP does not say where it came from. */
  static String current() {
    Nd4j.getExecutioner();
    Map<String, String> loaded = Loader.getLoadedLibraries();
    return fromLibraryPath(loaded.get(LIBRARY));
  }

  /**
   * The build named by the folder the library was unpacked from, for example {@code
   * .../bindings/linux-x86_64-onednn/libnd4jcpu.so} gives {@code linux-x86_64-onednn}.
   */
  static String fromLibraryPath(String libraryPath) {
    if (libraryPath == null || libraryPath.isBlank()) {
      return "unknown";
    }
    Path folder = Path.of(libraryPath).getParent();
    return folder == null || folder.getFileName() == null
        ? "unknown"
        : folder.getFileName().toString();
  }
}
