package io.github.dockertutor.check;

import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a check decided, and why in words: what it SAW and what it EXPECTED, so a failed step tells
 * the learner what to change. Notes are side remarks that do not change the decision (a Dockerfile
 * with Windows line endings passes, and the shell may offer to fix them).
 */
public record CheckResult(CheckStatus status, Message message, List<Message> notes, Optional<String> cause) {

    /** Causes a failure can be traced to, matching lesson.yaml's {@code revisit:} keys. */
    public static final String DOCKERFILE = "dockerfile";
    public static final String BUILD = "build";
    public static final String RUN = "run";

    public CheckResult {
        notes = List.copyOf(notes);
    }

    public CheckResult(CheckStatus status, Message message, List<Message> notes) {
        this(status, message, notes, Optional.empty());
    }

    public static CheckResult passed(String key, Object... args) {
        return new CheckResult(CheckStatus.PASSED, Message.of(key, args), List.of());
    }

    public static CheckResult failed(String key, Object... args) {
        return new CheckResult(CheckStatus.FAILED, Message.of(key, args), List.of());
    }

    public static CheckResult cannotRun(String key, Object... args) {
        return new CheckResult(CheckStatus.CANNOT_RUN, Message.of(key, args), List.of());
    }

    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    /** The message key, for tests and for the shell to recognise a result. */
    public String key() {
        return message.key();
    }

    /** This result with one more note. */
    public CheckResult withNote(Message note) {
        List<Message> more = new ArrayList<>(notes);
        more.add(note);
        return new CheckResult(status, message, more, cause);
    }

    /**
     * This failure traced to an earlier part of the work: the Dockerfile ({@link #DOCKERFILE}), the
     * image built from it ({@link #BUILD}), or how the container was run ({@link #RUN}).
     */
    public CheckResult because(String traced) {
        return new CheckResult(status, message, notes, Optional.of(traced));
    }

    /** The message in the language of {@code messages}. */
    public String render(Messages messages) {
        return message.render(messages);
    }
}
