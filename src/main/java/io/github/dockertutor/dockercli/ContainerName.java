package io.github.dockertutor.dockercli;

import java.util.regex.Pattern;

/** The rule the engine applies to {@code --name}, checked before any request so the error is in the learner's language. */
public final class ContainerName {
    // docker's own rule: two characters at least
    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");

    private ContainerName() {
    }

    /** The name unchanged when valid; docker also accepts one leading slash, which it strips. */
    public static String validate(String name) throws ParseException {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        if (!VALID.matcher(bare).matches()) {
            throw ParseException.of("parse.name.invalid", name);
        }
        return bare;
    }
}
