package io.github.dockertutor.check;

import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What a check decided, and why in words: what it SAW and what it EXPECTED, so a failed step tells
 * the learner what to change. Notes are side remarks that do not change the decision (a Dockerfile
 * with Windows line endings passes, and the shell may offer to fix them).
 */
public record CheckResult(CheckStatus status, Message message, List<Message> notes) {

    public CheckResult {
        notes = List.copyOf(notes);
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
        return new CheckResult(status, message, more);
    }

    /** The message in the language of {@code messages}. */
    public String render(Messages messages) {
        return message.render(messages);
    }
}
