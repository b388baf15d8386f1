package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Optional;

/**
 * One word of a typed line before expansion: literal text, and the parts a shell would expand
 * that the tutor expands itself, without a shell: {@code $(docker …)} (run by the tutor, its output
 * put in place) and the current folder ({@code $(pwd)}, {@code ${PWD}}, {@code %cd%}), which is the
 * workspace.
 */
public record ShellWord(List<Part> parts) {
    public ShellWord {
        parts = List.copyOf(parts);
    }

    /** A piece of a word. {@code quoted}: inside double quotes, where a shell does not split what it expands. */
    public sealed interface Part {
        boolean quoted();
    }

    /** Text as typed, quotes and escapes already removed. */
    public record Text(String text, boolean quoted) implements Part {
    }

    /** {@code $(docker …)} or {@code `docker …`}: the inner line, to be run and replaced by its output. */
    public record Substitution(String line, boolean quoted) implements Part {
    }

    /** {@code $(pwd)}, {@code $PWD}, {@code ${PWD}}, PowerShell's {@code $pwd}, cmd's {@code %cd%}. */
    public record WorkingDirectory(boolean quoted) implements Part {
    }

    /** The word's text when it has nothing to expand. */
    public Optional<String> literal() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (!(part instanceof Text piece)) {
                return Optional.empty();
            }
            text.append(piece.text());
        }
        return Optional.of(text.toString());
    }
}
