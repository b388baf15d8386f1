package io.github.dockertutor.check;

import java.util.List;

/**
 * Whether a command (a CMD, an ENTRYPOINT, what a container runs) has the words a step asks for:
 * its program first, then each run of words somewhere after it, together and in order
 * ({@code -p 8080} as two words side by side). Other words may stand between the runs: a learner
 * who adds {@code -vv} has not done it wrong.
 */
final class CommandWords {
    private CommandWords() {
    }

    /** Whether {@code argv} starts with {@code wanted}'s first word and holds each of its runs. */
    static boolean match(List<String> argv, List<String> wanted) {
        if (argv.isEmpty() || !argv.get(0).equals(wanted.get(0).strip())) {
            return false;
        }
        return missing(argv, wanted) == null;
    }

    /** The first run of {@code wanted} (after its program) that {@code argv} lacks, or null. */
    static String missing(List<String> argv, List<String> wanted) {
        for (String run : wanted.subList(1, wanted.size())) {
            if (!containsRun(argv.subList(1, argv.size()), List.of(run.strip().split("\\s+")))) {
                return run.strip();
            }
        }
        return null;
    }

    private static boolean containsRun(List<String> argv, List<String> run) {
        for (int start = 0; start + run.size() <= argv.size(); start++) {
            if (argv.subList(start, start + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }
}
