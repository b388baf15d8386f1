package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.render.Columns;
import java.util.List;
import java.util.Optional;

/** {@code help [command]}: the list of commands, or one command's full help. */
public final class HelpCommand implements ShellCommand {
    @Override
    public String name() {
        return "help";
    }

    @Override
    public List<String> aliases() {
        return List.of("?");
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (!args.isEmpty()) {
            Optional<ShellCommand> command = context.commands().find(args.get(0));
            if (command.isEmpty()) {
                context.say("shell.unknownCommand", args.get(0));
            } else {
                context.say(command.get().summaryKey() + ".help");
            }
            return Outcome.CONTINUE;
        }
        context.say("shell.help.header");
        int width = 0;
        for (ShellCommand command : context.commands().all()) {
            width = Math.max(width, command.name().length());
        }
        for (ShellCommand command : context.commands().all()) {
            context.sayLabelled("  " + Columns.padRight(command.name(), width) + "  ",
                    context.messages().get(command.summaryKey()));
        }
        context.say("shell.help.docker");
        context.say("shell.help.footer");
        return Outcome.CONTINUE;
    }
}
