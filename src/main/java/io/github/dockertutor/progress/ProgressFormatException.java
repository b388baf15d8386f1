package io.github.dockertutor.progress;

import java.util.Locale;

/** A progress file this version cannot use; the store sets it aside under a name that says why. */
public final class ProgressFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the file cannot be used; its lower-case name goes into the set-aside file's name. */
    public enum Kind {
        /** Zero bytes or only white space, e.g. a disk that filled up before anything was written. */
        EMPTY,
        /** Not JSON, cut short, or JSON of the wrong shape or types. */
        CORRUPT,
        /** Written by a newer dockertutor (a higher {@code format} number). */
        NEWER;

        public String fileTag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    ProgressFormatException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    ProgressFormatException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
