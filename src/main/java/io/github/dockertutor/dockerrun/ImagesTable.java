package io.github.dockertutor.dockerrun;

import io.github.dockertutor.engine.DockerIds;
import io.github.dockertutor.engine.ImageSummary;
import io.github.dockertutor.tui.ColumnTable;
import io.github.dockertutor.tui.HumanUnits;
import io.github.dockertutor.tui.Screen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker images} as the docker command prints it: REPOSITORY, TAG, IMAGE ID (12 characters,
 * no "sha256:"), CREATED ("2 weeks ago"), SIZE ("4.26MB"); one row per name, "&lt;none&gt;" for an
 * image without one. The headers are docker's own words and stay English in every language.
 */
public final class ImagesTable {
    private ImagesTable() {
    }

    /** The table, header first; {@code now} is the time CREATED counts from. */
    public static List<String> lines(List<ImageSummary> images, Instant now) {
        return lines(images, now, false, false);
    }

    /** The table with {@code --digests} (a DIGEST column) and {@code --no-trunc} (whole ids). */
    public static List<String> lines(List<ImageSummary> images, Instant now, boolean digests, boolean noTrunc) {
        ColumnTable table = ColumnTable.dockerStyle();
        if (digests) {
            table.row("REPOSITORY", "TAG", "DIGEST", "IMAGE ID", "CREATED", "SIZE");
        } else {
            table.row("REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE");
        }
        for (ImageSummary image : images) {
            String id = noTrunc ? image.id() : DockerIds.shortId(image.id());
            String created = image.created() > 0 ? HumanUnits.ago(image.created(), now) : "N/A";
            String size = HumanUnits.size(image.size());
            List<String> names = image.repoTags().isEmpty() ? List.of("<none>:<none>") : image.repoTags();
            for (String repoTag : names) {
                String[] name = repoTag.equals("<none>:<none>") ? new String[] {"<none>", "<none>"} : splitTag(repoTag);
                if (digests) {
                    String digest = image.repoDigests().stream().filter(d -> d.startsWith(name[0] + "@")).findFirst()
                            .map(d -> d.substring(d.indexOf('@') + 1)).orElse("<none>");
                    table.row(name[0], name[1], digest, id, created, size);
                } else {
                    table.row(name[0], name[1], id, created, size);
                }
            }
        }
        return table.lines();
    }

    /** {@code docker images -q}: the short id of each row, so an image with two names appears twice. */
    public static List<String> quiet(List<ImageSummary> images) {
        List<String> ids = new ArrayList<>();
        for (ImageSummary image : images) {
            int rows = Math.max(1, image.repoTags().size());
            for (int i = 0; i < rows; i++) {
                ids.add(DockerIds.shortId(image.id()));
            }
        }
        return ids;
    }

    public static void print(Screen screen, List<ImageSummary> images, Instant now, boolean quiet) {
        for (String line : quiet ? quiet(images) : lines(images, now)) {
            screen.println(line);
        }
        screen.flush();
    }

    /** "localhost:5000/web:1.0" is repository "localhost:5000/web" and tag "1.0": the tag follows the last slash. */
    static String[] splitTag(String repoTag) {
        int slash = repoTag.lastIndexOf('/');
        int colon = repoTag.lastIndexOf(':');
        if (colon > slash) {
            return new String[] {repoTag.substring(0, colon), repoTag.substring(colon + 1)};
        }
        return new String[] {repoTag, "<none>"};
    }
}
