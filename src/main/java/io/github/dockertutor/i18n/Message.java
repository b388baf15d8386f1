package io.github.dockertutor.i18n;

import java.util.List;

/**
 * A sentence kept as a message key and its arguments until it is shown, in the learner's language
 * then (which may change between when it is made and when it is shown). An argument may itself be
 * a {@code Message} or a {@link ShortList}, rendered in the same language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** The sentence in the language of {@code messages}. */
    public String render(Messages messages) {
        Object[] rendered = new Object[args.size()];
        for (int i = 0; i < rendered.length; i++) {
            rendered[i] = renderArg(args.get(i), messages);
        }
        return messages.get(key, rendered);
    }

    static Object renderArg(Object arg, Messages messages) {
        if (arg instanceof Message nested) {
            return nested.render(messages);
        }
        if (arg instanceof ShortList list) {
            return list.render(messages);
        }
        return arg;
    }
}
