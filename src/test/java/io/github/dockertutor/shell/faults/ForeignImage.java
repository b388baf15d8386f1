package io.github.dockertutor.shell.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A {@code docker save} archive of an arm64 image whose entry program is an AArch64 ELF header: on
 * an amd64 kernel without emulation, starting it fails with the kernel's own "exec format error",
 * just as an image pulled for the wrong platform does.
 */
final class ForeignImage {
    private ForeignImage() {
    }

    /** The archive for {@code docker load}, tagged {@code name}. */
    static byte[] archive(String name) throws Exception {
        byte[] program = aarch64Elf();
        byte[] layer = tar(new Entry("hello", program, 0755));
        String diffId = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(layer));
        byte[] config = ("{\"architecture\":\"arm64\",\"os\":\"linux\",\"config\":{\"Cmd\":[\"/hello\"]},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + diffId + "\"]}}").getBytes(StandardCharsets.UTF_8);
        byte[] manifest = ("[{\"Config\":\"config.json\",\"RepoTags\":[\"" + name + "\"],"
                + "\"Layers\":[\"layer/layer.tar\"]}]").getBytes(StandardCharsets.UTF_8);
        return tar(new Entry("layer/layer.tar", layer, 0644), new Entry("config.json", config, 0644),
                new Entry("manifest.json", manifest, 0644));
    }

    /** An ELF64 header for an AArch64 executable: enough for the kernel to recognise it, and refuse it. */
    static byte[] aarch64Elf() {
        byte[] elf = new byte[128];
        byte[] ident = {0x7f, 'E', 'L', 'F', 2, 1, 1};
        System.arraycopy(ident, 0, elf, 0, ident.length);
        elf[16] = 2; // e_type: executable
        elf[18] = (byte) 0xb7; // e_machine: AArch64
        elf[20] = 1; // e_version
        return elf;
    }

    private record Entry(String name, byte[] data, int mode) {
    }

    /** A plain ustar archive: a 512-byte header per file, the data padded to 512, two empty blocks at the end. */
    private static byte[] tar(Entry... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            byte[] header = new byte[512];
            put(header, 0, entry.name());
            put(header, 100, octal(entry.mode(), 7));
            put(header, 108, octal(0, 7));
            put(header, 116, octal(0, 7));
            put(header, 124, octal(entry.data().length, 11));
            put(header, 136, octal(0, 11));
            header[156] = '0';
            put(header, 257, "ustar");
            put(header, 263, "00");
            for (int i = 148; i < 156; i++) {
                header[i] = ' ';
            }
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            put(header, 148, octal(sum, 6));
            header[154] = 0;
            out.writeBytes(header);
            out.writeBytes(entry.data());
            out.writeBytes(new byte[(512 - entry.data().length % 512) % 512]);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static String octal(long value, int digits) {
        String text = Long.toOctalString(value);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }

    private static void put(byte[] header, int offset, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
