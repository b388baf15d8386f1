package io.github.dockertutor.shell.faults;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.time.Duration;

/**
 * Waits in a tutor's output for a message from the bundles. Messages are wrapped to the terminal's
 * width (a space becomes a line break, CJK text breaks anywhere), so text is compared with all
 * white space taken out; the position returned counts in the real output.
 */
final class Transcript {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final TutorProcess tutor;
    private final Messages messages;
    private int at;

    Transcript(TutorProcess tutor, Language language) {
        this.tutor = tutor;
        this.messages = Messages.of(language);
    }

    Messages messages() {
        return messages;
    }

    /**
     * Types a line at the prompt and waits for the tutor to read it: a scripted session echoes the
     * prompt with the line (its control characters escaped), so this also proves the prompt came
     * back after the line before.
     */
    Transcript send(String line) throws Exception {
        tutor.send(line);
        at = tutor.await("docker> " + io.github.dockertutor.render.Columns.printable(line), at, TIMEOUT);
        return this;
    }

    /** Answers a yes/no question (its echo follows the question, not the prompt). */
    Transcript answer(String line) throws Exception {
        tutor.send(line);
        return this;
    }

    /** Waits for the message with this key and these arguments, after what was awaited before. */
    Transcript expect(String key, Object... args) throws Exception {
        return expectText(messages.get(key, args));
    }

    /** Waits for this text (white space ignored), after what was awaited before. */
    Transcript expectText(String text) throws Exception {
        String wanted = squash(text);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String output = tutor.output();
            int found = squash(output.substring(at)).indexOf(wanted);
            if (found >= 0) {
                at = realOffset(output, at, found + wanted.length());
                return this;
            }
            if (!tutor.isAlive()) {
                fail("the tutor ended before printing \"" + text + "\":\n" + output);
            }
            Thread.sleep(20);
        }
        fail("no \"" + text + "\" within " + TIMEOUT + " after offset " + at + ":\n" + tutor.output());
        return this;
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The offset in the real output just after the first {@code squashedEnd} non-blank characters from {@code from}. */
    private static int realOffset(String output, int from, int squashedEnd) {
        int count = 0;
        int i = from;
        while (i < output.length() && count < squashedEnd) {
            if (!Character.isWhitespace(output.charAt(i))) {
                count++;
            }
            i++;
        }
        return i;
    }
}
