package io.github.dockertutor.engine;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.util.Optional;

/**
 * The tutor's link to the engine over a whole session. Finding the engine asks it only for its
 * version ({@link EngineProbe}); the docker-java client is made on the first real call, so a start
 * that only greets never loads docker-java. When the engine goes away the session forgets it, and
 * the next use looks for the engine again, which is how the shell reconnects.
 */
public final class EngineSession implements AutoCloseable {
    private final EngineLocator locator;
    /** Read without the lock: asking whether an engine is known must not wait for a search under way. */
    private volatile LocateResult lastResult;
    private DockerClient client;
    /** Clients given up while calls on them still waited for a frozen engine; closed at the end. */
    private final java.util.List<DockerClient> abandoned = new java.util.ArrayList<>();

    public EngineSession(EngineLocator locator) {
        this.locator = locator;
    }

    /** Looks for the engine if not connected; returns what the last search found. */
    public synchronized LocateResult connect() {
        if (lastResult != null && lastResult.found()) {
            return lastResult;
        }
        closeQuietly();
        client = null;
        lastResult = locator.locate();
        return lastResult;
    }

    /** The engine in use, if connected; empty while the first search is still under way. */
    public Optional<ProbeResult> current() {
        LocateResult result = lastResult;
        return result == null ? Optional.empty() : result.chosen();
    }

    /**
     * Whether the engine in use still answers a quick ping ({@link EngineProbe}, a few seconds at
     * most); false when not connected. Used after a failure or a stream that ended by itself, to
     * tell an engine that went away from one that merely refused.
     */
    public boolean answers() {
        EngineEndpoint endpoint;
        synchronized (this) {
            endpoint = current().map(ProbeResult::endpoint).orElse(null);
        }
        // probed outside the lock: a command of the learner's may go on meanwhile
        return endpoint != null && new EngineProbe().probe(endpoint).answered();
    }

    /** Drops the connection after a fault, so the next use searches again. */
    public synchronized void disconnect() {
        closeQuietly();
        client = null;
        lastResult = null;
    }

    /**
     * Forgets the engine after a call got no answer in time, so the next use looks for it afresh;
     * unlike {@link #disconnect} the client stays open until the session ends: a call still
     * waiting on it may yet be answered, and what it made then be undone (a late create removed).
     */
    synchronized void abandon() {
        if (client != null) {
            abandoned.add(client);
        }
        client = null;
        lastResult = null;
    }

    /** The docker-java client, for the engine package's own operations; made on first use. */
    synchronized Optional<DockerClient> client() {
        Optional<ProbeResult> engine = connect().chosen();
        if (engine.isPresent() && client == null) {
            client = DockerClients.forWork(engine.get().endpoint());
        }
        return engine.isPresent() ? Optional.of(client) : Optional.empty();
    }

    @Override
    public synchronized void close() {
        closeQuietly();
        client = null;
        for (DockerClient given : abandoned) {
            closeQuietly(given);
        }
        abandoned.clear();
    }

    private void closeQuietly() {
        closeQuietly(client);
    }

    private static void closeQuietly(DockerClient client) {
        if (client != null) {
            try {
                client.close();
            } catch (IOException | RuntimeException ignored) {
                // closing a client whose engine is gone may fail; there is nothing left to release
            }
        }
    }
}
