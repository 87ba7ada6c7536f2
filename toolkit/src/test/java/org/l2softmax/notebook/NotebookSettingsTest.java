package org.l2softmax.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.l2softmax.training.TrainingOptions;

class NotebookSettingsTest {

  private static NotebookSettings of(Map<String, String> environment) {
    return NotebookSettings.from(environment::get);
  }

  @Test
  void usesClassroomDefaultsWhenNothingIsSet() {
    NotebookSettings settings = NotebookSettings.defaults();

    assertThat(settings.trainExamples()).isEqualTo(10_000);
    assertThat(settings.testExamples()).isEqualTo(2_000);
    assertThat(settings.epochs()).isEqualTo(1);
    assertThat(settings.variablesSet()).isEmpty();
    assertThat(settings.toString()).isEqualTo(
        "10000 training images (default of L2SOFTMAX_EXAMPLES), 2000 test images (default of"
            + " L2SOFTMAX_TEST_EXAMPLES), 1 epoch (default of L2SOFTMAX_EPOCHS)");
  }

  @Test
  void readsTheCiSetting() {
    NotebookSettings settings = of(Map.of(
        "L2SOFTMAX_EXAMPLES", "512", "L2SOFTMAX_TEST_EXAMPLES", " 256 ", "L2SOFTMAX_EPOCHS", "2"));

    assertThat(settings.trainExamples()).isEqualTo(512);
    assertThat(settings.testExamples()).isEqualTo(256);
    assertThat(settings.epochs()).isEqualTo(2);
    assertThat(settings.toString()).isEqualTo("512 training images (L2SOFTMAX_EXAMPLES), 256 test"
        + " images (L2SOFTMAX_TEST_EXAMPLES), 2 epochs (L2SOFTMAX_EPOCHS)");
  }

  @Test
  void readsAllAsZero() {
    NotebookSettings settings = of(Map.of("L2SOFTMAX_EXAMPLES", "ALL", "L2SOFTMAX_TEST_EXAMPLES",
        "0", "L2SOFTMAX_EPOCHS", ""));

    assertThat(settings.trainExamples()).isZero();
    assertThat(settings.testExamples()).isZero();
    assertThat(settings.epochs()).isEqualTo(1);
    assertThat(settings.toString())
        .startsWith("all training images (L2SOFTMAX_EXAMPLES), all test");
  }

  @Test
  void namesTheVariableAndTheAcceptedValuesOnABadValue() {
    assertThatThrownBy(() -> of(Map.of("L2SOFTMAX_EXAMPLES", "lots")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("L2SOFTMAX_EXAMPLES must be a number of training images >= 1, or 'all' (or 0)"
            + " for all of them, got 'lots'");
    assertThatThrownBy(() -> of(Map.of("L2SOFTMAX_TEST_EXAMPLES", "-5")))
        .hasMessageContaining("L2SOFTMAX_TEST_EXAMPLES").hasMessageContaining("got '-5'");
    assertThatThrownBy(() -> of(Map.of("L2SOFTMAX_EPOCHS", "0")))
        .hasMessage("L2SOFTMAX_EPOCHS must be a whole number of epochs in 1..1000, got '0'");
  }

  @Test
  void buildsTrainingOptionsWithAboutTheAskedNumberOfEvaluations() {
    NotebookSettings settings = of(Map.of("L2SOFTMAX_EXAMPLES", "1280", "L2SOFTMAX_EPOCHS", "2"));

    TrainingOptions options = settings.trainingOptions(5);

    assertThat(settings.iterations(60_000)).isEqualTo(20);
    assertThat(options.trainExamples()).isEqualTo(1280);
    assertThat(options.testExamples()).isEqualTo(2000);
    assertThat(options.epochs()).isEqualTo(2);
    assertThat(options.batchSize()).isEqualTo(128);
    assertThat(options.evaluationInterval()).isEqualTo(4);
    assertThat(options.evaluationTrainExamples()).isEqualTo(1280);
    assertThat(settings.trainingOptions(1000).evaluationInterval()).isEqualTo(1);
    assertThatThrownBy(() -> settings.trainingOptions(0))
        .hasMessage("evaluations must be >= 1, got 0");
  }

  @Test
  void countsAllImagesAsMnistsTrainingSet() {
    NotebookSettings all = of(Map.of("L2SOFTMAX_EXAMPLES", "all"));

    assertThat(all.iterations(60_000)).isEqualTo(469);
    assertThat(all.trainingOptions(10).evaluationInterval()).isEqualTo(46);
    assertThat(all.trainingOptions(10).evaluationTrainExamples()).isEqualTo(5000);
  }
}
