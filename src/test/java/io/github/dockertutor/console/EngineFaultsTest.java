package io.github.dockertutor.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.engine.EngineException.Fault;
import io.github.dockertutor.engine.EngineException;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import org.junit.jupiter.api.Test;

class EngineFaultsTest {
    private static EngineException fault(Fault fault, String key, String engineText) {
        return new EngineException(fault, key, null, engineText);
    }

    @Test
    void refusalsLearnersMeetOftenComeWithTheirFix() {
        assertEquals("faults.fix.nameInUse", EngineFaults.fixFor(fault(Fault.NAME_IN_USE, "engine.error.nameInUse",
                "Conflict. The container name \"/web\" is already in use by container \"3f2a\".")));
        assertEquals("faults.fix.portInUse", EngineFaults.fixFor(fault(Fault.PORT_IN_USE, "engine.error.portInUse",
                "Bind for 0.0.0.0:8080 failed: port is already allocated")));
        assertEquals("faults.fix.execFormat", EngineFaults.fixFor(fault(Fault.REFUSED, "engine.error.refused",
                "failed to create shim task: OCI runtime create failed: exec /app/run: exec format error: unknown")));
        assertEquals("faults.fix.removeRunning", EngineFaults.fixFor(fault(Fault.REFUSED, "engine.error.refused",
                "You cannot remove a running container 09c00af162b2. Stop the container before attempting removal or"
                        + " force remove")));
        assertEquals("faults.fix.imageInUse", EngineFaults.fixFor(fault(Fault.REFUSED, "engine.error.refused",
                "conflict: unable to remove repository reference \"busybox\" (must force) - container 09c00af162b2"
                        + " is using its referenced image 47a4962691df")));
        assertEquals("faults.fix.noSuchContainer", EngineFaults.fixFor(fault(Fault.NOT_FOUND, "engine.error.notFound",
                "No such container: nothere")));
        assertNull(EngineFaults.fixFor(fault(Fault.REFUSED, "engine.error.refused", "invalid reference format")));
    }

    @Test
    void everyFixExistsInBothLanguagesWithACommandToType() {
        for (String key : new String[] {"faults.fix.nameInUse", "faults.fix.portInUse", "faults.fix.execFormat",
                "faults.fix.crlf", "faults.fix.removeRunning", "faults.fix.imageInUse", "faults.fix.noSuchContainer"}) {
            for (Language language : Language.values()) {
                String text = Messages.of(language).get(key);
                assertTrue(text.contains("\n    "), key + " in " + language + " has no command line: " + text);
            }
        }
    }
}
