package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.engine.RegistryPing;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.CourseLocation;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.mirror.DaemonJsonAdvice;
import io.github.dockertutor.mirror.MirrorAddress;
import io.github.dockertutor.mirror.MirrorSeeder;
import io.github.dockertutor.mirror.RegistryProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dockertutor mirror start|stop|status}: the teacher runs Debian's docker-registry as the
 * class's Docker Hub mirror, seeded with the course's images, so a room of learners pulls from the
 * teacher's machine instead of each hitting Docker Hub (and its pull limit).
 */
public final class MirrorCliCommand implements CliCommand {
    @Override
    public String name() {
        return "mirror";
    }

    @Override
    public String usage() {
        return "mirror start|stop|status [--addr HOST:PORT] [--from PACK]";
    }

    @Override
    public List<String> options() {
        return List.of("--addr", "--from");
    }

    @Override
    public int run(Invocation run) {
        Messages messages = run.messages();
        List<String> operands = run.arguments().operands();
        if (operands.size() != 1 || !Set.of("start", "stop", "status").contains(operands.get(0))) {
            run.err().println(messages.get("mirror.error.usage"));
            return ExitCode.USAGE;
        }
        if (!run.environment().osName().toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            run.err().println(messages.get("mirror.error.notLinux", run.environment().osName()));
            return ExitCode.FAILURE;
        }
        RegistryProcess registry = new RegistryProcess(run.environment().dataDirectory().resolve("mirror"),
                run.environment().variables());
        try {
            return switch (operands.get(0)) {
                case "start" -> start(run, registry);
                case "stop" -> stop(run, registry);
                default -> status(run, registry);
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.FAILURE;
        }
    }

    private int start(Invocation run, RegistryProcess registry) throws InterruptedException {
        Messages messages = run.messages();
        PrintWriter out = run.out();
        String addrText = run.arguments().option("--addr").orElse(MirrorAddress.DEFAULT);
        Optional<MirrorAddress> parsed = MirrorAddress.parse(addrText);
        if (parsed.isEmpty()) {
            run.err().println(messages.get("mirror.error.badAddr", addrText));
            return ExitCode.USAGE;
        }
        MirrorAddress address = parsed.get();
        Optional<ProcessHandle> startedHere = Optional.empty();
        Optional<ProcessHandle> running = registry.running();
        if (running.isPresent()) {
            MirrorAddress current = registry.address().orElse(address);
            out.println(messages.get("mirror.already", running.get().pid(), current.listen()));
            address = current;
        } else {
            Optional<Path> program = registry.program();
            if (program.isEmpty()) {
                run.err().println(messages.get("mirror.error.noRegistry"));
                return ExitCode.FAILURE;
            }
            if (RegistryPing.ping(address.local(), RegistryPing.TIMEOUT).detail().startsWith("HTTP")) {
                run.err().println(messages.get("mirror.error.portTaken", address.local()));
                return ExitCode.FAILURE;
            }
            try {
                ProcessHandle started = registry.start(program.get(), address);
                startedHere = Optional.of(started);
                out.println(messages.get("mirror.started", started.pid(), address.listen(), registry.folder()));
            } catch (IOException e) {
                run.err().println(messages.get("mirror.error.startFailed", address.listen(), registry.logFile(),
                        lastLines(registry.logFile())));
                return ExitCode.FAILURE;
            }
        }
        Optional<String> pack = run.arguments().option("--from");
        if (pack.isPresent()) {
            // the pack's images go into the teacher's engine exactly as 'dockertutor load' puts them
            // there (checked first, refused whole if damaged), and from there into the mirror
            out.println(messages.get("mirror.from.loading", pack.get()));
            var arguments = run.arguments();
            int loaded = new LoadCliCommand().run(new Invocation(new CliArguments(arguments.language(),
                    arguments.lessons(), arguments.workspace(), arguments.host(), "load", List.of(pack.get()),
                    Map.of()), run.environment(), messages, run.in(), out, run.err()));
            if (loaded != ExitCode.OK) {
                // a mirror this command started, with nothing of the refused pack in it: not left running
                if (startedHere.isPresent()) {
                    registry.stop(startedHere.get());
                    run.err().println(messages.get("mirror.from.stopped", startedHere.get().pid()));
                }
                return loaded;
            }
        }
        seed(run, address);
        new DaemonJsonAdvice(messages).print(address.forLearners(), out);
        return ExitCode.OK;
    }

    /** Pushes the course's images from the teacher's engine; a mirror without an engine starts empty. */
    private static void seed(Invocation run, MirrorAddress address) {
        Messages messages = run.messages();
        Set<String> images = new LinkedHashSet<>();
        for (Lesson lesson : CourseLocation.load(run.arguments().lessons()).lessons()) {
            images.addAll(lesson.images());
        }
        var environment = run.environment();
        try (EngineSession session = new EngineSession(new EngineLocator(new EngineDiscovery(run.arguments().host(),
                environment.variables(), environment.home(), environment.osName()), new EngineProbe()))) {
            if (!session.connect().found()) {
                run.out().println(messages.get("mirror.seed.noEngine"));
                return;
            }
            run.out().println(messages.get("mirror.seed.header", String.join(", ", images)));
            for (MirrorSeeder.Seeded seeded : new MirrorSeeder(new DockerEngine(session))
                    .seed(List.copyOf(images), address.local())) {
                run.out().println(seeded.pushed()
                        ? messages.get("mirror.seed.pushed", seeded.image())
                        : messages.get("mirror.seed.skipped", seeded.image(),
                                messages.get(seeded.key(), seeded.args().toArray())));
            }
        }
    }

    private static int stop(Invocation run, RegistryProcess registry) throws InterruptedException {
        Optional<ProcessHandle> running = registry.running();
        if (running.isEmpty()) {
            run.out().println(run.messages().get("mirror.notRunning"));
            return ExitCode.OK;
        }
        registry.stop(running.get());
        run.out().println(run.messages().get("mirror.stopped", running.get().pid(), registry.folder()));
        return ExitCode.OK;
    }

    private static int status(Invocation run, RegistryProcess registry) {
        Messages messages = run.messages();
        Optional<ProcessHandle> running = registry.running();
        if (running.isEmpty()) {
            run.out().println(messages.get("mirror.notRunning"));
            return ExitCode.FAILURE;
        }
        MirrorAddress address = registry.address().orElseThrow();
        RegistryPing.Outcome ping = RegistryPing.ping(address.local(), RegistryPing.TIMEOUT);
        run.out().println(messages.get(ping.answers() ? "mirror.status.answers" : "mirror.status.silent",
                running.get().pid(), address.listen(), ping.detail()));
        new DaemonJsonAdvice(messages).print(address.forLearners(), run.out());
        return ping.answers() ? ExitCode.OK : ExitCode.FAILURE;
    }

    /** The registry's last words; only the end of its log is read, however long the log has grown. */
    private static String lastLines(Path log) {
        try (var channel = java.nio.channels.FileChannel.open(log)) {
            long size = channel.size();
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(size, 8192));
            channel.read(tail, size - tail.capacity());
            List<String> lines = new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
