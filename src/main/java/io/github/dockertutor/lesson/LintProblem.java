package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong with a lesson, where it is and what to say about it, in no language yet.
 *
 * @param file       the file (or, for a missing file or a badly named folder, the path that should
 *                   exist or the folder) the problem is in
 * @param line       the 1-based line in that file; 0 when the problem is about the file as a whole
 * @param messageKey the {@code lint.*} key of the message in the bundles
 * @param args       the message's placeholders {@code {0}}, {@code {1}}…, shown as plain text
 */
public record LintProblem(Path file, int line, String messageKey, Object... args) {

    public LintProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** {@code path:line: message} (or {@code path: message} without a line) in the learner's language. */
    public String format(Messages messages) {
        return where() + ": " + text(messages);
    }

    /** The message alone, in the learner's language; an argument may be a {@link Message} of its own. */
    public String text(Messages messages) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Message message ? message.render(messages) : args[i];
        }
        return messages.get(messageKey, shown);
    }

    /** {@code path:line}, or the path alone for a problem about the whole file. */
    public String where() {
        return line > 0 ? file + ":" + line : file.toString();
    }

    /** The same problem about another path to the same file, such as one relative to the current folder. */
    public LintProblem withFile(Path shown) {
        return new LintProblem(shown, line, messageKey, args);
    }

    // records compare array components by reference; problems are compared by content in tests and sets
    @Override
    public boolean equals(Object other) {
        return other instanceof LintProblem that && file.equals(that.file) && line == that.line
                && messageKey.equals(that.messageKey) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return where() + ": " + messageKey + " " + Arrays.toString(args);
    }

    /**
     * Whether this problem is only a missing translation (a Chinese .md file, section, title or
     * hint). Lint still reports it, but the lesson loads and shows the English text under a
     * visible marker, so a teacher can try a new lesson before it is translated.
     */
    public boolean translationGap() {
        String english = io.github.dockertutor.i18n.Language.EN.tag();
        switch (messageKey) {
            case "lint.file.missing":
                return args.length == 1 && String.valueOf(args[0]).endsWith(".md") && !args[0].equals(english + ".md");
            case "lint.md.missingSection":
                return args.length == 2 && !args[1].equals(english + ".md");
            case "lint.title.missing":
                return args.length == 1 && !args[0].equals(english);
            case "lint.hint.missingLanguage":
                return args.length == 3 && !args[2].equals(english);
            default:
                return false;
        }
    }
}
