package org.l2softmax.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Properties;

/**
 * The Jupyter kernel this JVM runs in, if any, found and called by reflection so that the toolkit
 * needs no kernel library.
 */
enum JupyterKernel {
  /** rapaio-jupyter-kernel: {@code org.rapaio.jupyter.kernel.global.Global.display(Object)}. */
  RAPAIO("rapaio-jupyter-kernel", "org.rapaio.jupyter.kernel.global.Global"),

  /** IJava: {@code io.github.spencerpark.ijava.runtime.Display.display(Object)}. */
  IJAVA("IJava", "io.github.spencerpark.ijava.runtime.Display"),

  /** A plain JVM or JShell: views are printed as text. */
  NONE("none (plain JVM or JShell)", null);

  private static final String RAPAIO_MAIN = "org.rapaio.jupyter.kernel.MainApp";
  private static final String IJAVA_MAIN = "io.github.spencerpark.ijava.IJava";

  private static volatile JupyterKernel current;

  private final String label;
  private final String displayClass;

  JupyterKernel(String label, String displayClass) {
    this.label = label;
    this.displayClass = displayClass;
  }

  /** The kernel's name for people. */
  String label() {
    return label;
  }

  /** The kernel this JVM runs, detected once. */
  static JupyterKernel current() {
    JupyterKernel kernel = current;
    if (kernel == null) {
      kernel = detect(System.getProperty("sun.java.command", ""), loader());
      current = kernel;
    }
    return kernel;
  }

  /**
   * Which kernel runs, judged by the JVM's main class (rapaio-jupyter-kernel, started with its
   * main class or its jar) or by a live kernel instance (IJava). A kernel library that is merely
   * on the class path, as in the toolkit's own tests, does not count.
   */
  static JupyterKernel detect(String javaCommand, ClassLoader loader) {
    if ((javaCommand.startsWith(RAPAIO_MAIN) || javaCommand.contains("rapaio-jupyter-kernel"))
        && isPresent(RAPAIO.displayClass, loader)) {
      return RAPAIO;
    }
    if (isPresent(IJAVA_MAIN, loader) && ijavaKernelInstance(loader) != null) {
      return IJAVA;
    }
    return NONE;
  }

  /** The running IJava kernel, or null. */
  static Object ijavaKernelInstance(ClassLoader loader) {
    try {
      return Class.forName(IJAVA_MAIN, true, loader).getMethod("getKernelInstance").invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /** The kernel's version, or "unknown". */
  String version() {
    return switch (this) {
      case RAPAIO -> mavenVersion("io.github.padreati", "rapaio-jupyter-kernel", loader());
      case IJAVA -> ijavaVersion();
      case NONE -> "";
    };
  }

  /**
   * Shows a view as a cell output now: through the kernel's display function, or on standard
   * output outside a kernel.
   *
   * @throws IllegalStateException if the kernel's display function cannot be called
   */
  void display(Object value) {
    if (this == NONE) {
      System.out.println(value);
      return;
    }
    try {
      Method display =
          Class.forName(displayClass, true, loader()).getMethod("display", Object.class);
      display.invoke(null, value);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException(
          "cannot show output through " + label + " (" + displayClass + ".display(Object)): " + e,
          e);
    }
  }

  /** The version in a jar's Maven descriptor, or "unknown" where the jar has none. */
  static String mavenVersion(String groupId, String artifactId, ClassLoader loader) {
    String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String ijavaVersion() {
    try {
      Class<?> ijava = Class.forName(IJAVA_MAIN, true, loader());
      return String.valueOf(ijava.getField("VERSION").get(null));
    } catch (ReflectiveOperationException | LinkageError e) {
      return "unknown";
    }
  }

  private static boolean isPresent(String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static ClassLoader loader() {
    return JupyterKernel.class.getClassLoader();
  }
}
