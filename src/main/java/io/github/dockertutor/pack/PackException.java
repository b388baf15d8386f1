package io.github.dockertutor.pack;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;

/** Why a course pack cannot be written or read, as a {@code pack.*} message key and its arguments. */
public final class PackException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public PackException(String key, Object... args) {
        this(null, key, args);
    }

    public PackException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /**
     * The message in the reader's language. What it quotes (a path, a tag, a reason) comes from the
     * pack, which may be made by anyone: shown escaped, so it cannot take over the terminal.
     */
    public String message(Messages messages) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text) {
                shown[i] = Columns.printable(text);
            }
        }
        return messages.get(key, shown);
    }
}
