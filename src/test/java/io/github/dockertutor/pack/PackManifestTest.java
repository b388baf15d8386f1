package io.github.dockertutor.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackManifestTest {
    private static final String SHA = "0123456789abcdef".repeat(4);

    private static PackManifest sample() {
        Map<String, PackManifest.Entry> entries = new LinkedHashMap<>();
        entries.put("lessons/03-pull-an-image/lesson.yaml", new PackManifest.Entry(21, SHA));
        entries.put("images.tar", new PackManifest.Entry(2_148_352, SHA.replace('0', 'f')));
        return new PackManifest(1, "0.1.0", Packs.CREATED, List.of(Packs.BUSYBOX), entries);
    }

    @Test
    void aManifestReadsBackAsWritten() {
        PackManifest manifest = sample();
        PackManifest read = PackManifest.parse(manifest.toJson());
        assertEquals(manifest, read);
        assertEquals(List.of("lessons/03-pull-an-image/lesson.yaml", "images.tar"), List.copyOf(read.entries().keySet()));
    }

    @Test
    void theJsonNamesEveryFieldATeacherLooksFor() {
        String json = new String(sample().toJson(), StandardCharsets.UTF_8);
        for (String field : List.of("\"format\": 1", "\"tutorVersion\": \"0.1.0\"", "\"created\": \"2025-03-01T09:00:00Z\"",
                "\"reference\": \"busybox:latest\"", "\"id\": \"" + Packs.BUSYBOX.id(), "\"digests\"", "\"size\": 4300000",
                "\"os\": \"linux\"", "\"architecture\": \"amd64\"", "\"sha256\": \"" + SHA + "\"")) {
            assertEquals(true, json.contains(field), field + " in\n" + json);
        }
    }

    @Test
    void anotherFormatIsRefusedByNumber() {
        String json = new String(sample().toJson(), StandardCharsets.UTF_8).replace("\"format\": 1", "\"format\": 2");
        PackException e = assertThrows(PackException.class, () -> PackManifest.parse(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("pack.verify.format", e.key());
        assertEquals(List.of("2", 1), List.of(e.args()));
    }

    @Test
    void aCraftedFormatIsShownInAFewCharacters() {
        String digits = "9".repeat(400);
        String json = new String(sample().toJson(), StandardCharsets.UTF_8).replace("\"format\": 1",
                "\"format\": " + digits);
        PackException e = assertThrows(PackException.class, () -> PackManifest.parse(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("pack.verify.format", e.key());
        assertEquals("99999999999\u2026", e.args()[0], "not 400 digits");
    }

    @Test
    void pathsThatCouldEscapeAreRefused() {
        for (String path : List.of("../etc/passwd", "/etc/passwd", "lessons/../../x", "lessons/a/./b", "lessons\\a",
                "C:/x", "lessons/", "other.txt", "lessons//a")) {
            String json = new String(sample().toJson(), StandardCharsets.UTF_8)
                    .replace("lessons/03-pull-an-image/lesson.yaml", path.replace("\\", "\\\\"));
            PackException e = assertThrows(PackException.class,
                    () -> PackManifest.parse(json.getBytes(StandardCharsets.UTF_8)), path);
            assertEquals("pack.verify.badPath", e.key(), path);
        }
    }

    @Test
    void insaneSizesAndDigestsAreRefused() {
        String json = new String(sample().toJson(), StandardCharsets.UTF_8);
        for (String broken : List.of(json.replace("\"size\": 21", "\"size\": -1"),
                json.replace("\"size\": 21", "\"size\": 99999999999999999"),
                json.replace("\"size\": 21", "\"size\": \"21\""),
                json.replace(SHA, "nothex"),
                json.replace("\"created\": \"2025-03-01T09:00:00Z\"", "\"created\": \"yesterday\""),
                "[]", "{", "")) {
            PackException e = assertThrows(PackException.class,
                    () -> PackManifest.parse(broken.getBytes(StandardCharsets.UTF_8)), broken);
            assertEquals("pack.verify.manifestInvalid", e.key(), broken);
        }
    }

    @Test
    void imagesWithoutImagesTarAreRefused() {
        PackManifest manifest = new PackManifest(1, "x", Packs.CREATED, List.of(Packs.BUSYBOX),
                Map.of("lessons/a/lesson.yaml", new PackManifest.Entry(1, SHA)));
        PackException e = assertThrows(PackException.class, () -> PackManifest.parse(manifest.toJson()));
        assertEquals("pack.verify.manifestInvalid", e.key());
    }
}
