/**
 * Which native code trains the toolkit's networks, and how to make it the fast one.
 *
 * <p>ND4J ships several native builds of its CPU backend; the toolkit depends on the one with
 * oneDNN (Intel's deep-learning kernels) by default. DL4J 1.0.0-M2.1 runs convolution and pooling
 * layers through oneDNN only when its layer helpers are switched on and its availability check
 * succeeds; {@link org.l2softmax.engine.ConvolutionKernels} arranges both and reports which
 * kernels a network really uses. {@link org.l2softmax.engine.ThreadSettings} reports the native
 * thread settings that matter on a few shared cores.
 */
package org.l2softmax.engine;
