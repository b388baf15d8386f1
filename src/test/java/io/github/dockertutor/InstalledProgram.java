package io.github.dockertutor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether a program the tests drive (tmux, script) is installed: it runs and exits 0. */
public final class InstalledProgram {
    private InstalledProgram() {
    }

    /** Runs {@code command} (a version query) and says whether it ended well within ten seconds. */
    public static boolean answers(String... command) {
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
