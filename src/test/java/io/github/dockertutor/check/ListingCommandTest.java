package io.github.dockertutor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListingCommandTest {

    @Test
    void everySpellingOfAListingCountsForIt() {
        assertTrue(ListingCommand.satisfies("docker images", "docker images"));
        assertTrue(ListingCommand.satisfies("docker image ls", "docker images"));
        assertTrue(ListingCommand.satisfies("docker image list -a", "docker images"));
        assertTrue(ListingCommand.satisfies("docker ps -a", "docker ps -a"));
        assertTrue(ListingCommand.satisfies("docker ps --all", "docker ps -a"));
        assertTrue(ListingCommand.satisfies("docker ps -aq", "docker ps -a"));
        assertTrue(ListingCommand.satisfies("docker container ls -a", "docker ps -a"));
        assertTrue(ListingCommand.satisfies("docker logs -f --tail 5 my-web", "docker logs my-web"));
        assertTrue(ListingCommand.satisfies("docker container logs my-web", "docker logs my-web"));
        assertTrue(ListingCommand.satisfies("docker inspect -f {{.Id}} a b", "docker inspect b"));
    }

    @Test
    void aDifferentListingDoesNot() {
        assertFalse(ListingCommand.satisfies("docker ps", "docker ps -a"));
        assertFalse(ListingCommand.satisfies("docker ps -n 3", "docker ps -a"));
        assertFalse(ListingCommand.satisfies("docker ps -a", "docker images"));
        assertFalse(ListingCommand.satisfies("docker logs other", "docker logs my-web"));
        assertFalse(ListingCommand.satisfies("docker logs --tail my-web", "docker logs my-web"));
        assertFalse(ListingCommand.satisfies("docker pull busybox", "docker images"));
        assertFalse(ListingCommand.satisfies("images", "docker images"));
        assertFalse(ListingCommand.satisfies("docker", "docker images"));
    }

    @Test
    void canonicalFormsAreWhatTheCheckCompares() {
        assertEquals(List.of("docker ps"), ListingCommand.canonical("docker container list"));
        assertEquals(List.of("docker inspect a", "docker inspect b"), ListingCommand.canonical("docker inspect a b"));
        assertEquals(List.of(), ListingCommand.canonical("docker rm x"));
    }
}
