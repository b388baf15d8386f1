package io.github.dockertutor.dockercli;

/** How many positional arguments a subcommand takes, checked with the docker CLI's wording. */
public record Arity(int min, int max) {
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    public static Arity none() {
        return new Arity(0, 0);
    }

    public static Arity exactly(int count) {
        return new Arity(count, count);
    }

    public static Arity atLeast(int count) {
        return new Arity(count, UNBOUNDED);
    }

    public static Arity atMost(int count) {
        return new Arity(0, count);
    }

    void check(String commandPath, int count) throws ParseException {
        if (count >= min && count <= max) {
            return;
        }
        ParseException error;
        if (max == 0) {
            error = ParseException.of("parse.args.none", commandPath);
        } else if (min == max) {
            error = ParseException.of(plural("parse.args.exactly", min), commandPath, min);
        } else if (max == UNBOUNDED) {
            error = ParseException.of(plural("parse.args.atLeast", min), commandPath, min);
        } else if (min == 0) {
            error = ParseException.of(plural("parse.args.atMost", max), commandPath, max);
        } else {
            error = ParseException.of("parse.args.range", commandPath, min, max);
        }
        throw error.withHelp(commandPath);
    }

    private static String plural(String key, int count) {
        return key + (count == 1 ? ".one" : ".other");
    }
}
