package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.BuildCommand;
import io.github.dockertutor.dockercli.EnvVar;
import io.github.dockertutor.dockercli.ImageReference;
import io.github.dockertutor.engine.BuildContext;
import io.github.dockertutor.engine.BuildResult;
import io.github.dockertutor.engine.BuildSpec;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.tui.HumanUnits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code docker build -t NAME [-f FILE] [--build-arg K=V] PATH}: the context must be inside the
 * workspace, a context over 100 MB is announced before it is sent, and every build step streams
 * as the engine reports it.
 */
final class BuildHandler {
    private boolean labelExplained;
    static final long LARGE_CONTEXT_BYTES = 100L * 1000 * 1000;

    void build(BuildCommand command, ShellContext context) {
        Optional<Path> contextDir = context.workspace().resolve(command.context());
        if (contextDir.isEmpty()) {
            context.say("docker.build.outsideWorkspace", command.context(), context.workspace().root());
            return;
        }
        if (!Files.isDirectory(contextDir.get())) {
            context.say("docker.build.noContext", command.context());
            return;
        }
        String dockerfile = command.dockerfile().orElse("Dockerfile");
        Optional<Path> dockerfilePath = context.workspace().resolve(
                contextDir.get().resolve(dockerfile).toString());
        if (dockerfilePath.isEmpty() || !dockerfilePath.get().startsWith(contextDir.get())) {
            context.say("docker.build.dockerfileOutside", dockerfile);
            return;
        }
        if (!Files.isRegularFile(dockerfilePath.get())) {
            context.say("fault.build.noDockerfile", dockerfile, command.context(),
                    "edit " + context.workspace().display(dockerfilePath.get()), contextDir.get());
            return;
        }
        LineEndings.offerConversion(contextDir.get(), dockerfilePath.get(), context);
        BuildContext files;
        try {
            files = BuildContext.scan(contextDir.get(), contextDir.get().relativize(dockerfilePath.get()).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.totalBytes() > LARGE_CONTEXT_BYTES
                && !context.confirm("docker.build.largeContext", HumanUnits.size(files.totalBytes()))) {
            return;
        }
        List<String> tags = new ArrayList<>();
        for (ImageReference tag : command.tags()) {
            tags.add(tag.normalize().familiarName());
        }
        if (!labelExplained) {
            // once a session: four lines before every build would push the build's own output away
            context.say("docker.build.label", Engine.LESSON_LABEL, context.lessonLabel());
            labelExplained = true;
        }
        Map<String, String> buildArgs = new LinkedHashMap<>();
        for (EnvVar arg : command.buildArgs()) {
            // a bare NAME takes the value from the tutor's environment; unset there, the Dockerfile's default stays
            String value = arg.value().orElse(context.environment().get(arg.name()));
            if (value != null) {
                buildArgs.put(arg.name(), value);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        command.labels().forEach(label -> labels.put(label.key(), label.value()));
        labels.putAll(context.creationLabels());
        BuildSpec spec = new BuildSpec(contextDir.get(), contextDir.get().relativize(dockerfilePath.get()).toString()
                .replace('\\', '/'), tags, buildArgs, command.noCache(), labels, command.target(), command.pull(),
                command.remove(), command.forceRemove(), command.platform().filter(p -> !p.isEmpty()));
        BuildOutputView view = new BuildOutputView(context.screen(), context.messages());
        BuildResult result;
        try {
            result = context.interrupts().run(cancellation -> context.engine().build(spec, files,
                    command.quiet() ? line -> { } : view, cancellation));
        } catch (EngineException e) {
            String words = java.util.Arrays.stream(e.args()).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(" "));
            Optional<Message> why = e.fault() == EngineException.Fault.REFUSED
                    ? BuildFailures.explain(words, dockerfile) : Optional.empty();
            if (why.isEmpty()) {
                throw e;
            }
            // Docker's own words first (what a search finds), then ours: what they mean, where to fix
            io.github.dockertutor.console.EngineFaults.report(e, context);
            context.sayText(why.get().render(context.messages()));
            return;
        }
        view.finish(result);
        if (result.imageId() != null) {
            context.created().image(result.imageId(), result.tags());
        }
    }
}
