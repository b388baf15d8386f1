package io.github.dockertutor.dockercli;

import java.util.List;

/**
 * Reads a subcommand's arguments the way the docker CLI's flag library (spf13/pflag) does, so learners
 * meet the same forms and the same errors: {@code -it}, {@code -p 80}, {@code -p=80}, {@code -p80},
 * {@code --name web}, {@code --name=web}, {@code --} and, for run and exec, a stop at the first
 * positional argument.
 */
final class FlagParser {
    private final CommandSpec spec;
    private final String commandPath;
    private final List<String> args;
    private final ParsedArguments parsed;
    private int next;

    private FlagParser(CommandSpec spec, String commandPath, List<String> args) {
        this.spec = spec;
        this.commandPath = commandPath;
        this.args = args;
        this.parsed = new ParsedArguments(commandPath);
    }

    /** Parses flags and positionals; stops early, with {@link ParsedArguments#helpRequested()}, at {@code --help}. */
    static ParsedArguments parse(CommandSpec spec, String commandPath, List<String> args) throws ParseException {
        FlagParser parser = new FlagParser(spec, commandPath, args);
        try {
            parser.run();
        } catch (ParseException e) {
            throw e.helpCommand().isPresent() ? e : e.withHelp(commandPath);
        }
        return parser.parsed;
    }

    private void run() throws ParseException {
        while (next < args.size() && !parsed.helpRequested()) {
            String arg = args.get(next++);
            if (arg.length() < 2 || arg.charAt(0) != '-') {
                parsed.addPositional(arg);
                if (!spec.interspersed()) {
                    restArePositional();
                }
            } else if (arg.equals("--")) {
                restArePositional();
            } else if (arg.charAt(1) == '-') {
                longFlag(arg);
            } else {
                shortFlags(arg.substring(1));
            }
        }
    }

    private void restArePositional() {
        while (next < args.size()) {
            parsed.addPositional(args.get(next++));
        }
    }

    /** An unknown flag one or two typing slips away from one of this command's: named as the likely meaning. */
    private ParseException withSpelling(ParseException error, String typed) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        spec.flags().forEach(flag -> names.add(flag.name()));
        DockerFlagReference.flags(spec.reference()).forEach(known -> names.add(known.name()));
        return Spelling.closest(typed, names)
                .map(meant -> error.withHint(io.github.dockertutor.i18n.Message.of("parse.hint.didYouMean", "--" + meant)))
                .orElse(error);
    }

    private void longFlag(String arg) throws ParseException {
        String body = arg.substring(2);
        if (body.isEmpty() || body.charAt(0) == '-' || body.charAt(0) == '=') {
            throw ParseException.of("parse.flag.badSyntax", arg);
        }
        int equals = body.indexOf('=');
        String name = equals < 0 ? body : body.substring(0, equals);
        FlagSpec flag = spec.longFlag(name).orElse(null);
        if (flag == null) {
            if (name.equals("help")) {
                parsed.requestHelp();
                return;
            }
            // good docker the tutor does not run is not a typing mistake: say so, and where it runs
            java.util.Optional<String> known = spec.notRunLong(name);
            if (known.isPresent()) {
                throw ParseException.refusal("parse.flag.notRunHere", known.get(), commandPath);
            }
            throw withSpelling(ParseException.of("parse.flag.unknown", name), name);
        }
        if (equals >= 0) {
            set(flag, body.substring(equals + 1));
        } else if (!flag.takesValue()) {
            set(flag, "true");
        } else if (next < args.size()) {
            set(flag, args.get(next++));
        } else {
            throw ParseException.of("parse.flag.needsArgument", name);
        }
    }

    /** A run of short flags such as {@code dit}, where a flag that takes a value swallows the rest. */
    private void shortFlags(String shorthands) throws ParseException {
        String rest = shorthands;
        while (!rest.isEmpty() && !parsed.helpRequested()) {
            char letter = rest.charAt(0);
            FlagSpec flag = spec.shortFlag(letter).orElse(null);
            if (flag == null) {
                if (letter == 'h') {
                    parsed.requestHelp();
                    return;
                }
                java.util.Optional<String> known = spec.notRunShort(letter);
                if (known.isPresent()) {
                    throw ParseException.refusal("parse.flag.notRunHere", known.get(), commandPath);
                }
                throw ParseException.of("parse.flag.unknownShorthand", String.valueOf(letter), rest);
            }
            if (rest.length() > 2 && rest.charAt(1) == '=') {
                set(flag, rest.substring(2));
                rest = "";
            } else if (!flag.takesValue()) {
                set(flag, "true");
                rest = rest.substring(1);
            } else if (rest.length() > 1) {
                set(flag, rest.substring(1));
                rest = "";
            } else if (next < args.size()) {
                set(flag, args.get(next++));
                rest = "";
            } else {
                throw ParseException.of("parse.flag.needsArgumentShorthand", String.valueOf(letter), rest);
            }
        }
    }

    private void set(FlagSpec flag, String raw) throws ParseException {
        Object value;
        try {
            value = switch (flag.type()) {
                case BOOL -> parseBool(raw);
                case INT -> parseInt(raw);
                case STRING, LIST -> flag.parser().parse(raw);
            };
        } catch (ParseException reason) {
            if (reason.isRefusal()) {
                throw reason;
            }
            throw ParseException.of("parse.flag.invalidArgument", raw, flag.displayName(), reason.text());
        }
        parsed.add(flag, value);
    }

    /** Go's strconv.ParseBool, which pflag uses: exactly these spellings. */
    private static Boolean parseBool(String raw) throws ParseException {
        return switch (raw) {
            case "1", "t", "T", "true", "TRUE", "True" -> Boolean.TRUE;
            case "0", "f", "F", "false", "FALSE", "False" -> Boolean.FALSE;
            default -> throw ParseException.of("parse.value.bool");
        };
    }

    private static Integer parseInt(String raw) throws ParseException {
        String digits = raw.startsWith("-") || raw.startsWith("+") ? raw.substring(1) : raw;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ParseException.of("parse.value.integer");
        }
        return Integer.parseInt(raw);
    }
}
