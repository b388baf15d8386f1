package io.github.dockertutor.check;

import io.github.dockertutor.engine.ContainerSummary;
import io.github.dockertutor.i18n.ShortList;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * {@code kind: http}: GET http://localhost:PORT/PATH answers with a status and a text. A passing
 * answer needs no engine; a failing one asks the engine which container publishes the port, to
 * say whether nothing publishes it or the program inside does not answer.
 */
final class HttpCheck implements Check {
    static final CheckKind KIND = CheckKind.of("http", HttpCheck::new,
            CheckField.required("port", FieldType.HOST_PORT),
            CheckField.optional("path", FieldType.URL_PATH).orElse("/"),
            CheckField.integer("status", 100, 599).orElse(200),
            CheckField.optional("contains", FieldType.TEXT),
            CheckField.optional("file", FieldType.CONTAINER_PATH));
    private final int port;
    private final String path;
    private final int status;
    private final String contains;
    private final String file;

    HttpCheck(CheckSpec spec) {
        this.port = spec.integer("port");
        this.path = spec.string("path") == null ? "/" : spec.string("path");
        this.status = spec.has("status") ? spec.integer("status") : 200;
        this.contains = spec.string("contains");
        this.file = spec.string("file");
    }

    /** A server in a container just started needs a moment before it listens: asked again meanwhile. */
    static final int ATTEMPTS_WHILE_STARTING = 8;
    static final long PAUSE_MILLIS = 150;

    @Override
    public CheckResult evaluate(CheckContext context) {
        // the learner reads and types localhost; we ask 127.0.0.1, which docker publishes on
        String shown = "http://localhost:" + port + path;
        HttpProbe.Answer answer = null;
        for (int attempt = 1; answer == null; attempt++) {
            try {
                answer = HttpProbe.get(URI.create("http://127.0.0.1:" + port + path));
            } catch (TimeoutException e) {
                return CheckResult.failed("check.http.timeout", shown, HttpProbe.TOTAL_TIMEOUT.toSeconds());
            } catch (IOException e) {
                // refused, or (through docker's port proxy) accepted and closed at once
                boolean last = attempt >= ATTEMPTS_WHILE_STARTING;
                CheckResult nothing = nothingAnswers(context, shown, last);
                if (!nothing.key().equals("check.http.noAnswer") || last) {
                    return nothing;
                }
                if (!pause()) {
                    return CheckResult.cannotRun("check.cannotRun.interrupted");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CheckResult.cannotRun("check.cannotRun.interrupted");
            }
        }
        if (answer.status() != status) {
            return new HttpDiagnosis(context, port, shown).wrongPage(
                    CheckResult.failed("check.http.status", shown, answer.status(), status), publisher(context),
                    file, answer.status() == 404);
        }
        if (contains != null && !answer.body().contains(contains)) {
            return new HttpDiagnosis(context, port, shown).wrongPage(
                    CheckResult.failed("check.http.contains", shown, contains), publisher(context), file, false);
        }
        return CheckResult.passed("check.http.ok", shown, answer.status());
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CheckResult nothingAnswers(CheckContext context, String shown, boolean lastAttempt) {
        List<ContainerSummary> running = context.engine().containers(false);
        Optional<ContainerSummary> publisher = running.stream()
                .filter(c -> c.ports().stream().anyMatch(p -> p.hostPort() == port)).findFirst();
        HttpDiagnosis diagnosis = new HttpDiagnosis(context, port, shown);
        if (publisher.isPresent()) {
            int inside = publisher.get().ports().stream().filter(p -> p.hostPort() == port).findFirst()
                    .map(p -> p.containerPort()).orElse(0);
            CheckResult plain = CheckResult.failed("check.http.noAnswer", shown, publisher.get().name(), port, inside);
            return lastAttempt ? diagnosis.noAnswer(plain, publisher.get(), inside) : plain;
        }
        return diagnosis.notPublished(CheckResult.failed("check.http.notPublished", shown, port,
                ShortList.of(ContainerCheck.describe(running))));
    }

    /** The running container that publishes the port, if one does. */
    private Optional<ContainerSummary> publisher(CheckContext context) {
        return context.engine().containers(false).stream()
                .filter(c -> c.ports().stream().anyMatch(p -> p.hostPort() == port)).findFirst();
    }
}
