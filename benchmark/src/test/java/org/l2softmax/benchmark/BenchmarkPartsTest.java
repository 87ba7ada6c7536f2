package org.l2softmax.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchmarkPartsTest {

  private static TrialSpec spec(int images, int batchSize) {
    Path none = Path.of("none");
    return new TrialSpec(Variant.OURS, none, none, none, images, batchSize, 100, 16, 42);
  }

  @Test
  void countsTheNetworksTrainingArithmetic() {
    // conv1 627,200 + conv2 10,035,200 + dense 3,211,264 + output 10,240 multiply-adds.
    double forward = 2.0 * (627_200 + 10_035_200 + 3_211_264 + 10_240);
    assertThat(TrainingFlops.perImage()).isCloseTo(3 * forward, within(1.0));
  }

  @Test
  void batchesVisitEveryImageOnceInASeededOrder() {
    List<int[]> batches = spec(1000, 128).batches();

    assertThat(batches).hasSize(8);
    assertThat(batches.get(7)).hasSize(1000 - 7 * 128);
    int[] all = batches.stream().flatMapToInt(Arrays::stream).sorted().toArray();
    assertThat(all).isEqualTo(IntStream.range(0, 1000).toArray());
    assertThat(spec(1000, 128).batches().get(0)).isEqualTo(batches.get(0));
    assertThat(batches.get(0)).isNotEqualTo(IntStream.range(0, 128).toArray());
  }

  @Test
  void specAndResultSurviveTheTripToTheTrialProcess() {
    TrialSpec spec = spec(640, 64);
    assertThat(TrialSpec.fromArguments(spec.toArguments().toArray(String[]::new)))
        .isEqualTo(spec);

    TrialResult result =
        new TrialResult(Variant.REFERENCE, 1234.5, 0.9731, 0.12, 900.0, 987.0, "PyTorch\t2.7.1");
    TrialResult back = TrialResult.parse("noise before\n".strip()).orElse(null);
    assertThat(back).isNull();
    TrialResult parsed = TrialResult.parse(result.toLine()).orElseThrow();
    assertThat(parsed.variant()).isEqualTo(Variant.REFERENCE);
    assertThat(parsed.imagesPerSecond()).isEqualTo(1234.5);
    assertThat(parsed.testAccuracy()).isEqualTo(0.9731);
    assertThat(parsed.kernels()).isEqualTo("PyTorch 2.7.1");
  }

  @Test
  void parsesOptionsAndNamesWhatIsWrong() {
    BenchmarkOptions defaults = BenchmarkOptions.parse(new String[0]);
    assertThat(defaults.images()).isEqualTo(12_800);
    assertThat(defaults.variants()).containsExactly(Variant.OURS, Variant.REFERENCE);

    BenchmarkOptions chosen =
        BenchmarkOptions.parse(
            new String[] {"--images", "60000", "--rounds", "5", "--variants", "ours,ours-builtin"});
    assertThat(chosen.images()).isEqualTo(60_000);
    assertThat(chosen.rounds()).isEqualTo(5);
    assertThat(chosen.variants()).containsExactly(Variant.OURS, Variant.OURS_BUILT_IN);

    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--rounds", "0"}))
        .hasMessageContaining("--rounds must be >= 1, got 0");
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--variants", "tensorflow"}))
        .hasMessageContaining("unknown variant \"tensorflow\"")
        .hasMessageContaining("reference-spinning");
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--images", "70000"}))
        .hasMessageContaining("60000 training");
  }

  @Test
  void variantsSetOrClearTheThreadVariables() {
    java.util.Map<String, String> environment = new java.util.HashMap<>();
    Variant.OURS.configure(environment);
    assertThat(environment).containsEntry("OMP_WAIT_POLICY", "PASSIVE");
    Variant.REFERENCE_SPINNING.configure(environment);
    assertThat(environment).doesNotContainKeys("OMP_WAIT_POLICY", "OPENBLAS_THREAD_TIMEOUT");
  }
}
