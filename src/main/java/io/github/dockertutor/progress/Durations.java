package io.github.dockertutor.progress;

import io.github.dockertutor.i18n.Messages;

/** Time spent as a learner reads it: "45 s", "1 min 20 s", "2 h 5 min" (45 秒, 1 分 20 秒, 2 小時 5 分). */
public final class Durations {
    private Durations() {
    }

    public static String format(long millis, Messages messages) {
        if (millis <= 0) {
            return messages.get("progress.time.none");
        }
        long seconds = millis / 1000;
        if (seconds < 60) {
            return messages.get("progress.time.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.get("progress.time.minutes", seconds / 60, seconds % 60);
        }
        return messages.get("progress.time.hours", seconds / 3600, (seconds % 3600) / 60);
    }
}
