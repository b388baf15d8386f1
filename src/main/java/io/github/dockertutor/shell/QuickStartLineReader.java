package io.github.dockertutor.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader, with its built-in widgets (the editing actions its keys are bound to) made
 * when first used rather than before the first prompt. JLine makes each of its 145 widgets from a
 * method reference, and the JVM links each reference the first time it is made: 10 to 25 ms on the
 * thread that opens the terminal, the longest way to the first prompt (bench/README, "seventh
 * look"). Here each name gets a stand-in that asks for JLine's own widget when a key calls it;
 * {@link #linkWidgets()} makes them all at once, on the opening thread after the terminal is handed
 * over, while the greeting is printed.
 */
final class QuickStartLineReader extends LineReaderImpl {
    /**
     * The names of JLine's built-in widgets, as {@code LineReaderImpl.builtinWidgets()} of the JLine
     * in pom.xml makes them; QuickStartLineReaderTest fails when a new JLine has other names.
     */
    static final List<String> BUILT_IN_WIDGETS = List.of(
            "abort", "accept-and-hold", "accept-and-infer-next-history", "accept-line",
            "accept-line-and-down-history", "argument-base", "backward-char", "backward-delete-char",
            "backward-delete-word", "backward-kill-line", "backward-kill-word", "backward-word",
            "beep", "begin-paste", "beginning-of-buffer-or-history", "beginning-of-history",
            "beginning-of-line", "beginning-of-line-hist", "capitalize-word", "clear", "clear-screen",
            "complete-prefix", "complete-word", "copy-prev-word", "copy-region-as-kill", "delete-char",
            "delete-char-or-list", "delete-word", "digit-argument", "do-lowercase-version",
            "down-case-word", "down-history", "down-line", "down-line-or-history",
            "down-line-or-search", "edit-and-execute-command", "emacs-backward-word",
            "emacs-editing-mode", "emacs-forward-word", "end-of-buffer-or-history", "end-of-history",
            "end-of-line", "end-of-line-hist", "exchange-point-and-mark", "expand-history",
            "expand-or-complete", "expand-or-complete-prefix", "expand-word", "forward-char",
            "forward-word", "fresh-line", "history-incremental-search-backward",
            "history-incremental-search-forward", "history-search-backward", "history-search-forward",
            "insert-close-curly", "insert-close-paren", "insert-close-square", "insert-comment",
            "kill-buffer", "kill-line", "kill-region", "kill-whole-line", "kill-word", "list-choices",
            "menu-complete", "menu-expand-or-complete", "mouse", "neg-argument", "overwrite-mode",
            "quoted-insert", "redisplay", "redo", "redraw-line", "self-insert", "self-insert-unmeta",
            "set-mark-command", "terminal-focus-in", "terminal-focus-out", "transpose-chars",
            "transpose-words", "undefined-key", "undo", "universal-argument", "up-case-word",
            "up-history", "up-line", "up-line-or-history", "up-line-or-search", "vi-add-eol",
            "vi-add-next", "vi-backward-blank-word", "vi-backward-blank-word-end", "vi-backward-char",
            "vi-backward-delete-char", "vi-backward-kill-word", "vi-backward-word",
            "vi-backward-word-end", "vi-beginning-of-line", "vi-change-eol", "vi-change-to",
            "vi-change-whole-line", "vi-cmd-mode", "vi-delete", "vi-delete-char",
            "vi-digit-or-beginning-of-line", "vi-down-line-or-history", "vi-end-of-line",
            "vi-find-next-char", "vi-find-next-char-skip", "vi-find-prev-char",
            "vi-find-prev-char-skip", "vi-first-non-blank", "vi-forward-blank-word",
            "vi-forward-blank-word-end", "vi-forward-char", "vi-forward-word", "vi-forward-word-end",
            "vi-history-search-backward", "vi-history-search-forward", "vi-insert", "vi-insert-bol",
            "vi-insert-comment", "vi-join", "vi-kill-eol", "vi-kill-line", "vi-match-bracket",
            "vi-open-line-above", "vi-open-line-below", "vi-put-after", "vi-put-before",
            "vi-repeat-find", "vi-repeat-search", "vi-replace-chars", "vi-rev-repeat-find",
            "vi-rev-repeat-search", "vi-swap-case", "vi-up-line-or-history", "vi-yank",
            "vi-yank-whole-line", "visual-line-mode", "visual-mode", "what-cursor-position", "yank",
            "yank-pop");

    private final Object linking = new Object();
    private volatile Map<String, Widget> linked;

    QuickStartLineReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
    }

    /** Called by JLine's constructor, before this class's fields are set: stand-ins only. */
    @Override
    protected Map<String, Widget> builtinWidgets() {
        Map<String, Widget> widgets = new HashMap<>();
        for (String name : BUILT_IN_WIDGETS) {
            widgets.put(name, new StandIn(name));
        }
        return widgets;
    }

    /** Makes JLine's own widgets now, if no key has made them yet. */
    void linkWidgets() {
        linked();
    }

    /** Whether JLine's own widgets have been made. */
    boolean widgetsLinked() {
        return linked != null;
    }

    private Map<String, Widget> linked() {
        Map<String, Widget> widgets = linked;
        if (widgets == null) {
            synchronized (linking) {
                widgets = linked;
                if (widgets == null) {
                    widgets = super.builtinWidgets();
                    linked = widgets;
                }
            }
        }
        return widgets;
    }

    /** A built-in widget's place in the maps JLine keeps, until JLine's own is made. */
    final class StandIn implements Widget {
        private final String name;

        StandIn(String name) {
            this.name = name;
        }

        @Override
        public boolean apply() {
            Widget widget = linked().get(name);
            return widget != null && widget.apply();
        }

        /** As JLine names its built-in widgets, for messages that show which widget a key runs. */
        @Override
        public String toString() {
            return "." + name;
        }
    }
}
