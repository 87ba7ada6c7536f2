package org.l2softmax.benchmark;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.l2softmax.data.MnistData;
import org.l2softmax.engine.ConvolutionKernels;
import org.l2softmax.model.AlphaSetting;
import org.l2softmax.model.MnistCnn;
import org.l2softmax.training.ProgressListener;
import org.l2softmax.training.Trainer;
import org.l2softmax.training.TrainingOptions;
import org.l2softmax.training.TrainingRun;

/**
 * The toolkit's side: the main job's network ({@link MnistCnn}) trained by the toolkit's {@link
 * Trainer}, exactly as {@code bin/l2softmax} trains it.
 */
final class OursTrial {

  private OursTrial() {}

  static TrialResult run(TrialSpec spec) {
    MnistData data = MnistData.load(spec.dataFolder());
    TrainingOptions options =
        TrainingOptions.builder()
            .epochs(1)
            .batchSize(spec.batchSize())
            .trainExamples(spec.images())
            .testExamples(spec.testImages())
            .evaluationInterval(Integer.MAX_VALUE)
            .evaluationTrainExamples(spec.batchSize())
            .seed(spec.seed())
            .build();
    AlphaSetting alpha = AlphaSetting.fixed(spec.alpha());
    MultiLayerNetwork network = MnistCnn.builder().seed(spec.seed()).alpha(alpha).build();

    // The Trainer times the training loop only (making each minibatch and the step), and
    // evaluates after the last step, which the listener hears about first.
    double[] trainingPeak = {Double.NaN};
    ProgressListener peakAtTheEnd =
        new ProgressListener() {
          @Override
          public void iterationDone(
              String run, int iteration, int total, double loss, double imagesPerSecond) {
            if (iteration == total) {
              trainingPeak[0] = PeakMemory.mebibytes();
            }
          }
        };
    TrainingRun run =
        new Trainer(options, peakAtTheEnd).train(alpha, network, data.train(), data.test());

    return new TrialResult(
        spec.variant(),
        run.summary().imagesPerSecond(),
        run.summary().finalTestAccuracy(),
        network.score(),
        trainingPeak[0],
        PeakMemory.mebibytes(),
        ConvolutionKernels.of(network).describe());
  }
}
