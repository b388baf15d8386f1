package io.github.dockertutor.check;

import io.github.dockertutor.i18n.Message;
import java.util.List;
import java.util.Optional;

/**
 * A Dockerfile as {@link DockerfileParser} read it.
 *
 * @param instructions the instructions in order
 * @param problems     what docker would refuse, each with its line
 * @param crlf         whether lines end in CR LF (Windows): docker accepts that, and the shell
 *                     may offer to convert the file
 * @param escape       the escape character in effect ({@code \} unless the escape directive says
 *                     {@code `})
 */
public record Dockerfile(List<DockerfileInstruction> instructions, List<Problem> problems, boolean crlf, char escape) {

    public Dockerfile {
        instructions = List.copyOf(instructions);
        problems = List.copyOf(problems);
    }

    /** Something docker would refuse, on a line. */
    public record Problem(int line, Message message) {
    }

    /** The first instruction with this keyword (in capitals). */
    public Optional<DockerfileInstruction> first(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).findFirst();
    }

    public List<DockerfileInstruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The image a FROM instruction names: its first word that is not a {@code --flag}. */
    public static Optional<String> fromImage(DockerfileInstruction from) {
        for (String word : from.arguments().split("\\s+")) {
            if (!word.isEmpty() && !word.startsWith("--")) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }
}
