package io.github.dockertutor.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * What a learner sees of a few things: the first {@link #SHOWN}, then "and N more"; "(none)" when
 * there is nothing. Items are names (the same in both languages) or {@link Message}s.
 */
public record ShortList(List<Object> items) {
    public static final int SHOWN = 5;

    public ShortList {
        items = List.copyOf(items);
    }

    public static ShortList of(List<?> items) {
        return new ShortList(new ArrayList<>(items));
    }

    /** The list in the language of {@code messages}, with that language's separator. */
    public String render(Messages messages) {
        if (items.isEmpty()) {
            return messages.get("list.none");
        }
        String separator = messages.language() == Language.ZH_TW ? "、" : ", ";
        List<String> shown = new ArrayList<>();
        for (Object item : items.subList(0, Math.min(SHOWN, items.size()))) {
            shown.add(String.valueOf(Message.renderArg(item, messages)));
        }
        String joined = String.join(separator, shown);
        int more = items.size() - shown.size();
        return more == 0 ? joined : messages.get("list.more", joined, more);
    }
}
