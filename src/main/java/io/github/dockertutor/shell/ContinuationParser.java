package io.github.dockertutor.shell;

import io.github.dockertutor.render.ContinuedLines;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine's parser, except that Enter on a line ending in a backslash does not accept the command:
 * JLine then starts a new line in the same edit under the continuation prompt, as a shell does.
 */
final class ContinuationParser extends DefaultParser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && cursor == line.length()) {
            String last = line.substring(line.lastIndexOf('\n') + 1);
            if (ContinuedLines.continues(last)) {
                throw new EOFError(-1, cursor, "the command goes on", "");
            }
        }
        return super.parse(line, cursor, context);
    }
}
