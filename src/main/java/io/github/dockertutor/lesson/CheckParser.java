package io.github.dockertutor.lesson;

import io.github.dockertutor.workspace.Workspace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a step's {@code check:} mapping into a {@link CheckSpec}: the field catalog of each kind,
 * the types and ranges of the fields, and their defaults. The field table of lesson-format.md,
 * as code.
 */
final class CheckParser {
    private static final Map<CheckKind, List<String>> FIELDS = new EnumMap<>(Map.of(
            CheckKind.IMAGE, List.of("ref", "absent", "label", "exposes", "hasCmd", "cached", "changed"),
            CheckKind.CONTAINER, List.of("name", "image", "state", "exitCode", "publishes", "logContains"),
            CheckKind.HTTP, List.of("port", "path", "status", "contains"),
            CheckKind.FILE, List.of("path", "contains"),
            CheckKind.DOCKERFILE, List.of("path", "instructions", "from"),
            CheckKind.QUIZ, List.of("answer"),
            CheckKind.COMMAND, List.of("command")));

    private static final List<String> STATES = List.of("running", "exited", "absent");
    private static final Set<String> INSTRUCTIONS = Set.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV",
            "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL", "MAINTAINER");
    private static final Pattern LABEL = Pattern.compile("[^=\\s]+=.*");
    private static final Pattern EXPOSES = Pattern.compile("([0-9]{1,5})(?:/(?:tcp|udp|sctp))?");
    private static final Pattern PUBLISHES = Pattern.compile("([0-9]{1,5}):([0-9]{1,5})");
    private static final Pattern LETTER = Pattern.compile("[a-zA-Z]");
    /** The read-only listings a {@code command} check may ask for. */
    static final Pattern READ_ONLY_COMMAND =
            Pattern.compile("docker (?:images|image ls|ps|ps -a|logs [^\\s;&|<>`$]+|inspect [^\\s;&|<>`$]+)");
    static final String READ_ONLY_COMMANDS =
            "docker images, docker image ls, docker ps, docker ps -a, docker logs NAME, docker inspect X";

    private CheckParser() {
    }

    /** The check, or empty when it has a problem (each one reported). */
    static Optional<CheckSpec> parse(Node node, FileProblems problems) {
        int before = problems.count();
        Optional<YamlMap> read = YamlMap.of(node, "check", null, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap check = read.get();
        Optional<String> kindWord = check.text("kind", true);
        if (kindWord.isEmpty()) {
            return Optional.empty();
        }
        Optional<CheckKind> kind = CheckKind.fromYaml(kindWord.get());
        if (kind.isEmpty()) {
            problems.add(check.line("kind"), "lint.check.kind", kindWord.get(), CheckKind.allYamlNames());
            return Optional.empty();
        }
        List<String> known = FIELDS.get(kind.get());
        for (String key : check.keys()) {
            if (!key.equals("kind") && !known.contains(key)) {
                problems.add(check.line(key), "lint.yaml.unknownField", key, "check " + kind.get().yamlName(),
                        String.join(", ", known));
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        new Fields(check, fields, problems).read(kind.get());
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new CheckSpec(kind.get(), fields, check.line()));
    }

    /** The reads of one check: each puts a valid value into {@code out} or reports why not. */
    private record Fields(YamlMap check, Map<String, Object> out, FileProblems problems) {

        void read(CheckKind kind) {
            switch (kind) {
                case IMAGE -> {
                    text("ref", true);
                    for (String flag : List.of("absent", "hasCmd", "cached", "changed")) {
                        check.bool(flag).ifPresent(value -> out.put(flag, value));
                    }
                    text("label", false).filter(label -> !LABEL.matcher(label).matches())
                            .ifPresent(label -> problems.add(check.line("label"), "lint.check.label", label));
                    text("exposes", false).filter(exposes -> !validExposes(exposes))
                            .ifPresent(exposes -> problems.add(check.line("exposes"), "lint.check.exposes", exposes));
                }
                case CONTAINER -> {
                    boolean named = text("name", false).isPresent();
                    boolean fromImage = text("image", false).isPresent();
                    if (!named && !fromImage && !check.has("name") && !check.has("image")) {
                        problems.add(check.line(), "lint.check.nameOrImage");
                    }
                    String state = text("state", false).orElse("running");
                    if (!STATES.contains(state)) {
                        problems.add(check.line("state"), "lint.check.enum", "state", String.join(", ", STATES), state);
                    }
                    out.put("state", state);
                    integer("exitCode", 0, 255, false);
                    text("publishes", false).filter(publishes -> !validPublishes(publishes))
                            .ifPresent(publishes -> problems.add(check.line("publishes"), "lint.check.publishes", publishes));
                    text("logContains", false);
                }
                case HTTP -> {
                    integer("port", 1, 65535, true);
                    String path = text("path", false).orElse("/");
                    if (!path.startsWith("/")) {
                        problems.add(check.line("path"), "lint.check.httpPath", path);
                    }
                    out.put("path", path);
                    if (integer("status", 100, 599, false).isEmpty()) {
                        out.put("status", 200);
                    }
                    text("contains", false);
                }
                case FILE -> {
                    workspacePath(true);
                    text("contains", false);
                }
                case DOCKERFILE -> {
                    if (workspacePath(false).isEmpty()) {
                        out.put("path", "Dockerfile");
                    }
                    instructions();
                    text("from", false);
                }
                case QUIZ -> text("answer", true).ifPresent(answer -> {
                    if (LETTER.matcher(answer).matches()) {
                        out.put("answer", answer.toLowerCase(Locale.ROOT));
                    } else {
                        problems.add(check.line("answer"), "lint.check.letter", answer);
                    }
                });
                case COMMAND -> text("command", true).ifPresent(command -> {
                    String normalized = String.join(" ", command.strip().split("\\s+"));
                    if (READ_ONLY_COMMAND.matcher(normalized).matches()) {
                        out.put("command", normalized);
                    } else {
                        problems.add(check.line("command"), "lint.check.command", command, READ_ONLY_COMMANDS);
                    }
                });
            }
        }

        private Optional<String> text(String key, boolean required) {
            Optional<String> value = check.text(key, required);
            value.ifPresent(text -> out.put(key, text));
            return value;
        }

        private Optional<Integer> integer(String key, int min, int max, boolean required) {
            if (required && check.required(key).isEmpty()) {
                return Optional.empty();
            }
            Optional<Integer> value = check.integer(key);
            if (value.isPresent() && (value.get() < min || value.get() > max)) {
                problems.add(check.line(key), "lint.check.range", key, min, max, value.get());
                return Optional.empty();
            }
            value.ifPresent(number -> out.put(key, number));
            return value;
        }

        private Optional<String> workspacePath(boolean required) {
            Optional<String> path = check.text("path", required);
            if (path.isPresent() && !Workspace.isPortableRelative(path.get())) {
                problems.add(check.line("path"), "lint.path.outside", path.get());
                return Optional.empty();
            }
            path.ifPresent(value -> out.put("path", value));
            return path;
        }

        private void instructions() {
            check.texts("instructions", false).ifPresent(words -> {
                List<String> upper = new ArrayList<>();
                for (String word : words) {
                    String instruction = word.strip().toUpperCase(Locale.ROOT);
                    if (INSTRUCTIONS.contains(instruction)) {
                        upper.add(instruction);
                    } else {
                        problems.add(check.line("instructions"), "lint.check.instruction", word);
                    }
                }
                out.put("instructions", List.copyOf(upper));
            });
        }
    }

    private static boolean validExposes(String text) {
        Matcher matcher = EXPOSES.matcher(text);
        return matcher.matches() && isPort(matcher.group(1));
    }

    private static boolean validPublishes(String text) {
        Matcher matcher = PUBLISHES.matcher(text);
        return matcher.matches() && isPort(matcher.group(1)) && isPort(matcher.group(2));
    }

    private static boolean isPort(String digits) {
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65535;
    }
}
