package org.l2softmax.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.l2softmax.model.MnistCnn;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu;
import org.nd4j.linalg.dataset.DataSet;

class ConvolutionKernelsTest {

  @Test
  void mnistCnnRunsItsConvolutionsAndPoolingOnOneDnn() {
    assumeTrue(OneDnn.isAvailable(), () -> OneDnn.unavailableReason().orElse(""));
    MultiLayerNetwork network =
        LayerHelpers.with(true, () -> MnistCnn.builder().alpha(16).build());

    KernelChoice kernels = ConvolutionKernels.of(network);

    assertThat(kernels.isOneDnn()).isTrue();
    assertThat(kernels.oneDnnLayers()).containsExactly("conv1", "pool1", "conv2", "pool2");
    assertThat(kernels.nativeBuild()).contains("onednn");
    assertThat(kernels.describe()).startsWith("oneDNN (nd4j-native linux-x86_64-onednn");
    assertThat(network.getLayer(0).getHelper()).isInstanceOf(MKLDNNConvHelper.class);
  }

  @Test
  void mnistCnnSwitchesTheHelpersOnUnlessTheUserSwitchedThemOff() {
    String key = ConvolutionKernels.HELPERS_DISABLE_PROPERTY;
    LayerHelpers.with(
        false,
        () -> {
          MnistCnn.builder().buildConfiguration();
          assertThat(System.getProperty(key)).isEqualTo("true");
          return null;
        });
    String before = System.getProperty(key);
    System.clearProperty(key);
    try {
      MnistCnn.builder().buildConfiguration();
      assertThat(System.getProperty(key)).isEqualTo("false");
    } finally {
      if (before != null) {
        System.setProperty(key, before);
      }
    }
  }

  @Test
  void fallsBackToBuiltInKernelsWhenOneDnnIsSwitchedOffInNd4j() {
    assumeTrue(OneDnn.isAvailable(), () -> OneDnn.unavailableReason().orElse(""));
    Nd4jCpu.Environment nativeEnvironment = Nd4jCpu.Environment.getInstance();
    boolean before = nativeEnvironment.isUseONEDNN();
    nativeEnvironment.setUseONEDNN(false);
    try {
      // DL4J asks the compatibility class, which now answers no: no helper, built-in code.
      assertThat(org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN()).isFalse();
      MultiLayerNetwork network = LayerHelpers.with(true, () -> MnistCnn.builder().build());

      KernelChoice kernels = ConvolutionKernels.of(network);
      assertThat(kernels.isOneDnn()).isFalse();
      assertThat(kernels.oneDnnLayers()).isEmpty();
      assertThat(kernels.describe()).startsWith("DL4J built-in").contains("setUseONEDNN");
      assertThat(network.getLayer(0).getHelper()).isNull();
      assertTrainsOnRandomImages(network);
    } finally {
      nativeEnvironment.setUseONEDNN(before);
    }
  }

  @Test
  void aNativeBuildWithoutOneDnnTrainsWithBuiltInKernelsAndSaysWhy() {
    // Runs with -Dnd4j.native.classifier=linux-x86_64, the build without oneDNN.
    assumeTrue(OneDnn.unavailableReason().orElse("").contains("has no oneDNN"));
    MultiLayerNetwork network = LayerHelpers.with(true, () -> MnistCnn.builder().build());

    KernelChoice kernels = ConvolutionKernels.of(network);

    assertThat(kernels.isOneDnn()).isFalse();
    assertThat(kernels.describe())
        .startsWith("DL4J built-in im2col + GEMM (nd4j-native linux-x86_64)")
        .contains("has no oneDNN");
    assertThat(org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN()).isFalse();
    assertTrainsOnRandomImages(network);
  }

  @Test
  void theHelperPropertyOfDl4jStillSwitchesOneDnnOff() {
    MultiLayerConfiguration configuration = MnistCnn.builder().buildConfiguration();
    MultiLayerNetwork network = LayerHelpers.network(configuration, false);

    KernelChoice kernels = LayerHelpers.with(false, () -> ConvolutionKernels.of(network));

    assertThat(kernels.isOneDnn()).isFalse();
    assertThat(kernels.reason()).contains(ConvolutionKernels.HELPERS_DISABLE_PROPERTY + "=true");
    assertTrainsOnRandomImages(network);
  }

  @Test
  void aNetworkCreatedBeforeOneDnnWasAllowedSaysSo() {
    assumeTrue(OneDnn.isAvailable(), () -> OneDnn.unavailableReason().orElse(""));
    MultiLayerNetwork network =
        LayerHelpers.network(MnistCnn.builder().buildConfiguration(), false);

    KernelChoice kernels = LayerHelpers.with(true, () -> ConvolutionKernels.of(network));

    assertThat(kernels.isOneDnn()).isFalse();
    assertThat(kernels.reason()).contains("created before oneDNN was allowed");
  }

  @Test
  void forNewNetworksNamesTheNativeBuild() {
    KernelChoice kernels = LayerHelpers.with(true, ConvolutionKernels::forNewNetworks);

    assertThat(kernels.nativeBuild()).startsWith("linux-x86_64");
    assertThat(kernels.isOneDnn()).isEqualTo(OneDnn.isAvailable());
    assertThat(kernels.oneDnnLayers()).isEmpty();
  }

  @Test
  void describesBothKinds() {
    assertThat(KernelChoice.oneDnn("linux-x86_64-onednn", java.util.List.of("conv1")).describe())
        .isEqualTo("oneDNN (nd4j-native linux-x86_64-onednn) in conv1");
    assertThat(KernelChoice.builtIn("linux-x86_64", "no oneDNN").describe())
        .isEqualTo("DL4J built-in im2col + GEMM (nd4j-native linux-x86_64): no oneDNN");
  }

  /** A few steps on one batch lower its loss (measured without dropout, before and after). */
  private static void assertTrainsOnRandomImages(MultiLayerNetwork network) {
    DataSet batch = randomDigits();
    double before = network.score(batch);
    for (int i = 0; i < 5; i++) {
      network.fit(batch);
    }
    assertThat(network.score(batch)).isFinite().isLessThan(before);
  }

  private static DataSet randomDigits() {
    org.nd4j.linalg.factory.Nd4j.getRandom().setSeed(3);
    var images = org.nd4j.linalg.factory.Nd4j.rand(DataType.FLOAT, 16, 28 * 28);
    var labels = org.nd4j.linalg.factory.Nd4j.zeros(DataType.FLOAT, 16, 10);
    for (int i = 0; i < 16; i++) {
      labels.putScalar(i, i % 10, 1.0);
    }
    return new DataSet(images, labels);
  }
}
