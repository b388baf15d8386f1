package io.github.dockertutor.engine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks an image registry whether it is there: {@code GET /v2/}, which every registry answers with
 * 200 (or 401 when it wants a login). Used for the engine's mirrors in doctor and for the class mirror.
 */
public final class RegistryPing {
    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    /**
     * How the registry answered.
     *
     * @param answers whether it answered as a registry (200 or 401)
     * @param detail  the status code, or what went wrong ("connection refused", "no answer in 2 s")
     */
    public record Outcome(boolean answers, String detail) {
    }

    private RegistryPing() {
    }

    /** Pings a registry at a base address such as {@code http://10.0.0.5:5000} or {@code https://mirror.gcr.io}. */
    public static Outcome ping(String base, Duration timeout) {
        String url = (base.contains("://") ? base : "http://" + base).replaceAll("/+$", "") + "/v2/";
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status == 200 || status == 401, "HTTP " + status);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Outcome(false, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.net.ConnectException) {
                    return new Outcome(false, "connection refused");
                }
                if (cause instanceof java.net.UnknownHostException) {
                    return new Outcome(false, "unknown host");
                }
            }
            return new Outcome(false, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }
}
