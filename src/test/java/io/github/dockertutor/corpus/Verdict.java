package io.github.dockertutor.corpus;

import java.util.List;

/**
 * How the tutor did on a line, compared with docker: the same effect (engine and workspace alike
 * after it, and both succeeded or both failed), an honest refusal (it said it does not run the
 * line and changed nothing), a misleading refusal (it called good docker a mistake), a different
 * effect, or a crash.
 */
enum Verdict {
    SAME, HONEST_REFUSAL, MISLEADING_REFUSAL, DIFFERENT, CRASH;

    /** What docker's own CLI says when it refuses a line before asking the engine anything. */
    private static final java.util.regex.Pattern USAGE_ERROR = java.util.regex.Pattern.compile(
            "unknown (shorthand )?flag|flag needs an argument|invalid argument|requires (at least|exactly|at most)"
                    + "|accepts no argument|invalid reference format|bad format|is not a docker command"
                    + "|invalid (port|publish|restart|volume|mount|env|label|containerPort|hostPort|IP)|must be"
                    + "|invalid checksum digest|invalid volume specification|invalid mount config",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * @param dockerOutput what the docker side printed: a "mistake" of the tutor's is misleading
     *                     unless docker's CLI, too, refused the line as a usage error
     */
    /** Whether docker's output shows a usage error of docker's own (its CLI's, or the engine's about the line). */
    static boolean usageError(String dockerOutput) {
        return USAGE_ERROR.matcher(dockerOutput).find();
    }

    /**
     * @param dockerOk whether docker's side ended well; null when it was stopped with Ctrl-C, which
     *                 ends either side's line alike, so only the effects are compared
     */
    static Verdict of(Boolean dockerOk, String dockerOutput, List<String> dockerChanges, MessageKinds.Kind tutor,
            List<String> tutorChanges) {
        if (tutor == MessageKinds.Kind.CRASH) {
            return CRASH;
        }
        if (tutor == MessageKinds.Kind.REFUSAL) {
            return tutorChanges.isEmpty() ? HONEST_REFUSAL : DIFFERENT;
        }
        if (tutor == MessageKinds.Kind.MISTAKE && !usageError(dockerOutput)) {
            // docker took the line (whatever became of it later); the tutor called it a typing mistake
            return MISLEADING_REFUSAL;
        }
        if (!dockerChanges.equals(tutorChanges)) {
            return DIFFERENT;
        }
        boolean tutorOk = tutor == MessageKinds.Kind.OK;
        if (dockerOk == null || dockerOk == tutorOk) {
            return SAME;
        }
        return dockerOk && tutor == MessageKinds.Kind.MISTAKE ? MISLEADING_REFUSAL : DIFFERENT;
    }
}
