package org.l2softmax.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.l2softmax.results.RunSummary;
import org.l2softmax.training.Measurement;
import org.l2softmax.training.ProgressListener;

/**
 * Shows training progress on the terminal: a bar redrawn in place with throughput and time left,
 * and a line per evaluation. Where the output is not a terminal (a log file, CI) only the lines
 * are printed, so logs stay readable.
 */
public final class ProgressBar implements ProgressListener {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private final boolean interactive;
  private long runStart;
  private long lastDraw;
  private boolean barShown;

  /**
   * A progress display.
   *
   * @param interactive whether {@code out} is a terminal that understands carriage returns
   */
  public ProgressBar(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  @Override
  public void runStarted(String run, int totalIterations) {
    out.printf(Locale.ROOT, "%n%s: %d iterations%n", run, totalIterations);
    runStart = System.nanoTime();
  }

  @Override
  public void iterationDone(
      String run, int iteration, int totalIterations, double loss, double imagesPerSecond) {
    long now = System.nanoTime();
    if (!interactive || (now - lastDraw < REDRAW_NANOS && iteration < totalIterations)) {
      return;
    }
    lastDraw = now;
    int filled = (int) ((long) WIDTH * iteration / totalIterations);
    // Time left from the pace so far, evaluations included.
    double secondsPerIteration = (now - runStart) / 1e9 / iteration;
    long secondsLeft = Math.round(secondsPerIteration * (totalIterations - iteration));
    out.printf(
        Locale.ROOT,
        "\r  [%s%s] %3d%% %d/%d  loss %.4f  %.0f img/s  %d:%02d left ",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        100 * iteration / totalIterations,
        iteration,
        totalIterations,
        loss,
        imagesPerSecond,
        secondsLeft / 60,
        secondsLeft % 60);
    out.flush();
    barShown = true;
  }

  @Override
  public void evaluationDone(String run, int iteration, Measurement train, Measurement test) {
    clearBar();
    out.printf(
        Locale.ROOT,
        "  iteration %5d: train accuracy %6.2f%%, test accuracy %6.2f%%, feature norm %.3g%n",
        iteration,
        100 * train.accuracy(),
        100 * test.accuracy(),
        test.meanFeatureNorm());
  }

  @Override
  public void runFinished(RunSummary summary) {
    clearBar();
    out.printf(
        Locale.ROOT,
        "  done in %.0f s: test accuracy %.2f%%, %.0f training images/s%n",
        summary.wallSeconds(),
        100 * summary.finalTestAccuracy(),
        summary.imagesPerSecond());
  }

  private void clearBar() {
    if (barShown) {
      out.print("\r" + " ".repeat(WIDTH + 70) + "\r");
      barShown = false;
    }
  }
}
