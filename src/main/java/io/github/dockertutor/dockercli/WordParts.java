package io.github.dockertutor.dockercli;

import java.util.ArrayList;
import java.util.List;

/** Collects the parts of the word being read; adjacent text of the same quoting joins into one part. */
final class WordParts {
    private final List<ShellWord.Part> parts = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean textQuoted;
    private boolean started;

    void text(String more, boolean quoted) {
        if (text.length() > 0 && quoted != textQuoted) {
            flush();
        }
        text.append(more);
        textQuoted = quoted;
        started = true;
    }

    void part(ShellWord.Part part) {
        flush();
        parts.add(part);
        started = true;
    }

    /** Whether anything (even an empty quoted string) has begun a word. */
    boolean started() {
        return started;
    }

    /** Ends the word, if one was begun, and adds it. */
    void end(List<ShellWord> words) {
        if (!started) {
            return;
        }
        flush();
        if (parts.isEmpty()) {
            parts.add(new ShellWord.Text("", true));
        }
        words.add(new ShellWord(parts));
        parts.clear();
        started = false;
    }

    private void flush() {
        if (text.length() > 0) {
            parts.add(new ShellWord.Text(text.toString(), textQuoted));
            text.setLength(0);
        }
    }
}
