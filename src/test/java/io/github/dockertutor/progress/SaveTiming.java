package io.github.dockertutor.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures {@link ProgressStore#save} on this machine: a finished course's worth of progress
 * (9 lessons of 6 steps), saved N times after one change each. Usage: {@code SaveTiming [DIR] [N]}.
 */
public final class SaveTiming {
    private SaveTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("dockertutor-timing");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        ProgressStore store = new ProgressStore(dir);
        Progress progress = store.load().progress();
        for (int lesson = 1; lesson <= 9; lesson++) {
            for (int step = 0; step < 6; step++) {
                progress.startStep("0" + lesson + "-lesson", "step-" + step, 1_000L * step + 1);
                progress.putBaseline("0" + lesson + "-lesson", "step-" + step, "imageId", "sha256:" + "0".repeat(64));
                progress.completeStep("0" + lesson + "-lesson", "step-" + step, 1_000L * step + 500);
            }
        }
        for (int i = 0; i < 50; i++) { // warm up the JIT
            store.save(progress);
        }
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            progress.recordHint("09-lesson", "step-5");
            long start = System.nanoTime();
            store.save(progress);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%d saves of %d bytes in %s: median %.2f ms, p90 %.2f ms, max %.2f ms%n", n,
                Files.size(store.file()), dir, nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6, nanos[n - 1] / 1e6);
    }
}
