package org.nd4j.nativeblas;

import org.l2softmax.engine.OneDnn;

/**
 * Compatibility class that lets DL4J 1.0.0-M2.1 find out whether oneDNN is usable.
 *
 * <p>Before DL4J creates a oneDNN helper for a convolution or pooling layer, it checks {@code
 * org.nd4j.nativeblas.Nd4jCpu$Environment.getInstance().isUseMKLDNN()} by reflection. ND4J
 * 1.0.0-M2.1 moved that class to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu} and
 * renamed the method {@code isUseONEDNN()}, so without this class the check always fails and
 * DL4J never uses oneDNN. This class provides only what the check calls; nothing else in DL4J or
 * ND4J refers to this name. Its answer is {@link OneDnn#isAvailable()}, which also makes sure
 * the native library was built with oneDNN.
 *
 * <p>Limitation: the package {@code org.nd4j.nativeblas} also exists in {@code nd4j-native-api};
 * that is fine on the class path, where the toolkit runs, but the module path would reject it.
 */
public final class Nd4jCpu {

  private Nd4jCpu() {}

  /** The native environment as DL4J's oneDNN check expects to find it. */
  public static final class Environment {

    private static final Environment INSTANCE = new Environment();

    private Environment() {}

    /** The one instance, as in ND4J's own environment class. */
    public static Environment getInstance() {
      return INSTANCE;
    }

    /** Whether oneDNN (formerly MKL-DNN) can run layers created now. */
    public boolean isUseMKLDNN() {
      return OneDnn.isAvailable();
    }
  }
}
