package org.l2softmax.training;

import org.l2softmax.data.MnistData;

/** The real MNIST of the repository, loaded once for all tests of this package. */
final class RealMnist {

  private static MnistData data;

  private RealMnist() {}

  static synchronized MnistData get() {
    if (data == null) {
      data = MnistData.load(MnistData.locate(null));
    }
    return data;
  }
}
