package io.github.dockertutor.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.UnauthorizedException;
import io.github.dockertutor.engine.EngineException.Fault;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns what docker-java throws into an {@link EngineException} with a fault and a message key.
 * The engine's own words are matched only where the API gives nothing better (a port already
 * allocated, Docker Hub's rate limit): those texts are stable across engine versions.
 */
final class EngineErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineErrors() {
    }

    static EngineException translate(Throwable error) {
        if (error instanceof EngineException engineException) {
            return engineException;
        }
        String message = engineMessage(error);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("toomanyrequests") || lower.contains("rate limit")) {
            return new EngineException(Fault.TOO_MANY_REQUESTS, "engine.error.tooManyRequests", error, message);
        }
        if (lower.contains("dial tcp") || lower.contains("no such host") || lower.contains("i/o timeout")
                || lower.contains("tls handshake timeout")) {
            return new EngineException(Fault.REGISTRY_UNREACHABLE, "engine.error.registryUnreachable", error, message);
        }
        if (lower.contains("exec format error")) {
            return new EngineException(Fault.WRONG_PLATFORM, "engine.error.wrongPlatform", error, message);
        }
        if (lower.contains("port is already allocated") || lower.contains("address already in use")) {
            return new EngineException(Fault.PORT_IN_USE, "engine.error.portInUse", error, message);
        }
        if (error instanceof ConflictException && lower.contains("is already in use")) {
            return new EngineException(Fault.NAME_IN_USE, "engine.error.nameInUse", error, message);
        }
        if (error instanceof UnauthorizedException || lower.contains("pull access denied")
                || lower.contains("unauthorized")) {
            return new EngineException(Fault.ACCESS_DENIED, "engine.error.accessDenied", error, message);
        }
        if (error instanceof NotFoundException || lower.contains("manifest unknown")
                || lower.contains("not found: manifest") || lower.contains("no such image")) {
            // the engine's own words first: a container named my-first-image is still a container
            boolean image = !lower.contains("no such container")
                    && (lower.contains("image") || lower.contains("manifest") || lower.contains("repository"));
            return new EngineException(image ? Fault.IMAGE_NOT_FOUND : Fault.NOT_FOUND,
                    image ? "engine.error.imageNotFound" : "engine.error.notFound", error, message);
        }
        if (error instanceof DockerException) {
            return new EngineException(Fault.REFUSED, "engine.error.refused", error, message);
        }
        if (isConnectionFault(error)) {
            return new EngineException(Fault.ENGINE_GONE, "engine.error.gone", error, message);
        }
        return new EngineException(Fault.REFUSED, "engine.error.refused", error, message);
    }

    /** An engine that is down surfaces as a RuntimeException wrapping a socket or I/O error. */
    static boolean isConnectionFault(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The engine's message without docker-java's "Status 409: {"message":…}" wrapping. */
    static String engineMessage(Throwable error) {
        String message = error.getMessage();
        if (message != null) {
            int json = message.indexOf('{');
            if (json >= 0 && message.contains("\"message\"")) {
                try {
                    JsonNode node = JSON.readTree(message.substring(json));
                    if (node.path("message").isTextual()) {
                        return node.path("message").asText().trim();
                    }
                } catch (IOException e) {
                    // not JSON after all: the raw text below is the best we have
                }
            }
        }
        if (message == null || message.isBlank()) {
            return EngineProbe.describe(error);
        }
        return message.trim();
    }
}
