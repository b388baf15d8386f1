package io.github.dockertutor.shell;

/**
 * Watches the keys typed into a container for the docker CLI's detach sequence, Ctrl-P Ctrl-Q.
 * A Ctrl-P is held back until the next key shows whether it starts the sequence; if not, both
 * go to the container, so Ctrl-P still works inside (busybox sh uses it for the previous line).
 */
final class DetachKeys {
    static final char CTRL_P = 0x10;
    static final char CTRL_Q = 0x11;

    private boolean heldCtrlP;

    /** What one key turns into: the text to send on, or the request to detach. */
    record Step(String send, boolean detach) {
    }

    Step accept(char key) {
        if (heldCtrlP) {
            if (key == CTRL_Q) {
                heldCtrlP = false;
                return new Step("", true);
            }
            if (key == CTRL_P) {
                // the second Ctrl-P may start the sequence itself: send the first, hold this one
                return new Step(String.valueOf(CTRL_P), false);
            }
            heldCtrlP = false;
            return new Step(new String(new char[] {CTRL_P, key}), false);
        }
        if (key == CTRL_P) {
            heldCtrlP = true;
            return new Step("", false);
        }
        return new Step(String.valueOf(key), false);
    }
}
