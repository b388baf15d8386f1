package io.github.dockertutor.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code corpus/tutorial-commands.tsv}: a docker command line as a public tutorial
 * prints it, with where it comes from and what it needs from earlier lines.
 *
 * @param number the line's number among the corpus lines, from 1
 * @param note   the corpus's own note: "needs container es from an earlier line", "uses $(...)"…
 */
record CorpusLine(int number, String source, String line, String subcommand, String images, String note) {
    static final String RESOURCE = "/corpus/tutorial-commands.tsv";

    static List<CorpusLine> all() throws IOException {
        List<CorpusLine> lines = new ArrayList<>();
        try (InputStream in = CorpusLine.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing " + RESOURCE);
            }
            boolean header = true;
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.startsWith("#") || row.isBlank()) {
                    continue;
                }
                if (header) {
                    // the column names
                    header = false;
                    continue;
                }
                String[] cells = row.split("\t", -1);
                lines.add(new CorpusLine(lines.size() + 1, cells[0], cells[1], cells[2], cells.length > 3 ? cells[3] : "",
                        cells.length > 4 ? cells[4] : ""));
            }
        }
        return lines;
    }
}
