package org.l2softmax.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.l2softmax.data.IdxTestFiles.IMAGES_MAGIC;
import static org.l2softmax.data.IdxTestFiles.LABELS_MAGIC;
import static org.l2softmax.data.IdxTestFiles.concat;
import static org.l2softmax.data.IdxTestFiles.gzip;
import static org.l2softmax.data.IdxTestFiles.header;
import static org.l2softmax.data.IdxTestFiles.imageFile;
import static org.l2softmax.data.IdxTestFiles.labelFile;
import static org.l2softmax.data.IdxTestFiles.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class IdxReaderTest {

  // Three images of 2 rows x 3 columns, covering both ends of the byte range and its middle.
  private static final int[] PIXELS = {
    0, 1, 2, 51, 127, 128,
    255, 254, 200, 100, 50, 0,
    7, 8, 9, 10, 11, 12
  };
  private static final int[] LABELS = {3, 0, 9};

  @TempDir Path folder;

  @Test
  void readsRawFilesScalingPixelsByOneOver255() {
    Path images = write(folder, "images", imageFile(3, 2, 3, PIXELS));
    Path labels = write(folder, "labels", labelFile(LABELS));

    ImageSet set = IdxReader.read(images, labels);

    assertMatchesSource(set);
  }

  @Test
  void readsGzippedFiles() {
    Path images = write(folder, "images.gz", gzip(imageFile(3, 2, 3, PIXELS)));
    Path labels = write(folder, "labels.gz", gzip(labelFile(LABELS)));

    assertMatchesSource(IdxReader.read(images, labels));
  }

  @Test
  void recognisesGzipByContentNotByName() {
    Path gzippedWithoutSuffix = write(folder, "images", gzip(imageFile(3, 2, 3, PIXELS)));
    Path rawWithSuffix = write(folder, "labels.gz", labelFile(LABELS));

    assertMatchesSource(IdxReader.read(gzippedWithoutSuffix, rawWithSuffix));
  }

  @Test
  void knownPixelValuesScaleToKnownFractions() {
    Path images = write(folder, "images", imageFile(1, 1, 4, 0, 51, 102, 255));
    Path labels = write(folder, "labels", labelFile(0));

    float[] features = IdxReader.read(images, labels).features().toFloatMatrix()[0];

    assertThat(features[0]).isZero();
    assertThat(features[1]).isCloseTo(0.2f, within(1e-7f));
    assertThat(features[2]).isCloseTo(0.4f, within(1e-7f));
    assertThat(features[3]).isEqualTo(1f);
  }

  @Test
  void missingFileIsNamed() {
    Path missing = folder.resolve("nothing-here");
    Path labels = write(folder, "labels", labelFile(LABELS));

    assertThatThrownBy(() -> IdxReader.read(missing, labels))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void folderInsteadOfFileIsRejected() {
    assertThatThrownBy(() -> IdxReader.readLabels(folder, 10))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(folder.toString())
        .hasMessageContaining("is a folder");
  }

  @Test
  void labelFileGivenAsImagesReportsBothMagicNumbers() {
    Path labels = write(folder, "labels", labelFile(LABELS));

    assertThatThrownBy(() -> IdxReader.readImages(labels))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(labels.toString())
        .hasMessageContaining("wrong magic number 0x00000801")
        .hasMessageContaining("expected 0x00000803");
  }

  @Test
  void imageFileGivenAsLabelsReportsBothMagicNumbers() {
    Path images = write(folder, "images.gz", gzip(imageFile(3, 2, 3, PIXELS)));

    assertThatThrownBy(() -> IdxReader.readLabels(images, 10))
        .hasMessageContaining(images.toString())
        .hasMessageContaining("0x00000803")
        .hasMessageContaining("expected 0x00000801");
  }

  @Test
  void textFileIsNotIdx() {
    Path text = write(folder, "notes.txt", "hello, world".getBytes());

    assertThatThrownBy(() -> IdxReader.readImages(text))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(text.toString())
        .hasMessageContaining("not an IDX file");
  }

  @Test
  void fileEndingInsideTheHeaderIsTruncated() {
    byte[] sixBytes = Arrays.copyOf(header(IMAGES_MAGIC, 3), 6);
    Path images = write(folder, "images", sixBytes);

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining("truncated header")
        .hasMessageContaining("image count");
  }

  @Test
  void emptyFileIsTruncated() {
    Path empty = write(folder, "labels", new byte[0]);

    assertThatThrownBy(() -> IdxReader.readLabels(empty, 10))
        .hasMessageContaining(empty.toString())
        .hasMessageContaining("truncated header")
        .hasMessageContaining("magic number");
  }

  @Test
  void rawFileShortOfPixelsSaysWhatWasPromisedAndFound() {
    byte[] complete = imageFile(3, 2, 3, PIXELS);
    Path images = write(folder, "images", Arrays.copyOf(complete, complete.length - 3));

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining("truncated")
        .hasMessageContaining("3 images of 2x3 (18 bytes)")
        .hasMessageContaining("only 15 bytes")
        .hasMessageContaining("only 2 of the 3");
  }

  @Test
  void gzippedFileShortOfLabelsSaysWhatWasPromisedAndFound() {
    byte[] shortFile = concat(header(LABELS_MAGIC, 5), new byte[] {1, 2});
    Path labels = write(folder, "labels.gz", gzip(shortFile));

    assertThatThrownBy(() -> IdxReader.readLabels(labels, 10))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(labels.toString())
        .hasMessageContaining("5 labels (5 bytes)")
        .hasMessageContaining("only 2 bytes of decompressed data");
  }

  @Test
  void gzipStreamCutShortIsReported() {
    byte[] compressed = gzip(imageFile(3, 2, 3, PIXELS));
    Path images = write(folder, "images.gz", Arrays.copyOf(compressed, compressed.length - 12));

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining("gzip data is corrupt or cut short");
  }

  @Test
  void gzipMagicWithoutValidHeaderIsReported() {
    Path images = write(folder, "images", new byte[] {0x1f, (byte) 0x8b, 0x01, 0x00});

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining("no valid gzip header");
  }

  @Test
  void rawFileWithBytesAfterTheLastImageIsRejected() {
    byte[] padded = concat(imageFile(3, 2, 3, PIXELS), new byte[4]);
    Path images = write(folder, "images", padded);

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining("has 4 bytes after the 3 images of 2x3");
  }

  @Test
  void gzippedFileWithDataAfterTheLastLabelIsRejected() {
    Path labels = write(folder, "labels", gzip(concat(labelFile(LABELS), new byte[] {7})));

    assertThatThrownBy(() -> IdxReader.readLabels(labels, 10))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(labels.toString())
        .hasMessageContaining("more data after the 3 labels");
  }

  @Test
  void countAboveTwoToThe31IsAbsurd() {
    Path labels = write(folder, "labels", header(LABELS_MAGIC, 0xffffffff));

    assertThatThrownBy(() -> IdxReader.readLabels(labels, 10))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(labels.toString())
        .hasMessageContaining("label count must be at least 1, got 4294967295");
  }

  @Test
  void zeroRowsIsAbsurd() {
    Path images = write(folder, "images", header(IMAGES_MAGIC, 3, 0, 28));

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .hasMessageContaining(images.toString())
        .hasMessageContaining("row count must be at least 1, got 0");
  }

  @Test
  void countTooLargeForOneArrayIsRejectedBeforeReading() {
    Path images = write(folder, "images.gz", gzip(header(IMAGES_MAGIC, 100_000, 100_000, 10)));

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining("100000 images of 100000x10")
        .hasMessageContaining("probably corrupt");
  }

  @Test
  void rawFileMuchShorterThanItsHeaderClaimsIsTruncated() {
    Path images = write(folder, "images", imageFile(1_000_000, 28, 28, PIXELS));

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("1000000 images of 28x28 (784000000 bytes)")
        .hasMessageContaining("only 18 bytes");
  }

  @Test
  void gzippedHeaderClaimingMoreThanTheHeapIsTruncatedNotAllocated() {
    // 2147483000 one-pixel images would need a 2 GB array, more than the test JVM's heap: only a
    // reader that grows its buffer with the data present gets to the truncation message.
    Path images = write(folder, "images", gzip(imageFile(2_147_483_000, 1, 1, PIXELS)));

    assertThatThrownBy(() -> IdxReader.readImages(images))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining("truncated")
        .hasMessageContaining("2147483000 images of 1x1")
        .hasMessageContaining("only 18 bytes of decompressed data");
  }

  @Test
  void labelOutsideTheClassesNamesExampleAndRange() {
    Path labels = write(folder, "labels", labelFile(1, 10, 2));

    assertThatThrownBy(() -> IdxReader.readLabels(labels, 10))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(labels.toString())
        .hasMessageContaining("label 10 of example 1 is outside 0..9");
  }

  @Test
  void labelsAreCheckedAgainstTheDeclaredClassCount() {
    Path labels = write(folder, "labels", labelFile(0, 1, 2, 5));

    assertThat(IdxReader.readLabels(labels, 6)).containsExactly(0, 1, 2, 5);
    assertThatThrownBy(() -> IdxReader.readLabels(labels, 3))
        .hasMessageContaining("label 5 of example 3 is outside 0..2");
  }

  @Test
  void imageAndLabelCountsMustAgree() {
    Path images = write(folder, "images", imageFile(3, 2, 3, PIXELS));
    Path labels = write(folder, "labels", labelFile(4, 2));

    assertThatThrownBy(() -> IdxReader.read(images, labels))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining(images.toString())
        .hasMessageContaining(labels.toString())
        .hasMessageContaining("3 images")
        .hasMessageContaining("2 labels");
  }

  @Test
  void classCountOutsideTheByteRangeIsRejected() {
    Path images = write(folder, "images", imageFile(3, 2, 3, PIXELS));
    Path labels = write(folder, "labels", labelFile(LABELS));

    assertThatThrownBy(() -> IdxReader.read(images, labels, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 2 and 256")
        .hasMessageContaining("got 1");
  }

  @Test
  void readingLeavesTheFilesUntouched() throws Exception {
    byte[] content = imageFile(3, 2, 3, PIXELS);
    Path images = write(folder, "images", content);
    Path labels = write(folder, "labels", labelFile(LABELS));

    IdxReader.read(images, labels);

    assertThat(Files.readAllBytes(images)).isEqualTo(content);
  }

  private static void assertMatchesSource(ImageSet set) {
    assertThat(set.size()).isEqualTo(3);
    assertThat(set.height()).isEqualTo(2);
    assertThat(set.width()).isEqualTo(3);
    assertThat(set.classes()).isEqualTo(10);
    assertThat(set.labels()).containsExactly(LABELS);

    INDArray features = set.features();
    assertThat(features.shape()).containsExactly(3, 6);
    assertThat(features.dataType()).isEqualTo(DataType.FLOAT);
    float[] expected = new float[PIXELS.length];
    for (int i = 0; i < PIXELS.length; i++) {
      expected[i] = PIXELS[i] / 255f;
    }
    assertThat(features.reshape(PIXELS.length).toFloatVector()).containsExactly(expected);
  }
}
