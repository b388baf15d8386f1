package io.github.dockertutor.render;

import io.github.dockertutor.i18n.Messages;

/** The few words the renderer prints itself, in the learner's language. */
@FunctionalInterface
public interface RenderLabels {
    /**
     * What stands in for an image, inside the brackets of {@code [image: a diagram]}; the alt text
     * is empty when the image has none.
     */
    String image(String altText);

    /** Labels read from the message bundle ({@code render.*} keys). */
    static RenderLabels from(Messages messages) {
        return alt -> alt.isEmpty() ? messages.get("render.image.untitled") : messages.get("render.image", alt);
    }
}
