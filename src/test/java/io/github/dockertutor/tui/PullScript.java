package io.github.dockertutor.tui;

import io.github.dockertutor.engine.PullListener;
import io.github.dockertutor.engine.PullResult;

/**
 * The events of a real pull of an image with two layers, one already on the engine, in the order
 * the engine sends them, with many small progress events as over a slow network.
 */
final class PullScript {
    static final String LAYER = "a1b2c3d4e5f6";
    static final String BASE = "0f1e2d3c4b5a";
    static final long SIZE = 2_155_000;
    static final String DIGEST = "sha256:6c8d153bf4e008d640d9e0de8b8e2d3a14f2e0fc949f01c28054f18723c76300";
    static final PullResult RESULT = new PullResult("busybox:latest", DIGEST,
            "sha256:47a4962691df0000000000000000000000000000000000000000000000000000", 1_978_000);
    /** Progress events in each of the download and extraction. */
    static final int STEPS = 100;

    private PullScript() {
    }

    /** Plays the pull; {@code tick} runs before each event (a test's clock moves there). */
    static void play(PullListener listener, Runnable tick) {
        tick.run();
        listener.onMessage("latest: Pulling from library/busybox");
        tick.run();
        listener.onLayer(BASE, "Already exists", 0, 0);
        tick.run();
        listener.onLayer(LAYER, "Pulling fs layer", 0, 0);
        for (int i = 1; i <= STEPS; i++) {
            tick.run();
            listener.onLayer(LAYER, "Downloading", SIZE * i / STEPS, SIZE);
        }
        tick.run();
        listener.onLayer(LAYER, "Verifying Checksum", 0, 0);
        tick.run();
        listener.onLayer(LAYER, "Download complete", 0, 0);
        for (int i = 1; i <= STEPS; i++) {
            tick.run();
            listener.onLayer(LAYER, "Extracting", SIZE * i / STEPS, SIZE);
        }
        tick.run();
        listener.onLayer(LAYER, "Pull complete", 0, 0);
        tick.run();
        listener.onMessage("Digest: " + DIGEST);
        tick.run();
        listener.onMessage("Status: Downloaded newer image for busybox:latest");
    }
}
