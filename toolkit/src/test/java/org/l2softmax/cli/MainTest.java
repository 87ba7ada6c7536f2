package org.l2softmax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
  }

  private String errText() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: l2softmax", "--alphas");
  }

  @Test
  void argumentErrorsGiveAMessageAndUsageNotAStackTrace() {
    String[][] cases = {
      {"--epochs", "0"},
      {"--epochs", "two"},
      {"--alphas", "-1"},
      {"--alphas", "8,,16"},
      {"--train-examples"},
      {"--seed", "1.5"},
      {"--frobnicate"},
      {"--output", ""},
      {"--batch-size", "2147483648"},
    };
    String[] expected = {
      "--epochs must be a whole number from 1 to 2147483647, got \"0\"",
      "--epochs must be a whole number from 1 to 2147483647, got \"two\"",
      "cannot read alpha \"-1\"",
      "cannot read alpha \"\"",
      "--train-examples needs a value",
      "--seed must be a whole number, got \"1.5\"",
      "unknown option \"--frobnicate\"",
      "--output needs a value, got an empty one",
      "--batch-size must be a whole number from 1 to 2147483647, got \"2147483648\"",
    };
    for (int i = 0; i < cases.length; i++) {
      err.reset();
      assertThat(run(cases[i])).as(String.join(" ", cases[i])).isEqualTo(Main.USAGE_ERROR);
      assertThat(errText()).contains(expected[i]).contains("Usage: l2softmax");
      assertThat(errText()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void missingDataFolderIsNamed(@TempDir Path folder) {
    Path missing = folder.resolve("no-mnist-here");

    assertThat(run("--data", missing.toString(), "--output", folder.toString()))
        .isEqualTo(Main.RUN_ERROR);
    assertThat(errText()).contains(missing.toString());
    assertThat(folder.resolve("history.csv")).doesNotExist();
  }

  @Test
  void unwritableOutputFailsBeforeTraining(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("a-file");
    Files.writeString(file, "not a folder");

    assertThat(run("--output", file.toString())).isEqualTo(Main.RUN_ERROR);
    assertThat(errText()).contains(file.toString()).doesNotContain("\tat ");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Loading MNIST");
  }

  @Test
  void tinySweepWritesTheThreeResultFiles(@TempDir Path folder) throws Exception {
    Path output = folder.resolve("results");

    int status =
        run(
            "--alphas", "0,16",
            "--train-examples", "256",
            "--test-examples", "200",
            "--eval-train", "200",
            "--eval-every", "1",
            "--output", output.toString());

    assertThat(status).as(errText()).isZero();
    Table summary = Table.read().csv(output.resolve("summary.csv").toFile());
    assertThat(summary.rowCount()).isEqualTo(2);
    Table history = Table.read().csv(output.resolve("history.csv").toFile());
    assertThat(history.rowCount()).isEqualTo(4);
    assertThat(Files.readString(output.resolve("sweep.html"))).contains("Plotly.newPlot");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("softmax", "alpha=16", "Wrote");
  }
}
