package org.l2softmax.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadSettingsTest {

  @Test
  void recommendedSettingsLetIdleThreadsSleep() {
    Map<String, String> environment =
        Map.of("OMP_WAIT_POLICY", "passive", "OPENBLAS_THREAD_TIMEOUT", "4");
    ThreadSettings settings = ThreadSettings.from(2, environment);

    assertThat(settings.idleThreadsSleep()).isTrue();
    assertThat(settings.advice()).isEmpty();
    assertThat(settings.describe())
        .isEqualTo("2 OpenMP threads, OMP_WAIT_POLICY=passive, OPENBLAS_THREAD_TIMEOUT=4");
  }

  @Test
  void unsetOrSpinningSettingsGetAdvice() {
    for (Map<String, String> environment :
        java.util.List.of(
            Map.<String, String>of(),
            Map.of("OMP_WAIT_POLICY", "ACTIVE", "OPENBLAS_THREAD_TIMEOUT", "4"),
            Map.of("OMP_WAIT_POLICY", "PASSIVE", "OPENBLAS_THREAD_TIMEOUT", "28"),
            Map.of("OMP_WAIT_POLICY", "PASSIVE", "OPENBLAS_THREAD_TIMEOUT", "short"))) {
      ThreadSettings settings = ThreadSettings.from(2, environment);

      assertThat(settings.idleThreadsSleep()).as(environment.toString()).isFalse();
      assertThat(settings.advice().orElseThrow())
          .contains("OMP_WAIT_POLICY=PASSIVE", "OPENBLAS_THREAD_TIMEOUT=4");
    }
    assertThat(ThreadSettings.from(1, Map.of()).describe())
        .isEqualTo("1 OpenMP threads, OMP_WAIT_POLICY=(unset), OPENBLAS_THREAD_TIMEOUT=(unset)");
  }

  @Test
  void testsRunWithTheSettingsOfTheLauncher() {
    // Surefire passes the same environment as bin/l2softmax.
    assertThat(ThreadSettings.current().idleThreadsSleep()).isTrue();
    assertThat(ThreadSettings.current().ompThreads()).isPositive();
  }
}
