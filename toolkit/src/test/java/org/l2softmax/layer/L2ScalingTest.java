package org.l2softmax.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class L2ScalingTest {

  private static final double EPSILON = 1e-12;

  @Test
  void forwardMatchesHandComputedValues() {
    // Rows with norms 5, 5 and 500: the 3-4-5 triangle makes the unit vectors exact.
    INDArray x = Nd4j.create(new double[][] {{3, 4}, {0, -5}, {300, 400}});

    INDArray y = L2Scaling.forward(x, 10, EPSILON);

    assertThat(y.toDoubleMatrix()[0]).containsExactly(new double[] {6, 8}, within(1e-9));
    assertThat(y.toDoubleMatrix()[1]).containsExactly(new double[] {0, -10}, within(1e-9));
    assertThat(y.toDoubleMatrix()[2]).containsExactly(new double[] {6, 8}, within(1e-9));
  }

  @Test
  void everyRowEndsWithNormAlphaWhateverItsScale() {
    INDArray x = Nd4j.create(new double[][] {{1e-3, 2e-3, -2e-3}, {1, 2, 2}, {1e4, -2e4, 2e4}});

    INDArray norms = L2Scaling.forward(x, 16, EPSILON).norm2(1);

    // The tiny row (squared norm 9e-6) is off by epsilon / 9e-6 / 2, about 6e-8 relative.
    double[] sixteens = {16, 16, 16};
    assertThat(norms.toDoubleVector()).containsExactly(sixteens, within(16 * 1e-7));
  }

  @Test
  void perSampleNormalisationDoesNotDependOnTheRestOfTheBatch() {
    INDArray sample = Nd4j.create(new double[][] {{3, 4}});
    INDArray batch = Nd4j.create(new double[][] {{3, 4}, {3000, 4000}, {0.001, 0}});

    INDArray alone = L2Scaling.forward(sample, 8, EPSILON);
    INDArray inBatch = L2Scaling.forward(batch, 8, EPSILON).getRow(0, true);

    assertThat(inBatch.toDoubleVector()).containsExactly(alone.toDoubleVector(), within(1e-12));

    // One norm for the whole matrix, as in the widely read blog version, gives a different
    // answer for the very same sample: ||batch||_F is about 5000, so row 0 shrinks to ~0.005.
    double frobenius = batch.norm2Number().doubleValue();
    INDArray wholeBatch = batch.div(frobenius).muli(8).getRow(0, true);
    assertThat(wholeBatch.norm2Number().doubleValue()).isLessThan(0.01);
  }

  @Test
  void inputGradientMatchesFiniteDifferencesAndIsOrthogonalToInput() {
    Random random = new Random(7);
    INDArray x = randomMatrix(random, 4, 6);
    x.getRow(2).muli(1000); // a row with a very different norm
    INDArray g = randomMatrix(random, 4, 6);
    double alpha = 3.5;

    L2Scaling.Gradients gradients = L2Scaling.backward(x, g, alpha, EPSILON);

    double step = 1e-6;
    for (int row = 0; row < 4; row++) {
      double scale = x.getRow(row).norm2Number().doubleValue();
      for (int col = 0; col < 6; col++) {
        double numeric = centralDifference(x, g, alpha, row, col, step * scale);
        // Relative to the row's gradient scale alpha / ||x||.
        double tolerance = 1e-6 * alpha / scale;
        assertThat(gradients.input().getDouble(row, col))
            .as("dL/dx[%d,%d]", row, col)
            .isCloseTo(numeric, within(tolerance));
      }
      double alongX = gradients.input().getRow(row).mul(x.getRow(row)).sumNumber().doubleValue();
      assertThat(alongX).as("row %d gradient . x", row).isCloseTo(0, within(1e-9));
    }
  }

  @Test
  void alphaGradientMatchesFiniteDifferences() {
    Random random = new Random(11);
    INDArray x = randomMatrix(random, 5, 3);
    INDArray g = randomMatrix(random, 5, 3);

    double analytic = L2Scaling.backward(x, g, 2.0, EPSILON).alpha();

    double step = 1e-5;
    double numeric = (loss(x, g, 2.0 + step) - loss(x, g, 2.0 - step)) / (2 * step);
    assertThat(analytic).isCloseTo(numeric, within(1e-8));
  }

  private static double centralDifference(
      INDArray x, INDArray g, double alpha, int row, int col, double step) {
    INDArray plus = x.dup();
    plus.putScalar(row, col, x.getDouble(row, col) + step);
    INDArray minus = x.dup();
    minus.putScalar(row, col, x.getDouble(row, col) - step);
    return (loss(plus, g, alpha) - loss(minus, g, alpha)) / (2 * step);
  }

  /** A linear loss L = sum(g * y), whose gradient with respect to y is exactly g. */
  private static double loss(INDArray x, INDArray g, double alpha) {
    return L2Scaling.forward(x, alpha, EPSILON).mul(g).sumNumber().doubleValue();
  }

  private static INDArray randomMatrix(Random random, int rows, int cols) {
    double[][] values = new double[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        values[r][c] = random.nextGaussian();
      }
    }
    return Nd4j.create(values).castTo(DataType.DOUBLE);
  }
}
