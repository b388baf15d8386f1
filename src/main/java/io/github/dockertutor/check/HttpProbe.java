package io.github.dockertutor.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One short GET on a local port: connect within 1 s, the whole answer within 3 s, at most 64 KB of
 * body read, a few redirects followed, never through a proxy (a learner's proxy settings must not
 * send a localhost check elsewhere).
 */
final class HttpProbe {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(3);
    static final int MAX_BODY = 64 * 1024;

    /** What came back. */
    record Answer(int status, String body) {
    }

    private HttpProbe() {
    }

    /** One shared client: each one starts a selector thread. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * GET the URL.
     *
     * @throws java.net.ConnectException when nothing listens
     * @throws TimeoutException          when no full answer came in time
     * @throws IOException               for any other network failure
     */
    static Answer get(URI uri) throws IOException, TimeoutException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TOTAL_TIMEOUT).GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = Client.INSTANCE.sendAsync(request, info -> new Capped(MAX_BODY));
        try {
            HttpResponse<byte[]> response = future.get(TOTAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new TimeoutException(cause.getMessage());
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        }
    }

    /** Collects at most {@code max} bytes of the body, then stops reading. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int take = Math.min(buffer.remaining(), max - out.size());
                byte[] bytes = new byte[take];
                buffer.get(bytes);
                out.write(bytes, 0, take);
            }
            if (out.size() >= max) {
                subscription.cancel();
                result.complete(out.toByteArray());
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
