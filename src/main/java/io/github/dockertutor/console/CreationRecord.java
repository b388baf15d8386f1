package io.github.dockertutor.console;

import java.util.List;

/**
 * Where the docker commands note what the tutor itself creates on the engine, by id, so that
 * {@code cleanup} removes exactly that: a label cannot say it, since every container run from a
 * labelled image, and every image built FROM one, inherits the label.
 */
public interface CreationRecord {
    /** A record that keeps nothing (tests, tools without a data folder). */
    CreationRecord NONE = new CreationRecord() {
        @Override
        public void container(String id) {
            // nothing kept
        }

        @Override
        public void image(String id, List<String> names) {
            // nothing kept
        }
    };

    /** A record that hands each creation to one of these. */
    static CreationRecord of(java.util.function.Consumer<String> containers,
            java.util.function.BiConsumer<String, List<String>> images) {
        return new CreationRecord() {
            @Override
            public void container(String id) {
                containers.accept(id);
            }

            @Override
            public void image(String id, List<String> names) {
                images.accept(id, names);
            }
        };
    }

    /** The tutor created this container. */
    void container(String id);

    /** The tutor built this image and gave it these names. */
    void image(String id, List<String> names);
}
