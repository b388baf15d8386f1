package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.BuildCommand;
import io.github.dockertutor.dockercli.CommandLineTokenizer;
import io.github.dockertutor.dockercli.ContainerToolCommand;
import io.github.dockertutor.dockercli.CreateCommand;
import io.github.dockertutor.dockercli.DockerCommand;
import io.github.dockertutor.dockercli.DockerCommandParser;
import io.github.dockertutor.dockercli.DockerHelp;
import io.github.dockertutor.dockercli.ExecCommand;
import io.github.dockertutor.dockercli.HelpRequest;
import io.github.dockertutor.dockercli.ImageToolCommand;
import io.github.dockertutor.dockercli.ImagesCommand;
import io.github.dockertutor.dockercli.InspectCommand;
import io.github.dockertutor.dockercli.LogsCommand;
import io.github.dockertutor.dockercli.NotRunHere;
import io.github.dockertutor.dockercli.ObjectCommand;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.dockercli.PruneCommand;
import io.github.dockertutor.dockercli.PsCommand;
import io.github.dockertutor.dockercli.PullCommand;
import io.github.dockertutor.dockercli.RunCommand;
import io.github.dockertutor.dockercli.ShellWord;
import io.github.dockertutor.dockercli.SystemDfCommand;
import io.github.dockertutor.engine.EngineException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@code docker …} line through docker-java, in real docker syntax, so what is learned
 * here works the same in a real terminal. Option errors read like the docker CLI's, in the
 * learner's language; engine faults become one clear sentence and the prompt comes back.
 */
public final class DockerDispatcher {
    /** One for the session: it tells about the tutor's label on the first build only. */
    private final BuildHandler builds = new BuildHandler();
    /** {@code $(docker … $(docker …))} nests; deeper than this is no tutorial's. */
    private static final int MAX_SUBSTITUTION_DEPTH = 3;

    private final InteractiveRunner interactive;

    public DockerDispatcher(InteractiveRunner interactive) {
        this.interactive = interactive;
    }

    /**
     * Runs a docker line as typed: {@code $(docker …)} and the current folder ({@code $(pwd)},
     * {@code ${PWD}}, {@code %cd%}) expanded first, by the tutor itself. Returns what
     * {@link #run(List, ShellContext)} returns.
     */
    public Optional<String> runLine(String line, ShellContext context) {
        Optional<List<String>> words = expand(line, context, 0);
        return words.isEmpty() ? Optional.empty() : run(words.get(), context);
    }

    /**
     * Runs the words of a docker line (the first is "docker"). Returns the read-only listing it
     * was, normalized ("docker images", "docker ps -a", "docker logs web"), for steps whose point
     * is to look at a listing; empty for anything else or when it failed.
     */
    public Optional<String> run(List<String> words, ShellContext context) {
        DockerCommand command;
        try {
            command = DockerCommandParser.parse(words);
        } catch (ParseException e) {
            context.sayText(e.render(context.messages()));
            return Optional.empty();
        }
        try {
            return dispatch(command, context);
        } catch (EngineException e) {
            EngineFaults.report(e, context);
            return Optional.empty();
        }
    }

    private Optional<List<String>> expand(String line, ShellContext context, int depth) {
        List<ShellWord> words;
        try {
            words = CommandLineTokenizer.words(line);
        } catch (ParseException e) {
            context.sayText(e.render(context.messages()));
            return Optional.empty();
        }
        return LineExpansion.expand(words, context, inner -> captured(inner, context, depth + 1));
    }

    /** Runs the docker listing inside $( ) with its output captured; empty when it was refused (said). */
    private Optional<String> captured(String line, ShellContext context, int depth) {
        if (depth > MAX_SUBSTITUTION_DEPTH) {
            context.say("docker.substitution.tooDeep", line);
            return Optional.empty();
        }
        Optional<List<String>> words = expand(line, context, depth);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        DockerCommand command;
        try {
            command = DockerCommandParser.parse(words.get());
        } catch (ParseException e) {
            context.sayText(e.render(context.messages()));
            return Optional.empty();
        }
        if (!isListing(command)) {
            context.say("docker.substitution.notListing", line);
            return Optional.empty();
        }
        StringWriter output = new StringWriter();
        try {
            dispatch(command, Captured.of(context, output));
        } catch (EngineException e) {
            // as in a shell, the outer command still runs, with whatever the inner one printed
            EngineFaults.report(e, context);
        }
        return Optional.of(output.toString());
    }

    /** What may run inside $( ): docker's listings, which change nothing. */
    private static boolean isListing(DockerCommand command) {
        return command instanceof PsCommand || command instanceof ImagesCommand || command instanceof InspectCommand
                || command instanceof ObjectCommand.NetworkList || command instanceof ObjectCommand.VolumeList
                || command instanceof ContainerToolCommand.Port || command instanceof ContainerToolCommand.Diff
                || command instanceof ImageToolCommand.History || command instanceof SystemDfCommand
                || (command instanceof LogsCommand logs && !logs.follow());
    }

    private Optional<String> dispatch(DockerCommand command, ShellContext context) {
        if (command instanceof HelpRequest help) {
            context.out().println(DockerHelp.render(help, context.messages(), context.width()));
        } else if (command instanceof NotRunHere notRun) {
            context.say("docker.notRunHere", notRun.commandPath());
        } else if (command instanceof PullCommand pull) {
            new PullHandler().pull(pull.image(), pull.platform(), pull.quiet(), context);
        } else if (command instanceof ImagesCommand images) {
            new ListingHandler().images(images, context);
            return Optional.of("docker images");
        } else if (command instanceof PsCommand ps) {
            new ListingHandler().ps(ps, context);
            return Optional.of(ps.all() ? "docker ps -a" : "docker ps");
        } else if (command instanceof InspectCommand inspect) {
            new ListingHandler().inspect(inspect, context);
            return Optional.of("docker inspect " + String.join(" ", inspect.targets()));
        } else if (command instanceof LogsCommand logs) {
            new ListingHandler().logs(logs, context);
            return Optional.of("docker logs " + logs.container());
        } else if (command instanceof BuildCommand build) {
            builds.build(build, context);
        } else if (command instanceof RunCommand run) {
            new RunHandler(interactive).run(run.container(), run.detach(), true, run.sigProxy(), context);
        } else if (command instanceof CreateCommand create) {
            new RunHandler(interactive).run(create.container(), true, false, true, context);
        } else if (command instanceof ExecCommand exec) {
            new ExecHandler(interactive).exec(exec, context);
        } else if (command instanceof PruneCommand prune) {
            new PruneHandler().prune(prune, context);
        } else if (command instanceof ContainerToolCommand tool) {
            new ContainerToolHandler().handle(tool, context);
        } else if (command instanceof ObjectCommand object) {
            new ObjectHandler().handle(object, context);
        } else if (command instanceof ImageToolCommand image) {
            new ImageToolHandler().handle(image, context);
        } else if (command instanceof SystemDfCommand df) {
            DiskUsageView.show(df, context);
        } else {
            new LifecycleHandler(interactive).handle(command, context);
        }
        return Optional.empty();
    }
}
