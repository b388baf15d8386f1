package io.github.dockertutor.dockercli;

/** Turns one raw flag value into its typed form, or says why it cannot, as a message key. */
@FunctionalInterface
public interface ValueParser {
    Object parse(String raw) throws ParseException;

    /** Keeps the text as typed. */
    ValueParser TEXT = raw -> raw;
}
