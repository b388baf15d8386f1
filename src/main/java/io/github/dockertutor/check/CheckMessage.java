package io.github.dockertutor.check;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence a check wants to say, kept as a message key and arguments until the shell renders it
 * in the learner's language (which may change between the check and the rendering). An argument
 * may itself be a {@code CheckMessage} or a {@link ShortList}, rendered in the same language.
 */
public record CheckMessage(String key, List<Object> args) {

    public CheckMessage {
        args = List.copyOf(args);
    }

    public static CheckMessage of(String key, Object... args) {
        return new CheckMessage(key, List.of(args));
    }

    /** The sentence in the language of {@code messages}. */
    public String render(Messages messages) {
        Object[] rendered = new Object[args.size()];
        for (int i = 0; i < rendered.length; i++) {
            rendered[i] = renderArg(args.get(i), messages);
        }
        return messages.get(key, rendered);
    }

    private static Object renderArg(Object arg, Messages messages) {
        if (arg instanceof CheckMessage nested) {
            return nested.render(messages);
        }
        if (arg instanceof ShortList list) {
            return list.render(messages);
        }
        return arg;
    }

    /**
     * What a learner sees of a few things: the first {@link #SHOWN}, then "and N more"; "(none)"
     * when there is nothing. Items are names (the same in both languages) or messages.
     */
    public record ShortList(List<Object> items) {
        public static final int SHOWN = 5;

        public ShortList {
            items = List.copyOf(items);
        }

        public static ShortList of(List<?> items) {
            return new ShortList(new ArrayList<>(items));
        }

        String render(Messages messages) {
            if (items.isEmpty()) {
                return messages.get("check.list.none");
            }
            String separator = messages.language() == Language.ZH_TW ? "、" : ", ";
            List<String> shown = new ArrayList<>();
            for (Object item : items.subList(0, Math.min(SHOWN, items.size()))) {
                shown.add(String.valueOf(renderArg(item, messages)));
            }
            String joined = String.join(separator, shown);
            int more = items.size() - shown.size();
            return more == 0 ? joined : messages.get("check.list.more", joined, more);
        }
    }
}
