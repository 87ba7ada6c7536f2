package org.l2softmax.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a trial measured, sent from the trial's process to the driver as one line of text.
 *
 * @param variant what ran
 * @param imagesPerSecond training images per second, training loop only
 * @param testAccuracy accuracy on the test images after training
 * @param finalLoss training loss of the last step
 * @param trainingPeakMebibytes peak resident memory of the trial's process when training ended,
 *     before the evaluation
 * @param peakMebibytes peak resident memory of the trial's process, evaluation included
 * @param kernels which kernels ran, in words
 */
record TrialResult(
    Variant variant,
    double imagesPerSecond,
    double testAccuracy,
    double finalLoss,
    double trainingPeakMebibytes,
    double peakMebibytes,
    String kernels) {

  /** Marks the result line among whatever else a trial prints. */
  static final String PREFIX = "TRIAL-RESULT\t";

  /** The line the trial prints: tab-separated {@code key=value} pairs. */
  String toLine() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("variant", variant.id());
    fields.put("imagesPerSecond", format(imagesPerSecond));
    fields.put("testAccuracy", format(testAccuracy));
    fields.put("finalLoss", format(finalLoss));
    fields.put("trainingPeakMebibytes", format(trainingPeakMebibytes));
    fields.put("peakMebibytes", format(peakMebibytes));
    fields.put("kernels", kernels.replace('\t', ' ').replace('\n', ' '));
    StringBuilder line = new StringBuilder(PREFIX);
    fields.forEach((key, value) -> line.append(key).append('=').append(value).append('\t'));
    return line.toString().strip();
  }

  /** The result in a line of a trial's output, if it is a result line. */
  static Optional<TrialResult> parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : line.substring(PREFIX.length()).split("\t")) {
      int equals = field.indexOf('=');
      if (equals > 0) {
        fields.put(field.substring(0, equals), field.substring(equals + 1));
      }
    }
    return Optional.of(
        new TrialResult(
            Variant.byId(fields.get("variant")),
            Double.parseDouble(fields.get("imagesPerSecond")),
            Double.parseDouble(fields.get("testAccuracy")),
            Double.parseDouble(fields.get("finalLoss")),
            Double.parseDouble(fields.get("trainingPeakMebibytes")),
            Double.parseDouble(fields.get("peakMebibytes")),
            fields.getOrDefault("kernels", "")));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }
}
