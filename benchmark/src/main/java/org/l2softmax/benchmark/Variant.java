package org.l2softmax.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One implementation and setting that a trial can run, with the environment and JVM properties
 * its process gets.
 */
enum Variant {
  /** The toolkit as bin/l2softmax runs it: oneDNN kernels, idle native threads sleeping. */
  OURS("ours", "DL4J + oneDNN (toolkit)", true, Map.of(), Implementation.OURS),
  /** The toolkit with the native threads at their defaults, which spin when idle. */
  OURS_SPINNING("ours-spinning", "DL4J + oneDNN, spinning threads", false, Map.of(),
      Implementation.OURS),
  /** The toolkit with DL4J's built-in convolution code instead of oneDNN. */
  OURS_BUILT_IN("ours-builtin", "DL4J built-in convolutions", true,
      Map.of("org.eclipse.deeplearning4j.helpers.disable", "true"), Implementation.OURS),
  /** PyTorch with the same thread settings as the toolkit: the fair comparison. */
  REFERENCE("reference", "PyTorch 2.7.1 (DJL 0.36.0)", true, Map.of(),
      Implementation.REFERENCE),
  /** PyTorch with the native threads at their defaults, which spin when idle. */
  REFERENCE_SPINNING("reference-spinning", "PyTorch, spinning threads", false, Map.of(),
      Implementation.REFERENCE);

  /** Which program a variant runs. */
  enum Implementation {
    OURS,
    REFERENCE
  }

  /** The environment variables that make idle native threads sleep (see ThreadSettings). */
  static final Map<String, String> SLEEPING_THREADS =
      Map.of("OMP_WAIT_POLICY", "PASSIVE", "OPENBLAS_THREAD_TIMEOUT", "4");

  private final String id;
  private final String label;
  private final boolean sleepingThreads;
  private final Map<String, String> properties;
  private final Implementation implementation;

  Variant(
      String id,
      String label,
      boolean sleepingThreads,
      Map<String, String> properties,
      Implementation implementation) {
    this.id = id;
    this.label = label;
    this.sleepingThreads = sleepingThreads;
    this.properties = properties;
    this.implementation = implementation;
  }

  String id() {
    return id;
  }

  String label() {
    return label;
  }

  Implementation implementation() {
    return implementation;
  }

  /** JVM system properties of the trial's process, beyond the common ones. */
  Map<String, String> properties() {
    return properties;
  }

  /** Sets or removes the thread variables in a child process's environment. */
  void configure(Map<String, String> environment) {
    if (sleepingThreads) {
      environment.putAll(SLEEPING_THREADS);
    } else {
      SLEEPING_THREADS.keySet().forEach(environment::remove);
    }
  }

  /**
   * The variant with this id.
   *
   * @throws IllegalArgumentException naming the accepted ids
   */
  static Variant byId(String id) {
    for (Variant variant : values()) {
      if (variant.id.equals(id)) {
        return variant;
      }
    }
    throw new IllegalArgumentException(
        "unknown variant \"" + id + "\"; expected one of " + ids());
  }

  static String ids() {
    return Arrays.stream(values()).map(Variant::id).collect(Collectors.joining(", "));
  }

  static List<Variant> parseList(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .map(Variant::byId)
        .toList();
  }
}
