package io.github.dockertutor.shell;

import io.github.dockertutor.base.SetAside;
import io.github.dockertutor.base.SmallFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The command history JLine keeps between runs, looked at before JLine reads it. JLine fails on a
 * damaged one at the first prompt (random bytes or a cut UTF-8 character end the tutor with an
 * UncheckedIOException, a folder too, a line without its time stamp prints a stack trace), so a
 * file that is not a plain file, too large, not UTF-8 or not in JLine's {@code TIME:LINE} form is
 * set aside as {@code history.damaged-TIME}, never deleted, and a new history starts. History is
 * a comfort: losing it must never cost the learner the tutor.
 */
final class HistoryFile {
    /** A thousand commands take some 50 KB; far more is not a history JLine wrote. */
    static final int MAX_BYTES = 1024 * 1024;

    /**
     * What to hand JLine.
     *
     * @param usable   the history file to use; empty when even a new one cannot be kept there
     * @param setAside where a damaged file was moved, to tell the learner
     */
    record Checked(Optional<Path> usable, Optional<Path> setAside) {
    }

    private HistoryFile() {
    }

    static Checked check(Path file, Clock clock) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || problem(file).isEmpty()) {
            return new Checked(Optional.of(file), Optional.empty());
        }
        Path target = SetAside.freeName(file.toAbsolutePath().getParent(), file.getFileName() + ".damaged", clock.instant());
        try {
            Files.move(file, target);
            return new Checked(Optional.of(file), Optional.of(target));
        } catch (IOException e) {
            // it stays where it is, unread: this session keeps its history in memory only
            return new Checked(Optional.empty(), Optional.empty());
        }
    }

    /** What is wrong with the file, or empty when JLine can read it. */
    static Optional<String> problem(Path file) {
        byte[] bytes;
        try {
            bytes = SmallFile.read(file, MAX_BYTES);
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.of("not UTF-8");
        }
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (!line.isEmpty() && !timeStamped(line)) {
                return Optional.of("line " + number + " is not TIME:COMMAND");
            }
        }
        return Optional.empty();
    }

    /** JLine's form of a history line: milliseconds since 1970, a colon, the command. */
    private static boolean timeStamped(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 19) {
            return false;
        }
        try {
            Instant.ofEpochMilli(Long.parseLong(line.substring(0, colon)));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
