/**
 * Image datasets in the IDX format of MNIST: finding the files, reading them, and handing
 * minibatches to ND4J.
 *
 * <p>{@link org.l2softmax.data.MnistData} finds and loads a dataset folder, {@link
 * org.l2softmax.data.IdxReader} reads one pair of IDX files, and {@link
 * org.l2softmax.data.ImageSet} holds the result in memory. Every failure is a {@link
 * org.l2softmax.data.DatasetException} that names the file and what was wrong with it.
 */
package org.l2softmax.data;
