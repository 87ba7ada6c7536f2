package org.l2softmax.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneDnnTest {

  @Test
  void readsTheOneDnnFlagFromNativeBuildInformation() {
    String withOneDnn = "GCC: \"7.5.0\"\nSTD version: 201103L\nHAVE_FLATBUFFERS\nHAVE_ONEDNN\n";
    String without = "GCC: \"7.5.0\"\nHAVE_FLATBUFFERS\nHAVE_OPENBLAS\n";

    assertThat(OneDnn.compiledIn(withOneDnn)).isTrue();
    assertThat(OneDnn.compiledIn(without)).isFalse();
    assertThat(OneDnn.compiledIn("HAVE_ONEDNN_SOMETHING_ELSE")).isFalse();
    assertThat(OneDnn.compiledIn(null)).isFalse();
  }

  @Test
  void availabilityAndReasonAgree() {
    assertThat(OneDnn.isAvailable()).isEqualTo(OneDnn.unavailableReason().isEmpty());
  }

  @Test
  void namesTheNativeBuildAfterTheFolderItWasUnpackedFrom() {
    String path =
        "/cache/nd4j-native-1.0.0-M2.1-linux-x86_64-onednn.jar/org/nd4j/linalg/cpu/nativecpu/"
            + "bindings/linux-x86_64-onednn/libnd4jcpu.so";

    assertThat(NativeBuild.fromLibraryPath(path)).isEqualTo("linux-x86_64-onednn");
    assertThat(NativeBuild.fromLibraryPath(null)).isEqualTo("unknown");
    assertThat(NativeBuild.fromLibraryPath("libnd4jcpu.so")).isEqualTo("unknown");
  }
}
