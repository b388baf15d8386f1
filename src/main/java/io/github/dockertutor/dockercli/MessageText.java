package io.github.dockertutor.dockercli;

import io.github.dockertutor.i18n.Messages;
import java.util.List;

/** A message key with its arguments, rendered later in the learner's language; an argument may itself be one. */
public record MessageText(String key, List<Object> args) {
    public MessageText {
        args = List.copyOf(args);
    }

    public static MessageText of(String key, Object... args) {
        return new MessageText(key, List.of(args));
    }

    /** The text in the given language, with nested message arguments rendered first. */
    public String render(Messages messages) {
        Object[] rendered = new Object[args.size()];
        for (int i = 0; i < rendered.length; i++) {
            Object arg = args.get(i);
            rendered[i] = arg instanceof MessageText nested ? nested.render(messages) : arg;
        }
        return messages.get(key, rendered);
    }
}
