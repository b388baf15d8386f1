package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.EngineFaults;
import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.BuildCommand;
import io.github.dockertutor.dockercli.CreateCommand;
import io.github.dockertutor.dockercli.DockerCommand;
import io.github.dockertutor.dockercli.DockerCommandParser;
import io.github.dockertutor.dockercli.DockerHelp;
import io.github.dockertutor.dockercli.ExecCommand;
import io.github.dockertutor.dockercli.HelpRequest;
import io.github.dockertutor.dockercli.ImagePruneCommand;
import io.github.dockertutor.dockercli.ImagesCommand;
import io.github.dockertutor.dockercli.InspectCommand;
import io.github.dockertutor.dockercli.LogsCommand;
import io.github.dockertutor.dockercli.NotRunHere;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.dockercli.PsCommand;
import io.github.dockertutor.dockercli.PullCommand;
import io.github.dockertutor.dockercli.RunCommand;
import io.github.dockertutor.engine.EngineException;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@code docker …} line through docker-java, in real docker syntax, so what is learned
 * here works the same in a real terminal. Option errors read like the docker CLI's, in the
 * learner's language; engine faults become one clear sentence and the prompt comes back.
 */
public final class DockerDispatcher {
    private final InteractiveRunner interactive;

    public DockerDispatcher(InteractiveRunner interactive) {
        this.interactive = interactive;
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

    private Optional<String> dispatch(DockerCommand command, ShellContext context) {
        if (command instanceof HelpRequest help) {
            context.out().println(DockerHelp.render(help, context.messages()));
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
            new BuildHandler().build(build, context);
        } else if (command instanceof RunCommand run) {
            new RunHandler(interactive).run(run.container(), run.detach(), true, context);
        } else if (command instanceof CreateCommand create) {
            new RunHandler(interactive).run(create.container(), true, false, context);
        } else if (command instanceof ExecCommand exec) {
            new ExecHandler(interactive).exec(exec, context);
        } else if (command instanceof ImagePruneCommand prune) {
            new PruneHandler().prune(prune, context);
        } else {
            new LifecycleHandler().handle(command, context);
        }
        return Optional.empty();
    }
}
