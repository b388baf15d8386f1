package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.render.Columns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code cat FILE}: a workspace file's text (the first 200 kB; binary files are named, not printed). */
public final class CatCommand implements ShellCommand {
    private static final int MAX_BYTES = 200_000;

    @Override
    public String name() {
        return "cat";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (args.isEmpty()) {
            context.say("shell.cat.usage");
            return Outcome.CONTINUE;
        }
        for (String name : args) {
            Optional<Path> file = context.workspace().resolve(name);
            if (file.isEmpty()) {
                context.say("shell.workspace.outside", name);
                continue;
            }
            if (!Files.isRegularFile(file.get())) {
                context.say("shell.workspace.missing", name);
                continue;
            }
            try {
                long size = Files.size(file.get());
                byte[] bytes;
                try (java.io.InputStream in = Files.newInputStream(file.get())) {
                    // only what is shown is read: a learner's 2 GB data file must not exhaust memory
                    bytes = in.readNBytes(MAX_BYTES);
                }
                int shown = bytes.length;
                for (int i = 0; i < shown; i++) {
                    if (bytes[i] == 0) {
                        context.say("shell.cat.binary", name);
                        shown = -1;
                        break;
                    }
                }
                if (shown < 0) {
                    continue;
                }
                String text = new String(bytes, 0, shown, StandardCharsets.UTF_8).replace("\r", "");
                // a file's own escape sequences and bidi overrides must not take over the learner's terminal
                StringBuilder shownText = new StringBuilder();
                for (String line : text.split("\n", -1)) {
                    shownText.append(Columns.printable(line.replace("\t", "    "))).append('\n');
                }
                text = shownText.substring(0, shownText.length() - 1);
                context.out().print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
                if (size > MAX_BYTES) {
                    context.say("shell.cat.truncated", size);
                }
            } catch (IOException e) {
                context.say("shell.workspace.cannotRead", name, e.getMessage());
            }
        }
        context.out().flush();
        return Outcome.CONTINUE;
    }
}
