package io.github.dockertutor.pack;

import io.github.dockertutor.i18n.Messages;

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

    /** The message in the reader's language. */
    public String message(Messages messages) {
        return messages.get(key, args);
    }
}
