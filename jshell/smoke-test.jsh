// A scripted JShell session: loads a few hundred real MNIST images, builds the L2-softmax CNN,
// trains it for a few iterations and checks the result. Run by .ci/jshell-smoke-test, or by
// hand: bin/jshell jshell/smoke-test.jsh
//
// JShell exits with status 0 even when a snippet fails to compile or throws, so the script keeps
// its own status: it starts at 1 and only the last check, which needs every earlier snippet to
// have worked, sets it to 0. The script ends with /exit status.
//
// JShell reads a script line by line and runs each line that is a complete snippet, so a chained
// call continues with the dot at the end of the line, not at the start of the next.
int status = 1;

MnistData data = MnistData.load(MnistData.locate(null));
ImageSet train = data.train().first(384);
ImageSet test = data.test().first(256);
System.out.println("data: " + train + " for training, " + test + " for testing");

AlphaSetting setting = AlphaSetting.fixed(16);
MultiLayerNetwork network = MnistCnn.builder().alpha(setting).seed(7).build();
TrainingOptions options = TrainingOptions.builder().
    trainExamples(384).testExamples(256).batchSize(64).epochs(1).
    evaluationInterval(3).evaluationTrainExamples(256).
    build();
TrainingRun run = new Trainer(options, ProgressListener.NONE).train(setting, network, train, test);

DoubleColumn loss = run.history().doubleColumn(HistoryColumns.LOSS);
double firstLoss = loss.get(0);
double lastLoss = loss.get(loss.size() - 1);
double accuracy = run.summary().finalTestAccuracy();
System.out.printf("%d iterations: loss %.3f -> %.3f, test accuracy %.1f %%%n",
    loss.size(), firstLoss, lastLoss, 100 * accuracy);

// The L2 layer's output has norm alpha for every image.
INDArray images = test.features().get(
    org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 32),
    org.nd4j.linalg.indexing.NDArrayIndex.all());
INDArray scaled = network.feedForward(images, false).get(MnistCnn.featureLayerIndex(network) + 2);
double normError = scaled.norm2(1).subi(16).amaxNumber().doubleValue() / 16;
Check.error("jshell-l2-norms", normError, 1e-4);
Check.atMost("jshell-loss-falls", lastLoss, firstLoss);
Check.atLeast("jshell-beats-chance", accuracy, 0.15);

status = normError < 1e-4 && lastLoss < firstLoss && accuracy >= 0.15 ? 0 : 1;
System.out.println(status == 0 ? "JSHELL SMOKE TEST OK" : "JSHELL SMOKE TEST FAILED");
/exit status
