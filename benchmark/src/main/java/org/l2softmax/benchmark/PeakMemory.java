package org.l2softmax.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident memory of this process ({@code VmHWM} in {@code /proc/self/status}): Java
 * heap, native arrays and native libraries together, as the operating system counts them.
 */
final class PeakMemory {

  private PeakMemory() {}

  /** Peak resident set in MiB, or -1 where {@code /proc} does not say (not Linux). */
  static double mebibytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
