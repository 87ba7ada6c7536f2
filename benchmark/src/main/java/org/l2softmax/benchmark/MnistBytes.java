package org.l2softmax.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.l2softmax.data.ImageSet;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * MNIST images as plain bytes, for the reference implementation: its process must not load ND4J,
 * whose memory and threads would be counted against it. The driver writes the images of the
 * toolkit's {@link ImageSet} to a file once; the reference reads them back and scales them by
 * 1/255, exactly as {@link ImageSet#batch(int[])} does.
 *
 * @param count number of images
 * @param pixelsPerImage pixels of one image (784 for MNIST)
 * @param pixels grey levels as unsigned bytes, image after image
 * @param labels the class of each image
 */
record MnistBytes(int count, int pixelsPerImage, byte[] pixels, byte[] labels) {

  private static final int EXPORT_CHUNK = 1000;

  /** Writes the first {@code count} images of a set (uses ND4J, in the driver only). */
  static void export(ImageSet images, int count, Path file) {
    int perImage = images.pixelsPerImage();
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(count);
      out.writeInt(perImage);
      for (int from = 0; from < count; from += EXPORT_CHUNK) {
        int[] indices = IntStream.range(from, Math.min(from + EXPORT_CHUNK, count)).toArray();
        INDArray features = images.batch(indices).getFeatures();
        for (float value : features.data().asFloat()) {
          out.writeByte(Math.round(value * 255));
        }
      }
      for (int example = 0; example < count; example++) {
        out.writeByte(images.label(example));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a file written by {@link #export}. */
  static MnistBytes read(Path file) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int count = in.readInt();
      int perImage = in.readInt();
      byte[] pixels = new byte[count * perImage];
      byte[] labels = new byte[count];
      in.readFully(pixels);
      in.readFully(labels);
      return new MnistBytes(count, perImage, pixels, labels);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Features of the given images, scaled to [0, 1], one image after the other. */
  float[] features(int[] indices) {
    float[] features = new float[indices.length * pixelsPerImage];
    for (int row = 0; row < indices.length; row++) {
      int offset = indices[row] * pixelsPerImage;
      for (int pixel = 0; pixel < pixelsPerImage; pixel++) {
        features[row * pixelsPerImage + pixel] = (pixels[offset + pixel] & 0xff) / 255f;
      }
    }
    return features;
  }

  /** Class indices of the given images. */
  float[] classes(int[] indices) {
    float[] classes = new float[indices.length];
    for (int row = 0; row < indices.length; row++) {
      classes[row] = labels[indices[row]];
    }
    return classes;
  }
}
