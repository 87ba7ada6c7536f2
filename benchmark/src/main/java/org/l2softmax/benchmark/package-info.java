/**
 * The training-speed benchmark: the toolkit's network against the same network in PyTorch (through
 * DJL), each trained in fresh JVMs taking turns, with throughput, accuracy and peak memory.
 *
 * <p>Not part of the default build: {@code mvn -Pbenchmark -DskipTests package}, then {@code
 * benchmark/run}. {@link org.l2softmax.benchmark.Benchmark} drives the runs; {@link
 * org.l2softmax.benchmark.Trial} is the program each run starts.
 */
package org.l2softmax.benchmark;
