package org.l2softmax.benchmark;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.stream.IntStream;

/**
 * The reference: the same network, loss, optimiser and initialisation as the toolkit's, written
 * for PyTorch through DJL, trained on the same images in the same order.
 *
 * <pre>
 * conv 5x5 x32 (padding 2) - ReLU - max-pool 2 - conv 5x5 x64 (padding 2) - ReLU - max-pool 2
 *   - dense 1024 - ReLU - x * alpha / sqrt(sum(x^2) + 1e-12) - dropout 0.5 - dense 10
 * softmax cross-entropy; Adam, learning rate 1e-3; weights He-normal, biases 0
 * </pre>
 */
final class ReferenceTrial {

  private static final int SIDE = 28;
  private static final int CLASSES = 10;
  private static final int EVALUATION_BATCH = 500;

  private ReferenceTrial() {}

  static TrialResult run(TrialSpec spec) {
    MnistBytes train = MnistBytes.read(spec.trainFile());
    MnistBytes test = MnistBytes.read(spec.testFile());
    Engine engine = Engine.getEngine("PyTorch");
    engine.setRandomSeed((int) spec.seed());

    try (Model model = Model.newInstance("mnist-cnn", "PyTorch")) {
      model.setBlock(network((float) spec.alpha()));
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
              .optOptimizer(
                  Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
              // He-normal, as DL4J's WeightInit.RELU: N(0, 2 / fan-in).
              .optInitializer(
                  new XavierInitializer(
                      XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.IN, 2),
                  Parameter.Type.WEIGHT);
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(spec.batchSize(), 1, SIDE, SIDE));
        long trainingNanos = 0;
        int seen = 0;
        float loss = Float.NaN;
        for (int[] batch : spec.batches()) {
          long start = System.nanoTime();
          loss = step(trainer, train, batch);
          trainingNanos += System.nanoTime() - start;
          seen += batch.length;
        }
        double imagesPerSecond = seen / (trainingNanos / 1e9);
        double trainingPeak = PeakMemory.mebibytes();
        double accuracy = accuracy(trainer, test, spec.testImages());
        return new TrialResult(
            spec.variant(),
            imagesPerSecond,
            accuracy,
            loss,
            trainingPeak,
            PeakMemory.mebibytes(),
            "PyTorch " + engine.getVersion() + " through DJL " + Engine.getDjlVersion());
      }
    }
  }

  private static SequentialBlock network(float alpha) {
    return new SequentialBlock()
        .add(convolution(32))
        .add(Activation.reluBlock())
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(convolution(64))
        .add(Activation.reluBlock())
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(Blocks.batchFlattenBlock())
        .add(Linear.builder().setUnits(1024).build())
        .add(Activation.reluBlock())
        .add(LambdaBlock.singleton(features -> l2NormaliseAndScale(features, alpha), "l2scale"))
        .add(Dropout.builder().optRate(0.5f).build())
        .add(Linear.builder().setUnits(CLASSES).build());
  }

  private static Conv2d convolution(int filters) {
    return Conv2d.builder()
        .setKernelShape(new Shape(5, 5))
        .optPadding(new Shape(2, 2))
        .setFilters(filters)
        .build();
  }

  /** Each row divided by its own L2 norm, times alpha, as the toolkit's L2 layer. */
  private static NDArray l2NormaliseAndScale(NDArray features, float alpha) {
    NDArray norms = features.square().sum(new int[] {1}, true).add(1e-12f).sqrt();
    return features.div(norms).mul(alpha);
  }

  /** One training step; returns its loss. Arrays of the step are freed at its end. */
  private static float step(Trainer trainer, MnistBytes images, int[] batch) {
    try (NDManager arrays = trainer.getManager().newSubManager()) {
      NDArray features =
          arrays.create(images.features(batch), new Shape(batch.length, 1, SIDE, SIDE));
      NDArray classes = arrays.create(images.classes(batch), new Shape(batch.length));
      float loss;
      try (GradientCollector gradients = trainer.newGradientCollector()) {
        NDList logits = trainer.forward(new NDList(features));
        NDArray lossValue = trainer.getLoss().evaluate(new NDList(classes), logits);
        gradients.backward(lossValue);
        loss = lossValue.getFloat();
      }
      trainer.step();
      return loss;
    }
  }

  private static double accuracy(Trainer trainer, MnistBytes images, int count) {
    int correct = 0;
    for (int from = 0; from < count; from += EVALUATION_BATCH) {
      int[] batch = IntStream.range(from, Math.min(from + EVALUATION_BATCH, count)).toArray();
      try (NDManager arrays = trainer.getManager().newSubManager()) {
        NDArray features =
            arrays.create(images.features(batch), new Shape(batch.length, 1, SIDE, SIDE));
        NDArray logits = trainer.evaluate(new NDList(features)).singletonOrThrow();
        long[] predicted = logits.argMax(1).toLongArray();
        float[] actual = images.classes(batch);
        for (int i = 0; i < batch.length; i++) {
          if (predicted[i] == (long) actual[i]) {
            correct++;
          }
        }
      }
    }
    return (double) correct / count;
  }
}
