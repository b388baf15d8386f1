package io.github.dockertutor.report;

/** A file that is not a report this tutor can read; carries a message key and its arguments for the teacher. */
public final class ReportFormatException extends Exception {
    private final String key;
    private final transient Object[] args;

    ReportFormatException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    /** A {@code class.broken.*} message key. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
