package io.github.dockertutor.session;

import io.github.dockertutor.lesson.Solution;
import io.github.dockertutor.render.ContinuedLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * What a step asks the learner to do, found in its page: the code blocks that hold its solution (a
 * command to type, lines to write into a file, the {@code edit FILE} that opens it), each with the
 * paragraph that leads into it. A quiz asks its question at the end of its page and has none.
 */
final class StepTask {
    private StepTask() {
    }

    /** The page's top-level blocks that make up the task, in page order; empty when none is found. */
    static List<Node> blocks(Node document, Solution solution) {
        Set<String> commands = new HashSet<>();
        for (String command : solution.commands()) {
            commands.add(normalized(command));
        }
        Set<String> fileLines = new HashSet<>();
        for (String content : solution.files().values()) {
            for (String line : content.split("\n")) {
                if (!line.isBlank()) {
                    fileLines.add(line.strip());
                }
            }
        }
        List<Node> task = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof FencedCodeBlock code && solves(code, commands, solution.files().keySet(), fileLines)) {
                Node before = block.getPrevious();
                if (before instanceof Paragraph && !task.contains(before)) {
                    task.add(before);
                }
                task.add(block);
            }
        }
        return task;
    }

    private static boolean solves(FencedCodeBlock code, Set<String> commands, Set<String> files,
            Set<String> fileLines) {
        String language = code.getInfo() == null ? "" : code.getInfo().trim().toLowerCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        for (String line : code.getLiteral().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return false;
        }
        if (language.startsWith("bash") || language.startsWith("sh")) {
            for (String command : commandsIn(lines)) {
                String typed = normalized(command);
                if (commands.contains(typed) || (typed.startsWith("edit ") && files.contains(typed.substring(5)))) {
                    return true;
                }
            }
            return false;
        }
        return !fileLines.isEmpty() && lines.stream().map(String::strip).allMatch(fileLines::contains);
    }

    /** The block's lines as commands: a line ending in a backslash goes on in the next. */
    private static List<String> commandsIn(List<String> lines) {
        List<String> commands = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (String line : lines) {
            partial.add(line);
            if (!ContinuedLines.continues(line)) {
                commands.add(ContinuedLines.join(partial));
                partial.clear();
            }
        }
        return commands;
    }

    private static String normalized(String command) {
        return command.strip().replaceAll("\\s+", " ");
    }
}
