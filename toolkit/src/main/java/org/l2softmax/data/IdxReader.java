package org.l2softmax.data;

import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a pair of IDX files, images and their labels, into an {@link ImageSet}; this is the file
 * format of MNIST and Fashion-MNIST.
 *
 * <p>An image file holds the magic number 0x00000803, then the image count, rows and columns as
 * big-endian 32-bit integers, then one unsigned byte per pixel. A label file holds 0x00000801, the
 * label count, then one unsigned byte per label. Either may be gzipped, whatever its name says.
 *
 * <p>Reading is all or nothing: any departure from the format (a wrong magic number, a count that
 * cannot be real, a file that is short or too long, a label outside the classes, counts that
 * disagree between the two files) throws a {@link DatasetException} naming the file and the
 * problem, and no partly read set is returned.
 */
public final class IdxReader {

  /** Magic number of an IDX image file: unsigned bytes in 3 dimensions. */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** Magic number of an IDX label file: unsigned bytes in 1 dimension. */
  public static final int LABELS_MAGIC = 0x00000801;

  /** Number of classes of MNIST and Fashion-MNIST. */
  public static final int DEFAULT_CLASSES = 10;

  private static final int MAX_CLASSES = 256;
  private static final Logger log = LoggerFactory.getLogger(IdxReader.class);

  private IdxReader() {}

  /**
   * Reads images and labels of a dataset with {@value #DEFAULT_CLASSES} classes.
   *
   * @see #read(Path, Path, int)
   */
  public static ImageSet read(Path images, Path labels) {
    return read(images, labels, DEFAULT_CLASSES);
  }

  /**
   * Reads an image file and its label file into memory.
   *
   * @param images the IDX image file, raw or gzipped
   * @param labels the IDX label file, raw or gzipped, one label per image
   * @param classes number of classes, 2 to 256; every label must lie in {@code 0..classes-1}
   * @return the images with their labels
   * @throws DatasetException if either file is missing or breaks the format, or their counts
   *     disagree
   */
  public static ImageSet read(Path images, Path labels, int classes) {
    Objects.requireNonNull(images, "images file must not be null");
    Objects.requireNonNull(labels, "labels file must not be null");
    checkClasses(classes);
    long start = System.nanoTime();

    int[] labelValues = readLabels(labels, classes);
    IdxImages content = readImages(images);
    if (content.count() != labelValues.length) {
      throw new DatasetException("Image file " + images + " holds " + content.count()
          + " images but label file " + labels + " holds " + labelValues.length
          + " labels; expected one label per image");
    }

    log.debug("Read {} images of {}x{} from {} and their labels from {} in {} ms",
        content.count(), content.rows(), content.columns(), images, labels,
        (System.nanoTime() - start) / 1_000_000);
    return new ImageSet(content.rows(), content.columns(), classes, content.count(),
        content.pixels(), labelValues);
  }

  /** Reads an IDX image file: header checks, then all pixels in one bulk read. */
  static IdxImages readImages(Path file) {
    try (IdxInput input = IdxInput.open(file)) {
      checkMagic(file, input.readInt("magic number"), IMAGES_MAGIC);
      int count = positive(file, input.readInt("image count"), "image count");
      int rows = positive(file, input.readInt("row count"), "row count");
      int columns = positive(file, input.readInt("column count"), "column count");

      long pixelsPerImage = (long) rows * columns;
      byte[] pixels = input.readPayload(count, pixelsPerImage,
          "images of " + rows + "x" + columns);
      return new IdxImages(count, rows, columns, pixels);
    }
  }

  /** Reads an IDX label file and checks every label against the number of classes. */
  static int[] readLabels(Path file, int classes) {
    checkClasses(classes);
    try (IdxInput input = IdxInput.open(file)) {
      checkMagic(file, input.readInt("magic number"), LABELS_MAGIC);
      int count = positive(file, input.readInt("label count"), "label count");
      byte[] payload = input.readPayload(count, 1, "labels");

      int[] labels = new int[count];
      for (int example = 0; example < count; example++) {
        int label = payload[example] & 0xff;
        if (label >= classes) {
          throw new DatasetException(file, "label " + label + " of example " + example
              + " is outside 0.." + (classes - 1) + " (" + classes + " classes)");
        }
        labels[example] = label;
      }
      return labels;
    }
  }

  private static void checkMagic(Path file, int found, int expected) {
    if (found != expected) {
      throw new DatasetException(file, String.format(
          "wrong magic number 0x%08x (%s), expected 0x%08x (%s)",
          found, describeMagic(found), expected, describeMagic(expected)));
    }
  }

  /**
   * Names what a magic number announces: two zero bytes, then the element type, then the number of
   * dimensions.
   */
  private static String describeMagic(int magic) {
    if (magic == IMAGES_MAGIC) {
      return "IDX images: unsigned bytes in 3 dimensions";
    }
    if (magic == LABELS_MAGIC) {
      return "IDX labels: unsigned bytes in 1 dimension";
    }
    if ((magic >>> 16) == 0) {
      return String.format("IDX data of type 0x%02x in %d dimensions",
          (magic >>> 8) & 0xff, magic & 0xff);
    }
    return "not an IDX file, whose magic number starts with two zero bytes";
  }

  private static int positive(Path file, int value, String field) {
    // IDX counts are unsigned 32-bit; as Java ints, those above 2^31 - 1 read as negative.
    if (value <= 0) {
      throw new DatasetException(file, "header " + field + " must be at least 1, got "
          + Integer.toUnsignedString(value) + "; the header is probably corrupt");
    }
    return value;
  }

  private static void checkClasses(int classes) {
    if (classes < 2 || classes > MAX_CLASSES) {
      throw new IllegalArgumentException("classes must be between 2 and " + MAX_CLASSES
          + " (labels are single unsigned bytes), got " + classes);
    }
  }
}
