package io.github.dockertutor.check;

import java.util.List;

/**
 * One instruction of a Dockerfile, after line continuations are joined and comments dropped.
 *
 * @param keyword   the instruction word in capitals ({@code FROM}); Dockerfiles accept any case
 * @param arguments everything after the word, continuation lines joined, trimmed
 * @param json      the arguments of the JSON (exec) form {@code ["httpd", "-f"]}, or empty for the
 *                  shell form
 * @param line      the 1-based line the instruction starts on
 */
public record DockerfileInstruction(String keyword, String arguments, List<String> json, int line) {

    public DockerfileInstruction {
        json = List.copyOf(json);
    }

    /** Whether the arguments were written in the JSON form. */
    public boolean isJsonForm() {
        return !json.isEmpty();
    }
}
