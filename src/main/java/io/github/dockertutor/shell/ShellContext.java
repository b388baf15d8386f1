package io.github.dockertutor.shell;

import io.github.dockertutor.Environment;
import io.github.dockertutor.ErrorLog;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;

/** What a command may use: the learner's language, the output, the engine, the machine. */
public final class ShellContext {
    private final Environment environment;
    private final EngineSession engine;
    private final ErrorLog log;
    private final PrintWriter out;
    private final CommandRegistry commands;
    private Messages messages;

    ShellContext(Environment environment, EngineSession engine, ErrorLog log, PrintWriter out,
            CommandRegistry commands, Messages messages) {
        this.environment = environment;
        this.engine = engine;
        this.log = log;
        this.out = out;
        this.commands = commands;
        this.messages = messages;
    }

    public Environment environment() {
        return environment;
    }

    public EngineSession engine() {
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

    public Messages messages() {
        return messages;
    }

    /** Switches the language; everything printed after this is in the new one. */
    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    /** Prints a message from the bundles. */
    public void say(String key, Object... args) {
        out.println(messages.get(key, args));
        out.flush();
    }
}
