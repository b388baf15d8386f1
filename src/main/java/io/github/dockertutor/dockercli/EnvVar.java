package io.github.dockertutor.dockercli;

import java.util.Optional;

/**
 * One {@code -e} or {@code --build-arg} value: {@code NAME=VALUE}, or a bare {@code NAME}, which docker
 * fills from the caller's own environment (and drops when it is not set there).
 */
public record EnvVar(String name, Optional<String> value) {
    public static EnvVar parse(String text) throws ParseException {
        int equals = text.indexOf('=');
        String name = equals < 0 ? text : text.substring(0, equals);
        if (name.isEmpty()) {
            throw ParseException.of("parse.env.invalid", text);
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            throw ParseException.of("parse.env.whitespace", name);
        }
        return new EnvVar(name, equals < 0 ? Optional.empty() : Optional.of(text.substring(equals + 1)));
    }

    @Override
    public String toString() {
        return value.map(v -> name + "=" + v).orElse(name);
    }
}
