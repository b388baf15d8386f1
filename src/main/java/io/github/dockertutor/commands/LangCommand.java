package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.session.StepFlow;
import java.util.List;
import java.util.Optional;

/** {@code lang en|zh-TW}: switches the language at once, remembers it, and shows the step again in it. */
public final class LangCommand implements ShellCommand {
    private final StepFlow flow;

    public LangCommand(StepFlow flow) {
        this.flow = flow;
    }

    @Override
    public String name() {
        return "lang";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        if (args.isEmpty()) {
            context.say("shell.lang.current", context.messages().language().tag(), Language.allTags());
            return Outcome.CONTINUE;
        }
        Optional<Language> language = Language.parse(args.get(0));
        if (language.isEmpty()) {
            context.say("app.error.unknownLanguage", args.get(0), Language.allTags());
            return Outcome.CONTINUE;
        }
        context.setMessages(Messages.of(language.get()));
        context.say("shell.lang.switched", language.get().tag());
        flow.languageChanged();
        return Outcome.CONTINUE;
    }
}
