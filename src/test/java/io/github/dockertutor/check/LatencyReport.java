package io.github.dockertutor.check;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Times a check many times against a warm engine and prints one line: median, p95 and max in
 * milliseconds. Every run must end as the warm-up did, so a figure never comes from a check that
 * flipped halfway. Used by {@link CheckLatencyBench}.
 */
final class LatencyReport {
    private static final int WARM_UP = 20;

    private LatencyReport() {
    }

    /** Prints "LATENCY what runs=N median=… ms p95=… ms max=… ms" and returns the p95 in ms. */
    static double report(String what, int runs, Supplier<CheckResult> run) {
        CheckStatus expected = run.get().status();   // warm-up, and every run must agree
        for (int i = 0; i < WARM_UP; i++) {
            run.get();
        }
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            CheckResult result = run.get();
            micros[i] = (System.nanoTime() - start) / 1000;
            if (result.status() != expected) {
                throw new IllegalStateException(what + ": run " + i + " ended " + result.status() + ", not " + expected);
            }
        }
        Arrays.sort(micros);
        double p95 = micros[(int) Math.ceil(runs * 0.95) - 1] / 1000.0;
        System.out.printf("LATENCY %-45s runs=%d median=%.1f ms p95=%.1f ms max=%.1f ms (%s)%n", what, runs,
                micros[runs / 2] / 1000.0, p95, micros[runs - 1] / 1000.0, expected);
        return p95;
    }
}
