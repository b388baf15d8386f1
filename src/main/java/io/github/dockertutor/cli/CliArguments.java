package io.github.dockertutor.cli;

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
 * @param options   the options only some commands take (report's --out and --name, pack's --all,
 *                  mirror's --addr), by name with its dashes, and the tutor's own --prefix and
 *                  --port-offset; a switch without a value maps to "true"; a command given one it
 *                  does not take is a usage error
 */
public record CliArguments(
        Optional<Language> language, Optional<Path> lessons, Optional<Path> workspace, Optional<String> host,
        String command, List<String> operands, Map<String, String> options) {

    public CliArguments {
        operands = List.copyOf(operands);
        options = Map.copyOf(options);
    }

    /** The value of an option such as {@code --out} or {@code --prefix}, if given. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public static final String SHELL = "shell";

    /** Options of the tutor itself (a learner's space on a shared engine), taken whatever the command. */
    private static final Set<String> TUTOR_OPTIONS = Set.of("--prefix", "--port-offset");

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
                    if (CliCommands.takenOptions().contains(name) || TUTOR_OPTIONS.contains(name)) {
                        options.put(name, inlineValue != null ? inlineValue : value(args, ++i, name));
                        continue;
                    }
                    if (CliCommands.takenSwitches().contains(name)) {
                        options.put(name, "true");
                        continue;
                    }
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("app.error.unknownOption", arg);
                    }
                    if (command.equals(SHELL)) {
                        if (CliCommands.find(arg).isEmpty()) {
                            throw new UsageException("app.error.unknownCommand", arg);
                        }
                        command = arg;
                    } else {
                        operands.add(arg);
                    }
                }
            }
        }
        for (String option : options.keySet()) {
            String chosen = command;
            boolean taken = TUTOR_OPTIONS.contains(option) || CliCommands.find(chosen)
                    .map(c -> c.options().contains(option) || c.switches().contains(option)).orElse(false);
            if (!taken) {
                throw new UsageException("app.error.optionNotHere", option, chosen);
            }
        }
        return new CliArguments(language, lessons, workspace, host, command, operands, options);
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
