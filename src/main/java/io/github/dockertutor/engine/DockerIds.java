package io.github.dockertutor.engine;

/** Ids as the docker command shows them. */
public final class DockerIds {
    public static final int SHORT = 12;

    private DockerIds() {
    }

    /** docker's TruncateID: without "sha256:", the first 12 characters. */
    public static String shortId(String id) {
        if (id == null) {
            return "";
        }
        String bare = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return bare.length() > SHORT ? bare.substring(0, SHORT) : bare;
    }
}
