package org.l2softmax.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The native thread settings of this process that decide how well training uses a few cores.
 *
 * <p>ND4J runs element-wise work and oneDNN on OpenMP threads, and matrix products on OpenBLAS's
 * own threads. By default both kinds keep spinning for a while after their work is done, waiting
 * for more; on two cores they take the cores away from each other. With {@code
 * OMP_WAIT_POLICY=PASSIVE} and {@code OPENBLAS_THREAD_TIMEOUT=4} idle threads sleep at once. Both
 * are environment variables that the native libraries read when they load, so they must be set
 * before Java starts: {@code bin/l2softmax}, the tests and the benchmark set them.
 *
 * @param ompThreads OpenMP threads ND4J uses
 * @param ompWaitPolicy {@code OMP_WAIT_POLICY}, or empty if unset
 * @param openblasThreadTimeout {@code OPENBLAS_THREAD_TIMEOUT}, or empty if unset
 */
public record ThreadSettings(int ompThreads, String ompWaitPolicy, String openblasThreadTimeout) {

  /** The recommended {@code OMP_WAIT_POLICY}. */
  public static final String PASSIVE = "PASSIVE";

  /** The recommended {@code OPENBLAS_THREAD_TIMEOUT}: 2^4 cycles, OpenBLAS's shortest. */
  public static final String SHORT_TIMEOUT = "4";

  /** The settings of this process (loads ND4J's backend). */
  public static ThreadSettings current() {
    // ND4J stores this entry as a number, which Properties.getProperty would not return.
    Object threads = Nd4j.getExecutioner().getEnvironmentInformation().get("omp.threads");
    int count = threads == null ? 0 : Integer.parseInt(threads.toString().trim());
    return from(count, System.getenv());
  }

  static ThreadSettings from(int ompThreads, Map<String, String> environment) {
    return new ThreadSettings(
        ompThreads,
        environment.getOrDefault("OMP_WAIT_POLICY", ""),
        environment.getOrDefault("OPENBLAS_THREAD_TIMEOUT", ""));
  }

  /** Whether idle native threads sleep (both variables set as recommended or shorter). */
  public boolean idleThreadsSleep() {
    return PASSIVE.equals(ompWaitPolicy.toUpperCase(Locale.ROOT))
        && openblasThreadTimeout.matches("[0-9]+")
        && Integer.parseInt(openblasThreadTimeout) <= Integer.parseInt(SHORT_TIMEOUT);
  }

  /** For example {@code 2 OpenMP threads, OMP_WAIT_POLICY=PASSIVE, OPENBLAS_THREAD_TIMEOUT=4}. */
  public String describe() {
    return ompThreads
        + " OpenMP threads, OMP_WAIT_POLICY="
        + (ompWaitPolicy.isEmpty() ? "(unset)" : ompWaitPolicy)
        + ", OPENBLAS_THREAD_TIMEOUT="
        + (openblasThreadTimeout.isEmpty() ? "(unset)" : openblasThreadTimeout);
  }

  /** What to change when idle threads spin; empty when they sleep. */
  public Optional<String> advice() {
    if (idleThreadsSleep()) {
      return Optional.empty();
    }
    return Optional.of(
        "idle native threads spin and compete for the cores; start Java with the environment"
            + " variables OMP_WAIT_POLICY="
            + PASSIVE
            + " and OPENBLAS_THREAD_TIMEOUT="
            + SHORT_TIMEOUT
            + " (bin/l2softmax sets them)");
  }
}
