package io.github.dockertutor.engine;

/**
 * What an engine says about itself when it answers.
 *
 * @param product    "Docker Engine - Community", "Docker Desktop 4.37", "Podman Engine"…
 * @param version    the engine's version, e.g. 27.1.1
 * @param apiVersion the newest API version it speaks, e.g. 1.46
 * @param os         the engine's operating system (linux for Linux containers, also on macOS/Windows)
 * @param arch       the engine's architecture: amd64, arm64…
 */
public record EngineInfo(String product, String version, String apiVersion, String os, String arch) {
}
