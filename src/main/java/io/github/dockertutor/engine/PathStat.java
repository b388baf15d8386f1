package io.github.dockertutor.engine;

/**
 * A path in a container as the engine describes it before a copy ({@code docker cp}).
 *
 * @param name       its base name
 * @param directory  whether it is a folder
 * @param linkTarget where a symbolic link points; empty for anything else
 */
public record PathStat(String name, long size, boolean directory, String linkTarget) {
}
