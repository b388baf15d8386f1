package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts into a line what a shell would, without one: the workspace for {@code $(pwd)},
 * {@code ${PWD}} or {@code %cd%} (the learner's current folder, here), and the output of each
 * {@code $(docker …)}. Unquoted output is split into words at blanks, as a shell splits it, so
 * {@code docker rm $(docker ps -aq)} gets one word an id; quoted, it stays one word.
 */
final class LineExpansion {
    private LineExpansion() {
    }

    /**
     * The words with everything expanded, or empty when a substitution could not run (said already).
     *
     * @param run runs an inner docker line and answers what it printed
     */
    static Optional<List<String>> expand(List<ShellWord> words, ShellContext context,
            Function<String, Optional<String>> run) {
        List<String> result = new ArrayList<>();
        for (ShellWord word : words) {
            StringBuilder current = new StringBuilder();
            // a word that held only unquoted output that turned out empty is no word at all
            boolean hasWord = false;
            for (ShellWord.Part part : word.parts()) {
                if (part instanceof ShellWord.Text text) {
                    current.append(text.text());
                    hasWord = true;
                } else if (part instanceof ShellWord.WorkingDirectory) {
                    current.append(context.workspace().root());
                    hasWord = true;
                } else if (part instanceof ShellWord.Substitution substitution) {
                    Optional<String> output = run.apply(substitution.line());
                    if (output.isEmpty()) {
                        return Optional.empty();
                    }
                    String text = output.get().replaceAll("\n+$", "");
                    if (substitution.quoted()) {
                        current.append(text);
                        hasWord = true;
                        continue;
                    }
                    String[] fields = text.strip().isEmpty() ? new String[0] : text.split("[ \t\n]+", -1);
                    for (int i = 0; i < fields.length; i++) {
                        if (fields[i].isEmpty()) {
                            // a blank at the start or end of the output ends the word there
                            if (i == 0 && hasWord) {
                                result.add(current.toString());
                                current.setLength(0);
                                hasWord = false;
                            }
                            continue;
                        }
                        if (i > 0 && hasWord) {
                            result.add(current.toString());
                            current.setLength(0);
                        }
                        current.append(fields[i]);
                        hasWord = true;
                    }
                }
            }
            if (hasWord) {
                result.add(current.toString());
            }
        }
        return Optional.of(result);
    }
}
