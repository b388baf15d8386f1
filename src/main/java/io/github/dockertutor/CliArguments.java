package io.github.dockertutor;

import io.github.dockertutor.i18n.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dockertutor command line: options, then an optional command and its arguments. Options may
 * stand before or after the command, as learners type them either way.
 *
 * @param language  --lang
 * @param lessons   --lessons DIR
 * @param workspace --workspace DIR
 * @param host      -H/--host, as in docker -H
 * @param command   shell (no command), doctor, lint, version or help
 * @param operands  what follows the command (lint's DIR)
 * @param options   the options with a value that only some commands read, by name without the dashes:
 *                  {@code addr} and {@code from} (mirror), {@code prefix} and {@code port-offset} (the shell)
 */
public record CliArguments(
        Optional<Language> language, Optional<Path> lessons, Optional<Path> workspace, Optional<String> host,
        String command, List<String> operands, Map<String, String> options) {

    public static final String SHELL = "shell";

    /** The options of {@link #options}: each takes a value, as {@code --addr X} or {@code --addr=X}. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--addr", "--from", "--prefix", "--port-offset");

    public CliArguments {
        options = Map.copyOf(options);
    }

    /** The value of an option of {@link #options}, named without its dashes. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** Raised for a command line that cannot be understood; carries a message key and its arguments. */
    public static final class UsageException extends Exception {
        private final String key;
        private final transient Object[] args;

        public UsageException(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args;
        }
    }

    public static CliArguments parse(String[] args) throws UsageException {
        Optional<Language> language = Optional.empty();
        Optional<Path> lessons = Optional.empty();
        Optional<Path> workspace = Optional.empty();
        Optional<String> host = Optional.empty();
        String command = SHELL;
        List<String> operands = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String inlineValue = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                inlineValue = arg.substring(arg.indexOf('=') + 1);
            }
            switch (name) {
                case "-h", "--help" -> command = "help";
                case "--version" -> command = "version";
                case "--lang" -> {
                    String value = inlineValue != null ? inlineValue : value(args, ++i, name);
                    language = Optional.of(Language.parse(value).orElseThrow(
                            () -> new UsageException("app.error.unknownLanguage", value, Language.allTags())));
                }
                case "--lessons" -> lessons = Optional.of(Path.of(inlineValue != null ? inlineValue : value(args, ++i, name)));
                case "--workspace" -> workspace = Optional.of(Path.of(inlineValue != null ? inlineValue : value(args, ++i, name)));
                case "-H", "--host" -> host = Optional.of(inlineValue != null ? inlineValue : value(args, ++i, name));
                default -> {
                    if (VALUE_OPTIONS.contains(name)) {
                        options.put(name.substring(2), inlineValue != null ? inlineValue : value(args, ++i, name));
                        continue;
                    }
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("app.error.unknownOption", arg);
                    }
                    if (command.equals(SHELL)) {
                        if (io.github.dockertutor.cli.CliCommands.find(arg).isEmpty()) {
                            throw new UsageException("app.error.unknownCommand", arg);
                        }
                        command = arg;
                    } else {
                        operands.add(arg);
                    }
                }
            }
        }
        return new CliArguments(language, lessons, workspace, host, command, List.copyOf(operands), options);
    }

    /** The language asked for on a command line that may not parse: used to word its own error. */
    public static Optional<Language> languageHint(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Language.parse(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Language.parse(args[i].substring("--lang=".length()));
            }
        }
        return Optional.empty();
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length) {
            throw new UsageException("app.error.missingValue", option);
        }
        return args[index];
    }
}
