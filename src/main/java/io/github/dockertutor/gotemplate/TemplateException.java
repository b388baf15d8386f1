package io.github.dockertutor.gotemplate;

/**
 * Why a template could not be read or run, in Go's own words (they name template syntax, which
 * has no translation): a syntax error docker would also refuse, a construct the tutor does not
 * run, or a failure while running (an index out of range).
 */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The template is not valid Go template syntax; docker refuses it too. */
        SYNTAX,
        /** Valid, but uses a function or construct the tutor does not run. */
        UNSUPPORTED,
        /** Valid, but failed on this data. */
        RUNTIME
    }

    private final Kind kind;
    private final String detail;

    TemplateException(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** Go's wording of the problem, or the construct not run. */
    public String detail() {
        return detail;
    }
}
