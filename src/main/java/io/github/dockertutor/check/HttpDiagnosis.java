package io.github.dockertutor.check;

import io.github.dockertutor.engine.Cancellation;
import io.github.dockertutor.engine.ContainerDetails;
import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.ShortList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Why a page does not answer as it should, found in the engine's state and traced to the part of
 * the work to fix: a container that exited (its code and last lines), a server that listens on
 * another port than the one published or only on 127.0.0.1 inside its container, a page file that
 * is not in the image, a page from an image built before the page changed. Runs only when the
 * learner asks ({@link CheckContext#explain}): it reads logs and looks inside containers.
 */
final class HttpDiagnosis {
    private static final int LOG_LINES = 5;
    private static final int MAX_FILE = 64 * 1024;
    /** 128 + SIGINT: what a program ended by Ctrl-C exits with ({@code docker stop} sends SIGTERM: 143). */
    private static final int SIGINT_EXIT = 130;

    private final CheckContext context;
    private final int port;
    private final String shown;

    HttpDiagnosis(CheckContext context, int port, String shown) {
        this.context = context;
        this.port = port;
        this.shown = shown;
    }

    /** Nothing publishes the port: a container of this lesson that exited says why, if there is one. */
    CheckResult notPublished(CheckResult plain) {
        if (!context.explain()) {
            return plain.because(CheckResult.RUN);
        }
        Engine engine = context.engine();
        Optional<ContainerSummary> exited = engine.containers(true).stream()
                .filter(c -> "exited".equals(c.state()) || "created".equals(c.state()))
                .filter(context.createdThisLesson())
                .max(Comparator.comparingLong(ContainerSummary::created));
        if (exited.isEmpty()) {
            return plain.because(CheckResult.RUN);
        }
        ContainerSummary container = exited.get();
        Optional<ContainerDetails> details = engine.inspectContainer(container.id());
        if (details.isPresent() && "created".equals(details.get().status())) {
            return CheckResult.failed("check.http.neverStarted", shown, container.name()).because(CheckResult.RUN);
        }
        List<String> last = lastLines(engine, container.id());
        int code = details.map(ContainerDetails::exitCode).orElse(0);
        if (code == SIGINT_EXIT) {
            // a server run in the foreground, then Ctrl-C: it was meant to keep running, with -d
            return CheckResult.failed("check.http.stoppedInForeground", shown, container.name()).because(CheckResult.RUN);
        }
        // 126 and 127: the command itself cannot run, which the Dockerfile's CMD decides
        String cause = code == 126 || code == 127 ? CheckResult.DOCKERFILE : CheckResult.RUN;
        return CheckResult.failed("check.http.exited", shown, container.name(), code,
                last.isEmpty() ? Message.of("check.http.noOutput") : String.join(" | ", last)).because(cause);
    }

    /** The port is published but nothing answers: what listens inside the container, and where. */
    CheckResult noAnswer(CheckResult plain, ContainerSummary publisher, int inside) {
        if (!context.explain()) {
            return plain.because(CheckResult.RUN);
        }
        List<String> lines = new ArrayList<>();
        try {
            context.engine().execAndStream(publisher.id(), List.of("cat", "/proc/net/tcp", "/proc/net/tcp6"), false,
                    lines::add, new Cancellation());
        } catch (RuntimeException e) {
            return plain.because(CheckResult.RUN);
        }
        List<ListeningSockets.Socket> sockets = ListeningSockets.parse(lines);
        if (sockets.isEmpty()) {
            return CheckResult.failed("check.http.nothingListens", shown, publisher.name()).because(CheckResult.DOCKERFILE);
        }
        Optional<ListeningSockets.Socket> onPort = sockets.stream().filter(s -> s.port() == inside).findFirst();
        if (onPort.isPresent() && onPort.get().loopbackOnly()) {
            return CheckResult.failed("check.http.loopbackOnly", shown, publisher.name(), inside)
                    .because(CheckResult.DOCKERFILE);
        }
        if (onPort.isEmpty()) {
            List<Integer> ports = sockets.stream().map(ListeningSockets.Socket::port).distinct().sorted().toList();
            return CheckResult.failed("check.http.otherPort", shown, publisher.name(), ShortList.of(ports), port, inside)
                    .because(CheckResult.RUN);
        }
        return plain.because(CheckResult.RUN);
    }

    /** The server answered, but not the page: is the file in the container where the server looks? */
    CheckResult wrongPage(CheckResult plain, Optional<ContainerSummary> publisher, String file, boolean missing) {
        if (!context.explain() || publisher.isEmpty()) {
            return plain.because(missing ? CheckResult.DOCKERFILE : CheckResult.BUILD);
        }
        String name = publisher.get().name();
        if (file != null) {
            Optional<byte[]> content = context.engine().readFile(publisher.get().id(), file, MAX_FILE);
            if (content.isEmpty()) {
                return CheckResult.failed("check.http.fileMissing", shown, name, file).because(CheckResult.DOCKERFILE);
            }
            if (missing) {
                return CheckResult.failed("check.http.fileNotServed", shown, name, file).because(CheckResult.DOCKERFILE);
            }
        }
        if (!missing) {
            return plain.withNote(Message.of("check.http.oldImage", name)).because(CheckResult.BUILD);
        }
        return plain.because(CheckResult.DOCKERFILE);
    }

    private static List<String> lastLines(Engine engine, String container) {
        List<String> lines = new ArrayList<>();
        try {
            engine.logs(container, false, LOG_LINES, lines::add, new Cancellation());
        } catch (RuntimeException e) {
            return List.of();
        }
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
