package org.l2softmax.training;

import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.l2softmax.data.ImageSet;
import org.l2softmax.model.AlphaSetting;
import org.l2softmax.model.MnistCnn;
import org.l2softmax.results.HistoryRecorder;
import org.l2softmax.results.RunSummary;
import org.nd4j.linalg.dataset.DataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one network with minibatches in a seeded random order and records its history: loss and
 * alpha at every iteration, accuracy and feature norm at every evaluation.
 */
public final class Trainer {

  private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

  private final TrainingOptions options;
  private final ProgressListener listener;

  /** A trainer with these options that reports to the listener. */
  public Trainer(TrainingOptions options, ProgressListener listener) {
    if (options == null || listener == null) {
      throw new IllegalArgumentException("options and listener must not be null");
    }
    this.options = options;
    this.listener = listener;
  }

  /**
   * Trains the network on the training images and evaluates it on the test images.
   *
   * @param alpha the setting the network was built with, recorded in the summary
   * @param network a network built by {@link MnistCnn}
   */
  public TrainingRun train(
      AlphaSetting alpha, MultiLayerNetwork network, ImageSet train, ImageSet test) {
    requireMatchingAlpha(alpha, network);
    String run = alpha.label();
    ImageSet trainSet = limit(train, options.trainExamples());
    ImageSet testSet = limit(test, options.testExamples());
    ImageSet trainSample = limit(trainSet, options.evaluationTrainExamples());

    int batchesPerEpoch = (trainSet.size() + options.batchSize() - 1) / options.batchSize();
    int totalIterations = batchesPerEpoch * options.epochs();
    HistoryRecorder history = new HistoryRecorder(run);
    Random order = new Random(options.seed());
    long started = System.nanoTime();
    long trainingNanos = 0;
    int iteration = 0;
    int seen = 0;
    Measurement lastTest = null;
    double bestTestAccuracy = 0;

    LOG.debug("{}: {} iterations on {} images", run, totalIterations, trainSet.size());
    listener.runStarted(run, totalIterations);
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      int[] permutation = permutation(trainSet.size(), order);
      for (int batch = 0; batch < batchesPerEpoch; batch++) {
        long stepStart = System.nanoTime();
        DataSet minibatch = trainSet.batch(slice(permutation, batch));
        network.fit(minibatch);
        trainingNanos += System.nanoTime() - stepStart;
        iteration++;
        seen += minibatch.numExamples();

        double loss = network.score();
        history.iteration(iteration, epoch, seen, loss, MnistCnn.currentAlpha(network));
        double imagesPerSecond = seen / seconds(trainingNanos);
        listener.iterationDone(run, iteration, totalIterations, loss, imagesPerSecond);

        if (iteration % options.evaluationInterval() == 0 || iteration == totalIterations) {
          Measurement trainMeasure = Evaluator.measure(network, trainSample);
          lastTest = Evaluator.measure(network, testSet);
          bestTestAccuracy = Math.max(bestTestAccuracy, lastTest.accuracy());
          history.evaluation(
              trainMeasure.accuracy(), lastTest.accuracy(), lastTest.meanFeatureNorm());
          listener.evaluationDone(run, iteration, trainMeasure, lastTest);
        }
      }
    }

    RunSummary summary =
        new RunSummary(
            run,
            alpha.alpha(),
            alpha.trainable(),
            MnistCnn.currentAlpha(network),
            lastTest.accuracy(),
            bestTestAccuracy,
            seen / seconds(trainingNanos),
            seconds(System.nanoTime() - started),
            lastTest.meanFeatureNorm());
    LOG.debug("{}: finished, {}", run, summary);
    listener.runFinished(summary);
    return new TrainingRun(alpha, network, history.table(), summary);
  }

  /** The label and summary come from {@code alpha}; they must describe the network trained. */
  private static void requireMatchingAlpha(AlphaSetting alpha, MultiLayerNetwork network) {
    double networkAlpha = MnistCnn.currentAlpha(network);
    boolean matches = alpha.trainable() ? networkAlpha > 0 : networkAlpha == alpha.alpha();
    if (!matches) {
      throw new IllegalArgumentException(
          "the run is labelled "
              + alpha.label()
              + " but the network's alpha is "
              + networkAlpha
              + " (0 = plain softmax); build it with MnistCnn.builder().alpha(setting)");
    }
  }

  private int[] slice(int[] permutation, int batch) {
    int from = batch * options.batchSize();
    int to = Math.min(from + options.batchSize(), permutation.length);
    int[] indices = new int[to - from];
    System.arraycopy(permutation, from, indices, 0, indices.length);
    return indices;
  }

  /** A Fisher-Yates shuffle of 0..n-1. */
  private static int[] permutation(int n, Random random) {
    int[] indices = new int[n];
    for (int i = 0; i < n; i++) {
      indices[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = indices[i];
      indices[i] = indices[j];
      indices[j] = swap;
    }
    return indices;
  }

  private static ImageSet limit(ImageSet images, int count) {
    return count == 0 || count >= images.size() ? images : images.first(count);
  }

  private static double seconds(long nanos) {
    return Math.max(nanos, 1) / 1e9;
  }
}
