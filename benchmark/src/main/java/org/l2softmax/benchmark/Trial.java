package org.l2softmax.benchmark;

/**
 * The program of one trial: trains one implementation in a process of its own, so that its peak
 * memory is its own, and prints a {@link TrialResult} line. Started by {@link Benchmark}.
 */
public final class Trial {

  private Trial() {}

  /**
   * Runs the trial described by the arguments ({@link TrialSpec#toArguments()}).
   *
   * @param arguments the trial's spec
   */
  public static void main(String[] arguments) throws Exception {
    TrialSpec spec = TrialSpec.fromArguments(arguments);
    TrialResult result =
        switch (spec.variant().implementation()) {
          case OURS -> OursTrial.run(spec);
          case REFERENCE -> ReferenceTrial.run(spec);
        };
    System.out.println(result.toLine());
  }
}
