package io.github.dockertutor.check;

import java.util.List;

/** What is wrong with a field of a check, as a lint message key and its arguments. */
public record FieldProblem(String key, List<Object> args) {
    public FieldProblem {
        args = List.copyOf(args);
    }
}
