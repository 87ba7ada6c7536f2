package org.l2softmax;

import java.util.function.Supplier;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** DL4J's gradient check with the settings every test of this project uses. */
public final class GradientChecks {

  private GradientChecks() {}

  /**
   * Runs the work with ND4J's default data type set to double, as DL4J's gradient checker
   * requires, and restores the previous default afterwards.
   */
  public static <T> T inDoublePrecision(Supplier<T> work) {
    DataType defaultType = Nd4j.defaultFloatingPointType();
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    try {
      return work.get();
    } finally {
      Nd4j.setDefaultDataTypes(defaultType, defaultType);
    }
  }

  /**
   * Whether every parameter's analytic gradient matches central differences, with DL4J's usual
   * settings for double precision: step 1e-6, relative error at most 1e-3, absolute errors
   * below 1e-8 ignored.
   */
  public static boolean pass(MultiLayerNetwork network, DataSet data) {
    return GradientCheckUtil.checkGradients(
        new GradientCheckUtil.MLNConfig()
            .net(network)
            .input(data.getFeatures())
            .labels(data.getLabels())
            .epsilon(1e-6)
            .maxRelError(1e-3)
            .minAbsoluteError(1e-8)
            .print(GradientCheckUtil.PrintMode.FAILURES_ONLY)
            .exitOnFirstError(false));
  }
}
