package io.github.dockertutor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The small translations between what docker means and what the engine or docker-java takes. */
class EngineValuesTest {
    @Test
    void aContainerLinkedToKeepsItsOwnName() {
        // the engine may list the linker's name for it first: /web/db is web's link, not this container's name
        assertEquals("db", Listings.ownName(new String[] {"/web/db", "/db"}));
        assertEquals("db", Listings.ownName(new String[] {"/db"}));
        assertEquals("", Listings.ownName(new String[0]));
    }

    @Test
    void logTimesAfter2038StayInTheFuture() {
        // 2100-01-01 overflowed docker-java's int into a negative "since", which meant every line
        assertEquals(Integer.MAX_VALUE, Containers.epochSeconds(4_102_444_800L));
        assertEquals(946_684_800, Containers.epochSeconds(946_684_800L));
    }

    @Test
    void volumePruneAllNeedsApi142() {
        assertTrue(Prunes.beforeVolumePruneAll("1.41"));
        assertFalse(Prunes.beforeVolumePruneAll("1.42"));
        assertFalse(Prunes.beforeVolumePruneAll("1.47"));
        assertFalse(Prunes.beforeVolumePruneAll("unknown"));
    }
}
