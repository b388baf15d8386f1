package io.github.dockertutor.engine;

/** Hears a pull as it happens, to draw a bar per layer the way the docker command does. */
public interface PullListener {
    /** A layer moved on: "Downloading" 1.2 MB of 2.1 MB, "Pull complete"… (total 0 when unknown). */
    void onLayer(String layerId, String status, long current, long total);

    /** A line about the whole pull: "latest: Pulling from library/busybox", "Digest: …", "Status: …". */
    void onMessage(String message);

    PullListener SILENT = new PullListener() {
        @Override
        public void onLayer(String layerId, String status, long current, long total) {
        }

        @Override
        public void onMessage(String message) {
        }
    };
}
