package io.github.dockertutor.dockerrun;

import io.github.dockertutor.dockercli.Spelling;
import io.github.dockertutor.i18n.Message;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our line under Docker's own words when a build fails: what they mean for a learner and which
 * line of the Dockerfile to fix. Docker's words stay as they are (they are what a search finds);
 * ours come after, in the learner's language. None when the words are not one of the usual ones.
 */
final class BuildFailures {
    private static final Pattern UNKNOWN_INSTRUCTION =
            Pattern.compile("line (\\d+): unknown instruction: (\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPY_MISSING = Pattern.compile(
            "(COPY|ADD) failed: (?:file not found|no source files).*?(?:stat ([^:]+):|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUN_FAILED = Pattern.compile(
            "The command '(.*)' returned a non-zero code: (\\d+)", Pattern.DOTALL);
    private static final Pattern FROM_UNAVAILABLE = Pattern.compile(
            "pull access denied|manifest unknown|manifest for .* not found|repository does not exist"
                    + "|no such host|dial tcp|i/o timeout|TLS handshake timeout", Pattern.CASE_INSENSITIVE);
    private static final List<String> INSTRUCTIONS = List.of("FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
            "SHELL", "MAINTAINER");

    private BuildFailures() {
    }

    /** Our line for Docker's words, and the Dockerfile it names. */
    static Optional<Message> explain(String dockerWords, String dockerfile) {
        if (dockerWords == null) {
            return Optional.empty();
        }
        Matcher unknown = UNKNOWN_INSTRUCTION.matcher(dockerWords);
        if (unknown.find()) {
            String word = unknown.group(2).toUpperCase(java.util.Locale.ROOT);
            return Optional.of(Spelling.closest(word, INSTRUCTIONS)
                    .map(meant -> Message.of("build.why.unknownInstructionLike", dockerfile, unknown.group(1),
                            unknown.group(2), meant))
                    .orElse(Message.of("build.why.unknownInstruction", dockerfile, unknown.group(1),
                            unknown.group(2))));
        }
        Matcher copy = COPY_MISSING.matcher(dockerWords);
        if (copy.find()) {
            String file = copy.group(2) != null ? copy.group(2).strip() : "?";
            return Optional.of(Message.of("build.why.copyMissing", copy.group(1).toUpperCase(java.util.Locale.ROOT),
                    dockerfile, file));
        }
        Matcher run = RUN_FAILED.matcher(dockerWords);
        if (run.find()) {
            return Optional.of(Message.of("build.why.runFailed", run.group(1), run.group(2), dockerfile));
        }
        if (FROM_UNAVAILABLE.matcher(dockerWords).find()) {
            return Optional.of(Message.of("build.why.fromUnavailable", dockerfile));
        }
        return Optional.empty();
    }
}
