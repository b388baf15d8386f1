package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TerminalCapabilitiesTest {

    /** Every description JLine carries, read both ways: the tables must be the same. */
    @ParameterizedTest
    @ValueSource(strings = {"dumb", "dumb-color", "ansi", "xterm", "xterm-256color", "windows", "windows-256color",
            "windows-conemu", "windows-vtp", "screen", "screen-256color", "rxvt-unicode", "rxvt-unicode-256color",
            "rxvt-basic", "rxvt"})
    void readsWhatJLineReads(String type) {
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        assertTrue(TerminalCapabilities.readBuiltIn(type, bools, ints, strings), type);

        Set<Capability> jlineBools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> jlineInts = new EnumMap<>(Capability.class);
        Map<Capability, String> jlineStrings = new EnumMap<>(Capability.class);
        InfoCmp.parseInfoCmp(InfoCmp.getLoadedInfoCmp(type), jlineBools, jlineInts, jlineStrings);

        assertEquals(jlineBools, bools);
        assertEquals(jlineInts, ints);
        assertEquals(jlineStrings, strings);
        assertFalse(strings.isEmpty() && !type.startsWith("dumb"), "no capability read for " + type);
    }

    @Test
    void namesEveryCapabilityByBothItsNames() {
        Map<String, Capability> names = TerminalCapabilities.names();
        assertEquals(InfoCmp.getCapabilitiesByName(), names);
        assertEquals(Capability.cursor_address, names.get("cup"));
    }

    @Test
    void leavesATypeJLineDoesNotCarryToJLine() {
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        assertFalse(TerminalCapabilities.readBuiltIn("alacritty", bools, ints, strings));
        assertFalse(TerminalCapabilities.readBuiltIn("../capabilities", bools, ints, strings));
        assertFalse(TerminalCapabilities.readBuiltIn(null, bools, ints, strings));
        assertTrue(bools.isEmpty() && ints.isEmpty() && strings.isEmpty());
    }

    @Test
    void readsNumbersAsTerminfoWritesThem() {
        Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        TerminalCapabilities.read("test|a test\n\tcols#0x50, lines#030, colors#0, it#8, am, bel=^G,\n",
                TerminalCapabilities.names(), bools, ints, strings);
        assertEquals(Map.of(Capability.columns, 80, Capability.lines, 24, Capability.max_colors, 0,
                Capability.init_tabs, 8), ints);
        assertEquals(Set.of(Capability.auto_right_margin), bools);
        assertEquals(Map.of(Capability.bell, "^G"), strings);
    }
}
