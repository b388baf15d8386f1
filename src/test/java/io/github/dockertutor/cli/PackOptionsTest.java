package io.github.dockertutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** pack's own options (--out FILE, --all) reach it; a command that does not take them refuses them. */
class PackOptionsTest {
    @Test
    void packTakesOutAndAll() throws CliArguments.UsageException {
        CliArguments cli = CliArguments.parse(new String[] {"--lang", "en", "pack", "--out", "class.tar.gz", "--all"});
        assertEquals("pack", cli.command());
        assertEquals(List.of(), cli.operands());
        assertEquals(Optional.of("class.tar.gz"), cli.option("--out"));
        assertEquals(Optional.of("true"), cli.option("--all"));
        assertEquals(Optional.of("x.tar.gz"), CliArguments.parse(new String[] {"pack", "--out=x.tar.gz"}).option("--out"));
        assertEquals(Optional.empty(), CliArguments.parse(new String[] {"pack"}).option("--all"));
    }

    @Test
    void otherCommandsRefuseThem() {
        CliArguments.UsageException e = assertThrows(CliArguments.UsageException.class,
                () -> CliArguments.parse(new String[] {"lint", "--all"}));
        assertEquals("app.error.optionNotHere", e.key());
        assertThrows(CliArguments.UsageException.class, () -> CliArguments.parse(new String[] {"--frobnicate", "pack"}));
    }
}
