package org.l2softmax.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An immutable set of labelled grey-level images held in memory, and the ND4J arrays a network
 * trains on: features {@code [examples, height * width]} in [0, 1] and one-hot labels
 * {@code [examples, classes]}, both float32 in C order.
 *
 * <p>Pixels are kept as the unsigned bytes of the IDX file (47 MB for the MNIST training set)
 * and scaled by 1/255 when an array is built. {@link #batch(int[])} and {@link #all()} build new
 * arrays on every call; {@link #features()} builds its array once (188 MB for the MNIST training
 * set) and then hands out that same array, which callers must treat as read-only. The set is safe
 * to share between threads. Within an image, pixel {@code (row, column)} sits at feature index
 * {@code row * width + column}.
 */
public final class ImageSet {

  // Pixel value v scaled to v / 255, looked up instead of divided once per pixel.
  private static final float[] SCALED = new float[256];

  static {
    for (int value = 0; value < SCALED.length; value++) {
      SCALED[value] = value / 255f;
    }
  }

  private final int height;
  private final int width;
  private final int classes;
  private final int size;
  // Shared with sets made by first(): neither array is ever written after construction, and only
  // the first size images (size * height * width bytes) and size labels belong to this set. The
  // features array is built from them on first use.
  private final byte[] pixels;
  private final int[] labels;
  private volatile INDArray features;

  /** Takes the arrays without copying them; callers hand over arrays nobody else writes. */
  ImageSet(int height, int width, int classes, int size, byte[] pixels, int[] labels) {
    this.height = height;
    this.width = width;
    this.classes = classes;
    this.size = size;
    this.pixels = pixels;
    this.labels = labels;
  }

  /**
   * A set built from pixel bytes and labels held by the caller, which are copied; handy for small
   * synthetic data in tests.
   *
   * @param height image height in pixels, at least 1
   * @param width image width in pixels, at least 1
   * @param classes number of classes, at least 2
   * @param pixels grey levels read as unsigned bytes (0..255; {@code (byte) 255} is white), image
   *     after image, row by row: {@code labels.length * height * width} of them
   * @param labels the class of each image, in {@code 0..classes-1}, at least one
   * @return the set
   * @throws IllegalArgumentException if a size or label is out of range or the lengths disagree
   */
  public static ImageSet of(int height, int width, int classes, byte[] pixels, int[] labels) {
    Objects.requireNonNull(pixels, "pixels must not be null");
    Objects.requireNonNull(labels, "labels must not be null");
    if (height < 1 || width < 1) {
      throw new IllegalArgumentException(
          "height and width must be at least 1, got " + height + "x" + width);
    }
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be at least 2, got " + classes);
    }
    if (labels.length == 0) {
      throw new IllegalArgumentException("labels must hold at least one example, got none");
    }
    long expectedPixels = (long) labels.length * height * width;
    if (pixels.length != expectedPixels) {
      throw new IllegalArgumentException("pixels must hold " + expectedPixels + " bytes ("
          + labels.length + " images of " + height + "x" + width + "), got " + pixels.length);
    }
    for (int example = 0; example < labels.length; example++) {
      if (labels[example] < 0 || labels[example] >= classes) {
        throw new IllegalArgumentException("label of example " + example + " must be in 0.."
            + (classes - 1) + ", got " + labels[example]);
      }
    }
    return new ImageSet(height, width, classes, labels.length, pixels.clone(), labels.clone());
  }

  /** Number of examples. */
  public int size() {
    return size;
  }

  /** Image height in pixels (rows). */
  public int height() {
    return height;
  }

  /** Image width in pixels (columns). */
  public int width() {
    return width;
  }

  /** Number of pixels per image, {@code height * width}: the feature count of one example. */
  public int pixelsPerImage() {
    return height * width;
  }

  /** Number of classes; labels lie in {@code 0..classes-1}. */
  public int classes() {
    return classes;
  }

  /** The label of one example, in {@code 0..classes-1}. */
  public int label(int example) {
    return labels[checkIndex(example, "example")];
  }

  /** All labels in example order, as a new array the caller may change. */
  public int[] labels() {
    return Arrays.copyOf(labels, size);
  }

  /** How many examples each class has: entry c counts the labels equal to c. */
  public int[] classCounts() {
    int[] counts = new int[classes];
    for (int example = 0; example < size; example++) {
      counts[labels[example]]++;
    }
    return counts;
  }

  /**
   * All images as features: float32 {@code [size, height * width]} in [0, 1], C order, one image
   * per row. Built on the first call and shared afterwards, so that slicing it batch by batch
   * costs nothing: do not write into it ({@code dup()} it first, or use {@link #batch(int[])}).
   */
  public INDArray features() {
    INDArray built = features;
    if (built == null) {
      synchronized (this) {
        built = features;
        if (built == null) {
          built = scaledPixels(size, example -> example);
          features = built;
        }
      }
    }
    return built;
  }

  /**
   * The first {@code count} examples, in order, as a set of their own. Nothing is copied.
   *
   * @param count number of examples to keep, in {@code 1..size()}
   * @throws IllegalArgumentException if count is out of range
   */
  public ImageSet first(int count) {
    if (count < 1 || count > size) {
      throw new IllegalArgumentException(
          "count must be in 1.." + size + " (the size of this set), got " + count);
    }
    return count == size ? this : new ImageSet(height, width, classes, count, pixels, labels);
  }

  /**
   * A minibatch of the given examples, in the given order; an index may repeat.
   *
   * @param indices example indices, each in {@code 0..size()-1}, at least one
   * @return features {@code [k, height * width]} in [0, 1] and one-hot labels {@code [k,
   *     classes]}, both float32 in C order, where k is {@code indices.length}
   * @throws IllegalArgumentException if indices is empty
   * @throws IndexOutOfBoundsException if an index is outside the set
   */
  public DataSet batch(int[] indices) {
    Objects.requireNonNull(indices, "indices must not be null");
    if (indices.length == 0) {
      throw new IllegalArgumentException("indices must name at least one example, got none");
    }
    int[] examples = indices.clone();
    for (int position = 0; position < examples.length; position++) {
      checkIndex(examples[position], "index at position " + position);
    }
    return new DataSet(scaledPixels(examples.length, row -> examples[row]),
        oneHot(examples.length, row -> examples[row]));
  }

  /**
   * Every example in order, as one {@link DataSet} of new arrays (so shuffling or normalising it
   * in place leaves the set alone); see {@link #batch(int[])} for the shapes.
   */
  public DataSet all() {
    return new DataSet(scaledPixels(size, example -> example), oneHot(size, example -> example));
  }

  @Override
  public String toString() {
    return "ImageSet[" + size + " images of " + height + "x" + width + ", " + classes
        + " classes]";
  }

  /** Features of {@code rows} examples; {@code exampleAtRow} says which example fills a row. */
  private INDArray scaledPixels(int rows, IntUnaryOperator exampleAtRow) {
    int pixelsPerImage = pixelsPerImage();
    float[] features = new float[Math.multiplyExact(rows, pixelsPerImage)];
    for (int row = 0; row < rows; row++) {
      int source = exampleAtRow.applyAsInt(row) * pixelsPerImage;
      int target = row * pixelsPerImage;
      for (int pixel = 0; pixel < pixelsPerImage; pixel++) {
        features[target + pixel] = SCALED[pixels[source + pixel] & 0xff];
      }
    }
    return detached(features, rows, pixelsPerImage);
  }

  private INDArray oneHot(int rows, IntUnaryOperator exampleAtRow) {
    float[] oneHot = new float[rows * classes];
    for (int row = 0; row < rows; row++) {
      oneHot[row * classes + labels[exampleAtRow.applyAsInt(row)]] = 1f;
    }
    return detached(oneHot, rows, classes);
  }

  /**
   * A {@code [rows, columns]} array outside any ND4J workspace that happens to be open, so that it
   * stays valid when the workspace closes (the cached features in particular).
   */
  private static INDArray detached(float[] values, int rows, int columns) {
    try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
      return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }
  }

  private int checkIndex(int index, String what) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          what + " must be in 0.." + (size - 1) + ", got " + index);
    }
    return index;
  }
}
