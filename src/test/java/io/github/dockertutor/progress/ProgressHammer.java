package io.github.dockertutor.progress;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A stand-in for a second tutor in another process: loads, then passes one step after another in
 * lesson {@code shared}, saving after each and printing {@code saved N} once that save returned.
 * Usage: {@code ProgressHammer DIR NAME COUNT}. Exit 0 when done, 2 on a save notice, 3 on a load notice.
 */
public final class ProgressHammer {
    static final String LESSON = "shared";

    private ProgressHammer() {
    }

    public static void main(String[] args) {
        ProgressStore store = new ProgressStore(Path.of(args[0]));
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        LoadResult loaded = store.load();
        if (!loaded.notices().isEmpty()) {
            System.out.println("load notice " + loaded.notices());
            System.exit(3);
        }
        Progress progress = loaded.progress();
        for (int i = 0; i < count; i++) {
            long now = System.currentTimeMillis();
            progress.startStep(LESSON, name + "-" + i, now);
            progress.recordHint(LESSON, "common");
            progress.completeStep(LESSON, name + "-" + i, now + 1);
            Optional<ProgressNotice> notice = store.save(progress);
            if (notice.isPresent()) {
                System.out.println("save notice " + notice.get());
                System.exit(2);
            }
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
