package io.github.dockertutor.check;

import java.util.Locale;
import java.util.Optional;

/**
 * An image name as docker reads it, so that {@code busybox}, {@code busybox:latest} and
 * {@code docker.io/library/busybox:latest} are one image: the registry defaults to Docker Hub,
 * Docker Hub's one-word names live under {@code library/}, and a missing tag means
 * {@code latest} (unless a digest is given).
 *
 * @param domain     the registry: {@code docker.io}, {@code localhost:5000}, {@code ghcr.io}
 * @param path       the repository inside it: {@code library/busybox}
 * @param tag        the tag, or null when the name had a digest and no tag
 * @param digest     {@code sha256:…} after an {@code @}, or null
 * @param tagWritten whether the tag was written (false when {@code latest} was filled in)
 */
public record ImageReference(String domain, String path, String tag, String digest, boolean tagWritten) {
    private static final String DOCKER_HUB = "docker.io";

    /** Reads a reference; empty for text that cannot be one (blank, spaces, an empty part). */
    public static Optional<ImageReference> parse(String text) {
        if (text == null || text.isBlank() || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (digest.isEmpty()) {
                return Optional.empty();
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (tag.isEmpty()) {
                return Optional.empty();
            }
        }
        if (rest.isEmpty() || rest.startsWith("/") || rest.endsWith("/") || rest.contains("//")) {
            return Optional.empty();
        }
        String domain = DOCKER_HUB;
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                domain = first.equals("index.docker.io") ? DOCKER_HUB : first;
                path = rest.substring(slash + 1);
            }
        }
        if (domain.equals(DOCKER_HUB) && !path.contains("/")) {
            path = "library/" + path;
        }
        boolean tagWritten = tag != null;
        if (tag == null && digest == null) {
            tag = "latest";
        }
        return Optional.of(new ImageReference(domain.toLowerCase(Locale.ROOT), path, tag, digest, tagWritten));
    }

    /** Whether two texts name the same image; false when either is not a reference. */
    public static boolean same(String a, String b) {
        Optional<ImageReference> left = parse(a);
        return left.isPresent() && left.equals(parse(b));
    }

    /** The same repository, whatever the tag or digest. */
    public boolean sameRepository(ImageReference other) {
        return domain.equals(other.domain) && path.equals(other.path);
    }

    /** The short form docker prints: {@code busybox:latest}, {@code ghcr.io/me/app:1}. */
    public String familiar() {
        String name = domain.equals(DOCKER_HUB)
                ? (path.startsWith("library/") ? path.substring("library/".length()) : path)
                : domain + "/" + path;
        return name + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageReference that && domain.equals(that.domain) && path.equals(that.path)
                && java.util.Objects.equals(tag, that.tag) && java.util.Objects.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(domain, path, tag, digest);
    }

    @Override
    public String toString() {
        return familiar();
    }
}
