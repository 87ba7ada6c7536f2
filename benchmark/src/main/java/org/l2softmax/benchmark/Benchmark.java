package org.l2softmax.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.l2softmax.data.MnistData;

/**
 * Drives the benchmark: exports the images once, measures the SGEMM peak, then lets the variants
 * take turns (A B A B ...), each trial in a fresh JVM, and prints one line per trial and a
 * summary table.
 *
 * <p>Why separate processes: each implementation's peak memory is then its own, and neither
 * sees the other's native threads. Why taking turns: the machine's load changes over minutes
 * (other users' work on shared cores), and taking turns spreads it over all variants alike.
 */
public final class Benchmark {

  /** JVM properties the trials inherit from the driver when set (caches, offline, limits). */
  private static final List<String> FORWARDED_PROPERTIES =
      List.of(
          "org.bytedeco.javacpp.cachedir",
          "org.bytedeco.javacpp.maxbytes",
          "org.bytedeco.javacpp.maxphysicalbytes",
          "DJL_CACHE_DIR",
          "ENGINE_CACHE_DIR",
          "ai.djl.offline",
          "PYTORCH_VERSION",
          "org.slf4j.simpleLogger.defaultLogLevel");

  private static final String TRIAL_HEAP = "-Xmx2g";

  private final BenchmarkOptions options;
  private final PrintStream out;

  private Benchmark(BenchmarkOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /**
   * Runs the benchmark; see {@link BenchmarkOptions#USAGE}.
   *
   * @param arguments the command line
   */
  public static void main(String[] arguments) throws Exception {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(arguments);
    } catch (IllegalArgumentException e) {
      System.err.println("benchmark: " + e.getMessage());
      System.err.print(BenchmarkOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(BenchmarkOptions.USAGE);
      return;
    }
    new Benchmark(options, System.out).run();
  }

  private void run() throws IOException, InterruptedException {
    printMachine();
    Path dataFolder = MnistData.locate(options.dataFolder());
    Files.createDirectories(options.workFolder());
    Path trainFile = options.workFolder().resolve("train-" + options.images() + ".bytes");
    Path testFile = options.workFolder().resolve("test-" + options.testImages() + ".bytes");
    MnistData data = MnistData.load(dataFolder);
    MnistBytes.export(data.train(), options.images(), trainFile);
    MnistBytes.export(data.test(), options.testImages(), testFile);
    out.printf(
        Locale.ROOT,
        "Data: %s; %d training images in batches of %d, accuracy on %d test images;"
            + " alpha %s, seed %d%n",
        dataFolder,
        options.images(),
        options.batchSize(),
        options.testImages(),
        options.alpha(),
        options.seed());

    double gemmPeak = options.measureGemm() ? measureGemmPeak() : Double.NaN;
    if (options.measureGemm()) {
      out.printf(
          Locale.ROOT,
          "SGEMM peak: %.0f GFLOP/s (ND4J/OpenBLAS, 2048^3, float32, all cores)%n",
          gemmPeak);
    }

    Map<Variant, List<TrialResult>> results = new LinkedHashMap<>();
    for (int round = 1; round <= options.rounds(); round++) {
      for (Variant variant : options.variants()) {
        TrialSpec spec =
            new TrialSpec(
                variant,
                dataFolder,
                trainFile,
                testFile,
                options.images(),
                options.batchSize(),
                options.testImages(),
                options.alpha(),
                options.seed());
        TrialResult result = runTrial(spec);
        results.computeIfAbsent(variant, key -> new ArrayList<>()).add(result);
        out.printf(
            Locale.ROOT,
            "round %d  %-18s %7.1f img/s  accuracy %.4f  loss %.4f  peak %5.0f MiB training,"
                + " %5.0f MiB with evaluation  load %s  [%s]%n",
            round,
            variant.id(),
            result.imagesPerSecond(),
            result.testAccuracy(),
            result.finalLoss(),
            result.trainingPeakMebibytes(),
            result.peakMebibytes(),
            loadAverage(),
            result.kernels());
      }
    }
    new SummaryTable(results, gemmPeak, TrainingFlops.perImage()).print(out);
    out.println("Load average at the end: " + loadAverage());
  }

  private void printMachine() {
    out.println("Training-speed benchmark, " + Instant.now());
    out.printf(
        Locale.ROOT,
        "Machine: %s, %d cores seen by Java, %s; Java %s%n",
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        memory(),
        System.getProperty("java.version"));
    out.println("Load average at the start: " + loadAverage());
  }

  private double measureGemmPeak() throws IOException, InterruptedException {
    List<String> lines = runJava(GemmPeak.class.getName(), List.of(), Variant.OURS);
    for (String line : lines) {
      if (line.startsWith(GemmPeak.PREFIX)) {
        return Double.parseDouble(line.substring(GemmPeak.PREFIX.length()).trim());
      }
    }
    throw new IllegalStateException(
        "the SGEMM measurement printed no result; its output ended with:\n" + tail(lines));
  }

  private TrialResult runTrial(TrialSpec spec) throws IOException, InterruptedException {
    List<String> lines = runJava(Trial.class.getName(), spec.toArguments(), spec.variant());
    for (String line : lines) {
      Optional<TrialResult> result = TrialResult.parse(line);
      if (result.isPresent()) {
        return result.get();
      }
    }
    throw new IllegalStateException(
        "trial " + spec.variant().id() + " printed no result; its output ended with:\n"
            + tail(lines));
  }

  /** Runs a main class of this class path in a fresh JVM set up for the variant. */
  private List<String> runJava(String mainClass, List<String> arguments, Variant variant)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(TRIAL_HEAP);
    for (String key : FORWARDED_PROPERTIES) {
      String value = System.getProperty(key);
      if (value != null) {
        command.add("-D" + key + "=" + value);
      }
    }
    variant.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(arguments);

    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    variant.configure(builder.environment());
    Process process = builder.start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    }
    int status = process.waitFor();
    if (status != 0) {
      throw new IllegalStateException(
          mainClass + " (" + variant.id() + ") exited with status " + status
              + "; its output ended with:\n" + tail(lines));
    }
    return lines;
  }

  private static String tail(List<String> lines) {
    Deque<String> last = new ArrayDeque<>();
    for (String line : lines) {
      last.addLast(line);
      if (last.size() > 30) {
        last.removeFirst();
      }
    }
    return String.join("\n", last);
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal:"))
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB RAM")
          .findFirst()
          .orElse("memory unknown");
    } catch (IOException | UncheckedIOException e) {
      return "memory unknown";
    }
  }
}
