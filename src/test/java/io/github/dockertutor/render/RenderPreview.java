package io.github.dockertutor.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.jline.utils.AttributedString;

/** Prints a Markdown file as the tutor would, to read the result by eye: FILE WIDTH [en|zh-TW] [color]. */
public final class RenderPreview {
    private RenderPreview() {
    }

    public static void main(String[] args) throws IOException {
        String markdown = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        Language language = args.length > 2 ? Language.parse(args[2]).orElse(Language.EN) : Language.EN;
        boolean color = args.length > 3 && args[3].equals("color");
        RenderOptions options = new RenderOptions(width, color, color, RenderLabels.from(Messages.of(language)));
        for (AttributedString line : new MarkdownRenderer(options).render(markdown)) {
            System.out.println(color ? line.toAnsi() : line.toString());
        }
    }
}
