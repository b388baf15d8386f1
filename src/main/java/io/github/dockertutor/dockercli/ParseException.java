package io.github.dockertutor.dockercli;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * Why a command line could not be read, as a message key and arguments (never a raw Java message),
 * plus, for docker errors, the command whose help to point at ({@code See 'docker run --help'.}).
 */
public final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Message text;
    private final String helpCommand;
    private final int offset;
    private final boolean refusal;
    private final transient Message hint;

    private ParseException(Message text, String helpCommand, int offset, boolean refusal) {
        this(text, helpCommand, offset, refusal, null);
    }

    private ParseException(Message text, String helpCommand, int offset, boolean refusal, Message hint) {
        super(text.key(), null, false, false);
        this.text = text;
        this.helpCommand = helpCommand;
        this.offset = offset;
        this.refusal = refusal;
        this.hint = hint;
    }

    /** An error about a value or a command, not tied to a place in the line. */
    public static ParseException of(String key, Object... args) {
        return new ParseException(Message.of(key, args), null, -1, false);
    }

    /**
     * Not a mistake of the learner's: the line is good docker, but the tutor does not run (part of)
     * it. Such a refusal says so and where to run it instead, and never points at the help as a
     * typing error would.
     */
    public static ParseException refusal(String key, Object... args) {
        return new ParseException(Message.of(key, args), null, -1, true);
    }

    /** A tokenizer error at a char offset in the line (0-based); its 1-based column is among the args. */
    static ParseException at(int offset, String key, Object... args) {
        return new ParseException(Message.of(key, args), null, offset, false);
    }

    /** A tokenizer refusal (good shell, but not run here) at a char offset in the line. */
    static ParseException refusalAt(int offset, String key, Object... args) {
        return new ParseException(Message.of(key, args), null, offset, true);
    }

    /** The same error, followed by docker's pointer to the command's help; a refusal stays as it is. */
    ParseException withHelp(String commandPath) {
        return refusal ? this : new ParseException(text, commandPath, offset, false, hint);
    }

    /** The same error, followed by a line of the tutor's own on this mistake (a likely spelling, the missing dot). */
    ParseException withHint(Message ourLine) {
        return new ParseException(text, helpCommand, offset, refusal, ourLine);
    }

    /** The tutor's own line on this mistake, if it has one. */
    public Optional<Message> hint() {
        return Optional.ofNullable(hint);
    }

    /** Whether the line is good docker the tutor does not run, rather than a mistake. */
    public boolean isRefusal() {
        return refusal;
    }

    public String key() {
        return text.key();
    }

    public List<Object> args() {
        return text.args();
    }

    public Message text() {
        return text;
    }

    /** The command path for {@code See '<path> --help'.}, such as {@code docker run}; empty when none applies. */
    public Optional<String> helpCommand() {
        return Optional.ofNullable(helpCommand);
    }

    /** The char offset in the line where the tokenizer stopped, or -1; the shell may draw a caret from it. */
    public int offset() {
        return offset;
    }

    /** The full text as the learner reads it: the error, the tutor's hint, then the help pointer, each on its own line. */
    public String render(Messages messages) {
        String message = text.render(messages);
        if (hint != null) {
            message += "\n" + hint.render(messages);
        }
        if (helpCommand == null) {
            return message;
        }
        return message + "\n" + messages.get("parse.seeHelp", helpCommand);
    }

    /** English, for logs and test failures only; learners see {@link #render(Messages)}. */
    @Override
    public String getMessage() {
        return render(Messages.of(Language.EN));
    }
}
