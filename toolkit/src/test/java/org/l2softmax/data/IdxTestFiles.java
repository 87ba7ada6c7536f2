package org.l2softmax.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files byte by byte, written independently of the reader under test. */
final class IdxTestFiles {

  static final int IMAGES_MAGIC = 0x00000803;
  static final int LABELS_MAGIC = 0x00000801;

  private IdxTestFiles() {}

  /** Big-endian 32-bit integers, as IDX headers store them. */
  static byte[] header(int... fields) {
    ByteBuffer buffer = ByteBuffer.allocate(fields.length * Integer.BYTES);
    for (int field : fields) {
      buffer.putInt(field);
    }
    return buffer.array();
  }

  /** Pixel values 0..255 as the unsigned bytes of an IDX file. */
  static byte[] unsignedBytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /** A complete image file: header for {@code count} images of rows x columns, then pixels. */
  static byte[] imageFile(int count, int rows, int columns, int... pixels) {
    return concat(header(IMAGES_MAGIC, count, rows, columns), unsignedBytes(pixels));
  }

  /** A complete label file. */
  static byte[] labelFile(int... labels) {
    return concat(header(LABELS_MAGIC, labels.length), unsignedBytes(labels));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Path write(Path folder, String name, byte[] content) {
    try {
      return Files.write(folder.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a complete dataset folder with 3 training and 2 test images of 2x2.
   *
   * @param gzipped whether to write the four files gzipped, with the .gz suffix
   */
  static void writeTinyDataset(Path folder, boolean gzipped) {
    writeFile(folder, "train-images-idx3-ubyte", gzipped,
        imageFile(3, 2, 2, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110));
    writeFile(folder, "train-labels-idx1-ubyte", gzipped, labelFile(1, 2, 3));
    writeFile(folder, "t10k-images-idx3-ubyte", gzipped,
        imageFile(2, 2, 2, 255, 254, 253, 252, 0, 1, 2, 3));
    writeFile(folder, "t10k-labels-idx1-ubyte", gzipped, labelFile(9, 0));
  }

  static Path writeFile(Path folder, String name, boolean gzipped, byte[] content) {
    return gzipped ? write(folder, name + ".gz", gzip(content)) : write(folder, name, content);
  }
}
