package io.github.dockertutor.mirror;

import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;

/**
 * What learners put in their engine's daemon.json to pull through the class mirror, and where that
 * file is on Linux and in Docker Desktop. The mirror speaks plain HTTP, hence insecure-registries.
 */
public final class DaemonJsonAdvice {
    private final Messages messages;

    public DaemonJsonAdvice(Messages messages) {
        this.messages = messages;
    }

    /** The snippet itself, for an address such as {@code 192.168.1.10:5000}. */
    public static String snippet(String address) {
        return "{\n  \"registry-mirrors\": [\"http://" + address + "\"],\n  \"insecure-registries\": [\""
                + address + "\"]\n}";
    }

    public void print(String address, PrintWriter out) {
        out.println();
        out.println(messages.get("mirror.learners.head"));
        out.println(snippet(address));
        out.println(messages.get("mirror.learners.linux"));
        out.println(messages.get("mirror.learners.desktop"));
        out.println(messages.get("mirror.learners.check"));
    }
}
