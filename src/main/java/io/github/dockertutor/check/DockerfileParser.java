package io.github.dockertutor.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dockertutor.i18n.Message;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile the way docker's own parser does, closely enough to check a learner's file
 * and point at the line docker would complain about: parser directives at the top ({@code # escape=`}),
 * comment lines, line continuations with the escape character (blank and comment lines inside a
 * continuation are skipped, as docker does), instruction words in any case, the JSON and the
 * shell form, CR LF line endings and a UTF-8 byte order mark. Heredocs ({@code RUN <<EOF}) are a
 * BuildKit feature the tutor's builder does not have, so they are not read.
 */
public final class DockerfileParser {
    /** Every instruction docker knows. */
    public static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE",
            "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL");
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
    private static final Set<String> DIRECTIVES = Set.of("escape", "syntax", "check");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerfileParser() {
    }

    public static Dockerfile parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean crlf = text.contains("\r\n");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].endsWith("\r")) {
                lines[i] = lines[i].substring(0, lines[i].length() - 1);
            }
        }
        List<Dockerfile.Problem> problems = new ArrayList<>();
        char escape = '\\';
        int index = 0;
        // directives come first; the first line that is not one ends them
        Set<String> seen = new java.util.HashSet<>();
        while (index < lines.length) {
            Matcher directive = DIRECTIVE.matcher(lines[index]);
            if (!directive.matches()) {
                break;
            }
            String name = directive.group(1).toLowerCase(Locale.ROOT);
            if (!DIRECTIVES.contains(name) || !seen.add(name)) {
                break;
            }
            if (name.equals("escape")) {
                String value = directive.group(2);
                if (value.equals("`") || value.equals("\\")) {
                    escape = value.charAt(0);
                } else {
                    problems.add(new Dockerfile.Problem(index + 1, Message.of("check.dockerfile.badEscape", value)));
                }
            }
            index++;
        }
        List<DockerfileInstruction> instructions = new ArrayList<>();
        Pattern continuation = Pattern.compile(Pattern.quote(String.valueOf(escape)) + "[ \\t]*$");
        while (index < lines.length) {
            String line = lines[index];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                index++;
                continue;
            }
            int start = index + 1;
            StringBuilder logical = new StringBuilder();
            String current = line;
            while (true) {
                Matcher more = continuation.matcher(current);
                if (!more.find()) {
                    logical.append(current);
                    index++;
                    break;
                }
                logical.append(current, 0, more.start());
                index++;
                while (index < lines.length && (lines[index].isBlank() || lines[index].strip().startsWith("#"))) {
                    index++;
                }
                if (index >= lines.length) {
                    break;
                }
                current = lines[index];
            }
            instruction(logical.toString().strip(), start, instructions, problems);
        }
        return new Dockerfile(instructions, problems, crlf, escape);
    }

    private static void instruction(String text, int line, List<DockerfileInstruction> instructions,
            List<Dockerfile.Problem> problems) {
        String[] parts = text.split("\\s+", 2);
        String word = parts[0];
        String keyword = word.toUpperCase(Locale.ROOT);
        String arguments = parts.length > 1 ? parts[1].strip() : "";
        if (!INSTRUCTIONS.contains(keyword)) {
            problems.add(new Dockerfile.Problem(line, Message.of("check.dockerfile.unknownInstruction", word)));
            return;
        }
        if (arguments.isEmpty()) {
            problems.add(new Dockerfile.Problem(line, Message.of("check.dockerfile.noArguments", keyword)));
        }
        DockerfileInstruction instruction = new DockerfileInstruction(keyword, arguments, jsonForm(arguments), line);
        if (keyword.equals("FROM") && !arguments.isEmpty() && !validFrom(arguments)) {
            problems.add(new Dockerfile.Problem(line, Message.of("check.dockerfile.badFrom", arguments)));
        }
        instructions.add(instruction);
    }

    /** FROM [--platform=…] image [AS name]: docker wants one or three words after the flags. */
    private static boolean validFrom(String arguments) {
        List<String> words = new ArrayList<>();
        for (String word : arguments.split("\\s+")) {
            if (!word.startsWith("--")) {
                words.add(word);
            }
        }
        return words.size() == 1 || (words.size() == 3 && words.get(1).equalsIgnoreCase("AS"));
    }

    /** The JSON form's words; docker reads anything that is not a JSON list of strings as the shell form. */
    private static List<String> jsonForm(String arguments) {
        if (!arguments.startsWith("[")) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(arguments);
            if (node == null || !node.isArray() || node.isEmpty()) {
                return List.of();
            }
            List<String> words = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    return List.of();
                }
                words.add(element.asText());
            }
            return words;
        } catch (IOException e) {
            return List.of();
        }
    }
}
