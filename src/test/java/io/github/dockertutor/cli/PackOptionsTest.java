package io.github.dockertutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dockertutor.CliArguments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pack's and load's own options reach them as operands; other commands still refuse them. */
class PackOptionsTest {
    @Test
    void packTakesOutAndAll() throws CliArguments.UsageException {
        CliArguments cli = CliArguments.parse(new String[] {"--lang", "en", "pack", "--out", "class.tar.gz", "--all"});
        assertEquals("pack", cli.command());
        assertEquals(List.of("--out", "class.tar.gz", "--all"), cli.operands());
        assertEquals(List.of("--out=x.tar.gz"), CliArguments.parse(new String[] {"pack", "--out=x.tar.gz"}).operands());
    }

    @Test
    void otherCommandsStillRefuseThem() {
        CliArguments.UsageException e = assertThrows(CliArguments.UsageException.class,
                () -> CliArguments.parse(new String[] {"lint", "--all"}));
        assertEquals("app.error.unknownOption", e.key());
        assertThrows(CliArguments.UsageException.class, () -> CliArguments.parse(new String[] {"--all", "pack"}));
    }
}
