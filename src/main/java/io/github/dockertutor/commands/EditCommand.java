package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.tui.TextEditor;
import io.github.dockertutor.workspace.WorkspaceFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;

/**
 * {@code edit FILE}: a workspace file in the editor the learner chose, as git picks one ($VISUAL,
 * then $EDITOR, run by the shell so "code --wait" works), or else in the tutor's own editor
 * ({@link TextEditor}), which reads and saves only this file, through the workspace's rules. The
 * step is checked when the editor closes, as after any command; a save from an editor that keeps
 * running on its own is seen by the workspace watch.
 */
public final class EditCommand implements ShellCommand {
    private final Optional<Terminal> terminal;

    public EditCommand(Optional<Terminal> terminal) {
        this.terminal = terminal;
    }

    @Override
    public boolean checksStep() {
        return true;
    }

    @Override
    public String name() {
        return "edit";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (args.size() != 1) {
            context.say("shell.edit.usage");
            return Outcome.CONTINUE;
        }
        Optional<Path> file = context.workspace().resolve(args.get(0));
        if (file.isEmpty()) {
            context.say("shell.workspace.outside", args.get(0));
            return Outcome.CONTINUE;
        }
        if (terminal.isEmpty()) {
            // a script has no one to edit with: the learner's own editor is not started either
            context.say("shell.edit.needsTerminal", file.get());
            return Outcome.CONTINUE;
        }
        Optional<String> chosen = ExternalEditor.chosen(context.environment());
        if (chosen.isPresent()) {
            new ExternalEditor(chosen.get()).edit(file.get(), context);
        } else {
            builtIn(file.get(), args.get(0), context);
        }
        return Outcome.CONTINUE;
    }

    private void builtIn(Path file, String typed, ShellContext context) {
        WorkspaceFiles files = new WorkspaceFiles(context.workspace());
        String shown = context.workspace().display(file);
        Optional<String> text;
        try {
            Optional<byte[]> bytes = files.read(file);
            text = bytes.isEmpty() ? Optional.of("") : decoded(bytes.get());
            if (text.isEmpty()) {
                context.say("shell.edit.notText", shown);
                return;
            }
        } catch (IOException e) {
            context.say("shell.workspace.cannotRead", typed, e.getMessage());
            return;
        }
        TextEditor editor = new TextEditor(terminal.get(), context.messages(), shown, text.get(), content -> {
            try {
                files.save(file, content.getBytes(StandardCharsets.UTF_8));
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                context.log().record("edit: saving " + file, e);
                return Optional.of(context.messages().get("shell.workspace.cannotWrite", typed, e.getMessage()));
            }
        });
        try {
            editor.run();
        } catch (IOException e) {
            context.log().record("edit: the terminal failed", e);
        }
        context.say("shell.edit.saved", shown);
    }

    /** The text of a UTF-8 file; empty for anything else (a NUL byte, bytes that are not UTF-8). */
    static Optional<String> decoded(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
