package org.l2softmax.data;

/**
 * The content of an IDX image file: {@code count} images of {@code rows x columns} unsigned bytes,
 * image after image, each row by row.
 *
 * @param count number of images, at least 1
 * @param rows image height in pixels
 * @param columns image width in pixels
 * @param pixels grey levels 0..255 as unsigned bytes, {@code count * rows * columns} of them
 */
record IdxImages(int count, int rows, int columns, byte[] pixels) {}
