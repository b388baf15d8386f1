package io.github.dockertutor.progress;

import io.github.dockertutor.i18n.Messages;
import java.util.List;

/**
 * Something about the progress file the learner should be told, as a message key and its
 * arguments, so the shell shows it in the learner's language.
 *
 * @param key  a {@code progress.*} key in the message bundles
 * @param args the values for its placeholders: for {@code progress.keptAside.*} the set-aside file's
 *             new name and its folder; for {@code progress.unsaved} the folder and the reason
 */
public record ProgressNotice(String key, List<String> args) {
    public static final String KEPT_ASIDE_PREFIX = "progress.keptAside.";
    public static final String UNSAVED = "progress.unsaved";
    public static final String NEWER_ON_DISK = "progress.newerOnDisk";
    /** After a command whose save failed again, once the full notice was given: a short reminder. */
    public static final String STILL_UNSAVED = "progress.stillUnsaved";
    /** A save worked again after failing: what was kept only in memory is on disk now. */
    public static final String SAVED_AGAIN = "progress.savedAgain";

    public ProgressNotice {
        args = List.copyOf(args);
    }

    static ProgressNotice of(String key, String... args) {
        return new ProgressNotice(key, List.of(args));
    }

    /** The sentence to show, in the language of {@code messages}. */
    public String text(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
