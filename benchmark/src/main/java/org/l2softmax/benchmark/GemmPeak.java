package org.l2softmax.benchmark;

import java.util.Locale;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures this machine's single precision matrix-product (SGEMM) peak, the practical ceiling for
 * dense training arithmetic: ND4J's GEMM (OpenBLAS, all cores) on 2048 x 2048 matrices into a
 * preallocated result, best of several timed windows. Runs as a program of its own, started by
 * {@link Benchmark}; prints {@value #PREFIX} followed by GFLOP/s.
 */
public final class GemmPeak {

  static final String PREFIX = "SGEMM-GFLOPS\t";

  private static final int SIZE = 2048;
  private static final int WINDOWS = 7;
  private static final long WINDOW_NANOS = 400_000_000L;

  private GemmPeak() {}

  /**
   * Prints the measured peak.
   *
   * @param arguments none
   */
  public static void main(String[] arguments) {
    System.out.println(PREFIX + String.format(Locale.ROOT, "%.1f", measure()));
  }

  static double measure() {
    Nd4j.getRandom().setSeed(1);
    INDArray left = Nd4j.rand(DataType.FLOAT, SIZE, SIZE);
    INDArray right = Nd4j.rand(DataType.FLOAT, SIZE, SIZE);
    INDArray product = Nd4j.create(DataType.FLOAT, new long[] {SIZE, SIZE}, 'f');
    double flopsPerProduct = 2.0 * SIZE * SIZE * SIZE;
    for (int i = 0; i < 3; i++) {
      Nd4j.gemm(left, right, product, false, false, 1.0, 0.0);
    }
    double best = 0;
    for (int window = 0; window < WINDOWS; window++) {
      int products = 0;
      long start = System.nanoTime();
      long elapsed;
      do {
        Nd4j.gemm(left, right, product, false, false, 1.0, 0.0);
        products++;
        elapsed = System.nanoTime() - start;
      } while (elapsed < WINDOW_NANOS);
      best = Math.max(best, flopsPerProduct * products / elapsed);
    }
    return best;
  }
}
