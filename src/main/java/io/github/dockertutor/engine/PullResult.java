package io.github.dockertutor.engine;

/**
 * What a finished pull left on the engine.
 *
 * @param reference the image as pulled, e.g. busybox:latest
 * @param digest    the manifest digest the registry served (sha256:…), or "" if it said none
 * @param imageId   the local image id
 * @param size      the image's size on disk, in bytes
 */
public record PullResult(String reference, String digest, String imageId, long size) {
}
