package io.github.dockertutor.base;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The name a damaged file of the tutor's is moved to, beside itself: its name, why, and when
 * ({@code progress.json.damaged-20261204T180000Z}), never the name of a file already there.
 */
public final class SetAside {
    private SetAside() {
    }

    /**
     * {@code base-STAMP} in {@code directory}, or {@code base-STAMP-2}, {@code -3}… when that is
     * taken; a link counts as taken, wherever it points.
     */
    public static Path freeName(Path directory, String base, Instant when) {
        String stamped = base + "-" + Stamp.FORMAT.format(when);
        Path target = directory.resolve(stamped);
        for (int n = 2; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = directory.resolve(stamped + "-" + n);
        }
        return target;
    }

    /**
     * Made on first use: the formatter loads a hundred classes of java.time, which a start whose
     * files are sound does not need on its way to the first prompt (bench/README).
     */
    private static final class Stamp {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC);
    }
}
