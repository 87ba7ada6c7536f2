package org.l2softmax.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.l2softmax.data.DatasetException;
import org.l2softmax.data.MnistData;
import org.l2softmax.engine.ConvolutionKernels;
import org.l2softmax.engine.ThreadSettings;
import org.l2softmax.model.MnistCnn;
import org.l2softmax.plots.SweepReport;
import org.l2softmax.results.ResultTables;
import org.l2softmax.training.AlphaSweep;

/**
 * The command-line main job: the alpha sweep on MNIST, with a progress bar, a summary table and
 * the result files history.csv, summary.csv and sweep.html.
 *
 * <p>Results are rewritten after every run, each file atomically, so an interrupted sweep keeps
 * the runs it finished and never leaves a half-written file.
 */
public final class Main {

  /** Exit status of a bad command line. */
  static final int USAGE_ERROR = 2;

  /** Exit status of a failure while running (missing data, unwritable output). */
  static final int RUN_ERROR = 1;

  private Main() {}

  /** Runs the sweep and exits with 0, {@value #RUN_ERROR} or {@value #USAGE_ERROR}. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /**
   * Runs the command and returns its exit status instead of exiting.
   *
   * @param interactive whether {@code out} is a terminal (draws a progress bar)
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
    SweepArguments arguments;
    try {
      arguments = SweepArguments.parse(args);
    } catch (UsageException e) {
      err.println("l2softmax: " + e.getMessage());
      err.println();
      err.print(SweepArguments.USAGE);
      return USAGE_ERROR;
    }
    if (arguments.help()) {
      out.print(SweepArguments.USAGE);
      return 0;
    }

    try {
      sweep(arguments, out, interactive);
      return 0;
    } catch (DatasetException | UncheckedIOException | IllegalArgumentException e) {
      // The arguments were valid; what failed is the data, the output or the training.
      err.println("l2softmax: " + e.getMessage());
      return RUN_ERROR;
    }
  }

  private static void sweep(SweepArguments arguments, PrintStream out, boolean interactive) {
    Path dataFolder = MnistData.locate(arguments.dataFolder());
    requireWritableFolder(arguments.outputFolder());
    out.println("Loading MNIST from " + dataFolder);
    MnistData data = MnistData.load(dataFolder);
    noteClampedCounts(arguments, data, out);
    printEngine(out);

    Path output = arguments.outputFolder();
    Path historyFile = output.resolve("history.csv");
    Path summaryFile = output.resolve("summary.csv");
    Path reportFile = output.resolve("sweep.html");
    MnistCnn.Builder network =
        MnistCnn.builder()
            .seed(arguments.training().seed())
            .imageSize(data.train().height(), data.train().width())
            .classes(data.train().classes());
    AlphaSweep sweep =
        new AlphaSweep(network, arguments.training(), new ProgressBar(out, interactive));

    AlphaSweep.Result result =
        sweep.run(
            arguments.alphas(),
            data,
            partial -> save(partial, historyFile, summaryFile, reportFile));

    SummaryPrinter.print(result.summary(), out);
    out.println();
    out.println("Wrote " + historyFile + ", " + summaryFile + " and " + reportFile);
  }

  /** Says which kernels will train the networks and how the native threads wait. */
  private static void printEngine(PrintStream out) {
    ConvolutionKernels.allowOneDnn();
    out.println("Convolution kernels: " + ConvolutionKernels.forNewNetworks().describe());
    ThreadSettings threads = ThreadSettings.current();
    out.println("Native threads: " + threads.describe());
    threads.advice().ifPresent(advice -> out.println("Note: " + advice));
  }

  /** Says when a requested count exceeds the data, instead of clamping it silently. */
  private static void noteClampedCounts(SweepArguments arguments, MnistData data, PrintStream out) {
    int train = arguments.training().trainExamples();
    int test = arguments.training().testExamples();
    if (train > data.train().size()) {
      out.printf("Note: %d training images asked for, %d exist; using all of them%n",
          train, data.train().size());
    }
    if (test > data.test().size()) {
      out.printf("Note: %d test images asked for, %d exist; using all of them%n",
          test, data.test().size());
    }
  }

  /** Fails before any training if results could not be saved at the end. */
  private static void requireWritableFolder(Path folder) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      String problem = "output folder " + folder + " is a file; expected a folder";
      throw new UncheckedIOException(problem, new IOException(problem));
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      String reason =
          e instanceof FileSystemException fileProblem && fileProblem.getReason() != null
              ? fileProblem.getReason()
              : e.getClass().getSimpleName();
      String problem = "cannot create output folder " + folder + " (" + reason + ")";
      throw new UncheckedIOException(problem, e);
    }
    if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
      String problem = "output folder " + folder + " is not a writable folder";
      throw new UncheckedIOException(problem, new IOException(problem));
    }
    for (String name : new String[] {"history.csv", "summary.csv", "sweep.html"}) {
      if (Files.isDirectory(folder.resolve(name))) {
        String problem = "cannot write " + folder.resolve(name) + ": it is a folder";
        throw new UncheckedIOException(problem, new IOException(problem));
      }
    }
  }

  /** Rewrites the three result files, each atomically, with the runs finished so far. */
  private static void save(
      AlphaSweep.Result result, Path historyFile, Path summaryFile, Path reportFile) {
    try {
      ResultTables.writeCsv(result.history(), historyFile);
      ResultTables.writeCsv(result.summary(), summaryFile);
      SweepReport.create(result.history()).write(reportFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results: " + e.getMessage(), e);
    }
  }
}
