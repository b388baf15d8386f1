package io.github.dockertutor.console;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.ErrorLog;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.render.MarkdownRenderer;
import io.github.dockertutor.render.RenderLabels;
import io.github.dockertutor.render.RenderOptions;
import io.github.dockertutor.render.TextFit;
import io.github.dockertutor.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jline.utils.AttributedString;

/** What a command may use: the learner's language, the output, the engine, the workspace, the machine. */
public final class ShellContext {
    /** Columns left after a question's last line for the learner's answer (y, yes, 好). */
    private static final int ANSWER_ROOM = 5;
    private final Environment environment;
    private final EngineSession session;
    private final Engine engine;
    private final ErrorLog log;
    private final PrintWriter out;
    private final CommandRegistry commands;
    private final Interrupts interrupts;
    private final Workspace workspace;
    private final Function<String, Optional<String>> askLine;
    private Messages messages;
    private String lessonLabel = "none";
    private Optional<String> learner = Optional.empty();
    private java.util.function.IntSupplier width = () -> 80;
    private java.util.function.IntSupplier height = () -> Integer.MAX_VALUE;
    private boolean color;
    private io.github.dockertutor.tui.Screen screen;
    private CreationRecord created = CreationRecord.NONE;

    public ShellContext(Environment environment, EngineSession session, Engine engine, ErrorLog log, PrintWriter out,
            CommandRegistry commands, Messages messages, Interrupts interrupts, Workspace workspace,
            Function<String, Optional<String>> askLine) {
        this.environment = environment;
        this.session = session;
        this.engine = engine;
        this.log = log;
        this.out = out;
        this.commands = commands;
        this.messages = messages;
        this.interrupts = interrupts;
        this.workspace = workspace;
        this.askLine = askLine;
    }

    public Environment environment() {
        return environment;
    }

    public EngineSession engineSession() {
        return session;
    }

    public Engine engine() {
        return engine;
    }

    public ErrorLog log() {
        return log;
    }

    public PrintWriter out() {
        return out;
    }

    public CommandRegistry commands() {
        return commands;
    }

    public Interrupts interrupts() {
        return interrupts;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Messages messages() {
        return messages;
    }

    /** Switches the language; everything printed after this is in the new one. */
    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    /** The value of the dockertutor.lesson label for what the tutor creates now: the current lesson's id. */
    public String lessonLabel() {
        return lessonLabel;
    }

    public void setLessonLabel(String lessonId) {
        this.lessonLabel = lessonId;
    }

    /** The learner's prefix on a shared engine (--prefix), carried as a label by what the tutor creates. */
    public Optional<String> learner() {
        return learner;
    }

    public void setLearner(Optional<String> prefix) {
        this.learner = prefix;
    }

    /** The labels of what the tutor creates now: the lesson, and the learner when there is one. */
    public java.util.Map<String, String> creationLabels() {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put(io.github.dockertutor.engine.Engine.LESSON_LABEL, lessonLabel);
        learner.ifPresent(prefix -> labels.put(io.github.dockertutor.engine.Engine.LEARNER_LABEL, prefix));
        return labels;
    }

    /** Where the docker commands note the containers and images the tutor creates, for cleanup. */
    public CreationRecord created() {
        return created;
    }

    public void setCreationRecord(CreationRecord record) {
        this.created = record;
    }

    /** The terminal's width in columns (80 when it is not a terminal). */
    public int width() {
        return Math.max(20, width.getAsInt());
    }

    /** The terminal's height in lines; unlimited when the output is not a terminal. */
    public int height() {
        int lines = height.getAsInt();
        return lines > 0 ? lines : Integer.MAX_VALUE;
    }

    /** Where the height comes from: the terminal, measured each time (the window may be resized). */
    public void setHeight(java.util.function.IntSupplier height) {
        this.height = height;
    }

    /** Whether to use colour and styles: a real terminal, without NO_COLOR. */
    public boolean color() {
        return color;
    }

    public void setDisplay(java.util.function.IntSupplier width, boolean color, io.github.dockertutor.tui.Screen screen) {
        this.width = width;
        this.color = color;
        this.screen = screen;
    }

    /** Where docker output goes: tables, pull bars, build steps (a live terminal or plain lines). */
    public io.github.dockertutor.tui.Screen screen() {
        return screen;
    }

    /** Prints a message from the bundles, wrapped to the terminal's width (CJK counts two columns). */
    public void say(String key, Object... args) {
        sayText(messages.get(key, args));
    }

    /**
     * Prints text already in the learner's language (a rendered error), wrapped as {@link #say}
     * wraps: between words, each line's continuation under its text ({@link TextFit}). What a
     * message quotes comes from data (a name, a path, a tag), so control and bidi characters in it
     * are shown escaped, never sent to the terminal as they are.
     */
    public void sayText(String text) {
        for (String line : text.split("\n", -1)) {
            for (String wrapped : TextFit.lines(Columns.printable(line), width())) {
                out.println(wrapped);
            }
        }
        out.flush();
    }

    /**
     * Prints a label and its text, the text's lines after the first under its start: a list of
     * names and what they are (help, lessons), fitted to the width.
     */
    public void sayLabelled(String label, String text) {
        // the text may quote data (a lesson title): escaped like everything sayText prints
        for (String line : TextFit.hanging(Columns.printable(label), Columns.printable(text), width())) {
            out.println(line);
        }
        out.flush();
    }

    /**
     * Prints code the learner may type or copy (a solution's command, a file's content) the way
     * lessons show it: between rules, and a line too wide going on after {@code " \"}, never cut.
     */
    public void showCode(String language, String code) {
        RenderOptions options = new RenderOptions(width(), color, color, RenderLabels.from(messages));
        for (AttributedString line : new MarkdownRenderer(options).code(language, code)) {
            out.println(color ? line.toAnsi() : line.toString());
        }
        out.flush();
    }

    /**
     * Prints text written in Markdown (a hint from lesson.yaml) the way lessons are shown: code
     * marked as code, wrapped to the width.
     */
    public void sayMarkdown(String markdown) {
        RenderOptions options = new RenderOptions(width(), color, color, RenderLabels.from(messages));
        for (AttributedString line : new MarkdownRenderer(options).render(markdown)) {
            out.println(color ? line.toAnsi() : line.toString());
        }
        out.flush();
    }

    /** Asks a yes/no question; anything but a yes (y, yes, 是, 好) is a no, and so is the end of input. */
    public boolean confirm(String key, Object... args) {
        // the question wrapped like any message; its last line is the prompt, with room to answer
        String question = messages.get(key, args) + " " + messages.get("shell.yesNo");
        List<String> lines = TextFit.lines(question, width() - ANSWER_ROOM);
        for (String line : lines.subList(0, lines.size() - 1)) {
            out.println(line);
        }
        out.flush();
        Optional<String> answer = askLine.apply(lines.get(lines.size() - 1) + " ");
        if (answer.isEmpty()) {
            return false;
        }
        String text = answer.get().trim().toLowerCase(Locale.ROOT);
        return text.equals("y") || text.equals("yes") || text.equals("是") || text.equals("好") || text.equals("對");
    }
}
