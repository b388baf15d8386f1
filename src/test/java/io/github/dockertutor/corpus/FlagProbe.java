package io.github.dockertutor.corpus;

import io.github.dockertutor.corpus.FlagLab.Outcome;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proof that one flag the tutor's help lists does what it should: one line typed with the flag
 * and the same line without it, both through the tutor, and a check of what each did (what the
 * engine has afterwards, or what the tutor printed). In the line, {@code %()} stands for the flag
 * as typed, {@code %(VALUE)} for the flag and its value, {@code %(=VALUE)} for {@code --flag=VALUE};
 * the line without the flag leaves that out. {@code {s}} in the line becomes the side
 * ({@link FlagLab#WITH}, {@link FlagLab#WITHOUT}), so each side may have things of its own.
 */
final class FlagProbe {
    private static final Pattern FLAG = Pattern.compile("%\\(([^)]*)\\)");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Makes what one side of the probe acts on (a container to remove, an image to prune). */
    interface Setup {
        void prepare(FlagLab lab, String side) throws Exception;
    }

    /** Looks at both sides; throws AssertionError when the flag did not do what it should. */
    interface Check {
        void verify(FlagLab lab, Outcome with, Outcome without) throws Exception;
    }

    /** What the docker CLI did with the same line, as one comparable text, for the sides to agree on. */
    interface Observation {
        String observe(FlagLab lab, Outcome outcome) throws Exception;
    }

    final String command;
    final String flag;
    final String line;
    /** Nothing to make first: such a probe's line without the flag may be shared with another probe's. */
    static final Setup NOTHING = (lab, side) -> { };

    Setup setup = NOTHING;
    Check check;
    Duration patience = PATIENCE;
    /** Why the line without the flag is not run, when it is not (it would prune the whole engine). */
    String withoutNotRun;
    Observation docker;
    /** The line without the flag runs first: both act on the same thing, which the flag's line ends. */
    boolean withoutFirst;

    private FlagProbe(String command, String flag, String line) {
        this.command = command;
        this.flag = flag;
        this.line = line;
        if (!FLAG.matcher(line).find()) {
            throw new IllegalArgumentException("no %(…) for the flag in: " + line);
        }
    }

    /** A probe of {@code --flag} of the command docker's reference names {@code command} ({@code container ls}). */
    static FlagProbe of(String command, String flag, String line) {
        return new FlagProbe(command, flag, line);
    }

    FlagProbe setup(Setup prepare) {
        this.setup = prepare;
        return this;
    }

    FlagProbe check(Check verify) {
        this.check = verify;
        return this;
    }

    /** Ctrl-C after this long, for a line that follows (logs -f, stats) until stopped. */
    FlagProbe patience(Duration wait) {
        this.patience = wait;
        return this;
    }

    FlagProbe withoutFirst() {
        this.withoutFirst = true;
        return this;
    }

    FlagProbe withoutNotRun(String reason) {
        this.withoutNotRun = reason;
        return this;
    }

    /** Also run the line with the flag in a real terminal, and require the same observation from both. */
    FlagProbe agreesWithDocker(Observation observation) {
        this.docker = observation;
        return this;
    }

    String key() {
        return key(command, flag);
    }

    static String key(String command, String flag) {
        return command + " --" + flag;
    }

    /** The line with the flag spelled this way ({@code -a} or {@code --all}). */
    String with(String spelling) {
        Matcher matcher = FLAG.matcher(line);
        matcher.find();
        String value = matcher.group(1);
        String typed = value.isEmpty() ? spelling : value.startsWith("=") ? spelling + value : spelling + " " + value;
        return line.substring(0, matcher.start()) + typed + line.substring(matcher.end());
    }

    /** The same line without the flag. */
    String without() {
        return FLAG.matcher(line).replaceFirst("").replaceAll(" {2,}", " ").strip();
    }

    @Override
    public String toString() {
        return key() + ": " + line;
    }
}
